<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BusinessProfile</name>
    <message>
        <source>The %1 is missing.</source>
        <translation>다음 항목이 비어 있습니다: %1</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>다음 항목이 %2자를 넘습니다: %1</translation>
    </message>
    <message>
        <source>The %1 holds control characters, which are not text.</source>
        <translation>다음 항목에 텍스트가 아닌 제어 문자가 있습니다: %1</translation>
    </message>
    <message>
        <source>partner id</source>
        <translation>파트너 ID</translation>
    </message>
    <message>
        <source>partner name</source>
        <translation>파트너 이름</translation>
    </message>
    <message>
        <source>profile id</source>
        <translation>프로필 ID</translation>
    </message>
    <message>
        <source>partner of the profile</source>
        <translation>프로필의 파트너</translation>
    </message>
    <message>
        <source>region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>contact&apos;s name</source>
        <translation>담당자 이름</translation>
    </message>
    <message>
        <source>The contact&apos;s e-mail address &quot;%1&quot; is not an address mail can go to.</source>
        <translation>담당자 이메일 주소로 메일을 보낼 수 없습니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The contact&apos;s language must be ko or en, not &quot;%1&quot;.</source>
        <translation>담당자 언어는 ko 또는 en이어야 합니다. 입력한 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A profile needs at least one location.</source>
        <translation>비즈니스 프로필에는 위치가 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>A profile has at most %1 locations.</source>
        <translation>비즈니스 프로필의 위치는 최대 %1개입니다.</translation>
    </message>
    <message>
        <source>city of a location</source>
        <translation>위치의 도시</translation>
    </message>
    <message>
        <source>The country of a location must be a two-letter ISO 3166 code such as KR or US, not &quot;%1&quot;.</source>
        <translation>위치의 국가는 KR, US 같은 두 글자 ISO 3166 코드여야 합니다. 입력한 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>설명이 %1자를 넘습니다.</translation>
    </message>
    <message>
        <source>A profile has at most %1 keywords.</source>
        <translation>비즈니스 프로필의 키워드는 최대 %1개입니다.</translation>
    </message>
    <message>
        <source>keyword</source>
        <translation>키워드</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer size of Partner Center.</source>
        <translation>파트너 센터의 고객 규모가 아닙니다: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Claim</name>
    <message>
        <source>Its deadline has passed: there is nothing left to handle.</source>
        <translation>기한이 지나 더 처리할 것이 없습니다.</translation>
    </message>
    <message>
        <source>%1. Ask them, or a manager, to hand it over.</source>
        <translation>%1. 맡은 사람이나 관리자에게 넘겨 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>%1. Only they or a manager can let go of it.</source>
        <translation>%1. 맡은 사람이나 관리자만 내려놓을 수 있습니다.</translation>
    </message>
    <message>
        <source>Only a manager can hand a referral to someone else.</source>
        <translation>추천을 다른 사람에게 넘기는 일은 관리자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Name the colleague who is to handle it.</source>
        <translation>맡을 동료의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>A colleague&apos;s name is at most %1 characters long.</source>
        <translation>동료 이름은 최대 %1자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 has been handling this since %2</source>
        <translation>%1 님이 맡아 처리하고 있습니다(시작: %2)</translation>
    </message>
    <message>
        <source>Claims are for new and evaluating referrals; this one is %1.</source>
        <translation>새 추천과 평가 중인 추천만 맡을 수 있습니다. 이 추천의 상태: %1</translation>
    </message>
</context>
<context>
    <name>ClosingDate</name>
    <message>
        <source>closing date passed</source>
        <translation>예상 완료 날짜 지남</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>알 수 없는 명령 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>Run referral-desk-cli --help for the commands and their options.</source>
        <translation>명령과 옵션은 referral-desk-cli --help로 확인하세요.</translation>
    </message>
    <message>
        <source>import needs at least one file (or - for standard input).</source>
        <translation>import에는 파일이 하나 이상 필요합니다(표준 입력은 -).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were rejected; the others were stored.</source>
        <translation>
            <numerusform>레코드 %n개가 거부되었고 나머지는 저장되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only these statuses.</source>
        <translation>이 상태만 표시합니다.</translation>
    </message>
    <message>
        <source>Only this tab.</source>
        <translation>이 탭만 표시합니다.</translation>
    </message>
    <message>
        <source>Unknown tab &quot;%1&quot;; use new, evaluating, negotiating or archived.</source>
        <translation>알 수 없는 탭 &quot;%1&quot;입니다. new, evaluating, negotiating, archived 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use new, evaluating, negotiating, won, lost, skipped, missed, declined or expired.</source>
        <translation>알 수 없는 상태 &quot;%1&quot;입니다. new, evaluating, negotiating, won, lost, skipped, missed, declined, expired 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>--status needs at least one status.</source>
        <translation>--status에는 상태가 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>show needs exactly one referral id.</source>
        <translation>show에는 추천 ID가 정확히 하나 필요합니다.</translation>
    </message>
    <message>
        <source>There is no referral with the id &quot;%1&quot;.</source>
        <translation>ID가 &quot;%1&quot;인 추천이 없습니다.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>사유.</translation>
    </message>
    <message>
        <source>A deal value such as 1500.50.</source>
        <translation>1500.50 같은 거래 금액.</translation>
    </message>
    <message>
        <source>An ISO 4217 currency code.</source>
        <translation>ISO 4217 통화 코드.</translation>
    </message>
    <message>
        <source>The estimated closing date.</source>
        <translation>예상 완료 날짜.</translation>
    </message>
    <message>
        <source>Notes on the estimate.</source>
        <translation>예상 금액에 대한 메모.</translation>
    </message>
    <message>
        <source>%1 needs exactly one referral id.</source>
        <translation>%1에는 추천 ID가 정확히 하나 필요합니다.</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1에는 --%2 옵션이 필요합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write the closing date as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot;: 날짜가 아닙니다. 완료 날짜는 YYYY-MM-DD 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>This referral has no estimate to take the currency from; add --currency.</source>
        <translation>이 추천에는 통화를 가져올 예상 거래 금액이 없습니다. --currency를 추가하세요.</translation>
    </message>
    <message>
        <source>sweep takes no arguments.</source>
        <translation>sweep에는 인수를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>How many sample referrals to add.</source>
        <translation>추가할 샘플 추천 수.</translation>
    </message>
    <message>
        <source>demo takes no arguments besides --count.</source>
        <translation>demo에는 --count 외의 인수를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--count에는 1부터 %1까지의 정수를 쓰세요(입력한 값: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Stored %L1 of %L2 sample referrals.</source>
        <translation>샘플 추천 %L2건 중 %L1건을 저장했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) arrived after their deadline and were archived at once; their customers will be told to choose another partner.</source>
        <translation>
            <numerusform>마감이 지난 뒤에 들어온 추천 %n건을 바로 보관했습니다. 해당 고객에게 다른 파트너를 선택하라는 안내가 전달됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>표준 입력</translation>
    </message>
    <message>
        <source>Standard input can&apos;t be read.</source>
        <translation>표준 입력을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>An empty file name was given; name a JSON file, or - for standard input.</source>
        <translation>파일 이름이 비어 있습니다. JSON 파일 이름을 쓰거나 표준 입력에는 -를 쓰세요.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>파일이 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 is a folder; name a JSON file in it.</source>
        <translation>%1: 폴더입니다. 그 안의 JSON 파일 이름을 쓰세요.</translation>
    </message>
    <message>
        <source>The file %1 can&apos;t be read: you may not have permission to read it.</source>
        <translation>파일을 읽을 수 없습니다: %1. 읽기 권한이 없을 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged referral(s) could not be archived and were set aside; the others were archived.</source>
        <translation>
            <numerusform>손상된 추천 %n건은 보관하지 못해 따로 두었습니다. 나머지는 보관했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>estimate needs exactly one referral id.</source>
        <translation>estimate에는 추천 ID가 정확히 하나 필요합니다.</translation>
    </message>
    <message>
        <source>estimate needs at least one of --value, --currency, --closing and --notes.</source>
        <translation>estimate에는 --value, --currency, --closing, --notes 중 하나 이상이 필요합니다.</translation>
    </message>
    <message>
        <source>The partner&apos;s name.</source>
        <translation>파트너의 이름.</translation>
    </message>
    <message>
        <source>partner needs add ID --name NAME, or list.</source>
        <translation>partner 명령에는 add ID --name 이름 또는 list가 필요합니다.</translation>
    </message>
    <message>
        <source>partner add needs one partner id and --name NAME.</source>
        <translation>partner add에는 파트너 ID 하나와 --name 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Only this partner&apos;s profiles.</source>
        <translation>이 파트너의 프로필만.</translation>
    </message>
    <message>
        <source>profile set needs one JSON file, or - for standard input.</source>
        <translation>profile set에는 JSON 파일 하나가 필요합니다. 표준 입력은 -로 지정하세요.</translation>
    </message>
    <message>
        <source>profile show needs exactly one profile id.</source>
        <translation>profile show에는 프로필 ID가 정확히 하나 필요합니다.</translation>
    </message>
    <message>
        <source>There is no business profile with the id &quot;%1&quot;.</source>
        <translation>이 ID의 비즈니스 프로필이 없습니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>profile needs set FILE, list, show ID or export.</source>
        <translation>profile 명령에는 set 파일, list, show ID, export 중 하나가 필요합니다.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; business profiles fit in far less.</source>
        <translation>파일이 %2MiB보다 큽니다: %1. 비즈니스 프로필은 이보다 훨씬 작습니다.</translation>
    </message>
    <message>
        <source>%1 is not a JSON profile or array of profiles (at byte %2: %3).</source>
        <translation>JSON 프로필이나 프로필 배열이 아닙니다: %1 (바이트 %2: %3)</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>프로필 %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object.</source>
        <translation>JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>The SMTP server: smtp://host:port or smtps://host:port.</source>
        <translation>SMTP 서버: smtp://호스트:포트 또는 smtps://호스트:포트.</translation>
    </message>
    <message>
        <source>The sender&apos;s e-mail address.</source>
        <translation>보내는 사람의 이메일 주소.</translation>
    </message>
    <message>
        <source>The user to log in as; the password comes from the keyring or REFERRAL_DESK_SMTP_PASSWORD.</source>
        <translation>로그인할 사용자. 암호는 키링이나 REFERRAL_DESK_SMTP_PASSWORD에서 가져옵니다.</translation>
    </message>
    <message>
        <source>mail needs set --server URL --from ADDRESS [--user NAME].</source>
        <translation>mail 명령에는 set --server URL --from ADDRESS [--user NAME]이 필요합니다.</translation>
    </message>
    <message>
        <source>Only messages that are pending, sent, failed or withdrawn.</source>
        <translation>대기, 보냄, 실패, 취소 중 한 상태의 메시지만.</translation>
    </message>
    <message>
        <source>outbox needs list [--status pending|sent|failed|withdrawn], or send.</source>
        <translation>outbox 명령에는 list [--status pending|sent|failed|withdrawn] 또는 send가 필요합니다.</translation>
    </message>
    <message>
        <source>--status takes pending, sent, failed or withdrawn, not &quot;%1&quot;.</source>
        <translation>--status에는 pending, sent, failed, withdrawn 중 하나를 씁니다. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No mail server is set for this database; run: referral-desk-cli mail set --server URL --from ADDRESS</source>
        <translation>이 데이터베이스에는 메일 서버가 설정되어 있지 않습니다. 다음을 실행하세요: referral-desk-cli mail set --server URL --from ADDRESS</translation>
    </message>
    <message>
        <source>The customer&apos;s country (ISO 3166, such as KR).</source>
        <translation>고객의 국가(ISO 3166, 예: KR).</translation>
    </message>
    <message>
        <source>The customer&apos;s size (such as 51to500).</source>
        <translation>고객 규모(예: 51to500).</translation>
    </message>
    <message>
        <source>An industry asked for; repeat for more.</source>
        <translation>찾는 산업. 여러 개면 반복해서 씁니다.</translation>
    </message>
    <message>
        <source>A product asked for; repeat for more.</source>
        <translation>찾는 제품. 여러 개면 반복해서 씁니다.</translation>
    </message>
    <message>
        <source>A service asked for; repeat for more.</source>
        <translation>찾는 서비스. 여러 개면 반복해서 씁니다.</translation>
    </message>
    <message>
        <source>A solution asked for; repeat for more.</source>
        <translation>찾는 솔루션. 여러 개면 반복해서 씁니다.</translation>
    </message>
    <message>
        <source>Free words, Korean or English.</source>
        <translation>자유 검색어(한국어 또는 영어).</translation>
    </message>
    <message>
        <source>At most this many results (20 unless given).</source>
        <translation>최대 결과 수(지정하지 않으면 20).</translation>
    </message>
    <message>
        <source>find-partner takes options only, such as --country KR.</source>
        <translation>find-partner에는 --country KR 같은 옵션만 씁니다.</translation>
    </message>
    <message>
        <source>find-partner needs --country with a two-letter ISO 3166 code such as KR, not &quot;%1&quot;.</source>
        <translation>find-partner에는 KR 같은 두 글자 ISO 3166 코드로 --country를 지정해야 합니다. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer size; Partner Center uses sizes such as 1to50, 51to500 and Morethan500.</source>
        <translation>&quot;%1&quot; 값은 고객 규모가 아닙니다. 파트너 센터는 1to50, 51to500, Morethan500 같은 규모를 씁니다.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>--limit에는 1 이상의 정수가 필요합니다.</translation>
    </message>
    <message>
        <source>rfi needs submit FILE, or submit - for standard input.</source>
        <translation>rfi 명령에는 submit FILE 또는 표준 입력을 뜻하는 submit -가 필요합니다.</translation>
    </message>
    <message>
        <source>%1 holds more than one RFI; submit one at a time.</source>
        <translation>%1 파일에 RFI가 둘 이상 있습니다. 한 번에 하나씩 제출하세요.</translation>
    </message>
    <message>
        <source>%1 is not a JSON RFI: %2</source>
        <translation>%1 파일은 JSON RFI가 아닙니다: %2</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>비어 있습니다.</translation>
    </message>
    <message>
        <source>find-partner needs the customer&apos;s country: --country CC, such as --country KR.</source>
        <translation>find-partner에는 고객의 국가가 필요합니다: --country CC(예: --country KR).</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2026-03-31, not &quot;%2&quot;.</source>
        <translation>--%1 옵션에는 2026-03-31 같은 날짜가 필요합니다. 받은 값: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The first day of the period.</source>
        <translation>기간의 첫날입니다.</translation>
    </message>
    <message>
        <source>The last day of the period.</source>
        <translation>기간의 마지막 날입니다.</translation>
    </message>
    <message>
        <source>Only this partner organisation&apos;s referrals.</source>
        <translation>이 파트너 조직의 추천만 봅니다.</translation>
    </message>
    <message>
        <source>json (the default) or csv.</source>
        <translation>json(기본값) 또는 csv입니다.</translation>
    </message>
    <message>
        <source>report takes options only: --from, --to, --partner and --format.</source>
        <translation>report에는 옵션만 쓸 수 있습니다: --from, --to, --partner, --format.</translation>
    </message>
    <message>
        <source>report needs the period: --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>report에는 기간이 필요합니다: --from YYYY-MM-DD --to YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The period ends before it starts: --to must be on or after --from.</source>
        <translation>기간이 시작하기 전에 끝납니다. --to는 --from과 같거나 그 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>--format is json or csv, not &quot;%1&quot;.</source>
        <translation>--format에는 json 또는 csv를 쓰세요. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--partner needs a partner id.</source>
        <translation>--partner에는 파트너 ID가 필요합니다.</translation>
    </message>
    <message>
        <source>There is no partner with the id &quot;%1&quot;.</source>
        <translation>ID가 &quot;%1&quot;인 파트너가 없습니다.</translation>
    </message>
    <message>
        <source>Closed on or after this day.</source>
        <translation>이 날짜 이후(당일 포함)에 종료된 추천입니다.</translation>
    </message>
    <message>
        <source>Closed on or before this day.</source>
        <translation>이 날짜 이전(당일 포함)에 종료된 추천입니다.</translation>
    </message>
    <message>
        <source>csv or xlsx.</source>
        <translation>csv 또는 xlsx입니다.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>저장할 파일입니다.</translation>
    </message>
    <message>
        <source>export needs --format csv or --format xlsx.</source>
        <translation>export에는 --format csv 또는 --format xlsx가 필요합니다.</translation>
    </message>
    <message>
        <source>--format is csv or xlsx, not &quot;%1&quot;.</source>
        <translation>--format에는 csv 또는 xlsx를 쓰세요. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>export needs --output FILE.</source>
        <translation>export에는 --output 파일이 필요합니다.</translation>
    </message>
    <message>
        <source>Only referrals with these words, as the window&apos;s search finds them.</source>
        <translation>창의 검색처럼 이 단어가 들어 있는 추천만 봅니다.</translation>
    </message>
    <message>
        <source>list takes no arguments besides --status, --tab and --search.</source>
        <translation>list에는 --status, --tab, --search 외의 인수를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>migrate takes no arguments.</source>
        <translation>migrate에는 인수를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>export takes options only: --status, --from, --to, --search, --format and --output.</source>
        <translation>export에는 옵션만 쓸 수 있습니다: --status, --from, --to, --search, --format, --output.</translation>
    </message>
    <message>
        <source>The partner organisation the user works for.</source>
        <translation>사용자가 일하는 파트너 조직입니다.</translation>
    </message>
    <message>
        <source>rep or manager.</source>
        <translation>rep(영업 담당자) 또는 manager(관리자).</translation>
    </message>
    <message>
        <source>A user of the programme side.</source>
        <translation>프로그램 운영 측 사용자입니다.</translation>
    </message>
    <message>
        <source>--role takes rep or manager, not %1.</source>
        <translation>--role에는 rep 또는 manager만 쓸 수 있습니다. 입력한 값: %1</translation>
    </message>
    <message>
        <source>user list takes no arguments.</source>
        <translation>user list에는 인수가 없습니다.</translation>
    </message>
    <message>
        <source>Let go of the claim.</source>
        <translation>맡은 추천을 내려놓습니다.</translation>
    </message>
    <message>
        <source>Hand it to this colleague (managers).</source>
        <translation>이 동료에게 넘깁니다(관리자만 가능).</translation>
    </message>
    <message>
        <source>claim needs exactly one referral id.</source>
        <translation>claim 명령에는 추천 ID를 정확히 하나 지정해야 합니다.</translation>
    </message>
    <message>
        <source>claim takes --release or --to, not both.</source>
        <translation>claim 명령에는 --release와 --to 중 하나만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>A region a rep works for (repeat for more).</source>
        <translation>영업 담당자가 맡는 지역입니다(여러 개면 반복해서 지정).</translation>
    </message>
    <message>
        <source>--region needs a region, such as KR.</source>
        <translation>--region에는 KR 같은 지역을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>user add needs a name and either --partner ID [--role rep|manager] [--region R]... or --programme.</source>
        <translation>user add에는 이름과 함께 --partner ID [--role rep|manager] [--region R]... 또는 --programme 중 하나를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>user revoke needs a name and --region R.</source>
        <translation>user revoke에는 이름과 --region R을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>user needs add, grant, revoke or list.</source>
        <translation>user 다음에는 add, grant, revoke, list 중 하나를 써야 합니다.</translation>
    </message>
    <message>
        <source>user add, grant, revoke and list are for team databases on a PostgreSQL server; a database file has one user, whoever opens it.</source>
        <translation>user add, grant, revoke, list는 PostgreSQL 서버의 팀 데이터베이스용입니다. 데이터베이스 파일은 그 파일을 여는 사람 한 명이 사용합니다.</translation>
    </message>
    <message>
        <source>Let a rep see every region again.</source>
        <translation>영업 담당자가 다시 모든 지역을 보게 합니다.</translation>
    </message>
    <message>
        <source>--every-region goes with user grant alone, without --region.</source>
        <translation>--every-region은 user grant에서만, --region 없이 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>user grant needs a name and --role rep|manager, --region R (or --every-region), or both.</source>
        <translation>user grant에는 이름과 함께 --role rep|manager나 --region R(또는 --every-region), 또는 둘 다를 지정해야 합니다.</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>Type the address of the team&apos;s server.</source>
        <translation>팀 서버의 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>A server address starts with postgresql://, as in postgresql://kim@db.example.com/referrals.</source>
        <translation>서버 주소는 postgresql://로 시작합니다. 예: postgresql://kim@db.example.com/referrals</translation>
    </message>
    <message>
        <source>This is not a server address PostgreSQL understands: %1</source>
        <translation>PostgreSQL이 이해할 수 있는 서버 주소가 아닙니다. 이유: %1</translation>
    </message>
