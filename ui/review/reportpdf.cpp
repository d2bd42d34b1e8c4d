#include "reportpdf.h"

#include "reportcharts.h"

#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace rd {

namespace {

// A mailed report names its days the ISO way, read alike in every language.
QString isoPeriod(const ReportPeriod &period)
{
    return QStringLiteral("%1 – %2").arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
}

// Noto Sans CJK has Hangul and Latin alike: one family for every line of the report.
QFont reportFont(qreal points, bool bold = false)
{
    QFont font(QStringLiteral("Noto Sans CJK KR"));
    font.setStyleHint(QFont::SansSerif);
    // It has every glyph the report needs; a fallback face (another of its collection) would
    // lose the digits' text in the PDF.
    font.setStyleStrategy(QFont::NoFontMerging);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// Draws down the page and starts another when what comes next does not fit.
class PageWriter
{
public:
    PageWriter(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer)
        , m_painter(painter)
        , m_width(painter.viewport().width())
        , m_height(painter.viewport().height())
    {
    }

    int width() const { return m_width; }

    void need(int height)
    {
        if (m_y + height > m_height && m_y > 0) {
            m_writer.newPage();
            m_y = 0;
        }
    }

    void text(const QString &line, const QFont &font, int flags = Qt::TextWordWrap)
    {
        m_painter.setFont(font);
        const QRect bounds = m_painter.boundingRect(QRect(0, 0, m_width, m_height), flags, line);
        need(bounds.height());
        m_painter.drawText(QRect(0, m_y, m_width, bounds.height()), flags, line);
        m_y += bounds.height();
    }

    void space(int height) { m_y += height; }

    void chart(QChart *chart, int height)
    {
        need(height);
        QGraphicsScene scene;
        scene.addItem(chart); // the scene owns it now
        chart->resize(m_width, height);
        scene.render(&m_painter, QRectF(0, m_y, m_width, height), QRectF(0, 0, m_width, height));
        m_y += height;
    }

    void table(const ReportTable &table, const QFont &font, const QFont &bold, bool withHeader = true)
    {
        const int columns = qMax(1, int(table.headers.size()));
        const int columnWidth = m_width / columns;
        m_painter.setFont(font);
        const int rowHeight = m_painter.fontMetrics().height() * 14 / 10;
        auto drawRow = [&](const QStringList &cells, const QFont &rowFont) {
            need(rowHeight);
            m_painter.setFont(rowFont);
            for (int column = 0; column < cells.size() && column < columns; ++column) {
                const QRect cellRect(column * columnWidth, m_y, columnWidth - rowHeight / 4, rowHeight);
                m_painter.drawText(cellRect, Qt::AlignVCenter | (column == 0 || !withHeader ? Qt::AlignLeft : Qt::AlignRight), cells.at(column));
            }
            m_y += rowHeight;
            m_painter.drawLine(0, m_y, m_width, m_y);
        };
        if (withHeader)
            drawRow(table.headers, bold);
        for (const QStringList &row : table.rows)
            drawRow(row, font);
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    int m_width;
    int m_height;
    int m_y = 0;
};

} // namespace

QString writeReportPdf(const QString &path, const ReportContext &context, const QString &partner, const QDateTime &generated)
{
    const auto failed = [&path](const QString &why) {
        return QCoreApplication::translate("ReportPdf", "The PDF could not be written to %1: %2").arg(QDir::toNativeSeparators(path), why);
    };
    if (!QFileInfo(path).absoluteDir().exists())
        return QCoreApplication::translate("ReportPdf", "The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    {
        QPdfWriter writer(&file);
        writer.setResolution(150);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(QCoreApplication::translate("ReportPdf", "Referral report"));
        writer.setCreator(QStringLiteral("Referral Desk"));
        QPainter painter(&writer);
        if (!painter.isActive())
            return failed(QCoreApplication::translate("ReportPdf", "the page could not be drawn"));
        PageWriter page(writer, painter);
        const int gap = painter.fontMetrics().height();

        page.text(QCoreApplication::translate("ReportPdf", "Referral report"), reportFont(20, true));
        // What the report covers, as a table of its own: a line of text drawn in the CJK face
        // loses its digits to pdftotext, a table's cells keep them.
        ReportTable cover{QStringLiteral("cover"), QString(), {QString(), QString()}, {}, {}};
        cover.rows = {
            {QCoreApplication::translate("ReportPdf", "Partner"), partner},
            {QCoreApplication::translate("ReportPdf", "Period"), isoPeriod(context.report.current.period)},
            {QCoreApplication::translate("ReportPdf", "Previous period"), isoPeriod(context.report.previous.period)},
            {QCoreApplication::translate("ReportPdf", "Generated"), generated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
        };
        page.table(cover, reportFont(10), reportFont(10, true), false);
        page.space(gap);

        for (const ReportTable &table : ReportTables::all(context)) {
            page.need(page.width() / 2 + gap * 3);
            page.text(table.title, reportFont(14, true));
            page.chart(ReportCharts::make(table.id, context), page.width() / 2);
            page.table(table, reportFont(8), reportFont(8, true));
            if (!table.note.isEmpty())
                page.text(table.note, reportFont(8));
            page.space(gap);
        }
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace rd
