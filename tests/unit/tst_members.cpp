// MemberDirectory: phone lookup, name search, imports (CSV, JSON) with their errors, members
// from Icinga host vars, and the members affected by a host (the demo's host1).
#include "core/MemberDirectory.h"
#include "core/Topology.h"
#include "sources/demo/DemoDataCenter.h"
#include "store/AlarmStore.h"

#include <QtTest>

using namespace ocd;

class TestMembers : public QObject
{
    Q_OBJECT
private slots:
    void phoneNumbersAreComparedNormalized_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("international") << "+49 30 1234567"
                                       << "+49301234567";
        QTest::newRow("00 prefix") << "0049 (30) 123-4567"
                                   << "+49301234567";
        QTest::newRow("national") << "030 / 1234567"
                                  << "+49301234567";
        QTest::newRow("other country") << "+43 1 234"
                                       << "+431234";
        QTest::newRow("extension") << "4711"
                                   << "4711";
        QTest::newRow("no digits") << "unbekannt"
                                   << "";
    }
    void phoneNumbersAreComparedNormalized()
    {
        QFETCH(QString, number);
        QFETCH(QString, normalized);
        QCOMPARE(MemberDirectory::normalizedPhone(number), normalized);
    }

    void lookupBySearchAndPhone()
    {
        MemberDirectory d;
        d.upsert({"M-1", "Jürgen Groß", {"030 7654321"}, "jg@example.org", "standard", {}, {}, "import"});
        d.upsert({"M-2",
                  "Erika Mustermann",
                  {"+49 30 1234567", "+49 171 000"},
                  {},
                  "extended-4h",
                  {},
                  {},
                  "import"});
        QCOMPARE(d.byPhone("+49 30 7654321")->id, QStringLiteral("M-1"));
        QCOMPARE(d.byPhone("0049 171 000")->id, QStringLiteral("M-2"));
        QVERIFY(!d.byPhone("+49 30 765432")); // exact only: one digit less is someone else
        QVERIFY(!d.byPhone(""));
        QCOMPARE(d.search("gross").size(), 1);                           // ß folds to ss
        QCOMPARE(d.search("JURGEN").first()->id, QStringLiteral("M-1")); // accents and case
        QCOMPARE(d.search("erika muster").first()->id, QStringLiteral("M-2"));
        QCOMPARE(d.search("M-2").size(), 1);
        QVERIFY(d.search("nobody").isEmpty());
        QVERIFY(d.search("  ").isEmpty());
    }

    void csvImport()
    {
        MemberDirectory d;
        QString error;
        const QByteArray csv =
            "id,name,phones,email,tier,objects,caretaker\n"
            "M-1,\"Schulze, Bäckerei\",+49 40 1;040 2,b@example.org,standard,vm11,\n"
            "M-2,\"Kita \"\"Sonne\"\" e.V.\",,k@example.org,extended-2h,vm13;vm13!http,Jonas\r\n"
            "\n";
        QCOMPARE(d.importCsv(csv, &error), 2);
        QVERIFY(error.isEmpty());
        const Member *b = d.byId("M-1");
        QCOMPARE(b->name, QStringLiteral("Schulze, Bäckerei"));
        QCOMPARE(b->phones, QStringList({"+49 40 1", "040 2"}));
        QCOMPARE(d.byId("M-2")->name, QStringLiteral("Kita \"Sonne\" e.V."));
        QCOMPARE(d.byId("M-2")->objects, QStringList({"vm13", "vm13!http"}));
        QCOMPARE(d.byId("M-2")->caretaker, QStringLiteral("Jonas"));

        MemberDirectory bad;
        QCOMPARE(bad.importCsv("name,phones\nX,1\n", &error), 0);
        QVERIFY(error.contains(QLatin1String("id")));
        QCOMPARE(bad.importCsv("id,name\nM-1,ok\n,nameless\n", &error), 0);
        QVERIFY2(error.contains(QLatin1String("3")), qPrintable(error)); // the line is named
        QVERIFY(bad.members().isEmpty());                                // nothing half-imported
        QCOMPARE(bad.importCsv("", &error), 0);
    }

    void jsonImport()
    {
        MemberDirectory d;
        QString error;
        QCOMPARE(
            d.importJson(R"([{"id":"M-9","name":"Weingut Lauer","phones":["+49 6581 1"],"tier":"extended-8h",
                                  "objects":["vm21"]},{"id":42,"name":"Numeric id"}])",
                         &error),
            2);
        QCOMPARE(d.byId("M-9")->tier, QStringLiteral("extended-8h"));
        QCOMPARE(d.byId("42")->tier, QStringLiteral("standard"));
        QCOMPARE(d.importJson("{\"id\":1}", &error), 0);
        QVERIFY(error.contains(QLatin1String("array")));
        QCOMPARE(d.importJson("[{\"id\":1,", &error), 0);
        QVERIFY(error.contains(QLatin1String("JSON")));
        QCOMPARE(d.importJson("[{\"name\":\"no id\"}]", &error), 0);
    }

    void membersFromHostVarsAndAffectedByHost()
    {
        DemoDataCenter demo(3'600'000);
        AlarmStore store(demo.clock());
        QObject::connect(&demo, &MonitoringSource::snapshotReady, &store, &AlarmStore::replaceAll);
        demo.start();
        MemberDirectory d;
        // An import knows Erika's second number; host vars add where her VM runs.
        d.upsert({"M-1001", "Erika Mustermann", {"+49 171 999"}, {}, "extended-4h", {}, {}, "import"});
        d.mergeHostVars(store.objects());
        const Member *erika = d.byId("M-1001");
        QVERIFY(erika);
        QCOMPARE(erika->objects, QStringList({"vm12"}));
        QVERIFY(erika->phones.contains("+49 171 999") && erika->phones.contains("+49 30 1234567"));
        QCOMPARE(d.byPhone("030 1234567")->id, QStringLiteral("M-1001"));
        QCOMPARE(d.byId("M-1003")->tier, QStringLiteral("extended-2h"));

        const Topology t = Topology::build(store.objects(), store.dependencies(), demo.clock()->now());
        QStringList affected;
        for (const Member *m : d.affectedBy("host1", t))
            affected << m->id;
        affected.sort();
        QCOMPARE(affected, QStringList({"M-0815", "M-1001", "M-1002", "M-1003"})); // not host2's M-2001
        QCOMPARE(d.affectedBy("vm12", t).size(), 1);

        // Recomputed, not accumulated: a second merge gives the same objects.
        d.mergeHostVars(store.objects());
        QCOMPARE(d.byId("M-1003")->objects, QStringList({"vm13"}));
    }
};

QTEST_GUILESS_MAIN(TestMembers)
#include "tst_members.moc"
