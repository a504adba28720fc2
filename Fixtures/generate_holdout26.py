#!/usr/bin/env python3
"""Holdout set 26 (blind): three synthetic recruitment brochures for BrochureKit.

Self-contained (reportlab + IPAex fonts).  Writes Fixtures/holdout26/NAME.{pdf,expected.txt,facts.json}.
Every visual line is its own text object at an absolute position, drawn after the graphics in a
seeded shuffled order.  The generator refuses a brochure whose checks fail (see check()).

  python3 Fixtures/generate_holdout26.py            # all three
  python3 Fixtures/generate_holdout26.py okinawa-2026
"""
import collections, importlib.util, json, os, random, re, subprocess, sys, tempfile, unicodedata

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color, HexColor, white, black

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout26')
REPO = os.path.dirname(HERE)
pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
A4 = (595.28, 841.89)
ASC = 0.88
GREY = HexColor('#555555')


def sw(text, font, size, cs=0):
    return pdfmetrics.stringWidth(text, font, size) + cs * len(text)


NO_START = set('、。，．）」』】〕・ー－ゃゅょっぁぃぅぇぉャュョッァィゥェォ々）!?！？:：;；%％〜～')
NO_END = set('（「『【〔')


def tokens(text):
    return re.findall(r'[A-Za-z0-9@._\-/:,%+]+|.', text)


def wrap(text, font, size, width):
    """Greedy line breaking: ASCII runs unbroken, kinsoku (no line starts with NO_START or ends with NO_END)."""
    lines, cur = [], []
    for tok in tokens(text):
        if cur and sw(''.join(cur) + tok, font, size) > width:
            # kinsoku: pull back characters so the next line does not start badly
            nxt = [tok]
            while (nxt[0][0] in NO_START or cur[-1][-1] in NO_END) and len(cur) > 1:
                nxt.insert(0, cur.pop())
            lines.append(''.join(cur))
            cur = nxt
        else:
            cur.append(tok)
    if cur:
        lines.append(''.join(cur))
    lines = [ln.strip(' ') for ln in lines]
    for ln in lines:
        if sw(ln, font, size) > width + 0.01:
            raise SystemExit(f'wrap overflow: {ln}')
    return lines


class Page:
    def __init__(self, w=A4[0], h=A4[1], rotate=False):
        self.w, self.h, self.rotate = w, h, rotate
        self.gfx, self.items, self.lines = [], [], []

    # ---- expected lines -------------------------------------------------------------
    def line(self, ncells=1):
        self.lines.append([[] for _ in range(ncells)])
        return len(self.lines) - 1

    def t(self, ln, cell, text, x, top, size, font='G', color=black, align='l', pre='', cs=0,
          mode=0, furniture=False, angle=0):
        w = sw(text, font, size, cs)
        if align == 'r':
            x -= w
        elif align == 'c':
            x -= w / 2
        it = dict(text=text, x=x, top=top, size=size, font=font, color=color, w=w, pre=pre, cs=cs,
                  mode=mode, furniture=furniture, angle=angle)
        self.items.append(it)
        if ln is not None:
            self.lines[ln][cell].append(it)
        elif not furniture:
            raise SystemExit('text outside every line: ' + text)
        return it

    def T(self, text, x, top, size, font='G', **kw):
        """a text item that is a line of its own"""
        return self.t(self.line(), 0, text, x, top, size, font, **kw)

    def para(self, text, x, top, width, size, font='M', lead=None, color=black, first_indent=0):
        lead = lead or size * 1.6
        for i, ln in enumerate(wrap(text, font, size, width)):
            self.T(ln, x, top, size, font, color=color)
            top += lead
        return top

    def expected(self):
        return '\n'.join('\t'.join(''.join(it['pre'] + it['text'] for it in cell) for cell in ln)
                         for ln in self.lines)

    # ---- graphics (top-down coordinates) -----------------------------------------------
    def rect(self, x, top, w, h, fill=None, stroke=None, lw=0.5, r=0, dash=None):
        self.gfx.append(('rect', x, top, w, h, fill, stroke, lw, r, dash))

    def rule(self, x1, y1, x2, y2, color=black, lw=0.5, dash=None):
        self.gfx.append(('line', x1, y1, x2, y2, color, lw, dash))

    def circle(self, cx, cy, r, fill=None, stroke=None, lw=0.5):
        self.gfx.append(('circle', cx, cy, r, fill, stroke, lw))

    def poly(self, pts, fill=None, stroke=None, lw=0.5):
        self.gfx.append(('poly', pts, fill, stroke, lw))


def table(pg, x, top, colw, rows, size=8.5, font='M', pad=3.5, minh=None, lead=None, rules='grid',
          rulecolor=GREY, headfill=None, head=1, lw=0.5):
    """rows: list of rows, a row a list of cells; a cell is None (covered by a span) or a dict
    {t: text ('\n' = line break), a: 'l'|'c'|'r', f: font, s: size, rs, cs, fill, wrap: bool, color}.
    One expected line per row; a cell covered by a row span gives '' (the cell above holds the text);
    a column-spanning cell is one cell.  Returns the bottom y."""
    lead = lead or size * 1.35
    minh = minh or size + 2 * pad + 3
    n = len(rows)
    cells = []  # (r, c, rs, cs, dict, lines)
    for r, row in enumerate(rows):
        if len(row) != len(colw):
            raise SystemExit(f'table row {r} has {len(row)} cells for {len(colw)} columns')
        for c, cell in enumerate(row):
            if cell is None:  # covered by a span (from above or from the left)
                continue
            if isinstance(cell, str):
                cell = dict(t=cell)
            rs, cs = cell.get('rs', 1), cell.get('cs', 1)
            f, s = cell.get('f', font), cell.get('s', size)
            width = sum(colw[c:c + cs]) - 2 * pad
            if cell.get('wrap'):
                tl = wrap(cell['t'], f, s, width)
            else:
                tl = cell['t'].split('\n') if cell['t'] != '' else []
            for ln in tl:
                if sw(ln, f, s) > width + 0.01:
                    raise SystemExit(f'cell overflow (width): {ln}')
            cells.append((r, c, rs, cs, cell, tl))
    heights = [minh] * n
    for r, c, rs, cs, cell, tl in cells:
        if rs == 1:
            heights[r] = max(heights[r], len(tl) * lead + 2 * pad - (lead - size) + 2)
    for r, c, rs, cs, cell, tl in cells:
        if rs > 1 and sum(heights[r:r + rs]) < len(tl) * lead + 2 * pad:
            raise SystemExit('cell overflow (height): ' + '/'.join(tl))
    ys = [top]
    for hgt in heights:
        ys.append(ys[-1] + hgt)
    xs = [x]
    for w in colw:
        xs.append(xs[-1] + w)
    # line per row; cells per row = columns minus spans to the left
    covered = {}
    for r, c, rs, cs, cell, tl in cells:
        for rr in range(r, r + rs):
            for cc in range(c, c + cs):
                covered[(rr, cc)] = (r, c)
    lines = []
    slot = {}
    for r in range(n):
        k = 0
        c = 0
        while c < len(colw):
            owner = covered.get((r, c))
            if owner is None:
                raise SystemExit(f'table hole at {r},{c}')
            span = [cl for cl in cells if (cl[0], cl[1]) == owner][0]
            if owner[0] == r:
                slot[owner] = k
            k += 1
            c += span[3]
        lines.append(pg.line(k))
    for r, c, rs, cs, cell, tl in cells:
        x0, x1, y0, y1 = xs[c], xs[c + cs], ys[r], ys[r + rs]
        if cell.get('fill') or (headfill and r < head):
            pg.rect(x0, y0, x1 - x0, y1 - y0, fill=cell.get('fill') or headfill)
        if rules == 'grid':
            pg.rect(x0, y0, x1 - x0, y1 - y0, stroke=rulecolor, lw=lw)
        f, s = cell.get('f', font), cell.get('s', size)
        h = len(tl) * lead - (lead - s)
        ty = (y0 + y1) / 2 - h / 2
        for ln in tl:
            a = cell.get('a', 'l')
            tx = x0 + pad if a == 'l' else (x1 - pad if a == 'r' else (x0 + x1) / 2)
            pg.t(lines[r], slot[(r, c)], ln, tx, ty, s, f, align=a, color=cell.get('color', black))
            ty += lead
    if rules == 'h':
        for i, y in enumerate(ys):
            pg.rule(x, y, xs[-1], y, rulecolor, lw * (2 if i in (0, head, n) else 0.6))
    return ys[-1]


# ---------------------------------------------------------------------------------------
# rendering

