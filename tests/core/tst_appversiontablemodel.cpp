#include "core/appversiontablemodel.h"
#include "core/itemroles.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

const QDateTime s_now(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);

AppVersion version(const QString &id, AppVersion::Type type, int daysAgo)
{
    AppVersion result;
    result.versionId = id;
    result.type = type;
    result.typeText = type == AppVersion::Type::Image     ? u"image"_s
                      : type == AppVersion::Type::Package ? u"url"_s
                                                          : u"helm"_s;
    result.createdAt = s_now.addDays(-daysAgo);
    return result;
}

} // namespace

class TestAppVersionTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headersAndTexts();
    void detailArrivesLater();
    void sortsByRawValues();
};

void TestAppVersionTableModel::initTestCase()
{
    auto *english = new QTranslator(this);
    QVERIFY(english->load(u":/i18n/opsconsole_en.qm"_s));
    QCoreApplication::installTranslator(english);
}

void TestAppVersionTableModel::headersAndTexts()
{
    AppVersionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{u"Created"_s, u"Type"_s, u"What ran"_s, u"Version ID"_s}));

    model.setVersions({version(u"v1"_s, AppVersion::Type::Image, 3),
                       version(u"v3"_s, AppVersion::Type::Package, 1),
                       version(u"v2"_s, AppVersion::Type::Unrecognised, 2)});
    const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(text(0, AppVersionTableModel::VersionIdColumn), u"v3"_s); // newest first
    QCOMPARE(text(1, AppVersionTableModel::VersionIdColumn), u"v2"_s);
    QCOMPARE(text(2, AppVersionTableModel::VersionIdColumn), u"v1"_s);
    QCOMPARE(text(0, AppVersionTableModel::TypeColumn), u"Package"_s);
    QCOMPARE(text(1, AppVersionTableModel::TypeColumn), u"helm"_s);
    QCOMPARE(text(2, AppVersionTableModel::TypeColumn), u"Image"_s);
    QCOMPARE(text(0, AppVersionTableModel::CreatedColumn),
             s_now.addDays(-1).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    QCOMPARE(model.index(0, AppVersionTableModel::CreatedColumn).data(Qt::ToolTipRole).toString(),
             u"2026-11-26 03:00:00 UTC"_s);
    QCOMPARE(text(0, AppVersionTableModel::WhatRanColumn), u"…"_s);
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.index(2, column).data(ItemRoles::IdRole).toString(), u"v1"_s);
    QCOMPARE(model.version(0).versionId, u"v3"_s);
}

void TestAppVersionTableModel::detailArrivesLater()
{
    AppVersionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVersions(
        {version(u"v1"_s, AppVersion::Type::Image, 3), version(u"v2"_s, AppVersion::Type::Image, 2)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setVersionDetail(u"v1"_s, u"registry/order-service:5.2.7"_s);
    QCOMPARE(changed.count(), 1);
    const QModelIndex cell = model.index(model.rowOfKey(u"v1"_s), AppVersionTableModel::WhatRanColumn);
    QCOMPARE(changed.first().at(0).toModelIndex(), cell);
    QCOMPARE(cell.data().toString(), u"registry/order-service:5.2.7"_s);
    model.setVersionDetail(u"v1"_s, u"registry/order-service:5.2.7"_s);
    QCOMPARE(changed.count(), 1); // nothing new

    // A detail learned before its row arrives, and kept across refreshes that list it.
    model.setVersionDetail(u"v9"_s, u"order-service-5.3.0.jar"_s);
    model.setVersions(
        {version(u"v9"_s, AppVersion::Type::Package, 0), version(u"v1"_s, AppVersion::Type::Image, 3)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(model.rowOfKey(u"v9"_s), AppVersionTableModel::WhatRanColumn).data().toString(),
             u"order-service-5.3.0.jar"_s);
    QCOMPARE(model.index(model.rowOfKey(u"v1"_s), AppVersionTableModel::WhatRanColumn).data().toString(),
             u"registry/order-service:5.2.7"_s);
    QCOMPARE(model.versionDetail(u"v9"_s), u"order-service-5.3.0.jar"_s);

    // A refresh forgets the details of the versions it no longer lists (another application's).
    model.setVersions({version(u"v9"_s, AppVersion::Type::Package, 0)});
    QCOMPARE(model.versionDetail(u"v9"_s), u"order-service-5.3.0.jar"_s);
    QCOMPARE(model.versionDetail(u"v1"_s), QString());
    model.setVersions({});
    QCOMPARE(model.versionDetail(u"v9"_s), QString());
    model.setVersions({version(u"v9"_s, AppVersion::Type::Package, 0)});
    QCOMPARE(model.index(0, AppVersionTableModel::WhatRanColumn).data().toString(), u"…"_s);
}

void TestAppVersionTableModel::sortsByRawValues()
{
    AppVersionTableModel model;
    model.setVersions({version(u"b"_s, AppVersion::Type::Image, 3),
                       version(u"a"_s, AppVersion::Type::Image, 1),
                       version(u"c"_s, AppVersion::Type::Image, 2)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ItemRoles::SortRole);
    const auto ids = [&proxy] {
        QStringList result;
        for (int row = 0; row < proxy.rowCount(); ++row)
            result.append(proxy.index(row, 0).data(ItemRoles::IdRole).toString());
        return result;
    };
    proxy.sort(AppVersionTableModel::CreatedColumn, Qt::AscendingOrder);
    QCOMPARE(ids(), (QStringList{u"b"_s, u"c"_s, u"a"_s}));
    proxy.sort(AppVersionTableModel::VersionIdColumn, Qt::AscendingOrder);
    QCOMPARE(ids(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
}

QTEST_GUILESS_MAIN(TestAppVersionTableModel)
#include "tst_appversiontablemodel.moc"
