#!/usr/bin/env python3
"""Holdout set 29 (blind): three synthetic Japanese recruitment brochures.

Self-contained (reportlab + IPAex fonts).  Writes Fixtures/holdout29/NAME.pdf, NAME.expected.txt and
NAME.facts.json for sakai-2026 (堺市), miyagi-2026 (宮城県) and jetro-2026 (日本貿易振興機構).

Every visual line is its own text object at an absolute position; the text objects of a page are drawn
after the graphics in a seeded shuffled order.  The generator refuses a brochure whose text items overlap,
leave the page or enter a 14 pt edge margin, use a glyph the font lacks, overflow a table cell, break a
line against kinsoku rules, whose drawn text (furniture excepted) differs from the expected text as a
multiset of characters per page, whose `pdftotext` page text differs from the drawn characters, whose
fact strings are not printed, or whose numbers do not add up.  reportlab invariant=1: two runs give
byte-identical files.

  python3 Fixtures/generate_holdout29.py              # all three
  python3 Fixtures/generate_holdout29.py sakai-2026   # one
  python3 Fixtures/generate_holdout29.py --selftest   # fault injection: every fault must be refused
"""
import copy, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout29')
sys.path.insert(0, os.path.join(HERE, '..', 'Scripts'))

FONTS = {'G': ('IPAexGothic', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'),
         'M': ('IPAexMincho', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf')}
for _k, (_n, _p) in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))
FN = {k: v[0] for k, v in FONTS.items()}

W, H = 595.28, 841.89
EDGE = 14.0

def rgb(h):
    h = h.lstrip('#')
    return Color(int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)

GREY = rgb('555555')
NOSTART = set('、。，．,.）」』】〕〉》・ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ！？!?：；:;〜～％)]')
NOEND = set('（「『【〔〈《([')

class Refused(Exception):
    pass

def sw(s, f, sz, cs=0.0):
    return pdfmetrics.stringWidth(s, FN[f], sz) + cs * len(s)

# ---------------------------------------------------------------- page model (top-down coordinates)
class Item:
    __slots__ = ('x', 'y', 's', 'f', 'sz', 'cs', 'col', 'mode', 'furn', 'stroke')
    def __init__(self, x, y, s, f, sz, cs, col, mode, furn, stroke):
        self.x, self.y, self.s, self.f, self.sz, self.cs = x, y, s, f, sz, cs
        self.col, self.mode, self.furn, self.stroke = col, mode, furn, stroke
    def w(self):
        return sw(self.s, self.f, self.sz, self.cs)
    def box(self):
        return (self.x, self.y - 0.88 * self.sz, self.x + self.w(), self.y + 0.12 * self.sz)

class Page:
    def __init__(self, w=W, h=H):
        self.w, self.h = w, h
        self.items, self.gfx, self.ex, self.wrapped = [], [], [], []

    # text
    def t(self, x, y, s, f='M', sz=9, al='l', col=black, cs=0.0, mode=0, furn=False, stroke=None, ex=None):
        if s == '':
            return
        wd = sw(s, f, sz, cs)
        if al == 'r': x -= wd
        elif al == 'c': x -= wd / 2
        self.items.append(Item(x, y, s, f, sz, cs, col, mode, furn, stroke))
        if ex == 'new': self.ex.append(s)
        elif ex == 'tab': self.ex[-1] += '\t' + s
        elif ex == 'cat': self.ex[-1] += s
        return wd

    def line(self, s):
        self.ex.append(s)

    def vt(self, xc, ytop, s, f='G', sz=9, pitch=None, col=black):
        """Vertical text: one glyph per row, centred on xc; returns the string (for the expected line)."""
        pitch = pitch or sz * 1.08
        for i, ch in enumerate(s):
            self.t(xc, ytop + sz * 0.88 + i * pitch, ch, f, sz, 'c', col)
        return s

    def para(self, x, y, w, s, f='M', sz=9, lead=None, col=black, first=True):
        lead = lead or sz * 1.6
        for ln in wrap(s, f, sz, w):
            self.wrapped.append((ln, w, f, sz))
            self.t(x, y + sz * 0.88, ln, f, sz, col=col, ex='new')
            y += lead
        return y

    # graphics
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5, dash=None):
        self.gfx.append(('rect', x, y, w, h, fill, stroke, lw, dash))
    def hl(self, x1, y1, x2, y2, lw=0.5, col=black, dash=None):
        self.gfx.append(('line', x1, y1, x2, y2, lw, col, dash))
    def circ(self, x, y, r, fill=None, stroke=None, lw=0.5):
        self.gfx.append(('circ', x, y, r, fill, stroke, lw))
    def poly(self, pts, fill=None, stroke=None, lw=0.5):
        self.gfx.append(('poly', pts, fill, stroke, lw))
    def wedge(self, x, y, r, a0, ext, fill):
        self.gfx.append(('wedge', x, y, r, a0, ext, fill))

TOKEN = re.compile(r'[A-Za-z0-9@._:/\-~%+]+|.')

def wrap(s, f, sz, w):
    toks = TOKEN.findall(s)
    out, i, n = [], 0, len(toks)
    while i < n:
        k = i
        while k < n and sw(''.join(toks[i:k + 1]), f, sz) <= w:
            k += 1
        if k == n:
            out.append(''.join(toks[i:]))
            break
        if k == i:
            raise Refused(f'token too wide: {toks[i]}')
        j = k
        while j > i + 1 and (toks[j][0] in NOSTART or toks[j - 1][-1] in NOEND):
            j -= 1
        out.append(''.join(toks[i:j]))
        i = j
    return out

# ---------------------------------------------------------------- table helper
SKIP = object()   # a position covered by a column span: no cell in the expected row

def table(P, x, y, cols, rows, rh, f='M', sz=8, hf='G', heads=1, grid=True, hbg=None, lw=0.5,
          rulecol=black, outer=None, bgs=None, valign='c', extra_hrules=()):
    """rows: lists of cells; a cell is None (empty), SKIP (covered by a colspan), a str (lines split on
    '\\n') or a dict {t, rs, cs, v (vertical), al, f, sz, col, bg}.  Draws, adds the expected rows, checks fit."""
    rhs = rh if isinstance(rh, list) else [rh] * len(rows)
    xs = [x]
    for c in cols: xs.append(xs[-1] + c)
    ys = [y]
    for h in rhs: ys.append(ys[-1] + h)
    for ri, row in enumerate(rows):
        assert len(row) == len(cols), (ri, row)
        cells = []
        for ci, cell in enumerate(row):
            if cell is SKIP:
                continue
            if cell is None:
                cells.append('')
                continue
            d = cell if isinstance(cell, dict) else {'t': cell}
            rs, cspan = d.get('rs', 1), d.get('cs', 1)
            x0, x1, y0, y1 = xs[ci], xs[ci + cspan], ys[ri], ys[ri + rs]
            head = ri < heads
            ff = d.get('f', hf if head else f)
            fs = d.get('sz', sz)
            bg = d.get('bg', hbg if head else (bgs[ri] if bgs else None))
            if bg is not None:
                P.rect(x0, y0, x1 - x0, y1 - y0, fill=bg)
            if grid:
                P.rect(x0, y0, x1 - x0, y1 - y0, stroke=rulecol, lw=lw)
            txt = d.get('t', '')
            if d.get('v'):
                pitch = fs * 1.05
                hgt = pitch * (len(txt) - 1) + fs
                if hgt > (y1 - y0) - 2 or fs > (x1 - x0) - 2:
                    raise Refused(f'vertical cell overflow: {txt}')
                P.vt((x0 + x1) / 2, (y0 + y1) / 2 - hgt / 2, txt, ff, fs, pitch, d.get('col', black))
                cells.append(txt)
                continue
            lines = txt.split('\n') if txt else []
            lead = fs * 1.18
            hgt = lead * (len(lines) - 1) + fs
            if lines and hgt > (y1 - y0) - 1:
                raise Refused(f'cell height overflow: {txt!r}')
            ytop = (y0 + y1) / 2 - hgt / 2 if valign == 'c' else y0 + 3
            al = d.get('al', 'c')
            for li, ln in enumerate(lines):
                wd = sw(ln, ff, fs)
                if wd > (x1 - x0) - 3:
                    raise Refused(f'cell width overflow: {ln!r} {wd:.1f} > {x1 - x0 - 3:.1f}')
                xx = {'l': x0 + 2.5, 'r': x1 - 2.5, 'c': (x0 + x1) / 2}[al]
                P.t(xx, ytop + fs * 0.88 + li * lead, ln, ff, fs, al, d.get('col', black))
            cells.append(''.join(lines))
        P.line('\t'.join(cells))
    if not grid:
        P.hl(x, y, xs[-1], y, lw * 2, rulecol)
        P.hl(x, ys[heads], xs[-1], ys[heads], lw, rulecol)
        P.hl(x, ys[-1], xs[-1], ys[-1], lw * 2, rulecol)
    for r in extra_hrules:
        P.hl(x, ys[r], xs[-1], ys[r], lw * 2.5, rulecol)
    if outer:
        P.rect(x, y, xs[-1] - x, ys[-1] - y, stroke=rulecol, lw=outer)
    return ys[-1]

