#include "widgets/applicationoverviewpanel.h"
#include "widgets/messagebanner.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestApplicationOverviewPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsEverySectionOfAConfig();
    void environmentNamesReferencesNotTheirValues();
    void copyButtonPutsTheAppIdOnTheClipboard();
    void missingValuesShowADash();
    void singleBatchWhenNoStrategy();
    void errorKeepsTheLastGoodConfigMarked();
    void anotherApplicationDropsTheConfig();

private:
    static QString value(const ApplicationOverviewPanel &panel, const QString &objectName);
    static bool rowShown(const ApplicationOverviewPanel &panel, const QString &objectName);
};

namespace {

const QString appId = u"0099b7be-5f5b-4512-a7fc-56049ef1abcd"_s;
const QString dash = u"—"_s;

ApplicationConfig realisticConfig()
{
    ApplicationConfig config;
    config.appId = appId;
    config.appName = u"order-service"_s;
    config.description = u"Orders and payments"_s;
    config.namespaceId = u"cn-shenzhen:prod"_s;
    config.regionId = u"cn-shenzhen"_s;
    config.packageType = u"Image"_s;
    config.imageUrl = u"registry-vpc.cn-shenzhen.aliyuncs.com/shop/order-service:2.4.1"_s;
    config.jdk = u"Open JDK 8"_s;
    config.timezone = u"Asia/Shanghai"_s;
    config.cpuMillicores = 2000;
    config.memoryMb = 4096;
    config.replicas = 4;
    config.command = u"java"_s;
    config.commandArgs = {u"-jar"_s, u"/app/order service.jar"_s};

    EnvironmentVariable profile;
    profile.name = u"SPRING_PROFILES_ACTIVE"_s;
    profile.value = u"prod"_s;
    EnvironmentVariable password;
    password.name = u"DB_PASSWORD"_s;
    password.source = EnvironmentVariable::Source::Secret;
    password.referenceId = 7;
    password.key = u"password"_s;
    EnvironmentVariable host;
    host.name = u"DB_HOST"_s;
    host.source = EnvironmentVariable::Source::ConfigMap;
    host.referenceId = 12;
    host.key = u"db.host"_s;
    config.envs = {profile, password, host};

    config.liveness = HealthProbe::parse(
        uR"({"httpGet":{"path":"/actuator/health","port":8080,"scheme":"HTTP"},"initialDelaySeconds":20,"periodSeconds":10,"timeoutSeconds":3})"_s);
    config.readiness = HealthProbe::parse(uR"({"tcpSocket":{"port":8080},"initialDelaySeconds":5})"_s);
    config.startupProbe = HealthProbe::parse(u""_s);

    config.updateStrategyJson =
        uR"({"type":"GrayBatchUpdate","batchUpdate":{"batch":2,"releaseType":"auto","batchWaitTime":5},"grayUpdate":{"gray":1}})"_s;
    const auto parsed = UpdateStrategy::parse(config.updateStrategyJson);
    config.updateStrategy = std::get<UpdateStrategy>(parsed);
    config.minReadyInstances = 2;

    config.vpcId = u"vpc-wz9abc"_s;
    config.vSwitchId = u"vsw-wz9def"_s;
    config.securityGroupId = u"sg-wz9ghi"_s;
    config.associateEip = true;
    return config;
}

} // namespace

