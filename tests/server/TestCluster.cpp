// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <cstdlib>
#include <libpq-fe.h>
#include <memory>
#include <pwd.h>
#include <unistd.h>

namespace jieshui::server::test {

namespace {

constexpr const char* kPassword = "jieshui-test-password";
constexpr const char* kDatabase = "jieshui";

std::unique_ptr<TestCluster>& instance() {
    static std::unique_ptr<TestCluster> cluster;
    return cluster;
}

std::string& unavailableText() {
    static std::string text;
    return text;
}

std::string& failureText() {
    static std::string text;
    return text;
}

/** The directory of initdb, pg_ctl and postgres: beside initdb on PATH, else Debian's newest version. */
QString findBinDir() {
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!onPath.isEmpty()) {
        const QString dir = QFileInfo(QFileInfo(onPath).canonicalFilePath()).absolutePath();
        if (QFileInfo::exists(dir + QStringLiteral("/pg_ctl")) &&
            QFileInfo::exists(dir + QStringLiteral("/postgres")))
            return dir;
    }
    QDir debian(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = debian.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& v : versions) {
        const QString dir = debian.filePath(v + QStringLiteral("/bin"));
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")) &&
            QFileInfo::exists(dir + QStringLiteral("/pg_ctl")))
            return dir;
    }
    return {};
}

/** Where the server looks for extensions: `pg_config --sharedir`, else Debian's /usr/share/postgresql/N. */
QString extensionDir(const QString& binDir) {
    QProcess config;
    config.start(binDir + QStringLiteral("/pg_config"), {QStringLiteral("--sharedir")});
    if (config.waitForFinished(10000) && config.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
        if (QFileInfo::exists(dir + QStringLiteral("/extension/plpgsql.control")))
            return dir + QStringLiteral("/extension");
    }
    const QString version = QFileInfo(QFileInfo(binDir).absolutePath()).fileName();
    return QStringLiteral("/usr/share/postgresql/%1/extension").arg(version);
}

struct Run {
    int exitCode = -1;
    QString output;
};

Run run(const QString& program, const QStringList& arguments, bool asPostgres) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (asPostgres)
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                             QStringLiteral("--"), program} +
                                                     arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {-1, QStringLiteral("timed out: ") + program};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAll())};
}

std::string connectionInfo(const std::string& socketDir, int port, const std::string& user) {
    return "host=" + socketDir + " port=" + std::to_string(port) + " dbname=" + kDatabase + " user=" + user;
}

} // namespace

TestCluster* TestCluster::shared() {
    if (!instance() && unavailableText().empty() && failureText().empty()) {
        std::unique_ptr<TestCluster> cluster(new TestCluster());
        if (cluster->start(unavailableText(), failureText()))
            instance() = std::move(cluster);
    }
    return instance().get();
}

const std::string& TestCluster::unavailableReason() {
    return unavailableText();
}

const std::string& TestCluster::startupFailure() {
    return failureText();
}

