#!/usr/bin/env python3
"""Blind holdout set 39: 鳥取県, 食品安全委員会, 量子科学技術研究開発機構.

Self-contained and deterministic (reportlab invariant=1, no page compression, seeded shuffles).
Every visual line is its own text object at an absolute position; text objects are drawn after the
graphics in a seeded shuffled order.  The generator refuses a brochure that fails any self-check
(see ../holdout39/README.md).  --selftest injects faults and requires each to be refused.

  python3 Fixtures/generate_holdout39.py [tottori|fsc|qst ...]
  python3 Fixtures/generate_holdout39.py --selftest [-v]
"""
import io, json, os, random, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color, black, white

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout39')
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
import score_extract  # noqa: E402

pdfmetrics.registerFont(TTFont('IPAexG', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('IPAexM', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
FONTS = {'G': 'IPAexG', 'M': 'IPAexM', 'H': 'Helvetica', 'HB': 'Helvetica-Bold'}
W, H = 595.28, 841.89
EDGE = 14
FAULT = None  # set by --selftest

KINSOKU_START = set('、。，．）」』】〕・ー：；？！ぁぃぅぇぉっゃゅょァィゥェォッャュョ々〜％')
KINSOKU_END = set('（「『【〔')


class Refused(Exception):
    def __init__(self, code, msg):
        super().__init__(f'{code}: {msg}')
        self.code = code


def grey(v):
    return Color(v, v, v)


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, FONTS[font], size)


def wrap(text, font, size, width):
    lines, cur = [], ''
    for ch in text:
        if cur and sw(cur + ch, font, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    # kinsoku: pull characters back so no line starts with a closing mark or ends with an opening bracket
    for i in range(1, len(lines)):
        guard = 0
        while lines[i] and (lines[i][0] in KINSOKU_START or lines[i - 1][-1] in KINSOKU_END) and guard < 3:
            lines[i] = lines[i - 1][-1] + lines[i]
            lines[i - 1] = lines[i - 1][:-1]
            guard += 1
    if FAULT == 'kinsoku':
        if len(lines) == 1:
            k = len(lines[0]) // 2
            lines = [lines[0][:k], lines[0][k:]]
        lines[1] = '。' + lines[1]
    return lines


def check_wrapped(lines):
    for i, ln in enumerate(lines):
        if i and ln and ln[0] in KINSOKU_START:
            raise Refused('kinsoku', f'line starts with {ln[0]!r}: {ln}')
        if ln and ln[-1] in KINSOKU_END and i < len(lines) - 1:
            raise Refused('kinsoku', f'line ends with {ln[-1]!r}: {ln}')


class Page:
    def __init__(self, no):
        self.no = no
        self.items = []      # (x, y, text, font, size, color, furniture)
        self.graphics = []   # callables(canvas)
        self.lines = []      # expected lines

    def text(self, x, y, s, font='M', size=9, color=black, align='left', furniture=False):
        w = sw(s, font, size)
        if align == 'right':
            x -= w
        elif align == 'center':
            x -= w / 2
        self.items.append((round(x, 2), round(y, 2), s, font, size, color, furniture))
        return w

    def g(self, fn):
        self.graphics.append(fn)

    def line(self, *cells):
        self.lines.append('\t'.join(cells))


def rect(x, y, w, h, fill=None, stroke=None, lw=0.5, dash=None):
    def fn(c):
        c.saveState()
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(lw)
        if dash:
            c.setDash(*dash)
        c.rect(x, y, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke is not None else 0)
        c.restoreState()
    return fn


def hline(x1, x2, y, lw=0.5, color=black, dash=None):
    def fn(c):
        c.saveState()
        c.setStrokeColor(color)
        c.setLineWidth(lw)
        if dash:
            c.setDash(*dash)
        c.line(x1, y, x2, y)
        c.restoreState()
    return fn


def seg(x1, y1, x2, y2, lw=0.5, color=black):
    def fn(c):
        c.saveState()
        c.setStrokeColor(color)
        c.setLineWidth(lw)
        c.line(x1, y1, x2, y2)
        c.restoreState()
    return fn


def circle(x, y, r, fill=None, stroke=None, lw=1):
    def fn(c):
        c.saveState()
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(lw)
        c.circle(x, y, r, fill=1 if fill is not None else 0, stroke=1 if stroke is not None else 0)
        c.restoreState()
    return fn


# ---------------------------------------------------------------- layout helpers

def table(p, x, top, widths, rows, size=8.5, rowh=15, font='M', head=(0,), head_fill=grey(0.88),
          fills=None, aligns=None, rule=black, emit=True):
    """A ruled table; rows are lists of cell strings; returns the bottom y."""
    y = top
    total = sum(widths)
    for ri, row in enumerate(rows):
        fill = (fills or {}).get(ri, head_fill if ri in head else None)
        if fill is not None:
            p.g(rect(x, y - rowh, total, rowh, fill=fill))
        cx = x
        for ci, cell in enumerate(row):
            f = 'G' if ri in head else font
            if FAULT == 'overflow' and ri == 1 and ci == 0 and p.no == 1 and emit:
                cell = cell + '（補足説明の長い文字列）'
            if sw(cell, f, size) > widths[ci] - 4:
                raise Refused('cell-overflow', f'cell {cell!r} wider than {widths[ci]}')
            al = (aligns or ['left'] + ['right'] * (len(row) - 1))[ci] if ri not in head else 'center'
            ty = y - rowh + (rowh - size) / 2 + 0.18 * size
            if cell:
                if al == 'left':
                    p.text(cx + 3, ty, cell, f, size)
                elif al == 'right':
                    p.text(cx + widths[ci] - 4, ty, cell, f, size, align='right')
                else:
                    p.text(cx + widths[ci] / 2, ty, cell, f, size, align='center')
            cx += widths[ci]
        if emit:
            p.line(*row)
        y -= rowh
    ys = [top - i * rowh for i in range(len(rows) + 1)]
    for yy in ys:
        p.g(hline(x, x + total, yy, 0.8 if yy in (ys[0], ys[-1]) else 0.4, rule))
    cx = x
    for w_ in [0] + widths:
        cx += w_
        p.g(seg(cx, ys[0], cx, ys[-1], 0.4, rule))
    return y


def para(p, x, y, width, text, font='M', size=9, leading=14, color=black):
    lines = wrap(text, font, size, width)
    check_wrapped(lines)
    for ln in lines:
        p.text(x, y, ln, font, size, color)
        p.line(ln)
        y -= leading
    return y


def heading(p, x, y, s, color, width=W - 100):
    p.g(rect(x, y - 4, 4, 16, fill=color))
    p.text(x + 9, y, s, 'G', 12)
    p.g(hline(x, x + width, y - 6, 0.6, color))
    p.line(s)
    return y - 24


# ---------------------------------------------------------------- data → facts

def era(fy):
    return f'令和{fy - 2018}年度'


def hiring_facts(d):
    rows = []
    for r in d['years']:
        fy, planned = r['fy'], r.get('planned', False)
        row = {'fiscalYear': fy, 'label': era(fy), 'labelText': r['labelText'], 'planned': planned}
        for key in ('total', 'admin', 'tech'):
            c, wn = r[key]
            cell = {'count': c, 'women': wn, 'text': str(c)}
            if wn is not None:
                cell['womenText'] = str(wn)
            row[key] = cell
        rows.append(row)
    return rows


def facts_of(d):
    f = {
        'organization': d['org'], 'document': d['document'],
        'edition': {'year': d['year'], 'asOf': d['asOf'], 'asOfText': d['asOfText']},
        'lead': {'title': '', 'text': d['lead']},
        'hiring': {'intro': d['hiringIntro'], 'note': d['hiringNote'], 'tracks': d['tracks'],
                   'textSynthesised': False, 'layout': d['hiringLayout'], 'rows': hiring_facts(d)},
        'assignments': {'cohortFiscalYear': d['cohort'], 'intro': d['assignIntro'], 'tracks': d['assignTracks'],
                        'layout': d['assignLayout'],
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in d['units']]},
        'exams': {'title': d['examTitle'], 'fiscalYear': d['year'], 'textSynthesised': False,
                  'layout': d['examLayout'],
                  'entries': [{'track': tr, 'exam': ex, 'text': '',
                               'breakdown': [{'category': c, 'count': n} for c, n in cats],
                               'total': sum(n for _, n in cats)} for tr, ex, cats in d['exams']]},
        'training': {'title': '研修・育成', 'paragraphs': d['training']},
        'initiatives': [{'title': t, 'text': x} for t, x in d['initiatives']],
        'initiativesIntro': '',
        'supportTitle': d['supportTitle'],
        'supportSystems': [{'name': n, 'duration': du, 'durationText': du, 'text': x} for n, du, x in d['support']],
        'contacts': [{'track': 'お問い合わせ・アクセス', 'office': d['office'], 'tel': [d['tel']],
                      'email': [d['email']], 'location': '', 'telText': ['TEL ' + d['tel']],
                      'emailText': ['E-mail ' + d['email']], 'hoursText': d['hours']}],
        'access': {'address': d['address'], 'routes': d['routes'], 'routesSynthesised': False},
        'keyFigures': [],
        'decoys': d['decoys'],
        'pages': d['pages'],
        'fixture': d['name'] + '-2026',
    }
    return f


def check_numbers(d):
    ys = d['years']
    if sum(1 for r in ys if r.get('planned')) != 1 or not ys[-1].get('planned'):
        raise Refused('planned-row', 'exactly one planned row, and it must be last')
    actual = [r['fy'] for r in ys if not r.get('planned')]
    if len(actual) < 5 or actual != list(range(actual[0], actual[0] + len(actual))):
        raise Refused('years', 'need >= 5 consecutive actual years')
    if ys[-1]['fy'] != actual[-1] + 1 or d['year'] != ys[-1]['fy']:
        raise Refused('years', 'planned year must be last actual + 1 = edition year')
    for r in ys:
        (tc, tw), (ac, aw), (hc, hw) = r['total'], r['admin'], r['tech']
        if tc != ac + hc:
            raise Refused('hiring-total', f"{r['labelText']}: total {tc} != {ac}+{hc}")
        if r.get('planned'):
            if (tw, aw, hw) != (None, None, None):
                raise Refused('planned-women', 'planned row must have no women')
            continue
        if tw != aw + hw:
            raise Refused('women-total', f"{r['labelText']}: women {tw} != {aw}+{hw}")
        for c, wn in (r['total'], r['admin'], r['tech']):
            if wn > c or wn < 0:
                raise Refused('women-heads', f"{r['labelText']}: women > heads")
    if d['cohort'] != actual[-1]:
        raise Refused('cohort', 'assignment cohort must be the last actual year')
    last = [r for r in ys if r['fy'] == d['cohort']][0]
    units = [u for u, _, _ in d['units']]
    if len(set(units)) != len(units):
        raise Refused('assign-dup', 'duplicate unit')
    for u, a, t in d['units']:
        for v in (a, t):
            if v is not None and v <= 0:
                raise Refused('assign-zero', f'{u}: zero or negative count')
    sa = sum(a or 0 for _, a, _ in d['units'])
    st = sum(t or 0 for _, _, t in d['units'])
    if (sa, st) != (last['admin'][0], last['tech'][0]):
        raise Refused('assign-sum', f'assignment sums {sa}/{st} != hires {last["admin"][0]}/{last["tech"][0]}')
    per = Counter()
    keys = set()
    for tr, ex, cats in d['exams']:
        tk = score_extract.track(tr)
        if tk == 'other':
            raise Refused('exam-track', tr)
        per[tk] += sum(n for _, n in cats)
        for c, n in cats:
            k = (tk, score_extract.level(ex), score_extract.norm(c))
            if k in keys:
                raise Refused('exam-collision', str(k))
            keys.add(k)
    plan = ys[-1]
    if (per['administrative'], per['technical']) != (plan['admin'][0], plan['tech'][0]):
        raise Refused('exam-sum', f'exam sums {dict(per)} != planned {plan["admin"][0]}/{plan["tech"][0]}')


def standin(f):
    h = {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'],
                   'total': {'count': r['total']['count'], 'women': r['total']['women']},
                   'administrative': {'count': r['admin']['count'], 'women': r['admin']['women']},
                   'technical': {'count': r['tech']['count'], 'women': r['tech']['women']}}
                  for r in f['hiring']['rows']]}
    a = {'cohortFiscalYear': f['assignments']['cohortFiscalYear'],
         'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0}
                  for r in f['assignments']['rows']]}
    e = {'entries': [{'track': score_extract.track(x['track']), 'level': score_extract.level(x['exam']),
                      'category': b['category'], 'count': b['count']}
                     for x in f['exams']['entries'] for b in x['breakdown']]}
    c = [{'office': x['office'], 'phones': [{'number': t} for t in x['tel']], 'emails': x['email']}
         for x in f['contacts']]
    acc = {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]}
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']},
            'sections': {'hiring': h, 'assignments': a, 'examBreakdown': e, 'contacts': c, 'access': acc,
                         'initiatives': [{'title': i['title']} for i in f['initiatives']],
                         'supportSystems': [{'name': s['name']} for s in f['supportSystems']]}}


