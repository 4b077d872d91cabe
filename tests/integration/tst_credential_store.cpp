// Runs against a real Secret Service (the test command starts a D-Bus session with an unlocked
// GNOME Keyring). With WHOP_EXPECT_NO_KEYCHAIN=1 and no session bus, checks the classified error.
#include "auth/CredentialStore.h"
#include "common/KeychainSupport.h"
#include "common/TestSupport.h"

#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

using whop::auth::CredentialStore;
using whop::auth::KeychainError;
using whop::test::waitForJob;

class CredentialStoreTest : public QObject
{
    Q_OBJECT
    const QString service = QStringLiteral("com.whop.ProfileEditor.tests");
    bool expectNoKeychain = qEnvironmentVariableIntValue("WHOP_EXPECT_NO_KEYCHAIN") == 1;

private Q_SLOTS:
    void storeRestartReadRemove()
    {
        if (expectNoKeychain)
            return;
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray secret = "tok_" + QUuid::createUuid().toByteArray(QUuid::Id128);
        {
            CredentialStore store(service);
            const auto written = waitForJob(store.write(key, secret));
            QVERIFY(written.finished);
            const auto error = written.error;
            QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        }
        {
            // A new store object, as after a restart: the secret comes from the keychain.
            CredentialStore store(service);
            const auto read = waitForJob(store.read(key));
            QVERIFY(read.finished);
            QVERIFY2(!read.error.isError(), qPrintable(read.error.userMessage()));
            QCOMPARE(read.secret, secret);

            QVERIFY(waitForJob(store.remove(key)).finished);
            const auto after = waitForJob(store.read(key));
            QVERIFY(after.finished);
            QCOMPARE(after.error.kind, KeychainError::Kind::NotFound);
            QVERIFY(after.secret.isEmpty());
        }
    }

    void overwrite_replacesTheWholeEntry()
    {
        if (expectNoKeychain)
            return;
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        CredentialStore store(service);
        QVERIFY(waitForJob(store.write(key, R"({"access":"a1","refresh":"r1"})")).finished);
        QVERIFY(waitForJob(store.write(key, R"({"access":"a2","refresh":"r2"})")).finished);
        QCOMPARE(waitForJob(store.read(key)).secret,
                 QByteArray(R"({"access":"a2","refresh":"r2"})"));
        QVERIFY(waitForJob(store.remove(key)).finished);
    }

    void noSecretService_isClassified_andSessionOnlyWorks()
    {
        if (!expectNoKeychain)
            return;
        CredentialStore store(service);
        const auto written = waitForJob(store.write(QStringLiteral("k"), "secret"));
        QVERIFY(written.finished);
        const auto error = written.error;
        QCOMPARE(int(error.kind), int(KeychainError::Kind::NoService));
        QVERIFY(error.userMessage().contains(QStringLiteral("GNOME Keyring")));
        QVERIFY(error.userMessage().contains(QStringLiteral("session only")));

        store.keepForSession(QStringLiteral("k"), "secret");
        const auto got = waitForJob(store.read(QStringLiteral("k")));
        QCOMPARE(got.secret, QByteArray("secret"));
        QVERIFY(!got.error.isError());
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
