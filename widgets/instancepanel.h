#pragma once

#include <QDateTime>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

/** The instances of the current application: a title line and a sortable table. */
class InstancePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancePanel)

public:
    explicit InstancePanel(QWidget *parent = nullptr);

    /// A model with the columns and roles of InstanceTableModel.
    void setModel(QAbstractItemModel *model);
    /// Names the application whose instances are shown; empty when there is none.
    void setApplicationName(const QString &appName);
    void setLoading(bool loading);
    void setStaleSince(const QDateTime &lastGoodUpdate);

private:
    void updateTitle();

    QLabel *m_title;
    QLabel *m_staleNotice;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
    QString m_appName;
    bool m_loading = false;
};
