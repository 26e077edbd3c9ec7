#include "deploywizard.h"

#include "core/applicationtablemodel.h"
#include "core/deploymentdiff.h"
#include "core/releasebatchplan.h"
#include "core/severity.h"
#include "widgets/batchplanview.h"
#include "widgets/confirmationchangetable.h"
#include "widgets/confirmationdialog.h"
#include "widgets/deploywizardpage.h"
#include "widgets/fieldproblemmarks.h"
#include "widgets/messagebanner.h"
#include "widgets/statusdelegate.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr int defaultWidth = 760;
constexpr int defaultHeight = 620;
/// Spin boxes go past SAE's limits so that the form can say why a value is refused.
constexpr int replicaSpinMaximum = 1000;
constexpr int maximumBatches = 50;
constexpr int maximumWaitMinutes = 1440;
constexpr int variableReferenceRole = Qt::UserRole;
constexpr int cpuRole = Qt::UserRole;
constexpr int memoryRole = Qt::UserRole + 1;
constexpr std::array s_cpuChoices{500, 1000, 2000, 4000, 8000, 12000, 16000, 32000};
constexpr std::array s_memoryChoices{1024, 2048, 4096, 8192, 12288, 16384, 24576, 32768, 65536, 131072};

enum EnvironmentColumn
{
    NameColumn,
    ValueColumn,
};

QLabel *wrappedLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/// A muted line under a choice that says what it means.
QLabel *consequenceLabel(QWidget *parent, const QString &objectName)
{
    QLabel *label = wrappedLabel(parent, objectName);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QStringList withoutDuplicates(const QStringList &values)
{
    QStringList unique;
    for (const QString &value : values) {
        if (!value.trimmed().isEmpty() && !unique.contains(value))
            unique.append(value);
    }
    return unique;
}

/// Fills an editable combo's list and keeps what the user typed.
void offer(QComboBox *combo, const QStringList &values)
{
    const QString typed = combo->currentText();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItems(withoutDuplicates(values));
    combo->setCurrentIndex(-1);
    combo->setEditText(typed);
}

/// A field with its problem line right below it, as one form cell.
QWidget *withProblem(QWidget *field, QLabel *problem, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem); // stays hidden until there is a problem
    return cell;
}

bool isReleaseField(const QString &field)
{
    return field.startsWith(u"MinReady"_s) || field.startsWith(u"BatchWaitTime"_s)
           || field.startsWith(u"UpdateStrategy"_s) || field.startsWith(u"AutoEnable"_s);
}

} // namespace

DeployWizard::DeployWizard(const ConfirmationRequest &target, QWidget *parent)
    : QWizard(parent)
    , m_target(target)
{
    setObjectName(u"deployWizard"_s);
    //: window title; %1 is an application name
    setWindowTitle(tr("Deploy %1").arg(target.appName.isEmpty() ? target.appId : target.appName));
    setWindowModality(Qt::WindowModal);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    //: the wizard's Finish button: goes on to the confirmation
    setButtonText(QWizard::FinishButton, tr("Deploy…"));
    button(QWizard::FinishButton)->setObjectName(u"deployButton"_s);
    button(QWizard::NextButton)->setObjectName(u"nextButton"_s);
    button(QWizard::BackButton)->setObjectName(u"backButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"cancelButton"_s);

    m_whatPage = buildWhatPage();
    m_howPage = buildHowPage();
    m_reviewPage = buildReviewPage();
    setPage(WhatPageId, m_whatPage);
    setPage(HowPageId, m_howPage);
    setPage(ReviewPageId, m_reviewPage);
    setStartId(WhatPageId);

    m_whatPage->setCompleteness([this] {
        if (!m_config)
            return false;
        return std::none_of(m_problems.cbegin(), m_problems.cend(),
                            [](const ValidationProblem &problem) { return !isReleaseField(problem.field); });
    });
    m_howPage->setCompleteness([this] {
        return m_config
               && std::none_of(m_problems.cbegin(), m_problems.cend(),
                               [](const ValidationProblem &p) { return isReleaseField(p.field); });
    });
    m_reviewPage->setCompleteness([this] { return m_config && m_problems.isEmpty() && !m_submitting; });

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ReviewPageId)
            refreshReview();
        updateButtons();
    });
    resize(defaultWidth, defaultHeight);
    updateControls();
    refreshProblems();
}

// --- Pages -------------------------------------------------------------------------------------

