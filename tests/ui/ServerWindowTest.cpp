// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a shared project: open from a server, edit, save, see the change log, be refused when
// someone else changed the same row, and read-only for a viewer. Against the tests' own throw-away cluster.
#include "ChangeLogPanel.h"
#include "DockLayout.h"
#include "MainWindow.h"
#include "ProjectActions.h"
#include "ProjectController.h"
#include "ProjectLocationText.h"
#include "RegionEditing.h"
#include "RegionsPanel.h"
#include "SharedProjectFeatures.h"
#include "StoreProjectRepository.h"
#include "TestCluster.h"
#include "server/ProjectTransfer.h"
#include "server/ServerProject.h"
#include "store/EmbeddedProject.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;
using server::test::TestCluster;

namespace {

void pushQinzhou(const TestCluster& cluster, const std::string& schema) {
    auto address =
        server::ServerAddress::parse(QString::fromStdString(cluster.address(TestCluster::admin, schema)));
    auto data = store::EmbeddedProject::qinzhou();
    ASSERT_TRUE(data.isOk());
    auto pushed = server::ProjectTransfer::push(data.value(), address.value(), "test");
    ASSERT_TRUE(pushed.isOk()) << pushed.error().toString();
}

std::unique_ptr<MainWindow> windowOn(const QString& address) {
    QSettings().clear();
    auto window = std::make_unique<MainWindow>(std::make_unique<StoreProjectRepository>());
    window->projectActions()->setQuiet(true); // no message boxes in a test
    EXPECT_TRUE(window->projectActions()->openFile(address));
    return window;
}

} // namespace

TEST(ServerWindow, editsSaveToTheServerAndAConflictIsRefusedNamingWho) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    pushQinzhou(*cluster, "window_shared");
    cluster->adminQuery("GRANT window_shared_editor TO alice, bob");
    const QString address = QString::fromStdString(cluster->address("alice", "window_shared"));
    // Given alice's window on the shared project
    auto window = windowOn(address);
    ProjectController* controller = window->controller();
    EXPECT_EQ(controller->filePath(), address);
    EXPECT_FALSE(controller->isReadOnly());
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("window_shared (shared)")));
    // (the status bar names the project and its server in words, not the raw postgresql:// address)
    const QString status = window->statusBar()->currentMessage();
    EXPECT_TRUE(status.contains(QStringLiteral("window_shared"))) << status.toStdString();
    EXPECT_FALSE(status.contains(QStringLiteral("postgresql://"))) << status.toStdString();
    // (the change log applies to a shared project: its dock is shown, the province view's is not)
    for (QDockWidget* dock : window->dockLayout()->docks()) {
        if (dock->objectName() == QLatin1String("ChangeLogDock")) {
            EXPECT_FALSE(dock->isHidden());
        } else if (dock->objectName() == QLatin1String("ProvinceDock")) {
            EXPECT_TRUE(dock->isHidden());
        }
    }
    // When she renames a county and saves
    RegionEditing editing(controller);
    ASSERT_TRUE(
        editing.rename(QStringLiteral("450702"), QStringLiteral("钦南新区"), QStringLiteral("Qinnan New"))
            .isOk());
    auto saved = controller->save();
    ASSERT_TRUE(saved.isOk()) << saved.error().toString();
    EXPECT_FALSE(controller->isModified());
    // Then the change log shows her change
    ChangeLogPanel* log = window->sharedProjectFeatures()->changeLogPanel();
    int renamed = -1;
    for (int row = 0; row < log->table()->rowCount(); ++row)
        if (log->table()->item(row, 2)->text().contains(QStringLiteral("钦南新区")))
            renamed = row;
    ASSERT_GE(renamed, 0) << "the rename is not in the change log";
    EXPECT_EQ(log->table()->item(renamed, 1)->text(), QStringLiteral("alice"));
    EXPECT_TRUE(log->table()->item(renamed, 2)->text().contains(QStringLiteral("450702")));

    // When bob changes the same county meanwhile
    {
        auto bob = server::ServerProject::open(
            server::ServerAddress::parse(QString::fromStdString(cluster->address("bob", "window_shared")))
                .value());
        ASSERT_TRUE(bob.isOk());
        auto data = bob.value()->load();
        ASSERT_TRUE(data.isOk());
        core::Region region = *data.value().dataset.region("450702");
        region.nameZh = "钦南区（鲍勃）";
        ASSERT_TRUE(data.value().dataset.updateRegion(region).isOk());
        ASSERT_TRUE(bob.value()->save(data.value()).isOk());
    }
    // And alice renames it again on her older copy and saves
    ASSERT_TRUE(editing.rename(QStringLiteral("450702"), QStringLiteral("钦南区二"), QString()).isOk());
    auto refused = controller->save();
    // Then her save is refused, naming bob, and her edit is kept in the window to redo after a reload
    ASSERT_TRUE(refused.hasError());
    EXPECT_EQ(refused.error().code(), core::ErrorCode::Conflict);
    EXPECT_NE(refused.error().message().find("bob"), std::string::npos) << refused.error().message();
    EXPECT_TRUE(controller->isModified());
    // And reloading shows bob's name
    controller->undoStack()->setClean();
    window->sharedProjectFeatures()->reload();
    EXPECT_EQ(controller->project().dataset.region("450702")->nameZh, "钦南区（鲍勃）");
}

