import Foundation
import SiteModel

/// Which files besides pages are published from `content/`: an explicit list of types, so that a
/// file that would run script in the site's origin (an `.html` or `.js` file dropped in by mistake
/// or on purpose) is never published unnoticed. docs/FORMAT.md, 'Veiligheid', has the list.
public enum StaticFilePolicy {
    /// Extensions (lower case) that are copied as they are; `svg` is checked first (`SVGCheck`).
    public static let published: Set<String> = [
        "png", "jpg", "jpeg", "gif", "webp", "avif", "svg",   // images
        "pdf", "txt", "csv",                                   // documents a browser shows without running anything
        "docx", "xlsx", "pptx", "odt", "ods", "odp",           // office documents, downloaded
        "mp3", "m4a", "ogg", "mp4", "webm", "vtt",             // sound, video and its captions
    ]

    /// Extensions of files a browser runs or renders as a document of the site: published only
    /// with `unsafe: true`.
    public static let active: Set<String> = ["html", "htm", "xhtml", "shtml", "js", "mjs", "css", "xml", "xsl", "xslt", "svgz", "json", "wasm"]

    /// What happens to a static file.
    public enum Verdict: Sendable, Equatable {
        /// Copied as it is.
        case published
        /// Copied after `SVGCheck` found nothing (or as it is with `unsafe: true`).
        case checkedSVG
        /// Copied only with `unsafe: true`; an error otherwise.
        case activeOnlyWhenUnsafe
        /// Never copied: an error.
        case refused
    }

    /// The verdict for a content path, by its extension (case does not count).
    public static func verdict(for path: String) -> Verdict {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return .refused }
        let type = name[name.index(after: dot)...].lowercased()
        if type == "svg" { return .checkedSVG }
        if published.contains(type) { return .published }
        if active.contains(type) { return .activeOnlyWhenUnsafe }
        return .refused
    }

    /// The errors for the static file at `file` (root-relative) under a site's `unsafe` setting;
    /// `contents` reads the file, only for an SVG that must be checked.
    public static func problems(_ file: String, unsafe: Bool, contents: () throws -> Data) -> [Diagnostic] {
        let location = SourceLocation(file: file)
        switch verdict(for: file) {
        case .published: return []
        case .checkedSVG:
            if unsafe { return [] }
            do { return SVGCheck.problems(in: try contents(), file: file) } catch let diagnostic as Diagnostic {
                return [diagnostic]
            } catch {
                return [.error(location, .fileUnreadable(error.localizedDescription))]
            }
        case .activeOnlyWhenUnsafe:
            if unsafe { return [] }
            return [.error(location, .staticFileActive(typeName(file) ?? ""), hint: .staticFileActiveHint())]
        case .refused:
            return [.error(location, .staticFileRefused(typeName(file)), hint: .staticFileRefusedHint(published.sorted().map { "." + $0 }))]
        }
    }

    private static func typeName(_ file: String) -> String? {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return String(name[dot...])
    }
}
