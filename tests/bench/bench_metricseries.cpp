// What one DescribeMetricList costs the emulator: the prod api-gateway's six instances from the
// load model, for the ranges the console's charts ask for. QBENCHMARK prints the time per call;
// nothing is asserted about it.

#include "emulator/emulator.h"
#include "emulator/loadmodel.h"
#include "emulator/metricseriesbuilder.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class BenchMetricSeries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void series_data();
    void series();

private:
    std::unique_ptr<Emulator> m_emulator;
    const EmulatedApplication *m_gateway = nullptr;
};

void BenchMetricSeries::initTestCase()
{
    EmulatorOptions options;
    options.manualStart = QDateTime(QDate(2026, 11, 27), QTime(21, 0), QTimeZone(8 * 3600)).toUTC();
    m_emulator = std::make_unique<Emulator>(options);
    m_gateway = m_emulator->fleet().findApplicationNamed(u"prod", u"api-gateway");
    QVERIFY(m_gateway);
}

void BenchMetricSeries::series_data()
{
    QTest::addColumn<int>("hours");
    QTest::addColumn<int>("period");
    QTest::newRow("1 h by the minute") << 1 << 60;
    QTest::newRow("24 h by 5 minutes") << 24 << 300;
    QTest::newRow("7 d by the hour") << 24 * 7 << 3600;
    QTest::newRow("7 d by the minute") << 24 * 7 << 60;
}

void BenchMetricSeries::series()
{
    QFETCH(int, hours);
    QFETCH(int, period);
    const QDateTime now = m_emulator->clock().now();
    qsizetype points = 0;
    QBENCHMARK
    {
        points = MetricSeriesBuilder::build(m_emulator->loadModel(), *m_gateway, CloudMonitorMetric::Cpu, {},
                                            now.addSecs(-3600LL * hours), now, period, now)
                     .size();
    }
    qInfo("%lld points", qlonglong(points));
}

QTEST_GUILESS_MAIN(BenchMetricSeries)
#include "bench_metricseries.moc"
