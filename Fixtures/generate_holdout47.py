#!/usr/bin/env python3
"""Holdout set 47 (blind): three recruitment brochures with page-geometry and content-structure shapes.

    python3 Fixtures/generate_holdout47.py               # all three (deterministic)
    python3 Fixtures/generate_holdout47.py inagi         # one (inagi, tufs, niad)
    python3 Fixtures/generate_holdout47.py --selftest -v # fault injection: every fault must be refused

Self-contained: a page model in PDF coordinates, a ruled-table helper, its own text-object writer (raw `BT … ET`
written into reportlab's content stream, the font subsets taken from reportlab), shuffled drawing order, the checks
and a fault-injection self-test.  See holdout47/README.md.
"""
import copy, hashlib, io, json, os, random, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics, pdfdoc
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout47')
sys.path.insert(0, os.path.join(HERE, '..', 'Scripts'))
import score_extract  # noqa: E402

pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
H = 'Helvetica'
A4 = (595.28, 841.89)
EDGE = 14.0


class Refused(Exception):
    pass


def width(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


# ----------------------------------------------------------------------------------------------- page model
class Page:
    """Items are in PAGE coordinates (0,0 = lower left of the visible box), whatever the PDF geometry is."""

    def __init__(self, w=A4[0], h=A4[1]):
        self.w, self.h = w, h
        self.items = []      # dict(s, font, size, x, y, form, furniture, hidden)
        self.gfx = []        # ('rect', x, y, w, h, grey, fill) / ('line', x1, y1, x2, y2)
        self.lines = []      # expected text lines
        self.y = h - 50
        self.forms = {}      # name -> (ox, oy)
        self.form = None
        self.scale = 1.0     # content drawn at 1/scale coordinates then scaled by `scale` with cm
        self.mediabox = None  # explicit MediaBox (offset origin)
        self.cropbox = None
        self.offset = (0, 0)  # cm translation applied to all content

    def text(self, x, y, s, font='M', size=9, furniture=False, hidden=False):
        it = dict(s=s, font=font, size=size, x=round(x, 2), y=round(y, 2), form=self.form,
                  furniture=furniture, hidden=hidden)
        self.items.append(it)
        return it

    def rect(self, x, y, w, h, grey=0.92):
        self.gfx.append(('rect', x, y, w, h, grey))

    def rule(self, x1, y1, x2, y2):
        self.gfx.append(('line', x1, y1, x2, y2))


L, R = 48, 547  # column


def heading(p, s, size=11.5, gap=8):
    p.y -= gap + size
    p.rect(L, p.y - 4, R - L, size + 8, 0.88)
    p.text(L + 6, p.y, s, 'G', size)
    p.lines.append(s)
    p.y -= 10


def para(p, lines, font='M', size=9, x=None, pitch=None, indent=0):
    pitch = pitch or size * 1.6
    x = L if x is None else x
    for s in lines:
        p.y -= pitch
        p.text(x + indent, p.y, s, font, size)
        p.lines.append(s)


def cell_runs(c):
    """A cell is a str or a list of runs (s, font, size) set as separate text objects on one baseline."""
    return [(c, None, None)] if isinstance(c, str) else c


def table(p, widths, rows, size=8.5, rowh=None, font='M', head_font='G', vertical_header=False, tint_last=False,
          align=None, pad=4):
    rowh = rowh or size * 2.2
    x0 = L
    xs = [x0]
    for w_ in widths:
        xs.append(xs[-1] + w_)
    top = p.y - 4
    y = top
    p.cells = []
    for ri, row in enumerate(rows):
        head = ri == 0
        if head and vertical_header:
            pitch = size * 1.15
            n = max(len(c) for c in row)
            h = n * pitch + 8
        else:
            h = rowh
        if head:
            p.rect(x0, y - h, xs[-1] - x0, h, 0.9)
        if tint_last and ri == len(rows) - 1:
            p.rect(x0, y - h, xs[-1] - x0, h, 0.95)
        for ci, c in enumerate(row):
            cw = widths[ci]
            f = head_font if head else font
            if head and vertical_header:
                # one character per text object, top to bottom, centred in the cell
                for k, ch in enumerate(c):
                    gw = width(ch, f, size)
                    p.text(xs[ci] + (cw - gw) / 2, y - 4 - size * 0.88 - k * pitch, ch, f, size)
                p.cells.append((ri, ci, sum(width(ch, f, size) for ch in c[:1]) + 2 * pad, cw, c))
                continue
            runs = [(s, rf or f, rs or size) for s, rf, rs in cell_runs(c)]
            tw = sum(width(s, rf, rs) for s, rf, rs in runs)
            p.cells.append((ri, ci, tw + 2 * pad, cw, ''.join(s for s, _, _ in runs)))
            a = (align or ['l'] * len(row))[ci]
            cx = xs[ci] + pad if a == 'l' else xs[ci] + (cw - tw) / 2
            base = y - h / 2 - size * 0.35
            for s, rf, rs in runs:
                if s:
                    p.text(cx, base, s, rf, rs)
                cx += width(s, rf, rs)
        p.lines.append('\t'.join(c if isinstance(c, str) else ''.join(s for s, _, _ in c) for c in row))
        p.rule(x0, y, xs[-1], y)
        y -= h
    p.rule(x0, y, xs[-1], y)
    for x in xs:
        p.rule(x, top, x, y)
    p.y = y - 4


# ----------------------------------------------------------------------------------------------- PDF writer
def esc(b):
    out = []
    for ch in b:
        if ch in b'()\\':
            out.append('\\' + chr(ch))
        elif 32 <= ch < 127:
            out.append(chr(ch))
        else:
            out.append('\\%03o' % ch)
    return ''.join(out)


def text_object(c, it, k, dx=0.0, dy=0.0):
    """Our own text object: q 0 0 0 rg BT 1 0 0 1 x y Tm /Fn size Tf (…) Tj ET Q (one run per font subset)."""
    font, size = it['font'], it['size'] * k
    x, y = (it['x'] - dx) * k, (it['y'] - dy) * k
    ops = ['q 0 0 0 rg', 'BT', '1 0 0 1 %s %s Tm' % (fmt(x), fmt(y))]
    f = pdfmetrics.getFont(font)
    if font == H:
        name = c._doc.getInternalFontName(H)
        ops.append('%s %s Tf (%s) Tj' % (name, fmt(size), esc(it['s'].encode('latin-1'))))
    else:
        for subset, bs in f.splitString(it['s'], c._doc):
            name = f.getSubsetInternalName(subset, c._doc)
            ops.append('%s %s Tf (%s) Tj' % (name, fmt(size), esc(bs)))
    ops += ['ET', 'Q']
    c._code.append('\n'.join(ops))


def fmt(v):
    s = ('%.3f' % v).rstrip('0').rstrip('.')
    return s if s not in ('-0', '') else '0'


def render(pages, seed, title):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor('BrochureKit holdout47')
    boxes = {}
    orig_add = c._doc.addPage

    def add(page):
        mb = boxes.get('media')
        if mb:
            page.MediaBox = pdfdoc.PDFArray(mb)
        return orig_add(page)
    c._doc.addPage = add
    rnd = random.Random(seed)
    for pi, p in enumerate(pages):
        c.setPageSize((p.w, p.h))
        boxes['media'] = p.mediabox
        c._cropBox = p.cropbox
        k = 1.0 / p.scale
        # define the forms first (they are written as XObjects referenced from the page)
        for name, (ox, oy) in sorted(p.forms.items()):
            its = [it for it in p.items if it['form'] == name]
            rnd.shuffle(its)
            c.beginForm('%s_p%d' % (name, pi + 1), -ox, -oy, p.w - ox, p.h - oy)
            for it in its:
                text_object(c, it, 1.0, ox, oy)
            c.endForm()
        c.saveState()
        if p.offset != (0, 0):
            c._code.append('1 0 0 1 %s %s cm' % (fmt(p.offset[0]), fmt(p.offset[1])))
        if p.scale != 1.0:
            c._code.append('%s 0 0 %s 0 0 cm' % (fmt(p.scale), fmt(p.scale)))
        c.setLineWidth(0.5 * k)
        for g in p.gfx:
            if g[0] == 'rect':
                c.setFillGray(g[5])
                c.rect(g[1] * k, g[2] * k, g[3] * k, g[4] * k, stroke=0, fill=1)
            else:
                c.setStrokeGray(0.3)
                c.line(g[1] * k, g[2] * k, g[3] * k, g[4] * k)
        loose = [it for it in p.items if it['form'] is None]
        order = [('t', it) for it in loose] + [('f', n) for n in sorted(p.forms)]
        rnd.shuffle(order)
        for kind, v in order:
            if kind == 't':
                text_object(c, v, k)
            else:
                ox, oy = p.forms[v]
                c._code.append('q 1 0 0 1 %s %s cm' % (fmt(ox * k), fmt(oy * k)))
                if k != 1.0:
                    c._code.append('%s 0 0 %s 0 0 cm' % (fmt(k), fmt(k)))
                c.doForm('%s_p%d' % (v, pi + 1))
                c._code.append('Q')
        c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------------------------- checks
KINSOKU_START = set('、。，．）」』】ー・：；？！ぁぃぅぇぉっゃゅょァィゥェォッャュョ々')


def nows(s):
    return ''.join(s.split())


def check_layout(pages):
    for pi, p in enumerate(pages, 1):
        boxes = []
        for it in p.items:
            f = pdfmetrics.getFont(it['font'])
            for ch in it['s']:
                if it['font'] == H:
                    if ord(ch) > 126:
                        raise Refused('p%d: non-ASCII %r in Helvetica' % (pi, ch))
                elif ord(ch) not in f.face.charToGlyph:
                    raise Refused('p%d: glyph %r missing from %s' % (pi, ch, it['font']))
            w_ = width(it['s'], it['font'], it['size'])
            x0, y0, x1, y1 = it['x'], it['y'] - it['size'] * 0.12, it['x'] + w_, it['y'] + it['size'] * 0.88
            if not it['hidden']:
                if x0 < EDGE or y0 < EDGE or x1 > p.w - EDGE or y1 > p.h - EDGE:
                    raise Refused('p%d: %r enters the %g pt edge margin' % (pi, it['s'], EDGE))
            for b in boxes:
                if x0 < b[2] - 0.3 and b[0] < x1 - 0.3 and y0 < b[3] - 0.3 and b[1] < y1 - 0.3:
                    raise Refused('p%d: %r overlaps %r' % (pi, it['s'], b[4]))
            boxes.append((x0, y0, x1, y1, it['s']))
        for (ri, ci, need, have, s) in getattr(p, 'allcells', []):
            if need > have + 0.01:
                raise Refused('p%d: cell %r overflows (%.1f > %.1f)' % (pi, s, need, have))
        for s in p.lines:
            if s and s[0] in KINSOKU_START:
                raise Refused('p%d: line starts with kinsoku %r' % (pi, s[0]))
        drawn = Counter(nows(''.join(it['s'] for it in p.items if not it['furniture'] and not it['hidden'])))
        exp = Counter(nows(''.join(p.lines)))
        if drawn != exp:
            raise Refused('p%d: drawn text and expected text differ: +%s -%s' % (
                pi, ''.join((exp - drawn).elements())[:20], ''.join((drawn - exp).elements())[:20]))


ERA = {2019: '令和元年度'}


def era(y):
    return ERA.get(y) or '令和%d年度' % (y - 2018)


def check_facts(f, exp_text):
    h = f['hiring']['rows']
    drawn = nows(exp_text)
    lines = exp_text.split('\n')
    actual = [r for r in h if not r['planned']]
    if len(actual) < 5 or [r['fiscalYear'] for r in actual] != list(range(actual[0]['fiscalYear'], actual[0]['fiscalYear'] + len(actual))):
        raise Refused('fewer than 5 consecutive actual years')
    if sum(r['planned'] for r in h) != 1 or not h[-1]['planned']:
        raise Refused('exactly one planned row, last')
    plan = h[-1]
    for r in h:
        if r['label'] != era(r['fiscalYear']):
            raise Refused('label %s is not the era label' % r['label'])
        for key in ('count', 'women'):
            t, a, b = r['total'].get(key), r['admin'].get(key), r['tech'].get(key)
            if r['planned'] and key == 'women':
                if (t, a, b) != (None, None, None):
                    raise Refused('women on the planned row')
                continue
            if t is None or a is None or b is None:
                raise Refused('%s: missing %s' % (r['labelText'], key))
            if t != a + b:
                raise Refused('%s: total %s %d != %d + %d' % (r['labelText'], key, t, a, b))
        line = next((l.split('\t') for l in lines if l.split('\t')[0] == r['labelText']), None)
        if line is None:
            raise Refused('no printed row %s' % r['labelText'])
        for k_ in ('total', 'admin', 'tech'):
            c = r[k_]
            if c['women'] is not None and c['women'] > c['count']:
                raise Refused('women > heads')
            if unicodedata.normalize('NFKC', c['text']) != str(c['count']):
                raise Refused('%s %s text != count' % (r['labelText'], k_))
            if c['women'] is not None and unicodedata.normalize('NFKC', c['womenText']) != str(c['women']):
                raise Refused('%s %s womenText != women' % (r['labelText'], k_))
            if not any(cell.startswith(c['text']) and (c['women'] is None and cell == c['text'] or
                       c['women'] is not None and cell[len(c['text']):][1:-1] == c['womenText'])
                       for cell in line[1:]):
                raise Refused('%s %s not printed in its row' % (r['labelText'], k_))
    y = plan['fiscalYear']
    if not (y == f['edition']['year'] == f['exams']['fiscalYear'] == int(f['edition']['asOf'][:4]) == actual[-1]['fiscalYear'] + 1):
        raise Refused('planned / edition / exam years disagree')
    a = f['assignments']
    if a['cohortFiscalYear'] != actual[-1]['fiscalYear']:
        raise Refused('assignment cohort')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        raise Refused('duplicate assignment unit')
    for k_ in ('admin', 'tech'):
        vals = [r[k_] for r in a['rows'] if r[k_] is not None]
        if any(v <= 0 for v in vals):
            raise Refused('zero or negative assignment')
        if sum(vals) != actual[-1][k_]['count']:
            raise Refused('assignment %s sum %d != %d' % (k_, sum(vals), actual[-1][k_]['count']))
    seen = set()
    per = Counter()
    for e in f['exams']['entries']:
        if e['total'] != sum(b['count'] for b in e['breakdown']):
            raise Refused('exam entry total')
        if score_extract.track(e['track']) == 'other':
            raise Refused('exam track maps to other')
        for b in e['breakdown']:
            key = (score_extract.track(e['track']), score_extract.level(e['exam']), score_extract.norm(b['category']))
            if key in seen:
                raise Refused('colliding exam category %s' % (key,))
            seen.add(key)
            per[e['track']] += b['count']
    tr = f['hiring']['tracks']
    if per[tr['admin']] != plan['admin']['count'] or per[tr['tech']] != plan['tech']['count']:
        raise Refused('exam categories do not add up to planned hires')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']:
            raise Refused('support duration')
    must = [f['organization'], f['edition']['asOfText'], f['hiring']['intro'][0], f['hiring']['note'][0],
            f['assignments']['intro'], f['exams']['title'], f['access']['address'], f['training']['title'],
            f['supportTitle']] + f['lead']['text'] + f['training']['paragraphs']
    must += [u for u in units] + [tr['admin'], tr['tech']]
    for e in f['exams']['entries']:
        must += [e['track'], e['exam']] + [b['category'] for b in e['breakdown']]
    for c in f['contacts']:
        must += [c['track'], c['office'], c['hoursText']] + c['tel'] + c['email'] + c['telText'] + c['emailText']
        for t, tt in zip(c['tel'], c['telText']):
            if [d for d in t if d.isdigit()] != [d for d in tt if d.isdigit()]:
                raise Refused('TEL line digits differ from the phone')
        for m, mt in zip(c['email'], c['emailText']):
            if m not in mt:
                raise Refused('E-mail line lacks the address')
    must += [r.replace('『', '').replace('』', '') for r in f['access']['routes']]
    for i in f['initiatives']:
        must += [i['title'], i['text']]
    for s in f['supportSystems']:
        must += [s['name'], s['durationText'], s['text']]
    for m in must:
        if nows(m) not in drawn:
            raise Refused('fact string not printed: %r' % m)
    doc = standin(f)
    res = score_extract.checks(f, doc, drawn)
    if not all(ok for _, ok in res):
        raise Refused('stand-in does not score full marks: %s' % [n for n, ok in res if not ok][:3])
    kinds = {n.split(' ')[0] for n, _ in res}
    need = {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route',
            'initiative', 'support'}
    if not need <= kinds or 'assignment cohort' not in [n for n, _ in res]:
        raise Refused('checks not reached: %s' % (need - kinds))
    if any(ok for _, ok in score_extract.checks(f, {}, drawn)):
        raise Refused('empty document scores')
    return len(res)


def standin(f):
    def cell(c):
        return {'count': c['count'], 'women': c['women']}
    s = {
        'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': cell(r['total']),
                             'administrative': cell(r['admin']), 'technical': cell(r['tech'])}
                            for r in f['hiring']['rows']]},
        'assignments': {'cohortFiscalYear': f['assignments']['cohortFiscalYear'],
                        'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0}
                                 for r in f['assignments']['rows']]},
        'examBreakdown': {'entries': [{'track': score_extract.track(e['track']),
                                       'level': score_extract.level(e['exam']),
                                       'category': b['category'], 'count': b['count']}
                                      for e in f['exams']['entries'] for b in e['breakdown']]},
        'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']}
                     for c in f['contacts']],
        'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]},
        'initiatives': [{'title': i['title']} for i in f['initiatives']],
        'supportSystems': [{'name': s['name']} for s in f['supportSystems']],
    }
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': s}


