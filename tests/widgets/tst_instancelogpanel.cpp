#include "widgets/instancelogpanel.h"
#include "widgets/messagebanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

class TestInstanceLogPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void choosingAnInstanceRequestsItsLog();
    void keepsTheChosenInstanceWhileItExists();
    void previousRunRequestsTheLogBeforeTheRestart();
    void logsForAnotherChoiceAreIgnored();
    void monospaceReadOnlyAndUnwrapped();
    void searchHighlightsEveryMatchAndStepsWithKeys();
    void ctrlFFocusesTheSearchAndEscClearsIt();
    void followKeepsTheBottomWhenAtTheBottom();
    void followKeepsThePositionWhenScrolledUp();
    void followIsTheControllersToPoll();
    void saveWritesTheExactTextOffTheGuiThread();
    void saveReportsAMissingDirectory();

private:
    QList<QVariantList> requests() const;
    void showLog(const QString &text, InstanceLog::Run run = InstanceLog::Run::Current);
    QFileDialog *clickSave();

    InstanceLogPanel *m_panel = nullptr;
    QPlainTextEdit *m_view = nullptr;
    QSignalSpy *m_requests = nullptr;
};

namespace {

Instance instance(const QString &id, InstanceStatus status, qint64 restarts = 0)
{
    Instance result;
    result.instanceId = id;
    result.status = status;
    result.statusText = toWire(status);
    result.restarts = restarts;
    return result;
}

const QString crashing = u"order-7d9f-x2k4q"_s;
const QString healthy = u"order-7d9f-abcde"_s;

QString numberedLines(int count, int from = 1)
{
    QStringList lines;
    for (int i = from; i < from + count; ++i)
        lines.append(
            u"2026-11-23 12:00:%1 INFO line %2 of the order service"_s.arg(i % 60, 2, 10, QChar(u'0'))
                .arg(i));
    return lines.join(u'\n');
}

} // namespace

