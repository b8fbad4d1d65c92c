#!/usr/bin/env python3
"""Makes the independent test set of drawn digits: canvases as a person would leave them.

Independent of the app on purpose: nothing here shares code, stroke model or rasteriser with
Digit Lab's Java preprocessing or its own drawn-digit tests, so a mistake in those cannot make this
set easier. Only numpy and the standard library are used (PNG written by hand with zlib).

Two sources, both rendered as pen strokes by this script's own anti-aliased round-pen rasteriser:

* MNIST *test* digits (never trained on), thinned to one-pixel centre lines (Zhang-Suen thinning
  of the 4x upsampled digit), the centre lines traced as segments between neighbouring skeleton
  pixels, bent by a smooth hand wobble, then leaned, slanted, scaled and placed off-centre
  (digits whose ink has a blob no centre line describes, a loop filled with ink, are skipped:
  redrawn with a pen they would be another shape);
* hand-made stroke models of digits MNIST's American writers rarely made: European 1s with a
  lead-in stroke (some with a foot) and 7s with a bar across the stem.

Each canvas: 200x200 grey, thin to thick pen (3-16% of the digit's longer side), dark ink on light
paper or light chalk on a dark board (half each), the digit's longer side 45-85% of the canvas, anywhere.
Written to OUT/NNN-D.png (D the digit) and OUT/index.csv saying how each one was made.

    python3 scripts/drawn-testset/make_drawn_testset.py ~/.digitlab/datasets/mnist \
        src/test/resources/drawn/independent
"""
import csv
import math
import os
import struct
import sys
import zlib

import numpy as np

SEED = 20261201
CANVAS = 200
MNIST_DIGITS = 330
EUROPEAN_ONES = 40
BARRED_SEVENS = 30
BLOB_RATIO = 2.2


def read_idx(path):
    with open(path, "rb") as f:
        data = f.read()
    magic, count = struct.unpack(">II", data[:8])
    if magic == 2051:
        rows, cols = struct.unpack(">II", data[8:16])
        return np.frombuffer(data, np.uint8, offset=16).reshape(count, rows, cols)
    return np.frombuffer(data, np.uint8, offset=8)


def write_png(path, grey):
    """8-bit greyscale PNG, filter 0 on every row."""
    h, w = grey.shape
    raw = b"".join(b"\x00" + grey[y].tobytes() for y in range(h))

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


# ---- centre lines of MNIST digits -------------------------------------------------------------

def upsample(img, k):
    """Bilinear upsampling by k, pixel centres aligned."""
    h, w = img.shape
    ys = (np.arange(h * k) + 0.5) / k - 0.5
    xs = (np.arange(w * k) + 0.5) / k - 0.5
    y0 = np.clip(np.floor(ys).astype(int), 0, h - 1)
    x0 = np.clip(np.floor(xs).astype(int), 0, w - 1)
    y1 = np.clip(y0 + 1, 0, h - 1)
    x1 = np.clip(x0 + 1, 0, w - 1)
    fy = np.clip(ys - y0, 0, 1)[:, None]
    fx = np.clip(xs - x0, 0, 1)[None, :]
    a = img[y0][:, x0] * (1 - fx) + img[y0][:, x1] * fx
    b = img[y1][:, x0] * (1 - fx) + img[y1][:, x1] * fx
    return a * (1 - fy) + b * fy


def zhang_suen(binary):
    """Thins a binary image to one-pixel-wide centre lines (Zhang & Suen 1984)."""
    img = np.pad(binary.astype(np.uint8), 1)
    changed = True
    while changed:
        changed = False
        for step in (0, 1):
            p2 = img[:-2, 1:-1]; p3 = img[:-2, 2:]; p4 = img[1:-1, 2:]; p5 = img[2:, 2:]
            p6 = img[2:, 1:-1]; p7 = img[2:, :-2]; p8 = img[1:-1, :-2]; p9 = img[:-2, :-2]
            ring = [p2, p3, p4, p5, p6, p7, p8, p9, p2]
            b = sum(n.astype(int) for n in ring[:8])
            a = sum(((ring[i] == 0) & (ring[i + 1] == 1)).astype(int) for i in range(8))
            if step == 0:
                c = (p2 * p4 * p6 == 0) & (p4 * p6 * p8 == 0)
            else:
                c = (p2 * p4 * p8 == 0) & (p2 * p6 * p8 == 0)
            remove = (img[1:-1, 1:-1] == 1) & (b >= 2) & (b <= 6) & (a == 1) & c
            if remove.any():
                img[1:-1, 1:-1][remove] = 0
                changed = True
    return img[1:-1, 1:-1].astype(bool)


