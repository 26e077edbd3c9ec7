#include "mainwindow.h"

#include "core/apierror.h"
#include "core/durationformat.h"
#include "core/itemroles.h"
#include "core/manualchangelock.h"
#include "widgets/applicationdetailview.h"
#include "widgets/applicationlistpanel.h"
#include "widgets/fleetpanel.h"
#include "widgets/instancepanel.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QComboBox *createSelector(const QString &objectName, const QString &toolTip, int minimumCharacters,
                          QWidget *parent)
{
    auto *selector = new QComboBox(parent);
    selector->setObjectName(objectName);
    selector->setToolTip(toolTip);
    selector->setMinimumContentsLength(minimumCharacters);
    selector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return selector;
}

void addLabelled(QToolBar *toolBar, const QString &label, QComboBox *selector)
{
    auto *caption = new QLabel(label, toolBar);
    caption->setBuddy(selector);
    caption->setContentsMargins(6, 0, 4, 0);
    toolBar->addWidget(caption);
    toolBar->addWidget(selector);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_profileSelector(
          createSelector(u"profileSelector"_s, tr("Profile: which account and endpoint"), 12, this))
    , m_regionSelector(createSelector(u"regionSelector"_s, tr("Region"), 10, this))
    , m_namespaceSelector(createSelector(u"namespaceSelector"_s, tr("Namespace"), 16, this))
    , m_banner(new MessageBanner(this))
    , m_protectedBanner(new MessageBanner(this))
    , m_applications(new ApplicationListPanel(this))
    , m_detail(new ApplicationDetailView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_pages(new QStackedWidget(this))
    , m_connectionStateLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_budgetLabel(new QLabel(this))
    , m_updatedLabel(new QLabel(this))
    , m_ageTimer(new QTimer(this))
{
    setWindowTitle(tr("Ops Console"));
    m_banner->setObjectName(u"messageBanner"_s);
    m_protectedBanner->setObjectName(u"protectedBanner"_s);
    m_protectedBanner->setDismissible(false);
    m_protectedBanner->hide();
    m_connectionStateLabel->setObjectName(u"connectionStateLabel"_s);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_budgetLabel->setObjectName(u"budgetLabel"_s);
    m_budgetLabel->setToolTip(tr("Calls sent in the last minute, of the platform's limit of calls per "
                                 "minute shared by every API"));
    m_updatedLabel->setObjectName(u"updatedLabel"_s);

    createActions();

    connect(m_profileSelector, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && !m_selectorsUpdating)
            emit profileSelected(m_profileSelector->itemText(index));
    });
    connect(m_regionSelector, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && !m_selectorsUpdating)
            emit regionSelected(m_regionSelector->itemText(index));
    });
    connect(m_namespaceSelector, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && !m_namespaceModelResetting)
            emit namespaceSelected(m_namespaceSelector->itemData(index, ItemRoles::IdRole).toString());
    });
    connect(m_applications, &ApplicationListPanel::currentApplicationChanged, this,
            [this](const QString &appId) {
                updateApplicationActions();
                emit applicationSelected(appId);
            });
    connect(m_applications, &ApplicationListPanel::openRequested, this,
            [this](const QString &appId, DetailPage page) {
                selectApplication(appId);
                m_detail->setCurrentPage(page);
            });
    connect(m_applications, &ApplicationListPanel::lifecycleActionRequested, this,
            &MainWindow::lifecycleActionRequested);

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_applications);
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({380, 420});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_banner);
    // The protected namespace's banner belongs to the application page, not to the fleet's.
    auto *applicationPage = new QWidget(this);
    auto *applicationLayout = new QVBoxLayout(applicationPage);
    applicationLayout->setContentsMargins(0, 0, 0, 0);
    applicationLayout->addWidget(m_protectedBanner);
    applicationLayout->addWidget(m_splitter, 1);
    m_pages->setObjectName(u"mainPages"_s);
    m_pages->addWidget(applicationPage);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_connectionStateLabel);
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_budgetLabel);
    statusBar()->addPermanentWidget(m_updatedLabel);
    setConnectionState(ConnectionState::Connecting);
    setCallBudget(0, 0, 0);

    m_ageTimer->setInterval(1000);
    connect(m_ageTimer, &QTimer::timeout, this, &MainWindow::updateAge);
    resize(1280, 800);
}

