#!/usr/bin/env python3
"""Holdout set 28 (blind): three synthetic recruitment brochures.

  kagoshima-2026  鹿児島県        A4, 2 pp
  hamamatsu-2026  浜松市          A4, 3 pp
  nies-2026       国立環境研究所  A4, 2 pp

Self-contained (reportlab + IPAex fonts + pdftotext for the self-check).  Every visual line is
its own text object at an absolute position; the text objects of a page are drawn after the
graphics in a seeded shuffled order.  The generator refuses a brochure that fails its checks
(see check_* below).  Deterministic: reportlab invariant=1 and seeded shuffles.

  python3 Fixtures/generate_holdout28.py              # all three
  python3 Fixtures/generate_holdout28.py nies-2026    # one
"""
import collections, json, os, random, re, subprocess, sys, unicodedata

from reportlab.lib.pagesizes import A4
from reportlab.lib.colors import Color, black, white
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab import rl_config

rl_config.invariant = 1

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout28')
REPO = os.path.dirname(HERE)
FONT_FILES = {'G': '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
              'M': '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'}
FONTS = {}
for k, p in FONT_FILES.items():
    FONTS[k] = TTFont('H28' + k, p)
    pdfmetrics.registerFont(FONTS[k])

W, H = A4
EDGE = 14.0
GREY = Color(0.45, 0.45, 0.45)
DARK = Color(0.2, 0.2, 0.2)


def rgb(h):
    return Color(int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, 'H28' + font, size)


class Fail(Exception):
    pass


# ---------------------------------------------------------------- page model (top-down coordinates)
class Page:
    def __init__(self, w=W, h=H):
        self.w, self.h = w, h
        self.items = []   # dicts: x, y (top of em box), text, font, size, color, furn
        self.gfx = []     # callables(canvas, page)
        self.exp = []     # expected lines

    # text -------------------------------------------------------------
    def t(self, x, y, text, font='M', size=9, color=black, furn=False, align='l'):
        w = sw(text, font, size)
        if align == 'r':
            x = x - w
        elif align == 'c':
            x = x - w / 2
        self.items.append(dict(x=x, y=y, text=text, font=font, size=size, color=color, furn=furn, w=w))
        return w

    def vt(self, xc, y, text, font='G', size=9, color=black, furn=False, lead=None):
        """vertical text: one glyph per row, centred on xc."""
        lead = lead or size * 1.1
        for i, ch in enumerate(text):
            self.t(xc, y + i * lead, ch, font, size, color, furn, align='c')
        return len(text) * lead

    def e(self, *lines):
        self.exp.extend(lines)

    # graphics ----------------------------------------------------------
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5, r=0, dash=None):
        def f(c, p=self):
            c.saveState()
            if fill is not None: c.setFillColor(fill)
            if stroke is not None: c.setStrokeColor(stroke)
            c.setLineWidth(lw)
            if dash: c.setDash(*dash)
            if r:
                c.roundRect(x, p.h - y - h, w, h, r, stroke=stroke is not None, fill=fill is not None)
            else:
                c.rect(x, p.h - y - h, w, h, stroke=stroke is not None, fill=fill is not None)
            c.restoreState()
        self.gfx.append(f)

    def line(self, x1, y1, x2, y2, color=black, lw=0.5, dash=None):
        def f(c, p=self):
            c.saveState(); c.setStrokeColor(color); c.setLineWidth(lw)
            if dash: c.setDash(*dash)
            c.line(x1, p.h - y1, x2, p.h - y2); c.restoreState()
        self.gfx.append(f)

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.5):
        def f(c, p=self):
            c.saveState()
            if fill is not None: c.setFillColor(fill)
            if stroke is not None: c.setStrokeColor(stroke)
            c.setLineWidth(lw)
            c.circle(x, p.h - y, r, stroke=stroke is not None, fill=fill is not None); c.restoreState()
        self.gfx.append(f)

    def poly(self, pts, fill=None, stroke=None, lw=0.5):
        def f(c, p=self):
            c.saveState()
            if fill is not None: c.setFillColor(fill)
            if stroke is not None: c.setStrokeColor(stroke)
            c.setLineWidth(lw)
            path = c.beginPath(); path.moveTo(pts[0][0], p.h - pts[0][1])
            for (a, b) in pts[1:]: path.lineTo(a, p.h - b)
            path.close(); c.drawPath(path, stroke=stroke is not None, fill=fill is not None); c.restoreState()
        self.gfx.append(f)


# ---------------------------------------------------------------- line breaking
NO_START = set('、。，．）」』】〕〉》・ー…‥ぁぃぅぇぉっゃゅょゎァィゥェォッャュョ！？：；％，.,)!?:;')
NO_END = set('（「『【〔〈《(')


def tokens(text):
    return re.findall(r'[A-Za-z0-9@._\-/:%+]+|.', text)


def wrap(text, font, size, width, widths=None, sep=None):
    """greedy line breaking with kinsoku; ASCII runs are never broken. widths: per-line widths.
    sep: break only after this character (a list run such as 「行政 52名程度／教育行政 8名程度」)."""
    toks = re.findall('[^' + sep + ']*' + sep + '?', text)[:-1] if sep else tokens(text)
    lines, cur = [], ''
    def lim():
        if widths and len(lines) < len(widths): return widths[len(lines)]
        return width
    for tk in toks:
        if cur and sw(cur + tk, font, size) > lim():
            if tk[0] in NO_START:
                # push back the last token of cur (oidashi)
                ct = tokens(cur)
                lines.append(''.join(ct[:-1])); cur = ct[-1] + tk
            else:
                lines.append(cur.rstrip(' ')); cur = tk.lstrip(' ')
        else:
            cur += tk
    if cur: lines.append(cur)
    check_lines(lines, font, size, width, widths)
    return lines


def check_lines(lines, font, size, width, widths=None):
    for i, ln in enumerate(lines):
        if i and ln[0] in NO_START: raise Fail(f'kinsoku start: {ln}')
        if ln[-1] in NO_END and i < len(lines) - 1: raise Fail(f'kinsoku end: {ln}')
        w = widths[i] if widths and i < len(widths) else width
        if sw(ln, font, size) > w + 0.01: raise Fail(f'line too wide: {ln}')


def para(p, x, y, text, width, font='M', size=9, lead=None, color=black, widths=None, sep=None):
    lead = lead or size * 1.6
    lines = wrap(text, font, size, width, widths, sep)
    for i, ln in enumerate(lines):
        p.t(x, y + i * lead, ln, font, size, color)
    p.e(*lines)
    return len(lines) * lead


# ---------------------------------------------------------------- tables
def table(p, x, y, cols, rows, rh, font='M', size=8.5, hfont='G', head=1, align=None, rules='grid',
          hfill=None, pad=3, lead=None, fills=None, rulecolor=black, expect=True, rowh=None):
    """rows: list of cells; a cell is a string, a list of lines, or None (spanned by the cell above: empty in
    the expected text; the row above's cell must declare ('span', n, content)).  Returns the table height."""
    lead = lead or size * 1.25
    align = align or (['l'] + ['r'] * (len(cols) - 1))
    xs = [x]
    for c in cols: xs.append(xs[-1] + c)
    hs = [(rowh[i] if rowh and rowh[i] else rh) for i in range(len(rows))]
    ys = [y]
    for hh in hs: ys.append(ys[-1] + hh)
    covered = set()
    for ri, row in enumerate(rows):
        exp = []
        for ci, cell in enumerate(row):
            if (ri, ci) in covered:
                exp.append(''); continue
            span = 1
            if isinstance(cell, tuple) and cell[0] == 'span':
                span = cell[1]; cell = cell[2]
                for k in range(1, span): covered.add((ri + k, ci))
            lines = [] if cell in (None, '') else ([cell] if isinstance(cell, str) else list(cell))
            f = hfont if ri < head else font
            fill = fills(ri, ci) if fills else None
            top, bot = ys[ri], ys[ri + span]
            if fill is not None:
                p.rect(xs[ci], top, cols[ci], bot - top, fill=fill)
            if ri < head and hfill is not None:
                p.rect(xs[ci], top, cols[ci], bot - top, fill=hfill)
            hh = len(lines) * lead - (lead - size)
            if hh > bot - top - 1: raise Fail(f'cell too tall: {lines}')
            y0 = top + (bot - top - hh) / 2
            a = align[ci] if ri >= head else 'c'
            for k, ln in enumerate(lines):
                wd = sw(ln, f, size)
                if wd > cols[ci] - 2 * pad + 0.01: raise Fail(f'cell too wide: {ln}')
                if a == 'l': xx = xs[ci] + pad
                elif a == 'r': xx = xs[ci + 1] - pad - wd
                else: xx = xs[ci] + (cols[ci] - wd) / 2
                p.t(xx, y0 + k * lead, ln, f, size)
            exp.append(''.join(lines))
        if expect: p.e('\t'.join(exp))
    if rules in ('grid', 'h', 'hb'):
        for ri in range(len(rows) + 1):
            if rules == 'hb' and 0 < ri < len(rows) and ri != head: continue
            segs = [(xs[ci], xs[ci + 1]) for ci in range(len(cols)) if ri == 0 or ri == len(rows) or (ri, ci) not in covered]
            for a, b in segs:
                p.line(a, ys[ri], b, ys[ri], rulecolor, 0.9 if ri in (0, len(rows)) else 0.4)
    if rules == 'grid':
        for ci in range(len(cols) + 1):
            p.line(xs[ci], ys[0], xs[ci], ys[-1], rulecolor, 0.4)
    return ys[-1] - ys[0]


def heading_bar(p, x, y, w, text, fill, size=10.5, font='G', h=17):
    """white heading on a dark bar spanning the column."""
    p.rect(x, y, w, h, fill=fill)
    p.t(x + 6, y + (h - size) / 2, text, font, size, white)
    p.e(text)
    return h


def leaders(p, x1, x2, y, color=GREY):
    """dotted leader as a graphic (no text)."""
    p.line(x1, y, x2, y, color, 0.8, dash=(0.8, 2.2))


