#!/usr/bin/env python3
"""Blind holdout set 108: three national bodies (大阪航空局, 東北農政局, 四国財務局) as 16:9 slide decks.

Self-contained (generate_holdout107.py's machinery, checks extended): a page model in top-down
coordinates, a table helper, reportlab's canvas (invariant=1, no page compression), the
facts and the checks. Every visual text piece is one text object; the objects of a page
are written after its graphics in a seeded shuffled order. Recruitment slide decks exported
from presentation software: 16:9 pages (960×540 or 1280×720), a title bar or band on every
slide, the organisation's logo-text and the slide number in a footer (furniture), slide
tables (filled header row, alternate row fills, white rules), two-content slides, callouts
and block arrows, a cover and an end slide.

  python3 Fixtures/generate_holdout108.py                   # all three
  python3 Fixtures/generate_holdout108.py tohoku-nosei-2026 # one
  python3 Fixtures/generate_holdout108.py --selftest        # inject faults; every one must be refused
"""
import io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout108')
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

    def poly(self, pts, fill):
        self.pages[self.p]['gfx'].append(('poly', pts, fill))

    def hline(self, x1, x2, y, lw=0.6, color=(0, 0, 0)):
        self.pages[self.p]['gfx'].append(('line', x1, y, x2, y, lw, color))

    def vline(self, x, y1, y2, lw=0.6, color=(0, 0, 0)):
        self.pages[self.p]['gfx'].append(('line', x, y1, x, y2, lw, color))

    # ---- table: rows of cells; a cell is str, None (empty), or dict(t=[lines], rs=, cs=)
    def table(self, x, y, widths, rows, rh=16, font='M', size=8.5, ruled=True, header=1,
              hfill=(0.9, 0.9, 0.9), hfont='G', align0='l', rules_between=False, style=None, alt=None):
        # style='slide' (set 108): a presentation table: header row filled with hfill and set in white, body rows in
        # alternate fills (alt), every cell framed by a WHITE rule, no dark rule at all
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
                if style == 'slide':
                    self.rect(x0, y0, x1 - x0, y1 - y0, fill=hfill if r < header else alt[(r - header) % 2], stroke=(1, 1, 1), lw=1.6)
                elif r < header and hfill: self.rect(x0, y0, x1 - x0, y1 - y0, fill=hfill)
                if ruled and style != 'slide': self.rect(x0, y0, x1 - x0, y1 - y0, stroke=(0.2, 0.2, 0.2), lw=0.5)
                ids = []
                n = len(tl)
                lh = size * 1.2
                for k, s in enumerate(tl):
                    w = sw(s, f, size)
                    assert w <= (x1 - x0) - 4, f'{self.name}: cell text too wide: {s!r} {w:.1f} > {x1 - x0 - 4:.1f}'
                    by = (y0 + y1) / 2 - (n * lh) / 2 + k * lh + size * 0.82
                    tc = (1, 1, 1) if (style == 'slide' and r < header) else (0, 0, 0)
                    if c == 0 and align0 == 'l' and r >= header:
                        ids.append(self.text(x0 + 8, by, s, font=f, size=size, color=tc))
                    else:
                        ids.append(self.text((x0 + x1) / 2, by, s, font=f, size=size, align='c', color=tc))
                out_lines[r][c] = ids
        if not ruled and style != 'slide':
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
                elif g[0] == 'poly':
                    _, pts, fill = g
                    c.setFillColorRGB(*fill)
                    pth = c.beginPath()
                    pth.moveTo(pts[0][0], H - pts[0][1])
                    for (px, py) in pts[1:]: pth.lineTo(px, H - py)
                    pth.close()
                    c.drawPath(pth, stroke=0, fill=1)
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







# ------------------------------------------------------------------ 16:9 slide decks (set 108)

S169 = (960.0, 540.0)
S720 = (1280.0, 720.0)
GREY = (0.4, 0.4, 0.4)
WHITE = (1, 1, 1)


def init108(d):
    d.titles = []        # (page, role, text): role in kicker | title | crumb | band | divider
    d.navs = {}          # page -> [nav tab item ids] (furniture)
    d.dividers = []      # pages that are section-divider slides
    d.zebras = []        # (page, x0, x1, y0, y1) of slide tables (filled header, alternate fills, white rules)
    d.halves = []        # (page, left-x1, right-x0): two-content slides


def footer(d, logo, num, col, size=9):
    """The organisation's logo-text at the left and the slide number at the right, under a rule (furniture)."""
    d.hline(24, d.W - 24, d.H - 38, lw=0.5, color=col)
    d.text(28, d.H - 24, logo, font='G', size=size, furniture=True, color=col)
    d.text(d.W - 28, d.H - 24, num, size=size, align='r', furniture=True, color=GREY)


def title_line(d, x, y, s, role, size, color=WHITE, font='G'):
    i = d.put(x, y, s, font=font, size=size, color=color)
    d.titles.append((d.p, role, s))
    return i


def slide_table(d, x, y, widths, rows, rh, size, col, alt, header=1, align0='l'):
    """A presentation table: filled header row (white text), alternate row fills, white rules, no black rule."""
    y1 = d.table(x, y, widths, rows, rh=rh, size=size, header=header, style='slide', hfill=col, alt=alt, align0=align0)
    d.zebras.append((d.p, x, x + sum(widths), y, y1))
    return y1


def bullets(d, x, y, items, mark, tsize=12, bsize=11, step=17, gap=8, tcolor=(0, 0, 0)):
    for t, body in items:
        d.put(x, y, mark + t, font='G', size=tsize, color=tcolor)
        for s in body:
            y += step; d.put(x + tsize, y, s, size=bsize)
        y += step + gap
    return y


def support_block(d, x, y, items, tsize=12, bsize=11, step=17, gap=12):
    sprinted = []
    for nm, du, txt in items:
        s = f'●{nm}（{du}）'
        d.put(x, y, s, font='G', size=tsize); sprinted.append(s)
        y += step; d.put(x + tsize, y, txt, size=bsize)
        y += step + gap
    return y, sprinted


def arrow_right(d, x, y, w, h, fill):
    """A block arrow (graphics) pointing right; text may be drawn on it."""
    hw = min(h * 0.6, w * 0.3)
    d.poly([(x, y + h * 0.2), (x + w - hw, y + h * 0.2), (x + w - hw, y), (x + w, y + h / 2),
            (x + w - hw, y + h), (x + w - hw, y + h * 0.8), (x, y + h * 0.8)], fill)


