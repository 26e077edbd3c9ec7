// Cold start to a populated list: runs the real `opsconsole` on its embedded emulator five times
// (offscreen, --screenshot) and prints the median time from process start to the first page being
// populated, measured from outside (process start) and inside (main() entry). It prints numbers
// and asserts nothing about them.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

using namespace Qt::StringLiterals;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5;
    QTemporaryDir dir;
    QTextStream out(stdout);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"QT_LOGGING_RULES"_s, u"opsconsole.startup.info=true;qt.qpa.*=false"_s);
    static const QRegularExpression loaded(u"first page loaded after (\\d+) ms"_s);

    QList<double> fromProcessStart;
    QList<double> fromMain;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        process.setProcessEnvironment(environment);
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(OPSCONSOLE_PATH), {u"--screenshot"_s, dir.filePath(u"cold.png"_s)});
        QString errors;
        qint64 populatedAt = -1;
        process.setReadChannel(QProcess::StandardError);
        while (populatedAt < 0 && process.waitForReadyRead(30000)) {
            errors += QString::fromUtf8(process.readAllStandardError());
            const QRegularExpressionMatch match = loaded.match(errors);
            if (match.hasMatch()) {
                populatedAt = clock.elapsed();
                fromMain.append(match.captured(1).toDouble());
            }
        }
        process.waitForFinished(30000);
        if (populatedAt < 0) {
            out << "run " << run + 1 << ": the first page did not load: " << errors << Qt::endl;
            return 1;
        }
        fromProcessStart.append(double(populatedAt));
        out << "run " << run + 1 << ": populated list after " << populatedAt
            << " ms (main() to list: " << fromMain.last() << " ms)" << Qt::endl;
    }
    out << "cold start to a populated list, median of " << runs << ": " << median(fromProcessStart)
        << " ms from process start, " << median(fromMain) << " ms from main()" << Qt::endl;
    return 0;
}
