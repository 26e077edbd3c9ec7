#pragma once

#include <QString>

/**
 * One line of what an update changes, as the confirmation dialog shows it in a Field | Before |
 * After table: a scaling rule's target at 08:00, a deployment's image or an environment
 * variable. All texts are already translated and formatted for reading. An empty `before` means
 * the field or item is added, an empty `after` that it is removed.
 */
struct ConfirmationChange
{
    /// What changes, translated: "Schedule 08:00: target", "Maximum instances".
    QString field;
    QString before;
    QString after;

    bool isAddition() const { return before.isEmpty(); }
    bool isRemoval() const { return after.isEmpty(); }

    friend bool operator==(const ConfirmationChange &, const ConfirmationChange &) = default;
};
