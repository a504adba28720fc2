#!/usr/bin/env python3
"""Blind holdout set 109: three local public bodies (高岡市, 宮崎県教育委員会, 由利本荘市) in recruitment POSTERS and a
NEWSPAPER (採用新聞).

Self-contained (generate_holdout107.py's machinery, checks extended): a page model in top-down
coordinates, a table helper, reportlab's canvas (invariant=1, no page compression), the
facts and the checks. Every visual text piece is one text object; the objects of a page
are written after its graphics in a seeded shuffled order. Frames: an A3-portrait poster
(5 columns with column rules), an A3-landscape poster (6 columns, no rules, one baseline grid)
and a two-page tabloid 採用新聞 (5 then 4 columns, an article jumping from 1面 to 2面, footers
with the issue number): big mastheads, headlines spanning columns, vertical headlines (縦見出し)
at the right of articles, boxed ads.

  python3 Fixtures/generate_holdout109.py                   # all three
  python3 Fixtures/generate_holdout109.py yurihonjo-2026    # one
  python3 Fixtures/generate_holdout109.py --selftest        # inject faults; every one must be refused
"""
import io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout109')
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





# ------------------------------------------------------------------ poster / newspaper drawing bits (set 109)

A3P = (841.89, 1190.55)
A3L = (1190.55, 841.89)
TABLOID = (774.0, 1151.0)
SIZES = {'A3 portrait': A3P, 'A3 landscape': A3L, 'tabloid': TABLOID}
GREY = (0.4, 0.4, 0.4)
WHITE = (1, 1, 1)


def init109(d):
    d.cols = {}          # page -> [(x0, x1)] newspaper columns
    d.rules = []         # (page, x, y0, y1) column rules (thin vertical lines between columns)
    d.spans = []         # (page, text, x0, x1) headlines spanning two or more columns
    d.vheads = []        # (page, text, cx, ytop, ybot) vertical headlines (縦見出し)
    d.labels = []        # (page, item id, label) one-kanji box labels
    d.grid = []          # (page, col index, item id) lines set on the shared baseline grid
    d.jumps = []         # (page, text) jump lines (→2面へ続く / （1面から続く）)


def columns(d, x0, x1, n, gutter):
    w = (x1 - x0 - gutter * (n - 1)) / n
    d.cols[d.p] = [(x0 + k * (w + gutter), x0 + k * (w + gutter) + w) for k in range(n)]
    return d.cols[d.p]


def colrule(d, k, y0, y1, col=(0.55, 0.55, 0.55)):
    """A thin column rule in the gutter right of column k (0-based), from y0 to y1."""
    C = d.cols[d.p]
    x = (C[k][1] + C[k + 1][0]) / 2
    d.vline(x, y0, y1, lw=0.4, color=col)
    d.rules.append((d.p, x, y0, y1))


def span_head(d, k0, k1, y, s, col, size=14, rule=True, font='G'):
    """A headline spanning columns k0..k1 (inclusive), with a rule under it across those columns."""
    C = d.cols[d.p]
    x0, x1 = C[k0][0], C[k1][1]
    d.put(x0, y, s, font=font, size=size, color=col)
    if rule: d.hline(x0, x1, y + 5, lw=1.0, color=col)
    d.spans.append((d.p, s, x0, x1))


def hhead(d, x, y, s, col, size=10.5):
    d.rect(x, y - size + 1, 4, size + 3, fill=col)
    d.put(x + 9, y, s, font='G', size=size, color=col)


def vhead_right(d, xr, ytop, s, col, tint, w=20, size=12):
    """A vertical headline (縦見出し) in a tinted strip at the RIGHT edge of its article (xr = the article's right edge)."""
    h = len(s) * size * 1.12 + 14
    d.rect(xr - w, ytop, w, h, fill=tint)
    d.vtext(xr - w / 2, ytop + 6, s, size=size, color=col)
    d.vheads.append((d.p, s, xr - w / 2, ytop, ytop + h))
    return ytop + h


def klabel(d, x, y, ch, office, col, size=8.4):
    """A one-kanji label (white on a dark square, 広報紙 style) and its text on the same baseline: ONE line."""
    d.rect(x, y - size - 0.5, size + 3, size + 3, fill=col)
    li = d.text(x + 1.5, y, ch, font='G', size=size, color=WHITE)
    ti = d.text(x + size + 8, y, office, size=size)
    d.line(li, ti)
    d.labels.append((d.p, li, ch))
    return li, ti


def gput(d, k, row, s, g0, lead, indent=0, **kw):
    """A line on the shared baseline grid of column k: y = g0 + row * lead."""
    C = d.cols[d.p]
    i = d.put(C[k][0] + indent, g0 + row * lead, s, **kw)
    d.grid.append((d.p, k, i))
    return i


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


# ------------------------------------------------------------------ 高岡市 (A3 portrait poster, 5 columns WITH column rules)