def arrow_left(d, x, y, w, h, fill):
    hw = min(h * 0.6, w * 0.3)
    d.poly([(x + w, y + h * 0.2), (x + hw, y + h * 0.2), (x + hw, y), (x, y + h / 2),
            (x + hw, y + h), (x + hw, y + h * 0.8), (x + w, y + h * 0.8)], fill)


def assign_rows(assign, fw=False):
    z = (lambda s: s.translate(FW)) if fw else (lambda s: s)
    return [[u, z(str(a)) if a else '－', z(str(t)) if t else '－'] for u, a, t in assign]


def exam_rows(exams, extra=None):
    rows = []
    for tr, cats in exams:
        for k, (c, n) in enumerate(cats):
            tail = [extra[c]] if extra else []
            rows.append(([{'t': [tr], 'rs': len(cats)}] if k == 0 else []) + [c, str(n)] + tail)
    return rows


def hire_cells(hire, order=('label', 'admin', 'tech', 'total')):
    out = []
    for r in hire:
        out.append([r['labelText'] if k == 'label' else r[k]['cellText'] for k in order])
    return out


# ------------------------------------------------------------------ 大阪航空局 (960×540, LEFT title band, message titles, (1/2) / (2/2))

def osaka_koku():
    d = Doc('osaka-koku-2026', 1081, size=S169); init108(d)
    org, ta, tt = '大阪航空局', '事務', '技術'
    col, tint = (0.06, 0.22, 0.46), (0.87, 0.91, 0.97)
    alt = ((0.93, 0.95, 0.99), (0.85, 0.89, 0.96))
    logo = '国土交通省 大阪航空局'
    edition = '令和8年3月1日現在'
    hire = hiring_rows([(2021, (7, 2), (6, 1), False), (2022, (8, 3), (5, 0), False),
                        (2023, (7, 2), (7, 2), False), (2024, (9, 3), (6, 1), False),
                        (2025, (8, 4), (7, 2), False), (2026, (9, None), (8, None), True)])
    lead = ['関西・中国・四国・九州・沖縄の空港と', '空の交通を支える国土交通省の地方支分部局です。', '管制・保安・空港運用を一体で担っています。']
    BW = 230          # the left title band
    BX = BW + 30      # body left
    nums = []

    def band(kicker, title):
        d.rect(0, 0, BW, d.H - 44, fill=col)
        title_line(d, 26, 74, kicker, 'kicker', 13, color=(0.80, 0.87, 0.98))
        d.rect(26, 84, 40, 2.5, fill=WHITE)
        for k, s in enumerate(title): title_line(d, 26, 122 + k * 27, s, 'title', 18.5)

    def foot():
        nums.append(str(d.p + 1)); footer(d, logo, nums[-1], col)

    # 1 cover
    d.rect(0, 0, 380, d.H - 44, fill=col)
    title_line(d, 40, 150, '国土交通省', 'band', 16)
    title_line(d, 40, 206, org, 'band', 44)
    d.rect(40, 232, 80, 3, fill=WHITE)
    d.put(420, 160, '職員採用案内 2026', font='G', size=30, color=col)
    d.put(420, 200, '令和8年度 業務説明会資料', font='G', size=17)
    d.put(420, 232, edition, size=12)
    for k, s in enumerate(lead): d.put(420, 300 + k * 22, s, size=13)
    foot()
    # 2 organisation (decoy table with an older 現在 date)
    d.new_page(); band('組織と業務', ['空の安全を', '西日本全体で', '支えています'])
    y = bullets(d, BX, 70, [('管制保安部', ['航空機の安全な運航のための', '管制・運航情報・無線施設の運用']),
                            ('空港部', ['空港の整備と維持管理、', '空港周辺の環境対策']),
                            ('空港事務所', ['管内各地の空港に置かれ、', '現場の運用を担います'])], '▶', tsize=13, bsize=12, step=19)
    RX = 600
    d.put(RX, 70, '数字で見る大阪航空局', font='G', size=13, color=col)
    slide_table(d, RX, 84, [190, 120], [['項目', '規模'], ['管内の空港', '約60空港'], ['空港事務所', '11か所'],
                                         ['職員数', '約3,300人']], rh=30, size=12, col=col, alt=alt)
    d.put(RX, 224, '※職員数は令和7年4月1日現在', size=10)
    d.halves.append((d.p, 560, RX))
    foot()
    # 3 hiring: two-content (table left, callout with an arrow right)
    d.new_page(); band('採用実績', ['技術系職員の採用を', '毎年続けています'])
    hintro = '採用者数の推移（単位：人）'
    d.put(BX, 66, hintro, size=12)
    body = hire_cells(hire)
    yt = slide_table(d, BX, 78, [170, 90, 90, 90], [['採用年度', ta, tt, '計']] + body, rh=32, size=13, col=col, alt=alt)
    hnotes = ['※（ ）内は女性の数で内数です。', '※令和8年度は採用予定数です。']
    for k, s in enumerate(hnotes): d.put(BX, yt + 18 + k * 16, s, size=10.5)
    arrow_left(d, 712, 300, 36, 26, (0.95, 0.55, 0.15))
    d.rect(752, 250, 178, 110, fill=(1.0, 0.95, 0.86), stroke=(0.95, 0.55, 0.15), lw=1.2)
    d.put(766, 276, 'POINT', font='G', size=13, color=(0.85, 0.40, 0.05))
    for k, s in enumerate(['女性の採用は', '5年で2倍に', '増えました']): d.put(766, 302 + k * 20, s, font='G', size=13)
    d.halves.append((d.p, BX + 440, 752))
    foot()
    # 4-5 assignments over two slides: 配属実績 (1/2) / (2/2), the header row repeated
    aintro = '令和7年度採用者の配属先（単位：人）'
    a1 = [('総務部総務課', 1, None), ('総務部人事課', 1, None), ('空港部管理課', 1, None), ('管制保安部管制保安課', None, 1),
          ('関西空港事務所', 1, 1), ('大阪空港事務所', 1, 1), ('福岡空港事務所', None, 1)]
    a2 = [('那覇空港事務所', 1, 1), ('鹿児島空港事務所', 1, None), ('広島空港事務所', None, 2), ('松山空港事務所', 1, None)]
    continued = ['配属実績 (1/2)', '配属実績 (2/2)']
    msg = ['空港の現場から', 'キャリアが', '始まります']
    side = [[('新規採用職員の多くは', []), ('空港事務所に配属されます', [])],
            [('2～3年ごとに異動し、', []), ('本局や他の空港も経験します', [])]]
    for k, (rows, cont) in enumerate(((a1, continued[0]), (a2, continued[1]))):
        d.new_page(); band(cont, msg)
        if k == 0: d.put(BX, 66, aintro, size=12)
        ya = slide_table(d, BX, 78, [220, 80, 80], [['配属先', ta, tt]] + assign_rows(rows), rh=30, size=12.5, col=col, alt=alt)
        if k == 1:
            anotes = ['※－は配属なし。']
            d.put(BX, ya + 18, anotes[0], size=10.5)
        d.rect(700, 120, 230, 76, fill=tint)
        for j, (s, _) in enumerate(side[k]): d.put(714, 150 + j * 24, s, font='G', size=12.5, color=col)
        d.halves.append((d.p, BX + 380, 700))
        foot()
    # 6 exams (left) and training (right)
    d.new_page(); band('試験区分', ['令和8年度は', '5つの区分で', '採用します'])
    exam_name = '国家公務員採用一般職試験（大卒程度試験）'
    exams = [('事務', [('行政', 9)]), ('技術', [('電気・電子・情報', 4), ('機械', 2), ('土木', 1), ('建築', 1)])]
    d.put(BX, 66, '試験：' + exam_name, size=12)
    ye = slide_table(d, BX, 80, [80, 170, 100], [['区分', '試験区分', '採用予定数']] + exam_rows(exams), rh=30, size=12.5, col=col, alt=alt)
    enotes = ['※近畿地区の試験で採用します。']
    d.put(BX, ye + 18, enotes[0], size=10.5)
    RX = 660
    d.rect(RX, 70, 270, 250, fill=tint)
    d.put(RX + 16, 100, '研修', font='G', size=14, color=col)
    training = ['採用後は航空保安大学校などで', '基礎研修を受け、配属先では', '先輩職員のOJTで業務を覚えます。', '2年目以降は専門研修で', '管制技術や施設管理を学びます。']
    for k, s in enumerate(training): d.put(RX + 16, 128 + k * 21, s, size=11.5)
    d.halves.append((d.p, BX + 350, RX))
    foot()
    # 7 initiatives (left) and support (right)
    d.new_page(); band('働きやすい職場づくり', ['仕事と生活の', '両立を応援します'])
    inits = [('テレワークの推進', ['本局の事務系職員は', '週2日まで在宅で勤務できます。']),
             ('勤務間インターバル', ['夜間勤務の後は', '11時間以上の休息を確保します。'])]
    bullets(d, BX, 74, inits, '◆', tsize=13, bsize=12, step=19, gap=12)
    RX = 610
    d.put(RX, 74, '仕事と家庭の両立支援', font='G', size=14, color=col)
    support_lines = [('育児休業', '子が3歳に達するまで', '男性職員の取得も増えています。'),
                     ('育児時間', '子が1歳6か月に達するまで', '1日2回、各30分以内で取得できます。'),
                     ('介護休暇', '通算6か月', '3回まで分けて取得できます。')]
    y, sprinted = support_block(d, RX, 104, support_lines, tsize=12.5, bsize=11.2, step=19)
    d.halves.append((d.p, 560, RX))
    foot()
    # 8 end slide: contacts | access
    d.new_page(); band('お問い合わせ', ['ご参加', 'ありがとう', 'ございました'])
    office, tel, email = '大阪航空局総務部人事課', '06-6949-6211', 'ocab-jinji@mlit.go.jp'
    address = '〒540-8559 大阪府大阪市中央区大手前4-1-76 大阪合同庁舎第4号館'
    routes = [('大阪メトロ谷町線谷町四丁目駅から徒歩約5分', '谷町四丁目'), ('JR大阪環状線森ノ宮駅から徒歩約15分', '森ノ宮')]
    d.put(BX, 80, 'お問い合わせ', font='G', size=14, color=col)
    d.put(BX, 108, office, size=12.5)
    d.put(BX, 130, 'TEL ' + tel, size=12.5)
    d.put(BX, 152, 'E-mail ' + email, size=12.5)
    d.put(BX, 210, 'アクセス', font='G', size=14, color=col)
    d.put(BX, 238, address, size=12)
    for k, (s, st) in enumerate(routes): d.put(BX, 262 + k * 22, s, size=12)
    foot()
    facts = base_facts(org, edition, '令和8年3月', '2026-03', lead, hire, ta, tt,
                       'slide table: filled header row (white text), alternate row fills, white rules; 採用年度 | 事務 | 技術 | 計; N（W）, planned row bare',
                       ['採用年度', ta, tt, '計'], ['label', 'admin', 'tech', 'total'], [hintro], hnotes,
                       a1 + a2, aintro, 'slide tables over TWO slides titled 配属実績 (1/2) / 配属実績 (2/2), the header row repeated; － for none',
                       '試験区分', exam_name, exams, 'slide table 区分 | 試験区分 | 採用予定数, track cells spanning', ['区分', '試験区分', '採用予定数'],
                       '研修', [''.join(training)], inits, '◆title / indented text', '働きやすい職場づくり',
                       support_lines, '仕事と家庭の両立支援', '●name（duration） / indented text', sprinted,
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(organization='the cover slide prints the parent 国土交通省 above the name (two lines in the left block)',
                            headings='MESSAGE TITLES: in the left band the section name is a small kicker line (採用実績) above a sentence title in large type over two or three lines',
                            assignments='the table continues on the next slide; the kickers are 配属実績 (1/2) and 配属実績 (2/2), the header row repeated',
                            edition='two 現在 dates: 令和8年3月1日現在 (cover, the edition) and 令和7年4月1日現在 (a decoy note, older)'))
    facts['hiring']['printedRows'] = ['\t'.join(r) for r in body]
    facts['assignments']['note'] = anotes
    facts['exams']['note'] = enotes
    facts['decoys'].update(pageSize=list(S169), footerLogo=logo, slideNumbers=nums, continued=continued,
                           messageTitles=True, dividerSlides=[],
                           layout='16:9 slide deck 960×540, 8 slides, a LEFT title band on every slide (kicker + message title), '
                                  'footer logo-text and slide number; 1 cover | 2 組織と業務 (decoy table) | 3 採用実績 + callout | '
                                  '4–5 配属実績 (1/2), (2/2) | 6 試験区分 + 研修 box | 7 initiatives + support | 8 contacts, access')
    return d, facts


