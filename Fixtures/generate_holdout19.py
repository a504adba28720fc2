#!/usr/bin/env python3
"""Blind holdout set 19: three synthetic Japanese recruitment brochures.

  python3 Fixtures/generate_holdout19.py            # all three
  python3 Fixtures/generate_holdout19.py jaxa-2026  # one

Writes Fixtures/holdout19/NAME.pdf, NAME.expected.txt and NAME.facts.json. Self-contained;
needs reportlab, the IPAex fonts and pdftotext (for its own check). Deterministic.
"""
import json, os, random, re, subprocess, sys, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.pagesizes import A4

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout19')
ROOT = os.path.dirname(HERE)

FONTS = {'M': '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf',
         'G': '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'}
TT = {}
for k, p in FONTS.items():
    TT[k] = TTFont(k, p)
    pdfmetrics.registerFont(TT[k])

KINSOKU = set('、。，．・：；？！）］｝〕〉》」』】ー…‥ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々％')
OPENERS = set('（「『【〈《［｛〔')
GREY = HexColor('#555555')


class Refuse(Exception):
    pass


def refuse(msg):
    raise Refuse(msg)


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


# ---------------------------------------------------------------- page model (top-down y)
class Page:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.items = []      # dict(x, y, s, size, font, color, furn, mode)
        self.gfx = []        # callables taking (canvas, page)
        self.exp = []        # expected lines

    def T(self, x, y, s, size=9, font='M', color=black, furn=False, bold=False):
        if not s:
            refuse('empty text item')
        self.items.append(dict(x=x, y=y, s=s, size=size, font=font, color=color, furn=furn, bold=bold))
        return sw(s, font, size)

    def E(self, line):
        self.exp.append(line)

    def L(self, x, y, s, size=9, font='M', color=black, bold=False):
        w = self.T(x, y, s, size, font, color, bold=bold)
        self.E(s)
        return w

    def R(self, xr, y, s, size=9, font='M', color=black, exp=True, furn=False):
        w = sw(s, font, size)
        self.T(xr - w, y, s, size, font, color, furn=furn)
        if exp and not furn:
            self.E(s)
        return w

    def C(self, xc, y, s, size=9, font='M', color=black, exp=True):
        w = sw(s, font, size)
        self.T(xc - w / 2, y, s, size, font, color)
        if exp:
            self.E(s)
        return w

    def line_of(self, parts):
        """parts: (x, s, size, font, color) on one baseline y given as parts[0]; one expected line."""
        y = parts[0]
        out = []
        for (x, s, size, font, color) in parts[1:]:
            self.T(x, y, s, size, font, color)
            out.append(s)
        self.E(' '.join(out))

    def g(self, f):
        self.gfx.append(f)

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5, dash=None):
        def f(c, p):
            c.saveState()
            if dash:
                c.setDash(*dash)
            c.setLineWidth(lw)
            if fill is not None:
                c.setFillColor(fill)
            if stroke is not None:
                c.setStrokeColor(stroke)
            c.rect(x, p.h - y - h, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            c.restoreState()
        self.g(f)

    def hline(self, x1, x2, y, color=black, lw=0.5, dash=None):
        self.seg(x1, y, x2, y, color, lw, dash)

    def seg(self, x1, y1, x2, y2, color=black, lw=0.5, dash=None):
        def f(c, p):
            c.saveState()
            c.setStrokeColor(color)
            c.setLineWidth(lw)
            if dash:
                c.setDash(*dash)
            c.line(x1, p.h - y1, x2, p.h - y2)
            c.restoreState()
        self.g(f)

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.8):
        def f(c, p):
            c.saveState()
            c.setLineWidth(lw)
            if fill is not None:
                c.setFillColor(fill)
            if stroke is not None:
                c.setStrokeColor(stroke)
            c.circle(x, p.h - y, r, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            c.restoreState()
        self.g(f)


def tokens(s):
    return re.findall(r'[A-Za-z0-9@._\-:/%]+|.', s)


def wrap(s, width, size, font='M'):
    toks = tokens(s)
    lines, cur = [], ''
    for t in toks:
        if cur and sw(cur + t, font, size) > width:
            lines.append(cur)
            cur = t
        else:
            cur += t
    if cur:
        lines.append(cur)
    # kinsoku: a line may not end with an opening bracket -> push it down
    for i in range(len(lines) - 1):
        while len(lines[i]) > 1 and lines[i][-1] in OPENERS:
            lines[i + 1] = lines[i][-1] + lines[i + 1]
            lines[i] = lines[i][:-1]
    # kinsoku: a line may not start with a closing / small character -> pull the previous char down
    for i in range(1, len(lines)):
        while lines[i] and lines[i][0] in KINSOKU:
            lines[i] = lines[i - 1][-1] + lines[i]
            lines[i - 1] = lines[i - 1][:-1]
            if not lines[i - 1]:
                refuse('kinsoku cannot be resolved: ' + s)
    for ln in lines:
        if sw(ln, font, size) > width + 0.01 and len(tokens(ln)) > 1:
            refuse('wrapped line too wide: ' + ln)
    return lines


def para(p, x, y, w, s, size=9, lead=None, font='M', color=black):
    lead = lead or size * 1.6
    for ln in wrap(s, w, size, font):
        p.L(x, y, ln, size, font, color)
        y += lead
    return y


def cell(t, cs=1, rs=1, fill=None, font='M', align='c', color=black, size=None):
    if isinstance(t, str):
        t = [t] if t else []
    return dict(t=t, cs=cs, rs=rs, fill=fill, font=font, align=align, color=color, size=size)


def table(p, x, y, colw, rows, size=8, lead=None, pad=3.5, rule=black, minh=0, expected=True):
    """rows: lists of cells (dict from cell()) or None for positions covered by a span.
    Every text line of a cell is its own item; the expected row is tab-joined (covered -> '')."""
    lead = lead or size * 1.35
    n = len(colw)
    for r in rows:
        if len(r) != n:
            refuse('table row width %d != %d' % (len(r), n))
    heights = []
    for r in rows:
        h = minh
        for c in r:
            if c and c['rs'] == 1:
                h = max(h, len(c['t']) * lead + 2 * pad)
        heights.append(max(h, lead + 2 * pad))
    ys = [y]
    for h in heights:
        ys.append(ys[-1] + h)
    xs = [x]
    for w in colw:
        xs.append(xs[-1] + w)
    for i, r in enumerate(rows):
        exp = []
        for j, c in enumerate(r):
            if c is None:
                exp.append('')
                continue
            cx, cw = xs[j], xs[j + c['cs']] - xs[j]
            cy, ch = ys[i], ys[i + c['rs']] - ys[i]
            if c['fill'] is not None:
                p.rect(cx, cy, cw, ch, fill=c['fill'])
            if rule is not None:
                p.rect(cx, cy, cw, ch, stroke=rule, lw=0.5)
            sz = c['size'] or size
            lines = c['t']
            if len(lines) * lead + 2 * pad > ch + 0.01:
                refuse('cell overflows (height): %r' % lines)
            top = cy + (ch - len(lines) * lead) / 2
            for k, ln in enumerate(lines):
                w = sw(ln, c['font'], sz)
                if w > cw - 2 * pad + 0.01:
                    refuse('cell overflows (width): %r' % ln)
                by = top + k * lead + lead * 0.5 + sz * 0.36
                if c['align'] == 'c':
                    tx = cx + (cw - w) / 2
                elif c['align'] == 'r':
                    tx = cx + cw - pad - w
                else:
                    tx = cx + pad
                p.T(tx, by, ln, sz, c['font'], c['color'])
            exp.append(''.join(lines))
        # covered columns of a colspan are None in the row, so they already give ''
        if expected:
            p.E('\t'.join(exp))
    return ys[-1]


# ---------------------------------------------------------------- rendering + checks
def bbox(it):
    w = sw(it['s'], it['font'], it['size'])
    return (it['x'], it['y'] - it['size'] * 0.88, it['x'] + w, it['y'] + it['size'] * 0.12)


def nows(s):
    return ''.join(s.split())


def check_page(p, k):
    boxes = [bbox(it) for it in p.items]
    for i, (a, it) in enumerate(zip(boxes, p.items)):
        if a[0] < 0 or a[1] < 0 or a[2] > p.w or a[3] > p.h:
            refuse('p%d item leaves the page: %s' % (k, it['s']))
        for ch in it['s']:
            if ch != ' ' and ord(ch) not in TT[it['font']].face.charToGlyph:
                refuse('glyph missing in %s: %r' % (it['font'], ch))
        if it['s'][0] in KINSOKU:
            refuse('kinsoku-initial line: ' + it['s'])
        if it['s'][-1] in OPENERS:
            refuse('line ends with an opening bracket: ' + it['s'])
        for j in range(i + 1, len(boxes)):
            b = boxes[j]
            if a[0] < b[2] - 0.05 and b[0] < a[2] - 0.05 and a[1] < b[3] - 0.05 and b[1] < a[3] - 0.05:
                refuse('p%d overlap: %r / %r' % (k, it['s'], p.items[j]['s']))
    drawn = Counter(nows(''.join(it['s'] for it in p.items if not it['furn'])))
    exp = Counter(nows(''.join(p.exp)))
    if drawn != exp:
        refuse('p%d drawn vs expected differ: +%r -%r' % (k, dict(drawn - exp), dict(exp - drawn)))


def render(name, pages, seed):
    path = os.path.join(OUT, name + '.pdf')
    c = canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h), invariant=1)
    c.setTitle(name)
    c.setAuthor('BrochureKit holdout19')
    c.setCreator('generate_holdout19.py')
    rnd = random.Random(seed)
    for k, p in enumerate(pages, 1):
        check_page(p, k)
        c.setPageSize((p.w, p.h))
        for f in p.gfx:
            f(c, p)
        order = list(range(len(p.items)))
        rnd.shuffle(order)
        for i in order:
            it = p.items[i]
            c.saveState()
            c.setFillColor(it['color'])
            t = c.beginText(it['x'], p.h - it['y'])
            t.setFont(it['font'], it['size'])
            if it['bold']:
                c.setStrokeColor(it['color'])
                c.setLineWidth(it['size'] * 0.03)
                t.setTextRenderMode(2)
            t.textOut(it['s'])
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()
    for k, p in enumerate(pages, 1):
        out = subprocess.run(['pdftotext', '-f', str(k), '-l', str(k), '-enc', 'UTF-8', path, '-'],
                             capture_output=True, text=True, check=True).stdout
        got = Counter(nows(out))
        want = Counter(nows(''.join(it['s'] for it in p.items)))
        if got != want:
            refuse('%s p%d pdftotext differs: +%r -%r' % (name, k, dict(got - want), dict(want - got)))
    lines = []
    for k, p in enumerate(pages):
        if k:
            lines.append('\f')
        lines.extend(p.exp)
    with open(os.path.join(OUT, name + '.expected.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    return '\n'.join(lines)


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(s.split()).replace('〜', '~').replace('～', '~')


def check_facts(f, expected_text):
    drawn = norm(expected_text)
    def printed(s, what):
        if s and norm(s) not in drawn:
            refuse('%s: fact not printed (%s): %s' % (f['fixture'], what, s))
    printed(f['organization'], 'organization')
    printed(f['document'], 'document')
    printed(f['edition']['asOfText'], 'edition')
    h = f['hiring']
    for s in h['intro'] + h['note']:
        printed(s, 'hiring intro/note')
    for t in h['tracks'].values():
        printed(t, 'track')
    rows = h['rows']
    if len(rows) < 5:
        refuse('fewer than 5 hiring rows')
    for a, b in zip(rows, rows[1:]):
        if b['fiscalYear'] != a['fiscalYear'] + 1:
            refuse('hiring years not consecutive')
    if [r['planned'] for r in rows].count(True) != 1 or not rows[-1]['planned']:
        refuse('exactly one planned row, the last')
    for r in rows:
        printed(r['labelText'], 'label')
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            refuse('total heads != sum %d' % r['fiscalYear'])
        ws = [r[k]['women'] for k in ('admin', 'tech')]
        if None not in ws and r['total']['women'] != sum(ws):
            refuse('total women != sum %d' % r['fiscalYear'])
        for k in ('total', 'admin', 'tech'):
            if r[k]['women'] is not None and r[k]['women'] > r[k]['count']:
                refuse('women > heads')
            if not h['textSynthesised'] or k == 'total':
                if not (h['textSynthesised'] and k != 'total'):
                    printed(r[k]['text'], 'hiring text')
        if r['planned'] and any(r[k]['women'] is not None for k in ('total', 'admin', 'tech')):
            refuse('planned women must be null')
    a = f['assignments']
    printed(a['intro'], 'assignment intro')
    last = [r for r in rows if not r['planned']][-1]
    if a['cohortFiscalYear'] != last['fiscalYear']:
        refuse('cohort != last actual year')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        refuse('duplicate unit')
    for u in units:
        printed(u, 'unit')
    for k in ('admin', 'tech'):
        s = sum(r[k] or 0 for r in a['rows'])
        if s != a['totals'][k] or s != last[k]['count']:
            refuse('assignment %s sum %d != %d' % (k, s, last[k]['count']))
    e = f['exams']
    printed(e['title'], 'exam title')
    planned = rows[-1]
    if not (e['fiscalYear'] == planned['fiscalYear'] == f['edition']['year']):
        refuse('exam year / planned year / edition year')
    keys = set()
    per = Counter()
    for en in e['entries']:
        printed(en['track'], 'exam track')
        printed(en['exam'], 'exam')
        if sum(b['count'] for b in en['breakdown']) != en['total']:
            refuse('exam entry total')
        for b in en['breakdown']:
            printed(b['category'], 'category')
            key = (track(en['track']), level(en['exam']), norm(b['category']))
            if key in keys:
                refuse('exam key collision %r' % (key,))
            keys.add(key)
        per[track(en['track'])] += en['total']
    if per['administrative'] != planned['admin']['count'] or per['technical'] != planned['tech']['count']:
        refuse('exam categories != planned hires %r' % per)
    for c in f['contacts']:
        for s in [c['track'], c['office'], c['location']] + c['tel'] + c['email']:
            printed(s, 'contact')
    printed(f['access']['address'], 'address')
    for r in f['access']['routes']:
        printed(r, 'route')
    printed(f['lead']['title'], 'lead')
    for s in f['lead']['text']:
        printed(s, 'lead')
    printed(f['initiativesIntro'], 'initiatives intro')
    for i in f['initiatives']:
        printed(i['title'], 'initiative'); printed(i['text'], 'initiative')
    printed(f['supportTitle'], 'support title')
    for i in f['supportSystems']:
        printed(i['name'], 'support'); printed(i['duration'], 'support'); printed(i['text'], 'support')
    printed(f['supportSource'], 'support source')
    printed(f['training']['title'], 'training')
    for s in f['training']['paragraphs']:
        printed(s, 'training')
    for k in f['keyFigures']:
        printed(k['label'], 'key'); printed(k['value'], 'key'); printed(k['note'], 'key')


def level(exam):
    return 'graduate' if '院' in exam else 'undergraduate'


def track(label):
    return 'administrative' if '事務' in label else ('technical' if ('技術' in label or '理工' in label) else 'other')


def count_checks(f, expected_text):
    sys.path.insert(0, os.path.join(ROOT, 'Scripts'))
    from score_extract import checks
    drawn = norm(expected_text)
    n = len(checks(f, {}, drawn))
    # stand-in extract document built from the facts: must score full marks
    def tr(r, k):
        return {'count': r[k]['count'], 'women': r[k]['women']}
    doc = {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': {
        'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': tr(r, 'total'),
                             'administrative': tr(r, 'admin'), 'technical': tr(r, 'tech')} for r in f['hiring']['rows']]},
        'assignments': {'cohortFiscalYear': f['assignments']['cohortFiscalYear'],
                        'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0}
                                 for r in f['assignments']['rows']]},
        'examBreakdown': {'entries': [{'track': track(e['track']), 'level': level(e['exam']), 'category': b['category'],
                                       'count': b['count']} for e in f['exams']['entries'] for b in e['breakdown']]},
        'contacts': [{'office': c['office'],
                      'phones': [{'number': ''.join(ch for ch in unicodedata.normalize('NFKC', t.split('（')[0]) if ch.isdigit())}
                                 for t in c['tel']], 'emails': c['email']} for c in f['contacts']],
        'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes'] if '『' in r]},
        'initiatives': [{'title': i['title']} for i in f['initiatives']],
        'supportSystems': [{'name': i['name']} for i in f['supportSystems']]}}
    res = checks(f, doc, drawn)
    bad = [k for k, ok in res if not ok]
    if bad:
        refuse('stand-in document misses %r' % bad)
    return n


