import Foundation
import FrontMatter
import SiteModel

/// The settings that say whose site it is: `organisation`, `logo` and `footer`. The theme carries
/// no organisation of its own, so a site for another one shows nothing of Amsterdam's.
extension SiteConfigLoader {
    /// A logo larger than this loads on every page of a phone on bad wifi: a warning.
    static let logoWarningBytes = 100_000

    static func readOrganisation(_ reader: inout FrontMatterReader, into config: inout SiteConfig, fileSystem: SiteFileSystem) {
        if let name = reader.string("organisation"), !name.value.trimmingWhitespaces().isEmpty {
            config.organisation = name.value.trimmingWhitespaces()
        }
        if let footer = reader.string("footer"), !footer.value.trimmingWhitespaces().isEmpty {
            config.footer = footer.value.trimmingWhitespaces()
        }
        guard let node = reader.node("logo"), !node.isNull else { return }
        let name = config.organisation ?? "Naam van je organisatie"
        if let text = node.scalar {
            reader.report(.error(node.location, .logoOnlyFile(text), hint: .logoWriteAsHint(file: text, alt: name)))
            return
        }
        var logo = FrontMatterReader(node, at: node.location, context: .configKey("logo"))
        let file = logo.string("file", required: true, example: "logo.svg")
        let alt = logo.string("alt", required: true, example: "\"\(name)\"")
        logo.warnUnknownKeys(allowed: SiteConfigKey.all.first { $0.name == "logo" }?.subkeys ?? [])
        if let file, let path = logoPath(file, reader: &logo, fileSystem: fileSystem),
           let alt, !alt.value.trimmingWhitespaces().isEmpty {
            config.logo = SiteLogo(file: path, alt: alt.value.trimmingWhitespaces())
        }
        reader.absorb(logo)
    }

    /// The logo's path relative to `content/` when it names an image there; nil (and an error at
    /// the value) when it does not.
    private static func logoPath(_ value: Located<String>, reader: inout FrontMatterReader, fileSystem: SiteFileSystem) -> String? {
        var path = value.value.trimmingWhitespaces()
        while path.hasPrefix("./") { path = String(path.dropFirst(2)) }
        if path.hasPrefix("content/") {
            let inside = String(path.dropFirst("content/".count))
            reader.report(.error(value.location, .logoUnderContent(), hint: .logoWriteFileHint(inside)))
            return nil
        }
        if path.isEmpty || path.hasPrefix("/") || path.split(separator: "/").contains("..") || path.contains("://") {
            reader.report(.error(value.location, .logoOutsideContent(value.value), hint: .logoOutsideContentHint()))
            return nil
        }
        guard let type = SiteLogo.imageTypes.first(where: { path.lowercased().hasSuffix("." + $0.ext) }) else {
            reader.report(.error(value.location, .logoNotImage(path), hint: .logoNotImageHint()))
            return nil
        }
        let full = "content/" + path
        guard fileSystem.fileExists(at: full) else {
            let images = fileSystem.files(under: "content").filter { isImageName($0) }.map { String($0.dropFirst("content/".count)) }
            let fix = Suggestion.closest(to: path, in: images).map { Fix(replacing: value.value, with: $0) }
            reader.report(.error(value.location, .logoMissing(full), hint: fix == nil ? .logoMissingHint(images: Array(images.prefix(8))) : nil, fix: fix))
            return nil
        }
        let bytes: Data
        do { bytes = try fileSystem.data(at: full) } catch {
            reader.report(.error(value.location, .logoUnreadable(full, reason: error.localizedDescription)))
            return nil
        }
        if !looksLike(type, bytes) {
            var hint = Message.logoSaveAgainHint(type.ext.uppercased())
            if let real = SiteLogo.imageTypes.first(where: { looksLike($0, bytes) }) {
                let renamed = String(path.dropLast(type.ext.count)) + real.ext
                hint = .logoRenameHint(real: real.ext.uppercased(), name: String(renamed.split(separator: "/").last!), path: renamed)
            }
            reader.report(.error(value.location, .logoWrongContent(full, type: type.ext.uppercased()), hint: hint))
            return nil
        }
        if bytes.count > logoWarningBytes {
            reader.report(.warning(value.location, .logoLarge(full, bytes: bytes.count), hint: .logoLargeHint(limit: logoWarningBytes)))
        }
        return path
    }

    private static func isImageName(_ path: String) -> Bool {
        SiteLogo.imageTypes.contains { path.lowercased().hasSuffix("." + $0.ext) }
    }

    /// True when the file starts as its extension says: the magic bytes of PNG, JPEG, GIF and WebP,
    /// or an `<svg` element near the start of an SVG (after an XML declaration, comments, a doctype).
    private static func looksLike(_ type: (ext: String, magic: [UInt8]?), _ bytes: Data) -> Bool {
        if let magic = type.magic {
            guard bytes.starts(with: magic) else { return false }
            return type.ext != "webp" || (bytes.count >= 12 && bytes[bytes.startIndex + 8..<bytes.startIndex + 12].elementsEqual("WEBP".utf8))
        }
        return String(decoding: bytes.prefix(4096), as: UTF8.self).range(of: "<svg", options: .caseInsensitive) != nil
    }
}
