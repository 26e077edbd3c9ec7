#include "core/durationformat.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDurationFormat : public QObject
{
    Q_OBJECT

private slots:
    void compact_data();
    void compact();
};

void TestDurationFormat::compact_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("negative clamps") << qint64(-5) << u"0s"_s;
    QTest::newRow("seconds") << qint64(45) << u"45s"_s;
    QTest::newRow("minutes") << qint64(12 * 60 + 59) << u"12m"_s;
    QTest::newRow("hours") << qint64(3 * 3600 + 5 * 60) << u"3h 5m"_s;
    QTest::newRow("days") << qint64(4 * 86400 + 2 * 3600 + 59) << u"4d 2h"_s;
}

void TestDurationFormat::compact()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(DurationFormat::compact(seconds), text);
}

QTEST_GUILESS_MAIN(TestDurationFormat)
#include "tst_durationformat.moc"
