// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/LoadReport.h"

namespace jieshui::core {

void LoadReport::add(Error error) {
    ++m_total;
    if (m_errors.size() < maxErrors)
        m_errors.push_back(std::move(error));
}

void LoadReport::merge(const LoadReport& other) {
    for (const Error& e : other.m_errors)
        add(e);
    // Errors the other report only counted stay counted.
    m_total += other.m_total - other.m_errors.size();
}

void LoadReport::clear() {
    m_errors.clear();
    m_total = 0;
}

std::vector<std::string> LoadReport::lines() const {
    std::vector<std::string> out;
    out.reserve(m_errors.size() + 1);
    for (const Error& e : m_errors)
        out.push_back(e.toString());
    if (isTruncated())
        out.push_back("... and " + std::to_string(m_total - m_errors.size()) + " more errors not listed");
    return out;
}

Error LoadReport::combined() const {
    if (m_errors.empty())
        return Error(ErrorCode::ParseError, "no error was recorded");
    if (m_total == 1)
        return m_errors.front();
    std::string message = std::to_string(m_total) + " errors; nothing was loaded:";
    for (const std::string& line : lines())
        message += "\n  " + line;
    return Error(m_errors.front().code(), std::move(message), {.file = m_errors.front().location().file});
}

} // namespace jieshui::core
