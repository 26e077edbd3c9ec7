// The child of tst_journalwriter's crash test: writes <count> entries to <journal file> through
// JournalWriter as fast as it can and prints each entry's id on its own line once entryWritten()
// says it is on disk. The test kills it with SIGKILL half-way and checks what survived.
#include "core/journalentry.h"
#include "platform/journalwriter.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool countOk = false;
    const int count = arguments.size() == 3 ? arguments.at(2).toInt(&countOk) : 0;
    if (!countOk || count < 1) {
        std::fputs("usage: journal_writer_child <journal file> <count>\n", stderr);
        return 2;
    }

    JournalWriter writer(arguments.at(1));
    int written = 0;
    QObject::connect(&writer, &JournalWriter::entryWritten, &application, [&written, count](const QUuid &id) {
        std::printf("%s\n", id.toString(QUuid::WithoutBraces).toLatin1().constData());
        std::fflush(stdout);
        if (++written == count)
            QCoreApplication::quit();
    });
    QObject::connect(&writer, &JournalWriter::writeFailed, &application,
                     [](const QUuid &, const QString &message) {
                         std::fprintf(stderr, "write failed: %s\n", message.toLocal8Bit().constData());
                         QCoreApplication::exit(1);
                     });

    const JournalEntry::Who who{u"crash-test"_s, u"LTAI-crash-test"_s, u"tester"_s};
    const JournalEntry::Where where{u"cn-shenzhen"_s, u"cn-shenzhen:production"_s, u"Production"_s,
                                    u"app-1"_s,       u"order-service"_s,          {u"order-7d9f-x2k4q"_s}};
    for (int sequence = 0; sequence < count; ++sequence) {
        writer.append(JournalEntry::requested(JournalAction::restartInstances, who, where,
                                              QJsonObject{{u"sequence"_s, sequence}}));
    }
    return QCoreApplication::exec();
}
