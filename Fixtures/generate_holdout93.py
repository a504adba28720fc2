#!/usr/bin/env python3
"""Blind holdout set 93: three local public bodies (岩手中部水道企業団, 鯖江市, 四万十町).

Self-contained (generate_holdout91.py's machinery unchanged): a page model in top-down
coordinates, a table helper, reportlab's canvas (invariant=1, no page compression), the
facts and the checks. Every visual text piece is one text object; the objects of a page
are written after its graphics in a seeded shuffled order.

  python3 Fixtures/generate_holdout93.py                    # all three
  python3 Fixtures/generate_holdout93.py sabae-2026         # one
"""
import io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout93')
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
    d.put(x, y + 20, address, size=size)
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


# ------------------------------------------------------------------ 岩手中部水道企業団

def iwate_chubu():
    name = 'iwate-chubu-suido-2026'
    d = Doc(name, 931)
    W = d.W
    org = '岩手中部水道企業団'
    # per year: 事務職 (n, w), 土木 (n, w), 電気・機械 (n, w); the technical figure is NOT printed (土木 + 電気・機械)
    cats = [(2021, (3, 1), (2, 0), (1, 0)), (2022, (2, 1), (1, 1), (1, 0)), (2023, (3, 2), (2, 0), (0, 0)),
            (2024, (2, 1), (2, 1), (1, 0)), (2025, (3, 1), (1, 0), (1, 1)), (2026, (3, None), (2, None), (1, None))]
    data = []
    for fy, a, c, e in cats:
        pl = fy == 2026
        data.append((fy, a, (c[0] + e[0], None if pl else c[1] + e[1]), pl))
    hire = hiring_rows(data)

    def cell(n, w):
        if n == 0: return '－'
        return str(n) if w is None else f'{n}（{w}）'
    rows = [[{'t': ['年度'], 'rs': 2}, {'t': ['事務職'], 'rs': 2}, {'t': ['技術職'], 'cs': 2}, {'t': ['計'], 'rs': 2}],
            ['土木', '電気・機械']]
    printed_rows = ['年度\t事務職\t技術職\t計', '\t\t土木\t電気・機械\t']
    for (fy, a, c, e), r in zip(cats, hire):
        row = [r['labelText'], r['admin']['cellText'], cell(*c), cell(*e), r['total']['cellText']]
        rows.append(row)
        printed_rows.append('\t'.join(row))
        r['tech']['derived'] = True
        r['tech']['cellText'] = None
        r['categories'] = {'土木': cell(*c), '電気・機械': cell(*e)}
    assign = [('総務課', 1, None), ('経営企画課', 1, None), ('料金サービス課', 1, None), ('浄水課', None, 1),
              ('施設課', None, 1)]
    exams = [('事務職', [('一般事務', 3)]), ('技術職', [('土木', 2), ('電気・機械', 1)])]
    exam_name = '岩手中部水道企業団職員採用試験（大学卒業程度）'
    lead = ['北上市・花巻市・紫波町の2市1町に、毎日おいしい水を届けています。',
            '浄水場から蛇口まで、地域の暮らしを支えるライフラインを一緒に守りませんか。']
    training = ['採用後は岩手県市町村職員の新規採用職員研修を受講し、',
                '浄水場や配水施設での現場実習で、水道の仕組みを', '基礎から学びます。']
    inits = [('時差出勤', ['始業時刻を4つのパターンから', '選べます。']),
             ('資格取得支援', ['水道技術管理者などの資格取得の', '費用を助成しています。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                ('介護休暇', '通算6か月', '3回まで分割して取得できます。')]
    office, tel, email = '岩手中部水道企業団総務課', '0197-72-8325', 'soumu-saiyo@iwate-chubu-suido.jp'
    address = '〒024-0051 岩手県北上市相去町山田2-18'
    routes = [('JR東北本線北上駅から車で約10分', '北上'), ('JR東北本線村崎野駅から車で約15分', '村崎野')]
    edition = '2026.04現在'
    navy = (0.05, 0.25, 0.5)
    L, R = 48, W - 48
    # ---- page 1: the name broken over two lines
    d.rect(0, 0, W, 10, fill=navy)
    d.put(L, 62, '岩手中部', font='G', size=28, color=navy)
    d.put(L, 96, '水道企業団', font='G', size=28, color=navy)
    d.put(L, 124, '職員採用案内 2026', font='G', size=14)
    d.put(R, 124, edition, font='G', size=11, align='r', color=navy)
    d.hline(L, R, 134, lw=1.0, color=navy)
    for k, s in enumerate(lead): d.put(L, 156 + k * 15, s, size=9.5)

    def head(x, y, s):
        heading(d, x, y, s, navy)

    head(L, 210, '採用実績')
    d.put(L, 228, '採用者数の推移（単位：人）', size=8.5)
    y = d.table(L, 236, [120, 90, 90, 110, R - L - 410], rows, rh=17, header=2, hfill=(0.86, 0.91, 0.96))
    note = '※（ ）内は女性の数で内数です。－は採用なし。'
    d.put(L, y + 14, note, size=8)
    top = y + 50
    mid = (L + R) / 2
    head(L, top, '配属実績')
    intro = '令和7年度採用者の配属先（単位：人）'
    d.put(L, top + 18, intro, size=8.5)
    rows2 = [['配属先', '事務職', '技術職']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in assign]
    d.table(L, top + 26, [110, 55, mid - 12 - L - 165], rows2, rh=16, hfill=(0.86, 0.91, 0.96))
    rx = mid + 12
    head(rx, top, '試験区分')
    d.put(rx, top + 18, '試験：' + exam_name, size=8)
    exam_table(d, rx, top + 26, exams, [62, 100, R - rx - 162], (0.86, 0.91, 0.96))
    d.text(W / 2, 815, '- 1 -', size=8, align='c', furniture=True)
    # ---- page 2
    d.new_page()
    d.rect(0, 0, W, 10, fill=navy)
    y = 60
    head(L, y, '研修')
    for k, s in enumerate(training): d.put(L, y + 20 + k * 14, s, size=9)
    y += 20 + len(training) * 14 + 26
    head(L, y, '働きやすい職場づくり')
    y += 24
    for t, body in inits:
        d.put(L, y, '■' + t, font='G', size=9.5)
        for s in body:
            y += 14; d.put(L + 10, y, s, size=8.5)
        y += 22
    rx = mid + 12
    y = 60
    head(rx, y, '両立支援制度')
    y += 24
    for nm, dur, txt in supports:
        d.put(rx, y, f'●{nm}（{dur}）', font='G', size=9)
        y += 14; d.put(rx + 10, y, txt, size=8.5)
        y += 22
    contacts_access(d, rx, y + 8, head, office, tel, email, address, routes, size=8.2)
    d.text(W / 2, 815, '- 2 -', size=8, align='c', furniture=True)

    facts = base_facts(org, edition, '2026.04', '2026-04', lead, hire, '事務職', '技術職',
                       'ruled, two header rows: 年度 (two rows) | 事務職 (two rows) | 技術職 over 土木 | 電気・機械 | 計 '
                       '(two rows); NO technical subtotal: tech = 土木 + 電気・機械; cells N（W）, － for none',
                       ['年度', '事務職', '技術職', '計'], ['label', 'admin', 'tech:土木', 'tech:電気・機械', 'total'],
                       ['採用者数の推移（単位：人）'], [note],
                       assign, intro, 'ruled 配属先 | 事務職 | 技術職; － for none',
                       '試験区分', exam_name, exams, 'ruled 区分 | 職種 | 予定数 under the caption 試験：…',
                       ['区分', '職種', '予定数'], '研修', [''.join(training)],
                       inits, '■title / indented text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text', [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(organization='the masthead name is broken over two lines of the same size: 岩手中部 / 水道企業団',
                            hiring='the technical track has no column of its own: 技術職 spans 土木 | 電気・機械 and the '
                                   'technical figure (tech) is their sum, printed nowhere (its cellText is null)',
                            edition='the edition is the zero-padded dotted western date 2026.04現在, right-aligned on the title line',
                            layout='A4, navy top strip, p1 two-line masthead, lead, full-width ruled hiring table with '
                                   'two header rows, two columns (ruled assignments | ruled exams); p2 two columns '
                                   '(training + initiatives | support, contacts, access); folios'))
    facts['hiring']['printedRows'] = printed_rows
    facts['hiring']['subHeader'] = ['土木', '電気・機械']
    facts['edition']['asOfText'] = '2026.04'
    return d, facts


# ------------------------------------------------------------------ 鯖江市

def sabae():
    name = 'sabae-2026'
    d = Doc(name, 932)
    W = d.W
    org = '鯖江市'
    hire = hiring_rows([(2021, (14, 7), (4, 1), False), (2022, (12, 6), (5, 1), False),
                        (2023, (15, 8), (3, 0), False), (2024, (13, 6), (4, 2), False),
                        (2025, (11, 5), (4, 1), False), (2026, (12, None), (4, None), True)])
    # the 2025 cohort, one row per hire, in the order printed (No. 1-15)
    hires = [('事務職', '総務課'), ('事務職', '総務課'), ('事務職', '税務課'), ('事務職', '市民窓口課'),
             ('事務職', '税務課'), ('事務職', '社会福祉課'), ('事務職', '子育て支援課'), ('事務職', '社会福祉課'),
             ('事務職', '商工政策課'), ('事務職', '農林政策課'), ('事務職', '文化課'), ('技術職', '土木課'),
             ('技術職', '都市計画課'), ('技術職', '土木課'), ('技術職', '上下水道課')]
    assign = []
    for tr, u in hires:
        if u not in [a[0] for a in assign]: assign.append([u, 0, 0])
        row = [a for a in assign if a[0] == u][0]
        row[1 if tr == '事務職' else 2] += 1
    assign = [(u, a or None, t or None) for u, a, t in assign]
    exams = [('事務職', [('一般事務', 10), ('社会福祉', 2)]), ('技術職', [('土木', 3), ('建築', 1)])]
    exam_name = '鯖江市職員採用試験（大学卒業程度）'
    lead = ['めがねと漆器と繊維のまち、鯖江市。ものづくりの技と新しいアイデアが',
            '行き交うまちで、市民とともに未来をつくる仕事をしませんか。']
    training = ['新規採用職員研修、福井県市町職員研修所での', '階層別研修のほか、若手職員が政策を提案する',
                '自主研修グループの活動を支援しています。']
    inits = [('ノー残業デー', ['毎週水曜日と金曜日は', '定時退庁を呼びかけています。']),
             ('テレワーク', ['在宅勤務を月8回まで', '利用できます。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                ('育児短時間勤務', '子が小学校に就学するまで', '勤務時間を短くして働けます。')]
    office, tel, email = '鯖江市総務部総務課人事グループ', '0778-53-2201', 'jinji-saiyo@city.sabae.lg.jp'
    address = '〒916-8666 福井県鯖江市西山町13番1号'
    routes = [('福井鉄道福武線西鯖江駅から徒歩約5～10分', '西鯖江'), ('ハピラインふくい鯖江駅から徒歩約20～25分', '鯖江')]
    ic = '北陸自動車道鯖江ICから車で約10分'
    edition = '令和8年4月現在'
    red = (0.6, 0.12, 0.15)
    L, R = 46, W - 46
    d.put(L, 64, org, font='G', size=32, color=red)
    d.put(L + 110, 64, '職員採用案内 2026', font='G', size=15)
    d.put(R, 64, edition, size=9.5, align='r')
    d.rect(L, 76, R - L, 3, fill=red)
    for k, s in enumerate(lead): d.put(L, 102 + k * 15, s, size=9.5)

    def head(x, y, s):
        heading(d, x, y, s, red)

    head(L, 156, '採用実績')
    d.put(L, 174, '採用者数の推移（単位：人）', size=8.5)
    rows = [['年度', '事務職', '技術職', '計']]
    for r in hire:
        rows.append([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
    y = d.table(L, 182, [140, 118, 118, R - L - 376], rows, rh=17, hfill=(0.97, 0.88, 0.88))
    note = '※（ ）内は女性の数で内数です。'
    d.put(L, y + 14, note, size=8)
    top = y + 48
    mid = (L + R) / 2
    head(L, top, '配属実績')
    intro = '令和7年度採用職員の配属先一覧'
    d.put(L, top + 18, intro, size=8.5)
    rows2 = [['No.', '職種', '配属先']] + [[str(k + 1), tr, u] for k, (tr, u) in enumerate(hires)]
    d.table(L, top + 26, [34, 70, mid - 12 - L - 104], rows2, rh=15, hfill=(0.97, 0.88, 0.88), size=8.2,
            align0='c')
    rx = mid + 12
    head(rx, top, '試験区分')
    d.put(rx, top + 18, '試験：' + exam_name, size=8.5)
    y3 = exam_table(d, rx, top + 26, exams, [62, 100, R - rx - 162], (0.97, 0.88, 0.88))
    head(rx, y3 + 34, '研修')
    for k, s in enumerate(training): d.put(rx, y3 + 52 + k * 14, s, size=9)
    d.text(R, 815, '1', size=8, align='r', furniture=True)
    # ---- page 2
    d.new_page()
    y = 60
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
    contacts_access(d, mid + 12, 60, head, office, tel, email, address, routes, extra=[ic], size=8.2)
    d.text(R, 815, '2', size=8, align='r', furniture=True)

    facts = base_facts(org, edition, '令和8年4月', '2026-04', lead, hire, '事務職', '技術職',
                       'ruled 年度 | 事務職 | 技術職 | 計; cells N（W）, planned row bare',
                       ['年度', '事務職', '技術職', '計'], ['label', 'admin', 'tech', 'total'],
                       ['採用者数の推移（単位：人）'], [note],
                       assign, intro, 'ruled No. | 職種 | 配属先, ONE ROW PER HIRE (15 rows), units repeated, no counts',
                       '試験区分', exam_name, exams, 'ruled 区分 | 職種 | 予定数 under the caption 試験：…',
                       ['区分', '職種', '予定数'], '研修', [''.join(training)],
                       inits, '◆title / indented text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text', [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(assignments='no counts are printed: the cohort is listed one hire per row (No. | 職種 | 配属先), '
                                        'so 総務課, 税務課, 社会福祉課 and 土木課 appear twice; the unit figures are tallies',
                            access='walking times are ranges (徒歩約5～10分, 徒歩約20～25分); a third route starts at a '
                                   'motorway interchange, ' + ic + ', and names no station',
                            layout='A4, p1 masthead with the title and edition on its baseline, a red bar, lead, '
                                   'full-width ruled hiring table, two columns (per-hire assignment list | exams, '
                                   'training); p2 two columns (initiatives, support | contacts, access); folios 1 / 2'))
    facts['hiring']['printedRows'] = ['\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'],
                                                 r['total']['cellText']]) for r in hire]
    facts['assignments']['printedRows'] = ['\t'.join([str(k + 1), tr, u]) for k, (tr, u) in enumerate(hires)]
    facts['access']['decoyLines'] = [ic]
    return d, facts


# ------------------------------------------------------------------ 四万十町

def shimanto():
    name = 'shimanto-2026'
    d = Doc(name, 933)
    W = d.W
    org = '四万十町'
    hire = hiring_rows([(2021, (5, 2), (2, 0), False), (2022, (4, 2), (1, 0), False),
                        (2023, (6, 3), (2, 1), False), (2024, (5, 3), (1, 0), False),
                        (2025, (4, 2), (2, 1), False), (2026, (5, None), (2, None), True)],
                       label=lambda fy, pl: f'{fy - 2018}年度' + ('（予定）' if pl else ''))
    assign = [('総務課', 1, None), ('税務課', 1, None), ('健康福祉課', 1, None), ('大正地域振興局', 1, None),
              ('建設課', None, 1), ('農林水産課', None, 1)]
    exams = [('事務職', [('一般事務', 5)]), ('技術職', [('土木', 1), ('農業土木', 1)])]
    exam_name = '四万十町職員採用試験（上級）'
    lead = ['日本最後の清流・四万十川が流れる、森と川と海のまち。', '大きな自然の中で、町民のいちばん近くにいる仕事です。']
    training = ['高知県市町村職員の新規採用職員研修を受講します。', '町独自の研修では、先輩職員がメンターとして',
                '1年間サポートします。']
    inits = [('ノー残業デー', ['毎週水曜日は', '定時退庁を', '呼びかけています。']),
             ('年休取得の推進', ['年次休暇を', '年15日以上取る', 'ことが目標です。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                ('部分休業', '子が小学校に就学するまで', '1日2時間まで勤務しないことができます。')]
    office, tel, email = '四万十町総務課人事係', '0880-22-3116', 'soumu-jinji@town.shimanto.lg.jp'
    address = '〒786-8501 高知県高岡郡四万十町琴平町16-17'
    routes = [('JR土讃線窪川駅から徒歩約10分', '窪川'), ('土佐くろしお鉄道中村線若井駅から車で約10分', '若井')]
    edition = '令和8年4月現在'
    teal = (0.0, 0.42, 0.45)
    L, R = 44, W - 44
    d.rect(0, 0, W, 118, fill=(0.88, 0.95, 0.95))
    d.put(L, 62, org, font='G', size=30, color=teal)
    d.put(L, 90, '職員採用案内 2026', font='G', size=14)
    d.put(R, 90, edition, size=9.5, align='r')
    for k, s in enumerate(lead): d.put(L, 142 + k * 15, s, size=9.5)

    def head(x, y, s):
        d.hline(x, x + 150, y + 5, lw=1.2, color=teal)
        d.put(x, y, s, font='G', size=12, color=teal)

    mid = (L + R) / 2
    top = 200
    head(L, top, '採用実績')
    d.put(L, top + 18, '採用者数の推移（単位：人）', size=8.5)
    rows = [[{'t': ['年度'], 'cs': 2}, '事務職', '技術職', '計']]
    for k, r in enumerate(hire):
        cells = [r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]
        rows.append(([{'t': ['令和'], 'rs': len(hire)}] if k == 0 else []) + cells)
    lw_ = mid - 12 - L
    y = d.table(L, top + 26, [30, 66, 46, 46, lw_ - 188], rows, rh=17, hfill=(0.86, 0.94, 0.94), align0='c')
    note = '※（ ）内は女性の数で内数です。'
    d.put(L, y + 14, note, size=8)
    ya = y + 48
    head(L, ya, '配属実績')
    intro = '令和7年度採用者の配属先（単位：人）'
    d.put(L, ya + 18, intro, size=8.5)
    rows2 = [['配属先', '事務職', '技術職']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in assign]
    d.table(L, ya + 26, [110, 55, lw_ - 165], rows2, rh=16, hfill=(0.86, 0.94, 0.94))
    rx = mid + 12
    head(rx, top, '試験区分')
    d.put(rx, top + 18, '試験：' + exam_name, size=8.5)
    y3 = exam_table(d, rx, top + 26, exams, [62, 100, R - rx - 162], (0.86, 0.94, 0.94))
    head(rx, y3 + 34, '研修')
    for k, s in enumerate(training): d.put(rx, y3 + 52 + k * 14, s, size=8.8)
    # ---- page 2: initiative cards with the title UNDER the text
    d.new_page()
    d.rect(0, 0, W, 10, fill=teal)
    head(L, 60, '働きやすい職場づくり')
    cw = (R - L - 14) / 2
    printed_inits = []
    for k, (t, body) in enumerate(inits):
        x = L + k * (cw + 14)
        d.rect(x, 76, cw, 92, fill=(0.93, 0.97, 0.97), stroke=teal, lw=0.6)
        for j, s in enumerate(body): d.put(x + 12, 96 + j * 15, s, size=9)
        d.hline(x + 12, x + cw - 12, 96 + len(body) * 15 - 6, lw=0.4, color=teal)
        d.put(x + 12, 96 + len(body) * 15 + 10, t, font='G', size=11, color=teal)
        printed_inits.append(body + [t])
    y = 200
    head(L, y, '両立支援制度')
    y += 24
    for nm, dur, txt in supports:
        d.put(L, y, f'●{nm}（{dur}）', font='G', size=9)
        y += 14; d.put(L + 10, y, txt, size=8.5)
        y += 22
    contacts_access(d, mid + 12, 200, head, office, tel, email, address, routes, size=8.2)

    facts = base_facts(org, edition, '令和8年4月', '2026-04', lead, hire, '事務職', '技術職',
                       'ruled 年度 (spanning two columns) | 事務職 | 技術職 | 計; the era 令和 is ONE cell spanning all six '
                       'rows left of bare year labels 3年度 … 7年度, 8年度（予定）; cells N（W）',
                       ['年度', '事務職', '技術職', '計'], ['era', 'label', 'admin', 'tech', 'total'],
                       ['採用者数の推移（単位：人）'], [note],
                       assign, intro, 'ruled 配属先 | 事務職 | 技術職; － for none',
                       '試験区分', exam_name, exams, 'ruled 区分 | 職種 | 予定数 under the caption 試験：…',
                       ['区分', '職種', '予定数'], '研修', [''.join(training)],
                       inits, 'cards: text lines, a hairline, then the title UNDER the text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text', [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(hiring='the era is printed once, in a cell spanning every row at the left of the year '
                                   'column (令和 | 3年度 …); the year labels alone have no era',
                            initiatives='each initiative is a card whose title comes LAST, under its text and a hairline',
                            layout='A4, tinted masthead band, two columns (hiring table + assignments | exams + '
                                   'training); p2 two cards side by side, then two columns (support | contacts, '
                                   'access); no furniture'))
    facts['hiring']['printedRows'] = ['年度\t事務職\t技術職\t計'] + [
        '\t'.join(['令和' if k == 0 else '', r['labelText'], r['admin']['cellText'], r['tech']['cellText'],
                   r['total']['cellText']]) for k, r in enumerate(hire)]
    for i, p in zip(facts['initiatives'], printed_inits): i['printed'] = p
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
            if not any(l.endswith(f'\t{b["category"]}\t{b["count"]}') for l in lines): err.append(f'category row {b}')
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




BUILDERS = {'iwate-chubu-suido-2026': iwate_chubu, 'sabae-2026': sabae, 'shimanto-2026': shimanto}



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
