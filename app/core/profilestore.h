#pragma once

#include "core/profile.h"
#include "core/profileerror.h"
#include "core/profilewarning.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

/** What ProfileStore::load() found: the usable profiles, the current one and what it skipped. */
struct StoredProfiles
{
    QList<Profile> profiles;
    /// A name in `profiles`: the stored choice, else the first profile, else empty.
    QString currentProfileName;
    /// Profiles that could not be read (unknown kind, wrong types, invalid values), one each.
    QList<ProfileWarning> warnings;

    /// The profile of that name, or nullptr.
    const Profile *find(const QString &name) const;
};

/**
 * Keeps profiles in a QSettings it is given (DESIGN.md section 6): one group per profile under
 * `profiles/`, named by the percent-encoded profile name so that any name survives QSettings' key
 * syntax, and the current profile's name in `currentProfile`.
 *
 * It never writes a secret: a Profile has no field for one, and the only keys it writes are the
 * ones listed in profilestore.cpp. A damaged file (a kind it does not know, values of the wrong
 * type, values a profile must not have) costs only the damaged profiles, each reported as a
 * warning; it never stops the others from loading.
 */
class ProfileStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    /// `settings` must outlive the store.
    explicit ProfileStore(QSettings *settings);

    StoredProfiles load() const;
    /// Whether a usable profile of that name is stored; a damaged entry does not count, so a new
    /// profile may take its place.
    bool contains(const QString &name) const;

    /// Saves a new profile; refuses an invalid one and a name already taken. Empty on success.
    QList<ProfileError> add(const Profile &profile);
    /// Replaces the stored profile of the same name; refuses an invalid one. Empty on success.
    QList<ProfileError> update(const Profile &profile);
    /// Removes a profile, usable or damaged (its secret is the SecretStore's business). False when
    /// there was none.
    bool remove(const QString &name);

    /// Remembers which profile the console uses; false when there is no profile of that name.
    bool setCurrentProfileName(const QString &name);

    /**
     * The first run: when the settings hold no usable profile, saves Profile::localEmulator() and
     * makes it current. True when it created the profile.
     */
    bool ensureLocalEmulatorProfile();

private:
    /// The group of a profile under `profiles/`, safe for any name.
    static QString groupName(const QString &profileName);
    void write(const Profile &profile);

    QSettings *m_settings;
};
