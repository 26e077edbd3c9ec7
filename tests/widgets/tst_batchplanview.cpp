#include "core/releasebatchplan.h"
#include "widgets/batchplanview.h"

#include <QHelpEvent>
#include <QTest>
#include <QToolTip>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

/// English plural forms of this view's "%n …(s)" strings until translations/opsconsole_en.ts has
/// them (the lead runs update_translations after merging); opsconsole_en.qm, installed after this,
/// wins once it does.
class EnglishPluralFallback final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int n) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        if (n < 0 || qstrcmp(context, "BatchPlanView") != 0
            || (!source.contains(u"(s)"_s) && !source.contains(u"(es)"_s)))
            return {};
        return QString(source)
            .replace(u"(es)"_s, n == 1 ? QString() : u"es"_s)
            .replace(u"(s)"_s, n == 1 ? QString() : u"s"_s)
            .replace(u"%n"_s, QString::number(n));
    }
};

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    return dark;
}

UpdateStrategy grayThenTwoManual()
{
    UpdateStrategy strategy;
    strategy.type = UpdateStrategy::Type::GrayBatchUpdate;
    strategy.batches = 2;
    strategy.release = UpdateStrategy::Release::Manual;
    strategy.grayInstances = 1;
    return strategy;
}

} // namespace

class TestBatchPlanView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sizesFollowTheBatchCount();
    void summarisesGrayAndTwoManualBatches();
    void summarisesASingleBatch();
    void boxesShrinkToFitTwelveBatches();
    void tooltipsNameTheBatch();
    void hoveringShowsTheBoxOrPauseTooltip();
    void paintsInADarkPalette();
};

void TestBatchPlanView::initTestCase()
{
    QCoreApplication::installTranslator(new EnglishPluralFallback(this));
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestBatchPlanView::sizesFollowTheBatchCount()
{
    BatchPlanView view;
    QCOMPARE(view.sizeHint().height(), 70);
    const int empty = view.sizeHint().width();
    view.setBatches(ReleaseBatchPlan::of(8, grayThenTwoManual()));
    QCOMPARE(view.batches().size(), 3);
    QCOMPARE(view.sizeHint(), QSize(4 + 3 * 96 + 2 * 24 + 4, 70));
    QVERIFY(view.sizeHint().width() > empty);
    QCOMPARE(view.minimumSizeHint(), QSize(4 + 3 * 28 + 2 * 12 + 4, 70));
    QCOMPARE(view.sizePolicy().verticalPolicy(), QSizePolicy::Fixed);
}

void TestBatchPlanView::summarisesGrayAndTwoManualBatches()
{
    BatchPlanView view;
    view.setBatches(ReleaseBatchPlan::of(8, grayThenTwoManual()));
    QCOMPARE(
        view.accessibleDescription(),
        u"3 batches. Gray batch: 1 instance; then waits for your confirmation. Batch 1: 4 instances; then "
        "waits for your confirmation. Batch 2: 3 instances."_s);
    QCOMPARE(view.accessibleName(), u"Batch plan"_s);
}

void TestBatchPlanView::summarisesASingleBatch()
{
    BatchPlanView view;
    QCOMPARE(view.accessibleDescription(), u"No batches."_s);
    view.setBatches(ReleaseBatchPlan::of(1, UpdateStrategy{}));
    QCOMPARE(view.accessibleDescription(), u"1 batch. Batch 1: 1 instance."_s);
}

void TestBatchPlanView::boxesShrinkToFitTwelveBatches()
{
    BatchPlanView view;
    UpdateStrategy twelve;
    twelve.type = UpdateStrategy::Type::BatchUpdate;
    twelve.batches = 12;
    view.setBatches(ReleaseBatchPlan::of(24, twelve));
    view.resize(view.minimumSizeHint().width() + 40, 70);
    const QRect first = view.boxRect(0);
    const QRect last = view.boxRect(11);
    QVERIFY(first.width() >= 28);
    QVERIFY2(last.right() < view.width(), qPrintable(u"last box ends at %1"_s.arg(last.right())));
    QVERIFY(view.boxRect(12).isNull());
    if (qEnvironmentVariableIsSet("OPSCONSOLE_SCREENSHOTS"))
        view.grab().save(u"/tmp/batchplanview-twelve.png"_s);
    view.resize(view.sizeHint());
    QCOMPARE(view.boxRect(0).width(), 96);
}

void TestBatchPlanView::tooltipsNameTheBatch()
{
    QCOMPARE(BatchPlanView::toolTipFor({1, true, true}, 0),
             u"Gray batch: 1 instance; then waits for your confirmation"_s);
    QCOMPARE(BatchPlanView::toolTipFor({3, false, false}, 1), u"Batch 2: 3 instances"_s);
    QCOMPARE(BatchPlanView::titleFor({3, false, false}, 0), u"Batch 1"_s);
    QCOMPARE(BatchPlanView::titleFor({1, true, true}, 0), u"Gray"_s);
}

void TestBatchPlanView::hoveringShowsTheBoxOrPauseTooltip()
{
    BatchPlanView view;
    view.setBatches(ReleaseBatchPlan::of(8, grayThenTwoManual()));
    view.resize(view.sizeHint());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto hover = [&view](const QPoint &pos) {
        QHelpEvent help(QEvent::ToolTip, pos, view.mapToGlobal(pos));
        QCoreApplication::sendEvent(&view, &help);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    };
    QCOMPARE(hover(view.boxRect(1).center()), u"Batch 1: 4 instances; then waits for your confirmation"_s);
    // Between the gray box and Batch 1: the pause sign.
    const QPoint pause((view.boxRect(0).right() + view.boxRect(1).left()) / 2, view.boxRect(0).center().y());
    QCOMPARE(hover(pause), u"Waits for your confirmation"_s);
    // Past the last box: none (the tooltip hides after a short delay).
    hover(QPoint(view.width() - 2, 2));
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestBatchPlanView::paintsInADarkPalette()
{
    BatchPlanView view;
    view.setPalette(darkPalette());
    view.setBatches(ReleaseBatchPlan::of(8, grayThenTwoManual()));
    view.resize(view.sizeHint());
    const QImage image = view.grab().toImage();
    QCOMPARE(image.size(), view.size() * image.devicePixelRatio());
    // The gray box is tinted differently from the batches after it, and neither is light on dark.
    const QPoint inGray = view.boxRect(0).bottomRight() - QPoint(4, 4);
    const QPoint inBatch = view.boxRect(1).bottomRight() - QPoint(4, 4);
    const QColor gray = image.pixelColor(inGray);
    const QColor batch = image.pixelColor(inBatch);
    QVERIFY2(gray != batch, qPrintable(gray.name() + u" "_s + batch.name()));
    QVERIFY2(gray.lightness() < 100, qPrintable(gray.name()));
    QVERIFY2(batch.lightness() < 100, qPrintable(batch.name()));
    if (qEnvironmentVariableIsSet("OPSCONSOLE_SCREENSHOTS"))
        view.grab().save(u"/tmp/batchplanview-dark.png"_s);
}

QTEST_MAIN(TestBatchPlanView)
#include "tst_batchplanview.moc"
