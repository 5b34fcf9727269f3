#include "cjktokenizer.h"

#include "storage/textsearch.h"

#include <sqlite3.h>

#include <QString>

#include <vector>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// One tokenizer instance wraps one unicode61 instance created with the same arguments (remove_diacritics …).
struct Instance {
    fts5_tokenizer unicode61{};
    Fts5Tokenizer* inner = nullptr;
};

struct Call {
    void* ctx;
    int (*sendToken)(void*, int, const char*, int, int, int);
    bool query;
};

// Decodes one UTF-8 character; unicode61 hands over valid UTF-8.
int decode(const unsigned char* p, const unsigned char* end, char32_t* c) {
    int length = 1;
    char32_t v = *p;
    if (v >= 0xF0) {
        v &= 0x07;
        length = 4;
    } else if (v >= 0xE0) {
        v &= 0x0F;
        length = 3;
    } else if (v >= 0xC0) {
        v &= 0x1F;
        length = 2;
    }
    for (int i = 1; i < length && p + i < end; ++i)
        v = (v << 6) | (p[i] & 0x3F);
    *c = v;
    return length;
}

struct Char {
    int offset; // in the token
    int length;
};

int emitCjkRun(const Call& call, const char* token, const std::vector<Char>& run, bool exact, int tokenStart,
               int tokenEnd) {
    // Source offsets are exact when unicode61 did not change the token's length (it folds case and diacritics
    // of other scripts only); otherwise the whole token's span stands for each piece, which snippets tolerate.
    auto span = [&](size_t first, size_t last, int* start, int* end) {
        *start = exact ? tokenStart + run[first].offset : tokenStart;
        *end = exact ? tokenStart + run[last].offset + run[last].length : tokenEnd;
    };
    int start = 0;
    int end = 0;
    if (run.size() == 1 || !call.query) {
        for (size_t i = 0; i + 1 < run.size(); ++i) {
            span(i, i + 1, &start, &end);
            if (int rc =
                    call.sendToken(call.ctx, 0, token + run[i].offset, run[i].length + run[i + 1].length, start, end);
                rc != SQLITE_OK)
                return rc;
        }
        const size_t last = run.size() - 1;
        span(last, last, &start, &end);
        return call.sendToken(call.ctx, 0, token + run[last].offset, run[last].length, start, end);
    }
    for (size_t i = 0; i + 1 < run.size(); ++i) {
        span(i, i + 1, &start, &end);
        if (int rc = call.sendToken(call.ctx, 0, token + run[i].offset, run[i].length + run[i + 1].length, start, end);
            rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

int onToken(void* pCtx, int tflags, const char* token, int nToken, int iStart, int iEnd) {
    const Call& call = *static_cast<const Call*>(pCtx);
    const auto* p = reinterpret_cast<const unsigned char*>(token);
    const auto* end = p + nToken;
    bool anyCjk = false;
    for (const unsigned char* q = p; q < end; ++q) {
        if (*q >= 0xE3) { // every CJK block starts at U+3040 or above: lead byte 0xE3 or more
            anyCjk = true;
            break;
        }
    }
    if (!anyCjk)
        return call.sendToken(call.ctx, tflags, token, nToken, iStart, iEnd);
    // Split into runs: other characters pass through as one token each run, CJK runs become bigrams.
    const bool exact = nToken == iEnd - iStart;
    std::vector<Char> cjk;
    int otherStart = -1;
    int offset = 0;
    auto flushOther = [&](int upTo) {
        if (otherStart < 0)
            return SQLITE_OK;
        const int s = exact ? iStart + otherStart : iStart;
        const int e = exact ? iStart + upTo : iEnd;
        const int rc = call.sendToken(call.ctx, 0, token + otherStart, upTo - otherStart, s, e);
        otherStart = -1;
        return rc;
    };
    auto flushCjk = [&] {
        if (cjk.empty())
            return SQLITE_OK;
        const int rc = emitCjkRun(call, token, cjk, exact, iStart, iEnd);
        cjk.clear();
        return rc;
    };
    while (p + offset < end) {
        char32_t c = 0;
        const int length = decode(p + offset, end, &c);
        if (TextSearch::isCjk(c)) {
            if (int rc = flushOther(offset); rc != SQLITE_OK)
                return rc;
            cjk.push_back({offset, length});
        } else {
            if (int rc = flushCjk(); rc != SQLITE_OK)
                return rc;
            if (otherStart < 0)
                otherStart = offset;
        }
        offset += length;
    }
    if (int rc = flushOther(offset); rc != SQLITE_OK)
        return rc;
    return flushCjk();
}

int create(void* context, const char** args, int argc, Fts5Tokenizer** out) {
    auto* api = static_cast<fts5_api*>(context);
    auto* instance = new Instance;
    void* unicodeContext = nullptr;
    int rc = api->xFindTokenizer(api, "unicode61", &unicodeContext, &instance->unicode61);
    if (rc == SQLITE_OK)
        rc = instance->unicode61.xCreate(unicodeContext, args, argc, &instance->inner);
    if (rc != SQLITE_OK) {
        delete instance;
        return rc;
    }
    *out = reinterpret_cast<Fts5Tokenizer*>(instance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer* tokenizer) {
    auto* instance = reinterpret_cast<Instance*>(tokenizer);
    instance->unicode61.xDelete(instance->inner);
    delete instance;
}

int tokenize(Fts5Tokenizer* tokenizer, void* ctx, int flags, const char* text, int bytes,
             int (*sendToken)(void*, int, const char*, int, int, int)) {
    auto* instance = reinterpret_cast<Instance*>(tokenizer);
    Call call{ctx, sendToken, (flags & FTS5_TOKENIZE_QUERY) != 0};
    return instance->unicode61.xTokenize(instance->inner, &call, flags, text, bytes, onToken);
}

} // namespace

Status CjkTokenizer::registerOn(sqlite3* db) {
    fts5_api* api = nullptr;
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_pointer(st, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(st);
    }
    sqlite3_finalize(st);
    if (!api)
        return fail(u"this SQLite has no full-text search (FTS5): %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(db))));
    fts5_tokenizer tokenizer{create, destroy, tokenize};
    rc = api->xCreateTokenizer(api, kName, api, &tokenizer, nullptr);
    if (rc != SQLITE_OK)
        return fail(u"cannot register the search tokenizer: %1"_s.arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

} // namespace Stride
