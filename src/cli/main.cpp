// SPDX-License-Identifier: GPL-3.0-or-later
// jieshui-cli: the workbench's engine, project file and map export, headless.
#include "CommandRegistry.h"
#include "LanguageOption.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

using namespace jieshui::cli;

int main(int argc, char* argv[]) {
    // Map export draws text, which needs a QGuiApplication; headless machines use the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt wants a private runtime directory; a bare headless session (CI, ssh) often has none.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime =
            QDir::tempPath() + QStringLiteral("/jieshui-runtime-") + qEnvironmentVariable("USER");
        if (QDir().mkpath(runtime)) {
            QFile::setPermissions(runtime,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        }
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jieshui-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Jieshui"));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString language = LanguageOption::takeFrom(arguments);
    LanguageOption::install(app, language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext context{out, err, language};
    CommandRegistry registry;

    auto usage = [&](QTextStream& stream) {
        stream << QCoreApplication::translate("cli", "Usage: jieshui-cli COMMAND [options]") << '\n'
               << QCoreApplication::translate("cli", "Commands:") << '\n';
        for (const auto& command : registry.commands())
            stream << "  " << command->synopsis() << '\n';
        stream << QCoreApplication::translate("cli",
                                              "Common option: --lang zh|en (default: the system language)")
               << '\n';
    };

    if (arguments.isEmpty()) {
        usage(err);
        return UsageError;
    }
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        usage(out);
        return Success;
    }
    if (name == QLatin1String("--version")) {
        out << "jieshui-cli " << JIESHUI_VERSION << '\n';
        return Success;
    }
    Command* command = registry.find(name);
    if (command == nullptr) {
        err << QCoreApplication::translate("cli", "Unknown command '%1'.").arg(name) << '\n';
        usage(err);
        return UsageError;
    }
    const int status = command->run(arguments, context);
    out.flush();
    err.flush();
    return status;
}
