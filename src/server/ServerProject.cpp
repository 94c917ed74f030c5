// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerProject.h"

#include "PgTransaction.h"
#include "ServerRows.h"
#include "ServerSchema.h"
#include "store/ProjectSchema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <set>

namespace jieshui::server {

using core::Error;
using core::ErrorCode;

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

std::string nowUtc() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
}

// Metadata every writer stamps (times, counters, versions): kept up to date without conflicts.
bool isVolatileMetadata(const std::string& key) {
    static const std::set<std::string> keys{"last_saved", "save_counter",        "last_evaluated",
                                            "created",    "application_version", "schema_version"};
    return keys.count(key) != 0;
}

std::string withoutOccurrence(const std::string& key) {
    const auto hash = key.rfind(" #");
    return hash == std::string::npos ? key : key.substr(0, hash);
}

/** Rows of one table to delete, update and insert to go from @p base to @p next. */
struct TableDiff {
    const TableImage* base = nullptr;
    const TableImage* next = nullptr;
    std::vector<std::pair<std::string, std::size_t>> deletes;               // key, base row
    std::vector<std::tuple<std::string, std::size_t, std::size_t>> updates; // key, base row, next row
    std::vector<std::pair<std::string, std::size_t>> inserts;               // key, next row
};

TableDiff diff(const TableImage* base, const TableImage* next) {
    TableDiff d{base, next, {}, {}, {}};
    std::map<std::string, std::size_t> before;
    if (base != nullptr) {
        const auto keys = base->rowKeys();
        for (std::size_t i = 0; i < keys.size(); ++i)
            before.emplace(keys[i], i);
    }
    std::set<std::string> seen;
    const auto skip = [](const TableImage* t, std::size_t row) {
        if (t->name != "jieshui_metadata" || t->keyColumns.empty())
            return false;
        return isVolatileMetadata(keyText(t->rows[row][static_cast<std::size_t>(t->keyColumns.front())]));
    };
    if (next != nullptr) {
        const auto keys = next->rowKeys();
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (skip(next, i))
                continue;
            seen.insert(keys[i]);
            auto it = before.find(keys[i]);
            if (it == before.end())
                d.inserts.emplace_back(keys[i], i);
            else if (base->rows[it->second] != next->rows[i])
                d.updates.emplace_back(keys[i], it->second, i);
        }
    }
    for (const auto& [key, row] : before)
        if (seen.count(key) == 0 && !skip(base, row))
            d.deletes.emplace_back(key, row);
    return d;
}

} // namespace

core::Result<std::unique_ptr<ServerProject>> ServerProject::open(const ServerAddress& address,
                                                                 store::OpenMode mode) {
    auto connected = PgConnection::connect(address);
    if (connected.hasError())
        return connected.error();
    PgConnection conn = std::move(connected).value();
    auto exists = ServerSchema::exists(conn, address.schema());
    if (exists.hasError())
        return exists.error();
    if (!exists.value())
        return Error(
            ErrorCode::IoError,
            QCoreApplication::translate(
                "server", "there is no project \"%1\" in this database (upload one with jieshui-cli push)")
                .arg(q(address.schema()))
                .toStdString(),
            {.file = address.display()});
    auto postgis = ServerSchema::postgisSchema(conn, false);
    if (postgis.hasError())
        return postgis.error();
    auto facts =
        conn.exec("SELECT (SELECT value FROM " + conn.qualified(address.schema(), "jieshui_metadata") +
                      " WHERE key = 'schema_version'), has_table_privilege($1, 'UPDATE')",
                  {PgParam::text(conn.qualified(address.schema(), "regions"))});
    if (facts.hasError())
        return facts.error();
    const std::string versionText = facts.value().text(0, 0);
    const int version = std::atoi(versionText.c_str());
    if (version <= 0)
        return Error(ErrorCode::UnsupportedFormat,
                     QCoreApplication::translate("server", "the project has no schema version; it is damaged")
                         .toStdString(),
                     {.file = address.display()});
    if (version > store::ProjectSchema::currentVersion)
        return Error(ErrorCode::UnsupportedFormat,
                     QCoreApplication::translate(
                         "server", "made by a newer Jieshui (schema %1 > %2); update Jieshui to open it")
                         .arg(version)
                         .arg(store::ProjectSchema::currentVersion)
                         .toStdString(),
                     {.file = address.display()});
    const bool mayWrite = facts.value().text(0, 1) == "t";
    if (mode != store::OpenMode::ReadOnly && !mayWrite)
        return Error(
            ErrorCode::StoreError,
            QCoreApplication::translate(
                "server", "your login %1 may only read this project; ask its owner for the editor role")
                .arg(q(conn.user()))
                .toStdString(),
            {.file = address.display()});
    const bool readOnly = mode == store::OpenMode::ReadOnly || !mayWrite;
    return std::unique_ptr<ServerProject>(
        new ServerProject(std::move(conn), address, std::move(postgis).value(), version, readOnly));
}

