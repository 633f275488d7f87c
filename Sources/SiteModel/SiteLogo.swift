/// The organisation's logo (`logo` in `kennisbank.yml`): an image file inside `content/`, shown in
/// the header of every page beside the site title, with the text a screen reader reads instead.
public struct SiteLogo: Sendable, Hashable {
    /// Path relative to `content/`, e.g. `logo.svg`; the file is published at the same path.
    public var file: String
    /// Alternative text, e.g. 'Gemeente Amsterdam'; never empty, as the logo says whose site it is.
    public var alt: String

    /// Creates a logo entry.
    public init(file: String, alt: String) {
        self.file = file
        self.alt = alt
    }

    /// File name extensions of the images a logo may be, each with the bytes such a file starts with
    /// (nil for SVG, which is text and is recognised by its `<svg` element instead).
    public static let imageTypes: [(ext: String, magic: [UInt8]?)] = [
        ("svg", nil),
        ("png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("jpg", [0xFF, 0xD8, 0xFF]),
        ("jpeg", [0xFF, 0xD8, 0xFF]),
        ("gif", Array("GIF8".utf8)),
        ("webp", Array("RIFF".utf8)),
    ]
}
