#if canImport(Glibc)
import Glibc
#endif

/// Hands memory freed in bulk back to the system.
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

    /// Keeps every block of 128 KB or more in a mapping of its own, returned whole when
    /// freed; called first thing by a program that loads catalogs.
    ///
    /// By default glibc raises that threshold each time such a block is freed, to the
    /// block's size (up to 32 MB), so that after a catalog's first build freed its scratch,
    /// later arrays of up to 32 MB came from the heaps, where what they free stays resident
    /// among blocks still in use. A reload in the reader (`r`, a fetch) then peaked at
    /// 380–391 MB at 100,000 papers where the first start had peaked at 357 MB; with the
    /// threshold fixed, 355 MB, and the first start's own peak 2 MB lower.
    public static func mapLargeBlocks() {
        #if canImport(Glibc)
        // M_MMAP_THRESHOLD, from malloc.h.
        _ = option?(-3, 128 << 10)
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
