/// The site-wide settings from `kennisbank.yml`.
public struct SiteConfig: Sendable, Hashable {
    /// Site title, shown in the header and in every `<title>`.
    public var title: String
    /// One-sentence description for the home page's meta description, and the footer text when
    /// `footer` is not set.
    public var description: String
    /// The organisation that publishes the site (`organisation`), shown in the footer; nil shows none.
    public var organisation: String?
    /// The organisation's logo in the header; nil shows the title alone.
    public var logo: SiteLogo?
    /// The text in the footer of every page (`footer`); nil falls back to `description`.
    public var footer: String?
    /// Language code for `<html lang>` and the theme's interface texts (`texts/<code>.yml`); Dutch by default.
    public var language: String
    /// Where `language` is set in `kennisbank.yml`, for the error about a language the theme has no texts for.
    public var languageLocation: SourceLocation? = nil
    /// The address the site is published under (`BaseURL.absolute`, ending in `/`): canonical links,
    /// `sitemap.xml`, `robots.txt` and a 404 page that works at any depth are made from it; without
    /// it every URL stays relative. `kennisbank build --base-url` overrides it.
    public var baseURL: String?
    /// Where a source file is edited on the web: the file's path from the site root
    /// (`content/definities/racisme.md`) is appended, and every page gets a 'Bewerk deze pagina' link.
    public var editURL: String?
    /// Name of the theme folder under `themes/`; falls back to the built-in default theme file by file.
    public var theme: String
    /// When true, raw HTML and `javascript:` URLs in Markdown pass through unchanged.
    public var unsafe: Bool
    /// When false, glossary terms are linked only where a page references them with `[[...]]`;
    /// a page's own `autolink` setting wins over this one.
    public var autolink: Bool
    /// How many months a page's `reviewed` date stays current; nil means review dates never age.
    public var reviewAfterMonths: Int?
    /// Parts of `content/` whose pages must carry a `reviewed` date.
    public var reviewRequiredIn: [ReviewScope]
    /// Web domains not to cite as sources (`sources.avoid`).
    public var avoidedSources: [AvoidedSource]
    /// When false, no print editions (`print/...`) are written: for sites too large to read as one document.
    public var print: Bool
    /// What section print editions show of the terms their pages use (`print.sectionGlossary`).
    public var printGlossary: PrintGlossary = .compact
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
        reviewAfterMonths: Int? = nil,
        reviewRequiredIn: [ReviewScope] = [],
        avoidedSources: [AvoidedSource] = [],
        editURL: String? = nil,
        print: Bool = true,
        synonyms: [[String]] = [],
        organisation: String? = nil,
        logo: SiteLogo? = nil,
        footer: String? = nil
    ) {
        self.title = title
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.theme = theme
        self.unsafe = unsafe
        self.autolink = autolink
        self.reviewAfterMonths = reviewAfterMonths
        self.reviewRequiredIn = reviewRequiredIn
        self.avoidedSources = avoidedSources
        self.editURL = editURL
        self.print = print
        self.synonyms = synonyms
        self.organisation = organisation
        self.logo = logo
        self.footer = footer
    }

    /// The config file's name, relative to the site root.
    public static let fileName = "kennisbank.yml"
}
