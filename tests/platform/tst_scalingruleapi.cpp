#include "platform/scalingruleapi.h"
#include "support/apitestutils.h"
#include "support/localemulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Pairs = QList<std::pair<QString, QString>>;

QString queryValue(const ApiRequest &request, const QString &name)
{
    for (const auto &[key, value] : request.query) {
        if (key == name)
            return value;
    }
    return u"<absent>"_s;
}

ScalingRule timingRule(const QString &appId, const QString &name)
{
    ScalingRule rule;
    rule.appId = appId;
    rule.name = name;
    rule.type = ScalingRuleType::Timing;
    rule.enabled = false;
    ScalingTimer timer;
    timer.period = u"* * Sat,Sun"_s;
    timer.schedules = {{u"09:00"_s, 6, std::nullopt, std::nullopt},
                       {u"21:00"_s, 3, std::nullopt, std::nullopt}};
    rule.timer = timer;
    return rule;
}

ScalingRule metricRule(const QString &appId, const QString &name)
{
    ScalingRule rule;
    rule.appId = appId;
    rule.name = name;
    rule.type = ScalingRuleType::Metric;
    ScalingMetricPolicy metric;
    metric.minReplicas = 2;
    metric.maxReplicas = 8;
    metric.metrics = {{u"CPU"_s, 60, {}, {}, {}, {}}};
    metric.scaleDown.stabilizationWindowSeconds = 300;
    metric.prometheusToken = u"prometheus-secret"_s; // response-only ([U]): never sent
    rule.metric = metric;
    return rule;
}

} // namespace

/**
 * Scaling-rule calls: the exact requests and summaries, and a create / update / enable / disable /
 * delete round trip against the in-process emulator, with SAE's refusals as Platform errors.
 */
class TestScalingRuleApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void requestShapes();
    void roundTrip();
    void metricRuleRoundTrip();
    void refusalsArePlatformErrors();

private:
    template <typename T>
    ApiResult<T> call(const ApiCall<T> &apiCall)
    {
        return waitForCall(m_local->client(), apiCall);
    }
    const ScalingRule *heldRule(const QString &name) const;

    std::unique_ptr<LocalEmulator> m_local;
    QString m_appId;
};

void TestScalingRuleApi::init()
{
    EmulatorOptions options;
    options.manualStart = QDateTime(QDate(2026, 11, 24), QTime(2, 0, 1), Qt::UTC);
    options.callsPerMinute = 0;
    m_local = std::make_unique<LocalEmulator>(options);
    QVERIFY(m_local->isListening());
    const EmulatedApplication *member =
        m_local->emulator().fleet().findApplicationNamed(u"prod", u"member-service");
    QVERIFY(member);
    m_appId = member->application.appId;
    QVERIFY(m_local->emulator().fleet().findApplication(m_appId)->scalingRules.isEmpty());
    m_local->emulator().clock().advance(1000);
}

void TestScalingRuleApi::cleanup()
{
    m_local.reset();
}

const ScalingRule *TestScalingRuleApi::heldRule(const QString &name) const
{
    for (const ScalingRule &rule : m_local->emulator().fleet().findApplication(m_appId)->scalingRules) {
        if (rule.name == name)
            return &rule;
    }
    return nullptr;
}

