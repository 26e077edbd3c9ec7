#pragma once

#include <Qt>

/**
 * Roles shared by the project's item models. Models expose raw values through them and
 * delegates decide how to present them (STYLE.md rule 8).
 */
namespace ItemRoles {
enum Role : int
{
    SortRole = Qt::UserRole + 1, ///< a value that sorts the column naturally (numbers, ranks)
    IdRole,                      ///< the platform ID of the row's object
    SeverityRole,                ///< a Severity, as int, for status colouring
    SearchTextRole,              ///< lower-case text the filter matches against
    StatusRole,                  ///< the row's status enum (the model's own), as int, for filters
    NeedsAttentionRole,          ///< bool: the row is failing and someone should look
    LockReasonRole,              ///< QString: why manual changes to the row are blocked; empty: not
};
} // namespace ItemRoles
