#!/usr/bin/env python3
"""Holdout set 32 (blind): three synthetic Japanese recruitment brochures.

Self-contained (reportlab + IPAex fonts + pdftotext for the self-check).  Writes
Fixtures/holdout32/NAME.{pdf,expected.txt,facts.json} for gifu-2026, hoseikyoku-2026, naro-2026.

  python3 Fixtures/generate_holdout32.py            # all three (deterministic)
  python3 Fixtures/generate_holdout32.py naro       # one
  python3 Fixtures/generate_holdout32.py --selftest # fault injection: every fault must be refused

Page model: top-down coordinates (y grows downwards, text anchored at its baseline).  Every
visual line is its own text object inside q/Q at an absolute position; the text objects of a page
are drawn after its graphics in a seeded shuffled order.  The generator refuses a brochure whose
text items overlap, leave the page, enter the 14 pt edge margin, use a glyph the font lacks,
overflow a table cell, break kinsoku, whose drawn text differs from the expected text (multiset of
characters per page, furniture excepted), whose pdftotext differs from the drawn characters, whose
facts are not printed, or whose numbers do not add up.
"""
import copy, io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.colors import Color, HexColor, white, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout32')
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, 'Scripts'))

pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
FACES = {'G': pdfmetrics.getFont('G').face.charToGlyph, 'M': pdfmetrics.getFont('M').face.charToGlyph}
W, H = A4
EDGE = 14

NO_START = set('、。，．）」』】〕・ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ！？：；％')
NO_END = set('（「『【〔')


class Refused(Exception):
    pass


