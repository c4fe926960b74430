import Foundation
import Hummingbird
import JalonCore
import JalonLocale
import JalonStore

/// Runs one route for one request, in the order that reveals the least: token (401), rate limit (429),
/// the project's visibility (404, the same as for an unknown project), the role's right (403), then
/// the handler. Every request with a token leaves one line in the access journal.
struct RouteDispatch: Sendable {
    let route: JalonRoute
    let services: ServerServices

    func respond(_ request: Request, _ context: JalonRequestContext) async throws -> Response {
        let seconds = services.limits.requestTimeoutSeconds, language = request.language
        return try await Deadline.run(seconds: seconds, onTimeout: Problem.timedOut(seconds, language)) {
            try await dispatch(request, context)
        }
    }

    private func dispatch(_ request: Request, _ context: JalonRequestContext) async throws -> Response {
        let language = request.language
        guard let operation = route.operation else {
            try limitWithoutToken(context, language)
            return try await route.handler(RouteCall(request: request, context: context, caller: nil, project: nil, services: services))
        }
        guard let header = request.headers[.authorization], let token = TokenDirectory.bearerToken(fromHeader: header),
            let caller = services.tokens.caller(presenting: token)
        else {
            try limitWithoutToken(context, language)
            // A failed sign-in is journalled too (who tried is unknown: no subject), so guessing shows.
            let entry = AccessJournal.Entry(
                time: Timestamp.now().description, subject: nil, role: nil,
                operation: operation.rawValue, project: nil, outcome: 401)
            try await services.journal.record(entry)
            throw Problem.unauthorized(language)
        }
        var project: ProjectID?
        let response: Response
        do {
            if let wait = services.rateLimiter.take(caller.tokenHash) { throw Problem.rateLimited(retryAfter: wait, language) }
            if route.isProjectRoute {
                let text = context.parameters.get("id") ?? ""
                guard let id = ProjectID(text) else { throw Problem.projectNotFound(text, language) }
                project = id
                let links = try await Blocking.run { [services] in try services.links.links(of: id) }
                // No links: erased (maybe by another server) or never shared; nothing of it stays in this cache.
                if links == nil { services.projects.drop(id) }
                guard let links, links.admits(caller) else { throw Problem.projectNotFound(id.rawValue, language) }
            }
            guard operation.allows(caller.role) else { throw Problem.forbidden(operation, caller.role, language) }
            response = try await route.handler(RouteCall(request: request, context: context, caller: caller, project: project, services: services))
        } catch {
            let problem = Problem.from(error, language)
            if problem.status == .internalServerError {  // its type only: an error's text may hold content
                context.logger.error("unexpected error", metadata: ["error.type": .string(String(reflecting: type(of: error)))])
            }
            try await journal(caller, operation, project ?? problem.createdProject, problem.status.code)
            throw problem
        }
        try await journal(caller, operation, project ?? response.createdProject, response.status.code)
        return response
    }

    /// Requests without a valid token are limited per client address (the per-token limit cannot apply):
    /// one client cannot flood the unauthenticated routes or guess tokens at full speed.
    private func limitWithoutToken(_ context: JalonRequestContext, _ language: Language) throws {
        guard let address = context.remoteAddress else { return }
        if let wait = services.rateLimiter.take("address " + address) { throw Problem.rateLimited(retryAfter: wait, language) }
    }

    /// Fails closed: when the journal cannot be written the caller gets 500, never an unrecorded access
    /// (a change already saved stays saved; the client's re-read shows it).
    private func journal(_ caller: Caller, _ operation: APIOperation, _ project: ProjectID?, _ outcome: Int) async throws {
        let entry = AccessJournal.Entry(
            time: Timestamp.now().description, subject: caller.subject, role: caller.role.rawValue,
            operation: operation.rawValue, project: project?.rawValue, outcome: outcome)
        try await services.journal.record(entry)
    }
}

extension Response {
    /// The project a creation made, read back from its Location, for the journal.
    var createdProject: ProjectID? {
        headers[.location].flatMap { $0.split(separator: "/").last }.flatMap { ProjectID(String($0)) }
    }
}

extension Problem {
    var createdProject: ProjectID? { nil }

    /// Any error of a route as a problem: store and repository errors by kind, anything unexpected
    /// as 500 without details (the details go to the log, never to the client).
    static func from(_ error: any Error, _ language: Language) -> Problem {
        switch error {
        case let problem as Problem: return problem
        case let failure as EditFailure: return .refusedEdit(failure, language)
        case let error as RepositoryError:
            switch error {
            case .store(let store): return from(store, language)
            case .load(let load): return .invalidDocument(load.message(in: language), language)
            case .decoding(let decoding): return .invalidDocument(decoding.message(in: language), language)
            }
        case let error as StoreError:
            switch error {
            case .projectNotFound(let id): return .projectNotFound(id.rawValue, language)
            case .revisionNotFound: return .notFound(error.message(in: language), language)
            case .conflict(_, _, let actual): return .preconditionFailed(current: actual, language)
            case .io: return .unavailable(language)
            case .invalidDocument: return .invalidDocument(error.message(in: language), language)
            case .corruptRevision: return .internalError(language)
            }
        case let failure as any LocalizedFailure:
            return from(failure.failureKind, failure.message(in: language), language)
        default:
            return .internalError(language)
        }
    }

    /// The status of an error no route answers more precisely, from its kind (``FailureKind``): the
    /// store's own words are never shown for an I/O error, nor a defect's.
    static func from(_ kind: FailureKind, _ detail: String, _ language: Language) -> Problem {
        switch kind {
        case .invalidInput: .invalidDocument(detail, language)
        case .usage: .badRequest(detail, language)
        case .notFound: .notFound(detail, language)
        case .conflict: Problem(.conflict, kind: "conflict", title: language.pick(fr: "Conflit", en: "Conflict"), detail: detail)
        case .io: .unavailable(language)
        case .unavailable:
            Problem(
                .serviceUnavailable, kind: "unavailable", title: language.pick(fr: "Service indisponible", en: "Service unavailable"),
                detail: language.pick(
                    fr: "un service dont Jalon a besoin est indisponible ; rien n’a été perdu, réessayez",
                    en: "a service Jalon needs is unavailable; nothing was lost, retry"))
        case .internalError: .internalError(language)
        }
    }
}
