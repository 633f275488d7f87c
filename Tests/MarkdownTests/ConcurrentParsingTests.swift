import Dispatch
@testable import Markdown
import Testing

/// cmark-gfm parses without a lock (see `CmarkRuntime`). Without the fix, about one in six
/// concurrent parses lost strikethrough or autolinks; here thousands of parses on every core must
/// all equal the serial result.
@Suite struct ConcurrentParsingTests {
    static let documents: [String] = (0..<8).map { variant in
        """
        # Kop \(variant)

        Dit is ~~doorgehaald~~ en ~~ook dit~~, met www.example.nl/\(variant) en https://wetten.overheid.nl/BWBR0001854.

        | Grond | Wet |
        | --- | --- |
        | ~~ras~~ | art. 1 Gw, zie www.rijksoverheid.nl |
        | godsdienst | *Awgb* \(variant) |

        - [x] gedaan ~~niet~~
        - [ ] open: mail@example.nl

        Voetnoot[^\(variant)].

        [^\(variant)]: Bron: https://www.mensenrechten.nl en ~~oud~~.
        """
    }

    @Test func parsesOnEveryCoreLikeOnOne() {
        // The fix must be active in this process, or this test would only exercise the lock.
        #expect(CmarkRuntime.parsesConcurrently)
        let expected = Self.documents.map { MarkdownDocument(parsing: $0, file: "content/x.md").renderHTML() }
        #expect(expected.allSatisfy { $0.contains("<del>doorgehaald</del>") && $0.contains("href=\"http://www.example.nl/") })
        let rounds = 3000
        let results = ResultSlots(count: rounds)
        DispatchQueue.concurrentPerform(iterations: rounds) { round in
            let html = MarkdownDocument(parsing: Self.documents[round % Self.documents.count], file: "content/x.md").renderHTML()
            results.store(html == expected[round % Self.documents.count], at: round)
        }
        #expect(results.values.filter { !$0 }.count == 0)
    }
}

/// One flag per round, written from several threads; each slot is written once.
private final class ResultSlots: @unchecked Sendable {
    private var storage: [Bool]
    private let lock = NSLockLike()

    init(count: Int) { storage = Array(repeating: false, count: count) }

    func store(_ value: Bool, at index: Int) { lock.locked { storage[index] = value } }

    var values: [Bool] { lock.locked { storage } }
}

/// A minimal lock, so the test needs nothing but Dispatch.
private final class NSLockLike: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 1)

    func locked<T>(_ body: () -> T) -> T {
        semaphore.wait()
        defer { semaphore.signal() }
        return body()
    }
}