void TestInstanceLogPanel::initTestCase()
{
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestInstanceLogPanel::init()
{
    m_panel = new InstanceLogPanel;
    m_panel->resize(900, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    m_view = m_panel->findChild<QPlainTextEdit *>(u"logView"_s);
    QVERIFY(m_view);
    m_requests = new QSignalSpy(m_panel, &InstanceLogPanel::logRequested);
    m_panel->setApplicationName(u"order-service"_s);
    m_panel->setInstances({instance(crashing, InstanceStatus::CrashLoopBackOff, 17),
                           instance(healthy, InstanceStatus::Running)});
}

void TestInstanceLogPanel::cleanup()
{
    delete m_requests;
    m_requests = nullptr;
    delete m_panel;
    m_panel = nullptr;
}

QList<QVariantList> TestInstanceLogPanel::requests() const
{
    QList<QVariantList> result;
    for (const QVariantList &request : *m_requests)
        result.append({request.at(0), QVariant::fromValue(request.at(1).value<InstanceLog::Run>()
                                                          == InstanceLog::Run::Previous)});
    return result;
}

void TestInstanceLogPanel::showLog(const QString &text, InstanceLog::Run run)
{
    InstanceLog log;
    log.instanceId = m_panel->currentInstanceId();
    log.run = run;
    log.text = text;
    m_panel->setLog(log);
}

QFileDialog *TestInstanceLogPanel::clickSave()
{
    auto *save = m_panel->findChild<QPushButton *>(u"saveLogButton"_s);
    if (!save->isEnabled())
        return nullptr;
    QTest::mouseClick(save, Qt::LeftButton);
    return m_panel->findChild<QFileDialog *>(u"saveLogDialog"_s);
}

void TestInstanceLogPanel::choosingAnInstanceRequestsItsLog()
{
    // The first instance is chosen when the list first fills, and its log is asked for.
    QCOMPARE(requests(), (QList<QVariantList>{{crashing, false}}));
    QCOMPARE(m_panel->currentInstanceId(), crashing);
    auto *selector = m_panel->findChild<QComboBox *>(u"logInstanceSelector"_s);
    QCOMPARE(selector->count(), 2);
    QCOMPARE(selector->itemText(0), u"order-7d9f-x2k4q · CrashLoopBackOff · 17 restarts"_s);

    selector->setCurrentIndex(1);
    QCOMPARE(requests().last(), (QVariantList{healthy, false}));
    QVERIFY(m_panel->selectInstance(crashing));
    QCOMPARE(requests().last(), (QVariantList{crashing, false}));
    QVERIFY(!m_panel->selectInstance(u"gone"_s));

    QTest::mouseClick(m_panel->findChild<QPushButton *>(u"logRefreshButton"_s), Qt::LeftButton);
    QCOMPARE(requests().size(), 4);
    QCOMPARE(requests().last(), (QVariantList{crashing, false}));
}

void TestInstanceLogPanel::keepsTheChosenInstanceWhileItExists()
{
    QVERIFY(m_panel->selectInstance(healthy));
    m_requests->clear();
    m_panel->setInstances({instance(u"order-7d9f-new01"_s, InstanceStatus::Pending),
                           instance(healthy, InstanceStatus::Running)});
    QCOMPARE(m_panel->currentInstanceId(), healthy);
    QCOMPARE(m_requests->count(), 0); // same instance: no new request

    m_panel->setInstances({instance(u"order-7d9f-new01"_s, InstanceStatus::Running)});
    QCOMPARE(m_panel->currentInstanceId(), u"order-7d9f-new01"_s);
    QCOMPARE(requests(), (QList<QVariantList>{{u"order-7d9f-new01"_s, false}}));

    m_panel->clear();
    QCOMPARE(m_panel->currentInstanceId(), QString());
    QVERIFY(!m_panel->findChild<QPushButton *>(u"logRefreshButton"_s)->isEnabled());
}

void TestInstanceLogPanel::previousRunRequestsTheLogBeforeTheRestart()
{
    m_requests->clear();
    auto *previous = m_panel->findChild<QRadioButton *>(u"previousRunButton"_s);
    QVERIFY(previous);
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(m_panel->currentRun(), InstanceLog::Run::Previous);
    QCOMPARE(m_requests->count(), 1);
    QCOMPARE(m_requests->at(0).at(0).toString(), crashing);
    QCOMPARE(m_requests->at(0).at(1).value<InstanceLog::Run>(), InstanceLog::Run::Previous);

    QTest::mouseClick(m_panel->findChild<QRadioButton *>(u"currentRunButton"_s), Qt::LeftButton);
    QCOMPARE(m_requests->count(), 2);
    QCOMPARE(m_requests->at(1).at(1).value<InstanceLog::Run>(), InstanceLog::Run::Current);
}

void TestInstanceLogPanel::logsForAnotherChoiceAreIgnored()
{
    showLog(u"current run"_s);
    QCOMPARE(m_view->toPlainText(), u"current run"_s);
    QTest::mouseClick(m_panel->findChild<QRadioButton *>(u"previousRunButton"_s), Qt::LeftButton);
    QCOMPARE(m_view->toPlainText(), QString());
    showLog(u"late answer for the current run"_s, InstanceLog::Run::Current);
    QCOMPARE(m_view->toPlainText(), QString());
    showLog(u"java.lang.OutOfMemoryError: Java heap space"_s, InstanceLog::Run::Previous);
    QCOMPARE(m_view->toPlainText(), u"java.lang.OutOfMemoryError: Java heap space"_s);

    InstanceLog other;
    other.instanceId = healthy;
    other.run = InstanceLog::Run::Previous;
    other.text = u"another instance"_s;
    m_panel->setLog(other);
    QCOMPARE(m_view->toPlainText(), u"java.lang.OutOfMemoryError: Java heap space"_s);
}

void TestInstanceLogPanel::monospaceReadOnlyAndUnwrapped()
{
    QVERIFY(m_view->isReadOnly());
    QVERIFY(QFontInfo(m_view->font()).fixedPitch());
    QCOMPARE(m_view->lineWrapMode(), QPlainTextEdit::NoWrap);
    QTest::mouseClick(m_panel->findChild<QCheckBox *>(u"wrapCheck"_s), Qt::LeftButton);
    QCOMPARE(m_view->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    QTest::mouseClick(m_panel->findChild<QCheckBox *>(u"wrapCheck"_s), Qt::LeftButton);
    QCOMPARE(m_view->lineWrapMode(), QPlainTextEdit::NoWrap);
}

void TestInstanceLogPanel::searchHighlightsEveryMatchAndStepsWithKeys()
{
    showLog(u"INFO start\nERROR db timeout\nINFO retry\nerror: db timeout again\nINFO ok\nERROR gone"_s);
    auto *search = m_panel->findChild<QLineEdit *>(u"logSearch"_s);
    auto *count = m_panel->findChild<QLabel *>(u"searchCount"_s);
    QTest::keyClicks(search, u"error"_s);

    QCOMPARE(m_panel->searchMatchCount(), 3); // case-insensitive
    QCOMPARE(m_view->extraSelections().size(), 3);
    QCOMPARE(m_view->extraSelections().at(1).cursor.selectedText(), u"error"_s);
    QCOMPARE(m_panel->currentMatchIndex(), 0);
    QCOMPARE(count->text(), u"1 of 3"_s);
    // The current match stands out from the others.
    QVERIFY(m_view->extraSelections().at(0).format.background()
            != m_view->extraSelections().at(1).format.background());

    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_panel->currentMatchIndex(), 1);
    QCOMPARE(count->text(), u"2 of 3"_s);
    QCOMPARE(m_view->textCursor().blockNumber(), 3);
    QTest::keyClick(search, Qt::Key_Enter);
    QCOMPARE(m_panel->currentMatchIndex(), 2);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_panel->currentMatchIndex(), 0); // wraps around
    QTest::keyClick(search, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(m_panel->currentMatchIndex(), 2); // and back
    QCOMPARE(count->text(), u"3 of 3"_s);
    QTest::keyClick(search, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(m_panel->currentMatchIndex(), 1);

    QTest::keyClicks(search, u": db timeout again"_s);
    QCOMPARE(m_panel->searchMatchCount(), 1);
    QCOMPARE(count->text(), u"1 of 1"_s);
    search->clear();
    QTest::keyClicks(search, u"nowhere"_s);
    QCOMPARE(m_panel->searchMatchCount(), 0);
    QCOMPARE(m_panel->currentMatchIndex(), -1);
    QCOMPARE(count->text(), u"No matches"_s);
    QCOMPARE(m_view->extraSelections().size(), 0);
}

void TestInstanceLogPanel::ctrlFFocusesTheSearchAndEscClearsIt()
{
    showLog(numberedLines(20));
    auto *search = m_panel->findChild<QLineEdit *>(u"logSearch"_s);
    m_view->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_panel));
    QTest::keyClick(m_view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());

    QTest::keyClicks(search, u"line 1"_s);
    QCOMPARE(m_panel->searchMatchCount(), 11); // line 1, 10..19
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(m_panel->searchMatchCount(), 0);
    QCOMPARE(m_view->extraSelections().size(), 0);
}

void TestInstanceLogPanel::followKeepsTheBottomWhenAtTheBottom()
{
    auto *follow = m_panel->findChild<QCheckBox *>(u"followCheck"_s);
    QTest::mouseClick(follow, Qt::LeftButton);
    QVERIFY(m_panel->isFollowing());
    showLog(numberedLines(200));
    QScrollBar *bar = m_view->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum()); // a log opens at its end, like tail
    const int oldMaximum = bar->maximum();

    showLog(numberedLines(250));
    QCOMPARE_GT(bar->maximum(), oldMaximum);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(m_view->toPlainText().endsWith(u"line 250 of the order service"_s));
}

