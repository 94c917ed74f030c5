// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerSchema.h"

#include "PgConnection.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cctype>

namespace jieshui::server {

using core::Error;
using core::ErrorCode;

namespace {

// Bookkeeping columns every server table has besides the project file's columns.
constexpr std::array<const char*, 4> kServerOnlyColumns{"fid", "row_version", "changed_by", "changed_at"};

// Stamps each row with its version, user and time, and logs each change with its old and new values
// (not during bulk copies: push and results log one summary row instead). SECURITY DEFINER so that
// editors write the log only through it. {S} = project schema, {P} = PostGIS schema (both quoted).
constexpr const char* kTrackFunction = R"sql(
CREATE FUNCTION {S}.jieshui_track() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
  o jsonb;
  n jsonb;
  d jsonb := '{}'::jsonb;
  k text;
  parts text[] := '{}';
  i int;
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.row_version := 1;
  ELSIF TG_OP = 'UPDATE' THEN
    NEW.row_version := OLD.row_version + 1;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    NEW.changed_by := session_user;
    NEW.changed_at := now();
  END IF;
  IF coalesce(current_setting('jieshui.bulk', true), '') = 'on' THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  IF TG_ARGV[0] = 'layer' THEN
    IF TG_OP <> 'INSERT' THEN
      o := jsonb_build_object('fid', OLD.fid, 'code', OLD.code, 'name', OLD.name, 'attributes', OLD.attributes);
    END IF;
    IF TG_OP <> 'DELETE' THEN
      n := jsonb_build_object('fid', NEW.fid, 'code', NEW.code, 'name', NEW.name, 'attributes', NEW.attributes);
    END IF;
    IF TG_OP = 'UPDATE' AND {P}.st_asbinary(OLD.geom) IS DISTINCT FROM {P}.st_asbinary(NEW.geom) THEN
      d := jsonb_build_object('geom', 'changed');
    END IF;
  ELSE
    IF TG_OP <> 'INSERT' THEN
      o := to_jsonb(OLD) - ARRAY['fid', 'row_version', 'changed_by', 'changed_at'];
    END IF;
    IF TG_OP <> 'DELETE' THEN
      n := to_jsonb(NEW) - ARRAY['fid', 'row_version', 'changed_by', 'changed_at'];
    END IF;
  END IF;
  FOR i IN 1 .. TG_NARGS - 1 LOOP
    parts := parts || coalesce(coalesce(n, o) ->> TG_ARGV[i], '');
  END LOOP;
  IF TG_OP = 'UPDATE' THEN
    FOR k IN SELECT jsonb_object_keys(n) LOOP
      IF (o -> k) IS DISTINCT FROM (n -> k) THEN
        d := d || jsonb_build_object(k, jsonb_build_array(o -> k, n -> k));
      END IF;
    END LOOP;
    IF d = '{}'::jsonb THEN RETURN NEW; END IF;
  ELSIF TG_OP = 'INSERT' THEN
    d := n;
  ELSE
    d := o;
  END IF;
  INSERT INTO {S}.jieshui_change_log (table_name, row_key, operation, changes)
    VALUES (TG_TABLE_NAME, array_to_string(parts, ' / '), lower(TG_OP), d);
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END
$fn$)sql";

constexpr const char* kChangeLog = R"sql(
CREATE TABLE {S}.jieshui_change_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  changed_at timestamptz NOT NULL DEFAULT now(),
  user_name text NOT NULL DEFAULT session_user,
  table_name text NOT NULL,
  row_key text NOT NULL,
  operation text NOT NULL,
  changes jsonb,
  transaction_id bigint NOT NULL DEFAULT txid_current());
CREATE INDEX jieshui_change_log_row ON {S}.jieshui_change_log (table_name, row_key);
COMMENT ON TABLE {S}.jieshui_change_log IS 'Every change of the project: who, when, which row, old and new values')sql";

// One summary line for bulk writes (push, results), by editors who may not write the log directly.
constexpr const char* kNoteFunction = R"sql(
CREATE FUNCTION {S}.jieshui_note(t text, k text, op text, c jsonb) RETURNS void LANGUAGE sql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $fn$
  INSERT INTO {S}.jieshui_change_log (table_name, row_key, operation, changes) VALUES (t, k, op, c)
