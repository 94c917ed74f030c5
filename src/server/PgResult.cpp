// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgResult.h"

#include <charconv>
#include <cstdlib>
#include <libpq-fe.h>

namespace jieshui::server {

PgResult& PgResult::operator=(PgResult&& other) noexcept {
    if (this != &other) {
        PQclear(m_result);
        m_result = other.m_result;
        other.m_result = nullptr;
    }
    return *this;
}

PgResult::~PgResult() {
    PQclear(m_result);
}

bool PgResult::isOk() const {
    if (m_result == nullptr)
        return false;
    const ExecStatusType status = PQresultStatus(m_result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY;
}

std::string PgResult::sqlState() const {
    if (m_result == nullptr || isOk())
        return {};
    const char* state = PQresultErrorField(m_result, PG_DIAG_SQLSTATE);
    return state != nullptr ? state : "";
}

std::string PgResult::errorMessage() const {
    if (m_result == nullptr)
        return "no answer from the server (the connection was lost)";
    const char* primary = PQresultErrorField(m_result, PG_DIAG_MESSAGE_PRIMARY);
    const char* detail = PQresultErrorField(m_result, PG_DIAG_MESSAGE_DETAIL);
    std::string message = primary != nullptr ? primary : PQresultErrorMessage(m_result);
    if (detail != nullptr) {
        message += " (";
        message += detail;
        message += ')';
    }
    return message;
}

int PgResult::rowCount() const {
    return m_result != nullptr ? PQntuples(m_result) : 0;
}

int PgResult::columnCount() const {
    return m_result != nullptr ? PQnfields(m_result) : 0;
}

long long PgResult::affectedRows() const {
    if (m_result == nullptr)
        return 0;
    const char* tuples = PQcmdTuples(m_result);
    return tuples != nullptr && *tuples != '\0' ? std::atoll(tuples) : 0;
}

bool PgResult::isNull(int row, int column) const {
    return PQgetisnull(m_result, row, column) != 0;
}

std::string PgResult::text(int row, int column) const {
    return std::string(PQgetvalue(m_result, row, column),
                       static_cast<std::size_t>(PQgetlength(m_result, row, column)));
}

long long PgResult::integer(int row, int column) const {
    long long value = 0;
    const char* begin = PQgetvalue(m_result, row, column);
    std::from_chars(begin, begin + PQgetlength(m_result, row, column), value);
    return value;
}

double PgResult::real(int row, int column) const {
    // The server writes the shortest text that reads back as the same double (extra_float_digits >= 1).
    return std::strtod(PQgetvalue(m_result, row, column), nullptr);
}

std::optional<double> PgResult::optionalReal(int row, int column) const {
    if (isNull(row, column))
        return std::nullopt;
    return real(row, column);
}

QByteArray PgResult::bytes(int row, int column) const {
    std::size_t length = 0;
    unsigned char* raw =
        PQunescapeBytea(reinterpret_cast<const unsigned char*>(PQgetvalue(m_result, row, column)), &length);
    if (raw == nullptr)
        return {};
    QByteArray out(reinterpret_cast<const char*>(raw), static_cast<qsizetype>(length));
    PQfreemem(raw);
    return out;
}

} // namespace jieshui::server
