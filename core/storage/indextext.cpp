#include "indextext.h"

#include "storage/textsearch.h"

#include <cstring>

namespace Stride {

void IndexText::clear() {
    m_text.clear();
    m_any = false;
    m_lastCjk = false;
}

void IndexText::add(const char* utf8) {
    if (utf8)
        add(utf8, int(std::strlen(utf8)));
}

void IndexText::add(const char* utf8, int bytes) {
    if (m_any)
        append(U' ', " ", 1);
    m_any = true;
    const auto* p = reinterpret_cast<const unsigned char*>(utf8);
    const auto* end = p + bytes;
    while (p < end) {
        // The generator's texts are valid UTF-8 literals: decode by the lead byte.
        char32_t c = *p;
        int length = 1;
        if (c >= 0xF0) {
            c &= 0x07;
            length = 4;
        } else if (c >= 0xE0) {
            c &= 0x0F;
            length = 3;
        } else if (c >= 0xC0) {
            c &= 0x1F;
            length = 2;
        }
        for (int i = 1; i < length && p + i < end; ++i)
            c = (c << 6) | (p[i] & 0x3F);
        append(c, reinterpret_cast<const char*>(p), length);
        p += length;
    }
}

void IndexText::append(char32_t c, const char* bytes, int length) {
    const bool cjk = c >= 0x3040 && TextSearch::isCjk(c);
    if (cjk || m_lastCjk)
        m_text += ' ';
    m_text.append(bytes, size_t(length));
    m_lastCjk = cjk;
}

} // namespace Stride
