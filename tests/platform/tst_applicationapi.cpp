#include "emulator/emulatedapplication.h"
#include "platform/applicationapi.h"
#include "support/apitestutils.h"
#include "support/localemulator.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// The error of a call that must fail; a default (Network) error when it did not.
template <typename T>
ApiError failureOf(const ApiResult<T> &result)
{
    return result.isOk() ? ApiError() : result.error();
}

} // namespace

/**
 * ApplicationApi against the in-process emulator: each read returns what the fleet holds, for
 * every application of the retail fleet.
 */
class TestApplicationApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void configIsTheFleets();
    void configOfAnEarlierVersion();
    void statusIsTheFleets();
    void statusFollowsAChangeOrder();
    void versionsAreTheFleets();
    void unknownApplicationIsNotFound();

private:
    static EmulatorOptions options();
    std::unique_ptr<LocalEmulator> m_local;
};

EmulatorOptions TestApplicationApi::options()
{
    EmulatorOptions options;
    options.manualStart = QDateTime(QDate(2026, 11, 24), QTime(2, 0, 1), Qt::UTC); // 10:00 in Shenzhen
    options.callsPerMinute = 0; // every application, several calls each
    return options;
}

void TestApplicationApi::init()
{
    m_local = std::make_unique<LocalEmulator>(options());
    QVERIFY(m_local->isListening());
}

void TestApplicationApi::cleanup()
{
    m_local.reset();
}

void TestApplicationApi::configIsTheFleets()
{
    const Fleet &fleet = m_local->emulator().fleet();
    QVERIFY(fleet.applications.size() >= 20);
    int probed = 0;
    for (const EmulatedApplication &emulated : fleet.applications) {
        const Application &app = emulated.application;
        const auto result =
            waitForCall(m_local->client(), ApplicationApi::describeApplicationConfig(app.appId));
        QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().detailedText()));
        const ApplicationConfig &config = result.value();
        QCOMPARE(config.appId, app.appId);
        QCOMPARE(config.appName, app.appName);
        QCOMPARE(config.namespaceId, app.namespaceId);
        QCOMPARE(config.packageType, app.appType);
        QCOMPARE(config.programmingLanguage, app.programmingLanguage);
        QCOMPARE(config.cpuMillicores, app.cpuMillicores);
        QCOMPARE(config.memoryMb, app.memoryMb);
        QCOMPARE(config.replicas, app.targetInstances);
        QCOMPARE(config.jdk, emulated.group.jdk);
        QCOMPARE(config.webContainer, emulated.group.webContainer);
        const EmulatedAppVersion &current = emulated.versions.constLast();
        QCOMPARE(config.imageUrl, current.imageUrl.isEmpty() ? app.imageUrl : current.imageUrl);
        QCOMPARE(config.packageVersion, current.version);
        QCOMPARE(config.vSwitchId,
                 emulated.instances.isEmpty() ? QString() : emulated.instances.constFirst().vSwitchId);
        QVERIFY(config.updateStrategy.has_value());
        const bool withProbes =
            std::none_of(emulated.instances.cbegin(), emulated.instances.cend(), [](const Instance &i) {
                return i.health == InstanceHealth::WithoutHealthCheckConfig;
            });
        QCOMPARE(config.liveness.isConfigured(), withProbes);
        QCOMPARE(config.readiness.isConfigured(), withProbes);
        if (withProbes) {
            ++probed;
            QCOMPARE(config.readiness.type, HealthProbe::Type::HttpGet);
            QCOMPARE(config.readiness.path, u"/actuator/health"_s);
            QCOMPARE(config.readiness.port, 8080);
        }
    }
    QVERIFY(probed > 0);
}

