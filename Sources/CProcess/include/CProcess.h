// Linux process calls that Swift's Glibc module does not export (they need _GNU_SOURCE).
#ifndef VANBAN_CPROCESS_H
#define VANBAN_CPROCESS_H

/// pipe2(fds, O_CLOEXEC): a pipe whose ends no child process inherits.
int vanban_pipe_cloexec(int fds[2]);

/// prctl(PR_SET_PDEATHSIG, signal): the calling process gets `signal` when its parent ends.
int vanban_set_parent_death_signal(int signal);

#endif