TEST(ServerWindow, aViewerGetsAReadOnlyWindow) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    pushQinzhou(*cluster, "window_viewer");
    cluster->adminQuery("GRANT window_viewer_viewer TO trainer");
    auto window = windowOn(QString::fromStdString(cluster->address("trainer", "window_viewer")));
    // Then the project opens to read: said in the title, and the region edits are off
    ProjectController* controller = window->controller();
    EXPECT_TRUE(controller->isReadOnly());
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("read-only")))
        << window->windowTitle().toStdString();
    RegionsPanel* regions = window->sharedProjectFeatures()->regionsPanel();
    for (QPushButton* button : regions->findChildren<QPushButton*>())
        EXPECT_FALSE(button->isEnabled()) << button->text().toStdString();
    // And a save is refused
    EXPECT_TRUE(controller->save().hasError());
}

TEST(ServerWindow, aPasswordTypedIntoAnAddressNeverReachesTheWindow) {
    // Given a window, and an address someone typed with a password in it (refused by the parser)
    QSettings().clear();
    MainWindow window(std::make_unique<StoreProjectRepository>());
    window.projectActions()->setQuiet(true);
    QStringList messages;
    QObject::connect(window.projectActions(), &ProjectActions::message,
                     [&](const QString& text) { messages << text; });
    for (const QString& address :
         {QStringLiteral("postgresql://alice:Sup3rSecret@db.example.org:5432/water?schema=qinzhou"),
          QStringLiteral("postgresql://alice@db.example.org/water?schema=qinzhou&password=Sup3rSecret")}) {
        // When it is opened
        EXPECT_FALSE(window.projectActions()->openFile(address));
        // Then the message names the project in words, and the password is nowhere in the window
        ASSERT_FALSE(messages.isEmpty());
        EXPECT_TRUE(messages.last().contains(QStringLiteral("db.example.org")))
            << messages.last().toStdString();
        QStringList shown = messages;
        shown << window.windowTitle() << window.statusBar()->currentMessage();
        for (const QLabel* label : window.findChildren<QLabel*>())
            shown << label->text();
        for (const QAction* action : window.findChildren<QAction*>())
            shown << action->text() << action->toolTip() << action->statusTip();
        for (const QString& text : shown) {
            EXPECT_FALSE(text.contains(QStringLiteral("Sup3rSecret"))) << text.toStdString();
            EXPECT_FALSE(text.contains(QStringLiteral("postgresql://"))) << text.toStdString();
        }
    }
    // And a valid address reads as words
    const QString words =
        ProjectLocationText::of(QStringLiteral("postgresql://gis.bureau/water?schema=qinzhou"));
    EXPECT_TRUE(words.contains(QStringLiteral("qinzhou")) && words.contains(QStringLiteral("water")) &&
                words.contains(QStringLiteral("gis.bureau")))
        << words.toStdString();
    EXPECT_FALSE(words.contains(QStringLiteral("postgresql"))) << words.toStdString();
}
