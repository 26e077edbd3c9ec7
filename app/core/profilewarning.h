#pragma once

#include <QString>

/**
 * Something a load or an import passed over, as a value the UI can list: which profile (empty
 * when the problem concerns the whole file) and a translated explanation. It never carries a
 * secret.
 */
struct ProfileWarning
{
    QString profileName;
    QString message;

    friend bool operator==(const ProfileWarning &, const ProfileWarning &) = default;
};
