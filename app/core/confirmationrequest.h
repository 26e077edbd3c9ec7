#pragma once

#include "core/confirmationchange.h"

#include <QList>
#include <QString>

/**
 * What a mutating action asks the user to confirm (DESIGN.md section 5, steps 1 and 2): the
 * action, exactly where it lands (profile, region, namespace, application, target) and what will
 * happen. The caller fills it with translated text; the confirmation dialog only presents it.
 */
struct ConfirmationRequest
{
    /// What will be done, already translated: "Restart instance".
    QString action;
    QString profileName;
    QString regionId;
    QString namespaceId;
    QString namespaceName;
    QString appId;
    QString appName;
    /// What exactly is acted on inside the application, such as an instance ID; may be empty.
    QString target;
    /// What will happen, already translated: "The instance's container restarts; …".
    QString impact;
    /// What changes, field by field, for an update; shown as a table. Empty for other actions.
    QList<ConfirmationChange> changes;
    /// The action loses something that cannot be brought back by simply retrying (delete, stop…).
    bool destructive = false;
    /// The namespace is protected (production by default, see Profile::isProtected()).
    bool protectedNamespace = false;

    /// Destructive actions and protected namespaces make the user type the application's name.
    bool requiresTypedName() const { return destructive || protectedNamespace; }
    /// What the user types: the application's name, or its ID when the name is unknown.
    QString nameToType() const { return appName.isEmpty() ? appId : appName; }

    friend bool operator==(const ConfirmationRequest &, const ConfirmationRequest &) = default;
};