# ---------------------------------------------------------------- rendering and checks
def norm(s):
    if s is None: return None
    s = unicodedata.normalize('NFKC', s)
    return ''.join(s.split()).replace('〜', '~').replace('～', '~')


def render(pages, path, seed, title):
    c = canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h), invariant=1, pageCompression=1)
    c.setTitle(title); c.setAuthor('holdout28'); c.setCreator('generate_holdout28.py')
    for i, p in enumerate(pages):
        c.setPageSize((p.w, p.h))
        for g in p.gfx: g(c, p) if g.__code__.co_argcount == 2 else g(c)
        order = list(range(len(p.items)))
        random.Random(seed * 100 + i).shuffle(order)
        for k in order:
            it = p.items[k]
            c.saveState()
            c.setFont('H28' + it['font'], it['size'])
            c.setFillColor(it['color'])
            c.drawString(it['x'], p.h - it['y'] - it['size'] * 0.88, it['text'])
            c.restoreState()
        c.showPage()
    c.save()


def check_page(p, n):
    for it in p.items:
        face = FONTS[it['font']].face
        for ch in it['text']:
            if ord(ch) not in face.charToGlyph: raise Fail(f'p{n}: glyph {ch!r} not in {it["font"]}')
        if it['x'] < EDGE or it['x'] + it['w'] > p.w - EDGE or it['y'] < EDGE or it['y'] + it['size'] > p.h - EDGE:
            raise Fail(f'p{n}: off page / in edge margin: {it["text"]} at {it["x"]:.1f},{it["y"]:.1f}')
        if it['text'] != it['text'].strip() or not it['text']:
            raise Fail(f'p{n}: item with outer spaces: {it["text"]!r}')
    its = sorted(p.items, key=lambda i: i['x'])
    for a in range(len(its)):
        A = its[a]
        for b in range(a + 1, len(its)):
            B = its[b]
            if B['x'] >= A['x'] + A['w'] - 0.05: break
            if B['y'] < A['y'] + A['size'] - 0.05 and A['y'] < B['y'] + B['size'] - 0.05:
                raise Fail(f'p{n}: overlap {A["text"]!r} / {B["text"]!r}')
    drawn = collections.Counter(ch for it in p.items if not it['furn'] for ch in it['text'] if not ch.isspace())
    want = collections.Counter(ch for ln in p.exp for ch in ln if not ch.isspace())
    if drawn != want:
        raise Fail(f'p{n}: drawn != expected: +{dict(drawn - want)} -{dict(want - drawn)}')


def check_pdftotext(pages, path):
    for i, p in enumerate(pages):
        out = subprocess.run(['pdftotext', '-f', str(i + 1), '-l', str(i + 1), path, '-'],
                             capture_output=True, text=True, check=True).stdout
        got = collections.Counter(ch for ch in out if not ch.isspace())
        drawn = collections.Counter(ch for it in p.items for ch in it['text'] if not ch.isspace())
        if got != drawn:
            raise Fail(f'pdftotext p{i+1}: +{dict(got - drawn)} -{dict(drawn - got)}')


def count_bt(path):
    """number of BT operators in the content streams (text objects)."""
    import zlib
    raw = open(path, 'rb').read()
    n = 0
    for m in re.finditer(rb'stream\r?\n(.*?)endstream', raw, re.S):
        data = m.group(1)
        try:
            if data.strip().endswith(b'~>'):   # /ASCII85Decode /FlateDecode page streams
                import base64
                data = base64.a85decode(data.strip()[:-2])
            data = zlib.decompress(data)
        except Exception:
            continue
        if b' Tf' in data:
            # reportlab opens every page with an empty 'BT /F1 12 Tf 14.4 TL ET' after the cm: not ours
            n += len(re.findall(rb'^BT\b', data, re.M))
    return n


def fact_strings(f):
    s = [f['organization'], f['document'], f['edition']['asOfText']]
    h = f['hiring']
    s += h.get('intro', []) + h.get('note', []) + list(h['tracks'].values())
    for r in h['rows']:
        s += [r['label'], r['labelText']]
        for k in ('total', 'admin', 'tech'):
            if r.get(k): s.append(r[k]['text'])
    e = f['exams']
    s.append(e['title'])
    for en in e['entries']:
        s.append(en['track'])
        if not e.get('textSynthesised'): s.append(en['exam'])
        s += [b['category'] for b in en['breakdown']]
    a = f['assignments']
    s.append(a['intro']); s += [r['unit'] for r in a['rows']]
    for c in f['contacts']:
        s += [c['office'], c['location']] + c['tel'] + c['email']
    s.append(f['access']['address'])
    s += [r.replace('『', '').replace('』', '') for r in f['access']['routes']]
    s += [f['lead']['title']] + f['lead']['text']
    s.append(f.get('initiativesIntro', ''))
    for i in f['initiatives']: s += [i['title'], i['text']]
    s.append(f['supportTitle'])
    for i in f['supportSystems']: s += [i['name'], i['duration'], i.get('text', '')]
    s.append(f['training']['title']); s += f['training']['paragraphs']
    for row in f['training'].get('table', []): s += row
    return [x for x in s if x]


def check_facts(f, pages):
    drawn = norm(''.join(ln for p in pages for ln in p.exp))
    for s in fact_strings(f):
        if norm(s) not in drawn: raise Fail(f'fact not printed: {s}')
    for en in f['exams']['entries']:
        if en['exam'] and norm(en['exam']) not in drawn and f['exams'].get('textSynthesised') is False:
            raise Fail(f'exam not printed: {en["exam"]}')
    h = f['hiring']['rows']
    years = [r['fiscalYear'] for r in h]
    if years != list(range(years[0], years[0] + len(years))): raise Fail('hiring years not consecutive')
    if sum(1 for r in h if r['planned']) != 1 or not h[-1]['planned']: raise Fail('planned row')
    if len(h) - 1 < 5: raise Fail('fewer than 5 actual years')
    for r in h:
        t, a, b = r['total'], r['admin'], r['tech']
        if t['count'] != a['count'] + b['count']: raise Fail(f'hiring heads {r["label"]}')
        if r['planned']:
            if any(x['women'] is not None for x in (t, a, b)): raise Fail('planned women')
        else:
            if t['women'] != a['women'] + b['women']: raise Fail(f'hiring women {r["label"]}')
            for x in (t, a, b):
                if x['women'] > x['count']: raise Fail('women > heads')
    A = f['assignments']
    last = [r for r in h if not r['planned']][-1]
    if A['cohortFiscalYear'] != last['fiscalYear']: raise Fail('cohort year')
    sa = sum(r['admin'] or 0 for r in A['rows']); st = sum(r['tech'] or 0 for r in A['rows'])
    if (sa, st) != (last['admin']['count'], last['tech']['count']) or A['totals'] != {'admin': sa, 'tech': st}:
        raise Fail(f'assignment sums {sa} {st}')
    if len({norm(r['unit']) for r in A['rows']}) != len(A['rows']): raise Fail('duplicate unit')
    plan = h[-1]
    E = f['exams']
    if not (E['fiscalYear'] == plan['fiscalYear'] == f['edition']['year']): raise Fail('exam / plan / edition year')
    sys.path.insert(0, os.path.join(REPO, 'Scripts'))
    import score_extract as se
    per = collections.Counter(); keys = set()
    for en in E['entries']:
        if sum(b['count'] for b in en['breakdown']) != en['total']: raise Fail('exam entry total')
        per[se.track(en['track'])] += en['total']
        for b in en['breakdown']:
            k = (se.track(en['track']), se.level(en['exam']), norm(b['category']))
            if k in keys: raise Fail(f'exam key collision {k}')
            keys.add(k)
    if per['administrative'] != plan['admin']['count'] or per['technical'] != plan['tech']['count']:
        raise Fail(f'exam sums {dict(per)}')
    if f['hiring']['tracks']['admin'] not in drawn or f['hiring']['tracks']['tech'] not in drawn:
        raise Fail('tracks')
    # stand-in document built from the facts must score full marks
    doc = {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': {
        'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'],
                             'total': {'count': r['total']['count'], 'women': r['total']['women']},
                             'administrative': {'count': r['admin']['count'], 'women': r['admin']['women']},
                             'technical': {'count': r['tech']['count'], 'women': r['tech']['women']}} for r in h]},
        'assignments': {'cohortFiscalYear': A['cohortFiscalYear'],
                        'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0} for r in A['rows']]},
        'examBreakdown': {'entries': [{'track': se.track(en['track']), 'level': se.level(en['exam']), 'category': b['category'], 'count': b['count']}
                                      for en in E['entries'] for b in en['breakdown']]},
        'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']} for c in f['contacts']],
        'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes'] if '『' in r]},
        'initiatives': [{'title': i['title']} for i in f['initiatives']],
        'supportSystems': [{'name': i['name']} for i in f['supportSystems']]}}
    res = se.checks(f, doc, drawn)
    bad = [n for n, ok in res if not ok]
    if bad: raise Fail(f'stand-in misses {bad}')
    for i in f['initiatives']:
        if norm(i['title']) not in drawn: raise Fail('initiative unreachable')
    for i in f['supportSystems']:
        if norm(i['name']) not in drawn: raise Fail('support unreachable')
    kinds = collections.Counter(n.split(' ')[0] for n, _ in res)
    return len(res), dict(kinds)