def check_pdftotext(pdf, pages):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'x.pdf')
        open(path, 'wb').write(pdf)
        for pi, p in enumerate(pages, 1):
            out = subprocess.run(['pdftotext', '-f', str(pi), '-l', str(pi), '-enc', 'UTF-8', path, '-'],
                                 capture_output=True, check=True).stdout.decode('utf-8')
            want = Counter(nows(''.join(it['s'] for it in p.items)))  # hidden text outside the CropBox included
            if Counter(nows(out)) != want:
                raise Refused('p%d: pdftotext gives other characters: +%s -%s' % (
                    pi, ''.join((Counter(nows(out)) - want).elements())[:30],
                    ''.join((want - Counter(nows(out))).elements())[:30]))
    n_bt = pdf.count(b'\nBT\n')
    n_items = sum(len(p.items) for p in pages)
    if n_bt != n_items:
        raise Refused('%d text objects for %d text items' % (n_bt, n_items))


# ----------------------------------------------------------------------------------------------- content
def hire(total, admin, tech, fy, labelText, planned=False, texts=None):
    """counts as (n, women); texts: printed strings per key, (text, womenText, cell)."""
    def c(v, key):
        n, w = v
        t, wt = texts[key][:2]
        d = {'count': n, 'text': t, 'women': w}
        if w is not None:
            d['womenText'] = wt
        return d
    return {'fiscalYear': fy, 'label': era(fy), 'labelText': labelText, 'planned': planned,
            'total': c(total, 'total'), 'admin': c(admin, 'admin'), 'tech': c(tech, 'tech')}


