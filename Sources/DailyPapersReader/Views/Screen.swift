/// Draws the whole reader state into a canvas of the terminal's size.
public enum Screen {
    public static func render(_ state: ReaderState) -> Canvas {
        var canvas = Canvas(width: state.width, height: state.height)
        let layout = state.layout
        if layout.tooSmall {
            TooSmallView.draw(width: state.width, height: state.height, keyMap: state.keyMap, into: &canvas)
            return canvas
        }
        HeaderView.draw(state, in: layout.header, into: &canvas)
        if layout.showsList { ListView.draw(state, in: layout.list, into: &canvas) }
        if let sep = layout.separator {
            for y in sep.y..<sep.maxY { canvas.put("│", x: sep.x, y: y, style: .dim) }
        }
        if layout.showsDetail { DetailView.draw(state, in: layout.detail, into: &canvas) }
        if let prompt = layout.prompt { PromptView.draw(state, in: prompt, into: &canvas) }
        StatusView.draw(state, in: layout.status, into: &canvas)
        switch state.overlay {
        case .help(let top): HelpView.draw(top: top, keyMap: state.keyMap, into: &canvas)
        case .dayPicker(let picker): DayPickerView.draw(picker, into: &canvas)
        case .none, .search, .minimumVotes, .note: break
        }
        return canvas
    }
}
