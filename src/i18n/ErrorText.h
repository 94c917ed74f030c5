// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QString>
#include <string>

namespace jieshui::i18n {

/**
 * A core::Error as a user reads it in the installed language. The core writes its messages in English
 * (it has no Qt); the messages a user commonly meets — the quota allocator's, "the plan has no target …" —
 * are registered here as templates ("region %1 has no child regions to allocate to") in the translation
 * context "errors", so lupdate collects them and each language's table translates them. A message is
 * matched against the templates, its arguments translated in turn (a nested message, a purpose), and the
 * location words (field, region, year, line) translated too; a message with no template stays English.
 * Every front end that prints a core error to a user (the CLI, the window's dialogs) goes through here.
 */
class ErrorText {
public:
    /** The located error, e.g. "地区 450700，2035年：锁定的份额之和超过总量". */
    static QString of(const core::Error& error);
    /** One message without location, translated when a template matches it. */
    static QString message(const std::string& english);
};

} // namespace jieshui::i18n
