"""The phone remote: off by default, turned on for one session, paired by a one-time code.

``pairing`` (codes, tokens, roles), ``guard`` (every request's origin, token and role),
``throttle`` (how much one phone may pass on) and ``audit`` (what was refused) are plain
Python and tested without Qt; ``server`` runs aiohttp on its own asyncio loop on a
worker thread, its sockets bounded by ``connections``; ``platform.open_files`` raises the process's
open-file limit at start-up; ``ui.remote.control`` hands the phone's actions to the
console's action path on the GUI thread; ``page.html`` is the phone's page.
"""
