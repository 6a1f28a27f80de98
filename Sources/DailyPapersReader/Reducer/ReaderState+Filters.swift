import DailyPapersCore

extension ReaderState {
    // MARK: - Sort

    /// `v`: by votes, high first; pressed again, the other way round.
    mutating func sortByVotes() {
        if filter.sort == .votes { filter.reversed.toggle() } else { filter.sort = .votes; filter.reversed = false }
        refresh()
        status = StatusMessage("Sorted by votes, \(filter.reversed ? "low" : "high") first")
    }

    /// `s`: votes → day → title (→ relevance while a query searches text) → votes.
    mutating func cycleSort() {
        let choices = filter.sortChoices
        let at = choices.firstIndex(of: filter.sort) ?? -1
        filter.sort = choices[(at + 1) % choices.count]
        filter.reversed = false
        refresh()
        status = StatusMessage("Sorted by \(filter.sort.label)")
    }

    // MARK: - Days

    /// `[` and `]`: the previous or next day that has papers; from all days, the newest.
    mutating func stepDay(by step: Int) {
        let days = catalog.library.days.map(\.day)
        guard !days.isEmpty else { status = StatusMessage("No days to show", isError: true); return }
        guard let current = filter.day else { showDay(days[days.count - 1]); return }
        let target: Day?
        if step < 0 {
            target = days.last { $0 < current }
        } else {
            target = days.first { $0 > current }
        }
        guard let target else {
            status = StatusMessage(step < 0 ? "No earlier day" : "No later day")
            return
        }
        showDay(target)
    }

    /// `t`: the newest day.
    mutating func showNewestDay() {
        guard let newest = catalog.library.days.last?.day else {
            status = StatusMessage("No days to show", isError: true)
            return
        }
        showDay(newest)
    }

    /// `a`: every day.
    mutating func showAllDays() {
        filter.day = nil
        refresh()
        status = StatusMessage("All days")
    }

    mutating func showDay(_ day: Day) {
        filter.day = day
        refresh()
        status = StatusMessage("\(day): \(hits.count) paper\(hits.count == 1 ? "" : "s")")
    }

    // MARK: - Votes

    /// `+` and `-`: the next step of 0, 5, 10, 20, 50, 100 above or below the minimum.
    mutating func stepMinimumVotes(up: Bool) {
        let steps = Filter.voteSteps
        let current = filter.minVotes
        let next = up ? steps.first { $0 > current } : steps.last { $0 < current }
        guard let next else {
            status = StatusMessage(up ? "Minimum votes is at its highest step" : "No minimum of votes")
            return
        }
        setMinimumVotes(next)
    }

    mutating func setMinimumVotes(_ n: Int) {
        filter.minVotes = n
        refresh()
        status = StatusMessage(n == 0 ? "Any number of votes" : "At least \(counted(n, "vote")): \(counted(hits.count, "paper"))")
    }
}

extension SortOrder {
    /// How the header and status bar name the order.
    public var label: String {
        switch self {
        case .votes: return "votes"
        case .day: return "day"
        case .title: return "title"
        case .relevance: return "relevance"
        }
    }
}