void TestScalingRuleApi::requestShapes()
{
    const ApiRequest create = ScalingRuleApi::createScalingRule(timingRule(u"app-1"_s, u"weekend"_s)).request;
    QCOMPARE(create.method, QByteArray("POST"));
    QCOMPARE(create.path, u"/pop/v1/sam/scale/applicationScalingRule"_s);
    QCOMPARE(create.action, u"CreateApplicationScalingRule"_s);
    QVERIFY(create.mutating);
    const QString timer =
        uR"({"beginDate":null,"endDate":null,"period":"* * Sat,Sun","schedules":[{"atTime":"09:00","targetReplicas":6},{"atTime":"21:00","targetReplicas":3}]})"_s;
    QCOMPARE(create.query, (Pairs{{u"AppId"_s, u"app-1"_s},
                                  {u"ScalingRuleName"_s, u"weekend"_s},
                                  {u"ScalingRuleType"_s, u"timing"_s},
                                  {u"ScalingRuleTimer"_s, timer},
                                  {u"MinReadyInstances"_s, u"1"_s},
                                  {u"MinReadyInstanceRatio"_s, u"-1"_s},
                                  {u"ScalingRuleEnable"_s, u"false"_s}}));
    QVERIFY(create.form.isEmpty());
    QCOMPARE(create.summary.value(u"ScalingRuleTimer"_s).toObject(),
             QJsonDocument::fromJson(timer.toUtf8()).object()); // an object, readable in the journal
    QCOMPARE(create.summary.value(u"ScalingRuleEnable"_s), QJsonValue(false));

    const ApiRequest update = ScalingRuleApi::updateScalingRule(metricRule(u"app-1"_s, u"cpu"_s)).request;
    QCOMPARE(update.method, QByteArray("PUT"));
    QCOMPARE(update.action, u"UpdateApplicationScalingRule"_s);
    QVERIFY(update.mutating);
    QCOMPARE(queryValue(update, u"ScalingRuleType"_s), u"metric"_s);
    QCOMPARE(queryValue(update, u"ScalingRuleTimer"_s), u"<absent>"_s);
    QCOMPARE(queryValue(update, u"ScalingRuleEnable"_s), u"<absent>"_s); // Update has no such parameter
    const QJsonObject metric =
        QJsonDocument::fromJson(queryValue(update, u"ScalingRuleMetric"_s).toUtf8()).object();
    QCOMPARE(metric.value(u"maxReplicas"_s).toInt(), 8);
    QCOMPARE(metric.value(u"metrics"_s).toArray().first().toObject().value(u"metricType"_s).toString(),
             u"CPU"_s);
    QVERIFY(!QJsonDocument(update.summary).toJson().contains("prometheus-secret"));
    QVERIFY(!queryValue(update, u"ScalingRuleMetric"_s).contains(u"prometheus-secret"_s));

    // A timing rule does not send a metric part it happens to carry, nor a metric rule its timer.
    ScalingRule mixed = timingRule(u"app-1"_s, u"weekend"_s);
    mixed.metric = metricRule(u"app-1"_s, u"x"_s).metric;
    QCOMPARE(queryValue(ScalingRuleApi::updateScalingRule(mixed).request, u"ScalingRuleMetric"_s),
             u"<absent>"_s);
    mixed.type = ScalingRuleType::Mix;
    QVERIFY(queryValue(ScalingRuleApi::updateScalingRule(mixed).request, u"ScalingRuleMetric"_s)
            != u"<absent>"_s);
    QVERIFY(queryValue(ScalingRuleApi::updateScalingRule(mixed).request, u"ScalingRuleTimer"_s)
            != u"<absent>"_s);

    for (const auto &[apiCall, method, path, action] :
         {std::tuple{ScalingRuleApi::deleteScalingRule(u"app-1"_s, u"weekend"_s), QByteArray("DELETE"),
                     u"/pop/v1/sam/scale/applicationScalingRule"_s, u"DeleteApplicationScalingRule"_s},
          std::tuple{ScalingRuleApi::enableScalingRule(u"app-1"_s, u"weekend"_s), QByteArray("PUT"),
                     u"/pop/v1/sam/scale/enableApplicationScalingRule"_s, u"EnableApplicationScalingRule"_s},
          std::tuple{ScalingRuleApi::disableScalingRule(u"app-1"_s, u"weekend"_s), QByteArray("PUT"),
                     u"/pop/v1/sam/scale/disableApplicationScalingRule"_s,
                     u"DisableApplicationScalingRule"_s}}) {
        QCOMPARE(apiCall.request.method, method);
        QCOMPARE(apiCall.request.path, path);
        QCOMPARE(apiCall.request.action, action);
        QVERIFY(apiCall.request.mutating);
        QCOMPARE(apiCall.request.query,
                 (Pairs{{u"AppId"_s, u"app-1"_s}, {u"ScalingRuleName"_s, u"weekend"_s}}));
        QCOMPARE(apiCall.request.summary,
                 (QJsonObject{{u"AppId"_s, u"app-1"_s}, {u"ScalingRuleName"_s, u"weekend"_s}}));
    }

    const ApiRequest list = ScalingRuleApi::describeScalingRules(u"app-1"_s).request;
    QCOMPARE(list.method, QByteArray("GET"));
    QCOMPARE(list.path, u"/pop/v1/sam/scale/applicationScalingRules"_s);
    QVERIFY(!list.mutating);
    QCOMPARE(list.query, (Pairs{{u"AppId"_s, u"app-1"_s}}));
    const ApiRequest one = ScalingRuleApi::describeScalingRule(u"app-1"_s, u"weekend"_s).request;
    QCOMPARE(one.method, QByteArray("GET"));
    QCOMPARE(one.action, u"DescribeApplicationScalingRule"_s);
    QVERIFY(!one.mutating);
}

