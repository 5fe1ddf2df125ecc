// Linux process calls that Swift's Glibc module does not export (they need _GNU_SOURCE), or
// that must run between fork() and the child's first Swift code.
#ifndef VANBAN_CPROCESS_H
#define VANBAN_CPROCESS_H

#include <sys/types.h>

/// pipe2(fds, O_CLOEXEC): a pipe whose ends no child process inherits.
int vanban_pipe_cloexec(int fds[2]);

/// prctl(PR_SET_PDEATHSIG, signal): the calling process gets `signal` when its parent ends.
int vanban_set_parent_death_signal(int signal);

/// The threads of this process (the entries of /proc/self/task); -1 when that cannot be read.
int vanban_thread_count(void);

/// fork() for a worker that serves without exec. In the child (0 returned): `input` is its
/// standard input, `output` its standard output, every other descriptor above 2 is closed,
/// no signal is blocked and the fatal signals have their default action. Only safe while the
/// calling process has one thread. Returns as fork() does.
pid_t vanban_fork_worker(int input, int output);

#endif
