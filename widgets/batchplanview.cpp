#include "batchplanview.h"

#include "core/severity.h"
#include "widgets/statusdelegate.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace {

constexpr int viewHeight = 70;
constexpr int margin = 4;
constexpr int preferredBoxWidth = 96;
constexpr int minimumBoxWidth = 28;
constexpr int preferredGap = 24;
constexpr int minimumGap = 12;
constexpr int padding = 5;
constexpr int dotDiameter = 6;
constexpr int dotSpacing = 3;
constexpr int pauseBarWidth = 3;
constexpr int pauseBarHeight = 10;
constexpr int fillTintPercent = 12;
constexpr int grayFillTintPercent = 26;
constexpr int borderTintPercent = 40;
constexpr int mutedTextPercent = 70;

QColor blend(const QColor &base, const QColor &tint, int tintPercent)
{
    const auto mix = [tintPercent](int a, int b) {
        return (a * (100 - tintPercent) + b * tintPercent) / 100;
    };
    return QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()),
                  mix(base.blue(), tint.blue()));
}

/// Where the pause sign after box `left` sits, in the gap before the next box.
QRect pauseRect(const QRect &left, int gap)
{
    const int width = 2 * pauseBarWidth + 2;
    return QRect(left.right() + 1 + (gap - width) / 2, left.center().y() - pauseBarHeight / 2, width,
                 pauseBarHeight);
}

} // namespace

BatchPlanView::BatchPlanView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Batch plan"));
    setAccessibleDescription(summaryFor(m_batches));
}

void BatchPlanView::setBatches(const QList<ReleaseBatchPlan::Batch> &batches)
{
    if (batches == m_batches)
        return;
    m_batches = batches;
    setAccessibleDescription(summaryFor(m_batches));
    updateGeometry();
    update();
}

const QList<ReleaseBatchPlan::Batch> &BatchPlanView::batches() const
{
    return m_batches;
}

QSize BatchPlanView::sizeHint() const
{
    const int count = std::max<int>(1, int(m_batches.size()));
    return {2 * margin + count * preferredBoxWidth + (count - 1) * preferredGap, viewHeight};
}

QSize BatchPlanView::minimumSizeHint() const
{
    const int count = std::max<int>(1, int(m_batches.size()));
    return {2 * margin + count * minimumBoxWidth + (count - 1) * minimumGap, viewHeight};
}

QString BatchPlanView::titleFor(const ReleaseBatchPlan::Batch &batch, int index)
{
    if (batch.gray)
        //: the title of the gray (canary) batch's box in a release's batch plan
        return tr("Gray");
    //: the title of a batch's box in a release's batch plan: "Batch 2"
    return tr("Batch %1").arg(index + 1);
}

QString BatchPlanView::toolTipFor(const ReleaseBatchPlan::Batch &batch, int index)
{
    const QString instances = tr("%n instance(s)", nullptr, batch.instances);
    //: a batch's tooltip: "Batch 2: 3 instances"
    QString text = batch.gray ? tr("Gray batch: %1").arg(instances)
                              : tr("%1: %2").arg(titleFor(batch, index), instances);
    if (batch.waitsForConfirmation)
        //: %1: "Batch 1: 4 instances"
        text = tr("%1; then waits for your confirmation").arg(text);
    return text;
}

QString BatchPlanView::summaryFor(const QList<ReleaseBatchPlan::Batch> &batches)
{
    if (batches.isEmpty())
        return tr("No batches.");
    QStringList sentences{tr("%n batch(es).", nullptr, int(batches.size()))};
    int number = 0;
    for (const ReleaseBatchPlan::Batch &batch : batches) {
        sentences.append(toolTipFor(batch, batch.gray ? 0 : number) + u'.');
        if (!batch.gray)
            ++number;
    }
    return sentences.join(u' ');
}

int BatchPlanView::numberOf(int batchIndex) const
{
    int number = 0;
    for (int i = 0; i < batchIndex && i < m_batches.size(); ++i) {
        if (!m_batches.at(i).gray)
            ++number;
    }
    return number;
}

BatchPlanView::Geometry BatchPlanView::geometry() const
{
    const int count = int(m_batches.size());
    Geometry result;
    result.left = margin;
    if (count == 0)
        return result;
    const int available = width() - 2 * margin;
    if (count * preferredBoxWidth + (count - 1) * preferredGap <= available) {
        result.boxWidth = preferredBoxWidth;
        result.gap = preferredGap;
        return result;
    }
    result.gap = minimumGap;
    result.boxWidth = std::max(minimumBoxWidth, (available - (count - 1) * minimumGap) / count);
    return result;
}

QRect BatchPlanView::boxRect(int batchIndex) const
{
    if (batchIndex < 0 || batchIndex >= m_batches.size())
        return {};
    const Geometry layout = geometry();
    return QRect(layout.left + batchIndex * (layout.boxWidth + layout.gap), margin, layout.boxWidth,
                 height() - 2 * margin);
}