core::Error ServerProject::readOnlyError() const {
    return Error(ErrorCode::StoreError,
                 QCoreApplication::translate("server", "the project is open read-only").toStdString(),
                 {.file = m_address.display()});
}

core::Result<ProjectImage> ServerProject::readServer(VersionMap& versions) {
    const std::string schema = m_address.schema();
    auto serverTables = ServerSchema::tables(m_conn, schema);
    if (serverTables.hasError())
        return serverTables.error();
    auto versionRow =
        m_conn.exec("SELECT value FROM " + table("jieshui_metadata") + " WHERE key = 'schema_version'");
    if (versionRow.hasError())
        return versionRow.error();
    const int version =
        versionRow.value().rowCount() > 0 ? std::atoi(versionRow.value().text(0, 0).c_str()) : 0;
    if (version <= 0 || version > store::ProjectSchema::currentVersion)
        return Error(
            ErrorCode::UnsupportedFormat,
            QCoreApplication::translate(
                "server", "the project's schema version %1 cannot be read by this version of Jieshui")
                .arg(version)
                .toStdString(),
            {.file = m_address.display()});
    auto shape = ProjectImage::emptySchema(version);
    if (shape.hasError())
        return shape.error();

    ProjectImage image;
    image.schemaVersion = version;
    ServerRows sql(m_conn, m_postgis);
    for (const ServerTable& serverTable : serverTables.value()) {
        TableImage t;
        if (const TableImage* known = shape.value().table(serverTable.name)) {
            t = *known;
            // Only the columns the server has (an older project lacks later ones).
            std::erase_if(t.columns, [&](const ImageColumn& c) {
                return std::none_of(serverTable.columns.begin(), serverTable.columns.end(),
                                    [&](const ImageColumn& s) { return s.name == c.name; });
            });
            t.chooseKey();
        } else if (serverTable.isLayer()) {
            t.name = serverTable.name;
            t.isLayer = true;
            t.geometryType = serverTable.geometryType;
            t.srid = serverTable.srid;
            t.columns = serverTable.columns;
        } else {
            // Not a table of this schema version (QGIS's layer_styles, a later version's table): read as it
            // is, so that a pull carries it; the project reader leaves it alone.
            t.name = serverTable.name;
            t.columns = serverTable.columns;
            t.chooseKey();
        }
        if (!isPlainIdentifier(t.name))
            continue;
        std::vector<long long> rowVersions;
        if (auto st = sql.readAll(table(t.name), t, rowVersions); st.hasError())
            return st.error();
        auto& tableVersions = versions[t.name];
        const auto keys = t.rowKeys();
        for (std::size_t i = 0; i < keys.size(); ++i)
            tableVersions[keys[i]] = RowVersion{t.fids[i], rowVersions[i]};
        image.tables.push_back(std::move(t));
    }
    return image;
}

