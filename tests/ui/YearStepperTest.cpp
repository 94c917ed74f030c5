// SPDX-License-Identifier: GPL-3.0-or-later
#include "YearStepper.h"

#include <QSignalSpy>
#include <QToolButton>
#include <gtest/gtest.h>

using namespace jieshui::ui;

namespace {

jieshui::core::PlanYears qinzhouYears() {
    jieshui::core::PlanYears years;
    years.baseYear = 2015;
    years.targetYears = {2020, 2022, 2035};
    years.firstYear = 2015;
    years.lastYear = 2035;
    return years;
}

} // namespace

TEST(YearStepper, highlightsTheBaseAndTargetYears) {
    // Given a stepper over Qinzhou's plan years, 2015–2035
    YearStepper stepper(qinzhouYears());
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
    YearStepper stepper(qinzhouYears());
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
    YearStepper stepper(qinzhouYears());
    QSignalSpy spy(&stepper, &YearStepper::yearChanged);
    // When the 2022 button is clicked
    stepper.buttonFor(2022)->click();
    // Then 2022 is the year
    EXPECT_EQ(stepper.year(), 2022);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toInt(), 2022);
}

TEST(YearStepper, takesAnotherPlansYears) {
    // Given a stepper showing Qinzhou's years
    YearStepper stepper(qinzhouYears());
    // When a 十四五 plan against 2020 is opened: statistics from 2018, targets for 2023 and 2025
    jieshui::core::PlanYears fourteenth;
    fourteenth.baseYear = 2020;
    fourteenth.targetYears = {2023, 2025};
    fourteenth.firstYear = 2018;
    fourteenth.lastYear = 2025;
    stepper.setPlanYears(fourteenth);
    // Then it offers 2018-2025 with 2020 as the base year and 2023, 2025 as the target years
    EXPECT_EQ(stepper.firstYear(), 2018);
    EXPECT_EQ(stepper.lastYear(), 2025);
    EXPECT_EQ(stepper.buttonFor(2015), nullptr);
    EXPECT_EQ(stepper.buttonFor(2035), nullptr);
    for (int year : {2020, 2023, 2025})
        EXPECT_TRUE(stepper.buttonFor(year)->property("keyYear").toBool()) << year;
    EXPECT_FALSE(stepper.buttonFor(2022)->property("keyYear").toBool());
    EXPECT_TRUE(stepper.buttonFor(2020)->toolTip().contains(QStringLiteral("base year")));
    EXPECT_TRUE(stepper.buttonFor(2025)->toolTip().contains(QStringLiteral("target year")));
}
