#include "core/timelineentry.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTimelineEntry : public QObject
{
    Q_OBJECT

private slots:
    void newestFirstAcrossChangeOrdersAndEvents();
    void changeOrderEntry();
    void repeatedWarningsCollapseWithCountAndTimes();
    void sameReasonOnAnotherObjectStaysApart();
    void scalingStepsStayApartAndRoutineEventsAreLeftOut();
    void markers_data();
    void markers();
};

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);

ChangeOrder makeOrder(const QString &id, const QString &type, ChangeOrderStatus status,
                      const QDateTime &created)
{
    ChangeOrder order;
    order.changeOrderId = id;
    order.coTypeCode = type;
    order.status = status;
    order.createdAt = created;
    if (isTerminal(status))
        order.finishedAt = created.addSecs(300);
    return order;
}

AppEvent makeEvent(AppEvent::Type type, const QString &reason, const QString &object, const QDateTime &seen,
                   const QString &message = {}, int count = 1)
{
    AppEvent event;
    event.type = type;
    event.typeText = AppEvent::toWire(type);
    event.reason = reason;
    event.message = message.isEmpty() ? reason + u" happened"_s : message;
    event.objectKind = u"Pod"_s;
    event.objectName = object;
    event.firstSeen = seen;
    event.lastSeen = seen;
    event.count = count;
    return event;
}

} // namespace

void TestTimelineEntry::newestFirstAcrossChangeOrdersAndEvents()
{
    const QList<TimelineEntry> entries = TimelineEntry::merge(
        {makeOrder(u"co-old"_s, u"CoDeploy"_s, ChangeOrderStatus::Succeeded, t0.addSecs(-7200)),
         makeOrder(u"co-new"_s, u"CoRestartApplication"_s, ChangeOrderStatus::Executing, t0.addSecs(-60))},
        {makeEvent(AppEvent::Type::Warning, u"BackOff"_s, u"order-1"_s, t0.addSecs(-600)),
         makeEvent(AppEvent::Type::Warning, u"Unhealthy"_s, u"order-1"_s, t0)});
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).reason, u"Unhealthy"_s);
    QCOMPARE(entries.at(1).changeOrderId, u"co-new"_s);
    QCOMPARE(entries.at(2).reason, u"BackOff"_s);
    QCOMPARE(entries.at(3).changeOrderId, u"co-old"_s);
    for (qsizetype i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1).time >= entries.at(i).time);
}

void TestTimelineEntry::changeOrderEntry()
{
    ChangeOrder order = makeOrder(u"co-1"_s, u"CoDeploy"_s, ChangeOrderStatus::Failed, t0);
    order.description = u"Release 5.2.8"_s;
    order.errorMessage = u"Batch 2 failed: readiness probe"_s;
    const QList<TimelineEntry> entries = TimelineEntry::merge({order}, {});
    QCOMPARE(entries.size(), 1);
    const TimelineEntry &entry = entries.constFirst();
    QCOMPARE(entry.kind, TimelineEntry::Kind::ChangeOrder);
    QCOMPARE(entry.time, t0);
    QCOMPARE(entry.endTime, t0.addSecs(300));
    QCOMPARE(entry.title, u"Deploy · Failed"_s);
    QCOMPARE(entry.severity, Severity::Critical);
    QCOMPARE(entry.changeOrderId, u"co-1"_s);
    QVERIFY(entry.detail.startsWith(u"Release 5.2.8 · ended "_s));
    QVERIFY(entry.detail.endsWith(u" · Batch 2 failed: readiness probe"_s));

    const QList<TimelineEntry> running =
        TimelineEntry::merge({makeOrder(u"co-2"_s, u"CoDeploy"_s, ChangeOrderStatus::Executing, t0)}, {});
    QVERIFY(!running.constFirst().endTime.isValid());
    QCOMPARE(running.constFirst().detail, u"still running"_s);
    QCOMPARE(running.constFirst().severity, Severity::Progress);
}

void TestTimelineEntry::repeatedWarningsCollapseWithCountAndTimes()
{
    const QList<TimelineEntry> entries = TimelineEntry::merge(
        {}, {makeEvent(AppEvent::Type::Warning, u"BackOff"_s, u"order-1"_s, t0.addSecs(-600),
                       u"Back-off restarting failed container (old)"_s, 5),
             makeEvent(AppEvent::Type::Warning, u"BackOff"_s, u"order-1"_s, t0,
                       u"Back-off restarting failed container\nexit code 1"_s, 7),
             makeEvent(AppEvent::Type::Warning, u"BackOff"_s, u"order-1"_s, t0.addSecs(-1200), {}, 0)});
    QCOMPARE(entries.size(), 1);
    const TimelineEntry &entry = entries.constFirst();
    QCOMPARE(entry.kind, TimelineEntry::Kind::Warning);
    QCOMPARE(entry.count, 13); // 5 + 7 + 1 (a count the platform does not give is one sighting)
    QCOMPARE(entry.time, t0);
    QCOMPARE(entry.firstTime, t0.addSecs(-1200));
    QCOMPARE(entry.title, u"BackOff: Back-off restarting failed container"_s); // the newest, first line
    QCOMPARE(entry.severity, Severity::Warning);
    QCOMPARE(entry.objectName, u"Pod/order-1"_s);
    // "13 time(s)" until the English plural forms are in; "13 times" then.
    QVERIFY2(entry.detail.startsWith(u"Pod/order-1 · 13 time"_s), qPrintable(entry.detail));
    QVERIFY(entry.detail.contains(u" since "_s));
    QCOMPARE(entry.shortLabel(), u"BackOff ×13"_s);
}

