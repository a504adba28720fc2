#!/usr/bin/env python3
"""Blind holdout set 4: five synthetic Japanese government recruitment brochures.

Written WITHOUT reading the tool's sources, its tests or the other generators' drawing code.
Self-contained: its own page model, line breaking, tables, bar chart and checks.

    python3 Fixtures/generate_holdout4.py               # all five
    python3 Fixtures/generate_holdout4.py mofa-2025     # just one

Writes Fixtures/holdout4/NAME.pdf, NAME.facts.json and NAME.expected.txt.  Deterministic
(reportlab invariant=1, seeded shuffles).  Refuses to write a brochure whose text items
overlap each other or a figure, leave the page / panel / margins, are missing from the
expected text, or whose numbers do not add up (see check_facts).
"""
import json
import os
import random
import re
import sys

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout4')
GOTHIC = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'
MINCHO = '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'
_TT = {'G': TTFont('IPAexG', GOTHIC), 'M': TTFont('IPAexM', MINCHO)}
for _f in _TT.values():
    pdfmetrics.registerFont(_f)
FONTS = {'G': 'IPAexG', 'M': 'IPAexM'}
ASC, DESC = 0.88, 0.12          # IPAex ascent / descent (em)

K = Color(0, 0, 0)
WHITE = Color(1, 1, 1)
GREY = Color(0.45, 0.45, 0.45)
LIGHT = Color(0.85, 0.85, 0.85)


class FixtureError(Exception):
    pass


def fail(msg):
    raise FixtureError(msg)


def sw(s, font, size, cs=0.0):
    return pdfmetrics.stringWidth(s, FONTS[font], size) + cs * len(s)


# ---------------------------------------------------------------- page model

class Item:
    """One text object (BT ... ET): one visual line, one table-cell line or one glyph."""

    def __init__(self, page, x, y, text, font, size, color, mode, cs, furniture, keepin):
        self.page, self.x, self.y, self.text = page, x, y, text
        self.font, self.size, self.color, self.mode, self.cs = font, size, color, mode, cs
        self.furniture, self.keepin = furniture, keepin
        self.w = sw(text, font, size, cs)

    def bbox(self):
        return (self.x, self.y - ASC * self.size, self.x + self.w, self.y + DESC * self.size)


class Page:
    def __init__(self, doc, size, margins, panels=None):
        self.doc = doc
        self.W, self.H = size
        self.ml, self.mt, self.mr, self.mb = margins
        # text must stay inside one of these x ranges (tri-fold panels); default: the margins
        self.panels = panels or [(self.ml, self.W - self.mr)]
        self.items, self.ops, self.keepout, self.lines = [], [], [], []

    # text -----------------------------------------------------------
    def t(self, x, y, s, font='M', size=9.0, color=K, align='l', mode=0, cs=0.0,
          furniture=False, keepin=None):
        if not s:
            fail('empty text item')
        missing = [ch for ch in s if ord(ch) not in _TT[font].face.charToGlyph]
        if missing:
            fail(f'no glyph for {missing} in {FONTS[font]}')
        w = sw(s, font, size, cs)
        if align == 'r':
            x -= w
        elif align == 'c':
            x -= w / 2
        it = Item(self, x, y, s, font, size, color, mode, cs, furniture, keepin)
        self.items.append(it)
        return it

    # expected text --------------------------------------------------
    def emit(self, *cells, sep='\t', join=''):
        """One expected line. Each cell is an Item, a list of Items (joined by `join`) or
        None / [] (an empty table cell)."""
        norm = []
        for c in cells:
            if c is None:
                norm.append([])
            elif isinstance(c, Item):
                norm.append([c])
            else:
                norm.append(list(c))
        self.lines.append((norm, sep, join))

    def expected_lines(self):
        out = []
        for cells, sep, join in self.lines:
            out.append(sep.join(join.join(i.text for i in c) for c in cells))
        return out

    # graphics (top-down coordinates) ---------------------------------
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5, dash=None, keepout=False, r=0):
        self.ops.append(('rect', x, y, w, h, fill, stroke, lw, dash, r))
        if keepout:
            self.keepout.append((x, y, x + w, y + h))

    def line(self, x0, y0, x1, y1, color=K, lw=0.5, dash=None):
        self.ops.append(('line', x0, y0, x1, y1, color, lw, dash))

    def circle(self, cx, cy, r, fill=None, stroke=None, lw=0.5):
        self.ops.append(('circle', cx, cy, r, fill, stroke, lw))

    def poly(self, pts, fill=None, stroke=None, lw=0.5, closed=False, curve=False):
        self.ops.append(('poly', pts, fill, stroke, lw, closed, curve))


class Doc:
    def __init__(self, name, seed):
        self.name, self.seed, self.pages = name, seed, []

    def page(self, size, margins, panels=None):
        p = Page(self, size, margins, panels)
        self.pages.append(p)
        return p

    def expected_text(self):
        return '\n\f\n'.join('\n'.join(p.expected_lines()) for p in self.pages) + '\n'

    # checks -------------------------------------------------------
    def check(self):
        for n, p in enumerate(self.pages, 1):
            where = f'{self.name} p{n}'
            used = {}
            for cells, _, _ in p.lines:
                for c in cells:
                    for it in c:
                        if it.page is not p:
                            fail(f'{where}: expected line uses an item of another page: {it.text}')
                        used[id(it)] = used.get(id(it), 0) + 1
            for it in p.items:
                k = used.get(id(it), 0)
                if it.furniture and k:
                    fail(f'{where}: furniture in expected text: {it.text}')
                if not it.furniture and k != 1:
                    fail(f'{where}: drawn item used {k} times in the expected text: {it.text!r}')
            boxes = [(it, it.bbox()) for it in p.items]
            for it, (x0, y0, x1, y1) in boxes:
                if x0 < p.ml - 0.01 or x1 > p.W - p.mr + 0.01 or y0 < p.mt - 0.01 or y1 > p.H - p.mb + 0.01:
                    fail(f'{where}: off the page / margins: {it.text!r} {x0:.1f},{y0:.1f},{x1:.1f},{y1:.1f}')
                if not any(a - 0.01 <= x0 and x1 <= b + 0.01 for a, b in p.panels):
                    fail(f'{where}: crosses a panel fold: {it.text!r} {x0:.1f}-{x1:.1f}')
                if it.keepin:
                    a, b = it.keepin
                    if x0 < a - 0.01 or x1 > b + 0.01:
                        fail(f'{where}: outside its column {a:.1f}-{b:.1f}: {it.text!r} {x0:.1f}-{x1:.1f}')
                for (kx0, ky0, kx1, ky1) in p.keepout:
                    if x0 < kx1 and kx0 < x1 and y0 < ky1 and ky0 < y1:
                        fail(f'{where}: text over a figure: {it.text!r}')
            boxes.sort(key=lambda b: b[1][0])
            for i, (a, (ax0, ay0, ax1, ay1)) in enumerate(boxes):
                for b, (bx0, by0, bx1, by1) in boxes[i + 1:]:
                    if bx0 >= ax1 - 0.05:
                        break
                    if ay0 < by1 - 0.05 and by0 < ay1 - 0.05:
                        fail(f'{where}: overlap {a.text!r} / {b.text!r}')

    # drawing --------------------------------------------------------
    def write_pdf(self, path):
        c = canvas.Canvas(path, pagesize=self.pages[0].W and (self.pages[0].W, self.pages[0].H),
                          invariant=1, pageCompression=1)
        c.setTitle(self.name)
        c.setAuthor('BrochureKit holdout4 generator')
        for n, p in enumerate(self.pages):
            c.setPageSize((p.W, p.H))
            H = p.H
            for op in p.ops:
                kind = op[0]
                c.saveState()
                if kind == 'rect':
                    _, x, y, w, h, fill, stroke, lw, dash, r = op
                    if fill is not None:
                        c.setFillColor(fill)
                    if stroke is not None:
                        c.setStrokeColor(stroke)
                        c.setLineWidth(lw)
                    if dash:
                        c.setDash(*dash)
                    if r:
                        c.roundRect(x, H - y - h, w, h, r, stroke=int(stroke is not None), fill=int(fill is not None))
                    else:
                        c.rect(x, H - y - h, w, h, stroke=int(stroke is not None), fill=int(fill is not None))
                elif kind == 'line':
                    _, x0, y0, x1, y1, color, lw, dash = op
                    c.setStrokeColor(color)
                    c.setLineWidth(lw)
                    if dash:
                        c.setDash(*dash)
                    c.line(x0, H - y0, x1, H - y1)
                elif kind == 'circle':
                    _, cx, cy, r, fill, stroke, lw = op
                    if fill is not None:
                        c.setFillColor(fill)
                    if stroke is not None:
                        c.setStrokeColor(stroke)
                        c.setLineWidth(lw)
                    c.circle(cx, H - cy, r, stroke=int(stroke is not None), fill=int(fill is not None))
                elif kind == 'poly':
                    _, pts, fill, stroke, lw, closed, curve = op
                    path = c.beginPath()
                    path.moveTo(pts[0][0], H - pts[0][1])
                    if curve:
                        for i in range(1, len(pts) - 2, 3):
                            (ax, ay), (bx, by), (ex, ey) = pts[i], pts[i + 1], pts[i + 2]
                            path.curveTo(ax, H - ay, bx, H - by, ex, H - ey)
                    else:
                        for (x, y) in pts[1:]:
                            path.lineTo(x, H - y)
                    if closed:
                        path.close()
                    if fill is not None:
                        c.setFillColor(fill)
                    if stroke is not None:
                        c.setStrokeColor(stroke)
                        c.setLineWidth(lw)
                    c.drawPath(path, stroke=int(stroke is not None), fill=int(fill is not None))
                c.restoreState()
            order = list(p.items)
            random.Random(self.seed * 1000 + n).shuffle(order)
            for it in order:
                c.saveState()
                c.setFillColor(it.color)
                t = c.beginText()
                t.setTextOrigin(it.x, H - it.y)
                t.setFont(FONTS[it.font], it.size)
                if it.cs:
                    t.setCharSpace(it.cs)
                if it.mode:
                    c.setStrokeColor(it.color)
                    c.setLineWidth(0.25)
                    t.setTextRenderMode(it.mode)
                t.textOut(it.text)
                c.drawText(t)
                c.restoreState()
            c.showPage()
        c.save()


# ---------------------------------------------------------------- line breaking

NOSTART = set('、。，．,.）)」』】〕〉》］｝・：；:;ー－ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々？！?!％%…‥～〜ｰｯｬｭｮｧｨｩｪｫﾞﾟ')
NOEND = set('（(「『【〔〈《［｛')
TOKEN = re.compile(r'[A-Za-z0-9@._\-/+%#&=]+|.')


def tokenize(s):
    return TOKEN.findall(s)


def wrap(s, font, size, width_at, cs=0.0):
    """Greedy line breaking with simple kinsoku; width_at(i) gives the width of line i.
    ASCII runs (numbers, e-mail addresses) are never split."""
    toks = tokenize(s)
    lines, i = [], 0
    while i < len(toks):
        width = width_at(len(lines))
        w, j = 0.0, i
        while j < len(toks):
            tw = sw(toks[j], font, size, cs)
            if w + tw > width + 0.01 and j > i:
                break
            w += tw
            j += 1
        if j < len(toks):
            while j - 1 > i and (toks[j] in NOSTART or toks[j - 1] in NOEND):
                j -= 1
        line = ''.join(toks[i:j]).rstrip(' ')
        if j < len(toks) and toks[j] == ' ':
            j += 1                      # a break at a space consumes it
        if sw(line, font, size, cs) > width + 0.01:
            fail(f'cannot fit {line!r} into {width:.1f}pt')
        lines.append(line)
        i = j
    return lines


# ---------------------------------------------------------------- flow helpers

class Col:
    """A column cursor: x, width, current top y, bottom limit."""

    def __init__(self, page, x, w, y, bottom=None):
        self.p, self.x, self.w, self.y = page, x, w, y
        self.bottom = bottom if bottom is not None else page.H - page.mb

    @property
    def x1(self):
        return self.x + self.w

    def gap(self, d):
        self.y += d
        return self

    def guard(self):
        if self.y > self.bottom + 0.01:
            fail(f'{self.p.doc.name}: column at x={self.x:.0f} overflows its bottom ({self.y:.1f} > {self.bottom:.1f})')


def para(col, text, font='M', size=9.0, lead=None, color=K, indent=0.0, cs=0.0, avoid=None,
         align='l', mode=0):
    """Draws a paragraph; every visual line is one item and one expected line.
    avoid: list of (x0, y0, x1, y1, side) rectangles the text wraps around; side 'r' means the
    figure is on the right of the column (lines beside it are shortened), 'l' on the left."""
    p = col.p
    lead = lead or size * 1.6
    avoid = avoid or []

    def geom(i):
        base = col.y + ASC * size + i * lead
        top, bot = base - ASC * size - 1.5, base + DESC * size + 1.5
        x0, x1 = col.x + indent, col.x1
        for (ax0, ay0, ax1, ay1, side) in avoid:
            if top < ay1 and ay0 < bot:
                if side == 'r':
                    x1 = min(x1, ax0)
                else:
                    x0 = max(x0, ax1)
        return base, x0, x1

    lines = wrap(text, font, size, lambda i: geom(i)[2] - geom(i)[1], cs)
    items = []
    for i, ln in enumerate(lines):
        base, x0, x1 = geom(i)
        if align == 'r':
            it = p.t(x1, base, ln, font, size, color, 'r', mode, cs, keepin=(col.x, col.x1))
        elif align == 'c':
            it = p.t((x0 + x1) / 2, base, ln, font, size, color, 'c', mode, cs, keepin=(col.x, col.x1))
        else:
            it = p.t(x0, base, ln, font, size, color, 'l', mode, cs, keepin=(col.x, col.x1))
        p.emit(it)
        items.append(it)
    col.y += (len(lines) - 1) * lead + size * (ASC + DESC)
    col.guard()
    return items