FW = str.maketrans('0123456789', '０１２３４５６７８９')


def fmt_cell(n, w, style):
    """style: 'h' half-width, 'f' full-width digits and brackets, 'm' half digits full brackets,
    'p' half digits and half-width brackets. Returns (text, womenText, cell)."""
    t = str(n)
    wt = None if w is None else str(w)
    if style == 'f':
        t = t.translate(FW)
        wt = wt and wt.translate(FW)
    o, c = ('(', ')') if style == 'p' else ('（', '）')
    return t, wt, t if w is None else '%s%s%s%s' % (t, o, wt, c)


def hiring_rows(data, styles, labels):
    rows = []
    for (fy, t, a, b), st, lab in zip(data, styles, labels):
        planned = t[1] is None
        texts = {k: fmt_cell(v[0], v[1], s) for k, v, s in (('total', t, st[0]), ('admin', a, st[1]), ('tech', b, st[2]))}
        rows.append((hire(t, a, b, fy, lab, planned, texts), texts))
    return rows


def base_facts(name, org, doc, asOf, asOfText, lead):
    return {'organization': org, 'document': doc,
            'edition': {'year': int(asOf[:4]), 'asOf': asOf, 'asOfText': asOfText},
            'lead': {'title': '', 'text': lead}}


def common_tail(f, name, pages):
    f['keyFigures'] = []
    f['pages'] = len(pages)
    f['fixture'] = name
    return f


