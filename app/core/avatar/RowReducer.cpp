#include "avatar/RowReducer.h"

#include <algorithm>
#include <cmath>

namespace whop::avatar {

// Area averaging along one axis: output sample o covers the source interval
// [o·ratio, (o+1)·ratio) and takes each source sample in proportion to its overlap.
struct RowReducer::Axis
{
    std::vector<int> first;     // first source sample of output o
    std::vector<int> offset;    // where output o's weights start in `weights`
    std::vector<int> count;     // how many source samples output o takes
    std::vector<float> weights; // each overlap divided by the ratio: they add up to 1
    // Per source sample: the (at most two, as this only reduces) outputs it feeds.
    std::vector<std::pair<int, float>> feeds[2];

    Axis(int source, int target)
    {
        const double ratio = double(source) / target;
        feeds[0].assign(size_t(source), {-1, 0.f});
        feeds[1].assign(size_t(source), {-1, 0.f});
        for (int o = 0; o < target; ++o) {
            const double from = o * ratio;
            const double to = (o + 1) * ratio;
            const int begin = std::min(source - 1, int(std::floor(from)));
            const int end = std::clamp(int(std::ceil(to - 1e-9)), begin + 1, source);
            first.push_back(begin);
            offset.push_back(int(weights.size()));
            count.push_back(end - begin);
            for (int i = begin; i < end; ++i) {
                const double overlap = std::min(to, i + 1.0) - std::max(from, double(i));
                const float w = float(std::max(0.0, overlap) / ratio);
                weights.push_back(w);
                auto &slot =
                    feeds[0][size_t(i)].first < 0 ? feeds[0][size_t(i)] : feeds[1][size_t(i)];
                slot = {o, w};
            }
        }
    }
};

RowReducer::RowReducer(const QSize &source, const QSize &target, bool hasAlpha)
    : m_source(source), m_target(target), m_hasAlpha(hasAlpha)
{
    // Checked before anything is sized from them: it only reduces (a source sample then feeds
    // at most two outputs on each axis), and an empty or negative side would index the tables
    // out of range. Refused, it keeps no tables, takes no rows and gives a null image.
    if (source.isEmpty() || target.isEmpty() || target.width() > source.width() ||
        target.height() > source.height()) {
        m_source = m_target = QSize();
        return;
    }
    m_image = QImage(target, hasAlpha ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    if (m_image.isNull()) // could not be allocated
        return;
    m_columns = std::make_unique<Axis>(source.width(), target.width());
    m_rows = std::make_unique<Axis>(source.height(), target.height());
    m_lastSource.resize(size_t(target.height()));
    for (int o = 0; o < target.height(); ++o)
        m_lastSource[size_t(o)] = m_rows->first[size_t(o)] + m_rows->count[size_t(o)] - 1;
    const size_t floats = size_t(target.width()) * 4;
    m_across.assign(floats, 0.f);
    m_sums[0].assign(floats, 0.f);
    m_sums[1].assign(floats, 0.f);
}

RowReducer::~RowReducer() = default;

void RowReducer::addRow(unsigned char *row)
{
    if (m_nextSource >= m_source.height() || m_image.isNull())
        return;
    if (m_hasAlpha) {
        const size_t n = size_t(m_source.width()) * 4;
        for (size_t i = 0; i < n; i += 4) {
            const unsigned a = row[i + 3];
            if (a == 255)
                continue;
            for (size_t c = 0; c < 3; ++c) { // c·a/255 rounded, as qPremultiply does
                const unsigned t = row[i + c] * a + 128;
                row[i + c] = static_cast<unsigned char>((t + (t >> 8)) >> 8);
            }
        }
    }
    average(row);
    const size_t floats = m_across.size();
    for (const auto &feeds : m_rows->feeds) {
        const auto [o, w] = feeds[size_t(m_nextSource)];
        if (o < 0)
            continue;
        float *sum = m_sums[o & 1].data();
        const float *across = m_across.data();
        for (size_t i = 0; i < floats; ++i)
            sum[i] += across[i] * w;
    }
    while (m_nextTarget < m_target.height() && m_lastSource[size_t(m_nextTarget)] == m_nextSource) {
        store(m_nextTarget);
        std::fill(m_sums[m_nextTarget & 1].begin(), m_sums[m_nextTarget & 1].end(), 0.f);
        ++m_nextTarget;
    }
    ++m_nextSource;
}

void RowReducer::average(const unsigned char *row)
{
    float *out = m_across.data();
    const Axis &columns = *m_columns;
    for (int x = 0; x < m_target.width(); ++x, out += 4) {
        float sum[4] = {0, 0, 0, 0};
        const unsigned char *p = row + size_t(columns.first[size_t(x)]) * 4;
        const float *w = columns.weights.data() + columns.offset[size_t(x)];
        for (int k = 0; k < columns.count[size_t(x)]; ++k, p += 4) {
            for (int c = 0; c < 4; ++c)
                sum[c] += float(p[c]) * w[k];
        }
        std::copy(sum, sum + 4, out);
    }
}

void RowReducer::store(int y)
{
    const float *sum = m_sums[y & 1].data();
    auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(y));
    auto channel = [](float v) { return int(std::clamp(v + 0.5f, 0.f, 255.f)); };
    for (int x = 0; x < m_target.width(); ++x, sum += 4) {
        const int a = m_hasAlpha ? channel(sum[3]) : 255;
        // Premultiplied colour never exceeds its alpha (rounding could push it past).
        line[x] = qRgba(std::min(channel(sum[2]), a), std::min(channel(sum[1]), a),
                        std::min(channel(sum[0]), a), a);
    }
}

QImage RowReducer::take()
{
    if (m_image.isNull() || m_nextTarget < m_target.height())
        return {};
    return std::exchange(m_image, QImage());
}

namespace {
constexpr size_t BlockBytes = 256 * 1024; // a few rows: small enough to stay in cache
constexpr size_t MaxWaiting = 4;
} // namespace

RowReducerThread::RowReducerThread(const QSize &source, const QSize &target, bool hasAlpha)
    : m_reducer(source, target, hasAlpha), m_rowBytes(size_t(std::max(0, source.width())) * 4),
      m_blockRows(int(std::max<size_t>(1, BlockBytes / std::max<size_t>(1, m_rowBytes))))
{
    m_filling.resize(m_rowBytes * size_t(m_blockRows));
    m_thread = std::thread([this] { work(); });
}

RowReducerThread::~RowReducerThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_abort = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

unsigned char *RowReducerThread::nextRow()
{
    if (m_filled == m_blockRows)
        hand();
    return m_filling.data() + m_rowBytes * size_t(m_filled++);
}

void RowReducerThread::hand()
{
    std::vector<unsigned char> next;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_blocks.size() < MaxWaiting || m_abort; });
        m_blocks.emplace_back(std::move(m_filling), m_filled);
        if (!m_spare.empty()) {
            next = std::move(m_spare.back());
            m_spare.pop_back();
        }
    }
    m_changed.notify_all();
    if (next.empty())
        next.resize(m_rowBytes * size_t(m_blockRows));
    m_filling = std::move(next);
    m_filled = 0;
}

void RowReducerThread::work()
{
    for (;;) {
        std::pair<std::vector<unsigned char>, int> block;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_abort || m_drain || !m_blocks.empty(); });
            if (m_abort || m_blocks.empty())
                return;
            block = std::move(m_blocks.front());
            m_blocks.pop_front();
        }
        m_changed.notify_all();
        for (int r = 0; r < block.second; ++r)
            m_reducer.addRow(block.first.data() + m_rowBytes * size_t(r));
        std::lock_guard lock(m_mutex);
        m_spare.push_back(std::move(block.first));
    }
}

QImage RowReducerThread::finish()
{
    if (m_filled > 0)
        hand();
    {
        std::lock_guard lock(m_mutex);
        m_drain = true;
    }
    m_changed.notify_all();
    m_thread.join();
    return m_reducer.take();
}

} // namespace whop::avatar
