#pragma once

#include <QDateTime>
#include <QWidget>

class ApplicationFilterProxyModel;
class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QTableView;

/**
 * The application list: a filter box over a sortable table. The first row becomes current when
 * the list first fills; afterwards the current application stays as long as it exists.
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
    void selectFirstRowIfNoneCurrent();

    QLineEdit *m_filter;
    QLabel *m_summary;
    QLabel *m_staleNotice;
    QTableView *m_view;
    ApplicationFilterProxyModel *m_proxy;
};
