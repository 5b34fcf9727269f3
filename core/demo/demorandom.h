#pragma once

#include <QtGlobal>

#include <cstddef>

namespace Stride {

// xoshiro256** seeded through splitmix64, with its own distributions: std:: distributions differ between
// standard libraries, and the demo data must be byte-identical for a seed on every platform. Only integer
// arithmetic and IEEE double + - * / are used (no libm), so results do not depend on the C library either.
class DemoRandom final {
public:
    explicit DemoRandom(quint64 seed);

    quint64 next();
    // 0 .. n-1 (n > 0), by multiply-shift: unbiased enough for demo data and branch-free.
    quint32 below(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }
    // lo .. hi inclusive.
    int range(int lo, int hi) { return lo + int(below(quint32(hi - lo + 1))); }
    // [0, 1)
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    // Approximately standard normal (Irwin–Hall of four uniforms, rescaled): bounded at ±3.46.
    double normal();
    // Index drawn with the given integer weights.
    std::size_t weighted(const int* weights, std::size_t count);
    template <typename T, std::size_t N> const T& pick(const T (&items)[N]) { return items[below(quint32(N))]; }

    // 36 characters of an RFC 4122 version-4 UUID (lowercase, with dashes), not terminated.
    void uuid(char* out);
    // The same, but the first 48 bits are `sequence`, first advanced by a random step of 1 to 4096: ids drawn
    // one after another sort in the order they were drawn, so B-tree indexes keyed by them append at the right
    // edge instead of splitting pages all over the file. The other 74 bits stay random.
    void uuid(char* out, quint64& sequence);

private:
    quint64 m_s[4];
};

} // namespace Stride
