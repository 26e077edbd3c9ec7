#include "core/confirmationrequest.h"
#include "widgets/confirmationchangetable.h"
#include "widgets/confirmationdialog.h"
#include "widgets/messagebanner.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ConfirmationRequest restartInstance()
{
    ConfirmationRequest request;
    request.action = u"Restart instance"_s;
    request.profileName = u"Retail prod"_s;
    request.regionId = u"cn-shenzhen"_s;
    request.namespaceId = u"cn-shenzhen:staging"_s;
    request.namespaceName = u"staging"_s;
    request.appId = u"7171a6ca-d1cd-4928-8642-7d5cfe69a9be"_s;
    request.appName = u"mall-order-service"_s;
    request.target = u"mall-order-service-5c8d7f9b4-x2x7q"_s;
    request.impact = u"The instance's container restarts; it serves no traffic for about 30 s."_s;
    return request;
}

ConfirmationRequest protectedRestart()
{
    ConfirmationRequest request = restartInstance();
    request.namespaceId = u"cn-shenzhen:prod"_s;
    request.namespaceName = u"production"_s;
    request.protectedNamespace = true;
    return request;
}

ConfirmationRequest updateRule()
{
    ConfirmationRequest request = restartInstance();
    request.action = u"Update scaling rule"_s;
    request.target = u"peak-hours"_s;
    request.impact = u"The rule applies from its next point."_s;
    request.changes = {
        {u"Schedule 08:00: target"_s, u"10"_s, u"12"_s},
        {u"Schedule"_s, {}, u"12:00 → 6"_s},
        {u"Schedule"_s, u"20:00 → 3"_s, {}},
    };
    return request;
}

} // namespace

class TestConfirmationDialog : public QObject
{
    Q_OBJECT

private slots:
    void requiresTypedName_data();
    void requiresTypedName();
    void titleLeadsWithWhere();
    void showsWhereAndImpact();
    void ampersandsInTheActionStayAmpersands();
    void cancelIsDefaultAndFocused();
    void cancelEmitsNothingButRejected();
    void escapeEmitsNothingButRejected();
    void confirmWithoutTypedNameWhenNotRequired();
    void typedNameGatesTheConfirmButton();
    void enterInTheTypedNameFieldDoesNothing();
    void doubleClickConfirmsOnce();
    void protectedNamespaceShowsAPermanentBanner();
    void noChangesNoTable();
    void changesShowAsATable();
    void changesTableSitsBetweenImpactAndButtons();
    void confirmWithChangesStillGatedByTypedName();

private:
    static QPushButton *confirmButton(ConfirmationDialog &dialog);
    static QPushButton *cancelButton(ConfirmationDialog &dialog);
    static void openAndWait(ConfirmationDialog &dialog);
};

QPushButton *TestConfirmationDialog::confirmButton(ConfirmationDialog &dialog)
{
    return dialog.findChild<QPushButton *>(u"confirmButton"_s);
}

QPushButton *TestConfirmationDialog::cancelButton(ConfirmationDialog &dialog)
{
    return dialog.findChild<QPushButton *>(u"cancelButton"_s);
}

void TestConfirmationDialog::openAndWait(ConfirmationDialog &dialog)
{
    dialog.open();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
}

void TestConfirmationDialog::requiresTypedName_data()
{
    QTest::addColumn<bool>("destructive");
    QTest::addColumn<bool>("protectedNamespace");
    QTest::addColumn<bool>("requiresTypedName");
    QTest::newRow("neither") << false << false << false;
    QTest::newRow("destructive") << true << false << true;
    QTest::newRow("protected") << false << true << true;
    QTest::newRow("both") << true << true << true;
}

void TestConfirmationDialog::requiresTypedName()
{
    QFETCH(bool, destructive);
    QFETCH(bool, protectedNamespace);
    ConfirmationRequest request = restartInstance();
    request.destructive = destructive;
    request.protectedNamespace = protectedNamespace;
    QTEST(request.requiresTypedName(), "requiresTypedName");
    ConfirmationDialog dialog(request, nullptr);
    QTEST(dialog.findChild<QLineEdit *>(u"typedNameField"_s) != nullptr, "requiresTypedName");
}

void TestConfirmationDialog::titleLeadsWithWhere()
{
    ConfirmationDialog dialog(restartInstance(), nullptr);
    QCOMPARE(dialog.windowTitle(),
             u"Retail prod · cn-shenzhen · staging · mall-order-service — Restart instance"_s);
    QVERIFY(dialog.windowTitle().startsWith(u"Retail prod"_s));
    QCOMPARE(dialog.request(), restartInstance());

    ConfirmationRequest unnamed = restartInstance();
    unnamed.namespaceName.clear();
    unnamed.appName.clear();
    QCOMPARE(ConfirmationDialog::titleFor(unnamed),
             u"Retail prod · cn-shenzhen · cn-shenzhen:staging · 7171a6ca-d1cd-4928-8642-7d5cfe69a9be"
             u" — Restart instance"_s);
}

