import Foundation
import JalonLocale

/// One record of a CSV file, with the line where it starts (1-based, counting the header).
public struct CSVRecord: Sendable {
    public let line: Int
    public let fields: [String]
}

/// A CSV file read whole: its header and records. RFC 4180 with the variations French open data
/// uses: optional UTF-8 BOM, `;` or `,` separators, CRLF, LF or lone CR line ends, quoted fields that
/// hold separators, newlines and doubled quotes.
public struct CSVFile: Sendable {
    public let path: String
    public let header: [String]
    public let records: [CSVRecord]

    public init(path: String, separator: UInt8) throws(ImportError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: ImportError.clause(error))
        }
        try self.init(path: path, bytes: [UInt8](data), separator: separator)
    }

    public init(path: String, bytes: [UInt8], separator: UInt8) throws(ImportError) {
        self.path = path
        var parsed = try CSVParser.parse(bytes, separator: separator, path: path)
        guard !parsed.isEmpty else { throw .emptyFile(path: path) }
        header = parsed.removeFirst().fields.map { $0.trimmingCharacters(in: .whitespaces) }
        records = parsed
    }

    /// The position of a column, or a failure naming the file and the missing column.
    public func column(_ name: String) throws(ImportError) -> Int {
        guard let index = header.firstIndex(of: name) else { throw .missingColumn(path: path, column: name, found: header) }
        return index
    }

    /// The records, read through the names of these columns (checked once against the header).
    public func rows(_ names: String...) throws(ImportError) -> [CSVRow] { try rows(names) }

    public func rows(_ names: [String]) throws(ImportError) -> [CSVRow] {
        var positions: [String: Int] = [:]
        for name in names { positions[name] = try column(name) }
        return records.map { CSVRow(line: $0.line, fields: $0.fields, positions: positions) }
    }
}

/// A record read by column name. A record shorter than the header reads "" in the missing fields
/// (the importer counts such records when it reads a file).
public struct CSVRow: Sendable {
    public let line: Int
    let fields: [String]
    let positions: [String: Int]

    public subscript(column: String) -> String {
        guard let position = positions[column] else { preconditionFailure("column \(column) was not asked for in rows(_:)") }
        return position < fields.count ? fields[position] : ""
    }
}

enum CSVParser {
    private static let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    static func parse(_ input: [UInt8], separator: UInt8, path: String) throws(ImportError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1
        var index = input.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var inQuotes = false, fieldWasQuoted = false, quoteLine = 0

        func endField() throws(ImportError) {
            guard let text = String(validating: field, as: UTF8.self) else {
                throw .invalidUTF8(path: path, line: recordLine, field: fields.count + 1)
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() throws(ImportError) {
            try endField()
            // A blank line is no record.
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }

        while index < input.count {
            let byte = input[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 < input.count, input[index + 1] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == lf || (byte == cr && (index + 1 >= input.count || input[index + 1] != lf)) { line += 1 }
                    field.append(byte)
                }
            } else if byte == quote && field.isEmpty && !fieldWasQuoted {
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
            } else if byte == separator {
                try endField()
            } else if byte == lf || byte == cr {
                if byte == cr, index + 1 < input.count, input[index + 1] == lf { index += 1 }
                try endRecord()
                line += 1
                recordLine = line
            } else {
                field.append(byte)
            }
            index += 1
        }
        if inQuotes { throw .unterminatedQuote(path: path, line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty { try endRecord() }
        return records
    }
}
