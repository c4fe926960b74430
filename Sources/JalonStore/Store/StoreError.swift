import Foundation
import JalonCore
import JalonLocale
import JalonXML

/// Why the store refused or failed an operation. Nothing is ever half-written when one is thrown.
public enum StoreError: LocalizedFailure, Equatable {
    case projectNotFound(ProjectID)
    case revisionNotFound(ProjectID, Int)
    /// A save started from `expected` but the project is at `actual`: someone saved in between.
    case conflict(ProjectID, expected: Int, actual: Int)
    case io(StoreIOError)
    /// A stored file that Jalon cannot read back: the store was damaged outside Jalon.
    case corruptRevision(path: String, reason: String)
    case invalidDocument(XMLError)

    public func message(in language: Language) -> String {
        switch self {
        case .projectNotFound(let id):
            return language.pick(
                fr: "aucun projet \(id) dans ce dossier de stockage",
                en: "no project \(id) in this store")
        case .revisionNotFound(let id, let number):
            return language.pick(
                fr: "le projet \(id) n’a pas de révision \(number)",
                en: "project \(id) has no revision \(number)")
        case .conflict(let id, let expected, let actual):
            return language.pick(
                fr:
                    "conflit : le projet \(id) est passé de la révision \(expected) à la révision \(actual) entre-temps ; rien n’a été enregistré, rechargez le projet et recommencez",
                en:
                    "conflict: project \(id) moved from revision \(expected) to revision \(actual) meanwhile; nothing was saved, reload the project and try again"
            )
        case .io(let error) where error.code == EACCES || error.code == EPERM:
            // The common case of a store owned by someone else: say it in the person's words, not errno's.
            return language.pick(
                fr: "accès refusé à \(error.path) (\(error.operation)) : vérifiez les droits sur le dossier de stockage ; rien n’a été perdu",
                en: "access denied to \(error.path) (\(error.operation)): check the permissions of the store folder; nothing was lost")
        case .io(let error) where error.code == EROFS:
            return language.pick(
                fr: "\(error.path) est sur un système de fichiers en lecture seule (\(error.operation)) ; rien n’a été perdu",
                en: "\(error.path) is on a read-only file system (\(error.operation)); nothing was lost")
        case .io(let error):
            return language.pick(
                fr: "erreur d’écriture ou de lecture (\(error)) ; rien n’a été perdu",
                en: "read or write error (\(error)); nothing was lost")
        case .corruptRevision(let path, let reason):
            return language.pick(
                fr: "révision illisible \(path) : \(reason)",
                en: "unreadable revision \(path): \(reason)")
        case .invalidDocument(let error):
            return error.message(in: language)
        }
    }
}

extension StoreError {
    public var failureKind: FailureKind {
        switch self {
        case .projectNotFound, .revisionNotFound: .notFound
        case .conflict: .conflict
        case .io: .io
        case .corruptRevision, .invalidDocument: .invalidInput
        }
    }
}
