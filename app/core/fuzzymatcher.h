#pragma once

#include "core/fuzzymatch.h"

#include <QStringView>

#include <optional>

/**
 * Fuzzy matching for "go to" pickers: the pattern's characters must appear in the candidate in
 * order, ignoring case, and the alignment that reads most like what the user meant wins. Typing
 * the starts of words (`ordsvc` for order-service, `mos` for mall-order-service) is rewarded, and
 * so are runs of consecutive characters, a pattern that is a prefix of the candidate, and short
 * candidates; an exact match (ignoring case) always ranks first. Separators (`-_./:` and spaces)
 * match one another, so `mall order` finds mall-order-service.
 *
 * The best alignment is found by dynamic programming over pattern × candidate (in the manner of
 * fzf's v2 algorithm), after a linear check that the pattern is a subsequence at all, so that
 * filtering thousands of names per keystroke stays well under a frame.
 */
namespace FuzzyMatcher {

/// The score of a case-insensitive exact match: above every other score.
inline constexpr int exactMatchScore = 1 << 30;

/**
 * The best match of `pattern` in `candidate`, or nothing when the pattern is not a subsequence of
 * it. An empty pattern matches everything with score 0 and no positions.
 */
std::optional<FuzzyMatch> match(QStringView pattern, QStringView candidate);

} // namespace FuzzyMatcher
