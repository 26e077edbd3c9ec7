#include "core/releasebatchplan.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

using Batch = ReleaseBatchPlan::Batch;

class TestReleaseBatchPlan final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void split_data();
    void split();
    void strategies_data();
    void strategies();
    void consequence();
};

void TestReleaseBatchPlan::initTestCase()
{
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestReleaseBatchPlan::split_data()
{
    QTest::addColumn<int>("instances");
    QTest::addColumn<int>("gray");
    QTest::addColumn<int>("batches");
    QTest::addColumn<QList<Batch>>("expected");
    QTest::newRow("one batch") << 4 << 0 << 1 << QList<Batch>{{4, false, false}};
    QTest::newRow("even") << 8 << 0 << 4
                          << QList<Batch>{
                                 {2, false, false}, {2, false, false}, {2, false, false}, {2, false, false}};
    QTest::newRow("larger first") << 7 << 0 << 3
                                  << QList<Batch>{{3, false, false}, {2, false, false}, {2, false, false}};
    QTest::newRow("gray then two") << 8 << 1 << 2
                                   << QList<Batch>{{1, true, true}, {4, false, false}, {3, false, false}};
    // The gray batch leaves one instance for the rest; batches never outnumber instances.
    QTest::newRow("gray too large") << 3 << 5 << 2 << QList<Batch>{{2, true, true}, {1, false, false}};
    QTest::newRow("more batches than instances")
        << 2 << 0 << 5 << QList<Batch>{{1, false, false}, {1, false, false}};
    QTest::newRow("one instance, gray asked") << 1 << 1 << 2 << QList<Batch>{{1, false, false}};
    QTest::newRow("stopped") << 0 << 0 << 3 << QList<Batch>{{0, false, false}};
}

void TestReleaseBatchPlan::split()
{
    QFETCH(int, instances);
    QFETCH(int, gray);
    QFETCH(int, batches);
    QFETCH(QList<Batch>, expected);
    QCOMPARE(ReleaseBatchPlan::split(instances, gray, batches), expected);
}

void TestReleaseBatchPlan::strategies_data()
{
    QTest::addColumn<UpdateStrategy>("strategy");
    QTest::addColumn<QList<Batch>>("expected");
    UpdateStrategy single;
    single.batches = 3; // ignored by a single batch
    QTest::newRow("single") << single << QList<Batch>{{6, false, false}};
    UpdateStrategy automatic;
    automatic.type = UpdateStrategy::Type::BatchUpdate;
    automatic.batches = 3;
    QTest::newRow("auto") << automatic
                          << QList<Batch>{{2, false, false}, {2, false, false}, {2, false, false}};
    UpdateStrategy manual = automatic;
    manual.release = UpdateStrategy::Release::Manual;
    QTest::newRow("manual") << manual << QList<Batch>{{2, false, true}, {2, false, true}, {2, false, false}};
    UpdateStrategy gray;
    gray.type = UpdateStrategy::Type::GrayBatchUpdate;
    gray.grayInstances = 1;
    gray.batches = 2;
    QTest::newRow("gray, auto") << gray
                                << QList<Batch>{{1, true, true}, {3, false, false}, {2, false, false}};
    gray.release = UpdateStrategy::Release::Manual;
    QTest::newRow("gray, manual") << gray
                                  << QList<Batch>{{1, true, true}, {3, false, true}, {2, false, false}};
}

void TestReleaseBatchPlan::strategies()
{
    QFETCH(UpdateStrategy, strategy);
    QFETCH(QList<Batch>, expected);
    QCOMPARE(ReleaseBatchPlan::of(6, strategy), expected);
}

void TestReleaseBatchPlan::consequence()
{
    QCOMPARE(ReleaseBatchPlan::consequence(ReleaseBatchPlan::split(8, 0, 4), 2),
             u"2 of 8 instances restart at a time; at least 6 stay ready."_s);
    // The ready minimum is what the platform keeps, when it is more than the batches leave.
    QCOMPARE(ReleaseBatchPlan::consequence(ReleaseBatchPlan::split(8, 1, 2), 5),
             u"4 of 8 instances restart at a time; at least 5 stay ready."_s);
    QCOMPARE(ReleaseBatchPlan::consequence(ReleaseBatchPlan::split(1, 0, 1), 0),
             u"All 1 instance restarts at once; the application may not serve while it starts."_s);
    QCOMPARE(ReleaseBatchPlan::consequence(ReleaseBatchPlan::split(3, 0, 1), 0),
             u"All 3 instances restart at once; the application may not serve while they start."_s);
    QCOMPARE(ReleaseBatchPlan::consequence(ReleaseBatchPlan::split(0, 0, 1), 0),
             u"No instance runs: nothing restarts."_s);
}

QTEST_GUILESS_MAIN(TestReleaseBatchPlan)
#include "tst_releasebatchplan.moc"
