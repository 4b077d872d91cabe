<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountFacts</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Total (USD)</source>
        <translation>Summe (USD)</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Einnahmen</translation>
    </message>
</context>
<context>
    <name>AccountPickerDialog</name>
    <message>
        <source>Choose an account</source>
        <translation>Konto auswählen</translation>
    </message>
    <message>
        <source>Filter by name or id</source>
        <translation>Nach Name oder ID filtern</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Konten filtern</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Or &amp;type an id</source>
        <translation>Oder &amp;ID eingeben</translation>
    </message>
    <message>
        <source>biz_…</source>
        <translation>biz_…</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Konto-ID</translation>
    </message>
</context>
<context>
    <name>AddIdentityDialog</name>
    <message>
        <source>Add an identity</source>
        <translation>Identität hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>&amp;Basis-URL</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>https://…/api/v1</source>
        <translation>https://…/api/v1</translation>
    </message>
    <message>
        <source>Sign in with &amp;Whop…</source>
        <translation>Mit &amp;Whop anmelden…</translation>
    </message>
    <message>
        <source>Or paste a token or API key</source>
        <translation>Oder ein Token bzw. einen API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Kind of credential</source>
        <translation>Art der Zugangsdaten</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Token or key</source>
        <translation>Token oder Schlüssel</translation>
    </message>
    <message>
        <source>Paste here</source>
        <translation>Hier einfügen</translation>
    </message>
    <message>
        <source>Check and &amp;add</source>
        <translation>Prüfen und &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>Prüfen und hinzufügen</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Nur für diese &amp;Sitzung verwenden</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>An identity is how the editor reaches your profile on Whop. There are three ways in: sign in with Whop, a user token, or an API key. Each is explained below; you can add more later and switch between them.</source>
        <translation>Eine Identität ist der Weg, auf dem der Editor Ihr Profil bei Whop erreicht. Es gibt drei Möglichkeiten: die Anmeldung mit Whop, ein Benutzer-Token oder ein API-Schlüssel. Jede wird unten erklärt; Sie können später weitere hinzufügen und zwischen ihnen wechseln.</translation>
    </message>
    <message>
        <source>Sign in with Whop (your own account)</source>
        <translation>Mit Whop anmelden (Ihr eigenes Konto)</translation>
    </message>
    <message>
        <source>Set &amp;up sign-in…</source>
        <translation>Anmeldung &amp;einrichten…</translation>
    </message>
    <message>
        <source>You sign in in your browser, through a Whop app you registered in Whop&apos;s developer dashboard; Set up sign-in shows what to set there and asks for its client id. Edits your global profile and your profile in each of your accounts. The app never sees your password; its tokens stay in your system keychain and are renewed on their own.</source>
        <translation>Sie melden sich im Browser an, über eine Whop-App, die Sie im Entwickler-Dashboard von Whop registriert haben; „Anmeldung einrichten“ zeigt, was dort einzustellen ist, und fragt nach ihrer Client-ID. Bearbeitet Ihr globales Profil und Ihr Profil in jedem Ihrer Konten. Die App sieht Ihr Passwort nie; ihre Tokens bleiben im Schlüsselbund Ihres Systems und werden von selbst erneuert.</translation>
    </message>
    <message>
        <source>What to set up in Whop&apos;s developer dashboard, step by step, and your app&apos;s client id</source>
        <translation>Was im Entwickler-Dashboard von Whop einzurichten ist, Schritt für Schritt, und die Client-ID Ihrer App</translation>
    </message>
    <message>
        <source>Use another &amp;port</source>
        <translation>Anderen &amp;Port verwenden</translation>
    </message>
    <message>
        <source>Use another port</source>
        <translation>Anderen Port verwenden</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>Change the selected accounts</source>
        <translation>Ausgewählte Konten ändern</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>New display name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Ben&amp;utzername</translation>
    </message>
    <message>
        <source>New username</source>
        <translation>Neuer Benutzername</translation>
    </message>
    <message>
        <source>letters, digits and hyphens</source>
        <translation>Buchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <source>&amp;Bio</source>
        <translation>Bi&amp;o</translation>
    </message>
    <message>
        <source>New bio</source>
        <translation>Neue Bio</translation>
    </message>
    <message>
        <source>A few words (Ctrl+Enter applies)</source>
        <translation>Ein paar Worte (Strg+Eingabe wendet an)</translation>
    </message>
    <message>
        <source>&amp;Picture</source>
        <translation>&amp;Profilbild</translation>
    </message>
    <message>
        <source>C&amp;hoose Picture…</source>
        <translation>Bild aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Pre&amp;view: what each account receives</source>
        <translation>&amp;Vorschau: was jedes Konto erhält</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Wird angewendet</translation>
    </message>
    <message>
        <source>Un&amp;do</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Re&amp;try Failed</source>
        <translation>Fehl&amp;geschlagene erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Where the new name comes from</source>
        <translation>Woher der neue Name stammt</translation>
    </message>
    <message>
        <source>Where the new username comes from</source>
        <translation>Woher der neue Benutzername stammt</translation>
    </message>
    <message>
        <source>Where the new bio comes from</source>
        <translation>Woher die neue Bio stammt</translation>
    </message>
    <message>
        <source>Preview: what each account receives</source>
        <translation>Vorschau: was jedes Konto erhält</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Frame Your Picture</source>
        <translation>Bildausschnitt wählen</translation>
    </message>
    <message>
        <source>Frame your picture</source>
        <translation>Bildausschnitt wählen</translation>
    </message>
    <message>
        <source>Crop area</source>
        <translation>Zuschneidebereich</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>&amp;Centre</source>
        <translation>&amp;Zentrieren</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Round preview</source>
        <translation>Runde Vorschau</translation>
    </message>
    <message>
        <source>Square preview</source>
        <translation>Quadratische Vorschau</translation>
    </message>
    <message>
        <source>Resulting picture</source>
        <translation>Ergebnisbild</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>Centre the frame (Home)</source>
        <translation>Ausschnitt zentrieren (Pos1)</translation>
    </message>
</context>
<context>
    <name>DraftRecoveryDialog</name>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Abweichende Felder</translation>
    </message>
    <message>
        <source>Some fields were also changed on Whop after you started editing. Choose, for each of them, which version to keep.</source>
        <translation>Einige Felder wurden auch bei Whop geändert, nachdem Sie mit der Bearbeitung begonnen haben. Wählen Sie für jedes davon, welche Version behalten werden soll.</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>Entwurf &amp;verwerfen</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Show &amp;every profile</source>
        <translation>&amp;Alle Profile zeigen</translation>
    </message>
    <message>
        <source>Lists the changes to every profile of this identity, not only to the profile on screen</source>
        <translation>Listet die Änderungen an allen Profilen dieser Identität, nicht nur am angezeigten Profil</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>User, account or value</source>
        <translation>Benutzer, Konto oder Wert</translation>
    </message>
    <message>
        <source>Shows only the changes whose user, account or values contain this text</source>
        <translation>Zeigt nur die Änderungen, deren Benutzer, Konto oder Werte diesen Text enthalten</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>Everything about the selected change, with the values in full</source>
        <translation>Alles zur ausgewählten Änderung, mit den vollständigen Werten</translation>
    </message>
    <message>
        <source>&amp;Check interrupted batch…</source>
        <translation>Unterbrochenen Stapel &amp;prüfen…</translation>
    </message>
    <message>
        <source>Read its accounts again, then finish or undo it</source>
        <translation>Seine Konten erneut lesen, dann ihn fertigstellen oder rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>InterruptedBatchDialog</name>
    <message>
        <source>A batch was interrupted</source>
        <translation>Ein Stapel wurde unterbrochen</translation>
    </message>
    <message>
        <source>The accounts that show the change</source>
        <translation>Die Konten, die die Änderung zeigen</translation>
    </message>
    <message>
        <source>The accounts the change did not reach</source>
        <translation>Die Konten, die die Änderung nicht erreicht hat</translation>
    </message>
    <message>
        <source>The accounts whose state could not be learnt, with why</source>
        <translation>Die Konten, deren Stand nicht zu erfahren war, mit dem Grund</translation>
    </message>
    <message>
        <source>&amp;Leave It for Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>Asked again at the next start, and from History</source>
        <translation>Wird beim nächsten Start erneut gefragt, und im Verlauf</translation>
    </message>
    <message>
        <source>&amp;Keep as It Is</source>
        <translation>So &amp;belassen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Whop Profile Editor</source>
        <translation>Whop Profile Editor</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Profilbild</translation>
    </message>
    <message>
        <source>&lt;b&gt;Account&lt;/b&gt;</source>
        <translation>&lt;b&gt;Konto&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identität</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Add identity…</source>
        <translation>Identität &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Manage identities…</source>
        <translation>Identitäten &amp;verwalten…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About Whop Profile Editor</source>
        <translation>&amp;Über Whop Profile Editor</translation>
    </message>
    <message>
        <source>&amp;All Accounts…</source>
        <translation>&amp;Alle Konten…</translation>
    </message>
    <message>
        <source>Every account&apos;s profile at a glance; change many at once</source>
        <translation>Das Profil jedes Kontos auf einen Blick; viele auf einmal ändern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Verwalten…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Copy Diagnostics</source>
        <translation>&amp;Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>Copy versions, settings and recent error kinds for a bug report (no tokens, names or profile text)</source>
        <translation>Versionen, Einstellungen und die Arten der letzten Fehler für einen Fehlerbericht kopieren (keine Token, Namen oder Profiltexte)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Every change this editor sent, and putting earlier values back</source>
        <translation>Jede Änderung, die dieser Editor gesendet hat, und frühere Werte wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>No Whop account is connected yet, so this is the demo sandbox. There are three ways in:
• Sign in with Whop, through an app you registered in Whop&apos;s developer dashboard: edits your global profile and your profile in each of your accounts.
• A user token Whop issued for your account: edits the same, until it expires.
• An account or app API key, from a business&apos;s dashboard or Whop&apos;s developer dashboard: edits a member&apos;s profile inside those accounts.</source>
        <translation>Noch ist kein Whop-Konto verbunden, daher ist dies die Demo-Sandbox. Es gibt drei Möglichkeiten:
• Mit Whop anmelden, über eine App, die Sie im Entwickler-Dashboard von Whop registriert haben: bearbeitet Ihr globales Profil und Ihr Profil in jedem Ihrer Konten.
• Ein Benutzer-Token, das Whop für Ihr Konto ausgestellt hat: bearbeitet dasselbe, bis es abläuft.
• Ein Konto- oder App-API-Schlüssel aus dem Dashboard eines Unternehmens oder dem Entwickler-Dashboard von Whop: bearbeitet das Profil eines Mitglieds in diesen Konten.</translation>
    </message>
    <message>
        <source>You have no rights on the account “%1” (%2), so its profile cannot be shown or changed here. Choose another account or the global profile.</source>
        <translation>Sie haben keine Rechte für das Konto „%1“ (%2), daher kann sein Profil hier weder angezeigt noch geändert werden. Wählen Sie ein anderes Konto oder das globale Profil.</translation>
    </message>
    <message>
        <source>Whop refused the change: this sign-in lacks the scope %1, which saving a profile needs. Allow it for your Whop app (Set up sign-in… shows where), then sign in again.</source>
        <translation>Whop hat die Änderung abgelehnt: Dieser Anmeldung fehlt der Scope %1, den das Speichern eines Profils braucht. Erlauben Sie ihn für Ihre Whop-App („Anmeldung einrichten…“ zeigt, wo) und melden Sie sich dann erneut an.</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>All Accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Account title or id</source>
        <translation>Kontotitel oder ID</translation>
    </message>
    <message>
        <source>Shows only the accounts whose title or id contains this text</source>
        <translation>Zeigt nur die Konten, deren Titel oder ID diesen Text enthält</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Sortierung:</translation>
    </message>
    <message>
        <source>&amp;Retry Failed Rows</source>
        <translation>Fehlgeschlagene Zeilen &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read every account again (F5)</source>
        <translation>Alle Konten erneut lesen (F5)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Reading accounts</source>
        <translation>Konten werden gelesen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Identity of this window</source>
        <translation>Identität dieses Fensters</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sign in with Whop</source>
        <translation>Mit Whop anmelden</translation>
    </message>
    <message>
        <source>Client &amp;id</source>
        <translation>Client-&amp;ID</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>app_…</source>
        <translation>app_…</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>&amp;Registered URI:</source>
        <translation>&amp;Registrierte URI:</translation>
    </message>
    <message>
        <source>Redirect to the registered URI</source>
        <translation>Weiterleitung an die registrierte URI</translation>
    </message>
    <message>
        <source>Registered redirect URI</source>
        <translation>Registrierte Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>http://localhost:8765/callback</source>
        <translation>http://localhost:8765/callback</translation>
    </message>
    <message>
        <source>&amp;Scopes</source>
        <translation>&amp;Scopes</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Used from the next sign-in on. Identities you already signed in with keep the app that signed them in.</source>
        <translation>Gilt ab der nächsten Anmeldung. Bereits angemeldete Identitäten behalten die App, mit der sie angemeldet wurden.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>API &amp;version</source>
        <translation>API-&amp;Version</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Request &amp;timeout</source>
        <translation>&amp;Zeitlimit für Anfragen</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Applies at once: the next request uses it.</source>
        <translation>Gilt sofort: Die nächste Anfrage verwendet es.</translation>
    </message>
    <message>
        <source>To sign in with your Whop account, register a public app in Whop&apos;s developer dashboard with the redirect URI below (Set up sign-in… in Add an identity shows every step). Its client id goes here; no client secret is needed.</source>
        <translation>Um sich mit Ihrem Whop-Konto anzumelden, registrieren Sie im Entwickler-Dashboard von Whop eine öffentliche App mit der Weiterleitungs-URI unten („Anmeldung einrichten…“ unter „Identität hinzufügen“ zeigt jeden Schritt). Ihre Client-ID gehört hierher; ein Client-Secret ist nicht nötig.</translation>
    </message>
    <message>
        <source>Redirect to this computer&apos;s own URI</source>
        <translation>Weiterleitung an die eigene URI dieses Computers</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Your display name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Name length</source>
        <translation>Länge des Namens</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Ben&amp;utzername</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>letters, digits and hyphens</source>
        <translation>Buchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <source>Username length</source>
        <translation>Länge des Benutzernamens</translation>
    </message>
    <message>
        <source>&amp;Bio</source>
        <translation>Bi&amp;o</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Bio</translation>
    </message>
    <message>
        <source>A few words about you</source>
        <translation>Ein paar Worte über Sie</translation>
    </message>
    <message>
        <source>Bio length</source>
        <translation>Länge der Bio</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The list of identities could not be read (%1). It was kept as %2; add your identities again.</source>
        <translation>Die Liste der Identitäten konnte nicht gelesen werden (%1). Sie wurde als %2 aufbewahrt; fügen Sie Ihre Identitäten erneut hinzu.</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>kein gültiges JSON</translation>
    </message>
    <message>
        <source>format %1 is not one this version understands</source>
        <translation>Format %1 wird von dieser Version nicht verstanden</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>SaveConflictDialog</name>
    <message>
        <source>Changed on Whop meanwhile</source>
        <translation>Inzwischen bei Whop geändert</translation>
    </message>
    <message>
        <source>While you were editing, this profile was also changed elsewhere (on the web, on another device or by a teammate). Nothing has been saved yet. Choose which version of each field to keep, then save.</source>
        <translation>Während Sie bearbeitet haben, wurde dieses Profil auch an anderer Stelle geändert (im Web, auf einem anderen Gerät oder von einem Teammitglied). Es wurde noch nichts gespeichert. Wählen Sie für jedes Feld, welche Version behalten werden soll, und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Fields changed in both places</source>
        <translation>An beiden Stellen geänderte Felder</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>&amp;Zurück zur Bearbeitung</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Zurück zur Bearbeitung</translation>
    </message>
    <message>
        <source>&amp;Save with these choices</source>
        <translation>Mit dieser Auswahl &amp;speichern</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>Mit dieser Auswahl speichern</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in with Whop</source>
        <translation>Mit Whop anmelden</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>If no browser opened, copy the link and open it in your browser. This window gives up after 5 minutes.</source>
        <translation>Falls sich kein Browser geöffnet hat, kopieren Sie den Link und öffnen Sie ihn in Ihrem Browser. Dieses Fenster gibt nach 5 Minuten auf.</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>Browser erneut &amp;öffnen</translation>
    </message>
    <message>
        <source>Open browser again</source>
        <translation>Browser erneut öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Set &amp;up sign-in…</source>
        <translation>Anmeldung &amp;einrichten…</translation>
    </message>
    <message>
        <source>Set up sign-in…</source>
        <translation>Anmeldung einrichten…</translation>
    </message>
