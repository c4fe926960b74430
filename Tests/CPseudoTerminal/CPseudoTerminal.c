// Glibc declares the pseudo-terminal calls and POSIX_SPAWN_SETSID only under these feature macros,
// which Swift's Glibc module is not built with: this file is, and hands them over.
#define _GNU_SOURCE
#include "CPseudoTerminal.h"
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <unistd.h>

int jalon_pty_open_master(void) {
    int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0) return -1;
    if (grantpt(master) != 0 || unlockpt(master) != 0) {
        close(master);
        return -1;
    }
    return master;
}

int jalon_pty_slave_path(int master, char *buffer, size_t size) {
    return ptsname_r(master, buffer, size);
}

short jalon_spawn_setsid_flag(void) { return POSIX_SPAWN_SETSID; }
