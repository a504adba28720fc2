#!/usr/bin/env python3
"""Blind holdout set 106: three national bodies (北海道運輸局, 気象研究所, 京都国立近代美術館) on A4 card grids.

Self-contained (generate_holdout104.py / generate_holdout105.py's machinery, checks extended): a page
model in top-down coordinates, a table helper, reportlab's canvas (invariant=1, no page compression),
the facts and the checks. Every visual text piece is one text object; the objects of a page are
written after its graphics in a seeded shuffled order. A4 portrait pages (3 per brochure) laid out
as a grid of boxed cards of different widths, a narrow sidebar on some pages, tables with shaded
alternate rows (or columns) and no ruling lines, and sections set vertically (縦書き, columns read
right to left; Latin runs and a few marks turned 90°). Running header and folio on every page.

  python3 Fixtures/generate_holdout106.py                   # all three
  python3 Fixtures/generate_holdout106.py mri-2026          # one
  python3 Fixtures/generate_holdout106.py --selftest        # inject faults; every one must be refused
"""
import io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout106')
sys.path.insert(0, os.path.join(ROOT, 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

FONTS = {'G': '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
         'M': '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'}
TT = {}
for k, p in FONTS.items():
    TT[k] = TTFont(k, p)
    pdfmetrics.registerFont(TT[k])

A4 = (595.28, 841.89)
FW = str.maketrans('0123456789', '０１２３４５６７８９')
KINSOKU = set('、。，．）」』】〕・：；？！ーっゃゅょァィゥェォッャュョ')


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


class Doc:
    def __init__(self, name, seed, size=A4):
        self.name, self.seed = name, seed
        self.W, self.H = size
        self.pages = []      # each: {'items': [...], 'gfx': [...]}
        self.lines = []      # (page, [cells]); cell = [item ids]
        self.items = []
        self.splits = []     # (what, page) where a table or list continues on the next page
        self.vheads = []     # (page, text) of the vertical headings
        self.furn_pages = [] # pages that drew their running header and folio
        self.cards = []      # (page, x, y, w, h, spans) boxed cards; spans = grid columns covered
        self.sidebars = []   # (page, x, y, w, h)
        self.zebras = []     # (page, 'rows' | 'cols') tables shaded alternately, no rules
        self.vblocks = []    # (page, [line index]) vertical sections: one line per column, right to left
        self.bands = []      # (page, x, y, w, h) other regions holding text (masthead)
        self.new_page()

    # ---- model ----
    def new_page(self):
        self.pages.append({'gfx': []})
        self.p = len(self.pages) - 1

    def text(self, x, y, s, font='M', size=9, align='l', furniture=False, mode=0, color=(0, 0, 0), rot=False):
        w = sw(s, font, size)
        if not rot:
            if align == 'r': x -= w
            elif align == 'c': x -= w / 2
        # rot: turned 90° clockwise, the text runs DOWN from (x, y) (y = top of the run, x = baseline)
        self.items.append(dict(page=self.p, x=x, y=y, s=s, font=font, size=size, w=w,
                               furniture=furniture, mode=mode, color=color, rot=rot))
        return len(self.items) - 1

    def line(self, *cells):
        self.lines.append((self.p, [c if isinstance(c, list) else [c] for c in cells]))

    def put(self, x, y, s, **kw):
        i = self.text(x, y, s, **kw)
        self.line(i)
        return i

    def vtext(self, cx, ytop, s, font='G', size=13, step=1.12, color=(0, 0, 0)):
        ids = []
        for k, ch in enumerate(s):
            ids.append(self.text(cx, ytop + size * 0.88 + k * size * step, ch, font=font, size=size, align='c',
                                 color=color))
        self.line(ids)
        return ids

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6):
        self.pages[self.p]['gfx'].append(('rect', x, y, w, h, fill, stroke, lw))

    def hline(self, x1, x2, y, lw=0.6, color=(0, 0, 0)):
        self.pages[self.p]['gfx'].append(('line', x1, y, x2, y, lw, color))

    def vline(self, x, y1, y2, lw=0.6, color=(0, 0, 0)):
        self.pages[self.p]['gfx'].append(('line', x, y1, x, y2, lw, color))

    # ---- table: rows of cells; a cell is str, None (empty), or dict(t=[lines], rs=, cs=)
    def table(self, x, y, widths, rows, rh=16, font='M', size=8.5, ruled=True, header=1,
              hfill=(0.9, 0.9, 0.9), hfont='G', align0='l', rules_between=False, zebra=None, ztint=(0.93, 0.93, 0.93)):
        nrows, ncols = len(rows), len(widths)
        xs = [x]
        for w in widths: xs.append(xs[-1] + w)
        covered = set()
        grid = []
        for r, row in enumerate(rows):
            c = 0
            cells = []
            for cell in row:
                while (r, c) in covered: c += 1
                if isinstance(cell, dict): rs, cs, tl = cell.get('rs', 1), cell.get('cs', 1), cell['t']
                else: rs, cs, tl = 1, 1, ([] if cell is None else [cell])
                for rr in range(r, r + rs):
                    for cc in range(c, c + cs):
                        if (rr, cc) != (r, c): covered.add((rr, cc))
                cells.append((c, rs, cs, tl))
                c += cs
            grid.append(cells)
        out_lines = [[None] * ncols for _ in range(nrows)]
        if zebra:
            # shaded alternate rows (or columns), no ruling line at all
            ruled = False
            self.zebras.append((self.p, zebra))
            if zebra == 'rows':
                for r in range(header, nrows):
                    if (r - header) % 2 == 0: self.rect(xs[0], y + r * rh, xs[-1] - xs[0], rh, fill=ztint)
            else:
                for c in range(1, ncols):
                    if c % 2 == 1: self.rect(xs[c], y, xs[c + 1] - xs[c], nrows * rh, fill=ztint)
        for r, cells in enumerate(grid):
            for (c, rs, cs, tl) in cells:
                x0, x1 = xs[c], xs[c + cs]
                y0, y1 = y + r * rh, y + (r + rs) * rh
                f = hfont if r < header else font
                if r < header and hfill: self.rect(x0, y0, x1 - x0, y1 - y0, fill=hfill)
                if ruled: self.rect(x0, y0, x1 - x0, y1 - y0, stroke=(0.2, 0.2, 0.2), lw=0.5)
                ids = []
                n = len(tl)
                lh = size * 1.2
                for k, s in enumerate(tl):
                    w = sw(s, f, size)
                    assert w <= (x1 - x0) - 4, f'{self.name}: cell text too wide: {s!r} {w:.1f} > {x1 - x0 - 4:.1f}'
                    by = (y0 + y1) / 2 - (n * lh) / 2 + k * lh + size * 0.82
                    if c == 0 and align0 == 'l' and r >= header:
                        ids.append(self.text(x0 + 4, by, s, font=f, size=size))
                    else:
                        ids.append(self.text((x0 + x1) / 2, by, s, font=f, size=size, align='c'))
                out_lines[r][c] = ids
        if not ruled and not zebra:
            self.hline(xs[0], xs[-1], y, lw=1.2)
            self.hline(xs[0], xs[-1], y + header * rh, lw=0.6)
            self.hline(xs[0], xs[-1], y + nrows * rh, lw=1.2)
            if rules_between:
                for r in range(header + 1, nrows):
                    self.hline(xs[0], xs[-1], y + r * rh, lw=0.3, color=(0.6, 0.6, 0.6))
        # expected lines: colspan-covered cells dropped, rowspan-covered cells empty
        for r in range(nrows):
            cells = []
            for c in range(ncols):
                if out_lines[r][c] is not None: cells.append(out_lines[r][c])
                elif (r, c) in covered and self._colspan_covered(grid, r, c): continue
                else: cells.append([])
            self.lines.append((self.p, cells))
        return y + nrows * rh

    @staticmethod
    def _colspan_covered(grid, r, c):
        # covered by a span that starts in this row and reaches across to column c
        return any(c0 < c < c0 + cs for (c0, rs, cs, tl) in grid[r])

    # ---- output ----
    def expected(self):
        pages = []
        for p in range(len(self.pages)):
            ls = []
            for (lp, cells) in self.lines:
                if lp != p: continue
                ls.append('\t'.join(''.join(self.items[i]['s'] for i in cell) for cell in cells))
            pages.append('\n'.join(ls))
        return '\n\f\n'.join(pages) + '\n'

    def render(self):
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(self.W, self.H), invariant=1, pageCompression=0)
        H = self.H
        for p, page in enumerate(self.pages):
            for g in page['gfx']:
                if g[0] == 'rrect':
                    _, x, y, w, h, fill, stroke, lw, rad = g
                    if fill: c.setFillColorRGB(*fill)
                    if stroke: c.setStrokeColorRGB(*stroke); c.setLineWidth(lw)
                    c.roundRect(x, H - y - h, w, h, rad, stroke=1 if stroke else 0, fill=1 if fill else 0)
                elif g[0] == 'rect':
                    _, x, y, w, h, fill, stroke, lw = g
                    if fill: c.setFillColorRGB(*fill)
                    if stroke: c.setStrokeColorRGB(*stroke); c.setLineWidth(lw)
                    c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
                else:
                    _, x1, y1, x2, y2, lw, color = g
                    c.setStrokeColorRGB(*color); c.setLineWidth(lw)
                    c.line(x1, H - y1, x2, H - y2)
            its = [it for it in self.items if it['page'] == p]
            random.Random(self.seed * 100 + p).shuffle(its)
            for it in its:
                t = c.beginText()
                if it['rot']: t.setTextTransform(0, -1, 1, 0, it['x'], H - it['y'])
                else: t.setTextOrigin(it['x'], H - it['y'])
                t.setFont(it['font'], it['size'])
                t.setFillColorRGB(*it['color'])
                if it['mode']: t.setTextRenderMode(it['mode'])
                t.textOut(it['s'])
                if it['mode']: t.setTextRenderMode(0)
                c.drawText(t)
            c.showPage()
        c.save()
        return buf.getvalue()

    # ---- checks ----
    def check(self, pdf):
        err = []
        n = len(self.items)
        for i, it in enumerate(self.items):
            for ch in it['s']:
                if ord(ch) not in TT[it['font']].face.charToGlyph: err.append(f'glyph {ch!r} missing in {it["font"]}')
            if it['rot']:
                x0, x1 = it['x'] - it['size'] * 0.12, it['x'] + it['size'] * 0.88
                y0, y1 = it['y'], it['y'] + it['w']
            else:
                x0, x1 = it['x'], it['x'] + it['w']
                y0, y1 = it['y'] - it['size'] * 0.88, it['y'] + it['size'] * 0.12
            it['box'] = (x0, y0, x1, y1)
            if x0 < 20 or y0 < 20 or x1 > self.W - 20 or y1 > self.H - 20: err.append(f'margin: {it["s"]!r}')
            if not it['furniture'] and y1 > self.H - 40: err.append(f'bottom margin: {it["s"]!r}')
        for p in range(len(self.pages)):
            its = [it for it in self.items if it['page'] == p]
            for a in range(len(its)):
                for b in range(a + 1, len(its)):
                    A, B = its[a]['box'], its[b]['box']
                    if A[0] < B[2] - 0.3 and B[0] < A[2] - 0.3 and A[1] < B[3] - 0.3 and B[1] < A[3] - 0.3:
                        err.append(f'overlap: {its[a]["s"]!r} / {its[b]["s"]!r}')
        uses = Counter(i for (_, cells) in self.lines for cell in cells for i in cell)
        for i, it in enumerate(self.items):
            want = 0 if it['furniture'] else 1
            if uses[i] != want: err.append(f'item {it["s"]!r} in {uses[i]} expected lines')
        exp = self.expected()
        for p, ptxt in enumerate(exp[:-1].split('\n\f\n')):
            for ln in ptxt.split('\n'):
                if not ln.strip(): err.append('empty expected line')
                elif ln.strip()[0] in KINSOKU: err.append(f'kinsoku start: {ln!r}')
                elif re.fullmatch(r'[-\s\dP.]+', ln): err.append(f'folio line: {ln!r}')
            drawn = Counter(ch for it in self.items if it['page'] == p and not it['furniture'] for ch in it['s'] if not ch.isspace())
            want = Counter(ch for ch in ptxt if not ch.isspace())
            if drawn != want: err.append(f'page {p + 1}: drawn and expected characters differ')
        with tempfile.NamedTemporaryFile(suffix='.pdf') as tf:
            tf.write(pdf); tf.flush()
            for p in range(len(self.pages)):
                got = subprocess.run(['pdftotext', '-f', str(p + 1), '-l', str(p + 1), tf.name, '-'],
                                     capture_output=True, text=True).stdout
                g = Counter(ch for ch in got if not ch.isspace() and ch != '\f')
                d = Counter(ch for it in self.items if it['page'] == p for ch in it['s'] if not ch.isspace())
                if g != d: err.append(f'pdftotext page {p + 1} differs: {(g - d) + (d - g)}')
        if pdf.count(b'BT') < n: err.append('fewer BT than items')
        if self.render() != pdf: err.append('two renders differ')
        return err


