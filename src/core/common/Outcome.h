// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

namespace jieshui::core {

/**
 * A value or the code of the error that prevented it, without any text: what the compiled engine's hot
 * path passes around (no allocation). The message a user reads is built only when a caller asks for it
 * (TextRecorder); Result<T> is the form with the message.
 */
template <typename T> struct Outcome {
    T value{};
    ErrorCode error = ErrorCode::MissingData; ///< meaningful only when !ok
    bool ok = false;

    static Outcome success(T v) { return Outcome{v, ErrorCode::MissingData, true}; }
    static Outcome failure(ErrorCode code) { return Outcome{T{}, code, false}; }
};

} // namespace jieshui::core