def takaoka():
    d = Doc('takaoka-2026', 1091, size=A3P); init109(d)
    org, ta, tt = '高岡市', '事務', '技術'
    col, tint = (0.48, 0.16, 0.10), (0.97, 0.91, 0.87)
    title = '職員募集 2026'
    edition = '令和8年4月現在'
    foot = '高岡市 職員募集ポスター 2026'
    hire = hiring_rows([(2021, (18, 9), (6, 1), False), (2022, (20, 11), (5, 2), False),
                        (2023, (17, 8), (7, 2), False), (2024, (21, 12), (6, 1), False),
                        (2025, (19, 10), (8, 3), False), (2026, (20, None), (7, None), True)])
    lead = ['万葉のふるさと、ものづくりのまち。', '高岡の暮らしを支える仲間を', '募集します。']
    # masthead band across the top
    d.rect(30, 28, d.W - 60, 104, fill=col)
    d.put(46, 92, org, font='G', size=46, color=WHITE)
    d.put(200, 92, title, font='G', size=24, color=WHITE)
    d.put(d.W - 46, 120, edition, size=10, align='r', color=WHITE)
    C = columns(d, 32, d.W - 32, 5, 14)
    span_head(d, 0, 4, 170, 'ものづくりと万葉のまちで、あなたの力を。', col, size=20)
    T1, T2 = 192, 668
    # ---- tier 1
    x = C[0][0]
    for k, s in enumerate(lead): d.put(x, 210 + k * 12.5, s, size=8.4)
    y = 210 + len(lead) * 12.5 + 22
    hhead(d, x, y, '研修', col)
    training = ['採用後は富山県の市町村職員', '研修と市の研修で基礎を学び、', '3年目までに窓口と事業の', '両方の職場を経験します。',
                '技術職員には資格取得の', '費用を助成します。']
    for k, s in enumerate(training): d.put(x, y + 18 + k * 12, s, size=8.0)
    y += 18 + len(training) * 12 + 20
    hhead(d, x, y, '先輩職員の声', col)
    voice = ['道路課（令和4年度採用・土木）', '「雪の朝に除雪が間に合い、', '通学路が開いたときが', 'いちばんうれしい瞬間です。」']
    d.put(x, y + 18, voice[0], font='G', size=7.8)
    for k, s in enumerate(voice[1:]): d.put(x, y + 31 + k * 12, s, size=8.0)
    # cols 2-3: 採用実績 with a vertical headline at the RIGHT of the article
    x0, x1 = C[1][0], C[2][1]
    vbot = vhead_right(d, x1, T1 + 8, '採用実績', col, tint)
    hintro = '採用者数の推移（単位：人）'
    d.put(x0, T1 + 20, hintro, size=8.2)
    body = hire_cells(hire)
    yt = d.table(x0, T1 + 28, [86, 62, 62, 62], [['年度', ta, tt, '計']] + body, rh=19, hfill=tint, size=8.4)
    hnotes = ['※（ ）内は女性の数で内数です。', '※令和8年度は採用予定数です。']
    for k, s in enumerate(hnotes): d.put(x0, yt + 13 + k * 11.5, s, size=7.6)
    y = yt + 13 + len(hnotes) * 11.5 + 20
    d.put(x0, y, '採用試験の倍率（参考）', font='G', size=8.4)
    ratio = ['令和7年度　事務 6.2倍　技術 2.1倍', '令和6年度　事務 5.8倍　技術 1.9倍']
    for k, s in enumerate(ratio): d.put(x0 + 8, y + 15 + k * 12, s, size=8.0)
    # col 4: 配属実績
    x = C[3][0]
    hhead(d, x, T1 + 20, '配属実績', col)
    aintro = '令和7年度採用者の配属先（単位：人）'
    d.put(x, T1 + 38, aintro, size=7.7)
    assign = [('総務課', 3, None), ('税務課', 3, None), ('市民課', 2, None), ('福祉政策課', 3, None),
              ('子ども保育課', 2, None), ('観光振興課', 2, None), ('都市計画課', 1, 1), ('道路課', None, 4),
              ('上下水道局', 2, 2), ('教育総務課', 1, 1)]
    ya = d.table(x, T1 + 46, [82, 31, 31], [['配属先', ta, tt]] + assign_rows(assign), rh=17, hfill=tint, size=8.0)
    anotes = ['※－は配属なし。']
    d.put(x, ya + 12, anotes[0], size=7.4)
    # col 5: 試験区分
    x = C[4][0]
    hhead(d, x, T1 + 20, '試験区分', col)
    exam_name = '高岡市職員採用試験（大学卒業程度）'
    d.put(x, T1 + 38, '試験：高岡市職員採用試験', size=7.8)
    d.put(x + 24, T1 + 50, '（大学卒業程度）', size=7.8)
    exams = [('事務', [('一般事務', 16), ('福祉', 4)]), ('技術', [('土木', 4), ('建築', 2), ('電気', 1)])]
    ye = d.table(x, T1 + 58, [36, 64, 42], [['区分', '職種', '予定数']] + exam_rows(exams), rh=18, hfill=tint, size=8.0)
    enotes = ['※福祉は社会福祉士の資格が', '　必要です。']
    for k, s in enumerate(enotes): d.put(x, ye + 12 + k * 11, s, size=7.4)
    for k in (0, 2, 3): colrule(d, k, T1, T2 - 14)          # no rule between columns 2 and 3: the article spans them
    d.hline(C[0][0], C[4][1], T2 - 6, lw=0.8, color=col)    # tier rule (段罫)
    # ---- tier 2
    x = C[0][0]
    hhead(d, x, T2 + 16, '働きやすい職場づくり', col, size=9.6)
    inits = [('時差出勤の拡大', ['7時から10時まで30分', '単位で始業を選べます。']),
             ('若手職員の政策提案', ['入庁5年目までの職員が', '市長に直接提案します。'])]
    y = bullets(d, x, T2 + 36, inits, '◆')
    x = C[1][0]
    hhead(d, x, T2 + 16, '仕事と家庭の両立支援', col, size=9.6)
    support_lines = [('育児休業', '子が3歳に達するまで', ['男性職員の取得も', '増えています。']),
                     ('部分休業', '小学校就学前まで', ['1日2時間まで勤務しない', '時間をつくれます。']),
                     ('介護休暇', '通算6か月', ['分割して取得できます。'])]
    y, sprinted = support_block(d, x, T2 + 36, support_lines, tsize=8.0)
    for k in (0, 1): colrule(d, k, T2, d.H - 52)
    # cols 3-5: a boxed ad (囲み) with one-kanji labels 対 / 申 / 試 / 問
    x0, x1 = C[2][0], C[4][1]
    d.rect(x0, T2 + 2, x1 - x0, 196, stroke=col, lw=1.4)
    d.put(x0 + 14, T2 + 26, '令和8年度 高岡市職員採用試験', font='G', size=13, color=col)
    d.spans.append((d.p, '令和8年度 高岡市職員採用試験', x0, x1))
    office, tel, email = '高岡市総務部人事課', '0766-20-1432', 'shokuin-boshu@city.takaoka.lg.jp'
    klabel(d, x0 + 14, T2 + 50, '対', '平成11年4月2日以降に生まれた人', col)
    klabel(d, x0 + 14, T2 + 68, '申', '5月1日から5月22日まで（電子申請）', col)
    klabel(d, x0 + 14, T2 + 86, '試', '第1次試験　6月21日　高岡市役所', col)
    klabel(d, x0 + 14, T2 + 112, '問', office, col)
    d.put(x0 + 33, T2 + 127, '☎' + tel, size=8.4)
    d.put(x0 + 33, T2 + 141, 'メール ' + email, size=8.2)
    d.put(x0 + 14, T2 + 168, '※受験案内は市ホームページからダウンロードできます。', size=7.6)
    address = '〒933-8601 富山県高岡市広小路7番50号'
    routes = [('万葉線広小路駅から徒歩約1分', '広小路'), ('あいの風とやま鉄道高岡駅から徒歩約20分', '高岡')]
    y = T2 + 226
    hhead(d, x0, y, 'アクセス', col)
    d.put(x0, y + 18, address, size=8.2)
    for k, (s, st) in enumerate(routes): d.put(x0, y + 32 + k * 12.5, s, size=8.2)
    footer(d, foot, col)
    facts = base_facts(org, title, edition, '令和8年4月', '2026-04', lead, hire, ta, tt,
                       'ruled 年度 | 事務 | 技術 | 計 spanning newspaper columns 2-3, its vertical headline 採用実績 at the RIGHT of the article',
                       ['年度', ta, tt, '計'], ['label', 'admin', 'tech', 'total'], [hintro], hnotes,
                       assign, aintro, 'ruled 配属先 | 事務 | 技術 in one newspaper column; － for none',
                       '試験区分', exam_name, exams, 'ruled 区分 | 職種 | 予定数, track cells spanning; caption on two lines',
                       ['区分', '職種', '予定数'],
                       '研修', [''.join(training)], inits, '◆title / indented text', '働きやすい職場づくり',
                       support_lines, '仕事と家庭の両立支援', '●name（duration） / indented text', sprinted,
                       office, tel, '☎' + tel, email, 'メール ' + email, address, routes, False,
                       dict(contacts='in a boxed ad (囲み): the office after a one-kanji label 問 (white on a dark square) on the same baseline; ☎ and メール lines under it; labels 対 / 申 / 試 are no contacts',
                            hiring='a vertical headline 採用実績 at the RIGHT edge of the article, the table to its left'))
    facts['hiring']['printedRows'] = ['\t'.join(r) for r in body]
    facts['assignments']['note'] = anotes
    facts['exams']['note'] = enotes
    facts['contacts'][0]['label'] = '問'
    facts['decoys'].update(size='A3 portrait', columns=[5], columnRules=True, footers=[foot],
                           layout='A3 portrait poster, 1 p: masthead band; headline across all 5 columns; tier 1: lead, 研修, '
                                  '先輩職員の声 | 採用実績 over columns 2-3 with a vertical headline at its right | 配属実績 | 試験区分; '
                                  'tier rule; tier 2: initiatives | support | boxed ad (対 / 申 / 試 / 問 labels, ☎, メール) over '
                                  'columns 3-5, then アクセス. Column rules between columns except where an article spans.')
    return d, facts


