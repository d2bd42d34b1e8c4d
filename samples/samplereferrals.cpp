#include "samplereferrals.h"

#include "taxonomy.h"

#include "deadlinepolicy.h"
#include "partnercenterjson.h"

#include <QRandomGenerator>
#include <QStringBuilder>

#include <algorithm>
#include <cmath>

namespace rd {

// Sample data, not interface text: none of these strings is translated.

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr int kKoreanPercent = 60;

// A word of a customer's name and how it reads in an e-mail domain.
struct NamePart
{
    QString text;
    QString slug;
    bool corporate = true; // takes a legal form (주식회사, Inc., Ltd)
};

struct Industry
{
    QString id;
    QList<NamePart> korean;
    QList<NamePart> english;
};

enum class Quantity { Users, Servers, Devices, Rooms, Developers };

struct Product
{
    QString id;
    Quantity quantity;
    QString koreanTitle;
    QString englishTitle;
    QString koreanNote; // %1: the quantity
    QString englishNote;
    double unitCostUsd; // per quantity, for the value hint
};

struct District
{
    QString name;
    QStringList roads;
    QString postalPattern;
};

struct KoreanCity
{
    QString name;
    QString state;
    QString areaCode;
    int weight;
    QList<District> districts;
};

struct EnglishCity
{
    QString name;
    QString state;
    QString phonePattern;
    QStringList postalPatterns;
    QStringList streets;
};

struct Country
{
    QString code;
    QString currency;
    QString locale;
    int weight;
    QStringList legalForms;
    QStringList line2Patterns;
    QList<EnglishCity> cities;
};

struct PersonName
{
    QString text;
    QString roman;
};

struct SizeBand
{
    QString size; // a value of customerSizes()
    int weight;
    double minEmployees;
    double maxEmployees;
};

struct StatusWeight
{
    Status status;
    int weight;
};

struct Currency
{
    QString code;
    double perUsd;
    qint64 minorPerMajor;
};

struct Texts
{
    QStringList korean;
    QStringList english;
};

struct Tables
{
    QList<StatusWeight> statuses;
    QList<SizeBand> sizes;
    QList<Industry> industries;
    QList<Product> products;
    QStringList services;
    QList<NamePart> koreanStems;
    QList<NamePart> englishStems;
    QList<KoreanCity> koreanCities;
    QStringList koreanLine2;
    QList<Country> countries;
    QList<PersonName> koreanSurnames;
    QList<PersonName> koreanGivenNames;
    QStringList englishFirstNames;
    QStringList englishLastNames;
    QList<Currency> currencies;
    Texts noteAdditions;
    Texts estimateNotes;
    Texts skipReasons;
    Texts declineReasons;
    Texts lossReasons;
};

QString slugOf(const QString &text)
{
    QString slug;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug.append(c.toLower());
    }
    return slug;
}

QList<NamePart> englishParts(const QStringList &words, bool corporate = true)
{
    QList<NamePart> parts;
    for (const QString &word : words)
        parts.append(NamePart{word, slugOf(word), corporate});
    return parts;
}

QList<Industry> buildIndustries()
{
    const auto k = [](const char16_t *text, const char *slug, bool corporate = true) {
        return NamePart{QString::fromUtf16(text), QString::fromLatin1(slug), corporate};
    };
    const auto english = [](QStringList corporate, QStringList other = {}) {
        return englishParts(corporate) + englishParts(other, false);
    };
    return {
        {QStringLiteral("Agriculture, Forestry, & Fishing"),
         {k(u"농산", "nongsan"), k(u"수산", "susan"), k(u"임업", "forest"), k(u"영농조합법인", "farm", false)},
         english({QStringLiteral("Farms"), QStringLiteral("Fisheries"), QStringLiteral("Timber"), QStringLiteral("Agriculture")})},
        {QStringLiteral("Communications & Media"),
         {k(u"미디어", "media"), k(u"방송", "broadcast"), k(u"커뮤니케이션즈", "comms"), k(u"데이터", "data")},
         english({QStringLiteral("Media"), QStringLiteral("Communications"), QStringLiteral("Broadcasting"), QStringLiteral("Telecom")})},
        {QStringLiteral("Education"),
         {k(u"대학교", "univ", false), k(u"교육", "edu"), k(u"아카데미", "academy"), k(u"외국어고등학교", "school", false)},
         english({QStringLiteral("Learning"), QStringLiteral("Academy")}, {QStringLiteral("College"), QStringLiteral("School District")})},
        {QStringLiteral("Financial Services"),
         {k(u"캐피탈", "capital"), k(u"증권", "securities"), k(u"저축은행", "savings"), k(u"손해보험", "insurance")},
         english({QStringLiteral("Capital"), QStringLiteral("Insurance"), QStringLiteral("Bank")}, {QStringLiteral("Credit Union")})},
        {QStringLiteral("Government"),
         {k(u"정보화진흥원", "nia", false), k(u"시설관리공단", "facilities", false), k(u"연구원", "institute", false)},
         english({}, {QStringLiteral("County"), QStringLiteral("City Council"), QStringLiteral("Transit Authority")})},
        {QStringLiteral("Healthcare"),
         {k(u"병원", "hospital", false), k(u"의료재단", "medical", false), k(u"제약", "pharm"), k(u"메디컬", "medical")},
         english({QStringLiteral("Health"), QStringLiteral("Medical Group"), QStringLiteral("Pharmaceuticals")}, {QStringLiteral("Clinic")})},
        {QStringLiteral("Hospitality"),
         {k(u"호텔", "hotel"), k(u"리조트", "resort"), k(u"푸드서비스", "food")},
         english({QStringLiteral("Hotels"), QStringLiteral("Resorts"), QStringLiteral("Hospitality")})},
        {QStringLiteral("Manufacturing"),
         {k(u"정밀", "precision"), k(u"전자", "electronics"), k(u"산업", "industry"), k(u"화학", "chem"), k(u"기계", "machinery")},
         english({QStringLiteral("Manufacturing"), QStringLiteral("Industries"), QStringLiteral("Precision"), QStringLiteral("Engineering")})},
        {QStringLiteral("Power & Utilities"),
         {k(u"에너지", "energy"), k(u"전력", "power"), k(u"도시가스", "gas")},
         english({QStringLiteral("Energy"), QStringLiteral("Power & Light"), QStringLiteral("Water"), QStringLiteral("Utilities")})},
        {QStringLiteral("Public Safety and National Security"),
         {k(u"보안", "security"), k(u"방재", "safety")},
         english({QStringLiteral("Security")}, {QStringLiteral("Fire & Rescue"), QStringLiteral("Emergency Services")})},
        {QStringLiteral("Retail & Consumer Goods"),
         {k(u"유통", "retail"), k(u"식품", "foods"), k(u"리테일", "retail"), k(u"생활건강", "living")},
         english({QStringLiteral("Retail"), QStringLiteral("Foods"), QStringLiteral("Outfitters"), QStringLiteral("Stores")})},
        {QStringLiteral("Services"),
         {k(u"컨설팅", "consulting"), k(u"솔루션즈", "solutions"), k(u"정보기술", "it"), k(u"시스템즈", "systems")},
         english({QStringLiteral("Consulting"), QStringLiteral("Partners"), QStringLiteral("Services"), QStringLiteral("Solutions")})},
        {QStringLiteral("Travel & Transportation"),
         {k(u"물류", "logistics"), k(u"항공", "air"), k(u"여행", "travel"), k(u"해운", "shipping")},
         english({QStringLiteral("Logistics"), QStringLiteral("Airways"), QStringLiteral("Travel")}, {QStringLiteral("Transit")})},
        {QStringLiteral("Wholesale & Distribution"),
         {k(u"물산", "mulsan"), k(u"상사", "trading"), k(u"유통", "distribution")},
         english({QStringLiteral("Distribution"), QStringLiteral("Wholesale"), QStringLiteral("Supply"), QStringLiteral("Trading")})},
    };
}

