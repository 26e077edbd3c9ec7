#pragma once

#include <QWidget>

class MessageBanner;
class QAbstractItemModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

/**
 * The sign-off inbox (issue 7): the change orders across the region's applications that wait for
 * a person, the longest waiting first. Opening one (double-click, Enter or Open) asks for its
 * batch gate. It shows a SignOffInboxModel; when the last check failed, a banner says so and the
 * rows stay.
 */
class SignOffInboxPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignOffInboxPanel)

public:
    explicit SignOffInboxPanel(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *inbox);
    QTableView *table() const { return m_table; }
    /// Why the last check is incomplete (with code and RequestId); empty clears it.
    void setStaleReason(const QString &text);
    /// When every application was last checked; shown under the table.
    void setCheckedAt(const QDateTime &when);

signals:
    void openRequested(const QString &changeOrderId);

private:
    void openCurrent();
    void updateSummary();

    QLabel *m_summary;
    MessageBanner *m_banner;
    QTableView *m_table;
    QSortFilterProxyModel *m_sorted;
    QPushButton *m_open;
    QLabel *m_checked;
};
