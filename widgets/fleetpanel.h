#pragma once

#include <QWidget>

class MessageBanner;
class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

/**
 * The fleet page's table (issue 8): every application of the region with its health score and
 * what is wrong, the worst first; a text filter and "Unhealthy only"; a summary of how many need
 * someone. Opening a row (double-click, Enter) asks for that application, so that the on-call
 * engineer goes from "something is wrong" to the application in one step. It shows a
 * FleetTableModel; when a read failed, a banner says what is unknown and the rows stay.
 */
class FleetPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetPanel)

public:
    explicit FleetPanel(QWidget *parent = nullptr);

    /// `fleet` is a FleetTableModel (or a model with its columns and roles).
    void setModel(QAbstractItemModel *fleet);
    QTableView *table() const { return m_table; }
    /// Only the critical and warning rows.
    void setUnhealthyOnly(bool unhealthyOnly);
    /// What the last cycle could not read (with code and RequestId); empty clears it.
    void setStaleReason(const QString &text);

signals:
    void applicationOpened(const QString &appId);

private:
    void updateSummary();

    QLabel *m_summary;
    MessageBanner *m_banner;
    QLineEdit *m_filter;
    QCheckBox *m_unhealthyOnly;
    QTableView *m_table;
    QSortFilterProxyModel *m_byText;
    QSortFilterProxyModel *m_byHealth;
};
