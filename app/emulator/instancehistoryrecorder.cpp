#include "instancehistoryrecorder.h"

#include "emulator/emulatedapplication.h"
#include "emulator/fleet.h"

#include <QHash>
#include <QSet>

namespace {

using namespace Qt::StringLiterals;

/// The pod an instance replaced: same application, an older template hash.
QString predecessorId(const QString &instanceId)
{
    const QByteArray digest = QByteArray::number(qHash(instanceId, 0x5ae), 36).rightJustified(10, '0');
    const qsizetype dash = instanceId.lastIndexOf(u'-', instanceId.lastIndexOf(u'-') - 1);
    const QString prefix = dash > 0 ? instanceId.left(dash) : instanceId;
    return prefix + u'-' + QString::fromLatin1(digest.right(10)) + u'-' + instanceId.right(5);
}

InstanceSpan spanOf(const EmulatedApplication &application, const Instance &instance)
{
    return {instance.instanceId, instance.createdAt, QDateTime(), instance.readyAt,
            application.fateOf(instance.instanceId)};
}

void seed(EmulatedApplication &application, const QDateTime &at)
{
    const QDateTime weekBefore = at.addDays(-InstanceHistoryRecorder::keepDays);
    for (const Instance &instance : std::as_const(application.instances)) {
        if (instance.createdAt.isValid() && instance.createdAt > weekBefore
            && instance.createdAt < at.addSecs(-600)) {
            // Stays until its successor has been ready for a minute.
            const QDateTime handOver =
                (instance.readyAt.isValid() ? instance.readyAt : instance.createdAt).addSecs(60);
            application.instanceHistory.append({predecessorId(instance.instanceId), weekBefore, handOver,
                                                weekBefore, InstanceFate::Healthy});
        }
        application.instanceHistory.append(spanOf(application, instance));
    }
}

} // namespace

void InstanceHistoryRecorder::advance(Fleet &fleet, const QDateTime &from, const QDateTime &to)
{
    Q_UNUSED(to)
    for (EmulatedApplication &application : fleet.applications)
        record(application, from);
}

void InstanceHistoryRecorder::record(EmulatedApplication &application, const QDateTime &at)
{
    QList<InstanceSpan> &history = application.instanceHistory;
    if (history.isEmpty()) {
        seed(application, at);
        return;
    }
    // The common case, nothing came or went: the open spans are the instances, in order.
    qsizetype open = 0;
    bool same = true;
    for (const InstanceSpan &span : std::as_const(history)) {
        if (span.until.isValid())
            continue;
        if (open >= application.instances.size()
            || application.instances.at(open).instanceId != span.instanceId) {
            same = false;
            break;
        }
        ++open;
    }
    if (same && open == application.instances.size()) {
        qsizetype index = 0;
        for (InstanceSpan &span : history) {
            if (span.until.isValid())
                continue;
            const Instance &instance = application.instances.at(index++);
            if (!span.readyAt.isValid() && instance.readyAt.isValid())
                span.readyAt = instance.readyAt; // it has started to take traffic
        }
        return;
    }

    QHash<QString, const Instance *> current;
    for (const Instance &instance : std::as_const(application.instances))
        current.insert(instance.instanceId, &instance);
    QSet<QString> recorded;
    for (InstanceSpan &span : history) {
        if (span.until.isValid())
            continue;
        if (const Instance *instance = current.value(span.instanceId)) {
            recorded.insert(span.instanceId);
            if (!span.readyAt.isValid() && instance->readyAt.isValid())
                span.readyAt = instance->readyAt;
        } else {
            span.until = at;
        }
    }
    for (const Instance &instance : std::as_const(application.instances)) {
        if (!recorded.contains(instance.instanceId)) {
            InstanceSpan span = spanOf(application, instance);
            if (!span.from.isValid() || span.from > at)
                span.from = at;
            history.append(span);
        }
    }
    const QDateTime oldest = at.addDays(-keepDays);
    history.removeIf(
        [&oldest](const InstanceSpan &span) { return span.until.isValid() && span.until < oldest; });
}
