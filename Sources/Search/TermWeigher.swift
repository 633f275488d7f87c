/// Sums the field weights of every term per document, for a run of documents on one thread.
///
/// Terms are the small integer ids of one `TermCache`, so the per-term state lives in one array indexed
/// by id, reset lazily when a document first touches a term: no Set or Dictionary per field and document,
/// which was most of the cost of weighing before.
struct TermWeigher {
    typealias TermID = TermCache.TermID

    /// The weights of a run of documents, in order: the terms and weights of document `n` are
    /// `pairs[ends[n - 1]..<ends[n]]` (from 0 for the first), in no particular order.
    struct Weights: Sendable {
        /// The term of each id used below.
        var terms: [String] = []
        /// Term ids of `terms` with their weight in one document.
        var pairs: [WeightedID] = []
        var ends: [Int] = []
    }

    /// What a document has collected so far for one term; valid only while `document` is the current one.
    private struct TermState {
        var document: Int32 = 0
        /// The last field (title, all aliases, summary or one heading) that counted the term: once per field.
        var field: Int32 = 0
        var fieldWeight: Int32 = 0
        var headingWeight: Int32 = 0
        var bodyCount: Int32 = 0
    }

    private var cache: TermCache
    private var states: [TermState] = []
    /// The terms the current document touched, each once.
    private var touched: [TermID] = []
    private var ids: [TermID] = []
    private var document: Int32 = 0
    private var field: Int32 = 0
    private var result = Weights()

    init(memo: SharedTermMemo) { cache = TermCache(memo: memo) }

    /// Adds one document: the same sums as `SearchFieldWeight` describes, with the caps applied per document.
    mutating func add(_ document: SearchDocument) {
        self.document += 1
        addOnce(document.title, weight: SearchFieldWeight.title)
        // Words never span two aliases (the old code joined them with a space), so one field over all.
        field += 1
        for alias in document.aliases { addOnce(alias, weight: SearchFieldWeight.alias, newField: false) }
        addOnce(document.summary, weight: SearchFieldWeight.summary)
        for heading in document.headings {
            count(heading.text) { state, isNewInField in
                if isNewInField { state.headingWeight += Int32(SearchFieldWeight.heading) }
            }
        }
        count(document.body) { state, _ in state.bodyCount += 1 }

        let headingCap = Int32(SearchFieldWeight.headingCap), bodyCap = Int32(SearchFieldWeight.bodyCap)
        states.withUnsafeBufferPointer { states in
            for term in touched {
                let state = states[Int(term)]
                let weight = state.fieldWeight + min(state.headingWeight, headingCap) + min(state.bodyCount, bodyCap)
                result.pairs.append(WeightedID(id: Int(term), weight: Int(weight)))
            }
        }
        touched.removeAll(keepingCapacity: true)
        result.ends.append(result.pairs.count)
    }

    /// The weights of all documents added, in the order added.
    mutating func finish() -> Weights {
        result.terms = cache.terms
        return result
    }

    /// Adds `weight` once for every distinct term of `text`.
    private mutating func addOnce(_ text: String, weight: Int, newField: Bool = true) {
        let weight = Int32(weight)
        count(text, newField: newField) { state, isNewInField in
            if isNewInField { state.fieldWeight += weight }
        }
    }

    /// Calls `update` for every term occurrence in `text` with the term's state and whether this is the
    /// first occurrence in the current field (a new field starts unless `newField` is false).
    @inline(__always)
    private mutating func count(_ text: String, newField: Bool = true, _ update: (inout TermState, Bool) -> Void) {
        if newField { field += 1 }
        ids.removeAll(keepingCapacity: true)
        cache.appendTerms(of: text, to: &ids)
        if states.count < cache.terms.count {
            states.append(contentsOf: repeatElement(TermState(), count: cache.terms.count - states.count))
        }
        let document = document, field = field
        ids.withUnsafeBufferPointer { ids in
            states.withUnsafeMutableBufferPointer { states in
                for term in ids {
                    let index = Int(term)
                    if states[index].document != document {
                        states[index] = TermState(document: document)
                        touched.append(term)
                    }
                    let isNewInField = states[index].field != field
                    states[index].field = field
                    update(&states[index], isNewInField)
                }
            }
        }
    }
}