void TestApplicationApi::configOfAnEarlierVersion()
{
    // A deploy by hand (the typed mutations are another group's) gives an application a second version.
    const Fleet &fleet = m_local->emulator().fleet();
    const auto healthy = std::find_if(
        fleet.applications.cbegin(), fleet.applications.cend(), [&fleet](const EmulatedApplication &a) {
            return a.application.appType == u"Image" && a.application.targetInstances >= 2
                   && a.versions.size() == 1 && !fleet.runningChangeOrder(a.application.appId)
                   && std::all_of(a.instances.cbegin(), a.instances.cend(), [](const Instance &i) {
                          return i.status == InstanceStatus::Running && !isFailure(i.health);
                      });
        });
    QVERIFY(healthy != fleet.applications.cend());
    const QString appId = healthy->application.appId;
    const EmulatedAppVersion before = healthy->versions.constFirst();
    const QString newImage = healthy->application.imageUrl.section(u':', 0, -2) + u":9.9.9"_s;
    const QString strategy =
        uR"({"type":"BatchUpdate","batchUpdate":{"batch":2,"releaseType":"auto","batchWaitTime":0}})"_s;
    ApiRequest deploy;
    deploy.method = "POST";
    deploy.path = u"/pop/v1/sam/app/deployApplication"_s;
    deploy.action = u"DeployApplication"_s;
    deploy.mutating = true;
    deploy.addQuery(u"AppId"_s, appId)
        .addQuery(u"PackageType"_s, u"Image"_s)
        .addQuery(u"ImageUrl"_s, newImage)
        .addQuery(u"MinReadyInstances"_s, 1)
        .addQuery(u"UpdateStrategy"_s, strategy);
    const auto started = waitForCall(
        m_local->client(),
        ApiCall<QJsonObject>{deploy, [](const QJsonObject &body) { return ApiResult<QJsonObject>(body); }});
    QVERIFY2(started.isOk(), qPrintable(started.isOk() ? QString() : started.error().detailedText()));
    m_local->emulator().clock().advance(60 * 60 * 1000);
    m_local->emulator().advance();
    QCOMPARE(fleet.findApplication(appId)->versions.size(), 2);

    const auto versions = waitForCall(m_local->client(), ApplicationApi::listAppVersions(appId));
    QVERIFY(versions.isOk());
    QCOMPARE(versions.value().size(), 2);
    QCOMPARE(versions.value().last().versionId, before.versionId); // newest first

    const auto now = waitForCall(m_local->client(), ApplicationApi::describeApplicationConfig(appId));
    QVERIFY(now.isOk());
    QCOMPARE(now.value().imageUrl, newImage);
    QCOMPARE(now.value().packageVersion, u"9.9.9"_s);
    QCOMPARE(now.value().updateStrategyJson, fleet.lastChangeOrder(appId)->order.updateStrategyJson);
    QCOMPARE(now.value().updateStrategy,
             std::optional(std::get<UpdateStrategy>(UpdateStrategy::parse(strategy))));

    const auto then =
        waitForCall(m_local->client(), ApplicationApi::describeApplicationConfig(appId, before.versionId));
    QVERIFY(then.isOk());
    QCOMPARE(then.value().imageUrl, before.imageUrl);
    QCOMPARE(then.value().packageVersion, before.version);
    QVERIFY(then.value() != now.value());

    const ApiError unknown = failureOf(waitForCall(
        m_local->client(), ApplicationApi::describeApplicationConfig(appId, u"no-such-version"_s)));
    QCOMPARE(unknown.kind, ApiError::Kind::Platform);
    QCOMPARE(unknown.code, u"InvalidParameter.Obviously"_s);
}

void TestApplicationApi::statusIsTheFleets()
{
    const Fleet &fleet = m_local->emulator().fleet();
    for (const EmulatedApplication &emulated : fleet.applications) {
        const Application &app = emulated.application;
        const auto result =
            waitForCall(m_local->client(), ApplicationApi::describeApplicationStatus(app.appId));
        QVERIFY(result.isOk());
        const ApplicationStatus &status = result.value();
        QCOMPARE(status.appId, app.appId);
        QCOMPARE(status.currentStatus, app.targetInstances == 0 ? ApplicationStatus::State::Stopped
                                                                : ApplicationStatus::State::Running);
        QCOMPARE(status.runningInstances, app.runningInstances);
        QCOMPARE(status.createdAt, emulated.createdAt.toUTC());
        const EmulatedChangeOrder *last = fleet.lastChangeOrder(app.appId);
        QCOMPARE(status.lastChangeOrderId, last ? last->order.changeOrderId : QString());
        QCOMPARE(status.lastChangeOrderRunning, last && last->order.isRunning());
        QCOMPARE(status.lastChangeOrderStatus, last ? std::optional(last->order.status) : std::nullopt);
        QCOMPARE(status.subStatus, last && last->order.subStatus == 1
                                       ? ApplicationStatus::ReleaseHealth::RunningButHasError
                                       : ApplicationStatus::ReleaseHealth::Normal);
    }
}