def render(pages, path, title, seed):
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor('BrochureKit holdout26 (synthetic)')
    for pno, pg in enumerate(pages):
        # reportlab swaps the MediaBox itself for /Rotate 90: give it the displayed size
        c.setPageSize((pg.w, pg.h))
        c.setPageRotation(90 if pg.rotate else 0)
        c.saveState()
        if pg.rotate:
            c.transform(0, 1, -1, 0, pg.h, 0)
        H = pg.h
        for g in pg.gfx:
            c.saveState()
            if g[0] == 'rect':
                _, x, top, w, h, fill, stroke, lw, r, dash = g
                if fill is not None:
                    c.setFillColor(fill)
                if stroke is not None:
                    c.setStrokeColor(stroke)
                c.setLineWidth(lw)
                if dash:
                    c.setDash(*dash)
                if r:
                    c.roundRect(x, H - top - h, w, h, r, stroke=stroke is not None, fill=fill is not None)
                else:
                    c.rect(x, H - top - h, w, h, stroke=stroke is not None, fill=fill is not None)
            elif g[0] == 'line':
                _, x1, y1, x2, y2, color, lw, dash = g
                c.setStrokeColor(color)
                c.setLineWidth(lw)
                if dash:
                    c.setDash(*dash)
                c.line(x1, H - y1, x2, H - y2)
            elif g[0] == 'circle':
                _, cx, cy, r, fill, stroke, lw = g
                if fill is not None:
                    c.setFillColor(fill)
                if stroke is not None:
                    c.setStrokeColor(stroke)
                c.setLineWidth(lw)
                c.circle(cx, H - cy, r, stroke=stroke is not None, fill=fill is not None)
            elif g[0] == 'poly':
                _, pts, fill, stroke, lw = g
                p = c.beginPath()
                p.moveTo(pts[0][0], H - pts[0][1])
                for px, py in pts[1:]:
                    p.lineTo(px, H - py)
                p.close()
                if fill is not None:
                    c.setFillColor(fill)
                if stroke is not None:
                    c.setStrokeColor(stroke)
                c.setLineWidth(lw)
                c.drawPath(p, stroke=stroke is not None, fill=fill is not None)
            c.restoreState()
        items = list(pg.items)
        random.Random(seed * 100 + pno).shuffle(items)
        # furniture (background words) first so that it lies behind the text
        items.sort(key=lambda it: 0 if it['furniture'] else 1)
        for it in items:
            c.saveState()
            c.setFillColor(it['color'])
            if it['mode']:
                c.setStrokeColor(it['color'])
                c.setLineWidth(it['size'] * 0.03)
            base = H - (it['top'] + it['size'] * ASC)
            if it['angle']:
                c.translate(it['x'], base)
                c.rotate(it['angle'])
                tx = c.beginText(0, 0)
            else:
                tx = c.beginText(it['x'], base)
            tx.setFont(it['font'], it['size'])
            if it['cs']:
                tx.setCharSpace(it['cs'])
            if it['mode']:
                tx.setTextRenderMode(it['mode'])
            tx.textOut(it['text'])
            c.drawText(tx)
            c.restoreState()
        c.restoreState()
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------
# checks

def nows(s):
    return re.sub(r'\s+', '', s)


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(s.split()).replace('〜', '~').replace('～', '~')


def fact_strings(f):
    out = [f['organization'], f['document'], f['edition']['asOfText']]
    h = f['hiring']
    out += h['intro'] + h['note'] + list(h['tracks'].values())
    for r in h['rows']:
        out += [r['label'], r['labelText']]
        for k in ('total', 'admin', 'tech'):
            out.append(r[k]['text'])
    e = f['exams']
    out.append(e['title'])
    for en in e['entries']:
        out += [en['track'], en['exam']] + [b['category'] for b in en['breakdown']]
    a = f['assignments']
    out += [a['intro']] + list(a['tracks'].values()) + [r['unit'] for r in a['rows']]
    for c in f['contacts']:
        out += c.get('officeParts', [c['office']]) + c['tel'] + c['email']
        if c.get('location'):
            out.append(c['location'])
    out.append(f['access']['address'])
    out += [r.replace('『', '').replace('』', '') for r in f['access']['routes']]
    out += [f['lead']['title']] + f['lead']['text']
    if f['initiativesIntro']:
        out.append(f['initiativesIntro'])
    for i in f['initiatives']:
        out += [i['title'], i['text']]
    out.append(f['supportTitle'])
    for s in f['supportSystems']:
        out += [s['name'], s['duration'], s['text']]
    out += [f['training']['title']] + f['training']['paragraphs']
    return [s for s in out if s]


def load_scorer():
    spec = importlib.util.spec_from_file_location('score_extract', os.path.join(REPO, 'Scripts', 'score_extract.py'))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def standin(f, sc):
    h = f['hiring']
    rows = []
    for r in h['rows']:
        rows.append(dict(fiscalYear=r['fiscalYear'], planned=r['planned'],
                         total=dict(count=r['total']['count'], women=r['total']['women']),
                         administrative=dict(count=r['admin']['count'], women=r['admin']['women']),
                         technical=dict(count=r['tech']['count'], women=r['tech']['women'])))
    a = f['assignments']
    arows = [dict(unit=r['unit'], administrative=r['admin'] or 0, technical=r['tech'] or 0) for r in a['rows']]
    ents = [dict(track=sc.track(e['track']), level=sc.level(e['exam']), category=b['category'], count=b['count'])
            for e in f['exams']['entries'] for b in e['breakdown']]
    contacts = [dict(office=c['office'],
                     phones=[dict(number=''.join(ch for ch in unicodedata.normalize('NFKC', t.split('（')[0]) if ch.isdigit()))
                             for t in c['tel']], emails=c['email']) for c in f['contacts']]
    routes = [dict(station=r.split('『')[1].split('』')[0]) for r in f['access']['routes'] if '『' in r]
    return dict(organization=f['organization'], edition=dict(asOf=f['edition']['asOf']),
                sections=dict(hiring=dict(rows=rows), assignments=dict(cohortFiscalYear=a['cohortFiscalYear'], rows=arows),
                              examBreakdown=dict(entries=ents), contacts=contacts, access=dict(routes=routes),
                              initiatives=[dict(title=i['title']) for i in f['initiatives']],
                              supportSystems=[dict(name=s['name']) for s in f['supportSystems']]))


def check(name, pages, facts, pdf):
    errs = []
    for pno, pg in enumerate(pages, 1):
        fonts = {k: pdfmetrics.getFont(k).face.charToGlyph for k in ('G', 'M')}
        body = [it for it in pg.items if not it['furniture']]
        for it in pg.items:
            for ch in it['text']:
                if ch != ' ' and ord(ch) not in fonts[it['font']]:
                    errs.append(f'p{pno} glyph {ch!r} not in {it["font"]}')
            if not it['angle'] and (it['x'] < 8 or it['x'] + it['w'] > pg.w - 8 or it['top'] < 8 or it['top'] + it['size'] > pg.h - 8):
                errs.append(f'p{pno} off page: {it["text"]}')
        for i, a in enumerate(body):
            for b in body[i + 1:]:
                if a['angle'] or b['angle']:
                    continue
                if (a['x'] < b['x'] + b['w'] - 0.3 and b['x'] < a['x'] + a['w'] - 0.3 and
                        a['top'] < b['top'] + b['size'] - 0.3 and b['top'] < a['top'] + a['size'] - 0.3):
                    errs.append(f'p{pno} overlap: {a["text"]} / {b["text"]}')
        inlines = collections.Counter(id(it) for ln in pg.lines for cell in ln for it in cell)
        for it in body:
            if inlines[id(it)] != 1:
                errs.append(f'p{pno} item in {inlines[id(it)]} lines: {it["text"]}')
        drawn = collections.Counter(nows(''.join(it['text'] for it in body)))
        exp = collections.Counter(nows(pg.expected()))
        if drawn != exp:
            errs.append(f'p{pno} drawn != expected: {drawn - exp} / {exp - drawn}')
        alld = collections.Counter(nows(''.join(it['text'] for it in pg.items)))
        pt = subprocess.run(['pdftotext', '-f', str(pno), '-l', str(pno), '-enc', 'UTF-8', pdf, '-'],
                            capture_output=True, text=True).stdout
        got = collections.Counter(nows(pt))
        if got != alld:
            errs.append(f'p{pno} pdftotext != drawn: {got - alld} / {alld - got}')
        for ln in pg.lines:
            for cell in ln:
                for it in cell:
                    if it['text'][:1] in NO_START and it['font'] == 'M' and len(it['text']) > 3:
                        errs.append(f'p{pno} kinsoku start: {it["text"]}')
                    if it['text'][-1:] in NO_END:
                        errs.append(f'p{pno} kinsoku end: {it["text"]}')
    alltext = norm(''.join(pg.expected() for pg in pages))
    for s in fact_strings(facts):
        if norm(s) not in alltext:
            errs.append('fact not printed: ' + s)
    # arithmetic
    h = facts['hiring']['rows']
    for r in h:
        for key in ('count', 'women'):
            if r['planned'] and key == 'women':
                if any(r[k]['women'] is not None for k in ('total', 'admin', 'tech')):
                    errs.append('planned women not null')
                continue
            if r['total'][key] != r['admin'][key] + r['tech'][key]:
                errs.append(f'hiring sum {r["fiscalYear"]} {key}')
        if not r['planned']:
            for k in ('total', 'admin', 'tech'):
                if r[k]['women'] > r[k]['count']:
                    errs.append(f'women > heads {r["fiscalYear"]}')
    years = [r['fiscalYear'] for r in h]
    if years != list(range(years[0], years[0] + len(years))) or len(years) < 5:
        errs.append('years not consecutive / fewer than 5')
    if [r['planned'] for r in h] != [False] * (len(h) - 1) + [True]:
        errs.append('planned row not exactly one and last')
    planned = h[-1]
    a = facts['assignments']
    last = [r for r in h if not r['planned']][-1]
    if a['cohortFiscalYear'] != last['fiscalYear']:
        errs.append('assignment cohort')
    sa = sum(r['admin'] or 0 for r in a['rows'])
    st = sum(r['tech'] or 0 for r in a['rows'])
    if (sa, st) != (last['admin']['count'], last['tech']['count']) or (sa, st) != (a['totals']['admin'], a['totals']['tech']):
        errs.append(f'assignment sums {sa} {st}')
    if len({norm(r['unit']) for r in a['rows']}) != len(a['rows']):
        errs.append('duplicate unit')
    e = facts['exams']
    sc = load_scorer()
    for tr, want in (('administrative', planned['admin']['count']), ('technical', planned['tech']['count'])):
        got = sum(b['count'] for en in e['entries'] if sc.track(en['track']) == tr for b in en['breakdown'])
        if got != want:
            errs.append(f'exam sum {tr} {got} != {want}')
    for en in e['entries']:
        if sum(b['count'] for b in en['breakdown']) != en['total']:
            errs.append('exam entry total')
    if not (e['fiscalYear'] == planned['fiscalYear'] == facts['edition']['year']):
        errs.append('exam year / planned year / edition year')
    keys = [(sc.track(en['track']), sc.level(en['exam']), norm(b['category'])) for en in e['entries'] for b in en['breakdown']]
    if len(set(keys)) != len(keys):
        errs.append('exam key collision')
    # stand-in document must score full marks, every check reachable
    drawn = norm(open(os.path.join(OUT, name + '.expected.txt')).read())
    res = sc.checks(facts, standin(facts, sc), drawn)
    bad = [n for n, ok in res if not ok]
    if bad:
        errs.append('stand-in misses: ' + ', '.join(bad))
    n_init = sum(1 for n, _ in res if n.startswith('initiative '))
    n_sup = sum(1 for n, _ in res if n.startswith('support '))
    if n_init != len(facts['initiatives']) or n_sup != len(facts['supportSystems']):
        errs.append('initiative / support check unreachable')
    if errs:
        raise SystemExit(f'{name}: ' + '\n'.join(errs))
    kinds = collections.Counter(n.split(' ')[0] for n, _ in res)
    return len(res), kinds