# ------------------------------------------------------------------ 宮崎県教育委員会 (A3 landscape poster, 6 columns, NO rules, shared baseline grid)

def miyazaki_kyoiku():
    d = Doc('miyazaki-kyoiku-2026', 1092, size=A3L); init109(d)
    org, ta, tt = '宮崎県教育委員会', '事務', '技術'
    col, tint = (0.05, 0.38, 0.30), (0.87, 0.95, 0.91)
    title = '事務・技術職員 採用案内 2026'
    edition = '令和8年3月現在'
    foot = '宮崎県教育委員会　事務・技術職員 採用案内 2026'
    hire = hiring_rows([(2021, (24, 13), (3, 1), False), (2022, (22, 12), (4, 1), False),
                        (2023, (26, 15), (3, 0), False), (2024, (23, 13), (5, 2), False),
                        (2025, (25, 14), (4, 1), False), (2026, (22, None), (4, None), True)], fw=True)
    lead = ['県立学校と教育委員会事務局で、子どもたちの学びを支える事務職員と技術職員を募集します。',
            '学校の予算や施設を守る仕事は、授業のすぐそばにあります。']
    d.put(40, 78, org, font='G', size=36, color=col)
    d.put(40, 104, title, font='G', size=16)
    d.put(d.W - 40, 122, edition, size=10, align='r')
    d.hline(30, d.W - 30, 130, lw=2.2, color=col)
    for k, s in enumerate(lead): d.put(40, 150 + k * 14, s, size=10)
    C = columns(d, 30, d.W - 30, 6, 9)
    G0, LD = 204, 11.6           # the shared baseline grid: every column line at G0 + k * LD
    # cols 1-2: 採用実績 spanning two columns
    span_head(d, 0, 1, G0, '採用実績', col, size=13)
    hintro = '採用者数の推移（単位：人）'
    gput(d, 0, 2, hintro, G0, LD, size=8)
    body = hire_cells(hire)
    yt = d.table(C[0][0], G0 + 2 * LD + 6, [110, 84, 84, 84], [['年度', ta, tt, '計']] + body, rh=2 * LD, hfill=tint, size=8.2)
    r = int((yt - G0) / LD) + 2
    hnotes = ['※（ ）内は女性の数で内数です。', '※令和8年度は採用予定数です。']
    for k, s in enumerate(hnotes): gput(d, 0, r + k, s, G0, LD, size=7.6)
    r += len(hnotes) + 2
    # col 1: 配属実績 ; col 2: 試験区分 (both under the spanning article)
    hhead(d, C[0][0], G0 + r * LD, '配属実績', col, size=9.6)
    aintro = '令和7年度採用者の配属先（単位：人）'
    gput(d, 0, r + 2, aintro, G0, LD, size=7.8)
    assign = [('総務課', 3, None), ('財務福利課', 3, None), ('教職員課', 2, None), ('学校政策課', 2, None),
              ('県立高校（事務室）', 11, None), ('特別支援学校', 3, None), ('生涯学習課', 1, None),
              ('学校施設課', None, 3), ('文化財課', None, 1)]
    ya = d.table(C[0][0], G0 + (r + 2) * LD + 6, [112, 34, 34], [['配属先', ta, tt]] + assign_rows(assign, fw=True),
                 rh=2 * LD, hfill=tint, size=7.8)
    ra = int((ya - G0) / LD) + 2
    anotes = ['※－は配属なし。学校は県内各地です。']
    gput(d, 0, ra, anotes[0], G0, LD, size=7.4)
    hhead(d, C[1][0], G0 + r * LD, '試験区分', col, size=9.6)
    exam_name = '宮崎県職員採用試験（大学卒業程度）'
    gput(d, 1, r + 2, '試験：' + exam_name, G0, LD, size=7.8)
    exams = [('事務', [('学校事務', 18), ('一般行政', 4)]), ('技術', [('建築', 3), ('文化財', 1)])]
    ye = d.table(C[1][0], G0 + (r + 2) * LD + 6, [40, 84, 50], [['区分', '職種', '予定数']] + exam_rows(exams),
                 rh=2 * LD, hfill=tint, size=7.8)
    re_ = int((ye - G0) / LD) + 2
    enotes = ['※試験は宮崎県人事委員会が実施し、', '　合格者から教育委員会が採用します。']
    for k, s in enumerate(enotes): gput(d, 1, re_ + k, s, G0, LD, size=7.4)
    # col 3: 研修 with a vertical headline at its right; 先輩職員の声
    xr = C[2][1]
    vhead_right(d, xr, G0 - 10, '研修', col, tint)
    training = ['採用1年目は県の新規採用職員研修', 'に加え、学校事務の実務研修を', '受けます。2年目からは学校と', '事務局の間で人事交流があり、',
                '3か所ほどの職場を経験します。']
    for k, s in enumerate(training): gput(d, 2, k, s, G0, LD, size=8.0)
    hhead(d, C[2][0], G0 + 8 * LD, '先輩職員の声', col, size=9.6)
    voice = ['県立高校事務室（令和5年度採用）', '「修学旅行の手配から校舎の修繕', 'まで、学校の全部が見えるのが', 'この仕事の面白さです。」']
    gput(d, 2, 10, voice[0], G0, LD, font='G', size=7.8)
    for k, s in enumerate(voice[1:]): gput(d, 2, 11 + k, s, G0, LD, size=8.0)
    hhead(d, C[2][0], G0 + 17 * LD, '県立学校の数', col, size=9.6)
    for k, s in enumerate(['高等学校　36校', '特別支援学校　14校', '中学校（併設型）　3校']): gput(d, 2, 19 + k, s, G0, LD, size=8.0)
    # cols 4-6: 特集 banner, initiatives as headlined articles
    x0, x1 = C[3][0], C[5][1]
    d.rect(x0, G0 - 14, x1 - x0, 20, fill=tint)
    d.put(x0 + 8, G0, '特集　働きやすい職場づくり', font='G', size=11, color=col)
    d.spans.append((d.p, '特集　働きやすい職場づくり', x0, x1))
    i1 = ('学校事務にもテレワーク', '―県立学校の事務室から在宅へ―',
          ['令和6年度から、県立学校の事務職員も週2日', 'まで在宅で働けるようになりました。給与や', '旅費の事務は、すべて電子決裁で進みます。', '在宅の日も、学校とはチャットでつながります。'],
          ['子どもの送り迎えがある職員の利用が多く、', '事務室の残業も前の年より2割減りました。', '夏休みは交代で取得し、学校の行事の日は', '事務室に全員がそろうようにしています。'])
    i2 = ('新任者に先輩が伴走', '―1年間のメンター制度―',
          ['採用1年目の職員には、別の学校の先輩が', 'メンターとして付き、月に1回、オンライン', 'で相談に乗ります。2年目には自分が後輩の', '相談相手になる職員もいます。'])
    span_head(d, 3, 4, G0 + 2.4 * LD, i1[0], col, size=16, rule=False, font='G')
    gput(d, 3, 4, i1[1], G0, LD, font='G', size=8.6)
    for k, s in enumerate(i1[2]): gput(d, 3, 5 + k, s, G0, LD, size=8.0)
    for k, s in enumerate(i1[3]): gput(d, 4, 5 + k, s, G0, LD, size=8.0)
    d.put(C[5][0], G0 + 2.4 * LD, i2[0], font='G', size=13, color=col)
    gput(d, 5, 4, i2[1], G0, LD, font='G', size=8.6)
    for k, s in enumerate(i2[2]): gput(d, 5, 5 + k, s, G0, LD, size=8.0)
    inits = [(i1[0], i1[2] + i1[3]), (i2[0], i2[2])]
    # bottom of cols 4-6: support | contacts | access, all on the shared grid (narrow gutters, no rule)
    R = 12
    gput(d, 3, R, '仕事と家庭の両立支援', G0, LD, font='G', size=9.4, color=col)
    support_lines = [('育児休業', '子が3歳に達するまで', '学校の長期休業に合わせて取ることもできます。'),
                     ('部分休業', '小学校就学前まで', '1日2時間まで勤務しない時間がとれます。'),
                     ('子の看護等休暇', '年5日', '子が2人以上の場合は年10日まで取れます。')]
    sprinted = []
    rr = R + 2
    for nm, du, txt in support_lines:
        s = f'●{nm}（{du}）'
        gput(d, 3, rr, s, G0, LD, font='G', size=8.2); sprinted.append(s)
        gput(d, 3, rr + 1, txt, G0, LD, indent=8, size=7.8)
        rr += 3
    office, tel, email = '宮崎県教育委員会総務課', '0985-26-7231', 'kyoiku-saiyo@pref.miyazaki.lg.jp'
    gput(d, 4, R, 'お問い合わせ', G0, LD, font='G', size=9.4, color=col)
    gput(d, 4, R + 2, office, G0, LD, size=8.2)
    gput(d, 4, R + 3, 'TEL ' + tel, G0, LD, size=8.2)
    gput(d, 4, R + 4, 'E-mail ' + email, G0, LD, size=7.6)
    gput(d, 4, R + 5, '受付時間　平日8時30分～17時15分', G0, LD, size=8.0)
    address = '〒880-8502 宮崎県宮崎市橘通東1丁目9番10号'
    routes = [('JR日豊本線宮崎駅から徒歩約15分', '宮崎'), ('JR日豊本線宮崎神宮駅から車で約10分', '宮崎神宮')]
    gput(d, 5, R, 'アクセス', G0, LD, font='G', size=9.4, color=col)
    gput(d, 5, R + 2, '〒880-8502', G0, LD, size=8.2)
    gput(d, 5, R + 3, '宮崎県宮崎市橘通東1丁目9番10号', G0, LD, size=8.2)
    for k, (s, st) in enumerate(routes): gput(d, 5, R + 4 + k, s, G0, LD, size=8.0)
    gput(d, 5, R + 7, '※県庁本館の隣、教育委員会は', G0, LD, size=7.6)
    gput(d, 5, R + 8, '　県庁5号館にあります。', G0, LD, size=7.6)
    footer(d, foot, col)
    facts = base_facts(org, title, edition, '令和8年3月', '2026-03', lead, hire, ta, tt,
                       'ruled 年度 | 事務 | 技術 | 計 spanning newspaper columns 1-2, rows on the baseline grid; counts full-width',
                       ['年度', ta, tt, '計'], ['label', 'admin', 'tech', 'total'], [hintro], hnotes,
                       assign, aintro, 'ruled 配属先 | 事務 | 技術 in one column; full-width; － for none',
                       '試験区分', exam_name, exams, 'ruled 区分 | 職種 | 予定数, track cells spanning', ['区分', '職種', '予定数'],
                       '研修', [''.join(training)], inits, 'headline (unmarked, 16 / 13 pt) + sub-headline ―…― + body flowed in one or two columns', '働きやすい職場づくり',
                       support_lines, '仕事と家庭の両立支援', '●name（duration） / indented text', sprinted,
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(initiatives='each initiative is a newspaper ARTICLE under the banner 特集　働きやすい職場づくり: its title a big unmarked headline (the first spanning columns 4-5), a sub-headline ―…―, its body flowed down column 4 then column 5',
                            contacts='support | contacts | access side by side in three narrow columns on ONE baseline grid, 9 pt gutters, no column rule'))
    subs = {i1[0]: i1[1], i2[0]: i2[1]}
    for it in facts['initiatives']:
        it['printed'] = [it['title'], subs[it['title']]] + [s for t, b in inits if t == it['title'] for s in b]
        it['subtitle'] = subs[it['title']]
    facts['hiring']['printedRows'] = ['\t'.join(r) for r in body]
    facts['assignments']['note'] = anotes
    facts['exams']['note'] = enotes
    facts['access']['addressPrinted'] = ['〒880-8502', '宮崎県宮崎市橘通東1丁目9番10号']
    facts['decoys'].update(size='A3 landscape', columns=[6], columnRules=False, footers=[foot], baselineGrid=[G0, LD],
                           headlineInitiatives=True,
                           layout='A3 landscape poster, 1 p: masthead, lead across the page; 6 narrow columns, NO column rules, '
                                  '9 pt gutters, one baseline grid: 採用実績 over columns 1-2, then 配属実績 | 試験区分; 研修 (vertical '
                                  'headline at its right), 先輩職員の声, 県立学校の数; 特集 banner over columns 4-6 with two headlined '
                                  'initiative articles; support | contacts | access at the foot of columns 4-6.')
    return d, facts


