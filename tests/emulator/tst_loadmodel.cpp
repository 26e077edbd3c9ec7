#include "emulator/emulatedapplication.h"
#include "emulator/loadmodel.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

/** The load model: a retail day, a weekend, a Friday flash sale, per-instance noise, sharing. */
class TestLoadModel : public QObject
{
    Q_OBJECT

private slots:
    void retailDay();
    void weekendAndFlashSale();
    void sharedByTheServingInstances();
    void deterministicNoiseDiffersPerInstance();
    void instancesThatDoNotServe();
    void crashLoopRestartsCountBack();

private:
    static QDateTime chinaTime(int year, int month, int day, int hour, int minute = 0);
    static EmulatedApplication javaApplication();
    static InstanceSpan servingSpan(const QString &id);
};

QDateTime TestLoadModel::chinaTime(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(8 * 3600)).toUTC();
}

EmulatedApplication TestLoadModel::javaApplication()
{
    EmulatedApplication application;
    application.application.appId = u"app-1"_s;
    application.application.programmingLanguage = u"java"_s;
    application.application.cpuMillicores = 2000;
    application.peakRequestsPerSecond = 6 * LoadModel::capacityPerInstance(application.application) * 0.55;
    return application;
}

InstanceSpan TestLoadModel::servingSpan(const QString &id)
{
    const QDateTime longAgo = chinaTime(2026, 11, 1, 0);
    return {id, longAgo, QDateTime(), longAgo.addSecs(30), InstanceFate::Healthy};
}

void TestLoadModel::retailDay()
{
    // Tuesday 24 November 2026, China time.
    const double night = LoadModel::demandFactor(chinaTime(2026, 11, 24, 4));
    const double morning = LoadModel::demandFactor(chinaTime(2026, 11, 24, 9));
    const double lunch = LoadModel::demandFactor(chinaTime(2026, 11, 24, 12));
    const double afternoon = LoadModel::demandFactor(chinaTime(2026, 11, 24, 15));
    const double evening = LoadModel::demandFactor(chinaTime(2026, 11, 24, 20, 30));
    QCOMPARE(evening, 1.0);
    QVERIFY(night < 0.1);
    QVERIFY(night < morning && morning < lunch);
    QVERIFY(afternoon < lunch);
    QVERIFY(lunch < evening);
    // The day wraps without a jump at midnight.
    QCOMPARE(LoadModel::demandFactor(chinaTime(2026, 11, 24, 0)),
             LoadModel::demandFactor(chinaTime(2026, 11, 23, 23, 59).addSecs(60)));
}

void TestLoadModel::weekendAndFlashSale()
{
    const double thursdayEvening = LoadModel::demandFactor(chinaTime(2026, 11, 26, 20, 10));
    const double fridaySale = LoadModel::demandFactor(chinaTime(2026, 11, 27, 20, 10));
    const double fridayLate = LoadModel::demandFactor(chinaTime(2026, 11, 27, 23, 30));
    const double thursdayLate = LoadModel::demandFactor(chinaTime(2026, 11, 26, 23, 30));
    QVERIFY2(fridaySale > 2 * thursdayEvening,
             qPrintable(u"%1 vs %2"_s.arg(fridaySale).arg(thursdayEvening)));
    QCOMPARE(fridayLate, thursdayLate); // the sale is over by then
    QVERIFY(LoadModel::demandFactor(chinaTime(2026, 11, 27, 19, 50))
            < LoadModel::demandFactor(chinaTime(2026, 11, 27, 19, 58))); // ramps up

    const double saturdayMorning = LoadModel::demandFactor(chinaTime(2026, 11, 28, 8));
    const double weekdayMorning = LoadModel::demandFactor(chinaTime(2026, 11, 24, 8));
    const double saturdayEvening = LoadModel::demandFactor(chinaTime(2026, 11, 28, 21, 30));
    QVERIFY(saturdayMorning < weekdayMorning); // a lie-in
    QVERIFY(saturdayEvening > 1.1);            // and a bigger evening
}