def check_facts_printed(f, expected):
    drawn = score_extract.norm(expected)
    strings = [f['organization'], f['edition']['asOfText']] + f['lead']['text'] + f['hiring']['intro'] + \
        f['hiring']['note'] + list(f['hiring']['tracks'].values()) + [f['assignments']['intro']] + \
        list(f['assignments']['tracks'].values()) + [f['exams']['title'], f['training']['title'],
                                                     f['supportTitle'], f['access']['address']] + \
        f['training']['paragraphs']
    for r in f['hiring']['rows']:
        strings.append(r['labelText'])
    for r in f['assignments']['rows']:
        strings.append(r['unit'])
    for e in f['exams']['entries']:
        strings += [e['track'], e['exam']] + [b['category'] for b in e['breakdown']]
    for c in f['contacts']:
        strings += [c['office'], c['hoursText']] + c['tel'] + c['email'] + c['telText'] + c['emailText']
    strings += [r.replace('『', '').replace('』', '') for r in f['access']['routes']]
    for i in f['initiatives']:
        strings += [i['title'], i['text']]
    for s in f['supportSystems']:
        strings += [s['name'], s['durationText'], s['text']]
    for s in strings:
        if s and score_extract.norm(s) not in drawn:
            raise Refused('fact-not-printed', repr(s))
    lines = [score_extract.norm(x) for x in expected.split('\n')]
    for r in f['hiring']['rows']:
        row = [x for x in lines if x.startswith(score_extract.norm(r['labelText']))]
        if not row:
            raise Refused('fact-not-printed', r['labelText'])
    res = score_extract.checks(f, standin(f), drawn)
    bad = [n for n, ok in res if not ok]
    if bad:
        raise Refused('standin', f'stand-in misses {bad[:3]}')
    kinds = {n.split(' ')[0] for n, _ in res}
    need = {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route',
            'initiative', 'support'}
    if not need <= kinds:
        raise Refused('standin', f'kinds not reached: {need - kinds}')
    if any(ok for _, ok in score_extract.checks(f, {}, drawn)):
        raise Refused('standin', 'an empty document scores')
    return res


