/// Which addresses run script or embed content when followed, for every place that publishes an
/// address an author wrote: links and images in Markdown, and `href`, `src` and CSS `url()` in SVG
/// images.
public enum URLSafety {
    /// True for `javascript:`, `vbscript:`, `file:` and `data:` addresses, except `data:` PNG,
    /// GIF, JPEG and WebP images when `isImage` (they cannot run script). Browsers ignore tabs,
    /// line breaks and control characters in a scheme (`java&#9;script:` runs), so those are
    /// dropped before comparing, and case does not count.
    public static func isDangerous(_ url: String, isImage: Bool) -> Bool {
        let lowered = normalized(url)
        for scheme in ["javascript:", "vbscript:", "file:"] where lowered.hasPrefix(scheme) { return true }
        if lowered.hasPrefix("data:") {
            return !(isImage && isEmbeddableImage(lowered))
        }
        return false
    }

    /// True for a `data:` address of a PNG, GIF, JPEG or WebP image (already `normalized`).
    static func isEmbeddableImage(_ lowered: String) -> Bool {
        ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lowered.hasPrefix($0) }
    }

    /// True for an address on another site: `http:`, `https:` or `//` (a scheme-relative address).
    public static func isExternal(_ url: String) -> Bool {
        let lowered = normalized(url)
        return lowered.hasPrefix("http:") || lowered.hasPrefix("https:") || lowered.hasPrefix("//") || lowered.hasPrefix("\\\\")
            || lowered.hasPrefix("/\\") || lowered.hasPrefix("\\/")
    }

    /// The address as a browser compares its scheme: without whitespace and control characters
    /// anywhere, lower-cased.
    public static func normalized(_ url: String) -> String {
        String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })).lowercased()
    }
}
