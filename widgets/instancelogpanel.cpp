#include "instancelogpanel.h"

#include "core/instancetablemodel.h"
#include "widgets/messagebanner.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

/// Writes the text as UTF-8, all or nothing. Runs on a worker thread; returns the error, or "".
QString writeText(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

/// A piece of a file name: anything a file system might object to becomes '_'.
QString fileNamePart(const QString &text)
{
    QString part;
    part.reserve(text.size());
    for (const QChar c : text)
        part.append(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' ? c : u'_');
    return part;
}

bool isAtBottom(const QScrollBar *bar)
{
    return bar->value() >= bar->maximum();
}

} // namespace

InstanceLogPanel::InstanceLogPanel(QWidget *parent)
    : QWidget(parent)
    , m_instances(new QComboBox(this))
    , m_currentRun(new QRadioButton(tr("Current run"), this))
    , m_previousRun(new QRadioButton(tr("Previous run"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_follow(new QCheckBox(tr("Follow"), this))
    , m_wrap(new QCheckBox(tr("Wrap lines"), this))
    , m_search(new QLineEdit(this))
    , m_matchCount(new QLabel(this))
    , m_save(new QPushButton(tr("Save…"), this))
    , m_saveStatus(new QLabel(this))
    , m_loadingNotice(new QLabel(tr("Loading…"), this))
    , m_errorBanner(new MessageBanner(this))
    , m_view(new QPlainTextEdit(this))
    , m_saveDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    m_instances->setObjectName(u"logInstanceSelector"_s);
    m_instances->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    //: tooltip of the instance selector of the Logs tab
    m_instances->setToolTip(tr("The instance whose log is shown"));
    connect(m_instances, &QComboBox::currentIndexChanged, this, &InstanceLogPanel::onInstanceChosen);

    m_currentRun->setObjectName(u"currentRunButton"_s);
    m_currentRun->setChecked(true);
    m_currentRun->setToolTip(tr("The log of the container that runs now"));
    m_previousRun->setObjectName(u"previousRunButton"_s);
    m_previousRun->setToolTip(tr("The log of the container before the last restart: why it stopped"));
    auto *runs = new QButtonGroup(this);
    runs->addButton(m_currentRun);
    runs->addButton(m_previousRun);
    connect(runs, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            onRunChosen();
    });

    m_refresh->setObjectName(u"logRefreshButton"_s);
    connect(m_refresh, &QPushButton::clicked, this, &InstanceLogPanel::requestLog);

    m_follow->setObjectName(u"followCheck"_s);
    m_follow->setToolTip(tr("Keep loading the log while this is on"));
    connect(m_follow, &QCheckBox::toggled, this, [this](bool following) {
        if (following) // following starts at the newest lines
            m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
        emit followChanged(following);
    });

    m_wrap->setObjectName(u"wrapCheck"_s);
    connect(m_wrap, &QCheckBox::toggled, this, [this](bool wrap) {
        m_view->setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    });

    m_search->setObjectName(u"logSearch"_s);
    m_search->setPlaceholderText(tr("Find in log (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        findMatches();
        if (!m_matches.isEmpty())
            showMatch(0);
    });
    m_matchCount->setObjectName(u"searchCount"_s);

    m_save->setObjectName(u"saveLogButton"_s);
    connect(m_save, &QPushButton::clicked, this, &InstanceLogPanel::chooseSaveFile);
    m_saveStatus->setObjectName(u"saveStatus"_s);
    m_saveStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loadingNotice->setObjectName(u"logLoadingNotice"_s);
    m_loadingNotice->hide();
    m_errorBanner->setObjectName(u"logErrorBanner"_s);

    m_view->setObjectName(u"logView"_s);
    m_view->setReadOnly(true);
    m_view->setUndoRedoEnabled(false);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *choice = new QHBoxLayout;
    choice->addWidget(m_instances, 1);
    choice->addWidget(m_currentRun);
    choice->addWidget(m_previousRun);
    choice->addWidget(m_loadingNotice);
    choice->addStretch(1);
    choice->addWidget(m_follow);
    choice->addWidget(m_wrap);
    choice->addWidget(m_refresh);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(m_matchCount);
    tools->addStretch(1);
    tools->addWidget(m_saveStatus);
    tools->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choice);
    layout->addLayout(tools);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_view, 1);
    updateControls();
}

void InstanceLogPanel::setInstances(const QList<Instance> &instances)
{
    ++m_updatingChoices;
    m_instances->clear();
    for (const Instance &instance : instances) {
        QString label = instance.instanceId + u" · "_s
                        + InstanceTableModel::statusText(instance.status, instance.statusText);
        if (instance.restarts > 0)
            label += u" · "_s + tr("%n restart(s)", nullptr, int(instance.restarts));
        m_instances->addItem(label, instance.instanceId);
    }
    int chosen = m_instances->findData(m_chosenInstanceId);
    if (chosen < 0 && m_instances->count() > 0)
        chosen = 0;
    m_instances->setCurrentIndex(chosen);
    --m_updatingChoices;
    onInstanceChosen();
}

