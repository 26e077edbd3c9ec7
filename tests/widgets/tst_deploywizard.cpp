#include "core/applicationconfig.h"
#include "core/confirmationrequest.h"
#include "core/severity.h"
#include "widgets/batchplanview.h"
#include "widgets/confirmationchangetable.h"
#include "widgets/deploywizard.h"
#include "widgets/messagebanner.h"
#include "widgets/statusdelegate.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

/// English plural forms of the new "%n …(s)" strings until translations/opsconsole_en.ts has
/// them (the lead runs update_translations after merging); opsconsole_en.qm, installed after this,
/// wins once it does.
class EnglishPluralFallback final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int n) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        if (n < 0 || (qstrcmp(context, "BatchPlanView") != 0 && qstrcmp(context, "DeployWizard") != 0))
            return {};
        if (!source.contains(u"(s)"_s) && !source.contains(u"(es)"_s))
            return {};
        return QString(source)
            .replace(u"(es)"_s, n == 1 ? QString() : u"es"_s)
            .replace(u"(s)"_s, n == 1 ? QString() : u"s"_s)
            .replace(u"%n"_s, QString::number(n));
    }
};

const QString s_image = u"registry.cn-hangzhou.aliyuncs.com/retail/order-service:5.2.7"_s;

ConfirmationRequest target(bool protectedNamespace = true)
{
    ConfirmationRequest request;
    request.profileName = u"retail-prod"_s;
    request.regionId = u"cn-hangzhou"_s;
    request.namespaceId = u"cn-hangzhou:prod"_s;
    request.namespaceName = u"prod"_s;
    request.appId = u"app-order"_s;
    request.appName = u"order-service"_s;
    request.protectedNamespace = protectedNamespace;
    return request;
}

ApplicationConfig imageConfig()
{
    ApplicationConfig config;
    config.appId = u"app-order"_s;
    config.appName = u"order-service"_s;
    config.namespaceId = u"cn-hangzhou:prod"_s;
    config.regionId = u"cn-hangzhou"_s;
    config.packageType = u"Image"_s;
    config.imageUrl = s_image;
    config.cpuMillicores = 2000;
    config.memoryMb = 4096;
    config.replicas = 8;
    EnvironmentVariable profile;
    profile.name = u"SPRING_PROFILES_ACTIVE"_s;
    profile.value = u"prod"_s;
    EnvironmentVariable password;
    password.name = u"DB_PASSWORD"_s;
    password.source = EnvironmentVariable::Source::Secret;
    password.referenceId = 7;
    password.key = u"password"_s;
    config.envs = {profile, password};
    config.minReadyInstances = 1;
    config.minReadyInstanceRatio = -1;
    return config;
}

ApplicationConfig packageConfig()
{
    ApplicationConfig config = imageConfig();
    config.packageType = u"FatJar"_s;
    config.imageUrl.clear();
    config.packageUrl = u"https://oss.example.com/releases/order-service-5.2.7.jar"_s;
    config.packageVersion = u"5.2.7"_s;
    config.jdk = u"Open JDK 8"_s;
    return config;
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9e, 0x9e, 0x9e));
    return dark;
}

/// The line edit of the table cell being edited, if any.
QLineEdit *cellEditor(const QTableWidget *table)
{
    const QList<QLineEdit *> editors = table->viewport()->findChildren<QLineEdit *>();
    const auto open =
        std::find_if(editors.cbegin(), editors.cend(), [](QLineEdit *e) { return e->isVisible(); });
    return open == editors.cend() ? nullptr : *open;
}

/// With OPSCONSOLE_SCREENSHOTS set, saves the wizard as /tmp/deploywizard-<name>.png to look at.
void screenshot(QWidget &widget, const QString &name)
{
    if (!qEnvironmentVariableIsSet("OPSCONSOLE_SCREENSHOTS"))
        return;
    QCoreApplication::processEvents(); // pending layouts
    widget.grab().save(u"/tmp/deploywizard-%1.png"_s.arg(name));
}

} // namespace

class TestDeployWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void waitsForTheConfigurationWithNextDisabled();
    void aFailedReadIsShownAndNextStaysOff();
    void prefillsTheFormFromTheRunningConfiguration();
    void offersRecentTagsAndKeepsWhatWasTyped();
    void grayThenTwoManualBatchesIsReviewedAsPlanned();
    void anEmptyTagDisablesNextWithTheProblemAtTheTag();
    void tooManyReadyInstancesDisableNext();
    void optionalChangesAreSentOnlyWhenTicked();
    void environmentReferencesAreKeptAndNamesChecked();
    void reviewSaysWhenNothingChanges();
    void protectedNamespaceHasItsBanner();
    void doubleClickOnDeployEmitsOnce();
    void aRefusalIsShownAndDeployCanBeRetried();
    void closeAcceptedClosesTheWizard();
    void acceptWhileSubmittingClosesWithoutAnotherRequest();
    void aPackageAppShowsPackageFields();
    void splitsAndJoinsImageAddresses();
    void problemsFollowADarkPalette();

private:
    static void typeInto(QWidget *field, const QString &text);
    static void clickNext(DeployWizard &wizard);
    static void clickButton(QAbstractButton *button);
    template <typename T>
    static T *find(const DeployWizard &wizard, const QString &name);
    static void openLoaded(DeployWizard &wizard, const ApplicationConfig &config = imageConfig());
    static void chooseGrayThenTwoManual(DeployWizard &wizard);
};

void TestDeployWizard::initTestCase()
{
    QCoreApplication::installTranslator(new EnglishPluralFallback(this));
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

template <typename T>
T *TestDeployWizard::find(const DeployWizard &wizard, const QString &name)
{
    T *widget = wizard.findChild<T *>(name);
    if (!widget)
        qFatal("no %s", qPrintable(name));
    return widget;
}

void TestDeployWizard::typeInto(QWidget *field, const QString &text)
{
    if (auto *combo = qobject_cast<QComboBox *>(field))
        field = combo->lineEdit();
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Delete);
    else
        QTest::keyClicks(field, text);
}

void TestDeployWizard::clickNext(DeployWizard &wizard)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

void TestDeployWizard::clickButton(QAbstractButton *button)
{
    // On the indicator, as a user clicks: a check box or radio button ignores clicks beyond its text.
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

void TestDeployWizard::openLoaded(DeployWizard &wizard, const ApplicationConfig &config)
{
    wizard.open();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.setCurrentConfig(config);
}

void TestDeployWizard::chooseGrayThenTwoManual(DeployWizard &wizard)
{
    clickButton(find<QRadioButton>(wizard, u"releaseGray"_s));
    typeInto(find<QSpinBox>(wizard, u"grayInstances"_s), u"1"_s);
    typeInto(find<QSpinBox>(wizard, u"batchCount"_s), u"2"_s);
    clickButton(find<QRadioButton>(wizard, u"releaseManual"_s));
}

void TestDeployWizard::waitsForTheConfigurationWithNextDisabled()
{
    DeployWizard wizard(target());
    wizard.open();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.windowTitle(), u"Deploy order-service"_s);
    QCOMPARE(wizard.currentId(), int(DeployWizard::WhatPageId));
    QCOMPARE(wizard.currentPage()->objectName(), u"deployWhatPage"_s);
    auto *status = find<QLabel>(wizard, u"configStatus"_s);
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), u"Reading the current configuration…"_s);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!find<QLineEdit>(wizard, u"imageRepository"_s)->isEnabled());
    QVERIFY(!find<QLineEdit>(wizard, u"packageUrl"_s)->isVisible());

    wizard.setCurrentConfig(imageConfig());
    QVERIFY(!status->isVisible());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(find<QLineEdit>(wizard, u"imageRepository"_s)->isEnabled());
}

