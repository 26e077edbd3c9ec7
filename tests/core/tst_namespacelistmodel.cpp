#include "core/itemroles.h"
#include "core/namespacelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNamespaceListModel : public QObject
{
    Q_OBJECT

private slots:
    void allNamespacesComesFirst();
    void unchangedListDoesNotReset();
};

void TestNamespaceListModel::allNamespacesComesFirst()
{
    NamespaceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    model.setNamespaces({{u"cn-shenzhen:prod"_s, u"prod"_s, u"prod"_s, u"cn-shenzhen"_s, u"Production"_s},
                         {u"cn-shenzhen:dev"_s, QString(), QString(), u"cn-shenzhen"_s, QString()}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data().toString(), u"All namespaces"_s);
    QCOMPARE(model.index(0).data(ItemRoles::IdRole).toString(), QString());
    QCOMPARE(model.index(1).data().toString(), u"prod"_s);
    QCOMPARE(model.index(1).data(ItemRoles::IdRole).toString(), u"cn-shenzhen:prod"_s);
    QCOMPARE(model.index(2).data().toString(), u"cn-shenzhen:dev"_s); // no name: the ID stands in
    QCOMPARE(model.rowOfId(u"cn-shenzhen:dev"_s), 2);
    QCOMPARE(model.rowOfId(QString()), 0);
    QCOMPARE(model.rowOfId(u"cn-shenzhen:gone"_s), -1);
}

void TestNamespaceListModel::unchangedListDoesNotReset()
{
    NamespaceListModel model;
    const QList<Namespace> namespaces{{u"cn-shenzhen:prod"_s, u"prod"_s, {}, u"cn-shenzhen"_s, {}}};
    model.setNamespaces(namespaces);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setNamespaces(namespaces);
    QCOMPARE(reset.count(), 0);
}

QTEST_GUILESS_MAIN(TestNamespaceListModel)
#include "tst_namespacelistmodel.moc"