QList<Product> buildProducts()
{
    const auto p = [](const char *id, Quantity quantity, const char16_t *koreanTitle, const char *englishTitle,
                      const char16_t *koreanNote, const char *englishNote, double unitCostUsd) {
        return Product{QString::fromLatin1(id), quantity, QString::fromUtf16(koreanTitle), QString::fromLatin1(englishTitle),
                       QString::fromUtf16(koreanNote), QString::fromLatin1(englishNote), unitCostUsd};
    };
    return {
        p("Azure", Quantity::Servers, u"Azure 이전 문의", "Azure migration",
          u"온프레미스 서버 %1대를 Azure로 이전하려고 합니다. 이전 계획과 운영 비용 산정을 도와줄 파트너를 찾습니다.",
          "We want to move %1 on-premises servers to Azure and need a partner to plan the migration and estimate running costs.", 6500),
        p("EnterpriseMobilityAndSecurity", Quantity::Users, u"모바일 기기 관리 및 보안", "Device management and security",
          u"임직원 %1명의 모바일 기기 관리와 조건부 액세스를 설정하고 싶습니다. 재택근무 인원이 많습니다.",
          "We need device management and conditional access for %1 staff, most of whom work remotely.", 140),
        p("Exchange", Quantity::Users, u"메일 시스템 이전", "Mail migration",
          u"사내 메일 서버를 Exchange Online으로 옮기려고 합니다. 사서함은 약 %1개입니다.",
          "Our on-premises mail server is end of life; we want to move about %1 mailboxes to Exchange Online.", 90),
        p("DeveloperTools", Quantity::Developers, u"개발 도구 및 CI 구축", "Developer tools and pipelines",
          u"개발자 %1명이 사용할 Visual Studio 구독과 빌드 파이프라인 구축을 문의합니다.",
          "Our %1 developers need Visual Studio subscriptions and help setting up build pipelines.", 1400),
        p("Dynamics365Business", Quantity::Users, u"Business Central 도입", "Business Central rollout",
          u"회계와 재고 관리를 Dynamics 365 Business Central로 바꾸려고 합니다. 사용자는 %1명입니다.",
          "We are replacing our accounting and inventory system with Dynamics 365 Business Central for %1 users.", 420),
        p("Dynamics365Enterprise", Quantity::Users, u"Dynamics 365 Sales 도입 검토", "Dynamics 365 Sales evaluation",
          u"영업과 고객 서비스 조직 %1명을 위한 Dynamics 365 Sales 도입을 검토하고 있습니다.",
          "We are evaluating Dynamics 365 Sales and Customer Service for a team of %1.", 650),
        p("DynamicsAX,GP,NAV,SL", Quantity::Users, u"Dynamics NAV 업그레이드", "Dynamics GP upgrade",
          u"오래된 Dynamics NAV 시스템을 최신 버전으로 업그레이드해야 합니다. 사용자는 %1명입니다.",
          "We run an old Dynamics GP installation for %1 users and need an upgrade path.", 380),
        p("Microsoft365", Quantity::Users, u"Microsoft 365 전사 도입", "Microsoft 365 rollout",
          u"직원 %1명에게 Microsoft 365를 배포하고 기존 파일 서버를 정리하려고 합니다.",
          "We want to roll out Microsoft 365 to %1 employees and retire our file server.", 260),
        p("Office", Quantity::Users, u"Office 구독 전환", "Office subscription move",
          u"Office 영구 라이선스 %1개를 구독형으로 전환하려고 합니다.",
          "We need to move %1 perpetual Office licences to a subscription.", 110),
        p("PowerBI", Quantity::Users, u"Power BI 대시보드 구축", "Power BI dashboards",
          u"SQL Server에 있는 영업 데이터로 Power BI 대시보드를 만들고 싶습니다. 보고서 사용자는 %1명입니다.",
          "We'd like Power BI dashboards on top of our sales data for %1 report users.", 180),
        p("Project", Quantity::Users, u"프로젝트 관리 시스템 도입", "Project management setup",
          u"프로젝트 관리자 %1명이 쓸 Project 도입과 교육을 원합니다.",
          "We need Project set up for %1 project managers, with training.", 300),
        p("SharePoint", Quantity::Users, u"SharePoint 인트라넷 구축", "SharePoint intranet",
          u"부서별 공유 드라이브를 SharePoint 인트라넷으로 통합하려고 합니다. 사용자는 %1명입니다.",
          "We want a SharePoint intranet to replace shared drives for %1 users.", 150),
        p("SkypeForBusiness", Quantity::Users, u"Skype for Business 전환", "Skype for Business retirement",
          u"Skype for Business 서버를 종료하고 사용자 %1명을 Teams로 옮겨야 합니다.",
          "Our Skype for Business server is being retired; %1 users must move to Teams.", 95),
        p("Surface", Quantity::Devices, u"Surface 기기 구매", "Surface devices",
          u"현장 직원용 Surface 기기 %1대 구매와 초기 설정을 문의합니다.",
          "We are looking to buy %1 Surface devices for field staff, imaged and ready to use.", 1500),
        p("SurfaceHub", Quantity::Rooms, u"회의실 Surface Hub 설치", "Surface Hub for meeting rooms",
          u"회의실 %1곳에 Surface Hub를 설치하려고 합니다.",
          "We want Surface Hub in %1 meeting rooms.", 14000),
        p("SQL", Quantity::Servers, u"SQL Server 업그레이드", "SQL Server upgrade",
          u"SQL Server %1대의 버전 업그레이드와 Azure SQL 이전 가능성을 검토하고 싶습니다.",
          "We have %1 SQL Server instances to upgrade and would like advice on Azure SQL.", 5200),
        p("Teams", Quantity::Users, u"Teams 전화 및 회의실 구축", "Teams Phone and meeting rooms",
          u"직원 %1명을 위한 Teams 전화와 회의실 장비 구축을 맡아 줄 파트너를 찾습니다.",
          "We need Teams Phone and meeting room devices for %1 staff.", 170),
        p("Visio", Quantity::Developers, u"Visio 라이선스", "Visio licences",
          u"설계팀 %1명이 쓸 Visio 라이선스가 필요합니다.",
          "Our engineering team of %1 needs Visio licences.", 240),
        p("Windows", Quantity::Devices, u"Windows 11 전환", "Windows 11 upgrade",
          u"PC %1대를 Windows 11로 업그레이드하고 Autopilot으로 배포하려고 합니다.",
          "We have %1 PCs to upgrade to Windows 11 and want to deploy them with Autopilot.", 160),
        p("Yammer", Quantity::Users, u"사내 소셜 네트워크 도입", "Internal social network",
          u"임직원 %1명이 쓸 사내 소셜 네트워크(Viva Engage) 도입을 검토 중입니다.",
          "We are considering Viva Engage (Yammer) as an internal social network for %1 staff.", 40),
    };
}

