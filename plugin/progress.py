"""Progress and cancellation for engines that do not import qgis.

An engine takes a ``Progress`` and calls ``step(fraction)`` in its loops; ``step`` raises Cancelled when the user
pressed Cancel. The Processing adapter builds one from a QgsProcessingFeedback (processing_algorithms/base.py).
``info(template, **values)`` logs a line the adapter translates (context Engine).
"""

from .errors import Cancelled, Words


class Progress:
    def __init__(self, report=None, is_cancelled=None, log=None):
        self._report = report
        self._is_cancelled = is_cancelled
        self._log = log

    def step(self, fraction):
        """Report progress in [0, 1]; raise Cancelled if the user asked to stop."""
        if self._is_cancelled is not None and self._is_cancelled():
            raise Cancelled()
        if self._report is not None:
            self._report(100.0 * min(max(fraction, 0.0), 1.0))

    def check(self):
        """Raise Cancelled if the user asked to stop."""
        if self._is_cancelled is not None and self._is_cancelled():
            raise Cancelled()

    def info(self, message, **values):
        """Log a line: an English str.format literal and its values, like an error message, so the adapter can show
        it in the UI's language (the log callback receives Words: English as a str, ``localized`` translated)."""
        if self._log is not None:
            self._log(Words(message, **values))

    def sub(self, start, end):
        """A Progress mapping [0, 1] onto [start, end] of this one, for multi-step work."""
        return Progress(
            (lambda pct: self._report(100.0 * start + (end - start) * pct)) if self._report else None,
            self._is_cancelled,
            self._log,
        )


NO_PROGRESS = Progress()
