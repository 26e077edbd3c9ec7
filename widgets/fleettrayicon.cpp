#include "fleettrayicon.h"

#include <QActionGroup>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QPainter>
#include <QStatusBar>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

FleetTrayIcon::FleetTrayIcon(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(tr("&Notifications"), window))
    , m_muteMenu(new QMenu(tr("&Mute namespace"), m_menu))
    , m_thresholdMenu(new QMenu(tr("&Remind of a waiting sign-off after"), m_menu))
    , m_thresholds(new QActionGroup(this))
    , m_openLast(new QAction(tr("Open the last notification"), this))
    , m_baseIcon(QApplication::windowIcon())
{
    m_menu->setObjectName(u"notificationsMenu"_s);
    m_muteMenu->setObjectName(u"muteMenu"_s);
    m_thresholdMenu->setObjectName(u"signOffThresholdMenu"_s);
    m_openLast->setObjectName(u"openLastNotification"_s);
    m_openLast->setEnabled(false);
    connect(m_openLast, &QAction::triggered, this, &FleetTrayIcon::openLast);

    auto *showWindow = new QAction(tr("Show Ops Console"), this);
    connect(showWindow, &QAction::triggered, m_window, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    m_thresholds->setExclusive(true);
    for (const int minutes : signOffThresholds()) {
        QAction *action = m_thresholdMenu->addAction(tr("%n minute(s)", nullptr, minutes));
        action->setCheckable(true);
        action->setData(minutes);
        m_thresholds->addAction(action);
        connect(action, &QAction::triggered, this, [this, minutes] { emit signOffThresholdChosen(minutes); });
    }
    m_muteMenu->setToolTipsVisible(true);
    m_muteMenu->setEnabled(false);
    m_menu->addAction(m_openLast);
    m_menu->addSeparator();
    m_menu->addMenu(m_muteMenu);
    m_menu->addMenu(m_thresholdMenu);
    if (isTrayAvailable()) {
        m_menu->addSeparator();
        m_menu->addAction(showWindow);
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &FleetTrayIcon::openLast);
        connect(m_tray, &QSystemTrayIcon::activated, showWindow,
                [showWindow](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                        showWindow->trigger();
                });
        updateIcon();
        m_tray->show();
    }
}

FleetTrayIcon::~FleetTrayIcon() = default;

bool FleetTrayIcon::isTrayAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void FleetTrayIcon::showAlerts(const QList<FleetAlert> &alerts, const QDateTime &now)
{
    if (alerts.isEmpty())
        return;
    if (alerts.size() > separateAlertsAtMost) {
        QStringList subjects;
        for (const FleetAlert &alert : alerts.first(separateAlertsAtMost))
            subjects.append(alert.title(now));
        //: the rest of a summary notification's list: %n more alerts
        subjects.append(tr("… and %n more", nullptr, int(alerts.size() - separateAlertsAtMost)));
        m_lastAlert.reset();
        //: one notification for many alerts at once
        notify(tr("%n alert(s) in the fleet", nullptr, int(alerts.size())), subjects.join(u'\n'), true);
        return;
    }
    for (const FleetAlert &alert : alerts) {
        m_lastAlert = alert;
        notify(alert.title(now), alert.body(), alert.kind != FleetAlert::Kind::Recovered);
    }
}

void FleetTrayIcon::notify(const QString &title, const QString &body, bool critical)
{
    ++m_notifications;
    m_lastTitle = title;
    //: menu entry; %1: the last notification's title
    m_openLast->setText(tr("Open: %1").arg(title));
    m_openLast->setEnabled(true);
    if (m_tray && m_tray->isVisible()) {
        m_tray->showMessage(title, body, critical ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            15000);
    } else {
        m_window->statusBar()->showMessage(
            body.isEmpty() ? title : tr("%1 — %2").arg(title, body.section(u'\n', 0, 0)), 30000);
    }
}

void FleetTrayIcon::openLast()
{
    if (m_lastAlert)
        emit alertOpened(*m_lastAlert);
    else if (m_notifications > 0)
        emit fleetOpened();
}

void FleetTrayIcon::setUnhealthyCount(int count)
{
    if (count == m_unhealthy)
        return;
    m_unhealthy = count;
    updateIcon();
}

void FleetTrayIcon::updateIcon()
{
    if (!m_tray)
        return;
    //: tray tooltip; %n applications needing someone
    m_tray->setToolTip(m_unhealthy > 0
                           ? tr("Ops Console — %n application(s) need someone", nullptr, m_unhealthy)
                           : tr("Ops Console — the fleet is fine"));
    if (m_unhealthy == 0) {
        m_tray->setIcon(m_baseIcon);
        return;
    }
    // The badge: a red dot in the corner, what a glance at the panel needs.
    QPixmap pixmap = m_baseIcon.pixmap(64, 64);
    if (pixmap.isNull()) {
        pixmap = QPixmap(64, 64);
        pixmap.fill(Qt::transparent);
    }
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 3));
    painter.setBrush(QColor(0xd9, 0x30, 0x25));
    painter.drawEllipse(QRectF(34, 2, 28, 28));
    painter.end();
    m_tray->setIcon(QIcon(pixmap));
}

void FleetTrayIcon::setNamespaces(const QList<std::pair<QString, QString>> &namespaces)
{
    if (namespaces == m_namespaces)
        return; // every refresh says them; an open menu stays as it is
    m_namespaces = namespaces;
    m_muteMenu->clear();
    for (const auto &[id, name] : namespaces) {
        QAction *action = m_muteMenu->addAction(name.isEmpty() ? id : name);
        action->setCheckable(true);
        action->setChecked(m_muted.contains(id));
        action->setData(id);
        action->setToolTip(id);
        connect(action, &QAction::toggled, this, [this, id](bool muted) { emit muteToggled(id, muted); });
    }
    m_muteMenu->setEnabled(!namespaces.isEmpty());
}

void FleetTrayIcon::setMuted(const QStringList &namespaceIds)
{
    m_muted = namespaceIds;
    for (QAction *action : m_muteMenu->actions()) {
        const QSignalBlocker quiet(action);
        action->setChecked(m_muted.contains(action->data().toString()));
    }
}

void FleetTrayIcon::setSignOffThreshold(int minutes)
{
    for (QAction *action : m_thresholds->actions())
        action->setChecked(action->data().toInt() == minutes);
}