void TestConfirmationDialog::ampersandsInTheActionStayAmpersands()
{
    ConfirmationRequest request = restartInstance();
    request.action = u"Stop & roll back"_s;
    ConfirmationDialog dialog(request, nullptr);
    QCOMPARE(confirmButton(dialog)->text(), u"Stop && roll back"_s); // shown as "Stop & roll back"
    QVERIFY(dialog.windowTitle().endsWith(u" — Stop & roll back"_s));
}

void TestConfirmationDialog::showsWhereAndImpact()
{
    ConfirmationDialog dialog(restartInstance(), nullptr);
    QStringList texts;
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        texts.append(label->text());
    for (const QString &expected :
         {u"Restart instance"_s, u"Profile:"_s, u"Retail prod"_s, u"Region:"_s, u"cn-shenzhen"_s,
          u"Namespace:"_s, u"staging (cn-shenzhen:staging)"_s, u"Application:"_s,
          u"mall-order-service (7171a6ca-d1cd-4928-8642-7d5cfe69a9be)"_s, u"Target:"_s,
          u"mall-order-service-5c8d7f9b4-x2x7q"_s,
          u"The instance's container restarts; it serves no traffic for about 30 s."_s}) {
        QVERIFY2(texts.contains(expected), qPrintable(expected));
    }
    QVERIFY(dialog.findChild<QLabel *>(u"actionLabel"_s)->font().bold());
    QCOMPARE(confirmButton(dialog)->text(), u"Restart instance"_s);
    QCOMPARE(dialog.findChild<MessageBanner *>(u"protectedBanner"_s), nullptr);

    ConfirmationRequest noTarget = restartInstance();
    noTarget.target.clear();
    ConfirmationDialog withoutTarget(noTarget, nullptr);
    const QList<QLabel *> remaining = withoutTarget.findChildren<QLabel *>();
    for (const QLabel *label : remaining)
        QVERIFY(label->text() != u"Target:"_s);
}

void TestConfirmationDialog::cancelIsDefaultAndFocused()
{
    ConfirmationDialog dialog(protectedRestart(), nullptr);
    openAndWait(dialog);
    QVERIFY(cancelButton(dialog)->isDefault());
    QVERIFY(!confirmButton(dialog)->isDefault());
    QCOMPARE(dialog.focusWidget(), cancelButton(dialog));
    QCOMPARE(dialog.windowModality(), Qt::WindowModal);
}

