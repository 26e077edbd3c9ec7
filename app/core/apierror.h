#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

/**
 * A failed platform call, as a value: what kind of failure, what the platform said (its code,
 * message and RequestId, so a user can quote them to support), and whether trying again may help.
 */
class ApiError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        Network,        ///< no answer: refused, reset, host not found, connection closed
        Timeout,        ///< no complete answer within the transfer timeout
        Http,           ///< an HTTP error status without a platform error body
        Platform,       ///< the platform answered with an error code
        Throttled,      ///< the platform's rate limit (Throttling.*)
        Authentication, ///< the gateway refused the credentials or the signature
        Parse,          ///< the answer is not the JSON we expect
        Cancelled,      ///< the caller gave up on the request
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString code;
    QString message;
    QString requestId;
    bool retryable = false;

    static ApiError network(const QString &message);
    static ApiError timeout(const QString &message);
    static ApiError parse(const QString &message, int httpStatus = 200, const QString &requestId = {});
    static ApiError cancelled();

    /// Maps the platform's error code to a kind and decides whether a retry may help.
    static ApiError fromPlatform(int httpStatus, const QString &code, const QString &message,
                                 const QString &requestId);

    /// One line for a status bar or banner: "Code: message".
    QString summary() const;
    /// The summary followed by the RequestId, when the platform gave one.
    QString detailedText() const;

    friend bool operator==(const ApiError &, const ApiError &) = default;
};

Q_DECLARE_METATYPE(ApiError)
