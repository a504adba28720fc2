#!/usr/bin/env python3
"""Blind holdout set 90: three national bodies (奈良文化財研究所, 九州国立博物館, 海上保安大学校).

Self-contained: a page model in top-down coordinates, a table helper, a vertical-heading
helper, reportlab's canvas (invariant=1, no page compression), the facts and the checks.
Every visual text piece is one text object; the objects of a page are written after its
graphics in a seeded shuffled order.

  python3 Fixtures/generate_holdout90.py                # all three
  python3 Fixtures/generate_holdout90.py jcga-2026       # one
"""
import io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout90')
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



def recell(hire, fmt):
    for r in hire:
        for k in ('total', 'admin', 'tech'):
            c = r[k]
            c['cellText'] = fmt(c['text'], c['womenText'])
    return hire


# ------------------------------------------------------------------ 奈良文化財研究所

def nabunken():
    name = 'nabunken-2026'
    d = Doc(name, 901)
    W = d.W
    org = '奈良文化財研究所'
    hire = hiring_rows([(2021, (4, 2), (1, 0), False), (2022, (5, 3), (2, 0), False),
                        (2023, (3, 1), (1, 1), False), (2024, (6, 3), (2, 0), False),
                        (2025, (5, 2), (2, 1), False), (2026, (5, None), (2, None), True)])
    recell(hire, lambda t, w: f'{t}名' if w is None else f'{t}（{w}）名')
    # cohort 2025 per track, and a DECOY column: hires of 令和5～7年度 (2023-2025) per unit, both tracks
    assign = [('総務課', 2, None, 5), ('財務課', 1, None, 3), ('研究支援課', 1, None, 3), ('企画調整部', 1, None, 3),
              ('施設課', None, 1, 3), ('埋蔵文化財センター', None, 1, 2)]
    three = [r for r in hire if r['fiscalYear'] in (2023, 2024, 2025)]
    assert sum(x[3] for x in assign) == sum(r['total']['count'] for r in three)
    exams = [('事務系', [('一般事務', 5)]), ('技術系', [('建築', 1), ('電気', 1)])]
    exam_name = '国立文化財機構職員採用試験（大卒程度）'
    lead = ['平城宮跡の発掘から文化財の保存科学まで、日本の文化遺産を調べ、守り、伝える研究所です。',
            '研究者とともに研究所の運営を支える職員を募集しています。']
    training = ['採用後は機構の新任職員研修で基礎を学び、', '発掘調査現場の見学や文化財の取扱研修を',
                '通じて、研究所の仕事への理解を深めます。']
    inits = [('フレックスタイム制', ['コアタイムなしで始業・終業の', '時刻を選べます。']),
             ('テレワーク', ['週2日まで在宅勤務ができます。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                ('育児短時間勤務', '子が小学校に就学するまで', '週19時間25分から選べます。')]
    office, tel, email = '奈良文化財研究所総務課人事係', '0742-30-6733', 'jinji-saiyo@nabunken.go.jp'
    address = '〒630-8577 奈良県奈良市二条町2-9-1'
    routes = [('近鉄奈良線大和西大寺駅から徒歩約10分', '大和西大寺'), ('JR関西本線奈良駅からバスで約20分', '奈良')]
    edition = '令和8年4月現在'
    L, R = 46, W - 46
    red = (0.5, 0.12, 0.14)
    white = (1, 1, 1)
    # ---- page 1
    d.rect(0, 0, W, 122, fill=red)
    d.put(L, 62, org, font='G', size=28, color=white)
    d.put(L, 90, '職員採用案内 2026', font='G', size=14, color=white)
    d.put(R, 110, edition, size=9.5, align='r', color=white)
    for k, s in enumerate(lead): d.put(L, 146 + k * 15, s, size=9.3)

    def head(x, y, s):
        d.put(x, y, s, font='G', size=12, color=red)
        d.hline(x, x + 150, y + 5, lw=1.2, color=red)

    top = 200
    head(L, top, '採用実績')
    d.put(L, top + 20, '採用者数の推移', size=8.5)
    rows = [['年度', '事務系', '技術系', '計']] + [[r['labelText'], r['admin']['cellText'], r['tech']['cellText'],
                                               r['total']['cellText']] for r in hire]
    y = d.table(L, top + 28, [86, 56, 56, 60], rows, rh=17, size=8.2)
    d.put(L, y + 13, '※（　）内は女性の数で内数です。', size=7.8)
    rx = L + 282
    head(rx, top, '配属実績')
    d.put(rx, top + 20, '令和7年度採用者の配属先（単位：人）', size=8.5)
    rows = [['配属先', '事務系', '技術系', '過去3年計']] + \
           [[u, str(a) if a else '－', str(t) if t else '－', str(c)] for u, a, t, c in assign]
    y2 = d.table(rx, top + 28, [82, 40, 40, R - rx - 162], rows, rh=17, size=8.2)
    d.put(rx, y2 + 13, '※過去3年計は令和5～7年度採用者の合計です。', size=7.8)
    top = max(y, y2) + 48
    head(L, top, '令和8年度の採用予定')
    rows = [['区分', '試験', '職種', '予定数']]
    for tr, cats in exams:
        for k, (c, n) in enumerate(cats):
            rows.append([tr if k == 0 else None, exam_name if k == 0 else None, c, f'{n}名'])
    d.table(L, top + 16, [70, 220, 120, R - L - 410], rows, rh=17)
    d.text(W / 2, 815, '1', size=8, align='c', furniture=True)
    # ---- page 2
    d.new_page()
    d.rect(0, 0, W, 10, fill=red)
    mid = L + 250
    y = 60
    head(L, y, '研修')
    for k, s in enumerate(training): d.put(L, y + 22 + k * 14, s, size=9)
    y += 22 + len(training) * 14 + 28
    head(L, y, '働きやすい職場づくり')
    y += 24
    for t, body in inits:
        d.put(L, y, '◇' + t, font='G', size=9.5)
        for s in body:
            y += 14; d.put(L + 10, y, s, size=8.5)
        y += 22
    y = 60
    head(mid + 20, y, '両立支援制度')
    y += 24
    for nm, dur, txt in supports:
        d.put(mid + 20, y, f'●{nm}（{dur}）', font='G', size=9)
        y += 14; d.put(mid + 30, y, txt, size=8.5)
        y += 22
    d.vline(mid + 6, 48, 300, lw=0.4, color=(0.6, 0.6, 0.6))
    by = 330
    d.rect(L - 8, by, R - L + 16, 150, fill=(0.97, 0.93, 0.92))
    d.put(L, by + 24, 'お問い合わせ', font='G', size=11, color=red)
    d.put(L, by + 46, office, size=9)
    d.put(L, by + 62, 'TEL ' + tel, size=9)
    d.put(L, by + 78, 'E-mail ' + email, size=8.5)
    d.put(mid + 20, by + 24, 'アクセス', font='G', size=11, color=red)
    d.put(mid + 20, by + 46, address, size=8.5)
    for k, (s, st) in enumerate(routes): d.put(mid + 20, by + 64 + k * 15, s, size=8.5)
    d.text(W / 2, 815, '2', size=8, align='c', furniture=True)

    facts = base_facts(org, edition, '令和8年4月', '2026-04', lead, hire, '事務系', '技術系',
                       'ruled 年度 | 事務系 | 技術系 | 計; every cell N（W）名 (the unit 名 AFTER the women bracket), '
                       'planned N名',
                       ['年度', '事務系', '技術系', '計'], ['label', 'admin', 'tech', 'total'],
                       ['採用者数の推移'], ['※（　）内は女性の数で内数です。'],
                       [a[:3] for a in assign], '令和7年度採用者の配属先（単位：人）',
                       'ruled 配属先 | 事務系 | 技術系 | 過去3年計; － for none; the last column is a DECOY '
                       '(令和5～7年度 hires per unit, both tracks)',
                       '令和8年度の採用予定', exam_name, exams, 'ruled 区分 | 試験 | 職種 | 予定数; counts N名',
                       ['区分', '試験', '職種', '予定数'], '研修', [''.join(training)],
                       inits, '◇title / indented text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text',
                       [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(hiring='every count cell is N（W）名: the unit 名 follows the women bracket; planned N名',
                            assignments='a fourth column 過去3年計 (hires of 令和5～7年度 per unit, both tracks '
                                        'together, explained by a note under the table) is not a track',
                            layout='A4, red masthead band; p1 two columns (ruled hiring | ruled assignments with '
                                   'the decoy column), full-width ruled exam table; p2 training + initiatives | '
                                   'support over a full-width tinted contact / access band; folios 1 / 2'))
    facts['assignments']['printedRows'] = [[u, str(a) if a else '－', str(t) if t else '－', str(c)]
                                           for u, a, t, c in assign]
    facts['assignments']['decoyColumn'] = {'header': '過去3年計',
                                           'values': {u: c for u, a, t, c in assign}}
    return d, facts


# ------------------------------------------------------------------ 九州国立博物館

def kyuhaku():
    name = 'kyuhaku-2026'
    d = Doc(name, 902)
    W = d.W
    org = '九州国立博物館'
    hire = hiring_rows([(2021, (3, 2), (1, 0), False), (2022, (4, 2), (1, 1), False),
                        (2023, (2, 1), (2, 0), False), (2024, (5, 3), (1, 0), False),
                        (2025, (4, 2), (2, 1), False), (2026, (4, None), (1, None), True)])
    recell(hire, lambda t, w: t if w is None else f'{t}【{w}】')
    assign = [('総務課', 1, None), ('財務課', 1, 1), ('企画課', 1, None), ('交流課', 1, None), ('施設管理室', None, 1)]
    exams = [('事務系', [('事務', 4)]), ('技術系', [('建築', 1)])]
    exam_name = '国立大学法人等職員採用試験（九州地区）'
    lead = ['「日本文化の形成をアジア史的観点から捉える」博物館として、太宰府の丘から',
            'アジアとの交流の歴史を発信しています。博物館の運営を支える仲間を求めています。']
    training = ['新任職員研修、階層別研修のほか、', '文化財の取扱いや展示の基礎を学ぶ',
                '館内研修を毎年行っています。']
    inits = [('時差出勤', ['始業時刻を4つの区分から', '選べます。']),
             ('年次休暇の計画取得', ['展覧会の会期に合わせて', '計画的に休暇を取得しています。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                ('介護休暇', '通算6か月', '3回まで分割して取得できます。')]
    office, tel, email = '九州国立博物館総務課', '092-918-2807', 'saiyo-jinji@kyuhaku.jp'
    teltext, emailtext = 'ＴＥＬ：' + tel, 'Ｅ－ｍａｉｌ：' + email
    address = '〒818-0118 福岡県太宰府市石坂4-7-2'
    routes = [('西鉄太宰府線太宰府駅から徒歩約10分', '太宰府'), ('JR鹿児島本線二日市駅からバスで約15分', '二日市')]
    edition = '令和8年3月現在'
    L, R = 52, W - 52
    teal = (0.05, 0.38, 0.42)
    # ---- page 1
    d.rect(L - 14, 40, 5, 62, fill=teal)
    d.put(L, 66, org, font='G', size=26)
    d.put(L, 92, '職員採用案内 2026', font='G', size=13)
    d.put(L, 110, edition, size=9, color=(0.35, 0.35, 0.35))
    for k, s in enumerate(lead): d.put(L, 140 + k * 15, s, size=9.3)

    def head(x, y, s):
        d.rect(x, y - 13, R - x if x == L else 200, 17, fill=(0.88, 0.94, 0.94))
        d.put(x + 6, y, s, font='G', size=11.5, color=teal)

    top = 200
    head(L, top, '採用実績')
    d.put(L, top + 22, '採用者数の推移（単位：人）', size=8.5)
    d.put(L, top + 36, '※【　】内は女性の数で内数です。', size=8)
    rows = [['年度', '事務系', '技術系', '計']] + [[r['labelText'], r['admin']['cellText'], r['tech']['cellText'],
                                               r['total']['cellText']] for r in hire]
    y = d.table(L, top + 44, [140, 110, 110, R - L - 360], rows, rh=17, ruled=False, hfill=(0.88, 0.94, 0.94),
                rules_between=True)
    top = y + 40
    mid = (L + R) / 2
    d.rect(L, top - 13, mid - L - 12, 17, fill=(0.88, 0.94, 0.94))
    d.put(L + 6, top, '配属実績', font='G', size=11.5, color=teal)
    d.put(L, top + 22, '令和7年度採用者の配属先（単位：人）', size=8.5)
    rows = [['配属先', '事務系', '技術系']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in assign]
    d.table(L, top + 30, [100, 58, mid - 12 - L - 158], rows, rh=16)
    rx = mid + 12
    d.rect(rx, top - 13, R - rx, 17, fill=(0.88, 0.94, 0.94))
    d.put(rx + 6, top, '令和8年度の採用予定', font='G', size=11.5, color=teal)
    d.put(rx, top + 22, '試験：' + exam_name, size=8.2)
    rows = [['区分', '職種', '予定数']]
    for tr, cats in exams:
        for k, (c, n) in enumerate(cats):
            rows.append([tr if k == 0 else None, c, str(n)])
    d.table(rx, top + 30, [70, 90, R - rx - 160], rows, rh=16, ruled=False, hfill=None)
    d.text(W / 2, 812, '- 1 -', size=8, align='c', furniture=True)
    # ---- page 2
    d.new_page()
    mid = L + 235
    y = 62
    d.put(L, y, '研修', font='G', size=11.5, color=teal)
    d.hline(L, mid - 12, y + 5, lw=0.8, color=teal)
    for k, s in enumerate(training): d.put(L, y + 22 + k * 14, s, size=9)
    y += 22 + len(training) * 14 + 26
    d.put(L, y, '働きやすい職場づくり', font='G', size=11.5, color=teal)
    d.hline(L, mid - 12, y + 5, lw=0.8, color=teal)
    y += 24
    for t, body in inits:
        d.put(L, y, '■' + t, font='G', size=9.5)
        for s in body:
            y += 14; d.put(L + 10, y, s, size=8.5)
        y += 22
    y = 62
    d.put(mid + 12, y, '両立支援制度', font='G', size=11.5, color=teal)
    d.hline(mid + 12, R, y + 5, lw=0.8, color=teal)
    y += 24
    for nm, dur, txt in supports:
        d.put(mid + 12, y, f'●{nm}（{dur}）', font='G', size=9.5)
        y += 14; d.put(mid + 22, y, txt, size=8.5)
        y += 22
    by = 330
    d.rect(L, by, R - L, 168, stroke=teal, lw=1.0)
    d.put(L + 14, by + 26, 'お問い合わせ', font='G', size=11, color=teal)
    d.put(L + 14, by + 46, office, size=9)
    d.put(L + 14, by + 62, teltext, size=9)
    d.put(L + 14, by + 78, emailtext, size=8.5)
    d.put(L + 14, by + 106, 'アクセス', font='G', size=11, color=teal)
    d.put(L + 14, by + 126, address, size=8.5)
    for k, (s, st) in enumerate(routes): d.put(L + 14, by + 142 + k * 14, '●' + s, size=8.5)
    d.text(W / 2, 812, '- 2 -', size=8, align='c', furniture=True)

    facts = base_facts(org, edition, '令和8年3月', '2026-03', lead, hire, '事務系', '技術系',
                       'unruled 年度 | 事務系 | 技術系 | 計 (header tint, hairlines between rows); cells N【W】',
                       ['年度', '事務系', '技術系', '計'], ['label', 'admin', 'tech', 'total'],
                       ['採用者数の推移（単位：人）'], ['※【　】内は女性の数で内数です。'],
                       assign, '令和7年度採用者の配属先（単位：人）', 'ruled 配属先 | 事務系 | 技術系; － for none',
                       '令和8年度の採用予定', exam_name, exams, 'unruled 区分 | 職種 | 予定数 under the caption 試験：…',
                       ['区分', '職種', '予定数'], '研修', [''.join(training)],
                       inits, '■title / indented text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text',
                       [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, teltext, email, emailtext, address, routes, True,
                       dict(hiring='women in lenticular brackets 【】 after the count (8【3】), the legend ABOVE the '
                                   'table: ※【　】内は女性の数で内数です。',
                            contacts='captions in FULL-WIDTH Latin letters with a full-width colon and no space: '
                                     'ＴＥＬ：092-918-2807, Ｅ－ｍａｉｌ：saiyo-jinji@kyuhaku.jp',
                            layout='A4, accent bar masthead; p1 full-width unruled hiring table, two columns (ruled '
                                   'assignments | unruled exams); p2 training + initiatives | support, a framed '
                                   'contact / access box full width; folios - 1 - / - 2 -'))
    return d, facts


# ------------------------------------------------------------------ 海上保安大学校

def jcga():
    name = 'jcga-2026'
    d = Doc(name, 903)
    W = d.W
    org = '海上保安大学校'
    hire = hiring_rows([(2021, (3, 1), (2, 0), False), (2022, (2, 1), (1, 0), False),
                        (2023, (3, 2), (2, 1), False), (2024, (4, 2), (1, 0), False),
                        (2025, (3, 1), (2, 1), False), (2026, (3, None), (2, None), True)])
    assign = [('総務課', 1, None), ('会計課', 1, None), ('教務課', 1, None), ('情報システム管理室', None, 1),
              ('練習船こじま', None, 1)]
    exams = [('事務系', [('行政', 3)]), ('技術系', [('電気・電子・情報', 1), ('機械', 1)])]
    exam_name = '一般職試験（大卒程度試験）'
    lead = ['海上保安官の幹部を育てる唯一の教育機関として、呉の地で学生の教育と研究を支えています。',
            '学校の運営と練習船の管理を担う事務系・技術系の職員を募集します。']
    training = ['採用後は海上保安庁の新規採用職員研修を受講し、学内では先輩職員のもとで実務を学びます。',
                '練習船の乗船実習に同行する機会もあります。']
    inits = [('ノー残業デー', ['毎週水曜日は定時退庁を', '励行しています。']),
             ('テレワーク', ['業務に応じて在宅勤務が', 'できます。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                ('配偶者出産休暇', '2日', '出産に伴う入退院の付添い等に。')]
    office, tel, email = '海上保安大学校総務課人事係', '0823-21-4961', 'jcga-jinji@jcga.ac.jp'
    address = '〒737-8512 広島県呉市若葉町5-1'
    routes = [('JR呉線呉駅からバスで約10分', '呉'), ('JR呉線呉ポートピア駅から徒歩約15分', '呉ポートピア')]
    edition = '令和08年04月01日現在'
    L, R = 50, W - 50
    navy = (0.06, 0.16, 0.36)
    white = (1, 1, 1)
    # ---- page 1
    d.rect(0, 0, W, 112, fill=navy)
    d.put(L, 58, org, font='G', size=27, color=white)
    d.put(L, 84, '職員採用案内 2026', font='G', size=13.5, color=white)
    d.put(R, 100, edition, size=9, align='r', color=white)
    for k, s in enumerate(lead): d.put(L, 138 + k * 15, s, size=9.2)

    def head(x, y, s):
        d.rect(x, y - 12, 12, 14, fill=navy)
        d.put(x + 17, y, s, font='G', size=12, color=navy)

    top = 196
    head(L, top, '採用実績')
    d.put(L, top + 18, '採用者数の推移（単位：人）', size=8.5)
    yw = (R - L - 62) / 6
    rows = [['区分'] + [{'t': [r['label'], '（予定）'] if r['planned'] else [r['label']]} for r in hire],
            ['事務系'] + [r['admin']['cellText'] for r in hire],
            ['技術系'] + [r['tech']['cellText'] for r in hire],
            ['計'] + [r['total']['cellText'] for r in hire]]
    y = d.table(L, top + 26, [62] + [yw] * 6, rows, rh=22, size=8.5, hfill=(0.86, 0.9, 0.96))
    d.put(L, y + 13, '※（　）内は女性の数で内数です。', size=8)
    top = y + 44
    mid = (L + R) / 2
    head(L, top, '配属実績')
    d.put(L, top + 18, '令和7年度採用者の配属先（単位：人）', size=8.5)
    rows = [['配属先', '事務系', '技術系']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in assign]
    yl = d.table(L, top + 26, [112, 50, mid - 10 - L - 162], rows, rh=16)
    rx = mid + 10
    head(rx, top, '採用予定')
    d.put(rx, top + 18, '令和8年度の採用予定', size=8.5)
    rows = [['区分', '試験', '職種', '予定数']]
    for tr, cats in exams:
        for k, (c, n) in enumerate(cats):
            rows.append([{'t': [tr], 'rs': len(cats)} if k == 0 else None,
                         {'t': ['一般職試験', '（大卒程度試験）'], 'rs': len(cats)} if k == 0 else None, c, str(n)])
    d.table(rx, top + 26, [44, 80, 78, R - rx - 202], rows_span(rows), rh=22, size=8)
    ty = yl + 34
    head(L, ty, '研修')
    for k, s in enumerate(training): d.put(L, ty + 20 + k * 14, s, size=9)
    # ---- page 2
    d.new_page()
    d.rect(0, 0, W, 10, fill=navy)
    c1, c2, c3 = L, L + 160, L + 325
    y = 58
    head(c1, y, '働き方')
    y += 22
    d.put(c1, y, '働きやすい職場づくり', font='G', size=9.5)
    y += 20
    for t, body in inits:
        d.put(c1, y, '▲' + t, font='G', size=9)
        for s in body:
            y += 13; d.put(c1 + 9, y, s, size=8.3)
        y += 20
    y = 58
    head(c2, y, '両立支援制度')
    y += 24
    for nm, dur, txt in supports:
        d.put(c2, y, f'●{nm}（{dur}）', font='G', size=8.5)
        y += 13; d.put(c2 + 8, y, txt[:12], size=8.2)
        if txt[12:]:
            y += 13; d.put(c2 + 8, y, txt[12:], size=8.2)
        y += 20
    d.vline(c2 - 8, 44, 260, lw=0.4, color=(0.6, 0.6, 0.6))
    d.vline(c3 - 8, 44, 260, lw=0.4, color=(0.6, 0.6, 0.6))
    y = 58
    head(c3, y, 'お問い合わせ')
    d.put(c3, y + 20, office, size=8.5)
    d.put(c3, y + 34, 'TEL ' + tel, size=8.5)
    d.put(c3, y + 48, 'E-mail ' + email, size=8)
    y += 82
    head(c3, y, 'アクセス')
    d.put(c3, y + 20, address, size=8.3)
    for k, (s, st) in enumerate(routes): d.put(c3, y + 36 + k * 14, s, size=8.3)

    exam_printed = exam_name
    facts = base_facts(org, edition, '令和08年04月', '2026-04', lead, hire, '事務系', '技術系',
                       'ruled, years as COLUMNS: 区分 | 令和3年度 … 令和8年度（予定） (the planned header on two lines); '
                       'rows 事務系, 技術系, 計; cells N（W）',
                       ['区分'] + [r['labelText'] for r in hire], ['track'] + [r['fiscalYear'] for r in hire],
                       ['採用者数の推移（単位：人）'], ['※（　）内は女性の数で内数です。'],
                       assign, '令和7年度採用者の配属先（単位：人）', 'ruled 配属先 | 事務系 | 技術系; － for none',
                       '令和8年度の採用予定', exam_printed, exams,
                       'ruled 区分 | 試験 | 職種 | 予定数; track and exam cells span their rows, the exam on two lines',
                       ['区分', '試験', '職種', '予定数'], '研修', [''.join(training)],
                       inits, '▲title / indented text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text',
                       [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(edition='the edition is an era date ZERO-PADDED to two digits: 令和08年04月01日現在',
                            access='the first stop is ONE glyph, 呉, right after the line named for it: JR呉線呉駅; the '
                                   'second stop 呉ポートピア starts with the same glyph',
                            layout='A4, navy masthead band; p1 full-width ruled hiring table with years as columns, '
                                   'two columns (ruled assignments + training | ruled exams with spanning cells); '
                                   'p2 three columns (initiatives | support | contacts + access); no folios'))
    facts['hiring']['transposed'] = True
    return d, facts


def rows_span(rows):
    # drop the None placeholders under row-spanning cells (the table helper skips covered cells itself)
    out = []
    for row in rows:
        out.append([c for c in row if c is not None])
    return out


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
    if h.get('transposed'):
        printed('\t'.join(['区分'] + [r['labelText'] for r in h['rows']]), 'year header')
        for k, lab in (('admin', h['tracks']['admin']), ('tech', h['tracks']['tech']), ('total', '計')):
            printed('\t'.join([lab] + [r[k]['cellText'] for r in h['rows']]), 'hiring row')
    elif 'eraCell' not in h:
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
            if not any(l.endswith(f'\t{b["category"]}\t{b["count"]}') or l.endswith(f'\t{b["category"]}\t{b["count"]}名')
                       for l in lines): err.append(f'category row {b}')
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
            if not mt.endswith(m) or mt.count(m) != 1: err.append('email line')
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


BUILDERS = {'nabunken-2026': nabunken, 'kyuhaku-2026': kyuhaku, 'jcga-2026': jcga}


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
