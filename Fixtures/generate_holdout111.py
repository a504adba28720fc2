#!/usr/bin/env python3
"""Blind holdout set 111: three local public bodies (八代市, 伊勢崎市, 益子町) as WEB PAGES PRINTED TO PDF FROM A
BROWSER (a municipality's 職員採用 page saved with 「印刷」→ PDF).

Self-contained (generate_holdout109.py's machinery, checks extended): a page model in top-down
coordinates, a table helper, reportlab's canvas (invariant=1, no page compression), the
facts and the checks. Every visual text piece is one text object; the objects of a page
are written after its graphics in a seeded shuffled order. Frame: A4 portrait, 2-3 pages; the
browser's print header (date and time, the page's <title>) and print footer (URL, n/N) on every
page; the site header, a global navigation bar, breadcrumbs, (one page with) a left sidebar menu,
h1/h2/h3 headings, bordered HTML tables with captions, lists, ページの先頭へ戻る links, the
このページに関するお問い合わせ box and the site footer; content flowed over the page breaks where
the browser cut it (a table cut between rows, its header not repeated; a list item cut).

  python3 Fixtures/generate_holdout111.py                   # all three
  python3 Fixtures/generate_holdout111.py isesaki-2026      # one
  python3 Fixtures/generate_holdout111.py --selftest        # inject faults; every one must be refused
"""
import io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout111')
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
                if g[0] == 'rect':
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





# ------------------------------------------------------------------ web page printed from a browser (set 111)

LINK = (0.0, 0.25, 0.65)
GREY = (0.4, 0.4, 0.4)
WHITE = (1, 1, 1)
PRINT_DATE = '2026/04/03 10:21'
FIG_ISESAKI, FIG_MASHIKO = 110, 150


def init111(d):
    d.h2s = []        # (page, text, has_bar)
    d.h3s = []        # (page, item id)
    d.toplinks = []   # (page, item id)
    d.cuts = []       # {'kind', 'name', 'pages', 'rows'} where the browser cut a table or a list item
    d.sidebar = []    # item ids of the left sidebar menu
    d.main = []       # item ids of the main column
    d.links = []      # (page, item ids of a link's text, url or None)
    d.accordions = [] # item ids of closed accordion summaries
    d.box = None      # (page, title item id): このページに関するお問い合わせ
    d.sitefoot = []   # item ids of the site footer
    d.footcols = 0
    d.nav = None      # the global navigation line (item ids)
    d.crumbs = None   # the breadcrumb line (item ids)
    d.bullets = []    # (page, x, y) graphic list markers
    d.heads = {}      # (page, header text) of table header rows drawn


def wrap(s, font, size, width):
    out, cur = [], ''
    for ch in s:
        if sw(cur + ch, font, size) > width and cur:
            if ch in KINSOKU:
                ch, cur = cur[-1] + ch, cur[:-1]
            out.append(cur); cur = ch
        else:
            cur += ch
    if cur: out.append(cur)
    return out


class Web:
    """A browser's flow of the main column: blocks are placed top-down and the page is cut where a block does not fit."""

    def __init__(self, d, x0, x1, col, tint, y, size=8.6, top=54):
        self.d, self.x0, self.x1, self.col, self.tint, self.y, self.size = d, x0, x1, col, tint, y, size
        self.top, self.bottom = top, d.H - 52
        self.lh = size * 1.8

    def need(self, h):
        if self.y + h > self.bottom:
            self.d.new_page(); self.y = self.top
            return True
        return False

    def put(self, x, s, **kw):
        i = self.d.put(x, self.y, s, **kw)
        self.d.main.append(i)
        return i

    def gap(self, h): self.y += h

    def h1(self, s):
        self.need(40); self.y += 20
        self.put(self.x0, s, font='G', size=16.5, color=self.col)
        self.d.hline(self.x0, self.x1, self.y + 8, lw=2.4, color=self.col)
        self.d.hline(self.x0, self.x1, self.y + 10.5, lw=0.5, color=self.col)
        self.y += 26

    def meta(self, cells, size=7.8):
        self.need(14); self.y += 2
        ids = []
        x = self.x1
        for s in reversed(cells):
            ids.insert(0, self.d.text(x, self.y, s, size=size, align='r', color=GREY)); x -= sw(s, 'M', size) + 14
        self.d.line(*ids); self.d.main.extend(ids)
        self.y += 14

    def h2(self, s, bar=True):
        self.need(80); self.y += 18
        self.put(self.x0 + 2, s, font='G', size=12.5)
        if bar: self.d.hline(self.x0, self.x1, self.y + 6, lw=2.2, color=self.col)
        self.d.h2s.append((self.d.p, s, bar))
        self.y += 24

    def h3(self, s):
        self.need(60); self.y += 6
        self.d.rect(self.x0, self.y - 11, 4, 15, fill=self.col)
        self.d.hline(self.x0, self.x1, self.y + 6, lw=0.4, color=(0.7, 0.7, 0.7))
        i = self.put(self.x0 + 11, s, font='G', size=10.4)
        self.d.h3s.append((self.d.p, i))
        self.y += 20
        return i

    def p(self, lines, indent=0, size=None, font='M', color=(0, 0, 0), after=5):
        size = size or self.size
        if isinstance(lines, str): lines = wrap(lines, font, size, self.x1 - self.x0 - indent)
        for s in lines:
            assert sw(s, font, size) <= self.x1 - self.x0 - indent + 0.5, f'{self.d.name}: too wide {s!r}'
            self.need(self.lh); self.y += size
            self.put(self.x0 + indent, s, font=font, size=size, color=color)
            self.y += self.lh - size
        self.y += after
        return lines

    def rline(self, s, size=8.0):
        self.need(self.lh); self.y += size
        self.put(self.x1, s, size=size, align='r')
        self.y += 6

    def caption(self, s, width, size=8.8):
        self.need(size + 60); self.y += size
        self.put(self.x0 + width / 2, s, font='G', size=size, align='c')
        self.y += 6

    def table(self, name, widths, rows, rh=18, header=1, size=8.2):
        """An HTML table: the browser cuts it between row groups (a row-spanning cell keeps its rows together);
        the header row is NOT repeated on the next page."""
        groups, r = [], 0
        while r < len(rows):
            end, k = r + 1, r
            while k < end:
                for cell in rows[k]:
                    if isinstance(cell, dict): end = max(end, k + cell.get('rs', 1))
                k += 1
            groups.append((r, end)); r = end
        if header: groups = [(0, groups[header][1])] + groups[header + 1:]   # the header stays with the first group
        self.need((groups[0][1] - groups[0][0]) * rh)
        chunks, cur, y = [], [], self.y
        for (a, b) in groups:
            if cur and y + (b - a) * rh > self.bottom:
                chunks.append(cur); cur = []; y = self.top
            cur.append((a, b)); y += (b - a) * rh
        chunks.append(cur)
        out = []
        for n, rngs in enumerate(chunks):
            if n: self.d.new_page(); self.y = self.top
            a, b = rngs[0][0], rngs[-1][1]
            hh = header if n == 0 else 0
            self.y = self.d.table(self.x0, self.y, widths, rows[a:b], rh=rh, header=hh, size=size, hfill=self.tint)
            out.append((self.d.p, b - a - hh))
        self.d.heads[name] = (out[0][0], rows[0] if header else None)
        if len(out) > 1:
            self.d.cuts.append({'kind': 'table', 'name': name, 'pages': [p + 1 for p, _ in out], 'rows': [k for _, k in out]})
        self.y += 6
        return out

    def ul(self, items, name, size=None, step=None, font='M', disc=True):
        """A bulleted list (<ul>): the disc is drawn (no text), the item's lines follow; the browser may cut an item."""
        size = size or self.size
        step = step or self.lh
        for lines in items:
            p0 = self.d.p
            for k, s in enumerate(lines):
                self.need(step); self.y += size
                if k == 0 and disc:
                    self.d.rect(self.x0 + 5, self.y - size * 0.42, 3, 3, fill=(0.2, 0.2, 0.2))
                    self.d.bullets.append((self.d.p, self.x0 + 5, self.y))
                if disc: self.put(self.x0 + 14, s, font=font, size=size)
                else: self.put(self.x0 + (0 if k == 0 else 12), s, font='G' if k == 0 else font, size=size)
                self.y += step - size
            if self.d.p != p0:
                self.d.cuts.append({'kind': 'list item', 'name': name + ': ' + lines[0], 'pages': [p0 + 1, self.d.p + 1],
                                    'rows': []})
        self.y += 4

    def figure(self, h, cap, width=None):
        """An <img> (a grey placeholder) with its <figcaption> centred under it."""
        width = width or (self.x1 - self.x0)
        self.need(h + 20); self.y += 4
        self.d.rect(self.x0, self.y, width, h, fill=(0.82, 0.82, 0.80))
        self.y += h + 12
        self.put(self.x0 + width / 2, cap, size=7.6, align='c', color=GREY)
        self.y += 6

    def toplink(self):
        self.need(18); self.y += 12
        i = self.put(self.x1, '▲ページの先頭へ戻る', size=7.8, align='r', color=LINK)
        self.d.toplinks.append((self.d.p, i))
        self.y += 4

    def link(self, lines, url=None, size=None, indent=0):
        """A link (blue); with the print stylesheet its URL follows in brackets (lines already broken by the caller)."""
        size = size or self.size
        ids = []
        for s in lines:
            self.need(self.lh); self.y += size
            ids.append(self.put(self.x0 + indent, s, size=size, color=LINK))
            self.y += self.lh - size
        self.d.links.append((self.d.p, ids, url))
        self.y += 3
        return ids

    def accordion(self, s, size=8.8):
        """A closed <details> element as printed: only its summary, in a tinted bar with a ＋ icon."""
        self.need(26); self.y += 4
        self.d.rect(self.x0, self.y, self.x1 - self.x0, 20, fill=self.tint, stroke=(0.6, 0.6, 0.6), lw=0.5)
        a = self.d.text(self.x0 + 8, self.y + 14, '＋', font='G', size=size, color=self.col)
        b = self.d.text(self.x0 + 8 + size + 4, self.y + 14, s[1:], font='G', size=size)
        self.d.line([a, b]); self.d.main.extend([a, b])
        self.d.accordions.append((self.d.p, a, b))
        self.y += 24

    def contact_box(self, title, lines, size=8.6):
        """このページに関するお問い合わせ: a bordered box with a tinted title bar; lines: (text, color, url-lines)"""
        h = 24 + len(lines) * 15 + 10
        self.need(h + 10); self.y += 10
        y0 = self.y
        self.d.rect(self.x0, y0, self.x1 - self.x0, h, stroke=self.col, lw=1.0)
        self.d.rect(self.x0, y0, self.x1 - self.x0, 20, fill=self.tint)
        t = self.d.text(self.x0 + 10, y0 + 14, title, font='G', size=10)
        self.d.line(t); self.d.main.append(t)
        self.d.box = (self.d.p, t)
        yy = y0 + 24
        for s, kind in lines:
            yy += 11.5
            col = LINK if kind in ('link', 'mail') else (0, 0, 0)
            i = self.d.text(self.x0 + 12, yy, s, size=size, color=col, font='G' if kind == 'office' else 'M')
            self.d.line(i); self.d.main.append(i)
            if kind in ('link', 'mail'): self.d.links.append((self.d.p, [i], kind))
            yy += 3.5
        self.y = y0 + h + 6


