#include "core/profilestore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

Profile cloudProfile(const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.kind = ProfileKind::AlibabaCloud;
    profile.regions = {u"cn-hangzhou"_s, u"cn-shanghai"_s};
    profile.saeEndpointOverride = QUrl(u"https://sae-vpc.cn-hangzhou.aliyuncs.com"_s);
    profile.cloudMonitorEndpointOverride = QUrl(u"https://metrics-vpc.cn-hangzhou.aliyuncs.com"_s);
    profile.accessKeyId = u"LTAI5tRetailOps0001"_s;
    profile.protectedNamespacePatterns = {u"*prod*"_s, u"cn-*:live"_s};
    profile.callsPerMinute = 120;
    return profile;
}

QStringList namesOf(const QList<Profile> &profiles)
{
    QStringList names;
    for (const Profile &profile : profiles)
        names.append(profile.name);
    return names;
}

QStringList warnedProfiles(const QList<ProfileWarning> &warnings)
{
    QStringList names;
    for (const ProfileWarning &warning : warnings)
        names.append(warning.profileName);
    return names;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstRunCreatesTheLocalEmulator();
    void firstRunDoesNothingTheSecondTime();
    void roundTripsEveryField();
    void anyNameSurvivesTheKeySyntax();
    void emptyProtectionListStaysEmpty();
    void addRefusesDuplicatesAndInvalidProfiles();
    void updateReplacesAndDropsStaleKeys();
    void removeForgetsTheProfileAndTheChoice();
    void currentProfile();
    void damagedEntriesAreSkippedWithAWarning();
    void garbageFileIsSurvived();
    void writesOnlyKnownKeys();

private:
    /// A fresh QSettings on the same file, as the next start of the console would see it.
    std::unique_ptr<QSettings> reopen() const;
    QByteArray fileBytes() const;
    void writeFile(const QByteArray &contents) const;

    std::unique_ptr<QTemporaryDir> m_directory;
    QString m_path;
};

void TestProfileStore::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
    m_path = m_directory->filePath(u"opsconsole.ini"_s);
}

void TestProfileStore::cleanup()
{
    m_directory.reset();
}

std::unique_ptr<QSettings> TestProfileStore::reopen() const
{
    return std::make_unique<QSettings>(m_path, QSettings::IniFormat);
}

QByteArray TestProfileStore::fileBytes() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestProfileStore::writeFile(const QByteArray &contents) const
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(contents), contents.size());
}

void TestProfileStore::firstRunCreatesTheLocalEmulator()
{
    {
        auto settings = reopen();
        ProfileStore store(settings.get());
        QVERIFY(store.load().profiles.isEmpty());
        QVERIFY(store.ensureLocalEmulatorProfile());
    }
    const QByteArray file = fileBytes();
    QVERIFY2(file.contains("kind=local-emulator"), file.constData());
    QVERIFY2(file.contains("accessKeyId=LTAI5tOpsConsoleDemoKey"), file.constData());

    auto settings = reopen();
    const StoredProfiles stored = ProfileStore(settings.get()).load();
    QCOMPARE(stored.profiles.size(), 1);
    QCOMPARE(stored.profiles.first(), Profile::localEmulator());
    QCOMPARE(stored.currentProfileName, u"Local emulator"_s);
    QCOMPARE(stored.warnings, QList<ProfileWarning>());
}

void TestProfileStore::firstRunDoesNothingTheSecondTime()
{
    auto settings = reopen();
    ProfileStore store(settings.get());
    QCOMPARE(store.add(cloudProfile(u"Retail"_s)), QList<ProfileError>());
    QVERIFY(!store.ensureLocalEmulatorProfile());
    QCOMPARE(namesOf(store.load().profiles), QStringList{u"Retail"_s});

    auto fresh = reopen();
    ProfileStore again(fresh.get());
    QVERIFY(!again.ensureLocalEmulatorProfile());
}

