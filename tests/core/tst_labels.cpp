#include "domain/labels.h"
#include "domain/translationloader.h"
#include "verifyok.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using Stride::Labels;
using Stride::Stage;
using Stride::TranslationLoader;

// The code → name labels live in stride_core with their catalogues, so a program without Widgets (stride-cli,
// exports, the server) names codes in English or Chinese like the app does.
class TestLabels final : public QObject {
    Q_OBJECT
private slots:
    void englishByDefault();
    void chineseCatalogueWithoutWidgets();
    void unknownCodesShowAsStored();
    void unknownLanguageIsRefused();
};

void TestLabels::englishByDefault() {
    QVERIFY(TranslationLoader::install(u"en"_s).ok());
    QCOMPARE(Labels::stage(Stage::Lead), u"Lead assigned"_s);
    QCOMPARE(Labels::industry(u"manufacturing"_s), u"Manufacturing"_s);
    QCOMPARE(Labels::action(u"case_study"_s), u"Third-party case study"_s);
    QCOMPARE(Labels::category(u"discovery"_s), u"Discovery"_s);
    QCOMPARE(Labels::lostReason(u"price too high"_s), u"price too high"_s);
    QCOMPARE(Labels::days(1), u"1 day"_s); // the English catalogue's plural forms
    QCOMPARE(Labels::days(3), u"3 days"_s);
}

void TestLabels::chineseCatalogueWithoutWidgets() {
    const Stride::Status s = TranslationLoader::install(u"zh_CN"_s);
    VERIFY_OK(s);
    QCOMPARE(Labels::stage(Stage::Lead), u"线索分配"_s);
    QCOMPARE(Labels::stage(u"won"_s), u"签约回款"_s);
    QCOMPARE(Labels::industry(u"manufacturing"_s), u"制造业"_s);
    QCOMPARE(Labels::role(u"supervisor"_s), QCoreApplication::translate("Labels", "Supervisor"));
    QVERIFY(Labels::role(u"supervisor"_s) != u"Supervisor"_s);
    QVERIFY(TranslationLoader::install(u"en"_s).ok());
    QCOMPARE(Labels::stage(Stage::Lead), u"Lead assigned"_s); // switching back removes the catalogue
}

void TestLabels::unknownCodesShowAsStored() {
    QCOMPARE(Labels::action(u"custom_action"_s), u"custom_action"_s);
    QCOMPARE(Labels::category(u"团队建设"_s), u"团队建设"_s);
    QCOMPARE(Labels::lostReason(u"价格高"_s), u"价格高"_s);
    QCOMPARE(Labels::stage(u"nonsense"_s), u"nonsense"_s);
}

void TestLabels::unknownLanguageIsRefused() {
    const Stride::Status s = TranslationLoader::install(u"fr"_s);
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(u"fr"_s));
}

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
