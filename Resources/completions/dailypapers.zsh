#compdef dailypapers

__dailypapers_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__dailypapers_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __dailypapers_complete "${completions[@]:0:-1}"
    fi
}

__dailypapers_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_dailypapers() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'browse:Read the papers full-screen (the default; prints '\''list'\'' when not on a terminal).'
            'list:List papers, by votes high first unless sorted otherwise.'
            'show:Show everything about one paper, with your marks and note.'
            'days:List each day with its number of papers and its top vote, newest first.'
            'check:Report every problem in the digests as path:line: message.'
            'star:Star a paper.'
            'unstar:Remove a paper'\''s star.'
            'read:Mark a paper read.'
            'unread:Mark a paper unread.'
            'note:Set a paper'\''s note; an empty TEXT removes it.'
            'export:Export papers with your marks and notes as BibTeX, JSON or Markdown.'
            'config:Check config.toml, or print an example with every setting at its default.'
            'fetch:Fetch days from Hugging Face Daily Papers and keep each as a digest.'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        browse|list|show|days|check|star|unstar|read|unread|note|export|config|fetch|help)
            "_dailypapers_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_dailypapers_browse() {
    local -i ret=1
    local -ar arg_specs=(
        '*:paths:_files'
        '--state[The state file (default\: $DAILYPAPERS_STATE, else $XDG_STATE_HOME/dailypapers/state.sqlite).]:state:_files'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_dailypapers_list() {
    local -i ret=1
    local -ar ___sort=('votes' 'day' 'title' 'relevance')
    local -ar ___format=('table' 'json' 'jsonl' 'tsv')
    local -ar arg_specs=(
        '*:paths:_files'
        '--state[The state file (default\: $DAILYPAPERS_STATE, else $XDG_STATE_HOME/dailypapers/state.sqlite).]:state:_files'
        '(-q --query)'{-q,--query}'[Only papers matching this query (see '\''dailypapers --help'\'').]:query:'
        '--day[Only this day, month or year (YYYY-MM-DD, YYYY-MM, YYYY).]:day:'
        '--since[Only days from this one on (YYYY-MM-DD).]:since:'
        '--until[Only days up to this one (YYYY-MM-DD).]:until:'
        '--min-votes[Only papers with at least this many votes.]:min-votes:'
        '--sort[Order\: votes, day, title, relevance.]:sort:{__dailypapers_complete "${___sort[@]}"}'
        '--limit[At most this many papers.]:limit:'
        '--format[Output\: table, json, jsonl, tsv.]:format:{__dailypapers_complete "${___format[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_dailypapers_show() {
    local -i ret=1
    local -ar ___format=('text' 'json')
    local -ar arg_specs=(
        ':id:'
        '*:paths:_files'
        '--format[Output\: text or json.]:format:{__dailypapers_complete "${___format[@]}"}'
        '--state[The state file (default\: $DAILYPAPERS_STATE, else $XDG_STATE_HOME/dailypapers/state.sqlite).]:state:_files'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_dailypapers_days() {
    local -i ret=1
    local -ar ___format=('table' 'json' 'tsv')
    local -ar arg_specs=(
        '*:paths:_files'
        '--format[Output\: table, json or tsv.]:format:{__dailypapers_complete "${___format[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_dailypapers_check() {
    local -i ret=1
    local -ar arg_specs=(
        '*:paths:_files'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_dailypapers_star() {
    local -i ret=1
    local -ar arg_specs=(
        ':id:'
        '--state[The state file (default\: $DAILYPAPERS_STATE, else $XDG_STATE_HOME/dailypapers/state.sqlite).]:state:_files'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_dailypapers_unstar() {
    local -i ret=1
    local -ar arg_specs=(
        ':id:'
        '--state[The state file (default\: $DAILYPAPERS_STATE, else $XDG_STATE_HOME/dailypapers/state.sqlite).]:state:_files'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_dailypapers_read() {
    local -i ret=1
    local -ar arg_specs=(
        ':id:'
        '--state[The state file (default\: $DAILYPAPERS_STATE, else $XDG_STATE_HOME/dailypapers/state.sqlite).]:state:_files'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_dailypapers_unread() {
    local -i ret=1
    local -ar arg_specs=(
        ':id:'
        '--state[The state file (default\: $DAILYPAPERS_STATE, else $XDG_STATE_HOME/dailypapers/state.sqlite).]:state:_files'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_dailypapers_note() {
    local -i ret=1
    local -ar arg_specs=(
        ':id:'
        '--state[The state file (default\: $DAILYPAPERS_STATE, else $XDG_STATE_HOME/dailypapers/state.sqlite).]:state:_files'
        '*:text:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_dailypapers_export() {
    local -i ret=1
    local -ar ___sort=('votes' 'day' 'title' 'relevance')
    local -ar ___format=('bibtex' 'json' 'markdown')
    local -ar arg_specs=(
        '*:paths:_files'
        '--state[The state file (default\: $DAILYPAPERS_STATE, else $XDG_STATE_HOME/dailypapers/state.sqlite).]:state:_files'
        '(-q --query)'{-q,--query}'[Only papers matching this query (is\:starred, has\:note, …).]:query:'
        '--sort[Order\: votes, day, title, relevance.]:sort:{__dailypapers_complete "${___sort[@]}"}'
        '--format[Output\: bibtex, json or markdown.]:format:{__dailypapers_complete "${___format[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_dailypapers_config() {
    local -i ret=1
    local -ar arg_specs=(
        '--example[Print an example config.toml with every setting at its default.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_dailypapers_fetch() {
    local -i ret=1
    local -ar arg_specs=(
        '--date[Fetch this day.]:YYYY-MM-DD:'
        '--since[Fetch every day from this one on.]:YYYY-MM-DD:'
        '--until[With --since\: the last day to fetch (default\: today, UTC).]:YYYY-MM-DD:'
        '--into[The folder to keep digests in (default\: $XDG_DATA_HOME/dailypapers/digests).]:DIR:_files -/'
        '--endpoint[The site serving /api/daily_papers (default\: $DAILYPAPERS_ENDPOINT, else endpoint in config.toml, else https\://huggingface.co).]:URL:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_dailypapers_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _dailypapers ]]; then
    _dailypapers "${@}"
else
    compdef _dailypapers dailypapers
fi
