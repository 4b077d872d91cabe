#pragma once

#include <QImage>
#include <QSize>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace whop::avatar {

// Reduces a picture that arrives row by row, top to bottom, by area averaging (each output
// pixel is the mean of the source area it covers, partial pixels weighted by their overlap), on
// premultiplied colour, as Qt's smooth scaling does when it reduces. Rows are 8-bit B, G, R, A
// in memory order (QRgb's layout on little-endian machines, straight alpha); the result is
// ARGB32_Premultiplied with alpha, RGB32 without.
class RowReducer
{
public:
    RowReducer(const QSize &source, const QSize &target, bool hasAlpha);
    ~RowReducer();
    RowReducer(const RowReducer &) = delete;
    RowReducer &operator=(const RowReducer &) = delete;

    // Takes the next source row (width × 4 bytes; premultiplied in place when there is alpha).
    void addRow(unsigned char *row);
    // The reduction, once every source row has been added (null before, when either size is
    // empty or the target is larger than the source on either side, or when it could not be
    // allocated).
    QImage take();

private:
    struct Axis;
    void average(const unsigned char *row);
    void store(int y);

    QSize m_source;
    QSize m_target;
    bool m_hasAlpha;
    int m_nextSource = 0;
    int m_nextTarget = 0;
    std::unique_ptr<Axis> m_columns;
    std::unique_ptr<Axis> m_rows;
    std::vector<int> m_lastSource;
    std::vector<float> m_across;
    std::vector<float> m_sums[2];
    QImage m_image;
};

// Runs a RowReducer on a thread of its own, fed in blocks of rows, so that reducing overlaps
// decoding. push() blocks while a few blocks are already waiting.
class RowReducerThread
{
public:
    RowReducerThread(const QSize &source, const QSize &target, bool hasAlpha);
    // Stops (without finishing) if finish() was not called.
    ~RowReducerThread();
    RowReducerThread(const RowReducerThread &) = delete;
    RowReducerThread &operator=(const RowReducerThread &) = delete;

    // Where the decoder writes the next row; the block is handed over when it is full.
    unsigned char *nextRow();
    // Hands over what is left, waits for the thread and returns the reduction.
    QImage finish();

private:
    void work();
    void hand();

    RowReducer m_reducer;
    size_t m_rowBytes;
    int m_blockRows;
    std::vector<unsigned char> m_filling;
    int m_filled = 0;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::pair<std::vector<unsigned char>, int>> m_blocks; // (rows, how many)
    std::vector<std::vector<unsigned char>> m_spare;
    bool m_drain = false; // finish(): reduce what is waiting, then end
    bool m_abort = false; // destroyed first: end at once
    std::thread m_thread;
};

} // namespace whop::avatar
