import Output
import SiteModel
import Theme

/// What the configure step made: the site's config, the theme with its templates and interface
/// texts, and the theme's CSS and JavaScript under their published names. A builder keeps it while
/// neither the config nor the theme changes; a theme that fails to load leaves none.
struct ConfiguredSite: Sendable {
    /// The config the theme was loaded with (its language picks the interface texts).
    let config: SiteConfig
    let theme: Theme
    let templates: TemplateRenderer
    /// The templates' source texts, to tell a changed theme from the same one loaded again.
    let templateTexts: [String: String]
    /// The theme's CSS and JavaScript and the interface texts script, by published name (`AssetManifest`).
    let themeAssets: AssetManifest
    /// Links and FIFOs in the theme folders as the theme was loaded (never read; errors).
    let themeRefusals: [Diagnostic]

    /// Whether a page rendered with this looks different from one rendered with `old`: other
    /// templates, interface texts or published asset names (without hashed names, which is `serve`,
    /// the texts script keeps its name, so the texts count on their own).
    func rendersDifferently(from old: ConfiguredSite?) -> Bool {
        guard let old else { return true }
        return templateTexts != old.templateTexts || themeAssets != old.themeAssets || templates.texts != old.templates.texts
    }
}
