#pragma once

#include "emulator/emulatoroptions.h"

#include <QObject>
#include <QThread>
#include <QUrl>

/**
 * The SAE emulator the console starts for the local profile, on a thread of its own so that its
 * HTTP serving never competes with the GUI thread. start() is asynchronous: started() or failed()
 * follows.
 */
class EmbeddedEmulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedEmulator)

public:
    explicit EmbeddedEmulator(const EmulatorOptions &options, QObject *parent = nullptr);
    ~EmbeddedEmulator() override;

    void start();
    const EmulatorOptions &options() const { return m_options; }

signals:
    void started(const QUrl &url);
    void failed(const QString &message);

private:
    EmulatorOptions m_options;
    QThread m_thread;
    QObject *m_threadContext = nullptr;
};