def depth(binary):
    """Each ink pixel's distance to the background in 4-neighbour steps (repeated erosion)."""
    d = np.zeros(binary.shape, int)
    cur = binary.copy()
    while cur.any():
        d += cur
        p = np.pad(cur, 1)
        cur = cur & p[:-2, 1:-1] & p[2:, 1:-1] & p[1:-1, :-2] & p[1:-1, 2:]
    return d


def skeleton_segments(digit):
    """Segments (x0, y0, x1, y1) in MNIST pixel units joining neighbouring centre-line pixels,
    or None when the ink has a blob a centre line cannot describe (a loop filled with ink, where
    the stroke is over BLOB_RATIO times its median thickness)."""
    k = 4
    big = upsample(digit.astype(float) / 255.0, k) > 0.5
    skel = zhang_suen(big)
    thickness = depth(big)[skel]
    if thickness.size == 0 or thickness.max() > BLOB_RATIO * np.median(thickness):
        return None
    ys, xs = np.nonzero(skel)
    on = set(zip(ys.tolist(), xs.tolist()))
    segs = []
    for y, x in on:
        for dy, dx in ((0, 1), (1, 1), (1, 0), (1, -1)):
            if (y + dy, x + dx) in on:
                # a diagonal step beside a straight path would double the line: skip it
                if dy and dx and ((y + dy, x) in on or (y, x + dx) in on):
                    continue
                segs.append(((x + 0.5) / k, (y + 0.5) / k, (x + dx + 0.5) / k, (y + dy + 0.5) / k))
    if not segs:  # a lone dot
        segs = [((x + 0.5) / k, (y + 0.5) / k, (x + 0.5) / k, (y + 0.5) / k) for y, x in on]
    return np.array(segs, dtype=float)


# ---- stroke models of European digits -----------------------------------------------------------

def polyline(points):
    pts = np.array(points, dtype=float)
    return np.concatenate([pts[:-1], pts[1:]], axis=1)


def european_one(rng):
    """Lead-in stroke up to the top, the stem down; sometimes a foot. Unit box, y down."""
    top = (0.5 + rng.uniform(-0.05, 0.05), 0.0)
    bottom = (top[0] + rng.uniform(-0.12, 0.02), 1.0)
    length = rng.uniform(0.22, 0.45)
    angle = math.radians(rng.uniform(15, 55))
    start = (top[0] - length * math.cos(angle), top[1] + length * math.sin(angle))
    bend = ((start[0] + top[0]) / 2 + rng.uniform(-0.03, 0.03), (start[1] + top[1]) / 2 + rng.uniform(-0.03, 0.03))
    segs = [polyline([start, bend, top, ((top[0] + bottom[0]) / 2, 0.5), bottom])]
    foot = rng.random() < 0.3
    if foot:
        w = rng.uniform(0.18, 0.3)
        segs.append(polyline([(bottom[0] - w, 1.0), (bottom[0] + w, 1.0)]))
    return np.concatenate(segs), "european-1" + ("+foot" if foot else "")


def barred_seven(rng):
    """Top bar, stem down to the left, a bar across the stem's middle."""
    left = (0.0, rng.uniform(0.0, 0.08))
    right = (rng.uniform(0.85, 1.0), 0.0)
    foot = (rng.uniform(0.3, 0.5), 1.0)
    hook = rng.random() < 0.3  # a small downward tick at the bar's left end
    pts = ([(left[0], left[1] + rng.uniform(0.1, 0.18))] if hook else []) + [left, right, foot]
    segs = [polyline(pts)]
    t = rng.uniform(0.45, 0.6)
    mx = right[0] + t * (foot[0] - right[0])
    my = right[1] + t * (foot[1] - right[1])
    half = rng.uniform(0.18, 0.3)
    tilt = rng.uniform(-0.04, 0.04)
    segs.append(polyline([(mx - half, my + tilt), (mx + half, my - tilt)]))
    return np.concatenate(segs), "barred-7" + ("+hook" if hook else "")


# ---- the hand and the pen -----------------------------------------------------------------------

def wobble(segs, rng, amount):
    """A smooth displacement (two random low-frequency waves per axis), as a hand on glass."""
    out = segs.copy()
    for axis in (0, 1):
        for _ in range(2):
            fx, fy = rng.uniform(0.5, 1.5, 2) * 2 * math.pi
            phase = rng.uniform(0, 2 * math.pi)
            for px, py in ((0, 1), (2, 3)):
                out[:, px + axis] += amount * np.sin(fx * segs[:, px] + fy * segs[:, py] + phase)
    return out