def sw(text, font, size, cs=0):
    return pdfmetrics.stringWidth(text, font, size) + cs * len(text)


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, doc):
        self.doc = doc
        self.items = []      # text items
        self.gfx = []        # callables (canvas, H)
        self.exp = []        # expected lines

    def E(self, line):
        self.exp.append(line)

    def T(self, x, y, text, font='M', size=9, color=black, furn=False, exp=True, rot=0, cs=0, align='l'):
        w = sw(text, font, size, cs)
        if align == 'r':
            x -= w
        elif align == 'c':
            x -= w / 2
        self.items.append(dict(x=x, y=y, text=text, font=font, size=size, color=color, furn=furn, rot=rot, cs=cs, w=w))
        if exp and not furn:
            self.E(text)
        return w

    # graphics in top-down coordinates
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, r=0):
        def f(c):
            c.saveState()
            if fill is not None: c.setFillColor(fill)
            if stroke is not None: c.setStrokeColor(stroke); c.setLineWidth(lw)
            if r:
                c.roundRect(x, H - y - h, w, h, r, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            else:
                c.rect(x, H - y - h, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            c.restoreState()
        self.gfx.append(f)

    def line(self, x1, y1, x2, y2, color=black, lw=0.6, dash=None):
        def f(c):
            c.saveState(); c.setStrokeColor(color); c.setLineWidth(lw)
            if dash: c.setDash(*dash)
            c.line(x1, H - y1, x2, H - y2); c.restoreState()
        self.gfx.append(f)

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.8):
        def f(c):
            c.saveState()
            if fill is not None: c.setFillColor(fill)
            if stroke is not None: c.setStrokeColor(stroke); c.setLineWidth(lw)
            c.circle(x, H - y, r, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            c.restoreState()
        self.gfx.append(f)

    def poly(self, pts, fill):
        def f(c):
            c.saveState(); c.setFillColor(fill)
            p = c.beginPath(); p.moveTo(pts[0][0], H - pts[0][1])
            for a, b in pts[1:]: p.lineTo(a, H - b)
            p.close(); c.drawPath(p, stroke=0, fill=1); c.restoreState()
        self.gfx.append(f)

    # paragraph with kinsoku
    def para(self, x, y, width, text, font='M', size=9, lead=None, color=black):
        lead = lead or size * 1.6
        lines = wrap(text, font, size, width)
        for ln in lines:
            self.T(x, y, ln, font, size, color)
            y += lead
        return y

    def bbox(self, it):
        s = it['size']
        if it['rot'] == 90:
            return (it['x'] - 0.88 * s, it['y'] - it['w'], it['x'] + 0.12 * s, it['y'])
        return (it['x'], it['y'] - 0.88 * s, it['x'] + it['w'], it['y'] + 0.12 * s)


def wrap(text, font, size, width):
    lines, cur = [], ''
    for ch in text:
        if sw(cur + ch, font, size) > width and cur:
            if ch in NO_START:          # push the last char down with it
                lines.append(cur[:-1]); cur = cur[-1] + ch
            elif cur[-1] in NO_END:
                lines.append(cur[:-1]); cur = cur[-1] + ch
            else:
                lines.append(cur); cur = ch
        else:
            cur += ch
    if cur: lines.append(cur)
    for i, ln in enumerate(lines):
        if sw(ln, font, size) > width + 0.01: raise Refused(f'paragraph line too wide: {ln}')
        if i and ln[0] in NO_START: raise Refused(f'kinsoku start: {ln}')
        if ln[-1] in NO_END: raise Refused(f'kinsoku end: {ln}')
    return lines


# ---------------------------------------------------------------- tables
def cell_lines(c):
    if c is None: return []
    t = c['t'] if isinstance(c, dict) else c
    return t.split('\n') if t else []


def table(pg, x0, y0, widths, rows, size=8.5, lh=None, pad=3, font='M', hfont='G', header_rows=1,
          rule=HexColor('#888888'), head_fill=HexColor('#e4e9f2'), rot=False, stripe=None, exp=True):
    """rows: list of lists of cells; a cell is str ('\n' = line break), None (covered by a span) or
    dict(t=, rs=, cs=, align=, font=, color=, fill=).  Returns the bottom y (or right x when rotated).
    rot=True: the table is turned 90 degrees on the page and reads bottom-to-top; (x0, y0) is then the
    table's top-left corner in its own frame, i.e. the page's left-bottom corner of the block."""
    lh = lh or size * 1.35
    nrows = len(rows)
    heights = []
    for r in rows:
        n = max([len(cell_lines(c)) for c in r if not (isinstance(c, dict) and c.get('rs', 1) > 1)] + [1])
        heights.append(n * lh + 2 * pad)
    # spanned cells must fit in their span
    def place_text(u, v, text, f, s, color):
        if rot:
            pg.T(x0 + v, y0 - u, text, f, s, color, exp=False, rot=90)
        else:
            pg.T(x0 + u, y0 + v, text, f, s, color, exp=False)

    def grect(u, v, w, h, fill):
        if rot: pg.rect(x0 + v, y0 - u - w, h, w, fill=fill)
        else: pg.rect(x0 + u, y0 + v, w, h, fill=fill)

    def gline(u1, v1, u2, v2, lw=0.5):
        if rot: pg.line(x0 + v1, y0 - u1, x0 + v2, y0 - u2, rule, lw)
        else: pg.line(x0 + u1, y0 + v1, x0 + u2, y0 + v2, rule, lw)

    tops = [sum(heights[:i]) for i in range(nrows + 1)]
    colx = [sum(widths[:i]) for i in range(len(widths) + 1)]
    lines_out = []
    for ri, r in enumerate(rows):
        out = []
        for ci, c in enumerate(r):
            if c is None:
                out.append(''); continue
            d = c if isinstance(c, dict) else {'t': c}
            rs, cspan = d.get('rs', 1), d.get('cs', 1)
            cw = colx[ci + cspan] - colx[ci]
            ch = tops[ri + rs] - tops[ri]
            fill = d.get('fill', head_fill if ri < header_rows else (stripe if stripe and ri % 2 == 0 else None))
            if fill is not None: grect(colx[ci], tops[ri], cw, ch, fill)
            ls = cell_lines(d)
            f = d.get('font', hfont if ri < header_rows else font)
            s = d.get('size', size)
            align = d.get('align', 'c' if ri < header_rows else ('l' if ci == 0 else 'r'))
            vstart = tops[ri] + (ch - len(ls) * lh) / 2 + lh * 0.78
            for k, ln in enumerate(ls):
                w = sw(ln, f, s)
                if w > cw - 2 * pad + 0.01: raise Refused(f'cell overflow: {ln}')
                u = colx[ci] + pad if align == 'l' else (colx[ci] + cw - pad - w if align == 'r' else colx[ci] + (cw - w) / 2)
                place_text(u, vstart + k * lh, ln, f, s, d.get('color', black))
            out.append(''.join(ls))
        lines_out.append('\t'.join(out))
    if rule is not None:
        covered = set()      # (boundary, column) pairs inside a row-spanned cell
        for ri, r in enumerate(rows):
            for ci, c in enumerate(r):
                if isinstance(c, dict) and c.get('rs', 1) > 1:
                    for b in range(ri + 1, ri + c['rs']):
                        for k in range(c.get('cs', 1)): covered.add((b, ci + k))
        for b, v in enumerate(tops):
            if b in (0, nrows): gline(0, v, colx[-1], v, 0.8); continue
            for ci in range(len(widths)):
                if (b, ci) not in covered: gline(colx[ci], v, colx[ci + 1], v, 0.4)
        for ci, u in enumerate(colx):
            if ci in (0, len(colx) - 1): gline(u, 0, u, tops[-1], 0.6)
            else:
                # vertical rules, skipped through spanned cells
                for ri in range(nrows):
                    spanned = False
                    for cj in range(ci):
                        c = rows[ri][cj]
                        if isinstance(c, dict) and c.get('cs', 1) > 1 and cj + c['cs'] > ci: spanned = True
                    if not spanned: gline(u, tops[ri], u, tops[ri + 1], 0.4)
    if exp:
        for ln in lines_out: pg.E(ln)
    return tops[-1]


# ---------------------------------------------------------------- document
class Doc:
    def __init__(self, name, seed):
        self.name, self.seed, self.pages = name, seed, []

    def page(self):
        p = Page(self); self.pages.append(p); return p

    def render(self):
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
        c.setTitle(self.name); c.setAuthor('BrochureKit fixtures'); c.setCreator('generate_holdout32.py')
        for pi, pg in enumerate(self.pages):
            for g in pg.gfx: g(c)
            order = list(range(len(pg.items)))
            random.Random(self.seed * 100 + pi).shuffle(order)
            for i in order:
                it = pg.items[i]
                c.saveState()
                c.setFillColor(it['color'])
                t = c.beginText()
                t.setFont(it['font'], it['size'])
                if it['cs']: t.setCharSpace(it['cs'])
                if it['rot'] == 90: t.setTextTransform(0, 1, -1, 0, it['x'], H - it['y'])
                else: t.setTextOrigin(it['x'], H - it['y'])
                t.textOut(it['text'])
                c.drawText(t)
                c.restoreState()
            c.showPage()
        c.save()
        return buf.getvalue()


def nows(s):
    return ''.join(s.split())


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(s.split()).replace('〜', '~').replace('～', '~')


# ---------------------------------------------------------------- checks
def check_layout(doc):
    for pi, pg in enumerate(doc.pages):
        boxes = []
        for it in pg.items:
            for ch in it['text']:
                if it['font'] in FACES:
                    if ch != ' ' and ord(ch) not in FACES[it['font']]: raise Refused(f'glyph {ch!r} not in {it["font"]}')
                elif not (32 <= ord(ch) < 127): raise Refused(f'non-ASCII in standard font: {ch!r}')
            b = pg.bbox(it)
            if b[0] < EDGE or b[1] < EDGE or b[2] > W - EDGE or b[3] > H - EDGE:
                raise Refused(f'p{pi + 1} off page / in edge margin: {it["text"]} {b}')
            boxes.append((b, it['text']))
        for i in range(len(boxes)):
            a, ta = boxes[i]
            for j in range(i + 1, len(boxes)):
                b, tb = boxes[j]
                if a[0] < b[2] - 0.3 and b[0] < a[2] - 0.3 and a[1] < b[3] - 0.3 and b[1] < a[3] - 0.3:
                    raise Refused(f'p{pi + 1} overlap: {ta!r} / {tb!r}')
        drawn = Counter(nows(''.join(it['text'] for it in pg.items if not it['furn'])))
        expd = Counter(nows(''.join(pg.exp)))
        if drawn != expd:
            raise Refused(f'p{pi + 1} drawn != expected: +{dict(drawn - expd)} -{dict(expd - drawn)}')


def check_pdftotext(doc, pdf):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'x.pdf')
        open(path, 'wb').write(pdf)
        for pi, pg in enumerate(doc.pages):
            out = subprocess.run(['pdftotext', '-f', str(pi + 1), '-l', str(pi + 1), path, '-'], capture_output=True, text=True).stdout
            got = Counter(nows(out))
            want = Counter(nows(''.join(it['text'] for it in pg.items)))
            if got != want:
                raise Refused(f'p{pi + 1} pdftotext differs: +{dict(got - want)} -{dict(want - got)}')
    nbt = len(re.findall(rb'^BT\b', pdf, re.M))        # one BT per text item (no canvas-level text state)
    want = sum(len(p.items) for p in doc.pages)
    if nbt != want: raise Refused(f'BT count {nbt} != {want}')


def check_facts(f, expected):
    drawn = norm(expected)
    def printed(s, what):
        if s and norm(s) not in drawn: raise Refused(f'fact not printed ({what}): {s}')
    printed(f['organization'], 'organization'); printed(f['document'], 'document')
    printed(f['edition']['asOfText'], 'edition')
    h = f['hiring']
    for s in h['intro'] + h['note']: printed(s, 'hiring text')
    for t in h['tracks'].values(): printed(t, 'track')
    rows = h['rows']
    for r in rows:
        printed(r['labelText'], 'label')
        for k in ('total', 'admin', 'tech'):
            printed(r[k]['text'], 'count')
            if r[k].get('womenText'): printed(r[k]['womenText'], 'women')
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']: raise Refused(f'hiring sum {r["label"]}')
        if r['planned']:
            if any(r[k]['women'] is not None for k in ('total', 'admin', 'tech')): raise Refused('planned women')
        else:
            if r['total']['women'] != r['admin']['women'] + r['tech']['women']: raise Refused(f'women sum {r["label"]}')
            for k in ('total', 'admin', 'tech'):
                if r[k]['women'] > r[k]['count']: raise Refused('women > heads')
    if [r['planned'] for r in rows].count(True) != 1 or not rows[-1]['planned']: raise Refused('planned row')
    yrs = [r['fiscalYear'] for r in rows]
    if yrs != list(range(yrs[0], yrs[0] + len(yrs))) or len(yrs) < 6: raise Refused('years')
    plan, last = rows[-1], rows[-2]
    if not (plan['fiscalYear'] == f['edition']['year'] == f['exams']['fiscalYear']): raise Refused('planned year')
    a = f['assignments']
    if a['cohortFiscalYear'] != last['fiscalYear']: raise Refused('cohort')
    printed(a['intro'], 'assign intro')
    units = [norm(r['unit']) for r in a['rows']]
    if len(set(units)) != len(units): raise Refused('dup unit')
    for r in a['rows']: printed(r['unit'], 'unit')
    if sum(r['admin'] or 0 for r in a['rows']) != last['admin']['count']: raise Refused('assignment admin sum')
    if sum(r['tech'] or 0 for r in a['rows']) != last['tech']['count']: raise Refused('assignment tech sum')
    import score_extract as se
    e = f['exams']; printed(e['title'], 'exam title')
    keys = set(); per = Counter()
    for en in e['entries']:
        printed(en['track'], 'exam track'); printed(en['exam'], 'exam')
        if se.track(en['track']) == 'other': raise Refused('exam track other')
        if sum(b['count'] for b in en['breakdown']) != en['total']: raise Refused('exam entry total')
        for b in en['breakdown']:
            printed(b['category'], 'category')
            k = (se.track(en['track']), se.level(en['exam']), norm(b['category']))
            if k in keys: raise Refused(f'exam key collision {k}')
            keys.add(k); per[se.track(en['track'])] += b['count']
    if per['administrative'] != plan['admin']['count'] or per['technical'] != plan['tech']['count']:
        raise Refused(f'exam sums {dict(per)}')
    for c in f['contacts']:
        printed(c['track'], 'contact subject'); printed(c['office'], 'office')
        for t in c['telText']: printed(t, 'phone')
        for m in c['emailText']: printed(m, 'email')
    printed(f['access']['address'], 'address')
    for r in f['access']['routes']: printed(r.replace('『', '').replace('』', ''), 'route')
    for i in f['initiatives']: printed(i['title'], 'initiative'); printed(i['text'], 'initiative text')
    printed(f['supportTitle'], 'support title')
    for s in f['supportSystems']:
        printed(s['name'], 'support'); printed(s.get('durationText', s['duration']), 'duration'); printed(s['text'], 'support text')
    printed(f['training']['title'], 'training')
    for p in f['training']['paragraphs']: printed(p, 'training text')
    for st in f['training'].get('stages', []): printed(st['label'], 'stage'); printed(st['text'], 'stage text')
    # stand-in extract document built from the facts must score full marks
    def cnt(x):
        return None if x is None else {'count': x['count'], 'women': x['women']}
    standin = {
        'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']},
        'sections': {
            'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': cnt(r['total']),
                                 'administrative': cnt(r['admin']), 'technical': cnt(r['tech'])} for r in rows]},
            'assignments': {'cohortFiscalYear': a['cohortFiscalYear'],
                            'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0} for r in a['rows']]},
            'examBreakdown': {'entries': [{'track': se.track(en['track']), 'level': se.level(en['exam']), 'category': b['category'],
                                           'count': b['count']} for en in e['entries'] for b in en['breakdown']]},
            'contacts': [{'office': c['office'], 'emails': c['email'],
                          'phones': [{'number': ''.join(ch for ch in unicodedata.normalize('NFKC', t) if ch.isdigit())} for t in c['tel']]}
                         for c in f['contacts']],
            'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]},
            'initiatives': [{'title': i['title']} for i in f['initiatives']],
            'supportSystems': [{'name': s['name']} for s in f['supportSystems']],
        }}
    res = se.checks(f, standin, drawn)
    bad = [n for n, ok in res if not ok]
    if bad: raise Refused(f'stand-in misses {bad}')
    if sum(1 for n, _ in res if n.startswith('initiative')) != len(f['initiatives']): raise Refused('initiative unreachable')
    if sum(1 for n, _ in res if n.startswith('support')) != len(f['supportSystems']): raise Refused('support unreachable')
    if sum(1 for n, _ in res if n.startswith('route')) != len(f['access']['routes']): raise Refused('route without station')
    if any(ok for _, ok in se.checks(f, {}, drawn)): raise Refused('empty doc scores')
    return res


