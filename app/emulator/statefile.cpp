#include "statefile.h"

#include "emulator/fleetstate.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

using namespace Qt::StringLiterals;

StateFile::StateFile(QString path)
    : m_path(std::move(path))
{}

std::variant<Fleet, StateFile::NoFile, QString> StateFile::load()
{
    QFile file(m_path);
    if (!file.exists())
        return NoFile{};
    if (!file.open(QIODevice::ReadOnly))
        return u"cannot read %1: %2"_s.arg(m_path, file.errorString());
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return u"%1 is not valid JSON (%2 at byte %3); it was left as it is"_s
            .arg(m_path, parseError.errorString())
            .arg(parseError.offset);
    }
    if (!document.isObject())
        return u"%1 is not an sae-emulator state file; it was left as it is"_s.arg(m_path);
    std::variant<Fleet, QString> fleet = FleetState::fromJson(document.object());
    if (const QString *error = std::get_if<QString>(&fleet))
        return u"%1 is not a usable state file: %2; it was left as it is"_s.arg(m_path, *error);
    m_lastWritten = bytes;
    return std::get<Fleet>(std::move(fleet));
}

QString StateFile::save(const Fleet &fleet)
{
    const QByteArray bytes = QJsonDocument(FleetState::toJson(fleet)).toJson(QJsonDocument::Indented);
    if (bytes == m_lastWritten)
        return {};
    // QSaveFile writes a temporary file next to the target, syncs it to disk on commit() and
    // renames it over the target: readers see the old file or the new one, never a torn one.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return u"cannot write %1: %2"_s.arg(m_path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return u"cannot write %1: %2"_s.arg(m_path, file.errorString());
    m_lastWritten = bytes;
    return {};
}
