#!/usr/bin/env python3
"""Blind holdout set 18: three synthetic Japanese recruitment brochures.

Writes Fixtures/holdout18/NAME.pdf, NAME.expected.txt and NAME.facts.json for
hokkaido-2026 (北海道開発局), yokohama-2026 (横浜市) and ur-2026 (都市再生機構).
Self-contained: page model in top-down coordinates, line breaking with kinsoku and
unbroken ASCII runs, ruled tables with row / column spans, and the checks listed in
holdout18/README.md. Deterministic (reportlab invariant=1, seeded shuffles).

  python3 Fixtures/generate_holdout18.py [NAME ...]
"""
import collections, json, os, random, subprocess, sys, tempfile, unicodedata

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4, landscape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout18')
ROOT = os.path.dirname(HERE)


def _font_path(name, sub):
    for p in (f'/usr/share/fonts/opentype/ipaexfont-{sub}/{name}',
              f'/usr/share/fonts/truetype/ipaexfont-{sub}/{name}'):
        if os.path.exists(p):
            return p
    out = subprocess.run(['fc-list'], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if name in line:
            return line.split(':')[0]
    raise SystemExit(f'font {name} not found')


pdfmetrics.registerFont(TTFont('G', _font_path('ipaexg.ttf', 'gothic')))
pdfmetrics.registerFont(TTFont('M', _font_path('ipaexm.ttf', 'mincho')))
CMAP = {f: pdfmetrics.getFont(f).face.charToGlyph for f in ('G', 'M')}

BLACK = (0.1, 0.1, 0.1)
WHITE = (1, 1, 1)
GREY = (0.45, 0.45, 0.45)

NOSTART = set('、。，．）」』】〕〉》・ー：；？！ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ％,.)]:;!?々〜～')
NOEND = set('（「『【〔〈《([')


class Refuse(Exception):
    pass


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(s.split()).replace('〜', '~').replace('～', '~')


def sw(s, font, size, cs=0.0):
    return pdfmetrics.stringWidth(s, font, size) + cs * len(s)


def tokens(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if '!' <= c <= '~':
            j = i
            while j < len(s) and '!' <= s[j] <= '~':
                j += 1
            out.append(s[i:j]); i = j
        else:
            out.append(c); i += 1
    return out


def wrap(s, width, font, size, cs=0.0):
    """Greedy line breaking; ASCII runs unbroken; no line starts with NOSTART or ends with NOEND."""
    lines, cur = [], []
    for t in tokens(s):
        if cur and sw(''.join(cur) + t, font, size, cs) > width:
            nxt = [t]
            # kinsoku: pull tokens down until the new line does not start badly
            while nxt[0][0] in NOSTART or (cur and cur[-1][-1] in NOEND):
                if len(cur) <= 1:
                    raise Refuse(f'cannot break {s!r}')
                nxt.insert(0, cur.pop())
            lines.append(''.join(cur)); cur = nxt
            while sw(''.join(cur), font, size, cs) > width and len(cur) > 1:
                raise Refuse(f'kinsoku overflow in {s!r}')
        else:
            cur.append(t)
    if cur:
        lines.append(''.join(cur))
    for ln in lines:
        if sw(ln, font, size, cs) > width + 0.01:
            raise Refuse(f'line too wide: {ln!r}')
    return lines


class Page:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.items = []      # text objects
        self.gfx = []        # graphics ops (drawn first, in order)
        self.exp = []        # expected lines

    # --- text -------------------------------------------------------------
    def text(self, x, y, s, font='M', size=9, color=BLACK, cs=0.0, bold=False,
             furniture=False, align='left', skew=False):
        w = sw(s, font, size, cs)
        if align == 'right':
            x -= w
        elif align == 'center':
            x -= w / 2
        self.items.append(dict(x=x, y=y, s=s, font=font, size=size, color=color, cs=cs,
                               bold=bold, furniture=furniture, w=w))
        return x + w

    def out(self, *lines):
        self.exp.extend(lines)

    def para(self, x, y, s, width, font='M', size=9, lead=None, color=BLACK, out=True):
        lead = lead or size * 1.65
        lines = wrap(s, width, font, size)
        for i, ln in enumerate(lines):
            self.text(x, y + i * lead, ln, font, size, color)
            if out:
                self.out(ln)
        return y + (len(lines) - 1) * lead + lead

    def vtext(self, x, y, s, font='G', size=11, color=BLACK, step=None, bold=False):
        step = step or size * 1.12
        for i, c in enumerate(s):
            cw = sw(c, font, size)
            self.text(x - cw / 2, y + i * step, c, font, size, color, bold=bold)
        return y + len(s) * step

    # --- graphics ---------------------------------------------------------
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5, dash=None, r=0):
        self.gfx.append(('rect', x, y, w, h, fill, stroke, lw, dash, r))

    def line(self, x1, y1, x2, y2, color=BLACK, lw=0.5, dash=None):
        self.gfx.append(('line', x1, y1, x2, y2, color, lw, dash))

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.5):
        self.gfx.append(('circle', x, y, r, fill, stroke, lw))


def table(P, x, y, colw, rows, size=8, font='M', lead=None, pad=3, minh=0, grid=BLACK, lw=0.5,
          rowh=None):
    """rows: list of lists of cells; a cell is None (covered by a span) or a dict with
    t (list of lines), cs, rs, align ('center', 'left', 'right'), ind (left indent), font, size,
    color, bold, fill.  Returns (bottom y, expected lines)."""
    lead = lead or size * 1.3
    ncol = len(colw)
    xs = [x]
    for w in colw:
        xs.append(xs[-1] + w)
    # height of each row
    hs = []
    for r, row in enumerate(rows):
        h = minh
        for c, cell in enumerate(row):
            if cell is None or cell.get('rs', 1) > 1:
                continue
            n = len(cell['t'])
            sz = cell.get('size', size)
            h = max(h, n * sz * 1.3 + 2 * pad)
        if rowh:
            h = max(h, rowh[r] if isinstance(rowh, list) else rowh)
        hs.append(h)
    ys = [y]
    for h in hs:
        ys.append(ys[-1] + h)
    owner = {}
    for r, row in enumerate(rows):
        if len(row) != ncol:
            raise Refuse(f'row {r} has {len(row)} cells, want {ncol}')
        for c, cell in enumerate(row):
            if cell is None:
                continue
            for rr in range(r, r + cell.get('rs', 1)):
                for cc in range(c, c + cell.get('cs', 1)):
                    if (rr, cc) in owner:
                        raise Refuse('overlapping spans')
                    owner[(rr, cc)] = (r, c)
    if len(owner) != len(rows) * ncol:
        raise Refuse('table has holes')
    exp = []
    for r, row in enumerate(rows):
        vals = []
        for c in range(ncol):
            o = owner[(r, c)]
            cell = rows[o[0]][o[1]]
            vals.append(''.join(cell['t']) if o == (r, c) else '')
        exp.append('\t'.join(vals))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell is None:
                continue
            x0, x1 = xs[c], xs[c + cell.get('cs', 1)]
            y0, y1 = ys[r], ys[r + cell.get('rs', 1)]
            if cell.get('fill'):
                P.rect(x0, y0, x1 - x0, y1 - y0, fill=cell['fill'])
            if grid:
                P.rect(x0, y0, x1 - x0, y1 - y0, stroke=grid, lw=lw)
            sz = cell.get('size', size)
            f = cell.get('font', font)
            n = len(cell['t'])
            ll = sz * 1.3
            if n * ll > (y1 - y0) + 0.01:
                raise Refuse(f'cell overflows (height): {cell["t"]}')
            top = y0 + ((y1 - y0) - n * ll) / 2
            for i, ln in enumerate(cell['t']):
                w = sw(ln, f, sz)
                ind = cell.get('ind', 0)
                if w + 2 * pad + ind > (x1 - x0) + 0.01:
                    raise Refuse(f'cell overflows (width): {ln!r}')
                al = cell.get('align', 'center')
                bx = x0 + pad + ind if al == 'left' else (x1 - pad - w if al == 'right' else (x0 + x1 - w) / 2)
                P.text(bx, top + i * ll + sz * 0.95, ln, f, sz, cell.get('color', BLACK), bold=cell.get('bold', False))
    return ys[-1], exp


def C(t, **kw):
    d = dict(t=t if isinstance(t, list) else [t])
    d.update(kw)
    return d


# ---------------------------------------------------------------------------
# rendering and checks
# ---------------------------------------------------------------------------