$fn$;
REVOKE EXECUTE ON FUNCTION {S}.jieshui_note(text, text, text, jsonb) FROM PUBLIC)sql";

std::string substituted(std::string text, const std::string& schema, const std::string& postgis) {
    for (auto [from, to] : {std::pair<std::string, const std::string*>{"{S}", &schema}, {"{P}", &postgis}})
        for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to->size()))
            text.replace(at, from.size(), *to);
    return text;
}

std::string joinedIdentifiers(PgConnection& conn, const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) {
        if (!out.empty())
            out += ", ";
        out += conn.quoteIdentifier(n);
    }
    return out;
}

core::Error notPlain(const std::string& what) {
    return Error(ErrorCode::StoreError, "unexpected name " + what);
}

// "geometry(MultiPolygon,4490)" -> ("MULTIPOLYGON", 4490)
bool parseGeometryType(const std::string& text, std::string& type, int& srid) {
    const auto open = text.find('(');
    const auto comma = text.find(',');
    const auto close = text.find(')');
    if (text.rfind("geometry", 0) != 0 || open == std::string::npos || comma == std::string::npos ||
        close == std::string::npos || !(open < comma && comma < close))
        return false;
    type = text.substr(open + 1, comma - open - 1);
    for (char& c : type)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    srid = std::atoi(text.substr(comma + 1, close - comma - 1).c_str());
    return true;
}

core::Result<bool> roleExists(PgConnection& conn, const std::string& role) {
    auto found = conn.exec("SELECT 1 FROM pg_roles WHERE rolname = $1", {PgParam::text(role)});
    if (found.hasError())
        return found.error();
    return found.value().rowCount() > 0;
}

} // namespace

std::string ServerSchema::sqlType(const ImageColumn& column, const std::string& postgis,
                                  const TableImage& shape) {
    switch (column.type) {
    case ColumnType::Integer:
        return "bigint";
    case ColumnType::Real:
        return "double precision";
    case ColumnType::Text:
        return "text";
    case ColumnType::Blob:
        return "bytea";
    case ColumnType::Geometry:
        return postgis + ".geometry(" + shape.geometryType + "," + std::to_string(shape.srid) + ")";
    }
    return "text";
}

core::Result<bool> ServerSchema::exists(PgConnection& conn, const std::string& schema) {
    auto found =
        conn.exec("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1), "
                  "to_regclass($2) IS NOT NULL",
                  {PgParam::text(schema), PgParam::text(conn.qualified(schema, "jieshui_metadata"))});
    if (found.hasError())
        return found.error();
    const bool schemaExists = found.value().text(0, 0) == "t";
    const bool isProject = found.value().text(0, 1) == "t";
    if (schemaExists && !isProject)
        return Error(
            ErrorCode::NotAProject,
            QCoreApplication::translate("server", "the schema \"%1\" exists but holds no Jieshui project")
                .arg(QString::fromStdString(schema))
                .toStdString(),
            {.file = conn.display()});
    return schemaExists;
}

core::Result<std::string> ServerSchema::postgisSchema(PgConnection& conn, bool create) {
    const char* query = "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                        "WHERE e.extname = 'postgis'";
    auto found = conn.exec(query);
    if (found.hasError())
        return found.error();
    if (found.value().rowCount() == 0 && create) {
        PgResult created = conn.execRaw("CREATE EXTENSION IF NOT EXISTS postgis");
        if (!created.isOk())
            return Error(ErrorCode::StoreError,
                         QCoreApplication::translate(
                             "server",
                             "PostGIS is not enabled in this database and could not be enabled (%1); "
                             "an administrator must run CREATE EXTENSION postgis")
                             .arg(QString::fromStdString(created.errorMessage()))
                             .toStdString(),
                         {.file = conn.display()});
        found = conn.exec(query);
        if (found.hasError())
            return found.error();
    }
    if (found.value().rowCount() == 0)
        return Error(
            ErrorCode::StoreError,
            QCoreApplication::translate("server", "PostGIS is not enabled in this database").toStdString(),
            {.file = conn.display()});
    return conn.quoteIdentifier(found.value().text(0, 0));
}

