#include "core/updatestrategy.h"

#include <QTest>

using namespace Qt::StringLiterals;

/** UpdateStrategy JSON (reference 8.2) and the ready minimum (6.5). */
class TestUpdateStrategy : public QObject
{
    Q_OBJECT

private slots:
    void referenceExamples();
    void emptyIsASingleBatch();
    void refusals_data();
    void refusals();
    void roundTrip();
    void minimumReady_data();
    void minimumReady();
};

void TestUpdateStrategy::referenceExamples()
{
    const auto gray = UpdateStrategy::parse(
        uR"({"type":"GrayBatchUpdate","batchUpdate":{"batch":2,"releaseType":"auto","batchWaitTime":1},"grayUpdate":{"gray":1}})");
    QVERIFY(std::holds_alternative<UpdateStrategy>(gray));
    const UpdateStrategy &g = std::get<UpdateStrategy>(gray);
    QCOMPARE(g.type, UpdateStrategy::Type::GrayBatchUpdate);
    QCOMPARE(g.batches, 2);
    QCOMPARE(g.release, UpdateStrategy::Release::Auto);
    QCOMPARE(g.batchWaitMinutes, 1);
    QCOMPARE(g.grayInstances, 1);

    const auto manual =
        UpdateStrategy::parse(uR"({"type":"BatchUpdate","batchUpdate":{"batch":2,"releaseType":"manual"}})");
    QVERIFY(std::holds_alternative<UpdateStrategy>(manual));
    QCOMPARE(std::get<UpdateStrategy>(manual).release, UpdateStrategy::Release::Manual);

    // Terraform sends numbers as strings.
    const auto strings =
        UpdateStrategy::parse(uR"({"type":"BatchUpdate","batchUpdate":{"batch":"3","batchWaitTime":"0"}})");
    QVERIFY(std::holds_alternative<UpdateStrategy>(strings));
    QCOMPARE(std::get<UpdateStrategy>(strings).batches, 3);
}

void TestUpdateStrategy::emptyIsASingleBatch()
{
    const auto parsed = UpdateStrategy::parse(u"  ");
    QVERIFY(std::holds_alternative<UpdateStrategy>(parsed));
    QCOMPARE(std::get<UpdateStrategy>(parsed).type, UpdateStrategy::Type::SingleBatch);
    QCOMPARE(std::get<UpdateStrategy>(parsed).toJson(), QString());
}

void TestUpdateStrategy::refusals_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << u"{type:"_s << u"InvalidParameter.WithMessage"_s << u"JSON"_s;
    QTest::newRow("unknown type") << uR"({"type":"Canary","batchUpdate":{"batch":2}})"_s
                                  << u"InvalidParameter.WithMessage"_s << u"type"_s;
    QTest::newRow("no batch") << uR"({"type":"BatchUpdate","batchUpdate":{}})"_s
                              << u"InvalidParameter.WithMessage"_s << u"batch"_s;
    QTest::newRow("zero batches") << uR"({"type":"BatchUpdate","batchUpdate":{"batch":0}})"_s
                                  << u"InvalidParameter.WithMessage"_s << u"batch"_s;
    QTest::newRow("fractional batches") << uR"({"type":"BatchUpdate","batchUpdate":{"batch":1.5}})"_s
                                        << u"InvalidParameter.WithMessage"_s << u"batch"_s;
    QTest::newRow("unknown release")
        << uR"({"type":"BatchUpdate","batchUpdate":{"batch":2,"releaseType":"later"}})"_s
        << u"InvalidParameter.WithMessage"_s << u"releaseType"_s;
    QTest::newRow("negative wait")
        << uR"({"type":"BatchUpdate","batchUpdate":{"batch":2,"batchWaitTime":-1}})"_s
        << u"BatchWaitTime.Not.Smaller.Zero"_s << u"BatchWaitTime"_s;
    QTest::newRow("gray without gray") << uR"({"type":"GrayBatchUpdate","batchUpdate":{"batch":2}})"_s
                                       << u"InvalidParameter.WithMessage"_s << u"gray"_s;
}

void TestUpdateStrategy::refusals()
{
    QFETCH(QString, json);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    const auto parsed = UpdateStrategy::parse(json);
    QVERIFY(std::holds_alternative<ReleaseError>(parsed));
    QCOMPARE(std::get<ReleaseError>(parsed).code, code);
    QVERIFY2(std::get<ReleaseError>(parsed).message.contains(mentions),
             qPrintable(std::get<ReleaseError>(parsed).message));
}

void TestUpdateStrategy::roundTrip()
{
    UpdateStrategy strategy;
    strategy.type = UpdateStrategy::Type::GrayBatchUpdate;
    strategy.batches = 3;
    strategy.release = UpdateStrategy::Release::Auto;
    strategy.batchWaitMinutes = 5;
    strategy.grayInstances = 2;
    const auto parsed = UpdateStrategy::parse(strategy.toJson());
    QVERIFY(std::holds_alternative<UpdateStrategy>(parsed));
    QCOMPARE(std::get<UpdateStrategy>(parsed), strategy);
}

void TestUpdateStrategy::minimumReady_data()
{
    QTest::addColumn<int>("instances");
    QTest::addColumn<int>("ratio");
    QTest::addColumn<int>("replicas");
    QTest::addColumn<int>("expected");
    QTest::newRow("as given") << 2 << -1 << 5 << 2;
    QTest::newRow("-1 is 25 % rounded up") << -1 << -1 << 5 << 2;
    QTest::newRow("ratio wins, rounded up") << 5 << 50 << 5 << 3;
    QTest::newRow("ratio 0") << 3 << 0 << 4 << 0;
    QTest::newRow("ratio 100") << 1 << 100 << 4 << 4;
}

void TestUpdateStrategy::minimumReady()
{
    QFETCH(int, instances);
    QFETCH(int, ratio);
    QFETCH(int, replicas);
    QFETCH(int, expected);
    QCOMPARE(minimumReadyInstances(instances, ratio, replicas), expected);
}

QTEST_GUILESS_MAIN(TestUpdateStrategy)
#include "tst_updatestrategy.moc"
