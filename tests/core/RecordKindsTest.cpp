// The registry of record kinds (issue 18, item 3; docs/architecture.md, Record kinds): every
// table and view of a vault made by this build is either a record kind or a listed non-record,
// and a table added without a descriptor is named; each descriptor matches the live schema,
// sits where it says in data.json, and is covered by the destruction of its clock.
#include "RecordsFixture.h"

#include "domain/RecordKinds.h"
#include "exchange/ExportFormat.h"
#include "repositories/RecordContent.h"
#include "retention/DestructionSteps.h"
#include "search/SearchIndex.h"

#include <QJsonArray>
#include <QTest>

using namespace mandaat;

namespace {

QStringList schemaNames(const Vault& vault)
{
    QSqlQuery query(vault.database());
    QStringList names;
    if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name"))) {
        while (query.next()) {
            names << query.value(0).toString();
        }
    }
    return names;
}

QStringList columnsOf(const Vault& vault, const QString& table)
{
    QSqlQuery query(vault.database());
    QStringList columns;
    if (query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (query.next()) {
            columns << query.value(1).toString();
        }
    }
    return columns;
}

// The $defs name at \a section of data.json's schema ("engagements[].notes[].history[]"); empty
// when the path does not lead to one.
QString definitionAt(const QJsonObject& schema, const QString& section)
{
    const QJsonObject defs = schema.value(QStringLiteral("$defs")).toObject();
    QJsonObject node = schema;
    QString definition;
    for (QString segment : section.split(QLatin1Char('.'))) {
        const bool array = segment.endsWith(QLatin1String("[]"));
        if (array) {
            segment.chop(2);
        }
        QJsonObject property = node.value(QStringLiteral("properties")).toObject().value(segment).toObject();
        if (array) {
            if (property.value(QStringLiteral("type")).toString() != QLatin1String("array")) {
                return {};
            }
            property = property.value(QStringLiteral("items")).toObject();
        }
        if (property.contains(QStringLiteral("oneOf"))) { // a profile or null
            property = property.value(QStringLiteral("oneOf")).toArray().first().toObject();
        }
        const QString ref = property.value(QStringLiteral("$ref")).toString();
        if (ref.startsWith(QLatin1String("#/$defs/"))) {
            definition = ref.mid(8);
            node = defs.value(definition).toObject();
        } else if (property.contains(QStringLiteral("properties"))) { // an object written in place
            definition.clear();
            node = property;
        } else {
            return {};
        }
    }
    return definition;
}

} // namespace

class RecordKindsTest : public QObject
{
    Q_OBJECT

private:
    test::RecordsFixture m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.open(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_fixture.close(); }

    // The live schema of a new vault (every migration applied) holds no table that the
    // registry leaves out; one added without a descriptor is named, and only that one.
    void everyTableOfTheSchemaIsDescribed()
    {
        const QStringList names = schemaNames(m_fixture.vault());
        QVERIFY(names.contains(QStringLiteral("note")));
        QVERIFY(names.contains(QStringLiteral("audit_entry")));
        QCOMPARE(RecordKinds::undescribed(names), QStringList());

        QVERIFY(m_fixture.exec(QStringLiteral(
            "CREATE TABLE invoice (id INTEGER PRIMARY KEY, engagement_id INTEGER NOT NULL REFERENCES engagement(id), "
            "total_cents INTEGER NOT NULL, currency TEXT NOT NULL)")));
        QCOMPARE(RecordKinds::undescribed(schemaNames(m_fixture.vault())), QStringList{QStringLiteral("invoice")});
        QVERIFY(m_fixture.exec(QStringLiteral("DROP TABLE invoice")));
        QCOMPARE(RecordKinds::undescribed(schemaNames(m_fixture.vault())), QStringList());
    }

