import Glibc

extension String {
    /// Replaces every occurrence of `target` by `replacement`, comparing UTF-8 bytes. Foundation's
    /// `replacingOccurrences` bridges through CFString and showed up as 15% of a build's profile.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, let first = byteRanges(of: target).first else { return self }
        var bytes = Array(utf8)
        let needle = Array(target.utf8), substitute = Array(replacement.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        var index = 0
        var next: Int? = first.lowerBound
        while let start = next {
            result.append(contentsOf: bytes[index..<start])
            result.append(contentsOf: substitute)
            index = start + needle.count
            next = Self.find(needle, in: bytes, from: index)
        }
        result.append(contentsOf: bytes[index...])
        bytes = []
        return String(decoding: result, as: UTF8.self)
    }

    /// The UTF-8 offset of the first `target` in the string, if any.
    public func utf8Offset(of target: String) -> Int? {
        byteRanges(of: target, limit: 1).first?.lowerBound
    }

    /// The UTF-8 offsets of every `target` in the string, not overlapping, in order.
    public func utf8Ranges(of target: String) -> [Range<Int>] {
        byteRanges(of: target, limit: .max)
    }

    /// True when `target` occurs in the string (byte comparison, no Foundation).
    public func containsBytes(_ target: String) -> Bool {
        !byteRanges(of: target, limit: 1).isEmpty
    }

    private func byteRanges(of target: String, limit: Int = 1) -> [Range<Int>] {
        let needle = Array(target.utf8)
        var found: [Range<Int>] = []
        var copy = self
        copy.withUTF8 { buffer in
            var start = 0
            while found.count < limit, let hit = Self.find(needle, in: buffer, from: start) {
                found.append(hit..<(hit + needle.count))
                start = hit + needle.count
            }
        }
        return found
    }

    /// The offset of the first `needle` in `haystack` at or after `start`. Candidates are found with
    /// the C library's vectorised `memchr` for the needle's least common byte and checked with
    /// `memcmp`. (A byte-by-byte loop was a visible part of large builds, and so was `memchr` for the
    /// first byte: most needles here start with a space or `<`, which every line of HTML has.)
    private static func find<C: RandomAccessCollection>(_ needle: [UInt8], in haystack: C, from start: Int) -> Int?
    where C.Element == UInt8, C.Index == Int {
        guard !needle.isEmpty, start >= 0, haystack.count - start >= needle.count else { return nil }
        let anchor = anchorIndex(of: needle)
        let found: Int?? = haystack.withContiguousStorageIfAvailable { buffer in
            needle.withUnsafeBytes { pattern -> Int? in
                guard let base = buffer.baseAddress else { return nil }
                var position = start
                let last = buffer.count - needle.count
                while position <= last {
                    guard let hit = memchr(base + position + anchor, Int32(needle[anchor]), last - position + 1) else { return nil }
                    let offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit)) - anchor
                    if memcmp(base + offset, pattern.baseAddress!, needle.count) == 0 { return offset }
                    position = offset + 1
                }
                return nil
            }
        }
        if let found { return found }
        return Array(haystack).withUnsafeBufferPointer { find(needle, in: $0, from: start) }
    }

    /// The needle's first byte that HTML and Dutch text have least often: not a space, a lower-case
    /// letter or a character of markup, when it has one.
    private static func anchorIndex(of needle: [UInt8]) -> Int {
        needle.firstIndex { !commonBytes[Int($0)] } ?? 0
    }

    private static let commonBytes: [Bool] = (0...255).map { byte in
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(UInt8(byte)) || " \n<>\"=/-".utf8.contains(UInt8(byte))
    }
}
