/// What a key does in the list and detail panes; the names are those of the `[keys]`
/// table in config.toml.
public enum Action: String, CaseIterable, Hashable, Sendable {
    case down, up, halfPageDown = "half-page-down", halfPageUp = "half-page-up"
    case pageDown = "page-down", pageUp = "page-up", first, last
    case focus, back, search, help
    case sortByVotes = "sort-by-votes", cycleSort = "cycle-sort"
    case previousDay = "previous-day", nextDay = "next-day", newestDay = "newest-day", allDays = "all-days"
    case dayPicker = "day-picker", moreVotes = "more-votes", fewerVotes = "fewer-votes", minimumVotes = "minimum-votes"
    case openAbstract = "open-abstract", openPDF = "open-pdf", openHF = "open-hf"
    case copyLink = "copy-link", copyMarkdown = "copy-markdown"
    case toggleRead = "toggle-read", toggleStar = "toggle-star", editNote = "edit-note", nextUnread = "next-unread"
    case fetch, reload, redraw, suspend, quit
}
