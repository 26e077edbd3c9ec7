#pragma once

#include "core/namespace.h"

#include <QAbstractListModel>
#include <QList>

/**
 * The namespaces of a region for a selector. Row 0 is "All namespaces" (an empty ID), which lists
 * the applications of the whole region.
 */
class NamespaceListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NamespaceListModel)

public:
    explicit NamespaceListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setNamespaces(const QList<Namespace> &namespaces);
    const QList<Namespace> &namespaces() const { return m_namespaces; }
    /// The row of a namespace ID; 0 (all namespaces) for an empty ID, -1 when unknown.
    int rowOfId(const QString &namespaceId) const;

private:
    QList<Namespace> m_namespaces;
};
