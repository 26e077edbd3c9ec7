#pragma once

#include "core/application.h"
#include "core/applicationactivity.h"
#include "core/itemroles.h"
#include "core/keyedrowsmodel.h"

#include <QHash>

/** The applications of a namespace (or of all namespaces), one row per application. */
class ApplicationTableModel final : public KeyedRowsModel<Application>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationTableModel)

public:
    enum Column
    {
        NameColumn,
        NamespaceColumn,
        StatusColumn,
        InstancesColumn,
        SpecColumn,
        VersionColumn,
        ScalingColumn,
        LastChangeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// What the Status column says: ListApplications' counts, refined by a running change order.
    enum class Status
    {
        Running,
        Unhealthy, ///< fewer instances run than wanted
        Changing,  ///< a change order is running
        Stopped,
        Deleting,
    };
    Q_ENUM(Status)

    /// ItemRoles::StatusRole carries a Status, as int.
    static constexpr int StatusRole = ItemRoles::StatusRole;

    explicit ApplicationTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Adds what was learned about an application's changes and scaling rules to its row.
    void setActivity(const QString &appId, const ApplicationActivity &activity);
    ApplicationActivity activity(const QString &appId) const { return m_activity.value(appId); }
    Status statusOf(const Application &application) const;

    static QString statusText(Status status);
    /// "Deploy", "Restart", "Scale out"... for a change order's CoType.
    static QString changeTypeText(const QString &coTypeCode);
    /// "Succeeded", "Failed", "Running"... for a change order's status.
    static QString changeStatusText(ChangeOrderStatus status);
    /// "2 vCPU · 4 GiB" from millicores and MB.
    static QString specText(int cpuMillicores, int memoryMb);

protected:
    QString keyOf(const Application &application) const override { return application.appId; }

private:
    QVariant lastChangeData(const ApplicationActivity &activity, int role) const;
    QVariant scalingData(const ApplicationActivity &activity, int role) const;

    QHash<QString, ApplicationActivity> m_activity;
};
