"""Everything that touches libVLC (python-vlc). No other package imports ``vlc``."""
