#include "detailpage.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array pageNames{
    std::pair{DetailPage::Overview, u"overview"},
    std::pair{DetailPage::Instances, u"instances"},
    std::pair{DetailPage::Monitoring, u"monitoring"},
    std::pair{DetailPage::Events, u"events"},
    std::pair{DetailPage::Logs, u"logs"},
    std::pair{DetailPage::Scaling, u"scaling"},
    std::pair{DetailPage::Changes, u"changes"},
    std::pair{DetailPage::WhatChanged, u"whatchanged"},
};

} // namespace

QString detailPageName(DetailPage page)
{
    for (const auto &[known, name] : pageNames) {
        if (known == page)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<DetailPage> detailPageFromName(const QString &name)
{
    for (const auto &[page, known] : pageNames) {
        if (name.compare(QStringView(known), Qt::CaseInsensitive) == 0)
            return page;
    }
    return std::nullopt;
}
