#!/usr/bin/env python3
"""Blind holdout set 96: three national bodies (札幌管区気象台, 九州農政局, 近畿経済産業局).

Self-contained (generate_holdout94.py's machinery, itself generate_holdout93.py's, unchanged): a page model in top-down
coordinates, a table helper, reportlab's canvas (invariant=1, no page compression), the
facts and the checks. Every visual text piece is one text object; the objects of a page
are written after its graphics in a seeded shuffled order.

  python3 Fixtures/generate_holdout96.py                        # all three
  python3 Fixtures/generate_holdout96.py sapporo-kishou-2026    # one
"""
import io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout96')
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


# ------------------------------------------------------------------ shared bits of this set

def hiring_printed(hire, header):
    return ['\t'.join(header)] + [
        '\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]) for r in hire]


def hiring_table(d, x, y, widths, hire, header, hfill, rh=17):
    rows = [header]
    for r in hire:
        rows.append([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
    return d.table(x, y, widths, rows, rh=rh, hfill=hfill)


def assign_table(d, x, y, widths, assign, hfill):
    rows = [['配属先', '事務系', '技術系']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in assign]
    return d.table(x, y, widths, rows, rh=16, hfill=hfill)


def item_list(d, x, y, items, mark, size=8.5, indent=10, gap=22):
    for t, body in items:
        d.put(x, y, mark + t, font='G', size=9.5)
        for s in body:
            y += 14; d.put(x + indent, y, s, size=size)
        y += gap
    return y


def support_list(d, x, y, supports, size=8.5, gap=22):
    for nm, dur, txt in supports:
        d.put(x, y, f'●{nm}（{dur}）', font='G', size=9)
        y += 14; d.put(x + 10, y, txt, size=size)
        y += gap
    return y


# ------------------------------------------------------------------ 札幌管区気象台

def sapporo_kishou():
    name = 'sapporo-kishou-2026'
    d = Doc(name, 961)
    W = d.W
    org = '札幌管区気象台'
    # the last ACTUAL row carries a bracketed qualifier: 令和7年度（4月1日現在）
    def label(fy, pl):
        return era(fy) + ('（予定）' if pl else ('（4月1日現在）' if fy == 2025 else ''))
    hire = hiring_rows([(2021, (4, 2), (9, 2), False), (2022, (3, 1), (10, 3), False),
                        (2023, (5, 3), (8, 2), False), (2024, (4, 2), (11, 4), False),
                        (2025, (4, 2), (9, 3), False), (2026, (3, None), (7, None), True)], label=label)
    assign = [('総務部', 2, None), ('気象防災部', None, 2), ('函館地方気象台', 1, 1), ('旭川地方気象台', None, 2),
              ('室蘭地方気象台', None, 1), ('釧路地方気象台', 1, 1), ('網走地方気象台', None, 1),
              ('稚内地方気象台', None, 1)]
    exams = [('事務系', [('行政', 3)]), ('技術系', [('物理', 4), ('化学', 1), ('電気・電子・情報', 2)])]
    exam_name = '国家公務員採用一般職試験（大卒程度試験）'
    lead = ['北海道の空と海を24時間見守り、気象・地震・火山の情報で人々の命と暮らしを守っています。',
            '広い北の大地の防災を、観測と予報の最前線から一緒に支えませんか。']
    training = ['採用後は気象大学校での初任研修で気象業務の', '基礎を学び、各気象台での実務研修を経て、',
                '観測・予報の専門研修へと進みます。']
    inits = [('フレックスタイム制', ['勤務時間を柔軟に設定して', '働くことができます。']),
             ('早出遅出勤務', ['子育てや介護のために始業・終業の', '時刻を繰り上げ・繰り下げできます。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                ('介護休暇', '通算6か月', '3回まで分割して取得できます。')]
    office, tel, email = '札幌管区気象台総務部人事課', '011-611-3207', 'sapporo-saiyo@met.kishou.go.jp'
    address = '〒060-0002 北海道札幌市中央区北2条西18丁目2番地'
    # the station's name holds arabic digits (西18丁目), like the address's block
    routes = [('札幌市営地下鉄東西線西18丁目駅から徒歩約5分', '西18丁目'), ('JR函館本線桑園駅から徒歩約15分', '桑園')]
    edition = '令和8年4月現在'
    teal = (0.0, 0.38, 0.5)
    hfill = (0.85, 0.93, 0.95)
    L, R = 46, W - 46

    def furniture(p):
        d.text(L, 30, '気象庁 札幌管区気象台', size=7.5, furniture=True, color=(0.4, 0.4, 0.4))
        d.text(R, 30, f'職員採用案内 2026　{p}/2', size=7.5, align='r', furniture=True, color=(0.4, 0.4, 0.4))
        d.hline(L, R, 36, lw=0.5, color=teal)

    def head(x, y, s):
        heading(d, x, y, s, teal)

    furniture(1)
    d.put(L, 80, org, font='G', size=28, color=teal)
    d.put(L, 106, '職員採用案内 2026', font='G', size=14)
    d.put(R, 106, edition, size=9.5, align='r')
    for k, s in enumerate(lead): d.put(L, 138 + k * 15, s, size=9)
    head(L, 192, '採用実績')
    d.put(L, 210, '採用者数の推移（単位：人）', size=8.5)
    header = ['年度', '事務系', '技術系', '計']
    y = hiring_table(d, L, 218, [170, 110, 110, R - L - 390], hire, header, hfill)
    notes = ['※（ ）内は女性の数で内数です。', '※令和7年度は令和7年4月1日現在の人数です。']
    for k, s in enumerate(notes): d.put(L, y + 14 + k * 13, s, size=8)
    top = y + 60
    mid = (L + R) / 2
    head(L, top, '配属実績')
    intro = '令和7年度採用者の配属先（単位：人）'
    d.put(L, top + 18, intro, size=8.5)
    assign_table(d, L, top + 26, [120, 50, mid - 12 - L - 170], assign, hfill)
    rx = mid + 12
    head(rx, top, '試験区分')
    d.put(rx, top + 18, '試験：' + exam_name, size=8)
    y3 = exam_table(d, rx, top + 26, exams, [62, 110, R - rx - 172], hfill)
    head(rx, y3 + 34, '研修')
    for k, s in enumerate(training): d.put(rx, y3 + 52 + k * 14, s, size=8.5)
    # ---- page 2
    d.new_page()
    furniture(2)
    head(L, 70, '働きやすい職場づくり')
    y = item_list(d, L, 94, inits, '■')
    head(L, y + 6, '両立支援制度')
    support_list(d, L, y + 30, supports)
    contacts_access(d, mid + 12, 70, head, office, tel, email, address, routes, size=8.2)
    facts = base_facts(org, edition, '令和8年4月', '2026-04', lead, hire, '事務系', '技術系',
                       'ruled 年度 | 事務系 | 技術系 | 計; cells N（W）, planned row bare; the last actual row is '
                       'labelled 令和7年度（4月1日現在）',
                       header, ['label', 'admin', 'tech', 'total'], ['採用者数の推移（単位：人）'], notes,
                       assign, intro, 'ruled 配属先 | 事務系 | 技術系; － for none',
                       '試験区分', exam_name, exams, 'ruled 区分 | 職種 | 予定数 under the caption 試験：…',
                       ['区分', '職種', '予定数'], '研修', [''.join(training)],
                       inits, '■title / indented text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text',
                       [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(hiring='the last ACTUAL row is labelled 令和7年度（4月1日現在） — a bracketed qualifier like '
                                   'the planned row\'s （予定）, but the row is an actual one (planned false); a note '
                                   'repeats the date',
                            access='the first route\'s station name holds arabic digits: 西18丁目 (札幌市営地下鉄東西線'
                                   '西18丁目駅から徒歩約5分); the address\'s block 北2条西18丁目 holds the same string',
                            runningHeader='気象庁 札幌管区気象台 (left) / 職員採用案内 2026　n/2 (right)',
                            layout='A4, running header over a rule (furniture) on both pages; p1 masthead, title and '
                                   'edition, lead, full-width ruled hiring table, two notes, two columns (assignments | '
                                   'exams, training); p2 two columns (initiatives, support | contacts, access)'))
    facts['hiring']['printedRows'] = hiring_printed(hire, header)
    return d, facts


# ------------------------------------------------------------------ 九州農政局

def kyushu_nousei():
    name = 'kyushu-nousei-2026'
    d = Doc(name, 962)
    W = d.W
    org = '九州農政局'
    hire = hiring_rows([(2021, (9, 4), (11, 2), False), (2022, (11, 5), (12, 3), False),
                        (2023, (10, 5), (10, 2), False), (2024, (12, 6), (13, 4), False),
                        (2025, (10, 5), (11, 3), False), (2026, (10, None), (12, None), True)])
    assign = [('総務部', 2, None), ('経営・事業支援部', 2, None), ('生産部', 1, 2), ('農村振興部', None, 3),
              ('消費・安全部', 1, 1), ('熊本県拠点', 2, None), ('宮崎県拠点', 1, None), ('大分県拠点', 1, None),
              ('筑後川下流農業水利事業所', None, 3), ('大淀川左岸農業水利事業所', None, 2)]
    # the exam table has a FOURTH column 主な配属先 naming units (and groups that are no unit)
    exams = [('事務系', [('行政', 10, '総務部、経営・事業支援部、各県拠点')]),
             ('技術系', [('農業農村工学', 8, '農村振興部、国営事業所'), ('農学', 3, '生産部、経営・事業支援部'),
                        ('化学', 1, '消費・安全部')])]
    exam_name = '国家公務員採用一般職試験（大卒程度試験）'
    lead = ['九州・沖縄の農業と農村を、生産・経営の支援から農業水利施設の整備、食の安全まで支えています。',
            '「食」と「農」の現場に立ち、地域の未来を一緒につくりませんか。']
    training = ['新規採用職員研修に続き、農林水産研修所での', '専門研修や、国営事業所・県拠点での現場研修で、',
                '実務の力を段階的に身につけます。']
    inits = [('テレワーク', ['業務に応じて在宅勤務や', 'サテライトオフィス勤務ができます。']),
             ('ゆう活', ['夏の期間は朝型勤務で', '夕方の時間を生かせます。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                ('配偶者出産休暇', '2日', '妻の出産に伴う入院等の日から取得できます。')]
    office, tel, email = '九州農政局総務部人事課', '096-300-6017', 'kyushu-jinji@maff.go.jp'
    address = '〒860-8527 熊本県熊本市西区春日2-10-1 熊本地方合同庁舎'
    # two ways from one station, joined by ／: the walk and a taxi ride
    routes = [('JR鹿児島本線熊本駅新幹線口から徒歩約5分／タクシーで約3分', '熊本'),
              ('JR鹿児島本線西熊本駅から徒歩約20分／タクシーで約7分', '西熊本')]
    edition = '令和8年4月現在'
    green = (0.15, 0.45, 0.15)
    hfill = (0.88, 0.95, 0.86)
    L, R = 44, W - 44

    def furniture(p):
        d.text(R, 30, f'九州農政局 職員採用案内 2026 ｜ {p}', size=7.5, align='r', furniture=True,
               color=(0.4, 0.4, 0.4))

    def head(x, y, s):
        heading(d, x, y, s, green)

    furniture(1)
    d.rect(0, 44, W, 74, fill=(0.93, 0.97, 0.91))
    d.put(L, 84, org, font='G', size=28, color=green)
    d.put(L, 108, '職員採用案内 2026', font='G', size=13)
    d.put(R, 108, edition, size=9.5, align='r')
    for k, s in enumerate(lead): d.put(L, 140 + k * 15, s, size=8.8)
    mid = (L + R) / 2
    lw_ = mid - 10 - L
    head(L, 194, '採用実績')
    d.put(L, 212, '採用者数の推移（単位：人）', size=8.5)
    header = ['年度', '事務系', '技術系', '計']
    y = hiring_table(d, L, 220, [88, 52, 52, lw_ - 192], hire, header, hfill)
    note = '※（ ）内は女性の数で内数です。'
    d.put(L, y + 14, note, size=8)
    rx = mid + 10
    head(rx, 194, '配属実績')
    intro = '令和7年度採用者の配属先（単位：人）'
    d.put(rx, 212, intro, size=8.5)
    ya = assign_table(d, rx, 220, [140, 50, R - rx - 190], assign, hfill)
    top = max(ya, y + 20) + 34
    head(L, top, '試験区分')
    d.put(L, top + 18, '試験：' + exam_name, size=8.5)
    rows = [['区分', '試験の区分', '採用予定数', '主な配属先']]
    printed_rows = ['区分\t試験の区分\t採用予定数\t主な配属先']
    for tr, cats in exams:
        for k, (c, n, where) in enumerate(cats):
            rows.append(([{'t': [tr], 'rs': len(cats)}] if k == 0 else []) + [c, str(n), where])
            printed_rows.append('\t'.join([tr if k == 0 else '', c, str(n), where]))
    y3 = d.table(L, top + 26, [70, 110, 70, R - L - 250], rows, rh=16, hfill=hfill)
    enote = '※主な配属先は例示です。'
    d.put(L, y3 + 14, enote, size=8)
    # ---- page 2
    d.new_page()
    furniture(2)
    head(L, 70, '研修')
    for k, s in enumerate(training): d.put(L, 90 + k * 14, s, size=8.5)
    head(L, 160, '働きやすい職場づくり')
    y = item_list(d, L, 184, inits, '◆')
    head(L, y + 6, '両立支援制度')
    support_list(d, L, y + 30, supports)
    x2 = mid + 10
    head(x2, 70, 'お問い合わせ')
    d.put(x2, 90, office, size=9)
    d.put(x2, 105, 'TEL ' + tel, size=9)
    d.put(x2, 120, 'E-mail ' + email, size=8.5)
    head(x2, 154, 'アクセス')
    alines = ['〒860-8527 熊本県熊本市西区春日2-10-1', '熊本地方合同庁舎']
    d.put(x2, 174, alines[0], size=8.2)
    d.put(x2 + 10, 187, alines[1], size=8.2)
    for k, (s, st) in enumerate(routes): d.put(x2, 205 + k * 14, s, size=8)
    facts = base_facts(org, edition, '令和8年4月', '2026-04', lead, hire, '事務系', '技術系',
                       'ruled 年度 | 事務系 | 技術系 | 計; cells N（W）, planned row bare',
                       header, ['label', 'admin', 'tech', 'total'], ['採用者数の推移（単位：人）'], [note],
                       assign, intro, 'ruled 配属先 | 事務系 | 技術系; － for none',
                       '試験区分', exam_name, [(tr, [(c, n) for c, n, _ in cats]) for tr, cats in exams],
                       'ruled 区分 | 試験の区分 | 採用予定数 | 主な配属先 (a fourth column naming units, 、-separated) '
                       'under the caption 試験：…, a note under it',
                       rows[0], '研修', [''.join(training)],
                       inits, '◆title / indented text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text',
                       [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(exams='the exam table has a fourth column 主な配属先 after the counts, naming units of the '
                                  'assignment table (総務部, 農村振興部, 生産部, 消費・安全部, 経営・事業支援部 twice) and '
                                  'groups that are no unit (各県拠点, 国営事業所); no count in it',
                            access='each route gives two ways from its station joined by ／: '
                                   '…熊本駅新幹線口から徒歩約5分／タクシーで約3分',
                            runningHeader='九州農政局 職員採用案内 2026 ｜ n (right)',
                            layout='A4, running header (furniture) on both pages; p1 tinted masthead band, lead, two '
                                   'columns (hiring table, note | assignments), full-width exam table with a note; p2 '
                                   'two columns (training, initiatives, support | contacts, access with the building '
                                   'on its own line)'))
    facts['hiring']['printedRows'] = hiring_printed(hire, header)
    facts['exams']['printedRows'] = printed_rows
    facts['exams']['note'] = enote
    for en, (tr, cats) in zip(facts['exams']['entries'], exams):
        en['mainUnits'] = {c: where for c, n, where in cats}
    facts['access']['addressLines'] = alines
    return d, facts


# ------------------------------------------------------------------ 近畿経済産業局

def kinki_keisan():
    name = 'kinki-keisan-2026'
    d = Doc(name, 963)
    W = d.W
    org = '近畿経済産業局'
    hire = hiring_rows([(2021, (13, 6), (3, 0), False), (2022, (15, 7), (4, 1), False),
                        (2023, (12, 6), (3, 1), False), (2024, (14, 8), (5, 1), False),
                        (2025, (16, 8), (4, 2), False), (2026, (14, None), (4, None), True)])
    assign = [('総務企画部', 3, None), ('地域経済部', 3, None), ('産業部', 4, None), ('通商部', 2, None),
              ('消費経済部', 2, None), ('資源エネルギー環境部', 2, 2), ('近畿産業保安監督部', None, 2)]
    exams = [('事務系', [('行政', 14)]), ('技術系', [('電気・電子・情報', 2), ('機械', 1), ('化学', 1)])]
    exam_name = '国家公務員採用一般職試験（大卒程度試験）'
    lead = ['関西2府4県と福井県の中小企業、産業、通商、エネルギーの政策を、地域の現場で動かしています。',
            '企業や自治体と一緒に、関西経済の次の一手をつくりませんか。']
    training = ['新規採用職員研修、経済産業研修所での', '政策研修のほか、本省や他機関への出向で', '視野を広げます。']
    inits = [('フレックスタイム制', ['始業・終業時刻を', '職員が自ら決められます。']),
             ('テレワーク', ['業務に応じて在宅勤務を', '利用できます。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                ('介護休暇', '通算6か月', '3回まで分割できます。')]
    office, tel, email = '近畿経済産業局総務企画部総務課', '06-6966-6006', 'kinki-jinji@meti.go.jp'
    address = '〒540-8535 大阪府大阪市中央区大手前1-5-44 大阪合同庁舎1号館'
    routes = [('大阪メトロ谷町線天満橋駅から徒歩約5分', '天満橋'), ('JR東西線大阪城北詰駅から徒歩約15分', '大阪城北詰')]
    edition = '令和8年4月現在'
    red = (0.6, 0.12, 0.12)
    hfill = (0.96, 0.9, 0.88)
    L, R = 42, W - 42

    def head(x, y, s):
        heading(d, x, y, s, red)

    d.hline(L, R, 40, lw=3, color=red)
    d.put(L, 76, org, font='G', size=26, color=red)
    d.put(L, 100, '職員採用案内 2026', font='G', size=13)
    d.put(R, 100, edition, size=9.5, align='r')
    for k, s in enumerate(lead): d.put(L, 128 + k * 14, s, size=8.8)
    head(L, 176, '採用実績')
    d.put(L, 194, '採用者数の推移（単位：人）', size=8.5)
    header = ['年度', '事務系', '技術系', '計']
    n0 = len(d.lines)
    y = hiring_table(d, L, 202, [110, 75, 75, 75], hire, header, hfill, rh=16)
    # an arrow annotation OUTSIDE the table, on the 令和7年度 row's baseline (a decoy number: 10 = 8 + 2 women)
    row_i = [r['fiscalYear'] for r in hire].index(2025) + 1
    by = 202 + row_i * 16 + 8 - 8.5 * 1.2 / 2 + 8.5 * 0.82
    arrow = '←女性の採用は過去最多の10名'
    ai = d.text(L + 345, by, arrow, size=8.5, color=red)
    d.lines.insert(n0 + row_i + 1, (d.p, [[ai]]))
    note = '※（ ）内は女性の数で内数です。'
    d.put(L, y + 14, note, size=8)
    top = y + 48
    mid = (L + R) / 2
    head(L, top, '配属実績')
    intro = '令和7年度採用者の配属先（単位：人）'
    d.put(L, top + 18, intro, size=8.5)
    ya = assign_table(d, L, top + 26, [130, 50, mid - 10 - L - 180], assign, hfill)
    rx = mid + 10
    head(rx, top, '試験区分')
    d.put(rx, top + 18, '試験：' + exam_name, size=8)
    y3 = exam_table(d, rx, top + 26, exams, [60, 110, R - rx - 170], hfill)
    yb = max(ya, y3) + 36
    d.hline(L, R, yb - 14, lw=0.5, color=red)
    # three columns: training + initiatives | support | contacts + access
    cw = (R - L - 24) / 3
    x1, x2, x3 = L, L + cw + 12, L + 2 * (cw + 12)
    head(x1, yb + 8, '研修')
    for k, s in enumerate(training): d.put(x1, yb + 28 + k * 13, s, size=8.2)
    head(x1, yb + 84, '働きやすい職場づくり')
    item_list(d, x1, yb + 106, inits, '■', size=8.2, gap=20)
    head(x2, yb + 8, '両立支援制度')
    support_list(d, x2, yb + 30, supports, size=8, gap=20)
    head(x3, yb + 8, 'お問い合わせ')
    d.put(x3, yb + 28, office, size=8.5)
    d.put(x3, yb + 42, 'TEL ' + tel, size=8.5)
    d.put(x3, yb + 56, 'E-mail ' + email, size=8)
    head(x3, yb + 84, 'アクセス')
    alines = ['〒540-8535 大阪府大阪市中央区大手前1-5-44', '大阪合同庁舎1号館']
    d.put(x3, yb + 104, alines[0], size=7.6)
    d.put(x3 + 10, yb + 117, alines[1], size=7.6)
    for k, (s, st) in enumerate(routes): d.put(x3, yb + 134 + k * 13, s, size=7.6)
    facts = base_facts(org, edition, '令和8年4月', '2026-04', lead, hire, '事務系', '技術系',
                       'ruled 年度 | 事務系 | 技術系 | 計; cells N（W）, planned row bare; an arrow annotation '
                       'outside the table on the 令和7年度 row',
                       header, ['label', 'admin', 'tech', 'total'], ['採用者数の推移（単位：人）'], [note],
                       assign, intro, 'ruled 配属先 | 事務系 | 技術系; － for none',
                       '試験区分', exam_name, exams, 'ruled 区分 | 職種 | 予定数 under the caption 試験：…',
                       ['区分', '職種', '予定数'], '研修', [''.join(training)],
                       inits, '■title / indented text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text',
                       [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(hiring='an arrow annotation ←女性の採用は過去最多の10名 stands OUTSIDE the ruled table, to '
                                   'the right of the 令和7年度 row on its baseline; it is no cell, and its 10 (= 8 + 2 '
                                   'women) is no count of the row; it is read after that row',
                            runningHeader='none (one page)',
                            layout='A4, one page: a top rule, masthead, title and edition, lead, ruled hiring table '
                                   '(left 335 pt) with the arrow annotation to its right, note, two columns '
                                   '(assignments | exams), a rule, three columns (training, initiatives | support | '
                                   'contacts, access with the building on its own line)'))
    facts['hiring']['printedRows'] = hiring_printed(hire, header)
    facts['hiring']['annotation'] = arrow
    facts['access']['addressLines'] = alines
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
            # a category cell followed by its count cell; kyushu-nousei's exam table has a fourth column after it
            elif not any(re.search(rf'(^|\t){re.escape(b["category"])}\t{b["count"]}(\t|$)', l) for l in lines):
                err.append(f'category row {b}')
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




BUILDERS = {'sapporo-kishou-2026': sapporo_kishou, 'kyushu-nousei-2026': kyushu_nousei, 'kinki-keisan-2026': kinki_keisan}



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
