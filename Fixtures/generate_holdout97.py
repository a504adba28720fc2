#!/usr/bin/env python3
"""Blind holdout set 97: three local public bodies (大館市, 香川県広域水道企業団, 岩手県医療局).

Self-contained (generate_holdout95.py's machinery unchanged): a page model in top-down
coordinates, a table helper, reportlab's canvas (invariant=1, no page compression), the
facts and the checks. Every visual text piece is one text object; the objects of a page
are written after its graphics in a seeded shuffled order.

  python3 Fixtures/generate_holdout97.py                    # all three
  python3 Fixtures/generate_holdout97.py odate-2026         # one
"""
import io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout97')
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


def contacts_access(d, x, y, head, office, tel, email, address, routes, extra=(), size=8.5,
                    titles=('お問い合わせ', 'アクセス')):
    head(x, y, titles[0])
    d.put(x, y + 20, office, size=9)
    d.put(x, y + 35, 'TEL ' + tel, size=9)
    d.put(x, y + 50, 'E-mail ' + email, size=size)
    y += 84
    head(x, y, titles[1])
    d.put(x, y + 20, address, size=size)
    k = 0
    for s, st in routes:
        d.put(x, y + 38 + k * 14, s, size=size); k += 1
    for s in extra:
        d.put(x, y + 38 + k * 14, s, size=size); k += 1
    return y + 38 + k * 14


def exam_table(d, x, y, exams, widths, hfill, ruled=True, header=('区分', '職種', '予定数')):
    rows = [list(header)]
    for tr, cats in exams:
        for k, (c, n) in enumerate(cats):
            rows.append([{'t': [tr], 'rs': len(cats)}, c, str(n)] if k == 0 else [c, str(n)])
    return d.table(x, y, widths, rows, rh=16, hfill=hfill, ruled=ruled)


def running_header(d, R, s):
    d.text(R, 30, s, size=7.5, align='r', furniture=True, color=(0.4, 0.4, 0.4))


def item_list(d, x, y, items, mark, tsize=9.5, bsize=8.5):
    for t, body in items:
        d.put(x, y, mark + t, font='G', size=tsize)
        for s in body:
            y += 14; d.put(x + 10, y, s, size=bsize)
        y += 22
    return y


def support_list(d, x, y, supports):
    for nm, dur, txt in supports:
        d.put(x, y, f'●{nm}（{dur}）', font='G', size=9)
        y += 14; d.put(x + 10, y, txt, size=8.5)
        y += 22
    return y