# ------------------------------------------------------------------ facts helpers

def cnt(n, w, fw=False):
    z = (lambda s: s.translate(FW)) if fw else (lambda s: s)
    t = z(str(n))
    wt = None if w is None else z(str(w))
    return dict(count=n, text=t, women=w, womenText=wt, cellText=t if w is None else f'{t}（{wt}）')


def era(fy):
    return f'令和{fy - 2018}年度'


def hiring_rows(data, fw=False, label=None):
    rows = []
    for fy, (a, aw), (t, tw), planned in data:
        lt = label(fy, planned) if label else (era(fy) + ('（予定）' if planned else ''))
        rows.append(dict(fiscalYear=fy, label=era(fy), planned=planned,
                         total=cnt(a + t, None if planned else aw + tw, fw),
                         admin=cnt(a, None if planned else aw, fw),
                         tech=cnt(t, None if planned else tw, fw), labelText=lt))
    return rows


def route_fact(line, stop):
    i = line.index(stop + '駅')
    return line[:i] + '『' + stop + '』' + line[i + len(stop):]





# ------------------------------------------------------------------ card-grid drawing bits (set 106)

GREY = (0.4, 0.4, 0.4)
TURN = set('ー－（）')
KANJI_DIGITS = str.maketrans('〇一二三四五六七八九', '0123456789')


def furniture(d, hdr, folio, L, R, col):
    """Running header over a rule and a folio centred in the footer: furniture on every page."""
    d.text(L, 28, hdr, size=7, furniture=True, color=GREY)
    d.hline(L, R, 34, lw=0.8, color=col)
    d.text(d.W / 2, d.H - 22, folio, size=7.5, align='c', furniture=True, color=GREY)
    d.furn_pages.append(d.p)


def masthead(d, L, R, org, title, edition, col, tint, sub=None):
    d.rect(L, 40, R - L, 76, fill=tint)
    d.bands.append((d.p, L, 40, R - L, 76))
    d.put(L + 12, 78, org, font='G', size=26, color=col)
    d.put(L + 12, 102, title, font='G', size=12)
    d.put(R - 12, 102, edition, size=9, align='r')
    return 126


def card(d, x, y, w, title, col, tint, body, spans=1, rad=6):
    """A boxed card: rounded frame, tinted title strip, body drawn by body(x0, y0, w0) -> bottom y."""
    d.pages[d.p]['gfx'].append(('rect', x + 1, y + 1, w - 2, 20, tint, None, 0.6))
    d.put(x + 9, y + 15, title, font='G', size=10, color=col)
    yb = body(x + 8, y + 32, w - 16)
    h = yb - y + 8
    d.pages[d.p]['gfx'].append(('rrect', x, y, w, h, None, col, 0.9, rad))
    d.cards.append((d.p, x, y, w, h, spans))
    return y + h


def sidebar(d, x, y0, w, y1, tint):
    d.rect(x, y0, w, y1 - y0, fill=tint)
    d.sidebars.append((d.p, x, y0, w, y1 - y0))


def vsegs(s):
    out, buf = [], ''
    for ch in s:
        if ord(ch) < 128:
            buf += ch; continue
        if buf: out.append((buf, 't')); buf = ''
        out.append((ch, 't' if ch in TURN else 'u'))
    if buf: out.append((buf, 't'))
    return out


def vcol(d, cx, ytop, s, size=9, font='M', color=(0, 0, 0), step=1.08):
    """One vertical (縦書き) column, top to bottom: CJK glyphs upright, Latin runs and ー（）－ turned 90°."""
    ids, y = [], ytop
    for run, mode in vsegs(s):
        if run == '　': y += size * step; continue
        if mode == 'u':
            ids.append(d.text(cx, y + size * 0.88, run, font=font, size=size, align='c', color=color))
            y += size * step
        else:
            w = sw(run, font, size)
            ids.append(d.text(cx - size * 0.38, y + size * 0.04, run, font=font, size=size, color=color, rot=True))
            y += w + size * 0.12
    d.line(ids)
    return y


def vblock(d, xr, ytop, cols, pitch=16, size=9, fonts=None):
    """Vertical columns read RIGHT TO LEFT starting at centre x xr; returns the lowest y."""
    idx, yb = [], ytop
    for k, s in enumerate(cols):
        f = (fonts or {}).get(k, 'M')
        yb = max(yb, vcol(d, xr - k * pitch, ytop, s, size=size, font=f))
        idx.append(len(d.lines) - 1)
    d.vblocks.append((d.p, idx))
    return yb


def vtable(d, xr, ytop, header, cols, pitch=22, size=8.6, name_rows=8, ztint=(0.92, 0.94, 0.97)):
    """A table set 縦組み: the rightmost column is the header (配属先 / 事務 / 技術, set vertically), then one
    COLUMN per unit, read right to left; the unit's name vertical in the top band, its counts below.
    Alternate columns shaded, no rule. Each column is one expected line (cells TAB-separated)."""
    band1 = name_rows * size * 1.08 + 8
    bands = [(ytop, ytop + band1), (ytop + band1, ytop + band1 + 18), (ytop + band1 + 18, ytop + band1 + 36)]
    idx = []
    allc = [header] + cols
    for k, colcells in enumerate(allc):
        cx = xr - k * pitch
        if k % 2 == 0: d.rect(cx - pitch / 2, ytop, pitch, bands[-1][1] - ytop, fill=ztint if k else (0.82, 0.87, 0.93))
        cells = []
        for b, txt in enumerate(colcells):
            y0, y1 = bands[b]
            ids = []
            if txt:
                if b == 0:
                    yy = y0 + 4
                    for ch in txt:
                        ids.append(d.text(cx, yy + size * 0.88, ch, font='G' if k == 0 else 'M', size=size, align='c'))
                        yy += size * 1.08
                else:
                    font = 'G' if k == 0 else 'M'
                    if len(txt) == 1 or k > 0:
                        ids.append(d.text(cx, (y0 + y1) / 2 + size * 0.35, txt, font=font, size=size, align='c'))
                    else:
                        yy = y0 + 1
                        for ch in txt:
                            ids.append(d.text(cx, yy + size * 0.88 * 0.9, ch, font=font, size=size * 0.9, align='c'))
                            yy += size * 0.9 * 1.02
            cells.append(ids)
        d.lines.append((d.p, cells))
        idx.append(len(d.lines) - 1)
    d.vblocks.append((d.p, idx))
    d.zebras.append((d.p, 'cols'))
    return bands[-1][1]


