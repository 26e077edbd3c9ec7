#include "core/confirmationchange.h"
#include "widgets/confirmationchangetable.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<ConfirmationChange> threeChanges()
{
    return {
        {u"Schedule 08:00: target"_s, u"10"_s, u"12"_s},
        {u"Schedule"_s, {}, u"12:00 → 6"_s},
        {u"Metric"_s, u"Memory 70%"_s, {}},
    };
}

QList<ConfirmationChange> manyChanges(int count)
{
    QList<ConfirmationChange> changes;
    for (int i = 0; i < count; ++i)
        changes.append({u"Variable %1"_s.arg(i), u"old %1"_s.arg(i), u"new %1"_s.arg(i)});
    return changes;
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9e, 0x9e, 0x9e));
    return dark;
}

} // namespace

class TestConfirmationChangeTable : public QObject
{
    Q_OBJECT

private slots:
    void showsExactlyTheGivenRows();
    void beforeIsStruckAndMutedAfterIsBold();
    void followsADarkPalette();
    void isReadOnly();
    void settingChangesAgainReplacesTheRows();
    void fitsAFewRowsWithoutScrolling();
    void scrollsBeyondTheMaximumHeight();
    void longValuesAreElidedAndWholeInTheTooltip();

private:
    static QStringList row(const QTableWidget &table, int row);
};

QStringList TestConfirmationChangeTable::row(const QTableWidget &table, int row)
{
    QStringList texts;
    for (int column = 0; column < table.columnCount(); ++column)
        texts.append(table.item(row, column)->text());
    return texts;
}

void TestConfirmationChangeTable::showsExactlyTheGivenRows()
{
    ConfirmationChangeTable table;
    table.setChanges(threeChanges());
    QCOMPARE(table.changes(), threeChanges());
    QCOMPARE(table.columnCount(), 3);
    QCOMPARE(table.horizontalHeaderItem(0)->text(), u"Field"_s);
    QCOMPARE(table.horizontalHeaderItem(1)->text(), u"Before"_s);
    QCOMPARE(table.horizontalHeaderItem(2)->text(), u"After"_s);
    QCOMPARE(table.rowCount(), 3);
    QCOMPARE(row(table, 0), (QStringList{u"Schedule 08:00: target"_s, u"10"_s, u"12"_s}));
    QCOMPARE(row(table, 1), (QStringList{u"Schedule"_s, QString(), u"12:00 → 6"_s}));
    QCOMPARE(row(table, 2), (QStringList{u"Metric"_s, u"Memory 70%"_s, QString()}));
    QCOMPARE(table.accessibleName(), u"Changes"_s);
}

void TestConfirmationChangeTable::beforeIsStruckAndMutedAfterIsBold()
{
    ConfirmationChangeTable table;
    table.setChanges(threeChanges());
    for (int i = 0; i < table.rowCount(); ++i) {
        QVERIFY(!table.item(i, ConfirmationChangeTable::FieldColumn)->font().strikeOut());
        QVERIFY(!table.item(i, ConfirmationChangeTable::FieldColumn)->font().bold());
        QVERIFY(table.item(i, ConfirmationChangeTable::BeforeColumn)->font().strikeOut());
        QVERIFY(!table.item(i, ConfirmationChangeTable::BeforeColumn)->font().bold());
        QCOMPARE(table.item(i, ConfirmationChangeTable::BeforeColumn)->foreground().color(),
                 table.palette().color(QPalette::PlaceholderText));
        QVERIFY(table.item(i, ConfirmationChangeTable::AfterColumn)->font().bold());
        QVERIFY(!table.item(i, ConfirmationChangeTable::AfterColumn)->font().strikeOut());
        // The new value and the field keep the palette's own text colour.
        QCOMPARE(table.item(i, ConfirmationChangeTable::AfterColumn)->data(Qt::ForegroundRole), QVariant());
        QCOMPARE(table.item(i, ConfirmationChangeTable::FieldColumn)->data(Qt::ForegroundRole), QVariant());
    }
}

