#!/usr/bin/env python3
"""Holdout set 48 (blind): three synthetic recruitment brochures.

  python3 Fixtures/generate_holdout48.py                 # all three (deterministic)
  python3 Fixtures/generate_holdout48.py isct            # one (katsushika, isct, taisyokukin)
  python3 Fixtures/generate_holdout48.py --selftest -v   # fault injection

Self-contained: a page model in PDF coordinates, its own text-object writer on top of reportlab's
canvas (fonts and subsets from reportlab, every operator written here), the checks and a
fault-injection self-test.  See holdout48/README.md.
"""
import copy, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout48')
sys.path.insert(0, os.path.join(HERE, '..', 'Scripts'))
import score_extract as SX  # noqa: E402

pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
W, H = 595.28, 841.89
MARGIN = 14
ERA = {2019: '令和元年度'}


class Refused(Exception):
    pass


def era_label(y):
    return ERA.get(y) or f'令和{y - 2018}年度'


def width(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


FW = str.maketrans('0123456789', '０１２３４５６７８９')


def fw(n):
    return str(n).translate(FW)


def pad2(n):
    """full-width digits right-aligned in two places with an ideographic space (Word-style)."""
    s = fw(n)
    return '\u3000' * (2 - len(s)) + s


# --------------------------------------------------------------------------------------------
# page model

class Page:
    def __init__(self, rotate=0):
        self.items = []      # text items
        self.gfx = []        # graphics operators (strings) in page coordinates
        self.lines = []      # expected lines, reading order
        self.rotate = rotate
        self.y = H - 48

    def text(self, x, y, s, font='M', size=9, style='plain', hidden=None, furniture=False, cells=None):
        it = dict(x=x, y=y, text=s, font=font, size=size, style=style, hidden=hidden,
                  furniture=furniture, cells=cells)
        self.items.append(it)
        return it

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        ops = []
        if fill: ops.append('%.3f %.3f %.3f rg' % fill)
        if stroke: ops.append('%.3f %.3f %.3f RG %.2f w' % (stroke + (lw,)))
        ops.append('%.2f %.2f %.2f %.2f re %s' % (x, y, w, h, 'B' if fill and stroke else ('f' if fill else 'S')))
        self.gfx.append('q ' + ' '.join(ops) + ' Q')

    def hline(self, x0, x1, y, lw=0.5, grey=0.3):
        self.gfx.append('q %.2f G %.2f w %.2f %.2f m %.2f %.2f l S Q' % (grey, lw, x0, y, x1, y))

    def vline(self, x, y0, y1, lw=0.5, grey=0.3):
        self.gfx.append('q %.2f G %.2f w %.2f %.2f m %.2f %.2f l S Q' % (grey, lw, x, y0, x, y1))


def item_box(it):
    if it['cells']:
        x0 = it['x'] + it['cells'][0][0]
        x1 = max(it['x'] + dx + width(t, it['font'], it['size']) for dx, t in it['cells'])
    else:
        x0 = it['x']
        x1 = it['x'] + width(it['text'], it['font'], it['size'])
    return x0, it['y'] - 0.12 * it['size'], x1, it['y'] + 0.88 * it['size']


def item_text(it):
    if it['cells']:
        return ''.join(t for _, t in it['cells'])
    return it['text']


# --------------------------------------------------------------------------------------------
# layout helpers (each returns nothing; they add items and expected lines)

LM, RM = 56, W - 56


def heading(pg, s, size=12.5):
    pg.y -= 10
    pg.rect(LM, pg.y - 3.5, 4, size + 3, fill=(0.15, 0.35, 0.6))
    pg.text(LM + 10, pg.y, s, 'G', size)
    pg.lines.append(s)
    pg.y -= size + 9


def para(pg, s, size=9, indent=0, font='M'):
    pg.text(LM + indent, pg.y, s, font, size)
    pg.lines.append(s)
    pg.y -= size + 5


def table(pg, rows, colw, size=8.5, font='M', header_font='G', tint_last=False, style='plain', rowh=None):
    """ruled table, one text item per cell (or one TJ item per row when style == 'tjrow')."""
    rowh = rowh or size + 8
    x0 = LM
    xs = [x0]
    for w_ in colw:
        xs.append(xs[-1] + w_)
    top = pg.y + size + 2
    n = len(rows)
    pg.rect(x0, top - rowh, xs[-1] - x0, rowh, fill=(0.88, 0.92, 0.97))
    if tint_last:
        pg.rect(x0, top - rowh * n, xs[-1] - x0, rowh, fill=(0.98, 0.95, 0.85))
    for i in range(n + 1):
        pg.hline(x0, xs[-1], top - rowh * i)
    for x in xs:
        pg.vline(x, top, top - rowh * n)
    for i, row in enumerate(rows):
        y = top - rowh * i - rowh + (rowh - size) / 2 + 0.15 * size
        f = header_font if i == 0 else font
        cells = []
        for j, c in enumerate(row):
            if c == '':
                continue
            cw = width(c, f, size)
            if cw > colw[j] - 6:
                raise Refused(f'cell overflows its column: {c!r} ({cw:.1f} > {colw[j] - 6})')
            # numbers right-aligned in their column, text left-aligned
            if j > 0 and re.fullmatch(r'[\d０-９\u3000（）()－名]+', c):
                cx = xs[j + 1] - 4 - cw
            else:
                cx = xs[j] + 4
            cells.append((cx, c))
        if style == 'tjrow':
            pg.text(0, y, None, f, size, style='tj', cells=cells)
        else:
            for cx, c in cells:
                pg.text(cx, y, c, f, size)
        pg.lines.append('\t'.join(row))
    pg.y = top - rowh * n - size - 8
    return xs, top, rowh


# --------------------------------------------------------------------------------------------
# writer

def esc(canv, b):
    return canv._escape(b)


def runs(canv, font, s):
    """[(pdf font name, escaped bytes)] for s in font (TTF subsets or Helvetica)."""
    if font == 'Helvetica':
        return [(canv._doc.getInternalFontName('Helvetica'), esc(canv, s))]
    f = pdfmetrics.getFont(font)
    out = []
    for subset, t in f.splitString(s, canv._doc):
        out.append((f.getSubsetInternalName(subset, canv._doc), esc(canv, t)))
    return out


def text_ops(canv, it, glyphwise):
    sz = it['size']
    ops = ['q 0 0 0 rg', 'BT']
    if it['hidden'] == 'tr3':
        ops.append('3 Tr')
    if it['style'] == 'tj':
        # one text object per table row: cells separated by large TJ displacements (tab stops)
        cells = it['cells']
        ops.append('1 0 0 1 %.2f %.2f Tm' % (it['x'] + cells[0][0], it['y']))
        cur, arr = None, []
        for k, (dx, c) in enumerate(cells):
            for name, b in runs(canv, it['font'], c):
                if name != cur:
                    if arr:
                        ops.append('[%s] TJ' % ' '.join(arr))
                        arr = []
                    ops.append('%s %.2f Tf' % (name, sz))
                    cur = name
                arr.append('(%s)' % b)
            if k + 1 < len(cells):
                gap = cells[k + 1][0] - (dx + width(c, it['font'], sz))
                arr.append('%d' % round(-gap / sz * 1000))
        if arr:
            ops.append('[%s] TJ' % ' '.join(arr))
    elif glyphwise:
        # every glyph positioned on its own by an absolute text matrix
        x, cur = it['x'], None
        for ch in it['text']:
            ops.append('1 0 0 1 %.3f %.3f Tm' % (x, it['y']))
            for name, b in runs(canv, it['font'], ch):
                if name != cur:
                    ops.append('%s %.2f Tf' % (name, sz))
                    cur = name
                ops.append('(%s) Tj' % b)
            x += width(ch, it['font'], sz)
    else:
        ops.append('1 0 0 1 %.2f %.2f Tm' % (it['x'], it['y']))
        cur = None
        for name, b in runs(canv, it['font'], it['text']):
            if name != cur:
                ops.append('%s %.2f Tf' % (name, sz))
                cur = name
            ops.append('(%s) Tj' % b)
    ops += ['ET', 'Q']
    return ops


def render(b, path):
    canv = rl_canvas.Canvas(path, pagesize=(W, H), invariant=1, pageCompression=0)
    canv.setTitle(b['facts']['document'])
    rng = random.Random(4848 + len(b['name']))
    for pg in b['pages']:
        code = canv._code
        if pg.rotate:
            canv.setPageRotation(pg.rotate)
            code.append('q -1 0 0 -1 %.2f %.2f cm' % (W, H))   # drawn turned, reads upright once rotated
        code.extend(pg.gfx)
        order = list(range(len(pg.items)))
        rng.shuffle(order)
        for i in order:
            it = pg.items[i]
            ops = text_ops(canv, it, b.get('glyphwise', False))
            if it['hidden'] == 'clip':
                cx0, cy0, cx1, cy1 = it['clip']
                ops = ['q %.2f %.2f %.2f %.2f re W n' % (cx0, cy0, cx1 - cx0, cy1 - cy0)] + ops + ['Q']
            code.extend(ops)
        if pg.rotate:
            code.append('Q')
        canv.showPage()
    canv.save()


# --------------------------------------------------------------------------------------------
# checks

def glyph_ok(font, s):
    if font == 'Helvetica':
        return all(ord(c) < 128 for c in s)
    cmap = pdfmetrics.getFont(font).face.charToGlyph
    return all(ord(c) in cmap for c in s)


def nfkc(s):
    return unicodedata.normalize('NFKC', s)


def check_numbers(f):
    h = f['hiring']['rows']
    act = [r for r in h if not r['planned']]
    if len(act) < 5:
        raise Refused('fewer than 5 actual years')
    if sum(r['planned'] for r in h) != 1 or not h[-1]['planned']:
        raise Refused('exactly one planned row, the last')
    for i, r in enumerate(h):
        if r['label'] != era_label(r['fiscalYear']):
            raise Refused(f'label {r["label"]} is not the era label of {r["fiscalYear"]}')
        if i and r['fiscalYear'] != h[i - 1]['fiscalYear'] + 1:
            raise Refused('years not consecutive')
        t, a, k = r['total'], r['admin'], r['tech']
        if t['count'] != a['count'] + k['count']:
            raise Refused(f'hiring total {r["labelText"]}')
        for c in (t, a, k):
            if nfkc(c['text']).strip() != str(c['count']):
                raise Refused('printed count differs')
            if r['planned']:
                if c['women'] is not None:
                    raise Refused('women on the planned row')
            else:
                if c['women'] is None or c['women'] > c['count']:
                    raise Refused('women missing or above heads')
                if nfkc(c['womenText']).strip() != str(c['women']):
                    raise Refused('printed women differ')
        if not r['planned'] and t['women'] != a['women'] + k['women']:
            raise Refused(f'women total {r["labelText"]}')
    year = f['edition']['year']
    if not (h[-1]['fiscalYear'] == year == f['exams']['fiscalYear'] == int(f['edition']['asOf'][:4])
            == act[-1]['fiscalYear'] + 1):
        raise Refused('planned / edition / exam years disagree')
    a = f['assignments']
    if a['cohortFiscalYear'] != act[-1]['fiscalYear']:
        raise Refused('assignment cohort')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        raise Refused('duplicate assignment unit')
    for key in ('admin', 'tech'):
        vals = [r[key] for r in a['rows'] if r[key] is not None]
        if any(v <= 0 for v in vals):
            raise Refused('zero or negative assignment count')
        if sum(vals) != act[-1][key]['count']:
            raise Refused(f'assignment sum {key}')
    seen = set()
    per_track = Counter()
    for e in f['exams']['entries']:
        if SX.track(e['track']) == 'other':
            raise Refused('exam track maps to other')
        if e['total'] != sum(b['count'] for b in e['breakdown']):
            raise Refused('exam entry total')
        for b_ in e['breakdown']:
            key = (SX.track(e['track']), SX.level(e['exam']), SX.norm(b_['category']))
            if key in seen:
                raise Refused(f'colliding exam category {key}')
            seen.add(key)
            per_track[SX.track(e['track'])] += b_['count']
    if per_track['administrative'] != h[-1]['admin']['count'] or per_track['technical'] != h[-1]['tech']['count']:
        raise Refused('exam categories do not add up to the planned hires')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']:
            raise Refused('support duration')


KINSOKU = set('、。，．・：；？！ー）」』】ゃゅょっぁぃぅぇぉャュョッァィゥェォ々')


def check_layout(b):
    for pi, pg in enumerate(b['pages']):
        vis = []
        for it in pg.items:
            s = item_text(it)
            if not glyph_ok(it['font'], s):
                raise Refused(f'glyph missing in {it["font"]}: {s!r}')
            x0, y0, x1, y1 = item_box(it)
            if x0 < MARGIN or y0 < MARGIN or x1 > W - MARGIN or y1 > H - MARGIN:
                raise Refused(f'item in the edge margin or off the page: {s!r}')
            if it['hidden'] is None:
                vis.append((x0, y0, x1, y1, s))
        for i in range(len(vis)):
            for j in range(i + 1, len(vis)):
                a_, c = vis[i], vis[j]
                if a_[0] < c[2] - 0.5 and c[0] < a_[2] - 0.5 and a_[1] < c[3] - 0.5 and c[1] < a_[3] - 0.5:
                    raise Refused(f'text items overlap: {a_[4]!r} / {c[4]!r}')
        for ln in pg.lines:
            if ln and ln[0] in KINSOKU:
                raise Refused(f'line starts with a kinsoku character: {ln!r}')
        drawn = Counter(''.join(item_text(it) for it in pg.items if it['hidden'] is None and not it['furniture']))
        want = Counter(''.join(pg.lines))
        for c in (' ', '\t', '\u3000'):
            drawn.pop(c, None)
            want.pop(c, None)
        if drawn != want:
            raise Refused(f'p{pi + 1}: drawn and expected text differ: +{dict(want - drawn)} -{dict(drawn - want)}')


def printed(b):
    return ''.join(''.join(pg.lines) for pg in b['pages']).replace('\t', '')


def check_facts_printed(b):
    f = b['facts']
    P = printed(b)
    lines = [ln for pg in b['pages'] for ln in pg.lines]
    must = [f['organization'], f['edition']['asOfText'], *f['lead']['text'], *f['hiring']['intro'],
            *f['hiring']['note'], *f['hiring']['tracks'].values(), f['assignments']['intro'],
            *f['assignments']['tracks'].values(), f['exams']['title'], f['training']['title'],
            *f['training']['paragraphs'], f['supportTitle'], f['access']['address']]
    for r in f['assignments']['rows']:
        must.append(r['unit'])
    for e in f['exams']['entries']:
        must += [e['track'], e['exam']] + [x['category'] for x in e['breakdown']]
    for c in f['contacts']:
        must += [c['track'], c['office'], *c['tel'], *c['email'], *c['telText'], *c['emailText'], c['hoursText']]
        for t, e in zip(c['telText'], c['tel']):
            if re.sub(r'\D', '', t) != re.sub(r'\D', '', e):
                raise Refused('TEL line digits differ from the phone')
        for t, e in zip(c['emailText'], c['email']):
            if e not in t:
                raise Refused('E-mail line does not hold the e-mail')
    for r in f['access']['routes']:
        must.append(r.replace('『', '').replace('』', ''))
    for i in f['initiatives']:
        must += [i['title'], i['text']]
    for s in f['supportSystems']:
        must += [s['name'], s['durationText'], s['text']]
    for m in must:
        if m.replace('\t', '') not in P:
            raise Refused(f'fact not printed: {m!r}')
    # hiring rows: printed numbers are cells of the line whose first cell is the label
    for r in f['hiring']['rows']:
        row = next((ln.split('\t') for ln in lines if ln.split('\t')[0] == r['labelText']), None)
        if row is None:
            raise Refused(f'no hiring line for {r["labelText"]}')
        cells = [nfkc(c).replace(' ', '') for c in row[1:]]
        for key in ('total', 'admin', 'tech'):
            c = r[key]
            want = str(c['count']) + ('' if c['women'] is None else '(%d)' % c['women'])
            if want not in cells:
                raise Refused(f'hiring {r["labelText"]} {key}: {want} not a printed cell {cells}')


def standin(f):
    rows = []
    for r in f['hiring']['rows']:
        rows.append(dict(fiscalYear=r['fiscalYear'], planned=r['planned'],
                         total=dict(count=r['total']['count'], women=r['total']['women']),
                         administrative=dict(count=r['admin']['count'], women=r['admin']['women']),
                         technical=dict(count=r['tech']['count'], women=r['tech']['women'])))
    ents = []
    for e in f['exams']['entries']:
        for b_ in e['breakdown']:
            ents.append(dict(track=SX.track(e['track']), level=SX.level(e['exam']), category=b_['category'],
                             count=b_['count']))
    return dict(organization=f['organization'], edition=dict(asOf=f['edition']['asOf']), sections=dict(
        hiring=dict(rows=rows),
        assignments=dict(cohortFiscalYear=f['assignments']['cohortFiscalYear'],
                         rows=[dict(unit=r['unit'], administrative=r['admin'] or 0, technical=r['tech'] or 0)
                               for r in f['assignments']['rows']]),
        examBreakdown=dict(entries=ents),
        contacts=[dict(office=c['office'], phones=[dict(number=t) for t in c['tel']], emails=list(c['email']))
                  for c in f['contacts']],
        access=dict(routes=[dict(station=r.split('『')[1].split('』')[0]) for r in f['access']['routes']]),
        initiatives=[dict(title=i['title']) for i in f['initiatives']],
        supportSystems=[dict(name=s['name']) for s in f['supportSystems']]))


KINDS = ('organization', 'edition', 'hiring', 'assignment ', 'assignment cohort', 'exam', 'phone', 'email',
         'office', 'route', 'initiative', 'support')


def check_score(b):
    f = b['facts']
    drawn = ''.join(SX.norm(printed(b)).split())
    res = SX.checks(f, standin(f), drawn)
    bad = [n for n, ok in res if not ok]
    if bad:
        raise Refused(f'stand-in does not score full marks: {bad}')
    for k in KINDS:
        if not any(n.startswith(k) for n, _ in res):
            raise Refused(f'no check of kind {k!r}')
    empty = SX.checks(f, dict(sections={}), drawn)
    if any(ok for _, ok in empty):
        raise Refused('an empty document scores')
    return len(res)


def check_pdftotext(b, path):
    for pi, pg in enumerate(b['pages']):
        out = subprocess.run(['pdftotext', '-f', str(pi + 1), '-l', str(pi + 1), path, '-'],
                             capture_output=True, text=True, check=True).stdout
        got = Counter(''.join(out.split()))
        vis = Counter(''.join(''.join(item_text(it).split()) for it in pg.items if it['hidden'] is None))
        allc = Counter(''.join(''.join(item_text(it).split()) for it in pg.items))
        if vis - got:
            raise Refused(f'p{pi + 1}: pdftotext lacks drawn characters {dict(vis - got)}')
        if got - allc:
            raise Refused(f'p{pi + 1}: pdftotext has characters not drawn {dict(got - allc)}')


def check_bt(b, path):
    data = open(path, 'rb').read()
    n = len(re.findall(rb'(?m)^BT$', data))
    want = sum(len(pg.items) for pg in b['pages'])
    if n != want:
        raise Refused(f'{n} BT lines for {want} text items')
    return n


def validate(b):
    check_numbers(b['facts'])
    check_layout(b)
    check_facts_printed(b)
    return check_score(b)


# --------------------------------------------------------------------------------------------
# content

def hrow(y, adm, tech, planned=False, lab=None, fmt=None):
    fmt = fmt or (lambda n: str(n))
    def cell(c, w):
        d = dict(count=c, text=fmt(c), women=w)
        if w is not None:
            d['womenText'] = fmt(w)
        return d
    a = cell(adm[0], None if planned else adm[1])
    t = cell(tech[0], None if planned else tech[1])
    tot = cell(adm[0] + tech[0], None if planned else adm[1] + tech[1])
    return dict(fiscalYear=y, label=era_label(y), labelText=lab or (era_label(y) + ('（予定）' if planned else '')),
                planned=planned, total=tot, admin=a, tech=t)


def cellstr(c, fmt):
    if c['women'] is None:
        return fmt(c['count'])
    return '%s（%s）' % (fmt(c['count']), fmt(c['women']))


def masthead(pg, f, kicker=None, tint=(0.9, 0.94, 0.98)):
    pg.rect(0, H - 118, W, 118, fill=tint)
    if kicker:
        pg.text(LM, H - 58, kicker, 'G', 9)
        pg.lines.append(kicker)
    name = f['organization']
    pg.text(LM, H - 86, name, 'M', 22)
    sub = f['document'][len(name) + 1:]
    pg.text(LM + width(name, 'M', 22) + 10, H - 86, sub, 'G', 12)
    pg.lines.append(f['document'])
    ed = f['edition']['asOfText']
    pg.text(RM - width(ed, 'G', 9), H - 86, ed, 'G', 9)
    pg.lines.append(ed)
    pg.y = H - 146


def page_number(pg, n):
    s = '- %d -' % n
    pg.text(W / 2 - width(s, 'Helvetica', 8) / 2, 30, s, 'Helvetica', 8, furniture=True)


def hiring_rows_text(f, fmt, header):
    rows = [header]
    for r in f['hiring']['rows']:
        rows.append([r['labelText'], cellstr(r['admin'], fmt), cellstr(r['tech'], fmt), cellstr(r['total'], fmt)])
    return rows


def assignment_rows(f):
    rows = [['配属先', f['assignments']['tracks']['admin'], f['assignments']['tracks']['tech']]]
    for r in f['assignments']['rows']:
        rows.append([r['unit'], '－' if r['admin'] is None else str(r['admin']),
                     '－' if r['tech'] is None else str(r['tech'])])
    return rows


def exam_rows(f):
    rows = [['区分', '試験', '職種', '採用予定数']]
    for e in f['exams']['entries']:
        for x in e['breakdown']:
            rows.append([e['track'], e['exam'], x['category'], '%d名' % x['count']])
    return rows


def back_sections(pg, f, mark='●', exam_first=True):
    if exam_first:
        heading(pg, f['exams']['title'])
        table(pg, exam_rows(f), [88, 222, 110, 62], size=8.5)
    heading(pg, f['initiativesTitle'])
    for i in f['initiatives']:
        para(pg, mark + i['title'], 9.5, font='G')
        para(pg, i['text'], 9, indent=12)
    heading(pg, f['supportTitle'])
    rows = [['制度', '期間', '内容']] + [[s['name'], s['durationText'], s['text']] for s in f['supportSystems']]
    table(pg, rows, [90, 130, 262], size=8.5)
    heading(pg, f['training']['title'])
    for p in f['training']['paragraphs']:
        para(pg, p)
    c = f['contacts'][0]
    heading(pg, c['track'])
    for s, font in ((c['office'], 'M'), (c['telText'][0], 'Helvetica'), (c['emailText'][0], 'Helvetica'),
                    (c['hoursText'], 'M')):
        para(pg, s, 9, font=font)
    heading(pg, 'アクセス')
    para(pg, f['access']['address'])
    for r in f['access']['routes']:
        para(pg, '■' + r.replace('『', '').replace('』', ''))


def base_facts(org, doc, year, asof, asoftext, lead, intro, note, tracks, rows, cohort_intro, arows, exam_title,
               entries, training, inits, init_title, sup_title, sups, contact, address, routes, decoys, layout):
    return {
        'organization': org, 'document': doc,
        'edition': {'year': year, 'asOf': asof, 'asOfText': asoftext},
        'lead': {'title': '', 'text': lead},
        'hiring': {'intro': [intro], 'note': [note], 'tracks': tracks, 'textSynthesised': False,
                   'layout': layout['hiring'], 'rows': rows},
        'assignments': {'cohortFiscalYear': year - 1, 'intro': cohort_intro, 'tracks': tracks,
                        'layout': 'ruled 配属先 | ' + tracks['admin'] + ' | ' + tracks['tech'],
                        'rows': [dict(unit=u, admin=a, tech=t) for u, a, t in arows]},
        'exams': {'title': exam_title, 'fiscalYear': year, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 職種 | 採用予定数',
                  'entries': [dict(track=t, exam=e, text='', breakdown=[dict(category=c, count=n) for c, n in bd],
                                   total=sum(n for _, n in bd)) for t, e, bd in entries]},
        'training': training,
        'initiatives': [dict(title=t, text=x) for t, x in inits],
        'initiativesIntro': '', 'initiativesTitle': init_title,
        'supportTitle': sup_title,
        'supportSystems': [dict(name=n, duration=d, durationText=d, text=x) for n, d, x in sups],
        'contacts': [contact],
        'access': {'address': address, 'routes': routes, 'routesSynthesised': False},
        'keyFigures': [],
        'decoys': decoys,
    }


def contact(track, office, tel, email, hours):
    return {'track': track, 'office': office, 'tel': [tel], 'email': [email], 'location': '',
            'telText': ['TEL ' + tel], 'emailText': ['E-mail ' + email], 'hoursText': hours}


def katsushika():
    tracks = {'admin': '事務', 'tech': '技術'}
    rows = [hrow(2021, (58, 27), (21, 6)), hrow(2022, (62, 30), (19, 5)), hrow(2023, (70, 35), (24, 8)),
            hrow(2024, (66, 34), (27, 9)), hrow(2025, (73, 38), (25, 10)), hrow(2026, (75, None), (28, None), True)]
    f = base_facts(
        '葛飾区', '葛飾区 職員採用案内', 2026, '2026-04', '令和8年4月発行',
        ['下町の暮らしに寄り添い、区民とともに葛飾のまちをつくる仕事です。'],
        '採用者数の推移（単位：人）', '※（　）内は女性の数で内数です。令和8年度は採用予定数です。', tracks, rows,
        '令和7年度採用者の配属先（単位：人）',
        [('区民部', 14, None), ('福祉部', 18, None), ('子育て支援部', 12, None), ('地域振興部', 9, None),
         ('総務部', 8, None), ('環境部', 6, 4), ('都市整備部', 6, 15), ('健康部', None, 6)],
        '令和8年度 採用予定',
        [('事務', '特別区職員Ⅰ類採用試験', [('事務', 62), ('福祉', 5)]),
         ('事務', '特別区職員Ⅲ類採用試験', [('一般事務', 8)]),
         ('技術', '特別区職員Ⅰ類採用試験', [('土木', 12), ('建築', 8), ('機械', 3), ('保健師', 5)])],
        {'title': '職員研修', 'paragraphs': ['採用後3年間は、職層に応じた研修で区政の基礎を学びます。',
                                           '特別区の合同研修や他自治体への派遣も行っています。']},
        [('フレックスタイム制', '始業と終業の時刻を選んで働けます。'),
         ('テレワーク', '区役所の外でも業務ができる環境を整えています。'),
         ('男性の育児参加', '男性職員の育児休業取得率は8割を超えています。')],
        '働きやすい職場づくり', '子育て・介護との両立',
        [('育児休業', '子が3歳に達するまで', '最大3回まで分割して取得できます。'),
         ('部分休業', '子が小学校就学前まで', '1日2時間まで勤務しないことができます。'),
         ('介護休暇', '通算6か月まで', '3回まで分割して取得できます。')],
        contact('採用に関するお問い合わせ', '葛飾区 総務部 人事課 人事係', '03-5654-8172',
                'saiyo-jinji@city.katsushika.lg.jp', '受付時間 平日8:30～17:15'),
        '〒124-8555 東京都葛飾区立石5-13-1',
        ['京成押上線『京成立石』駅から徒歩10分', '京成本線『青砥』駅から徒歩12分'],
        {'rotate': 'page 2 has /Rotate 180; its content is drawn under -1 0 0 -1 W H cm and reads upright',
         'tjrows': 'each hiring-table row (header included) is ONE text object, its cells separated by large '
                   'negative TJ displacements (tab stops), over ruled cells',
         'hours': 'the 受付時間 line'},
        {'hiring': 'ruled 年度 | 事務 | 技術 | 計; each row one text object, cells apart by TJ displacements'})
    p1, p2 = Page(), Page(rotate=180)
    masthead(p1, f, tint=(0.92, 0.95, 0.9))
    para(p1, f['lead']['text'][0], 10)
    heading(p1, '採用実績')
    para(p1, f['hiring']['intro'][0])
    table(p1, hiring_rows_text(f, str, ['年度', '事務', '技術', '計']), [130, 100, 100, 100], size=9,
          tint_last=True, style='tjrow')
    para(p1, f['hiring']['note'][0], 8)
    heading(p1, '配属実績')
    para(p1, f['assignments']['intro'])
    table(p1, assignment_rows(f), [160, 90, 90])
    page_number(p1, 1)
    p2.y = H - 56
    back_sections(p2, f)
    page_number(p2, 2)
    return dict(name='katsushika-2026', facts=f, pages=[p1, p2], hiring_header='年度')


def isct():
    tracks = {'admin': '事務系', 'tech': '技術系'}
    rows = [hrow(y, a, t, y == 2026, lab='%d年度%s' % (y, '（予定）' if y == 2026 else ''), fmt=pad2)
            for y, a, t in ((2021, (18, 10), (9, 2)), (2022, (21, 12), (8, 3)), (2023, (19, 11), (11, 4)),
                            (2024, (24, 13), (10, 3)), (2025, (22, 12), (12, 5)), (2026, (25, None), (12, None)))]
    f = base_facts(
        '東京科学大学', '東京科学大学 事務職員採用案内', 2026, '2026-03', '2026年3月発行',
        ['科学の力で未来を拓く大学を、事務と技術の両面から支える仕事です。'],
        '職員採用者数（単位：人）', '※（　）内は女性の数で内数です。2026年度は採用予定数です。', tracks, rows,
        '2025年度採用者の配属先（単位：人）',
        [('総務企画部', 5, None), ('研究推進部', 6, None), ('学務部', 7, None), ('財務部', 4, None),
         ('施設部', None, 7), ('情報基盤課', None, 5)],
        '2026年度 採用予定',
        [('事務系', '国立大学法人等職員採用試験（大卒程度）', [('事務', 22), ('図書', 2)]),
         ('事務系', '大学院修士課程修了程度（研究支援職選考）', [('研究支援', 1)]),
         ('技術系', '国立大学法人等職員採用試験（大卒程度）', [('電気', 4), ('機械', 3), ('建築', 2), ('情報', 3)])],
        {'title': '研修制度', 'paragraphs': ['新任職員研修のあと、階層別研修と英語研修を受けられます。',
                                           '病院地区と大岡山地区の間で人事異動があります。']},
        [('在宅勤務', '週2日まで在宅で勤務できます。'),
         ('時差出勤', '7時から10時の間で始業時刻を選べます。'),
         ('業務のデジタル化', '決裁と会議資料を電子化しています。')],
        '働きやすい環境', '両立支援',
        [('育児休業', '子が3歳に達するまで', '配偶者の就業の有無を問わず取得できます。'),
         ('育児短時間勤務', '子が小学校就学前まで', '週の勤務時間を短くできます。'),
         ('介護休業', '通算93日まで', '3回まで分割して取得できます。')],
        contact('お問い合わせ', '東京科学大学 人事企画部 人事課 任用グループ', '03-5734-2019',
                'saiyo.jinji@adm.isct.ac.jp', '受付時間 平日9:00～17:00'),
        '〒152-8550 東京都目黒区大岡山2-12-1',
        ['東急大井町線『大岡山』駅から徒歩1分', '東急目黒線『洗足』駅から徒歩10分'],
        {'glyphwise': 'every glyph of every line is placed by its own absolute text matrix (1 0 0 1 x y Tm (c) Tj)',
         'padded': 'hiring counts in full-width digits padded to two places with U+3000 (`　９（　２）`)',
         'kicker': '国立大学法人 printed small above the name', 'hours': 'the 受付時間 line'},
        {'hiring': 'ruled 年度 | 事務系 | 技術系 | 計; full-width counts padded with U+3000'})
    p1, p2 = Page(), Page()
    masthead(p1, f, kicker='国立大学法人', tint=(0.9, 0.92, 0.98))
    para(p1, f['lead']['text'][0], 10)
    heading(p1, '採用実績')
    para(p1, f['hiring']['intro'][0])
    table(p1, hiring_rows_text(f, pad2, ['年度', '事務系', '技術系', '計']), [130, 100, 100, 100], size=9,
          tint_last=True)
    para(p1, f['hiring']['note'][0], 8)
    heading(p1, '配属実績')
    para(p1, f['assignments']['intro'])
    table(p1, assignment_rows(f), [160, 90, 90])
    heading(p1, f['exams']['title'])
    table(p1, exam_rows(f), [70, 240, 110, 62], size=8.5)
    page_number(p1, 1)
    p2.y = H - 56
    back_sections(p2, f, mark='◆', exam_first=False)
    page_number(p2, 2)
    return dict(name='isct-2026', facts=f, pages=[p1, p2], glyphwise=True, hiring_header='年度')


def taisyokukin():
    tracks = {'admin': '事務職', 'tech': '技術職（システム）'}
    rows = [hrow(2021, (12, 6), (2, 0)), hrow(2022, (10, 5), (3, 1)), hrow(2023, (14, 8), (2, 1)),
            hrow(2024, (11, 6), (3, 1)), hrow(2025, (13, 7), (3, 1)), hrow(2026, (15, None), (3, None), True)]
    f = base_facts(
        '勤労者退職金共済機構', '勤労者退職金共済機構 職員採用案内', 2026, '2026-02', '令和8年2月1日現在',
        ['働く人の退職金を確実に届ける、国の退職金共済制度を運営する仕事です。'],
        '採用者数の推移（単位：人）', '※（　）内は女性の数で内数です。令和8年度は採用予定数です。', tracks, rows,
        '令和7年度採用者の配属先（単位：人）',
        [('総務部', 2, None), ('経理部', 2, None), ('給付部', 4, None), ('契約部', 3, None),
         ('相談室', 2, None), ('情報システム部', None, 3)],
        '令和8年度 採用予定',
        [('事務職', '大学卒業程度（職員採用試験）', [('一般事務', 15)]),
         ('技術職（システム）', '大学卒業程度（職員採用試験）', [('システム', 2)]),
         ('技術職（システム）', '大学院修士課程修了程度（専門職選考）', [('データ分析', 1)])],
        {'title': '研修', 'paragraphs': ['新規採用職員研修で、退職金共済制度と事務の流れを学びます。',
                                       '厚生労働省などへの出向で、幅広い経験を積めます。']},
        [('テレワーク', '月10日まで在宅で勤務できます。'),
         ('ノー残業デー', '毎週水曜日は定時退庁を呼びかけています。'),
         ('年休の計画取得', '年休を計画的に取得できるよう支援しています。')],
        '働きやすい職場づくり', '仕事と家庭の両立',
        [('育児休業', '子が3歳に達するまで', '2回まで分割して取得できます。'),
         ('子の看護休暇', '年5日まで', '子が2人以上の場合は年10日までです。'),
         ('介護休業', '通算93日まで', '3回まで分割して取得できます。')],
        contact('採用に関するお問い合わせ', '勤労者退職金共済機構 総務部 人事課', '03-6907-1275',
                'saiyo@taisyokukin.go.jp', '受付時間 平日9:30～17:30'),
        '〒170-8055 東京都豊島区東池袋1-24-1',
        ['JR山手線『池袋』駅東口から徒歩7分', '東京メトロ有楽町線『東池袋』駅から徒歩5分'],
        {'tr3': 'an invisible (3 Tr) copy of the previous edition\'s hiring rows (令和2年度 … 令和7年度（予定）, '
                'other figures) lies exactly on the visible rows; not in the expected text',
         'clip': 'a stale third lead line is drawn outside its frame\'s clipping path (re W n): not visible, '
                 'not in the expected text, but in pdftotext\'s output',
         'kicker': '独立行政法人 printed small above the name', 'hours': 'the 受付時間 line'},
        {'hiring': 'ruled 年度 | 事務職 | 技術職（システム） | 計; a hidden 3 Tr layer with older figures on it'})
    p1, p2 = Page(), Page()
    masthead(p1, f, kicker='独立行政法人', tint=(0.97, 0.93, 0.88))
    # lead in a clipped frame; a stale overset line below the frame is clipped away
    lead = f['lead']['text'][0]
    ly = p1.y
    para(p1, lead, 10)
    frame = (LM - 2, ly - 4, RM, ly + 12)
    stale = p1.text(LM, ly - 15, '令和7年度は職員12名を採用する予定です。', 'M', 10, hidden='clip')
    stale['clip'] = frame
    p1.y -= 6
    heading(p1, '採用実績')
    para(p1, f['hiring']['intro'][0])
    y0 = p1.y
    xs, top, rowh = table(p1, hiring_rows_text(f, str, ['年度', '事務職', '技術職（システム）', '計']),
                          [130, 100, 120, 100], size=9, tint_last=True)
    # the previous edition's rows, invisible (3 Tr), exactly on the visible rows
    old = [(2020, (9, 4), (2, 1)), (2021, (12, 5), (2, 0)), (2022, (11, 5), (3, 1)), (2023, (14, 7), (2, 1)),
           (2024, (12, 6), (2, 1)), (2025, (12, None), (2, None))]
    for i, (y, a, t) in enumerate(old):
        planned = a[1] is None
        ry = top - rowh * (i + 1) - rowh + (rowh - 9) / 2 + 0.15 * 9
        lab = era_label(y) + ('（予定）' if planned else '')
        cells = [lab] + [('%d' % c[0]) if planned else '%d（%d）' % c for c in
                         (a, t, (a[0] + t[0], None if planned else a[1] + t[1]))]
        for j, c in enumerate(cells):
            cw = width(c, 'M', 9)
            cx = xs[j] + 4 if j == 0 else xs[j + 1] - 4 - cw
            p1.text(cx, ry, c, 'M', 9, hidden='tr3')
    para(p1, f['hiring']['note'][0], 8)
    heading(p1, '配属実績')
    para(p1, f['assignments']['intro'])
    table(p1, assignment_rows(f), [160, 90, 120])
    page_number(p1, 1)
    p2.y = H - 56
    back_sections(p2, f, mark='●')
    page_number(p2, 2)
    return dict(name='taisyokukin-2026', facts=f, pages=[p1, p2], hiring_header='年度')


BUILDERS = {'katsushika': katsushika, 'isct': isct, 'taisyokukin': taisyokukin}


def facts_json(f):
    g = copy.deepcopy(f)
    g.pop('initiativesTitle', None)
    return json.dumps(g, ensure_ascii=False, indent=2) + '\n'


def expected_text(b):
    return '\n\f\n'.join('\n'.join(pg.lines) for pg in b['pages']) + '\n'


def write(b, outdir=OUT, verbose=True):
    n = validate(b)
    os.makedirs(outdir, exist_ok=True)
    pdf = os.path.join(outdir, b['name'] + '.pdf')
    with tempfile.TemporaryDirectory() as td:
        t1, t2 = os.path.join(td, 'a.pdf'), os.path.join(td, 'b.pdf')
        render(b, t1)
        render(copy.deepcopy(b), t2)
        d1 = open(t1, 'rb').read()
        if d1 != open(t2, 'rb').read():
            raise Refused('two renderings differ')
        check_pdftotext(b, t1)
        nbt = check_bt(b, t1)
        open(pdf, 'wb').write(d1)
    open(os.path.join(outdir, b['name'] + '.facts.json'), 'w').write(facts_json(b['facts']))
    open(os.path.join(outdir, b['name'] + '.expected.txt'), 'w').write(expected_text(b))
    if verbose:
        print(f'{b["name"]}: {n} fact checks, {nbt} text objects')


# --------------------------------------------------------------------------------------------
# self-test

def faults():
    def overlap(b):
        it = copy.deepcopy(b['pages'][0].items[3]); it['x'] += 2; b['pages'][0].items.append(it)
    def extra_char(b): b['pages'][0].lines[-1] += '名'
    def total_plus(b): b['facts']['hiring']['rows'][1]['total']['count'] += 1
    def women_plus(b): b['facts']['hiring']['rows'][2]['total']['women'] += 1
    def assign_plus(b): b['facts']['assignments']['rows'][0]['admin'] = (b['facts']['assignments']['rows'][0]['admin'] or 0) + 1
    def exam_plus(b):
        e = b['facts']['exams']['entries'][0]; e['breakdown'][0]['count'] += 1
    def email_missing(b): b['facts']['contacts'][0]['email'] = ['nobody@example.go.jp']
    def emoji(b): b['pages'][1].items[0]['text'] += '\U0001F600'
    def margin(b): b['pages'][0].items[0]['x'] = 5
    def women_planned(b): b['facts']['hiring']['rows'][-1]['total']['women'] = 1
    def planned_first(b):
        r = b['facts']['hiring']['rows']; r.insert(0, r.pop())
    def collide(b):
        e = b['facts']['exams']['entries'][0]; c = e['breakdown'][0]
        e['breakdown'] = [dict(category=c['category'], count=c['count'] - 1), dict(category=c['category'], count=1)] + e['breakdown'][1:]
    def kinsoku(b): b['pages'][0].lines.append('。'); b['pages'][0].text(LM, 60, '。')
    def dup_unit(b):
        a = b['facts']['assignments']['rows']; a.append(dict(a[0]))
    def last_cat(b):
        e = b['facts']['exams']['entries'][-1]; e['breakdown'][-1]['count'] += 1; e['total'] += 1
    def wrong_label(b): b['facts']['hiring']['rows'][0]['label'] = '令和2年度'
    def hidden_shown(b):
        for pg in b['pages']:
            for it in pg.items:
                if it['furniture']:
                    it['furniture'] = False; return
    return [overlap, extra_char, total_plus, women_plus, assign_plus, exam_plus, email_missing, emoji, margin,
            women_planned, planned_first, collide, kinsoku, dup_unit, last_cat, wrong_label, hidden_shown]


def overflow_fault(name):
    # an overflowing cell: a unit name far too long for its column
    b = BUILDERS[name]
    f0 = b()
    try:
        old = f0['facts']['assignments']['rows'][0]['unit']
        del old
        pg = Page()
        table(pg, [['配属先', 'x'], ['情報システム部情報システム部情報システム部', '1']], [80, 40])
    except Refused as e:
        return str(e)
    return None


def selftest(verbose):
    ok = total = 0
    for name, mk in BUILDERS.items():
        validate(mk())
        for fl in faults():
            b = mk()
            fl(b)
            total += 1
            try:
                validate(b)
                print(f'NOT REFUSED: {name} {fl.__name__}')
            except Refused as e:
                ok += 1
                if verbose:
                    print(f'{name:12s} {fl.__name__:14s} refused: {e}')
        total += 1
        r = overflow_fault(name)
        if r:
            ok += 1
            if verbose:
                print(f'{name:12s} overflow       refused: {r}')
        else:
            print(f'NOT REFUSED: {name} overflow')
    print(f'selftest: {ok}/{total} faults refused')
    return ok == total


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    if '--selftest' in sys.argv:
        sys.exit(0 if selftest('-v' in sys.argv) else 1)
    for name in args or BUILDERS:
        write(BUILDERS[name]())


if __name__ == '__main__':
    main()