def contact_block(p, c, x=None):
    x = L if x is None else x
    para(p, [c['track']], 'G', 10)
    para(p, [c['office']], 'M', 9, x=x + 8)
    p.y -= 14
    p.text(x + 8, p.y, c['telText'][0], H, 9)
    p.lines.append(c['telText'][0])
    p.y -= 14
    p.text(x + 8, p.y, c['emailText'][0], H, 9)
    p.lines.append(c['emailText'][0])
    para(p, [c['hoursText']], 'M', 9, x=x + 8)


def access_block(p, acc, head='アクセス'):
    heading(p, head)
    para(p, [acc['address']], 'M', 9)
    para(p, ['■' + r.replace('『', '').replace('』', '') for r in acc['routes']], 'M', 9)


def masthead(p, org, sub, edition, kicker=None, tint=0.9):
    p.rect(0, p.h - 96, p.w, 96, tint)
    if kicker:
        p.text(L, p.h - 48, kicker, 'G', 8)
        p.lines.append(kicker)
    p.text(L, p.h - 74, org, 'M', 22)
    p.text(L + width(org, 'M', 22) + 10, p.h - 74, sub, 'G', 12)
    p.lines.append(org + ' ' + sub)
    p.text(R - width(edition, 'G', 9), p.h - 74, edition, 'G', 9)
    p.lines.append(edition)
    p.y = p.h - 100


def folio(p, n):
    s = '- %d -' % n
    p.text((p.w - width(s, H, 8)) / 2, 26, s, H, 8, furniture=True)


def exams_table(p, f, size=8.5):
    rows = [['区分', '試験', '職種', '採用予定数']]
    for e in f['exams']['entries']:
        for b in e['breakdown']:
            rows.append([e['track'], e['exam'], b['category'], '%d名' % b['count']])
    return rows


def support_table(p, f):
    rows = [['制度', '期間', '内容']] + [[s['name'], s['durationText'], s['text']] for s in f['supportSystems']]
    table(p, [80, 120, 299], rows, 8.5)


def initiatives_block(p, f, mark='●'):
    for i in f['initiatives']:
        para(p, [mark + i['title']], 'G', 9.5)
        para(p, [i['text']], 'M', 9, indent=12, pitch=13)


def finish(p):
    p.allcells = getattr(p, 'allcells', []) + getattr(p, 'cells', [])
    p.cells = []


def tbl(p, *a, **k):
    table(p, *a, **k)
    finish(p)


