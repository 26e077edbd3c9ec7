#include "commandlineoptions.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace {

using namespace Qt::StringLiterals;

const QString languageOption = u"lang"_s;
const QString endpointOption = u"endpoint"_s;
const QString regionOption = u"region"_s;
const QString screenshotOption = u"screenshot"_s;
const QString profileOption = u"profile"_s;
const QString pageOption = u"page"_s;
const QString fleetOption = u"fleet"_s;
const QString colorSchemeOption = u"color-scheme"_s;
constexpr int largestFleet = 10000; // the emulator's LargeFleet::maximumApplications

} // namespace

void CommandLineOptions::declare(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Ops Console: a desktop console for applications on Alibaba Cloud Serverless App Engine (SAE).\n"
           "It connects as its current profile; the first run creates the profile \"Local emulator\", which\n"
           "starts an embedded SAE emulator and shows the emulator's fleet. Alibaba Cloud profiles keep\n"
           "their AccessKey secret in the system keychain.\n"
           "With --endpoint it signs requests with ALIBABA_CLOUD_ACCESS_KEY_ID and\n"
           "ALIBABA_CLOUD_ACCESS_KEY_SECRET from the environment instead."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({languageOption, tr("User interface language, for example zh_CN or en."), tr("lang")});
    parser.addOption({endpointOption,
                      tr("An SAE-compatible endpoint, for example https://sae.cn-hangzhou.aliyuncs.com."),
                      tr("url")});
    parser.addOption({regionOption, tr("Region ID, for example cn-hangzhou."), tr("id")});
    parser.addOption(
        {profileOption, tr("Connect as this profile (and make it the current one)."), tr("name")});
    parser.addOption({screenshotOption,
                      tr("Save the main window as PNG once the first page has loaded, then exit "
                         "(works without a display)."),
                      tr("file")});
    parser.addOption({pageOption,
                      tr("What to show first: list, fleet, or app:NAME optionally followed by /overview, "
                         "/instances, /monitoring, /events, /logs, /scaling, /changes or /whatchanged; "
                         "/scaling/new:timing|metric|mix or "
                         "/scaling/edit:RULE opens the rule editor."),
                      tr("page")});
    parser.addOption({fleetOption,
                      tr("The embedded emulator's fleet: retail (the default) or large:N, N applications "
                         "up to 10000 (large alone: 10000)."),
                      tr("fleet")});
    parser.addOption(
        {colorSchemeOption, tr("light or dark; by default the system's palette."), tr("scheme")});
}

QString CommandLineOptions::read(const QCommandLineParser &parser, CommandLineOptions *options)
{
    options->language = parser.value(languageOption);
    options->regionId = parser.value(regionOption);
    options->regionGiven = parser.isSet(regionOption);
    options->profileName = parser.value(profileOption);
    options->screenshotPath = parser.value(screenshotOption);
    if (parser.isSet(endpointOption)) {
        options->endpoint = QUrl(parser.value(endpointOption), QUrl::StrictMode);
        const QString scheme = options->endpoint.scheme();
        if (!options->endpoint.isValid() || options->endpoint.host().isEmpty()
            || (scheme != u"https" && scheme != u"http")) {
            return tr(
                "--endpoint wants an http or https URL, for example https://sae.cn-hangzhou.aliyuncs.com.");
        }
        if (options->regionId.isEmpty())
            options->regionId = regionFromEndpoint(options->endpoint);
    }
    if (parser.isSet(pageOption)) {
        options->pageGiven = true;
        const QString page = parser.value(pageOption);
        static const QRegularExpression pagePattern(
            u"^app:([^/]+)(?:/(overview|instances|monitoring|events|logs|changes|whatchanged)|/(scaling)(?:/(new:(?:timing|metric|mix)|edit:[a-z][a-z0-9-]*))?)?$"_s);
        const QRegularExpressionMatch match = pagePattern.match(page);
        if (match.hasMatch()) {
            options->pageApplication = match.captured(1);
            options->pageTab = match.hasCaptured(3) ? match.captured(3) : match.captured(2);
            options->pageScalingEditor = match.captured(4);
        } else if (page == u"fleet") {
            options->pageFleet = true;
        } else if (page != u"list") {
            return tr("--page wants list, fleet or "
                      "app:NAME[/overview|/instances|/monitoring|/events|/logs|/scaling|/changes|/"
                      "whatchanged], "
                      "or app:NAME/scaling/new:TYPE or /scaling/edit:RULE, not \"%1\".")
                .arg(page);
        }
    }
    if (parser.isSet(fleetOption)) {
        const QString fleet = parser.value(fleetOption);
        bool sizeOk = true;
        if (fleet == u"large")
            options->largeFleetApplications = largestFleet;
        else if (fleet.startsWith(u"large:"))
            options->largeFleetApplications = fleet.mid(6).toInt(&sizeOk);
        else if (fleet != u"retail")
            sizeOk = false;
        if (!sizeOk || (fleet != u"retail" && options->largeFleetApplications < 1)
            || options->largeFleetApplications > largestFleet)
            return tr("--fleet wants retail, large or large:N with N from 1 to %1.").arg(largestFleet);
    }
    if (parser.isSet(colorSchemeOption)) {
        options->colorScheme = parser.value(colorSchemeOption);
        if (options->colorScheme != u"light" && options->colorScheme != u"dark")
            return tr("--color-scheme wants light or dark.");
    }
    if (options->regionId.isEmpty())
        options->regionId = u"cn-shenzhen"_s;
    static const QRegularExpression regionPattern(u"^[a-z]{2,}(-[a-z0-9]+)+$"_s);
    if (!regionPattern.match(options->regionId).hasMatch())
        return tr("--region wants a region ID such as cn-hangzhou, not \"%1\".").arg(options->regionId);
    return {};
}

QString CommandLineOptions::regionFromEndpoint(const QUrl &endpoint)
{
    static const QRegularExpression hostPattern(u"^sae(?:-vpc)?\\.([a-z0-9-]+)\\.aliyuncs\\.com$"_s);
    const QRegularExpressionMatch match = hostPattern.match(endpoint.host());
    return match.hasMatch() ? match.captured(1) : QString();
}

bool CommandLineOptions::wantsScreenshot(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == u"--screenshot" || argument.startsWith(u"--screenshot="))
            return true;
    }
    return false;
}
