#include "detailpane.h"

#include "actor.h"
#include "claim.h"
#include "clock.h"
#include "closingdate.h"
#include "displaytext.h"
#include "profilestore.h"
#include "reasons.h"
#include "referralstore.h"
#include "similarsection.h"
#include "taxonomy.h"
#include "visibility.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QScrollBar>
#include <QUrlQuery>

namespace rd {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>").arg(escaped(label), value);
}

QString section(const QString &title, const QString &rows)
{
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<h3>%1</h3><table>%2</table>").arg(escaped(title), rows);
}

QString copyLink(const QString &text)
{
    QUrl url(QStringLiteral("copy:"));
    url.setQuery(QUrlQuery{{QStringLiteral("text"), text}});
    return QStringLiteral(" <a href='%1'>%2</a>").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                      QCoreApplication::translate("DetailPane", "Copy"));
}

QString contactLine(const QString &scheme, const QString &value)
{
    if (value.isEmpty())
        return {};
    const QString target = scheme == QLatin1String("tel") ? QString(value).remove(QLatin1Char(' ')) : value;
    return QStringLiteral("<a href='%1:%2'>%3</a>%4").arg(scheme, target.toHtmlEscaped(), escaped(value), copyLink(value));
}

// Skipped and missed referrals never show the customer: saying "once you are interested"
// there would promise what can no longer happen.
// A claim's row of the history, before ", by" its actor.
QString claimChange(const HistoryEntry &entry)
{
    if (entry.notes.isEmpty())
        return QCoreApplication::translate("DetailPane", "Claim let go");
    if (entry.notes == entry.actor)
        return QCoreApplication::translate("DetailPane", "Claimed");
    return QCoreApplication::translate("DetailPane", "Handed to %1").arg(entry.notes);
}

QString hiddenCustomerNote(Status status)
{
    switch (status) {
    case Status::Skipped:
        return QCoreApplication::translate("DetailPane", "not shared: the customer's details are not shared for a skipped referral");
    case Status::Missed:
        return QCoreApplication::translate("DetailPane", "not shared: the customer's details are not shared for a missed referral");
    default:
        return QCoreApplication::translate("DetailPane", "shown once you are interested");
    }
}

// "₩1,000,000 → ₩1,500,000", or the one value when it did not change.
QString fromTo(const QString &before, const QString &after)
{
    return before.isEmpty() || before == after ? after : QStringLiteral("%1 → %2").arg(before, after);
}

QString estimateChange(const HistoryEntry &entry, const QLocale &locale)
{
    const std::optional<Estimate> &before = entry.previousEstimate;
    QStringList parts;
    if (entry.value) {
        parts.append(QCoreApplication::translate("DetailPane", "estimated deal value %1")
                         .arg(fromTo(before ? DisplayText::money(before->value, locale) : QString(), DisplayText::money(*entry.value, locale))));
    }
    if (entry.closingDate.isValid()) {
        parts.append(QCoreApplication::translate("DetailPane", "estimated closing date %1")
                         .arg(fromTo(before ? DisplayText::date(before->closingDate, locale) : QString(), DisplayText::date(entry.closingDate, locale))));
    }
    if (before && before->notes != entry.notes)
        parts.append(QCoreApplication::translate("DetailPane", "notes changed"));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

DetailPane::DetailPane(ReferralStore &store, const Clock &clock, QWidget *parent)
    : QTextBrowser(parent)
    , m_store(store)
    , m_clock(clock)
{
    setOpenLinks(false);
    setObjectName(QStringLiteral("detailPane"));
    connect(this, &QTextBrowser::anchorClicked, this, &DetailPane::openLink);
    clear();
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_id)
            refresh();
        else
            clear();
    }
    QTextBrowser::changeEvent(event);
}

void DetailPane::setNotice(const QString &text)
{
    m_notice = text;
    refresh();
}

void DetailPane::showReferral(const QString &id)
{
    if (m_id != id)
        m_notice.clear();
    m_id = id;
    refresh();
}

void DetailPane::clear()
{
    m_id.reset();
    m_notice.clear();
    setHtml(QStringLiteral("<p style='color:#777'>%1</p>")
                .arg(escaped(QCoreApplication::translate("DetailPane", "Select a referral to see its details."))));
}

void DetailPane::refresh()
{
    if (!m_id)
        return;
    const std::optional<Referral> referral = m_store.find(*m_id);
    if (!referral) {
        setHtml(QStringLiteral("<p>%1</p>").arg(escaped(QCoreApplication::translate("DetailPane", "This referral is no longer in the database."))));
        return;
    }
    const int scroll = verticalScrollBar()->value();
    setHtml(render(*referral));
    verticalScrollBar()->setValue(scroll);
}

