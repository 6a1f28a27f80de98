#if canImport(Glibc)
import Glibc
#endif

/// Hands memory freed in bulk back to the system, and sets how the allocator keeps it.
///
/// glibc keeps freed blocks of less than 128 KB in its heaps, resident, for later small
/// allocations; the index's large arrays come from fresh mappings instead. So the 140 MB
/// of per-file text that a catalog frees once its index holds the text (at 100,000 papers)
/// stayed resident beside the index, and the peak rose instead of falling. `malloc_trim`
/// returns those pages. Neither it nor `mallopt` is in Swift's Glibc module, hence the lookups.
public enum FreedMemory {
    public static func giveBack() {
        #if canImport(Glibc)
        _ = trim?(0)
        #endif
    }

    /// While a catalog is built: every block of 128 KB or more in a mapping of its own,
    /// returned whole when freed, and freed heap returned above 128 KB (glibc's first
    /// settings, which it gives up after the first large block is freed).
    ///
    /// Left to itself glibc raises the mapping threshold to the size of each mapped block
    /// freed (up to 32 MB), so that once a first build had freed its scratch, a second
    /// one's arrays of up to 32 MB came from the heaps, where what they freed stayed
    /// resident among blocks in use: the reader's reload from the index cache peaked 6–10 %
    /// above its first start at 100,000 papers (VmHWM 378,972–391,164 KiB against about
    /// 356,600; with this, 354,528–356,228).
    public static func forBuilding() {
        set(mappedFrom: 128 << 10, trimmedAbove: 128 << 10)
    }

    /// Once built, while it is searched: blocks of up to 32 MB from the heaps, and up to
    /// 64 MB of freed heap kept, where glibc's own adjustment would have come to. Each
    /// search's arrays (a million hits are 12 MB) then reuse pages already there; mapped
    /// afresh they doubled the time of searches that list most papers (`모델` at 100,000
    /// papers 0.98 → 1.81 ms p50).
    public static func forSearching() {
        set(mappedFrom: 32 << 20, trimmedAbove: 64 << 20)
    }

    private static func set(mappedFrom mapped: Int32, trimmedAbove trimmed: Int32) {
        #if canImport(Glibc)
        // M_MMAP_THRESHOLD and M_TRIM_THRESHOLD, from malloc.h.
        _ = option?(-3, mapped)
        _ = option?(-1, trimmed)
        #endif
    }

    #if canImport(Glibc)
    private typealias Trim = @convention(c) (Int) -> Int32
    private static let trim: Trim? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim")
        .map { unsafeBitCast($0, to: Trim.self) }
    private typealias Option = @convention(c) (Int32, Int32) -> Int32
    private static let option: Option? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt")
        .map { unsafeBitCast($0, to: Option.self) }
    #endif
}