# ---------------------------------------------------------------- render + checks
def render(pages, path, seed):
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle('recruitment brochure')
    for pi, P in enumerate(pages):
        c.setPageSize((P.w, P.h))
        Hh = P.h
        for g in P.gfx:
            c.saveState()
            k = g[0]
            if k == 'rect':
                _, x, y, w, h, fill, stroke, lw, dash = g
                if fill is not None: c.setFillColor(fill)
                if stroke is not None: c.setStrokeColor(stroke)
                c.setLineWidth(lw)
                if dash: c.setDash(*dash)
                c.rect(x, Hh - y - h, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke is not None else 0)
            elif k == 'line':
                _, x1, y1, x2, y2, lw, col, dash = g
                c.setStrokeColor(col); c.setLineWidth(lw)
                if dash: c.setDash(*dash)
                c.line(x1, Hh - y1, x2, Hh - y2)
            elif k == 'circ':
                _, x, y, r, fill, stroke, lw = g
                if fill is not None: c.setFillColor(fill)
                if stroke is not None: c.setStrokeColor(stroke)
                c.setLineWidth(lw)
                c.circle(x, Hh - y, r, fill=1 if fill is not None else 0, stroke=1 if stroke is not None else 0)
            elif k == 'poly':
                _, pts, fill, stroke, lw = g
                p = c.beginPath()
                p.moveTo(pts[0][0], Hh - pts[0][1])
                for px, py in pts[1:]: p.lineTo(px, Hh - py)
                p.close()
                if fill is not None: c.setFillColor(fill)
                if stroke is not None: c.setStrokeColor(stroke)
                c.setLineWidth(lw)
                c.drawPath(p, fill=1 if fill is not None else 0, stroke=1 if stroke is not None else 0)
            elif k == 'wedge':
                _, x, y, r, a0, ext, fill = g
                c.setFillColor(fill)
                c.wedge(x - r, Hh - y - r, x + r, Hh - y + r, a0, ext, stroke=0, fill=1)
            c.restoreState()
        order = list(range(len(P.items)))
        random.Random(seed * 100 + pi).shuffle(order)
        for i in order:
            it = P.items[i]
            c.saveState()
            c.setFillColor(it.col)
            if it.stroke is not None:
                c.setStrokeColor(it.stroke); c.setLineWidth(0.8)
            t = c.beginText()
            t.setTextOrigin(it.x, Hh - it.y)
            t.setFont(FN[it.f], it.sz)
            if it.cs: t.setCharSpace(it.cs)
            if it.mode: t.setTextRenderMode(it.mode)
            t.textOut(it.s)
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()

def nows(s):
    return ''.join(s.split())

def check_pages(pages):
    faces = {k: pdfmetrics.getFont(FN[k]).face for k in FN}
    for pi, P in enumerate(pages, 1):
        for it in P.items:
            for ch in it.s:
                if ch.isspace(): continue
                if ord(ch) not in faces[it.f].charToGlyph:
                    raise Refused(f'p{pi}: glyph missing in {it.f}: {ch!r}')
            x0, y0, x1, y1 = it.box()
            if x0 < EDGE or y0 < EDGE or x1 > P.w - EDGE or y1 > P.h - EDGE:
                raise Refused(f'p{pi}: item off page / in edge margin: {it.s!r} {it.box()}')
        bx = [it.box() for it in P.items]
        for i in range(len(bx)):
            a = bx[i]
            for j in range(i + 1, len(bx)):
                b = bx[j]
                if min(a[2], b[2]) - max(a[0], b[0]) > 0.3 and min(a[3], b[3]) - max(a[1], b[1]) > 0.3:
                    raise Refused(f'p{pi}: overlap {P.items[i].s!r} / {P.items[j].s!r}')
        for ln, w, f, sz in P.wrapped:
            if ln[0] in NOSTART or ln[-1] in NOEND:
                raise Refused(f'p{pi}: kinsoku: {ln!r}')
            if sw(ln, f, sz) > w + 0.01:
                raise Refused(f'p{pi}: wrapped line too wide: {ln!r}')
        drawn = Counter(nows(''.join(it.s for it in P.items if not it.furn)))
        exp = Counter(nows(''.join(P.ex)))
        if drawn != exp:
            raise Refused(f'p{pi}: drawn != expected: +{dict(drawn - exp)} -{dict(exp - drawn)}')

def check_pdf(pages, path):
    data = open(path, 'rb').read()
    for pi, P in enumerate(pages, 1):
        out = subprocess.run(['pdftotext', '-f', str(pi), '-l', str(pi), '-enc', 'UTF-8', path, '-'],
                             capture_output=True, text=True, check=True).stdout
        got = Counter(nows(out))
        want = Counter(nows(''.join(it.s for it in P.items)))
        if got != want:
            raise Refused(f'p{pi}: pdftotext != drawn: +{dict(got - want)} -{dict(want - got)}')
    return data

def check_facts(facts, expected):
    drawn = nows(unicodedata.normalize('NFKC', expected))
    def printed(s, what):
        if s and nows(unicodedata.normalize('NFKC', s)) not in drawn:
            raise Refused(f'fact not printed ({what}): {s!r}')
    printed(facts['organization'], 'organization')
    printed(facts['document'], 'document')
    printed(facts['edition']['asOfText'], 'edition')
    h = facts['hiring']
    for s in h['intro'] + h['note']: printed(s, 'hiring intro/note')
    for s in h['tracks'].values(): printed(s, 'hiring track')
    rows = h['rows']
    for r in rows:
        printed(r['label'], 'label'); printed(r['labelText'], 'labelText')
        for k in ('total', 'admin', 'tech'):
            printed(r[k]['text'], 'count text')
            if r[k]['women'] is not None and r[k]['women'] > r[k]['count']:
                raise Refused(f'women > heads {r["label"]}')
        for k in ('count',):
            if r['total'][k] != r['admin'][k] + r['tech'][k]:
                raise Refused(f'total != admin + tech: {r["label"]}')
        if not r['planned'] and r['total']['women'] != r['admin']['women'] + r['tech']['women']:
            raise Refused(f'women total != admin + tech: {r["label"]}')
    actual = [r for r in rows if not r['planned']]
    planned = [r for r in rows if r['planned']]
    if len(planned) != 1 or not rows[-1]['planned']:
        raise Refused('exactly one planned row, the last')
    if any(planned[0][k]['women'] is not None for k in ('total', 'admin', 'tech')):
        raise Refused('planned women must be null')
    years = [r['fiscalYear'] for r in actual]
    if len(years) < 5 or years != list(range(years[0], years[0] + len(years))):
        raise Refused('>= 5 consecutive actual years')
    py = planned[0]['fiscalYear']
    if py != years[-1] + 1 or py != facts['edition']['year'] or facts['exams']['fiscalYear'] != py:
        raise Refused('planned year / edition year / exam year disagree')
    a = facts['assignments']
    if a['cohortFiscalYear'] != years[-1]:
        raise Refused('assignment cohort is not the last actual year')
    units = [u['unit'] for u in a['rows']]
    if len(set(units)) != len(units): raise Refused('duplicate unit')
    sa = sum(u['admin'] or 0 for u in a['rows']); st = sum(u['tech'] or 0 for u in a['rows'])
    if (sa, st) != (actual[-1]['admin']['count'], actual[-1]['tech']['count']) or a['totals'] != {'admin': sa, 'tech': st}:
        raise Refused(f'assignment sums {sa}/{st} != last cohort')
    printed(a['intro'], 'assignment intro')
    for u in units: printed(u, 'unit')
    e = facts['exams']
    printed(e['title'], 'exam title')
    from score_extract import track as strack, level as slevel, norm as snorm
    keys, by_track = set(), Counter()
    for entry in e['entries']:
        printed(entry['track'], 'exam track')
        if not e['textSynthesised']: printed(entry['exam'], 'exam name')
        if entry['total'] != sum(b['count'] for b in entry['breakdown']):
            raise Refused('exam entry total')
        for b in entry['breakdown']:
            printed(b['category'], 'exam category')
            k = (strack(entry['track']), slevel(entry['exam']), snorm(b['category']))
            if k in keys: raise Refused(f'exam key collision {k}')
            keys.add(k)
            by_track[strack(entry['track'])] += b['count']
    if by_track['administrative'] != planned[0]['admin']['count'] or by_track['technical'] != planned[0]['tech']['count']:
        raise Refused(f'exam categories != planned hires: {dict(by_track)}')
    for c in facts['contacts']:
        for s in (c['office'], c['location'], c['track']): printed(s, 'contact')
        for t in c['tel']:
            printed(c.get('telText', {}).get(t, t), 'tel')
        for m in c['email']: printed(m, 'email')
    printed(facts['access']['address'], 'address')
    for r in facts['access']['routes']: printed(r.replace('『', '').replace('』', ''), 'route')
    printed(facts['lead']['title'], 'lead')
    for s in facts['lead']['text']: printed(s, 'lead')
    printed(facts['initiativesIntro'], 'initiatives intro')
    for i in facts['initiatives']: printed(i['title'], 'initiative'); printed(i['text'], 'initiative text')
    printed(facts['supportTitle'], 'support title')
    for i in facts['supportSystems']:
        printed(i['name'], 'support'); printed(i['duration'], 'duration'); printed(i['text'], 'support text')
    printed(facts['training']['title'], 'training title')
    for s in facts['training']['paragraphs']: printed(s, 'training')

