// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace jieshui::core::test {

/**
 * Counts the heap allocations (operator new) that the calling thread makes between start() and stop(): the
 * core test binary replaces the global operator new for this (AllocationCounter.cpp).
 */
class AllocationCounter {
public:
    static void start();
    /** The allocations since start(); counting stops. */
    static long stop();
};

} // namespace jieshui::core::test
