#pragma once

#include <QList>

/** How well a pattern matches a candidate, and which characters of the candidate it matched. */
struct FuzzyMatch
{
    /// Higher is better; only comparable between matches of the same pattern.
    int score = 0;
    /// The candidate's UTF-16 indexes matched by the pattern's characters, ascending.
    QList<qsizetype> positions;

    friend bool operator==(const FuzzyMatch &, const FuzzyMatch &) = default;
};
