#include "applicationdetailview.h"

#include "widgets/applicationoverviewpanel.h"
#include "widgets/changehistorypanel.h"
#include "widgets/eventspanel.h"
#include "widgets/instancelogpanel.h"
#include "widgets/instancepanel.h"
#include "widgets/monitoringpanel.h"
#include "widgets/scalingpanel.h"
#include "widgets/whatchangedpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

ApplicationDetailView::ApplicationDetailView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new ApplicationOverviewPanel(this))
    , m_instances(new InstancePanel(this))
    , m_monitoring(new MonitoringPanel(this))
    , m_events(new EventsPanel(this))
    , m_logs(new InstanceLogPanel(this))
    , m_scaling(new ScalingPanel(this))
    , m_changes(new ChangeHistoryPanel(this))
    , m_whatChanged(new WhatChangedPanel(this))
{
    m_title->setObjectName(QStringLiteral("applicationTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_subtitle->setObjectName(QStringLiteral("applicationSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    // In the order of DetailPage.
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_instances, tr("Instances"));
    m_tabs->addTab(m_monitoring, tr("Monitoring"));
    m_tabs->addTab(m_events, tr("Events"));
    m_tabs->addTab(m_logs, tr("Logs"));
    m_tabs->addTab(m_scaling, tr("Scaling"));
    m_tabs->addTab(m_changes, tr("Changes"));
    //: tab of an application: its change orders, scaling and warnings on one timeline
    m_tabs->addTab(m_whatChanged, tr("What changed"));
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { emit currentPageChanged(DetailPage(index)); });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_subtitle, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    setApplication({}, {}, {});
}

void ApplicationDetailView::setApplication(const QString &appName, const QString &appId,
                                           const QString &statusLine)
{
    m_title->setText(appName.isEmpty() ? tr("No application chosen") : appName);
    m_subtitle->setText(appId.isEmpty() ? statusLine : QString(statusLine + u"  ·  " + appId));
    m_instances->setApplicationName(appName);
}

DetailPage ApplicationDetailView::currentPage() const
{
    return DetailPage(m_tabs->currentIndex());
}

void ApplicationDetailView::setCurrentPage(DetailPage page)
{
    m_tabs->setCurrentIndex(int(page));
}