def write(name, pages, facts, title, seed):
    os.makedirs(OUT, exist_ok=True)
    pdf = os.path.join(OUT, name + '.pdf')
    render(pages, pdf, title, seed)
    with open(os.path.join(OUT, name + '.expected.txt'), 'w') as fh:
        fh.write('\n\f\n'.join(pg.expected() for pg in pages) + '\n')
    facts = dict(fixture=name, **facts)
    facts['pages'] = len(pages)
    with open(os.path.join(OUT, name + '.facts.json'), 'w') as fh:
        json.dump(facts, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    n, kinds = check(name, pages, facts, pdf)
    print(f'{name}: {len(pages)} pages, {n} fact checks {dict(kinds)}')


def hrow(fy, label, label_text, planned, tot, adm, tec):
    """tot/adm/tec: (count, women, text)"""
    mk = lambda v: dict(count=v[0], women=v[1], text=v[2])
    return dict(fiscalYear=fy, label=label, labelText=label_text, planned=planned, total=mk(tot), admin=mk(adm), tech=mk(tec))


# =======================================================================================
# BROCHURES
# =======================================================================================
# ---------------------------------------------------------------------------------------
# 沖縄県: ruby over the masthead name and the lead title, a diagonal background word (furniture),
# a years-across hiring table with a separate うち女性 row under each track (－ = 0, planned blank),
# the exam breakdown as a horizontal bar list, an assignment table whose cells wrap (counts centred),
# TEL with 内線 and a FAX beside it.

TEAL = HexColor('#0e6f7e')
TEAL_L = HexColor('#e3f1f3')
SAND = HexColor('#fbefd6')


def okinawa():
    W = A4[0]
    p1, p2 = Page(), Page()
    # ---- page 1: masthead
    p1.rect(0, 0, W, 168, fill=TEAL)
    p1.poly([(0, 150), (120, 138), (260, 156), (400, 140), (W, 152), (W, 168), (0, 168)], fill=HexColor('#0a5866'))
    for cx, cy, r in ((500, 60, 26), (535, 92, 16), (470, 100, 11)):
        p1.circle(cx, cy, r, fill=HexColor('#e8505b'))
        p1.circle(cx, cy, r * 0.28, fill=HexColor('#f7d26a'))
    # diagonal background word behind the page-1 text (furniture: not in the expected text)
    p1.t(None, 0, 'OKINAWA', 60, 560, 112, 'G', color=HexColor('#eaf4f5'), furniture=True, angle=24)
    p1.T('OKINAWA PREFECTURAL GOVERNMENT', 40, 24, 8.5, 'G', color=white, cs=1.2)
    ruby_w = sw('沖縄県', 'G', 32)
    p1.T('おきなわけん', 40 + ruby_w / 2, 44, 7, 'G', color=white, align='c', cs=0.8)
    ln = p1.line()
    p1.t(ln, 0, '沖縄県', 40, 54, 32, 'G', color=white)
    base = 54 + 32 * ASC
    p1.t(ln, 0, '職員採用案内', 40 + ruby_w + 12, base - 20 * ASC, 20, 'G', color=white, pre=' ')
    p1.T('上級試験（大学卒業程度）　行政事務・技術', 40, 100, 11, 'M', color=white)
    p1.T('令和8年3月発行　沖縄県人事委員会事務局', 40, 122, 8.5, 'G', color=white)
    # lead with ruby over 美
    y = 186
    p1.T('ちゅ', 40 + 8.5, y, 6.5, 'G', color=TEAL, align='c')
    p1.T('美ら島の未来を、ともにつくる。', 40, y + 8, 17, 'G', color=TEAL)
    lead = ['沖縄県は、大小160の島々からなる島しょ県です。県庁と宮古・八重山をはじめとする各地の出先機関で、職員が観光・産業振興、子育て支援、離島の医療や交通など、県民の暮らしに直結する仕事に取り組んでいます。',
            '行政事務と技術の職員が力を合わせ、「誰一人取り残さない」沖縄らしい優しい社会をつくっていきます。']
    y = 222
    for ptxt in lead:
        y = p1.para(ptxt, 40, y, 515, 9.5, 'M', lead=15)
    # hiring
    y += 10
    p1.rect(40, y, 5, 16, fill=TEAL)
    p1.T('採用実績', 52, y, 14, 'G', color=TEAL)
    p1.T('上級試験による採用者数（人）', 555, y + 5, 8.5, 'M', align='r')
    y += 24
    yrs = ['令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度']
    adm = [(46, 22), (49, 25), (51, 24), (48, 26), (53, 29)]
    tec = [(27, 6), (25, 0), (30, 7), (29, 8), (31, 9)]
    plan = (52, 32)
    tot = [(a[0] + t[0], a[1] + t[1]) for a, t in zip(adm, tec)]
    H = dict(f='G', a='c', fill=TEAL_L)
    head = [dict(t='区分', **H)] + [dict(t=l, **H) for l in yrs] + [dict(t='令和8年度\n（予定）', f='G', a='c', fill=SAND)]

    def wtxt(v):
        return '－' if v == 0 else str(v)

    rows = [head]
    for name, data, p, fill in (('行政事務', adm, plan[0], None), ('技術', tec, plan[1], None),
                                ('合計', tot, plan[0] + plan[1], HexColor('#f1f6f6'))):
        rows.append([dict(t=name, f='G', fill=fill)] + [dict(t=str(v[0]), a='c', f='G', s=10, fill=fill) for v in data]
                    + [dict(t=str(p), a='c', f='G', s=10, fill=SAND)])
        rows.append([dict(t='うち女性', a='r', s=7.5, color=GREY, fill=fill)] +
                    [dict(t=wtxt(v[1]), a='c', s=8, color=GREY, fill=fill) for v in data] + [dict(t='', fill=SAND)])
    y = table(p1, 40, y, [88] + [71.2] * 6, rows, size=8.5, font='M', minh=17, rules='grid', rulecolor=HexColor('#8fb9c0'))
    notes = ['※令和8年度は採用予定数です（女性の内訳は未定）。うち女性欄の「－」は該当者なし。',
             '※社会人経験者採用試験・障害者を対象とした選考による採用者は含みません。']
    y += 5
    for n in notes:
        p1.T(n, 40, y, 7.5, 'M')
        y += 12
    # two columns: initiatives | training
    y += 14
    top2 = y
    p1.rect(40, y, 5, 16, fill=TEAL)
    p1.T('働きやすい職場づくり', 52, y, 13, 'G', color=TEAL)
    y += 24
    intro = '多様な職員が力を発揮できるよう、働き方の見直しを進めています。'
    y = p1.para(intro, 40, y, 250, 8.5, 'M', lead=13) + 4
    inits = [('ゆいワーク（テレワーク）', '本庁・出先機関の全職員が、自宅や離島のサテライトオフィスで勤務できます。'),
             ('時差出勤・フレックスタイム', '始業時刻を7時から10時までの間で選べ、台風時の在宅勤務にも対応します。'),
             ('かりゆしウェア', '5月から10月まではかりゆしウェアを着用し、軽装で快適に勤務しています。')]
    for t_, x_ in inits:
        p1.T('■' + t_, 40, y, 9.5, 'G', color=TEAL)
        y = p1.para(x_, 52, y + 14, 238, 8.5, 'M', lead=13) + 5
    y2 = top2
    p1.rect(305, y2, 5, 16, fill=TEAL)
    p1.T('研修制度', 317, y2, 13, 'G', color=TEAL)
    y2 += 24
    train = ['採用後は、沖縄県自治研修所で新規採用職員研修を受け、地方自治や県政の課題、離島の現状を学びます。',
             '職員は本庁と出先機関を3～4年ごとに経験し、国や他県への派遣研修、大学院派遣の機会もあります。']
    for ptxt in train:
        y2 = p1.para(ptxt, 305, y2, 250, 8.5, 'M', lead=13) + 4
    p1.rect(305, y2 + 4, 250, 78, fill=HexColor('#c9d6d8'))
    p1.T('宮古島の海岸で行う自然環境調査', 305, y2 + 86, 7.5, 'M', color=GREY)

    # ---- page 2
    p2.rect(0, 0, W, 10, fill=TEAL)
    y = 30
    p2.rect(40, y, 5, 16, fill=TEAL)
    p2.T('令和8年度 上級試験 採用予定数', 52, y, 14, 'G', color=TEAL)
    y += 28
    admx = [('行政', 38), ('教育行政', 8), ('警察事務', 6)]
    tecx = [('総合土木', 12), ('建築', 4), ('電気', 2), ('機械', 2), ('農業', 4), ('水産', 2), ('林業', 2), ('化学', 2), ('獣医師', 2)]
    k = 3.0
    for x0, name, lst, col in ((40, '行政事務', admx, TEAL), (305, '技術', tecx, HexColor('#d9822b'))):
        yy = y
        ln = p2.line(2)
        p2.rect(x0, yy - 2, 250, 17, fill=TEAL_L)
        p2.t(ln, 0, name, x0 + 6, yy + 1, 10, 'G', color=col)
        p2.t(ln, 1, f'計{sum(c for _, c in lst)}名', x0 + 244, yy + 2, 8, 'M', align='r', color=GREY)
        yy += 22
        for lab, cnt in lst:
            ln = p2.line(2)
            p2.t(ln, 0, lab, x0 + 62, yy, 8.5, 'M', align='r')
            p2.rect(x0 + 68, yy + 0.5, cnt * k, 8, fill=col)
            p2.t(ln, 1, f'{cnt}名', x0 + 72 + cnt * k, yy, 8.5, 'G')
            yy += 14
    y += 22 + 14 * len(tecx) + 4
    p2.T('※試験区分ごとの予定数は、今後の状況により変更することがあります。', 40, y, 7.5, 'M')
    y += 22
    # assignment (left) and support (right)
    p2.rect(40, y, 5, 16, fill=TEAL)
    p2.T('配属先', 52, y, 14, 'G', color=TEAL)
    p2.T('令和7年度採用者の配属先（人）', 370, y + 5, 8, 'M', align='r')
    y += 24
    units = [('知事公室', '防災危機管理課、基地対策課、秘書広報交流課', 3, None),
             ('総務部', '人事課、財政課、税務課、県税事務所（那覇・中部・北部・宮古・八重山）', 7, None),
             ('企画部', '企画調整課、地域・離島課、市町村課、交通政策課', 5, 1),
             ('環境部', '環境政策課、自然保護課、環境整備課', 2, 3),
             ('子ども生活\n福祉部', '子育て支援課、福祉政策課、福祉事務所、中央・コザ児童相談所', 6, None),
             ('保健医療\n介護部', '保健医療総務課、保健所（北部・中部・南部・宮古・八重山）', 4, 2),
             ('農林水産部', '農政企画課、農林水産振興センター、水産海洋技術センター', 4, 9),
             ('商工労働部', '産業政策課、雇用政策課、工業技術センター', 4, 1),
             ('文化観光\nスポーツ部', '観光政策課、文化振興課、スポーツ振興課', 3, None),
             ('土木建築部', '道路街路課、河川課、港湾課、北部・中部・南部・宮古・八重山土木事務所', 3, 13),
             ('教育庁', '総務課、県立学校事務室', 8, None),
             ('警察本部', '警務課、会計課', 4, None),
             ('企業局', '配水管理事務所', None, 2)]
    H = dict(f='G', a='c', fill=TEAL_L)
    rows = [[dict(t='部局', **H), dict(t='主な勤務先', **H), dict(t='行政事務', **H), dict(t='技術', **H)]]
    for u, where, a_, t_ in units:
        rows.append([dict(t=u, f='G'), dict(t=where, wrap=True, s=7.5), dict(t='－' if a_ is None else str(a_), a='c', s=9, f='G'),
                     dict(t='－' if t_ is None else str(t_), a='c', s=9, f='G')])
    sa = sum(u[2] or 0 for u in units)
    st = sum(u[3] or 0 for u in units)
    rows.append([dict(t='計', f='G', fill=TEAL_L), dict(t='', fill=TEAL_L), dict(t=str(sa), a='c', f='G', s=9, fill=TEAL_L),
                 dict(t=str(st), a='c', f='G', s=9, fill=TEAL_L)])
    ybot = table(p2, 40, y, [64, 166, 50, 50], rows, size=8, font='M', lead=10, pad=3, minh=15, rules='grid',
                 rulecolor=HexColor('#8fb9c0'))
    # support (right column)
    ys = y - 24
    p2.rect(385, ys, 5, 16, fill=TEAL)
    p2.T('仕事と家庭の両立支援', 397, ys, 12, 'G', color=TEAL)
    ys += 24
    sup = [('育児休業', '子が3歳に達する日まで', '男性職員の取得も広がっています。'),
           ('育児短時間勤務', '子が小学校就学の始期に達するまで', '週19時間25分から勤務時間を選べます。'),
           ('介護休暇', '通算6月（3回まで分割可）', '要介護の家族を介護するための休暇です。'),
           ('子の看護休暇', '年5日（子が2人以上は10日）', '子の病気やけが、予防接種に使えます。')]
    for n_, d_, t_ in sup:
        p2.rect(385, ys, 170, 58, fill=TEAL_L, r=4)
        p2.T('◆' + n_, 392, ys + 6, 9.5, 'G', color=TEAL)
        ln = p2.line(2)
        p2.t(ln, 0, '期間', 392, ys + 22, 7.5, 'G', color=GREY)
        p2.t(ln, 1, d_, 412, ys + 22, 7.5, 'M')
        p2.para(t_, 392, ys + 36, 158, 7.5, 'M', lead=11)
        ys += 64
    # contacts and access band
    y = max(ybot, ys) + 14
    p2.rect(30, y, 535, 822 - y, stroke=TEAL, lw=1, r=6)
    p2.rect(30, y, 535, 20, fill=TEAL, r=0)
    p2.T('お問い合わせ・アクセス', 42, y + 5, 10, 'G', color=white)
    y += 28
    cts = [('行政事務', '人事委員会事務局 任用課', '県庁行政棟10階', '098-866-2174（内線3412）', '098-869-8976', 'ninyo-saiyo@pref.okinawa.lg.jp'),
           ('技術', '土木建築部 技術・建設業課', '県庁行政棟11階', '098-866-2381（内線4127）', '098-869-3074', 'gijutsu-jinzai@pref.okinawa.lg.jp')]
    for i, (tr, off, loc, tel, fax, mail) in enumerate(cts):
        x0 = 42 + i * 262
        yy = y
        p2.T(f'【{tr}】{off}（{loc}）', x0, yy, 8.5, 'G')
        ln = p2.line(2)
        p2.t(ln, 0, 'TEL ' + tel, x0, yy + 14, 8, 'M')
        p2.t(ln, 1, 'FAX ' + fax, x0 + 150, yy + 14, 8, 'M', color=GREY)
        p2.T(mail, x0, yy + 27, 8, 'M')
    y += 46
    p2.rule(42, y - 5, 553, y - 5, TEAL, 0.4, dash=(2, 2))
    p2.T('沖縄県庁', 42, y, 8.5, 'G', color=TEAL)
    p2.T('〒900-8570 沖縄県那覇市泉崎1-2-2', 42, y + 13, 8, 'M')
    routes = ['沖縄都市モノレール（ゆいレール）県庁前駅 徒歩3分', '沖縄都市モノレール（ゆいレール）旭橋駅 徒歩6分']
    for i, r_ in enumerate(routes):
        p2.T('▶' + r_, 304, y + i * 13, 8, 'M')
    facts = dict(
        organization='沖縄県', document='職員採用案内',
        edition=dict(year=2026, asOf='2026-03', asOfText='令和8年3月'),
        hiring=dict(intro=['上級試験による採用者数（人）'], note=notes, tracks=dict(admin='行政事務', tech='技術'),
                    textSynthesised=False,
                    layout='ruled table, YEARS ACROSS THE TOP, a row per track (行政事務 / 技術 / 合計) each followed by a separate うち女性 row; women 0 printed －, planned column 令和8年度 / （予定） tinted with blank women cells',
                    rows=[hrow(2021 + i, yrs[i], yrs[i], False, (tot[i][0], tot[i][1], str(tot[i][0])),
                               (adm[i][0], adm[i][1], str(adm[i][0])), (tec[i][0], tec[i][1], str(tec[i][0]))) for i in range(5)]
                    + [hrow(2026, '令和8年度', '令和8年度（予定）', True, (84, None, '84'), (52, None, '52'), (32, None, '32'))]),
        exams=dict(title='令和8年度 上級試験 採用予定数', fiscalYear=2026, textSynthesised=True,
                   layout='HORIZONTAL BAR LIST per track (label right-aligned, bar, count at the bar end), two columns; the track strip carries a decoy total 計52名',
                   entries=[dict(track='行政事務', exam='上級試験', text='', breakdown=[dict(category=c, count=n) for c, n in admx], total=52),
                            dict(track='技術', exam='上級試験', text='', breakdown=[dict(category=c, count=n) for c, n in tecx], total=32)]),
        contacts=[dict(track='行政事務', office='人事委員会事務局 任用課', location='県庁行政棟10階', tel=['098-866-2174（内線3412）'],
                       fax=['098-869-8976'], email=['ninyo-saiyo@pref.okinawa.lg.jp']),
                  dict(track='技術', office='土木建築部 技術・建設業課', location='県庁行政棟11階', tel=['098-866-2381（内線4127）'],
                       fax=['098-869-3074'], email=['gijutsu-jinzai@pref.okinawa.lg.jp'])],
        access=dict(address='〒900-8570 沖縄県那覇市泉崎1-2-2',
                    routes=['沖縄都市モノレール（ゆいレール）『県庁前』駅 徒歩3分', '沖縄都市モノレール（ゆいレール）『旭橋』駅 徒歩6分']),
        assignments=dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先（人）', tracks=dict(admin='行政事務', tech='技術'),
                         layout='ruled table 部局 | 主な勤務先 | 行政事務 | 技術; the 主な勤務先 cells WRAP onto two or three lines, some unit names break onto two lines, counts vertically centred; － for none; a 計 row',
                         rows=[dict(unit=u.replace('\n', ''), admin=a_, tech=t_) for u, _, a_, t_ in units],
                         totals=dict(admin=sa, tech=st)),
        lead=dict(title='美ら島の未来を、ともにつくる。', text=lead),
        initiativesIntro=intro,
        initiatives=[dict(title=a, text=b) for a, b in inits],
        supportTitle='仕事と家庭の両立支援',
        supportSystems=[dict(name=a, duration=b, text=c) for a, b, c in sup],
        supportSource='',
        training=dict(title='研修制度', paragraphs=train),
        keyFigures=[])
    write('okinawa-2026', [p1, p2], facts, '沖縄県 職員採用案内 2026', 2601)


