#pragma once

#include "core/fleettablemodel.h"
#include "core/handoverreport.h"

#include <QObject>
#include <QString>
#include <QStringList>

/**
 * Writes the fleet page's exports (issue 8, deliverable 5): the fleet table as CSV (FleetCsv) and
 * the on-call hand-over (HandOverReport) as Markdown and PDF. It belongs to the composition root:
 * the fleet page asks for a file (its own non-blocking file dialog), the controller hands the rows,
 * the alerts and the journal's path here and shows what comes back.
 *
 * Nothing blocks the GUI thread except the PDF's layout: the journal is read, the report made and
 * the files written on the thread pool; QTextDocument and QPdfWriter run on the GUI thread, as for
 * the release record, because Qt does not promise that fonts and text layout work elsewhere. A
 * file is replaced only once all of it is written (QSaveFile). Each export ends in exactly one of
 * exported() or failed(); several may run at once.
 */
class FleetExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetExporter)

public:
    explicit FleetExporter(QObject *parent = nullptr);

    /// Writes `rows` as CSV to `path` (ages counted to now): exported({path}) or failed().
    void exportCsv(const QList<FleetRow> &rows, const QString &path);
    /**
     * Reads the journal at `journalPath` (empty: no journal; a file not there yet: an empty one),
     * keeps its entries of the report's window, and writes `<basePath>.md` and `<basePath>.pdf`:
     * exported({md, pdf}) or failed(). The report's own `entries` are replaced by the journal's.
     */
    void exportHandOver(const HandOverReport &reportWithoutJournal, const QString &journalPath,
                        const QString &basePath);

signals:
    /// The files written, in full.
    void exported(const QStringList &paths);
    /// Translated, with the file and the system's reason.
    void failed(const QString &message);
};
