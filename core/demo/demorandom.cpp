#include "demorandom.h"

namespace Stride {

namespace {

quint64 splitmix64(quint64& x) {
    quint64 z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

inline quint64 rotl(quint64 x, int k) {
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed) {
    for (quint64& s : m_s)
        s = splitmix64(seed);
}

quint64 DemoRandom::next() {
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double DemoRandom::normal() {
    const double sum = uniform() + uniform() + uniform() + uniform();
    return (sum - 2.0) * 1.7320508075688772; // variance of the sum is 4/12
}

std::size_t DemoRandom::weighted(const int* weights, std::size_t count) {
    int total = 0;
    for (std::size_t i = 0; i < count; ++i)
        total += weights[i];
    int r = int(below(quint32(total)));
    for (std::size_t i = 0; i < count; ++i) {
        if (r < weights[i])
            return i;
        r -= weights[i];
    }
    return count - 1;
}

namespace {

void formatUuid(char* out, quint64 hi, quint64 lo) {
    static const char hex[] = "0123456789abcdef";
    hi = (hi & ~0xF000ULL) | 0x4000ULL;                 // version 4
    lo = (lo & ~(0xC000ULL << 48)) | (0x8000ULL << 48); // RFC 4122 variant
    int o = 0;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            out[o++] = '-';
        const quint64 word = i < 16 ? hi : lo;
        out[o++] = hex[(word >> (60 - 4 * (i % 16))) & 0xF];
    }
}

} // namespace

void DemoRandom::uuid(char* out) {
    const quint64 hi = next();
    formatUuid(out, hi, next());
}

void DemoRandom::uuid(char* out, quint64& sequence) {
    const quint64 hi = next();
    sequence = (sequence + 1 + (hi >> 52)) & 0xFFFFFFFFFFFFULL;
    formatUuid(out, (sequence << 16) | (hi & 0xFFFFULL), next());
}

} // namespace Stride
