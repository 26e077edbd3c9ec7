#include "instancelogwriter.h"

#include "emulator/emulatedapplication.h"

#include <QRandomGenerator>

#include <array>

namespace {

using namespace Qt::StringLiterals;
using Run = ContainerHistory::Run;

constexpr int gmtPlus8Seconds = 8 * 3600;
/// A crash-looping run: the dependency is tried this often, then the runtime gives up.
constexpr qint64 retryMilliseconds = 5000;
constexpr int attempts = 5;
/// Kubernetes' readiness probe period in the emulated fleet.
constexpr qint64 probeMilliseconds = 10000;
/// The nominal start-up of a crash-looping run, up to where it meets its dependency.
constexpr qint64 crashStartupMilliseconds = 8000;

/** The lines of one run in the order they were written, up to a moment; later ones are left out. */
class LogLines
{
public:
    explicit LogLines(const QDateTime &until)
        : m_until(until)
    {}

    /// Adds `text` (one or more lines) written at `at`; false (and nothing added) after `until`.
    bool add(const QDateTime &at, const QString &text)
    {
        if (at > m_until)
            return false;
        m_lines.append(text.split(u'\n'));
        return true;
    }

    /// The newest lines, at most `maximumLines` and `maximumBytes` of UTF-8, each ended by `\n`.
    QString tail(int maximumLines, qsizetype maximumBytes) const
    {
        qsizetype first = qMax<qsizetype>(0, m_lines.size() - maximumLines);
        qsizetype bytes = 0;
        for (qsizetype i = m_lines.size() - 1; i >= first; --i) {
            const qsizetype lineBytes = m_lines.at(i).toUtf8().size() + 1;
            if (bytes + lineBytes > maximumBytes) {
                first = i + 1;
                break;
            }
            bytes += lineBytes;
        }
        QString text;
        text.reserve(bytes);
        for (qsizetype i = first; i < m_lines.size(); ++i)
            text += m_lines.at(i) + u'\n';
        return text;
    }

private:
    QDateTime m_until;
    QStringList m_lines;
};

enum class Runtime
{
    SpringBoot,         ///< a fat jar or image with embedded Tomcat (Spring Boot 3)
    SpringBootWar,      ///< a WAR in SAE's Tomcat 9 (Spring Boot 2.7)
    SpringCloudGateway, ///< Netty, no database
    Node,
    NextJs,
    Python,
};

/// What a request log of each application looks like: `METHOD path[ upstream]`, `|`-separated.
struct RequestPattern
{
    QStringView appName;
    QStringView requests;
};

constexpr std::array<RequestPattern, 22> s_requestPatterns{{
    {u"api-gateway",
     u"GET /api/v1/orders/{n} order-service|POST /api/v1/orders order-service|GET /api/v1/members/{n}/points "
     u"member-service|GET /api/v1/products/{sku} product-catalog|GET /api/v1/stock/{sku} "
     u"inventory-service|POST /api/v1/prices/quote pricing-engine|GET /api/v1/search?q={q} search-service"},
    {u"member-service",
     u"GET /api/v1/members/{n}|GET /api/v1/members/{n}/points|POST /api/v1/members/{n}/points/earn|GET "
     u"/api/v1/members/{n}/tier"},
    {u"order-service",
     u"GET /api/v1/orders/{n}|POST /api/v1/orders|GET /api/v1/orders?storeId={store}&page={page}|PUT "
     u"/api/v1/orders/{n}/status"},
    {u"inventory-service",
     u"GET /api/v1/stock/{sku}|GET /api/v1/stock/{sku}?storeId={store}|POST /api/v1/stock/reservations"},
    {u"product-catalog", u"GET /api/v1/products/{sku}|GET /api/v1/assortments/{store}/products?page={page}"},
    {u"payment-service",
     u"POST /api/v1/payments|POST /api/v1/payments/notify/wechat|POST /api/v1/payments/notify/alipay|GET "
     u"/api/v1/payments/{n}"},
    {u"coupon-service",
     u"GET /api/v1/coupons/{code}|POST /api/v1/coupons/{code}/redeem|GET /api/v1/members/{n}/coupons"},
    {u"marketing-campaign", u"GET /api/v1/campaigns/active?storeId={store}|GET /api/v1/campaigns/{n}|POST "
                            u"/api/v1/campaigns/{n}/hits"},
    {u"dealer-portal",
     u"GET /api/v1/dealers/{dealer}/orders?page={page}|POST /api/v1/dealers/{dealer}/orders|GET "
     u"/api/v1/dealers/{dealer}/credit"},
    {u"dealer-portal-web", u"GET /orders?page={page}|GET /orders/{n}|GET /api/session|POST /api/cart/items"},
    {u"guide-miniapp-backend",
     u"GET /mp/v1/guides/{n}/customers|POST /mp/v1/shares|GET /mp/v1/products/{sku}|POST /mp/v1/login"},
    {u"mall-web", u"GET /|GET /products/{sku}|GET /_next/data/{build}/products/{sku}.json|GET /cart"},
    {u"store-ops-web", u"GET /stores/{store}/tasks|GET /stores/{store}/inventory|POST /api/tasks/{n}/done"},
    {u"sap-connector",
     u"POST /idoc/ORDERS05|POST /idoc/DELVRY07|GET /rfc/BAPI_MATERIAL_AVAILABILITY?material={sku}"},
    {u"search-service", u"GET /api/v1/search?q={q}&page={page}|GET /api/v1/suggest?q={q}"},
    {u"notification-service",
     u"POST /api/v1/notifications/sms|POST /api/v1/notifications/wechat-template|POST "
     u"/api/v1/notifications/email"},
    {u"logistics-tracker",
     u"POST /api/v1/carriers/sf/callback|POST /api/v1/carriers/zto/callback|GET /api/v1/shipments/{n}"},
    {u"pricing-engine", u"POST /api/v1/prices/quote|GET /api/v1/prices/{sku}?channel=dealer"},
    {u"report-service",
     u"GET /api/v1/reports/daily-sales?storeId={store}|GET /api/v1/reports/stock-turnover?storeId={store}"},
    {u"pos-sync-worker", u"POST /sync/batches|GET /sync/status"},
    {u"customer-service-bot", u"POST /api/v1/chat/messages|GET /api/v1/chat/sessions/{n}"},
    {u"cms-web", u"GET /banners/home|GET /pages/{code}|GET /api/banners?channel=mall"},
}};

constexpr std::array<QStringView, 8> s_searches{u"milk",          u"down+jacket", u"shampoo",  u"rice+cooker",
                                                u"running+shoes", u"baby+wipes",  u"red+wine", u"phone+case"};

/** What the log of one application's container is made of. */
struct Subject
{
    Runtime runtime = Runtime::SpringBoot;
    QString appName;
    QString version;
    QString profile; ///< the namespace's name: prod, staging, dev
    QString mainClass;
    QString package;
    QString podName;
    QString ip;
    QString databaseHost; ///< MySQL (Java), PostgreSQL (Python)
    QString redisHost;
    QString dependencyIp;
    int heapMb = 0;
    QStringList requests;
};

QString token(quint64 hash, int length)
{
    static constexpr QStringView alphabet = u"0123456789abcdefghijklmnopqrstuvwxyz";
    QString text;
    for (int i = 0; i < length; ++i) {
        text.append(alphabet.at(int(hash % quint64(alphabet.size()))));
        hash /= quint64(alphabet.size());
        if (hash == 0)
            hash = 0x9e3779b97f4a7c15ULL + quint64(i);
    }
    return text;
}

QString camelCase(const QString &name)
{
    QString result;
    for (const QString &part : name.split(u'-', Qt::SkipEmptyParts))
        result += part.left(1).toUpper() + part.mid(1);
    return result;
}

Runtime runtimeOf(const EmulatedApplication &application)
{
    const Application &app = application.application;
    if (app.programmingLanguage == u"nodejs")
        return app.description.contains(u"Next.js") ? Runtime::NextJs : Runtime::Node;
    if (app.programmingLanguage == u"python")
        return Runtime::Python;
    if (app.appType == u"War")
        return Runtime::SpringBootWar;
    if (app.appName.contains(u"gateway"))
        return Runtime::SpringCloudGateway;
    return Runtime::SpringBoot;
}

Subject subjectOf(const EmulatedApplication &application, const Instance &instance)
{
    const Application &app = application.application;
    Subject subject;
    subject.runtime = runtimeOf(application);
    subject.appName = app.appName;
    subject.version =
        instance.packageVersion.isEmpty() ? application.group.packageVersion : instance.packageVersion;
    subject.profile = app.namespaceName.isEmpty() ? u"default"_s : app.namespaceName;
    const quint64 appHash = ContainerHistory::stableHash(app.appId);
    const RequestPattern *pattern = nullptr;
    for (const RequestPattern &candidate : s_requestPatterns) {
        if (app.appName.startsWith(candidate.appName)
            && (!pattern || candidate.appName.size() > pattern->appName.size()))
            pattern = &candidate;
    }
    const QString baseName = pattern ? pattern->appName.toString() : app.appName;
    subject.mainClass = camelCase(baseName) + u"Application"_s;
    subject.package = u"com.retail."_s + QString(baseName).remove(u'-');
    subject.podName = instance.instanceId;
    subject.ip = instance.ip.isEmpty() ? u"10.20.0.10"_s : instance.ip;
    subject.databaseHost = subject.runtime == Runtime::Python
                               ? u"pgm-wz9%1.pg.rds.aliyuncs.com"_s.arg(token(appHash, 12))
                               : u"rm-wz9%1.mysql.rds.aliyuncs.com"_s.arg(token(appHash, 12));
    subject.redisHost = u"r-wz9%1.redis.rds.aliyuncs.com"_s.arg(token(appHash >> 7, 12));
    subject.dependencyIp = u"10.30.%1.%2"_s.arg(appHash % 200).arg(10 + (appHash >> 11) % 200);
    subject.heapMb = qMax(256, app.memoryMb * 3 / 4);
    subject.requests = pattern ? pattern->requests.toString().split(u'|')
                               : QStringList{u"GET /api/v1/%1/items/{n}"_s.arg(baseName)};
    return subject;
}

QString gmtPlus8(const QDateTime &at, const QString &format)
{
    return at.toOffsetFromUtc(gmtPlus8Seconds).toString(format);
}

/// `%5p`, `[%15.15t]` and `%-40.40logger{39}` of Spring Boot's console pattern.
QString springLine(const Subject &subject, const QDateTime &at, QStringView level, QStringView thread,
                   const QString &logger, const QString &message)
{
    QString abbreviated = logger;
    QStringList parts = logger.split(u'.');
    for (qsizetype i = 0; i + 1 < parts.size() && abbreviated.size() > 39; ++i) {
        parts[i] = parts.at(i).left(1);
        abbreviated = parts.join(u'.');
    }
    if (abbreviated.size() > 40)
        abbreviated = abbreviated.right(40); // as `.40` cuts it: w.s.c.ServletWebServerApplicationContext
    const QString threadName = thread.size() > 15 ? thread.right(15).toString() : thread.toString();
    // Spring Boot 3 writes ISO 8601 with the offset; 2.7 (the WAR applications) does not.
    const QString time = subject.runtime == Runtime::SpringBootWar
                             ? gmtPlus8(at, u"yyyy-MM-dd HH:mm:ss.zzz"_s)
                             : InstanceLogWriter::timestamp(at);
    return u"%1 %2 1 --- [%3] %4 : %5"_s.arg(time, level.toString().rightJustified(5),
                                             threadName.rightJustified(15), abbreviated.leftJustified(40),
                                             message);
}

QString catalinaLine(const QDateTime &at, const QString &source, const QString &message)
{
    return u"%1 INFO [main] %2 %3"_s.arg(gmtPlus8(at, u"dd-MMM-yyyy HH:mm:ss.zzz"_s), source, message);
}

QString nodeLine(const QDateTime &at, QStringView level, const QString &message)
{
    return u"%1 %2: %3"_s.arg(InstanceLogWriter::timestamp(at), level.toString(), message);
}

QString pythonLine(const QDateTime &at, int pid, QStringView level, const QString &message)
{
    return u"[%1] [%2] [%3] %4"_s.arg(gmtPlus8(at, u"yyyy-MM-dd HH:mm:ss '+0800'"_s))
        .arg(pid)
        .arg(level, message);
}

QRandomGenerator generatorFor(quint64 seed, quint64 salt)
{
    const quint32 seeds[] = {quint32(seed), quint32(seed >> 32), quint32(salt), quint32(salt >> 32)};
    return QRandomGenerator(seeds);
}

/** Writes one run's lines: start-up, then what it does until it ends or until now. */
class RunWriter
{
public:
    RunWriter(const Subject &subject, const Run &run, qint64 startupMs, bool failsReadiness, LogLines &lines)
        : m_subject(subject)
        , m_run(run)
        , m_startupMs(startupMs)
        , m_failsReadiness(failsReadiness)
        , m_lines(lines)
    {}

