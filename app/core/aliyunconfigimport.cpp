#include "aliyunconfigimport.h"

#include "core/secretwipe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSet>

namespace AliyunConfigImport {

namespace {

using namespace Qt::StringLiterals;

const QString s_accessKeyIdVariable = u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s;
const QString s_accessKeySecretVariable = u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s;
const QString s_securityTokenVariable = u"ALIBABA_CLOUD_SECURITY_TOKEN"_s;
const QString s_regionVariable = u"ALIBABA_CLOUD_REGION_ID"_s;

/// The translation context of the messages below.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AliyunConfigImport)
};

/// A profile of the CLI's file, read field by field; `problem` says why it cannot be imported.
struct CliProfile
{
    QString name;
    ImportedProfile imported;
    QString problem;
};

QString textField(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

CliProfile readCliProfile(const QJsonObject &object)
{
    CliProfile read;
    read.name = textField(object, u"name"_s);
    const QString mode = textField(object, u"mode"_s);
    // The CLI itself compares modes ignoring case.
    if (mode.isEmpty()) {
        //: %1 is the name of a profile of the aliyun command-line tool.
        read.problem =
            Text::tr("The aliyun CLI profile “%1” was skipped: it is not configured (it has no mode).")
                .arg(read.name);
        return read;
    }
    if (mode.compare(u"AK", Qt::CaseInsensitive) != 0) {
        //: %1 is a profile name, %2 the aliyun CLI's credential mode (StsToken, RamRoleArn, ...).
        //: "AK" is the name of the mode that uses an AccessKey pair; keep it as is.
        read.problem = Text::tr("The aliyun CLI profile “%1” was skipped: it uses the %2 mode, and only "
                                "AccessKey (AK) profiles can be imported.")
                           .arg(read.name, mode);
        return read;
    }

    Profile &profile = read.imported.profile;
    profile.name = read.name;
    profile.kind = ProfileKind::AlibabaCloud;
    profile.accessKeyId = textField(object, u"access_key_id"_s);
    const QString region = textField(object, u"region_id"_s);
    if (!region.isEmpty())
        profile.regions = {region};
    QString secret = textField(object, u"access_key_secret"_s);
    read.imported.accessKeySecret = secret.toUtf8();
    wipeSecret(secret);

    if (profile.accessKeyId.isEmpty() || read.imported.accessKeySecret.isEmpty()) {
        //: %1 is the name of a profile of the aliyun command-line tool.
        read.problem = Text::tr("The aliyun CLI profile “%1” was skipped: it has no complete AccessKey pair.")
                           .arg(read.name);
    } else if (profile.regions.isEmpty()) {
        //: %1 is the name of a profile of the aliyun command-line tool.
        read.problem = Text::tr("The aliyun CLI profile “%1” was skipped: it has no region.").arg(read.name);
    } else if (const QList<ProfileError> problems = profile.problems(); !problems.isEmpty()) {
        //: %1 is a profile name, %2 the first problem found with it.
        read.problem =
            Text::tr("The aliyun CLI profile “%1” was skipped: %2").arg(read.name, problems.first().message);
    }
    if (!read.problem.isEmpty())
        wipeSecret(read.imported.accessKeySecret);
    return read;
}

} // namespace

QString defaultConfigPath()
{
    return QDir::home().filePath(u".aliyun/config.json"_s);
}

ProfileImport fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file path, %2 the system's reason.
        const QString message = Text::tr("The aliyun CLI configuration %1 could not be read: %2")
                                    .arg(QDir::toNativeSeparators(path), file.errorString());
        ProfileImport failed;
        failed.warnings.append({{}, message});
        return failed;
    }
    QByteArray json = file.readAll();
    ProfileImport imported = fromJson(json);
    wipeSecret(json);
    return imported;
}