DeployWizardPage *DeployWizard::buildWhatPage()
{
    auto *page = new DeployWizardPage(this);
    page->setObjectName(u"deployWhatPage"_s);
    page->setTitle(tr("What to deploy"));
    page->setSubTitle(tr("The image or package to run, and what changes with it. What you leave alone is not "
                         "sent: the application keeps it."));
    auto *layout = new QVBoxLayout(page);

    m_configStatus = wrappedLabel(page, u"configStatus"_s);
    m_configStatus->setText(tr("Reading the current configuration…"));
    layout->addWidget(m_configStatus);
    m_configErrorBanner = new MessageBanner(page);
    m_configErrorBanner->setObjectName(u"configError"_s);
    m_configErrorBanner->setDismissible(false);
    layout->addWidget(m_configErrorBanner);
    m_whatProblem = newProblemLabel(page);
    m_whatProblem->setObjectName(u"whatProblem"_s);
    layout->addWidget(m_whatProblem);

    m_whatForm = new QWidget(page);
    auto *form = new QFormLayout(m_whatForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(m_whatForm, 1);

    // The image: a repository and a tag, so that a new version is a new tag.
    m_imageFields = new QWidget(m_whatForm);
    auto *image = new QGridLayout(m_imageFields);
    image->setContentsMargins(0, 0, 0, 0);
    m_imageRepository = new QLineEdit(m_imageFields);
    m_imageRepository->setObjectName(u"imageRepository"_s);
    m_imageRepository->setAccessibleName(tr("Image repository"));
    m_imageRepository->setPlaceholderText(u"registry.cn-hangzhou.aliyuncs.com/namespace/app"_s);
    m_imageTag = new QComboBox(m_imageFields);
    m_imageTag->setObjectName(u"imageTag"_s);
    m_imageTag->setEditable(true);
    m_imageTag->setInsertPolicy(QComboBox::NoInsert);
    m_imageTag->setAccessibleName(tr("Image tag"));
    m_imageTag->setMinimumContentsLength(12);
    //: between an image's repository and its tag
    auto *colon = new QLabel(tr(":"), m_imageFields);
    image->addWidget(m_imageRepository, 0, 0);
    image->addWidget(colon, 0, 1);
    image->addWidget(m_imageTag, 0, 2);
    image->setColumnStretch(0, 3);
    image->setColumnStretch(2, 1);
    QLabel *repositoryProblem = newProblemLabel(m_imageFields);
    QLabel *tagProblem = newProblemLabel(m_imageFields);
    image->addWidget(repositoryProblem, 1, 0);
    image->addWidget(tagProblem, 1, 2);
    registerField(u"ImageUrl"_s, m_imageRepository, repositoryProblem);
    registerField(u"ImageTag"_s, m_imageTag, tagProblem);
    //: form label: an image's repository and tag
    form->addRow(tr("Image:"), m_imageFields);

    // The package: its URL and version, and the runtime it needs.
    // In the same form as the rest, so that the columns line up; load() shows one kind.
    m_packageUrl = new QLineEdit(m_whatForm);
    m_packageUrl->setObjectName(u"packageUrl"_s);
    m_packageUrl->setPlaceholderText(u"https://…/app-1.2.0.jar"_s);
    m_packageVersion = new QComboBox(m_whatForm);
    m_packageVersion->setObjectName(u"packageVersion"_s);
    m_packageVersion->setEditable(true);
    m_packageVersion->setInsertPolicy(QComboBox::NoInsert);
    m_jdk = new QLineEdit(m_whatForm);
    m_jdk->setObjectName(u"jdk"_s);
    m_webContainer = new QLineEdit(m_whatForm);
    m_webContainer->setObjectName(u"webContainer"_s);
    QLabel *urlProblem = newProblemLabel(m_whatForm);
    QLabel *versionProblem = newProblemLabel(m_whatForm);
    m_packageUrlCell = withProblem(m_packageUrl, urlProblem, m_whatForm);
    m_packageVersionCell = withProblem(m_packageVersion, versionProblem, m_whatForm);
    form->addRow(tr("Package URL:"), m_packageUrlCell);
    form->addRow(tr("Version:"), m_packageVersionCell);
    form->addRow(tr("JDK:"), m_jdk);
    form->addRow(tr("Web container:"), m_webContainer);
    registerField(u"PackageUrl"_s, m_packageUrl, urlProblem);
    registerField(u"PackageVersion"_s, m_packageVersion, versionProblem);
    for (QWidget *row :
         std::initializer_list<QWidget *>{m_packageUrlCell, m_packageVersionCell, m_jdk, m_webContainer})
        form->setRowVisible(row, false); // until the configuration says it is a package

    // Optional changes, each sent only when its box is ticked.
    m_changeReplicas = new QCheckBox(tr("Change the instance count"), m_whatForm);
    m_changeReplicas->setObjectName(u"changeReplicas"_s);
    m_replicas = new QSpinBox(m_whatForm);
    m_replicas->setObjectName(u"replicas"_s);
    m_replicas->setRange(0, replicaSpinMaximum);
    m_replicas->setAccessibleName(tr("Instances"));
    QLabel *replicasProblem = newProblemLabel(m_whatForm);
    form->addRow(m_changeReplicas, withProblem(m_replicas, replicasProblem, m_whatForm));
    registerField(u"Replicas"_s, m_replicas, replicasProblem);

    m_changeSize = new QCheckBox(tr("Change the instance size"), m_whatForm);
    m_changeSize->setObjectName(u"changeSize"_s);
    m_instanceSize = new QComboBox(m_whatForm);
    m_instanceSize->setObjectName(u"instanceSize"_s);
    m_instanceSize->setAccessibleName(tr("Instance size"));
    QLabel *sizeProblem = newProblemLabel(m_whatForm);
    form->addRow(m_changeSize, withProblem(m_instanceSize, sizeProblem, m_whatForm));
    registerField(u"Cpu"_s, m_instanceSize, sizeProblem);
    registerField(u"Memory"_s, m_instanceSize, sizeProblem);

    m_changeEnvironment = new QCheckBox(tr("Change the environment variables"), m_whatForm);
    m_changeEnvironment->setObjectName(u"changeEnvironment"_s);
    form->addRow(m_changeEnvironment);
    m_environment = new QTableWidget(0, 2, m_whatForm);
    m_environment->setObjectName(u"environmentTable"_s);
    m_environment->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_environment->horizontalHeader()->setStretchLastSection(true);
    m_environment->setColumnWidth(NameColumn, fontMetrics().averageCharWidth() * 32);
    m_environment->verticalHeader()->hide();
    m_environment->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_environment->setMinimumHeight(fontMetrics().height() * 6);
    m_environment->setAccessibleName(tr("Environment variables"));
    m_addVariable = new QPushButton(tr("Add"), m_whatForm);
    m_addVariable->setObjectName(u"addVariable"_s);
    m_addVariable->setAutoDefault(false);
    m_removeVariable = new QPushButton(tr("Remove"), m_whatForm);
    m_removeVariable->setObjectName(u"removeVariable"_s);
    m_removeVariable->setAutoDefault(false);
    auto *environmentButtons = new QVBoxLayout;
    environmentButtons->addWidget(m_addVariable);
    environmentButtons->addWidget(m_removeVariable);
    environmentButtons->addStretch(1);
    auto *environment = new QHBoxLayout;
    environment->addWidget(m_environment, 1);
    environment->addLayout(environmentButtons);
    form->addRow(environment);
    QLabel *environmentProblem = newProblemLabel(m_whatForm);
    form->addRow(environmentProblem);
    registerField(u"Envs"_s, m_environment, environmentProblem);

    m_description = new QLineEdit(m_whatForm);
    m_description->setObjectName(u"changeDescription"_s);
    m_description->setPlaceholderText(tr("Why this deploy, shown with the change order"));
    form->addRow(tr("Change description:"), m_description);

    connect(m_imageRepository, &QLineEdit::textEdited, this, &DeployWizard::onEdited);
    connect(m_imageRepository, &QLineEdit::editingFinished, this, &DeployWizard::splitPastedImage);
    connect(m_imageTag, &QComboBox::editTextChanged, this, &DeployWizard::onEdited);
    connect(m_packageUrl, &QLineEdit::textEdited, this, &DeployWizard::onEdited);
    connect(m_packageVersion, &QComboBox::editTextChanged, this, &DeployWizard::onEdited);
    connect(m_jdk, &QLineEdit::textEdited, this, &DeployWizard::onEdited);
    connect(m_webContainer, &QLineEdit::textEdited, this, &DeployWizard::onEdited);
    connect(m_replicas, &QSpinBox::valueChanged, this, &DeployWizard::onEdited);
    connect(m_instanceSize, &QComboBox::currentIndexChanged, this, &DeployWizard::onEdited);
    connect(m_environment, &QTableWidget::itemChanged, this, &DeployWizard::onEdited);
    connect(m_environment, &QTableWidget::itemSelectionChanged, this, &DeployWizard::updateControls);
    connect(m_addVariable, &QPushButton::clicked, this, &DeployWizard::addVariable);
    connect(m_removeVariable, &QPushButton::clicked, this, &DeployWizard::removeVariables);
    connect(m_description, &QLineEdit::textEdited, this, &DeployWizard::onEdited);
    for (QCheckBox *box : {m_changeReplicas, m_changeSize, m_changeEnvironment}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            updateControls();
            onEdited();
        });
    }
    return page;
}

