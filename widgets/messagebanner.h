#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

/**
 * A dismissible strip above the content that says what went wrong (or what to know), in words a
 * user can act on, with text that can be selected and copied (RequestIds go to support tickets).
 */
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Level
    {
        Information,
        Warning,
        Error,
    };
    Q_ENUM(Level)

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text);
    /// Whether the user can close the banner (the default); a warning that must stay while its
    /// cause lasts (a protected namespace in a confirmation) is not dismissible.
    void setDismissible(bool dismissible);
    bool isDismissible() const;
    Level level() const { return m_level; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    Level m_level = Level::Information;
};