void TestScalingRuleApi::roundTrip()
{
    const ScalingRule sent = timingRule(m_appId, u"weekend"_s);
    const ApiResult<ScalingRule> created = call(ScalingRuleApi::createScalingRule(sent));
    QVERIFY2(created.isOk(), qPrintable(created.isOk() ? QString() : created.error().detailedText()));
    QCOMPARE(created.value().name, u"weekend"_s);
    QCOMPARE(created.value().appId, m_appId);
    QCOMPARE(created.value().type, ScalingRuleType::Timing);
    QCOMPARE(created.value().enabled, false);
    QCOMPARE(created.value().timer->schedules, sent.timer->schedules);
    QCOMPARE(created.value().timer->period, u"* * Sat,Sun"_s);
    QVERIFY(created.value().createdAt.isValid());
    QVERIFY(heldRule(u"weekend"_s));

    const ApiResult<ScalingRule> described = call(ScalingRuleApi::describeScalingRule(m_appId, u"weekend"_s));
    QVERIFY(described.isOk());
    QCOMPARE(described.value(), created.value());

    ScalingRule changed = sent;
    changed.timer->schedules = {{u"08:00"_s, 8, std::nullopt, std::nullopt}};
    const ApiResult<ScalingRule> updated = call(ScalingRuleApi::updateScalingRule(changed));
    QVERIFY(updated.isOk());
    QCOMPARE(updated.value().timer->schedules.size(), 1);
    QCOMPARE(heldRule(u"weekend"_s)->timer->schedules.first().targetReplicas, std::optional(8));

    const ApiResult<QList<ScalingRule>> listed = call(ScalingRuleApi::describeScalingRules(m_appId));
    QVERIFY(listed.isOk());
    QCOMPARE(listed.value().size(), 1);
    QCOMPARE(listed.value().first().timer->schedules.first().atTime, u"08:00"_s);

    const ApiResult<Acknowledgement> enabled = call(ScalingRuleApi::enableScalingRule(m_appId, u"weekend"_s));
    QVERIFY(enabled.isOk());
    QVERIFY(!enabled.value().requestId.isEmpty());
    QCOMPARE(heldRule(u"weekend"_s)->enabled, true);
    QCOMPARE(call(ScalingRuleApi::describeScalingRule(m_appId, u"weekend"_s)).value().enabled, true);

    QVERIFY(call(ScalingRuleApi::disableScalingRule(m_appId, u"weekend"_s)).isOk());
    const ApiResult<ScalingRule> disabled = call(ScalingRuleApi::describeScalingRule(m_appId, u"weekend"_s));
    QCOMPARE(disabled.value().enabled, false);
    QVERIFY(disabled.value().lastDisabledAt.isValid());

    const ApiResult<Acknowledgement> deleted = call(ScalingRuleApi::deleteScalingRule(m_appId, u"weekend"_s));
    QVERIFY(deleted.isOk());
    QVERIFY(!heldRule(u"weekend"_s));
    const ApiResult<ScalingRule> gone = call(ScalingRuleApi::describeScalingRule(m_appId, u"weekend"_s));
    QVERIFY(!gone.isOk());
    QCOMPARE(gone.error().kind, ApiError::Kind::Platform);
    QCOMPARE(gone.error().code, u"InvalidScalingRuleName.NotFound"_s);
    QCOMPARE(gone.error().httpStatus, 400);
    QVERIFY(!gone.error().requestId.isEmpty());
    QCOMPARE(call(ScalingRuleApi::describeScalingRules(m_appId)).value().size(), 0);
}

