// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/Classifier.h"

#include <cmath>
#include <gtest/gtest.h>

using jieshui::render::ClassificationMethod;
using jieshui::render::Classifier;

TEST(Classifier, equalIntervalSplitsRangeEvenly) {
    // Given values from 0 to 10 / When split in 5 equal classes
    const auto breaks = Classifier::equalInterval({3.0, 0.0, 10.0, 7.0}, 5);
    // Then the breaks are 0, 2, 4, 6, 8, 10
    EXPECT_EQ(breaks, (std::vector<double>{0.0, 2.0, 4.0, 6.0, 8.0, 10.0}));
}

TEST(Classifier, quantilePutsTheSameCountInEachClass) {
    // Given 1..8 / When split in 4 quantiles
    const auto breaks = Classifier::quantile({8, 7, 6, 5, 4, 3, 2, 1}, 4);
    // Then each class holds two values: (1,2], (2,4], (4,6], (6,8]
    EXPECT_EQ(breaks, (std::vector<double>{1, 2, 4, 6, 8}));
}

TEST(Classifier, naturalBreaksFindsTheGapsBetweenClusters) {
    // Given three clusters {1,2,3}, {10,11,12}, {30,31}
    const auto breaks = Classifier::naturalBreaks({31, 1, 12, 2, 30, 3, 10, 11}, 3);
    // Then Jenks breaks fall after 3 and after 12
    EXPECT_EQ(breaks, (std::vector<double>{1, 3, 12, 31}));
}

TEST(Classifier, naturalBreaksWithFewerDistinctValuesThanClasses) {
    // Given two distinct values / When asked for 5 classes / Then two classes
    const auto breaks = Classifier::naturalBreaks({4, 4, 9, 9, 9}, 5);
    EXPECT_EQ(breaks, (std::vector<double>{4, 4, 9}));
    EXPECT_EQ(Classifier::classOf(breaks, 4.0), 0);
    EXPECT_EQ(Classifier::classOf(breaks, 9.0), 1);
}

TEST(Classifier, emptyAndNonFiniteInputGiveNoBreaks) {
    EXPECT_TRUE(Classifier::breaks(ClassificationMethod::Quantile, {}, 4).empty());
    EXPECT_TRUE(Classifier::equalInterval({NAN, INFINITY}, 3).empty());
    EXPECT_TRUE(Classifier::naturalBreaks({1.0, 2.0}, 0).empty());
}

TEST(Classifier, classOfUsesUpperInclusiveBoundsAndClamps) {
    const std::vector<double> breaks{0, 2, 4, 6};
    EXPECT_EQ(Classifier::classOf(breaks, 0.0), 0);
    EXPECT_EQ(Classifier::classOf(breaks, 2.0), 0);
    EXPECT_EQ(Classifier::classOf(breaks, 2.1), 1);
    EXPECT_EQ(Classifier::classOf(breaks, 6.0), 2);
    EXPECT_EQ(Classifier::classOf(breaks, -5.0), 0);
    EXPECT_EQ(Classifier::classOf(breaks, 99.0), 2);
}

TEST(Classifier, distinctAtDropsBreaksThatRoundAlikeAndKeepsTheEnds) {
    // An inner break rounding like the one before it goes; its class merges into the next
    EXPECT_EQ(Classifier::distinctAt({1.0, 2.0, 2.04, 3.0}, 1), (std::vector<double>{1.0, 2.0, 3.0}));
    // The maximum stays the top bound when the break before it rounds alike
    EXPECT_EQ(Classifier::distinctAt({1.0, 2.0, 2.96, 2.98}, 1), (std::vector<double>{1.0, 2.0, 2.98}));
    // The first class may hold the minimum alone
    EXPECT_EQ(Classifier::distinctAt({21.4, 21.4, 30.0}, 1), (std::vector<double>{21.4, 21.4, 30.0}));
    EXPECT_EQ(Classifier::distinctAt({21.4, 21.4, 21.41, 30.0}, 1), (std::vector<double>{21.4, 21.4, 30.0}));
    // One value: one class
    EXPECT_EQ(Classifier::distinctAt({5.0, 5.0}, 2), (std::vector<double>{5.0, 5.0}));
    EXPECT_TRUE(Classifier::distinctAt({}, 2).empty());
}