void TestConfirmationDialog::cancelEmitsNothingButRejected()
{
    ConfirmationDialog dialog(restartInstance(), nullptr);
    QSignalSpy confirmed(&dialog, &ConfirmationDialog::confirmed);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    openAndWait(dialog);
    QTest::mouseClick(cancelButton(dialog), Qt::LeftButton);
    QCOMPARE(confirmed.count(), 0);
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestConfirmationDialog::escapeEmitsNothingButRejected()
{
    ConfirmationDialog dialog(protectedRestart(), nullptr);
    QSignalSpy confirmed(&dialog, &ConfirmationDialog::confirmed);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    openAndWait(dialog);
    auto *field = dialog.findChild<QLineEdit *>(u"typedNameField"_s);
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClicks(field, u"mall-order-service"_s);
    QTest::keyClick(field, Qt::Key_Escape);
    QCOMPARE(confirmed.count(), 0);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void TestConfirmationDialog::confirmWithoutTypedNameWhenNotRequired()
{
    ConfirmationDialog dialog(restartInstance(), nullptr);
    QSignalSpy confirmed(&dialog, &ConfirmationDialog::confirmed);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    openAndWait(dialog);
    QVERIFY(confirmButton(dialog)->isEnabled());
    QTest::mouseClick(confirmButton(dialog), Qt::LeftButton);
    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(rejected.count(), 0);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!confirmButton(dialog)->isEnabled());
}

void TestConfirmationDialog::typedNameGatesTheConfirmButton()
{
    ConfirmationRequest request = restartInstance();
    request.destructive = true;
    ConfirmationDialog dialog(request, nullptr);
    QSignalSpy confirmed(&dialog, &ConfirmationDialog::confirmed);
    openAndWait(dialog);
    QCOMPARE(dialog.findChild<QLabel *>(u"typedNamePrompt"_s)->text(),
             u"Type mall-order-service to confirm"_s);
    auto *field = dialog.findChild<QLineEdit *>(u"typedNameField"_s);
    QPushButton *confirm = confirmButton(dialog);
    QVERIFY(!confirm->isEnabled());

    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClicks(field, u"mall-order-servic"_s);
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(field, u"e "_s);
    QVERIFY(!confirm->isEnabled()); // a trailing space is not the name
    QTest::keyClick(field, Qt::Key_Backspace);
    QVERIFY(confirm->isEnabled());

    field->selectAll();
    QTest::keyClicks(field, u"Mall-Order-Service"_s);
    QVERIFY(!confirm->isEnabled());             // exact, case included
    QTest::mouseClick(confirm, Qt::LeftButton); // a click on a disabled button does nothing
    QCOMPARE(confirmed.count(), 0);
    QVERIFY(dialog.isVisible());

    field->selectAll();
    QTest::keyClicks(field, u"mall-order-service"_s);
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestConfirmationDialog::enterInTheTypedNameFieldDoesNothing()
{
    ConfirmationDialog dialog(protectedRestart(), nullptr);
    QSignalSpy confirmed(&dialog, &ConfirmationDialog::confirmed);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    openAndWait(dialog);
    auto *field = dialog.findChild<QLineEdit *>(u"typedNameField"_s);
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClicks(field, u"mall-order-service"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QTest::keyClick(field, Qt::Key_Enter);
    QCOMPARE(confirmed.count(), 0);
    QCOMPARE(rejected.count(), 0);
    QVERIFY(dialog.isVisible());
}

void TestConfirmationDialog::doubleClickConfirmsOnce()
{
    ConfirmationDialog dialog(restartInstance(), nullptr);
    QSignalSpy confirmed(&dialog, &ConfirmationDialog::confirmed);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    openAndWait(dialog);
    QPushButton *confirm = confirmButton(dialog);
    QTest::mouseDClick(confirm, Qt::LeftButton);
    QTest::mouseClick(confirm, Qt::LeftButton);
    confirm->click(); // even a programmatic click on the disabled button
    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!confirm->isEnabled());
}

void TestConfirmationDialog::protectedNamespaceShowsAPermanentBanner()
{
    ConfirmationDialog dialog(protectedRestart(), nullptr);
    openAndWait(dialog);
    auto *banner = dialog.findChild<MessageBanner *>(u"protectedBanner"_s);
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"Protected namespace: production"_s);
    QCOMPARE(banner->level(), MessageBanner::Level::Warning);
    QVERIFY(!banner->isDismissible());
    QVERIFY(!confirmButton(dialog)->isEnabled());
}

void TestConfirmationDialog::noChangesNoTable()
{
    ConfirmationDialog dialog(restartInstance(), nullptr);
    QCOMPARE(dialog.findChild<ConfirmationChangeTable *>(), nullptr);
    QCOMPARE(dialog.findChild<QTableWidget *>(), nullptr);
}

void TestConfirmationDialog::changesShowAsATable()
{
    ConfirmationDialog dialog(updateRule(), nullptr);
    QCOMPARE(dialog.request().changes, updateRule().changes);
    openAndWait(dialog);
    auto *table = dialog.findChild<ConfirmationChangeTable *>(u"changesTable"_s);
    QVERIFY(table);
    QVERIFY(table->isVisible());
    QCOMPARE(table->changes(), updateRule().changes);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->columnCount(), 3);
    const QList<QStringList> expected{
        {u"Schedule 08:00: target"_s, u"10"_s, u"12"_s},
        {u"Schedule"_s, QString(), u"12:00 → 6"_s},
        {u"Schedule"_s, u"20:00 → 3"_s, QString()},
    };
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList texts;
        for (int column = 0; column < table->columnCount(); ++column)
            texts.append(table->item(row, column)->text());
        QCOMPARE(texts, expected.at(row));
    }
    QCOMPARE(table->verticalScrollBar()->maximum(), 0); // three rows fit
    QCOMPARE(dialog.focusWidget(), cancelButton(dialog));
}

void TestConfirmationDialog::changesTableSitsBetweenImpactAndButtons()
{
    ConfirmationDialog dialog(updateRule(), nullptr);
    openAndWait(dialog);
    const auto *impact = dialog.findChild<QLabel *>(u"impactLabel"_s);
    const auto *table = dialog.findChild<ConfirmationChangeTable *>(u"changesTable"_s);
    QVERIFY(impact->geometry().bottom() < table->geometry().top());
    QVERIFY(table->geometry().bottom() < cancelButton(dialog)->mapTo(&dialog, QPoint(0, 0)).y());
}

void TestConfirmationDialog::confirmWithChangesStillGatedByTypedName()
{
    ConfirmationRequest request = updateRule();
    request.protectedNamespace = true;
    ConfirmationDialog dialog(request, nullptr);
    QSignalSpy confirmed(&dialog, &ConfirmationDialog::confirmed);
    openAndWait(dialog);
    QVERIFY(dialog.findChild<ConfirmationChangeTable *>(u"changesTable"_s));
    QVERIFY(!confirmButton(dialog)->isEnabled());
    auto *field = dialog.findChild<QLineEdit *>(u"typedNameField"_s);
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClicks(field, u"mall-order-service"_s);
    QTest::mouseClick(confirmButton(dialog), Qt::LeftButton);
    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestConfirmationDialog)
#include "tst_confirmationdialog.moc"
