"""The stimulus library's logic: what a file is, importing it, finding it again, finding in it.

Free of Qt; libVLC only through the ``probe`` callable the caller passes in.
"""
