// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace jieshui::ui {

/**
 * File → Open Server Project…: where a shared project is (server or socket folder, port, database, the
 * project's schema, login, or a pg_service.conf service), as a postgresql:// address. The password is never
 * asked for or kept: libpq reads it from ~/.pgpass or the service file. The last values are remembered
 * (QSettings "server/...").
 */
class OpenServerProjectDialog : public QDialog {
    Q_OBJECT

public:
    explicit OpenServerProjectDialog(QWidget* parent = nullptr);

    /** The address entered, e.g. postgresql://gis.bureau:5432/water?user=alice&schema=qinzhou. */
    QString address() const;
    /** Fills the fields from @p address (a valid postgresql:// address). */
    void setAddress(const QString& address);

    QLineEdit* hostEdit() const { return m_host; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* schemaEdit() const { return m_schema; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* serviceEdit() const { return m_service; }
    QSpinBox* portBox() const { return m_port; }
    /** The address as it will be opened, or why it cannot be. */
    QLabel* previewLabel() const { return m_preview; }

    void accept() override;

private:
    void update();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_schema;
    QLineEdit* m_user;
    QLineEdit* m_service;
    QLabel* m_preview;
};

} // namespace jieshui::ui
