#pragma once

#include "referralstore.h"

#include <QString>
#include <functional>

namespace rd {

enum class ExportFormat { Csv, Xlsx };

struct ExportResult
{
    int rows = 0;
    QString error; // translated; when set, nothing was written (an earlier file stays as it was)

    bool ok() const { return error.isEmpty(); }
};

// Told the rows written so far after each page; returning false stops the export.
using ExportProgress = std::function<bool(int rows)>;

// Writes the referrals `query` matches, in its order, as the reader may see them, page by page
// (no more than a page is ever held). The file appears whole or not at all, readable by its
// owner only: it holds customers' personal data.
ExportResult exportReferrals(const ReferralStore &store, ReferralQuery query, ExportFormat format, const QString &path,
                             const ExportProgress &progress = {});

// The most referrals one worksheet holds (Excel's row limit, less the header).
inline constexpr int kMaxWorkbookRows = 1'048'575;

} // namespace rd