# ---------------------------------------------------------------- rendering and page checks

def bbox(it):
    x, y, s, font, size = it[:5]
    return (x, y - 0.22 * size, x + sw(s, font, size), y + 0.88 * size)


def check_page(p):
    for it in p.items:
        x, y, s, font, size = it[:5]
        if font in ('H', 'HB'):
            if any(ord(ch) > 126 for ch in s):
                raise Refused('glyph', f'non-ASCII in standard font: {s!r}')
        else:
            face = pdfmetrics.getFont(FONTS[font]).face
            for ch in s:
                if ord(ch) not in face.charToGlyph:
                    raise Refused('glyph', f'{ch!r} missing in {FONTS[font]}')
        x0, y0, x1, y1 = bbox(it)
        if x0 < EDGE or y0 < EDGE or x1 > W - EDGE or y1 > H - EDGE:
            raise Refused('edge', f'p{p.no} {s!r} in the edge margin or off the page')
    boxes = [bbox(it) for it in p.items]
    for i in range(len(boxes)):
        a = boxes[i]
        for j in range(i + 1, len(boxes)):
            b = boxes[j]
            if a[0] < b[2] - 0.01 and b[0] < a[2] - 0.01 and a[1] < b[3] - 0.01 and b[1] < a[3] - 0.01:
                raise Refused('overlap', f'p{p.no} {p.items[i][2]!r} overlaps {p.items[j][2]!r}')
    drawn = Counter(ch for it in p.items if not it[6] for ch in it[2] if not ch.isspace())
    exp = Counter(ch for ln in p.lines for ch in ln if not ch.isspace())
    if drawn != exp:
        raise Refused('multiset', f'p{p.no} drawn-expected {dict(drawn - exp)} expected-drawn {dict(exp - drawn)}')


def render(pages, title, seed):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor('BrochureKit holdout39')
    for p in pages:
        for fn in p.graphics:
            fn(c)
        order = list(p.items)
        random.Random(seed * 100 + p.no).shuffle(order)
        for x, y, s, font, size, color, _ in order:
            c.saveState()
            t = c.beginText(x, y)
            t.setFont(FONTS[font], size)
            t.setFillColor(color)
            t.textOut(s)
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()


def check_pdf(data, pages):
    with tempfile.TemporaryDirectory() as td:
        path = os.path.join(td, 'x.pdf')
        open(path, 'wb').write(data)
        for p in pages:
            out = subprocess.run(['pdftotext', '-f', str(p.no), '-l', str(p.no), path, '-'],
                                 capture_output=True, text=True, check=True).stdout
            got = Counter(ch for ch in out if not ch.isspace())
            want = Counter(ch for it in p.items for ch in it[2] if not ch.isspace())
            if got != want:
                raise Refused('pdftotext', f'p{p.no}: {dict(got - want)} / {dict(want - got)}')
    n = data.count(b'BT 1 0 0 1 ')
    if n != sum(len(p.items) for p in pages):
        raise Refused('text-objects', f'{n} text objects for {sum(len(p.items) for p in pages)} items')
    return n


def build(name):
    d = DATA[name]()
    if FAULT == 'hiring-total':
        r = d['years'][1]
        r['total'] = (r['total'][0] + 1, r['total'][1])
    if FAULT == 'women':
        r = d['years'][2]
        r['total'] = (r['total'][0], r['total'][1] + 1)
    if FAULT == 'assign':
        u, a, t = d['units'][0]
        d['units'][0] = (u, (a or 0) + 1, t)
    if FAULT == 'exam':
        tr, ex, cats = d['exams'][0]
        d['exams'][0] = (tr, ex, [(cats[0][0], cats[0][1] + 1)] + cats[1:])
    if FAULT == 'planned-women':
        r = d['years'][-1]
        r['admin'] = (r['admin'][0], 1)
    if FAULT == 'planned-first':
        d['years'].insert(0, d['years'].pop())
    if FAULT == 'collision':
        tr, ex, cats = d['exams'][0]
        d['exams'][0] = (tr, ex, cats + [(cats[0][0], 0)])
    check_numbers(d)
    pages = LAYOUT[name](d)
    if FAULT == 'dup-overlap':
        it = pages[0].items[5]
        pages[0].items.append((it[0] + 1, it[1], it[2], it[3], it[4], it[5], it[6]))
        pages[0].lines.append(it[2])
    if FAULT == 'extra-char':
        pages[-1].lines.append('X')
    if FAULT == 'emoji':
        pages[0].text(300, 60, '😀', 'G', 9)
        pages[0].line('😀')
    if FAULT == 'edge':
        pages[0].text(6, 400, '端', 'M', 9)
        pages[0].line('端')
    for p in pages:
        check_page(p)
    expected = '\n\f\n'.join('\n'.join(p.lines) for p in pages) + '\n'
    f = facts_of(d)
    if FAULT == 'email':
        f['contacts'][0]['email'] = ['jinji@example.go.jp']
    res = check_facts_printed(f, expected)
    a = render(pages, f['document'], d['seed'])
    b = render(pages, f['document'], d['seed'])
    if a != b:
        raise Refused('nondeterministic', 'two renderings differ')
    nobj = check_pdf(a, pages)
    return a, expected, f, res, nobj


