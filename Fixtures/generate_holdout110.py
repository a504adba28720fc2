#!/usr/bin/env python3
"""Blind holdout set 110: three national bodies (近畿地方環境事務所, 山口大学, 中国地方整備局) in INFOGRAPHIC DATA
PAGES ("数字で見る○○"): A4 portrait, 2 pages each, the figures told as charts and big numbers.

Self-contained (generate_holdout109.py's machinery, checks extended): a page model in top-down
coordinates, a table helper, reportlab's canvas (invariant=1, no page compression), the
facts and the checks. Every visual text piece is one text object; the objects of a page
are written after its graphics in a seeded shuffled order. Frame: an infographic band
`数字で見る…`, big-number callouts, column charts (grouped with a two-level category axis,
stacked with a legend, grouped with a legend), horizontal bar lists, a treemap, a sunburst
(two-ring donut) drawn as wedges, a timeline band, icon rows; ordinary sections beside them.

  python3 Fixtures/generate_holdout110.py                       # all three
  python3 Fixtures/generate_holdout110.py chugoku-seibi-2026    # one
  python3 Fixtures/generate_holdout110.py --selftest            # inject faults; every one must be refused
"""
import io, json, math, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout110')
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
        self.new_page()

    # ---- model ----
    def new_page(self):
        self.pages.append({'gfx': []})
        self.p = len(self.pages) - 1

    def text(self, x, y, s, font='M', size=9, align='l', furniture=False, mode=0, color=(0, 0, 0)):
        w = sw(s, font, size)
        if align == 'r': x -= w
        elif align == 'c': x -= w / 2
        self.items.append(dict(page=self.p, x=x, y=y, s=s, font=font, size=size, w=w,
                               furniture=furniture, mode=mode, color=color))
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

    def seg(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0)):
        self.pages[self.p]['gfx'].append(('line', x1, y1, x2, y2, lw, color))

    def drect(self, x, y, w, h, stroke, fill=None, lw=0.8):
        """A rectangle with a DASHED outline (the planned bars)."""
        self.pages[self.p]['gfx'].append(('drect', x, y, w, h, fill, stroke, lw))

    def circle(self, cx, cy, r, fill=None, stroke=None, lw=0.6):
        self.pages[self.p]['gfx'].append(('circle', cx, cy, r, fill, stroke, lw))

    def poly(self, pts, fill):
        self.pages[self.p]['gfx'].append(('poly', tuple(pts), fill))

    def wedge(self, cx, cy, r0, r1, a0, a1, fill, stroke=(1, 1, 1)):
        """An annular sector between radii r0 < r1, from a0 to a1 degrees measured CLOCKWISE from 12 o'clock."""
        self.pages[self.p]['gfx'].append(('wedge', cx, cy, r0, r1, a0, a1, fill, stroke))

    # ---- table: rows of cells; a cell is str, None (empty), or dict(t=[lines], rs=, cs=)
    def table(self, x, y, widths, rows, rh=16, font='M', size=8.5, ruled=True, header=1,
              hfill=(0.9, 0.9, 0.9), hfont='G', align0='l', rules_between=False):
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
        if not ruled:
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
                if g[0] in ('rect', 'drect'):
                    _, x, y, w, h, fill, stroke, lw = g
                    if fill: c.setFillColorRGB(*fill)
                    if stroke: c.setStrokeColorRGB(*stroke); c.setLineWidth(lw)
                    if g[0] == 'drect': c.setDash(3, 2)
                    c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
                    if g[0] == 'drect': c.setDash()
                elif g[0] == 'circle':
                    _, cx, cy, r, fill, stroke, lw = g
                    if fill: c.setFillColorRGB(*fill)
                    if stroke: c.setStrokeColorRGB(*stroke); c.setLineWidth(lw)
                    c.circle(cx, H - cy, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
                elif g[0] == 'poly':
                    _, pts, fill = g
                    c.setFillColorRGB(*fill)
                    pa = c.beginPath()
                    pa.moveTo(pts[0][0], H - pts[0][1])
                    for (px, py) in pts[1:]: pa.lineTo(px, H - py)
                    pa.close()
                    c.drawPath(pa, stroke=0, fill=1)
                elif g[0] == 'wedge':
                    _, cx, cy, r0, r1, a0, a1, fill, stroke = g
                    c.setFillColorRGB(*fill); c.setStrokeColorRGB(*stroke); c.setLineWidth(1.0)
                    pa = c.beginPath()
                    # PDF angles run counter-clockwise from 3 o'clock: clockwise-from-12 t -> 90 - t
                    pa.arc(cx - r1, H - cy - r1, cx + r1, H - cy + r1, 90 - a0, -(a1 - a0))
                    pa.arcTo(cx - r0, H - cy - r0, cx + r0, H - cy + r0, 90 - a1, a1 - a0)
                    pa.close()
                    c.drawPath(pa, stroke=1, fill=1)
                else:
                    _, x1, y1, x2, y2, lw, color = g
                    c.setStrokeColorRGB(*color); c.setLineWidth(lw)
                    c.line(x1, H - y1, x2, H - y2)
            its = [it for it in self.items if it['page'] == p]
            random.Random(self.seed * 100 + p).shuffle(its)
            for it in its:
                t = c.beginText()
                t.setTextOrigin(it['x'], H - it['y'])
                t.setFont(it['font'], it['size'])
                t.setFillColorRGB(*it['color'])
                if it['mode']: t.setTextRenderMode(it['mode'])
                t.textOut(it['s'])
                if it['mode']: t.setTextRenderMode(0)
                c.drawText(t)
            c.showPage()
        c.save()
        return buf.getvalue()

    def numeric_lines(self):
        """Lines made only of chart value labels (a planned bar's bare counts): no folio."""
        ok = {i for b in getattr(self, 'bars', []) for i in b['labels']}
        return {'\t'.join(''.join(self.items[i]['s'] for i in cell) for cell in cells)
                for (_, cells) in self.lines if cells and all(i in ok for cell in cells for i in cell)}

    # ---- checks ----
    def check(self, pdf):
        err = []
        n = len(self.items)
        for i, it in enumerate(self.items):
            for ch in it['s']:
                if ord(ch) not in TT[it['font']].face.charToGlyph: err.append(f'glyph {ch!r} missing in {it["font"]}')
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
                elif re.fullmatch(r'[-\s\dP.]+', ln) and ln not in self.numeric_lines(): err.append(f'folio line: {ln!r}')
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






def hhead(d, x, y, s, col, size=10.5):
    d.rect(x, y - size + 1, 4, size + 3, fill=col)
    d.put(x + 9, y, s, font='G', size=size, color=col)


def bullets(d, x, y, items, mark, tsize=8.4, bsize=7.8, step=11.5):
    for t, body in items:
        d.put(x, y, mark + t, font='G', size=tsize)
        for s in body:
            y += step; d.put(x + 8, y, s, size=bsize)
        y += step + 6
    return y


def support_block(d, x, y, items, tsize=8.4, bsize=7.8, step=11.5):
    sprinted = []
    for nm, du, txt in items:
        s = f'●{nm}（{du}）'
        d.put(x, y, s, font='G', size=tsize); sprinted.append(s)
        for t in (txt if isinstance(txt, list) else [txt]):
            y += step; d.put(x + 8, y, t, size=bsize)
        y += step + 6
    return y, sprinted


def assign_rows(assign, fw=False):
    z = (lambda s: s.translate(FW)) if fw else (lambda s: s)
    return [[u, z(str(a)) if a else '－', z(str(t)) if t else '－'] for u, a, t in assign]


def exam_rows(exams):
    rows = []
    for tr, cats in exams:
        for k, (c, n) in enumerate(cats):
            rows.append(([{'t': [tr], 'rs': len(cats)}] if k == 0 else []) + [c, str(n)])
    return rows


def hire_cells(hire, order=('label', 'admin', 'tech', 'total')):
    return [[r['labelText'] if k == 'label' else r[k]['cellText'] for k in order] for r in hire]


def footer(d, text, col):
    d.hline(36, d.W - 36, d.H - 36, lw=0.5, color=col)
    d.text(d.W / 2, d.H - 24, text, size=7, align='c', furniture=True, color=GREY)


# ------------------------------------------------------------------ infographic drawing bits (set 110)

GREY = (0.4, 0.4, 0.4)
WHITE = (1, 1, 1)
PCT = '%'


def init110(d):
    d.infotitle = []     # (page, text) the 数字で見る band titles
    d.callouts = []      # (page, [number item ids], caption id, sub id)
    d.bars = []          # dict(page, x0, x1, ytop, ybase, value, scale, labels=[ids], stacked=bool)
    d.axis_tracks = []   # (page, item id) track labels under single bars (two-level category axis)
    d.hbars = []         # dict(page, x0, y0, length, h, value, scale, label=id)
    d.tiles = []         # dict(page, x, y, w, h, count, ids)
    d.wedges = []        # dict(page, ring, a0, a1, count, parent, ids)
    d.milestones = []    # dict(page, x, side, ids, band=(y0, y1))
    d.legends = []       # (page, [ids])
    d.grid = []


def info_band(d, y, s, col):
    """The 数字で見る band: a full-width tinted strip with the title in white."""
    d.rect(30, y - 19, d.W - 60, 27, fill=col)
    d.put(44, y, s, font='G', size=14, color=WHITE)
    d.infotitle.append((d.p, s))


def callout(d, x0, x1, ytop, caption, num, unit, sub, col, tint):
    """A big-number callout: a small caption ABOVE, the number in 40 pt with its unit in 16 pt on the same baseline
    (one line), a small line BELOW."""
    d.rect(x0, ytop, x1 - x0, 96, fill=tint)
    cx = (x0 + x1) / 2
    ci = d.put(cx, ytop + 20, caption, font='G', size=8.6, align='c')
    wn, wu = sw(num, 'G', 40), sw(unit, 'G', 16)
    xs = cx - (wn + wu + 2) / 2
    ni = d.text(xs, ytop + 64, num, font='G', size=40, color=col)
    ui = d.text(xs + wn + 2, ytop + 64, unit, font='G', size=16, color=col)
    d.lines.append((d.p, [[ni, ui]]))
    si = d.put(cx, ytop + 83, sub, size=8.2, align='c')
    d.callouts.append((d.p, [ni, ui], ci, si))


def legend(d, x, y, entries, size=7.8):
    ids = []
    for s, colr in entries:
        d.rect(x, y - size + 0.5, size, size, fill=colr)
        ids.append(d.text(x + size + 3, y, s, size=size, font='G'))
        x += size + 3 + sw(s, 'G', size) + 12
    d.line(*ids)
    d.legends.append((d.p, ids))


def bar(d, x0, w, ybase, value, scale, fill, planned=False, stroke=None):
    h = value * scale
    if planned: d.drect(x0, ybase - h, w, h, stroke=stroke or fill, fill=fill)
    else: d.rect(x0, ybase - h, w, h, fill=fill)
    return ybase - h


def hbar_row(d, x_name, x0, y, unit, segs, scale, text, h=10, size=8.2):
    """One row of a horizontal bar list: the unit right-aligned at x_name, a bar of segments from x0, the counts after
    its end. One expected line: unit, counts."""
    ni = d.text(x_name, y, unit, size=size, align='r')
    x = x0
    total = 0
    for n, colr in segs:
        if n:
            d.rect(x, y - h + 1.5, n * scale, h, fill=colr); x += n * scale; total += n
    ti = d.text(x + 6, y, text, size=size - 0.4, font='G')
    d.line(ni, ti)
    d.hbars.append(dict(page=d.p, x0=x0, y0=y - h + 1.5, length=x - x0, h=h, value=total, scale=scale, label=ti))


def person_icon(d, cx, cy, r, col):
    """A pictogram stand-in: a disc with a small white head and shoulders."""
    d.circle(cx, cy, r, fill=col)
    d.circle(cx, cy - r * 0.28, r * 0.24, fill=WHITE)
    d.poly([(cx - r * 0.42, cy + r * 0.5), (cx - r * 0.3, cy + r * 0.08), (cx + r * 0.3, cy + r * 0.08),
            (cx + r * 0.42, cy + r * 0.5)], fill=WHITE)


def pct_of(n, total):
    return int(n * 100 / total + 0.5)


def treemap_layout(x, y, w, h, counts, dirs):
    """Slice the rectangle: each tile takes its share of what is left, cutting along dirs[k] ('v' = a column at the
    left, 'h' = a strip at the top); the last tile takes the rest."""
    out = []
    left = sum(counts)
    for k, n in enumerate(counts):
        if k == len(counts) - 1:
            out.append((x, y, w, h)); break
        if dirs[k] == 'v':
            tw = w * n / left; out.append((x, y, tw, h)); x += tw; w -= tw
        else:
            th = h * n / left; out.append((x, y, w, th)); y += th; h -= th
        left -= n
    return out


def unit_text(a, t, ta='事務', tt='技術'):
    parts = ([f'{ta}{a}'] if a else []) + ([f'{tt}{t}'] if t else [])
    return '・'.join(parts)


# ------------------------------------------------------------------ 近畿地方環境事務所 (grouped columns, TWO-LEVEL category axis; bar list with 各1名 tail)

def kinki_kankyo():
    d = Doc('kinki-kankyo-2026', 1101); init110(d)
    org, ta, tt = '近畿地方環境事務所', '事務', '技術'
    col, tint = (0.05, 0.40, 0.33), (0.88, 0.95, 0.92)
    ca, ct, cs = (0.05, 0.40, 0.33), (0.55, 0.76, 0.35), (0.55, 0.55, 0.55)
    title = '職員採用案内 2026'
    edition = '令和8年4月現在'
    foots = ['近畿地方環境事務所　職員採用案内 2026　1/2', '近畿地方環境事務所　職員採用案内 2026　2/2']
    hire = hiring_rows([(2021, (8, 3), (5, 1), False), (2022, (9, 4), (6, 2), False),
                        (2023, (8, 3), (6, 1), False), (2024, (10, 5), (5, 2), False),
                        (2025, (9, 4), (7, 2), False), (2026, (10, None), (7, None), True)])
    lead = ['国立公園の保護から廃棄物・リサイクル対策まで、近畿2府4県の環境行政を現場で担う仲間を募集します。',
            '数字で、わたしたちの職場と採用の姿を紹介します。']
    d.rect(30, 28, d.W - 60, 94, fill=col)
    d.put(46, 54, '環境省', font='G', size=11, color=WHITE)
    d.put(46, 88, org, font='G', size=26, color=WHITE)
    d.put(46, 111, title, font='G', size=13, color=WHITE)
    d.put(d.W - 34, 138, edition, size=9, align='r')
    for k, s in enumerate(lead): d.put(34, 156 + k * 13.5, s, size=8.6)
    info_band(d, 205, '数字で見る近畿地方環境事務所', col)
    r7, r8 = hire[4], hire[5]
    callout(d, 30, 198, 222, '令和7年度 採用者数', str(r7['total']['count']), '名', f"うち女性{r7['total']['women']}名", col, tint)
    callout(d, 213, 381, 222, '令和8年度 採用予定数', str(r8['total']['count']), '名',
            f"{ta}{r8['admin']['count']}名・{tt}{r8['tech']['count']}名", col, tint)
    callout(d, 396, 564, 222, '管内の国立公園', '7', '公園', '2府4県に広がる自然', col, tint)
    # hiring: grouped columns 事務 | 技術 | 計 per year, a TWO-LEVEL category axis (track under each bar, year under
    # each group), no legend
    hintro = '採用者数の推移（単位：人）'
    hhead(d, 34, 346, hintro, col, size=10)
    base, scale, gw = 498, 6.0, (d.W - 80) / 6
    d.hline(40, d.W - 40, base, lw=0.8, color=(0.3, 0.3, 0.3))
    body = []
    for g, r in enumerate(hire):
        gx = 40 + g * gw
        if g: d.vline(gx, base, base + 16, lw=0.5, color=GREY)
        for b, (k, tr, colr) in enumerate((('admin', ta, ca), ('tech', tt, ct), ('total', '計', cs))):
            bx = gx + (gw - 76) / 2 + b * 28
            c_ = r[k]
            top = bar(d, bx, 20, base, c_['count'], scale, colr if not r['planned'] else (0.9, 0.9, 0.9),
                      planned=r['planned'], stroke=colr)
            vi = d.text(bx + 10, top - 3, c_['cellText'], size=6.5, align='c')
            ti = d.text(bx + 10, base + 10, tr, size=7, align='c', font='G')
            d.line(vi, ti)
            body.append(f"{c_['cellText']}\t{tr}")
            d.bars.append(dict(page=d.p, x0=bx, x1=bx + 20, ytop=top, ybase=base, value=c_['count'], scale=scale,
                               labels=[vi], stacked=False))
            d.axis_tracks.append((d.p, ti))
        d.put(gx + gw / 2, base + 24, r['labelText'], size=7.5, align='c', font='G')
        body.append(r['labelText'])
    d.vline(40, base, base + 28, lw=0.5, color=GREY); d.vline(d.W - 40, base, base + 28, lw=0.5, color=GREY)
    hnotes = ['※（ ）内は女性の数で内数です。', '※令和8年度は採用予定数です（破線の棒）。']
    for k, s in enumerate(hnotes): d.put(40, 544 + k * 12, s, size=7.6)
    # assignments: horizontal bar list, the units with one hire collapsed into 各1名 lines
    hhead(d, 34, 590, '配属実績', col, size=10)
    aintro = '令和7年度採用者の配属先（単位：人）'
    d.put(40, 607, aintro, size=8)
    legend(d, 390, 621, [(ta, ca), (tt, ct)])
    assign = [('国立公園課', 2, 3), ('資源循環課', 3, None), ('野生生物課', None, 1), ('環境対策課', 1, 1),
              ('総務課', 1, None), ('経理課', 1, None), ('吉野自然保護官事務所', 1, None),
              ('自然環境整備課', None, 1), ('竹野自然保護官事務所', None, 1)]
    barred = [u for u in assign if (u[1] or 0) + (u[2] or 0) >= 2]
    for k, (u, a, t) in enumerate(barred):
        hbar_row(d, 150, 158, 640 + k * 19, u, [(a or 0, ca), (t or 0, ct)], 34, unit_text(a, t))
    tail_a = [u for u, a, t in assign if (a or 0) + (t or 0) == 1 and a]
    tail_t = [u for u, a, t in assign if (a or 0) + (t or 0) == 1 and t]
    tails = [f'このほか各1名（{ta}）：' + '、'.join(tail_a), f'このほか各1名（{tt}）：' + '、'.join(tail_t)]
    yt = 640 + len(barred) * 19 + 6
    for k, s in enumerate(tails): d.put(60, yt + k * 13, s, size=8)
    footer(d, foots[0], col)
    # ---- p2
    d.new_page()
    hhead(d, 34, 62, '試験区分', col, size=10)
    exam_name = '国家公務員採用一般職試験（大卒程度試験）'
    d.put(40, 80, '試験：' + exam_name, size=8.2)
    exams = [(ta, [('行政', 10)]), (tt, [('化学', 3), ('農学', 2), ('林学', 1), ('土木', 1)])]
    ye = d.table(40, 88, [70, 140, 80], [['区分', '試験区分', '採用予定数']] + exam_rows(exams), rh=17, hfill=tint, size=8.2)
    enotes = ['※農学・林学の採用者は、主に国立公園の自然保護官（レンジャー）として勤務します。']
    d.put(40, ye + 13, enotes[0], size=7.5)
    # two columns
    L, R = 34, 310
    y0 = ye + 52
    hhead(d, L, y0, '研修', col, size=10)
    training = ['採用後は環境省の新規採用職員研修で基礎を学び、', '2年目以降は国立公園の現地研修や、廃棄物・リサイクル',
                'の実務研修に参加します。本省や他の地方環境事務所', 'との人事交流もあります。']
    for k, s in enumerate(training): d.put(L, y0 + 18 + k * 12.5, s, size=8)
    y = y0 + 18 + len(training) * 12.5 + 18
    hhead(d, L, y, '働きやすい職場づくり', col, size=10)
    inits = [('自然保護官事務所のテレワーク', ['現地の事務所からも本所の会議に', 'オンラインで参加できます。']),
             ('夏の朝型勤務', ['7月と8月は7時30分から', '勤務を始めることができます。'])]
    bullets(d, L, y + 20, inits, '◆')
    hhead(d, R, y0, '仕事と家庭の両立支援', col, size=10)
    support_lines = [('育児休業', '子が3歳に達するまで', ['男性職員の取得も増えています。']),
                     ('育児時間', '子が小学校就学前まで', ['1日2時間まで勤務しない時間を', 'とることができます。']),
                     ('介護休暇', '通算6か月', ['3回まで分割して取得できます。'])]
    _, sprinted = support_block(d, R, y0 + 20, support_lines)
    yb = 600
    d.hline(30, d.W - 30, yb - 22, lw=0.8, color=col)
    office, tel, email = '近畿地方環境事務所総務課', '06-6881-6490', 'kinki-kankyo-saiyo@env.go.jp'
    hhead(d, L, yb, 'お問い合わせ', col, size=10)
    d.put(L, yb + 19, office, size=8.4)
    d.put(L, yb + 33, 'TEL ' + tel, size=8.4)
    d.put(L, yb + 47, 'E-mail ' + email, size=8.2)
    d.put(L, yb + 61, '受付時間　平日9時～17時', size=8)
    address = '〒530-0042 大阪府大阪市北区天満橋1丁目8番75号 桜ノ宮合同庁舎4階'
    routes = [('JR大阪環状線桜ノ宮駅から徒歩約10分', '桜ノ宮'), ('JR東西線大阪天満宮駅から徒歩約15分', '大阪天満宮')]
    hhead(d, R, yb, 'アクセス', col, size=10)
    d.put(R, yb + 19, '〒530-0042', size=8.2)
    d.put(R, yb + 32, '大阪府大阪市北区天満橋1丁目8番75号', size=8.2)
    d.put(R, yb + 45, '桜ノ宮合同庁舎4階', size=8.2)
    for k, (s, st) in enumerate(routes): d.put(R, yb + 61 + k * 13, s, size=8.2)
    footer(d, foots[1], col)
    facts = base_facts(org, title, edition, '令和8年4月', '2026-04', lead, hire, ta, tt,
                       'grouped column chart, per year three bars 事務 | 技術 | 計, the value N（W） above each bar; a TWO-LEVEL category axis: the track under each bar, the year under each group; no legend',
                       ['年度', ta, tt, '計'], ['label', 'admin', 'tech', 'total'], [hintro], hnotes,
                       assign, aintro, 'horizontal bar list (unit, two-segment bar, 事務N・技術N at the bar end) for the units with two or more hires; the units with ONE hire only in two lines このほか各1名（事務）：A、B、C / このほか各1名（技術）：D、E',
                       '試験区分', exam_name, exams, 'ruled 区分 | 試験区分 | 採用予定数, track cells spanning',
                       ['区分', '試験区分', '採用予定数'],
                       '研修', [''.join(training)], inits, '◆title / indented text', '働きやすい職場づくり',
                       support_lines, '仕事と家庭の両立支援', '●name（duration） / indented text', sprinted,
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(hiring='a grouped column chart with a two-level category axis (事務 / 技術 / 計 under the bars, the year under each group); a big-number callout repeats 令和7年度 (16名, うち女性6名) and the planned 令和8年度 (17名, 事務10名・技術7名)',
                            assignments='units with one hire are not barred: they are listed, comma-joined, in このほか各1名（事務）： / このほか各1名（技術）： lines'))
    facts['hiring']['printedRows'] = body
    facts['assignments']['note'] = []
    facts['assignments']['tail'] = {'admin': tail_a, 'tech': tail_t, 'printed': tails}
    facts['exams']['note'] = enotes
    facts['access']['addressPrinted'] = ['〒530-0042', '大阪府大阪市北区天満橋1丁目8番75号', '桜ノ宮合同庁舎4階']
    facts['decoys'].update(pages=2, footers=foots, twoLevelAxis=True, infoTitle='数字で見る近畿地方環境事務所',
                           layout='A4 portrait, 2 pp. p1: masthead band, edition, lead; band 数字で見る近畿地方環境事務所; three '
                                  'big-number callouts (令和7年度 採用者数 16名, 令和8年度 採用予定数 17名, decoy 7公園); grouped '
                                  'column chart with a two-level category axis; 配属実績 as a horizontal bar list with 各1名 lines. '
                                  'p2: 試験区分 table; 研修 + initiatives | support; contacts | access.')
    return d, facts


# ------------------------------------------------------------------ 山口大学 (stacked columns with a legend; TREEMAP of assignments; initiatives on a TIMELINE)

def yamaguchi_u():
    d = Doc('yamaguchi-u-2026', 1102); init110(d)
    org, ta, tt = '山口大学', '事務', '技術'
    col, tint = (0.55, 0.12, 0.22), (0.97, 0.90, 0.92)
    ca, ct = (0.55, 0.12, 0.22), (0.93, 0.62, 0.25)
    title = '事務系・技術系職員 採用案内 2026'
    edition = '令和8年4月1日現在'
    foots = ['山口大学　事務系・技術系職員 採用案内 2026　1/2', '山口大学　事務系・技術系職員 採用案内 2026　2/2']
    hire = hiring_rows([(2021, (10, 6), (2, 0), False), (2022, (11, 6), (3, 1), False),
                        (2023, (9, 5), (2, 1), False), (2024, (12, 7), (3, 0), False),
                        (2025, (12, 7), (3, 1), False), (2026, (11, None), (3, None), True)])
    lead = ['吉田・小串・常盤の3キャンパスで、教育と研究、附属病院の運営を支える職員を募集します。',
            '大学の「いま」を数字でお伝えします。']
    d.put(34, 70, org, font='G', size=30, color=col)
    d.put(34, 96, title, font='G', size=13)
    d.hline(30, d.W - 30, 106, lw=2.0, color=col)
    d.put(d.W - 34, 122, edition, size=9, align='r')
    for k, s in enumerate(lead): d.put(34, 140 + k * 13.5, s, size=8.6)
    info_band(d, 190, '数字で見る山口大学', col)
    r8 = hire[5]
    callout(d, 30, 198, 206, '令和8年度 採用予定数', str(r8['total']['count']), '名',
            f"{ta}{r8['admin']['count']}名・{tt}{r8['tech']['count']}名", col, tint)
    callout(d, 213, 381, 206, '学生数', '約1万', '人', '学部生と大学院生', col, tint)
    callout(d, 396, 564, 206, 'キャンパス', '3', 'か所', '山口市・宇部市', col, tint)
    # hiring: stacked columns (事務 bottom, 技術 top), the segment values inside, the total above, a legend
    hintro = '採用者数の推移（単位：人）'
    hhead(d, 34, 330, hintro, col, size=10)
    legend(d, 390, 347, [(ta, ca), (tt, ct)])
    base, scale, gw = 478, 6.6, (d.W - 80) / 6
    d.hline(40, d.W - 40, base, lw=0.8, color=(0.3, 0.3, 0.3))
    body = []
    for g, r in enumerate(hire):
        bx = 40 + g * gw + (gw - 40) / 2
        a, t = r['admin'], r['tech']
        pl = r['planned']
        ya = bar(d, bx, 40, base, a['count'], scale, (0.85, 0.72, 0.75) if pl else ca, planned=pl, stroke=ca)
        yt_ = bar(d, bx, 40, ya, t['count'], scale, (0.98, 0.86, 0.70) if pl else ct, planned=pl, stroke=ct)
        wc = (0.2, 0.2, 0.2) if pl else WHITE
        ai = d.text(bx + 20, (ya + base) / 2 + 3, a['cellText'], size=7.6, align='c', color=wc)
        ti = d.text(bx + 20, (yt_ + ya) / 2 + 3, t['cellText'], size=7.6, align='c', color=(0.2, 0.2, 0.2))
        si = d.text(bx + 20, yt_ - 4, r['total']['cellText'], size=7.8, align='c', font='G')
        d.line(si, ti, ai)
        body.append('\t'.join([r['total']['cellText'], t['cellText'], a['cellText']]))
        d.bars.append(dict(page=d.p, x0=bx, x1=bx + 40, ytop=ya, ybase=base, value=a['count'], scale=scale, labels=[ai], stacked=True))
        d.bars.append(dict(page=d.p, x0=bx, x1=bx + 40, ytop=yt_, ybase=ya, value=t['count'], scale=scale, labels=[ti], stacked=True))
        d.bars.append(dict(page=d.p, x0=bx, x1=bx + 40, ytop=yt_, ybase=base, value=r['total']['count'], scale=scale, labels=[si], stacked=False))
        d.put(bx + 20, base + 13, r['labelText'], size=7.5, align='c', font='G')
        body.append(r['labelText'])
    hnotes = ['※（ ）内は女性の数で内数です。棒の上は事務・技術の計です。', '※令和8年度は採用予定数です。']
    for k, s in enumerate(hnotes): d.put(40, 508 + k * 12, s, size=7.6)
    # assignments: a TREEMAP (tile area proportional to the head count; unit and counts inside)
    hhead(d, 34, 552, '配属実績', col, size=10)
    aintro = '令和7年度採用者の配属先（単位：人）'
    d.put(40, 569, aintro, size=8)
    assign = [('医学部附属病院', 4, None), ('施設環境部', 1, 3), ('学務部', 3, None), ('財務部', 2, None),
              ('学術研究部', 1, None), ('総務企画部', 1, None)]
    counts = [(a or 0) + (t or 0) for u, a, t in assign]
    rects = treemap_layout(40, 578, d.W - 80, 150, counts, ['v', 'h', 'v', 'h', 'v'])
    fills = [(0.55, 0.12, 0.22), (0.78, 0.35, 0.22), (0.66, 0.22, 0.30), (0.74, 0.38, 0.45), (0.82, 0.52, 0.58), (0.86, 0.62, 0.66)]
    for (u, a, t), (x, y, w, h), n, fc in zip(assign, rects, counts, fills):
        d.rect(x, y, w, h, fill=fc, stroke=WHITE, lw=1.5)
        i1 = d.put(x + 7, y + 16, u, font='G', size=8.4, color=WHITE)
        i2 = d.put(x + 7, y + 29, unit_text(a, t), size=7.8, color=WHITE)
        d.tiles.append(dict(page=d.p, x=x, y=y, w=w, h=h, count=n, ids=[i1, i2]))
    anotes = ['※四角の大きさは配属人数に比例しています。']
    d.put(40, 742, anotes[0], size=7.4)
    footer(d, foots[0], col)
    # ---- p2
    d.new_page()
    hhead(d, 34, 62, '試験区分', col, size=10)
    exam_name = '中国・四国地区国立大学法人等職員採用試験'
    d.put(40, 80, '試験：' + exam_name, size=8.2)
    exams = [(ta, [('事務', 10), ('図書', 1)]), (tt, [('電気', 1), ('機械', 1), ('建築', 1)])]
    ye = d.table(40, 88, [70, 140, 80], [['区分', '試験区分', '採用予定数']] + exam_rows(exams), rh=17, hfill=tint, size=8.2)
    enotes = ['※第1次試験は統一試験、第2次試験は山口大学が行います。']
    d.put(40, ye + 13, enotes[0], size=7.5)
    # initiatives as milestones on a timeline band, labels alternately ABOVE and BELOW the band
    yh = ye + 46
    hhead(d, 34, yh, '働きやすい職場づくり', col, size=10)
    band0 = yh + 78
    d.rect(40, band0, d.W - 100, 12, fill=tint)
    d.poly([(d.W - 60, band0 - 5), (d.W - 44, band0 + 6), (d.W - 60, band0 + 17)], fill=tint)
    ms = [(60, 'above', '2020年度', 'キャンパス間のオンライン会議', ['移動せずに3キャンパスの', '会議に参加できます。']),
          (230, 'below', '2022年度', 'フレックスタイム制', ['コアタイムは10時から15時まで。', '始業と終業を自分で決められます。']),
          (400, 'above', '2024年度', '事務職員の学内公募', ['希望する部署の仕事に', '手を挙げることができます。'])]
    inits = []
    for x, side, yr, t, body_ in ms:
        d.circle(x, band0 + 6, 5, fill=col)
        d.seg(x, band0 + (0 if side == 'above' else 12), x, band0 + (-8 if side == 'above' else 20), lw=0.6, color=col)
        ys = [band0 - 52, band0 - 39, band0 - 26, band0 - 14] if side == 'above' else [band0 + 32, band0 + 45, band0 + 58, band0 + 70]
        i0 = d.put(x + 6, ys[0], yr, font='G', size=8.4, color=col)
        i1 = d.put(x + 6, ys[1], t, font='G', size=8.6)
        i2 = d.put(x + 6, ys[2], body_[0], size=7.8)
        i3 = d.put(x + 6, ys[3], body_[1], size=7.8)
        d.milestones.append(dict(page=d.p, x=x, side=side, ids=[i0, i1, i2, i3], band=(band0, band0 + 12)))
        inits.append((t, body_))
    # support: a row of icons with captions
    ys_ = band0 + 104
    hhead(d, 34, ys_, '仕事と家庭の両立支援', col, size=10)
    support_lines = [('育児休業', '子が3歳に達するまで', '男性職員の取得も増えています。'),
                     ('育児短時間勤務', '小学校就学前まで', '週20時間から選べます。'),
                     ('介護休暇', '通算6か月', '分割して取得できます。')]
    sprinted = []
    for k, (nm, du, tx) in enumerate(support_lines):
        cx = 124 + k * 174
        person_icon(d, cx, ys_ + 38, 18, col)
        s = f'●{nm}（{du}）'
        d.put(cx, ys_ + 74, s, font='G', size=8.2, align='c'); sprinted.append(s)
        d.put(cx, ys_ + 87, tx, size=7.8, align='c')
    yr_ = ys_ + 118
    hhead(d, 34, yr_, '研修', col, size=10)
    training = ['採用後は新規採用職員研修と、中国・四国地区の国立大学合同研修で基礎を学びます。',
                '3年目までに学務・財務・病院など二つ以上の部署を経験します。']
    for k, s in enumerate(training): d.put(40, yr_ + 18 + k * 12.5, s, size=8)
    yb = yr_ + 64
    d.hline(30, d.W - 30, yb - 20, lw=0.8, color=col)
    office, tel, email = '山口大学総務企画部人事課', '083-933-5031', 'sy-jinji@yamaguchi-u.ac.jp'
    L, R = 34, 310
    hhead(d, L, yb, 'お問い合わせ', col, size=10)
    d.put(L, yb + 19, office, size=8.4)
    d.put(L, yb + 33, 'TEL ' + tel, size=8.4)
    d.put(L, yb + 47, 'E-mail ' + email, size=8.2)
    address = '〒753-8511 山口県山口市吉田1677-1'
    routes = [('JR山口線湯田温泉駅から徒歩約25分', '湯田温泉'), ('JR山陽新幹線新山口駅から車で約25分', '新山口')]
    hhead(d, R, yb, 'アクセス', col, size=10)
    d.put(R, yb + 19, address, size=8.2)
    for k, (s, st) in enumerate(routes): d.put(R, yb + 33 + k * 13, s, size=8.2)
    footer(d, foots[1], col)
    facts = base_facts(org, title, edition, '令和8年4月', '2026-04', lead, hire, ta, tt,
                       'stacked column chart (事務 bottom, 技術 top) with a legend; N（W） inside each segment, the total above the bar, the year under it',
                       ['年度', ta, tt, '計'], ['label', 'admin', 'tech', 'total'], [hintro], hnotes,
                       assign, aintro, 'TREEMAP: one tile per unit, area proportional to its head count, the unit and 事務N・技術N inside; tiles cut column / strip / column / strip',
                       '試験区分', exam_name, exams, 'ruled 区分 | 試験区分 | 採用予定数, track cells spanning',
                       ['区分', '試験区分', '採用予定数'],
                       '研修', [''.join(training)], inits, 'milestones on a timeline band: year / title / two text lines, alternately above and below the band', '働きやすい職場づくり',
                       support_lines, '仕事と家庭の両立支援', 'a row of person icons, ●name（duration） centred under each, one text line', sprinted,
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(assignments='a treemap: tiles of unequal size in a cut layout (a column at the left, a strip on top, …); each tile holds the unit and its counts on two lines',
                            initiatives='three milestones on a timeline band (2020年度 / 2022年度 / 2024年度), labels alternately ABOVE and BELOW the band; titles unmarked'))
    for it, (x, side, yr, t, body_) in zip(facts['initiatives'], ms):
        it['printed'] = [t] + body_
        it['year'] = yr
    facts['hiring']['printedRows'] = body
    facts['assignments']['note'] = anotes
    facts['assignments']['treemap'] = True
    facts['exams']['note'] = enotes
    facts['decoys'].update(pages=2, footers=foots, timelineInitiatives=True, infoTitle='数字で見る山口大学',
                           layout='A4 portrait, 2 pp. p1: masthead, edition, lead; band 数字で見る山口大学; three big-number '
                                  'callouts (令和8年度 採用予定数 14名 and two decoys); stacked column chart with a legend; 配属実績 as a '
                                  'treemap. p2: 試験区分 table; initiatives as milestones on a timeline band (above / below / above); '
                                  'support as an icon row; 研修; contacts | access.')
    return d, facts


# ------------------------------------------------------------------ 中国地方整備局 (grouped columns with a legend; bar list; SUNBURST exam breakdown)

def chugoku_seibi():
    d = Doc('chugoku-seibi-2026', 1103); init110(d)
    org, ta, tt = '中国地方整備局', '事務', '技術'
    col, tint = (0.10, 0.25, 0.55), (0.89, 0.92, 0.98)
    ca, ct = (0.10, 0.25, 0.55), (0.35, 0.65, 0.85)
    title = '職員採用案内 2026'
    edition = '令和8年3月現在'
    foots = ['国土交通省 中国地方整備局　職員採用案内 2026　1/2', '国土交通省 中国地方整備局　職員採用案内 2026　2/2']
    hire = hiring_rows([(2021, (12, 5), (20, 4), False), (2022, (14, 6), (19, 3), False),
                        (2023, (13, 5), (22, 5), False), (2024, (15, 7), (21, 4), False),
                        (2025, (13, 6), (23, 5), False), (2026, (16, None), (22, None), True)])
    lead = ['道路、河川、港湾、空港、官庁営繕。中国地方5県のインフラを整備し、災害から地域を守る仲間を募集します。']
    d.rect(30, 28, d.W - 60, 96, fill=col)
    d.put(46, 54, '国土交通省', font='G', size=11, color=WHITE)
    d.put(46, 90, org, font='G', size=26, color=WHITE)
    d.put(46, 113, title, font='G', size=13, color=WHITE)
    d.put(d.W - 34, 142, edition, size=9, align='r')
    d.put(34, 160, lead[0], size=8.6)
    info_band(d, 194, '数字で見る中国地方整備局', col)
    r7 = hire[4]
    callout(d, 30, 198, 210, '令和7年度 採用者数', str(r7['total']['count']), '名', f"うち女性{r7['total']['women']}名", col, tint)
    callout(d, 213, 381, 210, '管理する国道', '約1,600', 'km', '直轄管理区間', col, tint)
    callout(d, 396, 564, 210, '管内の一級水系', '12', '水系', '中国地方5県', col, tint)
    # hiring: grouped columns 事務 | 技術 with a legend, N（W） above each bar, the year and 計 under the group
    hintro = '採用者数の推移（単位：人）'
    hhead(d, 34, 334, hintro, col, size=10)
    legend(d, 390, 351, [(ta, ca), (tt, ct)])
    base, scale, gw = 482, 4.4, (d.W - 80) / 6
    d.hline(40, d.W - 40, base, lw=0.8, color=(0.3, 0.3, 0.3))
    body = []
    for g, r in enumerate(hire):
        gx = 40 + g * gw
        pl = r['planned']
        for b, (k, colr) in enumerate((('admin', ca), ('tech', ct))):
            bx = gx + (gw - 64) / 2 + b * 34
            c_ = r[k]
            top = bar(d, bx, 30, base, c_['count'], scale, (0.9, 0.9, 0.9) if pl else colr, planned=pl, stroke=colr)
            vi = d.put(bx + 15, top - 3, c_['cellText'], size=7, align='c')
            body.append(c_['cellText'])
            d.bars.append(dict(page=d.p, x0=bx, x1=bx + 30, ytop=top, ybase=base, value=c_['count'], scale=scale,
                               labels=[vi], stacked=False))
        d.put(gx + gw / 2, base + 12, r['labelText'], size=7.5, align='c', font='G')
        d.put(gx + gw / 2, base + 24, '計' + r['total']['cellText'], size=7.5, align='c')
        body += [r['labelText'], '計' + r['total']['cellText']]
    hnotes = ['※（ ）内は女性の数で内数です。', '※令和8年度は採用予定数です（破線の棒）。']
    for k, s in enumerate(hnotes): d.put(40, 520 + k * 12, s, size=7.6)
    # assignments: a horizontal bar list
    hhead(d, 34, 562, '配属実績', col, size=10)
    aintro = '令和7年度採用者の配属先（単位：人）'
    d.put(40, 579, aintro, size=8)
    legend(d, 390, 593, [(ta, ca), (tt, ct)])
    assign = [('総務部', 3, None), ('用地部', 4, None), ('企画部', None, 2), ('河川部', None, 4), ('道路部', 1, 4),
              ('港湾空港部', None, 2), ('営繕部', None, 3), ('広島国道事務所', 2, 3), ('太田川河川事務所', 1, 3),
              ('岡山国道事務所', 2, 2)]
    for k, (u, a, t) in enumerate(assign):
        hbar_row(d, 150, 158, 608 + k * 16.5, u, [(a or 0, ca), (t or 0, ct)], 30, unit_text(a, t), h=9, size=8)
    footer(d, foots[0], col)
    # ---- p2: exams as a SUNBURST
    d.new_page()
    hhead(d, 34, 62, '試験区分', col, size=10)
    exam_name = '国家公務員採用一般職試験（大卒程度試験）'
    d.put(40, 80, '試験：' + exam_name, size=8.2)
    exams = [(ta, [('行政', 16)]), (tt, [('土木', 14), ('建築', 3), ('電気・電子・情報', 3), ('機械', 2)])]
    total = sum(n for _, cats in exams for _, n in cats)
    cx, cy = 250, 232
    d.put(cx, cy - 12, '令和8年度', size=8, align='c', font='G')
    d.put(cx, cy - 1, '採用予定', size=8, align='c', font='G')
    d.put(cx, cy + 16, f'{total}名', size=15, align='c', font='G', color=col)
    a = 0.0
    inner_fill = [ca, ct]
    outer_fill = [[(0.30, 0.45, 0.75)], [(0.50, 0.75, 0.92), (0.62, 0.82, 0.95), (0.72, 0.87, 0.97), (0.82, 0.92, 0.99)]]
    spans = []
    for ti_, (tr, cats) in enumerate(exams):
        n = sum(c for _, c in cats)
        a1 = a + n * 360 / total
        d.wedge(cx, cy, 40, 70, a, a1, inner_fill[ti_])
        m = math.radians((a + a1) / 2)
        lx, ly = cx + 55 * math.sin(m), cy - 55 * math.cos(m)
        i1 = d.text(lx, ly - 2, tr, size=8, align='c', font='G', color=WHITE)
        i2 = d.text(lx, ly + 9, f'{n}名', size=8, align='c', font='G', color=WHITE)
        d.line(i1, i2)
        d.wedges.append(dict(page=d.p, ring=0, a0=a, a1=a1, count=n, parent=None, ids=[i1, i2]))
        spans.append((a, a1, cats, ti_))
        a = a1
    # outer ring; labels outside with elbow leader lines, clockwise from 12 o'clock
    pos = {'行政': ('r', -25), '土木': ('l', 80), '建築': ('l', -40), '電気・電子・情報': ('l', -80), '機械': ('l', -116)}
    labels = {}
    for (a0, a1, cats, ti_) in spans:
        a = a0
        for k, (c, n) in enumerate(cats):
            b = a + n * 360 / total
            d.wedge(cx, cy, 72, 100, a, b, outer_fill[ti_][k])
            m = math.radians((a + b) / 2)
            px, py = cx + 101 * math.sin(m), cy - 101 * math.cos(m)
            side, dy = pos[c]
            lx = cx + 125 if side == 'r' else cx - 125
            d.seg(px, py, lx + (-4 if side == 'r' else 4), cy + dy - 4, lw=0.5, color=GREY)
            al = 'l' if side == 'r' else 'r'
            p_ = pct_of(n, total)
            s2 = f'{n}名（{p_}{PCT}）'
            i1 = d.text(lx, cy + dy - 4, c, size=8.4, align=al, font='G')
            i2 = d.text(lx, cy + dy + 8, s2, size=8, align=al)
            d.line(i1, i2)
            labels[c] = s2
            d.wedges.append(dict(page=d.p, ring=1, a0=a, a1=b, count=n, parent=ti_, ids=[i1, i2]))
            a = b
    legend(d, 420, 150, [('内側：区分', ca), ('外側：試験区分', (0.62, 0.82, 0.95))])
    enotes = [f'※{PCT}は採用予定数{total}名に占める割合です。']
    d.put(40, 358, enotes[0], size=7.6)
    # two columns
    L, R = 34, 310
    y0 = 396
    hhead(d, L, y0, '研修', col, size=10)
    training = ['採用後は国土交通大学校と局の研修で基礎を学び、', '工事事務所と本局を3年ほどで経験します。',
                '災害時には、TEC-FORCEの一員として被災地を', '支援するための訓練も受けます。']
    for k, s in enumerate(training): d.put(L, y0 + 18 + k * 12.5, s, size=8)
    y = y0 + 18 + len(training) * 12.5 + 18
    hhead(d, L, y, '働きやすい職場づくり', col, size=10)
    inits = [('工事現場の週休二日', ['発注するすべての工事で', '週休2日を進めています。']),
             ('事務所間のテレビ会議', ['県境を越える打合せも', '移動せずに行えます。'])]
    bullets(d, L, y + 20, inits, '◆')
    hhead(d, R, y0, '仕事と家庭の両立支援', col, size=10)
    support_lines = [('育児休業', '子が3歳に達するまで', '男性職員の取得が進んでいます。'),
                     ('配偶者出産休暇', '2日', '出産の付き添いなどに使えます。'),
                     ('子の看護等休暇', '年5日', '子が2人以上の場合は年10日です。')]
    sprinted = []
    for k, (nm, du, tx) in enumerate(support_lines):
        yy = y0 + 34 + k * 46
        person_icon(d, R + 16, yy, 14, col)
        s = f'●{nm}（{du}）'
        d.put(R + 38, yy - 2, s, font='G', size=8.2); sprinted.append(s)
        d.put(R + 38, yy + 11, tx, size=7.8)
    yb = 640
    d.hline(30, d.W - 30, yb - 22, lw=0.8, color=col)
    office, tel, email = '中国地方整備局総務部人事課', '082-511-6142', 'saiyo-chugoku@cgr.mlit.go.jp'
    hhead(d, L, yb, 'お問い合わせ', col, size=10)
    d.put(L, yb + 19, office, size=8.4)
    d.put(L, yb + 33, 'TEL ' + tel, size=8.4)
    d.put(L, yb + 47, 'E-mail ' + email, size=8.2)
    address = '〒730-8530 広島県広島市中区上八丁堀6-30 広島合同庁舎2号館'
    routes = [('アストラムライン城北駅から徒歩約10分', '城北'), ('JR山陽本線新白島駅から徒歩約15分', '新白島')]
    hhead(d, R, yb, 'アクセス', col, size=10)
    d.put(R, yb + 19, '〒730-8530 広島県広島市中区上八丁堀6-30', size=8.2)
    d.put(R, yb + 32, '広島合同庁舎2号館', size=8.2)
    for k, (s, st) in enumerate(routes): d.put(R, yb + 47 + k * 13, s, size=8.2)
    footer(d, foots[1], col)
    facts = base_facts(org, title, edition, '令和8年3月', '2026-03', lead, hire, ta, tt,
                       'grouped column chart 事務 | 技術 with a legend; N（W） above each bar; under each group the year, then 計N（W）',
                       ['年度', ta, tt, '計'], ['label', 'admin', 'tech', 'total'], [hintro], hnotes,
                       assign, aintro, 'horizontal bar list: unit right-aligned, a two-segment bar, 事務N・技術N at the bar end; a legend',
                       '試験区分', exam_name, exams, 'SUNBURST (two-ring donut): inner ring the tracks (事務 16名 / 技術 22名), outer ring the categories, labelled outside with elbow leader lines as category / N名（P%）, clockwise from 12 o\'clock',
                       [],
                       '研修', [''.join(training)], inits, '◆title / indented text', '働きやすい職場づくり',
                       support_lines, '仕事と家庭の両立支援', 'person icon at the left, ●name（duration） beside it, one text line under', sprinted,
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(exams='a sunburst: the track of a category is given only by the inner wedge its outer wedge stands on (and by the shade); labels category / N名（P%） outside the ring, left-side labels right-aligned'))
    facts['hiring']['printedRows'] = body
    facts['assignments']['note'] = []
    facts['exams']['note'] = enotes
    facts['exams']['chart'] = 'sunburst'
    facts['exams']['labels'] = labels
    facts['access']['addressPrinted'] = ['〒730-8530 広島県広島市中区上八丁堀6-30', '広島合同庁舎2号館']
    facts['decoys'].update(pages=2, footers=foots, infoTitle='数字で見る中国地方整備局',
                           layout='A4 portrait, 2 pp. p1: masthead band, edition, lead; band 数字で見る中国地方整備局; three '
                                  'big-number callouts (令和7年度 採用者数 36名 and two decoys); grouped column chart with a legend, '
                                  '計 under each year; 配属実績 as a horizontal bar list. p2: 試験区分 as a sunburst; 研修 + initiatives '
                                  '| support as an icon list; contacts | access.')
    return d, facts


BUILDERS = {'kinki-kankyo-2026': kinki_kankyo, 'yamaguchi-u-2026': yamaguchi_u, 'chugoku-seibi-2026': chugoku_seibi}

def base_facts(org, title, edition, asof_text, asof, lead, hire, ta, tt, hlayout, header, columns, intro, note,
               assign, aintro, alayout, etitle, exam_name, exams, elayout, eheader, ttitle, tparas,
               inits, ifmt, ititle, supports, stitle, sfmt, sprinted, office, tel, teltext, email, emailtext,
               address, routes, bullet_routes, decoys):
    return {
        'organization': org,
        'document': f'{org} {title}',
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
    """Set 110's frame: A4 portrait infographic pages (数字で見る…): a band title on p1, big-number callouts, charts
    whose drawn sizes agree with their printed values, the footers (furniture), the newest 現在 date."""
    err = []
    dec = f['decoys']
    if (round(d.W, 1), round(d.H, 1)) != (round(A4[0], 1), round(A4[1], 1)): err.append('page size')
    if len(d.pages) != dec.get('pages') or not 2 <= len(d.pages) <= 3: err.append('page count')
    for p in range(len(d.pages)):
        fu = [it for it in d.items if it['page'] == p and it['furniture']]
        if len(fu) != 1 or fu[0]['s'] != dec['footers'][p] or fu[0]['y'] < d.H - 40: err.append(f'page {p + 1}: footer')
    exp = d.expected()
    lines = [l for l in exp.split('\n') if l.strip() and l != '\f']
    # the infographic band on p1
    if not any(p == 0 and s == dec.get('infoTitle') and s.startswith('数字で見る') for p, s in d.infotitle) or dec.get('infoTitle') not in lines:
        err.append('no 数字で見る band on p1')
    # big-number callouts: number >= 36 pt with its unit on the same baseline, a caption above, a line below
    if not d.callouts: err.append('no big-number callout')
    for (p, nids, ci, si) in d.callouts:
        n, u = d.items[nids[0]], d.items[nids[1]]
        if n['size'] < 36 or u['size'] >= n['size'] or abs(n['y'] - u['y']) > 0.01: err.append(f'callout {n["s"]}')
        if not d.items[ci]['y'] < n['y'] - n['size'] * 0.8 < n['y'] < d.items[si]['y'] - d.items[si]['size'] * 0.8: err.append(f'callout order {n["s"]}')
    # vertical bars: height = value x scale; the value label centred on the bar, above it (or inside a stacked segment)
    if not d.bars: err.append('no bar chart')
    for b in d.bars:
        if abs((b['ybase'] - b['ytop']) - b['value'] * b['scale']) > 0.01: err.append(f'bar height {b["value"]}')
        for i in b['labels']:
            it = d.items[i]
            cx = it['x'] + it['w'] / 2
            if abs(cx - (b['x0'] + b['x1']) / 2) > 0.6: err.append(f'bar label off its bar {it["s"]!r}')
            m = re.match(r'[0-9０-９]+', unicodedata.normalize('NFKC', it['s']).lstrip('計'))
            if not m or int(m.group(0)) != b['value']: err.append(f'bar label value {it["s"]!r}')
            if b['stacked']:
                if not (b['ytop'] < it['y'] - it['size'] * 0.88 and it['y'] < b['ybase']): err.append(f'segment label outside {it["s"]!r}')
            elif not (b['ytop'] - 12 < it['y'] <= b['ytop']): err.append(f'bar label not above its bar {it["s"]!r}')
    # two-level category axis: a track label under every bar (and no legend) exactly when the facts say so
    if bool(dec.get('twoLevelAxis')) != bool(d.axis_tracks): err.append('two-level axis flag')
    if dec.get('twoLevelAxis'):
        if d.legends and any(p == 0 and d.items[ids[0]]['y'] < 540 for p, ids in d.legends): err.append('two-level axis with a chart legend')
        if len(d.axis_tracks) != len([b for b in d.bars if not b['stacked']]): err.append('a bar without its track label')
    # horizontal bars: length = value x scale, the label after the bar's end
    for b in d.hbars:
        if abs(b['length'] - b['value'] * b['scale']) > 0.01: err.append(f'hbar length {b["value"]}')
        it = d.items[b['label']]
        if it['x'] < b['x0'] + b['length'] or abs(it['y'] - (b['y0'] + b['h'] - 1.5)) > 0.01: err.append(f'hbar label {it["s"]!r}')
        if sum(int(x) for x in re.findall(r'\d+', it['s'])) != b['value']: err.append(f'hbar value {it["s"]!r}')
    # treemap: tile areas proportional to the counts; texts inside their tiles; tiles tile the region
    if bool(f['assignments'].get('treemap')) != bool(d.tiles): err.append('treemap flag')
    if d.tiles:
        area = sum(t['w'] * t['h'] for t in d.tiles); tot = sum(t['count'] for t in d.tiles)
        for t in d.tiles:
            if abs(t['w'] * t['h'] / area - t['count'] / tot) > 1e-6: err.append(f'tile area {t["count"]}')
            for i in t['ids']:
                x0, y0, x1, y1 = d.items[i]['x'], d.items[i]['y'] - d.items[i]['size'] * 0.88, d.items[i]['x'] + d.items[i]['w'], d.items[i]['y'] + d.items[i]['size'] * 0.12
                if not (t['x'] + 2 < x0 and x1 < t['x'] + t['w'] - 2 and t['y'] + 2 < y0 and y1 < t['y'] + t['h'] - 2): err.append(f'tile text outside {d.items[i]["s"]!r}')
        for a in range(len(d.tiles)):
            for b in range(a + 1, len(d.tiles)):
                A, B = d.tiles[a], d.tiles[b]
                if A['x'] < B['x'] + B['w'] - 1e-6 and B['x'] < A['x'] + A['w'] - 1e-6 and A['y'] < B['y'] + B['h'] - 1e-6 and B['y'] < A['y'] + A['h'] - 1e-6:
                    err.append('tiles overlap')
        units = [r['unit'] for r in f['assignments']['rows']]
        for t, u in zip(d.tiles, units):
            if d.items[t['ids'][0]]['s'] != u: err.append(f'tile unit {u}')
    # sunburst: wedge extents proportional to the counts; outer wedges inside their parent
    e = f['exams']
    if (e.get('chart') == 'sunburst') != bool(d.wedges): err.append('sunburst flag')
    if d.wedges:
        for ring in (0, 1):
            ws = [w for w in d.wedges if w['ring'] == ring]
            tot = sum(w['count'] for w in ws)
            if abs(ws[0]['a0']) > 1e-9 or abs(ws[-1]['a1'] - 360) > 1e-6: err.append(f'ring {ring} not closed')
            for w0, w1 in zip(ws, ws[1:]):
                if abs(w0['a1'] - w1['a0']) > 1e-9: err.append('ring gap')
            for w in ws:
                if abs((w['a1'] - w['a0']) - w['count'] * 360 / tot) > 1e-6: err.append(f'wedge extent {w["count"]}')
        inner = [w for w in d.wedges if w['ring'] == 0]
        for w in d.wedges:
            if w['ring'] == 1:
                P = inner[w['parent']]
                if not (P['a0'] - 1e-9 <= w['a0'] and w['a1'] <= P['a1'] + 1e-9): err.append('outer wedge outside its parent')
        pcts = [re.fullmatch(r'\d+名（(\d+)%）', v) for v in e['labels'].values()]
        if not all(pcts) or sum(int(m.group(1)) for m in pcts) != 100: err.append('percentage labels')
    # timeline initiatives: milestones left to right, labels alternately above and below the band
    if bool(dec.get('timelineInitiatives')) != bool(d.milestones): err.append('timeline flag')
    if d.milestones:
        if len(d.milestones) != len(f['initiatives']): err.append('milestones != initiatives')
        for k, m in enumerate(d.milestones):
            if m['side'] != ('above', 'below')[k % 2]: err.append('milestones not alternating')
            if k and m['x'] <= d.milestones[k - 1]['x']: err.append('milestones not left to right')
            ys = [d.items[i]['y'] for i in m['ids']]
            if m['side'] == 'above' and not max(ys) < m['band'][0]: err.append('above label not above the band')
            if m['side'] == 'below' and not min(ys) - 9 > m['band'][1]: err.append('below label not below the band')
            if d.items[m['ids'][1]]['s'] != f['initiatives'][k]['title']: err.append('milestone title')
    # every 現在 date: the edition is the newest
    dates = [(int(y), int(m)) for y, m in re.findall(r'令和(\d+)年(\d+)月(?:\d+日)?現在', unicodedata.normalize('NFKC', exp))]
    want = tuple(int(x) for x in f['edition']['asOf'].split('-'))
    if not dates or max((2018 + y, m) for y, m in dates) != want: err.append('edition not the newest 現在 date')
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
    first2 = any(unread(l).startswith(f['organization']) for l in lines[:2]) or lines[0] + lines[1] == f['organization']
    if f['decoys'].get('coverPanel'):
        # nanmoku: the front cover is the RIGHT panel of p1 (panels read left to right): the name is a line of p1,
        # not one of the first two lines (the flag must be true)
        p1 = [l for l in exp.split('\f')[0].split('\n') if l.strip()]
        if first2 or f['organization'] not in p1: err.append('cover panel organisation')
    elif not first2:
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
        # yurihonjo: newspaper years, the last two digits of the western year (21年度), no apostrophe
        if f['decoys'].get('twoDigitYears'):
            m = re.fullmatch(r'(\d\d)年度(（予定）)?', r['labelText'])
            if not m or int(m.group(1)) != r['fiscalYear'] % 100: err.append('two-digit year label')
        elif not r['labelText'].startswith('令和'): err.append('label not an era label')
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
        # nanmoku / nagoya-kosoku: leader lists closed by a 計 line (事務計, 計) that is no unit
        if re.search(r'(^|[^会])計$', r['unit']) or r['unit'] in ('計', '合計', '小計'): err.append(f'計 line as unit {r["unit"]}')
        if r['unit'] not in exp: err.append(f'unit not printed {r["unit"]}')
    # set 110: how each unit is printed — a bar-list row (unit, counts), a treemap tile (unit line, counts line) or a
    # 各1名 line (kinki-kankyo)
    tail = a.get('tail')
    tailed = set()
    if tail:
        for k, key in (('admin', 'admin'), ('tech', 'tech')):
            other = 'tech' if key == 'admin' else 'admin'
            for u in tail[k]:
                r = [x for x in a['rows'] if x['unit'] == u]
                if not r or r[0][key] != 1 or r[0][other]: err.append(f'tail unit {u}')
                tailed.add(u)
        want = [f"このほか各1名（{h['tracks']['admin']}）：" + '、'.join(tail['admin']),
                f"このほか各1名（{h['tracks']['tech']}）：" + '、'.join(tail['tech'])]
        if tail['printed'] != want: err.append('tail lines')
        for s_ in want: printed(s_, 'tail line')
        if any((r['admin'] or 0) + (r['tech'] or 0) == 1 and r['unit'] not in tailed for r in a['rows']): err.append('one-hire unit not in a tail')
    elif re.search('各1名', exp): err.append('unrecorded 各1名 line')
    def utext(r):
        return '・'.join(([f"{h['tracks']['admin']}{r['admin']}"] if r['admin'] else []) + ([f"{h['tracks']['tech']}{r['tech']}"] if r['tech'] else []))
    for r in a['rows']:
        if r['unit'] in tailed: continue
        if a.get('treemap'):
            if not any(lines[k] == r['unit'] and lines[k + 1] == utext(r) for k in range(len(lines) - 1)): err.append(f'tile {r["unit"]}')
        elif f"{r['unit']}\t{utext(r)}" not in lines: err.append(f'bar row {r["unit"]}')
    j = a.get('jump')
    pages = exp.split('\f')
    if j:
        if j['unitsFrom'] + j['unitsTo'] != units: err.append('jump units')
        for m in j['marks']: printed(m, 'jump mark')
        pf = int(j['from'][0]) - 1; pt = int(j['to'][0]) - 1
        if not (pf < pt < len(pages)): err.append('jump pages'); pt = pf = 0
        p_from = [l.split('\t')[0] for l in pages[pf].split('\n')]; p_to = [l.split('\t')[0] for l in pages[pt].split('\n')]
        if not all(u in p_from and u not in p_to for u in j['unitsFrom']) or not all(u in p_to and u not in p_from for u in j['unitsTo']):
            err.append('jump pages')
        if any(l.startswith('配属先') for l in pages[pt].split('\n')): err.append('jump: header repeated')
        if j['marks'][0] not in pages[pf] or j['marks'][1] not in pages[pt]: err.append('jump marks pages')
    elif re.search('面へ続く|面から続く', exp): err.append('unrecorded jump')
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
            # chugoku-seibi: a sunburst; each outer wedge labelled category / N名（P%） (one line, two pieces)
            if e.get('chart') == 'sunburst':
                tot = sum(x['total'] for x in e['entries'])
                want = f"{b['count']}名（{int(b['count'] * 100 / tot + 0.5)}%）"
                if e['labels'].get(b['category']) != want or f"{b['category']}\t{want}" not in lines: err.append(f'sunburst label {b}')
                continue
            cc = e.get('countColumn')
            if cc is not None:
                # nagoya-kosoku: an age column 受験資格（年齢） AFTER the count: the count is the cell right after the category
                if not any(len(l.split('\t')) > cc and l.split('\t')[cc - 1] == b['category'] and unicodedata.normalize('NFKC', l.split('\t')[cc]) == str(b['count']) for l in lines):
                    err.append(f'category row (count column) {b}')
                continue
            if q is None and not any(l.endswith(f'\t{b["category"]}\t{b["count"]}') or (b['category'] in l.split('\t')[:2] and l.split('\t')[-1] == str(b['count'])) or (l.split('\t')[0] == f'{en["track"]}（{b["category"]}）' and l.split('\t')[-1] == str(b['count'])) for l in lines): err.append(f'category row {b}')
    for p in f['lead']['text'] + h['intro'] + h['note']: printed(p, 'lead/intro/note')
    for s in e.get('printedRows', []) + e.get('note', []): printed(s, 'exam row/note')
    if norm(''.join(f['training']['paragraphs'])) not in flat: err.append('training')
    printed(f['training']['title'] if f['training']['title'] in lines else '■' + f['training']['title'], 'training title')
    for i in f['initiatives']:
        for p in i['printed']: printed(p, 'initiative')
        # miyazaki: an unmarked headline, a ―…― sub-headline, then the body
        if f['decoys'].get('headlineInitiatives'):
            if i['printed'][0] != i['title'] or not (i['printed'][1].startswith('―') and i['printed'][1].endswith('―')):
                err.append('headline initiative')
        # yamaguchi-u: milestones on a timeline band, the title unmarked under its year
        elif f['decoys'].get('timelineInitiatives'):
            if i['printed'][0] != i['title'] or not re.fullmatch(r'20\d\d年度', i.get('year', '')) or i['year'] not in lines:
                err.append('timeline initiative')
        elif not i['printed'][0].startswith(('◆', '■', '▶', '●')): err.append('initiative mark')
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
        # takaoka: the office after a one-kanji label 問 on the same baseline (one line, two pieces)
        if c.get('label'):
            printed(c['label'] + '\t' + c['office'], 'labelled office')
            if len(c['label']) != 1: err.append('label not one kanji')
        else:
            printed(c['office'], 'office')
            if any(re.fullmatch(r'.\t' + re.escape(c['office']), l) for l in lines): err.append('unrecorded office label')
        if not c['office'].startswith(f['organization']): err.append('office org')
        for t in c['tel']:
            if not re.fullmatch(r'0\d+-\d+-\d{4}', t): err.append('tel form')
        for t in c['telText'] + c['emailText']: printed(t, 'contact line')
        for m, mt in zip(c['email'], c['emailText']):
            if not mt.endswith(' ' + m): err.append('email line')
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
        for e in f['exams']['entries']:
            g = e['exam'].replace('大学卒業程度', '大学院修了程度').replace('大卒程度', '院卒程度')
            e['exam'] = g if g != e['exam'] else g + '（大学院修了程度）'
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
    def footer_text_differs(d, f):
        [it for it in d.items if it['furniture']][-1]['s'] += ' 別冊'
    def footer_extra(d, f):
        d.p = 0
        d.text(d.W / 2, d.H - 30, f['decoys']['footers'][0], size=6.8, furniture=True)
    def continued_row_to_admin(d, f):
        e = f['exams']['entries']
        e[0]['breakdown'].append(e[1]['breakdown'].pop())
    def abbreviation_as_name(d, f):
        s0 = f['supportSystems'][0]
        m = re.match(r'●[^（]+（([^）]+)）（', s0['printed'])
        s0['name'] = m.group(1) if m else s0['name'][:1] + '休'
    # ---- kept from set 109
    def jump_toggled(d, f):
        a = f['assignments']
        a['jump'] = {'from': '1面', 'to': '2面', 'marks': ['→2面へ続く', '（1面から続く）'],
                     'unitsFrom': [r['unit'] for r in a['rows']][:3], 'unitsTo': [r['unit'] for r in a['rows']][3:]}
    def jump_mark_unrecorded(d, f):
        d.p = len(d.pages) - 1
        d.put(40, d.H - 46, '→2面へ続く', size=8)
    def subtotal_as_unit(d, f):
        a = f['assignments']['rows']
        a.append({'unit': '計', 'admin': sum(r['admin'] or 0 for r in a), 'tech': sum(r['tech'] or 0 for r in a)})
    def counts_swapped(d, f):
        b = [e for e in f['exams']['entries'] if len(e['breakdown']) >= 2][0]['breakdown']
        b[0]['count'], b[1]['count'] = b[1]['count'], b[0]['count']
    def label_claimed(d, f): f['contacts'][0]['label'] = '問'
    def label_in_office(d, f):
        c = f['contacts'][0]; c['office'] = '問' + c['office']
    def two_digit_claimed(d, f): f['decoys']['twoDigitYears'] = True
    def headline_initiatives_claimed(d, f): f['decoys']['headlineInitiatives'] = True
    def newer_genzai(d, f):
        d.p = 0
        d.put(40, d.H - 44, '令和9年1月現在', size=7)
    def page_size(d, f): d.W += 100
    # ---- set 110
    def info_band_dropped(d, f): d.infotitle.clear()
    def info_band_renamed(d, f): f['decoys']['infoTitle'] = f['decoys']['infoTitle'].replace('数字で見る', '図で見る')
    def callouts_dropped(d, f): d.callouts.clear()
    def callout_small(d, f): d.items[d.callouts[0][1][0]]['size'] = 24
    def callout_caption_below(d, f):
        p, nids, ci, si = d.callouts[0]
        d.items[ci]['y'] = d.items[si]['y'] + 14
    def pages_claimed(d, f): f['decoys']['pages'] = 3
    def bar_height(d, f): d.bars[1]['ytop'] -= 5
    def bar_label_off(d, f): d.items[d.bars[2]['labels'][0]]['x'] += 9
    def bar_label_value(d, f):
        it = d.items[d.bars[3]['labels'][0]]
        it['s'] = str(d.bars[3]['value'] + 1) + it['s'][len(str(d.bars[3]['value'])):] if not it['s'].startswith('計') else it['s']
        if it['s'].startswith('計'): d.bars[3]['value'] += 1
    def bar_label_high(d, f):
        b = [b for b in d.bars if not b['stacked']][0]
        d.items[b['labels'][0]]['y'] -= 20
    def two_level_toggled(d, f):
        dec = f['decoys']
        if dec.get('twoLevelAxis'): del dec['twoLevelAxis']
        else: dec['twoLevelAxis'] = True
    def axis_track_missing(d, f):
        if d.axis_tracks: d.axis_tracks.pop()
        else: f['decoys']['twoLevelAxis'] = True
    def hbar_length(d, f):
        if d.hbars: d.hbars[0]['length'] += 8
        else: f['assignments']['tail'] = {'admin': [], 'tech': [], 'printed': []}
    def treemap_toggled(d, f):
        a = f['assignments']
        if a.get('treemap'): del a['treemap']
        else: a['treemap'] = True
    def tile_area(d, f):
        if d.tiles: d.tiles[1]['w'] += 6
        else: f['assignments']['treemap'] = True
    def tile_text_out(d, f):
        if d.tiles: d.items[d.tiles[2]['ids'][1]]['y'] += 80
        else: f['assignments']['treemap'] = True
    def sunburst_toggled(d, f):
        e = f['exams']
        if e.get('chart'): del e['chart']
        else: e['chart'] = 'sunburst'; e['labels'] = {}
    def wedge_extent(d, f):
        if d.wedges: d.wedges[3]['a1'] += 4
        else: f['exams']['chart'] = 'sunburst'; f['exams']['labels'] = {}
    def wedge_parent(d, f):
        if d.wedges: [w for w in d.wedges if w['ring'] == 1][0]['parent'] = 1
        else: f['exams']['chart'] = 'sunburst'; f['exams']['labels'] = {}
    def percent_wrong(d, f):
        e = f['exams']
        if e.get('labels'):
            k = list(e['labels'])[1]; e['labels'][k] = e['labels'][k].replace('%', '.0%')
        else: e['chart'] = 'sunburst'; e['labels'] = {'x': '1名（100%）'}
    def timeline_toggled(d, f):
        dec = f['decoys']
        if dec.get('timelineInitiatives'): del dec['timelineInitiatives']
        else: dec['timelineInitiatives'] = True
    def milestone_same_side(d, f):
        if d.milestones: d.milestones[1]['side'] = 'above'
        else: f['decoys']['timelineInitiatives'] = True
    def milestone_year_unprinted(d, f):
        if f['decoys'].get('timelineInitiatives'): f['initiatives'][0]['year'] = '2019年度'
        else: f['decoys']['timelineInitiatives'] = True
    def tail_unit_moved(d, f):
        a = f['assignments']
        if a.get('tail'): a['tail']['admin'].append(a['tail']['tech'].pop())
        else: a['tail'] = {'admin': [a['rows'][0]['unit']], 'tech': [], 'printed': []}
    def tail_two_hires(d, f):
        a = f['assignments']
        if a.get('tail'):
            u = a['tail']['admin'][0]
            for r in a['rows']:
                if r['unit'] == u: r['admin'] = 2
            a['rows'][1]['admin'] -= 1
        else: a['tail'] = {'admin': [], 'tech': [], 'printed': []}
    def unit_counts_swapped(d, f):
        r = [r for r in f['assignments']['rows'] if r['admin'] and r['tech'] and r['admin'] != r['tech']][0]
        r['admin'], r['tech'] = r['tech'], r['admin']
        o = [x for x in f['assignments']['rows'] if x is not r and x['admin'] and x['admin'] > 1 and not x['tech']]
        # keep the sums: move the difference to another row
        diff = r['admin'] - r['tech']
        if o: o[0]['admin'] -= diff
    def older_asof(d, f):
        y, m = f['edition']['asOf'].split('-')
        f['edition']['asOf'] = f'{y}-{int(m) - 1:02d}'
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
