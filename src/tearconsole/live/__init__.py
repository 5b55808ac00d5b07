"""Running a session on the Qt event loop: the runner and crash recovery."""