InstancePanel *MainWindow::instancePanel() const
{
    return m_detail->instancePanel();
}

void MainWindow::createActions()
{
    m_refreshAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_refreshAction->setToolTip(tr("Reload from the platform (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshRequested);

    auto *findAction = new QAction(tr("&Find Application"), this);
    findAction->setObjectName(u"findAction"_s);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_applications, &ApplicationListPanel::focusFilter);

    auto *goToAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                   tr("&Go to Application…"), this);
    goToAction->setObjectName(u"goToAction"_s);
    goToAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    goToAction->setToolTip(tr("Jump to an application by typing part of its name (Ctrl+K)"));
    connect(goToAction, &QAction::triggered, this, &MainWindow::goToApplicationRequested);

    auto *clearAction = new QAction(tr("&Clear Filters"), this);
    clearAction->setObjectName(u"clearFiltersAction"_s);
    clearAction->setShortcut(QKeySequence(Qt::Key_Escape));
    clearAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(clearAction, &QAction::triggered, m_applications, &ApplicationListPanel::clearFilters);
    m_applications->addAction(clearAction);

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(quitAction);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu = viewMenu;
    viewMenu->addAction(m_refreshAction);
    viewMenu->addAction(findAction);
    viewMenu->addAction(goToAction);
    viewMenu->addAction(clearAction);
    viewMenu->addSeparator();
    const auto addPage = [this, viewMenu](const QString &text, DetailPage page, int key) {
        QAction *action = viewMenu->addAction(text, this, [this, page] { m_detail->setCurrentPage(page); });
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(key)));
    };
    addPage(tr("&Overview"), DetailPage::Overview, Qt::Key_1);
    addPage(tr("&Instances"), DetailPage::Instances, Qt::Key_2);
    addPage(tr("&Monitoring"), DetailPage::Monitoring, Qt::Key_3);
    addPage(tr("&Events"), DetailPage::Events, Qt::Key_4);
    addPage(tr("&Logs"), DetailPage::Logs, Qt::Key_5);
    addPage(tr("&Scaling"), DetailPage::Scaling, Qt::Key_6);
    addPage(tr("&Changes"), DetailPage::Changes, Qt::Key_7);
    addPage(tr("&What changed"), DetailPage::WhatChanged, Qt::Key_8);

    QMenu *applicationMenu = menuBar()->addMenu(tr("&Application"));
    applicationMenu->setToolTipsVisible(true);
    const auto addLifecycle = [this, applicationMenu](const QString &text, LifecycleAction action) {
        QAction *menuAction = applicationMenu->addAction(text, this, [this, action] {
            if (const QString appId = currentApplicationId(); !appId.isEmpty())
                emit lifecycleActionRequested(appId, action);
        });
        menuAction->setData(int(action));
        m_applicationActions.append(menuAction);
        return menuAction;
    };
    QAction *deployAction = addLifecycle(tr("&Deploy…"), LifecycleAction::Deploy);
    deployAction->setObjectName(u"deployAction"_s);
    deployAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    deployAction->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    applicationMenu->addSeparator();
    addLifecycle(tr("&Restart…"), LifecycleAction::Restart);
    addLifecycle(tr("S&top…"), LifecycleAction::Stop);
    addLifecycle(tr("&Start…"), LifecycleAction::Start);
    updateApplicationActions();

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addLabelled(toolBar, tr("Profile:"), m_profileSelector);
    addLabelled(toolBar, tr("Region:"), m_regionSelector);
    addLabelled(toolBar, tr("Namespace:"), m_namespaceSelector);
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(goToAction);
    m_fleetAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogListView), tr("&Fleet"), this);
    m_fleetAction->setObjectName(u"fleetAction"_s);
    m_fleetAction->setCheckable(true);
    m_fleetAction->setEnabled(false);
    m_fleetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_fleetAction->setToolTip(
        tr("Every application of the region by health, the worst first (Ctrl+Shift+F)"));
    connect(m_fleetAction, &QAction::triggered, this, [this](bool checked) { showFleet(checked); });
    viewMenu->addSeparator();
    viewMenu->addAction(m_fleetAction);
    toolBar->addSeparator();
    toolBar->addAction(m_fleetAction);
    toolBar->addAction(deployAction);

    m_signOffAction = new QAction(style()->standardIcon(QStyle::SP_MessageBoxQuestion), tr("Sign-off"), this);
    m_signOffAction->setObjectName(u"signOffAction"_s);
    m_signOffAction->setCheckable(true);
    m_signOffAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_signOffAction->setToolTip(tr("Change orders waiting for a person (Ctrl+Shift+S)"));
    m_signOffAction->setEnabled(false);
    toolBar->addAction(m_signOffAction);
}

