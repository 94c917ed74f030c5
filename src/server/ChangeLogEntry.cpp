// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeLogEntry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <array>
#include <utility>

namespace jieshui::server {

namespace {

QString columnLabel(const QString& column) {
    static const std::array<std::pair<const char*, const char*>, 22> labels{{
        {"name_zh", QT_TRANSLATE_NOOP("server", "Chinese name")},
        {"name_en", QT_TRANSLATE_NOOP("server", "English name")},
        {"name", QT_TRANSLATE_NOOP("server", "name")},
        {"code", QT_TRANSLATE_NOOP("server", "code")},
        {"kind", QT_TRANSLATE_NOOP("server", "kind")},
        {"parent_code", QT_TRANSLATE_NOOP("server", "parent region")},
        {"value", QT_TRANSLATE_NOOP("server", "value")},
        {"unit", QT_TRANSLATE_NOOP("server", "unit")},
        {"source", QT_TRANSLATE_NOOP("server", "source")},
        {"estimate", QT_TRANSLATE_NOOP("server", "estimate flag")},
        {"year", QT_TRANSLATE_NOOP("server", "year")},
        {"status", QT_TRANSLATE_NOOP("server", "status")},
        {"volume_m3", QT_TRANSLATE_NOOP("server", "volume (m³)")},
        {"cap_m3", QT_TRANSLATE_NOOP("server", "cap (m³)")},
        {"remainder_m3", QT_TRANSLATE_NOOP("server", "remainder (m³)")},
        {"manual", QT_TRANSLATE_NOOP("server", "set by hand")},
        {"method", QT_TRANSLATE_NOOP("server", "method")},
        {"parent", QT_TRANSLATE_NOOP("server", "parent scenario")},
        {"description_zh", QT_TRANSLATE_NOOP("server", "description (Chinese)")},
        {"description_en", QT_TRANSLATE_NOOP("server", "description (English)")},
        {"geom", QT_TRANSLATE_NOOP("server", "geometry")},
        {"attributes", QT_TRANSLATE_NOOP("server", "attributes")},
    }};
    for (const auto& [id, label] : labels)
        if (column == QLatin1String(id))
            return QCoreApplication::translate("server", label);
    return column;
}

QString valueText(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QCoreApplication::translate("server", "(empty)");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 12);
    case QJsonValue::String:
        return v.toString().isEmpty() ? QCoreApplication::translate("server", "(empty)") : v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QCoreApplication::translate("server", "yes")
                          : QCoreApplication::translate("server", "no");
    default:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
}

} // namespace

QString ChangeLogEntry::tableLabel(const std::string& table) {
    static const std::array<std::pair<const char*, const char*>, 12> labels{{
        {"jieshui_metadata", QT_TRANSLATE_NOOP("server", "project setting")},
        {"regions", QT_TRANSLATE_NOOP("server", "region")},
        {"statistics", QT_TRANSLATE_NOOP("server", "statistic")},
        {"plan_targets", QT_TRANSLATE_NOOP("server", "plan target")},
        {"key_tasks", QT_TRANSLATE_NOOP("server", "key task")},
        {"task_milestones", QT_TRANSLATE_NOOP("server", "task milestone")},
        {"scenarios", QT_TRANSLATE_NOOP("server", "scenario")},
        {"scenario_overrides", QT_TRANSLATE_NOOP("server", "scenario setting")},
        {"allocations", QT_TRANSLATE_NOOP("server", "allocation")},
        {"allocation_shares", QT_TRANSLATE_NOOP("server", "allocation share")},
        {"results", QT_TRANSLATE_NOOP("server", "results")},
        {"jieshui_layers", QT_TRANSLATE_NOOP("server", "map layer")},
    }};
    for (const auto& [id, label] : labels)
        if (table == id)
            return QCoreApplication::translate("server", label);
    return QCoreApplication::translate("server", "feature of map table %1")
        .arg(QString::fromStdString(table));
}

QString ChangeLogEntry::describe() const {
    const QJsonObject object = QJsonDocument::fromJson(QByteArray::fromStdString(changes)).object();
    const QString what = QStringLiteral("%1 %2").arg(tableLabel(table), QString::fromStdString(rowKey));
    if (operation == "push")
        return QCoreApplication::translate("server", "project uploaded from %1 (%2 rows)")
            .arg(QString::fromStdString(rowKey))
            .arg(object.value(QStringLiteral("rows")).toInt());
    if (operation == "results")
        return rowKey.empty()
                   ? QCoreApplication::translate("server", "results of every scenario replaced (%1 rows)")
                         .arg(object.value(QStringLiteral("rows")).toInt())
                   : QCoreApplication::translate("server", "results of %1 replaced (%2 rows)")
                         .arg(QString::fromStdString(rowKey))
                         .arg(object.value(QStringLiteral("rows")).toInt());
    if (operation == "insert")
        return QCoreApplication::translate("server", "%1 added").arg(what);
    if (operation == "delete")
        return QCoreApplication::translate("server", "%1 removed").arg(what);
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("geom")) {
            parts.append(QCoreApplication::translate("server", "geometry changed"));
            continue;
        }
        const QJsonArray pair = it.value().toArray();
        parts.append(QStringLiteral("%1 %2 → %3")
                         .arg(columnLabel(it.key()), valueText(pair.at(0)), valueText(pair.at(1))));
    }
    return QCoreApplication::translate("server", "%1 changed: %2")
        .arg(what, parts.join(QStringLiteral("; ")));
}

} // namespace jieshui::server
