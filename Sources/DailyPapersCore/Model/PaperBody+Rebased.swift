#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension PaperBody {
    /// Appends this record's words to `words` in `PaperBody`'s layout, with its authors and
    /// summary at `authorsAt` and `summaryAt` of a shared text, its title of `titleLength`
    /// bytes before them, and its labels and links copied to `bytes`; returns where its
    /// words start. Names and bullets are split at their separators where that finds
    /// them (`split`); a label already in `labels` (a chunk's papers use a handful:
    /// `What's New`, …) is not copied again, and a thumbnail on the usual host keeps only
    /// its id (`templated`).
    func rebased(titleLength: Int, authorsAt: Int, summaryAt: Int, into bytes: inout [UInt8], _ words: inout [UInt32],
                 labels: inout [ArraySlice<UInt8>: UInt32]) -> Int {
        let start = words.count
        let names = authorRanges, bullets = bulletRanges
        let splitNames = withText { Self.cutOnlyAtJoins(names, in: $0, separator: Self.comma) }
        words.append(UInt32(authorsAt))
        words.append(UInt32(authorsRange.count))
        words.append(UInt32(names.count) | (splitNames ? Self.split : 0))
        if !splitNames { for r in names { words.append(UInt32(r.count)) } }

        var splitBullets = withText { Self.cutOnlyAtJoins(bullets, in: $0, separator: Self.newline) }
        for k in bullets.indices where splitBullets {
            let (level, _, labelLength) = bulletParts(k)
            splitBullets = (0...0xFFFF).contains(level) && labelLength <= 0xFFFF
        }
        words.append(UInt32(summaryAt))
        words.append(UInt32(summaryRange.count))
        words.append(UInt32(bullets.count) | (splitBullets ? Self.split : 0))
        for (k, r) in bullets.enumerated() {
            let (level, labelAt, labelLength) = bulletParts(k)
            var label = Self.none
            if labelAt != Self.none {
                let text = store.bytes[Int(labelAt)..<Int(labelAt) + labelLength]
                label = labels[text] ?? {
                    labels[text] = UInt32(bytes.count)
                    bytes.append(contentsOf: text)
                    return labels[text]!
                }()
            }
            if splitBullets {
                words.append(UInt32(level) | UInt32(labelLength) << 16)
                words.append(label)
            } else {
                let l = UInt64(bitPattern: Int64(level))
                words.append(UInt32(r.count))
                words.append(UInt32(truncatingIfNeeded: l))
                words.append(UInt32(truncatingIfNeeded: l >> 32))
                words.append(label)
                words.append(UInt32(labelLength))
            }
        }

        let w = store.words, links = linksAt
        // An offset and a length, `none` when absent; a templated length keeps its mark.
        func link(_ offset: UInt32, _ length: UInt32) {
            words.append(offset)
            words.append(length)
        }
        func copy(_ k: Int) {
            guard w[k] != Self.none else { return link(Self.none, 0) }
            let from = Int(w[k])
            link(UInt32(bytes.count), w[k + 1])
            bytes.append(contentsOf: store.bytes[from..<from + Int(w[k + 1] & ~Self.templated)])
        }
        if w[links] != Self.none, w[links + 1] & Self.templated == 0,
           let id = Self.templatePart(of: store.bytes[Int(w[links])..<Int(w[links]) + Int(w[links + 1])]) {
            link(UInt32(bytes.count), UInt32(id.count) | Self.templated)
            bytes.append(contentsOf: id)
        } else {
            copy(links)
        }
        copy(links + 2)
        words.append(UInt32(titleLength))
        return start
    }

    /// Whether cutting the text at each separator finds `ranges` (consecutive pieces
    /// joined by it): true when none but the last holds the separator, and there are
    /// fewer pieces than the mark `split`.
    static func cutOnlyAtJoins(_ ranges: [Range<Int>], in text: UnsafeBufferPointer<UInt8>, separator: [UInt8]) -> Bool {
        ranges.count < Int(split) && ranges.dropLast().allSatisfy { separatorAt($0, in: text, separator: separator) == nil }
    }

    /// What lies between `thumbnailHost` and `thumbnailEnd` in `link`, if it has both.
    static func templatePart(of link: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let host = hostBytes, tail = endBytes
        guard link.count >= host.count + tail.count,
              link.withUnsafeBufferPointer({ l in
                  memcmp(l.baseAddress!, host, host.count) == 0
                      && memcmp(l.baseAddress! + l.count - tail.count, tail, tail.count) == 0
              }) else { return nil }
        return link.dropFirst(host.count).dropLast(tail.count)
    }

    private static let hostBytes = Array(thumbnailHost.utf8), endBytes = Array(thumbnailEnd.utf8)
}