    void write(const QDateTime &until)
    {
        const bool crashes = m_run.outcome == ContainerHistory::Outcome::CrashesOnStart;
        const qint64 startup = crashes ? crashStartupMilliseconds : m_startupMs;
        switch (m_subject.runtime) {
        case Runtime::SpringBoot:
        case Runtime::SpringBootWar:
        case Runtime::SpringCloudGateway:
            springStartup(startup, crashes);
            break;
        case Runtime::Node:
        case Runtime::NextJs:
            nodeStartup(startup, crashes);
            break;
        case Runtime::Python:
            pythonStartup(startup, crashes);
            break;
        }
        if (crashes) {
            crash(m_run.startedAt.addMSecs(dependencyAt(startup)));
            return;
        }
        const bool outOfMemory = m_run.outcome == ContainerHistory::Outcome::RunsOutOfMemory;
        // An earlier run serves until its memory runs out half a minute before its end.
        const QDateTime servesUntil = outOfMemory ? m_run.endedAt.addSecs(-30) : until;
        if (m_failsReadiness)
            readinessChecks(servesUntil);
        else
            requests(servesUntil);
        if (outOfMemory)
            outOfMemoryReport();
    }

private:
    QDateTime at(qint64 startup, double fraction) const
    {
        return m_run.startedAt.addMSecs(qint64(double(startup) * fraction));
    }
    static qint64 dependencyAt(qint64 startup) { return startup / 2; }

