#pragma once

#include <QString>
#include <QtGlobal>

/**
 * A change drawn on a chart's time axis, so that "what changed just before the spike?" has an
 * answer on the chart itself: a deployment, a scaling step, or anything else worth a flag.
 */
struct ChartMarker
{
    enum class Kind
    {
        Deployment,
        Scaling,
        Other,
    };

    qint64 timeMs = 0; ///< epoch ms
    Kind kind = Kind::Other;
    QString label; ///< short, user-visible: "Deploy v42", "Scaled 2 → 4"

    friend bool operator==(const ChartMarker &, const ChartMarker &) = default;
};
