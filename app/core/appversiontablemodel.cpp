#include "appversiontablemodel.h"

#include "core/itemroles.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

AppVersionTableModel::AppVersionTableModel(QObject *parent)
    : KeyedRowsModel<AppVersion>(parent)
{}

int AppVersionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AppVersionTableModel::setVersions(const QList<AppVersion> &versions)
{
    // Details of versions no longer listed go (another application's, mostly).
    QSet<QString> listed;
    for (const AppVersion &version : versions)
        listed.insert(version.versionId);
    for (auto it = m_details.begin(); it != m_details.end();) {
        if (listed.contains(it.key()))
            ++it;
        else
            it = m_details.erase(it);
    }
    QList<AppVersion> newestFirst = versions;
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [](const AppVersion &a, const AppVersion &b) { return a.createdAt > b.createdAt; });
    setRows(newestFirst);
}

void AppVersionTableModel::setVersionDetail(const QString &versionId, const QString &text)
{
    if (m_details.value(versionId) == text && m_details.contains(versionId))
        return;
    m_details.insert(versionId, text);
    const int row = rowOfKey(versionId);
    if (row >= 0)
        emit dataChanged(index(row, WhatRanColumn), index(row, WhatRanColumn));
}

QString AppVersionTableModel::typeText(const AppVersion &version)
{
    switch (version.type) {
    case AppVersion::Type::Image:
        //: a version that ran a container image
        return tr("Image");
    case AppVersion::Type::Package:
        //: a version that ran a JAR, WAR or ZIP package
        return tr("Package");
    case AppVersion::Type::Unrecognised:
        break;
    }
    return version.typeText;
}

QVariant AppVersionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AppVersion &version = rowAt(index.row());
    if (role == ItemRoles::IdRole)
        return version.versionId;
    switch (index.column()) {
    case CreatedColumn:
        if (role == Qt::DisplayRole)
            return version.createdAt.isValid()
                       ? version.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)
                       : QString();
        if (role == ItemRoles::SortRole)
            return version.createdAt.isValid() ? version.createdAt.toMSecsSinceEpoch() : qint64(0);
        if (role == Qt::ToolTipRole && version.createdAt.isValid())
            return QString(version.createdAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s);
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole)
            return typeText(version);
        break;
    case WhatRanColumn: {
        const auto detail = m_details.constFind(version.versionId);
        const bool known = detail != m_details.constEnd();
        if (role == Qt::DisplayRole)
            return known ? *detail : u"…"_s;
        if (role == ItemRoles::SortRole)
            return known ? *detail : QString();
        if (role == Qt::ToolTipRole)
            return known ? *detail : tr("Not known yet: read from the version's configuration");
        break;
    }
    case VersionIdColumn:
        if (role == Qt::DisplayRole || role == ItemRoles::SortRole || role == Qt::ToolTipRole)
            return version.versionId;
        break;
    default:
        break;
    }
    return {};
}

QVariant AppVersionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case TypeColumn:
        return tr("Type");
    case WhatRanColumn:
        //: what a version ran: its image or package
        return tr("What ran");
    case VersionIdColumn:
        return tr("Version ID");
    default:
        return {};
    }
}
