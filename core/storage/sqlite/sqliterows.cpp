#include "sqliterows.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <sqlite3.h>

namespace rd {

sqlite3 *SqliteRows::handleOf(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteRows::SqliteRows(sqlite3 *handle, const QString &sql, const QVariantList &bindings)
    : m_handle(handle)
{
    const int prepared = sqlite3_prepare16_v3(m_handle, sql.utf16(), int(sql.size() * sizeof(char16_t)), 0, &m_statement, nullptr);
    if (prepared != SQLITE_OK) {
        fail(prepared);
        return;
    }
    for (int i = 0; i < bindings.size(); ++i) {
        if (!bind(i + 1, bindings.at(i)))
            return;
    }
}

SqliteRows::~SqliteRows()
{
    sqlite3_finalize(m_statement);
}

namespace {

// What Qt's driver binds as NULL: besides a null variant, a null text or bytes and an invalid
// date or time, so that a page binds its values as every other statement does.
bool bindsAsNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    case QMetaType::QDate:
        return !value.toDate().isValid();
    case QMetaType::QTime:
        return !value.toTime().isValid();
    default:
        return false;
    }
}

} // namespace

bool SqliteRows::bind(int index, const QVariant &value)
{
    int result = SQLITE_OK;
    if (bindsAsNull(value)) {
        result = sqlite3_bind_null(m_statement, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::Long:
        case QMetaType::Short:
        case QMetaType::Bool:
            result = sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            result = sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            result = sqlite3_bind_blob64(m_statement, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        default: { // text, as Qt's driver binds anything else
            const QString text = value.toString();
            result = sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
            break;
        }
        }
    }
    if (result != SQLITE_OK) {
        fail(result);
        return false;
    }
    return true;
}

void SqliteRows::fail(int code)
{
    m_error = QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_handle)), QSqlError::StatementError, QString::number(code));
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

bool SqliteRows::next()
{
    if (!m_statement)
        return false;
    const int stepped = sqlite3_step(m_statement);
    if (stepped == SQLITE_ROW)
        return true;
    if (stepped != SQLITE_DONE)
        fail(sqlite3_extended_errcode(m_handle));
    return false;
}

int SqliteRows::columnCount() const
{
    return m_statement ? sqlite3_column_count(m_statement) : 0;
}

bool SqliteRows::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqliteRows::text(int column) const
{
    // UTF-16 from SQLite, as Qt's driver reads it, so that both read the same text.
    const void *text = sqlite3_column_text16(m_statement, column);
    if (!text)
        return {};
    return QString(static_cast<const QChar *>(text), sqlite3_column_bytes16(m_statement, column) / qsizetype(sizeof(QChar)));
}

qint64 SqliteRows::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QVariant SqliteRows::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_NULL:
        return {};
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)), sqlite3_column_bytes(m_statement, column));
    default:
        return text(column);
    }
}

} // namespace rd