</context>
<context>
    <name>Conversion</name>
    <message>
        <source>A rate is a number above zero such as 1450.5, with at most %1 decimals.</source>
        <translation>환율은 1450.5처럼 0보다 큰 숫자여야 합니다(소수점 아래 최대 %1자리).</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>South Korea</source>
        <translation>대한민국</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>미국</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>영국</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>오스트레일리아</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>캐나다</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>싱가포르</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>일본</translation>
    </message>
    <message>
        <source>China</source>
        <translation>중국</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>대만</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>홍콩</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>베트남</translation>
    </message>
    <message>
        <source>India</source>
        <translation>인도</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>독일</translation>
    </message>
    <message>
        <source>France</source>
        <translation>프랑스</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>뉴질랜드</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 was written by a newer version of Referral Desk (schema %2; this version knows up to %3). Update Referral Desk to open it; the file was left as it is.</source>
        <translation>데이터베이스 %1: 더 새로운 버전의 Referral Desk로 기록되었습니다(스키마 %2, 이 버전은 %3까지 지원). 열려면 Referral Desk를 업데이트하세요. 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>The database %1 is busy with another program. Try again in a moment, or close the other program.</source>
        <translation>다른 프로그램이 데이터베이스를 사용 중입니다: %1. 잠시 후 다시 시도하거나 다른 프로그램을 닫으세요.</translation>
    </message>
    <message>
        <source>The database %1 can&apos;t be written: it or its folder is read-only. Check the permissions, or open a copy.</source>
        <translation>데이터베이스 %1에 쓸 수 없습니다. 파일이나 폴더가 읽기 전용입니다. 권한을 확인하거나 사본을 여세요.</translation>
    </message>
    <message>
        <source>The file %1 is not a Referral Desk database or it is damaged. Open another file, or restore this one from a backup.</source>
        <translation>파일 %1: Referral Desk 데이터베이스가 아니거나 손상되었습니다. 다른 파일을 열거나 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>The database %1 can&apos;t be opened. Check that its folder exists and that you may write there.</source>
        <translation>데이터베이스를 열 수 없습니다: %1. 폴더가 있는지, 그 폴더에 쓸 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>The database %1 reported an error: %2</source>
        <translation>데이터베이스 %1에서 오류가 발생했습니다: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1: 데이터베이스 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path, or import referrals to create one.</source>
        <translation>데이터베이스가 없습니다: %1. 경로를 확인하거나 추천을 가져와서 새로 만드세요.</translation>
    </message>
    <message>
        <source>The database %1 can&apos;t be created. Check that its folder exists and that you may write there.</source>
        <translation>데이터베이스를 만들 수 없습니다: %1. 폴더가 있는지, 그 폴더에 쓸 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not of Referral Desk; it was left as it is. Open another file.</source>
        <translation>파일 %1: Referral Desk가 아닌 다른 프로그램의 데이터베이스입니다. 파일은 그대로 두었습니다. 다른 파일을 여세요.</translation>
    </message>
    <message>
        <source>No database file was named. Give the path of a database file.</source>
        <translation>데이터베이스 파일이 지정되지 않았습니다. 데이터베이스 파일의 경로를 입력하세요.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection address: %2. Write it as postgresql://user@host:port/database.</source>
        <translation>PostgreSQL 연결 주소가 아닙니다: %1 (%2). postgresql://사용자@호스트:포트/데이터베이스 형식으로 적어 주세요.</translation>
    </message>
    <message>
        <source>You may not do this on the database %1: your user lacks the permission. Ask a manager of your team to grant it.</source>
        <translation>이 데이터베이스에서 이 작업을 할 권한이 없습니다: %1. 팀 관리자에게 권한을 요청하세요.</translation>
    </message>
    <message>
        <source>The server database %1 holds the tables of another program, not of Referral Desk; it was left as it is. Ask your administrator for the team&apos;s database.</source>
        <translation>서버 데이터베이스 %1: Referral Desk가 아닌 다른 프로그램의 테이블이 들어 있습니다. 데이터베이스는 그대로 두었습니다. 팀 데이터베이스가 어느 것인지 관리자에게 물어보세요.</translation>
    </message>
    <message>
        <source>The server database %1 is not set up for Referral Desk yet, so there is nothing to read. Set it up with referral-desk-cli migrate, or open it in Referral Desk.</source>
        <translation>서버 데이터베이스 %1: 아직 Referral Desk용으로 설정되지 않아 읽을 내용이 없습니다. referral-desk-cli migrate로 설정하거나 Referral Desk에서 여세요.</translation>
    </message>
    <message>
        <source>The database server %1 can&apos;t be reached or refused the connection. Check the address and that the server is running, or ask whoever runs it.</source>
        <translation>데이터베이스 서버에 연결할 수 없거나 서버가 연결을 거부했습니다: %1. 주소와 서버 실행 여부를 확인하거나 서버 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>서버 메시지: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Referral Desk can&apos;t open its database</source>
        <translation>Referral Desk에서 데이터베이스를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>다른 데이터베이스 열기…</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>데이터베이스 열기 또는 만들기</translation>
    </message>
    <message>
        <source>Referral Desk databases (*.sqlite);;All files (*)</source>
        <translation>Referral Desk 데이터베이스 (*.sqlite);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>No database there</source>
        <translation>데이터베이스 없음</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 위치에 데이터베이스가 없습니다.</translation>
    </message>
    <message>
        <source>Create a new, empty database there, or open another one?</source>
        <translation>그 위치에 비어 있는 새 데이터베이스를 만들까요, 아니면 다른 데이터베이스를 열까요?</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>데이터베이스 만들기</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>Change the connection…</source>
        <translation>연결 정보 바꾸기…</translation>
    </message>
</context>
<context>
    <name>DeadlinePolicy</name>
    <message numerus="yes">
        <source>%n-hour target</source>
        <translation>
            <numerusform>%n시간 목표</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-minute target</source>
        <translation>
            <numerusform>%n분 목표</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepartureNotice</name>
    <message>
        <source>“%1” is no longer in the database.</source>
        <translation>‘%1’ 추천이 더 이상 데이터베이스에 없습니다.</translation>
    </message>
    <message>
        <source>Time ran out for “%1”: it is now in Archived as Missed, and the customer is told to choose another partner.</source>
        <translation>‘%1’ 추천의 응답 시간이 끝나 누락됨으로 보관된 추천 탭에 있습니다. 고객에게 다른 파트너를 선택하라는 안내가 전달됩니다.</translation>
    </message>
    <message>
        <source>Time ran out for “%1”: it is now in Archived as Expired, and the customer is told to choose another partner.</source>
        <translation>‘%1’ 추천의 응답 시간이 끝나 만료됨으로 보관된 추천 탭에 있습니다. 고객에게 다른 파트너를 선택하라는 안내가 전달됩니다.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere: it is back in New.</source>
        <translation>‘%1’ 추천이 다른 곳에서 변경되어 새 추천 탭으로 돌아갔습니다.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere: it is now in Evaluating.</source>
        <translation>‘%1’ 추천이 다른 곳에서 변경되어 이제 평가 탭에 있습니다.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere: it is now in Negotiating.</source>
        <translation>‘%1’ 추천이 다른 곳에서 변경되어 이제 협상 중 탭에 있습니다.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere: it is now in Archived as %2.</source>
        <translation>‘%1’ 추천이 다른 곳에서 변경되어 이제 보관된 추천 탭에 있습니다(상태: %2).</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Select a referral to see its details.</source>
        <translation>세부 정보를 보려면 추천을 선택하세요.</translation>
    </message>
    <message>
        <source>This referral is no longer in the database.</source>
        <translation>이 추천은 더 이상 데이터베이스에 없습니다.</translation>
    </message>
    <message>
        <source>deadline: %1</source>
        <translation>마감: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>규모</translation>
    </message>
    <message>
        <source>shown once you are interested</source>
        <translation>관심 있음을 선택하면 표시됩니다</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>솔루션</translation>
    </message>
    <message>
        <source>Value hint</source>
        <translation>금액 힌트</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>받은 날짜</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Request for information</source>
        <translation>정보 요청서</translation>
    </message>
    <message>
        <source>Estimated deal value</source>
        <translation>예상 거래 금액</translation>
    </message>
    <message>
        <source>Estimated closing date</source>
        <translation>예상 완료 날짜</translation>
    </message>
    <message>
        <source>Final deal value</source>
        <translation>최종 거래 금액</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>거래</translation>
    </message>
    <message>
        <source>Imported as %1</source>
        <translation>%1 상태로 가져옴</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1 (작업자: %2)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>the deadline checker</source>
        <translation>마감 확인 기능</translation>
    </message>
    <message>
        <source>not shared: the customer&apos;s details are not shared for a skipped referral</source>
        <translation>공유되지 않음: 건너뛴 추천에는 고객 세부 정보가 공유되지 않습니다</translation>
    </message>
    <message>
        <source>not shared: the customer&apos;s details are not shared for a missed referral</source>
        <translation>공유되지 않음: 누락된 추천에는 고객 세부 정보가 공유되지 않습니다</translation>
    </message>
    <message>
        <source>A sample referral, made up to try Referral Desk: no customer is told anything. File &gt; Remove sample referrals takes all of them away.</source>
        <translation>Referral Desk를 사용해 보기 위해 만든 샘플 추천입니다. 고객에게는 아무 안내도 전달되지 않습니다. 파일 &gt; 샘플 추천 제거에서 모두 한꺼번에 지울 수 있습니다.</translation>
    </message>
    <message>
        <source>estimated deal value %1</source>
        <translation>예상 거래 금액 %1</translation>
    </message>
    <message>
        <source>estimated closing date %1</source>
        <translation>예상 완료 날짜 %1</translation>
    </message>
    <message>
        <source>notes changed</source>
        <translation>메모 변경</translation>
    </message>
    <message>
        <source>Estimate updated</source>
        <translation>예상 정보 업데이트</translation>
    </message>
    <message>
        <source>Update estimate…</source>
        <translation>예상 정보 업데이트…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Business profile: %1 (%2), alerts to %3</source>
        <translation>비즈니스 프로필: %1 (%2), 알림 받는 주소: %3</translation>
    </message>
    <message>
        <source>No business profile: the customer&apos;s country is not given.</source>
        <translation>비즈니스 프로필 없음: 고객의 국가가 주어지지 않았습니다.</translation>
    </message>
    <message>
        <source>No business profile does business in the customer&apos;s country (%1); no one was alerted.</source>
        <translation>고객의 국가(%1)에서 사업하는 비즈니스 프로필이 없어 아무에게도 알리지 않았습니다.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>Similar referrals</source>
        <translation>비슷한 추천</translation>
    </message>
    <message>
        <source>Accept rate</source>
        <translation>수락률</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>성공률</translation>
    </message>
    <message>
        <source>Median won value</source>
        <translation>성공한 거래 금액 중앙값</translation>
    </message>
    <message>
        <source>%1 (won deals in this currency: %2)</source>
        <translation>%1 (이 통화의 성공 거래: %2건)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>적합도</translation>
    </message>
    <message>
        <source>Similar past referrals</source>
        <translation>비슷한 과거 추천</translation>
    </message>
    <message>
        <source>Claim let go</source>
        <translation>내려놓음</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>맡음</translation>
    </message>
    <message>
        <source>Handed to %1</source>
        <translation>넘겨받은 사람: %1</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>under a minute</source>
        <translation>1분 미만</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 남음</translation>
    </message>
    <message>
        <source>passed %1 ago</source>
        <translation>%1 전에 지남</translation>
    </message>
    <message>
        <source>met</source>
        <translation>달성</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>미달성</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>%1 후 마감</translation>
    </message>
    <message>
        <source>%1 (your time)