def build(name, fn, seed):
    pages, facts = fn()
    for i, p in enumerate(pages): check_page(p, i + 1)
    n, kinds = check_facts(facts, pages)
    facts['pages'] = len(pages)
    os.makedirs(OUT, exist_ok=True)
    pdf = os.path.join(OUT, name + '.pdf')
    render(pages, pdf, seed, facts['organization'] + ' ' + facts['document'])
    check_pdftotext(pages, pdf)
    nbt = count_bt(pdf)
    if nbt != sum(len(p.items) for p in pages): raise Fail(f'BT count {nbt}')
    with open(pdf, 'rb') as fh:
        bt = fh.read()
    with open(os.path.join(OUT, name + '.expected.txt'), 'w') as fh:
        fh.write('\n\f\n'.join('\n'.join(p.exp) for p in pages) + '\n')
    with open(os.path.join(OUT, name + '.facts.json'), 'w') as fh:
        json.dump(facts, fh, ensure_ascii=False, indent=2); fh.write('\n')
    print(f'{name}: {len(pages)} pp, text items per page {[len(p.items) for p in pages]}, fact checks {n} {kinds}')


# ================================================================ brochures
BROCHURES = {}

# ---------------------------------------------------------------- 鹿児島県
def hire_rows(labels, plabel, plabeltext, admin, tech, fmt_total, fmt, planned_fmt, first=2021):
    rows = []
    for i, lab in enumerate(labels + [plabel]):
        pl = i == len(labels)
        (ac, aw), (tc, tw) = admin[i], tech[i]
        tot = (ac + tc, None if pl else aw + tw)
        def cell(c, w_):
            return {'count': c, 'women': w_, 'text': (planned_fmt if pl else fmt)(c)}
        rows.append({'fiscalYear': first + i, 'label': lab, 'labelText': plabeltext if pl else lab, 'planned': pl,
                     'total': cell(*tot), 'admin': cell(ac, aw), 'tech': cell(tc, tw)})
    return rows


