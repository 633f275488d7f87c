/// The site-wide settings from `kennisbank.yml`.
public struct SiteConfig: Sendable, Hashable {
    /// Site title, shown in the header and in every `<title>`.
    public var title: String
    /// One-sentence description for the home page's meta description.
    public var description: String
    /// Language code for `<html lang>`; Dutch by default.
    public var language: String
    /// Absolute base URL for `sitemap.xml`; no sitemap is written without it.
    public var baseURL: String?
    /// Name of the theme folder under `themes/`; falls back to the built-in default theme file by file.
    public var theme: String
    /// When true, raw HTML and `javascript:` URLs in Markdown pass through unchanged.
    public var unsafe: Bool
    /// When false, glossary terms are linked only where a page references them with `[[...]]`;
    /// a page's own `autolink` setting wins over this one.
    public var autolink: Bool
    /// Groups of words or phrases that search treats as one another (`synoniemen`), e.g.
    /// `["klacht", "melding"]`; glossary aliases count as synonyms of their term without being listed.
    public var synonyms: [[String]]

    /// The settings used when a site has no config file.
    public init(
        title: String = "Kennisbank",
        description: String = "",
        language: String = "nl",
        baseURL: String? = nil,
        theme: String = "default",
        unsafe: Bool = false,
        autolink: Bool = true,
        synonyms: [[String]] = []
    ) {
        self.title = title
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.theme = theme
        self.unsafe = unsafe
        self.autolink = autolink
        self.synonyms = synonyms
    }

    /// The config file's name, relative to the site root.
    public static let fileName = "kennisbank.yml"
}
