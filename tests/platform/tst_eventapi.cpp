#include "emulator/fleet.h"
#include "platform/eventapi.h"
#include "support/apitestutils.h"
#include "support/localemulator.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

/**
 * EventApi against the in-process emulator: events and the four region overviews are the fleet's
 * own, after twenty minutes of its trouble (a crash loop, a failing probe, an unschedulable and
 * an unpullable instance).
 */
class TestEventApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eventsAreTheFleets();
    void eventFiltersNarrowTheList();
    void availabilityIsTheFleets();
    void scalingIsTheFleets();
    void warningEventsAreTheFleets();
    void changeOrdersAreTheFleets();
    void refusalsAreErrors();

private:
    const Fleet &fleet() { return m_local->emulator().fleet(); }
    RegionMetricQuery wholeRegion() { return {100, fleet().regionId, {}, {}}; }

    std::unique_ptr<LocalEmulator> m_local;
    QDateTime m_start;
};

namespace {

/// The emulator's ISO 8601 times have whole seconds.
QDateTime toSeconds(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

bool servesAsItShould(const Instance &instance)
{
    return instance.status == InstanceStatus::Running && !isFailure(instance.health)
           && instance.health != InstanceHealth::NotCheckedYet
           && instance.health != InstanceHealth::Unrecognised;
}

} // namespace

void TestEventApi::init()
{
    EmulatorOptions options;
    options.manualStart = QDateTime(QDate(2026, 11, 24), QTime(2, 0, 1), Qt::UTC); // 10:00 in Shenzhen
    options.callsPerMinute = 0;
    m_start = options.manualStart;
    m_local = std::make_unique<LocalEmulator>(options);
    QVERIFY(m_local->isListening());
    m_local->emulator().clock().advance(20 * 60 * 1000);
    m_local->emulator().advance();
}

void TestEventApi::cleanup()
{
    m_local.reset();
}

void TestEventApi::eventsAreTheFleets()
{
    QList<FleetEvent> truth = fleet().events;
    QVERIFY(truth.size() >= 5);
    std::stable_sort(truth.begin(), truth.end(),
                     [](const FleetEvent &a, const FleetEvent &b) { return a.lastSeen > b.lastSeen; });

    AppEventQuery query;
    query.namespaceId = fleet().regionId; // the region ID: every namespace
    query.pageSize = 2;
    QList<AppEvent> received;
    for (query.currentPage = 1; query.currentPage < 1000; ++query.currentPage) {
        const auto result = waitForCall(m_local->client(), EventApi::listAppEvents(query));
        QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().detailedText()));
        QCOMPARE(result.value().totalSize, truth.size());
        QCOMPARE(result.value().currentPage, query.currentPage);
        received += result.value().items;
        if (!result.value().hasMore())
            break;
    }
    QCOMPARE(received.size(), truth.size());
    for (qsizetype i = 0; i < truth.size(); ++i) {
        const AppEvent &event = received.at(i);
        const FleetEvent &expected = truth.at(i);
        QCOMPARE(event.typeText, expected.eventType);
        QCOMPARE(event.type, AppEvent::typeFromWire(expected.eventType));
        QVERIFY(event.type != AppEvent::Type::Unrecognised);
        QCOMPARE(event.reason, expected.reason);
        QCOMPARE(event.message, expected.message);
        QCOMPARE(event.objectKind, expected.objectKind);
        QCOMPARE(event.objectName, expected.objectName);
        QCOMPARE(event.causeAnalysis, expected.causeAnalysis);
        QCOMPARE(event.firstSeen, toSeconds(expected.firstSeen));
        QCOMPARE(event.lastSeen, toSeconds(expected.lastSeen));
    }
}

