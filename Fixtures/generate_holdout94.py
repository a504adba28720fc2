#!/usr/bin/env python3
"""Blind holdout set 94: three national bodies (関東信越厚生局, 中部地方整備局, 東北運輸局).

Self-contained (generate_holdout93.py's machinery unchanged): a page model in top-down
coordinates, a table helper, reportlab's canvas (invariant=1, no page compression), the
facts and the checks. Every visual text piece is one text object; the objects of a page
are written after its graphics in a seeded shuffled order.

  python3 Fixtures/generate_holdout94.py                    # all three
  python3 Fixtures/generate_holdout94.py chubu-seibi-2026   # one
"""
import io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout94')
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

    def vtext(self, cx, ytop, s, font='G', size=13, step=1.12):
        ids = []
        for k, ch in enumerate(s):
            ids.append(self.text(cx, ytop + size * 0.88 + k * size * step, ch, font=font, size=size, align='c'))
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




# ------------------------------------------------------------------ shared drawing bits

def heading(d, x, y, s, color):
    d.rect(x, y - 12, 4, 15, fill=color)
    d.put(x + 9, y, s, font='G', size=12, color=color)


def contacts_access(d, x, y, head, office, tel, email, address, routes, extra=(), size=8.5):
    head(x, y, 'お問い合わせ')
    d.put(x, y + 20, office, size=9)
    d.put(x, y + 35, 'TEL ' + tel, size=9)
    d.put(x, y + 50, 'E-mail ' + email, size=size)
    y += 84
    head(x, y, 'アクセス')
    # the address may be given as lines (the building on its own, indented, line)
    alines = [address] if isinstance(address, str) else address
    for j, s in enumerate(alines):
        d.put(x + (10 if j else 0), y + 20 + j * 13, s, size=size)
    y += 13 * (len(alines) - 1)
    k = 0
    for s, st in routes:
        d.put(x, y + 38 + k * 14, s, size=size); k += 1
    for s in extra:
        d.put(x, y + 38 + k * 14, s, size=size); k += 1
    return y + 38 + k * 14


def exam_table(d, x, y, exams, widths, hfill, ruled=True):
    rows = [['区分', '職種', '予定数']]
    for tr, cats in exams:
        for k, (c, n) in enumerate(cats):
            rows.append([{'t': [tr], 'rs': len(cats)}, c, str(n)] if k == 0 else [c, str(n)])
    return d.table(x, y, widths, rows, rh=16, hfill=hfill, ruled=ruled)



# ------------------------------------------------------------------ 関東信越厚生局

def period(fy, planned=False):
    return f'{fy}.4～{fy + 1}.3' + ('（予定）' if planned else '')


