#pragma once

#include "core/scalingrule.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class MessageBanner;
class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;
class ScalingRuleTableModel;

/**
 * The Scaling tab of an application: its scaling rules (at most five), what the selected or
 * enabled metric rule sees right now (replicas, bounds, each metric against its target) or when a
 * timing rule next acts, and a banner while a rule is enabled, because SAE then blocks manual
 * scaling, deploys, restarts and stops. Buttons, the context menu and a double-click ask to
 * create, edit, enable, disable or delete a rule or to rescale by hand; the controller confirms
 * and calls the platform.
 */
class ScalingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScalingPanel)

public:
    /// SAE's limit of rules per application (QuotaExceeded.ScalingRule).
    static constexpr int maximumRuleCount = 5;

    explicit ScalingPanel(QWidget *parent = nullptr);

    /// "Now", for ages and the next schedule point; the system clock (UTC) by default.
    void setClock(std::function<QDateTime()> clock);
    /// The application's rules as read at `readAt`; clears an error and the stale mark.
    void setRules(const QList<ScalingRule> &rules, const QDateTime &readAt);
    /// A read is under way; the rules shown stay.
    void setLoading();
    /// A read failed (the message carries the platform's code and RequestId); the last good
    /// rules stay, marked stale.
    void setError(const QString &message);
    /// Forgets everything (another application).
    void clear();
    /// The application's instances (from the application list): shown in the status, and the
    /// starting point of a manual rescale. Negative: unknown.
    void setCurrentReplicas(int running, int target);
    /// Disables every change (a change order is running...), with the reason as the tooltip.
    void setActionsEnabled(bool enabled, const QString &reason);

    QList<ScalingRule> rules() const { return m_rules; }
    std::optional<ScalingRule> selectedRule() const;
    /// Selects the rule with this name; false when there is none.
    bool selectRule(const QString &name);
    /// Whether an enabled rule blocks manual changes.
    bool isLocked() const;
    /// The translated lock text naming the enabled rules; empty when unlocked.
    QString lockReason() const;
    int runningReplicas() const { return m_runningReplicas; }
    int targetReplicas() const { return m_targetReplicas; }
    bool isStale() const;

    // For tests: the real widgets the user clicks.
    QTableView *ruleTable() const { return m_view; }
    QPushButton *newRuleButton() const { return m_newRuleButton; }
    QMenu *newRuleMenu() const { return m_newRuleMenu; }
    QToolButton *editButton() const { return m_editButton; }
    QToolButton *enableButton() const { return m_enableButton; }
    QToolButton *disableButton() const { return m_disableButton; }
    QToolButton *deleteButton() const { return m_deleteButton; }
    QToolButton *rescaleButton() const { return m_rescaleButton; }
    QPushButton *refreshButton() const { return m_refreshButton; }
    MessageBanner *lockBanner() const { return m_lockBanner; }
    MessageBanner *errorBanner() const { return m_errorBanner; }

signals:
    void createRequested(ScalingRuleType type);
    void editRequested(const ScalingRule &rule);
    void enableRequested(const ScalingRule &rule);
    void disableRequested(const ScalingRule &rule);
    void deleteRequested(const ScalingRule &rule);
    void rescaleRequested();
    void refreshRequested();

private:
    QDateTime now() const;
    /// The rule the status section describes: the selected one, else the first enabled one.
    std::optional<ScalingRule> statusRule() const;
    void updateActions();
    void updateLock();
    void updateStatus();
    void updatePage();
    void updateNotices();
    void showNewRuleMenu();
    void showContextMenu(const QPoint &position);
    void addRuleAction(QAction *action, void (ScalingPanel::*signal)(const ScalingRule &));

    std::function<QDateTime()> m_clock;
    ScalingRuleTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_loadingNotice;
    QLabel *m_staleNotice;
    QPushButton *m_refreshButton;
    MessageBanner *m_errorBanner;
    MessageBanner *m_lockBanner;
    QPushButton *m_newRuleButton;
    QMenu *m_newRuleMenu;
    QAction *m_editAction;
    QAction *m_enableAction;
    QAction *m_disableAction;
    QAction *m_deleteAction;
    QAction *m_rescaleAction;
    QToolButton *m_editButton;
    QToolButton *m_enableButton;
    QToolButton *m_disableButton;
    QToolButton *m_deleteButton;
    QToolButton *m_rescaleButton;
    QStackedWidget *m_pages;
    QLabel *m_emptyText;
    QTableView *m_view;
    QLabel *m_statusTitle;
    QLabel *m_statusReplicas;
    QLabel *m_statusBounds;
    QLabel *m_statusMetrics;
    QLabel *m_statusLastScale;
    QLabel *m_statusSchedule;

    QList<ScalingRule> m_rules;
    QDateTime m_readAt;
    bool m_loading = false;
    bool m_failed = false;
    bool m_actionsEnabled = true;
    QString m_actionsDisabledReason;
    int m_runningReplicas = -1;
    int m_targetReplicas = -1;
};
