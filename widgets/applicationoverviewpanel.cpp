#include "applicationoverviewpanel.h"

#include "widgets/messagebanner.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView missing = u"—";
constexpr int copiedFeedbackMs = 1500;

QString orMissing(const QString &text)
{
    return text.trimmed().isEmpty() ? missing.toString() : text;
}

/// 500 -> "0.5", 2000 -> "2": as few digits as the value needs.
QString compactNumber(double value)
{
    return QLocale().toString(value, 'g', 6);
}

/// A command line as a shell would read it back: arguments with spaces or quotes are quoted.
QString commandLine(const QString &command, const QStringList &arguments)
{
    QStringList parts;
    if (!command.isEmpty())
        parts.append(command);
    for (const QString &argument : arguments) {
        if (argument.isEmpty() || argument.contains(u' ') || argument.contains(u'"')
            || argument.contains(u'\'')) {
            QString escaped = argument;
            escaped.replace(u"'"_s, u"'\\''"_s);
            parts.append(u'\'' + escaped + u'\'');
        } else {
            parts.append(argument);
        }
    }
    return parts.join(u' ');
}

} // namespace

ApplicationOverviewPanel::ApplicationOverviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_loadingNotice(new QLabel(tr("Loading…"), this))
    , m_staleNotice(new QLabel(this))
    , m_errorBanner(new MessageBanner(this))
    , m_environment(new QTableWidget(0, 3))
    , m_noEnvironment(new QLabel(tr("None")))
{
    m_title->setObjectName(u"overviewTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_loadingNotice->setObjectName(u"overviewLoadingNotice"_s);
    m_loadingNotice->hide();
    m_staleNotice->setObjectName(u"overviewStaleNotice"_s);
    m_staleNotice->hide();
    m_errorBanner->setObjectName(u"overviewErrorBanner"_s);

    auto *content = new QWidget;
    auto *sections = new QVBoxLayout(content);

    QFormLayout *identity = addSection(sections, tr("Identity"), u"identitySection"_s);
    addRow(identity, Field::AppName, tr("Name"), u"appNameValue"_s);
    addRow(identity, Field::Description, tr("Description"), u"descriptionValue"_s);
    addRow(identity, Field::AppId, tr("App ID"), u"appIdValue"_s);
    addRow(identity, Field::NamespaceName, tr("Namespace"), u"namespaceNameValue"_s);
    addRow(identity, Field::NamespaceId, tr("Namespace ID"), u"namespaceIdValue"_s);
    addRow(identity, Field::Region, tr("Region"), u"regionValue"_s);

    QFormLayout *package = addSection(sections, tr("Package"), u"packageSection"_s);
    addRow(package, Field::PackageType, tr("Package type"), u"packageTypeValue"_s);
    addRow(package, Field::Image, tr("Image"), u"imageValue"_s);
    addRow(package, Field::PackageUrl, tr("Package URL"), u"packageUrlValue"_s);
    addRow(package, Field::PackageVersion, tr("Package version"), u"packageVersionValue"_s);
    addRow(package, Field::Runtime, tr("Runtime"), u"runtimeValue"_s);
    addRow(package, Field::Jdk, tr("JDK"), u"jdkValue"_s);
    addRow(package, Field::WebContainer, tr("Web container"), u"webContainerValue"_s);
    addRow(package, Field::Php, tr("PHP"), u"phpValue"_s);
    addRow(package, Field::Python, tr("Python"), u"pythonValue"_s);
    addRow(package, Field::Dotnet, tr(".NET"), u"dotnetValue"_s);
    addRow(package, Field::Command, tr("Command"), u"commandValue"_s);
    addRow(package, Field::Timezone, tr("Time zone"), u"timezoneValue"_s);

    QFormLayout *spec = addSection(sections, tr("Spec"), u"specSection"_s);
    addRow(spec, Field::Cpu, tr("CPU"), u"cpuValue"_s);
    addRow(spec, Field::Memory, tr("Memory"), u"memoryValue"_s);
    addRow(spec, Field::Replicas, tr("Instances"), u"replicasValue"_s);

    QFormLayout *strategy = addSection(sections, tr("Update strategy"), u"updateStrategySection"_s);
    addRow(strategy, Field::Strategy, tr("Strategy"), u"strategyValue"_s);
    addRow(strategy, Field::GrayBatch, tr("Gray batch"), u"grayBatchValue"_s);
    addRow(strategy, Field::Batches, tr("Batches"), u"batchesValue"_s);
    addRow(strategy, Field::Release, tr("Next batch"), u"releaseValue"_s);
    addRow(strategy, Field::BatchWait, tr("Wait between batches"), u"batchWaitValue"_s);
    addRow(strategy, Field::MinReady, tr("Minimum ready instances"), u"minReadyValue"_s);

    auto *environmentBox = new QGroupBox(tr("Environment variables"));
    environmentBox->setObjectName(u"environmentSection"_s);
    m_environment->setObjectName(u"environmentTable"_s);
    m_environment->setHorizontalHeaderLabels({tr("Name"), tr("Value"), tr("Source")});
    m_environment->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_environment->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_environment->setWordWrap(false);
    m_environment->verticalHeader()->hide();
    m_environment->horizontalHeader()->setStretchLastSection(true);
    m_environment->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_environment->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_noEnvironment->setObjectName(u"noEnvironmentLabel"_s);
    auto *environmentLayout = new QVBoxLayout(environmentBox);
    environmentLayout->addWidget(m_noEnvironment);
    environmentLayout->addWidget(m_environment);
    sections->addWidget(environmentBox);

    QFormLayout *probes = addSection(sections, tr("Health probes"), u"probesSection"_s);
    addRow(probes, Field::Liveness, tr("Liveness"), u"livenessValue"_s);
    addRow(probes, Field::Readiness, tr("Readiness"), u"readinessValue"_s);
    addRow(probes, Field::StartupProbe, tr("Startup"), u"startupProbeValue"_s);

    QFormLayout *network = addSection(sections, tr("Network"), u"networkSection"_s);
    addRow(network, Field::Vpc, tr("VPC"), u"vpcValue"_s);
    addRow(network, Field::VSwitch, tr("vSwitch"), u"vSwitchValue"_s);
    addRow(network, Field::SecurityGroup, tr("Security group"), u"securityGroupValue"_s);
    addRow(network, Field::Eip, tr("Elastic IP"), u"eipValue"_s);

    sections->addStretch(1);

    addCopyButton(Field::AppId, tr("App ID"), u"copyAppIdButton"_s);
    addCopyButton(Field::NamespaceId, tr("namespace ID"), u"copyNamespaceIdButton"_s);
    addCopyButton(Field::Region, tr("region ID"), u"copyRegionButton"_s);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"overviewScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_loadingNotice);
    header->addWidget(m_staleNotice);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_errorBanner);
    layout->addWidget(scroll, 1);
    render();
}

