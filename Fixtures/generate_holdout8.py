#!/usr/bin/env python3
"""Holdout set 8 (blind): 観光庁, 出入国在留管理庁, 資源エネルギー庁.

Self-contained: page model, line breaking (kinsoku, unbroken ASCII runs), tables with row and
column spans, vertical text, checks. Every visual line is its own text object inside q/Q at an
absolute position; the text objects of a page are drawn after the graphics in a seeded shuffled
order.

  python3 Fixtures/generate_holdout8.py              # all three
  python3 Fixtures/generate_holdout8.py kanko-2025   # one

Refuses to write a brochure if text items overlap, leave the page, use a glyph the font lacks,
a table cell overflows, the drawn text and the expected text differ (multiset of characters per
page), furniture is an expected line, a fact string is not printed, or numbers do not add up.
"""
import json, os, random, sys, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout8')
FONTS = {'G': ('IPAexG', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'),
         'M': ('IPAexM', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf')}
for key, (name, path) in FONTS.items():
    pdfmetrics.registerFont(TTFont(name, path))
CMAP = {k: {chr(u) if isinstance(u, int) else u for u in pdfmetrics.getFont(n).face.charToGlyph.keys()} for k, (n, _) in FONTS.items()}


class Refuse(Exception):
    pass


def sw(text, font, size, cs=0.0):
    return pdfmetrics.stringWidth(text, FONTS[font][0], size) + cs * len(text)


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(s.split()).replace('〜', '~').replace('～', '~')


# ---------------------------------------------------------------- line breaking
NO_START = set('、。，．）」』】〉》・：；ー？！％')
NO_END = set('（「『【〈《')


def tokens(text):
    """ASCII runs (no spaces inside) are unbreakable tokens; every other char is its own token."""
    out, buf = [], ''
    for ch in text:
        if ch.isascii() and not ch.isspace():
            buf += ch
        else:
            if buf:
                out.append(buf); buf = ''
            out.append(ch)
    if buf:
        out.append(buf)
    return out


def wrap(text, font, size, width):
    toks = tokens(text)
    lines, cur = [], []
    for t in toks:
        if not cur or sw(''.join(cur) + t, font, size) <= width:
            cur.append(t)
            continue
        carry = []
        if t[0] in NO_START and len(cur) > 1:
            carry = [cur.pop()]          # kinsoku: the previous char goes down with it
        while len(cur) > 1 and cur[-1][-1] in NO_END:
            carry.insert(0, cur.pop())   # no opening bracket at a line end
        lines.append(''.join(cur))
        cur = carry + [t]
    if cur:
        lines.append(''.join(cur))
    lines = [l.strip(' ') for l in lines]
    for l in lines:
        if sw(l, font, size) > width + 0.01:
            raise Refuse(f'line too wide after wrapping: {l!r}')
        if l and l[0] in NO_START:
            raise Refuse(f'kinsoku: line starts with {l[0]!r}: {l!r}')
    return lines


# ---------------------------------------------------------------- page model
class Item:
    def __init__(self, text, x, y, size, font, color, bold, furniture, cs):
        self.text, self.x, self.y, self.size, self.font = text, x, y, size, font
        self.color, self.bold, self.furniture, self.cs = color, bold, furniture, cs
        self.w = sw(text, font, size, cs)

    def bbox(self):
        return (self.x, self.y - 0.13 * self.size, self.x + self.w, self.y + 0.88 * self.size)


class Page:
    def __init__(self, w, h, margin=18):
        self.w, self.h, self.margin = w, h, margin
        self.items, self.gfx, self.expected = [], [], []
        self.folds = []           # x of tri-fold folds: no text item may cross one

    def text(self, x, y, text, size, font='M', color=colors.black, align='l', bold=False,
             furniture=False, cs=0.0):
        w = sw(text, font, size, cs)
        if align == 'r':
            x -= w
        elif align == 'c':
            x -= w / 2
        it = Item(text, x, y, size, font, color, bold, furniture, cs)
        self.items.append(it)
        return it

    def exp(self, line):
        self.expected.append(line)

    def g(self, fn):
        self.gfx.append(fn)

    # graphics helpers
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5, r=0):
        def f(c):
            c.saveState()
            if fill is not None: c.setFillColor(fill)
            if stroke is not None: c.setStrokeColor(stroke); c.setLineWidth(lw)
            if r:
                c.roundRect(x, y, w, h, r, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            else:
                c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            c.restoreState()
        self.g(f)

    def hline(self, x1, x2, y, color=colors.black, lw=0.5, dash=None):
        def f(c):
            c.saveState(); c.setStrokeColor(color); c.setLineWidth(lw)
            if dash: c.setDash(*dash)
            c.line(x1, y, x2, y); c.restoreState()
        self.g(f)

    def vline(self, x, y1, y2, color=colors.black, lw=0.5, dash=None):
        def f(c):
            c.saveState(); c.setStrokeColor(color); c.setLineWidth(lw)
            if dash: c.setDash(*dash)
            c.line(x, y1, x, y2); c.restoreState()
        self.g(f)

    def circle(self, x, y, r, fill):
        def f(c):
            c.saveState(); c.setFillColor(fill); c.circle(x, y, r, stroke=0, fill=1); c.restoreState()
        self.g(f)


def para(pg, x, y, width, text, size, font='M', leading=None, color=colors.black, indent_first=False):
    """Draws wrapped text, each line a line of the expected text. y = first baseline. Returns next baseline."""
    leading = leading or size * 1.6
    for line in wrap(text, font, size, width):
        pg.text(x, y, line, size, font, color)
        pg.exp(line)
        y -= leading
    return y


def vertical(pg, x, ytop, text, size, font='G', color=colors.black, step=1.15):
    """One glyph per text object, top to bottom; ONE expected line. x = glyph centre. Returns bottom y."""
    y = ytop - size * 0.88
    for ch in text:
        pg.text(x, y, ch, size, font, color, align='c')
        y -= size * step
    pg.exp(text)
    return y + size * step - 0.13 * size


# ---------------------------------------------------------------- tables
def table(pg, x, ytop, colw, rows, size, font='M', pad=3.0, leading=None, rules='h', head=1,
          aligns=None, head_font='G', head_fill=None, rule_color=colors.black, zebra=None,
          valign='c', row_min=0):
    """rows: list of rows; a cell is None (covered by a span) or str or dict(text|lines, cs, rs,
    align, font, fill, color). Text wider than its cell is wrapped; an unbreakable token that
    does not fit refuses the brochure. Each row is one expected line (TAB-joined, covered = '').
    Returns the y of the table bottom."""
    leading = leading or size * 1.35
    ncol = len(colw)
    aligns = aligns or ['l'] * ncol
    xs = [x]
    for w in colw:
        xs.append(xs[-1] + w)
    cells = []  # (r, c, rs, cs, lines, align, font, fill, color)
    for r, row in enumerate(rows):
        if len(row) != ncol:
            raise Refuse(f'table row {r} has {len(row)} cells, not {ncol}')
        for c, cell in enumerate(row):
            if cell is None:
                continue
            d = cell if isinstance(cell, dict) else {'text': cell}
            cs, rs = d.get('cs', 1), d.get('rs', 1)
            f = d.get('font', head_font if r < head else font)
            width = xs[c + cs] - xs[c] - 2 * pad
            if 'lines' in d:
                lines = d['lines']
            else:
                lines = wrap(d['text'], f, size, width) if d['text'] else []
            for l in lines:
                if sw(l, f, size) > width + 0.01:
                    raise Refuse(f'cell overflow: {l!r}')
            al = d.get('align', 'c' if r < head else aligns[c])
            cells.append((r, c, rs, cs, lines, al, f, d.get('fill'), d.get('color', colors.black)))
    # row heights
    nrow = len(rows)
    hts = [max(row_min, leading + 2 * pad - (leading - size)) for _ in range(nrow)]
    for (r, c, rs, cs, lines, *_r) in cells:
        if rs == 1 and lines:
            need = (len(lines) - 1) * leading + size + 2 * pad + 2
            hts[r] = max(hts[r], need)
    for (r, c, rs, cs, lines, *_r) in cells:
        if rs > 1 and lines:
            need = (len(lines) - 1) * leading + size + 2 * pad + 2
            have = sum(hts[r:r + rs])
            if need > have:
                hts[r + rs - 1] += need - have
    ys = [ytop]
    for h in hts:
        ys.append(ys[-1] - h)
    # fills
    if zebra:
        for r in range(head, nrow):
            if (r - head) % 2 == 1:
                pg.rect(xs[0], ys[r + 1], xs[-1] - xs[0], hts[r], fill=zebra)
    if head_fill is not None:
        pg.rect(xs[0], ys[head], xs[-1] - xs[0], ytop - ys[head], fill=head_fill)
    for (r, c, rs, cs, lines, al, f, fill, color) in cells:
        if fill is not None:
            pg.rect(xs[c], ys[r + rs], xs[c + cs] - xs[c], ys[r] - ys[r + rs], fill=fill)
    # rules
    if rules in ('h', 'grid', 'frame'):
        pg.hline(xs[0], xs[-1], ys[0], rule_color, 0.9)
        pg.hline(xs[0], xs[-1], ys[-1], rule_color, 0.9)
    if rules in ('h', 'grid'):
        for r in range(1, nrow):
            # skip a rule crossing a row span
            segs = []
            for c in range(ncol):
                crossed = any(rr < r < rr + rrs and cc <= c < cc + ccs for (rr, cc, rrs, ccs, *_z) in cells)
                if not crossed:
                    segs.append(c)
            for c in segs:
                pg.hline(xs[c], xs[c + 1], ys[r], rule_color, 0.6 if r == head else 0.3)
    if rules == 'head':
        pg.hline(xs[0], xs[-1], ys[0], rule_color, 0.9)
        pg.hline(xs[0], xs[-1], ys[head], rule_color, 0.5)
    if rules == 'grid':
        for c in range(1, ncol):
            for r in range(nrow):
                crossed = any(cc < c < cc + ccs and rr <= r < rr + rrs for (rr, cc, rrs, ccs, *_z) in cells)
                if not crossed:
                    pg.vline(xs[c], ys[r + 1], ys[r], rule_color, 0.3)
        pg.vline(xs[0], ys[-1], ys[0], rule_color, 0.6)
        pg.vline(xs[-1], ys[-1], ys[0], rule_color, 0.6)
    # text
    grid = [[''] * ncol for _ in range(nrow)]
    for (r, c, rs, cs, lines, al, f, fill, color) in cells:
        top, bot = ys[r], ys[r + rs]
        block = (len(lines) - 1) * leading + size if lines else 0
        if valign == 'c' or rs > 1:
            y0 = (top + bot) / 2 + block / 2 - size * 0.88 + (size * 0.0)
        else:
            y0 = top - pad - size * 0.88
        for k, l in enumerate(lines):
            yy = y0 - k * leading
            if al == 'l':
                pg.text(xs[c] + pad, yy, l, size, f, color)
            elif al == 'r':
                pg.text(xs[c + cs] - pad, yy, l, size, f, color, align='r')
            else:
                pg.text((xs[c] + xs[c + cs]) / 2, yy, l, size, f, color, align='c')
        grid[r][c] = ''.join(lines)
    for row in grid:
        pg.exp('\t'.join(row))
    return ys[-1]


# ---------------------------------------------------------------- checks
def check_page(pg, pno):
    items = pg.items
    m = 6
    for it in items:
        for ch in it.text:
            if ch not in CMAP[it.font] and not ch.isspace():
                raise Refuse(f'p{pno}: glyph {ch!r} (U+{ord(ch):04X}) not in font {it.font}')
        x0, y0, x1, y1 = it.bbox()
        if x0 < m or y0 < m or x1 > pg.w - m or y1 > pg.h - m:
            raise Refuse(f'p{pno}: item leaves the page: {it.text!r} {it.bbox()}')
    for it in items:
        x0, _, x1, _ = it.bbox()
        for fx in pg.folds:
            if x0 - 4 < fx < x1 + 4:
                raise Refuse(f'p{pno}: {it.text!r} crosses (or touches) the fold at x={fx:.1f}')
    bbs = [it.bbox() for it in items]
    order = sorted(range(len(items)), key=lambda i: bbs[i][0])
    for a_i, a in enumerate(order):
        ax0, ay0, ax1, ay1 = bbs[a]
        for b in order[a_i + 1:]:
            bx0, by0, bx1, by1 = bbs[b]
            if bx0 >= ax1 - 0.05:
                break
            if min(ax1, bx1) - max(ax0, bx0) > 0.05 and min(ay1, by1) - max(ay0, by0) > 0.05:
                raise Refuse(f'p{pno}: overlap {items[a].text!r} / {items[b].text!r}')
    drawn = Counter(ch for it in items if not it.furniture for ch in it.text if not ch.isspace())
    want = Counter(ch for l in pg.expected for ch in l if not ch.isspace())
    if drawn != want:
        raise Refuse(f'p{pno}: drawn text and expected text differ: drawn-only {dict(drawn - want)}, '
                     f'expected-only {dict(want - drawn)}')
    fur = {''.join(it.text.split()) for it in items if it.furniture}
    for l in pg.expected:
        if ''.join(l.split()) in fur:
            raise Refuse(f'p{pno}: furniture {l!r} is an expected line')


def check_facts(f, expected_all):
    drawn = norm(expected_all)
    h = f['hiring']['rows']
    for r in h:
        t, a, te = r['total'], r['admin'], r['tech']
        if t['count'] != a['count'] + te['count'] or t['women'] != a['women'] + te['women']:
            raise Refuse(f'hiring {r["label"]}: total != admin + tech')
        for k in (t, a, te):
            if k['women'] > k['count']:
                raise Refuse(f'hiring {r["label"]}: women > heads')
    planned = [r for r in h if r['planned']]
    actual = [r for r in h if not r['planned']]
    if len(planned) != 1 or planned[0]['fiscalYear'] != f['edition']['year']:
        raise Refuse('planned year != edition year')
    if f['exams']['fiscalYear'] != f['edition']['year']:
        raise Refuse('exam year != edition year')
    last = max(actual, key=lambda r: r['fiscalYear'])
    a = f['assignments']
    if a['cohortFiscalYear'] != last['fiscalYear']:
        raise Refuse('assignment cohort is not the last actual cohort')
    sa = sum(r['admin'] or 0 for r in a['rows']); st = sum(r['tech'] or 0 for r in a['rows'])
    if (sa, st) != (last['admin']['count'], last['tech']['count']) or a['totals'] != {'admin': sa, 'tech': st}:
        raise Refuse(f'assignment sums {sa}/{st} != last cohort')
    for trk, key in (('事務系', 'admin'), ('技術系', 'tech')):
        n = 0
        for e in f['exams']['entries']:
            if e['track'] == trk:
                s = sum(b['count'] for b in e['breakdown'])
                if s != e['total']:
                    raise Refuse(f'exam entry {e} total')
                n += s
        if n != planned[0][key]['count']:
            raise Refuse(f'exam {trk}: {n} != planned {planned[0][key]["count"]}')
    strings = [f['organization'], f['edition']['asOfText']]
    for r in h:
        strings.append(r['label'])
        for k in ('total', 'admin', 'tech'):
            if not r[k].get('synthesised'):
                strings.append(r[k]['text'])
        if r.get('womenShare'):
            strings.append(r['womenShare'])
    for e in f['exams']['entries']:
        strings += [e['track'], e['exam'], e['text']] + [b['category'] for b in e['breakdown']]
    for r in a['rows']:
        strings.append(r['unit'])
    for c in f['contacts']:
        strings += [c['track'], c['office'], c['location']] + c['tel'] + c['email']
    acc = f['access']
    strings.append(acc['address'])
    for route in acc['routes']:
        strings.append(route.split('『')[1].split('』')[0])
    if not acc.get('routesSynthesised'):
        strings += acc['routes']
    strings += [f['lead']['title']] + f['lead']['text']
    for i in f['initiatives']:
        strings += [i['title'], i['text']]
    for s in f['supportSystems']:
        strings += [s['name'], s['text']] + ([s['duration']] if s.get('duration') else [])
    strings += [f['supportTitle'], f['training']['title']] + f['training']['paragraphs']
    for s in strings:
        if s and norm(s) not in drawn:
            raise Refuse(f'fact string not printed: {s!r}')


# ---------------------------------------------------------------- output
def draw(pages, path, title):
    c = canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h), invariant=1)
    c.setTitle(title)
    c.setAuthor('BrochureKit holdout8')
    for pno, pg in enumerate(pages, 1):
        c.setPageSize((pg.w, pg.h))
        for fn in pg.gfx:
            fn(c)
        order = list(range(len(pg.items)))
        random.Random(8000 + pno * 131 + len(pg.items)).shuffle(order)
        for i in order:
            it = pg.items[i]
            c.saveState()
            c.setFillColor(it.color)
            t = c.beginText()
            t.setTextOrigin(it.x, it.y)
            t.setFont(FONTS[it.font][0], it.size)
            if it.cs:
                t.setCharSpace(it.cs)
            if it.bold:
                c.setStrokeColor(it.color); c.setLineWidth(it.size * 0.035)
                t.setTextRenderMode(2)
            t.textOut(it.text)
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()


def hire(fy, label, planned, a, aw, t, tw, fmt, labelText=None, share=None, synth=False):
    def cnt(n, w):
        d = {'count': n, 'women': w, 'text': fmt(n, w)}
        if synth:
            d['synthesised'] = True
        return d
    r = {'fiscalYear': fy, 'label': label, 'labelText': labelText or label, 'planned': planned,
         'total': cnt(a + t, aw + tw), 'admin': cnt(a, aw), 'tech': cnt(t, tw)}
    if share is not None:
        r['womenShare'] = share
    return r


def fw(s):
    """half-width digits/letters -> full-width"""
    return ''.join(chr(ord(ch) + 0xFEE0) if ('0' <= ch <= '9' or 'A' <= ch <= 'Z') else ch for ch in str(s))


def pct(w, n):
    return f'{round(w * 1000 / n) / 10:.1f}%'


def exam_entry(track, exam, parts, sep='、', fmt=lambda c, n: f'{c}：{n}名'):
    return {'track': track, 'exam': exam, 'text': sep.join(fmt(c, n) for c, n in parts),
            'breakdown': [{'category': c, 'count': n} for c, n in parts], 'total': sum(n for _, n in parts)}


NAVY = colors.HexColor('#1d3557')
TEAL = colors.HexColor('#0f766e')
ORANGE = colors.HexColor('#d9480f')
GREY = colors.HexColor('#666666')
LIGHT = colors.HexColor('#eef3f8')
SAND = colors.HexColor('#fbf3e6')
GREEN = colors.HexColor('#2b7a3d')
PALE = colors.HexColor('#eaf5ec')
WHITE = colors.white


# ================================================================ 観光庁 (A4 landscape, 3 unequal columns)
def kanko():
    W, H = landscape(A4)
    L, R = 30, W - 30
    fmt = lambda n, w: f'{n}（{w}）'
    data = [(2021, 9, 4, 2, 1), (2022, 10, 5, 3, 1), (2023, 8, 4, 2, 0), (2024, 11, 5, 3, 2), (2025, 10, 4, 3, 1)]
    rows = []
    for fy, a, aw, t, tw in data:
        rows.append(hire(fy, f'{fy}年度', fy == 2025, a, aw, t, tw, fmt, share=pct(aw + tw, a + t)))
    # mixed digit widths cell by cell in the hiring table
    full_cells = {(2022, 'admin'), (2023, 'total'), (2024, 'tech'), (2025, 'admin'), (2021, 'tech')}
    for r in rows:
        for k in ('total', 'admin', 'tech'):
            if (r['fiscalYear'], k) in full_cells:
                r[k]['text'] = fw(r[k]['text'])
    exams = [exam_entry('事務系', '大卒程度試験', [('法律', 3), ('経済', 2), ('政治・国際', 1), ('教養', 2)]),
             exam_entry('事務系', '院卒程度試験', [('行政', 2)]),
             exam_entry('技術系', '大卒程度試験', [('工学', 1), ('建築', 1)]),
             exam_entry('技術系', '院卒程度試験', [('デジタル', 1)])]
    units = [('総務課', 2, None), ('観光戦略課', 3, None), ('観光地域振興課', 2, 1), ('国際観光課', 2, None),
             ('外客受入担当参事官室', 1, None), ('観光資源課', 1, 2)]
    contacts = [
        {'track': '総合職事務系', 'office': '総務課 人事係', 'location': '中央合同庁舎3号館', 
         'tel': ['03-5253-8111（内線27133）'], 'email': ['kanko-saiyo@mlit.go.jp']},
        {'track': '総合職技術系', 'office': '観光資源課 企画係', 'location': '中央合同庁舎3号館',
         'tel': ['03-5253-8111（内線27642）', '03-5253-8925（直通）'], 'email': ['kanko-gijutsu@mlit.go.jp']},
    ]
    access = {'address': '〒100-8918 東京都千代田区霞が関2-1-3 中央合同庁舎3号館',
              'routes': ['東京メトロ丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A3出口 徒歩約3分',
                         '東京メトロ有楽町線『桜田門』駅 5番出口 徒歩約9分',
                         '都営三田線『内幸町』駅 徒歩約10分',
                         '都営バス 都01系統（渋谷駅前〜新橋駅前）『虎ノ門』停留所 徒歩約5分']}
    lead = {'title': '旅の力で、地域と日本を元気に。',
            'text': ['観光庁は、観光立国の実現に向けて、訪日外国人旅行者の受入環境の整備、地域の観光資源の磨き上げ、'
                     '観光産業の生産性向上などに取り組む国土交通省の外局です。地方自治体や民間企業と一緒に、'
                     '持続可能な観光地づくりを進めています。']}
    initiatives = [
        {'title': '地域に飛び込む現地調査', 'text': '若手職員が全国の観光地を訪ね、自治体や事業者と意見を交わしながら施策の種を探します。'},
        {'title': 'テレワークとフレックス', 'text': '在宅勤務とフレックスタイム制を組み合わせ、育児や介護と両立しやすい働き方を広げています。'},
        {'title': '庁内公募プロジェクト', 'text': '部署を越えて集まった職員が、観光DXや新しい統計の作り方を自由に提案できます。'},
    ]
    support = [
        {'name': '育児休業', 'duration': '子が3歳に達するまで', 'text': '男性職員の取得も広がっています。'},
        {'name': '育児短時間勤務', 'duration': '小学校就学まで', 'text': '週19時間25分からの勤務を選べます。'},
        {'name': '介護休暇', 'duration': '通算6月まで', 'text': '3回まで分割して取得できます。'},
        {'name': '配偶者出産休暇', 'duration': '2日以内', 'text': '出産に伴う入院の付添い等に。'},
        {'name': '自己啓発等休業', 'duration': '最長3年', 'text': '大学院での修学や国際貢献活動に。'},
    ]
    training = {'title': '研修制度', 'paragraphs': [
        '　入庁後は初任行政研修と観光庁独自の導入研修で、観光政策と統計の基礎を学びます。',
        '　２年目以降は地方運輸局や自治体、在外公館への出向、海外大学院への留学などで視野を広げます。']}

    pages = []
    # ---------------- page 1
    p = Page(W, H)
    p.rect(0, H - 74, W, 74, fill=ORANGE)
    p.text(L, H - 44, '観光庁', 26, 'G', WHITE)
    p.text(L + 86, H - 44, 'Japan Tourism Agency', 11, 'G', WHITE)
    p.exp('観光庁 Japan Tourism Agency')   # title + smaller subtitle on one baseline: one line
    p.text(L, H - 64, '総合職採用案内 2025', 12, 'G', WHITE)
    p.exp('総合職採用案内 2025')
    p.text(R, H - 88, '令和７年４月', 9, 'M', align='r')
    p.exp('令和７年４月')
    # running footer (furniture)
    p.hline(L, R, 30, ORANGE, 0.8)
    p.text(L, 18, '観光庁　総合職採用案内', 7.5, 'G', GREY, furniture=True)
    p.text(R, 18, '1 / 2', 7.5, 'G', GREY, align='r', furniture=True)

    c1, w1 = L, 196
    c2, w2 = c1 + w1 + 16, 336
    c3 = c2 + w2 + 16
    w3 = R - c3
    p.vline(c2 - 8, 40, H - 100, colors.HexColor('#cccccc'), 0.4)
    p.vline(c3 - 8, 40, H - 100, colors.HexColor('#cccccc'), 0.4)
    top = H - 112

    def heading(pg, x, y, w, text):
        pg.rect(x, y - 3, 3.5, 13, fill=ORANGE)
        pg.text(x + 8, y, text, 11, 'G')
        pg.exp(text)
        pg.hline(x, x + w, y - 6, ORANGE, 0.6, dash=(2, 1.5))
        return y - 22

    # column 1: lead + training
    y = top
    p.text(c1, y, lead['title'], 12.5, 'G', ORANGE)
    p.exp(lead['title'])
    y -= 22
    y = para(p, c1, y, w1, lead['text'][0], 8.6, leading=14)
    y -= 10
    y = heading(p, c1, y, w1, training['title'])
    for t in training['paragraphs']:
        y = para(p, c1, y, w1, t, 8.6, leading=14)
    y -= 8
    p.rect(c1, y - 78, w1, 78, fill=colors.HexColor('#f1f1f1'))
    p.text(c1 + w1 / 2, y - 42, '（写真）', 8, 'M', GREY, align='c')
    p.exp('（写真）')
    p.text(c1, y - 92, '訪日客の受入環境を視察する若手職員', 7.5, 'M', GREY)
    p.exp('訪日客の受入環境を視察する若手職員')
    y -= 116
    p.rect(c1, y - 96, w1, 108, fill=SAND, r=5)
    p.text(c1 + 8, y - 4, '先輩職員からのメッセージ', 9, 'G', ORANGE)
    p.exp('先輩職員からのメッセージ')
    yy = para(p, c1 + 8, y - 22, w1 - 16, '地方の小さな温泉地の再生に、自治体や旅館の方々と二年かけて取り組みました。'
              '現場の声が制度になる手応えは、この仕事ならではです。', 8.2, leading=13)
    p.text(c1 + w1 - 8, yy, '（2019年入庁・事務系）', 7.6, 'M', GREY, align='r')
    p.exp('（2019年入庁・事務系）')

    # column 2: hiring + assignments
    y = heading(p, c2, top, w2, '採用実績')
    intro = '総合職の採用者数（（　）内は女性で内数）'
    p.text(c2, y, intro, 8.2)
    p.exp(intro)
    y -= 8
    hdr1 = [{'text': '区分', 'rs': 2}, {'text': '実績', 'cs': 4}, None, None, None, '予定']
    hdr2 = [None] + [r['label'] for r in rows]
    body = []
    for key, name in (('admin', '事務系'), ('tech', '技術系'), ('total', '合計')):
        body.append([{'text': name, 'font': 'G', 'align': 'l'}] + [{'lines': [r[key]['text']]} for r in rows])
    body.append([{'text': '女性の割合', 'font': 'G', 'align': 'l'}] + [r['womenShare'] for r in rows])
    yb = table(p, c2, y, [64] + [54.4] * 5, [hdr1, hdr2] + body, 8.2, head=2, rules='none',
               aligns=['l'] + ['c'] * 5, pad=3.2)
    # light colour under the planned column, no rules at all
    note = '※女性の割合は、合計に占める女性の割合です。'
    y = yb - 12
    p.text(c2, y, note, 7.4, 'M', GREY)
    p.exp(note)
    y -= 26
    y = heading(p, c2, y, w2, '配属先')
    intro2 = '2024年度採用者の配属先（2025年4月1日現在）'
    p.text(c2, y, intro2, 8.2)
    p.exp(intro2)
    y -= 8
    arows = [['配属先', '事務系', '技術系']]
    for u, a, t in units:
        arows.append([u, f'{fw(a)}名' if a else '', f'{fw(t)}名' if t else ''])
    table(p, c2, y, [200, 68, 68], arows, 8.2, rules='head', aligns=['l', 'c', 'c'], pad=3.2)

    # column 3: exams as a list
    y = heading(p, c3, top, w3, '試験区分')
    t1 = '2025年度採用予定者の試験区分'
    p.text(c3, y, t1, 8.2)
    p.exp(t1)
    y -= 18
    for e in exams:
        line = f'{e["track"]}／{e["exam"]}'
        p.circle(c3 + 3, y + 3, 2.4, ORANGE)
        p.text(c3 + 9, y, line, 8.4, 'G')
        p.exp(line)
        y -= 13
        y = para(p, c3 + 12, y, w3 - 12, e['text'], 8.2, leading=12.5)
        y -= 6
    y -= 8
    y = heading(p, c3, y, w3, '観光庁の主な仕事')
    jobs = ['観光地域づくり法人（DMO）の支援', '訪日外国人旅行者の受入環境整備', '宿泊業・旅行業の制度づくり',
            '観光統計の作成と分析']
    for j in jobs:
        p.rect(c3 + 1, y, 4, 4, fill=ORANGE)
        p.text(c3 + 9, y, j, 8.2)
        p.exp(j)
        y -= 14
    y -= 10
    y = heading(p, c3, y, w3, '若手職員の1日')
    sched = [['時刻', '仕事'], ['9:30', '登庁、メールと報道の確認'], ['10:00', '自治体とのオンライン会議'],
             ['12:00', '昼食'], ['13:30', '旅行業団体へのヒアリング'], ['16:00', '課内で施策の検討'],
             ['18:15', '退庁']]
    table(p, c3, y, [44, w3 - 44], sched, 8.2, rules='h', rule_color=ORANGE, aligns=['c', 'l'], pad=3)
    pages.append(p)

    # ---------------- page 2
    p = Page(W, H)
    p.hline(L, R, 30, ORANGE, 0.8)
    p.text(L, 18, '観光庁　総合職採用案内', 7.5, 'G', GREY, furniture=True)
    p.text(R, 18, '2 / 2', 7.5, 'G', GREY, align='r', furniture=True)
    y = heading(p, L, H - 40, R - L, 'お問い合わせ先')
    crow = [['区分', '担当', '電話', 'メール']]
    for c in contacts:
        crow.append([{'text': c['track'], 'font': 'G'}, {'lines': [c['office'], f'（{c["location"]}）']},
                     {'lines': c['tel']}, c['email'][0]])
    y = table(p, L, y, [110, 230, 190, R - L - 530], crow, 8.6, rules='h', head_fill=SAND,
              aligns=['l', 'l', 'l', 'l'], pad=4, valign='t')
    y -= 26
    d1, dw1 = L, 250
    d2, dw2 = L + 250 + 18, 262
    d3 = d2 + dw2 + 18
    dw3 = R - d3
    top2 = y
    y = heading(p, d1, top2, dw1, '働き方の取組')
    for k, i in enumerate(initiatives):
        p.text(d1, y, f'{k + 1:02d}', 14, 'G', ORANGE)
        p.text(d1 + 24, y, i['title'], 9.4, 'G')
        p.exp(f'{k + 1:02d} ' + i['title'])   # number and title on one baseline: one line
        y -= 16
        y = para(p, d1 + 24, y, dw1 - 24, i['text'], 8.4, leading=13)
        y -= 10
    y = heading(p, d2, top2, dw2, '両立支援制度')
    srows = [['制度', '期間・日数', '内容']]
    for s in support:
        srows.append([{'text': s['name'], 'font': 'G'}, s['duration'], s['text']])
    table(p, d2, y, [70, 94, dw2 - 164], srows, 7.8, rules='h', aligns=['l', 'l', 'l'], pad=3, valign='t')
    y = heading(p, d3, top2, dw3, 'アクセス')
    y = para(p, d3, y, dw3, access['address'], 8.4, leading=13)
    y -= 6
    mk = [('鉄道', access['routes'][:3]), ('バス', access['routes'][3:])]
    for label, rts in mk:
        p.rect(d3, y - 3, 26, 12, fill=NAVY, r=2)
        p.text(d3 + 13, y, label, 7.6, 'G', WHITE, align='c')
        p.exp(label)
        y -= 16
        for rt in rts:
            y = para(p, d3 + 6, y, dw3 - 6, rt, 8.2, leading=12.5)
            y -= 4
        y -= 4
    p.rect(d3, y - 80, dw3, 80, fill=colors.HexColor('#f1f1f1'), stroke=colors.HexColor('#bbbbbb'))
    p.text(d3 + dw3 / 2, y - 44, '（地図）', 8, 'M', GREY, align='c')
    p.exp('（地図）')
    # full-width band at the foot: seminar notice
    p.rect(L, 44, R - L, 58, fill=SAND, r=4)
    p.text(L + 12, 82, '業務説明会のご案内', 10.5, 'G', ORANGE)
    p.exp('業務説明会のご案内')
    sem = ['霞が関の庁舎とオンラインで、若手職員との座談会を含む業務説明会を随時開催しています。',
           '日程と申込方法は観光庁ホームページの「採用情報」に掲載します。']
    for k, t in enumerate(sem):
        p.text(L + 12, 66 - k * 13, t, 8.6)
        p.exp(t)
    pages.append(p)

    facts = {
        'fixture': 'kanko-2025', 'organization': '観光庁', 'document': '総合職採用案内',
        'edition': {'year': 2025, 'asOf': '2025-04', 'asOfText': '令和７年４月'}, 'pages': 2,
        'hiring': {'intro': [intro], 'note': note, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                   'layout': 'years as columns (western 2021年度…); 実績 / 予定 in a separate header row above the years; '
                             'rows 事務系, 技術系, 合計 and a 女性の割合 row in %; no rules; digits mixed half/full-width cell by cell',
                   'rows': rows},
        'exams': {'title': t1, 'fiscalYear': 2025, 'entries': exams},
        'contacts': contacts, 'access': access,
        'assignments': {'cohortFiscalYear': 2024, 'intro': intro2, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units],
                        'totals': {'admin': sum(a or 0 for _, a, _t in units), 'tech': sum(t or 0 for *_u, t in units)}},
        'lead': lead, 'initiativesIntro': None, 'initiatives': initiatives,
        'supportTitle': '両立支援制度', 'supportSystems': support, 'supportSource': '', 'training': training,
        'runningFooter': '観光庁　総合職採用案内',
    }
    return pages, facts