def kagoshima():
    G1 = rgb('1f5c4a'); G2 = rgb('e3efe9'); OR = rgb('fbe3c8'); ORD = rgb('e8892f')
    p1, p2 = Page(), Page()
    L, R = 40, 555
    # ---- masthead: English first, Japanese second; the edition as R8.4発行
    p1.rect(0, 18, W, 102, fill=G1)
    p1.rect(R - 62, 26, 62, 15, fill=white, r=7)
    p1.t(R - 31, 29, 'R8.4発行', 'G', 8.5, G1, align='c')
    p1.e('R8.4発行')
    p1.t(L, 40, 'KAGOSHIMA PREFECTURE', 'G', 21, white)
    p1.e('KAGOSHIMA PREFECTURE')
    p1.t(L, 70, '鹿児島県', 'M', 26, white)
    p1.t(L + sw('鹿児島県', 'M', 26) + 8, 70 + 0.88 * (26 - 15), '職員採用案内', 'G', 15, white)
    p1.e('鹿児島県職員採用案内')
    p1.t(L, 102, '上級試験（大学卒業程度）　事務系・技術系', 'G', 9, white)
    p1.t(R, 102, '鹿児島県人事委員会事務局', 'G', 9, white, align='r')
    p1.e('上級試験（大学卒業程度）　事務系・技術系', '鹿児島県人事委員会事務局')
    lead_title = '南の拠点から、未来をひらく。'
    lead = ['鹿児島県は、南北約600kmにわたる県土に28の有人離島を抱え、農林水産業や観光、宇宙関連産業など多彩な力を持つ県です。',
            '約1万3千人の県職員が、本庁と県内各地の地域振興局・支庁で、防災、医療・福祉、産業振興、離島振興などの仕事を担っています。']
    p1.t(L, 132, lead_title, 'M', 14, G1); p1.e(lead_title)
    y = 156
    for t in lead:
        y += para(p1, L, y, t, R - L, 'M', 9, 15) + 3
    # ---- hiring: years across, each cell count over (women), planned column shaded at the right
    y += 8
    p1.rect(L, y, 4, 15, fill=G1)
    p1.t(L + 9, y + 1, '採用状況', 'G', 13); p1.e('採用状況')
    y += 22
    intro = '上級試験（大学卒業程度）による採用者数（人）'
    p1.t(L, y, intro, 'M', 8.5); p1.e(intro)
    y += 14
    A = [(62, 25), (58, 24), (65, 29), (60, 27), (63, 30), (66, None)]
    T = [(41, 9), (44, 11), (39, 10), (46, 14), (43, 13), (47, None)]
    labels = ['R3年度', 'R4年度', 'R5年度', 'R6年度', 'R7年度']
    rows = hire_rows(labels, 'R8予定', 'R8予定', A, T, None, lambda c: str(c), lambda c: str(c))
    head = ['区分'] + labels + ['R8予定']
    body = []
    for key, name in (('admin', '事務系'), ('tech', '技術系'), ('total', '計')):
        r = [name]
        for hr in rows:
            x = hr[key]
            r.append(str(x['count']) if hr['planned'] else [str(x['count']), f'（{x["women"]}）'])
        body.append(r)
    cols = [78] + [72] * 5 + [77]
    def fills(ri, ci):
        if ci == 6: return ORD if ri == 0 else OR
        if ri == 0: return G2
        if ri == 3: return Color(0.96, 0.96, 0.96)
        return None
    th = table(p1, L, y, cols, [head] + body, 34, 'M', 10.5, 'G', 1, ['c'] * 7, 'grid', None, 3, 12.5,
               fills, rowh=[20, 34, 34, 34])
    y += th + 5
    note = '（　）内は女性で内数です。R8予定は採用予定数で、女性の内訳は未定です。'
    p1.t(L, y, note, 'M', 7.5, GREY); p1.e(note)
    y += 24
    # ---- two columns: exams as prose bullets (程度 / 若干名) | initiatives
    cw = 245; X2 = L + cw + 25
    ytop = y
    etitle = '令和8年度 試験区分別の採用予定'
    p1.rect(L, y, 4, 15, fill=G1)
    p1.t(L + 9, y + 1, etitle, 'G', 11.5); p1.e(etitle)
    y += 24
    y += para(p1, L, y, '上級試験（大学卒業程度）では、次の試験区分で採用を予定しています。人数はいずれも見込みです。', cw, 'M', 9, 15) + 6
    def bullet(yy, head_, text):
        p1.t(L, yy, head_, 'G', 9.5, G1); p1.e(head_)
        yy += 16
        return yy + para(p1, L + 10, yy, text, cw - 10, 'M', 9, 15, sep='／') + 6
    y = bullet(y, '●事務系（計66名程度）', '行政 52名程度／教育行政 8名程度／警察事務 6名程度')
    y = bullet(y, '●技術系（計47名程度）', '土木 20名程度／農業 8名程度／農業土木 6名程度／林業 5名程度／建築 4名程度／水産 4名程度')
    y += para(p1, L, y, '※獣医師・薬剤師は若干名を採用します。試験日程は別に定めます。', cw, 'M', 8, 13, GREY)
    yl = y
    y = ytop
    p1.rect(X2, y, 4, 15, fill=G1)
    p1.t(X2 + 9, y + 1, '働きやすい職場へ', 'G', 11.5); p1.e('働きやすい職場へ')
    y += 24
    ini_intro = '職員一人ひとりが力を発揮できるよう、働き方の見直しを進めています。'
    y += para(p1, X2, y, ini_intro, R - X2, 'M', 9, 15) + 6
    inis = [('かごしまスマートワーク', '在宅勤務と庁内のフリーアドレス席を組み合わせ、場所にとらわれない働き方を広げています。'),
            ('離島勤務サポート', '離島の事務所に赴任する職員には、住宅の確保や帰省の旅費を支援しています。'),
            ('職員提案制度', '若手職員の提案から、窓口の手続のオンライン化など約40件が実現しました。')]
    for t_, x_ in inis:
        p1.t(X2, y, '◇' + t_, 'G', 9.5, G1); p1.e('◇' + t_)
        y += 16
        y += para(p1, X2 + 10, y, x_, R - X2 - 10, 'M', 9, 15) + 7
    # footer (furniture): page number in a circle + chapter name
    def footer(p, n, chapter, right):
        yy = 812
        if right:
            p.circle(R - 8, yy + 5, 9, fill=G1)
            p.t(R - 8, yy, str(n), 'G', 9, white, furn=True, align='c')
            p.t(R - 22, yy + 0.5, chapter, 'G', 8, G1, furn=True, align='r')
            p.line(L, yy + 5, R - 22 - sw(chapter, 'G', 8) - 8, yy + 5, G1, 0.6)
        else:
            p.circle(L + 8, yy + 5, 9, fill=G1)
            p.t(L + 8, yy, str(n), 'G', 9, white, furn=True, align='c')
            p.t(L + 22, yy + 0.5, chapter, 'G', 8, G1, furn=True)
            p.line(L + 22 + sw(chapter, 'G', 8) + 8, yy + 5, R, yy + 5, G1, 0.6)
    # decoy: exam schedule band (dates, no facts)
    y = max(yl, y) + 16
    p1.rect(L, y, R - L, 20, fill=G2)
    p1.t(L + 8, y + 5, '令和8年度 上級試験の日程（予定）', 'G', 9.5, G1); p1.e('令和8年度 上級試験の日程（予定）')
    y += 26
    steps = [('申込受付', '5月上旬～5月下旬'), ('第1次試験', '6月中旬'), ('第2次試験', '7月下旬～8月上旬'), ('最終合格発表', '8月下旬')]
    sw_ = (R - L) / 4
    for k, (a_, b_) in enumerate(steps):
        x0 = L + k * sw_
        p1.poly([(x0, y), (x0 + sw_ - 10, y), (x0 + sw_ - 2, y + 17), (x0 + sw_ - 10, y + 34), (x0, y + 34)], fill=Color(0.97, 0.97, 0.97), stroke=G1)
        p1.t(x0 + (sw_ - 8) / 2, y + 4, a_, 'G', 9, align='c')
        p1.t(x0 + (sw_ - 8) / 2, y + 19, b_, 'M', 8.5, align='c')
        p1.e(a_, b_)
    y += 40
    footer(p1, 1, '採用情報', True)
    if max(yl, y) > 800: raise Fail(f'kagoshima p1 too long {yl} {y}')

    # ---- page 2: assignments as two horizontal bar lists
    y = 40
    p2.rect(L, y, 4, 15, fill=G1)
    p2.t(L + 9, y + 1, '配属先', 'G', 13); p2.e('配属先')
    y += 22
    aintro = '令和7年度採用者の配属先（人）'
    p2.t(L, y, aintro, 'M', 9); p2.e(aintro)
    y += 20
    arows = [('総務部', 7, None), ('企画部', 5, None), ('環境林務部', 3, 6), ('くらし保健福祉部', 9, 2), ('商工労働水産部', 6, 3),
             ('農政部', 5, 9), ('土木部', 4, 11), ('教育庁', 6, None), ('地域振興局・支庁', 18, 12)]
    for k, (trk, col) in enumerate((('事務系', G1), ('技術系', ORD))):
        x0 = L + k * 265
        idx = 1 if k == 0 else 2
        tot = sum(r[idx] or 0 for r in arows)
        p2.rect(x0, y, 250, 18, fill=G2 if k == 0 else OR)
        ttl = f'{trk}（{tot}人）'
        p2.t(x0 + 6, y + 4, ttl, 'G', 10); p2.e(ttl)
        yy = y + 26
        for r in arows:
            if not r[idx]: continue
            p2.t(x0 + 100, yy, r[0], 'M', 8.5, align='r')
            bw = r[idx] * 6.5
            p2.rect(x0 + 106, yy + 0.5, bw, 8, fill=col)
            p2.t(x0 + 106 + bw + 4, yy, str(r[idx]), 'G', 8.5)
            p2.e(f'{r[0]}\t{r[idx]}')
            yy += 15
    y += 26 + 9 * 15 + 8
    anote = '※本庁の部局と、県内7地域の地域振興局・支庁への配属です。'
    p2.t(L, y, anote, 'M', 7.5, GREY); p2.e(anote)
    y += 24
    # ---- support: name, duration pill, text; two columns
    stitle = '子育て・介護と仕事の両立'
    p2.rect(L, y, 4, 15, fill=G1)
    p2.t(L + 9, y + 1, stitle, 'G', 13); p2.e(stitle)
    y += 24
    sup = [('育児休業', '子が3歳まで', '男女とも取得でき、3回まで分割できます。'),
           ('育児短時間勤務', '子が小学校就学前まで', '1日4時間などの勤務形態を選べます。'),
           ('子の看護等休暇', '年5日', '子が2人以上の場合は年10日です。'),
           ('介護休暇', '通算6月以内', '3回まで分割して取得できます。'),
           ('介護時間', '最長3年', '1日2時間以内で勤務しないことができます。'),
           ('配偶者出産休暇', '2日以内', '出産に伴う入院の付き添いなどに。')]
    ys = y
    for k, (n_, d_, t_) in enumerate(sup):
        col, rr = k // 3, k % 3
        x0 = L + col * 265; yy = ys + rr * 48
        p2.t(x0, yy, n_, 'G', 9.5)
        dw = sw(d_, 'G', 8) + 14
        p2.rect(x0 + 250 - dw, yy - 2, dw, 13, stroke=G1, r=6, lw=0.7)
        p2.t(x0 + 250 - dw / 2, yy, d_, 'G', 8, G1, align='c')
        p2.t(x0, yy + 17, t_, 'M', 8.5)
        p2.line(x0, yy + 36, x0 + 250, yy + 36, G2, 0.8)
        p2.e(f'{n_}\t{d_}', t_)
    y = ys + 3 * 48 + 6
    # ---- training
    p2.rect(L, y, 4, 15, fill=G1)
    p2.t(L + 9, y + 1, '人材育成', 'G', 13); p2.e('人材育成')
    y += 24
    tr = ['採用後10年間を能力開発期間と位置づけ、おおむね3年ごとに本庁と地域振興局・支庁の異なる分野を経験します。',
          '新規採用職員研修、政策形成研修のほか、国や民間企業への派遣研修、自己啓発の支援制度もあります。']
    for t_ in tr:
        y += para(p2, L, y, t_, R - L, 'M', 9, 15) + 3
    y += 14
    # ---- contacts and access in a tinted box
    bh = 800 - y
    p2.rect(L, y, R - L, bh, fill=G2)
    yy = y + 10
    p2.t(L + 10, yy, 'お問い合わせ', 'G', 11, G1); p2.e('お問い合わせ')
    yy += 20
    cts = [('【採用試験について】', '人事委員会事務局 任用課', '099-286-3894', 'ninyo-shiken@pref.kagoshima.lg.jp'),
           ('【仕事・職場について】', '総務部 人事課', '099-286-2042', 'jinji-saiyo@pref.kagoshima.lg.jp')]
    for k, (trk, off, tel, mail) in enumerate(cts):
        x0 = L + 10 + k * 258
        p2.t(x0, yy, trk, 'G', 9); p2.e(trk)
        p2.t(x0, yy + 15, '鹿児島県', 'G', 9)
        p2.t(x0 + sw('鹿児島県', 'G', 9) + 4, yy + 15, off, 'M', 9); p2.e('鹿児島県' + off)
        p2.t(x0, yy + 30, 'TEL ' + tel, 'M', 9); p2.e('TEL ' + tel)
        p2.t(x0, yy + 45, 'E-mail ' + mail, 'M', 8.5); p2.e('E-mail ' + mail)
    yy += 66
    p2.line(L + 10, yy, R - 10, yy, white, 1.2)
    yy += 8
    p2.t(L + 10, yy, '鹿児島県庁（行政庁舎）', 'G', 9); p2.e('鹿児島県庁（行政庁舎）')
    addr = '〒890-8577 鹿児島県鹿児島市鴨池新町10番1号'
    p2.t(L + 10, yy + 15, addr, 'M', 9); p2.e(addr)
    routes = ['JR『鹿児島中央』駅 東口からバス約20分「県庁前」下車', '鹿児島市電『郡元』電停 徒歩約15分']
    for k, r in enumerate(routes):
        s_ = '・' + r.replace('『', '').replace('』', '')
        p2.t(L + 10, yy + 30 + 14 * k, s_, 'M', 9); p2.e(s_)
    if yy + 30 + 14 * len(routes) > y + bh - 4: raise Fail('kagoshima box overflow')
    footer(p2, 2, '働く環境', False)

    facts = {
        'fixture': 'kagoshima-2026', 'organization': '鹿児島県', 'document': '職員採用案内',
        'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': 'R8.4発行'},
        'hiring': {'intro': [intro], 'note': [note], 'tracks': {'admin': '事務系', 'tech': '技術系'},
                   'textSynthesised': False,
                   'layout': 'years-across ruled table, tracks as rows (事務系 / 技術系 / 計); each actual cell TWO STACKED LINES, count over （women）; the planned column shaded orange and headed R8予定 at the RIGHT end, counts only',
                   'rows': rows},
        'exams': {'title': etitle, 'fiscalYear': 2026, 'textSynthesised': True,
                  'layout': 'bulleted PROSE: ●track (計N名程度) then an inline run 「行政 52名程度／…」 wrapped; counts followed by 程度; a 若干名 note (no number) for 獣医師・薬剤師 is not a category',
                  'entries': [
                      {'track': '事務系', 'exam': '上級試験（大学卒業程度）', 'text': '', 'breakdown': [
                          {'category': '行政', 'count': 52}, {'category': '教育行政', 'count': 8}, {'category': '警察事務', 'count': 6}], 'total': 66},
                      {'track': '技術系', 'exam': '上級試験（大学卒業程度）', 'text': '', 'breakdown': [
                          {'category': '土木', 'count': 20}, {'category': '農業', 'count': 8}, {'category': '農業土木', 'count': 6},
                          {'category': '林業', 'count': 5}, {'category': '建築', 'count': 4}, {'category': '水産', 'count': 4}], 'total': 47}]},
        'contacts': [{'track': c[0].strip('【】'), 'office': c[1], 'location': '', 'tel': [c[2]], 'email': [c[3]]} for c in cts],
        'access': {'address': addr, 'routes': routes},
        'assignments': {'cohortFiscalYear': 2025, 'intro': aintro, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'two HORIZONTAL BAR LISTS side by side (事務系 panel, 技術系 panel), unit name left of each bar, the number right of the bar; a unit with no technical hire is absent from the 技術系 panel',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in arows],
                        'totals': {'admin': 63, 'tech': 43}},
        'lead': {'title': lead_title, 'text': lead},
        'initiativesIntro': ini_intro,
        'initiatives': [{'title': t_, 'text': x_} for t_, x_ in inis],
        'supportTitle': stitle,
        'supportSystems': [{'name': n_, 'duration': d_, 'text': t_} for n_, d_, t_ in sup],
        'supportSource': '',
        'training': {'title': '人材育成', 'paragraphs': tr},
        'keyFigures': [],
    }
    return [p1, p2], facts


BROCHURES['kagoshima-2026'] = (kagoshima, 2801)

# ---------------------------------------------------------------- 浜松市
FW = str.maketrans('0123456789', '０１２３４５６７８９')


