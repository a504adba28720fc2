#!/usr/bin/env python3
"""Holdout set 27 (blind): three synthetic recruitment brochures (京都市, 岡山県, 理化学研究所).

Self-contained: reportlab + IPAex fonts (+ pdftotext for the self-check).  Writes
Fixtures/holdout27/NAME.pdf, NAME.expected.txt, NAME.facts.json.

  python3 Fixtures/generate_holdout27.py            # all three
  python3 Fixtures/generate_holdout27.py kyoto-2026 # one

Page model: top-down coordinates (y grows downwards, a text item's y is the top of its em box).
Every text item is its own text object (BT..ET inside q/Q) at an absolute position; the text
objects of a page are drawn after all graphics in a seeded shuffled order.  Expected text is
built from 'lines' (lists of cells, each a list of items) in reading order.
"""
import collections, importlib.util, json, os, random, re, subprocess, sys, tempfile, unicodedata

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout27')
REPO = os.path.dirname(HERE)
G, M = 'IPAexG', 'IPAexM'
pdfmetrics.registerFont(TTFont(G, '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont(M, '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
PW, PH = A4
ASC = 0.88

NO_START = set('、。，．）」』】〕〉》・ー：；？！ゃゅょっぁぃぅぇぉャュョッァィゥェォ％々〜～' + ')],.:;!?%')
NO_END = set('（「『【〔〈《([')


class Fail(Exception):
    pass


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


class Item:
    def __init__(self, x, y, s, font, size, color, furniture=False):
        self.x, self.y, self.s, self.font, self.size, self.color = x, y, s, font, size, color
        self.furniture = furniture
        self.w = sw(s, font, size)

    def box(self):
        return (self.x, self.y, self.x + self.w, self.y + self.size)


class Page:
    def __init__(self, w=PW, h=PH):
        self.w, self.h = w, h
        self.items, self.gfx, self.lines = [], [], []

    # ---- text -------------------------------------------------------------------------
    def t(self, x, y, s, font=M, size=9, color=(0, 0, 0), anchor='l', furniture=False):
        w = sw(s, font, size)
        if anchor == 'c':
            x -= w / 2
        elif anchor == 'r':
            x -= w
        it = Item(x, y, s, font, size, color, furniture)
        self.items.append(it)
        return it

    def line(self, *cells):
        """cells: each an Item, a list of Items, or '' (an empty cell)."""
        cs = []
        for c in cells:
            if isinstance(c, Item):
                cs.append([c])
            elif c == '' or c is None:
                cs.append([])
            else:
                cs.append(list(c))
        self.lines.append(cs)

    def tl(self, x, y, s, font=M, size=9, color=(0, 0, 0), anchor='l'):
        it = self.t(x, y, s, font, size, color, anchor)
        self.line(it)
        return it

    def vert(self, xc, y, s, font=G, size=10, color=(0, 0, 0), pitch=None):
        """A vertical run: one glyph per row, centred on xc; returns the items (one cell)."""
        pitch = pitch or size * 1.08
        out = []
        for i, ch in enumerate(s):
            out.append(self.t(xc, y + i * pitch, ch, font, size, color, 'c'))
        return out

    def para(self, x, y, width, text, font=M, size=8.5, lh=None, color=(0, 0, 0), widths=None):
        """Wrapped paragraph, each visual line its own expected line. widths: per-line (x, w) list."""
        lh = lh or size * 1.6
        lines = wrap(text, font, size, width, widths)
        for i, (ln, (lx, _)) in enumerate(lines):
            self.tl(x + lx, y + i * lh, ln, font, size, color)
        return y + len(lines) * lh

    # ---- graphics ---------------------------------------------------------------------
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5, r=0):
        self.gfx.append(('rect', x, y, w, h, fill, stroke, lw, r))

    def hl(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.5, dash=None):
        self.gfx.append(('line', x1, y1, x2, y2, color, lw, dash))

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.5):
        self.gfx.append(('circle', x, y, r, fill, stroke, lw))

    def poly(self, pts, fill=None, stroke=None, lw=0.5):
        self.gfx.append(('poly', pts, fill, stroke, lw))


def wrap(text, font, size, width, widths=None):
    """Greedy line breaking with kinsoku; ASCII runs are not broken. Returns [(line, (dx, w))]."""
    toks = re.findall(r'[A-Za-z0-9@._\-/:%~]+|.', text)

    def wid(k):
        if widths and k < len(widths):
            return widths[k]
        return (0, width)
    lines, cur = [], []
    for tok in toks:
        if not cur or sw(''.join(cur) + tok, font, size) <= wid(len(lines))[1] + 0.01:
            cur.append(tok)
            continue
        carry = []
        while cur and (tok[0] in NO_START if not carry else carry[0][0] in NO_START):
            carry.insert(0, cur.pop())
        while cur and cur[-1][-1] in NO_END:
            carry.insert(0, cur.pop())
        lines.append((''.join(cur), wid(len(lines))))
        cur = carry + [tok]
    if cur:
        lines.append((''.join(cur), wid(len(lines))))
    for k, (ln, (dx, w)) in enumerate(lines):
        if not ln or sw(ln, font, size) > w + 0.01:
            raise Fail(f'wrapped line too wide or empty: {ln!r}')
        if k > 0 and ln[0] in NO_START:
            raise Fail(f'kinsoku: line starts with {ln[0]}: {ln}')
        if k < len(lines) - 1 and ln[-1] in NO_END:
            raise Fail(f'kinsoku: line ends with {ln[-1]}: {ln}')
    return lines


# ---- tables ---------------------------------------------------------------------------
def C(t, cs=1, rs=1, al='c', font=None, size=None, color=None, vert=False, fill=None, diag=None):
    if isinstance(t, str):
        t = [t] if t else []
    return dict(t=t, cs=cs, rs=rs, al=al, font=font, size=size, color=color, vert=vert, fill=fill, diag=diag)


def table(p, x, y, colw, rows, font=M, size=8.5, rowh=None, pad=3, rules='grid', lw=0.5,
          rule_color=(0.3, 0.3, 0.3), header_rows=0, header_fill=None):
    """rows: lists of C(...) or None (a column covered by a span). Returns bottom y.
    Expected: one line per row; a spanned cell on its first row (rows below get ''), a
    column-spanning cell is one cell; multi-line cells joined."""
    ncol = len(colw)
    lh = size * 1.35
    xs = [x]
    for w in colw:
        xs.append(xs[-1] + w)
    # row heights
    hs = []
    for ri, row in enumerate(rows):
        if rowh is not None:
            hs.append(rowh[ri] if isinstance(rowh, list) else rowh)
            continue
        h = size + 2 * pad
        for c in row:
            if c and c['rs'] == 1:
                sz = c['size'] or size
                n = len(c['t']) if not c['vert'] else sum(len(s) for s in c['t'])
                h = max(h, n * sz * (1.08 if c['vert'] else 1.35) - (sz * 0.35 if not c['vert'] else 0) + 2 * pad)
        hs.append(h)
    ys = [y]
    for h in hs:
        ys.append(ys[-1] + h)
    covered = set()
    for ri, row in enumerate(rows):
        cells = []
        col = 0
        for c in row:
            if c is None:  # a placeholder for a covered column (optional)
                continue
            while (ri, col) in covered:
                col += 1
            if col >= ncol:
                raise Fail('table row too long')
            x0, x1 = xs[col], xs[col + c['cs']]
            y0, y1 = ys[ri], ys[ri + c['rs']]
            for rr in range(ri, ri + c['rs']):
                for cc in range(col, col + c['cs']):
                    if (rr, cc) != (ri, col):
                        covered.add((rr, cc))
            if c['fill'] or (ri < header_rows and header_fill):
                p.rect(x0, y0, x1 - x0, y1 - y0, fill=c['fill'] or header_fill)
            if rules == 'grid':
                p.rect(x0, y0, x1 - x0, y1 - y0, stroke=rule_color, lw=lw)
            elif rules == 'rows':
                p.hl(x0, y1, x1, y1, rule_color, lw)
            sz = c['size'] or size
            f = c['font'] or font
            col_ = c['color'] or (0, 0, 0)
            its = []
            if c['diag']:
                # diagonal header cell: c['diag'] = (top-right text, bottom-left text)
                p.hl(x0, y0, x1, y1, rule_color, lw)
                tr, bl = c['diag']
                its.append(p.t(x1 - pad, y0 + pad, tr, f, sz, col_, 'r'))
                its.append(p.t(x0 + pad, y1 - pad - sz, bl, f, sz, col_))
            elif c['vert']:
                s = ''.join(c['t'])
                pitch = sz * 1.08
                ty = (y0 + y1) / 2 - len(s) * pitch / 2 + (pitch - sz) / 2
                if len(s) * pitch > y1 - y0 - 2 + 0.01:
                    raise Fail(f'vertical cell overflows: {s}')
                its += p.vert((x0 + x1) / 2, ty, s, f, sz, col_, pitch)
            else:
                n = len(c['t'])
                th = n * sz * 1.35 - sz * 0.35
                ty = (y0 + y1) / 2 - th / 2
                if th > y1 - y0 + 0.01:
                    raise Fail(f'cell overflows height: {c["t"]}')
                for k, s in enumerate(c['t']):
                    w = sw(s, f, sz)
                    if w > x1 - x0 - 2 * pad + 0.01:
                        raise Fail(f'cell overflows width: {s} ({w:.1f} > {x1 - x0 - 2 * pad:.1f})')
                    if c['al'] == 'l':
                        tx, an = x0 + pad, 'l'
                    elif c['al'] == 'r':
                        tx, an = x1 - pad, 'r'
                    else:
                        tx, an = (x0 + x1) / 2, 'c'
                    its.append(p.t(tx, ty + k * sz * 1.35, s, f, sz, col_, an))
            cells.append((col, its, c['cs']))
            col += c['cs']
        # expected row: start cells; '' for columns covered from a row above
        starts = {c: (its, cs) for c, its, cs in cells}
        line, col = [], 0
        while col < ncol:
            if col in starts:
                line.append(starts[col][0])
                col += starts[col][1]
            else:
                line.append([])
                col += 1
        p.line(*line)
    if rules == 'rows':
        p.hl(x, y, xs[-1], y, rule_color, lw * 2)
    return ys[-1]