# ------------------------------------------------------------------ 由利本荘市 (tabloid 採用新聞, 2 pp; p1 5 columns, p2 4 columns)

def yurihonjo():
    d = Doc('yurihonjo-2026', 1093, size=TABLOID); init109(d)
    org, ta, tt = '由利本荘市', '事務', '技術'
    col, tint = (0.10, 0.20, 0.45), (0.89, 0.91, 0.97)
    title = '職員採用新聞'
    edition = '令和8年4月1日現在'
    foots = ['由利本荘市職員採用新聞　第12号　（1）', '由利本荘市職員採用新聞　第12号　（2）']
    # newspaper years: the last two digits of the western year, no apostrophe
    hire = hiring_rows([(2021, (14, 6), (5, 1), False), (2022, (16, 8), (4, 0), False),
                        (2023, (13, 7), (6, 2), False), (2024, (15, 7), (5, 1), False),
                        (2025, (17, 9), (6, 1), False), (2026, (14, None), (5, None), True)],
                       label=lambda fy, p: f'{fy % 100}年度' + ('（予定）' if p else ''))
    lead = ['日本海と鳥海山に囲まれた', '由利本荘市は、県内で最も', '広い市です。', '新しい仲間を', '募集します。']
    # ---- p1 masthead
    d.put(40, 52, org, font='G', size=15, color=col)
    d.put(40, 104, title, font='G', size=46, color=col, mode=2)
    ex0 = d.W - 250
    d.rect(ex0, 34, 212, 76, stroke=col, lw=0.8)
    d.put(ex0 + 10, 54, '第12号', font='G', size=12, color=col)
    d.put(ex0 + 10, 74, '2026年（令和8年）4月15日発行', size=8.6)
    d.put(ex0 + 10, 90, '発行　由利本荘市総務部人事課', size=8.6)
    d.hline(28, d.W - 28, 120, lw=2.4, color=col)
    C = columns(d, 28, d.W - 28, 5, 10)
    span_head(d, 0, 4, 158, '令和8年度は19人を採用予定', col, size=26, rule=False)
    T1 = 182
    x = C[0][0]
    for k, s in enumerate(lead): d.put(x, T1 + 12 + k * 13, s, size=8.8)
    d.put(x, T1 + 12 + len(lead) * 13 + 4, edition, size=8.4)
    d.put(x, T1 + 12 + len(lead) * 13 + 26, '市の人口　約7万2千人', size=8.0)
    d.put(x, T1 + 12 + len(lead) * 13 + 39, '市の面積　約1,210km²', size=8.0)
    # cols 2-4: 採用実績 (21年度 … 26年度（予定）)
    span_head(d, 1, 3, T1 + 10, '採用実績', col, size=13)
    hintro = '採用者数の推移（単位：人）'
    d.put(C[1][0], T1 + 30, hintro, size=8.2)
    body = hire_cells(hire)
    yt = d.table(C[1][0], T1 + 38, [110, 96, 96, 96], [['年度', ta, tt, '計']] + body, rh=19, hfill=tint, size=8.6)
    hnotes = ['※（ ）内は女性の数で内数です。', '※年度は西暦の下2桁で示しています。26年度は採用予定数です。']
    for k, s in enumerate(hnotes): d.put(C[1][0], yt + 13 + k * 11.5, s, size=7.6)
    # col 5: 配属実績, rows 1-6, then the jump →2面へ続く
    x = C[4][0]
    hhead(d, x, T1 + 10, '配属実績', col, size=10)
    aintro = '令和7年度採用者の配属先（単位：人）'
    d.put(x, T1 + 28, aintro, size=7.4)
    assign = [('総務課', 2, None), ('企画調整課', 2, None), ('税務課', 2, None), ('市民課', 1, None),
              ('福祉支援課', 2, None), ('子ども未来課', 2, None), ('観光振興課', 1, None), ('岩城総合支所', 2, None),
              ('建設管理課', None, 3), ('上下水道課', 1, 2), ('農山漁村振興課', 2, 1)]
    A1, A2 = assign[:6], assign[6:]
    ya = d.table(x, T1 + 36, [73, 31, 31], [['配属先', ta, tt]] + assign_rows(A1), rh=17, hfill=tint, size=7.8)
    d.put(C[4][1], ya + 14, '→2面へ続く', font='G', size=8, align='r', color=col)
    d.jumps.append((d.p, '→2面へ続く'))
    # ---- tier 2 (段罫)
    T2 = 450
    d.hline(C[0][0], C[4][1], T2 - 14, lw=0.9, color=col)
    span_head(d, 0, 1, T2 + 8, '先輩職員の声', col, size=13)
    v1 = ['観光振興課（令和5年度採用）', '「鳥海山の登山口で観光客に', '道を聞かれ、自分で作った', '案内板を指さしたときに', 'この仕事を選んでよかった', 'と思いました。」']
    v2 = ['建設管理課（令和4年度採用・', '土木）', '「冬は除雪の計画づくりで', '忙しくなりますが、春に', '道路が直ると達成感が', 'あります。」']
    for k, s in enumerate(v1): d.put(C[0][0], T2 + 28 + k * 12.5, s, size=8.0, font='G' if k == 0 else 'M')
    for k, s in enumerate(v2): d.put(C[1][0], T2 + 28 + k * 12.5, s, size=8.0, font='G' if k < 2 else 'M')
    x = C[2][0]
    hhead(d, x, T2 + 8, '研修', col, size=10)
    training = ['採用後は秋田県の市町村職員', '研修で基礎を学びます。', '3年目までに本庁と総合支所の', '両方を経験し、技術職員は', '資格取得の費用の助成を', '受けられます。']
    for k, s in enumerate(training): d.put(x, T2 + 27 + k * 12.5, s, size=7.9)
    # cols 4-5: 試験区分 with a vertical headline at the article's right
    x0, x1 = C[3][0], C[4][1]
    vhead_right(d, x1, T2 - 6, '試験区分', col, tint)
    exam_name = '由利本荘市職員採用試験（大学卒業程度）'
    d.put(x0, T2 + 8, '試験：' + exam_name, size=8.0)
    exams = [('事務', [('一般事務', 12), ('保健福祉', 2)]), ('技術', [('土木', 3), ('農業土木', 2)])]
    ye = d.table(x0, T2 + 16, [44, 92, 56], [['区分', '職種', '予定数']] + exam_rows(exams), rh=18, hfill=tint, size=8.2)
    enotes = ['※保健福祉は社会福祉士または', '　精神保健福祉士の資格が必要です。']
    for k, s in enumerate(enotes): d.put(x0, ye + 13 + k * 11, s, size=7.4)
    footer(d, foots[0], col)
    # ---- p2: 4 columns
    d.new_page()
    C = columns(d, 28, d.W - 28, 4, 12)
    span_head(d, 0, 3, 66, '冬も夏も、地域の現場に職員がいる', col, size=20, rule=True)
    T = 96
    x = C[0][0]
    hhead(d, x, T + 10, '働きやすい職場づくり', col, size=10)
    inits = [('総合支所での地域担当', ['職員が出身地以外の地区も', '担当し、住民と話し合います。']),
             ('冬期の在宅勤務', ['大雪の日は自宅から', '勤務できるようにしました。'])]
    y = bullets(d, x, T + 30, inits, '◆')
    hhead(d, x, y + 8, '仕事と家庭の両立支援', col, size=10)
    support_lines = [('育児休業', '子が3歳に達するまで', ['男性職員の取得が', '増えています。']),
                     ('育児短時間勤務', '小学校就学前まで', ['保育園の送り迎えに', '合わせて勤務できます。']),
                     ('介護休暇', '通算6か月', ['分割して取得できます。'])]
    y, sprinted = support_block(d, x, y + 28, support_lines)
    # col 2: an unrelated article, then the jump continuation of 配属実績 (no heading, no header row)
    x = C[1][0]
    span_head(d, 1, 1, T + 10, '職場紹介　岩城総合支所', col, size=11)
    art = ['日本海に面した岩城地域の', '窓口と地域振興を担う支所です。', '夏の海水浴場の運営や、', '冬の雪下ろしの支援など、',
           '季節ごとに仕事が変わります。', '支所には本庁の各課の仕事が', 'ひとそろいあり、若手職員が', '幅広く経験を積めます。']
    for k, s in enumerate(art): d.put(x, T + 30 + k * 12.5, s, size=8.0)
    yj = T + 30 + len(art) * 12.5 + 22
    d.hline(C[1][0], C[1][1], yj - 14, lw=0.5, color=GREY)
    d.put(x, yj, '（1面から続く）', font='G', size=8, color=col)
    d.jumps.append((d.p, '（1面から続く）'))
    yb = d.table(x, yj + 8, [98, 35, 35], assign_rows(A2), rh=17, header=0, size=7.8)
    anotes = ['※－は配属なし。']
    d.put(x, yb + 12, anotes[0], size=7.4)
    # col 3: 採用試験の日程 (decoy)
    x = C[2][0]
    hhead(d, x, T + 10, '採用試験の日程', col, size=10)
    sched = ['5月7日　受付開始', '5月29日　受付締切', '6月21日　第1次試験', '7月下旬　第2次試験', '8月下旬　最終合格発表']
    for k, s in enumerate(sched): d.put(x + 6, T + 30 + k * 13, s, size=8.2)
    d.put(x, T + 30 + len(sched) * 13 + 10, '※日程は変わることがあります。', size=7.4)
    # col 4: contacts, access
    x = C[3][0]
    office, tel, email = '由利本荘市総務部人事課', '0184-24-6238', 'yuri-saiyo@city.yurihonjo.lg.jp'
    hhead(d, x, T + 10, 'お問い合わせ', col, size=10)
    d.put(x, T + 29, office, size=8.2)
    d.put(x, T + 42, 'TEL ' + tel, size=8.2)
    d.put(x, T + 55, 'E-mail ' + email, size=7.0)
    address = '〒015-8501 秋田県由利本荘市尾崎17番地'
    routes = [('JR羽越本線羽後本荘駅から徒歩約15分', '羽後本荘'), ('由利高原鉄道子吉駅から車で約10分', '子吉')]
    hhead(d, x, T + 84, 'アクセス', col, size=10)
    d.put(x, T + 103, address, size=7.6)
    for k, (s, st) in enumerate(routes): d.put(x, T + 117 + k * 12.5, s, size=7.8)
    footer(d, foots[1], col)
    facts = base_facts(org, title, edition, '令和8年4月', '2026-04', lead, hire, ta, tt,
                       'ruled 年度 | 事務 | 技術 | 計; labels are the LAST TWO DIGITS of the western year (21年度 … 25年度, 26年度（予定）), no apostrophe',
                       ['年度', ta, tt, '計'], ['label', 'admin', 'tech', 'total'], [hintro], hnotes,
                       assign, aintro, 'ruled 配属先 | 事務 | 技術; rows 1-6 on 1面 column 5 closed by →2面へ続く, rows 7-11 on 2面 column 2 under an unrelated article after （1面から続く）, no heading and no header row there',
                       '試験区分', exam_name, exams, 'ruled 区分 | 職種 | 予定数, track cells spanning; vertical headline at the article\'s right',
                       ['区分', '職種', '予定数'],
                       '研修', [''.join(training)], inits, '◆title / indented text', '働きやすい職場づくり',
                       support_lines, '仕事と家庭の両立支援', '●name（duration） / indented text', sprinted,
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(hiring='newspaper years: 21年度 = 2021 (western, last two digits, no apostrophe); a note says so',
                            assignments='the table JUMPS from 1面 (column 5) to 2面 (column 2, under an unrelated article): →2面へ続く / （1面から続く）; the continued rows have no header',
                            edition='the masthead ear prints the issue date 2026年（令和8年）4月15日発行 (no 現在); the edition is 令和8年4月1日現在, printed once, under the lead'))
    # the edition line: the newest (only) 現在 date, printed under the lead
    facts['hiring']['printedRows'] = ['\t'.join(r) for r in body]
    facts['assignments']['note'] = anotes
    facts['assignments']['jump'] = {'from': '1面', 'to': '2面', 'marks': ['→2面へ続く', '（1面から続く）'],
                                    'unitsFrom': [u for u, _, _ in A1], 'unitsTo': [u for u, _, _ in A2]}
    facts['exams']['note'] = enotes
    facts['decoys'].update(size='tabloid', columns=[5, 4], columnRules=False, footers=foots, issue='第12号', twoDigitYears=True,
                           layout='tabloid 採用新聞, 2 pp: p1 masthead (由利本荘市 / 職員採用新聞) with an ear box (第12号, issue date, 発行), '
                                  'a headline across 5 columns; tier 1: lead, edition | 採用実績 over columns 2-4 | 配属実績 rows 1-6 '
                                  '→2面へ続く; tier rule; tier 2: 先輩職員の声 over columns 1-2 | 研修 | 試験区分 over columns 4-5 with a '
                                  'vertical headline at its right. p2 (4 columns): headline; initiatives, support | 職場紹介, （1面から続く） '
                                  'rows 7-11 | 採用試験の日程 | contacts, access. Footers with the issue number (furniture).')
    return d, facts


