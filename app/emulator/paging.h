#pragma once

#include <QList>

/** Paging as SAE does it: 1-based pages; a page past the end is empty. */
namespace Paging {

template <typename T>
QList<T> page(const QList<T> &items, int currentPage, int pageSize)
{
    const qsizetype first = qsizetype(currentPage - 1) * pageSize;
    if (currentPage < 1 || pageSize <= 0 || first >= items.size())
        return {};
    return items.mid(first, pageSize);
}

} // namespace Paging