core::Result<store::ProjectData> ServerProject::load() {
    return load(nullptr);
}

core::Result<store::ProjectData> ServerProject::load(ProjectImage* raw) {
    VersionMap versions;
    ProjectImage image;
    {
        // One snapshot of every table: a save by someone else is seen whole or not at all.
        auto tx = PgTransaction::begin(m_conn, "ISOLATION LEVEL REPEATABLE READ READ ONLY");
        if (tx.hasError())
            return tx.error();
        auto read = readServer(versions);
        if (read.hasError())
            return read.error();
        image = std::move(read).value();
        if (auto st = tx.value().commit(); st.hasError())
            return st.error();
    }
    auto data = image.toProject();
    if (data.hasError())
        return data.error().locatedIn({.file = m_address.display()});
    // What was read, as the writer would write it: the base that save() compares the next project with.
    auto base = ProjectImage::fromProject(data.value());
    if (base.hasError())
        return base.error();
    m_schemaVersion = image.schemaVersion;
    m_base = std::move(base).value();
    m_versions = std::move(versions);
    m_loaded = true;
    if (raw != nullptr)
        *raw = std::move(image);
    return data;
}

core::Error ServerProject::conflict(const std::string& tableName, const std::string& key, long long fid,
                                    const char* kind) {
    // Who changed the row: the newest log entry for it, else the row's own stamp.
    QString who = QCoreApplication::translate("server", "someone");
    QString when;
    QString how;
    auto logged = m_conn.exec("SELECT user_name, to_char(changed_at, 'YYYY-MM-DD HH24:MI:SS'), operation, "
                              "changes::text FROM " +
                                  table(ServerSchema::changeLogTable) +
                                  " WHERE table_name = $1 AND row_key = $2 ORDER BY id DESC LIMIT 1",
                              {PgParam::text(tableName), PgParam::text(withoutOccurrence(key))});
    if (logged.isOk() && logged.value().rowCount() > 0) {
        const PgResult& r = logged.value();
        ChangeLogEntry entry{
            0, r.text(0, 1), r.text(0, 0), tableName, withoutOccurrence(key), r.text(0, 2), r.text(0, 3)};
        who = q(entry.user);
        when = q(entry.time);
        how = entry.describe();
    } else if (fid > 0 && isPlainIdentifier(tableName)) {
        auto stamp = m_conn.exec("SELECT changed_by, to_char(changed_at, 'YYYY-MM-DD HH24:MI:SS') FROM " +
                                     table(tableName) + " WHERE fid = $1",
                                 {PgParam::integer(fid)});
        if (stamp.isOk() && stamp.value().rowCount() > 0) {
            who = q(stamp.value().text(0, 0));
            when = q(stamp.value().text(0, 1));
        }
    }
    const QString row =
        QStringLiteral("%1 %2").arg(ChangeLogEntry::tableLabel(tableName), q(withoutOccurrence(key)));
    QString message =
        QCoreApplication::translate("server", "not saved: %1 was %2 by %3%4 after you opened the project")
            .arg(row, QCoreApplication::translate("server", kind), who,
                 when.isEmpty() ? QString() : QCoreApplication::translate("server", " at %1 UTC").arg(when));
    if (!how.isEmpty())
        message += QStringLiteral(" (%1)").arg(how);
    message += QCoreApplication::translate("server",
                                           ". Reload the project to see that change, then make yours again.");
    return Error(ErrorCode::Conflict, message.toStdString(), {.file = m_address.display()});
}

