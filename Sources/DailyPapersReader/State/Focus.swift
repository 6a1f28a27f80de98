/// Which pane the movement keys act on.
public enum Focus: Hashable, Sendable {
    case list, detail
}
