import CNcursesw
import DailyPapersReader

/// The ncurses screen: started once, copies canvases out (only the cells that changed),
/// and gives the terminal back as it found it.
final class CursesScreen {
    private var palette = Palette(colour: false)
    /// What the terminal shows now; nil forces a full repaint.
    private var shown: Canvas?
    private(set) var isActive = false

    /// Starts curses; a message saying why when this terminal cannot show the reader.
    @discardableResult
    func start(environment: [String: String], colors: ColorScheme = ColorScheme()) -> String? {
        TerminalLocale.configure()
        set_escdelay(25)
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty else {
            return "TERM is not set, so the terminal cannot be drawn on; set it (e.g. TERM=xterm-256color) or use 'dailypapers list'"
        }
        guard dp_start_curses() != 0 else {
            return "the terminal type '\(term)' is not known here (no terminfo entry); try TERM=xterm-256color, or use 'dailypapers list'"
        }
        guard dp_can_address_cursor() != 0 else {
            endwin()
            return "TERM=\(term) cannot move the cursor, which the reader needs; use a terminal such as TERM=xterm-256color, or 'dailypapers list'"
        }
        isActive = true
        raw()            // Ctrl-c arrives as a key; signals still come from `kill`
        noecho()
        nonl()
        keypad(dp_stdscr(), true)
        nodelay(dp_stdscr(), true)
        curs_set(0)
        mouseinterval(0)
        mousemask(dp_button1_pressed() | dp_button1_clicked() | dp_button4_pressed() | dp_button5_pressed(), nil)
        palette = Palette.start(environment: environment, colors: colors)
        return nil
    }

    /// Leaves curses mode: the alternate screen, the cursor and the tty modes are restored.
    func stop() {
        guard isActive else { return }
        isActive = false
        curs_set(1)
        endwin()
    }

    var size: (width: Int, height: Int) { (Int(dp_cols()), Int(dp_lines())) }

    /// Adopts the kernel's idea of the size after SIGWINCH.
    func resizeFromKernel() {
        var rows: Int32 = 0, cols: Int32 = 0
        if dp_window_size(1, &rows, &cols) == 0 || dp_window_size(0, &rows, &cols) == 0 {
            resize_term(rows, cols)
        }
        // The terminal reflowed or cleared what it showed: curses' copy of the screen is no
        // longer true, so the next refresh must repaint every cell, not only the changes.
        clearok(dp_curscr(), true)
        shown = nil
    }

    /// Forgets what is on screen, so that the next `draw` repaints everything (`Ctrl-l`).
    func invalidate() {
        clearok(dp_curscr(), true)
        shown = nil
    }

    func draw(_ canvas: Canvas) {
        let previous = shown.flatMap { $0.width == canvas.width && $0.height == canvas.height ? $0 : nil }
        if previous == nil { werase(dp_stdscr()) }
        var scalars: [wchar_t] = []
        for y in 0..<canvas.height {
            for x in 0..<canvas.width {
                let cell = canvas[x, y]
                if cell.isContinuation { continue }
                if let previous, previous[x, y] == cell { continue }
                scalars.removeAll(keepingCapacity: true)
                // A cchar_t holds a few scalars: the base and its first marks.
                for s in cell.text.unicodeScalars.prefix(4) { scalars.append(wchar_t(bitPattern: s.value)) }
                if scalars.isEmpty { scalars.append(32) }
                scalars.append(0)
                let look = palette.look(cell.style)
                _ = dp_put_cell(Int32(y), Int32(x), scalars, look.attr, look.pair)
            }
        }
        if let cursor = canvas.cursor {
            wmove(dp_stdscr(), Int32(cursor.y), Int32(cursor.x))
            curs_set(1)
        } else {
            curs_set(0)
        }
        wrefresh(dp_stdscr())
        shown = canvas
    }
}
