import Foundation

/// XXH64 of some bytes: the hash an output manifest keeps per file, the fingerprint of a build's
/// inputs and the version in generated file names. Fast (eight bytes per step, four lanes) and
/// stable across processes and machines, unlike Swift's seeded `Hasher`; not meant to resist
/// someone forging collisions.
public struct ContentHash: Sendable, Hashable, CustomStringConvertible {
    /// The 64-bit value.
    public let value: UInt64

    /// Wraps a value read back from a manifest.
    public init(value: UInt64) { self.value = value }

    /// The hash of `data`.
    public init(_ data: Data) {
        value = data.withUnsafeBytes { Self.xxh64($0, seed: 0) }
    }

    /// The hash of `bytes`.
    public init(_ bytes: [UInt8]) {
        value = bytes.withUnsafeBytes { Self.xxh64($0, seed: 0) }
    }

    /// The hash of a text's UTF-8.
    public init(_ text: String) {
        var text = text
        value = text.withUTF8 { Self.xxh64(UnsafeRawBufferPointer($0), seed: 0) }
    }

    /// Sixteen lowercase hex digits.
    public var description: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Reads sixteen (or fewer) hex digits back.
    public init?(hex: Substring) {
        guard !hex.isEmpty, hex.count <= 16, let value = UInt64(hex, radix: 16) else { return nil }
        self.value = value
    }

    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    @inline(__always) private static func round(_ accumulator: UInt64, _ input: UInt64) -> UInt64 {
        rotate(accumulator &+ input &* prime2, 31) &* prime1
    }

    @inline(__always) private static func merge(_ accumulator: UInt64, _ lane: UInt64) -> UInt64 {
        (accumulator ^ round(0, lane)) &* prime1 &+ prime4
    }

    @inline(__always) private static func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 {
        (value << bits) | (value >> (64 - bits))
    }

    /// XXH64 as specified by its reference implementation (little-endian loads).
    static func xxh64(_ bytes: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        let count = bytes.count
        var offset = 0
        var hash: UInt64
        func load64(_ at: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
        func load32(_ at: Int) -> UInt64 { UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self))) }
        if count >= 32 {
            var v1 = seed &+ prime1 &+ prime2, v2 = seed &+ prime2, v3 = seed, v4 = seed &- prime1
            while offset + 32 <= count {
                v1 = round(v1, load64(offset))
                v2 = round(v2, load64(offset + 8))
                v3 = round(v3, load64(offset + 16))
                v4 = round(v4, load64(offset + 24))
                offset += 32
            }
            hash = rotate(v1, 1) &+ rotate(v2, 7) &+ rotate(v3, 12) &+ rotate(v4, 18)
            hash = merge(merge(merge(merge(hash, v1), v2), v3), v4)
        } else {
            hash = seed &+ prime5
        }
        hash = hash &+ UInt64(count)
        while offset + 8 <= count {
            hash = rotate(hash ^ round(0, load64(offset)), 27) &* prime1 &+ prime4
            offset += 8
        }
        if offset + 4 <= count {
            hash = rotate(hash ^ (load32(offset) &* prime1), 23) &* prime2 &+ prime3
            offset += 4
        }
        while offset < count {
            hash = rotate(hash ^ (UInt64(bytes[offset]) &* prime5), 11) &* prime1
            offset += 1
        }
        hash ^= hash >> 33
        hash = hash &* prime2
        hash ^= hash >> 29
        hash = hash &* prime3
        hash ^= hash >> 32
        return hash
    }
}

/// Feeds several parts into one hash, each with its length, so that ("ab", "c") and ("a", "bc")
/// differ. For fingerprints of many inputs.
public struct ContentHasher: Sendable {
    private var buffer: [UInt8] = []

    /// Creates an empty hasher.
    public init() {}

    /// Adds a text.
    public mutating func add(_ text: String) {
        add(count: text.utf8.count)
        buffer.append(contentsOf: text.utf8)
    }

    /// Adds bytes.
    public mutating func add(_ data: Data) {
        add(count: data.count)
        buffer.append(contentsOf: data)
    }

    /// Adds a number.
    public mutating func add(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { buffer.append(contentsOf: $0) }
    }

    /// Adds another hash.
    public mutating func add(_ hash: ContentHash) { add(hash.value) }

    private mutating func add(count: Int) { add(UInt64(count)) }

    /// The hash of everything added.
    public func finalize() -> ContentHash { ContentHash(buffer) }
}
