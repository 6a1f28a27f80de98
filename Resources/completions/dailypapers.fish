function __dailypapers_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __dailypapers_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __dailypapers_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __dailypapers_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __dailypapers_parse_tokens -S
    set -l unparsed_tokens (__dailypapers_tokens -pc)
    switch $unparsed_tokens[1]
    case 'dailypapers'
        __dailypapers_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'browse'
            __dailypapers_parse_subcommand -r 1 'state=' 'version' 'h/help'
        case 'list'
            __dailypapers_parse_subcommand -r 1 'state=' 'q/query=' 'day=' 'since=' 'until=' 'min-votes=' 'sort=' 'limit=' 'format=' 'version' 'h/help'
        case 'show'
            __dailypapers_parse_subcommand -r 2 'format=' 'state=' 'version' 'h/help'
        case 'days'
            __dailypapers_parse_subcommand -r 1 'format=' 'version' 'h/help'
        case 'check'
            __dailypapers_parse_subcommand -r 1 'version' 'h/help'
        case 'star'
            __dailypapers_parse_subcommand 1 'state=' 'version' 'h/help'
        case 'unstar'
            __dailypapers_parse_subcommand 1 'state=' 'version' 'h/help'
        case 'read'
            __dailypapers_parse_subcommand 1 'state=' 'version' 'h/help'
        case 'unread'
            __dailypapers_parse_subcommand 1 'state=' 'version' 'h/help'
        case 'note'
            __dailypapers_parse_subcommand -r 2 'state=' 'version' 'h/help'
        case 'export'
            __dailypapers_parse_subcommand -r 1 'state=' 'q/query=' 'sort=' 'format=' 'version' 'h/help'
        case 'config'
            __dailypapers_parse_subcommand 0 'example' 'version' 'h/help'
        case 'fetch'
            __dailypapers_parse_subcommand 0 'date=' 'since=' 'until=' 'into=' 'endpoint=' 'version' 'h/help'
        case 'help'
            __dailypapers_parse_subcommand -r 1 'version'
        end
    end
end

