#include "session/StoredSecret.h"

namespace whop::app {

namespace {

StoredSecret check(auth::CredentialStore *store, const auth::Identity &identity,
                   const auth::KeychainJob &job)
{
    if (job.error().isError())
        return {std::nullopt,
                StoredSecret::tr("The token of “%1” could not be read from the keychain. %2")
                    .arg(identity.shownLabel(), job.error().userMessage())};
    std::optional<auth::Secret> secret = auth::Secret::deserialize(job.secret());
    if (!secret)
        return {std::nullopt, StoredSecret::tr("The keychain entry of “%1” is not one this app "
                                               "wrote. Remove the identity and add it again.")
                                  .arg(identity.shownLabel())};
    const QUrl base = identity.apiBaseUrl();
    switch (auth::bindingOf(*secret, base)) {
    case auth::Binding::Bound:
        break;
    case auth::Binding::Adoptable:
        // Written before entries recorded their origin, for one of Whop's own APIs: bound to it
        // from now on.
        secret->origin = auth::originOf(base);
        store->write(identity.id, secret->serialize());
        break;
    case auth::Binding::Elsewhere:
        return {std::nullopt,
                secret->origin.isEmpty()
                    ? StoredSecret::tr("The saved token of “%1” does not say where it belongs, "
                                       "and the identity points at %2, which is not Whop's own "
                                       "address, so the token was not sent. Remove the identity "
                                       "and add it again.")
                          .arg(identity.shownLabel(), auth::originOf(base))
                    : StoredSecret::tr("The saved token of “%1” belongs to %2, but the identity "
                                       "now points at %3, so the token was not sent there. If you "
                                       "changed the address on purpose, remove the identity and "
                                       "add it again.")
                          .arg(identity.shownLabel(), secret->origin, auth::originOf(base))};
    }
    return {secret, {}};
}

} // namespace

void readStoredSecret(auth::CredentialStore *store, const auth::Identity &identity,
                      QObject *context, std::function<void(const StoredSecret &)> done)
{
    auto *job = store->read(identity.id);
    QObject::connect(
        job, &auth::KeychainJob::finished, context,
        [store, identity, job, done = std::move(done)] { done(check(store, identity, *job)); });
}

} // namespace whop::app
