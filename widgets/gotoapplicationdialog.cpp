#include "gotoapplicationdialog.h"

#include "core/applicationtablemodel.h"
#include "core/fuzzymatcher.h"
#include "core/itemroles.h"
#include "widgets/matchhighlightdelegate.h"

#include <QAbstractItemModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace {

constexpr int visibleRows = 12;
constexpr int minimumWidthInCharacters = 60;
constexpr int maximumWidthInCharacters = 110;

struct RankedCandidate
{
    qsizetype candidate = 0;
    int score = 0;
};

} // namespace

GoToApplicationDialog::GoToApplicationDialog(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_field(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_emptyNotice(new QLabel(this))
{
    setObjectName(QStringLiteral("goToApplication"));
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_WindowPropagation);

    m_field->setObjectName(QStringLiteral("goToField"));
    m_field->setPlaceholderText(tr("Go to application: type a name or ID"));
    m_field->setAccessibleName(tr("Go to application"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, this, &GoToApplicationDialog::updateResults);

    m_results->setObjectName(QStringLiteral("goToResults"));
    m_results->setFocusPolicy(Qt::NoFocus); // typing goes on in the field
    m_results->setUniformItemSizes(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setItemDelegate(new MatchHighlightDelegate(m_results));
    connect(m_results, &QListWidget::clicked, this,
            [this](const QModelIndex &index) { chooseRow(index.row()); });

    m_emptyNotice->setObjectName(QStringLiteral("goToEmptyNotice"));
    m_emptyNotice->setAlignment(Qt::AlignCenter);
    m_emptyNotice->setTextFormat(Qt::PlainText);
    m_emptyNotice->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNotice->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_field);
    layout->addWidget(m_emptyNotice);
    layout->addWidget(m_results, 1);
}

void GoToApplicationDialog::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &GoToApplicationDialog::markCandidatesStale);
        connect(model, &QAbstractItemModel::layoutChanged, this, &GoToApplicationDialog::markCandidatesStale);
        connect(model, &QAbstractItemModel::rowsInserted, this, &GoToApplicationDialog::markCandidatesStale);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &GoToApplicationDialog::markCandidatesStale);
        connect(model, &QAbstractItemModel::rowsMoved, this, &GoToApplicationDialog::markCandidatesStale);
        connect(model, &QAbstractItemModel::dataChanged, this, &GoToApplicationDialog::markCandidatesStale);
    }
    markCandidatesStale();
}

void GoToApplicationDialog::popup()
{
    m_field->clear();
    updateResults(); // clear() signals only a change, and the applications may have changed since

    placeOverParent();
    show();
    raise();
    activateWindow();
    m_field->setFocus(Qt::PopupFocusReason);
}

int GoToApplicationDialog::resultCount() const
{
    return m_results->count();
}

bool GoToApplicationDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const int page = qMax(1, m_results->viewport()->height() / qMax(1, m_results->sizeHintForRow(0)));
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(-page);
            return true;
        case Qt::Key_PageDown:
            moveCurrent(page);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            chooseRow(m_results->currentRow());
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void GoToApplicationDialog::markCandidatesStale()
{
    m_candidatesStale = true;
    if (isVisible()) {
        // A refresh while the popup is open keeps the highlighted application highlighted.
        const QListWidgetItem *current = m_results->currentItem();
        const QString currentId = current ? current->data(ItemRoles::IdRole).toString() : QString();
        updateResults();
        for (int row = 0; row < m_results->count() && !currentId.isEmpty(); ++row) {
            if (m_results->item(row)->data(ItemRoles::IdRole).toString() == currentId) {
                m_results->setCurrentRow(row);
                break;
            }
        }
    }
}

void GoToApplicationDialog::refreshCandidates()
{
    m_candidatesStale = false;
    m_candidates.clear();
    m_lastPattern.clear();
    m_lastMatches.clear();
    if (!m_model)
        return;
    const int rows = m_model->rowCount();
    m_candidates.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex name = m_model->index(row, ApplicationTableModel::NameColumn);
        m_candidates.append({name.data(ItemRoles::IdRole).toString(), name.data().toString(),
                             m_model->index(row, ApplicationTableModel::NamespaceColumn).data().toString()});
    }
}