function __dailypapers_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __dailypapers_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __dailypapers_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __dailypapers_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__dailypapers_tokens -p)
    if test -z "$(__dailypapers_tokens -t)"
        set -l index (count (__dailypapers_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'dailypapers' -f
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers" version' -l 'version' -d 'Show the version.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_positional "dailypapers" -eq 1' -fa 'browse' -d 'Read the papers full-screen (the default; prints \'list\' when not on a terminal).'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_positional "dailypapers" -eq 1' -fa 'list' -d 'List papers, by votes high first unless sorted otherwise.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_positional "dailypapers" -eq 1' -fa 'show' -d 'Show everything about one paper, with your marks and note.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_positional "dailypapers" -eq 1' -fa 'days' -d 'List each day with its number of papers and its top vote, newest first.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_positional "dailypapers" -eq 1' -fa 'check' -d 'Report every problem in the digests as path:line: message.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_positional "dailypapers" -eq 1' -fa 'star' -d 'Star a paper.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_positional "dailypapers" -eq 1' -fa 'unstar' -d 'Remove a paper\'s star.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_positional "dailypapers" -eq 1' -fa 'read' -d 'Mark a paper read.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_positional "dailypapers" -eq 1' -fa 'unread' -d 'Mark a paper unread.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_positional "dailypapers" -eq 1' -fa 'note' -d 'Set a paper\'s note; an empty TEXT removes it.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_positional "dailypapers" -eq 1' -fa 'export' -d 'Export papers with your marks and notes as BibTeX, JSON or Markdown.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_positional "dailypapers" -eq 1' -fa 'config' -d 'Check config.toml, or print an example with every setting at its default.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_positional "dailypapers" -eq 1' -fa 'fetch' -d 'Fetch days from Hugging Face Daily Papers and keep each as a digest.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_positional "dailypapers" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_positional "dailypapers browse" -ge 1' -F
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers browse" state' -l 'state' -d 'The state file (default: $DAILYPAPERS_STATE, else $XDG_STATE_HOME/dailypapers/state.sqlite).' -rF
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers browse" version' -l 'version' -d 'Show the version.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers browse" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_positional "dailypapers list" -ge 1' -F
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers list" state' -l 'state' -d 'The state file (default: $DAILYPAPERS_STATE, else $XDG_STATE_HOME/dailypapers/state.sqlite).' -rF
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers list" q query' -s 'q' -l 'query' -d 'Only papers matching this query (see \'dailypapers --help\').' -rfka ''
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers list" day' -l 'day' -d 'Only this day, month or year (YYYY-MM-DD, YYYY-MM, YYYY).' -rfka ''
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers list" since' -l 'since' -d 'Only days from this one on (YYYY-MM-DD).' -rfka ''
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers list" until' -l 'until' -d 'Only days up to this one (YYYY-MM-DD).' -rfka ''
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers list" min-votes' -l 'min-votes' -d 'Only papers with at least this many votes.' -rfka ''
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers list" sort' -l 'sort' -d 'Order: votes, day, title, relevance.' -rfka 'votes day title relevance'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers list" limit' -l 'limit' -d 'At most this many papers.' -rfka ''
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers list" format' -l 'format' -d 'Output: table, json, jsonl, tsv.' -rfka 'table json jsonl tsv'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers list" version' -l 'version' -d 'Show the version.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_positional "dailypapers show" -ge 1' -F
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers show" format' -l 'format' -d 'Output: text or json.' -rfka 'text json'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers show" state' -l 'state' -d 'The state file (default: $DAILYPAPERS_STATE, else $XDG_STATE_HOME/dailypapers/state.sqlite).' -rF
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers show" version' -l 'version' -d 'Show the version.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_positional "dailypapers days" -ge 1' -F
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers days" format' -l 'format' -d 'Output: table, json or tsv.' -rfka 'table json tsv'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers days" version' -l 'version' -d 'Show the version.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers days" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_positional "dailypapers check" -ge 1' -F
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers check" version' -l 'version' -d 'Show the version.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers star" state' -l 'state' -d 'The state file (default: $DAILYPAPERS_STATE, else $XDG_STATE_HOME/dailypapers/state.sqlite).' -rF
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers star" version' -l 'version' -d 'Show the version.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers star" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers unstar" state' -l 'state' -d 'The state file (default: $DAILYPAPERS_STATE, else $XDG_STATE_HOME/dailypapers/state.sqlite).' -rF
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers unstar" version' -l 'version' -d 'Show the version.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers unstar" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers read" state' -l 'state' -d 'The state file (default: $DAILYPAPERS_STATE, else $XDG_STATE_HOME/dailypapers/state.sqlite).' -rF
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers read" version' -l 'version' -d 'Show the version.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers read" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers unread" state' -l 'state' -d 'The state file (default: $DAILYPAPERS_STATE, else $XDG_STATE_HOME/dailypapers/state.sqlite).' -rF
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers unread" version' -l 'version' -d 'Show the version.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers unread" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers note" state' -l 'state' -d 'The state file (default: $DAILYPAPERS_STATE, else $XDG_STATE_HOME/dailypapers/state.sqlite).' -rF
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers note" version' -l 'version' -d 'Show the version.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers note" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_positional "dailypapers export" -ge 1' -F
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers export" state' -l 'state' -d 'The state file (default: $DAILYPAPERS_STATE, else $XDG_STATE_HOME/dailypapers/state.sqlite).' -rF
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers export" q query' -s 'q' -l 'query' -d 'Only papers matching this query (is:starred, has:note, …).' -rfka ''
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers export" sort' -l 'sort' -d 'Order: votes, day, title, relevance.' -rfka 'votes day title relevance'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers export" format' -l 'format' -d 'Output: bibtex, json or markdown.' -rfka 'bibtex json markdown'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers export" version' -l 'version' -d 'Show the version.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers config" example' -l 'example' -d 'Print an example config.toml with every setting at its default.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers config" version' -l 'version' -d 'Show the version.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers config" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers fetch" date' -l 'date' -d 'Fetch this day.' -rfka ''
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers fetch" since' -l 'since' -d 'Fetch every day from this one on.' -rfka ''
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers fetch" until' -l 'until' -d 'With --since: the last day to fetch (default: today, UTC).' -rfka ''
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers fetch" into' -l 'into' -d 'The folder to keep digests in (default: $XDG_DATA_HOME/dailypapers/digests).' -rfa '(__dailypapers_complete_directories)'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers fetch" endpoint' -l 'endpoint' -d 'The site serving /api/daily_papers (default: $DAILYPAPERS_ENDPOINT, else endpoint in config.toml, else https://huggingface.co).' -rfka ''
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers fetch" version' -l 'version' -d 'Show the version.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers fetch" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dailypapers' -n '__dailypapers_should_offer_completions_for_flags_or_options "dailypapers help" version' -l 'version' -d 'Show the version.'
