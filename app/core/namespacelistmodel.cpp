#include "namespacelistmodel.h"

#include "core/itemroles.h"

NamespaceListModel::NamespaceListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int NamespaceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_namespaces.size()) + 1;
}

QVariant NamespaceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("All namespaces");
        case Qt::ToolTipRole:
            return tr("Every application of the region");
        case ItemRoles::IdRole:
            return QString();
        default:
            return {};
        }
    }
    const Namespace &ns = m_namespaces.at(index.row() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return ns.name.isEmpty() ? ns.id : ns.name;
    case Qt::ToolTipRole:
        return ns.description.isEmpty() ? ns.id : QString(ns.description + u'\n' + ns.id);
    case ItemRoles::IdRole:
    case ItemRoles::SortRole:
        return ns.id;
    default:
        return {};
    }
}

void NamespaceListModel::setNamespaces(const QList<Namespace> &namespaces)
{
    if (namespaces == m_namespaces)
        return;
    beginResetModel();
    m_namespaces = namespaces;
    endResetModel();
}

int NamespaceListModel::rowOfId(const QString &namespaceId) const
{
    if (namespaceId.isEmpty())
        return 0;
    for (qsizetype i = 0; i < m_namespaces.size(); ++i) {
        if (m_namespaces.at(i).id == namespaceId)
            return int(i) + 1;
    }
    return -1;
}