</context>
<context>
    <name>SignInGuide</name>
    <message>
        <source>Set up sign-in with Whop</source>
        <translation>Anmeldung mit Whop einrichten</translation>
    </message>
    <message>
        <source>Sign in with Whop goes through an app of your own in Whop&apos;s developer dashboard. Set it up once, exactly as below; nothing here is secret.</source>
        <translation>„Mit Whop anmelden“ läuft über eine eigene App im Entwickler-Dashboard von Whop. Richten Sie sie einmal ein, genau wie unten beschrieben; nichts davon ist geheim.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Your app.&lt;/b&gt; In Whop&apos;s developer dashboard, create an app for this editor, or open the one you made for it before.</source>
        <translation>&lt;b&gt;1. Ihre App.&lt;/b&gt; Erstellen Sie im Entwickler-Dashboard von Whop eine App für diesen Editor, oder öffnen Sie die, die Sie früher dafür angelegt haben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Client type: Public.&lt;/b&gt; In the app&apos;s OAuth settings, choose the client type Public. The editor runs on your computer and cannot keep a client secret, and Whop refuses a Confidential app&apos;s sign-in without one.</source>
        <translation>&lt;b&gt;2. Client-Typ: Öffentlich (Public).&lt;/b&gt; Wählen Sie in den OAuth-Einstellungen der App den Client-Typ Public. Der Editor läuft auf Ihrem Computer und kann kein Client-Secret geheim halten, und Whop lehnt die Anmeldung einer vertraulichen (Confidential) App ohne eines ab.</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Redirect URI.&lt;/b&gt; Add this redirect URI to the app exactly as shown: Whop compares it character by character.</source>
        <translation>&lt;b&gt;3. Weiterleitungs-URI.&lt;/b&gt; Fügen Sie der App diese Weiterleitungs-URI genau so hinzu, wie sie hier steht: Whop vergleicht sie Zeichen für Zeichen.</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>Zu registrierende Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Cop&amp;y URI</source>
        <translation>URI &amp;kopieren</translation>
    </message>
    <message>
        <source>Use a&amp;nother port</source>
        <translation>Anderen &amp;Port verwenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;4. Scopes.&lt;/b&gt; Allow these scopes for the app; with user:profile:update the editor can save your profile.</source>
        <translation>&lt;b&gt;4. Scopes.&lt;/b&gt; Erlauben Sie diese Scopes für die App; mit user:profile:update kann der Editor Ihr Profil speichern.</translation>
    </message>
    <message>
        <source>Scopes to allow</source>
        <translation>Zu erlaubende Scopes</translation>
    </message>
    <message>
        <source>Copy &amp;scopes</source>
        <translation>&amp;Scopes kopieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;5. Client id.&lt;/b&gt; Give the app&apos;s client id, as the dashboard shows it.</source>
        <translation>&lt;b&gt;5. Client-ID.&lt;/b&gt; Geben Sie die Client-ID der App an, so wie das Dashboard sie anzeigt.</translation>
    </message>
    <message>
        <source>Client &amp;id</source>
        <translation>Client-&amp;ID</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>app_…</source>
        <translation>app_…</translation>
    </message>
</context>
<context>
    <name>StoredSecret</name>
    <message>
        <source>The token of “%1” could not be read from the keychain. %2</source>
        <translation>Das Token von „%1“ konnte nicht aus dem Schlüsselbund gelesen werden. %2</translation>
    </message>
    <message>
        <source>The keychain entry of “%1” is not one this app wrote. Remove the identity and add it again.</source>
        <translation>Der Schlüsselbundeintrag von „%1“ stammt nicht von dieser App. Entfernen Sie die Identität und fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <source>The saved token of “%1” does not say where it belongs, and the identity points at %2, which is not Whop&apos;s own address, so the token was not sent. Remove the identity and add it again.</source>
        <translation>Das gespeicherte Token von „%1“ gibt nicht an, wohin es gehört, und die Identität verweist auf %2, was nicht die Adresse von Whop ist. Daher wurde das Token nicht gesendet. Entfernen Sie die Identität und fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <source>The saved token of “%1” belongs to %2, but the identity now points at %3, so the token was not sent there. If you changed the address on purpose, remove the identity and add it again.</source>
        <translation>Das gespeicherte Token von „%1“ gehört zu %2, aber die Identität verweist jetzt auf %3, daher wurde das Token nicht dorthin gesendet. Falls Sie die Adresse absichtlich geändert haben, entfernen Sie die Identität und fügen Sie sie erneut hinzu.</translation>
    </message>
