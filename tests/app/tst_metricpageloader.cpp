// MetricPageLoader over loopback: a range longer than one CloudMonitor page comes back whole.

#include "metricpageloader.h"
#include "platform/requestscheduler.h"
#include "support/localemulator.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMetricPageLoader : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryPage();
    void cancelledCallsNeverAnswer();
};

void TestMetricPageLoader::readsEveryPage()
{
    EmulatorOptions options;
    options.manualStart = QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);
    options.callsPerMinute = 0;
    LocalEmulator local(options);
    QVERIFY(local.isListening());
    RequestScheduler scheduler(&local.client());
    scheduler.setLimit(6000);
    const EmulatedApplication *gateway =
        local.emulator().fleet().findApplicationNamed(u"prod", u"api-gateway");
    QVERIFY(gateway);
    const int instances = gateway->application.targetInstances;
    QVERIFY(instances >= 2);

    // A day at five minutes: 288 points per instance, more than one page of 1440 for 6 instances.
    MetricQuery query;
    query.metricName = u"cpu"_s;
    query.appId = gateway->application.appId;
    query.end = options.manualStart;
    query.start = query.end.addDays(-1);
    query.periodSeconds = 300;
    QList<quint64> tickets;
    std::optional<ApiResult<MetricPage>> answer;
    MetricPageLoader::loadAll(
        &scheduler, query, RequestScheduler::Priority::Visible, this,
        [&tickets](quint64 ticket) { tickets.append(ticket); },
        [&answer](const ApiResult<MetricPage> &result) { answer = result; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    if (!answer->isOk())
        QFAIL(qPrintable(answer->error().detailedText()));
    const MetricPage &page = answer->value();
    QVERIFY(!page.hasMore());
    QCOMPARE(tickets.size(),
             qsizetype((instances * 288 + MetricPageLoader::pageLength - 1) / MetricPageLoader::pageLength));
    QCOMPARE(page.series.size(), qsizetype(instances));
    for (const MetricSeries &series : page.series) {
        QCOMPARE(series.points.size(), qsizetype(288));
        QCOMPARE(series.points.constLast().timeMs, query.end.toMSecsSinceEpoch());
    }
}

void TestMetricPageLoader::cancelledCallsNeverAnswer()
{
    EmulatorOptions options;
    options.manualStart = QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);
    options.callsPerMinute = 0;
    LocalEmulator local(options);
    RequestScheduler scheduler(&local.client());
    MetricQuery query;
    query.metricName = u"cpu"_s;
    query.appId = local.emulator().fleet().findApplicationNamed(u"prod", u"api-gateway")->application.appId;
    query.end = options.manualStart;
    query.start = query.end.addSecs(-3600);
    bool answered = false;
    MetricPageLoader::loadAll(
        &scheduler, query, RequestScheduler::Priority::Visible, this,
        [&scheduler](quint64 ticket) { scheduler.cancel(ticket); },
        [&answered](const ApiResult<MetricPage> &) { answered = true; });
    QTest::qWait(500);
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(TestMetricPageLoader)
#include "tst_metricpageloader.moc"
