#pragma once

#include <QString>
#include <QStringList>

/** A region SAE serves, as DescribeRegions lists it (reference 9.7). */
struct Region
{
    QString regionId;
    QString localName; ///< "China (Hong Kong)"
    QString endpoint;  ///< `sae.cn-hongkong.aliyuncs.com`
    QStringList recommendZones;

    friend bool operator==(const Region &, const Region &) = default;
};
