#include "batchgatepanel.h"

#include "core/applicationtablemodel.h"
#include "core/batchgate.h"
#include "core/severity.h"
#include "widgets/changeorderview.h"
#include "widgets/confirmationchangetable.h"
#include "widgets/statusdelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<int, 4> s_windowMinutes{5, 10, 30, 60};
constexpr int defaultWindowMinutes = 10;

QString dash()
{
    return u"—"_s;
}

QString percentText(const std::optional<double> &value)
{
    //: a mean use in percent: "31.5 %"
    return value ? BatchGatePanel::tr("%1 %").arg(QLocale().toString(*value, 'f', 1)) : dash();
}

QString millisecondsText(const std::optional<double> &value)
{
    //: a mean response time: "120 ms"
    return value ? BatchGatePanel::tr("%1 ms").arg(QLocale().toString(std::lround(*value))) : dash();
}

QString readyText(const BatchComparison::Side &side)
{
    //: ready instances of a side of the comparison: "2 of 2"
    return BatchGatePanel::tr("%1 of %2").arg(side.ready).arg(side.instances);
}

/// The warning colour blended into the base: a tint that keeps the text readable.
QColor warningTint(const QPalette &palette)
{
    const QColor warning = StatusDelegate::severityColor(int(Severity::Warning), palette);
    const QColor base = palette.color(QPalette::Base);
    constexpr double share = 0.3;
    return QColor::fromRgbF(float(base.redF() * (1 - share) + warning.redF() * share),
                            float(base.greenF() * (1 - share) + warning.greenF() * share),
                            float(base.blueF() * (1 - share) + warning.blueF() * share));
}

} // namespace

