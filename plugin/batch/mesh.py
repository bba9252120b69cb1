"""JIS X 0410 standard grid squares ("mesh"), as PLATEAU names its files: codes of points and bounds of codes.

A third-order (基準地域メッシュ, ~1 km) square is 30" of latitude by 45" of longitude, a second-order (~10 km) one 5'
by 7'30", a first-order one 40' by 1 degree. Working in whole third-order rows and columns (latitude x 120,
longitude x 80) keeps every level exact: each level's digits are quotients of that one integer pair.
"""

import math

from ..errors import InputError

ROWS_PER_DEGREE = 120  # third-order squares per degree of latitude (30")
COLUMNS_PER_DEGREE = 80  # per degree of longitude (45")
LONGITUDE_OFFSET = 100  # first-order longitude digits are the degrees minus 100
# digits -> (name, third-order rows, columns per square)
LEVELS = {4: ("first", 80, 80), 6: ("second", 10, 10), 8: ("third", 1, 1)}
CODE_LENGTHS = (4, 6, 8, 9, 10)  # 9 and 10: half and quarter meshes, inside their third-order square
LEVEL_DIGITS = {name: digits for digits, (name, _, _) in LEVELS.items()}


def mesh_code(lon: float, lat: float, level: str = "third") -> str:
    """The code of the square holding (lon, lat) in JGD2011 degrees: 4 (first), 6 (second) or 8 (third) digits."""
    if level not in LEVEL_DIGITS:
        raise InputError("unknown mesh level {level}; choose one of {levels}", field="level", level=level,
                         levels=", ".join(LEVEL_DIGITS))
    row = math.floor(lat * ROWS_PER_DEGREE + 1e-9)  # the epsilon puts a point on an edge in the square it starts
    column = math.floor(lon * COLUMNS_PER_DEGREE + 1e-9)
    first_row, row_rest = divmod(row, 80)
    first_column, column_rest = divmod(column, 80)
    code = f"{first_row:02d}{first_column - LONGITUDE_OFFSET:02d}"
    if level != "first":
        code += f"{row_rest // 10}{column_rest // 10}"
    if level == "third":
        code += f"{row_rest % 10}{column_rest % 10}"
    return code


def mesh_bounds(code: str) -> tuple:
    """(west, south, east, north) in degrees of a 4-, 6- or 8-digit code; longer codes (half meshes) give the bounds
    of their third-order square."""
    code = str(code).strip()
    if not code.isdigit() or len(code) not in CODE_LENGTHS:
        raise InputError("{code} is not a JIS mesh code (4, 6, 8, 9 or 10 digits)", field="mesh", code=code)
    digits = max(d for d in LEVELS if d <= len(code))
    _, rows, columns = LEVELS[digits]
    row = int(code[0:2]) * 80
    column = (int(code[2:4]) + LONGITUDE_OFFSET) * 80
    if digits >= 6:
        row, column = row + int(code[4]) * 10, column + int(code[5]) * 10
        if int(code[4]) > 7 or int(code[5]) > 7:
            raise InputError("{code} is not a JIS mesh code: second-order digits run 0 to 7", field="mesh", code=code)
    if digits >= 8:
        row, column = row + int(code[6]), column + int(code[7])
    return (column / COLUMNS_PER_DEGREE, row / ROWS_PER_DEGREE, (column + columns) / COLUMNS_PER_DEGREE,
            (row + rows) / ROWS_PER_DEGREE)


def parent_code(code: str, level: str) -> str:
    """The code of the ``level`` square holding a finer square: its leading digits."""
    digits = LEVEL_DIGITS.get(level)
    if digits is None or len(code) < digits or not code.isdigit():
        raise InputError("{code} has no {level}-order mesh", field="mesh", code=code, level=level)
    return code[:digits]
