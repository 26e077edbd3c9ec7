#pragma once

#include <QString>

/**
 * One field of an update as the confirmation shows it: the field's translated label and its text
 * before and after. An empty `before` means the field is added, an empty `after` that it is removed.
 */
struct ConfirmationChange
{
    QString field;
    QString before;
    QString after;

    friend bool operator==(const ConfirmationChange &, const ConfirmationChange &) = default;
};
