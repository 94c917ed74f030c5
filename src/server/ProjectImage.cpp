// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectImage.h"

#include "store/Database.h"
#include "store/ProjectReader.h"
#include "store/ProjectSchema.h"
#include "store/ProjectWriter.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QtEndian>
#include <algorithm>
#include <cctype>

namespace jieshui::server {

using core::Error;
using core::ErrorCode;
using store::Database;
using store::Statement;

namespace {

ColumnType columnTypeOf(std::string declared) {
    for (char& c : declared)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (declared.find("INT") != std::string::npos)
        return ColumnType::Integer;
    if (declared.find("REAL") != std::string::npos || declared.find("DOUB") != std::string::npos ||
        declared.find("FLOA") != std::string::npos)
        return ColumnType::Real;
    if (declared.find("BLOB") != std::string::npos)
        return ColumnType::Blob;
    return ColumnType::Text;
}

// GeoPackage geometry blob (header, optional envelope, WKB) <-> plain WKB.
QByteArray wkbOf(const QByteArray& blob) {
    if (blob.size() < 8 || blob[0] != 'G' || blob[1] != 'P')
        return blob;
    static constexpr int kEnvelopeBytes[] = {0, 32, 48, 48, 64, 0, 0, 0};
    const int envelope = (static_cast<unsigned char>(blob[3]) >> 1) & 0x07;
    return blob.mid(8 + kEnvelopeBytes[envelope]);
}

QByteArray blobOf(const QByteArray& wkb, int srid) {
    QByteArray blob("GP", 2);
    blob.append('\0');
    blob.append('\x01'); // little-endian srs_id, no envelope
    char srs[4];
    qToLittleEndian<qint32>(srid, srs);
    blob.append(srs, 4);
    blob.append(wkb);
    return blob;
}

template <typename F> core::Status eachRow(Statement& st, F onRow) {
    for (;;) {
        auto row = st.step();
        if (row.hasError())
            return row.error();
        if (!row.value())
            return core::okStatus();
        if (auto s = onRow(st); s.hasError())
            return s;
    }
}

core::Status readShape(Database& db, TableImage& table) {
    if (!isPlainIdentifier(table.name))
        return Error(ErrorCode::StoreError, "unexpected table name in gpkg_contents: " + table.name);
    std::string geometryColumn;
    auto geometry = Statement::prepare(
        db,
        "SELECT column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?1");
    if (geometry.hasError())
        return geometry.error();
    geometry.value().bind(1, table.name);
    if (auto st = eachRow(geometry.value(),
                          [&](Statement& s) {
                              geometryColumn = s.text(0);
                              table.geometryType = s.text(1);
                              table.srid = s.integer(2);
                              return core::okStatus();
                          });
        st.hasError())
        return st;
    table.isLayer = !geometryColumn.empty();

    auto info =
        Statement::prepare(db, "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?1) ORDER BY cid");
    if (info.hasError())
        return info.error();
    info.value().bind(1, table.name);
    if (auto st = eachRow(info.value(),
                          [&](Statement& s) -> core::Status {
                              const std::string name = s.text(0);
                              if (!isPlainIdentifier(name))
                                  return Error(ErrorCode::StoreError,
                                               "unexpected column name in table " + table.name);
                              if (s.integer(3) != 0 && name == "fid")
                                  return core::okStatus();
                              ImageColumn column{name, columnTypeOf(s.text(1)), s.integer(2) != 0};
                              if (name == geometryColumn)
                                  column.type = ColumnType::Geometry;
                              table.columns.push_back(std::move(column));
                              return core::okStatus();
                          });
        st.hasError())
        return st;

    auto indexes =
        Statement::prepare(db, "SELECT name, \"unique\", origin FROM pragma_index_list(?1) ORDER BY seq");
    if (indexes.hasError())
        return indexes.error();
    indexes.value().bind(1, table.name);
    std::vector<std::pair<std::string, bool>> found;
    if (auto st = eachRow(indexes.value(),
                          [&](Statement& s) {
                              const std::string origin = s.text(2);
                              if (origin != "pk")
                                  found.emplace_back(s.text(0), s.integer(1) != 0);
                              return core::okStatus();
                          });
        st.hasError())
        return st;
    // SQLite lists the newest index first; keep declaration order.
    std::reverse(found.begin(), found.end());
    for (const auto& [indexName, unique] : found) {
        auto columns = Statement::prepare(db, "SELECT name FROM pragma_index_info(?1) ORDER BY seqno");
        if (columns.hasError())
            return columns.error();
        columns.value().bind(1, indexName);
        std::vector<std::string> names;
        if (auto st = eachRow(columns.value(),
                              [&](Statement& s) {
                                  names.push_back(s.text(0));
                                  return core::okStatus();
                              });
            st.hasError())
            return st;
        (unique ? table.uniqueKeys : table.indexes).push_back(std::move(names));
    }
    table.chooseKey();
    return core::okStatus();
}

core::Status readRows(Database& db, TableImage& table) {
    // rowid: the INTEGER PRIMARY KEY whatever its name (fid in our tables, id in QGIS's layer_styles).
    std::string sql = "SELECT rowid";
    for (const ImageColumn& c : table.columns)
        sql += ", \"" + c.name + '"';
    sql += " FROM \"" + table.name + "\" ORDER BY rowid"; // names checked by readShape
    auto st = Statement::prepare(db, sql.c_str());
    if (st.hasError())
        return st.error();
    return eachRow(st.value(), [&](Statement& s) {
        table.fids.push_back(s.integer64(0));
        ImageRow row;
        row.reserve(table.columns.size());
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            const int column = static_cast<int>(i) + 1;
            if (s.isNull(column)) {
                row.emplace_back(std::monostate{});
                continue;
            }
            switch (table.columns[i].type) {
            case ColumnType::Integer:
                row.emplace_back(s.integer64(column));
                break;
            case ColumnType::Real:
                row.emplace_back(s.real(column));
                break;
            case ColumnType::Text:
                row.emplace_back(s.text(column));
                break;
            case ColumnType::Blob:
                row.emplace_back(s.blob(column));
                break;
            case ColumnType::Geometry:
                row.emplace_back(wkbOf(s.blob(column)));
                break;
            }
        }
        table.rows.push_back(std::move(row));
        return core::okStatus();
    });
}

core::Result<ProjectImage> readTables(Database& db, bool withRows) {
    ProjectImage image;
    image.schemaVersion = store::ProjectSchema::version(db);
    auto list = Statement::prepare(db, "SELECT table_name FROM gpkg_contents WHERE data_type IN "
                                       "('attributes', 'features') ORDER BY data_type, table_name");
    if (list.hasError())
        return list.error();
    std::vector<std::string> names;
    if (auto st = eachRow(list.value(),
                          [&](Statement& s) {
                              names.push_back(s.text(0));
                              return core::okStatus();
                          });
        st.hasError())
        return st.error();
    for (const std::string& name : names) {
        TableImage table;
        table.name = name;
        if (auto st = readShape(db, table); st.hasError())
            return st.error();
        if (withRows)
            if (auto st = readRows(db, table); st.hasError())
                return st.error();
        image.tables.push_back(std::move(table));
    }
    return image;
}

core::Result<Database> memoryDatabase() {
    return Database::open(":memory:", store::OpenMode::Create);
}

core::Status createLayerTable(Database& db, const TableImage& table) {
    std::string sql = "CREATE TABLE \"" + table.name + "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT";
    for (const ImageColumn& c : table.columns) {
        if (!isPlainIdentifier(c.name) || !isPlainIdentifier(table.geometryType))
            return Error(ErrorCode::StoreError, "unexpected column in layer table " + table.name);
        sql += ", \"" + c.name + "\" ";
        switch (c.type) {
        case ColumnType::Integer:
            sql += "INTEGER";
            break;
        case ColumnType::Real:
            sql += "REAL";
            break;
        case ColumnType::Text:
            sql += "TEXT";
            break;
        case ColumnType::Blob:
            sql += "BLOB";
            break;
        case ColumnType::Geometry:
            sql += table.geometryType;
            break;
        }
    }
    sql += ')';
    return db.exec(sql.c_str());
}

core::Status insertRows(Database& db, const TableImage& table) {
    // Only the columns the target table has: a newer image into an older schema keeps what fits.
    auto info = Statement::prepare(db, "SELECT name FROM pragma_table_info(?1)");
    if (info.hasError())
        return info.error();
    info.value().bind(1, table.name);
    std::vector<std::string> present;
    if (auto st = eachRow(info.value(),
                          [&](Statement& s) {
                              present.push_back(s.text(0));
                              return core::okStatus();
                          });
        st.hasError())
        return st;
    std::vector<std::size_t> used;
    std::string columns = table.isLayer ? "fid" : "";
    std::string values = table.isLayer ? "?1" : "";
    int parameter = table.isLayer ? 1 : 0;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        if (std::find(present.begin(), present.end(), table.columns[i].name) == present.end())
            continue;
        used.push_back(i);
        if (!columns.empty()) {
            columns += ", ";
            values += ", ";
        }
        columns += '"' + table.columns[i].name + '"';
        values += '?' + std::to_string(++parameter);
    }
    if (used.empty())
        return core::okStatus();
    // OR REPLACE: the metadata rows a new schema writes (schema_version) are replaced by the image's.
    const std::string sql =
        "INSERT OR REPLACE INTO \"" + table.name + "\" (" + columns + ") VALUES (" + values + ')';
    auto insert = Statement::prepare(db, sql.c_str());
    if (insert.hasError())
        return insert.error();
    Statement& st = insert.value();
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        int p = 0;
        if (table.isLayer)
            st.bind(++p, table.fids[r]);
        for (std::size_t i : used) {
            const ImageValue& v = table.rows[r][i];
            ++p;
            if (std::holds_alternative<std::monostate>(v))
                st.bindNull(p);
            else if (const auto* n = std::get_if<long long>(&v))
                st.bind(p, *n);
            else if (const auto* d = std::get_if<double>(&v))
                st.bind(p, *d);
            else if (const auto* s = std::get_if<std::string>(&v))
                st.bind(p, *s);
            else if (const auto* b = std::get_if<QByteArray>(&v))
                st.bindBlob(p, table.columns[i].type == ColumnType::Geometry ? blobOf(*b, table.srid) : *b);
        }
        if (auto s = st.run(); s.hasError())
            return s;
    }
    return core::okStatus();
}

