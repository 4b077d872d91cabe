// Renders the pictures at the top of the README into a folder (docs/screenshots): the main
// window at its default size on the demo sandbox as a first start shows it, the dialog that
// frames a new picture, and History after two saves and a batch. Run through
// scripts/screenshots.sh, the only way to refresh them: it builds this, gives it a throw-away home
// and the offscreen platform.
#include "AppInfo.h"
#include "avatar/ImagePipeline.h"
#include "demo/SandboxDemo.h"
#include "history/HistoryModel.h"
#include "overview/AccountOverview.h"
#include "overview/BatchRun.h"
#include "session/AppSession.h"
#include "session/Translations.h"
#include "ui/AppStyle.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/CropDialog.h"
#include "ui/dialogs/HistoryDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace {

// A portrait to frame: a soft backdrop, a head and shoulders (drawn, so no photo is needed).
QImage portrait()
{
    QImage image(1600, 1200, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient backdrop(0, 0, 1600, 1200);
    backdrop.setColorAt(0, QColor(0x2e, 0x5f, 0x8a));
    backdrop.setColorAt(1, QColor(0xe0, 0xb8, 0x8a));
    p.fillRect(image.rect(), backdrop);
    QRadialGradient glow(1150, 300, 500);
    glow.setColorAt(0, QColor(255, 240, 200, 160));
    glow.setColorAt(1, QColor(255, 240, 200, 0));
    p.fillRect(image.rect(), glow);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x3b, 0x2f, 0x4a));
    QPainterPath shoulders;
    shoulders.moveTo(420, 1200);
    shoulders.cubicTo(440, 900, 620, 820, 800, 820);
    shoulders.cubicTo(980, 820, 1160, 900, 1180, 1200);
    p.drawPath(shoulders);
    p.setBrush(QColor(0x2a, 0x1d, 0x16)); // hair, behind the face
    p.drawEllipse(QPointF(800, 530), 205, 235);
    p.setBrush(QColor(0xd9, 0xa0, 0x7a));
    p.drawRect(745, 700, 110, 150);
    p.drawEllipse(QPointF(800, 590), 165, 195);
    return image;
}