void ApplicationOverviewPanel::setApplication(const Application &application)
{
    if (m_config && m_config->appId != application.appId)
        m_config.reset();
    if (application.appId != m_application.appId)
        m_error.clear();
    m_application = application;
    render();
}

void ApplicationOverviewPanel::setConfig(const ApplicationConfig &config)
{
    if (!m_application.appId.isEmpty() && m_application.appId != config.appId)
        m_application = Application(); // the list's entry belongs to another application
    m_config = config;
    render();
}

void ApplicationOverviewPanel::setLoading(bool loading)
{
    m_loading = loading;
    updateNotices();
}

void ApplicationOverviewPanel::setError(const QString &message)
{
    m_error = message;
    updateNotices();
}

void ApplicationOverviewPanel::setStaleSince(const QDateTime &lastGoodUpdate)
{
    m_staleNotice->setVisible(lastGoodUpdate.isValid());
    if (lastGoodUpdate.isValid()) {
        //: shown above a configuration whose refresh failed; %1 is the time of the last good data
        m_staleNotice->setText(
            tr("⚠ Stale: data from %1")
                .arg(QLocale().toString(lastGoodUpdate.toLocalTime().time(), QLocale::ShortFormat)));
    }
}

void ApplicationOverviewPanel::clear()
{
    m_application = Application();
    m_config.reset();
    m_error.clear();
    m_loading = false;
    setStaleSince({});
    render();
}

QStringList ApplicationOverviewPanel::copyableIds() const
{
    QStringList ids;
    for (const Field field : {Field::AppId, Field::NamespaceId, Field::Region}) {
        const QToolButton *button = m_copyButtons.value(field);
        ids.append(button->isEnabled() ? m_values.value(field)->text() : QString());
    }
    return ids;
}

QFormLayout *ApplicationOverviewPanel::addSection(QVBoxLayout *sections, const QString &title,
                                                  const QString &objectName)
{
    auto *box = new QGroupBox(title);
    box->setObjectName(objectName);
    sections->addWidget(box);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    return form;
}