# ---------------------------------------------------------------- shared blocks

def hiring_cells(r, order):
    out = [r['labelText']]
    for key in order:
        c, wn = r[key]
        out += [str(c), '－' if wn is None else str(wn)]
    return out


def routes_block(p, x, y, d, size=8.5):
    p.text(x, y, d['address'], 'M', size)
    p.line(d['address'])
    y -= 14
    for r in d['routes']:
        s = '■' + r.replace('『', '').replace('』', '')
        p.text(x, y, s, 'M', size)
        p.line(s)
        y -= 14
    return y


# ================================================================= 鳥取県 (3 pages)

def tottori_data():
    A = [(2020, 58, 27), (2021, 61, 30), (2022, 55, 26), (2023, 63, 31), (2024, 60, 29), (2025, 64, 33)]
    T = [(2020, 34, 8), (2021, 31, 7), (2022, 36, 10), (2023, 33, 9), (2024, 35, 11), (2025, 38, 12)]
    years = []
    for (fy, ac, aw), (_, tc, tw) in zip(A, T):
        years.append({'fy': fy, 'labelText': era(fy), 'admin': (ac, aw), 'tech': (tc, tw),
                      'total': (ac + tc, aw + tw)})
    years.append({'fy': 2026, 'labelText': '令和8年度（予定）', 'planned': True, 'admin': (66, None),
                  'tech': (40, None), 'total': (106, None)})
    return {
        'name': 'tottori', 'seed': 391, 'org': '鳥取県', 'document': '鳥取県 職員採用案内', 'year': 2026,
        'asOf': '2026-04', 'asOfText': '令和8年4月発行', 'pages': 3,
        'lead': ['砂丘と山と海に囲まれた、日本一人口の少ない県。小さな県だからこそ、一人ひとりの仕事が県民の暮らしに直結します。'],
        'hiringIntro': ['（単位：人）うち女性は内数です。'],
        'hiringNote': ['※令和8年度は採用予定数です。', '※項目名は表の下に記載しています。'],
        'tracks': {'admin': '事務職', 'tech': '技術職'},
        'hiringLayout': 'years down, うち女性 columns, the header row BELOW the data rows',
        'years': years, 'cohort': 2025, 'assignIntro': '令和7年度採用者の配属先',
        'assignTracks': {'admin': '事務', 'tech': '技術'}, 'assignLayout': 'ruled table, `－` for none',
        'units': [('総務部', 8, None), ('地域づくり推進部', 7, None), ('福祉保健部', 9, 3), ('子ども家庭部', 6, None),
                  ('生活環境部', 5, 6), ('商工労働部', 6, None), ('農林水産部', 7, 11), ('県土整備部', 4, 15),
                  ('教育委員会事務局', 8, None), ('東部総合事務所', 4, 3)],
        'examTitle': '令和8年度 採用予定', 'examLayout': 'ruled table 区分 | 試験 | 職種 | 採用予定',
        'exams': [('事務職', '大学卒業程度', [('行政', 48), ('警察事務', 4)]),
                  ('事務職', '高校卒業程度', [('一般事務', 14)]),
                  ('技術職', '大学卒業程度', [('総合土木', 18), ('建築', 5), ('農業', 7), ('林業', 4)]),
                  ('技術職', '高校卒業程度', [('土木（高卒）', 6)])],
        'training': ['採用後3年間は、階層別研修とジョブローテーションで県政の基礎を身に付けます。',
                     '市町村や国への派遣研修、大学院への修学派遣の制度もあります。'],
        'initiatives': [('テレワーク', '全職員にモバイル端末を配備し、在宅や出張先でも仕事ができます。'),
                        ('男性職員の育児参加', '子が生まれた男性職員の全員が育児休業等を取得しています。'),
                        ('フレックスタイム', '1日の勤務時間を7時から22時の間で柔軟に設定できます。')],
        'supportTitle': '仕事と生活の両立',
        'support': [('育児休業', '子が3歳に達するまで', '期末・勤勉手当の一部が支給されます。'),
                    ('介護休暇', '通算6か月', '3回まで分割して取得できます。'),
                    ('子の看護休暇', '年5日', '子が2人以上の場合は年10日です。'),
                    ('配偶者出産休暇', '3日', '出産の付き添いなどに使えます。')],
        'office': '人事委員会事務局 任用課',
        'tel': '0857-26-7553', 'email': 'jinji-saiyo@pref.tottori.lg.jp', 'hours': '受付時間 平日8:30〜17:15',
        'address': '〒680-8570 鳥取県鳥取市東町一丁目220',
        'routes': ['JR山陰本線『鳥取』駅北口から日ノ丸バス「県庁日赤前」下車、徒歩2分',
                   'JR山陰本線『富桑』駅から徒歩約30分'],
        'decoys': {'errata': 'the 正誤表 box on p1 (令和5年度 技術職 誤 38 / 正 33; 令和4年度 合計 誤 92 / 正 91), no fact',
                   'hours': 'the 受付時間 line', 'slug': 'the printer\'s slug line at the foot of every page (furniture)',
                   'population': '人口 約53万人 in the fact strip, no fact'},
    }


def crop_marks(p, d):
    m = 24
    for (cx, cy, sx, sy) in ((m, m, -1, -1), (W - m, m, 1, -1), (m, H - m, -1, 1), (W - m, H - m, 1, 1)):
        p.g(seg(cx, cy, cx + sx * 12, cy, 0.3))
        p.g(seg(cx, cy, cx, cy + sy * 12, 0.3))
    # the printer's slug line (furniture)
    p.text(40, 16, f'tottori_recruit2026_p{p.no}.indd  2026/02/18 10:{12 + p.no:02d}', 'H', 5.5,
           grey(0.45), furniture=True)


