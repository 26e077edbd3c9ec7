#include "application.h"

#include <QUrl>

QString Application::version() const
{
    if (!imageUrl.isEmpty()) {
        const qsizetype lastSlash = imageUrl.lastIndexOf(u'/');
        const qsizetype digest = imageUrl.indexOf(u'@', lastSlash + 1);
        if (digest >= 0)
            return imageUrl.mid(digest + 1, 19); // "sha256:" and the first 12 hex digits
        const qsizetype colon = imageUrl.lastIndexOf(u':');
        if (colon > lastSlash)
            return imageUrl.mid(colon + 1);
        return QStringLiteral("latest");
    }
    if (!packageUrl.isEmpty()) {
        // Packages are named <app>-<version>.<extension> by convention; show the version part.
        QString name = QUrl(packageUrl).fileName();
        for (QStringView extension : {u".jar", u".war", u".zip", u".tar.gz", u".tgz"}) {
            if (name.endsWith(extension, Qt::CaseInsensitive)) {
                name.chop(extension.size());
                break;
            }
        }
        const QString prefix = appName + u'-';
        if (name.startsWith(prefix) && name.size() > prefix.size())
            name.remove(0, prefix.size());
        return name;
    }
    return {};
}

ApplicationState Application::state() const
{
    if (deleting)
        return ApplicationState::Deleting;
    if (targetInstances == 0)
        return ApplicationState::Stopped;
    if (runningInstances < targetInstances)
        return ApplicationState::Degraded;
    return ApplicationState::Running;
}