QList<KoreanCity> buildKoreanCities()
{
    const auto d = [](const char16_t *name, std::initializer_list<const char16_t *> roads, const char *postal) {
        District district{QString::fromUtf16(name), {}, QString::fromLatin1(postal)};
        for (const char16_t *road : roads)
            district.roads.append(QString::fromUtf16(road));
        return district;
    };
    return {
        {QStringLiteral("Seoul"), QStringLiteral("Seoul"), QStringLiteral("2"), 40,
         {d(u"강남구", {u"테헤란로", u"강남대로", u"논현로", u"역삼로"}, "06???"),
          d(u"서초구", {u"서초대로", u"반포대로", u"강남대로"}, "06???"),
          d(u"중구", {u"세종대로", u"을지로", u"퇴계로"}, "04???"),
          d(u"마포구", {u"월드컵북로", u"양화로", u"마포대로"}, "04???"),
          d(u"영등포구", {u"여의대로", u"국제금융로", u"의사당대로"}, "07???"),
          d(u"종로구", {u"종로", u"율곡로", u"새문안로"}, "03???"),
          d(u"송파구", {u"올림픽로", u"송파대로", u"법원로"}, "05???"),
          d(u"구로구", {u"디지털로", u"구로중앙로"}, "08???")}},
        {QStringLiteral("Busan"), QStringLiteral("Busan"), QStringLiteral("51"), 12,
         {d(u"해운대구", {u"센텀중앙로", u"해운대로", u"센텀동로"}, "48???"),
          d(u"부산진구", {u"중앙대로", u"서면로", u"가야대로"}, "47???"),
          d(u"남구", {u"문현금융로", u"수영로"}, "48???"),
          d(u"강서구", {u"녹산산업중로", u"유통단지1로"}, "46???")}},
        {QStringLiteral("Incheon"), QStringLiteral("Incheon"), QStringLiteral("32"), 10,
         {d(u"연수구", {u"송도과학로", u"컨벤시아대로", u"아트센터대로"}, "21???"),
          d(u"남동구", {u"남동대로", u"인주대로", u"남동서로"}, "21???"),
          d(u"중구", {u"공항로", u"인중로"}, "22???"),
          d(u"부평구", {u"부평대로", u"경원대로"}, "21???")}},
        {QStringLiteral("Daegu"), QStringLiteral("Daegu"), QStringLiteral("53"), 8,
         {d(u"중구", {u"국채보상로", u"달구벌대로"}, "41???"),
          d(u"수성구", {u"동대구로", u"수성로", u"알파시티1로"}, "42???"),
          d(u"북구", {u"엑스코로", u"유통단지로"}, "41???"),
          d(u"달서구", {u"성서공단로", u"달구벌대로"}, "42???")}},
        {QStringLiteral("Daejeon"), QStringLiteral("Daejeon"), QStringLiteral("42"), 8,
         {d(u"유성구", {u"대덕대로", u"엑스포로", u"가정로", u"테크노중앙로"}, "34???"),
          d(u"서구", {u"둔산로", u"한밭대로", u"대덕대로"}, "35???"),
          d(u"중구", {u"중앙로", u"계룡로"}, "34???")}},
        {QStringLiteral("Gwangju"), QStringLiteral("Gwangju"), QStringLiteral("62"), 8,
         {d(u"서구", {u"상무중앙로", u"상무대로", u"내방로"}, "61???"),
          d(u"북구", {u"첨단과기로", u"첨단중앙로"}, "61???"),
          d(u"광산구", {u"하남산단로", u"사암로"}, "62???"),
          d(u"동구", {u"금남로", u"중앙로"}, "61???")}},
        {QStringLiteral("Seongnam"), QStringLiteral("Gyeonggi-do"), QStringLiteral("31"), 14,
         {d(u"분당구", {u"판교역로", u"대왕판교로", u"분당로", u"판교로"}, "13???"),
          d(u"수정구", {u"성남대로", u"창업로"}, "13???"),
          d(u"중원구", {u"둔촌대로", u"갈마치로"}, "13???")}},
    };
}

