#include "core/namespaceprotection.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestNamespaceProtection : public QObject
{
    Q_OBJECT

private slots:
    void looksLikeProduction_data();
    void looksLikeProduction();
    void defaultDecision_data();
    void defaultDecision();
    void explicitListsWin_data();
    void explicitListsWin();
    void keepsItsLists();
};

void TestNamespaceProtection::looksLikeProduction_data()
{
    QTest::addColumn<QString>("idOrName");
    QTest::addColumn<bool>("production");

    QTest::newRow("prod") << u"prod"_s << true;
    QTest::newRow("production") << u"production"_s << true;
    QTest::newRow("prd") << u"prd"_s << true;
    QTest::newRow("online") << u"online"_s << true;
    QTest::newRow("live") << u"live"_s << true;
    QTest::newRow("upper case") << u"PROD"_s << true;
    QTest::newRow("title case") << u"Production"_s << true;
    QTest::newRow("id with region") << u"cn-shenzhen:prod"_s << true;
    QTest::newRow("id with region, staging") << u"cn-shenzhen:staging"_s << false;
    QTest::newRow("default namespace id = region") << u"cn-shenzhen"_s << false;
    QTest::newRow("prod-east") << u"prod-east"_s << true;
    QTest::newRow("id prod-east") << u"cn-hangzhou:prod-east"_s << true;
    QTest::newRow("eu_prod") << u"eu_prod"_s << true;
    QTest::newRow("retail.live") << u"retail.live"_s << true;
    QTest::newRow("space") << u"Retail Production"_s << true;
    QTest::newRow("slash") << u"mall/prd"_s << true;
    QTest::newRow("digit after") << u"prod2"_s << true;
    QTest::newRow("digit before") << u"2prod"_s << true;
    QTest::newRow("camelCase") << u"onlineShop"_s << true;
    QTest::newRow("CamelCase hump") << u"retailProd"_s << true;
    QTest::newRow("product-test") << u"product-test"_s << false;
    QTest::newRow("id product-test") << u"cn-shenzhen:product-test"_s << false;
    QTest::newRow("products") << u"products"_s << false;
    QTest::newRow("preproduction") << u"preproduction"_s << false;
    QTest::newRow("prodution typo") << u"prodution"_s << false;
    QTest::newRow("liveness") << u"liveness"_s << false;
    QTest::newRow("delivery") << u"delivery"_s << false;
    QTest::newRow("offline") << u"offline"_s << false;
    QTest::newRow("staging") << u"staging"_s << false;
    QTest::newRow("dev") << u"dev"_s << false;
    QTest::newRow("non-prod") << u"non-prod"_s << false;
    QTest::newRow("not_live") << u"not_live"_s << false;
    QTest::newRow("non-prod but live") << u"non-prod-live"_s << true;
    QTest::newRow("pre-prod counts") << u"pre-prod"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("separators only") << u"-:_"_s << false;
    QTest::newRow("生产") << u"生产"_s << true;
    QTest::newRow("生产环境") << u"生产环境"_s << true;
    QTest::newRow("零售生产") << u"零售-生产"_s << true;
    QTest::newRow("Latin then Han") << u"mall生产"_s << true;
    QTest::newRow("预生产") << u"预生产"_s << false;
    QTest::newRow("非生产") << u"非生产"_s << false;
    QTest::newRow("测试环境") << u"测试环境"_s << false;
    QTest::newRow("Han then Latin") << u"零售prod"_s << true;
}

void TestNamespaceProtection::looksLikeProduction()
{
    QFETCH(QString, idOrName);
    QTEST(NamespaceProtection::looksLikeProduction(idOrName), "production");
}

void TestNamespaceProtection::defaultDecision_data()
{
    QTest::addColumn<QString>("namespaceId");
    QTest::addColumn<QString>("namespaceName");
    QTest::addColumn<bool>("isProtected");

    QTest::newRow("id and name") << u"cn-shenzhen:prod"_s << u"prod"_s << true;
    QTest::newRow("id only") << u"cn-shenzhen:prd"_s << u"零售"_s << true;
    QTest::newRow("name only") << u"cn-shenzhen:ns1"_s << u"生产环境"_s << true;
    QTest::newRow("neither") << u"cn-shenzhen:staging"_s << u"Staging"_s << false;
    QTest::newRow("product-test") << u"cn-shenzhen:product-test"_s << u"product-test"_s << false;
    QTest::newRow("region in the id is ignored") << u"live:staging"_s << u"staging"_s << false;
}

void TestNamespaceProtection::defaultDecision()
{
    QFETCH(QString, namespaceId);
    QFETCH(QString, namespaceName);
    QTEST(NamespaceProtection().isProtected(namespaceId, namespaceName), "isProtected");
}

void TestNamespaceProtection::explicitListsWin_data()
{
    QTest::addColumn<QStringList>("protectedIds");
    QTest::addColumn<QStringList>("unprotectedIds");
    QTest::addColumn<QString>("namespaceId");
    QTest::addColumn<QString>("namespaceName");
    QTest::addColumn<bool>("isProtected");

    const QStringList none;
    QTest::newRow("listed protected")
        << QStringList{u"cn-shenzhen:staging"_s} << none << u"cn-shenzhen:staging"_s << u"staging"_s << true;
    QTest::newRow("listed unprotected overrides the name")
        << none << QStringList{u"cn-shenzhen:prod"_s} << u"cn-shenzhen:prod"_s << u"prod"_s << false;
    QTest::newRow("listed in both: protected")
        << QStringList{u"cn-shenzhen:staging"_s} << QStringList{u"cn-shenzhen:staging"_s}
        << u"cn-shenzhen:staging"_s << u"staging"_s << true;
    QTest::newRow("IDs compare case-insensitively")
        << QStringList{u"CN-SHENZHEN:Staging"_s} << none << u"cn-shenzhen:staging"_s << u"staging"_s << true;
    QTest::newRow("listed ID of another region does not match")
        << none << QStringList{u"cn-hangzhou:prod"_s} << u"cn-shenzhen:prod"_s << u"prod"_s << true;
    QTest::newRow("a name in the list is not an ID")
        << none << QStringList{u"prod"_s} << u"cn-shenzhen:prod"_s << u"prod"_s << true;
    QTest::newRow("unlisted falls back to the words")
        << QStringList{u"cn-shenzhen:staging"_s} << QStringList{u"cn-shenzhen:prod"_s}
        << u"cn-shenzhen:live"_s << u"live"_s << true;
    QTest::newRow("an empty ID matches no blank entry")
        << none << QStringList{QString()} << QString() << u"production"_s << true;
}

void TestNamespaceProtection::explicitListsWin()
{
    QFETCH(QStringList, protectedIds);
    QFETCH(QStringList, unprotectedIds);
    QFETCH(QString, namespaceId);
    QFETCH(QString, namespaceName);
    const NamespaceProtection protection(protectedIds, unprotectedIds);
    QTEST(protection.isProtected(namespaceId, namespaceName), "isProtected");
}

void TestNamespaceProtection::keepsItsLists()
{
    const NamespaceProtection protection({u"a:x"_s}, {u"a:y"_s, u"a:z"_s});
    QCOMPARE(protection.protectedIds(), QStringList{u"a:x"_s});
    QCOMPARE(protection.unprotectedIds(), (QStringList{u"a:y"_s, u"a:z"_s}));
}

QTEST_GUILESS_MAIN(TestNamespaceProtection)
#include "tst_namespaceprotection.moc"