void GoToApplicationDialog::updateResults()
{
    if (m_candidatesStale)
        refreshCandidates();
    const QString pattern = m_field->text().trimmed();

    // Typing one more character can only drop matches (a subsequence of the longer pattern is one
    // of the shorter; an ID containing it contains the shorter): search the last matches only.
    const bool narrowing = !m_lastPattern.isEmpty() && pattern.startsWith(m_lastPattern);
    const qsizetype pool = narrowing ? m_lastMatches.size() : m_candidates.size();
    QList<RankedCandidate> ranked;
    ranked.reserve(pool);
    for (qsizetype k = 0; k < pool; ++k) {
        const qsizetype i = narrowing ? m_lastMatches.at(k) : k;
        if (pattern.isEmpty()) {
            ranked.append({i, 0});
            continue;
        }
        const Candidate &candidate = m_candidates.at(i);
        const auto byName = FuzzyMatcher::match(pattern, candidate.name);
        const auto byId = candidate.appId.contains(pattern, Qt::CaseInsensitive)
                              ? FuzzyMatcher::match(pattern, candidate.appId)
                              : std::nullopt;
        if (byName || byId)
            ranked.append({i, std::max(byName ? byName->score : 0, byId ? byId->score : 0)});
    }
    m_lastPattern = pattern;
    m_lastMatches.clear();
    m_lastMatches.reserve(ranked.size());
    for (const RankedCandidate &match : std::as_const(ranked))
        m_lastMatches.append(match.candidate);

    const auto better = [this](const RankedCandidate &left, const RankedCandidate &right) {
        if (left.score != right.score)
            return left.score > right.score;
        const Candidate &a = m_candidates.at(left.candidate);
        const Candidate &b = m_candidates.at(right.candidate);
        if (const int byName = a.name.compare(b.name, Qt::CaseInsensitive))
            return byName < 0;
        return a.appId < b.appId;
    };
    const qsizetype shown = std::min<qsizetype>(ranked.size(), maximumResults);
    std::partial_sort(ranked.begin(), ranked.begin() + shown, ranked.end(), better);

    m_results->clear();
    for (qsizetype i = 0; i < shown; ++i) {
        const Candidate &candidate = m_candidates.at(ranked.at(i).candidate);
        auto *item = new QListWidgetItem(candidate.name);
        item->setData(ItemRoles::IdRole, candidate.appId);
        item->setData(MatchHighlightDelegate::TrailingRole, candidate.namespaceText);
        item->setToolTip(candidate.appId);
        if (!pattern.isEmpty()) {
            // Only the shown few are matched again for their positions.
            const auto byName = FuzzyMatcher::match(pattern, candidate.name);
            if (byName && byName->score == ranked.at(i).score) {
                item->setData(MatchHighlightDelegate::PositionsRole, QVariant::fromValue(byName->positions));
            } else if (const auto byId = FuzzyMatcher::match(pattern, candidate.appId)) {
                item->setData(MatchHighlightDelegate::DetailRole, candidate.appId);
                item->setData(MatchHighlightDelegate::DetailPositionsRole,
                              QVariant::fromValue(byId->positions));
            }
        }
        m_results->addItem(item);
    }
    if (shown > 0)
        m_results->setCurrentRow(0);

    const bool empty = shown == 0;
    if (empty && pattern.isEmpty())
        m_emptyNotice->setText(tr("No applications to go to."));
    else if (empty)
        //: %1 is what the user typed
        m_emptyNotice->setText(tr("No application matches “%1”.").arg(pattern));
    m_emptyNotice->setVisible(empty);
    m_results->setVisible(!empty);
}

void GoToApplicationDialog::moveCurrent(int delta)
{
    if (m_results->count() == 0)
        return;
    const int row = std::clamp(m_results->currentRow() + delta, 0, m_results->count() - 1);
    m_results->setCurrentRow(row);
    m_results->scrollToItem(m_results->item(row));
}

void GoToApplicationDialog::chooseRow(int row)
{
    const QListWidgetItem *item = m_results->item(row);
    if (!item)
        return;
    const QString appId = item->data(ItemRoles::IdRole).toString();
    hide();
    emit applicationChosen(appId);
}

void GoToApplicationDialog::placeOverParent()
{
    const int character = fontMetrics().averageCharWidth();
    const int rowHeight = fontMetrics().height() + 8;
    QWidget *anchor = parentWidget() ? parentWidget()->window() : nullptr;
    QRect area = anchor ? QRect(anchor->mapToGlobal(QPoint(0, 0)), anchor->size())
                        : (screen() ? screen()->availableGeometry() : QRect(0, 0, 1024, 768));
    const int width = std::clamp(area.width() * 3 / 5, minimumWidthInCharacters * character,
                                 maximumWidthInCharacters * character);
    const int height =
        std::min(m_field->sizeHint().height() + visibleRows * rowHeight + 24, area.height() - 2 * rowHeight);
    resize(std::min(width, area.width() - 2 * character), std::max(height, 4 * rowHeight));
    move(area.center() - rect().center());
}
