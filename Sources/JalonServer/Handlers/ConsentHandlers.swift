import Hummingbird
import JalonCore

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
        GrantView(
            counsellor: counsellor, personal: grant.personal.sorted().map(\.rawValue),
            sections: Step.allCases.filter(grant.sections.contains).map(\.rawValue))
    }

    /// `GET /v1/projects/{id}/partage` (person).
    static func read(_ call: RouteCall) async throws -> Response {
        let loaded = try await call.load(), consent = loaded.project.consent
        return try Responses.json(
            ConsentView(
                id: loaded.project.id.rawValue, revision: loaded.revision.number,
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

    /// `PUT /v1/projects/{id}/partage` (person, If-Match): what one counsellor may see; one revision
    /// (`ConsentEdit`, the edit the CLI and the web page apply).
    static func update(_ call: RouteCall) async throws -> Response {
        let body = try await RequestBody.json(ChangeBody.self, call.request, limit: call.services.limits.maxBodyBytes)
        return try await call.apply(try ConsentEdit(counsellor: body.counsellor, personal: body.personal, sections: body.sections))
    }
}
