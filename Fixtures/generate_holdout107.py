#!/usr/bin/env python3
"""Blind holdout set 107: three local public bodies (南牧村, 品川区, 名古屋高速道路公社) in tri-fold leaflets.

Self-contained (generate_holdout105.py's machinery, checks extended): a page model in top-down
coordinates, a table helper, reportlab's canvas (invariant=1, no page compression), the
facts and the checks. Every visual text piece is one text object; the objects of a page
are written after its graphics in a seeded shuffled order. Leaflets folded in three, printed on
both sides: two A4-landscape pages of three UNEQUAL panels each, the body's name under every
panel (furniture), a vertical (縦書き) heading along a panel's left edge, dotted-leader tables,
hiring header rows two lines in every cell, full- and half-width digits mixed.

  python3 Fixtures/generate_holdout107.py                   # all three
  python3 Fixtures/generate_holdout107.py shinagawa-2026    # one
  python3 Fixtures/generate_holdout107.py --selftest        # inject faults; every one must be refused
"""
import io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout107')
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





# ------------------------------------------------------------------ tri-fold leaflet drawing bits (set 107)

A4L = (841.89, 595.28)
GREY = (0.4, 0.4, 0.4)


def init107(d):
    d.panels = {}        # page -> [(x0, x1)] * 3
    d.leaders = []       # (page, label) of every dotted-leader row
    d.hdr2 = []          # (page, [cells]) of hiring header rows whose every cell is two lines
    d.vheads = []


def fold(d, widths):
    """Three panels of unequal widths; the folds are short grey dashes (graphics)."""
    xs = [0.0]
    for w in widths: xs.append(xs[-1] + w)
    assert abs(xs[-1] - d.W) < 0.5, xs
    d.panels[d.p] = [(xs[i], xs[i + 1]) for i in range(3)]
    for x in xs[1:-1]:
        for yy in range(12, int(d.H) - 12, 9): d.vline(x, yy, yy + 4, lw=0.3, color=(0.65, 0.65, 0.65))
    return d.panels[d.p]


def panel_footers(d, text, col):
    """The body's name under EVERY panel (furniture): three identical lines on one baseline per page."""
    for x0, x1 in d.panels[d.p]:
        d.hline(x0 + 18, x1 - 18, d.H - 36, lw=0.5, color=col)
        d.text((x0 + x1) / 2, d.H - 24, text, size=6.8, align='c', furniture=True, color=GREY)


def hhead(d, x, y, s, col, size=10.5):
    d.rect(x, y - size + 1, 4, size + 3, fill=col)
    d.put(x + 9, y, s, font='G', size=size, color=col)


def vstrip(d, x, ytop, ybot, s, col, tint, w=22, size=12):
    """A heading set vertically (縦書き) in a tinted strip along the panel's left edge."""
    d.rect(x, ytop, w, ybot - ytop, fill=tint)
    d.vtext(x + w / 2, ytop + 8, s, size=size, color=col)
    d.vheads.append((d.p, s))


