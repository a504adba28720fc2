#!/usr/bin/env python3
"""Holdout set 25 (blind): three synthetic recruitment brochures, self-contained.

    python3 Fixtures/generate_holdout25.py               # all three
    python3 Fixtures/generate_holdout25.py nagano-2026   # one

Writes Fixtures/holdout25/NAME.pdf, NAME.expected.txt, NAME.facts.json.  Every visual text line
is its own text object at an absolute position; the text objects of a page are drawn after its
graphics in a seeded shuffled order.  The generator refuses a brochure whose text overlaps, leaves
the page, uses a glyph the font lacks, overflows a cell, breaks against kinsoku, whose drawn text
differs from the expected text (multiset of characters per page, also against `pdftotext`), whose
fact strings are not printed or whose numbers do not add up, and it checks that a stand-in extract
built from the facts scores full marks with Scripts/score_extract.py's checks().
Needs reportlab, the IPAex fonts (fonts-ipaexfont) and pdftotext (poppler-utils).
"""
import collections, json, os, random, subprocess, sys, unicodedata

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import HexColor, white, black

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout25')
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))

FONTFILES = {'G': ('H25Gothic', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'),
             'M': ('H25Mincho', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf')}
TTF = {}
for key, (name, path) in FONTFILES.items():
    TTF[key] = TTFont(name, path)
    pdfmetrics.registerFont(TTF[key])

A4 = (595.28, 841.89)
GREY = HexColor('#555555')
LIGHT = HexColor('#DDDDDD')


def W(s, f, sz):
    return pdfmetrics.stringWidth(s, FONTFILES[f][0], sz)


class Fail(Exception):
    pass


# ---------------------------------------------------------------- line breaking (kinsoku)
NO_START = set('、。，．）」』】〕〉》］｝ー・：；！？!?),.%％々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ゛゜')
NO_END = set('（「『【〔〈《［｛(')
ASCII_RUN = set('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@.-_:/%,')


def tokens(s):
    out, i = [], 0
    while i < len(s):
        if s[i] in ASCII_RUN:
            j = i
            while j < len(s) and s[j] in ASCII_RUN:
                j += 1
            out.append(s[i:j]); i = j
        else:
            out.append(s[i]); i += 1
    return out


def wrap(s, f, sz, width, toks=None):
    toks = toks if toks is not None else tokens(s)
    lines, cur = [], []
    for t in toks:
        if cur and W(''.join(cur) + t, f, sz) > width:
            nxt = [t]
            # kinsoku: the next line may not start with a closing mark, this one not end with an opener
            while nxt[0][0] in NO_START and len(cur) > 1:
                nxt.insert(0, cur.pop())
            while cur and cur[-1][-1] in NO_END and len(cur) > 1:
                nxt.insert(0, cur.pop())
            lines.append(''.join(cur).rstrip())
            cur = nxt
            if W(''.join(cur), f, sz) > width and len(cur) > 1:  # a pushed-back run may be too long
                raise Fail(f'cannot wrap {s!r}')
        else:
            cur.append(t)
    if cur:
        lines.append(''.join(cur).rstrip())
    lines = [l.lstrip() for l in lines]
    for a, b in zip(lines, lines[1:]):
        if b[0] in NO_START or a[-1] in NO_END:
            raise Fail(f'kinsoku {a!r} / {b!r}')
    for l in lines:
        if W(l, f, sz) > width + 0.01:
            raise Fail(f'line too wide {l!r}')
    return lines


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, size):
        self.w, self.h = size
        self.items, self.gfx, self.lines = [], [], []


class Doc:
    def __init__(self, name, seed):
        self.name, self.seed, self.pages = name, seed, []

    def page(self, size=A4):
        self.pages.append(Page(size)); return self.pages[-1]

    @property
    def pg(self):
        return self.pages[-1]

    def L(self, n=1):
        ln = [[] for _ in range(n)]
        self.pg.lines.append(ln)
        return ln

    def T(self, x, y, s, f='M', sz=9, color=black, ln=None, c=0, sep='', align='l', mode=0, cs=0):
        """y: baseline from the top of the page.  Returns the width."""
        if not s:
            raise Fail('empty text item')
        w = W(s, f, sz) + cs * max(len(s) - 1, 0)
        if align == 'r': x -= w
        elif align == 'c': x -= w / 2
        self.pg.items.append(dict(x=x, y=y, s=s, f=f, sz=sz, color=color, mode=mode, w=w, cs=cs))
        if ln is None:
            ln = self.L()
        ln[c].append((sep if ln[c] else '', s))
        return w

    def G(self, fn):
        self.pg.gfx.append(fn)

    # graphics helpers (top-down coordinates)
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, r=0):
        H = self.pg.h
        def fn(c):
            c.saveState()
            if fill is not None: c.setFillColor(fill)
            if stroke is not None: c.setStrokeColor(stroke); c.setLineWidth(lw)
            if r: c.roundRect(x, H - y - h, w, h, r, fill=fill is not None, stroke=stroke is not None)
            else: c.rect(x, H - y - h, w, h, fill=fill is not None, stroke=stroke is not None)
            c.restoreState()
        self.G(fn)

    def hline(self, x1, x2, y, color=black, lw=0.5, dash=None):
        self.seg(x1, y, x2, y, color, lw, dash)

    def vline(self, x, y1, y2, color=black, lw=0.5, dash=None):
        self.seg(x, y1, x, y2, color, lw, dash)

    def seg(self, x1, y1, x2, y2, color=black, lw=0.5, dash=None):
        H = self.pg.h
        def fn(c):
            c.saveState(); c.setStrokeColor(color); c.setLineWidth(lw)
            if dash: c.setDash(*dash)
            c.line(x1, H - y1, x2, H - y2); c.restoreState()
        self.G(fn)

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.6):
        H = self.pg.h
        def fn(c):
            c.saveState()
            if fill is not None: c.setFillColor(fill)
            if stroke is not None: c.setStrokeColor(stroke); c.setLineWidth(lw)
            c.circle(x, H - y, r, fill=fill is not None, stroke=stroke is not None); c.restoreState()
        self.G(fn)

    def poly(self, pts, fill):
        H = self.pg.h
        def fn(c):
            c.saveState(); c.setFillColor(fill)
            p = c.beginPath(); p.moveTo(pts[0][0], H - pts[0][1])
            for x, y in pts[1:]: p.lineTo(x, H - y)
            p.close(); c.drawPath(p, fill=1, stroke=0); c.restoreState()
        self.G(fn)

    # text helpers
    def para(self, x, y, width, s, f='M', sz=9, lead=None, color=black, toks=None, first=None):
        """Wrapped paragraph, each visual line its own expected line.  Returns y of the next baseline."""
        lead = lead or sz * 1.6
        for i, l in enumerate(wrap(s, f, sz, width, toks)):
            self.T(x, y, l, f, sz, color)
            y += lead
        return y

    def table(self, x, y, colw, rows, rowh, f='M', sz=8.5, rule=black, lw=0.5, pad=3, lead=None,
              grid=True, hfills=None, outer=None):
        """rows: list of lists of cells; a cell is None (covered) or dict(t=str|list, cs, rs, a, f, sz,
        color, fill, bold).  rowh: list of heights.  Cells that a row- or column-span covers are None.
        One expected line per row: the cells that start in it, an empty cell under a row span."""
        lead = lead or sz * 1.25
        xs = [x]
        for w in colw: xs.append(xs[-1] + w)
        ys = [y]
        for h in rowh: ys.append(ys[-1] + h)
        cover = {}
        for r, row in enumerate(rows):
            if len(row) != len(colw): raise Fail(f'row {r} has {len(row)} cells')
            for c, cell in enumerate(row):
                if cell is None: continue
                cell = row[c] = cell if isinstance(cell, dict) else dict(t=cell)
                cs, rs = cell.get('cs', 1), cell.get('rs', 1)
                for rr in range(r, r + rs):
                    for cc in range(c, c + cs):
                        if (rr, cc) in cover: raise Fail('cells overlap')
                        cover[(rr, cc)] = (r, c)
        for r in range(len(rows)):
            for c in range(len(colw)):
                if (r, c) not in cover: raise Fail(f'hole in table at {r},{c}')
        # fills first
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if cell is None or cell.get('fill') is None: continue
                cs, rs = cell.get('cs', 1), cell.get('rs', 1)
                self.rect(xs[c], ys[r], xs[c + cs] - xs[c], ys[r + rs] - ys[r], fill=cell['fill'])
        if grid:
            for r in range(len(rows) + 1):
                # horizontal rule segments not crossing a row span
                for c in range(len(colw)):
                    if 0 < r < len(rows) and cover[(r, c)] == cover[(r - 1, c)]: continue
                    self.hline(xs[c], xs[c + 1], ys[r], rule, lw)
            for c in range(len(colw) + 1):
                for r in range(len(rows)):
                    if 0 < c < len(colw) and cover[(r, c)] == cover[(r, c - 1)]: continue
                    self.vline(xs[c], ys[r], ys[r + 1], rule, lw)
        elif outer:
            outer(xs, ys)
        for r, row in enumerate(rows):
            cells = []
            for c in range(len(colw)):
                sr, sc = cover[(r, c)]
                if sc != c: continue
                cells.append((sr, sc))
            ln = self.L(len(cells))
            for k, (sr, sc) in enumerate(cells):
                if sr != r: continue  # under a row span: empty cell
                cell = rows[sr][sc]
                cs, rs = cell.get('cs', 1), cell.get('rs', 1)
                x0, x1, y0, y1 = xs[sc], xs[sc + cs], ys[sr], ys[sr + rs]
                t = cell['t']
                if t in ('', None): continue
                parts = t if isinstance(t, list) else [t]
                cf, csz = cell.get('f', f), cell.get('sz', sz)
                clead = cell.get('lead', lead)
                # a part may be a list of (text, font, size, color) runs on one baseline
                runs = [p if isinstance(p, list) else [(p, cf, csz, cell.get('color', black))] for p in parts]
                hgt = (len(runs) - 1) * clead + csz
                if hgt > y1 - y0 - 1: raise Fail(f'cell overflows vertically: {parts}')
                base = y0 + (y1 - y0 - hgt) / 2 + csz * 0.88
                for i, rl in enumerate(runs):
                    tw = sum(W(s, rf, rsz) for s, rf, rsz, _ in rl)
                    if tw > x1 - x0 - 2 * pad + 0.01: raise Fail(f'cell overflows: {rl[0][0]!r}')
                    a = cell.get('a', 'l')
                    xx = x0 + pad if a == 'l' else (x1 - pad - tw if a == 'r' else (x0 + x1 - tw) / 2)
                    for s, rf, rsz, col in rl:
                        self.T(xx, base + i * clead, s, rf, rsz, col, ln=ln, c=k, mode=cell.get('mode', 0))
                        xx += W(s, rf, rsz)
        return ys[-1]


