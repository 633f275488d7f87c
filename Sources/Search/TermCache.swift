import Foundation

/// Remembers the terms of each raw word and numbers the terms: a site has thousands of distinct words
/// but millions of occurrences, and stemming is the expensive part.
///
/// Keyed on the raw word's bytes (see `SearchTokenizer.forEachRawWord`) in an open-addressing table, so a
/// known word costs a hash and a byte compare: no String, no folding, no Dictionary<String, …>. Terms are
/// small integers (`TermID`) so that weighing a document can use arrays instead of dictionaries; `terms`
/// turns them back into strings. One cache per thread: ids are only meaningful within one cache.
struct TermCache {
    /// A term's place in `terms`.
    typealias TermID = Int32

    /// Where words this cache has not seen yet get their term, possibly from another thread's work.
    let memo: SharedTermMemo
    /// The term of each id, in the order first seen.
    private(set) var terms: [String] = []
    private var termIDs: [String: TermID] = [:]

    /// One known raw word: its first 16 bytes (zero-padded), where the rest is in `keyTails`, and where its
    /// terms are in `wordTerms`. Kept in the hash table itself, 32 bytes, so a lookup usually touches one
    /// cache line and, as most words fit in 16 bytes, needs no memcmp.
    private struct Slot {
        var head0: UInt64 = 0
        var head1: UInt64 = 0
        var hash: UInt32 = 0
        var tailStart: Int32 = 0
        var termStart: Int32 = 0
        var termCount: UInt16 = 0
        /// 0 for a free slot: words are never empty.
        var keyCount: UInt16 = 0
    }
    /// Open addressing with linear probing, at most half full so probes stay short and end at a free slot.
    private var slots = [Slot](repeating: Slot(), count: 1 << 12)
    private var used = 0
    private var keyTails: [UInt8] = []
    private var wordTerms: [TermID] = []
    /// Per entry of `wordTerms` that is a one-term word: how often the word occurred, so that a term can
    /// be shown in the form readers write most ('Bedoelde je: toeslagenaffaire?', not '…affair').
    private var occurrences: [Int32] = []
    /// Longer words (a pasted hash or URL) are rare, so they are not cached; it keeps `keyCount` small.
    private static let longestCachedWord = 256

    init(memo: SharedTermMemo) { self.memo = memo }

    /// Appends the id of every term of `text` to `ids`, in order, with repeats.
    mutating func appendTerms(of text: String, to ids: inout [TermID]) {
        SearchTokenizer.withUTF8(of: text) { utf8 in
            SearchTokenizer.forEachRawWord(in: utf8) { raw, needsFolding in
                // A lone ASCII letter never makes a term; skipping it here saves a lookup per "s" of "auto's".
                if raw.count == 1 && !needsFolding && !SearchTokenizer.isDigit(Unicode.Scalar(raw[0])) { return }
                guard raw.count <= TermCache.longestCachedWord else {
                    SearchTokenizer.forEachFoldedWord(ofRawWord: raw, needsFolding: needsFolding) { word in
                        if let term = memo.term(for: word) { ids.append(id(of: term)) }
                    }
                    return
                }
                let (start, count) = terms(ofRawWord: raw, needsFolding: needsFolding)
                if count == 1 {
                    ids.append(wordTerms[start])
                    occurrences[start] &+= 1
                } else if count > 1 {
                    ids.append(contentsOf: wordTerms[start..<start + count])
                }
            }
        }
    }