</context>
<context>
    <name>whop::api::ApiCall</name>
    <message>
        <source>The answer was larger than %1 MB and was not read.</source>
        <translation>Die Antwort war größer als %1 MB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>No complete answer within %1 seconds.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation>Der Servername %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation>Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The connection was closed unexpectedly.</source>
        <translation>Die Verbindung wurde unerwartet geschlossen.</translation>
    </message>
    <message>
        <source>The server redirected to another host (%1). The request was not followed, so your credentials stay with %2.</source>
        <translation>Der Server hat an einen anderen Host weitergeleitet (%1). Der Weiterleitung wurde nicht gefolgt, daher bleiben Ihre Zugangsdaten bei %2.</translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation>Zu viele Weiterleitungen.</translation>
    </message>
    <message>
        <source>It sent a web page instead of data.</source>
        <translation>Er hat eine Webseite statt Daten gesendet.</translation>
    </message>
    <message>
        <source>Its answer could not be read: %1.</source>
        <translation>Seine Antwort konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>whop::api::ApiError</name>
    <message>
        <source>Could not reach Whop. Check your internet connection and try again.</source>
        <translation>Whop ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Whop did not answer in time. Try again in a moment.</source>
        <translation>Whop hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified, so nothing was sent.</source>
        <translation>Die sichere Verbindung zum Server konnte nicht überprüft werden, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Whop refused the request as invalid.</source>
        <translation>Whop hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht aufgeführt</translation>
    </message>
    <message>
        <source>Whop did not accept your sign-in (it may have expired, or belong to another environment). Connect again.</source>
        <translation>Whop hat Ihre Anmeldung nicht akzeptiert (sie ist möglicherweise abgelaufen oder gehört zu einer anderen Umgebung). Verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>You do not have permission to do this: the token lacks the user:profile:update scope or has no rights here.</source>
        <translation>Sie haben keine Berechtigung dafür: Dem Token fehlt der Scope user:profile:update, oder es hat hier keine Rechte.</translation>
    </message>
    <message>
        <source>Whop could not find that user.</source>
        <translation>Whop konnte diesen Benutzer nicht finden.</translation>
    </message>
    <message>
        <source>Whop refused a value in the form.</source>
        <translation>Whop hat einen Wert im Formular abgelehnt.</translation>
    </message>
    <message>
        <source>Too many requests. Try again in 1 second.</source>
        <translation>Zu viele Anfragen. Versuchen Sie es in 1 Sekunde erneut.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Whop had a problem on its side (HTTP %1). Try again later.</source>
        <translation>Whop hatte ein Problem auf seiner Seite (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Whop sent an answer this app could not understand.</source>
        <translation>Whop hat eine Antwort gesendet, die diese App nicht verstehen konnte.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Whop does not support the API version this app asked for. Supported versions: %1. Choose one in Preferences (Network).</source>
        <translation>Whop unterstützt die von dieser App angeforderte API-Version nicht. Unterstützte Versionen: %1. Wählen Sie eine in den Einstellungen (Netzwerk).</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anfragen. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Anfragen. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your change was not sent because it could not be recorded first: %1</source>
        <translation>Ihre Änderung wurde nicht gesendet, weil sie nicht zuvor aufgezeichnet werden konnte: %1</translation>
    </message>
</context>
<context>
    <name>whop::api::ClientConfig</name>
    <message>
        <source>The base URL is not a valid address.</source>
        <translation>Die Basis-URL ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The base URL must not have a query or fragment.</source>
        <translation>Die Basis-URL darf keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (127.0.0.1, ::1 or localhost); use https.</source>
        <translation>Unverschlüsseltes http ist nur zu diesem Computer erlaubt (127.0.0.1, ::1 oder localhost); verwenden Sie https.</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>Die Basis-URL muss mit https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>whop::api::StorageUpload</name>
    <message>
        <source>The upload address Whop gave is not a secure address.</source>
        <translation>Die von Whop angegebene Adresse zum Hochladen ist keine sichere Adresse.</translation>
    </message>
    <message>
        <source>The storage sent nothing for %1 seconds.</source>
        <translation>Der Speicher hat %1 Sekunden lang nichts gesendet.</translation>
    </message>
    <message>
        <source>The storage redirected the upload, which is not followed.</source>
        <translation>Der Speicher hat das Hochladen umgeleitet; dieser Weiterleitung wird nicht gefolgt.</translation>
    </message>
    <message numerus="yes">
        <source>Whop asked for %n upload header(s); at most %1 are sent.</source>
        <translation>
            <numerusform>Whop hat %n Header für das Hochladen angefordert; höchstens %1 werden gesendet.</numerusform>
            <numerusform>Whop hat %n Header für das Hochladen angefordert; höchstens %1 werden gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whop asked for an upload header with an invalid name (%1).</source>
        <translation>Whop hat einen Header für das Hochladen mit ungültigem Namen angefordert (%1).</translation>
    </message>
    <message>
        <source>Whop asked for the upload header %1 with a line break or control character in its value.</source>
        <translation>Whop hat den Header %1 für das Hochladen mit einem Zeilenumbruch oder Steuerzeichen im Wert angefordert.</translation>
    </message>
    <message>
        <source>Whop asked for the upload header %1 with a value longer than %2 KB.</source>
        <translation>Whop hat den Header %1 für das Hochladen mit einem Wert länger als %2 KB angefordert.</translation>
    </message>
    <message>
        <source>Whop asked for the upload header %1, which this app sets itself.</source>
        <translation>Whop hat den Header %1 für das Hochladen angefordert, den diese App selbst setzt.</translation>
    </message>
    <message>
        <source>Whop asked for the upload header %1, which would send a credential to the storage host.</source>
        <translation>Whop hat den Header %1 für das Hochladen angefordert, der Zugangsdaten an den Speicher-Host senden würde.</translation>
    </message>
    <message>
        <source>The storage&apos;s answer was larger than %1 KB and was not read.</source>
        <translation>Die Antwort des Speichers war größer als %1 KB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a name quoted in a sentence: the language&apos;s quotation marks</comment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>whop::app::AppSession</name>
    <message>
        <source>The demo sandbox could not start. %1</source>
        <translation>Die Demo-Sandbox konnte nicht gestartet werden. %1</translation>
    </message>
    <message>
        <source>The API key was not accepted: %1</source>
        <translation>Der API-Schlüssel wurde nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>An API key edits a user&apos;s profile inside an account. Enter the user to edit (user_… or a username).</source>
        <translation>Ein API-Schlüssel bearbeitet das Profil eines Benutzers innerhalb eines Kontos. Geben Sie den zu bearbeitenden Benutzer ein (user_… oder einen Benutzernamen).</translation>
    </message>
    <message>
        <source>The identity was removed from this computer.</source>
        <translation>Die Identität wurde von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>Changed Elsewhere %1</source>
        <translation>Anderswo geändert %1</translation>
    </message>
    <message>
        <source>This bio was changed on another device (change %1).</source>
        <translation>Diese Bio wurde auf einem anderen Gerät geändert (Änderung %1).</translation>
    </message>
    <message>
        <source>No Whop account is connected yet, so this is the demo sandbox. Add an identity to sign in with Whop or to paste a token.</source>
        <translation>Noch ist kein Whop-Konto verbunden, daher ist dies die Demo-Sandbox. Fügen Sie eine Identität hinzu, um sich mit Whop anzumelden oder ein Token einzufügen.</translation>
    </message>
    <message>
        <source>The demo sandbox is not part of this build. Add an identity to sign in with Whop or to paste a token.</source>
        <translation>Die Demo-Sandbox ist in diesem Build nicht enthalten. Fügen Sie eine Identität hinzu, um sich mit Whop anzumelden oder ein Token einzufügen.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain, so it is kept for this session only. %1</source>
        <translation>Die erneuerte Anmeldung konnte nicht im Schlüsselbund gespeichert werden und gilt daher nur für diese Sitzung. %1</translation>
    </message>
    <message>
        <source>Some files an earlier version of this app kept could not be moved into this version&apos;s folders, so they were left where they were: %1</source>
        <translation>Einige Dateien, die eine frühere Version dieser App angelegt hat, konnten nicht in die Ordner dieser Version verschoben werden und sind geblieben, wo sie waren: %1</translation>
    </message>
</context>
<context>
    <name>whop::app::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Use a local Whop-compatible sandbox with demo data; no account needed.</source>
        <translation>Eine lokale, Whop-kompatible Sandbox mit Demodaten verwenden; kein Konto nötig.</translation>
    </message>
    <message>
        <source>Like --demo, and once you start editing, the sandbox changes the profile&apos;s name, bio and picture as if on another device, so that saving shows how that is handled.</source>
        <translation>Wie --demo; sobald Sie mit der Bearbeitung beginnen, ändert die Sandbox außerdem Name, Bio und Bild des Profils, als geschähe es auf einem anderen Gerät, damit beim Speichern zu sehen ist, wie das behandelt wird.</translation>
    </message>
    <message>
        <source>The Whop API base URL (https, or http to this computer). Default: %1; overrides WHOP_BASE_URL.</source>
        <translation>Die Basis-URL der Whop-API (https oder http zu diesem Computer). Standard: %1; hat Vorrang vor WHOP_BASE_URL.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The Api-Version-Date to send (YYYY-MM-DD[-N]). Default: %1; overrides WHOP_API_VERSION.</source>
        <translation>Das zu sendende Api-Version-Date (JJJJ-MM-TT[-N]). Standard: %1; hat Vorrang vor WHOP_API_VERSION.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>Whose profile to open: me, a user_ id or a username. Default: me.</source>
        <translation>Wessen Profil geöffnet werden soll: me, eine user_-ID oder ein Benutzername. Standard: me.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>benutzer</translation>
    </message>
    <message>
        <source>Seconds to wait for each attempt of a request (1-600). Default: 60.</source>
        <translation>Sekunden, die auf jeden Versuch einer Anfrage gewartet wird (1-600). Standard: 60.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>The OAuth client id (app_...) used for &quot;Sign in with Whop&quot;. Default: from the settings.</source>
        <translation>Die OAuth-Client-ID (app_...) für „Mit Whop anmelden“. Standard: aus den Einstellungen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Edit your Whop profile: display name, username, bio and picture.</source>
        <translation>Bearbeiten Sie Ihr Whop-Profil: Name, Benutzername, Bio und Bild.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for the list of options.</source>
        <translation>Mit &apos;%1 --help&apos; erhalten Sie die Liste der Optionen.</translation>
    </message>
    <message>
        <source>
Environment:
  WHOP_BASE_URL             The API base URL, as --base-url.
  WHOP_API_VERSION          The Api-Version-Date, as --api-version.
  WHOP_API_KEY              An API key to use for this run only (never stored).
  QT_LOGGING_RULES          Logging categories, e.g. &quot;whop.*.debug=true&quot;; tokens are never logged.
</source>
        <translation>
Umgebungsvariablen:
  WHOP_BASE_URL             Die API-Basis-URL, wie --base-url.
  WHOP_API_VERSION          Das Api-Version-Date, wie --api-version.
  WHOP_API_KEY              Ein API-Schlüssel nur für diesen Lauf (wird nie gespeichert).
  QT_LOGGING_RULES          Protokollierungskategorien, z. B. &quot;whop.*.debug=true&quot;; Token werden nie protokolliert.
</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Bad base URL &apos;%1&apos;: %2</source>
        <translation>Ungültige Basis-URL &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>--demo uses its own local sandbox; it cannot be combined with a base URL.</source>
        <translation>--demo verwendet eine eigene lokale Sandbox und kann nicht mit einer Basis-URL kombiniert werden.</translation>
    </message>
    <message>
        <source>Bad API version &apos;%1&apos;: expected a date like %2.</source>
        <translation>Ungültige API-Version &apos;%1&apos;: Erwartet wird ein Datum wie %2.</translation>
    </message>
    <message>
        <source>Bad --user: %1.</source>
        <translation>Ungültiger Wert für --user: %1.</translation>
    </message>
    <message>
        <source>Bad --timeout &apos;%1&apos;: expected a number of seconds from %2 to %3.</source>
        <translation>Ungültiger Wert für --timeout &apos;%1&apos;: Erwartet wird eine Anzahl von Sekunden von %2 bis %3.</translation>
    </message>
    <message>
        <source>Bad --oauth-client-id &apos;%1&apos;: expected an app id like app_abc123.</source>
        <translation>Ungültiger Wert für --oauth-client-id &apos;%1&apos;: Erwartet wird eine App-ID wie app_abc123.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>Aufruf: %1 [Optionen]</translation>
    </message>
</context>
<context>
    <name>whop::app::Diagnostics</name>
    <message>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>no request id</source>
        <translation>keine Anfrage-ID</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>Anfrage-ID %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2), platform %3</source>
        <translation>Qt: %1 (kompiliert mit %2), Plattform %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>QtKeychain: %1</source>
        <translation>QtKeychain: %1</translation>
    </message>
    <message>
        <source>System: %1; %2; %3</source>
        <translation>System: %1; %2; %3</translation>
    </message>
    <message>
        <source> (host %1)</source>
        <translation> (Host %1)</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>none (demo)</source>
        <translation>keine (Demo)</translation>
    </message>
    <message>
        <source>, this run only (WHOP_API_KEY)</source>
        <translation>, nur für diesen Lauf (WHOP_API_KEY)</translation>
    </message>
    <message>
        <source>, needs to sign in again</source>
        <translation>, erneute Anmeldung nötig</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identität: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>an account&apos;s profile</source>
        <translation>Profil eines Kontos</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>API version: %1 (%2)</source>
        <translation>API-Version: %1 (%2)</translation>
    </message>
    <message>
        <source>Request timeout: %1 s (%2)</source>
        <translation>Zeitlimit für Anfragen: %1 s (%2)</translation>
    </message>
    <message>
        <source>Sign in with Whop: client id %1; redirect %2; scopes %3</source>
        <translation>Mit Whop anmelden: Client-ID %1; Weiterleitung %2; Scopes %3</translation>
    </message>
    <message>
        <source>set (%1)</source>
        <translation>gesetzt (%1)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Recent errors: none</source>
        <translation>Letzte Fehler: keine</translation>
    </message>
    <message>
        <source>Recent errors (oldest first):</source>
        <translation>Letzte Fehler (älteste zuerst):</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>port not chosen yet</source>
        <translation>Port noch nicht gewählt</translation>
    </message>
</context>
<context>
    <name>whop::app::IdentityBinding</name>
    <message>
        <source>“%1” was removed from this computer, so nothing more is sent from this window.</source>
        <translation>„%1“ wurde von diesem Computer entfernt, daher sendet dieses Fenster nichts mehr.</translation>
    </message>
    <message>
        <source>“%1” must sign in again, so nothing more is sent from this window. %2</source>
        <translation>„%1“ muss sich erneut anmelden, daher sendet dieses Fenster nichts mehr. %2</translation>
    </message>
    <message>
        <source>Demo sandbox (local)</source>
        <translation>Demo-Sandbox (lokal)</translation>
    </message>
</context>
<context>
    <name>whop::app::IdentityService</name>
    <message>
        <source>Paste a token or key first.</source>
        <translation>Fügen Sie zuerst ein Token oder einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>That does not look like a single token: it contains spaces or line breaks.</source>
        <translation>Das sieht nicht nach einem einzelnen Token aus: Es enthält Leerzeichen oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>HTTP %1 — %2</source>
        <translation>HTTP %1 — %2</translation>
    </message>
    <message>
        <source>Whop refused this credential. %1</source>
        <translation>Whop hat diese Zugangsdaten abgelehnt. %1</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The sign-in was also revoked at Whop.</source>
        <translation>Die Anmeldung wurde auch bei Whop widerrufen.</translation>
    </message>
    <message>
        <source>Removed from this computer, but Whop could not be told to revoke the sign-in (%1). It expires on its own.</source>
        <translation>Von diesem Computer entfernt, aber Whop konnte nicht zum Widerruf der Anmeldung aufgefordert werden (%1). Sie läuft von selbst ab.</translation>
    </message>
    <message>
        <source>The keychain is locked, so “%1” and its token were kept. Unlock the keychain (for example in GNOME Keyring or KWallet), then try again.</source>
        <translation>Der Schlüsselbund ist gesperrt, daher wurden „%1“ und das zugehörige Token behalten. Entsperren Sie den Schlüsselbund (zum Beispiel in GNOME Keyring oder KWallet) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>No keychain is available, so the token of “%1” could not be deleted and the identity was kept. Start your keychain (GNOME Keyring, KWallet or KeePassXC), then try again.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher konnte das Token von „%1“ nicht gelöscht werden und die Identität wurde behalten. Starten Sie Ihren Schlüsselbund (GNOME Keyring, KWallet oder KeePassXC) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The keychain could not delete the token of “%1” (%2), so the identity was kept. Try again.</source>
        <translation>Der Schlüsselbund konnte das Token von „%1“ nicht löschen (%2), daher wurde die Identität behalten. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The credential could not be checked. %1</source>
        <translation>Die Zugangsdaten konnten nicht geprüft werden. %1</translation>
    </message>
