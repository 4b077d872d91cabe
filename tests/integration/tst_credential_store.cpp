// Runs against a real Secret Service (the test command starts a D-Bus session with an unlocked
// GNOME Keyring). With WHOP_EXPECT_NO_KEYCHAIN=1 and no session bus, checks the classified error.
#include "CredentialStore.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

using whop::auth::CredentialStore;
using whop::auth::KeychainError;

class CredentialStoreTest : public QObject
{
    Q_OBJECT
    const QString service = QStringLiteral("com.whop.ProfileEditor.tests");
    bool expectNoKeychain = qEnvironmentVariableIntValue("WHOP_EXPECT_NO_KEYCHAIN") == 1;

    static QList<QVariant> waitSignal(QSignalSpy &spy)
    {
        if (spy.isEmpty() && !spy.wait(20000))
            return {};
        return spy.takeFirst();
    }

private Q_SLOTS:
    void storeRestartReadRemove()
    {
        if (expectNoKeychain)
            return;
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray secret = "tok_" + QUuid::createUuid().toByteArray(QUuid::Id128);
        {
            CredentialStore store(service);
            QSignalSpy written(&store, &CredentialStore::writeFinished);
            store.write(key, secret);
            const auto args = waitSignal(written);
            QVERIFY(!args.isEmpty());
            const auto error = args.at(1).value<KeychainError>();
            QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        }
        {
            // A new store object, as after a restart: the secret comes from the keychain.
            CredentialStore store(service);
            QSignalSpy read(&store, &CredentialStore::readFinished);
            store.read(key);
            const auto args = waitSignal(read);
            QVERIFY(!args.isEmpty());
            QVERIFY2(!args.at(2).value<KeychainError>().isError(),
                     qPrintable(args.at(2).value<KeychainError>().userMessage()));
            QCOMPARE(args.at(1).toByteArray(), secret);

            QSignalSpy removed(&store, &CredentialStore::removeFinished);
            store.remove(key);
            QVERIFY(!waitSignal(removed).isEmpty());
            store.read(key);
            const auto after = waitSignal(read);
            QVERIFY(!after.isEmpty());
            QCOMPARE(after.at(2).value<KeychainError>().kind, KeychainError::Kind::NotFound);
            QVERIFY(after.at(1).toByteArray().isEmpty());
        }
    }

    void overwrite_replacesTheWholeEntry()
    {
        if (expectNoKeychain)
            return;
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        CredentialStore store(service);
        QSignalSpy written(&store, &CredentialStore::writeFinished);
        store.write(key, R"({"access":"a1","refresh":"r1"})");
        QVERIFY(!waitSignal(written).isEmpty());
        store.write(key, R"({"access":"a2","refresh":"r2"})");
        QVERIFY(!waitSignal(written).isEmpty());
        QSignalSpy read(&store, &CredentialStore::readFinished);
        store.read(key);
        QCOMPARE(waitSignal(read).at(1).toByteArray(),
                 QByteArray(R"({"access":"a2","refresh":"r2"})"));
        QSignalSpy removed(&store, &CredentialStore::removeFinished);
        store.remove(key);
        QVERIFY(!waitSignal(removed).isEmpty());
    }

    void noSecretService_isClassified_andSessionOnlyWorks()
    {
        if (!expectNoKeychain)
            return;
        CredentialStore store(service);
        QSignalSpy written(&store, &CredentialStore::writeFinished);
        store.write(QStringLiteral("k"), "secret");
        const auto args = waitSignal(written);
        QVERIFY(!args.isEmpty());
        const auto error = args.at(1).value<KeychainError>();
        QCOMPARE(int(error.kind), int(KeychainError::Kind::NoService));
        QVERIFY(error.userMessage().contains(QStringLiteral("GNOME Keyring")));
        QVERIFY(error.userMessage().contains(QStringLiteral("session only")));

        store.keepForSession(QStringLiteral("k"), "secret");
        QSignalSpy read(&store, &CredentialStore::readFinished);
        store.read(QStringLiteral("k"));
        const auto got = waitSignal(read);
        QCOMPARE(got.at(1).toByteArray(), QByteArray("secret"));
        QVERIFY(!got.at(2).value<KeychainError>().isError());
    }

    void classification_ofQtKeychainTexts()
    {
        using whop::auth::classifyKeychainError;
        // QtKeychain's OtherError with the texts D-Bus and libsecret produce.
        QCOMPARE(classifyKeychainError(QKeychain::OtherError,
                                       QStringLiteral("The name org.freedesktop.secrets was not "
                                                      "provided by any .service files"))
                     .kind,
                 KeychainError::Kind::NoService);
        QCOMPARE(classifyKeychainError(QKeychain::OtherError,
                                       QStringLiteral("Cannot create an item in a locked "
                                                      "collection"))
                     .kind,
                 KeychainError::Kind::Locked);
        QCOMPARE(classifyKeychainError(QKeychain::EntryNotFound, QString()).kind,
                 KeychainError::Kind::NotFound);
        QCOMPARE(classifyKeychainError(QKeychain::NoBackendAvailable, QString()).kind,
                 KeychainError::Kind::NoService);
        QCOMPARE(classifyKeychainError(QKeychain::AccessDeniedByUser, QString()).kind,
                 KeychainError::Kind::Locked);
        QCOMPARE(classifyKeychainError(QKeychain::NoError, QString()).kind,
                 KeychainError::Kind::None);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    whop::test::isolateSettings();
    qRegisterMetaType<KeychainError>();
    CredentialStoreTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_credential_store.moc"
