#pragma once

#include "core/releasebatchplan.h"

#include <QList>
#include <QRect>
#include <QWidget>

/**
 * Draws a release's batches as a row of boxes, for the deploy review (issue 7): the gray (canary)
 * batch first in its own tint, then "Batch 1", "Batch 2"…, each with one dot per instance (or
 * "N instances" when they do not fit), joined by connectors. A pause sign on the connector after a
 * batch says the release waits there for someone to confirm. Up to about twelve batches fit: the
 * boxes shrink and their titles shorten ("G", "1") rather than scroll.
 *
 * For screen readers the plan is also a sentence (accessibleDescription()), and every box has a
 * tooltip. Colours come from the palette and follow a dark theme.
 */
class BatchPlanView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchPlanView)

public:
    explicit BatchPlanView(QWidget *parent = nullptr);

    void setBatches(const QList<ReleaseBatchPlan::Batch> &batches);
    const QList<ReleaseBatchPlan::Batch> &batches() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// The plan in words: "3 batches. Gray batch: 1 instance, then waits for your confirmation. …"
    static QString summaryFor(const QList<ReleaseBatchPlan::Batch> &batches);
    /// "Gray", "Batch 1"…: `index` counts the batches after the gray one from 0.
    static QString titleFor(const ReleaseBatchPlan::Batch &batch, int index);
    /// The tooltip of a batch's box.
    static QString toolTipFor(const ReleaseBatchPlan::Batch &batch, int index);

    /// Where a batch's box is drawn at the current size (tests, tooltips); empty when out of range.
    QRect boxRect(int batchIndex) const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Geometry
    {
        int boxWidth = 0;
        int gap = 0;
        int left = 0;
    };
    Geometry geometry() const;
    /// The index among non-gray batches, for titles.
    int numberOf(int batchIndex) const;

    QList<ReleaseBatchPlan::Batch> m_batches;
};