void TestDeployWizard::aFailedReadIsShownAndNextStaysOff()
{
    DeployWizard wizard(target());
    wizard.open();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QString error = u"Throttling.User: Request was denied due to user flow control. (RequestId 7F3A)"_s;
    wizard.setConfigError(error);
    auto *banner = find<MessageBanner>(wizard, u"configError"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->level(), MessageBanner::Level::Error);
    QCOMPARE(banner->text(), error);
    QVERIFY(!find<QLabel>(wizard, u"configStatus"_s)->isVisible());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

void TestDeployWizard::prefillsTheFormFromTheRunningConfiguration()
{
    DeployWizard wizard(target());
    openLoaded(wizard);
    QCOMPARE(find<QLineEdit>(wizard, u"imageRepository"_s)->text(),
             u"registry.cn-hangzhou.aliyuncs.com/retail/order-service"_s);
    QCOMPARE(find<QComboBox>(wizard, u"imageTag"_s)->currentText(), u"5.2.7"_s);
    QVERIFY(!find<QLineEdit>(wizard, u"packageUrl"_s)->isVisible());

    auto *replicas = find<QSpinBox>(wizard, u"replicas"_s);
    QCOMPARE(replicas->value(), 8);
    QVERIFY(!replicas->isEnabled());
    QVERIFY(!find<QCheckBox>(wizard, u"changeReplicas"_s)->isChecked());
    auto *size = find<QComboBox>(wizard, u"instanceSize"_s);
    QCOMPARE(size->currentText(), u"2 vCPU · 4 GiB"_s);
    QVERIFY(!size->isEnabled());
    QCOMPARE(size->itemText(0), u"0.5 vCPU · 1 GiB"_s);

    auto *environment = find<QTableWidget>(wizard, u"environmentTable"_s);
    QCOMPARE(environment->rowCount(), 2);
    QCOMPARE(environment->item(0, 0)->text(), u"SPRING_PROFILES_ACTIVE"_s);
    QCOMPARE(environment->item(0, 1)->text(), u"prod"_s);
    QCOMPARE(environment->item(1, 1)->text(), u"Secret 7, key password"_s);
    QVERIFY(!(environment->item(1, 0)->flags() & Qt::ItemIsEditable));
    QVERIFY(environment->item(0, 0)->flags() & Qt::ItemIsEditable);

    // Nothing edited: the same image is deployed, and nothing optional is sent.
    const DeploymentPlan plan = wizard.plan();
    QCOMPARE(plan.appId, u"app-order"_s);
    QCOMPARE(plan.imageUrl, s_image);
    QVERIFY(!plan.replicas && !plan.cpuMillicores && !plan.memoryMb && !plan.envs);

    // The How page starts from the application's settings.
    clickNext(wizard);
    QCOMPARE(wizard.currentPage()->objectName(), u"deployHowPage"_s);
    QVERIFY(find<QRadioButton>(wizard, u"releaseSingle"_s)->isChecked());
    QVERIFY(find<QRadioButton>(wizard, u"minReadyByCount"_s)->isChecked());
    QCOMPARE(find<QSpinBox>(wizard, u"minReadyCount"_s)->value(), 1);
    QVERIFY(!find<QSpinBox>(wizard, u"batchCount"_s)->isEnabled());
    QCOMPARE(find<QLabel>(wizard, u"releaseConsequence"_s)->text(),
             u"All 8 instances restart at once; the application may not serve while they start."_s);
}

void TestDeployWizard::offersRecentTagsAndKeepsWhatWasTyped()
{
    DeployWizard wizard(target());
    openLoaded(wizard);
    auto *tag = find<QComboBox>(wizard, u"imageTag"_s);
    typeInto(tag, u"5.3.0-rc1"_s);
    wizard.setRecentVersions({u"5.3.0"_s, u"5.2.7"_s, u"5.2.6"_s});
    QCOMPARE(tag->count(), 3);
    QCOMPARE(tag->itemText(0), u"5.3.0"_s);
    QCOMPARE(tag->currentText(), u"5.3.0-rc1"_s);
    tag->showPopup();
    QTest::keyClick(tag->view(), Qt::Key_Home);
    QTest::keyClick(tag->view(), Qt::Key_Return);
    QCOMPARE(tag->currentText(), u"5.3.0"_s);
    QCOMPARE(wizard.plan().imageUrl, u"registry.cn-hangzhou.aliyuncs.com/retail/order-service:5.3.0"_s);
}

void TestDeployWizard::grayThenTwoManualBatchesIsReviewedAsPlanned()
{
    DeployWizard wizard(target());
    openLoaded(wizard);
    typeInto(find<QComboBox>(wizard, u"imageTag"_s), u"5.3.0"_s);
    typeInto(find<QLineEdit>(wizard, u"changeDescription"_s), u"Coupon rules for the winter sale"_s);
    screenshot(wizard, u"what"_s);
    clickNext(wizard);

    screenshot(wizard, u"how-before"_s);
    chooseGrayThenTwoManual(wizard);
    screenshot(wizard, u"how"_s);
    QCOMPARE(find<QLabel>(wizard, u"releaseConsequence"_s)->text(),
             u"4 of 8 instances restart at a time; at least 4 stay ready."_s);
    QCOMPARE(
        find<QLabel>(wizard, u"pacingConsequence"_s)->text(),
        u"The release stops after the gray batch and after each batch but the last until you confirm."_s);
    QVERIFY(!find<QSpinBox>(wizard, u"batchWaitMinutes"_s)->isEnabled());
    clickNext(wizard);

    QCOMPARE(wizard.currentPage()->objectName(), u"deployReviewPage"_s);
    screenshot(wizard, u"review"_s);
    QCOMPARE(wizard.button(QWizard::FinishButton)->text(), u"Deploy…"_s);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(find<QLabel>(wizard, u"reviewTarget"_s)->text(),
             u"retail-prod · cn-hangzhou · prod · order-service — Deploy"_s);
    QVERIFY(find<QLabel>(wizard, u"reviewTarget"_s)->font().bold());

    auto *changes = find<ConfirmationChangeTable>(wizard, u"reviewChanges"_s);
    QVERIFY(changes->isVisible());
    QVERIFY(!find<QLabel>(wizard, u"reviewNoChanges"_s)->isVisible());
    const QList<ConfirmationChange> expected{
        {u"Image"_s, s_image, u"registry.cn-hangzhou.aliyuncs.com/retail/order-service:5.3.0"_s},
        {u"Release"_s, u"Single batch"_s, u"1 gray instance, then 2 batches, each confirmed by hand"_s},
    };
    QCOMPARE(changes->changes(), expected);
    QCOMPARE(changes->rowCount(), 2);
    QCOMPARE(changes->item(0, ConfirmationChangeTable::FieldColumn)->text(), u"Image"_s);

    auto *batchPlan = find<BatchPlanView>(wizard, u"reviewBatchPlan"_s);
    const QList<ReleaseBatchPlan::Batch> batches{{1, true, true}, {4, false, true}, {3, false, false}};
    QCOMPARE(batchPlan->batches(), batches);
    QCOMPARE(find<QLabel>(wizard, u"reviewConsequence"_s)->text(),
             u"4 of 8 instances restart at a time; at least 4 stay ready. The release stops after the gray "
             "batch and after each batch but the last until you confirm."_s);
    QCOMPARE(find<QLabel>(wizard, u"reviewDescription"_s)->text(),
             u"Description: Coupon rules for the winter sale"_s);
    QVERIFY(!find<MessageBanner>(wizard, u"submitError"_s)->isVisible());

    // Back, change the wait and pacing: the review follows.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    clickButton(find<QRadioButton>(wizard, u"releaseAuto"_s));
    typeInto(find<QSpinBox>(wizard, u"batchWaitMinutes"_s), u"5"_s);
    QCOMPARE(find<QLabel>(wizard, u"pacingConsequence"_s)->text(),
             u"The release stops after the gray batch until you confirm; then the batches follow each other "
             "5 min apart."_s);
    clickNext(wizard);
    QCOMPARE(batchPlan->batches(),
             (QList<ReleaseBatchPlan::Batch>{{1, true, true}, {4, false, false}, {3, false, false}}));
}

void TestDeployWizard::anEmptyTagDisablesNextWithTheProblemAtTheTag()
{
    DeployWizard wizard(target());
    openLoaded(wizard);
    auto *tag = find<QComboBox>(wizard, u"imageTag"_s);
    typeInto(tag, QString());
    QCOMPARE(tag->currentText(), QString());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.problemTextFor(u"ImageTag"_s), u"Choose the tag of the image to deploy."_s);
    const QList<QLabel *> labels = wizard.findChildren<QLabel *>(u"problemLabel"_s);
    const bool shown = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->isVisible() && label->text() == u"Choose the tag of the image to deploy."_s;
    });
    QVERIFY(shown);

    typeInto(tag, u"5.3.0"_s);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.problemTextFor(u"ImageTag"_s), QString());

    typeInto(find<QLineEdit>(wizard, u"imageRepository"_s), QString());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.problemTextFor(u"ImageUrl"_s), u"An image deployment needs the image's address."_s);
}

