#pragma once

#include "core/applicationconfig.h"
#include "core/confirmationrequest.h"
#include "core/deploymentplan.h"
#include "core/validationproblem.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWizard>

#include <optional>
#include <utility>

class BatchPlanView;
class ConfirmationChangeTable;
class DeployWizardPage;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

/**
 * Deploys a new version of one application (issue 7, DESIGN.md section 5, step 1): what to run,
 * how to roll it out, and a review of exactly what changes where, before the owner asks for the
 * confirmation and calls DeployApplication.
 *
 * - What ("deployWhatPage"): the image (repository and tag, recent tags offered) or the package
 *   (URL, version, JDK, web container), and optional changes of instance count, size and
 *   environment, each behind its own "Change …" box so that what is left alone is not sent; a
 *   change description.
 * - How ("deployHowPage"): single batch, phased or gray; batches, automatic (with a wait) or
 *   manual; the instances that stay ready; re-enabling scaling rules. Each choice says its
 *   consequence in one line.
 * - Review ("deployReviewPage"): where (leading), the protected-namespace banner, the diff against
 *   the running configuration, the batch plan drawn, the consequence and the description.
 *
 * Problems (DeploymentPlan::problems and the wizard's own) are shown next to their field, and Next
 * stays disabled while a page has any. The wizard never talks to the platform: Finish ("Deploy…")
 * emits deployRequested() once and keeps the wizard open; the owner calls closeAccepted() when the
 * platform took the deploy, or setSubmitting(false) / showSubmitError() when it did not.
 * Show it with open(); the caller owns it.
 */
class DeployWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployWizard)

public:
    enum PageId
    {
        WhatPageId,
        HowPageId,
        ReviewPageId,
    };

    /// `target` names profile, region, namespace, application (appId, appName) and whether the
    /// namespace is protected; action/impact/changes are unused.
    explicit DeployWizard(const ConfirmationRequest &target, QWidget *parent = nullptr);

    /// The running configuration (DescribeApplicationConfig). Until it arrives the What page says
    /// "Reading the current configuration…" and Next is disabled; the fields are prefilled from it
    /// (image repository and tag, or package URL/version, JDK, container, replicas, spec, envs, the
    /// current update strategy and min-ready settings).
    void setCurrentConfig(const ApplicationConfig &config);
    /// Reading it failed (text has the code and RequestId): shown on the What page; Next stays off.
    void setConfigError(const QString &text);
    /// Image tags (image apps) or package versions (package apps) offered in the editable tag
    /// combo, newest first (from ListAppVersions + the versions' configs).
    void setRecentVersions(const QStringList &tagsOrVersions);
    /// What the user chose so far, as a plan (appId from target).
    DeploymentPlan plan() const;
    /// While the lead's confirmation dialog and the call run: Finish ("Deploy…") and Back disabled.
    void setSubmitting(bool submitting);
    bool isSubmitting() const { return m_submitting; }
    /// The platform refused or the confirmation was cancelled with a reason: shown on the review
    /// page. Ends setSubmitting(true), so that the user can correct and deploy again.
    void showSubmitError(const QString &text);
    /// The platform accepted the deploy: closes the wizard as accepted.
    void closeAccepted();

    const ConfirmationRequest &target() const { return m_target; }
    const std::optional<ApplicationConfig> &currentConfig() const { return m_config; }
    /// Every problem of the form now: the plan's and the wizard's own (an image without a tag,
    /// more batches than instances), in the order of the fields.
    QList<ValidationProblem> problems() const;
    /// The message shown next to a problem's field (empty: none), e.g. "MinReadyInstances".
    QString problemTextFor(const QString &field) const;

    /// "registry/ns/app:1.2" -> {"registry/ns/app", "1.2"}; a digest keeps its "@": {"…/app", "@sha256:…"}.
    static std::pair<QString, QString> splitImageUrl(const QString &imageUrl);
    /// The inverse of splitImageUrl(); an empty tag leaves the repository alone, an empty repository
    /// makes no image at all ("").
    static QString joinImageUrl(const QString &repository, const QString &tag);

    /// Finish ("Deploy…") on the review page: emits deployRequested once and keeps the wizard open.
    /// Called while the deploy is submitted (Finish is disabled then), it is the owner's: it closes
    /// the wizard like closeAccepted().
    void accept() override;

