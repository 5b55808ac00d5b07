"""The process's soft limit on open files, raised at start-up.

Linux starts a desktop program with a soft limit of 1024 open files (256 or less on some
systems) while allowing far more. The console's window, libVLC, SQLite and the phone
remote's sockets all draw on that one budget; running out made Qt's event loop abort
("Creating pipes for GWakeup: Too many open files"). The remote caps its own sockets
(``connections.Limits``); this gives the whole process room, up to the hard limit.
"""

from __future__ import annotations

#: Enough for the window, the player and the remote's capped sockets, many times over.
WANTED = 4096


def raise_open_file_limit(wanted: int = WANTED) -> int | None:
    """Raise the soft limit towards ``wanted`` (never past the hard limit, never lower);
    the soft limit now, or None where the system has no such limit (Windows)."""
    try:
        import resource  # POSIX only
    except ImportError:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError):
            pass  # a sandbox may refuse: the remote's own caps still hold
    return soft
