#include "embeddedemulator.h"

#include "emulator/emulator.h"

EmbeddedEmulator::EmbeddedEmulator(const EmulatorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_thread.setObjectName(QStringLiteral("sae-emulator"));
}

EmbeddedEmulator::~EmbeddedEmulator()
{
    m_thread.quit();
    m_thread.wait(); // at shutdown only: the emulator finishes its current request and stops
}

void EmbeddedEmulator::start()
{
    if (m_threadContext)
        return;
    m_threadContext = new QObject;
    m_threadContext->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_threadContext, &QObject::deleteLater);
    m_thread.start();

    QMetaObject::invokeMethod(m_threadContext, [this, context = m_threadContext, options = m_options] {
        // Runs on the emulator thread; the emulator belongs to the context and dies with it.
        auto *emulator = new Emulator(options, context);
        if (emulator->listen(QHostAddress::LocalHost, 0)) {
            QMetaObject::invokeMethod(
                this, [this, url = emulator->url()] { emit started(url); }, Qt::QueuedConnection);
        } else {
            QMetaObject::invokeMethod(
                this, [this, message = emulator->errorString()] { emit failed(message); },
                Qt::QueuedConnection);
        }
    });
}
