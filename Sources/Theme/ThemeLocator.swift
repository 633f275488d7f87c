import Foundation

/// Finds the built-in default theme wherever the binary is: an explicit `KENNISBANK_THEME_DIR`,
/// a copy installed beside the binary (`make` puts one at `<bin>/kennisbank-theme/`), or the
/// repository the binary was built from.
public enum ThemeLocator {
    /// The folder of the default theme, if one is found.
    public static func defaultThemeFolder() -> URL? {
        var candidates: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["KENNISBANK_THEME_DIR"], !explicit.isEmpty {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            let folder = URL(fileURLWithPath: resolved).deletingLastPathComponent()
            candidates.append(folder.appendingPathComponent("kennisbank-theme"))
            candidates.append(folder.appendingPathComponent("../share/kennisbank/themes/default").standardizedFileURL)
        }
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent("kennisbank-theme"))
        // Sources/Theme/ThemeLocator.swift -> repository root -> themes/default
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(repository.appendingPathComponent("themes/default"))
        return candidates.first { isTheme($0) }
    }

    static func isTheme(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("templates/layout.mustache").path)
    }
}