void TestDeployWizard::tooManyReadyInstancesDisableNext()
{
    DeployWizard wizard(target());
    openLoaded(wizard);
    clickNext(wizard);
    clickButton(find<QRadioButton>(wizard, u"releasePhased"_s));
    typeInto(find<QSpinBox>(wizard, u"minReadyCount"_s), u"8"_s);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    const QString problem =
        u"8 of 8 instances must stay ready, so none could be replaced. Keep fewer ready."_s;
    QCOMPARE(wizard.problemTextFor(u"MinReadyInstances"_s), problem);

    // The ratio instead: 100 % is as bad; 50 % is fine.
    clickButton(find<QRadioButton>(wizard, u"minReadyByRatio"_s));
    typeInto(find<QSpinBox>(wizard, u"minReadyRatio"_s), u"100"_s);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.problemTextFor(u"MinReadyInstanceRatio"_s), problem);
    typeInto(find<QSpinBox>(wizard, u"minReadyRatio"_s), u"50"_s);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(find<QLabel>(wizard, u"minReadyConsequence"_s)->text(),
             u"SAE keeps at least 4 of 8 instances ready while the new version starts."_s);
    QCOMPARE(wizard.plan().release.minReadyInstanceRatio, std::optional<int>(50));
    QCOMPARE(wizard.plan().release.minReadyInstances, std::nullopt);

    // More batches than instances.
    typeInto(find<QSpinBox>(wizard, u"batchCount"_s), u"9"_s);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.problemTextFor(u"UpdateStrategy.batches"_s),
             u"8 instances cannot make 9 batches; choose 8 or fewer."_s);
}

