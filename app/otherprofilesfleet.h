#pragma once

#include "core/profile.h"
#include "fleetcontroller.h"

#include <QObject>

#include <memory>
#include <vector>

class ApiClient;
class QNetworkAccessManager;
class RequestScheduler;

/**
 * The fleet of all profiles (issue 8, optional): adds to the fleet page the applications of the
 * other Alibaba Cloud profiles, every region of each. Each profile is its own AccessKey, so it gets
 * its own client and scheduler (its own call budget); its secret is read from the keychain the
 * first time it is included, asynchronously. Rows read this way carry the profile's name, and
 * opening one asks to switch profile. Excluding them again puts the fleet back to its own regions;
 * the connections stay for the session (their replies may still be on the way).
 */
class OtherProfilesFleet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OtherProfilesFleet)

public:
    /// `ownRegions`: the fleet's regions without the other profiles.
    OtherProfilesFleet(QNetworkAccessManager *network, FleetController *fleet,
                       QList<FleetController::Region> ownRegions, QObject *parent = nullptr);
    ~OtherProfilesFleet() override;

    /// The profiles that may be added: Alibaba Cloud ones, not the console's own. Once one was
    /// included (its secret asked for), the list stays: a reply may still be on its way to it.
    void setProfiles(const QList<Profile> &profiles, const QString &ownProfileName);
    bool isEmpty() const { return m_connections.empty(); }

    void setIncluded(bool included);
    bool isIncluded() const { return m_included; }

signals:
    /// A profile could not be added (its secret could not be read); translated, with why.
    void profileFailed(const QString &message);

private:
    struct Connection;
    void connectProfile(Connection *connection);
    void applyRegions();

    QNetworkAccessManager *m_network;
    FleetController *m_fleet;
    QList<FleetController::Region> m_ownRegions;
    std::vector<std::unique_ptr<Connection>> m_connections;
    bool m_included = false;
};
