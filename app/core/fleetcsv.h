#pragma once

#include "core/fleettablemodel.h"
#include "core/severity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

/**
 * The fleet table as CSV (issue 8), for the on-call engineer's spreadsheet or a script: one row per
 * application, worst first (FleetHealth::isWorse, then by application name and ID).
 *
 * The file is UTF-8 with a byte order mark (Excel reads it as UTF-8 only then: Chinese names stay
 * readable), RFC 4180 quoting (a cell with a comma, a quote, CR or LF is quoted, quotes doubled),
 * CRLF line ends and a translated header row. Columns: Score, Severity, Application, AppId,
 * Namespace, NamespaceId, Region, Running, Target, Problems (reasons joined "; "), Change order
 * status, Checked at (ISO 8601, UTC), Age (s).
 *
 * Values meant for machines are not translated, so that a filter or a script works whatever the
 * console's language: Severity is one of severityCode()'s words (Critical, Warning, Progress,
 * Normal, Inactive: the names the code and the documentation use), and the change order status is
 * SAE's own spelling (lastChangeOrderStatusText: FAIL, WAIT_BATCH_CONFIRM, SUCCESS...), empty while
 * the newest order is not known. Problems stay in the console's language: they are for people.
 *
 * A cell that starts with '=', '+', '-', '@', a tab or CR gets a leading "'" so that a spreadsheet
 * shows it as text instead of running it as a formula (CSV injection: application names and
 * reasons come from the cloud).
 */
class FleetCsv final
{
    Q_DECLARE_TR_FUNCTIONS(FleetCsv)

public:
    FleetCsv() = delete;

    /// The whole file: BOM, header, the rows worst first; ages are counted up to `now`.
    static QByteArray toCsv(const QList<FleetRow> &rows, const QDateTime &now);
    /// The header row's cells, translated.
    static QStringList header();
    /// One cell as written: neutralised against formulas, then quoted if it needs to be.
    static QString cell(const QString &text);
    /// "Critical", "Warning", "Progress", "Normal", "Inactive": not translated.
    static QString severityCode(Severity severity);
};
