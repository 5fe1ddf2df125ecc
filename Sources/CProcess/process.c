#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>
#include "CProcess.h"

int vanban_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }

int vanban_set_parent_death_signal(int signal) { return prctl(PR_SET_PDEATHSIG, signal, 0, 0, 0); }

int vanban_thread_count(void) {
    DIR *tasks = opendir("/proc/self/task");
    if (tasks == NULL) return -1;
    int count = 0;
    struct dirent *entry;
    while ((entry = readdir(tasks)) != NULL) {
        if (entry->d_name[0] != '.') count++;
    }
    closedir(tasks);
    return count;
}

pid_t vanban_fork_worker(int input, int output) {
    pid_t pid = fork();
    if (pid != 0) return pid;
    // The child: its two pipe ends as standard input and output, nothing else inherited
    // (the ends of other workers' pipes held here would keep those workers from seeing their input end).
    if (dup2(input, 0) < 0 || dup2(output, 1) < 0) _exit(127);
    if (close_range(3, ~0U, 0) != 0) {
        long last = sysconf(_SC_OPEN_MAX);
        for (long fd = 3; fd < (last > 0 ? last : 1024); fd++) close((int)fd);
    }
    // Signals as a freshly started program has them: none blocked, the fatal ones (and the
    // runtime's crash handlers on them) back to their default action.
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    static const int reset[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS,
                                 SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT };
    struct sigaction byDefault;
    memset(&byDefault, 0, sizeof byDefault);
    byDefault.sa_handler = SIG_DFL;
    sigemptyset(&byDefault.sa_mask);
    for (unsigned i = 0; i < sizeof reset / sizeof reset[0]; i++) sigaction(reset[i], &byDefault, NULL);
    return 0;
}