def kantoshinetsu():
    name = 'kantoshinetsu-2026'
    d = Doc(name, 941)
    W = d.W
    org = '関東信越厚生局'
    # the year labels are fiscal PERIODS 2021.4～2022.3 …: no 年度, no era
    hire = hiring_rows([(2021, (15, 7), (2, 1), False), (2022, (17, 8), (1, 0), False),
                        (2023, (16, 9), (2, 1), False), (2024, (19, 10), (2, 0), False),
                        (2025, (18, 8), (3, 1), False), (2026, (18, None), (2, None), True)],
                       label=lambda fy, pl: period(fy, pl))
    assign = [('総務課', 3, None), ('医療課', 3, None), ('指導監査課', 4, None), ('年金調整課', 2, None),
              ('地域包括ケア推進課', 2, None), ('茨城事務所', 2, None), ('新潟事務所', 2, None),
              ('麻薬取締部', None, 2), ('薬事監視課', None, 1)]
    exams = [('事務系', [('行政', 18)]), ('技術系', [('化学', 2)])]
    exam_name = '国家公務員採用一般職試験（大卒程度試験）'
    lead = ['関東甲信越の1都9県を管轄し、医療・年金・福祉の制度を地域で支える厚生労働省の地方支分部局です。',
            '制度の現場に最も近い立場から、人々の暮らしと健康を守る仕事に挑戦しませんか。']
    training = ['採用後は新規採用職員研修で行政の基礎を学び、', '2年目以降も階層別研修、医療・年金の専門研修、',
                '厚生労働本省での実務研修を受講できます。']
    inits = [('フレックスタイム制', ['始業・終業時刻を職員が', '自ら決めて働けます。']),
             ('テレワーク', ['業務に応じて在宅勤務を', '利用できます。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                ('育児時間', '子が小学校に就学するまで', '1日2時間まで勤務しないことができます。')]
    office, tel, email = '関東信越厚生局総務課人事係', '048-740-0751', 'ktsk-saiyo@mhlw.go.jp'
    address = '〒330-9713 埼玉県さいたま市中央区新都心1-1 さいたま新都心合同庁舎1号館'
    routes = [('さいたま新都心駅から徒歩約3分（JR京浜東北線・宇都宮線・高崎線）', 'さいたま新都心'),
              ('北与野駅から徒歩約7分（JR埼京線）', '北与野')]
    edition = '令和8年4月現在'
    green = (0.1, 0.45, 0.3)
    L, R = 46, W - 46

    def furniture(p):
        d.text(R, 30, '関東信越厚生局　職員採用案内 2026', size=7.5, align='r', furniture=True, color=(0.4, 0.4, 0.4))
        d.hline(L, R, 36, lw=0.4, color=(0.5, 0.5, 0.5))
        d.text(W / 2, 815, f'{p} / 2', size=8, align='c', furniture=True)

    def head(x, y, s):
        heading(d, x, y, s, green)

    furniture(1)
    d.put(L, 78, org, font='G', size=28, color=green)
    d.put(L, 104, '職員採用案内 2026', font='G', size=14)
    d.put(R, 104, edition, size=9.5, align='r')
    d.hline(L, R, 114, lw=1.2, color=green)
    for k, s in enumerate(lead): d.put(L, 136 + k * 15, s, size=9)
    head(L, 190, '採用実績')
    d.put(L, 208, '採用者数の推移（単位：人）', size=8.5)
    rows = [['採用年度', '事務系', '技術系', '計']]
    for r in hire:
        rows.append([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
    y = d.table(L, 216, [150, 110, 110, R - L - 370], rows, rh=17, hfill=(0.86, 0.94, 0.9))
    notes = ['※（ ）内は女性の数で内数です。', '※採用年度は、4月から翌年3月までの1年間です。']
    for k, s in enumerate(notes): d.put(L, y + 14 + k * 13, s, size=8)
    top = y + 62
    mid = (L + R) / 2
    head(L, top, '配属実績')
    intro = '令和7年度採用者の配属先（単位：人）'
    d.put(L, top + 18, intro, size=8.5)
    rows2 = [['配属先', '事務系', '技術系']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in assign]
    d.table(L, top + 26, [120, 50, mid - 12 - L - 170], rows2, rh=16, hfill=(0.86, 0.94, 0.9))
    rx = mid + 12
    head(rx, top, '試験区分')
    d.put(rx, top + 18, '試験：' + exam_name, size=8)
    y3 = exam_table(d, rx, top + 26, exams, [62, 100, R - rx - 162], (0.86, 0.94, 0.9))
    head(rx, y3 + 34, '研修')
    for k, s in enumerate(training): d.put(rx, y3 + 52 + k * 14, s, size=8.5)
    # ---- page 2
    d.new_page()
    furniture(2)
    y = 70
    head(L, y, '働きやすい職場づくり')
    y += 24
    for t, body in inits:
        d.put(L, y, '◆' + t, font='G', size=9.5)
        for s in body:
            y += 14; d.put(L + 10, y, s, size=8.5)
        y += 22
    y += 6
    head(L, y, '両立支援制度')
    y += 24
    for nm, dur, txt in supports:
        d.put(L, y, f'●{nm}（{dur}）', font='G', size=9)
        y += 14; d.put(L + 10, y, txt, size=8.5)
        y += 22
    contacts_access(d, mid + 12, 70, head, office, tel, email,
                    ['〒330-9713 埼玉県さいたま市中央区新都心1-1', 'さいたま新都心合同庁舎1号館'], routes, size=8.2)
    facts = base_facts(org, edition, '令和8年4月', '2026-04', lead, hire, '事務系', '技術系',
                       'ruled 採用年度 | 事務系 | 技術系 | 計; the year labels are FISCAL PERIODS 2021.4～2022.3 … '
                       '2026.4～2027.3（予定） (no 年度, no era); cells N（W）, planned row bare',
                       ['採用年度', '事務系', '技術系', '計'], ['label', 'admin', 'tech', 'total'],
                       ['採用者数の推移（単位：人）'], notes,
                       assign, intro, 'ruled 配属先 | 事務系 | 技術系; － for none',
                       '試験区分', exam_name, exams, 'ruled 区分 | 職種 | 予定数 under the caption 試験：…',
                       ['区分', '職種', '予定数'], '研修', [''.join(training)],
                       inits, '◆title / indented text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text', [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(hiring='the year labels are fiscal periods 2021.4～2022.3 … 2025.4～2026.3 and '
                                   '2026.4～2027.3（予定）: each names two western years and no 年度; the fiscal year is '
                                   'the FIRST (a note says the period runs from April to the next March)',
                            access='each route starts with the station and names its line only in a bracket AFTER '
                                   'the walking time: さいたま新都心駅から徒歩約3分（JR京浜東北線・宇都宮線・高崎線）',
                            layout='A4, running header and folio 1 / 2 (furniture) on both pages; p1 masthead, lead, '
                                   'full-width ruled hiring table, two notes, two columns (assignments | exams, '
                                   'training); p2 two columns (initiatives, support | contacts, access with the '
                                   'building on its own line)'))
    facts['access']['addressLines'] = ['〒330-9713 埼玉県さいたま市中央区新都心1-1', 'さいたま新都心合同庁舎1号館']
    facts['hiring']['printedRows'] = ['採用年度\t事務系\t技術系\t計'] + [
        '\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]) for r in hire]
    return d, facts


# ------------------------------------------------------------------ 中部地方整備局

def chubu_seibi():
    name = 'chubu-seibi-2026'
    d = Doc(name, 942)
    W = d.W
    org = '中部地方整備局'
    hire = hiring_rows([(2021, (22, 9), (48, 8), False), (2022, (20, 8), (51, 10), False),
                        (2023, (24, 11), (46, 9), False), (2024, (21, 10), (53, 12), False),
                        (2025, (23, 9), (50, 11), False), (2026, (24, None), (52, None), True)])
    # unit, admin, (土木, 建築, 電気・機械): NO technical subtotal is printed
    units = [('総務部', 5, (0, 0, 0)), ('企画部', 3, (2, 0, 1)), ('河川部', 2, (6, 0, 1)), ('道路部', 2, (7, 0, 1)),
             ('営繕部', 1, (0, 4, 2)), ('港湾空港部', 2, (4, 0, 1)), ('浜松河川国道事務所', 3, (8, 0, 1)),
             ('名古屋国道事務所', 3, (7, 0, 0)), ('木曽川上流河川事務所', 2, (5, 0, 0))]
    assign = [(u, a or None, sum(c) or None) for u, a, c in units]
    exams = [('事務系', [('行政', 24)]),
             ('技術系', [('土木', 40), ('建築', 4), ('電気・電子・情報', 5), ('機械', 3)])]
    exam_name = '国家公務員採用一般職試験（大卒程度試験）'
    exam_lines = ['事務系　24名（うち行政24名）', '技術系　52名（うち土木40名、建築4名、', '電気・電子・情報5名、機械3名）']
    lead = ['愛知・岐阜・静岡・三重・長野（南部）の川、道路、港、官庁施設を、計画から整備、管理まで。',
            '災害に強く、活力ある中部の国土づくりを、わたしたちと一緒に担いませんか。']
    training = ['新規採用職員研修のほか、中部技術事務所での', '技術研修、事務所での現場研修を通じて、',
                '段階的に専門性を高めていきます。']
    inits = [('週休日の振替', ['災害対応などで休日に勤務したときは', '週休日を振り替えて休めます。']),
             ('ゆう活', ['夏の期間は朝型勤務で', '夕方の時間を生かせます。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                ('介護休暇', '通算6か月', '3回まで分割して取得できます。')]
    office, tel, email = '中部地方整備局総務部人事課', '052-953-8127', 'cbr-saiyo@mlit.go.jp'
    address = '〒460-8514 愛知県名古屋市中区三の丸2-5-1 名古屋合同庁舎第2号館'
    routes = [('名古屋市営地下鉄名城線市役所駅から徒歩約5分', '市役所'), ('名鉄瀬戸線東大手駅から徒歩約8分', '東大手')]
    edition = '令和8年4月現在'
    blue = (0.08, 0.3, 0.6)
    L, R = 44, W - 44

    def furniture(p):
        d.text(L, 30, '中部地方整備局 採用案内', size=7.5, furniture=True, color=(0.4, 0.4, 0.4))
        d.text(R, 30, f'P.{p}', size=7.5, align='r', furniture=True, color=(0.4, 0.4, 0.4))

    def head(x, y, s):
        heading(d, x, y, s, blue)

    furniture(1)
    d.rect(0, 44, W, 72, fill=(0.9, 0.94, 0.99))
    d.put(L, 84, org, font='G', size=28, color=blue)
    d.put(L, 106, '職員採用案内 2026', font='G', size=13)
    d.put(R, 106, edition, size=9.5, align='r')
    for k, s in enumerate(lead): d.put(L, 138 + k * 15, s, size=9)
    head(L, 192, '採用実績')
    d.put(L, 210, '採用者数の推移（単位：人）', size=8.5)
    rows = [['年度', '事務系', '技術系', '計']]
    for r in hire:
        rows.append([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
    y = d.table(L, 218, [140, 120, 120, R - L - 380], rows, rh=17, hfill=(0.86, 0.91, 0.97))
    note = '※（ ）内は女性の数で内数です。'
    d.put(L, y + 14, note, size=8)
    top = y + 46
    head(L, top, '配属実績')
    intro = '令和7年度採用者の配属先（単位：人）'
    d.put(L, top + 18, intro, size=8.5)

    def c(n): return str(n) if n else '－'
    rows2 = [[{'t': ['配属先'], 'rs': 2}, {'t': ['事務系'], 'rs': 2}, {'t': ['技術系'], 'cs': 3}],
             ['土木', '建築', '電気・機械']]
    printed2 = ['配属先\t事務系\t技術系', '\t\t土木\t建築\t電気・機械']
    for u, a, cs in units:
        row = [u, c(a)] + [c(n) for n in cs]
        rows2.append(row)
        printed2.append('\t'.join(row))
    y = d.table(L, top + 26, [170, 80, 80, 80, R - L - 410], rows2, rh=16, header=2, hfill=(0.86, 0.91, 0.97))
    anote = '※－は配属なし。'
    d.put(L, y + 14, anote, size=8)
    # ---- page 2
    d.new_page()
    furniture(2)
    mid = (L + R) / 2
    y = 70
    head(L, y, '令和8年度の採用予定')
    d.put(L, y + 20, '試験：' + exam_name, size=8.5)
    d.put(L, y + 40, exam_lines[0], font='G', size=9.5)
    d.put(L, y + 58, exam_lines[1], font='G', size=9.5)
    d.put(L + 57, y + 72, exam_lines[2], font='G', size=9.5)
    d.put(L, y + 92, '計　76名', font='G', size=9.5)
    y += 126
    head(L, y, '研修')
    for k, s in enumerate(training): d.put(L, y + 20 + k * 14, s, size=8.8)
    rx = mid + 12
    y = 70
    head(rx, y, '働きやすい職場づくり')
    y += 24
    for t, body in inits:
        d.put(rx, y, '■' + t, font='G', size=9.5)
        for s in body:
            y += 14; d.put(rx + 10, y, s, size=8.5)
        y += 22
    y += 4
    head(rx, y, '両立支援制度')
    y += 24
    for nm, dur, txt in supports:
        d.put(rx, y, f'●{nm}（{dur}）', font='G', size=9)
        y += 14; d.put(rx + 10, y, txt, size=8.5)
        y += 22
    yb = max(y, 330) + 20
    d.hline(L, R, yb, lw=0.6, color=blue)
    head(L, yb + 30, 'お問い合わせ')
    d.put(L, yb + 50, office, size=9)
    d.put(L, yb + 65, 'TEL ' + tel, size=9)
    d.put(L, yb + 80, 'E-mail ' + email, size=8.5)
    head(rx, yb + 30, 'アクセス')
    d.put(rx, yb + 50, '〒460-8514 愛知県名古屋市中区三の丸2-5-1', size=8.5)
    d.put(rx, yb + 64, '名古屋合同庁舎第2号館', size=8.5)
    for k, (s, st) in enumerate(routes): d.put(rx, yb + 82 + k * 14, s, size=8.5)
    facts = base_facts(org, edition, '令和8年4月', '2026-04', lead, hire, '事務系', '技術系',
                       'ruled 年度 | 事務系 | 技術系 | 計; cells N（W）, planned row bare',
                       ['年度', '事務系', '技術系', '計'], ['label', 'admin', 'tech', 'total'],
                       ['採用者数の推移（単位：人）'], [note],
                       assign, intro,
                       'ruled, two header rows: 配属先 (two rows) | 事務系 (two rows) | 技術系 over 土木 | 建築 | 電気・機械; '
                       'NO technical subtotal: tech = 土木 + 建築 + 電気・機械; － for none',
                       '令和8年度の採用予定', exam_name, exams,
                       'no table: one line per track, 事務系　24名（うち行政24名） and 技術系　52名（うち土木40名、建築4名、'
                       '/ 電気・電子・情報5名、機械3名） wrapped after a 、, then 計　76名',
                       [], '研修', [''.join(training)],
                       inits, '■title / indented text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text', [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(assignments='技術系 spans three specialty columns 土木 | 建築 | 電気・機械 and has no subtotal; the '
                                        'technical figure of a unit is their sum, printed nowhere',
                            exams='the breakdown is a track line with its total and the categories in （うち…）, '
                                  'the technical line wrapped after 建築4名、; no table',
                            layout='A4, running header (name left, P.n right) and centred folios (furniture); p1 '
                                   'tinted masthead band, lead, full-width ruled hiring table, note, full-width '
                                   'ruled assignment table with two header rows, note; p2 two columns (exam lines, '
                                   'training | initiatives, support), a rule, contacts | access'))
    facts['hiring']['printedRows'] = ['年度\t事務系\t技術系\t計'] + [
        '\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]) for r in hire]
    facts['assignments']['subHeader'] = ['土木', '建築', '電気・機械']
    facts['assignments']['printedRows'] = printed2
    facts['assignments']['note'] = anote
    for row, (u, a, cs) in zip(facts['assignments']['rows'], units):
        row['categories'] = {'土木': c(cs[0]), '建築': c(cs[1]), '電気・機械': c(cs[2])}
        row['techDerived'] = True
    facts['exams']['printedLines'] = exam_lines + ['計　76名']
    facts['exams']['header'] = []
    return d, facts


# ------------------------------------------------------------------ 東北運輸局

def tohoku_unyu():
    name = 'tohoku-unyu-2026'
    d = Doc(name, 943)
    W = d.W
    org = '東北運輸局'
    hire = hiring_rows([(2021, (12, 5), (4, 0), False), (2022, (14, 6), (3, 1), False),
                        (2023, (11, 5), (5, 1), False), (2024, (13, 7), (4, 1), False),
                        (2025, (12, 6), (5, 2), False), (2026, (13, None), (5, None), True)])
    assign = [('総務部', 2, None), ('交通政策部', 2, None), ('鉄道部', 1, 1), ('自動車交通部', 2, None),
              ('宮城運輸支局', 2, 2), ('岩手運輸支局', 1, 1), ('福島運輸支局', 2, 1)]
    exams = [('事務系', [('行政', 13)]), ('技術系', [('機械', 3), ('電気・電子・情報', 2)])]
    exam_name = '国家公務員採用一般職試験（大卒程度試験）'
    lead = ['鉄道、バス、タクシー、船、自動車の安全と、東北6県の観光・地域交通を支えています。',
            '人とモノの移動を守り、東北の未来をつなぐ仕事を一緒にしませんか。']
    training = ['採用時の新規採用職員研修に続き、国土交通大学校での', '専門研修や、運輸支局での検査・監査の',
                '実務研修で、現場の力を身につけます。']
    # initiatives: no title line; each title is a term in 『』 INSIDE its sentence
    inits = [('フレックスタイム制', ['○始業・終業の時刻を職員が選べる『フレックスタイム制』を', '導入しています。']),
             ('テレワーク', ['○業務に応じて在宅で働ける『テレワーク』を推進しています。']),
             ('休暇の計画取得', ['○夏季休暇と年次休暇を組み合わせて連続して休む', '『休暇の計画取得』を呼びかけています。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                ('配偶者出産休暇', '2日', '妻の出産に伴う入院等の日から取得できます。')]
    office, tel, email = '東北運輸局総務部人事課', '022-791-7508', 'thb-jinji@mlit.go.jp'
    address = '〒983-8537 宮城県仙台市宮城野区鉄砲町1 仙台第4合同庁舎'
    routes = [('JR東北本線仙台駅東口から徒歩約10分', '仙台'), ('仙台市地下鉄東西線宮城野通駅から徒歩約5分', '宮城野通')]
    edition = '令和8年4月現在'
    navy = (0.1, 0.2, 0.45)
    L, R = 46, W - 46

    def furniture(p):
        d.text(R, 30, '東北運輸局 職員採用案内 2026', size=7.5, align='r', furniture=True, color=(0.45, 0.45, 0.45))
        d.text(R, 815, f'- {p} -', size=8, align='r', furniture=True)

    def head(x, y, s):
        heading(d, x, y, s, navy)

    furniture(1)
    d.rect(L, 48, 6, 44, fill=navy)
    d.put(L + 14, 78, org, font='G', size=28, color=navy)
    d.put(L + 14, 104, '職員採用案内 2026', font='G', size=13)
    d.put(R, 104, edition, size=9.5, align='r')
    for k, s in enumerate(lead): d.put(L, 136 + k * 15, s, size=9)
    mid = (L + R) / 2
    head(L, 190, '採用実績')
    d.put(L, 208, '採用者数の推移（単位：人）', size=8.5)
    rows = [['年度', '事務系', '技術系', '計']]
    for r in hire:
        rows.append([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
    lw_ = mid - 12 - L
    y = d.table(L, 216, [84, 52, 52, lw_ - 188], rows, rh=17, hfill=(0.87, 0.9, 0.96))
    note = '※（ ）内は女性の数で内数です。'
    d.put(L, y + 14, note, size=8)
    ya = y + 46
    head(L, ya, '配属実績')
    intro = '令和7年度採用者の配属先（単位：人）'
    d.put(L, ya + 18, intro, size=8.5)
    rows2 = [['配属先', '事務系', '技術系']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in assign]
    d.table(L, ya + 26, [110, 55, lw_ - 165], rows2, rh=16, hfill=(0.87, 0.9, 0.96))
    rx = mid + 12
    head(rx, 190, '試験区分')
    d.put(rx, 208, '試験：' + exam_name, size=8)
    y3 = exam_table(d, rx, 216, exams, [62, 100, R - rx - 162], (0.87, 0.9, 0.96))
    head(rx, y3 + 34, '研修')
    for k, s in enumerate(training): d.put(rx, y3 + 52 + k * 14, s, size=8.5)
    # ---- page 2
    d.new_page()
    furniture(2)
    head(L, 70, '働きやすい職場づくり')
    d.put(L, 92, '職員一人ひとりが力を発揮できるよう、次の取組を進めています。', size=8.5)
    y = 114
    for t, body in inits:
        for j, s_ in enumerate(body):
            d.put(L + (9 if j else 0), y, s_, size=8.2)
            y += 14
        y += 6
    head(rx, 70, '両立支援制度')
    y2 = 94
    for nm, dur, txt in supports:
        d.put(rx, y2, f'●{nm}（{dur}）', font='G', size=9)
        y2 += 14; d.put(rx + 10, y2, txt, size=8.5)
        y2 += 22
    contacts_access(d, rx, y2 + 12, head, office, tel, email, ['〒983-8537 宮城県仙台市宮城野区鉄砲町1', '仙台第4合同庁舎'],
                    routes, size=8.2)
    facts = base_facts(org, edition, '令和8年4月', '2026-04', lead, hire, '事務系', '技術系',
                       'ruled 年度 | 事務系 | 技術系 | 計; cells N（W）, planned row bare',
                       ['年度', '事務系', '技術系', '計'], ['label', 'admin', 'tech', 'total'],
                       ['採用者数の推移（単位：人）'], [note],
                       assign, intro, 'ruled 配属先 | 事務系 | 技術系; － for none',
                       '試験区分', exam_name, [(tr, cs) for tr, cs in exams],
                       'ruled 区分 | 職種 | 予定数 under the caption 試験：…',
                       ['区分', '職種', '予定数'], '研修', [''.join(training)],
                       inits, 'no title line: ○ sentences, each naming its initiative in 『』 inside the text',
                       '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text', [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(initiatives='no initiative has a title line: each is a ○ sentence (two of them wrapped) '
                                        'that names it in 『』 inside the text (…選べる『フレックスタイム制』を / 導入しています。); '
                                        'the title is the bracketed term',
                            layout='A4, running header and folios (furniture); p1 masthead with an accent bar, lead, '
                                   'two columns (hiring table, note, assignments | exams, training); p2 two columns '
                                   '(intro and three ○ sentences | support, contacts, access)'))
    for i, (t, body) in zip(facts['initiatives'], inits):
        i['printed'] = body
        i['text'] = ''.join(body)
    facts['initiativesIntro'] = '職員一人ひとりが力を発揮できるよう、次の取組を進めています。'
    facts['access']['addressLines'] = ['〒983-8537 宮城県仙台市宮城野区鉄砲町1', '仙台第4合同庁舎']
    return d, facts


# ------------------------------------------------------------------ facts

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
                  'entries': [{'track': tr, 'exam': exam_name, 'text': '',
                               'breakdown': [{'category': c, 'count': n} for c, n in cats],
                               'total': sum(n for _, n in cats)} for tr, cats in exams],
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


def mark_of(fmt):
    return fmt[0]


def check_facts(f, exp):
    err = []
    lines = [l for l in exp.split('\n') if l.strip() and l != '\f']
    flat = norm(exp)
    def printed(s, what):
        if s not in lines: err.append(f'{what} not printed as a line: {s!r}')
    # the name may be broken over the first two lines (iwate-chubu-suido)
    if not any(l.startswith(f['organization']) for l in lines[:2]) and lines[0] + lines[1] != f['organization']:
        err.append('organisation not in the first two lines')
    if re.match(r'(国立大学法人|独立行政法人|地方独立行政法人|一部事務組合)', f['organization']): err.append('legal form')
    printed(f['document'].split(' ', 1)[1], 'title')
    printed(f['edition']['printed'], 'edition')
    h = f['hiring']
    ys = [r['fiscalYear'] for r in h['rows']]
    if ys != list(range(ys[0], ys[0] + len(ys))): err.append('years not consecutive')
    if [r['planned'] for r in h['rows']] != [False] * (len(ys) - 1) + [True]: err.append('planned row')
    for r in h['rows']:
        if ('予定' in r['labelText']) != r['planned']: err.append('予定 label')
        if r['label'] != f'令和{r["fiscalYear"] - 2018}年度': err.append('era label')
        for k in ('total', 'admin', 'tech'):
            c = r[k]
            if int(unicodedata.normalize('NFKC', c['text'])) != c['count']: err.append('count text')
            if r['planned'] != (c['women'] is None): err.append('planned women')
            if c['women'] is not None and not 0 <= c['women'] <= c['count']: err.append('women range')
            if c.get('derived'): continue   # iwate-chubu-suido: the technical figure is a sum printed nowhere
            if c['cellText'] not in exp: err.append(f'cell not printed {c["cellText"]}')
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']: err.append('total')
        if not r['planned'] and r['total']['women'] != r['admin']['women'] + r['tech']['women']: err.append('women total')
        if r['labelText'] not in exp: err.append('label not printed')
    if 'printedRows' in h:
        for s in h['printedRows']: printed(s, 'hiring row')
    else:
        for r in h['rows']:
            printed('\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]), 'hiring row')
    a = f['assignments']
    coh = [r for r in h['rows'] if r['fiscalYear'] == a['cohortFiscalYear']][0]
    if coh['planned'] or a['cohortFiscalYear'] != ys[-2]: err.append('cohort')
    if re.findall(r'令和\d+年度', a['intro']) != [f'令和{a["cohortFiscalYear"] - 2018}年度']: err.append('cohort intro')
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
        if en['exam'] not in exp: err.append('exam name not printed')
        tk = track(en['track'])
        if tk not in ('administrative', 'technical') or en['track'] not in (h['tracks']['admin'], h['tracks']['tech']):
            err.append('exam track')
        want = plan['admin']['count'] if tk == 'administrative' else plan['tech']['count']
        if en['total'] != want or sum(b['count'] for b in en['breakdown']) != want: err.append('exam total')
        for b in en['breakdown']:
            if '院' in b['category'] or re.search(r'[（(［\[]', b['category']): err.append('category')
            k = (tk, level(en['exam']), norm(b['category']))
            if k in keys: err.append('category collision')
            keys.add(k)
            if 'printedLines' in e:   # chubu-seibi: track lines with （うち…）, no table
                if f'{b["category"]}{b["count"]}名' not in norm(''.join(e['printedLines'])): err.append(f'category {b}')
            elif not any(l.endswith(f'\t{b["category"]}\t{b["count"]}') for l in lines): err.append(f'category row {b}')
    for p in e.get('printedLines', []): printed(p, 'exam line')
    for p in a.get('printedRows', []): printed(p, 'assignment row')
    for p in f['access'].get('addressLines', []): printed(p, 'address line')
    for p in f['lead']['text'] + h['intro'] + h['note']: printed(p, 'lead/intro/note')
    if norm(''.join(f['training']['paragraphs'])) not in flat: err.append('training')
    printed(f['training']['title'] if f['training']['title'] in lines else '■' + f['training']['title'], 'training title')
    for i in f['initiatives']:
        for p in i['printed']: printed(p, 'initiative')
        if re.search(r'[■◆●（）()A-Za-z0-9０-９]', i['title']): err.append('initiative title marks')
        if norm(i['text']) not in flat: err.append('initiative text')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']: err.append('duration')
        if re.search(r'[（）()―—‒～〜→※]', s['name']): err.append('support name marks')
        printed(s['printed'], 'support item')
        if not s['printed'].startswith('●' + s['name']): err.append('support item start')
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
        if not r.split('』')[1].startswith('駅') or re.search(r'[駅～・\s口分線]', st): err.append(f'stop {st}')
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




BUILDERS = {'kantoshinetsu-2026': kantoshinetsu, 'chubu-seibi-2026': chubu_seibi, 'tohoku-unyu-2026': tohoku_unyu}



def main():
    names = sys.argv[1:] or list(BUILDERS)
    os.makedirs(OUT, exist_ok=True)
    bad = False
    for name in names:
        d, facts = BUILDERS[name]()
        pdf = d.render()
        exp = d.expected()
        err = d.check(pdf)
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
