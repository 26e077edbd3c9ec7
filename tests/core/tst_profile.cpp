#include "core/profile.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

using Change = std::function<void(Profile &)>;
using Fields = QList<ProfileError::Field>;

Profile cloudProfile()
{
    Profile profile;
    profile.name = u"Retail production"_s;
    profile.kind = ProfileKind::AlibabaCloud;
    profile.regions = {u"cn-hangzhou"_s, u"cn-shanghai"_s};
    profile.accessKeyId = u"LTAI5tRetailOps0001"_s;
    return profile;
}

Fields fieldsOf(const QList<ProfileError> &problems)
{
    Fields fields;
    for (const ProfileError &problem : problems)
        fields.append(problem.field);
    return fields;
}

} // namespace

Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(ProfileKind)

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void localEmulatorProfile();
    void kindsInSettings();
    void regionIds_data();
    void regionIds();
    void endpoints_data();
    void endpoints();
    void protectedNamespaces_data();
    void protectedNamespaces();
    void problems_data();
    void problems();
    void messagesNameTheValue();
};

void TestProfile::defaults()
{
    const Profile profile;
    QCOMPARE(profile.kind, ProfileKind::AlibabaCloud);
    QCOMPARE(profile.callsPerMinute, 60);
    QCOMPARE(profile.protectedNamespacePatterns, QStringList{u"*prod*"_s});
    QVERIFY(profile.saeEndpointOverride.isEmpty());
    QVERIFY(profile.cloudMonitorEndpointOverride.isEmpty());
    QCOMPARE(profile.defaultRegion(), QString());
    QCOMPARE(cloudProfile().defaultRegion(), u"cn-hangzhou"_s);
    QCOMPARE(cloudProfile().problems(), QList<ProfileError>());
}

void TestProfile::localEmulatorProfile()
{
    const Profile local = Profile::localEmulator();
    QCOMPARE(local.name, u"Local emulator"_s);
    QCOMPARE(local.kind, ProfileKind::LocalEmulator);
    QCOMPARE(local.regions, QStringList{u"cn-shenzhen"_s});
    QCOMPARE(local.accessKeyId, u"LTAI5tOpsConsoleDemoKey"_s);
    QCOMPARE(local.callsPerMinute, 60);
    QCOMPARE(local.protectedNamespacePatterns, QStringList{u"*prod*"_s});
    QCOMPARE(local.problems(), QList<ProfileError>());
    // The emulator listens where it can; the console supplies that address.
    QCOMPARE(local.saeEndpoint(u"cn-shenzhen"_s), QUrl());
    QCOMPARE(local.cloudMonitorEndpoint(u"cn-shenzhen"_s), QUrl());
}

void TestProfile::kindsInSettings()
{
    QCOMPARE(toSettingsValue(ProfileKind::LocalEmulator), u"local-emulator"_s);
    QCOMPARE(toSettingsValue(ProfileKind::AlibabaCloud), u"alibaba-cloud"_s);
    QCOMPARE(profileKindFromSettingsValue(u"local-emulator"), ProfileKind::LocalEmulator);
    QCOMPARE(profileKindFromSettingsValue(u"alibaba-cloud"), ProfileKind::AlibabaCloud);
    QCOMPARE(profileKindFromSettingsValue(u"Alibaba-Cloud"), std::nullopt);
    QCOMPARE(profileKindFromSettingsValue(u""), std::nullopt);
}

void TestProfile::regionIds_data()
{
    QTest::addColumn<QString>("regionId");
    QTest::addColumn<bool>("valid");
    QTest::newRow("cn-hangzhou") << u"cn-hangzhou"_s << true;
    QTest::newRow("cn-shenzhen") << u"cn-shenzhen"_s << true;
    QTest::newRow("ap-southeast-1") << u"ap-southeast-1"_s << true;
    QTest::newRow("us-west-1") << u"us-west-1"_s << true;
    QTest::newRow("cn-shanghai-finance-1") << u"cn-shanghai-finance-1"_s << true;
    QTest::newRow("cn-hongkong") << u"cn-hongkong"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no area") << u"hangzhou"_s << false;
    QTest::newRow("upper case") << u"CN-HANGZHOU"_s << false;
    QTest::newRow("underscore") << u"cn_hangzhou"_s << false;
    QTest::newRow("trailing dash") << u"cn-"_s << false;
    QTest::newRow("space") << u"cn hangzhou"_s << false;
    QTest::newRow("padded") << u" cn-hangzhou"_s << false;
    QTest::newRow("host name") << u"sae.cn-hangzhou.aliyuncs.com"_s << false;
}

