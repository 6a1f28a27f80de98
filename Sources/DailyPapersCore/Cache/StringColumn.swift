/// Strings kept end to end in one array of bytes, with where each ends: two arrays in a
/// cache file however many strings there are.
struct StringColumn {
    private(set) var bytes: [UInt8] = []
    private(set) var ends: [UInt64] = []

    init() {}

    var count: Int { ends.count }

    mutating func add(_ s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
        ends.append(UInt64(bytes.count))
    }

    mutating func add(bytes more: [UInt8]) {
        bytes.append(contentsOf: more)
        ends.append(UInt64(bytes.count))
    }

    func write(to w: inout CacheWriter) throws {
        try w.write(bytes)
        try w.write(ends)
    }

    init(from r: inout CacheReader) throws {
        bytes = try r.array()
        ends = try r.array()
        var last: UInt64 = 0
        for end in ends {
            guard end >= last, end <= UInt64(bytes.count) else { throw CacheFailure("holds a damaged string table") }
            last = end
        }
    }

    func string(_ k: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range(k)]), as: UTF8.self) }
    }

    func bytes(_ k: Int) -> [UInt8] { Array(bytes[range(k)]) }

    private func range(_ k: Int) -> Range<Int> { (k == 0 ? 0 : Int(ends[k - 1]))..<Int(ends[k]) }
}