def hamamatsu():
    B1 = rgb('1d5fa8'); B2 = rgb('e4eef8'); Y1 = rgb('f2a900'); Y2 = rgb('fdf3d6')
    p1, p2, p3 = Page(), Page(), Page()
    L, R = 36, 540
    tabs = ['はじめに', 'はたらく', 'データ']
    def sidebar(p, cur):
        for k, t_ in enumerate(tabs):
            y0 = 150 + k * 96
            on = k == cur
            p.rect(556, y0, 39, 88, fill=B1 if on else B2)
            p.vt(571, y0 + (88 - len(t_) * 11) / 2, t_, 'G', 9, white if on else B1, furn=True, lead=11)
    def head(p, y, text, x=L, w=None):
        w = w or R - L
        p.t(x, y, text, 'G', 13, B1); p.e(text)
        p.line(x, y + 18, x + w, y + 18, B1, 1.2)
        p.line(x, y + 18, x + 60, y + 18, Y1, 3)
        return 28
    # ---- page 1: masthead, lead, CONTACTS and access (the hiring table is on page 3)
    sidebar(p1, 0)
    p1.rect(0, 0, 540, 8, fill=B1)
    p1.t(L, 34, '浜松市', 'M', 30, B1)
    p1.t(L + sw('浜松市', 'M', 30) + 10, 34 + 0.88 * (30 - 16), '職員採用案内', 'G', 16, B1)
    p1.e('浜松市職員採用案内')
    p1.t(L, 76, '大学卒業程度・大学院修了程度　事務職・技術職', 'G', 9.5); p1.e('大学卒業程度・大学院修了程度　事務職・技術職')
    p1.t(R, 76, '2026年3月 浜松市人事委員会事務局', 'M', 8.5, align='r'); p1.e('2026年3月 浜松市人事委員会事務局')
    p1.rect(L, 96, R - L, 190, fill=Color(0.82, 0.84, 0.86))
    p1.t(L + 10, 270, '浜名湖と遠州灘を望むまち', 'G', 8, white); p1.e('浜名湖と遠州灘を望むまち')
    lead_title = 'やらまいか精神で、まちの未来を。'
    p1.t(L, 302, lead_title, 'M', 16, B1); p1.e(lead_title)
    lead = ['浜松市は、ものづくりの技術と、浜名湖から南アルプスまでの豊かな自然を併せ持つ、人口約78万人の政令指定都市です。',
            '2024年1月に中央区・浜名区・天竜区の3区体制となり、市民に身近な区役所と本庁が一体となって、子育て、福祉、防災、産業振興に取り組んでいます。',
            '「やらまいか（やってみよう）」の精神で、新しいことに挑戦する仲間を待っています。']
    y = 330
    for t_ in lead:
        y += para(p1, L, y, t_, R - L, 'M', 9.5, 16) + 4
    y += 14
    y += head(p1, y, 'お問い合わせ')
    cts = [('試験・採用について', '人事委員会事務局 任用課', '市役所本館8階', '053-457-2386', 'ninyo-shiken@city.hamamatsu.shizuoka.jp'),
           ('仕事・職場について', '総務部 人事課', '市役所本館4階', '053-457-2028', 'jinji-saiyo@city.hamamatsu.shizuoka.jp')]
    for k, (trk, off, loc, tel, mail) in enumerate(cts):
        x0 = L + k * 258; w0 = 246
        p1.rect(x0, y, w0, 92, stroke=B1, lw=0.8)
        p1.rect(x0, y, w0, 18, fill=B1)
        p1.t(x0 + 8, y + 4, trk, 'G', 9.5, white); p1.e(trk)
        p1.t(x0 + 8, y + 26, '浜松市' + off, 'G', 10); p1.e('浜松市' + off)
        p1.t(x0 + 8, y + 42, loc, 'M', 8.5); p1.e(loc)
        p1.circle(x0 + 14, y + 62, 5, fill=Y1)
        p1.t(x0 + 24, y + 57.5, tel, 'G', 10); p1.e(tel)
        p1.rect(x0 + 9, y + 72.5, 10, 7, stroke=Y1, lw=1)
        p1.t(x0 + 24, y + 72, mail, 'M', 8.3); p1.e(mail)
    y += 108
    y += head(p1, y, 'アクセス')
    addr = '〒430-8652 静岡県浜松市中央区元城町103-2'
    p1.t(L, y, '浜松市役所', 'G', 10); p1.e('浜松市役所')
    p1.t(L, y + 16, addr, 'M', 9); p1.e(addr)
    routes = ['JR『浜松』駅 北口から徒歩約15分', '遠州鉄道『遠州病院』駅 徒歩約10分', 'バス「市役所南」下車すぐ']
    for k, r in enumerate(routes):
        s_ = '▶' + r.replace('『', '').replace('』', '')
        p1.t(L + 8, y + 34 + 15 * k, s_, 'M', 9); p1.e(s_)
    y += 34 + 15 * 3 + 16
    # decoy profile list (約 figures, no facts)
    y += head(p1, y, '数字で見る浜松市')
    prof = [('人口', '約78万人'), ('面積', '1,558km²'), ('区の数', '3区'), ('市職員数', '約5,600人'), ('市の木', 'マツ')]
    pw = (R - L) / 5
    for k, (a_, b_) in enumerate(prof):
        x0 = L + k * pw
        p1.rect(x0 + 2, y, pw - 4, 44, fill=Y2)
        p1.t(x0 + pw / 2, y + 7, a_, 'G', 8.5, align='c')
        p1.t(x0 + pw / 2, y + 22, b_, 'M', 13, B1, align='c')
        p1.e(a_, b_)
    y += 50
    if y > 800: raise Fail(f'hamamatsu p1 {y}')

    # ---- page 2: initiatives as a 3x2 icon grid; then two columns with DIFFERENT baselines (9 pt | 8 pt)
    sidebar(p2, 1)
    y = 36
    y += head(p2, y, '働きやすさへの取組')
    ini_intro = '職員が安心して長く働けるよう、次のような取組を進めています。'
    p2.t(L, y, ini_intro, 'M', 9); p2.e(ini_intro)
    y += 22
    inis = [('フレックスタイム制', '始業・終業の時刻を職員が選べます。'),
            ('テレワーク', '在宅やサテライトオフィスで働けます。'),
            ('ペーパーレス会議', 'タブレットで資料を共有しています。'),
            ('男性の育児休業', '取得する男性職員が年々増えています。'),
            ('メンター制度', '先輩職員が新人の相談相手になります。'),
            ('健康づくり支援', '保健師による面談を受けられます。')]
    cw = (R - L) / 3
    for k, (t_, x_) in enumerate(inis):
        c_, r_ = k % 3, k // 3
        x0 = L + c_ * cw; y0 = y + r_ * 128
        cx = x0 + cw / 2
        p2.circle(cx, y0 + 28, 26, fill=B2)
        # simple pictograms (graphics only)
        if k == 0: p2.circle(cx, y0 + 28, 13, stroke=B1, lw=2); p2.line(cx, y0 + 28, cx, y0 + 19, B1, 2); p2.line(cx, y0 + 28, cx + 7, y0 + 28, B1, 2)
        if k == 1: p2.poly([(cx - 14, y0 + 30), (cx, y0 + 16), (cx + 14, y0 + 30)], stroke=B1, lw=2); p2.rect(cx - 10, y0 + 30, 20, 12, stroke=B1, lw=2)
        if k == 2: p2.rect(cx - 10, y0 + 14, 20, 28, stroke=B1, lw=2, r=3); p2.line(cx - 5, y0 + 22, cx + 5, y0 + 22, B1, 1.5); p2.line(cx - 5, y0 + 28, cx + 5, y0 + 28, B1, 1.5)
        if k == 3: p2.circle(cx - 6, y0 + 22, 6, fill=B1); p2.circle(cx + 8, y0 + 30, 4, fill=Y1); p2.rect(cx - 12, y0 + 30, 12, 12, fill=B1, r=3)
        if k == 4: p2.circle(cx - 8, y0 + 24, 5, fill=B1); p2.circle(cx + 8, y0 + 24, 5, fill=Y1); p2.line(cx - 14, y0 + 40, cx + 14, y0 + 40, B1, 3)
        if k == 5: p2.poly([(cx, y0 + 42), (cx - 13, y0 + 27), (cx - 7, y0 + 17), (cx, y0 + 23), (cx + 7, y0 + 17), (cx + 13, y0 + 27)], fill=Y1)
        p2.t(cx, y0 + 62, t_, 'G', 10, B1, align='c'); p2.e(t_)
        lines = wrap(x_, 'M', 8.5, cw - 10)
        for j, ln in enumerate(lines):
            p2.t(cx, y0 + 80 + j * 13, ln, 'M', 8.5, align='c')
        p2.e(*lines)
    y += 2 * 128 + 6
    p2.line(L, y, R, y, B2, 1)
    y += 14
    # two columns: left 9 pt / 15 pt lead (training), right 8 pt / 12.4 pt lead (support)
    cw2 = 240; X2 = L + cw2 + 24
    yl = y
    yl += head(p2, yl, '人材育成', L, cw2)
    tr = ['採用から10年間を「基礎形成期」として、3～4年ごとに異なる分野の職場を経験するジョブローテーションを行います。',
          '新規採用職員研修では、市政の基礎や接遇を学び、区役所の窓口での実習も行います。その後も職層に応じた研修、国や民間企業への派遣研修、大学院への修学支援があります。',
          'キャリアデザイン研修では、自分の強みと将来の働き方を先輩職員と一緒に考えます。']
    for t_ in tr:
        yl += para(p2, L, yl, t_, cw2, 'M', 9, 15) + 5
    yr = y
    stitle = '仕事と家庭の両立支援'
    yr += head(p2, yr, stitle, X2, R - X2)
    sup = [('育児休業', '子が3歳になるまで', '男性職員の取得も進んでいます。'),
           ('部分休業', '子が小学校就学前まで', '1日2時間以内で勤務時間を短縮できます。'),
           ('育児短時間勤務', '子が小学校就学前まで', '週19時間25分～24時間35分の勤務などから選べます。'),
           ('子の看護休暇', '年5日（子が2人以上は年10日）', '予防接種や健康診断にも使えます。'),
           ('介護休暇', '通算6月以内', '対象家族1人につき3回まで分割できます。'),
           ('介護時間', '最長3年', '1日2時間以内で勤務しないことができます。')]
    for n_, d_, t_ in sup:
        p2.t(X2, yr, '■' + n_, 'G', 8.5, B1); p2.e('■' + n_)
        yr += 12.4
        s_ = '期間：' + d_
        p2.t(X2 + 9, yr, s_, 'M', 8); p2.e(s_)
        yr += 12.4
        yr += para(p2, X2 + 9, yr, t_, R - X2 - 9, 'M', 8, 12.4) + 4
    # decoy: a day at work
    y = max(yl, yr) + 14
    y += head(p2, y, '先輩職員の一日（区役所 市民生活課）')
    day = [('8:30', '始業・朝礼'), ('9:00', '窓口で手続の案内'), ('12:00', '昼休み'), ('13:00', '地域の会議に出席'), ('15:30', '資料の作成'), ('17:15', '終業')]
    dw = (R - L) / 6
    p2.line(L + dw / 2, y + 8, R - dw / 2, y + 8, B1, 1.5)
    for k, (a_, b_) in enumerate(day):
        cx = L + dw * k + dw / 2
        p2.circle(cx, y + 8, 5, fill=Y1)
        p2.t(cx, y + 18, a_, 'G', 9, B1, align='c')
        lines = wrap(b_, 'M', 8.5, dw - 8)
        for j, ln in enumerate(lines):
            p2.t(cx, y + 32 + j * 12, ln, 'M', 8.5, align='c')
        p2.e(a_, *lines)
    y += 60
    if max(yl, yr, y) > 800: raise Fail(f'hamamatsu p2 {yl} {yr}')

    # ---- page 3: hiring (full-width digits, women as a separate block of rows), exams, assignments (half-width)
    sidebar(p3, 2)
    y = 36
    y += head(p3, y, '採用実績と採用予定')
    intro = '大学卒業程度・大学院修了程度試験による採用者数（人）'
    p3.t(L, y, intro, 'M', 8.5); p3.e(intro)
    y += 15
    A = [(58, 24), (61, 27), (55, 25), (64, 30), (60, 29), (65, None)]
    T = [(30, 6), (28, 7), (33, 9), (31, 8), (35, 10), (36, None)]
    labels = ['2021年度', '2022年度', '2023年度', '2024年度', '2025年度']
    fw = lambda c: str(c).translate(FW)
    rows = hire_rows(labels, '2026年度', '2026年度（予定）', A, T, None, fw, fw)
    head_row = ['区分', '職種'] + labels + [['2026年度', '（予定）']]
    body = []
    for blk, wkey in (('採用者数', 'count'), ('うち女性', 'women')):
        for j, (key, name) in enumerate((('admin', '事務職'), ('tech', '技術職'), ('total', '計'))):
            r = [('span', 3, blk) if j == 0 else None, name]
            for hr in rows:
                v = hr[key][wkey]
                r.append('－' if v is None else fw(v))
            body.append(r)
    cols = [64, 50] + [64] * 5 + [70]
    def fills(ri, ci):
        if ri == 0: return B2
        if ci == 7: return Y2
        if ri in (3, 6) and ci > 0: return Color(0.95, 0.95, 0.95)
        return None
    th = table(p3, L, y, cols, [head_row] + body, 19, 'M', 9, 'G', 1, ['c', 'c'] + ['r'] * 6, 'grid', None, 8, 11.5,
               fills, rowh=[30] + [19] * 6)
    p3.line(L, y + 30 + 3 * 19, L + sum(cols), y + 30 + 3 * 19, B1, 1.4)
    y += th + 5
    note = '「うち女性」は上の採用者数の内数です。2026年度は採用予定数です。'
    p3.t(L, y, note, 'M', 7.5, GREY); p3.e(note)
    y += 26
    # exams (left) | assignments (right)
    cwl = 262; X2 = L + cwl + 18
    yl = y
    etitle = '2026年度 採用予定数（試験区分別）'
    yl += head(p3, yl, etitle, L, cwl)
    erows = [['職種', '試験', '区分', '予定数'],
             [('span', 3, '事務職'), ('span', 2, ['大学卒業', '程度']), '行政', '50名'],
             [None, None, '社会福祉', '7名'],
             [None, ['大学院修了', '程度'], '行政', '8名'],
             [('span', 6, '技術職'), ('span', 6, ['大学卒業', '程度']), '土木', '16名'],
             [None, None, '建築', '7名'],
             [None, None, '電気', '4名'],
             [None, None, '機械', '3名'],
             [None, None, '化学', '2名'],
             [None, None, '造園', '4名']]
    yl += table(p3, L, yl, [52, 70, 86, 54], erows, 19, 'M', 9, 'G', 1, ['c', 'c', 'l', 'r'], 'grid', B2, 5, 11, None,
                rowh=[19, 19, 19, 27, 19, 19, 19, 19, 19, 19])
    yl += 5
    enote = '※予定数は変更することがあります。'
    p3.t(L, yl, enote, 'M', 7.5, GREY); p3.e(enote)
    yl += 14
    yr = y
    yr += head(p3, yr, '配属先', X2, R - X2)
    aintro = '2025年度採用者の配属先（人）'
    p3.t(X2, yr, aintro, 'M', 8.5); p3.e(aintro)
    yr += 14
    arows = [('企画調整部', 4, None), ('総務部', 5, None), ('財務部', 6, None), ('市民部', 5, None), ('健康福祉部', 9, None),
             ('こども家庭部', 6, None), ('産業部', 4, 3), ('都市整備部', 2, 9), ('土木部', 2, 14), ('上下水道部', 2, 6),
             ('区役所', 15, 3)]
    at = [['配属先', '事務職', '技術職', '計']]
    for u, a_, t_ in arows:
        at.append([u, str(a_) if a_ else '-', str(t_) if t_ else '-', str((a_ or 0) + (t_ or 0))])
    at.append(['合計', '60', '35', '95'])
    def afill(ri, ci):
        return B2 if ri == 0 else (Color(0.96, 0.96, 0.96) if ri % 2 == 0 else None)
    yr += table(p3, X2, yr, [96, 46, 46, 36], at, 16, 'M', 8.5, 'G', 1, ['l', 'r', 'r', 'r'], 'hb', None, 5, 10.5, afill)
    yr += 5
    an = '区役所は中央区・浜名区・天竜区の各区役所です。'
    p3.t(X2, yr, an, 'M', 7.5, GREY); p3.e(an)
    yr += 14
    # decoy: other recruitment with 約 / 若干名 (no facts; its 行政 would collide with the real exam key)
    y = max(yl, yr) + 14
    y += head(p3, y, 'このほかの採用試験')
    dec = [['試験', '区分', '採用予定数', '受験資格'],
           [('span', 2, '社会人経験者'), '行政', '約10名', '民間企業等での職務経験5年以上'],
           [None, '土木', '若干名', '民間企業等での職務経験5年以上'],
           ['障がいのある人を対象とした選考', '事務', '若干名', '身体障害者手帳等の交付を受けている人']]
    y += table(p3, L, y, [150, 60, 70, 224], dec, 19, 'M', 8.5, 'G', 1, ['c', 'l', 'r', 'l'], 'grid', Y2, 5, 11)
    y += 5
    dn = '※社会人経験者試験の日程・内容は、別の受験案内でお知らせします。'
    p3.t(L, y, dn, 'M', 7.5, GREY); p3.e(dn)
    y += 14
    if max(yl, yr, y) > 800: raise Fail(f'hamamatsu p3 {yl} {yr}')

    facts = {
        'fixture': 'hamamatsu-2026', 'organization': '浜松市', 'document': '職員採用案内',
        'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '2026年3月'},
        'hiring': {'intro': [intro], 'note': [note], 'tracks': {'admin': '事務職', 'tech': '技術職'},
                   'textSynthesised': False,
                   'layout': 'years-across ruled table on PAGE 3 (contacts on page 1), FULL-WIDTH digits; the women are a SEPARATE BLOCK of rows (うち女性: 事務職 / 技術職 / 計) under the count block (採用者数), each block label spanning its three rows; planned column 2026年度（予定） shaded at the right, women －',
                   'rows': rows},
        'exams': {'title': etitle, 'fiscalYear': 2026, 'textSynthesised': True,
                  'layout': 'ruled table 職種 | 試験 | 区分 | 予定数 with spanning 職種 and 試験 cells, exam names on two lines (大学卒業 / 程度); half-width digits with 名',
                  'entries': [
                      {'track': '事務職', 'exam': '大学卒業程度', 'text': '', 'breakdown': [
                          {'category': '行政', 'count': 50}, {'category': '社会福祉', 'count': 7}], 'total': 57},
                      {'track': '事務職', 'exam': '大学院修了程度', 'text': '', 'breakdown': [
                          {'category': '行政', 'count': 8}], 'total': 8},
                      {'track': '技術職', 'exam': '大学卒業程度', 'text': '', 'breakdown': [
                          {'category': '土木', 'count': 16}, {'category': '建築', 'count': 7}, {'category': '電気', 'count': 4},
                          {'category': '機械', 'count': 3}, {'category': '化学', 'count': 2}, {'category': '造園', 'count': 4}], 'total': 36}]},
        'contacts': [{'track': c[0], 'office': c[1], 'location': c[2], 'tel': [c[3]], 'email': [c[4]]} for c in cts],
        'access': {'address': addr, 'routes': routes},
        'assignments': {'cohortFiscalYear': 2025, 'intro': aintro, 'tracks': {'admin': '事務職', 'tech': '技術職'},
                        'layout': 'striped table 配属先 | 事務職 | 技術職 | 計 with HALF-WIDTH digits (the hiring table is full-width), - for none, 合計 row; rules only at the top, under the header and at the bottom',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in arows],
                        'totals': {'admin': 60, 'tech': 35}},
        'lead': {'title': lead_title, 'text': lead},
        'initiativesIntro': ini_intro,
        'initiatives': [{'title': t_, 'text': x_} for t_, x_ in inis],
        'supportTitle': stitle,
        'supportSystems': [{'name': n_, 'duration': d_, 'text': t_} for n_, d_, t_ in sup],
        'supportSource': '',
        'training': {'title': '人材育成', 'paragraphs': tr},
        'keyFigures': [],
    }
    return [p1, p2, p3], facts


