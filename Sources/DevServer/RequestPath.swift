/// A request path checked and mapped to a path inside the output folder. Anything that could climb
/// out of it is refused before the file system is asked: `..` and `.` segments, also when
/// percent-encoded (`%2e%2e`), encoded slashes and backslashes (`%2f`, `%5c`), and NUL bytes.
/// Symbolic links are checked after resolving, by `SiteFileHandler`.
enum RequestPath: Equatable {
    /// A path relative to the output folder ("" for the root); `isFolder` when it ended in `/`.
    case file(String, isFolder: Bool)
    /// The path tries to leave the output folder or cannot be a file name.
    case refused

    /// Checks the raw (still percent-encoded) path of a request target, without its query.
    init(raw: String) {
        guard raw.hasPrefix("/"), !raw.contains("\\") else { self = .refused; return }
        var segments: [String] = []
        for segment in raw.split(separator: "/", omittingEmptySubsequences: true) {
            guard let decoded = String(segment).removingPercentEncoding,
                  decoded != ".", decoded != "..",
                  !decoded.contains("/"), !decoded.contains("\\"), !decoded.contains("\0") else {
                self = .refused
                return
            }
            segments.append(decoded)
        }
        self = .file(segments.joined(separator: "/"), isFolder: raw.hasSuffix("/"))
    }
}