// Phone patterns use the ranges set aside for fiction where the country has them (US and
// Canada 555-01xx, Ofcom's drama numbers, ACMA's 5550 xxxx); Korea and Singapore have none, so
// their numbers start the subscriber part with 0, which no real subscriber number does there.
// Postal codes have the right shape.
// Placeholders: ? a digit, ! a digit from 1, @ a letter of a UK inward code, & a Canadian letter.
QList<Country> buildCountries()
{
    const auto city = [](const char *name, const char *state, const char *phone, QStringList postal, QStringList streets) {
        return EnglishCity{QString::fromUtf8(name), QString::fromUtf8(state), QString::fromUtf8(phone),
                           std::move(postal), std::move(streets)};
    };
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList result;
        for (const char *item : items)
            result.append(QString::fromUtf8(item));
        return result;
    };
    return {
        {QStringLiteral("US"), QStringLiteral("USD"), QStringLiteral("en-us"), 40,
         list({"Inc.", "LLC", "Corp.", ""}), list({"Suite 1??", "Suite !0?", "Floor !", "", ""}),
         {city("Seattle", "WA", "+1 206 555 01??", list({"981??"}), list({"Pine Street", "4th Avenue", "Westlake Avenue N"})),
          city("New York", "NY", "+1 212 555 01??", list({"100??", "101??"}), list({"Broadway", "Madison Avenue", "West 34th Street"})),
          city("Chicago", "IL", "+1 312 555 01??", list({"606??"}), list({"North Michigan Avenue", "West Madison Street", "South Wacker Drive"})),
          city("Austin", "TX", "+1 512 555 01??", list({"787??"}), list({"Congress Avenue", "West 6th Street", "Research Boulevard"})),
          city("San Francisco", "CA", "+1 415 555 01??", list({"941??"}), list({"Market Street", "Mission Street", "Howard Street"})),
          city("Boston", "MA", "+1 617 555 01??", list({"021??"}), list({"Boylston Street", "State Street", "Summer Street"})),
          city("Denver", "CO", "+1 303 555 01??", list({"802??"}), list({"17th Street", "Larimer Street", "Broadway"})),
          city("Atlanta", "GA", "+1 404 555 01??", list({"303??"}), list({"Peachtree Street NE", "Spring Street NW"}))}},
        {QStringLiteral("GB"), QStringLiteral("GBP"), QStringLiteral("en-gb"), 20,
         list({"Ltd", "Ltd", "plc", ""}), list({"Floor !", "Unit !?", "", ""}),
         {city("London", "England", "+44 20 7946 0???", list({"EC1A ?@@", "EC2M ?@@", "WC2N ?@@", "SE1 ?@@", "E14 ?@@"}),
               list({"King William Street", "Southwark Street", "Old Street", "Canada Square"})),
          city("Manchester", "England", "+44 161 496 0???", list({"M1 ?@@", "M2 ?@@", "M3 ?@@"}), list({"Deansgate", "Portland Street", "Oxford Road"})),
          city("Edinburgh", "Scotland", "+44 131 496 0???", list({"EH1 ?@@", "EH2 ?@@", "EH3 ?@@"}), list({"Princes Street", "George Street", "Lothian Road"})),
          city("Bristol", "England", "+44 117 496 0???", list({"BS1 ?@@", "BS2 ?@@"}), list({"Victoria Street", "Temple Way", "Queen Square"})),
          city("Leeds", "England", "+44 113 496 0???", list({"LS1 ?@@", "LS2 ?@@"}), list({"Wellington Street", "Park Row", "The Headrow"})),
          city("Birmingham", "England", "+44 121 496 0???", list({"B1 ?@@", "B2 ?@@", "B3 ?@@"}), list({"Colmore Row", "Broad Street", "Newhall Street"}))}},
        {QStringLiteral("AU"), QStringLiteral("AUD"), QStringLiteral("en-gb"), 15,
         list({"Pty Ltd"}), list({"Level !?", "Level !", "Suite !0?", ""}),
         {city("Sydney", "NSW", "+61 2 5550 ????", list({"20??"}), list({"George Street", "Pitt Street", "Kent Street"})),
          city("Melbourne", "VIC", "+61 3 5550 ????", list({"30??"}), list({"Collins Street", "Bourke Street", "Flinders Lane"})),
          city("Brisbane", "QLD", "+61 7 5550 ????", list({"40??"}), list({"Queen Street", "Eagle Street", "Adelaide Street"})),
          city("Perth", "WA", "+61 8 5550 ????", list({"60??"}), list({"St Georges Terrace", "Hay Street"})),
          city("Adelaide", "SA", "+61 8 7010 ????", list({"50??"}), list({"King William Street", "Grenfell Street"}))}},
        {QStringLiteral("CA"), QStringLiteral("CAD"), QStringLiteral("en-us"), 15,
         list({"Inc.", "Ltd.", ""}), list({"Suite !0?", "Floor !?", ""}),
         {city("Toronto", "ON", "+1 416 555 01??", list({"M5H ?&?", "M5J ?&?", "M5V ?&?"}), list({"Bay Street", "King Street West", "Front Street West"})),
          city("Vancouver", "BC", "+1 604 555 01??", list({"V6B ?&?", "V6C ?&?", "V6E ?&?"}), list({"West Georgia Street", "Burrard Street", "Granville Street"})),
          city("Montreal", "QC", "+1 514 555 01??", list({"H3B ?&?", "H2Y ?&?", "H3A ?&?"}), list({"Rue Sainte-Catherine Ouest", "Boulevard René-Lévesque Ouest"})),
          city("Calgary", "AB", "+1 403 555 01??", list({"T2P ?&?", "T2G ?&?"}), list({"8 Avenue SW", "Centre Street S"})),
          city("Ottawa", "ON", "+1 613 555 01??", list({"K1P ?&?", "K2P ?&?"}), list({"Sparks Street", "Elgin Street", "Bank Street"}))}},
        {QStringLiteral("SG"), QStringLiteral("SGD"), QStringLiteral("en-gb"), 10,
         list({"Pte. Ltd."}), list({"#0!-?!", "#1?-0!", "#2?-?!"}),
         {city("Singapore", "", "+65 0??? ????", list({"048???", "068???", "018???"}), list({"Raffles Place", "Shenton Way", "Anson Road", "Marina Boulevard"})),
          city("Singapore", "", "+65 0??? ????", list({"238???", "609???", "486???"}), list({"Orchard Road", "Jurong Gateway Road", "Changi Business Park Crescent"}))}},
    };
}

QList<PersonName> koreanNames(std::initializer_list<std::pair<const char16_t *, const char *>> names)
{
    QList<PersonName> result;
    for (const auto &[text, roman] : names)
        result.append(PersonName{QString::fromUtf16(text), QString::fromLatin1(roman)});
    return result;
}

QStringList korean(std::initializer_list<const char16_t *> texts)
{
    QStringList result;
    for (const char16_t *text : texts)
        result.append(QString::fromUtf16(text));
    return result;
}

QStringList english(std::initializer_list<const char *> texts)
{
    QStringList result;
    for (const char *text : texts)
        result.append(QString::fromUtf8(text));
    return result;
}

