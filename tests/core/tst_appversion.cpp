#include "core/appversion.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAppVersion : public QObject
{
    Q_OBJECT

private slots:
    void type_data();
    void type();
};

void TestAppVersion::type_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<AppVersion::Type>("type");
    QTest::newRow("image") << u"image"_s << AppVersion::Type::Image;
    QTest::newRow("url") << u"url"_s << AppVersion::Type::Package;
    QTest::newRow("Image") << u"Image"_s << AppVersion::Type::Image;
    QTest::newRow("war") << u"war"_s << AppVersion::Type::Unrecognised;
    QTest::newRow("empty") << QString() << AppVersion::Type::Unrecognised;
}

void TestAppVersion::type()
{
    QFETCH(QString, wire);
    QTEST(AppVersion::typeFromWire(wire), "type");
}

QTEST_GUILESS_MAIN(TestAppVersion)
#include "tst_appversion.moc"