    // Each descriptor names a table, columns and an index that exist.
    void everyDescriptorMatchesTheSchema()
    {
        const QStringList names = schemaNames(m_fixture.vault());
        QCOMPARE(RecordContent::tables(), RecordKinds::tables());
        for (const RecordKindDescriptor& kind : RecordKinds::all()) {
            const QString table = kind.tableName();
            QVERIFY2(names.contains(table), qPrintable(table));
            QVERIFY2(kind.name, qPrintable(table));
            const QStringList columns = columnsOf(m_fixture.vault(), table);
            QStringList named = kind.attachmentColumnList() + kind.dossierClearedColumns();
            if (kind.ownerColumn) {
                named << QLatin1String(kind.ownerColumn);
                QVERIFY2(names.contains(QLatin1String(kind.parent)), qPrintable(table));
            } else {
                QCOMPARE(kind.owner, RecordOwner::Practice);
            }
            for (const QString& column : std::as_const(named)) {
                QVERIFY2(columns.contains(column), qPrintable(table + QLatin1Char('.') + column));
            }
            // A row of a dossier kind is kept for the financial clock only by a condition on it.
            QVERIFY2(!kind.financialRows || kind.clock == RetentionClock::Dossier, qPrintable(table));
            QVERIFY2(!kind.dossierClears || kind.clock == RetentionClock::Financial, qPrintable(table));
            if (kind.searchIndex) {
                QVERIFY2(names.contains(QLatin1String(kind.searchIndex)), kind.searchIndex);
            }
        }
        QCOMPARE(SearchIndex::tables(),
                 (QStringList{QStringLiteral("principal_fts"),
                              QStringLiteral("client_fts"),
                              QStringLiteral("engagement_fts"),
                              QStringLiteral("note_fts")}));
    }

    // Each kind sits in data.json where its descriptor says (the schema's definition of its
    // table at that path), and every exported table is described.
    void everyKindIsWhereTheExportSaysItIs()
    {
        const QJsonObject schema = exportformat::schema();
        QStringList exported;
        for (const exportformat::Table& table : exportformat::tables()) {
            exported << table.table;
        }
        for (const RecordKindDescriptor& kind : RecordKinds::all()) {
            QVERIFY2(kind.exportSection, kind.table);
            QVERIFY2(exported.contains(kind.tableName()), kind.table);
            QCOMPARE(definitionAt(schema, QLatin1String(kind.exportSection)),
                     exportformat::table(kind.tableName()).definition);
        }
        QCOMPARE(RecordKinds::undescribed(exported), QStringList());
        QCOMPARE(definitionAt(schema, QStringLiteral("engagements[].notes[].nothing[]")), QString());
        QCOMPARE(definitionAt(schema, QStringLiteral("practice")), QString());
    }

    // The dossier's destruction deletes or clears every kind of an engagement's dossier; the
    // financial one deletes every kind on the financial clock; nothing deletes practice data.
    void destructionCoversEveryClock()
    {
        const QStringList dossier = destruction::tables(DestructionScope::Dossier);
        const QStringList financial = destruction::tables(DestructionScope::Financial);
        for (const RecordKindDescriptor& kind : RecordKinds::all()) {
            const QString table = kind.tableName();
            switch (kind.clock) {
            case RetentionClock::Dossier:
                QVERIFY2(dossier.contains(table), kind.table);
                QCOMPARE(financial.contains(table),
                         kind.financialRows != nullptr || table == QLatin1String("attachment"));
                break;
            case RetentionClock::Financial:
                QCOMPARE(dossier.contains(table), kind.dossierClears != nullptr);
                QVERIFY2(financial.contains(table), kind.table);
                break;
            case RetentionClock::None:
                QVERIFY2(!dossier.contains(table) && !financial.contains(table), kind.table);
                break;
            }
        }
        for (const QString& table : dossier + financial) {
            QVERIFY2(RecordKinds::find(table) || table == QLatin1String("note_draft"), qPrintable(table));
        }
    }

    // What keeps an attachment through each clock: the confirmation's files through the
    // dossier's, never the evidence's file (cleared with the dossier); the practice's files
    // through both.
    void attachmentsFollowTheirRecords()
    {
        QStringList dossier;
        for (const RecordKinds::AttachmentHolder& holder : RecordKinds::attachmentHolders(false)) {
            dossier << QStringLiteral("%1.%2 %3").arg(holder.table, holder.column, holder.condition).trimmed();
        }
        QVERIFY2(dossier.contains(QStringLiteral("issued_letter.attachment_id kind = 'confirmation'")),
                 qPrintable(dossier.join(QLatin1Char('\n'))));
        QVERIFY(dossier.contains(QStringLiteral("issued_letter.signed_attachment_id kind = 'confirmation'")));
        QVERIFY(dossier.contains(QStringLiteral("practice_profile.logo_attachment_id")));
        QVERIFY(!dossier.filter(QStringLiteral("evidence")).size());
        QVERIFY(!dossier.filter(QStringLiteral("consent")).size());
        QStringList financial;
        for (const RecordKinds::AttachmentHolder& holder : RecordKinds::attachmentHolders(true)) {
            financial << holder.table;
        }
        financial.removeDuplicates();
        QCOMPARE(financial,
                 (QStringList{QStringLiteral("practice_profile"),
                              QStringLiteral("practice_qualification"),
                              QStringLiteral("practice_code_subscription")}));
    }
};

QTEST_GUILESS_MAIN(RecordKindsTest)
#include "RecordKindsTest.moc"
