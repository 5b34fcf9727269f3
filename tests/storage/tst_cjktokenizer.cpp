// The stride_cjk tokenizer's direct path (CJK runs split without unicode61) gives exactly the tokens, flags and
// offsets of the reference path (all text through unicode61 first), for documents and for queries. The sync's
// page-by-page indexing leans on it; it lives with the sync tests because tests/storage has no textsearch unit.
#include "storage/cjktokenizer.h"

#include <QRandomGenerator>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

struct Token {
    QByteArray text;
    int flags;
    int start;
    int end;
    bool operator==(const Token& o) const {
        return text == o.text && flags == o.flags && start == o.start && end == o.end;
    }
};

QString describe(const QList<Token>& tokens) {
    QStringList out;
    for (const Token& t : tokens)
        out << u"%1[%2,%3)%4"_s.arg(QString::fromUtf8(t.text)).arg(t.start).arg(t.end).arg(t.flags ? u"*"_s : u""_s);
    return out.join(u' ');
}

// One connection with stride_cjk registered on the given path, and a tokenizer made as search_index makes it.
class Tokenizer final {
public:
    explicit Tokenizer(CjkTokenizer::Path path) {
        sqlite3_open(":memory:", &m_db);
        if (!CjkTokenizer::registerOn(m_db, path).ok())
            return;
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(m_db, "SELECT fts5(?1)", -1, &st, nullptr);
        sqlite3_bind_pointer(st, 1, static_cast<void*>(&m_api), "fts5_api_ptr", nullptr);
        sqlite3_step(st);
        sqlite3_finalize(st);
        void* context = nullptr;
        if (!m_api || m_api->xFindTokenizer(m_api, CjkTokenizer::kName, &context, &m_methods) != SQLITE_OK)
            return;
        const char* args[] = {"remove_diacritics", "2"};
        m_methods.xCreate(context, args, 2, &m_tokenizer);
    }
    ~Tokenizer() {
        if (m_tokenizer)
            m_methods.xDelete(m_tokenizer);
        sqlite3_close(m_db);
    }
    Tokenizer(const Tokenizer&) = delete;
    Tokenizer& operator=(const Tokenizer&) = delete;
    bool ok() const { return m_tokenizer != nullptr; }

    QList<Token> tokens(const QByteArray& text, bool query) const {
        QList<Token> out;
        const int flags = query ? FTS5_TOKENIZE_QUERY : FTS5_TOKENIZE_DOCUMENT;
        m_methods.xTokenize(m_tokenizer, &out, flags, text.constData(), int(text.size()),
                            [](void* ctx, int tflags, const char* token, int size, int start, int end) {
                                static_cast<QList<Token>*>(ctx)->append({QByteArray(token, size), tflags, start, end});
                                return SQLITE_OK;
                            });
        return out;
    }

private:
    sqlite3* m_db = nullptr;
    fts5_api* m_api = nullptr;
    fts5_tokenizer m_methods{};
    Fts5Tokenizer* m_tokenizer = nullptr;
};

QByteArray utf8(char32_t c) {
    return QString::fromUcs4(&c, 1).toUtf8();
}

} // namespace

class TestCjkTokenizer final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sameTokens_data();
    void sameTokens();
    void everyDirectCharacterIsAToken();
    void punctuationAroundRuns();
    void randomMixedText();

private:
    // Fails the test with both token lists when the paths disagree on `text`.
    bool same(const QByteArray& text);

    std::unique_ptr<Tokenizer> m_reference;
    std::unique_ptr<Tokenizer> m_direct;
};

void TestCjkTokenizer::initTestCase() {
    m_reference = std::make_unique<Tokenizer>(CjkTokenizer::Path::ThroughUnicode61);
    m_direct = std::make_unique<Tokenizer>(CjkTokenizer::Path::Direct);
    QVERIFY(m_reference->ok());
    QVERIFY(m_direct->ok());
}

bool TestCjkTokenizer::same(const QByteArray& text) {
    for (bool query : {false, true}) {
        const QList<Token> expected = m_reference->tokens(text, query);
        const QList<Token> actual = m_direct->tokens(text, query);
        if (actual != expected) {
            qWarning().noquote() << (query ? "query" : "document") << "text:" << QString::fromUtf8(text)
                                 << "\n  reference:" << describe(expected) << "\n  direct:   " << describe(actual);
            return false;
        }
    }
    return true;
}

void TestCjkTokenizer::sameTokens_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tokens"); // the document's, as describe() writes them
    QTest::newRow("company name") << u"上海机械制造有限公司"_s
                                  << u"上海[0,6) 海机[3,9) 机械[6,12) 械制[9,15) 制造[12,18) 造有[15,21) 有限[18,24) "
                                     "限公[21,27) 公司[24,30) 司[27,30)"_s;
    QTest::newRow("ASCII word on each side") << u"ABC公司x"_s << u"abc[0,3) 公司[3,9) 司[6,9) x[9,10)"_s;
    QTest::newRow("fullwidth comma") << u"客户满意，下次跟进"_s
                                     << u"客户[0,6) 户满[3,9) 满意[6,12) 意[9,12) 下次[15,21) 次跟[18,24) 跟进[21,27) "
                                        "进[24,27)"_s;
    QTest::newRow("accented word next to a run: unicode61's offsets")
        << u"Café公司"_s << u"cafe[0,11) 公司[0,11) 司[0,11)"_s;
    QTest::newRow("single character") << u"张"_s << u"张[0,3)"_s;
    QTest::newRow("kana with a long vowel mark") << u"カーテン"_s << u"カー[0,6) ーテ[3,9) テン[6,12) ン[9,12)"_s;
}

