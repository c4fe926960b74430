import Foundation

/// Which web origins may call the API from a browser (the regional portal's pages). Nothing by
/// default: a portal is named in the configuration, never guessed, and `*` is refused — an API that
/// holds personal data is not for any page on the web.
///
///     "cors": {"origins": ["https://portail.example.fr"], "maxAgeSeconds": 600}
public struct CORSPolicy: Sendable, Equatable, Codable {
    /// Exact origins (`scheme://host[:port]`, no path), compared as browsers send them.
    public var origins: [String]
    /// How long a browser may keep a preflight's answer.
    public var maxAgeSeconds: Int

    public init(origins: [String] = [], maxAgeSeconds: Int = 600) {
        self.origins = origins
        self.maxAgeSeconds = maxAgeSeconds
    }

    public func allows(_ origin: String) -> Bool { origins.contains(origin) }

    /// Why `origin` cannot be an entry of the list; nil when it can.
    static func problem(with origin: String) -> String? {
        guard let url = URL(string: origin), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil,
            url.path.isEmpty, url.query == nil, url.fragment == nil, url.user == nil, !origin.hasSuffix("/")
        else {
            return "scheme://host[:port]"
        }
        return nil
    }
}