void TestTimelineEntry::sameReasonOnAnotherObjectStaysApart()
{
    const QList<TimelineEntry> entries =
        TimelineEntry::merge({}, {makeEvent(AppEvent::Type::Warning, u"BackOff"_s, u"order-1"_s, t0),
                                  makeEvent(AppEvent::Type::Warning, u"BackOff"_s, u"order-2"_s, t0),
                                  makeEvent(AppEvent::Type::Warning, u"Unhealthy"_s, u"order-1"_s, t0)});
    QCOMPARE(entries.size(), 3);
    for (const TimelineEntry &entry : entries)
        QCOMPARE(entry.count, 1);
}

void TestTimelineEntry::scalingStepsStayApartAndRoutineEventsAreLeftOut()
{
    const QList<TimelineEntry> entries =
        TimelineEntry::merge({}, {makeEvent(AppEvent::Type::Normal, u"ScalingReplicaSet"_s, u"order"_s, t0,
                                            u"Scaled replica set order to 4"_s),
                                  makeEvent(AppEvent::Type::Normal, u"ScalingReplicaSet"_s, u"order"_s,
                                            t0.addSecs(-3600), u"Scaled replica set order to 2"_s),
                                  makeEvent(AppEvent::Type::Normal, u"Started"_s, u"order-1"_s, t0),
                                  makeEvent(AppEvent::Type::Normal, u"Pulled"_s, u"order-1"_s, t0)});
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).kind, TimelineEntry::Kind::Scaling);
    QCOMPARE(entries.at(0).title, u"ScalingReplicaSet: Scaled replica set order to 4"_s);
    QCOMPARE(entries.at(1).title, u"ScalingReplicaSet: Scaled replica set order to 2"_s);
    QVERIFY(entries.at(0).changeOrderId.isEmpty());
}

void TestTimelineEntry::markers_data()
{
    QTest::addColumn<QString>("coType");
    QTest::addColumn<int>("eventType"); // -1: a change order
    QTest::addColumn<QString>("reason");
    QTest::addColumn<ChartMarker::Kind>("kind");
    QTest::addColumn<QString>("label");

    QTest::newRow("deploy") << u"CoDeploy"_s << -1 << QString() << ChartMarker::Kind::Deployment
                            << u"Deploy · Succeeded"_s;
    QTest::newRow("rollback") << u"CoRollback"_s << -1 << QString() << ChartMarker::Kind::Deployment
                              << u"Rollback · Succeeded"_s;
    QTest::newRow("scale out order") << u"CoScaleOut"_s << -1 << QString() << ChartMarker::Kind::Scaling
                                     << u"Scale out · Succeeded"_s;
    QTest::newRow("restart") << u"CoRestartApplication"_s << -1 << QString() << ChartMarker::Kind::Other
                             << u"Restart · Succeeded"_s;
    QTest::newRow("scaling event") << QString() << int(AppEvent::Type::Normal) << u"SuccessfulRescale"_s
                                   << ChartMarker::Kind::Scaling << u"SuccessfulRescale happened"_s;
    QTest::newRow("warning") << QString() << int(AppEvent::Type::Warning) << u"Unhealthy"_s
                             << ChartMarker::Kind::Warning << u"Unhealthy"_s;
}

void TestTimelineEntry::markers()
{
    QFETCH(QString, coType);
    QFETCH(int, eventType);
    QFETCH(QString, reason);
    QFETCH(ChartMarker::Kind, kind);
    QFETCH(QString, label);
    const QList<TimelineEntry> entries =
        eventType < 0
            ? TimelineEntry::merge({makeOrder(u"co"_s, coType, ChangeOrderStatus::Succeeded, t0)}, {})
            : TimelineEntry::merge({}, {makeEvent(AppEvent::Type(eventType), reason, u"order-1"_s, t0)});
    QCOMPARE(entries.size(), 1);
    const ChartMarker marker = entries.constFirst().toMarker();
    QCOMPARE(marker.kind, kind);
    QCOMPARE(marker.timeMs, t0.toMSecsSinceEpoch());
    QCOMPARE(marker.label, label);
}

QTEST_GUILESS_MAIN(TestTimelineEntry)
#include "tst_timelineentry.moc"
