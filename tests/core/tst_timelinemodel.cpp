#include "core/itemroles.h"
#include "core/severity.h"
#include "core/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void displaysAndRoles();
    void headersAndClear();
};

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);

QList<TimelineEntry> sampleEntries()
{
    ChangeOrder deploy;
    deploy.changeOrderId = u"co-42"_s;
    deploy.coTypeCode = u"CoDeploy"_s;
    deploy.status = ChangeOrderStatus::Failed;
    deploy.description = u"Release 5.2.8"_s;
    deploy.createdAt = t0.addSecs(-1800);
    deploy.finishedAt = t0.addSecs(-1500);
    AppEvent backOff;
    backOff.type = AppEvent::Type::Warning;
    backOff.reason = u"BackOff"_s;
    backOff.message = u"Back-off restarting failed container"_s;
    backOff.objectKind = u"Pod"_s;
    backOff.objectName = u"order-1"_s;
    backOff.firstSeen = t0.addSecs(-1200);
    backOff.lastSeen = t0;
    backOff.count = 12;
    return TimelineEntry::merge({deploy}, {backOff});
}

} // namespace

void TestTimelineModel::displaysAndRoles()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(sampleEntries());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3);
    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };

    // Newest first: the warning, then the deploy that came before it.
    QCOMPARE(cell(0, TimelineModel::TimeColumn).toString(),
             t0.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    QCOMPARE(cell(0, TimelineModel::TimeColumn, ItemRoles::SortRole).toLongLong(), t0.toMSecsSinceEpoch());
    QVERIFY(cell(0, TimelineModel::TimeColumn, Qt::ToolTipRole).toString().startsWith(u"First seen "_s));
    QCOMPARE(cell(0, TimelineModel::WhatColumn).toString(),
             u"BackOff: Back-off restarting failed container ×12"_s);
    QCOMPARE(cell(0, TimelineModel::WhatColumn, ItemRoles::SeverityRole).toInt(), int(Severity::Warning));
    QCOMPARE(cell(0, TimelineModel::WhatColumn, TimelineModel::KindRole).toInt(),
             int(TimelineEntry::Kind::Warning));
    QCOMPARE(cell(0, TimelineModel::WhatColumn, ItemRoles::IdRole).toString(), QString());
    QVERIFY(cell(0, TimelineModel::DetailColumn).toString().startsWith(u"Pod/order-1 · 12 time"_s));

    QCOMPARE(cell(1, TimelineModel::WhatColumn).toString(), u"Deploy · Failed"_s);
    QCOMPARE(cell(1, TimelineModel::WhatColumn, ItemRoles::SeverityRole).toInt(), int(Severity::Critical));
    QCOMPARE(cell(1, TimelineModel::DetailColumn, ItemRoles::IdRole).toString(), u"co-42"_s);
    QCOMPARE(cell(1, TimelineModel::TimeColumn, TimelineModel::KindRole).toInt(),
             int(TimelineEntry::Kind::ChangeOrder));
    QCOMPARE(cell(1, TimelineModel::TimeColumn, TimelineModel::KeyRole).toString(), u"co:co-42"_s);
    QCOMPARE(cell(1, TimelineModel::TimeColumn, TimelineModel::TimeRole).toDateTime(), t0.addSecs(-1800));
    QVERIFY(cell(1, TimelineModel::DetailColumn, Qt::ToolTipRole).toString().endsWith(u"\nco-42"_s));
    QCOMPARE(cell(1, TimelineModel::TimeColumn, Qt::ToolTipRole), QVariant()); // one time only
}

void TestTimelineModel::headersAndClear()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.headerData(TimelineModel::TimeColumn, Qt::Horizontal).toString(), u"Time"_s);
    QCOMPARE(model.headerData(TimelineModel::WhatColumn, Qt::Horizontal).toString(), u"What"_s);
    QCOMPARE(model.headerData(TimelineModel::DetailColumn, Qt::Horizontal).toString(), u"Detail"_s);
    model.setEntries(sampleEntries());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