def bullets(d, x, y, items, mark, tsize=9, bsize=8.2, step=12.5):
    for t, body in items:
        d.put(x, y, mark + t, font='G', size=tsize)
        for s in body:
            y += step; d.put(x + 10, y, s, size=bsize)
        y += step + 7
    return y


def assign_rows(assign, fw=False):
    return [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in assign]


def exam_rows(exams):
    rows = []
    for tr, cats in exams:
        for k, (c, n) in enumerate(cats):
            rows.append([{'t': [tr], 'rs': len(cats)}, c, str(n)] if k == 0 else [c, str(n)])
    return rows


def lines_at(d, x, y, ls, size=8.4, step=12.5, font='M'):
    for k, s in enumerate(ls): d.put(x, y + k * step, s, size=size, font=font)
    return y + (len(ls) - 1) * step + 4


SUPPORT_FMT = '●name（duration） / indented text'


def support_block(d, x, y, support_lines, tsize=8.8):
    sprinted = []
    for nm, du, txt in support_lines:
        s = f'●{nm}（{du}）'
        d.put(x, y, s, font='G', size=tsize); sprinted.append(s)
        y += 12.5; d.put(x + 10, y, txt, size=8)
        y += 19
    return y - 12, sprinted


# ------------------------------------------------------------------ 北海道運輸局 (A4, 3 pp)

def hokkaido_unyu():
    d = Doc('hokkaido-unyu-2026', 1061)
    org, ta, tt = '北海道運輸局', '事務', '技術'
    col, tint, side = (0.05, 0.30, 0.55), (0.86, 0.92, 0.97), (0.93, 0.95, 0.98)
    L, R = 34, d.W - 34
    hdr = '国土交通省 北海道運輸局　職員採用案内 2026'
    edition = '令和8年4月現在'
    folios = ['1', '2', '3']
    hire = hiring_rows([(2021, (9, 3), (4, 0), False), (2022, (8, 2), (5, 1), False),
                        (2023, (10, 4), (4, 1), False), (2024, (9, 3), (6, 1), False),
                        (2025, (11, 5), (5, 1), False), (2026, (12, None), (6, None), True)])
    lead = ['鉄道・バス・タクシー・トラック・船舶の安全と、観光の振興を担う国の地方機関です。',
            '広い北海道の交通を、7つの運輸支局とともに支えています。']
    furniture(d, hdr, folios[0], L, R, col)
    y = masthead(d, L, R, org, '職員採用案内 2026', edition, col, tint)
    y = card(d, L, y + 8, R - L, '北海道運輸局の仕事', col, tint, lambda x, yy, w: lines_at(d, x, yy, lead, size=8.8, step=13), spans=3)
    top = y + 10
    SW = 132
    MX, MW = L, R - L - SW - 10
    hintro = ['採用者数の推移（単位：人）']
    hnotes = ['※（ ）内は女性の数で内数です。', '※令和8年度は採用予定数です。']
    rows = [['年度', ta, tt, '計']] + [[r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]
                                    for r in hire]
    def hbody(x, yy, w):
        d.put(x, yy, hintro[0], size=8.2)
        yt = d.table(x, yy + 8, [110, 84, 84, 84], rows, rh=18, hfill=tint, size=8.6, zebra='rows', ztint=side)
        return lines_at(d, x, yt + 12, hnotes, size=7.8, step=11)
    y = card(d, MX, top, MW, '採用実績', col, tint, hbody, spans=2)
    exam_name = '国家公務員採用一般職試験（大卒程度試験）'
    exams = [('事務', [('行政', 12)]), ('技術', [('機械', 4), ('電気・電子・情報', 2)])]
    def ebody(x, yy, w):
        d.put(x, yy, '試験：' + exam_name, size=7.8)
        return d.table(x, yy + 8, [40, 110, 44], [['区分', '職種', '予定数']] + exam_rows(exams), rh=18, hfill=tint,
                       size=8.4, zebra='rows', ztint=side) + 2
    training = ['採用後は国土交通大学校と', '局の新規採用職員研修で', '運輸行政の基礎を学び、', '2年目には運輸支局で', '現場の監査に同行します。']
    y1 = card(d, MX, y + 10, 210, '試験区分', col, tint, ebody)
    y2 = card(d, MX + 218, y + 10, MW - 218, '研修', col, tint, lambda x, yy, w: lines_at(d, x, yy, training, size=8.3))
    ybot = max(y1, y2)
    # sidebar (right): key figures, contacts
    sx = R - SW
    sidebar(d, sx, top, SW, ybot, side)
    d.put(sx + 8, top + 16, '数字で見る運輸局', font='G', size=9.5, color=col)
    figs = ['運輸支局　7か所', '職員数　約620人', '管内の登録自動車', '約380万台']
    lines_at(d, sx + 8, top + 34, figs, size=8.2, step=13)
    office, tel, email = '北海道運輸局総務部人事課', '011-290-2721', 'unyu-saiyo@hkt.mlit.go.jp'
    yc = top + 34 + 4 * 13 + 22
    d.put(sx + 8, yc, 'お問い合わせ', font='G', size=9.5, color=col)
    d.put(sx + 8, yc + 18, office, size=8.2)
    d.put(sx + 8, yc + 32, 'TEL ' + tel, size=8.2)
    d.put(sx + 8, yc + 46, 'E-mail', size=7.6)
    d.put(sx + 8, yc + 58, email, size=7.6)
    # ---- p2: 配属実績 as a 縦組み table, initiatives, support
    d.new_page()
    furniture(d, hdr, folios[1], L, R, col)
    assign = [('総務部', 2, None), ('交通政策部', 2, None), ('鉄道部', None, 2), ('自動車交通部', 2, None),
              ('自動車技術安全部', None, 2), ('海事振興部', 1, None), ('札幌運輸支局', 2, 1),
              ('函館運輸支局', 1, None), ('旭川運輸支局', 1, None)]
    aintro = '令和7年度採用者の配属先（単位：人）'
    anotes = ['※表は縦組みです（右の列から順に配属先を並べています）。空欄は配属なし。']
    def abody(x, yy, w):
        d.put(x, yy, aintro, size=8.4)
        xr = x + w - 20
        yt = vtable(d, xr, yy + 10, ['配属先', ta, tt],
                    [[u, str(a) if a else '', str(t) if t else ''] for u, a, t in assign], pitch=24, size=9)
        return lines_at(d, x, yt + 14, anotes, size=7.8)
    y = card(d, L, 48, R - L, '配属実績', col, tint, abody, spans=3)
    inits = [('ホワイト物流の推進', ['トラック運送の長時間労働を減らすため、', '荷主と運送会社の話し合いの場をつくっています。']),
             ('離島航路を守る', ['利尻・礼文や奥尻の航路の', '安全と運航の継続を支えています。'])]
    support_lines = [('育児休業', '子が3歳に達するまで', '男性職員の取得が増えています。'),
                     ('育児短時間勤務', '小学校就学前まで', '勤務時間を短くできます。'),
                     ('介護休暇', '通算6か月', '分割して取得できます。')]
    y1 = card(d, L, y + 10, 300, '働きやすい職場づくり', col, tint, lambda x, yy, w: bullets(d, x, yy, inits, '◆') - 12)
    box = {}
    def sbody(x, yy, w):
        yb, box['p'] = support_block(d, x, yy, support_lines, tsize=8.6)
        return yb
    y2 = card(d, L + 308, y + 10, R - L - 308, '仕事と家庭の両立支援', col, tint, sbody)
    sprinted = box['p']
    # ---- p3: sidebar LEFT (timeline), access, a decoy card
    d.new_page()
    furniture(d, hdr, folios[2], L, R, col)
    SW3 = 120
    flow = ['3月　業務説明会', '6月　一般職試験', '7月　官庁訪問', '8月　内定', '4月　採用']
    address = '〒060-0042 北海道札幌市中央区大通西10丁目 札幌第2合同庁舎'
    routes = [('札幌市営地下鉄東西線西11丁目駅から徒歩約2分', '西11丁目'), ('札幌市営地下鉄南北線すすきの駅から徒歩約15分', 'すすきの')]
    def accbody(x, yy, w):
        d.put(x, yy, address, size=8.4)
        return lines_at(d, x, yy + 16, [s for s, st in routes], size=8.4, step=13)
    d.put(L + 8, 64, '採用までの流れ', font='G', size=9.5, color=col)
    lines_at(d, L + 8, 82, flow, size=8.2, step=15)
    y1 = card(d, L + SW3 + 10, 48, R - L - SW3 - 10, 'アクセス', col, tint, accbody, spans=2)
    voice = ['鉄道部（令和5年度採用）', '「冬の北海道で列車の安全を守るため、', '除雪の体制や設備の点検を', '鉄道会社と一緒に確認しています。', '現場を知ることが一番の勉強です。」']
    y2 = card(d, L + SW3 + 10, y1 + 10, 250, '先輩職員の声', col, tint, lambda x, yy, w: lines_at(d, x, yy, voice, size=8.3, step=13))
    sidebar(d, L, 48, SW3, max(y2, 48 + 16 + 5 * 15 + 10), side)
    facts = base_facts(org, edition, '令和8年4月', '2026-04', lead, hire, ta, tt,
                       'zebra (shaded alternate rows), NO rules: 年度 | 事務 | 技術 | 計; cells N（W）, planned row bare',
                       ['年度', ta, tt, '計'], ['label', 'admin', 'tech', 'total'], hintro, hnotes,
                       assign, aintro, 'TABLE SET VERTICALLY (縦組み): rightmost column the header 配属先 / 事務 / 技術, then one column per unit read right to left; alternate columns shaded, no rules; empty cell for none',
                       '試験区分', exam_name, exams, 'zebra, no rules: 区分 | 職種 | 予定数, track cells spanning; caption 試験：exam above',
                       ['区分', '職種', '予定数'],
                       '研修', [''.join(training)], inits, '◆title / indented text', '働きやすい職場づくり',
                       support_lines, '仕事と家庭の両立支援', SUPPORT_FMT, sprinted, office, tel, 'TEL ' + tel, email, email,
                       address, routes, False,
                       dict(assignments='the assignment table is set 縦組み: one column per unit, read right to left, the header column at the right'))
    facts['hiring']['printedRows'] = ['\t'.join(r) for r in rows[1:]]
    facts['assignments']['note'] = anotes
    facts['assignments']['printedColumns'] = ['配属先\t事務\t技術'] + [f"{u}\t{a or ''}\t{t or ''}" for u, a, t in assign]
    facts['decoys']['runningHeader'] = hdr
    facts['decoys']['folios'] = folios
    facts['decoys']['keyFigures'] = figs
    facts['decoys']['layout'] = ('A4 portrait, 3 pp, running header left over a rule and a centred folio (furniture); p1 masthead band, '
                                 'lead card (full width), then a main area of two grid columns (採用実績 card spanning both; 試験区分 card '
                                 '210 pt beside 研修 card) and a SIDEBAR at the right (数字で見る運輸局, お問い合わせ); p2 配属実績 card full width '
                                 'holding a 縦組み table, then initiatives (300 pt) beside support; p3 a SIDEBAR at the left (採用までの流れ), '
                                 'アクセス card spanning the main area, 先輩職員の声 card')
    return d, facts


