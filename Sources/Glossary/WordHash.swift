/// A hash of a lowercased word's UTF-8 bytes, taken eight bytes at a time.
///
/// The bytes are read as little-endian 64-bit chunks and each full chunk is mixed in once, so a
/// word can be hashed a byte at a time while it is decoded (`feed(_:)`) or, when it is plain
/// ASCII, from one or two loads of the text (`init(chunk:length:)`); both give the same value.
struct WordHash {
    private var mixed: UInt64 = 0x243F_6A88_85A3_08D3
    private var packed: UInt64 = 0
    private var count: UInt64 = 0

    init() {}

    /// The hash of a word given as lowercased scalars: the same as the text word it matches gets.
    init(scalars: [UInt32]) {
        for scalar in scalars { feed(scalar: scalar) }
    }

    /// The hash of a word of `length` bytes (at most 8), whose bytes are `chunk`'s low bytes.
    @inline(__always)
    init(chunk: UInt64, length: Int) {
        if length == 8 { mix(chunk) } else { packed = chunk }
        count = UInt64(length)
    }

    /// The hash of a word of `length` bytes (9 to 16): the first eight are `first`, the rest are
    /// `second`'s low bytes.
    @inline(__always)
    init(first: UInt64, second: UInt64, length: Int) {
        mix(first)
        if length == 16 { mix(second) } else { packed = second }
        count = UInt64(length)
    }

    @inline(__always)
    private mutating func mix(_ chunk: UInt64) {
        mixed = (mixed ^ chunk) &* 0x9E37_79B9_7F4A_7C15
        mixed = mixed << 29 | mixed >> 35
    }

    @inline(__always)
    mutating func feed(_ byte: UInt8) {
        packed |= UInt64(byte) << ((count & 7) << 3)
        count &+= 1
        if count & 7 == 0 {
            mix(packed)
            packed = 0
        }
    }

    /// Feeds the UTF-8 encoding of `scalar`.
    @inline(__always)
    mutating func feed(scalar value: UInt32) {
        if value < 0x80 {
            feed(UInt8(value))
        } else if value < 0x800 {
            feed(UInt8(0xC0 | value >> 6))
            feed(UInt8(0x80 | value & 0x3F))
        } else if value < 0x10000 {
            feed(UInt8(0xE0 | value >> 12))
            feed(UInt8(0x80 | value >> 6 & 0x3F))
            feed(UInt8(0x80 | value & 0x3F))
        } else {
            feed(UInt8(0xF0 | value >> 18))
            feed(UInt8(0x80 | value >> 12 & 0x3F))
            feed(UInt8(0x80 | value >> 6 & 0x3F))
            feed(UInt8(0x80 | value & 0x3F))
        }
    }

    /// A cheaper hash of the same bytes, 16 bits (one multiply), for a filter in front of `value`.
    @inline(__always)
    var filterBits: Int {
        Int(truncatingIfNeeded: (((mixed ^ packed) &+ count) &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    /// The hash of the bytes fed so far (the murmur3 finaliser over the state).
    @inline(__always)
    var value: UInt64 {
        var x = mixed ^ packed ^ (count << 56)
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}
