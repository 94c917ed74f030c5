// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace jieshui::core {

/**
 * A Latin hypercube design of N draws over any number of inputs, reproducible from a seed and read in any
 * order: in draw i, input d sits in stratum π_d(i) of its N equally likely strata, at the stratum's middle
 * probability (π_d(i) + ½)/N. Each π_d is a pseudo-random permutation of 0..N−1 keyed by (seed, d), so every
 * input takes each of its N strata exactly once (the marginals are sampled evenly, which is what makes a Latin
 * hypercube converge faster than plain random draws), while the pairing of strata across inputs is random.
 *
 * Nothing is stored: π_d(i) is computed on demand (Kensler's hash-based permutation with cycle walking,
 * "Correlated Multi-Jittered Sampling", Pixar Technical Memo 13-01, 2013), so the design of a draw does not
 * depend on which thread computes it or in what order — the same seed gives the same numbers on one thread
 * or many. Const and stateless after construction: share it between threads.
 */
class LatinHypercube {
public:
    LatinHypercube(std::uint32_t draws, std::uint64_t seed);

    std::uint32_t draws() const { return m_draws; }
    std::uint64_t seed() const { return m_seed; }

    /** π_input(draw): the stratum (0..draws−1) of @p input in @p draw. */
    std::uint32_t stratum(std::uint32_t draw, std::uint32_t input) const;
    /** The probability of @p input in @p draw: (stratum + ½) / draws, in (0, 1). */
    double probability(std::uint32_t draw, std::uint32_t input) const {
        return (static_cast<double>(stratum(draw, input)) + 0.5) / static_cast<double>(m_draws);
    }

    /** A 32-bit key from a seed and an index (SplitMix64 finaliser), e.g. the permutation key of an input. */
    static std::uint32_t key(std::uint64_t seed, std::uint64_t index);

private:
    std::uint32_t m_draws;
    std::uint32_t m_mask; // the smallest 2^k − 1 ≥ draws − 1
    std::uint64_t m_seed;
};

} // namespace jieshui::core
