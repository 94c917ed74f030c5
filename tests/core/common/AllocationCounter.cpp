// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllocationCounter.h"

#include <cstdlib>
#include <new>

namespace {
thread_local bool counting = false;
thread_local long allocations = 0;
} // namespace

// The replacement of the global allocation functions for the whole core test binary: malloc and free, and a
// count for the thread that asked for one. Every form is replaced (arrays, nothrow, sized deletes), so that
// no block is allocated by one runtime and freed by the other (AddressSanitizer reports that as a mismatch:
// std::stable_sort's buffer comes from the nothrow form).
namespace {
void* counted(std::size_t size) noexcept {
    if (counting)
        ++allocations;
    return std::malloc(size == 0 ? 1 : size);
}
} // namespace

void* operator new(std::size_t size) {
    if (void* p = counted(size))
        return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t size) {
    if (void* p = counted(size))
        return p;
    throw std::bad_alloc();
}
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    return counted(size);
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
    return counted(size);
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete[](void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
    std::free(p);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
    std::free(p);
}
void operator delete[](void* p, const std::nothrow_t&) noexcept {
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
