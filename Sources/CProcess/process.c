#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>
#include "CProcess.h"

int vanban_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }

int vanban_set_parent_death_signal(int signal) { return prctl(PR_SET_PDEATHSIG, signal, 0, 0, 0); }