# ================================================================ 出入国在留管理庁 (A4 portrait, vertical headings)
def nyukan():
    W, H = A4
    L, R = 40, W - 40
    RAIL = 26                 # vertical headings in a rail left of each section
    B = L + RAIL + 8          # body left
    BW = R - B
    fmt = lambda n, w: f'{n}名（うち女性{w}名）'
    data = [(2021, 12, 5, 2, 1), (2022, 13, 6, 3, 1), (2023, 11, 5, 2, 1), (2024, 14, 7, 3, 1), (2025, 12, 5, 3, 2)]
    rows = []
    for fy, a, aw, t, tw in data:
        era = fy - 2018
        rows.append(hire(fy, f'令和{era}年度', fy == 2025, a, aw, t, tw, fmt,
                         labelText=f'令和{era}年度（予定）' if fy == 2025 else None))
    # full-width digits in some labels and cells
    rows[1]['label'] = rows[1]['labelText'] = '令和４年度'
    rows[3]['label'] = rows[3]['labelText'] = '令和６年度'
    for r, k in ((rows[0], 'tech'), (rows[1], 'total'), (rows[1], 'admin'), (rows[3], 'tech'), (rows[4], 'total')):
        r[k]['text'] = fw(r[k]['text'])
    exams = [exam_entry('事務系', '大卒程度試験', [('法律', 5), ('経済', 2), ('政治・国際', 1), ('教養', 2)]),
             exam_entry('事務系', '院卒程度試験', [('行政', 1), ('法務', 1)]),
             exam_entry('技術系', '大卒程度試験', [('デジタル', 2)]),
             exam_entry('技術系', '院卒程度試験', [('工学', 1)])]
    units = [('総務課', 2, None), ('政策課', 3, None), ('出入国管理部', 4, 1), ('在留管理支援部', 3, None),
             ('情報システム管理室', None, 2), ('東京出入国在留管理局', 2, None)]
    contacts = [
        {'track': '総合職事務系', 'office': '総務課 人事係', 'location': '中央合同庁舎6号館A棟13階',
         'tel': ['03-3580-4111（内線4452）'], 'email': ['nyukan-saiyo@moj.go.jp']},
        {'track': '総合職技術系（デジタル）', 'office': '情報システム管理室 企画係', 'location': '中央合同庁舎6号館A棟14階',
         'tel': ['03-3580-4111（内線4627）'], 'email': ['nyukan-digital@moj.go.jp']},
    ]
    access = {'address': '〒100-8973 東京都千代田区霞が関1-1-1 中央合同庁舎6号館',
              'routes': ['東京メトロ丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A1出口 徒歩約3分',
                         '東京メトロ有楽町線『桜田門』駅 5番出口 徒歩約3分',
                         '都営三田線『日比谷』駅 A10出口 徒歩約8分']}
    lead = {'title': '共生社会の実現を、ルールと現場から。',
            'text': ['出入国在留管理庁は、日本を訪れる人々の円滑な出入国と、外国人の方々が安心して暮らせる共生社会の実現を'
                     '担っています。空港・港での審査から在留制度の企画立案、難民認定まで、国際的な視野と法的な思考が'
                     '求められる仕事です。']}
    initiatives = [
        {'title': '若手による政策提案', 'text': '入庁3年目までの職員がチームを組み、在留手続のオンライン化などを長官に直接提案します。'},
        {'title': '地方局での現場経験', 'text': '空港や地方出入国在留管理局での勤務を通じて、制度が使われる現場を肌で知ります。'},
        {'title': '業務の見直し', 'text': '会議資料のペーパーレス化と定時退庁日の徹底で、超過勤務の縮減に取り組んでいます。'},
        {'title': 'テレワーク', 'text': '貸与パソコンで庁外から業務システムに接続でき、週2日程度の在宅勤務が可能です。'},
    ]
    support = [
        {'name': '育児休業', 'duration': '子が3歳に達するまで', 'text': '男女を問わず取得でき、復帰後の面談も行います。'},
        {'name': '育児時間', 'duration': '1日2時間まで', 'text': '小学校就学前の子の送り迎えなどに利用できます。'},
        {'name': '子の看護休暇', 'duration': '年5日', 'text': '子が2人以上の場合は年10日まで取得できます。'},
        {'name': '介護休暇', 'duration': '通算6月まで', 'text': '要介護の家族1人につき、3回まで分割できます。'},
        {'name': '自己啓発等休業', 'duration': '最長3年', 'text': '大学院での修学や国際貢献活動のための休業です。'},
    ]
    training = {'title': '研修制度', 'paragraphs': [
        '　入庁後は初任行政研修に続いて、入管法・難民法や審査実務を学ぶ導入研修（約1か月）を受講します。',
        '　その後も語学研修、国際機関や在外公館への出向、海外の大学院への留学など、国際的な経験を積む機会があります。']}

    pages = []

    def furniture(p, n):
        p.text(R, H - 24, '出入国在留管理庁　総合職採用パンフレット', 7.2, 'G', GREY, align='r', furniture=True)
        p.hline(L, R, H - 30, NAVY, 0.6)
        p.text(W / 2, 22, f'- {n} -', 8, 'M', GREY, align='c', furniture=True)

    def vhead(p, ytop, text):
        n = len(text)
        size = 11
        hgt = n * size * 1.15 + 10
        p.rect(L, ytop - hgt, RAIL, hgt, fill=NAVY)
        vertical(p, L + RAIL / 2, ytop - 5, text, size, 'G', WHITE)
        return ytop - hgt

    def section_end(ybody, ybar, gap=20):
        return min(ybody, ybar) - gap

    # ---------------- page 1
    p = Page(W, H)
    furniture(p, 1)
    y = H - 66
    p.text(L, y, '出入国在留管理庁', 24, 'G', NAVY, bold=True)
    p.exp('出入国在留管理庁')
    y -= 18
    p.text(L, y, 'Immigration Services Agency of Japan', 9.5, 'G', GREY)
    p.exp('Immigration Services Agency of Japan')
    y -= 22
    p.text(L, y, '総合職採用パンフレット 2025', 13, 'G')
    p.exp('総合職採用パンフレット 2025')
    y -= 10
    p.hline(L, R, y, NAVY, 2.0)
    y -= 13
    p.text(R, y, '令和７年３月', 8.6, 'M', align='r')
    p.exp('令和７年３月')
    y -= 22
    p.text(L, y, lead['title'], 13, 'M', NAVY, bold=True)
    p.exp(lead['title'])
    y -= 20
    y = para(p, L, y, R - L, lead['text'][0], 9.2, leading=15.5)
    y -= 14
    # hiring
    ytop = y
    bar = vhead(p, ytop, '採用実績')
    yb = ytop - 9
    intro = '総合職（事務系・技術系）の採用状況'
    p.text(B, yb, intro, 9.2, 'G')
    p.exp(intro)
    yb -= 10
    hrows = [['採用年度', '合計', '事務系', '技術系']]
    for r in rows:
        lab = {'lines': [r['label'], '（予定）']} if r['planned'] else r['label']
        hrows.append([lab, r['total']['text'], r['admin']['text'], r['tech']['text']])
    yb = table(p, B, yb, [76, (BW - 76) / 3, (BW - 76) / 3, (BW - 76) / 3], hrows, 8.6, rules='none',
               aligns=['l', 'r', 'r', 'r'], pad=4, head_fill=LIGHT, zebra=None)
    note = '※令和7年度は採用予定数です（令和7年3月1日現在）。'
    yb -= 12
    p.text(B, yb, note, 7.8, 'M', GREY)
    p.exp(note)
    y = section_end(yb, bar)
    # assignments
    ytop = y
    bar = vhead(p, ytop, '配属先')
    yb = ytop - 9
    intro2 = '令和6年度採用者の配属先（令和7年3月1日現在）'
    p.text(B, yb, intro2, 9.2, 'G')
    p.exp(intro2)
    yb -= 10
    arows = [['部署', '事務系', '技術系']]
    for u, a, t in units:
        arows.append([u, f'{fw(a)}名' if a else '', f'{fw(t)}名' if t else ''])
    yb = table(p, B, yb, [BW - 140, 70, 70], arows, 8.6, rules='h', rule_color=NAVY, aligns=['l', 'r', 'r'], pad=4)
    y = section_end(yb, bar)
    ytop = y
    bar = vhead(p, ytop, '試験区分')
    yb = ytop - 9
    t1 = '令和7年度採用予定者の試験区分'
    p.text(B, yb, t1, 9.2, 'G')
    p.exp(t1)
    yb -= 10
    erows = [['区分', '大卒程度試験', '院卒程度試験']]
    for trk in ('事務系', '技術系'):
        es = {e['exam']: e['text'] for e in exams if e['track'] == trk}
        erows.append([{'text': trk, 'font': 'G'}, es['大卒程度試験'], es['院卒程度試験']])
    yb = table(p, B, yb, [70, 190, BW - 260], erows, 8.6, rules='grid', rule_color=NAVY, head_fill=LIGHT,
               aligns=['c', 'l', 'l'], pad=4)
    pages.append(p)

    # ---------------- page 2
    p = Page(W, H)
    furniture(p, 2)
    y = H - 56
    # initiatives: two columns, column-major
    ytop = y
    bar = vhead(p, ytop, '働き方')
    colw = (BW - 16) / 2
    yl = ytop - 9
    for k, i in enumerate(initiatives):
        if k == 2:
            yleft = yl
            yl = ytop - 9
        x = B if k < 2 else B + colw + 16
        p.rect(x, yl - 2.5, colw, 14, fill=LIGHT)
        p.text(x + 4, yl, i['title'], 9.2, 'G', NAVY)
        p.exp(i['title'])
        yl -= 17
        yl = para(p, x, yl, colw, i['text'], 8.6, leading=13.5)
        yl -= 8
    y = section_end(min(yl, yleft), bar)
    # support: ruled table, name cell = name + duration on 2 lines
    ytop = y
    bar = vhead(p, ytop, '両立支援')
    yb = ytop - 9
    st = '仕事と家庭の両立支援制度'
    p.text(B, yb, st, 9.2, 'G')
    p.exp(st)
    yb -= 10
    srows = [['制度', '内容']]
    for s in support:
        srows.append([{'lines': [s['name'], f'（{s["duration"]}）'], 'font': 'G'}, s['text']])
    yb = table(p, B, yb, [120, BW - 120], srows, 8.6, rules='grid', rule_color=NAVY, head_fill=LIGHT,
               aligns=['l', 'l'], pad=4)
    y = section_end(yb, bar)
    ytop = y
    bar = vhead(p, ytop, '研修制度')
    yb = ytop - 9
    for t in training['paragraphs']:
        yb = para(p, B, yb, BW, t, 9, leading=15)
    yb -= 4
    steps = [('1年目', '本庁で制度の基礎'), ('2〜3年目', '地方局・空港'), ('4〜6年目', '本庁で企画立案'),
             ('7年目〜', '出向・留学')]
    sw_ = (BW - 3 * 10) / 4
    for k, (a, b) in enumerate(steps):
        x = B + k * (sw_ + 10)
        p.rect(x, yb - 34, sw_, 40, fill=LIGHT, r=3)
        p.text(x + sw_ / 2, yb - 8, a, 9, 'G', NAVY, align='c')
        p.text(x + sw_ / 2, yb - 24, b, 8, 'M', align='c')
    # expected: the four boxes in a row, each box label then text, left to right
    for a, b in steps:
        p.exp(a)
        p.exp(b)
    yb -= 40
    y = section_end(yb, bar)
    pages.append(p)

    # ---------------- page 3
    p = Page(W, H)
    furniture(p, 3)
    y = H - 56
    # contacts
    ytop = y
    bar = vhead(p, ytop, '採用窓口')
    yb = ytop - 9
    for c in contacts:
        p.text(B, yb, f'【{c["track"]}】', 9.4, 'G', NAVY)
        p.exp(f'【{c["track"]}】')
        yb -= 15
        line = f'{c["office"]}（{c["location"]}）'
        p.text(B + 10, yb, line, 9)
        p.exp(line)
        yb -= 14
        p.text(B + 10, yb, 'TEL', 8.6, 'G', GREY)
        p.text(B + 50, yb, c['tel'][0], 9)
        p.exp('TEL\t' + c['tel'][0])
        yb -= 14
        p.text(B + 10, yb, 'E-mail', 8.6, 'G', GREY)
        p.text(B + 50, yb, c['email'][0], 9)
        p.exp('E-mail\t' + c['email'][0])
        yb -= 20
    y = section_end(yb + 6, bar)
    # access
    ytop = y
    bar = vhead(p, ytop, 'アクセス')
    yb = ytop - 9
    p.text(B, yb, access['address'], 9)
    p.exp(access['address'])
    yb -= 16
    for rt in access['routes']:
        p.text(B, yb, '▶', 7, 'G', NAVY)
        p.exp('▶' + rt)
        yb = para_inline(p, B + 10, yb, rt, 9)
        yb -= 15
    mapw = 180
    p.rect(R - mapw, yb - 90, mapw, 90, fill=colors.HexColor('#f1f1f1'), stroke=colors.HexColor('#bbbbbb'))
    p.text(R - mapw / 2, yb - 50, '（周辺地図）', 8, 'M', GREY, align='c')
    p.exp('（周辺地図）')
    yb -= 110
    y = yb
    ytop = y
    bar = vhead(p, ytop, 'Ｑ＆Ａ')
    yb = ytop - 9
    qa = [('Q', '法学部以外の出身でも活躍できますか？'),
          ('A', '経済・国際関係・情報など、さまざまな専攻の職員が活躍しています。入庁後の研修で入管法の基礎から学べます。'),
          ('Q', '地方や海外での勤務はありますか？'),
          ('A', '地方出入国在留管理局や空港の出張所での勤務のほか、在外公館や国際機関への出向もあります。')]
    for k, t in qa:
        p.text(B, yb, k, 10, 'G', NAVY if k == 'Q' else ORANGE)
        first = wrap(t, 'G' if k == 'Q' else 'M', 9, BW - 16)
        for j, line in enumerate(first):
            p.text(B + 16, yb, line, 9, 'G' if k == 'Q' else 'M')
            p.exp((k if j == 0 else '') + line)
            yb -= 14
        yb -= 4
    pages.append(p)

    facts = {
        'fixture': 'nyukan-2025', 'organization': '出入国在留管理庁', 'document': '総合職採用パンフレット',
        'edition': {'year': 2025, 'asOf': '2025-03', 'asOfText': '令和７年３月'}, 'pages': 3,
        'hiring': {'intro': [intro], 'note': note, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                   'layout': 'years as rows, columns 採用年度 | 合計 | 事務系 | 技術系 (total FIRST); counts 12名（うち女性5名）; '
                             'no rules (tinted header); planned label on 2 lines; mixed digit widths',
                   'rows': rows},
        'exams': {'title': t1, 'fiscalYear': 2025, 'entries': exams,
                  'layout': 'levels as columns (区分 | 大卒程度試験 | 院卒程度試験), tracks as rows'},
        'contacts': contacts, 'access': access,
        'assignments': {'cohortFiscalYear': 2024, 'intro': intro2, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units],
                        'totals': {'admin': sum(a or 0 for _, a, _t in units), 'tech': sum(t or 0 for *_u, t in units)}},
        'lead': lead, 'initiativesIntro': None, 'initiatives': initiatives,
        'supportTitle': '仕事と家庭の両立支援制度', 'supportSystems': support, 'supportSource': '', 'training': training,
        'runningHeader': '出入国在留管理庁　総合職採用パンフレット',
    }
    return pages, facts


