#pragma once

#include "core/apierror.h"
#include "core/changeorder.h"
#include "core/instance.h"
#include "core/journalentry.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class AppController;
class BatchGatePanel;
class ChangeOrderView;
class MainWindow;
class OperationController;
class QDockWidget;
class QTimer;
class RequestScheduler;
class SignOffInboxPanel;
class SignOffWatcher;

/**
 * The release manager's side of the console (issue 7): the change-order view, which follows an
 * order batch by batch in a dock that outlives the wizard; the batch gate, where a person compares
 * the released instances with the rest and decides, with a comment, to continue, stop, or stop
 * and roll back (each through OperationController's review, confirm, track and journal, the
 * comparison journalled as the decision's evidence); the sign-off inbox across the region; and
 * the release record, exported as Markdown and PDF from the platform's record and the journal.
 */
class ReleaseController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseController)

public:
    /// The comparison at a gate covers this many minutes unless the person picks another window.
    static constexpr int defaultComparisonMinutes = 10;

    ReleaseController(RequestScheduler *scheduler, RequestScheduler *metricsScheduler,
                      AppController *navigation, OperationController *operations, MainWindow *window,
                      QObject *parent = nullptr);
    ~ReleaseController() override;

    /// The journal the release record and the gate's config diff are read from.
    void setJournalPath(const QString &path) { m_journalPath = path; }

    ChangeOrderView *view() const { return m_view; }
    BatchGatePanel *gate() const { return m_gate; }
    SignOffInboxPanel *inbox() const { return m_inbox; }
    SignOffWatcher *watcher() const { return m_watcher; }
    QDockWidget *viewDock() const { return m_viewDock; }
    QDockWidget *gateDock() const { return m_gateDock; }
    QDockWidget *inboxDock() const { return m_inboxDock; }

    /// Shows the change order in the change-order dock and follows it until it ends.
    void showChangeOrder(const QString &changeOrderId);
    /// Opens the batch gate of a change order (reading it first when it is not known yet).
    void openGate(const QString &changeOrderId);
    QString gateChangeOrderId() const { return m_gateOrderId; }
    /// The gate's comparison is loaded (or failed) for the order it shows.
    bool isGateReady() const { return m_gateReady; }

    /// Asks where to save the record of `changeOrderId` (a file dialog), then exports it.
    void chooseExportPath(const QString &changeOrderId);
    /// Writes the release record of `changeOrderId` as `<basePath>.md` and `<basePath>.pdf`.
    void exportRecord(const QString &changeOrderId, const QString &basePath);

signals:
    void recordExported(const QString &markdownPath, const QString &pdfPath);
    void exportFailed(const QString &text);
    /// The gate's comparison arrived (or could not be read).
    void gateReady();

private:
    void onProgressed(const ChangeOrder &order);
    void loadPipeline(const QString &pipelineId);
    void loadGateComparison();
    void loadGateChanges(const QString &changeOrderId);
    void decide(QLatin1StringView what, const QString &comment);
    /// Reads the application's groups once, then calls `next` with the first group's ID.
    void withGroup(const QString &appId, const std::function<void(const QString &groupId)> &next);
    void readJournal(const std::function<void(const QList<JournalEntry> &)> &next);
    void tick();
    /// Follows `changeOrderId` for one view (`interest` names what that view follows now).
    void followFor(QString *interest, const QString &changeOrderId);

    RequestScheduler *m_scheduler;
    RequestScheduler *m_metricsScheduler;
    AppController *m_navigation;
    OperationController *m_operations;
    MainWindow *m_window;
    ChangeOrderView *m_view;
    BatchGatePanel *m_gate;
    SignOffInboxPanel *m_inbox;
    SignOffWatcher *m_watcher;
    QDockWidget *m_viewDock;
    QDockWidget *m_gateDock;
    QDockWidget *m_inboxDock;
    QTimer *m_clock;
    QString m_journalPath;
    QString m_viewOrderId;
    QString m_gateOrderId;
    QString m_viewFollowed;           ///< the order the view asked the follower to read
    QString m_gateFollowed;           ///< the order the gate asked the follower to read
    QString m_comparedPipelineId;     ///< the waiting batch the gate's comparison is about
    bool m_comparisonCurrent = false; ///< it was read for that batch and nothing newer is reading

    int m_comparisonMinutes = defaultComparisonMinutes;
    int m_comparisonGeneration = 0;
    bool m_gateReady = false;
    bool m_watcherFailed = false;
    QHash<QString, QString> m_groupOfApp;   ///< appId -> its first group, for instance reads
    QHash<QString, QString> m_pipelineSeen; ///< pipelineId -> its status, time and message last read
};
