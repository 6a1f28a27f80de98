/// A calendar day as it appears in a digest heading, packed as `yyyymmdd` so that
/// comparing two days is comparing two integers.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// `year * 10000 + month * 100 + day`.
    public let packed: Int32

    /// Not a day: what an empty `AppearanceList` holds. Every real day packs above 0.
    static let none = Day(unchecked: 0)

    private init(unchecked packed: Int32) { self.packed = packed }

    /// Where a range open at one end (`day:2024..`) stops: the first and last days there are.
    public static let earliest = Day(unchecked: 1_01_01)
    public static let latest = Day(unchecked: 9999_12_31)

    /// A day that exists in the proleptic Gregorian calendar, or nil (`2024-02-30`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        packed = Int32(year * 10000 + month * 100 + day)
    }

    /// The day packed as `packed` is, if it is one (a cache's column).
    init?(packed: Int32) {
        self.init(year: Int(packed) / 10000, month: Int(packed) / 100 % 100, day: Int(packed) % 100)
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(_ text: Substring) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = Day.number(bytes[0..<4]), let m = Day.number(bytes[5..<7]),
              let d = Day.number(bytes[8..<10]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public init?(_ text: String) { self.init(text[...]) }

    public var year: Int { Int(packed) / 10000 }
    public var month: Int { Int(packed) / 100 % 100 }
    public var day: Int { Int(packed) % 100 }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: Day, b: Day) -> Bool { a.packed < b.packed }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func number<C: Collection>(_ digits: C) -> Int? where C.Element == UInt8 {
        var n = 0
        for b in digits {
            guard b >= 0x30, b <= 0x39 else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return n
    }
}