    bool spring(qint64 startup, double fraction, QStringView level, const QString &logger,
                const QString &message, QStringView thread = u"main")
    {
        const QDateTime when = at(startup, fraction);
        return m_lines.add(when, springLine(m_subject, when, level, thread, logger, message));
    }

    void springStartup(qint64 startup, bool crashes)
    {
        const Subject &s = m_subject;
        const bool war = s.runtime == Runtime::SpringBootWar;
        const bool gateway = s.runtime == Runtime::SpringCloudGateway;
        const QString mainLogger = s.package + u'.' + s.mainClass;
        const QDateTime serverStart = at(startup, 0.0);
        if (war) {
            m_lines.add(serverStart,
                        catalinaLine(serverStart, u"org.apache.catalina.startup.VersionLoggerListener.log"_s,
                                     u"Server version name:   Apache Tomcat/9.0.80"_s));
            m_lines.add(serverStart,
                        catalinaLine(serverStart, u"org.apache.catalina.startup.VersionLoggerListener.log"_s,
                                     u"JVM Version:           17.0.9+8"_s));
            const QDateTime deploying = at(startup, 0.06);
            m_lines.add(deploying, catalinaLine(deploying, u"org.apache.catalina.startup.Catalina.load"_s,
                                                u"Server initialized in [%1] milliseconds"_s.arg(
                                                    qint64(double(startup) * 0.06))));
            m_lines.add(
                deploying,
                catalinaLine(deploying, u"org.apache.catalina.startup.HostConfig.deployWAR"_s,
                             u"Deploying web application archive [/usr/local/tomcat/webapps/ROOT.war]"_s));
        }
        const QDateTime bannerAt = at(startup, 0.08);
        m_lines.add(bannerAt,
                    u"\n"
                    u"  .   ____          _            __ _ _\n"
                    u" /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\\n"
                    u"( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\\n"
                    u" \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )\n"
                    u"  '  |____| .__|_| |_|_| |_\\__, | / / / /\n"
                    u" =========|_|==============|___/=/_/_/_/\n"
                    u" :: Spring Boot ::               (v%1)\n"_s.arg(war ? u"2.7.18"_s : u"3.1.5"_s));
        const QString location =
            war ? u"/usr/local/tomcat/webapps/ROOT/WEB-INF/classes started by root in "
                  u"/usr/local/tomcat"_s
                : u"/home/admin/app/%1.jar started by root in /home/admin"_s.arg(s.appName);
        spring(startup, 0.09, u"INFO", mainLogger,
               u"Starting %1 v%2 using Java 17.0.9 with PID 1 (%3)"_s.arg(s.mainClass, s.version, location));
        spring(startup, 0.095, u"INFO", mainLogger,
               u"The following 1 profile is active: \"%1\""_s.arg(s.profile));
        if (gateway) {
            spring(startup, 0.35, u"INFO",
                   u"org.springframework.cloud.gateway.route.RouteDefinitionRouteLocator"_s,
                   u"Loaded RoutePredicateFactory [Path]"_s);
            if (!spring(startup, 0.5, u"INFO", s.package + u".config.RateLimiterConfig"_s,
                        u"Redis rate limiter using %1:6379"_s.arg(s.redisHost))
                || crashes)
                return;
        } else {
            spring(startup, 0.2, u"INFO",
                   u"org.springframework.data.repository.config.RepositoryConfigurationDelegate"_s,
                   u"Bootstrapping Spring Data JPA repositories in DEFAULT mode."_s);
            if (war) {
                spring(startup, 0.3, u"INFO", u"org.springframework.web.context.ContextLoader"_s,
                       u"Root WebApplicationContext: initialization completed in %1 ms"_s.arg(
                           qint64(double(startup) * 0.2)));
            } else {
                spring(startup, 0.3, u"INFO",
                       u"org.springframework.boot.web.embedded.tomcat.TomcatWebServer"_s,
                       u"Tomcat initialized with port(s): 8080 (http)"_s);
                spring(startup, 0.31, u"INFO", u"org.apache.catalina.core.StandardService"_s,
                       u"Starting service [Tomcat]"_s);
                spring(startup, 0.31, u"INFO", u"org.apache.catalina.core.StandardEngine"_s,
                       u"Starting Servlet engine: [Apache Tomcat/10.1.15]"_s);
                spring(startup, 0.33, u"INFO",
                       u"org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext"_s,
                       u"Root WebApplicationContext: initialization completed in %1 ms"_s.arg(
                           qint64(double(startup) * 0.23)));
            }
            if (!spring(startup, 0.5, u"INFO", u"com.zaxxer.hikari.HikariDataSource"_s,
                        u"HikariPool-1 - Starting..."_s)
                || crashes)
                return;
            spring(startup, 0.55, u"INFO", u"com.zaxxer.hikari.pool.HikariPool"_s,
                   u"HikariPool-1 - Added connection com.mysql.cj.jdbc.ConnectionImpl@%1"_s.arg(
                       token(m_run.seed, 8)));
            spring(startup, 0.56, u"INFO", u"com.zaxxer.hikari.HikariDataSource"_s,
                   u"HikariPool-1 - Start completed."_s);
        }
        spring(startup, 0.8, u"INFO", u"com.alibaba.cloud.nacos.registry.NacosServiceRegistry"_s,
               u"nacos registry, DEFAULT_GROUP %1 %2:8080 register finished"_s.arg(s.appName, s.ip));
        spring(startup, 0.9, u"INFO",
               u"org.springframework.boot.actuate.endpoint.web.EndpointLinksResolver"_s,
               u"Exposing 3 endpoint(s) beneath base path '/actuator'"_s);
        if (gateway)
            spring(startup, 0.97, u"INFO", u"org.springframework.boot.web.embedded.netty.NettyWebServer"_s,
                   u"Netty started on port 8080"_s);
        else if (!war)
            spring(startup, 0.97, u"INFO", u"org.springframework.boot.web.embedded.tomcat.TomcatWebServer"_s,
                   u"Tomcat started on port(s): 8080 (http) with context path ''"_s);
        const double seconds = double(startup) / 1000.0;
        spring(startup, 1.0, u"INFO", mainLogger,
               u"Started %1 in %2 seconds (%3 running for %4)"_s.arg(
                   s.mainClass, QString::number(seconds * 0.95, 'f', 3), war ? u"JVM"_s : u"process"_s,
                   QString::number(seconds + 0.61, 'f', 3)));
        if (war) {
            const QDateTime done = at(startup, 1.0);
            m_lines.add(done,
                        catalinaLine(done, u"org.apache.catalina.startup.HostConfig.deployWAR"_s,
                                     u"Deployment of web application archive "
                                     u"[/usr/local/tomcat/webapps/ROOT.war] has finished in [%1] ms"_s.arg(
                                         qint64(double(startup) * 0.92))));
            m_lines.add(done, catalinaLine(done, u"org.apache.catalina.startup.Catalina.start"_s,
                                           u"Server startup in [%1] milliseconds"_s.arg(startup)));
        }
    }