void TestDeployWizard::optionalChangesAreSentOnlyWhenTicked()
{
    DeployWizard wizard(target());
    openLoaded(wizard);
    clickButton(find<QCheckBox>(wizard, u"changeReplicas"_s));
    typeInto(find<QSpinBox>(wizard, u"replicas"_s), u"10"_s);
    QCOMPARE(wizard.plan().replicas, std::optional<int>(10));
    typeInto(find<QSpinBox>(wizard, u"replicas"_s), u"60"_s);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.problemTextFor(u"Replicas"_s),
             u"More than 50 instances need SAE's approval (a support ticket)."_s);
    typeInto(find<QSpinBox>(wizard, u"replicas"_s), u"10"_s);

    clickButton(find<QCheckBox>(wizard, u"changeSize"_s));
    auto *size = find<QComboBox>(wizard, u"instanceSize"_s);
    size->setFocus();
    QTest::keyClick(size, Qt::Key_Down); // 2 vCPU · 4 GiB -> the next offered size
    QCOMPARE(size->currentText(), u"2 vCPU · 8 GiB"_s);
    QCOMPARE(wizard.plan().cpuMillicores, std::optional<int>(2000));
    QCOMPARE(wizard.plan().memoryMb, std::optional<int>(8192));

    // Unticked again: not sent.
    clickButton(find<QCheckBox>(wizard, u"changeSize"_s));
    clickButton(find<QCheckBox>(wizard, u"changeReplicas"_s));
    QVERIFY(!wizard.plan().replicas && !wizard.plan().cpuMillicores && !wizard.plan().memoryMb);
}

