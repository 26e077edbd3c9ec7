#include "core/applicationtablemodel.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void chineseIsLoaded();
};

void TestTranslations::chineseIsLoaded()
{
    QVERIFY(Translations::install(QLocale(QLocale::Chinese, QLocale::China)));
    ApplicationTableModel model;
    QCOMPARE(model.headerData(ApplicationTableModel::NameColumn, Qt::Horizontal).toString(), u"应用"_s);
    QCOMPARE(ApplicationTableModel::statusText(ApplicationTableModel::Status::Running), u"运行中"_s);
    QCOMPARE(QLocale().name(), u"zh_CN"_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
