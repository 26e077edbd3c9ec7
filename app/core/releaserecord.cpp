#include "releaserecord.h"

#include "core/applicationtablemodel.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString s_none = u"—"_s;

/// Free text (a description, a comment, a platform's message) as Markdown text: no raw HTML, no
/// line breaks; '\' and '<' are escaped so that the text reads as written.
QString plainText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\r')
            continue;
        if (c == u'\\' || c == u'<')
            escaped += u'\\';
        escaped += c == u'\n' ? QChar(u' ') : c;
    }
    return escaped;
}

/// A line of a quote: free text that must not start a heading, a list, a fence or a quote.
QString quotedLine(const QString &line)
{
    QString escaped = plainText(line);
    static const QString blockMarkers = u"#>-+*=`~|"_s;
    if (!escaped.isEmpty() && blockMarkers.contains(escaped.front()))
        return u'\\' + escaped;
    qsizetype digits = 0;
    while (digits < escaped.size() && escaped.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits < escaped.size() && (escaped.at(digits) == u'.' || escaped.at(digits) == u')'))
        escaped.insert(digits, u'\\');
    return escaped;
}

/// One operation's entries, in time order.
struct Operation
{
    QList<JournalEntry> entries;

    const JournalEntry &first() const { return entries.constFirst(); }
    /// The line that records the decision: "requested", else the first one.
    const JournalEntry &requested() const
    {
        for (const JournalEntry &entry : entries) {
            if (entry.outcome == JournalEntry::Outcome::Requested)
                return entry;
        }
        return first();
    }
    const JournalEntry *lastWith(JournalEntry::Outcome outcome) const
    {
        for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
            if (it->outcome == outcome)
                return &*it;
        }
        return nullptr;
    }
};

bool isSignOff(const QString &what)
{
    return what == JournalAction::confirmBatch || what == JournalAction::abort
           || what == JournalAction::abortAndRollback;
}

/// The operations among `entries` (already in time order), ordered by their first line.
QList<Operation> operationsOf(const QList<JournalEntry> &entries)
{
    QList<Operation> operations;
    QHash<QUuid, qsizetype> indexOf;
    for (const JournalEntry &entry : entries) {
        const auto found = indexOf.constFind(entry.operationId);
        if (found == indexOf.constEnd()) {
            indexOf.insert(entry.operationId, operations.size());
            operations.append(Operation{{entry}});
        } else {
            operations[*found].entries.append(entry);
        }
    }
    return operations;
}

QString line(const QString &label, const QString &value)
{
    return u"- **"_s + label + u":** "_s + value + u'\n';
}

QString tableRow(const QStringList &cells)
{
    QString row = u"|"_s;
    for (const QString &cell : cells)
        row += u' ' + ReleaseRecord::tableCell(cell) + u" |"_s;
    return row + u'\n';
}

QString tableHeader(const QStringList &headings)
{
    QString separator = u"|"_s;
    for (qsizetype i = 0; i < headings.size(); ++i)
        separator += u" --- |"_s;
    return tableRow(headings) + separator + u'\n';
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

QString personText(const JournalEntry::Who &who)
{
    const QString user = who.osUser.isEmpty() ? ReleaseRecord::tr("unknown user") : who.osUser;
    //: who acted: %1 = OS user, %2 = console profile, %3 = AccessKey ID (never the secret)
    return ReleaseRecord::tr("%1 (profile %2, AccessKey ID %3)")
        .arg(user, who.profile.isEmpty() ? s_none : who.profile,
             who.accessKeyId.isEmpty() ? s_none : who.accessKeyId);
}

/// A comment as a block quote, its line breaks kept (two spaces end a line that goes on).
QString quote(const QString &text)
{
    QStringList lines = QString(text).remove(u'\r').split(u'\n');
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    QString quoted;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const bool last = i + 1 == lines.size();
        if (line.isEmpty())
            quoted += u">\n"_s;
        else
            quoted += u"> "_s + quotedLine(line)
                      + (last || lines.at(i + 1).trimmed().isEmpty() ? u""_s : u"  "_s) + u'\n';
    }
    return quoted;
}

QString batchName(const ChangeOrder &order, int index)
{
    if (index >= 0 && index < order.pipelines.size() && order.pipelines.at(index).gray)
        //: a batch of a change order: %1 = its number; the gray (canary) batch
        return ReleaseRecord::tr("%1 (gray)").arg(index + 1);
    return QString::number(index + 1);
}

