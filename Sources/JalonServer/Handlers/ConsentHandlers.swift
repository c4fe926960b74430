import Hummingbird
import JalonCore
import JalonLocale

/// The person's sharing choice: what each counsellor may see (`Consent`, applied by `RouteCall.load()`).
enum ConsentHandlers {
    struct GrantView: Codable {
        var counsellor: String
        var personal: [String]
        var sections: [String]
    }

    struct ConsentView: Encodable {
        let id: String, revision: Int
        /// What a counsellor without a choice of their own sees.
        let byDefault: GrantView
        let counsellors: [GrantView]
    }

    static func view(_ counsellor: String, _ grant: Grant) -> GrantView {
        GrantView(counsellor: counsellor, personal: grant.personal.sorted().map(\.rawValue),
                  sections: Step.allCases.filter(grant.sections.contains).map(\.rawValue))
    }

    /// `GET /v1/projects/{id}/consent` (person).
    static func read(_ call: RouteCall) async throws -> Response {
        let loaded = try await call.load(), consent = loaded.project.consent
        return try Responses.json(ConsentView(id: loaded.project.id.rawValue, revision: loaded.revision.number,
                                              byDefault: view("*", .default),
                                              counsellors: consent.counsellors.map { view($0, consent.grant(for: $0)) }),
                                  headers: [.eTag: ETag.value(loaded.revision.number)])
    }

    struct ChangeBody: Decodable {
        var counsellor: String
        /// Absent with `sections`: back to the default.
        var personal: [String]?
        var sections: [String]?
    }

    /// `PUT /v1/projects/{id}/consent` (person, If-Match): what one counsellor may see; one revision.
    static func update(_ call: RouteCall) async throws -> Response {
        let language = call.language
        let body = try await RequestBody.json(ChangeBody.self, call.request, limit: call.services.limits.maxBodyBytes)
        func parse<Word: RawRepresentable & CaseIterable & Hashable>(_ words: [String], _ field: String) throws -> Set<Word>
            where Word.RawValue == String {
            try Set(words.map { word in
                guard let value = Word(rawValue: word) else {
                    let known = Word.allCases.map(\.rawValue).joined(separator: ", ")
                    throw Problem.invalidDocument(language.pick(fr: "\(field) : « \(word) » inconnu (attendu : \(known))",
                                                                en: "\(field): unknown '\(word)' (expected: \(known))"), language)
                }
                return value
            })
        }
        let grant: Grant? = body.personal == nil && body.sections == nil ? nil
            : Grant(personal: try parse(body.personal ?? [], "personal"), sections: try parse(body.sections ?? Step.allCases.map(\.rawValue), "sections"))
        let change = ConsentChange(counsellor: body.counsellor, grant: grant)
        return try await call.mutate(author: call.author) { project in
            do throws(ConsentError) { return try change.apply(to: &project, in: language) } catch {
                throw Problem.invalidDocument(error.message(in: language), language)
            }
        }
    }
}
