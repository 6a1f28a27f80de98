#ifndef DAILYPAPERS_CNCURSESW_SHIM_H
#define DAILYPAPERS_CNCURSESW_SHIM_H

// Wide-character ncurses: without this, get_wch and the cchar_t functions are missing.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <ncursesw/curses.h>

// Macros and globals that Swift cannot import as they are.
static inline WINDOW *dp_stdscr(void) { return stdscr; }
static inline int dp_lines(void) { return LINES; }
static inline int dp_cols(void) { return COLS; }
static inline attr_t dp_a_bold(void) { return A_BOLD; }
static inline attr_t dp_a_dim(void) { return A_DIM; }
static inline attr_t dp_a_reverse(void) { return A_REVERSE; }
static inline attr_t dp_a_underline(void) { return A_UNDERLINE; }
static inline attr_t dp_color_pair(short n) { return COLOR_PAIR(n); }
static inline mmask_t dp_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }

#endif