def hrow(fy, label, labelText, planned, a, at, t, tt, aw=None, tw=None, tot_text=None, **extra):
    """a/t: counts; at/tt: printed texts; aw/tw: women."""
    tot = a + t
    r = {'fiscalYear': fy, 'label': label, 'labelText': labelText, 'planned': planned,
         'total': {'count': tot, 'women': None if planned else aw + tw, 'text': tot_text if tot_text is not None else str(tot)},
         'admin': {'count': a, 'women': None if planned else aw, 'text': at},
         'tech': {'count': t, 'women': None if planned else tw, 'text': tt}}
    r.update(extra)
    return r


# ================================================================ 岐阜県
GREEN = HexColor('#1f7a4d'); PALEG = HexColor('#e6f2ea'); GREY = HexColor('#666666')


def gifu():
    d = Doc('gifu-2026', 32001)
    rng = random.Random(3201)
    A = [(2021, '令和3年度', 58, 27, 30, 8), (2022, '令和4年度', 61, 30, 26, 9), (2023, '令和5年度', 56, 26, 33, 11),
         (2024, '令和6年度', 63, 33, 29, 10), (2025, '令和7年度', 60, 31, 31, 12)]
    rows = [hrow(fy, lab, lab, False, a, str(a), t, str(t), aw, tw, womenText=None) for fy, lab, a, aw, t, tw in A]
    for r in rows:
        for k in ('total', 'admin', 'tech'): r[k]['womenText'] = str(r[k]['women'])
    rows.append(hrow(2026, '令和8年度', '令和8年度', True, 52, '52名', 28, '28名', tot_text='80名'))
    units = [('総務部', 6, None), ('清流の国推進部', 5, None), ('健康福祉部', 9, 2), ('商工労働部', 5, None), ('農政部', 4, 6),
             ('林政部', 2, 5), ('県土整備部', 6, 13), ('都市建築部', 2, 4), ('環境生活部', 4, 1), ('教育委員会事務局', 8, None),
             ('警察本部', 5, None), ('県事務所（各圏域）', 4, None)]
    exams = [('事務系', '大学卒業程度', [('行政', 44), ('警察事務', 5), ('学校事務', 3)]),
             ('技術系', '大学卒業程度', [('土木', 14), ('建築', 4), ('電気', 3), ('農学', 4), ('林学', 3)])]
    # ---------------- page 1
    p = d.page()
    p.rect(0, 0, W, 74, fill=GREEN)
    p.T(40, 46, '岐阜県', 'M', 26, white, exp=False)
    p.T(40 + sw('岐阜県', 'M', 26) + 8, 46, '職員採用案内', 'G', 14, white, exp=False)
    p.E('岐阜県 職員採用案内')
    p.T(555, 46, '令和8年2月発行', 'G', 9, white, align='r')
    p.T(40, 64, 'GIFU PREFECTURE  RECRUITMENT GUIDE', 'G', 7, HexColor('#cfe8da'))
    y = p.para(40, 96, 515, '清流の国ぎふで、県民の暮らしを支える仕事に挑戦しませんか。岐阜県では、行政と技術の両面から地域の未来をつくる職員を募集しています。', 'M', 9.5)

    def head(pg, x, y, num, title, width):
        pg.T(x, y, num, 'Helvetica-Bold', 20, GREEN, exp=False)
        pg.T(x + 30, y - 2, title, 'G', 12.5, black, exp=False)
        pg.E(num + ' ' + title)
        pg.line(x, y + 5, x + width, y + 5, GREEN, 1.2)
        return y + 20

    y = head(p, 40, y + 16, '01', '採用実績', 375)
    p.T(40, y, '大学卒業程度試験の選考結果と採用者数（人）', 'G', 8.5)
    y += 6
    hdr = ['年度', '区分', '申込\n者数', '1次合格\n者数', '最終合格\n者数', '倍率', '採用\n者数', 'うち\n女性']
    trs = [hdr]
    for r in rows[:-1]:
        trip = []
        for k, lab in (('admin', '事務系'), ('tech', '技術系')):
            n = r[k]['count']
            fin = n + max(2, round(n * 0.12))
            app = round(fin * (2.6 + rng.random() * 2.4))
            first = round(fin * 1.9)
            trip.append([lab, app, first, fin, r[k]['text'], r[k]['womenText']])
        tot = ['計'] + [trip[0][i] + trip[1][i] for i in (1, 2, 3)] + [r['total']['text'], r['total']['womenText']]
        for i, t in enumerate(trip + [tot]):
            ratio = f'{t[1] / t[3]:.1f}倍'
            cells = [{'t': r['label'], 'rs': 3, 'align': 'c'} if i == 0 else None, {'t': t[0], 'align': 'c'},
                     f'{t[1]:,}', str(t[2]), str(t[3]), {'t': ratio, 'color': GREY}, t[4], t[5]]
            if i == 2:
                cells = [c if c is None else (dict(c, fill=PALEG) if isinstance(c, dict) else {'t': c, 'fill': PALEG}) for c in cells]
                cells[1]['align'] = 'c'; cells[0] = None
            trs.append(cells)
    y = table(p, 40, y, [52, 32, 44, 46, 48, 40, 40, 40], trs, size=8, lh=10.5, pad=2.6, head_fill=PALEG) + y
    y = p.para(40, y + 16, 375, '令和8年度は、事務系52名、技術系28名、計80名の採用を予定しています。', 'G', 9.5, color=GREEN)
    y = p.para(40, y, 375, '※申込者数・合格者数は大学卒業程度試験の数値です。倍率は申込者数÷最終合格者数。', 'M', 7.5)
    hiring_note = ['※申込者数・合格者数は大学卒業程度試験の数値です。倍率は申込者数÷最終合格者数。']
    yb = y
    # right sidebar: decoy schedule
    sx, sy = 430, 138
    p.rect(sx, sy, 125, 250, fill=PALEG, r=6)
    p.T(sx + 10, sy + 20, '先輩の1日', 'G', 11, GREEN)
    p.T(sx + 10, sy + 36, '県土整備部 道路建設課', 'M', 7.5)
    p.T(sx + 10, sy + 47, '（2022年入庁・土木）', 'M', 7.5)
    sched = [('8:30', '登庁・メール確認'), ('9:00', '係内ミーティング'), ('10:30', '工事現場の立会い'), ('12:00', '昼休み'),
             ('13:00', '市町村と設計協議'), ('15:30', '積算・書類作成'), ('17:15', '退庁')]
    yy = sy + 70
    for t, a in sched:
        p.circle(sx + 12, yy - 3, 2.2, fill=GREEN)
        p.T(sx + 18, yy, t, 'G', 8, GREEN, exp=False)
        p.T(sx + 46, yy, a, 'M', 8, exp=False)
        p.E(t + '\t' + a)
        yy += 22
    p.para(sx + 10, yy + 4, 105, '残業は月10時間程度。週1回は定時退庁日です。', 'M', 7.5)
    # assignments and exams
    y = max(yb, sy + 250) + 14
    y2 = head(p, 40, y + 10, '02', '配属先', 250)
    p.T(40, y2, '令和7年度採用者の主な配属先（人）', 'G', 8.5)
    ar = [['配属先', '事務系', '技術系']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in units]
    table(p, 40, y2 + 6, [130, 60, 60], ar, size=8, lh=10, pad=2.5, stripe=HexColor('#f3f3f3'))
    y3 = head(p, 310, y + 10, '03', '試験区分', 245)
    p.T(310, y3, '令和8年度 岐阜県職員採用試験', 'G', 8.5)
    er = [['系統', '試験', '職種', '採用予定数']]
    for tr, ex, cats in exams:
        for i, (c, n) in enumerate(cats):
            er.append([{'t': tr, 'rs': len(cats), 'align': 'c'} if i == 0 else None,
                       {'t': ex, 'rs': len(cats), 'align': 'c'} if i == 0 else None, c, f'{n}名'])
    table(p, 310, y3 + 6, [44, 70, 66, 65], er, size=8, lh=10, pad=2.5)
    p.T(W / 2, 826, '1', 'Helvetica', 8, GREY, furn=True)
    # ---------------- page 2
    p = d.page()
    p.line(40, 30, 555, 30, GREEN, 2)
    initiatives = [('テレワーク', '在宅勤務やサテライトオフィスでの勤務ができます。'),
                   ('フレックスタイム制', '7時から22時の間で勤務時間を柔軟に設定できます。'),
                   ('男性の育児参加', '男性職員の育児休業取得率は約8割です。')]
    y = head(p, 40, 58, '04', '働き方改革', 515)
    for t, x in initiatives:
        p.T(40, y + 2, '◆ ' + t, 'G', 9.5, GREEN); y = p.para(52, y + 16, 500, x, 'M', 9) + 2
    supports = [('育児休業', '子が3歳に達するまで', '男女を問わず取得でき、分割取得も可能です。'),
                ('部分休業', '1日2時間以内', '子が小学校に就学するまで利用できます。'),
                ('介護休暇', '通算6か月', '要介護の家族1人につき3回まで分割できます。'),
                ('子の看護休暇', '年5日', '子が2人以上の場合は年10日です。')]
    y = head(p, 40, y + 14, '05', '子育て・介護の支援', 515)
    for n, du, t in supports:
        p.T(40, y + 2, '◎' + n, 'G', 9.5, exp=False)
        p.T(170, y + 2, du, 'G', 9.5, GREEN, exp=False)
        p.E('◎' + n + '\t' + du)
        y = p.para(52, y + 16, 500, t, 'M', 9) + 2
    training = ['採用後2年間を育成期間とし、新規採用職員研修と職場でのOJTで基礎を身に付けます。',
                '3年目以降は階層別研修のほか、国や民間企業への派遣研修、大学院への就学支援制度があります。']
    y = head(p, 40, y + 14, '06', '研修制度', 515)
    for t in training: y = p.para(40, y + 2, 515, t, 'M', 9)
    contacts = [('事務系の試験について', '人事委員会事務局 任用課', '058-272-8951', '０５８（２７２）８９５１', 'ninyo-jimu@pref.gifu.lg.jp'),
                ('技術系の試験について', '県土整備部 技術検査課', '058-272-8634', '０５８（２７２）８６３４', 'gijutsu-saiyo@pref.gifu.lg.jp')]
    y = head(p, 40, y + 16, '07', 'お問い合わせ', 515)
    for i, (sub, off, tel, telt, mail) in enumerate(contacts):
        bx = 40 + i * 262
        p.rect(bx, y - 4, 253, 82, stroke=GREEN, lw=1, r=4)
        p.rect(bx, y - 4, 253, 18, fill=GREEN, r=4)
    # rows of the two boxes are read box by box (left box, then right box)
    for i, (sub, off, tel, telt, mail) in enumerate(contacts):
        bx = 40 + i * 262
        p.T(bx + 8, y + 9, sub, 'G', 9, white)
        for k, (lab, val) in enumerate((('担当', off), ('電話', telt), ('メール', mail), ('受付', '平日 8:30〜17:15'))):
            yy = y + 30 + k * 14
            p.T(bx + 8, yy, lab, 'G', 8.5, GREEN, exp=False)
            p.T(bx + 48, yy, val, 'M', 8.5, exp=False)
            p.E(lab + '\t' + val)
    y += 96
    y = head(p, 40, y + 6, '08', 'アクセス', 515)
    addr = '〒500-8570 岐阜県岐阜市薮田南2-1-1 岐阜県庁'
    p.T(40, y + 2, addr, 'G', 9.5)
    routes = ['JR東海道本線『西岐阜』駅から徒歩約15分', 'JR『岐阜』駅から岐阜バス「県庁」行きで約20分', '名鉄『名鉄岐阜』駅から岐阜バスで約25分']
    for k, r in enumerate(routes):
        p.T(40, y + 20 + k * 15, '■ ' + r.replace('『', '').replace('』', ''), 'M', 9)
    p.T(W / 2, 826, '2', 'Helvetica', 8, GREY, furn=True)

    facts = {
        'fixture': 'gifu-2026', 'organization': '岐阜県', 'document': '職員採用案内',
        'edition': {'year': 2026, 'asOf': '2026-02', 'asOfText': '令和8年2月発行'},
        'hiring': {'intro': ['大学卒業程度試験の選考結果と採用者数（人）'], 'note': hiring_note,
                   'plannedSentence': '令和8年度は、事務系52名、技術系28名、計80名の採用を予定しています。',
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'selection-results table (年度 spanning 事務系/技術系/計 rows) with decoy columns 申込者数 | 1次合格者数 | 最終合格者数 | 倍率 beside 採用者数 | うち女性; the planned year ONLY in a sentence under the table',
                   'rows': rows},
        'exams': {'title': '令和8年度 岐阜県職員採用試験', 'fiscalYear': 2026, 'textSynthesised': False,
                  'entries': [{'track': tr, 'exam': ex, 'text': '', 'breakdown': [{'category': c, 'count': n} for c, n in cats],
                               'total': sum(n for _, n in cats)} for tr, ex, cats in exams]},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の主な配属先（人）', 'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units]},
        'contacts': [{'track': s, 'office': o, 'location': '', 'tel': [t], 'telText': [tt], 'email': [m], 'emailText': [m]}
                     for s, o, t, tt, m in contacts],
        'access': {'address': addr, 'routes': routes},
        'lead': {'title': '', 'text': ['清流の国ぎふで、県民の暮らしを支える仕事に挑戦しませんか。岐阜県では、行政と技術の両面から地域の未来をつくる職員を募集しています。']},
        'initiativesIntro': '', 'initiatives': [{'title': t, 'text': x} for t, x in initiatives],
        'supportTitle': '子育て・介護の支援',
        'supportSystems': [{'name': n, 'duration': du, 'text': t} for n, du, t in supports],
        'training': {'title': '研修制度', 'paragraphs': training},
        'keyFigures': [], 'pages': 2}
    return d, facts