# ---------------------------------------------------------------------------------------
# 最高裁判所: a cover page with only title and photo; a /Rotate 90 page whose content is set
# landscape (three columns): hiring ONLY IN PROSE sentences (one per year, 女性なし for 0), the exam
# breakdown as a 前年度 | 本年度 comparison table (the facts are 本年度), the assignment table
# CONTINUED ON THE NEXT PAGE WITHOUT ITS HEADER; icons drawn as graphics before headings;
# the back cover with contacts and access in a footer band of four columns.

NAVY = HexColor('#1d2b4f')
GOLD = HexColor('#b08d3c')
PALE = HexColor('#eef0f5')
CREAM = HexColor('#f8f1df')


def icon(pg, x, y, kind):
    """small pictogram before a heading (graphics only)"""
    pg.circle(x + 8, y + 8, 8.5, fill=NAVY)
    if kind == 'scale':
        pg.rule(x + 8, y + 3, x + 8, y + 13, white, 1)
        pg.rule(x + 3, y + 5.5, x + 13, y + 5.5, white, 1)
        pg.poly([(x + 2, y + 9), (x + 6, y + 9), (x + 4, y + 6)], fill=white)
        pg.poly([(x + 10, y + 9), (x + 14, y + 9), (x + 12, y + 6)], fill=white)
    elif kind == 'person':
        pg.circle(x + 8, y + 5.5, 2.6, fill=white)
        pg.poly([(x + 3.5, y + 14), (x + 12.5, y + 14), (x + 11, y + 9), (x + 5, y + 9)], fill=white)
    elif kind == 'doc':
        pg.rect(x + 4.5, y + 3, 7, 10, fill=white)
        for k in range(3):
            pg.rule(x + 6, y + 6 + k * 2.4, x + 10, y + 6 + k * 2.4, NAVY, 0.6)
    elif kind == 'map':
        pg.circle(x + 8, y + 6.5, 3.2, fill=white)
        pg.poly([(x + 5.2, y + 8), (x + 10.8, y + 8), (x + 8, y + 13.5)], fill=white)
    elif kind == 'heart':
        pg.circle(x + 6, y + 6.5, 2.6, fill=white)
        pg.circle(x + 10, y + 6.5, 2.6, fill=white)
        pg.poly([(x + 3.5, y + 7.5), (x + 12.5, y + 7.5), (x + 8, y + 13)], fill=white)


