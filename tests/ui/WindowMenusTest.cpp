// SPDX-License-Identifier: GPL-3.0-or-later
// The window's menus and keys: unique access keys in every menu in both languages, a language switch that
// leaves no text behind, and the year keys (Page Up/Down) that leave tables and spin boxes their own keys.
#include "DockLayout.h"
#include "DomainLabels.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "ProjectController.h"
#include "StoreProjectRepository.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <functional>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {

std::unique_ptr<MainWindow> openWindow() {
    auto window = std::make_unique<MainWindow>(std::make_unique<StoreProjectRepository>());
    EXPECT_TRUE(window->controller()->openEmbedded().isOk());
    window->resize(1600, 900);
    return window;
}

/** The access key of @p text (the character after a single '&'), lower-cased; null when none. */
QChar accessKey(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] != QLatin1Char('&'))
            return text[i + 1].toLower();
        ++i; // "&&" is a literal ampersand
    }
    return {};
}

/** Every duplicate access key among the entries of @p actions, then of every submenu ("File: &R twice"). */
void findDuplicateKeys(const QString& where, const QList<QAction*>& actions, QStringList& problems) {
    QHash<QChar, QStringList> owners;
    for (QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (const QChar key = accessKey(action->text()); !key.isNull())
            owners[key] << action->text();
        if (QMenu* menu = action->menu())
            findDuplicateKeys(where + QStringLiteral(" > ") + action->text(), menu->actions(), problems);
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            problems << QStringLiteral("%1: '%2' in %3")
                            .arg(where, QString(it.key()), it.value().join(QStringLiteral(", ")));
}

/** What a user reads of the window, in a fixed order: menus (recursively), docks, bars, panels' labels. */
QStringList windowTexts(MainWindow& window) {
    QStringList texts;
    std::function<void(const QList<QAction*>&, const QString&)> walk = [&](const QList<QAction*>& actions,
                                                                           const QString& path) {
        for (QAction* action : actions) {
            if (action->isSeparator())
                continue;
            texts << path + action->text() << path + action->toolTip() << path + action->statusTip();
            if (QMenu* menu = action->menu())
                walk(menu->actions(), path + action->text() + QStringLiteral(" > "));
        }
    };
    walk(window.menuBar()->actions(), QString());
    for (QDockWidget* dock : window.dockLayout()->docks()) {
        texts << QStringLiteral("dock: ") + dock->windowTitle();
        for (const QLabel* label : dock->findChildren<QLabel*>())
            texts << dock->objectName() + QStringLiteral(" label: ") + label->text();
        for (const QAbstractButton* button : dock->findChildren<QAbstractButton*>())
            texts << dock->objectName() + QStringLiteral(" button: ") + button->text() + QLatin1Char('|') +
                         button->toolTip();
        for (const QGroupBox* box : dock->findChildren<QGroupBox*>())
            texts << dock->objectName() + QStringLiteral(" group: ") + box->title();
        for (const QHeaderView* header : dock->findChildren<QHeaderView*>()) {
            if (!header->model())
                continue;
            for (int i = 0; i < header->count(); ++i)
                texts << dock->objectName() + QStringLiteral(" header: ") +
                             header->model()->headerData(i, header->orientation()).toString();
        }
        // The items of the choices and lists, the tabs, and every tooltip and placeholder
        for (const QComboBox* box : dock->findChildren<QComboBox*>())
            for (int i = 0; i < box->count(); ++i)
                texts << dock->objectName() + QStringLiteral(" choice: ") + box->itemText(i);
        for (const QListWidget* list : dock->findChildren<QListWidget*>())
            for (int i = 0; i < list->count(); ++i)
                texts << dock->objectName() + QStringLiteral(" item: ") + list->item(i)->text();
        for (const QTabWidget* tabs : dock->findChildren<QTabWidget*>())
            for (int i = 0; i < tabs->count(); ++i)
                texts << dock->objectName() + QStringLiteral(" tab: ") + tabs->tabText(i);
        for (const QLineEdit* edit : dock->findChildren<QLineEdit*>())
            texts << dock->objectName() + QStringLiteral(" placeholder: ") + edit->placeholderText();
        for (const QWidget* widget : dock->findChildren<QWidget*>())
            if (!widget->toolTip().isEmpty())
                texts << dock->objectName() + QStringLiteral(" tooltip: ") + widget->toolTip();
    }
    for (const QToolBar* bar : window.findChildren<QToolBar*>())
        texts << QStringLiteral("bar: ") + bar->windowTitle();
    return texts;
}

void setLanguage(MainWindow& window, const QString& language) {
    window.setLanguage(language);
}

} // namespace

