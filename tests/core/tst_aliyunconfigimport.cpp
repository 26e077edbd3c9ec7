#include "core/aliyunconfigimport.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString s_fixture = QStringLiteral(OPSCONSOLE_TEST_FIXTURES "/aliyun-config.json");

QStringList namesOf(const ProfileImport &imported)
{
    QStringList names;
    for (const ImportedProfile &profile : imported.profiles)
        names.append(profile.profile.name);
    return names;
}

QStringList warnedProfiles(const ProfileImport &imported)
{
    QStringList names;
    for (const ProfileWarning &warning : imported.warnings)
        names.append(warning.profileName);
    return names;
}

QProcessEnvironment environmentOf(const QList<std::pair<QString, QString>> &variables)
{
    QProcessEnvironment environment;
    for (const auto &[name, value] : variables)
        environment.insert(name, value);
    return environment;
}

} // namespace

Q_DECLARE_METATYPE(QProcessEnvironment)

class TestAliyunConfigImport : public QObject
{
    Q_OBJECT

private slots:
    void defaultPath();
    void importsAccessKeyProfiles();
    void skipsWhatItCannotImport();
    void currentThatWasSkipped();
    void malformedConfig_data();
    void malformedConfig();
    void missingFile();
    void environment();
    void environmentRegion_data();
    void environmentRegion();
    void incompleteEnvironment_data();
    void incompleteEnvironment();
    void temporaryEnvironmentCredentials();
};

void TestAliyunConfigImport::defaultPath()
{
    QCOMPARE(AliyunConfigImport::defaultConfigPath(), QDir::homePath() + u"/.aliyun/config.json"_s);
}

void TestAliyunConfigImport::importsAccessKeyProfiles()
{
    const ProfileImport imported = AliyunConfigImport::fromFile(s_fixture);
    QCOMPARE(namesOf(imported), (QStringList{u"default"_s, u"shop-prod"_s}));
    QCOMPARE(imported.currentProfileName, u"shop-prod"_s);

    const ImportedProfile &first = imported.profiles.at(0);
    QCOMPARE(first.profile.kind, ProfileKind::AlibabaCloud);
    QCOMPARE(first.profile.regions, QStringList{u"cn-hangzhou"_s});
    QCOMPARE(first.profile.accessKeyId, u"LTAI5tFixtureDefault01"_s);
    QCOMPARE(first.accessKeySecret, QByteArray("FixtureDefaultSecretNotReal01"));
    // The console's defaults for what the CLI does not know.
    QCOMPARE(first.profile.callsPerMinute, 60);
    QCOMPARE(first.profile.protectedNamespacePatterns, QStringList{u"*prod*"_s});
    QVERIFY(first.profile.saeEndpointOverride.isEmpty());
    QVERIFY(first.profile.cloudMonitorEndpointOverride.isEmpty());
    QCOMPARE(first.profile.problems(), QList<ProfileError>());

    // The CLI reads its modes ignoring case: "ak" is AK.
    const ImportedProfile &second = imported.profiles.at(1);
    QCOMPARE(second.profile.regions, QStringList{u"cn-shanghai"_s});
    QCOMPARE(second.profile.accessKeyId, u"LTAI5tFixtureShopProd02"_s);
    QCOMPARE(second.accessKeySecret, QByteArray("FixtureShopProdSecretNotReal02"));
}

void TestAliyunConfigImport::skipsWhatItCannotImport()
{
    const ProfileImport imported = AliyunConfigImport::fromFile(s_fixture);
    QCOMPARE(warnedProfiles(imported),
             (QStringList{u"temporary"_s, u"assumed"_s, u"on-ecs"_s, u"half"_s, u"nowhere"_s, u"default"_s,
                          u"unconfigured"_s, u"odd-region"_s}));
    const QStringList expectedWords{u"StsToken"_s,       u"RamRoleArn"_s, u"EcsRamRole"_s,
                                    u"AccessKey pair"_s, u"no region"_s,  u"appears twice"_s,
                                    u"not configured"_s, u"Hangzhou"_s};
    for (qsizetype i = 0; i < imported.warnings.size(); ++i) {
        const ProfileWarning &warning = imported.warnings.at(i);
        QVERIFY2(warning.message.contains(warning.profileName), qPrintable(warning.message));
        QVERIFY2(warning.message.contains(expectedWords.at(i)), qPrintable(warning.message));
        // A warning never quotes a secret.
        QVERIFY2(!warning.message.contains(u"NotReal"), qPrintable(warning.message));
    }
    // The duplicate did not replace the first "default".
    QCOMPARE(imported.profiles.first().profile.accessKeyId, u"LTAI5tFixtureDefault01"_s);
}

