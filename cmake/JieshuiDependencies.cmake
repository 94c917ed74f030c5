# SPDX-License-Identifier: GPL-3.0-or-later
# Every third-party dependency is found here, once; all come from Debian 12 packages (scripts/packages.txt).
find_package(Boost 1.74 REQUIRED)
find_package(Qt6 REQUIRED COMPONENTS Core Gui Widgets Svg SvgWidgets Charts PrintSupport Concurrent LinguistTools)
find_package(GDAL REQUIRED)
find_package(PROJ CONFIG REQUIRED)
find_package(SQLite3 REQUIRED)
if(JIESHUI_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(JIESHUI_BUILD_BENCHMARKS)
  find_package(benchmark REQUIRED)
endif()
# libpq (libpq-dev) for projects shared on PostgreSQL/PostGIS.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBPQ REQUIRED IMPORTED_TARGET libpq)