Tables buildTables()
{
    Tables t;
    // Roughly 10% new, 8% evaluating, 12% negotiating; the rest archived.
    t.statuses = {{Status::New, 10},     {Status::Evaluating, 8}, {Status::Negotiating, 12},
                  {Status::Won, 16},     {Status::Lost, 12},      {Status::Skipped, 11},
                  {Status::Missed, 10},  {Status::Declined, 11},  {Status::Expired, 10}};

    const QList<SizeBand> bands = {
        {QStringLiteral("1to50"), 12, 5, 50},           {QStringLiteral("51to500"), 10, 51, 500},
        {QStringLiteral("Morethan500"), 5, 501, 20000}, {QStringLiteral("1to9"), 8, 2, 9},
        {QStringLiteral("10to50"), 15, 10, 50},         {QStringLiteral("51to250"), 14, 51, 250},
        {QStringLiteral("251to1000"), 11, 251, 1000},   {QStringLiteral("1001to5000"), 9, 1001, 5000},
        {QStringLiteral("5001to10000"), 6, 5001, 10000}, {QStringLiteral("10001to20000"), 4, 10001, 20000},
        {QStringLiteral("Morethan20000"), 6, 20001, 120000},
    };
    // The size text itself comes from customerSizes(), the list the importer accepts.
    for (const SizeBand &band : bands) {
        const qsizetype at = customerSizes().indexOf(band.size);
        if (at >= 0)
            t.sizes.append(SizeBand{customerSizes().at(at), band.weight, band.minEmployees, band.maxEmployees});
    }

    t.industries = buildIndustries();
    t.products = buildProducts();
    t.services = english({"ConsultingAndProfessional", "CustomSolution(ISV)", "DeploymentOrMigration", "Hardware",
                          "Integration", "IPServices(ISV)", "LearningAndCertification", "Licensing",
                          "ManagedServices", "ProjectServices"});

    const QList<PersonName> stems = koreanNames({
        {u"한빛", "hanbit"},   {u"서울", "seoul"},     {u"미래", "mirae"},     {u"누리", "nuri"},
        {u"가온", "gaon"},     {u"다온", "daon"},      {u"세종", "sejong"},    {u"한결", "hangyeol"},
        {u"푸른", "pureun"},   {u"새한", "saehan"},    {u"동방", "dongbang"},  {u"한울", "hanul"},
        {u"늘봄", "neulbom"},  {u"해솔", "haesol"},    {u"솔빛", "solbit"},    {u"별빛", "byeolbit"},
        {u"나래", "narae"},    {u"은하", "eunha"},     {u"초록", "chorok"},    {u"바른", "bareun"},
        {u"하늘", "haneul"},   {u"대한", "daehan"},    {u"태평", "taepyeong"}, {u"제일", "jeil"},
        {u"신성", "sinseong"}, {u"청담", "cheongdam"}, {u"한마음", "hanmaeum"}, {u"아름", "areum"},
        {u"도담", "dodam"},    {u"빛나", "bitna"},     {u"온누리", "onnuri"},  {u"으뜸", "eutteum"},
        {u"한길", "hangil"},   {u"새봄", "saebom"},    {u"금강", "geumgang"},  {u"백두", "baekdu"},
        {u"한강", "hangang"},  {u"동해", "donghae"},   {u"우리", "uri"},       {u"참", "cham"},
    });
    for (const PersonName &stem : stems)
        t.koreanStems.append(NamePart{stem.text, stem.roman, true});
    t.englishStems = englishParts(english({
        "Northwind", "Contoso", "Fabrikam", "Tailspin", "Woodgrove", "Litware", "Proseware", "Wingtip",
        "Coho", "Lucerne", "Trey", "Alpine", "Blue Yonder", "Relecloud", "Tailwind", "Lamna",
        "Summit", "Maple", "Redwood", "Kestrel", "Pinecrest", "Bluegate", "Ironbridge", "Silverline",
        "Clearwater", "Oakridge", "Riverside", "Highland", "Evergreen", "Lighthouse", "Granite",
        "Meridian", "Westbrook", "Brightwater", "Copperfield", "Falcon", "Sterling", "Juniper",
        "Bayside", "Harbourview",
    }));

    t.koreanCities = buildKoreanCities();
    t.koreanLine2 = korean({u"!층", u"!층", u"1?층", u"A동 !층", u"B동 1?층", u"", u""});
    t.countries = buildCountries();

    // Kim, Lee and Park are a good part of all Korean surnames; repeating them weights them.
    t.koreanSurnames = koreanNames({
        {u"김", "kim"}, {u"김", "kim"}, {u"김", "kim"}, {u"이", "lee"}, {u"이", "lee"}, {u"박", "park"},
        {u"박", "park"}, {u"최", "choi"}, {u"정", "jung"}, {u"강", "kang"}, {u"조", "cho"}, {u"윤", "yoon"},
        {u"장", "jang"}, {u"임", "lim"}, {u"한", "han"}, {u"오", "oh"}, {u"서", "seo"}, {u"신", "shin"},
        {u"권", "kwon"}, {u"황", "hwang"}, {u"안", "ahn"}, {u"송", "song"}, {u"유", "yoo"}, {u"홍", "hong"},
    });
    t.koreanGivenNames = koreanNames({
        {u"민준", "minjun"},  {u"서연", "seoyeon"}, {u"지호", "jiho"},      {u"지우", "jiwoo"},
        {u"하은", "haeun"},   {u"도윤", "doyun"},   {u"수빈", "subin"},     {u"예준", "yejun"},
        {u"민서", "minseo"},  {u"현우", "hyunwoo"}, {u"지민", "jimin"},     {u"서준", "seojun"},
        {u"유진", "yujin"},   {u"승민", "seungmin"}, {u"은지", "eunji"},    {u"태윤", "taeyun"},
        {u"혜진", "hyejin"},  {u"성호", "sungho"},  {u"정훈", "junghoon"},  {u"수진", "sujin"},
        {u"동현", "donghyun"}, {u"예린", "yerin"},  {u"준영", "junyoung"},  {u"미경", "mikyung"},
        {u"상우", "sangwoo"}, {u"지은", "jieun"},   {u"재원", "jaewon"},    {u"소영", "soyoung"},
        {u"영수", "youngsoo"}, {u"다은", "daeun"},
    });
    t.englishFirstNames = english({"James", "Olivia", "Liam", "Emma", "Noah", "Charlotte", "Oliver", "Amelia",
                                   "Ethan", "Sophia", "Lucas", "Mia", "Jack", "Isla", "Henry", "Grace",
                                   "Daniel", "Chloe", "Samuel", "Priya", "Wei", "Aisha", "Mateo", "Hannah",
                                   "Ryan", "Zoe", "Nathan", "Ella", "Arjun", "Mei"});
    t.englishLastNames = english({"Smith", "Johnson", "Williams", "Brown", "Jones", "Taylor", "Wilson", "Martin",
                                  "Anderson", "Thompson", "White", "Harris", "Clarke", "Walker", "Wright",
                                  "Robinson", "Lewis", "Young", "King", "Tan", "Lim", "Patel", "Nguyen", "Chen",
                                  "O'Brien", "MacDonald", "Roy", "Tremblay", "Singh", "Evans"});

    // Rough rates for value magnitudes, not for accounting.
    const QList<std::pair<QString, double>> rates = {
        {QStringLiteral("KRW"), 1350}, {QStringLiteral("USD"), 1},    {QStringLiteral("GBP"), 0.79},
        {QStringLiteral("AUD"), 1.52}, {QStringLiteral("CAD"), 1.36}, {QStringLiteral("SGD"), 1.34},
    };
    for (const auto &[code, perUsd] : rates) {
        qint64 minorPerMajor = 1;
        for (int i = currencyDecimals(code).value_or(0); i > 0; --i)
            minorPerMajor *= 10;
        t.currencies.append(Currency{code, perUsd, minorPerMajor});
    }

    t.noteAdditions = {
        korean({u"예산은 올해 안에 집행해야 합니다.", u"다음 분기 안에 완료하는 것이 목표입니다.",
                u"평일 오전에 전화 주시면 좋겠습니다.", u"같은 요청을 여러 파트너에게 보냈습니다.",
                u"다른 업체 견적도 함께 받고 있습니다.", u"공공기관 보안 심사 경험이 있는 파트너를 선호합니다.",
                u"본사와 지사 두 곳에서 진행합니다.", u"제안서는 이메일로 보내 주세요.",
                u"기존 장비와의 호환성이 걱정됩니다.", u"사내 IT 담당자가 한 명뿐이라 운영 지원도 필요합니다."}),
        english({"Budget has to be spent this financial year.", "We aim to finish within the next quarter.",
                 "Please call in the morning, our time.", "We have sent the same request to several partners.",
                 "We are collecting quotes from other providers as well.",
                 "Experience with public sector security reviews is a plus.",
                 "The work covers our head office and two branches.", "Please send proposals by e-mail.",
                 "We are worried about compatibility with our existing hardware.",
                 "We have a single IT person, so ongoing support matters."}),
    };
    t.estimateNotes = {
        korean({u"라이선스와 구축 비용 포함", u"1단계 파일럿 후 전사 확대 예정", u"연간 유지보수 별도",
                u"고객 구매 부서 검토 중", u"교육 2회 포함", u"하드웨어 제외, 소프트웨어와 서비스만"}),
        english({"Licences and deployment included", "Pilot with one department first, then company-wide",
                 "Annual support billed separately", "Waiting for the customer's procurement review",
                 "Includes two training sessions", "Software and services only, no hardware"}),
    };
    t.skipReasons = {
        korean({u"당사가 지원하지 않는 지역입니다.", u"고객 규모가 당사 대상과 맞지 않습니다.",
                u"현재 인력으로는 일정 안에 대응하기 어렵습니다.", u"해당 제품은 당사 전문 분야가 아닙니다.",
                u"요청 내용이 너무 모호해서 진행하지 않습니다.", u"같은 고객의 중복 요청입니다."}),
        english({"Outside the regions we serve.", "The customer is smaller than the deals we take on.",
                 "We have no capacity to start within the customer's timeline.",
                 "This product is not one of our specialities.", "The request is too vague to act on.",
                 "Duplicate of a request we already have from this customer."}),
    };
    t.declineReasons = {
        korean({u"고객 예산이 최소 프로젝트 규모에 못 미칩니다.", u"통화해 보니 요구 사항이 당사 서비스 범위를 벗어납니다.",
                u"고객이 이미 다른 파트너와 계약을 진행 중입니다.", u"하드웨어 조달만 원해서 정중히 거절했습니다.",
                u"고객 담당자와 여러 번 연락을 시도했지만 닿지 않았습니다."}),
        english({"The customer's budget is below our minimum engagement.",
                 "After a call, the requirements turned out to be outside our services.",
                 "The customer is already signing with another partner.",
                 "They only want hardware procurement, which we don't do.",
                 "We tried the customer's contact several times without reaching them."}),
    };
    t.lossReasons = {
        korean({u"가격 경쟁에서 다른 파트너에게 밀렸습니다.", u"고객이 프로젝트를 내년으로 연기했습니다.",
                u"고객이 자체 구축으로 방향을 바꿨습니다.", u"예산 승인이 나지 않았습니다.",
                u"고객이 경쟁 클라우드 서비스를 선택했습니다.", u"고객 측 의사 결정권자가 바뀌면서 중단되었습니다."}),
        english({"Lost to another partner on price.", "The customer postponed the project to next year.",
                 "The customer decided to build it in-house.", "Their budget was not approved.",
                 "The customer chose a competing cloud provider.",
                 "A new decision maker on the customer's side stopped the project."}),
    };
    return t;
}

