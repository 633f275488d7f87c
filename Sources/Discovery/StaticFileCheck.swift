import Foundation
import SiteModel
import StaticFiles

/// The problems of one static file under both settings of `unsafe`, so that a change of the
/// setting needs no new reading (`StaticFilePolicy`): a type that is never published is an error
/// either way; an active type (`.html`, `.js`) and what `SVGCheck` finds only without `unsafe`.
struct StaticFileCheck: Sendable, Equatable {
    var always: [Diagnostic] = []
    var unlessUnsafe: [Diagnostic] = []

    /// Checks the file at the root-relative `file`.
    init(_ file: String, fileSystem: SiteFileSystem) {
        always = StaticFilePolicy.problems(file, unsafe: true) { Data() }
        unlessUnsafe = StaticFilePolicy.problems(file, unsafe: false) { try fileSystem.data(at: file) }
    }

    var isEmpty: Bool { always.isEmpty && unlessUnsafe.isEmpty }

    /// The errors under the site's setting.
    func diagnostics(unsafe: Bool) -> [Diagnostic] { unsafe ? always : unlessUnsafe }
}
