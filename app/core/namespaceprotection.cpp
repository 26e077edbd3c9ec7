#include "namespaceprotection.h"

#include <QList>
#include <QString>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

enum class CharacterClass
{
    Separator,
    Han,
    Lower,
    Upper,
    OtherLetter,
    Digit,
};

CharacterClass classify(char32_t codePoint)
{
    if (QChar::script(codePoint) == QChar::Script_Han)
        return CharacterClass::Han;
    if (QChar::isDigit(codePoint))
        return CharacterClass::Digit;
    if (QChar::isLower(codePoint))
        return CharacterClass::Lower;
    if (QChar::isUpper(codePoint) || QChar::isTitleCase(codePoint))
        return CharacterClass::Upper;
    if (QChar::isLetterOrNumber(codePoint))
        return CharacterClass::OtherLetter;
    return CharacterClass::Separator;
}

// A new segment starts at a script change, a letter/digit change and a camelCase hump ("onlineShop").
bool startsSegment(CharacterClass previous, CharacterClass current)
{
    if (previous == current)
        return false;
    if (previous == CharacterClass::Han || current == CharacterClass::Han)
        return true;
    if (previous == CharacterClass::Digit || current == CharacterClass::Digit)
        return true;
    return previous == CharacterClass::Lower && current == CharacterClass::Upper;
}

QStringList segmentsOf(QStringView text)
{
    QStringList segments;
    QString segment;
    CharacterClass previous = CharacterClass::Separator;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        const auto character = char32_t(codePoint);
        const CharacterClass current = classify(character);
        if ((current == CharacterClass::Separator || startsSegment(previous, current)) && !segment.isEmpty())
            segments.append(std::exchange(segment, {}));
        if (current != CharacterClass::Separator)
            segment.append(QString::fromUcs4(&character, 1));
        previous = current;
    }
    if (!segment.isEmpty())
        segments.append(segment);
    return segments;
}

bool isProductionWord(const QString &segment)
{
    static const QStringList words = {u"prod"_s, u"production"_s, u"prd"_s, u"online"_s, u"live"_s};
    // Chinese puts the modifier first: 生产环境 and 生产区 are production, 预生产 and 非生产 are not.
    if (segment.startsWith(u"生产"))
        return true;
    return words.contains(segment, Qt::CaseInsensitive);
}

bool isNegation(const QString &segment)
{
    return segment.compare(u"non"_s, Qt::CaseInsensitive) == 0
           || segment.compare(u"not"_s, Qt::CaseInsensitive) == 0;
}

bool containsId(const QStringList &ids, const QString &namespaceId)
{
    const QString id = namespaceId.trimmed();
    for (const QString &listed : ids) {
        if (listed.trimmed().compare(id, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

NamespaceProtection::NamespaceProtection(QStringList protectedIds, QStringList unprotectedIds)
    : m_protectedIds(std::move(protectedIds))
    , m_unprotectedIds(std::move(unprotectedIds))
{}

bool NamespaceProtection::isProtected(const QString &namespaceId, const QString &namespaceName) const
{
    if (!namespaceId.trimmed().isEmpty()) {
        if (containsId(m_protectedIds, namespaceId))
            return true;
        if (containsId(m_unprotectedIds, namespaceId))
            return false;
    }
    return looksLikeProduction(namespaceId) || looksLikeProduction(namespaceName);
}

bool NamespaceProtection::looksLikeProduction(QStringView idOrName)
{
    // `cn-shenzhen:prod`: the region prefix says nothing about the namespace.
    const qsizetype colon = idOrName.lastIndexOf(u':');
    const QStringList segments = segmentsOf(colon < 0 ? idOrName : idOrName.mid(colon + 1));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (isProductionWord(segments.at(i)) && (i == 0 || !isNegation(segments.at(i - 1))))
            return true;
    }
    return false;
}
