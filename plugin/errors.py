"""Errors the engines raise: a sentence a user understands, never a traceback.

The engines do not import qgis; the Processing adapters turn these into QgsProcessingException.

Messages are translatable without qgis: an error keeps its English message as a ``str.format`` template (a literal,
the message id) and the values that fill it, e.g. ``InputError("{count} rows have no height", path=p, count=3)``.
``str(error)`` is the English text; ``error.localized(translate)`` passes the template (and the location words)
through ``translate`` first, which the QGIS adapter binds to Qt's translator (context ``Engine``). Never build the
message with an f-string: the translator would see a different id for every value.
"""

ENGINE_CONTEXT = "Engine"  # the Qt translation context of engine messages (scripts/translations.py collects them)


def _identity(text):
    return text


def _fill(template, values, translate=_identity):
    if not values:
        return template
    return template.format(**{key: value.localized(translate) if isinstance(value, Words) else value
                              for key, value in values.items()})


class Words(str):
    """A value of a message that is words, not data: ``InputError("the {what} is too far", what=Words("origin"))``.
    It reads as English; ``localized`` translates it with the message (scripts/translations.py collects it)."""

    def __new__(cls, template, **values):
        words = super().__new__(cls, _fill(template, values))
        words.template, words.values = template, values
        return words

    def localized(self, translate=_identity):
        return _fill(translate(self.template), self.values, translate)


class DigitalTwinError(Exception):
    """A problem the user can act on: bad input, missing package, unreachable service."""

    def __init__(self, message="", **values):
        self.template = message
        self.values = values
        super().__init__(_fill(message, values))

    def localized(self, translate=_identity):
        """The message in the UI language: ``translate`` maps an English template to its translation."""
        return _fill(translate(self.template), self.values, translate)


class InputError(DigitalTwinError):
    """Bad input, named precisely: the file, and the line or field where it went wrong."""

    def __init__(self, message, path=None, line=None, field=None, **values):
        self.path = path
        self.line = line
        self.field = field
        super().__init__(message, **values)
        self.args = (self.localized(),)

    def localized(self, translate=_identity):
        where = []
        if self.path is not None:
            where.append(str(self.path))
        if self.line is not None:
            where.append(translate("line {line}").format(line=self.line))
        if self.field is not None:
            where.append(translate("field '{field}'").format(field=self.field))
        message = _fill(translate(self.template), self.values, translate)
        return f"{', '.join(where)}: {message}" if where else message


class MissingDependencyError(DigitalTwinError):
    """A Python package a feature needs is not installed."""


class Cancelled(DigitalTwinError):  # noqa: N818 (a user action, not an error)
    """The user pressed Cancel; outputs of the cancelled run are removed."""

    def __init__(self, message="Cancelled by the user.", **values):
        super().__init__(message, **values)