# ------------------------------------------------------------------ 気象研究所 (A4, 3 pp)

def mri():
    d = Doc('mri-2026', 1062)
    org, ta, tt = '気象研究所', '事務', '技術'
    col, tint, side = (0.10, 0.38, 0.42), (0.86, 0.94, 0.94), (0.94, 0.97, 0.97)
    L, R = 34, d.W - 34
    hdr = '気象庁 気象研究所　職員採用案内 2026'
    edition = '令和8年3月現在'
    folios = ['- 1 -', '- 2 -', '- 3 -']
    hire = hiring_rows([(2021, (2, 1), (3, 0), False), (2022, (1, 0), (4, 1), False),
                        (2023, (2, 1), (3, 1), False), (2024, (2, 2), (5, 1), False),
                        (2025, (3, 1), (4, 2), False), (2026, (3, None), (5, None), True)])
    lead = ['台風・豪雨・地震・火山・気候変動の研究を進め、', '気象庁の予報と観測を支える研究機関です。',
            '研究を支える事務職員と技術職員を募集します。']
    furniture(d, hdr, folios[0], L, R, col)
    y = masthead(d, L, R, org, '職員採用案内 2026', edition, col, tint)
    SW = 120
    MX, MW = L + SW + 10, R - L - SW - 10
    top = y + 8
    d.put(L + 8, top + 16, '研究所のあゆみ', font='G', size=9.5, color=col)
    hist = [('1942年', '中央気象台に研究部'), ('1980年', '東京からつくばへ'), ('2022年', '台風・災害気象研究部')]
    for k, (yr, ev) in enumerate(hist):
        d.put(L + 8, top + 34 + k * 26, yr, font='G', size=7.8)
        d.put(L + 16, top + 34 + k * 26 + 12, ev, size=7.8)
    d.put(L + 8, top + 34 + 6 * 13 + 18, '数字で見る', font='G', size=9.5, color=col)
    figs = ['研究部　9', '研究職員　約170人', 'スーパーコンピュータ', '1台を共同で運用']
    lines_at(d, L + 8, top + 34 + 6 * 13 + 36, figs, size=7.8, step=13)
    y = card(d, MX, top, MW, '気象研究所について', col, tint, lambda x, yy, w: lines_at(d, x, yy, lead, size=8.8, step=13), spans=2)
    hintro = ['採用者数の推移（単位：人）']
    hnotes = ['※（ ）内は女性の数で内数です。']
    yrs = [({'t': [r['label'], '（予定）']} if r['planned'] else r['labelText']) for r in hire]
    rows = [['年度'] + yrs,
            [ta] + [r['admin']['cellText'] for r in hire],
            [tt] + [r['tech']['cellText'] for r in hire],
            ['計'] + [r['total']['cellText'] for r in hire]]
    def hbody(x, yy, w):
        d.put(x, yy, hintro[0], size=8.2)
        yt = d.table(x, yy + 8, [37] + [57] * 6, rows, rh=22, hfill=None, size=8.2, zebra='cols', ztint=(0.88, 0.94, 0.94))
        return lines_at(d, x, yt + 12, hnotes, size=7.8)
    y = card(d, MX, y + 10, MW, '採用実績', col, tint, hbody, spans=2)
    assign = [('企画室', 1, None), ('総務部総務課', 1, None), ('総務部業務課', 1, None),
              ('全球大気海洋研究部', None, 1), ('気象観測研究部', None, 2), ('台風・災害気象研究部', None, 1)]
    aintro = '令和7年度採用者の配属先'
    exam_name = '国家公務員採用一般職試験（大卒程度試験）'
    exams = [('事務', [('一般事務', 3)]), ('技術', [('物理', 2), ('化学', 1), ('電気・電子・情報', 2)])]
    def abody(x, yy, w):
        d.put(x, yy, aintro, size=8.2)
        return d.table(x, yy + 8, [117, 36, 36], [['配属先', ta, tt]] + assign_rows(assign), rh=17, hfill=tint, size=8,
                       zebra='rows', ztint=side) + 2
    def ebody(x, yy, w):
        d.put(x, yy, '試験：国家公務員採用一般職試験', size=8)
        d.put(x + 24, yy + 12, '（大卒程度試験）', size=8)
        return d.table(x, yy + 20, [34, 98, 34], [['区分', '職種', '予定数']] + exam_rows(exams), rh=17, hfill=tint, size=8,
                       zebra='rows', ztint=side) + 2
    y1 = card(d, MX, y + 10, 205, '配属実績', col, tint, abody)
    y2 = card(d, MX + 213, y + 10, MW - 213, '試験区分', col, tint, ebody)
    ybot = max(y1, y2)
    sidebar(d, L, top, SW, ybot, side)
    # ---- p2: initiatives in cards of different widths, training, support
    d.new_page()
    furniture(d, hdr, folios[1], L, R, col)
    inits = [('線状降水帯の予測研究', ['大学や民間と協力して、', '線状降水帯の半日前予測の精度を高めています。']),
             ('研究船と航空機での観測', ['海洋気象観測船や航空機に乗り込み、', '台風の中心付近を直接観測します。']),
             ('若手研究者の海外派遣', ['海外の研究機関に1年間派遣する', '制度を設けています。'])]
    mark = '■'
    def ib(k):
        return lambda x, yy, w: lines_at(d, x, yy, inits[k][1], size=8.2, step=12.5)
    d.put(L, 62, '働きやすい職場づくり', font='G', size=12, color=col)
    d.bands.append((d.p, L, 46, R - L, 20))
    ya = card(d, L, 74, 320, mark + inits[0][0], col, tint, ib(0), spans=2)
    yb = card(d, L + 328, 74, R - L - 328, mark + inits[1][0], col, tint, ib(1))
    y = max(ya, yb)
    ya = card(d, L, y + 10, 220, mark + inits[2][0], col, tint, ib(2))
    training = ['採用後は気象庁の新規採用職員研修のあと、', '研究部で先輩の指導を受けながら', '観測機器の保守や数値計算を担当します。']
    yb = card(d, L + 228, y + 10, R - L - 228, '研修', col, tint, lambda x, yy, w: lines_at(d, x, yy, training, size=8.3, step=13), spans=2)
    y = max(ya, yb)
    support_lines = [('育児休業', '子が3歳に達するまで', '研究の引継ぎを所内で支えます。'),
                     ('配偶者出産休暇', '3日', '妻の出産の前後に取得できます。')]
    box = {}
    def sbody(x, yy, w):
        yb_, box['p'] = support_block(d, x, yy, support_lines)
        return yb_
    card(d, L, y + 10, 300, '仕事と家庭の両立支援', col, tint, sbody, spans=2)
    sprinted = box['p']
    # ---- p3: decoy cards at the left; a SIDEBAR at the right with contacts and access SET VERTICALLY
    d.new_page()
    furniture(d, hdr, folios[2], L, R, col)
    SW3 = 160
    MW3 = R - L - SW3 - 10
    voice = ['気象観測研究部（令和4年度採用）', '「雲レーダーの保守を担当しています。', '観測データが研究論文になり、',
             '予報の改善につながるのがやりがいです。」']
    y1 = card(d, L, 48, MW3, '先輩職員の声', col, tint, lambda x, yy, w: lines_at(d, x, yy, voice, size=8.3, step=13), spans=2)
    labs = ['気象予報研究部　数値予報モデルの開発', '気象観測研究部　レーダーと衛星の観測技術', '全球大気海洋研究部　気候変動の予測',
            '地震津波研究部　緊急地震速報の改善', '火山研究部　噴火の監視と予測']
    y2 = card(d, L, y1 + 10, MW3, '主な研究部', col, tint, lambda x, yy, w: lines_at(d, x, yy, labs, size=8.3, step=13), spans=2)
    office, tel, email = '気象研究所総務部総務課', '029-853-8552', 'mri-saiyo@mri-jma.go.jp'
    address = '〒305-0052 茨城県つくば市長峰1-1'
    routes = [('つくばエクスプレスみどりの駅から車で約十分', 'みどりの'),
              ('つくばエクスプレス万博記念公園駅からバスで約十五分', '万博記念公園')]
    sx = R - SW3
    telv, emv = '電話' + tel, 'メール' + email
    def cbody(x, yy, w):
        return vblock(d, x + w - 10, yy, [office, telv, emv], pitch=18, size=9)
    yc = card(d, sx, 48, SW3, 'お問い合わせ', col, tint, cbody)
    def acbody(x, yy, w):
        return vblock(d, x + w - 10, yy, ['〒305-0052', '茨城県つくば市長峰1-1'] + [s for s, st in routes], pitch=18, size=9)
    ya = card(d, sx, yc + 10, SW3, 'アクセス', col, tint, acbody)
    sidebar(d, sx - 4, 44, SW3 + 8, ya + 4, side)
    facts = base_facts(org, edition, '令和8年3月', '2026-03', lead, hire, ta, tt,
                       'TRANSPOSED (years as columns), shaded ALTERNATE COLUMNS, no rules: 年度 | 令和3年度 … 令和8年度（予定）; rows 事務 / 技術 / 計',
                       ['年度'] + [r['labelText'] for r in hire], ['label', 'admin', 'tech', 'total'], hintro, hnotes,
                       assign, aintro, 'zebra, no rules: 配属先 | 事務 | 技術; － for none',
                       '試験区分', exam_name, exams, 'zebra, no rules: 区分 | 職種 | 予定数, track cells spanning', ['区分', '職種', '予定数'],
                       '研修', [''.join(training)], inits, '■title (card title strip) / card text', '働きやすい職場づくり',
                       support_lines, '仕事と家庭の両立支援', SUPPORT_FMT, sprinted, office, tel, telv, email, emv,
                       address, routes, False,
                       dict(contacts='set VERTICALLY in the sidebar: office, 電話 + the number as a Latin run turned 90°, メール + the address turned 90°',
                            access='set VERTICALLY in the sidebar, columns right to left; travel times in kanji numerals; the station みどりの is all hiragana',
                            hiring='transposed, no rules, alternate COLUMNS shaded; the planned header cell is two lines 令和8年度 / （予定）'))
    facts['hiring']['printedRows'] = ['\t'.join(['年度'] + [r['labelText'] for r in hire])] + ['\t'.join(r) for r in rows[1:]]
    facts['access']['vertical'] = True
    facts['contacts'][0]['vertical'] = True
    facts['decoys']['runningHeader'] = hdr
    facts['decoys']['folios'] = folios
    facts['decoys']['keyFigures'] = figs
    facts['decoys']['layout'] = ('A4 portrait, 3 pp, running header over a rule and a centred folio - N - (furniture); p1 masthead band, '
                                 'SIDEBAR at the LEFT (研究所のあゆみ, 数字で見る), main area: lead card and 採用実績 card (transposed, '
                                 'alternate columns shaded) spanning two grid columns, then 配属実績 (205 pt) beside 試験区分; p2 '
                                 'initiative cards of different widths (■ titles in the title strips), 研修 card, support card; p3 two '
                                 'decoy cards at the left and a SIDEBAR at the right holding お問い合わせ and アクセス set VERTICALLY')
    return d, facts