def tottori_layout(d):
    green = Color(0.1, 0.42, 0.3)
    pages = [Page(1), Page(2), Page(3)]
    X, R = 50, W - 50
    p = pages[0]
    crop_marks(p, d)
    p.g(rect(40, H - 110, W - 80, 70, fill=green))
    p.text(X + 6, H - 82, '鳥取県', 'M', 26, white)
    p.text(X + 6 + sw('鳥取県', 'M', 26) + 10, H - 82, '職員採用案内', 'G', 14, white)
    p.line('鳥取県 職員採用案内')
    p.text(R - 6, H - 82, d['asOfText'], 'G', 9, white, align='right')
    p.line(d['asOfText'])
    y = para(p, X, H - 135, R - X, d['lead'][0], 'M', 10, 16)
    # fact strip (decoy)
    y -= 4
    p.g(rect(X, y - 22, R - X, 24, fill=Color(0.9, 0.95, 0.92)))
    s = '県の人口 約53万人　職員数 3,214人（知事部局）'
    p.text(X + 8, y - 14, s, 'G', 8.5)
    p.line(s)
    y -= 44
    y = heading(p, X, y, '採用者数の推移', green, R - X)
    p.text(X, y, d['hiringIntro'][0], 'M', 8.5)
    p.line(d['hiringIntro'][0])
    y -= 8
    widths = [110, 54, 54, 54, 54, 84, 85]
    rows = [hiring_cells(r, ('admin', 'tech', 'total')) for r in d['years']]
    header = ['年度', '事務職', 'うち女性', '技術職', 'うち女性', '合計', 'うち女性']
    fills = {len(rows) - 1: Color(0.93, 0.97, 0.9), len(rows): grey(0.88)}
    y = table(p, X, y, widths, rows + [header], size=9, rowh=17, head=(len(rows),), fills=fills)
    y -= 14
    for n in d['hiringNote']:
        p.text(X, y, n, 'M', 8)
        p.line(n)
        y -= 13
    # errata slip (decoy)
    y -= 10
    top = y
    p.g(rect(X, top - 100, 250, 104, fill=Color(1, 0.97, 0.9), stroke=Color(0.8, 0.4, 0.1), lw=0.8))
    p.text(X + 8, top - 12, '正誤表（令和7年版）', 'G', 9.5, Color(0.7, 0.25, 0))
    p.line('正誤表（令和7年版）')
    s = '令和7年版の採用者数に誤りがありました。'
    p.text(X + 8, top - 27, s, 'M', 8)
    p.line(s)
    table(p, X + 8, top - 34, [110, 58, 58], [['箇所', '誤', '正'], ['令和5年度 技術職', '38', '33'],
                                              ['令和4年度 合計', '92', '91']], size=8, rowh=15,
          head=(0,))
    s = 'お詫びして訂正いたします。'
    p.text(X + 8, top - 93, s, 'M', 8)
    p.line(s)
    # beside the errata: small note about exam dates (decoy)
    bx = X + 270
    p.text(bx, top - 12, '試験日程（予定）', 'G', 9.5)
    p.line('試験日程（予定）')
    yy = top - 28
    for s in ('受付　5月1日〜5月20日', '第1次試験　6月15日', '最終合格発表　8月下旬'):
        p.text(bx, yy, s, 'M', 8.5)
        p.line(s)
        yy -= 15
    p.text(W / 2, 30, 'P.1', 'H', 8, furniture=True)

    # ---- page 2
    p = pages[1]
    crop_marks(p, d)
    p.text(R, H - 40, '鳥取県 職員採用案内 2026', 'G', 7.5, grey(0.4), align='right', furniture=True)
    p.g(hline(X, R, H - 46, 0.5, green))
    y = H - 75
    y = heading(p, X, y, d['assignIntro'], green, R - X)
    rows = [['配属先', '事務', '技術']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in d['units']]
    y = table(p, X, y, [200, 80, 80], rows, size=9, rowh=17)
    y -= 26
    y = heading(p, X, y, d['examTitle'], green, R - X)
    rows = [['区分', '試験', '職種', '採用予定']]
    for tr, ex, cats in d['exams']:
        for c, n in cats:
            rows.append([tr, ex, c, f'{n}名'])
    y = table(p, X, y, [90, 120, 130, 80], rows, size=9, rowh=17, aligns=['left', 'left', 'left', 'right'])
    y -= 26
    y = heading(p, X, y, '働きやすい職場づくり', green, R - X)
    for t, x in d['initiatives']:
        p.text(X, y, '◆' + t, 'G', 9.5)
        p.line('◆' + t)
        y -= 15
        y = para(p, X + 12, y, R - X - 12, x, 'M', 9, 14) - 6
    p.text(W / 2, 30, 'P.2', 'H', 8, furniture=True)

    # ---- page 3
    p = pages[2]
    crop_marks(p, d)
    p.text(R, H - 40, '鳥取県 職員採用案内 2026', 'G', 7.5, grey(0.4), align='right', furniture=True)
    p.g(hline(X, R, H - 46, 0.5, green))
    y = H - 75
    y = heading(p, X, y, d['supportTitle'], green, R - X)
    rows = [['制度', '期間', '内容']] + [[n, du, x] for n, du, x in d['support']]
    y = table(p, X, y, [100, 110, 285], rows, size=8.5, rowh=17, aligns=['left', 'left', 'left'])
    y -= 26
    y = heading(p, X, y, '研修・育成', green, R - X)
    for para_ in d['training']:
        y = para(p, X, y, R - X, para_, 'M', 9, 14) - 4
    y -= 20
    y = heading(p, X, y, 'お問い合わせ・アクセス', green, R - X)
    for s, f_ in ((d['office'], 'G'), ('TEL ' + d['tel'], 'H'), ('E-mail ' + d['email'], 'H'), (d['hours'], 'M')):
        p.text(X, y, s, f_, 9)
        p.line(s)
        y -= 15
    y -= 6
    routes_block(p, X, y, d)
    p.text(W / 2, 30, 'P.3', 'H', 8, furniture=True)
    return pages


# ================================================================= 食品安全委員会 (2 pages)

