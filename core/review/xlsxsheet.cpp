#include "xlsxsheet.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>
#include <xlsxwriter.h>

namespace rd {

struct XlsxSheet::Workbook
{
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *bold = nullptr;
    lxw_format *dateTime = nullptr;
    lxw_format *date = nullptr;
    QHash<int, lxw_format *> money; // by decimals

    lxw_format *moneyFormat(int decimals)
    {
        if (lxw_format *known = money.value(decimals))
            return known;
        lxw_format *format = workbook_add_format(book);
        const QByteArray pattern = decimals == 0 ? QByteArray("#,##0") : "#,##0." + QByteArray(decimals, '0');
        format_set_num_format(format, pattern.constData());
        money.insert(decimals, format);
        return format;
    }
};

XlsxSheet::XlsxSheet() = default;

XlsxSheet::~XlsxSheet()
{
    if (m_workbook && m_workbook->book)
        workbook_close(m_workbook->book);
}

bool XlsxSheet::open(const QString &path, const QString &sheetName)
{
    m_workbook = std::make_unique<Workbook>();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray file = path.toUtf8();
    m_workbook->book = workbook_new_opt(file.constData(), &options);
    if (!m_workbook->book) {
        m_error = QCoreApplication::translate("Export", "The workbook could not be started.");
        return false;
    }
    m_workbook->sheet = workbook_add_worksheet(m_workbook->book, sheetName.toUtf8().constData());
    m_workbook->bold = workbook_add_format(m_workbook->book);
    format_set_bold(m_workbook->bold);
    m_workbook->dateTime = workbook_add_format(m_workbook->book);
    format_set_num_format(m_workbook->dateTime, "yyyy-mm-dd hh:mm");
    m_workbook->date = workbook_add_format(m_workbook->book);
    format_set_num_format(m_workbook->date, "yyyy-mm-dd");
    return m_workbook->sheet != nullptr;
}

bool XlsxSheet::writeHeader(const QStringList &names)
{
    for (int column = 0; column < names.size(); ++column)
        worksheet_write_string(m_workbook->sheet, lxw_row_t(m_row), lxw_col_t(column), names.at(column).toUtf8().constData(), m_workbook->bold);
    worksheet_freeze_panes(m_workbook->sheet, 1, 0);
    ++m_row;
    return true;
}

bool XlsxSheet::writeRow(const QList<ExportCell> &cells)
{
    const auto row = lxw_row_t(m_row);
    for (int column = 0; column < cells.size(); ++column) {
        const ExportCell &cell = cells.at(column);
        const auto col = lxw_col_t(column);
        lxw_error result = LXW_NO_ERROR;
        switch (cell.kind) {
        case ExportCell::Kind::Text:
            if (!cell.text.isEmpty())
                result = worksheet_write_string(m_workbook->sheet, row, col, cell.text.toUtf8().constData(), nullptr);
            break;
        case ExportCell::Kind::Money:
            result = worksheet_write_number(m_workbook->sheet, row, col, cell.number, m_workbook->moneyFormat(cell.decimals));
            break;
        case ExportCell::Kind::Instant: {
            const QDateTime local = cell.instant.toTimeZone(QTimeZone::systemTimeZone());
            lxw_datetime when{local.date().year(), local.date().month(), local.date().day(),
                              local.time().hour(), local.time().minute(), local.time().second() + local.time().msec() / 1000.0};
            result = worksheet_write_datetime(m_workbook->sheet, row, col, &when, m_workbook->dateTime);
            break;
        }
        case ExportCell::Kind::Date: {
            lxw_datetime when{cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0};
            result = worksheet_write_datetime(m_workbook->sheet, row, col, &when, m_workbook->date);
            break;
        }
        }
        if (result != LXW_NO_ERROR) {
            m_error = QCoreApplication::translate("Export", "Row %1 could not be written: %2").arg(m_row).arg(QString::fromUtf8(lxw_strerror(result)));
            return false;
        }
    }
    ++m_row;
    return true;
}

bool XlsxSheet::close()
{
    const lxw_error result = workbook_close(m_workbook->book);
    m_workbook->book = nullptr;
    if (result != LXW_NO_ERROR) {
        m_error = QCoreApplication::translate("Export", "The workbook could not be written: %1").arg(QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    return true;
}

} // namespace rd
