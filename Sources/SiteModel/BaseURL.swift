/// The absolute address a site is published under, e.g. `https://kennisbank.amsterdam.nl/` or
/// `https://org.gitlab.io/kennisbank/`. Parsed strictly, because every canonical link, the sitemap,
/// `robots.txt` and the links of the 404 page are made from it, and a typo there breaks them all
/// without any page looking wrong.
public struct BaseURL: Sendable, Hashable, CustomStringConvertible {
    /// The address with a lowercase scheme and host, ending in `/`.
    public let absolute: String
    /// The path part, from the first `/` after the host, ending in `/` (`/kennisbank/`, or `/`).
    public let path: String

    /// What is wrong with a text that should be a base URL, and where.
    public struct Problem: Error, Sendable, Hashable {
        /// Offset in characters from the start of the text where the problem is.
        public var offset: Int
        public var message: Message
        public var hint: Message
        /// The whole address as it should probably be written, when that is clear.
        public var replacement: String?
    }

    /// Parses `text`: `http://` or `https://`, a host name (letters, digits, dots and hyphens, or
    /// an IPv4 or bracketed IPv6 address), an optional port, and a path; no user name, query or
    /// fragment. A missing final `/` is added.
    public static func parse(_ text: String) -> Result<BaseURL, Problem> {
        let characters = Array(text)
        let example = Message.addressExampleHint()
        if text.isEmpty { return .failure(Problem(offset: 0, message: .addressEmpty(), hint: example)) }
        if let space = characters.firstIndex(where: { $0.isWhitespace }) {
            return .failure(Problem(offset: space, message: .addressSpace(),
                                    hint: .addressSpaceHint()))
        }
        let lower = text.lowercased()
        let scheme: String
        if lower.hasPrefix("https://") { scheme = "https" } else if lower.hasPrefix("http://") { scheme = "http" } else {
            // A bare host ('kennisbank.amsterdam.nl/kb/') only lacks its scheme; anything else with a
            // ':' is another kind of address.
            var guess: String? = text.hasPrefix("//") ? "https:" + text : "https://" + text
            if let separator = text.range(of: "://") {
                // A mistyped scheme ('htps://') is fixed; another kind of address is not a base URL.
                let written = String(text[..<separator.lowerBound])
                guess = Suggestion.closest(to: written, in: ["https", "http"]).map { $0 + text[separator.lowerBound...] }
            } else if text.contains(":") {
                guess = nil
            }
            return .failure(Problem(offset: 0, message: .addressScheme(), hint: example, replacement: guess))
        }
        let hostStart = scheme.count + 3
        let hostEnd = characters[hostStart...].firstIndex(of: "/") ?? characters.count
        let authority = characters[hostStart..<hostEnd]
        if let at = authority.firstIndex(of: "@") {
            return .failure(Problem(offset: at, message: .addressUserInfo(),
                                    hint: .addressUserInfoHint()))
        }
        if let problem = checkHost(authority) { return .failure(problem) }
        let pathPart = characters[hostEnd...]
        var segmentStart = hostEnd
        var dotSegment: Int?
        for index in pathPart.indices {
            let character = pathPart[index]
            if character == "?" || character == "#" {
                return .failure(Problem(offset: index, message: .addressQuery(),
                                        hint: .addressQueryHint()))
            }
            if !isPathCharacter(character) || (character == "%" && !isPercentEscape(characters, at: index)) {
                return .failure(Problem(offset: index, message: .addressPathCharacter(String(character)),
                                        hint: .addressPathCharacterHint()))
            }
            if character == "/" || index == characters.count - 1 {
                let segment = characters[segmentStart...index].filter { $0 != "/" }
                if dotSegment == nil && (segment == ["."] || segment == [".", "."]) { dotSegment = segmentStart + 1 }
                segmentStart = index
            }
        }
        if let dotSegment {
            return .failure(Problem(offset: dotSegment, message: .addressDotFolder(),
                                    hint: .addressFolderHint()))
        }
        var path = String(pathPart)
        if path.isEmpty { path = "/" }
        if !path.hasSuffix("/") { path += "/" }
        let host = String(authority).lowercased()
        return .success(BaseURL(absolute: "\(scheme)://\(host)\(path)", path: path))
    }

    /// The absolute URL of a file or folder given relative to the site root (`definities/racisme/`).
    public func url(_ relative: String) -> String { absolute + relative }

    public var description: String { absolute }

    private init(absolute: String, path: String) {
        self.absolute = absolute
        self.path = path
    }

    private static func checkHost(_ authority: ArraySlice<Character>) -> Problem? {
        let start = authority.startIndex
        guard !authority.isEmpty else {
            return Problem(offset: start, message: .addressNoHost(),
                           hint: .addressHostExampleHint())
        }
        var hostEnd = authority.endIndex
        if authority.first == "[" {
            guard let close = authority.firstIndex(of: "]") else {
                return Problem(offset: start, message: .addressIPv6Bracket(), hint: .addressIPv6Hint())
            }
            if let bad = authority[authority.index(after: start)..<close].firstIndex(where: { !($0.isHexDigit || $0 == ":" || $0 == ".") }) {
                return Problem(offset: bad, message: .addressIPv6Character(String(authority[bad])), hint: .addressIPv6Hint())
            }
            hostEnd = authority.index(after: close)
            if hostEnd < authority.endIndex && authority[hostEnd] != ":" {
                return Problem(offset: hostEnd, message: .addressIPv6Port(), hint: .addressIPv6Hint())
            }
        } else {
            hostEnd = authority.firstIndex(of: ":") ?? authority.endIndex
            let host = authority[start..<hostEnd]
            if host.isEmpty {
                return Problem(offset: start, message: .addressNoHost(), hint: .addressHostExampleHint())
            }
            if let bad = host.firstIndex(where: { !(($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == ".") }) {
                return Problem(offset: bad, message: .addressHostCharacter(String(host[bad])),
                               hint: .addressHostCharacterHint())
            }
            if host.first == "." || host.last == "." || host.contains("..") || host.first == "-" {
                return Problem(offset: start, message: .addressHostInvalid(String(host)), hint: .addressHostNameHint())
            }
        }
        if hostEnd < authority.endIndex {
            let portStart = authority.index(after: hostEnd)
            let port = authority[portStart...]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(String(port)),
                  (1...65535).contains(number) else {
                return Problem(offset: portStart, message: .addressPort(),
                               hint: .addressPortHint())
            }
        }
        return nil
    }

    private static func isPercentEscape(_ characters: [Character], at index: Int) -> Bool {
        index + 2 < characters.count && characters[index + 1].isHexDigit && characters[index + 2].isHexDigit
    }

    /// RFC 3986 path characters: unreserved, sub-delims, ':', '@', '/' and '%' (percent-encoding).
    private static func isPathCharacter(_ character: Character) -> Bool {
        guard character.isASCII, let value = character.asciiValue else { return false }
        if (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) { return true }
        return "-._~!$&'()*+,;=:@/%".contains(character)
    }
}