# ---- render ---------------------------------------------------------------------------
def render(path, pages, seed, rotate=None):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle('')
    for pi, p in enumerate(pages):
        c.setPageSize((p.w, p.h))
        H = p.h
        for g in p.gfx:
            kind = g[0]
            c.saveState()
            if kind == 'rect':
                _, x, y, w, h, fill, stroke, lw, r = g
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                    c.setLineWidth(lw)
                if r:
                    c.roundRect(x, H - y - h, w, h, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
                else:
                    c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif kind == 'line':
                _, x1, y1, x2, y2, color, lw, dash = g
                c.setStrokeColorRGB(*color)
                c.setLineWidth(lw)
                if dash:
                    c.setDash(*dash)
                c.line(x1, H - y1, x2, H - y2)
            elif kind == 'circle':
                _, x, y, r, fill, stroke, lw = g
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                    c.setLineWidth(lw)
                c.circle(x, H - y, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif kind == 'poly':
                _, pts, fill, stroke, lw = g
                path_ = c.beginPath()
                path_.moveTo(pts[0][0], H - pts[0][1])
                for (px, py) in pts[1:]:
                    path_.lineTo(px, H - py)
                path_.close()
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                    c.setLineWidth(lw)
                c.drawPath(path_, stroke=1 if stroke else 0, fill=1 if fill else 0)
            c.restoreState()
        items = list(p.items)
        random.Random(seed * 100 + pi).shuffle(items)
        for it in items:
            c.saveState()
            c.setFillColorRGB(*it.color)
            t = c.beginText()
            t.setFont(it.font, it.size)
            t.setTextOrigin(it.x, H - it.y - it.size * ASC)
            t.textOut(it.s)
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()


# ---- checks ---------------------------------------------------------------------------
def nows(s):
    return ''.join(s.split())


def expected_text(pages):
    out = []
    for p in pages:
        ls = []
        for line in p.lines:
            ls.append('\t'.join(''.join(it.s for it in cell) for cell in line))
        out.append('\n'.join(ls))
    return '\n\f\n'.join(out) + '\n'


def check_pages(name, pages, pdf):
    fonts = {G: pdfmetrics.getFont(G), M: pdfmetrics.getFont(M)}
    for pi, p in enumerate(pages):
        seen = collections.Counter()
        for line in p.lines:
            for cell in line:
                for it in cell:
                    seen[id(it)] += 1
        for it in p.items:
            if it.furniture:
                if seen[id(it)]:
                    raise Fail(f'{name} p{pi + 1}: furniture in expected text: {it.s}')
            elif seen[id(it)] != 1:
                raise Fail(f'{name} p{pi + 1}: item in {seen[id(it)]} expected lines: {it.s}')
            x0, y0, x1, y1 = it.box()
            if x0 < 0 or y0 < 0 or x1 > p.w or y1 > p.h:
                raise Fail(f'{name} p{pi + 1}: off page: {it.s}')
            if x0 < 14 or x1 > p.w - 14 or y1 > p.h - 14:
                raise Fail(f'{name} p{pi + 1}: in the margin: {it.s}')
            face = fonts[it.font].face
            for ch in it.s:
                if ord(ch) not in face.charToGlyph:
                    raise Fail(f'{name}: glyph {ch!r} not in {it.font}')
        its = p.items
        for a in range(len(its)):
            ax0, ay0, ax1, ay1 = its[a].box()
            for b in range(a + 1, len(its)):
                bx0, by0, bx1, by1 = its[b].box()
                if ax0 < bx1 - 0.3 and bx0 < ax1 - 0.3 and ay0 < by1 - 0.3 and by0 < ay1 - 0.3:
                    raise Fail(f'{name} p{pi + 1}: overlap {its[a].s!r} / {its[b].s!r}')
        drawn = collections.Counter(nows(''.join(it.s for it in p.items if not it.furniture)))
        exp = collections.Counter(nows(''.join(''.join(it.s for it in cell) for line in p.lines for cell in line)))
        if drawn != exp:
            raise Fail(f'{name} p{pi + 1}: drawn != expected: {drawn - exp} / {exp - drawn}')
        allc = collections.Counter(nows(''.join(it.s for it in p.items)))
        txt = subprocess.run(['pdftotext', '-f', str(pi + 1), '-l', str(pi + 1), pdf, '-'],
                             capture_output=True, text=True, check=True).stdout
        got = collections.Counter(nows(txt))
        if got != allc:
            raise Fail(f'{name} p{pi + 1}: pdftotext differs: {got - allc} / {allc - got}')


def check_facts(name, f, exp_text):
    drawn = nows(exp_text)

    def printed(s, what):
        if s and nows(s) not in drawn:
            raise Fail(f'{name}: fact not printed ({what}): {s}')
    printed(f['organization'], 'organization')
    printed(f['document'], 'document')
    printed(f['edition']['asOfText'], 'edition')
    h = f['hiring']
    for s in h['intro'] + h['note']:
        printed(s, 'hiring note')
    printed(h['tracks']['admin'], 'track')
    printed(h['tracks']['tech'], 'track')
    rows = h['rows']
    for r in rows:
        printed(r['label'], 'label')
        printed(r['labelText'], 'labelText')
        for k in ('total', 'admin', 'tech'):
            printed(r[k]['text'], 'count text')
    # arithmetic
    if len(rows) < 6:
        raise Fail(f'{name}: fewer than 5 actual years')
    for a, b in zip(rows, rows[1:]):
        if b['fiscalYear'] != a['fiscalYear'] + 1:
            raise Fail(f'{name}: years not consecutive')
    if [r['planned'] for r in rows].count(True) != 1 or not rows[-1]['planned']:
        raise Fail(f'{name}: planned row')
    for r in rows:
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            raise Fail(f'{name}: total heads {r["fiscalYear"]}')
        if r['planned']:
            if any(r[k]['women'] is not None for k in ('total', 'admin', 'tech')):
                raise Fail(f'{name}: planned women not null')
        else:
            if r['total']['women'] != r['admin']['women'] + r['tech']['women']:
                raise Fail(f'{name}: total women {r["fiscalYear"]}')
            for k in ('total', 'admin', 'tech'):
                if r[k]['women'] > r[k]['count']:
                    raise Fail(f'{name}: women > heads')
    last = [r for r in rows if not r['planned']][-1]
    planned = rows[-1]
    a = f['assignments']
    if a['cohortFiscalYear'] != last['fiscalYear']:
        raise Fail(f'{name}: cohort')
    printed(a['intro'], 'assignment intro')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        raise Fail(f'{name}: duplicate unit')
    for u in units:
        printed(u, 'unit')
    sa = sum(r['admin'] or 0 for r in a['rows'])
    st = sum(r['tech'] or 0 for r in a['rows'])
    if (sa, st) != (last['admin']['count'], last['tech']['count']) or (sa, st) != (a['totals']['admin'], a['totals']['tech']):
        raise Fail(f'{name}: assignment sums {sa}/{st}')
    e = f['exams']
    printed(e['title'], 'exam title')
    if not (e['fiscalYear'] == planned['fiscalYear'] == f['edition']['year']):
        raise Fail(f'{name}: exam year')
    sums = collections.Counter()
    keys = set()
    for en in e['entries']:
        printed(en['track'], 'exam track')
        printed(en['exam'], 'exam')
        for b in en['breakdown']:
            printed(b['category'], 'category')
            key = (_sc.track(en['track']), _sc.level(en['exam']), _sc.norm(b['category']))
            if key in keys:
                raise Fail(f'{name}: exam key collision {key}')
            keys.add(key)
            sums[_sc.track(en['track'])] += b['count']
        if sum(b['count'] for b in en['breakdown']) != en['total']:
            raise Fail(f'{name}: exam entry total')
    if sums['administrative'] != planned['admin']['count'] or sums['technical'] != planned['tech']['count']:
        raise Fail(f'{name}: exam sums {dict(sums)}')
    for c in f['contacts']:
        printed(c['office'], 'office')
        printed(c.get('location'), 'location')
        for t in c['tel'] + c.get('fax', []) + c['email']:
            printed(t, 'contact')
    printed(f['access']['address'], 'address')
    for r in f['access']['routes']:
        printed(r.replace('『', '').replace('』', ''), 'route')
    for s in f['lead']['text'] + [f['lead']['title']]:
        printed(s, 'lead')
    printed(f['initiativesIntro'], 'initiatives intro')
    for i in f['initiatives']:
        printed(i['title'], 'initiative')
        printed(i['text'], 'initiative text')
    printed(f['supportTitle'], 'support title')
    for s in f['supportSystems']:
        printed(s['name'], 'support')
        printed(s['duration'], 'duration')
        printed(s['text'], 'support text')
    printed(f['training']['title'], 'training')
    for s in f['training']['paragraphs']:
        printed(s, 'training')
    # stand-in extract document: must score full marks with score_extract.checks()
    doc = {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': {
        'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'],
                             'total': {'count': r['total']['count'], 'women': r['total']['women']},
                             'administrative': {'count': r['admin']['count'], 'women': r['admin']['women']},
                             'technical': {'count': r['tech']['count'], 'women': r['tech']['women']}} for r in rows]},
        'assignments': {'cohortFiscalYear': a['cohortFiscalYear'],
                        'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0} for r in a['rows']]},
        'examBreakdown': {'entries': [{'track': _sc.track(en['track']), 'level': _sc.level(en['exam']),
                                       'category': b['category'], 'count': b['count']} for en in e['entries'] for b in en['breakdown']]},
        'contacts': [{'office': c['office'], 'phones': [{'number': ''.join(ch for ch in unicodedata.normalize('NFKC', t.split('（')[0]) if ch.isdigit())} for t in c['tel']],
                      'emails': c['email']} for c in f['contacts']],
        'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes'] if '『' in r]},
        'initiatives': [{'title': i['title']} for i in f['initiatives']],
        'supportSystems': [{'name': s['name']} for s in f['supportSystems']]}}
    res = _sc.checks(f, doc, _sc.norm(exp_text))
    bad = [n for n, ok in res if not ok]
    if bad:
        raise Fail(f'{name}: stand-in misses {bad}')
    n_init = sum(1 for n, _ in res if n.startswith('initiative'))
    n_sup = sum(1 for n, _ in res if n.startswith('support'))
    if n_init != len(f['initiatives']) or n_sup != len(f['supportSystems']):
        raise Fail(f'{name}: initiative/support checks unreachable')
    kinds = collections.Counter(n.split(' ')[0] for n, _ in res)
    return len(res), kinds


