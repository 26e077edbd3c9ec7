#include "core/itemroles.h"
#include "core/scalingrulesummary.h"
#include "core/scalingruletablemodel.h"
#include "core/severity.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScalingRuleTableModel : public QObject
{
    Q_OBJECT

private slots:
    void displaysAndRoles();
    void headers();
    void refreshUpdatesRowsInPlace();
    void findsRulesByName();
    void referenceTimeRefreshesAges();
};

namespace {

const QDateTime s_now = QDateTime(QDate(2026, 11, 30), QTime(6, 0), Qt::UTC);

ScalingRule timingRule(const QString &name, bool enabled)
{
    ScalingRule rule;
    rule.appId = u"app-1"_s;
    rule.name = name;
    rule.type = ScalingRuleType::Timing;
    rule.enabled = enabled;
    rule.createdAt = s_now.addDays(-3);
    rule.updatedAt = s_now.addSecs(-12 * 60);
    ScalingTimer timer;
    timer.schedules = {{u"08:00"_s, 10, std::nullopt, std::nullopt},
                       {u"20:00"_s, 3, std::nullopt, std::nullopt}};
    rule.timer = timer;
    return rule;
}

ScalingRule metricRule(const QString &name, ScalingRuleType type, bool enabled)
{
    ScalingRule rule;
    rule.appId = u"app-1"_s;
    rule.name = name;
    rule.type = type;
    rule.enabled = enabled;
    rule.createdAt = s_now.addSecs(-2 * 3600 - 5 * 60);
    rule.lastDisabledAt = s_now.addSecs(-3600);
    ScalingMetricPolicy policy;
    policy.minReplicas = 2;
    policy.maxReplicas = 10;
    policy.metrics = {{u"CPU"_s, 60, {}, {}, {}, {}}};
    rule.metric = policy;
    return rule;
}

} // namespace

void TestScalingRuleTableModel::displaysAndRoles()
{
    ScalingRuleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReferenceTime(s_now);
    const ScalingRule timing = timingRule(u"office-hours"_s, true);
    const ScalingRule metric = metricRule(u"cpu-60"_s, ScalingRuleType::Metric, false);
    const ScalingRule mix = metricRule(u"cpu-mix"_s, ScalingRuleType::Mix, true);
    model.setRules({timing, metric, mix});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 5);

    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, ScalingRuleTableModel::NameColumn).toString(), u"office-hours"_s);
    QCOMPARE(cell(0, ScalingRuleTableModel::NameColumn, ItemRoles::IdRole).toString(), u"office-hours"_s);
    QCOMPARE(cell(0, ScalingRuleTableModel::TypeColumn).toString(), u"Timing"_s);
    QCOMPARE(cell(1, ScalingRuleTableModel::TypeColumn).toString(), u"Metric"_s);
    QCOMPARE(cell(2, ScalingRuleTableModel::TypeColumn).toString(), u"Mixed"_s);
    QCOMPARE(cell(0, ScalingRuleTableModel::StateColumn).toString(), u"Enabled"_s);
    QCOMPARE(cell(1, ScalingRuleTableModel::StateColumn).toString(), u"Disabled"_s);
    QCOMPARE(cell(0, ScalingRuleTableModel::StateColumn, ItemRoles::SeverityRole).toInt(),
             int(Severity::Normal));
    QCOMPARE(cell(1, ScalingRuleTableModel::StateColumn, ItemRoles::SeverityRole).toInt(),
             int(Severity::Inactive));
    QCOMPARE(cell(1, ScalingRuleTableModel::StateColumn, Qt::ToolTipRole).toString(),
             u"Disabled since "_s + s_now.addSecs(-3600).toLocalTime().toString(Qt::ISODate));
    QVERIFY(!cell(0, ScalingRuleTableModel::StateColumn, Qt::ToolTipRole).isValid());
    QVERIFY(cell(0, ScalingRuleTableModel::StateColumn, ItemRoles::SortRole).toInt()
            < cell(1, ScalingRuleTableModel::StateColumn, ItemRoles::SortRole).toInt());
    QCOMPARE(cell(0, ScalingRuleTableModel::NameColumn, ItemRoles::StatusRole).toBool(), true);
    QCOMPARE(cell(1, ScalingRuleTableModel::SummaryColumn, ItemRoles::StatusRole).toBool(), false);

    QCOMPARE(cell(0, ScalingRuleTableModel::SummaryColumn).toString(), ScalingRuleSummary::of(timing));
    QVERIFY(cell(0, ScalingRuleTableModel::SummaryColumn).toString().contains(u"08:00 → 10"_s));
    QCOMPARE(cell(1, ScalingRuleTableModel::SummaryColumn).toString(), ScalingRuleSummary::of(metric));
    QVERIFY(cell(1, ScalingRuleTableModel::SummaryColumn).toString().startsWith(u"CPU 60% / "_s));

    // Updated: the update time, or the creation time of a rule never updated.
    QCOMPARE(cell(0, ScalingRuleTableModel::UpdatedColumn).toString(), u"12m ago"_s);
    QCOMPARE(cell(1, ScalingRuleTableModel::UpdatedColumn).toString(), u"2h 5m ago"_s);
    QCOMPARE(cell(0, ScalingRuleTableModel::UpdatedColumn, Qt::ToolTipRole).toString(),
             timing.updatedAt.toLocalTime().toString(Qt::ISODate));
    QVERIFY(
        cell(0, ScalingRuleTableModel::UpdatedColumn, ItemRoles::SortRole).toLongLong()
        < cell(1, ScalingRuleTableModel::UpdatedColumn, ItemRoles::SortRole).toLongLong()); // newest first

    ScalingRule undated = timing;
    undated.name = u"undated"_s;
    undated.createdAt = {};
    undated.updatedAt = {};
    model.setRules({undated});
    QCOMPARE(cell(0, ScalingRuleTableModel::UpdatedColumn).toString(), QString());
}