void TestEventApi::eventFiltersNarrowTheList()
{
    const FleetEvent *warning = nullptr;
    for (const FleetEvent &event : fleet().events) {
        if (event.eventType == u"Warning" && event.objectKind == u"Pod")
            warning = &event;
    }
    QVERIFY2(warning, "the fleet has no Warning event of a pod");
    AppEventQuery query;
    query.namespaceId = warning->namespaceId;
    query.appId = warning->appId;
    query.eventType = AppEvent::Type::Warning;
    query.objectKind = u"Pod"_s;
    query.objectName = warning->objectName.left(warning->objectName.size() - 2); // a prefix
    query.reason = warning->reason.left(3);
    query.pageSize = 100;
    const auto result = waitForCall(m_local->client(), EventApi::listAppEvents(query));
    QVERIFY(result.isOk());

    qsizetype expected = 0;
    for (const FleetEvent &event : fleet().events) {
        expected += event.namespaceId == query.namespaceId && event.appId == query.appId
                    && event.eventType == u"Warning" && event.objectKind == u"Pod"
                    && event.objectName.startsWith(query.objectName) && event.reason.startsWith(query.reason);
    }
    QVERIFY(expected >= 1);
    QCOMPARE(result.value().totalSize, expected);
    QCOMPARE(result.value().items.size(), expected);
    for (const AppEvent &event : result.value().items) {
        QCOMPARE(event.type, AppEvent::Type::Warning);
        QCOMPARE(event.objectKind, u"Pod"_s);
        QVERIFY(event.objectName.startsWith(query.objectName));
    }
}

void TestEventApi::availabilityIsTheFleets()
{
    const auto result = waitForCall(m_local->client(), EventApi::getAvailabilityMetric(wholeRegion()));
    QVERIFY(result.isOk());
    QHash<QString, AvailabilityMetric> received;
    for (const AvailabilityMetric &line : result.value())
        received.insert(line.appId, line);
    QCOMPARE(received.size(), result.value().size());

    qsizetype withTrouble = 0;
    for (const EmulatedApplication &emulated : fleet().applications) {
        const Application &app = emulated.application;
        const auto abnormal = std::count_if(emulated.instances.cbegin(), emulated.instances.cend(),
                                            [](const Instance &i) { return !servesAsItShould(i); });
        if (abnormal == 0) {
            QVERIFY2(!received.contains(app.appId), qPrintable(app.appName));
            continue;
        }
        ++withTrouble;
        QVERIFY2(received.contains(app.appId), qPrintable(app.appName));
        const AvailabilityMetric &line = received.value(app.appId);
        QCOMPARE(line.appName, app.appName);
        QCOMPARE(line.namespaceId, app.namespaceId);
        QCOMPARE(line.errorInstances, abnormal);
        QCOMPARE(line.targetInstances, app.targetInstances);
        QCOMPARE(line.runningInstances, app.runningInstances);
        QCOMPARE(line.autoscaleEnabled,
                 std::any_of(emulated.scalingRules.cbegin(), emulated.scalingRules.cend(),
                             [](const ScalingRule &rule) { return rule.enabled; }));
    }
    QCOMPARE(result.value().size(), withTrouble);
    QVERIFY(withTrouble > 0);
    // Ranked: most abnormal instances first.
    for (qsizetype i = 1; i < result.value().size(); ++i)
        QVERIFY(result.value()[i - 1].errorInstances >= result.value()[i].errorInstances);

    RegionMetricQuery two = wholeRegion();
    two.limit = 2;
    const auto top = waitForCall(m_local->client(), EventApi::getAvailabilityMetric(two));
    QVERIFY(top.isOk());
    QCOMPARE(top.value(), result.value().mid(0, 2));
}

void TestEventApi::scalingIsTheFleets()
{
    const auto result = waitForCall(m_local->client(), EventApi::getScaleAppMetric(wholeRegion()));
    QVERIFY(result.isOk());
    QSet<QString> expected;
    for (const EmulatedApplication &emulated : fleet().applications) {
        if (std::any_of(emulated.scalingRules.cbegin(), emulated.scalingRules.cend(),
                        [](const ScalingRule &rule) { return rule.enabled; }))
            expected.insert(emulated.application.appId);
    }
    QVERIFY(!expected.isEmpty());
    QSet<QString> received;
    for (const ScaleAppMetric &line : result.value()) {
        received.insert(line.appId);
        const Application &app = fleet().findApplication(line.appId)->application;
        QCOMPARE(line.appName, app.appName);
        QCOMPARE(line.runningInstances, app.runningInstances);
        QVERIFY(line.maxReplicas >= app.targetInstances);
    }
    QCOMPARE(received, expected);
}