%2 UTC</source>
        <translation>%1(현지 시간)
%2 UTC</translation>
    </message>
</context>
<context>
    <name>EstimateChange</name>
    <message>
        <source>The estimate can be changed only while negotiating; this referral is %1.</source>
        <translation>예상 금액은 협상 중일 때만 바꿀 수 있습니다. 이 추천의 현재 상태: %1</translation>
    </message>
    <message>
        <source>This deal has no estimate yet; give its value, currency and closing date.</source>
        <translation>이 거래에는 아직 예상 금액이 없습니다. 금액, 통화, 예상 완료 날짜를 모두 입력하세요.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>내보내기를 멈췄습니다. 파일은 만들어지지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>다음 파일을 만들 수 없습니다: %1 (%2)</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>추천</translation>
    </message>
    <message>
        <source>A worksheet holds at most %L1 referrals; narrow the filter or export CSV.</source>
        <translation>워크시트 하나에는 추천을 최대 %L1건까지 담을 수 있습니다. 필터를 좁히거나 CSV로 내보내세요.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>다음 파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Name a file to export to.</source>
        <translation>내보낼 파일 이름을 정하세요.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>다음 폴더가 없습니다: %1</translation>
    </message>
    <message>
        <source>The workbook could not be started.</source>
        <translation>통합 문서를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Row %1 could not be written: %2</source>
        <translation>%1번째 행을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>통합 문서를 쓸 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>FitCheck</name>
    <message>
        <source>The business profile %1 opted out of customers of this size (%2).</source>
        <translation>이 규모의 고객은 비즈니스 프로필에서 제외되어 있습니다(프로필: %1, 규모: %2).</translation>
    </message>
    <message>
        <source>None of the industries, products, services or solutions asked for is among the expertise of the business profile %1.</source>
        <translation>요청한 업종, 제품, 서비스, 솔루션 중 비즈니스 프로필의 전문 분야에 해당하는 것이 없습니다(프로필: %1).</translation>
    </message>
    <message>
        <source>The customer&apos;s country (%1) is none of the locations of the business profile %2.</source>
        <translation>고객의 국가가 비즈니스 프로필의 위치에 없습니다(국가: %1, 프로필: %2).</translation>
    </message>
    <message>
        <source>The estimated deal value is under a third of the median of %1 similar won deals (%2).</source>
        <translation>예상 거래 금액이 비슷한 성공 거래 %1건 중앙값의 3분의 1 미만입니다(중앙값: %2).</translation>
    </message>
    <message>
        <source>The estimated deal value is over three times the median of %1 similar won deals (%2).</source>
        <translation>예상 거래 금액이 비슷한 성공 거래 %1건 중앙값의 3배를 넘습니다(중앙값: %2).</translation>
    </message>
    <message>
        <source>Most similar won deals closed after their estimated closing date (%1 of %2): allow for that in this one.</source>
        <translation>비슷한 성공 거래 대부분이 예상 완료 날짜보다 늦게 종료되었습니다(%2건 중 %1건). 이번 거래에도 이를 감안하세요.</translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>알 수 없는 옵션 %1입니다.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>옵션 %1에는 값이 필요합니다.</translation>
    </message>
    <message>
        <source>The option --user needs a name.</source>
        <translation>옵션 --user에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 date and time such as 2024-05-01T09:30:00Z, not &quot;%1&quot;.</source>
        <translation>--now에는 2024-05-01T09:30:00Z 같은 ISO 8601 날짜와 시간을 쓰세요(입력한 값: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>명령이 없습니다.</translation>
    </message>
    <message>
        <source>--lang must be ko or en, not &quot;%1&quot;.</source>
        <translation>--lang에는 ko 또는 en을 쓰세요(입력한 값: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The option --db needs the path of a database file.</source>
        <translation>옵션 --db에는 데이터베이스 파일 경로가 필요합니다.</translation>
    </message>
    <message>
        <source>Usage: referral-desk-cli [--db PATH] [--now ISO-8601-UTC] [--user NAME] [--lang ko|en] COMMAND ...

Commands:
  import FILE...                       import Partner Center referral JSON (- reads standard input)
  list [--status S[,S...]] [--tab new|evaluating|negotiating|archived] [--search TEXT]
  show ID                              one referral with its history
  interested ID                        I&apos;m interested: move a new referral to Evaluating
  skip ID [--reason TEXT]              No thanks: archive a new referral as Skipped
  accept ID --value AMOUNT --currency CODE --closing YYYY-MM-DD [--notes TEXT]
  decline ID --reason TEXT
  won ID [--value AMOUNT]
  lost ID --reason TEXT
  estimate ID [--value AMOUNT] [--currency CODE] [--closing YYYY-MM-DD] [--notes TEXT]
                                       keep a negotiating deal&apos;s estimate current
  claim ID [--release | --to NAME]     say you are handling a new or evaluating referral, let go
                                       of it, or (managers) hand it to a colleague
  sweep                                archive every referral whose deadline has passed
  demo [--count N]                     add N realistic sample referrals (default 200)
  migrate                              set up the database or bring its schema up to date
  partner add ID --name NAME           add a partner organisation (or rename it)
  partner list
  profile set FILE|-                   create or replace business profiles (JSON: one or an array)
  profile list [--partner ID]          business profiles, as profile set takes them
  profile show ID
  profile export [--partner ID]        a JSON array that profile set takes back
  find-partner --country CC [--size S] [--industry I]... [--product P]... [--service S]...
               [--solution S]... [--keywords TEXT] [--limit N]
                                       business profiles for a customer, best first
  rfi submit FILE|-                    send a customer&apos;s RFI to 1-5 business profiles
  mail set --server URL --from ADDRESS [--user NAME]
                                       the SMTP server (the password: keyring or REFERRAL_DESK_SMTP_PASSWORD)
  outbox list [--status pending|sent|failed|withdrawn]
  outbox send                          deliver the e-mails that are due, once
  report --from YYYY-MM-DD --to YYYY-MM-DD [--partner ID] [--format json|csv]
                                       the dashboard&apos;s numbers for a period and the one before
  export [--status S[,S...]] [--from DATE] [--to DATE] [--search TEXT] --format csv|xlsx --output FILE
                                       the referrals list gives, closed between the dates, as a file
  user add NAME --partner ID [--role rep|manager] [--region R]...
  user add NAME --programme            a person of a team database on a PostgreSQL server (the
                                       password: REFERRAL_DESK_NEW_PASSWORD, or none)
  user grant NAME [--role rep|manager] [--region R... | --every-region]
                                       change what they do; a rep with regions sees only those
  user revoke NAME --region R...       take regions away from a rep
  user list

Output is JSON on standard output; errors go to standard error.
Exit codes: 0 done, 1 records rejected or another failure, 2 usage error,
3 refused by a rule, 4 no such referral or profile.
</source>
        <translation>사용법: referral-desk-cli [--db 경로] [--now ISO-8601-UTC] [--user 이름] [--lang ko|en] 명령 ...

명령:
  import 파일...                       파트너 센터 추천 JSON 가져오기(-는 표준 입력)
  list [--status S[,S...]] [--tab new|evaluating|negotiating|archived] [--search 텍스트]
  show ID                              추천 하나와 그 기록
  interested ID                        관심 있음: 새 추천을 평가로 옮깁니다
  skip ID [--reason 텍스트]            관심 없음: 새 추천을 건너뜀 상태로 보관합니다
  accept ID --value 금액 --currency 코드 --closing YYYY-MM-DD [--notes 텍스트]
  decline ID --reason 텍스트
  won ID [--value 금액]
  lost ID --reason 텍스트
  estimate ID [--value 금액] [--currency 코드] [--closing YYYY-MM-DD] [--notes 텍스트]
                                       협상 중인 거래의 예상 금액과 날짜를 최신으로 유지합니다
  claim ID [--release | --to 이름]     새 추천이나 평가 중인 추천을 맡았다고 알리거나, 내려놓거나,
                                       (관리자) 동료에게 넘깁니다
  sweep                                마감이 지난 추천을 모두 보관합니다
  demo [--count N]                     실제와 비슷한 샘플 추천 N건 추가(기본값 200)
  migrate                              데이터베이스를 준비하거나 스키마를 최신으로 올리기
  partner add ID --name 이름           파트너 조직 추가(있으면 이름 변경)
  partner list
  profile set 파일|-                   비즈니스 프로필 만들기 또는 바꾸기(JSON: 하나 또는 배열)
  profile list [--partner ID]          비즈니스 프로필 목록(profile set이 받는 형식)
  profile show ID
  profile export [--partner ID]        profile set으로 다시 넣을 수 있는 JSON 배열
  find-partner --country CC [--size S] [--industry I]... [--product P]... [--service S]...
               [--solution S]... [--keywords TEXT] [--limit N]
                                       고객에게 맞는 비즈니스 프로필(가장 잘 맞는 순)
  rfi submit FILE|-                    고객의 RFI를 비즈니스 프로필 1~5개에 보내기
  mail set --server URL --from ADDRESS [--user NAME]
                                       SMTP 서버(암호: 키링 또는 REFERRAL_DESK_SMTP_PASSWORD)
  outbox list [--status pending|sent|failed|withdrawn]
  outbox send                          보낼 때가 된 이메일을 한 번 발송
  report --from YYYY-MM-DD --to YYYY-MM-DD [--partner ID] [--format json|csv]
                                       기간과 그 직전 기간의 대시보드 수치
  export [--status S[,S...]] [--from DATE] [--to DATE] [--search 텍스트] --format csv|xlsx --output FILE
                                       list가 주는 추천 중 두 날짜 사이에 종료된 것을 파일로 저장
  user add 이름 --partner ID [--role rep|manager] [--region 지역]...
  user add 이름 --programme            PostgreSQL 서버의 팀 데이터베이스를 쓰는 사람을 추가합니다
                                       (암호: REFERRAL_DESK_NEW_PASSWORD, 없으면 암호 없이)
  user grant 이름 [--role rep|manager] [--region 지역... | --every-region]
                                       하는 일을 바꿉니다. 지역이 지정된 영업 담당자는 그 지역만 봅니다
  user revoke 이름 --region 지역...    영업 담당자에게서 지역을 뺍니다
  user list

출력은 표준 출력의 JSON이고, 오류는 표준 오류로 나갑니다.
종료 코드: 0 완료, 1 레코드 거부 또는 기타 실패, 2 사용법 오류,
3 규칙에 따라 거부됨, 4 해당 추천이나 프로필 없음.
</translation>
    </message>
</context>
<context>
    <name>JsonRecordStream</name>
    <message>
        <source>the input is empty</source>
        <translation>입력이 비어 있습니다</translation>
    </message>
    <message>
        <source>more follows after the end of the JSON value</source>
        <translation>JSON 값이 끝난 뒤에도 내용이 더 있습니다</translation>
    </message>
    <message>
        <source>a field name in quotes is missing</source>
        <translation>따옴표로 묶은 필드 이름이 없습니다</translation>
    </message>
    <message>
        <source>a colon is missing after a field name</source>
        <translation>필드 이름 뒤에 콜론이 없습니다</translation>
    </message>
    <message>
        <source>a comma or } is missing</source>
        <translation>쉼표 또는 }가 없습니다</translation>
    </message>
    <message>
        <source>a comma or ] is missing</source>
        <translation>쉼표 또는 ]가 없습니다</translation>
    </message>
    <message>
        <source>a backslash escape in a text is not valid</source>
        <translation>텍스트의 백슬래시 이스케이프가 올바르지 않습니다</translation>
    </message>
    <message>
        <source>a text has no closing quotation mark</source>
        <translation>텍스트를 닫는 따옴표가 없습니다</translation>
    </message>
    <message>
        <source>a number is not written correctly</source>
        <translation>숫자를 올바르게 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>a value is not valid JSON</source>
        <translation>올바른 JSON 값이 아닙니다</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1행 %2열</translation>
    </message>
    <message>
        <source>The input has more than %1 MiB without a complete referral (at %2); a referral is never that large.</source>
        <translation>입력에 완전한 추천 없이 %1MiB가 넘게 이어집니다(%2). 추천 하나가 그렇게 클 수는 없습니다.</translation>
    </message>
    <message>
        <source>The input holds a zero byte at %1: it is not JSON text.</source>
        <translation>입력의 %1에 값이 0인 바이트가 있습니다. JSON 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>The input could not be read to its end: %1.</source>
        <translation>입력을 끝까지 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The input nests lists and objects more than %1 deep at %2; a referral is not that deep.</source>
        <translation>입력의 %2에서 목록과 객체가 %1단계보다 깊게 중첩됩니다. 추천은 그렇게 깊지 않습니다.</translation>
    </message>
    <message>
        <source>The input holds no referral: expected an object, a list, or a {&quot;value&quot;: [...]} response.</source>
        <translation>입력에 추천이 없습니다. 객체, 목록 또는 {&quot;value&quot;: [...]} 응답이어야 합니다.</translation>
    </message>
    <message>
        <source>The input&apos;s &quot;value&quot; field must be a list of referrals.</source>
        <translation>입력의 &quot;value&quot; 필드는 추천 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>The input is not valid JSON: %1 at %2.</source>
        <translation>입력이 올바른 JSON이 아닙니다: %2, %1</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>The time to respond to this referral ended at %1; it is now archived as Missed.</source>
        <translation>이 추천에 응답할 시간이 %1에 끝났습니다. 이제 누락됨으로 보관되었습니다.</translation>
    </message>
    <message>
        <source>The time to accept or decline this referral ended at %1; it is now archived as Expired.</source>
        <translation>이 추천을 수락하거나 거절할 시간이 %1에 끝났습니다. 이제 만료됨으로 보관되었습니다.</translation>
    </message>
    <message>
        <source>Give a reason for declining; it helps find you better referrals.</source>
        <translation>거절 사유를 입력하세요. 더 잘 맞는 추천을 찾는 데 도움이 됩니다.</translation>
    </message>
    <message>
        <source>Give a reason why the deal was lost.</source>
        <translation>거래가 실패한 사유를 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <source>The reason is too long; keep it under %n characters.</source>
        <translation>
            <numerusform>사유가 너무 깁니다. %n자 이내로 줄이세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the estimated deal value.</source>
        <translation>예상 거래 금액을 입력하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code such as KRW, USD or EUR.</source>
        <translation>&quot;%1&quot;: KRW, USD, EUR 같은 ISO 4217 통화 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>The deal value must be greater than zero.</source>
        <translation>거래 금액은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>Enter the estimated closing date.</source>
        <translation>예상 완료 날짜를 입력하세요.</translation>
    </message>
    <message>
        <source>The estimated closing date %1 is in the past; choose today (%2) or later.</source>
        <translation>예상 완료 날짜 %1: 이미 지난 날짜입니다. 오늘(%2) 이후로 선택하세요.</translation>
    </message>
    <message>
        <source>The notes are too long.</source>
        <translation>메모가 너무 깁니다.</translation>
    </message>
    <message>
        <source>I&apos;m interested</source>
        <translation>관심 있음</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>관심 없음</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>수락</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>This referral is archived as %1; archived referrals can&apos;t be changed.</source>
        <translation>이 추천은 %1 상태로 보관되었습니다. 보관된 추천은 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while the referral is %2.</source>
        <translation>추천이 %2 상태일 때는 &quot;%1&quot; 작업을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>The text holds characters that are not valid Unicode; type it again.</source>
        <translation>텍스트에 올바른 유니코드가 아닌 문자가 있습니다. 다시 입력하세요.</translation>
    </message>
    <message>
        <source>The deal value is too large: at most %1 %2.</source>
        <translation>거래 금액이 너무 큽니다. 최대 %1 %2까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>The estimated closing date %1 is more than %2 years ahead; choose a date up to %3.</source>
        <translation>예상 완료 날짜 %1: %2년보다 더 먼 날짜입니다. %3까지의 날짜를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code such as KRW, USD or EUR.</source>
        <translation>&quot;%1&quot;: KRW, USD, EUR 같은 ISO 4217 통화 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; write digits with an optional decimal point, such as 1500 or 1500.50.</source>
        <translation>&quot;%1&quot;: 금액이 아닙니다. 1500 또는 1500.50처럼 숫자와 선택적 소수점으로 쓰세요.</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals; &quot;%2&quot; has some.</source>
        <translation>%1 금액에는 소수점 이하가 없습니다. &quot;%2&quot;에는 소수점 이하가 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts have at most %n decimal(s); &quot;%2&quot; has more.</source>
        <translation>
            <numerusform>%1 금액은 소수점 이하 %n자리까지입니다. &quot;%2&quot;에는 소수점 이하 자릿수가 더 많습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>금액은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large: a deal value is at most %2 %3.</source>
        <translation>&quot;%1&quot;: 너무 큰 금액입니다. 거래 금액은 최대 %2 %3입니다.</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <source>Enter the amount.</source>
        <translation>금액을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>PartnerCenterJson</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be %2, not %3.</source>
        <translation>필드 &quot;%1&quot;의 값은 %2 형식이어야 합니다(현재 형식: %3).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a date and time in ISO 8601 such as 2024-05-01T09:30:00Z: &quot;%2&quot;.</source>
        <translation>필드 &quot;%1&quot;의 값이 2024-05-01T09:30:00Z 같은 ISO 8601 날짜와 시간이 아닙니다: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A referral with status Closed needs the substatus Won, Lost, Declined or Expired, not &quot;%1&quot;.</source>
        <translation>상태가 Closed인 추천의 하위 상태는 Won, Lost, Declined, Expired 중 하나여야 합니다(현재 값: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The field &quot;status&quot; has the value &quot;%1&quot;; Partner Center uses New, Active or Closed.</source>
        <translation>필드 &quot;status&quot;의 값이 &quot;%1&quot;입니다. 파트너 센터는 New, Active, Closed를 사용합니다.</translation>
    </message>
    <message>
        <source>The substatus &quot;%1&quot; does not go with the status &quot;%2&quot;.</source>
        <translation>하위 상태 &quot;%1&quot;: 상태 &quot;%2&quot;에는 맞지 않습니다.</translation>
    </message>
    <message>
        <source>The field &quot;customerProfile.size&quot; has the value &quot;%1&quot;, which is not a customer size Partner Center uses (such as 1to50 or 51to500).</source>
        <translation>필드 &quot;customerProfile.size&quot;의 값 &quot;%1&quot;: 파트너 센터에서 쓰는 고객 규모(예: 1to50, 51to500)가 아닙니다.</translation>
    </message>
    <message>
        <source>The field &quot;customerProfile.address.country&quot; must be a two-letter ISO 3166 country code such as KR or US, not &quot;%1&quot;.</source>
        <translation>필드 &quot;customerProfile.address.country&quot;는 KR, US 같은 두 글자 ISO 3166 국가 코드여야 합니다(현재 값: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The field &quot;%1.email&quot; is not an e-mail address: &quot;%2&quot;.</source>
        <translation>필드 &quot;%1.email&quot;의 값이 전자 메일 주소가 아닙니다: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The field &quot;details.currency&quot; must be an ISO 4217 currency code such as KRW or USD, not &quot;%1&quot;.</source>
        <translation>필드 &quot;details.currency&quot;는 KRW, USD 같은 ISO 4217 통화 코드여야 합니다(현재 값: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The field &quot;details.dealValue&quot; is negative; a deal value is zero or more.</source>
        <translation>필드 &quot;details.dealValue&quot;가 음수입니다. 거래 금액은 0 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The field &quot;details.dealValue&quot; is given without &quot;details.currency&quot;, so its currency is unknown.</source>
        <translation>필드 &quot;details.dealValue&quot;에 &quot;details.currency&quot;가 없어 통화를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>The record is %1, not a referral object.</source>
        <translation>레코드가 추천 객체가 아니라 %1입니다.</translation>
    </message>
    <message>
        <source>The field &quot;id&quot; must be text, not %1.</source>
        <translation>필드 &quot;id&quot;는 텍스트여야 합니다(현재 형식: %1).</translation>
    </message>
    <message>
        <source>The field &quot;id&quot; is missing or empty; every referral needs its Partner Center id.</source>
        <translation>필드 &quot;id&quot;가 없거나 비어 있습니다. 모든 추천에는 파트너 센터 ID가 필요합니다.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds text that is not valid Unicode (such as an unpaired UTF-16 surrogate); fix the text and import again.</source>
        <translation>필드 &quot;%1&quot;에 올바른 유니코드가 아닌 텍스트(짝이 없는 UTF-16 서로게이트 등)가 있습니다. 텍스트를 고친 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds control characters, which are not text.</source>
        <translation>필드 &quot;%1&quot;에 텍스트가 아닌 제어 문자가 있습니다.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is longer than %2 characters.</source>
        <translation>필드 &quot;%1&quot;의 길이가 %2자를 넘습니다.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has more than %2 entries.</source>
        <translation>필드 &quot;%1&quot;의 항목이 %2개를 넘습니다.</translation>
    </message>
    <message>
        <source>The field &quot;details.dealValue&quot; is not a deal value: %1</source>
        <translation>필드 &quot;details.dealValue&quot;에 올바른 거래 금액이 없습니다: %1</translation>
    </message>
    <message>
        <source>The field &quot;createdDateTime&quot; is %1, later than now: a referral cannot have arrived in the future. Check the clock of the system that wrote the file.</source>
        <translation>필드 &quot;createdDateTime&quot;의 값 %1: 현재보다 늦은 시각입니다. 추천이 미래에 도착할 수는 없습니다. 파일을 만든 시스템의 시계를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>ProfileAdvice</name>
    <message>
        <source>%1 of the last %2 declined or skipped referrals of customers with %3 gave the reason “%4”.</source>
        <translation>최근 거절되거나 건너뛴 추천 %2건 중 %1건이 같은 사유를 들었습니다(고객 규모: %3, 사유: “%4”).</translation>
    </message>
    <message>
        <source>%1 of the last %2 declined or skipped referrals asking for %3 gave the reason “%4”.</source>
        <translation>최근 거절되거나 건너뛴 추천 %2건 중 %1건이 같은 사유를 들었습니다(요청: %3, 사유: “%4”).</translation>
    </message>
    <message>
        <source>Opt out of customers with %1.</source>
        <translation>이 규모의 고객을 제외하세요: %1.</translation>
    </message>
    <message>
        <source>Remove %1 from the profile&apos;s industries.</source>
        <translation>프로필의 업종에서 제거하세요: %1.</translation>
    </message>
    <message>
        <source>Remove %1 from the profile&apos;s products.</source>
        <translation>프로필의 제품에서 제거하세요: %1.</translation>
    </message>
    <message>
        <source>Remove %1 from the profile&apos;s services.</source>
        <translation>프로필의 서비스에서 제거하세요: %1.</translation>
    </message>
</context>
<context>
    <name>ProfileAdviceStore</name>
    <message>
        <source>There is no business profile with the id &quot;%1&quot;.</source>
        <translation>해당 ID의 비즈니스 프로필이 없습니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The business profile has this change already.</source>
        <translation>비즈니스 프로필에 이미 이 변경이 적용되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>&quot;%1&quot; 필드의 형식이 잘못되었습니다. 필요한 형식: %2</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>텍스트 목록</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>a list of locations</source>
        <translation>위치 목록</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no partner with the id &quot;%1&quot;; add the partner first.</source>
        <translation>파트너 ID가 없습니다: &quot;%1&quot;. 파트너를 먼저 추가하세요.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Outside the regions we serve</source>
        <translation>서비스 지역이 아님</translation>
    </message>
    <message>
        <source>Not our area of expertise</source>
        <translation>전문 분야가 아님</translation>
    </message>
    <message>
        <source>Customer too small for us</source>
        <translation>고객 규모가 너무 작음</translation>
    </message>
    <message>
        <source>Customer too large for us</source>
        <translation>고객 규모가 너무 큼</translation>
    </message>
    <message>
        <source>No capacity right now</source>
        <translation>현재 수용할 여력이 없음</translation>
    </message>
    <message>
        <source>Budget too low</source>
        <translation>예산이 너무 적음</translation>
    </message>
    <message>
        <source>Duplicate of another referral</source>
        <translation>다른 추천과 중복됨</translation>
    </message>
    <message>
        <source>Looks like spam</source>
        <translation>스팸으로 보임</translation>
    </message>
    <message>
        <source>The customer chose another partner</source>
        <translation>고객이 다른 파트너를 선택함</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>The customer&apos;s budget was cut</source>
        <translation>고객의 예산이 삭감됨</translation>
    </message>
    <message>
        <source>The project was cancelled</source>
        <translation>프로젝트가 취소됨</translation>
    </message>
    <message>
        <source>The customer stopped answering</source>
        <translation>고객이 더 이상 응답하지 않음</translation>
    </message>
    <message>
        <source>Timing did not fit</source>
        <translation>시기가 맞지 않음</translation>
    </message>
</context>
<context>
    <name>ReferralColumns</name>
    <message>
        <source>Received</source>
        <translation>받은 날짜</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>규모</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Value hint</source>
        <translation>금액 힌트</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>요구 사항</translation>
    </message>
    <message>
        <source>Estimated deal value</source>
        <translation>예상 거래 금액</translation>
    </message>
    <message>
        <source>Estimated closing date</source>
        <translation>예상 완료 날짜</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>수락 날짜</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>종료 날짜</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(숨김)</translation>
    </message>
    <message>
        <source>The estimated closing date has passed: press E to update the estimate.</source>
        <translation>예상 완료 날짜가 지났습니다. E 키를 눌러 예상 정보를 업데이트하세요.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>적합도</translation>
    </message>
    <message>
        <source>How many similar past referrals became won deals (one won and one not are added, so that little history says little): the detail pane explains it.</source>
        <translation>비슷한 과거 추천 중 성공한 거래의 비율입니다(기록이 적을 때 과장되지 않도록 성공 1건과 비성공 1건을 더해 계산합니다). 자세한 내용은 세부 정보 창에서 확인하세요.</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>맡은 사람</translation>
    </message>
</context>
<context>
    <name>ReferralRow</name>
    <message>
        <source>Its status &quot;%1&quot; is not one Referral Desk knows.</source>
        <translation>상태 &quot;%1&quot;: Referral Desk가 모르는 상태입니다.</translation>
    </message>
    <message>
        <source>Its id is not valid text (bytes that are not UTF-8), so the row can&apos;t be changed by its id.</source>
        <translation>ID가 올바른 텍스트가 아니어서(UTF-8이 아닌 바이트) ID로 이 행을 바꿀 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ReferralStore</name>
    <message>
        <source>There is no referral with the id &quot;%1&quot;.</source>
        <translation>ID가 &quot;%1&quot;인 추천이 없습니다.</translation>
    </message>
    <message>
        <source>This referral was changed meanwhile (it is now %1); look at it again before you decide.</source>
        <translation>그동안 이 추천이 변경되었습니다(현재 %1). 결정하기 전에 다시 확인하세요.</translation>
    </message>
    <message>
        <source>This referral was changed meanwhile; look at it again before you decide.</source>
        <translation>그동안 이 추천이 변경되었습니다. 결정하기 전에 다시 확인하세요.</translation>
    </message>
    <message>
        <source>This decision is final: the customer has already been told.</source>
        <translation>이 결정은 최종 결정입니다. 고객에게 이미 안내가 전달되었습니다.</translation>
    </message>
    <message>
        <source>This decision can&apos;t be undone: what it replaced could not be read back.</source>
        <translation>이 결정은 실행 취소할 수 없습니다. 바뀌기 전의 내용을 다시 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>It has a deadline, but a referral that is %1 has none.</source>
        <translation>마감이 설정되어 있지만, 상태가 %1인 추천에는 마감이 없습니다.</translation>
    </message>
    <message>
        <source>Its deadline passed at %1 and this referral is now %2; look at it again before you decide.</source>
        <translation>이 추천은 기한이 지나 상태가 바뀌었습니다(기한 경과 시각: %1, 현재 상태: %2). 결정하기 전에 다시 확인하세요.</translation>
    </message>
    <message>
        <source>%1 changed this referral at %2 and it is now %3; look at it again before you decide.</source>
        <translation>그사이 %1 님이 이 추천을 변경했습니다(변경 시각: %2, 현재 상태: %3). 결정하기 전에 다시 확인하세요.</translation>
    </message>
    <message>
        <source>%1 let go of this referral at %2; look at it again before you decide.</source>
        <translation>그사이 %1 님이 이 추천을 내려놓았습니다(시각: %2). 결정하기 전에 다시 확인하세요.</translation>
    </message>
    <message>
        <source>%1 claimed this referral at %2; look at it again before you decide.</source>
        <translation>그사이 %1 님이 이 추천을 맡았습니다(시각: %2). 결정하기 전에 다시 확인하세요.</translation>
    </message>
    <message>
        <source>%1 handed this referral to %2 at %3; look at it again before you decide.</source>
        <translation>그사이 %1 님이 이 추천을 다른 팀원에게 넘겼습니다(받은 사람: %2, 시각: %3). 결정하기 전에 다시 확인하세요.</translation>
    </message>
    <message>
        <source>The programme side routes referrals; a rep of the organisation claims and handles them.</source>
        <translation>프로그램 운영 측은 추천을 연결만 합니다. 추천을 맡아 처리하는 것은 해당 조직의 영업 담당자입니다.</translation>
    </message>
    <message>
        <source>Nobody called %1 is on this team.</source>
        <translation>이 팀에는 그런 이름의 팀원이 없습니다(이름: %1).</translation>
    </message>
    <message>
        <source>%1 does not work for the organisation of this referral.</source>
        <translation>이 추천이 속한 조직의 팀원이 아닙니다(이름: %1).</translation>
    </message>
    <message>
        <source>%1 is kept to other regions and can&apos;t see this referral. Grant them its region first (user grant %1 --region).</source>
        <translation>다른 지역만 맡도록 지정되어 이 추천을 볼 수 없습니다(이름: %1). 먼저 이 추천의 지역을 부여하세요(user grant %1 --region).</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>nothing in the period</source>
        <translation>기간 중 데이터 없음</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>받은 추천</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>관심 있음</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>수락</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>이번 기간</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>이전 기간</translation>
    </message>
    <message>
        <source>Within 24 hours (%)</source>
        <translation>24시간 이내 응답(%)</translation>
    </message>
    <message>
        <source>Missed (%)</source>
        <translation>누락됨(%)</translation>
    </message>
    <message>
        <source>Expired (%)</source>
        <translation>만료됨(%)</translation>
    </message>
    <message>
        <source>Median first answer (hours)</source>
        <translation>첫 응답 시간 중앙값(시간)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>예상</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>최종</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>PDF를 저장하지 못했습니다. 경로: %1, 원인: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>폴더가 없습니다: %1</translation>
    </message>
    <message>
        <source>Referral report</source>
        <translation>추천 보고서</translation>
    </message>
    <message>
        <source>the page could not be drawn</source>
        <translation>페이지를 그릴 수 없습니다</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>이전 기간</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>작성 일시</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>no rate</source>
        <translation>환율 없음</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>환산 금액(%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 (rate of %4)</source>
        <translation>1 %1 = %2 %3 (기준일 %4)</translation>
    </message>
    <message>
        <source>Converted to %1 at the rates you entered: %2.</source>
        <translation>입력한 환율로 환산한 통화: %1. 적용 환율: %2.</translation>
    </message>
    <message>
        <source>Not converted, no rate entered: %1.</source>
        <translation>환율을 입력하지 않아 환산하지 않은 금액: %1.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>퍼널</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>이번 기간</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>전환율</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>이전 기간</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>받은 추천</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>관심 있음</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>수락</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Referrals received in the period; each stage counts those that passed it.</source>
        <translation>기간 중에 받은 추천입니다. 각 단계는 그 단계를 거친 추천을 셉니다.</translation>
    </message>
    <message>
        <source>Outcomes by month</source>
        <translation>월별 결과</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Referrals archived in the period, by the month they closed.</source>
        <translation>기간 중에 보관된 추천을 종료된 월별로 나타냅니다.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Responsiveness</source>
        <translation>응답성</translation>
    </message>
    <message>
        <source>Referrals considered</source>
        <translation>집계한 추천</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>응답함</translation>
    </message>
    <message>
        <source>Median first answer</source>
        <translation>첫 응답 시간 중앙값</translation>
    </message>
    <message>
        <source>Answered within 24 hours</source>
        <translation>24시간 이내 응답</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>누락됨</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료됨</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) arrived already answered and are left out.</source>
        <translation>
            <numerusform>이미 응답된 상태로 들어온 추천 %n건은 제외했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Within 24 hours</source>
        <translation>24시간 이내</translation>
    </message>
    <message>
        <source>Previous period: median</source>
        <translation>이전 기간 중앙값</translation>
    </message>
    <message>
        <source>First answers by rep</source>
        <translation>담당자별 첫 응답</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>First answers by business profile</source>
        <translation>비즈니스 프로필별 첫 응답</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>비즈니스 프로필</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>추천</translation>
    </message>
    <message>
        <source>Open value</source>
        <translation>진행 중 금액</translation>
    </message>
    <message numerus="yes">
        <source>%n open referral(s) without a value are not in the sums.</source>
        <translation>
            <numerusform>금액이 없는 진행 중 추천 %n건은 합계에 포함되지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast by estimated closing month</source>
        <translation>예상 완료 월별 예측</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>거래</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>예상 거래 금액</translation>
    </message>
    <message>
        <source>Estimates against outcomes</source>
        <translation>예상과 결과 비교</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>성공한 거래</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>예상</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>최종</translation>
    </message>
    <message>
        <source>Closed late</source>
        <translation>예상보다 늦게 완료</translation>
    </message>
    <message>
        <source>Closed early</source>
        <translation>예상보다 일찍 완료</translation>
    </message>
    <message>
        <source>Median slip (days)</source>
        <translation>지연 일수 중앙값</translation>
    </message>
    <message>
        <source>Deals won in the period against their last estimate; a negative slip closed before the estimated date.</source>
        <translation>기간 중에 성공한 거래를 마지막 예상과 비교합니다. 지연 일수가 음수이면 예상 완료 날짜보다 먼저 완료된 것입니다.</translation>
    </message>
</context>
<context>
    <name>SimilarReferrals</name>
    <message>
        <source>No similar past referrals (%1) yet: the fit is neutral.</source>
        <translation>아직 비슷한 과거 추천이 없어 적합도를 중립으로 봅니다(%1).</translation>
    </message>
    <message>
        <source>Similar past referrals (%1): %2; you accepted %3 and won %4</source>
        <translation>비슷한 과거 추천(%1): %2건 중 수락 %3건, 성공 %4건</translation>
    </message>
    <message>
        <source>; median won value %1.</source>
        <translation>; 성공한 거래 금액 중앙값 %1.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation>새 추천</translation>
    </message>
    <message>
        <source>Evaluating</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>협상 중</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>누락됨</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료됨</translation>
    </message>
</context>
<context>
    <name>TeamAccounts</name>
    <message>
        <source>Users are for team databases on a PostgreSQL server; a database file has one user, whoever opens it.</source>
        <translation>사용자 관리는 PostgreSQL 서버의 팀 데이터베이스에서만 쓸 수 있습니다. 데이터베이스 파일은 여는 사람 한 명이 사용합니다.</translation>
    </message>
    <message>
        <source>A user name must have 1 to 63 bytes, no spaces at either end, and not begin with pg_ or referral_desk_: %1</source>
        <translation>사용자 이름은 1~63바이트여야 하고, 앞뒤에 공백이 없어야 하며, pg_ 또는 referral_desk_로 시작할 수 없습니다. 입력한 이름: %1</translation>
    </message>
    <message>
        <source>Reps and managers belong to a partner organisation; the programme side belongs to none.</source>
        <translation>영업 담당자와 관리자는 파트너 조직에 속하고, 프로그램 운영 측 사용자는 어느 조직에도 속하지 않습니다.</translation>
    </message>
    <message>
        <source>The server already has a user or role named %1. Choose another name, or change what %1 does with user grant.</source>
        <translation>서버에 같은 이름의 사용자나 역할이 이미 있습니다: %1. 다른 이름을 고르거나 user grant로 역할을 바꾸세요.</translation>
    </message>
    <message>
        <source>There is no partner organisation with the id %1. Add it with partner add first.</source>
        <translation>ID가 %1인 파트너 조직이 없습니다. 먼저 partner add로 추가하세요.</translation>
    </message>
    <message>
        <source>%1 is not a user of this team database. Add them with user add.</source>
        <translation>이 팀 데이터베이스의 사용자가 아닙니다: %1. user add로 추가하세요.</translation>
    </message>
    <message>
        <source>%1 has not been granted the region %2.</source>
        <translation>이 사용자에게 부여되지 않은 지역입니다(사용자: %1, 지역: %2).</translation>
    </message>
    <message>
        <source>%1 has no business profile for the region %2; a rep can be kept only to regions their organisation works in.</source>
        <translation>이 조직에는 해당 지역의 비즈니스 프로필이 없습니다(조직: %1, 지역: %2). 영업 담당자에게는 조직이 활동하는 지역만 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only the server&apos;s administrator (a user who may create roles) adds people to a team database or changes what they do. Ask whoever runs the server.</source>
        <translation>팀 데이터베이스에 사람을 추가하거나 하는 일을 바꾸는 것은 서버 관리자(역할을 만들 수 있는 사용자)만 할 수 있습니다. 서버를 운영하는 사람에게 요청하세요.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be a user name: PostgreSQL keeps it for itself, or it holds a tab, a line break or another control character.</source>
        <translation>사용자 이름으로 쓸 수 없습니다(이름: %1). PostgreSQL이 예약한 이름이거나 탭, 줄바꿈 같은 제어 문자가 들어 있습니다.</translation>
    </message>
    <message>
        <source>Only a rep can be kept to regions: managers and the programme side see every region.</source>
        <translation>지역은 영업 담당자에게만 지정할 수 있습니다. 관리자와 프로그램 운영 측은 모든 지역을 봅니다.</translation>
    </message>
    <message>
        <source>That would leave %1 without a region, and a rep without one sees every region of the organisation. Grant the new region first, or let them see every region with user grant %1 --every-region.</source>
        <translation>그러면 이 사용자에게 남는 지역이 없고, 지역이 없는 영업 담당자는 조직의 모든 지역을 보게 됩니다(사용자: %1). 새 지역을 먼저 부여하거나, 모든 지역을 보게 하려면 user grant %1 --every-region을 실행하세요.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <source>This decision is final: it can only be undone within %n second(s).</source>
        <translation>
            <numerusform>이 결정은 최종 결정입니다. %n초 이내에만 실행 취소할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>This decision can&apos;t be undone: the referral has changed since.</source>
        <translation>이 결정은 실행 취소할 수 없습니다. 그 사이에 추천이 변경되었습니다.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Triage partner referrals.</source>
        <translation>파트너 추천을 분류합니다.</translation>
    </message>
    <message>
        <source>Start the clock at this instant (for demonstrations).</source>
        <translation>이 시각부터 시계를 시작합니다(시연용).</translation>
    </message>
    <message>
        <source>The name recorded with your decisions.</source>
        <translation>결정과 함께 기록할 이름.</translation>
    </message>
    <message>
        <source>Save a picture of each tab into this folder and quit.</source>
        <translation>각 탭의 화면을 이 폴더에 이미지로 저장하고 종료합니다.</translation>
    </message>
    <message>
        <source>Referral Desk</source>
        <translation>Referral Desk</translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 date and time such as 2024-05-01T09:30:00Z.</source>
        <translation>--now에는 2024-05-01T09:30:00Z 같은 ISO 8601 날짜와 시간을 쓰세요.</translation>
    </message>
    <message>
        <source>The language of the window: ko or en.</source>
        <translation>창의 언어: ko 또는 en.</translation>
    </message>
    <message>
        <source>--lang must be ko or en.</source>
        <translation>--lang에는 ko 또는 en을 쓰세요.</translation>
    </message>
    <message>
        <source>The database to open: a file, or a team server as postgresql://user@host/database.</source>
        <translation>열 데이터베이스: 파일 경로, 또는 postgresql://사용자@호스트/데이터베이스 형식의 팀 서버 주소.</translation>
    </message>
</context>
<context>
    <name>rd::AcceptDialog</name>
    <message>
        <source>Accept referral</source>
        <translation>추천 수락</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>수락</translation>
    </message>
    <message>
        <source>Accepting “%1” moves it to Negotiating. The customer sees that you engage.</source>
        <translation>‘%1’ 추천을 수락하면 협상 중으로 이동합니다. 고객은 귀사가 응대하고 있음을 알게 됩니다.</translation>
    </message>
    <message>
        <source>The closing date %1 is more than %2 years ahead; check the year.</source>
        <translation>예상 완료 날짜 %1: %2년보다 더 뒤의 날짜입니다. 연도를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>rd::AddPartnerDialog</name>
    <message>
        <source>A partner with this id is stored already: OK gives it this name.</source>
        <translation>이 ID의 파트너가 이미 저장되어 있습니다. 확인을 누르면 이 이름으로 바뀝니다.</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>파트너 추가</translation>
    </message>
    <message>
        <source>A partner organisation taking part in the programme. Its business profiles say where it does business.</source>
        <translation>프로그램에 참여하는 파트너 조직입니다. 비즈니스 프로필에 이 파트너가 사업하는 곳을 기록합니다.</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
</context>
<context>
    <name>rd::ArchivedFilterBar</name>
    <message>
        <source>Closed between</source>
        <translation>종료 날짜 범위</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>모든 결과</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>결과:</translation>
    </message>
    <message>
        <source>Review and totals…</source>
        <translation>검토 및 합계…</translation>
    </message>
    <message>
        <source>Several outcomes, country, business profile, rep and reason, with totals and exports</source>
        <translation>여러 결과, 국가, 비즈니스 프로필, 담당자, 사유로 거르고 합계를 보거나 내보냅니다</translation>
    </message>
</context>
<context>
    <name>rd::BusinessProfilesWindow</name>
    <message>
        <source>That business profile is no longer stored; the list was read again.</source>
        <translation>해당 비즈니스 프로필이 더 이상 저장되어 있지 않아 목록을 다시 읽었습니다.</translation>
    </message>
    <message>
        <source>Business profile added.</source>
        <translation>비즈니스 프로필을 추가했습니다.</translation>
    </message>
    <message>
        <source>Business profile saved.</source>
        <translation>비즈니스 프로필을 저장했습니다.</translation>
    </message>
    <message>
        <source>The edits were dropped.</source>
        <translation>수정한 내용을 버렸습니다.</translation>
    </message>
    <message>
        <source>Partner saved: %1</source>
        <translation>파트너를 저장했습니다: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>This business profile has changes that are not saved.</source>
        <translation>이 비즈니스 프로필에 저장하지 않은 변경 사항이 있습니다.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>계속하기 전에 저장할까요?</translation>
    </message>
    <message>
        <source>They can&apos;t be saved until the problems under the form are fixed. Discard them?</source>
        <translation>입력란 아래의 문제를 해결해야 저장할 수 있습니다. 변경 사항을 버릴까요?</translation>
    </message>
    <message>
        <source>Choose a profile in the list, or make a new one with New profile.</source>
        <translation>목록에서 프로필을 선택하거나 [새 프로필]로 새로 만드세요.</translation>
    </message>
    <message>
        <source>New business profile</source>
        <translation>새 비즈니스 프로필</translation>
    </message>
    <message>
        <source>Business profile: %1</source>
        <translation>비즈니스 프로필: %1</translation>
    </message>
    <message>
        <source>Business profiles</source>
        <translation>비즈니스 프로필</translation>
    </message>
    <message>
        <source>Partners and pro&amp;files:</source>
        <translation>파트너 및 프로필(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>파트너 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Ne&amp;w profile</source>
        <translation>새 프로필(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the profile (%1)</source>
        <translation>프로필 저장(%1)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>되돌리기(&amp;V)</translation>
    </message>
    <message>
        <source>Show the profile as it is stored, dropping the edits</source>
        <translation>수정한 내용을 버리고 저장된 프로필을 표시합니다</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>프로필 저장</translation>
    </message>
</context>
<context>
    <name>rd::ClaimController</name>
    <message>
        <source>&amp;Claim</source>
        <translation>맡기(&amp;C)</translation>
    </message>
    <message>
        <source>Tell your colleagues that you are handling this referral</source>
        <translation>이 추천을 내가 맡아 처리한다고 동료에게 알립니다</translation>
    </message>
    <message>
        <source>&amp;Let go</source>
        <translation>내려놓기(&amp;L)</translation>
    </message>
    <message>
        <source>End your claim, so that a colleague can take the referral</source>
        <translation>동료가 이 추천을 맡을 수 있도록 내려놓습니다</translation>
    </message>
    <message>
        <source>&amp;Hand to a colleague…</source>
        <translation>동료에게 넘기기(&amp;H)…</translation>
    </message>
    <message>
        <source>Give the referral to a colleague to handle</source>
        <translation>이 추천을 동료가 처리하도록 넘깁니다</translation>
    </message>
    <message>
        <source>Hand to a colleague</source>
        <translation>동료에게 넘기기</translation>
    </message>
    <message>
        <source>Who is to handle “%1”?</source>
        <translation>“%1” 추천을 누가 맡을까요?</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>넘기기</translation>
    </message>
    <message>
        <source>Nobody is handling “%1” now.</source>
        <translation>이제 “%1” 추천을 맡은 사람이 없습니다.</translation>
    </message>
    <message>
        <source>You are handling “%1”: your colleagues see it.</source>
        <translation>“%1” 추천을 내가 맡았습니다. 동료들에게도 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 is handling “%2” now.</source>
        <translation>이제 %1 님이 “%2” 추천을 맡습니다.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
</context>
<context>
    <name>rd::ConnectionIndicator</name>
    <message>
        <source>Connected to the server again; the referrals were reloaded.</source>
        <translation>서버에 다시 연결되어 추천을 새로 불러왔습니다.</translation>
    </message>
    <message>
        <source>Server unreachable: trying again; nothing can be decided until it is back</source>
        <translation>서버에 연결할 수 없어 다시 시도하는 중입니다. 연결될 때까지 결정할 수 없습니다</translation>
    </message>
    <message>
        <source>The connection to the team&apos;s server was lost. Referral Desk tries again every few seconds and reloads every tab once it is back. Decisions made meanwhile are refused, never lost silently.</source>
        <translation>팀 서버와의 연결이 끊어졌습니다. Referral Desk가 몇 초마다 다시 연결을 시도하고, 연결되면 모든 탭을 새로 불러옵니다. 그동안 내린 결정은 거부되며, 알리지 않고 사라지는 일은 없습니다.</translation>
    </message>
</context>
<context>
    <name>rd::DashboardWindow</name>
    <message>
        <source>The first day comes after the last.</source>
        <translation>시작 날짜가 마지막 날짜보다 늦습니다.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>계산하는 중…</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>보고서를 계산하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>This period: %1 · Previous period: %2</source>
        <translation>이번 기간: %1 · 이전 기간: %2</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>모든 파트너</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>대시보드를 PDF로 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>저장했습니다: %1</translation>
    </message>
    <message>
        <source>The report is not ready yet.</source>
        <translation>보고서가 아직 준비되지 않았습니다.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>이번 달</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>지난달</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>이번 분기</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>최근 90일</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>올해</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>직접 선택한 날짜</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>파트너:</translation>
    </message>
    <message>
        <source>Convert to one currency</source>
        <translation>한 가지 통화로 환산</translation>
    </message>
    <message>
        <source>Rates…</source>
        <translation>환율…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>rd::DatabaseActions</name>
    <message>
        <source>&amp;New database…</source>
        <translation>새 데이터베이스(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 데이터베이스 열기(&amp;R)</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>최근에 연 데이터베이스가 없습니다</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>새 데이터베이스</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>Referral Desk databases (*.sqlite)</source>
        <translation>Referral Desk 데이터베이스 (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Connect to team &amp;server…</source>
        <translation>팀 서버에 연결(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>rd::DateInput</name>
    <message>
        <source>Enter the date.</source>
        <translation>날짜를 입력하세요.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as %2.</source>
        <translation>‘%1’: 날짜가 아닙니다. %2 형식으로 입력하세요.</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>달력에서 날짜 선택</translation>
    </message>
</context>
<context>
    <name>rd::DeadlineAlerts</name>
    <message>
        <source>New referrals</source>
        <translation>새 추천</translation>
    </message>
    <message numerus="yes">
        <source>%n new referral(s) to triage.</source>
        <translation>
            <numerusform>분류할 새 추천이 %n건 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline within %1</source>
        <translation>%1 이내 마감</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) run out of time within %1.</source>
        <translation>
            <numerusform>추천 %n건의 응답 시간이 %1 이내에 끝납니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::Desk</name>
    <message>
        <source>Referral Desk</source>
        <translation>Referral Desk</translation>
    </message>
    <message>
        <source>“%1” already exists and was left as it is; open it with File &gt; Open database….</source>
        <translation>‘%1’ 파일이 이미 있어 그대로 두었습니다. 이 파일을 열려면 파일 &gt; 데이터베이스 열기…를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>rd::EmptyState</name>
    <message>
        <source>No referrals yet</source>
        <translation>아직 추천이 없습니다</translation>
    </message>
    <message>
        <source>Import the referrals you exported from Partner Center as JSON, or load sample referrals to try Referral Desk.</source>
        <translation>파트너 센터에서 JSON으로 내보낸 추천을 가져오거나, 샘플 추천을 불러와 Referral Desk를 사용해 보세요.</translation>
    </message>
    <message>
        <source>Import referrals…</source>
        <translation>추천 가져오기…</translation>
    </message>
    <message>
        <source>Load sample referrals</source>
        <translation>샘플 추천 불러오기</translation>
    </message>
</context>
<context>
    <name>rd::EstimateController</name>
    <message>
        <source>Update &amp;estimate…</source>
        <translation>예상 정보 업데이트(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the estimated deal value, currency, closing date or notes of the deal in negotiation</source>
        <translation>협상 중인 거래의 예상 거래 금액, 통화, 예상 완료 날짜 또는 메모를 변경합니다</translation>
    </message>
    <message>
        <source>Updated the estimate of “%1”: %2, closing on %3.</source>
        <translation>“%1”의 예상 정보를 업데이트했습니다: %2, 예상 완료 날짜 %3.</translation>
    </message>
</context>
<context>
    <name>rd::EstimateDialog</name>
    <message>
        <source>Update estimate</source>
        <translation>예상 정보 업데이트</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <source>Keep the estimate of “%1” current while you negotiate: each change is kept in its history with the old and new values.</source>
        <translation>협상하는 동안 “%1”의 예상 정보를 최신으로 유지하세요. 변경할 때마다 이전 값과 새 값이 기록에 남습니다.</translation>
    </message>
</context>
<context>
    <name>rd::EstimateFields</name>
    <message>
        <source>Estimated deal value:</source>
        <translation>예상 거래 금액:</translation>
    </message>
    <message>
        <source>Estimated closing date:</source>
        <translation>예상 완료 날짜:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>메모:</translation>
    </message>
</context>
<context>
    <name>rd::ExportRunner</name>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>쓰는 중: %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) written…</source>
        <translation>
            <numerusform>추천 %n건 기록함…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::FindPartnerWindow</name>
    <message>
        <source>Searching…</source>
        <translation>찾는 중…</translation>
    </message>
    <message>
        <source>The search did not run: %1</source>
        <translation>검색하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>No active business profile with a location in %1 serves this customer.</source>
        <translation>이 고객을 지원하는 활성 비즈니스 프로필이 없습니다(소재지 국가: %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) found, best first. Hover over a row to see why it stands there.</source>
        <translation>
            <numerusform>파트너 %n곳을 찾았습니다. 가장 잘 맞는 파트너부터 표시되며, 행 위에 마우스를 올리면 그 순위의 이유가 보입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select 1 to %1 partners to send them an RFI.</source>
        <translation>정보 요청서(RFI)를 보낼 파트너를 1~%1곳 선택하세요.</translation>
    </message>
    <message>
        <source>An RFI goes to at most %1 partners; %2 are selected.</source>
        <translation>정보 요청서(RFI)는 파트너 최대 %1곳에 보낼 수 있습니다. 지금 선택한 파트너: %2곳</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) selected.</source>
        <translation>
            <numerusform>파트너 %n곳을 선택했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 (프로필: %2)</translation>
    </message>
    <message numerus="yes">
        <source>RFI sent as engagement %1; %n referral(s) created: %2</source>
        <translation>
            <numerusform>정보 요청서(RFI)를 보냈습니다(참여 ID: %1). 만든 추천 %n건: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation>파트너 찾기</translation>
    </message>
    <message>
        <source>Send &amp;RFI…</source>
        <translation>RFI 보내기(&amp;R)…</translation>
    </message>
    <message>
        <source>Send the customer&apos;s request for information to the selected partners</source>
        <translation>고객의 정보 요청서(RFI)를 선택한 파트너에게 보냅니다</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>rd::FoundPartnerModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>How much of the request the profile covers</source>
        <translation>프로필이 요청 내용을 얼마나 충족하는지</translation>
    </message>
    <message>
        <source>How fast and how reliably the partner answered referrals in the last %1 days</source>
        <translation>최근 %1일 동안 파트너가 추천에 얼마나 빠르고 꾸준하게 응답했는지</translation>
    </message>
    <message>
        <source>How the partner treated similar deals: high when it accepted them</source>
        <translation>파트너가 비슷한 거래를 어떻게 처리했는지: 수락한 거래가 많을수록 높습니다</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>적합도</translation>
    </message>
    <message>
        <source>Responsiveness</source>
        <translation>응답성</translation>
    </message>
    <message>
        <source>Choosiness</source>
        <translation>수락 성향</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
</context>
<context>
    <name>rd::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Referral Desk</source>
        <translation>Referral Desk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Referral Desk</source>
        <translation>Referral Desk 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Referral Desk %1&lt;/h3&gt;&lt;p&gt;Triage partner referrals from Partner Center within their deadlines.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Referral Desk %1&lt;/h3&gt;&lt;p&gt;파트너 센터의 추천을 마감 안에 분류합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;&lt;p&gt;Licence: proprietary, all rights reserved. Qt is used under the GNU Lesser General Public License, version 3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt %1 버전으로 빌드했으며 Qt %2 버전에서 실행 중입니다.&lt;/p&gt;&lt;p&gt;라이선스: 독점 소프트웨어, 모든 권리 보유. Qt는 GNU 약소 일반 공중 사용 허가서(LGPL) 버전 3에 따라 사용합니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rd::ImportController</name>
    <message>
        <source>Importing referrals</source>
        <translation>추천 가져오는 중</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <source>The file can&apos;t be read: you may not have permission to read it.</source>
        <translation>파일을 읽을 수 없습니다. 읽기 권한이 없을 수 있습니다.</translation>
    </message>
    <message>
        <source>Stop importing</source>
        <translation>가져오기 중지</translation>
    </message>
    <message>
        <source>Stopping after the referrals being stored…</source>
        <translation>저장 중인 추천까지 저장하고 멈추는 중…</translation>
    </message>
</context>
<context>
    <name>rd::ImportReportDialog</name>
    <message>
        <source>Import finished</source>
        <translation>가져오기 완료</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) imported.</source>
        <translation>
            <numerusform>추천 %n건을 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there (duplicates).</source>
        <translation>
            <numerusform>%n건은 이미 있습니다(중복).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected.</source>
        <translation>
            <numerusform>%n건이 거부되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>레코드</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>거부 사유</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Now in each status: %1.</source>
        <translation>상태별 현재 건수: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n arrived after its deadline and was archived at once; the customer will be told to choose another partner.</source>
        <translation>
            <numerusform>%n건은 마감이 지난 뒤에 들어와 바로 보관되었습니다. 고객에게 다른 파트너를 선택하라는 안내가 전달됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 rejected records are listed below.</source>
        <translation>거부된 레코드 중 처음 %1개를 아래에 표시합니다.</translation>
    </message>
    <message>
        <source>The import was stopped; the referrals stored until then stay stored. Import the file again to add the rest: what is already there counts as duplicates.</source>
        <translation>가져오기를 중지했습니다. 그때까지 저장된 추천은 그대로 남습니다. 나머지를 추가하려면 파일을 다시 가져오세요. 이미 있는 추천은 중복으로 셉니다.</translation>
    </message>
    <message>
        <source>The record&apos;s position in the file, counted from 0 as the command line counts it.</source>
        <translation>파일 안에서 레코드의 위치입니다. 명령줄과 같이 0부터 셉니다.</translation>
    </message>
</context>
<context>
    <name>rd::LocationsEditor</name>
    <message>
        <source>Add l&amp;ocation</source>
        <translation>위치 추가(&amp;O)</translation>
    </message>
    <message>
        <source>A profile has up to %1 locations.</source>
        <translation>프로필에는 위치를 최대 %1개까지 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Country: the two-letter ISO 3166 code, such as KR or US</source>
        <translation>국가: KR, US 같은 두 글자 ISO 3166 코드</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove this location</source>
        <translation>이 위치 제거</translation>
    </message>
</context>
<context>
    <name>rd::MailComposer</name>
    <message>
        <source>a referral</source>
        <translation>추천</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>안녕하세요.</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>%1 님, 안녕하세요.</translation>
    </message>
    <message>
        <source>Customer size: %1</source>
        <translation>고객 규모: %1</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>국가: %1</translation>
    </message>
    <message>
        <source>Industries: %1</source>
        <translation>산업: %1</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>제품: %1</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>서비스: %1</translation>
    </message>
    <message>
        <source>Solutions: %1</source>
        <translation>솔루션: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>메모: %1</translation>
    </message>
    <message>
        <source>A customer sent you a new referral: &quot;%1&quot;.</source>
        <translation>고객이 새 추천을 보냈습니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Answer within 24 hours (recommended): by %1</source>
        <translation>24시간 안에 응답하세요(권장): %1까지</translation>
    </message>
    <message>
        <source>Without an answer by %1 it is archived as Missed, and the customer is told to choose a different partner.</source>
        <translation>%1까지 응답하지 않으면 누락됨으로 보관되고, 고객에게 다른 파트너를 선택하라는 안내가 전달됩니다.</translation>
    </message>
    <message>
        <source>Open Referral Desk and answer &quot;I&apos;m interested&quot; or &quot;No thanks&quot;. Fast answers raise your visibility in Find a partner.</source>
        <translation>Referral Desk를 열고 &quot;관심 있음&quot; 또는 &quot;관심 없음&quot;으로 응답하세요. 빨리 응답할수록 파트너 찾기에서 더 잘 보입니다.</translation>
    </message>
    <message>
        <source>New referral: %1</source>
        <translation>새 추천: %1</translation>
    </message>
    <message>
        <source>The partner you contacted</source>
        <translation>연락하신 파트너</translation>
    </message>
    <message>
        <source>Thank you for your request &quot;%1&quot;.</source>
        <translation>요청해 주셔서 감사합니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 can&apos;t take it on. Please choose a different partner in Find a partner; your request stays as you wrote it.</source>
        <translation>안타깝게도 이 요청을 맡을 수 없다는 답변을 받았습니다(파트너: %1). 파트너 찾기에서 다른 파트너를 선택해 주세요. 요청 내용은 작성하신 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>Please choose a different partner: %1</source>
        <translation>다른 파트너를 선택해 주세요: %1</translation>
    </message>
    <message>
        <source>Not answered within 24 hours: %1</source>
        <translation>24시간 안에 응답하지 않음: %1</translation>
    </message>
    <message>
        <source>The referral &quot;%1&quot; has waited 24 hours without an answer. Fast answers raise your visibility in Find a partner.</source>
        <translation>추천 &quot;%1&quot;에 24시간 동안 응답이 없었습니다. 빨리 응답할수록 파트너 찾기에서 더 잘 보입니다.</translation>
    </message>
    <message>
        <source>Deadline at %1: %2</source>
        <translation>마감 %1: %2</translation>
    </message>
    <message>
        <source>Accept or decline &quot;%1&quot; before %2, or it expires and the customer is told to choose a different partner.</source>
        <translation>%2 전에 &quot;%1&quot; 추천을 수락하거나 거절하세요. 그러지 않으면 만료되고, 고객에게 다른 파트너를 선택하라는 안내가 전달됩니다.</translation>
    </message>
    <message>
        <source>Answer &quot;%1&quot; before %2, or it is archived as Missed and the customer is told to choose a different partner.</source>
        <translation>%2 전에 &quot;%1&quot; 추천에 응답하세요. 그러지 않으면 누락됨으로 보관되고, 고객에게 다른 파트너를 선택하라는 안내가 전달됩니다.</translation>
    </message>
</context>
<context>
    <name>rd::MailSettings</name>
    <message>
        <source>The server must be a URL such as smtp://mail.example.com:587 or smtps://mail.example.com:465, not &quot;%1&quot;.</source>
        <translation>서버는 smtp://mail.example.com:587 또는 smtps://mail.example.com:465 같은 URL이어야 합니다. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Give the user with --user, not inside the server URL: a password must never be stored with the settings.</source>
        <translation>사용자는 서버 URL 안이 아니라 --user로 지정하세요. 암호는 설정과 함께 저장하면 안 됩니다.</translation>
    </message>
    <message>
        <source>The sender &quot;%1&quot; is not an e-mail address.</source>
        <translation>보내는 사람 &quot;%1&quot; 값은 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>The user name is not one a mail server accepts.</source>
        <translation>메일 서버가 받아들일 수 없는 사용자 이름입니다.</translation>
    </message>
</context>
<context>
    <name>rd::MailSettingsDialog</name>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>The settings are saved, but the keyring could not keep the password: %1
Without a keyring, Referral Desk reads the password from the environment variable REFERRAL_DESK_SMTP_PASSWORD when it sends.</source>
        <translation>설정은 저장했지만 키링에 암호를 보관하지 못했습니다: %1
키링이 없으면 Referral Desk는 보낼 때 환경 변수 REFERRAL_DESK_SMTP_PASSWORD에서 암호를 읽습니다.</translation>
    </message>
    <message>
        <source>Mail settings</source>
        <translation>메일 설정</translation>
    </message>
    <message>
        <source>The outbox sends its e-mail through this SMTP server. The settings belong to this database; the password is kept in the system keyring, never in the database.</source>
        <translation>발송함은 이 SMTP 서버를 통해 이메일을 보냅니다. 설정은 이 데이터베이스에 저장되며, 암호는 데이터베이스가 아니라 시스템 키링에만 보관됩니다.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>서버(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>보내는 사람(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>암호(&amp;P):</translation>
    </message>
    <message>
        <source>None: the server takes mail without logging in</source>
        <translation>없음: 서버가 로그인 없이 메일을 받습니다</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>변경 안 함</translation>
    </message>
    <message>
        <source>Leave it empty to keep the password the keyring has.</source>
        <translation>비워 두면 키링에 있는 암호를 그대로 씁니다.</translation>
    </message>
    <message>
        <source>REFERRAL_DESK_SMTP_PASSWORD is set: sending uses it instead of the keyring&apos;s password.</source>
        <translation>REFERRAL_DESK_SMTP_PASSWORD가 설정되어 있습니다. 보낼 때 키링의 암호 대신 이 값을 씁니다.</translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <source>New (%1)</source>
        <translation>새 추천 (%1)</translation>
    </message>
    <message>
        <source>Evaluating (%1)</source>
        <translation>평가 (%1)</translation>
    </message>
    <message>
        <source>Negotiating (%1)</source>
        <translation>협상 중 (%1)</translation>
    </message>
    <message>
        <source>Archived (%1)</source>
        <translation>보관된 추천 (%1)</translation>
    </message>
    <message>
        <source>Referral Desk</source>
        <translation>Referral Desk</translation>
    </message>
    <message>
        <source>Search this tab (Ctrl+F)</source>
        <translation>이 탭에서 검색(Ctrl+F)</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>복사했습니다: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>I&apos;m &amp;interested</source>
        <translation>관심 있음(&amp;I)</translation>
    </message>
    <message>
        <source>Move the referral to Evaluating and see the customer&apos;s details</source>
        <translation>추천을 평가로 이동하고 고객 세부 정보를 확인합니다</translation>
    </message>
    <message>
        <source>&amp;No thanks</source>
        <translation>관심 없음(&amp;N)</translation>
    </message>
    <message>
        <source>Archive the referral as Skipped; the customer is told to choose another partner</source>
        <translation>추천을 건너뜀으로 보관합니다. 고객에게 다른 파트너를 선택하라는 안내가 전달됩니다</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>수락(&amp;A)…</translation>
    </message>
    <message>
        <source>Accept with an estimated deal value and closing date</source>
        <translation>예상 거래 금액과 예상 완료 날짜를 입력하고 수락합니다</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>거절(&amp;D)…</translation>
    </message>
    <message>
        <source>Decline with a reason; the customer is told to choose another partner</source>
        <translation>사유를 입력하고 거절합니다. 고객에게 다른 파트너를 선택하라는 안내가 전달됩니다</translation>
    </message>
    <message>
        <source>&amp;Won…</source>
        <translation>성공(&amp;W)…</translation>
    </message>
    <message>
        <source>Report the deal as won</source>
        <translation>거래를 성공으로 보고합니다</translation>
    </message>
    <message>
        <source>&amp;Lost…</source>
        <translation>실패(&amp;L)…</translation>
    </message>
    <message>
        <source>Report the deal as lost, with a reason</source>
        <translation>사유와 함께 거래를 실패로 보고합니다</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Next referral</source>
        <translation>다음 추천</translation>
    </message>
    <message>
        <source>Previous referral</source>
        <translation>이전 추천</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import referrals…</source>
        <translation>추천 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Load &amp;sample referrals</source>
        <translation>샘플 추천 불러오기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Referral</source>
        <translation>추천(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Time ran out: this referral is now archived as Missed, and the customer is told to choose another partner.</source>
        <translation>응답 시간이 지났습니다. 이 추천은 누락됨으로 보관되었으며, 고객에게 다른 파트너를 선택하라는 안내가 전달됩니다.</translation>
    </message>
    <message>
        <source>Time ran out: this referral is now archived as Expired, and the customer is told to choose another partner.</source>
        <translation>응답 시간이 지났습니다. 이 추천은 만료됨으로 보관되었으며, 고객에게 다른 파트너를 선택하라는 안내가 전달됩니다.</translation>
    </message>
    <message>
        <source>Import referrals</source>
        <translation>추천 가져오기</translation>
    </message>
    <message>
        <source>Partner Center referrals (*.json);;All files (*)</source>
        <translation>파트너 센터 추천 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>An import is still running; drop the files again when it has finished.</source>
        <translation>가져오기가 아직 진행 중입니다. 가져오기가 끝나면 파일을 다시 끌어다 놓으세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample referral(s) loaded.</source>
        <translation>
            <numerusform>샘플 추천 %n건을 불러왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>New (%1 of %2)</source>
        <translation>새 추천 (%2건 중 %1건)</translation>
    </message>
    <message>
        <source>Evaluating (%1 of %2)</source>
        <translation>평가 (%2건 중 %1건)</translation>
    </message>
    <message>
        <source>Negotiating (%1 of %2)</source>
        <translation>협상 중 (%2건 중 %1건)</translation>
    </message>
    <message>
        <source>Archived (%1 of %2)</source>
        <translation>보관된 추천 (%2건 중 %1건)</translation>
    </message>
    <message>
        <source>%1 — Referral Desk</source>
        <translation>%1 — Referral Desk</translation>
    </message>
    <message>
        <source>%1 ran out of time and is archived as Expired; the customer is told to choose another partner.</source>
        <translation>%1 추천의 응답 시간이 끝나 만료됨으로 보관되었습니다. 고객에게 다른 파트너를 선택하라는 안내가 전달됩니다.</translation>
    </message>
    <message>
        <source>%1 ran out of time and is archived as Missed; the customer is told to choose another partner.</source>
        <translation>%1 추천의 응답 시간이 끝나 누락됨으로 보관되었습니다. 고객에게 다른 파트너를 선택하라는 안내가 전달됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) ran out of time and are archived: %1.</source>
        <translation>
            <numerusform>추천 %n건의 응답 시간이 끝나 보관되었습니다: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) ran out of time and are archived: %1 and %2 more.</source>
        <translation>
            <numerusform>추천 %n건의 응답 시간이 끝나 보관되었습니다: %1 외 %2건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived: time ran out</source>
        <translation>보관됨: 응답 시간 종료</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <source>&amp;Remove sample referrals…</source>
        <translation>샘플 추천 제거(&amp;R)…</translation>
    </message>
    <message>
        <source>Sample referrals can be loaded only into an empty database, so that they never mix with real ones.</source>
        <translation>샘플 추천은 빈 데이터베이스에만 불러올 수 있습니다. 실제 추천과 섞이지 않게 하기 위해서입니다.</translation>
    </message>
    <message>
        <source>Remove sample referrals</source>
        <translation>샘플 추천 제거</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n sample referral(s) with their history? Imported referrals stay as they are.</source>
        <translation>
            <numerusform>샘플 추천 %n건을 기록과 함께 모두 지울까요? 가져온 추천은 그대로 남습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample referral(s) removed.</source>
        <translation>
            <numerusform>샘플 추천 %n건을 지웠습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>New (%1 or more of %2)</source>
        <translation>새 추천 (%2건 중 %1건 이상)</translation>
    </message>
    <message>
        <source>Evaluating (%1 or more of %2)</source>
        <translation>평가 (%2건 중 %1건 이상)</translation>
    </message>
    <message>
        <source>Negotiating (%1 or more of %2)</source>
        <translation>협상 중 (%2건 중 %1건 이상)</translation>
    </message>
    <message>
        <source>Archived (%1 or more of %2)</source>
        <translation>보관된 추천 (%2건 중 %1건 이상)</translation>
    </message>
</context>
<context>
    <name>rd::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Undo (%1 s)</source>
        <translation>실행 취소(%1초)</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>자세히…</translation>
    </message>
</context>
<context>
    <name>rd::OutboxModel</name>
    <message>
        <source>New referral alert</source>
        <translation>새 추천 알림</translation>
    </message>
    <message>
        <source>Customer notice</source>
        <translation>고객 안내</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>미리 알림</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>발송 실패</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>철회됨</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>A reminder that the 24-hour target passed unanswered</source>
        <translation>응답 없이 24시간 목표가 지났다는 미리 알림</translation>
    </message>
    <message>
        <source>A reminder that the deadline is near</source>
        <translation>마감이 가까워졌다는 미리 알림</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>추천</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도 횟수</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>서버 응답</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>발송 가능 시각</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>보낸 시각</translation>
    </message>
</context>
<context>
    <name>rd::OutboxSender</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; 값은 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>The referral &quot;%1&quot; this message is about is not in the database.</source>
        <translation>이 메시지가 다루는 추천이 데이터베이스에 없습니다: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>rd::OutboxWindow</name>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>발송 대기 중인 메시지 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1 is back in the queue: Send now tries it again.</source>
        <translation>메시지 %1번을 다시 대기열에 넣었습니다. 지금 보내기를 누르면 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Message %1 has not failed (any more): there is nothing to retry.</source>
        <translation>메시지 %1번은 발송 실패 상태가 아니므로 재시도할 것이 없습니다.</translation>
    </message>
    <message>
        <source>No mail server is set for this database: choose Mail settings… first.</source>
        <translation>이 데이터베이스에는 메일 서버가 설정되어 있지 않습니다. 먼저 메일 설정…에서 설정하세요.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>보내기를 멈췄습니다: %1</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed, %3 waiting to retry</source>
        <translation>보냄 %1건, 실패 %2건, 재시도 대기 %3건</translation>
    </message>
    <message>
        <source>Mail settings saved.</source>
        <translation>메일 설정을 저장했습니다.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>발송함</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>표시(&amp;H):</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>모든 메시지</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>발송 실패</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>철회됨</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>재시도(&amp;R)</translation>
    </message>
    <message>
        <source>Put the failed message back in the queue; Send now tries it again</source>
        <translation>발송에 실패한 메시지를 다시 대기열에 넣습니다. 지금 보내기를 누르면 다시 시도합니다</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>지금 보내기(&amp;N)</translation>
    </message>
    <message>
        <source>Send every message that is due through the mail server</source>
        <translation>보낼 때가 된 메시지를 모두 메일 서버로 보냅니다</translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>메일 설정(&amp;M)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>rd::PartnerRanking</name>
    <message>
        <source>Covers %1% of the request.</source>
        <translation>요청의 %1%를 다룹니다.</translation>
    </message>
    <message>
        <source>No referrals answered in the last 90 days, so responsiveness counts as neutral.</source>
        <translation>지난 90일 동안 응답한 추천이 없어 응답성은 중립으로 계산합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message>
        <source>Over the last 90 days it answered in a median of %1, and %2% of its referrals were missed or expired.</source>
        <translation>지난 90일 동안 응답 시간의 중앙값은 %1이고, 추천의 %2%가 누락되거나 만료되었습니다.</translation>
    </message>
    <message>
        <source>Over the last 90 days it answered none of its referrals.</source>
        <translation>지난 90일 동안 받은 추천에 한 번도 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>No similar deals yet, so choosiness counts as neutral.</source>
        <translation>아직 비슷한 거래가 없어 선별도는 중립으로 계산합니다.</translation>
    </message>
    <message>
        <source>Accepted %1 of %2 similar deals.</source>
        <translation>비슷한 거래 %2건 중 %1건을 수락했습니다.</translation>
    </message>
</context>
<context>
    <name>rd::PartnerSearchForm</name>
    <message>
        <source>Type the customer&apos;s country as two letters, such as KR, to see the partners that serve it.</source>
        <translation>고객의 국가를 KR처럼 두 글자로 입력하면 그 국가를 지원하는 파트너가 표시됩니다.</translation>
    </message>
    <message>
        <source>This is not a country code: %1. Type two letters, such as KR.</source>
        <translation>국가 코드가 아닙니다: %1. KR처럼 두 글자로 입력하세요.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>국가(&amp;C):</translation>
    </message>
    <message>
        <source>Customer si&amp;ze:</source>
        <translation>고객 규모(&amp;Z):</translation>
    </message>
    <message>
        <source>Sol&amp;utions:</source>
        <translation>솔루션(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>검색어(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Industries:</source>
        <translation>업종(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>제품(&amp;P):</translation>
    </message>
    <message>
        <source>Ser&amp;vices:</source>
        <translation>서비스(&amp;V):</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>모든 규모</translation>
    </message>
    <message>
        <source>Solution names, separated by commas</source>
        <translation>솔루션 이름, 쉼표로 구분</translation>
    </message>
    <message>
        <source>Free words in Korean or English, such as 클라우드 migration</source>
        <translation>한국어나 영어로 된 검색어 (예: 클라우드 migration)</translation>
    </message>
    <message>
        <source>The ISO 3166 code of the customer&apos;s country: only partners with a location there are shown.</source>
        <translation>고객 국가의 ISO 3166 코드입니다. 그 국가에 소재지가 있는 파트너만 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>rd::ProfileAdviceWindow</name>
    <message>
        <source>No advice: no decline or skip reason keeps coming back for one kind of referral.</source>
        <translation>조언이 없습니다. 한 종류의 추천에 같은 거절 또는 건너뛰기 사유가 반복되지 않았습니다.</translation>
    </message>
    <message>
        <source>Change the business profile</source>
        <translation>비즈니스 프로필 변경</translation>
    </message>
    <message>
        <source>Change the business profile %1? %2</source>
        <translation>비즈니스 프로필을 변경할까요(프로필: %1)? %2</translation>
    </message>
    <message>
        <source>The change is recorded with your name, the time and this advice, and is listed below.</source>
        <translation>변경 내용은 작업자 이름, 시각, 이 조언과 함께 기록되며 아래 목록에 표시됩니다.</translation>
    </message>
    <message>
        <source>Changed the business profile %1: %2</source>
        <translation>비즈니스 프로필을 변경했습니다(프로필: %1). %2</translation>
    </message>
    <message>
        <source>Profile advice</source>
        <translation>프로필 조언</translation>
    </message>
    <message>
        <source>When one decline or skip reason keeps coming back for one kind of referral (%1 of the last %2 of one customer size, industry, product or service), the business profile change that would keep such referrals away.</source>
        <translation>한 종류의 추천에 같은 거절 또는 건너뛰기 사유가 반복되면(같은 고객 규모, 업종, 제품 또는 서비스의 최근 %2건 중 %1건), 그런 추천이 오지 않도록 비즈니스 프로필 변경을 제안합니다.</translation>
    </message>
    <message>
        <source>&amp;Advice</source>
        <translation>조언(&amp;A)</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>비즈니스 프로필</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Suggested change</source>
        <translation>제안하는 변경</translation>
    </message>
    <message>
        <source>&amp;Changes made on advice</source>
        <translation>조언에 따른 변경(&amp;C)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>작업자</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>이후</translation>
    </message>
    <message>
        <source>A&amp;pply…</source>
        <translation>적용(&amp;P)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>rd::ProfileEditor</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>파트너(&amp;P):</translation>
    </message>
    <message>
        <source>Profile &amp;id:</source>
        <translation>프로필 ID(&amp;I):</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>지역(&amp;G):</translation>
    </message>
    <message>
        <source>Contact na&amp;me:</source>
        <translation>담당자 이름(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Locations:</source>
        <translation>위치:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>Ind&amp;ustries:</source>
        <translation>업종(&amp;U):</translation>
    </message>
    <message>
        <source>Produ&amp;cts:</source>
        <translation>제품(&amp;C):</translation>
    </message>
    <message>
        <source>Se&amp;rvices:</source>
        <translation>서비스(&amp;R):</translation>
    </message>
    <message>
        <source>Solutio&amp;ns:</source>
        <translation>솔루션(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>키워드(&amp;K):</translation>
    </message>
    <message>
        <source>E&amp;xcluded customer sizes:</source>
        <translation>제외할 고객 규모(&amp;X):</translation>
    </message>
    <message>
        <source>Ac&amp;tive: new referrals for the region are announced to the contact</source>
        <translation>활성(&amp;T): 이 지역의 새 추천을 담당자에게 알립니다</translation>
    </message>
    <message>
        <source>A paused profile is not found and gets no referrals.</source>
        <translation>일시 중지된 프로필은 검색되지 않으며 추천을 받지 않습니다.</translation>
    </message>
    <message>
        <source>The id can&apos;t change once the profile is stored.</source>
        <translation>프로필을 저장한 후에는 ID를 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Korea</source>
        <translation>한국</translation>
    </message>
    <message>
        <source>The language of the alerts the contact receives</source>
        <translation>담당자가 받는 알림의 언어</translation>
    </message>
    <message>
        <source>Your own solution names, separated by commas</source>
        <translation>자사 솔루션 이름을 쉼표로 구분해 입력하세요</translation>
    </message>
    <message>
        <source>Words customers search for, in any language, separated by commas</source>
        <translation>고객이 검색할 단어를 쉼표로 구분해 입력하세요(언어 무관)</translation>
    </message>
    <message>
        <source>Customers of a checked size are not sent to this profile.</source>
        <translation>선택한 규모의 고객은 이 프로필로 연결되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>rd::ProfileTree</name>
    <message>
        <source>Partner or profile</source>
        <translation>파트너 또는 프로필</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
</context>
<context>
    <name>rd::ProgrammeMenu</name>
    <message>
        <source>&amp;Programme</source>
        <translation>프로그램(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Business profiles…</source>
        <translation>비즈니스 프로필(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Find a partner…</source>
        <translation>파트너 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>발송함(&amp;O)…</translation>
    </message>
    <message>
        <source>Profile &amp;advice…</source>
        <translation>프로필 조언(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>rd::RatesDialog</name>
    <message>
        <source>%1 is not a currency code.</source>
        <translation>통화 코드가 아닙니다: %1</translation>
    </message>
    <message>
        <source>Row %1: the currency code is not known.</source>
        <translation>행 %1: 알 수 없는 통화 코드입니다.</translation>
    </message>
    <message>
        <source>Row %1: this currency has a rate already.</source>
        <translation>행 %1: 이 통화에는 이미 환율이 있습니다.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>행 %1: %2</translation>
    </message>
    <message>
        <source>Row %1: give the day of the rate as YYYY-MM-DD.</source>
        <translation>행 %1: 환율 기준일을 YYYY-MM-DD 형식으로 입력하세요.</translation>
    </message>
    <message>
        <source>Name the currency to convert to.</source>
        <translation>환산할 통화를 입력하세요.</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>환율</translation>
    </message>
    <message>
        <source>Amounts in a currency with a rate here are shown converted, with the rate and its day. A currency without a rate stays as it is.</source>
        <translation>여기에 환율이 있는 통화의 금액은 환율과 기준일과 함께 환산해서 표시합니다. 환율이 없는 통화는 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Convert to (currency code):</source>
        <translation>환산할 통화(통화 코드):</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>1 unit is worth</source>
        <translation>1단위의 가치</translation>
    </message>
    <message>
        <source>Day of the rate (YYYY-MM-DD)</source>
        <translation>환율 기준일(YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Add a rate</source>
        <translation>환율 추가</translation>
    </message>
    <message>
        <source>Remove the rate</source>
        <translation>환율 삭제</translation>
    </message>
</context>
<context>
    <name>rd::ReasonDialog</name>
    <message>
        <source>No thanks</source>
        <translation>관심 없음</translation>
    </message>
    <message>
        <source>The referral is archived as Skipped and the customer is told to choose another partner. A reason is optional.</source>
        <translation>추천이 건너뜀으로 보관되고, 고객에게 다른 파트너를 선택하라는 안내가 전달됩니다. 사유는 입력하지 않아도 됩니다.</translation>
    </message>
    <message>
        <source>Decline referral</source>
        <translation>추천 거절</translation>
    </message>
    <message>
        <source>The referral is archived as Declined and the customer is told to choose another partner. Why do you decline?</source>
        <translation>추천이 거절됨으로 보관되고, 고객에게 다른 파트너를 선택하라는 안내가 전달됩니다. 거절 사유를 알려 주세요.</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>거래 실패</translation>
    </message>
    <message>
        <source>The deal is archived as Lost. Why was it lost?</source>
        <translation>거래가 실패로 보관됩니다. 실패 사유를 알려 주세요.</translation>
    </message>
    <message>
        <source>Or in your own words:</source>
        <translation>또는 직접 입력:</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>사유: %1</translation>
    </message>
    <message>
        <source>Choose a reason or write your own.</source>
        <translation>사유를 선택하거나 직접 입력하세요.</translation>
    </message>
    <message>
        <source>No reason chosen: none will be recorded.</source>
        <translation>선택한 사유가 없습니다. 사유는 기록되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>rd::ReferralTabPage</name>
    <message>
        <source>Nothing in this tab matches “%1”.</source>
        <translation>이 탭에는 ‘%1’ 검색어와 일치하는 추천이 없습니다.</translation>
    </message>
    <message>
        <source>No referral in this tab matches these filters.</source>
        <translation>이 탭에는 이 필터와 일치하는 추천이 없습니다.</translation>
    </message>
</context>
<context>
    <name>rd::ReviewFilterBar</name>
    <message>
        <source>The deadline checker</source>
        <translation>마감 확인 기능</translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation>결과:</translation>
    </message>
    <message>
        <source>Closed between</source>
        <translation>종료 날짜 범위</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>국가:</translation>
    </message>
    <message>
        <source>Business profile:</source>
        <translation>비즈니스 프로필:</translation>
    </message>
    <message>
        <source>Rep:</source>
        <translation>담당자:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>모든 국가</translation>
    </message>
    <message>
        <source>All business profiles</source>
        <translation>모든 비즈니스 프로필</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>모든 담당자</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>모든 사유</translation>
    </message>
</context>
<context>
    <name>rd::ReviewMenu</name>
    <message>
        <source>Re&amp;view</source>
        <translation>검토(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Review archived referrals…</source>
        <translation>보관된 추천 검토(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>대시보드(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>rd::ReviewWindow</name>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>추천 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a value</source>
        <translation>
            <numerusform>금액 없음 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export referrals</source>
        <translation>추천 내보내기</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) exported to the file below.</source>
        <translation>
            <numerusform>추천 %n건을 아래 파일로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>내보내지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>내보내지 못했습니다.</translation>
    </message>
    <message>
        <source>Review archived referrals</source>
        <translation>보관된 추천 검토</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Excel 내보내기…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>rd::RfiContactsEditor</name>
    <message>
        <source>Add &amp;contact</source>
        <translation>연락처 추가(&amp;C)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>성</translation>
    </message>
    <message>
        <source>The language partners and notices write to this person in</source>
        <translation>파트너와 안내 메일이 이 사람에게 쓰는 언어</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>안내 메일</translation>
    </message>
    <message>
        <source>Send this person e-mail notices about the request, such as when a partner lets it go</source>
        <translation>파트너가 요청을 받지 않기로 했을 때처럼, 이 요청에 관한 안내 메일을 이 사람에게 보냅니다</translation>
    </message>
    <message>
        <source>Remove this contact</source>
        <translation>이 연락처 삭제</translation>
    </message>
</context>
<context>
    <name>rd::RfiDialog</name>
    <message>
        <source>Type the customer&apos;s organisation name: partners need to know who is asking.</source>
        <translation>고객의 조직 이름을 입력하세요. 파트너는 누가 요청하는지 알아야 합니다.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s country as two letters, such as KR.</source>
        <translation>고객의 국가를 KR처럼 두 글자로 입력하세요.</translation>
    </message>
    <message>
        <source>This is not a country code: %1. Type two letters, such as KR.</source>
        <translation>국가 코드가 아닙니다: %1. KR처럼 두 글자로 입력하세요.</translation>
    </message>
    <message>
        <source>Contact %1 needs an e-mail address, so that a partner can answer.</source>
        <translation>연락처 %1번에 이메일 주소를 입력하세요. 그래야 파트너가 답할 수 있습니다.</translation>
    </message>
    <message>
        <source>The e-mail address of contact %1 is not one a mail server accepts: %2</source>
        <translation>연락처 %1번의 이메일 주소는 메일 서버가 받지 않는 형식입니다: %2</translation>
    </message>
    <message>
        <source>Check that the customer agrees to be contacted: partners answer an RFI by getting in touch.</source>
        <translation>고객이 연락받는 데 동의하는지 확인하고 표시하세요. 파트너는 고객에게 직접 연락해 정보 요청서(RFI)에 답합니다.</translation>
    </message>
    <message>
        <source>Request for information</source>
        <translation>정보 요청서</translation>
    </message>
    <message>
        <source>Send an RFI</source>
        <translation>정보 요청서(RFI) 보내기</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>The request for information goes to: %1. Each partner receives it as a new referral and its contact is told by e-mail.</source>
        <translation>정보 요청서를 받을 곳: %1. 각 파트너는 이 요청을 새 추천으로 받으며, 파트너 담당자에게 이메일 알림이 갑니다.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>조직(&amp;O):</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>국가(&amp;U):</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>규모(&amp;Z):</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>도시(&amp;Y):</translation>
    </message>
    <message>
        <source>Con&amp;tacts:</source>
        <translation>연락처(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>지정 안 함</translation>
    </message>
    <message>
        <source>The customer &amp;agrees to be contacted by these partners about the request</source>
        <translation>고객이 이 요청에 관해 이 파트너들의 연락을 받는 데 동의함(&amp;A)</translation>
    </message>
    <message>
        <source>What the customer needs, in their words</source>
        <translation>고객이 필요로 하는 내용을 고객의 말 그대로</translation>
    </message>
    <message>
        <source>&amp;Send RFI</source>
        <translation>RFI 보내기(&amp;S)</translation>
    </message>
</context>
<context>
    <name>rd::RfiJson</name>
    <message>
        <source>Request for information</source>
        <translation>정보 요청</translation>
    </message>
    <message>
        <source>An RFI must be a JSON object with customerProfile, consent, details and profiles.</source>
        <translation>RFI는 customerProfile, consent, details, profiles가 있는 JSON 개체여야 합니다.</translation>
    </message>
    <message>
        <source>The field &quot;name&quot; is longer than %1 characters.</source>
        <translation>&quot;name&quot; 필드가 %1자보다 깁니다.</translation>
    </message>
    <message>
        <source>The field &quot;customerProfile.name&quot; is missing: partners need to know who is asking.</source>
        <translation>&quot;customerProfile.name&quot; 필드가 없습니다. 파트너는 누가 요청하는지 알아야 합니다.</translation>
    </message>
    <message>
        <source>The field &quot;customerProfile.address.country&quot; must be a two-letter ISO 3166 country code such as KR.</source>
        <translation>&quot;customerProfile.address.country&quot; 필드는 KR 같은 두 글자 ISO 3166 국가 코드여야 합니다.</translation>
    </message>
    <message>
        <source>The field &quot;customerProfile.team&quot; needs at least one contact with an e-mail address, so that a partner can answer.</source>
        <translation>파트너가 답할 수 있도록 &quot;customerProfile.team&quot; 필드에 이메일 주소가 있는 연락처가 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>The field &quot;profiles&quot; must be a list of business profile ids.</source>
        <translation>&quot;profiles&quot; 필드는 비즈니스 프로필 ID 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>The field &quot;profiles[%1]&quot; must be a business profile id.</source>
        <translation>&quot;profiles[%1]&quot; 필드는 비즈니스 프로필 ID여야 합니다.</translation>
    </message>
</context>
<context>
    <name>rd::RfiSubmission</name>
    <message>
        <source>An RFI goes to 1 to %1 business profiles; this one names %2.</source>
        <translation>RFI는 비즈니스 프로필 1~%1개에 보낼 수 있습니다. 이 RFI에 지정된 프로필 수: %2</translation>
    </message>
    <message>
        <source>The business profile &quot;%1&quot; is named twice; an RFI reaches each partner once.</source>
        <translation>같은 비즈니스 프로필이 두 번 지정되었습니다: &quot;%1&quot;. RFI는 파트너마다 한 번만 전달됩니다.</translation>
    </message>
    <message>
        <source>There is no business profile with the id &quot;%1&quot;.</source>
        <translation>ID가 &quot;%1&quot;인 비즈니스 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>The business profile &quot;%1&quot; is paused and takes no referrals.</source>
        <translation>일시 중지되어 추천을 받지 않는 비즈니스 프로필입니다: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>rd::ServerConnectionDialog</name>
    <message>
        <source>Connect to team server</source>
        <translation>팀 서버에 연결</translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL database: everyone sees the same referrals, live. Your administrator gives you its address and your user name.</source>
        <translation>팀은 PostgreSQL 데이터베이스 하나를 함께 씁니다. 모두가 같은 추천을 실시간으로 봅니다. 주소와 사용자 이름은 관리자가 알려 줍니다.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>Only if the server asks for one; not remembered</source>
        <translation>서버가 요구할 때만 입력하세요. 저장되지 않습니다</translation>
    </message>
</context>
<context>
    <name>rd::SetAsideReport</name>
    <message>
        <source>Referral %1 could not be archived and was set aside: %2</source>
        <translation>추천을 보관할 수 없어 따로 두었습니다(ID: %1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) could not be archived and were set aside: %1.</source>
        <translation>
            <numerusform>추천 %n건을 보관할 수 없어 따로 두었습니다: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) could not be archived and were set aside: %1 and %2 more.</source>
        <translation>
            <numerusform>추천 %n건을 보관할 수 없어 따로 두었습니다: %1 외 %2건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Referrals set aside</source>
        <translation>따로 둔 추천</translation>
    </message>
    <message>
        <source>The deadline checker could not archive these referrals, so it set them aside and archived the others. A referral set aside is left as it is and skipped by later checks until it is changed again.</source>
        <translation>마감 확인 기능이 이 추천들을 보관할 수 없어 따로 두고 나머지 추천은 보관했습니다. 따로 둔 추천은 그대로 남으며, 다시 변경될 때까지 이후 확인에서 건너뜁니다.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>추천</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>rd::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>기능</translation>
    </message>
</context>
<context>
    <name>rd::SmtpTransport</name>
    <message>
        <source>The mail library could not be started.</source>
        <translation>메일 라이브러리를 시작할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>rd::TriageController</name>
    <message>
        <source>Undone: “%1” is back in %2 and the customer will not be told.</source>
        <translation>실행 취소했습니다. ‘%1’ 추천이 다시 %2 탭에 있으며 고객에게는 안내가 전달되지 않습니다.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>‘%1’: %2</translation>
    </message>
    <message>
        <source>Skipped “%1”. The customer will be told to choose another partner.</source>
        <translation>‘%1’ 추천을 건너뛰었습니다. 고객에게 다른 파트너를 선택하라는 안내가 전달됩니다.</translation>
    </message>
    <message>
        <source>Accepted “%1”: the deal is in Negotiating.</source>
        <translation>‘%1’ 추천을 수락했습니다. 거래가 협상 중 단계에 있습니다.</translation>
    </message>
    <message>
        <source>Declined “%1”. The customer will be told to choose another partner.</source>
        <translation>‘%1’ 추천을 거절했습니다. 고객에게 다른 파트너를 선택하라는 안내가 전달됩니다.</translation>
    </message>
    <message>
        <source>Archived “%1” as Won.</source>
        <translation>‘%1’ 추천을 성공으로 보관했습니다.</translation>
    </message>
    <message>
        <source>Archived “%1” as Lost.</source>
        <translation>‘%1’ 추천을 실패로 보관했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was undone: No thanks on “%1” became final after %n second(s), and the customer is told to choose another partner.</source>
        <translation>
            <numerusform>실행 취소되지 않았습니다. ‘%1’ 추천의 관심 없음은 %n초가 지나 확정되었으며, 고객에게 다른 파트너를 선택하라는 안내가 전달됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was undone: declining “%1” became final after %n second(s), and the customer is told to choose another partner.</source>
        <translation>
            <numerusform>실행 취소되지 않았습니다. ‘%1’ 추천의 거절은 %n초가 지나 확정되었으며, 고객에게 다른 파트너를 선택하라는 안내가 전달됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to undo: only No thanks and Decline can be taken back, within %n second(s).</source>
        <translation>
            <numerusform>실행 취소할 작업이 없습니다. 관심 없음과 거절만 %n초 이내에 실행 취소할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved “%1” to Evaluating: the customer&apos;s details are now shown. Accept or decline within %2.</source>
        <translation>‘%1’ 추천을 평가로 옮겼습니다. 이제 고객 세부 정보가 표시됩니다. %2 이내에 수락하거나 거절하세요.</translation>
    </message>
    <message>
        <source>Someone is handling this referral</source>
        <translation>다른 팀원이 맡은 추천입니다</translation>
    </message>
    <message>
        <source>Decide “%1” anyway? They will see what you decided.</source>
        <translation>그래도 “%1” 결정을 내릴까요? 맡은 사람에게도 결정 내용이 표시됩니다.</translation>
    </message>
    <message>
        <source>Decide anyway</source>
        <translation>그래도 결정</translation>
    </message>
</context>
<context>
    <name>rd::WonDialog</name>
    <message>
        <source>Deal won</source>
        <translation>거래 성공</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Final deal value:</source>
        <translation>최종 거래 금액:</translation>
    </message>
    <message>
        <source>Report “%1” as won: the deal will be archived as Won with this final deal value.</source>
        <translation>‘%1’ 거래를 성공으로 보고합니다. 이 최종 거래 금액과 함께 성공으로 보관됩니다.</translation>
    </message>
</context>
</TS>