def print_chrome(d, title, url):
    """The browser's print header (date and time, <title>) and footer (URL, n/N) on every page: furniture."""
    n = len(d.pages)
    for p in range(n):
        d.p = p
        d.text(28, 30, PRINT_DATE, size=7.5, furniture=True)
        d.text(d.W / 2, 30, title, size=7.5, align='c', furniture=True)
        d.text(28, d.H - 22, url, size=7.5, furniture=True)
        d.text(d.W - 28, d.H - 22, f'{p + 1}/{n}', size=7.5, align='r', furniture=True)


def site_header(d, x0, x1, org, sub, col, tint, nav, crumbs):
    """The site header (logo text, サイト内検索, 文字サイズ), the global navigation bar and the breadcrumbs (p1 only)."""
    d.put(x0, 82, org, font='G', size=24, color=col)
    if sub: d.put(x0 + sw(org, 'G', 24) + 10, 82, sub, font='G', size=8, color=GREY)
    # search box and text size on the right
    bx = x1 - 190
    a = d.text(bx, 66, 'サイト内検索', font='G', size=7.6)
    d.rect(bx + 52, 56, 100, 14, stroke=(0.5, 0.5, 0.5), lw=0.5)
    d.rect(bx + 156, 56, 34, 14, fill=col)
    b = d.text(bx + 173, 66, '検索', font='G', size=7.6, color=WHITE, align='c')
    d.line(a, b)
    c1 = d.text(bx, 88, '文字サイズ', font='G', size=7.6)
    d.rect(bx + 52, 78, 30, 14, stroke=(0.5, 0.5, 0.5), lw=0.5)
    c2 = d.text(bx + 67, 88, '標準', size=7.6, align='c')
    d.rect(bx + 86, 78, 30, 14, stroke=(0.5, 0.5, 0.5), lw=0.5)
    c3 = d.text(bx + 101, 88, '大', size=7.6, align='c')
    d.line(c1, c2, c3)
    # global navigation
    d.rect(x0, 102, x1 - x0, 24, fill=col)
    w = (x1 - x0) / len(nav)
    ids = []
    for k, s in enumerate(nav):
        ids.append(d.text(x0 + w * k + w / 2, 118, s, font='G', size=8.4, color=WHITE, align='c'))
        if k: d.vline(x0 + w * k, 106, 122, lw=0.5, color=WHITE)
    d.line(*ids); d.nav = ids
    # breadcrumbs: links and ＞ separators, one line
    x, ids = x0, []
    for k, s in enumerate(crumbs):
        if k:
            ids.append(d.text(x, 142, '＞', size=7.6, color=GREY)); x += sw('＞', 'M', 7.6) + 3
        ids.append(d.text(x, 142, s, size=7.6, color=LINK if k < len(crumbs) - 1 else (0, 0, 0))); x += sw(s, 'M', 7.6) + 3
    d.line(ids); d.crumbs = ids
    return 152


def site_footer(d, x0, x1, y, col, tint, left, right=None, copy=''):
    """The site footer (furniture of the site, content of the printed page): one column, or two (left, then right)."""
    rows = max(len(left), len(right or []))
    h = 18 + rows * 13 + 26
    if y + h > d.H - 50:
        d.new_page(); y = 54
    d.rect(x0, y, x1 - x0, h, fill=tint)
    d.hline(x0, x1, y, lw=2, color=col)
    for k, (s, f) in enumerate(left):
        d.sitefoot.append(d.put(x0 + 12, y + 20 + k * 13, s, font=f, size=8.0 if f == 'M' else 9))
    if right:
        xr = (x0 + x1) / 2 + 10
        d.vline(xr - 10, y + 10, y + 10 + rows * 13, lw=0.5, color=GREY)
        for k, (s, f) in enumerate(right):
            d.sitefoot.append(d.put(xr, y + 20 + k * 13, s, font=f, size=8.0 if f == 'M' else 9))
    d.footcols = 2 if right else 1
    d.sitefoot.append(d.put((x0 + x1) / 2, y + h - 9, copy, size=7.2, align='c', color=GREY))
    return y + h

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



