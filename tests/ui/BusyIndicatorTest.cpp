// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's busy indicator and the scenario chooser: what an edit repeats leaves them (and so the
// window's layout) as they are.
#include "BusyIndicator.h"

#include "ScenarioChooser.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QTest>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {

/** Counts the layout requests @p watched posts to its parent (what makes a window lay itself out again). */
class LayoutRequests : public QObject {
public:
    explicit LayoutRequests(QWidget* parent) { parent->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return false;
    }
};

core::Scenario scenario(const std::string& id, const std::string& zh, const std::string& en) {
    core::Scenario s;
    s.name = id;
    s.nameZh = zh;
    s.nameEn = en;
    return s;
}

} // namespace

TEST(BusyIndicator, aQuickRenderLeavesItBlankAndALongOneSaysDrawingUntilItEnds) {
    QWidget bar;
    auto* layout = new QHBoxLayout(&bar);
    auto* busy = new BusyIndicator(&bar);
    layout->addWidget(busy);
    bar.show();
    QCoreApplication::processEvents();
    LayoutRequests requests(&bar);
    // When a render starts and ends at once (a quota edit's)
    busy->setBusy(true);
    busy->setBusy(false);
    QCoreApplication::processEvents();
    // Then nothing was written, and the bar was not laid out again
    EXPECT_TRUE(busy->text().isEmpty());
    EXPECT_EQ(requests.count, 0);
    // When a render lasts
    busy->setBusy(true);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !busy->text().isEmpty(); }, 10000));
    // Then it says so, until the render ends
    EXPECT_EQ(busy->text(), QStringLiteral("Drawing…"));
    busy->setBusy(true); // another render started meanwhile
    EXPECT_EQ(busy->text(), QStringLiteral("Drawing…"));
    busy->setBusy(false);
    EXPECT_TRUE(busy->text().isEmpty());
}

TEST(ScenarioChooser, theSameListAgainKeepsTheItemsAndAnotherReplacesThem) {
    QWidget bar;
    auto* layout = new QHBoxLayout(&bar);
    auto* chooser = new ScenarioChooser(&bar);
    layout->addWidget(chooser);
    const std::vector<core::Scenario> two{scenario("baseline", "基准情景", "Baseline"),
                                          scenario("strict-saving", "严格节水", "Strict saving")};
    chooser->setScenarios(two, QStringLiteral("baseline"));
    bar.show();
    QCoreApplication::processEvents();
    LayoutRequests requests(&bar);
    int removed = 0;
    QObject::connect(chooser->model(), &QAbstractItemModel::rowsRemoved, [&] { ++removed; });
    // When the same scenarios are listed again (a quota edited), another one chosen
    chooser->setScenarios(two, QStringLiteral("strict-saving"));
    QCoreApplication::processEvents();
    // Then the items stay, the choice follows, and the bar is not laid out again
    EXPECT_EQ(removed, 0);
    EXPECT_EQ(requests.count, 0);
    EXPECT_EQ(chooser->scenario(), QStringLiteral("strict-saving"));
    ASSERT_EQ(chooser->count(), 2);
    // When a scenario is renamed
    std::vector<core::Scenario> renamed = two;
    renamed[1].nameEn = "Strictest saving";
    chooser->setScenarios(renamed, QStringLiteral("strict-saving"));
    // Then the list says the new name, the choice kept
    EXPECT_GT(removed, 0);
    EXPECT_EQ(chooser->count(), 2);
    EXPECT_EQ(chooser->itemText(1), QStringLiteral("Strictest saving"));
    EXPECT_EQ(chooser->scenario(), QStringLiteral("strict-saving"));
    // And a new scenario is listed
    renamed.push_back(scenario("high-growth", "高增长", "High growth"));
    chooser->setScenarios(renamed, QStringLiteral("high-growth"));
    EXPECT_EQ(chooser->count(), 3);
    EXPECT_EQ(chooser->scenario(), QStringLiteral("high-growth"));
}
