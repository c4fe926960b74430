#ifndef C_PSEUDO_TERMINAL_H
#define C_PSEUDO_TERMINAL_H

#include <stddef.h>

/// The master side of a new pseudo-terminal (posix_openpt, grantpt, unlockpt), close-on-exec and not
/// the caller's controlling terminal; -1 with errno set on failure.
int jalon_pty_open_master(void);

/// The path of the slave side of `master` (ptsname_r) into `buffer`; 0, or an errno value.
int jalon_pty_slave_path(int master, char *buffer, size_t size);

/// POSIX_SPAWN_SETSID: the spawned child starts a new session.
short jalon_spawn_setsid_flag(void);

#endif
