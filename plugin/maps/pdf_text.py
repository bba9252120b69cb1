"""Make a PDF's CJK text read back as written: fix the ToUnicode maps Qt writes for Noto Sans CJK.

Qt builds a font's ToUnicode map by asking, for each glyph, which character the font maps to it, and keeps the
lowest. Noto Sans CJK draws a Kangxi radical and its ideograph with one glyph (⽔ U+2F54 and 水 U+6C34), so search,
copy and screen readers got ⽔ for 水 (and ‧ U+2027 for ・). This rewrites those entries to the character Japanese
text means (an ideograph: the NFKC form); nobody writes a resident map in Kangxi radicals. (Qt's other loss,
digits whose glyphs come from an OpenType substitution and so map to nothing, is avoided at the source: layout text
is drawn without shaping.)
"""

import re
import unicodedata

import pikepdf

from ..errors import DigitalTwinError

# Unicode blocks whose characters share glyphs with CJK unified ideographs in CJK fonts
RADICAL_BLOCKS = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
# Other characters Noto Sans CJK JP draws with the glyph of a character Japanese text uses far more (its cmap, read
# with fontTools: every shared glyph whose lowest code point is not the one Japanese writes)
PREFERRED = {0x2027: "・", 0x02BB: "‘", 0x2003: "\u3000", 0x2215: "／", 0x2035: "｀", 0x2329: "〈", 0x232A: "〉",
             0x2012: "–"}
# CJK Radicals Supplement characters that share a glyph with a unified ideograph in Noto Sans CJK JP (its cmap,
# read with fontTools); Unicode gives most of them no NFKC form, so 西 read back as ⻄ (U+2EC4).
SUPPLEMENT_RADICALS = ("⺂⺃⺅⺇⺉⺋⺍⺎⺏⺐⺒⺓⺔⺖⺘⺙⺛⺞⺟⺠⺡⺣⺦⺨⺩⺫⺭⺮⺯⺰⺱⺹⺺⺽⺾⻂⻃⻄⻅⻇"
                       "⻈⻉⻊⻋⻍⻐⻑⻒⻓⻕⻖⻘⻙⻚⻛⻜⻞⻟⻠⻡⻢⻥⻦⻧⻨⻩⻪⻫⻬⻭⻮⻯⻰⻲⻳")
SUPPLEMENT_IDEOGRAPHS = ("乛乚亻𠘨刂㔾𭕄兀尣尢巳幺彑忄扌攵旡歺母民氵灬丬犭𤣩罒礻𥫗糹纟罓耂肀𦥑艹衤覀西见𧢲"
                         "讠贝𧾷车辶钅長镸长𨸏阝青韦页风飞𩙿飠饣𩠐马鱼鸟卤麦黄黾斉齐歯齿竜龙亀龟")
PREFERRED.update({ord(radical): ideograph for radical, ideograph in
                  zip(SUPPLEMENT_RADICALS, SUPPLEMENT_IDEOGRAPHS, strict=True)})
HEX = re.compile(r"<([0-9A-Fa-f]+)>")
SECTION = re.compile(r"(begin(bfchar|bfrange))(.*?)(end\2)", re.S)


def _ideograph(code):
    """The character Japanese text means by a code point Qt chose for a shared glyph: the unified ideograph for a
    radical or compatibility ideograph, the katakana middle dot for U+2027...; None where the code is right."""
    if code in PREFERRED:
        return PREFERRED[code]
    if not any(low <= code <= high for low, high in RADICAL_BLOCKS):
        return None
    folded = unicodedata.normalize("NFKC", chr(code))
    return folded if len(folded) == 1 and folded != chr(code) else None


def _decode(hex_text):
    data = bytes.fromhex(hex_text)
    return data.decode("utf-16-be", errors="surrogatepass") if len(data) % 2 == 0 else None


def _encode(text):
    return "<" + text.encode("utf-16-be", errors="surrogatepass").hex().upper() + ">"


def _fixed_destination(match):
    text = _decode(match.group(1))
    if not text:
        return match.group(0)
    fixed = "".join(_ideograph(ord(char)) or char for char in text)
    return _encode(fixed) if fixed != text else match.group(0)


def _fix_bfchar(body):
    out = []
    for line in body.splitlines(keepends=True):
        tokens = list(HEX.finditer(line))
        if len(tokens) == 2:  # <code> <unicode>
            destination = tokens[1]
            line = line[:destination.start()] + _fixed_destination(destination) + line[destination.end():]
        out.append(line)
    return "".join(out)


def _fix_bfrange(body):
    out = []
    for line in body.splitlines(keepends=True):
        if "[" in line:  # <first> <last> [<unicode> ...]: every destination in the array
            head, _, array = line.partition("[")
            line = head + "[" + HEX.sub(_fixed_destination, array)
        else:
            tokens = list(HEX.finditer(line))
            if len(tokens) == 3:  # <first> <last> <unicode>: consecutive characters from one start
                first, last = int(tokens[0].group(1), 16), int(tokens[1].group(1), 16)
                start = _decode(tokens[2].group(1))
                if start and len(start) == 1 and any(_ideograph(ord(start) + step) for step in
                                                     range(last - first + 1)):
                    width = len(tokens[0].group(1))
                    targets = " ".join(_encode(_ideograph(ord(start) + step) or chr(ord(start) + step))
                                       for step in range(last - first + 1))
                    line = f"<{first:0{width}X}> <{last:0{width}X}> [{targets}]\n"
        out.append(line)
    return "".join(out)


def _fix_cmap(text):
    def section(match):
        fix = _fix_bfchar if match.group(2) == "bfchar" else _fix_bfrange
        return match.group(1) + fix(match.group(3)) + match.group(4)

    return SECTION.sub(section, text)


def fix_pdf_text(path):
    """Rewrite the ToUnicode maps of the PDF at ``path`` in place; returns how many maps changed."""
    try:
        with pikepdf.open(path, allow_overwriting_input=True) as pdf:
            changed = 0
            for obj in pdf.objects:
                if not isinstance(obj, pikepdf.Dictionary) or "/ToUnicode" not in obj:
                    continue
                stream = obj.ToUnicode
                text = stream.read_bytes().decode("latin-1")
                fixed = _fix_cmap(text)
                if fixed != text:
                    stream.write(fixed.encode("latin-1"))
                    changed += 1
            if changed:
                pdf.save(path)
            return changed
    except pikepdf.PdfError as exc:
        raise DigitalTwinError("{path}: the PDF's text map could not be fixed ({detail})", path=path,
                               detail=str(exc)) from exc
