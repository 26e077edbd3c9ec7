#pragma once

#include "core/changeorder.h"
#include "core/journalentry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/**
 * Everything known about one change order, for the release record (issue 7, DESIGN.md section 5,
 * "Record"): the platform's record and the journal's lines about it. The release manager exports it
 * as Markdown (and, through ReleaseRecordPdf, as a PDF) to keep who approved what, on what evidence.
 */
struct ReleaseRecord
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseRecord)

public:
    ChangeOrder order;           ///< DescribeChangeOrder (pipelines with stages where read)
    QList<JournalEntry> entries; ///< entriesFor(journal, order.changeOrderId)

    /// The journal's lines about a change order: every entry naming it, and every entry of an
    /// operation (operationId) one of whose entries names it (a deploy's "requested" line has no
    /// ChangeOrderId yet; an abort-and-rollback's "accepted" names the rollback order), time order.
    static QList<JournalEntry> entriesFor(const QList<JournalEntry> &journal, const QString &changeOrderId);

    /**
     * The record as Markdown (translated headings; times in UTC, "2026-11-27 03:04:05 UTC"):
     * title; facts (application, namespace, region, change order, type, status, created,
     * finished, description); Requested (who: profile, AccessKey ID, OS user; when; the request
     * parameters); Plan (batches, consequence); Changes (Field | Before | After table);
     * Batches (Batch | Instances | Status | Started | Updated | Message); Sign-offs (each:
     * decision (Continue / Stop / Stop and roll back), person (OS user, profile, AccessKey ID),
     * time, the PipelineId it named, comment as a quote, its outcome (accepted with RequestId / refused with
     * code), and the metrics shown (Metric | This batch (N) | The rest (M): CPU, Memory, RT, Restarts, Ready,
     * over the window)); Outcome (final status, error message, a rollback change order named by an
     * abort-and-rollback); Journal (every line: time, action, outcome, RequestId, ChangeOrderId). Table cells
     * are escaped ('|', '\', '<' and newlines); free text cannot start a heading or a list nor carry
     * raw HTML. No section without data except Sign-offs ("No sign-offs were
     * recorded.").
     *
     * The operation that created the order is its request: the first one that is not a decision
     * on this order (a sign-off's "requested" line names the order it decides on; an
     * abort-and-rollback is therefore a sign-off of the order it stops and the request of the
     * rollback order it creates). Request parameters and evidence are shown as the journal
     * writes them, secrets redacted.
     */
    QString toMarkdown() const;

    /// "2026-11-27 03:04:05 UTC"; "—" when not valid.
    static QString timeText(const QDateTime &time);
    /// A Markdown table cell: '\', '|' and '<' escaped, line breaks as spaces, "—" when empty.
    static QString tableCell(const QString &text);
};