def stand_in(facts):
    """A perfect extract document built from the facts, for score_extract.checks()."""
    from score_extract import track as strack, level as slevel
    def cw(d): return {'count': d['count'], 'women': d['women']}
    rows = [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': cw(r['total']),
             'administrative': cw(r['admin']), 'technical': cw(r['tech'])} for r in facts['hiring']['rows']]
    a = facts['assignments']
    ent = [{'track': strack(e['track']), 'level': slevel(e['exam']), 'category': b['category'], 'count': b['count']}
           for e in facts['exams']['entries'] for b in e['breakdown']]
    contacts = [{'office': c['office'], 'phones': [{'number': ''.join(ch for ch in unicodedata.normalize('NFKC', t) if ch.isdigit())} for t in c['tel']],
                 'emails': c['email']} for c in facts['contacts']]
    routes = [{'station': r.split('『')[1].split('』')[0]} for r in facts['access']['routes'] if '『' in r]
    return {'organization': facts['organization'], 'edition': {'asOf': facts['edition']['asOf']},
            'sections': {'hiring': {'rows': rows},
                         'assignments': {'cohortFiscalYear': a['cohortFiscalYear'],
                                         'rows': [{'unit': u['unit'], 'administrative': u['admin'] or 0, 'technical': u['tech'] or 0} for u in a['rows']]},
                         'examBreakdown': {'entries': ent}, 'contacts': contacts, 'access': {'routes': routes},
                         'initiatives': [{'title': i['title']} for i in facts['initiatives']],
                         'supportSystems': [{'name': i['name']} for i in facts['supportSystems']]}}

def score_standin(facts, expected):
    from score_extract import checks, norm as snorm
    drawn = snorm(expected)
    res = checks(facts, stand_in(facts), drawn)
    bad = [n for n, ok in res if not ok]
    if bad: raise Refused(f'stand-in misses {bad}')
    reach = sum(1 for n, _ in res if n.startswith(('initiative ', 'support ')))
    if reach != len(facts['initiatives']) + len(facts['supportSystems']):
        raise Refused('an initiative / support check is unreachable')
    return len(res), Counter(n.split()[0] for n, _ in res)

# ---------------------------------------------------------------- facts helpers
def cnt(count, women, text):
    return {'count': count, 'women': women, 'text': text}

def hrow(fy, label, label_text, planned, a, t, aw=None, tw=None, fmt=str):
    tot = a + t
    totw = None if planned else aw + tw
    return {'fiscalYear': fy, 'label': label, 'labelText': label_text, 'planned': planned,
            'total': cnt(tot, totw, fmt(tot)), 'admin': cnt(a, aw, fmt(a)), 'tech': cnt(t, tw, fmt(t))}

def dash(v, none='－'):
    return none if v is None else str(v)

