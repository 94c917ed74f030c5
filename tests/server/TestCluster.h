// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A throw-away PostgreSQL cluster for the server tests: initdb and pg_ctl in a temporary folder, listening
// on a Unix socket only (no TCP, no system service), password logins read from a pgpass file the cluster
// writes (PGPASSFILE), stopped and deleted when the test program ends.

#include <string>

namespace jieshui::server::test {

class TestCluster {
public:
    /**
     * The cluster of this test program, started on first use; nullptr when it cannot run here, with the
     * reason in unavailableReason(). Only missing server binaries (or PostGIS) make it unavailable; a
     * cluster that exists but fails to start is reported by startupFailure() and must fail the test.
     */
    static TestCluster* shared();
    static const std::string& unavailableReason();
    static const std::string& startupFailure();

    /** A project address on the test database: postgresql:///jieshui?host=...&port=...&user=U&schema=S. */
    std::string address(const std::string& user, const std::string& schema) const;
    /** A GDAL "PG:" connection string for @p user on the test database (password from PGPASSFILE). */
    std::string gdalConnection(const std::string& user, const std::string& schema) const;
    /** Runs SQL as the administrator (superuser) on the test database; returns the first column of the first
     * row. */
    std::string adminQuery(const std::string& sql) const;

    const std::string& socketDirectory() const { return m_socketDir; }
    int port() const { return m_port; }

    /** Logins the cluster has: admin (superuser, pushes), alice and bob (editors), trainer (viewer). */
    static constexpr const char* admin = "jieshui_admin";

    ~TestCluster();

private:
    TestCluster() = default;
    bool start(std::string& unavailable, std::string& failure);

    std::string m_root;
    std::string m_binDir;
    std::string m_socketDir;
    int m_port = 0;
    bool m_asPostgresUser = false;
    bool m_running = false;
};

} // namespace jieshui::server::test

/** Declares `cluster`, the shared test cluster; fails when it broke at startup, skips (saying why) when
 * absent. */
#define JIESHUI_REQUIRE_CLUSTER(cluster)                                                                     \
    auto* cluster = ::jieshui::server::test::TestCluster::shared();                                          \
    if ((cluster) == nullptr) {                                                                              \
        ASSERT_TRUE(::jieshui::server::test::TestCluster::startupFailure().empty())                          \
            << ::jieshui::server::test::TestCluster::startupFailure();                                       \
        GTEST_SKIP() << ::jieshui::server::test::TestCluster::unavailableReason();                           \
    }