bool TestCluster::start(std::string& unavailable, std::string& failure) {
    const QString binDir = findBinDir();
    if (binDir.isEmpty()) {
        unavailable = "PostgreSQL server binaries (initdb, pg_ctl) are not installed; scripts/packages.txt "
                      "installs them (package postgresql)";
        return false;
    }
    if (!QFileInfo::exists(extensionDir(binDir) + QStringLiteral("/postgis.control"))) {
        unavailable = "PostGIS is not installed for the PostgreSQL server in " + binDir.toStdString() +
                      "; scripts/packages.txt installs it (package postgresql-postgis)";
        return false;
    }
    m_binDir = binDir.toStdString();
    // The server refuses to run as root: there it runs as the postgres user the package creates.
    m_asPostgresUser = ::geteuid() == 0;
    struct passwd* postgres = m_asPostgresUser ? ::getpwnam("postgres") : nullptr;
    if (m_asPostgresUser && postgres == nullptr) {
        unavailable = "running as root, and there is no 'postgres' user to run the test server as";
        return false;
    }
    char pattern[] = "/tmp/jieshui-pg-XXXXXX";
    if (::mkdtemp(pattern) == nullptr) {
        failure = "cannot create a temporary folder for the test cluster";
        return false;
    }
    m_root = pattern;
    m_socketDir = m_root;
    if (m_asPostgresUser && ::chown(m_root.c_str(), postgres->pw_uid, postgres->pw_gid) != 0) {
        failure = "cannot give the test cluster folder to the postgres user";
        return false;
    }
    const QString root = QString::fromStdString(m_root);
    QFile passwordFile(root + QStringLiteral("/password"));
    if (!passwordFile.open(QIODevice::WriteOnly) || passwordFile.write(kPassword) < 0) {
        failure = "cannot write the test password file";
        return false;
    }
    passwordFile.close();
    if (m_asPostgresUser &&
        ::chown(passwordFile.fileName().toLocal8Bit().constData(), postgres->pw_uid, 0) != 0) {
        failure = "cannot give the password file to the postgres user";
        return false;
    }
    m_port = 20000 + static_cast<int>(QRandomGenerator::global()->bounded(30000));

    const QString data = root + QStringLiteral("/data");
    Run init = run(binDir + QStringLiteral("/initdb"),
                   {QStringLiteral("-D"), data, QStringLiteral("-U"), QString::fromLatin1(admin),
                    QStringLiteral("--pwfile=") + passwordFile.fileName(),
                    QStringLiteral("--auth=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                    QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
                   m_asPostgresUser);
    if (init.exitCode != 0) {
        failure = "initdb failed: " + init.output.toStdString();
        return false;
    }
    const QString options = QStringLiteral("-c listen_addresses='' -c unix_socket_directories='%1' -p %2 "
                                           "-c fsync=off -c full_page_writes=off -c max_connections=40")
                                .arg(root)
                                .arg(m_port);
    Run started = run(binDir + QStringLiteral("/pg_ctl"),
                      {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                       root + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-t"),
                       QStringLiteral("60"), QStringLiteral("start")},
                      m_asPostgresUser);
    if (started.exitCode != 0) {
        QFile log(root + QStringLiteral("/server.log"));
        log.open(QIODevice::ReadOnly);
        failure = "pg_ctl start failed: " + started.output.toStdString() + log.readAll().toStdString();
        return false;
    }
    m_running = true;

    // Passwords come from a pgpass file, as they would for a user: the test never puts one in an address.
    const QString pgpass = root + QStringLiteral("/pgpass");
    QFile pass(pgpass);
    if (!pass.open(QIODevice::WriteOnly)) {
        failure = "cannot write the pgpass file";
        return false;
    }
    for (const char* user : {admin, "alice", "bob", "trainer", "carol"})
        pass.write(
            QStringLiteral("*:*:*:%1:%2\n").arg(QLatin1String(user), QLatin1String(kPassword)).toUtf8());
    pass.close();
    QFile::setPermissions(pgpass, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ::setenv("PGPASSFILE", pgpass.toLocal8Bit().constData(), 1);

    // The database, and the team: alice and bob edit, the trainer only reads, carol has no role yet.
    const std::string bootstrap =
        "host=" + m_socketDir + " port=" + std::to_string(m_port) + " dbname=postgres user=" + admin;
    PGconn* conn = PQconnectdb(bootstrap.c_str());
    if (PQstatus(conn) != CONNECTION_OK) {
        failure = std::string("cannot connect to the test cluster: ") + PQerrorMessage(conn);
        PQfinish(conn);
        return false;
    }
    PGresult* created = PQexec(conn, "CREATE DATABASE jieshui");
    const bool ok = PQresultStatus(created) == PGRES_COMMAND_OK;
    if (!ok)
        failure = std::string("cannot create the test database: ") + PQresultErrorMessage(created);
    PQclear(created);
    PQfinish(conn);
    if (!ok)
        return false;
    for (const char* user : {"alice", "bob", "trainer", "carol"})
        adminQuery(std::string("CREATE ROLE ") + user + " LOGIN PASSWORD '" + kPassword + "'");
    return true;
}

TestCluster::~TestCluster() {
    if (m_running)
        run(QString::fromStdString(m_binDir) + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), QString::fromStdString(m_root) + QStringLiteral("/data"),
             QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            m_asPostgresUser);
    if (!m_root.empty())
        QDir(QString::fromStdString(m_root)).removeRecursively();
}

std::string TestCluster::address(const std::string& user, const std::string& schema) const {
    return "postgresql:///" + std::string(kDatabase) + "?host=" + m_socketDir +
           "&port=" + std::to_string(m_port) + "&user=" + user + "&schema=" + schema;
}

std::string TestCluster::gdalConnection(const std::string& user, const std::string& schema) const {
    return "PG:" + connectionInfo(m_socketDir, m_port, user) + " schemas=" + schema;
}

std::string TestCluster::adminQuery(const std::string& sql) const {
    PGconn* conn = PQconnectdb(connectionInfo(m_socketDir, m_port, admin).c_str());
    std::string value;
    if (PQstatus(conn) == CONNECTION_OK) {
        PGresult* result = PQexec(conn, sql.c_str());
        if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) > 0)
            value = PQgetvalue(result, 0, 0);
        else if (PQresultStatus(result) != PGRES_COMMAND_OK && PQresultStatus(result) != PGRES_TUPLES_OK)
            value = std::string("ERROR: ") + PQresultErrorMessage(result);
        PQclear(result);
    }
    PQfinish(conn);
    return value;
}

} // namespace jieshui::server::test
