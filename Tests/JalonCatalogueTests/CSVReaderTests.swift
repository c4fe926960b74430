import Testing

@testable import JalonCatalogue

@Suite("Lecteur CSV (RFC 4180 et variantes des données ouvertes)")
struct CSVReaderTests {
    private func parse(_ text: String, separator: Character = ";") throws -> CSVFile {
        try CSVFile(path: "test.csv", bytes: Array(text.utf8), separator: separator.asciiValue!)
    }

    @Test func readsHeaderAndRecordsWithSemicolons() throws {
        let file = try parse("a;b;c\n1;2;3\n4;;6\n")
        #expect(file.header == ["a", "b", "c"])
        #expect(file.records.map(\.fields) == [["1", "2", "3"], ["4", "", "6"]])
        #expect(try file.column("c") == 2)
    }

    @Test func stripsTheByteOrderMark() throws {
        let file = try CSVFile(path: "bom.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("id;x\n1;2".utf8), separator: UInt8(ascii: ";"))
        #expect(file.header == ["id", "x"])
        #expect(file.records.first?.fields == ["1", "2"])
    }

    @Test func acceptsCRLFAndLoneCRLineEnds() throws {
        let file = try parse("a,b\r\n1,2\r3,4\r\n", separator: ",")
        #expect(file.records.map(\.fields) == [["1", "2"], ["3", "4"]])
        #expect(file.records.map(\.line) == [2, 3])
    }

    @Test func keepsSeparatorsNewlinesAndDoubledQuotesInsideQuotedFields() throws {
        let file = try parse("\"code\",\"texte\"\n\"1\",\"Il dit \"\"oui\"\", puis\nrevient\"\n\"2\",\"x\"\n", separator: ",")
        #expect(file.records[0].fields == ["1", "Il dit \"oui\", puis\nrevient"])
        // The record after a quoted newline starts on line 4 of the file.
        #expect(file.records[1].line == 4)
    }

    @Test func keepsEmptyQuotedFieldsAndSkipsBlankLines() throws {
        let file = try parse("a;b\n\"\";\"x\"\n\n1;2\n")
        #expect(file.records.map(\.fields) == [["", "x"], ["1", "2"]])
    }

    @Test func rowsReadFieldsByNameAndShortRecordsAsEmpty() throws {
        let file = try parse("code;libelle;extra\nA1;Un;x\nB2;Deux\n")
        let rows = try file.rows("code", "extra")
        #expect(rows.map { $0["code"] } == ["A1", "B2"])
        #expect(rows.map { $0["extra"] } == ["x", ""])
        #expect(throws: ImportError.missingColumn(path: "test.csv", column: "absente", found: ["code", "libelle", "extra"])) {
            try file.rows("absente")
        }
    }

    @Test func reportsAnUnterminatedQuoteWithItsLine() throws {
        #expect(throws: ImportError.unterminatedQuote(path: "test.csv", line: 3)) {
            try parse("a;b\n1;2\n3;\"open\n4;5\n")
        }
    }

    @Test func reportsInvalidUTF8WithLineAndField() throws {
        let bytes = Array("a;b\n1;".utf8) + [0xE9] + Array("t\u{E9}\n".utf8)
        #expect(throws: ImportError.invalidUTF8(path: "latin1.csv", line: 2, field: 2)) {
            try CSVFile(path: "latin1.csv", bytes: bytes, separator: UInt8(ascii: ";"))
        }
    }

    @Test func namesAMissingColumnAndTheColumnsFound() throws {
        let file = try parse("a;b\n1;2\n")
        let error = #expect(throws: ImportError.self) { try file.column("code_rome") }
        #expect(error?.message(in: .fr).contains("code_rome") == true)
        #expect(error?.message(in: .en).contains("columns found: a, b") == true)
    }
}
