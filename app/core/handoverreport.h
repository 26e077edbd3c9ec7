#pragma once

#include "core/fleetalert.h"
#include "core/fleettablemodel.h"
#include "core/journalentry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

/**
 * The snapshot an on-call engineer hands to the next shift (issue 8): what needs someone now, what
 * waits for sign-off or is changing, what happened during the shift (the alerts) and what was
 * done (the operations journal). Exported as Markdown and, through ReleaseRecordPdf, as a PDF.
 *
 * The caller fills the fleet rows and the alerts it raised; FleetExporter reads the journal off the
 * GUI thread and fills `entries` (entriesWithin()). toMarkdown() keeps only the alerts and journal
 * entries of the shift window itself, so a caller may pass more.
 */
struct HandOverReport
{
    Q_DECLARE_TR_FUNCTIONS(HandOverReport)

public:
    QString profile;             ///< the console profile's name
    QString region;              ///< the region(s) as the fleet page says them ("cn-shenzhen", "3 regions")
    QDateTime from;              ///< the shift's start; invalid: open
    QDateTime to;                ///< the shift's end (usually now); invalid: open
    QString generatedBy;         ///< who hands over; empty: the OS user of the shift's newest journal entry
    QList<FleetRow> rows;        ///< the fleet now
    QList<FleetAlert> alerts;    ///< the alerts raised (during the shift; others are left out)
    QList<JournalEntry> entries; ///< the journal (of the shift; others are left out)

    /**
     * The report as Markdown (translated, times in UTC as ReleaseRecord::timeText writes them):
     * - "# Hand-over — <profile> · <region>", the shift, when generated, by whom (left out when
     *   unknown), and a one-line summary ("3 of 22 applications need someone; 1 change waits for
     *   sign-off; 4 actions taken": actions are journalled operations);
     * - "Needs attention now": the critical and warning rows, worst first: score, application
     *   (namespace), reasons, since when (the newest TurnedUnhealthy alert of that application,
     *   unless a Recovered one came after it), its last change;
     * - "Waiting for sign-off" (FleetTableModel::waitsForSignOff) and "Changing" (the other
     *   changing rows), by application name;
     * - "What happened": the shift's alerts by their `since`: time, title, body;
     * - "What was done": the shift's journal entries, one line each (time, who, action, target,
     *   outcome, RequestId, ChangeOrderId, comment); the entries of a change order (and of the
     *   operations that named it) grouped under it, the rest on their own, by time.
     * Every section is there; an empty one says "Nothing.". Table cells and list text are escaped:
     * '|', '\', Markdown's emphasis, link and code marks, '<' and '&'; line breaks become spaces.
     */
    QString toMarkdown(const QDateTime &now) const;
    /// "Hand-over — <profile> · <region>": the heading, and the PDF's title.
    QString title() const;

    /// The entries with from <= time <= to (an invalid bound is open), in time order (stable).
    static QList<JournalEntry> entriesWithin(const QList<JournalEntry> &journal, const QDateTime &from,
                                             const QDateTime &to);
    /// The alerts raised in the window (`raisedAt`, else `since`; an invalid bound is open; an alert without
    /// a time is kept), by `since` (stable).
    static QList<FleetAlert> alertsWithin(const QList<FleetAlert> &alerts, const QDateTime &from,
                                          const QDateTime &to);
    /// Free text for a Markdown line or table cell: see toMarkdown(); "—" when empty.
    static QString escaped(const QString &text);
};
