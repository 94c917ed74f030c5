// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ServerAddress.h"

#include <gtest/gtest.h>

using jieshui::core::ErrorCode;
using jieshui::server::ServerAddress;

TEST(ServerAddress, readsTheSchemaAndKeepsTheRestForLibpq) {
    // Given an address with a socket folder, a user and the project's schema
    auto address = ServerAddress::parse(
        QStringLiteral("postgresql:///water?host=/tmp/pg&port=5433&user=alice&schema=qinzhou"));
    // Then the schema is ours and everything else goes to libpq, with a fallback application name
    ASSERT_TRUE(address.isOk()) << address.error().toString();
    EXPECT_EQ(address.value().schema(), "qinzhou");
    const std::string uri = address.value().connectionUri();
    EXPECT_EQ(uri.find("schema="), std::string::npos) << uri;
    EXPECT_NE(uri.find("user=alice"), std::string::npos) << uri;
    EXPECT_NE(uri.find("fallback_application_name=jieshui"), std::string::npos) << uri;
    EXPECT_EQ(address.value().display(),
              "postgresql:///water?host=/tmp/pg&port=5433&user=alice&schema=qinzhou");
}

TEST(ServerAddress, refusesPasswordsInTheAddress) {
    // Given addresses carrying a password in the user part or as a parameter
    for (const char* text : {"postgresql://alice:secret@gis.example/water?schema=qinzhou",
                             "postgresql://gis.example/water?password=secret&schema=qinzhou"}) {
        auto address = ServerAddress::parse(QString::fromLatin1(text));
        // Then they are refused, pointing to pgpass, and the password is not repeated in the message
        ASSERT_TRUE(address.hasError()) << text;
        EXPECT_EQ(address.error().code(), ErrorCode::InvalidValue);
        EXPECT_NE(address.error().message().find("pgpass"), std::string::npos);
        EXPECT_EQ(address.error().message().find("secret"), std::string::npos);
    }
}

TEST(ServerAddress, needsAPlainSchemaName) {
    // Given no schema, a quoted name, an upper-case name and a name starting with a digit
    for (const char* text :
         {"postgresql://gis.example/water", "postgresql://gis.example/water?schema=a%22b",
          "postgresql://gis.example/water?schema=Qinzhou", "postgresql://gis.example/water?schema=1city"}) {
        // Then each is refused with a message
        auto address = ServerAddress::parse(QString::fromLatin1(text));
        EXPECT_TRUE(address.hasError()) << text;
    }
    // And a file name is not a server address
    EXPECT_FALSE(ServerAddress::isServerAddress(QStringLiteral("/home/planner/qinzhou.gpkg")));
    EXPECT_TRUE(ServerAddress::isServerAddress(QStringLiteral("postgres://h/d?schema=x")));
}
