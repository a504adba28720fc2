#!/usr/bin/env python3
"""Blind holdout set 92: three national bodies (九州財務局, 国立障害者リハビリテーションセンター, 気象大学校).

Self-contained: a page model in top-down coordinates, a table helper, a vertical-heading
helper, reportlab's canvas (invariant=1, no page compression), the facts and the checks.
Every visual text piece is one text object; the objects of a page are written after its
graphics in a seeded shuffled order.

  python3 Fixtures/generate_holdout92.py                # all three
  python3 Fixtures/generate_holdout92.py jmc-2026        # one
"""
import io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout92')
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
        self.not_folio = set()   # expected lines that look like folios but are not (jmc's edition 2026.04)
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
                elif re.fullmatch(r'[-\s\dP.]+', ln) and ln not in self.not_folio: err.append(f'folio line: {ln!r}')
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


# ------------------------------------------------------------------ 九州財務局

def kyushu_zaimu():
    name = 'kyushu-zaimu-2026'
    d = Doc(name, 921)
    W = d.W
    org = '九州財務局'
    hire = hiring_rows([(2021, (18, 6), (3, 1), False), (2022, (20, 8), (2, 0), False),
                        (2023, (17, 7), (3, 1), False), (2024, (22, 9), (4, 2), False),
                        (2025, (19, 8), (3, 1), False), (2026, (20, None), (3, None), True)])
    # women are NOT in the cells: every cell is the bare head count; the women are only in the note
    for r in hire:
        for k in ('total', 'admin', 'tech'):
            r[k]['cellText'] = r[k]['text']
        if not r['planned']:
            r['total']['womenText'] = None      # the women's total is printed nowhere
    women_note = ['※うち女性（事務系／技術系）は、令和3年度6／1、令和4年度8／0、',
                  '令和5年度7／1、令和6年度9／2、令和7年度8／1です。']
    for r in hire:
        if not r['planned']:
            pair = f"{era(r['fiscalYear'])}{r['admin']['women']}／{r['tech']['women']}"
            assert pair in ''.join(women_note), pair
    assign = [('総務課', 2, None), ('理財課', 3, None), ('管財総括第一課', 4, 1), ('統括国有財産管理官', None, 1),
              ('金融監督第一課', 4, None), ('証券監督課', 2, None), ('経済調査課', 2, None),
              ('大分財務事務所', 2, 1)]
    exams = [('事務系', [('行政', 20)]), ('技術系', [('建築', 2), ('電気・電子・情報', 1)])]
    exam_name = '国家公務員採用一般職試験（大卒程度試験）'
    lead = ['財務省の総合出先機関として、九州南部4県（熊本・大分・宮崎・鹿児島）で国の財政・国有財産・',
            '金融行政を担っています。地域経済の現場で、国の仕事を一緒に進める仲間を求めています。']
    training = ['採用後は新規採用職員研修で財務局の業務の基礎を学び、', '2年目以降も財務省の研修所での',
                '専門研修や、金融庁・本省への出向で経験を積みます。']
    inits = [('フレックスタイム制', ['勤務時間を柔軟に設定でき、', '子育て中の職員も活用しています。']),
             ('テレワーク', ['全職員にモバイルPCを配備し、', '在宅勤務を推進しています。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男性職員の取得率も上がっています。'),
                ('子の看護休暇', '年5日', '子が2人以上なら年10日です。')]
    office, tel, email = '九州財務局総務部人事課', '096-353-6351', 'kyushu-saiyo@mof.go.jp'
    address = '〒860-8585 熊本県熊本市西区春日2-10-1 熊本地方合同庁舎'
    routes = [('JR鹿児島本線熊本駅から徒歩約5分', '熊本'), ('JR鹿児島本線西熊本駅から車で約10分', '西熊本')]
    edition = '令和8年4月現在'
    L, R = 48, W - 48
    green = (0.08, 0.33, 0.24)
    white = (1, 1, 1)
    # ---- page 1
    d.rect(0, 0, W, 116, fill=green)
    d.put(L, 60, org, font='G', size=30, color=white)
    d.put(L, 88, '職員採用案内 2026', font='G', size=14, color=white)
    d.put(R, 104, edition, size=9.5, align='r', color=white)
    for k, s in enumerate(lead): d.put(L, 142 + k * 15, s, size=8.9)

    def head(x, y, s, w=None):
        d.put(x, y, s, font='G', size=12, color=green)
        d.hline(x, x + (w or R - x), y + 5, lw=1.0, color=green)

    top = 196
    head(L, top, '採用実績')
    d.put(L, top + 20, '採用者数の推移（単位：人）', size=8.5)
    rows = [['年度', '事務系', '技術系', '計']] + [[r['labelText'], r['admin']['cellText'], r['tech']['cellText'],
                                               r['total']['cellText']] for r in hire]
    y = d.table(L, top + 28, [150, 110, 110, R - L - 370], rows, rh=17, size=8.5, hfill=(0.86, 0.93, 0.89))
    for k, s in enumerate(women_note): d.put(L, y + 14 + k * 13, s, size=8.2)
    top = y + 14 + len(women_note) * 13 + 30
    mid = (L + R) / 2
    head(L, top, '配属実績', mid - 12 - L)
    d.put(L, top + 20, '令和7年度採用者の配属先（単位：人）', size=8.5)
    rows = [['配属先', '事務系', '技術系']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in assign]
    yl = d.table(L, top + 28, [120, 52, mid - 12 - L - 172], rows, rh=16, size=8.2, hfill=(0.86, 0.93, 0.89))
    rx = mid + 12
    head(rx, top, '採用予定')
    d.put(rx, top + 20, '令和8年度の採用予定', size=8.5)
    d.put(rx, top + 34, '試験：' + exam_name, size=7.8)
    rows = [['区分', '職種', '予定数']]
    for tr, cats in exams:
        for k, (c, n) in enumerate(cats):
            rows.append([{'t': [tr], 'rs': len(cats)} if k == 0 else None, c, str(n)])
    ye = d.table(rx, top + 42, [60, 110, R - rx - 170], rows_span(rows), rh=18, size=8.2, hfill=(0.86, 0.93, 0.89))
    ty = ye + 34
    head(rx, ty, '研修')
    for k, s in enumerate(training): d.put(rx, ty + 20 + k * 14, s, size=8.4)
    d.text(W / 2, 815, '1', size=8, align='c', furniture=True)
    # ---- page 2
    d.new_page()
    d.rect(0, 0, W, 12, fill=green)
    y = 60
    head(L, y, '働きやすい職場づくり', mid - 12 - L)
    y += 24
    for t, body in inits:
        d.put(L, y, '◆' + t, font='G', size=9.5)
        for s in body:
            y += 14; d.put(L + 10, y, s, size=8.5)
        y += 22
    y = 60
    head(rx, y, '両立支援制度')
    y += 24
    for nm, dur, txt in supports:
        d.put(rx, y, f'●{nm}（{dur}）', font='G', size=9.5)
        y += 14; d.put(rx + 10, y, txt, size=8.5)
        y += 22
    by = 250
    d.rect(L - 8, by, R - L + 16, 140, fill=(0.93, 0.96, 0.94))
    d.put(L, by + 24, 'お問い合わせ', font='G', size=11, color=green)
    d.put(L, by + 46, office, size=9)
    d.put(L, by + 62, 'TEL ' + tel, size=9)
    d.put(L, by + 78, 'E-mail ' + email, size=8.5)
    d.put(rx, by + 24, 'アクセス', font='G', size=11, color=green)
    a1, a2 = address.rsplit(' ', 1)
    d.put(rx, by + 46, a1, size=8.3)
    d.put(rx + 8, by + 60, a2, size=8.3)
    for k, (s, st) in enumerate(routes): d.put(rx, by + 78 + k * 15, s, size=8.3)
    d.text(W / 2, 815, '2', size=8, align='c', furniture=True)

    facts = base_facts(org, edition, '令和8年4月', '2026-04', lead, hire, '事務系', '技術系',
                       'ruled 年度 | 事務系 | 技術系 | 計 with BARE head counts; the women only in the note under the '
                       'table as per-track pairs 事務系／技術系 per year',
                       ['年度', '事務系', '技術系', '計'], ['label', 'admin', 'tech', 'total'],
                       ['採用者数の推移（単位：人）'], women_note,
                       assign, '令和7年度採用者の配属先（単位：人）', 'ruled 配属先 | 事務系 | 技術系; － for none',
                       '令和8年度の採用予定', exam_name, exams,
                       'ruled 区分 | 職種 | 予定数 under the caption 試験：…; the track cell spans its rows',
                       ['区分', '職種', '予定数'], '研修', [''.join(training)],
                       inits, '◆title / indented text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text',
                       [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(hiring='the cells hold bare head counts; the women are given ONLY in a two-line note under '
                                   'the table, as per-track pairs 事務系／技術系 after each year (令和3年度6／1、…); the '
                                   "women's total per year is printed nowhere (total.womenText null)",
                            layout='A4, green masthead band; p1 full-width ruled hiring table + women note, two columns '
                                   '(ruled assignments | exam caption + ruled exam table + training); p2 initiatives | '
                                   'support over a tinted contact / access band (address over two lines); folios 1 / 2'))
    facts['hiring']['womenNote'] = women_note
    return d, facts


# ------------------------------------------------------------------ 国立障害者リハビリテーションセンター

def rehab():
    name = 'rehab-2026'
    d = Doc(name, 922)
    W = d.W
    org = '国立障害者リハビリテーションセンター'
    hire = hiring_rows([(2021, (3, 2), (1, 0), False), (2022, (4, 2), (2, 1), False),
                        (2023, (2, 1), (1, 0), False), (2024, (3, 1), (2, 1), False),
                        (2025, (3, 2), (2, 0), False), (2026, (4, None), (1, None), True)])
    plan = hire[-1]
    plan['labelText'] = '令和8年度採用予定数'
    for k in ('total', 'admin', 'tech'): plan[k]['cellText'] = plan[k]['text'] + '名'
    box = ['令和8年度採用予定数', '事務系　' + plan['admin']['cellText'], '技術系　' + plan['tech']['cellText'],
           '合　計　' + plan['total']['cellText']]
    # assignments: one count column under track band rows; 企画課 appears under BOTH bands
    band_admin = [('総務課', 1), ('企画課', 1), ('病院医事課', 1)]
    band_tech = [('企画課', 1), ('研究所福祉機器開発部', 1)]
    assign = [('総務課', 1, None), ('企画課', 1, 1), ('病院医事課', 1, None), ('研究所福祉機器開発部', None, 1)]
    exams = [('事務系', [('行政', 4)]), ('技術系', [('建築', 1)])]
    exam_name = '国家公務員採用一般職試験（大卒程度試験）'
    lead = ['障害のある方の自立と社会参加を支えるため、病院・自立支援局・研究所・学院が一体となって',
            '医療から職業訓練、研究、専門職の養成までを行う厚生労働省の施設です。']
    training = ['採用後は厚生労働省の新規採用職員研修のほか、センター内で障害者支援の基礎研修、',
                '手話研修、各部門の見学研修を受けます。']
    inits = [('時差通勤', ['7時30分から10時30分まで', '始業時刻を選べます。']),
             ('年休の連続取得', ['夏季に5日以上の連続休暇を', '勧めています。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                ('介護休暇', '通算6か月まで', '3回まで分割できます。')]
    office, tel, email = '国立障害者リハビリテーションセンター管理部人事課', '04-2995-3128', 'jinji-saiyo@rehab.go.jp'
    address = '〒359-8555 埼玉県所沢市並木4-1'
    routes = [('西武新宿線航空公園駅から徒歩約20分', '航空公園'), ('JR武蔵野線東所沢駅からバスで約10分', '東所沢')]
    edition = '令和8年3月現在'
    L, R = 50, W - 50
    orange = (0.78, 0.38, 0.08)
    tint = (0.99, 0.93, 0.86)
    # ---- page 1
    d.rect(L - 16, 38, 6, 70, fill=orange)
    d.put(L, 64, org, font='G', size=22)
    d.put(L, 90, '職員採用案内 2026', font='G', size=13, color=orange)
    d.put(R, 90, edition, size=9, align='r')
    d.hline(L, R, 104, lw=0.8, color=orange)
    for k, s in enumerate(lead): d.put(L, 130 + k * 15, s, size=8.8)

    def head(x, y, s):
        d.rect(x, y - 11, 4, 13, fill=orange)
        d.put(x + 9, y, s, font='G', size=11.5, color=orange)

    top = 186
    mid = (L + R) / 2
    head(L, top, '採用実績')
    d.put(L, top + 20, '採用者数の推移（単位：人）', size=8.5)
    actual = [r for r in hire if not r['planned']]
    rows = [['年度', '事務系', '技術系', '計']] + [[r['labelText'], r['admin']['cellText'], r['tech']['cellText'],
                                               r['total']['cellText']] for r in actual]
    y = d.table(L, top + 28, [74, 50, 50, mid - 10 - L - 174], rows, rh=18, size=8.3, hfill=tint)
    notes = ['※（　）内は女性の数で内数です。', '※令和8年度の採用予定は2ページをご覧ください。']
    for k, s in enumerate(notes): d.put(L, y + 13 + k * 12, s, size=7.6)
    rx = mid + 10
    head(rx, top, '配属実績')
    d.put(rx, top + 20, '令和7年度採用者の配属先（単位：人）', size=8.5)
    rows = [['配属先', '人数']]
    rows.append({'t': ['【事務系】'], 'cs': 2})
    rows += [[u, str(n)] for u, n in band_admin]
    rows.append({'t': ['【技術系】'], 'cs': 2})
    rows += [[u, str(n)] for u, n in band_tech]
    rows = [r if isinstance(r, list) else [r] for r in rows]
    arows = ['\t'.join(c if isinstance(c, str) else c['t'][0] for c in r) for r in rows]
    ay = top + 28
    for k, r in enumerate(rows):
        if len(r) == 1: d.rect(rx, ay + k * 17, R - rx, 17, fill=(0.96, 0.96, 0.96))
    ya = d.table(rx, ay, [150, R - rx - 150], rows, rh=17, size=8.3, hfill=tint)
    top = max(y + 13 + len(notes) * 12, ya) + 36
    head(L, top, '研修')
    for k, s in enumerate(training): d.put(L, top + 20 + k * 14, s, size=8.8)
    d.text(R, 815, 'P.1', size=8, align='r', furniture=True)
    # ---- page 2
    d.new_page()
    y = 56
    head(L, y, '採用予定')
    bx, bw = L, mid - 10 - L
    d.rect(bx, y + 12, bw, 74, fill=tint, stroke=orange, lw=0.8)
    d.put(bx + 12, y + 30, box[0], font='G', size=10)
    for k, s in enumerate(box[1:]): d.put(bx + 24, y + 46 + k * 13, s, size=9)
    y += 108
    d.put(L, y, '試験：' + exam_name, size=7.8)
    rows = [['区分', '職種', '予定数']]
    for tr, cats in exams:
        for k, (c, n) in enumerate(cats):
            rows.append([tr if k == 0 else None, c, f'{n}名'])
    ye = d.table(L, y + 8, [60, 90, bw - 150], rows, rh=17, size=8.3, hfill=tint)
    y = 56
    head(rx, y, '働きやすい職場づくり')
    y += 22
    for t, body in inits:
        d.put(rx, y, '◎' + t, font='G', size=9.3)
        for s in body:
            y += 13; d.put(rx + 10, y, s, size=8.4)
        y += 20
    y += 8
    head(rx, y, '両立支援制度')
    y += 22
    for nm, dur, txt in supports:
        d.put(rx, y, f'●{nm}（{dur}）', font='G', size=9.3)
        y += 13; d.put(rx + 10, y, txt, size=8.4)
        y += 20
    by = max(ye, y) + 30
    d.hline(L, R, by, lw=1.0, color=orange)
    d.put(L, by + 24, 'お問い合わせ', font='G', size=11, color=orange)
    d.put(L, by + 42, office, size=8.6)
    d.put(L, by + 57, 'TEL ' + tel, size=8.6)
    d.put(L, by + 72, 'E-mail ' + email, size=8.4)
    d.put(rx + 30, by + 24, 'アクセス', font='G', size=11, color=orange)
    d.put(rx + 30, by + 42, address, size=8.4)
    for k, (s, st) in enumerate(routes): d.put(rx + 30, by + 57 + k * 15, s, size=8.4)
    d.text(R, 815, 'P.2', size=8, align='r', furniture=True)

    facts = base_facts(org, edition, '令和8年3月', '2026-03', lead, hire, '事務系', '技術系',
                       'ruled 年度 | 事務系 | 技術系 | 計 on p1 with the FIVE ACTUAL years only (cells N（W））; the planned '
                       'year is printed ONLY on p2, in a tinted box: 令和8年度採用予定数 / 事務系　4名 / 技術系　1名 / 合　計　5名',
                       ['年度', '事務系', '技術系', '計'], ['label', 'admin', 'tech', 'total'],
                       ['採用者数の推移（単位：人）'], notes,
                       assign, '令和7年度採用者の配属先（単位：人）',
                       'ruled 配属先 | 人数 with band rows 【事務系】 / 【技術系】 spanning the table; the track is the band '
                       'above the unit; 企画課 appears under both bands (admin 1, tech 1)',
                       '採用予定', exam_name, exams, 'ruled 区分 | 職種 | 予定数 under the caption 試験：…; counts N名',
                       ['区分', '職種', '予定数'], '研修', [''.join(training)],
                       inits, '◎title / indented text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text',
                       [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(hiring='the planned year is not in the hiring table: only a key-value box on PAGE 2 '
                                   '(令和8年度採用予定数 / 事務系　4名 / 技術系　1名 / 合　計　5名, the label 合計 '
                                   'letter-spaced with U+3000), pointed to by a note on p1',
                            assignments='one count column 人数 under band rows 【事務系】 / 【技術系】; the unit 企画課 is '
                                        'listed twice, once under each band',
                            layout='A4, orange accent bar masthead, edition right on the title baseline; p1 two columns '
                                   '(ruled hiring + notes | ruled banded assignments), training full width; p2 planned '
                                   'box + exam table | initiatives + support, contacts | access under a rule; folios '
                                   'P.1 / P.2'))
    facts['hiring']['printedRows'] = ['\t'.join(r) for r in
                                      [['年度', '事務系', '技術系', '計']] +
                                      [[r['labelText'], r['admin']['cellText'], r['tech']['cellText'],
                                        r['total']['cellText']] for r in actual]]
    facts['hiring']['plannedBox'] = box
    facts['assignments']['printedRows'] = arows
    return d, facts


# ------------------------------------------------------------------ 気象大学校

def jmc():
    name = 'jmc-2026'
    d = Doc(name, 923)
    W = d.W
    org = '気象大学校'
    hire = hiring_rows([(2021, (2, 1), (1, 0), False), (2022, (3, 1), (1, 1), False),
                        (2023, (2, 2), (2, 0), False), (2024, (3, 1), (1, 0), False),
                        (2025, (2, 1), (2, 1), False), (2026, (3, None), (1, None), True)])
    assign = [('総務課', 1, None), ('教務課', 1, None), ('学生課', None, 1), ('情報システム室', None, 1)]
    exams = [('事務系', [('行政', 3)]), ('技術系', [('物理', 1)])]
    exam_name = '一般職試験（大卒程度試験）'
    lead = ['気象庁の幹部職員を育てる4年制の大学校として、気象学・地震学などの教育と研究を行っています。',
            '学生の教育と研究を支える事務系・技術系の職員を募集します。']
    training = ['採用後は気象庁の新規採用者研修を受け、学内では教務や学生支援の実務を学びます。',
                '気象庁の研修所で行う専門研修にも参加できます。']
    inits = [('ゆう活', ['夏季は始業を早め、夕方の時間を', '家族や自己研鑽に充てられます。']),
             ('テレワーク', ['業務に応じて週2日まで在宅勤務が', 'できます。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                ('配偶者出産休暇', '2日', '出産の付添い等に取得できます。')]
    office, tel, email = '気象大学校総務課', '04-7144-7185', 'mc-jinji@met.kishou.go.jp'
    address = '〒277-0852 千葉県柏市旭町7-4-81'
    routes = [('東武アーバンパークライン豊四季駅から徒歩約15分', '豊四季'), ('JR常磐線柏駅からバスで約10分', '柏')]
    ruby = 'とよしき'
    edition = '2026.04'
    L, R = 48, W - 48
    sky = (0.12, 0.42, 0.68)
    white = (1, 1, 1)
    # ---- page 1
    d.rect(0, 0, W, 110, fill=sky)
    d.put(R, 34, edition, font='G', size=12, align='r', color=white)
    d.put(L, 66, org, font='G', size=30, color=white)
    d.put(L, 92, '職員採用案内 2026', font='G', size=13.5, color=white)
    for k, s in enumerate(lead): d.put(L, 136 + k * 15, s, size=8.8)

    def head(x, y, s, w=150):
        d.put(x, y, s, font='G', size=12, color=sky)
        d.hline(x, x + w, y + 5, lw=2.0, color=sky)

    top = 192
    head(L, top, '採用実績')
    d.put(L, top + 20, '採用者数の推移（単位：人）', size=8.5)
    rows = [['年度', '事務系', '技術系', '計']] + [[r['labelText'], r['admin']['cellText'], r['tech']['cellText'],
                                               r['total']['cellText']] for r in hire]
    y = d.table(L, top + 28, [150, 100, 100, R - L - 350], rows, rh=17, size=8.5, hfill=(0.87, 0.92, 0.97))
    d.put(L, y + 13, '※（　）内は女性の数で内数です。', size=8)
    top = y + 46
    mid = (L + R) / 2
    head(L, top, '配属実績')
    d.put(L, top + 20, '令和7年度採用者の配属先（単位：人）', size=8.5)
    rows = [['配属先', '事務系', '技術系']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in assign]
    yl = d.table(L, top + 28, [110, 50, mid - 12 - L - 160], rows, rh=17, size=8.3, hfill=(0.87, 0.92, 0.97))
    rx = mid + 12
    head(rx, top, '令和8年度の採用予定', 200)
    rows = [['区分', '試験', '職種', '予定数']]
    for tr, cats in exams:
        for k, (c, n) in enumerate(cats):
            rows.append([tr, {'t': ['一般職試験', '（大卒程度試験）']}, c, str(n)])
    d.table(rx, top + 18, [44, 84, 60, R - rx - 188], rows, rh=26, size=8, hfill=(0.87, 0.92, 0.97))
    d.text(W / 2, 815, '- 1 -', size=8, align='c', furniture=True)
    # ---- page 2
    d.new_page()
    d.rect(0, 0, W, 10, fill=sky)
    c1, c2 = L, mid + 12
    y = 58
    head(c1, y, '研修', 150)
    tl = ['採用後は気象庁の新規採用者研修を受け、学内では', '教務や学生支援の実務を学びます。',
          '気象庁の研修所で行う専門研修にも参加できます。']
    assert ''.join(tl) == ''.join(training)
    for k, s in enumerate(tl): d.put(c1, y + 20 + k * 14, s, size=8.4)
    y += 20 + len(tl) * 14 + 26
    head(c1, y, '働きやすい職場づくり', 150)
    y += 22
    for t, body in inits:
        d.put(c1, y, '□' + t, font='G', size=9.3)
        for s in body:
            y += 13; d.put(c1 + 9, y, s, size=8.3)
        y += 20
    d.vline(c2 - 12, 44, 380, lw=0.4, color=(0.6, 0.6, 0.6))
    y = 58
    head(c2, y, '両立支援制度', 150)
    y += 22
    for nm, dur, txt in supports:
        d.put(c2, y, f'●{nm}（{dur}）', font='G', size=9)
        y += 13; d.put(c2 + 9, y, txt, size=8.3)
        y += 20
    y += 10
    head(c2, y, 'お問い合わせ', 150)
    d.put(c2, y + 20, office, size=8.6)
    d.put(c2, y + 35, 'TEL ' + tel, size=8.6)
    d.put(c2, y + 50, 'E-mail ' + email, size=8.2)
    y += 84
    head(c2, y, 'アクセス', 150)
    d.put(c2, y + 20, address, size=8.3)
    fs = 8.3
    yy = y + 42          # room above the first route for the ruby
    d.put(c2, yy, routes[0][0], size=fs)
    pre = routes[0][0][:routes[0][0].index('豊四季')]
    rb = d.put(c2, yy - fs - 1.4, ruby, size=4.6, color=(0.25, 0.25, 0.25))
    it = d.items[rb]
    it['x'] = c2 + sw(pre, 'M', fs) + 3 * fs / 2 - it['w'] / 2
    # the ruby line is read BEFORE its route (it is above it): swap the two expected lines
    d.lines[-1], d.lines[-2] = d.lines[-2], d.lines[-1]
    d.put(c2, yy + 16, routes[1][0], size=fs)
    d.text(W / 2, 815, '- 2 -', size=8, align='c', furniture=True)

    facts = base_facts(org, edition, '2026.04', '2026-04', lead, hire, '事務系', '技術系',
                       'ruled 年度 | 事務系 | 技術系 | 計; cells N（W）',
                       ['年度', '事務系', '技術系', '計'], ['label', 'admin', 'tech', 'total'],
                       ['採用者数の推移（単位：人）'], ['※（　）内は女性の数で内数です。'],
                       assign, '令和7年度採用者の配属先（単位：人）', 'ruled 配属先 | 事務系 | 技術系; － for none',
                       '令和8年度の採用予定', exam_name, exams,
                       'ruled 区分 | 試験 | 職種 | 予定数; the exam cell 一般職試験 / （大卒程度試験） on two lines',
                       ['区分', '試験', '職種', '予定数'], '研修', [''.join(training)],
                       inits, '□title / indented text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text',
                       [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(edition='the edition is ONLY a zero-padded dotted western year-month 2026.04, in 12 pt Gothic '
                                    'at the top right of the band, ABOVE the masthead',
                            access='the stop of the first route carries RUBY とよしき (4.6 pt, its own line just above '
                                   'the route) centred over its three kanji 豊四季; the line name 東武アーバンパークライン '
                                   'is a brand name of the 野田線; the second stop is the one glyph 柏',
                            layout='A4, sky-blue band with the edition at its top right; p1 full-width ruled hiring '
                                   'table, two columns (ruled assignments | ruled exams with two-line exam cells); p2 two '
                                   'columns with a grey rule (training + initiatives | support, contacts, access); folios '
                                   '- 1 - / - 2 -'))
    facts['edition']['asOfText'] = '2026.04'
    d.not_folio = {edition}
    facts['access']['ruby'] = {'base': '豊四季', 'ruby': ruby}
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
    for l in h.get('womenNote', []): printed(l, 'women note')
    for l in h.get('plannedBox', []): printed(l, 'planned box line')
    if h.get('printedRows'):
        for l in h['printedRows']: printed(l, 'hiring row')
    elif h.get('transposed'):
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
    for l in a.get('printedRows', []): printed(l, 'assignment row')
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


BUILDERS = {'kyushu-zaimu-2026': kyushu_zaimu, 'rehab-2026': rehab, 'jmc-2026': jmc}


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