def table(col, widths, rows, size=8.0, font='M', lead=None, pad=3.0, rules='grid', rule_color=GREY,
          header_rows=1, header_fill=None, header_color=K, header_font='G', zebra=None, valign='m',
          nowrap_cols=(), emit=True, x=None, outer_lw=0.8, aligns=None):
    """A table.  rows: lists of cells; a cell is None (empty), a string, or a dict
    {t: text, cs: colspan, rs: rowspan, al: 'l'|'c'|'r', f: font, c: color, va: 't'|'m'}.
    Every line of every cell is its own item.  Expected text: one line per row, cells
    separated by TAB, a cell's lines joined; a spanned-over position is an empty cell."""
    p = col.p
    lead = lead or size * 1.35
    x0 = col.x if x is None else x
    ncol = len(widths)
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    nrow = len(rows)
    occ = [[None] * ncol for _ in range(nrow)]
    cells = []
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while c < ncol and occ[r][c] is not None:
                c += 1
            if c >= ncol:
                fail(f'table row {r} has too many cells')
            d = cell if isinstance(cell, dict) else {'t': cell}
            cs_, rs_ = d.get('cs', 1), d.get('rs', 1)
            rec = dict(d, r=r, c=c, cs=cs_, rs=rs_)
            for rr in range(r, r + rs_):
                for cc in range(c, c + cs_):
                    if occ[rr][cc] is not None:
                        fail('overlapping table spans')
                    occ[rr][cc] = rec
            cells.append(rec)
            c += cs_
    for rec in cells:
        w = xs[rec['c'] + rec['cs']] - xs[rec['c']] - 2 * pad
        f = rec.get('f') or (header_font if rec['r'] < header_rows else font)
        txt = rec.get('t')
        if txt:
            parts = []
            for seg in txt.split('\n'):
                parts.extend(wrap(seg, f, size, lambda i: w))
            if rec['c'] in nowrap_cols and len(parts) > 1 and rec['r'] >= header_rows:
                fail(f'count cell wraps: {txt!r}')
        else:
            parts = []
        rec['lines'], rec['font'] = parts, f
    heights = [0.0] * nrow
    for rec in cells:
        if rec['rs'] == 1:
            need = max(1, len(rec['lines'])) * lead + 2 * pad - (lead - size)
            heights[rec['r']] = max(heights[rec['r']], need)
    for rec in cells:
        if rec['rs'] > 1:
            need = max(1, len(rec['lines'])) * lead + 2 * pad - (lead - size)
            have = sum(heights[rec['r']:rec['r'] + rec['rs']])
            if have < need:
                heights[rec['r'] + rec['rs'] - 1] += need - have
    ys = [col.y]
    for h in heights:
        ys.append(ys[-1] + h)
    # backgrounds
    for r in range(nrow):
        fill = None
        if r < header_rows and header_fill is not None:
            fill = header_fill
        elif r >= header_rows and zebra is not None and (r - header_rows) % 2 == 1:
            fill = zebra
        if fill is not None:
            p.rect(xs[0], ys[r], xs[-1] - xs[0], heights[r], fill=fill)
    for rec in cells:
        if rec.get('bg') is not None:
            p.rect(xs[rec['c']], ys[rec['r']], xs[rec['c'] + rec['cs']] - xs[rec['c']],
                   ys[rec['r'] + rec['rs']] - ys[rec['r']], fill=rec['bg'])
    # rules
    if rules == 'grid':
        for rec in cells:
            cx0, cx1 = xs[rec['c']], xs[rec['c'] + rec['cs']]
            cy0, cy1 = ys[rec['r']], ys[rec['r'] + rec['rs']]
            p.rect(cx0, cy0, cx1 - cx0, cy1 - cy0, stroke=rule_color, lw=0.4)
        p.rect(xs[0], ys[0], xs[-1] - xs[0], ys[-1] - ys[0], stroke=rule_color, lw=outer_lw)
    elif rules == 'h':
        p.line(xs[0], ys[0], xs[-1], ys[0], rule_color, outer_lw)
        for r in range(1, nrow):
            lw = 0.6 if r == header_rows else 0.3
            # a rule under row r-1 only where no row-spanning cell continues
            segs = []
            for cc in range(ncol):
                rec = occ[r][cc]
                if rec is not None and rec['r'] < r:
                    continue
                segs.append(cc)
            for cc in segs:
                p.line(xs[cc], ys[r], xs[cc + 1], ys[r], rule_color, lw)
        p.line(xs[0], ys[-1], xs[-1], ys[-1], rule_color, outer_lw)
    # text
    for rec in cells:
        if not rec['lines']:
            continue
        cx0, cx1 = xs[rec['c']], xs[rec['c'] + rec['cs']]
        cy0, cy1 = ys[rec['r']], ys[rec['r'] + rec['rs']]
        n = len(rec['lines'])
        block = (n - 1) * lead + size
        va = rec.get('va', valign)
        top = cy0 + pad if va == 't' else cy0 + (cy1 - cy0 - block) / 2
        al = rec.get('al') or (aligns[rec['c']] if aligns else ('l' if rec['c'] == 0 else 'c'))
        color = rec.get('color') or (header_color if rec['r'] < header_rows else K)
        items = []
        for i, ln in enumerate(rec['lines']):
            base = top + ASC * size + i * lead
            if al == 'l':
                it = p.t(cx0 + pad, base, ln, rec['font'], size, color)
            elif al == 'r':
                it = p.t(cx1 - pad, base, ln, rec['font'], size, color, 'r')
            else:
                it = p.t((cx0 + cx1) / 2, base, ln, rec['font'], size, color, 'c')
            items.append(it)
        rec['items'] = items
    if emit:
        for r in range(nrow):
            out = []
            for cc in range(ncol):
                rec = occ[r][cc]
                if rec is not None and rec['r'] == r and rec['c'] == cc:
                    out.append(rec.get('items', []))
                else:
                    out.append([])
            p.emit(*out)
    col.y = ys[-1]
    col.guard()
    return xs, ys


# ---------------------------------------------------------------- figures (no text inside)

def photo(p, x, y, w, h, tint=Color(0.86, 0.9, 0.94), kind='people'):
    """A photo placeholder: tinted frame with a few simple shapes (no text)."""
    p.rect(x, y, w, h, fill=tint, stroke=Color(0.6, 0.65, 0.7), lw=0.5, keepout=True)
    dark = Color(tint.red * 0.75, tint.green * 0.75, tint.blue * 0.75)
    if kind == 'people':
        n = 3
        for i in range(n):
            cx = x + w * (i + 1) / (n + 1)
            r = min(w, h) * 0.09
            p.circle(cx, y + h * 0.42, r, fill=dark)
            p.poly([(cx - r * 1.8, y + h - 2), (cx - r * 1.4, y + h * 0.58), (cx + r * 1.4, y + h * 0.58),
                    (cx + r * 1.8, y + h - 2)], fill=dark, closed=True)
    elif kind == 'globe':
        cx, cy, r = x + w / 2, y + h / 2, min(w, h) * 0.38
        p.circle(cx, cy, r, fill=Color(0.75, 0.84, 0.93), stroke=WHITE, lw=1)
        for k in (-0.6, 0, 0.6):
            p.line(cx - r * (1 - k * k) ** 0.5, cy + r * k, cx + r * (1 - k * k) ** 0.5, cy + r * k, WHITE, 0.8)
        for k in (0.35, 0.7):
            p.poly([(cx, cy - r), (cx - r * k, cy - r * 0.5), (cx - r * k, cy + r * 0.5), (cx, cy + r)],
                   stroke=WHITE, lw=0.8, curve=True)
            p.poly([(cx, cy - r), (cx + r * k, cy - r * 0.5), (cx + r * k, cy + r * 0.5), (cx, cy + r)],
                   stroke=WHITE, lw=0.8, curve=True)
        p.line(cx, cy - r, cx, cy + r, WHITE, 0.8)
    elif kind == 'map':
        for i in range(1, 4):
            p.line(x + 4, y + h * i / 4, x + w - 4, y + h * i / 4 - 6, WHITE, 2.2)
        for i in range(1, 4):
            p.line(x + w * i / 4, y + 4, x + w * i / 4 + 8, y + h - 4, WHITE, 1.6)
        p.circle(x + w * 0.55, y + h * 0.45, 5, fill=Color(0.8, 0.2, 0.2))
    elif kind == 'weather':
        # isobars around a low and a high
        for k in range(1, 5):
            r = k * min(w, h) * 0.08
            p.circle(x + w * 0.32, y + h * 0.45, r, stroke=Color(0.35, 0.45, 0.6), lw=0.6)
        for k in range(1, 4):
            r = k * min(w, h) * 0.09
            p.circle(x + w * 0.75, y + h * 0.62, r, stroke=Color(0.35, 0.45, 0.6), lw=0.6)
        p.poly([(x + 8, y + h * 0.2), (x + w * 0.3, y + h * 0.05), (x + w * 0.6, y + h * 0.25),
                (x + w - 8, y + h * 0.1)], stroke=Color(0.3, 0.5, 0.3), lw=1.2, curve=True)
        p.poly([(x + 10, y + h * 0.85), (x + w * 0.2, y + h * 0.75), (x + w * 0.4, y + h * 0.95),
                (x + w * 0.55, y + h - 6)], stroke=Color(0.3, 0.5, 0.3), lw=1.2, curve=True)
    return (x, y, x + w, y + h)


# ---------------------------------------------------------------- facts helpers

def count_text(style, c, w):
    if style == 'paren':
        return f'{c}（{w}）'
    if style == 'mei':
        return f'{c}名（うち女性{w}名）'
    raise ValueError(style)


def hiring_rows(rows, style):
    """rows: (fiscalYear, label, labelText, planned, (admin, women), (tech, women))"""
    out = []
    for fy, label, label_text, planned, a, t in rows:
        tot = (a[0] + t[0], a[1] + t[1])
        out.append({
            'fiscalYear': fy, 'label': label, 'labelText': label_text, 'planned': planned,
            'total': {'count': tot[0], 'women': tot[1], 'text': count_text(style, *tot)},
            'admin': {'count': a[0], 'women': a[1], 'text': count_text(style, *a)},
            'tech': {'count': t[0], 'women': t[1], 'text': count_text(style, *t)},
        })
    return out


def assignments(cohort, intro, rows):
    return {
        'cohortFiscalYear': cohort, 'intro': intro,
        'tracks': {'admin': '事務系', 'tech': '技術系'},
        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in rows],
        'totals': {'admin': sum(a or 0 for _, a, _ in rows), 'tech': sum(t or 0 for _, _, t in rows)},
    }


def exam_entry(track, exam, parts, sep='：', joiner='、'):
    return {'track': track, 'exam': exam,
            'text': joiner.join(f'{c}{sep}{n}名' for c, n in parts),
            'breakdown': [{'category': c, 'count': n} for c, n in parts],
            'total': sum(n for _, n in parts)}


def nospace(s):
    return re.sub(r'\s+', '', s)


def check_facts(f, expected, synthesized=()):
    name = f['fixture']
    rows = f['hiring']['rows']
    years = [r['fiscalYear'] for r in rows]
    if years != list(range(years[0], years[0] + len(years))):
        fail(f'{name}: hiring years not consecutive')
    if [r['planned'] for r in rows] != [False] * (len(rows) - 1) + [True]:
        fail(f'{name}: only the last hiring row may be planned')
    for r in rows:
        for k in ('count', 'women'):
            if r['total'][k] != r['admin'][k] + r['tech'][k]:
                fail(f'{name}: {r["labelText"]} total {k} != admin + tech')
        for part in ('total', 'admin', 'tech'):
            if r[part]['women'] > r[part]['count']:
                fail(f'{name}: more women than people in {r["labelText"]} {part}')
    planned = rows[-1]
    if not (planned['fiscalYear'] == f['edition']['year'] == f['exams']['fiscalYear']):
        fail(f'{name}: planned year / edition year / exam year differ')
    a = f['assignments']
    last = [r for r in rows if not r['planned']][-1]
    if a['cohortFiscalYear'] != last['fiscalYear']:
        fail(f'{name}: assignment cohort is not the last actual year')
    sa = sum(r['admin'] or 0 for r in a['rows'])
    st = sum(r['tech'] or 0 for r in a['rows'])
    if (sa, st) != (last['admin']['count'], last['tech']['count']) or (sa, st) != (a['totals']['admin'], a['totals']['tech']):
        fail(f'{name}: assignment columns ({sa}, {st}) != last cohort')
    by_track = {}
    for e in f['exams']['entries']:
        if sum(b['count'] for b in e['breakdown']) != e['total']:
            fail(f'{name}: exam entry total')
        nums = [int(n) for n in re.findall(r'(\d+)名', e['text'])]
        if nums != [b['count'] for b in e['breakdown']]:
            fail(f'{name}: exam text does not match breakdown: {e["text"]}')
        k = 'tech' if '技術' in e['track'] else 'admin'
        by_track[k] = by_track.get(k, 0) + e['total']
    if by_track != {'admin': planned['admin']['count'], 'tech': planned['tech']['count']}:
        fail(f'{name}: exam breakdown {by_track} != planned hires')
    # every fact string is printed
    drawn = nospace(expected)
    strings = [f['organization'], f['document'], f['edition']['asOfText'], a['intro'], f['exams']['title'],
               f['hiring']['note'], f['supportTitle'], f['training']['title']]
    strings += f['hiring']['intro']
    for c in f['contacts']:
        strings += [c['track'], c['office'], c['location']] + c['tel'] + c['email']
    strings += [f['access']['address']] + f['access']['routes']
    for r in rows:
        strings += [r['label'], r['labelText']]
        if 'hiring-text' not in synthesized:
            strings += [r[k]['text'] for k in ('total', 'admin', 'tech')]
    strings += [r['unit'] for r in a['rows']]
    if 'exam-text' not in synthesized:
        strings += [e['text'] for e in f['exams']['entries']]
    if f.get('lead'):
        strings += [f['lead']['title']] + f['lead']['text']
    if f.get('initiativesIntro'):
        strings += [f['initiativesIntro']['title'], f['initiativesIntro']['text']]
    for i in f['initiatives']:
        strings += [i['title'], i['text']]
    for s in f['supportSystems']:
        strings += [s['name'], s['text']]
    if f.get('supportSource'):
        strings.append(f['supportSource'])
    strings += f['training']['paragraphs']
    for s in strings:
        if nospace(s) not in drawn:
            fail(f'{name}: fact string not printed: {s!r}')


