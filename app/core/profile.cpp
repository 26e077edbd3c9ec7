#include "profile.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

const QString s_localEmulatorValue = u"local-emulator"_s;
const QString s_alibabaCloudValue = u"alibaba-cloud"_s;

/// An area code and at least one more part: `cn-hangzhou`, `ap-southeast-1`, `cn-shanghai-finance-1`.
const QRegularExpression &regionIdPattern()
{
    static const QRegularExpression pattern(u"^[a-z]{2,}(-[a-z0-9]+)+$"_s);
    return pattern;
}

/// `*` matches any run of characters, `?` one character, everything else itself, ignoring case.
QRegularExpression wildcardExpression(const QString &pattern)
{
    QString expression;
    expression.reserve(pattern.size() * 2 + 4);
    expression += u"\\A"_s;
    for (const QChar character : pattern) {
        if (character == u'*')
            expression += u".*"_s;
        else if (character == u'?')
            expression += u'.';
        else
            expression += QRegularExpression::escape(QString(character));
    }
    expression += u"\\z"_s;
    return QRegularExpression(expression, QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
}

/// The default endpoint of an Alibaba Cloud product in a region: `https://<product>.<region>.aliyuncs.com`.
QUrl regionalEndpoint(const QString &product, const QString &regionId)
{
    if (!Profile::isRegionId(regionId))
        return {};
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(product + u'.' + regionId + u".aliyuncs.com"_s);
    return url;
}

bool isHttpEndpoint(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

/// An unset override is empty; one that failed to parse is not unset, it is wrong.
bool isSet(const QUrl &url)
{
    return !url.isEmpty() || !url.errorString().isEmpty();
}

enum class Spaces
{
    Allowed,
    Refused,
};

/// Tabs, line breaks and other control characters, and plain spaces unless they are allowed.
bool hasForbiddenCharacters(const QString &text, Spaces spaces)
{
    for (const QChar character : text) {
        if (character == u' ' ? spaces == Spaces::Refused
                              : character.isSpace() || character.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

QString toSettingsValue(ProfileKind kind)
{
    switch (kind) {
    case ProfileKind::LocalEmulator:
        return s_localEmulatorValue;
    case ProfileKind::AlibabaCloud:
        return s_alibabaCloudValue;
    }
    return {};
}

std::optional<ProfileKind> profileKindFromSettingsValue(QStringView value)
{
    if (value == s_localEmulatorValue)
        return ProfileKind::LocalEmulator;
    if (value == s_alibabaCloudValue)
        return ProfileKind::AlibabaCloud;
    return std::nullopt;
}

QStringList Profile::defaultProtectedNamespacePatterns()
{
    return {u"*prod*"_s};
}

Profile Profile::localEmulator()
{
    Profile profile;
    //: The name of the profile a first run creates: the SAE emulator built into the console.
    profile.name = tr("Local emulator");
    profile.kind = ProfileKind::LocalEmulator;
    profile.regions = {QString::fromLatin1(localEmulatorRegionId)};
    profile.accessKeyId = QString::fromLatin1(localEmulatorAccessKeyId);
    return profile;
}

bool Profile::isRegionId(const QString &regionId)
{
    return regionIdPattern().match(regionId).hasMatch();
}

QString Profile::defaultRegion() const
{
    return regions.isEmpty() ? QString() : regions.first();
}

QUrl Profile::saeEndpoint(const QString &regionId) const
{
    if (isSet(saeEndpointOverride))
        return saeEndpointOverride;
    if (kind == ProfileKind::LocalEmulator)
        return {};
    return regionalEndpoint(u"sae"_s, regionId);
}

QUrl Profile::cloudMonitorEndpoint(const QString &regionId) const
{
    if (isSet(cloudMonitorEndpointOverride))
        return cloudMonitorEndpointOverride;
    if (kind == ProfileKind::LocalEmulator)
        return saeEndpoint(regionId);
    return regionalEndpoint(u"metrics"_s, regionId);
}

bool Profile::isProtected(const QString &namespaceId, const QString &namespaceName) const
{
    for (const QString &pattern : protectedNamespacePatterns) {
        if (pattern.trimmed().isEmpty())
            continue;
        const QRegularExpression expression = wildcardExpression(pattern.trimmed());
        if (expression.match(namespaceId).hasMatch() || expression.match(namespaceName).hasMatch())
            return true;
    }
    return false;
}

QList<ProfileError> Profile::problems() const
{
    QList<ProfileError> found;
    using Field = ProfileError::Field;

    if (name.trimmed().isEmpty())
        found.append({Field::Name, tr("The profile needs a name.")});
    else if (name != name.trimmed())
        found.append({Field::Name, tr("The profile name must not begin or end with a space.")});
    else if (name.size() > maximumNameLength)
        found.append(
            {Field::Name, tr("The profile name is longer than %1 characters.").arg(maximumNameLength)});
    else if (hasForbiddenCharacters(name, Spaces::Allowed))
        found.append(
            {Field::Name, tr("The profile name must not contain tabs, line breaks or control characters.")});

    if (regions.isEmpty())
        found.append({Field::Regions, tr("The profile needs at least one region.")});
    QSet<QString> seenRegions;
    for (const QString &region : regions) {
        if (kind == ProfileKind::AlibabaCloud
                ? !isRegionId(region)
                : region.isEmpty() || hasForbiddenCharacters(region, Spaces::Refused)) {
            //: %1 is what the user typed as a region; cn-hangzhou is an example of a region ID.
            found.append({Field::Regions, tr("“%1” is not a region ID such as cn-hangzhou.").arg(region)});
        } else if (seenRegions.contains(region)) {
            found.append({Field::Regions, tr("The region %1 is listed twice.").arg(region)});
        }
        seenRegions.insert(region);
    }

    if (isSet(saeEndpointOverride) && !isHttpEndpoint(saeEndpointOverride)) {
        found.append({Field::SaeEndpoint, tr("The SAE endpoint must be an http or https address, not “%1”.")
                                              .arg(saeEndpointOverride.toString())});
    }
    if (isSet(cloudMonitorEndpointOverride) && !isHttpEndpoint(cloudMonitorEndpointOverride)) {
        found.append({Field::CloudMonitorEndpoint,
                      tr("The CloudMonitor endpoint must be an http or https address, not “%1”.")
                          .arg(cloudMonitorEndpointOverride.toString())});
    }

    if (accessKeyId.isEmpty())
        found.append({Field::AccessKeyId, tr("The profile needs an AccessKey ID.")});
    else if (hasForbiddenCharacters(accessKeyId, Spaces::Refused))
        found.append({Field::AccessKeyId, tr("The AccessKey ID must not contain spaces.")});

    if (callsPerMinute < minimumCallsPerMinute || callsPerMinute > maximumCallsPerMinute) {
        found.append({Field::CallsPerMinute, tr("The call budget must be from %1 to %2 calls per minute.")
                                                 .arg(minimumCallsPerMinute)
                                                 .arg(maximumCallsPerMinute)});
    }
    return found;
}
