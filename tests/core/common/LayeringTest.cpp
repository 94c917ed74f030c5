// SPDX-License-Identifier: GPL-3.0-or-later
// The core must stay pure C++ and Boost: no file under src/core may include Qt, GDAL, PROJ or SQLite.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

namespace fs = std::filesystem;

TEST(Layering, coreIncludesNoQtGdalProjOrSqlite) {
    // Given every source file under src/core
    const fs::path core = fs::path(JIESHUI_SOURCE_DIR) / "src" / "core";
    ASSERT_TRUE(fs::is_directory(core)) << core;
    const std::regex forbidden(R"(^\s*#\s*include\s*[<"](Q[A-Za-z]|qt|gdal|ogr|cpl_|proj|sqlite3))");
    int files = 0;
    for (const auto& entry : fs::recursive_directory_iterator(core)) {
        const auto ext = entry.path().extension();
        if (ext != ".h" && ext != ".cpp")
            continue;
        ++files;
        std::ifstream in(entry.path());
        std::string line;
        int number = 0;
        // Then no line includes a forbidden header
        while (std::getline(in, line)) {
            ++number;
            EXPECT_FALSE(std::regex_search(line, forbidden)) << entry.path() << ":" << number << ": " << line;
        }
    }
    EXPECT_GT(files, 10);
}

TEST(Layering, theCheckCatchesAForbiddenInclude) {
    const std::regex forbidden(R"(^\s*#\s*include\s*[<"](Q[A-Za-z]|qt|gdal|ogr|cpl_|proj|sqlite3))");
    EXPECT_TRUE(std::regex_search(std::string("#include <QString>"), forbidden));
    EXPECT_TRUE(std::regex_search(std::string("#include \"gdal_priv.h\""), forbidden));
    EXPECT_TRUE(std::regex_search(std::string("#include <proj.h>"), forbidden));
    EXPECT_FALSE(std::regex_search(std::string("#include \"model/PlanTarget.h\""), forbidden));
}
