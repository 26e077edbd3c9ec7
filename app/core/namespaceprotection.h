#pragma once

#include <QStringList>
#include <QStringView>

/**
 * Decides which namespaces are protected (DESIGN.md section 5): actions there show a banner and
 * make the user type the application's name. A profile can list namespace IDs explicitly, either
 * way, and those lists win (a namespace in both is protected: the safe side). Every other
 * namespace is protected when it looks like production: a whole segment of its ID (after the
 * region prefix, `cn-shenzhen:prod`) or of its name is prod, production, prd, online, live or
 * 生产. Segments are split at separators, letter/digit changes, camelCase humps and Han/Latin
 * changes, so `prod-east`, `prod2` and `onlineShop` count but `product-test` and `preproduction`
 * do not; a segment right after `non` or `not` (`non-prod`) does not count either.
 */
class NamespaceProtection final
{
public:
    explicit NamespaceProtection(QStringList protectedIds = {}, QStringList unprotectedIds = {});

    bool isProtected(const QString &namespaceId, const QString &namespaceName) const;
    /// Whether an ID (`cn-shenzhen:prod`) or a name (`production`) says production.
    static bool looksLikeProduction(QStringView idOrName);

    QStringList protectedIds() const { return m_protectedIds; }
    QStringList unprotectedIds() const { return m_unprotectedIds; }

private:
    QStringList m_protectedIds;
    QStringList m_unprotectedIds;
};