int pipelineIndex(const ChangeOrder &order, const QString &pipelineId)
{
    for (qsizetype i = 0; i < order.pipelines.size(); ++i) {
        if (order.pipelines.at(i).pipelineId == pipelineId)
            return int(i);
    }
    return -1;
}

bool confirms(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return value.toString().compare(u"true"_s, Qt::CaseInsensitive) == 0;
    return value.toInt() != 0;
}

QString decisionText(const JournalEntry &requested)
{
    if (requested.what == JournalAction::abortAndRollback)
        return ReleaseRecord::tr("Stop and roll back");
    if (requested.what == JournalAction::abort)
        return ReleaseRecord::tr("Stop");
    const QJsonValue confirm = requested.request.value("Confirm"_L1);
    if (confirm.isUndefined() || confirms(confirm))
        return ReleaseRecord::tr("Continue");
    return ReleaseRecord::tr("Stop");
}

/// What came of a decision or request: accepted with its RequestId, refused with its code...
QString operationOutcomeText(const Operation &operation)
{
    if (const JournalEntry *failed = operation.lastWith(JournalEntry::Outcome::Failed)) {
        const QString code = failed->errorCode.isEmpty() ? s_none : failed->errorCode;
        QString text = ReleaseRecord::tr("Refused (%1)").arg(code);
        if (!failed->errorMessage.isEmpty())
            text += u": "_s + plainText(failed->errorMessage);
        if (!failed->requestId.isEmpty())
            text += u' ' + ReleaseRecord::tr("(RequestId %1)").arg(failed->requestId);
        return text;
    }
    if (const JournalEntry *accepted = operation.lastWith(JournalEntry::Outcome::Accepted)) {
        if (accepted->requestId.isEmpty())
            return ReleaseRecord::tr("Accepted");
        return ReleaseRecord::tr("Accepted (RequestId %1)").arg(accepted->requestId);
    }
    if (operation.lastWith(JournalEntry::Outcome::UnknownAfterTimeout))
        return ReleaseRecord::tr("No answer in time; whether it was taken is not known");
    if (operation.lastWith(JournalEntry::Outcome::CancelledByUser))
        return ReleaseRecord::tr("Cancelled before it was sent");
    return ReleaseRecord::tr("No answer recorded");
}

/// The rollback order an abort-and-rollback operation names, when it is not `changeOrderId`.
QString rollbackOrderOf(const Operation &operation, const QString &changeOrderId)
{
    if (operation.first().what != JournalAction::abortAndRollback)
        return {};
    for (const JournalEntry &entry : operation.entries) {
        if (!entry.changeOrderId.isEmpty() && entry.changeOrderId != changeOrderId)
            return entry.changeOrderId;
    }
    return {};
}