ProfileImport fromJson(const QByteArray &json)
{
    ProfileImport result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError
                                ? parseError.errorString()
                                : Text::tr("it is not a JSON object");
        //: %1 is the JSON parser's explanation.
        const QString message = Text::tr("The aliyun CLI configuration is not valid: %1").arg(why);
        result.warnings.append({{}, message});
        return result;
    }
    const QJsonObject root = document.object();
    if (!root.value(u"profiles"_s).isArray()) {
        const QString message = Text::tr("The aliyun CLI configuration has no list of profiles.");
        result.warnings.append({{}, message});
        return result;
    }

    QSet<QString> names;
    const QJsonArray profiles = root.value(u"profiles"_s).toArray();
    for (const QJsonValue &entry : profiles) {
        if (!entry.isObject()) {
            const QString message =
                Text::tr("An entry of the aliyun CLI's profiles list is not an object; it was skipped.");
            result.warnings.append({{}, message});
            continue;
        }
        CliProfile read = readCliProfile(entry.toObject());
        if (read.name.isEmpty()) {
            wipeSecret(read.imported.accessKeySecret);
            const QString message = Text::tr("An aliyun CLI profile without a name was skipped.");
            result.warnings.append({{}, message});
        } else if (names.contains(read.name)) {
            wipeSecret(read.imported.accessKeySecret);
            //: %1 is the name of a profile of the aliyun command-line tool.
            const QString message =
                Text::tr("The aliyun CLI profile “%1” appears twice; only the first one was imported.")
                    .arg(read.name);
            result.warnings.append({read.name, message});
        } else if (!read.problem.isEmpty()) {
            result.warnings.append({read.name, read.problem});
        } else {
            result.profiles.append(std::move(read.imported));
        }
        names.insert(read.name);
    }

    const QString current = textField(root, u"current"_s);
    for (const ImportedProfile &imported : std::as_const(result.profiles)) {
        if (imported.profile.name == current)
            result.currentProfileName = current;
    }
    return result;
}

ProfileImport fromEnvironment(const QProcessEnvironment &environment)
{
    ProfileImport result;
    const QString accessKeyId = environment.value(s_accessKeyIdVariable);
    QString secret = environment.value(s_accessKeySecretVariable);
    const bool hasId = !accessKeyId.isEmpty();
    const bool hasSecret = !secret.isEmpty();
    if (!hasId || !hasSecret) {
        QString message;
        if (!hasId && !hasSecret) {
            //: %1 and %2 are names of environment variables.
            message =
                Text::tr("Neither %1 nor %2 is set.").arg(s_accessKeyIdVariable, s_accessKeySecretVariable);
        } else {
            //: %1 and %2 are names of environment variables.
            message = Text::tr("%1 is set but %2 is not.")
                          .arg(hasId ? s_accessKeyIdVariable : s_accessKeySecretVariable,
                               hasId ? s_accessKeySecretVariable : s_accessKeyIdVariable);
        }
        result.warnings.append({{}, message});
        wipeSecret(secret);
        return result;
    }
    if (!environment.value(s_securityTokenVariable).isEmpty()) {
        //: %1 is the name of an environment variable. STS is Alibaba Cloud's Security Token Service.
        const QString message =
            Text::tr("The AccessKey pair in the environment comes with %1: it is a temporary "
                     "STS credential, which a profile cannot keep. It was not imported.")
                .arg(s_securityTokenVariable);
        result.warnings.append({{}, message});
        wipeSecret(secret);
        return result;
    }

    ImportedProfile imported;
    Profile &profile = imported.profile;
    //: The name of a profile imported from the ALIBABA_CLOUD_* environment variables.
    profile.name = Text::tr("Environment");
    profile.kind = ProfileKind::AlibabaCloud;
    profile.accessKeyId = accessKeyId;
    const QString region = environment.value(s_regionVariable);
    if (Profile::isRegionId(region)) {
        profile.regions = {region};
    } else {
        profile.regions = {QString::fromLatin1(defaultEnvironmentRegionId)};
        if (!region.isEmpty()) {
            //: %1 is an environment variable's name, %2 its value, %3 the region used instead.
            const QString message = Text::tr("%1 is “%2”, which is not a region ID; the profile uses %3.")
                                        .arg(s_regionVariable, region, profile.regions.first());
            result.warnings.append({profile.name, message});
        }
    }
    imported.accessKeySecret = secret.toUtf8();
    wipeSecret(secret);

    if (const QList<ProfileError> problems = profile.problems(); !problems.isEmpty()) {
        wipeSecret(imported.accessKeySecret);
        //: %1 is the first problem found with the imported profile.
        const QString message = Text::tr("The AccessKey pair in the environment was not imported: %1")
                                    .arg(problems.first().message);
        result.warnings.append({profile.name, message});
        return result;
    }
    result.profiles.append(std::move(imported));
    return result;
}

} // namespace AliyunConfigImport