DeployWizardPage *DeployWizard::buildHowPage()
{
    auto *page = new DeployWizardPage(this);
    page->setObjectName(u"deployHowPage"_s);
    page->setTitle(tr("How to roll it out"));
    page->setSubTitle(tr("How the new version replaces the running instances."));
    auto *layout = new QVBoxLayout(page);
    m_howProblem = newProblemLabel(page);
    m_howProblem->setObjectName(u"howProblem"_s);
    layout->addWidget(m_howProblem);

    auto *grid = new QGridLayout;
    layout->addLayout(grid);
    int row = 0;

    // The kind of release.
    m_releaseSingle = new QRadioButton(tr("All at once (one batch)"), page);
    m_releaseSingle->setObjectName(u"releaseSingle"_s);
    m_releasePhased = new QRadioButton(tr("In batches"), page);
    m_releasePhased->setObjectName(u"releasePhased"_s);
    m_releaseGray = new QRadioButton(tr("Gray first: a few canary instances, then in batches"), page);
    m_releaseGray->setObjectName(u"releaseGray"_s);
    auto *kinds = new QButtonGroup(page);
    kinds->addButton(m_releaseSingle);
    kinds->addButton(m_releasePhased);
    kinds->addButton(m_releaseGray);
    grid->addWidget(m_releaseSingle, row++, 0, 1, 4);
    grid->addWidget(m_releasePhased, row++, 0, 1, 4);
    grid->addWidget(m_releaseGray, row++, 0, 1, 4);

    m_grayInstances = new QSpinBox(page);
    m_grayInstances->setObjectName(u"grayInstances"_s);
    m_grayInstances->setRange(0, replicaSpinMaximum);
    QLabel *grayProblem = newProblemLabel(page);
    auto *grayLabel = new QLabel(tr("Gray instances:"), page);
    grayLabel->setBuddy(m_grayInstances);
    grid->addWidget(grayLabel, row, 1);
    grid->addWidget(m_grayInstances, row++, 2);
    grid->addWidget(grayProblem, row++, 1, 1, 3);
    registerField(u"UpdateStrategy.grayInstances"_s, m_grayInstances, grayProblem);

    m_batchCount = new QSpinBox(page);
    m_batchCount->setObjectName(u"batchCount"_s);
    m_batchCount->setRange(1, replicaSpinMaximum);
    QLabel *batchesProblem = newProblemLabel(page);
    //: the batches of a phased release, or those after the gray batch
    auto *batchesLabel = new QLabel(tr("Batches:"), page);
    batchesLabel->setBuddy(m_batchCount);
    grid->addWidget(batchesLabel, row, 1);
    grid->addWidget(m_batchCount, row++, 2);
    grid->addWidget(batchesProblem, row++, 1, 1, 3);
    registerField(u"UpdateStrategy"_s, m_batchCount, batchesProblem);
    m_releaseConsequence = consequenceLabel(page, u"releaseConsequence"_s);
    grid->addWidget(m_releaseConsequence, row++, 0, 1, 4);

    // Who starts the next batch.
    m_releaseAuto = new QRadioButton(tr("Automatically"), page);
    m_releaseAuto->setObjectName(u"releaseAuto"_s);
    m_releaseManual = new QRadioButton(tr("By hand: each batch waits for your confirmation"), page);
    m_releaseManual->setObjectName(u"releaseManual"_s);
    auto *pacing = new QButtonGroup(page);
    pacing->addButton(m_releaseAuto);
    pacing->addButton(m_releaseManual);
    m_batchWaitMinutes = new QSpinBox(page);
    m_batchWaitMinutes->setObjectName(u"batchWaitMinutes"_s);
    m_batchWaitMinutes->setRange(0, maximumWaitMinutes);
    //: the unit after the wait between automatic batches
    m_batchWaitMinutes->setSuffix(tr(" min"));
    auto *autoRow = new QHBoxLayout;
    autoRow->addWidget(m_releaseAuto);
    m_batchWaitMinutes->setAccessibleName(tr("Wait between batches"));
    autoRow->addWidget(new QLabel(tr("waiting"), page));
    autoRow->addWidget(m_batchWaitMinutes);
    autoRow->addWidget(new QLabel(tr("between batches"), page));
    autoRow->addStretch(1);
    grid->addWidget(new QLabel(tr("Next batch:"), page), row, 0);
    grid->addLayout(autoRow, row++, 1, 1, 3);
    grid->addWidget(m_releaseManual, row++, 1, 1, 3);
    QLabel *waitProblem = newProblemLabel(page);
    grid->addWidget(waitProblem, row++, 1, 1, 3);
    registerField(u"BatchWaitTime"_s, m_batchWaitMinutes, waitProblem);
    m_pacingConsequence = consequenceLabel(page, u"pacingConsequence"_s);
    grid->addWidget(m_pacingConsequence, row++, 0, 1, 4);

    // What stays ready meanwhile.
    m_minReadyByCount = new QRadioButton(tr("Instances:"), page);
    m_minReadyByCount->setObjectName(u"minReadyByCount"_s);
    m_minReadyByRatio = new QRadioButton(tr("Share of the instances:"), page);
    m_minReadyByRatio->setObjectName(u"minReadyByRatio"_s);
    auto *minReadyKinds = new QButtonGroup(page);
    minReadyKinds->addButton(m_minReadyByCount);
    minReadyKinds->addButton(m_minReadyByRatio);
    m_minReadyCount = new QSpinBox(page);
    m_minReadyCount->setObjectName(u"minReadyCount"_s);
    m_minReadyCount->setRange(-1, replicaSpinMaximum);
    //: the minimum-ready spin box at -1
    m_minReadyCount->setSpecialValueText(tr("SAE's recommendation (25 %)"));
    m_minReadyCount->setAccessibleName(tr("Minimum ready instances"));
    m_minReadyRatio = new QSpinBox(page);
    m_minReadyRatio->setObjectName(u"minReadyRatio"_s);
    m_minReadyRatio->setRange(0, 100);
    //: the unit after a percentage
    m_minReadyRatio->setSuffix(tr(" %"));
    m_minReadyRatio->setAccessibleName(tr("Minimum ready share of the instances"));
    grid->addWidget(new QLabel(tr("Stay ready:"), page), row, 0);
    grid->addWidget(m_minReadyByCount, row, 1);
    grid->addWidget(m_minReadyCount, row++, 2);
    QLabel *countProblem = newProblemLabel(page);
    grid->addWidget(countProblem, row++, 1, 1, 3);
    grid->addWidget(m_minReadyByRatio, row, 1);
    grid->addWidget(m_minReadyRatio, row++, 2);
    QLabel *ratioProblem = newProblemLabel(page);
    grid->addWidget(ratioProblem, row++, 1, 1, 3);
    registerField(u"MinReadyInstances"_s, m_minReadyCount, countProblem);
    registerField(u"MinReadyInstanceRatio"_s, m_minReadyRatio, ratioProblem);
    m_minReadyConsequence = consequenceLabel(page, u"minReadyConsequence"_s);
    grid->addWidget(m_minReadyConsequence, row++, 0, 1, 4);

    m_autoEnableScalingRules =
        new QCheckBox(tr("Enable the scaling rules again when the release ends"), page);
    m_autoEnableScalingRules->setObjectName(u"autoEnableScalingRules"_s);
    grid->addWidget(m_autoEnableScalingRules, row++, 0, 1, 4);
    m_scalingRulesConsequence = consequenceLabel(page, u"scalingRulesConsequence"_s);
    grid->addWidget(m_scalingRulesConsequence, row++, 0, 1, 4);
    grid->setColumnStretch(3, 1); // the spin boxes keep their width
    layout->addStretch(1);

    for (QRadioButton *radio : {m_releaseSingle, m_releasePhased, m_releaseGray, m_releaseAuto,
                                m_releaseManual, m_minReadyByCount, m_minReadyByRatio}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool checked) {
            if (!checked)
                return; // the other button of the group reports the change
            updateControls();
            onEdited();
        });
    }
    for (QSpinBox *spin :
         {m_grayInstances, m_batchCount, m_batchWaitMinutes, m_minReadyCount, m_minReadyRatio})
        connect(spin, &QSpinBox::valueChanged, this, &DeployWizard::onEdited);
    connect(m_autoEnableScalingRules, &QCheckBox::toggled, this, &DeployWizard::onEdited);
    return page;
}

