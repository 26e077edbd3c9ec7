#include "messagebanner.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTextFormat(Qt::PlainText);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessage(Level level, const QString &text)
{
    m_level = level;
    m_text->setText(text);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (level == Level::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (level == Level::Error)
        icon = QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    applyColors();
    show();
}

void MessageBanner::setDismissible(bool dismissible)
{
    m_close->setVisible(dismissible);
}

bool MessageBanner::isDismissible() const
{
    return !m_close->isHidden();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Our own setPalette() sends PaletteChange; only a new application palette (dark mode) matters.
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyColors();
}

void MessageBanner::applyColors()
{
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    QColor background;
    switch (m_level) {
    case Level::Information:
        background = dark ? QColor(0x1c, 0x33, 0x4a) : QColor(0xe3, 0xf2, 0xfd);
        break;
    case Level::Warning:
        background = dark ? QColor(0x4a, 0x3a, 0x12) : QColor(0xff, 0xf4, 0xe5);
        break;
    case Level::Error:
        background = dark ? QColor(0x4a, 0x1c, 0x1c) : QColor(0xfd, 0xec, 0xea);
        break;
    }
    QPalette colors = palette();
    colors.setColor(QPalette::Window, background);
    colors.setColor(QPalette::WindowText, dark ? QColor(0xee, 0xee, 0xee) : QColor(0x21, 0x21, 0x21));
    setPalette(colors);
}