void TestProfile::regionIds()
{
    QFETCH(QString, regionId);
    QFETCH(bool, valid);
    QCOMPARE(Profile::isRegionId(regionId), valid);
}

void TestProfile::endpoints_data()
{
    QTest::addColumn<ProfileKind>("kind");
    QTest::addColumn<QUrl>("saeOverride");
    QTest::addColumn<QUrl>("cloudMonitorOverride");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QUrl>("sae");
    QTest::addColumn<QUrl>("cloudMonitor");

    QTest::newRow("cloud defaults") << ProfileKind::AlibabaCloud << QUrl() << QUrl() << u"cn-hangzhou"_s
                                    << QUrl(u"https://sae.cn-hangzhou.aliyuncs.com"_s)
                                    << QUrl(u"https://metrics.cn-hangzhou.aliyuncs.com"_s);
    QTest::newRow("cloud, another region")
        << ProfileKind::AlibabaCloud << QUrl() << QUrl() << u"ap-southeast-1"_s
        << QUrl(u"https://sae.ap-southeast-1.aliyuncs.com"_s)
        << QUrl(u"https://metrics.ap-southeast-1.aliyuncs.com"_s);
    QTest::newRow("cloud, SAE override only")
        << ProfileKind::AlibabaCloud << QUrl(u"https://sae-vpc.cn-hangzhou.aliyuncs.com"_s) << QUrl()
        << u"cn-hangzhou"_s << QUrl(u"https://sae-vpc.cn-hangzhou.aliyuncs.com"_s)
        << QUrl(u"https://metrics.cn-hangzhou.aliyuncs.com"_s);
    QTest::newRow("cloud, both overrides")
        << ProfileKind::AlibabaCloud << QUrl(u"http://127.0.0.1:8080"_s) << QUrl(u"http://127.0.0.1:8081"_s)
        << u"cn-hangzhou"_s << QUrl(u"http://127.0.0.1:8080"_s) << QUrl(u"http://127.0.0.1:8081"_s);
    QTest::newRow("cloud, not a region")
        << ProfileKind::AlibabaCloud << QUrl() << QUrl() << u"evil.com/x"_s << QUrl() << QUrl();
    QTest::newRow("emulator, standalone")
        << ProfileKind::LocalEmulator << QUrl(u"http://127.0.0.1:9000"_s) << QUrl() << u"cn-shenzhen"_s
        << QUrl(u"http://127.0.0.1:9000"_s) << QUrl(u"http://127.0.0.1:9000"_s);
    QTest::newRow("emulator, CloudMonitor elsewhere")
        << ProfileKind::LocalEmulator << QUrl() << QUrl(u"http://127.0.0.1:9001"_s) << u"cn-shenzhen"_s
        << QUrl() << QUrl(u"http://127.0.0.1:9001"_s);
}

void TestProfile::endpoints()
{
    QFETCH(ProfileKind, kind);
    QFETCH(QUrl, saeOverride);
    QFETCH(QUrl, cloudMonitorOverride);
    QFETCH(QString, region);
    Profile profile = cloudProfile();
    profile.kind = kind;
    profile.saeEndpointOverride = saeOverride;
    profile.cloudMonitorEndpointOverride = cloudMonitorOverride;
    QTEST(profile.saeEndpoint(region), "sae");
    QTEST(profile.cloudMonitorEndpoint(region), "cloudMonitor");
}