core::Status ServerProject::save(const store::ProjectData& data) {
    if (m_readOnly)
        return readOnlyError();
    if (!m_loaded)
        if (auto loaded = load(); loaded.hasError())
            return loaded.error();
    auto built = ProjectImage::fromProject(data);
    if (built.hasError())
        return built.error();
    const ProjectImage& next = built.value();
    const std::string schema = m_address.schema();
    ServerRows sql(m_conn, m_postgis);
    VersionMap versions = m_versions;

    auto tx = PgTransaction::begin(m_conn);
    if (tx.hasError())
        return tx.error();
    // A row locked by someone else's unfinished save: wait a little, then say so instead of hanging.
    if (auto st = m_conn.run("SET LOCAL lock_timeout = '15s'"); st.hasError())
        return st;
    auto serverTables = ServerSchema::tables(m_conn, schema);
    if (serverTables.hasError())
        return serverTables.error();

    // The tables: new layers are created, tables of an older schema get the new columns.
    for (const TableImage& t : next.tables) {
        auto it = std::find_if(serverTables.value().begin(), serverTables.value().end(),
                               [&](const ServerTable& s) { return s.name == t.name; });
        core::Status st = it == serverTables.value().end()
                              ? ServerSchema::createTable(m_conn, schema, m_postgis, t)
                              : ServerSchema::addMissingColumns(m_conn, schema, m_postgis, t, *it);
        if (st.hasError()) {
            if (it == serverTables.value().end() && t.isLayer) {
                tx.value().rollback(); // the conflict is explained outside the failed transaction
                return conflict("jieshui_layers", t.name, 0, QT_TRANSLATE_NOOP("server", "added"));
            }
            return st;
        }
    }

    std::vector<std::string> names;
    for (const TableImage& t : m_base.tables)
        names.push_back(t.name);
    for (const TableImage& t : next.tables)
        if (std::find(names.begin(), names.end(), t.name) == names.end())
            names.push_back(t.name);
    std::vector<TableDiff> diffs;
    for (const std::string& name : names)
        if (name != "results")
            diffs.push_back(diff(m_base.table(name), next.table(name)));

    const auto fail = [&](const std::string& tableName, const std::string& key, long long fid,
                          const char* kind) {
        tx.value().rollback();
        return conflict(tableName, key, fid, kind);
    };
    // Deletes first, then updates, then inserts, so that a key that moves between rows never collides.
    for (const TableDiff& d : diffs) {
        if (d.base == nullptr)
            continue;
        const std::string& name = d.base->name;
        for (const auto& [key, row] : d.deletes) {
            auto known = versions[name].find(key);
            if (known == versions[name].end())
                continue; // never on the server (added and removed by others meanwhile)
            auto done =
                m_conn.exec("DELETE FROM " + table(name) + " WHERE fid = $1 AND row_version = $2",
                            {PgParam::integer(known->second.fid), PgParam::integer(known->second.version)});
            if (done.hasError())
                return done.error();
            if (done.value().affectedRows() == 0)
                return fail(name, key, known->second.fid, QT_TRANSLATE_NOOP("server", "changed or removed"));
            versions[name].erase(known);
        }
    }
    for (const TableDiff& d : diffs) {
        if (d.base == nullptr || d.next == nullptr)
            continue;
        const TableImage& t = *d.next;
        for (const auto& [key, baseRow, nextRow] : d.updates) {
            auto known = versions[t.name].find(key);
            if (known == versions[t.name].end())
                return fail(t.name, key, 0, QT_TRANSLATE_NOOP("server", "removed"));
            std::string assignments;
            std::vector<PgParam> params;
            for (std::size_t c = 0; c < t.columns.size(); ++c) {
                if (d.base->rows[baseRow][c] == t.rows[nextRow][c])
                    continue;
                params.push_back(ServerRows::param(t.rows[nextRow][c]));
                if (!assignments.empty())
                    assignments += ", ";
                assignments += m_conn.quoteIdentifier(t.columns[c].name) + " = " +
                               sql.placeholder(t, t.columns[c], static_cast<int>(params.size()));
            }
            params.push_back(PgParam::integer(known->second.fid));
            params.push_back(PgParam::integer(known->second.version));
            const std::string n = std::to_string(params.size());
            auto done = m_conn.exec("UPDATE " + table(t.name) + " SET " + assignments + " WHERE fid = $" +
                                        std::to_string(params.size() - 1) + " AND row_version = $" + n +
                                        " RETURNING row_version",
                                    params);
            if (done.hasError())
                return done.error();
            if (done.value().rowCount() == 0)
                return fail(t.name, key, known->second.fid,
                            QT_TRANSLATE_NOOP("server", "changed or removed"));
            known->second.version = done.value().integer(0, 0);
        }
    }
    for (const TableDiff& d : diffs) {
        if (d.next == nullptr)
            continue;
        const TableImage& t = *d.next;
        const std::string statement = sql.insertStatement(table(t.name), t, t.isLayer);
        for (const auto& [key, row] : d.inserts) {
            std::vector<PgParam> params;
            if (t.isLayer)
                params.push_back(PgParam::integer(t.fids[row]));
            for (const ImageValue& v : t.rows[row])
                params.push_back(ServerRows::param(v));
            PgResult done = m_conn.execRaw(statement, params);
            if (done.sqlState() == "23505") // unique_violation: someone else added the same row
                return fail(t.name, key, 0, QT_TRANSLATE_NOOP("server", "added"));
            if (!done.isOk())
                return m_conn.error(QCoreApplication::translate("server", "cannot save").toStdString(), done);
            versions[t.name][key] = RowVersion{done.integer(0, 0), done.integer(0, 1)};
        }
    }
    // Layers removed: their rows were deleted above (each checked); now the empty table goes.
    for (const TableDiff& d : diffs)
        if (d.next == nullptr && d.base != nullptr && d.base->isLayer) {
            if (auto st = m_conn.run("DROP TABLE " + table(d.base->name)); st.hasError())
                return st;
            versions.erase(d.base->name);
        }

    // Results are derived from the rest: replaced as a whole when they differ, never a conflict.
    const TableImage* baseResults = m_base.table("results");
    const TableImage* nextResults = next.table("results");
    if (nextResults != nullptr && (baseResults == nullptr || baseResults->rows != nextResults->rows))
        if (auto st = replaceResults(*nextResults, {}, std::string()); st.hasError())
            return st;

    // Stamps, last: unlogged upserts.
    if (auto st = m_conn.run("SET LOCAL jieshui.bulk = 'on'"); st.hasError())
        return st;
    const std::string metadataTable = table("jieshui_metadata");
    const std::string upsert =
        "INSERT INTO " + metadataTable +
        " (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
    for (const auto& [key, value] :
         {std::pair<std::string, std::string>{"last_saved", nowUtc()},
          {"application_version", JIESHUI_VERSION},
          {"schema_version", std::to_string(store::ProjectSchema::currentVersion)}})
        if (auto st = m_conn.run(upsert, {PgParam::text(key), PgParam::text(value)}); st.hasError())
            return st;
    if (auto st =
            m_conn.run("INSERT INTO " + metadataTable +
                       " (key, value) VALUES ('save_counter', '1') ON CONFLICT (key) DO UPDATE SET value = "
                       "CASE WHEN " +
                       metadataTable + ".value ~ '^[0-9]{1,15}$' THEN (" + metadataTable +
                       ".value::bigint + 1)::text ELSE '1' END");
        st.hasError())
        return st;
    if (auto st = tx.value().commit(); st.hasError())
        return st;
    m_base = std::move(built).value();
    m_versions = std::move(versions);
    m_schemaVersion = store::ProjectSchema::currentVersion;
    return core::okStatus();
}