# ------------------------------------------------------------------ 東北農政局 (1280×720, top title bar, navigation tabs, a title repeated unmarked)

def tohoku_nosei():
    d = Doc('tohoku-nosei-2026', 1082, size=S720); init108(d)
    org, ta, tt = '東北農政局', '事務', '技術'
    col, tint = (0.13, 0.42, 0.22), (0.89, 0.95, 0.89)
    alt = ((0.94, 0.97, 0.94), (0.86, 0.93, 0.87))
    logo = '農林水産省 東北農政局'
    edition = '令和8年4月1日現在'
    hire = hiring_rows([(2021, (6, 3), (7, 1), False), (2022, (7, 2), (8, 2), False),
                        (2023, (5, 2), (9, 3), False), (2024, (6, 3), (7, 2), False),
                        (2025, (7, 3), (8, 2), False), (2026, (7, None), (8, None), True)])
    lead = ['青森・岩手・宮城・秋田・山形・福島の6県で、', '農業と農村の振興、食の安全と消費者の信頼を支える', '農林水産省の地方支分部局です。']
    tabs = ['採用実績', '配属実績', '試験・研修', '働き方', 'お問い合わせ']
    nums = []
    NPAGES = 8

    def nav(cur):
        x, ids = 40, []
        for k, t in enumerate(tabs):
            w = 150
            d.rect(x, 18, w - 6, 26, fill=col if k == cur else (0.88, 0.88, 0.88))
            ids.append(d.text(x + (w - 6) / 2, 36, t, font='G', size=12.5, align='c', furniture=True,
                              color=WHITE if k == cur else GREY))
            x += w
        d.navs[d.p] = ids

    def bar(title, cur):
        nav(cur)
        d.rect(0, 56, d.W, 62, fill=col)
        title_line(d, 48, 98, title, 'title', 28)

    def foot():
        nums.append(f'{d.p + 1} / {NPAGES}'); footer(d, logo, nums[-1], col, size=11)

    # 1 cover (no navigation bar)
    d.rect(0, 0, d.W, 300, fill=col)
    title_line(d, 80, 120, '農林水産省', 'band', 22)
    title_line(d, 80, 200, org, 'band', 60)
    d.put(80, 260, '職員採用案内 2026', font='G', size=28, color=WHITE)
    d.put(80, 360, '令和8年度 採用説明会', font='G', size=24, color=col)
    d.put(80, 396, edition, size=15)
    for k, s in enumerate(lead): d.put(80, 460 + k * 28, s, size=16)
    foot()
    # 2 hiring: table left, callout + arrow right
    d.new_page(); bar('採用実績', 0)
    hintro = '採用者数の推移（単位：人）'
    d.put(60, 160, hintro, size=15)
    body = hire_cells(hire)
    yt = slide_table(d, 60, 176, [220, 120, 120, 120], [['採用年度', ta, tt, '計']] + body, rh=40, size=16, col=col, alt=alt)
    hnotes = ['※（ ）内は女性の数で内数です。', '※令和8年度は採用予定数です。']
    for k, s in enumerate(hnotes): d.put(60, yt + 26 + k * 22, s, size=13)
    d.rect(780, 200, 440, 150, fill=tint)
    d.put(800, 236, '技術系が半数以上', font='G', size=20, color=col)
    for k, s in enumerate(['農業土木や農学を学んだ職員が、', '6県の農地と水利施設を守っています。']): d.put(800, 272 + k * 26, s, size=15)
    arrow_left(d, 700, 420, 120, 44, (0.95, 0.65, 0.20))
    d.put(840, 449, '令和8年度は15名を採用予定', font='G', size=16)
    d.halves.append((d.p, 640, 700))
    foot()
    # 3 assignments: table left, bullets right
    d.new_page(); bar('配属実績', 1)
    aintro = '令和7年度採用者の配属先（単位：人）'
    d.put(60, 160, aintro, size=15)
    assign = [('総務部総務課', 1, None), ('総務部人事課', 1, None), ('経営・事業支援部経営支援課', 1, None),
              ('生産部生産振興課', 1, 1), ('農村振興部設計課', None, 3), ('農村振興部水利整備課', None, 2),
              ('消費・安全部消費生活課', 1, None), ('岩手県拠点', 1, 1), ('福島県拠点', 1, 1)]
    ya = slide_table(d, 60, 176, [330, 100, 100], [['配属先', ta, tt]] + assign_rows(assign), rh=36, size=15, col=col, alt=alt)
    anotes = ['※－は配属なし。県拠点は各県の農政局の窓口です。']
    d.put(60, ya + 24, anotes[0], size=13)
    bullets(d, 700, 200, [('本局（仙台）', ['政策の企画・調整と、', '6県の事業の取りまとめ']),
                          ('県拠点', ['農業者や市町村に近い現場で', '相談・調査にあたります'])], '▶', tsize=17, bsize=15, step=26, gap=18)
    d.halves.append((d.p, 600, 700))
    foot()
    # 4 exams left, training right
    d.new_page(); bar('試験区分', 2)
    exam_name = '国家公務員採用一般職試験（大卒程度試験）'
    exams = [('事務', [('行政', 7)]), ('技術', [('農業農村工学', 5), ('農学', 3)])]
    d.put(60, 160, '試験：' + exam_name, size=15)
    ye = slide_table(d, 60, 176, [100, 220, 140], [['区分', '試験区分', '採用予定数']] + exam_rows(exams), rh=40, size=16, col=col, alt=alt)
    enotes = ['※東北地区の試験で採用します。']
    d.put(60, ye + 26, enotes[0], size=13)
    d.rect(700, 160, 520, 260, fill=tint)
    d.put(724, 200, '研修', font='G', size=20, color=col)
    training = ['採用後1か月は本局で新規採用者研修を受け、', '県拠点での現地研修で農家の声を聞きます。', '技術職員は3年目までに', '設計・積算・工事監督の基礎を身につけます。']
    for k, s in enumerate(training): d.put(724, 240 + k * 28, s, size=15)
    d.halves.append((d.p, 600, 700))
    foot()
    # 5 initiatives
    d.new_page(); bar('働きやすい職場づくり', 3)
    inits = [('フレックスタイム制', ['始業と終業の時刻を自分で決めて、', '子どもの送り迎えに合わせて働けます。']),
             ('オンライン会議の活用', ['県拠点との会議はオンラインが基本で、', '移動の時間を減らしています。'])]
    bullets(d, 60, 170, inits, '■', tsize=18, bsize=16, step=28, gap=22)
    arrow_right(d, 700, 190, 160, 60, col)
    d.put(712, 227, '取組の成果', font='G', size=16, color=WHITE)
    for k, s in enumerate(['年次休暇の平均取得日数', '15.2日（前年度より2日増）']): d.put(880, 214 + k * 26, s, size=15)
    d.halves.append((d.p, 620, 700))
    foot()
    # 6-7 support over two slides under the SAME title, no continuation mark
    stitle = '仕事と家庭の両立支援'
    support_lines = [('育児休業', '子が3歳に達するまで', '男性職員の取得率は7割を超えました。'),
                     ('育児短時間勤務', '小学校就学前まで', '週20時間から選んで勤務できます。'),
                     ('子の看護等休暇', '年5日', '子が2人以上の場合は年10日です。'),
                     ('介護休暇', '通算6か月', '3回まで分けて取得できます。')]
    sprinted = []
    for k in range(2):
        d.new_page(); bar(stitle, 3)
        y, sp = support_block(d, 60, 170, support_lines[2 * k:2 * k + 2], tsize=18, bsize=16, step=28, gap=26)
        sprinted += sp
        d.rect(700, 160, 520, 150, fill=tint)
        side = (['ママ・パパ職員の声', '「育児休業から戻っても、', '同じ係で働き続けられました。」'],
                ['相談窓口', '総務部人事課に両立支援の', '相談員がいます。'])[k]
        d.put(724, 198, side[0], font='G', size=18, color=col)
        for j, s in enumerate(side[1:]): d.put(724, 234 + j * 28, s, size=15)
        d.halves.append((d.p, 620, 700))
        foot()
    # 8 end slide
    d.new_page(); bar('お問い合わせ', 4)
    office, tel, email = '東北農政局総務部人事課', '022-263-1190', 'tohoku-jinji@maff.go.jp'
    address = '〒980-0014 宮城県仙台市青葉区本町3丁目3番1号 仙台合同庁舎A棟'
    routes = [('仙台市地下鉄南北線広瀬通駅から徒歩約10分', '広瀬通'), ('仙台市地下鉄東西線青葉通一番町駅から徒歩約15分', '青葉通一番町')]
    d.put(60, 170, office, font='G', size=17)
    d.put(60, 204, 'TEL ' + tel, size=16)
    d.put(60, 234, 'E-mail ' + email, size=16)
    d.put(660, 170, 'アクセス', font='G', size=18, color=col)
    d.put(660, 204, '〒980-0014 宮城県仙台市青葉区本町3丁目3番1号', size=15)
    d.put(660, 230, '仙台合同庁舎A棟', size=15)
    for k, (s, st) in enumerate(routes): d.put(660, 264 + k * 28, s, size=15)
    d.halves.append((d.p, 600, 660))
    foot()
    assert len(d.pages) == NPAGES
    facts = base_facts(org, edition, '令和8年4月', '2026-04', lead, hire, ta, tt,
                       'slide table: filled header row (white text), alternate row fills, white rules; 採用年度 | 事務 | 技術 | 計; N（W）, planned row bare',
                       ['採用年度', ta, tt, '計'], ['label', 'admin', 'tech', 'total'], [hintro], hnotes,
                       assign, aintro, 'slide table 配属先 | 事務 | 技術; － for none',
                       '試験区分', exam_name, exams, 'slide table 区分 | 試験区分 | 採用予定数, track cells spanning', ['区分', '試験区分', '採用予定数'],
                       '研修', [''.join(training)], inits, '■title / indented text', '働きやすい職場づくり',
                       support_lines, stitle, '●name（duration） / indented text', sprinted,
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(navigation='a row of five section tabs at the top of every content slide (the current one filled); furniture',
                            supportSystems='the section runs over two slides under the SAME title 仕事と家庭の両立支援, no continuation mark',
                            access='the address is printed on two lines (the building on the second)'))
    facts['hiring']['printedRows'] = ['\t'.join(r) for r in body]
    facts['assignments']['note'] = anotes
    facts['exams']['note'] = enotes
    facts['decoys'].update(pageSize=list(S720), footerLogo=logo, slideNumbers=nums, navTabs=tabs, repeatedTitle=stitle,
                           dividerSlides=[],
                           layout='16:9 slide deck 1280×720, 8 slides, a top title bar under a row of navigation tabs (furniture), '
                                  'footer logo-text and `N / 8`; 1 cover | 2 採用実績 + callout, arrow | 3 配属実績 + bullets | '
                                  '4 試験区分 + 研修 box | 5 initiatives + arrow | 6–7 仕事と家庭の両立支援 twice | 8 contacts, access')
    return d, facts