void TestDeployWizard::environmentReferencesAreKeptAndNamesChecked()
{
    DeployWizard wizard(target());
    openLoaded(wizard);
    auto *table = find<QTableWidget>(wizard, u"environmentTable"_s);
    QVERIFY(!table->isEnabled());
    clickButton(find<QCheckBox>(wizard, u"changeEnvironment"_s));
    QVERIFY(table->isEnabled());
    QCOMPARE(wizard.plan().envs, std::optional<QList<EnvironmentVariable>>(imageConfig().envs));

    // A new row with no name yet is a problem at the table.
    QTest::mouseClick(find<QPushButton>(wizard, u"addVariable"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 3);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.problemTextFor(u"Envs[2].name"_s), u"Every environment variable needs a name."_s);
    QLineEdit *editor = cellEditor(table);
    QVERIFY(editor);
    QTest::keyClicks(editor, u"FEATURE_COUPONS"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->item(2, 0)->text(), u"FEATURE_COUPONS"_s); // the delegate commits on a queued call
    QTRY_VERIFY(!cellEditor(table));
    const QPoint valueCell = table->visualItemRect(table->item(2, 1)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, valueCell);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, valueCell);
    QTRY_VERIFY(cellEditor(table));
    editor = cellEditor(table);
    QTest::keyClicks(editor, u"on"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->item(2, 1)->text(), u"on"_s);
    QCOMPARE(wizard.currentId(), int(DeployWizard::WhatPageId)); // Return ended the edit, not the page
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    const std::optional<QList<EnvironmentVariable>> envs = wizard.plan().envs;
    QVERIFY(envs);
    QCOMPARE(envs->size(), 3);
    QCOMPARE(envs->at(1), imageConfig().envs.at(1)); // the secret reference, untouched
    QCOMPARE(envs->at(2).name, u"FEATURE_COUPONS"_s);
    QCOMPARE(envs->at(2).value, u"on"_s);

    // Remove the reference.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(1, 0)).center());
    QTest::mouseClick(find<QPushButton>(wizard, u"removeVariable"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(wizard.plan().envs->size(), 2);
    QCOMPARE(wizard.plan().envs->at(1).name, u"FEATURE_COUPONS"_s);
}

void TestDeployWizard::reviewSaysWhenNothingChanges()
{
    DeployWizard wizard(target());
    openLoaded(wizard);
    clickNext(wizard);
    clickNext(wizard);
    QVERIFY(find<QLabel>(wizard, u"reviewNoChanges"_s)->isVisible());
    QCOMPARE(find<QLabel>(wizard, u"reviewNoChanges"_s)->text(),
             u"Nothing changes: the same configuration is deployed again."_s);
    QVERIFY(!find<ConfirmationChangeTable>(wizard, u"reviewChanges"_s)->isVisible());
    QCOMPARE(find<BatchPlanView>(wizard, u"reviewBatchPlan"_s)->batches().size(), 1);
    QCOMPARE(find<QLabel>(wizard, u"reviewDescription"_s)->text(), u"No change description."_s);
}

void TestDeployWizard::protectedNamespaceHasItsBanner()
{
    {
        DeployWizard wizard(target(true));
        openLoaded(wizard);
        clickNext(wizard);
        clickNext(wizard);
        auto *banner = find<MessageBanner>(wizard, u"protectedBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(!banner->isDismissible());
        QCOMPARE(banner->level(), MessageBanner::Level::Warning);
        QCOMPARE(banner->text(), u"Protected namespace: prod"_s);
    }
    DeployWizard wizard(target(false));
    QVERIFY(!wizard.findChild<MessageBanner *>(u"protectedBanner"_s));
}

void TestDeployWizard::doubleClickOnDeployEmitsOnce()
{
    DeployWizard wizard(target());
    openLoaded(wizard);
    typeInto(find<QComboBox>(wizard, u"imageTag"_s), u"5.3.0"_s);
    typeInto(find<QLineEdit>(wizard, u"changeDescription"_s), u"Coupon rules"_s);
    clickNext(wizard);
    chooseGrayThenTwoManual(wizard);
    clickNext(wizard);

    QSignalSpy requested(&wizard, &DeployWizard::deployRequested);
    QAbstractButton *deploy = wizard.button(QWizard::FinishButton);
    // A double click as the window system delivers it: press, release, press + double click, release.
    QTest::mousePress(deploy, Qt::LeftButton);
    QTest::mouseRelease(deploy, Qt::LeftButton);
    QTest::mouseDClick(deploy, Qt::LeftButton);
    QTest::mouseRelease(deploy, Qt::LeftButton);
    QTest::mouseClick(deploy, Qt::LeftButton); // and an impatient third
    QCOMPARE(requested.count(), 1);
    QVERIFY(wizard.isVisible()); // the owner closes it once the platform took the deploy
    QVERIFY(wizard.isSubmitting());
    QVERIFY(!deploy->isEnabled());
    QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());

    DeploymentPlan expected;
    expected.appId = u"app-order"_s;
    expected.packageType = u"Image"_s;
    expected.imageUrl = u"registry.cn-hangzhou.aliyuncs.com/retail/order-service:5.3.0"_s;
    UpdateStrategy strategy;
    strategy.type = UpdateStrategy::Type::GrayBatchUpdate;
    strategy.batches = 2;
    strategy.release = UpdateStrategy::Release::Manual;
    strategy.batchWaitMinutes = 0;
    strategy.grayInstances = 1;
    expected.release.updateStrategy = strategy;
    expected.release.minReadyInstances = 1;
    expected.release.minReadyInstanceRatio = -1;
    expected.release.autoEnableScalingRules = false;
    expected.changeOrderDescription = u"Coupon rules"_s;
    const auto sent = requested.at(0).at(0).value<DeploymentPlan>();
    QCOMPARE(sent.release.updateStrategy, expected.release.updateStrategy);
    QCOMPARE(sent.release, expected.release);
    QVERIFY(sent == expected);
    QCOMPARE(
        sent.release.updateStrategy->toJson(),
        uR"({"batchUpdate":{"batch":2,"releaseType":"manual"},"grayUpdate":{"gray":1},"type":"GrayBatchUpdate"})"_s);

    wizard.setSubmitting(false);
    QVERIFY(deploy->isEnabled());
    QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
    QTest::mouseClick(deploy, Qt::LeftButton);
    QCOMPARE(requested.count(), 2);
}

void TestDeployWizard::aRefusalIsShownAndDeployCanBeRetried()
{
    DeployWizard wizard(target());
    openLoaded(wizard);
    clickNext(wizard);
    clickNext(wizard);
    QSignalSpy requested(&wizard, &DeployWizard::deployRequested);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    const QString refusal = u"Application.ChangerOrderRunning: a change order is running (RequestId 91C2)"_s;
    wizard.showSubmitError(refusal);
    auto *banner = find<MessageBanner>(wizard, u"submitError"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), refusal);
    QCOMPARE(banner->level(), MessageBanner::Level::Error);
    QVERIFY(!wizard.isSubmitting());
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(requested.count(), 2);
    QVERIFY(!banner->isVisible());
}