QLabel *ApplicationOverviewPanel::addRow(QFormLayout *form, Field field, const QString &label,
                                         const QString &objectName)
{
    auto *value = new QLabel(missing.toString());
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // No word wrap: a wrapping label has a height for its width, and Qt 6.4's QFormLayout
    // overflows its buffers laying out such rows next to hidden ones (valgrind: invalid writes in
    // QFormLayout::setGeometry; the console crashed a moment later). Long values stay selectable.
    value->setWordWrap(false);
    value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    form->addRow(label, value);
    m_values.insert(field, value);
    m_forms.insert(field, form);
    return value;
}

QToolButton *ApplicationOverviewPanel::addCopyButton(Field field, const QString &what,
                                                     const QString &objectName)
{
    QLabel *value = m_values.value(field);
    QFormLayout *form = m_forms.value(field);
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(value, &row, &role);
    form->removeWidget(value);

    auto *withButton = new QWidget;
    auto *line = new QHBoxLayout(withButton);
    line->setContentsMargins(0, 0, 0, 0);
    value->setWordWrap(false);
    line->addWidget(value, 1);
    auto *button = new QToolButton;
    button->setObjectName(objectName);
    //: a small button next to an ID
    button->setText(tr("Copy"));
    //: %1 is what is copied: App ID, namespace ID, region ID
    button->setToolTip(tr("Copy the %1 to the clipboard").arg(what));
    button->setAutoRaise(true);
    line->addWidget(button);
    form->setWidget(row, QFormLayout::FieldRole, withButton);
    m_copyButtons.insert(field, button);
    connect(button, &QToolButton::clicked, this, [this, field, button] { copyToClipboard(field, button); });
    return button;
}

void ApplicationOverviewPanel::copyToClipboard(Field field, QToolButton *button)
{
    QGuiApplication::clipboard()->setText(m_values.value(field)->text());
    //: briefly shown on the Copy button after a click
    button->setText(tr("Copied"));
    QTimer::singleShot(copiedFeedbackMs, button, [button] { button->setText(tr("Copy")); });
}

void ApplicationOverviewPanel::setValue(Field field, const QString &text)
{
    QLabel *label = m_values.value(field);
    label->setText(orMissing(text));
    if (QToolButton *button = m_copyButtons.value(field))
        button->setEnabled(!text.trimmed().isEmpty());
}

void ApplicationOverviewPanel::setRowVisible(Field field, bool visible)
{
    QLabel *value = m_values.value(field);
    QWidget *rowWidget = m_copyButtons.contains(field) ? value->parentWidget() : value;
    // A row whose label and field are hidden takes no space. (Qt 6.4's QFormLayout writes past its
    // buffers in setGeometry() when a row is hidden while another has a height-for-width field,
    // so the values here do not word-wrap: see addRow().)
    rowWidget->setVisible(visible);
    if (QWidget *label = m_forms.value(field)->labelForField(rowWidget))
        label->setVisible(visible);
}

void ApplicationOverviewPanel::render()
{
    const ApplicationConfig *config = m_config ? &*m_config : nullptr;
    const auto pick = [config](QString ApplicationConfig::*ofConfig, const QString &fromList) {
        return config && !(config->*ofConfig).isEmpty() ? config->*ofConfig : fromList;
    };

    const QString appName = pick(&ApplicationConfig::appName, m_application.appName);
    if (appName.isEmpty())
        m_title->setText(tr("Overview"));
    else
        //: %1 is an application name
        m_title->setText(tr("Overview of %1").arg(appName));

    setValue(Field::AppName, appName);
    setValue(Field::Description, pick(&ApplicationConfig::description, m_application.description));
    setValue(Field::AppId, pick(&ApplicationConfig::appId, m_application.appId));
    setValue(Field::NamespaceName, m_application.namespaceName);
    setRowVisible(Field::NamespaceName, !m_application.namespaceName.isEmpty());
    setValue(Field::NamespaceId, pick(&ApplicationConfig::namespaceId, m_application.namespaceId));
    setValue(Field::Region, pick(&ApplicationConfig::regionId, m_application.regionId));

    renderPackage(config);

    const int cpu = config && config->cpuMillicores > 0 ? config->cpuMillicores : m_application.cpuMillicores;
    const int memory = config && config->memoryMb > 0 ? config->memoryMb : m_application.memoryMb;
    //: CPU cores; %1 is a number such as 0.5 or 2
    setValue(Field::Cpu, cpu > 0 ? tr("%1 vCPU").arg(compactNumber(cpu / 1000.0)) : QString());
    //: memory in gibibytes; %1 is a number such as 0.5 or 4
    setValue(Field::Memory, memory > 0 ? tr("%1 GiB").arg(compactNumber(memory / 1024.0)) : QString());
    if (config)
        setValue(Field::Replicas, QLocale().toString(config->replicas));
    else if (!m_application.appId.isEmpty())
        setValue(Field::Replicas, QLocale().toString(m_application.targetInstances));
    else
        setValue(Field::Replicas, QString());

    renderUpdateStrategy(config);
    renderEnvironment(config);
    renderProbes(config);

    setValue(Field::Vpc, config ? config->vpcId : QString());
    setValue(Field::VSwitch, config ? config->vSwitchId : QString());
    setValue(Field::SecurityGroup, config ? config->securityGroupId : QString());
    if (config)
        //: whether the application has an elastic (public) IP
        setValue(Field::Eip, config->associateEip ? tr("Associated") : tr("Not associated"));
    else
        setValue(Field::Eip, QString());

    updateNotices();
}

