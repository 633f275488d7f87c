/// Which `Host` headers `kennisbank serve` answers: `localhost`, any IP address written as numbers
/// (`127.0.0.1`, `[::1]`, a LAN address when it listens on `0.0.0.0`), and the name given with
/// `--host`, each with or without a port. Any other name is refused: a web page the trainer visits
/// could point its own domain at 127.0.0.1 (DNS rebinding) and read the drafts and the error page
/// through the trainer's browser, but its requests carry its own domain as `Host`. An address
/// written as numbers cannot be rebound, as no DNS answer is involved.
struct HostCheck: Sendable {
    /// The `--host` value, lower-cased; an IPv6 address in brackets.
    let listening: String

    /// A check for a server listening on `host`.
    init(listeningOn host: String) {
        let lowered = host.lowercased()
        listening = lowered.contains(":") && !lowered.hasPrefix("[") ? "[\(lowered)]" : lowered
    }

    /// True when a request with this `Host` header is answered.
    func allows(_ header: String?) -> Bool {
        guard let header, let name = Self.name(of: header.lowercased()) else { return false }
        return name == "localhost" || name == listening || Self.isIPv4(name) || (name.hasPrefix("[") && name.hasSuffix("]"))
    }

    /// The host part of a `Host` header (without the port); nil when it is malformed.
    static func name(of header: String) -> String? {
        if header.hasPrefix("[") {
            guard let close = header.firstIndex(of: "]") else { return nil }
            let rest = header[header.index(after: close)...]
            guard rest.isEmpty || (rest.hasPrefix(":") && isPort(rest.dropFirst())) else { return nil }
            let address = header[header.index(after: header.startIndex)..<close]
            guard !address.isEmpty, address.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else { return nil }
            return String(header[...close])
        }
        let parts = header.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let host = parts.first, !host.isEmpty else { return nil }
        if parts.count == 2 && !isPort(parts[1]) { return nil }
        return String(host)
    }

    private static func isPort(_ text: Substring) -> Bool {
        !text.isEmpty && text.count <= 5 && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber)
    }

    /// Four numbers from 0 to 255 with dots between them.
    static func isIPv4(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy { $0.isASCII && $0.isNumber } && Int(part)! <= 255
        }
    }
}