void TestProfileStore::roundTripsEveryField()
{
    const Profile cloud = cloudProfile(u"Retail production"_s);
    Profile local = Profile::localEmulator();
    local.saeEndpointOverride = QUrl(u"http://127.0.0.1:8080"_s);
    local.callsPerMinute = 600;
    {
        auto settings = reopen();
        ProfileStore store(settings.get());
        QCOMPARE(store.add(cloud), QList<ProfileError>());
        QCOMPARE(store.add(local), QList<ProfileError>());
    }
    auto settings = reopen();
    const StoredProfiles stored = ProfileStore(settings.get()).load();
    QCOMPARE(namesOf(stored.profiles), (QStringList{u"Local emulator"_s, u"Retail production"_s}));
    QCOMPARE(*stored.find(u"Retail production"_s), cloud);
    QCOMPARE(*stored.find(u"Local emulator"_s), local);
    QCOMPARE(stored.find(u"nope"_s), nullptr);
}

void TestProfileStore::anyNameSurvivesTheKeySyntax()
{
    const QStringList names{u"shop/prod 100%"_s, u"back\\slash"_s, u"生产环境"_s, u"a=b;c,d"_s,
                            u"[General]"_s};
    {
        auto settings = reopen();
        ProfileStore store(settings.get());
        for (const QString &name : names)
            QCOMPARE(store.add(cloudProfile(name)), QList<ProfileError>());
    }
    auto settings = reopen();
    ProfileStore store(settings.get());
    const StoredProfiles stored = store.load();
    QCOMPARE(stored.warnings, QList<ProfileWarning>());
    const QStringList storedNames = namesOf(stored.profiles);
    QCOMPARE(QSet<QString>(storedNames.cbegin(), storedNames.cend()),
             QSet<QString>(names.cbegin(), names.cend()));
    for (const QString &name : names) {
        QVERIFY2(store.contains(name), qPrintable(name));
        QCOMPARE(*stored.find(name), cloudProfile(name));
    }
    QVERIFY(store.setCurrentProfileName(u"shop/prod 100%"_s));
    QVERIFY(store.remove(u"back\\slash"_s));
    QCOMPARE(store.load().profiles.size(), names.size() - 1);
    QCOMPARE(store.load().currentProfileName, u"shop/prod 100%"_s);
}

void TestProfileStore::emptyProtectionListStaysEmpty()
{
    Profile unprotected = cloudProfile(u"Sandbox"_s);
    unprotected.protectedNamespacePatterns.clear();
    {
        auto settings = reopen();
        QCOMPARE(ProfileStore(settings.get()).add(unprotected), QList<ProfileError>());
    }
    auto settings = reopen();
    const StoredProfiles stored = ProfileStore(settings.get()).load();
    QCOMPARE(stored.profiles.size(), 1);
    QCOMPARE(stored.profiles.first().protectedNamespacePatterns, QStringList());
}

void TestProfileStore::addRefusesDuplicatesAndInvalidProfiles()
{
    auto settings = reopen();
    ProfileStore store(settings.get());
    QCOMPARE(store.add(cloudProfile(u"Retail"_s)), QList<ProfileError>());

    Profile other = cloudProfile(u"Retail"_s);
    other.callsPerMinute = 30;
    const QList<ProfileError> duplicate = store.add(other);
    QCOMPARE(duplicate.size(), 1);
    QCOMPARE(duplicate.first().field, ProfileError::Field::Name);
    QVERIFY2(duplicate.first().message.contains(u"Retail"), qPrintable(duplicate.first().message));
    QCOMPARE(store.load().profiles.first().callsPerMinute, 120);

    Profile invalid = cloudProfile(u"Broken"_s);
    invalid.regions = {u"Hangzhou"_s};
    invalid.callsPerMinute = 0;
    const QList<ProfileError> problems = store.add(invalid);
    QCOMPARE(problems, invalid.problems());
    QCOMPARE(problems.size(), 2);
    QVERIFY(!store.contains(u"Broken"_s));
    QVERIFY(!fileBytes().contains("Broken"));
}

void TestProfileStore::updateReplacesAndDropsStaleKeys()
{
    auto settings = reopen();
    ProfileStore store(settings.get());
    QCOMPARE(store.add(cloudProfile(u"Retail"_s)), QList<ProfileError>());

    Profile changed = cloudProfile(u"Retail"_s);
    changed.saeEndpointOverride.clear();
    changed.regions = {u"cn-beijing"_s};
    QCOMPARE(store.update(changed), QList<ProfileError>());
    QCOMPARE(store.load().profiles, QList<Profile>{changed});
    QVERIFY(!fileBytes().contains("saeEndpoint="));

    const QList<ProfileError> unknown = store.update(cloudProfile(u"Nobody"_s));
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(unknown.first().field, ProfileError::Field::Name);
    QVERIFY(!store.contains(u"Nobody"_s));

    Profile invalid = changed;
    invalid.accessKeyId.clear();
    QCOMPARE(store.update(invalid).size(), 1);
    QCOMPARE(store.load().profiles, QList<Profile>{changed});
}

