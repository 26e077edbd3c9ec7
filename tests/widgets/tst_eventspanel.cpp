#include "core/appeventtablemodel.h"
#include "core/itemroles.h"
#include "core/severity.h"
#include "widgets/eventspanel.h"
#include "widgets/messagebanner.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestEventsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void newestFirstByDefault();
    void warningsOnlyFiltersAtOnceAndTellsTheController();
    void warningsOnlyStaysAcrossRefreshes();
    void clickingTheCountHeaderSortsNumerically();
    void filterMatchesReasonObjectAndMessage();
    void selectedEventShowsItsWholeMessageAndCause();
    void refreshButtonAndNotices();

private:
    QStringList column(int column) const;
    void clickHeader(int column);
    void clickRow(int row);

    EventsPanel *m_panel = nullptr;
    QTableView *m_view = nullptr;
};

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 23), QTime(12, 0, 0), Qt::UTC);

AppEvent makeEvent(AppEvent::Type type, const QString &reason, const QString &objectName,
                   const QString &message, int minutesAgo, int count)
{
    AppEvent result;
    result.type = type;
    result.typeText = AppEvent::toWire(type);
    result.reason = reason;
    result.objectKind = u"Pod"_s;
    result.objectName = objectName;
    result.message = message;
    result.lastSeen = t0.addSecs(-60 * minutesAgo);
    result.firstSeen = result.lastSeen.addSecs(-3600);
    result.count = count;
    return result;
}

QList<AppEvent> fleetEvents()
{
    AppEvent oom =
        makeEvent(AppEvent::Type::Warning, u"BackOff"_s, u"order-7d9f-x2k4q"_s,
                  u"Back-off restarting failed container\nLast state: OOMKilled, exit code 137"_s, 2, 17);
    oom.causeAnalysis = u"The container used more memory than its 2 GiB limit."_s;
    return {
        makeEvent(AppEvent::Type::Normal, u"Started"_s, u"order-7d9f-abcde"_s, u"Started container main"_s,
                  30, 1),
        oom,
        makeEvent(AppEvent::Type::Normal, u"Pulled"_s, u"order-7d9f-abcde"_s, u"Container image pulled"_s, 31,
                  2),
        makeEvent(AppEvent::Type::Warning, u"Unhealthy"_s, u"order-7d9f-x2k4q"_s,
                  u"Liveness probe failed: HTTP probe failed with statuscode: 503"_s, 5, 10),
    };
}

} // namespace

void TestEventsPanel::initTestCase()
{
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestEventsPanel::init()
{
    m_panel = new EventsPanel;
    m_panel->resize(1100, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    m_view = m_panel->findChild<QTableView *>(u"eventTable"_s);
    QVERIFY(m_view);
    m_panel->setEvents(fleetEvents());
}

void TestEventsPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
}

QStringList TestEventsPanel::column(int column) const
{
    QStringList texts;
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        texts.append(m_view->model()->index(row, column).data().toString());
    return texts;
}

void TestEventsPanel::clickHeader(int column)
{
    QHeaderView *header = m_view->horizontalHeader();
    const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}

void TestEventsPanel::clickRow(int row)
{
    const QRect cell = m_view->visualRect(m_view->model()->index(row, AppEventTableModel::ReasonColumn));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, cell.center());
}

void TestEventsPanel::newestFirstByDefault()
{
    QCOMPARE(column(AppEventTableModel::ReasonColumn),
             (QStringList{u"BackOff"_s, u"Unhealthy"_s, u"Started"_s, u"Pulled"_s}));
    QCOMPARE(m_panel->findChild<QLabel *>(u"eventSummary"_s)->text(), u"4 events"_s);
    // The Type column wears the status colours.
    QCOMPARE(m_view->model()->index(0, AppEventTableModel::TypeColumn).data(ItemRoles::SeverityRole).toInt(),
             int(Severity::Warning));
    QVERIFY(m_view->itemDelegateForColumn(AppEventTableModel::TypeColumn) != m_view->itemDelegate());
}

void TestEventsPanel::warningsOnlyFiltersAtOnceAndTellsTheController()
{
    QSignalSpy changed(m_panel, &EventsPanel::warningsOnlyChanged);
    auto *warningsOnly = m_panel->findChild<QCheckBox *>(u"warningsOnlyCheck"_s);
    QVERIFY(warningsOnly);
    QTest::mouseClick(warningsOnly, Qt::LeftButton);

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toBool(), true);
    QVERIFY(m_panel->warningsOnly());
    QCOMPARE(column(AppEventTableModel::TypeColumn), (QStringList{u"Warning"_s, u"Warning"_s}));
    QCOMPARE(column(AppEventTableModel::ReasonColumn), (QStringList{u"BackOff"_s, u"Unhealthy"_s}));
    QCOMPARE(m_panel->findChild<QLabel *>(u"eventSummary"_s)->text(), u"2 of 4 events"_s);

    QTest::mouseClick(warningsOnly, Qt::LeftButton);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toBool(), false);
    QCOMPARE(m_view->model()->rowCount(), 4);
}

void TestEventsPanel::warningsOnlyStaysAcrossRefreshes()
{
    QTest::mouseClick(m_panel->findChild<QCheckBox *>(u"warningsOnlyCheck"_s), Qt::LeftButton);
    // A poll that was already on its way when the box was ticked still brings Normal events.
    QList<AppEvent> late = fleetEvents();
    late.append(makeEvent(AppEvent::Type::Normal, u"Scheduled"_s, u"order-7d9f-zzzzz"_s,
                          u"Successfully assigned"_s, 0, 1));
    m_panel->setEvents(late);
    QCOMPARE(column(AppEventTableModel::TypeColumn), (QStringList{u"Warning"_s, u"Warning"_s}));
    m_panel->clear();
    QCOMPARE(m_view->model()->rowCount(), 0);
    QVERIFY(m_panel->warningsOnly());
}