def fsc_data():
    A = [(2021, 5, 3), (2022, 4, 2), (2023, 6, 3), (2024, 5, 2), (2025, 6, 4)]
    T = [(2021, 3, 2), (2022, 4, 2), (2023, 3, 1), (2024, 4, 3), (2025, 5, 3)]
    years = [{'fy': fy, 'labelText': era(fy), 'admin': (ac, aw), 'tech': (tc, tw), 'total': (ac + tc, aw + tw)}
             for (fy, ac, aw), (_, tc, tw) in zip(A, T)]
    years.append({'fy': 2026, 'labelText': '令和8年度†', 'planned': True, 'admin': (7, None), 'tech': (5, None),
                  'total': (12, None)})
    return {
        'name': 'fsc', 'seed': 392, 'org': '食品安全委員会', 'document': '食品安全委員会 職員採用案内', 'year': 2026,
        'asOf': '2026-03', 'asOfText': '2026年3月発行', 'pages': 2,
        'lead': ['科学に基づく中立公正なリスク評価で、食卓の安全を支える。内閣府に置かれた委員会の事務局で働く職員を募集します。'],
        'hiringIntro': ['（単位：人）うち女性は内数です。'],
        'hiringNote': ['†は採用予定数です。', '‡他府省からの出向者を含みません。'],
        'tracks': {'admin': '事務系', 'tech': '技術系'},
        'hiringLayout': 'years down, TECHNICAL columns BEFORE administrative, 計‡ header, planned label 令和8年度†',
        'years': years, 'cohort': 2025, 'assignIntro': '令和7年度採用者の配属先',
        'assignTracks': {'admin': '事務系', 'tech': '技術系'}, 'assignLayout': 'ruled table, `－` for none',
        'units': [('総務課', 2, None), ('評価第一課', 1, 2), ('評価第二課', None, 2), ('評価技術企画課', 1, 1),
                  ('情報・勧告広報課', 2, None)],
        'examTitle': '令和8年度 採用予定', 'examLayout': 'ruled table 区分 | 試験 | 職種 | 採用予定',
        'exams': [('事務系', '大学卒業程度', [('行政', 5), ('広報', 2)]),
                  ('技術系', '大学院修了程度', [('食品科学', 2), ('毒性学', 1)]),
                  ('技術系', '大学卒業程度', [('化学', 2)])],
        'training': ['採用後は、リスク評価の基礎から国際機関との連携まで、段階的に学びます。',
                     '海外の評価機関への派遣や、大学院での研究の機会もあります。'],
        'initiatives': [('早出遅出勤務', '始業時刻を7時30分から10時30分の間で選べます。'),
                        ('ペーパーレス会議', '委員会の資料はすべて電子化し、準備の時間を減らしています。'),
                        ('1on1ミーティング', '毎月、上司と仕事やキャリアについて話す時間を設けています。')],
        'supportTitle': '仕事と生活の両立',
        'support': [('育児休業', '子が3歳に達するまで', '男性職員の取得も進んでいます。'),
                    ('介護休暇', '通算6か月', '3回まで分割して取得できます。'),
                    ('育児時間', '1日2時間まで', '子が小学校に入るまで使えます。')],
        'office': '事務局 総務課 人事係',
        'tel': '03-6234-1166', 'email': 'fsc-saiyo@fsc.go.jp', 'hours': '受付時間 平日9:30〜18:00',
        'address': '〒107-6122 東京都港区赤坂5-2-20 赤坂パークビル22階',
        'routes': ['東京メトロ千代田線『赤坂』駅から徒歩約3分',
                   '東京メトロ銀座線・南北線『溜池山王』駅から徒歩約10分'],
        'decoys': {'hours': 'the 受付時間 line', 'committee': '委員7名・専門委員約200名 (organisation box), no fact',
                   'evaluations': '評価件数 累計3,200件超 in the organisation box, no fact'},
    }


def fsc_layout(d):
    navy = Color(0.12, 0.2, 0.45)
    pages = [Page(1), Page(2)]
    X, R = 50, W - 50
    p = pages[0]
    p.g(rect(0, H - 100, W, 100, fill=navy))
    p.text(X, H - 62, '食品安全委員会', 'M', 24, white)
    p.text(X + sw('食品安全委員会', 'M', 24) + 10, H - 62, '職員採用案内', 'G', 13, white)
    p.line('食品安全委員会 職員採用案内')
    p.text(R, H - 62, d['asOfText'], 'G', 9, white, align='right')
    p.line(d['asOfText'])
    p.text(X, H - 84, 'Food Safety Commission of Japan', 'H', 9, white)
    p.line('Food Safety Commission of Japan')
    y = para(p, X, H - 128, R - X, d['lead'][0], 'M', 10, 16) - 16
    y = heading(p, X, y, '採用者数の推移', navy, R - X)
    p.text(X, y, d['hiringIntro'][0], 'M', 8.5)
    p.line(d['hiringIntro'][0])
    y -= 8
    header = ['年度', '技術系', 'うち女性', '事務系', 'うち女性', '計‡', 'うち女性']
    rows = [header] + [hiring_cells(r, ('tech', 'admin', 'total')) for r in d['years']]
    y = table(p, X, y, [105, 56, 56, 56, 56, 80, 86], rows, size=9, rowh=17,
              fills={len(rows) - 1: Color(0.9, 0.93, 1)})
    y -= 14
    for n in d['hiringNote']:
        p.text(X, y, n, 'M', 8)
        p.line(n)
        y -= 13
    y -= 18
    # two columns: assignment table | organisation box (decoy)
    top = y
    y = heading(p, X, y, d['assignIntro'], navy, 250)
    rows = [['配属先', '事務系', '技術系']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in d['units']]
    table(p, X, y, [130, 60, 60], rows, size=9, rowh=17)
    bx = X + 275
    yy = heading(p, bx, top, '委員会の構成', navy, R - bx)
    for s in ('委員7名（うち常勤3名）', '専門委員 約200名', '事務局職員 約100名', '評価件数 累計3,200件超'):
        p.text(bx, yy, s, 'M', 9)
        p.line(s)
        yy -= 16
    p.text(W / 2, 30, '1 / 2', 'H', 8, furniture=True)

    p = pages[1]
    y = H - 60
    y = heading(p, X, y, d['examTitle'], navy, R - X)
    rows = [['区分', '試験', '職種', '採用予定']]
    for tr, ex, cats in d['exams']:
        for c, n in cats:
            rows.append([tr, ex, c, f'{n}名'])
    y = table(p, X, y, [90, 120, 130, 80], rows, size=9, rowh=17, aligns=['left', 'left', 'left', 'right'])
    y -= 26
    y = heading(p, X, y, '働きやすい職場づくり', navy, R - X)
    for t, x in d['initiatives']:
        p.text(X, y, '◆' + t, 'G', 9.5)
        p.line('◆' + t)
        y -= 15
        y = para(p, X + 12, y, R - X - 12, x, 'M', 9, 14) - 6
    y -= 14
    y = heading(p, X, y, d['supportTitle'], navy, R - X)
    rows = [['制度', '期間', '内容']] + [[n, du, x] for n, du, x in d['support']]
    y = table(p, X, y, [100, 110, 285], rows, size=8.5, rowh=17, aligns=['left', 'left', 'left'])
    y -= 26
    y = heading(p, X, y, '研修・育成', navy, R - X)
    for para_ in d['training']:
        y = para(p, X, y, R - X, para_, 'M', 9, 14) - 4
    y -= 18
    y = heading(p, X, y, 'お問い合わせ・アクセス', navy, R - X)
    for s, f_ in ((d['office'], 'G'), ('TEL ' + d['tel'], 'H'), ('E-mail ' + d['email'], 'H'), (d['hours'], 'M')):
        p.text(X, y, s, f_, 9)
        p.line(s)
        y -= 15
    y -= 6
    routes_block(p, X, y, d)
    p.text(W / 2, 30, '2 / 2', 'H', 8, furniture=True)
    return pages