def hrow(fy, label, labelText, planned, tot, adm, tec):
    return dict(fiscalYear=fy, label=label, labelText=labelText, planned=planned,
                total=dict(zip(('count', 'women', 'text'), tot)),
                admin=dict(zip(('count', 'women', 'text'), adm)),
                tech=dict(zip(('count', 'women', 'text'), tec)))


def base_facts(**kw):
    keys = ['fixture', 'organization', 'document', 'edition', 'hiring', 'exams', 'contacts', 'access', 'assignments',
            'lead', 'initiativesIntro', 'initiatives', 'supportTitle', 'supportSystems', 'supportSource', 'training',
            'keyFigures', 'pages']
    return {k: kw[k] for k in keys}



# ================================================================ 神戸税関 (kobe-customs-2026)
NAVY = HexColor('#1d3866')
SEA = HexColor('#2a8a7a')
PALE = HexColor('#eef2f8')


def furniture_k(p, k, n):
    p.T(40, 28, '神戸税関　職員採用案内 2026', 7.5, 'G', GREY, furn=True)
    p.hline(40, 555, 34, GREY, 0.4)
    p.hline(40, 555, 806, GREY, 0.4)
    p.T(40, 820, 'KOBE CUSTOMS', 7.5, 'G', GREY, furn=True)
    p.R(555, 820, '%d / %d' % (k, n), 7.5, 'G', GREY, furn=True)