bool InstanceLogPanel::selectInstance(const QString &instanceId)
{
    const int index = m_instances->findData(instanceId);
    if (index < 0)
        return false;
    m_instances->setCurrentIndex(index); // a change is handled by onInstanceChosen()
    return true;
}

QString InstanceLogPanel::currentInstanceId() const
{
    return m_chosenInstanceId;
}

InstanceLog::Run InstanceLogPanel::currentRun() const
{
    return m_previousRun->isChecked() ? InstanceLog::Run::Previous : InstanceLog::Run::Current;
}

void InstanceLogPanel::setLog(const InstanceLog &log)
{
    if (log.instanceId != m_chosenInstanceId || log.run != currentRun())
        return; // the answer to an earlier choice
    const bool sameLog = m_hasLog && m_log.instanceId == log.instanceId && m_log.run == log.run;
    if (sameLog && m_log.text == log.text)
        return;

    QScrollBar *vertical = m_view->verticalScrollBar();
    QScrollBar *horizontal = m_view->horizontalScrollBar();
    const bool wasAtBottom = isAtBottom(vertical);
    const int verticalPosition = vertical->value();
    const int horizontalPosition = horizontal->value();

    m_log = log;
    m_hasLog = true;
    m_view->setPlainText(log.text);

    if (!sameLog || wasAtBottom) {
        // A log read from its end, like tail: a new one opens at the bottom; a followed one stays.
        vertical->setValue(vertical->maximum());
        horizontal->setValue(sameLog ? horizontalPosition : 0);
    } else {
        vertical->setValue(verticalPosition); // the reader scrolled up to read: leave them there
        horizontal->setValue(horizontalPosition);
    }
    findMatches();
    updateControls();
}

void InstanceLogPanel::setLoading(bool loading)
{
    m_loadingNotice->setVisible(loading);
}

void InstanceLogPanel::setError(const QString &message)
{
    if (message.isEmpty())
        m_errorBanner->hide();
    else
        m_errorBanner->showMessage(MessageBanner::Level::Error, message);
}

void InstanceLogPanel::setApplicationName(const QString &appName)
{
    m_appName = appName;
}

void InstanceLogPanel::clear()
{
    ++m_updatingChoices;
    m_instances->clear();
    --m_updatingChoices;
    m_chosenInstanceId.clear();
    m_log = InstanceLog();
    m_hasLog = false;
    m_view->clear();
    m_saveStatus->clear();
    setLoading(false);
    setError(QString());
    findMatches();
    updateControls();
}

bool InstanceLogPanel::isFollowing() const
{
    return m_follow->isChecked();
}

QString InstanceLogPanel::defaultFileName(const QDateTime &now) const
{
    QStringList parts;
    if (!m_appName.isEmpty())
        parts.append(fileNamePart(m_appName));
    if (!m_chosenInstanceId.isEmpty())
        parts.append(fileNamePart(m_chosenInstanceId));
    parts.append(now.toString(u"yyyyMMdd-HHmmss"_s));
    return parts.join(u'-') + u".log"_s;
}

bool InstanceLogPanel::event(QEvent *event)
{
    // Ctrl+F inside the panel finds in the log, not whatever Find the window has.
    if (event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Find)) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void InstanceLogPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Find)) {
        focusSearch();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool InstanceLogPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            stepMatch(key->modifiers().testFlag(Qt::ShiftModifier) ? -1 : 1);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InstanceLogPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateHighlights();
}

void InstanceLogPanel::onInstanceChosen()
{
    if (m_updatingChoices > 0)
        return;
    const QString instanceId = m_instances->currentData().toString();
    if (instanceId == m_chosenInstanceId)
        return;
    m_chosenInstanceId = instanceId;
    m_log = InstanceLog();
    m_hasLog = false;
    m_view->clear();
    findMatches();
    updateControls();
    requestLog();
}

void InstanceLogPanel::onRunChosen()
{
    // The run before the last restart does not grow: nothing to follow.
    if (currentRun() == InstanceLog::Run::Previous && m_follow->isChecked())
        m_follow->setChecked(false); // tells the controller through followChanged()
    m_log = InstanceLog();
    m_hasLog = false;
    m_view->clear();
    findMatches();
    updateControls();
    requestLog();
}

void InstanceLogPanel::requestLog()
{
    if (!m_chosenInstanceId.isEmpty())
        emit logRequested(m_chosenInstanceId, currentRun());
}

void InstanceLogPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InstanceLogPanel::findMatches()
{
    m_matches.clear();
    const QString query = m_search->text();
    if (!query.isEmpty()) {
        QTextDocument *document = m_view->document();
        QTextCursor cursor(document);
        while (true) {
            cursor = document->find(query, cursor);
            if (cursor.isNull())
                break;
            m_matches.append(cursor);
        }
    }
    // After new text arrives, stay on the same match number without moving the view.
    if (m_matches.isEmpty())
        m_currentMatch = -1;
    else
        m_currentMatch = qBound(0, m_currentMatch, int(m_matches.size()) - 1);
    updateHighlights();
    updateMatchCount();
}

void InstanceLogPanel::showMatch(int index)
{
    if (index < 0 || index >= m_matches.size())
        return;
    m_currentMatch = index;
    const QTextCursor &match = m_matches.at(index);
    QTextCursor end(m_view->document());
    end.setPosition(match.selectionEnd());
    m_view->setTextCursor(end);
    m_view->ensureCursorVisible();
    QTextCursor start(m_view->document());
    start.setPosition(match.selectionStart());
    m_view->setTextCursor(start);
    m_view->ensureCursorVisible();
    updateHighlights();
    updateMatchCount();
}

void InstanceLogPanel::stepMatch(int step)
{
    if (m_matches.isEmpty())
        return;
    const int count = int(m_matches.size());
    showMatch(((m_currentMatch + step) % count + count) % count); // wraps around both ways
}

void InstanceLogPanel::updateHighlights()
{
    // Colours from the palette, so that matches read in light and dark themes alike.
    QColor matchBackground = palette().color(QPalette::Highlight);
    matchBackground.setAlpha(90);
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_matches.size());
    for (int i = 0; i < m_matches.size(); ++i) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = m_matches.at(i);
        if (i == m_currentMatch) {
            selection.format.setBackground(palette().color(QPalette::Highlight));
            selection.format.setForeground(palette().color(QPalette::HighlightedText));
        } else {
            selection.format.setBackground(matchBackground);
        }
        selections.append(selection);
    }
    m_view->setExtraSelections(selections);
}

void InstanceLogPanel::updateMatchCount()
{
    if (m_search->text().isEmpty())
        m_matchCount->clear();
    else if (m_matches.isEmpty())
        //: find in log: nothing matches
        m_matchCount->setText(tr("No matches"));
    else
        //: find in log: the match shown, of how many; "3 of 12"
        m_matchCount->setText(tr("%1 of %2").arg(m_currentMatch + 1).arg(m_matches.size()));
}

void InstanceLogPanel::updateControls()
{
    const bool hasInstance = !m_chosenInstanceId.isEmpty();
    m_refresh->setEnabled(hasInstance);
    m_currentRun->setEnabled(hasInstance);
    m_previousRun->setEnabled(hasInstance);
    m_follow->setEnabled(currentRun() == InstanceLog::Run::Current);
    m_save->setEnabled(m_hasLog);
    if (!hasInstance)
        m_view->setPlaceholderText(tr("Choose an instance to read its log."));
    else if (m_hasLog)
        m_view->setPlaceholderText(tr("The log is empty."));
    else
        m_view->setPlaceholderText(QString());
}

void InstanceLogPanel::chooseSaveFile()
{
    if (m_saveDialog) {
        m_saveDialog->raise();
        m_saveDialog->activateWindow();
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Save Log"));
    dialog->setObjectName(u"saveLogDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters({tr("Log files (*.log)"), tr("All files (*)")});
    dialog->setDefaultSuffix(u"log"_s);
    dialog->setDirectory(m_saveDirectory.isEmpty() ? QDir::homePath() : m_saveDirectory);
    dialog->selectFile(defaultFileName(QDateTime::currentDateTime()));
    const QString text = m_log.text; // what the reader saw when asking, even if Follow brings more
    connect(dialog, &QFileDialog::fileSelected, this, [this, text](const QString &path) {
        if (m_saveDialog && m_saveDialog->isVisible())
            m_saveDialog->close();
        saveTo(path, text);
    });
    m_saveDialog = dialog;
    dialog->open();
}

void InstanceLogPanel::saveTo(const QString &path, const QString &text)
{
    m_saveDirectory = QFileInfo(path).absolutePath();
    //: shown next to the Save… button while the file is written
    m_saveStatus->setText(tr("Saving…"));
    QtConcurrent::run(writeText, path, text).then(this, [this, path](const QString &error) {
        if (error.isEmpty())
            //: %1 is a file name
            m_saveStatus->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
        else
            //: %1 is a file name, %2 the system's reason
            m_saveStatus->setText(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
        emit saveFinished(path, error);
    });
}