</context>
<context>
    <name>whop::app::Preferences</name>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>A client id starts with app_, e.g. app_AbC123.</source>
        <translation>Eine Client-ID beginnt mit app_, z. B. app_AbC123.</translation>
    </message>
    <message>
        <source>After app_ a client id has only letters, digits, _ and -.</source>
        <translation>Nach app_ enthält eine Client-ID nur Buchstaben, Ziffern, _ und -.</translation>
    </message>
    <message>
        <source>Give the redirect URI registered with your Whop app, e.g. http://localhost:8765/callback.</source>
        <translation>Geben Sie die bei Ihrer Whop-App registrierte Weiterleitungs-URI an, z. B. http://localhost:8765/callback.</translation>
    </message>
    <message>
        <source>This is not an address. Write it like http://localhost:8765/callback.</source>
        <translation>Das ist keine Adresse. Schreiben Sie sie wie http://localhost:8765/callback.</translation>
    </message>
    <message>
        <source>The redirect URI starts with http:// (the browser comes back to this computer, not over the internet).</source>
        <translation>Die Weiterleitungs-URI beginnt mit http:// (der Browser kehrt zu diesem Computer zurück, nicht über das Internet).</translation>
    </message>
    <message>
        <source>The host must be this computer: localhost, 127.0.0.1 or [::1].</source>
        <translation>Der Host muss dieser Computer sein: localhost, 127.0.0.1 oder [::1].</translation>
    </message>
    <message>
        <source>Only host, port and path: no user name, no ? and no #.</source>
        <translation>Nur Host, Port und Pfad: kein Benutzername, kein ? und kein #.</translation>
    </message>
    <message>
        <source>Give the port as registered with Whop, e.g. :8765 (:0 means any free port).</source>
        <translation>Geben Sie den Port so an, wie er bei Whop registriert ist, z. B. :8765 (:0 bedeutet beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Give the path as registered with Whop, e.g. /callback.</source>
        <translation>Geben Sie den Pfad so an, wie er bei Whop registriert ist, z. B. /callback.</translation>
    </message>
    <message>
        <source>Give at least %1.</source>
        <translation>Geben Sie mindestens %1 an.</translation>
    </message>
    <message>
        <source>“%1” is not a scope: scopes are words separated by spaces, without quotes or backslashes.</source>
        <translation>„%1“ ist kein Scope: Scopes sind durch Leerzeichen getrennte Wörter, ohne Anführungszeichen oder Backslashes.</translation>
    </message>
    <message>
        <source>Include %1: without it your profile cannot be saved.</source>
        <translation>Fügen Sie %1 hinzu: Ohne diesen Scope kann Ihr Profil nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>An API version is a date like %1, sometimes with -1 after it.</source>
        <translation>Eine API-Version ist ein Datum wie %1, manchmal gefolgt von -1.</translation>
    </message>
    <message>
        <source>From %1 to %2 seconds.</source>
        <translation>Von %1 bis %2 Sekunden.</translation>
    </message>
    <message>
        <source>There is no date %1. An API version is a real date like %2.</source>
        <translation>Das Datum %1 gibt es nicht. Eine API-Version ist ein echtes Datum wie %2.</translation>
    </message>
</context>
<context>
    <name>whop::auth::CredentialStore</name>
    <message>
        <source>No keychain is available to keep your token safe. Start a Secret Service provider (GNOME Keyring, KWallet or KeePassXC with Secret Service integration); in Flatpak, allow access to org.freedesktop.secrets. You can also keep the token for this session only.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um Ihr Token sicher aufzubewahren. Starten Sie einen Secret-Service-Anbieter (GNOME Keyring, KWallet oder KeePassXC mit Secret-Service-Integration); erlauben Sie in Flatpak den Zugriff auf org.freedesktop.secrets. Sie können das Token auch nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it (for example in GNOME Keyring or KWallet) and try again, or keep the token for this session only.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn (zum Beispiel in GNOME Keyring oder KWallet) und versuchen Sie es erneut, oder behalten Sie das Token nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>No saved token was found in the keychain. Connect again.</source>
        <translation>Im Schlüsselbund wurde kein gespeichertes Token gefunden. Verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The keychain reported a problem: %1</source>
        <translation>Der Schlüsselbund hat ein Problem gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>whop::auth::Identity</name>
    <message>
        <source>Signed in with Whop</source>
        <translation>Mit Whop angemeldet</translation>
    </message>
    <message>
        <source>User token</source>
        <translation>Benutzer-Token</translation>
    </message>
    <message>
        <source>Account API key</source>
        <translation>Konto-API-Schlüssel</translation>
    </message>
    <message>
        <source>App API key</source>
        <translation>App-API-Schlüssel</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source> · sign in again</source>
        <translation> · erneut anmelden</translation>
    </message>
    <message>
        <source> · this run only</source>
        <translation> · nur für diese Sitzung</translation>
    </message>
    <message>
        <source> · needs attention</source>
        <translation> · bitte prüfen</translation>
    </message>
    <message>
        <source>%1 without a name</source>
        <translation>%1 ohne Namen</translation>
    </message>
</context>
<context>
    <name>whop::auth::OAuthAuthenticator</name>
    <message>
        <source>Whop no longer accepts this sign-in (%1). Sign in again; your unsaved changes stay in the form.</source>
        <translation>Whop akzeptiert diese Anmeldung nicht mehr (%1). Melden Sie sich erneut an; Ihre ungespeicherten Änderungen bleiben im Formular erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Your sign-in could not be renewed (%n attempt(s)): %1 The app stops trying on its own; reloading or saving tries again, or sign in again. Your unsaved changes stay in the form.</source>
        <translation>
            <numerusform>Ihre Anmeldung konnte nicht erneuert werden (%n Versuch): %1 Die App versucht es nicht mehr selbstständig; Neu laden oder Speichern versucht es erneut, oder Sie melden sich erneut an. Ihre ungespeicherten Änderungen bleiben im Formular erhalten.</numerusform>
            <numerusform>Ihre Anmeldung konnte nicht erneuert werden (%n Versuche): %1 Die App versucht es nicht mehr selbstständig; Neu laden oder Speichern versucht es erneut, oder Sie melden sich erneut an. Ihre ungespeicherten Änderungen bleiben im Formular erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::auth::OAuthSettings</name>
    <message>
        <source>The sign-in endpoints must use https.</source>
        <translation>Die Anmelde-Endpunkte müssen https verwenden.</translation>
    </message>
    <message>
        <source>The redirect URI must be http://127.0.0.1:PORT/... or http://localhost:PORT/.... Change it in Preferences.</source>
        <translation>Die Weiterleitungs-URI muss http://127.0.0.1:PORT/... oder http://localhost:PORT/... lauten. Ändern Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>No OAuth client id is set. Set up sign-in… shows what to register in Whop&apos;s developer dashboard and asks for your app&apos;s client id (app_…).</source>
        <translation>Es ist keine OAuth-Client-ID festgelegt. „Anmeldung einrichten…“ zeigt, was im Entwickler-Dashboard von Whop zu registrieren ist, und fragt nach der Client-ID Ihrer App (app_…).</translation>
    </message>
</context>
<context>
    <name>whop::auth::OAuthSignIn</name>
    <message>
        <source>Could not listen for the browser on port %1: %2</source>
        <translation>Auf Port %1 konnte nicht auf den Browser gewartet werden: %2</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Only the sign-in redirect is served here.</source>
        <translation>Hier wird nur die Weiterleitung der Anmeldung bedient.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>Sign-in was not completed. You can close this tab.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Whop did not sign you in (%1).</source>
        <translation>Whop hat Sie nicht angemeldet (%1).</translation>
    </message>
    <message>
        <source>no authorization code</source>
        <translation>kein Autorisierungscode</translation>
    </message>
    <message>
        <source>Signed in to Whop Profile Editor. You can close this tab and return to the app.</source>
        <translation>Bei Whop Profile Editor angemeldet. Sie können diesen Tab schließen und zur App zurückkehren.</translation>
    </message>
    <message>
        <source>Whop refused the sign-in: %1</source>
        <translation>Whop hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>This sign-in has already been answered. You can close this tab.</source>
        <translation>Diese Anmeldung wurde bereits beantwortet. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in in progress and was ignored. You can close this tab.</source>
        <translation>Diese Antwort gehört nicht zur laufenden Anmeldung und wurde ignoriert. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>The sign-in could not be completed: %1 Sign in again.</source>
        <translation>Die Anmeldung konnte nicht abgeschlossen werden: %1 Melden Sie sich erneut an.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from the browser within %n minute(s), so the sign-in was stopped. Try again.</source>
        <translation>
            <numerusform>Innerhalb von %n Minute kam keine Antwort vom Browser, daher wurde die Anmeldung beendet. Versuchen Sie es erneut.</numerusform>
            <numerusform>Innerhalb von %n Minuten kam keine Antwort vom Browser, daher wurde die Anmeldung beendet. Versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, so the browser could not come back to this app there.</source>
        <translation>Port %1 auf diesem Computer wird von einem anderen Programm verwendet, daher könnte der Browser dort nicht zu dieser App zurückkehren.</translation>
    </message>
    <message>
        <source>Whop refused the sign-in (%1): it expects a client secret from your Whop app, and this editor has none, as no desktop app can keep one. Your app&apos;s client type must be Public; Set up sign-in… shows where.</source>
        <translation>Whop hat die Anmeldung abgelehnt (%1): Es erwartet ein Client-Secret von Ihrer Whop-App, und dieser Editor hat keines, da keine Desktop-App eines geheim halten kann. Der Client-Typ Ihrer App muss Public sein; „Anmeldung einrichten…“ zeigt, wo.</translation>
    </message>
    <message>
        <source>Whop refused the sign-in (%1): the redirect URI %2 is not registered with your Whop app exactly as written. Set up sign-in… shows what to register.</source>
        <translation>Whop hat die Anmeldung abgelehnt (%1): Die Weiterleitungs-URI %2 ist bei Ihrer Whop-App nicht genau so registriert. „Anmeldung einrichten…“ zeigt, was zu registrieren ist.</translation>
    </message>
    <message>
        <source>Whop refused the sign-in (%1): your Whop app may not ask for the scopes %2. Set up sign-in… shows where to allow them.</source>
        <translation>Whop hat die Anmeldung abgelehnt (%1): Ihre Whop-App darf die Scopes %2 nicht anfordern. „Anmeldung einrichten…“ zeigt, wo Sie sie erlauben.</translation>
    </message>
</context>
<context>
    <name>whop::avatar</name>
    <message>
        <source>The picture address is not secure.</source>
        <translation>Die Adresse des Bildes ist nicht sicher.</translation>
    </message>
</context>
<context>
    <name>whop::avatar::ImageDownload</name>
    <message>
        <source>The picture is larger than %1 MB and was not loaded.</source>
        <translation>Das Bild ist größer als %1 MB und wurde nicht geladen.</translation>
    </message>
</context>
<context>
    <name>whop::avatar::ImageFetcher</name>
    <message>
        <source>The picture&apos;s size could not be read.</source>
        <translation>Die Größe des Bildes konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This is not a picture that can be shown.</source>
        <translation>Dies ist kein Bild, das angezeigt werden kann.</translation>
    </message>
    <message>
        <source>The picture is %1 × %2 pixels, too large to show (the limit is %3 megapixels).</source>
        <translation>Das Bild hat %1 × %2 Pixel und ist zu groß zum Anzeigen (die Grenze liegt bei %3 Megapixeln).</translation>
    </message>
</context>
<context>
    <name>whop::avatar::ImagePipeline</name>
    <message>
        <source>The pasted picture</source>
        <translation>Das eingefügte Bild</translation>
    </message>
    <message>
        <source>%1 has %2 megapixels; pictures of at most %3 megapixels can be used.</source>
        <translation>%1 hat %2 Megapixel; verwendet werden können Bilder mit höchstens %3 Megapixeln.</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels; a profile picture needs at least %4 pixels on its shorter side.</source>
        <translation>%1 hat %2 × %3 Pixel; ein Profilbild braucht an der kürzeren Seite mindestens %4 Pixel.</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels, too long and narrow for a profile picture (at most %4:1).</source>
        <translation>%1 hat %2 × %3 Pixel und ist zu lang und schmal für ein Profilbild (höchstens %4:1).</translation>
    </message>
    <message>
        <source>%1 would need %2 MB of memory to open, more than the %3 MB allowed.</source>
        <translation>%1 würde zum Öffnen %2 MB Speicher benötigen, mehr als die erlaubten %3 MB.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is incomplete: the file ends before the picture does.</source>
        <translation>%1 ist unvollständig: Die Datei endet vor dem Bild.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2).</source>
        <translation>%1 ist beschädigt und kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>%1 is not a picture this app can read. It reads %2.</source>
        <translation>%1 ist kein Bild, das diese App lesen kann. Sie liest %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: its size cannot be read.</source>
        <translation>%1 ist beschädigt: Die Größe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>There is no picture to prepare.</source>
        <translation>Es gibt kein Bild zum Vorbereiten.</translation>
    </message>
    <message>
        <source>The picture could not be encoded.</source>
        <translation>Das Bild konnte nicht kodiert werden.</translation>
    </message>
</context>
<context>
    <name>whop::avatar::PictureUploader</name>
    <message>
        <source>Whop gave no address to upload the picture to.</source>
        <translation>Whop hat keine Adresse zum Hochladen des Bildes angegeben.</translation>
    </message>
    <message>
        <source>The upload address has expired. Retry starts the upload again.</source>
        <translation>Die Adresse zum Hochladen ist abgelaufen. „Erneut versuchen“ startet das Hochladen neu.</translation>
    </message>
    <message>
        <source>The storage refused the upload (HTTP %1). Retry starts the upload again.</source>
        <translation>Der Speicher hat das Hochladen abgelehnt (HTTP %1). „Erneut versuchen“ startet das Hochladen neu.</translation>
    </message>
    <message>
        <source>Whop no longer knows the uploaded file. Retry uploads it again.</source>
        <translation>Whop kennt die hochgeladene Datei nicht mehr. „Erneut versuchen“ lädt sie erneut hoch.</translation>
    </message>
    <message>
        <source>Whop could not process the picture (its upload status is “failed”). Retry uploads it again, or choose another picture.</source>
        <translation>Whop konnte das Bild nicht verarbeiten (Upload-Status „failed“). „Erneut versuchen“ lädt es erneut hoch, oder wählen Sie ein anderes Bild.</translation>
    </message>
    <message>
        <source>Whop did not finish processing the picture within %1. Retry checks again.</source>
        <translation>Whop hat die Verarbeitung des Bildes nicht innerhalb von %1 abgeschlossen. „Erneut versuchen“ prüft noch einmal.</translation>
    </message>
    <message>
        <source>%1 failed. %2</source>
        <translation>%1 fehlgeschlagen. %2</translation>
    </message>
    <message>
        <source>Nothing was sent. Retry asks Whop for a new upload address.</source>
        <translation>Es wurde nichts gesendet. „Erneut versuchen“ fordert bei Whop eine neue Adresse zum Hochladen an.</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>Creating the upload</source>
        <translation>Erstellen des Uploads</translation>
    </message>
    <message>
        <source>Uploading the picture</source>
        <translation>Hochladen des Bildes</translation>
    </message>
    <message>
        <source>Processing the picture</source>
        <translation>Verarbeiten des Bildes</translation>
    </message>
    <message>
        <source>Checking for changes made elsewhere</source>
        <translation>Prüfen auf anderswo vorgenommene Änderungen</translation>
    </message>
    <message>
        <source>Saving the profile</source>
        <translation>Speichern des Profils</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::demo::SandboxDemo</name>
    <message>
        <source>The demo sandbox could not listen on 127.0.0.1.</source>
        <translation>Die Demo-Sandbox konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
