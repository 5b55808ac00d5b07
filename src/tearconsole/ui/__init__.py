"""The PySide6 user interface: views lay out widgets; models adapt plain data for Qt."""
