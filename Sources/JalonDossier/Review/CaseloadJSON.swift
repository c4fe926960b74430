import Foundation
import JalonCore
import JalonLocale

/// The review as JSON for programs: English keys in a stable shape, sorted, every key present in
/// every row (`null` when it does not apply), tokens rather than sentences where a program would
/// branch (`kind`, `currentStep.step`, `flags`), sentences in the review's language beside them.
public enum CaseloadJSON {
    public static func render(
        _ rows: [CaseloadRow], review: CaseloadReview, order: CaseloadOrder,
        language: Language
    ) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let totals = CaseloadTotals(rows)
        let document = Document(
            review: Header(
                generated: review.now.iso8601, stalledDays: review.stalledDays, order: order.rawValue,
                files: totals.rows, unreadable: totals.unreadable,
                flagged: Dictionary(uniqueKeysWithValues: CaseloadFlag.allCases.map { ($0.rawValue, totals.flagged[$0] ?? 0) })),
            rows: rows.map { Row(row: $0, language: language) })
        return Array(try encoder.encode(document)) + Array("\n".utf8)
    }

    struct Document: Encodable {
        var review: Header
        var rows: [Row]
    }

    struct Header: Encodable {
        var generated: String
        var stalledDays: Int
        var order: String
        var files: Int
        var unreadable: Int
        var flagged: [String: Int]
    }

    struct Row: Encodable {
        let row: CaseloadRow
        let language: Language

        enum Keys: String, CodingKey {
            case file, readable, kind, projectId, person, currentStep, keptTargets, lastChange, daysSinceChange
            case staleSteps, flags, inconsistencies, fingerprintIntact, error
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            let summary = row.summary
            try container.encode(row.file, forKey: .file)
            try container.encode(summary != nil, forKey: .readable)
            try container.encode(summary?.kind.rawValue, forKey: .kind)
            try container.encode(summary?.projectID.description, forKey: .projectId)
            try container.encode(summary?.person, forKey: .person)
            try container.encode(summary.map { StepValue(step: $0.currentStep, language: language) }, forKey: .currentStep)
            try container.encode(summary?.keptTargets.map(Target.init), forKey: .keptTargets)
            try container.encode(summary?.lastChange.iso8601, forKey: .lastChange)
            try container.encode(summary?.daysSinceChange, forKey: .daysSinceChange)
            try container.encode(summary?.staleSteps.map(\.rawValue), forKey: .staleSteps)
            try container.encode(summary?.flags.map(\.rawValue), forKey: .flags)
            try container.encode(
                summary?.inconsistencies.map { Inconsistency(step: $0.step.rawValue, message: $0.message(in: language)) },
                forKey: .inconsistencies)
            try container.encode(summary?.fingerprintIntact, forKey: .fingerprintIntact)
            try container.encode(row.readError.map { ReadError(line: $0.line, column: $0.column, message: $0.message) }, forKey: .error)
        }
    }

    struct StepValue: Encodable {
        var step: String, number: Int, title: String
        init(step: Step, language: Language) {
            self.step = step.rawValue
            number = step.number
            title = step.title(in: language)
        }
    }

    struct Target: Encodable {
        var code: String, label: String?, rank: Int?
        enum Keys: String, CodingKey { case code, label, rank }
        init(_ piste: Piste) {
            code = piste.fiche.description
            label = piste.libelle
            rank = piste.rang
        }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(code, forKey: .code)
            try container.encode(label, forKey: .label)
            try container.encode(rank, forKey: .rank)
        }
    }

    struct Inconsistency: Encodable { var step: String, message: String }
    struct ReadError: Encodable { var line: Int, column: Int, message: String }
}
