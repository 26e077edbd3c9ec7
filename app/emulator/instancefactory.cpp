#include "instancefactory.h"

#include <algorithm>

namespace InstanceFactory {

using namespace Qt::StringLiterals;

quint32 seedFor(const QString &appId, const QDateTime &at, qsizetype salt)
{
    quint32 hash = 2166136261u;
    for (const QChar c : appId) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    const quint64 moment = quint64(at.toMSecsSinceEpoch()) + quint64(salt);
    return hash ^ quint32(moment) ^ quint32(moment >> 32);
}

QString podToken(QRandomGenerator &random, int length)
{
    static constexpr QStringView alphabet = u"bcdfghjklmnpqrstvwxz2456789";
    QString token;
    token.reserve(length);
    for (int i = 0; i < length; ++i)
        token.append(alphabet.at(random.bounded(int(alphabet.size()))));
    return token;
}

QString templateHashOf(const EmulatedApplication &application, const Instance &instance)
{
    const QString prefix = application.application.appName + u'-';
    if (!instance.instanceId.startsWith(prefix))
        return {};
    return instance.instanceId.mid(prefix.size()).section(u'-', 0, 0);
}

QString freeIp(const EmulatedApplication &application, const QString &templateIp, QRandomGenerator &random)
{
    const QString network = templateIp.section(u'.', 0, 2);
    if (network.isEmpty() || templateIp.count(u'.') != 3)
        return {};
    for (int attempt = 0; attempt < 256; ++attempt) {
        const QString ip = network + u'.' + QString::number(10 + random.bounded(240));
        const bool used = std::any_of(application.instances.cbegin(), application.instances.cend(),
                                      [&ip](const Instance &instance) { return instance.ip == ip; });
        if (!used)
            return ip;
    }
    return {};
}

Instance create(const EmulatedApplication &application, const Instance &model, const QString &templateHash,
                const QDateTime &at, QRandomGenerator &random)
{
    const bool probed = model.health != InstanceHealth::WithoutHealthCheckConfig;
    Instance instance;
    instance.instanceId = application.application.appName + u'-' + templateHash + u'-' + podToken(random, 5);
    instance.groupId = model.groupId.isEmpty() ? application.group.groupId : model.groupId;
    instance.vSwitchId = model.vSwitchId;
    instance.imageUrl = model.imageUrl;
    instance.packageVersion = model.packageVersion;
    instance.ip = freeIp(application, model.ip, random);
    instance.status = InstanceStatus::Pending;
    instance.statusText = toWire(instance.status);
    instance.health = probed ? InstanceHealth::NotCheckedYet : InstanceHealth::WithoutHealthCheckConfig;
    instance.healthText = toWire(instance.health);
    instance.createdAt = at;
    instance.readyAt = at.addSecs(20 + random.bounded(41));
    return instance;
}

} // namespace InstanceFactory