const Tables &tables()
{
    static const Tables instance = buildTables();
    return instance;
}

QString grouped(qint64 number)
{
    QString text = QString::number(number);
    for (qsizetype at = text.size() - 3; at > 0; at -= 3)
        text.insert(at, QLatin1Char(','));
    return text;
}

qint64 roundSignificant(double value, int digits)
{
    if (value < 1)
        return 1;
    const int magnitude = int(std::floor(std::log10(value)));
    const double step = std::pow(10.0, std::max(0, magnitude + 1 - digits));
    return std::max<qint64>(qint64(step), qint64(std::llround(value / step) * step));
}

// Makes one referral from a generator seeded for it alone.
class Maker
{
public:
    Maker(const Tables &tables, QRandomGenerator &rng, qint64 nowMs)
        : t(tables)
        , rng(rng)
        , nowMs(nowMs)
    {
    }

    Referral make(int index);

private:
    int between(int low, int high) { return rng.bounded(low, high + 1); } // both included
    qint64 duration(qint64 low, qint64 high) { return rng.bounded(low, high); }
    bool chance(int percent) { return rng.bounded(100) < percent; }
    double uniform(double low, double high) { return low + rng.generateDouble() * (high - low); }
    double logUniform(double low, double high) { return std::exp(uniform(std::log(low), std::log(high))); }

    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(rng.bounded(int(items.size())));
    }

    template<typename T>
    const T &pickWeighted(const QList<T> &items)
    {
        int total = 0;
        for (const T &item : items)
            total += item.weight;
        int roll = rng.bounded(total);
        for (const T &item : items) {
            roll -= item.weight;
            if (roll < 0)
                return item;
        }
        return items.constLast();
    }

    QString fill(const QString &pattern);
    QString textFrom(const Texts &choices) { return korean ? pick(choices.korean) : pick(choices.english); }
    qint64 quantity(Quantity kind, double employees);
    Money money(double usd, int significantDigits, bool cents);
    qint64 newResponse();
    qint64 evaluation();
    void customer(Referral &r, const Industry &industry);
    QList<Contact> contacts(const QString &domain, const QString &phonePattern);

    const Tables &t;
    QRandomGenerator &rng;
    const qint64 nowMs;
    bool korean = false;
    const Currency *currency = nullptr;
};

QString Maker::fill(const QString &pattern)
{
    static const QString ukLetters = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ");
    static const QString caLetters = QStringLiteral("ABCEGHJKLMNPRSTVWXYZ");
    QString text = pattern;
    for (QChar &c : text) {
        switch (c.unicode()) {
        case '?':
            c = QChar(u'0' + rng.bounded(10));
            break;
        case '!':
            c = QChar(u'1' + rng.bounded(9));
            break;
        case '@':
            c = ukLetters.at(rng.bounded(int(ukLetters.size())));
            break;
        case '&':
            c = caLetters.at(rng.bounded(int(caLetters.size())));
            break;
        default:
            break;
        }
    }
    return text;
}