    void nodeStartup(qint64 startup, bool crashes)
    {
        const Subject &s = m_subject;
        const bool next = s.runtime == Runtime::NextJs;
        m_lines.add(at(startup, 0.0),
                    u"\n> %1@%2 start\n> %3\n"_s.arg(s.appName, s.version,
                                                     next ? u"next start -p 8080"_s : u"node server.js"_s));
        if (next)
            m_lines.add(at(startup, 0.2),
                        u"  \u25b2 Next.js 14.2.3\n  - Local:        http://localhost:8080\n\n"
                        u" \u2713 Starting..."_s);
        else
            m_lines.add(
                at(startup, 0.2),
                nodeLine(at(startup, 0.2), u"info",
                         u"%1 %2 starting (node v18.19.0, NODE_ENV=production)"_s.arg(s.appName, s.version)));
        if (!m_lines.add(at(startup, 0.5), nodeLine(at(startup, 0.5), u"info",
                                                    u"connecting to Redis %1:6379"_s.arg(s.redisHost)))
            || crashes)
            return;
        m_lines.add(at(startup, 0.7),
                    nodeLine(at(startup, 0.7), u"info", u"connected to Redis %1:6379"_s.arg(s.redisHost)));
        if (next)
            m_lines.add(at(startup, 1.0), u" \u2713 Ready in %1ms"_s.arg(startup));
        else
            m_lines.add(at(startup, 1.0),
                        nodeLine(at(startup, 1.0), u"info", u"listening on http://0.0.0.0:8080"_s));
    }

