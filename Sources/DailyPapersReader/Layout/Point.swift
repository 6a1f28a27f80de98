/// A cell position: column `x`, row `y`, both from 0.
public struct Point: Hashable, Sendable {
    public var x: Int, y: Int
    public init(x: Int, y: Int) { self.x = x; self.y = y }
}