def heading(pg, x, y, text, kind, size=14, font='M', color=NAVY):
    icon(pg, x, y, kind)
    return pg.T(text, x + 22, y + 1, size, font, color=color)


def saikosai():
    W, Hh = A4
    # ---- page 1: cover (title and photo only)
    p1 = Page()
    p1.rect(0, 0, W, Hh, fill=HexColor('#f6f4ee'))
    p1.rect(0, 0, 14, Hh, fill=NAVY)
    p1.T('SUPREME COURT OF JAPAN', 60, 70, 9, 'G', color=GOLD, cs=2.2)
    p1.T('最高裁判所', 60, 90, 44, 'M', color=NAVY)
    p1.T('職員採用案内', 60, 150, 22, 'M', color=NAVY)
    p1.T('裁判所事務官・技術職員', 60, 186, 11, 'G', color=GREY)
    p1.rect(60, 230, 475, 470, fill=HexColor('#b7bcc6'))
    p1.rect(60, 560, 475, 140, fill=HexColor('#9aa1ad'))
    p1.poly([(150, 560), (150, 330), (300, 300), (450, 330), (450, 560)], fill=HexColor('#d7d9de'))
    for k in range(6):
        p1.rect(175 + k * 45, 360, 18, 180, fill=HexColor('#c3c6cd'))
    p1.T('最高裁判所庁舎（東京都千代田区隼町）', 60, 708, 7.5, 'G', color=GREY)
    p1.rule(60, 770, 535, 770, GOLD, 1)
    p1.T('2026年4月', 535, 780, 10, 'G', color=NAVY, align='r')

    # ---- page 2: /Rotate 90, set landscape
    p2 = Page(A4[1], A4[0], rotate=True)
    p2.rect(0, 0, p2.w, 8, fill=NAVY)
    # column 1: hiring in prose
    x1, w1 = 30, 240
    y = 28
    heading(p2, x1, y, '採用実績', 'person')
    y += 28
    intro = '最高裁判所が採用した職員の数の推移です（各年度4月1日現在）。'
    y = p2.para(intro, x1, y, w1, 8, 'G', lead=12, color=GREY) + 6
    data = [('令和3年度', (24, 13), (4, 1)), ('令和4年度', (26, 15), (3, 0)), ('令和5年度', (25, 12), (5, 2)),
            ('令和6年度', (27, 16), (4, 1)), ('令和7年度', (23, 12), (5, 2))]
    plan = (21, 5)

    def cnt(v):
        return f'{v[0]}名（女性なし）' if v[1] == 0 else f'{v[0]}名（うち女性{v[1]}名）'
    sentences = []
    for lab, a, t in data:
        tt = (a[0] + t[0], a[1] + t[1])
        sentences.append(f'{lab}は、裁判所事務官{cnt(a)}、技術職員{cnt(t)}、計{cnt(tt)}を採用しました。')
    sentences.append(f'令和8年度は、裁判所事務官{plan[0]}名、技術職員{plan[1]}名、計{plan[0] + plan[1]}名を採用する予定です（女性の内訳は未定）。')
    for s_ in sentences:
        lines = wrap(s_, 'G', 8.5, w1 - 12)
        for i, l_ in enumerate(lines):
            if i == 0:
                ln = p2.line(1)
                p2.t(ln, 0, '●', x1, y, 8.5, 'G', color=GOLD)
                p2.t(ln, 0, l_, x1 + 12, y, 8.5, 'G')
            else:
                p2.T(l_, x1 + 12, y, 8.5, 'G')
            y += 13.5
        y += 5
    p2.T('※社会人経験者選考等による採用者を除きます。', x1, y + 2, 7, 'G', color=GREY)
    p2.rect(x1, y + 22, w1, 150, fill=PALE)
    p2.T('大法廷での研修の様子', x1, y + 176, 7, 'G', color=GREY)
    # column 2: exam comparison
    x2 = 292
    y = 28
    heading(p2, x2, y, '令和8年度 採用予定数', 'doc')
    y += 26
    p2.T('前年度との比較（人）', x2, y, 8, 'G', color=GREY)
    y += 14
    ex_admin = [('総合職試験\n（院卒者区分）', '法律・経済', 1, 2), ('総合職試験\n（大卒程度区分）', '法律・経済', 3, 3),
                ('一般職試験\n（大卒程度区分）', '事務', 18, 16)]
    ex_tech = [('建築', 1, 2), ('電気・電子・情報', 2, 2), ('機械', 1, 1)]
    Hd = dict(f='G', a='c', fill=PALE)
    rows = [[dict(t='試験の種類', **Hd), dict(t='区分', **Hd), dict(t='令和7年度\n（前年度）', **Hd),
             dict(t='令和8年度\n（本年度）', f='G', a='c', fill=CREAM)],
            [dict(t='裁判所事務官', cs=4, f='M', s=9, color=NAVY, fill=HexColor('#dfe3ec'))] + [None] * 3]
    for e_, c_, prev, now in ex_admin:
        rows.append([dict(t=e_), dict(t=c_), dict(t=str(prev), a='c', color=GREY), dict(t=str(now), a='c', f='G', s=10, fill=CREAM)])
    rows.append([dict(t='技術職員', cs=4, f='M', s=9, color=NAVY, fill=HexColor('#dfe3ec'))] + [None] * 3)
    for i, (c_, prev, now) in enumerate(ex_tech):
        first = dict(t='国家公務員採用\n一般職試験\n（大卒程度試験）', rs=3) if i == 0 else None
        rows.append([first, dict(t=c_), dict(t=str(prev), a='c', color=GREY), dict(t=str(now), a='c', f='G', s=10, fill=CREAM)])
    prev_t = sum(r[2] for r in ex_admin) + sum(r[1] for r in ex_tech)
    now_t = sum(r[3] for r in ex_admin) + sum(r[2] for r in ex_tech)
    rows.append([dict(t='計', cs=2, a='c', f='G'), None, dict(t=str(prev_t), a='c', color=GREY), dict(t=str(now_t), a='c', f='G', s=10, fill=CREAM)])
    y = table(p2, x2, y, [84, 76, 48, 48], rows, size=8, font='G', lead=10.5, minh=17, rules='grid', rulecolor=HexColor('#9aa3b5'))
    note2 = '※技術職員は、国家公務員採用一般職試験（大卒程度試験）の最終合格者から採用します。'
    y = p2.para(note2, x2, y + 5, 256, 7, 'G', lead=10, color=GREY) + 10
    p2.T('試験日程（予定）', x2, y, 9, 'M', color=NAVY)
    y += 15
    for a_, b_ in (('第1次試験', '5月9日（土）'), ('第2次試験', '5月30日（土）～6月12日（金）'), ('最終合格発表', '7月3日（金）')):
        ln = p2.line(2)
        p2.t(ln, 0, a_, x2 + 4, y, 8, 'G')
        p2.t(ln, 1, b_, x2 + 80, y, 8, 'G')
        p2.rule(x2, y + 12, x2 + 256, y + 12, HexColor('#c9cdd6'), 0.4, dash=(1, 2))
        y += 16
    p2.rect(x2, y + 6, 256, 150, fill=PALE)
    p2.T('採用試験の第2次試験（人物試験）会場', x2, y + 160, 7, 'G', color=GREY)
    # column 3: a decoy block of court counts, then the assignment (first part)
    x3 = 570
    y = 28
    heading(p2, x3, y, '全国の裁判所', 'scale')
    y += 28
    for a_, b_ in (('最高裁判所', '1庁'), ('高等裁判所', '8庁'), ('地方裁判所', '50庁'), ('家庭裁判所', '50庁'), ('簡易裁判所', '438庁')):
        ln = p2.line(2)
        p2.t(ln, 0, a_, x3 + 4, y, 8.5, 'G')
        p2.t(ln, 1, b_, x3 + 236, y, 8.5, 'G', align='r')
        p2.rule(x3, y + 13, x3 + 240, y + 13, HexColor('#c9cdd6'), 0.4, dash=(1, 2))
        y += 18
    y += 16
    heading(p2, x3, y, '配属先', 'map')
    y += 26
    a_intro = '令和7年度採用者の配属先（人）'
    p2.T(a_intro, x3, y, 8, 'G', color=GREY)
    y += 14
    part1 = [('秘書課', 2, None), ('広報課', 1, None), ('総務局', 3, None), ('人事局', 3, None), ('経理局', 2, 4),
             ('民事局', 2, None), ('刑事局', 2, None)]
    part2 = [('行政局', 1, None), ('家庭局', 2, None), ('情報政策課', 2, 1)]
    part3 = [('司法研修所', 1, None), ('最高裁判所図書館', 2, None)]
    colw3 = [140, 50, 50]

    def urow(u, a_, t_):
        return [dict(t=u), dict(t='－' if a_ is None else str(a_), a='c', f='G', s=9.5),
                dict(t='－' if t_ is None else str(t_), a='c', f='G', s=9.5)]
    grp = dict(cs=3, f='M', s=8.5, color=NAVY, fill=HexColor('#dfe3ec'))
    rows = [[dict(t='配属先', **Hd), dict(t='裁判所\n事務官', **Hd), dict(t='技術\n職員', **Hd)],
            [dict(t='事務総局', **grp), None, None]] + [urow(*u) for u in part1]
    y = table(p2, x3, y, colw3, rows, size=8.5, font='G', minh=24, rules='h', rulecolor=NAVY)
    p2.T('（次ページに続く）', x3 + 240, y + 5, 7, 'G', color=GREY, align='r')

    # ---- page 3: back cover
    p3 = Page()
    p3.rect(0, 0, W, 8, fill=NAVY)
    y = 34
    units = part1 + part2 + part3
    sa = sum(u[1] or 0 for u in units)
    st = sum(u[2] or 0 for u in units)
    rows = [urow(*u) for u in part2] + [[dict(t='附属機関', **grp), None, None]] + [urow(*u) for u in part3] + \
           [[dict(t='計', f='G', fill=PALE), dict(t=str(sa), a='c', f='G', s=9.5, fill=PALE), dict(t=str(st), a='c', f='G', s=9.5, fill=PALE)]]
    yt = table(p3, 40, y, colw3, rows, size=8.5, font='G', minh=24, rules='h', rulecolor=NAVY)
    p3.T('※技術職員の配属先（経理局）は営繕課・用度課です。', 40, yt + 5, 7, 'G', color=GREY)
    # initiatives (right of the continued table)
    xi, wi = 310, 245
    yi = 30
    heading(p3, xi, yi, '働き方改革の取組', 'scale', size=13)
    yi += 26
    inits = [('フレックスタイム制', '週の勤務時間の範囲で、日ごとの始業・終業時刻を選べます。'),
             ('テレワーク', '調査・資料作成などは在宅で行うことができ、モバイル端末を全職員に配備しています。'),
             ('ペーパーレス会議', '事務総局の会議資料は電子化し、準備にかかる時間を削減しています。')]
    for t_, x_ in inits:
        p3.T('◇' + t_, xi, yi, 9.5, 'M', color=NAVY)
        yi = p3.para(x_, xi + 11, yi + 14, wi - 11, 8, 'G', lead=12) + 5
    # support systems
    y = max(yt + 24, yi) + 8
    heading(p3, 40, y, '仕事と家庭の両立を支える制度', 'heart', size=13)
    y += 28
    sup = [('育児休業', '子が3歳に達する日まで', '男女とも取得でき、取得後は原則として元の部署に復帰します。'),
           ('育児時間', '子が小学校就学前まで、1日2時間以内', '保育園への送迎などのために勤務しない時間を設けられます。'),
           ('介護休暇', '通算6月以内（3回まで分割可）', '要介護状態の家族を介護するための休暇です。'),
           ('配偶者出産休暇', '2日以内', '妻の出産に伴う入退院の付添いなどに使えます。')]
    for i, (n_, d_, t_) in enumerate(sup):
        cx = 40 + (i % 2) * 262
        cy = y + (i // 2) * 84
        p3.rect(cx, cy, 253, 76, stroke=HexColor('#9aa3b5'), lw=0.6, r=3)
        p3.rect(cx, cy, 253, 19, fill=PALE)
        p3.T(n_, cx + 8, cy + 5, 10, 'M', color=NAVY)
        ln = p3.line(2)
        p3.t(ln, 0, '期間', cx + 8, cy + 27, 7.5, 'G', color=white)
        p3.rect(cx + 6, cy + 25.5, 20, 11, fill=GOLD, r=2)
        p3.t(ln, 1, d_, cx + 32, cy + 27, 8, 'G')
        p3.para(t_, cx + 8, cy + 44, 237, 8, 'G', lead=12)
    y += 2 * 84 + 10
    heading(p3, 40, y, '研修', 'doc', size=13)
    y += 26
    train = ['採用後は、裁判所職員総合研修所で導入研修を受け、裁判の仕組みや事務総局の仕事を学びます。',
             'その後も階層別研修や専門研修のほか、行政機関への出向、海外の大学院・司法機関への派遣研修の機会があります。']
    for ptxt in train:
        y = p3.para(ptxt, 40, y, 515, 8.5, 'M', lead=13) + 4
    # footer band: four columns
    fb = 660
    p3.rect(0, fb, W, Hh - fb, fill=NAVY)
    p3.rule(30, fb + 14, 565, fb + 14, GOLD, 0.8)
    cols = [30, 166, 302, 438]
    cw = 124
    cts = [('裁判所事務官の採用', '事務総局 人事局 任用課', '03-3264-5814', 'saiyo-jimukan@courts.go.jp'),
           ('技術職員の採用', '事務総局 経理局 営繕課', '03-3264-6932', 'eizen-saiyo@courts.go.jp')]
    for i, (lab, off, tel, mail) in enumerate(cts):
        x0 = cols[i]
        yy = fb + 24
        p3.T(lab, x0, yy, 8.5, 'M', color=GOLD)
        p3.T(off, x0, yy + 16, 8, 'G', color=white)
        p3.T('TEL ' + tel, x0, yy + 30, 8, 'G', color=white)
        p3.T(mail, x0, yy + 43, 7.5, 'G', color=white)
    yy = fb + 24
    p3.T('所在地', cols[2], yy, 8.5, 'M', color=GOLD)
    p3.T('最高裁判所', cols[2], yy + 16, 8, 'G', color=white)
    addr = '〒102-8651 東京都千代田区隼町4-2'
    p3.T('〒102-8651', cols[2], yy + 30, 8, 'G', color=white)
    p3.T('東京都千代田区隼町4-2', cols[2], yy + 43, 8, 'G', color=white)
    p3.T('交通', cols[3], yy, 8.5, 'M', color=GOLD)
    routes = ['東京メトロ半蔵門線『半蔵門』駅 1番出口 徒歩5分', '東京メトロ有楽町線・半蔵門線・南北線『永田町』駅 4番出口 徒歩5分',
              '東京メトロ有楽町線『麹町』駅 1番出口 徒歩8分']
    y4 = yy + 16
    for r_ in routes:
        y4 = p3.para(r_.replace('『', '').replace('』', ''), cols[3], y4, cw + 4, 7.5, 'G', lead=11, color=white) + 4
    facts = dict(
        organization='最高裁判所', document='職員採用案内',
        edition=dict(year=2026, asOf='2026-04', asOfText='2026年4月'),
        hiring=dict(intro=[intro], note=['※社会人経験者選考等による採用者を除きます。'],
                    tracks=dict(admin='裁判所事務官', tech='技術職員'), textSynthesised=False,
                    layout='COUNTS ONLY IN PROSE on a /Rotate 90 page set landscape: one ● sentence per fiscal year (裁判所事務官N名（うち女性M名）、技術職員…、計…), 女性なし for zero women; the planned year as …を採用する予定です（女性の内訳は未定）',
                    rows=[hrow(2021 + i, lab, lab, False,
                               (a[0] + t[0], a[1] + t[1], cnt((a[0] + t[0], a[1] + t[1]))), (a[0], a[1], cnt(a)), (t[0], t[1], cnt(t)))
                          for i, (lab, a, t) in enumerate(data)]
                    + [hrow(2026, '令和8年度', '令和8年度', True, (26, None, '26名'), (21, None, '21名'), (5, None, '5名'))]),
        exams=dict(title='令和8年度 採用予定数', fiscalYear=2026, textSynthesised=True,
                   layout='ruled COMPARISON table 試験の種類 | 区分 | 令和7年度（前年度） | 令和8年度（本年度): the facts are the 本年度 column, the 前年度 column is a decoy; track group rows spanning the table; the technical exam cell spans three rows (three lines); a 計 row',
                   entries=[dict(track='裁判所事務官', exam=e_.replace('\n', ''), text='', breakdown=[dict(category=c_, count=now)], total=now)
                            for e_, c_, prev, now in ex_admin]
                   + [dict(track='技術職員', exam='国家公務員採用一般職試験（大卒程度試験）', text='',
                           breakdown=[dict(category=c_, count=now) for c_, prev, now in ex_tech], total=sum(r[2] for r in ex_tech))]),
        contacts=[dict(track='裁判所事務官', office='事務総局 人事局 任用課', location='', tel=['03-3264-5814'], email=['saiyo-jimukan@courts.go.jp']),
                  dict(track='技術職員', office='事務総局 経理局 営繕課', location='', tel=['03-3264-6932'], email=['eizen-saiyo@courts.go.jp'])],
        access=dict(address=addr, routes=routes),
        assignments=dict(cohortFiscalYear=2025, intro=a_intro, tracks=dict(admin='裁判所事務官', tech='技術職員'),
                         layout='table with top/bottom rules and group rows (事務総局, 附属機関: not units), STARTED in the third column of the landscape page 2 and CONTINUED AT THE TOP OF PAGE 3 WITHOUT ITS HEADER; － for none; the 計 row on page 3',
                         rows=[dict(unit=u, admin=a_, tech=t_) for u, a_, t_ in units], totals=dict(admin=sa, tech=st)),
        lead=dict(title='', text=[]),
        initiativesIntro='',
        initiatives=[dict(title=a, text=b) for a, b in inits],
        supportTitle='仕事と家庭の両立を支える制度',
        supportSystems=[dict(name=a, duration=b, text=c) for a, b, c in sup],
        supportSource='',
        training=dict(title='研修', paragraphs=train),
        keyFigures=[])
    write('saikosai-2026', [p1, p2, p3], facts, '最高裁判所 職員採用案内 2026', 2602)


# ---------------------------------------------------------------------------------------
# 国立病院機構: a BILINGUAL first page (an English column beside each Japanese column; the English
# column carries decoy figures, among them a hospital-wide hiring table by fiscal year); hiring cells
# with the count over a smaller （女性N） line, a zero written 0; the exam breakdown as a grid of
# region tiles (big count, prefectures under it) plus pills for the technical categories; a
# TRANSPOSED assignment table (units across the top, tracks as rows, two-line unit headers);
# support cards with the duration in a ribbon at the foot; a contact with two phones (直通 / 代表).

GREEN = HexColor('#1f7a4d')
GREEN_L = HexColor('#e6f2ec')
MINT = HexColor('#f3f8f5')


def wrap_en(text, font, size, width):
    lines, cur = [], ''
    for w in text.split(' '):
        cand = (cur + ' ' + w) if cur else w
        if sw(cand, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    lines.append(cur)
    return lines


def nho():
    W, Hh = A4
    p1, p2 = Page(), Page()
    # ---- masthead
    p1.rect(0, 0, W, 6, fill=GREEN)
    p1.rect(40, 28, 6, 58, fill=GREEN)
    p1.T('独立行政法人', 56, 28, 9, 'G', color=GREEN)
    p1.T('国立病院機構', 56, 42, 28, 'G', color=GREEN)
    p1.T('National Hospital Organization', 56, 76, 10, 'G', color=GREY)
    p1.T('事務職・技術職 採用案内', 555, 40, 15, 'G', align='r')
    p1.T('令和8年（2026年）2月発行', 555, 62, 8.5, 'M', align='r', color=GREY)
    p1.rule(40, 100, 555, 100, GREEN, 1.2)
    XJ, WJ, XE, WE = 40, 318, 378, 177

    def band_head(y, jp, en):
        # the English header is created with the English column (column by column reading order)
        p1.rect(XJ, y, WJ, 20, fill=GREEN_L)
        p1.T(jp, XJ + 8, y + 4, 11.5, 'G', color=GREEN)
        p1.rect(XE, y, WE, 20, fill=MINT)
        pending.append((en, y))
        return y + 30

    pending = []

    def en_para(text, y, size=8):
        while pending:
            en, yh = pending.pop()
            p1.T(en, XE + 8, yh + 5, 10, 'G', color=GREEN)
        for l_ in wrap_en(text, 'G', size, WE - 8):
            p1.T(l_, XE + 4, y, size, 'G', color=GREY)
            y += size * 1.45
        return y

    # band 1: about
    y = band_head(114, '私たちについて', 'About us')
    top = y
    lead_t = '地域の医療を、支える側から。'
    p1.T(lead_t, XJ, y, 13, 'M', color=GREEN)
    lead = ['国立病院機構は、全国の病院ネットワークで、がん・循環器病などの高度な医療から、重症心身障害や結核など他の医療機関では担いにくい医療まで提供しています。',
            '事務職は病院の経営・人事・医事を、技術職は建物や医療設備の整備を担い、医療の現場を支えています。']
    y += 22
    for t_ in lead:
        y = p1.para(t_, XJ, y, WJ, 8.5, 'M', lead=13.5) + 3
    ye = en_para('NHO runs 140 hospitals across Japan with about 38,000 beds and 62,000 staff. '
                 'Administrative and engineering staff keep these hospitals running, from management to new buildings.', top)
    p1.rule(XE - 10, top, XE - 10, max(y, ye), HexColor('#b9d3c4'), 0.6)
    # band 2: hiring
    y = band_head(max(y, ye) + 12, '採用実績', 'Recruitment')
    top = y
    h_intro = '本部で採用した事務職・技術職の人数（人）'
    p1.T(h_intro, XJ, y, 8, 'M')
    y += 14
    yrs = [2021, 2022, 2023, 2024, 2025]
    adm = [(31, 14), (33, 16), (35, 17), (36, 19), (38, 20)]
    tec = [(7, 2), (6, 0), (8, 3), (7, 1), (9, 2)]
    plan = (40, 10)
    tot = [(a[0] + t[0], a[1] + t[1]) for a, t in zip(adm, tec)]
    Hd = dict(f='G', a='c', fill=GREEN_L)
    rows = [[dict(t='年度', **Hd), dict(t='事務職', **Hd), dict(t='技術職', **Hd), dict(t='合計', **Hd)]]

    def two(v, fill=None):
        return dict(t=f'{v[0]}\n（女性{v[1]}）', a='c', f='G', fill=fill)
    for i, yv in enumerate(yrs):
        rows.append([dict(t=f'{yv}年度', a='c', f='G'), two(adm[i]), two(tec[i]), two(tot[i], MINT)])
    pf = HexColor('#fff4d9')
    rows.append([dict(t='2026年度\n（予定）', a='c', f='G', fill=pf), dict(t=str(plan[0]), a='c', f='G', fill=pf),
                 dict(t=str(plan[1]), a='c', f='G', fill=pf), dict(t=str(sum(plan)), a='c', f='G', fill=pf)])
    ytab = y
    y = table(p1, XJ, y, [78, 80, 80, 80], rows, size=9, font='G', lead=12, minh=24, rules='h', rulecolor=GREEN)
    # make the women line smaller: re-size the second line of each count cell
    for it in p1.items:
        if it['top'] > ytab and it['text'].startswith('（女性'):
            it['size'] = 7
            it['color'] = GREY
            w_old = it['w']
            it['w'] = sw(it['text'], 'G', 7)
            it['x'] += (w_old - it['w']) / 2
    h_notes = ['※2026年度は採用予定数です（女性の内訳は未定）。', '※病院で採用する職員（看護師・医療技術職等）は含みません。']
    y += 5
    for n_ in h_notes:
        p1.T(n_, XJ, y, 7.5, 'M')
        y += 12
    ye = en_para('Hospital-wide hiring, all professions (nurses, pharmacists, therapists and others):', top)
    ye += 4
    rows_en = [[dict(t='Year', f='G', a='l', color=GREY), dict(t='New staff', f='G', a='r', color=GREY)]]
    for fy, n_ in ((2021, '3,412'), (2022, '3,598'), (2023, '3,655'), (2024, '3,721'), (2025, '3,905')):
        rows_en.append([dict(t=f'FY{fy}', color=GREY), dict(t=n_, a='r', color=GREY)])
    ye = table(p1, XE + 4, ye, [80, 80], rows_en, size=8, font='G', minh=15, rules='h', rulecolor=HexColor('#b9d3c4'), lw=0.4)
    ye = en_para('Figures for headquarters hiring are given in the Japanese table.', ye + 6, 7)
    p1.rule(XE - 10, top, XE - 10, max(y, ye), HexColor('#b9d3c4'), 0.6)
    # band 3: work style
    y = band_head(max(y, ye) + 12, '働き方', 'Work style')
    top = y
    i_intro = '職員が長く安心して働けるよう、次の取組を進めています。'
    y = p1.para(i_intro, XJ, y, WJ, 8.5, 'M', lead=13) + 3
    inits = [('本部でのテレワーク', '本部の職員は、週2日まで在宅で勤務することができます。'),
             ('連続休暇の取得促進', '夏季には5日以上の連続休暇を取得するよう、職場全体で計画を立てています。'),
             ('病院間の人事交流', '全国の病院で経験を積み、希望する地域でのキャリア形成を支援します。')]
    for t_, x_ in inits:
        p1.T('●' + t_, XJ, y, 9.5, 'G', color=GREEN)
        y = p1.para(x_, XJ + 11, y + 14, WJ - 11, 8.5, 'M', lead=13) + 4
    ye = en_para('Telework up to 2 days a week at headquarters, 5 consecutive days of summer leave, and transfers between hospitals in 6 regional groups.', top)
    p1.rule(XE - 10, top, XE - 10, max(y, ye), HexColor('#b9d3c4'), 0.6)
    p1.rect(XJ, y + 8, 515, 90, fill=HexColor('#cfd8d3'))
    p1.T('病院の設備更新を担当する技術職の職員', XJ, y + 102, 7.5, 'M', color=GREY)

    # ---- page 2
    p2.rect(0, 0, W, 6, fill=GREEN)
    y = 26
    ex_title = '令和8年度 採用予定数'
    p2.rect(40, y, 6, 18, fill=GREEN)
    p2.T(ex_title, 54, y + 1, 14, 'G', color=GREEN)
    y += 28
    ex_a = '事務職員採用試験（大卒程度）'
    p2.rect(40, y, 515, 18, fill=GREEN_L)
    p2.T(ex_a, 48, y + 4, 10, 'G', color=GREEN)
    y += 24
    groups = [('北海道東北グループ', 5, '北海道・青森・岩手・宮城・秋田・山形・福島'),
              ('関東信越グループ', 10, '茨城・栃木・群馬・埼玉・千葉・東京・神奈川・新潟・山梨・長野'),
              ('東海北陸グループ', 6, '富山・石川・福井・岐阜・静岡・愛知・三重'),
              ('近畿グループ', 7, '滋賀・京都・大阪・兵庫・奈良・和歌山'),
              ('中国四国グループ', 6, '鳥取・島根・岡山・広島・山口・徳島・香川・愛媛・高知'),
              ('九州グループ', 6, '福岡・佐賀・長崎・熊本・大分・宮崎・鹿児島・沖縄')]
    tw, th = 165, 84
    for i, (g, n_, prefs) in enumerate(groups):
        x0 = 40 + (i % 3) * (tw + 10)
        y0 = y + (i // 3) * (th + 8)
        p2.rect(x0, y0, tw, th, stroke=HexColor('#9cc4ad'), lw=0.7, r=4)
        ln = p2.line(2)
        p2.t(ln, 0, g, x0 + 8, y0 + 8, 9, 'G', color=GREEN)
        p2.t(ln, 1, str(n_), x0 + tw - 24, y0 + 4, 20, 'G', align='r', color=GREEN)
        p2.t(ln, 1, '名', x0 + tw - 22, y0 + 13, 9, 'G', color=GREEN)
        yy = y0 + 30
        for l_ in wrap(prefs, 'M', 7.5, tw - 16):
            p2.T(l_, x0 + 8, yy, 7.5, 'M', color=GREY)
            yy += 11
    y += 2 * (th + 8) + 4
    ex_t = '技術職員採用試験（大卒程度）'
    p2.rect(40, y, 515, 18, fill=GREEN_L)
    p2.T(ex_t, 48, y + 4, 10, 'G', color=GREEN)
    y += 26
    tech = [('建築', 4), ('電気', 3), ('機械', 3)]
    for i, (c_, n_) in enumerate(tech):
        x0 = 40 + i * 120
        p2.rect(x0, y - 3, 110, 19, fill=MINT, stroke=GREEN, lw=0.6, r=9)
        ln = p2.line(2)
        p2.t(ln, 0, c_, x0 + 12, y + 1, 9, 'G')
        p2.t(ln, 1, f'{n_}名', x0 + 98, y + 1, 9, 'G', align='r', color=GREEN)
    p2.T('※採用はグループごとに行い、管内の病院に配属します。', 40, y + 24, 7, 'M', color=GREY)
    y += 44
    # transposed assignment table
    p2.rect(40, y, 6, 18, fill=GREEN)
    p2.T('配属先', 54, y + 1, 14, 'G', color=GREEN)
    a_intro = '令和7年度採用者の配属先（人）'
    p2.T(a_intro, 555, y + 6, 8, 'M', align='r')
    y += 26
    units = [('本部', 4, 2), ('北海道\n東北', 4, 1), ('関東\n信越', 10, 2), ('東海\n北陸', 5, 1), ('近畿', 6, 1),
             ('中国\n四国', 4, None), ('九州', 5, 2)]
    sa = sum(u[1] or 0 for u in units)
    st = sum(u[2] or 0 for u in units)
    rows = [[dict(t='配属先', **Hd)] + [dict(t=u[0], **Hd) for u in units] + [dict(t='計', **Hd)],
            [dict(t='事務職', f='G')] + [dict(t='－' if u[1] is None else str(u[1]), a='c') for u in units] + [dict(t=str(sa), a='c', f='G', fill=MINT)],
            [dict(t='技術職', f='G')] + [dict(t='－' if u[2] is None else str(u[2]), a='c') for u in units] + [dict(t=str(st), a='c', f='G', fill=MINT)]]
    y = table(p2, 40, y, [64] + [58] * 7 + [45], rows, size=9, font='M', lead=11.5, minh=20, rules='grid', rulecolor=HexColor('#9cc4ad'))
    a_note = '※本部以外は、各グループ管内の病院（事務部・企画課等）への配属です。'
    p2.T(a_note, 40, y + 4, 7, 'M', color=GREY)
    y += 24
    # support cards
    p2.rect(40, y, 6, 18, fill=GREEN)
    sup_title = '子育て・介護を支える制度'
    p2.T(sup_title, 54, y + 1, 14, 'G', color=GREEN)
    y += 26
    sup = [('育児休業', '子が3歳に達するまで', '男性職員の取得も年々増えています。'),
           ('育児短時間勤務', '子が小学校就学前まで', '1日4時間などの短時間勤務を選べます。'),
           ('介護休業', '通算93日（3回まで分割可）', '要介護の家族を介護するための休業です。'),
           ('子の看護休暇', '年5日（2人以上は年10日）', '子の通院や学校行事にも使えます。')]
    cw = 122
    for i, (n_, d_, t_) in enumerate(sup):
        x0 = 40 + i * (cw + 9.7)
        p2.rect(x0, y, cw, 84, stroke=HexColor('#9cc4ad'), lw=0.7)
        p2.T(n_, x0 + 7, y + 7, 9.5, 'G', color=GREEN)
        p2.para(t_, x0 + 7, y + 24, cw - 14, 7.5, 'M', lead=11)
        p2.rect(x0, y + 64, cw, 20, fill=GREEN)
        p2.T(d_, x0 + cw / 2, y + 70, 7.5, 'G', color=white, align='c')
    y += 96
    # training
    p2.rect(40, y, 6, 18, fill=GREEN)
    tr_t = '研修・キャリア'
    p2.T(tr_t, 54, y + 1, 14, 'G', color=GREEN)
    y += 26
    train = ['採用後は本部で新採用職員研修を受け、病院の経営や診療報酬、医療安全の基礎を学びます。',
             '病院とグループ、本部を異動しながら経験を積み、事務長や施設整備の責任者を目指します。']
    for t_ in train:
        y = p2.para(t_, 40, y, 515, 8.5, 'M', lead=13) + 3
    # contacts | access
    y += 10
    p2.rule(40, y, 555, y, GREEN, 1)
    y += 10
    yc = y
    p2.T('お問い合わせ', 40, y, 10, 'G', color=GREEN)
    y += 16
    cts = [('事務職', '本部 総務部 人事課 採用係', ['03-5712-5075（直通）', '03-5712-5011（代表）'], 'jinji-saiyo@hosp.go.jp'),
           ('技術職', '本部 企画経営部 施設整備課', ['03-5712-5118（直通）'], 'shisetsu-saiyo@hosp.go.jp')]
    for tr, off, tels, mail in cts:
        p2.T(f'{tr}｜{off}', 40, y, 8.5, 'G')
        y += 13
        p2.T('TEL ' + '　'.join(tels), 50, y, 8, 'M')
        y += 12
        p2.T('E-mail ' + mail, 50, y, 8, 'M')
        y += 16
    y = yc
    p2.T('アクセス', 310, y, 10, 'G', color=GREEN)
    y += 16
    p2.T('国立病院機構本部', 310, y, 8.5, 'G')
    addr = '〒152-8621 東京都目黒区東が丘2-5-21'
    p2.T(addr, 310, y + 13, 8, 'M')
    routes = ['東急田園都市線『駒沢大学』駅 西口 徒歩15分', '東急東横線『都立大学』駅 南口 徒歩20分']
    for i, r_ in enumerate(routes):
        p2.T('■' + r_.replace('『', '').replace('』', ''), 310, y + 28 + i * 13, 8, 'M')
    facts = dict(
        organization='国立病院機構', document='事務職・技術職 採用案内',
        edition=dict(year=2026, asOf='2026-02', asOfText='令和8年（2026年）2月'),
        hiring=dict(intro=[h_intro], note=h_notes, tracks=dict(admin='事務職', tech='技術職'), textSynthesised=False,
                    layout='table with horizontal rules, each count cell TWO LINES: the count over a smaller （女性N） line (a zero written 0); planned row 2026年度 / （予定） tinted; BESIDE IT the English column with a decoy hospital-wide hiring table FY2021–FY2025',
                    rows=[hrow(yv, f'{yv}年度', f'{yv}年度', False,
                               (tot[i][0], tot[i][1], f'{tot[i][0]}（女性{tot[i][1]}）'), (adm[i][0], adm[i][1], f'{adm[i][0]}（女性{adm[i][1]}）'),
                               (tec[i][0], tec[i][1], f'{tec[i][0]}（女性{tec[i][1]}）')) for i, yv in enumerate(yrs)]
                    + [hrow(2026, '2026年度', '2026年度（予定）', True, (50, None, '50'), (40, None, '40'), (10, None, '10'))]),
        exams=dict(title=ex_title, fiscalYear=2026, textSynthesised=True,
                   layout='a GRID OF SIX REGION TILES (group name, big count + 名, the prefectures wrapped under it) for the administrative exam, then three PILLS (category, count) for the technical exam',
                   entries=[dict(track='事務職', exam=ex_a, text='', breakdown=[dict(category=g, count=n_) for g, n_, _ in groups], total=sum(n_ for _, n_, _ in groups)),
                            dict(track='技術職', exam=ex_t, text='', breakdown=[dict(category=c_, count=n_) for c_, n_ in tech], total=sum(n_ for _, n_ in tech))]),
        contacts=[dict(track='事務職', office='本部 総務部 人事課 採用係', location='', tel=['03-5712-5075（直通）', '03-5712-5011（代表）'], email=['jinji-saiyo@hosp.go.jp']),
                  dict(track='技術職', office='本部 企画経営部 施設整備課', location='', tel=['03-5712-5118（直通）'], email=['shisetsu-saiyo@hosp.go.jp'])],
        access=dict(address=addr, routes=routes),
        assignments=dict(cohortFiscalYear=2025, intro=a_intro, tracks=dict(admin='事務職', tech='技術職'),
                         layout='TRANSPOSED ruled table: units ACROSS THE TOP (two-line headers 北海道 / 東北 …), tracks as rows, a 計 column; － for none',
                         rows=[dict(unit=u.replace('\n', ''), admin=a_, tech=t_) for u, a_, t_ in units], totals=dict(admin=sa, tech=st)),
        lead=dict(title=lead_t, text=lead),
        initiativesIntro=i_intro,
        initiatives=[dict(title=a, text=b) for a, b in inits],
        supportTitle=sup_title,
        supportSystems=[dict(name=a, duration=b, text=c) for a, b, c in sup],
        supportSource='',
        training=dict(title=tr_t, paragraphs=train),
        keyFigures=[])
    write('nho-2026', [p1, p2], facts, '国立病院機構 事務職・技術職 採用案内 2026', 2603)


BUILDERS = {'okinawa-2026': okinawa, 'saikosai-2026': saikosai, 'nho-2026': nho}

if __name__ == '__main__':
    names = sys.argv[1:] or list(BUILDERS)
    for n in names:
        BUILDERS[n]()
