#!/usr/bin/env python3
"""Holdout set 24 (blind): three synthetic recruitment brochures.

  hyogo-2026     兵庫県            A4 landscape, 2 pp (p1 a two-page spread laid out as one wide page)
  kawasaki-2026  川崎市            A4 portrait, 3 pp (full-height tinted sidebar, reversed headings, Q&A, timeline)
  jasso-2026     日本学生支援機構  A4 portrait, 2 pp (photo page, hiring table split in two stacked blocks,
                                   multi-year assignment table, route table)

Self-contained: reportlab + the IPAex fonts; pdftotext for the self-check.  Every visual line is
its own text object at an absolute position; the text objects of a page are drawn after its
graphics in a seeded shuffled order.  Deterministic (reportlab invariant=1, fixed seeds).

  python3 Fixtures/generate_holdout24.py            # all three
  python3 Fixtures/generate_holdout24.py hyogo-2026 # one
"""
import collections, importlib.util, json, os, random, subprocess, sys, unicodedata

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.lib.colors import Color, black, white

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout24')
REPO = os.path.dirname(HERE)

pdfmetrics.registerFont(TTFont('IPAexG', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('IPAexM', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
FONTS = {'G': 'IPAexG', 'M': 'IPAexM'}


def rgb(h):
    h = h.lstrip('#')
    return Color(int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)


GREY = rgb('#555555')
LIGHT = rgb('#dddddd')
PHOTO = rgb('#b8b8b8')


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, FONTS[font], size)


class Fail(Exception):
    pass

# ---------------------------------------------------------------- page model (top-down coordinates)


class Page:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.runs = []      # every text object
        self.lines = []     # expected lines in reading order: list of cells, cell = list of runs
        self.gfx = []       # callables drawing graphics

    # text ------------------------------------------------------------
    def run(self, x, ty, text, size, font='M', color=black, align='l', box=None, mode=0):
        w = sw(text, font, size)
        if align == 'r':
            x -= w
        elif align == 'c':
            x -= w / 2
        r = dict(x=x, ty=ty, text=text, size=size, font=font, color=color, w=w, box=box, mode=mode)
        self.runs.append(r)
        return r

    def line(self, cells, sep='\t'):
        cells = [c if isinstance(c, list) else ([c] if c else []) for c in cells]
        self.lines.append((cells, sep))

    def text(self, x, ty, text, size, font='M', color=black, align='l', box=None, mode=0):
        r = self.run(x, ty, text, size, font, color, align, box, mode)
        self.line([r])
        return r

    def para(self, x, ty, width, text, size, font='M', leading=None, color=black):
        leading = leading or size * 1.55
        for ln in wrap(text, font, size, width):
            self.text(x, ty, ln, size, font, color, box=(x - 0.5, ty - size * 1.2, x + width + 0.5, ty + size * 0.5))
            ty += leading
        return ty

    # graphics --------------------------------------------------------
    def rect(self, x, ty, w, h, fill=None, stroke=None, lw=0.5, r=0, dash=None):
        def f(c):
            c.saveState()
            if fill is not None:
                c.setFillColor(fill)
            if stroke is not None:
                c.setStrokeColor(stroke)
                c.setLineWidth(lw)
            if dash:
                c.setDash(*dash)
            if r:
                c.roundRect(x, self.h - ty - h, w, h, r, fill=fill is not None, stroke=stroke is not None)
            else:
                c.rect(x, self.h - ty - h, w, h, fill=fill is not None, stroke=stroke is not None)
            c.restoreState()
        self.gfx.append(f)

    def hline(self, x1, ty1, x2, ty2, color=black, lw=0.5, dash=None):
        def f(c):
            c.saveState()
            c.setStrokeColor(color)
            c.setLineWidth(lw)
            if dash:
                c.setDash(*dash)
            c.line(x1, self.h - ty1, x2, self.h - ty2)
            c.restoreState()
        self.gfx.append(f)

    def circle(self, x, ty, r, fill=None, stroke=None, lw=0.5):
        def f(c):
            c.saveState()
            if fill is not None:
                c.setFillColor(fill)
            if stroke is not None:
                c.setStrokeColor(stroke)
                c.setLineWidth(lw)
            c.circle(x, self.h - ty, r, fill=fill is not None, stroke=stroke is not None)
            c.restoreState()
        self.gfx.append(f)

    def poly(self, pts, fill=None, stroke=None, lw=0.5):
        def f(c):
            c.saveState()
            p = c.beginPath()
            p.moveTo(pts[0][0], self.h - pts[0][1])
            for x, y in pts[1:]:
                p.lineTo(x, self.h - y)
            p.close()
            if fill is not None:
                c.setFillColor(fill)
            if stroke is not None:
                c.setStrokeColor(stroke)
                c.setLineWidth(lw)
            c.drawPath(p, fill=fill is not None, stroke=stroke is not None)
            c.restoreState()
        self.gfx.append(f)

    def dots(self, x1, x2, ty, color=GREY, step=3.2, r=0.45):
        def f(c):
            c.saveState()
            c.setFillColor(color)
            x = x1
            while x <= x2:
                c.circle(x, self.h - ty, r, fill=1, stroke=0)
                x += step
            c.restoreState()
        self.gfx.append(f)

    # cells -----------------------------------------------------------
    def cell(self, x, ty, w, h, spec, align='c', pad=3, valign='c', default=('M', 7.5, black)):
        """spec: None | str | list of segments; segment = str | list of (text, font, size, color[, dy]).
        Returns the runs, top to bottom, left to right."""
        if spec is None or spec == '':
            return []
        if isinstance(spec, str):
            spec = [spec]
        segs = []
        for s in spec:
            if isinstance(s, str):
                s = [(s,) + tuple(default)]
            segs.append([tuple(t) + ((0,) if len(t) == 4 else ()) for t in s])
        heights = [max(t[2] for t in s) * 1.22 for s in segs]
        total = sum(heights)
        y = ty + (h - total) / 2 if valign == 'c' else ty + pad
        runs = []
        box = (x, ty, x + w, ty + h)
        for s, sh in zip(segs, heights):
            size = max(t[2] for t in s)
            base = y + size * 0.95
            width = sum(sw(t[0], t[1], t[2]) for t in s)
            if align == 'c':
                cx = x + (w - width) / 2
            elif align == 'r':
                cx = x + w - pad - width
            else:
                cx = x + pad
            for t in s:
                runs.append(self.run(cx, base + t[4], t[0], t[2], t[1], t[3], box=box))
                cx += sw(t[0], t[1], t[2])
            y += sh
        return runs

    def grid(self, x, ty, colw, rowh, color=GREY, lw=0.5, outer=None, vertical=True):
        xs = [x]
        for w in colw:
            xs.append(xs[-1] + w)
        ys = [ty]
        for h in rowh:
            ys.append(ys[-1] + h)
        for yy in ys:
            self.hline(xs[0], yy, xs[-1], yy, color, lw)
        if vertical:
            for xx in xs:
                self.hline(xx, ys[0], xx, ys[-1], color, lw)
        return xs, ys


# ---------------------------------------------------------------- line breaking with kinsoku

NOSTART = set('、。，．・：；？！）」』】〕〉》ー－ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ々…‥%,.)]}:;!?～')
NOEND = set('（「『【〔〈《([{')
ASCII_TOKEN = set('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@._-/:~+&%,')


def tokens(text):
    out = []
    for ch in text:
        if ch in ASCII_TOKEN and out and out[-1] and out[-1][-1] in ASCII_TOKEN:
            out[-1] += ch
        else:
            out.append(ch)
    return out


def wrap(text, font, size, width):
    lines, cur = [], []
    for tok in tokens(text):
        if cur and sw(''.join(cur) + tok, font, size) > width:
            lines.append(cur)
            cur = [tok]
        else:
            cur.append(tok)
    if cur:
        lines.append(cur)
    # kinsoku: push a token forward while the next line would start with a forbidden char,
    # or this line ends with an opening bracket
    for i in range(1, len(lines)):
        guard = 0
        while lines[i] and (lines[i][0][0] in NOSTART or lines[i - 1][-1][-1] in NOEND):
            lines[i].insert(0, lines[i - 1].pop())
            guard += 1
            if guard > 3 or not lines[i - 1]:
                raise Fail(f'kinsoku cannot be satisfied: {text}')
    out = [''.join(l) for l in lines]
    for l in out:
        if sw(l, font, size) > width + 0.01:
            raise Fail(f'wrapped line too wide ({sw(l, font, size):.1f} > {width}): {l}')
    for a, b in zip(out, out[1:]):
        if b[0] in NOSTART or a[-1] in NOEND:
            raise Fail(f'kinsoku: {a!r} / {b!r}')
    return out


# ---------------------------------------------------------------- checks and writing

def norm(s):
    if s is None:
        return None
    s = unicodedata.normalize('NFKC', s)
    return ''.join(s.split()).replace('〜', '~').replace('～', '~')


def nows(s):
    return ''.join(s.split())


def expected_text(pages):
    out = []
    for p in pages:
        lines = []
        for cells, sep in p.lines:
            lines.append(sep.join(''.join(r['text'] for r in c) for c in cells))
        out.append('\n'.join(lines))
    return '\n\f\n'.join(out) + '\n'


def check_pages(name, pages):
    for pi, p in enumerate(pages, 1):
        where = f'{name} p{pi}'
        registered = collections.Counter()
        for cells, _ in p.lines:
            for c in cells:
                for r in c:
                    registered[id(r)] += 1
        for r in p.runs:
            if registered[id(r)] != 1:
                raise Fail(f'{where}: run {r["text"]!r} is in {registered[id(r)]} expected lines')
        boxes = []
        for r in p.runs:
            if not r['text'].strip():
                raise Fail(f'{where}: empty run')
            face = pdfmetrics.getFont(FONTS[r['font']]).face
            for ch in r['text']:
                if ord(ch) not in face.charToGlyph:
                    raise Fail(f'{where}: glyph {ch!r} not in {r["font"]}')
            x0, x1 = r['x'], r['x'] + r['w']
            y0, y1 = r['ty'] - r['size'] * 0.88, r['ty'] + r['size'] * 0.12
            if x0 < 10 or x1 > p.w - 10 or y0 < 10 or y1 > p.h - 10:
                raise Fail(f'{where}: {r["text"]!r} leaves the page')
            if r['box']:
                bx0, by0, bx1, by1 = r['box']
                if x0 < bx0 - 0.01 or x1 > bx1 + 0.01 or y0 < by0 - 0.6 or y1 > by1 + 0.6:
                    raise Fail(f'{where}: {r["text"]!r} overflows its box {r["box"]} ({x0:.1f},{y0:.1f},{x1:.1f},{y1:.1f})')
            boxes.append((x0, y0, x1, y1, r['text']))
        for i in range(len(boxes)):
            a = boxes[i]
            for b in boxes[i + 1:]:
                if a[0] < b[2] - 0.2 and b[0] < a[2] - 0.2 and a[1] < b[3] - 0.2 and b[1] < a[3] - 0.2:
                    raise Fail(f'{where}: {a[4]!r} overlaps {b[4]!r}')
        drawn = collections.Counter(nows(''.join(r['text'] for r in p.runs)))
        exp = collections.Counter(nows(expected_text([p])))
        if drawn != exp:
            raise Fail(f'{where}: drawn text != expected text: {drawn - exp} / {exp - drawn}')


def draw(path, pages, seed):
    c = canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h), invariant=1)
    c.setTitle('')
    c.setAuthor('')
    c.setCreator('')
    c.setProducer('')
    rng = random.Random(seed)
    for p in pages:
        c.setPageSize((p.w, p.h))
        for g in p.gfx:
            g(c)
        order = list(p.runs)
        rng.shuffle(order)
        for r in order:
            c.saveState()
            c.setFillColor(r['color'])
            if r['mode'] == 2:
                c.setStrokeColor(r['color'])
                c.setLineWidth(0.25)
            t = c.beginText()
            t.setTextOrigin(r['x'], p.h - r['ty'])
            t.setFont(FONTS[r['font']], r['size'])
            if r['mode']:
                t.setTextRenderMode(r['mode'])
            t.textOut(r['text'])
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()


