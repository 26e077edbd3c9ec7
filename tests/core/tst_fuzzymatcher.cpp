#include "core/fuzzymatcher.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

using Positions = QList<qsizetype>;

namespace {

// The candidates that match, best first; equal scores keep the given order.
QStringList ranked(const QString &pattern, const QStringList &candidates)
{
    QList<std::pair<int, QString>> matches;
    for (const QString &candidate : candidates) {
        if (const auto found = FuzzyMatcher::match(pattern, candidate))
            matches.append({found->score, candidate});
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const auto &left, const auto &right) { return left.first > right.first; });
    QStringList names;
    for (const auto &[score, name] : matches)
        names.append(name);
    return names;
}

} // namespace

class TestFuzzyMatcher : public QObject
{
    Q_OBJECT

private slots:
    void positions_data();
    void positions();
    void noMatch_data();
    void noMatch();
    void emptyPattern();
    void exactMatchScoresHighest();
    void ranking_data();
    void ranking();
};

void TestFuzzyMatcher::positions_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<Positions>("positions");

    QTest::newRow("word starts and a run")
        << u"ordsvc"_s << u"order-service"_s << Positions{0, 1, 2, 6, 9, 11};
    QTest::newRow("initials") << u"mos"_s << u"mall-order-service"_s << Positions{0, 5, 11};
    QTest::newRow("case-insensitive") << u"MOS"_s << u"mall-order-service"_s << Positions{0, 5, 11};
    QTest::newRow("word start over the first occurrence") << u"mr"_s << u"member-router"_s << Positions{0, 7};
    QTest::newRow("run over scattered") << u"port"_s << u"dealer-portal-web"_s << Positions{7, 8, 9, 10};
    QTest::newRow("camelCase hump") << u"os"_s << u"orderService"_s << Positions{0, 5};
    QTest::newRow("digit after letters") << u"o2"_s << u"order2"_s << Positions{0, 5};
    QTest::newRow("separators match one another")
        << u"mall order"_s << u"mall-order-service"_s << Positions{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    QTest::newRow("underscore for dash") << u"dealer_portal"_s << u"dealer-portal-web"_s
                                         << Positions{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    QTest::newRow("the later word start") << u"web"_s << u"webhook-web"_s << Positions{0, 1, 2};
    QTest::newRow("an ID") << u"7171"_s << u"7171a6ca-d1cd-4928-8642-7d5cfe69a9be"_s << Positions{0, 1, 2, 3};
    QTest::newRow("Chinese prefix") << u"会员"_s << u"会员中心"_s << Positions{0, 1};
    QTest::newRow("Chinese inside") << u"中心"_s << u"会员中心"_s << Positions{2, 3};
    QTest::newRow("Chinese after Latin") << u"订单"_s << u"mall-订单服务"_s << Positions{5, 6};
    QTest::newRow("Latin and Chinese") << u"m服"_s << u"mall-订单服务"_s << Positions{0, 7};
    QTest::newRow("accented letters fold") << u"übe"_s << u"Überweisung-service"_s << Positions{0, 1, 2};
    QTest::newRow("exact") << u"mall-web"_s << u"mall-web"_s << Positions{0, 1, 2, 3, 4, 5, 6, 7};
}

void TestFuzzyMatcher::positions()
{
    QFETCH(QString, pattern);
    QFETCH(QString, candidate);
    const auto found = FuzzyMatcher::match(pattern, candidate);
    QVERIFY(found);
    QTEST(found->positions, "positions");
}

void TestFuzzyMatcher::noMatch_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("candidate");

    QTest::newRow("missing letter") << u"xyz"_s << u"order-service"_s;
    QTest::newRow("wrong order") << u"svcord"_s << u"order-service"_s;
    QTest::newRow("longer than the candidate") << u"order-services"_s << u"order-service"_s;
    QTest::newRow("empty candidate") << u"o"_s << QString();
    QTest::newRow("letter is not a separator") << u"mallx"_s << u"mall-web"_s;
    QTest::newRow("separator needs a separator") << u"mall web"_s << u"mallweb"_s;
    QTest::newRow("Chinese absent") << u"中心"_s << u"会员服务"_s;
    QTest::newRow("Chinese out of order") << u"心中"_s << u"会员中心"_s;
}

void TestFuzzyMatcher::noMatch()
{
    QFETCH(QString, pattern);
    QFETCH(QString, candidate);
    QCOMPARE(FuzzyMatcher::match(pattern, candidate), std::nullopt);
}

