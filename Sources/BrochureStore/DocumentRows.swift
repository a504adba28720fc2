import BrochureKit
import GRDB

/// Writes a stored document's figures into the normalised tables, inside the caller's
/// transaction: either every row of a document is written or, when anything throws, none is.
struct DocumentRows {
    /// Called before every insert with the table's name. Tests throw from it to prove that a
    /// failure half-way through a document leaves nothing of it behind.
    var beforeInsert: (@Sendable (_ table: String) throws -> Void)?

    func insert(_ document: BrochureDocument, id: Int64, into db: Database) throws {
        let sections = document.sections
        for row in sections.hiring?.rows ?? [] {
            try insert(db, "hiring", [
                "documentId": id, "fiscalYear": row.fiscalYear, "label": row.label, "planned": row.planned,
                "totalCount": row.total?.count, "totalWomen": row.total?.women,
                "adminCount": row.administrative?.count, "adminWomen": row.administrative?.women,
                "techCount": row.technical?.count, "techWomen": row.technical?.women,
            ])
        }
        if let record = sections.assignments {
            for row in record.rows {
                try insert(db, "assignments", [
                    "documentId": id, "cohortFiscalYear": record.cohortFiscalYear, "asOf": record.asOf,
                    "unit": row.unit, "administrative": row.administrative, "technical": row.technical,
                ])
            }
        }
        if let breakdown = sections.examBreakdown {
            for entry in breakdown.entries {
                try insert(db, "examEntries", [
                    "documentId": id, "cohortFiscalYear": breakdown.cohortFiscalYear, "planned": breakdown.planned,
                    "track": entry.track.rawValue, "level": entry.level.rawValue, "category": entry.category, "count": entry.count,
                ])
            }
        }
        for contact in sections.contacts ?? [] {
            let contactId = try insert(db, "contacts", [
                "documentId": id, "track": contact.track.rawValue, "label": contact.label, "specialty": contact.specialty,
                "office": contact.office, "location": contact.location, "page": contact.page,
            ])
            for phone in contact.phones {
                try insert(db, "contactPhones", ["contactId": contactId, "number": phone.number, "note": phone.note])
            }
            for email in contact.emails {
                try insert(db, "contactEmails", ["contactId": contactId, "address": email])
            }
        }
        if let access = sections.access {
            try insert(db, "access", ["documentId": id, "address": access.address, "building": access.building, "page": access.page])
            for route in access.routes {
                let routeId = try insert(db, "routes", [
                    "documentId": id, "station": route.station, "exit": route.exit, "walkMinutes": route.walkMinutes,
                ])
                for line in route.lines {
                    try insert(db, "routeLines", ["routeId": routeId, "line": line])
                }
            }
        }
        try insertTexts(sections, id: id, into: db)
        for warning in document.warnings {
            try insert(db, "warnings", [
                "documentId": id, "code": warning.code, "message": warning.message, "section": warning.section, "page": warning.page,
            ])
        }
    }

    /// The text sections: titles and summaries, so they can be searched with SQL.
    private func insertTexts(_ sections: SectionSet, id: Int64, into db: Database) throws {
        for initiative in sections.initiatives ?? [] {
            try insert(db, "initiatives", ["documentId": id, "title": initiative.title, "summary": initiative.summary, "page": initiative.page])
        }
        for system in sections.supportSystems ?? [] {
            try insert(db, "supportSystems", ["documentId": id, "name": system.name, "summary": system.summary, "page": system.page])
        }
        for program in sections.training?.programs ?? [] {
            try insert(db, "trainingPrograms", ["documentId": id, "name": program.name, "summary": program.summary])
        }
    }

    /// One `INSERT`; the table and column names are literals of this file, the values bound.
    @discardableResult
    private func insert(_ db: Database, _ table: String, _ values: KeyValuePairs<String, (any DatabaseValueConvertible)?>) throws -> Int64 {
        try beforeInsert?(table)
        let columns = values.map(\.key).joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: values.count).joined(separator: ", ")
        try db.execute(sql: "INSERT INTO \(table) (\(columns)) VALUES (\(placeholders))", arguments: StatementArguments(values.map(\.value)))
        return db.lastInsertedRowID
    }
}