void TestDeployWizard::closeAcceptedClosesTheWizard()
{
    DeployWizard wizard(target());
    openLoaded(wizard);
    clickNext(wizard);
    clickNext(wizard);
    QSignalSpy finished(&wizard, &QDialog::finished);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(wizard.isVisible());
    QCOMPARE(finished.count(), 0);
    wizard.closeAccepted();
    QVERIFY(!wizard.isVisible());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
}

void TestDeployWizard::acceptWhileSubmittingClosesWithoutAnotherRequest()
{
    DeployWizard wizard(target());
    openLoaded(wizard);
    clickNext(wizard);
    clickNext(wizard);
    QSignalSpy requested(&wizard, &DeployWizard::deployRequested);
    QSignalSpy finished(&wizard, &QDialog::finished);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    wizard.accept(); // the owner, once the platform took the deploy
    QCOMPARE(requested.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
}

void TestDeployWizard::aPackageAppShowsPackageFields()
{
    DeployWizard wizard(target());
    openLoaded(wizard, packageConfig());
    auto *url = find<QLineEdit>(wizard, u"packageUrl"_s);
    auto *version = find<QComboBox>(wizard, u"packageVersion"_s);
    QVERIFY(url->isVisible());
    QVERIFY(version->isVisible());
    QVERIFY(!find<QLineEdit>(wizard, u"imageRepository"_s)->isVisible());
    QVERIFY(!find<QComboBox>(wizard, u"imageTag"_s)->isVisible());
    QCOMPARE(url->text(), packageConfig().packageUrl);
    QCOMPARE(version->currentText(), u"5.2.7"_s);
    QCOMPARE(find<QLineEdit>(wizard, u"jdk"_s)->text(), u"Open JDK 8"_s);
    QVERIFY(!find<QLineEdit>(wizard, u"webContainer"_s)->isVisible()); // a FatJar has none
    screenshot(wizard, u"package"_s);

    typeInto(url, u"https://oss.example.com/releases/order-service-5.3.0.jar"_s);
    typeInto(version, QString());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.problemTextFor(u"PackageVersion"_s),
             u"A package deployment needs the package's version."_s);
    wizard.setRecentVersions({u"5.3.0"_s, u"5.2.7"_s});
    typeInto(version, u"5.3.0"_s);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    const DeploymentPlan plan = wizard.plan();
    QCOMPARE(plan.packageType, u"FatJar"_s);
    QCOMPARE(plan.packageUrl, u"https://oss.example.com/releases/order-service-5.3.0.jar"_s);
    QCOMPARE(plan.packageVersion, u"5.3.0"_s);
    QCOMPARE(plan.jdk, u"Open JDK 8"_s);
    QVERIFY(plan.imageUrl.isEmpty());

    clickNext(wizard);
    clickNext(wizard);
    const QList<ConfirmationChange> changes =
        find<ConfirmationChangeTable>(wizard, u"reviewChanges"_s)->changes();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).field, u"Package URL"_s);
    QCOMPARE(changes.at(1), (ConfirmationChange{u"Package version"_s, u"5.2.7"_s, u"5.3.0"_s}));
}

