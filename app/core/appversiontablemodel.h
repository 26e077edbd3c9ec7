#pragma once

#include "core/appversion.h"
#include "core/keyedrowsmodel.h"

#include <QHash>

/**
 * An application's versions (ListAppVersions), newest first, for rolling back (issue 7): when,
 * image or package, what it ran (learned later, from DescribeApplicationConfig with the version's
 * ID, because ListAppVersions does not say) and the version ID RollbackApplication takes.
 */
class AppVersionTableModel final : public KeyedRowsModel<AppVersion>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppVersionTableModel)

public:
    enum Column
    {
        CreatedColumn,
        TypeColumn,
        WhatRanColumn,
        VersionIdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AppVersionTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The application's versions; new ones are added newest first. The details of the versions
    /// listed stay; those of the others go.
    void setVersions(const QList<AppVersion> &versions);
    /// What the version ran, from its DescribeApplicationConfig(VersionId): "…/order-service:5.2.7".
    void setVersionDetail(const QString &versionId, const QString &text);
    QString versionDetail(const QString &versionId) const { return m_details.value(versionId); }
    const AppVersion &version(int row) const { return rowAt(row); }

    /// "Image", "Package", or the wire text of a type this console does not know.
    static QString typeText(const AppVersion &version);

protected:
    QString keyOf(const AppVersion &version) const override { return version.versionId; }

private:
    QHash<QString, QString> m_details; ///< versionId -> what it ran
};