TEST(WindowMenus, everyMenuHasUniqueAccessKeysInBothLanguages) {
    QSettings().clear();
    auto window = openWindow();
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        setLanguage(*window, language);
        QStringList problems;
        findDuplicateKeys(QStringLiteral("menu bar"), window->menuBar()->actions(), problems);
        EXPECT_TRUE(problems.isEmpty()) << language.toStdString() << ":\n"
                                        << problems.join(QLatin1Char('\n')).toStdString();
    }
    setLanguage(*window, QStringLiteral("en"));
    window->controller()->setReadOnly(true);
}

TEST(WindowMenus, aLanguageSwitchLeavesNoTextOfTheOldLanguage) {
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        // Given a window started in the other language
        QSettings().clear();
        setLanguage(*openWindow(),
                    language == QLatin1String("en") ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        auto switched = openWindow();
        // When the language is switched at run time
        switched->setLanguage(language);
        // Then every menu entry, tooltip, dock title, bar title and panel label reads as in a window
        // started in that language
        auto fresh = openWindow();
        const QStringList got = windowTexts(*switched);
        const QStringList want = windowTexts(*fresh);
        ASSERT_EQ(got.size(), want.size()) << language.toStdString();
        for (qsizetype i = 0; i < got.size(); ++i)
            EXPECT_EQ(got[i].toStdString(), want[i].toStdString())
                << language.toStdString() << ": not retranslated";
        switched->controller()->setReadOnly(true);
        fresh->controller()->setReadOnly(true);
    }
}

TEST(WindowMenus, pageKeysStepTheYearButLeaveTablesAndSpinBoxesTheirKeys) {
    QSettings().clear();
    auto window = openWindow();
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    ProjectController* controller = window->controller();
    controller->setYear(2020);
    // On the map, Page Down is the next year
    window->mapCanvas()->setFocus();
    QTest::keyClick(window->mapCanvas(), Qt::Key_PageDown);
    EXPECT_EQ(controller->year(), 2021);
    QTest::keyClick(window->mapCanvas(), Qt::Key_PageUp);
    EXPECT_EQ(controller->year(), 2020);
    // In a table it pages the table, the year stays
    QTableView* table = window->scorecardView();
    window->dockLayout()->dockOf(table)->raise();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    ASSERT_TRUE(table->hasFocus());
    QTest::keyClick(table, Qt::Key_PageDown);
    EXPECT_EQ(controller->year(), 2020);
    EXPECT_GT(table->currentIndex().row(), 0);
    // In a spin box it steps the spin box, the year stays
    QAbstractSpinBox* spin = nullptr;
    for (QAbstractSpinBox* candidate : window->findChildren<QAbstractSpinBox*>())
        if (candidate->isEnabled() && !candidate->isReadOnly()) {
            spin = candidate;
            break;
        }
    ASSERT_NE(spin, nullptr);
    if (QDockWidget* dock = [&]() -> QDockWidget* {
            for (QWidget* w = spin; w; w = w->parentWidget())
                if (auto* d = qobject_cast<QDockWidget*>(w))
                    return d;
            return nullptr;
        }())
        dock->raise();
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_PageUp);
    EXPECT_EQ(controller->year(), 2020);
    controller->setReadOnly(true);
}