qint64 Maker::quantity(Quantity kind, double employees)
{
    double value = 1;
    switch (kind) {
    case Quantity::Users:
        value = std::max(1.0, employees * uniform(0.3, 1.0));
        break;
    case Quantity::Servers:
        value = std::clamp(employees / uniform(15, 60), 2.0, 800.0);
        break;
    case Quantity::Devices:
        value = std::max(1.0, employees * uniform(0.05, 0.5));
        break;
    case Quantity::Rooms:
        value = std::clamp(employees / uniform(20, 80), 1.0, 60.0);
        break;
    case Quantity::Developers:
        value = std::max(2.0, employees * uniform(0.02, 0.15));
        break;
    }
    // Customers give round figures once the numbers grow ("about 1,200 mailboxes").
    return value < 100 ? qint64(value) : roundSignificant(value, 2);
}

Money Maker::money(double usd, int significantDigits, bool cents)
{
    qint64 minor = roundSignificant(usd * currency->perUsd, significantDigits) * currency->minorPerMajor;
    if (cents && currency->minorPerMajor > 1)
        minor += rng.bounded(currency->minorPerMajor);
    return Money{minor, currency->code};
}

// How long a new referral waited for "I'm interested" or "No thanks": most within the 24-hour
// target, many after it, none at the 72-hour deadline.
qint64 Maker::newResponse()
{
    const DeadlinePolicy policy;
    const qint64 target = policy.respondTargetSeconds * kSecond;
    const qint64 window = policy.newWindowSeconds * kSecond;
    return chance(65) ? duration(5 * kMinute, target) : duration(target, window - kHour);
}

// How long an evaluated referral waited for Accept or Decline.
qint64 Maker::evaluation()
{
    const qint64 window = DeadlinePolicy().evaluatingWindowSeconds * kSecond;
    return chance(60) ? duration(30 * kMinute, 2 * kDay) : duration(2 * kDay, window - kHour);
}

QList<Contact> Maker::contacts(const QString &domain, const QString &phonePattern)
{
    const int count = chance(65) ? 1 : (chance(80) ? 2 : 3);
    QList<Contact> result;
    QStringList locals;
    for (int i = 0; i < count; ++i) {
        Contact contact;
        QString local;
        if (korean) {
            const PersonName &surname = pick(t.koreanSurnames);
            const PersonName &given = pick(t.koreanGivenNames);
            contact.firstName = given.text;
            contact.lastName = surname.text;
            contact.locale = QStringLiteral("ko-kr");
            contact.phone = fill(chance(60) ? QStringLiteral("+82 10 0??? ????") : phonePattern);
            local = given.roman % QLatin1Char('.') % surname.roman;
        } else {
            contact.firstName = pick(t.englishFirstNames);
            contact.lastName = pick(t.englishLastNames);
            contact.phone = fill(phonePattern);
            local = slugOf(contact.firstName) % QLatin1Char('.') % slugOf(contact.lastName);
        }
        if (locals.contains(local))
            local += QString::number(i + 1);
        locals.append(local);
        contact.email = local % QLatin1Char('@') % domain;
        result.append(contact);
    }
    return result;
}

void Maker::customer(Referral &r, const Industry &industry)
{
    Customer &c = r.customer;
    if (korean) {
        const NamePart &stem = pick(t.koreanStems);
        const NamePart &kind = pick(industry.korean);
        if (!kind.corporate) {
            c.name = stem.text % QLatin1Char(' ') % kind.text;
        } else {
            switch (rng.bounded(4)) {
            case 0:
                c.name = stem.text % QLatin1Char(' ') % kind.text;
                break;
            case 1:
                c.name = stem.text % QLatin1Char(' ') % kind.text % QStringLiteral(" 주식회사");
                break;
            case 2:
                c.name = QStringLiteral("주식회사 ") % stem.text % kind.text;
                break;
            default:
                c.name = QStringLiteral("(주)") % stem.text % kind.text;
                break;
            }
        }
        const KoreanCity &city = pickWeighted(t.koreanCities);
        const District &district = pick(city.districts);
        const QString road = pick(district.roads);
        if (chance(20)) {
            c.address.line1 = district.name % QLatin1Char(' ') % road % QString::number(between(2, 60))
                              % QStringLiteral("번길 ") % QString::number(between(1, 80));
        } else {
            c.address.line1 = district.name % QLatin1Char(' ') % road % QLatin1Char(' ') % QString::number(between(1, 350));
        }
        c.address.line2 = fill(pick(t.koreanLine2));
        c.address.city = city.name;
        c.address.state = city.state;
        c.address.postalCode = fill(district.postalPattern);
        c.address.country = QStringLiteral("KR");
        // .example is reserved (RFC 2606), so no mail ever reaches a real company.
        const QString domain = stem.slug % QLatin1Char('-') % kind.slug % QStringLiteral(".example");
        c.contacts = contacts(domain, QStringLiteral("+82 ") % city.areaCode % QStringLiteral(" 0??? ????"));
        currency = &t.currencies.at(0);
        return;
    }

    const Country &country = pickWeighted(t.countries);
    const NamePart &stem = pick(t.englishStems);
    const NamePart &kind = pick(industry.english);
    c.name = stem.text % QLatin1Char(' ') % kind.text;
    if (kind.corporate) {
        const QString &form = pick(country.legalForms);
        if (!form.isEmpty())
            c.name += QLatin1Char(' ') + form;
    }
    const EnglishCity &city = pick(country.cities);
    c.address.line1 = QString::number(between(1, 2400)) % QLatin1Char(' ') % pick(city.streets);
    c.address.line2 = fill(pick(country.line2Patterns));
    c.address.city = city.name;
    c.address.state = city.state;
    c.address.postalCode = fill(pick(city.postalPatterns));
    c.address.country = country.code;
    c.contacts = contacts(stem.slug % QLatin1Char('-') % kind.slug % QStringLiteral(".example.com"), city.phonePattern);
    for (Contact &contact : c.contacts)
        contact.locale = country.locale;

    // Some Canadian and Singaporean customers think of their budget in US dollars.
    QString code = country.currency;
    if ((country.code == QLatin1String("CA") || country.code == QLatin1String("SG")) && chance(15))
        code = QStringLiteral("USD");
    for (const Currency &candidate : t.currencies) {
        if (candidate.code == code)
            currency = &candidate;
    }
}