BatchGatePanel::BatchGatePanel(QWidget *parent)
    : QWidget(parent)
    , m_now(QDateTime::currentDateTimeUtc())
    , m_title(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_waitingSince(new QLabel(this))
    , m_window(new QComboBox(this))
    , m_comparisonState(new QLabel(this))
    , m_comparisonTable(new QTableWidget(ComparisonRowCount, 2, this))
    , m_concerns(new QLabel(this))
    , m_noChanges(new QLabel(tr("The configuration does not change."), this))
    , m_changes(new ConfirmationChangeTable(this))
    , m_comment(new QPlainTextEdit(this))
    , m_continueButton(new QPushButton(tr("Continue"), this))
    , m_stopButton(new QPushButton(tr("Stop"), this))
    , m_stopAndRollbackButton(new QPushButton(tr("Stop and roll back"), this))
{
    m_title->setObjectName(u"gateTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setObjectName(u"gateHeading"_s);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_waitingSince->setObjectName(u"gateWaitingSince"_s);

    m_window->setObjectName(u"comparisonWindow"_s);
    for (const int minutes : s_windowMinutes) {
        //: the comparison's time window
        m_window->addItem(tr("Last %1 minutes").arg(minutes), minutes);
    }
    m_window->setCurrentIndex(m_window->findData(defaultWindowMinutes));
    m_window->setToolTip(tr("The metrics are the means over this window"));
    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this] { emit comparisonWindowChanged(comparisonWindowMinutes()); });

    m_comparisonState->setObjectName(u"comparisonState"_s);
    m_comparisonState->setWordWrap(true);
    m_comparisonState->hide();
    m_comparisonTable->setObjectName(u"comparisonTable"_s);
    m_comparisonTable->setVerticalHeaderLabels({
        tr("CPU"),
        tr("Memory"),
        //: response time
        tr("RT"),
        tr("Restarts"),
        //: instances ready to serve
        tr("Ready"),
    });
    m_comparisonTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparisonTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_comparisonTable->setFocusPolicy(Qt::NoFocus);
    m_comparisonTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_comparisonTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparisonTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_comparisonTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int row = 0; row < ComparisonRowCount; ++row) {
        for (int column = 0; column < 2; ++column) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            m_comparisonTable->setItem(row, column, item);
        }
    }
    m_concerns->setObjectName(u"comparisonConcerns"_s);
    m_concerns->setWordWrap(true);
    m_concerns->setTextFormat(Qt::PlainText);

    m_noChanges->setObjectName(u"gateNoChanges"_s);
    m_changes->setObjectName(u"gateChanges"_s);

    m_comment->setObjectName(u"signOffComment"_s);
    m_comment->setPlaceholderText(tr("Why: what you checked, what you saw (required)"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(m_comment->fontMetrics().lineSpacing() * 5);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &BatchGatePanel::updateButtons);

    m_continueButton->setObjectName(u"continueButton"_s);
    m_stopButton->setObjectName(u"stopButton"_s);
    m_stopAndRollbackButton->setObjectName(u"stopAndRollbackButton"_s);
    for (QPushButton *button : {m_continueButton, m_stopButton, m_stopAndRollbackButton})
        button->setAutoDefault(false);
    connect(m_continueButton, &QPushButton::clicked, this,
            [this] { decide(&BatchGatePanel::continueRequested); });
    connect(m_stopButton, &QPushButton::clicked, this, [this] { decide(&BatchGatePanel::stopRequested); });
    connect(m_stopAndRollbackButton, &QPushButton::clicked, this,
            [this] { decide(&BatchGatePanel::stopAndRollbackRequested); });

    auto *comparisonBox = new QGroupBox(tr("Released batch against the rest"), this);
    auto *windowRow = new QHBoxLayout;
    //: label of the comparison window combo
    windowRow->addWidget(new QLabel(tr("Metrics over:"), comparisonBox));
    windowRow->addWidget(m_window);
    windowRow->addStretch(1);
    auto *comparisonLayout = new QVBoxLayout(comparisonBox);
    comparisonLayout->addLayout(windowRow);
    comparisonLayout->addWidget(m_comparisonState);
    comparisonLayout->addWidget(m_comparisonTable);
    comparisonLayout->addWidget(m_concerns);

    auto *changesBox = new QGroupBox(tr("What the deploy changes"), this);
    auto *changesLayout = new QVBoxLayout(changesBox);
    changesLayout->addWidget(m_noChanges);
    changesLayout->addWidget(m_changes);

    auto *decisionBox = new QGroupBox(tr("Your decision"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stopAndRollbackButton);
    buttons->addWidget(m_stopButton);
    buttons->addStretch(1);
    buttons->addWidget(m_continueButton);
    auto *decisionLayout = new QVBoxLayout(decisionBox);
    decisionLayout->addWidget(m_comment);
    decisionLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_heading);
    layout->addWidget(m_waitingSince);
    layout->addWidget(comparisonBox);
    layout->addWidget(changesBox);
    layout->addWidget(decisionBox);
    layout->addStretch(1);

    // The table asks for the height of its rows, no more.
    int tableHeight =
        m_comparisonTable->horizontalHeader()->sizeHint().height() + 2 * m_comparisonTable->frameWidth();
    for (int row = 0; row < ComparisonRowCount; ++row)
        tableHeight += m_comparisonTable->verticalHeader()->sectionSizeHint(row);
    m_comparisonTable->setFixedHeight(tableHeight);

    setConfigChanges({});
    updateHeading();
    updateComparison();
    updateButtons();
}

void BatchGatePanel::setChangeOrder(const ChangeOrder &order)
{
    const bool another = !m_order.changeOrderId.isEmpty() && order.changeOrderId != m_order.changeOrderId;
    m_order = order;
    if (another) {
        m_comparison.reset();
        m_comparisonLoading = false;
        m_comparisonStale = false;
        m_comparisonError.clear();
        m_busy = false;
        m_comment->clear();
        setConfigChanges({});
        updateComparison();
    }
    updateHeading();
    updateButtons();
}

void BatchGatePanel::setReferenceTime(const QDateTime &now)
{
    m_now = now;
    updateHeading();
}

void BatchGatePanel::setComparison(const BatchComparison &comparison)
{
    m_comparison = comparison;
    m_comparisonLoading = false;
    m_comparisonStale = false;
    m_comparisonError.clear();
    updateComparison();
}

void BatchGatePanel::setComparisonLoading()
{
    m_comparisonLoading = true;
    updateComparison();
}

void BatchGatePanel::setComparisonError(const QString &text)
{
    m_comparisonLoading = false;
    m_comparisonStale = m_comparison.has_value();
    m_comparisonError = text;
    updateComparison();
}

const std::optional<BatchComparison> &BatchGatePanel::comparison() const
{
    return m_comparison;
}

int BatchGatePanel::comparisonWindowMinutes() const
{
    return m_window->currentData().toInt();
}

