import Content
import Foundation
import Pages
import SiteModel

/// The PDF handouts made from an earlier build's print editions (`scripts/handout.sh`), handed to
/// `kennisbank build --handouts DIR`: each is published in its edition's folder and linked from the
/// print pages. Without them the print pages link no PDF, so a site built without handouts has no
/// dead links.
package struct HandoutFiles: Sendable, Hashable {
    /// One PDF: where it is and its size in bytes.
    struct Handout: Sendable, Hashable {
        var source: URL
        var size: Int
    }

    /// PDF file name (`definities-deelnemers.pdf`) -> the file.
    var byName: [String: Handout] = [:]

    package init() {}

    /// The handout of `edition`, if the folder has one.
    func handout(for edition: PrintEdition) -> Handout? { byName[edition.handoutName] }

    /// Where the handouts go in the site, with their source files.
    package func copies(for editions: [PrintEdition]) -> [(source: SourceFile, path: String)] {
        editions.compactMap { edition in
            handout(for: edition).map {
                (SourceFile(folder: $0.source.deletingLastPathComponent(), path: $0.source.lastPathComponent), edition.handoutPath)
            }
        }
    }

    /// The PDFs in `folder` that belong to one of `editions`. A folder that cannot be read is an error;
    /// a PDF that belongs to no edition (a section since renamed) or that is no PDF is a warning.
    package static func find(in folder: URL?, editions: [PrintEdition]) -> (HandoutFiles, [Diagnostic]) {
        guard let folder else { return (HandoutFiles(), []) }
        let shown = folder.path
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder.path) } catch {
            return (HandoutFiles(), [.error(SourceLocation(file: shown), .handoutsUnreadable(), hint: .handoutsUnreadableHint(shown))])
        }
        let wanted = Set(editions.map(\.handoutName))
        var found = HandoutFiles()
        var diagnostics: [Diagnostic] = []
        for name in names.sorted() where name.hasSuffix(".pdf") {
            let url = folder.appendingPathComponent(name)
            let location = SourceLocation(file: shown + "/" + name)
            guard wanted.contains(name) else {
                var hint = Message.handoutNoEditionHint()
                if let guess = Suggestion.closest(to: name, in: Array(wanted)) { hint = .didYouMean(guess) + hint }
                diagnostics.append(.warning(location, .handoutNoEdition(), hint: hint))
                continue
            }
            guard let handle = try? FileHandle(forReadingFrom: url),
                  let head = try? handle.read(upToCount: 5), head == Data("%PDF-".utf8),
                  let size = try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int else {
                diagnostics.append(.warning(location, .handoutNotPDF(), hint: .handoutNotPDFHint()))
                continue
            }
            try? handle.close()
            found.byName[name] = Handout(source: url, size: size)
        }
        return (found, diagnostics)
    }

    /// A size as a reader wants it: '850 kB', '1,2 MB'.
    static func sizeLabel(_ bytes: Int) -> String {
        if bytes < 1_000_000 { return "\(max(1, (bytes + 999) / 1000)) kB" }
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10),\(tenths % 10) MB"
    }
}