void TestScalingRuleTableModel::headers()
{
    ScalingRuleTableModel model;
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{u"Name"_s, u"Type"_s, u"State"_s, u"Rule"_s, u"Updated"_s}));
}

void TestScalingRuleTableModel::refreshUpdatesRowsInPlace()
{
    ScalingRuleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRules({timingRule(u"a"_s, false), metricRule(u"b"_s, ScalingRuleType::Metric, false)});

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ScalingRule enabled = metricRule(u"b"_s, ScalingRuleType::Metric, true);
    model.setRules({timingRule(u"a"_s, false), enabled});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(model.rule(1).enabled, true);

    // A rule gone and one new: one removal, one insertion, the other row untouched.
    changed.clear();
    model.setRules({enabled, timingRule(u"c"_s, true)});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rule(0).name, u"b"_s);
    QCOMPARE(model.rule(1).name, u"c"_s);

    model.setRules({});
    QCOMPARE(model.rowCount(), 0);
}

void TestScalingRuleTableModel::findsRulesByName()
{
    ScalingRuleTableModel model;
    model.setRules({timingRule(u"a"_s, false), metricRule(u"b"_s, ScalingRuleType::Mix, true)});
    QCOMPARE(model.findRow(u"b"_s), 1);
    QCOMPARE(model.findRow(u"a"_s), 0);
    QCOMPARE(model.findRow(u"missing"_s), -1);
    QCOMPARE(model.rule(1).type, ScalingRuleType::Mix);
}

void TestScalingRuleTableModel::referenceTimeRefreshesAges()
{
    ScalingRuleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReferenceTime(s_now);
    model.setRules({timingRule(u"a"_s, false)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setReferenceTime(s_now.addSecs(48 * 60));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(ScalingRuleTableModel::UpdatedColumn));
    QCOMPARE(model.index(0, ScalingRuleTableModel::UpdatedColumn).data().toString(), u"1h 0m ago"_s);
    model.setReferenceTime(s_now.addSecs(48 * 60));
    QCOMPARE(changed.count(), 1); // the same time: nothing to refresh
}

QTEST_GUILESS_MAIN(TestScalingRuleTableModel)
#include "tst_scalingruletablemodel.moc"