    /// Where in `wordTerms` the terms of a raw word are, worked out (folded, stemmed and the terms
    /// numbered) the first time the word is seen.
    private mutating func terms(ofRawWord raw: UnsafeBufferPointer<UInt8>, needsFolding: Bool) -> (Int, Int) {
        let word = UnsafeRawPointer(raw.baseAddress!)
        let count = raw.count
        let head0 = TermCache.load(word, count: count)
        let head1 = count > 8 ? TermCache.load(word + 8, count: count - 8) : 0
        let hash = TermCache.hash(word, count: count, head0: head0, head1: head1)
        let mask = slots.count - 1
        var index = Int(hash) & mask
        let found: (Int, Int)? = slots.withUnsafeBufferPointer { slots in
            while slots[index].keyCount != 0 {
                let slot = slots[index]
                if slot.hash == hash && slot.head0 == head0 && slot.head1 == head1 && Int(slot.keyCount) == count
                    && (count <= 16 || keyTails.withUnsafeBufferPointer {
                        memcmp($0.baseAddress! + Int(slot.tailStart), word + 16, count - 16) == 0
                    }) {
                    return (Int(slot.termStart), Int(slot.termCount))
                }
                index = (index + 1) & mask
            }
            return nil
        }
        if let found { return found }
        let termStart = wordTerms.count
        SearchTokenizer.forEachFoldedWord(ofRawWord: raw, needsFolding: needsFolding) { word in
            if let term = memo.term(for: word) { wordTerms.append(id(of: term)) }
        }
        occurrences.append(contentsOf: repeatElement(0, count: wordTerms.count - occurrences.count))
        slots[index] = Slot(head0: head0, head1: head1, hash: hash, tailStart: Int32(keyTails.count),
                            termStart: Int32(termStart), termCount: UInt16(wordTerms.count - termStart),
                            keyCount: UInt16(count))
        if count > 16 { keyTails.append(contentsOf: raw[16...]) }
        used += 1
        if used * 2 > slots.count { grow() }
        return (termStart, wordTerms.count - termStart)
    }

    /// A written form of a term's word and how often it occurred.
    struct SurfaceForm: Sendable {
        var term: TermID
        /// The word as written, lowercased: "toeslagenaffaire" for the term "toeslagenaffair".
        var form: String
        var count: Int
    }

    /// Every cached word that makes exactly one term, with its term and number of occurrences.
    func surfaceForms() -> [SurfaceForm] {
        var forms: [SurfaceForm] = []
        for slot in slots where slot.keyCount != 0 && slot.termCount == 1 && occurrences[Int(slot.termStart)] > 0 {
            var bytes: [UInt8] = []
            let count = Int(slot.keyCount)
            for k in 0..<min(count, 16) {
                bytes.append(UInt8(truncatingIfNeeded: (k < 8 ? slot.head0 >> (8 * k) : slot.head1 >> (8 * (k - 8)))))
            }
            if count > 16 { bytes += keyTails[Int(slot.tailStart)..<Int(slot.tailStart) + count - 16] }
            let form = String(decoding: bytes, as: UTF8.self).lowercased().precomposedStringWithCanonicalMapping
            forms.append(SurfaceForm(term: wordTerms[Int(slot.termStart)], form: form,
                                     count: Int(occurrences[Int(slot.termStart)])))
        }
        return forms
    }

    private mutating func id(of term: String) -> TermID {
        if let known = termIDs[term] { return known }
        let id = TermID(terms.count)
        terms.append(term)
        termIDs[term] = id
        return id
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        let mask = slots.count - 1
        for slot in old where slot.keyCount != 0 {
            var index = Int(slot.hash) & mask
            while slots[index].keyCount != 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
    }

    /// The `count` bytes at `bytes` (at most 8 of them) as one little-endian number, zero-padded. Reads
    /// 8 bytes: `SearchTokenizer.forEachRawWord` pads its words for this.
    @inline(__always)
    static func load(_ bytes: UnsafeRawPointer, count: Int) -> UInt64 {
        let value = UInt64(littleEndian: bytes.loadUnaligned(as: UInt64.self))
        return count >= 8 ? value : value & ((1 << (UInt64(count) &* 8)) &- 1)
    }

    /// Mixes the word 8 bytes at a time (a byte at a time was most of a lookup's cost); the low bits,
    /// used for the slot, depend on every byte.
    @inline(__always)
    static func hash(_ word: UnsafeRawPointer, count: Int, head0: UInt64, head1: UInt64) -> UInt32 {
        var hash = (head0 &* 0x9E37_79B9_7F4A_7C15) ^ (head1 &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
        var offset = 16
        while offset < count {
            hash = (hash ^ load(word + offset, count: count - offset)) &* 0x9E37_79B9_7F4A_7C15
            offset += 8
        }
        hash = (hash ^ (hash >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
