#pragma once

#include "emulator/fleet.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <variant>

/**
 * Where `sae-emulator --state FILE` keeps the fleet between runs. Saving is atomic (a temporary
 * file in the same folder, flushed to disk, then renamed over the old one), so a crash leaves
 * either the old state or the new one. A file that cannot be read as a state is refused with a
 * clear message and left alone: it is never overwritten silently.
 */
class StateFile
{
public:
    explicit StateFile(QString path);

    QString path() const { return m_path; }

    struct NoFile
    {};
    /// The saved fleet; NoFile when there is no file yet; otherwise why the file was refused.
    std::variant<Fleet, NoFile, QString> load();
    /// Writes the fleet unless it equals what was last loaded or saved; an error message or "".
    QString save(const Fleet &fleet);

private:
    QString m_path;
    QByteArray m_lastWritten;
};