void TestDeployWizard::splitsAndJoinsImageAddresses()
{
    using Parts = std::pair<QString, QString>;
    QCOMPARE(DeployWizard::splitImageUrl(s_image),
             (Parts{u"registry.cn-hangzhou.aliyuncs.com/retail/order-service"_s, u"5.2.7"_s}));
    QCOMPARE(DeployWizard::splitImageUrl(u"localhost:5000/shop/app"_s),
             (Parts{u"localhost:5000/shop/app"_s, {}}));
    QCOMPARE(DeployWizard::splitImageUrl(u"r.example.com/app@sha256:ab12"_s),
             (Parts{u"r.example.com/app"_s, u"@sha256:ab12"_s}));
    QCOMPARE(DeployWizard::joinImageUrl(u"r.example.com/app"_s, u"@sha256:ab12"_s),
             u"r.example.com/app@sha256:ab12"_s);
    QCOMPARE(DeployWizard::joinImageUrl(u"r.example.com/app"_s, u"1.0"_s), u"r.example.com/app:1.0"_s);
    QCOMPARE(DeployWizard::joinImageUrl(u"r.example.com/app"_s, {}), u"r.example.com/app"_s);
}

void TestDeployWizard::problemsFollowADarkPalette()
{
    DeployWizard wizard(target());
    openLoaded(wizard);
    wizard.setPalette(darkPalette());
    typeInto(find<QComboBox>(wizard, u"imageTag"_s), QString());
    const QList<QLabel *> labels = wizard.findChildren<QLabel *>(u"problemLabel"_s);
    const auto shown =
        std::find_if(labels.cbegin(), labels.cend(), [](const QLabel *label) { return label->isVisible(); });
    QVERIFY(shown != labels.cend());
    const QColor critical = StatusDelegate::severityColor(int(Severity::Critical), darkPalette());
    QCOMPARE((*shown)->palette().color(QPalette::WindowText), critical);
    screenshot(wizard, u"what-dark"_s);

    typeInto(find<QComboBox>(wizard, u"imageTag"_s), u"5.3.0"_s);
    clickNext(wizard);
    chooseGrayThenTwoManual(wizard);
    clickNext(wizard);
    screenshot(wizard, u"review-dark"_s);
}

QTEST_MAIN(TestDeployWizard)
#include "tst_deploywizard.moc"