</context>
<context>
    <name>whop::history::BatchRecovery</name>
    <message>
        <source>It shows neither the values before nor those sent: it may have been changed elsewhere since.</source>
        <translation>Es zeigt weder die vorherigen noch die gesendeten Werte: Es wurde seitdem vielleicht anderswo geändert.</translation>
    </message>
    <message>
        <source>It could not be read: %1</source>
        <translation>Es konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>whop::history::HistoryText</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Undo of a batch</source>
        <translation>Rückgängigmachen eines Stapels</translation>
    </message>
    <message>
        <source>Restore of a batch</source>
        <translation>Wiederherstellung eines Stapels</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Global profile</source>
        <translation>Globales Profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Bio</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Arrived after all</source>
        <translation>Doch angekommen</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Nicht angekommen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Unknown: the answer was lost (%1)</source>
        <translation>Unbekannt: Die Antwort ging verloren (%1)</translation>
    </message>
    <message>
        <source>Unknown: no answer was recorded (the editor stopped before it came)</source>
        <translation>Unbekannt: Keine Antwort aufgezeichnet (der Editor wurde vorher beendet)</translation>
    </message>
    <message>
        <source>Arrived after all (its answer was lost; a later read showed it)</source>
        <translation>Doch angekommen (die Antwort ging verloren; ein späteres Lesen zeigte es)</translation>
    </message>
    <message>
        <source>Did not arrive (its answer was lost; a later read showed it)</source>
        <translation>Nicht angekommen (die Antwort ging verloren; ein späteres Lesen zeigte es)</translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n übernommen</numerusform>
            <numerusform>%n übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied</source>
        <translation>
            <numerusform>%n nicht übernommen</numerusform>
            <numerusform>%n nicht übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n nicht gesendet</numerusform>
            <numerusform>%n nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(nicht bekannt)</translation>
    </message>
    <message>
        <source>an earlier picture set here (%1)</source>
        <translation>ein früheres, hier gesetztes Bild (%1)</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>kein Bild</translation>
    </message>
    <message>
        <source>a picture set elsewhere</source>
        <translation>ein anderswo gesetztes Bild</translation>
    </message>
    <message>
        <source>the value before is not known</source>
        <translation>der vorherige Wert ist nicht bekannt</translation>
    </message>
    <message>
        <source>there was no picture before, and Whop cannot remove one: cannot be put back</source>
        <translation>vorher gab es kein Bild, und Whop kann keins entfernen: nicht wiederherstellbar</translation>
    </message>
    <message>
        <source>set elsewhere: cannot be put back (Whop gives no file for it)</source>
        <translation>anderswo gesetzt: nicht wiederherstellbar (Whop liefert keine Datei dazu)</translation>
    </message>
    <message>
        <source>%1 → a new picture uploaded here</source>
        <translation>%1 → ein hier hochgeladenes neues Bild</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 am %2, %3</translation>
    </message>
    <message>
        <source>Profile: %1 of %2</source>
        <translation>Profil: %1 von %2</translation>
    </message>
    <message>
        <source>%1: before: %2; sent: a new picture uploaded here (%3)</source>
        <translation>%1: vorher: %2; gesendet: ein hier hochgeladenes neues Bild (%3)</translation>
    </message>
    <message>
        <source>%1: before: %2; sent: %3</source>
        <translation>%1: vorher: %2; gesendet: %3</translation>
    </message>
    <message>
        <source>%1 before: %2</source>
        <translation>%1 vorher: %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 am %2: %3</translation>
    </message>
    <message>
        <source>What it changed: %1</source>
        <translation>Was er änderte: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → a new picture</source>
        <translation>%1 → ein neues Bild</translation>
    </message>
    <message>
        <source>%1 (per account)</source>
        <translation>%1 (je Konto)</translation>
    </message>
    <message>
        <source>Not sent to %1</source>
        <translation>Nicht an %1 gesendet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a value quoted in a sentence: the language&apos;s quotation marks</comment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>whop::history::RestorePlan</name>
    <message>
        <source>This change was sent to %1, not to %2, which is in use now: switch to that identity to put it back.</source>
        <translation>Diese Änderung ging an %1, nicht an %2, das jetzt verwendet wird: Wechseln Sie zu dieser Identität, um sie wiederherzustellen.</translation>
    </message>
    <message numerus="yes">
        <source>The earlier picture cannot be put back on %n account(s): it was set elsewhere, or there was none (Whop gives no file for it).</source>
        <translation>
            <numerusform>Das frühere Bild kann bei %n Konto nicht wiederhergestellt werden: Es wurde anderswo gesetzt, oder es gab keins (Whop liefert keine Datei dazu).</numerusform>
            <numerusform>Das frühere Bild kann bei %n Konten nicht wiederhergestellt werden: Es wurde anderswo gesetzt, oder es gab keins (Whop liefert keine Datei dazu).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::history::Restorer</name>
    <message>
        <source>This profile&apos;s address now leads to another user.</source>
        <translation>Die Adresse dieses Profils führt jetzt zu einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>picture → the earlier one set here</source>
        <translation>Bild → das frühere, hier gesetzte</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Reading it again…</source>
        <translation>Wird erneut gelesen…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Already as wanted: nothing sent</source>
        <translation>Schon wie gewünscht: nichts gesendet</translation>
    </message>
    <message>
        <source>Changed on Whop since: waiting for your choice</source>
        <translation>Seitdem bei Whop geändert: wartet auf Ihre Wahl</translation>
    </message>
    <message>
        <source>Changed on Whop since: kept as it is there</source>
        <translation>Seitdem bei Whop geändert: so belassen, wie es dort ist</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed</source>
        <translation>
            <numerusform>%n Konto geändert</numerusform>
            <numerusform>%n Konten geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) restored</source>
        <translation>
            <numerusform>%n Konto wiederhergestellt</numerusform>
            <numerusform>%n Konten wiederhergestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as wanted</source>
        <translation>
            <numerusform>%n schon wie gewünscht</numerusform>
            <numerusform>%n schon wie gewünscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as changed on Whop</source>
        <translation>
            <numerusform>%n wie bei Whop geändert belassen</numerusform>
            <numerusform>%n wie bei Whop geändert belassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed on Whop since: waiting for your choice</source>
        <translation>
            <numerusform>%n seitdem bei Whop geändert: wartet auf Ihre Wahl</numerusform>
            <numerusform>%n seitdem bei Whop geändert: warten auf Ihre Wahl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation>Nicht gesendet (abgebrochen)</translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n nicht gesendet</numerusform>
            <numerusform>%n nicht gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::journal::JournalFile</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>whop::overview::BatchPlan</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>bio</source>
        <translation>Bio</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>picture → the new picture</source>
        <translation>Bild → das neue Bild</translation>
    </message>
    <message>
        <source>An API key cannot read the global profile: type the value or take it from an account.</source>
        <translation>Ein API-Schlüssel kann das globale Profil nicht lesen: Geben Sie den Wert ein oder übernehmen Sie ihn aus einem Konto.</translation>
    </message>
    <message>
        <source>The global profile has not been read yet.</source>
        <translation>Das globale Profil wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <source>The account to take the %1 from has not been read yet.</source>
        <translation>Das Konto, aus dem das Feld „%1“ übernommen werden soll, wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a value quoted in a sentence: the language&apos;s quotation marks</comment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>whop::overview::BatchRun</name>
    <message>
        <source>This account is already being changed.</source>
        <translation>Dieses Konto wird bereits geändert.</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Wartet: %1</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Wird gesendet: %1</translation>
    </message>
    <message>
        <source>Applied (its answer was lost; reading the account again showed the change): %1</source>
        <translation>Übernommen (die Antwort ging verloren; erneutes Lesen des Kontos zeigte die Änderung): %1</translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Übernommen: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation>Nicht gesendet (abgebrochen)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Applied (confirmed by reading it again)</source>
        <translation>Übernommen (durch erneutes Lesen bestätigt)</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Übernommen</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) restored</source>
        <translation>
            <numerusform>%n Konto wiederhergestellt</numerusform>
            <numerusform>%n Konten wiederhergestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed</source>
        <translation>
            <numerusform>%n Konto geändert</numerusform>
            <numerusform>%n Konten geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n nicht gesendet</numerusform>
            <numerusform>%n nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::overview::OverviewModel</name>
    <message>
        <source>inherits: no picture</source>
        <translation>geerbt: kein Bild</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>kein Bild</translation>
    </message>
    <message>
        <source>inherits the global picture</source>
        <translation>erbt das globale Bild</translation>
    </message>
    <message>
        <source>own picture</source>
        <translation>eigenes Bild</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>inherits: %1</source>
        <translation>geerbt: %1</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Wartet…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>Same as global</source>
        <translation>Wie global</translation>
    </message>
    <message>
        <source>Same as reference</source>
        <translation>Wie Referenz</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from global</source>
        <translation>
            <numerusform>%n Feld weicht vom globalen Profil ab</numerusform>
            <numerusform>%n Felder weichen vom globalen Profil ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ</source>
        <translation>
            <numerusform>%n Feld weicht ab</numerusform>
            <numerusform>%n Felder weichen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1 (Retry: Ctrl+R)</source>
        <translation>Fehlgeschlagen: %1 (Erneut versuchen: Ctrl+R)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Bio</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>whop::profile</name>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation>Der Name darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A username is required.</source>
        <translation>Ein Benutzername ist erforderlich.</translation>
    </message>
    <message>
        <source>The username can have at most %1 characters.</source>
        <translation>Der Benutzername darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A username uses only letters, digits and hyphens (no spaces or symbols).</source>
        <translation>Nur Buchstaben, Ziffern und Bindestriche sind erlaubt.</translation>
    </message>
</context>
<context>
    <name>whop::profile::DraftKeeper</name>
    <message>
        <source>The picture you chose could not be kept on this computer (%1). It is still in the window: save it to Whop before closing.</source>
        <translation>Das gewählte Bild konnte nicht auf diesem Computer gespeichert werden (%1). Es ist noch im Fenster: Speichern Sie es bei Whop, bevor Sie schließen.</translation>
    </message>
    <message>
        <source>Your unsaved changes could not be kept on this computer (%1). They are still in the window: save them to Whop before closing.</source>
        <translation>Ihre ungespeicherten Änderungen konnten nicht auf diesem Computer gesichert werden (%1). Sie sind noch im Fenster: Speichern Sie sie bei Whop, bevor Sie schließen.</translation>
    </message>
    <message>
        <source>Unsaved changes from an earlier session belong to another profile, so they were not opened. The file was kept as %1.</source>
        <translation>Ungespeicherte Änderungen aus einer früheren Sitzung gehören zu einem anderen Profil und wurden daher nicht geöffnet. Die Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>This profile&apos;s address now leads to another user (the username changed on Whop), so your unsaved changes were not carried over to them, and they could not be kept on this computer.</source>
        <translation>Die Adresse dieses Profils führt jetzt zu einem anderen Benutzer (der Benutzername wurde auf Whop geändert). Ihre ungespeicherten Änderungen wurden daher nicht für ihn übernommen und konnten auf diesem Computer nicht gesichert werden.</translation>
    </message>
    <message>
        <source>This profile&apos;s address now leads to another user (the username changed on Whop), so your unsaved changes were not carried over to them. They were kept as %1.</source>
        <translation>Die Adresse dieses Profils führt jetzt zu einem anderen Benutzer (der Benutzername wurde auf Whop geändert). Ihre ungespeicherten Änderungen wurden daher nicht für ihn übernommen. Sie wurden als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>whop::profile::DraftStore</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Unsaved changes from an earlier session were written by a newer version of this app, so they were not opened. The file was kept as %1.</source>
        <translation>Ungespeicherte Änderungen aus einer früheren Sitzung wurden von einer neueren Version dieser App geschrieben und daher nicht geöffnet. Die Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Unsaved changes from an earlier session could not be read (the file is damaged or incomplete), so they were not opened. The file was kept as %1.</source>
        <translation>Ungespeicherte Änderungen aus einer früheren Sitzung konnten nicht gelesen werden (die Datei ist beschädigt oder unvollständig) und wurden daher nicht geöffnet. Die Datei wurde als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>whop::profile::ProfileEditor</name>
    <message>
        <source>%1 failed. %2</source>
        <translation>%1 fehlgeschlagen. %2</translation>
    </message>
    <message>
        <source>This profile&apos;s address now leads to another user (its username changed on Whop). Reload to see it.</source>
        <translation>Die Adresse dieses Profils führt jetzt zu einem anderen Benutzer (sein Benutzername wurde auf Whop geändert). Laden Sie neu, um ihn zu sehen.</translation>
    </message>
    <message>
        <source>%1 failed, so nothing was sent. %2</source>
        <translation>%1 fehlgeschlagen, daher wurde nichts gesendet. %2</translation>
    </message>
</context>
<context>
    <name>whop::ui::AboutBox</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Edit your Whop profile: display name, username, bio and picture.&lt;/p&gt;&lt;p&gt;Qt %3 · QtKeychain %4&lt;/p&gt;&lt;p&gt;License: MIT&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Bearbeiten Sie Ihr Whop-Profil: Name, Benutzername, Bio und Profilbild.&lt;/p&gt;&lt;p&gt;Qt %3 · QtKeychain %4&lt;/p&gt;&lt;p&gt;Lizenz: MIT&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation>%1-Logo</translation>
    </message>
</context>
<context>
    <name>whop::ui::AccountFacts</name>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>30 days: %1</source>
        <translation>30 Tage: %1</translation>
    </message>
    <message>
        <source>All time: %1</source>
        <translation>Insgesamt: %1</translation>
    </message>
</context>
<context>
    <name>whop::ui::AccountPickerDialog</name>
    <message>
        <source>Loading accounts… %1 so far.</source>
        <translation>Konten werden geladen… bisher %1.</translation>
    </message>
    <message>
        <source>No accounts. You can still type an account id below.</source>
        <translation>Keine Konten. Sie können unten trotzdem eine Konto-ID eingeben.</translation>
    </message>
    <message>
        <source>The accounts could not be listed: %1 You can still type an account id below.</source>
        <translation>Die Konten konnten nicht aufgelistet werden: %1 Sie können unten trotzdem eine Konto-ID eingeben.</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Konten werden geladen…</translation>
    </message>
    <message>
        <source>An account id is biz_ followed by letters and digits.</source>
        <translation>Eine Konto-ID besteht aus biz_, gefolgt von Buchstaben und Ziffern.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n Konto.</numerusform>
            <numerusform>%n Konten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logo of %1</source>
        <translation>Logo von %1</translation>
    </message>
    <message>
        <source>Whop has more accounts: only the first %1 are listed. Type the id of another one below.</source>
        <translation>Whop hat mehr Konten: Nur die ersten %1 werden aufgelistet. Geben Sie unten die Konto-ID eines anderen ein.</translation>
    </message>
