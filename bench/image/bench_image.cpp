// bench_image_pipeline: the image benchmark (bench/image/README.md).
//   run <dir>        generate the photos in <dir> (once) and print every figure
//   generate <dir>   only write the test photos
//   stall <in>       the UI-thread heartbeat while a picture is prepared and uploaded
// The pipeline itself is measured in bench_image_prepare IN OUT (a lean process with only the
// avatar library). Each measured run is a child process: its wall time, and its peak memory
// from wait4().

#include "StallProbe.h"
#include "avatar/ImagePipeline.h"
#include "common/TestImages.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QThread>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

using namespace whop;

struct Case
{
    const char *file;
    int width;
    int height;
    bool alpha;
    const char *what;
};
const Case Cases[] = {
    {"photo-24mp.jpg", 6000, 4000, false, "24 MP JPEG, EXIF orientation 6"},
    {"photo-50mp.jpg", 8160, 6120, false, "50 MP JPEG, EXIF orientation 6"},
    {"alpha-4000.png", 4000, 4000, true, "4000 x 4000 PNG with alpha"},
};
constexpr int Runs = 5;

// Camera-like grain on every pixel, so the JPEGs weigh what phone photos do.
void addGrain(QImage &image, int amplitude, quint32 seed)
{
    quint32 s = seed | 1u;
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            s ^= s << 13, s ^= s >> 17, s ^= s << 5;
            const int n = int(s % unsigned(2 * amplitude + 1)) - amplitude;
            const QRgb v = line[x];
            line[x] = qRgba(std::clamp(qRed(v) + n, 0, 255), std::clamp(qGreen(v) + n, 0, 255),
                            std::clamp(qBlue(v) + n, 0, 255), qAlpha(v));
        }
    }
}

int generate(const QString &dir)
{
    QDir().mkpath(dir);
    for (const Case &c : Cases) {
        const QString path = QDir(dir).filePath(QLatin1String(c.file));
        if (QFileInfo::exists(path))
            continue;
        std::printf("generating %s (%s)...\n", c.file, c.what);
        std::fflush(stdout);
        QImage image = test::photoLikeImage(c.width, c.height, 11, c.alpha);
        addGrain(image, c.alpha ? 1 : 9, 5);
        QByteArray bytes = c.alpha
                               ? test::encodeImage(image, "png", -1) // zlib default level
                               : test::withExifOrientation(test::encodeImage(image, "jpeg", 92), 6);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return 1;
    }
    return 0;
}

struct Measure
{
    double seconds = 0;
    double peakMb = 0; // 10^6 bytes
    int status = -1;
};

// Runs `args` as a child process: wall time and its own peak resident memory (VmHWM).
Measure runChild(const QStringList &args)
{
    std::vector<QByteArray> storage;
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        execv(argv[0], argv.data());
        _exit(127);
    }
    Measure m;
    int status = 0;
    rusage usage{};
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
        m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        m.peakMb = usage.ru_maxrss * 1024.0 / 1e6;
        m.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    return m;
}

Measure medianOf(std::vector<Measure> all)
{
    std::sort(all.begin(), all.end(),
              [](const Measure &a, const Measure &b) { return a.seconds < b.seconds; });
    Measure median = all[all.size() / 2];
    for (const Measure &m : all) {
        median.peakMb = std::max(median.peakMb, m.peakMb); // the worst peak
        if (m.status != 0)
            median.status = m.status;
    }
    return median;
}

// The median of `runs` runs of each command, the commands taking turns, so that the machine
// slowing down or speeding up during the benchmark affects them alike.
std::vector<Measure> alternatingMedians(const std::vector<QStringList> &commands, int runs)
{
    std::vector<std::vector<Measure>> all(commands.size());
    for (int i = 0; i < runs; ++i) {
        for (size_t c = 0; c < commands.size(); ++c)
            all[c].push_back(runChild(commands[c]));
    }
    std::vector<Measure> medians;
    for (auto &measures : all)
        medians.push_back(medianOf(std::move(measures)));
    return medians;
}

QString imageMagick()
{
    const QString chosen = qEnvironmentVariable("WHOP_BENCH_CONVERT");
    if (!chosen.isEmpty())
        return chosen;
    // The real binary, never a wrapper earlier in PATH.
    for (const char *candidate :
         {"/usr/bin/convert-im6.q16", "/usr/bin/magick", "/usr/bin/convert"}) {
        if (QFileInfo(QLatin1String(candidate)).isExecutable())
            return QLatin1String(candidate);
    }
    return {};
}

QStringList convertArgs(const QString &tool, const QString &in, const QString &out, int side,
                        bool sizeHint)
{
    QStringList args{tool};
    if (sizeHint) // ImageMagick's own reduced JPEG decoding, the counterpart of setScaledSize
        args << QStringLiteral("-define") << QStringLiteral("jpeg:size=2048x2048");
    args << in << QStringLiteral("-auto-orient") << QStringLiteral("-gravity")
         << QStringLiteral("center") << QStringLiteral("-crop")
         << QStringLiteral("%1x%1+0+0").arg(side) << QStringLiteral("+repage")
         << QStringLiteral("-resize") << QStringLiteral("1024x1024") << QStringLiteral("-quality")
         << QStringLiteral("88") << out;
    return args;
}

