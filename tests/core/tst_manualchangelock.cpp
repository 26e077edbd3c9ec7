#include "core/applicationtablemodel.h"
#include "core/itemroles.h"
#include "core/manualchangelock.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

ApplicationActivity scaling(int rules, int enabled)
{
    ApplicationActivity activity;
    activity.scalingKnown = true;
    activity.scalingRules = rules;
    activity.enabledScalingRules = enabled;
    return activity;
}

} // namespace

class TestManualChangeLock final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lockedOnlyWhileARuleIsEnabled();
    void blocksDeployRestartAndStopButNotStart();
    void namesTheEnabledRules();
    void tableModelGivesTheReasonPerRow();
};

void TestManualChangeLock::initTestCase()
{
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestManualChangeLock::lockedOnlyWhileARuleIsEnabled()
{
    QVERIFY(ManualChangeLock::reason(ApplicationActivity()).isEmpty()); // unknown is not locked
    QVERIFY(ManualChangeLock::reason(scaling(0, 0)).isEmpty());
    QVERIFY(ManualChangeLock::reason(scaling(3, 0)).isEmpty());
    const QString reason = ManualChangeLock::reason(scaling(3, 1));
    QVERIFY(reason.startsWith(
        u"A scaling rule is enabled: manual scale, deploy, restart and stop are blocked."_s));
}

void TestManualChangeLock::blocksDeployRestartAndStopButNotStart()
{
    QVERIFY(ManualChangeLock::blocks(LifecycleAction::Deploy));
    QVERIFY(ManualChangeLock::blocks(LifecycleAction::Restart));
    QVERIFY(ManualChangeLock::blocks(LifecycleAction::Stop));
    QVERIFY(!ManualChangeLock::blocks(LifecycleAction::Start));
    QCOMPARE(ManualChangeLock::reasonFor(scaling(1, 1), LifecycleAction::Restart),
             ManualChangeLock::reason(scaling(1, 1)));
    QVERIFY(ManualChangeLock::reasonFor(scaling(1, 1), LifecycleAction::Start).isEmpty());
}

void TestManualChangeLock::namesTheEnabledRules()
{
    QVERIFY(ManualChangeLock::reasonForRules({}).isEmpty());
    QCOMPARE(
        ManualChangeLock::reasonForRules({u"cpu-60"_s}),
        u"A scaling rule is enabled (cpu-60): manual scale, deploy, restart and stop are blocked. Disable "
        "the rule to make manual changes."_s);
    QCOMPARE(
        ManualChangeLock::reasonForRules({u"cpu-60"_s, u"night"_s}),
        u"Scaling rules are enabled (cpu-60, night): manual scale, deploy, restart and stop are blocked. "
        "Disable the rules to make manual changes."_s);
}

void TestManualChangeLock::tableModelGivesTheReasonPerRow()
{
    ApplicationTableModel model;
    Application locked;
    locked.appId = u"app-1"_s;
    locked.appName = u"order-service"_s;
    Application free;
    free.appId = u"app-2"_s;
    free.appName = u"member-service"_s;
    model.setRows({locked, free});
    model.setActivity(u"app-1"_s, scaling(2, 1));
    model.setActivity(u"app-2"_s, scaling(2, 0));
    for (int column : {int(ApplicationTableModel::NameColumn), int(ApplicationTableModel::StatusColumn)}) {
        QCOMPARE(model.index(0, column).data(ItemRoles::LockReasonRole).toString(),
                 ManualChangeLock::reason(scaling(2, 1)));
        QCOMPARE(model.index(1, column).data(ItemRoles::LockReasonRole).toString(), QString());
    }
}

QTEST_GUILESS_MAIN(TestManualChangeLock)
#include "tst_manualchangelock.moc"