def check_pdftotext(path, pages):
    for i, p in enumerate(pages, 1):
        out = subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), '-enc', 'UTF-8', path, '-'],
                             capture_output=True, text=True, check=True).stdout
        got = collections.Counter(nows(out))
        want = collections.Counter(nows(''.join(r['text'] for r in p.runs)))
        if got != want:
            raise Fail(f'{path} p{i}: pdftotext differs: extra {got - want}, missing {want - got}')


def check_facts(name, facts, exp):
    drawn = norm(exp)
    missing = []

    def need(s, what):
        if s and norm(s) not in drawn:
            missing.append(f'{what}: {s}')
    need(facts['organization'], 'organization')
    need(facts['document'], 'document')
    need(facts['edition']['asOfText'], 'edition')
    h = facts['hiring']
    for s in h['intro'] + h['note']:
        need(s, 'hiring intro/note')
    for t in h['tracks'].values():
        need(t, 'hiring track')
    for r in h['rows']:
        need(r['labelText'], 'hiring label')
        if not h['textSynthesised']:
            for k in ('total', 'admin', 'tech'):
                need(r[k]['text'], 'hiring text')
    e = facts['exams']
    need(e['title'], 'exam title')
    for en in e['entries']:
        need(en['track'], 'exam track')
        need(en['exam'], 'exam')
        for b in en['breakdown']:
            need(b['category'], 'exam category')
    a = facts['assignments']
    need(a['intro'], 'assignment intro')
    for t in a['tracks'].values():
        need(t, 'assignment track')
    for r in a['rows']:
        need(r['unit'], 'unit')
    for c in facts['contacts']:
        for k in ('track', 'office', 'location'):
            need(c[k], 'contact ' + k)
        for t in c['tel'] + c['email']:
            need(t, 'contact')
    need(facts['access']['address'], 'address')
    for r in facts['access']['routes']:
        if norm(r) not in drawn and norm(r.replace('『', '').replace('』', '')) not in drawn:
            missing.append('route: ' + r)
    need(facts['lead']['title'], 'lead')
    for t in facts['lead']['text']:
        need(t, 'lead')
    for i in facts['initiatives']:
        need(i['title'], 'initiative')
        need(i['text'], 'initiative')
    need(facts['supportTitle'], 'support title')
    for i in facts['supportSystems']:
        need(i['name'], 'support')
        need(i['duration'], 'support')
        need(i['text'], 'support')
    need(facts['training']['title'], 'training')
    for t in facts['training']['paragraphs']:
        need(t, 'training')
    if missing:
        raise Fail(f'{name}: fact strings not printed: {missing}')
    # arithmetic
    rows = h['rows']
    years = [r['fiscalYear'] for r in rows]
    if len(rows) < 5 or years != list(range(years[0], years[0] + len(rows))):
        raise Fail(f'{name}: hiring years {years}')
    if [r['planned'] for r in rows].count(True) != 1 or not rows[-1]['planned']:
        raise Fail(f'{name}: planned row must be exactly one and last')
    for r in rows:
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            raise Fail(f'{name}: heads {r["label"]}')
        if r['planned']:
            if any(r[k]['women'] is not None for k in ('total', 'admin', 'tech')):
                raise Fail(f'{name}: planned women must be null')
        else:
            if r['total']['women'] != r['admin']['women'] + r['tech']['women']:
                raise Fail(f'{name}: women {r["label"]}')
            for k in ('total', 'admin', 'tech'):
                if r[k]['women'] > r[k]['count']:
                    raise Fail(f'{name}: women > heads {r["label"]}')
    last = [r for r in rows if not r['planned']][-1]
    planned = rows[-1]
    if a['cohortFiscalYear'] != last['fiscalYear']:
        raise Fail(f'{name}: cohort year')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        raise Fail(f'{name}: duplicate unit')
    sa = sum(r['admin'] or 0 for r in a['rows'])
    st = sum(r['tech'] or 0 for r in a['rows'])
    if (sa, st) != (last['admin']['count'], last['tech']['count']) or (sa, st) != (a['totals']['admin'], a['totals']['tech']):
        raise Fail(f'{name}: assignment sums {sa}/{st}')
    if not (e['fiscalYear'] == planned['fiscalYear'] == facts['edition']['year']):
        raise Fail(f'{name}: exam year / planned year / edition year')
    sums = collections.Counter()
    keys = set()
    for en in e['entries']:
        tk = 'admin' if '事務' in en['track'] else 'tech'
        s = sum(b['count'] for b in en['breakdown'])
        if s != en['total']:
            raise Fail(f'{name}: exam entry total')
        sums[tk] += s
        lvl = 'graduate' if '院' in en['exam'] else 'undergraduate'
        for b in en['breakdown']:
            k = (tk, lvl, norm(b['category']))
            if k in keys:
                raise Fail(f'{name}: exam key collision {k}')
            keys.add(k)
    if sums['admin'] != planned['admin']['count'] or sums['tech'] != planned['tech']['count']:
        raise Fail(f'{name}: exam sums {dict(sums)}')


def standin_score(facts, exp):
    spec = importlib.util.spec_from_file_location('score_extract', os.path.join(REPO, 'Scripts', 'score_extract.py'))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)

    def cnt(x):
        return {'count': x['count'], 'women': x['women']}
    doc = {'organization': facts['organization'], 'edition': {'asOf': facts['edition']['asOf']}, 'sections': {
        'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': cnt(r['total']),
                             'administrative': cnt(r['admin']), 'technical': cnt(r['tech'])} for r in facts['hiring']['rows']]},
        'assignments': {'cohortFiscalYear': facts['assignments']['cohortFiscalYear'],
                        'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0}
                                 for r in facts['assignments']['rows']]},
        'examBreakdown': {'entries': [{'track': m.track(en['track']), 'level': m.level(en['exam']), 'category': b['category'],
                                       'count': b['count']} for en in facts['exams']['entries'] for b in en['breakdown']]},
        'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']}
                     for c in facts['contacts']],
        'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in facts['access']['routes']]},
        'initiatives': [{'title': i['title']} for i in facts['initiatives']],
        'supportSystems': [{'name': i['name']} for i in facts['supportSystems']],
    }}
    res = m.checks(facts, doc, m.norm(exp))
    empty = m.checks(facts, {}, m.norm(exp))
    return sum(ok for _, ok in res), len(res), len(empty), [n for n, ok in res if not ok]


def build(name, fn, seed):
    pages, facts = fn()
    facts['pages'] = len(pages)
    check_pages(name, pages)
    exp = expected_text(pages)
    check_facts(name, facts, exp)
    os.makedirs(OUT, exist_ok=True)
    pdf = os.path.join(OUT, name + '.pdf')
    draw(pdf, pages, seed)
    check_pdftotext(pdf, pages)
    with open(os.path.join(OUT, name + '.expected.txt'), 'w', encoding='utf-8') as f:
        f.write(exp)
    with open(os.path.join(OUT, name + '.facts.json'), 'w', encoding='utf-8') as f:
        json.dump(facts, f, ensure_ascii=False, indent=2)
        f.write('\n')
    ok, n, n_empty, misses = standin_score(facts, exp)
    if ok != n or n != n_empty:
        raise Fail(f'{name}: stand-in scores {ok}/{n} (empty doc {n_empty}): {misses}')
    print(f'{name}: {len(pages)} pp, {sum(len(p.runs) for p in pages)} text objects, checks passed; '
          f'stand-in document {ok}/{n} fact checks')


# ---------------------------------------------------------------- shared fact helpers

def hrow(year, label, label_text, a, t, planned=False, synth=True, texts=None):
    def c(n, w, txt=None):
        return {'count': n, 'women': w, 'text': txt if txt is not None else (f'{n}（{w}）' if w is not None else f'{n}')}
    tot = (a[0] + t[0], None if planned else a[1] + t[1])
    texts = texts or {}
    return {'fiscalYear': year, 'label': label, 'labelText': label_text, 'planned': planned,
            'total': c(tot[0], tot[1], texts.get('total')), 'admin': c(a[0], None if planned else a[1], texts.get('admin')),
            'tech': c(t[0], None if planned else t[1], texts.get('tech'))}

# ================================================================ 1. 兵庫県 (landscape spread)