def cross_edition(old, new):
    """A cohort's actual figures are identical in both editions; the older planned row differs."""
    o = {r['fiscalYear']: r for r in old['hiring']['rows']}
    n = {r['fiscalYear']: r for r in new['hiring']['rows']}
    strip = lambda r: {k: (r[k]['count'], r[k]['women']) for k in ('total', 'admin', 'tech')}
    for fy in o:
        if fy in n and not o[fy]['planned'] and not n[fy]['planned'] and strip(o[fy]) != strip(n[fy]):
            fail(f'cross-edition: FY{fy} differs between {old["fixture"]} and {new["fixture"]}')
    po = old['hiring']['rows'][-1]
    if po['fiscalYear'] not in n or n[po['fiscalYear']]['planned'] or strip(n[po['fiscalYear']]) == strip(po):
        fail('cross-edition: the older planned row must differ from the newer actual row')


# ================================================================ 外務省 (tri-fold)

NAVY = Color(0.07, 0.2, 0.4)
MOFA_TINT = Color(0.93, 0.95, 0.98)


def mofa_facts():
    hiring = [
        (2021, '2021年度', '2021年度', False, (26, 11), (3, 1)),
        (2022, '2022年度', '2022年度', False, (28, 13), (2, 1)),
        (2023, '2023年度', '2023年度', False, (27, 12), (4, 2)),
        (2024, '2024年度', '2024年度', False, (29, 14), (3, 1)),
        (2025, '2025年度', '2025年度（予定）', True, (30, 15), (4, 2)),
    ]
    return {
        'fixture': 'mofa-2025', 'organization': '外務省', 'document': '総合職採用案内',
        'edition': {'year': 2025, 'asOf': '2025-04', 'asOfText': '令和7年4月現在'},
        'pages': 2,
        'contacts': [
            {'track': '総合職事務系', 'office': '大臣官房人事課採用班', 'location': '外務省本省庁舎南館３階',
             'tel': ['03-3580-3311（内線2413）', '03-5501-8037（直通）'], 'email': ['saiyo-sogo@mofa.go.jp']},
            {'track': '総合職技術系', 'office': '大臣官房情報通信課', 'location': '外務省本省庁舎北館５階',
             'tel': ['03-3580-3311（内線3652）'], 'email': ['saiyo-digital@mofa.go.jp']},
        ],
        'access': {'address': '東京都千代田区霞が関２-２-１',
                   'routes': ['東京メトロ 丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A8出口 徒歩約１分',
                              '東京メトロ 有楽町線『桜田門』駅 ５番出口 徒歩約６分',
                              '東京メトロ 銀座線『虎ノ門』駅 11番出口 徒歩約８分']},
        'assignments': assignments(2024, '2024年度入省者（総合職）の配属先（2025年4月現在）', [
            ('大臣官房', None, 1), ('総合外交政策局', 5, 1), ('アジア大洋州局', 4, None), ('北米局', 3, None),
            ('欧州局', 3, None), ('中東アフリカ局', 3, None), ('中南米局', 2, None), ('経済局', 3, 1),
            ('国際協力局', 3, None), ('国際法局', 2, None), ('領事局', 1, None)]),
        'hiring': {'intro': ['総合職の採用者数の推移です。'], 'note': '※（　）内は女性の数で、内数です。',
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'rows': hiring_rows(hiring, 'paren')},
        'exams': {'title': '2025年度採用予定者の試験区分', 'fiscalYear': 2025, 'entries': [
            exam_entry('事務系', '大卒程度試験', [('法律', 9), ('経済', 5), ('政治・国際', 8), ('教養', 3)]),
            exam_entry('事務系', '院卒程度試験', [('行政', 4), ('法務', 1)]),
            exam_entry('技術系', '大卒程度試験', [('デジタル', 2)]),
            exam_entry('技術系', '院卒程度試験', [('工学', 1), ('デジタル', 1)])]},
        'lead': {'title': '外交の最前線で、日本の未来を拓く',
                 'text': ['外務省は、日本の平和と安全、繁栄を確保するため、各国との対話や国際機関での交渉を通じて外交政策を担っています。',
                          '本省と在外公館を行き来しながら語学と専門性を磨き、世界を舞台に活躍する仲間を求めています。']},
        'initiativesIntro': {'title': '働き方改革',
                             'text': '本省でも在外公館でも力を発揮できるよう、時差のある業務に合わせた柔軟な働き方を進めています。'},
        'initiatives': [
            {'title': '時差に対応したフレックス勤務',
             'text': '在外公館との連絡が深夜や早朝に及ぶ部署では、勤務時間を前後にずらして働くことができます。'},
            {'title': '在外公館とのオンライン会議',
             'text': '公電に加えてオンライン会議を活用し、出張や待機の時間を減らしています。'},
            {'title': '国会対応業務の効率化',
             'text': '答弁作成の手順を見直し、省内での待機を最小限にする取組を進めています。'},
        ],
        'supportTitle': '両立支援制度',
        'supportSystems': [
            {'name': '育児休業', 'text': '子が３歳に達するまで取得できます。在外公館での勤務中も取得できます。'},
            {'name': '配偶者同行休業', 'text': '外国で勤務等をする配偶者に同行するため、３年以内の期間で取得できます。'},
            {'name': '育児時間', 'text': '小学校就学前の子を養育する職員は、１日２時間以内で勤務しないことができます。'},
            {'name': '介護休暇', 'text': '要介護状態の家族を介護するため、通算６月以内の期間で取得できます。'},
        ],
        'supportSource': '参考：人事院 両立支援制度の概要',
        'training': {'title': '研修制度', 'paragraphs': [
            '　入省後は外務省研修所での約３か月の集中研修で、外交実務や語学の基礎を学びます。',
            '　その後、研修語に応じて２～３年間、海外の大学等で在外研修を行います。令和7年4月現在、総合職職員58名が在外研修中です。']},
    }


def mofa_heading(col, text, size=11.0):
    p = col.p
    it = p.t(col.x, col.y + ASC * size, f'〈{text}〉', 'G', size, NAVY)
    p.emit(it)
    col.y += size + 2
    p.line(col.x, col.y + 1, col.x1, col.y + 1, NAVY, 0.6)
    col.y += 6


def mofa_contacts(col, contacts, size=7.8):
    p = col.p
    for i, c in enumerate(contacts):
        if i:
            col.gap(6)
        it = p.t(col.x, col.y + ASC * size, c['track'], 'G', size, NAVY)
        p.emit(it)
        col.gap(size * 1.5)
        para(col, f'{c["office"]}（{c["location"]}）', 'M', size)
        col.gap(size * 0.5)
        for n, t in enumerate(c['tel']):
            label = p.t(col.x + 6, col.y + ASC * size, '電話' if n == 0 else '　　', 'G', size) if n == 0 else None
            num = p.t(col.x + 6 + 2.6 * size, col.y + ASC * size, t, 'M', size)
            p.emit([label, num] if label else [num], sep=' ', join=' ')
            col.gap(size * 1.45)
        for m in c['email']:
            label = p.t(col.x + 6, col.y + ASC * size, 'Mail', 'G', size)
            val = p.t(col.x + 6 + 2.6 * size, col.y + ASC * size, m, 'M', size)
            p.emit([label, val], join=' ')
            col.gap(size * 1.45)
    col.y -= size * 0.45


