// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayerStyles.h"

#include "ProjectSchema.h"
#include "Statement.h"

namespace jieshui::store {

core::Status LayerStyles::replace(Database& db, const std::string& table,
                                  const std::vector<LayerStyleRow>& styles) {
    // The columns QGIS creates (QgsOgrProviderUtils / saveStyle for GPKG).
    if (auto st = db.exec("CREATE TABLE IF NOT EXISTS layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                          "f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256), "
                          "f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT, "
                          "useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), "
                          "update_time DATETIME DEFAULT CURRENT_TIMESTAMP)");
        st.hasError())
        return st;
    if (auto st = ProjectSchema::registerAttributes(db, "layer_styles", "QGIS layer styles"); st.hasError())
        return st;
    auto del = Statement::prepare(db, "DELETE FROM layer_styles WHERE f_table_name = ?1");
    if (del.hasError())
        return del.error();
    if (auto st = del.value().bind(1, table).run(); st.hasError())
        return st;
    auto ins =
        Statement::prepare(db, "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                               "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, "
                               "owner, ui) VALUES ('', '', ?1, 'geom', ?2, ?3, ?4, ?5, ?6, 'jieshui', '')");
    if (ins.hasError())
        return ins.error();
    for (const LayerStyleRow& style : styles) {
        Statement& s = ins.value();
        s.bind(1, table).bind(2, style.name).bind(3, style.qml).bind(4, style.sld);
        s.bind(5, style.useAsDefault ? 1 : 0).bind(6, style.description);
        if (auto st = s.run(); st.hasError())
            return st;
    }
    return core::okStatus();
}

} // namespace jieshui::store
