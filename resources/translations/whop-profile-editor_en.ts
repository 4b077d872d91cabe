<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>whop::api::ApiError</name>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many requests. Try again in %n second.</numerusform>
            <numerusform>Too many requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::api::StorageUpload</name>
    <message numerus="yes">
        <source>Whop asked for %n upload header(s); at most %1 are sent.</source>
        <translation>
            <numerusform>Whop asked for %n upload header; at most %1 are sent.</numerusform>
            <numerusform>Whop asked for %n upload headers; at most %1 are sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::auth::OAuthAuthenticator</name>
    <message numerus="yes">
        <source>Your sign-in could not be renewed (%n attempt(s)): %1 The app stops trying on its own; reloading or saving tries again, or sign in again. Your unsaved changes stay in the form.</source>
        <translation>
            <numerusform>Your sign-in could not be renewed (%n attempt): %1 The app stops trying on its own; reloading or saving tries again, or sign in again. Your unsaved changes stay in the form.</numerusform>
            <numerusform>Your sign-in could not be renewed (%n attempts): %1 The app stops trying on its own; reloading or saving tries again, or sign in again. Your unsaved changes stay in the form.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::auth::OAuthSignIn</name>
    <message numerus="yes">
        <source>No answer from the browser within %n minute(s), so the sign-in was stopped. Try again.</source>
        <translation>
            <numerusform>No answer from the browser within %n minute, so the sign-in was stopped. Try again.</numerusform>
            <numerusform>No answer from the browser within %n minutes, so the sign-in was stopped. Try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::avatar::PictureUploader</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::history::HistoryText</name>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n applied</numerusform>
            <numerusform>%n applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied</source>
        <translation>
            <numerusform>%n not applied</numerusform>
            <numerusform>%n not applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::history::RestorePlan</name>
    <message numerus="yes">
        <source>The earlier picture cannot be put back on %n account(s): it was set elsewhere, or there was none (Whop gives no file for it).</source>
        <translation>
            <numerusform>The earlier picture cannot be put back on %n account: it was set elsewhere, or there was none (Whop gives no file for it).</numerusform>
            <numerusform>The earlier picture cannot be put back on %n accounts: it was set elsewhere, or there was none (Whop gives no file for it).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::history::Restorer</name>
    <message numerus="yes">
        <source>%n account(s) changed</source>
        <translation>
            <numerusform>%n account changed</numerusform>
            <numerusform>%n accounts changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) restored</source>
        <translation>
            <numerusform>%n account restored</numerusform>
            <numerusform>%n accounts restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as wanted</source>
        <translation>
            <numerusform>%n already as wanted</numerusform>
            <numerusform>%n already as wanted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as changed on Whop</source>
        <translation>
            <numerusform>%n kept as changed on Whop</numerusform>
            <numerusform>%n kept as changed on Whop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed on Whop since: waiting for your choice</source>
        <translation>
            <numerusform>%n changed on Whop since: waiting for your choice</numerusform>
            <numerusform>%n changed on Whop since: waiting for your choice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>%n to go</numerusform>
            <numerusform>%n to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::overview::BatchRun</name>
    <message numerus="yes">
        <source>%n account(s) restored</source>
        <translation>
            <numerusform>%n account restored</numerusform>
            <numerusform>%n accounts restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed</source>
        <translation>
            <numerusform>%n account changed</numerusform>
            <numerusform>%n accounts changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>%n to go</numerusform>
            <numerusform>%n to go</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::overview::OverviewModel</name>
    <message numerus="yes">
        <source>%n field(s) differ from global</source>
        <translation>
            <numerusform>%n field differs from global</numerusform>
            <numerusform>%n fields differ from global</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ</source>
        <translation>
            <numerusform>%n field differs</numerusform>
            <numerusform>%n fields differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::ui::AccountPickerDialog</name>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n account.</numerusform>
            <numerusform>%n accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::ui::BatchPanel</name>
    <message numerus="yes">
        <source>%n account(s) selected.</source>
        <translation>
            <numerusform>%n account selected.</numerusform>
            <numerusform>%n accounts selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) will change.</source>
        <translation>
            <numerusform>%n account will change.</numerusform>
            <numerusform>%n accounts will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already show(s) these values: nothing is sent to them.</source>
        <translation>
            <numerusform>%n already shows these values: nothing is sent to it.</numerusform>
            <numerusform>%n already show these values: nothing is sent to them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n account(s)…</source>
        <translation>
            <numerusform>Reading %n account…</numerusform>
            <numerusform>Reading %n accounts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read: retry them first (Ctrl+R).</source>
        <translation>
            <numerusform>%n could not be read: retry it first (Ctrl+R).</numerusform>
            <numerusform>%n could not be read: retry them first (Ctrl+R).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n Account(s)</source>
        <translation>
            <numerusform>&amp;Apply to %n Account</numerusform>
            <numerusform>&amp;Apply to %n Accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::ui::FieldCounter</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::ui::HistoryDialog</name>
    <message numerus="yes">
        <source>%1 of %n change(s) shown.</source>
        <translation>
            <numerusform>%1 of %n change shown.</numerusform>
            <numerusform>%1 of %n changes shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back the values before on %n account(s).</source>
        <translation>
            <numerusform>Put back the values before on %n account.</numerusform>
            <numerusform>Put back the values before on %n accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::ui::InterruptedBatchDialog</name>
    <message numerus="yes">
        <source>The editor stopped before it knew the outcome of “%1” (%2, sent on %3), meant for %n account(s). Reading them again shows:</source>
        <translation>
            <numerusform>The editor stopped before it knew the outcome of “%1” (%2, sent on %3), meant for %n account. Reading them again shows:</numerusform>
            <numerusform>The editor stopped before it knew the outcome of “%1” (%2, sent on %3), meant for %n accounts. Reading them again shows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Received it (%n):</source>
        <translation>
            <numerusform>&amp;Received it (%n):</numerusform>
            <numerusform>&amp;Received it (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Did not receive it (%n):</source>
        <translation>
            <numerusform>&amp;Did not receive it (%n):</numerusform>
            <numerusform>&amp;Did not receive it (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still u&amp;nknown (%n):</source>
        <translation>
            <numerusform>Still u&amp;nknown (%n):</numerusform>
            <numerusform>Still u&amp;nknown (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Finish: Send to %n Account(s)</source>
        <translation>
            <numerusform>&amp;Finish: Send to %n Account</numerusform>
            <numerusform>&amp;Finish: Send to %n Accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo on %n Account(s)</source>
        <translation>
            <numerusform>&amp;Undo on %n Account</numerusform>
            <numerusform>&amp;Undo on %n Accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::ui::OverviewWindow</name>
    <message numerus="yes">
        <source>Listing accounts… %n so far.</source>
        <translation>
            <numerusform>Listing accounts… %n so far.</numerusform>
            <numerusform>Listing accounts… %n so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n account.</numerusform>
            <numerusform>%n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown.</source>
        <translation>
            <numerusform>%n shown.</numerusform>
            <numerusform>%n shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read (Ctrl+R retries).</source>
        <translation>
            <numerusform>%n could not be read (Ctrl+R retries).</numerusform>
            <numerusform>%n could not be read (Ctrl+R retries).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::ui::SaveConflictDialog</name>
    <message numerus="yes">
        <source>Since the batch you are putting back, %n account(s) were also changed elsewhere (on the web, on another device or by a teammate). Nothing has been put back on these fields yet; the other accounts are restored meanwhile. Choose which version of each to keep: Whop&apos;s is kept unless you choose otherwise.</source>
        <translation>
            <numerusform>Since the batch you are putting back, %n account was also changed elsewhere (on the web, on another device or by a teammate). Nothing has been put back on these fields yet; the other accounts are restored meanwhile. Choose which version of each to keep: Whop&apos;s is kept unless you choose otherwise.</numerusform>
            <numerusform>Since the batch you are putting back, %n accounts were also changed elsewhere (on the web, on another device or by a teammate). Nothing has been put back on these fields yet; the other accounts are restored meanwhile. Choose which version of each to keep: Whop&apos;s is kept unless you choose otherwise.</numerusform>
        </translation>
    </message>
</context>
</TS>