std::optional<double> number(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

QString decimalText(std::optional<double> value, const QString &unit)
{
    if (!value)
        return s_none;
    return QString::number(*value, 'f', 1) + unit;
}

QString countText(std::optional<double> value)
{
    return value ? QString::number(qint64(*value)) : s_none;
}

QString readyText(const QJsonObject &group)
{
    const std::optional<double> ready = number(group, "ready"_L1);
    const std::optional<double> instances = number(group, "instances"_L1);
    if (!ready)
        return s_none;
    if (!instances)
        return countText(ready);
    //: ready instances: "2 of 3"
    return ReleaseRecord::tr("%1 of %2").arg(qint64(*ready)).arg(qint64(*instances));
}

QString groupSize(const QJsonObject &group)
{
    const std::optional<double> instances = number(group, "instances"_L1);
    if (instances)
        return countText(instances);
    const QJsonValue ids = group.value("instanceIds"_L1);
    return ids.isArray() ? QString::number(ids.toArray().size()) : s_none;
}

QString metricsTable(const QJsonObject &evidence)
{
    const QJsonObject batch = evidence.value("batch"_L1).toObject();
    const QJsonObject rest = evidence.value("rest"_L1).toObject();
    if (batch.isEmpty() && rest.isEmpty())
        return {};

    QString text;
    const int window = evidence.value("windowMinutes"_L1).toInt();
    const QDateTime from = QDateTime::fromString(evidence.value("from"_L1).toString(), Qt::ISODateWithMs);
    const QDateTime to = QDateTime::fromString(evidence.value("to"_L1).toString(), Qt::ISODateWithMs);
    if (window > 0 && from.isValid() && to.isValid())
        //: %1 = minutes, %2 and %3 = times in UTC
        text += ReleaseRecord::tr("Metrics shown, over %1 min from %2 to %3:")
                    .arg(window)
                    .arg(ReleaseRecord::timeText(from), ReleaseRecord::timeText(to));
    else if (window > 0)
        text += ReleaseRecord::tr("Metrics shown, over the last %1 min:").arg(window);
    else
        text += ReleaseRecord::tr("Metrics shown:");
    text += u"\n\n"_s;

    //: column of the sign-off metrics: %1 = how many instances the released batch has
    const QString batchHeading = ReleaseRecord::tr("This batch (%1)").arg(groupSize(batch));
    //: column of the sign-off metrics: %1 = how many other instances there are
    const QString restHeading = ReleaseRecord::tr("The rest (%1)").arg(groupSize(rest));
    text += tableHeader({ReleaseRecord::tr("Metric"), batchHeading, restHeading});

    struct Row
    {
        QString label;
        QString batch;
        QString rest;
    };
    const QString percent = u" %"_s;
    const QString ms = u" ms"_s;
    const QList<Row> rows{
        {ReleaseRecord::tr("CPU"), decimalText(number(batch, "cpuPercent"_L1), percent),
         decimalText(number(rest, "cpuPercent"_L1), percent)},
        {ReleaseRecord::tr("Memory"), decimalText(number(batch, "memoryPercent"_L1), percent),
         decimalText(number(rest, "memoryPercent"_L1), percent)},
        //: response time
        {ReleaseRecord::tr("RT"), decimalText(number(batch, "rtMs"_L1), ms),
         decimalText(number(rest, "rtMs"_L1), ms)},
        {ReleaseRecord::tr("Restarts"), countText(number(batch, "restarts"_L1)),
         countText(number(rest, "restarts"_L1))},
        {ReleaseRecord::tr("Ready"), readyText(batch), readyText(rest)},
    };
    for (const Row &row : rows) {
        if (row.batch != s_none || row.rest != s_none)
            text += tableRow({row.label, row.batch, row.rest});
    }

    const QJsonArray ids = batch.value("instanceIds"_L1).toArray();
    if (!ids.isEmpty()) {
        QStringList names;
        for (const QJsonValue &id : ids)
            names.append(id.toString());
        text += u'\n' + ReleaseRecord::tr("Instances of this batch: %1").arg(names.join(u", "_s)) + u'\n';
    }
    return text;
}

QString outcomeWireWithError(const JournalEntry &entry)
{
    QString text = entry.outcomeWireText();
    if (!entry.errorCode.isEmpty())
        text += u" ("_s + entry.errorCode + u')';
    return text;
}

} // namespace

QString ReleaseRecord::timeText(const QDateTime &time)
{
    if (!time.isValid())
        return s_none;
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
}

QString ReleaseRecord::tableCell(const QString &text)
{
    if (text.isEmpty())
        return s_none;
    QString cell;
    cell.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u'|' || c == u'<') {
            cell += u'\\';
            cell += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue;
            cell += u' ';
        } else if (c == u'\n' || c == QChar(0x2028) || c == QChar(0x2029)) {
            cell += u' ';
        } else {
            cell += c;
        }
    }
    return cell;
}

QList<JournalEntry> ReleaseRecord::entriesFor(const QList<JournalEntry> &journal,
                                              const QString &changeOrderId)
{
    if (changeOrderId.isEmpty())
        return {};
    QSet<QUuid> operations;
    for (const JournalEntry &entry : journal) {
        if (entry.changeOrderId == changeOrderId)
            operations.insert(entry.operationId);
    }
    QList<JournalEntry> found;
    for (const JournalEntry &entry : journal) {
        if (entry.changeOrderId == changeOrderId || operations.contains(entry.operationId))
            found.append(entry);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const JournalEntry &a, const JournalEntry &b) { return a.time < b.time; });
    return found;
}