# ------------------------------------------------------------------ 京都国立近代美術館 (A4, 3 pp)

def momak():
    d = Doc('momak-2026', 1063)
    org, ta, tt = '京都国立近代美術館', '事務', '技術'
    col, tint, side = (0.45, 0.12, 0.20), (0.96, 0.90, 0.91), (0.98, 0.95, 0.95)
    L, R = 36, d.W - 36
    hdr = '京都国立近代美術館　職員採用案内 2026'
    edition = '令和8年5月現在'
    folios = ['P.1', 'P.2', 'P.3']
    hire = hiring_rows([(2021, (1, 1), (1, 0), False), (2022, (2, 1), (1, 1), False),
                        (2023, (1, 0), (1, 1), False), (2024, (2, 2), (1, 0), False),
                        (2025, (3, 2), (2, 1), False), (2026, (3, None), (2, None), True)])
    lead = ['岡崎の地で、日本と世界の近代・現代美術と工芸を', '収集・展示する国立の美術館です。',
            '展覧会と作品を支える事務職員と技術職員を募集します。']
    furniture(d, hdr, folios[0], L, R, col)
    y = masthead(d, L, R, org, '職員採用案内 2026', edition, col, tint)
    y = card(d, L, y + 8, R - L, 'ごあいさつ', col, tint, lambda x, yy, w: lines_at(d, x, yy, lead, size=8.8, step=13), spans=3)
    top = y + 10
    SW = 140
    MW = R - L - SW - 10
    hintro = ['採用者数の推移（単位：人）']
    hnotes = ['※（ ）内は女性の数で内数です。', '※令和8年度は採用予定数です。']
    rows = [['年度', ta, tt, '計']] + [[r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]
                                    for r in hire]
    def hbody(x, yy, w):
        d.put(x, yy, hintro[0], size=8.2)
        yt = d.table(x, yy + 8, [110, 72, 72, 72], rows, rh=18, hfill=tint, size=8.6, zebra='rows', ztint=side)
        return lines_at(d, x, yt + 12, hnotes, size=7.8, step=11)
    y = card(d, L, top, MW, '採用実績', col, tint, hbody, spans=2)
    assign = [('総務課', 1, None), ('企画課', 1, None), ('情報資料室', 1, None), ('施設管理室', None, 2)]
    aintro = '令和7年度採用者の配属先（単位：人）'
    def abody(x, yy, w):
        d.put(x, yy, aintro, size=8.2)
        return d.table(x, yy + 8, [120, 56, 56], [['配属先', ta, tt]] + assign_rows(assign), rh=17, hfill=tint, size=8.4,
                       zebra='rows', ztint=side) + 2
    y = card(d, L, y + 10, MW, '配属実績', col, tint, abody, spans=2)
    sidebar(d, R - SW, top, SW, y, side)
    d.put(R - SW + 8, top + 16, '数字で見る美術館', font='G', size=9.5, color=col)
    figs = ['開館　1963年', '所蔵作品　約1万3千点', '年間の展覧会　約10回', '来館者　年間約40万人']
    lines_at(d, R - SW + 8, top + 34, figs, size=8, step=14)
    # ---- p2: exams, training, initiatives
    d.new_page()
    furniture(d, hdr, folios[1], L, R, col)
    exam_name = '国立美術館職員採用試験（大学卒業程度）'
    exams = [('事務', [('一般事務', 3)]), ('技術', [('建築', 1), ('電気', 1)])]
    def ebody(x, yy, w):
        d.put(x, yy, '試験：' + exam_name, size=8)
        return d.table(x, yy + 8, [50, 110, 50], [['区分', '職種', '予定数']] + exam_rows(exams), rh=18, hfill=tint, size=8.4,
                       zebra='rows', ztint=side) + 2
    training = ['採用後は国立美術館の合同研修で', '6館の仕事を学びます。', '展示替えの現場で作品の扱いも覚えます。']
    y1 = card(d, L, 48, 240, '試験区分', col, tint, ebody)
    y2 = card(d, L + 248, 48, R - L - 248, '研修', col, tint, lambda x, yy, w: lines_at(d, x, yy, training, size=8.3, step=13), spans=2)
    y = max(y1, y2)
    inits = [('夜間開館の運営', ['金曜・土曜の夜間開館を', '職員の交替勤務で支えています。']),
             ('工芸作品のデジタル化', ['所蔵する陶磁器や染織の', '高精細画像を公開しています。'])]
    def ibody(x, yy, w):
        return bullets(d, x, yy, inits, '◆') - 12
    y = card(d, L, y + 10, R - L, '働きやすい職場づくり', col, tint, ibody, spans=3)
    # ---- p3: support | access; contacts SET VERTICALLY with the phone in kanji numerals
    d.new_page()
    furniture(d, hdr, folios[2], L, R, col)
    support_lines = [('育児休業', '子が3歳に達するまで', '展覧会の担当を職場で分担します。'),
                     ('子の看護等休暇', '年5日', '子が2人以上の場合は年10日です。'),
                     ('介護時間', '連続3年以内', '1日2時間まで勤務しないことができます。')]
    box = {}
    def sbody(x, yy, w):
        yb_, box['p'] = support_block(d, x, yy, support_lines)
        return yb_
    y1 = card(d, L, 48, R - L, '仕事と家庭の両立支援', col, tint, sbody, spans=3)
    sprinted = box['p']
    office, tel, email = '京都国立近代美術館総務課', '075-761-4188', 'momak-saiyo@momak.go.jp'
    telv = '電話〇七五（七六一）四一八八'
    emv = 'メール' + email
    def cbody(x, yy, w):
        return vblock(d, x + w - 12, yy, [office, telv, emv], pitch=20, size=9.5)
    yc = card(d, L, y1 + 10, 150, 'お問い合わせ', col, tint, cbody)
    address = '〒606-8344 京都府京都市左京区岡崎円勝寺町26-1'
    routes = [('京都市営地下鉄東西線東山駅から徒歩約10分', '東山'), ('京阪鴨東線神宮丸太町駅から徒歩約15分', '神宮丸太町')]
    def accbody(x, yy, w):
        d.put(x, yy, address, size=8.4)
        return lines_at(d, x, yy + 16, [s for s, st in routes], size=8.4, step=13)
    card(d, L + 158, y1 + 10, R - L - 158, 'アクセス', col, tint, accbody, spans=2)
    facts = base_facts(org, edition, '令和8年5月', '2026-05', lead, hire, ta, tt,
                       'zebra (shaded alternate rows), NO rules: 年度 | 事務 | 技術 | 計; cells N（W）, planned row bare',
                       ['年度', ta, tt, '計'], ['label', 'admin', 'tech', 'total'], hintro, hnotes,
                       assign, aintro, 'zebra, no rules: 配属先 | 事務 | 技術; － for none',
                       '試験区分', exam_name, exams, 'zebra, no rules: 区分 | 職種 | 予定数, track cells spanning', ['区分', '職種', '予定数'],
                       '研修', [''.join(training)], inits, '◆title / indented text', '働きやすい職場づくり',
                       support_lines, '仕事と家庭の両立支援', SUPPORT_FMT, sprinted, office, tel, telv, email, emv,
                       address, routes, False,
                       dict(contacts='set VERTICALLY (columns right to left): office; 電話 + the number in KANJI NUMERALS with the area code ' 
                                     'bracketed 〇七五（七六一）四一八八 (brackets turned 90°); メール + the address turned 90°'))
    facts['hiring']['printedRows'] = ['\t'.join(r) for r in rows[1:]]
    facts['contacts'][0]['vertical'] = True
    facts['decoys']['runningHeader'] = hdr
    facts['decoys']['folios'] = folios
    facts['decoys']['keyFigures'] = figs
    facts['decoys']['layout'] = ('A4 portrait, 3 pp, running header over a rule and a centred folio P.N (furniture); p1 masthead band, '
                                 'lead card full width, 採用実績 and 配属実績 cards spanning two grid columns beside a SIDEBAR at the '
                                 'right (数字で見る美術館); p2 試験区分 (240 pt) beside 研修, initiatives card full width; p3 support card '
                                 'full width, お問い合わせ card (150 pt) SET VERTICALLY beside the アクセス card')
    return d, facts