void TestInstanceLogPanel::followKeepsThePositionWhenScrolledUp()
{
    QTest::mouseClick(m_panel->findChild<QCheckBox *>(u"followCheck"_s), Qt::LeftButton);
    showLog(numberedLines(200));
    QScrollBar *bar = m_view->verticalScrollBar();
    // The reader scrolls up with the wheel to read something.
    QWheelEvent wheel(QPointF(50, 50), m_view->viewport()->mapToGlobal(QPointF(50, 50)), QPoint(),
                      QPoint(0, 120 * 10), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->viewport(), &wheel);
    const int readingAt = bar->value();
    QCOMPARE_LT(readingAt, bar->maximum());

    showLog(numberedLines(250));
    QCOMPARE(bar->value(), readingAt);
    QCOMPARE_LT(bar->value(), bar->maximum());
}

void TestInstanceLogPanel::followIsTheControllersToPoll()
{
    QSignalSpy follow(m_panel, &InstanceLogPanel::followChanged);
    auto *check = m_panel->findChild<QCheckBox *>(u"followCheck"_s);
    QTest::mouseClick(check, Qt::LeftButton);
    QCOMPARE(follow.count(), 1);
    QCOMPARE(follow.at(0).at(0).toBool(), true);

    // The run before the last restart does not grow: following it ends.
    QTest::mouseClick(m_panel->findChild<QRadioButton *>(u"previousRunButton"_s), Qt::LeftButton);
    QCOMPARE(follow.count(), 2);
    QCOMPARE(follow.at(1).at(0).toBool(), false);
    QVERIFY(!m_panel->isFollowing());
    QVERIFY(!check->isEnabled());
}

