/// A short, stable name for a file's bytes (64-bit FNV-1a), for cache-busting file references.
///
/// Not Swift's `Hasher`: that one is seeded per process, and a build must give the same bytes every time.
/// Not for security: anyone can make two inputs with the same hash.
public enum ContentHash {
    /// The hash of `bytes`.
    public static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        // Through a buffer pointer: a generic or bounds-checked loop over megabytes of index was a
        // visible part of a large build.
        bytes.withUnsafeBufferPointer { buffer in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in buffer {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            return hash
        }
    }

    /// The first `length` hexadecimal digits (at most 16) of the hash of `bytes`.
    public static func hex(_ bytes: [UInt8], length: Int = 8) -> String {
        let digits = String(fnv1a(bytes), radix: 16)
        return String((String(repeating: "0", count: 16 - digits.count) + digits).prefix(length))
    }
}