def hiring_table(d, x, y, widths, hire, header, hfill):
    rows = [list(header)]
    for r in hire:
        rows.append([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
    return d.table(x, y, widths, rows, rh=17, hfill=hfill)


def assign_table(d, x, y, widths, assign, header, hfill):
    rows = [list(header)] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in assign]
    return d.table(x, y, widths, rows, rh=16, hfill=hfill)


def std_printed_rows(hire):
    return ['\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
            for r in hire]


# ------------------------------------------------------------------ 大館市

def odate():
    name = 'odate-2026'
    d = Doc(name, 971)
    W = d.W
    org = '大館市'
    ta, tt = '事務職', '技術職'
    hire = hiring_rows([(2021, (10, 4), (4, 1), False), (2022, (11, 5), (3, 1), False),
                        (2023, (12, 5), (4, 2), False), (2024, (10, 4), (5, 1), False),
                        (2025, (11, 5), (4, 1), False), (2026, (12, None), (5, None), True)])
    uiturn = ['2', '3', '2', '4', '3', '－']
    assign = [('総務課', 1, None), ('税務課', 2, None), ('市民課', 1, None), ('福祉課', 2, None),
              ('観光課', 1, None), ('比内総合支所', 1, None), ('田代総合支所', 1, None), ('子ども課', 1, None),
              ('都市計画課', 1, 1), ('土木課', None, 2), ('上下水道課', None, 1)]
    # (track, category, A日程, B日程); the fact count is the 計 column (A + B)
    sittings = [(ta, '一般行政', 6, 4), (ta, '社会福祉', 1, 1),
                (tt, '土木', 2, 1), (tt, '建築', 1, 0), (tt, '電気', 0, 1)]
    exams = [(tr, [(c, a + b) for t_, c, a, b in sittings if t_ == tr]) for tr in (ta, tt)]
    exam_name = '大館市職員採用試験（大学卒業程度）'
    lead = ['秋田犬のふるさと、大館。曲げわっぱと比内地鶏、きりたんぽのまちで、',
            '人口約6万6千人の暮らしを支える仕事をしませんか。']
    training = ['採用後は秋田県市町村職員研修所の新任研修と、市の',
                '職場研修で基礎を学びます。3年目までは先輩職員が',
                'チューターとして仕事と生活の相談にのります。']
    inits = [('ジョブローテーション', ['採用後10年間で3つ程度の', '分野を経験します。']),
             ('若手職員プロジェクト', ['20代・30代の職員が市の', 'PR動画や施策を企画します。'])]
    supports = [('育児休業', '子が3歳に達するまで', '男性職員の取得も増えています。'),
                ('配偶者出産休暇', '2日', '妻の出産に伴う入院等の日に取得できます。')]
    office, tel, email = '大館市総務部人事課', '0186-43-7032', 'jinji@city.odate.lg.jp'
    address = '〒017-8555 秋田県大館市字中城20番地'
    routes = [('JR奥羽本線「大館駅」から徒歩約25分', '大館'), ('JR花輪線「東大館駅」から徒歩約10分', '東大館')]
    edition = '令和8年4月現在'
    red = (0.62, 0.14, 0.12)
    tint = (0.96, 0.9, 0.88)
    L, R = 46, W - 46
    rh_text = '大館市 職員採用案内 2026'
    running_header(d, R, rh_text)
    d.rect(L, 42, R - L, 2, fill=red)
    d.put(L, 84, org, font='G', size=32, color=red)
    d.put(L, 110, '職員採用案内 2026', font='G', size=14)
    d.put(R, 110, edition, size=9.5, align='r')
    for k, s in enumerate(lead): d.put(L, 138 + k * 15, s, size=9.5)

    def head(x, y, s):
        heading(d, x, y, s, red)

    head(L, 190, '採用実績')
    hintro = '採用者数の推移（単位：人）'
    d.put(L, 208, hintro, size=8.5)
    hheader = ['年度', ta, tt, '計', 'うちUIターン']
    rows = [hheader] + [[r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText'], u]
                        for r, u in zip(hire, uiturn)]
    y = d.table(L, 216, [130, 95, 95, 95, R - L - 415], rows, rh=17, hfill=tint)
    notes = ['※（ ）内は女性の数で内数です。',
             '※「うちUIターン」は、県外での就業を経て大館市に移住し採用された人の数です（内数）。']
    for k, s in enumerate(notes): d.put(L, y + 14 + k * 12, s, size=8)
    top = y + 62
    mid = (L + R) / 2
    head(L, top, '配属実績')
    aintro = '令和7年度採用者の配属先（単位：人）'
    d.put(L, top + 18, aintro, size=8.5)
    assign_table(d, L, top + 26, [110, 55, mid - 12 - L - 165], assign, ['配属先', ta, tt], tint)
    rx = mid + 12
    head(rx, top, '試験区分')
    d.put(rx, top + 18, '試験：' + exam_name, size=8.2)
    erows = [['区分', '職種', 'A日程', 'B日程', '計']]
    for tr in (ta, tt):
        cs = [x for x in sittings if x[0] == tr]
        for k, (_, c, a, b) in enumerate(cs):
            cells = [c, str(a) if a else '－', str(b) if b else '－', str(a + b)]
            erows.append(([{'t': [tr], 'rs': len(cs)}] if k == 0 else []) + cells)
    sa, sb = sum(x[2] for x in sittings), sum(x[3] for x in sittings)
    erows.append([{'t': ['合計'], 'cs': 2}, str(sa), str(sb), str(sa + sb)])
    y3 = d.table(rx, top + 26, [50, 62, 40, 40, R - rx - 192], erows, rh=16, hfill=tint)
    exam_note = ['※A日程（先行実施）は6月、B日程は9月に', '第1次試験を行います。']
    for k, s in enumerate(exam_note): d.put(rx, y3 + 14 + k * 12, s, size=7.8)
    # ---- page 2
    d.new_page()
    running_header(d, R, rh_text)
    d.rect(L, 42, R - L, 2, fill=red)
    y = 76
    head(L, y, '研修')
    for k, s in enumerate(training): d.put(L, y + 20 + k * 14, s, size=8.4)
    y += 20 + len(training) * 14 + 26
    head(L, y, '働きやすい職場づくり')
    item_list(d, L, y + 24, inits, '◇')
    y = 76
    head(rx, y, '仕事と家庭の両立支援')
    y = support_list(d, rx, y + 24, supports)
    contacts_access(d, rx, y + 8, head, office, tel, email, address, routes, size=8.2)

    hlayout = ('ruled 年度 | 事務職 | 技術職 | 計 | うちUIターン; cells N（W）, planned row bare; the last column is a '
               'DECOY inner count (hires who moved from outside the prefecture), not women')
    facts = base_facts(org, edition, '令和8年4月', '2026-04', lead, hire, ta, tt, hlayout,
                       hheader, ['label', 'admin', 'tech', 'total', 'uiturnDecoy'],
                       [hintro], notes,
                       assign, aintro, 'ruled 配属先 | 事務職 | 技術職; － for none',
                       '試験区分', exam_name, exams,
                       'ruled 区分 | 職種 | A日程 | B日程 | 計 under the caption 試験：…; the count of a category is '
                       'its 計 column (A日程 + B日程, － for none); a 合計 row spans 区分 and 職種',
                       ['区分', '職種', 'A日程', 'B日程', '計'], '研修', [''.join(training)],
                       inits, '◇title / indented text', '働きやすい職場づくり',
                       supports, '仕事と家庭の両立支援', '●name（duration） / indented text',
                       [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(hiring='a fifth column うちUIターン holds inner counts that are not women (2, 3, 2, 4, 3, '
                                   '－); women are the （ ） figures',
                            exams='two exam sittings A日程 / B日程 as columns, then 計; the fact is 計; a 合計 row '
                                  '(10, 7, 17) is not a category',
                            access='each station is quoted with 駅 inside the brackets: 「大館駅」, 「東大館駅」',
                            layout='A4, running header on both pages (furniture), masthead, lead, full-width ruled '
                                   'hiring table with a decoy fifth column, two notes; two columns (assignments | '
                                   'exams by sitting + note); p2 two columns (training + initiatives | support, '
                                   'contacts, access)'))
    facts['hiring']['uiturnDecoy'] = uiturn
    facts['hiring']['printedRows'] = ['\t'.join(r) for r in rows[1:]]
    facts['exams']['sittings'] = [{'track': t_, 'category': c, 'A日程': a, 'B日程': b} for t_, c, a, b in sittings]
    facts['exams']['note'] = exam_note
    # rows under a spanning 区分 cell start with an empty cell in the expected text
    pr = []
    for r in erows:
        cells = [''.join(c['t']) if isinstance(c, dict) else c for c in r]
        if len(cells) == 4 and cells[0] != '合計': cells = [''] + cells
        pr.append('\t'.join(cells))
    facts['exams']['printedRows'] = pr
    facts['decoys']['runningHeader'] = rh_text
    return d, facts


# ------------------------------------------------------------------ 香川県広域水道企業団

def kagawa_suido():
    name = 'kagawa-suido-2026'
    d = Doc(name, 972)
    W = d.W
    org = '香川県広域水道企業団'
    ta, tt = '事務', '技術'
    hire = hiring_rows([(2021, (4, 2), (6, 1), False), (2022, (3, 1), (7, 2), False),
                        (2023, (5, 3), (6, 1), False), (2024, (4, 2), (8, 2), False),
                        (2025, (4, 1), (7, 2), False), (2026, (4, None), (7, None), True)],
                       label=lambda fy, planned: era(fy) + ('（目標）' if planned else ''))
    assign = [('総務課', 1, None), ('経理課', 1, None), ('料金課', 1, None), ('高松ブロック統括センター', 1, 2),
              ('浄水課', None, 2), ('施設整備課', None, 2), ('水質管理課', None, 1)]
    exams = [(ta, [('一般事務', 4)]), (tt, [('土木', 4), ('電気', 2), ('機械', 1)])]
    exam_name = '香川県広域水道企業団職員採用試験（大学卒業程度）'
    lead = ['平成30年、県と8市8町の水道がひとつになりました。',
            '県内どこでも安全でおいしい水を届けるため、施設の更新と人材の育成に取り組んでいます。']
    training = ['採用後2週間の新規採用職員研修で、企業団の事業と',
                '浄水・配水の仕組みを学びます。技術職員は浄水場や',
                '配水池での現場実習、事務職員は料金・会計の実務',
                '研修を経て、それぞれの職場に配属されます。']
    inits = [('技術継承プログラム', ['ベテラン職員と若手職員が', 'ペアで現場を回ります。']),
             ('資格取得支援', ['水道技術管理者などの資格', '取得費用を助成します。'])]
    supports = [('育児休業', '子が3歳に達するまで', '期間中は育児休業手当金が支給されます。'),
                ('子の看護等休暇', '年5日', '子が2人以上の場合は年10日です。')]
    office, tel, email = '香川県広域水道企業団総務部総務課', '087-826-9460', 'soumu-saiyo@kagawa-suido.lg.jp'
    address = '〒760-0065 香川県高松市朝日町六丁目2番8号'
    routes = [('JR高徳線昭和町駅から徒歩約15分', '昭和町'), ('ことでん志度線今橋駅から徒歩約12分', '今橋')]
    edition = '令和8年4月現在'
    blue = (0.05, 0.33, 0.6)
    tint = (0.86, 0.92, 0.98)
    white = (1, 1, 1)
    L, R = 48, W - 48
    rh_text = '香川県広域水道企業団 職員採用案内 2026'
    running_header(d, R, rh_text)
    d.rect(0, 40, W, 84, fill=blue)
    d.put(L, 82, org, font='G', size=26, color=white)
    d.put(L, 108, '職員採用案内 2026', font='G', size=13, color=white)
    d.put(R, 108, edition, font='G', size=9.5, align='r', color=white)
    for k, s in enumerate(lead): d.put(L, 148 + k * 15, s, size=9.3)

    def head(x, y, s):
        d.hline(x, x + 140, y + 5, lw=1.2, color=blue)
        d.put(x, y, s, font='G', size=12, color=blue)

    mid = (L + R) / 2
    rx = mid + 12
    top = 204
    head(L, top, '採用実績')
    hintro = '採用者数の推移（単位：人）'
    d.put(L, top + 18, hintro, size=8.5)
    hheader = ['年度', '採用者数', '内訳']
    rows = [hheader]
    for r in hire:
        a, t = r['admin']['cellText'], r['tech']['cellText']
        rows.append([r['labelText'], r['total']['cellText'], f'{ta}{a}・{tt}{t}'])
    y = d.table(L, top + 26, [84, 52, mid - 12 - L - 136], rows, rh=17, hfill=tint)
    notes = ['※（ ）内は女性の数で内数です。', '※令和8年度は採用目標数です。']
    for k, s in enumerate(notes): d.put(L, y + 14 + k * 12, s, size=8)
    yl = y + 14 + 12
    head(rx, top, '配属実績')
    aintro = '令和7年度採用者の配属先（単位：人）'
    d.put(rx, top + 18, aintro, size=8.5)
    y2 = assign_table(d, rx, top + 26, [130, 50, R - rx - 180], assign, ['配属先', ta, tt], tint)
    yb = max(yl, y2) + 40
    head(L, yb, '試験区分')
    d.put(L, yb + 18, '試験：' + exam_name, size=8.5)
    exam_table(d, L, yb + 26, exams, [90, 150, 90], tint)
    # ---- page 2
    d.new_page()
    running_header(d, R, rh_text)
    y = 72
    head(L, y, '研修')
    for k, s in enumerate(training): d.put(L, y + 20 + k * 14, s, size=8.3)
    y += 20 + len(training) * 14 + 26
    head(L, y, '働きやすい職場づくり')
    y = item_list(d, L, y + 24, inits, '■')
    head(L, y + 6, '両立支援制度')
    support_list(d, L, y + 30, supports)
    contacts_access(d, rx, 72, head, office, tel, email, address, routes, size=8.0)

    facts = base_facts(org, edition, '令和8年4月', '2026-04', lead, hire, ta, tt,
                       'ruled 年度 | 採用者数 | 内訳: the total N（W） in its own column, the tracks only inside ONE '
                       'cell 事務N（W）・技術N（W）; the planned row is labelled 令和8年度（目標）',
                       hheader, ['label', 'total', 'admin+tech in one cell'],
                       [hintro], notes,
                       assign, aintro, 'ruled 配属先 | 事務 | 技術; － for none',
                       '試験区分', exam_name, exams, 'ruled 区分 | 職種 | 予定数 under the caption 試験：…',
                       ['区分', '職種', '予定数'], '研修', [''.join(training)],
                       inits, '■title / indented text', '働きやすい職場づくり',
                       supports, '両立支援制度', '●name（duration） / indented text',
                       [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(hiring='the admin and technical counts are printed only inside the 内訳 cell, joined by '
                                   '・ with the track names glued to the figures (事務4（2）・技術6（1）); the planned '
                                   'row says （目標）, not （予定）, explained by the note ※令和8年度は採用目標数です。',
                            layout='A4, running header on both pages (furniture), blue masthead band, lead, two '
                                   'columns (hiring | assignments), full-width exam table; p2 two columns (training, '
                                   'initiatives, support | contacts, access)'))
    facts['hiring']['printedRows'] = ['\t'.join(r) for r in rows[1:]]
    facts['decoys']['runningHeader'] = rh_text
    return d, facts


# ------------------------------------------------------------------ 岩手県医療局

def iwate_iryo():
    name = 'iwate-iryokyoku-2026'
    d = Doc(name, 973)
    W = d.W
    org = '岩手県医療局'
    ta, tt = '事務', '医療技術'
    hire = hiring_rows([(2021, (5, 3), (6, 4), False), (2022, (4, 2), (7, 5), False),
                        (2023, (6, 3), (6, 4), False), (2024, (5, 3), (8, 5), False),
                        (2025, (5, 2), (7, 5), False), (2026, (5, None), (7, None), True)])
    assign = [('県立中央病院', 1, 2), ('県立胆沢病院', 1, 1), ('県立磐井病院', None, 1), ('県立宮古病院', 1, 1),
              ('県立二戸病院', 1, 1), ('県立久慈病院', None, 1), ('経営管理課', 1, None)]
    exams = [(ta, [('一般事務', 5)]), (tt, [('薬剤師', 3), ('臨床検査技師', 2), ('診療放射線技師', 2)])]
    exam_name = '岩手県医療局職員採用試験（大学卒業程度）'
    lead = ['県内20の県立病院と6つの地域診療センターで、県民の命と健康を支えています。',
            '事務職員と医療技術職員が、医師・看護師とともに地域医療を担います。']
    training = ['採用時に医療局の新採用職員研修（3日間）を受講します。',
                '医療技術職員は、配属病院での実務研修のほか、',
                '職種別の専門研修や学会への参加を支援します。']
    inits = [('病院間の人事交流', ['沿岸と内陸の病院を異動し、', '地域医療を広く経験します。']),
             ('メンター制度', ['他の職場の先輩職員が、', '1年間相談相手になります。'])]
    supports = [('産後パパ育休', '子の出生後8週間以内に4週間まで', '2回に分けて取得できます。'),
                ('部分休業', '1日2時間まで', '子が小学校に就学するまで利用できます。')]
    office, tel, email = '岩手県医療局職員課', '019-629-6321', 'iryo-shokuin@pref.iwate.jp'
    address = '〒020-8570 岩手県盛岡市内丸10番1号'
    routes = [('JR東北本線盛岡駅から徒歩約25分', '盛岡'), ('JR山田線上盛岡駅から徒歩約15分', '上盛岡')]
    edition = '令和8年3月現在'
    teal = (0.0, 0.42, 0.45)
    tint = (0.86, 0.95, 0.95)
    L, R = 40, W - 40
    d.rect(L, 36, R - L, 3, fill=teal)
    d.put(L, 72, org, font='G', size=26, color=teal)
    d.put(L, 96, '職員採用案内 2026', font='G', size=13)
    d.put(R, 96, edition, size=9, align='r')
    for k, s in enumerate(lead): d.put(L, 120 + k * 14, s, size=9)

    def head(x, y, s):
        d.rect(x, y - 11, 3, 14, fill=teal)
        d.put(x + 8, y, s, font='G', size=11, color=teal)

    mid = (L + R) / 2
    rx = mid + 10
    top = 168
    head(L, top, 'これまでの採用人数')
    hintro = '医療局の採用者数（単位：人）'
    d.put(L, top + 17, hintro, size=8)
    hheader = ['年度', ta, tt, '計']
    y = hiring_table(d, L, top + 24, [90, 44, 56, mid - 10 - L - 190], hire, hheader, tint)
    note = '※（ ）内は女性の数で内数です。'
    d.put(L, y + 12, note, size=7.8)
    y += 40
    head(L, y, '最初の職場')
    aintro = '令和7年度採用者の最初の職場（単位：人）'
    d.put(L, y + 17, aintro, size=8)
    y = assign_table(d, L, y + 24, [110, 40, mid - 10 - L - 150], assign, ['職場', ta, tt], tint)
    # right column
    head(rx, top, '募集人員')
    d.put(rx, top + 17, '試験：' + exam_name, size=7.8)
    ye = exam_table(d, rx, top + 24, exams, [56, 100, R - rx - 156], tint, header=('区分', '職種', '募集人員'))
    y = ye + 30
    head(rx, y, '研修')
    for k, s in enumerate(training): d.put(rx, y + 18 + k * 13, s, size=8)
    y += 18 + len(training) * 13 + 20
    head(rx, y, '働きやすい職場づくり')
    y = y + 20
    for t, body in inits:
        d.put(rx, y, '◆' + t, font='G', size=8.8)
        for s in body:
            y += 12; d.put(rx + 10, y, s, size=8)
        y += 18
    head(rx, y + 2, '子育て支援')
    y += 22
    for nm, dur, txt in supports:
        d.put(rx, y, f'●{nm}（{dur}）', font='G', size=8.3)
        y += 12; d.put(rx + 10, y, txt, size=8)
        y += 18
    # bottom band: contacts | access
    yb = max(y, 640) + 8
    d.hline(L, R, yb - 22, lw=0.8, color=teal)
    head(L, yb, '申込先')
    d.put(L, yb + 18, office, size=8.8)
    d.put(L, yb + 32, 'TEL ' + tel, size=8.8)
    d.put(L, yb + 46, 'E-mail ' + email, size=8.4)
    head(rx, yb, '庁舎案内')
    d.put(rx, yb + 18, address, size=8.2)
    for k, (s, st) in enumerate(routes): d.put(rx, yb + 32 + k * 13, s, size=8.2)

    facts = base_facts(org, edition, '令和8年3月', '2026-03', lead, hire, ta, tt,
                       'ruled 年度 | 事務 | 医療技術 | 計; cells N（W）, planned row bare',
                       hheader, ['label', 'admin', 'tech', 'total'],
                       [hintro], [note],
                       assign, aintro, 'ruled 職場 | 事務 | 医療技術 under the heading 最初の職場; － for none',
                       '募集人員', exam_name, exams, 'ruled 区分 | 職種 | 募集人員 under the heading 募集人員',
                       ['区分', '職種', '募集人員'], '研修', [''.join(training)],
                       inits, '◆title / indented text', '働きやすい職場づくり',
                       supports, '子育て支援', '●name（duration） / indented text',
                       [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(headings='new section wording: これまでの採用人数 (hiring), 最初の職場 (assignments, column '
                                     '職場), 募集人員 (exams, column 募集人員), 申込先 (contacts), 庁舎案内 (access)',
                            support='a katakana-compound name 産後パパ育休 with a two-period duration '
                                    '子の出生後8週間以内に4週間まで; 部分休業（1日2時間まで）',
                            tracks='the technical track is 医療技術 (licensed hospital jobs)',
                            layout='A4, ONE page, no running header; masthead, lead, two columns (hiring + '
                                   'assignments | exams, training, initiatives, support); a rule; contacts | access'))
    facts['hiring']['printedRows'] = std_printed_rows(hire)
    facts['decoys']['runningHeader'] = None
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
        # kagawa-suido: the planned row is marked （目標）
        if ('予定' in r['labelText'] or '（目標）' in r['labelText']) != r['planned']: err.append('予定 label')
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
            if not any(l.endswith(f'\t{b["category"]}\t{b["count"]}') or (b['category'] in l.split('\t')[:2] and l.split('\t')[-1] == str(b['count'])) for l in lines): err.append(f'category row {b}')
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




BUILDERS = {'odate-2026': odate, 'kagawa-suido-2026': kagawa_suido, 'iwate-iryokyoku-2026': iwate_iryo}



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
