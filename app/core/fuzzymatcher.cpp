#include "fuzzymatcher.h"

#include <QVarLengthArray>

#include <algorithm>
#include <limits>

namespace {

// Scores in the manner of fzf: a matched character is worth scoreMatch plus the bonus of where it
// lands; gaps between matched characters cost. A run of consecutive matches keeps the bonus of
// the word start it began at, so `gate` in api-gateway beats g…a…t…e scattered over four words.
constexpr int scoreMatch = 16;
constexpr int penaltyGapStart = 3;
constexpr int penaltyGapExtension = 1;
// Word starts are worth more than in fzf: names here are short words, and their initials
// (`mos` for mall-order-service) must beat a denser match in the middle of a word (mongos).
constexpr int bonusStart = 12;     // the candidate's first character
constexpr int bonusSeparator = 11; // after - _ . / : or a space
constexpr int bonusHump = 10;      // camelCase hump, letter to digit, Latin to Han
constexpr int bonusConsecutive = 4;
constexpr int firstCharacterMultiplier = 2;
constexpr int bonusPrefix = 16;
// The final score is quality * lengthWeight minus the unmatched length (capped): between matches
// of equal quality the shorter candidate wins, and eight characters weigh one point of quality.
constexpr int lengthWeight = 8;
constexpr int unmatched = std::numeric_limits<int>::min() / 4;
constexpr qsizetype inlineCells = 1024;

bool isSeparator(QChar character)
{
    switch (character.unicode()) {
    case u'-':
    case u'_':
    case u'.':
    case u'/':
    case u':':
        return true;
    default:
        return character.isSpace();
    }
}

bool isHan(QChar character)
{
    return character.script() == QChar::Script_Han;
}

QChar folded(QChar character)
{
    const char16_t unit = character.unicode();
    if (unit < 0x80) { // names are mostly ASCII: no table lookups for them
        if (unit >= u'A' && unit <= u'Z')
            return QChar(char16_t(unit + (u'a' - u'A')));
        if ((unit >= u'a' && unit <= u'z') || (unit >= u'0' && unit <= u'9'))
            return character;
    }
    return isSeparator(character) ? QChar(u'-') : character.toCaseFolded();
}

int bonusAt(QStringView candidate, qsizetype index)
{
    if (index == 0)
        return bonusStart;
    const QChar previous = candidate.at(index - 1);
    const QChar current = candidate.at(index);
    if (isSeparator(current))
        return 0;
    if (isSeparator(previous))
        return bonusSeparator;
    if (previous.isLower() && current.isUpper())
        return bonusHump;
    if (current.isDigit() && !previous.isDigit())
        return bonusHump;
    if (isHan(current) && !isHan(previous))
        return bonusHump;
    return 0;
}

} // namespace

namespace FuzzyMatcher {

std::optional<FuzzyMatch> match(QStringView pattern, QStringView candidate)
{
    const qsizetype m = pattern.size();
    const qsizetype n = candidate.size();
    if (m == 0)
        return FuzzyMatch{};
    if (m > n)
        return std::nullopt;

    QVarLengthArray<QChar, 64> p(m);
    for (qsizetype i = 0; i < m; ++i)
        p[i] = folded(pattern.at(i));
    // Not a subsequence: most candidates leave here, in linear time and without allocating.
    qsizetype matched = 0;
    for (qsizetype j = 0; j < n && matched < m && n - j >= m - matched; ++j) {
        if (folded(candidate.at(j)) == p[matched])
            ++matched;
    }
    if (matched < m)
        return std::nullopt;

    if (m == n && pattern.compare(candidate, Qt::CaseInsensitive) == 0) {
        FuzzyMatch exact{exactMatchScore, {}};
        exact.positions.reserve(n);
        for (qsizetype j = 0; j < n; ++j)
            exact.positions.append(j);
        return exact;
    }

    QVarLengthArray<QChar, 128> c(n);
    QVarLengthArray<int, 128> bonus(n);
    for (qsizetype j = 0; j < n; ++j) {
        c[j] = folded(candidate.at(j));
        bonus[j] = bonusAt(candidate, j);
    }

    // score[i * n + j]: the best alignment of pattern[0..i] with pattern[i] on candidate[j];
    // run[...]: the bonus its run of consecutive matches started with; from[...]: where
    // pattern[i - 1] went, for reading the positions back.
    QVarLengthArray<int, inlineCells> score(m * n);
    QVarLengthArray<int, inlineCells> run(m * n);
    QVarLengthArray<qsizetype, inlineCells> from(m * n);
    std::fill(score.begin(), score.end(), unmatched);

    for (qsizetype j = 0; j < n; ++j) {
        if (c[j] == p[0]) {
            score[j] = scoreMatch + bonus[j] * firstCharacterMultiplier;
            run[j] = bonus[j];
            from[j] = -1;
        }
    }
    for (qsizetype i = 1; i < m; ++i) {
        const int *previousRow = score.constData() + (i - 1) * n;
        int *row = score.data() + i * n;
        // The best previous match at least two characters back, with the gap's cost so far.
        int gapped = unmatched;
        qsizetype gappedFrom = -1;
        for (qsizetype j = i; j < n; ++j) {
            if (j >= 2) {
                gapped = gapped == unmatched ? unmatched : gapped - penaltyGapExtension;
                if (previousRow[j - 2] != unmatched && previousRow[j - 2] - penaltyGapStart > gapped) {
                    gapped = previousRow[j - 2] - penaltyGapStart;
                    gappedFrom = j - 2;
                }
            }
            if (c[j] != p[i])
                continue;
            int best = unmatched;
            if (gapped != unmatched) {
                best = gapped + scoreMatch + bonus[j];
                row[j] = best;
                run[i * n + j] = bonus[j];
                from[i * n + j] = gappedFrom;
            }
            if (previousRow[j - 1] != unmatched) {
                const int runBonus = run[(i - 1) * n + j - 1];
                const int consecutive =
                    previousRow[j - 1] + scoreMatch + std::max({bonus[j], runBonus, bonusConsecutive});
                if (consecutive >= best) {
                    row[j] = consecutive;
                    run[i * n + j] = std::max(runBonus, bonus[j]);
                    from[i * n + j] = j - 1;
                }
            }
        }
    }

    const int *lastRow = score.constData() + (m - 1) * n;
    qsizetype end = -1;
    for (qsizetype j = m - 1; j < n; ++j) {
        if (lastRow[j] != unmatched && (end < 0 || lastRow[j] > lastRow[end]))
            end = j;
    }
    FuzzyMatch result;
    result.positions.resize(m);
    for (qsizetype i = m - 1, j = end; i >= 0; --i) {
        result.positions[i] = j;
        j = from[i * n + j];
    }
    const int quality = lastRow[end] + (result.positions.last() == m - 1 ? bonusPrefix : 0);
    result.score = quality * lengthWeight - int(std::min<qsizetype>(n - m, lengthWeight * scoreMatch));
    return result;
}

} // namespace FuzzyMatcher
