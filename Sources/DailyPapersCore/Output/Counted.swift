/// `1 paper`, `2 papers`: a number and its noun, which agree. The nouns said here all take
/// an `s`.
public func counted(_ n: Int, _ noun: String) -> String {
    "\(n) \(noun)\(n == 1 ? "" : "s")"
}