_spec = importlib.util.spec_from_file_location('score_extract', os.path.join(REPO, 'Scripts', 'score_extract.py'))
_sc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_sc)


# ---- shared content helpers -------------------------------------------------------------
def hrow(fy, label, labelText, a, aw, t, tw, planned=False, texts=None):
    texts = texts or (str(a + t), str(a), str(t))
    return {'fiscalYear': fy, 'label': label, 'labelText': labelText, 'planned': planned,
            'total': {'count': a + t, 'women': None if planned else aw + tw, 'text': texts[0]},
            'admin': {'count': a, 'women': None if planned else aw, 'text': texts[1]},
            'tech': {'count': t, 'women': None if planned else tw, 'text': texts[2]}}


NAVY = (0.1, 0.16, 0.34)
GREY = (0.45, 0.45, 0.45)
WHITE = (1, 1, 1)


# =======================================================================================
# 京都市 kyoto-2026
# =======================================================================================
def kyoto():
    PUR = (0.36, 0.22, 0.5)
    TINT = (0.93, 0.9, 0.96)
    H = [(2021, 62, 29, 41, 9), (2022, 58, 31, 44, 11), (2023, 65, 33, 39, 8), (2024, 61, 30, 46, 13),
         (2025, 67, 35, 43, 12)]
    era = lambda fy: f'令和{fy - 2018}年4月採用'
    rows = [hrow(fy, era(fy), era(fy), a, aw, t, tw, texts=(f'{a + t}人', f'{a}人', f'{t}人')) for fy, a, aw, t, tw in H]
    rows.append(hrow(2026, era(2026), era(2026), 70, None, 45, None, planned=True, texts=('115人', '70人', '45人')))
    units = [('総合企画局', 4, None), ('行財政局', 6, 1), ('文化市民局', 5, None), ('保健福祉局', 12, None),
             ('子ども若者はぐくみ局', 8, None), ('環境政策局', 3, 5), ('産業観光局', 5, 2), ('都市計画局', 3, 8),
             ('建設局', 2, 16), ('消防局', 1, 2), ('上下水道局', 4, 7), ('区役所・支所', 14, 2)]
    ex_admin = [('上級試験', [('行政A', 40), ('行政B（教養型）', 14), ('社会福祉', 10)]),
                ('大学院卒業程度試験', [('行政', 6)])]
    ex_tech = [('上級試験', [('土木', 18), ('建築', 9), ('電気', 6), ('機械', 5), ('化学', 3), ('造園', 4)])]
    inits = [('京都市版フレックスタイム', '始業・終業時刻を30分単位で選べ、子育てや通院と仕事を両立できます。'),
             ('テレワーク・モバイルワーク', '全職員にモバイル端末を配備し、区役所や自宅からも業務ができます。'),
             ('「町家オフィス」での庁外会議', '市内の京町家を活用した打合せの場で、部局を越えた議論を進めています。')]
    stages = [('結婚', [('結婚休暇', '連続する5日以内')]),
              ('妊娠・出産', [('産前・産後休暇', '産前8週間・産後8週間'), ('配偶者出産休暇', '3日以内')]),
              ('育児', [('育児休業', '子が3歳に達するまで'), ('育児短時間勤務', '子が小学校に就学するまで'), ('子の看護休暇', '年5日（2人以上は10日）')]),
              ('介護', [('介護休暇', '通算6か月以内'), ('介護時間', '連続3年以内（1日2時間まで）')])]
    facts = {
        'fixture': 'kyoto-2026', 'organization': '京都市', 'document': '職員採用案内',
        'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '令和8年3月'},
        'hiring': {'intro': ['上級試験・大学院卒業程度試験による採用者数'],
                   'note': ['※（　）内は女性の人数で内数です。', '※令和8年4月採用は採用予定数です。'],
                   'tracks': {'admin': '事務職', 'tech': '技術職'}, 'textSynthesised': False,
                   'layout': 'ruled table with a DIAGONALLY SPLIT header cell (区分 top right / 年度 bottom left, spanning the group and label columns) and VERTICAL (縦書き) row-header cells spanning rows (採用実績 over five rows, 予定 over the planned row); labels 令和3年4月採用; counts written 62人（29人）',
                   'rows': rows},
        'exams': {'title': '令和8年度 試験区分別の採用予定数', 'fiscalYear': 2026, 'textSynthesised': True,
                  'layout': 'ruled table 職種 | 試験 | 区分 | 採用予定数 with VERTICAL 職種 cells spanning rows and 試験 cells spanning rows; counts in 名',
                  'entries': [{'track': '事務職', 'exam': ex, 'text': '', 'breakdown': [{'category': c, 'count': n} for c, n in br],
                               'total': sum(n for _, n in br)} for ex, br in ex_admin] +
                             [{'track': '技術職', 'exam': ex, 'text': '', 'breakdown': [{'category': c, 'count': n} for c, n in br],
                               'total': sum(n for _, n in br)} for ex, br in ex_tech]},
        'contacts': [
            {'track': '試験について', 'office': '人事委員会事務局 任用課', 'location': '', 'tel': ['075-222-3851'],
             'email': ['ninyo-shiken@city.kyoto.lg.jp']},
            {'track': '職場・配属について', 'office': '行財政局 人事部 人事課', 'location': '', 'tel': ['075-222-3197'],
             'email': ['jinji-saiyo@city.kyoto.lg.jp']}],
        'access': {'address': '〒604-8571 京都市中京区寺町通御池上る上本能寺前町488',
                   'routes': ['地下鉄東西線『京都市役所前』駅 直結', '京阪本線『三条』駅 徒歩7分', '阪急京都線『京都河原町』駅 徒歩10分']},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '令和7年4月採用者の配属先',
                        'tracks': {'admin': '事務職', 'tech': '技術職'},
                        'layout': 'ruled table 局・区役所 | 事務職 | 技術職, counts in 名 (the hiring table uses 人), － for none, a 計 row',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units],
                        'totals': {'admin': 67, 'tech': 43}},
        'lead': {'title': '千年のまちの、これからを担う。',
                 'text': ['京都市職員は、歴史と文化を守りながら、子育て、福祉、防災、観光、まちづくりなど市民の暮らしに身近な仕事に取り組んでいます。',
                          '事務職と技術職が力を合わせ、147万市民とともに未来の京都をつくっていきます。']},
        'initiativesIntro': '職員一人ひとりが力を発揮できる職場をめざしています。',
        'initiatives': [{'title': t, 'text': x} for t, x in inits],
        'supportTitle': 'ライフイベントと両立支援制度',
        'supportSystems': [{'name': n, 'duration': d, 'text': '', 'stage': s} for s, cs in stages for n, d in cs],
        'supportSource': '',
        'training': {'title': '人材育成',
                     'paragraphs': ['採用後は新規採用職員研修で市政の基礎を学び、職場ではOJTリーダーが一人ひとりを支えます。',
                                    'おおむね3～4年で異なる分野を経験し、国や他都市への派遣研修の機会もあります。']},
        'keyFigures': [],
        'pages': 2,
    }
    # ---------------- page 1
    p = Page()
    L, R = 36, PW - 36
    p.rect(0, 0, PW, 96, fill=PUR)
    p.tl(L, 18, 'CITY OF KYOTO', G, 9, WHITE)
    a = p.t(L, 34, '京都市', M, 30, WHITE)
    b = p.t(L + 96, 44, '職員採用案内', G, 18, WHITE)
    p.line([a, b])
    p.tl(L, 74, '上級試験（大学卒業程度）・大学院卒業程度試験　事務職・技術職', G, 9, WHITE)
    p.tl(R, 78, '令和8年3月発行　京都市人事委員会事務局', G, 7.5, WHITE, 'r')
    y = 112
    p.tl(L, y, facts['lead']['title'], M, 15, PUR)
    y += 24
    for s in facts['lead']['text']:
        y = p.para(L, y, R - L, s, M, 8.5)
    y += 8
    # big-number decoy tiles (not facts)
    tiles = [('女性採用比率', '43', '%', '令和7年4月採用者'), ('職員の平均年齢', '41.8', '歳', '全職員（令和7年4月）'),
             ('年次休暇の平均取得', '14.2', '日', '令和6年'), ('男性の育児休業取得率', '61', '%', '令和6年度')]
    tw_ = (R - L - 3 * 10) / 4
    for k, (lab, num, unit, note) in enumerate(tiles):
        tx = L + k * (tw_ + 10)
        p.rect(tx, y, tw_, 62, fill=TINT, r=4)
        p.tl(tx + tw_ / 2, y + 6, lab, G, 7.5, PUR, 'c')
        nw = sw(num, G, 24) + sw(unit, G, 10) + 1
        n1 = p.t(tx + tw_ / 2 - nw / 2, y + 20, num, G, 24, PUR)
        n2 = p.t(tx + tw_ / 2 - nw / 2 + sw(num, G, 24) + 1, y + 33, unit, G, 10, PUR)
        p.line([n1, n2])
        p.tl(tx + tw_ / 2, y + 49, note, G, 6.5, GREY, 'c')
    y += 76
    p.rect(L, y, 4, 16, fill=PUR)
    p.tl(L + 10, y + 1, '採用実績', G, 13)
    p.tl(R, y + 5, facts['hiring']['intro'][0] + '（単位：人）', G, 7.5, GREY, 'r')
    y += 24
    trs = [[C('', diag=('区分', '年度'), cs=2, fill=TINT), None, C('事務職', font=G, fill=TINT), C('技術職', font=G, fill=TINT),
            C('合計', font=G, fill=TINT)]]
    for i, r in enumerate(rows):
        cells = []
        if i == 0:
            cells.append(C('採用実績', rs=5, vert=True, font=G, size=9, fill=(0.97, 0.95, 0.98)))
        elif r['planned']:
            cells.append(C('予定', vert=True, font=G, size=9, fill=TINT))
        else:
            cells.append(None)
        fmt = (lambda k: r[k]['text']) if r['planned'] else (lambda k: f"{r[k]['text']}（{r[k]['women']}人）")
        cells += [C(r['label'], font=G, fill=TINT if r['planned'] else None)] + \
                 [C(fmt(k), al='r', fill=TINT if r['planned'] else None) for k in ('admin', 'tech', 'total')]
        trs.append(cells)
    y = table(p, L, y, [30, 118, 125, 125, 125], trs, M, 9, rowh=[28, 18, 18, 18, 18, 18, 26])
    y += 4
    for s in facts['hiring']['note']:
        p.tl(L, y, s, M, 7.5)
        y += 12
    y += 10
    ytop = y
    # left: assignments (名)
    p.rect(L, y, 4, 16, fill=PUR)
    p.tl(L + 10, y + 1, '配属先', G, 13)
    y += 22
    p.tl(L, y, facts['assignments']['intro'] + '（単位：名）', G, 7.5, GREY)
    y += 13
    ars = [[C('局・区役所', font=G, fill=TINT), C('事務職', font=G, fill=TINT), C('技術職', font=G, fill=TINT)]]
    for u, a_, t_ in units:
        ars.append([C(u, al='l'), C(f'{a_}名' if a_ else '－', al='r'), C(f'{t_}名' if t_ else '－', al='r')])
    ars.append([C('計', font=G), C('67名', al='r', font=G), C('43名', al='r', font=G)])
    table(p, L, y, [128, 58, 58], ars, M, 8, rowh=14.5, rules='rows', rule_color=(0.6, 0.55, 0.7))
    # right: initiatives
    x2, w2 = L + 264, R - L - 264
    y = ytop
    p.rect(x2, y, 4, 16, fill=PUR)
    p.tl(x2 + 10, y + 1, '働きやすい職場づくり', G, 13)
    y += 22
    y = p.para(x2, y, w2, facts['initiativesIntro'], M, 8) + 4
    for t_, x_ in inits:
        p.tl(x2, y, '◆' + t_, G, 9, PUR)
        y += 14
        y = p.para(x2 + 9, y, w2 - 9, x_, M, 8) + 6
    p.rect(x2, y + 2, w2, 58, fill=(0.8, 0.8, 0.82))
    p.tl(x2 + w2 / 2, y + 64, '町家オフィスでの打合せの様子', M, 7, GREY, 'c')
    pages = [p]
    # ---------------- page 2
    p = Page()
    y = 36
    p.rect(L, y, 4, 16, fill=PUR)
    p.tl(L + 10, y + 1, facts['exams']['title'], G, 13)
    y += 24
    ers = [[C('職種', font=G, fill=TINT), C('試験', font=G, fill=TINT), C('区分', font=G, fill=TINT), C('採用予定数', font=G, fill=TINT)]]
    for trk, exs in (('事務職', ex_admin), ('技術職', ex_tech)):
        n = sum(len(br) for _, br in exs)
        first = True
        for ex, br in exs:
            for j, (cat, cnt) in enumerate(br):
                row = [C(trk, rs=n, vert=True, font=G, size=9, fill=TINT) if first else None]
                first = False
                row.append(C(ex if len(ex) < 8 else ['大学院卒業', '程度試験'], rs=len(br)) if j == 0 else None)
                row += [C(cat, al='l'), C(f'{cnt}名', al='r')]
                ers.append(row)
    yb = table(p, L, y, [26, 82, 98, 58], ers, M, 8.5, rowh=[18, 16, 16, 16, 24] + [16] * 6)
    # right of the exam table: training + photo
    x2, w2 = L + 282, R - L - 282
    p.rect(x2, y - 24, 4, 16, fill=PUR)
    p.tl(x2 + 10, y - 23, facts['training']['title'], G, 13)
    yy = y
    for s in facts['training']['paragraphs']:
        yy = p.para(x2, yy, w2, s, M, 8.5) + 3
    p.rect(x2, yy + 4, w2, 70, fill=(0.8, 0.8, 0.82))
    p.tl(x2 + w2 / 2, yy + 78, '新規採用職員研修（京都市職員研修所）', M, 7, GREY, 'c')
    y = max(yb, yy + 92) + 16
    # life-event timeline
    p.rect(L, y, 4, 16, fill=PUR)
    p.tl(L + 10, y + 1, facts['supportTitle'], G, 13)
    y += 26
    sw_ = (R - L - 3 * 14) / 4
    for k, (st, cards) in enumerate(stages):
        sx = L + k * (sw_ + 14)
        p.poly([(sx, y), (sx + sw_ - 6, y), (sx + sw_ + 6, y + 11), (sx + sw_ - 6, y + 22), (sx, y + 22)], fill=PUR)
        p.tl(sx + (sw_ - 6) / 2, y + 6, st, G, 10, WHITE, 'c')
        p.hl(sx + sw_ / 2, y + 22, sx + sw_ / 2, y + 34, PUR, 1)
        cy = y + 34
        for name, dur in cards:
            lines = wrap(dur, M, 7.5, sw_ - 12)
            hh = 22 + 11 * len(lines)
            p.rect(sx, cy, sw_, hh, stroke=PUR, lw=0.8, r=3)
            p.tl(sx + 6, cy + 5, name, G, 8.5, PUR)
            for j, (ln, _) in enumerate(lines):
                p.tl(sx + 6, cy + 18 + 11 * j, ln, M, 7.5)
            cy += hh + 6
    y += 34 + 3 * 39 + 8
    p.tl(L, y, '※制度の詳細は「京都市職員の勤務時間、休日及び休暇に関する条例」等によります。', M, 7, GREY)
    y += 22
    p.rect(L, y, 4, 16, fill=PUR)
    p.tl(L + 10, y + 1, '試験日程（予定）', G, 13)
    y += 24
    sch = [[C('', fill=TINT), C('上級試験', font=G, fill=TINT), C('大学院卒業程度試験', font=G, fill=TINT)],
           [C('受付期間', font=G), C('4月1日～4月24日'), C('4月1日～4月24日')],
           [C('第1次試験', font=G), C('5月17日（日）'), C('5月17日（日）')],
           [C('第2次試験', font=G), C('6月中旬～下旬'), C('6月中旬')],
           [C('最終合格発表', font=G), C('7月下旬'), C('7月上旬')]]
    table(p, L, y, [110, 140, 140], sch, M, 8.5, rowh=16, rule_color=(0.6, 0.55, 0.7))
    # contacts + access: a band at the foot of the back page
    y = PH - 40 - 118
    p.rect(L, y, R - L, 118, fill=(0.97, 0.95, 0.98))
    yy = y + 10
    p.tl(L + 10, yy, 'お問い合わせ', G, 11, PUR)
    yy += 18
    for c in facts['contacts']:
        p.tl(L + 10, yy, f"【{c['track']}】", G, 8.5)
        p_ = p.t(L + 10, yy + 13, '京都市', M, 8.5)
        q_ = p.t(L + 10 + sw('京都市', M, 8.5) + 2, yy + 13, c['office'], M, 8.5)
        p.line([p_, q_])
        p.tl(L + 10, yy + 26, 'TEL ' + c['tel'][0], M, 8.5)
        p.tl(L + 10, yy + 39, 'E-mail ' + c['email'][0], M, 8.5)
        break
    c = facts['contacts'][1]
    xx = L + 10 + 170
    p.tl(xx, y + 28, f"【{c['track']}】", G, 8.5)
    p_ = p.t(xx, y + 41, '京都市', M, 8.5)
    q_ = p.t(xx + sw('京都市', M, 8.5) + 2, y + 41, c['office'], M, 8.5)
    p.line([p_, q_])
    p.tl(xx, y + 54, 'TEL ' + c['tel'][0], M, 8.5)
    p.tl(xx, y + 67, 'E-mail ' + c['email'][0], M, 8.5)
    xa = L + 10 + 340
    p.tl(xa, y + 10, 'アクセス', G, 11, PUR)
    yy = p.para(xa, y + 28, R - xa - 8, facts['access']['address'], M, 8, lh=12)
    for r in facts['access']['routes']:
        p.tl(xa, yy, '●' + r.replace('『', '').replace('』', ''), M, 8)
        yy += 12
    pages.append(p)
    # fix the contact expected-line order: first contact lines were added before the second's
    return facts, pages


