// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectLocationText.h"

#include "server/ServerAddress.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace jieshui::ui {

QString ProjectLocationText::of(const QString& path) {
    if (!server::ServerAddress::isServerAddress(path))
        return QDir::toNativeSeparators(path);
    // Read only the host, the database, the service and the schema: the user part and every other
    // parameter (a password among them, even in an address the parser refuses) stay out of sight.
    const QUrl url(path, QUrl::TolerantMode);
    const QUrlQuery query(url);
    const QString schema = query.queryItemValue(QStringLiteral("schema"), QUrl::FullyDecoded);
    QString database = url.path(QUrl::FullyDecoded);
    if (database.startsWith(QLatin1Char('/')))
        database.remove(0, 1);
    const QString service = query.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded);
    QString server = url.host(QUrl::FullyDecoded);
    if (server.isEmpty())
        server = service.isEmpty() ? tr("the local server") : tr("service %1").arg(service);
    const QString where = database.isEmpty() ? server : tr("database %1 on %2").arg(database, server);
    return schema.isEmpty() ? tr("a shared project in %1").arg(where)
                            : tr("shared project %1 in %2").arg(schema, where);
}

} // namespace jieshui::ui