void DetailPane::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("copy")) {
        const QString text = QUrlQuery(url).queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded);
        QGuiApplication::clipboard()->setText(text);
        emit copied(text);
        return;
    }
    if (url.scheme() == QLatin1String("estimate")) {
        if (m_id)
            emit estimateUpdateRequested(*m_id);
        return;
    }
    QDesktopServices::openUrl(url);
}

QString DetailPane::routing(const Referral &r) const
{
    // Where it was routed, or plainly that no business profile does business in its country.
    ProfileStore profiles(m_store.database());
    QString line;
    if (!r.profileId.isEmpty()) {
        const std::optional<BusinessProfile> profile = profiles.profile(r.profileId);
        const std::optional<PartnerOrganisation> partner = profiles.partner(r.partnerId);
        line = QCoreApplication::translate("DetailPane", "Business profile: %1 (%2), alerts to %3")
                   .arg(profile ? profile->region : r.profileId, partner ? partner->name : r.partnerId,
                        profile ? profile->contact.email : QString());
    } else if (!r.partnerId.isEmpty()) {
        line = r.customer.address.country.isEmpty()
                   ? QCoreApplication::translate("DetailPane", "No business profile: the customer's country is not given.")
                   : QCoreApplication::translate("DetailPane", "No business profile does business in the customer's country (%1); no one was alerted.")
                         .arg(r.customer.address.country);
    } else {
        return {};
    }
    return QStringLiteral("<p style='color:#555'>%1</p>").arg(escaped(line));
}