# ---------------------------------------------------------------- rendering and checks
def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(s.split()).replace('〜', '~').replace('～', '~')


def expected_text(doc):
    pages = []
    for p in doc.pages:
        out = []
        for ln in p.lines:
            out.append('\t'.join(''.join(sep + s for sep, s in cell) for cell in ln))
        pages.append('\n'.join(out))
    return '\n\f\n'.join(pages) + '\n'


def check_layout(doc):
    for pi, p in enumerate(doc.pages, 1):
        boxes = []
        for it in p.items:
            face = TTF[it['f']].face
            for ch in it['s']:
                if ch != ' ' and ord(ch) not in face.charToGlyph:
                    raise Fail(f'p{pi}: glyph {ch!r} not in font {it["f"]} ({it["s"]!r})')
            if it['s'] != it['s'].strip():
                raise Fail(f'p{pi}: text item with outer spaces {it["s"]!r}')
            x0, x1 = it['x'], it['x'] + it['w']
            y0, y1 = it['y'] - it['sz'] * 0.88, it['y'] + it['sz'] * 0.12
            if x0 < 10 or x1 > p.w - 10 or y0 < 10 or y1 > p.h - 10:
                raise Fail(f'p{pi}: off the page {it["s"]!r} ({x0:.0f},{y0:.0f})-({x1:.0f},{y1:.0f})')
            boxes.append((x0, y0, x1, y1, it['s']))
        boxes.sort()
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                if b[0] >= a[2] - 0.2: break
                if min(a[3], b[3]) - max(a[1], b[1]) > 0.2 and min(a[2], b[2]) - max(a[0], b[0]) > 0.2:
                    raise Fail(f'p{pi}: overlap {a[4]!r} / {b[4]!r}')
        drawn = collections.Counter(''.join(''.join(it['s'].split()) for it in p.items))
        exp = collections.Counter(''.join(''.join(s.split()) for ln in p.lines for cell in ln for _, s in cell))
        if drawn != exp:
            raise Fail(f'p{pi}: drawn != expected: {drawn - exp} / {exp - drawn}')


def render(doc, path):
    c = canvas.Canvas(path, pagesize=doc.pages[0].w and (doc.pages[0].w, doc.pages[0].h), invariant=1)
    c.setTitle(doc.name); c.setAuthor('BrochureKit holdout25'); c.setCreator('generate_holdout25.py')
    for pi, p in enumerate(doc.pages):
        c.setPageSize((p.w, p.h))
        for fn in p.gfx:
            fn(c)
        order = list(range(len(p.items)))
        random.Random(doc.seed * 100 + pi).shuffle(order)
        for i in order:
            it = p.items[i]
            c.saveState()
            t = c.beginText(it['x'], p.h - it['y'])
            t.setFont(FONTFILES[it['f']][0], it['sz'])
            t.setFillColor(it['color'])
            if it['mode']:
                t.setTextRenderMode(it['mode']); c.setStrokeColor(it['color']); c.setLineWidth(0.25)
            if it['cs']:
                t.setCharSpace(it['cs'])
            t.textOut(it['s'])
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()


def check_pdftotext(doc, path):
    for pi, p in enumerate(doc.pages, 1):
        out = subprocess.run(['pdftotext', '-f', str(pi), '-l', str(pi), path, '-'],
                             capture_output=True, text=True, check=True).stdout
        got = collections.Counter(''.join(out.split()))
        want = collections.Counter(''.join(''.join(it['s'].split()) for it in p.items))
        if got != want:
            raise Fail(f'p{pi}: pdftotext differs: {got - want} / {want - got}')


def check_facts(facts, exp_text, extra_ok=()):
    drawn = norm(exp_text)
    def printed(s, what):
        if not s: return
        # a composed fact (two-level contact: department line + office line) is printed in parts
        for part in (s.split() if s in extra_ok else [s]):
            if norm(part) not in drawn:
                raise Fail(f'{what} not printed: {s!r}')
    printed(facts['organization'], 'organization'); printed(facts['document'], 'document')
    printed(facts['edition']['asOfText'], 'edition')
    h = facts['hiring']
    for s in h['intro'] + h['note']: printed(s, 'hiring intro/note')
    for s in h['tracks'].values(): printed(s, 'hiring track')
    rows = h['rows']
    years = [r['fiscalYear'] for r in rows]
    if len(rows) < 5 or years != list(range(years[0], years[0] + len(rows))): raise Fail('years not consecutive')
    if [r['planned'] for r in rows] != [False] * (len(rows) - 1) + [True]: raise Fail('planned row')
    for r in rows:
        printed(r['label'], 'label'); printed(r['labelText'], 'labelText')
        t, a, b = r['total'], r['admin'], r['tech']
        if t['count'] != a['count'] + b['count']: raise Fail(f'sum {r["label"]}')
        if r['planned']:
            if any(x['women'] is not None for x in (t, a, b)): raise Fail('planned women')
        else:
            if t['women'] != a['women'] + b['women']: raise Fail(f'women sum {r["label"]}')
            if any(x['women'] > x['count'] for x in (t, a, b)): raise Fail('women > heads')
        if not h['textSynthesised']:
            for x in (t, a, b): printed(x['text'], 'count text')
    planned = rows[-1]
    last = rows[-2]
    e = facts['exams']
    printed(e['title'], 'exam title')
    if e['fiscalYear'] != planned['fiscalYear'] or e['fiscalYear'] != facts['edition']['year']:
        raise Fail('exam year')
    from score_extract import track, level
    keys = set()
    sums = collections.Counter()
    for en in e['entries']:
        printed(en['track'], 'exam track'); printed(en['exam'], 'exam')
        if sum(b['count'] for b in en['breakdown']) != en['total']: raise Fail('exam entry total')
        for b in en['breakdown']:
            printed(b['category'], 'category')
            k = (track(en['track']), level(en['exam']), norm(b['category']))
            if k in keys: raise Fail(f'exam key collision {k}')
            keys.add(k)
        sums[track(en['track'])] += en['total']
    if sums['administrative'] != planned['admin']['count'] or sums['technical'] != planned['tech']['count'] \
            or set(sums) - {'administrative', 'technical'}:
        raise Fail(f'exam sums {dict(sums)} vs planned')
    a = facts['assignments']
    printed(a['intro'], 'assignment intro')
    for s in a['tracks'].values(): printed(s, 'assignment track')
    if a['cohortFiscalYear'] != last['fiscalYear']: raise Fail('cohort year')
    units = [norm(r['unit']) for r in a['rows']]
    if len(set(units)) != len(units): raise Fail('duplicate unit')
    for r in a['rows']: printed(r['unit'], 'unit')
    sa = sum(r['admin'] or 0 for r in a['rows']); st = sum(r['tech'] or 0 for r in a['rows'])
    if (sa, st) != (a['totals']['admin'], a['totals']['tech']) or (sa, st) != (last['admin']['count'], last['tech']['count']):
        raise Fail(f'assignment sums {sa}/{st}')
    for c in facts['contacts']:
        for k in ('track', 'office', 'location'): printed(c.get(k), 'contact ' + k)
        for s in c['tel'] + c['email']: printed(s, 'contact')
    printed(facts['access']['address'], 'address')
    for r in facts['access']['routes']:
        printed(r.replace('『', '').replace('』', ''), 'route')
        if '『' not in r: raise Fail('route without station mark')
    printed(facts['lead']['title'], 'lead title')
    for s in facts['lead']['text']: printed(s, 'lead')
    for i in facts['initiatives']: printed(i['title'], 'initiative'); printed(i['text'], 'initiative text')
    printed(facts['supportTitle'], 'support title')
    for i in facts['supportSystems']:
        for k in ('name', 'duration', 'text'): printed(i[k], 'support ' + k)
    printed(facts['training']['title'], 'training title')
    for s in facts['training']['paragraphs']: printed(s, 'training')


def standin(facts):
    from score_extract import track, level
    h = facts['hiring']
    def cnt(x): return {'count': x['count'], 'women': x['women']}
    doc = {'organization': facts['organization'], 'edition': {'asOf': facts['edition']['asOf']}, 'sections': {
        'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': cnt(r['total']),
                             'administrative': cnt(r['admin']), 'technical': cnt(r['tech'])} for r in h['rows']]},
        'assignments': {'cohortFiscalYear': facts['assignments']['cohortFiscalYear'],
                        'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0}
                                 for r in facts['assignments']['rows']]},
        'examBreakdown': {'entries': [{'track': track(en['track']), 'level': level(en['exam']), 'category': b['category'],
                                       'count': b['count']} for en in facts['exams']['entries'] for b in en['breakdown']]},
        'contacts': [{'office': c['office'], 'phones': [{'number': ''.join(ch for ch in t if ch.isdigit())} for t in c['tel']],
                      'emails': c['email']} for c in facts['contacts']],
        'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in facts['access']['routes']]},
        'initiatives': [{'title': i['title']} for i in facts['initiatives']],
        'supportSystems': [{'name': i['name']} for i in facts['supportSystems']]}}
    return doc