void MainWindow::setFleetPanel(FleetPanel *fleet)
{
    m_fleet = fleet;
    m_pages->addWidget(fleet);
    m_fleetAction->setEnabled(true);
    // Triage: from the fleet to the application's instances that need attention.
}

void MainWindow::openForTriage(const QString &appId)
{
    showFleet(false);
    // The list may hide it: a filter typed earlier, or another namespace chosen.
    if (!selectApplication(appId)) {
        m_applications->clearFilters();
        if (!selectApplication(appId) && m_namespaceSelector->currentIndex() != 0) {
            m_applications->setPreferredApplication(appId); // chosen when the list arrives
            m_namespaceSelector->setCurrentIndex(0);        // all namespaces
        }
    }
    m_detail->setCurrentPage(DetailPage::Instances);
    instancePanel()->setAttentionFilter(true);
}

void MainWindow::showFleet(bool shown)
{
    if (!m_fleet)
        return;
    m_pages->setCurrentIndex(shown ? m_pages->indexOf(m_fleet) : 0);
    m_fleetAction->setChecked(shown);
}

bool MainWindow::isFleetShown() const
{
    return m_fleet && m_pages->currentWidget() == m_fleet;
}

QDockWidget *MainWindow::addPanelDock(const QString &objectName, const QString &title, QWidget *panel,
                                      Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    dock->setAllowedAreas(Qt::AllDockWidgetAreas);
    addDockWidget(area, dock);
    dock->hide();
    if (m_viewMenu)
        m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::setSignOffInbox(QDockWidget *inboxDock)
{
    m_signOffAction->setEnabled(true);
    m_signOffAction->setChecked(inboxDock->isVisible());
    connect(m_signOffAction, &QAction::toggled, inboxDock, &QDockWidget::setVisible);
    connect(inboxDock, &QDockWidget::visibilityChanged, m_signOffAction,
            [this, inboxDock](bool) { m_signOffAction->setChecked(!inboxDock->isHidden()); });
}

void MainWindow::setSignOffCount(int count)
{
    m_signOffCount = count;
    //: the toolbar button of the sign-off inbox, with how many change orders wait
    m_signOffAction->setText(count > 0 ? tr("Sign-off (%1)").arg(count) : tr("Sign-off"));
    updateTitle();
}

void MainWindow::setTitleBase(const QString &title)
{
    m_titleBase = title;
    updateTitle();
}

void MainWindow::updateTitle()
{
    //: window title: %1 is where the console works, %n how many change orders wait for a person
    setWindowTitle(m_signOffCount > 0
                       ? tr("%1 — %n waiting for sign-off", nullptr, m_signOffCount).arg(m_titleBase)
                       : m_titleBase);
}

void MainWindow::updateApplicationActions()
{
    const bool chosen = !currentApplicationId().isEmpty();
    const QString lockReason = chosen ? m_applications->currentLockReason() : QString();
    for (QAction *action : std::as_const(m_applicationActions)) {
        const bool locked =
            !lockReason.isEmpty() && ManualChangeLock::blocks(LifecycleAction(action->data().toInt()));
        action->setEnabled(chosen && !locked);
        action->setToolTip(locked ? lockReason : QString());
        action->setStatusTip(locked ? lockReason : QString());
    }
}

void MainWindow::setModels(QAbstractItemModel *namespaces, QAbstractItemModel *applications,
                           QAbstractItemModel *instances)
{
    m_namespaceSelector->setModel(namespaces);
    // A scaling rule switched on or off changes which actions the chosen application allows.
    connect(applications, &QAbstractItemModel::dataChanged, this, &MainWindow::updateApplicationActions);
    connect(applications, &QAbstractItemModel::modelReset, this, &MainWindow::updateApplicationActions);
    // A refreshed namespace list resets the model and the combo falls back to row 0 ("All
    // namespaces"); that is not the user's choice. Keep what was chosen while it still exists.
    connect(namespaces, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_namespaceModelResetting = true;
        m_namespaceBeforeReset = currentNamespaceId();
    });
    connect(namespaces, &QAbstractItemModel::modelReset, this, [this] {
        const int index = m_namespaceSelector->findData(m_namespaceBeforeReset, ItemRoles::IdRole);
        if (index >= 0)
            m_namespaceSelector->setCurrentIndex(index);
        m_namespaceModelResetting = false;
        if (index < 0) // the chosen namespace is gone: say what is shown now
            emit namespaceSelected(currentNamespaceId());
    });
    m_applications->setModel(applications);
    m_detail->instancePanel()->setModel(instances);
}

