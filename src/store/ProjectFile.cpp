// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectFile.h"

#include "ProjectReader.h"
#include "ProjectSchema.h"
#include "ProjectWriter.h"
#include "Statement.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <cctype>
#include <charconv>
#include <limits>
#include <unistd.h>

namespace jieshui::store {

using core::Error;
using core::ErrorCode;

namespace {

std::string message(const char* text) {
    return QCoreApplication::translate("store", text).toStdString();
}

std::string nowUtc() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
}

// Runs a query returning one row; the callback reads it.
template <typename F> core::Status oneRow(Database& db, const char* sql, F read) {
    auto st = Statement::prepare(db, sql);
    if (st.hasError())
        return st.error();
    auto row = st.value().step();
    if (row.hasError())
        return row.error();
    if (row.value())
        read(st.value());
    return core::okStatus();
}

core::Status bumpSaveCounter(Database& db) {
    // A hand-edited counter ('x', 20 digits) starts again from 1 rather than stopping every save: it only
    // tells saves apart.
    const std::string counter = ProjectSchema::metadata(db, "save_counter");
    long long previous = 0;
    const auto [end, ec] = std::from_chars(counter.data(), counter.data() + counter.size(), previous);
    if (ec != std::errc() || end != counter.data() + counter.size() || previous < 0 ||
        previous == std::numeric_limits<long long>::max())
        previous = 0;
    const long long next = previous + 1;
    if (auto st = ProjectSchema::setMetadata(db, "save_counter", std::to_string(next)); st.hasError())
        return st;
    return ProjectSchema::setMetadata(db, "last_saved", nowUtc());
}

} // namespace

core::Status ProjectFile::create(const std::string& path, const ProjectData& data) {
    return create(path, data, {});
}

core::Status ProjectFile::create(const std::string& path, const ProjectData& data,
                                 const std::map<std::string, std::string>& stamps,
                                 const std::function<core::Status(Database&)>& moreTables) {
    for (const auto& [key, value] : stamps)
        if (key != "created" && key != "last_evaluated")
            return Error(ErrorCode::StoreError, "a new project cannot be given the stamp " + key,
                         {.file = path});
    if (QFile::exists(QString::fromStdString(path)))
        return Error(ErrorCode::IoError, message(QT_TRANSLATE_NOOP("store", "the file already exists")),
                     {.file = path});
    // The folder must take a new file: say so in the user's terms, never with our temporary name.
    const QFileInfo folder(QFileInfo(QString::fromStdString(path)).absolutePath());
    if (!folder.isDir())
        return Error(ErrorCode::IoError, message(QT_TRANSLATE_NOOP("store", "the folder does not exist")),
                     {.file = path});
    const auto folderPermissions = QFile::permissions(folder.absoluteFilePath());
    if (!folder.isWritable() || (folderPermissions & (QFileDevice::WriteOwner | QFileDevice::WriteGroup |
                                                      QFileDevice::WriteOther)) == 0)
        return Error(ErrorCode::IoError,
                     message(QT_TRANSLATE_NOOP("store", "the folder is read-only; choose another folder")),
                     {.file = path});
    const std::string part = path + ".part-" + std::to_string(::getpid());
    QFile::remove(QString::fromStdString(part));
    {
        auto db = Database::open(part, OpenMode::Create);
        if (db.hasError()) {
            QFile::remove(QString::fromStdString(part));
            return Error(db.error().code(),
                         message(QT_TRANSLATE_NOOP("store", "cannot create the file in this folder")),
                         {.file = path});
        }
        auto tx = Transaction::begin(db.value());
        if (tx.hasError())
            return tx.error();
        core::Status st = ProjectSchema::create(db.value(), ProjectSchema::currentVersion);
        if (st.isOk())
            st = ProjectWriter::writeAll(db.value(), data);
        if (st.isOk()) {
            const auto created = stamps.find("created");
            st = ProjectSchema::setMetadata(db.value(), "created",
                                            created == stamps.end() ? nowUtc() : created->second);
        }
        if (const auto evaluated = stamps.find("last_evaluated"); st.isOk() && evaluated != stamps.end())
            st = ProjectSchema::setMetadata(db.value(), "last_evaluated", evaluated->second);
        if (st.isOk() && moreTables)
            st = moreTables(db.value());
        if (st.isOk())
            st = bumpSaveCounter(db.value());
        if (st.isOk())
            st = tx.value().commit();
        if (st.hasError()) {
            QFile::remove(QString::fromStdString(part));
            QFile::remove(QString::fromStdString(part + "-journal"));
            return Error(st.error().code(), st.error().message(), {.file = path}); // not the temporary name
        }
    }
    // rename() is atomic: the project appears complete or not at all.
    if (::rename(part.c_str(), path.c_str()) != 0) {
        QFile::remove(QString::fromStdString(part));
        return Error(ErrorCode::IoError, message(QT_TRANSLATE_NOOP("store", "cannot write the file")),
                     {.file = path});
    }
    return core::okStatus();
}