BROCHURES['hamamatsu-2026'] = (hamamatsu, 2802)

# ---------------------------------------------------------------- 国立環境研究所
def nies():
    N1 = rgb('173a5e'); N2 = rgb('3a8f5c'); N3 = rgb('e6f2ea'); N4 = rgb('eef2f7')
    p1, p2 = Page(), Page()
    L, R = 38, 557
    # ---- masthead; the edition as 2026.4
    p1.rect(L, 30, R - L, 3, fill=N2)
    p1.t(L, 44, '国立研究開発法人', 'G', 9, N1); p1.e('国立研究開発法人')
    p1.t(L, 60, '国立環境研究所', 'M', 28, N1)
    p1.t(L + sw('国立環境研究所', 'M', 28) + 10, 60 + 0.88 * (28 - 13), '事務系職員・技術系職員 採用案内', 'G', 13, N1)
    p1.e('国立環境研究所事務系職員・技術系職員 採用案内')
    p1.t(L, 98, 'National Institute for Environmental Studies', 'M', 9, GREY); p1.e('National Institute for Environmental Studies')
    p1.t(R, 95, '2026.4', 'G', 13, N1, align='r'); p1.e('2026.4')
    lead_title = '環境研究の現場を、支える仕事。'
    p1.t(L, 124, lead_title, 'M', 15, N2); p1.e(lead_title)
    lead = ['国立環境研究所は、気候変動、資源循環、環境リスク、生物多様性などの研究に取り組む、我が国唯一の環境分野の総合研究所です。',
            '事務系職員は研究所の経営と研究の推進を、技術系職員は施設・設備や情報基盤、観測・分析を支え、約900名の研究者・職員とともに社会の課題解決に貢献しています。']
    y = 148
    for t_ in lead:
        y += para(p1, L, y, t_, R - L, 'M', 9, 15) + 3
    y += 10
    # ---- hiring as YEAR CARDS (one card per year, planned card dashed)
    y += heading_bar(p1, L, y, R - L, '採用状況', N1) + 8
    intro = '事務系職員・技術系職員の採用者数（名）'
    p1.t(L, y, intro, 'M', 8.5); p1.e(intro)
    y += 16
    A = [(6, 3), (7, 4), (5, 3), (8, 5), (7, 4), (8, None)]
    T = [(4, 1), (5, 2), (6, 2), (4, 2), (6, 3), (5, None)]
    labels = ['2021年度', '2022年度', '2023年度', '2024年度', '2025年度']
    rows = hire_rows(labels, '2026年度', '2026年度採用予定', A, T, None, str, str)
    n = 6; gap = 7; cwid = (R - L - gap * (n - 1)) / n; ch = 96
    for k, hr in enumerate(rows):
        x0 = L + k * (cwid + gap)
        pl = hr['planned']
        if pl:
            p1.rect(x0, y, cwid, ch, fill=N3, stroke=N2, lw=1, dash=(3, 2))
            p1.rect(x0, y, cwid, 20, fill=N2)
        else:
            p1.rect(x0, y, cwid, ch, stroke=N1, lw=0.8)
            p1.rect(x0, y, cwid, 20, fill=N1)
        p1.t(x0 + cwid / 2, y + 5, hr['label'], 'G', 9.5, white, align='c')
        exp_ = [hr['label']]
        yy = y + 27
        if pl:
            p1.rect(x0 + cwid / 2 - 20, yy - 1, 40, 12, fill=white, r=5)
            p1.t(x0 + cwid / 2, yy, '採用予定', 'G', 7.5, N2, align='c'); exp_.append('採用予定')
            yy += 15
        else:
            yy += 7
        for key, name in (('admin', '事務系'), ('tech', '技術系'), ('total', '計')):
            v = hr[key]
            s_ = str(v['count']) if pl else f'{v["count"]}（{v["women"]}）'
            f_ = 'G' if key == 'total' else 'M'
            p1.t(x0 + 6, yy, name, 'G', 8.5, N1)
            p1.t(x0 + cwid - 6, yy, s_, f_, 9.5, align='r')
            exp_.append(f'{name}\t{s_}')
            if key == 'tech': p1.line(x0 + 4, yy + 13, x0 + cwid - 4, yy + 13, N1, 0.4)
            yy += 17 if key == 'tech' else 15
        p1.e(*exp_)
    y += ch + 5
    note = '（　）内は女性で内数です。2026年度は採用予定数です。'
    p1.t(L, y, note, 'M', 7.5, GREY); p1.e(note)
    y += 22
    # ---- two columns: exams as a BRACKET TREE | initiatives
    cw = 290; X2 = L + cw + 18
    ytop = y
    etitle = '2026年度 採用予定（試験区分別）'
    y += heading_bar(p1, L, y, cw, etitle, N1) + 10
    tree = [(['事務系職員採用試験', '（大学卒業程度）'], [('総務・人事', 3), ('経理・契約', 2), ('研究推進', 3)]),
            (['技術系職員採用試験', '（大学卒業程度）'], [('施設・設備', 2), ('情報システム', 2)]),
            (['技術系職員採用試験', '（大学院修了程度）'], [('分析・観測支援', 1)])]
    for names, cats in tree:
        hh = max(len(cats) * 17, 30)
        bw = 120
        p1.rect(L, y + (hh - 30) / 2, bw, 30, fill=N4, stroke=N1, lw=0.7)
        for j, nm in enumerate(names):
            p1.t(L + bw / 2, y + (hh - 30) / 2 + 4 + j * 11.5, nm, 'G', 8.5, N1, align='c')
        p1.e(''.join(names))
        bx = L + bw + 12
        p1.line(L + bw, y + hh / 2, bx, y + hh / 2, N1, 0.8)
        if len(cats) > 1:
            p1.line(bx, y + 8.5, bx, y + 8.5 + (len(cats) - 1) * 17, N1, 0.8)
        for j, (c_, v_) in enumerate(cats):
            yy = y + j * 17 + (hh - len(cats) * 17) / 2
            p1.line(bx, yy + 8.5, bx + 8, yy + 8.5, N1, 0.8)
            p1.t(bx + 12, yy + 4, c_, 'M', 9)
            p1.t(L + cw - 4, yy + 4, f'{v_}名', 'G', 9.5, align='r')
            leaders(p1, bx + 12 + sw(c_, 'M', 9) + 4, L + cw - 8 - sw(f'{v_}名', 'G', 9.5), yy + 11)
            p1.e(f'{c_}\t{v_}名')
        y += hh + 12
    y += para(p1, L, y, '※予定数は変更することがあります。研究系職員（研究員）の公募は別に行います。', cw, 'M', 7.5, 12, GREY)
    yl = y
    y = ytop
    y += heading_bar(p1, X2, y, R - X2, '職場の取組', N2) + 10
    ini_intro = '研究所全体で、働きやすさと挑戦を後押しする取組を進めています。'
    y += para(p1, X2, y, ini_intro, R - X2, 'M', 9, 14.5) + 6
    inis = [('グリーンオフィス', '所内の電力使用量を見える化し、職員の提案で削減策を実行しています。'),
            ('研究現場ツアー', '入所1年目に、観測施設や実験施設を研究者の案内で見学します。'),
            ('在宅勤務・時差出勤', '業務に応じて、在宅勤務と始業時刻の選択を組み合わせられます。')]
    for t_, x_ in inis:
        p1.t(X2, y, '▶' + t_, 'G', 9.5, N2); p1.e('▶' + t_)
        y += 15
        y += para(p1, X2 + 10, y, x_, R - X2 - 10, 'M', 8.5, 13.5) + 6
    # decoy: research areas (their names repeat assignment units; no facts)
    y = max(yl, y) + 16
    y += heading_bar(p1, L, y, R - L, '研究所の6つの研究分野', N1) + 10
    areas = [('地球システム領域', '温室効果ガスの観測と将来予測'), ('資源循環領域', '廃棄物の削減と資源の有効利用'),
             ('環境リスク・健康領域', '化学物質の影響評価'), ('地域環境保全領域', '大気・水・土壌の環境保全'),
             ('生物多様性領域', '生きものと生態系の保全'), ('社会システム領域', '脱炭素社会への道筋の提示')]
    aw = (R - L - 20) / 3
    for k, (a_, b_) in enumerate(areas):
        c_, r_ = k % 3, k // 3
        x0 = L + c_ * (aw + 10); y0 = y + r_ * 46
        p1.rect(x0, y0, 4, 38, fill=N2)
        p1.rect(x0 + 4, y0, aw - 4, 38, fill=N4)
        p1.t(x0 + 12, y0 + 6, a_, 'G', 9.5, N1)
        p1.t(x0 + 12, y0 + 22, b_, 'M', 8.5)
        p1.e(a_, b_)
    y += 2 * 46 + 6
    y += para(p1, L, y, 'このほか、気候変動適応センター、環境情報部、福島地域協働研究拠点、琵琶湖分室などがあります。', R - L, 'M', 8.5, 13, GREY)
    if max(yl, y) > 800: raise Fail(f'nies p1 {yl} {y}')

    # ---- page 2: SNAKE assignment table (two unit groups per row), support cards, training, contacts as a definition list
    y = 40
    y += heading_bar(p2, L, y, R - L, '配属先', N1) + 8
    aintro = '2025年度採用者の配属先（名）'
    p2.t(L, y, aintro, 'M', 8.5); p2.e(aintro)
    y += 15
    arows = [('企画部', 2, None), ('総務部', 2, None), ('財務部', 2, 1), ('環境情報部', None, 2),
             ('地球システム領域', None, 1), ('資源循環領域', None, 1), ('気候変動適応センター', 1, None), ('福島地域協働研究拠点', None, 1)]
    def v(x): return str(x) if x else '－'
    st = [['配属先', '事務系', '技術系', '配属先', '事務系', '技術系']]
    for k in range(4):
        a_, b_ = arows[k], arows[k + 4]
        st.append([a_[0], v(a_[1]), v(a_[2]), b_[0], v(b_[1]), v(b_[2])])
    cols = [130, 63, 63, 136, 63, 64]
    def sf(ri, ci): return N4 if ri == 0 else None
    y += table(p2, L, y, cols, st, 19, 'M', 9, 'G', 1, ['l', 'r', 'r', 'l', 'r', 'r'], 'h', None, 8, 11, sf)
    p2.line(L + 256, y - 5 * 19, L + 256, y, N1, 1.2)
    y += 22
    # ---- support cards 3 x 2 and training side by side? support full width
    stitle = '仕事と家庭の両立支援制度'
    y += heading_bar(p2, L, y, R - L, stitle, N2) + 10
    sup = [('育児休業', '子が3歳まで', '男性職員の取得も増えています。'),
           ('育児短時間勤務', '子が小学校就学前まで', '勤務時間を短くして働けます。'),
           ('子の看護休暇', '年5日', '子が2人以上の場合は年10日です。'),
           ('介護休業', '通算93日まで', '3回まで分割して取得できます。'),
           ('介護短時間勤務', '最長3年', '介護のために勤務時間を短縮できます。'),
           ('配偶者出産休暇', '3日', '配偶者の出産時に取得できます。')]
    cw3 = (R - L - 2 * 10) / 3
    for k, (n_, d_, t_) in enumerate(sup):
        c_, r_ = k % 3, k // 3
        x0 = L + c_ * (cw3 + 10); y0 = y + r_ * 64
        p2.rect(x0, y0, cw3, 56, fill=N3)
        p2.t(x0 + 8, y0 + 7, n_, 'G', 9.5, N1)
        p2.t(x0 + 8, y0 + 22, d_, 'G', 11, N2)
        p2.t(x0 + 8, y0 + 39, t_, 'M', 8)
        p2.e(n_, d_, t_)
    y += 2 * 64 + 12
    y += heading_bar(p2, L, y, R - L, '研修・キャリア形成', N1) + 10
    tr = ['入所後は新規採用職員研修で研究所の役割と業務の基礎を学び、2～3年ごとに異なる部署を経験します。',
          '文部科学省・環境省などへの出向や、語学研修、資格取得の支援も行っており、研究支援の専門性を高めることができます。']
    for t_ in tr:
        y += para(p2, L, y, t_, R - L, 'M', 9, 15) + 3
    y += 14
    # ---- contacts as a two-column definition list with dotted leaders
    y += heading_bar(p2, L, y, R - L, 'お問い合わせ', N2) + 8
    XR = 360
    p2.t(L, y, '担当', 'G', 8, GREY); p2.t(XR, y, '電話／メール', 'G', 8, GREY); p2.e('担当\t電話／メール')
    p2.line(L, y + 13, R, y + 13, GREY, 0.4)
    y += 19
    cts = [('採用試験・選考について', '総務部 人事課', '029-850-2471', 'saiyo-shiken@nies.go.jp'),
           ('仕事内容・職場見学について', '企画部 研究推進室', '029-850-2325', 'kengaku@nies.go.jp')]
    for trk, off, tel, mail in cts:
        left = f'{off}（{trk}）'
        p2.t(L, y, left, 'M', 9)
        leaders(p2, L + sw(left, 'M', 9) + 5, XR - 6, y + 7)
        p2.t(XR, y, 'TEL ' + tel, 'M', 9)
        p2.e(f'{left}\tTEL {tel}')
        p2.t(XR, y + 14, 'E-mail ' + mail, 'M', 9); p2.e('E-mail ' + mail)
        y += 34
    y += 4
    addr = '〒305-8506 茨城県つくば市小野川16-2'
    p2.t(L, y, '所在地　' + addr, 'M', 9); p2.e('所在地　' + addr)
    routes = ['つくばエクスプレス『つくば』駅 つくばセンターからバス約15分「国立環境研究所」下車',
              'JR常磐線『ひたち野うしく』駅 バス約20分「国立環境研究所」下車']
    for k, r in enumerate(routes):
        s_ = '・' + r.replace('『', '').replace('』', '')
        p2.t(L + 8, y + 16 + 14 * k, s_, 'M', 8.5); p2.e(s_)
    y += 16 + 14 * 2 + 16
    # decoy: selection flow (dates, no facts)
    y += heading_bar(p2, L, y, R - L, '選考の流れ（2026年度）', N1) + 10
    flow = [('エントリー', '4月1日～5月8日'), ('書類選考', '5月中旬'), ('筆記試験', '6月上旬'), ('面接', '6月下旬～7月上旬'), ('内定', '7月中旬')]
    fw_ = (R - L) / 5
    for k, (a_, b_) in enumerate(flow):
        x0 = L + k * fw_
        p2.rect(x0 + 2, y, fw_ - 16, 38, fill=N3, r=4)
        if k < 4: p2.poly([(x0 + fw_ - 11, y + 13), (x0 + fw_ - 3, y + 19), (x0 + fw_ - 11, y + 25)], fill=N2)
        p2.t(x0 + 2 + (fw_ - 16) / 2, y + 6, a_, 'G', 9, N1, align='c')
        p2.t(x0 + 2 + (fw_ - 16) / 2, y + 22, b_, 'M', 8, align='c')
        p2.e(a_, b_)
    y += 44
    if y > 800: raise Fail(f'nies p2 {y}')

    facts = {
        'fixture': 'nies-2026', 'organization': '国立環境研究所', 'document': '事務系職員・技術系職員 採用案内',
        'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '2026.4'},
        'hiring': {'intro': [intro], 'note': [note], 'tracks': {'admin': '事務系', 'tech': '技術系'},
                   'textSynthesised': False,
                   'layout': 'YEAR CARDS: six cards left to right, each a dark title band with the year, then 事務系 / 技術系 / 計 lines with the count and （women） right-aligned; the planned card dashed and tinted with a 採用予定 badge and counts only',
                   'rows': rows},
        'exams': {'title': etitle, 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'BRACKET TREE: an exam box (name on two lines) joined by a bracket to its categories, each with a dotted leader to 「N名」 at the right',
                  'entries': [
                      {'track': '事務系', 'exam': '事務系職員採用試験（大学卒業程度）', 'text': '', 'breakdown': [
                          {'category': '総務・人事', 'count': 3}, {'category': '経理・契約', 'count': 2}, {'category': '研究推進', 'count': 3}], 'total': 8},
                      {'track': '技術系', 'exam': '技術系職員採用試験（大学卒業程度）', 'text': '', 'breakdown': [
                          {'category': '施設・設備', 'count': 2}, {'category': '情報システム', 'count': 2}], 'total': 4},
                      {'track': '技術系', 'exam': '技術系職員採用試験（大学院修了程度）', 'text': '', 'breakdown': [
                          {'category': '分析・観測支援', 'count': 1}], 'total': 1}]},
        'contacts': [{'track': c[0], 'office': c[1], 'location': '', 'tel': [c[2]], 'email': [c[3]]} for c in cts],
        'access': {'address': addr, 'routes': routes},
        'assignments': {'cohortFiscalYear': 2025, 'intro': aintro, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'SNAKE table: two unit groups per row (配属先 | 事務系 | 技術系 ‖ 配属先 | 事務系 | 技術系), the left half holding the first four units and the right half the next four; － for none; rules between rows only, a heavier rule between the halves',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in arows],
                        'totals': {'admin': 7, 'tech': 6}},
        'lead': {'title': lead_title, 'text': lead},
        'initiativesIntro': ini_intro,
        'initiatives': [{'title': t_, 'text': x_} for t_, x_ in inis],
        'supportTitle': stitle,
        'supportSystems': [{'name': n_, 'duration': d_, 'text': t_} for n_, d_, t_ in sup],
        'supportSource': '',
        'training': {'title': '研修・キャリア形成', 'paragraphs': tr},
        'keyFigures': [],
    }
    return [p1, p2], facts