void TestApplicationOverviewPanel::initTestCase()
{
    // What the app installs for English: the plural forms of "%n instance(s)" and the like.
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

QString TestApplicationOverviewPanel::value(const ApplicationOverviewPanel &panel, const QString &objectName)
{
    const auto *label = panel.findChild<QLabel *>(objectName);
    if (!label)
        qFatal("no label %s", qPrintable(objectName));
    return label->text();
}

bool TestApplicationOverviewPanel::rowShown(const ApplicationOverviewPanel &panel, const QString &objectName)
{
    const auto *label = panel.findChild<QLabel *>(objectName);
    return label->isVisibleTo(&panel);
}

void TestApplicationOverviewPanel::showsEverySectionOfAConfig()
{
    ApplicationOverviewPanel panel;
    panel.resize(900, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setConfig(realisticConfig());

    QCOMPARE(value(panel, u"overviewTitle"_s), u"Overview of order-service"_s);
    QCOMPARE(value(panel, u"appNameValue"_s), u"order-service"_s);
    QCOMPARE(value(panel, u"appIdValue"_s), appId);
    QCOMPARE(value(panel, u"namespaceIdValue"_s), u"cn-shenzhen:prod"_s);
    QCOMPARE(value(panel, u"regionValue"_s), u"cn-shenzhen"_s);

    QCOMPARE(value(panel, u"packageTypeValue"_s), u"Image"_s);
    QCOMPARE(value(panel, u"imageValue"_s),
             u"registry-vpc.cn-shenzhen.aliyuncs.com/shop/order-service:2.4.1"_s);
    QVERIFY(rowShown(panel, u"imageValue"_s));
    QVERIFY(!rowShown(panel, u"packageUrlValue"_s));
    QCOMPARE(value(panel, u"jdkValue"_s), u"Open JDK 8"_s);
    QVERIFY(rowShown(panel, u"jdkValue"_s));
    QVERIFY(!rowShown(panel, u"phpValue"_s));
    QVERIFY(!rowShown(panel, u"runtimeValue"_s));
    QCOMPARE(value(panel, u"commandValue"_s), u"java -jar '/app/order service.jar'"_s);
    QCOMPARE(value(panel, u"timezoneValue"_s), u"Asia/Shanghai"_s);

    QCOMPARE(value(panel, u"cpuValue"_s), u"2 vCPU"_s);
    QCOMPARE(value(panel, u"memoryValue"_s), u"4 GiB"_s);
    QCOMPARE(value(panel, u"replicasValue"_s), u"4"_s);

    QCOMPARE(value(panel, u"strategyValue"_s), u"Gray batch first, then in batches"_s);
    QCOMPARE(value(panel, u"grayBatchValue"_s), u"1 instance"_s);
    QCOMPARE(value(panel, u"batchesValue"_s), u"2"_s);
    QCOMPARE(value(panel, u"releaseValue"_s), u"Starts automatically"_s);
    QCOMPARE(value(panel, u"batchWaitValue"_s), u"5 minutes"_s);
    QCOMPARE(value(panel, u"minReadyValue"_s), u"2"_s);

    QCOMPARE(value(panel, u"livenessValue"_s),
             u"HTTP GET /actuator/health on port 8080\nInitial delay 20 s, every 10 s, timeout 3 s"_s);
    QCOMPARE(value(panel, u"readinessValue"_s),
             u"TCP connection to port 8080\nInitial delay 5 s, every 30 s, timeout 1 s"_s);
    QCOMPARE(value(panel, u"startupProbeValue"_s), u"Not configured"_s);

    QCOMPARE(value(panel, u"vpcValue"_s), u"vpc-wz9abc"_s);
    QCOMPARE(value(panel, u"vSwitchValue"_s), u"vsw-wz9def"_s);
    QCOMPARE(value(panel, u"securityGroupValue"_s), u"sg-wz9ghi"_s);
    QCOMPARE(value(panel, u"eipValue"_s), u"Associated"_s);

    const QStringList titles{
        u"Identity"_s,      u"Package"_s, u"Spec"_s, u"Update strategy"_s, u"Environment variables"_s,
        u"Health probes"_s, u"Network"_s};
    QStringList shown;
    const QList<QGroupBox *> boxes = panel.findChildren<QGroupBox *>();
    for (const QGroupBox *box : boxes)
        shown.append(box->title());
    QCOMPARE(shown, titles);

    // Values can be selected and copied by hand, too.
    const auto *appIdLabel = panel.findChild<QLabel *>(u"appIdValue"_s);
    QVERIFY(appIdLabel->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
}

void TestApplicationOverviewPanel::environmentNamesReferencesNotTheirValues()
{
    ApplicationOverviewPanel panel;
    panel.setConfig(realisticConfig());
    const auto *table = panel.findChild<QTableWidget *>(u"environmentTable"_s);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->columnCount(), 3);
    const auto cell = [table](int row, int column) { return table->item(row, column)->text(); };
    QCOMPARE(cell(0, 0), u"SPRING_PROFILES_ACTIVE"_s);
    QCOMPARE(cell(0, 1), u"prod"_s);
    QCOMPARE(cell(0, 2), u"Value"_s);
    QCOMPARE(cell(1, 0), u"DB_PASSWORD"_s);
    QCOMPARE(cell(1, 1), u"From Secret (not shown)"_s);
    QCOMPARE(cell(1, 2), u"Secret 7, key password"_s);
    QCOMPARE(cell(2, 0), u"DB_HOST"_s);
    QCOMPARE(cell(2, 1), u"From ConfigMap"_s);
    QCOMPARE(cell(2, 2), u"ConfigMap 12, key db.host"_s);
}

void TestApplicationOverviewPanel::copyButtonPutsTheAppIdOnTheClipboard()
{
    ApplicationOverviewPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setConfig(realisticConfig());
    QCOMPARE(panel.copyableIds(), (QStringList{appId, u"cn-shenzhen:prod"_s, u"cn-shenzhen"_s}));

    QGuiApplication::clipboard()->setText(u"something else"_s);
    auto *copy = panel.findChild<QToolButton *>(u"copyAppIdButton"_s);
    QVERIFY(copy);
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), appId);

    QTest::mouseClick(panel.findChild<QToolButton *>(u"copyRegionButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"cn-shenzhen"_s);
}

void TestApplicationOverviewPanel::missingValuesShowADash()
{
    ApplicationOverviewPanel panel;
    for (const QString &name : {u"appNameValue"_s, u"appIdValue"_s, u"regionValue"_s, u"cpuValue"_s,
                                u"livenessValue"_s, u"vpcValue"_s, u"eipValue"_s, u"strategyValue"_s})
        QCOMPARE(value(panel, name), dash);
    QVERIFY(!panel.findChild<QToolButton *>(u"copyAppIdButton"_s)->isEnabled());
    QCOMPARE(panel.copyableIds(), (QStringList{QString(), QString(), QString()}));

    ApplicationConfig sparse;
    sparse.appId = appId;
    sparse.appName = u"legacy-job"_s;
    sparse.packageType = u"FatJar"_s;
    sparse.packageUrl = u"https://oss.example.com/legacy-job.jar"_s;
    sparse.replicas = 1;
    panel.setConfig(sparse);
    QCOMPARE(value(panel, u"packageUrlValue"_s), u"https://oss.example.com/legacy-job.jar"_s);
    QCOMPARE(value(panel, u"packageVersionValue"_s), dash);
    QCOMPARE(value(panel, u"timezoneValue"_s), dash);
    QCOMPARE(value(panel, u"commandValue"_s), dash);
    QCOMPARE(value(panel, u"runtimeValue"_s), dash);
    QVERIFY(rowShown(panel, u"runtimeValue"_s));
    QCOMPARE(value(panel, u"cpuValue"_s), dash);
    QCOMPARE(value(panel, u"vSwitchValue"_s), dash);
    QCOMPARE(value(panel, u"regionValue"_s), dash);
    QCOMPARE(value(panel, u"livenessValue"_s), u"Not configured"_s);
    QCOMPARE(value(panel, u"eipValue"_s), u"Not associated"_s);
    QCOMPARE(value(panel, u"noEnvironmentLabel"_s), u"None"_s);
    QVERIFY(!panel.findChild<QTableWidget *>(u"environmentTable"_s)->isVisibleTo(&panel));
    QVERIFY(!panel.findChild<QToolButton *>(u"copyRegionButton"_s)->isEnabled());
}

void TestApplicationOverviewPanel::singleBatchWhenNoStrategy()
{
    ApplicationOverviewPanel panel;
    ApplicationConfig config = realisticConfig();
    config.updateStrategyJson.clear();
    config.updateStrategy = UpdateStrategy();
    config.minReadyInstanceRatio = 50;
    panel.setConfig(config);
    QCOMPARE(value(panel, u"strategyValue"_s), u"Single batch"_s);
    QVERIFY(!rowShown(panel, u"batchesValue"_s));
    QVERIFY(!rowShown(panel, u"grayBatchValue"_s));
    QCOMPARE(value(panel, u"minReadyValue"_s), u"2 (50 % of the instances)"_s);
}

void TestApplicationOverviewPanel::errorKeepsTheLastGoodConfigMarked()
{
    ApplicationOverviewPanel panel;
    panel.setConfig(realisticConfig());
    panel.setStaleSince(QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
    panel.setError(u"Could not load the configuration: Throttling.User (RequestId 5F2A)"_s);

    const auto *banner = panel.findChild<MessageBanner *>(u"overviewErrorBanner"_s);
    QVERIFY(banner->isVisibleTo(&panel));
    QCOMPARE(banner->level(), MessageBanner::Level::Error);
    QCOMPARE(banner->text(), u"Could not load the configuration: Throttling.User (RequestId 5F2A)\n"
                             u"Showing the configuration from the last successful refresh."_s);
    QVERIFY(panel.findChild<QLabel *>(u"overviewStaleNotice"_s)->isVisibleTo(&panel));
    QCOMPARE(value(panel, u"appIdValue"_s), appId);

    panel.setError(QString());
    QVERIFY(!banner->isVisibleTo(&panel));
    panel.setStaleSince({});
    QVERIFY(!panel.findChild<QLabel *>(u"overviewStaleNotice"_s)->isVisibleTo(&panel));

    panel.setLoading(true);
    QVERIFY(panel.findChild<QLabel *>(u"overviewLoadingNotice"_s)->isVisibleTo(&panel));
    panel.clear();
    QVERIFY(!panel.findChild<QLabel *>(u"overviewLoadingNotice"_s)->isVisibleTo(&panel));
    QCOMPARE(value(panel, u"appIdValue"_s), dash);
}

void TestApplicationOverviewPanel::anotherApplicationDropsTheConfig()
{
    ApplicationOverviewPanel panel;
    panel.setConfig(realisticConfig());
    Application other;
    other.appId = u"11111111-2222-3333-4444-555555555555"_s;
    other.appName = u"cart-service"_s;
    other.namespaceId = u"cn-shenzhen:prod"_s;
    other.namespaceName = u"Production"_s;
    other.regionId = u"cn-shenzhen"_s;
    other.packageUrl = u"https://oss.example.com/cart-service-1.2.0.jar"_s;
    other.cpuMillicores = 500;
    other.memoryMb = 1536;
    other.targetInstances = 3;
    panel.setApplication(other);

    QCOMPARE(value(panel, u"appIdValue"_s), other.appId);
    QCOMPARE(value(panel, u"namespaceNameValue"_s), u"Production"_s);
    QCOMPARE(value(panel, u"cpuValue"_s), u"0.5 vCPU"_s);
    QCOMPARE(value(panel, u"memoryValue"_s), u"1.5 GiB"_s);
    QCOMPARE(value(panel, u"replicasValue"_s), u"3"_s);
    QCOMPARE(value(panel, u"vpcValue"_s), dash); // the first application's network is not shown
    QCOMPARE(value(panel, u"livenessValue"_s), dash);
}

QTEST_MAIN(TestApplicationOverviewPanel)
#include "tst_applicationoverviewpanel.moc"