# =======================================================================================
# 岡山県 okayama-2026
# =======================================================================================
def okayama():
    ORG = (0.88, 0.42, 0.08)
    GRN = (0.16, 0.45, 0.32)
    TINT = (1.0, 0.94, 0.86)
    H = [(2021, 44, 19, 29, 5), (2022, 47, 22, 31, 7), (2023, 45, 24, 34, 6), (2024, 51, 25, 30, 9),
         (2025, 49, 27, 35, 10)]
    rows = [hrow(fy, f'{fy}年4月入庁', f'{fy}年4月入庁', a, aw, t, tw) for fy, a, aw, t, tw in H]
    rows.append(hrow(2026, '令和8年度', '令和8年度採用予定', 50, None, 33, None, planned=True,
                     texts=('83名', '50名', '33名')))
    units = [('総務部', 5, None), ('県民生活部', 4, None), ('環境文化部', 3, 2), ('保健医療部', 6, 1),
             ('子ども・福祉部', 7, None), ('産業労働部', 4, 1), ('農林水産部', 3, 11), ('土木部', 4, 17),
             ('出納局', 2, None), ('教育委員会', 6, None), ('県民局（備前・備中・美作）', 5, 3)]
    ex = [('事務系', [('行政', 40), ('警察行政', 6), ('社会福祉', 4)]),
          ('技術系', [('総合土木', 14), ('建築', 5), ('電気', 3), ('機械', 2), ('農業', 4), ('林業', 2), ('獣医師', 3)])]
    inits = [('おかやま版テレワーク', '在宅勤務やサテライトオフィス勤務を、育児・介護中の職員に限らず全職員が利用できます。'),
             ('ゆう活・早出遅出勤務', '始業時刻を7時30分から10時までの間で選ぶことができます。'),
             ('業務のデジタル化', '電子決裁やオンライン会議を標準とし、紙と移動の時間を減らしています。')]
    sup = [('育児休業', '子が3歳に達するまで', '男性職員の取得率は年々上がっています。'),
           ('部分休業', '子が小学校就学前まで（1日2時間以内）', '勤務時間の始めや終わりに休めます。'),
           ('男性職員の育児参加休暇', '5日以内（子が1歳まで）', '配偶者の産前産後期間に取得できます。'),
           ('子の看護休暇', '年5日（子が2人以上は10日）', '子の病気や予防接種の付き添いに。'),
           ('介護休暇', '通算6月以内（3回まで分割可）', '家族の介護が必要なときに取得できます。')]
    train = [('1年目', '新規採用職員研修', '県政の基礎、公務員倫理、接遇'), ('2～5年目', '若手職員研修', '政策形成、プレゼンテーション'),
             ('主任級', '主任研修', '後輩指導、業務改善'), ('係長級', '係長研修', '組織運営、リスク管理'),
             ('課長補佐級以上', '管理職研修', 'マネジメント、人事評価')]
    facts = {
        'fixture': 'okayama-2026', 'organization': '岡山県', 'document': '職員採用ガイド',
        'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '2026年4月'},
        'hiring': {'intro': ['大学卒業程度試験による採用者数（名）'],
                   'note': ['（　）内は女性で内数です。グラフの数値はこの表と同じです。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'STACKED BAR CHART (事務系 bottom / 技術系 top segments with the numbers inside, the total above each bar, x labels 2021年4月入庁) with a small ruled DATA TABLE under it (the truth, counts 44（19）); the planned year ONLY in its own box beside the chart (令和8年度採用予定 / 事務系 50名 / 技術系 33名 / 計 83名)',
                   'rows': rows},
        'exams': {'title': '令和8年度 大学卒業程度試験 採用予定数', 'fiscalYear': 2026, 'textSynthesised': True,
                  'layout': 'ruled table 試験区分 | 採用予定数 with a track group row spanning both columns; exam name only in the title',
                  'entries': [{'track': trk, 'exam': '大学卒業程度試験', 'text': '',
                               'breakdown': [{'category': c, 'count': n} for c, n in br], 'total': sum(n for _, n in br)}
                              for trk, br in ex]},
        'contacts': [
            {'track': '試験・採用について', 'office': '人事委員会事務局 任用課', 'location': '県庁分庁舎3階', 'tel': ['086-226-7563'],
             'email': ['jininin@pref.okayama.lg.jp']},
            {'track': '仕事・職場について', 'office': '総務部 人事課', 'location': '県庁本庁舎4階', 'tel': ['086-226-7218'],
             'email': ['jinji-saiyo@pref.okayama.lg.jp']}],
        'access': {'address': '〒700-8570 岡山県岡山市北区内山下2-4-6',
                   'routes': ['岡山電気軌道『県庁通り』電停 徒歩5分', 'JR『岡山』駅 東口 徒歩20分']},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '2025年4月入庁者の配属先',
                        'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'ruled table 部局 | 事務系 | 技術系, counts with 人 (the hiring table and exam table use 名 / bare numbers), － for none, 計 row',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units],
                        'totals': {'admin': 49, 'tech': 35}},
        'lead': {'title': '晴れの国で、あなたの力を。',
                 'text': ['岡山県は、瀬戸内海から中国山地まで豊かな自然に恵まれ、交通の結節点として中四国の発展を支えてきました。',
                          '県職員は、防災・減災、産業振興、子育て支援、地域医療など、県民の生活を支える幅広い仕事に取り組んでいます。']},
        'sideNotes': ['晴れの国：降水量1mm未満の日が全国最多クラスであることから。', '県の出先機関は県内各地にあり、地域に密着した仕事も担います。'],
        'initiativesIntro': '職員が働きやすく、力を発揮できる職場づくりを進めています。',
        'initiatives': [{'title': t, 'text': x} for t, x in inits],
        'supportTitle': '仕事と子育て・介護の両立',
        'supportSystems': [{'name': n, 'duration': d, 'text': x} for n, d, x in sup],
        'supportSource': '',
        'training': {'title': '研修制度',
                     'paragraphs': ['職責や経験年数に応じた階層別研修で、段階的に能力を伸ばします。'],
                     'table': [list(r) for r in train]},
        'keyFigures': [],
        'pages': 2,
    }
    p = Page()
    L, R = 34, PW - 34
    p.rect(0, 0, PW, 8, fill=ORG)
    p.tl(L, 22, '晴れの国おかやま', G, 9, ORG)
    a = p.t(L, 36, '岡山県', M, 28)
    b = p.t(L + 88, 44, '職員採用ガイド', G, 16, GRN)
    p.line([a, b])
    p.tl(R, 36, '2026年4月発行', G, 8, GREY, 'r')
    p.tl(R, 48, '岡山県人事委員会', G, 8, GREY, 'r')
    p.tl(L, 72, '大学卒業程度試験　事務系・技術系', G, 9, GRN)
    p.hl(L, 88, R, 88, ORG, 1.5)
    y = 98
    # lead with side notes in a narrow margin column
    mw = 372
    nx = L + mw + 18
    p.hl(nx - 9, y, nx - 9, y + 108, (0.8, 0.8, 0.8), 0.5)
    p.tl(L, y, facts['lead']['title'], M, 15, GRN)
    y += 26
    for s, note in zip(facts['lead']['text'], facts['sideNotes']):
        y0 = y
        y = p.para(L, y, mw, s, M, 9, lh=15) + 4
        p.para(nx, y0 + 1, R - nx, '＊' + note, G, 6.8, lh=10, color=GREY)
    y += 8
    # hiring: stacked bar chart + planned box + data table
    p.rect(L, y, R - L, 20, fill=TINT)
    p.tl(L + 8, y + 4, '採用状況', G, 12, ORG)
    y += 30
    p.tl(L, y, facts['hiring']['intro'][0], G, 8)
    lg1 = p.t(L + 250, y + 0.5, '事務系', G, 7.5)
    lg2 = p.t(L + 300, y + 0.5, '技術系', G, 7.5)
    p.rect(L + 240, y + 1, 7, 7, fill=GRN)
    p.rect(L + 290, y + 1, 7, 7, fill=ORG)
    p.line(lg1, lg2)
    y += 16
    base = y + 150
    sc = 1.55
    p.hl(L, base, L + 340, base, GREY, 0.8)
    for k, r in enumerate(rows[:-1]):
        bx = L + 14 + k * 66
        bw = 34
        ha, ht = r['admin']['count'] * sc, r['tech']['count'] * sc
        p.rect(bx, base - ha, bw, ha, fill=GRN)
        p.rect(bx, base - ha - ht, bw, ht, fill=ORG)
        t0 = p.t(bx + bw / 2, base - ha - ht - 12, str(r['total']['count']), G, 8.5, (0, 0, 0), 'c')
        t1 = p.t(bx + bw / 2, base - ha - ht / 2 - 4, str(r['tech']['count']), G, 8, WHITE, 'c')
        t2 = p.t(bx + bw / 2, base - ha / 2 - 4, str(r['admin']['count']), G, 8, WHITE, 'c')
        t3 = p.t(bx + bw / 2, base + 4, r['label'], G, 6.5, (0, 0, 0), 'c')
        p.line(t0, t1, t2, t3)
    # planned box, apart from the actual years
    bx, bw = L + 372, R - L - 372
    p.rect(bx, y + 20, bw, 110, stroke=ORG, lw=1.2, r=6)
    p.rect(bx, y + 20, bw, 24, fill=ORG, r=6)
    h1 = p.t(bx + bw / 2 - (sw('令和8年度', G, 10) + sw('採用予定', G, 10) + 3) / 2, y + 26, '令和8年度', G, 10, WHITE)
    h2 = p.t(h1.x + h1.w + 3, y + 26, '採用予定', G, 10, WHITE)
    p.line([h1, h2])
    for j, (lab, v) in enumerate((('事務系', '50'), ('技術系', '33'), ('計', '83'))):
        yy = y + 54 + j * 24
        a1 = p.t(bx + 14, yy + 4, lab, G, 9)
        a2 = p.t(bx + bw - 26, yy, v, G, 16, ORG if lab == '計' else GRN, 'r')
        a3 = p.t(bx + bw - 24, yy + 6, '名', G, 9)
        p.line(a1, [a2, a3])
        if j < 2:
            p.hl(bx + 10, yy + 21, bx + bw - 10, yy + 21, (0.85, 0.85, 0.85), 0.5, (1, 2))
    y = base + 20
    trs = [[C('入庁年月', font=G, fill=TINT), C('事務系', font=G, fill=TINT), C('技術系', font=G, fill=TINT), C('計', font=G, fill=TINT)]]
    for r in rows[:-1]:
        trs.append([C(r['label'])] + [C(f"{r[k]['count']}（{r[k]['women']}）") for k in ('admin', 'tech', 'total')])
    y = table(p, L, y, [110, 90, 90, 90], trs, M, 8, rowh=14, rule_color=(0.7, 0.6, 0.5))
    p.tl(L, y + 3, facts['hiring']['note'][0], M, 7, GREY)
    y += 22
    # initiatives with circled digits
    p.rect(L, y, R - L, 20, fill=TINT)
    p.tl(L + 8, y + 4, '働きやすい職場づくり', G, 12, ORG)
    y += 28
    p.tl(L, y, facts['initiativesIntro'], M, 8.5)
    y += 16
    cw = (R - L - 2 * 14) / 3
    for k, (t_, x_) in enumerate(inits):
        cx = L + k * (cw + 14)
        d = p.t(cx, y, '①②③'[k], G, 10, ORG)
        tt = p.t(cx + 13, y + 1, t_, G, 8.5, GRN)
        p.line([d, tt])
        p.para(cx, y + 17, cw, x_, M, 7.8, lh=12)
    y += 60
    caps = ['県庁本庁舎（前川國男設計）', '災害復旧現場での測量', '子育て支援の窓口']
    for k, cap in enumerate(caps):
        cx = L + k * (cw + 14)
        p.rect(cx, y, cw, 96, fill=(0.8, 0.8, 0.8))
        p.tl(cx, y + 100, cap, M, 7, GREY)
    pages = [p]
    # ---------------- page 2
    p = Page()
    y = 34
    p.rect(0, 0, PW, 8, fill=ORG)
    x2 = L + 262
    p.rect(L, y, 248, 20, fill=TINT)
    p.tl(L + 8, y + 4, '試験区分と採用予定数', G, 12, ORG)
    y += 28
    p.tl(L, y, facts['exams']['title'], G, 8)
    ers = [[C('試験区分', font=G, fill=TINT), C('採用予定数', font=G, fill=TINT)]]
    for trk, br in ex:
        ers.append([C(trk, cs=2, al='l', font=G, color=GRN, fill=(0.93, 0.96, 0.94))])
        for c_, n in br:
            ers.append([C(c_, al='l'), C(f'{n}名', al='r')])
    yb = table(p, L, y + 14, [160, 88], ers, M, 8.5, rowh=15.5, rule_color=(0.7, 0.6, 0.5))
    p.tl(L, yb + 3, '※採用予定数は変更することがあります。', M, 7, GREY)
    yb += 16
    p.rect(x2, y - 28, R - x2, 20, fill=TINT)
    p.tl(x2 + 8, y - 24, '配属先', G, 12, ORG)
    p.tl(x2, y, facts['assignments']['intro'] + '（人）', G, 8)
    ars = [[C('部局', font=G, fill=TINT), C('事務系', font=G, fill=TINT), C('技術系', font=G, fill=TINT)]]
    for u, a_, t_ in units:
        ars.append([C(u, al='l'), C(f'{a_}人' if a_ else '－', al='r'), C(f'{t_}人' if t_ else '－', al='r')])
    ars.append([C('計', font=G), C('49人', al='r', font=G), C('35人', al='r', font=G)])
    ya = table(p, x2, y + 14, [131, 65, 65], ars, M, 8.5, rowh=15.5, rules='rows', rule_color=(0.7, 0.6, 0.5))
    y = max(yb, ya) + 16
    # training table by years of service
    p.rect(L, y, R - L, 20, fill=TINT)
    p.tl(L + 8, y + 4, facts['training']['title'], G, 12, ORG)
    y += 28
    p.tl(L, y, facts['training']['paragraphs'][0], M, 8.5)
    y += 16
    trr = [[C('時期', font=G, fill=TINT), C('研修名', font=G, fill=TINT), C('主な内容', font=G, fill=TINT)]]
    for w_, n_, c_ in train:
        trr.append([C(w_, font=G, color=GRN), C(n_, al='l'), C(c_, al='l')])
    y = table(p, L, y, [110, 150, R - L - 260], trr, M, 8.5, rowh=16, rule_color=(0.7, 0.6, 0.5)) + 16
    # support: two columns of cards
    p.rect(L, y, R - L, 20, fill=TINT)
    p.tl(L + 8, y + 4, facts['supportTitle'], G, 12, ORG)
    y += 28
    cw = (R - L - 12) / 2
    col_y = [y, y]
    for k, (n_, d_, x_) in enumerate(sup):
        ci = 0 if k < 3 else 1
        cx, cy = L + ci * (cw + 12), col_y[ci]
        p.rect(cx, cy, 4, 40, fill=GRN)
        p.tl(cx + 10, cy, n_, G, 9, GRN)
        a1 = p.t(cx + 10, cy + 14, '期間', G, 7, WHITE)
        p.rect(cx + 8, cy + 13, 18, 9.5, fill=ORG, r=2)
        a2 = p.t(cx + 30, cy + 14, d_, M, 7.5)
        p.line(a1, a2)
        p.tl(cx + 10, cy + 27, x_, M, 7.5)
        col_y[ci] = cy + 48
    y = max(col_y) + 4
    # contacts and access
    y = PH - 36 - 104
    p.hl(L, y, R, y, ORG, 1.5)
    y += 8
    p.tl(L, y, 'お問い合わせ', G, 11, ORG)
    cw = 170
    for k, c in enumerate(facts['contacts']):
        cx = L + k * (cw + 6)
        p.tl(cx, y + 18, c['track'], G, 8, GRN)
        p.tl(cx, y + 31, c['office'], M, 8)
        p.tl(cx, y + 44, c['location'], M, 7.5, GREY)
        p.tl(cx, y + 57, 'TEL：' + c['tel'][0], M, 8)
        p.tl(cx, y + 70, 'Mail：' + c['email'][0], M, 7.6)
    xa = L + 2 * (cw + 6) + 6
    p.tl(xa, y, 'アクセス', G, 11, ORG)
    yy = y + 18
    p.tl(xa, yy, '岡山県庁', G, 8, GRN)
    yy = p.para(xa, yy + 13, R - xa, facts['access']['address'], M, 8, lh=13)
    for r in facts['access']['routes']:
        p.tl(xa, yy, '・' + r.replace('『', '').replace('』', ''), M, 8)
        yy += 13
    pages.append(p)
    return facts, pages


