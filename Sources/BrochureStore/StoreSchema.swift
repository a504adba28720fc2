import GRDB

/// The database's tables, built by GRDB's migrator so that a database written by an older
/// `brochure` is brought up to date when it is opened, and one from a newer `brochure` is
/// recognised instead of misread.
///
/// Migrations are append-only: a released one is never edited; a change is a new `v2`, `v3`…
/// `documents.json` keeps the whole validated document, so a later migration can fill a new
/// table from it without the PDFs.
enum StoreSchema {
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: createTables)
        return migrator
    }()

    /// Every table of the first schema: one row per stored edition in `documents`, its figures
    /// in tables that cascade-delete with it.
    private static func createTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE documents (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              sha256 TEXT NOT NULL UNIQUE,
              file TEXT NOT NULL,
              organization TEXT,
              editionYear INTEGER,
              asOf TEXT,
              pageCount INTEGER NOT NULL,
              ingestedAt DATETIME NOT NULL,
              toolVersion TEXT NOT NULL,
              json TEXT NOT NULL
            );
            CREATE INDEX documents_on_edition ON documents(organization, editionYear);

            CREATE TABLE hiring (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              documentId INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              fiscalYear INTEGER NOT NULL,
              label TEXT NOT NULL,
              planned BOOLEAN NOT NULL,
              totalCount INTEGER, totalWomen INTEGER,
              adminCount INTEGER, adminWomen INTEGER,
              techCount INTEGER, techWomen INTEGER
            );
            CREATE INDEX hiring_on_document ON hiring(documentId, fiscalYear);

            CREATE TABLE assignments (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              documentId INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              cohortFiscalYear INTEGER,
              asOf TEXT,
              unit TEXT NOT NULL,
              administrative INTEGER NOT NULL,
              technical INTEGER NOT NULL
            );
            CREATE INDEX assignments_on_document ON assignments(documentId);

            CREATE TABLE examEntries (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              documentId INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              cohortFiscalYear INTEGER,
              planned BOOLEAN NOT NULL,
              track TEXT NOT NULL,
              level TEXT NOT NULL,
              category TEXT NOT NULL,
              count INTEGER NOT NULL
            );
            CREATE INDEX examEntries_on_document ON examEntries(documentId);

            CREATE TABLE contacts (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              documentId INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              track TEXT NOT NULL,
              label TEXT NOT NULL,
              specialty TEXT,
              office TEXT NOT NULL,
              location TEXT,
              page INTEGER NOT NULL
            );
            CREATE INDEX contacts_on_document ON contacts(documentId);
            CREATE TABLE contactPhones (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              contactId INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
              number TEXT NOT NULL,
              note TEXT
            );
            CREATE INDEX contactPhones_on_contact ON contactPhones(contactId);
            CREATE TABLE contactEmails (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              contactId INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
              address TEXT NOT NULL
            );
            CREATE INDEX contactEmails_on_contact ON contactEmails(contactId);

            CREATE TABLE access (
              documentId INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
              address TEXT NOT NULL,
              building TEXT,
              page INTEGER NOT NULL
            );
            CREATE TABLE routes (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              documentId INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              station TEXT NOT NULL,
              exit TEXT,
              walkMinutes INTEGER
            );
            CREATE INDEX routes_on_document ON routes(documentId);
            CREATE TABLE routeLines (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              routeId INTEGER NOT NULL REFERENCES routes(id) ON DELETE CASCADE,
              line TEXT NOT NULL
            );
            CREATE INDEX routeLines_on_route ON routeLines(routeId);

            CREATE TABLE initiatives (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              documentId INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              title TEXT NOT NULL,
              summary TEXT NOT NULL,
              page INTEGER NOT NULL
            );
            CREATE INDEX initiatives_on_document ON initiatives(documentId);
            CREATE TABLE supportSystems (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              documentId INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              name TEXT NOT NULL,
              summary TEXT NOT NULL,
              page INTEGER NOT NULL
            );
            CREATE INDEX supportSystems_on_document ON supportSystems(documentId);
            CREATE TABLE trainingPrograms (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              documentId INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              name TEXT NOT NULL,
              summary TEXT NOT NULL
            );
            CREATE INDEX trainingPrograms_on_document ON trainingPrograms(documentId);

            CREATE TABLE warnings (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              documentId INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              code TEXT NOT NULL,
              message TEXT NOT NULL,
              section TEXT,
              page INTEGER
            );
            CREATE INDEX warnings_on_document ON warnings(documentId);
            """)
    }

    /// The tables v1 creates, children after parents: what `rowCounts` reports.
    static let tables = [
        "documents", "hiring", "assignments", "examEntries", "contacts", "contactPhones", "contactEmails",
        "access", "routes", "routeLines", "initiatives", "supportSystems", "trainingPrograms", "warnings",
    ]
}
