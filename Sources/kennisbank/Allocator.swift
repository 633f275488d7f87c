import CMimalloc

/// The process allocator. `kennisbank` links mimalloc, which takes over malloc and free for the
/// whole process (Swift objects, cmark-gfm trees, libyaml). On a 10,000-page build glibc's
/// allocator spent 15% of the CPU time searching its bins (`_int_malloc`), as the heap holds all
/// parsed pages; with mimalloc the build takes about a sixth less CPU at the same peak memory
/// (docs/benchmark.md).
enum Allocator {
    /// The mimalloc version in use, e.g. 209 for 2.0.9. Calling it also keeps the linker from
    /// dropping the library as unused.
    static var mimallocVersion: Int { Int(mi_version()) }
}