# ================================================================ driver
BUILDERS = {}


def finish(d, facts):
    check_layout(d)
    pdf = d.render()
    check_pdftotext(d, pdf)
    expected = '\n\f\n'.join('\n'.join(p.exp) for p in d.pages) + '\n'
    res = check_facts(facts, expected)
    return pdf, expected, facts, res


# ================================================================ 内閣法制局
NAVY = HexColor('#1b2a5a'); GOLD = HexColor('#b08d2a'); PALEB = HexColor('#e8ecf6')


def hoseikyoku():
    d = Doc('hoseikyoku-2026', 32002)
    A = [(2021, '令和3年度', 5, 2, 1, 0), (2022, '令和4年度', 6, 3, 1, 1), (2023, '令和5年度', 4, 2, 2, 1),
         (2024, '令和6年度', 6, 3, 1, 0), (2025, '令和7年度', 5, 2, 2, 1)]
    rows = []
    for fy, lab, a, aw, t, tw in A:
        r = hrow(fy, lab, lab, False, a, str(a), t, str(t), aw, tw)
        for k in ('total', 'admin', 'tech'): r[k]['womenText'] = str(r[k]['women'])
        rows.append(r)
    rows.append(hrow(2026, '令和8年度', '令和8年度（予定）', True, 6, '6', 2, '2'))
    units = [('長官総務室', 1, 1), ('第一部', 1, None), ('第二部', 1, None), ('第三部', 1, None), ('第四部', 1, None), ('情報化推進室', None, 1)]
    exams = [('事務系', '総合職試験（大卒程度）', [('法律', 3), ('政治・国際', 1)]),
             ('事務系', '一般職試験（大卒程度）', [('行政', 2)]),
             ('技術系（情報）', '総合職試験（院卒者）', [('デジタル', 1)]),
             ('技術系（情報）', '一般職試験（大卒程度）', [('デジタル・電気・電子', 1)])]
    footers = ['ようこそ内閣法制局へ', '採用実績', '試験・お問い合わせ']

    def furniture(pg, i):
        pg.line(40, 808, 555, 808, NAVY, 0.5)
        pg.T(555, 822, f'{i} / 3　{footers[i - 1]}', 'G', 7.5, GREY, furn=True, align='r')
        pg.T(40, 822, 'CABINET LEGISLATION BUREAU', 'G', 7.5, GREY, furn=True)

    def head(pg, x, y, title, sub=None):
        pg.rect(x, y - 12, 4, 15, fill=GOLD)
        pg.T(x + 10, y, title, 'G', 12.5, NAVY)
        return y + 20

    # ---------------- page 1
    p = d.page()
    p.T(40, 58, '内閣法制局', 'M', 28, NAVY, exp=False)
    p.T(40 + sw('内閣法制局', 'M', 28) + 10, 58, '採用パンフレット', 'G', 13, NAVY, exp=False)
    p.E('内閣法制局 採用パンフレット')
    p.T(555, 58, '2026年3月', 'G', 9, NAVY, align='r')
    p.line(40, 70, 555, 70, NAVY, 2); p.line(40, 74, 555, 74, GOLD, 0.8)
    lead = '内閣法制局は、閣議に付される法律案・政令案・条約案を審査し、法律問題に関して内閣や各大臣に意見を述べる機関です。少人数の組織で、若手のうちから法令審査の第一線に携わります。'
    y = p.para(40, 98, 515, lead, 'M', 9.5)
    y = head(p, 40, y + 18, '働きやすい職場づくり')
    initiatives = [('テレワーク', '業務の状況に応じて週3日まで在宅勤務ができます。'),
                   ('フレックスタイム', '始業・終業の時刻を申告により柔軟に設定できます。'),
                   ('超過勤務の縮減', '国会対応の業務を見直し、定時退庁を推進しています。'),
                   ('休暇の取得促進', '年次休暇は平均で年15日以上取得されています。'),
                   ('メンター制度', '入局時に年次の近い先輩職員が相談役に付きます。'),
                   ('ペーパーレス化', '審査資料を電子化し、どこからでも閲覧できます。')]
    cw, ch, gap = 165, 86, 10
    for i, (t, x) in enumerate(initiatives):
        cx, cy = 40 + (i % 3) * (cw + gap), y + (i // 3) * (ch + gap)
        p.rect(cx, cy, cw, ch, fill=PALEB, r=6)
        p.circle(cx + 20, cy + 20, 11, fill=NAVY)
        # a simple pictogram: a white bar and dot
        p.rect(cx + 14, cy + 19, 12, 3, fill=white); p.circle(cx + 20, cy + 14, 2.5, fill=white)
        p.T(cx + 38, cy + 24, t, 'G', 10, NAVY)
        ls = wrap(x, 'M', 8.5, cw - 20)
        if len(ls) != 2: raise Refused(f'card text not two lines: {x}')
        for k, ln in enumerate(ls): p.T(cx + 10, cy + 52 + k * 14, ln, 'M', 8.5)
    y += 2 * (ch + gap) + 14
    y = head(p, 40, y + 6, '研修・キャリア形成')
    training_intro = '入局後は法令審査の基礎から段階的に経験を積み、10年目には審査の中核を担います。'
    y = p.para(40, y + 2, 515, training_intro, 'M', 9)
    stages = [('1年目', '新規採用者研修と各部での審査補助で、法令用語と立案の基本を学びます。'),
              ('3年目', '参事官補佐として政令案の審査を担当し、各府省と直接協議します。'),
              ('5年目', '在外公館や他府省への出向で、法制以外の行政実務を経験します。'),
              ('10年目', '参事官として法律案の審査を主導し、後進の指導も担います。')]
    ay = y + 30
    p.poly([(40, ay - 6), (535, ay - 6), (535, ay - 12), (555, ay), (535, ay + 12), (535, ay + 6), (40, ay + 6)], NAVY)
    sx = [70, 195, 320, 445]
    for (lab, txt), x in zip(stages, sx):
        p.circle(x + 8, ay, 5, fill=GOLD)
        p.T(x + 8, ay - 14, lab, 'G', 10, NAVY, align='c')
        ls = wrap(txt, 'M', 8.5, 108)
        for k, ln in enumerate(ls): p.T(x - 10, ay + 24 + k * 13, ln, 'M', 8.5)
        if len(ls) > 4: raise Refused('stage text too long')
    furniture(p, 1)
    # ---------------- page 2: hiring table turned 90 degrees (reads bottom-to-top)
    p = d.page()
    head(p, 40, 52, '採用実績')
    intro2 = '毎年、事務系・技術系あわせて数名を採用しています。右の表は横向きに組んでいます（ページを右に回してご覧ください）。'
    p.para(40, 76, 250, intro2, 'M', 9)
    X0, Y0 = 78, 792
    p.T(X0 - 12, Y0, '採用者数の推移（単位：人）', 'G', 9.5, NAVY, rot=90)
    hdr = ['年度', '事務系\n採用者数', '事務系\nうち女性', '技術系（情報）\n採用者数', '技術系（情報）\nうち女性', '合計\n採用者数', '合計\nうち女性']
    tr = [hdr]
    for r in rows:
        lab = r['label'] + ('\n（予定）' if r['planned'] else '')
        cells = [{'t': lab, 'align': 'c'}]
        for k in ('admin', 'tech', 'total'):
            cells += [{'t': r[k]['text'], 'align': 'c'}, {'t': '－' if r['planned'] else r[k]['womenText'], 'align': 'c'}]
        if r['planned']: cells = [dict(c, fill=HexColor('#fbf1d6')) for c in cells]
        tr.append(cells)
    bottom = table(p, X0, Y0, [86, 72, 72, 92, 92, 66, 66], tr, size=9, lh=12, pad=4, rot=True, head_fill=PALEB)
    note = '※令和8年度は採用予定数。うち女性は内数です。'
    p.T(X0 + bottom + 16, Y0, note, 'M', 8, rot=90)
    # right column, horizontal
    rx = 330
    head(p, rx, 300, '配属先')
    p.T(rx, 322, '令和7年度採用者の配属先（人）', 'G', 8.5)
    ar = [['配属先', '事務系', '技術系（情報）']] + [[u, str(a) if a else '', str(t) if t else ''] for u, a, t in units]
    yb = table(p, rx, 330, [95, 55, 75], ar, size=8.5, lh=11, pad=3.5) + 330
    p.para(rx, yb + 18, 225, '各部では参事官の下で審査事務を分担します。情報化推進室は局内システムの企画・運用を担います。', 'M', 8.5)
    furniture(p, 2)
    # ---------------- page 3
    p = d.page()
    y = head(p, 40, 52, '令和8年度の採用予定')
    p.T(40, y, '令和8年度 採用予定（試験の種類別）', 'G', 8.5)
    er = [['系統', '試験の種類', '区分', '採用予定数']]
    grp = {}
    for tr_, ex, cats in exams: grp.setdefault(tr_, []).append((ex, cats))
    for tr_, lst in grp.items():
        n = sum(len(c) for _, c in lst); first = True
        for ex, cats in lst:
            for i, (c, k) in enumerate(cats):
                er.append([{'t': tr_, 'rs': n, 'align': 'c'} if first else None,
                           {'t': ex, 'rs': len(cats), 'align': 'l'} if i == 0 else None, c, f'{k}名'])
                first = False
    y = table(p, 40, y + 6, [90, 150, 150, 80], er, size=8.5, lh=11, pad=3.5) + y + 6
    y = head(p, 40, y + 30, '仕事と家庭の両立支援')
    supports = [('育児休業', '子が3歳になるまで', '男性職員の取得者も増えています。'),
                ('育児短時間勤務', '子が小学校に就学するまで', '週19時間25分から選べます。'),
                ('介護休暇', '通算6月', '3回まで分割して取得できます。')]
    for n, du, t in supports:
        p.T(40, y + 2, '・' + n + '（' + du + '）', 'G', 9.5)
        p.T(52, y + 17, t, 'M', 9)
        y += 34
    y = head(p, 40, y + 10, 'お問い合わせ')
    contacts = [('事務系', '長官総務室 総務課 人事係', '03-3581-7271', 'clb-jinji@clb.go.jp'),
                ('技術系（情報）', '長官総務室 情報化推進室', '03-3581-7285', 'clb-joho@clb.go.jp')]
    for s, o, t, m in contacts:
        p.T(40, y + 2, '【' + s + '】' + o, 'G', 9.5)
        p.T(52, y + 17, 'TEL ' + t, 'M', 9)
        p.T(52, y + 31, 'E-mail ' + m.replace('@', '★'), 'M', 9)
        y += 46
    p.T(40, y + 2, '（★を@に置き換えてください）', 'M', 8, GREY)
    y = head(p, 40, y + 30, 'アクセス')
    addr = '〒100-0013 東京都千代田区霞が関3-1-1 中央合同庁舎第4号館'
    p.T(40, y + 2, addr, 'G', 9.5)
    routes = ['東京メトロ丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A13出口から徒歩約3分',
              '東京メトロ銀座線『虎ノ門』駅 1番出口から徒歩約6分',
              '東京メトロ丸ノ内線・千代田線『国会議事堂前』駅 3番出口から徒歩約8分']
    for k, r in enumerate(routes):
        p.T(40, y + 20 + k * 15, '● ' + r.replace('『', '').replace('』', ''), 'M', 9)
    furniture(p, 3)

    facts = {
        'fixture': 'hoseikyoku-2026', 'organization': '内閣法制局', 'document': '採用パンフレット',
        'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '2026年3月'},
        'hiring': {'intro': ['採用者数の推移（単位：人）'], 'note': [note], 'tracks': {'admin': '事務系', 'tech': '技術系（情報）'},
                   'textSynthesised': False,
                   'layout': 'years-down table with 事務系/技術系（情報）/合計 × 採用者数/うち女性 columns, the whole table turned 90 degrees on a portrait page (text reads bottom-to-top; header row at the page left)',
                   'rows': rows},
        'exams': {'title': '令和8年度 採用予定（試験の種類別）', 'fiscalYear': 2026, 'textSynthesised': False,
                  'entries': [{'track': tr_, 'exam': ex, 'text': '', 'breakdown': [{'category': c, 'count': n} for c, n in cats],
                               'total': sum(n for _, n in cats)} for tr_, ex, cats in exams]},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（人）', 'tracks': {'admin': '事務系', 'tech': '技術系（情報）'},
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units]},
        'contacts': [{'track': s, 'office': o, 'location': '', 'tel': [t], 'telText': [t], 'email': [m],
                      'emailText': [m.replace('@', '★')]} for s, o, t, m in contacts],
        'access': {'address': addr, 'routes': routes},
        'lead': {'title': '', 'text': [lead]},
        'initiativesIntro': '', 'initiatives': [{'title': t, 'text': x} for t, x in initiatives],
        'supportTitle': '仕事と家庭の両立支援',
        'supportSystems': [{'name': n, 'duration': du, 'text': t} for n, du, t in supports],
        'training': {'title': '研修・キャリア形成', 'paragraphs': [training_intro],
                     'stages': [{'label': l, 'text': t} for l, t in stages]},
        'keyFigures': [], 'pages': 3}
    return d, facts