# ------------------------------------------------------------------ 四国財務局 (960×540, section divider slides, breadcrumb titles)

def shikoku_zaimu():
    d = Doc('shikoku-zaimu-2026', 1083, size=S169); init108(d)
    org, ta, tt = '四国財務局', '事務', '技術'
    col, tint = (0.45, 0.15, 0.42), (0.95, 0.90, 0.95)
    alt = ((0.98, 0.95, 0.98), (0.92, 0.85, 0.92))
    logo = '財務省 四国財務局'
    edition = '令和8年5月現在'
    hire = hiring_rows([(2021, (9, 4), (1, 0), False), (2022, (11, 5), (2, 1), False),
                        (2023, (10, 4), (1, 0), False), (2024, (12, 6), (1, 1), False),
                        (2025, (11, 5), (2, 0), False), (2026, (10, None), (2, None), True)])
    lead = ['四国4県で、国の予算の執行調査や国有財産の管理、', '地域の金融機関の監督などを担う', '財務省の総合出先機関です。']
    nums = []

    def crumb(parent, title):
        d.rect(0, 22, d.W, 52, fill=col)
        a = d.text(36, 56, parent + ' ＞ ', font='G', size=13, color=(0.90, 0.80, 0.90))
        b = d.text(36 + sw(parent + ' ＞ ', 'G', 13), 56, title, font='G', size=22, color=WHITE)
        d.line([a, b])
        d.titles.append((d.p, 'crumb', parent + ' ＞ ' + title))

    def divider(no, title, en):
        d.rect(0, 0, d.W, d.H - 44, fill=col)
        d.put(80, 200, no, font='G', size=20, color=(0.90, 0.80, 0.90))
        title_line(d, 80, 260, title, 'divider', 44)
        d.put(80, 300, en, font='G', size=14, color=(0.90, 0.80, 0.90))
        d.dividers.append(d.p)

    def foot():
        nums.append(f'{d.p + 1:02d}'); footer(d, logo, nums[-1], col)

    # 1 cover
    d.rect(0, 0, d.W, 8, fill=col)
    title_line(d, 70, 120, '財務省', 'band', 16, color=col)
    title_line(d, 70, 176, org, 'band', 46, color=col)
    d.put(70, 222, '職員採用案内 2026', font='G', size=24)
    d.put(70, 256, '令和8年度 業務説明会', size=16)
    d.put(70, 284, edition, size=12)
    for k, s in enumerate(lead): d.put(70, 350 + k * 22, s, size=13)
    d.rect(620, 90, 280, 280, fill=tint)
    d.put(650, 140, '本日の内容', font='G', size=15, color=col)
    for k, s in enumerate(['採用情報', '働く環境', 'お問い合わせ']): d.put(666, 178 + k * 30, s, size=14)
    foot()
    # 2 divider
    d.new_page(); divider('CHAPTER 01', '採用情報', 'RECRUITMENT'); foot()
    # 3 hiring
    d.new_page(); crumb('採用情報', '採用実績')
    hintro = '採用者数の推移（単位：人）'
    d.put(40, 104, hintro, size=12)
    body = hire_cells(hire)
    yt = slide_table(d, 40, 114, [160, 90, 90, 90], [['採用年度', ta, tt, '計']] + body, rh=31, size=13, col=col, alt=alt)
    hnotes = ['※（ ）内は女性の数で内数です。', '※令和8年度は採用予定数です。']
    for k, s in enumerate(hnotes): d.put(40, yt + 18 + k * 16, s, size=10.5)
    d.rect(560, 120, 360, 96, fill=tint)
    d.put(580, 150, '女性職員の割合', font='G', size=14, color=col)
    d.put(580, 180, '採用者の約4割が女性です。', size=12.5)
    d.put(580, 202, '（令和3～7年度の合計）', size=11)
    arrow_left(d, 560, 250, 120, 40, (0.85, 0.55, 0.80))
    d.put(690, 275, '過去5年の採用者の推移', size=12.5)
    d.halves.append((d.p, 470, 560))
    foot()
    # 4 assignments (left) and exams (right) on one slide, each with its own sub-heading
    d.new_page(); crumb('採用情報', '配属実績・試験区分')
    d.put(40, 104, '配属実績', font='G', size=14, color=col)
    aintro = '令和7年度採用者の配属先（単位：人）'
    d.put(40, 124, aintro, size=11.5)
    assign = [('総務部人事課', 1, None), ('総務部会計課', 1, None), ('理財部金融監督第一課', 2, None), ('理財部融資課', 1, None),
              ('管財部管財総括第一課', 2, 1), ('徳島財務事務所', 2, None), ('松山財務事務所', 1, 1), ('高知財務事務所', 1, None)]
    ya = slide_table(d, 40, 134, [200, 66, 66], [['配属先', ta, tt]] + assign_rows(assign), rh=28, size=12, col=col, alt=alt)
    anotes = ['※－は配属なし。']
    d.put(40, ya + 16, anotes[0], size=10.5)
    RX = 500
    etitle = '試験区分'
    d.put(RX, 104, etitle, font='G', size=14, color=col)
    exam_name = '国家公務員採用一般職試験（大卒程度試験）'
    d.put(RX, 124, '試験：' + exam_name, size=11.5)
    exams = [('事務', [('行政', 10)]), ('技術', [('建築', 1), ('土木', 1)])]
    ye = slide_table(d, RX, 134, [80, 150, 110], [['区分', '試験区分', '採用予定数']] + exam_rows(exams), rh=30, size=12.5, col=col, alt=alt)
    enotes = ['※行政は四国地区の試験で採用します。']
    d.put(RX, ye + 16, enotes[0], size=10.5)
    d.halves.append((d.p, 40 + 332, RX))
    foot()
    # 5 divider
    d.new_page(); divider('CHAPTER 02', '働く環境', 'WORKPLACE'); foot()
    # 6 training (left) and initiatives (right)
    d.new_page(); crumb('働く環境', '研修と職場づくり')
    d.put(40, 110, '研修', font='G', size=14, color=col)
    training = ['採用後は財務局の新規採用職員研修で', '予算・国有財産・金融の基礎を学びます。', '3年目には財務省の研修所で', '他局の同期と一緒に研修を受けます。']
    for k, s in enumerate(training): d.put(40, 138 + k * 21, s, size=12)
    RX = 500
    d.put(RX, 110, '働きやすい職場づくり', font='G', size=14, color=col)
    inits = [('ペーパーレス会議', ['会議の資料はタブレットで配り、', '印刷の手間を減らしました。']),
             ('地域金融の勉強会', ['若手職員が四国の金融機関と', '意見交換する場を設けています。'])]
    bullets(d, RX, 138, inits, '▶', tsize=12.5, bsize=12, step=20, gap=12)
    d.halves.append((d.p, 380, RX))
    foot()
    # 7 support
    d.new_page(); crumb('働く環境', '仕事と家庭の両立支援')
    support_lines = [('育児休業', '子が3歳に達するまで', '男性職員の取得率は9割を超えました。'),
                     ('配偶者出産休暇', '3日', '妻の出産の前後に取得できます。'),
                     ('介護休暇', '通算6か月', '3回まで分けて取得できます。')]
    y, sprinted = support_block(d, 40, 112, support_lines, tsize=13, bsize=12, step=20, gap=14)
    d.rect(560, 104, 360, 150, fill=tint)
    d.put(580, 134, '両立支援の相談窓口', font='G', size=14, color=col)
    for k, s in enumerate(['総務部人事課の相談員が、', '制度の使い方を案内します。']): d.put(580, 164 + k * 22, s, size=12.5)
    d.halves.append((d.p, 470, 560))
    foot()
    # 8 end slide
    d.new_page(); crumb('お問い合わせ', 'ご質問はお気軽に')
    office, tel, email = '四国財務局総務部人事課', '087-831-2141', 'saiyo-shikoku@mof.go.jp'
    address = '〒760-8569 香川県高松市中野町26-1'
    routes = [('ことでん長尾線花園駅から徒歩約8分', '花園'), ('JR高徳線木太町駅から徒歩約15分', '木太町')]
    d.put(40, 112, 'お問い合わせ', font='G', size=14, color=col)
    d.put(40, 140, office, size=12.5)
    d.put(40, 162, 'TEL ' + tel, size=12.5)
    d.put(40, 184, 'E-mail ' + email, size=12.5)
    d.put(500, 112, 'アクセス', font='G', size=14, color=col)
    d.put(500, 140, address, size=12.5)
    for k, (s, st) in enumerate(routes): d.put(500, 164 + k * 22, s, size=12.5)
    d.halves.append((d.p, 450, 500))
    foot()
    facts = base_facts(org, edition, '令和8年5月', '2026-05', lead, hire, ta, tt,
                       'slide table: filled header row (white text), alternate row fills, white rules; 採用年度 | 事務 | 技術 | 計; N（W）, planned row bare',
                       ['採用年度', ta, tt, '計'], ['label', 'admin', 'tech', 'total'], [hintro], hnotes,
                       assign, aintro, 'slide table 配属先 | 事務 | 技術 under the sub-heading 配属実績, beside the exam table; － for none',
                       etitle, exam_name, exams, 'slide table 区分 | 試験区分 | 採用予定数, track cells spanning, under the sub-heading 試験区分',
                       ['区分', '試験区分', '採用予定数'],
                       '研修', [''.join(training)], inits, '▶title / indented text', '働きやすい職場づくり',
                       support_lines, '働く環境 ＞ 仕事と家庭の両立支援', '●name（duration） / indented text', sprinted,
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(headings='BREADCRUMB title bars: `採用情報 ＞ 採用実績` (a small parent + ＞ and the large title on one baseline, one line), after section DIVIDER slides (`CHAPTER 01` / `採用情報` / `RECRUITMENT`)',
                            assignments='slide 4 holds 配属実績 and 試験区分 side by side under one breadcrumb 採用情報 ＞ 配属実績・試験区分, each with its own sub-heading',
                            cover='a decoy agenda box 本日の内容 on the cover'))
    facts['hiring']['printedRows'] = ['\t'.join(r) for r in body]
    facts['assignments']['note'] = anotes
    facts['exams']['note'] = enotes
    facts['decoys'].update(pageSize=list(S169), footerLogo=logo, slideNumbers=nums, breadcrumbs=True,
                           dividerSlides=[p + 1 for p in d.dividers],
                           layout='16:9 slide deck 960×540, 8 slides, section DIVIDER slides 2 and 5, breadcrumb title bars, '
                                  'footer logo-text and slide number `0N`; 1 cover (agenda box) | 2 divider 採用情報 | 3 採用実績 + callout | '
                                  '4 配属実績 | 試験区分 | 5 divider 働く環境 | 6 研修 | initiatives | 7 support + box | 8 contacts | access')
    return d, facts


