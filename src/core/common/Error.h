// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace jieshui::core {

/** Kinds of recoverable error raised by the core, the loaders and the outer modules. */
enum class ErrorCode : std::uint8_t {
    ParseError,        ///< a field could not be read (not a number, bad CSV quoting, ...)
    UnknownUnit,       ///< a unit string not in the unit table
    UnitMismatch,      ///< a unit of the wrong dimension for the variable or indicator
    UnknownRegion,     ///< a region code not in the project
    UnknownVariable,   ///< a statistics variable not in the vocabulary
    UnknownIndicator,  ///< a plan-target indicator not known to the engine
    InvalidValue,      ///< negative volume, coefficient outside (0, 1], zero GDP, ...
    DuplicateRow,      ///< the same key twice in one input
    MissingData,       ///< a value the computation needs is absent (base year, ...)
    IndexChainGap,     ///< a price index chain with a missing year
    IoError,           ///< a file could not be read or written
    Cancelled,         ///< the user cancelled a long operation
    StoreError,        ///< the project file refused an operation
    UnsupportedFormat, ///< a file format, schema version or CRS the program cannot take
    NotAProject,       ///< a valid GeoPackage that is not a Jieshui project: offer its layers for import
    Conflict ///< a shared project changed by someone else since it was read: reload, then edit again
};

/**
 * Where an error is: every field is optional; the message names those that are set.
 * Lines are 1-based, counting the header line of a CSV file as line 1.
 */
struct ErrorLocation {
    std::string file;
    int line = 0;
    std::string field;
    std::string region;
    int year = 0;
};

/** A recoverable error with a message the user can act on, and its location. */
class Error {
public:
    Error(ErrorCode code, std::string message, ErrorLocation location = {})
        : m_code(code), m_message(std::move(message)), m_location(std::move(location)) {}

    ErrorCode code() const { return m_code; }
    const std::string& message() const { return m_message; }
    const ErrorLocation& location() const { return m_location; }

    /** Returns a copy with the location fields that are set in @p outer filled in where unset. */
    Error locatedIn(const ErrorLocation& outer) const;

    /** "file:line: field 'x', region 450702, year 2020: message" (English location words). */
    std::string toString() const;

private:
    ErrorCode m_code;
    std::string m_message;
    ErrorLocation m_location;
};

/** Stable identifier of an error code, e.g. "unit-mismatch", for machine-readable reports. */
const char* errorCodeId(ErrorCode code);

} // namespace jieshui::core
