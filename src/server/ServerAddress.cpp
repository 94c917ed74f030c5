// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace jieshui::server {

namespace {

core::Error invalid(const QString& uri, const char* text) {
    return core::Error(core::ErrorCode::InvalidValue,
                       QCoreApplication::translate("server", text).toStdString(),
                       {.file = uri.toStdString()});
}

} // namespace

bool ServerAddress::isServerAddress(const QString& text) {
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

core::Result<ServerAddress> ServerAddress::parse(const QString& uri) {
    if (!isServerAddress(uri))
        return invalid(uri,
                       QT_TRANSLATE_NOOP("server", "a server project address starts with postgresql://"));
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(uri, QT_TRANSLATE_NOOP("server", "not a valid postgresql:// address"));
    QUrlQuery query(url);
    if (!url.password().isEmpty() || query.hasQueryItem(QStringLiteral("password")))
        return invalid(
            uri,
            QT_TRANSLATE_NOOP("server", "the address holds a password; passwords are never stored with a "
                                        "project: put it in ~/.pgpass or a pg_service.conf service instead"));
    const QString schema = query.queryItemValue(QStringLiteral("schema"), QUrl::FullyDecoded);
    if (schema.isEmpty())
        return invalid(uri, QT_TRANSLATE_NOOP("server",
                                              "the address names no project: add ?schema=NAME (the project's "
                                              "schema in the database)"));
    static const QRegularExpression identifier(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    if (!identifier.match(schema).hasMatch())
        return invalid(uri,
                       QT_TRANSLATE_NOOP("server", "the schema name must be lower-case letters, digits and "
                                                   "underscores, starting with a letter"));
    query.removeAllQueryItems(QStringLiteral("schema"));
    if (!query.hasQueryItem(QStringLiteral("fallback_application_name")))
        query.addQueryItem(QStringLiteral("fallback_application_name"), QStringLiteral("jieshui"));
    QUrl connection(url);
    connection.setQuery(query);

    ServerAddress address;
    address.m_connectionUri = connection.toString(QUrl::FullyEncoded).toStdString();
    address.m_schema = schema.toStdString();
    address.m_display = uri.toStdString();
    return address;
}

} // namespace jieshui::server