DeployWizardPage *DeployWizard::buildReviewPage()
{
    auto *page = new DeployWizardPage(this);
    page->setObjectName(u"deployReviewPage"_s);
    page->setTitle(tr("Review"));
    page->setFinalPage(true);
    auto *layout = new QVBoxLayout(page);

    ConfirmationRequest where = m_target;
    //: the action in the review's target line: "profile · region · namespace · app — Deploy"
    where.action = tr("Deploy");
    m_reviewTarget = wrappedLabel(page, u"reviewTarget"_s);
    m_reviewTarget->setText(ConfirmationDialog::titleFor(where));
    QFont bold = m_reviewTarget->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_reviewTarget->setFont(bold);
    layout->addWidget(m_reviewTarget);

    if (m_target.protectedNamespace) {
        auto *banner = new MessageBanner(page);
        banner->setObjectName(u"protectedBanner"_s);
        banner->setDismissible(false);
        banner->showMessage(
            MessageBanner::Level::Warning,
            tr("Protected namespace: %1")
                .arg(m_target.namespaceName.isEmpty() ? m_target.namespaceId : m_target.namespaceName));
        layout->addWidget(banner);
    }

    m_submitError = new MessageBanner(page);
    m_submitError->setObjectName(u"submitError"_s);
    layout->addWidget(m_submitError);

    layout->addSpacing(6);
    auto *changesTitle = new QLabel(tr("What changes"), page);
    changesTitle->setFont(bold);
    layout->addWidget(changesTitle);
    m_reviewChanges = new ConfirmationChangeTable(page);
    m_reviewChanges->setObjectName(u"reviewChanges"_s);
    layout->addWidget(m_reviewChanges);
    m_reviewNoChanges = wrappedLabel(page, u"reviewNoChanges"_s);
    m_reviewNoChanges->setText(tr("Nothing changes: the same configuration is deployed again."));
    layout->addWidget(m_reviewNoChanges);

    layout->addSpacing(6);
    auto *planTitle = new QLabel(tr("How it rolls out"), page);
    planTitle->setFont(bold);
    layout->addWidget(planTitle);
    m_reviewBatchPlan = new BatchPlanView(page);
    m_reviewBatchPlan->setObjectName(u"reviewBatchPlan"_s);
    layout->addWidget(m_reviewBatchPlan);
    m_reviewConsequence = wrappedLabel(page, u"reviewConsequence"_s);
    layout->addWidget(m_reviewConsequence);
    m_reviewDescription = wrappedLabel(page, u"reviewDescription"_s);
    layout->addWidget(m_reviewDescription);
    layout->addStretch(1);
    return page;
}