def support_lines_of(items, mark='●'):
    return [f'{mark}{nm}（{du}）' for nm, du, _ in items]


# ------------------------------------------------------------------ 八代市 (A4, 3 pp, LEFT SIDEBAR menu)

def yatsushiro():
    d = Doc('yatsushiro-2026', 1111); init111(d)
    org, ta, tt = '八代市', '事務職', '技術職'
    col, tint = (0.05, 0.35, 0.45), (0.88, 0.94, 0.96)
    title = '令和8年度 八代市職員採用試験'
    ptitle = '令和8年度 八代市職員採用試験｜八代市'
    url = 'https://www.city.yatsushiro.lg.jp/kiji0036215/index.html'
    edition = '令和8年4月1日現在'
    updated = '更新日：2026年4月1日'
    nav = ['くらし・手続き', '子育て・教育', '市政情報', '採用情報', 'お問い合わせ']
    crumbs = ['ホーム', '市政情報', '職員採用', '令和8年度職員採用試験']
    hire = hiring_rows([(2021, (21, 10), (7, 1), False), (2022, (19, 9), (8, 2), False),
                        (2023, (23, 12), (6, 1), False), (2024, (20, 11), (9, 2), False),
                        (2025, (22, 12), (8, 2), False), (2026, (21, None), (7, None), True)])
    y = site_header(d, 28, d.W - 28, org, 'YATSUSHIRO CITY', col, tint, nav, crumbs)
    d.header_end = y
    # left sidebar menu (p1 only), read before the main column
    sx0, sx1 = 28, 176
    d.rect(sx0, y + 6, sx1 - sx0, 22, fill=col)
    d.sidebar.append(d.put(sx0 + 8, y + 21, '職員採用メニュー', font='G', size=9.4, color=WHITE))
    menu = ['職員採用試験のご案内', '採用実績・配属実績', '試験区分と採用予定人数', '研修制度', '働きやすい職場づくり',
            '先輩職員からのメッセージ', 'よくある質問', 'お問い合わせ先']
    yy = y + 28
    for s in menu:
        d.rect(sx0, yy, sx1 - sx0, 22, stroke=(0.7, 0.7, 0.7), lw=0.5)
        d.sidebar.append(d.put(sx0 + 10, yy + 14.5, s, size=8.2, color=LINK))
        yy += 22
    yy += 14
    d.rect(sx0, yy, sx1 - sx0, 20, fill=tint)
    d.sidebar.append(d.put(sx0 + 8, yy + 14, '関連情報', font='G', size=9.0))
    for s in ['会計年度任用職員の募集', '八代市の人事行政の運営等', '八代市の組織図']:
        yy += 22
        d.sidebar.append(d.put(sx0 + 10, yy + 10, s, size=8.0, color=LINK))
    # main column
    w = Web(d, 192, d.W - 28, col, tint, y, size=8.6)
    d.mainx = (w.x0, w.x1)
    w.h1(title)
    w.meta([updated, 'ページ番号：1036215'])
    lead = w.p('八代市では、市民の暮らしを支える職員を募集します。令和8年度は大学卒業程度の試験で事務職と技術職あわせて28人を採用する予定です。')
    w.link(['令和8年度八代市職員採用試験案内（PDF：1,204KB）'])
    w.toplink()
    w.h2('採用実績')
    w.rline(edition)
    hintro = '採用者数の推移（単位：人）'
    w.caption(hintro, 330)
    body = hire_cells(hire)
    w.table('採用実績', [110, 74, 74, 72], [['年度', ta, tt, '合計']] + body, rh=19)
    hnotes = ['※（ ）内は女性の数で内数です。', '※令和8年度は採用予定人数です。']
    w.p(hnotes, size=7.8)
    w.toplink()
    w.h2('配属実績')
    aintro = '令和7年度採用者の配属先（単位：人）'
    w.caption(aintro, 330)
    assign = [('総務課', 3, None), ('財政課', 2, None), ('税務課', 3, None), ('市民課', 2, None), ('長寿支援課', 3, None),
              ('こども未来課', 3, None), ('商工・港湾振興課', 2, None), ('農林水産政策課', 2, 1), ('土木課', None, 4),
              ('建築住宅課', None, 2), ('水道局', 2, 1)]
    w.table('配属実績', [170, 80, 80], [['配属先', ta, tt]] + assign_rows(assign), rh=18)
    anotes = ['※－は配属がないことを示します。']
    w.p(anotes, size=7.8)
    w.toplink()
    w.h2('試験区分')
    exam_name = '八代市職員採用試験（大学卒業程度）'
    w.p(['試験の名称：' + exam_name])
    ecap = '職種と採用予定人数'
    w.caption(ecap, 375)
    exams = [(ta, [('一般事務', 18), ('社会福祉', 3)]), (tt, [('土木', 4), ('建築', 2), ('電気', 1)])]
    rows = []
    for tr, cats in exams:
        for k, (c, n) in enumerate(cats):
            rows.append(([{'t': [tr], 'rs': len(cats)}] if k == 0 else []) + [c, str(n)] +
                        ([{'t': ['受験案内', '（PDF：612KB）' if tr == ta else '（PDF：587KB）'], 'rs': len(cats)}] if k == 0 else []))
    w.table('試験区分', [62, 110, 80, 123], [['区分', '職種', '採用予定人数', '試験案内']] + rows, rh=20)
    enotes = ['※社会福祉は社会福祉士の資格が必要です。', '※試験案内はPDFファイルです。職種ごとに内容が異なります。']
    w.p(enotes, size=7.8)
    w.toplink()
    w.h2('研修制度')
    training = w.p('採用後は熊本県市町村職員研修と市独自の研修で、地方自治の基礎から窓口の対応までを学びます。'
                   '採用から3年ほどで2か所目の職場に異動し、技術職には資格取得の費用を助成します。')
    w.toplink()
    w.h2('働きやすい職場づくり')
    inits = [('フレックスタイム制の導入', ['午前7時から午前10時までの間で、始業時刻を選べます。']),
             ('ペーパーレス会議', ['会議資料はタブレットで共有し、印刷の手間をなくしました。'])]
    for t, body_ in inits:
        w.p(['■' + t], font='G', after=0)
        w.p(body_, indent=12)
    w.toplink()
    w.h2('仕事と家庭の両立支援')
    w.p(['※各項目を選ぶと説明が開きます。'], size=7.8)
    supports = [('育児休業', '子が3歳に達するまで', ''), ('育児短時間勤務', '小学校就学前まで', ''),
                ('介護休暇', '通算6か月', '')]
    sprinted = support_lines_of(supports, '＋')
    for s in sprinted: w.accordion(s)
    w.toplink()
    w.h2('市役所へのアクセス')
    address = '〒866-8601 熊本県八代市松江城町1番25号'
    w.p([address])
    routes = [('JR鹿児島本線八代駅から車で約10分', '八代'), ('九州新幹線新八代駅から車で約15分', '新八代')]
    w.ul([[s] for s, _ in routes], 'アクセス')
    w.toplink()
    office, tel, fax, email = '八代市総務企画部人事課', '0965-33-4107', '0965-34-3320', 'yatsu-saiyo@city.yatsushiro.lg.jp'
    w.contact_box('このページに関するお問い合わせ',
                  [(office, 'office'), ('〒866-8601 熊本県八代市松江城町1番25号（本庁舎3階）', 'text'),
                   ('電話：' + tel, 'text'), ('ファクス：' + fax, 'text'), ('メール：' + email, 'text'),
                   ('メールフォームによるお問い合わせ', 'link')])
    site_footer(d, 28, d.W - 28, w.y + 10, col, tint,
                [('八代市役所', 'G'), ('〒866-8601 熊本県八代市松江城町1番25号', 'M'), ('電話：0965-33-4111（代表）', 'M'),
                 ('開庁時間：月曜日から金曜日の午前8時30分から午後5時15分まで（祝日・年末年始を除く）', 'M')],
                copy='Copyright © Yatsushiro City. All Rights Reserved.')
    print_chrome(d, ptitle, url)
    facts = base_facts(org, title, edition, '令和8年4月', '2026-04', lead, hire, ta, tt,
                       'HTML table 年度 | 事務職 | 技術職 | 合計 with a shaded header row and a centred caption above',
                       ['年度', ta, tt, '合計'], ['label', 'admin', 'tech', 'total'], [hintro], hnotes,
                       assign, aintro, 'HTML table 配属先 | 事務職 | 技術職, CUT by the page break between rows, the header not repeated',
                       '試験区分', exam_name, exams,
                       'HTML table 区分 | 職種 | 採用予定人数 | 試験案内: a DOWNLOAD column after the count, its cells (spanning the track) 受験案内 / （PDF：612KB）',
                       ['区分', '職種', '採用予定人数', '試験案内'],
                       '研修制度', [''.join(training)], inits, '■title / indented text', '働きやすい職場づくり',
                       supports, '仕事と家庭の両立支援', 'closed accordion summaries ＋name（duration） in tinted bars, no body printed', sprinted,
                       office, tel, '電話：' + tel, email, 'メール：' + email, address, routes, False,
                       dict(support='each system is a CLOSED <details> accordion as printed: only its summary ＋育児休業（子が3歳に達するまで） in a tinted bar; the bodies are not printed',
                            exams='a download column 試験案内 AFTER the count: 受験案内（PDF：612KB） spanning the rows of each track',
                            edition='更新日：2026年4月1日 (web page update date) and the browser print date 2026/04/03 10:21 are no 現在 dates; the edition is 令和8年4月1日現在 above the hiring table'))
    facts['hiring']['printedRows'] = ['\t'.join(r) for r in body]
    facts['assignments']['note'] = anotes
    facts['exams']['note'] = enotes
    facts['exams']['countColumn'] = 2
    facts['exams']['caption'] = ecap
    facts['contacts'][0]['faxText'] = ['ファクス：' + fax]
    facts['decoys'].update(layout='web page printed to PDF, A4 portrait: print header/footer, site header, navigation, breadcrumbs, '
                                  'LEFT SIDEBAR 職員採用メニュー on p1 (read before the main column), main column with h1/h2, tables, '
                                  'accordions, the contact box, the site footer (one column)',
                           size='A4 portrait', printDate=PRINT_DATE, pageTitle=ptitle, footers=[url] * len(d.pages),
                           pageMarks=[f'{p + 1}/{len(d.pages)}' for p in range(len(d.pages))], nav=nav, breadcrumbs=crumbs,
                           sidebar=True, footerColumns=1, updated=updated, cuts=d.cuts, supportMark='＋',
                           downloadColumn=True, siteFooterPhone='0965-33-4111')
    return d, facts