    bool python(qint64 startup, double fraction, int pid, QStringView level, const QString &message)
    {
        const QDateTime when = at(startup, fraction);
        return m_lines.add(when, pythonLine(when, pid, level, message));
    }

    void pythonStartup(qint64 startup, bool crashes)
    {
        python(startup, 0.0, 1, u"INFO", u"Starting gunicorn 21.2.0"_s);
        python(startup, 0.02, 1, u"INFO", u"Listening at: http://0.0.0.0:8080 (1)"_s);
        python(startup, 0.03, 1, u"INFO", u"Using worker: uvicorn.workers.UvicornWorker"_s);
        python(startup, 0.1, 1, u"INFO", u"Booting worker with pid: 7"_s);
        python(startup, 0.4, 7, u"INFO", u"Started server process [7]"_s);
        python(startup, 0.42, 7, u"INFO", u"Waiting for application startup."_s);
        if (!python(startup, 0.5, 7, u"INFO",
                    u"connecting to PostgreSQL %1:5432"_s.arg(m_subject.databaseHost))
            || crashes)
            return;
        python(startup, 1.0, 7, u"INFO", u"Application startup complete."_s);
    }

    /// A dependency refuses the connection: retries, then the runtime gives up and the process ends.
    void crash(const QDateTime &firstAttempt)
    {
        const Subject &s = m_subject;
        const bool java = s.runtime == Runtime::SpringBoot || s.runtime == Runtime::SpringBootWar
                          || s.runtime == Runtime::SpringCloudGateway;
        const bool usesRedis = s.runtime == Runtime::SpringCloudGateway || s.runtime == Runtime::Node
                               || s.runtime == Runtime::NextJs;
        const QString host = usesRedis ? s.redisHost : s.databaseHost;
        const int port = usesRedis ? 6379 : (s.runtime == Runtime::Python ? 5432 : 3306);
        const QString name =
            usesRedis ? u"Redis"_s : (s.runtime == Runtime::Python ? u"PostgreSQL"_s : u"MySQL"_s);
        for (int attempt = 1; attempt < attempts; ++attempt) {
            const QDateTime when = firstAttempt.addMSecs(qint64(attempt - 1) * retryMilliseconds + 30);
            const QString retry =
                u"retrying in %1 ms (attempt %2/%3)"_s.arg(retryMilliseconds).arg(attempt).arg(attempts);
            if (java) {
                m_lines.add(when,
                            springLine(s, when, u"WARN", u"main",
                                       s.package + u".config.StartupDependencyCheck"_s,
                                       u"%1 %2:%3 is not reachable: Connection refused; %4"_s.arg(name, host)
                                           .arg(port)
                                           .arg(retry)));
            } else if (s.runtime == Runtime::Python) {
                m_lines.add(when,
                            pythonLine(when, 7, u"WARNING",
                                       u"%1 %2:%3 is not reachable: [Errno 111] Connection refused; %4"_s
                                           .arg(name, host)
                                           .arg(port)
                                           .arg(retry)));
            } else {
                m_lines.add(
                    when,
                    nodeLine(when, u"warn",
                             u"Redis connection to %1:%2 failed - connect ECONNREFUSED %3:%2; %4"_s.arg(host)
                                 .arg(port)
                                 .arg(s.dependencyIp, retry)));
            }
        }
        const QDateTime end = firstAttempt.addMSecs(qint64(attempts - 1) * retryMilliseconds + 50);
        if (java && !usesRedis) {
            m_lines.add(end, springLine(s, end, u"ERROR", u"main", u"com.zaxxer.hikari.pool.HikariPool"_s,
                                        u"HikariPool-1 - Exception during pool initialization."_s));
            m_lines.add(
                end,
                u"\ncom.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure\n\n"
                u"The last packet sent successfully to the server was 0 milliseconds ago. The driver has "
                u"not received any packets from the server.\n"
                u"\tat "
                u"com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:175) "
                u"~[mysql-connector-j-8.1.0.jar!/:8.1.0]\n"
                u"\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:819) "
                u"~[mysql-connector-j-8.1.0.jar!/:8.1.0]\n"
                u"\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:554) "
                u"~[HikariCP-5.0.1.jar!/:na]\n"
                u"Caused by: java.net.ConnectException: Connection refused\n"
                u"\tat java.base/sun.nio.ch.Net.pollConnect(Native Method) ~[na:na]\n"
                u"\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:549) "
                u"~[na:na]\n"
                u"\t... 58 common frames omitted\n"_s);
        }
        const QDateTime failed = end.addMSecs(400);
        if (java) {
            const QString exception =
                usesRedis
                    ? u"io.lettuce.core.RedisConnectionException: Unable to connect to %1:6379"_s.arg(host)
                    : u"org.springframework.beans.factory.BeanCreationException: Error creating bean with "
                      u"name 'entityManagerFactory' defined in class path resource "
                      u"[org/springframework/boot/autoconfigure/orm/jpa/"
                      u"HibernateJpaConfiguration.class]: Unable to open JDBC Connection for DDL execution"_s;
            m_lines.add(failed, springLine(s, failed, u"ERROR", u"main",
                                           u"org.springframework.boot.SpringApplication"_s,
                                           u"Application run failed"_s));
            m_lines.add(
                failed,
                u"\n%1\n"
                u"\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory."
                u"initializeBean(AbstractAutowireCapableBeanFactory.java:1770) "
                u"~[spring-beans-6.0.13.jar!/:6.0.13]\n"
                u"\tat org.springframework.boot.SpringApplication.refreshContext(SpringApplication.java:436) "
                u"~[spring-boot-3.1.5.jar!/:3.1.5]\n"
                u"\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:312) "
                u"~[spring-boot-3.1.5.jar!/:3.1.5]\n"
                u"\tat %2.%3.main(%3.java:24) ~[classes!/:%4]\n"
                u"Caused by: java.net.ConnectException: Connection refused\n"
                u"\tat java.base/sun.nio.ch.Net.pollConnect(Native Method) ~[na:na]\n"
                u"\t... 45 common frames omitted"_s.arg(exception, s.package, s.mainClass, s.version));
        } else if (s.runtime == Runtime::Python) {
            m_lines.add(failed, pythonLine(failed, 7, u"ERROR", u"Traceback (most recent call last):"_s));
            m_lines.add(failed, u"  File \"/usr/local/lib/python3.11/site-packages/starlette/routing.py\", "
                                u"line 677, in lifespan\n"
                                u"    async with self.lifespan_context(app) as maybe_state:\n"
                                u"  File \"/app/app/main.py\", line 41, in lifespan\n"
                                u"    await database.connect()\n"
                                u"  File \"/usr/local/lib/python3.11/asyncio/base_events.py\", line 1085, in "
                                u"create_connection\n"
                                u"    raise exceptions[0]\n"
                                u"ConnectionRefusedError: [Errno 111] Connection refused"_s);
            m_lines.add(failed, pythonLine(failed, 7, u"ERROR", u"Application startup failed. Exiting."_s));
            m_lines.add(failed, pythonLine(failed, 1, u"ERROR", u"Worker (pid:7) exited with code 3"_s));
            m_lines.add(failed, pythonLine(failed, 1, u"ERROR", u"Reason: Worker failed to boot."_s));
        } else {
            m_lines.add(failed,
                        nodeLine(failed, u"error",
                                 u"giving up on Redis %1:6379 after %2 attempts"_s.arg(host).arg(attempts)));
            m_lines.add(failed, u"/app/node_modules/ioredis/built/redis/event_handler.js:189\n"
                                u"            self.flushQueue(new "
                                u"errors_1.MaxRetriesPerRequestError(maxRetriesPerRequest));\n"
                                u"                            ^\n\n"
                                u"Error: connect ECONNREFUSED %1:6379\n"
                                u"    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\n"
                                u"  errno: -111,\n"
                                u"  code: 'ECONNREFUSED',\n"
                                u"  syscall: 'connect',\n"
                                u"  address: '%1',\n"
                                u"  port: 6379\n"
                                u"}\n\n"
                                u"Node.js v18.19.0"_s.arg(s.dependencyIp));
        }
    }