</context>
<context>
    <name>whop::ui::AddIdentityDialog</name>
    <message>
        <source>Production (api.whop.com)</source>
        <translation>Produktion (api.whop.com)</translation>
    </message>
    <message>
        <source>Sandbox (sandbox-api.whop.com)</source>
        <translation>Sandbox (sandbox-api.whop.com)</translation>
    </message>
    <message>
        <source>Local demo sandbox</source>
        <translation>Lokale Demo-Sandbox</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>Benutzerdefinierte Basis-URL</translation>
    </message>
    <message>
        <source>Checking with Whop…</source>
        <translation>Wird bei Whop geprüft…</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>Warten auf den Browser…</translation>
    </message>
    <message>
        <source>An access token Whop issued for your own account. Edits your global profile and your profile in each of your accounts until it expires; it is not renewed, so add it again then (signing in with Whop renews on its own).</source>
        <translation>Ein Zugriffstoken, das Whop für Ihr eigenes Konto ausgestellt hat. Bearbeitet Ihr globales Profil und Ihr Profil in jedem Ihrer Konten, bis es abläuft; es wird nicht erneuert, fügen Sie es dann also erneut hinzu (die Anmeldung mit Whop erneuert sich selbst).</translation>
    </message>
    <message>
        <source>A key a business creates in its dashboard on whop.com. Edits a member&apos;s profile inside that business and its connected accounts (what the account shows), not the global profile.</source>
        <translation>Ein Schlüssel, den ein Unternehmen in seinem Dashboard auf whop.com erstellt. Bearbeitet das Profil eines Mitglieds innerhalb dieses Unternehmens und seiner verbundenen Konten (was das Konto anzeigt), nicht das globale Profil.</translation>
    </message>
    <message>
        <source>The key of an app, from Whop&apos;s developer dashboard. Edits a member&apos;s profile inside the accounts that installed the app (what the account shows), not the global profile.</source>
        <translation>Der Schlüssel einer App aus dem Entwickler-Dashboard von Whop. Bearbeitet das Profil eines Mitglieds innerhalb der Konten, die die App installiert haben (was das Konto anzeigt), nicht das globale Profil.</translation>
    </message>
    <message>
        <source>Paste a token or key first.</source>
        <translation>Fügen Sie zuerst ein Token oder einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>Use another port picks a free one; the redirect URI to register with your Whop app changes with it.</source>
        <translation>„Anderen Port verwenden“ wählt einen freien; die bei Ihrer Whop-App zu registrierende Weiterleitungs-URI ändert sich damit.</translation>
    </message>
</context>
<context>
    <name>whop::ui::AvatarWidget</name>
    <message>
        <source>Click to choose a picture, drop one here, or paste one (Ctrl+V).</source>
        <translation>Klicken Sie, um ein Bild auszuwählen, legen Sie eines hier ab oder fügen Sie eines ein (Ctrl+V).</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Fortschritt beim Hochladen</translation>
    </message>
    <message>
        <source>Click, drop or paste to choose a new picture.</source>
        <translation>Klicken, ablegen oder einfügen, um ein neues Bild zu wählen.</translation>
    </message>
    <message>
        <source>A new picture.</source>
        <translation>Ein neues Bild.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Uploading: %1%.</source>
        <translation>Wird hochgeladen: %1 %.</translation>
    </message>
    <message>
        <source>The dropped picture</source>
        <translation>Das abgelegte Bild</translation>
    </message>
    <message>
        <source>Picture shown.</source>
        <translation>Bild angezeigt.</translation>
    </message>
    <message>
        <source>No picture.</source>
        <translation>Kein Bild.</translation>
    </message>
    <message>
        <source>No picture: initials %1 shown.</source>
        <translation>Kein Bild: Initialen %1 angezeigt.</translation>
    </message>
    <message>
        <source>The picture could not be loaded.</source>
        <translation>Das Bild konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>The picture could not be loaded: initials %1 shown.</source>
        <translation>Das Bild konnte nicht geladen werden: Initialen %1 angezeigt.</translation>
    </message>
</context>
<context>
    <name>whop::ui::BatchPanel</name>
    <message>
        <source>Type a value</source>
        <translation>Wert eingeben</translation>
    </message>
    <message>
        <source>From the global profile</source>
        <translation>Aus dem globalen Profil</translation>
    </message>
    <message>
        <source>From the current account</source>
        <translation>Aus dem aktuellen Konto</translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <translation>%1 aus „%2“</translation>
    </message>
    <message>
        <source>An API key cannot read your global profile, so “From the global profile” is not available.</source>
        <translation>Ein API-Schlüssel kann Ihr globales Profil nicht lesen, daher ist „Aus dem globalen Profil“ nicht verfügbar.</translation>
    </message>
    <message>
        <source>The picture is uploaded once, and the same file is attached to every account that changes.</source>
        <translation>Das Bild wird einmal hochgeladen, und dieselbe Datei wird jedem Konto zugewiesen, das sich ändert.</translation>
    </message>
    <message>
        <source>Select accounts in the list (Shift+arrows, Ctrl+A).</source>
        <translation>Wählen Sie Konten in der Liste aus (Umschalt+Pfeiltasten, Ctrl+A).</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) selected.</source>
        <translation>
            <numerusform>%n Konto ausgewählt.</numerusform>
            <numerusform>%n Konten ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what to change.</source>
        <translation>Wählen Sie aus, was geändert werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) will change.</source>
        <translation>
            <numerusform>%n Konto wird geändert.</numerusform>
            <numerusform>%n Konten werden geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already show(s) these values: nothing is sent to them.</source>
        <translation>
            <numerusform>%n Konto zeigt diese Werte bereits: An es wird nichts gesendet.</numerusform>
            <numerusform>%n Konten zeigen diese Werte bereits: An sie wird nichts gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n account(s)…</source>
        <translation>
            <numerusform>%n Konto wird gelesen…</numerusform>
            <numerusform>%n Konten werden gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read: retry them first (Ctrl+R).</source>
        <translation>
            <numerusform>%n Konto konnte nicht gelesen werden: Versuchen Sie es zuerst erneut (Ctrl+R).</numerusform>
            <numerusform>%n Konten konnten nicht gelesen werden: Versuchen Sie sie zuerst erneut (Ctrl+R).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n Account(s)</source>
        <translation>
            <numerusform>Auf %n Konto &amp;anwenden</numerusform>
            <numerusform>Auf %n Konten &amp;anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: waiting for the answers to what was already sent…</source>
        <translation>Wird abgebrochen: Warten auf die Antworten zu bereits Gesendetem…</translation>
    </message>
    <message>
        <source>Where an answer was lost, the account was read again and shows what it holds now. Retry Failed sends again.</source>
        <translation>Wo eine Antwort verloren ging, wurde das Konto erneut gelesen und zeigt, was es jetzt enthält. „Fehlgeschlagene erneut versuchen“ sendet noch einmal.</translation>
    </message>
    <message>
        <source>Undo puts back names, usernames and bios, and an earlier picture only where this editor had set it (Whop gives no file for a picture set elsewhere).</source>
        <translation>Rückgängig stellt Namen, Benutzernamen und Bios wieder her, ein früheres Bild nur dort, wo dieser Editor es gesetzt hatte (Whop liefert keine Datei für ein anderswo gesetztes Bild).</translation>
    </message>
    <message>
        <source>Reading each account again before putting its values back…</source>
        <translation>Jedes Konto wird erneut gelesen, bevor seine Werte wiederhergestellt werden…</translation>
    </message>
</context>
<context>
    <name>whop::ui::CropDialog</name>
    <message>
        <source>&amp;Use Picture</source>
        <translation>Bild &amp;verwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>This frame could not be prepared. Try another.</source>
        <translation>Dieses Einzelbild konnte nicht vorbereitet werden. Versuchen Sie ein anderes.</translation>
    </message>
    <message>
        <source>PNG (keeps the transparency)</source>
        <translation>PNG (behält die Transparenz)</translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3, %4</source>
        <translation>%1 × %2 Pixel, %3, %4</translation>
    </message>
    <message>
        <source>Use Picture</source>
        <translation>Bild verwenden</translation>
    </message>
</context>
<context>
    <name>whop::ui::CropView</name>
    <message>
        <source>Drag or use the arrow keys to move; scroll or press + and − to zoom; Home centres.</source>
        <translation>Ziehen oder mit den Pfeiltasten verschieben; scrollen oder + und − drücken zum Zoomen; Pos1 zentriert.</translation>
    </message>
</context>
<context>
    <name>whop::ui::DemoActions</name>
    <message>
        <source>Demo: change this profile elsewhere</source>
        <translation>Demo: dieses Profil anderswo ändern</translation>
    </message>
</context>
<context>
    <name>whop::ui::DraftRecoveryDialog</name>
    <message>
        <source>an earlier session</source>
        <translation>einer früheren Sitzung</translation>
    </message>
    <message>
        <source>Changes you made to this profile (last kept %1) were not saved to Whop. Restore them to carry on where you left off, or discard them.</source>
        <translation>Änderungen an diesem Profil (zuletzt gesichert %1) wurden nicht bei Whop gespeichert. Stellen Sie sie wieder her, um dort weiterzumachen, wo Sie aufgehört haben, oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Your unsaved draft</source>
        <translation>Ihr ungespeicherter Entwurf</translation>
    </message>
    <message>
        <source>On Whop now</source>
        <translation>Jetzt auf Whop</translation>
    </message>
    <message>
        <source>Changed on Whop since you started editing (it was “%1”).</source>
        <translation>Auf Whop geändert, seit Sie mit der Bearbeitung begonnen haben (vorher: „%1“).</translation>
    </message>
    <message>
        <source>%1 changed on Whop</source>
        <translation>%1 auf Whop geändert</translation>
    </message>
    <message>
        <source>Version of %1 to keep</source>
        <translation>Zu behaltende Version für %1</translation>
    </message>
    <message>
        <source>Keep my draft</source>
        <translation>Meinen Entwurf behalten</translation>
    </message>
    <message>
        <source>Use the version on Whop</source>
        <translation>Die Version auf Whop verwenden</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>A new picture you chose</source>
        <translation>Ein neues, von Ihnen gewähltes Bild</translation>
    </message>
    <message>
        <source>The current picture</source>
        <translation>Das aktuelle Bild</translation>
    </message>
    <message>
        <source>Your draft of %1</source>
        <translation>Ihr Entwurf für %1</translation>
    </message>
    <message>
        <source>%1 on Whop now</source>
        <translation>%1 jetzt auf Whop</translation>
    </message>
</context>
<context>
    <name>whop::ui::FieldComparison</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Bio</translation>
    </message>
</context>
<context>
    <name>whop::ui::FieldCounter</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whop::ui::HistoryDialog</name>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Every profile.</source>
        <translation>Alle Profile.</translation>
    </message>
    <message>
        <source>This profile: %1.</source>
        <translation>Dieses Profil: %1.</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Noch keine Änderungen aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) shown.</source>
        <translation>
            <numerusform>%1 von %n Änderung angezeigt.</numerusform>
            <numerusform>%1 von %n Änderungen angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Restore This Field…</source>
        <translation>Dieses Feld &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Restore This Account…</source>
        <translation>Dieses Konto &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Restore This Change…</source>
        <translation>Diese Änderung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Restore This Batch…</source>
        <translation>Diesen Stapel &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Nothing to put back: this change did not change anything.</source>
        <translation>Nichts wiederherzustellen: Diese Änderung hat nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing to put back. %1</source>
        <translation>Nichts wiederherzustellen. %1</translation>
    </message>
    <message>
        <source>Put back on %1:</source>
        <translation>Wiederherstellen in %1:</translation>
    </message>
    <message>
        <source>• the earlier picture set here</source>
        <translation>• das frühere, hier gesetzte Bild</translation>
    </message>
    <message numerus="yes">
        <source>Put back the values before on %n account(s).</source>
        <translation>
            <numerusform>Die vorherigen Werte bei %n Konto wiederherstellen.</numerusform>
            <numerusform>Die vorherigen Werte bei %n Konten wiederherstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not put back: %1</source>
        <translation>Nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Each profile is read again first: a field changed elsewhere since is not overwritten unless you choose so.</source>
        <translation>Jedes Profil wird zuerst erneut gelesen: Ein seitdem anderswo geändertes Feld wird nur überschrieben, wenn Sie es so wählen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>whop::ui::IdentityBar</name>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Demo sandbox (local)</source>
        <translation>Demo-Sandbox (lokal)</translation>
    </message>
    <message>
        <source>Your profile has changes that are not saved. Save them before switching?</source>
        <translation>Ihr Profil enthält ungespeicherte Änderungen. Vor dem Wechseln speichern?</translation>
    </message>
    <message>
        <source>I&amp;dentity:</source>
        <translation>Identi&amp;tät:</translation>
    </message>
</context>
<context>
    <name>whop::ui::InheritedFields</name>
    <message>
        <source>global: %1</source>
        <translation>global: %1</translation>
    </message>
    <message>
        <source>Your display name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>letters, digits and hyphens</source>
        <translation>Buchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <source>A few words about you</source>
        <translation>Ein paar Worte über Sie</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>bio</source>
        <translation>Bio</translation>
    </message>