core::Status ServerProject::replaceResults(const TableImage& rows, const std::vector<std::string>& scenarios,
                                           const std::string& note) {
    // Bulk: the rows are not logged one by one; one summary line says what happened.
    if (auto st = m_conn.run("SET LOCAL jieshui.bulk = 'on'"); st.hasError())
        return st;
    const std::string results = table("results");
    for (const std::string& scenario :
         scenarios.empty() ? std::vector<std::string>{std::string()} : scenarios) {
        auto st = scenario.empty() ? m_conn.run("DELETE FROM " + results)
                                   : m_conn.run("DELETE FROM " + results + " WHERE scenario = $1",
                                                {PgParam::text(scenario)});
        if (st.hasError())
            return st;
    }
    ServerRows sql(m_conn, m_postgis);
    const std::string insert = sql.insertStatement(results, rows, false);
    for (const ImageRow& row : rows.rows) {
        std::vector<PgParam> params;
        params.reserve(row.size());
        for (const ImageValue& v : row)
            params.push_back(ServerRows::param(v));
        if (auto st = m_conn.run(insert, params); st.hasError())
            return st;
    }
    QJsonObject counts{{QStringLiteral("rows"), static_cast<qint64>(rows.rows.size())}};
    return m_conn.run("SELECT " + m_conn.qualified(m_address.schema(), "jieshui_note") +
                          "($1, $2, $3, $4::jsonb)",
                      {PgParam::text("results"), PgParam::text(note), PgParam::text("results"),
                       PgParam::text(QJsonDocument(counts).toJson(QJsonDocument::Compact).toStdString())});
}

