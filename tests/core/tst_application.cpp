#include "core/application.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestApplication : public QObject
{
    Q_OBJECT

private slots:
    void version_data();
    void version();
    void state_data();
    void state();
};

void TestApplication::version_data()
{
    QTest::addColumn<QString>("appName");
    QTest::addColumn<QString>("imageUrl");
    QTest::addColumn<QString>("packageUrl");
    QTest::addColumn<QString>("version");
    QTest::newRow("image tag") << u"order-service"_s
                               << u"registry.cn-hangzhou.aliyuncs.com/retail/order:5.2.7"_s << QString()
                               << u"5.2.7"_s;
    QTest::newRow("registry with port")
        << u"x"_s << u"registry.local:5000/retail/x:1.0"_s << QString() << u"1.0"_s;
    QTest::newRow("no tag means latest")
        << u"x"_s << u"registry.local:5000/retail/x"_s << QString() << u"latest"_s;
    QTest::newRow("digest") << u"x"_s << u"docker.io/library/nginx@sha256:0123456789abcdef0123"_s << QString()
                            << u"sha256:0123456789ab"_s;
    QTest::newRow("package with app prefix")
        << u"coupon-service"_s << QString() << u"https://oss/coupon-service/coupon-service-1.9.2.jar"_s
        << u"1.9.2"_s;
    QTest::newRow("war package") << u"dealer-portal"_s << QString()
                                 << u"https://oss/d/dealer-portal-1.4.8.war"_s << u"1.4.8"_s;
    QTest::newRow("package of another name")
        << u"app"_s << QString() << u"https://oss/build-20240101.zip"_s << u"build-20240101"_s;
    QTest::newRow("nothing deployed") << u"app"_s << QString() << QString() << QString();
}

void TestApplication::version()
{
    QFETCH(QString, appName);
    QFETCH(QString, imageUrl);
    QFETCH(QString, packageUrl);
    QFETCH(QString, version);
    Application app;
    app.appName = appName;
    app.imageUrl = imageUrl;
    app.packageUrl = packageUrl;
    QCOMPARE(app.version(), version);
}

void TestApplication::state_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("running");
    QTest::addColumn<bool>("deleting");
    QTest::addColumn<ApplicationState>("state");
    QTest::newRow("all running") << 3 << 3 << false << ApplicationState::Running;
    QTest::newRow("one missing") << 3 << 2 << false << ApplicationState::Degraded;
    QTest::newRow("scaled to zero") << 0 << 0 << false << ApplicationState::Stopped;
    QTest::newRow("being deleted") << 3 << 3 << true << ApplicationState::Deleting;
}

void TestApplication::state()
{
    QFETCH(int, target);
    QFETCH(int, running);
    QFETCH(bool, deleting);
    QFETCH(ApplicationState, state);
    Application app;
    app.targetInstances = target;
    app.runningInstances = running;
    app.deleting = deleting;
    QCOMPARE(app.state(), state);
}

QTEST_GUILESS_MAIN(TestApplication)
#include "tst_application.moc"
