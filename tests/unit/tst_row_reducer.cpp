// RowReducer checks its sizes before it builds anything from them: an empty, negative or
// enlarging size gives a reducer that takes no rows and gives a null image, without a table
// sized (or indexed) from the bad numbers. Its callers check too; this is the reducer alone.
#include "avatar/RowReducer.h"

#include <QTest>

#include <vector>

using whop::avatar::RowReducer;
using whop::avatar::RowReducerThread;

class RowReducerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badSizes_refusedBeforeAnyTable_data()
    {
        QTest::addColumn<QSize>("source");
        QTest::addColumn<QSize>("target");
        QTest::newRow("empty source") << QSize(0, 0) << QSize(8, 8);
        QTest::newRow("source without columns") << QSize(0, 10) << QSize(8, 8);
        QTest::newRow("source without rows") << QSize(10, 0) << QSize(8, 8);
        QTest::newRow("negative source width") << QSize(-5, 10) << QSize(4, 4);
        QTest::newRow("negative source height") << QSize(10, -5) << QSize(4, 4);
        QTest::newRow("invalid source") << QSize() << QSize(4, 4);
        QTest::newRow("empty target") << QSize(10, 10) << QSize(0, 0);
        QTest::newRow("target without rows") << QSize(10, 10) << QSize(5, 0);
        QTest::newRow("negative target width") << QSize(10, 10) << QSize(-1, 5);
        QTest::newRow("negative target height") << QSize(10, 10) << QSize(5, -1);
        QTest::newRow("invalid target") << QSize(10, 10) << QSize();
        QTest::newRow("wider target") << QSize(10, 10) << QSize(11, 10);
        QTest::newRow("taller target") << QSize(10, 10) << QSize(10, 11);
    }
    void badSizes_refusedBeforeAnyTable()
    {
        QFETCH(QSize, source);
        QFETCH(QSize, target);
        for (const bool alpha : {false, true}) {
            RowReducer reducer(source, target, alpha);
            // Rows as wide as the source says (at least one pixel): none is taken.
            std::vector<unsigned char> row(size_t(std::max(1, source.width())) * 4, 0x80);
            for (int y = 0; y < std::max(1, source.height()); ++y)
                reducer.addRow(row.data());
            QVERIFY(reducer.take().isNull());
        }
        RowReducerThread threaded(source, target, true);
        QVERIFY(threaded.finish().isNull());
    }

    void goodSizes_stillReduce()
    {
        RowReducer reducer(QSize(4, 2), QSize(2, 1), false);
        std::vector<unsigned char> row(16, 0x40);
        reducer.addRow(row.data());
        reducer.addRow(row.data());
        const QImage image = reducer.take();
        QCOMPARE(image.size(), QSize(2, 1));
        QCOMPARE(image.pixel(0, 0), qRgb(0x40, 0x40, 0x40));
    }
};

QTEST_GUILESS_MAIN(RowReducerTest)
#include "tst_row_reducer.moc"