void TestEventApi::warningEventsAreTheFleets()
{
    // From before the first event to now: every occurrence of every Warning event counts.
    const QDateTime now = m_local->emulator().clock().now();
    QDateTime earliest = now;
    QHash<QString, qint64> expected;
    for (const FleetEvent &event : fleet().events) {
        earliest = std::min(earliest, event.firstSeen);
        if (event.eventType == u"Warning")
            expected[event.appId] += event.count;
    }
    QVERIFY(!expected.isEmpty());
    const auto result = waitForCall(
        m_local->client(), EventApi::getWarningEventMetric(wholeRegion(), earliest.addSecs(-1), now));
    QVERIFY(result.isOk());
    QHash<QString, qint64> received;
    for (const WarningEventMetric &line : result.value()) {
        received.insert(line.appId, line.warningCount);
        QCOMPARE(line.appName, fleet().findApplication(line.appId)->application.appName);
    }
    QCOMPARE(received, expected);

    // A window before anything happened has nothing to rank.
    const auto quiet =
        waitForCall(m_local->client(), EventApi::getWarningEventMetric(wholeRegion(), earliest.addDays(-2),
                                                                       earliest.addDays(-1)));
    QVERIFY(quiet.isOk());
    QVERIFY(quiet.value().isEmpty());
}

void TestEventApi::changeOrdersAreTheFleets()
{
    // Two rescales by hand (the typed mutations are another group's), so there is something to sum.
    const EmulatedApplication &target = fleet().applications.constLast();
    ApiRequest rescale;
    rescale.method = "PUT";
    rescale.path = u"/pop/v1/sam/app/rescaleApplication"_s;
    rescale.action = u"RescaleApplication"_s;
    rescale.mutating = true;
    rescale.addQuery(u"AppId"_s, target.application.appId)
        .addQuery(u"Replicas"_s, target.application.targetInstances + 1);
    const auto started = waitForCall(
        m_local->client(),
        ApiCall<QJsonObject>{rescale, [](const QJsonObject &body) { return ApiResult<QJsonObject>(body); }});
    QVERIFY2(started.isOk(), qPrintable(started.isOk() ? QString() : started.error().detailedText()));
    m_local->emulator().clock().advance(30 * 60 * 1000);

    ChangeOrderMetricQuery query;
    query.ranking = wholeRegion();
    query.createdSince = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    query.orderBy = u"total"_s;
    const auto result = waitForCall(m_local->client(), EventApi::getChangeOrderMetric(query));
    QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().detailedText()));

    QHash<QString, std::pair<qint64, qint64>> expected; // total, failed
    for (const EmulatedChangeOrder &order : fleet().changeOrders) {
        auto &[total, failed] = expected[order.order.appId];
        ++total;
        failed += order.order.status == ChangeOrderStatus::Failed;
    }
    QVERIFY(expected.contains(target.application.appId));
    QHash<QString, std::pair<qint64, qint64>> received;
    for (const ChangeOrderMetric &line : result.value()) {
        received.insert(line.appId, {line.total, line.failed});
        QCOMPARE(line.errorRatio, std::round(double(line.failed) / double(line.total) * 10000.0) / 10000.0);
    }
    QCOMPARE(received, expected);
    for (qsizetype i = 1; i < result.value().size(); ++i)
        QVERIFY(result.value()[i - 1].total >= result.value()[i].total); // ordered by total

    query.appId = target.application.appId;
    query.coType = u"CoScaleOut"_s;
    const auto one = waitForCall(m_local->client(), EventApi::getChangeOrderMetric(query));
    QVERIFY(one.isOk());
    QCOMPARE(one.value().size(), 1);
    QCOMPARE(one.value().first().appId, target.application.appId);
}

void TestEventApi::refusalsAreErrors()
{
    AppEventQuery noNamespace;
    const auto events = waitForCall(m_local->client(), EventApi::listAppEvents(noNamespace));
    QVERIFY(!events.isOk());
    QCOMPARE(events.error().kind, ApiError::Kind::Platform);
    QCOMPARE(events.error().code, u"InvalidParameter.NotEmpty"_s);
    QVERIFY(!events.error().requestId.isEmpty());

    RegionMetricQuery noRegion = wholeRegion();
    noRegion.regionId.clear(); // required by GetWarningEventMetric only
    const auto warnings =
        waitForCall(m_local->client(),
                    EventApi::getWarningEventMetric(noRegion, m_start, m_local->emulator().clock().now()));
    QVERIFY(!warnings.isOk());
    QCOMPARE(warnings.error().kind, ApiError::Kind::Platform);
    QVERIFY(waitForCall(m_local->client(), EventApi::getAvailabilityMetric(noRegion)).isOk());
}

QTEST_GUILESS_MAIN(TestEventApi)
#include "tst_eventapi.moc"