void TestAliyunConfigImport::currentThatWasSkipped()
{
    const ProfileImport imported = AliyunConfigImport::fromJson(R"({
        "current": "temporary",
        "profiles": [
            {"name": "default", "mode": "AK", "access_key_id": "LTAI5tA", "access_key_secret": "a",
             "region_id": "cn-hangzhou"},
            {"name": "temporary", "mode": "StsToken", "access_key_id": "STS.B", "access_key_secret": "b",
             "sts_token": "t", "region_id": "cn-hangzhou"}
        ]})");
    QCOMPARE(namesOf(imported), QStringList{u"default"_s});
    QCOMPARE(imported.currentProfileName, QString());
}

void TestAliyunConfigImport::malformedConfig_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("warnedProfiles");
    QTest::newRow("empty") << QByteArray() << QStringList{QString()};
    QTest::newRow("not JSON") << QByteArray("current = default") << QStringList{QString()};
    QTest::newRow("truncated") << QByteArray(R"({"profiles": [{"name": "default", "mode": "AK")")
                               << QStringList{QString()};
    QTest::newRow("array") << QByteArray("[]") << QStringList{QString()};
    QTest::newRow("no profiles") << QByteArray(R"({"current": "default"})") << QStringList{QString()};
    QTest::newRow("profiles not a list")
        << QByteArray(R"({"profiles": {"name": "default"}})") << QStringList{QString()};
    QTest::newRow("empty list") << QByteArray(R"({"profiles": []})") << QStringList{};
    QTest::newRow("wrong types") << QByteArray(R"({"current": 7, "profiles": [
        1, "default", null,
        {"mode": "AK", "access_key_id": "LTAI5tA", "access_key_secret": "a", "region_id": "cn-hangzhou"},
        {"name": 5, "mode": "AK"},
        {"name": "numbers", "mode": "AK", "access_key_id": 12345, "access_key_secret": 678,
         "region_id": "cn-hangzhou"},
        {"name": "mode-list", "mode": ["AK"], "access_key_id": "LTAI5tB", "access_key_secret": "b",
         "region_id": "cn-hangzhou"},
        {"name": "region-number", "mode": "AK", "access_key_id": "LTAI5tC", "access_key_secret": "c",
         "region_id": 1}
    ]})") << QStringList{QString(), QString(),    QString(),      QString(),
                         QString(), u"numbers"_s, u"mode-list"_s, u"region-number"_s};
}

void TestAliyunConfigImport::malformedConfig()
{
    QFETCH(QByteArray, json);
    const ProfileImport imported = AliyunConfigImport::fromJson(json);
    QCOMPARE(imported.profiles.size(), 0);
    QCOMPARE(imported.currentProfileName, QString());
    QTEST(warnedProfiles(imported), "warnedProfiles");
    for (const ProfileWarning &warning : imported.warnings)
        QVERIFY(!warning.message.isEmpty());
}

void TestAliyunConfigImport::missingFile()
{
    const QString path = u"/nonexistent/.aliyun/config.json"_s;
    const ProfileImport imported = AliyunConfigImport::fromFile(path);
    QCOMPARE(imported.profiles.size(), 0);
    QCOMPARE(imported.warnings.size(), 1);
    QVERIFY2(imported.warnings.first().message.contains(path), qPrintable(imported.warnings.first().message));
}

