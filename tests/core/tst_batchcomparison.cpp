#include "core/batchcomparison.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

const QDateTime s_to(QDate(2026, 11, 30), QTime(6, 10), Qt::UTC);
const QDateTime s_from = s_to.addSecs(-600);

Instance instance(const QString &id, InstanceStatus status = InstanceStatus::Running,
                  InstanceHealth health = InstanceHealth::Healthy, qint64 restarts = 0)
{
    Instance one;
    one.instanceId = id;
    one.status = status;
    one.health = health;
    one.restarts = restarts;
    return one;
}

/// A series whose points are at the given minutes after s_from with the given averages.
MetricSeries series(const QString &metric, const QString &instanceId,
                    const QList<std::pair<int, double>> &points)
{
    MetricSeries one;
    one.metricName = metric;
    one.appId = u"app-1"_s;
    one.instanceId = instanceId;
    one.periodSeconds = 60;
    for (const auto &[minute, average] : points)
        one.points.append(
            {s_from.addSecs(60 * minute).toMSecsSinceEpoch(), average, average + 5, average - 5});
    return one;
}

} // namespace

class TestBatchComparison final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void meansPerSideWithinTheWindow();
    void countsReadyAndRestarts();
    void aGoodBatchRaisesNoConcern();
    void aBadBatchRaisesConcerns();
    void metricsBelowTheFloorDoNotStandOut();
    void jsonHasTheExactSchema();
    void jsonRoundTrips();
    void malformedJsonIsRejected();
};

