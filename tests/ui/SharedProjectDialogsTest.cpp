// SPDX-License-Identifier: GPL-3.0-or-later
// File → New Project From Boundaries… and Open Server Project…, used as a user uses them: the fields filled,
// the dialog accepted, the project made or opened in the window, and refusals shown where the user looks.
#include "MainWindow.h"
#include "ModalScript.h"
#include "NewFromBoundariesDialog.h"
#include "OpenServerProjectDialog.h"
#include "ProjectActions.h"
#include "ProjectController.h"
#include "SharedProjectFeatures.h"
#include "StoreProjectRepository.h"
#include "TestCluster.h"
#include "server/ProjectTransfer.h"
#include "store/EmbeddedProject.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <functional>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;
using server::test::TestCluster;

namespace {

std::unique_ptr<MainWindow> emptyWindow() {
    QSettings().clear();
    return std::make_unique<MainWindow>(std::make_unique<StoreProjectRepository>());
}

/** A GeoJSON of square counties near 113E: (code, name) pairs, no city names. */
QString writeCounties(const QTemporaryDir& dir, const char* name,
                      const std::vector<std::pair<QString, QString>>& features) {
    QString json = QStringLiteral(R"({"type":"FeatureCollection","features":[)");
    for (std::size_t i = 0; i < features.size(); ++i) {
        const double x = 113.0 + 0.2 * static_cast<double>(i);
        json +=
            QStringLiteral(
                R"(%1{"type":"Feature","properties":{"adcode":"%2","name":"%3"},"geometry":{"type":"Polygon","coordinates":[[[%4,23.0],[%5,23.0],[%5,23.2],[%4,23.2],[%4,23.0]]]}})")
                .arg(i == 0 ? QString() : QStringLiteral(","), features[i].first, features[i].second)
                .arg(x)
                .arg(x + 0.2);
    }
    json += QStringLiteral("]}");
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(json.toUtf8());
    return path;
}

} // namespace

TEST(SharedProjectDialogs, newFromBoundariesMakesSavesAndOpensTheProject) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString boundaries = writeCounties(dir, "counties.geojson",
                                             {{QStringLiteral("990102"), QStringLiteral("东区")},
                                              {QStringLiteral("990103"), QStringLiteral("西区")},
                                              {QStringLiteral("990221"), QStringLiteral("北县")}});
    const QString target = dir.filePath(QStringLiteral("made"));
    auto window = emptyWindow();
    QString shownText;
    QString shownDetails;
    // Given the user fills the dialog: the file, the code attribute, the province as root and its name
    ModalScript script({[&](QWidget* modal) {
                            auto* dialog = qobject_cast<NewFromBoundariesDialog*>(modal);
                            ASSERT_NE(dialog, nullptr);
                            dialog->fileEdit()->setText(boundaries);
                            dialog->codeFieldBox()->setCurrentText(QStringLiteral("adcode"));
                            dialog->rootEdit()->setText(QStringLiteral("990000"));
                            dialog->rootNameEdit()->setText(QStringLiteral("示例省"));
                            dialog->targetEdit()->setText(target);
                            // When they press Create
                            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
                        },
                        [&](QWidget* modal) {
                            auto* box = qobject_cast<QMessageBox*>(modal);
                            ASSERT_NE(box, nullptr);
                            shownText = box->text() + QLatin1Char('\n') + box->informativeText();
                            shownDetails = box->detailedText();
                            box->accept();
                        }});
    const bool made = window->sharedProjectFeatures()->createFromBoundaries();
    // Then the project is made, saved with the .gpkg suffix added, and open in the window
    EXPECT_TRUE(made);
    EXPECT_TRUE(script.finished());
    const QString saved = target + QStringLiteral(".gpkg");
    EXPECT_TRUE(QFileInfo::exists(saved));
    ProjectController* controller = window->controller();
    EXPECT_EQ(controller->filePath(), saved);
    EXPECT_FALSE(controller->isModified());
    const core::Dataset& dataset = controller->project().dataset;
    ASSERT_NE(dataset.root(), nullptr);
    EXPECT_EQ(dataset.root()->code, "990000");
    EXPECT_EQ(dataset.root()->nameZh, "示例省");
    EXPECT_EQ(dataset.regionsOfKind(core::RegionKind::County).size(), 3u);
    EXPECT_EQ(dataset.regionsOfKind(core::RegionKind::City).size(), 2u);
    // And the user is told what was made and that the cities have no names yet, with the whole list
    EXPECT_TRUE(shownText.contains(QStringLiteral("3 counties"))) << shownText.toStdString();
    EXPECT_TRUE(shownText.contains(QStringLiteral("990100, 990200"))) << shownText.toStdString();
    EXPECT_TRUE(shownDetails.contains(QStringLiteral("990200: holds 北县 990221 (counties in it: 1)")))
        << shownDetails.toStdString();
}

