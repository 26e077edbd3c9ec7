#pragma once

#include "emulator/applicationmetricsource.h"
#include "emulator/loadmodel.h"

#include <memory>

/**
 * The scaling engine's view of the load model: the average over an application's running
 * instances now, with the traffic shared by the instances that are ready. The ARMS metrics (QPS,
 * RT) exist for Java applications only; the fleet binds no SLB, so the SLB metrics have no value.
 */
class LoadMetricSource final : public ApplicationMetricSource
{
public:
    explicit LoadMetricSource(std::shared_ptr<const LoadModel> model);

    std::optional<double> averageValue(const EmulatedApplication &application, ScalingMetricType metric,
                                       const QDateTime &at) const override;

private:
    std::shared_ptr<const LoadModel> m_model;
};
