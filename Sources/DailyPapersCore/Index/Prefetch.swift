/// Asks the CPU to start loading a cache line that the scan will read soon.
///
/// Confirming a needle that most papers hold reads a few hundred bytes at each paper's
/// summary, and each such first read waited for memory in turn: `perf` put two thirds of
/// the scan's time on that one load. Loading the papers a few places ahead while the
/// current one is compared keeps several of those waits in flight at once. Swift has no
/// prefetch of its own; this names LLVM's intrinsic, which the compiler lowers to one
/// instruction (`prefetcht0` on x86, `prfm` on ARM).
@_silgen_name("llvm.prefetch.p0")
private func llvmPrefetch(_ address: UnsafeRawPointer, _ write: Int32, _ locality: Int32, _ dataCache: Int32)

@inline(__always)
func prefetch(_ address: UnsafeRawPointer) {
    llvmPrefetch(address, 0, 3, 1)
}
