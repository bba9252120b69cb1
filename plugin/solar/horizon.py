"""Horizon angles from a DSM, one map per azimuth sector, computed once and looked up for every sun position.

For a direction, the horizon tangent of pixel p is max over distances d of (z(p + d·u) - z(p)) / d. We march along
the direction by shifting the whole grid (vectorised numpy, no per-pixel loop), in two parts:
- near field: up to NEAR_STEPS pixels every pixel along the direction is visited, on the DSM itself (exact);
- far field: on a grid of COARSE x COARSE blocks holding each block's highest point, with a step that doubles every
  octave (SAMPLES_PER_OCTAVE samples per doubling of distance). Each sample is the highest block over the step's
  length along the ray (a line maximum built by doubling), so a narrow tall object between two samples is never
  skipped. A block's far horizon is marched for its lowest and its highest pixel and interpolated in height for
  the pixels between: exact for ground and roof pixels; the horizon as a function of the observer's height is
  convex, so in between it errs on the high side. Positions are known to within a block and half a step. Most
  blocks of a city are level (lowest = highest point): the lowest point is marched on the other blocks only.
The march stops at the search radius, or when even the highest point of the DSM could no longer rise above
MIN_HORIZON_DEG. Outside the DSM the ground is assumed open (no obstruction).
"""

import math

import numpy as np

NEAR_STEPS = 16
NEAR_BAND_ROWS = 32  # observers per cache-sized band in the near field
COARSE = 2
SAMPLES_PER_OCTAVE = 6
MIN_HORIZON_DEG = 1.0
NOTHING_SEEN = np.float32(-1e6)  # a height (and tangent) below anything real; finite, so no NaN arithmetic
HIGHEST = np.float32(1e6)


def sector_azimuths(count):
    """Centre azimuths (degrees clockwise from north) of ``count`` equal sectors, the first centred on north."""
    return np.arange(count) * (360.0 / count)


def near_schedule(radius_px):
    """(distance, step, start) in pixels of the near-field samples: every pixel, itself."""
    return [(float(d), 1, float(d)) for d in range(1, min(NEAR_STEPS, int(radius_px)) + 1)]


def far_schedule(radius_px):
    """(distance, step, start) in blocks of COARSE pixels of the far-field samples, beyond NEAR_STEPS out to the
    radius. A sample is the highest block of the ``step`` blocks along the ray from ``start``, centred on
    ``distance``."""
    schedule, step, distance = [], 1, NEAR_STEPS // COARSE
    while distance * COARSE < radius_px:
        if distance >= step * SAMPLES_PER_OCTAVE * 2:
            step *= 2
        distance += step
        schedule.append((float(distance), step, distance - (step - 1) / 2))
    return schedule


def reach(radius, cellsize):
    """How many pixels beyond a pixel the march may read (the radius, half the longest step and a block)."""
    radius_px = max(1.0, radius / cellsize)
    far = far_schedule(radius_px)
    if not far:
        return NEAR_STEPS + 1
    distance, step, _start = far[-1]
    return int(math.ceil((distance + step / 2 + 1) * COARSE)) + 1


def block_reduce(grid, combine, padding):
    """``combine`` (np.maximum, np.minimum) over COARSE x COARSE blocks; the grid is padded with ``padding`` to
    whole blocks. Pixel by pixel of the blocks over strided views: long inner loops, unlike a reduction over the
    short block axes."""
    rows, cols = grid.shape
    padded = np.pad(grid, ((0, -rows % COARSE), (0, -cols % COARSE)), constant_values=padding)
    views = [padded[row::COARSE, col::COARSE] for row in range(COARSE) for col in range(COARSE)]
    reduced = views[0].copy()
    for view in views[1:]:
        combine(reduced, view, out=reduced)
    return reduced


def block_expand(coarse, shape):
    """Each block's value on its COARSE x COARSE pixels, cut to ``shape``."""
    rows, cols = coarse.shape
    expanded = np.broadcast_to(coarse[:, None, :, None], (rows, COARSE, cols, COARSE))
    return expanded.reshape(rows * COARSE, cols * COARSE)[:shape[0], :shape[1]]


