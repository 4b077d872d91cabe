#pragma once

#include "api/ClientConfig.h"
#include "session/CommandLine.h"
#include "session/PreferenceRules.h"

#include <QObject>
#include <QString>

namespace whop::app {

// The settings a person can change in Preferences (all non-secret).
enum class Setting
{
    OAuthClientId,    // oauth/clientId
    OAuthRedirectUri, // oauth/redirectUri
    OAuthScopes,      // oauth/scopes
    ApiVersion,       // network/apiVersion
    TimeoutSeconds,   // network/timeoutSeconds
};

struct PreferenceValues
{
    QString oauthClientId; // empty: none (sign-in then works only in the demo sandbox)
    // Empty: this app's fixed redirect URI (Preferences::fixedRedirectUri()); else one the person
    // registered with their Whop app.
    QString oauthRedirectUri;
    QString oauthScopes = QString::fromLatin1(rules::DefaultScopes);
    QString apiVersion = QString::fromLatin1(api::DefaultApiVersion);
    int timeoutSeconds = rules::DefaultTimeoutSeconds;

    // Checks `setting`'s value with its rule; the reason in `why`.
    bool check(Setting setting, QString *why = nullptr) const;
    // Every value with its rule; the first that fails in `failing` and `why`.
    bool isValid(Setting *failing = nullptr, QString *why = nullptr) const;
    // The same values with surrounding spaces (and doubled ones between scopes) removed.
    PreferenceValues normalized() const;
    bool operator==(const PreferenceValues &other) const = default;
};

// The person's settings, kept in the application's QSettings: what is stored, and what is in
// effect for this run, where a command line option or an environment variable wins (and says
// which one it was).
class Preferences : public QObject
{
    Q_OBJECT
public:
    explicit Preferences(const Options &options, QObject *parent = nullptr);

    // The key in the settings file ("network/apiVersion", ...).
    static QString key(Setting setting);
    static QList<Setting> all();

    // What the settings file holds; a missing value is the default, a value that is there but
    // does not pass its rule (edited by hand) is returned as it is, for the person to see.
    PreferenceValues stored() const;
    // Writes every value and announces changed() when one differs. Refuses (false, with the
    // reason) values that do not pass their rules: then nothing is written.
    bool store(const PreferenceValues &values, QString *why = nullptr);

    // What this run uses: the stored values (the default for any that fails its rule), under the
    // command line and environment.
    PreferenceValues effective() const;

    // The fixed redirect URI on `port`: http://127.0.0.1:<port>/callback.
    static QUrl fixedRedirectUri(quint16 port);
    // The port of the fixed redirect URI (oauth/redirectPort): chosen once, kept, so that the
    // URI the person registers with their Whop app stays the same. 0 until chosen.
    quint16 redirectPort() const;
    // The port, chosen (a free one of the dynamic range) and kept the first time it is asked for.
    quint16 ensureRedirectPort();
    // Another free port, kept instead of the current one (which another program took): the URI
    // to register changes with it. 0, and nothing changed, when none was found.
    quint16 chooseAnotherRedirectPort();
    // The redirect URI of the next sign-in: the one set in Preferences, else the fixed one (its
    // port chosen when needed).
    QUrl redirectUri();
    // Whether the next sign-in uses the fixed redirect URI (none is set in Preferences).
    bool usesFixedRedirect() const;
    // The option or environment variable that sets `setting` for this run ("--api-version",
    // "WHOP_API_VERSION"), or empty.
    QString overriddenBy(Setting setting) const;
    // Where the value in effect comes from: overriddenBy(), else "settings" when the settings
    // file holds a valid value, else "default". Plain words for diagnostics, not translated.
    QString sourceOf(Setting setting) const;

Q_SIGNALS:
    // Something stored changed; effective() has the new values.
    void changed();

private:
    Options m_options;
};

} // namespace whop::app