def head_k(p, y, num, title, x0=40, x1=555):
    p.T(x0, y, num, 13, 'G', NAVY)
    p.T(x0 + 20, y, title, 12, 'G', NAVY, bold=True)
    p.E(num + ' ' + title)
    p.hline(x0, x1, y + 6, NAVY, 1)


def build_kobe():
    name = 'kobe-customs-2026'
    years = [(2020, '令和2年度', 22, 10, 5, 2), (2021, '令和3年度', 24, 11, 4, 1), (2022, '令和4年度', 26, 12, 5, 2), (2023, '令和5年度', 25, 13, 6, 2),
             (2024, '令和6年度', 28, 14, 5, 1), (2025, '令和7年度', 30, 15, 7, 3)]
    rows = []
    for fy, lab, a, aw, t, tw in years:
        rows.append(hrow(fy, lab, lab, False, (a + t, aw + tw, '%d（%d）' % (a + t, aw + tw)),
                         (a, aw, '%d（%d）' % (a, aw)), (t, tw, '%d（%d）' % (t, tw))))
    rows.append(hrow(2026, '令和8年度', '令和8年度（予定）', True, (38, None, '38'), (30, None, '30'), (8, None, '8')))
    units = [('境税関支署', 2, None), ('姫路税関支署', 3, None), ('本関', 10, 3),
             ('岩国税関支署', 2, 1), ('広島税関支署', 4, 1), ('尾道税関支署', 2, None), ('六甲アイランド出張所', 2, None),
             ('水島税関支署', 3, 1), ('ポートアイランド出張所', 2, 1)]
    exams = [dict(track='事務系', exam='一般職試験（大卒程度）', text='行政18名',
                  breakdown=[dict(category='行政', count=18)], total=18),
             dict(track='理工系', exam='一般職試験（大卒程度）', text='化学4名・機械2名・電気・電子・情報2名',
                  breakdown=[dict(category='化学', count=4), dict(category='機械', count=2),
                             dict(category='電気・電子・情報', count=2)], total=8),
             dict(track='事務系', exam='税関職員採用試験（高卒程度）', text='税関12名',
                  breakdown=[dict(category='税関', count=12)], total=12)]
    f = base_facts(
        fixture=name, organization='神戸税関', document='職員採用案内',
        edition=dict(year=2026, asOf='2026-03', asOfText='令和8年3月'),
        hiring=dict(intro=['採用者数（人）', '（ ）内は女性で内数'], note=['※令和8年度は採用予定数です（女性の内訳は未定）。'],
                    tracks=dict(admin='事務系', tech='理工系'), textSynthesised=False,
                    layout='SMALL-MULTIPLES bar chart: one panel per fiscal year (4 + 3 grid, read row by row), two bars (事務系 navy, 理工系 teal, legend only on the intro line) with 24（11） above each bar and 計 28（12） under the bars; the planned panel 令和8年度（予定） has tinted background and dashed hollow bars, plain counts',
                    rows=rows),
        exams=dict(title='令和8年度 採用予定数と選考の流れ', fiscalYear=2026, textSynthesised=True,
                   layout='VERTICAL TIMELINE of the selection process (month + step on one baseline); the planned counts sit in boxes hanging under the 7月 and 10月 steps (exam name line, then track label + categories on one baseline: 理工系 化学 4名・機械 2名・電気・電子・情報 2名)',
                   entries=exams),
        contacts=[dict(track='事務系', office='総務部人事課 採用担当', location='本関庁舎 5階',
                       tel=['078-333-3100（内線2214）'], email=['kobe-saiyo@customs.go.jp']),
                  dict(track='理工系', office='業務部 分析部門', location='本関庁舎 3階',
                       tel=['078-333-3100（内線3571）', '078-333-3162（直通）'], email=['kobe-bunseki@customs.go.jp'])],
        access=dict(address='〒650-0041 神戸市中央区新港町12番1号',
                    routes=['JR・阪神『元町』駅 東口 徒歩約15分', '神戸市営地下鉄海岸線『みなと元町』駅 2番出口 徒歩約8分',
                            'ポートライナー『貿易センター』駅 徒歩約12分']),
        assignments=dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先（人）', tracks=dict(admin='事務系', tech='理工系'),
                         layout='SCHEMATIC MAP: a tinted map panel with a coastline, nine boxes placed geographically in three staggered rows (read row by row, left to right), each box the unit name over two coloured CHIPS on one baseline (navy = 事務系, teal = 理工系; the colours explained only by the legend on the intro line), － for none',
                         rows=[dict(unit=u, admin=a, tech=t) for u, a, t in units],
                         totals=dict(admin=30, tech=7)),
        lead=dict(title='日本の玄関口で、安全・安心と経済を支える。',
                  text=['神戸税関は、兵庫・岡山・広島・山口・鳥取・島根の6県を管轄し、適正かつ公平な関税等の徴収、安全・安心な社会の実現、貿易の円滑化に取り組んでいます。',
                        '事務系の職員は通関・監視・調査などの業務を、理工系の職員は輸入貨物の分析などの業務を担当します。']),
        initiativesIntro='',
        initiatives=[dict(title='テレワークの推進', text='全職員にモバイルパソコンを配備し、在宅勤務を活用しています。'),
                     dict(title='フレックスタイム制', text='始業・終業の時刻を職員が選ぶことができます。'),
                     dict(title='語学研修', text='英語・中国語などの語学研修を受講できます。')],
        supportTitle='両立支援制度と取得実績',
        supportSystems=[dict(name='育児休業', duration='子が3歳に達するまで', text=''),
                        dict(name='配偶者出産休暇', duration='2日', text=''),
                        dict(name='育児参加のための休暇', duration='5日', text=''),
                        dict(name='介護休暇', duration='通算6月', text='')],
        supportSource='※取得実績は神戸税関の職員の人数です。',
        training=dict(title='研修制度', paragraphs=[
            '採用後は税関研修所での初任者研修（約3か月）で、関税法などの法令や実務の基礎を学びます。',
            'その後も、職務に応じた専門研修や、財務省・他省庁への出向などを通じてキャリアを重ねます。']),
        keyFigures=[], pages=2)

    W, H = A4
    P = [Page(W, H) for _ in range(2)]
    for k, p in enumerate(P, 1):
        furniture_k(p, k, 2)
    # ---- p1
    p = P[0]
    p.rect(40, 44, 515, 92, fill=NAVY)
    p.T(52, 64, 'KOBE CUSTOMS', 9, 'G', white)
    p.R(543, 64, '令和8年3月発行', 9, 'G', white, exp=False)
    p.E('KOBE CUSTOMS 令和8年3月発行')
    p.T(52, 104, '神戸税関', 30, 'G', white, bold=True); p.E('神戸税関')
    p.T(52, 126, '職員採用案内', 13, 'G', white); p.E('職員採用案内')
    y = 160
    p.L(40, y, f['lead']['title'], 13, 'G', NAVY)
    y += 20
    for t in f['lead']['text']:
        y = para(p, 40, y, 515, t, 9)
    y += 14
    head_k(p, y, 'Ⅰ', '採用実績')
    y += 24
    p.T(40, y, '採用者数（人）', 9, 'G'); p.T(112, y, '（ ）内は女性で内数', 8.5)
    p.rect(420, y - 7.5, 8, 8, fill=NAVY); p.T(431, y, '事務系', 8.5, 'G')
    p.rect(480, y - 7.5, 8, 8, fill=SEA); p.T(491, y, '理工系', 8.5, 'G')
    p.E('採用者数（人） （ ）内は女性で内数 事務系 理工系')
    y += 10
    pw, ph = 121.25, 118
    for i, r in enumerate(rows):
        px, py = 40 + (i % 4) * (pw + 10), y + (i // 4) * (ph + 8)
        plan = r['planned']
        p.rect(px, py, pw, ph, fill=PALE if plan else None, stroke=NAVY, lw=0.6, dash=(3, 2) if plan else None)
        p.L(px + 8, py + 15, r['labelText'], 9, 'G', NAVY)
        base = py + 98
        for j, (key, col) in enumerate((('admin', NAVY), ('tech', SEA))):
            bx = px + 28 + j * 44
            bh = r[key]['count'] * 1.6
            if plan:
                p.rect(bx, base - bh, 22, bh, fill=white, stroke=col, lw=0.8, dash=(2, 1.5))
            else:
                p.rect(bx, base - bh, 22, bh, fill=col)
            p.C(bx + 11, base - bh - 4, r[key]['text'], 8)
        p.hline(px + 16, px + pw - 16, base, GREY, 0.5)
        p.C(px + pw / 2, py + 112, '計 ' + r['total']['text'], 8.5, 'G')
    y += 2 * ph + 8 + 16
    p.L(40, y, f['hiring']['note'][0], 8)
    y += 28
    head_k(p, y, 'Ⅱ', '配属実績')
    y += 24
    p.T(40, y, f['assignments']['intro'], 9, 'G')
    p.rect(420, y - 7.5, 8, 8, fill=NAVY); p.T(431, y, '事務系', 8.5, 'G')
    p.rect(480, y - 7.5, 8, 8, fill=SEA); p.T(491, y, '理工系', 8.5, 'G')
    p.E(f['assignments']['intro'] + ' 事務系 理工系')
    y += 10
    mh = 200
    p.rect(40, y, 515, mh, fill=HexColor('#e8f1f4'))
    coast = [(40, y + 120), (110, y + 112), (170, y + 130), (230, y + 118), (300, y + 128), (360, y + 110),
             (420, y + 100), (470, y + 84), (520, y + 92), (555, y + 80)]
    for a, b in zip(coast, coast[1:]):
        p.seg(a[0], a[1], b[0], b[1], HexColor('#7aa6b8'), 1.2)
    rowsx = [(12, [70, 250, 425]), (76, [46, 172, 298, 424]), (140, [150, 360])]
    it = iter(units)
    bw, bh_ = 118, 40
    for dy, xs in rowsx:
        for bx in xs:
            u, a, t = next(it)
            by = y + dy
            p.rect(bx, by, bw, bh_, fill=white, stroke=NAVY, lw=0.6)
            p.L(bx + 6, by + 14, u, 8, 'G')
            parts = [by + 31]
            for j, (v, col) in enumerate(((a, NAVY), (t, SEA))):
                cx = bx + 8 + j * 34
                p.rect(cx, by + 21, 28, 13, fill=col)
                s = '－' if v is None else str(v)
                parts.append((cx + 14 - sw(s, 'G', 8.5) / 2, s, 8.5, 'G', white))
            p.line_of(parts)
            if u == '本関':
                p.circle(bx + bw - 12, by + 12, 4, fill=HexColor('#c0392b'))
    # ---- p2
    p = P[1]
    y = 62
    head_k(p, y, 'Ⅲ', '採用予定')
    y += 24
    p.L(40, y, f['exams']['title'], 10, 'G')
    y += 24
    steps = [('3月', '受験申込受付（一般職試験・人事院）', None), ('6月', '一般職試験（大卒程度） 第1次試験', None),
             ('7月', '第2次試験・官庁訪問', [0, 1]), ('9月', '税関職員採用試験（高卒程度） 第1次試験', None),
             ('10月', '第2次試験・採用面接', [2]), ('翌年4月', '採用', None)]
    top = y - 12
    for mon, step, boxes in steps:
        p.circle(60, y - 3.5, 5, fill=NAVY)
        p.T(74, y, mon, 9, 'G', NAVY); p.T(124, y, step, 9)
        p.E(mon + ' ' + step)
        last = y
        y += 20
        if boxes:
            ents = [exams[i] for i in boxes]
            bh = 14 + sum(16 for _ in ents) + 16
            p.rect(124, y - 12, 431, bh, fill=PALE, stroke=NAVY, lw=0.5)
            p.L(132, y + 2, '採用予定数　' + ents[0]['exam'], 8.5, 'G')
            y += 17
            for en in ents:
                p.T(140, y, en['track'], 8.5, 'G', NAVY)
                s = '・'.join('%s %d名' % (b['category'], b['count']) for b in en['breakdown'])
                p.T(190, y, s, 8.5)
                p.E(en['track'] + ' ' + s)
                y += 16
            y += 14
    p.seg(60, top, 60, last, NAVY, 1.5)
    p.L(40, y, '※採用予定数は令和8年3月時点の見込みです。', 8)
    y += 26
    ytop = y
    # left column: initiatives + training
    head_k(p, y, 'Ⅳ', '働き方', 40, 285)
    y += 24
    for i in f['initiatives']:
        p.T(40, y, '◆', 9, 'G', NAVY); p.T(52, y, i['title'], 9.5, 'G'); p.E('◆ ' + i['title'])
        y += 15
        y = para(p, 52, y, 233, i['text'], 8.5, 13) + 3
    y += 10
    head_k(p, y, 'Ⅵ', '研修', 40, 285)
    y += 22
    p.L(40, y, f['training']['title'], 9.5, 'G')
    y += 16
    for t in f['training']['paragraphs']:
        y = para(p, 40, y, 245, t, 8.5, 13)
    yl = y
    # right column: support comparison table
    y = ytop
    head_k(p, y, 'Ⅴ', '両立支援', 305, 555)
    y += 22
    p.L(305, y, f['supportTitle'], 9.5, 'G')
    y += 8
    dur = {'子が3歳に達するまで': ['子が3歳に', '達するまで']}
    res = [('9人', '7人'), ('14人', '－'), ('11人', '－'), ('1人', '2人')]
    trows = [[cell('制度', rs=2, fill=PALE, font='G'), cell('期間', rs=2, fill=PALE, font='G'),
              cell('取得実績（令和6年度）', cs=2, fill=PALE, font='G'), None],
             [None, None, cell('男性', fill=PALE, font='G'), cell('女性', fill=PALE, font='G')]]
    for s, (m, w) in zip(f['supportSystems'], res):
        nm = ['育児参加のための', '休暇'] if s['name'] == '育児参加のための休暇' else [s['name']]
        trows.append([cell(nm, align='l'), cell(dur.get(s['duration'], [s['duration']]), align='l'), cell(m), cell(w)])
    y = table(p, 305, y, [78, 74, 49, 49], trows, size=8)
    y += 14
    p.L(305, y, f['supportSource'], 7.5)
    y = max(y + 26, yl + 24)
    # contacts (left) | access (right)
    head_k(p, y, 'Ⅶ', 'お問い合わせ', 40, 285)
    y0 = y
    y += 22
    for c in f['contacts']:
        p.L(40, y, '【%s】' % c['track'], 9, 'G', NAVY); y += 14
        p.L(40, y, c['office'] + '（' + c['location'] + '）', 8.5); y += 13
        for t in c['tel']:
            p.L(40, y, 'TEL ' + t, 8.5); y += 13
        for m in c['email']:
            p.L(40, y, 'E-mail ' + m, 8.5); y += 13
        y += 6
    P[1]._yl = y
    y = y0
    # the access heading belongs after the contacts in reading order: draw it now (right column)
    head_k(p, y, 'Ⅷ', 'アクセス', 305, 555)
    y += 22
    y = para(p, 305, y, 250, f['access']['address'], 8.5)
    y += 4
    for i, r in enumerate(f['access']['routes']):
        lines = wrap(r, 230, 8.5)
        p.T(305, y, '①②③'[i], 8.5, 'G', NAVY)
        p.T(321, y, lines[0], 8.5)
        p.E('①②③'[i] + ' ' + lines[0])
        for ln in lines[1:]:
            y += 13
            p.L(321, y, ln, 8.5)
        y += 15
    if max(y, P[1]._yl) > 790:
        refuse('kobe p2 overflow %r %r %r' % (ytop, y, P[1]._yl))
    return name, f, P


BUILDERS = {}


def main():
    os.makedirs(OUT, exist_ok=True)
    want = sys.argv[1:] or list(BUILDERS)
    for key in want:
        name, f, pages = BUILDERS[key]()
        if f['pages'] != len(pages):
            refuse('page count')
        text = render(name, pages, seed=sum(map(ord, name)))
        check_facts(f, text)
        n = count_checks(f, text)
        with open(os.path.join(OUT, name + '.facts.json'), 'w', encoding='utf-8') as fh:
            json.dump(f, fh, ensure_ascii=False, indent=2)
            fh.write('\n')
        print('%s: %d pages, %d fact checks' % (name, len(pages), n))


BUILDERS['kobe-customs-2026'] = build_kobe

# ================================================================ 静岡県 (shizuoka-2026)
GREEN = HexColor('#1f7a4d')
LGREEN = HexColor('#e9f4ee')


def head_s(p, y, en, ja, x0, x1):
    p.L(x0, y, en, 13, 'G', GREEN)
    p.L(x0, y + 15, ja, 9, 'G')
    p.hline(x0, x1, y + 21, GREEN, 0.8)
    return y + 40


def build_shizuoka():
    name = 'shizuoka-2026'
    data = [(2021, '令和3年度', 68, 31, 52, 14), (2022, '令和4年度', 70, 33, 55, 15), (2023, '令和5年度', 72, 35, 50, 13),
            (2024, '令和6年度', 69, 34, 56, 17), (2025, '令和7年度', 74, 37, 58, 18)]
    rows, sent = [], []
    for fy, lab, a, aw, t, tw in data:
        tot = '%d人（うち女性%d人）' % (a + t, aw + tw)
        at, tt = '%d人（うち女性%d人）' % (a, aw), '%d人（うち女性%d人）' % (t, tw)
        rows.append(hrow(fy, lab, lab, False, (a + t, aw + tw, tot), (a, aw, at), (t, tw, tt)))
        sent.append('%sは、事務職%sと技術職%sの計%sを採用しました。' % (lab, at, tt, tot))
    rows.append(hrow(2026, '令和8年度', '令和8年度', True, (135, None, '135人'), (75, None, '75人'), (60, None, '60人')))
    sent.append('令和8年度は、事務職75人、技術職60人の計135人を採用する予定です。')
    groups = [('本庁', [('経営管理部', 6, None), ('危機管理部', 2, 1), ('くらし・環境部', 5, 3), ('健康福祉部', 8, 2),
                        ('経済産業部', 6, 3), ('交通基盤部', 3, 12), ('スポーツ・文化観光部', 4, None)]),
              ('出先機関', [('財務事務所', 9, None), ('土木事務所', 4, 22), ('農林事務所', 5, 12), ('健康福祉センター', 14, 3)]),
              ('行政委員会等', [('教育委員会事務局', 8, None)])]
    units = [u for _, us in groups for u in us]
    exams = [dict(track='事務職', exam='大学卒業程度試験', text='行政56人、警察行政4人',
                  breakdown=[dict(category='行政', count=56), dict(category='警察行政', count=4)], total=60),
             dict(track='技術職', exam='大学卒業程度試験', text='総合土木24人、建築8人、農業6人、林業4人、化学3人',
                  breakdown=[dict(category='総合土木', count=24), dict(category='建築', count=8), dict(category='農業', count=6),
                             dict(category='林業', count=4), dict(category='化学', count=3)], total=45),
             dict(track='事務職', exam='社会人経験者試験', text='行政（社会人）15人',
                  breakdown=[dict(category='行政（社会人）', count=15)], total=15),
             dict(track='技術職', exam='社会人経験者試験', text='総合土木（社会人）15人',
                  breakdown=[dict(category='総合土木（社会人）', count=15)], total=15)]
    f = base_facts(
        fixture=name, organization='静岡県', document='職員採用案内',
        edition=dict(year=2026, asOf='2026-04', asOfText='2026年4月'),
        hiring=dict(intro=['令和3〜7年度の採用実績と令和8年度の採用予定'],
                    note=['※令和8年度の人数は採用予定数で、女性の内訳は未定です。'],
                    tracks=dict(admin='事務職', tech='技術職'), textSynthesised=False,
                    layout='ONE SENTENCE PER YEAR as a bulleted list in a narrow column (令和3年度は、事務職68人（うち女性31人）と技術職52人（うち女性14人）の計120人（うち女性45人）を採用しました。), wrapped over three lines that break inside the phrases; the planned year only by the verb (採用する予定です), plain 75人; the era range 令和3〜7年度 in the intro',
                    rows=rows),
        exams=dict(title='令和8年度 採用予定数（試験区分別）', fiscalYear=2026, textSynthesised=True,
                   layout='TWO-LEVEL ruled table: 試験 (row-spanning, two lines) | 事務職 (区分 | 人数) | 技術職 (区分 | 人数), the track headers spanning two columns over a second header row; the 事務職 columns of the later 大卒 rows empty; 合計 row with cells spanning two columns',
                   entries=exams),
        contacts=[dict(track='事務職', office='人事委員会事務局 職員課', location='県庁東館 11階',
                       tel=['054-221-2262'], email=['jinji-saiyo@pref.shizuoka.lg.jp']),
                  dict(track='技術職', office='交通基盤部 管理局 技術管理課', location='県庁東館 8階',
                       tel=['054-221-3014', '054-221-2051（人材育成班）'], email=['gijutsu-saiyo@pref.shizuoka.lg.jp'])],
        access=dict(address='〒420-8601 静岡市葵区追手町9番6号',
                    routes=['JR東海道本線・東海道新幹線『静岡』駅 北口', '静岡鉄道『新静岡』駅 東口',
                            'しずてつジャストライン『県庁・静岡市役所』停留所']),
        assignments=dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先（人）', tracks=dict(admin='事務職', tech='技術職'),
                         layout='TREE: group lines ■本庁 / ■出先機関 / ■行政委員会等 (not units) with connector lines to the units; per unit name → 事務職 6 技術職 － on one baseline; the tree fills the foot of the RIGHT column of p2 and CONTINUES at the top of the LEFT column of p3 under 配属実績（続き）, without repeating the group line; sum line',
                         rows=[dict(unit=u, admin=a, tech=t) for u, a, t in units], totals=dict(admin=74, tech=58)),
        lead=dict(title='ふじのくにの未来を、ともにつくる。',
                  text=['静岡県は、富士山や駿河湾などの豊かな自然と、ものづくり産業を生かしながら、誰もが安心して暮らせる地域づくりを進めています。',
                        '県庁の仕事は、防災、福祉、産業振興、社会基盤の整備まで幅広く、職員一人ひとりの力が県民の暮らしを支えています。']),
        initiativesIntro='',
        initiatives=[dict(title='テレワークの推進', text='在宅勤務やサテライトオフィスを活用し、場所にとらわれない働き方を進めています。'),
                     dict(title='時差出勤制度', text='始業時刻を午前7時30分から午前10時までの間で選べます。'),
                     dict(title='地域貢献活動の支援', text='職員が地域の活動に参加できるよう、兼業の手続きを整えています。')],
        supportTitle='仕事と家庭の両立支援',
        supportSystems=[dict(name='育児休業', duration='子が3歳に達するまで', text='男性職員の取得率は約6割です。'),
                        dict(name='部分休業', duration='子が小学校を卒業するまで', text='1日2時間まで勤務しないことができます。'),
                        dict(name='子の看護休暇', duration='年5日（2人以上は10日）', text='時間単位でも取得できます。'),
                        dict(name='介護休暇', duration='通算6月', text='3回まで分割して取得できます。')],
        supportSource='',
        training=dict(title='人材育成', paragraphs=[
            '新規採用職員研修から階層別研修、専門研修まで、段階に応じた研修を用意しています。',
            '国や市町、民間企業への派遣研修もあり、県庁の外で視野を広げることができます。']),
        keyFigures=[dict(label='人口', value='約355万人', note='（2025年10月）'),
                    dict(label='市町', value='35市町', note='（23市12町）'),
                    dict(label='職員数（知事部局）', value='約5,800人', note='（2025年4月）')],
        pages=3)

    W, H = A4
    P = [Page(W, H) for _ in range(3)]
    for k, p in enumerate(P[1:], 2):
        p.hline(40, 555, 806, GREEN, 0.6)
        p.T(40, 820, '静岡県 職員採用案内', 7.5, 'G', GREY, furn=True)
        p.R(555, 820, str(k), 8, 'G', GREY, furn=True)
    # ---- p1: cover, no sections
    p = P[0]
    p.rect(40, 40, 515, 470, fill=GREEN)
    p.L(64, 90, 'SHIZUOKA PREFECTURAL GOVERNMENT', 10, 'G', white)
    p.T(64, 180, '静岡県', 52, 'G', white, bold=True); p.E('静岡県')
    p.L(64, 220, '職員採用案内', 22, 'G', white)
    p.L(64, 248, '大学卒業程度・社会人経験者', 11, 'M', white)
    p.L(64, 400, 'ふじのくにで、', 24, 'G', white)
    p.L(64, 436, '未来をつくる。', 24, 'G', white)
    for i, k in enumerate(f['keyFigures']):
        bx = 40 + i * 177
        p.rect(bx, 560, 161, 96, fill=LGREEN, stroke=GREEN)
        p.L(bx + 12, 584, k['label'], 9, 'G', GREEN)
        p.L(bx + 12, 618, k['value'], 20, 'G')
        p.L(bx + 12, 642, k['note'], 8)
    p.R(555, 740, '2026年4月版', 12, 'G', GREEN)
    # ---- p2: two columns
    p = P[1]
    p.seg(297.5, 48, 297.5, 792, GREY, 0.4)
    xl, xr, cw = 40, 308, 247
    y = head_s(p, 60, 'MESSAGE', 'はじめに', xl, xl + cw)
    y = para(p, xl, y, cw, f['lead']['title'], 11, 16, 'G', GREEN) + 2
    for t in f['lead']['text']:
        y = para(p, xl, y, cw, t, 8.5, 13.5)
    y += 14
    y = head_s(p, y, 'RECRUITMENT', '採用実績', xl, xl + cw)
    y = para(p, xl, y, cw, f['hiring']['intro'][0], 9, 14, 'G') + 4
    for s_ in sent:
        lines = wrap(s_, cw - 12, 8.5)
        p.T(xl, y - 1, '●', 6, 'G', GREEN)
        for k, ln in enumerate(lines):
            if k == 0:
                p.T(xl + 12, y, ln, 8.5); p.E('● ' + ln)
            else:
                p.L(xl + 12, y, ln, 8.5)
            y += 13
        y += 5
    y = para(p, xl, y + 2, cw, f['hiring']['note'][0], 7.5, 11)
    y += 14
    y = head_s(p, y, 'WORK STYLE', '働き方', xl, xl + cw)
    for i in f['initiatives']:
        p.L(xl, y, '○ ' + i['title'], 9, 'G')
        y = para(p, xl + 12, y + 14, cw - 12, i['text'], 8.5, 13) + 4
    if y > 795:
        refuse('shizuoka p2 left overflow %r' % y)
    # right column
    y = head_s(p, 60, 'SUPPORT', '両立支援', xr, xr + cw)
    p.L(xr, y, f['supportTitle'], 9.5, 'G'); y += 22
    for s_, g in zip(f['supportSystems'], '育部看介'):
        p.circle(xr + 13, y + 2, 13, fill=GREEN)
        p.L(xr + 7, y + 8, g, 12, 'G', white)
        p.T(xr + 34, y, s_['name'], 9.5, 'G'); p.T(xr + 38 + sw(s_['name'], 'G', 9.5), y, s_['duration'], 8.5, 'M', GREEN)
        p.E(s_['name'] + ' ' + s_['duration'])
        y = para(p, xr + 34, y + 16, cw - 34, s_['text'], 8.5, 13) + 12
    y += 4
    y = head_s(p, y, 'TRAINING', '研修', xr, xr + cw)
    p.L(xr, y, f['training']['title'], 9.5, 'G'); y += 16
    for t in f['training']['paragraphs']:
        y = para(p, xr, y, cw, t, 8.5, 13)
    y += 6
    # photo placeholder sized so that the tree breaks after the second 出先機関 unit
    ph_h = 790 - 11 * 19 - 62 - 40 - y - 18
    if ph_h < 50:
        refuse('no room for the photo %r' % ph_h)
    p.rect(xr, y, cw, ph_h, fill=HexColor('#d9d9d9'))
    p.L(xr, y + ph_h + 12, '▲ 土木事務所での現場研修の様子', 7.5, 'M', GREY)
    y += ph_h + 36
    y = head_s(p, y, 'ASSIGNMENT', '配属実績', xr, xr + cw)
    p.L(xr, y, f['assignments']['intro'], 9, 'G'); y += 22
    flat = []
    for gname, us in groups:
        flat.append(('G', gname, None, None))
        for u in us:
            flat.append(('U',) + u)
    def tree_line(p, y, it, xr):
        if it[0] == 'G':
            p.L(xr, y, '■' + it[1], 9.5, 'G', GREEN)
            return
        _, u, a, t = it
        p.hline(xr + 8, xr + 18, y - 3, GREEN, 0.6)
        p.T(xr + 22, y, u, 8.5)
        p.T(xr + 130, y, '→', 8.5, 'G', GREEN)
        sa = '事務職 ' + ('－' if a is None else str(a))
        st = '技術職 ' + ('－' if t is None else str(t))
        p.T(xr + 146, y, sa, 8.5); p.T(xr + 196, y, st, 8.5)
        p.E(' '.join([u, '→', sa, st]))
    i = 0
    gtop = None
    while i < 11:
        it = flat[i]
        if it[0] == 'G':
            gtop = y + 4
        tree_line(p, y, it, xr)
        last = y
        y += 19
        i += 1
        if i < len(flat) and flat[i][0] == 'G' and gtop:
            p.seg(xr + 8, gtop, xr + 8, last - 3, GREEN, 0.6)
    p.seg(xr + 8, gtop, xr + 8, 790, GREEN, 0.6, dash=(2, 2))
    p.R(xr + cw, 798, '（次ページへ続く）', 7.5, 'M', GREY)
    cont = flat[i:]
    if not cont or cont[0][0] == 'G':
        refuse('the tree must break inside a group')
    # ---- p3
    p = P[2]
    p.seg(297.5, 48, 297.5, 330, GREY, 0.4)
    y = 56
    p.L(xl, y, '配属実績（続き）', 9.5, 'G', GREEN)
    y += 22
    gtop = y - 14
    for it in cont:
        if it[0] == 'G':
            p.seg(xl + 8, gtop, xl + 8, last - 3, GREEN, 0.6)
            gtop = y + 4
        tree_line(p, y, it, xl)
        last = y
        y += 19
    p.seg(xl + 8, gtop, xl + 8, last - 3, GREEN, 0.6)
    y += 4
    p.L(xl, y, '計　事務職74人・技術職58人', 8.5, 'G')
    yl = y
    y = head_s(p, 56, 'CONTACT', 'お問い合わせ', xr, xr + cw)
    for c in f['contacts']:
        p.rect(xr, y - 9, sw(c['track'], 'G', 8.5) + 10, 12, fill=GREEN)
        p.T(xr + 5, y, c['track'], 8.5, 'G', white)
        p.T(xr + sw(c['track'], 'G', 8.5) + 16, y, c['office'], 8.5, 'G')
        p.E(c['track'] + ' ' + c['office'])
        y += 14
        p.L(xr, y, c['location'], 8.5); y += 13
        for t in c['tel']:
            p.L(xr, y, '電話 ' + t, 8.5); y += 13
        for m in c['email']:
            p.L(xr, y, 'Mail ' + m, 8.5); y += 13
        y += 8
    y = max(y, yl) + 24
    y = head_s(p, y, 'EXAMINATION', '採用予定', xl, 555)
    p.L(xl, y, f['exams']['title'], 9.5, 'G'); y += 8
    E_ = {(e['track'], e['exam']): e['breakdown'] for e in exams}
    trs = [[cell('試験', rs=2, fill=LGREEN, font='G'), cell('事務職', cs=2, fill=LGREEN, font='G'), None,
            cell('技術職', cs=2, fill=LGREEN, font='G'), None],
           [None, cell('区分', fill=LGREEN, font='G'), cell('人数', fill=LGREEN, font='G'),
            cell('区分', fill=LGREEN, font='G'), cell('人数', fill=LGREEN, font='G')]]
    for ex, lines in (('大学卒業程度試験', ['大学卒業程度', '試験']), ('社会人経験者試験', ['社会人経験者', '試験'])):
        ad, te = E_[('事務職', ex)], E_[('技術職', ex)]
        n = max(len(ad), len(te))
        for k in range(n):
            r = [cell(lines, rs=n) if k == 0 else None]
            for b in (ad, te):
                if k < len(b):
                    r += [cell(b[k]['category'], align='l'), cell('%d人' % b[k]['count'], align='r')]
                else:
                    r += [cell(''), cell('')]
            trs.append(r)
    trs.append([cell('合計', fill=LGREEN, font='G'), cell('75人', cs=2, align='r', fill=LGREEN, font='G'), None,
                cell('60人', cs=2, align='r', fill=LGREEN, font='G'), None])
    y = table(p, xl, y, [110, 130, 60, 150, 60], trs, size=8.5, pad=3)
    y += 14
    p.L(xl, y, '※社会人経験者試験は、民間企業等での職務経験が5年以上の方が対象です。', 8)
    y += 30
    y = head_s(p, y, 'ACCESS', 'アクセス', xl, 555)
    p.L(xl, y, '所在地 ' + f['access']['address'], 9); y += 20
    ytab = y
    for i, r in enumerate(f['access']['routes'], 1):
        p.circle(xl + 6, y - 3, 6, fill=GREEN)
        p.T(xl + 3.5, y, str(i), 7.5, 'G', white)
        p.T(xl + 18, y, r, 8.5)
        p.E('%d %s' % (i, r))
        y += 18
    y = table(p, 360, ytab - 12, [40, 75, 80], [
        [cell('番号', fill=LGREEN, font='G'), cell('県庁東館まで', fill=LGREEN, font='G'), cell('県庁本館まで', fill=LGREEN, font='G')],
        [cell('1'), cell('徒歩約15分'), cell('徒歩約12分')],
        [cell('2'), cell('徒歩約10分'), cell('徒歩約8分')],
        [cell('3'), cell('徒歩1分'), cell('徒歩3分')]], size=8)
    if y > 795:
        refuse('shizuoka p3 overflow %r' % y)
    return name, f, P


