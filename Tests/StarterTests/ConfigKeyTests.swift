@testable import Build
import Configuration
import Foundation
import SiteModel
import Starter
import Testing

/// The one list of config keys (`SiteConfigKey.all`): the loader reads exactly these, and a new
/// site's kennisbank.yml explains every one of them.
@Suite struct ConfigKeyTests {
    static let logo = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>"

    func load(_ config: String) -> (SiteConfig, [Diagnostic]) {
        SiteConfigLoader.load(from: MemoryFileSystem(["kennisbank.yml": config, "content/logo.svg": Self.logo]))
    }

    @Test func theLoaderAcceptsExactlyTheListedKeys() {
        #expect(SiteConfigLoader.keys == SiteConfigKey.all.map(\.name))
        #expect(Set(SiteConfigLoader.keys).count == SiteConfigLoader.keys.count)
    }

    @Test func aNewSiteShowsEveryKeyAndEverySubkey() {
        let text = SiteStarter().configText()
        let lines = text.split(separator: "\n").map { $0.hasPrefix("# ") ? $0.dropFirst(2) : $0 }
        for key in SiteConfigKey.all {
            #expect(lines.contains { $0.hasPrefix(key.name + ":") }, "\(key.name) is not in a new site's kennisbank.yml")
            #expect(key.explanation.allSatisfy { text.contains("# " + $0) }, "\(key.name) is not explained")
            for subkey in key.subkeys {
                #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "- ", with: "").hasPrefix(subkey + ":") },
                        "\(key.name).\(subkey) is not in a new site's kennisbank.yml")
            }
        }
        let (_, diagnostics) = load(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    /// Each key's example, alone, is read without a diagnostic and changes the config: no key in
    /// the list is ignored by the loader.
    @Test(arguments: SiteConfigKey.all.map(\.name))
    func everyKeyIsReadFromItsExample(name: String) throws {
        let key = try #require(SiteConfigKey.all.first { $0.name == name })
        let (config, diagnostics) = load(key.example.hasPrefix("\n") ? "\(name):\(key.example)\n" : "\(name): \(key.example)\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(config != SiteConfig(), "'\(name): \(key.example)' left the config at its defaults")
    }

    /// With every example set, every setting of `SiteConfig` differs from its default: a setting
    /// without a key in the list would keep its default and fail here.
    @Test func theExamplesTogetherSetEverySetting() {
        let (config, diagnostics) = load(SiteStarter().configText(examples: true))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let defaults = Dictionary(uniqueKeysWithValues: Mirror(reflecting: SiteConfig()).children.map { ($0.label!, "\($0.value)") })
        for child in Mirror(reflecting: config).children {
            #expect("\(child.value)" != defaults[child.label!], "no key in SiteConfigKey.all sets \(child.label!)")
        }
    }
}
