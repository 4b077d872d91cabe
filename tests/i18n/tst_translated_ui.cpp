// The editor in German and in Brazilian Portuguese shows no English: the main window (demo data),
// the Add identity dialog and History (with a saved change) are opened with the language's catalog
// installed, as the app installs it (app/core/session/Translations.cpp), and every visible text —
// labels, buttons, menus, placeholders, tool tips of the toolbar — is compared with the English
// source texts of the catalog (resources/translations/*.ts). A text that is an English source, and
// whose translation differs from it, is English that escaped translation. The same for --help.
// Texts from Whop (the demo user's name and bio) are data, not the interface, and are not compared.

#include "common/DemoWindow.h"
#include "common/TestSupport.h"
#include "common/TreePath.h"
#include "history/HistoryText.h"
#include "session/CommandLine.h"
#include "session/Translations.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/AddIdentityDialog.h"
#include "ui/dialogs/HistoryDialog.h"
#include "ui/widgets/IdentityBar.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace whop;

namespace {

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    return text.simplified();
}

// The English sources of a catalog whose translation differs from them, as patterns that match
// the text after its %1, %2 … were filled in.
QList<QRegularExpression> untranslatedPatterns(const QString &tsFile)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QRegularExpression> patterns;
    QXmlStreamReader xml(&file);
    QString source, translation;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const QString s = plain(source);
            if (s.size() < 2 || plain(translation) == s ||
                !s.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2}"))))
                continue;
            QString re = QRegularExpression::escape(s);
            re.replace(QRegularExpression(QStringLiteral("%(n|\\\\d)")), QStringLiteral(".*"));
            re.replace(QRegularExpression(QStringLiteral("%\\d")), QStringLiteral(".*"));
            patterns << QRegularExpression(QStringLiteral("^") + re + QStringLiteral("$"));
        }
    }
    return patterns;
}

// What a person reads in `top`: visible labels, buttons, combo items shown, placeholders,
// menu titles and their actions.
QStringList visibleTexts(QWidget *top)
{
    QStringList texts;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top))
            continue;
        if (auto *l = qobject_cast<QLabel *>(w))
            texts << l->text();
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            texts << b->text() << b->toolTip();
        else if (auto *c = qobject_cast<QComboBox *>(w))
            texts << c->currentText();
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            texts << e->placeholderText();
        else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            texts << p->placeholderText();
        else if (auto *m = qobject_cast<QMenuBar *>(w))
            for (QAction *a : m->actions()) {
                texts << a->text();
                if (a->menu())
                    for (QAction *item : a->menu()->actions())
                        texts << item->text();
            }
    }
    texts << top->windowTitle();
    return texts;
}

} // namespace

class TranslatedUiTest : public QObject
{
    Q_OBJECT

    void checkLanguage(const QString &language)
    {
        const QString loaded =
            app::installTranslations(qApp, QLocale(language), {whop::test::treePath(WHOP_QM_DIR)});
        QCOMPARE(loaded, language);
        const auto patterns = untranslatedPatterns(
            (whop::test::treePath(WHOP_TS_DIR) + QStringLiteral("/whop-profile-editor_%1.ts"))
                .arg(language));
        QVERIFY(patterns.size() > 50);

        test::DemoWindow demo;
        QVERIFY(demo.openDemo(QSize(820, 600)));
        const auto &session = demo.session;
        ui::MainWindow &window = *demo.window;
        window.identityBar()->openAddDialog();
        QWidget *add = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (qobject_cast<ui::AddIdentityDialog *>(w) && w->isVisible())
                    add = w;
            return add != nullptr;
        }));

        // History, with a saved change in it.
        session->editor()->setValue(profile::Field::Name, QStringLiteral("Demo Creator Saved"));
        QSignalSpy saved(session->editor(), &profile::ProfileEditor::saved);
        QVERIFY(session->editor()->save());
        QVERIFY(saved.wait(10000));
        QWidget *history = window.openHistory();

        const QStringList data{QStringLiteral("Demo Creator"), QStringLiteral("demo-creator")};
        QStringList english;
        for (QWidget *top : {static_cast<QWidget *>(&window), add, history}) {
            for (const QString &raw : visibleTexts(top)) {
                const QString text = plain(raw);
                if (text.isEmpty() || data.contains(text))
                    continue;
                for (const QRegularExpression &re : patterns)
                    if (re.match(text).hasMatch()) {
                        english << text;
                        break;
                    }
            }
        }
        add->close();
        history->close();
        QVERIFY2(english.isEmpty(),
                 qPrintable(QStringLiteral("English in the %1 window: “%2”")
                                .arg(language, english.join(QStringLiteral("”, “")))));
    }

    // --help in `language`: none of the command line's English texts (resources/translations,
    // context whop::app::CommandLine) is left in it; option and variable names stay as they are.
    void checkHelp(const QString &language)
    {
        QCOMPARE(
            app::installTranslations(qApp, QLocale(language), {whop::test::treePath(WHOP_QM_DIR)}),
            language);
        const QString help =
            app::parseCommandLine({QStringLiteral("whop-profile-editor"), QStringLiteral("--help")},
                                  {})
                .output;
        QFile file(
            (whop::test::treePath(WHOP_TS_DIR) + QStringLiteral("/whop-profile-editor_%1.ts"))
                .arg(language));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QStringList english;
        int checked = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source") &&
                     context == QLatin1String("whop::app::CommandLine")) {
                // The longest run of words without a placeholder, as it would appear.
                QString longest;
                for (const QString &part :
                     xml.readElementText().split(QRegularExpression(QStringLiteral("%\\d|\n"))))
                    if (part.trimmed().size() > longest.size())
                        longest = part.trimmed();
                if (longest.count(QLatin1Char(' ')) < 1)
                    continue; // a single word (an option's value name) may read the same
                ++checked;
                if (help.contains(longest))
                    english << longest;
            }
        }
        QVERIFY(checked >= 10);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1String(" | "))));
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void cleanup()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    void german_showsNoEnglish() { checkLanguage(QStringLiteral("de")); }
    void brazilianPortuguese_showsNoEnglish() { checkLanguage(QStringLiteral("pt_BR")); }
    void german_help() { checkHelp(QStringLiteral("de")); }
    void brazilianPortuguese_help() { checkHelp(QStringLiteral("pt_BR")); }

    // Values quoted in a sentence (History, a batch's plan, an upload's refusal) take the
    // language's quotation marks: „…“ in German, not the English “…”.
    void quotationMarks_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("„Demo Creator“");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("“Demo Creator”");
    }
    void quotationMarks()
    {
        QFETCH(QString, language);
        QFETCH(QString, quoted);
        QCOMPARE(
            app::installTranslations(qApp, QLocale(language), {whop::test::treePath(WHOP_QM_DIR)}),
            language);
        QCOMPARE(history::HistoryText::inQuotes(QStringLiteral("Demo Creator")), quoted);
        QCOMPARE(history::HistoryText::quoted(QStringLiteral("Demo\nCreator")), quoted);
    }
};

QTEST_MAIN(TranslatedUiTest)
#include "tst_translated_ui.moc"