BUILDERS = {'takaoka-2026': takaoka, 'miyazaki-kyoiku-2026': miyazaki_kyoiku, 'yurihonjo-2026': yurihonjo}


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
    """Set 109's frame: A3 posters and a tabloid 採用新聞: 4-6 narrow newspaper columns, headlines spanning columns,
    a vertical headline (縦見出し) at the right of an article, column rules only where the facts say so (and never
    through a text), the footers (furniture, with the issue number in the newspaper), the newest 現在 date."""
    err = []
    dec = f['decoys']
    if (round(d.W, 1), round(d.H, 1)) != tuple(round(v, 1) for v in SIZES.get(dec.get('size'), (0, 0))): err.append('page size')
    if len(d.pages) != len(dec['columns']): err.append('page count')
    for p in range(len(d.pages)):
        C = d.cols.get(p)
        if not C or len(C) != dec['columns'][p] or not 4 <= len(C) <= 6: err.append(f'page {p + 1}: columns')
        elif max(x1 - x0 for x0, x1 in C) > 190: err.append(f'page {p + 1}: columns not narrow')
        fu = [it for it in d.items if it['page'] == p and it['furniture']]
        if len(fu) != 1 or fu[0]['s'] != dec['footers'][p] or fu[0]['y'] < d.H - 40: err.append(f'page {p + 1}: footer')
        if dec.get('issue') and dec['issue'] not in dec['footers'][p]: err.append(f'page {p + 1}: issue number not in the footer')
        if not any(pp == p and x1 - x0 > 1.5 * (C[0][1] - C[0][0]) for pp, s, x0, x1 in d.spans) and p == 0:
            err.append('no headline spanning columns on p1')
    rules = d.rules
    if dec.get('columnRules') and len(rules) < 3: err.append('column rules missing')
    if not dec.get('columnRules') and rules: err.append('column rules drawn')
    for (p, rx, y0, y1) in rules:
        for it in d.items:
            if it['page'] != p or it['furniture']: continue
            x0, x1 = it['x'], it['x'] + it['w']
            ya, yb = it['y'] - it['size'] * 0.88, it['y'] + it['size'] * 0.12
            if x0 < rx < x1 and ya < y1 and yb > y0: err.append(f'column rule through {it["s"]!r}')
    # the issue number printed in the masthead ear (newspaper)
    exp = d.expected()
    lines = [l for l in exp.split('\n') if l.strip() and l != '\f']
    if dec.get('issue') and dec['issue'] not in lines: err.append('issue number not printed')
    # vertical headlines: one glyph per row on one centre, at the RIGHT edge of a column (or of a spanned block)
    if not d.vheads: err.append('no vertical heading')
    for (p, s, cx0, yt, yb) in d.vheads:
        ok = False
        for (lp, cells) in d.lines:
            if lp != p or len(cells) != 1: continue
            cell = cells[0]
            if ''.join(d.items[i]['s'] for i in cell) == s and len(cell) == len(s) > 1:
                cxs = {round(d.items[i]['x'] + d.items[i]['w'] / 2, 1) for i in cell}
                ys = [d.items[i]['y'] for i in cell]
                if len(cxs) == 1 and ys == sorted(ys):
                    cx = cxs.pop()
                    ok = ok or any(x1 - 20 < cx < x1 for x0, x1 in d.cols[p])
        if not ok: err.append(f'vertical headline {s} not at the right edge of a column')
    # the shared baseline grid (miyazaki): every grid line on g0 + k * lead; neighbouring columns share baselines
    g = dec.get('baselineGrid')
    if g:
        g0, ld = g
        if not d.grid: err.append('no grid lines')
        shared = Counter()
        for (p, k, i) in d.grid:
            it = d.items[i]
            q = (it['y'] - g0) / ld
            if abs(q - round(q)) > 1e-6: err.append(f'off the grid: {it["s"]!r}')
            if it['x'] + it['w'] > d.cols[p][k][1] + 0.01: err.append(f'out of its column: {it["s"]!r}')
            shared[(round(it['y'], 3), k)] += 1
        pairs = sum(1 for (y, k) in shared if (y, k + 1) in shared)
        if pairs < 6: err.append('neighbouring columns share too few baselines')
    elif d.grid: err.append('grid lines without a grid')
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
        if f['decoys'].get('headlineInitiatives'):
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
    def no_vertical_heading(d, f): d.vheads.clear()
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
    def grid_broken(d, f):
        dec = f['decoys']
        if dec.get('baselineGrid'): d.items[d.grid[5][2]]['y'] += 2
        else: dec['baselineGrid'] = [200, 11.6]
    def rule_through_text(d, f):
        it = [it for it in d.items if it['page'] == 0 and not it['furniture'] and it['w'] > 60][3]
        d.p = 0
        d.vline(it['x'] + it['w'] / 2, it['y'] - 20, it['y'] + 20, lw=0.4)
        d.rules.append((0, it['x'] + it['w'] / 2, it['y'] - 20, it['y'] + 20))
    def rules_flag_toggled(d, f): f['decoys']['columnRules'] = not f['decoys']['columnRules']
    def no_spanning_headline(d, f): d.spans.clear()
    def columns_wrong(d, f): f['decoys']['columns'][0] += 1
    def wide_columns(d, f):
        C = d.cols[0]; d.cols[0] = [(C[0][0], C[0][0] + 250)] + C[1:]
    def vertical_headline_moved(d, f):
        p, s, cx, yt, yb = d.vheads[0]
        for (lp, cells) in d.lines:
            if lp == p and len(cells) == 1 and ''.join(d.items[i]['s'] for i in cells[0]) == s:
                for i in cells[0]: d.items[i]['x'] -= 60
                break
    def vertical_headline_ragged(d, f):
        p, s, cx, yt, yb = d.vheads[0]
        for (lp, cells) in d.lines:
            if lp == p and len(cells) == 1 and ''.join(d.items[i]['s'] for i in cells[0]) == s:
                d.items[cells[0][1]]['x'] -= 3
                break
    def newer_genzai(d, f):
        d.p = 0
        d.put(d.cols[0][0][0], d.H - 44, '令和9年1月現在', size=7)
    def page_size(d, f): d.W += 100
    def issue_toggled(d, f):
        dec = f['decoys']
        if dec.get('issue'): dec['issue'] = '第13号'
        else: dec['issue'] = '第12号'
    def footer_issue_dropped(d, f):
        fu = [it for it in d.items if it['furniture']][0]
        fu['s'] = fu['s'].replace('　第12号', '') + ' 別刷'
        f['decoys']['footers'][0] = fu['s']
        if not f['decoys'].get('issue'): f['decoys']['issue'] = '第12号'
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