def leader_row(d, x, x1, y, label, figs, size=8.6, figw=26, font='M'):
    """label …… fig [fig]: the leader is a text piece of '…' between the label and the figure column(s)."""
    li = d.text(x, y, label, font=font, size=size)
    fx = x1 - figw * len(figs)
    lw = sw(label, font, size)
    room = fx - (x + lw) - 6
    n = int(room // sw('…', 'M', size))
    assert n >= 3, f'{d.name}: no room for a leader after {label!r}'
    ld = d.text(x + lw + 3, y, '…' * n, font='M', size=size, color=(0.45, 0.45, 0.45))
    fids = [d.text(fx + figw * (k + 1) - 4, y, f, font=font, size=size, align='r') for k, f in enumerate(figs)]
    d.line(li, ld, *fids)
    d.leaders.append((d.p, label))


def hire_table2(d, x, y, widths, header2, body, size=8.2, rh=17, hfill=(0.9, 0.9, 0.9)):
    """A hiring table whose header row is two lines in EVERY cell (採用 / 人数)."""
    assert all(len(c) == 2 for c in header2)
    n0 = len(d.lines)
    y = d.table(x, y, widths, [[{'t': c} for c in header2]], rh=28, hfill=hfill, size=size)
    d.hdr2.append((d.p, d.lines[n0][1]))
    return d.table(x, y, widths, body, rh=rh, header=0, size=size)


def bullets(d, x, y, items, mark, tsize=8.8, bsize=8.1, step=12.5):
    for t, body in items:
        d.put(x, y, mark + t, font='G', size=tsize)
        for s in body:
            y += step; d.put(x + 9, y, s, size=bsize)
        y += step + 7
    return y


def support_block(d, x, y, items, tsize=8.8, bsize=8.1):
    sprinted = []
    for nm, du, txt in items:
        s = f'●{nm}（{du}）'
        d.put(x, y, s, font='G', size=tsize); sprinted.append(s)
        y += 12.5; d.put(x + 9, y, txt, size=bsize)
        y += 19
    return y, sprinted


def contact_block(d, x, y, office, tel, email, col, size=8.6):
    hhead(d, x, y, 'お問い合わせ', col)
    d.put(x, y + 19, office, size=size)
    d.put(x, y + 33, 'TEL ' + tel, size=size)
    d.put(x, y + 47, 'E-mail ' + email, size=size - 0.4)
    return y + 47


def access_block(d, x, y, address, routes, col, size=8.3):
    hhead(d, x, y, 'アクセス', col)
    d.put(x, y + 19, address, size=size)
    for k, (s, st) in enumerate(routes): d.put(x, y + 33 + k * 13, s, size=size)
    return y + 33 + len(routes) * 13


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


# ------------------------------------------------------------------ 南牧村 (A4 landscape tri-fold; p1 outside: flap | back | COVER)

def nanmoku():
    d = Doc('nanmoku-2026', 1071, size=A4L); init107(d)
    org, ta, tt = '南牧村', '事務', '技術'
    col, tint = (0.10, 0.36, 0.42), (0.86, 0.93, 0.94)
    foot = '南牧村 職員採用案内 2026'
    edition = '令和8年4月現在'
    # labels in full-width digits, counts half-width
    hire = hiring_rows([(2021, (2, 1), (0, 0), False), (2022, (1, 0), (1, 0), False),
                        (2023, (2, 1), (0, 0), False), (2024, (1, 1), (1, 0), False),
                        (2025, (3, 2), (1, 0), False), (2026, (2, None), (1, None), True)],
                       label=lambda fy, p: era(fy).translate(FW) + ('（予定）' if p else ''))
    lead = ['群馬県の南西部、山あいに約1,500人が暮らす村です。', '小さな役場だからこそ、一人ひとりが',
            '村の暮らしの全体にかかわります。']
    # ---- p1 (outside): inner flap | back cover | front cover
    P = fold(d, [262, 290, 289.89])
    panel_footers(d, foot, col)
    (a0, a1), (b0, b1), (c0, c1) = P
    L = a0 + 22
    hhead(d, L, 56, '先輩職員の声', col)
    voice = ['住民課（令和5年度採用）', '「窓口で顔なじみの方に声をかけてもらえるのが', '励みです。村の行事では準備から片付けまで', '職員みんなで動きます。」']
    d.put(L + 8, 78, voice[0], font='G', size=8.4)
    for k, v in enumerate(voice[1:]): d.put(L + 8, 94 + k * 13, v, size=8.2)
    training = ['採用後は群馬県市町村職員研修センターで', '新規採用職員研修を受けます。配属先では', '先輩職員がOJTで指導し、2年目からは',
                '県や近隣町村との合同研修にも参加します。']
    hhead(d, L, 170, '研修', col)
    for k, s in enumerate(training): d.put(L, 190 + k * 13, s, size=8.3)
    y = 190 + len(training) * 13 + 24
    hhead(d, L, y, '採用までの流れ', col)
    flow = ['6月　募集案内の公表', '7月　申込受付', '9月　第1次試験（教養・作文）', '10月　第2次試験（面接）', '11月　最終合格発表']
    for k, s in enumerate(flow): d.put(L + 8, y + 20 + k * 13, s, size=8.3)
    # back cover: contacts and access
    L = b0 + 22
    office, tel, email = '南牧村総務課', '0274-87-2011', 'mura-saiyo@vill.nanmoku.lg.jp'
    address = '〒370-2806 群馬県甘楽郡南牧村大字大日向1098番地'
    routes = [('上信電鉄下仁田駅からバスで約35分', '下仁田'), ('上信電鉄千平駅から車で約30分', '千平')]
    y = contact_block(d, L, 62, office, tel, email, col)
    d.put(L, y + 16, '受付時間　平日8時30分～17時15分', size=8.3)
    y = access_block(d, L, y + 50, address, routes, col)
    d.put(L, y + 14, '※村内は路線バスの本数が少ないため、', size=7.8)
    d.put(L, y + 27, '　お車でのご来庁をおすすめします。', size=7.8)
    # front cover (right panel)
    L = c0 + 24
    d.rect(c0 + 14, 70, c1 - c0 - 28, 4, fill=col)
    d.put(L, 128, org, font='G', size=34, color=col)
    d.put(L, 160, '職員採用案内 2026', font='G', size=14)
    d.put(c1 - 22, 186, edition, size=9, align='r')
    for k, s in enumerate(lead): d.put(L, 222 + k * 14, s, size=9)
    hhead(d, L, 290, '数字で見る南牧村', col)
    prof = ['人口　約1,500人', '面積　118.83平方キロメートル', '職員数　約50人']
    for k, s in enumerate(prof): d.put(L + 8, 310 + k * 14, s, size=8.6)
    # ---- p2 (inside): 採用データ (panel-level vertical heading) | exams + initiatives | support
    d.new_page()
    P = fold(d, [300, 262, 279.89])
    panel_footers(d, foot, col)
    (a0, a1), (b0, b1), (c0, c1) = P
    vstrip(d, a0 + 18, 36, d.H - 48, '採用データ', col, tint)
    L, R = a0 + 50, a1 - 16
    hhead(d, L, 52, '採用実績', col)
    hintro = '採用者数の推移（単位：人）'
    d.put(L, 70, hintro, size=8.2)
    header2 = [['採用', '年度'], ['事務', '人数'], ['技術', '人数'], ['合計', '人数']]
    body = hire_cells(hire)
    yt = hire_table2(d, L, 78, [86, 50, 50, 50], header2, body, hfill=tint)
    hnotes = ['※（ ）内は女性の数で内数です。', '※令和８年度は採用予定数です。']
    for k, s in enumerate(hnotes): d.put(L, yt + 12 + k * 11, s, size=7.6)
    y = yt + 12 + len(hnotes) * 11 + 24
    hhead(d, L, y, '配属実績', col)
    aintro = '令和７年度採用者の配属先（単位：人）'
    d.put(L, y + 18, aintro, size=8.2)
    assign = [('総務課', 1, None), ('住民課', 1, None), ('保健福祉課', 1, None), ('建設課', None, 1)]
    y += 36
    lprinted = []
    for grp, tk in (('〈事務〉', 1), ('〈技術〉', 2)):
        d.put(L, y, grp, font='G', size=8.4); y += 14
        tot = 0
        for u, a, t in assign:
            v = (a, t)[tk - 1]
            if not v: continue
            leader_row(d, L + 8, R, y, u, [str(v).translate(FW)]); lprinted.append((u, v)); y += 14; tot += v
        leader_row(d, L + 8, R, y, grp.strip('〈〉') + '計', [str(tot).translate(FW)], font='G'); y += 20
    anotes = ['※計は各区分の合計で、配属先ではありません。']
    d.put(L, y, anotes[0], size=7.6)
    # panel 2: exams, initiatives
    L, R = b0 + 20, b1 - 16
    exam_name = '南牧村職員採用試験（大学卒業程度）'
    exams = [('事務', [('一般事務', 2)]), ('技術', [('土木', 1)])]
    hhead(d, L, 56, '試験区分', col)
    d.put(L, 74, '試験：' + exam_name, size=8.2)
    ye = d.table(L, 82, [60, 110, 56], [['区分', '職種', '予定数']] + exam_rows(exams), rh=18, hfill=tint, size=8.4)
    enotes = ['※土木は土木施工管理技士の資格があれば', '　年齢の上限を39歳とします。']
    for k, s in enumerate(enotes): d.put(L, ye + 12 + k * 11, s, size=7.6)
    y = ye + 12 + len(enotes) * 11 + 28
    hhead(d, L, y, '働きやすい職場づくり', col)
    inits = [('一人一台のタブレット', ['会議資料をペーパーレスにして、', '外出先でも確認できるようにしました。']),
             ('地域おこし協力隊との協働', ['移住してきた隊員と一緒に、', '空き家の活用を進めています。'])]
    y = bullets(d, L, y + 20, inits, '◆')
    # panel 3: support, a decoy
    L, R = c0 + 20, c1 - 18
    hhead(d, L, 56, '仕事と家庭の両立支援', col)
    support_lines = [('育児休業', '子が3歳に達するまで', '男性職員の取得も進んでいます。'),
                     ('育児短時間勤務', '小学校就学前まで', '保育園の送り迎えに合わせて勤務できます。'),
                     ('介護休暇', '通算6か月', '家族の介護のために分割して取得できます。')]
    y, sprinted = support_block(d, L, 78, support_lines)
    hhead(d, L, y + 14, '村のくらし', col)
    life = ['村営住宅を職員にも貸し出しています。', '役場から車で10分圏内に保育園と小中学校があります。']
    for k, s in enumerate(life): d.put(L, y + 34 + k * 13, s, size=8.2)
    facts = base_facts(org, edition, '令和8年4月', '2026-04', lead, hire, ta, tt,
                       'ruled; the header row is two lines in every cell (採用/年度, 事務/人数, 技術/人数, 合計/人数); labels full-width, counts half-width N（W）, planned row bare',
                       ['採用年度', '事務人数', '技術人数', '合計人数'], ['label', 'admin', 'tech', 'total'], [hintro], hnotes,
                       assign, aintro, 'two dotted-leader lists 〈事務〉 / 〈技術〉, figures full-width, each closed by a 計 line (事務計 / 技術計) that is no unit',
                       '試験区分', exam_name, exams, 'ruled 区分 | 職種 | 予定数, track cells spanning', ['区分', '職種', '予定数'],
                       '研修', [''.join(training)], inits, '◆title / indented text', '働きやすい職場づくり',
                       support_lines, '仕事と家庭の両立支援', '●name（duration） / indented text', sprinted,
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(organization='the masthead is on the front cover, the RIGHT panel of p1; panels are read left to right, so it comes after the flap and the back cover',
                            assignments='dotted-leader lists per track, each closed by a 計 line (事務計…３, 技術計…１)',
                            hiring='the header row is two lines in every cell; a panel-level vertical heading 採用データ labels both 採用実績 and 配属実績'))
    facts['hiring']['printedRows'] = ['\t'.join(r) for r in body]
    facts['assignments']['note'] = anotes
    facts['exams']['note'] = enotes
    facts['decoys']['coverPanel'] = 'p1 right panel'
    facts['decoys']['runningFooter'] = foot
    facts['decoys']['panelWidths'] = [[262, 290, 289.89], [300, 262, 279.89]]
    facts['decoys']['layout'] = ('A4 landscape tri-fold, 2 pp, three unequal panels per page, the body\'s name under every panel '
                                 '(furniture); p1 (outside) inner flap (先輩職員の声, 研修, 採用までの流れ) | back cover (contacts, access) | '
                                 'front cover (masthead, title, edition, lead, 数字で見る南牧村); p2 (inside) 採用データ vertical strip '
                                 '(採用実績, 配属実績 as leader lists) | 試験区分, initiatives | support, 村のくらし')
    return d, facts


# ------------------------------------------------------------------ 品川区 (A4 landscape Z-fold; cover LEFT on p1)

def shinagawa():
    d = Doc('shinagawa-2026', 1072, size=A4L); init107(d)
    org, ta, tt = '品川区', '事務', '技術'
    col, tint = (0.55, 0.12, 0.22), (0.97, 0.89, 0.91)
    foot = '品川区 職員採用案内 2026'
    edition = '令和8年3月現在'
    # labels half-width, counts full-width
    hire = hiring_rows([(2021, (33, 20), (9, 3), False), (2022, (36, 21), (8, 2), False),
                        (2023, (31, 19), (10, 4), False), (2024, (38, 24), (7, 2), False),
                        (2025, (35, 22), (9, 3), False), (2026, (14, None), (5, None), True)], fw=True,
                       label=lambda fy, p: era(fy) + ('（予定）' if p else ''))
    lead = ['東京の南の玄関口・品川。', '臨海部のまちづくりから子育て支援まで、', '約40万人の区民の暮らしを支えています。']
    P = fold(d, [290, 290, 261.89])
    panel_footers(d, foot, col)
    (a0, a1), (b0, b1), (c0, c1) = P
    # cover (left panel)
    L = a0 + 24
    d.rect(a0 + 14, 56, a1 - a0 - 28, 3, fill=col)
    d.put(L, 110, org, font='G', size=32, color=col)
    d.put(L, 140, '職員採用案内 2026', font='G', size=14)
    d.put(L, 162, edition, size=9)
    for k, s in enumerate(lead): d.put(L, 196 + k * 14, s, size=9)
    hhead(d, L, 262, '区長メッセージ', col)
    msg = ['区民の声を聞き、自分で考えて動ける職員と、', '新しい品川をつくっていきたいと思います。', '品川区長']
    for k, s in enumerate(msg[:2]): d.put(L + 8, 282 + k * 14, s, size=8.6)
    d.put(a1 - 22, 282 + 2 * 14, msg[2], size=8.6, align='r')
    # panel 2: 採用実績 with a vertical heading along the left edge; total first, うち事務 / うち技術
    vstrip(d, b0 + 12, 36, d.H - 48, '採用実績', col, tint)
    L, R = b0 + 44, b1 - 14
    hintro = '採用者数の推移（単位：人）'
    d.put(L, 50, hintro, size=8.2)
    header2 = [['採用', '年度'], ['採用', '人数'], ['うち', '事務'], ['うち', '技術']]
    body = hire_cells(hire, ('label', 'total', 'admin', 'tech'))
    yt = hire_table2(d, L, 58, [74, 54, 53, 53], header2, body, size=8, hfill=tint)
    hnotes = ['※（ ）内は女性の数で内数です。', '※採用人数は事務と技術の合計です。', '※令和8年度はⅠ類の採用予定数です。']
    for k, s in enumerate(hnotes): d.put(L, yt + 12 + k * 11, s, size=7.6)
    y = yt + 12 + len(hnotes) * 11 + 26
    d.put(L, y, '採用者の出身', font='G', size=8.6)
    origin = ['区内在住・在勤の経験者　約3割', '民間企業等の経験者　約4割']
    for k, s in enumerate(origin): d.put(L + 8, y + 16 + k * 13, s, size=8.2)
    # panel 3: 配属実績 ruled
    L, R = c0 + 20, c1 - 16
    hhead(d, L, 56, '配属実績', col)
    aintro = '令和7年度採用者の配属先（単位：人）'
    d.put(L, 74, aintro, size=8.2)
    assign = [('区長室', 2, None), ('総務課', 3, None), ('税務課', 4, None), ('戸籍住民課', 5, None),
              ('子ども家庭支援センター', 6, None), ('高齢者福祉課', 5, None), ('地域センター', 7, None),
              ('都市計画課', 1, 2), ('道路課', None, 4), ('公園課', None, 2), ('営繕課', 2, 1)]
    ya = d.table(L, 82, [140, 44, 44], [['配属先', ta, tt]] + assign_rows(assign), rh=16, hfill=tint, size=8.2)
    anotes = ['※－は配属なし。']
    d.put(L, ya + 12, anotes[0], size=7.6)
    # ---- p2
    d.new_page()
    P = fold(d, [261.89, 290, 290])
    panel_footers(d, foot, col)
    (a0, a1), (b0, b1), (c0, c1) = P
    L, R = a0 + 20, a1 - 16
    exam_name = '特別区職員Ⅰ類採用試験（大学卒業程度）'
    exams = [('事務', [('事務', 12), ('福祉', 2)]), ('技術', [('土木造園', 3), ('建築', 2)])]
    hhead(d, L, 56, '試験区分', col)
    d.put(L, 74, '試験：' + exam_name, size=8.0)
    ye = d.table(L, 82, [56, 100, 64], [['区分', '職種', '予定数']] + exam_rows(exams), rh=17, hfill=tint, size=8.3)
    enotes = ['※特別区人事委員会が23区共通で実施します。']
    d.put(L, ye + 12, enotes[0], size=7.6)
    training = ['入区後は特別区職員研修所と区の研修で', '基礎を学び、3年目までに', '窓口・事業・管理の3つの職場を経験します。']
    y = ye + 46
    hhead(d, L, y, '研修', col)
    for k, s in enumerate(training): d.put(L, y + 20 + k * 13, s, size=8.3)
    L, R = b0 + 20, b1 - 16
    hhead(d, L, 56, '働きやすい職場づくり', col)
    inits = [('フリーアドレスの執務室', ['本庁舎の一部の課で、', '席を決めずに働く執務室を始めました。']),
             ('区民サービスのデジタル化', ['窓口に来なくても済む手続を', '毎年増やしています。'])]
    y = bullets(d, L, 78, inits, '▶')
    hhead(d, L, y + 8, '仕事と家庭の両立支援', col)
    support_lines = [('育児休業', '子が3歳に達するまで', '男性職員の取得率は8割を超えました。'),
                     ('部分休業', '小学校就学前まで', '1日2時間まで勤務しない時間をつくれます。'),
                     ('子の看護等休暇', '年5日', '子が2人以上の場合は年10日です。')]
    y, sprinted = support_block(d, L, y + 30, support_lines)
    L, R = c0 + 20, c1 - 18
    office, tel, email = '品川区総務部人事課', '03-5742-6628', 'jinjika-saiyo@city.shinagawa.lg.jp'
    address = '〒140-8715 東京都品川区広町2丁目1番36号'
    routes = [('JR京浜東北線・りんかい線・東急大井町線大井町駅から徒歩約8分', '大井町'), ('東急大井町線下神明駅から徒歩約5分', '下神明')]
    y = contact_block(d, L, 62, office, tel, email, col)
    y = access_block(d, L, y + 34, address, routes, col, size=8.0)
    hhead(d, L, y + 30, '品川区のすがた', col)
    prof = [('人口', '約40万人'), ('面積', '22.84km²'), ('職員数', '約2,800人'), ('区立小・中・義務教育学校', '46校')]
    for k, (a, b) in enumerate(prof): leader_row(d, L + 8, R, y + 50 + k * 14, a, [b], size=8.3, figw=62)
    facts = base_facts(org, edition, '令和8年3月', '2026-03', lead, hire, ta, tt,
                       'ruled, TOTAL FIRST: 採用年度 | 採用人数 | うち事務 | うち技術, every header cell two lines; labels half-width, counts full-width Ｎ（Ｗ）, planned row bare',
                       ['採用年度', '採用人数', 'うち事務', 'うち技術'], ['label', 'total', 'admin', 'tech'], [hintro], hnotes,
                       assign, aintro, 'ruled 配属先 | 事務 | 技術; － for none',
                       '試験区分', exam_name, exams, 'ruled 区分 | 職種 | 予定数, track cells spanning', ['区分', '職種', '予定数'],
                       '研修', [''.join(training)], inits, '▶title / indented text', '働きやすい職場づくり',
                       support_lines, '仕事と家庭の両立支援', '●name（duration） / indented text', sprinted,
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(hiring='total first and both tracks as うち columns (採用人数 | うち事務 | うち技術), every header cell on two lines',
                            access='three line names joined by ・ before the station; the station 大井町 is also the head of the line name 東急大井町線'))
    facts['hiring']['printedRows'] = ['\t'.join(r) for r in body]
    facts['assignments']['note'] = anotes
    facts['exams']['note'] = enotes
    facts['decoys']['runningFooter'] = foot
    facts['decoys']['panelWidths'] = [[290, 290, 261.89], [261.89, 290, 290]]
    facts['decoys']['layout'] = ('A4 landscape Z-fold, 2 pp, three unequal panels per page, the body\'s name under every panel '
                                 '(furniture); p1 cover (masthead, title, edition, lead, 区長メッセージ) | 採用実績 with a vertical heading '
                                 'in a strip along the panel\'s left edge | 配属実績; p2 試験区分, 研修 | initiatives, support | contacts, '
                                 'access, 品川区のすがた')
    return d, facts


# ------------------------------------------------------------------ 名古屋高速道路公社 (A4 landscape tri-fold; cover LEFT, flap RIGHT on p1)

def nagoya_kosoku():
    d = Doc('nagoya-kosoku-2026', 1073, size=A4L); init107(d)
    org, ta, tt = '名古屋高速道路公社', '事務', '技術'
    col, tint = (0.12, 0.22, 0.50), (0.88, 0.91, 0.97)
    foot = '名古屋高速道路公社　職員採用案内 2026'
    edition = '令和8年5月現在'
    # labels and counts half-width here; the leader table's figures are full-width
    hire = hiring_rows([(2021, (4, 2), (6, 1), False), (2022, (3, 1), (7, 1), False),
                        (2023, (5, 2), (6, 0), False), (2024, (4, 1), (8, 2), False),
                        (2025, (5, 2), (7, 1), False), (2026, (4, None), (8, None), True)])
    lead = ['名古屋都市圏の都市高速道路を建設し、', '24時間365日、安全に走れるように', '管理している公社です。']
    P = fold(d, [286, 280, 275.89])
    panel_footers(d, foot, col)
    (a0, a1), (b0, b1), (c0, c1) = P
    L = a0 + 22
    d.rect(a0 + 12, 40, a1 - a0 - 24, 26, fill=col)
    d.put(L, 106, org, font='G', size=24, color=col)
    d.put(L, 134, '職員採用案内 2026', font='G', size=13)
    d.put(a1 - 20, 156, edition, size=9, align='r')
    for k, s in enumerate(lead): d.put(L, 190 + k * 14, s, size=9)
    hhead(d, L, 258, '数字で見る名古屋高速', col)
    prof = ['総延長　約81km', '1日の利用台数　約33万台', '職員数　約400人']
    for k, s in enumerate(prof): d.put(L + 8, 278 + k * 14, s, size=8.6)
    # back cover (middle)
    L = b0 + 20
    office, tel, email = '名古屋高速道路公社総務部人事課', '052-919-3200', 'recruit-desk@nagoya-expressway.or.jp'
    address = '〒461-0005 愛知県名古屋市東区東桜二丁目13番30号'
    routes = [('名古屋市営地下鉄桜通線高岳駅から徒歩約5分', '高岳'), ('名古屋市営地下鉄東山線栄駅から徒歩約12分', '栄')]
    y = contact_block(d, L, 62, office, tel, email, col, size=8.4)
    y = access_block(d, L, y + 34, address, routes, col, size=8.2)
    # flap (right)
    L = c0 + 20
    training = ['入社後1か月の新人研修で、料金・交通管制・', '保全の現場を一通り経験します。', '技術職員には橋梁点検や', '土木施工管理の資格取得を支援します。']
    hhead(d, L, 56, '研修', col)
    for k, s in enumerate(training): d.put(L, 76 + k * 13, s, size=8.3)
    y = 76 + len(training) * 13 + 24
    hhead(d, L, y, '働きやすい職場づくり', col)
    inits = [('夜間工事の翌日は休養日', ['夜間の規制工事に立ち会った翌日は、', '休養のための休日にしています。']),
             ('女性技術職員の会', ['現場で働く女性技術職員が集まり、', '職場の改善を提案しています。'])]
    y = bullets(d, L, y + 20, inits, '■')
    # ---- p2 (inside): 採用情報 vertical strip (採用実績 + 試験区分) | 配属実績 leader table | support
    d.new_page()
    P = fold(d, [262, 300, 279.89])
    panel_footers(d, foot, col)
    (a0, a1), (b0, b1), (c0, c1) = P
    vstrip(d, a0 + 18, 36, d.H - 48, '採用情報', col, tint)
    L, R = a0 + 48, a1 - 14
    hhead(d, L, 52, '採用実績', col)
    hintro = '採用者数の推移（単位：人）'
    d.put(L, 70, hintro, size=8.0)
    header2 = [['採用', '年度'], ['事務', '人数'], ['技術', '人数'], ['合計', '人数']]
    body = hire_cells(hire)
    yt = hire_table2(d, L, 78, [86, 40, 40, 40], header2, body, size=7.8, hfill=tint)
    hnotes = ['※（ ）内は女性の数で内数です。', '※令和8年度は採用予定数です。']
    for k, s in enumerate(hnotes): d.put(L, yt + 12 + k * 11, s, size=7.4)
    y = yt + 12 + len(hnotes) * 11 + 24
    hhead(d, L, y, '試験区分', col)
    exam_name = '名古屋高速道路公社職員採用試験（大学卒業程度）'
    d.put(L, y + 17, '試験：名古屋高速道路公社職員採用試験', size=7.8)
    d.put(L + 30, y + 29, '（大学卒業程度）', size=7.8)
    exams = [('事務', [('一般事務', 4)]), ('技術', [('土木', 5), ('電気', 2), ('機械', 1)])]
    ages = {'一般事務': '22～29歳', '土木': '22～35歳', '電気': '22～35歳', '機械': '22～35歳'}
    ye = d.table(L, y + 36, [32, 54, 38, 82], [['区分', '職種', '予定数', '受験資格（年齢）']] + exam_rows(exams, ages),
                 rh=17, hfill=tint, size=7.8)
    eprinted = ['事務\t一般事務\t4\t22～29歳', '技術\t土木\t5\t22～35歳', '\t電気\t2\t22～35歳', '\t機械\t1\t22～35歳']
    enotes = ['※年齢は令和9年4月1日における満年齢です。']
    d.put(L, ye + 12, enotes[0], size=7.4)
    # panel 2: 配属実績 as a dotted-leader table with two figure columns, closed by a 計 line
    L, R = b0 + 20, b1 - 18
    hhead(d, L, 56, '配属実績', col)
    aintro = '令和7年度採用者の配属先（単位：人）'
    d.put(L, 74, aintro, size=8.2)
    assign = [('総務課', 1, None), ('経理課', 1, None), ('料金企画課', 2, None), ('保全課', 1, 2),
              ('建設課', None, 2), ('施設課', None, 2), ('交通管制課', None, 1)]
    figw = 30
    hx = R - figw * 2
    h0 = d.text(L, 96, '配属先', font='G', size=8.4)
    h1 = d.text(hx + figw - 4, 96, ta, font='G', size=8.4, align='r')
    h2 = d.text(hx + 2 * figw - 4, 96, tt, font='G', size=8.4, align='r')
    d.line(h0, h1, h2)
    d.hline(L, R, 101, lw=0.6, color=col)
    y = 116
    fw = lambda v: str(v).translate(FW) if v else '－'
    for u, a, t in assign:
        leader_row(d, L, R, y, u, [fw(a), fw(t)], figw=figw); y += 15
    d.hline(L, R, y - 9, lw=0.4, color=(0.5, 0.5, 0.5))
    leader_row(d, L, R, y + 3, '計', [fw(sum(a or 0 for _, a, _ in assign)), fw(sum(t or 0 for _, _, t in assign))], figw=figw, font='G')
    anotes = ['※計は配属先ではなく、各列の合計です。']
    d.put(L, y + 22, anotes[0], size=7.6)
    y += 56
    hhead(d, L, y, '先輩職員の声', col)
    voice = ['保全課（令和4年度採用・土木）', '「高架橋の点検で見つけた小さなひび割れが、', '次の補修計画につながったときに', 'やりがいを感じます。」']
    d.put(L + 8, y + 20, voice[0], font='G', size=8.3)
    for k, v in enumerate(voice[1:]): d.put(L + 8, y + 35 + k * 13, v, size=8.2)
    # panel 3: support
    L, R = c0 + 20, c1 - 16
    hhead(d, L, 56, '仕事と家庭の両立支援', col)
    support_lines = [('育児休業', '子が3歳に達するまで', '交替勤務の職員も取得しています。'),
                     ('配偶者出産休暇', '3日', '妻の出産の前後に取得できます。'),
                     ('子の看護等休暇', '年5日', '子が2人以上の場合は年10日です。')]
    y, sprinted = support_block(d, L, 78, support_lines)
    hhead(d, L, y + 14, '職場見学会', col)
    tour = ['交通管制センターの見学会を夏と冬に開きます。', '日程は公社のホームページでお知らせします。']
    for k, s in enumerate(tour): d.put(L, y + 34 + k * 13, s, size=8.2)
    facts = base_facts(org, edition, '令和8年5月', '2026-05', lead, hire, ta, tt,
                       'ruled; the header row is two lines in every cell (採用/年度, 事務/人数, 技術/人数, 合計/人数); half-width N（W）, planned row bare',
                       ['採用年度', '事務人数', '技術人数', '合計人数'], ['label', 'admin', 'tech', 'total'], [hintro], hnotes,
                       assign, aintro, 'dotted-leader table 配属先 …… 事務 技術 (full-width figures, － for none), closed by a 計 line that is no unit',
                       '試験区分', exam_name, exams,
                       'ruled 区分 | 職種 | 予定数 | 受験資格（年齢）: the count is NOT the last cell; the age ranges 22～29歳 / 22～35歳 are no counts',
                       ['区分', '職種', '予定数', '受験資格（年齢）'],
                       '研修', [''.join(training)], inits, '■title / indented text', '働きやすい職場づくり',
                       support_lines, '仕事と家庭の両立支援', '●name（duration） / indented text', sprinted,
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(exams='an age column 受験資格（年齢） after the count column; the exam name\'s level on a second caption line',
                            assignments='a dotted-leader table with two figure columns and a closing 計 line',
                            hiring='a panel-level vertical heading 採用情報 labels both 採用実績 and 試験区分'))
    facts['hiring']['printedRows'] = ['\t'.join(r) for r in body]
    facts['assignments']['note'] = anotes
    facts['exams']['printedRows'] = eprinted
    facts['exams']['note'] = enotes
    facts['exams']['countColumn'] = 2
    facts['decoys']['runningFooter'] = foot
    facts['decoys']['panelWidths'] = [[286, 280, 275.89], [262, 300, 279.89]]
    facts['decoys']['layout'] = ('A4 landscape tri-fold set like a vertical-writing leaflet (cover LEFT), 2 pp, three unequal '
                                 'panels per page, the body\'s name under every panel (furniture); p1 cover (masthead, title, edition, '
                                 'lead, 数字で見る名古屋高速) | back cover (contacts, access) | flap (研修, initiatives); p2 採用情報 vertical '
                                 'strip (採用実績, 試験区分 with an age column) | 配属実績 leader table, 先輩職員の声 | support, 職場見学会')
    return d, facts


BUILDERS = {'nanmoku-2026': nanmoku, 'shinagawa-2026': shinagawa, 'nagoya-kosoku-2026': nagoya_kosoku}


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
    """Set 107's frame: a leaflet folded in three, printed both sides: two A4-landscape pages of three UNEQUAL
    panels, every text inside its panel, the body's name under every panel (furniture), a vertical heading along
    a panel's left edge, a dotted-leader table, a hiring header row two lines in every cell."""
    err = []
    if not (abs(d.W - A4L[0]) < 1 and abs(d.H - A4L[1]) < 1): err.append('page size')
    if len(d.pages) != 2: err.append('page count')
    foot = f['decoys'].get('runningFooter')
    for p in range(len(d.pages)):
        P = d.panels.get(p)
        if not P or len(P) != 3: err.append(f'page {p + 1}: panels'); continue
        if len({round(x1 - x0, 1) for x0, x1 in P}) < 2: err.append(f'page {p + 1}: equal panels')
        if [round(x1 - x0, 2) for x0, x1 in P] != [round(w, 2) for w in f['decoys']['panelWidths'][p]]: err.append(f'page {p + 1}: panel widths')
        fu = [it for it in d.items if it['page'] == p and it['furniture']]
        if len(fu) != 3 or any(it['s'] != foot or it['y'] < d.H - 40 for it in fu): err.append(f'page {p + 1}: footers')
        for k, (x0, x1) in enumerate(P):
            if sum(1 for it in fu if x0 < it['x'] and it['x'] + it['w'] < x1) != 1: err.append(f'page {p + 1}: panel {k + 1} footer')
        for it in d.items:
            if it['page'] != p or it['furniture']: continue
            if not any(x0 + 10 <= it['x'] and it['x'] + it['w'] <= x1 - 10 for x0, x1 in P):
                err.append(f'page {p + 1}: {it["s"]!r} crosses a fold')
    if not d.vheads: err.append('no vertical heading')
    for p, s in d.vheads:
        ok = False
        for (lp, cells) in d.lines:
            if lp != p: continue
            for cell in cells:
                if ''.join(d.items[i]['s'] for i in cell) == s and len({round(d.items[i]['x'] + d.items[i]['w'] / 2, 1) for i in cell}) == 1:
                    cx = d.items[cell[0]]['x'] + d.items[cell[0]]['w'] / 2
                    ok = ok or any(x0 < cx < x0 + 40 for x0, x1 in d.panels[p])
        if not ok: err.append(f'vertical heading {s} not along a panel\'s left edge')
    if not d.leaders: err.append('no dotted-leader table')
    if not d.hdr2: err.append('no two-line hiring header')
    for p, cells in d.hdr2:
        for cell in cells:
            if len(cell) != 2 or len({round(d.items[i]['y'], 1) for i in cell}) != 2: err.append('hiring header cell not two lines')
    # figures in a mix of full-width and half-width digits
    exp = d.expected()
    if not (re.search('[０-９]', exp) and re.search('[0-9]', exp)): err.append('digits not mixed')
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
        # nanmoku / nagoya-kosoku: leader lists closed by a 計 line (事務計, 計) that is no unit
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
        d.text(d.panels[0][1][0] + 40, d.H - 24, f['decoys']['runningFooter'], size=6.8, furniture=True)
    def no_vertical_heading(d, f): d.vheads.clear()
    def continued_row_to_admin(d, f):
        e = f['exams']['entries']
        e[0]['breakdown'].append(e[1]['breakdown'].pop())
    def abbreviation_as_name(d, f):
        s0 = f['supportSystems'][0]
        m = re.match(r'●[^（]+（([^）]+)）（', s0['printed'])
        s0['name'] = m.group(1) if m else s0['name'][:1] + '休'
    # ---- set 107
    def subtotal_as_unit(d, f):
        a = f['assignments']['rows']
        a.append({'unit': '計', 'admin': sum(r['admin'] or 0 for r in a), 'tech': sum(r['tech'] or 0 for r in a)})
    def count_from_age(d, f):
        es = f['exams']['entries']
        multi = [e for e in es if len(e['breakdown']) >= 2]
        if multi:
            b = multi[0]['breakdown']; b[0]['count'], b[1]['count'] = b[1]['count'], b[0]['count']
        else:
            es[0]['breakdown'][0]['count'] = 22; es[0]['total'] = 22
    def footer_missing(d, f):
        # the middle panel's footer is no longer furniture: a page with two running footers
        fu = [it for it in d.items if it['furniture'] and it['page'] == 1]
        fu[1]['furniture'] = False
    def footer_over_fold(d, f):
        fu = [it for it in d.items if it['furniture'] and it['page'] == 0]
        fu[0]['x'] = d.panels[0][0][1] - fu[0]['w'] / 2
    def text_across_fold(d, f):
        d.p = 1
        d.put(d.panels[1][1][0] - 20, d.H - 44, '折り目をまたぐ', size=8)
    def equal_panels(d, f):
        w = d.W / 3
        d.panels[0] = [(0, w), (w, 2 * w), (2 * w, d.W)]
    def one_line_header(d, f): d.hdr2.clear()
    def header_cell_one_line(d, f):
        p, cells = d.hdr2[0]
        d.items[cells[1][1]]['y'] = d.items[cells[1][0]]['y']
    def no_leaders(d, f): d.leaders.clear()
    def vertical_heading_mid_panel(d, f):
        p, s = d.vheads[0]
        for (lp, cells) in d.lines:
            if lp == p and len(cells) == 1 and ''.join(d.items[i]['s'] for i in cells[0]) == s:
                for i in cells[0]: d.items[i]['x'] += 120
                break
    def newer_genzai(d, f):
        d.p = 1
        d.put(d.panels[1][1][0] + 20, d.H - 44, '令和9年1月現在', size=8)
    def digits_not_mixed(d, f):
        for it in d.items: it['s'] = unicodedata.normalize('NFKC', it['s']) if re.search('[０-９]', it['s']) else it['s']
    def cover_flag_toggled(d, f):
        if f['decoys'].get('coverPanel'): del f['decoys']['coverPanel']
        else: f['decoys']['coverPanel'] = 'p1 right panel'
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
