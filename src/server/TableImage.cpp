// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableImage.h"

#include <array>
#include <cctype>
#include <charconv>
#include <map>

namespace jieshui::server {

namespace {

struct DeclaredKey {
    std::string_view table;
    std::array<std::string_view, 5> columns;
};

// Tables whose rows the project file does not constrain to be unique: the key a person would name a row
// by (a share is "allocation X, region Y"). Duplicates stay possible and are told apart by position.
constexpr std::array<DeclaredKey, 4> kDeclaredKeys{{
    {"task_milestones", {"task_number", "year", "target_id"}},
    {"scenario_overrides", {"scenario", "region_code", "driver", "from_year"}},
    {"allocation_shares", {"allocation_id", "region_code"}},
    {"results", {"scenario", "indicator", "region_code", "year", "target_id"}},
}};

} // namespace

std::string keyText(const ImageValue& value) {
    if (const auto* i = std::get_if<long long>(&value))
        return std::to_string(*i);
    if (const auto* s = std::get_if<std::string>(&value))
        return *s;
    if (const auto* d = std::get_if<double>(&value)) {
        std::array<char, 32> buffer{};
        const auto written = std::to_chars(buffer.data(), buffer.data() + buffer.size(), *d);
        return std::string(buffer.data(), static_cast<std::size_t>(written.ptr - buffer.data()));
    }
    return {};
}

bool isPlainIdentifier(std::string_view name) {
    if (name.empty() || name.size() > 63)
        return false;
    for (char c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_'))
            return false;
    return true;
}

int TableImage::columnIndex(std::string_view column) const {
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].name == column)
            return static_cast<int>(i);
    return -1;
}

void TableImage::chooseKey() {
    keyColumns.clear();
    if (isLayer)
        return;
    auto useColumns = [&](const auto& names) {
        std::vector<int> found;
        for (const auto& n : names) {
            if (std::string_view(n).empty())
                continue;
            const int index = columnIndex(n);
            if (index < 0)
                return false;
            found.push_back(index);
        }
        if (found.empty())
            return false;
        keyColumns = std::move(found);
        return true;
    };
    for (const auto& unique : uniqueKeys)
        if (useColumns(unique))
            return;
    for (const DeclaredKey& declared : kDeclaredKeys)
        if (declared.table == name && useColumns(declared.columns))
            return;
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].type != ColumnType::Geometry && columns[i].type != ColumnType::Blob)
            keyColumns.push_back(static_cast<int>(i));
}

std::vector<std::string> TableImage::keyColumnNames() const {
    if (isLayer)
        return {"fid"};
    std::vector<std::string> names;
    for (int index : keyColumns)
        names.push_back(columns[static_cast<std::size_t>(index)].name);
    return names;
}

std::string TableImage::keyOf(std::size_t row) const {
    if (isLayer)
        return std::to_string(fids[row]);
    std::string key;
    for (std::size_t i = 0; i < keyColumns.size(); ++i) {
        if (i > 0)
            key += " / ";
        key += keyText(rows[row][static_cast<std::size_t>(keyColumns[i])]);
    }
    return key;
}

std::vector<std::string> TableImage::rowKeys() const {
    std::vector<std::string> keys;
    keys.reserve(rows.size());
    std::map<std::string, int> seen;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::string key = keyOf(r);
        const int n = ++seen[key];
        if (n > 1)
            key += " #" + std::to_string(n);
        keys.push_back(std::move(key));
    }
    return keys;
}

} // namespace jieshui::server