void TestFuzzyMatcher::emptyPattern()
{
    QCOMPARE(FuzzyMatcher::match(QString(), u"order-service"_s), FuzzyMatch{});
    QCOMPARE(FuzzyMatcher::match(QString(), QString()), FuzzyMatch{});
}

void TestFuzzyMatcher::exactMatchScoresHighest()
{
    const auto exact = FuzzyMatcher::match(u"Order-Service"_s, u"order-service"_s);
    QVERIFY(exact);
    QCOMPARE(exact->score, FuzzyMatcher::exactMatchScore);
    const auto prefix = FuzzyMatcher::match(u"order-servic"_s, u"order-service"_s);
    QVERIFY(prefix);
    QCOMPARE_LT(prefix->score, FuzzyMatcher::exactMatchScore);
    QCOMPARE_GT(prefix->score, 0);
}

void TestFuzzyMatcher::ranking_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("candidates");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("word initials, then a word start, then mid-word")
        << u"gw"_s
        << QStringList{u"api-gateway"_s, u"mall-gateway-web"_s, u"logistics-tracker"_s, u"gw"_s,
                       u"growth-worker"_s}
        << QStringList{u"gw"_s, u"growth-worker"_s, u"mall-gateway-web"_s, u"api-gateway"_s};
    QTest::newRow("exact first, then prefix, then word start")
        << u"web"_s << QStringList{u"mall-web"_s, u"web-admin"_s, u"cms-web"_s, u"web"_s, u"newebpay"_s}
        << QStringList{u"web"_s, u"web-admin"_s, u"cms-web"_s, u"mall-web"_s, u"newebpay"_s};
    QTest::newRow("exact first even when another is a prefix")
        << u"mall"_s << QStringList{u"mall-web"_s, u"small-mall"_s, u"Mall"_s, u"mall-order-service"_s}
        << QStringList{u"Mall"_s, u"mall-web"_s, u"mall-order-service"_s, u"small-mall"_s};
    QTest::newRow("shorter wins between equals")
        << u"member"_s << QStringList{u"member-center-web"_s, u"member-service"_s, u"member-center"_s}
        << QStringList{u"member-center"_s, u"member-service"_s, u"member-center-web"_s};
    QTest::newRow("a run beats scattered word starts")
        << u"port"_s << QStringList{u"pos-order-routing-tool"_s, u"dealer-portal"_s, u"export-job"_s}
        << QStringList{u"dealer-portal"_s, u"pos-order-routing-tool"_s, u"export-job"_s};
    QTest::newRow("camelCase hump beats mid-word") << u"os"_s << QStringList{u"orders"_s, u"orderService"_s}
                                                   << QStringList{u"orderService"_s, u"orders"_s};
    QTest::newRow("abbreviation of the SAE names")
        << u"ordsvc"_s
        << QStringList{u"mall-order-service"_s, u"order-service"_s, u"coupon-service"_s, u"pos-sync-worker"_s,
                       u"order-sync-svc-v2"_s}
        << QStringList{u"order-sync-svc-v2"_s, u"order-service"_s, u"mall-order-service"_s};
    QTest::newRow("initials beat letters in the middle of words")
        << u"dpw"_s
        << QStringList{u"dealer-portal"_s, u"dropwizard-demo"_s, u"deploy-web"_s, u"dealer-portal-web"_s}
        << QStringList{u"dealer-portal-web"_s, u"deploy-web"_s, u"dropwizard-demo"_s};
    QTest::newRow("initials beat a denser match inside a word")
        << u"mos"_s << QStringList{u"mongos"_s, u"mall-order-service"_s, u"most-viewed"_s, u"member-center"_s}
        << QStringList{u"most-viewed"_s, u"mall-order-service"_s, u"mongos"_s};
    QTest::newRow("Chinese") << u"中心"_s
                             << QStringList{u"会员服务"_s, u"会员中心"_s, u"中心"_s, u"中心仓库存"_s}
                             << QStringList{u"中心"_s, u"中心仓库存"_s, u"会员中心"_s};
}

void TestFuzzyMatcher::ranking()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, candidates);
    QTEST(ranked(pattern, candidates), "expected");
}

QTEST_GUILESS_MAIN(TestFuzzyMatcher)
#include "tst_fuzzymatcher.moc"
