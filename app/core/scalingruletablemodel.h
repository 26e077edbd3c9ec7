#pragma once

#include "core/keyedrowsmodel.h"
#include "core/scalingrule.h"

#include <QDateTime>

/**
 * The scaling rules of one application, one row per rule keyed by its name (SAE has no rule ID):
 * name, type, whether it is enabled, a one-line summary and when it was last changed. A refresh
 * updates the rows in place, so the selection stays on the rule the user was looking at.
 */
class ScalingRuleTableModel final : public KeyedRowsModel<ScalingRule>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScalingRuleTableModel)

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        StateColumn,
        SummaryColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ScalingRuleTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRules(const QList<ScalingRule> &rules) { setRows(rules); }
    const ScalingRule &rule(int row) const { return rowAt(row); }
    /// The row of the rule with this name, or -1.
    int findRow(const QString &name) const { return rowOfKey(name); }

    /// "Updated" ages are shown relative to this moment.
    void setReferenceTime(const QDateTime &referenceTime);
    QDateTime referenceTime() const { return m_referenceTime; }

    /// "Timing", "Metric", "Mixed".
    static QString typeText(ScalingRuleType type);
    /// "Enabled", "Disabled".
    static QString stateText(bool enabled);

protected:
    QString keyOf(const ScalingRule &rule) const override { return rule.name; }

private:
    QDateTime m_referenceTime;
};