# ================================================================ 農研機構
NGREEN = HexColor('#2e7d32'); NBLUE = HexColor('#1f5fa8'); NPALE = HexColor('#eef5ec')


def naro():
    d = Doc('naro-2026', 32003)
    A = [(2021, 20, 9, 7, 2), (2022, 17, 8, 9, 3), (2023, 21, 11, 8, 2), (2024, 19, 10, 10, 4), (2025, 23, 12, 9, 3)]
    rows = []
    for fy, a, aw, t, tw in A:
        r = hrow(fy, f'{fy}年度', f'{fy}年度', False, a, str(a), t, str(t), aw, tw, tot_text=f'計{a + t}人')
        r['total']['womenText'] = f'うち女性{aw + tw}人'
        r['admin']['womenText'] = f'事務職{aw}'
        r['tech']['womenText'] = f'技術専門職{tw}'
        rows.append(r)
    rows.append(hrow(2026, '2026年度', '2026年度（予定）', True, 22, '22', 9, '9', tot_text='計31人'))
    units = [('本部 総務部', 5, None), ('本部 財務部', 4, None), ('作物研究部門', 2, 1), ('果樹茶業研究部門', 2, 2),
             ('畜産研究部門', 2, 2), ('農村工学研究部門', 1, 1), ('北海道農業研究センター', 3, 1),
             ('九州沖縄農業研究センター', 2, 1), ('食品研究部門', 2, 1)]
    exams = [('事務職', '大学卒業程度', [('一般事務', 18), ('研究支援', 4)]),
             ('技術専門職', '大学卒業程度', [('農場管理', 6), ('機械・施設', 3)])]
    # ---------------- page 1
    p = d.page()
    p.rect(0, 0, W, 8, fill=NGREEN)
    p.T(40, 34, '国立研究開発法人', 'G', 9, NGREEN)
    p.T(40, 60, '農業・食品産業技術総合研究機構', 'M', 21, black)
    p.T(555, 60, 'NARO', 'Helvetica-Bold', 26, NGREEN, align='r')
    p.T(40, 80, '職員（事務職・技術専門職）採用案内', 'G', 11, NGREEN, exp=False)
    p.T(555, 80, '2026年1月作成', 'G', 8.5, GREY, align='r', exp=False)
    p.E('職員（事務職・技術専門職）採用案内'); p.E('2026年1月作成')
    p.line(40, 90, 555, 90, NGREEN, 1.5)
    lead = '農研機構は、農業と食品産業の研究開発を担う日本最大の研究機関です。事務職・技術専門職として、全国の研究拠点で研究を支える仲間を募集します。'
    y = p.para(40, 110, 515, lead, 'M', 9.5)

    def head(pg, x, y, title, width):
        pg.rect(x, y - 13, width, 18, fill=NPALE)
        pg.rect(x, y - 13, 5, 18, fill=NGREEN)
        pg.T(x + 12, y, title, 'G', 11.5, NGREEN)
        return y + 18

    top = y + 20
    y = head(p, 40, top, '採用実績', 290)
    p.T(40, y, '採用者数の推移（人）', 'G', 8.5, exp=False)
    p.rect(180, y - 7, 8, 8, fill=NBLUE); p.T(191, y, '事務職', 'G', 8, exp=False)
    p.rect(230, y - 7, 8, 8, fill=NGREEN); p.T(241, y, '技術専門職', 'G', 8, exp=False)
    p.E('採用者数の推移（人）\t事務職\t技術専門職')
    y += 16
    scale = 9.0
    for r in rows:
        pl = r['planned']
        p.T(40, y, r['labelText'], 'G', 8.5, HexColor('#c0392b') if pl else black)
        y += 5
        for k, col in (('admin', NBLUE), ('tech', NGREEN)):
            n = r[k]['count']
            p.rect(52, y, n * scale, 9, fill=Color(col.red, col.green, col.blue, alpha=0.35) if pl else col)
            p.T(52 + n * scale + 4, y + 8, r[k]['text'], 'G', 8.5)
            y += 12
        if pl:
            line = r['total']['text']
        else:
            line = f"{r['total']['text']}　{r['total']['womenText']}（{r['admin']['womenText']}・{r['tech']['womenText']}）"
        p.T(52, y + 8, line, 'M', 8, GREY if not pl else black)
        y += 24
    note = '※2026年度は採用予定数です。'
    y = p.para(40, y, 290, note, 'M', 7.5)
    yl = y
    # right column: assignments
    rx = 345
    y = head(p, rx, top, '配属先', 210)
    p.T(rx, y, '2025年度採用者の配属先（人）', 'G', 8.5)
    ar = [['配属先', '事務職', '技術\n専門職']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in units]
    y = table(p, rx, y + 6, [116, 44, 50], ar, size=8, lh=10.5, pad=3, rule=HexColor('#9bbf9d'), head_fill=NPALE) + y + 6
    p.para(rx, y + 14, 210, '配属先は本人の希望と適性を踏まえて決定します。数年ごとに本部と研究拠点の間で異動があります。', 'M', 8)
    y = max(yl, y + 40) + 22
    y = head(p, 40, y, '令和8年度 採用予定', 515)
    er = [['職種', '試験', '区分', '採用予定数', '主な勤務地']]
    for tr_, ex, cats in exams:
        for i, (c, n) in enumerate(cats):
            er.append([{'t': tr_, 'rs': len(cats), 'align': 'c'} if i == 0 else None,
                       {'t': ex, 'rs': len(cats), 'align': 'c'} if i == 0 else None, c, f'{n}名',
                       {'t': 'つくば市・全国の研究拠点' if tr_ == '事務職' else 'つくば市ほか圃場のある拠点', 'align': 'l'}])
    table(p, 40, y + 2, [90, 100, 100, 70, 155], er, size=8.5, lh=11, pad=3.5, rule=HexColor('#9bbf9d'), head_fill=NPALE)
    p.T(555, 826, 'NARO RECRUITMENT 2026  1', 'Helvetica', 7, GREY, furn=True, align='r')
    # ---------------- page 2: two columns with a very narrow gap (9 pt)
    p = d.page()
    p.rect(0, 0, W, 8, fill=NGREEN)
    L, R, CW = 40, 302, 253
    y = head(p, L, 40, '働き方', CW)
    initiatives = [('スーパーフレックス', 'コアタイムなしで、5時から22時の間に勤務時間を設定できます。'),
                   ('テレワーク', '事務職は月10日まで在宅勤務ができます。研究拠点でのサテライト勤務も可能です。'),
                   ('研究者との協働', '研究プロジェクトの運営に事務職・技術専門職もチームの一員として参加します。')]
    for t, x in initiatives:
        p.T(L, y + 4, '▶' + t, 'G', 9.5, NGREEN)
        y = p.para(L, y + 19, CW, x, 'M', 9) + 2
    y = head(p, L, y + 12, '研修', CW)
    training = ['入構時に2週間の新人研修を行い、つくば本部と研究拠点の両方で実習します。',
                '2年目以降は会計・契約・知的財産の専門研修、技術専門職には大型特殊免許や農業機械の資格取得支援があります。']
    for t in training: y = p.para(L, y + 4, CW, t, 'M', 9)
    yl = y
    y = head(p, R, 40, '仕事と生活の両立支援', CW)
    supports = [('育児休業', '最長3年', '3年', '子が3歳になるまで\n取得できます。'),
                ('育児参加休暇', '1日〜5日', '5日', '配偶者の出産前後に\n取得できます。'),
                ('介護休暇', '最長6か月', '6か月', '3回まで分割して\n取得できます。'),
                ('子の看護休暇', '年5日〜10日', '10日', '子が2人以上なら\n年10日です。')]
    sr = [['制度', '期間', '内容']] + [[n, {'t': dt, 'align': 'c', 'color': NGREEN}, {'t': t, 'align': 'l'}] for n, dt, _, t in supports]
    y = table(p, R, y + 2, [72, 64, 117], sr, size=8.5, lh=11, pad=3, rule=HexColor('#9bbf9d'), head_fill=NPALE) + y + 2
    y = head(p, R, y + 22, 'お問い合わせ', CW)
    contacts = [('事務職について', '本部 人事部 人事課', '029-838-8988', '029(838)8988', 'saiyo-jimu@naro.go.jp'),
                ('技術専門職について', '本部 技術支援部 技術管理課', '029-838-8172', '029(838)8172', 'gisen-saiyo@naro.go.jp')]
    for s, o, t, tt, m in contacts:
        p.T(R, y + 4, '■' + s, 'G', 9, NGREEN)
        p.T(R + 10, y + 18, o, 'M', 9)
        p.T(R + 10, y + 32, 'TEL ' + tt, 'M', 9)
        p.T(R + 10, y + 46, 'E-mail ' + m, 'M', 9)
        y += 58
    y = max(y, yl) + 24
    y = head(p, L, y, 'アクセス（本部）', 515)
    addr = '〒305-8517 茨城県つくば市観音台3-1-1'
    p.T(L, y + 4, addr, 'G', 9.5)
    routes = [('つくばエクスプレス', HexColor('#d0481f'), 'つくばエクスプレス『つくば』駅から関東鉄道バスで約20分、「農林団地中央」下車'),
              ('JR常磐線', HexColor('#1e8c5a'), 'JR常磐線『ひたち野うしく』駅から関東鉄道バスで約25分'),
              ('JR常磐線', HexColor('#1e8c5a'), 'JR常磐線『牛久』駅から関東鉄道バスで約30分')]
    for k, (badge, col, r) in enumerate(routes):
        yy = y + 24 + k * 20
        bw = sw(badge, 'G', 8) + 10
        p.rect(L, yy - 10, bw, 14, fill=col, r=4)
        p.T(L + 5, yy, badge, 'G', 8, white, exp=False)
        rest = r.replace('『', '').replace('』', '')[len(badge):]
        p.T(L + bw + 6, yy, rest, 'M', 9, exp=False)
        p.E(badge + ' ' + rest)
    p.T(555, 826, 'NARO RECRUITMENT 2026  2', 'Helvetica', 7, GREY, furn=True, align='r')

    facts = {
        'fixture': 'naro-2026', 'organization': '農業・食品産業技術総合研究機構', 'document': '職員（事務職・技術専門職）採用案内',
        'edition': {'year': 2026, 'asOf': '2026-01', 'asOfText': '2026年1月作成'},
        'hiring': {'intro': ['採用者数の推移（人）'], 'note': [note], 'tracks': {'admin': '事務職', 'tech': '技術専門職'},
                   'textSynthesised': False,
                   'layout': 'horizontal bars grouped per year (year label over an 事務職 bar and a 技術専門職 bar, each value at its bar end); the total and the women only in a small line under each group',
                   'rows': rows},
        'exams': {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'entries': [{'track': tr_, 'exam': ex, 'text': '', 'breakdown': [{'category': c, 'count': n} for c, n in cats],
                               'total': sum(n for _, n in cats)} for tr_, ex, cats in exams]},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '2025年度採用者の配属先（人）', 'tracks': {'admin': '事務職', 'tech': '技術専門職'},
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units]},
        'contacts': [{'track': s, 'office': o, 'location': '', 'tel': [t], 'telText': [tt], 'email': [m], 'emailText': [m]}
                     for s, o, t, tt, m in contacts],
        'access': {'address': addr, 'routes': [r for _, _, r in routes]},
        'lead': {'title': '', 'text': [lead]},
        'initiativesIntro': '', 'initiatives': [{'title': t, 'text': x} for t, x in initiatives],
        'supportTitle': '仕事と生活の両立支援',
        'supportSystems': [{'name': n, 'duration': mx, 'durationText': dt, 'text': t.replace('\n', '')} for n, dt, mx, t in supports],
        'training': {'title': '研修', 'paragraphs': training},
        'keyFigures': [], 'pages': 2}
    return d, facts