void TestConfirmationChangeTable::followsADarkPalette()
{
    QWidget window;
    auto *table = new ConfirmationChangeTable(&window);
    table->setChanges(threeChanges());
    const QColor light = table->palette().color(QPalette::PlaceholderText);
    QCOMPARE(table->item(0, ConfirmationChangeTable::BeforeColumn)->foreground().color(), light);

    window.setPalette(darkPalette()); // as a theme change reaches the table: through its parent
    QCOMPARE(table->palette().color(QPalette::PlaceholderText), QColor(0x9e, 0x9e, 0x9e));
    for (int i = 0; i < table->rowCount(); ++i)
        QCOMPARE(table->item(i, ConfirmationChangeTable::BeforeColumn)->foreground().color(),
                 QColor(0x9e, 0x9e, 0x9e));
    QVERIFY(light != QColor(0x9e, 0x9e, 0x9e));
}

void TestConfirmationChangeTable::isReadOnly()
{
    ConfirmationChangeTable table;
    table.setChanges(threeChanges());
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QCOMPARE(table.editTriggers(), QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < table.rowCount(); ++i) {
        for (int column = 0; column < table.columnCount(); ++column)
            QVERIFY(!(table.item(i, column)->flags() & Qt::ItemIsEditable));
    }
    const QRect cell = table.visualItemRect(table.item(0, ConfirmationChangeTable::AfterColumn));
    QTest::mouseDClick(table.viewport(), Qt::LeftButton, {}, cell.center());
    QTest::keyClick(&table, Qt::Key_F2);
    QTest::keyClicks(&table, u"99"_s);
    QCOMPARE(table.findChild<QLineEdit *>(), nullptr); // no editor opened
    QCOMPARE(row(table, 0), (QStringList{u"Schedule 08:00: target"_s, u"10"_s, u"12"_s}));
    QCOMPARE(table.changes(), threeChanges());
}

void TestConfirmationChangeTable::settingChangesAgainReplacesTheRows()
{
    ConfirmationChangeTable table;
    table.setChanges(manyChanges(5));
    table.setChanges(threeChanges());
    QCOMPARE(table.rowCount(), 3);
    QCOMPARE(row(table, 2), (QStringList{u"Metric"_s, u"Memory 70%"_s, QString()}));
    table.setChanges({});
    QCOMPARE(table.rowCount(), 0);
}

void TestConfirmationChangeTable::fitsAFewRowsWithoutScrolling()
{
    ConfirmationChangeTable table;
    table.setChanges(threeChanges());
    const QSize hint = table.sizeHint();
    table.resize(hint);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    // Exactly the header and the three rows as laid out, nothing to scroll and nothing left over.
    QCOMPARE(hint.height(),
             2 * table.frameWidth() + table.horizontalHeader()->height() + table.verticalHeader()->length());
    QCOMPARE(table.verticalScrollBar()->maximum(), 0);
    QCOMPARE(table.rowAt(table.viewport()->height() - 1), 2);
    QVERIFY(table.minimumSizeHint().height() == hint.height()); // three rows are the minimum too
}

void TestConfirmationChangeTable::scrollsBeyondTheMaximumHeight()
{
    ConfirmationChangeTable table;
    table.setChanges(manyChanges(ConfirmationChangeTable::maximumVisibleRows));
    const int fullHeight = table.sizeHint().height();

    table.setChanges(manyChanges(40));
    QCOMPARE(table.rowCount(), 40);
    QCOMPARE(table.sizeHint().height(), fullHeight); // no taller than maximumVisibleRows rows
    QVERIFY(table.minimumSizeHint().height() < fullHeight);
    table.resize(table.sizeHint());
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QVERIFY(table.verticalScrollBar()->maximum() > 0);
    table.scrollToBottom();
    QCOMPARE(table.rowAt(table.viewport()->height() - 1), 39);
}

void TestConfirmationChangeTable::longValuesAreElidedAndWholeInTheTooltip()
{
    const QString image = u"registry-vpc.cn-shenzhen.aliyuncs.com/retail/mall-order-service:"_s
                          + QString(200, u'x') + u"-2026.11.30"_s;
    ConfirmationChangeTable table;
    table.setChanges({{u"Image"_s, image, image + u"-hotfix"_s}});
    QCOMPARE(table.textElideMode(), Qt::ElideMiddle);
    QVERIFY(!table.wordWrap());
    QCOMPARE(table.item(0, ConfirmationChangeTable::BeforeColumn)->toolTip(), image);
    QCOMPARE(table.item(0, ConfirmationChangeTable::AfterColumn)->toolTip(), image + u"-hotfix"_s);
    QCOMPARE(table.sizeHint().width(), table.fontMetrics().averageCharWidth() * 120); // capped
}

QTEST_MAIN(TestConfirmationChangeTable)
#include "tst_confirmationchangetable.moc"
