#pragma once

#include "core/namespace.h"
#include "emulator/emulatedapplication.h"
#include "emulator/emulatedchangeorder.h"
#include "emulator/fleetevent.h"

#include <QDateTime>
#include <QList>
#include <QString>

/**
 * The simulated state of one region: its namespaces and applications and everything that
 * happens to them. Plain data; operations read and change it, simulation steps evolve it.
 */
class Fleet
{
public:
    QString regionId;
    QList<Namespace> namespaces;
    QList<EmulatedApplication> applications;
    /// Every application's change orders, oldest first.
    QList<EmulatedChangeOrder> changeOrders;
    /// Oldest first; bounded (see recordEvent).
    QList<FleetEvent> events;
    /// How far the simulation has advanced; invalid before the first advance.
    QDateTime simulatedUntil;

    /// Records an event; a repeat of the newest event with the same object, reason and message
    /// counts up instead. Keeps the newest `maximumEvents`.
    void recordEvent(FleetEvent event);
    static constexpr qsizetype maximumEvents = 20000;

    const EmulatedApplication *findApplication(QStringView appId) const;
    EmulatedApplication *findApplication(QStringView appId);
    /// The application of that name in the namespace of that name (`prod`, `order-service`).
    const EmulatedApplication *findApplicationNamed(QStringView namespaceName, QStringView appName) const;
    const Namespace *findNamespace(QStringView namespaceId) const;
    EmulatedChangeOrder *findChangeOrder(QStringView changeOrderId);
    /// The change order with a batch of this ID, or nullptr.
    EmulatedChangeOrder *findChangeOrderOfPipeline(QStringView pipelineId);
    /// The application's change order that has not ended, or nullptr (at most one runs).
    const EmulatedChangeOrder *runningChangeOrder(QStringView appId) const;
    /// The application's newest change order, or nullptr.
    const EmulatedChangeOrder *lastChangeOrder(QStringView appId) const;
};
