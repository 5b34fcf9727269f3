#include "cjktokenizer.h"

#include "sqlstatement.h"
#include "storage/textsearch.h"

#include <sqlite3.h>

#include <QString>

#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// One tokenizer instance wraps one unicode61 instance created with the same arguments (remove_diacritics …).
struct Instance {
    fts5_tokenizer unicode61{};
    Fts5Tokenizer* inner = nullptr;
    bool direct = false; // CJK runs between ASCII words and punctuation skip unicode61 (see tokenize)
};

// What registerOn hands to every create(): the connection's FTS5 and the path.
struct Registration {
    fts5_api* api;
    CjkTokenizer::Path path;
};

struct Char {
    int offset; // in the token
    int length;
};

struct Call {
    void* ctx;
    int (*sendToken)(void*, int, const char*, int, int, int);
    bool query;
    std::vector<Char> cjk; // the current CJK run: one buffer for the whole text, not one per token
    int shift = 0;         // where the part unicode61 tokenizes starts in the text
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
    Call& call = *static_cast<Call*>(pCtx);
    iStart += call.shift;
    iEnd += call.shift;
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
    std::vector<Char>& cjk = call.cjk;
    cjk.clear();
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
    const auto* registration = static_cast<const Registration*>(context);
    fts5_api* api = registration->api;
    auto* instance = new Instance;
    void* unicodeContext = nullptr;
    int rc = api->xFindTokenizer(api, "unicode61", &unicodeContext, &instance->unicode61);
    if (rc == SQLITE_OK)
        rc = instance->unicode61.xCreate(unicodeContext, args, argc, &instance->inner);
    if (rc != SQLITE_OK) {
        delete instance;
        return rc;
    }
    // The direct path knows unicode61's default classes only: options that change which characters are token
    // characters (tokenchars, separators, categories) keep every character on unicode61's path.
    instance->direct = registration->path == CjkTokenizer::Path::Direct;
    for (int i = 0; i + 1 < argc; i += 2) {
        if (std::strcmp(args[i], "remove_diacritics") != 0)
            instance->direct = false;
    }
    *out = reinterpret_cast<Fts5Tokenizer*>(instance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer* tokenizer) {
    auto* instance = reinterpret_cast<Instance*>(tokenizer);
    instance->unicode61.xDelete(instance->inner);
    delete instance;
}

bool continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

// A three-byte UTF-8 character at `p` (at least three bytes left), or 0.
char32_t decode3(const unsigned char* p) {
    if ((p[0] & 0xF0) != 0xE0 || !continuation(p[1]) || !continuation(p[2]))
        return 0;
    return (char32_t(p[0] & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | char32_t(p[2] & 0x3F);
}

// The character of `size` bytes at `at`, as unicode61 reads it: a lead byte takes every continuation byte after
// it, so a stray one makes it another character (0 here: not ours to judge).
char32_t whole(const unsigned char* s, int at, int size, int bytes, char32_t c) {
    return at + size < bytes && continuation(s[at + size]) ? 0 : c;
}

// Characters the direct path splits itself: ideographs, kana and hangul syllables that are letters (category
// Lo) in every Unicode version since 3.0, so unicode61 keeps them as token characters and folds none of them.
// All take three bytes of UTF-8. The rest of these blocks (U+9FA6 on, added later; marks such as ー and ゝ) stays
// on unicode61's path.
bool direct(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FA5) || (c >= 0x3400 && c <= 0x4DB5) || (c >= 0x3041 && c <= 0x3094) ||
           (c >= 0x30A1 && c <= 0x30FA) || (c >= 0xAC00 && c <= 0xD7A3);
}

// Punctuation and spaces around Chinese text that unicode61 treats as separators (not letters, digits or marks).
bool separator(char32_t c) {
    return c == 0x00A0 || c == 0x00B7 || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) ||
           (c >= 0x3000 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x301F) ||
           (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
           (c >= 0xFF5B && c <= 0xFF65);
}

bool asciiAlnum(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The character that ends at `end` (two or three bytes), or 0.
char32_t decodeBefore(const unsigned char* s, int end) {
    if (end >= 3 && decode3(s + end - 3))
        return decode3(s + end - 3);
    if (end >= 2 && (s[end - 2] & 0xE0) == 0xC0 && continuation(s[end - 1]))
        return (char32_t(s[end - 2] & 0x1F) << 6) | char32_t(s[end - 1] & 0x3F);
    return 0;
}

// The character that starts at `at` (two or three bytes), or 0.
char32_t decodeAt(const unsigned char* s, int at, int bytes) {
    if (bytes - at >= 3 && decode3(s + at))
        return whole(s, at, 3, bytes, decode3(s + at));
    if (bytes - at >= 2 && (s[at] & 0xE0) == 0xC0 && continuation(s[at + 1]))
        return whole(s, at, 2, bytes, (char32_t(s[at] & 0x1F) << 6) | char32_t(s[at + 1] & 0x3F));
    return 0;
}

// The direct-path character at `at`, or 0.
char32_t directAt(const unsigned char* s, int at, int bytes) {
    if (bytes - at < 3 || s[at] < 0xE3)
        return 0;
    const char32_t c = whole(s, at, 3, bytes, decode3(s + at));
    return direct(c) ? c : 0;
}

// True when unicode61, given the whole text, would end the token holding the byte before `at` exactly where a
// run of ASCII letters and digits reaching back to `at` starts: at the start of the text, at an ASCII
// separator or at a known separator. Then that token splits into the same pieces, at the same offsets, as
// when the text on each side of `at` is tokenized alone.
bool boundaryBefore(const unsigned char* s, int at) {
    while (at > 0 && asciiAlnum(s[at - 1]))
        --at;
    return at == 0 || s[at - 1] < 0x80 || separator(decodeBefore(s, at));
}

bool boundaryAfter(const unsigned char* s, int at, int bytes) {
    while (at < bytes && asciiAlnum(s[at]))
        ++at;
    return at == bytes || s[at] < 0x80 || separator(decodeAt(s, at, bytes));
}

int throughUnicode61(Instance* instance, Call& call, int flags, const char* text, int from, int to) {
    if (from >= to)
        return SQLITE_OK;
    call.shift = from;
    return instance->unicode61.xTokenize(instance->inner, &call, flags, text + from, to - from, onToken);
}

// unicode61 decodes, classifies and folds every character (some 400 instructions for each ideograph, half of
// indexing Chinese text) only for onToken to split its CJK runs again. On the direct path a run of the
// characters above that stands between ASCII words, spaces and punctuation becomes its two-character tokens
// here, and only the text between such runs goes through unicode61: the tokens, their order and their offsets
// are exactly those of the reference path (CjkTokenizer::Path), which tests compare on every such character.
int tokenize(Fts5Tokenizer* tokenizer, void* ctx, int flags, const char* text, int bytes,
             int (*sendToken)(void*, int, const char*, int, int, int)) {
    auto* instance = reinterpret_cast<Instance*>(tokenizer);
    Call call{ctx, sendToken, (flags & FTS5_TOKENIZE_QUERY) != 0, {}};
    if (!instance->direct)
        return throughUnicode61(instance, call, flags, text, 0, bytes);
    const auto* s = reinterpret_cast<const unsigned char*>(text);
    int done = 0; // the text before this has been tokenized
    int i = 0;
    while (i < bytes) {
        // Every character of the direct set starts with a byte from 0xE3 to 0xED; no other byte of UTF-8 does
        // but the lead bytes of other characters of three and four bytes.
        if (!directAt(s, i, bytes)) {
            ++i;
            continue;
        }
        const int start = i;
        while (directAt(s, i, bytes))
            i += 3;
        if (!boundaryBefore(s, start) || !boundaryAfter(s, i, bytes))
            continue;
        if (int rc = throughUnicode61(instance, call, flags, text, done, start); rc != SQLITE_OK)
            return rc;
        call.cjk.clear();
        for (int at = start; at < i; at += 3)
            call.cjk.push_back({at - start, 3});
        if (int rc = emitCjkRun(call, text + start, call.cjk, true, start, i); rc != SQLITE_OK)
            return rc;
        done = i;
    }
    return throughUnicode61(instance, call, flags, text, done, bytes);
}

} // namespace

Status CjkTokenizer::registerOn(sqlite3* db, Path path) {
    fts5_api* api = nullptr;
    {
        // FTS5 hands out its API through SQLite's pointer-passing interface: fts5(?1) fills the bound pointer.
        SqlStatement st(db, u"SELECT fts5(?1)"_s);
        st.bindPointer(1, static_cast<void*>(&api), "fts5_api_ptr");
        (void)st.next();
    }
    if (!api)
        return fail(u"this SQLite has no full-text search (FTS5): %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(db))));
    fts5_tokenizer tokenizer{create, destroy, tokenize};
    auto* registration = new Registration{api, path};
    const int rc = api->xCreateTokenizer(api, kName, registration, &tokenizer,
                                         [](void* context) { delete static_cast<Registration*>(context); });
    if (rc != SQLITE_OK)
        return fail(u"cannot register the search tokenizer: %1"_s.arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

} // namespace Stride