def render(pages, path, seed, title):
    c = canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h), invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor('BrochureKit holdout18 (synthetic)')
    for pi, P in enumerate(pages):
        c.setPageSize((P.w, P.h))
        H = P.h
        for g in P.gfx:
            c.saveState()
            if g[0] == 'rect':
                _, x, y, w, h, fill, stroke, lw, dash, r = g
                if fill: c.setFillColorRGB(*fill)
                if stroke: c.setStrokeColorRGB(*stroke)
                c.setLineWidth(lw)
                if dash: c.setDash(*dash)
                if r:
                    c.roundRect(x, H - y - h, w, h, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
                else:
                    c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif g[0] == 'line':
                _, x1, y1, x2, y2, color, lw, dash = g
                c.setStrokeColorRGB(*color); c.setLineWidth(lw)
                if dash: c.setDash(*dash)
                c.line(x1, H - y1, x2, H - y2)
            elif g[0] == 'circle':
                _, x, y, r, fill, stroke, lw = g
                if fill: c.setFillColorRGB(*fill)
                if stroke: c.setStrokeColorRGB(*stroke)
                c.setLineWidth(lw)
                c.circle(x, H - y, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
            c.restoreState()
        items = list(P.items)
        random.Random(seed * 100 + pi).shuffle(items)
        for it in items:
            c.saveState()
            t = c.beginText()
            t.setTextOrigin(it['x'], H - it['y'])
            t.setFont(it['font'], it['size'])
            if it['cs']:
                t.setCharSpace(it['cs'])
            c.setFillColorRGB(*it['color'])
            if it['bold']:
                c.setStrokeColorRGB(*it['color']); c.setLineWidth(it['size'] * 0.03)
                t.setTextRenderMode(2)
            t.textOut(it['s'])
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()


def check_pages(pages):
    for pi, P in enumerate(pages, 1):
        boxes = []
        for it in P.items:
            for ch in it['s']:
                if ord(ch) not in CMAP[it['font']]:
                    raise Refuse(f'p{pi}: glyph {ch!r} missing in font {it["font"]}')
            if it['s'][0] in NOSTART:
                raise Refuse(f'p{pi}: line starts with kinsoku character: {it["s"]!r}')
            b = (it['x'], it['y'] - it['size'] * 0.88, it['x'] + it['w'], it['y'] + it['size'] * 0.12)
            if b[0] < 0 or b[1] < 0 or b[2] > P.w or b[3] > P.h:
                raise Refuse(f'p{pi}: text leaves the page: {it["s"]!r}')
            boxes.append((b, it['s']))
        for i in range(len(boxes)):
            a = boxes[i][0]
            for j in range(i + 1, len(boxes)):
                b = boxes[j][0]
                if a[0] < b[2] - 0.2 and b[0] < a[2] - 0.2 and a[1] < b[3] - 0.2 and b[1] < a[3] - 0.2:
                    raise Refuse(f'p{pi}: overlap {boxes[i][1]!r} / {boxes[j][1]!r}')
        drawn = collections.Counter(''.join(norm(it['s']) for it in P.items if not it['furniture']))
        want = collections.Counter(''.join(norm(l) for l in P.exp))
        if drawn != want:
            raise Refuse(f'p{pi}: drawn vs expected differ: +{dict(drawn - want)} -{dict(want - drawn)}')


def check_pdftotext(pages, path):
    for pi, P in enumerate(pages, 1):
        got = subprocess.run(['pdftotext', '-enc', 'UTF-8', '-f', str(pi), '-l', str(pi), path, '-'],
                             capture_output=True, text=True, check=True).stdout
        g = collections.Counter(''.join(got.split()))
        d = collections.Counter(''.join(''.join(it['s'].split()) for it in P.items))
        if g != d:
            raise Refuse(f'p{pi}: pdftotext differs: +{dict(g - d)} -{dict(d - g)}')


def check_numbers(f):
    h = f['hiring']
    rows = h['rows']
    if len(rows) < 5:
        raise Refuse('fewer than 5 hiring years')
    yrs = [r['fiscalYear'] for r in rows]
    if yrs != sorted(yrs) or len(set(yrs)) != len(yrs) or yrs != list(range(yrs[0], yrs[0] + len(yrs))):
        raise Refuse('hiring years not in order')
    if [r['planned'] for r in rows].count(True) != 1 or not rows[-1]['planned']:
        raise Refuse('exactly one planned row, the last')
    for r in rows:
        t, a, k = r['total'], r['admin'], r['tech']
        if t['count'] != a['count'] + k['count']:
            raise Refuse(f'{r["label"]}: total heads')
        ws = [t['women'], a['women'], k['women']]
        if r['planned']:
            if any(w is not None for w in ws):
                raise Refuse('planned women must be null here')
        else:
            if t['women'] != a['women'] + k['women']:
                raise Refuse(f'{r["label"]}: total women')
            for c in (t, a, k):
                if c['women'] > c['count']:
                    raise Refuse(f'{r["label"]}: women > heads')
    last = [r for r in rows if not r['planned']][-1]
    asg = f['assignments']
    if asg['cohortFiscalYear'] != last['fiscalYear']:
        raise Refuse('assignment cohort is not the last actual year')
    sa = sum(r['admin'] or 0 for r in asg['rows'])
    st = sum(r['tech'] or 0 for r in asg['rows'])
    if (sa, st) != (asg['totals']['admin'], asg['totals']['tech']) or (sa, st) != (last['admin']['count'], last['tech']['count']):
        raise Refuse(f'assignment sums {sa}/{st} != last cohort')
    units = [norm(r['unit']) for r in asg['rows']]
    if len(set(units)) != len(units):
        raise Refuse('duplicate assignment unit')
    ex = f['exams']
    plan = rows[-1]
    if not (ex['fiscalYear'] == plan['fiscalYear'] == f['edition']['year']):
        raise Refuse('exam year / planned year / edition year differ')
    per = collections.Counter()
    keys = set()
    for e in ex['entries']:
        s = sum(b['count'] for b in e['breakdown'])
        if s != e['total']:
            raise Refuse(f'exam entry total {e["exam"]} {e["track"]}')
        tr = 'admin' if e['track'] == h['tracks']['admin'] else ('tech' if e['track'] == h['tracks']['tech'] else None)
        if tr is None:
            raise Refuse(f'exam track {e["track"]} unknown')
        per[tr] += s
        for b in e['breakdown']:
            k = ('事務' in e['track'], '院' in e['exam'], norm(b['category']))
            if k in keys:
                raise Refuse(f'exam key collision {k}')
            keys.add(k)
    if per['admin'] != plan['admin']['count'] or per['tech'] != plan['tech']['count']:
        raise Refuse(f'exam categories {dict(per)} != planned hires')


def fact_strings(f):
    out = [f['organization'], f['document'], f['edition']['asOfText']]
    h = f['hiring']
    out += h['intro'] + h['note'] + list(h['tracks'].values())
    for r in h['rows']:
        out += [r['label'], r['labelText']]
        if not h['textSynthesised']:
            out += [r[k]['text'] for k in ('total', 'admin', 'tech')]
    ex = f['exams']
    out.append(ex['title'])
    for e in ex['entries']:
        out += [e['track'], e['exam']] + [b['category'] for b in e['breakdown']]
        if not ex['textSynthesised']:
            out.append(e['text'])
    a = f['assignments']
    out += [a['intro']] + list(a['tracks'].values()) + [r['unit'] for r in a['rows']]
    for c in f['contacts']:
        out += [c['track'], c['office'], c['location']] + c['tel'] + c['email']
    out += [f['access']['address']] + f['access']['routes']
    out += [f['lead']['title']] + f['lead']['text']
    if f['initiativesIntro']:
        out.append(f['initiativesIntro'])
    for i in f['initiatives']:
        out += [i['title'], i['text']]
    out.append(f['supportTitle'])
    for s in f['supportSystems']:
        out += [s['name'], s['duration'], s['text']]
    if f['supportSource']:
        out.append(f['supportSource'])
    out += [f['training']['title']] + f['training']['paragraphs']
    for k in f['keyFigures']:
        out += [k['label'], k['value'], k['note']]
    return [s for s in out if s]


def cell_text(count, women, fmt):
    return fmt(count, women)


def hiring_rows(data, tracks_fmt, label_of, labeltext_of):
    """data: list of (fy, (admin, aw), (tech, tw), planned)."""
    rows = []
    for fy, (a, aw), (t, tw), planned in data:
        tot = a + t
        totw = None if planned else aw + tw
        rows.append(dict(fiscalYear=fy, label=label_of(fy), labelText=labeltext_of(fy, planned), planned=planned,
                         total=dict(count=tot, women=totw, text=tracks_fmt(tot, totw)),
                         admin=dict(count=a, women=None if planned else aw, text=tracks_fmt(a, None if planned else aw)),
                         tech=dict(count=t, women=None if planned else tw, text=tracks_fmt(t, None if planned else tw))))
    return rows


# ---------------------------------------------------------------------------
# 1. 北海道開発局 — A4 portrait, 2 pp
# ---------------------------------------------------------------------------
NAVY = (0.08, 0.2, 0.42)
SKY = (0.88, 0.93, 0.98)
SKY2 = (0.78, 0.86, 0.95)


def hokkaido():
    name = 'hokkaido-2026'
    W, H = A4
    M = 40
    X1 = W - M
    f = dict(fixture=name, organization='北海道開発局', document='職員採用案内')
    f['edition'] = dict(year=2026, asOf='2026-04', asOfText='令和8年4月改訂')
    data = [(2021, (34, 15), (78, 14), False), (2022, (36, 17), (82, 17), False),
            (2023, (35, 16), (85, 19), False), (2024, (39, 19), (80, 18), False),
            (2025, (38, 18), (88, 21), False), (2026, (42, None), (95, None), True)]
    lab = lambda fy: f'{fy}(R{fy - 2018})'
    rows = hiring_rows(data, lambda c, w: f'{c}（{w}）' if w is not None else f'{c}', lab,
                       lambda fy, p: lab(fy) + ('見込み' if p else ''))
    f['hiring'] = dict(intro=['新規採用者数（一般職・大卒程度及び高卒者）'],
                       note=['※2026(R8)の人数は採用見込み数です。女性の内訳は未定です。',
                             '※うち女性の人数は、採用者数の内数です。'],
                       tracks=dict(admin='事務系', tech='技術系'), textSynthesised=True,
                       layout='tracks as ROWS (事務系, 技術系, 合計), years as COLUMNS in TWO COLUMN GROUPS: 採用者数（人） and うち女性（人） (each group 2021(R3) … 2026(R8)見込み, three-line header cells); planned year marked only by 見込み in its header cell; women of the planned year －',
                       rows=rows)
    E1, E2 = '一般職試験（大卒程度）', '一般職試験（高卒者）'
    ent = [('事務系', E1, [('行政', 30)]),
           ('技術系', E1, [('土木', 56), ('農業土木', 12), ('建築', 6), ('機械', 6), ('電気・電子・情報', 7)]),
           ('事務系', E2, [('事務', 12)]),
           ('技術系', E2, [('技術', 8)])]
    f['exams'] = dict(title='令和8年度の採用見込み', fiscalYear=2026, textSynthesised=True,
                      layout='exam breakdown ONLY as one running paragraph (…行政区分から事務系30名、土木区分から56名…の技術系計87名を、一般職試験（高卒者）の事務区分から事務系12名…); the track named after some counts, before others',
                      entries=[dict(track=t, exam=e, text='、'.join(f'{c}{n}名' for c, n in b),
                                    breakdown=[dict(category=c, count=n) for c, n in b], total=sum(n for _, n in b))
                               for t, e, b in ent])
    f['contacts'] = [
        dict(track='事務系', office='総務部人事課 任用係', location='札幌第1合同庁舎 9階',
             tel=['011-709-2311（内線5232）'], email=['hkd-ninyo@mlit.go.jp']),
        dict(track='技術系（土木・農業土木）', office='開発監理部 人材育成推進室', location='札幌第1合同庁舎 10階',
             tel=['011-709-2311（内線5461）', '011-738-0213（直通）'], email=['hkd-gijutsu@mlit.go.jp']),
        dict(track='技術系（建築・機械・電気）', office='営繕部 営繕調整課', location='札幌第1合同庁舎 12階',
             tel=['011-709-2311（内線5817）'], email=['hkd-eizen@mlit.go.jp'])]
    f['access'] = dict(address='〒060-8511 札幌市北区北8条西2丁目1番1 札幌第1合同庁舎',
                       routes=['JR函館本線『札幌』駅 北口から徒歩五分',
                               '地下鉄南北線『北12条』駅 1番出口から徒歩七分',
                               '北海道中央バス『北8条西2丁目』停留所 下車 徒歩一分'])
    asg = [('本局', None, None, 0), ('総務部', None, None, 1), ('総務課', 3, None, 2), ('人事課', 2, None, 2),
           ('会計課', 2, None, 2), ('開発監理部', None, None, 1), ('開発調整課', 2, 2, 2), ('防災課', 1, 2, 2),
           ('建設部', None, None, 1), ('道路計画課', 1, 4, 2), ('河川計画課', 1, 3, 2), ('都市住宅課', None, 3, 2),
           ('開発建設部', None, None, 0), ('札幌開発建設部', None, None, 1), ('札幌河川事務所', 3, 7, 2),
           ('札幌道路事務所', 3, 9, 2), ('千歳道路事務所', 2, 4, 2), ('旭川開発建設部', None, None, 1),
           ('旭川河川事務所', 2, 6, 2), ('旭川道路事務所', 2, 7, 2), ('名寄河川事務所', 2, 5, 2),
           ('函館開発建設部', None, None, 1), ('函館道路事務所', 3, 9, 2), ('函館港湾事務所', 2, 7, 2),
           ('釧路開発建設部', None, None, 1), ('釧路河川事務所', 2, 6, 2), ('釧路道路事務所', 3, 8, 2),
           ('釧路港湾事務所', 2, 6, 2)]
    # subtotals of group rows
    sub = {}
    for i, (u, a, t, lv) in enumerate(asg):
        if lv < 2:
            sa = st = 0
            for u2, a2, t2, lv2 in asg[i + 1:]:
                if lv2 <= lv:
                    break
                if lv2 == 2:
                    sa += a2 or 0; st += t2 or 0
            sub[u] = (sa, st)
    leaves = [dict(unit=u, admin=a, tech=t) for u, a, t, lv in asg if lv == 2]
    f['assignments'] = dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先（人）',
                            tracks=dict(admin='事務系', tech='技術系'),
                            layout='ruled table 配属先 | 事務系 | 技術系 nested THREE levels (本局 / 開発建設部 → 部 / 開発建設部 → 課 / 事務所) by indentation; every group row (level 1 tinted dark, level 2 tinted light) carries its SUBTOTAL in the same row; only the level-3 rows are units; 合計 row; － for none',
                            rows=leaves,
                            totals=dict(admin=sum(l['admin'] or 0 for l in leaves), tech=sum(l['tech'] or 0 for l in leaves)))
    f['lead'] = dict(title='北の大地の未来を、現場から。',
                     text=['北海道開発局は、国土交通省の地方支分部局として、北海道の道路・河川・港湾・空港・農業基盤などの社会資本の整備と管理を担っています。本局と道内10の開発建設部が一体となり、広大な北海道の暮らしと産業を支えています。',
                           '豪雪や地震などの厳しい自然条件の中で、安全・安心な地域をつくるのが私たちの仕事です。事務系・技術系の職員がそれぞれの専門性を生かし、地域の方々と向き合いながら北海道の未来を形にしています。'])
    f['initiativesIntro'] = ''
    f['initiatives'] = [
        dict(title='インフラDXの推進', text='ドローンや3次元データを活用し、調査・設計・工事・維持管理の各段階で生産性と安全性の向上に取り組んでいます。'),
        dict(title='テレワークとフレックスタイム', text='本局・開発建設部ともにテレワーク用の端末を配備し、勤務時間を柔軟に調整できる環境を整えています。'),
        dict(title='災害対応力の強化', text='TEC-FORCE（緊急災害対策派遣隊）として全国の被災地へ職員を派遣し、その経験を日頃の業務に生かしています。')]
    f['supportTitle'] = '仕事と家庭の両立支援'
    f['supportSystems'] = [
        dict(name='育児休業', duration='子が3歳に達するまで', text='男性職員の取得も年々増えています。'),
        dict(name='育児時間', duration='1日2回 各30分以内', text='子が1歳6か月に達するまで使えます。'),
        dict(name='子の看護休暇', duration='年5日（子が2人以上は10日）', text='子の看病や予防接種の付添いに使えます。'),
        dict(name='介護休暇', duration='通算6か月', text='3回まで分割して取得できます。')]
    f['supportSource'] = '※制度の内容は令和8年4月1日現在のものです。'
    f['training'] = dict(title='研修制度', paragraphs=[
        '採用後は、新規採用職員研修で組織や業務の基礎を学びます。技術系職員は、北海道開発局研修所での専門研修により、積雪寒冷地の設計・施工技術を身につけます。',
        '中堅職員になると、国土交通大学校での研修や他省庁・自治体への出向など、視野を広げる機会があります。'])
    f['keyFigures'] = [dict(label='管理する国道の延長', value='約6,800km', note='（2025年4月現在）'),
                       dict(label='管内の一級水系', value='13水系', note='（道内）'),
                       dict(label='職員数', value='約6,000人', note='（定員、2025年度）')]
    f['pages'] = 2

    # ---------------- page 1 ----------------
    P1 = Page(W, H)
    P1.rect(0, 0, W, 118, fill=NAVY)
    P1.text(M, 30, 'HOKKAIDO REGIONAL DEVELOPMENT BUREAU', 'G', 8, WHITE, cs=1.6)
    P1.text(M, 70, '北海道開発局', 'G', 30, WHITE, cs=1.0, bold=True)
    P1.text(M, 98, '職員採用案内', 'G', 14, WHITE)
    P1.out('HOKKAIDO REGIONAL DEVELOPMENT BUREAU', '北海道開発局', '職員採用案内')
    P1.text(X1, 58, '国家公務員一般職（事務系・技術系）', 'G', 10, WHITE, align='right')
    ew = sw('令和8年4月改訂', 'G', 10)
    P1.rect(X1 - ew - 12, 73, ew + 12, 18, stroke=WHITE, lw=0.8, r=4)
    P1.text(X1 - 6, 86, '令和8年4月改訂', 'G', 10, WHITE, align='right')
    P1.out('国家公務員一般職（事務系・技術系）', '令和8年4月改訂')

    def head(P, y, title, en):
        P.rect(M, y - 11, 10, 10, fill=NAVY)
        x = P.text(M + 16, y, title, 'G', 12.5, NAVY, bold=True)
        x2 = P.text(x + 8, y, en, 'G', 7.5, GREY, cs=0.8)
        P.line(x2 + 6, y - 4, X1, y - 4, NAVY, 0.6)
        P.out(f'{title} {en}')
        return y + 14

    y = 146
    P1.text(M, y, f['lead']['title'], 'G', 15, NAVY, bold=True)
    P1.out(f['lead']['title'])
    y += 22
    for p in f['lead']['text']:
        y = P1.para(M, y, p, X1 - M, 'M', 9.3) + 2
    y += 10
    y = head(P1, y, '採用実績', 'RECRUITMENT')
    P1.text(M, y + 4, f['hiring']['intro'][0], 'M', 8.5)
    P1.out(f['hiring']['intro'][0])
    y += 12
    yrs = [r for r in rows]
    hdr1 = [C('区分', rs=2, fill=SKY2, font='G'), C('採用者数（人）', cs=6, fill=SKY2, font='G')] + [None] * 5 + \
           [C('うち女性（人）', cs=6, fill=SKY, font='G')] + [None] * 5
    def yh(r):
        t = [str(r['fiscalYear']), f'(R{r["fiscalYear"] - 2018})']
        return t + (['見込み'] if r['planned'] else [''])
    hdr2 = [None] + [C([l for l in yh(r) if l], fill=SKY2, font='G', size=7.5) for r in yrs] + \
           [C([l for l in yh(r) if l], fill=SKY, font='G', size=7.5) for r in yrs]
    body = []
    for key, lbl in (('admin', '事務系'), ('tech', '技術系'), ('total', '合計')):
        fill = SKY if key == 'total' else None
        row = [C(lbl, font='G', fill=fill)]
        row += [C(str(r[key]['count']), fill=fill) for r in yrs]
        row += [C('－' if r[key]['women'] is None else str(r[key]['women']), fill=fill) for r in yrs]
        body.append(row)
    colw = [55.28] + [38.33] * 12
    y, ex = table(P1, M, y, colw, [hdr1, hdr2] + body, size=8.5, rowh=[16, 34, 17, 17, 17])
    P1.out(*ex)
    y += 12
    for n in f['hiring']['note']:
        P1.text(M, y, n, 'M', 7.8); P1.out(n); y += 11.5
    y += 10
    # two columns: exams paragraph (left) | key figures (right)
    CW = 330
    yy = head(P1, y, '採用見込み', 'PLANNED RECRUITMENT')
    yy += 4
    P1.text(M, yy + 2, f['exams']['title'], 'G', 10, NAVY, bold=True)
    P1.out(f['exams']['title'])
    yy += 18
    sent = ('令和8年度は、一般職試験（大卒程度）の行政区分から事務系30名、土木区分から56名、農業土木区分から12名、'
            '建築区分から6名、機械区分から6名、電気・電子・情報区分から7名の技術系計87名を、一般職試験（高卒者）の'
            '事務区分から事務系12名、技術区分から技術系8名を、それぞれ採用する見込みです。')
    yy = P1.para(M, yy, sent, CW, 'M', 9.3, lead=16)
    yy = P1.para(M, yy + 2, '※採用見込み数は、今後の業務の状況により変わることがあります。なお、試験の合格者数は採用数とは異なります。', CW, 'M', 7.8, lead=12)
    # key figures box at the right of the exam column
    bx = M + CW + 18
    bw = X1 - bx
    by = y + 20
    P1.rect(bx, by, bw, 190, fill=SKY)
    P1.text(bx + 10, by + 18, '数字で見る北海道開発局', 'G', 9.5, NAVY, bold=True)
    P1.out('数字で見る北海道開発局')
    ky = by + 40
    for k in f['keyFigures']:
        P1.text(bx + 10, ky, k['label'], 'G', 8); P1.out(k['label'])
        P1.text(bx + 10, ky + 22, k['value'], 'G', 17, NAVY, bold=True); P1.out(k['value'])
        P1.text(X1 - 8, ky + 36, k['note'], 'M', 7, align='right'); P1.out(k['note'])
        ky += 50
    yy = max(yy, by + 190) + 18
    # training on p1, full width
    yy = head(P1, yy, f['training']['title'], 'TRAINING')
    yy += 4
    for p in f['training']['paragraphs']:
        yy = P1.para(M, yy, p, X1 - M, 'M', 9, lead=15) + 2
    if yy > H - 40:
        raise Refuse(f'p1 overflows: {yy}')
    P1.text(W / 2, H - 22, '1', 'G', 8, GREY, furniture=True, align='center')

    # ---------------- page 2 ----------------
    P2 = Page(W, H)
    P2.rect(0, 0, W, 26, fill=NAVY)
    P2.text(M, 17, '北海道開発局 職員採用案内 2026', 'G', 8, WHITE, furniture=True)
    P2.text(W / 2, H - 22, '2', 'G', 8, GREY, furniture=True, align='center')
    y = 56
    y = head(P2, y, '配属実績', 'ASSIGNMENT')
    P2.text(M, y + 4, f['assignments']['intro'], 'M', 8.5); P2.out(f['assignments']['intro'])
    top = y + 12
    tw = [140, 50, 50]
    trows = [[C('配属先', fill=SKY2, font='G'), C('事務系', fill=SKY2, font='G'), C('技術系', fill=SKY2, font='G')]]
    for u, a, t, lv in asg:
        if lv < 2:
            sa, st = sub[u]
            fill = SKY2 if lv == 0 else SKY
            fnt = 'G'
            trows.append([C(u, align='left', ind=lv * 10, fill=fill, font=fnt, bold=(lv == 0)),
                          C(str(sa) if sa else '－', fill=fill, font=fnt), C(str(st) if st else '－', fill=fill, font=fnt)])
        else:
            trows.append([C(u, align='left', ind=22), C(str(a) if a else '－'), C(str(t) if t else '－')])
    ta, tt = f['assignments']['totals']['admin'], f['assignments']['totals']['tech']
    trows.append([C('合計', font='G', fill=SKY2), C(str(ta), font='G', fill=SKY2), C(str(tt), font='G', fill=SKY2)])
    yb, ex = table(P2, M, top, tw, trows, size=7.8, rowh=12.4, pad=3)
    P2.out(*ex)
    P2.text(M, yb + 11, '※字下げは組織の階層を、色付きの行は小計を表します。', 'M', 7.2)
    P2.out('※字下げは組織の階層を、色付きの行は小計を表します。')
    left_bottom = yb + 14
    # right column: initiatives, support
    rx = M + sum(tw) + 22
    rw = X1 - rx
    ry = y + 4
    P2.rect(rx, ry - 12, 3, 14, fill=NAVY)
    P2.text(rx + 8, ry, '職場の取組', 'G', 11, NAVY, bold=True); P2.out('職場の取組')
    ry += 18
    for it in f['initiatives']:
        P2.text(rx, ry, '■', 'G', 8.5, NAVY)
        P2.text(rx + 12, ry, it['title'], 'G', 9, bold=True)
        P2.out('■ ' + it['title'])
        ry = P2.para(rx + 12, ry + 14, it['text'], rw - 12, 'M', 8.2, lead=13) + 6
    ry += 4
    P2.rect(rx, ry - 12, 3, 14, fill=NAVY)
    P2.text(rx + 8, ry, f['supportTitle'], 'G', 11, NAVY, bold=True); P2.out(f['supportTitle'])
    ry += 10
    for s in f['supportSystems']:
        P2.line(rx, ry, X1, ry, SKY2, 0.8)
        ry += 14
        P2.text(rx, ry, s['name'], 'G', 8.8, NAVY)
        P2.text(X1, ry, s['duration'], 'G', 8.2, align='right')
        P2.out(s['name'] + ' ' + s['duration'])
        ry = P2.para(rx, ry + 13, s['text'], rw, 'M', 8, lead=12) + 2
    ry += 2
    P2.text(X1, ry + 4, f['supportSource'], 'M', 7, GREY, align='right'); P2.out(f['supportSource'])
    ry += 10
    yacc = max(left_bottom, ry) + 16
    # access (full width, two columns: address | routes)
    yacc = head(P2, yacc, 'アクセス', 'ACCESS')
    yacc += 6
    P2.text(M, yacc, f['access']['address'], 'M', 8.5); P2.out(f['access']['address'])
    yacc += 16
    for r in f['access']['routes']:
        P2.text(M, yacc, '▶', 'G', 7.5, NAVY)
        P2.text(M + 12, yacc, r, 'M', 8.5); P2.out('▶ ' + r)
        yacc += 14
    # footer strip: three offices side by side
    sy = H - 158
    if yacc > sy - 6:
        raise Refuse(f'p2 access overflows into strip: {yacc}')
    P2.rect(0, sy, W, 124, fill=SKY)
    P2.rect(0, sy, W, 3, fill=NAVY)
    P2.text(M, sy + 18, 'お問い合わせ', 'G', 10, NAVY, bold=True)
    P2.text(M + 66, sy + 18, '採用に関するご質問は、各担当までお気軽にどうぞ。', 'M', 8)
    P2.out('お問い合わせ 採用に関するご質問は、各担当までお気軽にどうぞ。')
    cw3 = (X1 - M) / 3
    for i, c in enumerate(f['contacts']):
        cx = M + i * cw3
        if i:
            P2.line(cx - 6, sy + 28, cx - 6, sy + 116, NAVY, 0.4)
        cy = sy + 40
        P2.text(cx, cy, f'〈{c["track"]}〉', 'G', 8.2, NAVY, bold=True); P2.out(f'〈{c["track"]}〉')
        cy += 13
        P2.text(cx, cy, c['office'], 'G', 8); P2.out(c['office']); cy += 12
        P2.text(cx, cy, c['location'], 'M', 7.6); P2.out(c['location']); cy += 12
        for t in c['tel']:
            P2.text(cx, cy, 'TEL ' + t, 'M', 7.6); P2.out('TEL ' + t); cy += 11.5
        for m in c['email']:
            P2.text(cx, cy, 'MAIL ' + m, 'M', 7.6); P2.out('MAIL ' + m); cy += 11.5
        if cy > sy + 122:
            raise Refuse('contact strip overflow')
    return f, [P1, P2]


# ---------------------------------------------------------------------------
# 2. 横浜市 — A4 landscape, every page a two-page spread (two A5 halves), 3 pp
# ---------------------------------------------------------------------------
GREEN = (0.0, 0.45, 0.4)
MINT = (0.86, 0.94, 0.92)
BLUE = (0.16, 0.38, 0.7)
LEAF = (0.45, 0.7, 0.25)
ORANGE = (0.88, 0.42, 0.05)


def yokohama():
    name = 'yokohama-2026'
    W, H = landscape(A4)
    M = 30
    G = W / 2
    L0, L1 = M, G - 22          # left half text area
    R0, R1 = G + 22, W - M      # right half text area
    f = dict(fixture=name, organization='横浜市', document='職員採用ガイド')
    f['edition'] = dict(year=2026, asOf='2026-04', asOfText='R8.4')
    data = [(2019, (172, 84), (88, 21), False), (2020, (165, 80), (92, 24), False),
            (2021, (178, 90), (95, 27), False), (2022, (184, 95), (90, 25), False),
            (2023, (190, 99), (97, 30), False), (2024, (186, 101), (101, 33), False),
            (2025, (195, 104), (104, 35), False), (2026, (200, None), (110, None), True)]
    lab = lambda fy: '平成31年度' if fy == 2019 else f'令和{fy - 2018}年度'
    rows = hiring_rows(data, lambda c, w: f'{c}名(女性{w}名)' if w is not None else f'{c}名', lab, lambda fy, p: lab(fy))
    f['hiring'] = dict(intro=['大学卒程度等・社会人採用試験による採用者数'],
                       note=['※オレンジ色の数字は採用予定数です（女性の内訳は未定）。',
                             '※平成31年度は令和元年度と同じ年度です。'],
                       tracks=dict(admin='事務', tech='技術'), textSynthesised=False,
                       layout='ruled table years as rows (平成31年度, 令和2年度 … 令和8年度) CROSSING THE GUTTER of a two-page spread (the fold runs through the 技術 column); cells 172名(女性84名) with half-width brackets; the planned row marked ONLY by ORANGE text, explained by an orange legend line under the table',
                       rows=rows)
    E1, E2 = '大学卒程度等採用試験', '社会人採用試験'
    ent = [('事務', E1, [('事務', 170)]), ('事務', E2, [('事務（社会人）', 30)]),
           ('技術', E1, [('土木', 40), ('建築', 14), ('機械', 8), ('電気', 10), ('造園', 6), ('化学', 4)]),
           ('技術', E2, [('土木（社会人）', 20), ('建築（社会人）', 8)])]
    f['exams'] = dict(title='令和8年度 採用予定数（試験区分別）', fiscalYear=2026, textSynthesised=True,
                      layout='one small ruled table PER TRACK (【事務】, 【技術】: 試験 | 区分 | 予定数, the exam a row-spanning two-line cell, 計 row) placed in the sub-column RIGHT of the section heading and intro (heading column read first)',
                      entries=[dict(track=t, exam=e, text='、'.join(f'{c}{n}名' for c, n in b),
                                    breakdown=[dict(category=c, count=n) for c, n in b], total=sum(n for _, n in b))
                               for t, e, b in ent])
    f['contacts'] = [
        dict(track='事務', office='人事委員会事務局 任用課', location='横浜市役所 14階',
             tel=['045-671-2121（内線3347）'], email=['jn-ninyo@city.yokohama.lg.jp']),
        dict(track='技術', office='道路局総務部 技術監理課', location='横浜市役所 24階',
             tel=['045-671-2121（内線4862）', '045-671-2779（直通）'], email=['do-gikan@city.yokohama.lg.jp'])]
    f['access'] = dict(address='〒231-0005 横浜市中区本町6丁目50番地の10',
                       routes=['みなとみらい線『馬車道』駅 1c出口直結',
                               'JR根岸線・市営地下鉄ブルーライン『桜木町』駅 徒歩約3分',
                               '市営地下鉄ブルーライン『関内』駅 徒歩約5分'])
    units = [('総務局', 12, 2), ('財政局', 10, None), ('市民局', 9, None), ('こども青少年局', 16, 3),
             ('健康福祉局', 20, 4), ('経済局', 8, None), ('都市整備局', 7, 14), ('道路局', 5, 28),
             ('環境創造局', 6, 16), ('資源循環局', 8, 9), ('水道局', 10, 18), ('区役所', 84, 10)]
    f['assignments'] = dict(cohortFiscalYear=2025, intro='令和7年度採用者の主な配属先（人）',
                            tracks=dict(admin='事務', tech='技術'),
                            layout='BAR-CHART-LIKE list: per unit a label at the left and two thin bars (事務 blue above, 技術 green below) with the number at each bar END; legend ■事務 ■技術; no bar and － for none',
                            rows=[dict(unit=u, admin=a, tech=t) for u, a, t in units],
                            totals=dict(admin=sum(a for _, a, _ in units), tech=sum(t or 0 for _, _, t in units)))
    f['lead'] = dict(title='ひとりひとりの横浜を、支える。',
                     text=['横浜市は、約377万人が暮らす日本最大の基礎自治体です。18の区役所と各局が連携し、子育てや福祉、まちづくり、環境、経済など、市民の暮らしに身近な仕事を幅広く担っています。',
                           '港町として多様な文化を受け入れてきた横浜で、市民や企業と一緒に新しい価値をつくる仲間を求めています。'])
    f['initiativesIntro'] = 'すべての職員が力を発揮できるよう、働き方の見直しを進めています。'
    f['initiatives'] = [
        dict(title='ペーパーレスとフリーアドレス', text='新市庁舎への移転を機に、執務室のフリーアドレス化と会議資料の電子化を進めました。'),
        dict(title='サテライトオフィスの活用', text='区役所などに設けたサテライトオフィスで、移動時間を減らして効率よく働けます。'),
        dict(title='若手職員の政策提案', text='入庁10年目までの職員がチームをつくり、市長に直接政策を提案する機会があります。')]
    f['supportTitle'] = '子育て・介護との両立'
    f['supportSystems'] = [
        dict(name='育児休業', duration='子が3歳に達するまで', text='男性職員の取得率は約7割です。'),
        dict(name='部分休業', duration='1日2時間以内', text='子が小学校を卒業するまで使えます。'),
        dict(name='介護休暇', duration='通算6か月', text='3回まで分けて取得できます。'),
        dict(name='配偶者出産休暇', duration='2日以内', text='出産の付添いなどに使えます。')]
    f['supportSource'] = ''
    f['training'] = dict(title='人材育成', paragraphs=[
        '新採用職員は、採用時研修の後、職場の先輩がOJTリーダーとして1年間の業務を支えます。',
        '2年目以降は、階層別研修や専門研修、国や民間企業への派遣研修などから、自分のキャリアに合わせて学びを選べます。'])
    f['keyFigures'] = [dict(label='人口', value='約377万人', note='（2025年1月1日現在）'),
                       dict(label='区の数', value='18区', note='（政令指定都市）'),
                       dict(label='職員数', value='約4万7千人', note='（教職員を含む）')]
    f['pages'] = 3

    def fold(P, gaps=()):
        # the fold of the spread: a light dashed line, interrupted where a table crosses it
        ys = [M - 10] + [v for g in gaps for v in g] + [H - M + 10]
        for i in range(0, len(ys), 2):
            P.line(G, ys[i], G, ys[i + 1], (0.75, 0.75, 0.75), 0.5, dash=(3, 3))

    def folio(P, a, b):
        P.text(M, H - 14, str(a), 'G', 8, GREY, furniture=True)
        P.text(W - M, H - 14, str(b), 'G', 8, GREY, furniture=True, align='right')

    def head(P, x, y, title, w, color=GREEN):
        P.rect(x, y - 13, w, 18, fill=color)
        P.text(x + 8, y, title, 'G', 11, WHITE, bold=True)
        P.out(title)
        return y + 18

    # ---------------- page 1 (spread 1/2) ----------------
    P = Page(W, H)
    P.rect(L0, M, L1 - L0, 104, fill=GREEN)
    P.text(L0 + 14, M + 20, 'CITY OF YOKOHAMA', 'G', 8, WHITE, cs=2.2)
    P.text(L0 + 14, M + 60, '横浜市', 'G', 32, WHITE, cs=2, bold=True)
    P.text(L0 + 14, M + 88, '職員採用ガイド', 'G', 13, WHITE)
    P.text(L1 - 14, M + 88, 'R8.4', 'G', 16, WHITE, align='right')
    P.out('CITY OF YOKOHAMA', '横浜市', '職員採用ガイド R8.4')
    y = M + 130
    P.text(L0, y, f['lead']['title'], 'G', 14, GREEN, bold=True); P.out(f['lead']['title'])
    y += 20
    for p in f['lead']['text']:
        y = P.para(L0, y, p, L1 - L0, 'M', 8.8, lead=14) + 3
    left_end = y
    # right half: key figures as three boxes in a row
    ry = M + 8
    P.text(R0, ry + 6, '数字で見る横浜市', 'G', 11, GREEN, bold=True); P.out('数字で見る横浜市')
    bw = (R1 - R0 - 16) / 3
    for i, k in enumerate(f['keyFigures']):
        bx = R0 + i * (bw + 8)
        P.rect(bx, ry + 18, bw, 78, fill=MINT)
        P.text(bx + bw / 2, ry + 36, k['label'], 'G', 8, align='center')
        P.text(bx + bw / 2, ry + 64, k['value'], 'G', 16, GREEN, bold=True, align='center')
        P.text(bx + bw / 2, ry + 84, k['note'], 'M', 6.8, align='center')
    for k in f['keyFigures']:
        P.out(k['label'], k['value'], k['note'])
    ry += 118
    ry = P.para(R0, ry, '数字はいずれも市の公表資料をもとに概数で示しています。横浜市の職員は、市民に最も身近な区役所から、上下水道や道路、港湾を担う局まで、多様な職場で働いています。', R1 - R0, 'M', 8.3, lead=13.5)
    y = max(left_end, ry) + 10
    # full-spread band: hiring table crossing the fold
    P.rect(L0, y - 13, R1 - L0, 18, fill=GREEN)
    P.text(L0 + 8, y, '採用実績', 'G', 11, WHITE, bold=True)
    P.text(L0 + 70, y, f['hiring']['intro'][0], 'G', 8.5, WHITE)
    P.out('採用実績 ' + f['hiring']['intro'][0])
    y += 12
    ty = y
    colw = [132, 210, 210, R1 - L0 - 552]
    hdr = [C(t, font='G', fill=MINT, size=9) for t in ('年度', '事務', '技術', '合計')]
    body = []
    for r in rows:
        col = ORANGE if r['planned'] else BLACK
        body.append([C(r['labelText'], color=col, font='G', size=9)] +
                    [C(r[k]['text'], color=col, size=9.5) for k in ('admin', 'tech', 'total')])
    y, ex = table(P, L0, y, colw, [hdr] + body, rowh=19, grid=(0.5, 0.6, 0.58))
    P.out(*ex)
    y += 13
    P.text(L0, y, f['hiring']['note'][0], 'M', 8, ORANGE); P.out(f['hiring']['note'][0])
    P.text(R0, y, f['hiring']['note'][1], 'M', 8); P.out(f['hiring']['note'][1])
    fold(P, [(ty - 2, y - 12)])
    if y > H - M:
        raise Refuse(f'yokohama p1 overflow {y}')
    folio(P, 1, 2)
    P1 = P

    # ---------------- page 2 (spread 3/4) ----------------
    P = Page(W, H)
    y = head(P, L0, M + 14, '配属実績', L1 - L0)
    P.text(L0, y + 2, f['assignments']['intro'], 'M', 8.5)
    P.rect(L1 - 92, y - 5, 7, 7, fill=BLUE)
    P.text(L1 - 82, y + 2, '事務', 'G', 8)
    P.rect(L1 - 48, y - 5, 7, 7, fill=LEAF)
    P.text(L1 - 38, y + 2, '技術', 'G', 8)
    P.out(f['assignments']['intro'] + ' 事務 技術')
    y += 14
    bx0 = L0 + 96
    scale = 2.7
    for u, a, t in units:
        P.text(bx0 - 8, y + 12, u, 'G', 8.5, align='right')
        P.out(u)
        for k, (v, col, off) in enumerate(((a, BLUE, 0), (t, LEAF, 9))):
            if v:
                P.rect(bx0, y + off, v * scale, 7, fill=col)
                P.text(bx0 + v * scale + 4, y + off + 6.8, str(v), 'G', 7, col)
                P.out(str(v))
            else:
                P.text(bx0 + 2, y + off + 6.8, '－', 'G', 7, GREY)
                P.out('－')
        P.line(bx0, y - 3, bx0, y + 19, GREY, 0.4)
        y += 26
    y = P.para(L0, y + 4, '※区役所には、18区の区役所（戸籍・税・福祉保健・土木事務所など）への配属を含みます。', L1 - L0, 'M', 7.5, lead=11)
    if y > H - M:
        raise Refuse(f'yokohama p2 left overflow {y}')
    # right half: heading column | tables column
    hx1 = R0 + 118
    y = head(P, R0, M + 14, '採用予定', hx1 - R0)
    y = P.para(R0, y + 4, f['exams']['title'], hx1 - R0, 'G', 9.5, lead=14, color=GREEN)
    y = P.para(R0, y + 4, '令和8年度に予定している試験区分ごとの採用予定数です。各区分の採用予定数は、採用試験の合格者数とは異なります。', hx1 - R0, 'M', 8, lead=13)
    y = P.para(R0, y + 6, '※社会人採用試験は、民間企業等での職務経験が5年以上の方が対象です。', hx1 - R0, 'M', 7.5, lead=11.5)
    tx = hx1 + 16
    tw = [100, R1 - tx - 100 - 58, 58]
    ty = M + 12
    for trk in ('事務', '技術'):
        P.text(tx, ty, f'【{trk}】', 'G', 10, GREEN, bold=True); P.out(f'【{trk}】')
        ty += 6
        trs = [[C('試験', font='G', fill=MINT), C('区分', font='G', fill=MINT), C('予定数', font='G', fill=MINT)]]
        tot = 0
        for e in f['exams']['entries']:
            if e['track'] != trk:
                continue
            ex_lines = ['大学卒程度等', '採用試験'] if e['exam'] == E1 else ['社会人', '採用試験']
            n = len(e['breakdown'])
            for i, b in enumerate(e['breakdown']):
                trs.append([C(ex_lines, rs=n) if i == 0 else None, C(b['category'], align='left'), C(f'{b["count"]}名', align='right')])
                tot += b['count']
        trs.append([C('計', cs=2, font='G', fill=MINT), None, C(f'{tot}名', align='right', font='G', fill=MINT)])
        ty, ex = table(P, tx, ty, tw, trs, size=8.3, minh=15)
        P.out(*ex)
        ty += 22
    if ty > H - M:
        raise Refuse(f'yokohama p2 right overflow {ty}')
    fold(P)
    folio(P, 3, 4)
    P2 = P

    # ---------------- page 3 (spread 5/6) ----------------
    P = Page(W, H)
    y = head(P, L0, M + 14, '働きやすい職場づくり', L1 - L0)
    y = P.para(L0, y + 4, f['initiativesIntro'], L1 - L0, 'M', 8.8, lead=14) + 4
    for i, it in enumerate(f['initiatives'], 1):
        P.circle(L0 + 9, y - 3.5, 9, fill=GREEN)
        P.text(L0 + 9, y, str(i), 'G', 9, WHITE, align='center')
        P.text(L0 + 24, y, it['title'], 'G', 9.5, GREEN, bold=True)
        P.out(f'{i} {it["title"]}')
        y = P.para(L0 + 24, y + 15, it['text'], L1 - L0 - 24, 'M', 8.5, lead=13.5) + 8
    y += 6
    y = head(P, L0, y, f['training']['title'], L1 - L0)
    for p in f['training']['paragraphs']:
        y = P.para(L0, y + 4, p, L1 - L0, 'M', 8.5, lead=13.5)
    if y > H - M:
        raise Refuse(f'yokohama p3 left overflow {y}')
    y = head(P, R0, M + 14, f['supportTitle'], R1 - R0)
    st = [[C('制度', font='G', fill=MINT), C('期間など', font='G', fill=MINT), C('内容', font='G', fill=MINT)]]
    for s in f['supportSystems']:
        st.append([C(s['name'], font='G', align='left'), C(s['duration'], align='left'), C(s['text'], align='left')])
    y, ex = table(P, R0, y + 2, [78, 100, R1 - R0 - 178], st, size=8, minh=17)
    P.out(*ex)
    y += 22
    y = head(P, R0, y, 'お問い合わせ・アクセス', R1 - R0)
    cw = (R1 - R0 - 12) / 2
    cy0 = y + 6
    bottoms = []
    for i, c in enumerate(f['contacts']):
        cx = R0 + i * (cw + 12)
        cy = cy0
        P.text(cx, cy, f'［{c["track"]}］', 'G', 9, GREEN, bold=True); P.out(f'［{c["track"]}］'); cy += 14
        P.text(cx, cy, c['office'], 'G', 8.3); P.out(c['office']); cy += 13
        P.text(cx, cy, c['location'], 'M', 8); P.out(c['location']); cy += 13
        for t in c['tel']:
            P.text(cx, cy, '電話', 'G', 7.5, GREEN); P.text(cx + 20, cy, t, 'M', 8); P.out('電話 ' + t); cy += 12.5
        for m in c['email']:
            P.text(cx, cy, 'メール', 'G', 7.5, GREEN); P.text(cx + 26, cy, m, 'M', 8); P.out('メール ' + m); cy += 12.5
        bottoms.append(cy)
    y = max(bottoms) + 10
    P.line(R0, y - 6, R1, y - 6, GREEN, 0.5)
    P.text(R0, y + 6, f['access']['address'], 'M', 8.5); P.out(f['access']['address'])
    y += 20
    for r in f['access']['routes']:
        P.text(R0, y, '◎', 'G', 8, GREEN); P.text(R0 + 12, y, r, 'M', 8.3); P.out('◎ ' + r); y += 13
    if y > H - M:
        raise Refuse(f'yokohama p3 right overflow {y}')
    fold(P)
    folio(P, 5, 6)
    return f, [P1, P2, P]


# ---------------------------------------------------------------------------
# 3. 都市再生機構 — A4 portrait, 2 pp, vertical headings on tabs in the RIGHT margin
# ---------------------------------------------------------------------------
TEAL = (0.0, 0.42, 0.55)
PALE = (0.9, 0.95, 0.96)
SAND = (0.97, 0.94, 0.86)


def ur():
    name = 'ur-2026'
    W, H = A4
    M = 40
    X1 = 512                 # text area right edge; the tabs live in the right margin
    TX = 548                 # centre of the vertical headings
    f = dict(fixture=name, organization='都市再生機構', document='新卒・キャリア採用案内')
    f['edition'] = dict(year=2026, asOf='2026-03', asOfText='2026年（令和8年）3月')
    data = [(2019, (48, 24), (62, 15), False), (2020, (45, 22), (58, 14), False),
            (2021, (50, 26), (60, 17), False), (2022, (52, 27), (66, 19), False),
            (2023, (55, 30), (70, 22), False), (2024, (53, 28), (72, 24), False),
            (2025, (57, 31), (75, 26), False), (2026, (60, None), (80, None), True)]
    lab = lambda fy: '令和元年度' if fy == 2019 else f'{fy - 2018}年度'
    rows = hiring_rows(data, lambda c, w: f'{c}／{w}' if w is not None else f'{c}', lab,
                       lambda fy, p: lab(fy) + ('（見込み）' if p else ''))
    f['hiring'] = dict(intro=['新卒・キャリア採用の採用者数（人）', '表中の数字は「採用者数／うち女性」です。'],
                       note=['※8年度（見込み）は2026年3月時点の採用見込み数です。'],
                       tracks=dict(admin='事務職', tech='技術職'), textSynthesised=False,
                       layout='ruled table, years as rows labelled 令和元年度, then 2年度 … 7年度 WITHOUT the era name, planned row 8年度（見込み）; cells 48／24 (heads／women, explained only by the intro line), planned cells plain 60',
                       rows=rows)
    E1, E2, E3 = '総合職採用（大学卒）', '総合職採用（大学院卒）', 'キャリア採用'
    ent = [('事務職', E1, [('事務', 48)]),
           ('技術職', E1, [('都市計画', 18), ('建築', 22), ('土木', 16), ('設備', 8)]),
           ('技術職', E2, [('都市計画', 10), ('建築', 6)]),
           ('事務職', E3, [('事務（キャリア）', 12)])]
    f['exams'] = dict(title='2026年度 採用見込み（区分別）', fiscalYear=2026, textSynthesised=True,
                      layout='ruled table 職種 | 区分 | 採用見込数 with each exam as a tinted GROUP ROW spanning the table and the TRACK REPEATED in every row (not grouped); 大学卒 and 大学院卒 both have 都市計画 and 建築; 合計 row',
                      entries=[dict(track=t, exam=e, text='、'.join(f'{c}{n}名' for c, n in b),
                                    breakdown=[dict(category=c, count=n) for c, n in b], total=sum(n for _, n in b))
                               for t, e, b in ent])
    f['contacts'] = [
        dict(track='事務職', office='人事部人事課 採用チーム', location='本社 12階',
             tel=['045-650-0111（内線2231）'], email=['saiyo-jimu@ur-net.go.jp']),
        dict(track='技術職', office='技術・コスト管理部 技術企画課', location='本社 9階',
             tel=['045-650-0111（内線2764）', '045-650-0375（直通）'], email=['saiyo-gijutsu@ur-net.go.jp'])]
    f['access'] = dict(address='〒231-8315 横浜市中区本町6丁目50番地1 横浜アイランドタワー',
                       routes=['みなとみらい線『馬車道』駅 2a出口 徒歩約2分',
                               'JR根岸線『桜木町』駅 南改札 徒歩約6分',
                               '市営地下鉄ブルーライン『桜木町』駅 北1出口 徒歩約5分'])
    units = [('本社', 8, 6), ('東日本賃貸住宅本部', 10, 9), ('東日本都市再生本部', 7, 20), ('中部支社', 5, 8),
             ('西日本支社', 9, 14), ('九州支社', 4, 8), ('住まいセンター', 14, None), ('技術研究所', None, 6),
             ('震災復興支援室', None, 4)]
    f['assignments'] = dict(cohortFiscalYear=2025, intro='令和7年度入社者の配属先（事務職／技術職）',
                            tracks=dict(admin='事務職', tech='技術職'),
                            layout='ONE dotted-leader list flowing over TWO columns (5 + 4 units), each line ending in a PAIR 8／6 (事務職／技術職, explained only by the intro), － for none; sum line below',
                            rows=[dict(unit=u, admin=a, tech=t) for u, a, t in units],
                            totals=dict(admin=sum(a or 0 for _, a, _ in units), tech=sum(t or 0 for _, _, t in units)))
    f['lead'] = dict(title='まちに、くらしに、新しい価値を。',
                     text=['都市再生機構（UR都市機構）は、大都市の再生や地方都市のまちづくり、約70万戸の賃貸住宅の管理、災害からの復興支援などを通じて、人が輝く都市の実現に取り組んでいます。',
                           '事務職と技術職が一つのチームとなり、国や自治体、民間事業者と協力しながら、何十年先まで続くまちの姿を描きます。'])
    f['initiativesIntro'] = ''
    f['initiatives'] = [
        dict(title='ジョブローテーション', text='入社後10年程度で、賃貸住宅・都市再生・災害復興など複数の分野を経験します。'),
        dict(title='在宅勤務・モバイルワーク', text='全職員にモバイル端末を配備し、現場や自宅からも業務ができる環境を整えています。'),
        dict(title='社内公募制度', text='新しい事業やポストへ、自ら手を挙げて挑戦できる制度があります。')]
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [
        dict(name='育児休職', duration='子が3歳に達するまで', text='男性職員の取得率は約9割です。'),
        dict(name='育児短時間勤務', duration='子が小学校3年生を修了するまで', text='1日の勤務時間を短縮できます。'),
        dict(name='介護休職', duration='通算1年', text='分割して取得することもできます。'),
        dict(name='ボランティア休暇', duration='年5日', text='被災地支援などの活動に使えます。')]
    f['supportSource'] = ''
    f['training'] = dict(title='研修・キャリア形成', paragraphs=[
        '入社時の新入職員研修の後、配属先でのOJTと、入社3年目までのフォローアップ研修で基礎を固めます。',
        'その後は、宅地建物取引士や一級建築士などの資格取得支援、国や自治体への出向、海外研修などを通じて専門性を高めます。'])
    f['keyFigures'] = [dict(label='管理する賃貸住宅', value='約70万戸', note='（2025年3月末）'),
                       dict(label='都市再生の実施地区', value='約300地区', note='（累計）'),
                       dict(label='職員数', value='約3,200人', note='（2025年4月）')]
    f['pages'] = 2

    def tab(P, y0, y1, title):
        P.rect(TX - 15, y0, 30, y1 - y0, fill=TEAL)
        n = len(title)
        step = 13.5
        ty = y0 + 8 + ((y1 - y0 - 16) - n * step) / 2 + 11
        if ty < y0 + 8 + 11 - 0.01:
            raise Refuse(f'tab too short for {title}')
        P.vtext(TX, ty, title, 'G', 11.5, WHITE, step=step, bold=True)

    def section(P, y, title, body):
        """body(P, y) draws the section from y and returns the bottom; the tab's title is read first."""
        P.out(title)
        y1 = body(P, y)
        tab(P, y - 12, y1 + 2, title)
        P.line(M, y1 + 8, X1, y1 + 8, (0.7, 0.8, 0.82), 0.5)
        return y1 + 26

    # ---------------- page 1 ----------------
    P1 = Page(W, H)
    P1.rect(0, 0, W, 132, fill=PALE)
    P1.rect(0, 132, W, 4, fill=TEAL)
    P1.text(M, 32, 'URBAN RENAISSANCE AGENCY', 'G', 8, TEAL, cs=1.8)
    P1.text(M, 56, '独立行政法人', 'G', 11, TEAL)
    P1.text(M, 92, '都市再生機構', 'G', 30, TEAL, cs=1, bold=True)
    P1.text(M, 118, f['document'], 'G', 13, BLACK)
    P1.out('URBAN RENAISSANCE AGENCY', '独立行政法人', '都市再生機構', f['document'])
    P1.rect(W - M - 120, 40, 120, 62, fill=WHITE, stroke=TEAL, lw=0.8)
    P1.text(W - M - 60, 60, 'UR都市機構', 'G', 12, TEAL, align='center', bold=True)
    P1.text(W - M - 60, 78, '2026年（令和8年）3月', 'G', 8, align='center')
    P1.text(W - M - 60, 93, '発行', 'G', 7.5, GREY, align='center')
    P1.out('UR都市機構', '2026年（令和8年）3月', '発行')
    y = 170

    def lead(P, y):
        P.text(M, y, f['lead']['title'], 'G', 14, TEAL, bold=True); P.out(f['lead']['title'])
        y += 20
        for p in f['lead']['text']:
            y = P.para(M, y, p, X1 - M, 'M', 9, lead=14.5) + 2
        return y - 12
    y = section(P1, y, 'はじめに', lead)

    def hiring(P, y):
        P.text(M, y, f['hiring']['intro'][0], 'G', 9.5, TEAL, bold=True); P.out(f['hiring']['intro'][0])
        P.text(M, y + 14, f['hiring']['intro'][1], 'M', 8); P.out(f['hiring']['intro'][1])
        tw = [84, 70, 70, 70]
        tr = [[C(t, font='G', fill=PALE) for t in ('年度', '事務職', '技術職', '計')]]
        for r in rows:
            tr.append([C(r['labelText'], font='G', align='left')] + [C(r[k]['text']) for k in ('admin', 'tech', 'total')])
        yb, ex = table(P, M, y + 22, tw, tr, size=8.5, rowh=16, lw=0.4)
        P.out(*ex)
        P.text(M, yb + 12, f['hiring']['note'][0], 'M', 7.5); P.out(f['hiring']['note'][0])
        # key figures decoy at the right
        kx = M + sum(tw) + 20
        ky = y + 4
        P.rect(kx - 8, ky - 14, X1 - kx + 8, 176, fill=SAND)
        P.text(kx, ky, 'データで見るUR', 'G', 9.5, TEAL, bold=True); P.out('データで見るUR')
        ky += 22
        for k in f['keyFigures']:
            P.text(kx, ky, k['label'], 'G', 8); P.out(k['label'])
            P.text(kx, ky + 22, k['value'], 'G', 16, TEAL, bold=True)
            P.text(X1 - 6, ky + 22, k['note'], 'M', 7, align='right')
            P.out(k['value'] + ' ' + k['note'])
            ky += 46
        return max(yb + 12, ky - 14)
    y = section(P1, y, '採用実績', hiring)

    def assign(P, y):
        P.text(M, y, f['assignments']['intro'], 'G', 9.5, TEAL, bold=True); P.out(f['assignments']['intro'])
        y += 18
        cw = (X1 - M - 24) / 2
        cols = [units[:5], units[5:]]
        ends = []
        for ci, lst in enumerate(cols):
            x0 = M + ci * (cw + 24)
            yy = y
            for u, a, t in lst:
                val = f'{a if a else "－"}／{t if t else "－"}'
                uw = P.text(x0, yy, u, 'M', 9)
                vx = P.text(x0 + cw, yy, val, 'G', 9, align='right')
                vw = sw(val, 'G', 9)
                P.line(uw + 4, yy - 1, x0 + cw - vw - 4, yy - 1, GREY, 0.9, dash=(0.9, 2.6))
                P.out(f'{u} {val}')
                yy += 17
            ends.append(yy)
        y = max(ends) + 2
        ta, tt = f['assignments']['totals']['admin'], f['assignments']['totals']['tech']
        P.text(X1, y, f'計　事務職{ta}名／技術職{tt}名', 'G', 8.5, align='right'); P.out(f'計　事務職{ta}名／技術職{tt}名')
        return y
    y = section(P1, y, '配属実績', assign)

    def exams(P, y):
        P.text(M, y, f['exams']['title'], 'G', 9.5, TEAL, bold=True); P.out(f['exams']['title'])
        tw = [90, 150, 90]
        tr = [[C(t, font='G', fill=PALE) for t in ('職種', '区分', '採用見込数')]]
        tot = 0
        for ex_name in (E1, E2, E3):
            tr.append([C(f'■{ex_name}', cs=3, align='left', font='G', fill=SAND), None, None])
            for e in f['exams']['entries']:
                if e['exam'] != ex_name:
                    continue
                for b in e['breakdown']:
                    tr.append([C(e['track']), C(b['category'], align='left'), C(f'{b["count"]}名', align='right')])
                    tot += b['count']
        tr.append([C('合計', cs=2, font='G', fill=PALE), None, C(f'{tot}名', align='right', font='G', fill=PALE)])
        yb, ex = table(P, M, y + 10, tw, tr, size=8.5, rowh=15, lw=0.4)
        P.out(*ex)
        nx = M + sum(tw) + 16
        ny = P.para(nx, y + 26, '大学院卒の総合職採用は、技術職（都市計画・建築）のみ実施します。', X1 - nx, 'M', 8, lead=13)
        ny = P.para(nx, ny + 6, 'キャリア採用は、民間企業等での実務経験が3年以上の方が対象です。', X1 - nx, 'M', 8, lead=13)
        return max(yb, ny)
    if y > H - 30:
        raise Refuse(f'ur p1 overflow {y}')
    P1.text(W / 2, H - 20, '― 1 ―', 'G', 8, GREY, furniture=True, align='center')

    # ---------------- page 2 ----------------
    P2 = Page(W, H)
    y = 56
    y = section(P2, y, '採用見込み', exams)

    def inits(P, y):
        cw = (X1 - M - 24) / 3
        ends = []
        for i, it in enumerate(f['initiatives']):
            x0 = M + i * (cw + 12)
            P.rect(x0, y - 12, cw, 3, fill=TEAL)
            yy = P.para(x0, y + 6, it['title'], cw, 'G', 9.5, lead=14, color=TEAL)
            yy = P.para(x0, yy + 2, it['text'], cw, 'M', 8.3, lead=13)
            ends.append(yy)
        return max(ends) - 8
    y = section(P2, y, '働き方', inits)

    def support(P, y):
        P.text(M, y, f['supportTitle'], 'G', 9.5, TEAL, bold=True); P.out(f['supportTitle'])
        y += 10
        cw = (X1 - M - 12) / 2
        for r in range(2):
            ends = []
            for c in range(2):
                s = f['supportSystems'][r * 2 + c]
                x0 = M + c * (cw + 12)
                P.rect(x0, y, cw, 48, stroke=TEAL, lw=0.6)
                P.text(x0 + 8, y + 16, s['name'], 'G', 9, TEAL, bold=True)
                P.text(x0 + cw - 8, y + 16, s['duration'], 'G', 7.8, align='right')
                P.out(s['name'] + ' ' + s['duration'])
                P.para(x0 + 8, y + 36, s['text'], cw - 16, 'M', 8.2, lead=12)
            y += 56
        return y - 10
    y = section(P2, y, '両立支援', support)

    def training(P, y):
        P.text(M, y, f['training']['title'], 'G', 9.5, TEAL, bold=True); P.out(f['training']['title'])
        y += 16
        for p in f['training']['paragraphs']:
            y = P.para(M, y, p, X1 - M, 'M', 8.8, lead=14) + 2
        return y - 12
    y = section(P2, y, '研修', training)

    def contact(P, y):
        cw = (X1 - M - 12) / 2
        ends = []
        for i, c in enumerate(f['contacts']):
            x0 = M + i * (cw + 12)
            P.rect(x0, y - 12, cw, 94, fill=PALE)
            yy = y + 2
            P.text(x0 + 8, yy, f'{c["track"]}について', 'G', 9, TEAL, bold=True); P.out(f'{c["track"]}について'); yy += 15
            P.text(x0 + 8, yy, c['office'], 'G', 8.3); P.out(c['office']); yy += 13
            P.text(x0 + 8, yy, c['location'], 'M', 8); P.out(c['location']); yy += 13
            for t in c['tel']:
                P.text(x0 + 8, yy, 'TEL：' + t, 'M', 8); P.out('TEL：' + t); yy += 12
            for m in c['email']:
                P.text(x0 + 8, yy, m, 'M', 8); P.out(m); yy += 12
            if yy > y + 86:
                raise Refuse('ur contact box overflow')
        y += 100
        P.text(M, y, '所在地', 'G', 8.5, TEAL)
        P.text(M + 40, y, f['access']['address'], 'M', 8.5)
        P.out('所在地 ' + f['access']['address'])
        y += 8
        tr = [[C(t, font='G', fill=PALE) for t in ('路線・駅', '出口', '所要時間')]]
        for r in f['access']['routes']:
            parts = r.split(' ')
            tr.append([C(parts[0], align='left'), C(parts[1]), C(parts[2])])
        yb, ex = table(P, M, y, [260, 90, 90], tr, size=8.3, rowh=15, lw=0.4)
        P.out(*ex)
        return yb
    y = section(P2, y, 'お問い合わせ', contact)
    if y > H - 30:
        raise Refuse(f'ur p2 overflow {y}')
    P2.text(W / 2, H - 20, '― 2 ―', 'G', 8, GREY, furniture=True, align='center')
    return f, [P1, P2]


FIXTURES = [('hokkaido-2026', hokkaido, 18001), ('yokohama-2026', yokohama, 18002), ('ur-2026', ur, 18003)]


# ---------------------------------------------------------------------------
BUILDERS = {}


def build(name, fn, seed):
    f, pages = fn()
    if f['pages'] != len(pages):
        raise Refuse('page count')
    check_numbers(f)
    check_pages(pages)
    exp = '\n\f\n'.join('\n'.join(P.exp) for P in pages) + '\n'
    drawn = norm(exp)
    for s in fact_strings(f):
        if norm(s) not in drawn:
            raise Refuse(f'{name}: fact string not printed: {s!r}')
    os.makedirs(OUT, exist_ok=True)
    pdf = os.path.join(OUT, name + '.pdf')
    tmp = pdf + '.tmp'
    render(pages, tmp, seed, f'{f["organization"]} {f["document"]} 2026')
    check_pdftotext(pages, tmp)
    os.replace(tmp, pdf)
    with open(os.path.join(OUT, name + '.expected.txt'), 'w', encoding='utf-8') as fh:
        fh.write(exp)
    with open(os.path.join(OUT, name + '.facts.json'), 'w', encoding='utf-8') as fh:
        json.dump(f, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    sys.path.insert(0, os.path.join(ROOT, 'Scripts'))
    import score_extract
    n = len(score_extract.checks(f, {}, drawn))
    print(f'{name}: {len(pages)} pages, {n} fact checks')
    return n


def main():
    todo = [(n, fn, s) for n, fn, s in FIXTURES if len(sys.argv) < 2 or n in sys.argv[1:]]
    total = 0
    for n, fn, s in todo:
        try:
            total += build(n, fn, s)
        except Refuse as e:
            raise SystemExit(f'{n}: refused: {e}')
    print(f'total fact checks: {total}')


if __name__ == '__main__':
    main()
