#pragma once

#include "core/application.h"
#include "core/applicationconfig.h"

#include <QDateTime>
#include <QMap>
#include <QStringList>
#include <QWidget>

#include <optional>

class MessageBanner;
class QFormLayout;
class QLabel;
class QTableWidget;
class QToolButton;
class QVBoxLayout;

/**
 * The Overview tab of an application: who it is (name and IDs, each ID one click from the
 * clipboard), what runs (package, runtime, command), how much of it, how a release rolls, its
 * environment, health probes and network, in read-only sections whose text can be selected.
 * Missing values show an em dash, so a gap never looks like a rendering fault. When a refresh
 * fails, the last configuration that loaded stays on screen, marked as such.
 */
class ApplicationOverviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationOverviewPanel)

public:
    explicit ApplicationOverviewPanel(QWidget *parent = nullptr);

    /// The application as the list knows it. Another application drops the configuration shown.
    void setApplication(const Application &application);
    void setConfig(const ApplicationConfig &config);
    void setLoading(bool loading);
    /// What went wrong loading the configuration; empty clears it. The last good one stays shown.
    void setError(const QString &message);
    /// Marks the configuration as older than the last attempt; an invalid time means fresh.
    void setStaleSince(const QDateTime &lastGoodUpdate);
    void clear();

    /// The IDs that have a Copy button, in order: App ID, namespace ID, region; empty when unknown.
    QStringList copyableIds() const;

private:
    enum class Field
    {
        AppName,
        Description,
        AppId,
        NamespaceName,
        NamespaceId,
        Region,
        PackageType,
        Image,
        PackageUrl,
        PackageVersion,
        Runtime,
        Jdk,
        WebContainer,
        Php,
        Python,
        Dotnet,
        Command,
        Timezone,
        Cpu,
        Memory,
        Replicas,
        Strategy,
        Batches,
        Release,
        BatchWait,
        GrayBatch,
        MinReady,
        Liveness,
        Readiness,
        StartupProbe,
        Vpc,
        VSwitch,
        SecurityGroup,
        Eip,
    };

    QFormLayout *addSection(QVBoxLayout *sections, const QString &title, const QString &objectName);
    QLabel *addRow(QFormLayout *form, Field field, const QString &label, const QString &objectName);
    QToolButton *addCopyButton(Field field, const QString &what, const QString &objectName);
    void setValue(Field field, const QString &text);
    void setRowVisible(Field field, bool visible);
    void render();
    void renderPackage(const ApplicationConfig *config);
    void renderUpdateStrategy(const ApplicationConfig *config);
    void renderEnvironment(const ApplicationConfig *config);
    void renderProbes(const ApplicationConfig *config);
    void updateNotices();
    void copyToClipboard(Field field, QToolButton *button);

    QLabel *m_title;
    QLabel *m_loadingNotice;
    QLabel *m_staleNotice;
    MessageBanner *m_errorBanner;
    QMap<Field, QLabel *> m_values;
    QMap<Field, QFormLayout *> m_forms;
    QMap<Field, QToolButton *> m_copyButtons;
    QTableWidget *m_environment;
    QLabel *m_noEnvironment;

    Application m_application;
    std::optional<ApplicationConfig> m_config;
    QString m_error;
    bool m_loading = false;
};
