#include "core/appevent.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAppEvent : public QObject
{
    Q_OBJECT

private slots:
    void type_data();
    void type();
    void filterSpelling();
};

void TestAppEvent::type_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<AppEvent::Type>("type");
    QTest::newRow("Normal") << u"Normal"_s << AppEvent::Type::Normal;
    QTest::newRow("Warning") << u"Warning"_s << AppEvent::Type::Warning;
    QTest::newRow("WARNING") << u"WARNING"_s << AppEvent::Type::Warning;
    QTest::newRow("Error") << u"Error"_s << AppEvent::Type::Unrecognised;
    QTest::newRow("empty") << QString() << AppEvent::Type::Unrecognised;
}

void TestAppEvent::type()
{
    QFETCH(QString, wire);
    QTEST(AppEvent::typeFromWire(wire), "type");
}

void TestAppEvent::filterSpelling()
{
    // ListAppEvents' EventType filter takes exactly these two spellings.
    QCOMPARE(AppEvent::toWire(AppEvent::Type::Normal), u"Normal"_s);
    QCOMPARE(AppEvent::toWire(AppEvent::Type::Warning), u"Warning"_s);
    QCOMPARE(AppEvent::toWire(AppEvent::Type::Unrecognised), QString());
}

QTEST_GUILESS_MAIN(TestAppEvent)
#include "tst_appevent.moc"