core::Result<ProjectFile> ProjectFile::open(const std::string& path, OpenMode mode) {
    if (mode == OpenMode::Create)
        return Error(ErrorCode::StoreError, "use ProjectFile::create to make a new project", {.file = path});
    auto opened = Database::open(path, mode);
    if (opened.hasError())
        return opened.error();
    Database db = std::move(opened.value());

    int applicationId = 0;
    if (auto st = oneRow(db, "PRAGMA application_id", [&](Statement& s) { applicationId = s.integer(0); });
        st.hasError())
        return st.error();
    const bool isGeoPackage =
        applicationId == ProjectSchema::geoPackageApplicationId || db.hasTable("gpkg_contents");
    if (!db.hasTable("jieshui_metadata")) {
        if (isGeoPackage)
            return Error(
                ErrorCode::NotAProject,
                message(QT_TRANSLATE_NOOP(
                    "store",
                    "a GeoPackage, but not a Jieshui project: its layers can be imported into a project")),
                {.file = path});
        return Error(
            ErrorCode::NotAProject,
            message(QT_TRANSLATE_NOOP("store", "a SQLite database, but not a GeoPackage or Jieshui project")),
            {.file = path});
    }
    const int version = ProjectSchema::version(db);
    if (version <= 0)
        return Error(
            ErrorCode::UnsupportedFormat,
            message(QT_TRANSLATE_NOOP("store", "the project has no schema version; the file is damaged")),
            {.file = path});
    if (version > ProjectSchema::currentVersion)
        return Error(ErrorCode::UnsupportedFormat,
                     QCoreApplication::translate("store", "made by a newer Jieshui (schema %1 > %2); "
                                                          "update Jieshui to open it")
                         .arg(version)
                         .arg(ProjectSchema::currentVersion)
                         .toStdString(),
                     {.file = path});

    // A truncated or partly overwritten file can pass the header checks: read every page once.
    std::string check;
    if (auto st = oneRow(db, "PRAGMA quick_check(1)", [&](Statement& s) { check = s.text(0); });
        st.hasError())
        return st.error();
    if (check != "ok")
        return Error(ErrorCode::UnsupportedFormat,
                     message(QT_TRANSLATE_NOOP("store", "the file is truncated or damaged")) + " (" + check +
                         ")",
                     {.file = path});

    if (mode == OpenMode::ReadWrite)
        Database::removeStaleCopies(path); // left by a save that was killed; we hold the lock now
    int current = version;
    if (version < ProjectSchema::currentVersion && mode == OpenMode::ReadWrite) {
        if (auto st =
                db.replaceAtomically([&](Database& copy) { return ProjectSchema::migrate(copy, version); });
            st.hasError()) {
            if (st.error().code() == ErrorCode::IoError)
                return st.error();
            // e.g. a schema_version lowered by hand: the tables are already newer than the number says.
            return Error(ErrorCode::UnsupportedFormat,
                         QCoreApplication::translate(
                             "store", "cannot upgrade the project from schema %1 to %2: its tables "
                                      "do not match its schema version (was the file edited "
                                      "outside Jieshui?); the file was not changed")
                                 .arg(version)
                                 .arg(ProjectSchema::currentVersion)
                                 .toStdString() +
                             " (" + st.error().message() + ")",
                         {.file = path});
        }
        current = ProjectSchema::currentVersion;
    }
    return ProjectFile(std::move(db), current);
}

