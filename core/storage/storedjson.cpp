#include "storedjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <rapidjson/encodings.h>
#include <rapidjson/reader.h>

namespace rd::StoredJson {

namespace {

using Utf16 = rapidjson::UTF16<char16_t>;

QString textOf(const char16_t *text, rapidjson::SizeType length)
{
    return QString(reinterpret_cast<const QChar *>(text), qsizetype(length));
}

// Events at depth 2 (a member of an object in the top-level array) fill the current contact;
// anything deeper or of another shape is skipped, as QJsonValue::toString() would skip it.
class ContactsHandler : public rapidjson::BaseReaderHandler<Utf16, ContactsHandler>
{
public:
    QList<Contact> contacts;

    bool Default()
    {
        if (m_depth == 1 && m_rootIsArray)
            contacts.append(Contact{}); // QJsonValue::toObject() of a scalar is an empty contact
        return true;
    }
    bool Bool(bool value)
    {
        if (m_depth == 2 && m_field == Field::NotificationsDisabled && m_rootIsArray)
            contacts.last().notificationsDisabled = value;
        return m_depth == 1 ? Default() : true;
    }
    bool String(const char16_t *text, rapidjson::SizeType length, bool)
    {
        if (m_depth == 1)
            return Default();
        if (m_depth == 2) {
            if (QString *field = textField())
                *field = textOf(text, length);
        }
        return true;
    }
    bool Key(const char16_t *text, rapidjson::SizeType length, bool)
    {
        if (m_depth == 2)
            m_field = fieldNamed(QStringView(text, qsizetype(length)));
        return true;
    }
    bool StartObject()
    {
        if (m_depth == 0)
            m_rootIsArray = false;
        if (m_depth == 1 && m_rootIsArray)
            contacts.append(Contact{});
        ++m_depth;
        m_field = Field::None;
        return true;
    }
    bool EndObject(rapidjson::SizeType)
    {
        --m_depth;
        m_field = Field::None;
        return true;
    }
    bool StartArray()
    {
        if (m_depth == 1 && m_rootIsArray)
            contacts.append(Contact{});
        ++m_depth;
        m_field = Field::None;
        return true;
    }
    bool EndArray(rapidjson::SizeType)
    {
        --m_depth;
        return true;
    }

    bool rootIsArray() const
    {
        return m_rootIsArray;
    }

private:
    enum class Field { None, FirstName, LastName, Email, Phone, Locale, NotificationsDisabled };

    static Field fieldNamed(QStringView name)
    {
        if (name == u"firstName")
            return Field::FirstName;
        if (name == u"lastName")
            return Field::LastName;
        if (name == u"email")
            return Field::Email;
        if (name == u"phone")
            return Field::Phone;
        if (name == u"locale")
            return Field::Locale;
        if (name == u"disableNotifications")
            return Field::NotificationsDisabled;
        return Field::None;
    }

    QString *textField()
    {
        if (!m_rootIsArray || contacts.isEmpty())
            return nullptr;
        Contact &contact = contacts.last();
        switch (m_field) {
        case Field::FirstName:
            return &contact.firstName;
        case Field::LastName:
            return &contact.lastName;
        case Field::Email:
            return &contact.email;
        case Field::Phone:
            return &contact.phone;
        case Field::Locale:
            return &contact.locale;
        case Field::None:
        case Field::NotificationsDisabled:
            break;
        }
        return nullptr;
    }

    int m_depth = 0;
    bool m_rootIsArray = true;
    Field m_field = Field::None;
};

// Members of the top-level object name a list; each item of that list at depth 2 is one entry.
// An item that is not text is kept as an empty entry, as QJsonValue::toString() would keep it.
class RequirementsHandler : public rapidjson::BaseReaderHandler<Utf16, RequirementsHandler>
{
public:
    Requirements requirements;

    bool Default()
    {
        if (m_depth == 2)
            appendItem({});
        return true;
    }
    bool String(const char16_t *text, rapidjson::SizeType length, bool)
    {
        if (m_depth == 2)
            appendItem(textOf(text, length));
        return true;
    }
    bool Key(const char16_t *text, rapidjson::SizeType length, bool)
    {
        if (m_depth == 1)
            m_list = listNamed(QStringView(text, qsizetype(length)));
        return true;
    }
    bool StartObject()
    {
        return start(false);
    }
    bool EndObject(rapidjson::SizeType)
    {
        return end();
    }
    bool StartArray()
    {
        if (m_depth == 0)
            m_rootIsObject = false;
        return start(true);
    }
    bool EndArray(rapidjson::SizeType)
    {
        return end();
    }

    bool rootIsObject() const
    {
        return m_rootIsObject;
    }

private:
    bool start(bool isArray)
    {
        if (m_depth == 1)
            m_listIsArray = isArray;
        if (m_depth == 2)
            appendItem({});
        ++m_depth;
        return true;
    }
    bool end()
    {
        --m_depth;
        if (m_depth == 1)
            m_list = nullptr;
        return true;
    }

    void appendItem(const QString &item)
    {
        // Only an array's items count: a list given as one string or an object is no list at all.
        if (m_list && m_listIsArray)
            m_list->append(item);
    }

    QStringList *listNamed(QStringView name)
    {
        if (name == u"industries")
            return &requirements.industries;
        if (name == u"products")
            return &requirements.products;
        if (name == u"services")
            return &requirements.services;
        if (name == u"solutions")
            return &requirements.solutions;
        return nullptr;
    }

    int m_depth = 0;
    bool m_rootIsObject = true;
    bool m_listIsArray = false;
    QStringList *m_list = nullptr;
};

template<typename Handler>
bool parse(const QString &json, Handler &handler)
{
    if (json.isEmpty())
        return false;
    // QString keeps its text NUL-terminated, which is where RapidJSON stops.
    rapidjson::GenericStringStream<Utf16> stream(reinterpret_cast<const char16_t *>(json.utf16()));
    rapidjson::GenericReader<Utf16, Utf16> reader;
    return !reader.template Parse<rapidjson::kParseIterativeFlag>(stream, handler).IsError();
}

} // namespace

QString contactsToJson(const QList<Contact> &contacts)
{
    QJsonArray array;
    for (const Contact &contact : contacts) {
        array.append(QJsonObject{{QStringLiteral("firstName"), contact.firstName},
                                 {QStringLiteral("lastName"), contact.lastName},
                                 {QStringLiteral("email"), contact.email},
                                 {QStringLiteral("phone"), contact.phone},
                                 {QStringLiteral("locale"), contact.locale},
                                 {QStringLiteral("disableNotifications"), contact.notificationsDisabled}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Contact> contactsFromJson(const QString &json)
{
    ContactsHandler handler;
    if (!parse(json, handler) || !handler.rootIsArray())
        return {};
    return std::move(handler.contacts);
}

QString requirementsToJson(const Requirements &requirements)
{
    const QJsonObject object{
        {QStringLiteral("industries"), QJsonArray::fromStringList(requirements.industries)},
        {QStringLiteral("products"), QJsonArray::fromStringList(requirements.products)},
        {QStringLiteral("services"), QJsonArray::fromStringList(requirements.services)},
        {QStringLiteral("solutions"), QJsonArray::fromStringList(requirements.solutions)},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Requirements requirementsFromJson(const QString &json)
{
    RequirementsHandler handler;
    if (!parse(json, handler) || !handler.rootIsObject())
        return {};
    return std::move(handler.requirements);
}

} // namespace rd::StoredJson
