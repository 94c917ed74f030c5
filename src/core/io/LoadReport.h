// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <cstddef>
#include <string>
#include <vector>

namespace jieshui::core {

/**
 * The errors one load collected, each located (file, line, field, region, year). Loaders keep going
 * after an error so that a user sees every problem of a file at once, up to maxErrors.
 */
class LoadReport {
public:
    static constexpr std::size_t maxErrors = 100;

    /** Records an error; beyond maxErrors it only counts it. */
    void add(Error error);
    /** Appends the errors of @p other (for loads made of several files). */
    void merge(const LoadReport& other);
    void clear();

    bool hasErrors() const { return m_total > 0; }
    const std::vector<Error>& errors() const { return m_errors; }
    /** Number of errors found, including those beyond maxErrors that were not kept. */
    std::size_t totalCount() const { return m_total; }
    bool isTruncated() const { return m_total > m_errors.size(); }

    /** One line per kept error ("file:line: field 'x', region r, year y: message"), plus a truncation note.
     */
    std::vector<std::string> lines() const;

    /**
     * One Error standing for all: the error itself when there is one, otherwise an error with the code
     * and file of the first and a message listing every kept error on its own line.
     */
    Error combined() const;

private:
    std::vector<Error> m_errors;
    std::size_t m_total = 0;
};

} // namespace jieshui::core
