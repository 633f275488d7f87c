/// The Content-Security-Policy every page carries in a `<meta http-equiv>` (static hosts do not
/// let a site set headers): only the site's own scripts, styles, images, fonts and media; no inline
/// script or `style` attribute, no `eval`, no plug-ins, no `<base>`; forms only to the site (the
/// search form). `img-src` allows `data:` for the PNG, GIF, JPEG and WebP images Markdown may
/// embed; `connect-src 'self'` is what `kennisbank serve`'s live reload (an EventSource) needs.
/// Downloads of a vragenlijst's answers (a `blob:` link with `download`) and `mailto:` links are
/// navigations, which no directive here governs. Chromium matches 'self' for pages opened from
/// `file://` against other `file:` URLs, so the same policy works from a folder
/// (`Tests/Browser` checks both). `frame-ancestors` cannot be set from a meta element.
public enum ContentSecurityPolicy {
    /// The policy, as written into the `content` attribute.
    public static let value = [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "media-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "object-src 'none'",
    ].joined(separator: "; ")

    /// The meta element, for documents made outside the theme (the dev server's error page).
    public static let metaElement = "<meta http-equiv=\"Content-Security-Policy\" content=\"\(value)\">"
}
