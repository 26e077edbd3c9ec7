#include "widgets/matchhighlightdelegate.h"

#include <QImage>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace Qt::StringLiterals;

using Positions = QList<qsizetype>;

namespace {

constexpr int width = 400;
constexpr int height = 24;

/// How many pixels of a column range differ from the background.
int inkIn(const QImage &image, int fromX, int toX)
{
    const QRgb background = image.pixel(width - 1, 0);
    int ink = 0;
    for (int x = fromX; x < toX; ++x) {
        for (int y = 0; y < image.height(); ++y)
            ink += image.pixel(x, y) != background;
    }
    return ink;
}

} // namespace

class TestMatchHighlightDelegate : public QObject
{
    Q_OBJECT

private slots:
    void boldMatchesAddInk();
    void trailingTextIsDrawnOnTheRight();
    void detailIsDrawnAfterTheText();

private:
    QImage render(const QMap<int, QVariant> &roles);
};

QImage TestMatchHighlightDelegate::render(const QMap<int, QVariant> &roles)
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), u"mall-order-service"_s, Qt::DisplayRole);
    for (auto it = roles.begin(); it != roles.end(); ++it)
        model.setData(model.index(0, 0), it.value(), it.key());
    QListView view;
    view.setModel(&model);
    MatchHighlightDelegate delegate;
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.rect = QRect(0, 0, width, height);
    option.state = QStyle::State_Enabled;

    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(option.palette.color(QPalette::Base));
    QPainter painter(&image);
    delegate.paint(&painter, option, model.index(0, 0));
    painter.end();
    static int n = 0;
    image.save(u"/tmp/palette/dl%1.png"_s.arg(n++));
    return image;
}

void TestMatchHighlightDelegate::boldMatchesAddInk()
{
    const QImage plain = render({});
    const QImage bold =
        render({{MatchHighlightDelegate::PositionsRole, QVariant::fromValue(Positions{0, 1, 2, 3})}});
    QVERIFY(inkIn(plain, 0, 150) > 0);
    QCOMPARE_GT(inkIn(bold, 0, 40), inkIn(plain, 0, 40)); // "mall" in bold is heavier
}

void TestMatchHighlightDelegate::trailingTextIsDrawnOnTheRight()
{
    const QImage without = render({});
    const QImage with = render({{MatchHighlightDelegate::TrailingRole, u"prod"_s}});
    QCOMPARE(inkIn(without, width - 60, width), 0);
    QCOMPARE_GT(inkIn(with, width - 60, width), 0);
}

void TestMatchHighlightDelegate::detailIsDrawnAfterTheText()
{
    const QImage without = render({});
    const QImage with =
        render({{MatchHighlightDelegate::DetailRole, u"7171a6ca-d1cd"_s},
                {MatchHighlightDelegate::DetailPositionsRole, QVariant::fromValue(Positions{0, 1})}});
    QCOMPARE(inkIn(without, 180, 300), 0);
    QCOMPARE_GT(inkIn(with, 180, 300), 0);
}

QTEST_MAIN(TestMatchHighlightDelegate)
#include "tst_matchhighlightdelegate.moc"
