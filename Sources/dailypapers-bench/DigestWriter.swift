import Foundation

/// Writes one day's digest with every variant of the format (digest-format.md), each at a
/// steady rate so that even the 10k corpus holds all of them: the oldest layout, both
/// thumbnail hosts, every video form, unknown and missing votes, both author forms with
/// truncation, apostrophes and repeated names, nested and labelled bullets, two sections
/// under one heading, re-featured papers, odd links, and damaged files (CRLF, BOM, NFD
/// Korean, invalid UTF-8, escape sequences, a file cut off mid-paper).
struct DigestWriter {
    let plan: CorpusPlan

    /// The file's bytes for day number `day`.
    func digest(day: Int) -> [UInt8] {
        var r = SeededRandom(seed: plan.seed, day, -2)
        let date = plan.date(ofDay: day).text
        let oldLayout = day % 20 == 3
        var out: [UInt8] = []
        out.reserveCapacity(plan.perDay[day] * 1_900)
        if day % 41 == 9 { out += "# 오늘의 논문 모음\n\n일부 소개 문장은 섹션 앞에 있습니다.\n\n".utf8 }
        out += "## Daily Papers (\(date))\n\n".utf8
        let count = plan.perDay[day]
        // A publisher's second run appended under the same heading.
        let secondRunAt = day % 33 == 4 && count > 2 ? count / 2 : -1
        for k in 0..<count {
            if k == secondRunAt { out += "\n## Daily Papers (\(date))\n\n".utf8 }
            paper(plan.paper(day: day, k: k), day: day, k: k, old: oldLayout, &r, into: &out)
        }
        return damaged(out, day: day, &r)
    }

    private func paper(_ p: PaperIdentity, day: Int, k: Int, old: Bool, _ r: inout SeededRandom, into out: inout [UInt8]) {
        var pr = SeededRandom(seed: plan.seed, day, 100_000 + k)
        out += "### [\(p.title)](\(link(p.id, &pr)))\n".utf8
        if old {
            // The oldest digests: no blank lines, no thumbnail, votes or authors.
            bullets(&pr, labelled: false, blankAfter: false, into: &out)
            return
        }
        out += "\n".utf8
        let thumb = pr.int(0...99)
        if thumb < 85 {
            out += "![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/\(p.id).png)\n\n".utf8
        } else if thumb < 95 {
            out += "![](https://cdn-uploads.huggingface.co/production/uploads/\(token(&pr, 24))/\(token(&pr, 21)).png)\n\n".utf8
        }
        if pr.chance(0.1) { video(&pr, into: &out) }
        let votes = pr.int(0...99)
        if votes < 3 { out += "Vote: -\n\n".utf8 }
        else if votes < 97 {
            let u = Double(pr.next() >> 11) / Double(1 << 53)
            out += "Vote: \(Int(300 * u * u * u))\n\n".utf8
        }
        authors(&pr, into: &out)
        bullets(&pr, labelled: pr.chance(0.3), blankAfter: true, into: &out)
    }

    /// Mostly `https://arxiv.org/abs/ID`; now and then http, a version suffix or a Hugging
    /// Face page.
    private func link(_ id: String, _ r: inout SeededRandom) -> String {
        switch r.int(0...99) {
        case 0, 1: return "http://arxiv.org/abs/\(id)"
        case 2, 3: return "https://arxiv.org/abs/\(id)v2"
        case 4, 5: return "https://huggingface.co/papers/\(id)"
        default: return "https://arxiv.org/abs/\(id)"
        }
    }

    private func video(_ r: inout SeededRandom, into out: inout [UInt8]) {
        let url = "https://cdn-uploads.huggingface.co/production/uploads/\(token(&r, 24))/\(token(&r, 21)).mp4"
        out += (r.chance(0.5) ? "[Watch Video](\(url))\n" : "[Watch Video]\(url)\n").utf8
        switch r.int(0...2) {
        case 0: out += "<div><video controls src=\"\(url)\" muted=\"false\"></video></div>\n".utf8
        case 1: out += "<video src='\(url)'></video>\n".utf8
        default: break
        }
        out += "\n".utf8
    }

    private func authors(_ r: inout SeededRandom, into out: inout [UInt8]) {
        var names = SyntheticText.authorNames(&r)
        if names.count > 6 && r.chance(0.15) { names.insert("+", at: names.count - 2) }
        if r.chance(0.2) {
            // The Python list literal; a name with an apostrophe takes double quotes.
            let quoted = names.map { $0.contains("'") ? "\"\($0)\"" : "'\($0)'" }
            out += "Authors: [\(quoted.joined(separator: ", "))]\n\n".utf8
        } else {
            out += "Authors: \(names.joined(separator: ", "))\n\n".utf8
        }
    }

    private func bullets(_ r: inout SeededRandom, labelled: Bool, blankAfter: Bool, into out: inout [UInt8]) {
        if labelled {
            let stars = r.chance(0.7) ? "***" : "**"
            var labels = Vocabulary.mainLabels
            if r.chance(0.2) { labels.append(r.pick(Vocabulary.rareLabels)) }
            for label in labels {
                out += "- \(stars)\(label)\(stars): ".utf8
                SyntheticText.sentence(&r, bytes: r.int(220...420), into: &out)
                out.append(0x0A)
            }
        } else {
            let count = r.int(3...10)
            for b in 0..<count {
                out += (b > 0 && r.chance(0.08) ? "  - " : "- ").utf8
                SyntheticText.sentence(&r, bytes: r.int(110...300), into: &out)
                out.append(0x0A)
            }
        }
        if blankAfter { out.append(0x0A) }
    }

    /// Letters and digits as in upload paths.
    private func token(_ r: inout SeededRandom, _ n: Int) -> String {
        let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
        return String(decoding: (0..<n).map { _ in alphabet[r.int(0...61)] }, as: UTF8.self)
    }

    /// One file in fifty of each kind of damage real files arrive with.
    private func damaged(_ bytes: [UInt8], day: Int, _ r: inout SeededRandom) -> [UInt8] {
        switch day % 50 {
        case 7: // CRLF line endings
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 40)
            for b in bytes { if b == 0x0A { out.append(0x0D) }; out.append(b) }
            return out
        case 17: // a byte order mark
            return [0xEF, 0xBB, 0xBF] + bytes
        case 27: // Korean decomposed, as a macOS file system may hand it over
            return Array(String(decoding: bytes, as: UTF8.self).decomposedStringWithCanonicalMapping.utf8)
        case 37: // invalid UTF-8 inside a bullet
            return inserted([0xFF, 0xC3, 0x28], intoBulletOf: bytes)
        case 43: // cut off mid-paper
            return Array(bytes[0..<(bytes.count - bytes.count / 7)])
        case 47: // terminal escape sequences and a stray control character
            return inserted(Array("\u{1B}[2J\u{1B}]0;pwned\u{07}\u{01}".utf8), intoBulletOf: bytes)
        default:
            return bytes
        }
    }

    private func inserted(_ junk: [UInt8], intoBulletOf bytes: [UInt8]) -> [UInt8] {
        let marker = Array("\n- ".utf8)
        var i = bytes.count / 2
        while i + 3 < bytes.count, !(bytes[i] == marker[0] && bytes[i + 1] == marker[1] && bytes[i + 2] == marker[2]) { i += 1 }
        guard i + 3 < bytes.count else { return bytes }
        return Array(bytes[..<(i + 3)]) + junk + Array(bytes[(i + 3)...])
    }
}
