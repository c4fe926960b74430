import Hummingbird
import JalonCore
import JalonLocale

/// Every problem the API returns, phrased once in both languages. A project the caller may not see
/// and a project that does not exist give the same `notFound`, word for word.
extension Problem {
    static func unauthorized(_ language: Language) -> Problem {
        Problem(
            .unauthorized, kind: "unauthorized",
            title: language.pick(fr: "Authentification requise", en: "Authentication required"),
            detail: language.pick(
                fr: "jeton absent ou non reconnu : envoyez Authorization: Bearer <jeton>",
                en: "missing or unrecognised token: send Authorization: Bearer <token>"),
            headers: [.wwwAuthenticate: "Bearer realm=\"jalon\""])
    }

    static func forbidden(_ operation: APIOperation, _ role: Role, _ language: Language) -> Problem {
        let allowed = operation.roles.map(\.rawValue).sorted().joined(separator: ", ")
        return Problem(
            .forbidden, kind: "forbidden",
            title: language.pick(fr: "Opération interdite", en: "APIOperation forbidden"),
            detail: language.pick(
                fr: "le rôle \(role.rawValue) ne peut pas faire « \(operation.rawValue) » (rôles autorisés : \(allowed))",
                en: "role \(role.rawValue) may not do '\(operation.rawValue)' (allowed roles: \(allowed))"),
            extensions: ["operation": .string(operation.rawValue)])
    }

    static func projectNotFound(_ id: String, _ language: Language) -> Problem {
        Problem(
            .notFound, kind: "project-not-found",
            title: language.pick(fr: "Projet introuvable", en: "Project not found"),
            detail: language.pick(fr: "aucun projet \(id) n’est accessible avec ce jeton", en: "no project \(id) is accessible with this token"))
    }

    /// A link that would give the project to another person: never, once its person is set.
    static func personAlreadySet(_ language: Language) -> Problem {
        Problem(
            .conflict, kind: "person-already-set",
            title: language.pick(fr: "Personne déjà liée", en: "Person already linked"),
            detail: language.pick(
                fr: "la personne d’un projet ne change pas une fois liée ; créez un nouveau projet pour une autre personne",
                en: "a project's person does not change once linked; create a new project for another person"))
    }

    static func notFound(_ what: String, _ language: Language) -> Problem {
        Problem(.notFound, kind: "not-found", title: language.pick(fr: "Introuvable", en: "Not found"), detail: what)
    }

    static func routeNotFound(_ path: String, _ language: Language) -> Problem {
        Problem(
            .notFound, kind: "route-not-found", title: language.pick(fr: "Adresse inconnue", en: "Unknown address"),
            detail: language.pick(fr: "aucune route \(path) (voir /openapi.yaml)", en: "no route \(path) (see /openapi.yaml)"))
    }

    static func methodNotAllowed(_ method: String, _ allowed: [String], _ language: Language) -> Problem {
        let list = allowed.joined(separator: ", ")
        return Problem(
            .methodNotAllowed, kind: "method-not-allowed",
            title: language.pick(fr: "Méthode non permise", en: "Method not allowed"),
            detail: language.pick(fr: "\(method) n’est pas permis ici (permis : \(list))", en: "\(method) is not allowed here (allowed: \(list))"),
            extensions: ["allowed": .strings(allowed)], headers: [.allow: list])
    }

    static func preconditionRequired(_ language: Language) -> Problem {
        Problem(
            .preconditionRequired, kind: "precondition-required",
            title: language.pick(fr: "If-Match requis", en: "If-Match required"),
            detail: language.pick(
                fr: "une modification doit porter If-Match: \"r<N>\", l’ETag de la révision lue",
                en: "a change must carry If-Match: \"r<N>\", the ETag of the revision read"))
    }

    static func preconditionFailed(current: Int, _ language: Language) -> Problem {
        Problem(
            .preconditionFailed, kind: "precondition-failed",
            title: language.pick(fr: "Révision dépassée", en: "Stale revision"),
            detail: language.pick(
                fr: "le projet est à la révision \(current) : rien n’a été enregistré, relisez-le et recommencez",
                en: "the project is at revision \(current): nothing was saved, read it again and retry"),
            extensions: ["currentRevision": .int(current)], headers: [.eTag: ETag.value(current)])
    }

    static func malformedIfMatch(_ value: String, _ language: Language) -> Problem {
        badRequest(
            language.pick(fr: "If-Match « \(value) » illisible (attendu : \"r<N>\")", en: "unreadable If-Match '\(value)' (expected: \"r<N>\")"), language)
    }

    static func payloadTooLarge(limit: Int, _ language: Language) -> Problem {
        Problem(
            .contentTooLarge, kind: "payload-too-large",
            title: language.pick(fr: "Corps trop grand", en: "Body too large"),
            detail: language.pick(fr: "le corps dépasse \(limit) octets", en: "the body exceeds \(limit) bytes"),
            extensions: ["maxBodyBytes": .int(limit)])
    }

