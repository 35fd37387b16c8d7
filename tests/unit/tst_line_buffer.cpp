// LineBuffer: the event stream arrives in arbitrary TCP chunks; lines must come out whole, in
// order, and a server that never sends a newline must not make the client buffer without limit.
#include "sources/icinga2/LineBuffer.h"

#include <QTest>

using ocd::LineBuffer;

class TstLineBuffer : public QObject
{
    Q_OBJECT
private slots:
    void lineSplitAcrossChunks()
    {
        LineBuffer b(1024);
        QVERIFY(b.append(R"({"type":)").isEmpty());
        QCOMPARE(b.buffered(), 8);
        QVERIFY(b.append(R"("CheckResult")").isEmpty());
        const QByteArrayList lines = b.append("}\n");
        QCOMPARE(lines, QByteArrayList{R"({"type":"CheckResult"})"});
        QCOMPARE(b.buffered(), 0);
    }

    void severalLinesPerChunk()
    {
        LineBuffer b(1024);
        QCOMPARE(b.append("a\nbb\nccc\ndd"), (QByteArrayList{"a", "bb", "ccc"}));
        QCOMPARE(b.buffered(), 2); // "dd" waits for its newline
        QCOMPARE(b.append("d\ne\n"), (QByteArrayList{"ddd", "e"}));
        QCOMPARE(b.buffered(), 0);
    }

    // Byte-by-byte delivery gives exactly what one big chunk gives.
    void chunkingDoesNotMatter()
    {
        const QByteArray stream = "first line\nsecond {\"x\":[1,2]}\n\nthird\n";
        LineBuffer whole(1024);
        const QByteArrayList expected = whole.append(stream);
        QCOMPARE(expected, (QByteArrayList{"first line", "second {\"x\":[1,2]}", "third"}));
        for (int chunk : {1, 2, 3, 7, 13}) {
            LineBuffer b(1024);
            QByteArrayList got;
            for (qsizetype i = 0; i < stream.size(); i += chunk)
                got += b.append(stream.mid(i, chunk));
            QCOMPARE(got, expected);
        }
    }

    // Documented behaviour: only '\n' ends a line and a '\r' before it stays in the line.
    // Harmless for the event stream: JSON treats the '\r' as trailing whitespace.
    void crlfKeepsCarriageReturn()
    {
        LineBuffer b(1024);
        QCOMPARE(b.append("a\r\nb\r"), QByteArrayList{"a\r"});
        QCOMPARE(b.append("\n"), QByteArrayList{"b\r"});
        QCOMPARE(b.append("\r\n"), QByteArrayList{}); // a lone CR is whitespace: skipped
    }

    // Icinga sends bare newlines as keep-alives between events.
    void emptyLinesSkipped()
    {
        LineBuffer b(1024);
        QCOMPARE(b.append("\n\n  \n\t\nx\n\n"), QByteArrayList{"x"});
        QCOMPARE(b.append(" y \n"), QByteArrayList{" y "}); // content lines are not trimmed
        QCOMPARE(b.buffered(), 0);
    }

    void emptyChunk()
    {
        LineBuffer b(16);
        QVERIFY(b.append(QByteArray()).isEmpty());
        QCOMPARE(b.buffered(), 0);
        QCOMPARE(b.oversizeLines(), 0);
    }

    void lineOfExactlyMaxIsKept()
    {
        LineBuffer b(8);
        QCOMPARE(b.append("12345678\n"), QByteArrayList{"12345678"});
        QCOMPARE(b.append("123456789\nok\n"), QByteArrayList{"ok"});
        QCOMPARE(b.oversizeLines(), 1);
    }

    void oversizeLineDroppedInOneChunk()
    {
        LineBuffer b(16);
        const QByteArrayList lines = b.append("before\n" + QByteArray(100, 'x') + "\nafter\n");
        QCOMPARE(lines, (QByteArrayList{"before", "after"}));
        QCOMPARE(b.oversizeLines(), 1);
    }

    // The oversize line is dropped up to its newline even when it spans many chunks, counted
    // once, and the following line arrives intact.
    void oversizeLineDroppedAcrossChunks()
    {
        LineBuffer b(16);
        QVERIFY(b.append("0123456789").isEmpty());
        QCOMPARE(b.buffered(), 10);
        QVERIFY(b.append("0123456789").isEmpty()); // 20 > 16: from here on discarded
        QCOMPARE(b.buffered(), 0);
        QVERIFY(b.append("more of the same line").isEmpty());
        QCOMPARE(b.buffered(), 0);
        QCOMPARE(b.append(" end\nnext"), QByteArrayList{});
        QCOMPARE(b.append("\n"), QByteArrayList{"next"});
        QCOMPARE(b.oversizeLines(), 1);
        QCOMPARE(b.append(QByteArray(17, 'z') + "\n" + QByteArray(40, 'z') + "\nlast\n"),
                 QByteArrayList{"last"});
        QCOMPARE(b.oversizeLines(), 3);
    }

    void noNewlineEverStaysBounded()
    {
        const qsizetype max = 1000;
        LineBuffer b(max);
        const QByteArray chunk(97, 'a');
        for (int i = 0; i < 2000; ++i) {
            QVERIFY(b.append(chunk).isEmpty());
            QVERIFY2(b.buffered() <= max, qPrintable(QString::number(b.buffered())));
        }
        QCOMPARE(b.oversizeLines(), 1); // one endless line, counted once
        QCOMPARE(b.append("\n{}\n"), QByteArrayList{"{}"});
    }

    void clearDropsPartialAndDiscardState()
    {
        LineBuffer b(8);
        b.append("abc");
        b.clear(); // a reconnect: the old connection's half line must not prefix the new stream
        QCOMPARE(b.buffered(), 0);
        QCOMPARE(b.append("def\n"), QByteArrayList{"def"});

        b.append("waytoolongline");
        b.clear();
        QCOMPARE(b.append("x\n"), QByteArrayList{"x"}); // no longer discarding
        QCOMPARE(b.oversizeLines(), 1);
    }
};

QTEST_GUILESS_MAIN(TstLineBuffer)
#include "tst_line_buffer.moc"
