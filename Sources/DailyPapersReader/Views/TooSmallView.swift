/// What is drawn instead of the reader when the terminal is too small to read in.
enum TooSmallView {
    static func draw(width: Int, height: Int, keyMap: KeyMap = KeyMap(), into canvas: inout Canvas) {
        let quit = keyMap.labels(for: .quit).first.map { "(\($0) quits)" } ?? "(Ctrl-c quits)"
        let lines = [
            "Terminal too small",
            "\(width)×\(height), needs \(Layout.minimumWidth)×\(Layout.minimumHeight)",
            quit,
        ]
        let top = max(0, (height - lines.count) / 2)
        for (k, line) in lines.enumerated() where top + k < height {
            let text = StyledText(line, style: k == 0 ? .heading : [])
            let shown = text.truncated(to: width)
            canvas.put(shown, x: max(0, (width - shown.width) / 2), y: top + k, limit: width)
        }
    }
}
