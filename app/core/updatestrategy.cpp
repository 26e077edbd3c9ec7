#include "updatestrategy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

ReleaseError invalid(const QString &why)
{
    return {u"InvalidParameter.WithMessage"_s, u"The parameter is invalid {UpdateStrategy}: %1"_s.arg(why)};
}

/// A JSON integer, also when sent as a string (Terraform and console forms differ).
std::optional<int> integerOf(const QJsonValue &value)
{
    if (value.isDouble() && value.toDouble() == std::floor(value.toDouble())
        && std::abs(value.toDouble()) < 1e9)
        return int(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const int parsed = value.toString().trimmed().toInt(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

} // namespace

std::variant<UpdateStrategy, ReleaseError> UpdateStrategy::parse(QStringView json)
{
    UpdateStrategy strategy;
    if (json.trimmed().isEmpty())
        return strategy;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(u"not a JSON object"_s);
    const QJsonObject object = document.object();

    const QString type = object.value(u"type"_s).toString();
    if (type == u"BatchUpdate")
        strategy.type = Type::BatchUpdate;
    else if (type == u"GrayBatchUpdate")
        strategy.type = Type::GrayBatchUpdate;
    else
        return invalid(u"type must be BatchUpdate or GrayBatchUpdate"_s);

    const QJsonObject batchUpdate = object.value(u"batchUpdate"_s).toObject();
    const std::optional<int> batches = integerOf(batchUpdate.value(u"batch"_s));
    if (!batches || *batches < 1 || *batches > 50)
        return invalid(u"batchUpdate.batch must be an integer from 1 to 50"_s);
    strategy.batches = *batches;

    const QString release = batchUpdate.value(u"releaseType"_s).toString(u"auto"_s);
    if (release == u"auto")
        strategy.release = Release::Auto;
    else if (release == u"manual")
        strategy.release = Release::Manual;
    else
        return invalid(u"batchUpdate.releaseType must be auto or manual"_s);

    if (batchUpdate.contains(u"batchWaitTime"_s)) {
        const std::optional<int> wait = integerOf(batchUpdate.value(u"batchWaitTime"_s));
        if (!wait)
            return invalid(u"batchUpdate.batchWaitTime must be an integer"_s);
        if (*wait < 0)
            return ReleaseError{u"BatchWaitTime.Not.Smaller.Zero"_s,
                                u"BatchWaitTime must not be smaller than zero."_s};
        strategy.batchWaitMinutes = *wait;
    }

    if (strategy.type == Type::GrayBatchUpdate) {
        const std::optional<int> gray = integerOf(object.value(u"grayUpdate"_s).toObject().value(u"gray"_s));
        if (!gray || *gray < 1)
            return invalid(u"grayUpdate.gray must be at least 1 for a GrayBatchUpdate"_s);
        strategy.grayInstances = *gray;
    }
    return strategy;
}

QString UpdateStrategy::toJson() const
{
    if (type == Type::SingleBatch)
        return {};
    QJsonObject batchUpdate{{u"batch"_s, batches},
                            {u"releaseType"_s, release == Release::Manual ? u"manual"_s : u"auto"_s}};
    if (release == Release::Auto)
        batchUpdate.insert(u"batchWaitTime"_s, batchWaitMinutes);
    QJsonObject object{{u"type"_s, type == Type::GrayBatchUpdate ? u"GrayBatchUpdate"_s : u"BatchUpdate"_s},
                       {u"batchUpdate"_s, batchUpdate}};
    if (type == Type::GrayBatchUpdate)
        object.insert(u"grayUpdate"_s, QJsonObject{{u"gray"_s, grayInstances}});
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

int minimumReadyInstances(int minReadyInstances, int minReadyInstanceRatio, int replicas)
{
    if (minReadyInstanceRatio >= 0)
        return int(std::ceil(replicas * qBound(0, minReadyInstanceRatio, 100) / 100.0));
    if (minReadyInstances < 0)
        return int(std::ceil(replicas * 0.25));
    return minReadyInstances;
}
