// What the on-call hand-over costs to export for a large fleet: 200 applications, 500 alerts in
// the shift and a journal of 10,000 lines over a week (about 700 of them in the 12-hour shift).
// The shift's entries are picked out of the journal and the report written as Markdown (both on
// the thread pool in FleetExporter), the fleet written as CSV (thread pool), and the PDF laid out
// (GUI thread). QBENCHMARK prints the times; nothing is asserted about them.
//
// Set HANDOVER_PAGE_PNG=/tmp/handover.png to also save the PDF's first and last pages as images
// (handover.png, handover-last.png), to look at them.

#include "core/fleetcsv.h"
#include "core/handoverreport.h"
#include "widgets/releaserecordpdf.h"

#include <QApplication>
#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr int s_applications = 200;
constexpr int s_alerts = 500;
constexpr int s_journalLines = 10000;

const QStringList s_services{u"api-gateway"_s,       u"member-service"_s, u"order-service"_s,
                             u"inventory-service"_s, u"dealer-portal"_s,  u"guide-miniapp-backend"_s,
                             u"web-frontend"_s,      u"sap-connector"_s,  u"marketing-service"_s,
                             u"payment-service"_s,   u"会员积分服务"_s}; // zh_CN names too: the PDF needs
                                                                         // their glyphs
const QStringList s_namespaces{u"production"_s, u"staging"_s, u"development"_s};
const QStringList s_regions{u"cn-shenzhen"_s, u"cn-hangzhou"_s};

} // namespace

class BenchHandOverReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void entriesWithinOfALongJournal();
    void markdown();
    void csv();
    void pdf();

private:
    QDateTime m_now;
    HandOverReport m_report;
    QList<JournalEntry> m_journal;
};

void BenchHandOverReport::initTestCase()
{
    m_now = QDateTime(QDate(2026, 11, 28), QTime(8, 0), Qt::UTC);
    m_report.profile = u"Production"_s;
    m_report.region = u"cn-shenzhen, cn-hangzhou"_s;
    m_report.from = m_now.addSecs(-12 * 3600);
    m_report.to = m_now;

    for (int i = 0; i < s_applications; ++i) {
        FleetRow row;
        Application &app = row.application;
        app.appId = u"app-%1"_s.arg(i, 4, 10, QChar(u'0'));
        app.appName = u"%1-%2"_s.arg(s_services.at(i % s_services.size())).arg(i / s_services.size());
        app.namespaceName = s_namespaces.at(i % s_namespaces.size());
        app.regionId = s_regions.at(i % s_regions.size());
        app.namespaceId = app.regionId + u':' + app.namespaceName;
        app.targetInstances = 2 + i % 5;
        // One in ten is down to half, one in seven has a sick instance, every ninth is changing.
        app.runningInstances = i % 10 == 3 ? app.targetInstances / 2 : app.targetInstances;
        FleetHealth::Input input;
        input.targetInstances = app.targetInstances;
        input.runningInstances = app.runningInstances;
        input.abnormalInstances = i % 7 == 1 ? 1 : 0;
        input.restartsLastHour = i % 7 == 1 ? 4 : 0;
        input.warningEvents = i % 5;
        if (i % 9 == 2) {
            ChangeOrder order;
            order.changeOrderId = u"co-%1"_s.arg(i);
            order.appId = app.appId;
            order.coTypeCode = u"CoDeploy"_s;
            order.description = u"Release 3.%1"_s.arg(i);
            order.status = i % 2 ? ChangeOrderStatus::WaitingForConfirmation : ChangeOrderStatus::Executing;
            order.createdAt = m_now.addSecs(-1800);
            input.lastChange = order;
            row.lastChange = order;
        }
        row.health = FleetHealth::of(input, m_now);
        row.checkedAt = m_now.addSecs(-(i % 60));
        m_report.rows.append(row);
    }

    for (int i = 0; i < s_alerts; ++i) {
        const FleetRow &row = m_report.rows.at(i % s_applications);
        FleetAlert alert;
        alert.kind = i % 4 == 0 ? FleetAlert::Kind::Recovered : FleetAlert::Kind::TurnedUnhealthy;
        alert.appId = row.application.appId;
        alert.appName = row.application.appName;
        alert.namespaceId = row.application.namespaceId;
        alert.namespaceName = row.application.namespaceName;
        alert.detail = u"1 of %1 instances not ready"_s.arg(row.application.targetInstances);
        alert.since = m_report.from.addSecs(i * 12 * 3600 / s_alerts);
        m_report.alerts.append(alert);
    }

    // Operations of three lines over a week, the newest last.
    const JournalEntry::Who who{u"Production"_s, u"LTAI5tExampleKey"_s, u"oncall"_s};
    const qint64 week = 7 * 24 * 3600;
    const int operations = s_journalLines / 3 + 1;
    for (int i = 0; m_journal.size() < s_journalLines; ++i) {
        const FleetRow &row = m_report.rows.at(i % s_applications);
        const JournalEntry::Where where{row.application.regionId,      row.application.namespaceId,
                                        row.application.namespaceName, row.application.appId,
                                        row.application.appName,       {}};
        const QDateTime at = m_now.addSecs(-week + week * i / operations);
        JournalEntry requested =
            JournalEntry::requested(i % 3 ? u"restart-instances"_s : u"deploy"_s, who, where, {}, at);
        requested.comment = i % 5 == 0 ? u"Restarted the stuck instance | see ticket 4711"_s : QString();
        JournalEntry accepted = requested.followUp(JournalEntry::Outcome::Accepted, at.addSecs(1));
        accepted.requestId = u"9A0F3C2E-%1"_s.arg(i, 8, 16, QChar(u'0'));
        accepted.changeOrderId = i % 3 ? QString() : u"co-j%1"_s.arg(i);
        const JournalEntry done = accepted.followUp(JournalEntry::Outcome::Succeeded, at.addSecs(120));
        for (const JournalEntry &entry : {requested, accepted, done}) {
            if (m_journal.size() < s_journalLines)
                m_journal.append(entry);
        }
    }
    m_report.entries = HandOverReport::entriesWithin(m_journal, m_report.from, m_report.to);
    qInfo("%lld journal lines in the shift", qint64(m_report.entries.size()));
}

