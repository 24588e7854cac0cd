#include "data/CsvTable.h"

#include <QTest>

using namespace nephos;

class TestCsvTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedFieldsAndLineNumbers();
    void lineEndsAndBom_data();
    void lineEndsAndBom();
    void typedFields();
    void syntaxErrors_data();
    void syntaxErrors();
};

void TestCsvTable::quotedFieldsAndLineNumbers()
{
    CsvTable t;
    QString error;
    QVERIFY2(CsvTable::parse("a,b,c\n1,\"x, \"\"y\"\"\nz\",3\n\n4, 5 ,\"  6 \"\n",
                             QStringLiteral("f"), t, &error),
             qPrintable(error));
    QCOMPARE(t.rowCount(), 2);
    QCOMPARE(t.field(0, 1), QStringLiteral("x, \"y\"\nz"));
    QCOMPARE(t.lineOf(0), 2);
    QCOMPARE(t.lineOf(1), 5);                     // the quoted line break and the blank line count
    QCOMPARE(t.field(1, 1), QStringLiteral("5")); // unquoted fields are trimmed
    QCOMPARE(t.field(1, 2), QStringLiteral("  6 ")); // quoted ones are kept as written
    QCOMPARE(t.column(QStringLiteral("c")), 2);
    QCOMPARE(t.column(QStringLiteral("d")), -1);
    QCOMPARE(t.where(1, 2), QStringLiteral("f: line 5, column 3 (c)"));
}

void TestCsvTable::lineEndsAndBom_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("lf") << QByteArray("a,b\n1,2\n3,4");
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n3,4\r\n");
    QTest::newRow("cr") << QByteArray("a,b\r1,2\r3,4\r");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "a,b\n1,2\n3,4\n");
}

void TestCsvTable::lineEndsAndBom()
{
    QFETCH(QByteArray, bytes);
    CsvTable t;
    QString error;
    QVERIFY2(CsvTable::parse(bytes, QStringLiteral("f"), t, &error), qPrintable(error));
    QCOMPARE(t.header(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(t.rowCount(), 2);
    QCOMPARE(t.field(1, 1), QStringLiteral("4"));
    QCOMPARE(t.lineOf(1), 3);
}

void TestCsvTable::typedFields()
{
    CsvTable t;
    QString error;
    QVERIFY(CsvTable::parse("n,i\n1.5e3,8.0\n,2.5\n", QStringLiteral("f"), t, &error));
    double v = 0;
    long long i = 0;
    QVERIFY(t.number(0, 0, v, &error));
    QCOMPARE(v, 1500.0);
    QVERIFY(t.integer(0, 1, i, &error));
    QCOMPARE(i, 8LL);
    QVERIFY(t.number(1, 0, v, &error, true, -1.0));
    QCOMPARE(v, -1.0);
    QVERIFY(!t.number(1, 0, v, &error));
    QCOMPARE(error, QStringLiteral("f: line 3, column 1 (n): empty, expected a number"));
    QVERIFY(!t.integer(1, 1, i, &error));
    QCOMPARE(error, QStringLiteral("f: line 3, column 2 (i): \"2.5\" is not a whole number"));
}

void TestCsvTable::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("too many fields")
        << QByteArray("a,b\n1,2,3\n")
        << QStringLiteral("f: line 2: 3 fields, the header has only 2");
    QTest::newRow("text after quote") << QByteArray("a,b\n\"1\"x,2\n")
                                      << QStringLiteral("f: line 2, column 1: text after a closing "
                                                        "quote");
    QTest::newRow("duplicate column") << QByteArray("a,b,a\n1,2,3\n")
                                      << QStringLiteral("f: line 1, column 3: duplicate column "
                                                        "name \"a\"");
    QTest::newRow("overlong utf8")
        << QByteArray("a\n\xC0\xAF\n")
        << QStringLiteral("f: line 2, column 1: invalid UTF-8 byte 0xc0");
    QTest::newRow("cut utf8") << QByteArray("a\nx\xE2\x82")
                              << QStringLiteral("f: line 2, column 2: invalid UTF-8 byte 0xe2");
}

void TestCsvTable::syntaxErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    CsvTable t;
    QString error;
    QVERIFY(!CsvTable::parse(bytes, QStringLiteral("f"), t, &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCsvTable)
#include "tst_csv_table.moc"
