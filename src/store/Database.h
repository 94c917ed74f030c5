// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <functional>
#include <string>
#include <thread>

struct sqlite3;

namespace jieshui::store {

/** How a Database is opened. */
enum class OpenMode {
    ReadOnly,  ///< never writes; other programs may read at the same time
    ReadWrite, ///< holds an exclusive lock while open, so a second instance is refused
    Create     ///< creates the file (must not exist), then as ReadWrite
};

/**
 * One SQLite connection (RAII, move-only; after PROJ's SQLiteHandle). Every statement runs through
 * Statement with bound parameters; exec() is for fixed SQL text only, never for user values.
 */
class Database {
public:
    /** Opens @p path (UTF-8). Locked, not-a-database and read-only cases are distinct StoreError messages. */
    static core::Result<Database> open(const std::string& path, OpenMode mode);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    /** Runs fixed SQL text (one or more statements without parameters). */
    core::Status exec(const char* sql);

    /** True if a table (or view) of that name exists. */
    bool hasTable(const std::string& name);

    sqlite3* handle() const { return m_db; }
    const std::string& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

    /** The last SQLite error message of this connection. */
    std::string lastError() const;

    /** A StoreError naming what failed (@p what) and SQLite's message for result code @p rc. */
    core::Error error(const std::string& what, int rc) const;

    /**
     * The one way a read-write project file changes (docs/project-file.md, "Saving"): the file is copied
     * (SQLite backup) to a hidden sibling `.NAME.saving-PID`, @p write runs on the copy in one transaction,
     * the copy is synced and renamed over the file (atomic), and this connection moves to the new file,
     * keeping the exclusive lock across the rename. The file itself is never written in place, so at
     * every moment — a full disk, an I/O error, kill -9, power loss — the file alone is either the complete
     * old or the complete new state, and a failed save leaves it byte for byte as it was with nothing
     * beside it. Errors of the disk are IoError ("nothing was saved").
     */
    core::Status replaceAtomically(const std::function<core::Status(Database&)>& write);

    /** Removes hidden `.NAME.saving-*` copies that a killed save left next to @p path (call under the lock).
     */
    static void removeStaleCopies(const std::string& path);

private:
    Database(sqlite3* db, std::string path, bool readOnly);
    void close();

    sqlite3* m_db = nullptr;
    std::string m_path;
    bool m_readOnly = false;
    /// The fsync of the folder after the last rename (durability against power loss, never atomicity): it
    /// runs while the caller goes on and is joined before the next rename and on close.
    std::thread m_folderSync;
};

} // namespace jieshui::store
