// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertainty/LatinHypercube.h"

namespace jieshui::core {

LatinHypercube::LatinHypercube(std::uint32_t draws, std::uint64_t seed)
    : m_draws(draws == 0 ? 1 : draws), m_mask(0), m_seed(seed) {
    std::uint32_t w = m_draws - 1;
    w |= w >> 1;
    w |= w >> 2;
    w |= w >> 4;
    w |= w >> 8;
    w |= w >> 16;
    m_mask = w;
}

std::uint32_t LatinHypercube::key(std::uint64_t seed, std::uint64_t index) {
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ULL * (index + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return static_cast<std::uint32_t>(z ^ (z >> 32));
}

std::uint32_t LatinHypercube::stratum(std::uint32_t draw, std::uint32_t input) const {
    // Kensler (2013), listing 3: every step is a bijection of the low k bits (odd multipliers, xor-shifts of
    // the masked value), so walking the cycle until the value falls below N permutes 0..N−1.
    const std::uint32_t p = key(m_seed, input);
    const std::uint32_t w = m_mask;
    std::uint32_t i = draw;
    do {
        i ^= p;
        i *= 0xe170893dU;
        i ^= p >> 16;
        i ^= (i & w) >> 4;
        i ^= p >> 8;
        i *= 0x0929eb3fU;
        i ^= p >> 23;
        i ^= (i & w) >> 1;
        i *= 1U | p >> 27;
        i *= 0x6935fa69U;
        i ^= (i & w) >> 11;
        i *= 0x74dcb303U;
        i ^= (i & w) >> 2;
        i *= 0x9e501cc3U;
        i ^= (i & w) >> 2;
        i *= 0xc860a3dfU;
        i &= w;
        i ^= i >> 5;
    } while (i >= m_draws);
    return static_cast<std::uint32_t>((static_cast<std::uint64_t>(i) + p) % m_draws);
}

} // namespace jieshui::core