const char *verdict(bool ok)
{
    return ok ? "met" : "NOT MET";
}

int runAll(const QString &self, const QString &dir)
{
    if (generate(dir) != 0)
        return 1;
    const QString tool = imageMagick();
    const QString prepareTool =
        QFileInfo(self).dir().filePath(QStringLiteral("bench_image_prepare"));
    if (tool.isEmpty()) {
        std::fprintf(stderr,
                     "ImageMagick's convert is missing: scripts/deps.sh bench installs it\n");
        return 1;
    }
    std::printf("\nImage pipeline benchmark: decode -> orient -> crop (centred square) -> scale -> "
                "encode to 1024 px.\nMedian wall time of %d runs each, the commands taking turns, "
                "each a fresh process; peak "
                "memory (VmHWM) is the largest of them. ImageMagick: %s, Q16, its default policy. "
                "%d cores.\n\n",
                Runs, qPrintable(tool), QThread::idealThreadCount());
    std::printf("%-32s %-26s %9s %10s %10s\n", "input", "tool", "time s", "peak MB", "output");
    bool allMet = true;
    for (const Case &c : Cases) {
        const QString in = QDir(dir).filePath(QLatin1String(c.file));
        const QFileInfo info(in);
        QImageReader reader(in);
        reader.setAutoTransform(true);
        const QSize stored = reader.size();
        const int side = std::min(stored.width(), stored.height());
        const QString ext = c.alpha ? QStringLiteral("png") : QStringLiteral("jpg");
        const QString ours = QDir(dir).filePath(QStringLiteral("out-app-%1.%2").arg(c.file, ext));
        const QString theirs = QDir(dir).filePath(QStringLiteral("out-im-%1.%2").arg(c.file, ext));
        const QString theirsHint =
            QDir(dir).filePath(QStringLiteral("out-imh-%1.%2").arg(c.file, ext));
        std::vector<QStringList> commands{{prepareTool, in, ours},
                                          convertArgs(tool, in, theirs, side, false)};
        if (!c.alpha)
            commands.push_back(convertArgs(tool, in, theirsHint, side, true));
        const std::vector<Measure> medians = alternatingMedians(commands, Runs);
        const Measure &app = medians[0];
        const Measure &im = medians[1];
        const QString title = QStringLiteral("%1 (%2 MB)")
                                  .arg(QLatin1String(c.file))
                                  .arg(info.size() / 1e6, 0, 'f', 1);
        auto row = [&](const char *name, const Measure &m, const QString &out) {
            std::printf("%-32s %-26s %9.2f %10.1f %9.0fKB%s\n", qPrintable(title), name, m.seconds,
                        m.peakMb, QFileInfo(out).size() / 1000.0,
                        m.status == 0 ? "" : "  (failed)");
        };
        row("this app", app, ours);
        row("ImageMagick convert", im, theirs);
        Measure imHint;
        if (!c.alpha) {
            imHint = medians[2];
            row("convert -define jpeg:size", imHint, theirsHint);
        }
        const double ratio = app.seconds / im.seconds;
        const bool timeOk = ratio <= 0.5;
        std::printf("  -> time %.2fx ImageMagick (target <= 0.5x): %s", ratio, verdict(timeOk));
        if (!c.alpha)
            std::printf("; %.2fx convert -define jpeg:size", app.seconds / imHint.seconds);
        std::printf("\n");
        allMet = allMet && timeOk && app.status == 0;
        if (!c.alpha) {
            const bool sizeOk = QFileInfo(ours).size() < 400'000;
            std::printf("  -> uploaded file %.0f KB (target < 400 KB): %s\n",
                        QFileInfo(ours).size() / 1000.0, verdict(sizeOk));
            allMet = allMet && sizeOk;
        }
        if (QLatin1String(c.file) == QLatin1String("photo-50mp.jpg")) {
            const bool memOk = app.peakMb < 150;
            std::printf("  -> peak memory %.1f MB (target < 150 MB): %s\n", app.peakMb,
                        verdict(memOk));
            allMet = allMet && memOk;
        }
    }
    std::printf("\n");
    std::fflush(stdout);
    for (const char *file : {"photo-24mp.jpg", "photo-50mp.jpg"}) {
        const Measure stall =
            runChild({self, QStringLiteral("stall"), QDir(dir).filePath(QLatin1String(file))});
        allMet = allMet && stall.status == 0;
    }
    std::printf("(target for the longest UI-thread gap: <= 50 ms)\n");
    std::printf("\n%s\n", allMet ? "All targets met." : "Some targets NOT met (see above).");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode == QLatin1String("stall") && argc > 2)
        return runStallProbe(QString::fromLocal8Bit(argv[2]), argc, argv);
    QCoreApplication app(argc, argv);
    if (mode == QLatin1String("generate") && argc > 2)
        return generate(QString::fromLocal8Bit(argv[2]));
    if (mode == QLatin1String("run") && argc > 2)
        return runAll(QCoreApplication::applicationFilePath(), QString::fromLocal8Bit(argv[2]));
    std::fprintf(stderr, "usage: %s run|generate <dir> | stall <in>\n", argv[0]);
    return 2;
}