void BenchHandOverReport::entriesWithinOfALongJournal()
{
    QList<JournalEntry> found;
    QBENCHMARK
    {
        found = HandOverReport::entriesWithin(m_journal, m_report.from, m_report.to);
    }
    QVERIFY(found.size() > 500);
}

void BenchHandOverReport::markdown()
{
    QString markdown;
    QBENCHMARK
    {
        markdown = m_report.toMarkdown(m_now);
    }
    QVERIFY(markdown.contains(u"see ticket 4711"_s));
    static bool said = false; // QBENCHMARK runs the function again until it has enough
    if (!std::exchange(said, true))
        qInfo("hand-over: %lld KiB of Markdown", qint64(markdown.toUtf8().size() / 1024));
}

void BenchHandOverReport::csv()
{
    QByteArray csv;
    QBENCHMARK
    {
        csv = FleetCsv::toCsv(m_report.rows, m_now);
    }
    QCOMPARE(csv.count("\r\n"), qsizetype(s_applications + 1));
}

void BenchHandOverReport::pdf()
{
    const QString markdown = m_report.toMarkdown(m_now);
    QByteArray pdf;
    QBENCHMARK
    {
        pdf = ReleaseRecordPdf::toPdf(markdown, m_report.title());
    }
    QVERIFY(pdf.startsWith("%PDF-"));
    static bool said = false;
    if (std::exchange(said, true))
        return;
    qInfo("hand-over: %d pages, %lld KiB of PDF", ReleaseRecordPdf::pageCount(markdown),
          qint64(pdf.size() / 1024));
    const QString png = qEnvironmentVariable("HANDOVER_PAGE_PNG");
    if (!png.isEmpty()) {
        QVERIFY(ReleaseRecordPdf::renderPage(markdown, 0, 110).save(png));
        const int last = ReleaseRecordPdf::pageCount(markdown) - 1;
        QVERIFY(ReleaseRecordPdf::renderPage(markdown, last, 110)
                    .save(QString(png).replace(u".png"_s, u"-last.png"_s)));
    }
}

QTEST_MAIN(BenchHandOverReport)
#include "bench_handoverreport.moc"
