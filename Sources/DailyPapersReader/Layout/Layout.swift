/// Where the header, panes, prompt and status bar go for a terminal size.
///
/// From `sideBySideWidth` columns on, list and detail stand side by side; below it they
/// take turns, the focused one filling the body. Below `minimumWidth`×`minimumHeight`
/// only a "too small" message is drawn.
public struct Layout: Hashable, Sendable {
    public static let minimumWidth = 40
    public static let minimumHeight = 10
    public static let sideBySideWidth = 100
    /// The detail pane stops growing here: longer lines read badly.
    public static let detailMaxWidth = 100

    public let width: Int
    public let height: Int
    public let tooSmall: Bool
    public let sideBySide: Bool
    public let header: Rect
    public let list: Rect
    public let detail: Rect
    /// The column between list and detail when side by side.
    public let separator: Rect?
    public let prompt: Rect?
    public let status: Rect
    public let showsList: Bool
    public let showsDetail: Bool

    public init(width: Int, height: Int, focus: Focus, promptLine: Bool) {
        self.width = width
        self.height = height
        tooSmall = width < Self.minimumWidth || height < Self.minimumHeight
        sideBySide = width >= Self.sideBySideWidth
        header = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        prompt = promptLine ? Rect(x: 0, y: height - 2, width: width, height: 1) : nil
        let bodyHeight = max(0, height - 2 - (promptLine ? 1 : 0))
        if sideBySide {
            let detailWidth = min(Self.detailMaxWidth, width / 2)
            let listWidth = width - detailWidth - 1
            list = Rect(x: 0, y: 1, width: listWidth, height: bodyHeight)
            separator = Rect(x: listWidth, y: 1, width: 1, height: bodyHeight)
            detail = Rect(x: listWidth + 1, y: 1, width: detailWidth, height: bodyHeight)
            showsList = true
            showsDetail = true
        } else {
            list = Rect(x: 0, y: 1, width: width, height: bodyHeight)
            detail = list
            separator = nil
            showsList = focus == .list
            showsDetail = focus == .detail
        }
    }

    /// Columns for detail text: one column of margin each side.
    public var detailTextWidth: Int { max(1, detail.width - 2) }
}
