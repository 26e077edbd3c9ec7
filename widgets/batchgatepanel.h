#pragma once

#include "core/batchcomparison.h"
#include "core/changeorder.h"
#include "core/confirmationchange.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <optional>

class ConfirmationChangeTable;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

/** The sign-off at a batch gate: the released batch against the rest, the config diff, and the
 *  decision with a comment. For the release manager (DESIGN.md section 5): it shows what the lead
 *  reads and emits the decision; the lead confirms, calls the platform and journals it with the
 *  comparison on screen (comparison()). */
class BatchGatePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchGatePanel)

public:
    /// The comparison table's rows.
    enum ComparisonRow
    {
        CpuRow,
        MemoryRow,
        RtRow,
        RestartsRow,
        ReadyRow,
        ComparisonRowCount
    };
    /// The comparison table's columns.
    enum ComparisonColumn
    {
        BatchColumn,
        RestColumn,
    };

    explicit BatchGatePanel(QWidget *parent = nullptr);

    /// The waiting change order: says which batch finished and which waits ("Batch 1 of 3 (gray)
    /// is released; batch 2 waits for your decision."), since when (with setReferenceTime).
    /// Another change order than the one shown resets the panel (comparison, changes, comment,
    /// busy); an order that no longer waits for a confirmation disables the decision.
    void setChangeOrder(const ChangeOrder &order);
    const ChangeOrder &changeOrder() const { return m_order; }
    void setReferenceTime(const QDateTime &now);
    void setComparison(const BatchComparison &comparison);
    void setComparisonLoading();
    void setComparisonError(const QString &text);             ///< keeps the last comparison, marked stale
    const std::optional<BatchComparison> &comparison() const; ///< what is on screen now
    bool isComparisonStale() const { return m_comparisonStale; }
    /// The window chosen in the combo, in minutes.
    int comparisonWindowMinutes() const;
    /// What the deploy changes (DeploymentDiff of the version before against the new one).
    void setConfigChanges(const QList<ConfirmationChange> &changes);
    /// A decision is being sent: the three buttons and the comment are disabled until false.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    QString comment() const;
    void clearComment();

signals:
    void continueRequested(const QString &comment);
    void stopRequested(const QString &comment);
    void stopAndRollbackRequested(const QString &comment);
    /// The comparison window (combo "comparisonWindow": 5, 10, 30, 60 minutes; default 10).
    void comparisonWindowChanged(int minutes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateHeading();
    void updateComparison();
    void updateButtons();
    void decide(void (BatchGatePanel::*signal)(const QString &));

    ChangeOrder m_order;
    QDateTime m_now;
    std::optional<BatchComparison> m_comparison;
    bool m_comparisonLoading = false;
    bool m_comparisonStale = false;
    QString m_comparisonError;
    bool m_busy = false;

    QLabel *m_title;
    QLabel *m_heading;
    QLabel *m_waitingSince;
    QComboBox *m_window;
    QLabel *m_comparisonState;
    QTableWidget *m_comparisonTable;
    QLabel *m_concerns;
    QLabel *m_noChanges;
    ConfirmationChangeTable *m_changes;
    QPlainTextEdit *m_comment;
    QPushButton *m_continueButton;
    QPushButton *m_stopButton;
    QPushButton *m_stopAndRollbackButton;
};