signals:
    /// Finish ("Deploy…") on the review page: emitted once per click (then setSubmitting(true) is
    /// done by the wizard itself); the wizard does NOT close — the lead calls closeAccepted() once
    /// the platform accepted the deploy (accept() does the same then), or setSubmitting(false) when it did
    /// not.
    void deployRequested(const DeploymentPlan &plan);

protected:
    void changeEvent(QEvent *event) override;

private:
    DeployWizardPage *buildWhatPage();
    DeployWizardPage *buildHowPage();
    DeployWizardPage *buildReviewPage();
    QLabel *newProblemLabel(QWidget *parent);
    void registerField(const QString &field, QWidget *widget, QLabel *problemLabel);
    QWidget *fieldWidget(const QString &field) const;

    void load(const ApplicationConfig &config);
    void fillSizes(const ApplicationConfig &config);
    void fillEnvironment(const QList<EnvironmentVariable> &variables);
    void addVariable();
    void removeVariables();
    QList<EnvironmentVariable> environmentInForm() const;
    std::optional<UpdateStrategy> strategyInForm() const;
    int replicasLeft() const;
    void splitPastedImage();

    void onEdited();
    void refreshProblems();
    void updateControls();
    void updateConsequences();
    void refreshReview();
    void updateButtons();

    ConfirmationRequest m_target;
    std::optional<ApplicationConfig> m_config;
    QString m_configError;
    bool m_loading = false;
    bool m_submitting = false;
    QList<ValidationProblem> m_problems;
    QHash<QString, QWidget *> m_fields;
    QHash<QWidget *, QLabel *> m_problemLabels;

    DeployWizardPage *m_whatPage = nullptr;
    DeployWizardPage *m_howPage = nullptr;
    DeployWizardPage *m_reviewPage = nullptr;

    // What.
    QLabel *m_configStatus = nullptr;
    MessageBanner *m_configErrorBanner = nullptr;
    QWidget *m_whatForm = nullptr;
    QLabel *m_whatProblem = nullptr;
    QWidget *m_imageFields = nullptr;
    QLineEdit *m_imageRepository = nullptr;
    QComboBox *m_imageTag = nullptr;
    QWidget *m_packageUrlCell = nullptr; ///< the URL with its problem line
    QWidget *m_packageVersionCell = nullptr;
    QLineEdit *m_packageUrl = nullptr;
    QComboBox *m_packageVersion = nullptr;
    QLineEdit *m_jdk = nullptr;
    QLineEdit *m_webContainer = nullptr;
    QCheckBox *m_changeReplicas = nullptr;
    QSpinBox *m_replicas = nullptr;
    QCheckBox *m_changeSize = nullptr;
    QComboBox *m_instanceSize = nullptr;
    QCheckBox *m_changeEnvironment = nullptr;
    QTableWidget *m_environment = nullptr;
    QPushButton *m_addVariable = nullptr;
    QPushButton *m_removeVariable = nullptr;
    QLineEdit *m_description = nullptr;

    // How.
    QLabel *m_howProblem = nullptr;
    QRadioButton *m_releaseSingle = nullptr;
    QRadioButton *m_releasePhased = nullptr;
    QRadioButton *m_releaseGray = nullptr;
    QSpinBox *m_batchCount = nullptr;
    QSpinBox *m_grayInstances = nullptr;
    QRadioButton *m_releaseAuto = nullptr;
    QRadioButton *m_releaseManual = nullptr;
    QSpinBox *m_batchWaitMinutes = nullptr;
    QRadioButton *m_minReadyByCount = nullptr;
    QRadioButton *m_minReadyByRatio = nullptr;
    QSpinBox *m_minReadyCount = nullptr;
    QSpinBox *m_minReadyRatio = nullptr;
    QCheckBox *m_autoEnableScalingRules = nullptr;
    QLabel *m_releaseConsequence = nullptr;
    QLabel *m_pacingConsequence = nullptr;
    QLabel *m_minReadyConsequence = nullptr;
    QLabel *m_scalingRulesConsequence = nullptr;

    // Review.
    QLabel *m_reviewTarget = nullptr;
    ConfirmationChangeTable *m_reviewChanges = nullptr;
    QLabel *m_reviewNoChanges = nullptr;
    BatchPlanView *m_reviewBatchPlan = nullptr;
    QLabel *m_reviewConsequence = nullptr;
    QLabel *m_reviewDescription = nullptr;
    MessageBanner *m_submitError = nullptr;
};
