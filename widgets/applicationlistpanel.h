#pragma once

#include <QDateTime>
#include <QModelIndex>
#include <QWidget>

class ApplicationFilterProxyModel;
class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QTableView;

/**
 * The application list: a filter box over a sortable table. The first row becomes current when
 * the list first fills; afterwards the chosen application stays chosen as long as it exists, even
 * while the filter hides it. currentApplicationChanged() reports choices, not the view's current
 * row wandering while rows are filtered, sorted or refreshed.
 */
class ApplicationListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationListPanel)

public:
    explicit ApplicationListPanel(QWidget *parent = nullptr);

    /// A model with the columns and roles of ApplicationTableModel.
    void setModel(QAbstractItemModel *model);
    QString currentApplicationId() const;
    bool selectApplication(const QString &appId);
    /// Marks the rows as older than the last refresh attempt; an invalid time means fresh.
    void setStaleSince(const QDateTime &lastGoodUpdate);
    void focusFilter();

signals:
    void currentApplicationChanged(const QString &appId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSummary();
    void onCurrentRowChanged(const QModelIndex &current);
    void beginModelChange();
    void endModelChange();
    void reconcileCurrentRow();
    bool sourceContains(const QString &appId) const;
    QModelIndex proxyIndexOf(const QString &appId) const;
    void choose(const QString &appId);

    QLineEdit *m_filter;
    QLabel *m_summary;
    QLabel *m_staleNotice;
    QTableView *m_view;
    ApplicationFilterProxyModel *m_proxy;
    QString m_chosenAppId;
    int m_modelChangeDepth = 0;
};
