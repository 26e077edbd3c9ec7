#include "commandlineoptions.h"

#include <QCommandLineParser>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLineOptions : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void endpointAndRegion_data();
    void endpointAndRegion();
    void rejects_data();
    void rejects();
    void detectsScreenshotEarly();
    void pages_data();
    void pages();
};

namespace {

QString parse(const QStringList &arguments, CommandLineOptions *options)
{
    QCommandLineParser parser;
    CommandLineOptions::declare(parser);
    if (!parser.parse(QStringList{u"opsconsole"_s} + arguments))
        return parser.errorText();
    return CommandLineOptions::read(parser, options);
}

} // namespace

void TestCommandLineOptions::defaults()
{
    CommandLineOptions options;
    QCOMPARE(parse({}, &options), QString());
    QVERIFY(options.endpoint.isEmpty());
    QCOMPARE(options.regionId, u"cn-shenzhen"_s);
    QVERIFY(options.screenshotPath.isEmpty());
    QVERIFY(options.language.isEmpty());
}

void TestCommandLineOptions::endpointAndRegion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("region");
    QTest::newRow("region from the SAE host")
        << QStringList{u"--endpoint"_s, u"https://sae.cn-hangzhou.aliyuncs.com"_s}
        << u"https://sae.cn-hangzhou.aliyuncs.com"_s << u"cn-hangzhou"_s;
    QTest::newRow("explicit region wins")
        << QStringList{u"--endpoint=https://sae.cn-hangzhou.aliyuncs.com"_s, u"--region"_s, u"cn-beijing"_s}
        << u"https://sae.cn-hangzhou.aliyuncs.com"_s << u"cn-beijing"_s;
    QTest::newRow("compatible endpoint, default region")
        << QStringList{u"--endpoint"_s, u"http://127.0.0.1:7080"_s} << u"http://127.0.0.1:7080"_s
        << u"cn-shenzhen"_s;
    QTest::newRow("emulator in another region")
        << QStringList{u"--region"_s, u"ap-southeast-1"_s} << QString() << u"ap-southeast-1"_s;
}

void TestCommandLineOptions::endpointAndRegion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, endpoint);
    QFETCH(QString, region);
    CommandLineOptions options;
    QCOMPARE(parse(arguments, &options), QString());
    QCOMPARE(options.endpoint.toString(), endpoint);
    QCOMPARE(options.regionId, region);
}

void TestCommandLineOptions::rejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("endpoint without scheme")
        << QStringList{u"--endpoint"_s, u"sae.cn-hangzhou.aliyuncs.com"_s} << u"--endpoint"_s;
    QTest::newRow("ftp endpoint") << QStringList{u"--endpoint"_s, u"ftp://example.com"_s} << u"--endpoint"_s;
    QTest::newRow("region with spaces") << QStringList{u"--region"_s, u"cn hangzhou"_s} << u"--region"_s;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("editor outside the Scaling tab")
        << QStringList{u"--page"_s, u"app:api-gateway/monitoring/new:metric"_s} << u"--page"_s;
    QTest::newRow("unknown rule type")
        << QStringList{u"--page"_s, u"app:api-gateway/scaling/new:cron"_s} << u"--page"_s;
}

void TestCommandLineOptions::rejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    CommandLineOptions options;
    const QString error = parse(arguments, &options);
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestCommandLineOptions::detectsScreenshotEarly()
{
    QVERIFY(CommandLineOptions::wantsScreenshot({u"opsconsole"_s, u"--screenshot"_s, u"a.png"_s}));
    QVERIFY(CommandLineOptions::wantsScreenshot({u"opsconsole"_s, u"--screenshot=a.png"_s}));
    QVERIFY(!CommandLineOptions::wantsScreenshot({u"opsconsole"_s, u"--lang"_s, u"zh_CN"_s}));
}

void TestCommandLineOptions::pages_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("application");
    QTest::addColumn<QString>("tab");
    QTest::addColumn<QString>("editor");
    QTest::addColumn<bool>("fleet");
    QTest::newRow("list") << u"list"_s << QString() << QString() << QString() << false;
    QTest::newRow("fleet") << u"fleet"_s << QString() << QString() << QString() << true;
    QTest::newRow("application") << u"app:order-service"_s << u"order-service"_s << QString() << QString()
                                 << false;
    QTest::newRow("tab") << u"app:order-service/logs"_s << u"order-service"_s << u"logs"_s << QString()
                         << false;
    QTest::newRow("scaling") << u"app:api-gateway/scaling"_s << u"api-gateway"_s << u"scaling"_s << QString()
                             << false;
    QTest::newRow("changes") << u"app:payment-service/changes"_s << u"payment-service"_s << u"changes"_s
                             << QString() << false;
    QTest::newRow("what changed") << u"app:order-service/whatchanged"_s << u"order-service"_s
                                  << u"whatchanged"_s << QString() << false;
    QTest::newRow("new rule") << u"app:api-gateway/scaling/new:mix"_s << u"api-gateway"_s << u"scaling"_s
                              << u"new:mix"_s << false;
    QTest::newRow("edit rule") << u"app:api-gateway/scaling/edit:gateway-cpu"_s << u"api-gateway"_s
                               << u"scaling"_s << u"edit:gateway-cpu"_s << false;
}

void TestCommandLineOptions::pages()
{
    QFETCH(QString, page);
    QFETCH(QString, application);
    QFETCH(QString, tab);
    QFETCH(QString, editor);
    QFETCH(bool, fleet);
    CommandLineOptions options;
    QCOMPARE(parse({u"--page"_s, page}, &options), QString());
    QCOMPARE(options.pageApplication, application);
    QCOMPARE(options.pageTab, tab);
    QCOMPARE(options.pageScalingEditor, editor);
    QCOMPARE(options.pageFleet, fleet);
}

QTEST_GUILESS_MAIN(TestCommandLineOptions)
#include "tst_commandlineoptions.moc"