def para_inline(p, x, y, text, size):
    p.text(x, y, text, size)
    return y


# ================================================================ 資源エネルギー庁 (A4 landscape Z-fold tri-fold)
def enecho():
    W, H = landscape(A4)
    PW = W / 3
    PAD = 20
    fmt = lambda n, w: fw(f'{n}（{w}）')
    data = [(2021, 8, 3, 5, 1), (2022, 9, 4, 6, 2), (2023, 7, 3, 5, 2), (2024, 9, 4, 7, 2), (2025, 8, 3, 7, 2)]
    rows = []
    for fy, a, aw, t, tw in data:
        era = fy - 2018
        lab = f'令和{fw(era)}年度' + ('※' if fy == 2025 else '')
        rows.append(hire(fy, lab, fy == 2025, a, aw, t, tw, fmt, share=pct(aw + tw, a + t)))
    exams = [exam_entry('事務系', '大卒程度試験', [('法律', 4), ('経済', 2), ('教養', 1)]),
             exam_entry('事務系', '院卒程度試験', [('行政', 1)]),
             exam_entry('技術系', '大卒程度試験', [('工学', 3), ('化学・生物・薬学', 1)]),
             exam_entry('技術系', '院卒程度試験', [('工学', 2), ('数理科学・物理・地球科学', 1)])]
    units = [('長官官房総務課', 2, None), ('省エネルギー・新エネルギー部', 2, 2), ('資源・燃料部', 2, 2),
             ('電力・ガス事業部', 2, 2), ('経済産業省本省（出向）', 1, 1)]
    contacts = [
        {'track': '総合職事務系', 'office': '長官官房総務課 人事担当', 'location': '経済産業省別館5階',
         'tel': ['03-3501-1511（内線4411）'], 'email': ['enecho-saiyo@meti.go.jp']},
        {'track': '総合職技術系', 'office': '長官官房総務課 技術系採用担当', 'location': '経済産業省別館5階',
         'tel': ['03-3501-1511（内線4452）', '03-3501-2304（直通）'], 'email': ['enecho-gijutsu@meti.go.jp']},
    ]
    access = {'address': '〒100-8931 東京都千代田区霞が関1-3-1 経済産業省別館',
              'routes': ['東京メトロ丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A12出口 徒歩約3分',
                         '東京メトロ銀座線『虎ノ門』駅 徒歩約5分',
                         '東京メトロ銀座線・南北線『溜池山王』駅 徒歩約10分']}
    lead = {'title': 'エネルギーの安定供給と脱炭素の両立へ',
            'text': ['資源エネルギー庁は、石油・天然ガスや電力の安定供給、省エネルギーと再生可能エネルギーの拡大、'
                     '原子力政策などを担う経済産業省の外局です。国際交渉から地域のエネルギー事業まで、日本の暮らしと'
                     '産業の土台をつくります。']}
    initiatives = [
        {'title': '資源外交の最前線', 'text': '産油国との協議や国際エネルギー機関の会合に、若手のうちから参加します。'},
        {'title': '現場に学ぶ', 'text': '発電所や洋上風力の建設地を訪ね、事業者と一緒に課題を考えます。'},
        {'title': '柔軟な勤務', 'text': 'フレックスタイム制とテレワークで、メリハリのある働き方ができます。'},
    ]
    support = [
        {'name': '育児休業', 'duration': '子が3歳に達するまで', 'text': '分割して2回まで取得できます。'},
        {'name': '育児短時間勤務', 'duration': '小学校就学前まで', 'text': '1日4時間勤務などを選べます。'},
        {'name': '男性職員の育児参加休暇', 'duration': '5日以内', 'text': '配偶者の出産前後に取得できます。'},
        {'name': '介護休業', 'duration': '通算6月まで', 'text': '3回まで分割して取得できます。'},
        {'name': '配偶者同行休業', 'duration': '最長3年', 'text': '配偶者の海外勤務に同行できます。'},
    ]
    training = {'title': '研修制度', 'paragraphs': [
        '　採用後は経済産業省と合同の導入研修に参加し、エネルギー政策の全体像を学びます。',
        '　入庁後数年で海外の大学院への留学や、在外公館・国際機関への出向の機会があります。']}

    def heading(p, x, y, w, text):
        p.rect(x, y - 4, w, 16, fill=GREEN)
        p.text(x + 6, y, text, 10, 'G', WHITE)
        p.exp(text)
        return y - 20

    pages = []
    # ---------------- page 1 (front): cover | lead + initiatives | support
    p = Page(W, H)
    p.folds = [PW, 2 * PW]
    for k in (1, 2):
        p.vline(PW * k, 0, H, colors.HexColor('#dddddd'), 0.3, dash=(3, 3))
    # panel 1: cover
    x0 = PAD
    pw = PW - 2 * PAD
    p.rect(0, 0, PW, H, fill=PALE)
    y = H - 70
    p.text(x0, y, 'Agency for Natural Resources and Energy', 8, 'G', GREEN)
    p.exp('Agency for Natural Resources and Energy')
    y -= 36
    p.text(x0, y, '資源エネルギー庁', 25, 'G', GREEN, bold=True)
    p.exp('資源エネルギー庁')
    y -= 30
    p.text(x0, y, '総合職採用案内 2025', 14, 'G')
    p.exp('総合職採用案内 2025')
    y -= 20
    p.text(x0, y, '2025年4月', 9, 'M', GREY)
    p.exp('2025年4月')
    # vertical catch copy at the right edge of the cover, beside a figure
    catch = '日本の明日を支える仕事'
    vertical(p, PW - PAD - 10, y - 20, catch, 15, 'M', GREEN, step=1.2)
    p.g(lambda c, cx=x0 + 95, cy=y - 120: (c.saveState(), c.setFillColor(colors.HexColor('#bfe3c6')), c.circle(cx, cy, 70, stroke=0, fill=1), c.restoreState()))
    p.text(x0 + 95, y - 124, '（イメージ図）', 8, 'M', GREY, align='c')
    p.exp('（イメージ図）')
    # panel 2: lead + initiatives
    x0 = PW + PAD
    y = H - 48
    p.text(x0, y, lead['title'], 11.5, 'M', GREEN, bold=True)
    p.exp(lead['title'])
    y -= 22
    y = para(p, x0, y, pw, lead['text'][0], 8.6, leading=14)
    y -= 12
    y = heading(p, x0, y, pw, '私たちの働き方')
    for i in initiatives:
        p.text(x0, y, '◆', 8, 'G', GREEN)
        p.text(x0 + 11, y, i['title'], 9.2, 'G')
        p.exp('◆' + i['title'])
        y -= 15
        y = para(p, x0 + 11, y, pw - 11, i['text'], 8.4, leading=13)
        y -= 8
    y -= 4
    y = heading(p, x0, y, pw, training['title'])
    for t in training['paragraphs']:
        y = para(p, x0, y, pw, t, 8.4, leading=13)
    # panel 3: support, menu style (name ..... duration, text below)
    x0 = 2 * PW + PAD
    y = H - 48
    y = heading(p, x0, y, pw, '両立支援制度')
    for s in support:
        p.text(x0, y, s['name'], 9, 'G')
        p.text(x0 + pw, y, s['duration'], 9, 'M', GREEN, align='r')
        nw = sw(s['name'], 'G', 9)
        dw = sw(s['duration'], 'M', 9)
        p.hline(x0 + nw + 4, x0 + pw - dw - 4, y + 2, GREY, 0.5, dash=(1, 2))
        p.exp(s['name'] + '\t' + s['duration'])
        y -= 14
        y = para(p, x0 + 8, y, pw - 8, s['text'], 8.2, leading=12.5)
        y -= 9
    y -= 6
    p.rect(x0, y - 70, pw, 70, stroke=GREEN, lw=0.8, r=6)
    msg = ['先輩職員の声', '育児休業を半年取得しました。復帰後もテレワークを使いながら、',
           '資源外交の仕事を続けています。（2016年入庁・事務系）']
    yy = y - 16
    for k, m in enumerate(msg):
        p.text(x0 + 8, yy, m, 8.6 if k == 0 else 7.8, 'G' if k == 0 else 'M', GREEN if k == 0 else colors.black)
        p.exp(m)
        yy -= 16 if k == 0 else 12.5
    pages.append(p)

    # ---------------- page 2 (inside): hiring + assignments | exams + jobs | contacts + access
    p = Page(W, H)
    p.folds = [PW, 2 * PW]
    for k in (1, 2):
        p.vline(PW * k, 0, H, colors.HexColor('#dddddd'), 0.3, dash=(3, 3))
    x0 = PAD
    y = H - 40
    y = heading(p, x0, y, pw, '採用実績')
    intro = '総合職採用者数（（　）内は女性で内数）'
    p.text(x0, y, intro, 7.8)
    p.exp(intro)
    y -= 6
    hrows = [['年度', '事務系', '技術系', '計', '女性比率']]
    for r in rows:
        hrows.append([r['label']] + [{'lines': [r[k]['text']]} for k in ('admin', 'tech', 'total')] + [r['womenShare']])
    y = table(p, x0, y, [56, 48, 48, 48, pw - 200], hrows, 7.8, rules='h', rule_color=GREEN,
              aligns=['l', 'c', 'c', 'c', 'r'], pad=3)
    note = '※令和７年度は採用予定数。'
    y -= 11
    p.text(x0, y, note, 7.2, 'M', GREY)
    p.exp(note)
    y -= 24
    y = heading(p, x0, y, pw, '配属先')
    intro2 = '2024年度入庁者の配属先（2025年4月現在）'
    p.text(x0, y, intro2, 7.8)
    p.exp(intro2)
    y -= 6
    arows = [['部署', '事務系', '技術系']]
    for u, a, t in units:
        arows.append([u, str(a) if a else '', str(t) if t else ''])
    arows.append([{'text': '合計', 'font': 'G'}, str(sum(a or 0 for _, a, _t in units)),
                  str(sum(t or 0 for *_u, t in units))])
    table(p, x0, y, [pw - 80, 40, 40], arows, 7.8, rules='none', zebra=PALE, aligns=['l', 'r', 'r'], pad=3,
          head_fill=colors.HexColor('#cfe8d4'))
    # panel 2
    x0 = PW + PAD
    y = H - 40
    y = heading(p, x0, y, pw, '試験区分')
    t1 = '2025年度 採用予定者の試験区分（予定）'
    p.text(x0, y, t1, 7.8)
    p.exp(t1)
    y -= 6
    erows = [['試験', '事務系', '技術系']]
    for lvl in ('大卒程度試験', '院卒程度試験'):
        cells = {e['track']: e['text'] for e in exams if e['exam'] == lvl}
        erows.append([{'lines': [lvl[:4], lvl[4:]], 'font': 'G'}, cells['事務系'], cells['技術系']])
    y = table(p, x0, y, [46, (pw - 46) / 2, (pw - 46) / 2], erows, 7.8, rules='grid', rule_color=GREEN,
              aligns=['c', 'l', 'l'], pad=3, valign='t')
    y -= 22
    y = heading(p, x0, y, pw, '主な仕事')
    jobs = [('電力・ガス', '電力の安定供給と料金制度、電力システム改革'),
            ('資源・燃料', '石油・LNGの調達、鉱物資源の確保と備蓄'),
            ('省エネ・新エネ', '再生可能エネルギーの導入拡大と省エネ基準')]
    for a, b in jobs:
        p.text(x0, y, a, 8.6, 'G', GREEN)
        p.exp(a)
        y -= 13
        y = para(p, x0 + 8, y, pw - 8, b, 8.2, leading=12.5)
        y -= 6
    # panel 3: contacts + access
    x0 = 2 * PW + PAD
    y = H - 40
    y = heading(p, x0, y, pw, 'お問い合わせ')
    for c in contacts:
        p.text(x0, y, c['track'], 8.8, 'G', GREEN)
        p.exp(c['track'])
        y -= 13
        line = f'{c["office"]}（{c["location"]}）'
        y = para(p, x0, y, pw, line, 8.2, leading=12.5)
        for k, t in enumerate(c['tel']):
            lab = '☎ ' + t if k == 0 else t
            p.text(x0 + (0 if k == 0 else 10.5), y, lab, 8.2)
            p.exp(lab)
            y -= 12.5
        p.text(x0, y, 'メール ' + c['email'][0], 8.2)
        p.exp('メール ' + c['email'][0])
        y -= 20
    y -= 2
    y = heading(p, x0, y, pw, 'アクセス')
    y = para(p, x0, y, pw, access['address'], 8.2, leading=12.5)
    y -= 4
    for rt in access['routes']:
        y = para(p, x0, y, pw, rt, 8.2, leading=12.5)
        y -= 3
    p.rect(x0, y - 90, pw, 90, fill=colors.HexColor('#f1f1f1'), stroke=colors.HexColor('#bbbbbb'))
    p.text(x0 + pw / 2, y - 48, '（地図）', 8, 'M', GREY, align='c')
    p.exp('（地図）')
    pages.append(p)

    facts = {
        'fixture': 'enecho-2025', 'organization': '資源エネルギー庁', 'document': '総合職採用案内',
        'edition': {'year': 2025, 'asOf': '2025-04', 'asOfText': '2025年4月'}, 'pages': 2,
        'hiring': {'intro': [intro], 'note': note, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                   'layout': 'years as rows (令和３年度 full-width), columns 年度 | 事務系 | 技術系 | 計 | 女性比率; '
                             'full-width counts; planned row marked only by ※ in its label',
                   'rows': rows},
        'exams': {'title': t1, 'fiscalYear': 2025, 'entries': exams,
                  'layout': 'levels as rows (大卒/程度試験 on 2 lines), tracks as columns'},
        'contacts': contacts, 'access': access,
        'assignments': {'cohortFiscalYear': 2024, 'intro': intro2, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units],
                        'totals': {'admin': sum(a or 0 for _, a, _t in units), 'tech': sum(t or 0 for *_u, t in units)}},
        'lead': lead, 'initiativesIntro': None, 'initiatives': initiatives,
        'supportTitle': '両立支援制度', 'supportSystems': support, 'supportSource': '', 'training': training,
    }
    return pages, facts