void TestLoadModel::sharedByTheServingInstances()
{
    const LoadModel model(1);
    const EmulatedApplication application = javaApplication();
    const QDateTime at = chinaTime(2026, 11, 24, 20, 30);
    const InstanceSpan span = servingSpan(u"gateway-abc-1"_s);
    const std::optional<InstanceSample> six = model.sample(application, span, 6, at, 0, at);
    const std::optional<InstanceSample> twelve = model.sample(application, span, 12, at, 0, at);
    QVERIFY(six && twelve);
    QVERIFY(six->requestsPerSecond && twelve->requestsPerSecond);
    QVERIFY(qAbs(*six->requestsPerSecond - 2 * *twelve->requestsPerSecond) < 0.01 * *six->requestsPerSecond);
    QVERIFY2(six->cpuPercent > 40 && six->cpuPercent < 65, qPrintable(QString::number(six->cpuPercent)));
    QVERIFY(twelve->cpuPercent < six->cpuPercent * 0.6);
    QVERIFY(*twelve->responseTimeMs < *six->responseTimeMs);

    // Two instances cannot carry an evening: CPU saturates, response times climb.
    const std::optional<InstanceSample> two = model.sample(application, span, 2, at, 0, at);
    QCOMPARE(two->cpuPercent, 100.0);
    QVERIFY(*two->responseTimeMs > 4 * *six->responseTimeMs);
    QVERIFY(two->memoryPercent > six->memoryPercent - 10);
    QVERIFY(two->memoryPercent <= 99);
}

void TestLoadModel::deterministicNoiseDiffersPerInstance()
{
    const LoadModel model(7);
    const LoadModel sameSeed(7);
    const LoadModel otherSeed(8);
    const QDateTime at = chinaTime(2026, 11, 24, 14, 7);
    QCOMPARE(model.noise(u"a"_s, at, 1), sameSeed.noise(u"a"_s, at, 1));
    QVERIFY(model.noise(u"a"_s, at, 1) != model.noise(u"b"_s, at, 1));
    QVERIFY(model.noise(u"a"_s, at, 1) != otherSeed.noise(u"a"_s, at, 1));
    double previous = model.noise(u"a"_s, at, 1);
    double steps = 0;
    double spread = 0;
    constexpr int minutes = 24 * 60;
    for (int minute = 1; minute < minutes; ++minute) {
        const double value = model.noise(u"a"_s, at.addSecs(minute * 60), 1);
        QVERIFY(value >= -1 && value <= 1);
        steps += qAbs(value - previous);
        spread += qAbs(value);
        previous = value;
    }
    // Smooth, not white noise: a minute moves it much less than its typical size.
    QVERIFY2(steps / minutes < 0.5 * spread / minutes, qPrintable(u"%1 %2"_s.arg(steps).arg(spread)));
}

void TestLoadModel::instancesThatDoNotServe()
{
    const LoadModel model(1);
    const EmulatedApplication application = javaApplication();
    const QDateTime at = chinaTime(2026, 11, 24, 20, 30);

    InstanceSpan starting = servingSpan(u"new"_s);
    starting.from = at.addSecs(-10);
    starting.readyAt = QDateTime();
    QVERIFY(!model.sample(application, starting, 6, at, 0, at)); // still starting

    InstanceSpan notReady = servingSpan(u"sick"_s);
    notReady.fate = InstanceFate::ReadinessFailure;
    const std::optional<InstanceSample> sick = model.sample(application, notReady, 6, at, 2, at);
    QVERIFY(sick);
    QVERIFY(!sick->requestsPerSecond); // out of the load balancer
    QVERIFY(sick->cpuPercent < 5);
    QCOMPARE(sick->restarts, 2.0);

    InstanceSpan unschedulable = servingSpan(u"pending"_s);
    unschedulable.fate = InstanceFate::Unschedulable;
    QVERIFY(!model.sample(application, unschedulable, 6, at, 0, at));

    InstanceSpan gone = servingSpan(u"gone"_s);
    gone.until = at.addSecs(-60);
    QVERIFY(!model.sample(application, gone, 6, at, 0, at));
    QVERIFY(model.sample(application, gone, 6, at.addSecs(-120), 0, at));
}

void TestLoadModel::crashLoopRestartsCountBack()
{
    const LoadModel model(1);
    const EmulatedApplication application = javaApplication();
    const QDateTime now = chinaTime(2026, 11, 24, 20, 30);
    InstanceSpan span = servingSpan(u"crash"_s);
    span.fate = InstanceFate::CrashLoop;
    span.from = now.addSecs(-4 * 3600); // 40 restarts in four hours
    const double restartsNow = model.sample(application, span, 5, now, 40, now)->restarts;
    const double restartsHourAgo = model.sample(application, span, 5, now.addSecs(-3600), 40, now)->restarts;
    QCOMPARE(restartsNow, 40.0);
    QVERIFY(restartsHourAgo <= restartsNow - 10);
    QVERIFY(restartsHourAgo >= restartsNow - 11); // never faster than one per back-off cycle
    QCOMPARE(model.sample(application, span, 5, now.addSecs(-4 * 3600), 40, now)->restarts, 0.0);
    QVERIFY(!model.sample(application, span, 5, now, 40, now)->requestsPerSecond);
}

QTEST_GUILESS_MAIN(TestLoadModel)
#include "tst_loadmodel.moc"