# ================================================================ 堺市
def sakai():
    ORANGE, LOR, NAVY, PALE = rgb('D9622B'), rgb('FBE3D3'), rgb('1F3A5F'), rgb('EEF2F7')
    facts = {'fixture': 'sakai-2026', 'organization': '堺市', 'document': '職員採用案内',
             'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '令和8年（2026年）3月'}}
    yrs = [(2021, '令和3年度', 68, 24, 31, 6), (2022, '令和4年度', 72, 27, 35, 8), (2023, '令和5年度', 65, 22, 33, 5),
           (2024, '令和6年度', 74, 29, 38, 9), (2025, '令和7年度', 70, 26, 36, 7)]
    rows = [hrow(fy, l, l, False, a, t, aw, tw) for fy, l, a, t, aw, tw in yrs]
    rows.append(hrow(2026, '令和8年度', '令和8年度（予定）', True, 76, 28))
    facts['hiring'] = {'intro': ['新規採用職員数の推移（大学卒業程度・人）'],
                       'note': ['（注）うち女性は採用者数の内数です。令和8年度は採用予定数です。'],
                       'tracks': {'admin': '事務', 'tech': '技術'}, 'textSynthesised': False,
                       'layout': 'YEARS ACROSS, each year a header cell spanning three sub-columns 事務 | 技術 | 計; rows 採用者数 / うち女性; the planned year shaded at the right with 令和8年度 over （予定） and － for its women; a decoy ※各年度4月1日現在 at the right of the intro line',
                       'rows': rows}
    exams = [('事務職', [('行政', 62), ('社会福祉', 12), ('図書館司書', 2)]),
             ('技術職', [('土木', 12), ('建築', 7), ('電気', 4), ('機械', 3), ('造園', 2)])]
    facts['exams'] = {'title': '令和8年度 採用予定数（試験区分別）', 'fiscalYear': 2026, 'textSynthesised': False,
                      'layout': 'ruled table 区分 | 試験 | 職種 | 予定数 with 区分 and 試験 cells spanning rows, a decoy 合計 row',
                      'entries': [{'track': tr, 'exam': '大学卒業程度', 'text': '', 'breakdown': [{'category': c, 'count': n} for c, n in b],
                                   'total': sum(n for _, n in b)} for tr, b in exams]}
    units = [('市長公室', 6, None), ('総務局', 8, None), ('財政局', 9, None), ('健康福祉局', 12, 1), ('子ども青少年局', 10, None),
             ('産業振興局', 5, 1), ('建築都市局', 3, 8), ('建設局', 2, 11), ('上下水道局', 3, 5), ('各区役所', 12, None)]
    facts['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（人）', 'tracks': {'admin': '事務', 'tech': '技術'},
                            'layout': 'striped table 配属先 | 事務 | 技術, rules at the top, under the header and at the bottom only; － for none',
                            'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units],
                            'totals': {'admin': sum(a or 0 for _, a, _ in units), 'tech': sum(t or 0 for _, _, t in units)}}
    facts['contacts'] = [
        {'track': '採用試験について', 'office': '人事委員会事務局 任用課', 'location': '', 'tel': ['072-228-7421'],
         'telText': {'072-228-7421': '(072) 228-7421'}, 'email': ['ninyo-shiken@city.sakai.lg.jp']},
        {'track': '職場・仕事について', 'office': '総務局 人事部 人事課', 'location': '', 'tel': ['072-228-7415'],
         'telText': {'072-228-7415': '(072) 228-7415'}, 'email': ['jinji-saiyo@city.sakai.lg.jp']}]
    facts['access'] = {'address': '〒590-0078 大阪府堺市堺区南瓦町3番1号 堺市役所',
                       'routes': ['南海高野線『堺東』駅 西口から徒歩約5分',
                                  'JR阪和線『堺市』駅からバス（堺東駅前行き）約15分「市役所前」下車 徒歩2分']}
    facts['lead'] = {'title': '', 'text': []}
    facts['initiativesIntro'] = '職員一人ひとりが力を発揮できるよう、働き方の見直しを進めています。'
    facts['initiatives'] = [
        {'title': 'テレワークの推進', 'text': '庁内の全部局で在宅勤務を導入し、タブレット端末を配備しています。'},
        {'title': 'フレックスタイム制度', 'text': '始業・終業の時刻を職員が選べる制度を、令和6年度から全庁に広げました。'},
        {'title': '若手職員の政策提案', 'text': '採用3年目までの職員がチームを組み、市長に直接提案する機会があります。'}]
    facts['supportTitle'] = '仕事と家庭の両立支援'
    facts['supportSystems'] = [
        {'name': '育児休業', 'duration': '子が3歳になるまで', 'text': '男性職員の取得率も年々上がっています。'},
        {'name': '部分休業', 'duration': '子が小学校を卒業するまで', 'text': '1日2時間まで勤務しない時間を設けられます。'},
        {'name': '子の看護等休暇', 'duration': '年5日', 'text': '子が2人以上の場合は年10日です。'},
        {'name': '介護休暇', 'duration': '通算6か月以内', 'text': '3回まで分割して取得できます。'},
        {'name': '配偶者出産休暇', 'duration': '2日以内', 'text': '出産の付き添いなどに使えます。'},
        {'name': '育児参加休暇', 'duration': '5日以内', 'text': '配偶者の産前産後の期間に取得できます。'}]
    facts['supportSource'] = ''
    facts['training'] = {'title': '人材育成・研修', 'paragraphs': [
        '採用後は、新規採用職員研修で市政の基礎と公務員としての心構えを学びます。その後も節目ごとの階層別研修で、必要な知識と能力を段階的に身につけます。',
        'このほか、大阪府や国への派遣研修、大学院での専門研修、職員が自ら選ぶ自主研修の支援など、キャリアに応じた多様な学びの場を用意しています。']}
    facts['keyFigures'] = []
    facts['pages'] = 3

    # ---- p1: cover (title, organisation, edition only)
    P1 = Page()
    P1.rect(0, 0, W, 260, fill=ORANGE)
    for cx, cy, r, col in ((470, 170, 120, rgb('E47C4B')), (120, 640, 150, PALE), (500, 700, 60, LOR)):
        P1.circ(cx, cy, r, fill=col)
    P1.rect(60, 300, 6, 150, fill=NAVY)
    P1.t(84, 360, '堺市', 'M', 64, ex='new')
    P1.t(86, 430, '職員採用案内', 'G', 30, col=NAVY, ex='new')
    P1.hl(60, 760, 535, 760, 1.0, NAVY)
    P1.t(535, 790, facts['edition']['asOfText'], 'G', 14, 'r', NAVY, ex='new')

    # ---- p2
    P2 = Page()
    L, R = 40, W - 40
    P2.t(R, 30, '堺市職員採用案内 2026', 'G', 7.5, 'r', GREY, furn=True)
    P2.hl(L, 36, R, 36, 0.4, GREY)
    P2.rect(L, 52, 5, 20, fill=ORANGE)
    P2.t(L + 14, 68, '採用実績', 'G', 15, cs=9, col=NAVY, ex='new')
    y = 92
    P2.t(L, y, facts['hiring']['intro'][0], 'M', 9, ex='new')
    P2.t(R, y, '※各年度4月1日現在', 'M', 7.5, 'r', GREY, ex='new')
    cols = [56] + [25.5] * 18
    hdr1 = [{'t': '区分', 'rs': 2}]
    hdr2 = [None]
    for r in rows:
        lt = r['label'] + ('\n（予定）' if r['planned'] else '')
        bg = LOR if r['planned'] else PALE
        hdr1 += [{'t': lt, 'cs': 3, 'bg': bg}, SKIP, SKIP]
        hdr2 += [{'t': s, 'bg': bg, 'sz': 7.5} for s in ('事務', '技術', '計')]
    c1 = [{'t': '採用者数', 'f': 'G'}]
    c2 = [{'t': 'うち女性', 'f': 'G'}]
    for r in rows:
        bg = LOR if r['planned'] else None
        c1 += [{'t': r[k]['text'], 'bg': bg} for k in ('admin', 'tech', 'total')]
        c2 += [{'t': dash(r[k]['women']), 'bg': bg} for k in ('admin', 'tech', 'total')]
    y = table(P2, L, y + 8, cols, [hdr1, hdr2, c1, c2], [26, 16, 20, 20], sz=8, heads=2, hbg=PALE, rulecol=rgb('8899AA'))
    y = P2.para(L, y + 5, R - L, facts['hiring']['note'][0], 'M', 7.5)
    # two columns: exams | assignments
    y0 = y + 14
    P2.t(L, y0 + 9, facts['exams']['title'], 'G', 10, col=NAVY, ex='new')
    er = [['区分', '試験', '職種', '予定数']]
    for tr, b in exams:
        for i, (cat, n) in enumerate(b):
            er.append([{'t': tr, 'rs': len(b)} if i == 0 else None, {'t': '大学卒業程度', 'rs': len(b)} if i == 0 else None,
                       cat, {'t': f'{n}名', 'al': 'r'}])
    er.append([{'t': '合計', 'cs': 3, 'f': 'G'}, SKIP, SKIP, {'t': '104名', 'al': 'r', 'f': 'G'}])
    table(P2, L, y0 + 18, [40, 60, 82, 53], er, [18] + [16] * 9, sz=8, hbg=PALE, rulecol=rgb('8899AA'))
    X2 = 305
    P2.t(X2, y0 + 9, facts['assignments']['intro'], 'G', 10, col=NAVY, ex='new')
    ar = [['配属先', '事務', '技術']] + [[{'t': u, 'al': 'l'}, dash(a), dash(t)] for u, a, t in units]
    table(P2, X2, y0 + 18, [130, 60, 60], ar, [18] + [15] * 10, sz=8, grid=False, hbg=PALE,
          bgs=[None] + [PALE if i % 2 else None for i in range(10)], rulecol=NAVY)
    # initiatives
    y = y0 + 18 + 18 + 150 + 30
    P2.rect(L, y, 5, 20, fill=ORANGE)
    P2.t(L + 14, y + 16, '職場の取組', 'G', 15, cs=9, col=NAVY, ex='new')
    y = P2.para(L, y + 34, R - L, facts['initiativesIntro'], 'M', 9)
    cw, gap = 163, 13
    yc = y + 6
    for i, it in enumerate(facts['initiatives']):
        x = L + i * (cw + gap)
        P2.rect(x, yc, cw, 92, stroke=ORANGE, lw=0.8)
        P2.rect(x, yc, cw, 22, fill=ORANGE)
        P2.t(x + 8, yc + 15, it['title'], 'G', 9.5, col=white, ex='new')
        P2.para(x + 8, yc + 32, cw - 16, it['text'], 'M', 8.5, 14)
    # decoy: the exam schedule (no fact; its 大学卒業程度 rows name the real exam)
    y = yc + 92 + 30
    P2.rect(L, y, 5, 20, fill=ORANGE)
    P2.t(L + 14, y + 16, '試験日程', 'G', 15, cs=9, col=NAVY, ex='new')
    sched = [['試験区分', '受付期間', '第1次試験', '最終合格発表'],
             ['大学卒業程度（事務職）', '4月1日～4月24日', '5月24日（日）', '7月下旬'],
             ['大学卒業程度（技術職）', '4月1日～4月24日', '5月24日（日）', '7月下旬'],
             ['社会人経験者', '6月2日～6月20日', '7月12日（日）', '9月中旬']]
    y = table(P2, L, y + 30, [150, 125, 120, R - L - 395], sched, [18, 17, 17, 17], sz=8.5, hbg=PALE, rulecol=rgb('8899AA'))
    P2.t(L, y + 14, '※日程は予定です。詳しくは、堺市ホームページの受験案内をご覧ください。', 'M', 7.5, col=GREY, ex='new')
    P2.t(W / 2, 818, '2', 'G', 8, 'c', GREY, furn=True)

    # ---- p3
    P3 = Page()
    P3.t(R, 30, '堺市職員採用案内 2026', 'G', 7.5, 'r', GREY, furn=True)
    P3.hl(L, 36, R, 36, 0.4, GREY)
    P3.rect(L, 52, 5, 20, fill=ORANGE)
    P3.t(L + 14, 68, facts['training']['title'], 'G', 15, cs=9, col=NAVY, ex='new')
    steps = [('1年目', '新規採用職員研修'), ('3年目', 'ステップアップ研修'), ('5年目', '中堅職員研修'), ('10年目', '係長昇任前研修')]
    cwid, yv = 128, 84
    for i, (yr, prog) in enumerate(steps):
        x = L + i * (cwid - 1)
        tip = 14
        pts = [(x, yv), (x + cwid - tip, yv), (x + cwid, yv + 22), (x + cwid - tip, yv + 44), (x, yv + 44)]
        if i: pts.append((x + tip, yv + 22))
        P3.poly(pts, fill=[NAVY, rgb('2E5A88'), rgb('3F74A8'), ORANGE][i], stroke=white, lw=1.5)
        xc = x + (cwid + (tip if i else 0)) / 2 - 4
        P3.t(xc, yv + 18, yr, 'G', 9.5, 'c', white, ex='new')
        P3.t(xc, yv + 33, prog, 'G', 8, 'c', white, ex='new')
    y = yv + 62
    for ptxt in facts['training']['paragraphs']:
        y = P3.para(L, y, R - L, ptxt, 'M', 9) + 4
    y += 14
    P3.rect(L, y, 5, 20, fill=ORANGE)
    P3.t(L + 14, y + 16, facts['supportTitle'], 'G', 15, cs=9, col=NAVY, ex='new')
    y += 34
    colw = 250
    for ci in range(2):
        yy = y
        for it in facts['supportSystems'][ci * 3:(ci + 1) * 3]:
            x = L + ci * (colw + 15)
            P3.rect(x, yy, colw, 44, fill=PALE)
            P3.t(x + 8, yy + 15, it['name'], 'G', 9.5, col=NAVY, ex='new')
            P3.t(x + colw - 8, yy + 15, it['duration'], 'G', 8.5, 'r', ORANGE, ex='tab')
            P3.t(x + 8, yy + 33, it['text'], 'M', 8.5, ex='new')
            yy += 52
    y += 3 * 52 + 14
    P3.rect(L, y, 5, 20, fill=ORANGE)
    P3.t(L + 14, y + 16, 'アクセス', 'G', 15, cs=9, col=NAVY, ex='new')
    y += 36
    P3.t(L, y, facts['access']['address'], 'M', 9, ex='new')
    y += 12
    for i, (lab, rt) in enumerate((('電車', facts['access']['routes'][0]), ('バス', facts['access']['routes'][1]))):
        x = L + i * 190
        wbox = 175 if i == 0 else R - x
        P3.rect(x, y, wbox, 46, stroke=NAVY, lw=0.6)
        P3.rect(x, y, 34, 46, fill=NAVY)
        P3.t(x + 17, y + 27, lab, 'G', 9, 'c', white, ex='new')
        P3.para(x + 42, y + 10, wbox - 50, rt.replace('『', '').replace('』', ''), 'M', 8.5, 14)
    # contacts band at the foot
    yb = 625
    P3.rect(0, yb, W, 170, fill=NAVY)
    P3.t(L, yb + 26, 'お問い合わせ', 'G', 13, col=white, cs=4, ex='new')
    for i, c in enumerate(facts['contacts']):
        x = L + i * 262
        P3.rect(x, yb + 38, 250, 116, fill=rgb('2B4C74'))
        yy = yb + 56
        P3.t(x + 10, yy, f'【{c["track"]}】', 'G', 8.5, col=rgb('FFD2B8'), ex='new')
        P3.t(x + 10, yy + 18, '堺市' + c['office'], 'G', 10, col=white, ex='new')
        tel = c['telText'][c['tel'][0]]
        P3.t(x + 10, yy + 40, tel, 'G', 14, col=white, ex='new')
        P3.t(x + 240, yy + 40, '受付 平日9:00〜17:30', 'M', 7.5, 'r', white, ex='new')
        P3.t(x + 10, yy + 60, 'E-mail', 'G', 8, col=rgb('FFD2B8'), ex='new')
        P3.t(x + 44, yy + 60, c['email'][0], 'G', 8.5, col=white, ex='cat')
        P3.t(x + 10, yy + 80, '※土日祝日・年末年始を除きます。', 'M', 7.5, col=white, ex='new')
    P3.t(W / 2, 818, '3', 'G', 8, 'c', GREY, furn=True)
    return [P1, P2, P3], facts

# ================================================================ 宮城県
def miyagi():
    TEAL, LT, DARK, GRY = rgb('0E7C7B'), rgb('E3F2F1'), rgb('12403F'), rgb('EDEDED')
    facts = {'fixture': 'miyagi-2026', 'organization': '宮城県', 'document': '職員採用ガイド',
             'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月'}}
    yrs = [(2021, '令和3年度', 98, 61, 44, 14), (2022, '令和4年度', 104, 58, 49, 15), (2023, '令和5年度', 95, 66, 46, 18),
           (2024, '令和6年度', 110, 63, 55, 17), (2025, '令和7年度', 101, 70, 52, 21)]
    rows = [hrow(fy, l, l, False, a, t, aw, tw) for fy, l, a, t, aw, tw in yrs]
    rows.append(hrow(2026, '令和8年度', '令和8年度（予定）', True, 108, 72))
    note = '※「5年間計」は令和3年度から令和7年度までの合計です。令和8年度は採用予定数です。'
    facts['hiring'] = {'intro': ['職員の採用状況（大学卒業程度）'], 'note': [note],
                       'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                       'layout': 'TWO SMALL TABLES SIDE BY SIDE, 「採用者数（人）」 and 「うち女性（人）」, same years down the rows; column heads 事務系 / 技術系 / 計 set VERTICALLY in narrow columns; a decoy 5年間計 row (sum of the five years) before the shaded planned row 令和8年度（予定）, whose women are －',
                       'rows': rows}
    exams = [('事務系', [('行政', 90), ('警察行政', 12), ('教育行政', 6)]),
             ('技術系', [('総合土木', 30), ('農業', 10), ('林業', 6), ('水産', 4), ('建築', 8), ('化学', 6), ('電気', 4), ('機械', 4)])]
    facts['exams'] = {'title': '令和8年度 採用予定数', 'fiscalYear': 2026, 'textSynthesised': False,
                      'layout': 'narrow table: a vertical track label spanning its categories | 職種 | 人数',
                      'entries': [{'track': tr, 'exam': '大学卒業程度', 'text': '', 'breakdown': [{'category': c, 'count': n} for c, n in b],
                                   'total': sum(n for _, n in b)} for tr, b in exams]}
    g1 = [('総務部', 8, 1), ('震災復興・企画部', 6, 2), ('環境生活部', 5, 3), ('保健福祉部', 10, 1), ('経済商工観光部', 6, 2),
          ('農政部', 4, 6), ('水産林政部', 3, 4), ('土木部', 5, 10)]
    g2 = [('地方振興事務所', 14, 16), ('保健福祉事務所', 12, 2), ('土木事務所', 6, 18), ('県税事務所', 10, None), ('教育庁・県立学校', 12, 5)]
    units = g1 + g2
    facts['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（人）', 'tracks': {'admin': '事務系', 'tech': '技術系'},
                            'layout': 'units grouped under VERTICAL category labels 本庁 / 地方機関 (each spanning its units and its 小計 row); decoy 小計 rows and a 合計 row; － for none',
                            'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units],
                            'totals': {'admin': sum(a or 0 for _, a, _ in units), 'tech': sum(t or 0 for _, _, t in units)}}
    facts['contacts'] = [
        {'track': '採用試験に関すること', 'office': '人事委員会事務局 職員課', 'location': '', 'tel': ['022-211-3762'],
         'email': ['jinji-shiken@pref.miyagi.lg.jp']},
        {'track': '仕事・職場に関すること', 'office': '総務部 人事課', 'location': '', 'tel': ['022-211-2241'],
         'email': ['jinji-saiyo@pref.miyagi.lg.jp']}]
    facts['access'] = {'address': '〒980-8570 宮城県仙台市青葉区本町3丁目8番1号',
                       'routes': ['仙台市地下鉄南北線『勾当台公園』駅 北4出口から徒歩約1分', 'JR『仙台』駅西口から徒歩約20分']}
    facts['lead'] = {'title': '復興の先へ、みやぎの未来をつくる。', 'text': [
        '宮城県職員は、震災からの復興で培った経験を力に、産業・福祉・防災・環境など幅広い分野で県民の暮らしを支えています。',
        '県内各地の地方機関での勤務を通じて、地域の課題に向き合い、現場から解決策を考える仕事です。']}
    facts['initiativesIntro'] = '誰もが力を発揮し、長く働き続けられる職場づくりを進めています。'
    facts['initiatives'] = [
        {'title': 'みやぎ型テレワーク', 'text': '在宅勤務とサテライトオフィスを組み合わせ、通勤時間を減らしています。'},
        {'title': '若手職員の政策提案', 'text': '入庁5年目までの職員が、部局を越えたチームで施策を提案します。'},
        {'title': '業務のデジタル化', 'text': '電子決裁とペーパーレス会議を全庁で進め、残業の削減につなげています。'}]
    facts['supportTitle'] = '仕事と家庭の両立支援'
    sup = [('育児休業', '○', '○', '子が3歳になるまで', '男性職員の取得も広がっています。'),
           ('産前・産後休暇', '－', '○', '産前8週間・産後8週間', '多胎妊娠の場合、産前は14週間です。'),
           ('育児短時間勤務', '○', '○', '子が小学校就学前まで', '勤務時間を短くして働くことができます。'),
           ('配偶者出産休暇', '○', '－', '3日以内', '配偶者の出産に付き添うことができます。'),
           ('介護休暇', '○', '○', '通算6か月以内', '3回まで分割して取得できます。')]
    facts['supportSystems'] = [{'name': n, 'duration': d, 'text': t} for n, _, _, d, t in sup]
    facts['supportSource'] = ''
    facts['training'] = {'title': '研修制度', 'paragraphs': [
        '新規採用職員研修で県政の概要と公務員としての基礎を学んだ後、採用後3年目・5年目などの節目に階層別研修を受講します。',
        '政策形成やデジタルなどの専門研修、国や市町村への派遣研修、自己啓発の支援もあり、自分の関心に合わせて能力を伸ばせます。']}
    facts['keyFigures'] = []
    facts['pages'] = 2
    L, R = 36, W - 36

    def head(P, y, s):
        P.rect(L, y, R - L, 1.2, fill=TEAL)
        P.rect(L, y - 20, 4, 20, fill=TEAL)
        P.t(L + 10, y - 5, s, 'G', 13, col=DARK, ex='new')

    # ---- p1
    P = Page()
    P.rect(0, 0, W, 86, fill=TEAL)
    P.t(L, 58, '宮城県', 'M', 30, col=white, ex='new')
    P.t(L + sw('宮城県', 'M', 30) + 8, 58, '職員採用ガイド', 'G', 16, col=white, ex='cat')
    P.t(R, 44, facts['edition']['asOfText'], 'G', 10, 'r', white, ex='new')
    P.t(R, 62, '宮城県人事委員会事務局', 'M', 9, 'r', white, ex='new')
    P.t(L, 116, facts['lead']['title'], 'G', 13, col=DARK, ex='new')
    y = 132
    for tx in facts['lead']['text']:
        y = P.para(L, y, R - L, tx, 'M', 9)
    head(P, y + 24, '採 用 状 況')
    y += 38
    P.t(L, y + 8, facts['hiring']['intro'][0], 'M', 9, ex='new')
    y += 16
    cols = [66, 30, 30, 30]
    def hiring_table(x, cap, key):
        P.t(x, y + 9, cap, 'G', 9, col=DARK, ex='new')
        tr = [['年度', {'t': '事務系', 'v': True}, {'t': '技術系', 'v': True}, {'t': '計', 'v': True}]]
        for r in rows[:-1]:
            tr.append([r['label']] + [(r[k]['text'] if key == 'count' else dash(r[k]['women'])) for k in ('admin', 'tech', 'total')])
        sums = [sum(r[k][key] for r in rows[:-1]) for k in ('admin', 'tech', 'total')]
        tr.append([{'t': '5年間計', 'f': 'G', 'bg': GRY}] + [{'t': str(v), 'bg': GRY} for v in sums])
        pr = rows[-1]
        tr.append([{'t': '令和8年度\n（予定）', 'bg': LT, 'f': 'G'}] +
                  [{'t': (pr[k]['text'] if key == 'count' else '－'), 'bg': LT, 'f': 'G'} for k in ('admin', 'tech', 'total')])
        return table(P, x, y + 14, cols, tr, [40] + [16] * 6 + [26], sz=8.5, hbg=LT, rulecol=TEAL)
    yh = y
    yb = hiring_table(L, '採用者数（人）', 'count')
    hiring_table(L + 172, 'うち女性（人）', 'women')
    y = yb + 6
    y = P.para(L, y, 340, note, 'M', 7.5, 11)
    # exam column at the right
    X = L + 352
    P.t(X, yh + 9, facts['exams']['title'], 'G', 9, col=DARK, ex='new')
    P.t(X, yh + 22, '（大学卒業程度）', 'G', 8, col=DARK, ex='new')
    er = [['区分', '職種', '人数']]
    for tr_, b in exams:
        for i, (c_, n) in enumerate(b):
            er.append([{'t': tr_, 'v': True, 'rs': len(b)} if i == 0 else None, {'t': c_, 'al': 'l'}, {'t': str(n), 'al': 'r'}])
    yx = table(P, X, yh + 27, [24, 82, 65], er, [16] + [14.2] * 11, sz=8, hbg=LT, rulecol=TEAL)
    y = max(y, yx) + 20
    head(P, y + 18, '職 場 の 取 組')
    y = P.para(L, y + 32, R - L, facts['initiativesIntro'], 'M', 9)
    cw = (R - L - 24) / 3
    for i, it in enumerate(facts['initiatives']):
        x = L + i * (cw + 12)
        P.rect(x, y + 4, cw, 110, fill=LT)
        P.t(x + 10, y + 38, f'{i + 1:02d}', 'G', 28, col=LT, mode=2, stroke=TEAL, ex='new')
        P.t(x + 58, y + 30, it['title'], 'G', 10, col=DARK, ex='new')
        P.para(x + 10, y + 56, cw - 20, it['text'], 'M', 8.5, 14)
    # decoy: two staff messages (no fact)
    y += 136
    head(P, y + 18, '先 輩 職 員 の 声')
    msgs = [('総合土木', '2022年入庁', '東部土木事務所', '災害に強い道路をつくる現場で、地域の方から直接お礼を言われたときにやりがいを感じます。'),
            ('行政', '2023年入庁', '保健福祉部', '制度の設計から市町村との調整まで、県全体を見渡す仕事に関われるのが魅力です。')]
    cw2 = (R - L - 12) / 2
    for i, (a, b, c_, m) in enumerate(msgs):
        x = L + i * (cw2 + 12)
        P.rect(x, y + 30, cw2, 84, stroke=TEAL, lw=0.6)
        P.circ(x + 26, y + 58, 16, fill=GRY)
        P.t(x + 52, y + 50, f'{a}｜{b}', 'G', 9, col=TEAL, ex='new')
        P.t(x + 52, y + 64, c_, 'M', 8.5, ex='new')
        P.para(x + 10, y + 84, cw2 - 20, m, 'M', 8.5, 13)
    P.t(R, 822, '1 / 2', 'G', 7.5, 'r', GREY, furn=True)
    P1 = P

    # ---- p2
    P = Page()
    head(P, 58, '配 属 先')
    P.t(L, 76, facts['assignments']['intro'], 'M', 9, ex='new')
    ar = [['', '配属先', '事務系', '技術系']]
    for lab, grp in (('本庁', g1), ('地方機関', g2)):
        for i, (u, a, t) in enumerate(grp):
            ar.append([{'t': lab, 'v': True, 'rs': len(grp) + 1, 'f': 'G', 'bg': LT} if i == 0 else None,
                       {'t': u, 'al': 'l'}, dash(a), dash(t)])
        ar.append([None, {'t': '小計', 'f': 'G', 'bg': GRY}, {'t': str(sum(a or 0 for _, a, _ in grp)), 'bg': GRY},
                   {'t': str(sum(t or 0 for _, _, t in grp)), 'bg': GRY}])
    ar.append([{'t': '合計', 'cs': 2, 'f': 'G'}, SKIP, {'t': '101', 'f': 'G'}, {'t': '70', 'f': 'G'}])
    ar[0][0] = None
    yb = table(P, L, 84, [24, 116, 42, 42], ar, [18] + [15.5] * 17, sz=8.5, hbg=LT, rulecol=TEAL)
    X = L + 246
    P.rect(X, 38, 2, 20, fill=TEAL)
    P.t(X + 10, 53, '研 修 制 度', 'G', 13, col=DARK, ex='new')
    y = 76
    for tx in facts['training']['paragraphs']:
        y = P.para(X, y, R - X, tx, 'M', 9, 16) + 6
    steps = [('新規採用職員研修', '採用時'), ('採用後3年目研修', '3年目'), ('採用後5年目研修', '5年目'), ('新任主査研修', '昇任時')]
    for i, (n, w) in enumerate(steps):
        P.rect(X, y + 4 + i * 26, R - X, 22, fill=LT if i % 2 == 0 else None, stroke=TEAL, lw=0.4)
        P.t(X + 8, y + 19 + i * 26, w, 'G', 8.5, col=TEAL, ex='new')
        P.t(X + 60, y + 19 + i * 26, n, 'M', 9, ex='tab')
    y = max(yb, y + 4 + 4 * 26) + 36
    head(P, y, '仕 事 と 家 庭 の 両 立 支 援')
    sr = [['制度', '男性', '女性', '期間', '内容']] + [[{'t': n, 'al': 'l', 'f': 'G'}, m, f_, {'t': d, 'al': 'l'}, {'t': t, 'al': 'l'}]
                                                   for n, m, f_, d, t in sup]
    y = table(P, L, y + 10, [92, 30, 30, 112, R - L - 264], sr, [18] + [20] * 5, sz=8.5, hbg=LT, rulecol=TEAL)
    P.t(R, y + 12, '○：対象　－：対象外', 'M', 7.5, 'r', GREY, ex='new')
    y += 44
    head(P, y, '問 い 合 わ せ ・ ア ク セ ス')
    y += 14
    for i, c in enumerate(facts['contacts']):
        yy = y + i * 76
        P.rect(L, yy, 250, 68, stroke=TEAL, lw=0.6)
        P.t(L + 8, yy + 15, f'【{c["track"]}】', 'G', 8.5, col=TEAL, ex='new')
        P.t(L + 8, yy + 31, '宮城県' + c['office'], 'G', 9.5, ex='new')
        P.t(L + 8, yy + 47, 'TEL ' + c['tel'][0], 'M', 9, ex='new')
        P.t(L + 8, yy + 61, 'E-mail ' + c['email'][0], 'M', 8.5, ex='new')
    X = L + 266
    P.t(X, y + 15, '宮城県庁', 'G', 9.5, col=TEAL, ex='new')
    yy = P.para(X, y + 24, R - X, facts['access']['address'], 'M', 9, 15)
    for r in facts['access']['routes']:
        P.rect(X, yy + 2, 5, 5, fill=TEAL)
        yy = P.para(X + 10, yy, R - X - 10, r.replace('『', '').replace('』', ''), 'M', 9, 15) + 2
    P.t(R, 822, '2 / 2', 'G', 7.5, 'r', GREY, furn=True)
    return [P1, P], facts

