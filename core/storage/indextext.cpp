#include "indextext.h"

#include <cstring>

namespace Stride {

void IndexText::clear() {
    m_text.clear();
    m_any = false;
}

void IndexText::add(const char* utf8) {
    if (utf8)
        add(utf8, int(std::strlen(utf8)));
}

void IndexText::add(const char* utf8, int bytes) {
    if (m_any)
        m_text += ' ';
    m_any = true;
    m_text.append(utf8, size_t(bytes));
}

} // namespace Stride
