#pragma once

#include "core/importedprofile.h"
#include "core/profilewarning.h"

#include <QList>
#include <QString>

/** What an import found: the profiles it can use, the one the source marks current, and what it skipped. */
struct ProfileImport
{
    QList<ImportedProfile> profiles;
    /// The source's current profile when it was imported; else empty.
    QString currentProfileName;
    /// Skipped profiles with the reason, and problems with the source as a whole.
    QList<ProfileWarning> warnings;
};
