#pragma once

#include "api/WhopClient.h"
#include "profile/ProfileRules.h"

#include <QObject>
#include <QPointer>

namespace whop::profile {

// In account mode, the global profile the account's override inherits from: loaded beside the
// account's own values so each field can show (and copy) what it would inherit.
class InheritedProfile : public QObject
{
    Q_OBJECT
public:
    explicit InheritedProfile(api::WhopClient *client, QObject *parent = nullptr);

    // Loads the global profile of `target.user` (no account_id). Clears when the target has
    // no account: there is nothing to inherit in global mode.
    void load(const api::UserTarget &target);
    void clear();
    bool isAvailable() const { return m_available; }
    QString value(Field field) const { return m_values.value(field); }

Q_SIGNALS:
    void changed();

private:
    api::WhopClient *m_client;
    QPointer<api::Call<api::User>> m_call;
    ProfileValues m_values;
    bool m_available = false;
};

} // namespace whop::profile
