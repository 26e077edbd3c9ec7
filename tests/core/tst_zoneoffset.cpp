#include "core/zoneoffset.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestZoneOffset final : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
};

void TestZoneOffset::text_data()
{
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("UTC") << 0 << u"GMT"_s;
    QTest::newRow("Shanghai") << 8 * 3600 << u"GMT+8"_s;
    QTest::newRow("India") << 5 * 3600 + 30 * 60 << u"GMT+5:30"_s;
    QTest::newRow("Newfoundland") << -(3 * 3600 + 30 * 60) << u"GMT-3:30"_s;
    QTest::newRow("Chatham") << 12 * 3600 + 45 * 60 << u"GMT+12:45"_s;
}

void TestZoneOffset::text()
{
    QFETCH(int, offsetSeconds);
    QFETCH(QString, expected);
    QCOMPARE(ZoneOffset::text(offsetSeconds), expected);
}

QTEST_GUILESS_MAIN(TestZoneOffset)
#include "tst_zoneoffset.moc"
