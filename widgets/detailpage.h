#pragma once

#include <QString>

#include <optional>

/** The tabs of an application's detail, in their order on screen. */
enum class DetailPage
{
    Overview,
    Instances,
    Monitoring,
    Events,
    Logs,
    Scaling,
    Changes,
    WhatChanged, ///< issue 8: change orders, scaling and warnings on one timeline with the CPU
};

/// "overview", "instances", "monitoring", "events", "logs", "scaling", "changes", "whatchanged": the
/// names of `--page app:NAME/<page>`.
QString detailPageName(DetailPage page);
std::optional<DetailPage> detailPageFromName(const QString &name);
