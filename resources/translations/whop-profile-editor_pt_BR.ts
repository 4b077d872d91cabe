<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccountPickerDialog</name>
    <message>
        <source>Choose an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or &amp;type an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>biz_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddIdentityDialog</name>
    <message>
        <source>Add an identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…/api/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own Whop account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in your browser. The app never sees your password; Whop gives it a token that is kept in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with &amp;Whop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Whop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or paste a token or API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and &amp;add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>Change the selected accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bio from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words (Ctrl+Enter applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view: what each account receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Frame Your Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame your picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resulting picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftRecoveryDialog</name>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields were also changed on Whop after you started editing. Choose, for each of them, which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Whop Profile Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Account&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bio problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bio length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage identities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Whop Profile Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account&apos;s profile at a glance; change many at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>All Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account title or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the accounts whose title or id contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Failed Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every account again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The list of identities could not be read (%1). It was kept as %2; add your identities again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1 is not one this version understands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: change this profile elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveConflictDialog</name>
    <message>
        <source>Changed on Whop meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you were editing, this profile was also changed elsewhere (on the web, on another device or by a teammate). Nothing has been saved yet. Choose which version of each field to keep, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields changed in both places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save with these choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in with Whop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no browser opened, copy the link and open it in your browser. This window gives up after 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::api::ApiCall</name>
    <message>
        <source>The answer was larger than %1 MB and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another host (%1). The request was not followed, so your credentials stay with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It sent a web page instead of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its answer could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::api::ApiError</name>
    <message>
        <source>Could not reach Whop. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whop did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whop refused the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whop does not support the API version this app asked for. Supported versions: %1. Choose one with --api-version or WHOP_API_VERSION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whop did not accept your sign-in (it may have expired, or belong to another environment). Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to do this: the token lacks the user:profile:update scope or has no rights here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whop could not find that user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whop refused a value in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Try again in 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whop had a problem on its side (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whop sent an answer this app could not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::api::StorageUpload</name>
    <message>
        <source>The upload address Whop gave is not a secure address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage sent nothing for %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage redirected the upload, which is not followed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::app</name>
    <message>
        <source>Try &apos;%1 --help&apos; for the list of options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Environment:
  WHOP_BASE_URL             The API base URL, as --base-url.
  WHOP_API_VERSION          The Api-Version-Date, as --api-version.
  WHOP_API_KEY              An API key to use for this run only (never stored).
  QT_LOGGING_RULES          Logging categories, e.g. &quot;whop.*.debug=true&quot;; tokens are never logged.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad base URL &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo uses its own local sandbox; it cannot be combined with a base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad API version &apos;%1&apos;: expected a date like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad --user: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad --timeout &apos;%1&apos;: expected a number of seconds from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad --oauth-client-id &apos;%1&apos;: expected an app id like app_abc123.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::app::AppSession</name>
    <message>
        <source>The token of “%1” could not be read from the keychain. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry of “%1” is not one this app wrote. Remove the identity and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Whop account is connected yet, so this is the demo sandbox. Use Identity → Add to sign in or paste a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox is not part of this build. Use Identity → Add to sign in or paste a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not start. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key edits a user&apos;s profile inside an account. Enter the user to edit (user_… or a username).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity was removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed Elsewhere %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bio was changed on another device (change %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::app::IdentityService</name>
    <message>
        <source>Paste a token or key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not look like a single token: it contains spaces or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whop refused this credential. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was also revoked at Whop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from this computer, but Whop could not be told to revoke the sign-in (%1). It expires on its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::app::Parser</name>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a local Whop-compatible sandbox with demo data; no account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Whop API base URL (https, or http to this computer). Default: %1; overrides WHOP_BASE_URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Api-Version-Date to send (YYYY-MM-DD[-N]). Default: %1; overrides WHOP_API_VERSION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose profile to open: me, a user_ id or a username. Default: me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each attempt of a request (1-600). Default: 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth client id (app_...) used for &quot;Sign in with Whop&quot;. Default: from the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your Whop profile: display name, username, bio and picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like --demo, and once you start editing, the sandbox changes the profile&apos;s name, bio and picture as if on another device, so that saving shows how that is handled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::auth::Identity</name>
    <message>
        <source>Signed in with Whop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · this run only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::auth::KeychainError</name>
    <message>
        <source>No keychain is available to keep your token safe. Start a Secret Service provider (GNOME Keyring, KWallet or KeePassXC with Secret Service integration); in Flatpak, allow access to org.freedesktop.secrets. You can also keep the token for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it (for example in GNOME Keyring or KWallet) and try again, or keep the token for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved token was found in the keychain. Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::auth::OAuthAuthenticator</name>
    <message>
        <source>Whop no longer accepts this sign-in (%1). Sign in again; your unsaved changes stay in the form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::auth::OAuthSignIn</name>
    <message>
        <source>No answer from the browser within %1 minutes, so the sign-in was stopped. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen for the browser on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the sign-in redirect is served here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused: the answer did not match this sign-in. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser&apos;s answer did not belong to this sign-in (state mismatch), so it was refused. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was not completed. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whop did not sign you in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no authorization code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Whop Profile Editor. You can close this tab and return to the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whop refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::avatar</name>
    <message>
        <source>The picture address is not secure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 megapixels; pictures of at most %3 megapixels can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels; a profile picture needs at least %4 pixels on its shorter side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels, too long and narrow for a profile picture (at most %4:1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would need %2 MB of memory to open, more than the %3 MB allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is incomplete: the file ends before the picture does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a picture this app can read. It reads %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its size cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no picture to prepare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for changes made elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::avatar::PictureUploader</name>
    <message>
        <source>Whop gave no address to upload the picture to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload address has expired. Retry starts the upload again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage refused the upload (HTTP %1). Retry starts the upload again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whop no longer knows the uploaded file. Retry uploads it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whop could not process the picture (its upload status is “failed”). Retry uploads it again, or choose another picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whop did not finish processing the picture within %1. Retry checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::demo::SandboxDemo</name>
    <message>
        <source>The demo sandbox could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::overview::BatchPlan</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture → the new picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key cannot read the global profile: type the value or take it from an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The global profile has not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to take the %1 from has not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::overview::BatchRun</name>
    <message>
        <source>This account is already being changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied (its answer was lost; reading the account again showed the change): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied (confirmed by reading it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) restored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::overview::OverviewModel</name>
    <message>
        <source>inherits: no picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inherits the global picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inherits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from global</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1 (Retry: Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::profile</name>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters, digits and hyphens (no spaces or symbols).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::profile::DraftKeeper</name>
    <message>
        <source>The picture you chose could not be kept on this computer (%1). It is still in the window: save it to Whop before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes could not be kept on this computer (%1). They are still in the window: save them to Whop before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes from an earlier session belong to another profile, so they were not opened. The file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::profile::DraftStore</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes from an earlier session were written by a newer version of this app, so they were not opened. The file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes from an earlier session could not be read (the file is damaged or incomplete), so they were not opened. The file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::profile::ProfileEditor</name>
    <message>
        <source>%1 failed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile&apos;s address now leads to another user (its username changed on Whop). Reload to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed, so nothing was sent. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::ui</name>
    <message>
        <source>1 character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::ui::AccountPickerDialog</name>
    <message>
        <source>Loading accounts… %1 so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts. You can still type an account id below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be listed: %1 You can still type an account id below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account id is biz_ followed by letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::ui::AddIdentityDialog</name>
    <message>
        <source>Production (api.whop.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (sandbox-api.whop.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with Whop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::ui::AvatarWidget</name>
    <message>
        <source>Click to choose a picture, drop one here, or paste one (Ctrl+V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click, drop or paste to choose a new picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading: %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dropped picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::ui::BatchPanel</name>
    <message>
        <source>Type a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the global profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the current account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key cannot read your global profile, so “From the global profile” is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is uploaded once, and the same file is attached to every account that changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select accounts in the list (Shift+arrows, Ctrl+A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) will change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already show(s) these values: nothing is sent to them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n account(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read: retry them first (Ctrl+R).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n Account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: waiting for the answers to what was already sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where an answer was lost, the account was read again and shows what it holds now. Retry Failed sends again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo puts back names, usernames and bios; earlier pictures cannot be put back (Whop gives no file for them).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::ui::CropDialog</name>
    <message>
        <source>&amp;Use Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This frame could not be prepared. Try another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG (keeps the transparency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::ui::CropView</name>
    <message>
        <source>Drag or use the arrow keys to move; scroll or press + and − to zoom; Home centres.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::ui::DraftRecoveryDialog</name>
    <message>
        <source>an earlier session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes you made to this profile (last kept %1) were not saved to Whop. Restore them to carry on where you left off, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Whop now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on Whop since you started editing (it was “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on Whop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of %1 to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the version on Whop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new picture you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on Whop now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::ui::FieldComparison</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::ui::IdentityBar</name>
    <message>
        <source>&amp;Identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sandbox (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile has changes that are not saved. Save them before switching?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::ui::InheritedFields</name>
    <message>
        <source>Use global: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the global value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use global value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words about you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::ui::MainWindow</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Your changes are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no rights on the account “%1” (%2), so its profile cannot be shown or changed here. Choose another account or the global profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whop did not accept a field; see the message beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Edit your Whop profile: display name, username, bio and picture.&lt;/p&gt;&lt;p&gt;Qt %3 · QtKeychain %4&lt;/p&gt;&lt;p&gt;License: MIT&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%5&quot;&gt;%5&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile has changes that are not saved. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked fields before saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::ui::ManageIdentitiesDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from this computer? Its token is deleted from the keychain now; a browser sign-in is also revoked at Whop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::ui::ModeBar</name>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user_… or username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile in account “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile in another account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user id (user_…) or a username (letters, digits, hyphens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile has changes that are not saved. Save them before switching profile?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::ui::OverviewWindow</name>
    <message>
        <source>List order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differing from global first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“inherits: …” means the account shows your global profile&apos;s value; other values are the account&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key cannot read %1&apos;s global profile, so an account&apos;s own values cannot be told from inherited ones. Accounts are compared with the key&apos;s own account “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differing from the key&apos;s account first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key edits a user inside each account: enter the user (user_… or a username) in the main window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Listing accounts… %n so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts could not be listed: %1 Reload (F5) tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read (Ctrl+R retries).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The global profile could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whop asked to slow down: waiting %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::ui::PictureController</name>
    <message>
        <source>Choose &amp;Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;aste Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dropped picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New picture chosen; it is uploaded when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the upload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whop is processing the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the picture: %1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for changes made elsewhere…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::ui::PicturePicker</name>
    <message>
        <source>Pictures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Profile Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy a picture or a picture file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame the picture, then choose Use Picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::ui::SaveConflictDialog</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before you edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Whop now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on Whop now (changed elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture before you edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture on Whop now (changed elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also changed elsewhere, and kept as it is on Whop (you had not changed it): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of %1 to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one on Whop now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As before you edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere meanwhile, so kept as on Whop: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: some fields were changed on Whop meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. Your changes are still here; saving again shows what changed on Whop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::ui::SignInDialog</name>
    <message>
        <source>The link is on the clipboard: paste it into your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Checking your profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link and open it in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whop::ui::UsernameAvailabilityView</name>
    <message>
        <source>Checking whether “%1” is free…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is your current username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check “%1” just now (too many checks); Whop will tell when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be checked in advance; Whop will tell when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether “%1” is free; Whop will tell when you save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
