#ifndef DAILYPAPERS_CNCURSESW_SHIM_H
#define DAILYPAPERS_CNCURSESW_SHIM_H

// Wide-character ncurses: without this, get_wch and the cchar_t functions are missing.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <ncursesw/curses.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

// Macros and globals that Swift cannot import as they are.
static inline WINDOW *dp_stdscr(void) { return stdscr; }
static inline WINDOW *dp_curscr(void) { return curscr; }
static inline int dp_lines(void) { return LINES; }
static inline int dp_cols(void) { return COLS; }
static inline int dp_colors(void) { return COLORS; }
static inline attr_t dp_a_normal(void) { return A_NORMAL; }
static inline attr_t dp_a_bold(void) { return A_BOLD; }
static inline attr_t dp_a_dim(void) { return A_DIM; }
static inline attr_t dp_a_reverse(void) { return A_REVERSE; }
static inline attr_t dp_a_underline(void) { return A_UNDERLINE; }
static inline attr_t dp_color_pair(short n) { return COLOR_PAIR(n); }
static inline mmask_t dp_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t dp_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t dp_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t dp_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t dp_button5_pressed(void) { return BUTTON5_PRESSED; }

// One cell: a grapheme's scalars (NUL-terminated) with attributes and a colour pair.
static inline int dp_put_cell(int y, int x, const wchar_t *wch, attr_t attr, short pair) {
    cchar_t cell;
    if (setcchar(&cell, wch, attr, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

// The terminal's size from the kernel, for SIGWINCH; 0 on success.
static inline int dp_window_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

// A pipe whose ends close on exec (and, if asked, never block); 0 on success.
static inline int dp_pipe(int fds[2], int nonblocking) {
    if (pipe(fds) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(fds[i], F_SETFD, FD_CLOEXEC);
        if (nonblocking) fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
    }
    return 0;
}

// Signals become bytes on a pipe (the self-pipe trick): the handler does nothing else,
// which keeps it async-signal-safe. The fd lives beside the handler in C because a Swift
// global may be lazily initialised, which a signal handler must never trigger.
static int dp_signal_fd = -1;

static void dp_on_signal(int signo) {
    int saved = errno;
    unsigned char byte = (unsigned char)signo;
    if (dp_signal_fd >= 0) { ssize_t n = write(dp_signal_fd, &byte, 1); (void)n; }
    errno = saved;
}

// Routes SIGINT, SIGTERM, SIGHUP and SIGWINCH to `fd`, ignores SIGPIPE; 0 on success.
static inline int dp_install_signal_pipe(int fd) {
    dp_signal_fd = fd;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = dp_on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    int signals[] = { SIGINT, SIGTERM, SIGHUP, SIGWINCH };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        if (sigaction(signals[i], &sa, NULL) != 0) return -1;
    }
    signal(SIGPIPE, SIG_IGN);
    return 0;
}

// Back to the default dispositions, for a child about to exec.
static inline void dp_default_signals(sigset_t *set) {
    sigemptyset(set);
    sigaddset(set, SIGINT); sigaddset(set, SIGTERM); sigaddset(set, SIGHUP);
    sigaddset(set, SIGWINCH); sigaddset(set, SIGPIPE);
}

#endif
