#pragma once

#include <QLatin1StringView>

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <variant>

/**
 * The actions the console journals (JournalEntry::what). `what` stays an open string: a journal
 * written by a newer console, with actions this one does not know, still reads back.
 */
namespace JournalAction {
inline constexpr QLatin1StringView deploy{"deploy"};
inline constexpr QLatin1StringView rollback{"rollback"};
inline constexpr QLatin1StringView rescale{"rescale"};
inline constexpr QLatin1StringView restartApplication{"restart-application"};
inline constexpr QLatin1StringView restartInstances{"restart-instances"};
inline constexpr QLatin1StringView deleteInstances{"delete-instances"};
inline constexpr QLatin1StringView stop{"stop"};
inline constexpr QLatin1StringView start{"start"};
inline constexpr QLatin1StringView confirmBatch{"confirm-batch"};
inline constexpr QLatin1StringView abort{"abort"};
inline constexpr QLatin1StringView abortAndRollback{"abort-and-rollback"};
inline constexpr QLatin1StringView scalingRuleCreate{"scaling-rule-create"};
inline constexpr QLatin1StringView scalingRuleUpdate{"scaling-rule-update"};
inline constexpr QLatin1StringView scalingRuleEnable{"scaling-rule-enable"};
inline constexpr QLatin1StringView scalingRuleDisable{"scaling-rule-disable"};
inline constexpr QLatin1StringView scalingRuleDelete{"scaling-rule-delete"};
} // namespace JournalAction

/**
 * One line of the operations journal (DESIGN.md section 5, "Record"): one event of a mutating
 * operation. An operation produces several events — "requested", then "accepted" with the RequestId
 * and ChangeOrderId, then "succeeded" or "failed" — that share an operationId.
 *
 * On disk an entry is one compact JSON object followed by '\n' (JSON Lines). Reading is strict
 * about what an entry needs (format version, ids, time, action, outcome, the types of known
 * fields) and ignores fields it does not know, so that newer consoles can add some.
 *
 * An entry may also keep the evidence: what the user saw when deciding (a deploy's reviewed diff
 * and batch plan, the metrics shown at a sign-off), so that the release record can show it later.
 * Only the event that records the decision carries it ("requested"); followUp() does not copy it.
 *
 * Nothing secret belongs in an entry: `who` holds the AccessKey ID, never its secret, and the
 * request summary holds only the parameters that matter. As a last line of defence, toJson()
 * redacts request and evidence keys that name a secret (password, token, secret...), and in the
 * evidence also the before and after of a change whose "field" names one ("Environment DB_PASSWORD").
 */
struct JournalEntry
{
    /// The stage of the operation this event records.
    enum class Outcome
    {
        Requested,           ///< the user confirmed; the call is about to be sent
        Accepted,            ///< the platform took it (RequestId, ChangeOrderId known)
        Succeeded,           ///< the change order (or the call) finished well
        Failed,              ///< the platform refused it or the change order failed
        CancelledByUser,     ///< the user gave up before the platform took it
        UnknownAfterTimeout, ///< no answer: the change may or may not have happened
        Unrecognised,        ///< written by a newer console; see unrecognisedOutcome
    };

    /// Who acted: never a secret.
    struct Who
    {
        QString profile;
        QString accessKeyId;
        QString osUser;

        friend bool operator==(const Who &, const Who &) = default;
    };

    /// Where the operation acted.
    struct Where
    {
        QString regionId;
        QString namespaceId;
        QString namespaceName;
        QString appId;
        QString appName;
        QStringList instanceIds;

        friend bool operator==(const Where &, const Where &) = default;
    };

    /// The version of the line format this console writes and reads.
    static constexpr int formatVersion = 1;
    /// Longer lines are refused when writing and skipped when reading: no entry needs that much.
    static constexpr qsizetype maximumLineBytes = 1024 * 1024;

    QUuid id;          ///< this event
    QUuid operationId; ///< the operation the event belongs to
    QDateTime time;    ///< UTC, millisecond precision
    Who who;
    QString what; ///< a JournalAction, or an action of a newer console
    Where where;
    QJsonObject request; ///< the parameters that matter, as sent (never secrets)
    QString requestId;
    QString changeOrderId;
    Outcome outcome = Outcome::Requested;
    QString unrecognisedOutcome; ///< the wire text, when outcome is Unrecognised
    QString errorCode;           ///< when failed: the platform's code
    QString errorMessage;        ///< when failed: what went wrong
    QString comment;             ///< a sign-off comment
    /**
     * What the user saw when deciding (written as "evidence" only when not empty). The console
     * writes: for a deploy or rollback, {"changes": [{"field", "before", "after"}], "batches":
     * [{"instances", "gray", "waitsForConfirmation"}], "consequence"}; for a sign-off (confirm-batch,
     * abort, abort-and-rollback), {"windowMinutes", "from", "to", "batch": {...}, "rest": {...}}
     * with "instanceIds", "instances", "ready", "restarts", "cpuPercent", "memoryPercent", "rtMs"
     * (a metric without a value is absent). Readers are tolerant of what is missing.
     */
    QJsonObject evidence;

    /// The first event of a new operation: fresh id and operationId, outcome Requested.
    static JournalEntry requested(const QString &what, const Who &who, const Where &where,
                                  const QJsonObject &request,
                                  const QDateTime &time = QDateTime::currentDateTimeUtc());
    /**
     * A later event of the same operation: a fresh id, the same operationId, who, what, where,
     * RequestId and ChangeOrderId; no request summary, evidence, error or comment (the event sets
     * its own).
     */
    JournalEntry followUp(Outcome nextOutcome, const QDateTime &at = QDateTime::currentDateTimeUtc()) const;

    /// "requested", "cancelled-by-user"...; unrecognisedOutcome for Unrecognised.
    QString outcomeWireText() const;
    static QString toWire(Outcome outcome);
    static std::optional<Outcome> outcomeFromWire(QStringView text);

    QJsonObject toJson() const;
    /// Reads an entry; the error says which field is missing or of the wrong type.
    static std::variant<JournalEntry, QString> fromJson(const QJsonObject &json);

    /// One journal line: compact JSON and '\n'.
    QByteArray toLine() const;
    /// Reads one line (with or without its '\n').
    static std::variant<JournalEntry, QString> fromLine(QByteArrayView line);

    friend bool operator==(const JournalEntry &, const JournalEntry &) = default;
};