# ---------------------------------------------------------------- inagi: offset-origin MediaBox, vertical header
def inagi():
    name = 'inagi-2026'
    f = base_facts(name, '稲城市', '稲城市 職員採用案内', '2026-04', '令和8年4月発行',
                   ['稲城市は、丘陵の緑と梨畑に恵まれたまちです。市民の暮らしに寄り添う職員を募集します。'])
    data = [(2021, (14, 6), (10, 5), (4, 1)), (2022, (16, 7), (11, 5), (5, 2)), (2023, (15, 8), (12, 7), (3, 1)),
            (2024, (18, 9), (13, 7), (5, 2)), (2025, (17, 8), (12, 6), (5, 2)), (2026, (19, None), (14, None), (5, None))]
    labels = ['令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度', '令和8年度（予定）']
    rows = hiring_rows(data, ['hhh'] * 6, labels)
    f['hiring'] = {'intro': ['採用者数の推移（単位：人）'], 'note': ['※（　）内は女性の数で内数です。令和8年度は採用予定数です。'],
                   'tracks': {'admin': '事務職', 'tech': '技術職'}, 'textSynthesised': False,
                   'layout': 'ruled 年度 | 事務職 | 技術職 | 計, the header row set VERTICALLY (one glyph per text object)',
                   'rows': [r for r, _ in rows]}
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務職', 'tech': '技術職'}, 'layout': 'ruled 配属先 | 事務職 | 技術職',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in [
                            ('企画部', 2, None), ('総務部', 2, None), ('市民部', 3, None), ('福祉部', 3, None),
                            ('都市建設部', 1, 4), ('消防本部', None, 1), ('教育部', 1, None)]]}
    f['exams'] = {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 職種 | 採用予定数', 'entries': [
                      {'track': '事務職', 'exam': '上級（大学卒業程度）', 'text': '',
                       'breakdown': [{'category': '行政', 'count': 11}, {'category': '福祉', 'count': 2}], 'total': 13},
                      {'track': '事務職', 'exam': '初級（高校卒業程度）', 'text': '',
                       'breakdown': [{'category': '一般事務', 'count': 1}], 'total': 1},
                      {'track': '技術職', 'exam': '上級（大学卒業程度）', 'text': '',
                       'breakdown': [{'category': '土木', 'count': 3}, {'category': '建築', 'count': 1},
                                     {'category': '保健師', 'count': 1}], 'total': 5}]}
    f['training'] = {'title': '人材育成', 'paragraphs': [
        '新規採用職員は、入庁後1年間、先輩職員の指導のもとで基礎を身につけます。',
        '3年目までに窓口・内部管理・事業の三つの分野を経験する配置を行います。']}
    f['initiatives'] = [{'title': 'テレワーク', 'text': '週2日まで自宅で勤務できます。'},
                        {'title': 'フレックスタイム', 'text': '1日の勤務時間を7時から20時の間で調整できます。'},
                        {'title': '男性職員の育児参加', 'text': '子が生まれた職員に育児休業の取得計画づくりを勧めます。'}]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [
        {'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで', 'text': '2回まで分割して取得できます。'},
        {'name': '育児短時間勤務', 'duration': '子が小学校に入るまで', 'durationText': '子が小学校に入るまで', 'text': '週20時間から勤務できます。'},
        {'name': '介護休暇', 'duration': '通算6か月まで', 'durationText': '通算6か月まで', 'text': '3回まで分割して取得できます。'}]
    f['contacts'] = [{'track': '採用に関するお問い合わせ', 'office': '稲城市役所 総務部 職員課 人事係',
                      'tel': ['042-378-2117'], 'email': ['jinji@city.inagi.tokyo.jp'], 'location': '',
                      'telText': ['TEL 042-378-2117'], 'emailText': ['E-mail jinji@city.inagi.tokyo.jp'],
                      'hoursText': '受付時間 平日8:30～17:15'}]
    f['access'] = {'address': '〒206-8601 東京都稲城市東長沼2111', 'routes': [
        'JR南武線『稲城長沼』駅から徒歩4分',
        '京王相模原線『稲城』駅から市内循環バス「iバス」で「市役所」下車 徒歩1分'], 'routesSynthesised': False}
    f['decoys'] = {'origin': 'MediaBox [-297.64 -420.945 297.64 420.945]: the page origin is at the page centre, '
                             'all content drawn under a 1 0 0 1 -297.64 -420.945 cm',
                   'verticalHeader': 'hiring header cells one glyph per text object', 'hours': 'the 受付時間 line'}

    p1, p2 = Page(), Page()
    for p in (p1, p2):
        p.mediabox = [-297.64, -420.945, 297.64, 420.945]
        p.offset = (-297.64, -420.945)
    masthead(p1, '稲城市', '職員採用案内', '令和8年4月発行', tint=0.9)
    para(p1, f['lead']['text'], 'M', 9.5)
    heading(p1, '採用実績')
    para(p1, f['hiring']['intro'], 'G', 9)
    hr = [['年度', '事務職', '技術職', '計']] + [[r['labelText'], tx['admin'][2], tx['tech'][2], tx['total'][2]]
                                         for r, tx in rows]
    tbl(p1, [130, 90, 90, 90], hr, 9, rowh=18, vertical_header=True, tint_last=True, align=['l', 'c', 'c', 'c'])
    para(p1, f['hiring']['note'], 'M', 8)
    heading(p1, '配属実績')
    para(p1, [f['assignments']['intro']], 'G', 9)
    ar = [['配属先', '事務職', '技術職']] + [[r['unit'], str(r['admin'] or '－'), str(r['tech'] or '－')]
                                      for r in f['assignments']['rows']]
    tbl(p1, [150, 80, 80], ar, 8.5, rowh=16, align=['l', 'c', 'c'])
    folio(p1, 1)
    p2.y = p2.h - 40
    heading(p2, f['exams']['title'], gap=0)
    tbl(p2, [70, 160, 100, 80], exams_table(p2, f), 8.5, rowh=17, align=['l', 'l', 'l', 'c'])
    heading(p2, '働き方改革')
    initiatives_block(p2, f, '●')
    heading(p2, f['supportTitle'])
    tbl(p2, [80, 120, 299], [['制度', '期間', '内容']] + [[s['name'], s['durationText'], s['text']]
                                                    for s in f['supportSystems']], 8.5, rowh=17)
    heading(p2, f['training']['title'])
    para(p2, f['training']['paragraphs'], 'M', 9)
    p2.y -= 6
    contact_block(p2, f['contacts'][0])
    access_block(p2, f['access'])
    folio(p2, 2)
    return name, f, [p1, p2]