void TestScalingRuleApi::metricRuleRoundTrip()
{
    const ApiResult<ScalingRule> created =
        call(ScalingRuleApi::createScalingRule(metricRule(m_appId, u"cpu"_s)));
    QVERIFY2(created.isOk(), qPrintable(created.isOk() ? QString() : created.error().detailedText()));
    QCOMPARE(created.value().type, ScalingRuleType::Metric);
    QVERIFY(!created.value().timer.has_value());
    QCOMPARE(created.value().metric->minReplicas, std::optional(2));
    QCOMPARE(created.value().metric->maxReplicas, std::optional(8));
    QCOMPARE(created.value().metric->metrics.size(), 1);
    QCOMPARE(created.value().metric->metrics.first().targetAverageUtilization, 60);
    QCOMPARE(created.value().metric->scaleDown.stabilizationWindowSeconds, 300);
    QCOMPARE(created.value().metric->prometheusToken, QString()); // it was not sent

    const ApiResult<QList<ScalingRule>> listed = call(ScalingRuleApi::describeScalingRules(m_appId));
    QVERIFY(listed.isOk());
    QVERIFY(listed.value().first().metricsStatus.has_value()); // Describe reports the live metrics
}

void TestScalingRuleApi::refusalsArePlatformErrors()
{
    QVERIFY(call(ScalingRuleApi::createScalingRule(timingRule(m_appId, u"weekend"_s))).isOk());
    const ApiResult<ScalingRule> duplicate =
        call(ScalingRuleApi::createScalingRule(timingRule(m_appId, u"weekend"_s)));
    QVERIFY(!duplicate.isOk());
    QCOMPARE(duplicate.error().kind, ApiError::Kind::Platform);
    QCOMPARE(duplicate.error().code, u"InstanceExist.ScalingRuleName"_s);
    QCOMPARE(duplicate.error().httpStatus, 400);
    QVERIFY(!duplicate.error().requestId.isEmpty());

    ScalingRule badTime = timingRule(m_appId, u"nights"_s);
    badTime.timer->schedules = {{u"25:00"_s, 2, std::nullopt, std::nullopt}};
    const ApiResult<ScalingRule> refused = call(ScalingRuleApi::createScalingRule(badTime));
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().code, u"InvalidScalingRuleTime.Format"_s);
    QVERIFY(!refused.error().requestId.isEmpty());

    const ApiResult<Acknowledgement> unknown =
        call(ScalingRuleApi::enableScalingRule(m_appId, u"no-such-rule"_s));
    QVERIFY(!unknown.isOk());
    QCOMPARE(unknown.error().code, u"InvalidScalingRuleName.NotFound"_s);

    const ApiResult<Acknowledgement> noApp =
        call(ScalingRuleApi::deleteScalingRule(u"no-such-app"_s, u"weekend"_s));
    QVERIFY(!noApp.isOk());
    QCOMPARE(noApp.error().code, u"InvalidAppId.NotFound"_s);
    QCOMPARE(noApp.error().httpStatus, 404);
}

QTEST_GUILESS_MAIN(TestScalingRuleApi)
#include "tst_scalingruleapi.moc"