void BatchGatePanel::setConfigChanges(const QList<ConfirmationChange> &changes)
{
    m_changes->setChanges(changes);
    m_changes->setVisible(!changes.isEmpty());
    m_noChanges->setVisible(changes.isEmpty());
}

void BatchGatePanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

QString BatchGatePanel::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void BatchGatePanel::clearComment()
{
    m_comment->clear();
}

void BatchGatePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateComparison();
}

void BatchGatePanel::updateHeading()
{
    if (m_order.changeOrderId.isEmpty()) {
        m_title->clear();
        m_heading->setText(tr("No change order waits for a decision."));
        m_waitingSince->clear();
        return;
    }
    const QString application = m_order.appName.isEmpty() ? m_order.appId : m_order.appName;
    QString title = ApplicationTableModel::changeTypeText(m_order.coTypeCode) + u" · " + application;
    if (!m_order.description.isEmpty())
        title += u" · " + m_order.description;
    m_title->setText(title);
    m_title->setToolTip(m_order.changeOrderId);

    const std::optional<BatchGate> gate = BatchGate::of(m_order);
    if (!gate) {
        //: %1: the change order's status ("Running")
        m_heading->setText(tr("This change order no longer waits for a decision (%1).")
                               .arg(ApplicationTableModel::changeStatusText(m_order.status)));
        m_waitingSince->clear();
        return;
    }
    const int batches = int(m_order.pipelines.size());
    if (gate->releasedBatch < 0) {
        //: %1 the waiting batch, %2 all batches
        m_heading->setText(
            tr("Batch %1 of %2 waits for your decision.").arg(gate->waitingBatch + 1).arg(batches));
    } else if (m_order.pipelines.at(gate->releasedBatch).gray) {
        //: %1 the released (gray, canary) batch, %2 all batches, %3 the waiting batch
        m_heading->setText(tr("Batch %1 of %2 (gray) is released; batch %3 waits for your decision.")
                               .arg(gate->releasedBatch + 1)
                               .arg(batches)
                               .arg(gate->waitingBatch + 1));
    } else {
        //: %1 the released batch, %2 all batches, %3 the waiting batch
        m_heading->setText(tr("Batch %1 of %2 is released; batch %3 waits for your decision.")
                               .arg(gate->releasedBatch + 1)
                               .arg(batches)
                               .arg(gate->waitingBatch + 1));
    }
    QDateTime since = m_order.pipelines.at(gate->waitingBatch).updatedAt;
    if (!since.isValid() && gate->releasedBatch >= 0)
        since = m_order.pipelines.at(gate->releasedBatch).updatedAt;
    if (!since.isValid())
        since = m_order.createdAt;
    if (!since.isValid()) {
        m_waitingSince->clear();
        return;
    }
    //: %1 the time of day it started to wait, %2 for how long ("4 min 12 s")
    m_waitingSince->setText(tr("Waiting since %1 (%2)")
                                .arg(since.toLocalTime().toString(u"HH:mm:ss"_s),
                                     ChangeOrderView::elapsedText(since.secsTo(m_now))));
}