BUILDERS = {'hokkaido-unyu-2026': hokkaido_unyu, 'mri-2026': mri, 'momak-2026': momak}


def base_facts(org, edition, asof_text, asof, lead, hire, ta, tt, hlayout, header, columns, intro, note,
               assign, aintro, alayout, etitle, exam_name, exams, elayout, eheader, ttitle, tparas,
               inits, ifmt, ititle, supports, stitle, sfmt, sprinted, office, tel, teltext, email, emailtext,
               address, routes, bullet_routes, decoys):
    return {
        'organization': org,
        'document': f'{org} 職員採用案内 2026',
        'edition': {'year': 2026, 'asOf': asof, 'asOfText': asof_text if asof_text in edition else edition,
                    'printed': edition},
        'lead': {'title': '', 'text': lead},
        'hiring': {'intro': intro, 'note': note, 'tracks': {'admin': ta, 'tech': tt}, 'textSynthesised': False,
                   'layout': hlayout, 'header': header, 'columns': columns, 'rows': hire},
        'assignments': {'cohortFiscalYear': 2025, 'intro': aintro, 'tracks': {'admin': ta, 'tech': tt},
                        'layout': alayout,
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in assign]},
        'exams': {'title': etitle, 'fiscalYear': 2026, 'textSynthesised': False,
                  'entries': [{'track': tr, 'exam': ex, 'text': '',
                               'breakdown': [{'category': c, 'count': n} for c, n in cats],
                               'total': sum(n for _, n in cats)}
                              for tr, ex, cats in (exams if exam_name is None
                                                   else [(tr, exam_name, cats) for tr, cats in exams])],
                  'layout': elayout, 'header': eheader},
        'training': {'title': ttitle, 'paragraphs': tparas},
        'initiatives': [{'title': t, 'text': ''.join(body), 'printed': [mark_of(ifmt) + t] + body} for t, body in inits],
        'initiativesIntro': '',
        'initiativesTitle': ititle,
        'initiativeFormat': ifmt,
        'supportTitle': stitle,
        'supportFormat': sfmt,
        'supportSystems': [{'name': n, 'duration': d_, 'durationText': d_, 'text': t, 'printed': p}
                           for (n, d_, t), p in zip(supports, sprinted)],
        'contacts': [{'track': '採用担当', 'office': office, 'tel': [tel], 'email': [email], 'location': '',
                      'telText': [teltext], 'emailText': [emailtext], 'hoursText': ''}],
        'access': {'address': address,
                   'routes': [route_fact(s, st) for s, st in routes],
                   'routesSynthesised': False,
                   'routesText': [('●' if bullet_routes else '') + s for s, st in routes]},
        'keyFigures': [],
        'decoys': decoys,
    }


def check_layout(d, f):
    """Set 106's frame: A4 portrait, 3 or 4 pages, a running header and a folio on every page, boxed cards of
    different widths (some spanning two grid columns), a sidebar, a shaded-alternate table with no rules, a
    section set vertically (columns read right to left), every text item inside a card, a sidebar or the masthead."""
    err = []
    if abs(d.W - A4[0]) > 1 or abs(d.H - A4[1]) > 1: err.append('page size')
    if not 3 <= len(d.pages) <= 4: err.append('page count')
    heads, folios = [], []
    for p in range(len(d.pages)):
        fu = [it for it in d.items if it['page'] == p and it['furniture']]
        h = [it['s'] for it in fu if it['y'] < 40]
        fo = [it['s'] for it in fu if it['y'] > d.H - 40]
        if len(h) != 1 or len(fo) != 1 or not fo[0].strip(): err.append(f'page {p + 1}: header / folio'); continue
        heads.append(h[0]); folios.append(fo[0])
        if sum(1 for c in d.cards if c[0] == p) < 2: err.append(f'page {p + 1}: fewer than two cards')
    if len(set(heads)) != 1 or heads[:1] != [f['decoys']['runningHeader']]: err.append('running header')
    if len(set(folios)) != len(folios) or folios != f['decoys'].get('folios'): err.append('folios')
    if not any(c[5] >= 2 for c in d.cards): err.append('no card spanning two grid columns')
    for p in range(len(d.pages)):
        ws = {round(c[3]) for c in d.cards if c[0] == p}
        if len(ws) < 2 and p == 0: err.append('cards of one width only')
    if not d.sidebars: err.append('no sidebar')
    if not d.zebras: err.append('no shaded-alternate table')
    if not d.vblocks: err.append('no vertical section')
    for p, idx in d.vblocks:
        xs = []
        for li in idx:
            lp, cells = d.lines[li]
            ids = [i for cell in cells for i in cell]
            cx = {round(d.items[i]['x'] + d.items[i]['size'] * 0.38 if d.items[i]['rot'] else d.items[i]['x'] + d.items[i]['w'] / 2, 1)
                  for i in ids}
            if lp != p or len(cx) != 1: err.append('vertical column not one x'); continue
            ys = [d.items[i]['y'] for i in ids]
            if ys != sorted(ys): err.append('vertical column not top to bottom')
            xs.append(cx.pop())
        if len(xs) < 2 or any(b >= a for a, b in zip(xs, xs[1:])): err.append('vertical columns not right to left')
    regions = [(c[0], c[1], c[2], c[3], c[4]) for c in d.cards] + d.sidebars + d.bands
    for it in d.items:
        if it['furniture']: continue
        x0, y0, x1, y1 = it['box']
        if not any(p == it['page'] and x0 >= x - 0.5 and x1 <= x + w + 0.5 and y0 >= y - 0.5 and y1 <= y + h + 0.5
                   for p, x, y, w, h in regions):
            err.append(f'outside every card: {it["s"]!r}')
    return err


def mark_of(fmt):
    return fmt[0]