QLabel *DeployWizard::newProblemLabel(QWidget *parent)
{
    QLabel *label = wrappedLabel(parent, u"problemLabel"_s);
    label->hide();
    return label;
}

void DeployWizard::registerField(const QString &field, QWidget *widget, QLabel *problemLabel)
{
    m_fields.insert(field, widget);
    m_problemLabels.insert(widget, problemLabel);
}

QWidget *DeployWizard::fieldWidget(const QString &field) const
{
    // "Envs[2].name" -> "Envs", "UpdateStrategy.batches" -> itself or "UpdateStrategy".
    QString path = field;
    while (!path.isEmpty()) {
        if (QWidget *widget = m_fields.value(path))
            return widget;
        const qsizetype cut = std::max(path.lastIndexOf(u'.'), path.lastIndexOf(u'['));
        if (cut <= 0)
            break;
        path.truncate(cut);
    }
    return nullptr;
}

// --- Loading -----------------------------------------------------------------------------------

void DeployWizard::setCurrentConfig(const ApplicationConfig &config)
{
    m_config = config;
    m_configError.clear();
    load(config);
}

void DeployWizard::setConfigError(const QString &text)
{
    m_configError = text;
    m_config.reset();
    m_configStatus->hide();
    m_configErrorBanner->showMessage(MessageBanner::Level::Error, text);
    updateControls();
    refreshProblems();
}

void DeployWizard::setRecentVersions(const QStringList &tagsOrVersions)
{
    offer(m_imageTag, tagsOrVersions);
    offer(m_packageVersion, tagsOrVersions);
}

void DeployWizard::load(const ApplicationConfig &config)
{
    m_loading = true;
    m_configStatus->hide();
    m_configErrorBanner->hide();

    const auto [repository, tag] = splitImageUrl(config.imageUrl);
    m_imageRepository->setText(repository);
    m_imageTag->setEditText(tag);
    m_packageUrl->setText(config.packageUrl);
    m_packageVersion->setEditText(config.packageVersion);
    m_jdk->setText(config.jdk);
    m_webContainer->setText(config.webContainer);

    m_changeReplicas->setChecked(false);
    m_replicas->setValue(config.replicas);
    m_changeSize->setChecked(false);
    fillSizes(config);
    m_changeEnvironment->setChecked(false);
    fillEnvironment(config.envs);

    const UpdateStrategy strategy = config.updateStrategy.value_or(UpdateStrategy{});
    switch (strategy.type) {
    case UpdateStrategy::Type::SingleBatch:
        m_releaseSingle->setChecked(true);
        break;
    case UpdateStrategy::Type::BatchUpdate:
        m_releasePhased->setChecked(true);
        break;
    case UpdateStrategy::Type::GrayBatchUpdate:
        m_releaseGray->setChecked(true);
        break;
    }
    const bool phased = strategy.type != UpdateStrategy::Type::SingleBatch;
    m_batchCount->setValue(phased ? strategy.batches : 2);
    m_grayInstances->setValue(strategy.type == UpdateStrategy::Type::GrayBatchUpdate ? strategy.grayInstances
                                                                                     : 1);
    (strategy.release == UpdateStrategy::Release::Manual ? m_releaseManual : m_releaseAuto)->setChecked(true);
    m_batchWaitMinutes->setValue(strategy.batchWaitMinutes);
    if (config.minReadyInstanceRatio >= 0) {
        m_minReadyByRatio->setChecked(true);
        m_minReadyRatio->setValue(config.minReadyInstanceRatio);
        m_minReadyCount->setValue(1);
    } else {
        m_minReadyByCount->setChecked(true);
        m_minReadyCount->setValue(config.minReadyInstances);
        m_minReadyRatio->setValue(25);
    }
    m_autoEnableScalingRules->setChecked(false);

    const bool image = plan().deploysImage();
    // Rows, not only fields, so that their labels go too.
    auto *form = static_cast<QFormLayout *>(m_whatForm->layout());
    form->setRowVisible(m_imageFields, image);
    form->setRowVisible(m_packageUrlCell, !image);
    form->setRowVisible(m_packageVersionCell, !image);
    form->setRowVisible(m_jdk, !image);
    form->setRowVisible(m_webContainer,
                        !image && (!config.webContainer.isEmpty() || config.packageType == u"War"));
    m_loading = false;
    updateControls();
    refreshProblems();
}