void ApplicationOverviewPanel::renderPackage(const ApplicationConfig *config)
{
    setValue(Field::PackageType, config ? config->packageType : QString());
    const QString image = config ? config->imageUrl : m_application.imageUrl;
    const QString packageUrl = config ? config->packageUrl : m_application.packageUrl;
    const bool isImage =
        !image.isEmpty()
        || (packageUrl.isEmpty() && config && config->packageType.contains(u"image"_s, Qt::CaseInsensitive));
    setValue(Field::Image, image);
    setValue(Field::PackageUrl, packageUrl);
    QString version = config ? config->packageVersion : QString();
    if (version.isEmpty() && !isImage)
        version = m_application.version();
    setValue(Field::PackageVersion, version);
    setRowVisible(Field::Image, isImage);
    setRowVisible(Field::PackageUrl, !isImage);
    setRowVisible(Field::PackageVersion, !isImage);

    const QList<std::pair<Field, QString>> runtimes{
        {Field::Jdk, config ? config->jdk : QString()},
        {Field::WebContainer, config ? config->webContainer : QString()},
        {Field::Php, config ? config->php : QString()},
        {Field::Python, config ? config->python : QString()},
        {Field::Dotnet, config ? config->dotnet : QString()},
    };
    bool anyRuntime = false;
    for (const auto &[field, text] : runtimes) {
        setValue(field, text);
        setRowVisible(field, !text.isEmpty());
        anyRuntime = anyRuntime || !text.isEmpty();
    }
    setValue(Field::Runtime, QString());
    setRowVisible(Field::Runtime, !anyRuntime);

    setValue(Field::Command, config ? commandLine(config->command, config->commandArgs) : QString());
    setValue(Field::Timezone, config ? config->timezone : QString());
}

void ApplicationOverviewPanel::renderUpdateStrategy(const ApplicationConfig *config)
{
    const QList<Field> details{Field::GrayBatch, Field::Batches, Field::Release, Field::BatchWait};
    for (const Field field : details) {
        setValue(field, QString());
        setRowVisible(field, false);
    }
    if (!config) {
        setValue(Field::Strategy, QString());
        setValue(Field::MinReady, QString());
        return;
    }

    QString minReady = QLocale().toString(config->minimumReadyDuringRelease());
    if (config->minReadyInstanceRatio >= 0)
        //: %1 instances, %2 is the configured percentage of all instances
        minReady = tr("%1 (%2 % of the instances)").arg(minReady).arg(config->minReadyInstanceRatio);
    setValue(Field::MinReady, minReady);

    if (!config->updateStrategy) {
        // Not a strategy this console can read: show what the platform sent.
        setValue(Field::Strategy, config->updateStrategyJson);
        return;
    }
    const UpdateStrategy &strategy = *config->updateStrategy;
    switch (strategy.type) {
    case UpdateStrategy::Type::SingleBatch:
        setValue(Field::Strategy, tr("Single batch"));
        return;
    case UpdateStrategy::Type::BatchUpdate:
        setValue(Field::Strategy, tr("In batches"));
        break;
    case UpdateStrategy::Type::GrayBatchUpdate:
        //: a canary release: a few instances first, then the rest in batches
        setValue(Field::Strategy, tr("Gray batch first, then in batches"));
        setValue(Field::GrayBatch, tr("%n instance(s)", nullptr, strategy.grayInstances));
        setRowVisible(Field::GrayBatch, true);
        break;
    }
    setValue(Field::Batches, QLocale().toString(strategy.batches));
    setRowVisible(Field::Batches, true);
    const bool automatic = strategy.release == UpdateStrategy::Release::Auto;
    //: how the next batch of a release starts
    setValue(Field::Release, automatic ? tr("Starts automatically") : tr("Started by hand"));
    setRowVisible(Field::Release, true);
    if (automatic) {
        setValue(Field::BatchWait, tr("%n minute(s)", nullptr, strategy.batchWaitMinutes));
        setRowVisible(Field::BatchWait, true);
    }
}

