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
        /// Term ids of `terms` with their raw weight in one document (`SearchFieldWeight.packed`).
        var pairs: [WeightedID] = []
        var ends: [Int] = []
        /// Terms in the body of each document, for the length normalisation of `SearchFieldWeight`.
        var bodyLengths: [Int] = []
        /// Per term id: true when the term occurs in a title or alias (a name a reader may mistype).
        var nameTerms: [Bool] = []
        /// How often each written form of a word occurred, per term (`TermCache.surfaceForms`).
        var forms: [TermCache.SurfaceForm] = []
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
    private var nameTerms: [Bool] = []

    init(memo: SharedTermMemo) { cache = TermCache(memo: memo) }

    /// Adds one document: the fields' weights as `SearchFieldWeight` describes, with the caps applied per
    /// document; the body's length normalisation waits until every document's length is known.
    mutating func add(_ document: SearchDocument) {
        self.document += 1
        addOnce(document.title, weight: SearchFieldWeight.title, isName: true)
        // Words never span two aliases (the old code joined them with a space), so one field over all.
        field += 1
        for alias in document.aliases { addOnce(alias, weight: SearchFieldWeight.alias, newField: false, isName: true) }
        addOnce(document.summary, weight: SearchFieldWeight.summary)
        for heading in document.headings {
            count(heading.text) { state, isNewInField in
                if isNewInField { state.headingWeight += Int32(SearchFieldWeight.heading) }
            }
        }
        field += 1
        for source in document.sources { addOnce(source, weight: SearchFieldWeight.source, newField: false) }
        let bodyLength = count(document.body) { state, _ in state.bodyCount += 1 }

        let headingCap = Int32(SearchFieldWeight.headingCap)
        states.withUnsafeBufferPointer { states in
            for term in touched {
                let state = states[Int(term)]
                let fixed = Int(state.fieldWeight + min(state.headingWeight, headingCap))
                result.pairs.append(WeightedID(id: Int(term), weight: SearchFieldWeight.packed(fixed: fixed, bodyCount: Int(state.bodyCount))))
            }
        }
        touched.removeAll(keepingCapacity: true)
        result.ends.append(result.pairs.count)
        result.bodyLengths.append(bodyLength)
    }

    /// The weights of all documents added, in the order added.
    mutating func finish() -> Weights {
        result.terms = cache.terms
        result.nameTerms = nameTerms + repeatElement(false, count: max(0, cache.terms.count - nameTerms.count))
        result.forms = cache.surfaceForms()
        return result
    }

    /// Adds `weight` once for every distinct term of `text`; `isName` marks the terms as names.
    private mutating func addOnce(_ text: String, weight: Int, newField: Bool = true, isName: Bool = false) {
        let weight = Int32(weight)
        count(text, newField: newField) { state, isNewInField in
            if isNewInField { state.fieldWeight += weight }
        }
        if isName {
            if nameTerms.count < cache.terms.count {
                nameTerms.append(contentsOf: repeatElement(false, count: cache.terms.count - nameTerms.count))
            }
            for term in ids { nameTerms[Int(term)] = true }
        }
    }

    /// Calls `update` for every term occurrence in `text` with the term's state and whether this is the
    /// first occurrence in the current field (a new field starts unless `newField` is false). Returns the
    /// number of occurrences; `ids` holds them until the next call.
    @discardableResult @inline(__always)
    private mutating func count(_ text: String, newField: Bool = true, _ update: (inout TermState, Bool) -> Void) -> Int {
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
        return ids.count
    }
}
