#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

/**
 * A liveness, readiness or startup probe of an application (reference DescribeApplicationConfig:
 * `Liveness`, `Readiness`, `StartupProbe`, JSON strings). The JSON is kept as the platform sent it;
 * the summary next to it is what a reviewer reads: how the probe checks, where, and how often.
 */
struct HealthProbe
{
    enum class Type
    {
        None,         ///< no probe configured ("" or "{}")
        HttpGet,      ///< `httpGet`: path, port, scheme
        TcpSocket,    ///< `tcpSocket`: port
        Exec,         ///< `exec`: command
        Unrecognised, ///< not JSON, or a kind this console does not know; see `json`
    };

    // The platform's defaults when a field is absent (reference: Liveness).
    static constexpr int defaultInitialDelaySeconds = 10;
    static constexpr int defaultPeriodSeconds = 30;
    static constexpr int defaultTimeoutSeconds = 1;

    QString json; ///< as the platform sent it
    Type type = Type::None;
    QString path;        ///< httpGet
    QString scheme;      ///< httpGet: HTTP or HTTPS
    int port = 0;        ///< httpGet and tcpSocket
    QStringList command; ///< exec
    int initialDelaySeconds = defaultInitialDelaySeconds;
    int periodSeconds = defaultPeriodSeconds;
    int timeoutSeconds = defaultTimeoutSeconds;

    /// Reads SAE's probe JSON. Never fails: what cannot be read is Unrecognised, with its JSON.
    static HealthProbe parse(QStringView json);

    bool isConfigured() const { return type != Type::None; }
    /// The JSON with its keys sorted and no spaces, so that equal probes compare equal however
    /// they were written; the text itself when it is not JSON.
    QString canonicalJson() const;

    /// Equal probes check the same way: same canonical JSON (the summary follows from it).
    friend bool operator==(const HealthProbe &a, const HealthProbe &b)
    {
        return a.canonicalJson() == b.canonicalJson();
    }
};
