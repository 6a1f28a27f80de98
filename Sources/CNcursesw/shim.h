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
#include <termios.h>
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

// Routes SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP and SIGCONT to `fd`, ignores SIGPIPE;
// 0 on success.
static inline int dp_install_signal_pipe(int fd) {
    dp_signal_fd = fd;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = dp_on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    int signals[] = { SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        if (sigaction(signals[i], &sa, NULL) != 0) return -1;
    }
    signal(SIGPIPE, SIG_IGN);
    return 0;
}

// newterm rather than initscr: on an unknown terminal it returns NULL instead of exiting.
static inline int dp_start_curses(void) {
    static SCREEN *screen = NULL;
    if (screen != NULL) { refresh(); return 1; }
    screen = newterm(NULL, stdout, stdin);
    return screen != NULL;
}

// The reader draws anywhere on the screen: a terminal that cannot address the cursor
// (TERM=dumb) cannot show it.
static inline int dp_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

// Back to the default dispositions, for a child about to exec.
static inline void dp_default_signals(sigset_t *set) {
    sigemptyset(set);
    sigaddset(set, SIGINT); sigaddset(set, SIGTERM); sigaddset(set, SIGHUP);
    sigaddset(set, SIGWINCH); sigaddset(set, SIGPIPE); sigaddset(set, SIGTSTP); sigaddset(set, SIGCONT);
}

// Stops the process as Ctrl-z would (the terminal must already be given back), and
// returns once it is continued, with the handler in place again.
static inline void dp_suspend_self(void) {
    struct sigaction dfl, previous;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGTSTP, &dfl, &previous);
    kill(0, SIGTSTP);
    sigaction(SIGTSTP, &previous, NULL);
}

// A crash in the reader must not leave the terminal raw, on the alternate screen and with
// the mouse captured. endwin is not async-signal-safe, so the handler writes the reset
// sequences itself and restores the saved modes with tcsetattr (which is), then dies of
// the same signal.
// Function-local statics: Swift emits these functions into its module, file-scope statics
// of a struct type are not emitted with them.
static struct termios *dp_saved_modes(void) { static struct termios modes; return &modes; }
static int *dp_saved_modes_valid(void) { static int valid = 0; return &valid; }

static void dp_on_crash(int signo) {
    static const char reset[] = "\033[?1000l\033[?1002l\033[?1006l\033[0m\033[?25h\033[?1049l\r\n";
    ssize_t n = write(1, reset, sizeof reset - 1); (void)n;
    if (*dp_saved_modes_valid()) tcsetattr(0, TCSANOW, dp_saved_modes());
    signal(signo, SIG_DFL);
    raise(signo);
}

// Saves the terminal's modes now (before curses changes them) and installs the crash handler.
static inline void dp_install_crash_restore(void) {
    if (tcgetattr(0, dp_saved_modes()) == 0) *dp_saved_modes_valid() = 1;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = dp_on_crash;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND;
    int signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaction(signals[i], &sa, NULL);
}

#endif
