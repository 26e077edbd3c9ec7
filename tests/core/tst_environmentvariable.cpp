#include "core/environmentvariable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

/** EnvironmentVariable: DeployApplication's `Envs` entries, both ways (reference 9.3). */
class TestEnvironmentVariable : public QObject
{
    Q_OBJECT

private slots:
    void referenceExampleReadsBack();
    void writesTheDocumentedShapes();
    void toleratesNumbersAsStrings();
    void entryWithoutNameIsSkipped();
};

void TestEnvironmentVariable::referenceExampleReadsBack()
{
    // The reference's example (its curly quotes straightened).
    const QJsonArray entries = QJsonDocument::fromJson(R"([
        {"name": "sae-sys-configmap-all-hello", "valueFrom": {"configMapRef": {"configMapId": 100, "key": ""}}},
        {"name": "hello", "valueFrom": {"configMapRef": {"configMapId": 101, "key": "php-fpm"}}},
        {"name": "sae-sys-secret-all-hello", "valueFrom": {"secretRef": {"secretId": 100, "key": ""}}},
        {"name": "password", "valueFrom": {"secretRef": {"secretId": 101, "key": "password"}}},
        {"name": "envtmp", "value": "newenv"}])")
                                   .array();
    QList<EnvironmentVariable> read;
    for (const QJsonValue &entry : entries) {
        const std::optional<EnvironmentVariable> variable = EnvironmentVariable::fromJson(entry.toObject());
        QVERIFY(variable.has_value());
        read.append(*variable);
    }
    QCOMPARE(read.size(), 5);
    QCOMPARE(read.at(1).source, EnvironmentVariable::Source::ConfigMap);
    QCOMPARE(read.at(1).referenceId, qint64(101));
    QCOMPARE(read.at(1).key, u"php-fpm"_s);
    QCOMPARE(read.at(3).source, EnvironmentVariable::Source::Secret);
    QCOMPARE(read.at(3).referenceId, qint64(101));
    QCOMPARE(read.at(4).source, EnvironmentVariable::Source::Value);
    QCOMPARE(read.at(4).value, u"newenv"_s);
    // Written back, it is the same JSON.
    QCOMPARE(QJsonDocument::fromJson(EnvironmentVariable::listToJson(read).toUtf8()).array(), entries);
}

void TestEnvironmentVariable::writesTheDocumentedShapes()
{
    EnvironmentVariable literal;
    literal.name = u"TZ"_s;
    literal.value = u"Asia/Shanghai"_s;
    QCOMPARE(EnvironmentVariable::listToJson({literal}), uR"([{"name":"TZ","value":"Asia/Shanghai"}])"_s);

    EnvironmentVariable secret;
    secret.name = u"DB_PASSWORD"_s;
    secret.source = EnvironmentVariable::Source::Secret;
    secret.referenceId = 7;
    secret.key = u"password"_s;
    QCOMPARE(secret.toJson(),
             QJsonDocument::fromJson(
                 R"({"name":"DB_PASSWORD","valueFrom":{"secretRef":{"key":"password","secretId":7}}})")
                 .object());
    QCOMPARE(EnvironmentVariable::listToJson({}), u"[]"_s);
}

void TestEnvironmentVariable::toleratesNumbersAsStrings()
{
    const auto variable = EnvironmentVariable::fromJson(
        QJsonDocument::fromJson(R"({"name":"X","valueFrom":{"configMapRef":{"configMapId":"42"}}})")
            .object());
    QVERIFY(variable.has_value());
    QCOMPARE(variable->referenceId, qint64(42));
    const auto number =
        EnvironmentVariable::fromJson(QJsonDocument::fromJson(R"({"name":"N","value":8080})").object());
    QCOMPARE(number->value, u"8080"_s);
}

void TestEnvironmentVariable::entryWithoutNameIsSkipped()
{
    QVERIFY(!EnvironmentVariable::fromJson(QJsonDocument::fromJson(R"({"value":"x"})").object()).has_value());
    QVERIFY(!EnvironmentVariable::fromJson({}).has_value());
}

QTEST_GUILESS_MAIN(TestEnvironmentVariable)
#include "tst_environmentvariable.moc"
