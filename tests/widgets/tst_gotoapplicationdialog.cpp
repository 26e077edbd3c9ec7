#include "core/application.h"
#include "core/applicationtablemodel.h"
#include "core/itemroles.h"
#include "widgets/gotoapplicationdialog.h"
#include "widgets/matchhighlightdelegate.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using Positions = QList<qsizetype>;

namespace {

Application app(const QString &id, const QString &name, const QString &namespaceName = u"prod"_s)
{
    Application application;
    application.appId = id;
    application.appName = name;
    application.namespaceId = u"cn-shenzhen:"_s + namespaceName;
    application.namespaceName = namespaceName;
    return application;
}

const QString mallOrderId = u"7171a6ca-d1cd-4928-8642-7d5cfe69a9be"_s;
const QString orderId = u"0c9e3f1a-5b2d-4c8e-9f7a-1d2e3f4a5b6c"_s;
const QString memberId = u"b3d4e5f6-0a1b-4c2d-8e3f-4a5b6c7d8e9f"_s;
const QString dealerWebId = u"e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b"_s;
const QString dealerId = u"f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f"_s;
const QString gatewayId = u"a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d"_s;

QList<Application> retailApplications()
{
    return {app(mallOrderId, u"mall-order-service"_s),   app(orderId, u"order-service"_s, u"staging"_s),
            app(memberId, u"member-center"_s),           app(dealerWebId, u"dealer-portal-web"_s),
            app(dealerId, u"dealer-portal"_s, u"dev"_s), app(gatewayId, u"api-gateway"_s)};
}

QStringList listedNames(const QListWidget *results)
{
    QStringList names;
    for (int row = 0; row < results->count(); ++row)
        names.append(results->item(row)->text());
    return names;
}

} // namespace

class TestGoToApplicationDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyPatternListsAlphabetically();
    void typingRanksAndHighlights();
    void downAndEnterChooseTheSecond();
    void upAndDownStayInTheList();
    void clickChooses();
    void escapeClosesWithoutChoosing();
    void matchesTheId();
    void noMatchSaysSo();
    void listsAtMostFifty();
    void followsModelChangesWhileOpen();
    void popupClearsTheFieldAndCentresOverTheParent();

private:
    QLineEdit *field() const { return m_dialog->findChild<QLineEdit *>(u"goToField"_s); }
    QListWidget *results() const { return m_dialog->findChild<QListWidget *>(u"goToResults"_s); }
    void popup();

    QWidget *m_window = nullptr;
    ApplicationTableModel *m_model = nullptr;
    GoToApplicationDialog *m_dialog = nullptr;
};

void TestGoToApplicationDialog::init()
{
    m_window = new QWidget;
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_model = new ApplicationTableModel(m_window);
    m_model->setRows(retailApplications());
    m_dialog = new GoToApplicationDialog(m_window);
    m_dialog->setModel(m_model);
}

void TestGoToApplicationDialog::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestGoToApplicationDialog::popup()
{
    m_dialog->popup();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    QCOMPARE(QApplication::focusWidget(), field());
}

void TestGoToApplicationDialog::emptyPatternListsAlphabetically()
{
    popup();
    QCOMPARE(m_dialog->resultCount(), 6);
    QCOMPARE(listedNames(results()),
             (QStringList{u"api-gateway"_s, u"dealer-portal"_s, u"dealer-portal-web"_s,
                          u"mall-order-service"_s, u"member-center"_s, u"order-service"_s}));
    QCOMPARE(results()->currentRow(), 0);
    QCOMPARE(results()->item(1)->data(MatchHighlightDelegate::TrailingRole).toString(), u"dev"_s);
    QVERIFY(!results()->item(0)->data(MatchHighlightDelegate::PositionsRole).isValid());
}

