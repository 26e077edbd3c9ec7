#pragma once

#include "core/apierror.h"
#include "core/metricseries.h"
#include "core/scalingrule.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>
#include <utility>

class AppController;
class DetailController;
class MainWindow;
class OperationController;
class RequestScheduler;
class ScalingPanel;
class ScalingPreviewView;
class ScalingRuleEditor;

/**
 * The Scaling tab's actions (issue 6): the rule editor with its preview, and every change to the
 * application's rules — create, update, enable, disable, delete — and the manual rescale, each
 * through OperationController's review, confirm and journal. The tab's reading is DetailController's.
 *
 * The editor stays open while its save is reviewed and sent: a refusal is shown next to the field
 * it concerns and the form stays as typed; a success closes it and the tab is read again. The
 * replay reads the application's recorded CPU, memory, QPS and RT from CloudMonitor for the range
 * the preview asks for, and keeps them for a few minutes so that editing does not read them again.
 */
class ScalingController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScalingController)

public:
    /// `metrics` sends CloudMonitor's calls (its own endpoint); it may be SAE's scheduler itself.
    ScalingController(RequestScheduler *metrics, AppController *navigation, DetailController *detail,
                      OperationController *operations, MainWindow *window, QObject *parent = nullptr);

    /// Opens the editor for a new rule of the current application.
    void createRule(ScalingRuleType type);
    /// Opens the editor for the rule `name` of the Scaling tab; false when there is none.
    bool editRule(const QString &name);
    /// The rule editor on screen, if any (tests, screenshots).
    ScalingRuleEditor *editor() const;
    /// The CloudMonitor metrics the replay reads.
    static QStringList recordedMetricNames();

signals:
    /// An editor opened (tests and screenshots wait for it).
    void editorOpened(ScalingRuleEditor *editor);

private:
    using RecordedLoad = QHash<QString, QList<MetricSeries>>;
    struct LoadedRange
    {
        QDateTime from;
        QDateTime to;
        QDateTime readAt;
        RecordedLoad series;
    };

    ScalingPanel *panel() const;
    void openEditor(ScalingRuleEditor *editor, const std::optional<ScalingRule> &original);
    void loadRecordedLoad(ScalingPreviewView *preview, const QDateTime &from, const QDateTime &to);
    void cancelRecordedLoad();
    void proposeSave(ScalingRuleEditor *editor, const std::optional<ScalingRule> &original,
                     const ScalingRule &rule);
    void proposeEnable(const ScalingRule &rule, bool enable);
    void proposeDelete(const ScalingRule &rule);
    void openRescale();
    void proposeRescale(int replicas, int minReadyInstances);
    void onOperationEnded();

    RequestScheduler *m_metrics;
    AppController *m_navigation;
    DetailController *m_detail;
    OperationController *m_operations;
    MainWindow *m_window;
    QPointer<ScalingRuleEditor> m_editor;
    int m_loadGeneration = 0;
    QList<std::pair<RequestScheduler *, quint64>> m_loadCalls;
    std::optional<LoadedRange> m_loaded; ///< the last range read, for the application it names
    QString m_loadedAppId;
};
