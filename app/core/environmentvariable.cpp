#include "environmentvariable.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString referenceKey(EnvironmentVariable::Source source)
{
    return source == EnvironmentVariable::Source::Secret ? u"secretRef"_s : u"configMapRef"_s;
}

QString idKey(EnvironmentVariable::Source source)
{
    return source == EnvironmentVariable::Source::Secret ? u"secretId"_s : u"configMapId"_s;
}

qint64 idOf(const QJsonValue &value)
{
    if (value.isDouble() && value.toDouble() >= 0 && value.toDouble() < 9e15)
        return qint64(value.toDouble());
    bool ok = false;
    const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
    return ok ? parsed : 0;
}

} // namespace

QJsonObject EnvironmentVariable::toJson() const
{
    if (source == Source::Value)
        return {{u"name"_s, name}, {u"value"_s, value}};
    return {{u"name"_s, name},
            {u"valueFrom"_s, QJsonObject{{referenceKey(source),
                                          QJsonObject{{idKey(source), referenceId}, {u"key"_s, key}}}}}};
}

std::optional<EnvironmentVariable> EnvironmentVariable::fromJson(const QJsonObject &json)
{
    EnvironmentVariable variable;
    variable.name = json.value(u"name").toString();
    if (variable.name.isEmpty())
        return std::nullopt;
    const QJsonValue valueFrom = json.value(u"valueFrom");
    for (const Source source : {Source::ConfigMap, Source::Secret}) {
        // Nested, as DeployApplication's example: {"valueFrom":{"configMapRef":{"configMapId":..}}};
        // or flat, as the field descriptions read: {"valueFrom":"configMapRef","configMapId":..}.
        QJsonObject reference;
        if (valueFrom.isObject() && valueFrom.toObject().value(referenceKey(source)).isObject())
            reference = valueFrom.toObject().value(referenceKey(source)).toObject();
        else if (valueFrom.toString() == referenceKey(source))
            reference = json;
        else
            continue;
        variable.source = source;
        variable.referenceId = idOf(reference.value(idKey(source)));
        variable.key = reference.value(u"key").toString();
        return variable;
    }
    const QJsonValue value = json.value(u"value");
    variable.value = value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : value.toString();
    return variable;
}

QString EnvironmentVariable::listToJson(const QList<EnvironmentVariable> &variables)
{
    QJsonArray entries;
    for (const EnvironmentVariable &variable : variables)
        entries.append(variable.toJson());
    return QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact));
}
