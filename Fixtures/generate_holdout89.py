#!/usr/bin/env python3
"""Blind holdout set 89: three local public bodies (出雲市, 西郷村, 秩父広域市町村圏組合).

Self-contained: a page model in top-down coordinates, a table helper, a vertical-heading
helper, reportlab's canvas (invariant=1, no page compression), the facts and the checks.
Every visual text piece is one text object; the objects of a page are written after its
graphics in a seeded shuffled order.

  python3 Fixtures/generate_holdout89.py                # all three
  python3 Fixtures/generate_holdout89.py izumo-2026     # one
"""
import io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout89')
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


# ------------------------------------------------------------------ 出雲市

def izumo():
    name = 'izumo-2026'
    d = Doc(name, 891)
    W = d.W
    org = '出雲市'
    hire = hiring_rows([(2021, (24, 11), (8, 2), False), (2022, (26, 12), (9, 3), False),
                        (2023, (22, 10), (7, 1), False), (2024, (27, 13), (10, 3), False),
                        (2025, (25, 12), (9, 2), False), (2026, (24, None), (9, None), True)], fw=True,
                       label=lambda fy, pl: era(fy).translate(FW) + ('（予定）' if pl else ''))
    assign = [('総務課', 3, None), ('税務課', 4, None), ('市民課', 3, None), ('福祉推進課', 4, None),
              ('子ども政策課', 3, None), ('環境政策課', 2, 1), ('観光課', 2, None), ('農業振興課', 2, None),
              ('平田支所', 2, None), ('道路建設課', None, 3), ('都市計画課', None, 2), ('建築住宅課', None, 2),
              ('下水道課', None, 1)]
    exams = [('事務職', [('一般事務', 22), ('社会福祉', 2)]), ('技術職', [('土木', 5), ('建築', 2), ('電気', 1), ('化学', 1)])]
    exam_name = '出雲市職員採用試験（大学卒業程度）'
    lead = ['神話のふるさと出雲で、市民の暮らしと地域の未来を支える仕事に挑戦しませんか。',
            '出雲市は、多様な経験を積みながら成長できる職場づくりを進めています。']
    training = ['新規採用職員研修（前期・後期）のほか、', '階層別研修や派遣研修を体系的に行います。',
                '先輩職員がチューターとなり、一年目の', '仕事と暮らしを支えます。']
    inits = [('フレックスタイム制', ['始業・終業の時刻を', '30分単位で選べます。']),
             ('テレワーク', ['在宅勤務とサテライト', 'オフィス勤務を利用', 'できます。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                ('部分休業', '子が小学校に就学するまで', '1日2時間まで勤務時間を短縮できます。')]
    office, tel, email = '出雲市総務部職員課', '0853-21-6512', 'izumo-shokuinka@city.izumo.shimane.jp'
    address = '〒693-8530 島根県出雲市今市町70'
    routes = [('JR山陰本線出雲市駅から徒歩約10分', '出雲市'), ('一畑電車北松江線電鉄出雲市駅から徒歩約8分', '電鉄出雲市')]
    edition = '令和8.4.1現在'
    L, R = 48, W - 48
    # ---- page 1
    d.rect(0, 0, W, 16, fill=(0.13, 0.36, 0.27))
    d.put(L, 64, org, font='G', size=30)
    d.put(L, 88, '職員採用案内 2026', font='G', size=15)
    d.put(R, 108, edition, size=10, align='r')
    for k, s in enumerate(lead): d.put(L, 132 + k * 15, s, size=9.5)
    d.rect(L, 162, 4, 14, fill=(0.13, 0.36, 0.27))
    d.put(L + 9, 174, '採用実績', font='G', size=12)
    d.put(L, 192, '採用者数の推移（単位：人）', size=8.5)
    rows = [['年度', '事務職', '技術職', '計']]
    for r in hire:
        rows.append([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
    y = d.table(L, 200, [130, 123, 123, R - L - 376], rows, rh=17)
    d.put(L, y + 14, '※（　）内は女性の数で内数です。', size=8)
    top = y + 44
    mid = (L + R) / 2
    d.vline(mid, top - 12, top + 236, lw=0.5, color=(0.6, 0.6, 0.6))
    # left: assignments
    lx, rx = L, mid + 10
    d.rect(lx, top - 12, 4, 14, fill=(0.13, 0.36, 0.27))
    d.put(lx + 9, top, '配属実績', font='G', size=12)
    d.put(lx, top + 17, '令和7年度採用者の配属先（単位：人）', size=8.5)
    rows = [['配属先', '事務職', '技術職']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in assign]
    d.table(lx, top + 25, [110, 60, mid - 10 - lx - 170], rows, rh=15)
    # right: exams + training
    d.rect(rx, top - 12, 4, 14, fill=(0.13, 0.36, 0.27))
    d.put(rx + 9, top, '令和8年度の採用予定', font='G', size=12)
    d.put(rx, top + 17, '試験：' + exam_name, size=8.5)
    rows = [['区分', '職種', '予定数']]
    for tr, cats in exams:
        for k, (c, n) in enumerate(cats):
            rows.append([tr if k == 0 else None, c, str(n)])
    y2 = d.table(rx, top + 25, [60, 110, R - rx - 170], rows, rh=16, ruled=False, hfill=None)
    d.rect(rx, y2 + 16, 4, 14, fill=(0.13, 0.36, 0.27))
    d.put(rx + 9, y2 + 28, '研修', font='G', size=12)
    for k, s in enumerate(training): d.put(rx, y2 + 46 + k * 14, s, size=9)
    d.text(W / 2, 812, '- 1 -', size=8, align='c', furniture=True)
    # ---- page 2
    d.new_page()
    d.text(L, 34, '出雲市職員採用案内 2026', font='G', size=8, furniture=True, color=(0.3, 0.3, 0.3))
    d.hline(L, R, 40, lw=0.5, color=(0.13, 0.36, 0.27))
    c1, c2, c3 = (L, 140), (L + 151, 150), (L + 312, R - L - 312)
    d.vline(c2[0] - 6, 60, 300, lw=0.4, color=(0.6, 0.6, 0.6))
    d.vline(c3[0] - 6, 60, 300, lw=0.4, color=(0.6, 0.6, 0.6))
    y = 76
    d.put(c1[0], y, '働きやすい職場づくり', font='G', size=11)
    y += 22
    for t, body in inits:
        d.put(c1[0], y, '■' + t, font='G', size=9.5)
        for s in body:
            y += 13; d.put(c1[0] + 9.5, y, s, size=8.5)
        y += 21
    y = 76
    d.put(c2[0], y, '両立支援制度', font='G', size=11)
    y += 22
    for nm, dur, txt in supports:
        d.put(c2[0], y, f'●{nm}（{dur}）', font='G', size=8)
        parts = [txt] if sw(txt, 'M', 8.5) < c2[1] - 10 else [txt[:11], txt[11:]]
        for s in parts:
            y += 13; d.put(c2[0] + 8, y, s, size=8.5)
        y += 21
    y = 76
    d.put(c3[0], y, 'お問い合わせ', font='G', size=11)
    d.put(c3[0], y + 20, office, size=9)
    d.put(c3[0], y + 34, 'TEL ' + tel, size=8.5)
    d.put(c3[0], y + 48, 'E-mail ' + email, size=7.5)
    y += 80
    d.put(c3[0], y, 'アクセス', font='G', size=11)
    d.put(c3[0], y + 20, address, size=8.5)
    for k, (s, st) in enumerate(routes): d.put(c3[0], y + 36 + k * 14, '●' + s, size=8)
    d.text(W / 2, 812, '- 2 -', size=8, align='c', furniture=True)

    facts = base_facts(org, edition, '令和8年4月', '2026-04', lead, hire, '事務職', '技術職',
                       'ruled 年度 | 事務職 | 技術職 | 計; full-width digits, cells Ｎ（Ｗ）',
                       ['年度', '事務職', '技術職', '計'], ['label', 'admin', 'tech', 'total'],
                       ['採用者数の推移（単位：人）'], ['※（　）内は女性の数で内数です。'],
                       assign, '令和7年度採用者の配属先（単位：人）', 'ruled 配属先 | 事務職 | 技術職; － for none',
                       '令和8年度の採用予定', exam_name, exams, 'unruled 区分 | 職種 | 予定数 under the caption 試験：…',
                       ['区分', '職種', '予定数'], '研修', [''.join(training)],
                       inits, '■title / indented text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text', [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, True,
                       dict(edition='the edition is 令和8.4.1現在: era year, month and day joined by dots, no 年 / 月',
                            access='the second station is 電鉄出雲市 (a station name starting with 電鉄, after 一畑電車北松江線), '
                                   'and it contains the first station 出雲市',
                            layout='A4, p1 full-width ruled hiring table (full-width digits) over two columns '
                                   '(assignments | exams + training); p2 running header and three columns; folios'))
    return d, facts


# ------------------------------------------------------------------ 西郷村

def nishigo():
    name = 'nishigo-2026'
    d = Doc(name, 892)
    W = d.W
    org = '西郷村'
    hire = hiring_rows([(2021, (5, 2), (1, 0), False), (2022, (4, 2), (2, 0), False),
                        (2023, (6, 3), (1, 1), False), (2024, (5, 3), (2, 0), False),
                        (2025, (6, 2), (2, 1), False), (2026, (5, None), (2, None), True)])
    assign_printed = [('総務課', '1', '－'), ('税務課・住民課', '各1', '－'), ('福祉課', '1', '－'),
                      ('子育て支援課', '1', '－'), ('産業振興課', '1', '－'), ('建設課', '－', '1'), ('上下水道課', '－', '1')]
    assign = [('総務課', 1, None), ('税務課', 1, None), ('住民課', 1, None), ('福祉課', 1, None),
              ('子育て支援課', 1, None), ('産業振興課', 1, None), ('建設課', None, 1), ('上下水道課', None, 1)]
    exams = [('事務職', [('一般事務', 5)]), ('技術職', [('土木', 1), ('建築', 1)])]
    exam_name = '西郷村職員採用試験（大学卒業程度）'
    lead = ['新幹線の停まる村、西郷村。那須連峰のふもとで、村民の暮らしを一緒に支えてください。',
            '村の仕事は住民との距離が近く、一人ひとりの提案が形になります。']
    training = ['採用後は福島県市町村職員の新採用職員研修を受講し、村独自の研修で基礎を固めます。',
                '先輩職員が一対一で助言するメンター制度を設けています。']
    inits = [('時差出勤', ['始業時刻を7時30分から10時までの間で選べます。']),
             ('ノー残業デー', ['毎週水曜日は定時退庁を呼びかけています。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                ('介護休暇', '通算6か月', '3回まで分割して取得できます。')]
    office, tel, email = '西郷村総務課人事係', '0248-25-1115', 'nishigo-somu@vill.nishigo.fukushima.jp'
    addr_lines = ['〒961-8501', '福島県西白河郡西郷村大字熊倉字折口原40']
    routes = [('JR東北本線新白河駅から車で約10分', '新白河'), ('JR東北本線白河駅から車で約20分', '白河')]
    edition = '令和8年4月現在'
    L, R = 56, W - 56
    band = (0.85, 0.9, 0.82)
    dark = (0.25, 0.42, 0.2)
    d.rect(0, 0, W, 12, fill=dark)
    d.put(L, 66, org, font='G', size=30)
    d.put(L, 90, '職員採用案内 2026', font='G', size=14)
    d.put(R, 110, edition, size=9.5, align='r')
    for k, s in enumerate(lead): d.put(L, 134 + k * 15, s, size=9.5)
    cx = L + 12
    X = L + 36

    def section(top, bottom, title):
        d.rect(L, top, 24, bottom - top, fill=band)
        d.vtext(cx, top + 4, title, size=13)

    # section 1: hiring (unruled, half-width)
    t1 = 176
    section(t1, 336, '採用実績')
    d.put(X, t1 + 12, '採用者数の推移（単位：人）', size=8.5)
    rows = [['年度', '事務職', '技術職', '計']] + [[r['labelText'], r['admin']['cellText'], r['tech']['cellText'],
                                               r['total']['cellText']] for r in hire]
    y = d.table(X, t1 + 20, [120, 100, 100, 100], rows, rh=16, ruled=False, hfill=None)
    d.put(X, y + 14, '※（ ）内は女性の数で内数です。', size=8)
    # section 2: assignments with 各1
    t2 = 352
    section(t2, 500, '配属実績')
    d.put(X, t2 + 12, '令和7年度採用者の配属先（単位：人）', size=8.5)
    rows = [['配属先', '事務職', '技術職']] + [list(r) for r in assign_printed]
    d.table(X, t2 + 20, [150, 80, 80], rows, rh=15)
    # section 3: exams
    t3 = 516
    section(t3, 620, '採用予定')
    d.put(X, t3 + 12, '令和8年度の採用予定', font='G', size=10.5)
    rows = [['区分', '試験', '職種', '予定数']]
    for tr, cats in exams:
        for k, (c, n) in enumerate(cats):
            rows.append([tr if k == 0 else None, exam_name if k == 0 else None, c, str(n)])
    d.table(X, t3 + 20, [70, 190, 90, 70], rows, rh=16)
    # section 4: training
    t4 = 636
    section(t4, 700, '研修')
    for k, s in enumerate(training): d.put(X, t4 + 12 + k * 15, s, size=9)
    # ---- page 2
    d.new_page()
    d.rect(0, 0, W, 12, fill=dark)
    t5 = 40
    section(t5, 172, '働き方')
    y = t5 + 12
    d.put(X, y, '働きやすい職場づくり', font='G', size=11)
    y += 22
    for t, body in inits:
        d.put(X, y, '◆' + t, font='G', size=9.5)
        for s in body:
            y += 14; d.put(X + 10, y, s, size=8.5)
        y += 22
    t6 = 188
    section(t6, 320, '両立支援')
    y = t6 + 12
    d.put(X, y, '両立支援制度', font='G', size=11)
    y += 22
    for nm, dur, txt in supports:
        d.put(X, y, f'●{nm}（{dur}）', font='G', size=9.5)
        y += 14; d.put(X + 10, y, txt, size=8.5)
        y += 22
    # contact box right
    bx = 360
    d.rect(bx - 10, t5, R - bx + 10, 280, fill=(0.95, 0.96, 0.93), stroke=dark, lw=0.8)
    y = t5 + 20
    d.put(bx, y, 'お問い合わせ', font='G', size=11)
    d.put(bx, y + 20, office, size=9)
    d.put(bx, y + 35, 'TEL ' + tel, size=9)
    d.put(bx, y + 50, 'E-mail ' + email, size=7)
    y += 86
    d.put(bx, y, 'アクセス', font='G', size=11)
    d.put(bx, y + 20, addr_lines[0], size=8)
    d.put(bx, y + 33, addr_lines[1], size=8)
    for k, (s, st) in enumerate(routes): d.put(bx, y + 52 + k * 14, s, size=8)

    facts = base_facts(org, edition, '令和8年4月', '2026-04', lead, hire, '事務職', '技術職',
                       'unruled 年度 | 事務職 | 技術職 | 計; half-width digits, cells N（W）',
                       ['年度', '事務職', '技術職', '計'], ['label', 'admin', 'tech', 'total'],
                       ['採用者数の推移（単位：人）'], ['※（ ）内は女性の数で内数です。'],
                       assign, '令和7年度採用者の配属先（単位：人）',
                       'ruled 配属先 | 事務職 | 技術職; － for none; one row 税務課・住民課 | 各1 | － (one each)',
                       '令和8年度の採用予定', exam_name, exams, 'ruled 区分 | 試験 | 職種 | 予定数',
                       ['区分', '試験', '職種', '予定数'], '研修', [''.join(training)],
                       inits, '◆title / indented text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text', [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, ' '.join(addr_lines), routes, False,
                       dict(assignments='one assignment row names two units with 各1: 税務課・住民課 | 各1 | － '
                                        '(税務課 1 and 住民課 1)',
                            layout='A4, vertical (縦書き) headings in tinted strips left of every section on both pages; '
                                   'p1 unruled hiring table (half-width digits), ruled assignment and exam tables; '
                                   'p2 initiatives and support | a boxed contact column; no folios'))
    facts['access']['addressLines'] = addr_lines
    facts['assignments']['printedRows'] = [list(r) for r in assign_printed]
    return d, facts


# ------------------------------------------------------------------ 秩父広域市町村圏組合

def chichibu():
    name = 'chichibu-kumiai-2026'
    d = Doc(name, 893)
    W = d.W
    org = '秩父広域市町村圏組合'
    hire = hiring_rows([(2021, (4, 1), (3, 0), False), (2022, (3, 2), (2, 0), False),
                        (2023, (5, 2), (3, 1), False), (2024, (4, 1), (4, 1), False),
                        (2025, (5, 3), (3, 0), False), (2026, (4, None), (3, None), True)],
                       label=lambda fy, pl: f'{fy - 2018}年度' + ('（予定）' if pl else ''))
    assign = [('総務課', 1, None), ('財政課', 1, None), ('水道業務課', 2, None), ('環境衛生課', 1, 1),
              ('水道施設課', None, 2)]
    exams = [('事務職', [('一般事務', 4)]), ('技術職', [('土木', 2), ('電気', 1)])]
    exam_name = '職員採用試験（大学卒業程度）'
    lead = ['秩父地域の1市4町が共同で、水道、ごみ処理、斎場などの事業を行っています。',
            '地域の暮らしを支える基盤を、わたしたちと一緒に守っていきませんか。']
    training = ['採用後は彩の国さいたま人づくり広域連合の新規採用職員研修を受講し、',
                '水道や環境衛生の現場研修で専門知識を身につけます。']
    inits = [('テレワーク', ['在宅勤務を月8回まで利用できます。']),
             ('時差出勤', ['始業時刻を4つのパターンから選べます。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                ('介護休暇', '通算6か月', '3回まで分割して取得できます。')]
    office, tel, email = '秩父広域市町村圏組合総務課', '0494-22-4350', 'saiyou-tanto@chichibu-kumiai.jp'
    address = '〒368-0032 埼玉県秩父市熊木町8-15'
    routes = [('秩父鉄道御花畑駅（芝桜駅）から徒歩約5分', '御花畑'), ('西武秩父線西武秩父駅から徒歩約8分', '西武秩父')]
    edition = '令和8年3月現在'
    L, R = 44, W - 44
    navy = (0.12, 0.2, 0.42)
    d.rect(0, 0, W, 114, fill=(0.9, 0.93, 0.97))
    d.rect(0, 114, W, 3, fill=navy)
    d.put(L, 58, org, font='G', size=24)
    d.put(L, 84, '職員採用案内 2026', font='G', size=14)
    d.put(R, 104, edition, size=9.5, align='r')
    for k, s in enumerate(lead): d.put(L, 140 + k * 15, s, size=9.5)

    def head(x, y, s, size=12):
        d.rect(x, y - 11, 3, 13, fill=navy)
        d.put(x + 8, y, s, font='G', size=size)

    head(L, 184, '採用実績')
    d.put(L, 200, '採用者数の推移（単位：人）', size=8.5)
    yw = (R - L - 75) / 6
    rows = [[{'t': ['区分'], 'rs': 2}, {'t': ['令和'], 'cs': 6}],
            [r['labelText'] for r in hire],
            ['事務職'] + [r['admin']['cellText'] for r in hire],
            ['技術職'] + [r['tech']['cellText'] for r in hire],
            ['計'] + [r['total']['cellText'] for r in hire]]
    y = d.table(L, 208, [75] + [yw] * 6, rows, rh=16, header=2)
    d.put(L, y + 14, '※（ ）内は女性の数で内数です。', size=8)
    top = y + 46
    mid = (L + R) / 2
    head(L, top, '配属実績')
    d.put(L, top + 16, '令和7年度採用者の配属先（単位：人）', size=8.5)
    rows = [['配属先', '事務職', '技術職']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in assign]
    yl = d.table(L, top + 24, [120, 58, 58], rows, rh=16, ruled=False, hfill=(0.9, 0.93, 0.97), rules_between=True)
    rx = mid + 12
    head(rx, top, '令和8年度の採用予定')
    d.put(rx, top + 16, '試験：' + exam_name, size=8.5)
    rows = [['区分', '職種', '採用予定数']]
    for tr, cats in exams:
        for k, (c, n) in enumerate(cats):
            rows.append([tr if k == 0 else None, c, str(n)])
    d.table(rx, top + 24, [60, 100, R - rx - 160], rows, rh=16)
    ty = yl + 36
    head(L, ty, '研修')
    for k, s in enumerate(training): d.put(L, ty + 18 + k * 14, s, size=9)
    d.hline(L, R, 800, lw=0.5, color=navy)
    d.text(L, 815, '秩父広域市町村圏組合　職員採用案内', size=7.5, furniture=True)
    d.text(R, 815, '1', size=8, align='r', furniture=True)
    # ---- page 2
    d.new_page()
    y = 60
    head(L, y, '働きやすい職場づくり')
    y += 24
    for t, body in inits:
        d.put(L, y, '■' + t, font='G', size=9.5)
        for s in body:
            y += 14; d.put(L + 10, y, s, size=8.5)
        y += 22
    y += 8
    head(L, y, '両立支援制度')
    y += 24
    for k, (nm, dur, txt) in enumerate(supports):
        d.put(L, y, f'●{nm}※{k + 1}', font='G', size=9.5)
        y += 14; d.put(L + 10, y, txt, size=8.5)
        y += 22
    for k, (nm, dur, txt) in enumerate(supports):
        d.put(L, y + k * 13, f'※{k + 1} {dur}', size=8)
    bx = 340
    d.rect(bx - 12, 44, R - bx + 12, 250, fill=(0.93, 0.95, 0.98))
    y = 62
    d.put(bx, y, 'お問い合わせ', font='G', size=11)
    d.put(bx, y + 20, office, size=9)
    d.put(bx, y + 35, 'TEL ' + tel, size=9)
    d.put(bx, y + 50, 'E-mail ' + email, size=8)
    y += 84
    d.put(bx, y, 'アクセス', font='G', size=11)
    d.put(bx, y + 20, address, size=8.5)
    for k, (s, st) in enumerate(routes): d.put(bx, y + 38 + k * 14, s, size=8.5)
    d.hline(L, R, 800, lw=0.5, color=navy)
    d.text(L, 815, '秩父広域市町村圏組合　職員採用案内', size=7.5, furniture=True)
    d.text(R, 815, '2', size=8, align='r', furniture=True)

    facts = base_facts(org, edition, '令和8年3月', '2026-03', lead, hire, '事務職', '技術職',
                       'ruled, years as COLUMNS: header 区分 (two rows) | 令和 (one cell over the six year columns) / '
                       '3年度 … 8年度（予定）; rows 事務職, 技術職, 計; cells N（W）',
                       ['区分', '令和'], ['track', 'years'],
                       ['採用者数の推移（単位：人）'], ['※（ ）内は女性の数で内数です。'],
                       assign, '令和7年度採用者の配属先（単位：人）', 'unruled 配属先 | 事務職 | 技術職; － for none',
                       '令和8年度の採用予定', exam_name, exams, 'ruled 区分 | 職種 | 採用予定数 under the caption 試験：…',
                       ['区分', '職種', '採用予定数'], '研修', [''.join(training)],
                       inits, '■title / indented text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name※N / indented text; the periods in footnotes ※N period '
                       'after the items', [f'●{n}※{k + 1}' for k, (n, d_, _) in enumerate(supports)],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(hiring='years as columns under ONE header cell 令和 spanning the six year columns; the '
                                   'year cells read 3年度 … 8年度（予定）',
                            supportSystems='the periods are not beside the names: ●育児休業※1 … and, after the '
                                           'items, the footnotes ※1 子が3歳に達するまで, ※2 通算6か月',
                            access='the first station has its nickname in brackets after 駅: 御花畑駅（芝桜駅）',
                            layout='A4, tinted masthead band, full-width transposed ruled hiring table, two columns '
                                   '(unruled assignments | ruled exams), p2 initiatives + support | tinted contact '
                                   'column; running footer and folios 1 / 2'))
    facts['hiring']['eraCell'] = '令和'
    for r, row in zip(facts['hiring']['rows'], hire): pass
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
    if not lines[0].startswith(f['organization']): err.append('organisation not first')
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
            if c['cellText'] not in exp: err.append(f'cell not printed {c["cellText"]}')
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']: err.append('total')
        if not r['planned'] and r['total']['women'] != r['admin']['women'] + r['tech']['women']: err.append('women total')
        if r['labelText'] not in exp: err.append('label not printed')
    if 'eraCell' not in h:
        for r in h['rows']:
            printed('\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]), 'hiring row')
    else:
        printed('\t'.join([''] + [r['labelText'] for r in h['rows']]), 'year header')
        for k, lab in (('admin', h['tracks']['admin']), ('tech', h['tracks']['tech']), ('total', '計')):
            printed('\t'.join([lab] + [r[k]['cellText'] for r in h['rows']]), 'hiring row')
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
    printed(e['title'], 'exam title')
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
            if not any(l.endswith(f'\t{b["category"]}\t{b["count"]}') for l in lines): err.append(f'category row {b}')
    for p in f['lead']['text'] + h['intro'] + h['note']: printed(p, 'lead/intro/note')
    if norm(''.join(f['training']['paragraphs'])) not in flat: err.append('training')
    printed(f['training']['title'], 'training title')
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


BUILDERS = {'izumo-2026': izumo, 'nishigo-2026': nishigo, 'chichibu-kumiai-2026': chichibu}


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
