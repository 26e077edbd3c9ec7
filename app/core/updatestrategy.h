#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <variant>

/** What is wrong with a release request: SAE's error code and message (reference 4.4). */
struct ReleaseError
{
    QString code;
    QString message;
};

/**
 * How a release rolls through an application's instances (reference 8.2): one batch, several
 * batches released automatically or by hand, or a gray (canary) batch first. Sent as a JSON string
 * in `UpdateStrategy`; an empty string means a single batch.
 */
struct UpdateStrategy
{
    enum class Type
    {
        SingleBatch,
        BatchUpdate,
        GrayBatchUpdate,
    };
    enum class Release
    {
        Auto,
        Manual,
    };

    Type type = Type::SingleBatch;
    int batches = 1; ///< after the gray batch, if any
    Release release = Release::Auto;
    int batchWaitMinutes = 0; ///< between automatic batches (units are [U]: echoed unchanged)
    int grayInstances = 0;    ///< GrayBatchUpdate only

    /// Parses and validates SAE's JSON (`{"type":"BatchUpdate","batchUpdate":{...}}`); "" is a
    /// single batch.
    static std::variant<UpdateStrategy, ReleaseError> parse(QStringView json);
    /// The JSON form, as DescribeApplicationConfig returns it; "" for a single batch.
    QString toJson() const;

    friend bool operator==(const UpdateStrategy &, const UpdateStrategy &) = default;
};

/**
 * The minimum of ready instances during a rolling change (reference 6.5): MinReadyInstanceRatio
 * (0–100 %, rounded up) wins over MinReadyInstances when it is not -1; -1 instances means 25 %.
 */
int minimumReadyInstances(int minReadyInstances, int minReadyInstanceRatio, int replicas);