void TestCjkTokenizer::sameTokens() {
    QFETCH(QString, text);
    QFETCH(QString, tokens);
    QCOMPARE(describe(m_direct->tokens(text.toUtf8(), false)), tokens);
    QVERIFY(same(text.toUtf8()));
}

void TestCjkTokenizer::everyDirectCharacterIsAToken() {
    // Runs of 16 consecutive code points of every block the direct path takes, between ASCII words, spaces and
    // alone: any code point unicode61 would treat as a separator or fold shows up as a difference.
    const QList<QPair<char32_t, char32_t>> blocks{
        {0x3400, 0x4DB5}, {0x4E00, 0x9FA5}, {0x3041, 0x3094}, {0x30A1, 0x30FA}, {0xAC00, 0xD7A3}};
    int checked = 0;
    for (const auto& [first, last] : blocks) {
        for (char32_t base = first; base <= last; base += 16) {
            QByteArray run;
            for (char32_t c = base; c <= last && c < base + 16; ++c)
                run += utf8(c);
            QVERIFY(same(run));
            QVERIFY(same("ab" + run + "9 x"));
            QVERIFY(same(" " + run.left(3) + " " + run.mid(3, 6) + "."));
            checked += 3;
        }
    }
    QVERIFY(checked > 5000);
}

void TestCjkTokenizer::punctuationAroundRuns() {
    // Every character the direct path takes for a separator, between runs and next to ASCII words.
    QList<QPair<char32_t, char32_t>> ranges{{0x00A0, 0x00A0}, {0x00B7, 0x00B7}, {0x2010, 0x2027}, {0x2030, 0x205E},
                                            {0x3000, 0x3003}, {0x3008, 0x3011}, {0x3014, 0x301F}, {0xFF01, 0xFF0F},
                                            {0xFF1A, 0xFF20}, {0xFF3B, 0xFF40}, {0xFF5B, 0xFF65}};
    // And their neighbours, which are not all separators: the direct path must leave those to unicode61.
    for (char32_t c : {0x009F, 0x00B6, 0x00B8, 0x200F, 0x2028, 0x202F, 0x205F, 0x2FFF, 0x3004, 0x3005, 0x3006,
                       0x3007, 0x3012, 0x3013, 0x3020, 0x3021, 0xFF00, 0xFF10, 0xFF19, 0xFF21, 0xFF41, 0xFF66})
        ranges.append({c, c});
    for (const auto& [first, last] : ranges) {
        for (char32_t c = first; c <= last; ++c) {
            const QByteArray p = utf8(c);
            QVERIFY(same("公司" + p + "客户"));
            QVERIFY(same("ab" + p + "公司"));
            QVERIFY(same("公司" + p + "ab"));
            QVERIFY(same("公司x" + p + "y客户"));
        }
    }
}

void TestCjkTokenizer::randomMixedText() {
    // Pieces that meet at every kind of boundary: ASCII, accents and combining marks, CJK in and out of the
    // direct set, kana marks, fullwidth letters and digits, punctuation, emoji, spaces, bad UTF-8.
    const QList<QByteArray> pieces{"a",
                                   "Z",
                                   "7",
                                   " ",
                                   ",",
                                   "-",
                                   "\t",
                                   "\n",
                                   "'",
                                   "_",
                                   "\xc3\xa9",
                                   "\xc3\x84",
                                   "\xc3\x9f",
                                   "e\xcc\x81",
                                   "\xe5\xbc\xa0",
                                   "\xe5\x85\xac",
                                   "\xe5\x8f\xb8",
                                   "\xe5\xae\xa2",
                                   "\xe6\x88\xb7",
                                   "\xe9\xbe\xa5",
                                   "\xe9\xbe\xa6",
                                   "\xe9\xbf\xbf",
                                   "\xef\xa4\x80",
                                   "\xe3\x80\x85",
                                   "\xe3\x83\xbc",
                                   "\xe3\x83\xbb",
                                   "\xe3\x81\x82",
                                   "\xe3\x82\xab",
                                   "\xea\xb0\x80",
                                   "\xed\x9e\xa3",
                                   "\xe3\x84\x85",
                                   "\xef\xbc\xa1",
                                   "\xef\xbc\x91",
                                   "\xef\xbc\x8c",
                                   "\xe3\x80\x82",
                                   "\xe3\x80\x81",
                                   "\xc2\xb7",
                                   "\xe2\x80\x94",
                                   "\xf0\x9f\x98\x80",
                                   "\xf0\xa0\x80\x80",
                                   "\xe4\xb8",
                                   "\x80",
                                   "\xc2\xa0",
                                   "\xe3\x80\x80"};
    // STRIDE_TOKENIZER_RUNS and STRIDE_TOKENIZER_SEED for a longer soak.
    const int runs = qEnvironmentVariableIntValue("STRIDE_TOKENIZER_RUNS") > 0
                         ? qEnvironmentVariableIntValue("STRIDE_TOKENIZER_RUNS")
                         : 20000;
    QRandomGenerator random(qEnvironmentVariableIsSet("STRIDE_TOKENIZER_SEED")
                                ? quint32(qEnvironmentVariableIntValue("STRIDE_TOKENIZER_SEED"))
                                : 20261122u);
    for (int n = 0; n < runs; ++n) {
        QByteArray text;
        const int length = 1 + int(random.bounded(24));
        for (int i = 0; i < length; ++i)
            text += pieces.at(qsizetype(random.bounded(quint32(pieces.size()))));
        if (!same(text))
            QFAIL(qPrintable(u"the paths disagree on %1"_s.arg(QString::fromLatin1(text.toHex(' ')))));
    }
}

QTEST_MAIN(TestCjkTokenizer)
#include "tst_cjktokenizer.moc"