void TestGoToApplicationDialog::typingRanksAndHighlights()
{
    popup();
    QTest::keyClicks(field(), u"ordsvc"_s);
    QCOMPARE(m_dialog->resultCount(), 2);
    QCOMPARE(listedNames(results()), (QStringList{u"order-service"_s, u"mall-order-service"_s}));
    QCOMPARE(results()->item(0)->data(MatchHighlightDelegate::PositionsRole).value<Positions>(),
             (Positions{0, 1, 2, 6, 9, 11}));
    QCOMPARE(results()->item(1)->data(MatchHighlightDelegate::PositionsRole).value<Positions>(),
             (Positions{5, 6, 7, 11, 14, 16}));
    QCOMPARE(results()->item(0)->data(MatchHighlightDelegate::TrailingRole).toString(), u"staging"_s);
    QCOMPARE(results()->item(0)->data(MatchHighlightDelegate::DetailRole).toString(), QString());

    for (int i = 0; i < 6; ++i)
        QTest::keyClick(field(), Qt::Key_Backspace);
    QTest::keyClicks(field(), u"dpw"_s);
    QCOMPARE(listedNames(results()), QStringList{u"dealer-portal-web"_s});
    QCOMPARE(results()->item(0)->data(MatchHighlightDelegate::PositionsRole).value<Positions>(),
             (Positions{0, 7, 14}));
}

void TestGoToApplicationDialog::downAndEnterChooseTheSecond()
{
    QSignalSpy chosen(m_dialog, &GoToApplicationDialog::applicationChosen);
    popup();
    QTest::keyClicks(field(), u"ordsvc"_s);
    QTest::keyClick(field(), Qt::Key_Down);
    QCOMPARE(results()->currentRow(), 1);
    QTest::keyClick(field(), Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), mallOrderId);
    QVERIFY(!m_dialog->isVisible());
}

void TestGoToApplicationDialog::upAndDownStayInTheList()
{
    QSignalSpy chosen(m_dialog, &GoToApplicationDialog::applicationChosen);
    popup();
    QTest::keyClicks(field(), u"dealer"_s);
    QCOMPARE(listedNames(results()), (QStringList{u"dealer-portal"_s, u"dealer-portal-web"_s}));
    QTest::keyClick(field(), Qt::Key_Up);
    QCOMPARE(results()->currentRow(), 0);
    QTest::keyClick(field(), Qt::Key_Down);
    QTest::keyClick(field(), Qt::Key_Down);
    QTest::keyClick(field(), Qt::Key_Down);
    QCOMPARE(results()->currentRow(), 1);
    QTest::keyClick(field(), Qt::Key_Up);
    QTest::keyClick(field(), Qt::Key_Enter);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), dealerId);
}

void TestGoToApplicationDialog::clickChooses()
{
    QSignalSpy chosen(m_dialog, &GoToApplicationDialog::applicationChosen);
    popup();
    QTest::keyClicks(field(), u"m"_s);
    QCOMPARE(listedNames(results()), (QStringList{u"member-center"_s, u"mall-order-service"_s}));
    const QRect rect = results()->visualItemRect(results()->item(1));
    QTest::mouseClick(results()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), mallOrderId);
    QVERIFY(!m_dialog->isVisible());
}

void TestGoToApplicationDialog::escapeClosesWithoutChoosing()
{
    QSignalSpy chosen(m_dialog, &GoToApplicationDialog::applicationChosen);
    popup();
    QTest::keyClicks(field(), u"gate"_s);
    QCOMPARE(m_dialog->resultCount(), 1);
    QTest::keyClick(field(), Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(chosen.count(), 0);
}

void TestGoToApplicationDialog::matchesTheId()
{
    QSignalSpy chosen(m_dialog, &GoToApplicationDialog::applicationChosen);
    popup();
    QTest::keyClicks(field(), u"7D5CFE"_s);
    QCOMPARE(listedNames(results()), QStringList{u"mall-order-service"_s});
    const QListWidgetItem *item = results()->item(0);
    QCOMPARE(item->data(MatchHighlightDelegate::DetailRole).toString(), mallOrderId);
    QCOMPARE(item->data(MatchHighlightDelegate::DetailPositionsRole).value<Positions>(),
             (Positions{24, 25, 26, 27, 28, 29}));
    QVERIFY(!item->data(MatchHighlightDelegate::PositionsRole).isValid());

    // The whole ID ranks its application first even where names match too.
    field()->clear();
    QTest::keyClicks(field(), gatewayId);
    QCOMPARE(listedNames(results()).first(), u"api-gateway"_s);
    QTest::keyClick(field(), Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), gatewayId);
}

