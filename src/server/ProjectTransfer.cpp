// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectTransfer.h"

#include "PgConnection.h"
#include "PgTransaction.h"
#include "ProjectImage.h"
#include "ServerProject.h"
#include "ServerRows.h"
#include "ServerSchema.h"
#include "store/ProjectFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace jieshui::server {

core::Result<PushReport> ProjectTransfer::push(const std::string& path, const ServerAddress& address) {
    auto file = store::ProjectFile::open(path, store::OpenMode::ReadOnly);
    if (file.hasError())
        return file.error();
    // The file's own tables, row for row: the server holds exactly what the file holds.
    auto image = ProjectImage::read(file.value().database());
    if (image.hasError())
        return image.error().locatedIn({.file = path});
    return pushImage(image.value(), address,
                     QFileInfo(QString::fromStdString(path)).fileName().toStdString());
}

core::Result<PushReport> ProjectTransfer::push(const store::ProjectData& data, const ServerAddress& address,
                                               const std::string& sourceName) {
    auto image = ProjectImage::fromProject(data);
    if (image.hasError())
        return image.error();
    return pushImage(image.value(), address, sourceName);
}

core::Result<PushReport> ProjectTransfer::pushImage(const ProjectImage& image, const ServerAddress& address,
                                                    const std::string& sourceName) {
    auto connected = PgConnection::connect(address);
    if (connected.hasError())
        return connected.error();
    PgConnection& conn = connected.value();
    auto tx = PgTransaction::begin(conn);
    if (tx.hasError())
        return tx.error();
    auto exists = ServerSchema::exists(conn, address.schema());
    if (exists.hasError())
        return exists.error();
    if (exists.value())
        return core::Error(core::ErrorCode::StoreError,
                           QCoreApplication::translate("server",
                                                       "the database already holds a project \"%1\"; "
                                                       "choose another ?schema= name")
                               .arg(QString::fromStdString(address.schema()))
                               .toStdString(),
                           {.file = address.display()});
    auto postgis = ServerSchema::postgisSchema(conn, true);
    if (postgis.hasError())
        return postgis.error();
    if (auto st = ServerSchema::create(conn, address.schema(), postgis.value(), image); st.hasError())
        return st.error();
    // One summary line in the log instead of one per row.
    if (auto st = conn.run("SET LOCAL jieshui.bulk = 'on'"); st.hasError())
        return st.error();
    ServerRows rows(conn, postgis.value());
    PushReport report;
    for (const TableImage& table : image.tables) {
        const std::string qualified = conn.qualified(address.schema(), table.name);
        // With their fids, so that the server keeps the file's row order.
        if (auto st = rows.insertAll(qualified, table, true); st.hasError())
            return st.error();
        if (!table.fids.empty())
            if (auto st =
                    conn.run("SELECT setval(pg_get_serial_sequence($1, 'fid'), $2)",
                             {PgParam::text(qualified),
                              PgParam::integer(*std::max_element(table.fids.begin(), table.fids.end()))});
                st.hasError())
                return st.error();
        ++report.tables;
        report.rows += table.rows.size();
    }
    const QJsonObject counts{{QStringLiteral("rows"), static_cast<qint64>(report.rows)},
                             {QStringLiteral("tables"), static_cast<qint64>(report.tables)}};
    if (auto st =
            conn.run("SELECT " + conn.qualified(address.schema(), "jieshui_note") + "($1, $2, $3, $4::jsonb)",
                     {PgParam::text("project"), PgParam::text(sourceName), PgParam::text("push"),
                      PgParam::text(QJsonDocument(counts).toJson(QJsonDocument::Compact).toStdString())});
        st.hasError())
        return st.error();
    auto roles = ServerSchema::createRoles(conn, address.schema());
    if (roles.hasError())
        return roles.error();
    report.rolesNote = roles.value();
    if (auto st = tx.value().commit(); st.hasError())
        return st.error();
    return report;
}

core::Status ProjectTransfer::pull(const ServerAddress& address, const std::string& path) {
    auto project = ServerProject::open(address, store::OpenMode::ReadOnly);
    if (project.hasError())
        return project.error();
    ProjectImage raw;
    auto data = project.value()->load(&raw);
    if (data.hasError())
        return data.error();
    // The stamps of the project itself travel with it; the new file stamps its own save.
    std::map<std::string, std::string> stamps;
    for (const char* key : {"created", "last_evaluated"})
        if (std::string value = project.value()->metadata(key); !value.empty())
            stamps.emplace(key, std::move(value));
    // The file is written from the project (its meaning checked as a file's), then gets the tables the
    // project does not hold, row for row as the server has them.
    return store::ProjectFile::create(path, data.value(), stamps,
                                      [&](store::Database& db) { return raw.addTablesMissingFrom(db); });
}

} // namespace jieshui::server
