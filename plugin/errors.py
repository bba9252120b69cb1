"""Errors the engines raise: a sentence a user understands, never a traceback.

The engines do not import qgis; the Processing adapters turn these into QgsProcessingException.
"""


class DigitalTwinError(Exception):
    """A problem the user can act on: bad input, missing package, unreachable service."""


class InputError(DigitalTwinError):
    """Bad input, named precisely: the file, and the line or field where it went wrong."""

    def __init__(self, message, path=None, line=None, field=None):
        self.path = path
        self.line = line
        self.field = field
        where = []
        if path is not None:
            where.append(str(path))
        if line is not None:
            where.append(f"line {line}")
        if field is not None:
            where.append(f"field '{field}'")
        super().__init__(f"{', '.join(where)}: {message}" if where else message)


class MissingDependencyError(DigitalTwinError):
    """A Python package a feature needs is not installed."""


class Cancelled(DigitalTwinError):  # noqa: N818 (a user action, not an error)
    """The user pressed Cancel; outputs of the cancelled run are removed."""

    def __init__(self, message="Cancelled by the user."):
        super().__init__(message)