BROCHURES = {'kanko-2025': kanko, 'nyukan-2025': nyukan, 'enecho-2025': enecho}


def build(name):
    pages, facts = BROCHURES[name]()
    for pno, pg in enumerate(pages, 1):
        check_page(pg, pno)
    expected = '\n\f\n'.join('\n'.join(pg.expected) for pg in pages) + '\n'
    check_facts(facts, expected)
    if facts['pages'] != len(pages):
        raise Refuse('page count')
    os.makedirs(OUT, exist_ok=True)
    draw(pages, os.path.join(OUT, name + '.pdf'), f'{facts["organization"]} {facts["document"]}')
    with open(os.path.join(OUT, name + '.expected.txt'), 'w', encoding='utf-8') as f:
        f.write(expected)
    with open(os.path.join(OUT, name + '.facts.json'), 'w', encoding='utf-8') as f:
        json.dump(facts, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print(f'wrote {name}: {len(pages)} pages, {sum(len(p.items) for p in pages)} text objects')


def main():
    names = sys.argv[1:] or list(BROCHURES)
    bad = 0
    for n in names:
        try:
            build(n)
        except Refuse as e:
            print(f'REFUSED {n}: {e}', file=sys.stderr)
            bad = 1
    sys.exit(bad)


if __name__ == '__main__':
    main()