def build_mofa():
    f = mofa_facts()
    doc = Doc(f['fixture'], 41)
    W, H = landscape(A4)
    pw = W / 3
    inner = 20
    panels = [(k * pw + inner, (k + 1) * pw - inner) for k in range(3)]
    top, bottom = 30, 28
    margins = (inner, top, inner, bottom)
    gold = Color(0.6, 0.45, 0.1)

    # ---- page 1: outside (flap | back | cover); read in folding order: cover -> flap -> back
    p = doc.page((W, H), margins, panels)
    p.rect(2 * pw, 0, pw, H, fill=NAVY)
    p.rect(pw, 0, pw, H, fill=MOFA_TINT)
    # cover
    cx0, cx1 = panels[2]
    y = 96
    org = p.t(cx0, y, '外務省', 'G', 32, WHITE, mode=2)
    p.emit(org)
    en = p.t(cx0, y + 19, 'Ministry of Foreign Affairs of Japan', 'G', 8.5, Color(0.8, 0.86, 0.95))
    p.emit(en)
    doc_t = p.t(cx0, y + 50, '総合職採用案内', 'G', 16, WHITE)
    yr = p.t(cx0 + doc_t.w + 8, y + 50, '2025', 'G', 16, Color(0.95, 0.8, 0.35))
    p.emit([doc_t, yr], sep=' ', join=' ')
    # a globe figure left of a vertical catch copy
    photo(p, cx0, 180, 160, 270, tint=Color(0.16, 0.32, 0.55), kind='globe')
    catch = '世界と日本の明日をつなぐ'
    gx = cx1 - 26
    glyphs = [p.t(gx, 186 + i * 24 + ASC * 20, ch, 'M', 20, WHITE, 'c') for i, ch in enumerate(catch)]
    p.emit(glyphs)
    date = p.t(cx1, H - bottom - 10, '令和7年4月現在', 'G', 9.5, WHITE, 'r')
    p.emit(date)
    # flap: message + training
    col = Col(p, panels[0][0], panels[0][1] - panels[0][0], top + 8)
    it = p.t(col.x, col.y + ASC * 8, 'MESSAGE', 'G', 8, gold, cs=1.2)
    p.emit(it)
    col.gap(15)
    para(col, f['lead']['title'], 'M', 13, color=NAVY, mode=2)
    col.gap(11)
    for t in f['lead']['text']:
        para(col, t, 'M', 9.2, lead=15.5)
        col.gap(6)
    col.gap(6)
    photo(p, col.x, col.y, col.w, 138, kind='people')
    col.gap(142)
    cap = p.t(col.x1, col.y + ASC * 7.4, '在外公館での会議の様子', 'M', 7.4, GREY, 'r')
    p.emit(cap)
    col.gap(24)
    mofa_heading(col, f['training']['title'])
    for t in f['training']['paragraphs']:
        para(col, t, 'M', 9.2, lead=15.5)
        col.gap(4)
    col.gap(12)
    para(col, 'キャリアパス（例）', 'G', 9, color=NAVY)
    col.gap(5)
    table(col, [70, col.w - 70], [['入省1年目', '本省各局で実務を経験'], ['2～4年目', '在外研修（研修語の国の大学等）'],
                                  ['5～7年目', '在外公館で書記官として勤務'], ['8年目以降', '本省の課長補佐として政策を担当']],
          size=8.6, header_rows=0, rules='h', rule_color=Color(0.6, 0.65, 0.75), pad=3.6, aligns=['l', 'l'],
          font='M')
    # back: contacts + access + map
    col = Col(p, panels[1][0], panels[1][1] - panels[1][0], top + 8)
    mofa_heading(col, '採用窓口')
    mofa_contacts(col, f['contacts'], size=8.8)
    col.gap(20)
    mofa_heading(col, 'アクセス')
    para(col, f['access']['address'], 'M', 9)
    col.gap(6)
    for r in f['access']['routes']:
        mark = p.t(col.x, col.y + ASC * 9, '▶', 'G', 7, NAVY)
        sub = Col(p, col.x + 11, col.w - 11, col.y)
        items = wrap(r, 'M', 9, lambda i: sub.w)
        first = True
        for ln in items:
            it = p.t(sub.x, sub.y + ASC * 9, ln, 'M', 9)
            p.emit([mark, it] if first else [it], join='')
            first = False
            sub.gap(9 * 1.6)
        col.y = sub.y + 3
    col.gap(8)
    photo(p, col.x, col.y, col.w, H - bottom - 6 - col.y, tint=Color(0.85, 0.88, 0.82), kind='map')
    col.y = H - bottom - 6
    col.guard()

    # ---- page 2: inside (3 panels, read left to right)
    p = doc.page((W, H), margins, panels)
    for k in range(1, 3):
        p.line(k * pw, 24, k * pw, H - 24, LIGHT, 0.4, dash=(2, 2))
    col = Col(p, panels[0][0], panels[0][1] - panels[0][0], top + 4)
    mofa_heading(col, '採用実績')
    para(col, f['hiring']['intro'][0], 'M', 8.8)
    col.gap(6)
    rows = [['採用年度', '事務系', '技術系', '計']]
    for r in f['hiring']['rows']:
        lab = r['label'] + ('\n（予定）' if r['planned'] else '')
        rows.append([lab, r['admin']['text'], r['tech']['text'], r['total']['text']])
    table(col, [66, 58, 58, 58], rows, size=8.8, header_fill=NAVY, header_color=WHITE, zebra=MOFA_TINT,
          rules='h', nowrap_cols=(1, 2, 3), lead=11.5, pad=4.2)
    col.gap(5)
    para(col, f['hiring']['note'], 'M', 7.6)
    col.gap(22)
    mofa_heading(col, '配属実績')
    para(col, f['assignments']['intro'], 'M', 8.8)
    col.gap(6)
    rows = [['配属先', '事務系', '技術系']]
    for r in f['assignments']['rows']:
        rows.append([r['unit'], f'{r["admin"]}名' if r['admin'] else None, f'{r["tech"]}名' if r['tech'] else None])
    table(col, [120, 60, 60], rows, size=8.8, header_fill=NAVY, header_color=WHITE, rules='h', zebra=MOFA_TINT,
          nowrap_cols=(1, 2), pad=3.3)
    # middle: exams + initiatives
    col = Col(p, panels[1][0], panels[1][1] - panels[1][0], top + 4)
    mofa_heading(col, '試験区分')
    para(col, f['exams']['title'], 'M', 8.8)
    col.gap(6)
    rows = [['区分', '試験', '内訳']]
    for i, e in enumerate(f['exams']['entries']):
        grp = {'t': e['track'], 'rs': 2, 'al': 'c'} if i % 2 == 0 else None
        row = [grp] if grp else []
        rows.append(row + [e['exam'], e['text']])
    table(col, [40, 66, 134], rows, size=8.2, header_fill=NAVY, header_color=WHITE, rules='grid',
          rule_color=Color(0.6, 0.65, 0.75), lead=12, pad=3.6, aligns=['c', 'c', 'l'])
    col.gap(24)
    mofa_heading(col, f['initiativesIntro']['title'])
    para(col, f['initiativesIntro']['text'], 'M', 8.8, lead=14.5)
    col.gap(10)
    for n, ini in enumerate(f['initiatives'], 1):
        num = p.t(col.x, col.y + ASC * 9.4, f'0{n}', 'G', 9.4, gold)
        tt = p.t(col.x + 18, col.y + ASC * 9.4, ini['title'], 'G', 9.4, NAVY)
        p.emit([num, tt], sep=' ', join=' ')
        col.gap(15.5)
        sub = Col(p, col.x + 18, col.w - 18, col.y)
        para(sub, ini['text'], 'M', 8.6, lead=14)
        col.y = sub.y + 12
    # right: support + photo + seminar note
    col = Col(p, panels[2][0], panels[2][1] - panels[2][0], top + 4)
    mofa_heading(col, f['supportTitle'])
    for s in f['supportSystems']:
        p.rect(col.x, col.y, 3, 11, fill=gold)
        it = p.t(col.x + 8, col.y + ASC * 9.6, s['name'], 'G', 9.6, NAVY)
        p.emit(it)
        col.gap(15.5)
        para(col, s['text'], 'M', 8.8, lead=14.5)
        col.gap(12)
    col.gap(-4)
    para(col, f['supportSource'], 'M', 7.4, color=GREY, align='r')
    col.gap(20)
    photo(p, col.x, col.y, col.w, 128, kind='people', tint=Color(0.92, 0.88, 0.8))
    col.gap(132)
    cap = p.t(col.x1, col.y + ASC * 7.4, '在外研修先の大学での授業の様子', 'M', 7.4, GREY, 'r')
    p.emit(cap)
    col.gap(24)
    p.rect(col.x, col.y, col.w, 58, stroke=NAVY, lw=0.7, r=5)
    box = Col(p, col.x + 10, col.w - 20, col.y + 9)
    para(box, '業務説明会のご案内', 'G', 9.4, color=NAVY)
    box.gap(5)
    para(box, '説明会の日程は、外務省ウェブサイトの採用情報ページでお知らせします。', 'M', 8.6, lead=14)
    col.y += 58
    col.guard()
    return doc, f, ()


# ================================================================ 内閣府 2024 (split hiring table)

CAO = Color(0.45, 0.12, 0.25)
CAO_TINT = Color(0.97, 0.93, 0.95)


def cao_common(year):
    return {
        'contacts': [
            {'track': '総合職事務系', 'office': '大臣官房人事課', 'location': '中央合同庁舎第８号館６階',
             'tel': ['03-5253-2111（代表）', '03-6257-1234（直通）'], 'email': ['cao-jinji-saiyo@cao.go.jp']},
            {'track': '総合職技術系', 'office': '科学技術・イノベーション推進事務局', 'location': '中央合同庁舎第８号館３階',
             'tel': ['03-6257-1330（直通）'], 'email': ['cao-stsaiyo@cao.go.jp']},
        ],
        'access': {'address': '東京都千代田区永田町１-６-１ 中央合同庁舎第８号館',
                   'routes': ['東京メトロ 千代田線・丸ノ内線『国会議事堂前』駅 ３番出口 徒歩約５分',
                              '東京メトロ 銀座線・南北線『溜池山王』駅 ８番出口 徒歩約５分',
                              '東京メトロ 有楽町線・半蔵門線・南北線『永田町』駅 ３番出口 徒歩約７分']},
        'supportTitle': '両立支援制度',
        'supportSystems': [
            {'name': '育児休業', 'text': '子が３歳に達するまで、男女を問わず取得できます。'},
            {'name': '育児短時間勤務', 'text': '小学校就学前の子を養育する職員は、勤務時間を短縮して勤務できます。'},
            {'name': '子の看護休暇', 'text': '中学校就学前の子の看護等のため、年５日（子が２人以上の場合は10日）まで取得できます。'},
            {'name': '介護休暇', 'text': '要介護状態の家族を介護するため、通算６月以内の期間で取得できます。'},
        ],
        'supportSource': '参考：人事院 両立支援ハンドブック',
    }


# cohorts shared by both 内閣府 editions: (admin, women), (tech, women)
CAO_ACTUAL = {2019: ((38, 14), (6, 2)), 2020: ((40, 16), (5, 2)), 2021: ((41, 17), (7, 3)),
              2022: ((39, 17), (6, 2)), 2023: ((42, 19), (8, 3)), 2024: ((45, 21), (6, 3))}
CAO_PLAN = {2024: ((43, 20), (7, 3)), 2025: ((44, 20), (8, 3))}


def cao2024_facts():
    labels = {2019: 'H31/R1', 2020: 'R2', 2021: 'R3', 2022: 'R4', 2023: 'R5', 2024: 'R6'}
    rows = [(fy, labels[fy], labels[fy], False) + CAO_ACTUAL[fy] for fy in range(2019, 2024)]
    rows.append((2024, 'R6', 'R6（予定数）', True) + CAO_PLAN[2024])
    f = {'fixture': 'cao-2024', 'organization': '内閣府', 'document': '総合職採用パンフレット',
         'edition': {'year': 2024, 'asOf': '2024-04', 'asOfText': '令和6年4月現在'}, 'pages': 2}
    c = cao_common(2024)
    f['contacts'], f['access'] = c['contacts'], c['access']
    f['assignments'] = assignments(2023, '令和5年度入府者（総合職）の配属先（令和6年4月現在）', [
        ('大臣官房', 4, 1), ('政策統括官（経済財政運営担当）', 6, 1), ('政策統括官（経済社会システム担当）', 4, None),
        ('政策統括官（防災担当）', 4, 1), ('男女共同参画局', 3, None), ('沖縄振興局', 3, None),
        ('地方創生推進事務局', 4, None), ('科学技術・イノベーション推進事務局', 2, 4),
        ('宇宙開発戦略推進事務局', 1, 1), ('経済社会総合研究所', 3, None), ('消費者庁（出向）', 2, None),
        ('他府省・出向', 6, None)])
    f['hiring'] = {'intro': ['過去６年間の総合職採用者数（各年度４月１日現在）'], 'note': '※（　）内は女性の数（内数）',
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'rows': hiring_rows(rows, 'paren')}
    f['exams'] = {'title': '令和6年度採用予定者の試験区分', 'fiscalYear': 2024, 'entries': [
        exam_entry('事務系', '大卒程度試験', [('法律', 12), ('経済', 10), ('政治・国際', 6), ('教養', 5)]),
        exam_entry('事務系', '院卒程度試験', [('行政', 8), ('法務', 2)]),
        exam_entry('技術系', '大卒程度試験', [('工学', 2), ('数理科学・物理・地球科学', 1), ('デジタル', 1)]),
        exam_entry('技術系', '院卒程度試験', [('工学', 2), ('デジタル', 1)])]}
    f['lead'] = {'title': '国の重要政策を、府省の垣根を越えて',
                 'text': ['内閣府は、内閣の重要政策に関する企画立案と総合調整を担う組織です。経済財政、防災、科学技術、男女共同参画、地方創生など、扱う分野は多岐にわたります。',
                          '各府省や民間から集まる多様な人材と協働し、日本の課題に正面から取り組む仲間を求めています。']}
    f['initiativesIntro'] = {'title': '働き方改革の取組',
                             'text': '内閣府では「働き方改革推進チーム」が中心となり、次のような取組を進めています。'}
    f['initiatives'] = [
        {'title': 'テレワークの推進', 'text': '全職員にモバイル端末を配備し、自宅等でも府内と同じ環境で業務ができます。'},
        {'title': 'ペーパーレス会議', 'text': '府内の会議は原則としてペーパーレスで行い、資料準備の負担を減らしています。'},
        {'title': '業務の棚卸し', 'text': '毎年度、各部局で業務を棚卸しし、廃止・簡素化できる業務を見直しています。'},
        {'title': '幹部との意見交換会', 'text': '若手職員が幹部と直接意見を交わす場を設け、職場の課題を共有しています。'},
    ]
    f['supportTitle'], f['supportSystems'], f['supportSource'] = c['supportTitle'], c['supportSystems'], c['supportSource']
    f['training'] = {'title': '研修制度', 'paragraphs': [
        '　入府直後の初任行政研修、新規採用職員研修に加え、地方公共団体での実地研修を行います。',
        '　また、海外の大学院への留学や、国際機関・在外公館への出向の機会があります。令和6年4月現在、総合職職員18名が海外で研究・勤務しています。']}
    return f


def cao_num_heading(col, n, text, size=12.0):
    """Reverse-video number: white digits in a filled square, the heading text beside it."""
    p = col.p
    box = size + 5
    p.rect(col.x, col.y, box, box, fill=CAO)
    base = col.y + box / 2 + (ASC - DESC) * size * 0.85 / 2
    num = p.t(col.x + box / 2, base, f'{n:02d}', 'G', size * 0.85, WHITE, 'c')
    txt = p.t(col.x + box + 6, base, text, 'G', size, CAO)
    p.emit([num, txt], sep=' ', join=' ')
    col.y += box + 2
    p.line(col.x, col.y, col.x1, col.y, CAO, 0.5)
    col.y += 6


def cao_contacts(col, contacts, size=8.4, tel_label='TEL', mail_label='E-mail'):
    p = col.p
    for i, c in enumerate(contacts):
        if i:
            col.gap(8)
        p.rect(col.x, col.y - 1, col.w, size + 3, fill=CAO_TINT)
        it = p.t(col.x + 4, col.y + ASC * size, c['track'], 'G', size, CAO)
        p.emit(it)
        col.gap(size * 1.7)
        para(col, c['office'], 'M', size)
        col.gap(size * 0.45)
        para(col, f'（{c["location"]}）', 'M', size)
        col.gap(size * 0.45)
        for t in c['tel']:
            a = p.t(col.x, col.y + ASC * size, tel_label, 'G', size)
            b = p.t(col.x + 36, col.y + ASC * size, t, 'M', size)
            p.emit([a, b], join=' ')
            col.gap(size * 1.45)
        for m in c['email']:
            a = p.t(col.x, col.y + ASC * size, mail_label, 'G', size)
            b = p.t(col.x + 36, col.y + ASC * size, m, 'M', size)
            p.emit([a, b], join=' ')
            col.gap(size * 1.45)
    col.y -= size * 0.45


def routes_block(col, routes, size, marker='・', color=K, lead=None):
    p = col.p
    lead = lead or size * 1.5
    for r in routes:
        mk = p.t(col.x, col.y + ASC * size, marker, 'M', size, color)
        lines = wrap(r, 'M', size, lambda i: col.w - size * 1.05)
        for k, ln in enumerate(lines):
            it = p.t(col.x + size * 1.05, col.y + ASC * size, ln, 'M', size)
            p.emit([mk, it] if k == 0 else [it])
            col.gap(lead)
        col.gap(2)
    col.y -= lead - size + 2