bool BatchPlanView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const Geometry layout = geometry();
        for (int i = 0; i < m_batches.size(); ++i) {
            const QRect box = boxRect(i);
            if (box.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), toolTipFor(m_batches.at(i), numberOf(i)), this, box);
                return true;
            }
            const QRect pause = pauseRect(box, layout.gap).adjusted(-3, -3, 3, 3);
            if (m_batches.at(i).waitsForConfirmation && pause.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), tr("Waits for your confirmation"), this, pause);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void BatchPlanView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette colors = palette();
    const QColor base = colors.color(QPalette::Base);
    const QColor text = colors.color(QPalette::Text);
    const QColor progress = StatusDelegate::severityColor(int(Severity::Progress), colors);
    const QColor gray = StatusDelegate::severityColor(int(Severity::Warning), colors);
    const QColor connector =
        blend(colors.color(QPalette::Window), colors.color(QPalette::WindowText), borderTintPercent);

    if (m_batches.isEmpty()) {
        painter.setPen(colors.color(QPalette::Disabled, QPalette::WindowText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No batches."));
        return;
    }

    const Geometry layout = geometry();
    const QFontMetrics metrics = fontMetrics();
    for (int i = 0; i < m_batches.size(); ++i) {
        const ReleaseBatchPlan::Batch &batch = m_batches.at(i);
        const QRect box = boxRect(i);
        const QColor tint = batch.gray ? gray : progress;

        // The connector to the next box, with the pause sign when the release waits there.
        if (i + 1 < m_batches.size()) {
            const int y = box.center().y();
            painter.setPen(QPen(connector, 1.5));
            painter.drawLine(QPointF(box.right() + 1, y), QPointF(box.right() + layout.gap, y));
            if (batch.waitsForConfirmation) {
                const QRect pause = pauseRect(box, layout.gap);
                painter.setPen(Qt::NoPen);
                painter.setBrush(colors.color(QPalette::Window));
                painter.drawRect(pause.adjusted(-1, -1, 1, 1));
                painter.setBrush(text);
                painter.drawRect(QRect(pause.left(), pause.top(), pauseBarWidth, pause.height()));
                painter.drawRect(
                    QRect(pause.right() - pauseBarWidth + 1, pause.top(), pauseBarWidth, pause.height()));
            }
        }

        painter.setPen(QPen(blend(base, tint, borderTintPercent * 2), 1));
        painter.setBrush(blend(base, tint, batch.gray ? grayFillTintPercent : fillTintPercent));
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

        // Title: shortened to "G" or the number when the box is narrow.
        const QRect inner = box.adjusted(padding, padding - 1, -padding, -padding);
        QString title = titleFor(batch, numberOf(i));
        if (metrics.horizontalAdvance(title) > inner.width())
            //: the gray batch's title when its box is narrow (the first letter of "Gray")
            title = batch.gray ? tr("G") : QString::number(numberOf(i) + 1);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(text);
        const QRect titleRect(inner.left(), inner.top(), inner.width(), metrics.height());
        painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(bold).elidedText(title, Qt::ElideRight, inner.width()));
        painter.setFont(font());

        // One dot per instance, in rows, with their count below when there is room; else the count.
        const QString count = tr("%n instance(s)", nullptr, batch.instances);
        const int dotsTop = titleRect.bottom() + 4;
        const auto fits = [&](int height) {
            const int perRow = std::max(1, (inner.width() + dotSpacing) / (dotDiameter + dotSpacing));
            const int rows = std::max(0, (height + dotSpacing) / (dotDiameter + dotSpacing));
            return batch.instances <= perRow * rows;
        };
        const bool countFits = metrics.horizontalAdvance(count) <= inner.width();
        const int withCount = inner.bottom() - dotsTop - metrics.height();
        const int dotsHeight = countFits && fits(withCount) ? withCount : inner.bottom() - dotsTop;
        if (fits(dotsHeight)) {
            const int perRow = std::max(1, (inner.width() + dotSpacing) / (dotDiameter + dotSpacing));
            painter.setPen(Qt::NoPen);
            painter.setBrush(tint);
            for (int n = 0; n < batch.instances; ++n) {
                const int x = inner.left() + (n % perRow) * (dotDiameter + dotSpacing);
                const int y = dotsTop + (n / perRow) * (dotDiameter + dotSpacing);
                painter.drawEllipse(QRect(x, y, dotDiameter, dotDiameter));
            }
        }
        const bool dotsShown = fits(dotsHeight);
        if (!dotsShown || dotsHeight == withCount) {
            painter.setPen(blend(base, text, mutedTextPercent));
            const QRect countRect(inner.left(), inner.bottom() - metrics.height() + 1, inner.width(),
                                  metrics.height());
            painter.drawText(
                dotsShown ? countRect : QRect(inner.left(), dotsTop, inner.width(), metrics.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                countFits
                    ? count
                    : metrics.elidedText(QString::number(batch.instances), Qt::ElideRight, inner.width()));
        }
    }
}

void BatchPlanView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
        updateGeometry();
        update();
        break;
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
    case QEvent::StyleChange:
        update();
        break;
    default:
        break;
    }
}
