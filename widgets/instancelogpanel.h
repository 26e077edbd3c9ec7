#pragma once

#include "core/instance.h"
#include "core/instancelog.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QTextCursor>
#include <QWidget>

class MessageBanner;
class QCheckBox;
class QComboBox;
class QFileDialog;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

/**
 * The Logs tab of an application: the log of one instance's container, this run's or the one
 * before the last restart (what a crash loop hides), in a monospace view with find-as-you-type
 * (every match highlighted, Enter and Shift+Enter step through them), Save… to a file written off
 * the GUI thread, and Follow. Following is the controller's budget: the panel only says it is on
 * (followChanged) and, when new text arrives, stays at the bottom if the reader was there and
 * leaves them where they were if they had scrolled up.
 *
 * Logs that arrive for another instance or run than the one chosen are ignored: they are answers
 * to an earlier choice.
 */
class InstanceLogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceLogPanel)

public:
    explicit InstanceLogPanel(QWidget *parent = nullptr);

    /// The instances to choose from. The chosen one stays chosen while it exists; otherwise the
    /// first becomes chosen and its log is requested.
    void setInstances(const QList<Instance> &instances);
    /// Chooses an instance (and requests its log when that is a change); false when it is unknown.
    bool selectInstance(const QString &instanceId);
    QString currentInstanceId() const;
    InstanceLog::Run currentRun() const;

    void setLog(const InstanceLog &log);
    void setLoading(bool loading);
    /// What went wrong loading the log; empty clears it. The text shown stays.
    void setError(const QString &message);
    /// For the file name Save… proposes.
    void setApplicationName(const QString &appName);
    /// Forgets instances and log (another application). Wrap and Follow stay as chosen.
    void clear();

    int searchMatchCount() const { return int(m_matches.size()); }
    /// The match the view is on, from 0; -1 when there is none.
    int currentMatchIndex() const { return m_currentMatch; }
    bool isFollowing() const;
    /// The name Save… proposes: `<app>-<instance>-<yyyyMMdd-HHmmss>.log`, at the given local time.
    QString defaultFileName(const QDateTime &now) const;

signals:
    void logRequested(const QString &instanceId, InstanceLog::Run run);
    void followChanged(bool following);
    /// A save has ended: `errorMessage` is empty when the file was written.
    void saveFinished(const QString &path, const QString &errorMessage);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onInstanceChosen();
    void onRunChosen();
    void requestLog();
    void focusSearch();
    void findMatches();
    void showMatch(int index);
    void stepMatch(int step);
    void updateHighlights();
    void updateMatchCount();
    void updateControls();
    void chooseSaveFile();
    void saveTo(const QString &path, const QString &text);

    QComboBox *m_instances;
    QRadioButton *m_currentRun;
    QRadioButton *m_previousRun;
    QPushButton *m_refresh;
    QCheckBox *m_follow;
    QCheckBox *m_wrap;
    QLineEdit *m_search;
    QLabel *m_matchCount;
    QPushButton *m_save;
    QLabel *m_saveStatus;
    QLabel *m_loadingNotice;
    MessageBanner *m_errorBanner;
    QPlainTextEdit *m_view;
    QPointer<QFileDialog> m_saveDialog;

    QString m_appName;
    QString m_chosenInstanceId;
    InstanceLog m_log;
    bool m_hasLog = false;
    QString m_saveDirectory;
    QList<QTextCursor> m_matches;
    int m_currentMatch = -1;
    int m_updatingChoices = 0;
};
