#pragma once

#include "core/application.h"
#include "core/keyedrowsmodel.h"

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
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ApplicationTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(ApplicationState state);
    /// "2 vCPU · 4 GiB" from millicores and MB.
    static QString specText(int cpuMillicores, int memoryMb);

protected:
    QString keyOf(const Application &application) const override { return application.appId; }
};