# ================================================================ main
BUILDERS.update({'gifu': gifu, 'hoseikyoku': hoseikyoku, 'naro': naro})


def faults():
    def overlap(d, f):
        it = copy.deepcopy(d.pages[0].items[5]); it['x'] += 1; d.pages[0].items.append(it); d.pages[0].E(it['text'])
    def extra_exp(d, f): d.pages[0].exp.append('字')
    def hire(d, f): f['hiring']['rows'][0]['admin']['count'] += 1
    def women(d, f): f['hiring']['rows'][1]['tech']['women'] += 1
    def assign(d, f):
        r = f['assignments']['rows'][0]; r['admin'] = (r['admin'] or 0) + 1
    def exam(d, f): f['exams']['entries'][0]['breakdown'][0]['count'] += 1
    def exam_tot(d, f):
        e = f['exams']['entries'][0]; e['breakdown'][0]['count'] += 1; e['total'] += 1
    def email(d, f):
        c = f['contacts'][0]; c['email'] = ['nobody@example.go.jp']; c['emailText'] = ['nobody@example.go.jp']
    def emoji(d, f): d.pages[0].items[3]['text'] += '\U0001F600'; d.pages[0].exp.append('\U0001F600')
    def edge(d, f): d.pages[-1].items[0]['x'] = 4
    def planned_women(d, f): f['hiring']['rows'][-1]['admin']['women'] = 1
    def planned_first(d, f):
        r = f['hiring']['rows']; r.insert(0, r.pop())
    def collision(d, f):
        e = f['exams']['entries']; e.append(copy.deepcopy(e[0])); e[-1]['breakdown'] = e[-1]['breakdown'][:1]
        e[-1]['total'] = e[-1]['breakdown'][0]['count']
    return [overlap, extra_exp, hire, women, assign, exam, exam_tot, email, emoji, edge, planned_women, planned_first, collision]