void TestGoToApplicationDialog::noMatchSaysSo()
{
    popup();
    QTest::keyClicks(field(), u"zzz"_s);
    QCOMPARE(m_dialog->resultCount(), 0);
    auto *notice = m_dialog->findChild<QLabel *>(u"goToEmptyNotice"_s);
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), u"No application matches “zzz”."_s);
    QSignalSpy chosen(m_dialog, &GoToApplicationDialog::applicationChosen);
    QTest::keyClick(field(), Qt::Key_Return);
    QCOMPARE(chosen.count(), 0);
    QTest::keyClick(field(), Qt::Key_Backspace);
    QTest::keyClick(field(), Qt::Key_Backspace);
    QTest::keyClick(field(), Qt::Key_Backspace);
    QVERIFY(!notice->isVisible());
    QCOMPARE(m_dialog->resultCount(), 6);
}

void TestGoToApplicationDialog::listsAtMostFifty()
{
    QList<Application> many;
    for (int i = 0; i < 120; ++i)
        many.append(
            app(u"id-%1"_s.arg(i, 3, 10, QLatin1Char('0')), u"svc-%1"_s.arg(i, 3, 10, QLatin1Char('0'))));
    m_model->setRows(many);
    popup();
    QCOMPARE(m_dialog->resultCount(), GoToApplicationDialog::maximumResults);
    QCOMPARE(results()->item(0)->text(), u"svc-000"_s);
    QCOMPARE(results()->item(49)->text(), u"svc-049"_s);
    QTest::keyClicks(field(), u"svc-11"_s);
    // svc-110 … svc-119 match in one run; then svc-101 ("svc-1" in one run) and svc-011.
    QCOMPARE(m_dialog->resultCount(), 12);
    QCOMPARE(results()->item(0)->text(), u"svc-110"_s);
    QCOMPARE(results()->item(9)->text(), u"svc-119"_s);
    QCOMPARE(QStringList({results()->item(10)->text(), results()->item(11)->text()}),
             (QStringList{u"svc-101"_s, u"svc-011"_s}));
    QTest::keyClick(field(), Qt::Key_PageDown);
    QTest::keyClick(field(), Qt::Key_PageDown);
    QCOMPARE(results()->currentRow(), 11);
}

void TestGoToApplicationDialog::followsModelChangesWhileOpen()
{
    popup();
    QTest::keyClicks(field(), u"dealer"_s);
    QTest::keyClick(field(), Qt::Key_Down);
    QCOMPARE(results()->currentItem()->text(), u"dealer-portal-web"_s);

    QList<Application> more = retailApplications();
    more.append(app(u"c0ffee00-0000-4000-8000-000000000001"_s, u"dealer-app"_s));
    m_model->setRows(more);
    QCOMPARE(listedNames(results()),
             (QStringList{u"dealer-app"_s, u"dealer-portal"_s, u"dealer-portal-web"_s}));
    QCOMPARE(results()->currentItem()->text(), u"dealer-portal-web"_s); // still the one the user picked

    m_model->setRows(retailApplications().mid(0, 4));
    QCOMPARE(listedNames(results()), QStringList{u"dealer-portal-web"_s});
}

void TestGoToApplicationDialog::popupClearsTheFieldAndCentresOverTheParent()
{
    popup();
    QTest::keyClicks(field(), u"api"_s);
    QTest::keyClick(field(), Qt::Key_Escape);
    popup();
    QCOMPARE(field()->text(), QString());
    QCOMPARE(m_dialog->resultCount(), 6);
    const QPoint windowCentre = m_window->mapToGlobal(m_window->rect().center());
    const QPoint dialogCentre = m_dialog->geometry().center();
    QVERIFY2((windowCentre - dialogCentre).manhattanLength() <= 2,
             qPrintable(u"window centre %1,%2, popup centre %3,%4"_s.arg(windowCentre.x())
                            .arg(windowCentre.y())
                            .arg(dialogCentre.x())
                            .arg(dialogCentre.y())));
    QVERIFY(m_dialog->width() < m_window->width());
    QVERIFY(m_dialog->isWindow());
}

QTEST_MAIN(TestGoToApplicationDialog)
#include "tst_gotoapplicationdialog.moc"