QString DetailPane::render(const Referral &r) const
{
    const QDateTime now = m_clock.now();
    const QLocale locale;
    QString html;
    if (!m_notice.isEmpty())
        html += QStringLiteral("<p style='background:#fff4e5;padding:6px'><b>%1</b></p>").arg(escaped(m_notice));

    const QString title = r.name.isEmpty() ? r.id : r.name;
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(title));
    if (r.sample) {
        html += QStringLiteral("<p style='background:#eef3fb;padding:6px'>%1</p>")
                    .arg(escaped(QCoreApplication::translate("DetailPane", "A sample referral, made up to try Referral Desk: no customer is told anything. File > Remove sample referrals takes all of them away.")));
    }
    html += QStringLiteral("<p><b>%1</b>").arg(escaped(statusTitle(r.status)));
    if (r.deadline.isValid()) {
        html += QStringLiteral(" · %1").arg(escaped(QCoreApplication::translate("DetailPane", "deadline: %1")
                                                         .arg(DisplayText::deadlineState(r.deadline, now))));
    }
    if (r.status == Status::New || r.status == Status::Evaluating) {
        html += QStringLiteral(" · %1").arg(escaped(QCoreApplication::translate("DetailPane", "%1: %2")
                                                         .arg(m_store.policy().targetTitle(), DisplayText::targetState(r, now))));
    }
    html += QStringLiteral("</p>");
    if (const QString claim = claimDescription(r, now); !claim.isEmpty())
        html += QStringLiteral("<p style='background:#eef3fb;padding:6px'>%1</p>").arg(escaped(claim));
    html += routing(r);

    const Visibility visibility = visibilityFor(r.status);
    QString customer;
    if (visibility.organisation) {
        customer += row(QCoreApplication::translate("DetailPane", "Customer"), escaped(r.customer.name));
        const QStringList lines = {r.customer.address.line1, r.customer.address.line2};
        customer += row(QCoreApplication::translate("DetailPane", "Address"), escaped(QStringList(lines).filter(QRegularExpression(QStringLiteral("\\S"))).join(QStringLiteral(", "))));
    }
    customer += row(QCoreApplication::translate("DetailPane", "City"), escaped(r.customer.address.city));
    customer += row(QCoreApplication::translate("DetailPane", "Country"), escaped(DisplayText::country(r.customer.address.country)));
    customer += row(QCoreApplication::translate("DetailPane", "Size"), escaped(DisplayText::customerSize(r.customer.size)));
    if (!visibility.organisation) {
        customer += row(QCoreApplication::translate("DetailPane", "Customer"), escaped(hiddenCustomerNote(r.status)));
    }
    html += section(QCoreApplication::translate("DetailPane", "Customer"), customer);

    if (visibility.contacts) {
        QString contacts;
        for (const Contact &contact : r.customer.contacts) {
            const QString name = DisplayText::personName(contact);
            QStringList lines;
            if (!contact.email.isEmpty())
                lines.append(contactLine(QStringLiteral("mailto"), contact.email));
            if (!contact.phone.isEmpty())
                lines.append(contactLine(QStringLiteral("tel"), contact.phone));
            contacts += row(name, lines.join(QStringLiteral("<br>")));
        }
        html += section(QCoreApplication::translate("DetailPane", "Contacts"), contacts);
    }

    const Requirements &req = r.details.requirements;
    QString rfi;
    rfi += row(QCoreApplication::translate("DetailPane", "Industries"), escaped(Taxonomy::displayNames(TaxonomyKind::Industry, req.industries).join(QStringLiteral(", "))));
    rfi += row(QCoreApplication::translate("DetailPane", "Products"), escaped(Taxonomy::displayNames(TaxonomyKind::Product, req.products).join(QStringLiteral(", "))));
    rfi += row(QCoreApplication::translate("DetailPane", "Services"), escaped(Taxonomy::displayNames(TaxonomyKind::Service, req.services).join(QStringLiteral(", "))));
    rfi += row(QCoreApplication::translate("DetailPane", "Solutions"), escaped(req.solutions.join(QStringLiteral(", "))));
    if (r.details.valueHint)
        rfi += row(QCoreApplication::translate("DetailPane", "Value hint"), escaped(DisplayText::money(*r.details.valueHint, locale)));
    rfi += row(QCoreApplication::translate("DetailPane", "Received"), escaped(DisplayText::localDateTime(r.receivedAt, locale)));
    rfi += row(QCoreApplication::translate("DetailPane", "Notes"), escaped(r.details.notes).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += section(QCoreApplication::translate("DetailPane", "Request for information"), rfi);
    html += similarReferralsSection(m_store.database(), r);

    QString deal;
    if (r.estimate) {
        deal += row(QCoreApplication::translate("DetailPane", "Estimated deal value"), escaped(DisplayText::money(r.estimate->value, locale)));
        deal += row(QCoreApplication::translate("DetailPane", "Estimated closing date"), closingDateCell(r));
        deal += row(QCoreApplication::translate("DetailPane", "Notes"), escaped(r.estimate->notes));
    }
    if (r.finalValue)
        deal += row(QCoreApplication::translate("DetailPane", "Final deal value"), escaped(DisplayText::money(*r.finalValue, locale)));
    deal += row(QCoreApplication::translate("DetailPane", "Reason"), escaped(Reasons::display(r.reason, r.reasonCode)));
    html += section(QCoreApplication::translate("DetailPane", "Deal"), deal);

    QString timeline;
    for (const HistoryEntry &entry : m_store.history(r.id)) {
        const bool estimated = entry.event == HistoryEvent::EstimateChange;
        const QString change = estimated ? QCoreApplication::translate("DetailPane", "Estimate updated")
            : entry.event == HistoryEvent::Claim ? claimChange(entry)
            : entry.from ? QStringLiteral("%1 → %2").arg(statusTitle(*entry.from), statusTitle(entry.to))
                                          : QCoreApplication::translate("DetailPane", "Imported as %1").arg(statusTitle(entry.to));
        const QString actor = Actor::isSystem(entry.actor)
            ? QCoreApplication::translate("DetailPane", "the deadline checker")
            : entry.actor;
        QString detail = QCoreApplication::translate("DetailPane", "%1, by %2").arg(change, actor);
        if (!entry.reason.isEmpty())
            detail += QStringLiteral(": ") + Reasons::display(entry.reason, entry.reasonCode);
        if (estimated)
            detail += QStringLiteral(": ") + estimateChange(entry, locale);
        else if (entry.value)
            detail += QStringLiteral(" · ") + DisplayText::money(*entry.value, locale);
        timeline += row(DisplayText::localDateTime(entry.at, locale), escaped(detail));
    }
    html += section(QCoreApplication::translate("DetailPane", "History"), timeline);
    return html;
}

QString DetailPane::closingDateCell(const Referral &r) const
{
    QString cell = escaped(DisplayText::date(r.estimate->closingDate));
    if (r.status != Status::Negotiating)
        return cell;
    if (ClosingDate::hasPassed(r, m_clock.now()))
        cell = QStringLiteral("<span style='color:#a85a00'><b>%1 · %2</b></span>").arg(cell, escaped(ClosingDate::passedMark()));
    return cell + QStringLiteral(" <a href='estimate:update'>%1</a>")
                      .arg(escaped(QCoreApplication::translate("DetailPane", "Update estimate…")));
}

} // namespace rd