BROCHURES['nies-2026'] = (nies, 2803)


def selftest():
    """inject faults and confirm that the checks refuse each one."""
    import copy
    for nm, (fn, seed) in BROCHURES.items():
        faults = {}
        def overlap(pages, facts):
            it = dict(pages[0].items[5]); it['x'] += 1.0; pages[0].items.append(it); pages[0].exp.append(it['text'])
        def extra_char(pages, facts): pages[-1].exp[-1] += '字'
        def hire(pages, facts): facts['hiring']['rows'][2]['admin']['count'] += 1
        def women(pages, facts): facts['hiring']['rows'][1]['tech']['women'] += 1
        def assign(pages, facts):
            r = [r for r in facts['assignments']['rows'] if r['admin']][0]; r['admin'] += 1
        def exam(pages, facts): facts['exams']['entries'][0]['breakdown'][0]['count'] += 1
        def exam_and_total(pages, facts):
            e_ = facts['exams']['entries'][0]; e_['breakdown'][0]['count'] += 1; e_['total'] += 1
        def kinsoku(pages, facts): check_lines(['あいうえお', '、かきくけこ'], 'M', 9, 100)
        def mail(pages, facts): facts['contacts'][0]['email'][0] = 'x' + facts['contacts'][0]['email'][0]
        def glyph(pages, facts):
            it = pages[0].items[3]; it['text'] += '\U0001F600'; pages[0].exp.append('\U0001F600')
        def offpage(pages, facts): pages[0].items[2]['x'] = 5
        def planned_women(pages, facts): facts['hiring']['rows'][-1]['admin']['women'] = 3
        for f_ in (overlap, extra_char, hire, women, assign, exam, exam_and_total, kinsoku, mail, glyph, offpage, planned_women):
            pages, facts = fn()
            try:
                f_(pages, facts)
                for i, pg in enumerate(pages): check_page(pg, i + 1)
                check_facts(facts, pages)
            except Fail as ex:
                faults[f_.__name__] = str(ex)[:60]
                continue
            raise SystemExit(f'{nm}: fault {f_.__name__} NOT caught')
        print(f'{nm}: all {len(faults)} injected faults caught')
        for k, v in faults.items(): print(f'    {k}: {v}')


def main(argv):
    if argv[1:] == ['--selftest']:
        return selftest()
    names = argv[1:] or list(BROCHURES)
    for k, nm in enumerate(BROCHURES):
        if nm in names:
            fn, seed = BROCHURES[nm]
            build(nm, fn, seed)


if __name__ == '__main__':
    main(sys.argv)
