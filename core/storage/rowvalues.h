#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace rd {

// One row of a result, read column by column: through Qt's driver (any engine) or straight
// from SQLite's statement (sqlite/sqliterows.h), which makes no QVariant per column. What a
// row becomes (ReferralRow::fromRow) reads either the same way. Read each column one way
// (isNull() may come first): SQLite converts a value in place to the kind asked for.
class RowValues
{
public:
    virtual ~RowValues() = default;
    virtual bool isNull(int column) const = 0;
    // A null column reads as a null text and as 0.
    virtual QString text(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    // The value as Qt's driver gives it: an integer as qint64, a real as double, a text as
    // QString, a null as an invalid QVariant.
    virtual QVariant value(int column) const = 0;
};

// The row a QSqlQuery is on.
class QueryRowValues : public RowValues
{
public:
    explicit QueryRowValues(const QSqlQuery &query)
        : m_query(query)
    {
    }
    bool isNull(int column) const override { return m_query.isNull(column); }
    QString text(int column) const override { return m_query.value(column).toString(); }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    QVariant value(int column) const override { return m_query.value(column); }

private:
    const QSqlQuery &m_query;
};

} // namespace rd