# ================================================================= 量子科学技術研究開発機構 (2 pages)

def qst_data():
    A = [(2021, 12, 6), (2022, 10, 5), (2023, 14, 7), (2024, 11, 6), (2025, 13, 7)]
    T = [(2021, 9, 2), (2022, 11, 3), (2023, 8, 2), (2024, 12, 4), (2025, 10, 3)]
    years = [{'fy': fy, 'labelText': era(fy), 'admin': (ac, aw), 'tech': (tc, tw), 'total': (ac + tc, aw + tw)}
             for (fy, ac, aw), (_, tc, tw) in zip(A, T)]
    years.append({'fy': 2026, 'labelText': '令和8年度（予定）', 'planned': True, 'admin': (14, None),
                  'tech': (12, None), 'total': (26, None)})
    return {
        'name': 'qst', 'seed': 393, 'org': '量子科学技術研究開発機構', 'document': '量子科学技術研究開発機構 職員採用案内',
        'year': 2026, 'asOf': '2026-02', 'asOfText': '2026年2月発行', 'pages': 2,
        'lead': ['量子の力で、がん治療からエネルギーまで。研究者と並んで、研究開発の現場を動かす職員を募集します。'],
        'hiringIntro': ['（単位：人）うち女性は内数です。'],
        'hiringNote': ['※令和8年度は採用予定数です。'],
        'tracks': {'admin': '事務職員', 'tech': '技術職員'},
        'hiringLayout': 'years down, うち女性 columns',
        'years': years, 'cohort': 2025, 'assignIntro': '令和7年度採用者の配属先',
        'assignTracks': {'admin': '事務職員', 'tech': '技術職員'}, 'assignLayout': 'ruled table, `－` for none',
        'units': [('総務部', 3, None), ('財務部', 3, None), ('量子医科学研究所', 2, 3), ('量子生命科学研究所', 1, 2),
                  ('量子エネルギー部門', 2, 4), ('放射線安全管理室', 2, 1)],
        'examTitle': '令和8年度 採用予定', 'examLayout': 'ruled table 区分 | 試験 | 職種 | 採用予定',
        'exams': [('事務職員', '大学卒業程度', [('一般事務', 10), ('研究支援', 4)]),
                  ('技術職員', '大学院修了程度', [('加速器技術', 3), ('放射線管理', 2)]),
                  ('技術職員', '大学卒業程度', [('施設管理', 4), ('情報システム', 3)])],
        'training': ['入構時研修で、量子科学の基礎と放射線の安全な取扱いを学びます。',
                     '各拠点での実地研修や、文部科学省への出向の機会もあります。'],
        'initiatives': [('拠点間オンライン会議', '全国の拠点をつなぎ、移動せずに打合せができます。'),
                        ('時差出勤', '始業時刻を7時から10時の間で選べます。'),
                        ('研究所一般公開', '毎年の一般公開に職員全員で取り組みます。')],
        'supportTitle': '仕事と生活の両立',
        'support': [('育児休業', '子が3歳に達するまで', '復職前に面談があります。'),
                    ('介護休業', '通算93日', '3回まで分割できます。'),
                    ('子の看護休暇', '年5日', '時間単位で使えます。'),
                    ('配偶者出産休暇', '2日', '出産の付き添いに。')],
        'office': '総務部 人事課 採用担当',
        'tel': '043-206-3021', 'email': 'saiyo@qst.go.jp', 'hours': '受付時間 平日9:00〜17:30',
        'address': '〒263-8555 千葉県千葉市稲毛区穴川4-9-1',
        'routes': ['JR総武線『稲毛』駅から京成バス「放医研正門」下車、徒歩1分',
                   '京成千葉線『みどり台』駅から徒歩約15分'],
        'decoys': {'stamp': 'the edition date printed ONLY inside the circular seal (2026年 / 2月発行), read as two lines',
                   'hub': 'the hub disc label QST / 両立支援 in the centre of the support diagram, no fact',
                   'kicker': '国立研究開発法人 small above the name', 'hours': 'the 受付時間 line',
                   'sites': '拠点 全国7か所・職員数 約1,400名 in the lead box, no fact'},
    }


