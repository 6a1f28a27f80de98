/// Which days a synthetic corpus has, how many papers each, and which paper each heading
/// names. Every answer is a pure function of the seed and the day (and paper) number, so
/// that days can be generated in any order, in parallel, and still give the same bytes.
struct CorpusPlan {
    let seed: UInt64
    /// Paper headings in the whole corpus (a few re-feature earlier papers, so slightly
    /// fewer distinct papers load).
    let headings: Int
    /// Papers per day, in day order; the last day may be cut short to hit `headings`.
    let perDay: [Int]

    /// The first day: the oldest real digests are from late 2023; later sizes run on into
    /// the future, which the reader does not mind.
    static let firstDay = CivilDate(year: 2023, month: 11, day: 20)

    init(seed: UInt64, headings: Int) {
        self.seed = seed
        self.headings = headings
        var perDay: [Int] = []
        var total = 0
        var day = 0
        while total < headings {
            let n = min(Self.naturalCount(seed: seed, day: day), headings - total)
            perDay.append(n)
            total += n
            day += 1
        }
        self.perDay = perDay
    }

    /// 20 to 60 papers a day.
    static func naturalCount(seed: UInt64, day: Int) -> Int {
        var r = SeededRandom(seed: seed, day, -1)
        return r.int(20...60)
    }

    func date(ofDay day: Int) -> CivilDate { Self.firstDay.adding(days: day) }

    /// What the `k`th heading of `day` names: a fresh paper, or (about 2 %) a paper
    /// featured up to 20 days before, under a slightly different title.
    func paper(day: Int, k: Int) -> PaperIdentity {
        var r = SeededRandom(seed: seed, day, 1_000 + k)
        if day > 0 && r.chance(0.02) {
            let earlier = day - r.int(1...min(20, day))
            let original = paper(day: earlier, k: r.int(0...(perDay[earlier] - 1)))
            return PaperIdentity(id: original.id, title: SyntheticText.retitled(original.title), refeatured: true)
        }
        return PaperIdentity(id: freshID(day: day, k: k, &r), title: SyntheticText.title(&r), refeatured: false)
    }

    /// New-style `YYMM.DDKKK` ids, unique per (day, k); one in 200 is an old-style id.
    private func freshID(day: Int, k: Int, _ r: inout SeededRandom) -> String {
        let d = date(ofDay: day)
        let yymm = pad(d.year % 100, 2) + pad(d.month, 2)
        if r.chance(0.005) {
            let archive = ["hep-th", "cs", "math", "astro-ph"][d.day % 4]
            return "\(archive)/\(yymm)\(pad((d.day / 4) * 60 + k, 3))"
        }
        return "\(yymm).\(pad(d.day * 100 + k, 5))"
    }
}

struct PaperIdentity {
    let id: String
    let title: String
    let refeatured: Bool
}

/// Zero-padded decimal.
func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

/// A proleptic Gregorian date, enough for laying out `YYYY/MM/DD.md`.
struct CivilDate {
    let year: Int, month: Int, day: Int

    var text: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }

    func adding(days n: Int) -> CivilDate { Self(serial: serial + n) }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    var serial: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }

    init(serial: Int) {
        let z = serial + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }
}
