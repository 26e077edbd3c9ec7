// The large fleet on the GUI thread: 10,000 applications from the embedded emulator
// (`--fleet large`), read through the real AppController and RequestScheduler into the real main
// window. It prints
//   - the longest GUI-thread stall while the whole fleet loads and then refreshes (a 1 ms timer
//     probe: the largest gap between its ticks, and how many gaps exceeded one 16 ms frame);
//   - the time per keystroke of the application filter over the 10,000 rows (filtering and
//     repainting the view), typed one character at a time and cleared again.
// Targets (DESIGN.md section 7): filter < 5 ms per keystroke, no stall > 16 ms. It asserts
// nothing about time.

#include "appcontroller.h"
#include "core/applicationtablemodel.h"
#include "embeddedemulator.h"
#include "platform/apiclient.h"
#include "platform/requestscheduler.h"
#include "widgets/applicationlistpanel.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace {

using namespace Qt::StringLiterals;

/** Ticks every millisecond and remembers the largest gap between two ticks. */
class StallProbe
{
public:
    explicit StallProbe(QObject *context)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, context, [this] { tick(); });
    }
    void start()
    {
        m_longestMs = 0;
        m_framesMissed = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestMs() const { return m_longestMs; }
    int framesMissed() const { return m_framesMissed; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double gapMs = double(now - m_last) / 1e6;
        m_last = now;
        m_longestMs = std::max(m_longestMs, gapMs);
        if (gapMs > 16.0)
            ++m_framesMissed;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_longestMs = 0;
    int m_framesMissed = 0;
};

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(values.size() - 1, qsizetype(fraction * values.size())));
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QTest::qWait(10);
    return done();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int applications = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTextStream out(stdout);

    EmulatorOptions options;
    options.largeFleetApplications = applications;
    options.callsPerMinute = 0; // the budget is not what this measures
    EmbeddedEmulator emulator(options);
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setCredential({options.accessKeyId, options.accessKeySecret});
    RequestScheduler scheduler(&client);
    scheduler.setLimit(100000);
    MainWindow window;
    AppController controller(&scheduler, &window);
    controller.setMaximumPages(200);
    controller.setAutoRefreshInterval(0);
    window.resize(1280, 800);
    window.show();

    bool started = false;
    QObject::connect(&emulator, &EmbeddedEmulator::started, &window, [&](const QUrl &url) {
        client.setEndpoint(url);
        started = true;
    });
    emulator.start();
    if (!waitFor([&] { return started; }, 30000)) {
        out << "the embedded emulator did not start" << Qt::endl;
        return 1;
    }

    StallProbe probe(&window);
    const auto loadAll = [&](const char *what) {
        int refreshed = 0;
        const auto connection = QObject::connect(&controller, &AppController::applicationsRefreshed, &window,
                                                 [&refreshed] { ++refreshed; });
        QElapsedTimer clock;
        clock.start();
        probe.start();
        if (qstrcmp(what, "first load") == 0)
            controller.start();
        else
            controller.refresh();
        const bool done = waitFor([&] { return refreshed > 0; }, 300000);
        probe.stop();
        QObject::disconnect(connection);
        out << what << " of " << controller.applicationModel()->rowCount()
            << " applications: " << clock.elapsed() << " ms" << (done ? "" : " (timed out)")
            << "; longest GUI-thread stall " << QString::number(probe.longestMs(), 'f', 1)
            << " ms; gaps over 16 ms: " << probe.framesMissed() << Qt::endl;
    };
    loadAll("first load");
    loadAll("refresh");

    auto *filter = window.findChild<QLineEdit *>(u"applicationFilter"_s);
    auto *view = window.findChild<QTableView *>(u"applicationTable"_s);
    filter->setFocus();
    QList<double> typing;
    QList<double> clearing;
    const QString pattern = u"order-service"_s;
    for (int round = 0; round < 5; ++round) {
        for (const QChar character : pattern) {
            QElapsedTimer clock;
            clock.start();
            QTest::keyClick(filter, character.toLatin1());
            view->viewport()->repaint();
            typing.append(double(clock.nsecsElapsed()) / 1e6);
        }
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            QElapsedTimer clock;
            clock.start();
            QTest::keyClick(filter, Qt::Key_Backspace);
            view->viewport()->repaint();
            clearing.append(double(clock.nsecsElapsed()) / 1e6);
        }
    }
    out << "filter over " << controller.applicationModel()->rowCount() << " applications, per keystroke "
        << "(filter + repaint): typing median " << QString::number(percentile(typing, 0.5), 'f', 2)
        << " ms, p95 " << QString::number(percentile(typing, 0.95), 'f', 2) << " ms, max "
        << QString::number(percentile(typing, 1.0), 'f', 2) << " ms; deleting median "
        << QString::number(percentile(clearing, 0.5), 'f', 2) << " ms, max "
        << QString::number(percentile(clearing, 1.0), 'f', 2) << " ms" << Qt::endl;
    return 0;
}
