#include "emulator/emulator.h"
#include "emulator/fleetstate.h"
#include "emulator/retailfleet.h"
#include "emulator/statefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/** `--state FILE`: the fleet survives a restart; a broken file is refused and left alone. */
class TestStateFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEverything();
    void noFileMeansAFreshFleet();
    void brokenFilesAreRefusedAndLeftAlone_data();
    void brokenFilesAreRefusedAndLeftAlone();
    void emulatorSavesAndReloads();
    void unchangedFleetIsNotRewritten();

private:
    static Fleet sampleFleet();
    QString writeFile(const QByteArray &bytes);
    QTemporaryDir m_dir;
};

namespace {

const QDateTime now = QDateTime::fromString(u"2026-11-24T06:30:00Z"_s, Qt::ISODate);

} // namespace

Fleet TestStateFile::sampleFleet()
{
    Fleet fleet = RetailFleet::build(7, u"cn-shenzhen"_s, now);
    fleet.simulatedUntil = now;
    EmulatedApplication &app = fleet.applications.first();
    app.instanceFates.insert(app.instances.first().instanceId, InstanceFate::CrashLoop);
    app.application.tags.append({u"team"_s, u"交易"_s}); // non-ASCII survives
    EmulatedChangeOrder changeOrder;
    changeOrder.order.changeOrderId = u"6ee15c91-ec64-4cac-87cc-7add58782752"_s;
    changeOrder.order.appId = app.application.appId;
    changeOrder.order.coTypeCode = u"CoDeploy"_s;
    changeOrder.order.status = ChangeOrderStatus::WaitingForConfirmation;
    changeOrder.order.createdAt = now;
    changeOrder.order.pipelines = {{u"p-1"_s,
                                    u"Batch 1 Change"_s,
                                    ChangeOrderStatus::Succeeded,
                                    2,
                                    false,
                                    now,
                                    now,
                                    {},
                                    {u"x"_s, u"y"_s}},
                                   {u"p-2"_s,
                                    u"Batch 2 Change"_s,
                                    ChangeOrderStatus::WaitingForConfirmation,
                                    2,
                                    false,
                                    {},
                                    now,
                                    {},
                                    {}}};
    changeOrder.targetImageUrl = u"registry/retail/app:9.9.9"_s;
    changeOrder.batchNewInstances = {u"a"_s, u"b"_s};
    fleet.changeOrders.append(changeOrder);
    fleet.recordEvent({app.application.appId,
                       app.application.namespaceId,
                       u"Warning"_s,
                       u"Pod"_s,
                       app.instances.first().instanceId,
                       u"BackOff"_s,
                       u"Back-off restarting failed container"_s,
                       {},
                       now,
                       now,
                       3});
    return fleet;
}

