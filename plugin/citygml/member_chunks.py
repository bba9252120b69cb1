"""CityGML city object members parsed a run at a time, as small whole documents, instead of through iterparse.

Parsing ~64 KB of members with ``etree.fromstring`` costs libxml2 the same as iterparse, without iterparse's work per
element (its event callbacks, then clearing each member from the growing tree): about 6 % of a whole load. The
stream is cut after a member's end tag (``</core:cityObjectMember>``); the members between two cuts are wrapped in
the root's own start and end tags, so that its namespace declarations apply, and parsed.

A cut inside a comment, CDATA section or processing instruction leaves it unterminated, so the wrapped run does
not parse. That, any other parse error or warning, members not directly under the root, a non-UTF-8 file, a root
without the CityGML core namespace or a member larger than MAX_CHUNK hands the rest of the stream, from the last
good cut on, to the streaming reader (``StreamRest``): newlines putting the root start tag on its line, the tag,
newlines putting each following line where it is in the file (so that errors name the file's lines), then the rest.
Valid files read the same either way, and broken ones are reported as the streaming reader always has.
"""

import itertools
import re
from dataclasses import dataclass

from lxml import etree

HEAD = 1 << 16  # bytes read first: the XML declaration and the root start tag must be in them
BLOCK = 1 << 16  # bytes read at a time: the members before the last cut in them make a chunk (fastest measured)
MAX_CHUNK = 16 << 20  # a member larger than this goes to the streaming reader (a TIN relief can be hundreds of MB)

PROLOG = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml(?P<declaration>[^>]*)\?>)?(?:\s*<!--(?:[^-]|-(?!-))*-->)*\s*")
ROOT_START = re.compile(rb"<(?P<name>[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?)"
                        rb"(?P<attributes>(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*>")
NAMESPACE = re.compile(rb"""xmlns(?::(?P<prefix>[\w.\-]+))?\s*=\s*(?:"(?P<uri>[^"]*)"|'(?P<single>[^']*)')""")
ENCODING = re.compile(rb"""encoding\s*=\s*["']([^"']*)["']""")


@dataclass
class ParsedChunk:
    members: list  # the cityObjectMember elements, in file order
    line_offset: int  # add to an element's sourceline for its line in the file


@dataclass
class StreamRest:
    stream: object  # file-like: the rest of the file as a document of its own, lines where they are in the file


def member_chunks(stream, parser_options, member_tag):
    """Yield ParsedChunk for each run of ``member_tag`` elements (Clark notation) and, where this path stops, one
    StreamRest last."""
    head = stream.read(HEAD)
    layout = _layout(head, member_tag)
    if layout is None:
        yield StreamRest(_Chain(iter((head,)), stream))
        return
    root_start, root_end, member_end, body_start = layout
    parser = etree.XMLParser(**parser_options)
    root_line = head.count(b"\n", 0, body_start - len(root_start))  # newlines before the root start tag
    body_lines = 0  # newlines between the root start tag and ``buffer``
    buffer = bytearray(head[body_start:])
    at_end = False
    while not at_end:
        block = stream.read(BLOCK)
        at_end = not block
        searched = max(0, len(buffer) - len(member_end) + 1)  # an end tag can straddle two blocks
        buffer += block
        cut = len(buffer) if at_end else buffer.rfind(member_end, searched)
        if cut < 0 and len(buffer) <= MAX_CHUNK:
            continue
        members = None
        if cut >= 0:
            if not at_end:
                cut += len(member_end)
            members = _parse(parser, buffer, cut, root_start, root_end if not at_end else b"", member_tag,
                             member_end)
        if members is None:
            yield _padded_rest(root_start, root_line, body_lines, buffer, stream)
            return
        # In the wrapped run, the chunk starts on the line after the root start tag's; in the file, this many later.
        yield ParsedChunk(members, root_line + body_lines)
        body_lines += buffer.count(b"\n", 0, cut)
        del buffer[:cut]


def _layout(head, member_tag):
    """(root start tag, root end tag, member end tag, offset of the root's content) where this path applies."""
    namespace, name = member_tag[1:].encode().split(b"}")
    prolog = PROLOG.match(head)
    encoding = ENCODING.search(prolog.group("declaration") or b"")
    if encoding and encoding.group(1).lower().replace(b"_", b"-") not in (b"utf-8", b"utf8"):
        return None
    root = ROOT_START.match(head, prolog.end())
    if root is None:
        return None
    prefixes = [match.group("prefix") or b"" for match in NAMESPACE.finditer(root.group("attributes"))
                if namespace in (match.group("uri"), match.group("single"))]
    if not prefixes:
        return None
    prefix = prefixes[0] + b":" if prefixes[0] else b""
    return root.group(0), b"</" + root.group("name") + b">", b"</" + prefix + name + b">", root.end()


def _parse(parser, buffer, cut, root_start, root_end, member_tag, member_end):
    """The members of ``buffer[:cut]`` wrapped in the root's tags (the last chunk brings the root's end tag
    itself: ``root_end`` empty), or None where the streaming reader must take over."""
    try:
        root = etree.fromstring(root_start + buffer[:cut] + root_end, parser)
    except etree.XMLSyntaxError:
        return None
    if len(parser.error_log):  # warnings too: the streaming reader reports them as it always has
        return None
    members = list(root.iterchildren(member_tag))
    if len(members) != buffer.count(member_end, 0, cut):  # a member deeper down, or under another prefix
        return None
    return members


class _Chain:
    """A file-like reading the byte strings of ``parts`` (an iterator), then ``tail`` (file-like)."""

    def __init__(self, parts, tail):
        self.parts = parts
        self.current = b""
        self.tail = tail

    def read(self, size=-1):
        while not self.current:
            self.current = next(self.parts, None)
            if self.current is None:
                self.current = b""
                return self.tail.read(size)
        if size is None or size < 0:
            data = self.current + b"".join(self.parts) + self.tail.read()
            self.current = b""
            return data
        data, self.current = self.current[:size], self.current[size:]
        return data


def _padded_rest(root_start, before, after, pending, stream):
    """The rest of the file as a document: ``before`` newlines, the root start tag, ``after`` newlines (text of the
    root, which the streaming reader drops), the rest. Lines, the root's among them, are then the file's. The
    newlines are served a block at a time: a rest late in a 2 GB file needs millions of them."""
    parts = itertools.chain(_newlines(before), (root_start,), _newlines(after), (bytes(pending),))
    return StreamRest(_Chain(parts, stream))


def _newlines(count):
    return (b"\n" * min(BLOCK, count - done) for done in range(0, count, BLOCK))
