import JalonLocale

/// A repository failure: from the store, the loader or the codec, each keeping its own details.
public enum RepositoryError: LocalizedFailure {
    case store(StoreError)
    case load(ProjectLoadError)
    case decoding(ProjectDecodingError)

    public func message(in language: Language) -> String {
        switch self {
        case .store(let error): error.message(in: language)
        case .load(let error): error.message(in: language)
        case .decoding(let error): error.message(in: language)
        }
    }
}

extension RepositoryError {
    public var failureKind: FailureKind {
        switch self {
        case .store(let error): error.failureKind
        case .load(let error): error.failureKind
        case .decoding(let error): error.failureKind
        }
    }
}
