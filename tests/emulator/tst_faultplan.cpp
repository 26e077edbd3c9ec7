#include "emulator/faultplan.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(FaultPlan)

/** `--faults` specs: what each one means, and a clear message for every mistake. */
class TestFaultPlan : public QObject
{
    Q_OBJECT

private slots:
    void parsesGoodSpecs_data();
    void parsesGoodSpecs();
    void refusesBadSpecs_data();
    void refusesBadSpecs();
    void writesWhatItReadsBack();
};

void TestFaultPlan::parsesGoodSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<FaultPlan>("expected");

    QTest::newRow("empty") << QString() << FaultPlan{};
    QTest::newRow("blank") << u"  "_s << FaultPlan{};

    FaultPlan issue;
    issue.minimumLatency = 300ms;
    issue.maximumLatency = 300ms;
    issue.errorRate = 0.05;
    issue.malformedRate = 0.02;
    issue.truncateRate = 0.02;
    issue.dropRate = 0.02;
    QTest::newRow("the issue's example")
        << u"latency=300ms,error-rate=0.05,malformed-rate=0.02,truncate-rate=0.02,drop-rate=0.02"_s << issue;

    FaultPlan seconds;
    seconds.minimumLatency = 1500ms;
    seconds.maximumLatency = 1500ms;
    QTest::newRow("seconds with a fraction") << u"latency=1.5s"_s << seconds;

    FaultPlan jitter;
    jitter.minimumLatency = 100ms;
    jitter.maximumLatency = 2000ms;
    QTest::newRow("a latency range, mixed units") << u"latency=100ms..2s"_s << jitter;

    FaultPlan everything;
    everything.errorRate = 0.25;
    everything.malformedRate = 0.25;
    everything.truncateRate = 0.25;
    everything.dropRate = 0.25;
    everything.seed = 42;
    QTest::newRow("rates adding up to exactly 1, spaces, seed")
        << u" error-rate = 0.25 , malformed-rate=0.25,truncate-rate=0.25, drop-rate=0.25,seed=42 "_s
        << everything;

    FaultPlan thirds;
    thirds.errorRate = 0.1;
    thirds.malformedRate = 0.2;
    thirds.truncateRate = 0.3;
    thirds.dropRate = 0.4;
    QTest::newRow("a sum that is 1 only up to rounding")
        << u"error-rate=0.1,malformed-rate=0.2,truncate-rate=0.3,drop-rate=0.4"_s << thirds;

    FaultPlan storm;
    storm.throttlingStorm = true;
    QTest::newRow("storm, bare") << u"throttling-storm"_s << storm;
    QTest::newRow("storm on") << u"throttling-storm=on"_s << storm;
    QTest::newRow("storm off") << u"throttling-storm=off"_s << FaultPlan{};

    FaultPlan certain;
    certain.dropRate = 1;
    QTest::newRow("a certain drop") << u"drop-rate=1"_s << certain;
}

void TestFaultPlan::parsesGoodSpecs()
{
    QFETCH(QString, spec);
    QFETCH(FaultPlan, expected);
    const std::variant<FaultPlan, QString> parsed = FaultPlan::parse(spec);
    QVERIFY2(std::holds_alternative<FaultPlan>(parsed),
             qPrintable(std::holds_alternative<QString>(parsed) ? std::get<QString>(parsed) : QString()));
    const FaultPlan &plan = std::get<FaultPlan>(parsed);
    QCOMPARE(plan.minimumLatency.count(), expected.minimumLatency.count());
    QCOMPARE(plan.maximumLatency.count(), expected.maximumLatency.count());
    QCOMPARE(plan.errorRate, expected.errorRate);
    QCOMPARE(plan.malformedRate, expected.malformedRate);
    QCOMPARE(plan.truncateRate, expected.truncateRate);
    QCOMPARE(plan.dropRate, expected.dropRate);
    QCOMPARE(plan.throttlingStorm, expected.throttlingStorm);
    QCOMPARE(plan.seed, expected.seed);
    QVERIFY(plan == expected);
    QCOMPARE(plan.isActive(), expected != FaultPlan{});
}

