#pragma once

#include "core/scalingrule.h"
#include "core/scalingruleerror.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QShowEvent;
class QTimer;
class QToolButton;
class QVBoxLayout;

/**
 * Creates or edits one SAE auto-scaling rule (reference section 7) of type timing, metric or mix.
 * Every edit is checked with ScalingRuleValidator against the application's other rules; each
 * problem is said, translated, right below its field, and Save stays disabled while there is any.
 * Refusals of the platform are shown the same way, at the field they concern (or at the top), with
 * their code and RequestId, and the form stays as typed. The dialog never talks to the platform:
 * saveRequested() carries the rule, and the owner closes the dialog (accept()) once it is saved.
 *
 * Show it with open(); the caller owns it. A preview widget (setPreviewWidget) follows
 * ruleChanged(), which is emitted 250 ms after the last edit.
 */
class ScalingRuleEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScalingRuleEditor)

public:
    /// New rule of `type` for `appId`; `others` = the app's existing rules (for unique name, 5-rule quota,
    /// time conflicts).
    ScalingRuleEditor(const QString &appId, ScalingRuleType type, const QList<ScalingRule> &others,
                      QWidget *parent);
    /// Edit an existing rule: its name and type are fixed.
    ScalingRuleEditor(const ScalingRule &rule, const QList<ScalingRule> &others, QWidget *parent);
    ~ScalingRuleEditor() override;

    /// What the form holds now. Fields the form does not show (creation time, status, idle mode,
    /// Prometheus fields, the time zone) are the edited rule's.
    ScalingRule rule() const;
    bool isNewRule() const;
    /// Current validation problems (empty: may save).
    QList<ScalingRuleError> problems() const;
    /// The platform refused the save: show it next to the field it concerns (or at the top when no
    /// field), keep the dialog open and the form as typed. Ends setSaving(true). The next edit clears it.
    void showPlatformError(const QString &code, const QString &message, const QString &requestId);
    /// While the save is under review/sent: disable Save (no double submit); false re-enables it.
    void setSaving(bool saving);
    /// Puts a preview widget in the dialog's preview area, right of the form; the dialog owns it.
    void setPreviewWidget(QWidget *preview);
    /// The widget a validator field path maps to (the nearest mapped parent path); nullptr: none.
    QWidget *fieldFor(const QString &fieldPath) const;
    /// The message shown at that field (empty path: the top of the form); empty: none.
    QString problemTextFor(const QString &fieldPath) const;

signals:
    /// Save clicked with no problems; the dialog stays open until the owner closes it (accept()).
    void saveRequested(const ScalingRule &rule);
    /// The form was edited (250 ms after the last edit).
    void ruleChanged(const ScalingRule &rule);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct ScheduleRow
    {
        QLineEdit *time = nullptr;
        QSpinBox *target = nullptr;  ///< timing
        QSpinBox *minimum = nullptr; ///< mix
        QSpinBox *maximum = nullptr; ///< mix
        QPushButton *remove = nullptr;
    };
    struct MetricRow
    {
        QComboBox *type = nullptr;
        QSpinBox *target = nullptr;
        QWidget *slb = nullptr;
        QLineEdit *slbId = nullptr;
        QLineEdit *slbProject = nullptr;
        QLineEdit *slbLogstore = nullptr;
        QLineEdit *vport = nullptr;
        QPushButton *remove = nullptr;
    };
    struct PlatformError
    {
        QString field;
        QString text;
    };

    ScalingRuleEditor(const ScalingRule &rule, bool isNew, const QList<ScalingRule> &others, QWidget *parent);

    QWidget *buildBasics();
    QGroupBox *buildTimer();
    QGroupBox *buildMetric();
    QGroupBox *buildStepRule(const QString &title, const QString &path, QSpinBox **step, QCheckBox **disabled,
                             QSpinBox **window);
    void load(const ScalingRule &rule);
    void loadPeriod(const QString &period);

    void rebuildSchedules(const QList<ScalingTimer::Schedule> &schedules, int focusRow = -1);
    void rebuildMetrics(const QList<ScalingMetricPolicy::Metric> &metrics, int focusRow = -1);
    QList<ScalingTimer::Schedule> schedulesInForm() const;
    QList<ScalingMetricPolicy::Metric> metricsInForm() const;
    QString periodInForm() const;
    void addSchedule();
    void removeSchedule(int row);
    void sortSchedules();
    void addMetric();
    void removeMetric(int row);
    void updateMetricRow(const MetricRow &row);
    void updatePeriodControls();
    void updateDateControls();

    void registerField(const QString &path, QWidget *field, QLabel *problemLabel);
    void unregisterFields(const QString &prefix);
    QLabel *newProblemLabel(QWidget *parent);
    void onEdited();
    void refreshProblems();
    void updateSaveButton();
    void updateTabOrder();
    void onSaveClicked();

    ScalingRule m_original;
    const bool m_isNew;
    const QList<ScalingRule> m_others;
    bool m_saving = false;
    bool m_loading = false;
    std::optional<PlatformError> m_platformError;
    QList<ScalingRuleError> m_problems;

    QHash<QString, QWidget *> m_fields;
    QHash<QWidget *, QLabel *> m_problemLabels;

    QLabel *m_formProblem = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_enableOnCreate = nullptr;

    QCheckBox *m_varyBySchedule = nullptr;
    QGroupBox *m_timerGroup = nullptr;
    QCheckBox *m_longTerm = nullptr;
    QLineEdit *m_beginDate = nullptr;
    QLineEdit *m_endDate = nullptr;
    QWidget *m_period = nullptr;
    QButtonGroup *m_periodKind = nullptr;
    QRadioButton *m_everyDay = nullptr;
    QRadioButton *m_daysOfWeek = nullptr;
    QRadioButton *m_daysOfMonth = nullptr;
    QWidget *m_weekdays = nullptr;
    QList<QToolButton *> m_weekdayButtons;
    QLineEdit *m_monthDays = nullptr;
    QWidget *m_schedules = nullptr;
    QGridLayout *m_scheduleGrid = nullptr;
    QWidget *m_scheduleRowsWidget = nullptr;
    QList<ScheduleRow> m_scheduleRows;
    QPushButton *m_addSchedule = nullptr;
    QPushButton *m_sortSchedules = nullptr;

    QGroupBox *m_metricGroup = nullptr;
    QSpinBox *m_minReplicas = nullptr;
    QSpinBox *m_maxReplicas = nullptr;
    QWidget *m_metrics = nullptr;
    QVBoxLayout *m_metricsLayout = nullptr;
    QWidget *m_metricRowsWidget = nullptr;
    QList<MetricRow> m_metricRows;
    QPushButton *m_addMetric = nullptr;
    QSpinBox *m_scaleUpStep = nullptr;
    QCheckBox *m_scaleUpDisabled = nullptr;
    QSpinBox *m_scaleUpWindow = nullptr;
    QSpinBox *m_scaleDownStep = nullptr;
    QCheckBox *m_scaleDownDisabled = nullptr;
    QSpinBox *m_scaleDownWindow = nullptr;

    QWidget *m_previewArea = nullptr;
    QWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_ruleChangedTimer = nullptr;
};
