#include "core/fleetcsv.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestFleetCsv : public QObject
{
    Q_OBJECT

private slots:
    void emptyFleetIsBomAndHeaderOnly();
    void rowsAreWorstFirstWithEveryColumn();
    void cellsAreQuotedAsRfc4180Says_data();
    void cellsAreQuotedAsRfc4180Says();
    void formulasAreNeutralised_data();
    void formulasAreNeutralised();
    void quotingInAWholeFile();
    void chineseNamesStayUtf8();
    void unknownCheckAndChangeLeaveCellsEmpty();

private:
    static QDateTime now() { return QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC); }
    static FleetRow row(const QString &id, const QString &name, int target, int running, qint64 abnormal = 0);
    /// The file's lines without the BOM and the final CRLF.
    static QStringList lines(const QByteArray &csv);
};

FleetRow TestFleetCsv::row(const QString &id, const QString &name, int target, int running, qint64 abnormal)
{
    FleetRow fleetRow;
    fleetRow.application.appId = id;
    fleetRow.application.appName = name;
    fleetRow.application.namespaceId = u"cn-shenzhen:prod"_s;
    fleetRow.application.namespaceName = u"prod"_s;
    fleetRow.application.regionId = u"cn-shenzhen"_s;
    fleetRow.application.targetInstances = target;
    fleetRow.application.runningInstances = running;
    FleetHealth::Input input;
    input.targetInstances = target;
    input.runningInstances = running;
    input.abnormalInstances = abnormal;
    fleetRow.health = FleetHealth::of(input, now());
    fleetRow.checkedAt = now().addSecs(-42);
    return fleetRow;
}

QStringList TestFleetCsv::lines(const QByteArray &csv)
{
    QByteArray body = csv;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    if (body.endsWith("\r\n"))
        body.chop(2);
    return QString::fromUtf8(body).split(u"\r\n"_s);
}

void TestFleetCsv::emptyFleetIsBomAndHeaderOnly()
{
    const QByteArray csv = FleetCsv::toCsv({}, now());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(csv.mid(3), QByteArray("Score,Severity,Application,AppId,Namespace,NamespaceId,Region,Running,"
                                    "Target,Problems,Change order status,Checked at,Age (s)\r\n"));
}

void TestFleetCsv::rowsAreWorstFirstWithEveryColumn()
{
    FleetRow healthy = row(u"app-a"_s, u"audit-service"_s, 2, 2);
    FleetRow down = row(u"app-o"_s, u"order-service"_s, 6, 0);
    FleetRow degraded = row(u"app-m"_s, u"member-service"_s, 4, 4, 1);
    ChangeOrder failed;
    failed.changeOrderId = u"co-9"_s;
    failed.status = ChangeOrderStatus::Failed;
    down.lastChange = failed;
    const QStringList written = lines(FleetCsv::toCsv({healthy, down, degraded}, now()));
    QCOMPARE(written.size(), 4);
    QCOMPARE(written.at(1), u"40,Critical,order-service,app-o,prod,cn-shenzhen:prod,cn-shenzhen,0,6,"
                            "No instance runs (0 of 6),FAIL,2026-11-30T09:59:18Z,42"_s);
    QVERIFY2(written.at(2).startsWith(u"%1,Warning,member-service,app-m,"_s.arg(degraded.health.score)),
             qPrintable(written.at(2)));
    QCOMPARE(written.at(3), u"100,Normal,audit-service,app-a,prod,cn-shenzhen:prod,cn-shenzhen,2,2,,,"
                            "2026-11-30T09:59:18Z,42"_s);
}

void TestFleetCsv::cellsAreQuotedAsRfc4180Says_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << u"order-service"_s << u"order-service"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("lf") << u"one\ntwo"_s << u"\"one\ntwo\""_s;
    QTest::newRow("cr") << u"one\rtwo"_s << u"\"one\rtwo\""_s;
    QTest::newRow("semicolon needs nothing") << u"a; b"_s << u"a; b"_s;
}

void TestFleetCsv::cellsAreQuotedAsRfc4180Says()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(FleetCsv::cell(text), written);
}

void TestFleetCsv::formulasAreNeutralised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("=") << u"=HYPERLINK(\"http://x\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
    QTest::newRow("+") << u"+1+2"_s << u"'+1+2"_s;
    QTest::newRow("-") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("@") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("cr") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("inside is fine") << u"a=b"_s << u"a=b"_s;
}

void TestFleetCsv::formulasAreNeutralised()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(FleetCsv::cell(text), written);
}

void TestFleetCsv::quotingInAWholeFile()
{
    FleetRow evil = row(u"app-x"_s, u"=cmd|' /C calc'!A0"_s, 2, 1);
    evil.application.namespaceName = u"prod, \"blue\"\nline"_s;
    const QByteArray csv = FleetCsv::toCsv({evil}, now());
    QVERIFY2(csv.contains(",'=cmd|' /C calc'!A0,app-x,\"prod, \"\"blue\"\"\nline\",cn-shenzhen:prod,"),
             csv.constData());
    // The reasons are joined by "; " in one cell, and a quoted LF inside a cell is not a line end.
    QCOMPARE(csv.count("\r\n"), 2);
}

void TestFleetCsv::chineseNamesStayUtf8()
{
    FleetRow chinese = row(u"app-c"_s, u"会员服务"_s, 1, 1);
    chinese.application.namespaceName = u"生产"_s;
    const QByteArray csv = FleetCsv::toCsv({chinese}, now());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains(u"100,Normal,会员服务,app-c,生产,"_s.toUtf8()));
    QCOMPARE(lines(csv).at(1).section(u',', 2, 2), u"会员服务"_s);
}

void TestFleetCsv::unknownCheckAndChangeLeaveCellsEmpty()
{
    FleetRow unread = row(u"app-u"_s, u"unread"_s, 1, 1);
    unread.checkedAt = {};
    QCOMPARE(lines(FleetCsv::toCsv({unread}, now())).at(1),
             u"100,Normal,unread,app-u,prod,cn-shenzhen:prod,cn-shenzhen,1,1,,,,"_s);
    // A reading from a clock ahead of ours is not negative (and not "-3", a formula).
    FleetRow ahead = row(u"app-f"_s, u"future"_s, 1, 1);
    ahead.checkedAt = now().addSecs(3);
    QVERIFY(lines(FleetCsv::toCsv({ahead}, now())).at(1).endsWith(u"2026-11-30T10:00:03Z,0"_s));
}

QTEST_GUILESS_MAIN(TestFleetCsv)
#include "tst_fleetcsv.moc"