def hyogo():
    W, H = landscape(A4)
    NAVY = rgb('#12406b')
    TEAL = rgb('#1b7f8c')
    PINK = rgb('#c2185b')
    ORANGE = rgb('#e07b00')
    PALE = rgb('#e6f2f4')
    PLAN = rgb('#fff1dc')

    hiring_rows = [
        hrow(2021, '2021（R3）', '2021（R3）', (98, 41), (64, 15)),
        hrow(2022, '2022（R4）', '2022（R4）', (102, 45), (66, 17)),
        hrow(2023, '2023（R5）', '2023（R5）', (95, 44), (71, 19)),
        hrow(2024, '2024（R6）', '2024（R6）', (108, 50), (73, 22)),
        hrow(2025, '2025（R7）', '2025（R7）', (112, 53), (78, 24)),
        hrow(2026, '2026（R8）', '2026（R8）予定', (115, None), (80, None), planned=True),
    ]
    units = [('総務部', 10, 2), ('財務部', 9, None), ('県民生活部', 7, None), ('福祉部', 11, None),
             ('保健医療部', 8, 6), ('産業労働部', 9, 2), ('農林水産部', 8, 16), ('土木部', 5, 24),
             ('まちづくり部', 4, 9), ('環境部', 4, 5), ('企業庁', 3, 4), ('病院局', 6, 2),
             ('教育委員会事務局', 12, 2), ('県民局・県民センター', 16, 6)]
    exam_admin = [('総合事務職', 90), ('警察事務職', 12), ('教育事務職', 13)]
    exam_tech = [('総合土木職', 30), ('建築職', 10), ('農学職', 12), ('林学職', 4), ('化学職', 6),
                 ('電気職', 5), ('機械職', 5), ('獣医師職', 8)]
    exam_tech = [x for x in exam_tech if x[0] != '獣医師職'] + [('獣医師職', 8)]
    lead_title = 'ひょうごの未来を、現場からつくる。'
    lead = ['兵庫県は、日本海から瀬戸内海、淡路島まで、五つの国につながる多様な地域からなる県です。',
            '県庁と10の県民局・県民センターを拠点に、防災、福祉、産業、まちづくりなど幅広い分野で、事務職・技術職の職員が県民の暮らしを支えています。']
    initiatives = [('テレワークの推進', '全職員にモバイル端末を配備し、自宅や県民局のサテライトオフィスでも勤務できます。'),
                   ('時差出勤・フレックス', '始業時刻を7時から10時30分まで30分単位で選べます。'),
                   ('男性の育児参画', '子が生まれた男性職員には、上司が面談して休暇の計画づくりを後押しします。')]
    supports = [('育児休業', '子が3歳に達するまで', '夫婦が同時に取得することもできます。'),
                ('部分休業', '子が小学校を卒業するまで', '1日2時間まで、勤務時間の始めや終わりに休めます。'),
                ('介護休暇', '通算6か月', '3回まで分割して取得できます。'),
                ('子の看護等休暇', '年5日（子が2人以上は年10日）', '学校行事への参加にも使えます。')]
    training = ['採用後3年間は「育成期間」として、職場でのOJTと研修所の集合研修を組み合わせて基礎を固めます。',
                '4年目以降は、自治大学校や中央省庁、海外事務所などへの派遣研修、大学院での修学制度があります。']
    contacts = [('事務系', '人事委員会事務局 職員課', '3号館9階', '078-362-9381', 'shokuin-saiyo@pref.hyogo.lg.jp'),
                ('技術系', '土木部 総務課 技術職員担当', '1号館6階', '078-362-9240', 'gijutsu-saiyo@pref.hyogo.lg.jp')]
    routes = [('JR神戸線', '元町', '西口', '約5分'),
              ('神戸市営地下鉄西神・山手線', '県庁前', '東1出口', '約2分'),
              ('神戸高速線', '花隈', '東口', '約8分')]
    address = '〒650-8567 神戸市中央区下山手通5-10-1'

    # ---------------------------------------------------------- page 1: the spread
    p = Page(W, H)
    mid = W / 2
    p.rect(0, 0, W, 88, fill=NAVY)
    p.rect(mid - 6, 88, 12, H - 88, fill=rgb('#eeeeee'))
    p.hline(mid, 88, mid, H, GREY, 0.4, dash=(3, 2))
    L0, L1 = 30, mid - 17
    R0, R1 = mid + 17, W - 30
    p.text(L0, 24, 'HYOGO PREFECTURE', 8, 'G', white)
    p.text(L1, 38, '2026.3発行', 7.5, 'G', white, align='r')
    p.text(L0, 60, '兵庫県職員採用案内', 22, 'G', white)
    p.text(L0, 78, '事務系・技術系（大卒程度）', 9.5, 'G', rgb('#cfe3f3'))
    ty = 112
    p.text(L0, ty, lead_title, 13, 'G', NAVY)
    ty += 19
    for t in lead:
        ty = p.para(L0, ty, L1 - L0, t, 8.2, 'M', 12.5)
    # hiring
    ty += 8
    p.rect(L0, ty - 11, 4, 14, fill=TEAL)
    p.text(L0 + 9, ty, '採用実績', 12, 'G', NAVY)
    ty += 16
    intro = '大卒程度試験等による採用者数（各年度4月1日現在）'
    p.text(L0, ty, intro, 7.5, 'M', GREY)
    ty += 7
    colw = [86] + [48] * 6
    x = L0
    xs = [x]
    for w in colw:
        xs.append(xs[-1] + w)
    top = ty
    hh = 16
    # header fills
    p.rect(xs[0], top, xs[-1] - xs[0], hh * 2, fill=PALE)
    rows_y = [top + 2 * hh + i * 19 for i in range(7)]
    p.rect(xs[0], rows_y[5], xs[-1] - xs[0], 19, fill=PLAN)
    # rules
    p.hline(xs[0], top, xs[-1], top, NAVY, 1.0)
    p.hline(xs[1], top + hh, xs[-1], top + hh, GREY, 0.4)
    for yy in rows_y[:-1]:
        p.hline(xs[0], yy, xs[-1], yy, GREY, 0.4)
    p.hline(xs[0], rows_y[-1], xs[-1], rows_y[-1], NAVY, 1.0)
    for i in (1, 3, 5):
        p.hline(xs[i], top, xs[i], rows_y[-1], GREY, 0.4)
    for i in (2, 4, 6):
        p.hline(xs[i], top + hh, xs[i], rows_y[-1], LIGHT, 0.4)
    G8 = ('G', 8, NAVY)
    c_year = p.cell(xs[0], top, colw[0], hh * 2, [[('年度',) + G8]])
    c_a = p.cell(xs[1], top, 96, hh, [[('事務系',) + G8]])
    c_t = p.cell(xs[3], top, 96, hh, [[('技術系',) + G8]])
    c_s = p.cell(xs[5], top, 96, hh, [[('合計',) + G8]])
    p.line([c_year, c_a, c_t, c_s])
    sub = []
    for i in range(6):
        lab = '採用数' if i % 2 == 0 else 'うち女性'
        sub.append(p.cell(xs[1 + i], top + hh, 48, hh, [[(lab, 'G', 7, PINK if i % 2 else NAVY)]]))
    p.line([[]] + sub)

    def num(n, color=black, unit='名'):
        return [[(str(n), 'G', 10, color), (unit, 'G', 6, color)]]
    for i, r in enumerate(hiring_rows):
        y = rows_y[i]
        if r['planned']:
            lab = p.cell(xs[0], y, colw[0], 19, [[('2026（R8）', 'G', 8.5, black), ('予定', 'G', 6.5, white, -0.5)]], align='l', pad=5)
            lab[1]['x'] += 3.5          # the tag sits a little to the right of the label
            p.rect(lab[1]['x'] - 1.5, y + 4.5, lab[1]['w'] + 3, 10.5, fill=ORANGE, r=2)
        else:
            lab = p.cell(xs[0], y, colw[0], 19, [[(r['label'], 'G', 8.5, black)]], align='l', pad=5)
        cells = [lab]
        for j, k in enumerate(('admin', 'tech', 'total')):
            cells.append(p.cell(xs[1 + 2 * j], y, 48, 19, num(r[k]['count']), align='r', pad=6))
            if r[k]['women'] is None:
                cells.append(p.cell(xs[2 + 2 * j], y, 48, 19, [[('―', 'G', 9, PINK)]], align='r', pad=9))
            else:
                cells.append(p.cell(xs[2 + 2 * j], y, 48, 19, num(r[k]['women'], PINK), align='r', pad=6))
        p.line(cells)
    ty = rows_y[-1] + 13
    notes = ['※2026（R8）は採用予定数です（女性の内訳は未定）。', '※社会人経験者・障害者を対象とする選考による採用は含みません。']
    for n in notes:
        p.text(L0, ty, n, 7, 'M', GREY)
        ty += 11
    # initiatives: three mini columns
    ty += 12
    p.rect(L0, ty - 11, 4, 14, fill=TEAL)
    p.text(L0 + 9, ty, '働きやすい職場へ', 12, 'G', NAVY)
    ty += 18
    cw = (L1 - L0 - 16) / 3
    for i, (t, body) in enumerate(initiatives):
        x = L0 + i * (cw + 8)
        p.rect(x, ty - 10, cw, 14, fill=PALE)
        p.text(x + 4, ty, t, 8.5, 'G', NAVY)
        p.para(x, ty + 15, cw, body, 7.3, 'M', 11)
    # decoy: key figures of the prefecture (no facts)
    ty += 68
    p.text(L0, ty, '数字で見る兵庫県', 9, 'G', NAVY)
    ty += 8
    figs = [('人口', '約536', '万人'), ('知事部局の職員', '約6,200', '人'), ('県民局・県民センター', '10', 'か所'),
            ('年次休暇の平均取得', '14.2', '日')]
    fw = (L1 - L0 - 18) / 4
    for i, (lab, n, u) in enumerate(figs):
        x = L0 + i * (fw + 6)
        p.rect(x, ty, fw, 44, fill=PALE, r=4)
        p.text(x + fw / 2, ty + 14, lab, 6.8, 'G', GREY, align='c')
        nr = p.run(x + fw / 2 - sw(u, 'G', 7) / 2, ty + 35, n, 15, 'G', TEAL, align='c')
        ur = p.run(nr['x'] + nr['w'] + 1, ty + 35, u, 7, 'G', TEAL)
        p.line([[nr], [ur]], sep='')
    # right half of the spread
    p.text(R0, 60, 'DATA & CAREER', 20, 'G', rgb('#9cc3e4'))
    p.text(R1, 78, '数字で見る採用とキャリア', 9.5, 'G', white, align='r')
    ty = 112
    p.rect(R0, ty - 11, 4, 14, fill=TEAL)
    p.text(R0 + 9, ty, '配属実績', 12, 'G', NAVY)
    ty += 16
    a_intro = '2025年度採用者（事務系112名・技術系78名）の配属先'
    p.text(R0, ty, a_intro, 7.5, 'M', GREY)
    ty += 7
    tw = (R1 - R0 - 14) / 2
    acol = [tw - 84, 42, 42]
    for half in range(2):
        x = R0 + half * (tw + 14)
        part = units[half * 7:(half + 1) * 7]
        rh = [17] * 8
        p.rect(x, ty, tw, 17, fill=PALE)
        xs2, ys2 = p.grid(x, ty, acol, rh, GREY, 0.4, vertical=False)
        p.hline(x, ty, x + tw, ty, NAVY, 1.0)
        p.hline(x, ys2[-1], x + tw, ys2[-1], NAVY, 1.0)
        p.hline(xs2[1], ty, xs2[1], ys2[-1], LIGHT, 0.4)
        p.line([p.cell(xs2[0], ty, acol[0], 17, [[('配属先',) + G8]]),
                p.cell(xs2[1], ty, 42, 17, [[('事務系',) + G8]]),
                p.cell(xs2[2], ty, 42, 17, [[('技術系',) + G8]])])
        for i, (u, a, t) in enumerate(part):
            y = ys2[i + 1]
            cells = [p.cell(xs2[0], y, acol[0], 17, u, align='l', pad=4)]
            for v in (a, t):
                cells.append(p.cell(xs2[1 + len(cells) - 1], y, 42, 17, num(v) if v else [[('―', 'G', 9, GREY)]], align='r', pad=7))
            p.line(cells)
    ty += 17 * 8 + 28
    p.rect(R0, ty - 11, 4, 14, fill=TEAL)
    p.text(R0 + 9, ty, 'キャリアを支える研修', 12, 'G', NAVY)
    ty += 18
    for t in training:
        ty = p.para(R0, ty, R1 - R0, t, 8.2, 'M', 12.5)
    ty += 8
    pw = (R1 - R0 - 12) / 2
    caps = ['新規採用職員研修（県庁本庁舎）', '淡路県民局での災害対応訓練']
    for i, cap in enumerate(caps):
        x = R0 + i * (pw + 12)
        p.rect(x, ty, pw, 118, fill=PHOTO)
        p.text(x, ty + 130, cap, 7, 'M', GREY)
    pages = [p]

    # ---------------------------------------------------------- page 2
    q = Page(W, H)
    q.rect(0, 0, W, 10, fill=NAVY)
    q.rect(0, H - 10, W, 10, fill=TEAL)
    cw = (W - 60 - 36) / 3
    cx = [30, 30 + cw + 18, 30 + 2 * (cw + 18)]
    for x in cx[1:]:
        q.hline(x - 9, 40, x - 9, 300, LIGHT, 0.5)
    # col 1 exams with dotted leaders
    ty = 44
    q.rect(cx[0], ty - 11, 4, 14, fill=TEAL)
    q.text(cx[0] + 9, ty, '試験区分と採用予定数', 12, 'G', NAVY)
    ty += 18
    ex_title = '令和8年度 大卒程度試験 採用予定数'
    q.text(cx[0], ty, ex_title, 8, 'G')
    ty += 14
    for track, items in (('事務系', exam_admin), ('技術系', exam_tech)):
        tot = sum(n for _, n in items)
        q.rect(cx[0], ty - 10, cw, 14, fill=NAVY)
        a1 = q.run(cx[0] + 5, ty, track, 8.5, 'G', white)
        a2 = q.run(cx[0] + cw - 5, ty, f'{tot}名', 8.5, 'G', white, align='r')
        q.line([[a1], [a2]])
        ty += 16
        for cat, n in items:
            r1 = q.run(cx[0] + 8, ty, cat, 8, 'M')
            r2 = q.run(cx[0] + cw - 5, ty, f'{n}名', 8, 'M', align='r')
            q.dots(r1['x'] + r1['w'] + 4, r2['x'] - 4, ty - 2)
            q.line([[r1], [r2]])
            ty += 14
        ty += 6
    q.text(cx[0], ty, '※採用予定数は変更になる場合があります。', 7, 'M', GREY)
    # col 2 and 3: support (two per column)
    sup_title = '仕事と子育て・介護の両立支援'
    for ci, part in ((1, supports[:2]), (2, supports[2:])):
        ty = 44
        if ci == 1:
            q.rect(cx[1], ty - 11, 4, 14, fill=TEAL)
            q.text(cx[1] + 9, ty, sup_title, 12, 'G', NAVY)
        ty += 22
        for nm, dur, body in part:
            q.rect(cx[ci], ty - 11, cw, 58, stroke=TEAL, lw=0.6, r=3)
            q.text(cx[ci] + 6, ty + 2, nm, 9.5, 'G', NAVY)
            b1 = q.run(cx[ci] + 6, ty + 17, '期間', 7, 'G', white)
            q.rect(b1['x'] - 2, ty + 17 - 7.5, b1['w'] + 4, 10, fill=TEAL, r=1.5)
            b2 = q.run(cx[ci] + 6 + b1['w'] + 6, ty + 17, dur, 7.5, 'G')
            q.line([[b1], [b2]], sep=' ')
            q.para(cx[ci] + 6, ty + 31, cw - 12, body, 7.3, 'M', 11)
            ty += 70
    # contacts table
    ty = 326
    q.rect(cx[0], ty - 11, 4, 14, fill=TEAL)
    q.text(cx[0] + 9, ty, '採用試験・仕事内容のお問い合わせ', 12, 'G', NAVY)
    ty += 10
    ccol = [48, 168, 92, 176]
    rh = [18, 32, 32]
    q.rect(cx[0], ty, sum(ccol), 18, fill=NAVY)
    xs3, ys3 = q.grid(cx[0], ty, ccol, rh, GREY, 0.4)
    hdr = [q.cell(xs3[i], ty, ccol[i], 18, [[(h, 'G', 8, white)]]) for i, h in enumerate(('区分', '担当', '電話', 'メール'))]
    q.line(hdr)
    for i, (tr, off, loc, tel, mail) in enumerate(contacts):
        y = ys3[i + 1]
        q.line([q.cell(xs3[0], y, ccol[0], 32, [[(tr, 'G', 8, NAVY)]]),
                q.cell(xs3[1], y, ccol[1], 32, [[(off, 'M', 7.8, black)], [(f'（{loc}）', 'M', 6.8, GREY)]], align='l', pad=5),
                q.cell(xs3[2], y, ccol[2], 32, [[(tel, 'G', 8, black)]]),
                q.cell(xs3[3], y, ccol[3], 32, [[(mail, 'M', 7.5, black)]], align='l', pad=5)])
    ty = ys3[-1] + 13
    q.text(cx[0], ty, '受付時間　平日9:00～17:30（土日祝日・年末年始を除く）', 7, 'M', GREY)
    q.text(cx[0], ty + 11, '所在地はいずれも兵庫県庁（神戸市中央区）です。', 7, 'M', GREY)
    # access with a route table
    ax = cx[0] + sum(ccol) + 24
    aw = W - 30 - ax
    ty = 326
    q.rect(ax, ty - 11, 4, 14, fill=TEAL)
    q.text(ax + 9, ty, 'アクセス', 12, 'G', NAVY)
    ty += 16
    q.text(ax, ty, address, 8, 'M')
    ty += 8
    rcol = [aw - 60 - 48 - 50, 60, 48, 50]
    rh = [16] + [18] * len(routes)
    q.rect(ax, ty, aw, 16, fill=PALE)
    xs4, ys4 = q.grid(ax, ty, rcol, rh, GREY, 0.4, vertical=False)
    q.line([q.cell(xs4[i], ty, rcol[i], 16, [[(h, 'G', 7.5, NAVY)]]) for i, h in enumerate(('路線', '駅', '出口', '徒歩'))])
    for i, (ln, st, ex, wk) in enumerate(routes):
        y = ys4[i + 1]
        q.line([q.cell(xs4[0], y, rcol[0], 18, ln, align='l', pad=3, default=('M', 7, black)),
                q.cell(xs4[1], y, rcol[1], 18, st + '駅', default=('G', 7.5, black)),
                q.cell(xs4[2], y, rcol[2], 18, ex, default=('M', 7, black)),
                q.cell(xs4[3], y, rcol[3], 18, wk, default=('M', 7, black))])
    # decoy: a band of three photos with captions
    ty = ys4[-1] + 34
    pw = (W - 60 - 24) / 3
    for i, cap in enumerate(('県庁本庁舎（1号館）', '但馬県民局での現場立会い', '播磨科学公園都市の研究施設')):
        x = 30 + i * (pw + 12)
        q.rect(x, ty, pw, H - 40 - ty - 8, fill=PHOTO)
        q.text(x, H - 30, cap, 7, 'M', GREY)
    pages.append(q)

    facts = {
        'fixture': 'hyogo-2026', 'organization': '兵庫県', 'document': '職員採用案内',
        'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '2026.3'},
        'hiring': {'intro': [intro], 'note': notes, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                   'textSynthesised': True,
                   'layout': 'years as rows; track columns GROUPED under spanning headers 事務系 | 技術系 | 合計, each with 採用数 / うち女性 sub-columns; every count a number run plus a smaller separate 名 run; planned row tinted with an orange 予定 tag after the label, women ―',
                   'rows': hiring_rows},
        'exams': {'title': ex_title, 'fiscalYear': 2026, 'textSynthesised': True,
                  'layout': 'per track a dark tag (track, total) then category … count rows joined by DOTTED LEADERS (graphics)',
                  'entries': [{'track': '事務系', 'exam': '大卒程度試験', 'text': '・'.join(f'{c}{n}名' for c, n in exam_admin),
                               'breakdown': [{'category': c, 'count': n} for c, n in exam_admin], 'total': 115},
                              {'track': '技術系', 'exam': '大卒程度試験', 'text': '・'.join(f'{c}{n}名' for c, n in exam_tech),
                               'breakdown': [{'category': c, 'count': n} for c, n in exam_tech], 'total': 80}]},
        'contacts': [{'track': tr, 'office': off, 'location': loc, 'tel': [tel], 'email': [mail]} for tr, off, loc, tel, mail in contacts],
        'access': {'address': address, 'routes': [f'{ln}『{st}』駅 {ex} {wk}' for ln, st, ex, wk in routes]},
        'assignments': {'cohortFiscalYear': 2025, 'intro': a_intro, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'one table printed as TWO SIDE-BY-SIDE HALVES (7 units each, header repeated), counts as number + small 名 run, ― for none',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units],
                        'totals': {'admin': 112, 'tech': 78}},
        'lead': {'title': lead_title, 'text': lead},
        'initiativesIntro': '',
        'initiatives': [{'title': t, 'text': b} for t, b in initiatives],
        'supportTitle': sup_title,
        'supportSystems': [{'name': n, 'duration': d, 'text': b} for n, d, b in supports],
        'supportSource': '',
        'training': {'title': 'キャリアを支える研修', 'paragraphs': training},
        'keyFigures': [],
    }
    return pages, facts


