#include "core/fleettablemodel.h"
#include "core/itemroles.h"
#include "widgets/fleetpanel.h"
#include "widgets/messagebanner.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestFleetPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void worstFirstWithASummary();
    void unhealthyOnlyAndTheTextFilter();
    void openingARowAsksForTheApplication();
    void aFailedReadIsSaidAndTheRowsStay();

private:
    static FleetRow row(const QString &id, const QString &name, const QString &namespaceName, int target,
                        int running)
    {
        FleetRow fleetRow;
        fleetRow.application.appId = id;
        fleetRow.application.appName = name;
        fleetRow.application.namespaceName = namespaceName;
        fleetRow.application.regionId = u"cn-shenzhen"_s;
        fleetRow.application.targetInstances = target;
        fleetRow.application.runningInstances = running;
        FleetHealth::Input input;
        input.targetInstances = target;
        input.runningInstances = running;
        fleetRow.health = FleetHealth::of(input, QDateTime::currentDateTimeUtc());
        fleetRow.checkedAt = QDateTime::currentDateTimeUtc();
        return fleetRow;
    }
    QStringList shownNames() const
    {
        QStringList names;
        QAbstractItemModel *shown = m_panel->table()->model();
        for (int r = 0; r < shown->rowCount(); ++r)
            names.append(shown->index(r, FleetTableModel::ApplicationColumn).data().toString());
        return names;
    }

    std::unique_ptr<FleetTableModel> m_model;
    std::unique_ptr<FleetPanel> m_panel;
};

void TestFleetPanel::initTestCase()
{
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestFleetPanel::init()
{
    m_model = std::make_unique<FleetTableModel>();
    m_model->setFleet(
        {row(u"a"_s, u"member-service"_s, u"prod"_s, 4, 4), row(u"b"_s, u"order-service"_s, u"prod"_s, 6, 0),
         row(u"c"_s, u"mall-web"_s, u"staging"_s, 4, 3), row(u"d"_s, u"cms-web"_s, u"dev"_s, 0, 0)});
    m_panel = std::make_unique<FleetPanel>();
    m_panel->setModel(m_model.get());
    m_panel->resize(900, 500);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestFleetPanel::cleanup()
{
    m_panel.reset();
    m_model.reset();
}

void TestFleetPanel::worstFirstWithASummary()
{
    QCOMPARE(shownNames().first(), u"order-service"_s);
    QCOMPARE(shownNames().at(1), u"mall-web"_s);
    QCOMPARE(m_panel->findChild<QLabel *>(u"fleetSummary"_s)->text(), u"2 of 4 applications need someone."_s);
}

void TestFleetPanel::unhealthyOnlyAndTheTextFilter()
{
    auto *unhealthy = m_panel->findChild<QCheckBox *>(u"fleetUnhealthyOnly"_s);
    QTest::mouseClick(unhealthy, Qt::LeftButton, {}, QPoint(8, unhealthy->height() / 2));
    QVERIFY(unhealthy->isChecked());
    QCOMPARE(shownNames(), (QStringList{u"order-service"_s, u"mall-web"_s}));
    QTest::keyClicks(m_panel->findChild<QLineEdit *>(u"fleetFilter"_s), u"staging"_s);
    QCOMPARE(shownNames(), QStringList{u"mall-web"_s});
    QTest::mouseClick(unhealthy, Qt::LeftButton, {}, QPoint(8, unhealthy->height() / 2));
    QCOMPARE(shownNames(), QStringList{u"mall-web"_s}); // still the text filter
    m_panel->findChild<QLineEdit *>(u"fleetFilter"_s)->clear();
    QCOMPARE(shownNames().size(), 4);
}

void TestFleetPanel::openingARowAsksForTheApplication()
{
    QSignalSpy opened(m_panel.get(), &FleetPanel::applicationOpened);
    QTableView *table = m_panel->table();
    const QRect first = table->visualRect(table->model()->index(0, FleetTableModel::ApplicationColumn));
    // As a person double-clicks: a click, then the second press that makes it double.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, first.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, first.center());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), u"b"_s);
}

void TestFleetPanel::aFailedReadIsSaidAndTheRowsStay()
{
    m_panel->setStaleReason(u"Throttling.User (RequestId R-1)"_s);
    auto *banner = m_panel->findChild<MessageBanner *>(u"fleetBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"R-1"_s));
    QCOMPARE(shownNames().size(), 4);
    m_panel->setStaleReason({});
    QVERIFY(!banner->isVisible());
}

QTEST_MAIN(TestFleetPanel)
#include "tst_fleetpanel.moc"