def check_facts(f, exp):
    err = []
    lines = [l for l in exp.split('\n') if l.strip() and l != '\f']
    flat = norm(exp)
    def printed(s, what):
        if s not in lines: err.append(f'{what} not printed as a line: {s!r}')
    # the name may be broken over the first two lines (iwate-chubu-suido)
    # ryusenen: the masthead prints a kana reading inside the name (柳泉園（りゅうせんえん）組合)
    def unread(l): return re.sub(r'（[ぁ-ゖー]+）', '', l)
    if not any(unread(l).startswith(f['organization']) for l in lines[:2]) and lines[0] + lines[1] != f['organization']:
        err.append('organisation not in the first two lines')
    if re.search(r'[（）()]', f['organization']): err.append('organisation brackets')
    op = f['decoys'].get('organizationPrinted')
    if op is not None and (op not in lines[:2] or unread(op) != f['organization'] or op == f['organization']):
        err.append('printed organisation')
    if re.match(r'(国立大学法人|独立行政法人|地方独立行政法人|一部事務組合)', f['organization']): err.append('legal form')
    printed(f['document'].split(' ', 1)[1], 'title')
    printed(f['edition']['printed'], 'edition')
    h = f['hiring']
    ys = [r['fiscalYear'] for r in h['rows']]
    if ys != list(range(ys[0], ys[0] + len(ys))): err.append('years not consecutive')
    if [r['planned'] for r in h['rows']] != [False] * (len(ys) - 1) + [True]: err.append('planned row')
    for r in h['rows']:
        # kagawa-suido: the planned row is marked （目標）
        if ('予定' in r['labelText'] or '（目標）' in r['labelText'] or '（募集）' in r['labelText']) != r['planned']: err.append('予定 label')
        if r['label'] != f'令和{r["fiscalYear"] - 2018}年度': err.append('era label')
        for k in ('total', 'admin', 'tech') + (('other',) if 'other' in r else ()):
            c = r[k]
            if int(unicodedata.normalize('NFKC', c['text'])) != c['count']: err.append('count text')
            if r['planned'] != (c['women'] is None): err.append('planned women')
            if c['women'] is not None and not 0 <= c['women'] <= c['count']: err.append('women range')
            if c.get('derived'): continue   # iwate-chubu-suido: the technical figure is a sum printed nowhere
            if c['cellText'] not in exp: err.append(f'cell not printed {c["cellText"]}')
            # kurashiki-suido: an actual cell without brackets means no women, and a note must say so
            if not r['planned'] and c['cellText'] == c['text'] and (c['women'] != 0 or not any('省略' in n for n in h['note'])):
                err.append('bare actual cell')
            if c['women'] is not None and c['cellText'] not in (c['text'], f"{c['text']}（{c['womenText']}）"): err.append('cell text')
        oc = r['other']['count'] if 'other' in r else 0
        ow = (r['other']['women'] or 0) if 'other' in r else 0
        if ('other' in r) != ('other' in h['columns']): err.append('other column')
        if r['total']['count'] != r['admin']['count'] + r['tech']['count'] + oc: err.append('total')
        if not r['planned'] and r['total']['women'] != r['admin']['women'] + r['tech']['women'] + ow: err.append('women total')
        if r['labelText'] not in exp: err.append('label not printed')
    if 'printedRows' in h:
        for s in h['printedRows']: printed(s, 'hiring row')
    else:
        for r in h['rows']:
            printed('\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]), 'hiring row')
    a = f['assignments']
    coh = [r for r in h['rows'] if r['fiscalYear'] == a['cohortFiscalYear']][0]
    if coh['planned'] or a['cohortFiscalYear'] != ys[-2]: err.append('cohort')
    # kobe-suido: 2025（令和7）年度 (western year, era in brackets)
    if '～' in a['intro']:
        # nagasaki-byoin: a date range 令和7年4月1日～令和8年3月1日 (one fiscal year: April 1 to a day before April)
        m = re.fullmatch(r'令和(\d+)年4月1日～令和(\d+)年([1-3])月(\d+)日採用者.*', a['intro'])
        if not m or int(m.group(1)) != a['cohortFiscalYear'] - 2018 or int(m.group(2)) != a['cohortFiscalYear'] - 2017:
            err.append('cohort intro range')
    elif re.findall(r'令和(\d+)）?年度', unicodedata.normalize('NFKC', a['intro'])) != [str(a['cohortFiscalYear'] - 2018)]:
        err.append('cohort intro')
    if re.search(r'\d{4}（', a['intro']) and not a['intro'].startswith(f"{a['cohortFiscalYear']}（"): err.append('cohort intro western')
    printed(a['intro'], 'assignment intro')
    if sum(r['admin'] or 0 for r in a['rows']) != coh['admin']['count']: err.append('admin sum')
    if sum(r['tech'] or 0 for r in a['rows']) != coh['tech']['count']: err.append('tech sum')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units): err.append('duplicate unit')
    for r in a['rows']:
        if not (r['admin'] or r['tech']): err.append('zero row')
        if r['unit'] not in exp: err.append(f'unit not printed {r["unit"]}')
    e = f['exams']
    printed(e['title'] if e['title'] in lines else '■' + e['title'], 'exam title')
    plan = h['rows'][-1]
    keys = set()
    for en in e['entries']:
        if '院' in en['exam']: err.append('院 in exam')
        # nanto: the exam name is printed as its base (caption) plus the level (a cell of the table)
        base, _, lv = en['exam'].partition('（')
        if en['exam'] not in exp and not (base in exp and lv.rstrip('）') in exp): err.append('exam name not printed')
        tk = track(en['track'])
        if tk not in ('administrative', 'technical') or en['track'] not in (h['tracks']['admin'], h['tracks']['tech']):
            err.append('exam track')
        want = plan['admin']['count'] if tk == 'administrative' else plan['tech']['count']
        if sum(b['count'] for b in en['breakdown']) != en['total']: err.append('exam entry total')
        # a track may have one entry per level (nanto): the entries of a track add up to its planned hires
        if sum(x['total'] for x in e['entries'] if x['track'] == en['track']) != want: err.append('exam total')
        for b in en['breakdown']:
            if '院' in b['category'] or re.search(r'[（(［\[]', b['category']): err.append('category')
            k = (tk, level(en['exam']), norm(b['category']))
            if k in keys: err.append('category collision')
            keys.add(k)
            # odate: the count is the LAST cell (計) of the category's row, after the sitting columns
            # okuizumo: the category inside the brackets after its track (事務（一般行政）␉3)
            # nagasaki-byoin: a qualifier line under the name in the same cell (薬剤師（要免許）)
            q = e.get('qualifiers', {}).get(b['category'])
            if q is not None and not (q.startswith('（要') and q.endswith('）') and any(b['category'] + q in l.split('\t')[:2] and l.split('\t')[-1] == str(b['count']) for l in lines)):
                err.append(f'qualifier {b}')
            if q is None and not any(l.endswith(f'\t{b["category"]}\t{b["count"]}') or (b['category'] in l.split('\t')[:2] and l.split('\t')[-1] == str(b['count'])) or (l.split('\t')[0] == f'{en["track"]}（{b["category"]}）' and l.split('\t')[-1] == str(b['count'])) for l in lines): err.append(f'category row {b}')
    for p in f['lead']['text'] + h['intro'] + h['note']: printed(p, 'lead/intro/note')
    for s in e.get('printedRows', []) + e.get('note', []): printed(s, 'exam row/note')
    if norm(''.join(f['training']['paragraphs'])) not in flat: err.append('training')
    printed(f['training']['title'] if f['training']['title'] in lines else '■' + f['training']['title'], 'training title')
    for i in f['initiatives']:
        for p in i['printed']: printed(p, 'initiative')
        if re.search(r'[■◆●（）()A-Za-z0-9０-９]', i['title']): err.append('initiative title marks')
        if norm(i['text']) not in flat: err.append('initiative text')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']: err.append('duration')
        if re.search(r'[（）()―—‒～〜→※【】]', s['name']): err.append('support name marks')
        # karuizawa: a category tag 【休業】 / 【休暇】 between the bullet and the name
        tag = f['decoys'].get('supportTags', {}).get(s['name'])
        if tag is not None and not s['printed'].startswith(f'●【{tag}】{s["name"]}（'): err.append('support tag')
        if tag is None and '【' in s['printed']: err.append('support tag unrecorded')
        printed(s['printed'], 'support item')
        # matsusaka: two systems on one bullet joined by ・
        if not (s['printed'].startswith('●') and re.search('[●・](【[^】]+】)?' + re.escape(s['name']) + '[・（]', s['printed'])): err.append('support item start')
        if s['duration'] not in exp: err.append('duration not printed')
    for c in f['contacts']:
        printed(c['office'], 'office')
        if not c['office'].startswith(f['organization']): err.append('office org')
        for t in c['tel']:
            if not re.fullmatch(r'0\d+-\d+-\d{4}', t): err.append('tel form')
        for t in c['telText'] + c['emailText']: printed(t, 'contact line')
        # momak: the phone printed in kanji numerals (〇七五（七六一）四一八八); every printed phone's digits = the fact's
        for t, tt_ in zip(c['tel'], c['telText']):
            if re.sub(r'\D', '', unicodedata.normalize('NFKC', tt_.translate(KANJI_DIGITS))) != re.sub(r'\D', '', t): err.append('tel digits')
        for m, mt in zip(c['email'], c['emailText']):
            if not (mt.endswith(' ' + m) or (c.get('vertical') and mt == 'メール' + m) or mt == m): err.append('email line')
    acc = f['access']
    if norm(acc['address']) not in flat: err.append('address')
    for r, rt in zip(acc['routes'], acc['routesText']):
        printed(rt, 'route')
        st = r.split('『')[1].split('』')[0]
        if r.replace('『', '').replace('』', '') != rt.lstrip('●'): err.append('route text')
        if not r.split('』')[1].startswith('駅') or re.search(r'[駅～\s分線（）]', st) or re.search(r'(東|西|南|北|中央|新幹線)口$', st) or (st.count('・') > 0 and not re.fullmatch(r'[^・]+・[^・]+前', st)): err.append(f'stop {st}')
    # stand-in document scores full marks; an empty one nothing
    doc = {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': {
        'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'],
                             **{o: {'count': r[k]['count'], 'women': r[k]['women']} for k, o in
                                (('total', 'total'), ('admin', 'administrative'), ('tech', 'technical'))}}
                            for r in h['rows']]},
        'assignments': {'cohortFiscalYear': a['cohortFiscalYear'],
                        'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0}
                                 for r in a['rows']]},
        'examBreakdown': {'entries': [{'track': track(en['track']), 'level': level(en['exam']),
                                       'category': b['category'], 'count': b['count']}
                                      for en in e['entries'] for b in en['breakdown']]},
        'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']}
                     for c in f['contacts']],
        'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in acc['routes']]},
        'initiatives': [{'title': i['title']} for i in f['initiatives']],
        'supportSystems': [{'name': s['name']} for s in f['supportSystems']]}}
    res = checks(f, doc, flat)
    kinds = {n.split(' ')[0] for n, _ in res}
    if not all(ok for _, ok in res): err.append(f'stand-in misses: {[n for n, ok in res if not ok]}')
    if kinds != {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route',
                 'initiative', 'support'}: err.append(f'check kinds {kinds}')
    if any(ok for _, ok in checks(f, {}, flat)): err.append('empty document scores')
    return err, len(res)