core::Status ServerProject::writeResults(const std::string& scenario,
                                         const std::vector<store::ResultRow>& rows) {
    if (m_readOnly)
        return readOnlyError();
    if (scenario.empty())
        return Error(ErrorCode::StoreError, "results need a scenario name", {.file = m_address.display()});
    store::ProjectData only;
    only.results = rows;
    for (auto& r : only.results)
        r.scenario = scenario;
    auto image = ProjectImage::fromProject(only);
    if (image.hasError())
        return image.error();
    const TableImage* results = image.value().table("results");
    auto tx = PgTransaction::begin(m_conn);
    if (tx.hasError())
        return tx.error();
    if (auto st = replaceResults(*results, {scenario}, scenario); st.hasError())
        return st;
    if (auto st =
            m_conn.run("INSERT INTO " + table("jieshui_metadata") +
                           " (key, value) VALUES ('last_evaluated', $1) ON CONFLICT (key) DO UPDATE SET "
                           "value = excluded.value",
                       {PgParam::text(nowUtc())});
        st.hasError())
        return st;
    if (auto st = tx.value().commit(); st.hasError())
        return st;
    // The base stays as loaded: a later save of the loaded project, whose results are the old ones, then
    // sees no change of results and leaves the new ones alone.
    return core::okStatus();
}

core::Status
ServerProject::writeResults(const std::map<std::string, std::vector<core::Verdict>>& byScenario) {
    if (m_readOnly)
        return readOnlyError();
    const std::string now = nowUtc();
    for (const auto& [scenario, verdicts] : byScenario) {
        auto rows = store::ProjectFile::toResultRows(verdicts, now);
        if (auto st = writeResults(scenario, rows); st.hasError())
            return st;
    }
    return core::okStatus();
}

core::Result<std::vector<store::ResultRow>> ServerProject::results(const std::string& scenario) {
    auto shape = ProjectImage::emptySchema(m_schemaVersion);
    if (shape.hasError())
        return shape.error();
    const TableImage* known = shape.value().table("results");
    if (known == nullptr)
        return std::vector<store::ResultRow>{};
    TableImage t = *known;
    ServerRows sql(m_conn, m_postgis);
    std::vector<long long> versions;
    if (auto st = sql.readAll(table("results"), t, versions, "($1 = '' OR scenario = $1)",
                              {PgParam::text(scenario)});
        st.hasError())
        return st.error();
    ProjectImage image;
    image.schemaVersion = m_schemaVersion;
    image.tables.push_back(std::move(t));
    return image.toResults(scenario);
}

std::string ServerProject::metadata(const std::string& key) {
    auto row = m_conn.exec("SELECT value FROM " + table("jieshui_metadata") + " WHERE key = $1",
                           {PgParam::text(key)});
    if (row.hasError() || row.value().rowCount() == 0)
        return {};
    return row.value().text(0, 0);
}