void TestProfileStore::removeForgetsTheProfileAndTheChoice()
{
    auto settings = reopen();
    ProfileStore store(settings.get());
    QCOMPARE(store.add(cloudProfile(u"Retail"_s)), QList<ProfileError>());
    QCOMPARE(store.add(cloudProfile(u"Staging"_s)), QList<ProfileError>());
    QVERIFY(store.setCurrentProfileName(u"Staging"_s));

    QVERIFY(store.remove(u"Staging"_s));
    QVERIFY(!store.remove(u"Staging"_s));
    const StoredProfiles stored = store.load();
    QCOMPARE(namesOf(stored.profiles), QStringList{u"Retail"_s});
    QCOMPARE(stored.currentProfileName, u"Retail"_s);
    QVERIFY(!fileBytes().contains("Staging"));
}

void TestProfileStore::currentProfile()
{
    auto settings = reopen();
    ProfileStore store(settings.get());
    QCOMPARE(store.load().currentProfileName, QString());
    QVERIFY(!store.setCurrentProfileName(u"Retail"_s));

    QCOMPARE(store.add(cloudProfile(u"Retail"_s)), QList<ProfileError>());
    QCOMPARE(store.add(cloudProfile(u"Analytics"_s)), QList<ProfileError>());
    // Nothing chosen yet: the first in name order.
    QCOMPARE(store.load().currentProfileName, u"Analytics"_s);
    QVERIFY(store.setCurrentProfileName(u"Retail"_s));
    QCOMPARE(reopen()->value(u"currentProfile"_s).toString(), u"Retail"_s);
    QCOMPARE(ProfileStore(reopen().get()).load().currentProfileName, u"Retail"_s);

    // A choice that names no profile any more falls back too.
    settings->setValue(u"currentProfile"_s, u"Gone"_s);
    QCOMPARE(store.load().currentProfileName, u"Analytics"_s);
}