core::Result<std::vector<std::string>> ProjectFile::geoPackageLayers(const std::string& path) {
    auto db = Database::open(path, OpenMode::ReadOnly);
    if (db.hasError())
        return db.error();
    if (!db.value().hasTable("gpkg_contents"))
        return Error(ErrorCode::UnsupportedFormat, message(QT_TRANSLATE_NOOP("store", "not a GeoPackage")),
                     {.file = path});
    auto st =
        Statement::prepare(db.value(), "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' "
                                       "ORDER BY table_name");
    if (st.hasError())
        return st.error();
    std::vector<std::string> names;
    for (;;) {
        auto row = st.value().step();
        if (row.hasError())
            return row.error();
        if (!row.value())
            break;
        names.push_back(st.value().text(0));
    }
    return names;
}

core::Result<ProjectData> ProjectFile::load() {
    return ProjectReader::readAll(m_db, m_schemaVersion);
}

core::Status ProjectFile::save(const ProjectData& data) {
    if (m_db.isReadOnly())
        return Error(ErrorCode::StoreError,
                     message(QT_TRANSLATE_NOOP("store", "the project is open read-only")), {.file = path()});
    return m_db.replaceAtomically([&](Database& db) {
        if (auto st = ProjectWriter::writeAll(db, data); st.hasError())
            return st;
        return bumpSaveCounter(db);
    });
}

std::vector<ResultRow> ProjectFile::toResultRows(const std::vector<core::Verdict>& verdicts,
                                                 const std::string& evaluatedAt) {
    std::vector<ResultRow> rows;
    rows.reserve(verdicts.size());
    for (const core::Verdict& v : verdicts) {
        const auto& info = core::IndicatorCatalog::info(v.target.indicator);
        ResultRow r;
        r.scenario = v.scenario;
        r.indicator = std::string(info.id);
        r.regionCode = v.target.regionCode;
        r.year = v.target.year;
        r.targetId = v.target.id;
        if (v.value) {
            r.value = v.value->value;
            r.provenance = core::provenanceKindId(v.value->provenance);
            r.method = v.value->method;
        }
        r.unit = ProjectSchema::baseUnitName(info.dimension);
        r.comparator = core::comparatorSymbol(v.target.comparator);
        r.targetValue = v.target.value;
        r.status = core::verdictStatusId(v.status);
        r.gap = v.gap;
        r.requiredAnnualRate = v.requiredAnnualRate;
        r.explanation = v.explanation;
        r.evaluatedAt = evaluatedAt;
        rows.push_back(std::move(r));
    }
    return rows;
}

core::Status ProjectFile::writeResults(const std::string& scenario,
                                       const std::vector<core::Verdict>& verdicts) {
    auto rows = toResultRows(verdicts, nowUtc());
    for (auto& r : rows)
        r.scenario = scenario;
    return writeResults(scenario, rows);
}

core::Status ProjectFile::writeResults(const std::string& scenario, const std::vector<ResultRow>& rows) {
    if (m_db.isReadOnly())
        return Error(ErrorCode::StoreError,
                     message(QT_TRANSLATE_NOOP("store", "the project is open read-only")), {.file = path()});
    if (scenario.empty())
        return Error(ErrorCode::StoreError, "results need a scenario name", {.file = path()});
    return m_db.replaceAtomically([&](Database& db) {
        if (auto st = ProjectWriter::writeResults(db, scenario, rows); st.hasError())
            return st;
        return ProjectSchema::setMetadata(db, "last_evaluated", nowUtc());
    });
}

core::Status ProjectFile::writeComplianceLayer(
    const std::string& scenario,
    const std::function<std::vector<LayerStyleRow>(const std::vector<ComplianceColumn>&)>& styles) {
    if (m_db.isReadOnly())
        return Error(ErrorCode::StoreError,
                     message(QT_TRANSLATE_NOOP("store", "the project is open read-only")), {.file = path()});
    // Like every write: a copy changed, synced and renamed over the file (a failure leaves it untouched).
    return m_db.replaceAtomically([&](Database& db) -> core::Status {
        auto columns = ComplianceLayer::rebuild(db, scenario);
        if (columns.hasError())
            return columns.error();
        if (columns.value().empty())
            return core::okStatus();
        return LayerStyles::replace(db, ComplianceLayer::tableName, styles(columns.value()));
    });
}

