// The benchmark: see BENCHMARKS.md.
print("dailypapers-bench: not written yet")
