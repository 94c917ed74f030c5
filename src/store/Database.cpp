// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace jieshui::store {

using core::Error;
using core::ErrorCode;

namespace {

std::string message(const char* text) {
    return QCoreApplication::translate("store", text).toStdString();
}

Error lockedError(const std::string& path) {
    return Error(
        ErrorCode::StoreError,
        message(QT_TRANSLATE_NOOP(
            "store",
            "the project is open in another program (or another Jieshui window); close it there first")),
        {.file = path});
}

Error damagedError(const std::string& path) {
    return Error(
        ErrorCode::UnsupportedFormat,
        message(QT_TRANSLATE_NOOP("store", "not a SQLite/GeoPackage file, or the file is truncated or damaged")),
        {.file = path});
}

// A file with no write permission bit is read-only for us even when running as root, who could write it.
bool hasWriteBit(const QString& path) {
    const auto p = QFile::permissions(path);
    // Not WriteUser: Qt computes it with access(), which is always true for root.
    return (p & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther)) != 0;
}

// The first bytes of every SQLite 3 database file.
constexpr char sqliteMagic[] = "SQLite format 3";

// True when the file starts like a SQLite database (or cannot be read, which SQLite then reports).
// SQLite takes a file shorter than its header for an empty database and would write one into it.
bool hasSqliteHeader(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return true;
    const QByteArray head = f.read(100);
    return head.size() == 100 && head.startsWith(QByteArray(sqliteMagic, sizeof sqliteMagic));
}

Error diskError(const std::string& path, int code) {
    if (code == SQLITE_FULL)
        return Error(ErrorCode::IoError,
                     message(QT_TRANSLATE_NOOP("store", "the disk is full; nothing was saved")),
                     {.file = path});
    return Error(
        ErrorCode::IoError,
        message(QT_TRANSLATE_NOOP(
            "store", "the file could not be written (disk or file system error); nothing was saved")),
        {.file = path});
}

// Syncs a folder, so that a rename in it survives a power loss.
void syncFolder(const QString& folder) {
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

QString shadowPrefix(const QFileInfo& info) {
    return QStringLiteral(".") + info.fileName() + QStringLiteral(".saving-");
}

} // namespace

core::Result<Database> Database::open(const std::string& path, OpenMode mode) {
    const QString qpath = QString::fromStdString(path);
    const QFileInfo info(qpath);
    if (mode == OpenMode::Create) {
        if (info.exists())
            return Error(ErrorCode::IoError, message(QT_TRANSLATE_NOOP("store", "the file already exists")),
                         {.file = path});
    } else {
        if (!info.exists())
            return Error(ErrorCode::IoError, message(QT_TRANSLATE_NOOP("store", "no such file")), {.file = path});
        if (!info.isFile())
            return Error(ErrorCode::IoError, message(QT_TRANSLATE_NOOP("store", "not a file")), {.file = path});
        if (info.size() == 0 || !hasSqliteHeader(qpath))
            return damagedError(path);
    }
    if (mode == OpenMode::ReadWrite) {
        if (!info.isWritable() || !hasWriteBit(qpath))
            return Error(ErrorCode::StoreError,
                         message(QT_TRANSLATE_NOOP("store", "the file is read-only; save it under another name")),
                         {.file = path});
        const QFileInfo dir(info.absolutePath());
        if (!dir.isWritable())
            return Error(ErrorCode::StoreError,
                         message(QT_TRANSLATE_NOOP(
                             "store", "the folder of the file is read-only, so saves cannot be made safely")),
                         {.file = path});
    }

    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    Database db(raw, path, mode == OpenMode::ReadOnly);
    if (rc != SQLITE_OK)
        return db.error(message(QT_TRANSLATE_NOOP("store", "cannot open the file")), rc);
    sqlite3_extended_result_codes(raw, 1);

    // Rollback journal (DELETE), not WAL: the project stays ONE file that can be mailed once closed, and
    // a hot journal left by a kill -9 is rolled back by the next open, restoring the last commit.
    // synchronous=FULL makes a commit durable against power loss too, not only against a crash.
    const char* setup = mode == OpenMode::ReadOnly
                            ? "PRAGMA query_only=1;"
                            : "PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL; PRAGMA foreign_keys=OFF;"
                              "PRAGMA locking_mode=EXCLUSIVE;";
    if (auto st = db.exec(setup); st.hasError()) {
        const int code = sqlite3_errcode(raw) & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return lockedError(path);
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
            return damagedError(path);
        return st.error();
    }
    if (mode != OpenMode::ReadOnly) {
        // Take the exclusive lock now and keep it (locking_mode=EXCLUSIVE): a second instance is refused
        // at once with a clear message instead of failing at its first save.
        const int lrc = sqlite3_exec(raw, "BEGIN EXCLUSIVE; COMMIT;", nullptr, nullptr, nullptr);
        if (lrc != SQLITE_OK) {
            const int code = lrc & 0xff;
            sqlite3_exec(raw, "ROLLBACK;", nullptr, nullptr, nullptr);
            if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
                return lockedError(path);
            if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
                return damagedError(path);
            if (code == SQLITE_READONLY)
                return Error(
                    ErrorCode::StoreError,
                    message(QT_TRANSLATE_NOOP("store", "the file is read-only; save it under another name")),
                    {.file = path});
            return db.error(message(QT_TRANSLATE_NOOP("store", "cannot lock the file")), lrc);
        }
        // A project file is never written in place (replaceAtomically); a Create connection builds a new
        // file that nobody else sees yet.
        if (mode == OpenMode::ReadWrite) {
            if (auto st = db.exec("PRAGMA query_only=1;"); st.hasError())
                return st.error();
        }
    } else {
        // A first read: refuses a locked or non-SQLite file here rather than at a later query.
        const int lrc = sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
        const int code = lrc & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return lockedError(path);
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
            return damagedError(path);
        if (lrc == SQLITE_READONLY_ROLLBACK) {
            // A save was interrupted (crash, kill -9): a read-only connection cannot roll the journal back.
            // A short read-write open does, restoring the last saved state; then read as asked.
            if (!info.isWritable() || !hasWriteBit(qpath))
                return Error(
                    ErrorCode::StoreError,
                    message(QT_TRANSLATE_NOOP(
                        "store",
                        "a save of this project was interrupted; open it once where it can be written "
                        "to restore the last saved state")),
                    {.file = path});
            {
                auto recovered = open(path, OpenMode::ReadWrite);
                if (recovered.hasError())
                    return recovered.error();
            }
            return open(path, OpenMode::ReadOnly);
        }
        if (lrc != SQLITE_OK)
            return db.error(message(QT_TRANSLATE_NOOP("store", "cannot read the file")), lrc);
    }
    return db;
}