# =======================================================================================
# 理化学研究所 riken-2026
# =======================================================================================
def riken():
    BLU = (0.0, 0.32, 0.6)
    LBL = (0.9, 0.94, 0.98)
    H = [(2021, 18, 9, 12, 3), (2022, 20, 11, 10, 2), (2023, 17, 10, 14, 4), (2024, 21, 12, 13, 5),
         (2025, 19, 11, 15, 4)]
    rows = [hrow(fy, f'{fy}年度', f'{fy}年度', a, aw, t, tw) for fy, a, aw, t, tw in H]
    rows.append(hrow(2026, '2026年度', '2026年度（予定）', 22, None, 14, None, planned=True))
    units = [('本部（和光）', 7, 4), ('和光事業所', 3, 3), ('筑波事業所', 1, 1), ('横浜事業所', 3, 2),
             ('神戸事業所', 3, 3), ('播磨事業所', 1, 2), ('仙台・名古屋・大阪ほか', 1, None)]
    ex = [('事務職', '事務職採用試験（大学卒業程度）', [('研究推進・研究支援', 12), ('経営管理', 8)]),
          ('事務職', '事務職採用試験（大学院修士課程修了程度）', [('研究推進・研究支援', 2)]),
          ('技術職', '技術職採用試験（大学卒業程度）', [('施設（建築・設備）', 5), ('情報システム', 6), ('安全管理', 3)])]
    inits = [('フレックスタイム制', 'コアタイムのないフレックスタイム制で、研究の進み具合に合わせて働けます。'),
             ('在宅勤務', '月の半分まで在宅勤務ができ、事業所間の会議はオンラインが基本です。'),
             ('英語研修・海外派遣', '国際的な研究所で働くための英語研修と、海外の研究機関への派遣があります。')]
    sup = [('育児休業', '子が3歳に達するまで'), ('育児短時間勤務', '小学校3年生修了まで'),
           ('介護休業', '通算93日（3回まで分割可）'), ('配偶者出産休暇', '2日以内（出産の前後2週間）')]
    jobs = [('事務職', '研究計画の立案や予算の管理、研究成果の発信、知的財産の活用、国際連携など、研究所の経営と研究の推進を担います。'),
            ('技術職', '研究棟や実験設備の設計・保守、スーパーコンピュータを支える情報基盤、放射線や化学物質の安全管理を担います。')]
    train_p = ['入所後は新規採用者研修で理研の研究分野とルールを学んだ後、研究室や事業所に配属され、先輩職員の指導のもとで研究推進、契約、施設管理などの実務を担います。おおむね3～5年ごとに事業所や部署を異動し、研究の現場と本部の両方を経験しながら、専門性と視野を広げていきます。',
               '文部科学省や大学、海外研究機関への出向の機会もあります。']
    facts = {
        'fixture': 'riken-2026', 'organization': '理化学研究所', 'document': '事務職・技術職 採用案内',
        'edition': {'year': 2026, 'asOf': '2026-01', 'asOfText': '2026年1月'},
        'hiring': {'intro': ['定期採用の実績（名）'],
                   'note': ['（　）内は女性の内数。2026年度は採用予定数。'],
                   'tracks': {'admin': '事務職', 'tech': '技術職'}, 'textSynthesised': False,
                   'layout': 'ruled table in the SECOND column of a two-column band, below the continuation of the first column\'s last paragraph; counts 18（9）; planned cell 2026年度 / （予定） on two lines',
                   'rows': rows},
        'exams': {'title': '2026年度 採用予定数', 'fiscalYear': 2026, 'textSynthesised': True,
                  'layout': 'ruled table 職種 | 試験 | 区分 | 予定数, 職種 and 試験 cells spanning rows, exam names on two lines',
                  'entries': [{'track': trk, 'exam': e_, 'text': '', 'breakdown': [{'category': c, 'count': n} for c, n in br],
                               'total': sum(n for _, n in br)} for trk, e_, br in ex]},
        'contacts': [
            {'track': '事務職の採用', 'office': '人事部 人事課', 'location': '', 'tel': ['048-467-9263'],
             'email': ['saiyo-jimu@riken.jp']},
            {'track': '技術職の採用', 'office': '施設部 施設企画課', 'location': '', 'tel': ['048-467-9281'],
             'email': ['gijutsu-saiyo@riken.jp']}],
        'access': {'address': '〒351-0198 埼玉県和光市広沢2-1',
                   'routes': ['東武東上線・東京メトロ有楽町線・副都心線『和光市』駅 南口 徒歩15分', '東武東上線『成増』駅 北口 バス10分']},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '2025年度採用者の配属先（名）',
                        'tracks': {'admin': '事務職', 'tech': '技術職'},
                        'layout': 'unruled striped table 事業所 | 事務職 | 技術職, － for none, 計 row',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units],
                        'totals': {'admin': 19, 'tech': 15}},
        'lead': {'title': '科学の最前線を、支える仕事。',
                 'text': ['理化学研究所は、物理学、化学、生物学、医科学、計算科学など幅広い分野で研究を行う日本で唯一の自然科学の総合研究所です。全国の事業所で約3,000人の研究者が研究に取り組み、事務職・技術職の職員が研究の企画、予算、契約、知的財産、国際連携、施設や情報基盤の整備を通じて、世界と競う研究を支えています。研究者と同じ目線で課題に向き合い、新しい研究棟の建設や大型施設の運用、海外の研究機関との共同研究の契約など、研究所の外ではなかなか経験できない仕事に携わることができます。配属先は和光の本部のほか、筑波、横浜、神戸、播磨など全国の事業所にわたり、異動を通じてさまざまな研究分野に触れることができます。']},
        'jobs': [{'title': t, 'text': x} for t, x in jobs],
        'initiativesIntro': '研究所ならではの柔軟な働き方を取り入れています。',
        'initiatives': [{'title': t, 'text': x} for t, x in inits],
        'supportTitle': '両立支援制度',
        'supportSystems': [{'name': n, 'duration': d, 'text': ''} for n, d in sup],
        'supportSource': '',
        'training': {'title': '研修・キャリア', 'paragraphs': train_p},
        'keyFigures': [],
        'pages': 2,
    }
    L, R = 40, PW - 40
    # ---------------- page 1 (odd: running header and page number at the OUTER = right margin)
    p = Page()
    p.t(R, 20, 'RIKEN　職員採用案内 2026', G, 7, GREY, 'r', furniture=True)
    p.hl(R - 150, 31, R, 31, GREY, 0.4)
    p.t(R, PH - 30, '1', G, 9, BLU, 'r', furniture=True)
    p.rect(L, 44, 6, 60, fill=BLU)
    p.tl(L + 16, 44, '国立研究開発法人', G, 9, BLU)
    a = p.t(L + 16, 60, '理化学研究所', M, 30)
    b = p.t(L + 16 + sw('理化学研究所', M, 30) + 10, 73, facts['document'], G, 13, BLU)
    p.line([a, b])
    p.tl(L + 16, 98, '2026年1月　人事部人事課', G, 7.5, GREY)
    y = 124
    p.tl(L, y, facts['lead']['title'], M, 16, BLU)
    y += 28
    # body paragraph wrapping around a picture at the right (lines of different widths)
    pw_, ph_ = 150, 64
    p.rect(R - pw_, y + 2, pw_, ph_, fill=(0.78, 0.8, 0.84))
    lh = 15
    n_short = int((ph_ + 8) // lh) + 1
    widths = [(0, R - L - pw_ - 12)] * n_short
    y = p.para(L, y, R - L, facts['lead']['text'][0], M, 9, lh=lh, widths=widths)
    y = max(y, 152 + ph_ + 10) + 14
    # two-column band; col 1's last paragraph continues at the top of col 2
    cw = (R - L - 20) / 2
    x1, x2 = L, L + cw + 20
    top = y
    bottom = PH - 52
    p.hl(x1 + cw + 10, top, x1 + cw + 10, bottom, (0.8, 0.85, 0.9), 0.5)
    yy = top
    p.rect(x1, yy, cw, 18, fill=LBL)
    p.tl(x1 + 6, yy + 4, '仕事紹介', G, 10.5, BLU)
    yy += 26
    for t_, x_ in jobs:
        p.tl(x1, yy, '■' + t_, G, 9, BLU)
        yy += 14
        yy = p.para(x1, yy, cw, x_, M, 8.2, lh=13) + 6
    yy += 4
    p.rect(x1, yy, cw, 18, fill=LBL)
    p.tl(x1 + 6, yy + 4, '働く環境', G, 10.5, BLU)
    yy += 26
    yy = p.para(x1, yy, cw, facts['initiativesIntro'], M, 8.5, lh=13) + 4
    for t_, x_ in inits:
        p.tl(x1, yy, '▶' + t_, G, 9, BLU)
        yy += 14
        yy = p.para(x1 + 10, yy, cw - 10, x_, M, 8.2, lh=13) + 6
    yy += 4
    p.rect(x1, yy, cw, 18, fill=LBL)
    p.tl(x1 + 6, yy + 4, facts['training']['title'], G, 10.5, BLU)
    yy += 26
    lines = wrap(train_p[0], M, 8.5, cw)
    bottom = yy + 3 * 14
    k = 0
    while k < len(lines) and yy + 14 <= bottom:
        p.tl(x1, yy, lines[k][0], M, 8.5)
        yy += 14
        k += 1
    if k > len(lines) - 2:
        raise Fail('riken: the flowing paragraph does not continue in column 2')
    yy = top
    while k < len(lines):
        p.tl(x2, yy, lines[k][0], M, 8.5)
        yy += 14
        k += 1
    yy = p.para(x2, yy, cw, train_p[1], M, 8.5, lh=14) + 10
    p.rect(x2, yy, cw, 18, fill=LBL)
    p.tl(x2 + 6, yy + 4, '採用実績', G, 10.5, BLU)
    yy += 26
    p.tl(x2, yy, facts['hiring']['intro'][0], G, 7.5, GREY)
    yy += 13
    trs = [[C('年度', font=G, fill=LBL), C('事務職', font=G, fill=LBL), C('技術職', font=G, fill=LBL), C('合計', font=G, fill=LBL)]]
    for r in rows:
        if r['planned']:
            trs.append([C(['2026年度', '（予定）'], font=G, fill=LBL)] + [C(r[k]['text'], fill=LBL) for k in ('admin', 'tech', 'total')])
        else:
            trs.append([C(r['label'])] + [C(f"{r[k]['count']}（{r[k]['women']}）") for k in ('admin', 'tech', 'total')])
    yy = table(p, x2, yy, [64, 61, 61, 60], trs, M, 8.5, rowh=[16] * 6 + [26], rule_color=(0.55, 0.65, 0.8))
    p.tl(x2, yy + 3, facts['hiring']['note'][0], M, 7, GREY)
    yy += 22
    if bottom - yy < 60:
        raise Fail('riken: no room for the column-2 photo')
    p.rect(x2, yy, cw, bottom - yy - 12, fill=(0.78, 0.8, 0.84))
    p.tl(x2 + cw / 2, bottom - 9, '和光事業所の研究本館', M, 7, GREY, 'c')
    y = bottom + 20
    # decoy: the selection flow (dates, not facts)
    p.rect(L, y, R - L, 18, fill=LBL)
    p.tl(L + 6, y + 4, '採用までの流れ（例年）', G, 10.5, BLU)
    y += 28
    steps = [('エントリー', '3月上旬～4月中旬'), ('書類選考', '4月下旬'), ('面接（2回）', '5月～6月'), ('内々定', '6月下旬'), ('入所', '翌年4月1日')]
    sw5 = (R - L - 4 * 14) / 5
    for k, (a_, b_) in enumerate(steps):
        sx = L + k * (sw5 + 14)
        p.rect(sx, y, sw5, 40, fill=(0.95, 0.97, 0.99), stroke=(0.55, 0.65, 0.8), lw=0.6)
        p.tl(sx + sw5 / 2, y + 8, a_, G, 8.5, BLU, 'c')
        p.tl(sx + sw5 / 2, y + 24, b_, M, 7.5, (0, 0, 0), 'c')
        if k < 4:
            p.poly([(sx + sw5 + 3, y + 14), (sx + sw5 + 11, y + 20), (sx + sw5 + 3, y + 26)], fill=BLU)
    pages = [p]
    # ---------------- page 2 (even: running header and page number at the OUTER = left margin)
    p = Page()
    p.t(L, 20, 'RIKEN　職員採用案内 2026', G, 7, GREY, furniture=True)
    p.hl(L, 31, L + 150, 31, GREY, 0.4)
    p.t(L, PH - 30, '2', G, 9, BLU, furniture=True)
    y = 44
    p.rect(L, y, R - L, 18, fill=LBL)
    p.tl(L + 6, y + 4, facts['exams']['title'], G, 10.5, BLU)
    y += 26
    ers = [[C('職種', font=G, fill=LBL), C('試験', font=G, fill=LBL), C('区分', font=G, fill=LBL), C('予定数', font=G, fill=LBL)]]
    first = {}
    for trk, e_, br in ex:
        n_trk = sum(len(b_) for t2, _, b_ in ex if t2 == trk)
        for j, (c_, n) in enumerate(br):
            row = []
            if trk not in first:
                first[trk] = 1
                row.append(C(trk, rs=n_trk, font=G))
            i_ = e_.index('（')
            if j == 0:
                row.append(C([e_[:i_], e_[i_:]], rs=len(br), al='l'))
            row += [C(c_, al='l'), C(f'{n}名', al='r')]
            ers.append(row)
    y = table(p, L, y, [60, 190, 170, R - L - 420], ers, M, 8.5, rowh=[16, 16, 16, 26, 16, 16, 16], rule_color=(0.55, 0.65, 0.8))
    y += 16
    # assignments (left) + support (right)
    cw = (R - L - 20) / 2
    x2 = L + cw + 20
    p.rect(L, y, cw, 18, fill=LBL)
    p.tl(L + 6, y + 4, '配属先', G, 10.5, BLU)
    y += 26
    p.tl(L, y, facts['assignments']['intro'], G, 7.5, GREY)
    ars = [[C('事業所', font=G), C('事務職', font=G), C('技術職', font=G)]]
    for i_, (u, a_, t_) in enumerate(units):
        f_ = (0.95, 0.97, 0.99) if i_ % 2 == 0 else None
        ars.append([C(u, al='l', fill=f_), C(str(a_) if a_ else '－', al='r', fill=f_), C(str(t_) if t_ else '－', al='r', fill=f_)])
    ars.append([C('計', font=G), C('19', al='r', font=G), C('15', al='r', font=G)])
    ya = table(p, L, y + 13, [130, 60, 62], ars, M, 8.5, rowh=15, rules='none')
    p.rect(x2, y - 26, cw, 18, fill=LBL)
    p.tl(x2 + 6, y - 22, facts['supportTitle'], G, 10.5, BLU)
    yy = y
    for n_, d_ in sup:
        p.rect(x2, yy, cw, 30, stroke=(0.55, 0.65, 0.8), lw=0.6, r=3)
        p.tl(x2 + 8, yy + 4, n_, G, 9, BLU)
        p.tl(x2 + cw - 8, yy + 17, d_, M, 8, anchor='r')
        yy += 36
    y = max(ya, yy) + 18
    # contacts: a grid of business-card boxes
    p.rect(L, y, R - L, 18, fill=LBL)
    p.tl(L + 6, y + 4, 'お問い合わせ・アクセス', G, 10.5, BLU)
    y += 28
    cw3 = (R - L - 2 * 12) / 3
    for k, c in enumerate(facts['contacts']):
        cx = L + k * (cw3 + 12)
        p.rect(cx, y, cw3, 96, stroke=(0.5, 0.5, 0.5), lw=0.5)
        p.rect(cx, y, cw3, 4, fill=BLU)
        p.circle(cx + 16, y + 22, 8, fill=BLU)
        p.tl(cx + 30, y + 12, 'RIKEN', G, 7, BLU)
        p.tl(cx + 30, y + 22, c['track'], G, 8)
        p.tl(cx + 10, y + 42, '理化学研究所', M, 8)
        p.tl(cx + 10, y + 54, c['office'], M, 10)
        p.tl(cx + 10, y + 72, 'TEL　' + c['tel'][0], M, 7.8)
        p.tl(cx + 10, y + 83, 'E-mail　' + c['email'][0], M, 7.8)
    # third card: the web site with a QR-code-like square grid
    cx = L + 2 * (cw3 + 12)
    p.rect(cx, y, cw3, 96, stroke=(0.5, 0.5, 0.5), lw=0.5)
    p.rect(cx, y, cw3, 4, fill=BLU)
    p.tl(cx + 10, y + 12, '採用情報サイト', G, 8.5, BLU)
    rnd = random.Random(2727)
    qs, n = 2.6, 25
    qx, qy = cx + 10, y + 28
    for i in range(n):
        for j in range(n):
            fin = lambda a, b: (a < 7 and b < 7) or (a < 7 and b >= n - 7) or (a >= n - 7 and b < 7)
            if fin(i, j):
                ii, jj = i % (n - 7) if i >= n - 7 else i, j % (n - 7) if j >= n - 7 else j
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = rnd.random() < 0.48
            if on:
                p.rect(qx + j * qs, qy + i * qs, qs, qs, fill=(0, 0, 0))
    ux = qx + n * qs + 8
    p.tl(ux, y + 34, 'https://', M, 7.5)
    p.tl(ux, y + 45, 'www.riken.jp/', M, 7.5)
    p.tl(ux, y + 56, 'careers/', M, 7.5)
    p.tl(ux, y + 74, '最新の募集情報は', G, 6.5, GREY)
    p.tl(ux, y + 83, 'こちらから', G, 6.5, GREY)
    y += 108
    p.tl(L, y, '和光事業所（本部）', G, 9, BLU)
    p.tl(L + 100, y + 1, facts['access']['address'], M, 8.5)
    y += 16
    for r in facts['access']['routes']:
        p.tl(L + 100, y, '■' + r.replace('『', '').replace('』', ''), M, 8.2)
        y += 13
    pages.append(p)
    return facts, pages


BROCHURES = {'kyoto-2026': (kyoto, 271), 'okayama-2026': (okayama, 272), 'riken-2026': (riken, 273)}


def build(name):
    fn, seed = BROCHURES[name]
    facts, pages = fn()
    os.makedirs(OUT, exist_ok=True)
    pdf = os.path.join(OUT, name + '.pdf')
    render(pdf, pages, seed)
    exp = expected_text(pages)
    check_pages(name, pages, pdf)
    n, kinds = check_facts(name, facts, exp)
    with open(os.path.join(OUT, name + '.expected.txt'), 'w') as fh:
        fh.write(exp)
    with open(os.path.join(OUT, name + '.facts.json'), 'w') as fh:
        json.dump(facts, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    print(f'{name}: {len(pages)} pages, {n} fact checks {dict(kinds)}')
    return n


def main():
    names = sys.argv[1:] or list(BROCHURES)
    total = 0
    for nm in names:
        total += build(nm)
    print(f'total fact checks: {total}')


if __name__ == '__main__':
    main()