def qst_layout(d):
    purple = Color(0.35, 0.2, 0.55)
    red = Color(0.8, 0.1, 0.1)
    pages = [Page(1), Page(2)]
    X, R = 50, W - 50
    p = pages[0]
    p.g(rect(0, H - 110, W, 110, fill=Color(0.95, 0.93, 0.98)))
    p.g(rect(0, H - 112, W, 3, fill=purple))
    p.text(X, H - 48, '国立研究開発法人', 'G', 8, purple)
    p.line('国立研究開発法人')
    p.text(X, H - 76, '量子科学技術研究開発機構', 'M', 22, purple)
    p.text(X + sw('量子科学技術研究開発機構', 'M', 22) + 10, H - 76, '職員採用案内', 'G', 12, purple)
    p.line('量子科学技術研究開発機構 職員採用案内')
    # the seal: edition date inside a red double ring (top right)
    cx, cy = R - 34, H - 64
    p.g(circle(cx, cy, 30, stroke=red, lw=1.6))
    p.g(circle(cx, cy, 25, stroke=red, lw=0.6))
    p.text(cx, cy + 3, '2026年', 'G', 9, red, align='center')
    p.text(cx, cy - 10, '2月発行', 'G', 9, red, align='center')
    p.line('2026年')
    p.line('2月発行')
    y = para(p, X, H - 138, R - X, d['lead'][0], 'M', 10, 16)
    s = '拠点 全国7か所　職員数 約1,400名'
    p.text(X, y - 2, s, 'G', 8.5, purple)
    p.line(s)
    y -= 30
    y = heading(p, X, y, '採用者数の推移', purple, R - X)
    p.text(X, y, d['hiringIntro'][0], 'M', 8.5)
    p.line(d['hiringIntro'][0])
    y -= 8
    rows = [['年度', '事務職員', 'うち女性', '技術職員', 'うち女性', '合計', 'うち女性']] + \
        [hiring_cells(r, ('admin', 'tech', 'total')) for r in d['years']]
    y = table(p, X, y, [110, 60, 56, 60, 56, 76, 77], rows, size=9, rowh=17,
              fills={len(rows) - 1: Color(0.95, 0.92, 1)})
    y -= 14
    p.text(X, y, d['hiringNote'][0], 'M', 8)
    p.line(d['hiringNote'][0])
    y -= 34
    y = heading(p, X, y, d['assignIntro'], purple, R - X)
    rows = [['配属先', '事務職員', '技術職員']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in d['units']]
    y = table(p, X, y, [200, 80, 80], rows, size=9, rowh=17)
    y -= 34
    y = heading(p, X, y, d['examTitle'], purple, R - X)
    rows = [['区分', '試験', '職種', '採用予定']]
    for tr, ex, cats in d['exams']:
        for c, n in cats:
            rows.append([tr, ex, c, f'{n}名'])
    table(p, X, y, [90, 120, 130, 80], rows, size=9, rowh=17, aligns=['left', 'left', 'left', 'right'])
    p.text(W / 2, 30, 'P.1', 'H', 8, furniture=True)

    p = pages[1]
    p.text(R, H - 36, '量子科学技術研究開発機構 職員採用案内', 'G', 7.5, grey(0.4), align='right', furniture=True)
    y = H - 64
    y = heading(p, X, y, '働きやすい職場づくり', purple, R - X)
    for t, x in d['initiatives']:
        p.text(X, y, '◆' + t, 'G', 9.5)
        p.line('◆' + t)
        y -= 15
        y = para(p, X + 12, y, R - X - 12, x, 'M', 9, 14) - 6
    y -= 12
    y = heading(p, X, y, d['supportTitle'], purple, R - X)
    # hub-and-spoke: centre disc, four nodes (top, left, right, bottom)
    cx, cy = W / 2, y - 150
    bw, bh = 150, 50
    nodes = {'top': (cx, cy + 105), 'left': (cx - 165, cy), 'right': (cx + 165, cy), 'bottom': (cx, cy - 105)}
    for pos, (nx, ny) in nodes.items():
        p.g(seg(cx, cy, nx, ny, 1.2, purple))
    for pos, (nx, ny) in nodes.items():
        p.g(rect(nx - bw / 2, ny - bh / 2, bw, bh, fill=white, stroke=purple, lw=0.8))
    p.g(circle(cx, cy, 34, fill=purple))
    placed = {}
    for (n, du, x), pos in zip(d['support'], ('top', 'right', 'bottom', 'left')):
        nx, ny = nodes[pos]
        p.text(nx, ny + 9, n, 'G', 9, purple, align='center')
        p.text(nx, ny - 3, du, 'M', 8, red, align='center')
        p.text(nx, ny - 15, x, 'M', 7.5, align='center')
        placed[pos] = (n, du, x)
    p.text(cx, cy + 3, 'QST', 'HB', 10, white, align='center')
    p.text(cx, cy - 11, '両立支援', 'G', 9, white, align='center')
    for pos in ('top', 'left', 'centre', 'right', 'bottom'):
        if pos == 'centre':
            p.line('QST')
            p.line('両立支援')
        else:
            for s in placed[pos]:
                p.line(s)
    y = cy - 105 - bh / 2 - 28
    y = heading(p, X, y, '研修・育成', purple, R - X)
    for para_ in d['training']:
        y = para(p, X, y, R - X, para_, 'M', 9, 14) - 4
    y -= 16
    y = heading(p, X, y, 'お問い合わせ・アクセス', purple, R - X)
    for s, f_ in ((d['office'], 'G'), ('TEL ' + d['tel'], 'H'), ('E-mail ' + d['email'], 'H'), (d['hours'], 'M')):
        p.text(X, y, s, f_, 9)
        p.line(s)
        y -= 15
    y -= 6
    routes_block(p, X, y, d)
    p.text(W / 2, 30, 'P.2', 'H', 8, furniture=True)
    return pages


DATA = {'tottori': tottori_data, 'fsc': fsc_data, 'qst': qst_data}
LAYOUT = {'tottori': tottori_layout, 'fsc': fsc_layout, 'qst': qst_layout}

FAULTS = [('dup-overlap', 'overlap'), ('extra-char', 'multiset'), ('hiring-total', 'hiring-total'),
          ('women', 'women-total'), ('assign', 'assign-sum'), ('exam', 'exam-sum'), ('email', 'fact-not-printed'),
          ('emoji', 'glyph'), ('edge', 'edge'), ('planned-women', 'planned-women'), ('planned-first', 'planned-row'),
          ('collision', 'exam-collision'), ('overflow', 'cell-overflow'), ('kinsoku', 'kinsoku')]


def selftest(verbose):
    global FAULT
    ok = total = 0
    for name in DATA:
        for fault, code in FAULTS:
            FAULT = fault
            total += 1
            try:
                build(name)
                got = 'ACCEPTED'
            except Refused as e:
                got = e.code
                msg = str(e)
            FAULT = None
            good = got == code
            ok += good
            if verbose or not good:
                print(f"{'ok  ' if good else 'FAIL'} {name:8s} {fault:14s} -> {got}" +
                      (f'  ({msg[:90]})' if got != 'ACCEPTED' else ''))
    # wrap() keeps kinsoku on a direct case
    total += 1
    lines = wrap('あいうえおかきくけ。こさしすせそ、たちつてと」なにぬねの', 'M', 10, 90)
    try:
        check_wrapped(lines)
        ok += 1
        if verbose:
            print('ok   wrap() keeps kinsoku:', lines)
    except Refused as e:
        print('FAIL wrap()', e)
    print(f'selftest: {ok}/{total} refused as expected')
    return ok == total


def main(argv):
    verbose = '-v' in argv
    argv = [a for a in argv if a != '-v']
    if '--selftest' in argv:
        sys.exit(0 if selftest(verbose) else 1)
    names = argv or list(DATA)
    os.makedirs(OUT, exist_ok=True)
    for name in names:
        pdf, expected, f, res, nobj = build(name)
        base = os.path.join(OUT, f'{name}-2026')
        open(base + '.pdf', 'wb').write(pdf)
        open(base + '.expected.txt', 'w').write(expected)
        open(base + '.facts.json', 'w').write(json.dumps(f, ensure_ascii=False, indent=2) + '\n')
        kinds = Counter(n.split(' ')[0] for n, _ in res)
        print(f'{name}-2026: {len(res)} fact checks {dict(kinds)}, {nobj} text objects, {f["pages"]} pages')


if __name__ == '__main__':
    main(sys.argv[1:])
