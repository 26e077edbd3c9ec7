#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

class QCommandLineParser;

/** What the `opsconsole` command line asks for. */
struct CommandLineOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineOptions)

public:
    QString language;         ///< "zh_CN"; empty: the system's language
    QUrl endpoint;            ///< an SAE-compatible endpoint; empty: the embedded emulator
    QString regionId;         ///< empty: cn-shenzhen, or the region in the endpoint's host name
    bool regionGiven = false; ///< --region was on the command line (else a profile's region wins)
    QString profileName;      ///< --profile; empty: the profile used last
    QString screenshotPath;   ///< save the main window here once the first page has loaded, then exit
    /// --page: what to open first. `list`, or `app:NAME` with an optional `/overview`,
    /// `/instances`, `/monitoring`, `/events` or `/logs` (the tab).
    QString pageApplication;   ///< the application's name; empty: the remembered one
    QString pageTab;           ///< the tab's name; empty: the remembered one
    QString pageScalingEditor; ///< `new:TYPE` or `edit:RULE`: the Scaling tab's editor to open
    bool pageFleet = false;    ///< `fleet`: the fleet page first
    bool pageGiven = false;    ///< --page was given (else: the fleet with several namespaces)

    int largeFleetApplications = 0; ///< --fleet large[:N] for the embedded emulator; 0: retail
    QString colorScheme;            ///< --color-scheme light or dark; empty: the system's

    /// Declares the options on `parser` (with --help and --version).
    static void declare(QCommandLineParser &parser);
    /// Reads the options of a processed parser; returns an error message, or an empty string.
    static QString read(const QCommandLineParser &parser, CommandLineOptions *options);
    /// `sae.cn-hangzhou.aliyuncs.com` -> `cn-hangzhou`; empty for other hosts.
    static QString regionFromEndpoint(const QUrl &endpoint);
    /// Whether `arguments` ask for a screenshot, before a QApplication exists.
    static bool wantsScreenshot(const QStringList &arguments);
};