void ApplicationOverviewPanel::renderEnvironment(const ApplicationConfig *config)
{
    const QList<EnvironmentVariable> variables = config ? config->envs : QList<EnvironmentVariable>();
    m_environment->setRowCount(int(variables.size()));
    QFont referenceFont = m_environment->font();
    referenceFont.setItalic(true);
    for (int row = 0; row < variables.size(); ++row) {
        const EnvironmentVariable &variable = variables.at(row);
        QString value = variable.value;
        QString source;
        switch (variable.source) {
        case EnvironmentVariable::Source::Value:
            //: the source of an environment variable given literally
            source = tr("Value");
            break;
        case EnvironmentVariable::Source::ConfigMap:
            source = variable.key.isEmpty()
                         //: %1 is a ConfigMap ID
                         ? tr("ConfigMap %1, all keys").arg(variable.referenceId)
                         //: %1 is a ConfigMap ID, %2 a key in it
                         : tr("ConfigMap %1, key %2").arg(variable.referenceId).arg(variable.key);
            //: the value of an environment variable that comes from a ConfigMap
            value = tr("From ConfigMap");
            break;
        case EnvironmentVariable::Source::Secret:
            source = variable.key.isEmpty()
                         //: %1 is a secret's ID
                         ? tr("Secret %1, all keys").arg(variable.referenceId)
                         //: %1 is a secret's ID, %2 a key in it
                         : tr("Secret %1, key %2").arg(variable.referenceId).arg(variable.key);
            //: the value of an environment variable that comes from a Secret; it is not shown
            value = tr("From Secret (not shown)");
            break;
        }
        auto *name = new QTableWidgetItem(variable.name);
        auto *valueItem = new QTableWidgetItem(variable.isReference() ? value : orMissing(value));
        if (variable.isReference())
            valueItem->setFont(referenceFont);
        valueItem->setToolTip(valueItem->text());
        auto *sourceItem = new QTableWidgetItem(source);
        m_environment->setItem(row, 0, name);
        m_environment->setItem(row, 1, valueItem);
        m_environment->setItem(row, 2, sourceItem);
    }
    m_environment->resizeColumnToContents(0);
    m_environment->setVisible(!variables.isEmpty());
    m_noEnvironment->setText(config ? tr("None") : missing.toString());
    m_noEnvironment->setVisible(variables.isEmpty());
}

void ApplicationOverviewPanel::renderProbes(const ApplicationConfig *config)
{
    const auto describe = [this](const HealthProbe &probe) -> QString {
        QString how;
        switch (probe.type) {
        case HealthProbe::Type::None:
            return tr("Not configured");
        case HealthProbe::Type::HttpGet: {
            const QString scheme = probe.scheme.isEmpty() ? u"HTTP"_s : probe.scheme.toUpper();
            //: a health probe: %1 HTTP or HTTPS, %2 a path such as /health, %3 a port
            how = tr("%1 GET %2 on port %3").arg(scheme, orMissing(probe.path)).arg(probe.port);
            break;
        }
        case HealthProbe::Type::TcpSocket:
            //: a health probe that opens a TCP connection; %1 is a port
            how = tr("TCP connection to port %1").arg(probe.port);
            break;
        case HealthProbe::Type::Exec:
            //: a health probe that runs a command in the container; %1 is the command
            how = tr("Runs %1").arg(commandLine(QString(), probe.command));
            break;
        case HealthProbe::Type::Unrecognised:
            //: a health probe this console cannot read; %1 is its JSON as the platform sent it
            return tr("Not understood: %1").arg(probe.json);
        }
        //: timing of a health probe, in seconds
        return how + u'\n'
               + tr("Initial delay %1 s, every %2 s, timeout %3 s")
                     .arg(probe.initialDelaySeconds)
                     .arg(probe.periodSeconds)
                     .arg(probe.timeoutSeconds);
    };
    setValue(Field::Liveness, config ? describe(config->liveness) : QString());
    setValue(Field::Readiness, config ? describe(config->readiness) : QString());
    setValue(Field::StartupProbe, config ? describe(config->startupProbe) : QString());
}

void ApplicationOverviewPanel::updateNotices()
{
    m_loadingNotice->setVisible(m_loading);
    if (m_error.isEmpty()) {
        m_errorBanner->hide();
        return;
    }
    QString text = m_error;
    if (m_config)
        text += u'\n' + tr("Showing the configuration from the last successful refresh.");
    m_errorBanner->showMessage(MessageBanner::Level::Error, text);
}