core::Status ProjectFile::writeResults(const std::map<std::string, std::vector<core::Verdict>>& byScenario) {
    if (m_db.isReadOnly())
        return Error(ErrorCode::StoreError,
                     message(QT_TRANSLATE_NOOP("store", "the project is open read-only")), {.file = path()});
    const std::string now = nowUtc();
    for (const auto& entry : byScenario)
        if (entry.first.empty())
            return Error(ErrorCode::StoreError, "results need a scenario name", {.file = path()});
    return m_db.replaceAtomically([&](Database& db) {
        for (const auto& [scenario, verdicts] : byScenario) {
            auto rows = toResultRows(verdicts, now);
            for (auto& r : rows)
                r.scenario = scenario;
            if (auto st = ProjectWriter::writeResults(db, scenario, rows); st.hasError())
                return st;
        }
        return ProjectSchema::setMetadata(db, "last_evaluated", now);
    });
}

core::Result<std::vector<ResultRow>> ProjectFile::results(const std::string& scenario) {
    return ProjectReader::readResults(m_db, m_schemaVersion, scenario);
}

std::string ProjectFile::metadata(const std::string& key) {
    return ProjectSchema::metadata(m_db, key);
}

core::Result<ProjectSummary> ProjectFile::summary() {
    ProjectSummary s;
    s.name = metadata("name_zh");
    s.nameEn = metadata("name_en");
    s.schemaVersion = m_schemaVersion;
    s.applicationVersion = metadata("application_version");
    s.lastEvaluated = metadata("last_evaluated");
    s.lastSaved = metadata("last_saved");
    auto kinds = Statement::prepare(m_db, "SELECT kind, count(*) FROM regions GROUP BY kind ORDER BY kind");
    if (kinds.hasError())
        return kinds.error();
    for (;;) {
        auto row = kinds.value().step();
        if (row.hasError())
            return row.error();
        if (!row.value())
            break;
        s.regionsByKind[kinds.value().text(0)] = kinds.value().integer(1);
    }
    for (auto st :
         {oneRow(m_db, "SELECT count(*), coalesce(min(year), 0), coalesce(max(year), 0) FROM statistics",
                 [&](Statement& q) {
                     s.statisticCount = q.integer(0);
                     s.firstYear = q.integer(1);
                     s.lastYear = q.integer(2);
                 }),
          oneRow(m_db, "SELECT count(*) FROM plan_targets",
                 [&](Statement& q) { s.targetCount = q.integer(0); }),
          oneRow(m_db, "SELECT count(*) FROM key_tasks", [&](Statement& q) { s.taskCount = q.integer(0); }),
          oneRow(m_db, "SELECT count(*) FROM results", [&](Statement& q) { s.resultCount = q.integer(0); })})
        if (st.hasError())
            return st.error();
    auto scenarios = Statement::prepare(m_db, "SELECT name FROM scenarios ORDER BY fid");
    if (scenarios.hasError())
        return scenarios.error();
    for (;;) {
        auto row = scenarios.value().step();
        if (row.hasError())
            return row.error();
        if (!row.value())
            break;
        s.scenarios.push_back(scenarios.value().text(0));
    }
    auto layers =
        Statement::prepare(m_db, "SELECT table_name, name, role, crs FROM jieshui_layers ORDER BY position");
    if (layers.hasError())
        return layers.error();
    for (;;) {
        auto row = layers.value().step();
        if (row.hasError())
            return row.error();
        if (!row.value())
            break;
        ProjectSummary::Layer layer{.table = layers.value().text(0),
                                    .name = layers.value().text(1),
                                    .role = layers.value().text(2),
                                    .crs = layers.value().text(3)};
        for (char c : layer.table)
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_'))
                return Error(ErrorCode::StoreError, "unexpected layer table name in jieshui_layers");
        // Our generated, checked table name; counted per layer table.
        const std::string sql = "SELECT count(*) FROM \"" + layer.table + "\"";
        if (auto st = oneRow(m_db, sql.c_str(), [&](Statement& q) { layer.featureCount = q.integer(0); });
            st.hasError())
            return st.error();
        s.layers.push_back(std::move(layer));
    }
    return s;
}

} // namespace jieshui::store