const char* declaredType(ColumnType type) {
    switch (type) {
    case ColumnType::Integer:
        return "INTEGER";
    case ColumnType::Real:
        return "REAL";
    case ColumnType::Blob:
        return "BLOB";
    case ColumnType::Text:
    case ColumnType::Geometry:
        break;
    }
    return "TEXT";
}

} // namespace

core::Status ProjectImage::addTablesMissingFrom(Database& db) const {
    for (const TableImage& t : tables) {
        if (!isPlainIdentifier(t.name))
            return Error(ErrorCode::StoreError, "unexpected table name " + t.name);
        if (db.hasTable(t.name))
            continue;
        if (t.isLayer) {
            if (auto st = createLayerTable(db, t); st.hasError())
                return st;
            auto srs = store::ProjectSchema::ensureSrs(db, "EPSG:" + std::to_string(t.srid));
            if (srs.hasError())
                return srs.error();
            const auto geometry = std::find_if(t.columns.begin(), t.columns.end(), [](const ImageColumn& c) {
                return c.type == ColumnType::Geometry;
            });
            if (geometry == t.columns.end())
                return Error(ErrorCode::StoreError, "layer " + t.name + " has no geometry column");
            auto contents = Statement::prepare(
                db,
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, last_change, srs_id) VALUES "
                "(?1, 'features', ?1, strftime('%Y-%m-%dT%H:%M:%fZ','now'), ?2)");
            if (contents.hasError())
                return contents.error();
            if (auto st = contents.value().bind(1, t.name).bind(2, srs.value()).run(); st.hasError())
                return st;
            auto columns =
                Statement::prepare(db, "INSERT INTO gpkg_geometry_columns (table_name, column_name, "
                                       "geometry_type_name, srs_id, z, m) VALUES (?1, ?2, ?3, ?4, 0, 0)");
            if (columns.hasError())
                return columns.error();
            columns.value().bind(1, t.name).bind(2, geometry->name).bind(3, t.geometryType);
            if (auto st = columns.value().bind(4, srs.value()).run(); st.hasError())
                return st;
        } else {
            std::string sql = "CREATE TABLE \"" + t.name + "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT";
            for (const ImageColumn& c : t.columns) {
                if (!isPlainIdentifier(c.name))
                    return Error(ErrorCode::StoreError, "unexpected column in table " + t.name);
                sql += ", \"" + c.name + "\" " + declaredType(c.type);
            }
            sql += ')';
            if (auto st = db.exec(sql.c_str()); st.hasError())
                return st;
            if (auto st = store::ProjectSchema::registerAttributes(db, t.name.c_str(), ""); st.hasError())
                return st;
        }
        if (auto st = insertRows(db, t); st.hasError())
            return st;
    }
    return core::okStatus();
}

