#pragma once

#include "emulator/emulatedapplication.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

/**
 * New instances as Kubernetes names and places them: `<app>-<template hash>-<suffix>` pod names, a
 * free IP in the application's network, Pending until a seeded readyAt. Scaling, deploys and
 * restarts all create instances here.
 */
namespace InstanceFactory {

/// Deterministic per application and moment: the same run always creates the same instances.
quint32 seedFor(const QString &appId, const QDateTime &at, qsizetype salt);
/// Random letters and digits of Kubernetes' pod-name alphabet.
QString podToken(QRandomGenerator &random, int length);
/// `<app>-<template hash>-<suffix>` -> the template hash ("" when the name is not of that form).
QString templateHashOf(const EmulatedApplication &application, const Instance &instance);
/// An unused address in the network of `templateIp` ("" when there is none).
QString freeIp(const EmulatedApplication &application, const QString &templateIp, QRandomGenerator &random);
/// A Pending instance like `model` (group, network, version, probes), created at `at` and ready
/// 20 to 60 seconds later.
Instance create(const EmulatedApplication &application, const Instance &model, const QString &templateHash,
                const QDateTime &at, QRandomGenerator &random);

} // namespace InstanceFactory