def count_checks(facts):
    from score_extract import checks
    return len(checks(facts, {}, norm(json.dumps(facts, ensure_ascii=False))))


def build(name, fn):
    doc, facts, extra = fn()
    check_layout(doc)
    text = expected_text(doc)
    check_facts(facts, text, extra)
    from score_extract import checks
    res = checks(facts, standin(facts), norm(text))
    bad = [n for n, ok in res if not ok]
    n_all = count_checks(facts)
    if bad or len(res) != n_all:
        raise Fail(f'stand-in: {bad} {len(res)} vs {n_all}')
    os.makedirs(OUT, exist_ok=True)
    pdf = os.path.join(OUT, name + '.pdf')
    render(doc, pdf)
    check_pdftotext(doc, pdf)
    with open(os.path.join(OUT, name + '.expected.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    facts = dict(fixture=name, **facts)
    facts['pages'] = len(doc.pages)
    with open(os.path.join(OUT, name + '.facts.json'), 'w', encoding='utf-8') as f:
        json.dump(facts, f, ensure_ascii=False, indent=2); f.write('\n')
    print(f'wrote {name}: {len(doc.pages)} pages, {sum(len(p.items) for p in doc.pages)} text objects, '
          f'stand-in {len(res)}/{n_all} facts')


def row(fy, label, labelText, planned, t, a, b, synth=False):
    def cell(x):
        cnt, wom = x
        txt = str(cnt) if wom is None else f'{cnt}（{wom}）'
        return {'count': cnt, 'women': wom, 'text': txt}
    return dict(fiscalYear=fy, label=label, labelText=labelText, planned=planned,
                total=cell(t), admin=cell(a), tech=cell(b))


def hiring_rows(years, labels, labelTexts, admin, tech):
    """admin / tech: list of (count, women); the last is planned (women None)."""
    rows = []
    for i, fy in enumerate(years):
        a, b = admin[i], tech[i]
        planned = i == len(years) - 1
        t = (a[0] + b[0], None if planned else a[1] + b[1])
        rows.append(row(fy, labels[i], labelTexts[i], planned, t, a, b))
    return rows


def fmt(x):
    return str(x[0]) if x[1] is None else f'{x[0]}（{x[1]}）'


# ================================================================ 長野県
def nagano():
    d = Doc('nagano-2026', 2501)
    GREEN, DEEP, SKY, TINT, ORANGE = HexColor('#2E7D4F'), HexColor('#1D4F35'), HexColor('#DCEFF5'), HexColor('#EAF4EC'), HexColor('#D9822B')
    years = list(range(2021, 2027))
    labels = ['令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度', '令和8年度']
    admin = [(96, 43), (101, 47), (99, 46), (104, 50), (107, 52), (112, None)]
    tech = [(38, 9), (35, 8), (41, 11), (39, 12), (36, 10), (44, None)]
    rows = hiring_rows(years, labels, labels[:-1] + ['令和8年度（予定）'], admin, tech)
    lead_title = '山と人の暮らしを、次の世代へ。'
    lead = ['長野県は、77の市町村と3,000メートル級の山々、豊かな森と水をもつ、全国で4番目に広い県です。',
            '県庁と10の地域振興局を拠点に、防災、医療・福祉、観光、農林業、インフラなど、県民の暮らしの土台を支える仕事に、事務系・技術系の職員が取り組んでいます。']
    inits = [('ゆう活・フレックスタイム', '始業時刻を7時30分から10時まで15分単位で選べます。子育て中の職員は週1日の勤務時間ゼロの日も設定できます。'),
             ('テレワーク・サテライトオフィス', '全職員がノートパソコンを持ち、自宅や県内5か所のサテライトオフィスで勤務できます。'),
             ('信州の森で働く研修', '林務部の現場で間伐や森林調査を体験し、県土の8割を占める森林の仕事を知ります。'),
             ('キャリアチャレンジ制度', '希望する部署や業務に自ら手を挙げて異動を申し出ることができます。')]
    pull = ['「休みやすさ」は、', '仕事の質を上げる。']
    pull_by = '― 総務部 職員課 働き方改革担当'

    # ---------------- page 1
    d.page()
    p = d.pg
    M, RX = 40, 548        # content left / right; the outer-margin tab strip is x 556-595 on page 1
    d.rect(0, 0, p.w, 150, fill=DEEP)
    d.poly([(0, 150), (90, 92), (150, 120), (240, 62), (330, 118), (400, 84), (470, 126), (520, 104), (595.28, 138), (595.28, 150)], GREEN)
    d.poly([(0, 150), (60, 128), (140, 142), (220, 116), (300, 140), (380, 124), (470, 146), (595.28, 132), (595.28, 150)], HexColor('#4E9A6B'))
    d.T(M, 34, 'NAGANO PREFECTURE', 'G', 9, white, cs=1.5)
    d.T(M, 68, '長野県職員採用ガイド', 'G', 26, white, mode=2)
    d.T(M, 92, '大学卒業程度　事務系・技術系', 'M', 11, white)
    # contents (decoy): names and page numbers, no content
    bx, by, bw = 392, 26, 150
    d.rect(bx, by, bw, 104, fill=white, stroke=GREEN, lw=0.8, r=4)
    d.T(bx + 10, by + 17, 'CONTENTS', 'G', 8.5, GREEN, cs=1)
    toc = [('01', '長野県で働く', '1'), ('02', '採用実績', '1'), ('03', '働きやすさへの取組', '1'),
           ('04', '配属・採用予定', '2'), ('05', '両立支援・研修', '2'), ('06', 'お問い合わせ', '2')]
    for i, (n, s, pg) in enumerate(toc):
        yy = by + 33 + i * 12.5
        ln = d.L(3)
        d.T(bx + 10, yy, n, 'G', 8, ORANGE, ln=ln, c=0)
        d.T(bx + 28, yy, s, 'M', 8, ln=ln, c=1)
        d.T(bx + bw - 10, yy, pg, 'G', 8, ln=ln, c=2, align='r')

    def tab(num, y, right=True):
        # a numbered chapter tab on the outer margin
        x = 556 if right else 0
        d.rect(x, y - 20, 39.28, 30, fill=ORANGE)
        d.T(x + (16 if right else 23.3), y, num, 'G', 14, white, align='c')

    def heading(num, title, en, y, right=True):
        tab(num, y, right)
        x0 = M if right else 56
        d.hline(x0, RX if right else 555, y + 6, GREEN, 1.2)
        ln = d.L()
        w = d.T(x0, y, title, 'G', 14, DEEP, mode=2, ln=ln)
        d.T(x0 + w + 10, y, en, 'G', 8, GREEN, cs=1, ln=ln, sep=' ')

    # 01 lead
    heading('01', '長野県で働く', 'WORKING IN NAGANO', 180)
    d.T(M, 204, lead_title, 'M', 15, DEEP)
    y = 226
    for s in lead:
        y = d.para(M, y, RX - M, s, 'M', 9.2, 15.5)
    # 02 hiring, with decoy tiles on the right of the table
    hy = y + 20
    heading('02', '採用実績', 'RECRUITMENT', hy)
    intro = '大学卒業程度試験による採用者数（人）　（　）内は女性で内数'
    d.T(M, hy + 22, intro, 'M', 8.5)
    trow = [['年度', '事務系', '技術系', '計']]
    for r in rows:
        lab = r['label'] if not r['planned'] else dict(t=[r['label'], '（予定）'], fill=TINT)
        cells = [lab, dict(t=fmt((r['admin']['count'], r['admin']['women'])), a='r'),
                 dict(t=fmt((r['tech']['count'], r['tech']['women'])), a='r'),
                 dict(t=fmt((r['total']['count'], r['total']['women'])), a='r', f='G')]
        if r['planned']:
            for c in cells[1:]: c['fill'] = TINT
        trow.append(cells)
    for c in range(4):
        trow[0][c] = dict(t=trow[0][c], f='G', fill=GREEN, color=white, a='c')
    ty = hy + 32
    tend = d.table(M, ty, [88, 82, 82, 82], trow, [18] + [17] * 5 + [26], sz=9, rule=HexColor('#7FA88E'))
    note = ['※令和8年度は採用予定数です（女性の内訳は未定）。', '※社会人経験者選考・障がい者選考による採用は含みません。']
    yy = tend + 13
    for s in note:
        d.T(M, yy, s, 'M', 7.5, GREY); yy += 11
    # tiles: big number + small unit run, caption; interleaved with the table rows by height
    tiles = [('77', '市町村', '県内の市町村数'), ('10', '局', '地域振興局'),
             ('27.4', '歳', '新規採用職員の平均年齢'), ('92.1', '%', '男性職員の育児休業取得率')]
    tx = 390
    for i, (num, unit, cap) in enumerate(tiles):
        t0 = ty + i * 34
        d.rect(tx, t0, 158, 30, fill=SKY, r=3)
        ln = d.L()
        w = d.T(tx + 10, t0 + 22, num, 'G', 18, DEEP, ln=ln)
        d.T(tx + 10 + w + 1, t0 + 22, unit, 'G', 8, DEEP, ln=ln)
        d.T(tx + 150, t0 + 20, cap, 'M', 7.2, GREY, align='r')
    # 03 initiatives: flowing over two columns, a pull-quote in column 2
    iy = yy + 20
    heading('03', '働きやすさへの取組', 'WORK STYLE', iy)
    cw = (RX - M - 24) / 2
    cols = [(M, iy + 24), (M + cw + 24, iy + 24)]
    col, (cx, cy) = 0, cols[0]
    bottom = 800
    init_intro = '長野県では、職員一人ひとりが力を発揮できるよう、時間と場所にとらわれない働き方を進めています。'
    lines = [('M', 9, l) for l in wrap(init_intro, 'M', 9, cw)]
    flow = [('intro', lines)]
    for t, s in inits:
        flow.append(('title', [('G', 10, '■' + t)]))
        flow.append(('text', [('M', 9, l) for l in wrap(s, 'M', 9, cw)]))
    # column 1 takes the lines up to the middle of an initiative's text; column 2 starts with the
    # continuation, then the pull-quote, then the remaining initiatives
    seq = []
    for kind, ls in flow:
        for i, (f, sz, l) in enumerate(ls):
            seq.append((kind, i, f, sz, l))
    placed_pull = False
    PULLH = 6 + 24 + 21 * len(pull) + 8 + 22
    def hgt(k):
        return (5 if k[0] == 'title' else 0) + (16 if k[2] == 'G' else 15)
    total = sum(hgt(k) for k in seq) + PULLH
    acc, split = 0, None
    for i, k in enumerate(seq):
        acc += hgt(k)
        if acc >= total / 2 and k[0] == 'text' and i + 1 < len(seq) and seq[i + 1][0] == 'text':
            split = i + 1; break
    for i, (kind, li, f, sz, l) in enumerate(seq):
        if i == split:
            col = 1; cx, cy = cols[1]
        if col == 1 and kind == 'title' and not placed_pull:
            cy += 6
            d.hline(cx, cx + cw, cy, ORANGE, 1.5)
            cy += 24
            for q in pull:
                d.T(cx + cw / 2, cy, q, 'M', 15, ORANGE, align='c'); cy += 21
            d.T(cx + cw - 4, cy - 2, pull_by, 'M', 7, GREY, align='r')
            cy += 8
            d.hline(cx, cx + cw, cy, ORANGE, 1.5)
            cy += 22
            placed_pull = True
        if kind == 'title':
            cy += 5
        d.T(cx, cy, l, f, sz, DEEP if f == 'G' else black)
        cy += 16 if f == 'G' else 15
        if cy > 806: raise Fail('initiatives overflow the page')
    if col != 1: raise Fail('initiatives did not flow into column 2')
    d.vline(M + cw + 12, iy + 14, cy - 6, LIGHT, 0.6)
    # two photos with captions (decoys) under the columns
    py = cy + 8
    if py > 712: raise Fail('no room for the photos')
    for i, cap in enumerate(['安曇野市の農業改良普及センターで', '諏訪湖の水質調査（環境部）']):
        px = M + i * (cw + 24)
        d.rect(px, py, cw, 806 - py - 22, fill=LIGHT)
        d.T(px, 800, cap, 'M', 7.5, GREY)

    # ---------------- page 2 (tabs on the left: the outer margin of an even page)
    d.page()
    M, RX = 56, 555
    d.hline(M, RX, 30, GREEN, 0.8)
    assign = [('危機管理部', 4, None), ('企画振興部', 6, None), ('総務部', 8, None), ('県民文化部', 5, None),
              ('健康福祉部', 9, 1), ('環境部', 3, 2), ('産業労働部', 6, None), ('観光スポーツ部', 4, None),
              ('農政部', 5, 7), ('林務部', 2, 5), ('建設部', 4, 13), ('会計局', 3, None),
              ('地域振興局', 38, 8), ('教育委員会事務局', 6, None), ('警察本部', 4, None)]
    A = sum(a for _, a, _ in assign); B = sum(b or 0 for _, _, b in assign)
    assert (A, B) == (107, 36), (A, B)
    heading('04', '配属・採用予定', 'ASSIGNMENT & 2026', 62, right=False)
    a_intro = '令和7年度採用者の配属先（事務系107名・技術系36名）'
    d.T(M, 86, a_intro, 'G', 9.5, DEEP)
    y = 106
    for tr, idx in (('事務系', 1), ('技術系', 2)):
        toks = []
        items = [(u, a if idx == 1 else b) for u, a, b in assign]
        items = [(u, n) for u, n in items if n]
        for i, (u, n) in enumerate(items):
            toks.append(f'{u} {n}名' + ('、' if i < len(items) - 1 else ''))
        lab = f'【{tr}】'
        lw_ = W(lab, 'G', 9)
        ln = d.L()
        d.T(M, y, lab, 'G', 9, GREEN, ln=ln)
        lines = wrap(''.join(toks), 'M', 9, RX - M - lw_ - 4, toks=toks)
        # the label and the first run line share a baseline: one line
        for i, l in enumerate(lines):
            d.T(M + lw_ + 4, y, l, 'M', 9, ln=ln if i == 0 else None, sep=''); y += 15
        y += 4
    d.T(RX, y, '※本庁の部局は県庁（長野市）。地域振興局は佐久・上田・諏訪・上伊那・南信州・木曽・松本・北アルプス・長野・北信の10局の合計です。', 'M', 6.8, GREY, align='r')
    y += 24
    ex_title = '令和8年度 大学卒業程度試験 採用予定数'
    d.T(M, y, ex_title, 'G', 10, DEEP)
    y += 10
    ex_admin = [('行政A', 72), ('行政B（早期SPI枠）', 20), ('警察行政', 8), ('学校事務', 12)]
    ex_tech = [('総合土木', 18), ('建築', 4), ('農業', 6), ('林業', 7), ('化学', 3), ('獣医師', 6)]
    assert sum(n for _, n in ex_admin) == 112 and sum(n for _, n in ex_tech) == 44
    # two side-by-side ruled tables, merged header two rows deep
    def extable(x, tr, cats, total):
        rr = [[dict(t=tr, cs=2, f='G', fill=GREEN, color=white, a='c'), None],
              [dict(t='試験区分', f='G', fill=TINT, a='c'), dict(t='予定数', f='G', fill=TINT, a='c')]]
        for c, n in cats:
            rr.append([c, dict(t=f'{n}名', a='r')])
        rr.append([dict(t='計', f='G', a='c'), dict(t=f'{total}名', a='r', f='G')])
        return d.table(x, y, [150, 70], rr, [17, 16] + [16] * (len(cats) + 1), sz=8.8, rule=HexColor('#7FA88E'))
    e1 = extable(M, '事務系', ex_admin, 112)
    e2 = extable(M + 262, '技術系', ex_tech, 44)
    y = max(e1, e2) + 12
    d.T(M, y, '※採用予定数は今後変更になる場合があります。', 'M', 7.5, GREY)
    # 05 support + training
    y += 34
    heading('05', '両立支援・研修', 'SUPPORT & TRAINING', y, right=False)
    sup_title = '子育て・介護と仕事の両立'
    sups = [('育児休業', '子が3歳になるまで', '男性職員の取得率は9割を超えています。'),
            ('部分休業', '子が小学校を卒業するまで', '1日2時間まで勤務しないことができます。'),
            ('介護休暇', '通算6か月', '3回まで分割して取得できます。'),
            ('子の看護休暇', '年5日（子が2人以上は10日）', '学級閉鎖や予防接種にも使えます。')]
    cw = (RX - M - 24) / 2
    ly = y + 26
    d.T(M, ly, sup_title, 'G', 10, DEEP)
    ly += 20
    for n, du, s in sups:
        ln = d.L(2)
        d.T(M, ly, '●' + n, 'G', 9.2, ln=ln, c=0)
        d.T(M + cw, ly, du, 'M', 8.5, GREEN, ln=ln, c=1, align='r')
        ly += 14
        ly = d.para(M + 10, ly, cw - 10, s, 'M', 8.5, 13) + 4
    tr_title = '成長を支える研修'
    trn = ['採用後3年間は、本庁と地域振興局を一度ずつ経験するジョブローテーションで、県政の全体像をつかみます。',
           '自治大学校や中央省庁への派遣、市町村との人事交流、大学院修学休業など、学びの機会を用意しています。']
    rx = M + cw + 24
    ry = y + 26
    d.T(rx, ry, tr_title, 'G', 10, DEEP)
    ry += 20
    for s in trn:
        ry = d.para(rx, ry, cw, s, 'M', 8.8, 14) + 4
    d.vline(M + cw + 12, y + 16, max(ly, ry), LIGHT, 0.6)
    # 06 contacts + access
    y = max(ly, ry) + 24
    heading('06', 'お問い合わせ', 'CONTACT & ACCESS', y, right=False)
    contacts = [dict(track='事務系', office='人事委員会事務局 任用課', location='県庁本館5階', tel=['026-235-7461'], email=['ninyo-saiyo@pref.nagano.lg.jp']),
                dict(track='技術系', office='建設部 建設政策課 技術管理室', location='県庁本館8階', tel=['026-235-7318'], email=['gijutsu-jinzai@pref.nagano.lg.jp'])]
    cy = y + 26
    for k in contacts:
        d.T(M, cy, f'〈{k["track"]}〉{k["office"]}（{k["location"]}）', 'G', 9); cy += 14
        d.T(M + 10, cy, 'TEL ' + k['tel'][0], 'M', 9); cy += 13
        d.T(M + 10, cy, k['email'][0], 'M', 9); cy += 17
    addr = '〒380-8570 長野市大字南長野字幅下692-2'
    routes = ['JR『長野』駅 善光寺口 徒歩約25分', '長野電鉄長野線『市役所前』駅 2番出口 徒歩約8分']
    ay = y + 26
    d.T(rx, ay, '長野県庁', 'G', 9.5); ay += 14
    d.T(rx, ay, addr, 'M', 9); ay += 16
    for r in routes:
        d.T(rx, ay, '■' + r.replace('『', '').replace('』', ''), 'M', 8.8); ay += 14
    d.T(rx, ay, '（長野駅からバス「県庁前」下車すぐ）', 'M', 8, GREY); ay += 14
    # colophon with the edition
    d.hline(M, RX, 800, GREEN, 0.8)
    ln = d.L(2)
    d.T(M, 814, '長野県職員採用ガイド2026', 'G', 7.5, GREY, ln=ln, c=0)
    d.T(RX, 814, '令和8年3月発行　長野県総務部人事課', 'M', 7.5, GREY, ln=ln, c=1, align='r')

    facts = dict(
        organization='長野県', document='職員採用ガイド',
        edition=dict(year=2026, asOf='2026-03', asOfText='令和8年3月'),
        hiring=dict(intro=[intro], note=note, tracks=dict(admin='事務系', tech='技術系'), textSynthesised=False,
                    layout='ruled table years as rows (令和3年度 … 令和8年度 / （予定） two-line label), 年度 | 事務系 | 技術系 | 計, counts 96（43）; a column of four DECOY number tiles (big number + small unit run + caption) right of the table, interleaved with its rows by height',
                    rows=rows),
        exams=dict(title=ex_title, fiscalYear=2026, textSynthesised=True,
                   layout='two side-by-side ruled tables, a spanning track header over 試験区分 | 予定数, a 計 row',
                   entries=[dict(track='事務系', exam='大学卒業程度試験', text='', breakdown=[dict(category=c, count=n) for c, n in ex_admin], total=112),
                            dict(track='技術系', exam='大学卒業程度試験', text='', breakdown=[dict(category=c, count=n) for c, n in ex_tech], total=44)]),
        contacts=contacts,
        access=dict(address=addr, routes=routes),
        assignments=dict(cohortFiscalYear=2025, intro=a_intro, tracks=dict(admin='事務系', tech='技術系'),
                         layout='WRAPPED INLINE RUNS, one per track after a 【track】 label: unit count名、unit count名、…; a unit in both runs is one row',
                         rows=[dict(unit=u, admin=a, tech=b) for u, a, b in assign], totals=dict(admin=107, tech=36)),
        lead=dict(title=lead_title, text=lead),
        initiativesIntro=init_intro,
        initiatives=[dict(title=t, text=s) for t, s in inits],
        supportTitle=sup_title,
        supportSystems=[dict(name=n, duration=du, text=s) for n, du, s in sups],
        supportSource='',
        training=dict(title=tr_title, paragraphs=trn),
        keyFigures=[])
    return d, facts, ()


# ================================================================ 参議院事務局
def sangiin():
    d = Doc('sangiin-2026', 2502)
    NAVY, GOLD, PALE, TINT = HexColor('#1F2A44'), HexColor('#B08D3C'), HexColor('#F4EFE2'), HexColor('#E6EAF2')
    years = list(range(2018, 2027))
    labels = ['平成30年度', '令和元年度', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度', '令和8年度']
    admin = [(18, 8), (19, 9), (17, 8), (20, 10), (18, 9), (21, 11), (19, 10), (22, 12), (20, None)]
    tech = [(3, 0), (2, 1), (4, 1), (3, 1), (4, 1), (3, 0), (4, 2), (4, 1), (4, None)]
    rows = hiring_rows(years, labels, labels[:-1] + ['令和8年度（予定）'], admin, tech)
    M, RX = 42, 553
    d.page()
    d.rect(0, 0, A4[0], 116, fill=NAVY)
    d.rect(0, 116, A4[0], 4, fill=GOLD)
    d.T(M, 36, 'SECRETARIAT OF THE HOUSE OF COUNCILLORS', 'G', 8, GOLD, cs=1.2)
    ln = d.L()
    w = d.T(M, 76, '参議院事務局', 'M', 28, white, ln=ln)
    d.T(M + w + 14, 76, '職員採用案内', 'G', 15, white, ln=ln, sep=' ')
    d.T(M, 100, '事務系（総合職・一般職）／技術系（電気・電子・機械・建築）', 'M', 9.5, white)
    d.T(RX, 138, '令和8年4月　参議院事務局 庶務部人事課', 'M', 8, GREY, align='r')

    def heading(title, en, y, x=M, x2=RX):
        d.rect(x, y - 13, 4, 16, fill=GOLD)
        ln = d.L()
        w = d.T(x + 10, y, title, 'G', 13, NAVY, ln=ln)
        d.T(x + 10 + w + 8, y, en, 'G', 7.5, GOLD, cs=1, ln=ln, sep=' ')
        d.hline(x, x2, y + 6, NAVY, 0.6)

    lead_title = '言論の府を、裏方として支える。'
    lead = ['参議院事務局は、本会議や委員会の運営、議案の審査を支える調査、会議録の作成、国際交流、議事堂の管理など、参議院の活動のすべてを支える組織です。',
            '法律が生まれる現場の最前線で、事務系・技術系の職員が中立・公正な立場から国会審議を支えています。']
    d.T(M, 166, lead_title, 'M', 16, NAVY)
    y = 190
    for s_ in lead:
        y = d.para(M, y, RX - M, s_, 'M', 9.3, 15.5)
    # hiring (left) | initiatives (right)
    y += 14
    heading('採用実績', 'RECRUITMENT', y, M, 372)
    intro = '採用者数の推移（各年度4月1日現在、単位：人）　（　）内は女性'
    d.T(M, y + 22, intro, 'M', 7.8)
    hdr = lambda t, **k: dict(t=t, f='G', fill=TINT, a='c', **k)
    trows = [[hdr('年度', rs=2), hdr('西暦', rs=2), hdr('採用者数', cs=3), None, None],
             [None, None, hdr('事務系'), hdr('技術系'), hdr('計')]]
    for r in rows:
        if r['planned']:
            P = dict(fill=PALE)
            trows.append([dict(t=[r['label'], '（予定）'], **P), dict(t=str(r['fiscalYear']), a='c', **P),
                          dict(t=r['admin']['text'], a='r', **P), dict(t=r['tech']['text'], a='r', **P),
                          dict(t=r['total']['text'], a='r', f='G', **P)])
        else:
            trows.append([r['label'], dict(t=str(r['fiscalYear']), a='c', color=GREY, sz=8),
                          dict(t=r['admin']['text'], a='r'), dict(t=r['tech']['text'], a='r'),
                          dict(t=r['total']['text'], a='r', f='G')])
    tend = d.table(M, y + 32, [78, 46, 66, 66, 74], trows, [16, 16] + [16] * 8 + [26], sz=8.8, rule=HexColor('#8A93A8'))
    note = ['※令和8年度は採用予定数（女性の内訳は未定）。', '※平成30年度・令和元年度は旧試験区分による採用を含みます。']
    ny = tend + 12
    for s_ in note:
        d.T(M, ny, s_, 'M', 7.3, GREY); ny += 10.5
    # initiatives: three cards
    ix, iw = 390, RX - 390
    d.rect(ix, y - 13, 4, 16, fill=GOLD)
    d.T(ix + 10, y, '働きやすい職場づくり', 'G', 12, NAVY)
    d.hline(ix, RX, y + 6, NAVY, 0.6)
    inits = [('閉会中の計画休暇', '国会閉会中に、連続した休暇を計画的に取得することを勧めています。'),
             ('フレックスタイム制', '会期中・閉会中の業務に合わせて、勤務時間を柔軟に割り振れます。'),
             ('テレワーク', '調査・資料作成などの業務は、在宅で行うことができます。')]
    cy = y + 20
    for t, s_ in inits:
        lines = wrap(s_, 'M', 8.3, iw - 16)
        h = 22 + len(lines) * 12.5 + 4
        d.rect(ix, cy, iw, h, fill=PALE, r=3)
        d.T(ix + 8, cy + 15, t, 'G', 9.3, NAVY)
        yy = cy + 30
        for l in lines:
            d.T(ix + 8, yy, l, 'M', 8.3); yy += 12.5
        cy += h + 8
    # assignment (left) | exam (right)
    y = max(ny, cy) + 26
    heading('配属実績', 'ASSIGNMENT', y, M, 262)
    a_intro = '令和7年度採用者の配属先（人）'
    d.T(M, y + 22, a_intro, 'M', 8)
    assign = [('議事部', 3, None), ('委員部', 5, None), ('記録部', 2, None), ('警務部', 1, None),
              ('庶務部', 3, 1), ('管理部', 2, 3), ('国際部', 2, None), ('常任委員会調査室', 4, None)]
    arows = [[hdr('配属先', rs=2), hdr('令和7年度採用者', cs=2), None], [None, hdr('事務系'), hdr('技術系')]]
    for u, a, b in assign:
        arows.append([u, dict(t=str(a) if a else '－', a='c'), dict(t=str(b) if b else '－', a='c')])
    arows.append([dict(t='計', f='G', a='c'), dict(t='22', a='c', f='G'), dict(t='4', a='c', f='G')])
    aend = d.table(M, y + 32, [110, 55, 55], arows, [15, 15] + [15] * 9, sz=8.6, rule=HexColor('#8A93A8'))
    d.T(M, aend + 11, '※調査室は常任委員会調査室・特別調査室の合計。', 'M', 7.2, GREY)
    ex_x = 282
    heading('採用予定', 'EXAMINATION 2026', y, ex_x, RX)
    ex_title = '令和8年度 参議院事務局職員採用試験 採用予定数'
    d.T(ex_x, y + 22, ex_title, 'M', 8)
    EX = [('総合職試験（院卒者試験）', [('行政・法律', 2, None)]),
          ('総合職試験（大卒程度試験）', [('行政・法律', 3, None), ('経済', 1, None)]),
          ('一般職試験（大卒程度試験）', [('事務', 14, None), ('電気・電子', None, 2), ('機械', None, 1), ('建築', None, 1)])]
    erows = [[hdr('試験の種類', rs=2), hdr('区分', rs=2), hdr('採用予定数', cs=2), None], [None, None, hdr('事務系'), hdr('技術系')]]
    for ex, cats in EX:
        for i, (c, a, b) in enumerate(cats):
            first = dict(t=[ex[:ex.index('（')], ex[ex.index('（'):]], rs=len(cats)) if i == 0 else None
            erows.append([first, c, dict(t=f'{a}名' if a else '－', a='c'), dict(t=f'{b}名' if b else '－', a='c')])
    eend = d.table(ex_x, y + 32, [92, 73, 53, 53], erows, [15, 15] + [22] * 7, sz=8.4, rule=HexColor('#8A93A8'))
    d.T(ex_x, eend + 11, '※衛視採用試験の採用予定数は含みません。', 'M', 7.2, GREY)
    if max(aend, eend) > 800: raise Fail('p1 too long')

    # ---------------- page 2
    d.page()
    d.rect(0, 0, A4[0], 6, fill=NAVY)
    y = 48
    heading('両立支援制度', 'WORK-LIFE BALANCE', y)
    sup_title = '子育て・介護と両立するための主な制度'
    d.T(M, y + 22, sup_title, 'M', 8.8)
    sups = [('育児休業', '3歳未満の子を養育する職員', '子が3歳になるまで'),
            ('育児短時間勤務', '小学校就学前の子を養育する職員', '子が小学校に就学するまで'),
            ('子の看護等休暇', '小学校3年生までの子を養育する職員', '年5日（2人以上は年10日）'),
            ('配偶者出産休暇', '妻が出産する職員', '2日'),
            ('介護休暇', '要介護状態の家族を介護する職員', '通算6か月（3回まで分割可）'),
            ('介護時間', '要介護状態の家族を介護する職員', '連続3年以内、1日2時間まで')]
    srows = [[hdr('制度'), hdr('対象'), hdr('期間')]]
    for n, tgt, du in sups:
        srows.append([dict(t=n, f='G'), tgt, du])
    send = d.table(M, y + 32, [110, 220, RX - M - 330], srows, [18] + [18] * len(sups), sz=8.8, grid=False,
                   outer=lambda xs, ys: ([d.hline(xs[0], xs[-1], yy, HexColor('#8A93A8'), 0.5) for yy in ys[1:]],
                                         d.hline(xs[0], xs[-1], ys[0], NAVY, 1.2), d.hline(xs[0], xs[-1], ys[-1], NAVY, 1.2)))
    d.T(RX, send + 12, '※期間は令和8年4月1日現在の制度によります。', 'M', 7.2, GREY, align='r')
    y = send + 40
    heading('研修制度', 'TRAINING', y)
    tr_title = '研修制度'
    trn = ['採用後は、新規採用職員研修で国会の仕組みと議事手続を学び、その後も階層別研修、語学研修、法制研修を受けます。',
           '中堅職員になると、各省庁・地方公共団体への出向、海外の議会や大学院への派遣研修の機会があります。']
    ty = y + 24
    for s_ in trn:
        ty = d.para(M, ty, RX - M, s_, 'M', 9, 15) + 3
    # contacts (left) | access (right)
    y = ty + 22
    cx2 = 300
    heading('お問い合わせ', 'CONTACT', y, M, cx2 - 18)
    contacts = [dict(track='事務系', office='庶務部 人事課 任用係', location='分館3階', tel=['03-5521-7480'], email=['jinji-saiyo@sangiin.go.jp']),
                dict(track='事務系', office='庶務部 人事課 研修係', location='分館3階', tel=['03-5521-7482'], email=['kensyu-info@sangiin.go.jp']),
                dict(track='技術系', office='管理部 営繕課 技術系採用担当', location='議事堂地下1階', tel=['03-5521-7617'], email=['eizen-saiyo@sangiin.go.jp'])]
    groups = [('庶務部 人事課', '分館3階', [('任用係', '（事務系の採用・試験）', contacts[0]), ('研修係', '（説明会・インターンシップ）', contacts[1])]),
              ('管理部 営繕課', '議事堂地下1階', [('技術系採用担当', '（電気・電子・機械・建築）', contacts[2])])]
    yy = y + 26
    for dept, loc, offs in groups:
        d.rect(M, yy - 11, cx2 - 18 - M, 15, fill=TINT)
        d.T(M + 4, yy, f'{dept}（{loc}）', 'G', 9, NAVY)
        yy += 18
        for o, note_, k in offs:
            ln = d.L()
            w = d.T(M + 12, yy, o, 'G', 8.8, ln=ln)
            d.T(M + 12 + w, yy, note_, 'M', 7.8, GREY, ln=ln)
            yy += 13
            d.T(M + 24, yy, 'TEL　' + k['tel'][0], 'M', 8.6); yy += 12
            d.T(M + 24, yy, 'E-mail　' + k['email'][0], 'M', 8.6); yy += 16
    addr = '〒100-0014 東京都千代田区永田町1-7-1'
    routes = [('東京メトロ丸ノ内線・千代田線', '国会議事堂前', '1番出口', '徒歩3分'),
              ('東京メトロ有楽町線・半蔵門線・南北線', '永田町', '1番出口', '徒歩5分'),
              ('東京メトロ銀座線・南北線', '溜池山王', '5番出口', '徒歩8分')]
    heading('アクセス', 'ACCESS', y, cx2, RX)
    ay = y + 26
    d.T(cx2, ay, '参議院（国会議事堂）', 'G', 9, NAVY); ay += 14
    d.T(cx2, ay, addr, 'M', 8.8); ay += 20
    for i, (line, st, ex, wk) in enumerate(routes, 1):
        ln = d.L(3)
        d.circle(cx2 + 6, ay - 3, 6, fill=NAVY)
        d.T(cx2 + 6, ay, str(i), 'G', 8, white, ln=ln, c=0, align='c')
        d.T(cx2 + 17, ay, line, 'M', 8.2, ln=ln, c=1)
        d.T(cx2 + 17, ay + 12, f'{st}駅 {ex}', 'G', 8.6, ln=ln, c=1, sep=' ')
        d.T(RX, ay + 12, wk, 'G', 9, NAVY, ln=ln, c=2, align='r')
        d.hline(cx2 + 17, RX, ay + 18, LIGHT, 0.5, dash=(1, 2))
        ay += 32
    d.T(cx2, ay, '※見学者用の入口（参観受付）とは異なります。', 'M', 7.2, GREY)
    if max(yy, ay) > 805: raise Fail(f'p2 too long {yy} {ay}')
    d.vline(cx2 - 9, y + 14, max(yy, ay) - 8, LIGHT, 0.6)
    # decoy: one staff member's day (times and numbers that are no fact), a tinted box at the foot
    by = max(yy, ay) + 26
    day = [('8:45', '登庁、当日の委員会資料を確認'), ('10:00', '委員会に陪席し、議事の進行を補佐'),
           ('12:10', '昼食（議員食堂の一般席）'), ('13:00', '本会議の開会準備、議案の配付'),
           ('15:30', '委員長・理事への説明資料を作成'), ('18:15', '退庁（閉会中は17:15）')]
    bh = 30 + 3 * 17 + 6
    d.rect(M, by, RX - M, bh, fill=PALE, r=4)
    ln = d.L()
    w = d.T(M + 12, by + 18, 'ある職員の一日', 'G', 10, NAVY, ln=ln)
    d.T(M + 12 + w + 8, by + 18, '委員部・入局3年目', 'M', 8, GREY, ln=ln, sep=' ')
    half = (RX - M - 24) / 2
    for col in range(2):
        for i in range(3):
            t, s_ = day[col * 3 + i]
            ln = d.L(2)
            xx, yy2 = M + 12 + col * (half + 12), by + 38 + i * 17
            d.T(xx + 30, yy2, t, 'G', 9, GOLD, ln=ln, c=0, align='r')
            d.T(xx + 38, yy2, s_, 'M', 8.6, ln=ln, c=1)
    if by + bh > 810: raise Fail('p2 too long')

    facts = dict(
        organization='参議院事務局', document='職員採用案内',
        edition=dict(year=2026, asOf='2026-04', asOfText='令和8年4月'),
        hiring=dict(intro=[intro], note=note, tracks=dict(admin='事務系', tech='技術系'), textSynthesised=False,
                    layout='ruled table, header MERGED TWO ROWS DEEP (年度 and 西暦 span both header rows, 採用者数 spans 事務系 | 技術系 | 計); NINE years 平成30年度, 令和元年度 … 令和8年度 (HEISEI and REIWA) with a WESTERN-YEAR column beside the era label; planned row 令和8年度 / （予定） tinted',
                    rows=rows),
        exams=dict(title=ex_title, fiscalYear=2026, textSynthesised=True,
                   layout='ruled table, header two rows deep (試験の種類 | 区分 | 採用予定数 over 事務系 | 技術系); the exam cell spans its categories (two lines); the TRACK IS GIVEN BY THE COLUMN, － in the other; the same category 行政・法律 under a graduate and an undergraduate exam',
                   entries=[dict(track='事務系', exam='総合職試験（院卒者試験）', text='', breakdown=[dict(category='行政・法律', count=2)], total=2),
                            dict(track='事務系', exam='総合職試験（大卒程度試験）', text='', breakdown=[dict(category='行政・法律', count=3), dict(category='経済', count=1)], total=4),
                            dict(track='事務系', exam='一般職試験（大卒程度試験）', text='', breakdown=[dict(category='事務', count=14)], total=14),
                            dict(track='技術系', exam='一般職試験（大卒程度試験）', text='', breakdown=[dict(category='電気・電子', count=2), dict(category='機械', count=1), dict(category='建築', count=1)], total=4)]),
        contacts=contacts,
        access=dict(address=addr, routes=[f'{l}『{st}』駅 {ex} {wk}' for l, st, ex, wk in routes]),
        assignments=dict(cohortFiscalYear=2025, intro=a_intro, tracks=dict(admin='事務系', tech='技術系'),
                         layout='ruled table, header two rows deep (配属先 spans both, 令和7年度採用者 spans 事務系 | 技術系), － for none, a 計 row (not a unit)',
                         rows=[dict(unit=u, admin=a, tech=b) for u, a, b in assign], totals=dict(admin=22, tech=4)),
        lead=dict(title=lead_title, text=lead),
        initiativesIntro='',
        initiatives=[dict(title=t, text=s_) for t, s_ in inits],
        supportTitle=sup_title,
        supportSystems=[dict(name=n, duration=du, text=tgt) for n, tgt, du in sups],
        supportSource='',
        training=dict(title=tr_title, paragraphs=trn),
        keyFigures=[])
    # two-level contacts: the office fact is department + office; check the parts are printed
    extra = [c['office'] for c in contacts]
    return d, facts, extra


# ================================================================ 産業技術総合研究所
def aist():
    d = Doc('aist-2026', 2503)
    TEAL, DARK, MINT, TINT, PINK = HexColor('#00737A'), HexColor('#123A40'), HexColor('#E3F2F1'), HexColor('#F2F5F5'), HexColor('#C0392B')
    years = list(range(2021, 2027))
    # per year: admin (学部卒, 大学院修了), tech (学部卒, 大学院修了); (count, women)
    LV = [(((9, 5), (2, 1)), ((3, 1), (6, 1))),
          (((10, 6), (1, 0)), ((2, 0), (7, 2))),
          (((8, 4), (3, 2)), ((4, 2), (5, 1))),
          (((11, 6), (2, 1)), ((3, 1), (8, 3))),
          (((12, 7), (2, 1)), ((4, 1), (7, 2))),
          (((12, None), (3, None)), ((4, None), (8, None)))]
    def add(a, b):
        return (a[0] + b[0], None if a[1] is None else a[1] + b[1])
    admin = [add(*x[0]) for x in LV]
    tech = [add(*x[1]) for x in LV]
    labels = [f'{y}年度' for y in years]
    rows = hiring_rows(years, labels, labels[:-1] + ['2026年度（予定）'], admin, tech)
    M, RX = 40, 555
    d.page()
    d.rect(0, 0, 14, A4[1], fill=TEAL)
    d.poly([(420, 0), (595.28, 0), (595.28, 150)], MINT)
    d.rect(RX - 92, 26, 92, 18, fill=None, stroke=TEAL, lw=0.8, r=9)
    d.T(RX - 46, 39, '2026年2月発行', 'G', 8.5, TEAL, align='c')
    d.T(M, 52, '国立研究開発法人', 'M', 10, DARK)
    d.T(M, 84, '産業技術総合研究所', 'G', 26, DARK, mode=2)
    d.T(M, 102, 'National Institute of Advanced Industrial Science and Technology（AIST）', 'G', 7.5, TEAL)
    d.T(M, 132, '事務職員・技術職員 採用案内', 'M', 17, TEAL)
    lead_title = '研究の「その先」を、運営と技術で支える。'
    lead = ['産総研は、エネルギー・環境、生命工学、情報・人間工学、材料・化学、エレクトロニクス・製造、地質調査、計量標準の7つの領域で研究を行う、日本最大級の公的研究機関です。',
            '約2,300名の研究者の挑戦を、研究所の経営・企画・知財・広報を担う事務職員と、装置・設備・情報基盤を担う技術職員が支えています。']
    d.hline(M, RX, 150, TEAL, 0.8)
    d.T(M, 176, lead_title, 'G', 13.5, DARK)
    y = 198
    for s_ in lead:
        y = d.para(M, y, RX - M, s_, 'M', 9.2, 15)
    # hiring (left)
    y += 16
    def heading(t, en, y, x, x2):
        ln = d.L()
        w = d.T(x, y, t, 'G', 12.5, TEAL, ln=ln)
        d.T(x + w + 8, y, en, 'M', 8, GREY, ln=ln, sep=' ')
        d.hline(x, x2, y + 5, TEAL, 1.6)
    heading('採用実績', 'Recruitment', y, M, 368)
    intro = '事務職員・技術職員の採用者数（人）　（　）内は女性'
    d.T(M, y + 20, intro, 'M', 7.8)
    H = lambda t, **k: dict(t=t, f='G', fill=TEAL, color=white, a='c', **k)
    trows = [[H('年度'), H('区分'), H('事務職'), H('技術職'), H('計')]]
    LVL = ['学部卒', ['大学院修了', '＊1'], '小計']
    for i, r in enumerate(rows):
        (au, ag), (tu, tg) = LV[i]
        planned = r['planned']
        P = dict(fill=MINT) if planned else {}
        lab = dict(t=[r['label'], '（予定）＊2'] if planned else r['label'], rs=3, a='c', f='G', **P)
        for j, (a, b) in enumerate([(au, tu), (ag, tg), (admin[i], tech[i])]):
            sub = j == 2
            Q = dict(P) if P else (dict(fill=TINT) if sub else {})
            lv = LVL[j]
            lvcell = dict(t=[[(lv[0], 'M', 8.6, black), (lv[1], 'M', 6.5, black)]] if isinstance(lv, list) else lv,
                          f='G' if sub else 'M', **Q)
            tot = add(a, b)
            trows.append([lab if j == 0 else None, lvcell,
                          dict(t=fmt(a), a='r', f='G' if sub else 'M', **Q), dict(t=fmt(b), a='r', f='G' if sub else 'M', **Q),
                          dict(t=fmt(tot), a='r', f='G' if sub else 'M', **Q)])
    tend = d.table(M, y + 30, [62, 78, 62, 62, 64], trows, [18] + [15] * 18, sz=8.6, rule=HexColor('#9FBFC1'))
    notes = ['＊1 大学院修了は、修士課程・博士課程の修了者です。', '＊2 2026年度は採用予定数です（女性の内訳は未定）。']
    ny = tend + 12
    for s_ in notes:
        d.T(M, ny, s_, 'M', 7.3, GREY); ny += 10.5
    # right column: initiatives, training
    cx, cw = 388, RX - 388
    heading('働き方', 'Work style', y, cx, RX)
    inits = [('フルフレックスタイム制', 'コアタイムを設けず、5時から22時の間で日々の勤務時間を決められます。'),
             ('在宅勤務', '週3日まで在宅勤務ができ、沿線のサテライトオフィスも使えます。'),
             ('所内保育園', 'つくばセンター内の保育園に、0歳から就学前まで子どもを預けられます。')]
    yy = y + 24
    for t, s_ in inits:
        d.T(cx, yy, '◆' + t, 'G', 9.3, DARK); yy += 14
        yy = d.para(cx + 9, yy, cw - 9, s_, 'M', 8.4, 12.5) + 5
    yy += 14
    heading('研修・キャリア', 'Training', yy, cx, RX)
    tr_title = '研修・キャリア'
    trn = ['入所後2週間の新人研修で、研究所の仕組みと研究倫理、安全管理を学びます。',
           '事務職員は3〜4年ごとに本部と研究現場を経験し、経済産業省や大学への出向の機会もあります。',
           '技術職員は、研究ユニットに所属しながら、機器分析や情報セキュリティなどの資格取得を支援します。']
    yy += 24
    for s_ in trn:
        yy = d.para(cx, yy, cw, s_, 'M', 8.4, 12.8) + 4
    # photo band (decoy captions)
    py = max(ny, yy) + 14
    caps = ['クリーンルームで装置を保守する技術職員', '共同研究の契約を調整する事務職員', '一般公開でのサイエンスショー']
    pw3 = (RX - M - 2 * 12) / 3
    for i, cap in enumerate(caps):
        px = M + i * (pw3 + 12)
        d.rect(px, py, pw3, 800 - py - 14, fill=LIGHT)
        d.T(px, 800, cap, 'M', 7.2, GREY)
    if 800 - py - 14 < 50: raise Fail(f'p1 too long {ny} {yy}')

    # ---------------- page 2: a 2 x 2 grid of panels, each its own section
    d.page()
    d.rect(0, 0, 14, A4[1], fill=TEAL)
    d.T(M, 46, '採用情報ガイド', 'G', 15, DARK)
    d.T(RX, 46, 'AIST RECRUIT 2026', 'G', 9, TEAL, align='r', cs=1)
    d.hline(M, RX, 56, TEAL, 0.8)
    G = 14
    PW = (RX - M - G) / 2
    top1, PH1 = 70, 372
    top2, PH2 = top1 + PH1 + G, 196
    panels = [(M, top1, PH1), (M + PW + G, top1, PH1), (M, top2, PH2), (M + PW + G, top2, PH2)]
    def panel(i, title, en):
        x, y, h = panels[i]
        d.rect(x, y, PW, h, stroke=HexColor('#9FBFC1'), lw=0.8, r=5)
        d.rect(x, y, PW, 24, fill=TEAL, r=5)
        d.rect(x, y + 12, PW, 12, fill=TEAL)
        ln = d.L()
        d.T(x + 10, y + 17, f'0{i + 1}', 'G', 11, white, ln=ln)
        w = d.T(x + 32, y + 17, title, 'G', 11, white, ln=ln, sep=' ')
        d.T(x + PW - 10, y + 17, en, 'M', 7.5, white, ln=ln, sep=' ', align='r')
        return x + 12, y + 42, PW - 24
    # 01 exams
    x, y, w = panel(0, '採用予定数', 'Positions 2026')
    ex_title = '2026年度 事務職員・技術職員採用選考 採用予定数'
    y = d.para(x, y, w, ex_title, 'G', 8.8, 13) + 2
    EX = [('事務職', '事務職員採用選考（学部卒）', [('一般事務', 8), ('研究推進事務', 4)]),
          ('事務職', '事務職員採用選考（大学院修了）', [('一般事務', 2), ('知財・産学官連携', 1)]),
          ('技術職', '技術職員採用選考（学部卒）', [('研究技術支援', 3), ('施設・設備', 1)]),
          ('技術職', '技術職員採用選考（大学院修了）', [('研究技術支援', 6), ('情報基盤', 2)])]
    for tr, ex, cats in EX:
        d.rect(x, y, w, 18, fill=MINT)
        ln = d.L(2)
        d.T(x + 6, y + 13, ex, 'G', 8.6, DARK, ln=ln, c=0)
        d.T(x + w - 6, y + 13, f'{sum(n for _, n in cats)}名', 'G', 8.6, DARK, ln=ln, c=1, align='r')
        y += 18 + 15
        for c, n in cats:
            ln = d.L(2)
            d.T(x + 14, y, c, 'M', 8.8, ln=ln, c=0)
            d.T(x + w - 6, y, f'{n}名', 'M', 8.8, ln=ln, c=1, align='r')
            y += 16
        y += 6
    d.T(x, y + 4, '※大学院修了の区分には、既卒者を含みます。', 'M', 7.2, GREY)
    if y + 4 > top1 + PH1 - 8: raise Fail('panel 1 overflow')
    # 02 assignment, group rows inside the table
    x, y, w = panel(1, '配属先', 'Assignment')
    a_intro = '2025年度採用者の配属先（人）'
    d.T(x, y, a_intro, 'G', 8.8)
    grp = [('本部・事業組織', [('企画本部', 2, None), ('総務本部', 4, None), ('研究業務推進部', 3, 1)]),
           ('研究領域・センター', [('エネルギー・環境領域', 1, 2), ('生命工学領域', 1, 1), ('情報・人間工学領域', None, 2),
                               ('材料・化学領域', 1, 2), ('エレクトロニクス・製造領域', None, 1),
                               ('地質調査総合センター', 1, 1), ('計量標準総合センター', 1, 1)])]
    assign = [u for _, us in grp for u in us]
    arows = [[H('配属先'), H('事務職'), H('技術職')]]
    for g, us in grp:
        arows.append([dict(t=g, cs=3, f='G', fill=TINT, color=TEAL), None, None])
        for u, a, b in us:
            arows.append([dict(t=u, sz=8.2), dict(t=str(a) if a else '―', a='c'), dict(t=str(b) if b else '―', a='c')])
    arows.append([dict(t='合計', f='G', a='c'), dict(t='14', a='c', f='G'), dict(t='11', a='c', f='G')])
    aend = d.table(x, y + 10, [w - 84, 42, 42], arows, [17] + [16.5] * (len(arows) - 1), sz=8.6, rule=HexColor('#9FBFC1'))
    if aend > top1 + PH1 - 8: raise Fail('panel 2 overflow')
    # 03 support
    x, y, w = panel(2, '両立支援', 'Work-life')
    sup_title = '育児・介護との両立支援制度'
    d.T(x, y, sup_title, 'G', 8.8); y += 18
    sups = [('育児休業', '子が3歳に達するまで', '男性職員の取得率は85%です。'),
            ('育児短時間勤務', '子が小学校3年生を修了するまで', '勤務時間を1日4時間から選べます。'),
            ('介護休業', '通算93日', '3回まで分割して取得できます。'),
            ('時間単位年休', '年40時間', '通院や学校行事に1時間単位で使えます。')]
    for n, du, t in sups:
        ln = d.L(2)
        wn = d.T(x, y, '●' + n, 'G', 8.8, DARK, ln=ln, c=0)
        dw = W(du, 'M', 7.8)
        d.rect(x + w - dw - 10, y - 9, dw + 10, 12, fill=MINT, r=6)
        d.T(x + w - 5, y, du, 'M', 7.8, TEAL, ln=ln, c=1, align='r')
        y += 13
        y = d.para(x + 10, y, w - 10, t, 'M', 8.2, 12) + 5
    if y > top2 + PH2 - 4: raise Fail(f'panel 3 overflow {y}')
    # 04 contacts and access
    x, y, w = panel(3, 'お問い合わせ・アクセス', 'Contact')
    contacts = [dict(track='事務職', office='総務本部 人事部 採用室', location='つくば中央第1 本部・情報棟', tel=['029-862-6317'], email=['jimu-saiyo-ml@aist.go.jp']),
                dict(track='技術職', office='総務本部 人事部 技術職員採用担当', location='つくば中央第1 本部・情報棟', tel=['029-862-6325'], email=['gijutsu-saiyo-ml@aist.go.jp'])]
    for k in contacts:
        d.T(x, y, f'【{k["track"]}】{k["office"]}', 'G', 8.4); y += 12.5
        d.T(x + 8, y, 'TEL：' + k['tel'][0], 'M', 8.2); y += 12
        d.T(x + 8, y, 'Mail：' + k['email'][0], 'M', 8.2); y += 16
    d.T(x, y, '所在地　' + contacts[0]['location'], 'M', 8); y += 14
    addr = '〒305-8560 茨城県つくば市梅園1-1-1'
    d.T(x, y, addr, 'M', 8.2); y += 14
    routes = ['つくばエクスプレス『つくば』駅 A3出口 バス約10分', 'JR常磐線『荒川沖』駅 西口 バス約25分']
    for r in routes:
        d.T(x + 4, y, '▶' + r.replace('『', '').replace('』', ''), 'M', 8); y += 12.5
    if y > top2 + PH2 - 4: raise Fail(f'panel 4 overflow {y}')
    # decoy band under the grid: information sessions (dates and numbers that are no fact)
    by = top2 + PH2 + 22
    ln = d.L()
    w = d.T(M, by, '業務説明会・見学会', 'G', 11, DARK, ln=ln)
    d.T(M + w + 8, by, '（予約制・各回定員40名）', 'M', 8, GREY, ln=ln, sep=' ')
    d.hline(M, RX, by + 5, TEAL, 0.6, dash=(2, 2))
    ev = [('3月14日（土）', 'オンライン業務説明会（事務職）'), ('3月21日（土）', 'オンライン業務説明会（技術職）'),
          ('4月18日（土）', 'つくばセンター見学会・座談会'), ('5月9日（土）', '臨海副都心センター見学会'),
          ('6月上旬', '選考日程の公表（ウェブサイト）'), ('7月〜8月', '職場体験インターンシップ（5日間）')]
    for i, (dt, what) in enumerate(ev):
        xx, yy2 = M + (i // 3) * (PW + G), by + 24 + (i % 3) * 17
        ln = d.L(2)
        d.T(xx + 70, yy2, dt, 'G', 8.6, TEAL, ln=ln, c=0, align='r')
        d.T(xx + 78, yy2, what, 'M', 8.6, ln=ln, c=1)
    if by + 24 + 2 * 17 > 812: raise Fail('p2 band overflow')

    facts = dict(
        organization='産業技術総合研究所', document='事務職員・技術職員採用案内',
        edition=dict(year=2026, asOf='2026-02', asOfText='2026年2月'),
        hiring=dict(intro=[intro], note=notes, tracks=dict(admin='事務職', tech='技術職'), textSynthesised=False,
                    layout='ruled table, a ROW PER YEAR AND LEVEL: the year cell spans three rows 学部卒 / 大学院修了＊1 / 小計 (tinted), columns 事務職 | 技術職 | 計 (totals in the last column); the facts are the 小計 rows; ＊1 / ＊2 footnote legend under the table, ＊2 in the planned year cell 2026年度 / （予定）＊2',
                    rows=rows),
        exams=dict(title=ex_title, fiscalYear=2026, textSynthesised=True,
                   layout='panel 01 of a 2x2 grid: per exam a tinted strip (exam name, its total) then category … count rows; an undergraduate and a graduate exam per track with the SAME category names',
                   entries=[dict(track=tr, exam=ex, text='', breakdown=[dict(category=c, count=n) for c, n in cats], total=sum(n for _, n in cats)) for tr, ex, cats in EX]),
        contacts=contacts,
        access=dict(address=addr, routes=routes),
        assignments=dict(cohortFiscalYear=2025, intro=a_intro, tracks=dict(admin='事務職', tech='技術職'),
                         layout='panel 02: ruled table with two GROUP ROWS spanning the table (本部・事業組織, 研究領域・センター; not units), ― for none, a 合計 row',
                         rows=[dict(unit=u, admin=a, tech=b) for u, a, b in assign], totals=dict(admin=14, tech=11)),
        lead=dict(title=lead_title, text=lead),
        initiativesIntro='',
        initiatives=[dict(title=t, text=s_) for t, s_ in inits],
        supportTitle=sup_title,
        supportSystems=[dict(name=n, duration=du, text=t) for n, du, t in sups],
        supportSource='',
        training=dict(title=tr_title, paragraphs=trn),
        keyFigures=[])
    return d, facts, ()


def main():
    todo = {'nagano-2026': nagano, 'sangiin-2026': sangiin, 'aist-2026': aist}
    names = sys.argv[1:] or list(todo)
    for n in names:
        try:
            build(n, todo[n])
        except Fail as e:
            sys.exit(f'{n}: REFUSED: {e}')


if __name__ == '__main__':
    main()