TEST(SharedProjectDialogs, newFromBoundariesShowsWhyAFileIsRefusedAndStaysOpen) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // Given a file one of whose features has no county code
    const QString boundaries = writeCounties(dir, "bad.geojson",
                                             {{QStringLiteral("990102"), QStringLiteral("东区")},
                                              {QStringLiteral("abc"), QStringLiteral("乱码")}});
    NewFromBoundariesDialog dialog;
    dialog.show();
    // When the user presses Create without a file, then with the bad file
    dialog.accept();
    const QString empty = dialog.messageLabel()->text();
    dialog.fileEdit()->setText(boundaries);
    dialog.targetEdit()->setText(dir.filePath(QStringLiteral("bad.gpkg")));
    dialog.accept();
    // Then the dialog stays open, nothing is made, and the message says what is wrong and with which feature
    EXPECT_FALSE(empty.isEmpty());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), std::nullopt);
    const QString message = dialog.messageLabel()->text();
    EXPECT_TRUE(message.contains(QStringLiteral("乱码 (abc: not a six-digit code)")))
        << message.toStdString();
    // ... and where to say which attribute holds the codes: the dialog's field, not the command line's option
    EXPECT_TRUE(message.contains(QStringLiteral("“Code attribute” above"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("--code-field"))) << message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("bad.gpkg"))));
}

TEST(SharedProjectDialogs, openServerProjectOpensTheProjectTheFieldsName) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    {
        auto address = server::ServerAddress::parse(
            QString::fromStdString(cluster->address(TestCluster::admin, "dialog_open")));
        ASSERT_TRUE(address.isOk());
        auto data = store::EmbeddedProject::qinzhou();
        ASSERT_TRUE(data.isOk());
        ASSERT_TRUE(server::ProjectTransfer::push(data.value(), address.value(), "test").isOk());
    }
    auto window = emptyWindow();
    QString preview;
    bool openWasOffForABadName = false;
    // Given the user types where the project is: the socket folder, port, database, login and project
    ModalScript script({[&](QWidget* modal) {
        auto* dialog = qobject_cast<OpenServerProjectDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        dialog->hostEdit()->setText(QString::fromStdString(cluster->socketDirectory()));
        dialog->portBox()->setValue(cluster->port());
        dialog->databaseEdit()->setText(QStringLiteral("jieshui"));
        dialog->userEdit()->setText(QString::fromLatin1(TestCluster::admin));
        // (first a name no project can have: Open is off and the dialog says why)
        dialog->schemaEdit()->setText(QStringLiteral("Qinzhou2"));
        QPushButton* open = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open);
        openWasOffForABadName = !open->isEnabled();
        dialog->accept();
        preview = dialog->previewLabel()->text();
        dialog->schemaEdit()->setText(QStringLiteral("dialog_open"));
        // When they press Open
        open->click();
    }});
    static QStringList* warnings = nullptr;
    QStringList seen;
    warnings = &seen;
    const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& text) {
            if (type == QtWarningMsg && warnings != nullptr && text.startsWith(QLatin1String("QUrl")))
                warnings->append(text);
        });
    window->sharedProjectFeatures()->openServerProject();
    qInstallMessageHandler(previous);
    warnings = nullptr;
    EXPECT_TRUE(script.finished());
    // (the address is built without Qt's complaints about it)
    EXPECT_TRUE(seen.isEmpty()) << seen.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(openWasOffForABadName);
    EXPECT_TRUE(preview.contains(QStringLiteral("lower-case"))) << preview.toStdString();
    // Then the window shows the shared project
    ProjectController* controller = window->controller();
    EXPECT_TRUE(controller->filePath().startsWith(QStringLiteral("postgresql://")))
        << controller->filePath().toStdString();
    EXPECT_TRUE(controller->filePath().contains(QStringLiteral("schema=dialog_open")));
    EXPECT_EQ(controller->project().dataset.regionsOfKind(core::RegionKind::County).size(), 4u);
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("dialog_open")))
        << window->windowTitle().toStdString();
    // And the address is remembered for next time, without any password
    EXPECT_TRUE(QSettings()
                    .value(QStringLiteral("server/lastAddress"))
                    .toString()
                    .contains(QStringLiteral("dialog_open")));
}

TEST(SharedProjectDialogs, openServerProjectShowsWhyAnAddressCannotBeOpened) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    auto window = emptyWindow();
    const QString before = window->controller()->filePath();
    QString warning;
    // Given the user names a project the database does not hold
    ModalScript script({[&](QWidget* modal) {
                            auto* dialog = qobject_cast<OpenServerProjectDialog*>(modal);
                            ASSERT_NE(dialog, nullptr);
                            dialog->hostEdit()->setText(QString::fromStdString(cluster->socketDirectory()));
                            dialog->portBox()->setValue(cluster->port());
                            dialog->databaseEdit()->setText(QStringLiteral("jieshui"));
                            dialog->userEdit()->setText(QString::fromLatin1(TestCluster::admin));
                            dialog->schemaEdit()->setText(QStringLiteral("no_such_project"));
                            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open)->click();
                        },
                        [&](QWidget* modal) {
                            // Then a warning says so, naming the project
                            auto* box = qobject_cast<QMessageBox*>(modal);
                            ASSERT_NE(box, nullptr);
                            warning = box->text();
                            box->accept();
                        }});
    window->sharedProjectFeatures()->openServerProject();
    EXPECT_TRUE(script.finished());
    EXPECT_TRUE(warning.contains(QStringLiteral("no project \"no_such_project\""))) << warning.toStdString();
    // And the window keeps what it had
    EXPECT_EQ(window->controller()->filePath(), before);
}