# ================================================================ 日本貿易振興機構
def jetro():
    RED, PINK, INK, TINT = rgb('C8102E'), rgb('F8E1E4'), rgb('222222'), rgb('F3F3F1')
    BLUE = rgb('3A6EA5')
    facts = {'fixture': 'jetro-2026', 'organization': '日本貿易振興機構', 'document': '職員採用案内',
             'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '2026年3月発行'}}
    yrs = [(2021, 14, 2, 7, 0), (2022, 16, 3, 9, 1), (2023, 15, 2, 8, 1), (2024, 18, 3, 10, 1), (2025, 17, 4, 9, 2)]
    rows = [hrow(fy, f'{fy}年度', f'{fy}年度', False, a, t, aw, tw) for fy, a, t, aw, tw in yrs]
    rows.append(hrow(2026, '2026年度', '2026年度（予定）', True, 18, 4))
    note = '※合計は2021〜2025年度の5年間の人数です。2026年度は採用予定数です。'
    facts['hiring'] = {'intro': ['採用者数の推移（人）', '（　）内は女性で内数'], 'note': [note],
                       'tracks': {'admin': '事務系', 'tech': '理工系'}, 'textSynthesised': False,
                       'layout': 'narrow column of a 2:1 page: years-down table 年度 | 事務系 | 理工系 | 計 with count（women） cells, a decoy 合計 row after 2025年度, then the planned row 2026年度（予定） with bare counts; a donut chart of the planned split whose legend repeats the planned counts',
                       'rows': rows}
    exams = [('事務系', [('総合', 14), ('地域専門（中国語）', 2), ('地域専門（スペイン語）', 2)]),
             ('理工系', [('デジタル・データ', 3), ('理工総合', 1)])]
    exam_name = '総合職採用試験（大学卒業程度）'
    facts['exams'] = {'title': '2026年度 試験区分別採用予定数', 'fiscalYear': 2026, 'textSynthesised': False,
                      'layout': 'narrow table 系統 | 区分 | 人数 under the exam name, 系統 spanning its rows',
                      'entries': [{'track': tr, 'exam': exam_name, 'text': '', 'breakdown': [{'category': c, 'count': n} for c, n in b],
                                   'total': sum(n for _, n in b)} for tr, b in exams]}
    units = [('総務部', 2, None), ('海外調査部', 3, None), ('貿易投資相談センター', 2, None), ('ビジネス展開・人材支援部', 3, None),
             ('イノベーション促進部', 2, 1), ('デジタルマーケティング部', 2, 1), ('対日投資部', 1, None), ('情報システム部', None, 2),
             ('大阪本部', 2, None)]
    facts['assignments'] = {'cohortFiscalYear': 2025, 'intro': '2025年度採用者の配属先（人）', 'tracks': {'admin': '事務系', 'tech': '理工系'},
                            'layout': 'narrow-column table 配属先 | 事務系 | 理工系, － for none, a decoy 計 row',
                            'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units],
                            'totals': {'admin': sum(a or 0 for _, a, _ in units), 'tech': sum(t or 0 for _, _, t in units)}}
    facts['contacts'] = [
        {'track': '新卒採用について', 'office': '人事部 人事課', 'location': '', 'tel': ['03-3582-5302'], 'email': ['saiyo-info@jetro.go.jp']},
        {'track': '大阪本部での勤務について', 'office': '大阪本部 総務課', 'location': '', 'tel': ['06-4705-8611'], 'email': ['osaka-soumu@jetro.go.jp']}]
    facts['access'] = {'address': '〒107-6006 東京都港区赤坂1-12-32 アーク森ビル6階',
                       'routes': ['東京メトロ南北線『六本木一丁目』駅 3番出口から徒歩約5分', '東京メトロ銀座線・南北線『溜池山王』駅 13番出口から徒歩約5分']}
    facts['lead'] = {'title': '世界とつなぐ、日本の未来をひらく。', 'text': [
        'ジェトロは、日本企業の海外展開支援、対日投資の促進、海外の経済・ビジネス情報の調査を担う政府系機関です。',
        '国内外の事務所ネットワークを生かし、中小企業から大企業まで、挑戦する企業の最前線に立つ仕事です。']}
    facts['initiativesIntro'] = '多様な人材が長く活躍できるよう、働き方と学びの両面から取り組んでいます。'
    facts['initiatives'] = [
        {'title': '海外での実務研修', 'text': '入構4～5年目を目安に、海外事務所で1年間の実務研修を経験できます。'},
        {'title': 'ジョブローテーション', 'text': '調査・支援・管理の各部門を数年ごとに経験し、幅広い視野を養います。'},
        {'title': 'フレックスタイム制', 'text': 'コアタイムのない制度で、育児や介護と仕事の両立を後押しします。'}]
    facts['supportTitle'] = '両立支援制度'
    facts['supportSystems'] = [
        {'name': '育児休業', 'duration': '子が3歳まで', 'text': '男性職員も多く取得しています。'},
        {'name': '育児短時間勤務', 'duration': '子が小学校3年生修了まで', 'text': '勤務時間を短くして働けます。'},
        {'name': '子の看護休暇', 'duration': '年5日', 'text': '子が2人以上の場合は年10日です。'},
        {'name': '介護休業', 'duration': '通算93日まで', 'text': '3回まで分割して取得できます。'},
        {'name': '配偶者同行休業', 'duration': '最長3年', 'text': '配偶者の海外赴任に同行できます。'},
        {'name': '海外赴任時の帯同支援', 'duration': '赴任期間中', 'text': '子女教育手当などで家族の帯同を支えます。'}]
    facts['supportSource'] = ''
    facts['training'] = {'title': '人材育成', 'paragraphs': [
        '入構後は新入職員研修で貿易実務やマーケティングの基礎を学び、本部・国内事務所での勤務を通じて企業支援の現場を経験します。',
        '語学研修や海外での実務研修、大学院への派遣なども用意しており、専門性と語学力を計画的に高めることができます。']}
    facts['keyFigures'] = []
    facts['pages'] = 2
    L, R = 36, W - 36

    def head(P, x, y, s, w):
        P.rect(x, y - 14, 4, 16, fill=RED)
        P.t(x + 10, y, s, 'G', 12, col=INK, ex='new')
        P.hl(x, y + 6, x + w, y + 6, 0.5, RED)

    # ---- p1: wide column (2) | narrow column (1) holding the numbers
    P = Page()
    P.t(L, 40, '独立行政法人', 'G', 9, col=GREY, ex='new')
    P.t(L, 72, '日本貿易振興機構', 'M', 24, col=INK, ex='new')
    P.t(L + sw('日本貿易振興機構', 'M', 24) + 2, 72, '（ジェトロ）', 'M', 13, col=INK, ex='cat')
    P.t(R, 72, 'JETRO', 'G', 28, 'r', RED, ex='new')
    P.t(L, 98, '職員採用案内', 'G', 16, col=RED, ex='new')
    P.t(R, 98, facts['edition']['asOfText'], 'G', 9, 'r', GREY, ex='new')
    P.rect(L, 108, R - L, 2.5, fill=RED)
    WX, WW = L, 330
    NX, NW = L + 345, R - (L + 345)
    # wide column
    P.t(WX, 136, facts['lead']['title'], 'G', 13, col=RED, ex='new')
    y = 152
    for tx in facts['lead']['text']:
        y = P.para(WX, y, WW, tx, 'M', 9, 15.5)
    y += 26
    head(P, WX, y, '職場の取組', WW)
    y = P.para(WX, y + 16, WW, facts['initiativesIntro'], 'M', 9, 15.5) + 4
    for it in facts['initiatives']:
        P.rect(WX, y + 2, 7, 7, fill=RED)
        P.t(WX + 11, y + 9, it['title'], 'G', 10, col=INK, ex='new')
        y = P.para(WX + 11, y + 16, WW - 11, it['text'], 'M', 9, 15.5) + 8
    y += 18
    head(P, WX, y, facts['training']['title'], WW)
    y += 16
    for tx in facts['training']['paragraphs']:
        y = P.para(WX, y, WW, tx, 'M', 9, 15.5) + 5
    # a career path (decoy: no fact) under the training text
    y += 8
    path = [('1～3年目', '本部で基礎を学ぶ'), ('4～5年目', '海外実務研修'), ('6～10年目', '国内事務所・本部'), ('11年目～', '海外事務所へ赴任')]
    for i, (a, b) in enumerate(path):
        yy = y + i * 30
        P.circ(WX + 8, yy + 10, 4, fill=RED)
        if i < len(path) - 1: P.hl(WX + 8, yy + 14, WX + 8, yy + 36, 1.0, RED)
        P.t(WX + 20, yy + 14, a, 'G', 9, col=RED, ex='new')
        P.t(WX + 90, yy + 14, b, 'M', 9, ex='tab')
    # narrow column (numbers)
    P.rect(NX - 6, 122, NW + 6, 690, fill=TINT)
    ny = 140
    P.t(NX, ny, facts['hiring']['intro'][0], 'G', 10, col=INK, ex='new')
    P.t(NX, ny + 13, facts['hiring']['intro'][1], 'M', 7.5, col=GREY, ex='new')
    tr = [['年度', '事務系', '理工系', '計']]
    for r in rows[:-1]:
        tr.append([r['label']] + [f"{r[k]['text']}（{r[k]['women']}）" for k in ('admin', 'tech', 'total')])
    tr.append([{'t': '合計', 'f': 'G'}] + [{'t': f"{sum(r[k]['count'] for r in rows[:-1])}（{sum(r[k]['women'] for r in rows[:-1])}）", 'f': 'G'}
                                          for k in ('admin', 'tech', 'total')])
    pr = rows[-1]
    tr.append([{'t': '2026年度\n（予定）', 'f': 'G', 'col': RED}] + [{'t': pr[k]['text'], 'f': 'G', 'col': RED} for k in ('admin', 'tech', 'total')])
    ny = table(P, NX, ny + 20, [44, 40, 40, NW - 124], tr, [16] + [16] * 6 + [26], sz=7.5, grid=False, rulecol=INK,
               bgs=[None] * 6 + [rgb('E4E4E0'), PINK], extra_hrules=(6,))
    ny = P.para(NX, ny + 4, NW, note, 'M', 7, 10.5)
    ny += 16
    P.t(NX, ny, '2026年度 採用予定の内訳', 'G', 9, col=INK, ex='new')
    cx, cy, r0 = NX + 40, ny + 52, 38
    tot = pr['total']['count']
    ang = 90
    for k, col in (('admin', RED), ('tech', BLUE)):
        ext = -360 * pr[k]['count'] / tot
        P.wedge(cx, cy, r0, ang, ext, col)
        ang += ext
    P.circ(cx, cy, 22, fill=TINT)
    P.t(cx, cy + 4, f"{tot}名", 'G', 11, 'c', INK, ex='new')
    for i, (k, col) in enumerate((('admin', RED), ('tech', BLUE))):
        P.rect(NX + 88, cy - 14 + i * 20, 7, 7, fill=col)
        P.t(NX + 99, cy - 7 + i * 20, f"{facts['hiring']['tracks'][k]} {pr[k]['count']}名", 'G', 8.5, col=INK, ex='new')
    ny = cy + r0 + 26
    P.t(NX, ny, facts['exams']['title'], 'G', 9, col=INK, ex='new')
    P.t(NX, ny + 14, exam_name, 'M', 8, col=INK, ex='new')
    er = [['系統', '区分', '人数']]
    for tr_, b in exams:
        for i, (c_, n) in enumerate(b):
            er.append([{'t': tr_, 'rs': len(b)} if i == 0 else None, {'t': c_, 'al': 'l', 'sz': 7.5}, {'t': f'{n}名', 'al': 'r'}])
    table(P, NX, ny + 20, [36, 94, NW - 130], er, [16] + [16] * 5, sz=8, hbg=PINK, rulecol=rgb('999999'))
    P1 = P

    # ---- p2: narrow column (numbers) | wide column
    P = Page()
    P.t(L, 30, '日本貿易振興機構（ジェトロ） 職員採用案内', 'G', 7.5, col=GREY, furn=True)
    P.rect(L, 36, R - L, 1.5, fill=RED)
    NX, NW = L, 175
    WX, WW = L + 190, R - (L + 190)
    P.rect(NX, 50, NW + 6, 760, fill=TINT)
    ny = 70
    P.t(NX + 4, ny, '配属先', 'G', 12, col=INK, ex='new')
    P.t(NX + 4, ny + 16, facts['assignments']['intro'], 'M', 8, ex='new')
    ar = [['配属先', '事務系', '理工系']] + [[{'t': u, 'al': 'l', 'sz': 7.5}, dash(a), dash(t)] for u, a, t in units]
    ar.append([{'t': '計', 'f': 'G'}, {'t': '17', 'f': 'G'}, {'t': '4', 'f': 'G'}])
    ny = table(P, NX + 4, ny + 24, [101, 34, 34], ar, [16] + [17] * 10, sz=8, grid=False, rulecol=INK, extra_hrules=(10,))
    ny += 34
    P.t(NX + 4, ny, 'ジェトロの拠点', 'G', 12, col=INK, ex='new')
    for i, (a, b) in enumerate((('海外事務所', '55か国・76か所'), ('国内事務所', '49か所'), ('職員数', '約1,900人'))):
        yy = ny + 18 + i * 42
        P.rect(NX + 4, yy, NW - 8, 36, fill=white, stroke=rgb('CCCCCC'), lw=0.5)
        P.t(NX + 12, yy + 14, a, 'G', 8, col=GREY, ex='new')
        P.t(NX + NW - 12, yy + 29, b, 'G', 13, 'r', RED, ex='new')
    P.t(NX + 4, ny + 18 + 3 * 42 + 6, '※2025年4月時点', 'M', 7, col=GREY, ex='new')
    # wide column
    y = 70
    head(P, WX, y, facts['supportTitle'], WW)
    y += 16
    for it in facts['supportSystems']:
        P.rect(WX, y, WW, 38, stroke=rgb('DDDDDD'), lw=0.5)
        P.t(WX + 8, y + 14, it['name'], 'G', 9.5, col=INK, ex='new')
        dw = sw(it['duration'], 'G', 8.5) + 14
        P.rect(WX + WW - 8 - dw, y + 4, dw, 14, fill=PINK)
        P.t(WX + WW - 15, y + 14.5, it['duration'], 'G', 8.5, 'r', RED, ex='tab')
        P.t(WX + 8, y + 31, it['text'], 'M', 8.5, ex='new')
        y += 44
    y += 26
    head(P, WX, y, 'お問い合わせ', WW)
    y += 12
    for c in facts['contacts']:
        P.t(WX, y + 12, f'【{c["track"]}】', 'G', 8.5, col=RED, ex='new')
        P.t(WX, y + 28, c['office'], 'G', 10, col=INK, ex='new')
        P.t(WX, y + 44, 'TEL ' + c['tel'][0], 'M', 9, ex='new')
        P.t(WX + 120, y + 44, 'E-mail ' + c['email'][0], 'M', 9, ex='tab')
        y += 58
    y += 22
    head(P, WX, y, 'アクセス（本部）', WW)
    y = P.para(WX, y + 14, WW, facts['access']['address'], 'M', 9, 15) + 2
    for r in facts['access']['routes']:
        P.circ(WX + 3, y + 6, 2.5, fill=RED)
        y = P.para(WX + 10, y, WW - 10, r.replace('『', '').replace('』', ''), 'M', 9, 15) + 2
    P.t(R, 824, '2', 'G', 8, 'r', GREY, furn=True)
    return [P1, P], facts

# ================================================================ driver
def verify(pages, facts, pdf, seed):
    """Every check; raises Refused.  Writes the PDF to `pdf`.  Returns (fact checks, kinds, expected)."""
    check_pages(pages)
    expected = '\n\f\n'.join('\n'.join(P.ex) for P in pages) + '\n'
    check_facts(facts, expected)
    n, kinds = score_standin(facts, expected)
    render(pages, pdf, seed)
    check_pdf(pages, pdf)
    import zlib
    from reportlab.lib.rl_accel import asciiBase85Decode
    raw = open(pdf, 'rb').read()
    bt = 0
    for m in re.finditer(rb'<<([^<>]*?(?:<<[^<>]*>>[^<>]*?)*)>>\s*stream\r?\n(.*?)endstream', raw, re.S):
        head, d = m.group(1), m.group(2)
        if b'ASCII85Decode' not in head:
            continue
        d = asciiBase85Decode(d.strip().decode('latin-1'))
        d = zlib.decompress(d.encode('latin-1') if isinstance(d, str) else d)
        bt += len(re.findall(rb'(?<![A-Za-z])BT(?![A-Za-z])', d)) - d.count(b'BT /F1 12 Tf 14.4 TL ET')
    items = sum(len(P.items) for P in pages)
    if bt != items:
        raise Refused(f'BT count {bt} != items {items}')
    return n, kinds, expected

def build(name, fn, seed, outdir=OUT):
    pages, facts = fn()
    os.makedirs(outdir, exist_ok=True)
    pdf = os.path.join(outdir, name + '.pdf')
    tmp = pdf + '.tmp'
    try:
        n, kinds, expected = verify(pages, facts, tmp, seed)
    except Refused:
        if os.path.exists(tmp): os.remove(tmp)
        raise
    os.replace(tmp, pdf)
    with open(os.path.join(outdir, name + '.expected.txt'), 'w') as f: f.write(expected)
    with open(os.path.join(outdir, name + '.facts.json'), 'w') as f:
        json.dump(facts, f, ensure_ascii=False, indent=2); f.write('\n')
    return n, kinds, [len(P.items) for P in pages]

def _content_page(pages):
    return max(range(len(pages)), key=lambda i: len(pages[i].items))

def _f_overlap(pages, facts):
    P = pages[_content_page(pages)]
    it = next(i for i in P.items if not i.furn and len(i.s) > 3)
    P.items.append(Item(it.x + 1, it.y, it.s, it.f, it.sz, it.cs, it.col, it.mode, False, None)); P.ex.append(it.s)
def _f_extra(pages, facts): pages[-1].ex[0] += '字'
def _f_count(pages, facts): facts['hiring']['rows'][0]['admin']['count'] += 1
def _f_women(pages, facts): facts['hiring']['rows'][1]['tech']['women'] += 1
def _f_assign(pages, facts):
    r = facts['assignments']['rows'][0]; r['admin'] = (r['admin'] or 0) + 1
def _f_exam(pages, facts): facts['exams']['entries'][0]['breakdown'][0]['count'] += 1
def _f_exam_total(pages, facts):
    e = facts['exams']['entries'][-1]; e['breakdown'][-1]['count'] += 1; e['total'] += 1
def _f_kinsoku(pages, facts): pages[-1].wrapped.append(('。から始まる行', 200, 'M', 9))
def _f_email(pages, facts): facts['contacts'][0]['email'][0] = 'nobody-' + facts['contacts'][0]['email'][0]
def _f_emoji(pages, facts):
    P = pages[-1]
    it = next(i for i in P.items if not i.furn)
    it.s += '\U0001F600'
    P.ex.append('\U0001F600')
def _f_edge(pages, facts):
    it = next(i for i in pages[-1].items if not i.furn); it.x = 6
def _f_planned_women(pages, facts): facts['hiring']['rows'][-1]['admin']['women'] = 1

FAULTS = [('overlapping copy', _f_overlap), ('extra expected char', _f_extra), ('hiring count +1', _f_count),
          ('women +1', _f_women), ('assignment +1', _f_assign), ('exam count +1', _f_exam),
          ('exam count +1 with its total', _f_exam_total), ('kinsoku line', _f_kinsoku), ('e-mail not printed', _f_email),
          ('emoji glyph', _f_emoji), ('item in edge margin', _f_edge), ('women on the planned row', _f_planned_women)]

def selftest():
    bad = 0
    with tempfile.TemporaryDirectory() as d:
        for name, (fn, seed) in BROCHURES.items():
            for label, fault in FAULTS:
                pages, facts = fn()
                fault(pages, facts)
                try:
                    verify(pages, facts, os.path.join(d, 'x.pdf'), seed)
                    print(f'{name}: {label}: NOT REFUSED'); bad += 1
                except Refused as e:
                    print(f'{name}: {label}: refused ({str(e)[:90]})')
    print('selftest', 'FAILED' if bad else 'passed: every injected fault refused')
    return 1 if bad else 0

BROCHURES = {'sakai-2026': (sakai, 29001), 'miyagi-2026': (miyagi, 29002), 'jetro-2026': (jetro, 29003)}

def main(argv):
    if '--selftest' in argv:
        return selftest()
    names = [a for a in argv if not a.startswith('-')] or list(BROCHURES)
    total = 0
    for name in names:
        fn, seed = BROCHURES[name]
        n, kinds, items = build(name, fn, seed)
        total += n
        print(f'{name}: {n} fact checks {dict(kinds)}; text items per page {items}')
    print(f'total fact checks: {total}')
    return 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
