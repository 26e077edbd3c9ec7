#pragma once

#include "core/instance.h"
#include "core/keyedrowsmodel.h"

#include <QDateTime>
#include <QHash>

/** The instances of one application, one row per instance. */
class InstanceTableModel final : public KeyedRowsModel<Instance>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceTableModel)

public:
    enum Column
    {
        InstanceColumn,
        StatusColumn,
        HealthColumn,
        RestartsColumn,
        IpColumn,
        VersionColumn,
        GroupColumn,
        AgeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit InstanceTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Ages are shown relative to this moment: when the rows were read from the platform.
    void setReferenceTime(const QDateTime &referenceTime);
    QDateTime referenceTime() const { return m_referenceTime; }
    /// Names for the instances' group IDs (DescribeApplicationGroups); unknown IDs show as IDs.
    void setGroupNames(const QHash<QString, QString> &groupNames);

    static QString healthText(InstanceHealth health, const QString &rawText);
    /// The status as shown: the everyday ones in the user's language; Kubernetes' reasons
    /// (CrashLoopBackOff, ImagePullBackOff...) verbatim, as on-call engineers search for them.
    static QString statusText(InstanceStatus status, const QString &rawText);

protected:
    QString keyOf(const Instance &instance) const override { return instance.instanceId; }

private:
    QDateTime m_referenceTime;
    QHash<QString, QString> m_groupNames;
};
