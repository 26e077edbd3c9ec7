// sae-emulator: the SAE-compatible emulator on its own, for tests and for other tools.

#include "emulator/emulator.h"
#include "emulator/largefleet.h"
#include "emulator/terminationsignalnotifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>

namespace {

using namespace Qt::StringLiterals;

struct ListenAddress
{
    QHostAddress host;
    quint16 port = 0;
};

std::optional<ListenAddress> parseListenAddress(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    ListenAddress address{QHostAddress(host), quint16(port)};
    if (!ok || port > 65535 || address.host.isNull())
        return std::nullopt;
    return address;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sae-emulator"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(OPSCONSOLE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"An Alibaba Cloud Serverless App Engine (SAE) compatible API emulator over a simulated fleet.\n"
        "Credentials: the options below, else ALIBABA_CLOUD_ACCESS_KEY_ID and "
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET,\n"
        "else the demo pair %1 / %2."_s.arg(QLatin1StringView(EmulatorOptions::demoAccessKeyId),
                                            QLatin1StringView(EmulatorOptions::demoAccessKeySecret)));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(u"listen"_s, u"Address to listen on; port 0 picks a free port."_s,
                                          u"host:port"_s, u"127.0.0.1:7080"_s);
    const QCommandLineOption keyIdOption(u"access-key-id"_s, u"AccessKey ID the emulator accepts."_s,
                                         u"id"_s);
    const QCommandLineOption secretOption(u"access-key-secret"_s, u"AccessKey secret the emulator accepts."_s,
                                          u"secret"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the simulated fleet (IDs, IPs, ages)."_s, u"n"_s,
                                        u"1"_s);
    const QCommandLineOption regionOption(u"region"_s, u"Region the emulator serves."_s, u"id"_s,
                                          u"cn-shenzhen"_s);
    const QCommandLineOption timeScaleOption(
        u"time-scale"_s, u"Run the fleet's time this many times faster than real time, e.g. 60 for demos."_s,
        u"x"_s, u"1"_s);
    const QCommandLineOption stateOption(
        u"state"_s,
        u"Keep the fleet in this JSON file: loaded on start when it exists, saved after changes and on "
        "exit (atomically). A file that is not a usable state is refused and left alone."_s,
        u"file"_s);
    const QCommandLineOption rateLimitOption(
        u"rate-limit"_s, u"Calls per minute per AccessKey before Throttling.User, as SAE (0: no limit)."_s,
        u"n"_s, u"60"_s);
    const QCommandLineOption fleetOption(
        u"fleet"_s,
        u"The simulated fleet: retail (48 applications) or large:N (N applications, up to 10000)."_s,
        u"kind"_s, u"retail"_s);
    const QCommandLineOption faultsOption(
        u"faults"_s,
        u"Inject faults for tests and demos, e.g. latency=300ms,error-rate=0.05,malformed-rate=0.02,"
        "truncate-rate=0.02,drop-rate=0.02,seed=7. latency is fixed or a range (100ms..800ms); rates are "
        "from 0 to 1 and add up to at most 1. Server errors do not run the operation; truncated and "
        "dropped replies are lost after it ran."_s,
        u"spec"_s);
    const QCommandLineOption throttlingStormOption(
        u"throttling-storm"_s,
        u"Answer every authenticated call with Throttling.User (HTTP 400), whatever --rate-limit says."_s);
    parser.addOptions({listenOption, keyIdOption, secretOption, seedOption, regionOption, timeScaleOption,
                       stateOption, rateLimitOption, fleetOption, faultsOption, throttlingStormOption});
    parser.process(app);

    QTextStream err(stderr);
    const std::optional<ListenAddress> address = parseListenAddress(parser.value(listenOption));
    if (!address) {
        err << "sae-emulator: --listen wants host:port, for example 127.0.0.1:0" << Qt::endl;
        return 2;
    }
    bool seedOk = false;
    EmulatorOptions options;
    options.seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!seedOk) {
        err << "sae-emulator: --seed wants a non-negative integer" << Qt::endl;
        return 2;
    }
    options.regionId = parser.value(regionOption);
    const QString environmentId = qEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID");
    const QByteArray environmentSecret = qgetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    if (!environmentId.isEmpty() && !environmentSecret.isEmpty()) {
        options.accessKeyId = environmentId;
        options.accessKeySecret = environmentSecret;
    }
    if (parser.isSet(keyIdOption))
        options.accessKeyId = parser.value(keyIdOption);
    if (parser.isSet(secretOption))
        options.accessKeySecret = parser.value(secretOption).toUtf8();

    const QString fleet = parser.value(fleetOption);
    if (fleet.startsWith(u"large:"_s)) {
        bool sizeOk = false;
        options.largeFleetApplications = fleet.mid(6).toInt(&sizeOk);
        if (!sizeOk || options.largeFleetApplications < 1
            || options.largeFleetApplications > LargeFleet::maximumApplications) {
            err << "sae-emulator: --fleet large:N wants N from 1 to " << LargeFleet::maximumApplications
                << Qt::endl;
            return 2;
        }
    } else if (fleet != u"retail") {
        err << "sae-emulator: --fleet wants retail or large:N" << Qt::endl;
        return 2;
    }
    bool rateOk = false;
    options.callsPerMinute = parser.value(rateLimitOption).toInt(&rateOk);
    if (!rateOk || options.callsPerMinute < 0) {
        err << "sae-emulator: --rate-limit wants a non-negative integer (0: no limit)" << Qt::endl;
        return 2;
    }
    if (parser.isSet(faultsOption)) {
        std::variant<FaultPlan, QString> faults = FaultPlan::parse(parser.value(faultsOption));
        if (const QString *error = std::get_if<QString>(&faults)) {
            err << "sae-emulator: --faults: " << *error << Qt::endl;
            return 2;
        }
        options.faults = std::get<FaultPlan>(faults);
    }
    if (parser.isSet(throttlingStormOption))
        options.faults.throttlingStorm = true;
    bool scaleOk = false;
    const double timeScale = parser.value(timeScaleOption).toDouble(&scaleOk);
    if (!scaleOk || timeScale < 1 || timeScale > 3600) {
        err << "sae-emulator: --time-scale wants a number from 1 to 3600" << Qt::endl;
        return 2;
    }

    Emulator emulator(options);
    if (parser.isSet(stateOption)) {
        if (const QString error = emulator.useStateFile(parser.value(stateOption)); !error.isEmpty()) {
            err << "sae-emulator: " << error << Qt::endl;
            return 2;
        }
    }
    emulator.clock().setTimeScale(timeScale);
    if (!emulator.listen(address->host, address->port)) {
        err << "sae-emulator: cannot listen on " << parser.value(listenOption) << ": "
            << emulator.errorString() << Qt::endl;
        return 1;
    }

    TerminationSignalNotifier termination;
    QObject::connect(&termination, &TerminationSignalNotifier::terminationRequested, &app,
                     [] { QCoreApplication::quit(); });

    QTextStream out(stdout);
    out << "sae-emulator listening on " << emulator.url().toString() << Qt::endl;
    return app.exec();
}