def selftest():
    ok = tot = 0
    for name, b in BUILDERS.items():
        for fault in faults():
            d, f = b()
            fault(d, f)
            tot += 1
            try:
                finish(d, f)
                print(f'NOT REFUSED: {name} {fault.__name__}')
            except Refused as e:
                ok += 1
    try:
        wrap('あいうえおかきくけこ。', 'M', 10, 100.5)   # the period is pushed down with the last character
        for ln in wrap('あいうえおかきくけこ。', 'M', 10, 100.5): assert ln[0] not in NO_START
        ok += 1
    except Refused:
        pass
    tot += 1
    print(f'selftest: {ok}/{tot} faults refused / kinsoku cases handled')
    return ok == tot


def main(argv):
    if '--selftest' in argv:
        sys.exit(0 if selftest() else 1)
    names = [a for a in argv if not a.startswith('-')] or list(BUILDERS)
    for n in names:
        d, facts = BUILDERS[n]()
        pdf, expected, facts, res = finish(d, facts)
        os.makedirs(OUT, exist_ok=True)
        base = os.path.join(OUT, facts['fixture'])
        open(base + '.pdf', 'wb').write(pdf)
        open(base + '.expected.txt', 'w').write(expected)
        open(base + '.facts.json', 'w').write(json.dumps(facts, ensure_ascii=False, indent=2) + '\n')
        kinds = Counter(k.split(' ')[0] for k, _ in res)
        print(f'{facts["fixture"]}: {len(res)} fact checks, all met by the stand-in {dict(kinds)}; '
              f'text items per page {[len(p.items) for p in d.pages]}')


if __name__ == '__main__':
    main(sys.argv[1:])
