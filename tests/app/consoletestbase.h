#pragma once

// What the end-to-end console tests share: the real window and controllers, the journal in a
// temporary directory and the emulator over loopback with a clock driven by the test, built
// fresh for each test function.

#include "appcontroller.h"
#include "core/journalentry.h"
#include "core/journalreader.h"
#include "detailcontroller.h"
#include "operationcontroller.h"
#include "platform/journalwriter.h"
#include "platform/requestscheduler.h"
#include "support/localemulator.h"
#include "widgets/applicationdetailview.h"
#include "widgets/mainwindow.h"

#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class ConsoleTestBase
{
protected:
    /// 11:00 in Shenzhen on a Friday: the emulator's clock starts there and moves when told.
    static QDateTime startTime() { return QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC); }

    /// Builds the console against a fresh emulator (call from init(); check with QVERIFY).
    bool createConsole(QObject *context)
    {
        using namespace Qt::StringLiterals;
        QFile::remove(journalPath());
        EmulatorOptions options;
        options.manualStart = m_emulatorStart;
        options.callsPerMinute = 0; // the budget has its own tests; these are about the flows
        m_local = std::make_unique<LocalEmulator>(options);
        if (!m_local->isListening())
            return false;
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 1000);
        m_scheduler = std::make_unique<RequestScheduler>(&m_local->client());
        m_scheduler->setLimit(6000);
        m_sent.clear();
        QObject::connect(m_scheduler.get(), &RequestScheduler::requestSent, context,
                         [this](const QString &action) { m_sent.append(action); });
        m_journal = std::make_unique<JournalWriter>(journalPath());
        m_controller = std::make_unique<AppController>(m_scheduler.get(), m_window.get());
        m_controller->setAutoRefreshInterval(0);
        m_details = std::make_unique<DetailController>(m_scheduler.get(), m_scheduler.get(),
                                                       m_controller.get(), m_window->detail());
        m_details->setRefreshInterval(0);
        m_operations = std::make_unique<OperationController>(m_scheduler.get(), m_journal.get(),
                                                             m_controller.get(), m_window.get());
        const Profile profile = Profile::localEmulator();
        m_controller->setProfile(profile);
        m_operations->setSession(profile, u"cn-shenzhen"_s);
        return true;
    }

    /// Shows the window (after the test's own wiring).
    bool showConsole()
    {
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    void destroyConsole()
    {
        m_operations.reset();
        m_details.reset();
        m_controller.reset();
        m_journal.reset();
        m_window.reset();
        m_scheduler.reset();
        m_local.reset();
    }

    void startConsole()
    {
        QSignalSpy loaded(m_controller.get(), &AppController::initialLoadFinished);
        m_controller->start();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().first().toBool(), true);
    }

    /// Types the application's name and namespace into the filter and clicks its row.
    void openApplication(const QString &name, const QString &namespaceName)
    {
        using namespace Qt::StringLiterals;
        auto *filter = m_window->findChild<QLineEdit *>(u"applicationFilter"_s);
        filter->clear();
        QTest::keyClicks(filter, name + u' ' + namespaceName);
        QTableView *apps = table(u"applicationTable"_s);
        QCOMPARE(apps->model()->rowCount(), 1);
        QTest::mouseClick(apps->viewport(), Qt::LeftButton, {},
                          apps->visualRect(apps->model()->index(0, 0)).center());
        QTRY_COMPARE(m_controller->currentApplication().appName, name);
    }

    void clickTab(DetailPage page)
    {
        auto *tabs = m_window->detail()->findChild<QTabBar *>();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(int(page)).center());
        QCOMPARE(m_window->detail()->currentPage(), page);
    }

    /// README pictures come from the end-to-end tests when asked for:
    /// OPSCONSOLE_SCREENSHOT_DIR=/path ctest -R 'deployflow|oncallflow'.
    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("OPSCONSOLE_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
    }

    QTableView *table(const QString &name) const { return m_window->findChild<QTableView *>(name); }
    int sentCalls(const QString &action) const { return int(m_sent.count(action)); }
    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.jsonl")); }
    QList<JournalEntry> journal() const { return JournalReader::readFile(journalPath()).entries; }

    /// Where the emulator's clock starts (set before createConsole()).
    QDateTime m_emulatorStart = startTime();
    QTemporaryDir m_dir;
    std::unique_ptr<LocalEmulator> m_local;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<RequestScheduler> m_scheduler;
    std::unique_ptr<JournalWriter> m_journal;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<DetailController> m_details;
    std::unique_ptr<OperationController> m_operations;
    QStringList m_sent;
};
