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

    bool hasMore() const { return currentPage * pageSize < totalSize && !items.isEmpty(); }

    friend bool operator==(const Page &, const Page &) = default;
};