void TestBatchComparison::initTestCase()
{
    // Plural forms ("1 restart", "2 restarts") come from the English translation.
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestBatchComparison::meansPerSideWithinTheWindow()
{
    const QList<Instance> instances{instance(u"new-1"_s), instance(u"new-2"_s), instance(u"old-1"_s),
                                    instance(u"old-2"_s), instance(u"old-3"_s)};
    const QList<MetricSeries> metrics{
        // new-1: 30 and 40 in the window; the point before and the one after it are ignored.
        series(u"cpu"_s, u"new-1"_s, {{-1, 99}, {2, 30}, {8, 40}, {11, 99}}),
        // new-2: one point, 20: the batch's CPU is (35 + 20) / 2, each instance weighing the same.
        series(u"cpu"_s, u"new-2"_s, {{5, 20}}),
        series(u"memoryPercent"_s, u"new-1"_s, {{0, 41}, {10, 40}}), // both ends are inside
        series(u"rt"_s, u"new-2"_s, {{3, 120.25}, {4, 120.35}}),
        series(u"cpu"_s, u"old-1"_s, {{1, 10}, {2, 12}}),
        series(u"cpu"_s, u"old-2"_s, {{1, 14}}),
        // old-3 has only an RT series: it adds to RT, nothing to CPU.
        series(u"rt"_s, u"old-3"_s, {{1, 80}}),
        // A series of the whole application and one of an unknown instance count for nothing.
        series(u"cpu"_s, QString(), {{1, 90}}),
        series(u"cpu"_s, u"gone"_s, {{1, 90}}),
    };
    const BatchComparison comparison =
        BatchComparison::of(instances, {u"new-1"_s, u"new-2"_s}, metrics, s_from, s_to);

    QCOMPARE(comparison.from, s_from);
    QCOMPARE(comparison.to, s_to);
    QCOMPARE(comparison.windowMinutes(), 10);
    QCOMPARE(comparison.batch.instanceIds, QStringList({u"new-1"_s, u"new-2"_s}));
    QCOMPARE(comparison.rest.instanceIds, QStringList({u"old-1"_s, u"old-2"_s, u"old-3"_s}));
    QCOMPARE(comparison.batch.cpuPercent, std::optional<double>(27.5));
    QCOMPARE(comparison.batch.memoryPercent, std::optional<double>(40.5));
    QCOMPARE(comparison.batch.rtMs, std::optional<double>(120.3));     // rounded to 0.1
    QCOMPARE(comparison.rest.cpuPercent, std::optional<double>(12.5)); // (11 + 14) / 2
    QCOMPARE(comparison.rest.memoryPercent, std::nullopt);             // no instance of the rest has a series
    QCOMPARE(comparison.rest.rtMs, std::optional<double>(80));
}

void TestBatchComparison::countsReadyAndRestarts()
{
    const QList<Instance> instances{
        instance(u"new-1"_s, InstanceStatus::Running, InstanceHealth::Healthy, 1),
        instance(u"new-2"_s, InstanceStatus::Running, InstanceHealth::ReadinessUnhealthy, 2),
        instance(u"new-3"_s, InstanceStatus::CrashLoopBackOff, InstanceHealth::Unhealthy, 4),
        instance(u"new-4"_s, InstanceStatus::Running, InstanceHealth::NotCheckedYet),
        instance(u"old-1"_s, InstanceStatus::Running, InstanceHealth::WithoutHealthCheckConfig),
        instance(u"old-2"_s, InstanceStatus::Running, InstanceHealth::WithoutReadinessConfig, 3),
        instance(u"old-3"_s, InstanceStatus::Pending, InstanceHealth::Healthy),
    };
    const BatchComparison comparison = BatchComparison::of(
        instances, {u"new-1"_s, u"new-2"_s, u"new-3"_s, u"new-4"_s, u"not-listed"_s}, {}, s_from, s_to);
    QCOMPARE(comparison.batch.instances, 4);
    QCOMPARE(comparison.batch.ready, 1);
    QCOMPARE(comparison.batch.restarts, 7);
    QCOMPARE(comparison.rest.instances, 3);
    QCOMPARE(comparison.rest.ready, 2);
    QCOMPARE(comparison.rest.restarts, 3);
    QCOMPARE(comparison.batch.cpuPercent, std::nullopt);
}

void TestBatchComparison::aGoodBatchRaisesNoConcern()
{
    const QList<MetricSeries> metrics{
        series(u"cpu"_s, u"new-1"_s, {{1, 35}}), series(u"cpu"_s, u"old-1"_s, {{1, 30}}),
        series(u"rt"_s, u"new-1"_s, {{1, 140}}), series(u"rt"_s, u"old-1"_s, {{1, 100}}), // 1.4x
    };
    const BatchComparison comparison = BatchComparison::of(
        {instance(u"new-1"_s), instance(u"old-1"_s, InstanceStatus::Running, InstanceHealth::Healthy, 5)},
        {u"new-1"_s}, metrics, s_from, s_to);
    QCOMPARE(comparison.concerns(), QStringList());
    QVERIFY(!comparison.cpuStandsOut());
    QVERIFY(!comparison.rtStandsOut());
}

void TestBatchComparison::aBadBatchRaisesConcerns()
{
    const QList<MetricSeries> metrics{
        series(u"cpu"_s, u"new-1"_s, {{1, 45}}),           series(u"cpu"_s, u"old-1"_s, {{1, 30}}),
        series(u"memoryPercent"_s, u"new-1"_s, {{1, 50}}), series(u"memoryPercent"_s, u"old-1"_s, {{1, 40}}),
        series(u"rt"_s, u"new-1"_s, {{1, 300}}),           series(u"rt"_s, u"old-1"_s, {{1, 120.5}}),
    };
    const BatchComparison comparison = BatchComparison::of(
        {instance(u"new-1"_s, InstanceStatus::Running, InstanceHealth::Healthy, 1),
         instance(u"new-2"_s, InstanceStatus::Running, InstanceHealth::ReadinessUnhealthy),
         instance(u"old-1"_s)},
        {u"new-1"_s, u"new-2"_s}, metrics, s_from, s_to);
    QVERIFY(comparison.cpuStandsOut()); // 45 is 1.5x 30
    QVERIFY(!comparison.memoryStandsOut());
    QVERIFY(comparison.rtStandsOut());
    QCOMPARE(comparison.concerns(),
             QStringList({
                 u"Not ready in the batch: 1 of 2 instances."_s,
                 u"Container restarts in the batch: 1."_s,
                 u"CPU 45.0 % in the batch against 30.0 % in the rest."_s,
                 u"Response time 300.0 ms in the batch against 120.5 ms in the rest."_s,
             }));

    const BatchComparison empty = BatchComparison::of({instance(u"old-1"_s)}, {u"new-1"_s}, {}, s_from, s_to);
    QCOMPARE(empty.concerns(),
             QStringList({u"None of the batch's instances is listed: there is nothing to compare."_s}));
}

void TestBatchComparison::metricsBelowTheFloorDoNotStandOut()
{
    // 3x the rest, but 15 % CPU and 60 ms are noise.
    const QList<MetricSeries> metrics{
        series(u"cpu"_s, u"new-1"_s, {{1, 15}}),
        series(u"cpu"_s, u"old-1"_s, {{1, 5}}),
        series(u"rt"_s, u"new-1"_s, {{1, 60}}),
        series(u"rt"_s, u"old-1"_s, {{1, 20}}),
        // The rest without memory: nothing to compare with.
        series(u"memoryPercent"_s, u"new-1"_s, {{1, 90}}),
    };
    const BatchComparison comparison = BatchComparison::of({instance(u"new-1"_s), instance(u"old-1"_s)},
                                                           {u"new-1"_s}, metrics, s_from, s_to);
    QCOMPARE(comparison.concerns(), QStringList());
}

void TestBatchComparison::jsonHasTheExactSchema()
{
    BatchComparison comparison;
    comparison.from = s_from;
    comparison.to = s_to;
    comparison.batch = {{u"new-1"_s, u"new-2"_s}, 2, 2, 0, 31.5, 40.1, 120.3};
    comparison.rest = {{u"old-1"_s}, 1, 1, 3, 20.25, std::nullopt, std::nullopt};
    const QByteArray expected =
        R"({"batch":{"cpuPercent":31.5,"instanceIds":["new-1","new-2"],"instances":2,"memoryPercent":40.1,)"
        R"("ready":2,"restarts":0,"rtMs":120.3},"from":"2026-11-30T06:00:00Z",)"
        R"("rest":{"cpuPercent":20.25,"instanceIds":["old-1"],"instances":1,"ready":1,"restarts":3},)"
        R"("to":"2026-11-30T06:10:00Z","windowMinutes":10})";
    QCOMPARE(QJsonDocument(comparison.toJson()).toJson(QJsonDocument::Compact), expected);
}

void TestBatchComparison::jsonRoundTrips()
{
    const QList<MetricSeries> metrics{series(u"cpu"_s, u"new-1"_s, {{1, 33.33}, {2, 31}}),
                                      series(u"rt"_s, u"old-1"_s, {{1, 99.96}})};
    const BatchComparison comparison =
        BatchComparison::of({instance(u"new-1"_s, InstanceStatus::Running, InstanceHealth::Healthy, 2),
                             instance(u"old-1"_s, InstanceStatus::Pending)},
                            {u"new-1"_s}, metrics, s_from.addMSecs(250), s_to);
    const std::optional<BatchComparison> read = BatchComparison::fromJson(comparison.toJson());
    QVERIFY(read);
    QCOMPARE(*read, comparison);
    QCOMPARE(read->from.timeSpec(), Qt::UTC);
    QCOMPARE(read->batch.cpuPercent, std::optional<double>(32.2));
    QCOMPARE(read->rest.rtMs, std::optional<double>(100));

    // Through text, as the journal stores it.
    const QJsonObject reparsed =
        QJsonDocument::fromJson(QJsonDocument(comparison.toJson()).toJson()).object();
    QCOMPARE(BatchComparison::fromJson(reparsed), std::optional<BatchComparison>(comparison));
}

void TestBatchComparison::malformedJsonIsRejected()
{
    BatchComparison comparison;
    comparison.from = s_from;
    comparison.to = s_to;
    const QJsonObject good = comparison.toJson();
    QVERIFY(BatchComparison::fromJson(good));

    QJsonObject noFrom = good;
    noFrom.remove(u"from"_s);
    QCOMPARE(BatchComparison::fromJson(noFrom), std::nullopt);

    QJsonObject badSide = good;
    badSide.insert(u"rest"_s, u"none"_s);
    QCOMPARE(BatchComparison::fromJson(badSide), std::nullopt);

    QJsonObject badMetric = good;
    QJsonObject batch = good.value(u"batch").toObject();
    batch.insert(u"cpuPercent"_s, u"high"_s);
    badMetric.insert(u"batch"_s, batch);
    QCOMPARE(BatchComparison::fromJson(badMetric), std::nullopt);
}

QTEST_GUILESS_MAIN(TestBatchComparison)
#include "tst_batchcomparison.moc"
