#pragma once

#include <QList>

/** One page of a paged list operation, with the platform's paging counters. */
template <typename T>
struct Page
{
    QList<T> items;
    int currentPage = 1;
    int pageSize = 0;
    int totalSize = 0;

    /// What the platform says about the pages after this one. Callers that collect pages also
    /// count what they received (see PageCollector), since a platform may echo odd counters.
    bool hasMore() const
    {
        return !items.isEmpty() && pageSize > 0 && qint64(currentPage) * qint64(pageSize) < qint64(totalSize);
    }

    friend bool operator==(const Page &, const Page &) = default;
};
