"""What differs by operating system, one small module per concern.

``fonts`` (the Japanese face each system ships), ``desktop`` (the menu entry),
``display`` (whether a window can open, and which Qt platform plays films),
``runtime_dir`` (the private folder libVLC's outputs expect on Linux) and
``video_window`` (whether and how libVLC draws films into our windows). Supporting
Windows or macOS in one of these is a new branch in its module and nothing else.
"""
