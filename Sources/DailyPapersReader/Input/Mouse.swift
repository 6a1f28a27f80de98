/// A mouse action at a cell.
public struct Mouse: Hashable, Sendable {
    public enum Action: Hashable, Sendable { case click, wheelUp, wheelDown }
    public var action: Action
    public var at: Point
    public init(_ action: Action, x: Int, y: Int) { self.action = action; at = Point(x: x, y: y) }
}