void TestProfileStore::damagedEntriesAreSkippedWithAWarning()
{
    writeFile("[General]\n"
              "currentProfile=Quantum\n"
              "\n"
              "[profiles]\n"
              "Good/kind=alibaba-cloud\n"
              "Good/regions=cn-hangzhou\n"
              "Good/accessKeyId=LTAI5tGood\n"
              "Quantum/kind=quantum-cloud\n"
              "Quantum/regions=cn-hangzhou\n"
              "Quantum/accessKeyId=LTAI5tQuantum\n"
              "NoKind/regions=cn-hangzhou\n"
              "NoKind/accessKeyId=LTAI5tNoKind\n"
              "Budget/kind=alibaba-cloud\n"
              "Budget/regions=cn-hangzhou\n"
              "Budget/accessKeyId=LTAI5tBudget\n"
              "Budget/callsPerMinute=lots\n"
              "ListKind/kind=alibaba-cloud, local-emulator\n"
              "ListKind/regions=cn-hangzhou\n"
              "ListKind/accessKeyId=LTAI5tList\n"
              "Variant/kind=alibaba-cloud\n"
              "Variant/regions=@Rect(1 2 3 4)\n"
              "Variant/accessKeyId=LTAI5tVariant\n"
              "BadRegion/kind=alibaba-cloud\n"
              "BadRegion/regions=Hangzhou\n"
              "BadRegion/accessKeyId=LTAI5tBadRegion\n"
              "BadBudget/kind=alibaba-cloud\n"
              "BadBudget/regions=cn-hangzhou\n"
              "BadBudget/accessKeyId=LTAI5tBadBudget\n"
              "BadBudget/callsPerMinute=100000\n");
    auto settings = reopen();
    ProfileStore store(settings.get());
    const StoredProfiles stored = store.load();
    QCOMPARE(namesOf(stored.profiles), QStringList{u"Good"_s});
    QCOMPARE(stored.profiles.first().callsPerMinute, 60);
    QCOMPARE(stored.profiles.first().protectedNamespacePatterns, QStringList{u"*prod*"_s});
    QCOMPARE(stored.currentProfileName, u"Good"_s);
    // In the settings' order of groups, one warning each.
    QCOMPARE(warnedProfiles(stored.warnings),
             (QStringList{u"BadBudget"_s, u"BadRegion"_s, u"Budget"_s, u"ListKind"_s, u"NoKind"_s,
                          u"Quantum"_s, u"Variant"_s}));
    const auto messageFor = [&stored](const QString &name) {
        for (const ProfileWarning &warning : stored.warnings) {
            if (warning.profileName == name)
                return warning.message;
        }
        return QString();
    };
    QVERIFY2(messageFor(u"Quantum"_s).contains(u"quantum-cloud"), qPrintable(messageFor(u"Quantum"_s)));
    QVERIFY2(messageFor(u"Budget"_s).contains(u"callsPerMinute"), qPrintable(messageFor(u"Budget"_s)));
    QVERIFY2(messageFor(u"ListKind"_s).contains(u"kind"), qPrintable(messageFor(u"ListKind"_s)));
    QVERIFY2(messageFor(u"Variant"_s).contains(u"regions"), qPrintable(messageFor(u"Variant"_s)));
    QVERIFY2(messageFor(u"BadRegion"_s).contains(u"Hangzhou"), qPrintable(messageFor(u"BadRegion"_s)));

    // A damaged entry is not in the way: a new profile may take its name, or it may be removed.
    QVERIFY(!store.contains(u"Quantum"_s));
    Profile replacement = cloudProfile(u"Quantum"_s);
    QCOMPARE(store.add(replacement), QList<ProfileError>());
    QCOMPARE(*store.load().find(u"Quantum"_s), replacement);
    QVERIFY(store.remove(u"NoKind"_s));
    QVERIFY(!warnedProfiles(store.load().warnings).contains(u"NoKind"_s));
    QVERIFY(!store.ensureLocalEmulatorProfile());
}

void TestProfileStore::garbageFileIsSurvived()
{
    static constexpr char garbage[] = "\x00\xff\xfe[profiles\n=\n[[[\nprofiles/=x\n\x01\x02";
    writeFile(QByteArray(garbage, sizeof(garbage) - 1));
    auto settings = reopen();
    ProfileStore store(settings.get());
    QCOMPARE(store.load().profiles, QList<Profile>());
    QVERIFY(store.ensureLocalEmulatorProfile());
    QCOMPARE(namesOf(store.load().profiles), QStringList{u"Local emulator"_s});
    settings.reset();
    QCOMPARE(namesOf(ProfileStore(reopen().get()).load().profiles), QStringList{u"Local emulator"_s});
}

void TestProfileStore::writesOnlyKnownKeys()
{
    {
        auto settings = reopen();
        ProfileStore store(settings.get());
        QVERIFY(store.ensureLocalEmulatorProfile());
        QCOMPARE(store.add(cloudProfile(u"Retail"_s)), QList<ProfileError>());
        QVERIFY(store.setCurrentProfileName(u"Retail"_s));
    }
    const QSet<QString> allowed{u"kind"_s,
                                u"regions"_s,
                                u"saeEndpoint"_s,
                                u"accessKeyId"_s,
                                u"callsPerMinute"_s,
                                u"cloudMonitorEndpoint"_s,
                                u"protectedNamespaces"_s};
    auto settings = reopen();
    QCOMPARE(settings->childKeys(), QStringList{u"currentProfile"_s});
    settings->beginGroup(u"profiles"_s);
    QCOMPARE(settings->childKeys(), QStringList());
    const QStringList groups = settings->childGroups();
    QCOMPARE(groups.size(), 2);
    for (const QString &group : groups) {
        settings->beginGroup(group);
        QVERIFY(settings->childGroups().isEmpty());
        for (const QString &key : settings->childKeys())
            QVERIFY2(allowed.contains(key), qPrintable(group + u'/' + key));
        settings->endGroup();
    }
    settings->endGroup();
    QVERIFY(!fileBytes().toLower().contains("secret"));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