Database::Database(sqlite3* db, std::string path, bool readOnly)
    : m_db(db), m_path(std::move(path)), m_readOnly(readOnly) {}

Database::Database(Database&& other) noexcept
    : m_db(other.m_db), m_path(std::move(other.m_path)), m_readOnly(other.m_readOnly),
      m_folderSync(std::move(other.m_folderSync)) {
    other.m_db = nullptr;
}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        m_readOnly = other.m_readOnly;
        m_folderSync = std::move(other.m_folderSync);
        other.m_db = nullptr;
    }
    return *this;
}

Database::~Database() {
    close();
}

void Database::close() {
    if (m_folderSync.joinable())
        m_folderSync.join();
    if (m_db != nullptr) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

core::Status Database::exec(const char* sql) {
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string text = message != nullptr ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        return Error(ErrorCode::StoreError, text, {.file = m_path});
    }
    return core::okStatus();
}

bool Database::hasTable(const std::string& name) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?1",
                           -1, &st, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_text(st, 1, name.data(), static_cast<int>(name.size()), SQLITE_TRANSIENT);
    const bool found = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    return found;
}

std::string Database::lastError() const {
    return m_db != nullptr ? sqlite3_errmsg(m_db) : "no connection";
}

core::Error Database::error(const std::string& what, int rc) const {
    const int code = rc & 0xff;
    if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
        return damagedError(m_path);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return lockedError(m_path);
    if (code == SQLITE_FULL)
        return Error(ErrorCode::IoError,
                     message(QT_TRANSLATE_NOOP("store", "the disk is full; nothing was saved")), {.file = m_path});
    std::string detail = m_db != nullptr ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    return Error(ErrorCode::StoreError, what + ": " + detail, {.file = m_path});
}

} // namespace jieshui::store

