#include "widgets/fleettrayicon.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestFleetTrayIcon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void oneAlertIsOneNotificationThatOpensIt();
    void manyAlertsAtOnceAreOneSummary();
    void withoutATrayTheStatusBarSaysIt();
    void muteMenuListsNamespacesAndToggles();
    void thresholdMenuChoosesOne();

private:
    static FleetAlert alert(const QString &app, FleetAlert::Kind kind = FleetAlert::Kind::TurnedUnhealthy)
    {
        FleetAlert result;
        result.kind = kind;
        result.appId = u"id-"_s + app;
        result.appName = app;
        result.namespaceId = u"cn-shenzhen:prod"_s;
        result.namespaceName = u"prod"_s;
        result.detail = u"0 of 2 instances run"_s;
        result.since = now();
        return result;
    }
    static QDateTime now() { return QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC); }
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }

    std::unique_ptr<QMainWindow> m_window;
    FleetTrayIcon *m_tray = nullptr;
};

void TestFleetTrayIcon::initTestCase()
{
    // English plurals ("5 alerts") come from the English translation.
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestFleetTrayIcon::init()
{
    m_window = std::make_unique<QMainWindow>();
    m_tray = new FleetTrayIcon(m_window.get());
}

void TestFleetTrayIcon::cleanup()
{
    m_window.reset();
}

void TestFleetTrayIcon::oneAlertIsOneNotificationThatOpensIt()
{
    QSignalSpy opened(m_tray, &FleetTrayIcon::alertOpened);
    QAction *openLast = action(u"openLastNotification"_s);
    QVERIFY(!openLast->isEnabled()); // nothing said yet
    m_tray->showAlerts({alert(u"order-service"_s)}, now());
    QCOMPARE(m_tray->notificationCount(), 1);
    QCOMPARE(m_tray->lastTitle(), u"order-service (prod) is unhealthy"_s);
    QVERIFY(openLast->isEnabled());
    QCOMPARE(openLast->text(), u"Open: order-service (prod) is unhealthy"_s);
    openLast->trigger();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().value<FleetAlert>().appId, u"id-order-service"_s);
    m_tray->showAlerts({}, now());
    QCOMPARE(m_tray->notificationCount(), 1); // nothing to say is not said
}

void TestFleetTrayIcon::manyAlertsAtOnceAreOneSummary()
{
    QSignalSpy opened(m_tray, &FleetTrayIcon::alertOpened);
    QSignalSpy fleet(m_tray, &FleetTrayIcon::fleetOpened);
    QList<FleetAlert> alerts;
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s})
        alerts.append(alert(name));
    m_tray->showAlerts(alerts, now());
    QCOMPARE(m_tray->notificationCount(), 1);
    QCOMPARE(m_tray->lastTitle(), u"5 alerts in the fleet"_s);
    action(u"openLastNotification"_s)->trigger();
    QCOMPARE(opened.size(), 0);
    QCOMPARE(fleet.size(), 1); // a summary opens the fleet
    // Three at once are still said one by one.
    m_tray->showAlerts(alerts.first(3), now());
    QCOMPARE(m_tray->notificationCount(), 4);
    QCOMPARE(m_tray->lastTitle(), u"c (prod) is unhealthy"_s);
}

void TestFleetTrayIcon::withoutATrayTheStatusBarSaysIt()
{
    if (m_tray->isTrayAvailable())
        QSKIP("this desktop has a system tray");
    m_tray->showAlerts({alert(u"order-service"_s, FleetAlert::Kind::Recovered)}, now());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"order-service (prod) recovered — Was: 0 of 2 instances run"_s);
}

void TestFleetTrayIcon::muteMenuListsNamespacesAndToggles()
{
    auto *mute = m_window->findChild<QMenu *>(u"muteMenu"_s);
    QVERIFY(!mute->isEnabled()); // nothing known yet
    m_tray->setNamespaces({{u"cn-shenzhen:dev"_s, u"dev"_s}, {u"cn-shenzhen:prod"_s, u"prod"_s}});
    QVERIFY(mute->isEnabled());
    QCOMPARE(mute->actions().size(), 2);
    QCOMPARE(mute->actions().at(1)->text(), u"prod"_s);
    QSignalSpy toggled(m_tray, &FleetTrayIcon::muteToggled);
    mute->actions().at(1)->trigger();
    QCOMPARE(toggled.size(), 1);
    QCOMPARE(toggled.first().at(0).toString(), u"cn-shenzhen:prod"_s);
    QCOMPARE(toggled.first().at(1).toBool(), true);
    // The owner's word is what shows, and setting it says nothing back.
    m_tray->setMuted({u"cn-shenzhen:dev"_s});
    QCOMPARE(toggled.size(), 1);
    QVERIFY(mute->actions().at(0)->isChecked());
    QVERIFY(!mute->actions().at(1)->isChecked());
    // A refresh of the list keeps the mutes.
    m_tray->setNamespaces({{u"cn-shenzhen:dev"_s, u"dev"_s}, {u"cn-shenzhen:prod"_s, u"prod"_s}});
    QVERIFY(mute->actions().at(0)->isChecked());
}

void TestFleetTrayIcon::thresholdMenuChoosesOne()
{
    auto *menu = m_window->findChild<QMenu *>(u"signOffThresholdMenu"_s);
    QCOMPARE(menu->actions().size(), int(FleetTrayIcon::signOffThresholds().size()));
    m_tray->setSignOffThreshold(15);
    QSignalSpy chosen(m_tray, &FleetTrayIcon::signOffThresholdChosen);
    QAction *thirty = menu->actions().at(2);
    QCOMPARE(thirty->text(), u"30 minutes"_s);
    thirty->trigger();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toInt(), 30);
    int checked = 0;
    for (QAction *action : menu->actions())
        checked += action->isChecked() ? 1 : 0;
    QCOMPARE(checked, 1);
}

QTEST_MAIN(TestFleetTrayIcon)
#include "tst_fleettrayicon.moc"
