import CNcursesw
import DailyPapersReader

/// Turns what `get_wch` returns into reader events.
enum InputReader {
    /// The next event waiting, nil when there is none (the window is in no-delay mode);
    /// `.some(nil)` for input that means nothing to the reader.
    static func next() -> Event?? {
        var ch: wint_t = 0
        let rc = wget_wch(dp_stdscr(), &ch)
        if rc == ERR { return nil }
        if rc == KEY_CODE_YES { return .some(functionKey(Int32(bitPattern: ch))) }
        return .some(character(ch))
    }

    static func functionKey(_ code: Int32) -> Event? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME: return .key(.home)
        case KEY_END, KEY_LL: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_RESIZE: return .resize(width: Int(dp_cols()), height: Int(dp_lines()))
        case KEY_MOUSE: return mouse()
        default: return nil
        }
    }

    static func character(_ ch: wint_t) -> Event? {
        switch ch {
        case 27: return .key(.escape)
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        case 1...26:
            return .key(.ctrl(Character(Unicode.Scalar(UInt8(ch) + 0x60))))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(ch) else { return nil }
            return .key(.char(Character(scalar)))
        }
    }

    static func mouse() -> Event? {
        var m = MEVENT()
        guard getmouse(&m) == OK else { return nil }
        let x = Int(m.x), y = Int(m.y)
        if m.bstate & (dp_button1_pressed() | dp_button1_clicked()) != 0 { return .mouse(Mouse(.click, x: x, y: y)) }
        if m.bstate & dp_button4_pressed() != 0 { return .mouse(Mouse(.wheelUp, x: x, y: y)) }
        if m.bstate & dp_button5_pressed() != 0 { return .mouse(Mouse(.wheelDown, x: x, y: y)) }
        return nil
    }
}