void TestEventsPanel::clickingTheCountHeaderSortsNumerically()
{
    clickHeader(AppEventTableModel::CountColumn);
    QCOMPARE(m_view->horizontalHeader()->sortIndicatorSection(), int(AppEventTableModel::CountColumn));
    const QStringList ascending{u"1"_s, u"2"_s, u"10"_s, u"17"_s}; // as numbers, not as text
    const QStringList descending{u"17"_s, u"10"_s, u"2"_s, u"1"_s};
    const QStringList first = column(AppEventTableModel::CountColumn);
    QVERIFY2(first == ascending || first == descending, qPrintable(first.join(u',')));
    clickHeader(AppEventTableModel::CountColumn);
    QCOMPARE(column(AppEventTableModel::CountColumn), first == ascending ? descending : ascending);

    clickHeader(AppEventTableModel::LastSeenColumn);
    const QStringList times = column(AppEventTableModel::LastSeenColumn);
    QStringList sorted = times;
    std::sort(sorted.begin(), sorted.end());
    QVERIFY(times == sorted || QStringList(times.rbegin(), times.rend()) == sorted);
}

void TestEventsPanel::filterMatchesReasonObjectAndMessage()
{
    auto *filter = m_panel->findChild<QLineEdit *>(u"eventFilter"_s);
    QVERIFY(filter);
    QTest::keyClicks(filter, u"x2k4q"_s);
    QCOMPARE(column(AppEventTableModel::ReasonColumn), (QStringList{u"BackOff"_s, u"Unhealthy"_s}));
    filter->clear();
    QTest::keyClicks(filter, u"OOMKilled"_s); // in the second line of the message
    QCOMPARE(column(AppEventTableModel::ReasonColumn), QStringList{u"BackOff"_s});
    filter->clear();
    QTest::keyClicks(filter, u"abcde pulled"_s);
    QCOMPARE(column(AppEventTableModel::ReasonColumn), QStringList{u"Pulled"_s});
    QCOMPARE(m_panel->findChild<QLabel *>(u"eventSummary"_s)->text(), u"1 of 4 events"_s);
}

void TestEventsPanel::selectedEventShowsItsWholeMessageAndCause()
{
    auto *details = m_panel->findChild<QPlainTextEdit *>(u"eventDetails"_s);
    QVERIFY(details);
    QCOMPARE(details->toPlainText(), QString());
    QVERIFY(details->isReadOnly());

    clickRow(0); // BackOff
    const QString text = details->toPlainText();
    QVERIFY2(text.startsWith(u"Warning · BackOff · Pod/order-7d9f-x2k4q\n"_s), qPrintable(text));
    QVERIFY(text.contains(u"count 17"_s));
    QVERIFY(text.contains(u"Back-off restarting failed container\nLast state: OOMKilled, exit code 137"_s));
    QVERIFY(text.endsWith(u"Cause analysis:\nThe container used more memory than its 2 GiB limit."_s));
    QCOMPARE(m_view->model()->index(0, AppEventTableModel::MessageColumn).data(Qt::ToolTipRole).toString(),
             u"Back-off restarting failed container\nLast state: OOMKilled, exit code 137"_s);

    // A poll that raises the count updates the details of the event still selected.
    QList<AppEvent> again = fleetEvents();
    again[1].count = 18;
    again[1].lastSeen = t0;
    m_panel->setEvents(again);
    QVERIFY(details->toPlainText().contains(u"count 18"_s));
    QCOMPARE(m_view->model()->index(m_view->currentIndex().row(), AppEventTableModel::ReasonColumn).data(),
             QVariant(u"BackOff"_s));

    clickRow(2); // Started: no cause analysis
    QVERIFY(details->toPlainText().startsWith(u"Normal · Started"_s));
    QVERIFY(!details->toPlainText().contains(u"Cause analysis"_s));
}

void TestEventsPanel::refreshButtonAndNotices()
{
    QSignalSpy refresh(m_panel, &EventsPanel::refreshRequested);
    QTest::mouseClick(m_panel->findChild<QPushButton *>(u"eventRefreshButton"_s), Qt::LeftButton);
    QCOMPARE(refresh.count(), 1);

    m_panel->setError(u"Could not load events: Throttling.User"_s);
    auto *banner = m_panel->findChild<MessageBanner *>(u"eventErrorBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"Could not load events: Throttling.User"_s);
    QCOMPARE(m_view->model()->rowCount(), 4); // the last good events stay
    m_panel->setStaleSince(t0);
    QVERIFY(m_panel->findChild<QLabel *>(u"eventStaleNotice"_s)->isVisible());
    m_panel->setLoading(true);
    QVERIFY(m_panel->findChild<QLabel *>(u"eventLoadingNotice"_s)->isVisible());
    m_panel->clear();
    QVERIFY(!banner->isVisible());
    QVERIFY(!m_panel->findChild<QLabel *>(u"eventStaleNotice"_s)->isVisible());
    QVERIFY(!m_panel->findChild<QLabel *>(u"eventLoadingNotice"_s)->isVisible());
    QCOMPARE(m_panel->findChild<QLabel *>(u"eventSummary"_s)->text(), u"0 events"_s);
}

QTEST_MAIN(TestEventsPanel)
#include "tst_eventspanel.moc"