def place(segs, rng, size_px):
    """Lean, slant, scale the longer side to size_px and put anywhere (the whole pen inside)."""
    pts = segs.reshape(-1, 2)
    pts = pts - pts.mean(axis=0)
    rot = math.radians(rng.uniform(-12, 12))
    shear = rng.uniform(-0.2, 0.2)
    m = np.array([[math.cos(rot), -math.sin(rot)], [math.sin(rot), math.cos(rot)]]) @ np.array([[1, shear], [0, 1]])
    pts = pts @ m.T
    pts = pts * np.array([rng.uniform(0.85, 1.15), 1.0])
    extent = (pts.max(axis=0) - pts.min(axis=0)).max()
    pts = pts * (size_px / max(extent, 1e-6))
    return pts.reshape(-1, 4), math.degrees(rot), shear


def render(segs, radius):
    """Coverage of a round pen of the given radius along every segment, anti-aliased by distance."""
    cover = np.zeros((CANVAS, CANVAS))
    yy, xx = np.mgrid[0:CANVAS, 0:CANVAS] + 0.5
    for x0, y0, x1, y1 in segs:
        xa = int(max(0, math.floor(min(x0, x1) - radius - 2)))
        xb = int(min(CANVAS, math.ceil(max(x0, x1) + radius + 2)))
        ya = int(max(0, math.floor(min(y0, y1) - radius - 2)))
        yb = int(min(CANVAS, math.ceil(max(y0, y1) + radius + 2)))
        if xa >= xb or ya >= yb:
            continue
        px = xx[ya:yb, xa:xb] - x0
        py = yy[ya:yb, xa:xb] - y0
        vx, vy = x1 - x0, y1 - y0
        l2 = vx * vx + vy * vy
        t = np.clip((px * vx + py * vy) / l2, 0, 1) if l2 > 0 else 0
        d = np.hypot(px - t * vx, py - t * vy)
        np.maximum(cover[ya:yb, xa:xb], np.clip(radius + 0.5 - d, 0, 1), out=cover[ya:yb, xa:xb])
    return cover


def canvas(segs, rng, unit):
    """Renders segments (in units of `unit` per digit height) as one finished canvas."""
    size = rng.uniform(0.45, 0.85) * CANVAS
    pen = rng.uniform(0.03, 0.16) * size
    segs = wobble(segs / unit, rng, rng.uniform(0.0, 0.025)) * unit
    pts, rot, shear = place(segs, rng, size)
    flat = pts.reshape(-1, 2)
    margin = pen / 2 + 2
    lo = flat.min(axis=0)
    hi = flat.max(axis=0)
    room = np.maximum(0, CANVAS - 2 * margin - (hi - lo))
    offset = margin - lo + rng.uniform(0, 1, 2) * room
    pts = pts + np.tile(offset, 2)
    cover = render(pts, pen / 2)
    chalk = rng.random() < 0.5
    paper = rng.uniform(0.85, 1.0) if not chalk else rng.uniform(0.0, 0.2)
    ink = rng.uniform(0.0, 0.25) if not chalk else rng.uniform(0.8, 1.0)
    grey = paper + (ink - paper) * cover
    image = np.clip(np.round(grey * 255), 0, 255).astype(np.uint8)
    return image, {"pen_px": round(pen, 1), "size_px": round(size), "rotation_deg": round(rot, 1),
                   "shear": round(shear, 2), "scheme": "light-on-dark" if chalk else "dark-on-light"}


def main(mnist_dir, out_dir):
    rng = np.random.default_rng(SEED)
    images = read_idx(os.path.join(mnist_dir, "t10k-images-idx3-ubyte"))
    labels = read_idx(os.path.join(mnist_dir, "t10k-labels-idx1-ubyte"))
    os.makedirs(out_dir, exist_ok=True)
    rows = []
    jobs = []
    skipped = 0
    for i in rng.permutation(len(images)):
        if len(jobs) == MNIST_DIGITS:
            break
        segs = skeleton_segments(images[i])
        if segs is None:
            skipped += 1
            continue
        jobs.append(("mnist-test-" + str(int(i)), int(labels[i]), segs))
    jobs += [("template", 1, None)] * EUROPEAN_ONES + [("template", 7, None)] * BARRED_SEVENS
    order = rng.permutation(len(jobs))
    for n, j in enumerate(order, start=1):
        source, digit, segs = jobs[j]
        if segs is not None:
            unit = 20.0
        else:
            segs, source = european_one(rng) if digit == 1 else barred_seven(rng)
            unit = 1.0
        image, facts = canvas(segs, rng, unit)
        name = "%03d-%d.png" % (n, digit)
        write_png(os.path.join(out_dir, name), image)
        rows.append({"file": name, "digit": digit, "source": source, **facts})
    with open(os.path.join(out_dir, "index.csv"), "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        writer.writeheader()
        writer.writerows(rows)
    print("wrote %d canvases to %s (%d MNIST test digits with ink blobs skipped)" % (len(rows), out_dir, skipped))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make_drawn_testset.py MNIST_DIR OUT_DIR")
    main(sys.argv[1], sys.argv[2])