    /// The requests the instance serves, one slot of `period` each with a seeded jitter.
    void requests(const QDateTime &until)
    {
        const Subject &s = m_subject;
        const bool node = s.runtime == Runtime::Node || s.runtime == Runtime::NextJs;
        const qint64 period = s.runtime == Runtime::Python ? 20000 : (node ? 9000 : 6000);
        const QDateTime first = m_run.readyAt.addMSecs(1500);
        if (!m_run.readyAt.isValid() || until < first)
            return;
        const qint64 slotCount = first.msecsTo(until) / period + 1;
        const QString clientNetwork = s.ip.section(u'.', 0, 1);
        for (qint64 slot = qMax<qint64>(0, slotCount - InstanceLogWriter::maximumLines - 1); slot < slotCount;
             ++slot) {
            QRandomGenerator random = generatorFor(m_run.seed, quint64(slot));
            const QDateTime when = first.addMSecs(slot * period + random.bounded(int(period * 3 / 4)));
            if (when > until)
                break;
            QString request = s.requests.at(random.bounded(int(s.requests.size())));
            const QString upstream = request.section(u' ', 2);
            request = fill(request.section(u' ', 0, 1), random);
            const bool post = request.startsWith(u"POST") || request.startsWith(u"PUT");
            const int roll = random.bounded(100);
            const int status = roll < 3 && !post ? 404 : (post && roll < 60 ? 201 : 200);
            const bool slow = random.bounded(40) == 0;
            const int ms = slow ? 1500 + random.bounded(2500) : 3 + random.bounded(120);
            switch (s.runtime) {
            case Runtime::SpringBoot:
            case Runtime::SpringBootWar: {
                const QString thread = u"nio-8080-exec-%1"_s.arg(1 + random.bounded(200));
                const QString logger = s.package + u".web.AccessLogFilter"_s;
                m_lines.add(when, springLine(s, when, u"INFO", thread, logger,
                                             u"%1 %2 %3ms"_s.arg(request).arg(status).arg(ms)));
                if (slow)
                    m_lines.add(when, springLine(s, when, u"WARN", thread, logger,
                                                 u"Slow request: %1 took %2 ms"_s.arg(request).arg(ms)));
                break;
            }
            case Runtime::SpringCloudGateway:
                m_lines.add(when,
                            springLine(s, when, slow ? u"WARN" : u"INFO",
                                       u"ctor-http-nio-%1"_s.arg(1 + random.bounded(4)),
                                       s.package + u".filter.AccessLogGlobalFilter"_s,
                                       u"%1 -> %2 %3 %4ms"_s.arg(request, upstream).arg(status).arg(ms)));
                break;
            case Runtime::Node:
            case Runtime::NextJs:
                m_lines.add(when,
                            nodeLine(when, slow ? u"warn" : u"info",
                                     u"%1 %2 %3 ms - %4"_s.arg(request)
                                         .arg(status)
                                         .arg(QString::number(ms + random.bounded(1000) / 1000.0, 'f', 3))
                                         .arg(200 + random.bounded(48000))));
                break;
            case Runtime::Python:
                m_lines.add(when, pythonLine(when, 7, u"INFO",
                                             u"%1.%2.%3:%4 - \"%5 HTTP/1.1\" %6"_s.arg(clientNetwork)
                                                 .arg(random.bounded(256))
                                                 .arg(2 + random.bounded(250))
                                                 .arg(30000 + random.bounded(30000))
                                                 .arg(request)
                                                 .arg(status)));
                break;
            }
        }
    }

