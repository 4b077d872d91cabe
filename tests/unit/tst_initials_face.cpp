// The face of a profile without a picture (app/core/avatar/InitialsFace): which initials, which
// colour (the same for the same id everywhere, readable under white text), and that the sandbox's
// generated pictures are painted with it.
#include "avatar/InitialsFace.h"
#include "sandbox/SandboxData.h"

#include <QGuiApplication>
#include <QImage>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace whop::avatar;

class InitialsFaceTest : public QObject
{
    Q_OBJECT

    static double luminance(const QColor &c)
    {
        const auto linear = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    }

private Q_SLOTS:
    void initials_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("initials");
        QTest::newRow("name") << "Demo Creator"
                              << "DC";
        QTest::newRow("username") << "demo-creator"
                                  << "DC";
        QTest::newRow("one word") << "marie"
                                  << "M";
        QTest::newRow("three words") << "Anna Maria Lopez"
                                     << "AM";
        QTest::newRow("dots and underscores") << "jo.ann_smith"
                                              << "JA";
        QTest::newRow("punctuation first") << "@alice (bob)"
                                           << "AB";
        QTest::newRow("digits") << "2 Fast"
                                << "2F";
        QTest::newRow("sharp s stays one letter") << "ßara"
                                                  << "ß";
        QTest::newRow("arabic") << "مريم الحسيني"
                                << "ما";
        QTest::newRow("outside the BMP") << "𝒜lice 𝒷ob"
                                         << "𝒜𝒷";
        QTest::newRow("nothing") << "   "
                                 << "";
        QTest::newRow("no letter") << "--- !!!"
                                   << "";
    }
    void initials()
    {
        QFETCH(QString, text);
        QFETCH(QString, initials);
        QCOMPARE(initialsOf(text), initials);
    }

    void face_usesTheUsername_whenTheNameHasNoLetter()
    {
        const QString id = QStringLiteral("user_SamRivera0001");
        QCOMPARE(InitialsFace::of({}, QStringLiteral("sam-rivera"), id).initials,
                 QStringLiteral("SR"));
        QCOMPARE(InitialsFace::of(QStringLiteral("…"), QStringLiteral("sam"), id).initials,
                 QStringLiteral("S"));
        QCOMPARE(InitialsFace::of(QStringLiteral("Sam"), QStringLiteral("x"), id).initials,
                 QStringLiteral("S"));
        QCOMPARE(InitialsFace::of({}, {}, id).initials, QString());
        QCOMPARE(InitialsFace::of({}, {}, id).background, faceColour(id));
    }

    void colour_isTheSameForAnId_andReadableUnderWhite()
    {
        QCOMPARE(faceColour(QStringLiteral("user_DemoCreator01")),
                 faceColour(QStringLiteral("user_DemoCreator01")));
        QSet<int> hues;
        for (int i = 0; i < 500; ++i) {
            const QColor c = faceColour(QStringLiteral("user_%1").arg(i, 14, 10, QLatin1Char('0')));
            hues.insert(c.hsvHue() / 30);
            const double contrast = 1.05 / (luminance(c) + 0.05);
            QVERIFY2(contrast >= 4.5,
                     qPrintable(QStringLiteral("%1: %2").arg(c.name()).arg(contrast)));
        }
        QCOMPARE(hues.size(), 12); // spread over the whole circle
    }

    void sandboxPictures_arePaintedWithTheFace()
    {
        const QImage picture = QImage::fromData(
            whop::sandbox::data::avatarPng(QStringLiteral("user_X"), QStringLiteral("Xavier")),
            "PNG");
        QCOMPARE(picture.size(), QSize(256, 256));
        QCOMPARE(picture.pixel(2, 2), faceColour(QStringLiteral("user_X")).rgb());
        // White initials in the middle.
        bool white = false;
        for (int x = 64; x < 192 && !white; ++x)
            white = picture.pixel(x, 128) == QColor(Qt::white).rgb();
        QVERIFY(white);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    InitialsFaceTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_initials_face.moc"
