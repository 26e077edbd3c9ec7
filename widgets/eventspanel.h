#pragma once

#include "core/appevent.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class AppEventFilterProxyModel;
class AppEventTableModel;
class MessageBanner;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

/**
 * The Events tab of an application: its Kubernetes events, newest first, with a "Warnings only"
 * switch and a text filter, and below the table the whole message and the platform's cause
 * analysis of the selected event. Warnings only filters at once here and tells the controller,
 * which asks the platform for warnings only (ListAppEvents EventType=Warning), so older warnings
 * are not crowded out of the page by routine events.
 */
class EventsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsPanel)

public:
    explicit EventsPanel(QWidget *parent = nullptr);

    /// The events of the current application; the selection stays on an event that is still there.
    void setEvents(const QList<AppEvent> &events);
    void setLoading(bool loading);
    /// What went wrong loading the events; empty clears it. The events shown stay.
    void setError(const QString &message);
    /// Marks the events as older than the last attempt; an invalid time means fresh.
    void setStaleSince(const QDateTime &lastGoodUpdate);
    /// Forgets the events (another application); the filter and Warnings only stay as chosen.
    void clear();

    bool warningsOnly() const;
    void focusFilter();
    /// Shows only the events matching `text` (an instance's ID: its Pod's events).
    void setFilterText(const QString &text);

signals:
    void warningsOnlyChanged(bool warningsOnly);
    void refreshRequested();

private:
    void updateDetails();
    void updateSummary();

    QCheckBox *m_warningsOnly;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QLabel *m_loadingNotice;
    QLabel *m_staleNotice;
    QPushButton *m_refresh;
    MessageBanner *m_errorBanner;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    AppEventTableModel *m_model;
    AppEventFilterProxyModel *m_proxy;
};