# ================================================================ 2. 川崎市 (sidebar, reversed headings, Q&A, timeline)

def kawasaki():
    W, H = A4
    DARK = rgb('#0b5d3b')
    SIDE = rgb('#e3f1e8')
    ACC = rgb('#2e9e5b')
    STRIPE = rgb('#f2f7f3')
    PLAN = rgb('#fff6d6')
    SB0, SB1 = 14, 122          # sidebar text area
    M0, M1 = 146, W - 30         # main column
    MW = M1 - M0

    def sidebar(p):
        p.rect(0, 0, 134, H, fill=SIDE)

    def rev(p, x, ty, w, text, size=10.5, sub=None):
        """a reversed heading: white text on a dark bar; returns the next baseline."""
        p.rect(x, ty - size - 5, w, size + 10, fill=DARK)
        r = p.run(x + 8, ty, text, size, 'G', white)
        if sub:
            s = p.run(x + w - 8, ty, sub, 7, 'G', rgb('#a9d8bd'), align='r')
            p.line([[r], [s]], sep=' ')
        else:
            p.line([r])
        return ty + 20

    hiring_rows = [
        hrow(2021, '令和3年度', '令和3年度', (150, 72), (62, 14), synth=False),
        hrow(2022, '令和4年度', '令和4年度', (143, 70), (66, 18), synth=False),
        hrow(2023, '令和5年度', '令和5年度', (156, 75), (70, 17), synth=False),
        hrow(2024, '令和6年度', '令和6年度', (161, 80), (68, 20), synth=False),
        hrow(2025, '令和7年度', '令和7年度', (158, 79), (74, 23), synth=False),
        hrow(2026, '令和8年度', '令和8年度（予定）', (160, None), (75, None), planned=True, synth=False),
    ]
    units = [('総務企画局', 12, 1), ('財政局', 14, None), ('市民文化局', 10, None), ('こども未来局', 18, None),
             ('健康福祉局', 16, 4), ('経済労働局', 9, 1), ('環境局', 8, 9), ('まちづくり局', 7, 20),
             ('建設緑政局', 5, 22), ('港湾局', 4, 5), ('上下水道局', 6, 8), ('区役所（7区）', 49, 4)]
    cats = [('行政事務', 130, None), ('社会福祉', 18, None), ('学校事務', 12, None),
            ('土木', None, 35), ('建築', None, 15), ('電気', None, 10), ('機械', None, 8), ('化学', None, 7)]
    lead_title = '多様な人と産業が集まるまちで、あなたの力を。'
    lead = ['川崎市は、人口約155万人の政令指定都市です。臨海部の産業拠点から、多摩丘陵の緑あふれる住宅地まで、七つの区それぞれに異なる顔があります。',
            '本庁と区役所、上下水道局、港湾局などで、事務職・技術職の職員が市民の暮らしを支えています。']
    initiatives = [('ペーパーレス会議', '会議資料はタブレットで共有し、印刷をなくしました。'),
                   ('テレワーク', '週2日を目安に、在宅やサテライトオフィスで勤務できます。'),
                   ('業務改善提案', '職員の提案から生まれた改善を、毎年表彰しています。')]
    supports = [('育児休業', '子が3歳に達するまで',
                 '子どもが生まれたら、休みは取れますか？', '育児休業を、子が3歳に達するまで取得できます。昨年度は男性職員の8割が取得しました。'),
                ('部分休業', '子が小学校を卒業するまで',
                 '保育園の送り迎えと両立できますか？', '部分休業により、子が小学校を卒業するまで、1日2時間を上限に勤務時間を短くできます。'),
                ('介護休暇', '通算6か月',
                 '親の介護が必要になったら？', '介護休暇を通算6か月まで、3回に分けて取得できます。'),
                ('短期介護休暇', '年5日（対象家族が2人以上は年10日）',
                 '通院の付き添いなどで1日だけ休みたいときは？', '短期介護休暇が年5日（対象家族が2人以上は年10日）あり、時間単位でも使えます。')]
    steps = [('入庁時', '新規採用職員研修'), ('2年目', 'フォローアップ研修'), ('4年目', '政策形成研修'),
             ('7年目', '中堅職員研修'), ('10年目～', '係長昇任前研修')]
    contacts = [('事務職', ['人事委員会事務局', '任用課 試験担当'], '第3庁舎10階', '044-200-3343', 'jinji-ninyo@city.kawasaki.jp'),
                ('技術職', ['まちづくり局総務部', '庶務課 技術職員担当'], '本庁舎8階', '044-200-2712', 'machi-gijutsu@city.kawasaki.jp')]
    address = '〒210-8577 川崎市川崎区宮本町1番地'
    routes = ['JR東海道線・京浜東北線・南武線『川崎』駅 東口から徒歩約10分',
              '京急本線『京急川崎』駅 中央口から徒歩約8分']

    # ---------------------------------------------------------- page 1
    p = Page(W, H)
    sidebar(p)
    p.text(SB0, 40, 'KAWASAKI CITY', 8.5, 'G', DARK)
    p.text(SB0, 54, '川崎市職員採用案内', 8, 'G', DARK)
    p.hline(SB0, 64, SB1, 64, ACC, 0.8)
    p.text(SB0, 88, 'CONTENTS', 7.5, 'G', ACC)
    idx = [('01', '採用実績'), ('02', '働き方改革'), ('03', '配属実績'), ('04', '試験区分'), ('05', '研修'),
           ('06', '両立支援Q&A'), ('07', 'お問い合わせ')]
    ty = 106
    for n, t in idx:
        a = p.run(SB0, ty, n, 9, 'G', ACC)
        b = p.run(SB0 + 18, ty, t, 8, 'G', DARK)
        p.line([[a], [b]], sep=' ')
        ty += 17
    # speech bubbles (decoys) in the sidebar
    ty += 22
    p.text(SB0, ty, '先輩の声', 10, 'G', DARK)
    p.hline(SB0, ty + 8, SB1, ty + 8, ACC, 0.8)
    ty += 30
    quotes = [('健康福祉局　事務職', '入庁2年目。窓口で月に200件以上の相談を受けています。'),
              ('上下水道局　技術職（機械）', '入庁6年目。浄水場の設備更新で、5年がかりの計画をまとめました。'),
              ('中原区役所　事務職', '入庁3年目。区の人口は約26万人。若い世代が多いまちです。')]
    for who, said in quotes:
        lines = wrap(said, 'M', 7.3, SB1 - SB0 - 14)
        bh = 12 + 11 * len(lines) + 4
        p.rect(SB0, ty - 10, SB1 - SB0, bh, fill=white, stroke=ACC, lw=0.7, r=6)
        p.poly([(SB0 + 16, ty - 10 + bh - 0.4), (SB0 + 22, ty - 10 + bh + 8), (SB0 + 28, ty - 10 + bh - 0.4)], fill=white)
        p.hline(SB0 + 16, ty - 10 + bh, SB0 + 22, ty - 10 + bh + 8, ACC, 0.7)
        p.hline(SB0 + 22, ty - 10 + bh + 8, SB0 + 28, ty - 10 + bh, ACC, 0.7)
        yy = ty + 2
        for ln in lines:
            p.text(SB0 + 7, yy, ln, 7.3, 'M')
            yy += 11
        p.circle(SB0 + 40, ty - 10 + bh + 18, 8, fill=PHOTO)
        parts = who.split('　')
        p.text(SB0 + 52, ty - 10 + bh + 17, parts[0], 6.5, 'G', DARK)
        p.text(SB0 + 52, ty - 10 + bh + 26, parts[1], 6.5, 'G', DARK)
        ty += bh + 46
    p.text(SB0, H - 40, '令和8年4月発行', 7.5, 'G', DARK)
    p.text(SB0, H - 28, '川崎市人事委員会', 7, 'M', GREY)
    # masthead (main column)
    p.rect(M0, 26, MW, 78, fill=DARK)
    p.text(M0 + 14, 64, '川崎市職員採用案内', 24, 'G', white)
    p.text(M0 + 14, 88, '大学卒業程度　事務職・技術職', 9.5, 'G', rgb('#cfe8d8'))
    ty = 128
    p.text(M0, ty, lead_title, 12.5, 'G', DARK)
    ty += 17
    for t in lead:
        ty = p.para(M0, ty, MW, t, 8, 'M', 12)
    ty += 14
    ty = rev(p, M0, ty, MW, '採用実績', sub='RECRUITMENT')
    intro = '大学卒業程度の採用者数（人）　（　）内はうち女性'
    p.text(M0, ty, intro, 7.5, 'M', GREY)
    ty += 6
    colw = [95, 100, 111, 111]
    xs = [M0]
    for w in colw:
        xs.append(xs[-1] + w)
    rows = list(reversed(hiring_rows))          # newest (planned) first
    rh = [17] + [26] + [17] * 5
    ys = [ty]
    for h in rh:
        ys.append(ys[-1] + h)
    p.rect(M0, ys[1], MW, rh[1], fill=PLAN)
    for i in range(2, 7):
        if i % 2 == 1:
            p.rect(M0, ys[i], MW, rh[i], fill=STRIPE)
    p.hline(M0, ys[0], M1, ys[0], DARK, 1.2)
    p.hline(M0, ys[1], M1, ys[1], DARK, 0.6)
    for yy in ys[2:-1]:
        p.hline(M0, yy, M1, yy, LIGHT, 0.4)
    p.hline(M0, ys[-1], M1, ys[-1], DARK, 1.2)
    p.hline(xs[2], ys[0], xs[2], ys[-1], LIGHT, 0.5)
    hdr = [p.cell(xs[i], ys[0], colw[i], 17, [[(h, 'G', 8, DARK)]]) for i, h in enumerate(('年度', '計', '事務職', '技術職'))]
    p.line(hdr)
    for i, r in enumerate(rows):
        y, h = ys[i + 1], rh[i + 1]
        if r['planned']:
            lab = p.cell(xs[0], y, colw[0], h, [[(r['label'], 'G', 8.5, black)], [('（予定）', 'G', 7, rgb('#b26a00'))]])
        else:
            lab = p.cell(xs[0], y, colw[0], h, [[(r['label'], 'G', 8.5, black)]])
        cells = [lab]
        for k in ('total', 'admin', 'tech'):
            t = r[k]['text']
            segs = [(t, 'G' if k == 'total' else 'M', 9 if k == 'total' else 8.5, black)]
            if r['fiscalYear'] == 2023 and k == 'tech':
                segs.append(('※1', 'M', 5.5, rgb('#b00020'), -3.5))
            cells.append(p.cell(xs[1 + len(cells) - 1], y, colw[len(cells)], h, [segs]))
        p.line(cells)
    ty = ys[-1] + 11
    notes = ['※1 年度途中の採用者2名を含みます。', '令和8年度は採用予定数です（女性の内訳は未定）。']
    for n in notes:
        p.text(M0, ty, n, 7, 'M', GREY)
        ty += 10.5
    # a speech bubble (decoy) beside the initiatives
    ty += 12
    bw = 168
    p.circle(M0 + 16, ty + 16, 15, fill=PHOTO)
    bx = M0 + 40
    p.rect(bx, ty, bw, 72, fill=white, stroke=ACC, lw=0.8, r=8)
    p.poly([(bx + 0.4, ty + 12), (bx - 8, ty + 18), (bx + 0.4, ty + 22)], fill=white)
    p.hline(bx, ty + 12, bx - 8, ty + 18, ACC, 0.8)
    p.hline(bx - 8, ty + 18, bx, ty + 22, ACC, 0.8)
    p.text(bx + 8, ty + 14, 'まちづくり局　技術職（土木）', 7.5, 'G', ACC)
    p.para(bx + 8, ty + 28, bw - 16, '入庁4年目。毎年10件ほどの道路改良工事を担当し、地元の方との調整に汗をかいています。', 7.5, 'M', 11.5)
    ix = bx + bw + 18
    iw = M1 - ix
    ty2 = ty + 4
    p.text(ix, ty2, '働き方改革の取組', 10, 'G', DARK)
    p.hline(ix, ty2 + 5, M1, ty2 + 5, ACC, 0.8)
    ty2 += 19
    for t, b in initiatives:
        r1 = p.run(ix, ty2, '●', 6.5, 'G', ACC)
        r2 = p.run(ix + 9, ty2, t, 8.5, 'G')
        p.line([[r1], [r2]], sep='')
        ty2 = p.para(ix + 9, ty2 + 12.5, iw - 9, b, 7.3, 'M', 10.5) + 4
    ty = max(ty + 72, ty2) + 20
    ty = rev(p, M0, ty, MW, '配属実績', sub='ASSIGNMENT')
    a_intro = '令和7年度採用者（事務職158名・技術職74名）の配属先'
    p.text(M0, ty, a_intro, 7.5, 'M', GREY)
    a_unit = '（単位：人、令和7年4月1日現在）'
    p.text(M1, ty, a_unit, 7, 'M', GREY, align='r')
    ty += 5
    acol = [197, 110, 110]
    rh = [16] * (len(units) + 1)
    for i in range(1, len(rh)):
        if i % 2 == 0:
            p.rect(M0, ty + 16 * i, MW, 16, fill=STRIPE)
    xs2, ys2 = p.grid(M0, ty, acol, rh, LIGHT, 0.4, vertical=False)
    p.hline(M0, ty, M1, ty, DARK, 1.2)
    p.hline(M0, ys2[1], M1, ys2[1], DARK, 0.6)
    p.hline(M0, ys2[-1], M1, ys2[-1], DARK, 1.2)
    p.line([p.cell(xs2[i], ty, acol[i], 16, [[(h, 'G', 8, DARK)]]) for i, h in enumerate(('配属先', '事務職', '技術職'))])
    for i, (u, a, t) in enumerate(units):
        y = ys2[i + 1]
        p.line([p.cell(xs2[0], y, acol[0], 16, u, align='l', pad=8),
                p.cell(xs2[1], y, acol[1], 16, f'{a}' if a else '－', default=('M', 8.5, black)),
                p.cell(xs2[2], y, acol[2], 16, f'{t}' if t else '－', default=('M', 8.5, black))])
    if ys2[-1] > H - 30:
        raise Fail('kawasaki p1 too long')
    pages = [p]

    # ---------------------------------------------------------- page 2
    s = Page(W, H)
    sidebar(s)
    s.rect(SB0 - 4, 30, SB1 - SB0 + 8, 18, fill=DARK)
    s.text(SB0 + 2, 43, 'お問い合わせ', 9.5, 'G', white)
    ty = 68
    for tr, off, loc, tel, mail in contacts:
        s.text(SB0, ty, f'〈{tr}〉', 8, 'G', DARK)
        ty += 13
        for o in off:
            s.text(SB0, ty, o, 7.5, 'G')
            ty += 11
        s.text(SB0, ty, loc, 7, 'M', GREY)
        ty += 12
        s.text(SB0, ty, f'TEL {tel}', 7.5, 'G')
        ty += 11
        s.text(SB0, ty, mail, 6.4, 'M')
        ty += 26
    s.text(SB0, ty, '受付：平日8:30～17:15', 7, 'M', GREY)
    s.text(SB0, H - 28, '川崎市人事委員会', 7, 'M', GREY)
    ty = 50
    ty = rev(s, M0, ty, MW, '試験区分別の採用予定者数', sub='EXAM')
    ex_title = '令和8年度　大学卒業程度　採用予定者数（人）'
    s.text(M0, ty, ex_title, 8, 'G')
    ty += 6
    mcol = [52] + [38] * 8 + [61]
    xs3 = [M0]
    for w in mcol:
        xs3.append(xs3[-1] + w)
    rh = [15, 18, 20, 20]
    ys3 = [ty]
    for h in rh:
        ys3.append(ys3[-1] + h)
    s.rect(xs3[1], ys3[0], xs3[4] - xs3[1], 15, fill=rgb('#d5ecdd'))
    s.rect(xs3[4], ys3[0], xs3[9] - xs3[4], 15, fill=rgb('#dfe6f3'))
    s.rect(M0, ys3[1], MW, 18, fill=STRIPE)
    for yy in ys3[1:]:
        s.hline(M0, yy, M1, yy, GREY, 0.4)
    s.hline(M0, ys3[0], M1, ys3[0], DARK, 1.0)
    s.hline(M0, ys3[-1], M1, ys3[-1], DARK, 1.0)
    for i in (1, 4, 9):
        s.hline(xs3[i], ys3[0], xs3[i], ys3[-1], GREY, 0.4)
    for i in (2, 3, 5, 6, 7, 8):
        s.hline(xs3[i], ys3[1], xs3[i], ys3[-1], LIGHT, 0.4)
    s.line([[], s.cell(xs3[1], ys3[0], xs3[4] - xs3[1], 15, [[('事務系の区分', 'G', 7, DARK)]]),
            s.cell(xs3[4], ys3[0], xs3[9] - xs3[4], 15, [[('技術系の区分', 'G', 7, rgb('#23407a'))]]), []])
    s.line([s.cell(xs3[0], ys3[1], mcol[0], 18, [[('職種', 'G', 7.5, DARK)]])] +
           [s.cell(xs3[1 + i], ys3[1], 38, 18, [[(c, 'G', 7.5, black)]]) for i, (c, _, _) in enumerate(cats)] +
           [s.cell(xs3[9], ys3[1], mcol[9], 18, [[('計', 'G', 7.5, DARK)]])])
    for ri, (tr, idx_) in enumerate((('事務職', 1), ('技術職', 2))):
        y = ys3[2 + ri]
        cells = [s.cell(xs3[0], y, mcol[0], 20, [[(tr, 'G', 8, DARK)]])]
        tot = 0
        for i, c in enumerate(cats):
            v = c[idx_]
            tot += v or 0
            cells.append(s.cell(xs3[1 + i], y, 38, 20, [[(str(v) if v else '－', 'M', 8.5, black if v else GREY)]]))
        cells.append(s.cell(xs3[9], y, mcol[9], 20, [[(str(tot), 'G', 9, black)]]))
        s.line(cells)
    ty = ys3[-1] + 11
    s.text(M0, ty, '※社会人経験者・障害者を対象とする試験は別に実施します。', 7, 'M', GREY)
    ty += 30
    ty = rev(s, M0, ty, MW, '研修とキャリア', sub='TRAINING')
    # timeline: a ruler with dots
    ry = ty + 24
    s.hline(M0 + 6, ry, M1 - 6, ry, ACC, 2.2)
    s.poly([(M1 - 6, ry - 5), (M1 + 2, ry), (M1 - 6, ry + 5)], fill=ACC)
    gap = (MW - 80) / (len(steps) - 1)
    sw_ = 74
    for i, (lab, txt) in enumerate(steps):
        x = M0 + 36 + i * gap
        s.circle(x, ry, 5, fill=white, stroke=DARK, lw=1.5)
        s.text(x, ry - 11, lab, 8.5, 'G', DARK, align='c')
        yy = ry + 19
        for ln in wrap(txt, 'M', 7.5, sw_ - 4):
            s.text(x, yy, ln, 7.5, 'M', align='c')
            yy += 11
    ty = ry + 44
    tr_note = '研修所での集合研修のほか、国や民間企業への派遣研修、大学院への修学支援制度があります。'
    ty = s.para(M0, ty, MW, tr_note, 8, 'M', 12)
    ty += 22
    sup_title = '仕事と家庭の両立 Q&A'
    ty = rev(s, M0, ty, MW, sup_title, sub='SUPPORT')
    ty += 6
    for qi, (nm, dur, qq, ans) in enumerate(supports, 1):
        s.circle(M0 + 8, ty - 3, 8, fill=ACC)
        a = s.run(M0 + 8, ty, f'Q{qi}', 7.5, 'G', white, align='c')
        b = s.run(M0 + 22, ty, qq, 9, 'G', DARK)
        s.line([[a], [b]], sep=' ')
        ty += 18
        s.circle(M0 + 8, ty - 3, 8, fill=rgb('#f0a030'))
        a = s.run(M0 + 8, ty, 'A', 7.5, 'G', white, align='c')
        lines = wrap(ans, 'M', 8, MW - 22)
        b = s.run(M0 + 22, ty, lines[0], 8, 'M')
        s.line([[a], [b]], sep=' ')
        for ln in lines[1:]:
            ty += 12.5
            s.text(M0 + 22, ty, ln, 8, 'M')
        ty += 11
        s.hline(M0, ty, M1, ty, LIGHT, 0.5, dash=(2, 2))
        ty += 17
    ty += 14
    ty = rev(s, M0, ty, MW, 'アクセス', sub='ACCESS')
    s.text(M0, ty, '川崎市役所（本庁舎・第3庁舎）', 8.5, 'G')
    ty += 14
    s.text(M0, ty, address, 8, 'M')
    ty += 16
    for r in routes:
        a = s.run(M0, ty, '◇', 8, 'G', ACC)
        b = s.run(M0 + 11, ty, r, 8, 'M')
        s.line([[a], [b]], sep='')
        ty += 14
    ty += 10
    if ty > H - 120:
        raise Fail('kawasaki p2 too long')
    s.rect(M0, ty, 200, H - 48 - ty, fill=PHOTO)
    s.rect(M0 + 217, ty, MW - 217, H - 48 - ty, fill=PHOTO)
    s.text(M0, H - 36, '川崎駅東口周辺', 7, 'M', GREY)
    s.text(M0 + 217, H - 36, '第3庁舎の執務室（フリーアドレス）', 7, 'M', GREY)
    pages.append(s)

    facts = {
        'fixture': 'kawasaki-2026', 'organization': '川崎市', 'document': '川崎市職員採用案内',
        'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月'},
        'hiring': {'intro': [intro], 'note': notes, 'tracks': {'admin': '事務職', 'tech': '技術職'},
                   'textSynthesised': False,
                   'layout': 'years as rows in DESCENDING order (planned row first, two-line label 令和8年度 / （予定）), columns 年度 | 計 | 事務職 | 技術職 (total BEFORE the tracks), a superscript ※1 inside one cell',
                   'rows': hiring_rows},
        'exams': {'title': ex_title, 'fiscalYear': 2026, 'textSynthesised': True,
                  'layout': 'MATRIX: categories as columns under two spanning group headers, tracks as rows, － where a category does not apply, 計 column',
                  'entries': [{'track': '事務職', 'exam': '大学卒業程度', 'text': '',
                               'breakdown': [{'category': c, 'count': a} for c, a, _ in cats if a], 'total': 160},
                              {'track': '技術職', 'exam': '大学卒業程度', 'text': '',
                               'breakdown': [{'category': c, 'count': t} for c, _, t in cats if t], 'total': 75}]},
        'contacts': [{'track': tr, 'office': ' '.join(off), 'location': loc, 'tel': [tel], 'email': [mail]}
                     for tr, off, loc, tel, mail in contacts],
        'access': {'address': address, 'routes': routes},
        'assignments': {'cohortFiscalYear': 2025, 'intro': a_intro, 'tracks': {'admin': '事務職', 'tech': '技術職'},
                        'layout': 'striped table 配属先 | 事務職 | 技術職, bare numbers, － for none',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units],
                        'totals': {'admin': 158, 'tech': 74}},
        'lead': {'title': lead_title, 'text': lead},
        'initiativesIntro': '',
        'initiatives': [{'title': t, 'text': b} for t, b in initiatives],
        'supportTitle': sup_title,
        'supportSystems': [{'name': n, 'duration': d, 'text': a} for n, d, qq, a in supports],
        'supportSource': '',
        'training': {'title': '研修とキャリア', 'paragraphs': [f'{a} {b}' for a, b in steps] + [tr_note]},
        'keyFigures': [],
    }
    # the hiring texts as printed
    for r in hiring_rows:
        for k in ('total', 'admin', 'tech'):
            assert r[k]['text'] == (f"{r[k]['count']}（{r[k]['women']}）" if r[k]['women'] is not None else str(r[k]['count']))
    return pages, facts