void MainWindow::setProfiles(const QStringList &names, const QString &current)
{
    m_selectorsUpdating = true;
    m_profileSelector->clear();
    m_profileSelector->addItems(names);
    m_profileSelector->setCurrentIndex(m_profileSelector->findText(current));
    m_profileSelector->setEnabled(names.size() > 1);
    m_selectorsUpdating = false;
}

void MainWindow::setRegions(const QStringList &regionIds, const QString &current)
{
    m_selectorsUpdating = true;
    m_regionSelector->clear();
    m_regionSelector->addItems(regionIds);
    if (m_regionSelector->findText(current) < 0)
        m_regionSelector->addItem(current);
    m_regionSelector->setCurrentIndex(m_regionSelector->findText(current));
    m_regionSelector->setEnabled(m_regionSelector->count() > 1);
    m_selectorsUpdating = false;
}

QString MainWindow::currentProfile() const
{
    return m_profileSelector->currentText();
}

QString MainWindow::currentRegion() const
{
    return m_regionSelector->currentText();
}

void MainWindow::setConnectionDescription(const QString &text)
{
    m_connectionLabel->setText(text);
}

void MainWindow::setConnectionState(ConnectionState state, const QString &detail)
{
    m_connectionState = state;
    QString text;
    QString colour;
    switch (state) {
    case ConnectionState::Connecting:
        text = tr("Connecting…");
        colour = u"#3b82f6"_s;
        break;
    case ConnectionState::Connected:
        text = tr("Connected");
        colour = u"#22a06b"_s;
        break;
    case ConnectionState::Throttled:
        //: status bar: the platform asked the console to slow down
        text = tr("Throttled");
        colour = u"#d97706"_s;
        break;
    case ConnectionState::Offline:
        text = tr("Offline");
        colour = u"#dc2626"_s;
        break;
    }
    m_connectionStateLabel->setText(
        u"<span style=\"color:%1\">●</span> %2"_s.arg(colour, text.toHtmlEscaped()));
    m_connectionStateLabel->setToolTip(detail);
}

void MainWindow::setCallBudget(int usedInWindow, int limit, int queued)
{
    if (limit <= 0) {
        m_budgetLabel->clear();
        return;
    }
    //: status bar: %1 calls sent in the last minute, %2 the limit per minute
    QString text = tr("Calls %1/%2 per min").arg(usedInWindow).arg(limit);
    if (queued > 0)
        text += u" · "_s + tr("%n queued", nullptr, queued);
    m_budgetLabel->setText(text);
}

QString MainWindow::callBudgetText() const
{
    return m_budgetLabel->text();
}

void MainWindow::selectNamespace(const QString &namespaceId)
{
    const int index = m_namespaceSelector->findData(namespaceId, ItemRoles::IdRole);
    if (index >= 0)
        m_namespaceSelector->setCurrentIndex(index);
}

QString MainWindow::currentNamespaceId() const
{
    return m_namespaceSelector->currentData(ItemRoles::IdRole).toString();
}