# ------------------------------------------------------------------ 伊勢崎市 (A4, narrow content with wide margins; print CSS prints link URLs)

def isesaki():
    d = Doc('isesaki-2026', 1112); init111(d)
    org, ta, tt = '伊勢崎市', '事務', '技術'
    col, tint = (0.12, 0.40, 0.18), (0.90, 0.96, 0.90)
    title = '伊勢崎市職員採用試験（令和8年度）'
    ptitle = '伊勢崎市職員採用試験（令和8年度） - 伊勢崎市ホームページ'
    url = 'https://www.city.isesaki.lg.jp/soshiki/somu/shokuin/saiyo/12458.html'
    edition = '令和8年3月31日現在'
    updated = '更新日：2026年4月2日'
    nav = ['くらし・手続き', '子育て・教育', '市政情報', '採用情報', 'お問い合わせ']
    crumbs = ['ホーム', '市政情報', '職員採用', '令和8年度職員採用試験']
    X0, X1 = 100, d.W - 100
    hire = hiring_rows([(2021, (26, 13), (8, 2), False), (2022, (24, 12), (9, 1), False),
                        (2023, (27, 15), (7, 2), False), (2024, (25, 14), (10, 3), False),
                        (2025, (28, 15), (9, 2), False), (2026, (26, None), (8, None), True)])
    y = site_header(d, X0, X1, org, '', col, tint, nav, crumbs)
    d.header_end = y
    w = Web(d, X0, X1, col, tint, y, size=8.4)
    d.mainx = (w.x0, w.x1)
    w.h1(title)
    w.meta([updated])
    lead = w.p('伊勢崎市では、令和8年度に実施する職員採用試験（大学卒業程度）の受験者を募集します。'
               '申込みは電子申請で受け付けます。詳しくは試験案内をご覧ください。')
    w.link(['令和8年度伊勢崎市職員採用試験案内（PDF：1,024KB）',
            '(https://www.city.isesaki.lg.jp/material/files/group/5/', 'saiyo_annai_r8.pdf)'], url='pdf')
    w.figure(FIG_ISESAKI, '写真：伊勢崎市役所本庁舎')
    w.toplink()
    w.h2('試験日程')
    w.caption('令和8年度の試験日程', 395)
    w.table('試験日程', [140, 255], [['項目', '日程']] + [['申込受付', '5月1日（金）から5月22日（金）まで'], ['第1次試験', '6月21日（日）'],
                                                         ['第2次試験', '7月下旬'], ['最終合格発表', '8月下旬']], rh=19)
    w.toplink()
    w.h2('採用実績')
    w.rline(edition)
    hintro = '過去5年間の採用者数と令和8年度の採用予定人数（単位：人）'
    w.caption(hintro, 395)
    body = hire_cells(hire)
    w.table('採用実績', [125, 90, 90, 90], [['年度', ta, tt, '計']] + body, rh=21)
    hnotes = ['※（ ）内は女性の数で内数です。', '※令和8年度は採用予定人数です。']
    w.p(hnotes, size=7.6)
    w.toplink()
    w.h2('配属実績')
    aintro = '令和7年度採用者の配属先（令和7年4月1日現在、単位：人）'
    w.caption(aintro, 395)
    assign = [('総務課', 4, None), ('職員課', 2, None), ('市民課', 4, None), ('国民健康保険課', 2, None),
              ('社会福祉課', 4, None), ('こども保育課', 4, None), ('商工労働課', 2, None), ('境支所', 2, None),
              ('道路整備課', None, 4), ('下水道課', None, 3), ('教育総務課', 4, 2)]
    w.table('配属実績', [215, 90, 90], [['配属先', ta, tt]] + assign_rows(assign), rh=17.5)
    anotes = ['※－は配属がないことを示します。']
    w.p(anotes, size=7.6)
    w.toplink()
    w.h2('試験区分')
    exam_name = '伊勢崎市職員採用試験（大学卒業程度）'
    w.p(['試験の名称　' + exam_name])
    exams = [(ta, [('行政', 22), ('社会福祉', 4)]), (tt, [('土木', 5), ('建築', 2), ('化学', 1)])]
    w.table('試験区分', [80, 175, 140], [['区分', '職種', '採用予定人数']] + exam_rows(exams), rh=19)
    enotes = ['※化学は下水道の水質管理を担当します。']
    w.p(enotes, size=7.6)
    w.toplink()
    w.h2('研修制度')
    training = w.p('新規採用職員は、群馬県市町村振興協会の研修と市の研修で、公務員としての基礎を身につけます。'
                   '2年目以降は、職場の研修計画に沿って専門的な研修を受けます。')
    w.toplink()
    w.h2('働きやすい職場づくり')
    inits = [('庁内保育室の開設', ['市役所の敷地内に、職員の子どもを預けられる保育室を設けました。']),
             ('男性職員の育児参加', ['子が生まれた男性職員には、1か月以上の育児休業の取得をすすめています。'])]
    for t, body_ in inits:
        w.p(['◆' + t], font='G', after=0)
        w.p(body_, indent=12)
    w.toplink()
    w.h2('仕事と家庭の両立支援')
    supports = [('育児休業', '子が3歳に達するまで', ['夫婦で同時に取ることもできます。']),
                ('部分休業', '小学校就学前まで', ['1日2時間以内で勤務しない時間をつくれます。']),
                ('子の看護等休暇', '年5日', ['子が2人以上いる場合は年10日です。'])]
    sprinted = support_lines_of(supports)
    w.ul([[s] + txt for s, (_, _, txt) in zip(sprinted, supports)], '仕事と家庭の両立支援', disc=False)
    w.toplink()
    w.h2('アクセス')
    address = '〒372-8501 群馬県伊勢崎市今泉町二丁目410番地'
    w.p([address])
    routes = [('JR両毛線伊勢崎駅から徒歩約25分', '伊勢崎'), ('東武伊勢崎線新伊勢崎駅から徒歩約15分', '新伊勢崎')]
    w.ul([[s] for s, _ in routes], 'アクセス')
    w.toplink()
    office, tel, fax, email = '伊勢崎市総務部職員課', '0270-27-2712', '0270-24-5120', 'shokuinsaiyo@city.isesaki.lg.jp'
    mailtext = f'メールでのお問い合わせ (mailto:{email})'
    w.contact_box('このページに関するお問い合わせ',
                  [(office, 'office'), ('〒372-8501 群馬県伊勢崎市今泉町二丁目410番地（本庁舎3階）', 'text'),
                   ('電話：' + tel, 'text'), ('ファクス：' + fax, 'text'), (mailtext, 'mail'),
                   ('メールフォームによるお問い合わせ', 'link'),
                   ('(https://www.city.isesaki.lg.jp/form/inquiry.html?id=12458)', 'text')])
    site_footer(d, X0, X1, w.y + 10, col, tint,
                [('伊勢崎市役所', 'G'), ('〒372-8501 群馬県伊勢崎市今泉町二丁目410番地', 'M'), ('電話：0270-24-5111（代表）', 'M'),
                 ('開庁時間：平日午前8時30分から午後5時15分まで', 'M')],
                copy='Copyright © Isesaki City. All rights reserved.')
    print_chrome(d, ptitle, url)
    facts = base_facts(org, title, edition, '令和8年3月', '2026-03', lead, hire, ta, tt,
                       'HTML table 年度 | 事務 | 技術 | 計, CUT by the page break between rows (header not repeated)',
                       ['年度', ta, tt, '計'], ['label', 'admin', 'tech', 'total'], [hintro], hnotes,
                       assign, aintro, 'HTML table 配属先 | 事務 | 技術; － for none',
                       '試験区分', exam_name, exams, 'HTML table 区分 | 職種 | 採用予定人数, track cells spanning',
                       ['区分', '職種', '採用予定人数'],
                       '研修制度', [''.join(training)], inits, '◆title / indented text', '働きやすい職場づくり',
                       supports, '仕事と家庭の両立支援', '●name（duration） / indented text', sprinted,
                       office, tel, '電話：' + tel, email, mailtext, address, routes, False,
                       dict(contacts='the print stylesheet appends every link URL: the e-mail exists only as (mailto:…) after the link text メールでのお問い合わせ',
                            edition='更新日：2026年4月2日 (newer, a web page update date, no 現在) above the lead; the edition is 令和8年3月31日現在 above the hiring table; the assignment caption holds an older 令和7年4月1日現在'))
    facts['hiring']['printedRows'] = ['\t'.join(r) for r in body]
    facts['assignments']['note'] = anotes
    facts['exams']['note'] = enotes
    facts['contacts'][0]['faxText'] = ['ファクス：' + fax]
    facts['decoys'].update(layout='web page printed to PDF, A4 portrait, NARROW content (395 pt) with wide margins: print header/footer, '
                                  'site header, navigation, breadcrumbs, main column; link URLs printed after the links by the print '
                                  'stylesheet; the hiring table cut between pages 1 and 2; contact box; site footer (one column)',
                           size='A4 portrait', printDate=PRINT_DATE, pageTitle=ptitle, footers=[url] * len(d.pages),
                           pageMarks=[f'{p + 1}/{len(d.pages)}' for p in range(len(d.pages))], nav=nav, breadcrumbs=crumbs,
                           sidebar=False, footerColumns=1, updated=updated, cuts=d.cuts, printedLinkUrls=True,
                           siteFooterPhone='0270-24-5111')
    return d, facts


