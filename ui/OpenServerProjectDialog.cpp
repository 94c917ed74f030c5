// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenServerProjectDialog.h"

#include "server/ServerAddress.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace jieshui::ui {

OpenServerProjectDialog::OpenServerProjectDialog(QWidget* parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_schema(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_service(new QLineEdit(this)), m_preview(new QLabel(this)) {
    setWindowTitle(tr("Open Server Project"));
    m_host->setPlaceholderText(tr("server name, or the folder of a local socket"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(tr("database"));
    m_schema->setPlaceholderText(tr("the project, e.g. qinzhou"));
    m_user->setPlaceholderText(tr("your database login (empty: your system login)"));
    m_service->setPlaceholderText(tr("optional: a service of pg_service.conf instead of the above"));
    auto* form = new QFormLayout;
    form->addRow(tr("Server"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Database"), m_database);
    form->addRow(tr("Project"), m_schema);
    form->addRow(tr("Login"), m_user);
    form->addRow(tr("Service"), m_service);
    auto* note =
        new QLabel(tr("The password is never asked for here nor kept with the project: it comes from "
                      "your ~/.pgpass file or the service file, as for psql and QGIS."),
                   this);
    note->setWordWrap(true);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    for (QLineEdit* edit : {m_host, m_database, m_schema, m_user, m_service})
        connect(edit, &QLineEdit::textChanged, this, &OpenServerProjectDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &OpenServerProjectDialog::update);
    const QString last = QSettings().value(QStringLiteral("server/lastAddress")).toString();
    if (!last.isEmpty())
        setAddress(last);
    update();
}

QString OpenServerProjectDialog::address() const {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    const QString host = m_host->text().trimmed();
    if (host.startsWith(QLatin1Char('/'))) {
        query.addQueryItem(QStringLiteral("host"), host); // a socket folder
        if (m_port->value() != 5432)
            query.addQueryItem(QStringLiteral("port"), QString::number(m_port->value()));
    } else if (!host.isEmpty()) {
        url.setHost(host);
        if (m_port->value() != 5432)
            url.setPort(m_port->value());
    }
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    if (!m_user->text().trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("user"), m_user->text().trimmed());
    if (!m_service->text().trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("service"), m_service->text().trimmed());
    query.addQueryItem(QStringLiteral("schema"), m_schema->text().trimmed());
    url.setQuery(query);
    QString text = url.toString(QUrl::PrettyDecoded); // FullyDecoded is refused for a whole URL (a warning)
    // QUrl writes "postgresql:/db" without a host; libpq wants "postgresql:///db".
    if (url.host().isEmpty())
        text.replace(QStringLiteral("postgresql:/"), QStringLiteral("postgresql:///"));
    return text;
}

void OpenServerProjectDialog::setAddress(const QString& address) {
    const QUrl url(address);
    const QUrlQuery query(url);
    m_host->setText(query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host"))
                                                               : url.host());
    const int port = query.hasQueryItem(QStringLiteral("port"))
                         ? query.queryItemValue(QStringLiteral("port")).toInt()
                         : url.port(5432);
    m_port->setValue(port);
    m_database->setText(url.path().mid(1));
    m_user->setText(query.queryItemValue(QStringLiteral("user")));
    m_service->setText(query.queryItemValue(QStringLiteral("service")));
    m_schema->setText(query.queryItemValue(QStringLiteral("schema")));
}

void OpenServerProjectDialog::update() {
    const QString text = address();
    auto parsed = server::ServerAddress::parse(text);
    m_preview->setText(parsed.isOk() ? text : QString::fromStdString(parsed.error().message()));
    if (auto* box = findChild<QDialogButtonBox*>())
        box->button(QDialogButtonBox::Open)->setEnabled(parsed.isOk());
}

void OpenServerProjectDialog::accept() {
    if (server::ServerAddress::parse(address()).hasError())
        return;
    QSettings().setValue(QStringLiteral("server/lastAddress"), address());
    QDialog::accept();
}

} // namespace jieshui::ui