</context>
<context>
    <name>whop::ui::InterruptedBatchDialog</name>
    <message numerus="yes">
        <source>The editor stopped before it knew the outcome of “%1” (%2, sent on %3), meant for %n account(s). Reading them again shows:</source>
        <translation>
            <numerusform>Der Editor wurde beendet, bevor er das Ergebnis von „%1“ (%2, gesendet am %3) für %n Konto kannte. Erneutes Lesen zeigt:</numerusform>
            <numerusform>Der Editor wurde beendet, bevor er das Ergebnis von „%1“ (%2, gesendet am %3) für %n Konten kannte. Erneutes Lesen zeigt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Received it (%n):</source>
        <translation>
            <numerusform>&amp;Erhalten (%n):</numerusform>
            <numerusform>&amp;Erhalten (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Did not receive it (%n):</source>
        <translation>
            <numerusform>&amp;Nicht erhalten (%n):</numerusform>
            <numerusform>&amp;Nicht erhalten (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still u&amp;nknown (%n):</source>
        <translation>
            <numerusform>Weiterhin &amp;unbekannt (%n):</numerusform>
            <numerusform>Weiterhin &amp;unbekannt (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Finish: Send to %n Account(s)</source>
        <translation>
            <numerusform>&amp;Fertigstellen: an %n Konto senden</numerusform>
            <numerusform>&amp;Fertigstellen: an %n Konten senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo on %n Account(s)</source>
        <translation>
            <numerusform>Bei %n Konto &amp;rückgängig machen</numerusform>
            <numerusform>Bei %n Konten &amp;rückgängig machen</numerusform>
        </translation>
    </message>
    <message>
        <source>An undo of this batch was already sent on %1.</source>
        <translation>Das Rückgängigmachen dieses Stapels wurde bereits am %1 gesendet.</translation>
    </message>
    <message>
        <source>The accounts still unknown are neither finished nor undone: this question comes back at the next start, and from History, until they can be read.</source>
        <translation>Die weiterhin unbekannten Konten werden weder fertiggestellt noch rückgängig gemacht: Diese Frage kommt beim nächsten Start und im Verlauf wieder, bis sie gelesen werden können.</translation>
    </message>
    <message>
        <source>Undo reads each account again first: one changed elsewhere since is not overwritten unless you choose so.</source>
        <translation>Rückgängig liest jedes Konto zuerst erneut: Ein seitdem anderswo geändertes wird nur überschrieben, wenn Sie es so wählen.</translation>
    </message>
</context>
<context>
    <name>whop::ui::MainWindow</name>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Cancelled. Your changes are still here.</source>
        <translation>Abgebrochen. Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>Whop did not accept a field; see the message beside it.</source>
        <translation>Whop hat ein Feld nicht akzeptiert; siehe die Meldung daneben.</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3)…</source>
        <translation>%1 Erneuter Versuch in %2 s (Versuch %3)…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Gespeichert um %1.</translation>
    </message>
    <message>
        <source>Loaded.</source>
        <translation>Geladen.</translation>
    </message>
    <message>
        <source>Loading profile…</source>
        <translation>Profil wird geladen…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not loaded.</source>
        <translation>Nicht geladen.</translation>
    </message>
    <message>
        <source> — Demo</source>
        <translation> — Demo</translation>
    </message>
    <message>
        <source>Your profile has changes that are not saved. Save them before closing?</source>
        <translation>Ihr Profil enthält ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Fix the marked fields before saving.</source>
        <translation>Korrigieren Sie die markierten Felder vor dem Speichern.</translation>
    </message>
    <message>
        <source>More controls</source>
        <translation>Weitere Bedienelemente</translation>
    </message>
    <message>
        <source>Show the controls that do not fit</source>
        <translation>Bedienelemente anzeigen, die nicht hineinpassen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>whop::ui::ManageIdentitiesDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Manage identities</source>
        <translation>Identitäten verwalten</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>Rename identity</source>
        <translation>Identität umbenennen</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Ein Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Remove identity</source>
        <translation>Identität entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from this computer? Its token is deleted from the keychain now; a browser sign-in is also revoked at Whop.</source>
        <translation>„%1“ von diesem Computer entfernen? Sein Token wird sofort aus dem Schlüsselbund gelöscht; eine Browser-Anmeldung wird zudem bei Whop widerrufen.</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>„%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Remove the identity again, without asking</source>
        <translation>Die Identität erneut entfernen, ohne nachzufragen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>„%1“ wird entfernt…</translation>
    </message>
</context>
<context>
    <name>whop::ui::ModeBar</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>user_… or username</source>
        <translation>user_… oder Benutzername</translation>
    </message>
    <message>
        <source>Global profile</source>
        <translation>Globales Profil</translation>
    </message>
    <message>
        <source>Profile in account “%1” (%2)</source>
        <translation>Profil im Konto „%1“ (%2)</translation>
    </message>
    <message>
        <source>Profile in another account…</source>
        <translation>Profil in einem anderen Konto…</translation>
    </message>
    <message>
        <source>Your profile has changes that are not saved. Save them before switching profile?</source>
        <translation>Ihr Profil enthält ungespeicherte Änderungen. Vor dem Wechseln des Profils speichern?</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>B&amp;enutzer:</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Enter a user id or a username.</source>
        <translation>Geben Sie eine Benutzer-ID oder einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Not a user id (user_…) or a username.</source>
        <translation>Keine Benutzer-ID (user_…) und kein Benutzername.</translation>
    </message>
</context>
<context>
    <name>whop::ui::NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung ausblenden</translation>
    </message>
    <message>
        <source>Add identity…</source>
        <translation>Identität hinzufügen…</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Set up sign-in…</source>
        <translation>Anmeldung einrichten…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>whop::ui::OverviewWindow</name>
    <message>
        <source>List order</source>
        <translation>Reihenfolge der Liste</translation>
    </message>
    <message>
        <source>Differing from global first</source>
        <translation>Vom globalen Profil abweichende zuerst</translation>
    </message>
    <message>
        <source>“inherits: …” means the account shows your global profile&apos;s value; other values are the account&apos;s own.</source>
        <translation>„geerbt: …“ bedeutet, dass das Konto den Wert Ihres globalen Profils anzeigt; andere Werte sind eigene Werte des Kontos.</translation>
    </message>
    <message>
        <source>Differing from the key&apos;s account first</source>
        <translation>Vom Konto des Schlüssels abweichende zuerst</translation>
    </message>
    <message>
        <source>An API key edits a user inside each account: enter the user (user_… or a username) in the main window first.</source>
        <translation>Ein API-Schlüssel bearbeitet einen Benutzer innerhalb jedes Kontos: Geben Sie zuerst im Hauptfenster den Benutzer ein (user_… oder einen Benutzernamen).</translation>
    </message>
    <message numerus="yes">
        <source>Listing accounts… %n so far.</source>
        <translation>
            <numerusform>Konten werden aufgelistet… bisher %n.</numerusform>
            <numerusform>Konten werden aufgelistet… bisher %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The accounts could not be listed: %1 Reload (F5) tries again.</source>
        <translation>Die Konten konnten nicht aufgelistet werden: %1 Neu laden (F5) versucht es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n Konto.</numerusform>
            <numerusform>%n Konten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown.</source>
        <translation>
            <numerusform>%n angezeigt.</numerusform>
            <numerusform>%n angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 read.</source>
        <translation>%1 von %2 gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read (Ctrl+R retries).</source>
        <translation>
            <numerusform>%n konnte nicht gelesen werden (Ctrl+R versucht es erneut).</numerusform>
            <numerusform>%n konnten nicht gelesen werden (Ctrl+R versucht es erneut).</numerusform>
        </translation>
    </message>
    <message>
        <source>The global profile could not be read: %1</source>
        <translation>Das globale Profil konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Whop asked to slow down: waiting %1 s.</source>
        <translation>Whop hat um eine Verlangsamung gebeten: Warten %1 s.</translation>
    </message>
    <message>
        <source>All Accounts — %1</source>
        <translation>Alle Konten — %1</translation>
    </message>
    <message>
        <source>Identity: %1. Everything this window reads and sends uses it.</source>
        <translation>Identität: %1. Alles, was dieses Fenster liest und sendet, verwendet sie.</translation>
    </message>
    <message>
        <source>Identity: %1.</source>
        <translation>Identität: %1.</translation>
    </message>
    <message>
        <source>The main window now uses another identity; this window stays with this one. All Accounts in the main window (Ctrl+Shift+A) opens a window for the other.</source>
        <translation>Das Hauptfenster verwendet jetzt eine andere Identität; dieses Fenster bleibt bei dieser. „Alle Konten“ im Hauptfenster (Ctrl+Shift+A) öffnet ein Fenster für die andere.</translation>
    </message>
    <message>
        <source>Whop has more accounts: only the first %1 are listed.</source>
        <translation>Whop hat mehr Konten: Nur die ersten %1 werden aufgelistet.</translation>
    </message>
    <message>
        <source>An API key cannot read a user&apos;s global profile, so an account&apos;s own values cannot be told from inherited ones.</source>
        <translation>Ein API-Schlüssel kann das globale Profil eines Benutzers nicht lesen, daher lassen sich eigene Werte eines Kontos nicht von geerbten unterscheiden.</translation>
    </message>
    <message>
        <source>An API key cannot read %1&apos;s global profile, so an account&apos;s own values cannot be told from inherited ones.</source>
        <translation>Ein API-Schlüssel kann das globale Profil von %1 nicht lesen, daher lassen sich eigene Werte eines Kontos nicht von geerbten unterscheiden.</translation>
    </message>
    <message>
        <source>Accounts are compared with the key&apos;s own account, which is not known yet.</source>
        <translation>Die Konten werden mit dem eigenen Konto des Schlüssels verglichen, das noch nicht bekannt ist.</translation>
    </message>
    <message>
        <source>Accounts are compared with the key&apos;s own account “%1”.</source>
        <translation>Die Konten werden mit dem eigenen Konto des Schlüssels „%1“ verglichen.</translation>
    </message>
</context>
<context>
    <name>whop::ui::PictureController</name>
    <message>
        <source>Choose &amp;Picture…</source>
        <translation>Bild &amp;wählen…</translation>
    </message>
    <message>
        <source>P&amp;aste Picture</source>
        <translation>Bild ein&amp;fügen</translation>
    </message>
    <message>
        <source>The dropped picture</source>
        <translation>Das abgelegte Bild</translation>
    </message>
    <message>
        <source>New picture chosen; it is uploaded when you save.</source>
        <translation>Neues Bild gewählt; es wird beim Speichern hochgeladen.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Preparing the upload…</source>
        <translation>Hochladen wird vorbereitet…</translation>
    </message>
    <message>
        <source>Processing…</source>
        <translation>Wird verarbeitet…</translation>
    </message>
    <message>
        <source>Whop is processing the picture…</source>
        <translation>Whop verarbeitet das Bild…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saving the profile…</source>
        <translation>Profil wird gespeichert…</translation>
    </message>
    <message>
        <source>Uploading the picture: %1 of %2 (%3%)</source>
        <translation>Bild wird hochgeladen: %1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Checking for changes made elsewhere…</source>
        <translation>Prüfen auf anderswo vorgenommene Änderungen…</translation>
    </message>
</context>
<context>
    <name>whop::ui::PicturePicker</name>
    <message>
        <source>Pictures (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a Profile Picture</source>
        <translation>Profilbild auswählen</translation>
    </message>
    <message>
        <source>The pasted picture</source>
        <translation>Das eingefügte Bild</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy a picture or a picture file first.</source>
        <translation>Die Zwischenablage enthält kein Bild. Kopieren Sie zuerst ein Bild oder eine Bilddatei.</translation>
    </message>
    <message>
        <source>Opening the picture…</source>
        <translation>Bild wird geöffnet…</translation>
    </message>
    <message>
        <source>Frame the picture, then choose Use Picture.</source>
        <translation>Wählen Sie den Bildausschnitt und dann „Bild verwenden“.</translation>
    </message>
</context>
<context>
    <name>whop::ui::PreferencesDialog</name>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Stan&amp;dardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Set by %1 for this run.</source>
        <translation>Für diese Sitzung durch %1 festgelegt.</translation>
    </message>
    <message>
        <source>Without one, Sign in with Whop works only in the demo sandbox.</source>
        <translation>Ohne sie funktioniert „Mit Whop anmelden“ nur in der Demo-Sandbox.</translation>
    </message>
    <message>
        <source>As Whop shows it with your app in the developer dashboard.</source>
        <translation>So, wie Whop sie bei Ihrer App im Entwickler-Dashboard anzeigt.</translation>
    </message>
    <message>
        <source>Separated by spaces. %1 lets the app save your profile.</source>
        <translation>Durch Leerzeichen getrennt. %1 erlaubt der App, Ihr Profil zu speichern.</translation>
    </message>
    <message>
        <source>The default: the version this app is made for.</source>
        <translation>Standard: die Version, für die diese App gemacht ist.</translation>
    </message>
    <message>
        <source>How long to wait for each attempt of a request. Default: %1 s.</source>
        <translation>Wie lange bei jedem Versuch einer Anfrage gewartet wird. Standard: %1 s.</translation>
    </message>
    <message>
        <source>A version Whop publishes.</source>
        <translation>Eine Version, die Whop veröffentlicht.</translation>
    </message>
    <message>
        <source>Not a version Whop publishes: if Whop does not support it, it will say so and list the ones it does.</source>
        <translation>Keine Version, die Whop veröffentlicht: Falls Whop sie nicht unterstützt, meldet Whop das und listet die unterstützten auf.</translation>
    </message>
    <message>
        <source>Before %1, Whop named accounts company_id in requests; the editor does so for this version.</source>
        <translation>Vor %1 hießen Konten in Anfragen company_id; der Editor sendet das für diese Version.</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;own: %1</source>
        <translation>&amp;Eigene dieses Computers: %1</translation>
    </message>
    <message>
        <source>Register this URI with your Whop app once: Whop accepts only redirect URIs it has exactly as written. Its port was chosen for this computer and stays.</source>
        <translation>Registrieren Sie diese URI einmal bei Ihrer Whop-App: Whop akzeptiert nur Weiterleitungs-URIs, die es genau so kennt. Ihr Port wurde für diesen Computer gewählt und bleibt.</translation>
    </message>
    <message>
        <source>Exactly as registered with your Whop app: Whop compares it character by character.</source>
        <translation>Genau so, wie bei Ihrer Whop-App registriert: Whop vergleicht sie Zeichen für Zeichen.</translation>
    </message>
</context>
<context>
    <name>whop::ui::RecoveryFlow</name>
    <message>
        <source>Every account of that batch is known now.</source>
        <translation>Jedes Konto dieses Stapels ist jetzt bekannt.</translation>
    </message>
    <message>
        <source>Reading the accounts of the batch again…</source>
        <translation>Die Konten des Stapels werden erneut gelesen…</translation>
    </message>
    <message>
        <source>Another identity is in use now: the batch was left as it is.</source>
        <translation>Jetzt wird eine andere Identität verwendet: Der Stapel wurde so belassen.</translation>
    </message>
    <message>
        <source>Finishing the batch…</source>
        <translation>Der Stapel wird fertiggestellt…</translation>
    </message>
    <message>
        <source>Undoing the batch…</source>
        <translation>Der Stapel wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>The batch is kept as it is.</source>
        <translation>Der Stapel wird so belassen.</translation>
    </message>
</context>
<context>
    <name>whop::ui::RestoreRunner</name>
    <message>
        <source>This profile has changes that are not saved. Save them before putting earlier values back?</source>
        <translation>Dieses Profil hat ungespeicherte Änderungen. Vor dem Wiederherstellen früherer Werte speichern?</translation>
    </message>
</context>
<context>
    <name>whop::ui::SaveConflictDialog</name>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Before you edited</source>
        <translation>Vor Ihrer Bearbeitung</translation>
    </message>
    <message>
        <source>%1 before you edited</source>
        <translation>%1 vor Ihrer Bearbeitung</translation>
    </message>
    <message>
        <source>On Whop now</source>
        <translation>Jetzt auf Whop</translation>
    </message>
    <message>
        <source>%1 on Whop now (changed elsewhere)</source>
        <translation>%1 jetzt auf Whop (anderswo geändert)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>Your %1</source>
        <translation>%1 (Ihre Version)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>The picture before you edited</source>
        <translation>Das Bild vor Ihrer Bearbeitung</translation>
    </message>
    <message>
        <source>The picture on Whop now (changed elsewhere)</source>
        <translation>Das Bild jetzt auf Whop (anderswo geändert)</translation>
    </message>
    <message>
        <source>Your picture</source>
        <translation>Ihr Bild</translation>
    </message>
    <message>
        <source>Also changed elsewhere, and kept as it is on Whop (you had not changed it): %1.</source>
        <translation>Ebenfalls anderswo geändert und so belassen, wie es auf Whop ist (Sie hatten es nicht geändert): %1.</translation>
    </message>
    <message>
        <source>Version of %1 to keep</source>
        <translation>Zu behaltende Version für %1</translation>
    </message>
    <message>
        <source>The one on Whop now</source>
        <translation>Die Version jetzt auf Whop</translation>
    </message>
    <message>
        <source>As before you edited</source>
        <translation>Wie vor Ihrer Bearbeitung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Changed elsewhere meanwhile, so kept as on Whop: %1.</source>
        <translation>Inzwischen anderswo geändert, daher wie auf Whop belassen: %1.</translation>
    </message>
    <message>
        <source>Not saved yet: some fields were changed on Whop meanwhile.</source>
        <translation>Noch nicht gespeichert: Einige Felder wurden inzwischen auf Whop geändert.</translation>
    </message>
    <message>
        <source>Nothing was saved. Your changes are still here; saving again shows what changed on Whop.</source>
        <translation>Es wurde nichts gespeichert. Ihre Änderungen sind noch da; erneutes Speichern zeigt, was sich auf Whop geändert hat.</translation>
    </message>
    <message>
        <source>Changed on Whop since</source>
        <translation>Seitdem bei Whop geändert</translation>
    </message>
    <message>
        <source>Since the change you are putting back, this profile was also changed elsewhere (on the web, on another device or by a teammate). Nothing has been put back on these fields yet. Choose which version of each to keep: Whop&apos;s is kept unless you choose otherwise.</source>
        <translation>Seit der Änderung, die Sie wiederherstellen, wurde dieses Profil auch anderswo geändert (im Web, auf einem anderen Gerät oder von einem Teammitglied). Für diese Felder wurde noch nichts wiederhergestellt. Wählen Sie für jedes, welche Version behalten wird: Die von Whop bleibt, sofern Sie nichts anderes wählen.</translation>
    </message>
    <message numerus="yes">
        <source>Since the batch you are putting back, %n account(s) were also changed elsewhere (on the web, on another device or by a teammate). Nothing has been put back on these fields yet; the other accounts are restored meanwhile. Choose which version of each to keep: Whop&apos;s is kept unless you choose otherwise.</source>
        <translation>
            <numerusform>Seit dem Stapel, den Sie wiederherstellen, wurde %n Konto auch anderswo geändert (im Web, auf einem anderen Gerät oder von einem Teammitglied). Für diese Felder wurde noch nichts wiederhergestellt; die anderen Konten werden derweil wiederhergestellt. Wählen Sie für jedes, welche Version behalten wird: Die von Whop bleibt, sofern Sie nichts anderes wählen.</numerusform>
            <numerusform>Seit dem Stapel, den Sie wiederherstellen, wurden %n Konten auch anderswo geändert (im Web, auf einem anderen Gerät oder von einem Teammitglied). Für diese Felder wurde noch nichts wiederhergestellt; die anderen Konten werden derweil wiederhergestellt. Wählen Sie für jedes, welche Version behalten wird: Die von Whop bleibt, sofern Sie nichts anderes wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore with these choices</source>
        <translation>Mit dieser Auswahl &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore with these choices</source>
        <translation>Mit dieser Auswahl wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Keep Whop&apos;s values</source>
        <translation>Werte von Whop &amp;behalten</translation>
    </message>
    <message>
        <source>Keep Whop&apos;s values</source>
        <translation>Werte von Whop behalten</translation>
    </message>
    <message>
        <source>As this editor wrote it</source>
        <translation>Wie dieser Editor es schrieb</translation>
    </message>
    <message>
        <source>%1 as this editor wrote it</source>
        <translation>%1, wie dieser Editor es schrieb</translation>
    </message>
    <message>
        <source>To put back</source>
        <translation>Wiederherzustellen</translation>
    </message>
    <message>
        <source>%1 to put back</source>
        <translation>%1 zum Wiederherstellen</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>The picture this editor set</source>
        <translation>Das Bild, das dieser Editor setzte</translation>
    </message>
    <message>
        <source>The picture to put back</source>
        <translation>Das wiederherzustellende Bild</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Global profile</source>
        <translation>Globales Profil</translation>
    </message>
    <message>
        <source>Some fields were changed on Whop since: choose what to keep.</source>
        <translation>Einige Felder wurden seitdem bei Whop geändert: Wählen Sie, was bleibt.</translation>
    </message>
</context>
<context>
    <name>whop::ui::SignInDialog</name>
    <message>
        <source>The link is on the clipboard: paste it into your browser.</source>
        <translation>Der Link ist in der Zwischenablage: Fügen Sie ihn in Ihren Browser ein.</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>Anmeldung wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Signed in. Checking your profile…</source>
        <translation>Angemeldet. Ihr Profil wird geprüft…</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link and open it in your browser.</source>
        <translation>Es konnte kein Browser geöffnet werden. Kopieren Sie den Link und öffnen Sie ihn in Ihrem Browser.</translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <translation>Verbleibende Zeit: %1:%2</translation>
    </message>
    <message>
        <source>If the browser shows an error about the redirect URI (redirect_uri) instead of asking you to sign in, your Whop app does not list exactly %1. Set up sign-in… shows what to register.</source>
        <translation>Zeigt der Browser statt der Anmeldung einen Fehler zur Weiterleitungs-URI (redirect_uri), führt Ihre Whop-App nicht genau %1. „Anmeldung einrichten…“ zeigt, was zu registrieren ist.</translation>
    </message>
</context>
<context>
    <name>whop::ui::SignInGuide</name>
    <message>
        <source>Save and &amp;continue</source>
        <translation>Speichern und &amp;weiter</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Speichern und weiter</translation>
    </message>
    <message>
        <source>The redirect URI is on the clipboard: paste it into your app&apos;s redirect URIs in Whop&apos;s developer dashboard.</source>
        <translation>Die Weiterleitungs-URI ist in der Zwischenablage: Fügen Sie sie im Entwickler-Dashboard von Whop bei den Weiterleitungs-URIs Ihrer App ein.</translation>
    </message>
    <message>
        <source>As set in Preferences (Edit → Preferences…).</source>
        <translation>Wie in den Einstellungen festgelegt (Bearbeiten → Einstellungen…).</translation>
    </message>
    <message>
        <source>Another program uses port %1 now, so the browser cannot come back here. Use another port picks a free one; then register the new redirect URI instead.</source>
        <translation>Ein anderes Programm verwendet gerade Port %1, daher kann der Browser nicht hierher zurückkehren. „Anderen Port verwenden“ wählt einen freien; registrieren Sie dann stattdessen die neue Weiterleitungs-URI.</translation>
    </message>
    <message>
        <source>Port %1 was chosen for this computer once and stays the same, so you register this URI only once.</source>
        <translation>Port %1 wurde einmal für diesen Computer gewählt und bleibt gleich, daher registrieren Sie diese URI nur einmal.</translation>
    </message>
    <message>
        <source>No free port was found on this computer. Close a program that listens on many ports, then try again.</source>
        <translation>Auf diesem Computer wurde kein freier Port gefunden. Schließen Sie ein Programm, das auf vielen Ports lauscht, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The redirect URI is now %1, because port %2 was in use. Add it to your app in step 3 exactly as shown, in place of the old one, then choose Save and continue.</source>
        <translation>Die Weiterleitungs-URI ist jetzt %1, weil Port %2 belegt war. Fügen Sie sie in Schritt 3 genau wie angezeigt Ihrer App hinzu, anstelle der alten, und wählen Sie dann „Speichern und weiter“.</translation>
    </message>
    <message>
        <source>Whop refused the sign-in because it expects a client secret from your app (invalid_client). Step 2 fixes it: set the app&apos;s client type to Public, then choose Save and continue to sign in again.</source>
        <translation>Whop hat die Anmeldung abgelehnt, weil es ein Client-Secret von Ihrer App erwartet (invalid_client). Schritt 2 behebt das: Stellen Sie den Client-Typ der App auf Public und wählen Sie dann „Speichern und weiter“, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>Whop refused the redirect URI: your app does not list exactly the one in step 3. Add it as shown (or correct the one you added), then choose Save and continue to sign in again.</source>
        <translation>Whop hat die Weiterleitungs-URI abgelehnt: Ihre App führt nicht genau die aus Schritt 3. Fügen Sie sie wie angezeigt hinzu (oder korrigieren Sie die hinzugefügte) und wählen Sie dann „Speichern und weiter“, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>Whop refused the scopes: your app may not grant all of them, and without user:profile:update no profile can be saved. Step 4 fixes it: allow the scopes shown, then choose Save and continue to sign in again.</source>
        <translation>Whop hat die Scopes abgelehnt: Ihre App darf nicht alle vergeben, und ohne user:profile:update lässt sich kein Profil speichern. Schritt 4 behebt das: Erlauben Sie die angezeigten Scopes und wählen Sie dann „Speichern und weiter“, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, so the browser cannot come back to this app there. Use another port picks a free one; the redirect URI changes with it, so you register the new one.</source>
        <translation>Port %1 auf diesem Computer wird von einem anderen Programm verwendet, daher kann der Browser dort nicht zu dieser App zurückkehren. „Anderen Port verwenden“ wählt einen freien; die Weiterleitungs-URI ändert sich damit, also registrieren Sie die neue.</translation>
    </message>
    <message>
        <source>Port %1 of the redirect URI set in Preferences is in use by another program. Close that program, or register another redirect URI with your app and set it in Preferences.</source>
        <translation>Port %1 der in den Einstellungen festgelegten Weiterleitungs-URI wird von einem anderen Programm verwendet. Schließen Sie dieses Programm, oder registrieren Sie eine andere Weiterleitungs-URI bei Ihrer App und legen Sie sie in den Einstellungen fest.</translation>
    </message>
    <message>
        <source>The redirect URI set in Preferences cannot be used: it must be http to this computer (127.0.0.1, [::1] or localhost) with a port. Change it in Preferences (Edit → Preferences…).</source>
        <translation>Die in den Einstellungen festgelegte Weiterleitungs-URI ist nicht verwendbar: Sie muss http zu diesem Computer sein (127.0.0.1, [::1] oder localhost), mit einem Port. Ändern Sie sie in den Einstellungen (Bearbeiten → Einstellungen…).</translation>
    </message>
    <message>
        <source>Set by %1 for this run.</source>
        <translation>Für diese Sitzung durch %1 festgelegt.</translation>
    </message>
    <message>
        <source>Give your app&apos;s client id: it starts with app_.</source>
        <translation>Geben Sie die Client-ID Ihrer App an: Sie beginnt mit app_.</translation>
    </message>
    <message>
        <source>As Whop shows it with your app in the developer dashboard.</source>
        <translation>So, wie Whop sie bei Ihrer App im Entwickler-Dashboard anzeigt.</translation>
    </message>
</context>
<context>
    <name>whop::ui::UseGlobalButton</name>
    <message>
        <source>Use global: %1</source>
        <translation>Globalen Wert verwenden: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Use the global profile&apos;s %1: empty</source>
        <translation>%1 des globalen Profils verwenden: leer</translation>
    </message>
    <message>
        <source>Use the global profile&apos;s %1: %2</source>
        <translation>%1 des globalen Profils verwenden: %2</translation>
    </message>
</context>
<context>
    <name>whop::ui::UsernameAvailabilityView</name>
    <message>
        <source>Checking whether “%1” is free…</source>
        <translation>Es wird geprüft, ob „%1“ frei ist…</translation>
    </message>
    <message>
        <source>“%1” is available.</source>
        <translation>„%1“ ist verfügbar.</translation>
    </message>
    <message>
        <source>“%1” is your current username.</source>
        <translation>„%1“ ist Ihr aktueller Benutzername.</translation>
    </message>
    <message>
        <source>“%1” is taken.</source>
        <translation>„%1“ ist vergeben.</translation>
    </message>
    <message>
        <source>Could not check “%1” just now (too many checks); Whop will tell when you save.</source>
        <translation>„%1“ konnte gerade nicht geprüft werden (zu viele Prüfungen); Whop meldet es beim Speichern.</translation>
    </message>
    <message>
        <source>“%1” cannot be checked in advance; Whop will tell when you save.</source>
        <translation>„%1“ kann nicht vorab geprüft werden; Whop meldet es beim Speichern.</translation>
    </message>
    <message>
        <source>Could not check whether “%1” is free; Whop will tell when you save.</source>
        <translation>Es konnte nicht geprüft werden, ob „%1“ frei ist; Whop meldet es beim Speichern.</translation>
    </message>
</context>
<context>
    <name>whop::ui::WindowCommands</name>
    <message>
        <source>Collecting diagnostics…</source>
        <translation>Diagnosedaten werden gesammelt…</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard: versions, settings and recent error kinds, without tokens, names or profile text.</source>
        <translation>Diagnosedaten in die Zwischenablage kopiert: Versionen, Einstellungen und Arten kürzlich aufgetretener Fehler, ohne Tokens, Namen oder Profiltexte.</translation>
    </message>
</context>
</TS>