void TestInstanceLogPanel::saveWritesTheExactTextOffTheGuiThread()
{
    const QString text =
        u"2026-11-23 12:00:01 ERROR 订单服务 db timeout\n\tat com.example.Order(Order.java:42)\n"_s;
    QVERIFY(!clickSave()); // nothing to save yet
    showLog(text);

    const QDateTime at(QDate(2026, 11, 23), QTime(9, 5, 7));
    QCOMPARE(m_panel->defaultFileName(at), u"order-service-order-7d9f-x2k4q-20261123-090507.log"_s);
    QFileDialog *dialog = clickSave();
    QVERIFY(dialog);
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
    QVERIFY(dialog->isVisible()); // open(), not exec(): the test goes on while it shows
    const QString proposed = QFileInfo(dialog->selectedFiles().value(0)).fileName();
    QVERIFY2(proposed.startsWith(u"order-service-order-7d9f-x2k4q-"_s) && proposed.endsWith(u".log"_s),
             qPrintable(proposed));

    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"saved.log"_s);
    QSignalSpy finished(m_panel, &InstanceLogPanel::saveFinished);
    emit dialog->fileSelected(path);
    QTRY_COMPARE(finished.count(), 1); // the continuation may run at once when the write is quick
    QCOMPARE(finished.at(0).at(0).toString(), path);
    QCOMPARE(finished.at(0).at(1).toString(), QString());

    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), text.toUtf8());
    QCOMPARE(m_panel->findChild<QLabel *>(u"saveStatus"_s)->text(),
             u"Saved to %1"_s.arg(QDir::toNativeSeparators(path)));
}

void TestInstanceLogPanel::saveReportsAMissingDirectory()
{
    showLog(u"some log"_s);
    QFileDialog *dialog = clickSave();
    QVERIFY(dialog);
    QTemporaryDir directory;
    const QString path = directory.filePath(u"no/such/directory/saved.log"_s);
    QSignalSpy finished(m_panel, &InstanceLogPanel::saveFinished);
    emit dialog->fileSelected(path);
    QTRY_COMPARE(finished.count(), 1); // the continuation may run at once when the write is quick
    const QString error = finished.at(0).at(1).toString();
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(m_panel->findChild<QLabel *>(u"saveStatus"_s)->text(),
             u"Could not save %1: %2"_s.arg(QDir::toNativeSeparators(path), error));
}

QTEST_MAIN(TestInstanceLogPanel)
#include "tst_instancelogpanel.moc"
