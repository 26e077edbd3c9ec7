#pragma once

/** How a chart shows a metric of several instances: each on its own line, or folded into one. */
enum class MetricAggregationMode
{
    PerInstance, ///< one line per instance, of the period averages
    Average,     ///< one line: the mean of the instances' period averages
    Maximum,     ///< one line: the highest of the instances' period maxima
};
