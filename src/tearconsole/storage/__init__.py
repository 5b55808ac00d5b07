"""SQLite storage through SQLAlchemy 2: models, migrations, and small repositories.

Nothing in this package may import PySide6 or vlc (tests/test_layers.py checks).
"""
