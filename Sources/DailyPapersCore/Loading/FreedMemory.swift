#if canImport(Glibc)
import Glibc
#endif

/// Hands memory freed in bulk back to the system.
///
/// glibc keeps freed blocks of less than 128 KB in its heaps, resident, for later small
/// allocations; the index's large arrays come from fresh mappings instead. So the 140 MB
/// of per-file text that a catalog frees once its index holds the text (at 100,000 papers)
/// stayed resident beside the index, and the peak rose instead of falling. `malloc_trim`
/// returns those pages. It is not in Swift's Glibc module, hence the lookup.
public enum FreedMemory {
    public static func giveBack() {
        #if canImport(Glibc)
        _ = trim?(0)
        #endif
    }

    #if canImport(Glibc)
    private typealias Trim = @convention(c) (Int) -> Int32
    private static let trim: Trim? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim")
        .map { unsafeBitCast($0, to: Trim.self) }
    #endif
}
