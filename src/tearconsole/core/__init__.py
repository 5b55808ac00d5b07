"""The Qt-free, libVLC-free heart of tearconsole: words, timing and rules.

Nothing in this package may import PySide6 or vlc (tests/test_layers.py checks).
"""