core::Status ServerSchema::create(PgConnection& conn, const std::string& schema, const std::string& postgis,
                                  const ProjectImage& shape) {
    const std::string s = conn.quoteIdentifier(schema);
    for (const std::string& sql :
         {"CREATE SCHEMA " + s, substituted(kChangeLog, s, postgis), substituted(kTrackFunction, s, postgis),
          substituted(kNoteFunction, s, postgis)})
        if (auto st = conn.run(sql); st.hasError())
            return st;
    for (const TableImage& table : shape.tables)
        if (auto st = createTable(conn, schema, postgis, table); st.hasError())
            return st;
    return core::okStatus();
}

core::Status ServerSchema::createTable(PgConnection& conn, const std::string& schema,
                                       const std::string& postgis, const TableImage& shape) {
    if (!isPlainIdentifier(shape.name) || (shape.isLayer && !isPlainIdentifier(shape.geometryType)))
        return notPlain(shape.name);
    const std::string table = conn.qualified(schema, shape.name);
    std::string sql = "CREATE TABLE " + table + " (fid bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
    for (const ImageColumn& c : shape.columns) {
        if (!isPlainIdentifier(c.name))
            return notPlain(c.name);
        sql += ", " + conn.quoteIdentifier(c.name) + ' ' + sqlType(c, postgis, shape);
        if (c.notNull)
            sql += " NOT NULL";
    }
    sql += ", row_version bigint NOT NULL DEFAULT 1, changed_by text NOT NULL DEFAULT session_user, "
           "changed_at timestamptz NOT NULL DEFAULT now()";
    for (const auto& unique : shape.uniqueKeys)
        sql += ", UNIQUE (" + joinedIdentifiers(conn, unique) + ')';
    sql += ')';
    if (auto st = conn.run(sql); st.hasError())
        return st;
    for (const auto& index : shape.indexes)
        if (auto st = conn.run("CREATE INDEX ON " + table + " (" + joinedIdentifiers(conn, index) + ')');
            st.hasError())
            return st;
    std::string arguments = shape.isLayer ? "'layer'" : "'table'";
    for (const std::string& key : shape.keyColumnNames())
        arguments += ", '" + key + "'"; // plain identifiers, checked above
    for (const std::string& statement :
         {shape.isLayer ? "CREATE INDEX ON " + table + " USING gist (geom)" : std::string(),
          "CREATE TRIGGER jieshui_track BEFORE INSERT OR UPDATE OR DELETE ON " + table +
              " FOR EACH ROW EXECUTE FUNCTION " + conn.qualified(schema, "jieshui_track") + '(' + arguments +
              ')'})
        if (!statement.empty())
            if (auto st = conn.run(statement); st.hasError())
                return st;
    auto roles = hasRoles(conn, schema);
    if (roles.hasError())
        return roles.error();
    if (roles.value()) {
        const std::string viewer = conn.quoteIdentifier(viewerRole(schema));
        const std::string editor = conn.quoteIdentifier(editorRole(schema));
        for (const std::string& statement : {"GRANT SELECT ON " + table + " TO " + viewer,
                                             "GRANT INSERT, UPDATE, DELETE ON " + table + " TO " + editor,
                                             "ALTER TABLE " + table + " OWNER TO " + editor})
            if (auto st = conn.run(statement); st.hasError())
                return st;
    }
    return core::okStatus();
}

core::Status ServerSchema::addMissingColumns(PgConnection& conn, const std::string& schema,
                                             const std::string& postgis, const TableImage& shape,
                                             const ServerTable& existing) {
    for (const ImageColumn& c : shape.columns) {
        const bool present = std::any_of(existing.columns.begin(), existing.columns.end(),
                                         [&](const ImageColumn& e) { return e.name == c.name; });
        if (present)
            continue;
        if (!isPlainIdentifier(c.name))
            return notPlain(c.name);
        // NOT NULL columns arrive with their values on the next save; the server cannot know a default.
        if (auto st = conn.run("ALTER TABLE " + conn.qualified(schema, shape.name) + " ADD COLUMN " +
                               conn.quoteIdentifier(c.name) + ' ' + sqlType(c, postgis, shape));
            st.hasError())
            return st;
    }
    return core::okStatus();
}