QString ReleaseRecord::toMarkdown() const
{
    // Request and evidence as the journal writes them: an entry not yet written keeps no secret here either.
    const auto requestOf = [](const JournalEntry &entry) {
        return entry.toJson().value("request"_L1).toObject();
    };
    const auto evidenceOf = [](const JournalEntry &entry) {
        return entry.toJson().value("evidence"_L1).toObject();
    };

    const QList<Operation> operations = operationsOf(entries);
    const Operation *request = nullptr;
    QList<const Operation *> signOffs;
    for (const Operation &operation : operations) {
        const JournalEntry &requested = operation.requested();
        if (isSignOff(requested.what) && requested.changeOrderId == order.changeOrderId)
            signOffs.append(&operation);
        else if (!request)
            request = &operation;
    }

    JournalEntry::Where where;
    for (const JournalEntry &entry : entries) {
        if (where.regionId.isEmpty())
            where.regionId = entry.where.regionId;
        if (where.namespaceName.isEmpty())
            where.namespaceName = entry.where.namespaceName;
        if (where.namespaceId.isEmpty())
            where.namespaceId = entry.where.namespaceId;
        if (where.appName.isEmpty())
            where.appName = entry.where.appName;
    }

    const QString appName = !order.appName.isEmpty()   ? order.appName
                            : !where.appName.isEmpty() ? where.appName
                                                       : order.appId;
    const QString typeText = ApplicationTableModel::changeTypeText(order.coTypeCode);
    QString md;
    //: title of a release record: %1 = application, %2 = kind of change ("Deploy")
    md += u"# "_s + tr("Release record: %1 · %2").arg(appName, typeText) + u"\n\n"_s;

    // Facts
    const auto fact = [&md](const QString &label, const QString &value) {
        if (!value.isEmpty())
            md += line(label, value);
    };
    QString application = appName;
    if (!order.appId.isEmpty() && order.appId != appName)
        application += u" ("_s + order.appId + u')';
    fact(tr("Application"), application);
    QString namespaceText = where.namespaceName;
    if (!where.namespaceId.isEmpty() && where.namespaceId != where.namespaceName)
        namespaceText = namespaceText.isEmpty() ? where.namespaceId
                                                : QString(namespaceText + u" ("_s + where.namespaceId + u')');
    fact(tr("Namespace"), namespaceText);
    fact(tr("Region"), where.regionId);
    fact(tr("Change order"), order.changeOrderId);
    fact(tr("Type"), typeText);
    fact(tr("Status"), ApplicationTableModel::changeStatusText(order.status));
    if (order.createdAt.isValid())
        fact(tr("Created"), timeText(order.createdAt));
    if (order.finishedAt.isValid())
        fact(tr("Finished"), timeText(order.finishedAt));
    fact(tr("Description"), plainText(order.description));
    md += u'\n';

    // Requested
    QJsonObject requestEvidence;
    if (request) {
        const JournalEntry &requested = request->requested();
        requestEvidence = evidenceOf(requested);
        md += u"## "_s + tr("Requested") + u"\n\n"_s;
        md += line(tr("Who"), personText(requested.who));
        md += line(tr("When"), timeText(requested.time));
        md += line(tr("Action"), requested.what);
        md += line(tr("Outcome"), operationOutcomeText(*request));
        const QJsonObject parameters = requestOf(requested);
        if (!parameters.isEmpty()) {
            md += u'\n' + tableHeader({tr("Parameter"), tr("Value")});
            for (auto it = parameters.begin(); it != parameters.end(); ++it)
                md += tableRow({it.key(), jsonText(it.value())});
        }
        md += u'\n';
    }

    // Plan
    const QJsonArray plannedBatches = requestEvidence.value("batches"_L1).toArray();
    const QString consequence = requestEvidence.value("consequence"_L1).toString();
    if (!plannedBatches.isEmpty() || !consequence.isEmpty()) {
        md += u"## "_s + tr("Plan") + u"\n\n"_s;
        if (!plannedBatches.isEmpty()) {
            md += tableHeader({tr("Batch"), tr("Instances"), tr("Then")});
            for (qsizetype i = 0; i < plannedBatches.size(); ++i) {
                const QJsonObject batch = plannedBatches.at(i).toObject();
                const QString name =
                    batch.value("gray"_L1).toBool() ? tr("%1 (gray)").arg(i + 1) : QString::number(i + 1);
                const QString then = batch.value("waitsForConfirmation"_L1).toBool()
                                         //: after this batch the release waits for a person
                                         ? tr("Waits for confirmation")
                                         //: after this batch the release goes on by itself
                                         : tr("Continues");
                md += tableRow({name, jsonText(batch.value("instances"_L1)), then});
            }
            md += u'\n';
        }
        if (!consequence.isEmpty())
            md += plainText(consequence) + u"\n\n"_s;
    }

    // Changes
    const QJsonArray changes = requestEvidence.value("changes"_L1).toArray();
    if (!changes.isEmpty()) {
        md += u"## "_s + tr("Changes") + u"\n\n"_s;
        md += tableHeader({tr("Field"), tr("Before"), tr("After")});
        for (const QJsonValue &value : changes) {
            const QJsonObject change = value.toObject();
            md += tableRow({change.value("field"_L1).toString(), change.value("before"_L1).toString(),
                            change.value("after"_L1).toString()});
        }
        md += u'\n';
    }

    // Batches
    if (!order.pipelines.isEmpty()) {
        md += u"## "_s + tr("Batches") + u"\n\n"_s;
        md += tableHeader(
            {tr("Batch"), tr("Instances"), tr("Status"), tr("Started"), tr("Updated"), tr("Message")});
        for (qsizetype i = 0; i < order.pipelines.size(); ++i) {
            const Pipeline &batch = order.pipelines.at(i);
            QString message = batch.message;
            for (const Stage &stage : batch.stages) {
                if (const std::optional<Task> failed = stage.firstFailedTask()) {
                    const QString problem = failed->problem();
                    if (!problem.isEmpty() && !message.contains(problem))
                        message = message.isEmpty() ? problem : QString(message + u"; "_s + problem);
                    break;
                }
            }
            md += tableRow({batchName(order, int(i)), QString::number(batch.instanceCount),
                            ApplicationTableModel::changeStatusText(batch.status), timeText(batch.startedAt),
                            timeText(batch.updatedAt), message});
        }
        md += u'\n';
    }

    // Sign-offs
    md += u"## "_s + tr("Sign-offs") + u"\n\n"_s;
    if (signOffs.isEmpty())
        md += tr("No sign-offs were recorded.") + u"\n\n"_s;
    for (const Operation *signOff : std::as_const(signOffs)) {
        const JournalEntry &requested = signOff->requested();
        const QString decision = decisionText(requested);
        md += u"### "_s + decision + u" · "_s + timeText(requested.time) + u"\n\n"_s;
        md += line(tr("Decision"), decision);
        md += line(tr("Person"), personText(requested.who));
        md += line(tr("Time"), timeText(requested.time));
        // The PipelineId as sent, and where it stands in the order: which batch it names (the one
        // released or the one to start) depends on the platform (reference 6.2), so no more is said.
        const QString pipelineId = requested.request.value("PipelineId"_L1).toString();
        const int batchIndex = pipelineIndex(order, pipelineId);
        if (batchIndex >= 0)
            //: the pipeline a sign-off named: %1 = its ID, %2 = "2" or "1 (gray)", %3 = how many batches
            md += line(tr("Pipeline"), tr("%1, batch %2 of %3")
                                           .arg(pipelineId, batchName(order, batchIndex))
                                           .arg(order.pipelines.size()));
        else if (!pipelineId.isEmpty())
            md += line(tr("Pipeline"), pipelineId);
        QString outcome = operationOutcomeText(*signOff);
        const QString rollback = rollbackOrderOf(*signOff, order.changeOrderId);
        if (!rollback.isEmpty())
            outcome += u"; "_s + tr("rollback change order %1").arg(rollback);
        md += line(tr("Outcome"), outcome);
        md += u'\n';
        if (requested.comment.trimmed().isEmpty())
            md += tr("No comment was given.") + u"\n\n"_s;
        else
            md += quote(requested.comment) + u'\n';
        const QString metrics = metricsTable(evidenceOf(requested));
        if (!metrics.isEmpty())
            md += metrics + u'\n';
    }

    // Outcome
    md += u"## "_s + tr("Outcome") + u"\n\n"_s;
    md += line(tr("Final status"), ApplicationTableModel::changeStatusText(order.status));
    if (!order.errorMessage.isEmpty())
        md += line(tr("Error"), plainText(order.errorMessage));
    for (const Operation *signOff : std::as_const(signOffs)) {
        const QString rollback = rollbackOrderOf(*signOff, order.changeOrderId);
        if (!rollback.isEmpty())
            md += line(tr("Rolled back by"), tr("change order %1").arg(rollback));
    }
    if (order.finishedAt.isValid())
        md += line(tr("Finished"), timeText(order.finishedAt));
    md += u'\n';

    // Journal
    if (!entries.isEmpty()) {
        md += u"## "_s + tr("Journal") + u"\n\n"_s;
        md += tableHeader({tr("Time"), tr("Action"), tr("Outcome"), tr("RequestId"), tr("ChangeOrderId")});
        for (const JournalEntry &entry : entries)
            md += tableRow({timeText(entry.time), entry.what, outcomeWireWithError(entry), entry.requestId,
                            entry.changeOrderId});
    }
    return md;
}
