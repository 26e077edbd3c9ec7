#include "core/itemroles.h"
#include "core/severity.h"
#include "widgets/statusdelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStatusDelegate : public QObject
{
    Q_OBJECT

private slots:
    void coloursDifferBySeverity();
    void darkPaletteGetsLighterColours();
    void paintsTheDotInTheSeverityColour();
};

void TestStatusDelegate::coloursDifferBySeverity()
{
    const QPalette palette = QApplication::palette();
    QList<QRgb> seen;
    for (int severity = int(Severity::Normal); severity <= int(Severity::Inactive); ++severity) {
        const QRgb rgb = StatusDelegate::severityColor(severity, palette).rgb();
        QVERIFY2(!seen.contains(rgb), qPrintable(u"severity %1 repeats a colour"_s.arg(severity)));
        seen.append(rgb);
    }
}

void TestStatusDelegate::darkPaletteGetsLighterColours()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    const int critical = int(Severity::Critical);
    QVERIFY(StatusDelegate::severityColor(critical, dark).lightness()
            > StatusDelegate::severityColor(critical, light).lightness());
}

void TestStatusDelegate::paintsTheDotInTheSeverityColour()
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), u"CrashLoopBackOff"_s, Qt::DisplayRole);
    model.setData(model.index(0, 0), int(Severity::Critical), ItemRoles::SeverityRole);
    QTableView view;
    view.setModel(&model);
    StatusDelegate delegate;
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.rect = QRect(0, 0, 200, 24);
    option.state = QStyle::State_Enabled;

    QImage image(200, 24, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 0));
    }
    const QColor expected = StatusDelegate::severityColor(int(Severity::Critical), option.palette);
    bool found = false;
    for (int x = 0; x < 24 && !found; ++x) {
        for (int y = 0; y < 24 && !found; ++y)
            found = image.pixelColor(x, y) == expected;
    }
    QVERIFY2(found, "no pixel of the critical colour near the start of the cell");
}

QTEST_MAIN(TestStatusDelegate)
#include "tst_statusdelegate.moc"