def march(source_for_step, schedule, run_per_step, azimuth_deg, relief, dense, sparse, rows):
    """tangent = max(tangent, (source(p + d·u) - observer(p)) / run) over the schedule's samples, for every cell of
    ``dense`` = (tangent, observer), two 2D grids of the sources' shape, and for the cells of ``sparse`` =
    (tangent, observer, cells): 1D values for the flat cell numbers ``cells`` (sorted) only; observers in the
    range ``rows`` (first, end) only.

    Works on the flattened grid, where a 2D shift is one contiguous 1D offset (several times faster than 2D
    slices); samples that would wrap into the next or previous row are masked out of the source, in place (the
    sources are the caller's scratch arrays).
    """
    tangent, observer = dense
    first_row, end_row = rows
    rows, cols = observer.shape
    flat_tangent, flat_observer = tangent.ravel(), observer.ravel()
    sparse_tangent, sparse_observer, cells = sparse
    size = rows * cols
    buffer = np.empty(size, dtype=np.float32)
    cell_buffer, value_buffer = np.empty_like(cells), np.empty(cells.size, dtype=np.float32)
    east, north = math.sin(math.radians(azimuth_deg)), math.cos(math.radians(azimuth_deg))
    min_tangent = math.tan(math.radians(MIN_HORIZON_DEG))
    seen, source_step, masked = set(), None, 0
    for distance, step, start in schedule:
        dc, dr = int(round(start * east)), int(round(-start * north))
        if (dc, dr, step) in seen or (dc == 0 and dr == 0):
            continue
        seen.add((dc, dr, step))
        run = (math.hypot(dc, dr) + distance - start) * run_per_step
        if abs(dr) >= rows or abs(dc) >= cols or relief / run < min_tangent:
            break
        if step != source_step:
            source = source_for_step(step)
            source_step, masked = step, 0
        if abs(dc) > masked:  # samples in these columns belong to observers on the other edge: hide them
            if dc > 0:
                source[:, masked:dc] = NOTHING_SEEN
            else:
                source[:, cols + dc:cols - masked] = NOTHING_SEEN
            masked = abs(dc)
        offset, inverse_run = dr * cols + dc, np.float32(1.0 / run)
        flat_source = source.ravel()
        # observers in the wanted rows whose sample is in the grid
        target = slice(max(first_row * cols, -offset), min(end_row * cols, size - offset))
        if target.start >= target.stop:
            continue
        sample = slice(target.start + offset, target.stop + offset)
        work = buffer[target]
        np.subtract(flat_source[sample], flat_observer[target], out=work)
        work *= inverse_run
        np.maximum(flat_tangent[target], work, out=flat_tangent[target])
        # the sparse cells whose sample lies inside the grid: a run of the sorted cell numbers
        first, end = np.searchsorted(cells, [target.start, target.stop])
        if first < end:
            cell, value = cell_buffer[first:end], value_buffer[first:end]
            np.add(cells[first:end], offset, out=cell)
            np.take(flat_source, cell, out=value, mode="clip")  # all inside: "clip" only skips the bounds check
            np.subtract(value, sparse_observer[first:end], out=value)
            value *= inverse_run
            np.maximum(sparse_tangent[first:end], value, out=sparse_tangent[first:end])


def march_near_pair(forward, backward_low, padded_dsm, schedule, cellsize, azimuth_deg, relief, rows):
    """Near field toward an azimuth and its opposite in one pass: a pixel pair (p, q = p + offset) gives p its
    sample toward the azimuth and q its sample toward the opposite, from one difference. Complete for the
    observers in the range ``rows`` (first, end).

    ``padded_dsm`` has at least NEAR_STEPS columns of NOTHING_SEEN on the right, so no sample wraps into another row
    (it falls in the padding and counts for nothing). ``forward`` gets max tangents; ``backward_low`` gets the
    minimum of the same differences, i.e. minus the opposite direction's tangents.
    """
    first_row, end_row = rows
    rows, width = padded_dsm.shape
    flat_dsm, flat_forward, flat_backward = padded_dsm.ravel(), forward.ravel(), backward_low.ravel()
    size = flat_dsm.size
    east, north = math.sin(math.radians(azimuth_deg)), math.cos(math.radians(azimuth_deg))
    min_tangent = math.tan(math.radians(MIN_HORIZON_DEG))
    steps, seen = [], set()
    for _distance, _step, start in schedule:
        dc, dr = int(round(start * east)), int(round(-start * north))
        if (dc, dr) in seen or (dc == 0 and dr == 0):
            continue
        seen.add((dc, dr))
        run = math.hypot(dc, dr) * cellsize
        if abs(dr) >= rows or relief / run < min_tangent:
            break
        steps.append((dr * width + dc, np.float32(1.0 / run)))
    # All steps on one band of observers at a time: the band and its samples stay in the CPU cache across the
    # steps, instead of streaming the whole grid from memory once per step (each pair is still visited once, and
    # max/min do not care in which order).
    # q = p + offset is at most NEAR_STEPS rows from p: pairs with p that far around the wanted rows
    first, end_of_pairs = max(0, first_row - NEAR_STEPS) * width, min(rows, end_row + NEAR_STEPS) * width
    chunk = NEAR_BAND_ROWS * width
    buffer = np.empty(chunk, dtype=np.float32)
    for begin in range(first, end_of_pairs, chunk):
        end = min(end_of_pairs, begin + chunk)
        for offset, inverse_run in steps:
            low, high = max(begin, -offset), min(end, size - offset)  # observers whose sample is in the grid
            if low >= high:
                continue
            work = buffer[:high - low]
            np.subtract(flat_dsm[low + offset:high + offset], flat_dsm[low:high], out=work)
            work *= inverse_run
            np.maximum(flat_forward[low:high], work, out=flat_forward[low:high])
            np.minimum(flat_backward[low + offset:high + offset], work, out=flat_backward[low + offset:high + offset])


