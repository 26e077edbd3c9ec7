#pragma once

#include "widgets/detailpage.h"

#include <QWidget>

class ApplicationOverviewPanel;
class EventsPanel;
class InstanceLogPanel;
class InstancePanel;
class MonitoringPanel;
class QLabel;
class QTabWidget;
class ScalingPanel;
class ChangeHistoryPanel;
class WhatChangedPanel;

/**
 * The chosen application in depth: a header line naming it and its state, and the tabs
 * Overview, Instances, Monitoring, Events, Logs, Scaling, Changes and What changed. It owns the tab widgets
 * and tells which tab is on screen, so that the controller loads only what is looked at.
 */
class ApplicationDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationDetailView)

public:
    explicit ApplicationDetailView(QWidget *parent = nullptr);

    /// Names the application (and its status line); empty when none is chosen.
    void setApplication(const QString &appName, const QString &appId, const QString &statusLine);
    DetailPage currentPage() const;
    void setCurrentPage(DetailPage page);

    ApplicationOverviewPanel *overviewPanel() const { return m_overview; }
    InstancePanel *instancePanel() const { return m_instances; }
    MonitoringPanel *monitoringPanel() const { return m_monitoring; }
    EventsPanel *eventsPanel() const { return m_events; }
    InstanceLogPanel *logPanel() const { return m_logs; }
    ScalingPanel *scalingPanel() const { return m_scaling; }
    ChangeHistoryPanel *changesPanel() const { return m_changes; }
    WhatChangedPanel *whatChangedPanel() const { return m_whatChanged; }

signals:
    void currentPageChanged(DetailPage page);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QTabWidget *m_tabs;
    ApplicationOverviewPanel *m_overview;
    InstancePanel *m_instances;
    MonitoringPanel *m_monitoring;
    EventsPanel *m_events;
    InstanceLogPanel *m_logs;
    ScalingPanel *m_scaling;
    ChangeHistoryPanel *m_changes;
    WhatChangedPanel *m_whatChanged;
};
