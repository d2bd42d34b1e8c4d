<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n record(s) were rejected; the others were stored.</source>
        <translation>
            <numerusform>%n record was rejected; the others were stored.</numerusform>
            <numerusform>%n records were rejected; the others were stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) arrived after their deadline and were archived at once; their customers will be told to choose another partner.</source>
        <translation>
            <numerusform>%n referral arrived after its deadline and was archived at once; its customer will be told to choose another partner.</numerusform>
            <numerusform>%n referrals arrived after their deadline and were archived at once; their customers will be told to choose another partner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged referral(s) could not be archived and were set aside; the others were archived.</source>
        <translation>
            <numerusform>%n damaged referral could not be archived and was set aside; the others were archived.</numerusform>
            <numerusform>%n damaged referrals could not be archived and were set aside; the others were archived.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinePolicy</name>
    <message numerus="yes">
        <source>%n-hour target</source>
        <translation>
            <numerusform>%n-hour target</numerusform>
            <numerusform>%n-hour target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-minute target</source>
        <translation>
            <numerusform>%n-minute target</numerusform>
            <numerusform>%n-minute target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message numerus="yes">
        <source>The reason is too long; keep it under %n characters.</source>
        <translation>
            <numerusform>The reason is too long; keep it under %n character.</numerusform>
            <numerusform>The reason is too long; keep it under %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>%1 amounts have at most %n decimal(s); &quot;%2&quot; has more.</source>
        <translation>
            <numerusform>%1 amounts have at most %n decimal; &quot;%2&quot; has more.</numerusform>
            <numerusform>%1 amounts have at most %n decimals; &quot;%2&quot; has more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message numerus="yes">
        <source>%n referral(s) arrived already answered and are left out.</source>
        <translation>
            <numerusform>%n referral arrived already answered and is left out.</numerusform>
            <numerusform>%n referrals arrived already answered and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open referral(s) without a value are not in the sums.</source>
        <translation>
            <numerusform>%n open referral without a value is not in the sums.</numerusform>
            <numerusform>%n open referrals without a value are not in the sums.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <source>This decision is final: it can only be undone within %n second(s).</source>
        <translation>
            <numerusform>This decision is final: it can only be undone within %n second.</numerusform>
            <numerusform>This decision is final: it can only be undone within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::DeadlineAlerts</name>
    <message numerus="yes">
        <source>%n new referral(s) to triage.</source>
        <translation>
            <numerusform>%n new referral to triage.</numerusform>
            <numerusform>%n new referrals to triage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) run out of time within %1.</source>
        <translation>
            <numerusform>%n referral runs out of time within %1.</numerusform>
            <numerusform>%n referrals run out of time within %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ExportRunner</name>
    <message numerus="yes">
        <source>%n referral(s) written…</source>
        <translation>
            <numerusform>%n referral written…</numerusform>
            <numerusform>%n referrals written…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::FindPartnerWindow</name>
    <message numerus="yes">
        <source>%n partner(s) found, best first. Hover over a row to see why it stands there.</source>
        <translation>
            <numerusform>%n partner found, best first. Hover over a row to see why it stands there.</numerusform>
            <numerusform>%n partners found, best first. Hover over a row to see why it stands there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) selected.</source>
        <translation>
            <numerusform>%n partner selected.</numerusform>
            <numerusform>%n partners selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>RFI sent as engagement %1; %n referral(s) created: %2</source>
        <translation>
            <numerusform>RFI sent as engagement %1; %n referral created: %2</numerusform>
            <numerusform>RFI sent as engagement %1; %n referrals created: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ImportReportDialog</name>
    <message numerus="yes">
        <source>%n referral(s) imported.</source>
        <translation>
            <numerusform>%n referral imported.</numerusform>
            <numerusform>%n referrals imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there (duplicates).</source>
        <translation>
            <numerusform>%n already there (a duplicate).</numerusform>
            <numerusform>%n already there (duplicates).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected.</source>
        <translation>
            <numerusform>%n rejected.</numerusform>
            <numerusform>%n rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrived after its deadline and was archived at once; the customer will be told to choose another partner.</source>
        <translation>
            <numerusform>%n arrived after its deadline and was archived at once; the customer will be told to choose another partner.</numerusform>
            <numerusform>%n arrived after their deadline and were archived at once; their customers will be told to choose another partner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message numerus="yes">
        <source>%n sample referral(s) loaded.</source>
        <translation>
            <numerusform>%n sample referral loaded.</numerusform>
            <numerusform>%n sample referrals loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) ran out of time and are archived: %1.</source>
        <translation>
            <numerusform>%n referral ran out of time and is archived: %1.</numerusform>
            <numerusform>%n referrals ran out of time and are archived: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) ran out of time and are archived: %1 and %2 more.</source>
        <translation>
            <numerusform>%n referral ran out of time and is archived: %1 and %2 more.</numerusform>
            <numerusform>%n referrals ran out of time and are archived: %1 and %2 more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n sample referral(s) with their history? Imported referrals stay as they are.</source>
        <translation>
            <numerusform>Remove the %n sample referral with its history? Imported referrals stay as they are.</numerusform>
            <numerusform>Remove all %n sample referrals with their history? Imported referrals stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample referral(s) removed.</source>
        <translation>
            <numerusform>%n sample referral removed.</numerusform>
            <numerusform>%n sample referrals removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::OutboxWindow</name>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n message waiting to be sent</numerusform>
            <numerusform>%n messages waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::PartnerRanking</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ReviewWindow</name>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a value</source>
        <translation>
            <numerusform>%n without a value</numerusform>
            <numerusform>%n without a value</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) exported to the file below.</source>
        <translation>
            <numerusform>%n referral exported to the file below.</numerusform>
            <numerusform>%n referrals exported to the file below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::SetAsideReport</name>
    <message numerus="yes">
        <source>%n referral(s) could not be archived and were set aside: %1.</source>
        <translation>
            <numerusform>%n referral could not be archived and was set aside: %1.</numerusform>
            <numerusform>%n referrals could not be archived and were set aside: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) could not be archived and were set aside: %1 and %2 more.</source>
        <translation>
            <numerusform>%n referral could not be archived and was set aside: %1 and %2 more.</numerusform>
            <numerusform>%n referrals could not be archived and were set aside: %1 and %2 more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::TriageController</name>
    <message numerus="yes">
        <source>Nothing was undone: No thanks on “%1” became final after %n second(s), and the customer is told to choose another partner.</source>
        <translation>
            <numerusform>Nothing was undone: No thanks on “%1” became final after %n second, and the customer is told to choose another partner.</numerusform>
            <numerusform>Nothing was undone: No thanks on “%1” became final after %n seconds, and the customer is told to choose another partner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was undone: declining “%1” became final after %n second(s), and the customer is told to choose another partner.</source>
        <translation>
            <numerusform>Nothing was undone: declining “%1” became final after %n second, and the customer is told to choose another partner.</numerusform>
            <numerusform>Nothing was undone: declining “%1” became final after %n seconds, and the customer is told to choose another partner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to undo: only No thanks and Decline can be taken back, within %n second(s).</source>
        <translation>
            <numerusform>Nothing to undo: only No thanks and Decline can be taken back, within %n second.</numerusform>
            <numerusform>Nothing to undo: only No thanks and Decline can be taken back, within %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