namespace jieshui::store {

void Database::removeStaleCopies(const std::string& path) {
    const QFileInfo info(QString::fromStdString(path));
    QDir dir = info.absoluteDir();
    const QString prefix = shadowPrefix(info);
    for (const QString& name : dir.entryList({prefix + QStringLiteral("*")}, QDir::Files | QDir::Hidden))
        if (name.startsWith(prefix))
            dir.remove(name);
}

core::Status Database::replaceAtomically(const std::function<core::Status(Database&)>& write) {
    if (m_readOnly || m_db == nullptr)
        return Error(ErrorCode::StoreError,
                     message(QT_TRANSLATE_NOOP("store", "the project is open read-only")), {.file = m_path});
    const QFileInfo info(QString::fromStdString(m_path));
    const QString folder = info.absolutePath();
    const std::string shadow =
        QFile::encodeName(folder + QStringLiteral("/") + shadowPrefix(info) + QString::number(::getpid()))
            .toStdString();
    ::unlink(shadow.c_str());

    sqlite3* raw = nullptr;
    const int orc = sqlite3_open_v2(
        shadow.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    Database next(raw, m_path, false);
    // Everything a failed save leaves is removed: the copy and (never made with a memory journal) its
    // journal.
    auto fail = [&](core::Error e) -> core::Status {
        next.close();
        ::unlink(shadow.c_str());
        ::unlink((shadow + "-journal").c_str());
        return e;
    };
    auto sqliteFailure = [&](int rc, const core::Error& other) -> core::Status {
        const int code = (next.m_db != nullptr ? sqlite3_extended_errcode(next.m_db) : rc) & 0xff;
        const int primary = rc & 0xff;
        for (int c : {primary, code})
            if (c == SQLITE_FULL || c == SQLITE_IOERR || c == SQLITE_CANTOPEN || c == SQLITE_READONLY ||
                c == SQLITE_PERM)
                return fail(diskError(m_path, c));
        return fail(other);
    };
    if (orc != SQLITE_OK)
        return sqliteFailure(orc, diskError(m_path, orc));
    sqlite3_extended_result_codes(raw, 1);
    // The copy is private until renamed: its journal may live in memory, and one sync at the end suffices.
    if (int rc =
            sqlite3_exec(raw,
                         "PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE;"
                         "PRAGMA foreign_keys=OFF;",
                         nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        return sqliteFailure(rc, next.error("cannot prepare the save", rc));

    sqlite3_backup* backup = sqlite3_backup_init(raw, "main", m_db, "main");
    if (backup == nullptr)
        return sqliteFailure(sqlite3_errcode(raw),
                             next.error("cannot copy the project", sqlite3_errcode(raw)));
    const int step = sqlite3_backup_step(backup, -1);
    const int finish = sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE || finish != SQLITE_OK) {
        const int rc = step != SQLITE_DONE ? step : finish;
        return sqliteFailure(rc, next.error("cannot copy the project", rc));
    }
    if (int rc = sqlite3_exec(raw, "PRAGMA synchronous=FULL; BEGIN IMMEDIATE;", nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        return sqliteFailure(rc, next.error("cannot start a transaction", rc));
    if (auto st = write(next); st.hasError()) {
        sqlite3_exec(raw, "ROLLBACK;", nullptr, nullptr, nullptr);
        return sqliteFailure(sqlite3_extended_errcode(raw), st.error());
    }
    // COMMIT writes and syncs the copy (synchronous=FULL); it keeps the exclusive lock (locking_mode).
    if (int rc = sqlite3_exec(raw, "COMMIT;", nullptr, nullptr, nullptr); rc != SQLITE_OK) {
        sqlite3_exec(raw, "ROLLBACK;", nullptr, nullptr, nullptr);
        return sqliteFailure(rc, next.error("cannot commit the save", rc));
    }
    // The new file keeps the old one's permissions (and owner, where we may set it).
    struct stat old {};
    if (::stat(QFile::encodeName(info.absoluteFilePath()).constData(), &old) == 0) {
        ::chmod(shadow.c_str(), old.st_mode & 07777);
        if (::chown(shadow.c_str(), old.st_uid, old.st_gid) != 0) {
            // Not the owner: the file becomes ours, as any editor's save would make it.
        }
    }
    if (m_folderSync.joinable())
        m_folderSync.join(); // the previous rename is durable before this one
    if (::rename(shadow.c_str(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0)
        return fail(diskError(m_path, SQLITE_IOERR));
    // This connection still reads the old (now unlinked) file: move to the copy's, which holds the lock on
    // the file now at m_path. It is never written again: the next change makes a new copy.
    sqlite3_exec(raw, "PRAGMA query_only=1;", nullptr, nullptr, nullptr);
    sqlite3_close_v2(m_db);
    m_db = next.m_db;
    next.m_db = nullptr;
    m_folderSync = std::thread([folder] { syncFolder(folder); });
    return core::okStatus();
}

} // namespace jieshui::store