# ================================================================ 3. 日本学生支援機構 (photo page, split transposed table, multi-year assignments)

def jasso():
    W, H = A4
    BLUE = rgb('#0d4a8f')
    SKY = rgb('#e4eef9')
    RED = rgb('#b00020')
    PLAN = rgb('#fdf0d5')
    X0, X1 = 40, W - 40
    TW = X1 - X0

    hiring_rows = [
        hrow(2021, '2021年度', '2021年度', (18, 9), (4, 1)),
        hrow(2022, '2022年度', '2022年度', (20, 11), (5, 1)),
        hrow(2023, '2023年度', '2023年度', (21, 12), (5, 2)),
        hrow(2024, '2024年度', '2024年度', (19, 10), (6, 2)),
        hrow(2025, '2025年度', '2025年度', (22, 12), (6, 3)),
        hrow(2026, '2026年度', '2026年度（採用予定）', (24, None), (7, None), planned=True),
    ]
    for r in hiring_rows:
        for k in ('total', 'admin', 'tech'):
            r[k]['text'] = f"{r[k]['count']}（{r[k]['women']}）" if r[k]['women'] is not None else str(r[k]['count'])
    unit_names = ['総務部', '財務部', '奨学事業戦略部', '奨学金事業部', '債権管理部', '留学生事業部', '学生生活部', '情報部',
                  '支部（東京・大阪ほか）']
    cohort = {2023: ([2, 2, 2, 5, 3, 2, 2, 1, 2], [0, 0, 0, 0, 0, 0, 0, 4, 1]),
              2024: ([1, 2, 3, 4, 3, 2, 1, 1, 2], [0, 0, 0, 1, 0, 0, 0, 5, 0]),
              2025: ([2, 2, 3, 5, 3, 2, 2, 1, 2], [0, 0, 0, 0, 0, 0, 0, 5, 1])}
    assert sum(cohort[2023][0]) == 21 and sum(cohort[2023][1]) == 5
    assert sum(cohort[2024][0]) == 19 and sum(cohort[2024][1]) == 6
    exams = [('事務職', [('事務（総合）', 20), ('事務（地域限定）', 4)]), ('情報技術職', [('情報システム', 7)])]
    lead_title = '学ぶ意欲のあるすべての学生を、支える仕事。'
    lead = ['日本学生支援機構（JASSO）は、奨学金の貸与・給付、留学生への支援、学生生活の支援を一体として行う独立行政法人です。',
            '年間約120万人の奨学生と、日本で学ぶ留学生、海外へ留学する日本人学生の挑戦を、事務職と情報技術職の職員が支えています。']
    initiatives = [('週休3日制の試行', '希望する職員は、月に2回まで金曜日を休日にできます。'),
                   ('ペア制度', '入構から1年間、先輩職員がペアとなり、日々の相談に乗ります。'),
                   ('学び直し休暇', '大学院での修学のため、最長2年間の休職ができます。')]
    supports = [('育児休業', '子が3歳に達するまで', '分割して2回まで取得できます。'),
                ('育児短時間勤務', '子が小学校3年生を修了するまで', '週20時間から選べる短時間勤務です。'),
                ('介護休業', '通算93日', '3回まで分割できます。'),
                ('不妊治療休暇', '年10日', '通院の日に時間単位でも取得できます。')]
    training = ['新規採用職員研修（入構後1か月）で、奨学金・留学生支援の制度と窓口対応を学びます。',
                '2年目以降は、文部科学省や大学への出向、海外事務所（ソウル・ジャカルタほか）での勤務の機会があります。',
                '情報技術職は、基幹システムの開発・運用を担いながら、資格取得支援制度で専門性を高めます。']
    contacts = [('事務職', '総務部 人事課 採用担当', '本部 横浜事務所2階', '045-924-0836', 'saiyo-jinji@jasso.go.jp'),
                ('情報技術職', '情報部 情報企画課', '本部 横浜事務所4階', '045-924-0871', 'it-saiyo@jasso.go.jp')]
    address = '〒226-8503 神奈川県横浜市緑区長津田町4259 S-3'
    routes = [('東急田園都市線', 'すずかけ台', '東口', '約5分'), ('JR横浜線', '長津田', '北口', '約25分')]

    # ---------------------------------------------------------- page 1: photographs and the hiring table
    p = Page(W, H)
    p.rect(0, 0, W, 6, fill=BLUE)
    p.text(X1, 30, '2026年3月作成', 7.5, 'M', GREY, align='r')
    a = p.run(X0, 44, '独立行政法人', 9, 'G', BLUE)
    b = p.run(X0 + a['w'] + 6, 44, '日本学生支援機構', 20, 'G', BLUE)
    p.line([[a], [b]], sep=' ')
    p.text(X0, 62, 'Japan Student Services Organization（JASSO）', 8, 'G', GREY)
    p.text(X1, 62, '職員採用パンフレット', 11, 'G', BLUE, align='r')
    # hero photograph with the lead title over it
    p.rect(X0, 76, TW, 168, fill=PHOTO)
    p.rect(X0, 200, TW, 44, fill=rgb('#6f6f6f'))
    p.text(X0 + 14, 228, lead_title, 15, 'G', white)
    caps = [['奨学金相談センターでの', '電話相談の研修'], ['留学生向け', '就職支援フェアの運営'], ['日本語教育センターでの', '入学式']]
    pw = (TW - 24) / 3
    ty = 256
    for i, cap in enumerate(caps):
        x = X0 + i * (pw + 12)
        p.rect(x, ty, pw, 92, fill=PHOTO)
        yy = ty + 104
        for c in cap:
            p.text(x, yy, c, 7, 'M', GREY)
            yy += 10
    ty += 134
    for t in lead:
        ty = p.para(X0, ty, TW, t, 8.3, 'M', 12.5)
    ty += 16
    h1 = p.run(X0, ty, '採用実績', 12, 'G', BLUE)
    h2 = p.run(X0 + h1['w'] + 8, ty, 'RECRUITMENT', 8, 'G', rgb('#7fa6d6'))
    p.line([[h1], [h2]], sep=' ')
    p.hline(X0, ty + 5, X1, ty + 5, BLUE, 0.8)
    ty += 18
    intro = '職員採用試験（大学卒業程度）による採用者数（人）　（　）内はうち女性'
    p.text(X0, ty, intro, 7.5, 'M', GREY)
    ty += 6
    colw = [95, (TW - 95) / 3, (TW - 95) / 3, (TW - 95) / 3]
    for block in (hiring_rows[:3], hiring_rows[3:]):
        planned = block[-1]['planned']
        hh = 28 if planned else 17
        rh = [hh, 17, 17, 17]
        xs = [X0]
        for w in colw:
            xs.append(xs[-1] + w)
        ys = [ty]
        for h in rh:
            ys.append(ys[-1] + h)
        p.rect(X0, ty, TW, hh, fill=SKY)
        if planned:
            p.rect(xs[3], ty, colw[3], ys[-1] - ty, fill=PLAN)
        p.rect(X0, ys[3], TW, 17, fill=rgb('#f3f3f3'))
        for yy in ys:
            p.hline(X0, yy, X1, yy, GREY, 0.4)
        for xx in xs:
            p.hline(xx, ys[0], xx, ys[-1], GREY, 0.4)
        hdr = [p.cell(xs[0], ty, colw[0], hh, [[('区分', 'G', 8, BLUE)]])]
        for j, r in enumerate(block):
            if r['planned']:
                hdr.append(p.cell(xs[1 + j], ty, colw[1 + j], hh, [[(r['label'], 'G', 8, BLUE)], [('（採用予定）', 'G', 7, rgb('#b26a00'))]]))
            else:
                hdr.append(p.cell(xs[1 + j], ty, colw[1 + j], hh, [[(r['label'], 'G', 8, BLUE)]]))
        p.line(hdr)
        for ri, (lab, k) in enumerate((('事務職', 'admin'), ('情報技術職', 'tech'), ('合計', 'total'))):
            y = ys[1 + ri]
            labseg = [(lab, 'G', 8, black)]
            if k == 'tech':
                labseg.append(('※2', 'M', 5.5, RED, -3.5))
            cells = [p.cell(xs[0], y, colw[0], 17, [labseg], align='l', pad=6)]
            for j, r in enumerate(block):
                seg = [(r[k]['text'], 'G' if k == 'total' else 'M', 8.5, black)]
                if r['fiscalYear'] == 2024 and k == 'admin':
                    seg.append(('※1', 'M', 5.5, RED, -3.5))
                cells.append(p.cell(xs[1 + j], y, colw[1 + j], 17, [seg]))
            p.line(cells)
        ty = ys[-1] + 8
    ty += 4
    notes = ['※1 年度途中の採用者1名を含みます。', '※2 情報技術職は2021年度に新設した区分です。', '（採用予定）の女性の内訳は未定です。']
    for n in notes:
        p.text(X0, ty, n, 7, 'M', GREY)
        ty += 10.5
    # initiatives in three columns at the foot of page 1
    ty += 22
    h1 = p.run(X0, ty, '働きやすさへの取組', 12, 'G', BLUE)
    h2 = p.run(X0 + h1['w'] + 8, ty, 'WORK STYLE', 8, 'G', rgb('#7fa6d6'))
    p.line([[h1], [h2]], sep=' ')
    p.hline(X0, ty + 5, X1, ty + 5, BLUE, 0.8)
    ty += 20
    iw = (TW - 24) / 3
    for i, (t, body) in enumerate(initiatives):
        x = X0 + i * (iw + 12)
        r1 = p.run(x, ty, '◆', 7, 'G', BLUE)
        r2 = p.run(x + 10, ty, t, 8.3, 'G')
        p.line([[r1], [r2]], sep='')
        yy = p.para(x + 10, ty + 12.5, iw - 10, body, 7.3, 'M', 11)
        if yy > H - 30:
            raise Fail('jasso p1 too long')
    pages = [p]

    # ---------------------------------------------------------- page 2
    q = Page(W, H)
    q.rect(0, 0, W, 6, fill=BLUE)

    def head(pg, x, ty, jp, en, w):
        h1 = pg.run(x, ty, jp, 12, 'G', BLUE)
        h2 = pg.run(x + h1['w'] + 8, ty, en, 8, 'G', rgb('#7fa6d6'))
        pg.line([[h1], [h2]], sep=' ')
        pg.hline(x, ty + 5, x + w, ty + 5, BLUE, 0.8)
        return ty + 18
    ty = head(q, X0, 36, '配属実績', 'ASSIGNMENT', TW)
    a_intro = '直近3年間の採用者の配属先（2025年度採用者：事務職22名・情報技術職6名）'
    q.text(X0, ty, a_intro, 7.5, 'M', GREY)
    ty += 6
    ucol = [131] + [64] * 6
    xs = [X0]
    for w in ucol:
        xs.append(xs[-1] + w)
    rh = [16, 15] + [16] * (len(unit_names) + 1)
    ys = [ty]
    for h in rh:
        ys.append(ys[-1] + h)
    q.rect(X0, ys[0], TW, 31, fill=SKY)
    q.rect(xs[5], ys[0], 128, ys[-1] - ys[0], fill=rgb('#fff3cf'))
    q.rect(X0, ys[-2], TW, 16, fill=rgb('#f3f3f3'))
    q.hline(X0, ys[0], X1, ys[0], BLUE, 1.0)
    q.hline(xs[1], ys[1], X1, ys[1], GREY, 0.4)
    for yy in ys[2:-1]:
        q.hline(X0, yy, X1, yy, LIGHT if yy != ys[2] else GREY, 0.4)
    q.hline(X0, ys[-2], X1, ys[-2], GREY, 0.6)
    q.hline(X0, ys[-1], X1, ys[-1], BLUE, 1.0)
    for i in (1, 3, 5):
        q.hline(xs[i], ys[0], xs[i], ys[-1], GREY, 0.5)
    for i in (2, 4, 6):
        q.hline(xs[i], ys[1], xs[i], ys[-1], LIGHT, 0.4)
    q.line([q.cell(xs[0], ys[0], ucol[0], 31, [[('配属先', 'G', 8, BLUE)]])] +
           [q.cell(xs[1 + 2 * j], ys[0], 128, 16, [[(f'{y}年度採用', 'G', 7.5, BLUE)]]) for j, y in enumerate((2023, 2024, 2025))])
    q.line([[]] + [q.cell(xs[1 + i], ys[1], 64, 15, [[('事務職' if i % 2 == 0 else '情報技術職', 'G', 6.8, black)]]) for i in range(6)])
    for ui, u in enumerate(unit_names):
        y = ys[2 + ui]
        cells = [q.cell(xs[0], y, ucol[0], 16, u, align='l', pad=5)]
        for j, yr in enumerate((2023, 2024, 2025)):
            for k in (0, 1):
                v = cohort[yr][k][ui]
                cells.append(q.cell(xs[1 + 2 * j + k], y, 64, 16, [[(str(v) if v else '－', 'G' if yr == 2025 else 'M', 8.5 if yr == 2025 else 8, black if v else GREY)]]))
        q.line(cells)
    y = ys[-2]
    cells = [q.cell(xs[0], y, ucol[0], 16, [[('計', 'G', 8, black)]], align='l', pad=5)]
    for j, yr in enumerate((2023, 2024, 2025)):
        for k in (0, 1):
            cells.append(q.cell(xs[1 + 2 * j + k], y, 64, 16, [[(str(sum(cohort[yr][k])), 'G', 8.5, black)]]))
    q.line(cells)
    ty = ys[-1] + 11
    q.text(X0, ty, '※各年度4月1日現在。支部には海外事務所への配属を含みます。', 7, 'M', GREY)
    ty += 28
    # two columns: exams + training | support
    cw = (TW - 20) / 2
    L, R = X0, X0 + cw + 20
    ty0 = ty
    ty = head(q, L, ty0, '採用予定', 'RECRUITMENT 2026', cw)
    ex_title = '令和8年度 職員採用試験（大学卒業程度）採用予定数'
    q.text(L, ty, ex_title, 7.5, 'G')
    ty += 6
    ecol = [62, cw - 62 - 56, 56]
    rh = [16, 17, 17, 17]
    xs5, ys5 = q.grid(L, ty, ecol, rh, GREY, 0.4)
    q.rect(L, ty, cw, 16, fill=SKY)
    q.line([q.cell(xs5[i], ty, ecol[i], 16, [[(h, 'G', 7.5, BLUE)]]) for i, h in enumerate(('職種', '区分', '予定数'))])
    ri = 0
    for tr, cats in exams:
        for ci, (c, n) in enumerate(cats):
            y = ys5[1 + ri]
            q.line([q.cell(xs5[0], y, ecol[0], 17, [[(tr, 'G', 7.5, black)]]) if ci == 0 else [],
                    q.cell(xs5[1], y, ecol[1], 17, c, align='l', pad=5),
                    q.cell(xs5[2], y, ecol[2], 17, f'{n}名', align='r', pad=6, default=('M', 8, black))])
            ri += 1
    # hide the rule between the two 事務職 rows in the 職種 column (a spanning cell)
    q.rect(xs5[0] + 0.3, ys5[2] - 0.6, ecol[0] - 0.6, 1.2, fill=white)
    ty = ys5[-1] + 24
    ty = head(q, L, ty, '研修', 'TRAINING', cw)
    for t in training:
        ty = q.para(L, ty, cw, t, 7.8, 'M', 11.8) + 3
    left_end = ty
    # support on the right
    ty = head(q, R, ty0, '両立支援制度', 'SUPPORT', cw)
    sup_title = '仕事と家庭の両立を支える制度'
    q.text(R, ty, sup_title, 8, 'G')
    ty += 16
    for nm, dur, body in supports:
        a1 = q.run(R + 4, ty, nm, 8.5, 'G', BLUE)
        a2 = q.run(R + cw - 4, ty, dur, 7.5, 'M', align='r')
        q.dots(a1['x'] + a1['w'] + 4, a2['x'] - 4, ty - 2.5, color=rgb('#7fa6d6'))
        q.line([[a1], [a2]])
        ty = q.para(R + 4, ty + 13, cw - 8, body, 7.3, 'M', 11) + 8
    it = max(ty, left_end)
    # contacts (card) and access (route table), full width at the bottom
    ty = max(ty, it) + 20
    q.rect(X0, ty, TW, 22 + 18 + 48 * len(contacts) + 4, fill=rgb('#f5f8fc'))
    if ty + 22 + 18 + 48 * len(contacts) + 4 > H - 30:
        raise Fail('jasso p2 too long')
    ty += 22
    ty2 = head(q, X0 + 12, ty, 'お問い合わせ', 'CONTACT', cw - 12)
    for tr, off, loc, tel, mail in contacts:
        t1 = q.run(X0 + 12, ty2, f'［{tr}］', 8, 'G', BLUE)
        t2 = q.run(X0 + 12 + t1['w'] + 3, ty2, off, 8, 'G')
        q.line([[t1], [t2]], sep='')
        q.text(X0 + 12, ty2 + 11, loc, 7, 'M', GREY)
        q.text(X0 + 12, ty2 + 22, f'電話：{tel}', 7.5, 'M')
        q.text(X0 + 12, ty2 + 33, f'E-mail：{mail}', 7.5, 'M')
        ty2 += 48
    ty3 = head(q, R, ty, 'アクセス', 'ACCESS', cw - 12)
    q.text(R, ty3, address, 7.5, 'M')
    q.text(R, ty3 + 11, '（東京科学大学すずかけ台キャンパス内）', 7, 'M', GREY)
    ty3 += 18
    rcol = [88, 64, 34, cw - 12 - 186]
    rh = [15] + [17] * len(routes)
    q.rect(R, ty3, sum(rcol), 15, fill=SKY)
    xs6, ys6 = q.grid(R, ty3, rcol, rh, GREY, 0.4, vertical=False)
    q.line([q.cell(xs6[i], ty3, rcol[i], 15, [[(h, 'G', 7.3, BLUE)]]) for i, h in enumerate(('路線', '駅', '出口', '徒歩'))])
    for i, (ln, st, ex, wk) in enumerate(routes):
        y = ys6[1 + i]
        q.line([q.cell(xs6[0], y, rcol[0], 17, ln, align='l', pad=3, default=('M', 7.3, black)),
                q.cell(xs6[1], y, rcol[1], 17, st + '駅', default=('G', 7.3, black)),
                q.cell(xs6[2], y, rcol[2], 17, ex, default=('M', 7.3, black)),
                q.cell(xs6[3], y, rcol[3], 17, wk, default=('M', 7.3, black))])
    pages.append(q)

    facts = {
        'fixture': 'jasso-2026', 'organization': '日本学生支援機構', 'document': '職員採用パンフレット',
        'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '2026年3月'},
        'hiring': {'intro': [intro], 'note': notes, 'tracks': {'admin': '事務職', 'tech': '情報技術職'},
                   'textSynthesised': False,
                   'layout': 'TRANSPOSED table (years as columns) SPLIT INTO TWO STACKED BLOCKS (2021–2023, 2024–2026), each with its own header row; planned column header 2026年度 / （採用予定）; ※ marks inside a count cell and inside a row-label cell',
                   'rows': hiring_rows},
        'exams': {'title': ex_title, 'fiscalYear': 2026, 'textSynthesised': True,
                  'layout': 'ruled table 職種 | 区分 | 予定数, 職種 spanning its rows',
                  'entries': [{'track': tr, 'exam': '職員採用試験（大学卒業程度）', 'text': '',
                               'breakdown': [{'category': c, 'count': n} for c, n in cats], 'total': sum(n for _, n in cats)}
                              for tr, cats in exams]},
        'contacts': [{'track': tr, 'office': off, 'location': loc, 'tel': [tel], 'email': [mail]} for tr, off, loc, tel, mail in contacts],
        'access': {'address': address, 'routes': [f'{ln}『{st}』駅 {ex} {wk}' for ln, st, ex, wk in routes]},
        'assignments': {'cohortFiscalYear': 2025, 'intro': a_intro, 'tracks': {'admin': '事務職', 'tech': '情報技術職'},
                        'layout': 'MULTI-YEAR table: three cohorts (2023, 2024, 2025) as column groups, each 事務職 / 情報技術職; only the 2025 columns are the facts; a 計 row (not a unit)',
                        'rows': [{'unit': u, 'admin': cohort[2025][0][i] or None, 'tech': cohort[2025][1][i] or None}
                                 for i, u in enumerate(unit_names)],
                        'totals': {'admin': 22, 'tech': 6}},
        'lead': {'title': lead_title, 'text': lead},
        'initiativesIntro': '',
        'initiatives': [{'title': t, 'text': b} for t, b in initiatives],
        'supportTitle': sup_title,
        'supportSystems': [{'name': n, 'duration': d, 'text': b} for n, d, b in supports],
        'supportSource': '',
        'training': {'title': '研修', 'paragraphs': training},
        'keyFigures': [],
    }
    return pages, facts


BROCHURES = [('hyogo-2026', hyogo, 2401), ('kawasaki-2026', kawasaki, 2402), ('jasso-2026', jasso, 2403)]


def main(argv):
    want = set(argv[1:])
    for name, fn, seed in BROCHURES:
        if want and name not in want:
            continue
        build(name, fn, seed)


if __name__ == '__main__':
    try:
        main(sys.argv)
    except Fail as e:
        print('REFUSED:', e, file=sys.stderr)
        sys.exit(1)