void TestAliyunConfigImport::environment()
{
    const ProfileImport imported = AliyunConfigImport::fromEnvironment(
        environmentOf({{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAI5tFromEnvironment"_s},
                       {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"EnvironmentSecretNotReal"_s},
                       {u"ALIBABA_CLOUD_REGION_ID"_s, u"ap-southeast-1"_s},
                       {u"HOME"_s, u"/home/ops"_s}}));
    QCOMPARE(imported.warnings, QList<ProfileWarning>());
    QCOMPARE(imported.profiles.size(), 1);
    const ImportedProfile &profile = imported.profiles.first();
    QCOMPARE(profile.profile.name, u"Environment"_s);
    QCOMPARE(profile.profile.kind, ProfileKind::AlibabaCloud);
    QCOMPARE(profile.profile.accessKeyId, u"LTAI5tFromEnvironment"_s);
    QCOMPARE(profile.profile.regions, QStringList{u"ap-southeast-1"_s});
    QCOMPARE(profile.profile.callsPerMinute, 60);
    QCOMPARE(profile.accessKeySecret, QByteArray("EnvironmentSecretNotReal"));
    QCOMPARE(profile.profile.problems(), QList<ProfileError>());
}

void TestAliyunConfigImport::environmentRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("warnings");
    QTest::newRow("unset") << QString() << u"cn-hangzhou"_s << 0;
    QTest::newRow("valid") << u"cn-beijing"_s << u"cn-beijing"_s << 0;
    QTest::newRow("invalid") << u"Beijing"_s << u"cn-hangzhou"_s << 1;
}

void TestAliyunConfigImport::environmentRegion()
{
    QFETCH(QString, region);
    QProcessEnvironment environment =
        environmentOf({{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAI5tEnv"_s},
                       {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"EnvSecretNotReal"_s}});
    if (!region.isEmpty())
        environment.insert(u"ALIBABA_CLOUD_REGION_ID"_s, region);
    const ProfileImport imported = AliyunConfigImport::fromEnvironment(environment);
    QCOMPARE(imported.profiles.size(), 1);
    QTEST(imported.profiles.first().profile.regions.value(0), "expected");
    QCOMPARE(imported.profiles.first().profile.regions.size(), 1);
    QTEST(int(imported.warnings.size()), "warnings");
    for (const ProfileWarning &warning : imported.warnings) {
        QCOMPARE(warning.profileName, u"Environment"_s);
        QVERIFY2(warning.message.contains(region) && warning.message.contains(u"cn-hangzhou"),
                 qPrintable(warning.message));
    }
}

void TestAliyunConfigImport::incompleteEnvironment_data()
{
    QTest::addColumn<QProcessEnvironment>("environment");
    QTest::addColumn<QStringList>("mentioned");
    QTest::newRow("nothing") << QProcessEnvironment()
                             << QStringList{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s,
                                            u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s};
    QTest::newRow("only the ID") << environmentOf({{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAI5tEnv"_s}})
                                 << QStringList{u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s};
    QTest::newRow("only the secret") << environmentOf(
        {{u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"EnvSecretNotReal"_s}})
                                     << QStringList{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s};
    QTest::newRow("empty values") << environmentOf(
        {{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, QString()}, {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, QString()}})
                                  << QStringList{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s};
    QTest::newRow("ID with a space") << environmentOf(
        {{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAI 5t"_s},
         {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"EnvSecretNotReal"_s}})
                                     << QStringList{u"AccessKey ID"_s};
}

void TestAliyunConfigImport::incompleteEnvironment()
{
    QFETCH(QProcessEnvironment, environment);
    QFETCH(QStringList, mentioned);
    const ProfileImport imported = AliyunConfigImport::fromEnvironment(environment);
    QCOMPARE(imported.profiles.size(), 0);
    QCOMPARE(imported.warnings.size(), 1);
    for (const QString &text : mentioned)
        QVERIFY2(imported.warnings.first().message.contains(text),
                 qPrintable(imported.warnings.first().message));
    QVERIFY(!imported.warnings.first().message.contains(u"EnvSecretNotReal"));
}

void TestAliyunConfigImport::temporaryEnvironmentCredentials()
{
    const ProfileImport imported = AliyunConfigImport::fromEnvironment(
        environmentOf({{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"STS.Temporary"_s},
                       {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"EnvSecretNotReal"_s},
                       {u"ALIBABA_CLOUD_SECURITY_TOKEN"_s, u"token"_s}}));
    QCOMPARE(imported.profiles.size(), 0);
    QCOMPARE(imported.warnings.size(), 1);
    QVERIFY2(imported.warnings.first().message.contains(u"ALIBABA_CLOUD_SECURITY_TOKEN"),
             qPrintable(imported.warnings.first().message));
}

QTEST_GUILESS_MAIN(TestAliyunConfigImport)
#include "tst_aliyunconfigimport.moc"
