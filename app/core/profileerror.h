#pragma once

#include <QString>

/**
 * Why a profile cannot be saved, as a value: the field at fault, so that a form can show the
 * problem next to it, and a translated message that names the offending value.
 */
struct ProfileError
{
    enum class Field
    {
        Name,
        Regions,
        SaeEndpoint,
        CloudMonitorEndpoint,
        AccessKeyId,
        CallsPerMinute,
    };

    Field field = Field::Name;
    QString message;

    friend bool operator==(const ProfileError &, const ProfileError &) = default;
};