void TestFaultPlan::refusesBadSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown key") << u"latency=300ms,loss-rate=0.1"_s
                                 << u"unknown fault \"loss-rate\"; the known ones are latency, error-rate, "
                                    "malformed-rate, truncate-rate, drop-rate, throttling-storm, seed"_s;
    QTest::newRow("not a number")
        << u"error-rate=often"_s
        << u"error-rate wants a number from 0 to 1, like error-rate=0.05; \"often\" is "
           "not a number"_s;
    QTest::newRow("a percentage")
        << u"drop-rate=5%"_s
        << u"drop-rate wants a number from 0 to 1, like drop-rate=0.05; \"5%\" is not a "
           "number"_s;
    QTest::newRow("not a number either")
        << u"truncate-rate=nan"_s
        << u"truncate-rate wants a number from 0 to 1, like truncate-rate=0.05; "
           "\"nan\" is not a number"_s;
    QTest::newRow("rate above 1") << u"malformed-rate=1.5"_s
                                  << u"malformed-rate must be from 0 to 1, not 1.5"_s;
    QTest::newRow("negative rate") << u"error-rate=-0.1"_s << u"error-rate must be from 0 to 1, not -0.1"_s;
    QTest::newRow("sum above 1") << u"error-rate=0.5,drop-rate=0.4,truncate-rate=0.2"_s
                                 << u"error-rate, malformed-rate, truncate-rate and drop-rate add up to 1.1; "
                                    "together they must not exceed 1"_s;
    QTest::newRow("latency without a unit")
        << u"latency=300"_s
        << u"latency wants a duration in ms or s, like 300ms, 1.5s or 100ms..800ms, not \"300\""_s;
    QTest::newRow("latency in minutes")
        << u"latency=1m"_s
        << u"latency wants a duration in ms or s, like 300ms, 1.5s or 100ms..800ms, not \"1m\""_s;
    QTest::newRow("latency in microseconds")
        << u"latency=300us"_s
        << u"latency wants a duration in ms or s, like 300ms, 1.5s or 100ms..800ms, not \"300us\""_s;
    QTest::newRow("negative latency")
        << u"latency=-5ms"_s
        << u"latency wants a duration in ms or s, like 300ms, 1.5s or 100ms..800ms, not \"-5ms\""_s;
    QTest::newRow("half a range")
        << u"latency=100ms.."_s
        << u"latency wants a duration in ms or s, like 300ms, 1.5s or 100ms..800ms, not \"100ms..\""_s;
    QTest::newRow("backwards range")
        << u"latency=800ms..100ms"_s
        << u"latency range 800ms..100ms runs backwards; write the shorter duration "
           "first"_s;
    QTest::newRow("latency too long") << u"latency=301s"_s << u"latency must not be longer than 300s"_s;
    QTest::newRow("missing value") << u"error-rate"_s << u"error-rate wants a value, like error-rate=0.05"_s;
    QTest::newRow("empty value") << u"latency="_s << u"latency wants a value, like latency=300ms"_s;
    QTest::newRow("empty entry")
        << u"latency=300ms,,drop-rate=0.1"_s
        << u"an empty entry in \"latency=300ms,,drop-rate=0.1\"; separate faults with "
           "single commas"_s;
    QTest::newRow("given twice") << u"drop-rate=0.1,drop-rate=0.2"_s << u"drop-rate is given twice"_s;
    QTest::newRow("bad seed") << u"seed=-3"_s << u"seed wants a non-negative integer, not \"-3\""_s;
    QTest::newRow("bad storm switch")
        << u"throttling-storm=sometimes"_s << u"throttling-storm wants on or off, not \"sometimes\""_s;
}

void TestFaultPlan::refusesBadSpecs()
{
    QFETCH(QString, spec);
    QFETCH(QString, message);
    const std::variant<FaultPlan, QString> parsed = FaultPlan::parse(spec);
    QVERIFY(std::holds_alternative<QString>(parsed));
    QCOMPARE(std::get<QString>(parsed), message);
}

void TestFaultPlan::writesWhatItReadsBack()
{
    QCOMPARE(FaultPlan{}.toString(), QString());
    const QString spec = u"latency=100ms..800ms,error-rate=0.05,malformed-rate=0.02,truncate-rate=0.02,"
                         "drop-rate=0.333,throttling-storm,seed=9"_s;
    const std::variant<FaultPlan, QString> parsed = FaultPlan::parse(spec);
    QVERIFY(std::holds_alternative<FaultPlan>(parsed));
    QCOMPARE(std::get<FaultPlan>(parsed).toString(), spec);

    FaultPlan fixed;
    fixed.minimumLatency = 1500ms;
    fixed.maximumLatency = 1500ms;
    fixed.errorRate = 0.1;
    QCOMPARE(fixed.toString(), u"latency=1500ms,error-rate=0.1,seed=1"_s);
    const std::variant<FaultPlan, QString> again = FaultPlan::parse(fixed.toString());
    QVERIFY(std::holds_alternative<FaultPlan>(again));
    QVERIFY(std::get<FaultPlan>(again) == fixed);
}

QTEST_GUILESS_MAIN(TestFaultPlan)
#include "tst_faultplan.moc"