void DeployWizard::fillSizes(const ApplicationConfig &config)
{
    const QSignalBlocker blocker(m_instanceSize);
    m_instanceSize->clear();
    int current = -1;
    if (!DeploymentPlan::isOfferedSize(config.cpuMillicores, config.memoryMb) && config.cpuMillicores > 0) {
        //: an instance size SAE no longer offers, kept in the list because the application has it
        m_instanceSize->addItem(
            tr("%1 (current)").arg(ApplicationTableModel::specText(config.cpuMillicores, config.memoryMb)));
        m_instanceSize->setItemData(0, config.cpuMillicores, cpuRole);
        m_instanceSize->setItemData(0, config.memoryMb, memoryRole);
        current = 0;
    }
    for (const int cpu : s_cpuChoices) {
        for (const int memory : s_memoryChoices) {
            if (!DeploymentPlan::isOfferedSize(cpu, memory))
                continue;
            const int index = m_instanceSize->count();
            m_instanceSize->addItem(ApplicationTableModel::specText(cpu, memory));
            m_instanceSize->setItemData(index, cpu, cpuRole);
            m_instanceSize->setItemData(index, memory, memoryRole);
            if (cpu == config.cpuMillicores && memory == config.memoryMb)
                current = index;
        }
    }
    m_instanceSize->setCurrentIndex(std::max(0, current));
}

void DeployWizard::fillEnvironment(const QList<EnvironmentVariable> &variables)
{
    const QSignalBlocker blocker(m_environment);
    m_environment->setRowCount(0);
    for (qsizetype i = 0; i < variables.size(); ++i) {
        const EnvironmentVariable &variable = variables.at(i);
        const int row = m_environment->rowCount();
        m_environment->insertRow(row);
        auto *name = new QTableWidgetItem(variable.name);
        auto *value = new QTableWidgetItem(DeploymentDiff::environmentValueText(variable));
        name->setData(variableReferenceRole, int(i));
        if (variable.isReference()) {
            // Set where the ConfigMap or secret lives; here it can only be kept or removed.
            for (QTableWidgetItem *item : {name, value}) {
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                item->setToolTip(tr("Read from a ConfigMap or secret: it can be removed here, not edited."));
            }
        }
        m_environment->setItem(row, NameColumn, name);
        m_environment->setItem(row, ValueColumn, value);
    }
}

void DeployWizard::addVariable()
{
    const int row = m_environment->rowCount();
    {
        const QSignalBlocker blocker(m_environment);
        m_environment->insertRow(row);
        auto *name = new QTableWidgetItem;
        name->setData(variableReferenceRole, -1);
        m_environment->setItem(row, NameColumn, name);
        m_environment->setItem(row, ValueColumn, new QTableWidgetItem);
    }
    m_environment->setCurrentCell(row, NameColumn);
    m_environment->editItem(m_environment->item(row, NameColumn));
    onEdited();
}

