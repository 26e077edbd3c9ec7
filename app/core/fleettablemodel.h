#pragma once

#include "core/application.h"
#include "core/fleethealth.h"
#include "core/keyedrowsmodel.h"

#include <QDateTime>
#include <QPointF>

#include <optional>

/** One application on the fleet page: what the list says of it, its health, and when it was read. */
struct FleetRow
{
    Application application;
    FleetHealth health;
    QDateTime checkedAt; ///< when the newest of the reads its health is made of arrived
    /// The profile it was read with, when not the console's own (the fleet of all profiles).
    QString profile;
    /// The newest change order, once read (the sign-off inbox's rounds, or a detail read).
    std::optional<ChangeOrder> lastChange;
    /// The health score over the last hour, one point per refresh, oldest first: x is the time
    /// (ms since the epoch), y the score (0-100). Costs no call: it is what the refreshes saw.
    QList<QPointF> trend;

    friend bool operator==(const FleetRow &, const FleetRow &) = default;
};

/**
 * The fleet page's table (issue 8): every application of the profile's namespaces and regions,
 * keyed by AppId, with its health score, what is wrong in words and how fresh that is. Sorting by
 * the Health column (SortRole) puts the worst first; ItemRoles::SeverityRole colours its score and
 * NeedsAttentionRole marks the critical and warning ones for the "unhealthy only" filter.
 */
class FleetTableModel final : public KeyedRowsModel<FleetRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetTableModel)

public:
    enum Column
    {
        HealthColumn,
        ApplicationColumn,
        NamespaceColumn,
        RegionColumn,
        InstancesColumn,
        ProblemsColumn,
        CheckedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// Roles of this model beyond ItemRoles, the same on every column of a row.
    enum Role
    {
        TrendRole = Qt::UserRole + 100, ///< QList<QPointF>: FleetRow::trend
        ChangingRole,                   ///< bool: a change order is running or waits (isChanging)
        WaitingForSignOffRole,          ///< bool: a batch waits for a person (waitsForSignOff)
        ScoreRole,                      ///< int: the health score, 0-100
    };

    explicit FleetTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFleet(const QList<FleetRow> &rows) { setRows(rows); }
    /// How old the rows' readings are is said relative to this moment.
    void setReferenceTime(const QDateTime &now);
    /// How many rows are critical or warnings.
    int unhealthyCount() const;
    /// Critical or a warning: someone should look.
    static bool needsAttention(const FleetRow &row);
    /// Its newest change order has not ended: running, waiting for a batch or for approval.
    static bool isChanging(const FleetRow &row);
    /// Its newest change order waits for a person to confirm the next batch (status 8).
    static bool waitsForSignOff(const FleetRow &row);

protected:
    QString keyOf(const FleetRow &row) const override { return row.application.appId; }

private:
    QDateTime m_referenceTime;
};