void TestApplicationApi::statusFollowsAChangeOrder()
{
    const Fleet &fleet = m_local->emulator().fleet();
    const auto idle = std::find_if(
        fleet.applications.cbegin(), fleet.applications.cend(), [&fleet](const EmulatedApplication &a) {
            return a.application.targetInstances > 0 && !fleet.runningChangeOrder(a.application.appId);
        });
    QVERIFY(idle != fleet.applications.cend());
    const EmulatedApplication &emulated = *idle;
    const QString appId = emulated.application.appId;
    // A rescale made by hand (the typed mutations are another group's): a change order starts.
    ApiRequest rescale;
    rescale.method = "PUT";
    rescale.path = u"/pop/v1/sam/app/rescaleApplication"_s;
    rescale.action = u"RescaleApplication"_s;
    rescale.mutating = true;
    rescale.addQuery(u"AppId"_s, appId).addQuery(u"Replicas"_s, emulated.application.targetInstances + 1);
    const auto started = waitForCall(
        m_local->client(),
        ApiCall<QJsonObject>{rescale, [](const QJsonObject &body) { return ApiResult<QJsonObject>(body); }});
    QVERIFY2(started.isOk(), qPrintable(started.isOk() ? QString() : started.error().detailedText()));
    const QString changeOrderId =
        started.value().value(u"Data"_s).toObject().value(u"ChangeOrderId"_s).toString();
    QVERIFY(!changeOrderId.isEmpty());

    const auto running = waitForCall(m_local->client(), ApplicationApi::describeApplicationStatus(appId));
    QVERIFY(running.isOk());
    QCOMPARE(running.value().lastChangeOrderId, changeOrderId);
    const EmulatedChangeOrder *order = m_local->emulator().fleet().lastChangeOrder(appId);
    QVERIFY(order);
    QCOMPARE(running.value().lastChangeOrderRunning, order->order.isRunning());
    QCOMPARE(running.value().lastChangeOrderStatusText, lastChangeOrderStatusText(order->order.status));

    m_local->emulator().clock().advance(30 * 60 * 1000); // long enough for any rescale
    const auto done = waitForCall(m_local->client(), ApplicationApi::describeApplicationStatus(appId));
    QVERIFY(done.isOk());
    QCOMPARE(done.value().lastChangeOrderId, changeOrderId);
    QCOMPARE(done.value().lastChangeOrderRunning, false);
    QCOMPARE(done.value().lastChangeOrderStatus, std::optional(ChangeOrderStatus::Succeeded));
    QCOMPARE(done.value().runningInstances,
             m_local->emulator().fleet().findApplication(appId)->application.runningInstances);
}

void TestApplicationApi::versionsAreTheFleets()
{
    const Fleet &fleet = m_local->emulator().fleet();
    for (const EmulatedApplication &emulated : fleet.applications) {
        const auto result =
            waitForCall(m_local->client(), ApplicationApi::listAppVersions(emulated.application.appId));
        QVERIFY(result.isOk());
        const QList<AppVersion> &versions = result.value();
        QCOMPARE(versions.size(), emulated.versions.size());
        for (qsizetype i = 0; i < versions.size(); ++i) {
            const EmulatedAppVersion &truth =
                emulated.versions.at(emulated.versions.size() - 1 - i); // newest first
            QCOMPARE(versions[i].versionId, truth.versionId);
            QCOMPARE(versions[i].type,
                     truth.imageUrl.isEmpty() ? AppVersion::Type::Package : AppVersion::Type::Image);
            QCOMPARE(versions[i].createdAt,
                     QDateTime::fromMSecsSinceEpoch(truth.createdAt.toMSecsSinceEpoch(), Qt::UTC));
            QCOMPARE(versions[i].buildPackageUrl, truth.packageUrl);
        }
    }
}

void TestApplicationApi::unknownApplicationIsNotFound()
{
    const QString nowhere = u"00000000-0000-0000-0000-000000000000"_s;
    const QList<ApiError> errors{
        failureOf(waitForCall(m_local->client(), ApplicationApi::describeApplicationConfig(nowhere))),
        failureOf(waitForCall(m_local->client(), ApplicationApi::describeApplicationStatus(nowhere))),
        failureOf(waitForCall(m_local->client(), ApplicationApi::listAppVersions(nowhere))),
    };
    for (const ApiError &error : errors) {
        QCOMPARE(error.kind, ApiError::Kind::Platform);
        QCOMPARE(error.code, u"InvalidAppId.NotFound"_s);
        QCOMPARE(error.httpStatus, 404);
        QVERIFY(!error.requestId.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestApplicationApi)
#include "tst_applicationapi.moc"