void BatchGatePanel::updateComparison()
{
    const auto setRow = [this](int row, const QString &batch, const QString &rest, bool standsOut) {
        QTableWidgetItem *batchItem = m_comparisonTable->item(row, BatchColumn);
        batchItem->setText(batch);
        if (standsOut) {
            batchItem->setBackground(warningTint(palette()));
            batchItem->setToolTip(tr("The batch does worse than the rest here"));
        } else {
            batchItem->setData(Qt::BackgroundRole, QVariant());
            batchItem->setToolTip(QString());
        }
        m_comparisonTable->item(row, RestColumn)->setText(rest);
    };

    if (m_comparison) {
        const BatchComparison &comparison = *m_comparison;
        m_comparisonTable->setHorizontalHeaderLabels({
            //: comparison column: %1 instances in the released batch
            tr("This batch (%1)").arg(comparison.batch.instances),
            //: comparison column: %1 the application's other instances
            tr("The rest (%1)").arg(comparison.rest.instances),
        });
        // Which instances each side is, for a look at one of them.
        m_comparisonTable->horizontalHeaderItem(BatchColumn)
            ->setToolTip(comparison.batch.instanceIds.join(u'\n'));
        m_comparisonTable->horizontalHeaderItem(RestColumn)
            ->setToolTip(comparison.rest.instanceIds.join(u'\n'));
        setRow(CpuRow, percentText(comparison.batch.cpuPercent), percentText(comparison.rest.cpuPercent),
               comparison.cpuStandsOut());
        setRow(MemoryRow, percentText(comparison.batch.memoryPercent),
               percentText(comparison.rest.memoryPercent), comparison.memoryStandsOut());
        setRow(RtRow, millisecondsText(comparison.batch.rtMs), millisecondsText(comparison.rest.rtMs),
               comparison.rtStandsOut());
        setRow(RestartsRow, QString::number(comparison.batch.restarts),
               QString::number(comparison.rest.restarts), comparison.batch.restarts > 0);
        setRow(ReadyRow, readyText(comparison.batch), readyText(comparison.rest),
               comparison.batch.ready < comparison.batch.instances);
        const QStringList concerns = comparison.concerns();
        if (concerns.isEmpty()) {
            //: %1: the comparison window in minutes
            m_concerns->setText(
                tr("Nothing stands out in the last %1 minutes.").arg(comparison.windowMinutes()));
            m_concerns->setPalette(QPalette()); // the inherited one
        } else {
            m_concerns->setText(u"• "_s + concerns.join(u"\n• "_s));
            QPalette warning = palette();
            warning.setColor(QPalette::WindowText,
                             StatusDelegate::severityColor(int(Severity::Warning), palette()));
            m_concerns->setPalette(warning);
        }
        m_concerns->show();
    } else {
        m_comparisonTable->setHorizontalHeaderLabels({tr("This batch"), tr("The rest")});
        for (int row = 0; row < ComparisonRowCount; ++row)
            setRow(row, dash(), dash(), false);
        m_concerns->hide();
    }

    QString state;
    bool warn = false;
    if (m_comparisonLoading) {
        //: %1: the comparison window in minutes
        state = tr("Reading the metrics of the last %1 minutes…").arg(comparisonWindowMinutes());
    } else if (!m_comparisonError.isEmpty()) {
        warn = true;
        if (m_comparison)
            //: %1 why the read failed (code, RequestId); %2 the time the comparison shown was read for
            state = tr("Not up to date: %1. The comparison shown ends at %2.")
                        .arg(m_comparisonError, m_comparison->to.toLocalTime().toString(u"HH:mm:ss"_s));
        else
            state = tr("Could not read the metrics: %1").arg(m_comparisonError);
    }
    QPalette statePalette;
    if (warn) {
        statePalette = palette();
        statePalette.setColor(QPalette::WindowText,
                              StatusDelegate::severityColor(int(Severity::Warning), palette()));
    }
    m_comparisonState->setPalette(statePalette);
    m_comparisonState->setText(state);
    m_comparisonState->setVisible(!state.isEmpty());
}

void BatchGatePanel::updateButtons()
{
    const bool waiting = BatchGate::of(m_order).has_value();
    const bool hasComment = !comment().isEmpty();
    const bool canDecide = waiting && hasComment && !m_busy;
    m_comment->setEnabled(!m_busy);
    m_continueButton->setEnabled(canDecide);
    m_stopButton->setEnabled(canDecide);
    m_stopAndRollbackButton->setEnabled(canDecide && m_order.supportRollback);

    QString reason;
    if (m_busy)
        reason = tr("Sending the decision…");
    else if (!waiting)
        reason = tr("The change order does not wait for a decision");
    else if (!hasComment)
        reason = tr("Write why first: what you checked, what you saw");
    m_continueButton->setToolTip(reason.isEmpty() ? tr("Start the next batch") : reason);
    m_stopButton->setToolTip(reason.isEmpty() ? tr("Stop the release; the released batches stay") : reason);
    if (!m_order.supportRollback && reason.isEmpty())
        m_stopAndRollbackButton->setToolTip(tr("SAE cannot roll this change order back"));
    else
        m_stopAndRollbackButton->setToolTip(
            reason.isEmpty() ? tr("Stop the release and return the released batches to the version before")
                             : reason);
}

void BatchGatePanel::decide(void (BatchGatePanel::*signal)(const QString &))
{
    const QString text = comment();
    if (m_busy || text.isEmpty() || !BatchGate::of(m_order))
        return;
    // Busy before the signal: a second click, or a re-entrant one, sends nothing.
    setBusy(true);
    emit(this->*signal)(text);
}
