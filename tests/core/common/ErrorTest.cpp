// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Result.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

TEST(Error, namesEveryLocationPartThatIsSet) {
    const Error e(ErrorCode::InvalidValue, "negative volume",
                  {.file = "stats.csv", .line = 12, .field = "value", .region = "450702", .year = 2020});
    EXPECT_EQ(e.toString(), "stats.csv:12: field 'value', region 450702, year 2020: negative volume");
}

TEST(Error, locatedInFillsOnlyUnsetParts) {
    const Error inner(ErrorCode::UnknownUnit, "unknown unit 'x'", {.field = "unit"});
    const Error located = inner.locatedIn({.file = "a.csv", .line = 3, .field = "other"});
    EXPECT_EQ(located.location().file, "a.csv");
    EXPECT_EQ(located.location().line, 3);
    EXPECT_EQ(located.location().field, "unit");
}

TEST(Result, valueOfFailureIsAProgrammingError) {
    const Result<int> failed(Error(ErrorCode::MissingData, "no base year"));
    EXPECT_TRUE(failed.hasError());
    EXPECT_THROW((void)failed.value(), BadResultAccess);
    const Result<int> ok(5);
    EXPECT_EQ(ok.value(), 5);
    EXPECT_THROW((void)ok.error(), BadResultAccess);
}