# ---------------------------------------------------------------- tufs: Form XObjects, CTM-scaled page
def tufs():
    name = 'tufs-2026'
    f = base_facts(name, '東京外国語大学', '東京外国語大学 事務職員採用案内', '2026-03', '2026年3月発行',
                   ['世界の言語と地域を学ぶ大学の運営を、事務と技術の両面から支える職員を募集します。'])
    data = [(2021, (9, 5), (8, 5), (1, 0)), (2022, (11, 6), (9, 5), (2, 1)), (2023, (10, 6), (9, 6), (1, 0)),
            (2024, (12, 7), (10, 6), (2, 1)), (2025, (11, 7), (9, 6), (2, 1)), (2026, (12, None), (10, None), (2, None))]
    labels = ['2021年度', '2022年度', '2023年度', '2024年度', '2025年度', '2026年度（予定）']
    rows = hiring_rows(data, ['mmm'] * 6, labels)
    for (r, _), lab in zip(rows, labels):
        r['label'] = era(r['fiscalYear'])
    f['hiring'] = {'intro': ['採用者数（単位：人）'], 'note': ['※（　）内は女性で内数。2026年度は予定数です。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'ruled 年度 | 事務系 | 技術系 | 計 inside a Form XObject placed by cm + Do',
                   'rows': [r for r, _ in rows]}
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '2025年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'}, 'layout': 'ruled 配属先 | 事務系 | 技術系',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in [
                            ('総務企画課', 2, None), ('教務課', 3, None), ('学生課', 2, None),
                            ('国際化拠点室', 1, None), ('施設課', 1, 1), ('情報基盤課', None, 1)]]}
    f['exams'] = {'title': '2026年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 職種 | 採用予定数', 'entries': [
                      {'track': '事務系', 'exam': '国立大学法人等職員採用試験（大卒程度）', 'text': '',
                       'breakdown': [{'category': '事務', 'count': 8}, {'category': '図書', 'count': 1}], 'total': 9},
                      {'track': '事務系', 'exam': '大学院修士課程修了程度（国際系職員選考）', 'text': '',
                       'breakdown': [{'category': '国際交流', 'count': 1}], 'total': 1},
                      {'track': '技術系', 'exam': '国立大学法人等職員採用試験（大卒程度）', 'text': '',
                       'breakdown': [{'category': '建築', 'count': 1}, {'category': '情報', 'count': 1}], 'total': 2}]}
    f['training'] = {'title': '研修制度', 'paragraphs': [
        '新任職員研修のほか、語学研修や海外の協定校での実務研修に参加できます。',
        '入職5年目までに二つ以上の部署を経験する異動を行います。']}
    f['initiatives'] = [{'title': '時差出勤', 'text': '始業時刻を7時30分から10時30分の間で選べます。'},
                        {'title': '語学講座の受講', 'text': '勤務時間内に学内の語学講座を受講できます。'},
                        {'title': '年休の計画取得', 'text': '夏季と年末に年休をまとめて取得する計画を立てます。'}]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援'
    f['supportSystems'] = [
        {'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで', 'text': '2回まで分割して取得できます。'},
        {'name': '育児部分休業', 'duration': '子が小学校就学まで', 'durationText': '子が小学校就学まで', 'text': '1日2時間まで勤務しないことができます。'},
        {'name': '介護休業', 'duration': '通算93日まで', 'durationText': '通算93日まで', 'text': '3回まで分割して取得できます。'}]
    f['contacts'] = [{'track': 'お問い合わせ', 'office': '東京外国語大学 総務企画課 人事係',
                      'tel': ['042-330-5128'], 'email': ['saiyo@tufs.ac.jp'], 'location': '',
                      'telText': ['TEL 042-330-5128'], 'emailText': ['E-mail saiyo@tufs.ac.jp'],
                      'hoursText': '受付時間 平日9:00～17:00'}]
    f['access'] = {'address': '〒183-8534 東京都府中市朝日町3-11-1', 'routes': [
        '西武多摩川線『多磨』駅から徒歩5分', '京王線『飛田給』駅から徒歩20分'], 'routesSynthesised': False}
    f['decoys'] = {'forms': 'p1: each section\'s text inside its own Form XObject, placed by cm and drawn with Do',
                   'scaled': 'p2: all content drawn at double coordinates and sizes under 0.5 0 0 0.5 0 0 cm',
                   'hours': 'the 受付時間 line'}

    p1, p2 = Page(), Page()
    masthead(p1, '東京外国語大学', '事務職員採用案内', '2026年3月発行', kicker='国立大学法人', tint=0.9)
    para(p1, f['lead']['text'], 'M', 9.5)

    def section(p, nm, fn):
        p.forms[nm] = (L, round(p.y, 2))
        p.form = nm
        fn()
        p.form = None

    def hiring_sec():
        heading(p1, '採用実績')
        para(p1, f['hiring']['intro'], 'G', 9)
        hr = [['年度', '事務系', '技術系', '計']] + [[r['labelText'], tx['admin'][2], tx['tech'][2], tx['total'][2]]
                                             for r, tx in rows]
        tbl(p1, [130, 90, 90, 90], hr, 9, rowh=18, tint_last=True, align=['l', 'c', 'c', 'c'])
        para(p1, f['hiring']['note'], 'M', 8)

    def assign_sec():
        heading(p1, '配属実績')
        para(p1, [f['assignments']['intro']], 'G', 9)
        ar = [['配属先', '事務系', '技術系']] + [[r['unit'], str(r['admin'] or '－'), str(r['tech'] or '－')]
                                          for r in f['assignments']['rows']]
        tbl(p1, [150, 80, 80], ar, 8.5, rowh=16, align=['l', 'c', 'c'])

    def exam_sec():
        heading(p1, f['exams']['title'])
        tbl(p1, [60, 250, 80, 70], exams_table(p1, f), 8, rowh=16, align=['l', 'l', 'l', 'c'])
    section(p1, 'Hiring', hiring_sec)
    section(p1, 'Assign', assign_sec)
    section(p1, 'Exams', exam_sec)
    folio(p1, 1)
    p2.scale = 0.5
    p2.y = p2.h - 40
    heading(p2, '働きやすい職場づくり', gap=0)
    initiatives_block(p2, f, '◆')
    heading(p2, f['supportTitle'])
    tbl(p2, [80, 120, 299], [['制度', '期間', '内容']] + [[s['name'], s['durationText'], s['text']]
                                                    for s in f['supportSystems']], 8.5, rowh=17)
    heading(p2, f['training']['title'])
    para(p2, f['training']['paragraphs'], 'M', 9)
    p2.y -= 6
    contact_block(p2, f['contacts'][0])
    access_block(p2, f['access'])
    folio(p2, 2)
    return name, f, [p1, p2]


