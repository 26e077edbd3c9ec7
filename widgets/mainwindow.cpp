#include "mainwindow.h"

#include "core/apierror.h"
#include "core/itemroles.h"
#include "widgets/applicationlistpanel.h"
#include "widgets/instancepanel.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_namespaceSelector(new QComboBox(this))
    , m_banner(new MessageBanner(this))
    , m_applications(new ApplicationListPanel(this))
    , m_instances(new InstancePanel(this))
    , m_connectionLabel(new QLabel(this))
    , m_updatedLabel(new QLabel(this))
{
    setWindowTitle(tr("Ops Console"));
    m_namespaceSelector->setObjectName(QStringLiteral("namespaceSelector"));
    m_namespaceSelector->setMinimumContentsLength(16);
    m_namespaceSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_namespaceSelector->setToolTip(tr("Namespace"));
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_updatedLabel->setObjectName(QStringLiteral("updatedLabel"));

    createActions();

    connect(m_namespaceSelector, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && !m_namespaceModelResetting)
            emit namespaceSelected(m_namespaceSelector->itemData(index, ItemRoles::IdRole).toString());
    });
    connect(m_applications, &ApplicationListPanel::currentApplicationChanged, this,
            &MainWindow::applicationSelected);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_applications);
    splitter->addWidget(m_instances);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({440, 260});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_updatedLabel);
    resize(1280, 800);
}

void MainWindow::createActions()
{
    m_refreshAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(
        tr("Reload from the platform (%1)")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshRequested);

    auto *findAction = new QAction(tr("&Find Application"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_applications, &ApplicationListPanel::focusFilter);

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(quitAction);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_refreshAction);
    viewMenu->addAction(findAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *namespaceLabel = new QLabel(tr("Namespace:"), toolBar);
    namespaceLabel->setBuddy(m_namespaceSelector);
    namespaceLabel->setContentsMargins(4, 0, 4, 0);
    toolBar->addWidget(namespaceLabel);
    toolBar->addWidget(m_namespaceSelector);
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);
}

void MainWindow::setModels(QAbstractItemModel *namespaces, QAbstractItemModel *applications,
                           QAbstractItemModel *instances)
{
    m_namespaceSelector->setModel(namespaces);
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
    m_instances->setModel(instances);
}

void MainWindow::setConnectionDescription(const QString &text)
{
    m_connectionLabel->setText(text);
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

QString MainWindow::currentApplicationId() const
{
    return m_applications->currentApplicationId();
}

bool MainWindow::selectApplication(const QString &appId)
{
    return m_applications->selectApplication(appId);
}

void MainWindow::setCurrentApplicationName(const QString &appName)
{
    m_instances->setApplicationName(appName);
}

void MainWindow::setInstancesLoading(bool loading)
{
    m_instances->setLoading(loading);
}

void MainWindow::setApplicationsUpdated(const QDateTime &when)
{
    m_applications->setStaleSince({});
    //: status bar: time of the last successful refresh
    m_updatedLabel->setText(tr("Updated %1").arg(when.toLocalTime().time().toString(u"HH:mm:ss")));
}

void MainWindow::setApplicationsStale(const QDateTime &lastGoodUpdate)
{
    m_applications->setStaleSince(lastGoodUpdate);
}

void MainWindow::setInstancesStale(const QDateTime &lastGoodUpdate)
{
    m_instances->setStaleSince(lastGoodUpdate);
}

void MainWindow::showError(const QString &context, const ApiError &error)
{
    m_banner->showMessage(MessageBanner::Level::Error, context + u' ' + error.detailedText());
}

void MainWindow::clearError()
{
    m_banner->hide();
}

QString MainWindow::errorText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}