QString TestStateFile::writeFile(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(u"state-%1.json"_s.arg(QDateTime::currentMSecsSinceEpoch()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test file");
    return path;
}

void TestStateFile::roundTripKeepsEverything()
{
    const Fleet original = sampleFleet();
    const QJsonObject written = FleetState::toJson(original);
    std::variant<Fleet, QString> read = FleetState::fromJson(written);
    if (const QString *error = std::get_if<QString>(&read))
        QFAIL(qPrintable(*error));
    const Fleet &copy = std::get<Fleet>(read);
    QCOMPARE(copy.applications.size(), original.applications.size());
    QCOMPARE(copy.namespaces, original.namespaces);
    for (qsizetype i = 0; i < original.applications.size(); ++i) {
        QCOMPARE(copy.applications.at(i).application, original.applications.at(i).application);
        QCOMPARE(copy.applications.at(i).group, original.applications.at(i).group);
        QCOMPARE(copy.applications.at(i).instances, original.applications.at(i).instances);
        QCOMPARE(copy.applications.at(i).instanceFates, original.applications.at(i).instanceFates);
        QCOMPARE(copy.applications.at(i).versions, original.applications.at(i).versions);
        // Scaling rules travel in SAE's response shape, which spells out the default time zone;
        // the document comparison below shows nothing else changes.
        QCOMPARE(copy.applications.at(i).scalingRules.size(),
                 original.applications.at(i).scalingRules.size());
    }
    QVERIFY(std::any_of(copy.applications.cbegin(), copy.applications.cend(),
                        [](const EmulatedApplication &app) { return !app.scalingRules.isEmpty(); }));
    // The fleet's week of history, then the change order and event added above.
    QVERIFY(original.changeOrders.size() > 1);
    QCOMPARE(copy.events.size(), original.events.size());
    QCOMPARE(copy.changeOrders.size(), original.changeOrders.size());
    for (qsizetype i = 0; i < original.changeOrders.size(); ++i) {
        QCOMPARE(copy.changeOrders.at(i).order, original.changeOrders.at(i).order);
        QCOMPARE(copy.changeOrders.at(i).targetVersion, original.changeOrders.at(i).targetVersion);
    }
    QCOMPARE(copy.changeOrders.last().batchNewInstances, original.changeOrders.last().batchNewInstances);
    QCOMPARE(copy.events.last().count, 3);
    QCOMPARE(copy.simulatedUntil, now);
    QCOMPARE(FleetState::toJson(copy), written); // nothing lost, nothing added
}

void TestStateFile::noFileMeansAFreshFleet()
{
    StateFile file(m_dir.filePath(u"does-not-exist.json"_s));
    QVERIFY(std::holds_alternative<StateFile::NoFile>(file.load()));
}

void TestStateFile::brokenFilesAreRefusedAndLeftAlone_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");
    QByteArray valid = QJsonDocument(FleetState::toJson(sampleFleet())).toJson();
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << u"not valid JSON"_s;
    QTest::newRow("truncated") << valid.left(valid.size() / 2) << u"not valid JSON"_s;
    QTest::newRow("an array") << QByteArray("[]") << u"not an sae-emulator state file"_s;
    QTest::newRow("another format") << QByteArray(R"({"format":"something-else","version":1})")
                                    << u"not an sae-emulator state file"_s;
    QTest::newRow("a newer version") << QByteArray(
        R"({"format":"opsconsole-sae-emulator-state","version":99})")
                                     << u"version 99"_s;
    QJsonObject wrongType = FleetState::toJson(sampleFleet());
    QJsonArray apps = wrongType.value(u"applications"_s).toArray();
    QJsonObject app = apps.at(2).toObject();
    QJsonArray instances = app.value(u"instances"_s).toArray();
    QJsonObject instance = instances.at(0).toObject();
    instance.insert(u"restarts"_s, u"many"_s);
    instances.replace(0, instance);
    app.insert(u"instances"_s, instances);
    apps.replace(2, app);
    wrongType.insert(u"applications"_s, apps);
    QTest::newRow("a wrong type deep inside")
        << QJsonDocument(wrongType).toJson()
        << u"$.applications[2].instances[0].restarts should be an integer"_s;
    QJsonObject unknownNamespace = FleetState::toJson(sampleFleet());
    unknownNamespace.insert(u"namespaces"_s, QJsonArray());
    QTest::newRow("an application in no namespace")
        << QJsonDocument(unknownNamespace).toJson() << u"$.applications[0].application.namespaceId"_s;
}

void TestStateFile::brokenFilesAreRefusedAndLeftAlone()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    const QString path = writeFile(bytes);
    {
        Emulator emulator;
        const QString error = emulator.useStateFile(path);
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(error.contains(path));
        QCOMPARE(emulator.fleet().applications.size(), 48); // the seeded fleet, not half a file
    } // destroying the emulator must not save over the refused file either
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

void TestStateFile::emulatorSavesAndReloads()
{
    const QString path = m_dir.filePath(u"fleet.json"_s);
    QString changedAppId;
    {
        Emulator emulator;
        emulator.clock().setManual(now);
        QCOMPARE(emulator.useStateFile(path), QString());
        QVERIFY(QFile::exists(path)); // written at once, so a bad path is reported at start
        EmulatedApplication &app = emulator.fleet().applications[5];
        changedAppId = app.application.appId;
        app.application.description = u"changed before the restart"_s;
        app.instances.first().restarts = 42;
    } // saved when destroyed
    EmulatorOptions otherSeed;
    otherSeed.seed = 99; // another seed: the file, not the seed, decides
    Emulator reloaded(otherSeed);
    QCOMPARE(reloaded.useStateFile(path), QString());
    const EmulatedApplication *app = reloaded.fleet().findApplication(changedAppId);
    QVERIFY(app);
    QCOMPARE(app->application.description, u"changed before the restart"_s);
    QCOMPARE(app->instances.first().restarts, 42);
    const QStringList leftovers = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : leftovers)
        QVERIFY2(!name.contains(u"fleet.json."_s), qPrintable(name)); // no temporary files left
}

void TestStateFile::unchangedFleetIsNotRewritten()
{
    const QString path = m_dir.filePath(u"unchanged.json"_s);
    Fleet fleet = sampleFleet();
    StateFile file(path);
    QCOMPARE(file.save(fleet), QString());
    {
        QFile marker(path); // stands in for the file: a rewrite would replace it
        QVERIFY(marker.open(QIODevice::WriteOnly | QIODevice::Truncate));
        marker.write("marker");
    }
    QCOMPARE(file.save(fleet), QString());
    QFile unchanged(path);
    QVERIFY(unchanged.open(QIODevice::ReadOnly));
    QCOMPARE(unchanged.readAll(), QByteArray("marker"));

    fleet.applications.first().application.description = u"changed"_s;
    QCOMPARE(file.save(fleet), QString());
    QFile rewritten(path); // a new file took the old one's place
    QVERIFY(rewritten.open(QIODevice::ReadOnly));
    QVERIFY(rewritten.readAll().contains("\"changed\""));
}

QTEST_GUILESS_MAIN(TestStateFile)
#include "tst_statefile.moc"
