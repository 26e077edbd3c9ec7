#pragma once

#include <QFrame>
#include <QList>
#include <QPointer>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QListWidget;
class QModelIndex;

/**
 * "Go to application" (Ctrl+K): a popup over the main window with a field and the best matches
 * among the applications of a model with ApplicationTableModel's columns and roles. Names match
 * fuzzily (FuzzyMatcher: `mos` finds mall-order-service); IDs match when they contain what was
 * typed, because nearly any short pattern is a subsequence of some hexadecimal ID. Matched
 * characters are bold, the namespace is dimmed on the right. Up and Down move, Enter or a click
 * chooses, Escape or a click elsewhere closes. It keeps the focus in the field throughout, so the
 * user can keep typing, and it never blocks: popup() shows it and returns.
 */
class GoToApplicationDialog final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoToApplicationDialog)

public:
    static constexpr int maximumResults = 50;

    explicit GoToApplicationDialog(QWidget *parent);

    /// A model with the columns and roles of ApplicationTableModel; the dialog follows its changes.
    void setModel(QAbstractItemModel *model);
    /// Clears the field, lists the applications, shows the popup centred over its parent and
    /// puts the focus in the field.
    void popup();
    /// How many applications are listed (at most maximumResults).
    int resultCount() const;

signals:
    void applicationChosen(const QString &appId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Candidate
    {
        QString appId;
        QString name;
        QString namespaceText;
    };

    void markCandidatesStale();
    void refreshCandidates();
    void updateResults();
    void moveCurrent(int delta);
    void chooseRow(int row);
    void placeOverParent();

    QLineEdit *m_field;
    QListWidget *m_results;
    QLabel *m_emptyNotice;
    QPointer<QAbstractItemModel> m_model;
    QList<Candidate> m_candidates;
    /// The last pattern searched and the candidates (indexes) that matched it.
    QString m_lastPattern;
    QList<qsizetype> m_lastMatches;
    bool m_candidatesStale = true;
};
