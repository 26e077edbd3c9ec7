#include "platform/instancelogjsonreader.h"
#include "platform/responseinterpreter.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ApiResult<InstanceLog> answer(const QByteArray &body, const InstanceLog &which = {})
{
    ResponseInterpreter::RawResponse raw;
    raw.httpStatus = 200;
    raw.body = body;
    return ResponseInterpreter::interpret(raw).andThen(
        [&which](const QJsonObject &envelope) { return InstanceLogJsonReader::log(envelope, which); });
}

} // namespace

class TestInstanceLogJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void referenceLog();
    void keepsWhatWasAskedFor();
    void emptyLogs();
    void brokenAnswers_data();
    void brokenAnswers();
};

void TestInstanceLogJsonReader::referenceLog()
{
    QFile file(QStringLiteral(OPSCONSOLE_TEST_FIXTURES "/describeinstancelog.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ApiResult<InstanceLog> result = answer(file.readAll());
    QVERIFY(result.isOk());
    // The example's escapes are the example's: the text is kept exactly, never unescaped.
    QCOMPARE(result.value().text, u"hello\\\\nsae\\\\n"_s);
}

void TestInstanceLogJsonReader::keepsWhatWasAskedFor()
{
    const InstanceLog which{u"order-1"_s, u"sidecar-1"_s, InstanceLog::Run::Previous, {}};
    const ApiResult<InstanceLog> result =
        answer(R"({"Code":200,"RequestId":"R-1","Data":"line 1\nline 2\n"})", which);
    QVERIFY(result.isOk());
    QCOMPARE(result.value(),
             (InstanceLog{u"order-1"_s, u"sidecar-1"_s, InstanceLog::Run::Previous, u"line 1\nline 2\n"_s}));
}

void TestInstanceLogJsonReader::emptyLogs()
{
    QCOMPARE(answer(R"({"RequestId":"R-1","Data":""})").value().text, QString());
    QCOMPARE(answer(R"({"RequestId":"R-1","Data":null})").value().text, QString());
}

void TestInstanceLogJsonReader::brokenAnswers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no Data") << QByteArray(R"({"RequestId":"R-1","Code":"200"})");
    QTest::newRow("Data is an object") << QByteArray(R"({"RequestId":"R-1","Data":{"Log":"x"}})");
    QTest::newRow("Data is a list") << QByteArray(R"({"RequestId":"R-1","Data":["x"]})");
}

void TestInstanceLogJsonReader::brokenAnswers()
{
    QFETCH(QByteArray, json);
    const ApiResult<InstanceLog> result = answer(json);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, ApiError::Kind::Parse);
    QCOMPARE(result.error().requestId, u"R-1"_s);
    QVERIFY2(result.error().message.contains(u"Data"_s), qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestInstanceLogJsonReader)
#include "tst_instancelogjsonreader.moc"
