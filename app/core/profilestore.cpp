#include "profilestore.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// The only keys a profile's group ever holds. There is no key for a secret, on purpose.
const QString s_profilesGroup = u"profiles"_s;
const QString s_currentProfileKey = u"currentProfile"_s;
const QString s_kindKey = u"kind"_s;
const QString s_regionsKey = u"regions"_s;
const QString s_saeEndpointKey = u"saeEndpoint"_s;
const QString s_cloudMonitorEndpointKey = u"cloudMonitorEndpoint"_s;
const QString s_accessKeyIdKey = u"accessKeyId"_s;
const QString s_protectedNamespacesKey = u"protectedNamespaces"_s;
const QString s_callsPerMinuteKey = u"callsPerMinute"_s;

/// What a profile's group holds, read strictly: a value of another type is an error, not a guess.
class ProfileGroupReader
{
public:
    explicit ProfileGroupReader(const QSettings &settings)
        : m_settings(settings)
    {}

    /// The first key whose value had the wrong type; empty while every value was fine.
    const QString &wrongKey() const { return m_wrongKey; }

    QString text(const QString &key)
    {
        const QVariant value = m_settings.value(key);
        if (!value.isValid())
            return {};
        if (value.typeId() != QMetaType::QString) {
            markWrong(key);
            return {};
        }
        return value.toString();
    }

    /// An absent key gives `fallback`; a single string is a one-element list.
    QStringList list(const QString &key, const QStringList &fallback)
    {
        if (!m_settings.contains(key))
            return fallback;
        const QVariant value = m_settings.value(key);
        if (!value.isValid())
            return {};
        if (value.typeId() == QMetaType::QString)
            return value.toString().isEmpty() ? QStringList() : QStringList{value.toString()};
        if (value.typeId() != QMetaType::QStringList) {
            markWrong(key);
            return {};
        }
        return value.toStringList();
    }

    int number(const QString &key, int fallback)
    {
        const QVariant value = m_settings.value(key);
        if (!value.isValid())
            return fallback;
        bool ok = false;
        int number = 0;
        if (value.typeId() == QMetaType::QString)
            number = value.toString().trimmed().toInt(&ok);
        else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
            number = value.toInt(&ok);
        if (!ok)
            markWrong(key);
        return number;
    }

    QUrl url(const QString &key)
    {
        const QString value = text(key);
        return value.isEmpty() ? QUrl() : QUrl(value, QUrl::StrictMode);
    }

private:
    void markWrong(const QString &key)
    {
        if (m_wrongKey.isEmpty())
            m_wrongKey = key;
    }

    const QSettings &m_settings;
    QString m_wrongKey;
};

QString profileNameOf(const QString &groupName)
{
    return QUrl::fromPercentEncoding(groupName.toUtf8());
}

} // namespace

const Profile *StoredProfiles::find(const QString &name) const
{
    const auto found = std::find_if(profiles.cbegin(), profiles.cend(),
                                    [&name](const Profile &profile) { return profile.name == name; });
    return found == profiles.cend() ? nullptr : &*found;
}

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{
    Q_ASSERT(m_settings);
}

StoredProfiles ProfileStore::load() const
{
    StoredProfiles stored;
    m_settings->beginGroup(s_profilesGroup);
    const QStringList groups = m_settings->childGroups();
    for (const QString &group : groups) {
        Profile profile;
        profile.name = profileNameOf(group);
        m_settings->beginGroup(group);
        ProfileGroupReader reader(*m_settings);
        const QString kind = reader.text(s_kindKey);
        profile.regions = reader.list(s_regionsKey, {});
        profile.saeEndpointOverride = reader.url(s_saeEndpointKey);
        profile.cloudMonitorEndpointOverride = reader.url(s_cloudMonitorEndpointKey);
        profile.accessKeyId = reader.text(s_accessKeyIdKey);
        profile.protectedNamespacePatterns =
            reader.list(s_protectedNamespacesKey, Profile::defaultProtectedNamespacePatterns());
        profile.callsPerMinute = reader.number(s_callsPerMinuteKey, Profile::defaultCallsPerMinute);
        m_settings->endGroup();

        const std::optional<ProfileKind> knownKind = profileKindFromSettingsValue(kind);
        if (!reader.wrongKey().isEmpty()) {
            //: %1 is a profile name, %2 a settings key such as callsPerMinute.
            const QString message =
                tr("The profile “%1” was skipped: its setting “%2” has a value of the wrong type.")
                    .arg(profile.name, reader.wrongKey());
            stored.warnings.append({profile.name, message});
            continue;
        }
        if (!knownKind) {
            //: %1 is a profile name, %2 the unknown kind as written in the settings file.
            const QString message =
                tr("The profile “%1” was skipped: its kind “%2” is unknown.").arg(profile.name, kind);
            stored.warnings.append({profile.name, message});
            continue;
        }
        profile.kind = *knownKind;
        const QList<ProfileError> problems = profile.problems();
        if (!problems.isEmpty()) {
            //: %1 is a profile name, %2 the first problem found with it.
            const QString message =
                tr("The profile “%1” was skipped: %2").arg(profile.name, problems.first().message);
            stored.warnings.append({profile.name, message});
            continue;
        }
        stored.profiles.append(profile);
    }
    m_settings->endGroup();

    std::sort(stored.profiles.begin(), stored.profiles.end(), [](const Profile &left, const Profile &right) {
        return left.name.compare(right.name, Qt::CaseInsensitive) < 0;
    });
    const QVariant current = m_settings->value(s_currentProfileKey);
    if (current.typeId() == QMetaType::QString && stored.find(current.toString()))
        stored.currentProfileName = current.toString();
    else if (!stored.profiles.isEmpty())
        stored.currentProfileName = stored.profiles.first().name;
    return stored;
}