class HorizonMarcher:
    """Horizon tangents of every pixel of ``dsm`` toward any azimuth; padded and block grids are made once.

    ``relief`` (highest minus lowest point) decides how far the march goes; give the whole raster's when ``dsm``
    is one tile of it, so every tile marches as far as the whole would (tiles must start on whole blocks).
    ``rows``: (first, end) when only those rows' tangents are wanted (a tile's core; the rest only casts shadows):
    the tangents of the other rows are then incomplete.
    """

    def __init__(self, dsm, cellsize, radius, relief=None, rows=None):
        self.dsm = np.ascontiguousarray(dsm, dtype=np.float32)
        self.rows = rows or (0, self.dsm.shape[0])
        self.cellsize = float(cellsize)
        radius_px = max(1.0, radius / self.cellsize)
        self.near = near_schedule(radius_px)
        self.far = far_schedule(radius_px)
        if relief is None:
            relief = float(self.dsm.max() - self.dsm.min()) if self.dsm.size else 0.0
        self.relief = relief
        self.padded = np.pad(self.dsm, ((0, 0), (0, NEAR_STEPS + 1)), constant_values=NOTHING_SEEN)
        # scratch grids, reused for every azimuth (fresh multi-megabyte arrays cost more than filling old ones)
        self._near_forward, self._near_backward = np.empty_like(self.padded), np.empty_like(self.padded)
        if self.far:
            self.block_top = block_reduce(self.dsm, np.maximum, NOTHING_SEEN)
            self._uneven_blocks()
            self._from_top = np.empty_like(self.block_top)
            self._from_low = np.empty_like(self.uneven_low)
            self._maxima = {step: np.empty_like(self.block_top) for _distance, step, _start in self.far}

    def _uneven_blocks(self):
        """Most blocks of a city DSM are level (one roof, one street): the far horizons of their lowest and highest
        points are the same. The lowest point is marched on the uneven blocks only (a wall's foot and its roof in
        one block), and their pixels are interpolated in height between the two."""
        block_low = block_reduce(self.dsm, np.minimum, HIGHEST)
        uneven = block_low < self.block_top
        self.uneven = np.flatnonzero(uneven)  # flat block numbers, sorted
        self.uneven_low = block_low.ravel()[self.uneven]
        self.uneven_pixels = np.flatnonzero(block_expand(uneven, self.dsm.shape))
        pixel_rows, pixel_cols = np.divmod(self.uneven_pixels, self.dsm.shape[1])
        block = (pixel_rows // COARSE) * self.block_top.shape[1] + pixel_cols // COARSE
        self.pixel_block = np.searchsorted(self.uneven, block)  # each uneven pixel's place in self.uneven
        low = self.uneven_low[self.pixel_block]
        top = self.block_top.ravel()[block]
        self.height_share = ((self.dsm.ravel()[self.uneven_pixels] - low) / (top - low)).astype(np.float32)

    def sector_tangents(self, count):
        """(sector number, azimuth, horizon tangents) for ``count`` equal sectors; opposite sectors are marched
        together when ``count`` is even. The yielded array is reused for the next sector."""
        azimuths = sector_azimuths(count)
        pair = np.empty_like(self.dsm), np.empty_like(self.dsm)
        if count % 2:
            for number, azimuth in enumerate(azimuths):
                yield number, azimuth, self.tangent_pair(azimuth, pair)[0]
            return
        for number in range(count // 2):
            forward, backward = self.tangent_pair(azimuths[number], pair)
            yield number, azimuths[number], forward
            yield number + count // 2, azimuths[number + count // 2], backward

    def tangents(self, azimuth_deg):
        """Horizon tangent (rise over run; very negative where nothing was sampled) of every pixel toward
        ``azimuth_deg``."""
        return self.tangent_pair(azimuth_deg)[0]

    def tangent_pair(self, azimuth_deg, out=None):
        """Horizon tangents toward ``azimuth_deg`` and toward the opposite azimuth, in ``out`` (two arrays of the
        DSM's shape) if given."""
        cols = self.dsm.shape[1]
        near_forward, backward_low = self._near_forward, self._near_backward
        near_forward.fill(NOTHING_SEEN)
        backward_low.fill(HIGHEST)
        march_near_pair(near_forward, backward_low, self.padded, self.near, self.cellsize, azimuth_deg, self.relief,
                        self.rows)
        forward, backward = out if out is not None else (np.empty_like(self.dsm), np.empty_like(self.dsm))
        np.copyto(forward, near_forward[:, :cols])
        np.negative(backward_low[:, :cols], out=backward)
        if self.far:
            self._add_far_field(forward, azimuth_deg)
            self._add_far_field(backward, (azimuth_deg + 180.0) % 360.0)
        return forward, backward

    def _add_far_field(self, tangent, azimuth_deg):
        from_top, from_low = self._from_top, self._from_low
        from_top.fill(NOTHING_SEEN)
        from_low.fill(NOTHING_SEEN)
        # the wanted rows, widened to whole blocks
        first_block, end_block = self.rows[0] // COARSE, -(-self.rows[1] // COARSE)
        march(self._ray_maxima(azimuth_deg).get, self.far, self.cellsize * COARSE, azimuth_deg, self.relief,
              (from_top, self.block_top), (from_low, self.uneven_low, self.uneven), (first_block, end_block))
        # every pixel sees at least its block's highest point's far horizon (a higher observer sees less): spread
        # over the block's columns, then over its rows by a broadcast view (long inner loops)
        rows, cols = tangent.shape
        top = np.repeat(from_top[first_block:end_block], COARSE, axis=1)[:, :cols]
        first, end = first_block * COARSE, min(rows, end_block * COARSE)
        whole = end - (end - first) % COARSE
        blocks = tangent[first:whole].reshape(-1, COARSE, cols)
        np.maximum(blocks, top[:len(blocks), None, :], out=blocks)
        if whole < end:  # a last, partial block row
            np.maximum(tangent[whole:end], top[-1], out=tangent[whole:end])
        # pixels of uneven blocks: between the far horizons of the block's lowest and highest point, by height
        wanted = slice(*np.searchsorted(self.uneven_pixels, [first * cols, end * cols]))
        pixels, block = self.uneven_pixels[wanted], self.pixel_block[wanted]
        low = from_low[block]
        rise = from_top.ravel()[self.uneven[block]] - low
        far = self.height_share[wanted] * rise
        far += low
        flat = tangent.ravel()
        flat[pixels] = np.maximum(flat[pixels], far)

    def _ray_maxima(self, azimuth_deg):
        """step -> for every block, the highest of the ``step`` blocks from it along the ray (doubling each time:
        a line, not a box, so a wall beside the ray is not seen early). Written over the scratch grids of the
        previous azimuth: march masks them."""
        east, north = math.sin(math.radians(azimuth_deg)), math.cos(math.radians(azimuth_deg))
        maxima = self._maxima
        np.copyto(maxima[1], self.block_top)
        rows, cols = self.block_top.shape
        step = 1
        while 2 * step in maxima:
            half, doubled = maxima[step], maxima[2 * step]
            dc, dr = int(round(step * east)), int(round(-step * north))
            np.copyto(doubled, half)  # where the shifted half falls outside, the block's own line maximum stays
            if abs(dr) < rows and abs(dc) < cols:
                inside = doubled[max(0, -dr):rows - max(0, dr), max(0, -dc):cols - max(0, dc)]
                np.maximum(inside, half[max(0, dr):rows + min(0, dr), max(0, dc):cols + min(0, dc)], out=inside)
            step *= 2
        return maxima


def horizon_tangents(dsm, cellsize, azimuth_deg, radius=500.0):
    """Horizon tangents of every pixel of ``dsm`` toward one azimuth (convenience for a single direction)."""
    return HorizonMarcher(dsm, cellsize, radius).tangents(azimuth_deg)


def shadow_mask(dsm, cellsize, sun_elevation_deg, sun_azimuth_deg, radius=500.0):
    """True where the sun at (elevation, azimuth) is hidden by the DSM."""
    tangent = horizon_tangents(dsm, cellsize, sun_azimuth_deg, radius)
    return tangent > math.tan(math.radians(sun_elevation_deg))