Referral Maker::make(int index)
{
    const QString number = QString::number(index).rightJustified(6, QLatin1Char('0'));
    Referral r;
    r.sample = true; // made up: removable together, and no customer is ever told anything
    r.id = QStringLiteral("demo-") % number;
    r.engagementId = QStringLiteral("demo-eng-") % number;
    r.status = pickWeighted(t.statuses).status;
    korean = chance(kKoreanPercent);

    const Industry &industry = pick(t.industries);
    const SizeBand &size = pickWeighted(t.sizes);
    const double employees = logUniform(size.minEmployees, size.maxEmployees);
    customer(r, industry);
    r.customer.size = size.size;

    Requirements &requirements = r.details.requirements;
    requirements.industries.append(industry.id);
    if (chance(10)) {
        const QString &second = pick(t.industries).id;
        if (second != industry.id)
            requirements.industries.append(second);
    }
    const Product &product = pick(t.products);
    requirements.products.append(product.id);
    for (int extra = chance(50) ? between(1, 2) : 0; extra > 0; --extra) {
        const QString &id = pick(t.products).id;
        if (!requirements.products.contains(id))
            requirements.products.append(id);
    }
    for (int services = chance(75) ? between(1, 2) : 0; services > 0; --services) {
        const QString &id = pick(t.services);
        if (!requirements.services.contains(id))
            requirements.services.append(id);
    }

    // The ids an import stores, so that one industry has one spelling whatever its source.
    requirements.industries = Taxonomy::canonicalIds(TaxonomyKind::Industry, requirements.industries);
    requirements.products = Taxonomy::canonicalIds(TaxonomyKind::Product, requirements.products);
    requirements.services = Taxonomy::canonicalIds(TaxonomyKind::Service, requirements.services);

    const qint64 amount = quantity(product.quantity, employees);
    r.name = korean ? product.koreanTitle : product.englishTitle;
    r.details.notes = (korean ? product.koreanNote : product.englishNote).arg(grouped(amount));
    if (chance(65))
        r.details.notes += QLatin1Char(' ') + textFrom(t.noteAdditions);
    const double dealUsd = std::clamp(amount * product.unitCostUsd * (requirements.services.isEmpty() ? 1.0 : 1.3), 2000.0, 2.0e7);
    if (chance(80))
        r.details.valueHint = money(dealUsd * uniform(0.7, 1.3), 2, false);

    const DeadlinePolicy policy;
    qint64 receivedMs = 0;
    qint64 sinceMs = 0;
    qint64 acceptedMs = 0;
    bool accepted = false;
    switch (r.status) {
    case Status::New: {
        // A third within the last few hours, the rest spread up to just before the deadline,
        // so that the 24-hour target is both still ahead and already passed.
        const qint64 target = policy.respondTargetSeconds * kSecond;
        const int roll = rng.bounded(100);
        const qint64 age = roll < 35 ? duration(kMinute, 4 * kHour)
                         : roll < 60 ? duration(4 * kHour, target)
                                     : duration(target, policy.newWindowSeconds * kSecond - 30 * kMinute);
        receivedMs = sinceMs = nowMs - age;
        break;
    }
    case Status::Evaluating:
        sinceMs = nowMs - (chance(50) ? duration(5 * kMinute, kDay)
                                      : duration(kDay, policy.evaluatingWindowSeconds * kSecond - kHour));
        receivedMs = sinceMs - newResponse();
        break;
    case Status::Negotiating:
        acceptedMs = sinceMs = nowMs - duration(kHour, 120 * kDay);
        accepted = true;
        receivedMs = acceptedMs - evaluation() - newResponse();
        break;
    default: {
        // Archived over the previous eighteen months.
        sinceMs = nowMs - duration(kHour, 548 * kDay);
        switch (r.status) {
        case Status::Won:
        case Status::Lost:
            acceptedMs = sinceMs - duration(2 * kDay, 150 * kDay);
            accepted = true;
            receivedMs = acceptedMs - evaluation() - newResponse();
            break;
        case Status::Skipped:
            receivedMs = sinceMs - newResponse();
            break;
        case Status::Missed:
            receivedMs = sinceMs - policy.newWindowSeconds * kSecond;
            break;
        case Status::Declined:
            receivedMs = sinceMs - evaluation() - newResponse();
            break;
        default: // Expired
            receivedMs = sinceMs - policy.evaluatingWindowSeconds * kSecond - newResponse();
            break;
        }
        r.closedAt = QDateTime::fromMSecsSinceEpoch(sinceMs, Qt::UTC);
        break;
    }
    }
    r.receivedAt = QDateTime::fromMSecsSinceEpoch(receivedMs, Qt::UTC);
    r.statusSince = QDateTime::fromMSecsSinceEpoch(sinceMs, Qt::UTC);

    if (accepted) {
        const QDate acceptedOn = QDateTime::fromMSecsSinceEpoch(acceptedMs, Qt::UTC).date();
        QDate closing;
        if (r.status == Status::Negotiating) {
            const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
            closing = today.addDays(chance(12) ? between(-14, -1) : between(0, 120));
        } else {
            closing = r.closedAt.date().addDays(between(-20, 30));
        }
        // The closing date could not be in the past when the deal was accepted.
        closing = std::max(closing, acceptedOn);
        r.estimate = Estimate{money(dealUsd * uniform(0.6, 1.5), 3, chance(15)), closing,
                              chance(65) ? textFrom(t.estimateNotes) : QString()};
        r.acceptedAt = QDateTime::fromMSecsSinceEpoch(acceptedMs, Qt::UTC);
        r.externalReferenceId = QStringLiteral("CRM-") % QString::number(acceptedOn.year()) % QLatin1Char('-') % number;
    }

    switch (r.status) {
    case Status::Won:
        r.finalValue = chance(40) ? r.estimate->value
                                  : money(double(r.estimate->value.minorUnits) / currency->minorPerMajor / currency->perUsd
                                              * uniform(0.85, 1.1),
                                          4, false);
        break;
    case Status::Lost:
        r.reason = textFrom(t.lossReasons);
        break;
    case Status::Skipped:
        r.reason = textFrom(t.skipReasons);
        break;
    case Status::Declined:
        r.reason = textFrom(t.declineReasons);
        break;
    default:
        break;
    }
    return r;
}

} // namespace

QList<Referral> sampleReferrals(int count, const QDateTime &now, quint32 seed, int firstIndex)
{
    QList<Referral> referrals;
    if (count <= 0 || !now.isValid())
        return referrals;
    const Tables &t = tables();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    referrals.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int index = firstIndex + i;
        // Seeded per referral: the same number gives the same referral in any batch.
        const quint32 seeds[] = {seed, quint32(index)};
        QRandomGenerator rng(seeds);
        referrals.append(Maker(t, rng, nowMs).make(index));
    }
    return referrals;
}

} // namespace rd