    /// The application is up, but its readiness endpoint fails every probe: a dependency is down.
    void readinessChecks(const QDateTime &until)
    {
        const Subject &s = m_subject;
        const QDateTime first = m_run.readyAt.addMSecs(probeMilliseconds);
        if (!m_run.readyAt.isValid() || until < first)
            return;
        const qint64 probes = first.msecsTo(until) / probeMilliseconds + 1;
        const QString kubelet = s.ip.section(u'.', 0, 2) + u".1"_s;
        for (qint64 probe = qMax<qint64>(0, probes - InstanceLogWriter::maximumLines); probe < probes;
             ++probe) {
            QRandomGenerator random = generatorFor(m_run.seed, quint64(probe) | (1ULL << 40));
            const QDateTime when = first.addMSecs(probe * probeMilliseconds + random.bounded(50));
            const QDateTime answered = when.addMSecs(3000 + random.bounded(20));
            if (answered > until)
                break;
            switch (s.runtime) {
            case Runtime::SpringBoot:
            case Runtime::SpringBootWar:
            case Runtime::SpringCloudGateway: {
                const QString thread = s.runtime == Runtime::SpringCloudGateway
                                           ? u"ctor-http-nio-%1"_s.arg(1 + random.bounded(4))
                                           : u"nio-8080-exec-%1"_s.arg(1 + random.bounded(200));
                m_lines.add(answered,
                            springLine(s, answered, u"WARN", thread,
                                       u"org.springframework.boot.actuate.data.redis.RedisHealthIndicator"_s,
                                       u"Redis health check failed"_s));
                m_lines.add(
                    answered,
                    u"org.springframework.data.redis.RedisConnectionFailureException: Unable to connect to "
                    u"Redis\n"
                    u"Caused by: io.lettuce.core.RedisCommandTimeoutException: Command timed out after 3 "
                    u"second(s) (%1:6379)"_s.arg(s.redisHost));
                m_lines.add(
                    answered,
                    springLine(s, answered, u"INFO", thread, s.package + u".web.AccessLogFilter"_s,
                               u"GET /actuator/health/readiness 503 %1ms"_s.arg(when.msecsTo(answered))));
                break;
            }
            case Runtime::Node:
            case Runtime::NextJs:
                m_lines.add(answered, nodeLine(answered, u"warn",
                                               u"readiness check failed: Redis %1:6379 did not answer PING "
                                               u"within 3000 ms"_s.arg(s.redisHost)));
                m_lines.add(answered, nodeLine(answered, u"info",
                                               u"GET /healthz 503 %1 ms - 61"_s.arg(QString::number(
                                                   double(when.msecsTo(answered)) + 0.117, 'f', 3))));
                break;
            case Runtime::Python:
                m_lines.add(answered,
                            pythonLine(answered, 7, u"WARNING",
                                       u"readiness check failed: PostgreSQL %1:5432 timed out after "
                                       u"3.0 s"_s.arg(s.databaseHost)));
                m_lines.add(answered, pythonLine(answered, 7, u"INFO",
                                                 u"%1:%2 - \"GET /healthz HTTP/1.1\" 503"_s.arg(kubelet).arg(
                                                     40000 + random.bounded(20000))));
                break;
            }
        }
    }

