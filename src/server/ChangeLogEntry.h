// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <string>

namespace jieshui::server {

/** One row of a shared project's change log: who changed what, and when. */
struct ChangeLogEntry {
    long long id = 0;
    std::string time;      ///< UTC, "YYYY-MM-DD HH:MM:SS"
    std::string user;      ///< the database login that made the change
    std::string table;     ///< project table, e.g. "allocation_shares"
    std::string rowKey;    ///< the row's key, e.g. "QZ-CAP-2022 / 450702"
    std::string operation; ///< "insert", "update", "delete", or for bulk writes "push", "results"
    std::string changes;   ///< JSON: {column: [old, new]} for updates, the row for inserts and deletes

    /** What changed, in words (translated): "allocation share QZ-CAP-2022 / 450702: volume (m³) 4.6e+08 → …".
     */
    QString describe() const;
    /** The table as a user names it (translated), e.g. "allocation share". */
    static QString tableLabel(const std::string& table);
};

} // namespace jieshui::server