BUILDERS = {'osaka-koku-2026': osaka_koku, 'tohoku-nosei-2026': tohoku_nosei, 'shikoku-zaimu-2026': shikoku_zaimu}


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






MARKS = re.compile(r'[（(](?:続き|つづき|続|\d+\s*/\s*\d+)[）)]')


def check_layout(d, f):
    """Set 108's frame: a 16:9 slide deck (960×540 or 1280×720), 5–8 slides, every slide with the organisation's
    logo-text and its slide number in the footer (furniture), a title on every slide after the cover, slide tables
    (filled header, alternate fills, white rules), two-content slides; per deck the flags of its title shapes."""
    err = []
    dec = f['decoys']
    if [d.W, d.H] != dec.get('pageSize') or (d.W, d.H) not in (S169, S720): err.append('page size')
    if not 5 <= len(d.pages) <= 8: err.append('page count')
    exp = d.expected()
    pages = [[l for l in t.split('\n') if l.strip()] for t in exp[:-1].split('\n\f\n')]
    if len(dec.get('slideNumbers', [])) != len(d.pages) or len(set(dec['slideNumbers'])) != len(d.pages): err.append('slide numbers')
    for p in range(len(d.pages)):
        fu = [it for it in d.items if it['page'] == p and it['furniture'] and it['y'] > d.H - 40]
        logos = [it for it in fu if it['s'] == dec.get('footerLogo') and it['x'] < d.W / 3]
        numbers = [it for it in fu if p < len(dec.get('slideNumbers', [])) and it['s'] == dec['slideNumbers'][p] and it['x'] > d.W * 2 / 3]
        if len(fu) != 2 or len(logos) != 1 or len(numbers) != 1: err.append(f'slide {p + 1}: footer')
        if p > 0 and p not in d.dividers and not any(tp == p for tp, role, s in d.titles if role in ('title', 'crumb')):
            err.append(f'slide {p + 1}: no title')
        for it in d.items:
            if it['page'] == p and not it['furniture'] and it['y'] > d.H - 44: err.append(f'slide {p + 1}: text in the footer band')
    # navigation tabs: furniture at the top of every content slide, the same labels everywhere
    tabs = dec.get('navTabs')
    navp = sorted(d.navs)
    if bool(tabs) != bool(navp): err.append('navigation flag')
    if tabs:
        content = [p for p in range(1, len(d.pages)) if p not in d.dividers]
        if navp != content: err.append('navigation not on every content slide')
        for p in navp:
            its = [d.items[i] for i in d.navs[p]]
            if [it['s'] for it in sorted(its, key=lambda it: it['x'])] != tabs or any(not it['furniture'] or it['y'] > 50 for it in its):
                err.append(f'slide {p + 1}: navigation tabs')
    # continuation: (1/2), (2/2) titles on consecutive slides
    cont = dec.get('continued')
    marked = [(p, s) for p, role, s in d.titles if MARKS.search(s)]
    if bool(cont) != bool(marked): err.append('continuation flag')
    if cont:
        where = [[p for p, s in marked if s == c] for c in cont]
        if any(len(w) != 1 for w in where) or [w[0] for w in where] != list(range(where[0][0], where[0][0] + len(cont))):
            err.append('continuation titles')
        for c in cont:
            if not any(c in pl for pl in pages): err.append(f'continuation title not a line {c}')
    # the same title on consecutive slides with no mark
    rep = dec.get('repeatedTitle')
    tt = {}
    for p, role, s in d.titles:
        if role in ('title', 'kicker', 'crumb'): tt.setdefault(p, []).append(s)
    pairs = [s for p in sorted(tt) for s in tt[p] if s in tt.get(p + 1, []) and not any(MARKS.search(x) for x in tt[p + 1])]
    if bool(rep) != bool(pairs) or (rep and rep not in pairs): err.append('repeated title flag')
    if rep and MARKS.search(exp): err.append('repeated title carries a mark')
    # breadcrumbs: every content slide's title is `parent ＞ title`; a divider's title is the parent of what follows
    crumbs = [(p, s) for p, role, s in d.titles if role == 'crumb']
    if bool(dec.get('breadcrumbs')) != bool(crumbs): err.append('breadcrumb flag')
    if dec.get('breadcrumbs'):
        content = [p for p in range(1, len(d.pages)) if p not in d.dividers]
        if sorted(p for p, s in crumbs) != content: err.append('breadcrumb not on every content slide')
        for p, s in crumbs:
            par = s.split(' ＞ ')[0]
            prev = [dp for dp in d.dividers if dp < p]
            dt = [t for tp, role, t in d.titles if role == 'divider' and prev and tp == prev[-1]]
            if ' ＞ ' not in s or (dt and par != dt[0] and p != len(d.pages) - 1): err.append(f'slide {p + 1}: breadcrumb parent')
            if s not in pages[p]: err.append(f'slide {p + 1}: breadcrumb not one line')
    if [p + 1 for p in d.dividers] != dec.get('dividerSlides', []): err.append('divider slides')
    for p in d.dividers:
        if len(pages[p]) > 3 or any(tp == p for tp, role, s in d.titles if role in ('title', 'crumb')): err.append(f'slide {p + 1}: divider')
    # message titles: on every content slide a small kicker line, then a title sentence that does not hold it
    if dec.get('messageTitles'):
        for p in range(1, len(d.pages)):
            ks = [s for tp, role, s in d.titles if tp == p and role == 'kicker']
            ts = [s for tp, role, s in d.titles if tp == p and role == 'title']
            if len(ks) != 1 or len(ts) < 2 or any(MARKS.sub('', ks[0]).strip() in t for t in ts): err.append(f'slide {p + 1}: message title')
            elif pages[p][:len(ts) + 1] != ks + ts: err.append(f'slide {p + 1}: kicker and title not first')
    elif any(role == 'kicker' for _, role, _ in d.titles): err.append('message title flag')
    # slide tables: filled header, alternate fills, white rules; two-content slides
    if len(d.zebras) < 3: err.append('slide tables')
    if not d.halves: err.append('no two-content slide')
    for p, lx1, rx0 in d.halves:
        its = [it for it in d.items if it['page'] == p and not it['furniture'] and it['y'] > 95]
        left = [it for it in its if it['x'] + it['w'] <= lx1 + 0.5]
        right = [it for it in its if it['x'] >= rx0 - 0.5]
        if not left or not right or len(left) + len(right) != len(its): err.append(f'slide {p + 1}: two-content')
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
        # (set 107) nanmoku / nagoya-kosoku: leader lists closed by a 計 line (事務計, 計) that is no unit
        if re.search(r'(^|[^会])計$', r['unit']) or r['unit'] in ('計', '合計', '小計'): err.append(f'計 line as unit {r["unit"]}')
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
    def footer_text_differs(d, f):
        [it for it in d.items if it['furniture']][-1]['s'] += ' 別冊'
    def continued_row_to_admin(d, f):
        e = f['exams']['entries']
        e[0]['breakdown'].append(e[1]['breakdown'].pop())
    def abbreviation_as_name(d, f):
        s0 = f['supportSystems'][0]
        m = re.match(r'●[^（]+（([^）]+)）（', s0['printed'])
        s0['name'] = m.group(1) if m else s0['name'][:1] + '休'
    # ---- set 108
    def footer_logo_missing(d, f):
        it = [it for it in d.items if it['furniture'] and it['page'] == 2 and it['s'] == f['decoys']['footerLogo']][0]
        it['s'] = it['s'].split(' ')[-1]
    def footer_extra(d, f):
        d.p = 1
        d.text(d.W / 2, d.H - 24, f['decoys']['footerLogo'], size=9, furniture=True)
    def slide_number_repeated(d, f): f['decoys']['slideNumbers'][3] = f['decoys']['slideNumbers'][2]
    def four_by_three(d, f): f['decoys']['pageSize'] = [720.0, 540.0]
    def nine_slides(d, f):
        d.new_page(); d.put(100, 100, 'おわりに', size=12)
        d.text(28, d.H - 24, f['decoys']['footerLogo'], furniture=True); d.text(d.W - 28, d.H - 24, 'x', align='r', furniture=True)
        if len(d.pages) <= 8:
            d.new_page(); d.put(100, 100, 'おわりに', size=12)
    def title_dropped(d, f):
        d.titles = [t for t in d.titles if not (t[0] == 2 and t[1] in ('title', 'crumb'))]
    def text_in_footer_band(d, f):
        d.p = 2; d.put(d.W / 2 - 40, d.H - 41, '脚注', size=8)
    def no_zebra(d, f): d.zebras.clear()
    def no_two_content(d, f): d.halves.clear()
    def two_content_crossed(d, f):
        p, lx1, rx0 = d.halves[0]
        d.p = p; d.put(lx1 - 20, d.H - 60, 'またがる', size=9)
    def navigation_flag_toggled(d, f):
        if f['decoys'].get('navTabs'): del f['decoys']['navTabs']
        else: f['decoys']['navTabs'] = ['採用実績']
    def navigation_tab_differs(d, f):
        if d.navs: d.items[d.navs[max(d.navs)][1]]['s'] = '配属'
        else: f['decoys']['navTabs'] = ['採用実績']
    def continuation_flag_toggled(d, f):
        if f['decoys'].get('continued'): del f['decoys']['continued']
        else: f['decoys']['continued'] = ['採用実績 (1/2)', '採用実績 (2/2)']
    def continuation_mark_dropped(d, f):
        c = f['decoys'].get('continued')
        if c: f['decoys']['continued'] = [c[0], c[1].replace('(2/2)', '(2/3)')]
        else: f['decoys']['continued'] = ['x (1/2)']
    def repeated_flag_toggled(d, f):
        if f['decoys'].get('repeatedTitle'): del f['decoys']['repeatedTitle']
        else: f['decoys']['repeatedTitle'] = '採用実績'
    def repeated_title_marked(d, f):
        if f['decoys'].get('repeatedTitle'):
            p = max(tp for tp, role, s in d.titles if s == f['decoys']['repeatedTitle'])
            d.p = p; d.put(d.W - 200, 98, '（続き）', size=12)
        else: f['decoys']['repeatedTitle'] = '研修'
    def breadcrumb_flag_toggled(d, f):
        if f['decoys'].get('breadcrumbs'): del f['decoys']['breadcrumbs']
        else: f['decoys']['breadcrumbs'] = True
    def breadcrumb_wrong_parent(d, f):
        cr = [k for k, t in enumerate(d.titles) if t[1] == 'crumb']
        if cr:
            p, role, s = d.titles[cr[1]]
            d.titles[cr[1]] = (p, role, '働く環境 ＞ ' + s.split(' ＞ ')[1])
        else: f['decoys']['breadcrumbs'] = True
    def divider_dropped(d, f):
        if d.dividers: d.dividers.pop()
        else: f['decoys']['dividerSlides'] = [2]
    def message_flag_toggled(d, f):
        if f['decoys'].get('messageTitles'): del f['decoys']['messageTitles']
        else: f['decoys']['messageTitles'] = True
    def kicker_in_title(d, f):
        ks = [k for k, t in enumerate(d.titles) if t[1] == 'kicker']
        if ks:
            p, role, s = d.titles[ks[1]]
            d.titles.append((p, 'title', s + 'の紹介'))
        else: f['decoys']['messageTitles'] = True
    def newer_genzai(d, f):
        d.p = 1
        d.put(d.W - 200, d.H - 56, '令和9年1月現在', size=9)
    def older_edition(d, f): f['edition']['asOf'] = '2025-04'
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
