#pragma once

#include <QList>
#include <QPointF>
#include <QString>

/**
 * One line of a chart, as the chart draws it: a name for the legend and points with x in epoch
 * milliseconds and y in the metric's unit. Charts keep these at full resolution and thin them to
 * their pixel width themselves, so producers never need to know how wide a chart is.
 */
struct ChartSeries
{
    QString name;
    QList<QPointF> points; ///< x = epoch ms (ascending), y = value

    friend bool operator==(const ChartSeries &, const ChartSeries &) = default;
};
