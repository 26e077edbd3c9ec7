#pragma once

#include "core/profile.h"

#include <QByteArray>

/**
 * A profile found by an import, with the AccessKey secret that came with it. The secret is held
 * in memory only, to be handed to a SecretStore; the caller wipes it (wipeSecret()) once stored.
 */
struct ImportedProfile
{
    Profile profile;
    QByteArray accessKeySecret;
};
