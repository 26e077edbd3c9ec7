#include "emulator/fleet.h"
#include "platform/regionapi.h"
#include "support/apitestutils.h"
#include "support/localemulator.h"

#include <QTest>

using namespace Qt::StringLiterals;

/** RegionApi against the in-process emulator: its region and the fleet's namespaces. */
class TestRegionApi : public QObject
{
    Q_OBJECT

private slots:
    void regionsIncludeTheEmulatorsOwn();
    void namespaceListIsTheFleets();
};

void TestRegionApi::regionsIncludeTheEmulatorsOwn()
{
    LocalEmulator local;
    const auto result = waitForCall(local.client(), RegionApi::describeRegions());
    QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().detailedText()));
    const QString own = local.emulator().fleet().regionId;
    const auto found = std::find_if(result.value().cbegin(), result.value().cend(),
                                    [&own](const Region &region) { return region.regionId == own; });
    QVERIFY(found != result.value().cend());
    QCOMPARE(found->endpoint, u"sae.%1.aliyuncs.com"_s.arg(own));
    QVERIFY(!found->recommendZones.isEmpty());
    for (const QString &zone : found->recommendZones)
        QVERIFY(zone.startsWith(own));
    QVERIFY(result.value().size() >= 6);
}

void TestRegionApi::namespaceListIsTheFleets()
{
    LocalEmulator local;
    const auto result = waitForCall(local.client(), RegionApi::describeNamespaceList());
    QVERIFY(result.isOk());
    const QList<Namespace> &truth = local.emulator().fleet().namespaces;
    QCOMPARE(result.value().size(), truth.size());
    for (qsizetype i = 0; i < truth.size(); ++i) {
        QCOMPARE(result.value()[i].id, truth[i].id);
        QCOMPARE(result.value()[i].name, truth[i].name);
        QCOMPARE(result.value()[i].shortId, truth[i].shortId);
        QCOMPARE(result.value()[i].regionId, truth[i].regionId);
    }
}

QTEST_GUILESS_MAIN(TestRegionApi)
#include "tst_regionapi.moc"
