/// What documents gain from the compounds they write (`SearchIndex.compoundParts`), in document order:
/// each part weighs at least half the compound's weight (the most over its compounds), at least 1. A page
/// with a heading 'Aanpak van moslimdiscriminatie' is about 'moslim' however seldom it writes the word
/// alone. Only parts a document does not write on its own make new postings (`terms`); the others raise
/// the weight of its own posting (`raised`).
struct PartPostings {
    /// Term ids and weights of the new postings, document after document, by term id within one.
    private(set) var terms: [Int] = []
    private(set) var weights: [Int] = []
    /// Where each document's new postings end in `terms`.
    private var ends: [Int] = []
    /// The own postings whose weight a compound raises: document, term id and the new weight.
    private(set) var raised: [(document: Int, term: Int, weight: Int)] = []

    /// `weights` and `globalIDs` as `SearchIndex` merges them; `parts` per term id (empty: not split).
    init(weights chunks: [TermWeigher.Weights], globalIDs: [[Int]], parts: [[Int]], termCount: Int,
         bodyLengths: [Int], averageBodyLength: Double) {
        guard parts.contains(where: { !$0.isEmpty }) else {
            ends = [Int](repeating: 0, count: bodyLengths.count)
            return
        }
        // Per term: the last document that wrote it and its own weight there; the last document a
        // compound gave it weight in, and that weight.
        var ownIn = [Int](repeating: -1, count: termCount)
        var ownWeight = [Int](repeating: 0, count: termCount)
        var partIn = [Int](repeating: -1, count: termCount)
        var partWeight = [Int](repeating: 0, count: termCount)
        var touched: [Int] = []
        var document = 0
        for (chunk, chunkWeights) in chunks.enumerated() {
            let global = globalIDs[chunk]
            var start = 0
            for end in chunkWeights.ends {
                let pairs = chunkWeights.pairs[start..<end]
                let hasCompound = pairs.contains { global[$0.id] < parts.count && !parts[global[$0.id]].isEmpty }
                if hasCompound {
                    for pair in pairs {
                        let id = global[pair.id]
                        ownIn[id] = document
                        ownWeight[id] = SearchFieldWeight.postingWeight(
                            packed: pair.weight, bodyLength: bodyLengths[document], averageBodyLength: averageBodyLength)
                    }
                    touched.removeAll(keepingCapacity: true)
                    for pair in pairs {
                        let id = global[pair.id]
                        guard id < parts.count, !parts[id].isEmpty else { continue }
                        let half = max(1, (ownWeight[id] + 1) / 2)
                        for part in parts[id] {
                            if partIn[part] != document {
                                partIn[part] = document
                                partWeight[part] = 0
                                touched.append(part)
                            }
                            partWeight[part] = max(partWeight[part], half)
                        }
                    }
                    touched.sort()
                    for part in touched {
                        if ownIn[part] != document {
                            terms.append(part)
                            weights.append(partWeight[part])
                        } else if partWeight[part] > ownWeight[part] {
                            raised.append((document: document, term: part, weight: partWeight[part]))
                        }
                    }
                }
                ends.append(terms.count)
                start = end
                document += 1
            }
        }
    }

    /// The indices in `terms` and `weights` of `document`'s new postings.
    func range(of document: Int) -> Range<Int> {
        (document == 0 ? 0 : ends[document - 1])..<ends[document]
    }
}
