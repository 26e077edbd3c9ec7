#include "otherprofilesfleet.h"

#include "platform/apiclient.h"
#include "platform/requestscheduler.h"
#include "platform/secretstoreprobe.h"

#include <algorithm>

struct OtherProfilesFleet::Connection
{
    Profile profile;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<RequestScheduler> scheduler;
    bool asked = false; ///< its secret was asked for
    bool ready = false; ///< it has its secret
};

OtherProfilesFleet::OtherProfilesFleet(QNetworkAccessManager *network, FleetController *fleet,
                                       QList<FleetController::Region> ownRegions, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_fleet(fleet)
    , m_ownRegions(std::move(ownRegions))
{}

OtherProfilesFleet::~OtherProfilesFleet() = default;

void OtherProfilesFleet::setProfiles(const QList<Profile> &profiles, const QString &ownProfileName)
{
    if (std::any_of(m_connections.cbegin(), m_connections.cend(),
                    [](const std::unique_ptr<Connection> &connection) { return connection->asked; }))
        return;
    m_connections.clear();
    for (const Profile &profile : profiles) {
        if (profile.kind != ProfileKind::AlibabaCloud || profile.name == ownProfileName
            || profile.regions.isEmpty())
            continue;
        auto connection = std::make_unique<Connection>();
        connection->profile = profile;
        m_connections.push_back(std::move(connection));
    }
}

void OtherProfilesFleet::setIncluded(bool included)
{
    m_included = included;
    if (included) {
        for (const std::unique_ptr<Connection> &connection : m_connections) {
            if (!connection->asked)
                connectProfile(connection.get());
        }
    }
    applyRegions();
}

void OtherProfilesFleet::connectProfile(Connection *connection)
{
    connection->asked = true;
    const Profile &profile = connection->profile;
    connection->client = std::make_unique<ApiClient>(m_network);
    connection->client->setEndpoint(profile.saeEndpoint(profile.regions.constFirst()));
    connection->scheduler = std::make_unique<RequestScheduler>(connection->client.get());
    connection->scheduler->setLimit(profile.callsPerMinute);
    SecretStoreProbe::choose(this, [this, connection](SecretStore *store) {
        store->readSecret(connection->profile.name, this, [this, connection](const SecretResult &result) {
            if (!result.isOk()) {
                //: %1: a profile's name, %2: why its secret could not be read
                emit profileFailed(tr("The fleet cannot include profile %1: %2")
                                       .arg(connection->profile.name, result.message()));
                return;
            }
            connection->client->setCredential({connection->profile.accessKeyId, result.secret()});
            connection->ready = true;
            applyRegions();
        });
    });
}

void OtherProfilesFleet::applyRegions()
{
    QList<FleetController::Region> regions = m_ownRegions;
    if (m_included) {
        for (const std::unique_ptr<Connection> &connection : m_connections) {
            if (!connection->ready)
                continue;
            const Profile &profile = connection->profile;
            for (const QString &regionId : profile.regions)
                regions.append(
                    {regionId, profile.saeEndpoint(regionId), connection->scheduler.get(), profile.name});
        }
    }
    if (regions.size() != m_fleet->regions().size())
        m_fleet->setRegions(regions);
}