bool save(const QPixmap &shot, const QString &path)
{
    if (!shot.save(path)) {
        std::fprintf(stderr, "whop-screenshots: could not write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s (%d×%d)\n", qPrintable(path), shot.width(), shot.height());
    return true;
}

// Two saves and a batch over four accounts, then History as Ctrl+H opens it, every profile
// shown and the batch opened to its accounts.
void renderHistory(whop::app::AppSession *session, whop::ui::MainWindow *window,
                   const QString &folder, int *status)
{
    using whop::profile::Field;
    auto *editor = session->editor();
    auto steps = std::make_shared<QList<std::function<void()>>>();
    auto next = [steps] {
        if (!steps->isEmpty())
            steps->takeFirst()();
    };
    auto saveThen = [editor, next](Field field, const QString &value) {
        return [editor, next, field, value] {
            editor->setValue(field, value);
            QObject::connect(editor, &whop::profile::ProfileEditor::saved, editor, next,
                             Qt::SingleShotConnection);
            editor->save();
        };
    };
    *steps << saveThen(Field::Name, QStringLiteral("Demo Creator Studio"))
           << saveThen(Field::Bio, QStringLiteral("Short tutorials about building on Whop.\nNew "
                                                  "videos every Tuesday and Friday."));
    *steps << [session, next] {
        auto *accounts = new whop::overview::AccountOverview(session->client(), session);
        accounts->setJournalProvider(session->journalProvider());
        const QList<int> rows{0, 1, 2, 3};
        QObject::connect(accounts, &whop::overview::AccountOverview::listStateChanged, accounts,
                         [accounts, rows] { accounts->ensureLoaded(rows); });
        QObject::connect(
            accounts, &whop::overview::AccountOverview::rowChanged, accounts,
            [accounts, rows, next] {
                for (int r : rows) {
                    if (accounts->row(r).state != whop::overview::OverviewRow::State::Loaded)
                        return;
                }
                accounts->disconnect(accounts);
                whop::overview::BatchChoices choices;
                choices[Field::Name] = {
                    true, whop::overview::ValueSource::Typed, QStringLiteral("Demo Creator"), {}};
                auto *run = new whop::overview::BatchRun(
                    accounts, whop::overview::planBatch(*accounts, rows, choices).items,
                    whop::overview::BatchRun::Kind::Apply, {}, accounts);
                QObject::connect(run, &whop::overview::BatchRun::finished, run, next);
                run->start();
            });
        accounts->load();
    };
    *steps << [window, folder, status] {
        whop::ui::HistoryDialog *history = window->openHistory();
        history->resize(820, 600);
        history->findChild<QCheckBox *>(QStringLiteral("everyProfileCheck"))->setChecked(true);
        const QModelIndex batch = history->model()->index(0, 0);
        history->tree()->expand(batch);
        history->tree()->setCurrentIndex(history->model()->index(1, 0, batch));
        QTimer::singleShot(200, history, [history, folder, status] {
            *status = save(history->grab(), folder + QStringLiteral("/history.png")) ? 0 : 1;
            QApplication::exit(*status);
        });
    };
    next();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: whop-screenshots <folder>\n");
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(folder);
    // As app/main.cpp sets it up, in English.
    QApplication::setApplicationName(QLatin1String(whop::AppName));
    QApplication::setOrganizationName(QLatin1String(whop::OrganizationName));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    whop::app::installTranslations(&app, QLocale(QLocale::English, QLocale::UnitedStates),
                                   {QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                                    QStringLiteral("/" WHOP_SCREENSHOTS_QM_DIR))});
    QApplication::setStyle(new whop::ui::AppStyle);

    // A first start: no account yet, so the demo sandbox, with the banner that says so.
    whop::app::AppSession session(whop::app::Options{});
    session.setDemoBackend(std::make_unique<whop::demo::SandboxDemo>());
    whop::ui::MainWindow window(&session);
    window.resize(820, 600);
    QObject::connect(
        &window, &whop::ui::MainWindow::firstPainted, &session, [&session] { session.start(); },
        Qt::SingleShotConnection);
    window.show();

    int status = 1;
    auto *avatar = window.findChild<QLabel *>(QStringLiteral("avatar"));
    std::unique_ptr<whop::ui::CropDialog> crop;
    auto frameAPicture = [&] {
        const whop::avatar::LoadedPicture picture = whop::avatar::loadPicture(
            whop::avatar::PictureInput::fromImage(portrait(), QStringLiteral("portrait.png")));
        crop = std::make_unique<whop::ui::CropDialog>(picture, &window);
        QObject::connect(crop.get(), &whop::ui::CropDialog::resultReady, &app, [&] {
            // The size of the file that would be uploaded is shown (the previews, made from a
            // smaller copy started first, came before); taken once this has been laid out.
            QTimer::singleShot(0, &app, [&] {
                status = save(crop->grab(), folder + QStringLiteral("/crop-dialog.png")) ? 0 : 1;
                crop->close();
                if (status != 0)
                    QApplication::exit(status);
                else
                    renderHistory(&session, &window, folder, &status);
            });
        });
        crop->show();
    };
    // The profile and its picture on screen: the main window is ready to be taken.
    auto *poll = new QTimer(&app);
    QObject::connect(poll, &QTimer::timeout, &app, [&] {
        if (!session.editor()->hasSnapshot() || avatar->pixmap().isNull() ||
            window.bannerText().isEmpty())
            return;
        poll->stop();
        if (!save(window.grab(), folder + QStringLiteral("/main-window.png")))
            QApplication::exit(1);
        else
            frameAPicture();
    });
    poll->start(50);
    QTimer::singleShot(60'000, &app, [] {
        std::fprintf(stderr, "whop-screenshots: the window was not ready within a minute\n");
        QApplication::exit(1);
    });
    return QApplication::exec();
}
