// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllocationCounter.h"

#include <cstdlib>
#include <new>

namespace {
thread_local bool counting = false;
thread_local long allocations = 0;
} // namespace

// The replacement of the global allocation functions for the whole core test binary: malloc and free, and a
// count for the thread that asked for one.
void* operator new(std::size_t size) {
    if (counting)
        ++allocations;
    if (void* p = std::malloc(size == 0 ? 1 : size))
        return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}

namespace jieshui::core::test {

void AllocationCounter::start() {
    allocations = 0;
    counting = true;
}

long AllocationCounter::stop() {
    counting = false;
    return allocations;
}

} // namespace jieshui::core::test
