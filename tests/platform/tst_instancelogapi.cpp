#include "emulator/containerhistory.h"
#include "emulator/fleet.h"
#include "emulator/instancelogwriter.h"
#include "platform/instancelogapi.h"
#include "support/apitestutils.h"
#include "support/localemulator.h"

#include <QTest>

using namespace Qt::StringLiterals;

/** InstanceLogApi against the in-process emulator: the log is the one the fleet's instance wrote. */
class TestInstanceLogApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void currentLogIsTheInstances();
    void previousLogIsTheRunBeforeTheRestart();
    void refusalsAreErrors();

private:
    struct Found
    {
        const EmulatedApplication *application = nullptr;
        const Instance *instance = nullptr;
    };
    /// The first instance for which `wanted` holds.
    template <typename Predicate>
    Found find(Predicate wanted) const;

    std::unique_ptr<LocalEmulator> m_local;
};

void TestInstanceLogApi::init()
{
    EmulatorOptions options;
    options.manualStart = QDateTime(QDate(2026, 11, 24), QTime(2, 0, 1), Qt::UTC);
    options.callsPerMinute = 0;
    m_local = std::make_unique<LocalEmulator>(options);
    QVERIFY(m_local->isListening());
    m_local->emulator().clock().advance(20 * 60 * 1000);
    m_local->emulator().advance();
}

void TestInstanceLogApi::cleanup()
{
    m_local.reset();
}

template <typename Predicate>
TestInstanceLogApi::Found TestInstanceLogApi::find(Predicate wanted) const
{
    for (const EmulatedApplication &application : m_local->emulator().fleet().applications) {
        for (const Instance &instance : application.instances) {
            if (wanted(application, instance))
                return {&application, &instance};
        }
    }
    return {};
}

void TestInstanceLogApi::currentLogIsTheInstances()
{
    const QDateTime now = m_local->emulator().clock().now();
    int compared = 0;
    for (const EmulatedApplication &application : m_local->emulator().fleet().applications) {
        for (const Instance &instance : application.instances) {
            const std::optional<ContainerHistory::Run> run =
                ContainerHistory(application, instance).current(now);
            if (!run)
                continue; // not started: the platform refuses (see refusalsAreErrors)
            const auto result =
                waitForCall(m_local->client(), InstanceLogApi::describeInstanceLog(instance.instanceId));
            QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().detailedText()));
            QCOMPARE(result.value().instanceId, instance.instanceId);
            QCOMPARE(result.value().run, InstanceLog::Run::Current);
            QVERIFY(result.value().containerId.isEmpty());
            QCOMPARE(result.value().text, InstanceLogWriter(application, instance).write(*run, now));
            QVERIFY(!result.value().text.isEmpty());
            if (++compared == 12)
                return; // enough of them: the logs are long
        }
    }
    QCOMPARE(compared, 12);
}

void TestInstanceLogApi::previousLogIsTheRunBeforeTheRestart()
{
    const QDateTime now = m_local->emulator().clock().now();
    const Found restarted = find([&now](const EmulatedApplication &application, const Instance &instance) {
        return instance.restarts > 0 && ContainerHistory(application, instance).previous(now).has_value();
    });
    QVERIFY2(restarted.instance, "no instance of the fleet has restarted");
    const auto result =
        waitForCall(m_local->client(), InstanceLogApi::describeInstanceLog(restarted.instance->instanceId,
                                                                           InstanceLog::Run::Previous));
    QVERIFY(result.isOk());
    QCOMPARE(result.value().run, InstanceLog::Run::Previous);
    const ContainerHistory history(*restarted.application, *restarted.instance);
    QCOMPARE(
        result.value().text,
        InstanceLogWriter(*restarted.application, *restarted.instance).write(*history.previous(now), now));
    const auto current =
        waitForCall(m_local->client(), InstanceLogApi::describeInstanceLog(restarted.instance->instanceId));
    QVERIFY(current.isOk());
    QVERIFY(current.value().text != result.value().text);
}

void TestInstanceLogApi::refusalsAreErrors()
{
    const QDateTime now = m_local->emulator().clock().now();
    const Found steady = find([&now](const EmulatedApplication &application, const Instance &instance) {
        return instance.restarts == 0 && ContainerHistory(application, instance).current(now).has_value();
    });
    QVERIFY(steady.instance);
    const auto noPrevious =
        waitForCall(m_local->client(), InstanceLogApi::describeInstanceLog(steady.instance->instanceId,
                                                                           InstanceLog::Run::Previous));
    QVERIFY(!noPrevious.isOk());
    QCOMPARE(noPrevious.error().kind, ApiError::Kind::Platform);
    QCOMPARE(noPrevious.error().httpStatus, 400);
    QVERIFY(noPrevious.error().message.contains(u"previous terminated container"_s));

    const auto sidecar = waitForCall(
        m_local->client(), InstanceLogApi::describeInstanceLog(steady.instance->instanceId,
                                                               InstanceLog::Run::Current, u"sidecar-1"_s));
    QVERIFY(!sidecar.isOk());
    QCOMPARE(sidecar.error().code, u"InvalidParameter.Obviously"_s);

    const auto unknown =
        waitForCall(m_local->client(), InstanceLogApi::describeInstanceLog(u"no-such-instance"_s));
    QVERIFY(!unknown.isOk());
    QCOMPARE(unknown.error().kind, ApiError::Kind::Platform);
    QCOMPARE(unknown.error().httpStatus, 404);
    QVERIFY(!unknown.error().requestId.isEmpty());
}

QTEST_GUILESS_MAIN(TestInstanceLogApi)
#include "tst_instancelogapi.moc"
