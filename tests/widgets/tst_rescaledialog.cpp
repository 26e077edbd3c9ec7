#include "widgets/messagebanner.h"
#include "widgets/rescaledialog.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestRescaleDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsAtTheCurrentCountWithOkDisabled();
    void showsTheChangeAndImpactAsOneTypes();
    void okEmitsTheChoiceOnce();
    void minimumReadyStaysBelowTheTarget();
    void lockedDialogCannotRescale();
    void targetIsLimitedToFifty();

private:
    static void typeInto(QSpinBox *box, const QString &text);
};

void TestRescaleDialog::initTestCase()
{
    // What the app installs for English: the plural forms of "%n instance(s)".
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestRescaleDialog::typeInto(QSpinBox *box, const QString &text)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
}

void TestRescaleDialog::startsAtTheCurrentCountWithOkDisabled()
{
    RescaleDialog dialog(u"order-service"_s, 4, nullptr);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), u"Rescale order-service"_s);
    QCOMPARE(dialog.targetReplicas(), 4);
    QCOMPARE(dialog.minReadyInstances(), 1);
    QCOMPARE(dialog.changeText(), u"current 4 → new 4"_s);
    QCOMPARE(dialog.impactText(), u"No change: the application already has this many instances."_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.okButton()->toolTip(), u"Choose a different number of instances"_s);
    QVERIFY(!dialog.findChild<MessageBanner *>(u"rescaleLockBanner"_s)->isVisible());
}

void TestRescaleDialog::showsTheChangeAndImpactAsOneTypes()
{
    RescaleDialog dialog(u"order-service"_s, 4, nullptr);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(dialog.targetReplicasBox(), u"6"_s);
    QCOMPARE(dialog.targetReplicas(), 6);
    QCOMPARE(dialog.changeText(), u"current 4 → new 6"_s);
    QCOMPARE(dialog.impactText(), u"Adds 2 instances."_s);
    QVERIFY(dialog.okButton()->isEnabled());

    typeInto(dialog.targetReplicasBox(), u"5"_s);
    QCOMPARE(dialog.impactText(), u"Adds 1 instance."_s);

    typeInto(dialog.targetReplicasBox(), u"2"_s);
    QCOMPARE(dialog.changeText(), u"current 4 → new 2"_s);
    QCOMPARE(dialog.impactText(),
             u"Removes 2 instances; each stops receiving traffic before it is stopped."_s);
    QVERIFY(dialog.okButton()->isEnabled());

    typeInto(dialog.targetReplicasBox(), u"4"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
}

void TestRescaleDialog::okEmitsTheChoiceOnce()
{
    RescaleDialog dialog(u"order-service"_s, 4, nullptr);
    QSignalSpy requested(&dialog, &RescaleDialog::rescaleRequested);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(dialog.targetReplicasBox(), u"8"_s);
    typeInto(dialog.minReadyBox(), u"3"_s);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toInt(), 8);
    QCOMPARE(requested.first().at(1).toInt(), 3);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
}

void TestRescaleDialog::minimumReadyStaysBelowTheTarget()
{
    RescaleDialog dialog(u"order-service"_s, 4, nullptr);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.minReadyBox()->minimum(), 0);
    QCOMPARE(dialog.minReadyBox()->maximum(), 3);
    typeInto(dialog.minReadyBox(), u"3"_s);
    QCOMPARE(dialog.minReadyInstances(), 3);
    // Fewer instances: the minimum follows (SAE: MinReadyInstances.Not.Smaller.Replicas).
    typeInto(dialog.targetReplicasBox(), u"2"_s);
    QCOMPARE(dialog.minReadyBox()->maximum(), 1);
    QCOMPARE(dialog.minReadyInstances(), 1);
    typeInto(dialog.targetReplicasBox(), u"1"_s);
    QCOMPARE(dialog.minReadyInstances(), 0);
}

void TestRescaleDialog::lockedDialogCannotRescale()
{
    RescaleDialog dialog(u"order-service"_s, 4, nullptr);
    QSignalSpy requested(&dialog, &RescaleDialog::rescaleRequested);
    const QString reason = u"A scaling rule is enabled (cpu-60): manual scale is blocked."_s;
    dialog.setLockReason(reason);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *banner = dialog.findChild<MessageBanner *>(u"rescaleLockBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), reason);
    QVERIFY(!banner->isDismissible());
    typeInto(dialog.targetReplicasBox(), u"6"_s);
    QCOMPARE(dialog.changeText(), u"current 4 → new 6"_s); // still says what it would do
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.okButton()->toolTip(), reason);
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(requested.count(), 0);

    dialog.setLockReason({});
    QVERIFY(!banner->isVisible());
    QVERIFY(dialog.okButton()->isEnabled());
}

void TestRescaleDialog::targetIsLimitedToFifty()
{
    RescaleDialog dialog(u"order-service"_s, 60, nullptr);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.targetReplicasBox()->minimum(), 1);
    QCOMPARE(dialog.targetReplicasBox()->maximum(), 50);
    QCOMPARE(dialog.targetReplicas(), 50);
    QCOMPARE(dialog.changeText(), u"current 60 → new 50"_s);
    QVERIFY(dialog.okButton()->isEnabled());
}

QTEST_MAIN(TestRescaleDialog)
#include "tst_rescaledialog.moc"
