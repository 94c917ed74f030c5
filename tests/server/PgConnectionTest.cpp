// SPDX-License-Identifier: GPL-3.0-or-later
// The server's notices and warnings are collected for the caller, never printed raw by libpq.
#include "server/PgConnection.h"

#include "TestCluster.h"
#include "server/ProjectAccess.h"
#include "server/ServerAddress.h"

#include <QTemporaryFile>
#include <cstdio>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace jieshui;
using server::test::TestCluster;

namespace {

/** Runs @p action with the process's stderr sent to a file; returns what was written there. */
template <typename F> std::string stderrOf(F action) {
    QTemporaryFile file;
    if (!file.open())
        throw std::runtime_error("no temporary file");
    std::fflush(stderr);
    const int saved = ::dup(STDERR_FILENO);
    ::dup2(file.handle(), STDERR_FILENO);
    action();
    std::fflush(stderr);
    ::dup2(saved, STDERR_FILENO);
    ::close(saved);
    file.seek(0);
    return file.readAll().toStdString();
}

server::ServerAddress addressOf(const TestCluster& cluster, const std::string& schema) {
    auto address =
        server::ServerAddress::parse(QString::fromStdString(cluster.address(TestCluster::admin, schema)));
    if (address.hasError())
        throw std::runtime_error(address.error().toString());
    return address.value();
}

} // namespace

TEST(PgConnection, noticesAreCollectedNotPrinted) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    auto conn = server::PgConnection::connect(addressOf(*cluster, "public"));
    ASSERT_TRUE(conn.isOk()) << conn.error().toString();
    // When the server warns during a statement
    const std::string printed = stderrOf([&] {
        EXPECT_TRUE(conn.value()
                        .run("DO $$BEGIN RAISE WARNING 'watch out'; RAISE NOTICE 'by the way'; END$$")
                        .isOk());
    });
    // Then nothing reaches stderr and the caller gets both, with their severity, once
    EXPECT_EQ(printed, "");
    const auto notices = conn.value().takeNotices();
    ASSERT_EQ(notices.size(), 2u);
    EXPECT_EQ(notices[0].severity, "WARNING");
    EXPECT_EQ(notices[0].message, "watch out");
    EXPECT_EQ(notices[1].severity, "NOTICE");
    EXPECT_TRUE(conn.value().takeNotices().empty());
    // And a connection moved elsewhere keeps collecting
    server::PgConnection moved = std::move(conn).value();
    EXPECT_EQ(stderrOf([&] { EXPECT_TRUE(moved.run("DO $$BEGIN RAISE WARNING 'again'; END$$").isOk()); }),
              "");
    EXPECT_EQ(moved.takeNotices().size(), 1u);
}

TEST(PgConnection, aNoticeIsDescribedInTheUsersWords) {
    // Known conditions get our words; others keep the server's message behind a translated lead.
    EXPECT_TRUE(
        server::ProjectAccess::describeNotice("WARNING", "01007", "role \"a\" is not a member of role \"b\"")
            .startsWith(QStringLiteral("the server revoked nothing: ")));
    EXPECT_EQ(server::ProjectAccess::describeNotice("WARNING", "01000", "x"),
              QStringLiteral("the server warns: x"));
    EXPECT_EQ(server::ProjectAccess::describeNotice("NOTICE", "00000", "y"),
              QStringLiteral("the server notes: y"));
}
