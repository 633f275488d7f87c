import Foundation
import Synchronization

/// The term of each folded word (`SearchTokenizer.term(for:)`), shared by the threads of one index build.
///
/// Every chunk of documents has its own `TermCache`, so without this each distinct word was stemmed once
/// per chunk (a chunk count that grows with the cores). `term(for:)` is a pure function, so whichever
/// thread stores a word first stores the same answer: the output does not depend on timing.
final class SharedTermMemo: Sendable {
    private let tokenizer: SearchTokenizer
    private let terms = Mutex<[String: String?]>([:])

    init(tokenizer: SearchTokenizer) { self.tokenizer = tokenizer }

    /// `tokenizer.term(for: word)`, computed at most about once per word over all threads.
    func term(for word: String) -> String? {
        if let known = terms.withLock({ $0[word] }) { return known }
        // Stemmed outside the lock: another thread may do the same word at the same time, harmlessly.
        let term = tokenizer.term(for: word)
        terms.withLock { $0[word] = term }
        return term
    }
}
