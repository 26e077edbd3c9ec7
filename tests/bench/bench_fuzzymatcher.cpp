// What "Go to application" costs per keystroke over a large fleet: 10,000 application names like
// the emulator's large fleet ("<namespace>-<domain>-<service>-<n>"), for patterns of one to six
// characters. `rank` is the core work (match every name, keep the best 50; QBENCHMARK prints its
// time); `dialog` is the whole popup (names and IDs, the list rebuilt), timed per keystroke typed
// and per pattern pasted. Nothing is asserted about time.

#include "core/application.h"
#include "core/applicationtablemodel.h"
#include "core/fuzzymatcher.h"
#include "widgets/gotoapplicationdialog.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int fleetSize = 10000;
constexpr qsizetype shown = 50;

struct FleetName
{
    QString id;
    QString name;
};

QList<FleetName> largeFleet()
{
    const QStringList namespaces = {u"prod"_s, u"staging"_s, u"dev"_s, u"gray"_s, u"perf"_s};
    const QStringList domains = {u"mall"_s,    u"member"_s, u"dealer"_s,    u"guide"_s, u"pos"_s,
                                 u"sap"_s,     u"trade"_s,  u"logistics"_s, u"crm"_s,   u"marketing"_s,
                                 u"pricing"_s, u"search"_s, u"report"_s};
    const QStringList services = {u"api-gateway"_s, u"order-service"_s,   u"inventory-service"_s,
                                  u"portal-web"_s,  u"miniapp-backend"_s, u"sync-worker"_s,
                                  u"connector"_s,   u"coupon-service"_s,  u"notification-service"_s,
                                  u"catalog"_s,     u"tracker"_s,         u"engine"_s};
    QList<FleetName> fleet;
    fleet.reserve(fleetSize);
    for (int i = 0; i < fleetSize; ++i) {
        const QString name = namespaces.at(i % namespaces.size()) + u'-'
                             + domains.at((i / 5) % domains.size()) + u'-'
                             + services.at((i / 65) % services.size()) + u'-' + QString::number(i / 780);
        fleet.append(
            {QUuid::createUuidV5(QUuid(), name + QString::number(i)).toString(QUuid::WithoutBraces), name});
    }
    return fleet;
}

void addPatterns()
{
    QTest::addColumn<QString>("pattern");
    const QString typed = u"mordsv"_s; // mall-order-service, as a hurried user types it
    for (qsizetype length = 1; length <= typed.size(); ++length)
        QTest::addRow("%lld char(s): %s", qlonglong(length), qPrintable(typed.left(length)))
            << typed.left(length);
}

} // namespace

class BenchFuzzyMatcher : public QObject
{
    Q_OBJECT

private slots:
    void rank_data();
    void rank();
    void dialog_data();
    void dialog();
};

void BenchFuzzyMatcher::rank_data()
{
    addPatterns();
}

void BenchFuzzyMatcher::rank()
{
    QFETCH(QString, pattern);
    const QList<FleetName> fleet = largeFleet();
    qsizetype matched = 0;
    QString best;
    QBENCHMARK
    {
        QList<std::pair<int, qsizetype>> ranked;
        ranked.reserve(fleet.size());
        for (qsizetype i = 0; i < fleet.size(); ++i) {
            if (const auto found = FuzzyMatcher::match(pattern, fleet.at(i).name))
                ranked.append({found->score, i});
        }
        const qsizetype kept = std::min(ranked.size(), shown);
        std::partial_sort(ranked.begin(), ranked.begin() + kept, ranked.end(),
                          [](const auto &left, const auto &right) { return left.first > right.first; });
        matched = ranked.size();
        best = kept > 0 ? fleet.at(ranked.first().second).name : QString();
    }
    static QSet<QString> reported; // QBENCHMARK runs this function more than once
    if (!reported.contains(pattern)) {
        reported.insert(pattern);
        qInfo("%lld of %d names match \"%s\"; best: %s", qlonglong(matched), fleetSize, qPrintable(pattern),
              qPrintable(best));
    }
    QVERIFY(matched > 0);
}

void BenchFuzzyMatcher::dialog_data()
{
    addPatterns();
}

void BenchFuzzyMatcher::dialog()
{
    QFETCH(QString, pattern);
    QList<Application> applications;
    for (const FleetName &entry : largeFleet()) {
        Application application;
        application.appId = entry.id;
        application.appName = entry.name;
        application.namespaceName = entry.name.section(u'-', 0, 0);
        applications.append(application);
    }
    ApplicationTableModel model;
    model.setRows(applications);
    QWidget window;
    window.resize(1200, 800);
    GoToApplicationDialog popup(&window);
    popup.setModel(&model);
    popup.popup();
    auto *field = popup.findChild<QLineEdit *>();

    // Typed: the field held the pattern but its last character (the popup narrows the previous
    // matches). Pasted: the field was empty (every name and ID is searched).
    constexpr int rounds = 20;
    const QString before = pattern.chopped(1);
    QElapsedTimer timer;
    qint64 typedNs = 0;
    qint64 pastedNs = 0;
    for (int round = 0; round < rounds; ++round) {
        field->setText(before);
        timer.start();
        field->setText(pattern);
        typedNs += timer.nsecsElapsed();
        field->clear(); // the next search starts from scratch
        timer.start();
        field->setText(pattern);
        pastedNs += timer.nsecsElapsed();
    }
    qInfo("dialog, %d applications, \"%s\": %.2f ms per keystroke typed, %.2f ms pasted", fleetSize,
          qPrintable(pattern), typedNs / 1e6 / rounds, pastedNs / 1e6 / rounds);
    QCOMPARE(popup.resultCount(), GoToApplicationDialog::maximumResults);
}

QTEST_MAIN(BenchFuzzyMatcher)
#include "bench_fuzzymatcher.moc"
