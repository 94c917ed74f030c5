// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Error.h"

namespace jieshui::core {

Error Error::locatedIn(const ErrorLocation& outer) const {
    Error copy = *this;
    ErrorLocation& loc = copy.m_location;
    if (loc.file.empty())
        loc.file = outer.file;
    if (loc.line == 0)
        loc.line = outer.line;
    if (loc.field.empty())
        loc.field = outer.field;
    if (loc.region.empty())
        loc.region = outer.region;
    if (loc.year == 0)
        loc.year = outer.year;
    return copy;
}

std::string Error::toString() const {
    std::string out;
    if (!m_location.file.empty()) {
        out += m_location.file;
        if (m_location.line > 0)
            out += ":" + std::to_string(m_location.line);
        out += ": ";
    } else if (m_location.line > 0) {
        out += "line " + std::to_string(m_location.line) + ": ";
    }
    std::string detail;
    auto add = [&detail](const std::string& part) {
        if (!detail.empty())
            detail += ", ";
        detail += part;
    };
    if (!m_location.field.empty())
        add("field '" + m_location.field + "'");
    if (!m_location.region.empty())
        add("region " + m_location.region);
    if (m_location.year != 0)
        add("year " + std::to_string(m_location.year));
    if (!detail.empty())
        out += detail + ": ";
    out += m_message;
    return out;
}

const char* errorCodeId(ErrorCode code) {
    switch (code) {
    case ErrorCode::ParseError:
        return "parse-error";
    case ErrorCode::UnknownUnit:
        return "unknown-unit";
    case ErrorCode::UnitMismatch:
        return "unit-mismatch";
    case ErrorCode::UnknownRegion:
        return "unknown-region";
    case ErrorCode::UnknownVariable:
        return "unknown-variable";
    case ErrorCode::UnknownIndicator:
        return "unknown-indicator";
    case ErrorCode::InvalidValue:
        return "invalid-value";
    case ErrorCode::DuplicateRow:
        return "duplicate-row";
    case ErrorCode::MissingData:
        return "missing-data";
    case ErrorCode::IndexChainGap:
        return "index-chain-gap";
    case ErrorCode::IoError:
        return "io-error";
    case ErrorCode::Cancelled:
        return "cancelled";
    case ErrorCode::StoreError:
        return "store-error";
    case ErrorCode::UnsupportedFormat:
        return "unsupported-format";
    case ErrorCode::NotAProject:
        return "not-a-project";
    case ErrorCode::Conflict:
        return "conflict";
    }
    return "error";
}

} // namespace jieshui::core