    /// The end of an earlier run: the heap fills up and the runtime gives up.
    void outOfMemoryReport()
    {
        const Subject &s = m_subject;
        const QDateTime warning = m_run.endedAt.addSecs(-25);
        const QDateTime end = m_run.endedAt.addMSecs(-800);
        const int usedMb = s.heapMb * 93 / 100;
        switch (s.runtime) {
        case Runtime::SpringBoot:
        case Runtime::SpringBootWar:
        case Runtime::SpringCloudGateway:
            m_lines.add(warning,
                        springLine(s, warning, u"WARN", u"scheduling-1", s.package + u".cache.CacheWarmUp"_s,
                                   u"Heap usage %1% after full GC (%2 MiB of %3 MiB); cache warm-up "
                                   u"still loading"_s.arg(93)
                                       .arg(usedMb)
                                       .arg(s.heapMb)));
            m_lines.add(end, u"java.lang.OutOfMemoryError: Java heap space\n"
                             u"Dumping heap to /home/admin/logs/java_pid1.hprof ...\n"
                             u"Heap dump file created [%1 bytes in %2 secs]\n"
                             u"Terminating due to java.lang.OutOfMemoryError: Java heap space"_s
                                 .arg(qint64(usedMb) * 1024 * 1024 + qint64(m_run.seed % 1000000))
                                 .arg(QString::number(double(s.heapMb) / 400.0, 'f', 3)));
            break;
        case Runtime::Node:
        case Runtime::NextJs:
            m_lines.add(end,
                        u"\n<--- Last few GCs --->\n\n"
                        u"[19:0x5c1f2b0] %1 ms: Mark-Compact (reduce) %2.1 (%3.4) -> %2.0 (%3.9) MB, "
                        u"1432.12 / 0.00 ms  (average mu = 0.151, current mu = 0.008) allocation failure; "
                        u"scavenge might not succeed\n\n"
                        u"<--- JS stacktrace --->\n\n"
                        u"FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"_s
                            .arg(m_run.startedAt.msecsTo(end))
                            .arg(usedMb)
                            .arg(s.heapMb));
            break;
        case Runtime::Python:
            m_lines.add(end, pythonLine(end, 1, u"ERROR",
                                        u"Worker (pid:7) was sent SIGKILL! Perhaps out of memory?"_s));
            m_lines.add(end, pythonLine(end, 1, u"INFO", u"Shutting down: Master"_s));
            break;
        }
    }

    QString fill(QString request, QRandomGenerator &random) const
    {
        const auto digits = [&random](int count) {
            QString text;
            for (int i = 0; i < count; ++i)
                text.append(QChar(char16_t(u'0' + random.bounded(10))));
            return text;
        };
        request.replace(u"{n}"_s, QString::number(100000 + random.bounded(89999999)));
        request.replace(u"{sku}"_s, u"SKU"_s + digits(8));
        request.replace(u"{store}"_s, u"S"_s + digits(4));
        request.replace(u"{dealer}"_s, u"D"_s + digits(5));
        request.replace(u"{page}"_s, QString::number(1 + random.bounded(20)));
        request.replace(u"{code}"_s, token(random.generate64(), 8).toUpper());
        request.replace(u"{q}"_s, s_searches.at(random.bounded(int(s_searches.size()))).toString());
        request.replace(u"{build}"_s, token(ContainerHistory::stableHash(m_subject.version), 21));
        return request;
    }

    const Subject &m_subject;
    const Run &m_run;
    qint64 m_startupMs;
    bool m_failsReadiness;
    LogLines &m_lines;
};

} // namespace

InstanceLogWriter::InstanceLogWriter(const EmulatedApplication &application, const Instance &instance)
    : m_application(application)
    , m_instance(instance)
{}

QString InstanceLogWriter::timestamp(const QDateTime &at)
{
    return gmtPlus8(at, u"yyyy-MM-dd'T'HH:mm:ss.zzz'+08:00'"_s);
}

QString InstanceLogWriter::write(const ContainerHistory::Run &run, const QDateTime &now) const
{
    const QDateTime until = run.endedAt.isValid() && run.endedAt < now ? run.endedAt : now;
    LogLines lines(until);
    const Subject subject = subjectOf(m_application, m_instance);
    const bool failsReadiness = m_application.fateOf(m_instance.instanceId) == InstanceFate::ReadinessFailure;
    // A run that became ready took exactly until then to start; the others take their usual time.
    const qint64 startup =
        run.readyAt.isValid() && run.readyAt > run.startedAt
            ? run.startedAt.msecsTo(run.readyAt)
            : ContainerHistory(m_application, m_instance).startupMilliseconds(run.restartCount);
    RunWriter(subject, run, startup, failsReadiness, lines).write(until);
    return lines.tail(maximumLines, maximumBytes);
}