TableImage* ProjectImage::table(std::string_view name) {
    for (TableImage& t : tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

const TableImage* ProjectImage::table(std::string_view name) const {
    for (const TableImage& t : tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

std::size_t ProjectImage::rowCount() const {
    std::size_t n = 0;
    for (const TableImage& t : tables)
        n += t.rows.size();
    return n;
}

core::Result<ProjectImage> ProjectImage::read(Database& db) {
    return readTables(db, true);
}

core::Result<ProjectImage> ProjectImage::emptySchema(int version) {
    auto db = memoryDatabase();
    if (db.hasError())
        return db.error();
    if (auto st = store::ProjectSchema::create(db.value(), version); st.hasError())
        return st.error();
    return readTables(db.value(), false);
}

core::Result<ProjectImage> ProjectImage::fromProject(const store::ProjectData& data) {
    auto db = memoryDatabase();
    if (db.hasError())
        return db.error();
    {
        auto tx = store::Transaction::begin(db.value());
        if (tx.hasError())
            return tx.error();
        if (auto st = store::ProjectSchema::create(db.value(), store::ProjectSchema::currentVersion);
            st.hasError())
            return st.error();
        if (auto st = store::ProjectWriter::writeAll(db.value(), data); st.hasError())
            return st.error();
        if (auto st = tx.value().commit(); st.hasError())
            return st.error();
    }
    return read(db.value());
}

core::Result<Database> ProjectImage::toDatabase() const {
    if (schemaVersion <= 0 || schemaVersion > store::ProjectSchema::currentVersion)
        return Error(ErrorCode::UnsupportedFormat,
                     "no project of schema version " + std::to_string(schemaVersion) + " can be read");
    auto opened = memoryDatabase();
    if (opened.hasError())
        return opened.error();
    Database& db = opened.value();
    {
        auto tx = store::Transaction::begin(db);
        if (tx.hasError())
            return tx.error();
        if (auto st = store::ProjectSchema::create(db, schemaVersion); st.hasError())
            return st.error();
        for (const TableImage& t : tables) {
            if (!isPlainIdentifier(t.name))
                return Error(ErrorCode::StoreError, "unexpected table name " + t.name);
            if (!db.hasTable(t.name)) {
                if (!t.isLayer)
                    continue; // a table this version does not know cannot be read anyway
                if (auto st = createLayerTable(db, t); st.hasError())
                    return st.error();
            }
            if (auto st = insertRows(db, t); st.hasError())
                return st.error();
        }
        if (schemaVersion < store::ProjectSchema::currentVersion)
            if (auto st = store::ProjectSchema::migrate(db, schemaVersion); st.hasError())
                return st.error();
        if (auto st = tx.value().commit(); st.hasError())
            return st.error();
    }
    return opened;
}

core::Result<store::ProjectData> ProjectImage::toProject() const {
    auto db = toDatabase();
    if (db.hasError())
        return db.error();
    return store::ProjectReader::readAll(db.value(), store::ProjectSchema::currentVersion);
}

core::Result<std::vector<store::ResultRow>> ProjectImage::toResults(const std::string& scenario) const {
    auto db = toDatabase();
    if (db.hasError())
        return db.error();
    return store::ProjectReader::readResults(db.value(), store::ProjectSchema::currentVersion, scenario);
}

} // namespace jieshui::server