# ------------------------------------------------------------------ 益子町 (A4, 2 pp, TWO-COLUMN site footer; initiatives as h3)

def mashiko():
    d = Doc('mashiko-2026', 1113); init111(d)
    org, ta, tt = '益子町', '事務職', '技術職'
    col, tint = (0.50, 0.30, 0.12), (0.97, 0.93, 0.87)
    title = '令和8年度 益子町職員採用試験のお知らせ'
    ptitle = '令和8年度 益子町職員採用試験のお知らせ / 益子町'
    url = 'https://www.town.mashiko.lg.jp/page/page004218.html'
    edition = '令和8年4月1日現在'
    updated = '更新日：2026年4月1日'
    nav = ['くらし・手続き', '子育て・教育', '町政情報', '採用情報', 'お問い合わせ']
    crumbs = ['ホーム', '町政情報', '職員採用', '令和8年度職員採用試験']
    X0, X1 = 30, d.W - 30
    hire = hiring_rows([(2021, (5, 3), (1, 0), False), (2022, (4, 2), (2, 1), False),
                        (2023, (6, 3), (1, 0), False), (2024, (5, 2), (2, 0), False),
                        (2025, (6, 4), (2, 1), False), (2026, (5, None), (2, None), True)])
    y = site_header(d, X0, X1, org, '', col, tint, nav, crumbs)
    d.header_end = y
    w = Web(d, X0, X1, col, tint, y, size=8.8)
    d.mainx = (w.x0, w.x1)
    w.h1(title)
    w.meta([updated])
    lead = w.p('益子焼と里山のまち、益子町で働く職員を募集します。'
               '令和8年度は事務職5人、技術職2人を採用する予定です。')
    w.figure(FIG_MASHIKO, '写真：益子町役場と城内坂の陶器店', width=260)
    w.toplink()
    w.h2('採用実績')
    w.rline(edition)
    hintro = '採用者数の推移（単位：人）'
    w.caption(hintro, 400)
    body = hire_cells(hire)
    w.table('採用実績', [130, 90, 90, 90], [['年度', ta, tt, '合計']] + body, rh=19)
    hnotes = ['※（ ）内は女性の数で内数です。', '※令和8年度は採用予定人数です。']
    w.p(hnotes, size=7.8)
    w.toplink()
    w.h2('仕事と家庭の両立支援')
    supports = [('育児休業', '子が3歳に達するまで', ['男性職員の取得も増えています。']),
                ('育児短時間勤務', '小学校就学前まで', ['1日4時間などの短い勤務を選べます。保育園の', '送り迎えに合わせて使う職員が多い制度です。']),
                ('介護休暇', '通算6か月', ['3回まで分けて取得できます。'])]
    sprinted = support_lines_of(supports)
    w.ul([[s] + txt for s, (_, _, txt) in zip(sprinted, supports)], '仕事と家庭の両立支援', disc=False)
    w.toplink()
    w.h2('配属実績')
    aintro = '令和7年度採用者の配属先（単位：人）'
    w.caption(aintro, 400)
    assign = [('総務課', 1, None), ('住民課', 1, None), ('健康福祉課', 2, None), ('こども未来課', 1, None),
              ('観光商工課', 1, None), ('建設課', None, 2)]
    w.table('配属実績', [200, 100, 100], [['配属先', ta, tt]] + assign_rows(assign), rh=18)
    anotes = ['※－は配属がないことを示します。']
    w.p(anotes, size=7.8)
    w.toplink()
    w.h2('試験区分')
    exam_name = '益子町職員採用試験（大学卒業程度）'
    w.p(['試験の名称：' + exam_name])
    exams = [(ta, [('一般事務', 4), ('保健師', 1)]), (tt, [('土木', 1), ('建築', 1)])]
    w.table('試験区分', [80, 200, 120], [['区分', '職種', '採用予定人数']] + exam_rows(exams), rh=19)
    enotes = ['※保健師は保健師の免許が必要です。']
    w.p(enotes, size=7.8)
    w.toplink()
    w.h2('研修制度')
    training = w.p('採用後は栃木県市町村職員研修で基礎を学び、町の研修で窓口や防災の実務を身につけます。'
                   '小さな町なので、若いうちから多くの仕事に関わることができます。')
    w.toplink()
    w.h2('働きやすい職場づくり')
    inits = [('窓口のキャッシュレス化', ['住民票などの手数料を電子決済で支払えるようにし、窓口の現金の扱いを減らしました。']),
             ('若手職員のまちづくり提案', ['入庁3年目までの職員がチームをつくり、陶器市の新しい企画を町長に提案します。'])]
    for t, body_ in inits:
        w.h3(t)
        w.p(body_)
    w.toplink()
    w.h2('アクセス')
    address = '〒321-4293 栃木県芳賀郡益子町大字益子2030番地'
    w.p([address])
    routes = [('真岡鐵道益子駅から徒歩約15分', '益子'), ('真岡鐵道七井駅から車で約5分', '七井')]
    w.ul([[s] for s, _ in routes], 'アクセス')
    w.toplink()
    office, tel, fax, email = '益子町総務課', '0285-72-8837', '0285-72-3910', 'mashiko-somu@town.mashiko.lg.jp'
    w.contact_box('このページに関するお問い合わせ',
                  [(office, 'office'), ('電話：' + tel, 'text'), ('ファクス：' + fax, 'text'), ('メールアドレス：' + email, 'text'),
                   ('メールフォームによるお問い合わせ', 'link')])
    site_footer(d, X0, X1, w.y + 10, col, tint,
                [('益子町役場', 'G'), ('〒321-4293 栃木県芳賀郡益子町大字益子2030番地', 'M'), ('電話：0285-72-2111（代表）', 'M')],
                [('開庁時間', 'G'), ('月曜日から金曜日　午前8時30分から午後5時15分', 'M'), ('（祝日・年末年始を除く）', 'M')],
                copy='Copyright © Mashiko Town. All Rights Reserved.')
    print_chrome(d, ptitle, url)
    facts = base_facts(org, title, edition, '令和8年4月', '2026-04', lead, hire, ta, tt,
                       'HTML table 年度 | 事務職 | 技術職 | 合計 with a shaded header row and a caption above',
                       ['年度', ta, tt, '合計'], ['label', 'admin', 'tech', 'total'], [hintro], hnotes,
                       assign, aintro, 'HTML table 配属先 | 事務職 | 技術職; － for none',
                       '試験区分', exam_name, exams, 'HTML table 区分 | 職種 | 採用予定人数, track cells spanning',
                       ['区分', '職種', '採用予定人数'],
                       '研修制度', [''.join(training)], inits, 'h3 title (left border, no mark) / paragraph', '働きやすい職場づくり',
                       supports, '仕事と家庭の両立支援', '●name（duration） / text (a <ul> with drawn discs; one item cut by the page break)', sprinted,
                       office, tel, '電話：' + tel, email, 'メールアドレス：' + email, address, routes, False,
                       dict(initiatives='each initiative title is an <h3> sub-heading (a left border bar, a hairline under it, no mark) under the h2 働きやすい職場づくり, its text a paragraph',
                            edition='更新日：2026年4月1日 (web page update date) is no 現在 date; the edition is 令和8年4月1日現在 above the hiring table'))
    for it in facts['initiatives']:
        it['printed'] = [it['title']] + [s for t, b in inits if t == it['title'] for s in b]
    facts['hiring']['printedRows'] = ['\t'.join(r) for r in body]
    facts['assignments']['note'] = anotes
    facts['exams']['note'] = enotes
    facts['contacts'][0]['faxText'] = ['ファクス：' + fax]
    facts['decoys'].update(layout='web page printed to PDF, A4 portrait, full-width content: print header/footer, site header, '
                                  'navigation, breadcrumbs, main column with h1/h2/h3, tables, lists (a support item cut by the page '
                                  'break), contact box, TWO-COLUMN site footer (left: address and 代表; right: hours)',
                           size='A4 portrait', printDate=PRINT_DATE, pageTitle=ptitle, footers=[url] * len(d.pages),
                           pageMarks=[f'{p + 1}/{len(d.pages)}' for p in range(len(d.pages))], nav=nav, breadcrumbs=crumbs,
                           sidebar=False, footerColumns=2, updated=updated, cuts=d.cuts, h3Initiatives=True,
                           siteFooterPhone='0285-72-2111')
    return d, facts