QString MainWindow::currentNamespaceName() const
{
    return m_namespaceSelector->currentText();
}

void MainWindow::setNamespaceProtected(bool isProtected, const QString &namespaceName)
{
    if (!isProtected) {
        m_protectedBanner->setDismissible(false);
        m_protectedBanner->hide();
        return;
    }
    //: banner over a production namespace; %1 is its name
    m_protectedBanner->showMessage(MessageBanner::Level::Warning,
                                   tr("Protected namespace “%1”: every change here asks you to type the "
                                      "application's name to confirm.")
                                       .arg(namespaceName));
}

bool MainWindow::isProtectedBannerShown() const
{
    return !m_protectedBanner->isHidden();
}

QString MainWindow::currentApplicationId() const
{
    return m_applications->currentApplicationId();
}

bool MainWindow::selectApplication(const QString &appId)
{
    return m_applications->selectApplication(appId);
}

void MainWindow::setCurrentApplication(const QString &appName, const QString &appId,
                                       const QString &statusLine)
{
    m_detail->setApplication(appName, appId, statusLine);
    updateApplicationActions();
}

void MainWindow::setInstancesLoading(bool loading)
{
    m_detail->instancePanel()->setLoading(loading);
}

void MainWindow::setApplicationsUpdated(const QDateTime &when)
{
    m_applications->setStaleSince({});
    m_updatedAt = when;
    m_ageTimer->start();
    updateAge();
}

void MainWindow::updateAge()
{
    if (!m_updatedAt.isValid())
        return;
    const qint64 age = qMax<qint64>(0, m_updatedAt.secsTo(QDateTime::currentDateTimeUtc()));
    //: status bar: the age of the application list, e.g. "Updated 12s ago"
    m_updatedLabel->setText(tr("Updated %1 ago").arg(DurationFormat::compact(age)));
    m_updatedLabel->setToolTip(QLocale().toString(m_updatedAt.toLocalTime(), QLocale::LongFormat));
}

QString MainWindow::updatedText() const
{
    return m_updatedLabel->text();
}

void MainWindow::setApplicationsStale(const QDateTime &lastGoodUpdate)
{
    m_applications->setStaleSince(lastGoodUpdate);
}

void MainWindow::setInstancesStale(const QDateTime &lastGoodUpdate)
{
    m_detail->instancePanel()->setStaleSince(lastGoodUpdate);
}

void MainWindow::showError(const QString &context, const ApiError &error)
{
    m_banner->showMessage(MessageBanner::Level::Error, context + u' ' + error.detailedText());
}

void MainWindow::showErrorMessage(const QString &text)
{
    m_banner->showMessage(MessageBanner::Level::Error, text);
}

void MainWindow::showNotice(const QString &text)
{
    m_banner->showMessage(MessageBanner::Level::Information, text);
}

void MainWindow::clearError()
{
    if (m_banner->level() == MessageBanner::Level::Error)
        m_banner->hide();
}

QString MainWindow::errorText() const
{
    return m_banner->isVisible() && m_banner->level() == MessageBanner::Level::Error ? m_banner->text()
                                                                                     : QString();
}

void MainWindow::saveLayout(QSettings &settings) const
{
    settings.beginGroup(u"mainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    settings.setValue(u"applicationColumns"_s, m_applications->headerState());
    settings.setValue(u"detailPage"_s, detailPageName(m_detail->currentPage()));
    settings.endGroup();
}

void MainWindow::restoreLayout(const QSettings &settings)
{
    const auto value = [&settings](const QString &key) { return settings.value(u"mainWindow/"_s + key); };
    if (const QByteArray geometry = value(u"geometry"_s).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = value(u"state"_s).toByteArray(); !state.isEmpty())
        restoreState(state);
    if (const QByteArray splitter = value(u"splitter"_s).toByteArray(); !splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_applications->restoreHeaderState(value(u"applicationColumns"_s).toByteArray());
    if (const auto page = detailPageFromName(value(u"detailPage"_s).toString()))
        m_detail->setCurrentPage(*page);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    saveLayout(settings);
    QMainWindow::closeEvent(event);
}