bool ProfileStore::contains(const QString &name) const
{
    // Only usable profiles count: a damaged entry is invisible to the user, so a new profile may take its
    // place.
    return load().find(name) != nullptr;
}

QList<ProfileError> ProfileStore::add(const Profile &profile)
{
    QList<ProfileError> problems = profile.problems();
    if (problems.isEmpty() && contains(profile.name)) {
        //: %1 is a profile name.
        const QString message = tr("A profile named “%1” already exists.").arg(profile.name);
        problems.append({ProfileError::Field::Name, message});
    }
    if (problems.isEmpty())
        write(profile);
    return problems;
}

QList<ProfileError> ProfileStore::update(const Profile &profile)
{
    QList<ProfileError> problems = profile.problems();
    if (problems.isEmpty() && !contains(profile.name)) {
        //: %1 is a profile name.
        const QString message = tr("There is no profile named “%1”.").arg(profile.name);
        problems.append({ProfileError::Field::Name, message});
    }
    if (problems.isEmpty())
        write(profile);
    return problems;
}

bool ProfileStore::remove(const QString &name)
{
    // Damaged entries too: removing is how a user gets rid of one.
    m_settings->beginGroup(s_profilesGroup);
    const bool stored = m_settings->childGroups().contains(groupName(name));
    m_settings->endGroup();
    if (!stored)
        return false;
    m_settings->remove(s_profilesGroup + u'/' + groupName(name));
    if (m_settings->value(s_currentProfileKey).toString() == name)
        m_settings->remove(s_currentProfileKey);
    m_settings->sync();
    return true;
}

bool ProfileStore::setCurrentProfileName(const QString &name)
{
    if (!contains(name))
        return false;
    m_settings->setValue(s_currentProfileKey, name);
    m_settings->sync();
    return true;
}

bool ProfileStore::ensureLocalEmulatorProfile()
{
    if (!load().profiles.isEmpty())
        return false;
    const Profile local = Profile::localEmulator();
    write(local);
    m_settings->setValue(s_currentProfileKey, local.name);
    m_settings->sync();
    return true;
}

QString ProfileStore::groupName(const QString &profileName)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(profileName));
}

void ProfileStore::write(const Profile &profile)
{
    const QString group = s_profilesGroup + u'/' + groupName(profile.name);
    m_settings->remove(group); // a stale key from an older version must not survive an update
    m_settings->beginGroup(group);
    m_settings->setValue(s_kindKey, toSettingsValue(profile.kind));
    m_settings->setValue(s_regionsKey, profile.regions);
    if (!profile.saeEndpointOverride.isEmpty())
        m_settings->setValue(s_saeEndpointKey, profile.saeEndpointOverride.toString());
    if (!profile.cloudMonitorEndpointOverride.isEmpty())
        m_settings->setValue(s_cloudMonitorEndpointKey, profile.cloudMonitorEndpointOverride.toString());
    m_settings->setValue(s_accessKeyIdKey, profile.accessKeyId);
    m_settings->setValue(s_protectedNamespacesKey, profile.protectedNamespacePatterns);
    m_settings->setValue(s_callsPerMinuteKey, profile.callsPerMinute);
    m_settings->endGroup();
    m_settings->sync();
}
