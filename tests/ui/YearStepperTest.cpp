// SPDX-License-Identifier: GPL-3.0-or-later
#include "YearStepper.h"

#include <QSignalSpy>
#include <QToolButton>
#include <gtest/gtest.h>

using namespace jieshui::ui;

TEST(YearStepper, highlightsTheBaseAndTargetYears) {
    // Given a stepper over 2015–2035
    YearStepper stepper(2015, 2035);
    // Then 2015, 2020, 2022 and 2035 are key years shown in full; the others in two digits
    for (int year : {2015, 2020, 2022, 2035}) {
        EXPECT_TRUE(stepper.buttonFor(year)->property("keyYear").toBool()) << year;
        EXPECT_EQ(stepper.buttonFor(year)->text(), QString::number(year));
    }
    EXPECT_FALSE(stepper.buttonFor(2021)->property("keyYear").toBool());
    EXPECT_EQ(stepper.buttonFor(2021)->text(), QStringLiteral("21"));
    EXPECT_EQ(stepper.buttonFor(2014), nullptr);
}

TEST(YearStepper, stepsAndClampsAtBothEnds) {
    YearStepper stepper(2015, 2035);
    QSignalSpy spy(&stepper, &YearStepper::yearChanged);
    // When stepping back from 2015
    stepper.stepBack();
    // Then nothing happens
    EXPECT_EQ(stepper.year(), 2015);
    EXPECT_EQ(spy.count(), 0);
    // When stepping forward, then jumping past the end
    stepper.stepForward();
    EXPECT_EQ(stepper.year(), 2016);
    stepper.setYear(2099);
    EXPECT_EQ(stepper.year(), 2035);
    stepper.stepForward();
    EXPECT_EQ(stepper.year(), 2035);
    // Then two changes were announced and the 2035 button is checked
    EXPECT_EQ(spy.count(), 2);
    EXPECT_TRUE(stepper.buttonFor(2035)->isChecked());
}

TEST(YearStepper, clickingAYearButtonSelectsIt) {
    YearStepper stepper(2015, 2035);
    QSignalSpy spy(&stepper, &YearStepper::yearChanged);
    // When the 2022 button is clicked
    stepper.buttonFor(2022)->click();
    // Then 2022 is the year
    EXPECT_EQ(stepper.year(), 2022);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toInt(), 2022);
}
