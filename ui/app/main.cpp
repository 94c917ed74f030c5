// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "ProjectActions.h"
#include "StoreProjectRepository.h"
#include "i18n/Translators.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <exception>

int main(int argc, char* argv[]) {
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Jieshui"));
    QCoreApplication::setApplicationName(QStringLiteral("jieshui"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIESHUI_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("jieshui"));

    // Language: the setting when the user chose one, else the system locale.
    const QString language =
        jieshui::i18n::normalizedLanguage(QSettings().value(QStringLiteral("ui/language")).toString());
    QLocale::setDefault(
        QLocale(language == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QStringLiteral("en_GB")));
    jieshui::i18n::installTranslators(application, language);
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Jieshui Workbench"));

    try {
        jieshui::ui::MainWindow window(std::make_unique<jieshui::ui::StoreProjectRepository>());
        const QStringList arguments = QCoreApplication::arguments().mid(1);
        if (!arguments.isEmpty())
            window.projectActions()->openFile(arguments.constFirst());
        else
            window.projectActions()->openStartupProject();
        window.showAtStartup();
        return QApplication::exec();
    } catch (const std::exception& error) {
        // Broken invariants end here, at the UI boundary, with a message instead of a silent abort.
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Jieshui Workbench"),
            QCoreApplication::translate("main", "An internal error stopped the workbench:\n%1")
                .arg(QString::fromLocal8Bit(error.what())));
        return 3;
    }
}
