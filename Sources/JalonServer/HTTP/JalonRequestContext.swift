import Hummingbird
import JalonLocale
import Logging
import NIOCore

/// The request context of every route: Hummingbird's core storage and the caller's language.
public struct JalonRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's address, for the rate limit of requests without a valid token; nil in router tests.
    public let remoteAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Bodies are read by `RequestBody.collect` against the configured limit, never by this default.
    public var maxUploadSize: Int { 0 }
}

extension Request {
    /// French unless the first language of `Accept-Language` is English.
    var language: Language {
        guard let header = headers[.acceptLanguage] else { return .fr }
        return header.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("en") ? .en : .fr
    }
}
