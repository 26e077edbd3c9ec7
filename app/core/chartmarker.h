#pragma once

#include <QString>
#include <QtGlobal>

/**
 * A change drawn on a chart's time axis, so that "what changed just before the spike?" has an
 * answer on the chart itself: a deployment, a scaling step, a warning, or anything else worth a flag.
 */
struct ChartMarker
{
    enum class Kind
    {
        Deployment,
        Scaling,
        Warning, ///< a Warning event (BackOff, Unhealthy...): a symptom, drawn in the warning colour
        Other,
    };

    qint64 timeMs = 0; ///< epoch ms
    Kind kind = Kind::Other;
    QString label; ///< short, user-visible: "Deploy v42", "Scaled 2 → 4", "BackOff ×12"

    friend bool operator==(const ChartMarker &, const ChartMarker &) = default;
};
