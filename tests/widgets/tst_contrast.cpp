// Every text the main window shows can be read in a dark and in a high-contrast theme: the window
// is rendered with each palette, in the states that add colour of their own (field problems and
// red counters, each kind of banner, the "Not saved yet" badge), and for every visible label the
// contrast between its text and what is behind it is measured on the rendered pixels (WCAG 2:
// at least 4.5:1). The renderings are kept in the build tree (tests/renderings/contrast-*.png).

#include "common/DemoWindow.h"
#include "common/TestSupport.h"
#include "ui/Colours.h"

#include <QApplication>
#include <QDir>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>

using namespace whop;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xee, 0xee, 0xee);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Mid, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Dark, QColor(0x15, 0x15, 0x15));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x90, 0x90, 0x90));
    return p;
}

QPalette highContrastPalette()
{
    // Black and white with yellow selection, as high-contrast desktop themes have it.
    QPalette p(Qt::white, Qt::black, Qt::white, Qt::white, Qt::white, Qt::white, Qt::white,
               Qt::black, Qt::black);
    p.setColor(QPalette::Button, Qt::black);
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::Base, Qt::black);
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xd0, 0xd0, 0xd0));
    p.setColor(QPalette::Highlight, Qt::yellow);
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xc0, 0xc0, 0xc0));
    return p;
}

// The contrast of a label's text with its background, measured on `image` (the whole window):
// the background is the area's most common colour, the text the pixel that differs most from it
// (anti-aliased edges only lower the contrast; the text's own colour is the extreme).
double measuredContrast(const QImage &image, const QRect &area, QColor *text, QColor *background)
{
    QHash<QRgb, int> counts;
    const QRect r = area & image.rect();
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000];
    QRgb common = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            common = it.key();
        }
    *background = QColor(common);
    double best = 1.0;
    *text = *background;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double ratio = ui::contrastRatio(QColor(it.key()), *background);
        if (ratio > best) {
            best = ratio;
            *text = QColor(it.key());
        }
    }
    return best;
}

} // namespace

class ContrastTest : public QObject, whop::test::DemoWindow
{
    Q_OBJECT

    // Measures every visible label with text; fails on the first one under 4.5:1.
    void checkLabels(const QString &state)
    {
        QCoreApplication::processEvents();
        const QImage image = window->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QString dir = QDir::current().absoluteFilePath(QStringLiteral("renderings"));
        QDir().mkpath(dir);
        image.save(dir + QStringLiteral("/contrast-%1.png").arg(state));
        int measured = 0;
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().trimmed().isEmpty() ||
                !label->pixmap().isNull() || label->window() != window.get())
                continue;
            const QRect area(label->mapTo(window.get(), QPoint(0, 0)), label->size());
            QColor text, background;
            const double ratio = measuredContrast(image, area, &text, &background);
            ++measured;
            qInfo("%s: %-22s %5.2f:1 (%s on %s) “%s”", qPrintable(state),
                  qPrintable(label->objectName()), ratio, qPrintable(text.name()),
                  qPrintable(background.name()), qPrintable(label->text().left(40)));
            QVERIFY2(ratio >= ui::MinimumTextContrast,
                     qPrintable(QStringLiteral("%1: “%2” (%3) has contrast %4:1")
                                    .arg(state, label->text(), label->objectName())
                                    .arg(ratio, 0, 'f', 2)));
        }
        QVERIFY2(measured >= 5, "too few labels measured: the window did not render");
    }

    void showProblems()
    {
        auto *name = window->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        auto *username = window->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
        QVERIFY(name && username);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QString(101, QLatin1Char('n')));
        username->setFocus();
        username->selectAll();
        QTest::keyClicks(username, QStringLiteral("not a username!"));
    }

    void check(const QString &theme, const QPalette &palette)
    {
        QApplication::setPalette(palette);
        QVERIFY(openDemo(QSize(820, 600)));
        checkLabels(theme + QStringLiteral("-loaded"));
        showProblems();
        checkLabels(theme + QStringLiteral("-problems"));
        for (auto kind : {app::Notice::Kind::Error, app::Notice::Kind::Warning,
                          app::Notice::Kind::Info, app::Notice::Kind::Demo}) {
            app::Notice notice;
            notice.kind = kind;
            notice.text = QStringLiteral("Whop could not be reached. Your changes are still here.");
            notice.action = app::Notice::Action::Retry;
            session->showNotice(notice);
            checkLabels(theme + QStringLiteral("-banner-%1").arg(int(kind)));
        }
        QImage picture(256, 256, QImage::Format_RGB32);
        picture.fill(QColor(0x80, 0x60, 0x40));
        avatar::EncodedPicture encoded;
        encoded.bytes = "not shown";
        encoded.mimeType = "image/jpeg";
        encoded.fileName = QStringLiteral("portrait.jpg");
        encoded.pixelSize = picture.size();
        encoded.preview = picture;
        session->editor()->setPicture(encoded); // "Not saved yet" over it
        checkLabels(theme + QStringLiteral("-picture"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        whop::test::isolateSettings();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    void cleanup()
    {
        closeDemo();
        QApplication::setPalette(QPalette());
    }

    void readable_onADarkPalette() { check(QStringLiteral("dark"), darkPalette()); }
    void readable_onAHighContrastPalette()
    {
        check(QStringLiteral("high-contrast"), highContrastPalette());
    }
    void readable_onTheDefaultPalette() { check(QStringLiteral("light"), QPalette()); }

    void readableOn_findsTheClosestReadableShade()
    {
        const QColor red(0xc6, 0x28, 0x28);
        for (const QColor &bg : {QColor(0x2b, 0x2b, 0x2b), QColor(Qt::black), QColor(Qt::white),
                                 QColor(0xef, 0xef, 0xef), QColor(0x80, 0x80, 0x80)}) {
            const QColor shade = ui::readableOn(red, bg);
            QVERIFY(ui::contrastRatio(shade, bg) >= ui::MinimumTextContrast);
            if (shade.lightnessF() > 0.05 && shade.lightnessF() < 0.95)
                QCOMPARE(shade.toHsl().hslHue(), red.toHsl().hslHue());
        }
        QCOMPARE(ui::readableOn(red, Qt::white), red); // already readable: unchanged
        QCOMPARE(qRound(ui::contrastRatio(Qt::black, Qt::white)), 21);
    }
};

QTEST_MAIN(ContrastTest)
#include "tst_contrast.moc"