# ---------------------------------------------------------------- niad: B5 CropBox on an A4 MediaBox, Ｒ元 labels in pieces
def niad():
    name = 'niad-2026'
    f = base_facts(name, '大学改革支援・学位授与機構', '大学改革支援・学位授与機構 職員採用案内', '2026-02', '令和8年2月発行',
                   ['大学の質の保証と学位の授与を通じて、日本の高等教育を支える仕事です。'])
    data = [(2019, (6, 3), (5, 3), (1, 0)), (2020, (5, 2), (4, 2), (1, 0)), (2021, (7, 4), (6, 4), (1, 0)),
            (2022, (6, 3), (5, 2), (1, 1)), (2023, (8, 4), (6, 3), (2, 1)), (2024, (7, 4), (6, 4), (1, 0)),
            (2025, (9, 5), (7, 4), (2, 1)), (2026, (8, None), (6, None), (2, None))]
    digits = ['元', '２', '３', '４', '５', '６', '７', '８']
    labels = ['Ｒ%s年度' % d for d in digits]
    labels[-1] += '（予定）'
    styles = ['fff', 'fpf', 'mff', 'fff', 'pmf', 'fff', 'ffm', 'fff']
    rows = hiring_rows(data, styles, labels)
    f['hiring'] = {'intro': ['常勤職員の採用者数（単位：人）'], 'note': ['※（　）内は女性の数で内数です。Ｒ８年度は採用予定数です。'],
                   'tracks': {'admin': '事務職員', 'tech': '技術職員'}, 'textSynthesised': False,
                   'layout': 'ruled 年度 | 事務職員 | 技術職員 | 計; labels Ｒ元年度 … in separate text objects '
                             '(Ｒ, a larger digit, 年度); full-width and half-width digits and brackets cell by cell',
                   'rows': [r for r, _ in rows]}
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': 'Ｒ７年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務職員', 'tech': '技術職員'}, 'layout': 'ruled 配属先 | 事務職員 | 技術職員',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in [
                            ('総務課', 2, None), ('評価事業部', 3, None), ('学位審査課', 2, None),
                            ('研究開発部', None, 1), ('情報システム課', None, 1)]]}
    f['exams'] = {'title': 'Ｒ８年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 職種 | 採用予定数', 'entries': [
                      {'track': '事務職員', 'exam': '国立大学法人等職員採用試験（大卒程度）', 'text': '',
                       'breakdown': [{'category': '一般事務', 'count': 5}], 'total': 5},
                      {'track': '事務職員', 'exam': '大学院修士課程修了程度（評価専門職選考）', 'text': '',
                       'breakdown': [{'category': '大学評価', 'count': 1}], 'total': 1},
                      {'track': '技術職員', 'exam': '国立大学法人等職員採用試験（大卒程度）', 'text': '',
                       'breakdown': [{'category': '電気・電子・情報', 'count': 2}], 'total': 2}]}
    f['training'] = {'title': '研修', 'paragraphs': [
        '新規採用職員研修で、大学評価と学位授与の制度を一から学びます。',
        '大学や文部科学省との人事交流で、高等教育行政の経験を積めます。']}
    f['initiatives'] = [{'title': '在宅勤務', 'text': '月8日まで在宅で勤務できます。'},
                        {'title': '会議のペーパーレス', 'text': '評価委員会の資料を電子化しています。'},
                        {'title': '休暇の取得促進', 'text': '年休10日以上の取得を目標にしています。'}]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '仕事と家庭の両立'
    f['supportSystems'] = [
        {'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで', 'text': '2回まで分割して取得できます。'},
        {'name': '育児時間', 'duration': '子が1歳に達するまで', 'durationText': '子が1歳に達するまで', 'text': '1日2回各30分まで取得できます。'},
        {'name': '介護休業', 'duration': '通算6か月まで', 'durationText': '通算6か月まで', 'text': '3回まで分割して取得できます。'}]
    f['contacts'] = [{'track': '採用に関するお問い合わせ', 'office': '大学改革支援・学位授与機構 総務課 人事係',
                      'tel': ['042-307-1526'], 'email': ['jinji@niad.ac.jp'], 'location': '',
                      'telText': ['TEL 042-307-1526'], 'emailText': ['E-mail jinji@niad.ac.jp'],
                      'hoursText': '受付時間 平日9:30～17:00'}]
    f['access'] = {'address': '〒187-8587 東京都小平市学園西町1-29-1', 'routes': [
        '西武多摩湖線『一橋学園』駅から徒歩10分', '西武国分寺線『小川』駅から徒歩15分'], 'routesSynthesised': False}
    f['decoys'] = {'crop': 'A4 MediaBox with a B5 CropBox [40 56 555.9 784.5]; a proof note and an old planned '
                           'figure sit outside the CropBox (hidden, not in the expected text)',
                   'labels': 'Ｒ / digit / 年度 as separate text objects, the digit larger',
                   'hours': 'the 受付時間 line'}

    CB = [40, 56, 555.9, 784.5]     # JIS B5 (515.9 x 728.5) inside A4
    p1, p2 = Page(), Page()
    for p in (p1, p2):
        p.cropbox = CB
        # the visible page (for the margin check) is the CropBox: model coordinates are media coordinates,
        # and the check uses a box shifted to the crop; see check_layout_crop
    masthead_crop(p1, f)
    global L, R
    oldL, oldR = L, R
    L, R = CB[0] + 34, CB[2] - 34
    try:
        para(p1, f['lead']['text'], 'M', 9)
        heading(p1, '採用実績', 10.5)
        para(p1, f['hiring']['intro'], 'G', 8.5)
        hr = [['年度', '事務職員', '技術職員', '計']]
        for (r, tx), d in zip(rows, digits):
            lab = [('Ｒ', 'G', 8), (d, 'G', 11), ('年度', 'G', 8)]
            if r['planned']:
                lab.append(('（予定）', 'G', 8))
            hr.append([lab, tx['admin'][2], tx['tech'][2], tx['total'][2]])
        tbl(p1, [120, 90, 90, 90], hr, 8.5, rowh=17, tint_last=True, align=['l', 'c', 'c', 'c'])
        para(p1, f['hiring']['note'], 'M', 7.5)
        heading(p1, '配属実績', 10.5)
        para(p1, [f['assignments']['intro']], 'G', 8.5)
        ar = [['配属先', '事務職員', '技術職員']] + [[r['unit'], str(r['admin'] or '－'), str(r['tech'] or '－')]
                                            for r in f['assignments']['rows']]
        tbl(p1, [140, 80, 80], ar, 8.5, rowh=15, align=['l', 'c', 'c'])
        heading(p1, f['exams']['title'], 10.5)
        tbl(p1, [55, 235, 90, 67], exams_table(p1, f), 7.5, rowh=15, align=['l', 'l', 'l', 'c'])
        p1.text((CB[0] + CB[2]) / 2 - 12, CB[1] + 20, '- 1 -', H, 8, furniture=True)
        # outside the CropBox: invisible proof leftovers
        p1.text(20, 30, '【校正用】旧版 Ｒ７年度 採用予定 ９名', 'G', 8, hidden=True)
        p1.text(20, 812, 'niad_saiyo2026_v3 proof', H, 7, hidden=True)
        p2.y = CB[3] - 36
        heading(p2, '働きやすい職場づくり', 10.5, gap=0)
        initiatives_block(p2, f, '●')
        heading(p2, f['supportTitle'], 10.5)
        tbl(p2, [80, 110, 257], [['制度', '期間', '内容']] + [[s['name'], s['durationText'], s['text']]
                                                        for s in f['supportSystems']], 8, rowh=16)
        heading(p2, f['training']['title'], 10.5)
        para(p2, f['training']['paragraphs'], 'M', 8.5)
        p2.y -= 6
        contact_block(p2, f['contacts'][0], x=L)
        access_block(p2, f['access'])
        p2.text((CB[0] + CB[2]) / 2 - 12, CB[1] + 20, '- 2 -', H, 8, furniture=True)
        p2.text(300, 30, '校正 2026/01/28', 'G', 7, hidden=True)
    finally:
        L, R = oldL, oldR
    return name, f, [p1, p2]