BUILDERS['shizuoka-2026'] = build_shizuoka


# ================================================================ 宇宙航空研究開発機構 (jaxa-2026)
SPACE = HexColor('#0b2545')
SKY = HexColor('#dde8f5')
SHADE = HexColor('#fde9c8')
FW = str.maketrans('0123456789', '０１２３４５６７８９')


def head_j(p, y, ja, en, x0, x1):
    p.rect(x0, y - 12, 4, 15, fill=SPACE)
    p.T(x0 + 10, y, ja, 12, 'G', SPACE, bold=True)
    p.R(x1, y, en, 8, 'G', GREY, exp=False)
    p.E(ja + ' ' + en)
    p.hline(x0, x1, y + 6, SPACE, 0.6)
    return y + 26


def qr(p, x, y, size, seed):
    rnd = random.Random(seed)
    n = 21
    m = size / n
    p.rect(x, y, size, size, fill=white)
    for i in range(n):
        for j in range(n):
            finder = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, 14), (14, 0)))
            if finder:
                on = (i in (0, 6) or j in (0, 6) or (2 <= i <= 4 and 2 <= j <= 4)) if (i < 7 and j < 7) else None
                if on is None:
                    ii, jj = i % 14 if i >= 14 else i, j % 14 if j >= 14 else j
                    on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = rnd.random() < 0.45
            if on:
                p.rect(x + j * m, y + i * m, m, m, fill=black)


