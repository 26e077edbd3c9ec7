#pragma once

#include <QObject>

class QSocketNotifier;

/**
 * Turns SIGINT and SIGTERM into a Qt signal on the event loop (the self-pipe pattern: the POSIX
 * handler only writes one byte), so a server can shut down cleanly instead of dying mid-write.
 */
class TerminationSignalNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignalNotifier)

public:
    explicit TerminationSignalNotifier(QObject *parent = nullptr);
    ~TerminationSignalNotifier() override;

    bool isValid() const { return m_notifier != nullptr; }

signals:
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};