core::Result<std::vector<ServerTable>> ServerSchema::tables(PgConnection& conn, const std::string& schema) {
    auto rows =
        conn.exec("SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull "
                  "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                  "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
                  "WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname <> $2 ORDER BY c.relname, a.attnum",
                  {PgParam::text(schema), PgParam::text(changeLogTable)});
    if (rows.hasError())
        return rows.error();
    std::vector<ServerTable> tables;
    const PgResult& r = rows.value();
    for (int i = 0; i < r.rowCount(); ++i) {
        const std::string tableName = r.text(i, 0);
        if (tables.empty() || tables.back().name != tableName)
            tables.push_back(ServerTable{tableName, {}, {}, 0});
        ServerTable& table = tables.back();
        const std::string column = r.text(i, 1);
        if (std::find(kServerOnlyColumns.begin(), kServerOnlyColumns.end(), column) !=
            kServerOnlyColumns.end())
            continue;
        const std::string type = r.text(i, 2);
        ImageColumn c{column, ColumnType::Text, r.text(i, 3) == "t"};
        if (type == "bigint" || type == "integer" || type == "smallint")
            c.type = ColumnType::Integer;
        else if (type == "double precision" || type == "real" || type == "numeric")
            c.type = ColumnType::Real;
        else if (type == "bytea")
            c.type = ColumnType::Blob;
        else if (parseGeometryType(type, table.geometryType, table.srid))
            c.type = ColumnType::Geometry;
        table.columns.push_back(std::move(c));
    }
    return tables;
}

core::Result<bool> ServerSchema::hasRoles(PgConnection& conn, const std::string& schema) {
    auto viewer = roleExists(conn, viewerRole(schema));
    if (viewer.hasError())
        return viewer.error();
    auto editor = roleExists(conn, editorRole(schema));
    if (editor.hasError())
        return editor.error();
    return viewer.value() && editor.value();
}

core::Result<std::string> ServerSchema::createRoles(PgConnection& conn, const std::string& schema) {
    auto may = conn.exec("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user");
    if (may.hasError())
        return may.error();
    if (may.value().rowCount() == 0 || may.value().text(0, 0) != "t")
        return QCoreApplication::translate(
                   "server",
                   "Roles %1 and %2 were not created: your login may not create roles. An administrator "
                   "can create them and grant them the schema.")
            .arg(QString::fromStdString(viewerRole(schema)), QString::fromStdString(editorRole(schema)))
            .toStdString();
    const std::string s = conn.quoteIdentifier(schema);
    const std::string viewer = conn.quoteIdentifier(viewerRole(schema));
    const std::string editor = conn.quoteIdentifier(editorRole(schema));
    for (const std::string& role : {viewerRole(schema), editorRole(schema)}) {
        auto found = roleExists(conn, role);
        if (found.hasError())
            return found.error();
        if (!found.value())
            if (auto st = conn.run("CREATE ROLE " + conn.quoteIdentifier(role) + " NOLOGIN"); st.hasError())
                return st.error();
    }
    std::vector<std::string> statements{
        "GRANT " + viewer + " TO " + editor,
        "GRANT " + editor + " TO " + conn.quoteIdentifier(conn.user()),
        "GRANT USAGE ON SCHEMA " + s + " TO " + viewer,
        "GRANT CREATE ON SCHEMA " + s + " TO " + editor,
        "GRANT SELECT ON ALL TABLES IN SCHEMA " + s + " TO " + viewer,
        "GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + s + " TO " + editor,
        "REVOKE INSERT, UPDATE, DELETE ON " + conn.qualified(schema, changeLogTable) + " FROM " + editor,
        "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + s + " TO " + editor,
        "GRANT EXECUTE ON FUNCTION " + conn.qualified(schema, "jieshui_note") +
            "(text, text, text, jsonb) TO " + editor};
    auto tables = ServerSchema::tables(conn, schema);
    if (tables.hasError())
        return tables.error();
    // The editors own the project tables, so that any of them can add a layer or a column.
    for (const ServerTable& t : tables.value())
        statements.push_back("ALTER TABLE " + conn.qualified(schema, t.name) + " OWNER TO " + editor);
    for (const std::string& statement : statements)
        if (auto st = conn.run(statement); st.hasError())
            return st.error();
    return QCoreApplication::translate("server",
                                       "Roles: %1 may read the project, %2 may change it; grant them "
                                       "to users with: jieshui-cli grant ADDRESS USER viewer|editor")
        .arg(QString::fromStdString(viewerRole(schema)), QString::fromStdString(editorRole(schema)))
        .toStdString();
}

} // namespace jieshui::server