def masthead_crop(p, f):
    CB = [40, 56, 555.9, 784.5]
    p.rect(0, CB[3] - 90, p.w, 90 + (p.h - CB[3]), 0.9)   # bleeds past the crop
    x = CB[0] + 34
    p.text(x, CB[3] - 36, '独立行政法人', 'G', 8)
    p.lines.append('独立行政法人')
    org = f['organization']
    p.text(x, CB[3] - 62, org, 'M', 18)
    p.text(x + width(org, 'M', 18) + 8, CB[3] - 62, '職員採用案内', 'G', 11)
    p.lines.append(org + ' 職員採用案内')
    e = f['edition']['asOfText']
    p.text(CB[2] - 34 - width(e, 'G', 8.5), CB[3] - 62, e, 'G', 8.5)
    p.lines.append(e)
    p.y = CB[3] - 92


def crop_margin_check(pages):
    for pi, p in enumerate(pages, 1):
        if not p.cropbox:
            continue
        x0c, y0c, x1c, y1c = p.cropbox
        for it in p.items:
            w_ = width(it['s'], it['font'], it['size'])
            inside = (it['x'] >= x0c + EDGE and it['y'] - it['size'] * 0.12 >= y0c + EDGE and
                      it['x'] + w_ <= x1c - EDGE and it['y'] + it['size'] * 0.88 <= y1c - EDGE)
            outside = (it['x'] + w_ < x0c or it['x'] > x1c or it['y'] + it['size'] < y0c or it['y'] > y1c)
            if it['hidden'] and not outside:
                raise Refused('p%d: hidden item %r is not wholly outside the CropBox' % (pi, it['s']))
            if not it['hidden'] and not inside:
                raise Refused('p%d: %r enters the %g pt margin of the CropBox' % (pi, it['s'], EDGE))


BUILDERS = {'inagi': inagi, 'tufs': tufs, 'niad': niad}


# ----------------------------------------------------------------------------------------------- build
def build(key, mutate=None, write=True):
    name, f, pages = BUILDERS[key]()
    if mutate:
        mutate(f, pages)
    check_layout(pages)
    crop_margin_check(pages)
    exp = '\n\f\n'.join('\n'.join(p.lines) for p in pages) + '\n'
    n = check_facts(f, exp)
    seed = int(hashlib.md5(name.encode()).hexdigest()[:8], 16)
    pdf = render(pages, seed, f['document'])
    if render(pages, seed, f['document']) != pdf:
        raise Refused('two renderings differ')
    check_pdftotext(pdf, pages)
    if write:
        os.makedirs(OUT, exist_ok=True)
        open(os.path.join(OUT, name + '.pdf'), 'wb').write(pdf)
        open(os.path.join(OUT, name + '.expected.txt'), 'w').write(exp)
        open(os.path.join(OUT, name + '.facts.json'), 'w').write(json.dumps(f, ensure_ascii=False, indent=2) + '\n')
    return name, n, sum(len(p.items) for p in pages)


# ----------------------------------------------------------------------------------------------- self-test
def faults():
    def first(pages, pred):
        for p in pages:
            for it in p.items:
                if pred(it):
                    return p, it
    def overlap(f, pages):
        p, it = first(pages, lambda it: not it['furniture'] and not it['hidden'])
        p.items.append(dict(it, s='重'))
        p.lines.append('重')
    def extra_char(f, pages):
        pages[0].lines.append('余')
    def hiring_total(f, pages):
        f['hiring']['rows'][0]['total']['count'] += 1
    def women_total(f, pages):
        f['hiring']['rows'][1]['total']['women'] += 1
    def assign(f, pages):
        r = next(r for r in f['assignments']['rows'] if r['admin'])
        r['admin'] += 1
    def exam(f, pages):
        e = f['exams']['entries'][0]
        e['breakdown'][0]['count'] += 1
    def email(f, pages):
        f['contacts'][0]['email'] = ['other@example.go.jp']
    def emoji(f, pages):
        p, it = first(pages, lambda it: it['font'] == 'M' and not it['hidden'])
        it['s'] += '\U0001F600'
        p.lines.append('\U0001F600')
    def edge(f, pages):
        p = pages[0]
        x = (p.cropbox[0] + 2) if p.cropbox else 2
        y = (p.cropbox[1] + 200) if p.cropbox else 200
        p.text(x, y, '端', 'G', 8)
        p.lines.append('端')
    def planned_women(f, pages):
        f['hiring']['rows'][-1]['total']['women'] = 1
    def planned_first(f, pages):
        rows = f['hiring']['rows']
        rows.insert(0, rows.pop())
    def collide(f, pages):
        e = f['exams']['entries'][0]
        b = e['breakdown'][0]
        if b['count'] < 2:
            b['count'] += 1
            e['total'] += 1
            f['exams']['entries'][1]['breakdown'][0]['count'] -= 1 if f['exams']['entries'][1]['breakdown'][0]['count'] > 1 else 0
        e['breakdown'][0:1] = [dict(b, count=b['count'] - 1), dict(b, count=1)]
    def overflow(f, pages):
        p = pages[0]
        ri, ci, need, have, s = p.allcells[-1]
        p.allcells.append((ri, ci, have + 5, have, s))
    def kinsoku(f, pages):
        p = pages[1]
        p.lines.append('。あ')
        p.text(200, 60 if not p.cropbox else p.cropbox[1] + 40, '。あ', 'M', 8)
    def dup_unit(f, pages):
        rows = f['assignments']['rows']
        r = rows[0]
        rows.append(dict(r))
    def exam_track(f, pages):
        e = f['exams']['entries'][-1]
        e['breakdown'][-1]['count'] += 1
        e['total'] += 1
    return [overlap, extra_char, hiring_total, women_total, assign, exam, email, emoji, edge, planned_women,
            planned_first, collide, overflow, kinsoku, dup_unit, exam_track]


def selftest(verbose):
    ok = total = 0
    for key in BUILDERS:
        for fn in faults():
            total += 1
            try:
                build(key, fn, write=False)
                print('NOT REFUSED: %s %s' % (key, fn.__name__))
            except Refused as e:
                ok += 1
                if verbose:
                    print('refused %-6s %-14s %s' % (key, fn.__name__, e))
    print('selftest: %d/%d faults refused' % (ok, total))
    return ok == total


def main(argv):
    if '--selftest' in argv:
        sys.exit(0 if selftest('-v' in argv) else 1)
    keys = [a for a in argv if not a.startswith('-')] or list(BUILDERS)
    for k in keys:
        name, n, items = build(k)
        print('%s: %d fact checks, %d text objects' % (name, n, items))


if __name__ == '__main__':
    main(sys.argv[1:])