def envelope(p, x, y):
    """an envelope icon whose bottom-left corner is (x, y) in top-down coordinates (9 x 6.5 pt)"""
    p.rect(x, y - 6.5, 9, 6.5, stroke=SPACE, lw=0.6)
    p.seg(x, y - 6.5, x + 4.5, y - 2.8, SPACE, 0.6)
    p.seg(x + 9, y - 6.5, x + 4.5, y - 2.8, SPACE, 0.6)


def build_jaxa():
    name = 'jaxa-2026'
    yrs = [(2021, 'R3', 12, 3, 20, 5, 35), (2022, 'R4', 13, 4, 22, 6, 40), (2023, 'R5', 14, 5, 24, 7, 38),
           (2024, 'R6', 15, 5, 27, 8, 40), (2025, 'R7', 16, 6, 29, 9, 45), (2026, 'R8', 16, 6, 32, 10, None)]
    def fmt(v, i, j):
        s_ = '%d人' % v
        return s_.translate(FW) if (i + j) % 3 == 0 else s_
    rows = []
    for i, (fy, lab, an, ac, tn, tc, pct) in enumerate(yrs):
        tot = an + ac + tn + tc
        women = None if pct is None else tot * pct // 100
        if pct is not None and tot * pct % 100:
            refuse('women not derivable from the share')
        rows.append(hrow(fy, lab, lab, pct is None, (tot, women, fmt(tot, i, 4)), (an + ac, None, str(an + ac)),
                         (tn + tc, None, str(tn + tc))))
    units = [('調布航空宇宙センター', ['調布航空宇宙', 'センター'], 8, 9), ('筑波宇宙センター', ['筑波宇宙', 'センター'], 6, 12),
             ('相模原キャンパス', ['相模原', 'キャンパス'], 3, 7), ('種子島宇宙センター', ['種子島宇宙', 'センター'], 1, 4),
             ('角田宇宙センター', ['角田宇宙', 'センター'], None, 3), ('東京事務所', ['東京事務所'], 4, None),
             ('内之浦宇宙空間観測所', ['内之浦宇宙', '空間観測所'], None, 3)]
    EX = ['新卒採用（学部卒）', '新卒採用（大学院卒）', 'キャリア採用']
    cats = [('事務系', '事務', [10, 6, None]), ('事務系', '事務（経験者）', [None, None, 6]),
            ('技術系', '機械・航空宇宙', [5, 8, None]), ('技術系', '電気・電子', [3, 6, None]), ('技術系', '情報', [2, 5, None]),
            ('技術系', '理学（物理・天文）', [None, 3, None]), ('技術系', '技術（経験者）', [None, None, 10])]
    entries = []
    for tr in ('事務系', '技術系'):
        for k, ex in enumerate(EX):
            bd = [dict(category=c, count=v[k]) for t, c, v in cats if t == tr and v[k]]
            if bd:
                entries.append(dict(track=tr, exam=ex, text='、'.join('%s%d人' % (b['category'], b['count']) for b in bd),
                                    breakdown=bd, total=sum(b['count'] for b in bd)))
    f = base_facts(
        fixture=name, organization='宇宙航空研究開発機構', document='職員採用案内',
        edition=dict(year=2026, asOf='2026-03', asOfText='令和8（2026）年3月'),
        hiring=dict(intro=['職員採用者数（人）'],
                    note=['※女性比率は、合計に占める女性の割合です。', '※網掛けの列は採用予定数です。'],
                    tracks=dict(admin='事務系', tech='技術系'), textSynthesised=True,
                    layout='ruled table with YEARS AS COLUMNS (R3 … R8) under a header row 実績（令和3〜7年度） spanning five columns and 予定 over the last; each track (事務系, 技術系, row-spanning) SPLIT into 新卒 / キャリア sub-rows with NO track subtotal (track counts are the sums); 合計 row; women ONLY as a 女性比率 row in % of the total (track women not given: null; total women derived exactly); planned column shaded, its share －; half- and full-width digits mixed cell by cell (１２人)',
                    rows=rows),
        exams=dict(title='2026年度 採用予定数（職種・区分別）', fiscalYear=2026, textSynthesised=True,
                   layout='matrix: CATEGORIES AS ROWS grouped by a row-spanning track cell, EXAMS AS COLUMNS (新卒採用（学部卒） | 新卒採用（大学院卒） | キャリア採用, two-line header cells), － for none, 計 row per exam',
                   entries=entries),
        contacts=[dict(track='事務系', office='人事部 人事企画課 採用グループ', location='調布航空宇宙センター 本館3階',
                       tel=['050-3362-2210'], email=['saiyo-jimu@jaxa.jp']),
                  dict(track='技術系', office='人事部 人材開発課', location='調布航空宇宙センター 本館3階',
                       tel=['050-3362-2215', '050-3362-4481（研究開発部門）'], email=['saiyo-gijutsu@jaxa.jp'])],
        access=dict(address='〒182-8522 東京都調布市深大寺東町7-44-1',
                    routes=['京王線『調布』駅 北口から京王バス 約15分', 'JR中央線『三鷹』駅 南口から京王バス 約20分',
                            '京王バス『航空宇宙センター』停留所 徒歩約1分']),
        assignments=dict(cohortFiscalYear=2025, intro='2025年度入構者の配属先（人）', tracks=dict(admin='事務系', tech='技術系'),
                         layout='TRANSPOSED ruled matrix: UNITS AS COLUMNS with two-line header cells (調布航空宇宙 / センター), tracks as the two rows, a 計 column, － for none',
                         rows=[dict(unit=u, admin=a, tech=t) for u, _, a, t in units], totals=dict(admin=22, tech=38)),
        lead=dict(title='宇宙と空に、挑み続ける。',
                  text=['宇宙航空研究開発機構（JAXA）は、ロケットや人工衛星の開発・運用、宇宙科学の探究、航空技術の研究開発を通じて、安全で豊かな社会の実現に貢献しています。',
                        '事務系職員は事業の企画や調達、国際協力を、技術系職員はプロジェクトの研究開発を担い、一つのチームとしてミッションを成功に導きます。']),
        initiativesIntro='',
        initiatives=[dict(title='フレックスタイム制', text='コアタイムのない柔軟な勤務ができます。'),
                     dict(title='テレワーク', text='業務に応じて在宅勤務を利用できます。'),
                     dict(title='海外派遣', text='海外の宇宙機関や大学で経験を積めます。')],
        supportTitle='両立支援制度',
        supportSystems=[dict(name='育児休業', duration='子が3歳に達するまで', text='男性職員の取得も増えています。'),
                        dict(name='育児短時間勤務', duration='子が小学校を卒業するまで', text='勤務時間を1日2時間まで短縮できます。'),
                        dict(name='介護休業', duration='通算1年', text='3回まで分割して取得できます。'),
                        dict(name='保存休暇', duration='最大40日', text='失効した年次休暇を積み立て、育児や介護に使えます。')],
        supportSource='',
        training=dict(title='研修・キャリア形成', paragraphs=[
            '入構時の新入職員研修の後、各事業所でのOJTを通じて業務の基礎を身に付けます。',
            'その後は、プロジェクトマネジメント研修や語学研修、省庁・企業への出向などで専門性を高めます。']),
        keyFigures=[], pages=2)

    W, H = A4
    P = [Page(W, H) for _ in range(2)]
    for k, p in enumerate(P, 1):
        p.T(40, 26, 'JAXA 職員採用案内 2026', 7.5, 'G', GREY, furn=True)
        p.R(555, 26, 'Japan Aerospace Exploration Agency', 7.5, 'G', GREY, furn=True)
        p.hline(40, 555, 32, GREY, 0.4)
        p.hline(40, 555, 806, GREY, 0.4)
        w = sw('— %d —' % k, 'G', 8)
        p.T(297.6 - w / 2, 822, '— %d —' % k, 8, 'G', GREY, furn=True)
    # ---- p1
    p = P[0]
    p.rect(40, 42, 515, 104, fill=SPACE)
    p.L(54, 60, 'JAPAN AEROSPACE EXPLORATION AGENCY', 8.5, 'G', white)
    p.L(54, 82, '国立研究開発法人', 10, 'G', white)
    p.T(54, 114, '宇宙航空研究開発機構', 26, 'G', white, bold=True)
    p.T(54 + sw('宇宙航空研究開発機構', 'G', 26) + 6, 114, '（JAXA）', 14, 'G', white)
    p.E('宇宙航空研究開発機構 （JAXA）')
    p.T(54, 136, '職員採用案内', 12, 'G', white)
    p.R(541, 136, '令和8（2026）年3月', 10, 'G', white, exp=False)
    p.E('職員採用案内 令和8（2026）年3月')
    y = 170
    p.L(40, y, f['lead']['title'], 13, 'G', SPACE)
    y += 20
    for t in f['lead']['text']:
        y = para(p, 40, y, 515, t, 9, 14)
    y += 12
    y = head_j(p, y, '採用実績', 'Recruitment', 40, 555)
    p.L(40, y, f['hiring']['intro'][0], 9, 'G')
    y += 8
    hdr = lambda t, **kw: cell(t, fill=SKY, font='G', **kw)
    t1 = [hdr('職種', cs=2, rs=2), None, hdr('実績（令和3〜7年度）', cs=5), None, None, None, None, cell('予定', fill=SHADE, font='G')]
    t2 = [None, None] + [hdr(r[1]) for r in yrs[:-1]] + [cell(yrs[-1][1], fill=SHADE, font='G')]
    body = []
    subs = [('事務系', '新卒', 2), ('事務系', 'キャリア', 3), ('技術系', '新卒', 4), ('技術系', 'キャリア', 5)]
    for n_, (tr, sub, idx) in enumerate(subs):
        r = [cell(tr, rs=2, font='G') if sub == '新卒' else None, cell(sub)]
        for i, y_ in enumerate(yrs):
            r.append(cell(fmt(y_[idx], i, n_), align='r', fill=SHADE if i == 5 else None))
        body.append(r)
    body.append([cell('合計', cs=2, font='G', fill=SKY), None] +
                [cell(rw['total']['text'], align='r', font='G', fill=SHADE if i == 5 else SKY) for i, rw in enumerate(rows)])
    body.append([cell('女性比率', cs=2), None] +
                [cell(('%d%%' % y_[6]) if y_[6] else '－', align='r', fill=SHADE if i == 5 else None) for i, y_ in enumerate(yrs)])
    y = table(p, 40, y, [60, 59] + [66] * 6, [t1, t2] + body, size=8.5, pad=2.5)
    y += 14
    for n_ in f['hiring']['note']:
        p.L(40, y, n_, 7.5); y += 12
    y += 14
    y = head_j(p, y, '配属実績', 'Placement', 40, 555)
    p.L(40, y, f['assignments']['intro'], 9, 'G')
    y += 8
    ar = [[hdr('配属先')] + [hdr(lines) for _, lines, _, _ in units] + [hdr('計')]]
    for key, tr in ((2, '事務系'), (3, '技術系')):
        vals = [u[key] for u in units]
        ar.append([cell(tr, font='G')] + [cell('－' if v is None else str(v)) for v in vals] + [cell(str(sum(v or 0 for v in vals)), font='G')])
    y = table(p, 40, y, [48] + [61] * 7 + [40], ar, size=8, pad=2.5)
    y += 24
    y = head_j(p, y, '採用予定', 'Openings', 40, 555)
    p.L(40, y, f['exams']['title'], 9, 'G')
    y += 8
    er = [[hdr('職種'), hdr('区分')] + [hdr([e[:4], e[4:]]) if e.startswith('新卒') else hdr(e) for e in EX]]
    prev = None
    for tr, c_, vals in cats:
        n = sum(1 for t, _, _ in cats if t == tr)
        er.append([cell(tr, rs=n, font='G') if tr != prev else None, cell(c_, align='l')] +
                  [cell('－' if v is None else '%d人' % v) for v in vals])
        prev = tr
    er.append([cell('計', cs=2, font='G', fill=SKY), None] +
              [cell('%d人' % sum(v[k] or 0 for _, _, v in cats), font='G', fill=SKY) for k in range(3)])
    y = table(p, 40, y, [60, 125, 110, 110, 110], er, size=8.5, pad=2.5)
    if y > 795:
        refuse('jaxa p1 overflow %r' % y)
    # ---- p2: main column + contact sidebar
    p = P[1]
    xm, wm = 40, 340
    y = 62
    y = head_j(p, y, '働き方', 'Work style', xm, xm + wm)
    for i, it in enumerate(f['initiatives']):
        cx = xm + i * 116
        p.rect(cx, y - 12, 108, 18, fill=SKY)
        p.L(cx + 6, y, it['title'], 9, 'G', SPACE)
        yy = y + 20
        for ln in wrap(it['text'], 100, 8.5):
            p.L(cx + 4, yy, ln, 8.5); yy += 13
    y = yy + 22
    y = head_j(p, y, '両立支援', 'Support', xm, xm + wm)
    p.L(xm, y, f['supportTitle'], 9.5, 'G'); y += 8
    sr = []
    for s_ in f['supportSystems']:
        sr.append([cell(s_['name'], align='l', font='G'), cell([s_['duration']] + wrap(s_['text'], 240, 8.5), align='l')])
    y = table(p, xm, y, [92, 248], sr, size=8.5, pad=4, rule=None)
    y += 20
    y = head_j(p, y, '研修', 'Training', xm, xm + wm)
    p.L(xm, y, f['training']['title'], 9.5, 'G'); y += 16
    for t in f['training']['paragraphs']:
        y = para(p, xm, y, wm, t, 8.5, 13.5)
    y += 22
    y = head_j(p, y, 'アクセス', 'Access', xm, xm + wm)
    y = para(p, xm, y, wm, f['access']['address'], 9, 14) + 2
    for r in f['access']['routes']:
        p.T(xm, y, '◇', 8.5, 'G', SPACE); p.T(xm + 12, y, r, 8.5); p.E('◇ ' + r)
        y += 15
    p.rect(xm, y, wm, 100, fill=HexColor('#e6e6e6'))
    p.L(xm + 8, y + 16, '地図', 8, 'G', GREY)
    y += 100
    if y > 795:
        refuse('jaxa p2 main overflow %r' % y)
    # sidebar
    sx, sw_ = 398, 157
    p.rect(sx, 48, sw_, 746, fill=SKY)
    y = 72
    p.L(sx + 10, y, 'お問い合わせ', 12, 'G', SPACE)
    p.hline(sx + 10, sx + sw_ - 10, y + 6, SPACE, 0.8)
    y += 26
    for c in f['contacts']:
        p.rect(sx + 10, y - 10, sw(c['track'], 'G', 9) + 12, 14, fill=SPACE)
        p.L(sx + 16, y, c['track'], 9, 'G', white)
        y += 18
        for ln in wrap(c['office'], sw_ - 20, 8.5, 'G'):
            p.L(sx + 10, y, ln, 8.5, 'G'); y += 13
        for ln in wrap(c['location'], sw_ - 20, 8):
            p.L(sx + 10, y, ln, 8); y += 13
        for t in c['tel']:
            lines = wrap(t, sw_ - 34, 8.5)
            p.T(sx + 10, y, '☎', 9, 'G', SPACE); p.T(sx + 24, y, lines[0], 8.5); p.E('☎ ' + lines[0])
            for ln in lines[1:]:
                y += 12
                p.L(sx + 24, y, ln, 8.5)
            y += 14
        for m in c['email']:
            envelope(p, sx + 11, y)
            p.L(sx + 24, y, m, 8.5); y += 14
        y += 16
    y += 10
    for cap, seed in (('採用サイト', 1), ('説明会の予約', 2)):
        qr(p, sx + 33, y, 90, seed)
        y += 90 + 14
        p.C(sx + sw_ / 2, y, cap, 8, 'G')
        y += 26
    p.L(sx + 10, y, '※QRコードは準備中です。', 7.5)
    if y > 790:
        refuse('jaxa sidebar overflow %r' % y)
    return name, f, P


BUILDERS['jaxa-2026'] = build_jaxa


if __name__ == '__main__':
    main()