    static func rateLimited(retryAfter seconds: Int, _ language: Language) -> Problem {
        Problem(
            .tooManyRequests, kind: "rate-limited",
            title: language.pick(fr: "Trop de requêtes", en: "Too many requests"),
            detail: language.pick(
                fr: "limite de requêtes de ce jeton atteinte : réessayez dans \(seconds) s",
                en: "this token's request limit is reached: retry in \(seconds) s"),
            extensions: ["retryAfterSeconds": .int(seconds)], headers: [.retryAfter: String(seconds)])
    }

    static func timedOut(_ seconds: Double, _ language: Language) -> Problem {
        Problem(
            .serviceUnavailable, kind: "timeout",
            title: language.pick(fr: "Délai dépassé", en: "Timed out"),
            detail: language.pick(
                fr: "la requête a dépassé \(seconds) s ; une modification a pu être enregistrée : relisez avant de recommencer",
                en: "the request exceeded \(seconds) s; a change may have been saved: read again before retrying"))
    }

    static func badRequest(_ detail: String, _ language: Language) -> Problem {
        Problem(.badRequest, kind: "bad-request", title: language.pick(fr: "Requête invalide", en: "Bad request"), detail: detail)
    }

    static func invalidDocument(_ detail: String, _ language: Language) -> Problem {
        Problem(
            .unprocessableContent, kind: "invalid-document",
            title: language.pick(fr: "Contenu refusé", en: "Content refused"), detail: detail)
    }

    /// A JalonCore edit refused, 422 always (the documented contract): `invalid-edit` for a value that
    /// cannot be (an unknown code; words naming several things, with `candidates`), `edit-refused` for
    /// what the project's state refuses (a sixth piste, a step not complete); `field` names the input.
    static func refusedEdit(_ failure: EditFailure, _ language: Language) -> Problem {
        var extensions: [String: ProblemValue] = ["field": .string(failure.field)]
        if !failure.candidates.isEmpty { extensions["candidates"] = .candidates(failure.candidates) }
        let refused = failure.kind == .refused || failure.kind == .unchanged
        return Problem(
            .unprocessableContent, kind: refused ? "edit-refused" : "invalid-edit",
            title: refused ? language.pick(fr: "Modification refusée", en: "Change refused") : language.pick(fr: "Contenu refusé", en: "Content refused"),
            detail: language.pick(fr: "\(failure.field) : ", en: "\(failure.field): ") + failure.message(in: language),
            extensions: extensions)
    }

    static func unsupportedMediaType(_ accepted: [String], _ language: Language) -> Problem {
        Problem(
            .unsupportedMediaType, kind: "unsupported-media-type",
            title: language.pick(fr: "Type de contenu non pris en charge", en: "Unsupported media type"),
            detail: language.pick(
                fr: "Content-Type attendu : \(accepted.joined(separator: " ou "))",
                en: "expected Content-Type: \(accepted.joined(separator: " or "))"))
    }

    static func notAcceptable(_ offered: [String], _ language: Language) -> Problem {
        Problem(
            .notAcceptable, kind: "not-acceptable",
            title: language.pick(fr: "Format non disponible", en: "Format not available"),
            detail: language.pick(fr: "formats disponibles : \(offered.joined(separator: ", "))", en: "available formats: \(offered.joined(separator: ", "))"))
    }

    static func internalError(_ language: Language) -> Problem {
        Problem(
            .internalServerError, kind: "internal",
            title: language.pick(fr: "Erreur interne", en: "Internal error"),
            detail: language.pick(
                fr: "erreur inattendue ; rien n’a été perdu, l’identifiant de requête permet de la retrouver dans les journaux",
                en: "unexpected error; nothing was lost, the request id finds it in the logs"))
    }

    static func unavailable(_ language: Language) -> Problem {
        Problem(
            .serviceUnavailable, kind: "store-unavailable",
            title: language.pick(fr: "Stockage indisponible", en: "Store unavailable"),
            detail: language.pick(
                fr: "erreur de lecture ou d’écriture du stockage ; rien n’a été perdu, réessayez",
                en: "store read or write error; nothing was lost, retry"))
    }
}

/// ETags of projects: `"r<N>"`, N the store's revision number; a GET's representation adds what else
/// chose its bytes (`"r<N>-xml"`, `"r<N>-c2.3-fr"`: `Representation`).
enum ETag {
    static func value(_ revision: Int) -> String { "\"r\(revision)\"" }

    /// The revision an `If-Match` names, from any representation's tag of it; nil when it is not of the
    /// form `"r<N>"` or `"r<N>-…"` (weak tags refused: If-Match compares strongly).
    static func revision(ifMatch value: String) -> Int? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("\"r"), trimmed.hasSuffix("\""), trimmed.count > 3 else { return nil }
        let digits = trimmed.dropFirst(2).dropLast().prefix { $0 != "-" }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits), number > 0 else { return nil }
        return number
    }
}