void TestProfile::protectedNamespaces_data()
{
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QString>("namespaceId");
    QTest::addColumn<QString>("namespaceName");
    QTest::addColumn<bool>("isProtected");

    const QStringList defaults = Profile::defaultProtectedNamespacePatterns();
    QTest::newRow("default: prod") << defaults << u"cn-shenzhen:prod"_s << u"prod"_s << true;
    QTest::newRow("default: production")
        << defaults << u"cn-shenzhen:production"_s << u"Production"_s << true;
    QTest::newRow("default: name only") << defaults << u"cn-shenzhen:ns7"_s << u"shop-PROD-eu"_s << true;
    QTest::newRow("default: ID only") << defaults << u"cn-shenzhen:prod2"_s << u"Shop"_s << true;
    QTest::newRow("default: staging") << defaults << u"cn-shenzhen:staging"_s << u"staging"_s << false;
    QTest::newRow("default: development") << defaults << u"cn-shenzhen:dev"_s << u"development"_s << false;

    const QStringList custom{u"cn-*:live"_s, u"release-?"_s, u"a.b"_s, u"  "_s};
    QTest::newRow("custom: * spans") << custom << u"cn-hangzhou:live"_s << u"Live"_s << true;
    QTest::newRow("custom: anchored") << custom << u"cn-hangzhou:live2"_s << u"x"_s << false;
    QTest::newRow("custom: ? is one character") << custom << u"cn-hangzhou:r1"_s << u"release-1"_s << true;
    QTest::newRow("custom: ? is not two") << custom << u"cn-hangzhou:r10"_s << u"release-10"_s << false;
    QTest::newRow("custom: dot is literal") << custom << u"cn-hangzhou:axb"_s << u"axb"_s << false;
    QTest::newRow("custom: dot matches dot") << custom << u"cn-hangzhou:a"_s << u"a.b"_s << true;
    QTest::newRow("custom: replaces default") << custom << u"cn-hangzhou:prod"_s << u"prod"_s << false;
    QTest::newRow("none: nothing protected") << QStringList() << u"cn-hangzhou:prod"_s << u"prod"_s << false;
}

void TestProfile::protectedNamespaces()
{
    QFETCH(QStringList, patterns);
    QFETCH(QString, namespaceId);
    QFETCH(QString, namespaceName);
    Profile profile = cloudProfile();
    profile.protectedNamespacePatterns = patterns;
    QTEST(profile.isProtected(namespaceId, namespaceName), "isProtected");
}

