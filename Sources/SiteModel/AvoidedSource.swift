/// A web domain whose pages should not be cited as a source (`sources.avoid` in `kennisbank.yml`),
/// with the reason a trainer sees in the warning.
public struct AvoidedSource: Sendable, Hashable {
    /// Lower-case host name, e.g. `5dok.net`; its subdomains match too.
    public var domain: String
    /// Why to replace such a source, e.g. 'onofficiële kopie; link de publicatie van het College'.
    public var reason: String?
    /// Where the entry is written in the config file.
    public var location: SourceLocation

    /// Creates an entry; `domain` is stored in lower case.
    public init(domain: String, reason: String? = nil, location: SourceLocation) {
        self.domain = domain.lowercased()
        self.reason = reason
        self.location = location
    }

    /// True when `host` is this domain or one of its subdomains (`www.5dok.net` for `5dok.net`).
    public func matches(host: String) -> Bool {
        let host = host.lowercased()
        return host == domain || host.hasSuffix("." + domain)
    }

    /// The host of a web address (`https://user@Sub.Example.org:8080/x?y` gives `sub.example.org`),
    /// or nil when `url` has none.
    public static func host(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        var rest = url[schemeEnd.upperBound...]
        if let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        if rest.hasPrefix("[") { return nil }  // an IP v6 literal is never a domain to avoid
        if let colon = rest.firstIndex(of: ":") { rest = rest[..<colon] }
        while rest.hasSuffix(".") { rest = rest.dropLast() }
        return rest.isEmpty ? nil : rest.lowercased()
    }
}