def build_cao2024():
    f = cao2024_facts()
    doc = Doc(f['fixture'], 52)
    W, H = A4
    m = (42, 36, 42, 40)
    p = doc.page((W, H), m)
    x0, x1 = m[0], W - m[2]
    rule = Color(0.7, 0.6, 0.65)
    # title band
    p.rect(0, 0, W, 8, fill=CAO)
    col = Col(p, x0, x1 - x0, 40)
    a = p.t(x0, col.y + ASC * 26, '内閣府', 'G', 26, CAO, mode=2)
    b = p.t(x0 + a.w + 12, col.y + ASC * 26, '総合職採用パンフレット 2024', 'G', 14, CAO)
    p.emit([a, b], sep=' ', join=' ')
    col.gap(32)
    d = p.t(x1, col.y + ASC * 9, '令和6年4月現在', 'M', 9, GREY, 'r')
    p.emit(d)
    col.gap(14)
    p.line(x0, col.y, x1, col.y, CAO, 1.2)
    col.gap(14)
    para(col, f['lead']['title'], 'M', 15, color=CAO)
    col.gap(9)
    for t in f['lead']['text']:
        para(col, t, 'M', 9.8, lead=16.5)
        col.gap(3)
    col.gap(12)
    pw3 = (x1 - x0 - 2 * 10) / 3
    for k, tint in enumerate((Color(0.93, 0.88, 0.9), Color(0.88, 0.9, 0.93), Color(0.9, 0.93, 0.88))):
        photo(p, x0 + k * (pw3 + 10), col.y, pw3, 46, kind='people', tint=tint)
    col.gap(46 + 20)
    top = col.y
    gut = 22
    cw = (x1 - x0 - gut) / 2
    left = Col(p, x0, cw, top)
    right = Col(p, x0 + cw + gut, cw, top)
    cao_num_heading(left, 1, '採用窓口')
    cao_contacts(left, f['contacts'], size=9)
    left.gap(22)
    cao_num_heading(left, 2, 'アクセス')
    para(left, f['access']['address'], 'M', 9)
    left.gap(7)
    routes_block(left, f['access']['routes'], 9, '・', lead=14.5)
    cao_num_heading(right, 3, '配属実績')
    para(right, f['assignments']['intro'], 'M', 8.8, lead=14)
    right.gap(6)
    rows = [['配属先', '事務系', '技術系']]
    for r in f['assignments']['rows']:
        rows.append([r['unit'], str(r['admin']) if r['admin'] else None, str(r['tech']) if r['tech'] else None])
    table(right, [cw - 80, 40, 40], rows, size=8.2, header_fill=CAO_TINT, header_color=CAO, rules='grid',
          rule_color=rule, pad=3, nowrap_cols=(1, 2))
    right.gap(3)
    para(right, '（単位：人）', 'M', 7.4, color=GREY, align='r')
    right.gap(16)
    cao_num_heading(right, 4, '試験区分')
    para(right, f['exams']['title'], 'M', 8.8)
    right.gap(6)
    rows = [['区分', '試験', '内訳']]
    for i, e in enumerate(f['exams']['entries']):
        row = [{'t': e['track'], 'rs': 2, 'al': 'c'}] if i % 2 == 0 else []
        rows.append(row + [e['exam'], e['text']])
    table(right, [38, 60, cw - 98], rows, size=8.2, header_fill=CAO_TINT, header_color=CAO, rules='grid',
          rule_color=rule, lead=11.5, pad=3.4, aligns=['c', 'c', 'l'])
    col.y = max(left.y, right.y) + 24
    # hiring table: as many rows as fit here, the rest on page 2 under a repeated header row
    cao_num_heading(col, 5, '採用実績')
    para(col, f['hiring']['intro'][0], 'M', 9)
    col.gap(7)
    header = ['採用年度', '合計', '事務系', '技術系']
    rest = (x1 - x0 - 130) / 3
    widths = [130, rest, rest, rest]
    body = [[r['labelText'], r['total']['text'], r['admin']['text'], r['tech']['text']] for r in f['hiring']['rows']]
    tstyle = dict(size=9.6, header_fill=CAO, header_color=WHITE, rules='h', rule_color=Color(0.6, 0.5, 0.55),
                  zebra=CAO_TINT, nowrap_cols=(1, 2, 3), pad=5.2)
    rowh = 9.6 + 2 * 5.2
    split = int((col.bottom - 18 - col.y) // rowh) - 1
    if not 2 <= split < len(body):
        fail(f'cao-2024: the hiring table must split across the pages (rows on p1: {split})')
    table(col, widths, [header] + body[:split], **tstyle)
    col.gap(4)
    para(col, '（次ページへ続く）', 'M', 7.8, color=GREY, align='r')
    col.guard()

    p = doc.page((W, H), m)
    p.rect(0, 0, W, 8, fill=CAO)
    col = Col(p, x0, x1 - x0, 40)
    para(col, '採用実績（前ページからの続き）', 'G', 9, color=CAO)
    col.gap(7)
    table(col, widths, [header] + body[split:], **tstyle)
    col.gap(5)
    para(col, f['hiring']['note'], 'M', 8.2)
    col.gap(26)
    cao_num_heading(col, 6, f['initiativesIntro']['title'])
    para(col, f['initiativesIntro']['text'], 'M', 9.4)
    col.gap(12)
    top = col.y
    gut = 24
    cw = (x1 - x0 - gut) / 2
    cols = [Col(p, x0, cw, top), Col(p, x0 + cw + gut, cw, top)]
    for k, ini in enumerate(f['initiatives']):
        c = cols[k // 2]
        p.rect(c.x, c.y, 2.5, 12, fill=CAO)
        it = p.t(c.x + 8, c.y + ASC * 10, ini['title'], 'G', 10)
        p.emit(it)
        c.gap(17)
        para(c, ini['text'], 'M', 9.2, lead=15.5)
        c.gap(14)
    col.y = max(cols[0].y, cols[1].y) + 12
    cao_num_heading(col, 7, f['supportTitle'])
    rows = [['制度', '概要']] + [[s['name'], s['text']] for s in f['supportSystems']]
    table(col, [112, x1 - x0 - 112], rows, size=9.2, header_fill=CAO_TINT, header_color=CAO, rules='h',
          rule_color=rule, pad=5, aligns=['l', 'l'])
    col.gap(5)
    para(col, f['supportSource'], 'M', 7.6, color=GREY, align='r')
    col.gap(22)
    cao_num_heading(col, 8, f['training']['title'])
    top = col.y
    photo(p, x1 - 190, top, 190, 120, kind='people', tint=Color(0.93, 0.88, 0.9))
    tc = Col(p, x0, x1 - x0 - 206, top)
    for t in f['training']['paragraphs']:
        para(tc, t, 'M', 9.4, lead=16)
        tc.gap(4)
    cap = p.t(x1, top + 120 + 4 + ASC * 7.6, '地方公共団体での実地研修', 'M', 7.6, GREY, 'r')
    p.emit(cap)
    col.y = max(tc.y, top + 120 + 4 + 7.6) + 24
    # a message box from a staff member (not a fact section)
    bt = col.y
    box = Col(p, x0 + 14, x1 - x0 - 28, bt + 12)
    para(box, '先輩職員からのメッセージ', 'G', 10, color=CAO)
    box.gap(7)
    para(box, '防災担当として、大規模災害に備える計画づくりに携わっています。関係府省や自治体と議論を重ね、'
              '一つの方針にまとめていく過程は大変ですが、その分やりがいも大きい仕事です。', 'M', 9.2, lead=15.5)
    box.gap(5)
    para(box, '政策統括官（防災担当）付 参事官補佐', 'M', 8.4, color=GREY, align='r')
    p.rect(x0, bt, x1 - x0, box.y + 12 - bt, fill=None, stroke=CAO, lw=0.8, r=6)
    col.y = box.y + 12
    col.guard()
    return doc, f, ()


# ================================================================ 内閣府 2025 (margin rail)

def cao2025_facts():
    rows = [(fy, f'令和{fy - 2018}年度', f'令和{fy - 2018}年度', False) + CAO_ACTUAL[fy] for fy in range(2021, 2025)]
    rows.append((2025, '令和7年度', '令和7年度（予定）', True) + CAO_PLAN[2025])
    f = {'fixture': 'cao-2025', 'organization': '内閣府', 'document': '総合職採用パンフレット',
         'edition': {'year': 2025, 'asOf': '2025-04', 'asOfText': '令和7年4月現在'}, 'pages': 2}
    c = cao_common(2025)
    f['contacts'], f['access'] = c['contacts'], c['access']
    f['assignments'] = assignments(2024, '令和6年度入府者（総合職）の配属先（令和7年4月現在）', [
        ('大臣官房', 5, None), ('政策統括官（経済財政運営担当）', 7, 1), ('政策統括官（経済社会システム担当）', 4, None),
        ('政策統括官（防災担当）', 4, 1), ('男女共同参画局', 3, None), ('沖縄振興局', 3, None),
        ('地方創生推進事務局', 4, None), ('科学技術・イノベーション推進事務局', 2, 3),
        ('宇宙開発戦略推進事務局', 1, 1), ('経済社会総合研究所', 3, None), ('他府省・出向', 9, None)])
    # the table prints heads and women in separate columns; `text` is synthesised as 48（20）
    f['hiring'] = {'intro': ['総合職の採用者数（年度別）'], 'note': '※1　「うち女性」は各区分の採用者のうち女性の数です。',
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'rows': hiring_rows(rows, 'paren')}
    f['exams'] = {'title': '令和7年度採用予定者の試験区分', 'fiscalYear': 2025, 'entries': [
        exam_entry('事務系', '大卒程度試験', [('法律', 11), ('経済', 12), ('政治・国際', 5), ('教養', 6)], sep=' '),
        exam_entry('事務系', '院卒程度試験', [('行政', 9), ('法務', 1)], sep=' '),
        exam_entry('技術系', '大卒程度試験', [('工学', 2), ('数理科学・物理・地球科学', 2), ('デジタル', 1)], sep=' '),
        exam_entry('技術系', '院卒程度試験', [('工学', 1), ('デジタル', 2)], sep=' ')]}
    f['lead'] = {'title': '多様な政策を、ひとつの方向へ',
                 'text': ['内閣府は、内閣総理大臣を長とし、経済財政や防災、科学技術、男女共同参画など、府省横断の重要政策を束ねる役割を担っています。',
                          '若手のうちから政策の全体像に触れ、関係府省と調整しながら形にしていく経験を積むことができます。']}
    f['initiativesIntro'] = {'title': '働き方改革の取組',
                             'text': '内閣府では「働き方改革推進チーム」が中心となり、次のような取組を進めています。'}
    f['initiatives'] = [
        {'title': 'テレワークの推進', 'text': '全職員にモバイル端末を配備し、自宅等でも府内と同じ環境で業務ができます。'},
        {'title': 'ペーパーレス会議', 'text': '府内の会議は原則としてペーパーレスで行い、資料準備の負担を減らしています。'},
        {'title': '勤務間インターバルの確保', 'text': '終業から次の始業まで11時間の休息を確保できるよう、業務の割り振りを工夫しています。'},
        {'title': '幹部との意見交換会', 'text': '若手職員が幹部と直接意見を交わす場を設け、職場の課題を共有しています。'},
    ]
    f['supportTitle'], f['supportSystems'], f['supportSource'] = '両立支援', c['supportSystems'], c['supportSource']
    f['training'] = {'title': '研修制度', 'paragraphs': [
        '　入府直後の初任行政研修、新規採用職員研修に加え、地方公共団体での実地研修を行います。',
        '　また、海外の大学院への留学や、国際機関・在外公館への出向の機会があります。令和7年4月現在、総合職職員19名が海外で研究・勤務しています。']}
    return f


def rail_heading(p, rail, y, ja, en, body_first_size):
    """Heading in the left margin rail, top-aligned with the section's first body line."""
    x0, x1 = rail
    size = 11.0
    base = y + ASC * body_first_size     # same baseline as the first body line
    a = p.t(x1, base, ja, 'G', size, CAO, 'r')
    p.emit(a)
    b = p.t(x1, base + 12, en, 'G', 6.5, GREY, 'r', cs=0.6)
    p.emit(b)
    p.rect(x1 + 8, y - 2, 2, 26, fill=CAO)
    return base + 12 + DESC * 6.5


def build_cao2025():
    f = cao2025_facts()
    doc = Doc(f['fixture'], 53)
    W, H = A4
    m = (34, 34, 38, 38)
    rail = (34, 112)
    bx0, bx1 = 130, W - m[2]
    bw = bx1 - bx0
    rule = Color(0.7, 0.6, 0.65)
    SECTION_GAP = 26

    p = doc.page((W, H), m)
    p.rect(0, 0, 22, H, fill=CAO_TINT)
    col = Col(p, bx0, bw, 40)
    a = p.t(rail[1], col.y + ASC * 21, '内閣府', 'G', 21, CAO, 'r', mode=2)
    b = p.t(bx0, col.y + ASC * 21, '総合職採用パンフレット 2025', 'G', 21, K)
    p.emit([a, b], sep=' ', join=' ')
    col.gap(28)
    d = p.t(bx0, col.y + ASC * 9, '令和7年4月現在', 'M', 9, GREY)
    p.emit(d)
    col.gap(24)

    def section(ja, en, first_size, body):
        hb = rail_heading(col.p, rail, col.y, ja, en, first_size)
        body()
        col.y = max(col.y, hb) + SECTION_GAP

    def lead():
        para(col, f['lead']['title'], 'M', 14, color=CAO)
        col.gap(8)
        for t in f['lead']['text']:
            para(col, t, 'M', 9.6, lead=16)
            col.gap(3)
    section('はじめに', 'MESSAGE', 14, lead)

    def hiring():
        para(col, f['hiring']['intro'][0], 'M', 9.4)
        col.gap(7)
        cw = (bw - 96) / 6
        rows = [[{'t': '年度', 'rs': 2, 'al': 'c'}, {'t': '合計', 'cs': 2, 'al': 'c'},
                 {'t': '事務系', 'cs': 2, 'al': 'c'}, {'t': '技術系', 'cs': 2, 'al': 'c'}],
                ['人数', 'うち女性', '人数', 'うち女性', '人数', 'うち女性']]
        for r in f['hiring']['rows']:
            rows.append([r['labelText'], str(r['total']['count']), str(r['total']['women']),
                         str(r['admin']['count']), str(r['admin']['women']),
                         str(r['tech']['count']), str(r['tech']['women'])])
        table(col, [96] + [cw] * 6, rows, size=9.2, header_rows=2, header_fill=CAO_TINT, header_color=CAO,
              rules='grid', rule_color=rule, nowrap_cols=(1, 2, 3, 4, 5, 6), pad=4.6)
        col.gap(6)
        para(col, f['hiring']['note'], 'M', 8)
        col.gap(3)
        para(col, '※2　令和7年度は4月1日現在の採用予定数です。', 'M', 8)
    section('採用実績', 'RECRUITMENT', 9.4, hiring)

    def assign():
        para(col, f['assignments']['intro'], 'M', 9.4)
        col.gap(7)
        rows = [['配属先', '事務系', '技術系']]
        for r in f['assignments']['rows']:
            rows.append([r['unit'], f'{r["admin"]}名' if r['admin'] else None, f'{r["tech"]}名' if r['tech'] else None])
        table(col, [bw - 150, 75, 75], rows, size=9, header_fill=None, header_color=CAO, rules='h',
              rule_color=rule, pad=3.2, nowrap_cols=(1, 2))
    section('配属実績', 'ASSIGNMENT', 9.4, assign)

    def exams():
        para(col, f['exams']['title'], 'M', 9.4)
        col.gap(7)
        rows = [['区分', '試験', '内訳']]
        for i, e in enumerate(f['exams']['entries']):
            row = [{'t': e['track'], 'rs': 2, 'al': 'c', 'va': 't'}] if i % 2 == 0 else []
            rows.append(row + [e['exam'], e['text']])
        table(col, [52, 80, bw - 132], rows, size=8.8, header_fill=CAO_TINT, header_color=CAO, rules='h',
              rule_color=rule, pad=4, aligns=['c', 'l', 'l'])
    section('試験区分', 'EXAMINATION', 9.4, exams)
    col.gap(-SECTION_GAP)
    col.guard()

    p = doc.page((W, H), m)
    p.rect(0, 0, 22, H, fill=CAO_TINT)
    col = Col(p, bx0, bw, 40)

    def works():
        para(col, f['initiativesIntro']['title'], 'G', 10, color=CAO)
        col.gap(5)
        para(col, f['initiativesIntro']['text'], 'M', 9.4)
        col.gap(11)
        top = col.y
        gut = 20
        cw = (bw - gut) / 2
        cs = [Col(p, bx0, cw, top), Col(p, bx0 + cw + gut, cw, top)]
        for k, ini in enumerate(f['initiatives']):
            c = cs[k // 2]
            it = p.t(c.x, c.y + ASC * 9.8, f'■{ini["title"]}', 'G', 9.8)
            p.emit(it)
            c.gap(15.5)
            para(c, ini['text'], 'M', 9, lead=15)
            c.gap(13)
        col.y = max(cs[0].y, cs[1].y) - 13
    section('働き方', 'WORK STYLE', 10, works)

    def support():
        for s in f['supportSystems']:
            a = p.t(bx0, col.y + ASC * 9.4, s['name'], 'G', 9.4)
            lines = wrap(s['text'], 'M', 9.4, lambda i: bw - 100)
            for k, ln in enumerate(lines):
                it = p.t(bx0 + 100, col.y + ASC * 9.4, ln, 'M', 9.4)
                if k == 0:
                    p.emit(a, it)
                else:
                    p.emit(it)
                col.gap(15)
            col.gap(4)
        col.gap(-8)
        para(col, f['supportSource'], 'M', 7.8, color=GREY, align='r')
    section('両立支援', 'SUPPORT', 9.4, support)

    def training():
        for t in f['training']['paragraphs']:
            para(col, t, 'M', 9.4, lead=16)
            col.gap(3)
    section('研修制度', 'TRAINING', 9.4, training)

    def contacts():
        top = col.y
        gut = 20
        cw = (bw - gut) / 2
        cs = [Col(p, bx0, cw, top), Col(p, bx0 + cw + gut, cw, top)]
        for k, c in enumerate(f['contacts']):
            cao_contacts(cs[k], [c], size=9, tel_label='TEL', mail_label='Mail')
        col.y = max(cs[0].y, cs[1].y)
    section('採用窓口', 'CONTACT', 9, contacts)

    def access():
        para(col, f['access']['address'], 'M', 9.4)
        col.gap(6)
        routes_block(col, f['access']['routes'], 9.4, '○', lead=15.5)
    section('アクセス', 'ACCESS', 9.4, access)

    def faq():
        qa = [('文系・理系で配属先に違いはありますか。',
               '事務系・技術系を問わず、本人の希望と適性を踏まえて配属先を決めています。'),
              ('他府省への出向はありますか。',
               '府省横断的な政策が多いため、関係府省や地方公共団体へ出向する機会が多くあります。'),
              ('業務説明会はいつ開催していますか。',
               '例年、春から秋にかけてオンラインと対面で開催しています。日程は内閣府ウェブサイトでお知らせします。')]
        for q, a_ in qa:
            para(col, f'Q．{q}', 'G', 9.2, color=CAO)
            col.gap(5)
            para(col, f'A．{a_}', 'M', 9.2, lead=15)
            col.gap(10)
        col.gap(-10)
    section('よくある質問', 'Q&A', 9.2, faq)
    col.gap(-SECTION_GAP)
    col.guard()
    return doc, f, ('hiring-text',)


# ================================================================ 警察庁 (bar chart)

NPA = Color(0.05, 0.18, 0.38)
NPA_LIGHT = Color(0.55, 0.68, 0.85)
NPA_TINT = Color(0.93, 0.95, 0.98)


def npa_facts():
    hiring = [
        (2021, 'R3', 'R3', False, (18, 6), (9, 2)),
        (2022, 'R4', 'R4', False, (20, 8), (10, 3)),
        (2023, 'R5', 'R5', False, (19, 7), (11, 3)),
        (2024, 'R6', 'R6', False, (21, 9), (10, 4)),
        (2025, 'R7', 'R7（予定）', True, (22, 9), (12, 4)),
    ]
    return {
        'fixture': 'npa-2025', 'organization': '警察庁', 'document': '総合職採用案内',
        'edition': {'year': 2025, 'asOf': '2025-04', 'asOfText': '令和7年4月現在'}, 'pages': 2,
        'contacts': [
            {'track': '総合職事務系', 'office': '長官官房人事課', 'location': '中央合同庁舎第２号館17階',
             'tel': ['03-3581-0141（代表）', '03-3581-0207（直通）'], 'email': ['npa-saiyo@npa.go.jp']},
            {'track': '総合職技術系', 'office': '情報通信局情報通信企画課', 'location': '中央合同庁舎第２号館19階',
             'tel': ['03-3581-0141（内線5312）'], 'email': ['npa-gijutsu@npa.go.jp']},
        ],
        'access': {'address': '東京都千代田区霞が関２-１-２ 中央合同庁舎第２号館',
                   'routes': ['東京メトロ 有楽町線『桜田門』駅 ４番出口 徒歩約１分',
                              '東京メトロ 丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A2出口 徒歩約３分',
                              '東京メトロ 銀座線『虎ノ門』駅 ７番出口 徒歩約10分']},
        'assignments': assignments(2024, '令和6年度入庁者（総合職）の配属先（令和7年4月現在）', [
            ('長官官房', 3, 1), ('生活安全局', 3, None), ('刑事局', 4, None), ('交通局', 2, None),
            ('警備局', 3, 1), ('サイバー警察局', 2, 4), ('情報通信局', None, 3), ('都道府県警察', 4, 1)]),
        # heads and women are printed in separate columns; `text` is synthesised as 27（8）
        'hiring': {'intro': ['総合職の採用者数の推移（各年度４月１日現在）'], 'note': '※1　R7は採用予定数です。',
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'rows': hiring_rows(hiring, 'paren')},
        'exams': {'title': '令和7年度採用予定者の試験区分', 'fiscalYear': 2025, 'entries': [
            exam_entry('事務系', '大卒程度試験', [('法律', 10), ('経済', 3), ('政治・国際', 3), ('教養', 2)]),
            exam_entry('事務系', '院卒程度試験', [('行政', 3), ('法務', 1)]),
            exam_entry('技術系', '大卒程度試験', [('工学', 5), ('デジタル', 3)]),
            exam_entry('技術系', '院卒程度試験', [('工学', 2), ('デジタル', 2)])]},
        'lead': {'title': '国民の安全・安心を守る',
                 'text': ['警察庁は、全国の警察を指揮監督し、治安に関わる制度の企画立案や、サイバー空間の脅威への対処を担っています。',
                          '都道府県警察での現場経験と本庁での政策づくりを行き来しながら、日本の治安を支える仲間を求めています。']},
        'initiativesIntro': {'title': '働き方改革',
                             'text': '24時間365日の業務を支えながらも、職員が力を発揮し続けられる職場をめざしています。'},
        'initiatives': [
            {'title': 'ﾌﾚｯｸｽﾀｲﾑ制の活用', 'text': '始業・終業時刻を柔軟に設定でき、子の送迎や通院と両立しながら働けます。'},
            {'title': '当直明けの休養確保', 'text': '当直勤務の翌日は、原則として休養に充てられるよう勤務を割り振っています。'},
            {'title': '業務のデジタル化', 'text': '決裁や文書管理の電子化を進め、紙の回覧や押印に要する時間を削減しています。'},
        ],
        'supportTitle': '両立支援制度',
        'supportSystems': [
            {'name': '育児休業', 'text': '子が３歳に達するまで取得できます。'},
            {'name': '育児時間', 'text': '小学校就学前の子を養育する職員は、１日２時間以内で勤務しないことができます。'},
            {'name': '配偶者出産休暇', 'text': '妻の出産に伴う入退院の付き添い等のため、２日以内で取得できます。'},
            {'name': '介護休暇', 'text': '要介護状態の家族を介護するため、通算６月以内の期間で取得できます。'},
        ],
        'supportSource': None,
        'training': {'title': '人材育成', 'paragraphs': [
            '　入庁後は、警察大学校での初任幹部研修を経て、都道府県警察の警察署等で約９か月の現場実習を行います。',
            '　その後も、海外の大学院への留学や、在外公館・国際機関への出向など、国際的な経験を積む機会があります。令和7年4月現在、総合職職員23名が海外で研究・勤務しています。']},
    }


def npa_heading(col, en, ja):
    """English + Japanese pair on one baseline: one expected line."""
    p = col.p
    base = col.y + ASC * 13
    a = p.t(col.x, base, en, 'G', 13, NPA, cs=0.8)
    b = p.t(col.x + a.w + 8, base, ja, 'G', 9.5, Color(0.25, 0.3, 0.4))
    p.emit([a, b], sep=' ', join=' ')
    col.y += 13 + 3
    p.line(col.x, col.y, col.x + a.w, col.y, NPA, 1.6)
    p.line(col.x + a.w, col.y, col.x1, col.y, LIGHT, 0.5)
    col.y += 8


def bar_chart(col, rows, height=130):
    """Stacked bars (事務系 dark, 技術系 light), total over each bar, year labels on one axis row.
    Expected: legend line, then the totals left to right (one line each), then the axis row."""
    p = col.p
    lg_y = col.y + ASC * 7.6
    x = col.x1
    items = []
    for name, color in (('技術系', NPA_LIGHT), ('事務系', NPA)):
        t = p.t(x, lg_y, name, 'G', 7.6, align='r')
        p.rect(t.x - 10, lg_y - 6.5, 7, 7, fill=color)
        x = t.x - 18
        items.insert(0, t)
    p.emit(items, sep=' ', join=' ')
    col.gap(16)
    n = len(rows)
    top = col.y + 14
    base = top + height
    vmax = 40
    slot = (col.w - 20) / n
    bw = slot * 0.46
    p.line(col.x + 16, base, col.x1, base, K, 0.6)
    for k in range(0, vmax + 1, 10):
        yy = base - height * k / vmax
        if k:
            p.line(col.x + 16, yy, col.x1, yy, LIGHT, 0.3, dash=(1, 1.5))
    totals, labels = [], []
    for i, r in enumerate(rows):
        cx = col.x + 20 + slot * (i + 0.5)
        a, t = r['admin']['count'], r['tech']['count']
        ha, ht = height * a / vmax, height * t / vmax
        fill_a = NPA if not r['planned'] else Color(0.35, 0.45, 0.6)
        p.rect(cx - bw / 2, base - ha, bw, ha, fill=fill_a, keepout=True)
        p.rect(cx - bw / 2, base - ha - ht, bw, ht, fill=NPA_LIGHT, keepout=True)
        if r['planned']:
            p.rect(cx - bw / 2, base - ha - ht, bw, ha + ht, stroke=NPA, lw=0.8, dash=(2, 1.5))
        tt = p.t(cx, base - ha - ht - 4, str(r['total']['count']), 'G', 9, NPA, 'c')
        totals.append(tt)
        labels.append(p.t(cx, base + 4 + ASC * 7.8, r['label'] + ('（予定）' if r['planned'] else ''), 'G', 7.8, K, 'c'))
    for tt in totals:
        p.emit(tt)
    p.emit(*labels)
    col.y = base + 4 + 7.8
    col.guard()


def build_npa():
    f = npa_facts()
    doc = Doc(f['fixture'], 64)
    W, H = A4
    m = (36, 34, 36, 44)
    x0, x1 = m[0], W - m[2]
    rule = Color(0.6, 0.65, 0.75)
    p = doc.page((W, H), m)
    p.rect(0, 0, W, 100, fill=NPA)
    a = p.t(x0, 62, '警察庁', 'G', 30, WHITE, mode=2)
    b = p.t(x0 + a.w + 14, 62, '総合職採用案内 2025', 'G', 15, WHITE)
    p.emit([a, b], sep=' ', join=' ')
    en = p.t(x0, 84, 'NATIONAL POLICE AGENCY', 'G', 8.5, NPA_LIGHT, cs=1.5)
    p.emit(en)
    d = p.t(x1, 106 + ASC * 9, '令和7年4月現在', 'G', 9, GREY, 'r')
    p.emit(d)
    col = Col(p, x0, x1 - x0, 126)
    para(col, f['lead']['title'], 'M', 15, color=NPA, mode=2)
    col.gap(8)
    for t in f['lead']['text']:
        para(col, t, 'M', 9.8, lead=16.5)
        col.gap(3)
    col.gap(20)
    top = col.y
    gut = 20
    lw = (x1 - x0 - gut) * 0.57
    left = Col(p, x0, lw, top)
    right = Col(p, x0 + lw + gut, x1 - x0 - gut - lw, top)
    npa_heading(left, 'RECRUIT', '採用実績')
    para(left, f['hiring']['intro'][0], 'M', 9)
    left.gap(8)
    bar_chart(left, f['hiring']['rows'], height=175)
    left.gap(18)
    rows = [['年度', '事務系', 'うち女性', '技術系※2', 'うち女性', '合計', 'うち女性']]
    for r in f['hiring']['rows']:
        rows.append([r['labelText'], str(r['admin']['count']), str(r['admin']['women']), str(r['tech']['count']),
                     str(r['tech']['women']), str(r['total']['count']), str(r['total']['women'])])
    cw = (left.w - 50 - 46) / 5
    table(left, [50, cw, cw, 46, cw, cw, cw], rows, size=7.6, header_fill=NPA_TINT, header_color=NPA, rules='grid',
          rule_color=Color(0.65, 0.7, 0.8), nowrap_cols=(1, 2, 3, 4, 5, 6), pad=3.6)
    left.gap(6)
    para(left, f['hiring']['note'], 'M', 7.8)
    left.gap(3)
    para(left, '※2　技術系は情報通信分野の採用者です。', 'M', 7.8)
    npa_heading(right, 'ASSIGNMENT', '配属実績')
    para(right, f['assignments']['intro'], 'M', 8.8, lead=14)
    right.gap(7)
    rows = [['配属先', '事務系', '技術系']]
    for r in f['assignments']['rows']:
        rows.append([r['unit'], f'{r["admin"]}名' if r['admin'] else None, f'{r["tech"]}名' if r['tech'] else None])
    table(right, [right.w - 84, 42, 42], rows, size=8.8, header_fill=None, header_color=NPA, rules='h',
          rule_color=rule, zebra=NPA_TINT, nowrap_cols=(1, 2), pad=4.2)
    right.gap(26)
    npa_heading(right, 'EXAM', '試験区分')
    para(right, f['exams']['title'], 'M', 8.8)
    right.gap(8)
    for e in f['exams']['entries']:
        it = p.t(right.x, right.y + ASC * 8.8, f'{e["track"]}・{e["exam"]}', 'G', 8.8, NPA)
        p.emit(it)
        right.gap(14)
        sub = Col(p, right.x + 10, right.w - 10, right.y)
        para(sub, e['text'], 'M', 8.8, lead=14)
        right.y = sub.y + 10
    col.y = max(left.y, right.y) + 24
    npa_heading(col, 'MESSAGE', '先輩職員の声')
    top = col.y
    photo(p, col.x, top, 120, 120, kind='people', tint=Color(0.88, 0.9, 0.95))
    tc = Col(p, col.x + 136, col.w - 136, top + 2)
    para(tc, '現場で学んだことを、制度づくりに生かす', 'G', 10.4, color=NPA)
    tc.gap(8)
    for t in ('入庁２年目に県警察の警察署で勤務し、交番の警察官と一緒に地域を回りました。住民の方から寄せられる相談の一つ一つが、'
              '制度の見直しを考える出発点になっています。',
              '今は本庁でサイバー犯罪対策の企画を担当しています。技術の進歩が速い分野ですが、現場の声を聞きながら'
              '新しい仕組みをつくる面白さがあります。'):
        para(tc, t, 'M', 9.2, lead=15.5)
        tc.gap(4)
    tc.gap(2)
    para(tc, 'サイバー警察局 課長補佐', 'M', 8.4, color=GREY, align='r')
    col.y = max(tc.y, top + 120)
    col.guard()

    p = doc.page((W, H), m)
    p.rect(0, 0, W, 10, fill=NPA)
    top = 40
    gut = 20
    lw = (x1 - x0 - gut) * 0.42
    left = Col(p, x0, lw, top)
    right = Col(p, x0 + lw + gut, x1 - x0 - gut - lw, top)
    npa_heading(left, 'CONTACT', '採用窓口')
    for k, c in enumerate(f['contacts']):
        if k:
            left.gap(12)
        it = p.t(left.x, left.y + ASC * 9.2, f'【{c["track"]}】', 'G', 9.2, NPA)
        p.emit(it)
        left.gap(15)
        para(left, f'{c["office"]}（{c["location"]}）', 'M', 8.8, lead=14)
        left.gap(5)
        for t in c['tel']:
            a = p.t(left.x, left.y + ASC * 8.8, 'Tel.', 'G', 8.8)
            b = p.t(left.x + 32, left.y + ASC * 8.8, t, 'M', 8.8)
            p.emit([a, b], join=' ')
            left.gap(14)
        for mm in c['email']:
            a = p.t(left.x, left.y + ASC * 8.8, 'ﾒｰﾙ', 'G', 8.8)
            b = p.t(left.x + 32, left.y + ASC * 8.8, mm, 'M', 8.8)
            p.emit([a, b], join=' ')
            left.gap(14)
    left.gap(20)
    npa_heading(left, 'ACCESS', 'アクセス')
    para(left, f['access']['address'], 'M', 8.8, lead=14)
    left.gap(6)
    routes_block(left, f['access']['routes'], 8.8, '■', NPA, lead=14)
    left.gap(12)
    photo(p, left.x, left.y, left.w, 150, tint=Color(0.86, 0.88, 0.84), kind='map')
    left.gap(150)
    npa_heading(right, 'TRAINING', f['training']['title'])
    for t in f['training']['paragraphs']:
        para(right, t, 'M', 9.4, lead=15.5)
        right.gap(4)
    right.gap(10)
    photo(right.p, right.x, right.y, right.w, 130, kind='people')
    right.gap(134)
    cap = p.t(right.x1, right.y + ASC * 7.6, '警察大学校での初任幹部研修', 'M', 7.6, GREY, 'r')
    p.emit(cap)
    right.gap(28)
    npa_heading(right, 'WORK STYLE', f['initiativesIntro']['title'])
    para(right, f['initiativesIntro']['text'], 'M', 9.2, lead=15)
    right.gap(10)
    for ini in f['initiatives']:
        y0 = right.y
        it = p.t(right.x + 9, right.y + 7 + ASC * 9.6, ini['title'], 'G', 9.6, NPA)
        p.emit(it)
        sub = Col(p, right.x + 9, right.w - 18, right.y + 23)
        para(sub, ini['text'], 'M', 8.8, lead=14)
        right.y = sub.y + 8
        p.rect(right.x, y0, right.w, right.y - y0, fill=NPA_TINT)
        right.gap(7)
    col = Col(p, x0, x1 - x0, max(left.y, right.y) + 22)
    npa_heading(col, 'SUPPORT', f['supportTitle'])
    gut = 14
    bw = (col.w - 3 * gut) / 4
    top = col.y
    ends = []
    for k, s in enumerate(f['supportSystems']):
        c = Col(p, col.x + k * (bw + gut), bw, top + 7)
        it = p.t(c.x + bw / 2, c.y + ASC * 9.6, s['name'], 'G', 9.6, NPA, 'c')
        p.emit(it)
        c.gap(17)
        para(c, s['text'], 'M', 8.8, lead=14)
        ends.append(c.y)
    hb = max(ends) + 9 - top
    for k in range(4):
        p.rect(col.x + k * (bw + gut) - 5, top, bw + 10, hb, stroke=NPA_LIGHT, lw=0.7, r=4)
    col.y = top + hb + 18
    para(col, '※本パンフレットの内容は令和7年4月現在のものです。', 'M', 7.8, color=GREY)
    col.guard()
    return doc, f, ('hiring-text',)


# ================================================================ 気象庁 (figure with wrapped text)

JMA = Color(0.0, 0.35, 0.45)
JMA_TINT = Color(0.91, 0.96, 0.96)


def jma_facts():
    hiring = [
        (2021, 'R3年度', 'R3年度', False, (3, 1), (14, 4)),
        (2022, 'R4年度', 'R4年度', False, (2, 1), (15, 5)),
        (2023, 'R5年度', 'R5年度', False, (3, 2), (16, 5)),
        (2024, 'R6年度', 'R6年度', False, (4, 2), (15, 6)),
        (2025, 'R7年度', 'R7年度（予定数）', True, (3, 1), (17, 6)),
    ]
    return {
        'fixture': 'jma-2025', 'organization': '気象庁', 'document': '総合職採用案内',
        'edition': {'year': 2025, 'asOf': '2025-04', 'asOfText': '令和7年4月現在'}, 'pages': 2,
        'contacts': [
            {'track': '総合職技術系', 'office': '総務部人事課', 'location': '気象庁本庁舎５階',
             'tel': ['03-6758-3900（代表）', '03-6758-4417（直通）'], 'email': ['jma-saiyo@met.kishou.go.jp']},
            {'track': '総合職事務系', 'office': '総務部総務課', 'location': '気象庁本庁舎５階',
             'tel': ['03-6758-3900（内線2205）'], 'email': ['jma-somu-saiyo@met.kishou.go.jp']},
        ],
        'access': {'address': '東京都港区虎ノ門３-６-９',
                   'routes': ['東京メトロ 日比谷線『神谷町』駅 ２番出口 徒歩約５分',
                              '東京メトロ 日比谷線『虎ノ門ヒルズ』駅 A1出口 徒歩約６分',
                              '東京メトロ 銀座線『虎ノ門』駅 １番出口 徒歩約10分']},
        'assignments': assignments(2024, '令和6年度入庁者（総合職）の配属先（令和7年4月現在）', [
            ('総務部', 2, 1), ('情報基盤部', None, 3), ('大気海洋部', 1, 4), ('地震火山部', None, 3),
            ('気象研究所', None, 2), ('地方気象台', 1, 2)]),
        'hiring': {'intro': ['総合職の採用者数（各年度４月１日現在）'], 'note': '※R7年度は採用予定数です。',
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'rows': hiring_rows(hiring, 'mei')},
        'exams': {'title': '令和7年度採用予定者の試験区分', 'fiscalYear': 2025, 'entries': [
            exam_entry('技術系', '大卒程度試験', [('数理科学・物理・地球科学', 6), ('工学', 3), ('デジタル', 2)]),
            exam_entry('技術系', '院卒程度試験', [('数理科学・物理・地球科学', 4), ('工学', 1), ('デジタル', 1)]),
            exam_entry('事務系', '大卒程度試験', [('法律', 1), ('経済', 1)]),
            exam_entry('事務系', '院卒程度試験', [('行政', 1)])]},
        'lead': {'title': '空と海と大地の「いま」を見つめる',
                 'text': ['気象庁は、気象・地震・火山・海洋などの自然現象を24時間365日監視し、その情報を国民や防災関係機関に届けています。大雨や台風、地震、津波、火山噴火から命と暮らしを守るため、観測網の整備から予報・警報の発表まで、一貫した業務を担っています。',
                          '総合職の職員は、数値予報モデルの高度化や新しい観測技術の導入、防災情報の改善といった技術政策の企画立案に携わるとともに、地方気象台で地域の防災を支える経験も積みます。気候変動への適応や国際協力など、活躍の場は年々広がっています。',
                          '自然科学の知識を社会の安全に生かしたい皆さん、気象庁で一緒に働きませんか。業務説明会や職場見学も随時ご案内していますので、お気軽にお問い合わせください。']},
        'initiativesIntro': {'title': '働き方改革',
                             'text': '24時間体制の現業と政策の企画立案を両立できるよう、働き方の見直しを進めています。'},
        'initiatives': [
            {'title': '交替制勤務の負担軽減', 'text': '予報・観測の現業部署では勤務シフトを見直し、連続勤務や夜勤明けの負担を減らしています。'},
            {'title': 'テレワークの推進', 'text': '本庁の企画部門では週２日程度のテレワークが定着しています。'},
            {'title': '業務改善提案制度', 'text': '職員の提案をもとに、観測データの処理や資料作成の自動化を進めています。'},
        ],
        'supportTitle': '仕事と家庭の両立支援',
        'supportSystems': [
            {'name': '産前・産後休暇', 'text': '産前６週間（多胎妊娠の場合は14週間）、産後８週間の特別休暇です。'},
            {'name': '育児休業', 'text': '子が３歳に達するまで、男女を問わず取得できます。'},
            {'name': '育児短時間勤務', 'text': '小学校就学前の子を養育する職員は、勤務時間を短縮して勤務できます。'},
            {'name': '介護休暇', 'text': '要介護状態の家族を介護するため、通算６月以内の期間で取得できます。'},
        ],
        'supportSource': '参考：人事院 両立支援制度の概要',
        'training': {'title': '研修制度', 'paragraphs': [
            '　採用後は、気象大学校での初任研修で気象学や観測・予報の基礎を学びます。研修では、観測から予報、防災情報の発表までの一連の流れを体験します。その後、地方気象台などの現場で予報や観測の実務を経験します。',
            '　さらに、国内外の大学院への留学や、世界気象機関（WMO）など国際機関への派遣の機会もあります。令和7年4月現在、総合職職員７名が海外で研究・勤務しています。',
            '　このほか、入庁後も専門分野に応じた研修を定期的に受講し、数値予報や地震・火山の監視技術を継続して学ぶことができます。']},
    }


def jma_heading(col, text, size=11.5):
    p = col.p
    it = p.t(col.x, col.y + ASC * size, f'《{text}》', 'G', size, JMA)
    p.emit(it)
    col.y += size + 3
    p.line(col.x, col.y, col.x1, col.y, JMA, 0.4, dash=(1, 1.2))
    col.y += 7


def build_jma():
    f = jma_facts()
    doc = Doc(f['fixture'], 75)
    W, H = A4
    m = (40, 32, 40, 40)
    x0, x1 = m[0], W - m[2]
    p = doc.page((W, H), m)
    p.rect(0, 0, W, 6, fill=JMA)
    col = Col(p, x0, x1 - x0, 34)
    a = p.t(x0, col.y + ASC * 26, '気象庁', 'G', 26, JMA, mode=2)
    b = p.t(x0 + a.w + 12, col.y + ASC * 26, 'Japan Meteorological Agency', 'G', 9, GREY)
    p.emit([a, b], join=' ')       # title and smaller subtitle on one baseline: one line
    c_ = p.t(x1, col.y + 12 + ASC * 13, '総合職採用案内 2025', 'G', 13, K, 'r')
    p.emit(c_)
    col.gap(32)
    d = p.t(x1, col.y + ASC * 8.5, '令和7年4月現在', 'M', 8.5, GREY, 'r')
    p.emit(d)
    col.gap(16)
    # large figure on the right, lead text wrapping around it then running full width below
    fw, fh = 214, 150
    fx, fy = x1 - fw, col.y
    fig = photo(p, fx, fy, fw, fh, tint=Color(0.88, 0.93, 0.97), kind='weather')
    cap = p.t(x1, fy + fh + 4 + ASC * 7.2, '天気図の例（イメージ）', 'M', 7.2, GREY, 'r')
    avoid = [(fx - 14, fy, x1, fy + fh + 4 + 7.2 + 2, 'r')]
    # caption belongs to the figure: read right after the figure area (the lines beside it)
    narrow_end = fy + fh + 14
    para(col, f['lead']['title'], 'M', 14, color=JMA, avoid=avoid)
    col.gap(9)
    lead_items = []
    for k, t in enumerate(f['lead']['text']):
        lead_items.append(para(col, t, 'M', 9.8, lead=16.4, avoid=avoid))
        col.gap(4)
    # the wrapped text is one flow; the figure's caption is read after it
    if not any(it.y - ASC * it.size > narrow_end and it.x + it.w > fx for it in sum(lead_items, [])):
        fail('jma-2025: no lead line runs full width below the figure')
    p.emit(cap)
    col.y = max(col.y, fig[3] + 18) + 12
    jma_heading(col, '採用実績')
    para(col, f['hiring']['intro'][0], 'M', 8.8)
    col.gap(6)
    rows = [['年度', '合計', '技術系', '事務系']]
    for r in f['hiring']['rows']:
        rows.append([r['labelText'], r['total']['text'], r['tech']['text'], r['admin']['text']])
    rest = (x1 - x0 - 110) / 3
    table(col, [110, rest, rest, rest], rows, size=9.4, header_fill=JMA, header_color=WHITE, rules='grid',
          rule_color=Color(0.6, 0.72, 0.75), zebra=JMA_TINT, nowrap_cols=(1, 2, 3), pad=5.4, outer_lw=0.6)
    col.gap(4)
    para(col, f['hiring']['note'], 'M', 7.6)
    col.gap(20)
    top = col.y
    gut = 22
    lw = (x1 - x0 - gut) * 0.44
    left = Col(p, x0, lw, top)
    right = Col(p, x0 + lw + gut, x1 - x0 - gut - lw, top)
    jma_heading(left, '配属実績')
    para(left, f['assignments']['intro'], 'M', 8.8, lead=14)
    left.gap(6)
    rows = [['配属先', '技術系', '事務系']]
    for r in f['assignments']['rows']:
        rows.append([r['unit'], f'{r["tech"]}名' if r['tech'] else None, f'{r["admin"]}名' if r['admin'] else None])
    table(left, [lw - 88, 44, 44], rows, size=9.2, header_fill=JMA_TINT, header_color=JMA, rules='h',
          rule_color=Color(0.6, 0.72, 0.75), nowrap_cols=(1, 2), pad=5.6)
    jma_heading(right, '試験区分')
    para(right, f['exams']['title'], 'M', 8.8)
    right.gap(6)
    rows = [['区分', '試験', '内訳']]
    for i, e in enumerate(f['exams']['entries']):
        row = [{'t': e['track'], 'rs': 2, 'al': 'c'}] if i % 2 == 0 else []
        rows.append(row + [e['exam'], e['text']])
    table(right, [42, 64, right.w - 106], rows, size=8.6, header_fill=JMA_TINT, header_color=JMA, rules='grid',
          rule_color=Color(0.6, 0.72, 0.75), lead=12.4, pad=4.6, aligns=['c', 'c', 'l'])
    col.y = max(left.y, right.y) + 18
    jma_heading(col, 'ある１日のスケジュール（本庁・技術系職員）')
    sched = [('9:30', '登庁。メールと全国の気象状況を確認'), ('10:00', '数値予報モデル改良の打合せ'),
             ('12:00', '昼食'), ('13:30', '大学・研究機関との共同研究の会議'),
             ('16:00', '報道発表資料の作成'), ('18:15', '退庁')]
    table(col, [60, col.w - 60], [list(r) for r in sched], size=8.8, header_rows=0, rules='h',
          rule_color=Color(0.6, 0.72, 0.75), pad=2.6, aligns=['r', 'l'], font='M')
    col.guard()

    p = doc.page((W, H), m)
    p.rect(0, 0, W, 6, fill=JMA)
    col = Col(p, x0, x1 - x0, 36)
    jma_heading(col, f['training']['title'])
    # photo on the LEFT, training text to its right, then full width below
    pw_, ph_ = 150, 84
    ph = photo(p, x0, col.y, pw_, ph_, kind='people', tint=Color(0.88, 0.93, 0.9))
    cap = p.t(x0, col.y + ph_ + 4 + ASC * 7.2, '気象大学校での初任研修', 'M', 7.2, GREY)
    avoid = [(x0, col.y, x0 + pw_ + 14, col.y + ph_ + 4 + 7.2 + 2, 'l')]
    ystart = col.y
    flow = []
    for t in f['training']['paragraphs']:
        flow += para(col, t, 'M', 9.2, lead=15.4, avoid=avoid)
        col.gap(3)
    if not any(it.x < x0 + 1 for it in flow):
        fail('jma-2025: no training line runs full width below the photo')
    p.emit(cap)     # the wrapped text is one flow; the caption is read after it
    col.y = max(col.y, ystart + ph_ + 14) + 30
    jma_heading(col, f['initiativesIntro']['title'])
    para(col, f['initiativesIntro']['text'], 'M', 9.2)
    col.gap(12)
    gut = 16
    bw = (col.w - 2 * gut) / 3
    top = col.y
    ends = []
    for k, ini in enumerate(f['initiatives']):
        c = Col(p, col.x + k * (bw + gut), bw, top)
        p.rect(c.x, c.y, bw, 2, fill=JMA)
        c.gap(7)
        it = p.t(c.x, c.y + ASC * 9.8, ini['title'], 'G', 9.8, JMA)
        p.emit(it)
        c.gap(16)
        para(c, ini['text'], 'M', 9, lead=14.6)
        ends.append(c.y)
    col.y = max(ends) + 30
    jma_heading(col, f['supportTitle'])
    for s in f['supportSystems']:
        a = p.t(col.x, col.y + ASC * 9.2, f'◇{s["name"]}', 'G', 9.2)
        lines = wrap(s['text'], 'M', 9.2, lambda i: col.w - 112)
        for k, ln in enumerate(lines):
            it = p.t(col.x + 112, col.y + ASC * 9.2, ln, 'M', 9.2)
            p.emit(a, it) if k == 0 else p.emit(it)
            col.gap(14.5)
        col.gap(3)
    col.gap(-4)
    para(col, f['supportSource'], 'M', 7.6, color=GREY, align='r')
    col.gap(30)
    top = col.y
    gut = 22
    lw = (x1 - x0 - gut) / 2
    left = Col(p, x0, lw, top)
    right = Col(p, x0 + lw + gut, lw, top)
    jma_heading(left, '採用窓口')
    for k, c in enumerate(f['contacts']):
        if k:
            left.gap(9)
        it = p.t(left.x, left.y + ASC * 8.6, c['track'], 'G', 8.6, JMA)
        p.emit(it)
        left.gap(14)
        para(left, f'{c["office"]}（{c["location"]}）', 'M', 8.4)
        left.gap(4)
        for t in c['tel']:
            a = p.t(left.x, left.y + ASC * 8.4, '☎', 'G', 8.4)
            b = p.t(left.x + 28, left.y + ASC * 8.4, t, 'M', 8.4)
            p.emit([a, b], join=' ')
            left.gap(13)
        for mm in c['email']:
            a = p.t(left.x, left.y + ASC * 8.4, 'Mail', 'G', 8.4)
            b = p.t(left.x + 28, left.y + ASC * 8.4, mm, 'M', 8.4)
            p.emit([a, b], join=' ')
            left.gap(13)
    jma_heading(right, 'アクセス')
    para(right, f['access']['address'], 'M', 8.6)
    right.gap(5)
    routes_block(right, f['access']['routes'], 8.4, '・', lead=13)
    right.gap(8)
    photo(p, right.x, right.y, right.w, 84, tint=Color(0.86, 0.88, 0.84), kind='map')
    right.gap(84)
    col.y = max(left.y, right.y)
    col.guard()
    return doc, f, ()


# ---------------------------------------------------------------- main

BUILDERS = {
    'mofa-2025': build_mofa,
    'cao-2024': build_cao2024,
    'cao-2025': build_cao2025,
    'npa-2025': build_npa,
    'jma-2025': build_jma,
}


def build(name):
    doc, facts, synth = BUILDERS[name]()
    if facts['pages'] != len(doc.pages):
        fail(f'{name}: pages')
    doc.check()
    expected = doc.expected_text()
    check_facts(facts, expected, synth)
    return doc, facts, expected


def main(argv):
    names = argv[1:] or list(BUILDERS)
    for n in names:
        if n not in BUILDERS:
            sys.exit(f'unknown fixture {n}; choose from {", ".join(BUILDERS)}')
    built = {}
    # cross-edition rules need both 内閣府 editions
    need = set(names) | ({'cao-2024', 'cao-2025'} if {'cao-2024', 'cao-2025'} & set(names) else set())
    for n in [k for k in BUILDERS if k in need]:
        built[n] = build(n)
    if 'cao-2024' in built and 'cao-2025' in built:
        cross_edition(built['cao-2024'][1], built['cao-2025'][1])
    os.makedirs(OUT, exist_ok=True)
    for n in names:
        doc, facts, expected = built[n]
        doc.write_pdf(os.path.join(OUT, n + '.pdf'))
        with open(os.path.join(OUT, n + '.facts.json'), 'w', encoding='utf-8') as fh:
            json.dump(facts, fh, ensure_ascii=False, indent=2)
            fh.write('\n')
        with open(os.path.join(OUT, n + '.expected.txt'), 'w', encoding='utf-8') as fh:
            fh.write(expected)
        print(f'wrote {n}: {len(doc.pages)} page(s), {sum(len(p.items) for p in doc.pages)} text objects')


if __name__ == '__main__':
    try:
        main(sys.argv)
    except FixtureError as e:
        sys.exit(f'refusing to write: {e}')
