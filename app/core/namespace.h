#pragma once

#include <QString>

/** An SAE namespace: `<regionId>:<name>`, for example `cn-shenzhen:prod` (reference section 1.5). */
struct Namespace
{
    QString id;
    QString name;
    QString shortId;
    QString regionId;
    QString description;

    friend bool operator==(const Namespace &, const Namespace &) = default;
};