void DeployWizard::removeVariables()
{
    QList<int> rows;
    for (const QModelIndex &index : m_environment->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    {
        const QSignalBlocker blocker(m_environment);
        for (const int row : std::as_const(rows))
            m_environment->removeRow(row);
    }
    updateControls();
    onEdited();
}

QList<EnvironmentVariable> DeployWizard::environmentInForm() const
{
    QList<EnvironmentVariable> variables;
    for (int row = 0; row < m_environment->rowCount(); ++row) {
        const QTableWidgetItem *name = m_environment->item(row, NameColumn);
        const QTableWidgetItem *value = m_environment->item(row, ValueColumn);
        const int original = name ? name->data(variableReferenceRole).toInt() : -1;
        if (m_config && original >= 0 && original < m_config->envs.size()
            && m_config->envs.at(original).isReference()) {
            variables.append(m_config->envs.at(original));
            continue;
        }
        EnvironmentVariable variable;
        variable.name = name ? name->text().trimmed() : QString();
        variable.value = value ? value->text() : QString();
        variables.append(variable);
    }
    return variables;
}

void DeployWizard::splitPastedImage()
{
    // A whole image address pasted into the repository: its tag goes where tags go.
    const auto [repository, tag] = splitImageUrl(m_imageRepository->text().trimmed());
    if (tag.isEmpty())
        return;
    m_imageRepository->setText(repository);
    m_imageTag->setEditText(tag);
    onEdited();
}

// --- The plan ----------------------------------------------------------------------------------

std::pair<QString, QString> DeployWizard::splitImageUrl(const QString &imageUrl)
{
    const qsizetype slash = imageUrl.lastIndexOf(u'/');
    const qsizetype at = imageUrl.indexOf(u'@', slash + 1);
    if (at >= 0)
        return {imageUrl.left(at), imageUrl.mid(at)};
    const qsizetype colon = imageUrl.indexOf(u':', slash + 1);
    if (colon >= 0)
        return {imageUrl.left(colon), imageUrl.mid(colon + 1)};
    return {imageUrl, QString()};
}

QString DeployWizard::joinImageUrl(const QString &repository, const QString &tag)
{
    if (repository.isEmpty())
        return {}; // a tag alone names no image
    if (tag.isEmpty())
        return repository;
    if (tag.startsWith(u'@'))
        return repository + tag;
    return repository + u':' + tag;
}

std::optional<UpdateStrategy> DeployWizard::strategyInForm() const
{
    UpdateStrategy strategy;
    if (m_releaseSingle->isChecked())
        return strategy;
    strategy.type = m_releaseGray->isChecked() ? UpdateStrategy::Type::GrayBatchUpdate
                                               : UpdateStrategy::Type::BatchUpdate;
    strategy.batches = m_batchCount->value();
    strategy.release =
        m_releaseManual->isChecked() ? UpdateStrategy::Release::Manual : UpdateStrategy::Release::Auto;
    strategy.batchWaitMinutes =
        strategy.release == UpdateStrategy::Release::Auto ? m_batchWaitMinutes->value() : 0;
    if (strategy.type == UpdateStrategy::Type::GrayBatchUpdate)
        strategy.grayInstances = m_grayInstances->value();
    return strategy;
}

DeploymentPlan DeployWizard::plan() const
{
    DeploymentPlan plan;
    plan.appId = m_target.appId;
    if (m_config) {
        plan.packageType = m_config->packageType.isEmpty() ? u"Image"_s : m_config->packageType;
        plan.acrInstanceId = m_config->acrInstanceId;
    }
    if (plan.deploysImage()) {
        plan.imageUrl =
            joinImageUrl(m_imageRepository->text().trimmed(), m_imageTag->currentText().trimmed());
    } else {
        plan.packageUrl = m_packageUrl->text().trimmed();
        plan.packageVersion = m_packageVersion->currentText().trimmed();
        plan.jdk = m_jdk->text().trimmed();
        plan.webContainer = m_webContainer->text().trimmed();
    }
    if (m_changeReplicas->isChecked())
        plan.replicas = m_replicas->value();
    if (m_changeSize->isChecked() && m_instanceSize->currentIndex() >= 0) {
        plan.cpuMillicores = m_instanceSize->currentData(cpuRole).toInt();
        plan.memoryMb = m_instanceSize->currentData(memoryRole).toInt();
    }
    if (m_changeEnvironment->isChecked())
        plan.envs = environmentInForm();

    plan.release.updateStrategy = strategyInForm();
    if (m_minReadyByRatio->isChecked()) {
        plan.release.minReadyInstanceRatio = m_minReadyRatio->value();
    } else {
        plan.release.minReadyInstances = m_minReadyCount->value();
        plan.release.minReadyInstanceRatio = -1; // the count, not a ratio the application may have had
    }
    plan.release.autoEnableScalingRules = m_autoEnableScalingRules->isChecked();
    plan.changeOrderDescription = m_description->text().trimmed();
    return plan;
}

int DeployWizard::replicasLeft() const
{
    if (m_changeReplicas->isChecked())
        return m_replicas->value();
    return m_config ? m_config->replicas : 0;
}

QList<ValidationProblem> DeployWizard::problems() const
{
    QList<ValidationProblem> found;
    if (!m_config)
        return found;
    const DeploymentPlan current = plan();
    const QString notEmpty = u"InvalidParameter.NotEmpty"_s;
    const QString invalid = u"InvalidParameter.WithMessage"_s;
    if (current.deploysImage()) {
        const QString tag = m_imageTag->currentText().trimmed();
        if (!m_imageRepository->text().trimmed().isEmpty() && tag.isEmpty())
            found.append({u"ImageTag"_s, notEmpty, tr("Choose the tag of the image to deploy.")});
        else if (tag.contains(u' ') || (!tag.startsWith(u'@') && tag.contains(u':')))
            found.append({u"ImageTag"_s, invalid, tr("A tag has no spaces or colons.")});
    }
    found.append(current.problems(m_config->replicas));

    if (const std::optional<UpdateStrategy> &strategy = current.release.updateStrategy;
        strategy && strategy->type != UpdateStrategy::Type::SingleBatch) {
        const int replicas = replicasLeft();
        const bool gray = strategy->type == UpdateStrategy::Type::GrayBatchUpdate;
        if (gray && replicas > 0 && strategy->grayInstances >= replicas) {
            found.append(
                {u"UpdateStrategy.grayInstances"_s, invalid,
                 tr("Of %1 instances, at least one must be left for the batches after the gray ones.")
                     .arg(replicas)});
        }
        const int afterGray = gray ? replicas - std::min(strategy->grayInstances, replicas - 1) : replicas;
        if (replicas > 0 && strategy->batches > std::max(1, afterGray)) {
            found.append({u"UpdateStrategy.batches"_s, invalid,
                          tr("%1 instances cannot make %2 batches; choose %1 or fewer.")
                              .arg(std::max(1, afterGray))
                              .arg(strategy->batches)});
        }
    }
    return found;
}

QString DeployWizard::problemTextFor(const QString &field) const
{
    QWidget *widget = fieldWidget(field);
    const QLabel *label = widget ? m_problemLabels.value(widget) : nullptr;
    return label && !label->isHidden() ? label->text() : QString();
}

// --- Reacting ----------------------------------------------------------------------------------

void DeployWizard::onEdited()
{
    if (m_loading)
        return;
    refreshProblems();
}

void DeployWizard::refreshProblems()
{
    if (m_loading)
        return;
    m_problems = problems();
    QHash<QWidget *, QStringList> texts;
    QStringList whatTop;
    QStringList howTop;
    for (const ValidationProblem &problem : std::as_const(m_problems)) {
        QWidget *widget = fieldWidget(problem.field);
        // Relative to its page: QWizard hides the pages that are not current.
        QWidget *page = widget && m_howPage->isAncestorOf(widget) ? m_howPage : m_whatPage;
        if (widget && widget->isVisibleTo(page))
            texts[widget].append(problem.message);
        else
            (isReleaseField(problem.field) ? howTop : whatTop).append(problem.message);
    }

    FieldProblemMarks::apply(m_problemLabels, texts, palette());
    const QColor error = StatusDelegate::severityColor(int(Severity::Critical), palette());
    for (const auto &[label, lines] : {std::pair{m_whatProblem, whatTop}, std::pair{m_howProblem, howTop}}) {
        label->setText(lines.join(u'\n'));
        label->setVisible(!lines.isEmpty());
        QPalette labelPalette = label->palette();
        labelPalette.setColor(QPalette::WindowText, error);
        label->setPalette(labelPalette);
    }
    updateConsequences();
    if (currentId() == ReviewPageId)
        refreshReview();
    m_whatPage->refreshComplete();
    m_howPage->refreshComplete();
    m_reviewPage->refreshComplete();
    updateButtons();
}

void DeployWizard::updateControls()
{
    const bool loaded = m_config.has_value();
    m_whatForm->setEnabled(loaded);
    m_howPage->setEnabled(loaded);
    m_replicas->setEnabled(m_changeReplicas->isChecked());
    m_instanceSize->setEnabled(m_changeSize->isChecked());
    m_environment->setEnabled(m_changeEnvironment->isChecked());
    m_addVariable->setEnabled(m_changeEnvironment->isChecked());
    m_removeVariable->setEnabled(m_changeEnvironment->isChecked()
                                 && !m_environment->selectionModel()->selectedRows().isEmpty());

    const bool batches = !m_releaseSingle->isChecked();
    const bool gray = m_releaseGray->isChecked();
    // A phased release has at least two batches; after a gray batch one is enough.
    m_batchCount->setMinimum(gray ? 1 : 2);
    m_batchCount->setEnabled(batches);
    m_grayInstances->setEnabled(gray);
    m_releaseAuto->setEnabled(batches);
    m_releaseManual->setEnabled(batches);
    m_batchWaitMinutes->setEnabled(batches && m_releaseAuto->isChecked());
    m_minReadyCount->setEnabled(m_minReadyByCount->isChecked());
    m_minReadyRatio->setEnabled(m_minReadyByRatio->isChecked());
}

void DeployWizard::updateConsequences()
{
    if (!m_config) {
        for (QLabel *label :
             {m_releaseConsequence, m_pacingConsequence, m_minReadyConsequence, m_scalingRulesConsequence})
            label->clear();
        return;
    }
    const DeploymentPlan current = plan();
    const int replicas = replicasLeft();
    const UpdateStrategy strategy = current.release.updateStrategy.value_or(UpdateStrategy{});
    const QList<ReleaseBatchPlan::Batch> batches = ReleaseBatchPlan::of(replicas, strategy);
    const int minimumReady =
        minimumReadyInstances(current.release.minReadyInstances.value_or(1),
                              current.release.minReadyInstanceRatio.value_or(-1), replicas);
    m_releaseConsequence->setText(ReleaseBatchPlan::consequence(batches, minimumReady));

    const bool hasGray = !batches.isEmpty() && batches.first().gray;
    const bool batchesWait =
        std::any_of(batches.cbegin(), batches.cend(),
                    [](const ReleaseBatchPlan::Batch &b) { return !b.gray && b.waitsForConfirmation; });
    QString pacing;
    if (strategy.type == UpdateStrategy::Type::SingleBatch || batches.size() < 2)
        pacing = tr("Nothing waits: the release runs to its end.");
    else if (hasGray && batchesWait)
        pacing =
            tr("The release stops after the gray batch and after each batch but the last until you confirm.");
    else if (batchesWait)
        pacing = tr("The release stops after each batch but the last until you confirm.");
    else if (hasGray && batches.size() > 2)
        pacing =
            tr("The release stops after the gray batch until you confirm; then the batches follow each other "
               "%1 min apart.")
                .arg(strategy.batchWaitMinutes);
    else if (hasGray)
        pacing = tr("The release stops after the gray batch until you confirm.");
    else
        pacing =
            tr("The batches follow each other automatically, %1 min apart.").arg(strategy.batchWaitMinutes);
    m_pacingConsequence->setText(pacing);

    //: %1 of %2 instances
    m_minReadyConsequence->setText(
        tr("SAE keeps at least %1 of %2 instances ready while the new version starts.")
            .arg(minimumReady)
            .arg(replicas));
    m_scalingRulesConsequence->setText(
        m_autoEnableScalingRules->isChecked()
            ? tr("Scaling rules, suspended while the release runs, are enabled again when it ends.")
            : tr("Scaling rules, suspended while the release runs, stay off until you enable them."));
}

void DeployWizard::refreshReview()
{
    if (!m_config)
        return;
    const DeploymentPlan current = plan();
    const QList<ConfirmationChange> changes = DeploymentDiff::between(*m_config, current);
    m_reviewChanges->setChanges(changes);
    m_reviewChanges->setVisible(!changes.isEmpty());
    m_reviewNoChanges->setVisible(changes.isEmpty());
    m_reviewBatchPlan->setBatches(
        ReleaseBatchPlan::of(replicasLeft(), current.release.updateStrategy.value_or(UpdateStrategy{})));
    m_reviewConsequence->setText(m_releaseConsequence->text() + u' ' + m_pacingConsequence->text());
    m_reviewDescription->setText(current.changeOrderDescription.isEmpty()
                                     ? tr("No change description.")
                                     //: %1: the change description the user typed
                                     : tr("Description: %1").arg(current.changeOrderDescription));
}

void DeployWizard::updateButtons()
{
    // QWizard enables Back on its own; while the deploy is under way it must stay off.
    if (m_submitting)
        button(QWizard::BackButton)->setEnabled(false);
}

// --- Submitting --------------------------------------------------------------------------------

void DeployWizard::accept()
{
    if (m_submitting) {
        // Finish is disabled meanwhile, so this is the owner saying the platform took the deploy.
        closeAccepted();
        return;
    }
    if (currentId() != ReviewPageId || !m_reviewPage->isComplete())
        return;
    m_submitError->hide();
    setSubmitting(true);
    emit deployRequested(plan());
}

void DeployWizard::setSubmitting(bool submitting)
{
    if (m_submitting == submitting)
        return;
    m_submitting = submitting;
    m_reviewPage->refreshComplete(); // Finish and Back follow isComplete()
    updateButtons();
}

void DeployWizard::showSubmitError(const QString &text)
{
    m_submitError->showMessage(MessageBanner::Level::Error, text);
    setSubmitting(false);
}

void DeployWizard::closeAccepted()
{
    QDialog::accept();
}

void DeployWizard::changeEvent(QEvent *event)
{
    QWizard::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        if (m_config && !m_loading)
            refreshProblems(); // problem colours come from the palette
    }
}
