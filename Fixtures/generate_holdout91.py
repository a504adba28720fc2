#!/usr/bin/env python3
"""Blind holdout set 91: three local public bodies (射水市, 鳥取中部ふるさと広域連合, さつま町).

Self-contained: a page model in top-down coordinates, a table helper, a vertical-heading
helper, reportlab's canvas (invariant=1, no page compression), the facts and the checks.
Every visual text piece is one text object; the objects of a page are written after its
graphics in a seeded shuffled order.

  python3 Fixtures/generate_holdout91.py                # all three
  python3 Fixtures/generate_holdout91.py imizu-2026     # one
"""
import io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout91')
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


# ------------------------------------------------------------------ 射水市

def imizu():
    name = 'imizu-2026'
    d = Doc(name, 911)
    W = d.W
    org = '射水市'
    hire = hiring_rows([(2021, (18, 8), (5, 1), False), (2022, (20, 9), (6, 2), False),
                        (2023, (17, 8), (4, 1), False), (2024, (21, 10), (6, 2), False),
                        (2025, (19, 9), (5, 1), False), (2026, (20, None), (6, None), True)],
                       label=lambda fy, pl: f'令和{fy - 2018}年度の採用予定' if pl else era(fy))
    # assignments as an inline run: unit（事務N）, unit（事務N・技術M）, unit（技術M）
    assign = [('総務課', 2, None), ('財政課', 1, None), ('税務課', 3, None), ('市民課', 2, None),
              ('社会福祉課', 3, None), ('子育て支援課', 2, None), ('環境課', 1, 1), ('商工企業立地課', 2, None),
              ('農業水産課', 2, None), ('生涯学習・スポーツ課', 1, None), ('道路課', None, 2), ('都市計画課', None, 1),
              ('上下水道部工務課', None, 1)]

    def tag(a, t):
        return '・'.join(([f'事務{a}'] if a else []) + ([f'技術{t}'] if t else []))
    items = [f'{u}（{tag(a, t)}）' for u, a, t in assign]
    exams = [('事務職', [('一般事務', 18), ('社会福祉', 2)]), ('技術職', [('土木', 4), ('建築', 1), ('電気', 1)])]
    exam_name = '射水市職員採用試験（大学卒業程度）'
    lead = ['富山湾と立山連峰に抱かれたまち、射水市。海王丸パークの港町から田園まで、',
            '多彩な地域の暮らしを支える仕事に、あなたの力を貸してください。']
    training = ['新規採用職員研修のほか、富山県市町村職員研修所', 'での階層別研修、民間企業や県への派遣研修を', '行っています。']
    inits = [('テレワーク', ['在宅勤務を月10回まで', '利用できます。']),
             ('フレックスタイム制', ['始業・終業の時刻を', '15分単位で選べます。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                ('育児短時間勤務', '子が小学校に就学するまで', '週19時間25分から選べます。')]
    office, tel, email = '射水市総務部人事課', '0766-51-6612', 'jinji-saiyo@city.imizu.lg.jp'
    address = '〒939-0294 富山県射水市新開発410番地1'
    routes = [('あいの風とやま鉄道小杉駅から車で約10分', '小杉'), ('あいの風とやま鉄道越中大門駅から車で約10分', '越中大門')]
    edition = '令和8年4月現在'
    blue = (0.05, 0.3, 0.55)
    L, R = 46, W - 46
    # ---- page 1
    d.rect(0, 0, W, 18, fill=blue)
    d.put(L, 66, org, font='G', size=30, color=blue)
    d.put(L, 90, '職員採用案内 2026', font='G', size=15)
    d.put(R, 90, edition, size=9.5, align='r')
    d.hline(L, R, 100, lw=1.0, color=blue)
    for k, s in enumerate(lead): d.put(L, 122 + k * 15, s, size=9.5)

    def head(x, y, s):
        d.rect(x, y - 12, 5, 15, fill=blue)
        d.put(x + 10, y, s, font='G', size=12)

    head(L, 178, '採用実績')
    d.put(L, 196, '採用者数の推移（単位：人）', size=8.5)
    rows = [['年度', '事務職', '技術職', '計']]
    for r in hire[:-1]:
        rows.append([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
    y = d.table(L, 204, [130, 120, 120, R - L - 370], rows, rh=17, hfill=(0.86, 0.91, 0.96))
    d.put(L, y + 14, '※（ ）内は女性の数で内数です。', size=8)
    pl = hire[-1]
    sentence = (f'{pl["labelText"]}は、事務職{pl["admin"]["text"]}名、技術職{pl["tech"]["text"]}名の'
                f'計{pl["total"]["text"]}名です。')
    d.rect(L, y + 24, R - L, 24, fill=(0.93, 0.95, 0.98))
    d.put(L + 10, y + 40, sentence, font='G', size=10.5, color=blue)
    top = y + 80
    mid = (L + R) / 2
    # left: assignments as an inline run
    head(L, top, '配属実績')
    intro = '令和7年度採用者の主な配属先'
    d.put(L, top + 18, intro, size=8.5)
    run_lines, cur = [], ''
    maxw = mid - 12 - L
    for k, it in enumerate(items):
        piece = it + ('、' if k < len(items) - 1 else '')
        if cur and sw(cur + piece, 'M', 9) > maxw:
            run_lines.append(cur); cur = piece
        else:
            cur += piece
    run_lines.append(cur)
    for k, s in enumerate(run_lines): d.put(L, top + 36 + k * 15, s, size=9)
    ya = top + 36 + len(run_lines) * 15
    d.put(L, ya + 2, '※（ ）内は職種と人数', size=8)
    head(L, ya + 36, '研修')
    for k, s in enumerate(training): d.put(L, ya + 54 + k * 14, s, size=9)
    # right: exams
    rx = mid + 12
    head(rx, top, '試験区分')
    d.put(rx, top + 18, '試験：' + exam_name, size=8.5)
    rows = [['区分', '職種', '予定数']]
    for tr, cats in exams:
        for k, (c, n) in enumerate(cats):
            rows.append([{'t': [tr], 'rs': len(cats)} if k == 0 else c, c, str(n)] if k == 0 else [c, str(n)])
    d.table(rx, top + 26, [62, 110, R - rx - 172], rows, rh=16, hfill=(0.86, 0.91, 0.96))
    d.text(W / 2, 815, '- 1 -', size=8, align='c', furniture=True)
    # ---- page 2
    d.new_page()
    d.rect(0, 0, W, 18, fill=blue)
    y = 64
    head(L, y, '働きやすい職場づくり')
    y += 24
    for t, body in inits:
        d.put(L, y, '■' + t, font='G', size=9.5)
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
    bx = mid + 12
    d.rect(bx - 10, 44, R - bx + 10, 236, fill=(0.93, 0.95, 0.98), stroke=blue, lw=0.8)
    y = 64
    d.put(bx, y, 'お問い合わせ', font='G', size=11)
    d.put(bx, y + 20, office, size=9)
    d.put(bx, y + 35, 'TEL ' + tel, size=9)
    d.put(bx, y + 50, 'E-mail ' + email, size=8)
    y += 84
    d.put(bx, y, 'アクセス', font='G', size=11)
    d.put(bx, y + 20, address, size=8.5)
    for k, (s, st) in enumerate(routes): d.put(bx, y + 38 + k * 14, s, size=8.5)
    d.text(W / 2, 815, '- 2 -', size=8, align='c', furniture=True)

    facts = base_facts(org, edition, '令和8年4月', '2026-04', lead, hire, '事務職', '技術職',
                       'ruled 年度 | 事務職 | 技術職 | 計 for the five ACTUAL years only; the planned year is a sentence '
                       'under the table: 令和8年度の採用予定は、事務職20名、技術職6名の計26名です。',
                       ['年度', '事務職', '技術職', '計'], ['label', 'admin', 'tech', 'total'],
                       ['採用者数の推移（単位：人）'], ['※（ ）内は女性の数で内数です。'],
                       assign, intro, 'no table: an inline run unit（事務N）、unit（事務N・技術M）、unit（技術M） '
                       'over lines broken after 、; the note ※（ ）内は職種と人数',
                       '試験区分', exam_name, exams, 'ruled 区分 | 職種 | 予定数 under the caption 試験：…',
                       ['区分', '職種', '予定数'], '研修', [''.join(training)],
                       inits, '■title / indented text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text', [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(hiring='the planned year 2026 is NOT a table row: it is the sentence 令和8年度の採用予定は、'
                                   '事務職20名、技術職6名の計26名です。 in a tinted band under the table and its note',
                            assignments='no table: the units run inline with the track and count in brackets, '
                                        '総務課（事務2）、…、環境課（事務1・技術1）、…、道路課（技術2）; one unit name holds '
                                        'a ・ itself (生涯学習・スポーツ課（事務1）)',
                            layout='A4, p1 masthead, lead, full-width ruled hiring table (5 actual rows) and the planned '
                                   'sentence, two columns (assignment run + training | exam table); p2 initiatives + '
                                   'support | boxed contacts and access; folios'))
    facts['hiring']['printedRows'] = ['\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'],
                                                 r['total']['cellText']]) for r in hire[:-1]]
    facts['hiring']['plannedSentence'] = sentence
    facts['assignments']['printedLines'] = run_lines
    return d, facts


# ------------------------------------------------------------------ 鳥取中部ふるさと広域連合

def tottori_chubu():
    name = 'tottori-chubu-2026'
    d = Doc(name, 912)
    W = d.W
    org = '鳥取中部ふるさと広域連合'
    # per year: (一般事務, w), (社会福祉, w), (土木, w), (電気, w); None women for the planned year
    cats = [(2021, (6, 3), (1, 1), (2, 0), (1, 0)), (2022, (5, 2), (1, 0), (2, 1), (0, 0)),
            (2023, (7, 4), (2, 1), (1, 0), (1, 0)), (2024, (6, 3), (1, 1), (3, 1), (1, 0)),
            (2025, (5, 3), (2, 1), (2, 0), (1, 0)), (2026, (6, None), (1, None), (2, None), (1, None))]
    data = []
    for fy, g, s, b, e in cats:
        pl = fy == 2026
        data.append((fy, (g[0] + s[0], None if pl else g[1] + s[1]), (b[0] + e[0], None if pl else b[1] + e[1]), pl))
    hire = hiring_rows(data)

    def cell(n, w):
        if n == 0: return '－'
        return str(n) if w is None else f'{n}（{w}）'
    printed_rows = []
    rows = [[{'t': ['年度'], 'rs': 2}, {'t': ['事務職'], 'cs': 3}, {'t': ['技術職'], 'cs': 3}, {'t': ['合計'], 'rs': 2}],
            ['一般事務', '社会福祉', '計', '土木', '電気', '計']]
    for (fy, g, s, b, e), r in zip(cats, hire):
        row = [r['labelText'], cell(*g), cell(*s), r['admin']['cellText'], cell(*b), cell(*e), r['tech']['cellText'],
               r['total']['cellText']]
        rows.append(row)
        printed_rows.append('\t'.join(row))
        r['categories'] = {'一般事務': cell(*g), '社会福祉': cell(*s), '土木': cell(*b), '電気': cell(*e)}
    assign = [('総務課', 2, None), ('介護福祉課', 3, None), ('環境課', 1, 1), ('施設整備課', None, 2), ('消防局総務課', 1, None)]
    exams = [('事務職', [('一般事務', 6), ('社会福祉', 1)]), ('技術職', [('土木', 2), ('電気', 1)])]
    exam_name = '職員採用試験（大学卒業程度）'
    lead = ['倉吉市・三朝町・湯梨浜町・琴浦町・北栄町の1市4町でつくる広域連合です。',
            '消防、ごみ処理、介護保険など、鳥取県中部の暮らしを一緒に支えてください。']
    training = ['採用後は鳥取県市町村職員の新規採用職員研修を受講し、',
                '各施設での現場研修で業務の基礎を身につけます。']
    inits = [('ノー残業デー', ['毎週水曜日は定時退庁を', '呼びかけています。']),
             ('時差出勤', ['始業時刻を3つのパターンから', '選べます。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                ('介護休暇', '通算6か月', '3回まで分割して取得できます。')]
    office, tel, email = '鳥取中部ふるさと広域連合総務課', '0858-23-3115', 'saiyo@chubu-furusato.jp'
    address = '〒682-0021 鳥取県倉吉市上井町1丁目156'
    routes = [('JR山陰本線倉吉駅から徒歩約5分', '倉吉'), ('JR山陰本線下北条駅から車で約10分', '下北条')]
    edition = '令和8年3月現在'
    green = (0.2, 0.45, 0.25)
    L, R = 48, W - 48
    d.rect(0, 0, W, 122, fill=(0.9, 0.95, 0.9))
    d.put(L, 60, org, font='G', size=24, color=green)
    d.put(L, 86, '職員採用案内 2026', font='G', size=14)
    d.put(R, 108, edition, size=9.5, align='r')
    for k, s in enumerate(lead): d.put(L, 146 + k * 15, s, size=9.5)

    def head(x, y, s):
        d.hline(x, x + 160, y + 5, lw=1.2, color=green)
        d.put(x, y, s, font='G', size=12, color=green)

    head(L, 196, '採用実績')
    d.put(L, 214, '採用者数の推移（単位：人）', size=8.5)
    y = d.table(L, 222, [96, 55, 55, 52, 55, 55, 52, R - L - 420], rows, rh=17, header=2, hfill=(0.88, 0.94, 0.88),
                size=8.3)
    d.put(L, y + 14, '※（ ）内は女性の数で内数です。－は採用なし。', size=8)
    top = y + 48
    mid = (L + R) / 2
    head(L, top, '配属実績')
    intro = '令和7年度採用者の配属先（単位：人）'
    d.put(L, top + 20, intro, size=8.5)
    rows2 = [['配属先', '事務職', '技術職']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in assign]
    d.table(L, top + 28, [110, 60, mid - 12 - L - 170], rows2, rh=16, hfill=(0.88, 0.94, 0.88))
    rx = mid + 12
    head(rx, top, '試験区分')
    d.put(rx, top + 20, '試験：' + exam_name, size=8.5)
    rows3 = [['区分', '職種', '予定数']]
    for tr, cs_ in exams:
        for k, (c, n) in enumerate(cs_):
            rows3.append([tr if k == 0 else None, c, str(n)])
    d.table(rx, top + 28, [62, 100, R - rx - 162], rows3, rh=16, ruled=False, hfill=None)
    d.text(L, 815, '鳥取中部ふるさと広域連合', size=7.5, furniture=True, color=(0.4, 0.4, 0.4))
    d.text(R, 815, '1', size=8, align='r', furniture=True)
    # ---- page 2
    d.new_page()
    y = 60
    head(L, y, '研修')
    for k, s in enumerate(training): d.put(L, y + 22 + k * 14, s, size=9)
    y += 22 + len(training) * 14 + 26
    head(L, y, '働きやすい職場づくり')
    y += 24
    for t, body in inits:
        d.put(L, y, '◆' + t, font='G', size=9.5)
        for s in body:
            y += 14; d.put(L + 10, y, s, size=8.5)
        y += 22
    y = 60
    rx = mid + 12
    head(rx, y, '両立支援制度')
    y += 24
    for nm, dur, txt in supports:
        d.put(rx, y, f'●{nm}（{dur}）', font='G', size=9)
        y += 14; d.put(rx + 10, y, txt, size=8.5)
        y += 22
    y += 6
    head(rx, y, 'お問い合わせ')
    d.put(rx, y + 22, office, size=9)
    d.put(rx, y + 37, 'TEL ' + tel, size=9)
    d.put(rx, y + 52, 'E-mail ' + email, size=8.5)
    y += 86
    head(rx, y, 'アクセス')
    d.put(rx, y + 22, address, size=8.5)
    for k, (s, st) in enumerate(routes): d.put(rx, y + 40 + k * 14, s, size=8.5)
    d.text(L, 815, '鳥取中部ふるさと広域連合', size=7.5, furniture=True, color=(0.4, 0.4, 0.4))
    d.text(R, 815, '2', size=8, align='r', furniture=True)

    facts = base_facts(org, edition, '令和8年3月', '2026-03', lead, hire, '事務職', '技術職',
                       'ruled, years as rows, TWO header rows: 年度 (two rows) | 事務職 over 一般事務 | 社会福祉 | 計 | '
                       '技術職 over 土木 | 電気 | 計 | 合計 (two rows); cells N（W）, － for none',
                       ['年度', '事務職', '技術職', '合計'], ['label', 'admin:一般事務', 'admin:社会福祉', 'admin',
                                                        'tech:土木', 'tech:電気', 'tech', 'total'],
                       ['採用者数の推移（単位：人）'], ['※（ ）内は女性の数で内数です。－は採用なし。'],
                       assign, intro, 'ruled 配属先 | 事務職 | 技術職; － for none',
                       '試験区分', exam_name, exams, 'unruled 区分 | 職種 | 予定数 under the caption 試験：…',
                       ['区分', '職種', '予定数'], '研修', [''.join(training)],
                       inits, '◆title / indented text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text', [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(hiring='each track is a group of three columns: its categories and its own 計 (事務職 計 is '
                                   'the administrative figure, 技術職 計 the technical one), then 合計; the header is two '
                                   'rows and both subtotal columns are headed just 計',
                            layout='A4, tinted masthead band, full-width ruled hiring table with category sub-columns, '
                                   'two columns (ruled assignments | unruled exams); p2 two columns (training + '
                                   'initiatives | support, contacts, access); running footer and folios 1 / 2'))
    facts['hiring']['printedRows'] = ['年度\t事務職\t技術職\t合計', '\t一般事務\t社会福祉\t計\t土木\t電気\t計\t'] + printed_rows
    facts['hiring']['subHeader'] = ['一般事務', '社会福祉', '計', '土木', '電気', '計']
    return d, facts


# ------------------------------------------------------------------ さつま町

def satsuma():
    name = 'satsuma-2026'
    d = Doc(name, 913)
    W = d.W
    org = 'さつま町'
    hire = hiring_rows([(2021, (4, 2), (1, 0), False), (2022, (5, 2), (1, 1), False),
                        (2023, (3, 1), (2, 0), False), (2024, (4, 3), (1, 0), False),
                        (2025, (5, 2), (2, 1), False), (2026, (4, None), (2, None), True)],
                       label=lambda fy, pl: f'令和{fy - 2018}.4採用' + ('予定' if pl else ''))
    assign = [('総務課', 1, None), ('企画財政課', 1, None), ('税務課', 1, None), ('町民環境課', 1, None),
              ('保健福祉課', 1, None), ('建設課', None, 1), ('耕地課', None, 1)]
    exams = [('事務職', [('一般事務', 4)]), ('技術職', [('土木', 1), ('建築', 1)])]
    exam_name = 'さつま町職員採用試験（上級）'
    lead = ['宮之城温泉と竹のまち、さつま町。川内川の流れとともに暮らす人たちの',
            '毎日を、いちばん近くで支える仕事です。']
    training = ['採用後は鹿児島県市町村職員研修の新規採用', '職員研修を受講します。町独自の研修では、',
                '先輩職員が一年間マンツーマンで指導します。']
    inits = [('ゆう活', ['夏の間は始業を早め、', '夕方の時間を家族と過ごせます。']),
             ('年休取得の推進', ['月1日以上の年次休暇取得を', '目標にしています。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                ('育児部分休業', '子が小学校に就学するまで', '1日2時間まで勤務しないことができます。')]
    office, tel, email = 'さつま町総務課人事係', '0996-53-1120', 'somu-jinji@town.satsuma.lg.jp'
    address = '〒895-1803 鹿児島県薩摩郡さつま町宮之城屋地1565-2'
    routes = [('JR鹿児島本線川内駅から車で約40分', '川内'), ('九州新幹線出水駅から車で約50分', '出水')]
    edition = '令和8年4月現在'
    brown = (0.45, 0.3, 0.12)
    L, R = 42, W - 42
    # ---- page 1: masthead with the prefecture and district on a small line above the name
    d.rect(0, 0, 14, d.H, fill=(0.55, 0.7, 0.35))
    d.put(L, 44, '鹿児島県薩摩郡', font='G', size=11, color=brown)
    d.put(L, 82, org, font='G', size=32, color=brown)
    d.put(L, 108, '職員採用案内 2026', font='G', size=14)
    d.put(R, 108, edition, size=9.5, align='r')
    d.hline(L, R, 118, lw=1.0, color=brown)
    for k, s in enumerate(lead): d.put(L, 140 + k * 15, s, size=9.5)
    gut = 9       # narrow gutter, no rule
    mid = (L + R) / 2
    lw_ = mid - gut / 2 - L
    rx = mid + gut / 2

    def head(x, y, s):
        d.put(x, y, '■' + s, font='G', size=12, color=brown)

    top = 196
    head(L, top, '採用実績')
    d.put(L, top + 18, '採用者数の推移（単位：人）', size=8.5)
    rows = [['採用年月', '事務職', '技術職', '計']]
    for r in hire:
        rows.append([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
    y = d.table(L, top + 26, [92, 50, 50, lw_ - 192], rows, rh=17, hfill=(0.93, 0.9, 0.84))
    d.put(L, y + 14, '※（ ）内は女性の数で内数です。', size=8)
    ya = y + 48
    head(L, ya, '配属実績')
    intro = '令和7年度採用者の配属先（単位：人）'
    d.put(L, ya + 18, intro, size=8.5)
    rows2 = [['配属先', '事務職', '技術職']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in assign]
    d.table(L, ya + 26, [110, 60, lw_ - 170], rows2, rh=16, ruled=False, hfill=None)
    head(rx, top, '試験区分')
    d.put(rx, top + 18, '試験：' + exam_name, size=8.5)
    rows3 = [['区分', '職種', '予定数']]
    for tr, cs_ in exams:
        for k, (c, n) in enumerate(cs_):
            rows3.append([tr if k == 0 else None, c, str(n)])
    y3 = d.table(rx, top + 26, [60, 100, R - rx - 160], rows3, rh=16, hfill=(0.93, 0.9, 0.84))
    head(rx, y3 + 34, '研修')
    for k, s in enumerate(training): d.put(rx, y3 + 52 + k * 14, s, size=9)
    y4 = y3 + 52 + len(training) * 14 + 22
    head(rx, y4, '働きやすい職場づくり')
    y = y4 + 22
    for t, body in inits:
        d.put(rx, y, '◇' + t, font='G', size=9.5)
        for s in body:
            y += 14; d.put(rx + 10, y, s, size=8.5)
        y += 22
    # ---- page 2
    d.new_page()
    d.rect(0, 0, 14, d.H, fill=(0.55, 0.7, 0.35))
    y = 60
    head(L, y, '両立支援制度')
    y += 22
    for nm, dur, txt in supports:
        d.put(L, y, f'●{nm}（{dur}）', font='G', size=9)
        y += 14; d.put(L + 10, y, txt, size=8.5)
        y += 22
    y = 60
    head(rx, y, 'お問い合わせ')
    d.put(rx, y + 20, office, size=9)
    d.put(rx, y + 35, 'TEL ' + tel, size=9)
    d.put(rx, y + 50, 'E-mail ' + email, size=8.5)
    y += 84
    head(rx, y, 'アクセス')
    d.put(rx, y + 20, address, size=8.2)
    for k, (s, st) in enumerate(routes): d.put(rx, y + 38 + k * 14, s, size=8.5)

    facts = base_facts(org, edition, '令和8年4月', '2026-04', lead, hire, '事務職', '技術職',
                       'ruled 採用年月 | 事務職 | 技術職 | 計; labels 令和3.4採用 … 令和7.4採用, planned 令和8.4採用予定; '
                       'cells N（W）',
                       ['採用年月', '事務職', '技術職', '計'], ['label', 'admin', 'tech', 'total'],
                       ['採用者数の推移（単位：人）'], ['※（ ）内は女性の数で内数です。'],
                       assign, intro, 'unruled 配属先 | 事務職 | 技術職; － for none',
                       '試験区分', exam_name, exams, 'ruled 区分 | 職種 | 予定数 under the caption 試験：…',
                       ['区分', '職種', '予定数'], '研修', [''.join(training)],
                       inits, '◇title / indented text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text', [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(organization='the first line of the cover is the prefecture and district 鹿児島県薩摩郡 '
                                         '(11 pt), the name さつま町 (32 pt, hiragana) under it',
                            hiring='year labels are intake dates in era-dotted form: 令和3.4採用 … 令和7.4採用, the planned '
                                   'row 令和8.4採用予定 (no 年, no 年度, no brackets)',
                            layout='A4, green strip down the left edge, p1 masthead then TWO COLUMNS with a 9 pt gutter '
                                   'and no rule (hiring + assignments | exams, training, initiatives); p2 two columns '
                                   '(support | contacts, access); no furniture'))
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
    if not any(l.startswith(f['organization']) for l in lines[:2]): err.append('organisation not in the first two lines')
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


BUILDERS = {'imizu-2026': imizu, 'tottori-chubu-2026': tottori_chubu, 'satsuma-2026': satsuma}


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