BUILDERS = {'yatsushiro-2026': yatsushiro, 'isesaki-2026': isesaki, 'mashiko-2026': mashiko}


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
    """Set 111's frame: a web page printed to PDF from a browser. A4 portrait, 2-4 pages; on every page exactly the
    browser's print header (date and time at the left, the <title> centred) and footer (the URL at the left, n/N at the
    right), furniture; on p1 the site header (the organisation's logo text first), the navigation bar and the
    breadcrumbs; a sidebar only where the facts say so (p1, left of the main column); h2 headings with a bar, at least
    four ページの先頭へ戻る links; the contact box after every section, then the site footer with the 代表 phone; the cuts
    recorded as drawn, a table cut without its header on the next page; the newest 現在 date; the 更新日 no 現在 date."""
    err = []
    dec = f['decoys']
    exp = d.expected()
    lines = [l for l in exp.split('\n') if l.strip() and l != '\f']
    if (round(d.W, 1), round(d.H, 1)) != (595.3, 841.9) or dec.get('size') != 'A4 portrait': err.append('page size')
    n = len(d.pages)
    if not 2 <= n <= 4: err.append('page count')
    if len(dec['footers']) != n or len(dec['pageMarks']) != n: err.append('page count in the facts')
    for p in range(n):
        fu = [it for it in d.items if it['page'] == p and it['furniture']]
        top = [it for it in fu if it['y'] < 40]
        bot = [it for it in fu if it['y'] > d.H - 40]
        if len(fu) != 4 or len(top) != 2 or len(bot) != 2: err.append(f'page {p + 1}: print header/footer'); continue
        tl, tc = sorted(top, key=lambda it: it['x'])
        bl, br = sorted(bot, key=lambda it: it['x'])
        if tl['s'] != dec['printDate'] or tl['x'] > 40: err.append(f'page {p + 1}: print date')
        if tc['s'] != dec['pageTitle'] or abs(tc['x'] + tc['w'] / 2 - d.W / 2) > 1: err.append(f'page {p + 1}: print title')
        if bl['s'] != dec['footers'][p] or bl['x'] > 40: err.append(f'page {p + 1}: print URL')
        if br['s'] != dec['pageMarks'][p] or br['s'] != f'{p + 1}/{n}' or abs(br['x'] + br['w'] - (d.W - 28)) > 1:
            err.append(f'page {p + 1}: page mark')
    if '現在' in dec['printDate'] or '現在' in dec['pageTitle']: err.append('print header with 現在')
    # p1: the logo text first, then the navigation and the breadcrumbs
    if lines[0] != f['organization']: err.append('logo text not first')
    if d.nav is None or [d.items[i]['s'] for i in d.nav] != dec['nav'] or '\t'.join(dec['nav']) not in lines:
        err.append('navigation bar')
    if d.crumbs is None or [d.items[i]['s'] for i in d.crumbs if d.items[i]['s'] != '＞'] != dec['breadcrumbs'] \
            or '＞'.join(dec['breadcrumbs']) not in lines or dec['breadcrumbs'][0] != 'ホーム':
        err.append('breadcrumbs')
    if any(d.items[i]['page'] != 0 for i in (d.nav or []) + (d.crumbs or [])): err.append('site header not on p1')
    # sidebar: p1 only, left of the main column, read before it
    mx0, mx1 = d.mainx
    if bool(d.sidebar) != bool(dec.get('sidebar')): err.append('sidebar flag')
    for i in d.sidebar:
        it = d.items[i]
        if it['page'] != 0 or it['x'] + it['w'] > mx0 - 10: err.append(f'sidebar item {it["s"]!r}')
    # every other content item inside the main column (site header and site footer excepted)
    skip = set(d.sidebar) | set(d.sitefoot) | set(d.nav or []) | set(d.crumbs or [])
    for i, it in enumerate(d.items):
        if it['furniture'] or i in skip or (it['page'] == 0 and it['y'] < d.header_end): continue
        if it['x'] < mx0 - 0.5 or it['x'] + it['w'] > mx1 + 0.5: err.append(f'outside the main column: {it["s"]!r}')
    # headings, links back to the top
    if len(d.h2s) < 6 or not all(bar for _, _, bar in d.h2s): err.append('h2 headings with a bar')
    if len(d.toplinks) < 4: err.append('ページの先頭へ戻る links')
    for p, i in d.toplinks:
        it = d.items[i]
        if abs(it['x'] + it['w'] - mx1) > 0.5: err.append('top link not right-aligned')
    # the contact box after every section, then the site footer with the 代表 phone
    if d.box is None: err.append('no contact box')
    else:
        bi = lines.index(d.items[d.box[1]]['s']) if d.items[d.box[1]]['s'] in lines else -1
        if d.items[d.box[1]]['s'] != 'このページに関するお問い合わせ' or any(lines.index(s) > bi for _, s, _ in d.h2s if s in lines):
            err.append('contact box not after the sections')
        if f['contacts'][0]['office'] not in lines[bi:bi + 3]: err.append('office not in the contact box')
        fl = [d.items[i]['s'] for i in d.sitefoot]
        if not fl or min(len(lines) - 1 - lines[::-1].index(s) for s in fl) < bi: err.append('site footer before the contact box')
        if lines[-len(fl):] != fl: err.append('site footer not last')
        if not any('（代表）' in s and dec['siteFooterPhone'] in s for s in fl): err.append('site footer without 代表')
        if dec['siteFooterPhone'] in f['contacts'][0]['tel']: err.append('代表 phone as the contact')
    if d.footcols != dec.get('footerColumns'): err.append('footer columns')
    # cuts: as recorded; a continued table has no header row on its next page
    if dec.get('cuts') != d.cuts or not d.cuts: err.append('cuts')
    pages = exp.split('\f')
    for c in d.cuts:
        if c['kind'] == 'table':
            p0, hdr = d.heads[c['name']]
            hl = '\t'.join(x if isinstance(x, str) else ''.join(x['t']) for x in hdr)
            if any(hl in pages[p - 1].split('\n') for p in c['pages'][1:]): err.append('header repeated on the cut page')
            if len(c['pages']) < 2 or min(c['rows']) < 2: err.append('cut table')
    # links: with printed URLs (isesaki) every main-column link is followed by its URL in brackets, and no others
    for p, ids, u in d.links:
        txt = ''.join(d.items[i]['s'] for i in ids)
        nxt = lines[lines.index(d.items[ids[-1]]['s']) + 1] if d.items[ids[-1]]['s'] in lines else ''
        has = '(http' in txt or '(mailto:' in txt or nxt.startswith('(http')
        if bool(dec.get('printedLinkUrls')) != has: err.append(f'link URL: {txt!r}')
    if any('mailto' in l for l in lines) != bool(dec.get('printedLinkUrls')): err.append('mailto printed')
    # initiatives as h3 (mashiko): every title an h3, and one h3 at least that is no initiative... or none
    h3t = [d.items[i]['s'] for _, i in d.h3s]
    titles = [i['title'] for i in f['initiatives']]
    if dec.get('h3Initiatives'):
        if not all(t in h3t for t in titles): err.append('initiative titles not h3')
    elif any(t in h3t for t in titles): err.append('h3 initiatives unrecorded')
    # accordions (yatsushiro): each support line is a closed accordion summary with the ＋ icon
    acc = [d.items[a]['s'] + d.items[b]['s'] for _, a, b in d.accordions]
    if dec.get('supportMark') == '＋':
        if sorted(acc) != sorted(s['printed'] for s in f['supportSystems']): err.append('accordions')
    elif acc: err.append('accordions unrecorded')
    # the download column after the count (yatsushiro)
    e = f['exams']
    if dec.get('downloadColumn'):
        if e.get('countColumn') != 2 or e['header'][-1] != '試験案内' or not re.search(r'（PDF：[\d,]+KB）', exp):
            err.append('download column')
    elif '試験案内' in e['header']: err.append('download column unrecorded')
    # no poster / newspaper flags in this frame
    for k in ('headlineInitiatives', 'twoDigitYears', 'issue', 'baselineGrid', 'columnRules'):
        if dec.get(k): err.append(f'flag {k} in a web page')
    # the 更新日 (a web page date, western, no 現在) and every 現在 date: the edition is the newest
    up = dec.get('updated', '')
    if up not in lines and not any(up in l.split('\t') for l in lines): err.append('更新日 not printed')
    if '現在' in up or not re.fullmatch(r'更新日：2026年\d+月\d+日', up): err.append('更新日 form')
    dates = [(int(y), int(m)) for y, m in re.findall(r'令和(\d+)年(\d+)月(?:\d+日)?現在', unicodedata.normalize('NFKC', exp))]
    want = tuple(int(x) for x in f['edition']['asOf'].split('-'))
    if not dates or max((2018 + y, m) for y, m in dates) != want: err.append('edition not the newest 現在 date')
    if f['edition']['printed'] not in lines: err.append('edition not a line')
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
        if f['decoys'].get('h3Initiatives'):
            # mashiko: each initiative title is an <h3> (left border), no mark; the body follows as a paragraph
            if i['printed'][0] != i['title']: err.append('h3 initiative')
        elif f['decoys'].get('headlineInitiatives'):
            if i['printed'][0] != i['title'] or not (i['printed'][1].startswith('―') and i['printed'][1].endswith('―')):
                err.append('headline initiative')
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
        mk = f['decoys'].get('supportMark', '●')
        if not (s['printed'].startswith(mk) and re.search('[' + mk + '・](【[^】]+】)?' + re.escape(s['name']) + '[・（]', s['printed'])): err.append('support item start')
        if mk != '●' and '●' in s['printed']: err.append('support mark')
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
            # isesaki: the print stylesheet appends every link's URL: the e-mail only as (mailto:…) after the link text
            if f['decoys'].get('printedLinkUrls'):
                if not mt.endswith(f' (mailto:{m})') or m in mt[:-len(m) - 10]: err.append('email line (mailto)')
            elif not (mt.endswith(' ' + m) or mt.endswith('：' + m)) or 'mailto' in mt: err.append('email line')
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
        for e in f['exams']['entries']: e['exam'] = e['exam'].replace('大学卒業程度', '大学院修了程度')
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
    # ---- set 109
    def jump_toggled(d, f):
        a = f['assignments']
        if a.get('jump'): a['jump']['unitsFrom'].append(a['jump']['unitsTo'].pop(0))
        else: a['jump'] = {'from': '1面', 'to': '2面', 'marks': ['→2面へ続く', '（1面から続く）'],
                           'unitsFrom': [r['unit'] for r in a['rows']][:3], 'unitsTo': [r['unit'] for r in a['rows']][3:]}
    def jump_header_repeated(d, f):
        d.p = len(d.pages) - 1
        d.put(40, d.H - 46, '配属先' if f['assignments'].get('jump') else '→2面へ続く', size=8)
    def subtotal_as_unit(d, f):
        a = f['assignments']['rows']
        a.append({'unit': '計', 'admin': sum(r['admin'] or 0 for r in a), 'tech': sum(r['tech'] or 0 for r in a)})
    def counts_swapped(d, f):
        b = [e for e in f['exams']['entries'] if len(e['breakdown']) >= 2][0]['breakdown']
        b[0]['count'], b[1]['count'] = b[1]['count'], b[0]['count']
    def label_toggled(d, f):
        c = f['contacts'][0]
        if c.get('label'): del c['label']
        else: c['label'] = '問'
    def label_in_office(d, f):
        c = f['contacts'][0]; c['office'] = c.get('label', '問') + c['office']
    def two_digit_toggled(d, f):
        dec = f['decoys']
        if dec.get('twoDigitYears'): del dec['twoDigitYears']
        else: dec['twoDigitYears'] = True
    def headline_initiatives_toggled(d, f):
        dec = f['decoys']
        if dec.get('headlineInitiatives'): del dec['headlineInitiatives']
        else: dec['headlineInitiatives'] = True
    def newer_genzai(d, f):
        d.p = 0
        d.put(d.mainx[0], d.H - 46, '令和9年1月1日現在', size=7)
    def page_size(d, f): d.W += 100
    # ---- set 111: the browser's print header and footer, the site frame, the cuts, the shapes
    def print_date_changed(d, f):
        [it for it in d.items if it['furniture'] and it['page'] == 1][0]['s'] = '2026/04/03 10:22'
    def page_mark_wrong(d, f):
        it = [it for it in d.items if it['furniture'] and it['page'] == 1 and it['y'] > d.H - 40 and not it['s'].startswith('http')][0]
        it['s'] = '3/' + it['s'].split('/')[1]
    def url_changed(d, f): f['decoys']['footers'][-1] += '#top'
    def title_dropped(d, f):
        it = [it for it in d.items if it['furniture'] and it['page'] == 1 and it['y'] < 40 and it['x'] > 100][0]
        it['s'] = f['organization']
    def nav_item_dropped(d, f): f['decoys']['nav'] = f['decoys']['nav'][:-1]
    def crumb_changed(d, f): f['decoys']['breadcrumbs'][1] = 'くらし・手続き'
    def sidebar_toggled(d, f): f['decoys']['sidebar'] = not f['decoys']['sidebar']
    def header_repeated_on_cut(d, f):
        c = [c for c in d.cuts if c['kind'] == 'table']
        if c:
            hdr = d.heads[c[0]['name']][1]
            d.p = c[0]['pages'][1] - 1
            ids = [d.text(d.mainx[0] + 10 + 60 * k, 47, x if isinstance(x, str) else ''.join(x['t']), size=6) for k, x in enumerate(hdr)]
            d.line(*ids)
        else: f['decoys']['cuts'] = f['decoys']['cuts'] + [{'kind': 'table', 'name': '採用実績', 'pages': [1, 2], 'rows': [3, 3]}]
    def cut_dropped(d, f): f['decoys']['cuts'] = []
    def cut_pages_wrong(d, f): f['decoys']['cuts'] = [dict(c, pages=[1, 3]) for c in f['decoys']['cuts']]
    def links_flag_toggled(d, f):
        dec = f['decoys']
        if dec.get('printedLinkUrls'): del dec['printedLinkUrls']
        else: dec['printedLinkUrls'] = True
    def mailto_in_plain_line(d, f):
        c = f['contacts'][0]
        if f['decoys'].get('printedLinkUrls'): c['emailText'][0] = c['emailText'][0].replace('(mailto:', '(')
        else: c['emailText'][0] = c['emailText'][0] + ' (mailto:' + c['email'][0] + ')'
    def h3_flag_toggled(d, f):
        dec = f['decoys']
        if dec.get('h3Initiatives'): del dec['h3Initiatives']
        else: dec['h3Initiatives'] = True
    def support_mark_toggled(d, f):
        dec = f['decoys']
        if dec.get('supportMark'): del dec['supportMark']
        else: dec['supportMark'] = '＋'
    def download_toggled(d, f):
        dec = f['decoys']
        if dec.get('downloadColumn'): del dec['downloadColumn']
        else: dec['downloadColumn'] = True
    def count_column_shifted(d, f):
        e = f['exams']
        e['countColumn'] = 3 if e.get('countColumn') else 1
    def updated_as_genzai(d, f): f['decoys']['updated'] = f['decoys']['updated'] + '現在'
    def footer_columns_toggled(d, f): f['decoys']['footerColumns'] = 3 - f['decoys']['footerColumns']
    def toplinks_cleared(d, f): d.toplinks.clear()
    def h2_without_bar(d, f): d.h2s[0] = d.h2s[0][:2] + (False,)
    def outside_main(d, f):
        d.p = 1
        d.put(24, 400, '欄外の文字', size=8)
    def sidebar_on_p2(d, f):
        d.p = 1
        d.sidebar.append(d.put(24, 420, '職員採用メニュー', size=8))
        f['decoys']['sidebar'] = True
    def box_dropped(d, f): d.box = None
    def daihyo_as_contact(d, f): f['contacts'][0]['tel'][0] = f['decoys']['siteFooterPhone']
    def five_pages(d, f):
        for _ in range(3): d.new_page()
    return [v for k, v in sorted(locals().items()) if callable(v)]


def selftest():
    bad = 0
    total = 0
    exc = []
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
                err = [f'exception {type(ex).__name__}']; exc.append(f'{name}: {fn.__name__}: {type(ex).__name__} {ex}')
            total += 1
            if not err:
                bad += 1; print(f'{name}: fault {fn.__name__} ACCEPTED')
    print(f'selftest: {total} injected faults, {total - bad} refused ({len(exc)} of them by an exception)')
    for e in exc: print('  exception:', e)
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