import Configuration
import Foundation
import Output
import Rendering
import SiteModel
import Theme

extension SiteBuilder {
    /// Step 1: loads the theme and its templates for `config` and names the theme's files. Nil,
    /// with the reason in `result`, when the theme cannot be loaded.
    func configure(_ config: SiteConfig, into result: inout BuildResult) -> ConfiguredSite? {
        do {
            let (theme, templates) = try loadTheme(config)
            var assets = try AssetManifest.forTheme(theme, hashesNames: options.hashesAssetNames)
            for file in InterfaceTextsScript.files {
                assets.add(file.path) { InterfaceTextsScript.bytes(templates.texts, file) }
            }
            return ConfiguredSite(config: config, theme: theme, templates: templates, templateTexts: theme.templates.mapValues(\.text),
                                  themeAssets: assets, themeRefusals: theme.refused)
        } catch let failure as InterfaceTextsLoader.Failure {
            result.diagnostics += failure.diagnostics
        } catch {
            result.diagnostics.append(error as? Diagnostic ?? .error(SourceLocation(file: "themes"), .themeUnreadable("\(error)")))
        }
        return nil
    }

    func loadTheme(_ config: SiteConfig) throws -> (Theme, TemplateRenderer) {
        guard let defaultFolder = defaultThemeFolder else {
            throw Diagnostic.error(SourceLocation(file: "themes/default"), .defaultThemeMissing(), hint: .defaultThemeMissingHint())
        }
        let override = options.root.appendingPathComponent("themes").appendingPathComponent(config.theme)
        let theme = try Theme(defaultFolder: defaultFolder, overrideFolder: override.standardizedFileURL == defaultFolder.standardizedFileURL ? nil : override,
                              siteRoot: options.root)
        return (theme, try TemplateRenderer(theme: theme, texts: InterfaceTextsLoader.load(theme, config: config)))
    }
}