core::Result<store::ProjectSummary> ServerProject::summary() {
    store::ProjectSummary s;
    s.name = metadata("name_zh");
    s.nameEn = metadata("name_en");
    s.schemaVersion = m_schemaVersion;
    s.applicationVersion = metadata("application_version");
    s.lastEvaluated = metadata("last_evaluated");
    s.lastSaved = metadata("last_saved");
    auto kinds =
        m_conn.exec("SELECT kind, count(*) FROM " + table("regions") + " GROUP BY kind ORDER BY kind");
    if (kinds.hasError())
        return kinds.error();
    for (int i = 0; i < kinds.value().rowCount(); ++i)
        s.regionsByKind[kinds.value().text(i, 0)] = static_cast<int>(kinds.value().integer(i, 1));
    auto counts = m_conn.exec(
        "SELECT (SELECT count(*) FROM " + table("statistics") + "), (SELECT coalesce(min(year), 0) FROM " +
        table("statistics") + "), (SELECT coalesce(max(year), 0) FROM " + table("statistics") +
        "), (SELECT count(*) FROM " + table("plan_targets") + "), (SELECT count(*) FROM " +
        table("key_tasks") + "), (SELECT count(*) FROM " + table("results") + ")");
    if (counts.hasError())
        return counts.error();
    const PgResult& c = counts.value();
    s.statisticCount = static_cast<int>(c.integer(0, 0));
    s.firstYear = static_cast<int>(c.integer(0, 1));
    s.lastYear = static_cast<int>(c.integer(0, 2));
    s.targetCount = static_cast<int>(c.integer(0, 3));
    s.taskCount = static_cast<int>(c.integer(0, 4));
    s.resultCount = static_cast<int>(c.integer(0, 5));
    auto scenarios = m_conn.exec("SELECT name FROM " + table("scenarios") + " ORDER BY fid");
    if (scenarios.hasError())
        return scenarios.error();
    for (int i = 0; i < scenarios.value().rowCount(); ++i)
        s.scenarios.push_back(scenarios.value().text(i, 0));
    auto layers = m_conn.exec("SELECT table_name, name, role, crs FROM " + table("jieshui_layers") +
                              " ORDER BY position");
    if (layers.hasError())
        return layers.error();
    for (int i = 0; i < layers.value().rowCount(); ++i) {
        store::ProjectSummary::Layer layer{.table = layers.value().text(i, 0),
                                           .name = layers.value().text(i, 1),
                                           .role = layers.value().text(i, 2),
                                           .crs = layers.value().text(i, 3)};
        if (!isPlainIdentifier(layer.table))
            return Error(ErrorCode::StoreError, "unexpected layer table name in jieshui_layers");
        auto count = m_conn.exec("SELECT count(*) FROM " + table(layer.table));
        if (count.hasError())
            return count.error();
        layer.featureCount = static_cast<int>(count.value().integer(0, 0));
        s.layers.push_back(std::move(layer));
    }
    return s;
}

core::Result<std::vector<ChangeLogEntry>> ServerProject::changeLog(int limit) {
    auto rows = m_conn.exec(
        "SELECT id, to_char(changed_at, 'YYYY-MM-DD HH24:MI:SS'), user_name, table_name, row_key, "
        "operation, coalesce(changes::text, '{}') FROM " +
            table(ServerSchema::changeLogTable) + " ORDER BY id DESC LIMIT $1",
        {PgParam::integer(limit)});
    if (rows.hasError())
        return rows.error();
    std::vector<ChangeLogEntry> entries;
    const PgResult& r = rows.value();
    for (int i = 0; i < r.rowCount(); ++i)
        entries.push_back(ChangeLogEntry{r.integer(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3),
                                         r.text(i, 4), r.text(i, 5), r.text(i, 6)});
    return entries;
}

} // namespace jieshui::server