# ------------------------------------------------------------------ self-test: injected faults

def _bump(f, path, k=1):
    o = f
    for p in path[:-1]: o = o[p]
    o[path[-1]] += k


def _faults():
    """(name, fn(d, facts)) pairs; each must make the build refused."""
    def hiring_total(d, f): _bump(f, ['hiring', 'rows', 2, 'total', 'count'])
    def hiring_women(d, f): f['hiring']['rows'][1]['admin']['women'] = f['hiring']['rows'][1]['admin']['count'] + 1
    def planned_twice(d, f): f['hiring']['rows'][4]['planned'] = True
    def year_gap(d, f): f['hiring']['rows'][3]['fiscalYear'] += 1
    def assign_sum(d, f): f['assignments']['rows'][0]['admin'] = (f['assignments']['rows'][0]['admin'] or 0) + 1
    def cohort(d, f): f['assignments']['cohortFiscalYear'] = 2026
    def exam_count(d, f): _bump(f, ['exams', 'entries', 1, 'breakdown', 0, 'count'])
    def exam_grad(d, f):
        for e in f['exams']['entries']: e['exam'] = e['exam'].replace('大学卒業程度', '大学院修了程度').replace('大卒程度', '院卒程度')
    def legal_form(d, f): f['organization'] = '一部事務組合' + f['organization']
    def stop_with_eki(d, f): f['access']['routes'][0] = f['access']['routes'][0].replace('』駅', '駅』')
    def phone_form(d, f): f['contacts'][0]['tel'][0] = f['contacts'][0]['tel'][0].replace('-', '')
    def email_unprinted(d, f): f['contacts'][0]['email'][0] = 'x' + f['contacts'][0]['email'][0]
    def support_marks(d, f): f['supportSystems'][0]['name'] += '（制度）'
    def init_unprinted(d, f): f['initiatives'][0]['printed'][0] += '。'
    def overlap(d, f):
        it = d.items[5]; d.p = it['page']
        d.put(it['x'] + 2, it['y'], it['s'], font=it['font'], size=it['size'])
    def off_page(d, f): d.put(d.W - 30, 400, 'はみ出し', size=9)
    def unlisted(d, f): d.text(60, 800, '行にない文字', size=8)
    def bottom(d, f): d.put(60, d.H - 25, '下端', size=9)
    def missing_glyph(d, f): d.put(60, 790, '\U0001F600', size=9)
    def folio(d, f): d.put(300, 795, '- 9 -', size=8)
    def total_without_other(d, f):
        r = f['hiring']['rows'][1]
        if 'other' in r: r['total']['count'] = r['admin']['count'] + r['tech']['count']
        else: r['total']['women'] += 1
    def other_dropped(d, f):
        for r in f['hiring']['rows']: r.pop('other', None)
        if 'other' not in f['hiring']['columns']: f['hiring']['columns'].append('other')
    def stop_with_dot(d, f):
        r = f['access']['routes'][0]
        st = r.split('『')[1].split('』')[0]
        f['access']['routes'][0] = r.replace('『' + st + '』', '『' + st + '・東』')
    def support_not_on_line(d, f): f['supportSystems'][-1]['name'] = '休職'
    def cohort_intro_year(d, f):
        f['assignments']['intro'] = f['assignments']['intro'].replace('令和7', '令和6').replace('令和７', '令和６')
    def bare_with_women(d, f):
        c = [r[k] for r in f['hiring']['rows'] if not r['planned'] for k in ('admin', 'tech') if r[k]['women']][0]
        c['cellText'] = c['text']
    def bare_without_note(d, f):
        f['hiring']['note'] = [n.replace('省略', '記載') for n in f['hiring']['note']]
        if not any(r[k]['cellText'] == r[k]['text'] for r in f['hiring']['rows'] if not r['planned'] for k in ('admin',)):
            f['hiring']['rows'][0]['admin']['women'] = 0
            f['hiring']['rows'][0]['admin']['cellText'] = f['hiring']['rows'][0]['admin']['text']
    def cohort_range_end(d, f):
        a = f['assignments']
        a['intro'] = re.sub(r'令和8年3月1日', '令和8年4月1日', a['intro']) if '～' in a['intro'] else \
            a['intro'].replace('令和7年度', '令和7年4月1日～令和9年3月1日').replace('令和７年度', '令和７年４月１日～令和９年３月１日')
    def qualifier_in_category(d, f):
        b = f['exams']['entries'][-1]['breakdown'][0]
        b['category'] += '（要免許）'
    def qualifier_form(d, f):
        e = f['exams']
        b = e['entries'][-1]['breakdown'][0]['category']
        e.setdefault('qualifiers', {})[b] = '（免許）'
    def exit_in_stop(d, f):
        r = f['access']['routes'][0]
        st = r.split('『')[1].split('』')[0]
        f['access']['routes'][0] = r.replace('『' + st + '』', '『' + st + '東口』')
    def org_with_reading(d, f):
        f['organization'] = f['decoys'].get('organizationPrinted', f['organization'] + '（よみ）')
    def printed_org_not_kana(d, f):
        f['decoys']['organizationPrinted'] = f['organization'][:2] + '（東久留米）' + f['organization'][2:]
    def support_tag_in_name(d, f):
        s0 = f['supportSystems'][0]
        s0['name'] = '【休業】' + s0['name']
    def support_tag_wrong(d, f):
        tags = f['decoys'].setdefault('supportTags', {})
        tags[f['supportSystems'][0]['name']] = '休職'
    def folio_repeated(d, f):
        fo = [it for it in d.items if it['furniture'] and it['y'] > d.H - 40]
        fo[-1]['s'] = fo[0]['s']
    def running_header_differs(d, f):
        [it for it in d.items if it['furniture'] and it['y'] < 40][-1]['s'] += ' 別冊'
    def no_vertical_section(d, f): d.vblocks.clear()
    def vertical_left_to_right(d, f):
        p, idx = d.vblocks[0]
        ls = [d.lines[i] for i in idx]
        for i, l in zip(idx, reversed(ls)): d.lines[i] = l
    def no_sidebar(d, f): d.sidebars.clear()
    def no_zebra(d, f): d.zebras.clear()
    def no_spanning_card(d, f): d.cards[:] = [c[:5] + (1,) for c in d.cards]
    def text_outside_cards(d, f):
        c = d.cards[0]; d.cards[0] = (c[0], c[1] + 1000) + c[2:]
    def landscape(d, f): d.W, d.H = d.H, d.W
    def one_card_page(d, f): d.cards[:] = [c for c in d.cards if c[0] != len(d.pages) - 1][:] + [c for c in d.cards if c[0] == len(d.pages) - 1][:1]
    def tel_digit(d, f):
        t = f['contacts'][0]['tel'][0]; f['contacts'][0]['tel'][0] = t[:-1] + str((int(t[-1]) + 1) % 10)
    def vertical_email_label(d, f):
        c = f['contacts'][0]; c['vertical'] = False; c['emailText'] = ['メール' + c['email'][0]]
    def continued_row_to_admin(d, f):
        e = f['exams']['entries']
        e[0]['breakdown'].append(e[1]['breakdown'].pop())
    def abbreviation_as_name(d, f):
        s0 = f['supportSystems'][0]
        m = re.match(r'●[^（]+（([^）]+)）（', s0['printed'])
        s0['name'] = m.group(1) if m else s0['name'][:1] + '休'
    return [v for k, v in sorted(locals().items()) if callable(v)]


def selftest():
    bad = 0
    total = 0
    for name, build in BUILDERS.items():
        d, facts = build()
        pdf = d.render()
        base = d.check(pdf) + check_facts(facts, d.expected())[0] + check_layout(d, facts)
        if base:
            print(f'{name}: the clean build is refused: {base[:3]}'); bad += 1
        for fn in _faults():
            d, facts = build()
            fn(d, facts)
            try:
                pdf = d.render()
                err = d.check(pdf) + check_facts(facts, d.expected())[0] + check_layout(d, facts)
            except Exception as ex:  # a refusal by exception counts
                err = [f'exception {type(ex).__name__}']
            total += 1
            if not err:
                bad += 1; print(f'{name}: fault {fn.__name__} ACCEPTED')
    print(f'selftest: {total} injected faults, {total - bad} refused')
    sys.exit(1 if bad else 0)


def main():
    if sys.argv[1:] == ['--selftest']:
        selftest()
    names = sys.argv[1:] or list(BUILDERS)
    os.makedirs(OUT, exist_ok=True)
    bad = False
    for name in names:
        d, facts = BUILDERS[name]()
        pdf = d.render()
        exp = d.expected()
        err = d.check(pdf) + check_layout(d, facts)
        ferr, n = check_facts(facts, exp)
        err += ferr
        if err:
            bad = True
            print(f'{name}: REFUSED'); [print('  ', e) for e in err]
            continue
        open(os.path.join(OUT, name + '.pdf'), 'wb').write(pdf)
        open(os.path.join(OUT, name + '.expected.txt'), 'w').write(exp)
        open(os.path.join(OUT, name + '.facts.json'), 'w').write(json.dumps(facts, ensure_ascii=False, indent=2) + '\n')
        print(f'{name}: {len(d.items)} items, {len(d.pages)} pages, {n} fact checks, ok')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