void TestProfile::problems_data()
{
    QTest::addColumn<ProfileKind>("kind");
    QTest::addColumn<Change>("change");
    QTest::addColumn<Fields>("fields");
    using Field = ProfileError::Field;
    const auto cloud = ProfileKind::AlibabaCloud;
    const auto local = ProfileKind::LocalEmulator;

    QTest::newRow("valid") << cloud << Change([](Profile &) {}) << Fields{};
    QTest::newRow("empty name") << cloud << Change([](Profile &p) { p.name.clear(); }) << Fields{Field::Name};
    QTest::newRow("blank name") << cloud << Change([](Profile &p) { p.name = u"   "_s; })
                                << Fields{Field::Name};
    QTest::newRow("padded name") << cloud << Change([](Profile &p) { p.name = u" shop"_s; })
                                 << Fields{Field::Name};
    QTest::newRow("tab in name") << cloud << Change([](Profile &p) { p.name = u"a\tb"_s; })
                                 << Fields{Field::Name};
    QTest::newRow("64 characters") << cloud << Change([](Profile &p) { p.name = QString(64, u'x'); })
                                   << Fields{};
    QTest::newRow("65 characters") << cloud << Change([](Profile &p) { p.name = QString(65, u'x'); })
                                   << Fields{Field::Name};
    QTest::newRow("slash and percent")
        << cloud << Change([](Profile &p) { p.name = u"shop/prod 100%"_s; }) << Fields{};
    QTest::newRow("no region") << cloud << Change([](Profile &p) { p.regions.clear(); })
                               << Fields{Field::Regions};
    QTest::newRow("bad region") << cloud << Change([](Profile &p) { p.regions = {u"hangzhou"_s}; })
                                << Fields{Field::Regions};
    QTest::newRow("two bad regions") << cloud << Change([](Profile &p) {
        p.regions = {u"Hangzhou"_s, u"cn-"_s};
    }) << Fields{Field::Regions, Field::Regions};
    QTest::newRow("region twice") << cloud << Change([](Profile &p) {
        p.regions = {u"cn-hangzhou"_s, u"cn-hangzhou"_s};
    }) << Fields{Field::Regions};
    QTest::newRow("emulator: any region name")
        << local << Change([](Profile &p) { p.regions = {u"local"_s}; }) << Fields{};
    QTest::newRow("emulator: no region")
        << local << Change([](Profile &p) { p.regions.clear(); }) << Fields{Field::Regions};
    QTest::newRow("emulator: blank region")
        << local << Change([](Profile &p) { p.regions = {u" "_s}; }) << Fields{Field::Regions};
    QTest::newRow("https endpoint") << cloud << Change([](Profile &p) {
        p.saeEndpointOverride = QUrl(u"https://sae.example.com"_s);
    }) << Fields{};
    QTest::newRow("ftp endpoint") << cloud << Change([](Profile &p) {
        p.saeEndpointOverride = QUrl(u"ftp://sae.example.com"_s);
    }) << Fields{Field::SaeEndpoint};
    QTest::newRow("endpoint without host")
        << cloud << Change([](Profile &p) { p.saeEndpointOverride = QUrl(u"https://"_s); })
        << Fields{Field::SaeEndpoint};
    QTest::newRow("unparsable endpoint") << cloud << Change([](Profile &p) {
        p.saeEndpointOverride = QUrl(u"http://[::1"_s, QUrl::StrictMode);
    }) << Fields{Field::SaeEndpoint};
    QTest::newRow("relative CloudMonitor endpoint") << cloud << Change([](Profile &p) {
        p.cloudMonitorEndpointOverride = QUrl(u"metrics.example.com"_s);
    }) << Fields{Field::CloudMonitorEndpoint};
    QTest::newRow("no AccessKey ID") << cloud << Change([](Profile &p) { p.accessKeyId.clear(); })
                                     << Fields{Field::AccessKeyId};
    QTest::newRow("AccessKey ID with a space")
        << cloud << Change([](Profile &p) { p.accessKeyId = u"LTAI 5t"_s; }) << Fields{Field::AccessKeyId};
    QTest::newRow("budget 0") << cloud << Change([](Profile &p) { p.callsPerMinute = 0; })
                              << Fields{Field::CallsPerMinute};
    QTest::newRow("budget 1") << cloud << Change([](Profile &p) { p.callsPerMinute = 1; }) << Fields{};
    QTest::newRow("budget 600") << cloud << Change([](Profile &p) { p.callsPerMinute = 600; }) << Fields{};
    QTest::newRow("budget 601") << cloud << Change([](Profile &p) { p.callsPerMinute = 601; })
                                << Fields{Field::CallsPerMinute};
    QTest::newRow("everything wrong") << cloud << Change([](Profile &p) {
        p.name.clear();
        p.regions = {u"x"_s};
        p.saeEndpointOverride = QUrl(u"file:///etc/passwd"_s);
        p.cloudMonitorEndpointOverride = QUrl(u"mailto:ops@example.com"_s);
        p.accessKeyId.clear();
        p.callsPerMinute = -5;
    }) << Fields{Field::Name,        Field::Regions,       Field::SaeEndpoint, Field::CloudMonitorEndpoint,
                 Field::AccessKeyId, Field::CallsPerMinute};
}

void TestProfile::problems()
{
    QFETCH(ProfileKind, kind);
    QFETCH(Change, change);
    Profile profile = cloudProfile();
    profile.kind = kind;
    change(profile);
    const QList<ProfileError> problems = profile.problems();
    QTEST(fieldsOf(problems), "fields");
    for (const ProfileError &problem : problems)
        QVERIFY(!problem.message.isEmpty());
}

void TestProfile::messagesNameTheValue()
{
    Profile profile = cloudProfile();
    profile.regions = {u"hangzhou"_s};
    profile.saeEndpointOverride = QUrl(u"ftp://sae.example.com"_s);
    profile.callsPerMinute = 601;
    const QList<ProfileError> problems = profile.problems();
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems.at(0).message.contains(u"hangzhou"), qPrintable(problems.at(0).message));
    QVERIFY2(problems.at(1).message.contains(u"ftp://sae.example.com"), qPrintable(problems.at(1).message));
    QVERIFY2(problems.at(2).message.contains(u"600"), qPrintable(problems.at(2).message));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
