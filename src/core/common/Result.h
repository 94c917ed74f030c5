// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <stdexcept>
#include <utility>
#include <variant>

namespace jieshui::core {

/** Thrown only when code reads the value of a failed Result: a programming error, not a user error. */
class BadResultAccess : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

/**
 * A value or an Error (C++20 stand-in for std::expected<T, Error>).
 * Construct from a T for success, from an Error for failure. No implicit bool, no default value.
 */
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool isOk() const { return std::holds_alternative<T>(m_data); }
    bool hasError() const { return !isOk(); }

    const T& value() const& {
        check();
        return std::get<T>(m_data);
    }
    T& value() & {
        check();
        return std::get<T>(m_data);
    }
    T&& value() && {
        check();
        return std::get<T>(std::move(m_data));
    }
    const Error& error() const {
        if (isOk())
            throw BadResultAccess("Result::error() called on a success");
        return std::get<Error>(m_data);
    }

private:
    void check() const {
        if (!isOk())
            throw BadResultAccess("Result::value() called on a failure: " + std::get<Error>(m_data).toString());
    }
    std::variant<T, Error> m_data;
};

/** Success without a value. */
struct Ok {};

/** Result of an operation that yields nothing but may fail. */
using Status = Result<Ok>;

inline Status okStatus() { return Status(Ok{}); }

} // namespace jieshui::core
