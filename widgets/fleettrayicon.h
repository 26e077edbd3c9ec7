#pragma once

#include "core/fleetalert.h"

#include <QIcon>
#include <QObject>

#include <optional>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QSystemTrayIcon;

/**
 * The console's voice when the window is not looked at (issue 8): a system tray icon whose
 * tooltip and badge say how many applications need someone, and desktop notifications for the
 * fleet's alerts. A click on a notification (or "Open …" in the menu) asks for the page it is
 * about. The same menu sits in the window's menu bar as "Notifications": per-namespace mute and
 * the sign-off reminder's threshold, so that both work where no tray exists (then the window's
 * status bar carries the notification's title).
 *
 * Many alerts at once (the first look at a fleet in trouble) make one summary notification, not
 * a burst.
 */
class FleetTrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetTrayIcon)

public:
    /// More alerts than this at once are summed up in one notification.
    static constexpr int separateAlertsAtMost = 3;

    explicit FleetTrayIcon(QMainWindow *window);
    ~FleetTrayIcon() override;

    /// The "Notifications" menu: also the tray icon's context menu.
    QMenu *menu() const { return m_menu; }
    /// Whether the desktop has a system tray; without one the status bar is used.
    bool isTrayAvailable() const;

    void showAlerts(const QList<FleetAlert> &alerts, const QDateTime &now);
    /// The badge and tooltip: how many applications need someone.
    void setUnhealthyCount(int count);
    /// The namespaces that can be muted: (ID, name) pairs.
    void setNamespaces(const QList<std::pair<QString, QString>> &namespaces);
    void setMuted(const QStringList &namespaceIds);
    /// The sign-off reminder's threshold, in minutes (one of signOffThresholds()).
    void setSignOffThreshold(int minutes);
    static QList<int> signOffThresholds() { return {5, 15, 30, 60}; }

    /// The last notification shown (its title), for the menu's "Open" and for tests.
    QString lastTitle() const { return m_lastTitle; }
    int notificationCount() const { return m_notifications; }

signals:
    /// The user clicked a notification about one alert.
    void alertOpened(const FleetAlert &alert);
    /// The user clicked a summary notification: the fleet page.
    void fleetOpened();
    void muteToggled(const QString &namespaceId, bool muted);
    void signOffThresholdChosen(int minutes);

private:
    void notify(const QString &title, const QString &body, bool critical);
    void openLast();
    void updateIcon();

    QMainWindow *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu;
    QMenu *m_muteMenu;
    QMenu *m_thresholdMenu;
    QActionGroup *m_thresholds;
    QAction *m_openLast;
    QIcon m_baseIcon;
    QStringList m_muted;
    QList<std::pair<QString, QString>> m_namespaces;

    int m_unhealthy = 0;
    int m_notifications = 0;
    QString m_lastTitle;
    std::optional<FleetAlert> m_lastAlert; ///< unset after a summary: opens the fleet
};
