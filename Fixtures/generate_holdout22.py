#!/usr/bin/env python3
"""Blind fixture set 22 (名古屋市, 千葉県, 国際協力機構): self-contained generator.

usage: python3 Fixtures/generate_holdout22.py [NAME ...]

Every visual line (each table-cell line, each glyph of vertical text, each tile label) is its own
text object inside q/Q at an absolute position; the text objects of a page are drawn after the
graphics in a seeded shuffled order. The script refuses to write a brochure whose text items
overlap, leave the page, use a glyph the font lacks, overflow their table cell, whose drawn text
differs from the expected text (per page, as a multiset of characters; also checked against
pdftotext), whose fact strings are not printed, or whose numbers do not add up.
"""
import json, os, random, subprocess, sys, tempfile, unicodedata, math
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab import rl_config

rl_config.invariant = 1

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout22')
FONTS = {'M': ('H22Mincho', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'),
         'G': ('H22Gothic', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf')}
FACE = {}
for key, (name, path) in FONTS.items():
    f = TTFont(name, path)
    pdfmetrics.registerFont(f)
    FACE[key] = f
W, H = A4


def sw(s, size, font='M', cs=0.0):
    return pdfmetrics.stringWidth(s, FONTS[font][0], size) + cs * len(s)


def rgb(h):
    return colors.HexColor(h)


BLACK = rgb('#1a1a1a')
WHITE = colors.white


class Fail(Exception):
    pass


class Item:
    __slots__ = ('x', 'y', 's', 'size', 'font', 'color', 'cs', 'rot', 'group', 'bold', 'w', 'origin', 'angle')

    def __init__(self, x, y, s, size, font, color, cs, rot, group, bold):
        self.x, self.y, self.s, self.size, self.font, self.color = x, y, s, size, font, color
        self.cs, self.rot, self.group, self.bold = cs, rot, group, bold
        self.w = sw(s, size, font, cs)
        self.origin = None
        self.angle = 0.0

    def local_box(self):
        if self.rot == 90:   # glyph turned 90° clockwise inside a vertical line: occupies w high, size wide
            return (self.x, self.y, self.x + self.size, self.y + self.w)
        return (self.x, self.y - self.size * 0.88, self.x + self.w, self.y + self.size * 0.12)

    def page_box(self):
        x0, y0, x1, y1 = self.local_box()
        if not self.angle:
            return (x0, y0, x1, y1)
        ox, oy = self.origin
        a = math.radians(self.angle)
        pts = []
        for px, py in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
            dx, dy = px - ox, py - oy
            # top-down coordinates, positive angle = counter-clockwise on the page
            pts.append((ox + dx * math.cos(a) + dy * math.sin(a), oy - dx * math.sin(a) + dy * math.cos(a)))
        xs = [p[0] for p in pts]; ys = [p[1] for p in pts]
        return (min(xs), min(ys), max(xs), max(ys))


class Page:
    def __init__(self, w=W, h=H):
        self.w, self.h = w, h
        self.items, self.gfx, self.lines = [], [], []
        self.group = None      # (name, origin, angle) for a rotated group

    # ---- text -------------------------------------------------------------------------------
    def t(self, x, y, s, size=9, font='M', color=BLACK, cs=0.0, line=True, bold=False, rot=0):
        it = Item(x, y, s, size, font, color, cs, rot, None, bold)
        if self.group:
            it.group, it.origin, it.angle = self.group
        self.items.append(it)
        if line:
            self.lines.append(s)
        return it

    def tr(self, xr, y, s, size=9, font='M', color=BLACK, cs=0.0, line=True, bold=False):
        return self.t(xr - sw(s, size, font, cs), y, s, size, font, color, cs, line, bold)

    def tc(self, xc, y, s, size=9, font='M', color=BLACK, cs=0.0, line=True, bold=False):
        return self.t(xc - sw(s, size, font, cs) / 2, y, s, size, font, color, cs, line, bold)

    def L(self, s):
        self.lines.append(s)

    def para(self, x, y, width, text, size=9, lead=None, font='M', color=BLACK, indent=0.0):
        lead = lead or size * 1.6
        for i, ln in enumerate(wrap(text, width - indent, size, font, first_indent=indent)):
            self.t(x + (indent if i == 0 else 0), y, ln, size, font, color)
            y += lead
        return y

    def vline_text(self, x, ytop, s, size, font='M', color=BLACK, line=True, gap=0.0):
        """A vertical (縦書き) line: one object per glyph, top to bottom, centred on x.
        Runs of ASCII digits are set 縦中横 (one horizontal object); brackets are turned 90°."""
        y = ytop
        for tok in vtokens(s):
            if tok in '（）':
                # rotated glyph: drawn turned 90° clockwise, occupying sw(tok) vertically
                wv = sw(tok, size, font)
                it = self.t(x - size / 2, y, tok, size, font, color, line=False, rot=90)
                y += wv + gap
            else:
                wv = sw(tok, size, font)
                self.t(x - wv / 2, y + size * 0.88, tok, size, font, color, line=False)
                y += size + gap
        if line:
            self.lines.append(s)
        return y

    # ---- graphics ---------------------------------------------------------------------------
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, dash=None, r=0):
        self.gfx.append(('rect', x, y, w, h, fill, stroke, lw, dash, r, self.group))

    def hline(self, x0, x1, y, color=BLACK, lw=0.5, dash=None):
        self.gfx.append(('line', x0, y, x1, y, color, lw, dash, self.group))

    def line(self, x0, y0, x1, y1, color=BLACK, lw=0.5, dash=None):
        self.gfx.append(('line', x0, y0, x1, y1, color, lw, dash, self.group))

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.6):
        self.gfx.append(('circle', x, y, r, fill, stroke, lw, self.group))

    def poly(self, pts, fill=None, stroke=None, lw=0.6):
        self.gfx.append(('poly', pts, fill, stroke, lw, self.group))

    def dots(self, x0, x1, y, color=BLACK):
        """graphic leader dots (not text)"""
        x = x0
        while x < x1:
            self.circle(x, y, 0.45, fill=color)
            x += 3.2


KINSOKU_START = set('、。，．・：；？！）」』】〕ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ％～')
KINSOKU_END = set('（「『【〔')


def tokens(s):
    out, i = [], 0
    while i < len(s):
        if s[i].isascii() and s[i] != ' ':
            j = i
            while j < len(s) and s[j].isascii() and s[j] != ' ':
                j += 1
            out.append(s[i:j]); i = j
        else:
            out.append(s[i]); i += 1
    return out


def vtokens(s):
    out, i = [], 0
    while i < len(s):
        if s[i].isascii() and s[i].isdigit():
            j = i
            while j < len(s) and s[j].isascii() and s[j].isdigit():
                j += 1
            out.append(s[i:j]); i = j
        else:
            out.append(s[i]); i += 1
    return out


def wrap(text, width, size, font='M', first_indent=0.0):
    toks = tokens(text)
    lines, cur = [], ''
    limit = width
    for tok in toks:
        if cur and sw(cur + tok, size, font) > limit:
            # kinsoku: pull a forbidden line-start back onto this line if it is one char
            if tok[0] in KINSOKU_START and len(tok) == 1:
                cur += tok
                continue
            if cur[-1] in KINSOKU_END:
                lines.append(cur[:-1]); cur = cur[-1] + tok
            else:
                lines.append(cur); cur = tok
            limit = width + first_indent
        else:
            cur += tok
    if cur:
        lines.append(cur)
    for ln in lines:
        if sw(ln, size, font) > (width + first_indent) + size * 1.01:
            raise Fail('wrapped line too long: ' + ln)
        if ln[0] in KINSOKU_START:
            raise Fail('kinsoku start: ' + ln)
    return lines


# ---- tables -----------------------------------------------------------------------------------
def table(p, x, y, widths, rows, rh=16, size=8.5, font='M', aligns=None, header=0, head_fill=None,
          head_color=BLACK, grid=True, hrules=False, fills=None, spans=None, pad=3, record=True,
          bold_rows=(), lead=None, valign='centre'):
    """rows: list of lists of cells; a cell is '' / None (empty or covered by a span), a string or a
    list of strings (lines). spans: {(r, c): nrows} row spans (text on the span's first row, top
    aligned when valign='top'). Returns the y under the table. Records one expected line per row."""
    spans = spans or {}
    fills = fills or {}
    aligns = aligns or ['l'] + ['r'] * (len(widths) - 1)
    lead = lead or size * 1.25
    heights = []
    for r, row in enumerate(rows):
        n = max(len(c) if isinstance(c, list) else 1 for c in row)
        heights.append(max(rh, n * lead + 5))
    ys = [y]
    for h in heights:
        ys.append(ys[-1] + h)
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    covered = set()
    for (r, c), n in spans.items():
        for k in range(1, n):
            covered.add((r + k, c))
    for r in range(len(rows)):
        f = fills.get(r) or (head_fill if r < header and head_fill else None)
        if f:
            p.rect(xs[0], ys[r], xs[-1] - xs[0], heights[r], fill=f)
    for r, row in enumerate(rows):
        texts = []
        for c, cell in enumerate(row):
            if (r, c) in covered:
                texts.append('')
                continue
            lines = cell if isinstance(cell, list) else ([cell] if cell else [])
            texts.append(''.join(lines))
            n = spans.get((r, c), 1)
            top, bot = ys[r], ys[r + n]
            col = head_color if r < header else BLACK
            fnt = 'G' if (r < header or r in bold_rows) else font
            blockh = len(lines) * lead
            if valign == 'top' or n > 1 and valign == 'spantop':
                y0 = top + (heights[r] - blockh) / 2 + size * 0.95
            else:
                y0 = top + (bot - top - blockh) / 2 + size * 0.95
            for i, ln in enumerate(lines):
                wdt = sw(ln, size, fnt)
                if wdt > widths[c] - 2 * pad + 0.01:
                    raise Fail(f'cell overflow: {ln!r} {wdt:.1f} > {widths[c] - 2 * pad:.1f}')
                a = aligns[c] if r >= header else 'c'
                if a == 'l':
                    tx = xs[c] + pad
                elif a == 'r':
                    tx = xs[c + 1] - pad - wdt
                else:
                    tx = (xs[c] + xs[c + 1] - wdt) / 2
                p.t(tx, y0 + i * lead, ln, size, fnt, col, line=False)
        if record:
            p.L('\t'.join(texts))
    if grid:
        for r in range(len(rows) + 1):
            # horizontal rule segments, skipping columns covered by a span across this boundary
            for c in range(len(widths)):
                if 0 < r < len(rows) and (r, c) in covered:
                    continue
                p.hline(xs[c], xs[c + 1], ys[r], lw=0.8 if r in (0, len(rows)) else 0.4)
        for c in range(len(widths) + 1):
            p.line(xs[c], ys[0], xs[c], ys[-1], lw=0.4)
    elif hrules:
        p.hline(xs[0], xs[-1], ys[0], lw=0.9)
        p.hline(xs[0], xs[-1], ys[-1], lw=0.9)
        for r in range(1, len(rows)):
            skip = [c for c in range(len(widths)) if (r, c) in covered]
            x0 = xs[max(skip) + 1] if skip else xs[0]
            p.hline(x0, xs[-1], ys[r], lw=0.6 if r == header else 0.3)
    return ys[-1]


# ---- rendering and checks ---------------------------------------------------------------------
def nows(s):
    return ''.join(s.split())


def check_page(p, pno):
    for it in p.items:
        for ch in it.s:
            if ch.isspace():
                continue
            if ord(ch) not in FACE[it.font].face.charToGlyph:
                raise Fail(f'p{pno}: glyph missing {ch!r} in {it.s!r}')
        x0, y0, x1, y1 = it.page_box()
        if x0 < 8 or y0 < 8 or x1 > p.w - 8 or y1 > p.h - 8:
            raise Fail(f'p{pno}: off page {it.s!r} {x0:.0f},{y0:.0f},{x1:.0f},{y1:.0f}')
    boxes = []
    for it in p.items:
        boxes.append((it, it.local_box() if it.group else it.page_box()))
    n = len(boxes)
    for i in range(n):
        a, ba = boxes[i]
        for j in range(i + 1, n):
            b, bb = boxes[j]
            if a.group != b.group:
                ba2, bb2 = a.page_box(), b.page_box()
            else:
                ba2, bb2 = ba, bb
            e = 0.3
            if ba2[0] < bb2[2] - e and bb2[0] < ba2[2] - e and ba2[1] < bb2[3] - e and bb2[1] < ba2[3] - e:
                raise Fail(f'p{pno}: overlap {a.s!r} / {b.s!r}')
    drawn = Counter(nows(''.join(it.s for it in p.items)))
    want = Counter(nows(''.join(p.lines)))
    if drawn != want:
        raise Fail(f'p{pno}: drawn != expected: +{dict(drawn - want)} -{dict(want - drawn)}')


def render(pages, path, seed, title):
    c = canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h), invariant=1)
    c.setTitle(title); c.setAuthor('BrochureKit fixtures'); c.setCreator('generate_holdout22.py')
    rnd = random.Random(seed)
    for p in pages:
        c.setPageSize((p.w, p.h))
        Hh = p.h

        def enter(group):
            if group:
                _, (ox, oy), ang = group
                c.translate(ox, Hh - oy); c.rotate(ang); c.translate(-ox, -(Hh - oy))

        for g in p.gfx:
            c.saveState()
            kind = g[0]
            enter(g[-1])
            if kind == 'rect':
                _, x, y, w, h, fill, stroke, lw, dash, r, _g = g
                if fill: c.setFillColor(fill)
                if stroke: c.setStrokeColor(stroke)
                c.setLineWidth(lw)
                if dash: c.setDash(*dash)
                if r:
                    c.roundRect(x, Hh - y - h, w, h, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
                else:
                    c.rect(x, Hh - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif kind == 'line':
                _, x0, y0, x1, y1, color, lw, dash, _g = g
                c.setStrokeColor(color); c.setLineWidth(lw)
                if dash: c.setDash(*dash)
                c.line(x0, Hh - y0, x1, Hh - y1)
            elif kind == 'circle':
                _, x, y, r, fill, stroke, lw, _g = g
                if fill: c.setFillColor(fill)
                if stroke: c.setStrokeColor(stroke)
                c.setLineWidth(lw)
                c.circle(x, Hh - y, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif kind == 'poly':
                _, pts, fill, stroke, lw, _g = g
                path = c.beginPath()
                path.moveTo(pts[0][0], Hh - pts[0][1])
                for (px, py) in pts[1:]:
                    path.lineTo(px, Hh - py)
                path.close()
                if fill: c.setFillColor(fill)
                if stroke: c.setStrokeColor(stroke)
                c.setLineWidth(lw)
                c.drawPath(path, stroke=1 if stroke else 0, fill=1 if fill else 0)
            c.restoreState()
        order = list(p.items)
        rnd.shuffle(order)
        for it in order:
            c.saveState()
            if it.group:
                enter((None, it.origin, it.angle))
            c.setFillColor(it.color)
            if it.bold:
                c.setStrokeColor(it.color); c.setLineWidth(0.35)
            to = c.beginText()
            to.setFont(FONTS[it.font][0], it.size)
            if it.cs:
                to.setCharSpace(it.cs)
            if it.bold:
                to.setTextRenderMode(2)
            if it.rot == 90:
                # turned 90° clockwise about the glyph cell's top-left corner
                to.setTextTransform(0, -1, 1, 0, it.x + it.size * 0.12, Hh - it.y)
            else:
                to.setTextOrigin(it.x, Hh - it.y)
            to.textOut(it.s)
            c.drawText(to)
            c.restoreState()
        c.showPage()
    c.save()


def pdftotext_check(path, pages):
    for i, p in enumerate(pages, 1):
        out = subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), path, '-'], capture_output=True, text=True).stdout
        got = Counter(nows(out))
        want = Counter(nows(''.join(p.lines)))
        if got != want:
            raise Fail(f'pdftotext p{i}: +{dict(got - want)} -{dict(want - got)}')


# ---- facts ------------------------------------------------------------------------------------
def cnt(count, women, text):
    return {'count': count, 'women': women, 'text': text}


def hiring_rows(years, labels, label_texts, admin, tech, admin_w, tech_w, fmt):
    """fmt(count, women) -> printed text (women None for the planned year)."""
    rows = []
    for i, fy in enumerate(years):
        planned = i == len(years) - 1
        aw = None if planned else admin_w[i]
        tw = None if planned else tech_w[i]
        tot_w = None if planned else aw + tw
        rows.append({'fiscalYear': fy, 'label': labels[i], 'labelText': label_texts[i], 'planned': planned,
                     'total': cnt(admin[i] + tech[i], tot_w, fmt(admin[i] + tech[i], tot_w)),
                     'admin': cnt(admin[i], aw, fmt(admin[i], aw)),
                     'tech': cnt(tech[i], tw, fmt(tech[i], tw))})
    return rows


def exam_entry(track, exam, cats, sep='・', unit='名'):
    return {'track': track, 'exam': exam, 'text': sep.join(f'{c}{n}{unit}' for c, n in cats),
            'breakdown': [{'category': c, 'count': n} for c, n in cats], 'total': sum(n for _, n in cats)}


def verify_facts(f, pages):
    rows = f['hiring']['rows']
    if len(rows) < 5:
        raise Fail('fewer than 5 hiring years')
    for a, b in zip(rows, rows[1:]):
        if b['fiscalYear'] != a['fiscalYear'] + 1:
            raise Fail('hiring years not consecutive')
    if [r['planned'] for r in rows].count(True) != 1 or not rows[-1]['planned']:
        raise Fail('exactly one planned row, the last')
    for r in rows:
        t, a, b = r['total'], r['admin'], r['tech']
        if t['count'] != a['count'] + b['count']:
            raise Fail(f'total != admin + tech in {r["label"]}')
        if r['planned']:
            if any(x['women'] is not None for x in (t, a, b)):
                raise Fail('planned women must be null')
        else:
            if t['women'] != a['women'] + b['women']:
                raise Fail(f'women total in {r["label"]}')
            if any(x['women'] > x['count'] for x in (t, a, b)):
                raise Fail('women > heads')
    last_actual = rows[-2]
    asg = f['assignments']
    if asg['cohortFiscalYear'] != last_actual['fiscalYear']:
        raise Fail('cohort != last actual year')
    units = [r['unit'] for r in asg['rows']]
    if len(set(units)) != len(units):
        raise Fail('duplicate unit')
    sa = sum(r['admin'] or 0 for r in asg['rows']); st = sum(r['tech'] or 0 for r in asg['rows'])
    if (sa, st) != (last_actual['admin']['count'], last_actual['tech']['count']) or asg['totals'] != {'admin': sa, 'tech': st}:
        raise Fail(f'assignment sums {sa}/{st} != cohort {last_actual["admin"]["count"]}/{last_actual["tech"]["count"]}')
    planned = rows[-1]
    ex = f['exams']
    if ex['fiscalYear'] != planned['fiscalYear'] or f['edition']['year'] != planned['fiscalYear']:
        raise Fail('exam year / edition year != planned year')
    sums = {'admin': 0, 'tech': 0}
    keys = set()
    for e in ex['entries']:
        if sum(b['count'] for b in e['breakdown']) != e['total']:
            raise Fail('exam entry total')
        tr = 'admin' if '事務' in e['track'] else 'tech'
        sums[tr] += e['total']
        lvl = 'graduate' if '院' in e['exam'] else 'undergraduate'
        for b in e['breakdown']:
            k = (tr, lvl, unicodedata.normalize('NFKC', b['category']))
            if k in keys:
                raise Fail(f'exam key collision {k}')
            keys.add(k)
    if sums != {'admin': planned['admin']['count'], 'tech': planned['tech']['count']}:
        raise Fail(f'exam sums {sums} != planned')
    if len(f['contacts']) < 2 or len(f['access']['routes']) < 2 or len(f['initiatives']) < 3 or len(f['supportSystems']) < 3:
        raise Fail('too few contacts / routes / initiatives / support systems')
    # every fact string printed
    drawn = nows(''.join(''.join(p.lines) for p in pages))
    strings = [f['organization'], f['document'], f['edition']['asOfText'], f['hiring']['tracks']['admin'],
               f['hiring']['tracks']['tech'], ex['title'], asg['intro'], f['access']['address'],
               f['lead']['title'], f['supportTitle'], f['training']['title']]
    strings += f['hiring']['intro'] + f['hiring']['note'] + f['lead']['text'] + f['training']['paragraphs']
    for r in rows:
        strings += [r['label'], r['labelText']]
        if not f['hiring']['textSynthesised']:
            strings += [r[k]['text'] for k in ('total', 'admin', 'tech')]
    for e in ex['entries']:
        strings += [e['track'], e['exam']] + [b['category'] for b in e['breakdown']]
        if not ex['textSynthesised']:
            strings.append(e['text'])
    strings += [r['unit'] for r in asg['rows']]
    for c in f['contacts']:
        strings += [c['track'], c['office'], c['location']] + c['tel'] + c['email']
    strings += f['access']['routes']
    for i in f['initiatives']:
        strings += [i['title'], i['text']]
    for s in f['supportSystems']:
        strings += [s['name'], s['duration'], s['text']]
    for s in strings:
        if nows(s) not in drawn:
            raise Fail(f'fact string not printed: {s!r}')


def write(name, pages, facts, seed):
    for i, p in enumerate(pages, 1):
        check_page(p, i)
    verify_facts(facts, pages)
    os.makedirs(OUT, exist_ok=True)
    pdf = os.path.join(OUT, name + '.pdf')
    render(pages, pdf, seed, f'{facts["organization"]} {facts["document"]}')
    pdftotext_check(pdf, pages)
    with open(os.path.join(OUT, name + '.expected.txt'), 'w') as fh:
        fh.write('\n\f\n'.join('\n'.join(p.lines) for p in pages) + '\n')
    with open(os.path.join(OUT, name + '.facts.json'), 'w') as fh:
        json.dump(facts, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    print('wrote', name)


# =============================================================================================
# 名古屋市: 職種別 hiring table with 系統計 subtotal rows and a diagonal corner cell; exam breakdown
# inside a selection-schedule table; support systems told in the speech bubbles of a 座談会;
# contacts as two dotted-leader columns; a ＊ footnote marker inside a unit name.
# =============================================================================================
def nagoya():
    name = 'nagoya-2026'
    ACC = rgb('#8b1e3f'); TINT = rgb('#f6e7ec'); GOLD = rgb('#b8902e')
    p1, p2 = Page(), Page()
    M = 40; RW = W - 2 * M

    def heading(p, y, s, x=M, w=RW):
        p.rect(x, y - 11, 4, 14, fill=ACC)
        p.t(x + 10, y, s, 12.5, 'G', ACC)
        p.hline(x, x + w, y + 6, color=ACC, lw=0.8)
        return y + 24

    # ---- page 1 -----------------------------------------------------------------------------
    p = p1
    p.rect(0, 0, W, 100, fill=ACC)
    p.rect(0, 100, W, 4, fill=GOLD)
    p.t(M, 30, 'CITY OF NAGOYA', 9, 'G', WHITE, cs=2.2)
    p.t(M, 66, '名古屋市職員採用案内', 27, 'G', WHITE, bold=True)
    p.t(M, 88, '大学卒業程度・社会人経験者　事務系・技術系', 10, 'G', WHITE)
    p.tr(W - M, 124, 'R8年3月発行', 9.5, 'G', ACC)
    lead_title = '大都市の現場で、暮らしの「あたりまえ」を支える。'
    lead = ['名古屋市は人口約233万人、16の区からなる政令指定都市です。リニア中央新幹線の開業を見据えたまちづくり、子育て支援、防災・減災など、市民に最も身近な基礎自治体として多様な仕事に取り組んでいます。',
            '事務系・技術系の職員が、局や区役所、事業所を異動しながら経験を重ね、現場の声を政策につなげています。']
    p.t(M, 148, lead_title, 13, 'G', ACC)
    y = 168
    for t_ in lead:
        y = p.para(M, y, RW, t_, 9, 15, indent=9)
    y = heading(p, y + 14, '採用実績（職種別）')
    intro = '職種別の採用者数（単位：人）　（ ）内は女性の内数（系統計・合計のみ）'
    p.t(M, y, intro, 8.5)
    y += 8
    years = [2021, 2022, 2023, 2024, 2025, 2026]
    cats_a = [('行政', [52, 55, 58, 60, 62, 64]), ('社会福祉', [10, 11, 12, 12, 14, 15]), ('学校事務', [8, 8, 9, 10, 10, 11])]
    cats_t = [('土木', [30, 32, 31, 34, 36, 38]), ('建築', [8, 9, 9, 10, 10, 12]), ('機械', [5, 6, 5, 6, 7, 7]), ('電気', [6, 5, 7, 6, 7, 8])]
    admin = [sum(v[i] for _, v in cats_a) for i in range(6)]
    tech = [sum(v[i] for _, v in cats_t) for i in range(6)]
    aw = [33, 36, 38, 40, 43]; tw = [9, 11, 12, 13, 15]
    f = lambda n, w_: f'{n}' if w_ is None else f'{n}（{w_}）'
    head = [None] + [[f'R{y_ - 2018}年度'] for y_ in years[:-1]] + [['R8年度', '（予定）']]
    rows = [head]
    for c_, v in cats_a:
        rows.append(['　' + c_] + [str(n) for n in v])
    rows.append(['事務系 計'] + [f(admin[i], aw[i] if i < 5 else None) for i in range(6)])
    for c_, v in cats_t:
        rows.append(['　' + c_] + [str(n) for n in v])
    rows.append(['技術系 計'] + [f(tech[i], tw[i] if i < 5 else None) for i in range(6)])
    rows.append(['合計'] + [f(admin[i] + tech[i], aw[i] + tw[i] if i < 5 else None) for i in range(6)])
    widths = [96] + [69.8] * 6
    first = len(p.lines)
    p.rect(M + 96 + 69.8 * 5, y, 69.8, 26 + 10 * 16, fill=rgb('#fff4d6'))
    yb = table(p, M, y, widths, rows, rh=16, size=8.5, header=1, head_fill=TINT,
               fills={4: TINT, 9: TINT, 10: rgb('#ecd0da')}, bold_rows=(4, 9, 10))
    # the diagonal corner cell: 年度 at the top right, 職種 at the bottom left
    p.line(M, y, M + 96, y + 26, lw=0.4)
    p.tr(M + 93, y + 10, '年度', 8, 'G', line=False)
    p.t(M + 4, y + 23, '職種', 8, 'G', line=False)
    p.lines[first] = '年度職種' + p.lines[first]
    y = yb + 13
    notes = ['※1 R8年度は採用予定数です（女性の内訳は未定）。網掛けの列は予定を示します。',
             '※2 職種別の人数には社会人経験者採用を含みます。「事務系 計」「技術系 計」が系統ごとの合計です。']
    for n_ in notes:
        p.t(M, y, n_, 8); y += 13
    y += 12
    CW = 250; X2 = M + CW + 15
    ya = heading(p, y, '配属実績', M, CW)
    ycol = y
    a_intro = 'R7年度採用者の配属先（R7年4月1日現在）'
    p.t(M, ya, a_intro, 8.5); ya += 7
    units = [('総務局', 6, 2), ('財政局', 5, None), ('市民経済局', 6, 1), ('健康福祉局', 12, 2), ('子ども青少年局', 8, None),
             ('環境局', 4, 6), ('住宅都市局', 3, 14), ('緑政土木局', 4, 24), ('上下水道局', 2, 8), ('各区役所', 36, 3)]
    arows = [['配属先', '事務系', '技術系']]
    for u, a_, t_ in units:
        arows.append([u + ('＊' if u == '各区役所' else ''), f'{a_}名' if a_ else '－', f'{t_}名' if t_ else '－'])
    ya = table(p, M, ya, [130, 60, 60], arows, rh=15, size=8.5, header=1, head_fill=ACC, head_color=WHITE,
               grid=False, hrules=True)
    ya += 12
    p.t(M, ya, '＊16区の区役所・支所の合計です。', 8)
    inits = [('テレワークの推進', '全職員にモバイル端末を配備し、在宅勤務やサテライトオフィスでの勤務ができます。'),
             ('ゆう活（朝型勤務）', '7月・8月は始業時刻を最大1時間早め、夕方の時間を家族や自己啓発に使えます。'),
             ('男性職員の育児参加', '子が生まれた男性職員の育児休業取得率は、令和6年度に8割を超えました。')]
    yi = heading(p, ycol, '働き方改革', X2, RW - CW - 15)
    for t_, x_ in inits:
        p.t(X2, yi, '◆' + t_, 9.5, 'G', ACC); yi += 15
        yi = p.para(X2 + 9, yi, RW - CW - 24, x_, 8.5, 13.5) + 8

    # ---- page 2 -----------------------------------------------------------------------------
    p = p2
    p.rect(0, 0, W, 14, fill=ACC)
    y = heading(p, 50, '選考日程と採用予定数')
    ex_title = '令和8年度 名古屋市職員採用選考（大学卒業程度・社会人経験者）'
    p.t(M, y, ex_title, 9, 'G'); y += 8
    ua = [('行政', 56), ('社会福祉', 13), ('学校事務', 11)]
    ut = [('土木', 32), ('建築', 10), ('機械', 6), ('電気', 7)]
    sa = [('行政（社会人）', 8), ('社会福祉（社会人）', 2)]
    st = [('土木（社会人）', 6), ('建築（社会人）', 2), ('機械（社会人）', 1), ('電気（社会人）', 1)]
    erows = [['試験', '区分', '職種', '採用予定', '申込受付', '第1次試験', '最終合格発表']]
    spans = {}
    for exam, ga, gt, dates in (('大学卒業程度', ua, ut, ('4月1日～4月20日', '5月10日（日）', '8月7日')),
                                ('社会人経験者', sa, st, ('7月1日～7月21日', '9月13日（日）', '11月20日'))):
        r0 = len(erows)
        spans[(r0, 0)] = len(ga) + len(gt)
        for c in (4, 5, 6):
            spans[(r0, c)] = len(ga) + len(gt)
        for gname, g in (('事務系', ga), ('技術系', gt)):
            spans[(len(erows), 1)] = len(g)
            for i, (c_, n_) in enumerate(g):
                row = ['', gname if i == 0 else '', c_, f'{n_}名', '', '', '']
                if len(erows) == r0:
                    row[0] = exam; row[4:] = list(dates)
                erows.append(row)
    y = table(p, M, y, [70, 46, 96, 52, 92, 82, 77], erows, rh=15, size=8.5, header=1, head_fill=TINT,
              aligns=['l', 'c', 'l', 'r', 'c', 'c', 'c'], spans=spans, valign='spantop')
    y += 13
    for n_ in ['※第1次試験の会場は名古屋市内です。第2次試験（面接）の日程は第1次試験合格者にお知らせします。',
               '※採用予定数は変更になることがあります。最新の情報は名古屋市人事委員会のホームページをご覧ください。']:
        p.t(M, y, n_, 8); y += 13
    y += 14
    y = heading(p, y, '両立支援制度 ― 先輩職員座談会')
    sup_intro = '参加者　A：土木職・入庁9年目（2児の母）　B：行政職・入庁7年目（1児の父）'
    p.t(M, y, sup_intro, 8.5); y += 12
    bubbles = [('A', '「育児休業」は子が3歳に達するまで取れるので、私は二人とも1年ずつ取りました。職場に戻るときも面談があって安心でした。'),
               ('B', '僕は妻の出産のときに「配偶者出産休暇」を2日取りました。育児参加のための休暇も別にあるので、上の子の世話もできました。'),
               ('A', '復帰してからは「部分休業」を使っています。子が小学校に入るまで、1日2時間まで勤務しないことができるのが助かります。'),
               ('B', '子どもの急な発熱には「子の看護休暇」が心強いです。年5日（子が2人以上は10日）まで使えるので、夫婦で分け合っています。')]
    BW = 392
    for who, text in bubbles:
        left = who == 'A'
        lines = wrap(text, BW - 20, 8.8)
        bh = len(lines) * 14 + 12
        cx = M + 18 if left else W - M - 18
        bx = M + 46 if left else W - M - 46 - BW
        p.circle(cx, y + 18, 16, fill=ACC if left else GOLD)
        p.tc(cx, y + 23, who, 13, 'G', WHITE)
        p.rect(bx, y, BW, bh, fill=rgb('#fbf3f5') if left else rgb('#fbf6ea'), stroke=ACC if left else GOLD, lw=0.7, r=8)
        tx = bx if left else bx + BW
        d = -1 if left else 1
        p.poly([(tx, y + 12), (tx + d * 9, y + 17), (tx, y + 22)], fill=rgb('#fbf3f5') if left else rgb('#fbf6ea'),
               stroke=ACC if left else GOLD, lw=0.7)
        yy = y + 6 + 8.8
        for ln in lines:
            p.t(bx + 10, yy, ln, 8.8); yy += 14
        y += max(bh, 38) + 9
    y += 10
    CW2 = 250; X2 = M + CW2 + 15
    yt = heading(p, y, '研修', M, CW2)
    tr_title = '研修制度'
    tr_paras = ['採用後2年間の新規採用職員研修で、名古屋市の職員としての基礎と公務員倫理を学びます。',
                '職層に応じた階層別研修のほか、国や民間企業への派遣研修、自己啓発の支援制度もあります。']
    p.t(M, yt, tr_title, 9.5, 'G'); yt += 15
    for t_ in tr_paras:
        yt = p.para(M, yt, CW2, t_, 8.5, 13.5, indent=8.5)
    yc = heading(p, y, 'アクセス', X2, RW - CW2 - 15)
    address = '〒460-8508 名古屋市中区三の丸三丁目1番1号'
    routes = ['地下鉄名城線『市役所』駅 7番出口から徒歩約1分', '名鉄瀬戸線『東大手』駅から徒歩約8分',
              '市バス『市役所』停留所から徒歩約2分']
    p.t(X2, yc, '名古屋市役所', 9.5, 'G'); yc += 14
    p.t(X2, yc, address, 8.5); yc += 14
    for r_ in routes:
        p.t(X2, yc, '◇' + r_, 8.5); yc += 13
    y = max(yt, yc) + 16
    y = heading(p, y, '採用に関するお問い合わせ')
    contacts = [('事務系', '行政・社会福祉・学校事務', '人事委員会事務局 任用課', '名古屋市役所 西庁舎5階', '052-972-3363', 'a3363@jinji.city.nagoya.lg.jp'),
                ('技術系', '土木・建築・機械・電気', '緑政土木局 技術指導課', '名古屋市役所 本庁舎4階', '052-972-2838', 'a2838@ryokuseidoboku.city.nagoya.lg.jp')]
    # two columns, each a dotted-leader list; read left column, then right column
    col_lines = []
    for k, (tr_, sub, off, loc, tel, mail) in enumerate(contacts):
        x0 = M + k * 262; yy = y
        p.t(x0, yy, f'〈{tr_}〉{sub}', 9, 'G', ACC); yy += 15
        for lab, val in (('担当', off), ('所在', loc), ('電話', tel), ('メール', mail)):
            p.t(x0 + 4, yy, lab, 8.5, 'G', line=False)
            it = p.tr(x0 + 250, yy, val, 8.5, line=False)
            p.dots(x0 + 4 + sw(lab, 8.5, 'G') + 4, it.x - 4, yy - 2)
            p.L(f'{lab}\t{val}')
            yy += 14
    facts = {
        'fixture': name, 'organization': '名古屋市', 'document': '名古屋市職員採用案内',
        'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': 'R8年3月'},
        'hiring': {
            'intro': [intro], 'note': notes, 'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
            'layout': 'table by 職種 with years as COLUMNS (R3年度 … R8年度（予定）, planned column tinted), a DIAGONAL corner cell (年度 top right / 職種 bottom left), category rows with plain counts and tinted SUBTOTAL rows 事務系 計 / 技術系 計 / 合計 carrying the women in （ ）',
            'rows': hiring_rows(years, [f'R{y_ - 2018}年度' for y_ in years], [f'R{y_ - 2018}年度' for y_ in years[:-1]] + ['R8年度（予定）'],
                                admin, tech, aw, tw, f)},
        'exams': {'title': ex_title, 'fiscalYear': 2026, 'textSynthesised': True,
                  'layout': 'schedule table 試験 | 区分 | 職種 | 採用予定 | 申込受付 | 第1次試験 | 最終合格発表; 試験 and the three date cells span all rows of their exam, 区分 spans its track rows',
                  'entries': [exam_entry('事務系', '大学卒業程度', ua), exam_entry('技術系', '大学卒業程度', ut),
                              exam_entry('事務系', '社会人経験者', sa), exam_entry('技術系', '社会人経験者', st)]},
        'contacts': [{'track': c[0], 'office': c[2], 'location': c[3], 'tel': [c[4]], 'email': [c[5]]} for c in contacts],
        'access': {'address': address, 'routes': routes},
        'assignments': {'cohortFiscalYear': 2025, 'intro': a_intro, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'table 配属先 | 事務系 | 技術系, horizontal rules, 6名, － for none; the unit 各区役所 is printed with a ＊ footnote marker (各区役所＊)',
                        'rows': [{'unit': u, 'admin': a_, 'tech': t_} for u, a_, t_ in units],
                        'totals': {'admin': sum(u[1] or 0 for u in units), 'tech': sum(u[2] or 0 for u in units)}},
        'lead': {'title': lead_title, 'text': lead},
        'initiativesIntro': '',
        'initiatives': [{'title': t_, 'text': x_} for t_, x_ in inits],
        'supportTitle': '両立支援制度',
        'supportSystems': [{'name': '育児休業', 'duration': '子が3歳に達するまで', 'text': bubbles[0][1]},
                           {'name': '配偶者出産休暇', 'duration': '2日', 'text': bubbles[1][1]},
                           {'name': '部分休業', 'duration': '子が小学校に入るまで', 'text': bubbles[2][1]},
                           {'name': '子の看護休暇', 'duration': '年5日（子が2人以上は10日）', 'text': bubbles[3][1]}],
        'supportSource': '',
        'training': {'title': tr_title, 'paragraphs': tr_paras},
        'keyFigures': [], 'pages': 2}
    write(name, [p1, p2], facts, 2201)



# =============================================================================================
# 千葉県: masthead on a DIAGONAL band; hiring as a VERTICAL (縦組み) table — one column per year,
# read right to left, glyphs top to bottom, numbers 縦中横, brackets turned; assignments for TWO
# cohorts side by side under a merged two-row header (the fact is the later cohort); a band of
# white text on colour; access as ROUTE DIAGRAMS (station box → arrow with the walk → 県庁 box).
# =============================================================================================
def chiba():
    name = 'chiba-2026'
    ACC = rgb('#0b5d9e'); TINT = rgb('#e6f0f8'); SUB = rgb('#f2b705')
    p1, p2 = Page(), Page()
    M = 40; RW = W - 2 * M

    def heading(p, y, s, x=M, w=RW, color=ACC):
        p.t(x, y, s, 12.5, 'G', color)
        p.rect(x, y + 5, 36, 2.4, fill=SUB)
        p.hline(x + 36, x + w, y + 6.2, color=color, lw=0.5)
        return y + 24

    # ---- page 1 -----------------------------------------------------------------------------
    p = p1
    p.poly([(0, 0), (W, 0), (W, 70), (0, 134)], fill=ACC)
    p.poly([(0, 134), (W, 70), (W, 76), (0, 140)], fill=SUB)
    p.t(M, 30, 'CHIBA PREFECTURAL GOVERNMENT', 9, 'G', WHITE, cs=1.6)
    p.t(M, 66, '千葉県職員採用案内', 27, 'G', WHITE, bold=True)
    p.t(M, 92, '上級試験（大学卒業程度）　行政・技術', 10, 'G', WHITE)
    p.tr(W - M, 104, '令和８年４月発行', 10, 'G', ACC)
    lead_title = '海と台地と都市をつなぐ、千葉の明日をつくる。'
    lead = ['千葉県は、成田空港や千葉港を擁し、首都圏の一翼を担う一方で、全国有数の農業・漁業県でもあります。',
            '県職員は、防災・減災、医療・福祉、産業振興、道路・河川の整備など、県民の暮らしを広域的に支えています。']
    p.t(M, 166, lead_title, 13, 'G', ACC)
    y = 186
    for t_ in lead:
        y = p.para(M, y, RW, t_, 9, 15, indent=9)
    y = heading(p, y + 14, '採用者数の推移')
    intro = '上級試験採用者数（人）　（　）内は女性の内数　※表は縦組みです（右の列から順に年度を並べています）'
    p.t(M, y, intro, 8.5)
    y += 10
    years = [2021, 2022, 2023, 2024, 2025, 2026]
    kan = '〇一二三四五六七八九'
    labels = [f'令和{kan[y_ - 2018]}年度' for y_ in years]
    admin = [98, 104, 101, 108, 112, 120]; aw = [45, 50, 47, 52, 55]
    tech = [52, 55, 58, 57, 62, 66]; tw = [12, 14, 15, 16, 18]
    f = lambda n, w_: f'{n}' if w_ is None else f'{n}（{w_}）'
    # vertical table: columns right to left; rows (top to bottom) 年度 / 事務系 / 技術系 / 計
    CWV = 34; ncol = 7; xr = M + CWV * ncol
    rhs = [62, 50, 50, 50]
    ys = [y]
    for h in rhs:
        ys.append(ys[-1] + h)
    cols = [['年度', '事務系', '技術系', '計']]
    for i in range(6):
        lab = [labels[i]] if i < 5 else [labels[i], '（予定）']
        cols.append([lab, f(admin[i], aw[i] if i < 5 else None), f(tech[i], tw[i] if i < 5 else None),
                     f(admin[i] + tech[i], aw[i] + tw[i] if i < 5 else None)])
    p.rect(xr - CWV, ys[0], CWV, ys[-1] - ys[0], fill=TINT)
    p.rect(xr - CWV * 7, ys[0], CWV, ys[-1] - ys[0], fill=rgb('#fff6d8'))
    p.rect(xr - CWV * 7, ys[3], CWV * 6, rhs[3], fill=rgb('#f3f7fb'))
    for k, col in enumerate(cols):
        x1 = xr - k * CWV; xc = x1 - CWV / 2
        cells = []
        for r, cell in enumerate(col):
            size = 9.5 if r == 0 else 9
            fnt = 'G' if (k == 0 or r == 0) else 'M'
            lines = cell if isinstance(cell, list) else [cell]
            if len(lines) == 1:
                xs_ = [xc]
            else:
                xs_ = [xc + 6.5, xc - 6.5]
                size = 8.5
            for ln, xx in zip(lines, xs_):
                # height of the vertical line
                hgt = sum(sw(t, size, fnt) if t in '（）' else size for t in vtokens(ln))
                if hgt > rhs[r] - 6:
                    raise Fail(f'vertical cell overflow {ln}')
                top = ys[r] + (rhs[r] - hgt) / 2 if len(lines) == 1 else ys[r] + 4
                p.vline_text(xx, top, ln, size, fnt, line=False)
            cells.append(''.join(lines))
        p.L('\t'.join(cells))
    for r in range(5):
        p.hline(xr - CWV * 7, xr, ys[r], lw=0.9 if r in (0, 4) else 0.4)
    for k in range(8):
        p.line(xr - k * CWV, ys[0], xr - k * CWV, ys[-1], lw=0.9 if k in (0, 7) else 0.4)
    notes = ['注1）令和八年度（左端の列）は採用予定数です。女性の内訳は未定です。',
             '注2）上級試験のほか、社会人経験者・資格免許職の採用者は含みません。',
             '注3）採用者数は各年度4月1日現在の人数です。']
    ny = ys[0] + 40
    for n_ in notes:
        ny = p.para(xr + 22, ny, W - M - xr - 22, n_, 8.5, 14) + 6
    y = ys[-1] + 28
    y = heading(p, y, '配属実績（過去2年間）')
    a_intro = '令和6年度・令和7年度採用者の配属先（各年度4月1日現在、単位：人）'
    p.t(M, y, a_intro, 8.5); y += 8
    units = ['総務部', '健康福祉部', '商工労働部', '農林水産部', '県土整備部', '環境生活部', '教育庁', '出先機関']
    a24 = [13, 19, 9, 8, 6, 7, 9, 37]; t24 = [1, 2, 0, 13, 24, 4, 0, 13]
    a25 = [14, 20, 9, 8, 6, 7, 10, 38]; t25 = [1, 3, 0, 14, 26, 4, 0, 14]
    assert sum(a24) == admin[3] and sum(t24) == tech[3]
    widths = [155, 90, 90, 90, 90]
    xs = [M]
    for w_ in widths:
        xs.append(xs[-1] + w_)
    # merged two-row header drawn by hand
    h0 = 17
    p.rect(M, y, RW, h0 * 2, fill=ACC)
    p.rect(xs[3], y, RW - (xs[3] - M), h0 * 2, fill=rgb('#084a7e'))
    p.tc((xs[0] + xs[1]) / 2, y + h0 + 3, '配属先', 8.5, 'G', WHITE, line=False)
    p.tc((xs[1] + xs[3]) / 2, y + 12, '令和6年度採用者', 8.5, 'G', WHITE, line=False)
    p.tc((xs[3] + xs[5]) / 2, y + 12, '令和7年度採用者', 8.5, 'G', WHITE, line=False)
    p.L('配属先\t令和6年度採用者\t令和7年度採用者')
    for c, s_ in zip(range(1, 5), ['事務系', '技術系', '事務系', '技術系']):
        p.tc((xs[c] + xs[c + 1]) / 2, y + h0 + 12, s_, 8.5, 'G', WHITE, line=False)
    p.L('\t事務系\t技術系\t事務系\t技術系')
    p.hline(xs[1], xs[5], y + h0, color=WHITE, lw=0.5)
    p.line(xs[3], y, xs[3], y + 2 * h0, color=WHITE, lw=0.8)
    y += 2 * h0
    rows = [[u, str(a24[i]), str(t24[i]) if t24[i] else '－', str(a25[i]), str(t25[i]) if t25[i] else '－']
            for i, u in enumerate(units)]
    rows.append(['計', str(sum(a24)), str(sum(t24)), str(sum(a25)), str(sum(t25))])
    yb = table(p, M, y, widths, rows, rh=15, size=8.5, header=0, grid=False, hrules=True,
               aligns=['l', 'c', 'c', 'c', 'c'], fills={len(rows) - 1: TINT})
    p.line(xs[3], y, xs[3], yb, color=ACC, lw=0.8)
    y = yb + 12
    p.t(M, y, '注）出先機関は、地域振興事務所・土木事務所・農業事務所など県内各地の機関の合計です。', 8)

    # ---- page 2 -----------------------------------------------------------------------------
    p = p2
    y = heading(p, 50, '令和８年度 採用予定')
    ex_title = '令和８年度 千葉県職員上級試験 採用予定者数'
    p.t(M, y, ex_title, 9, 'G'); y += 8
    ea = [('一般行政Ａ', 100), ('警察事務', 8), ('社会福祉', 12)]
    et = [('土木', 30), ('農業土木', 10), ('建築', 8), ('農学', 6), ('電気', 5), ('機械', 4), ('化学', 3)]
    fw = lambda n: str(n).translate(str.maketrans('0123456789', '０１２３４５６７８９'))
    rows = [['区分', '試験区分', '採用予定者数']]
    spans = {}
    for g, lst in (('事務系', ea), ('技術系', et)):
        spans[(len(rows), 0)] = len(lst)
        for i, (c_, n_) in enumerate(lst):
            rows.append([g if i == 0 else '', c_, f'{fw(n_)}名'])
    CW = 250
    yl = table(p, M, y, [60, 110, 80], rows, rh=15, size=8.5, header=1, head_fill=TINT,
               aligns=['c', 'l', 'r'], spans=spans, valign='spantop')
    yl += 12
    p.t(M, yl, '注）試験区分は上級試験（大学卒業程度）です。', 8); yl += 12
    X2 = M + CW + 15; W2 = RW - CW - 15
    yr = heading(p, 50, '研修', X2, W2)
    tr_title = '研修制度'
    tr_paras = ['新規採用職員研修、階層別研修、専門研修を体系的に実施しています。',
                '国の省庁や市町村、民間企業への派遣研修、自治大学校での研修もあり、幅広い視野を身に付けることができます。']
    p.t(X2, yr, tr_title, 9.5, 'G'); yr += 15
    for t_ in tr_paras:
        yr = p.para(X2, yr, W2, t_, 8.5, 13.5, indent=8.5)
    yr += 14
    yr = heading(p, yr, '両立支援', X2, W2)
    sup_title = '仕事と家庭の両立支援制度'
    p.t(X2, yr, sup_title, 9.5, 'G'); yr += 15
    sups = [('育児休業', '子が3歳に達するまで', '男性職員の取得率は年々上昇しています。'),
            ('部分休業', '子が小学校就学前まで', '1日2時間まで勤務しないことができます。'),
            ('子の看護休暇', '年5日（子が2人以上は10日）', '子の通院の付添いなどに使えます。'),
            ('介護休暇', '通算6月まで', '3回まで分割して取得できます。')]
    for n_, d_, x_ in sups:
        p.t(X2, yr, f'▶{n_}（{d_}）', 8.8, 'G'); yr += 13.5
        yr = p.para(X2 + 9, yr, W2 - 9, x_, 8.5, 13) + 3
    y = max(yl, yr) + 20
    # a band of colour across the page with white text: the initiatives
    bh = 118
    p.rect(0, y, W, bh, fill=ACC)
    p.poly([(0, y + bh), (W, y + bh - 24), (W, y + bh)], fill=rgb('#084a7e'))
    p.t(M, y + 24, '千葉県の働き方改革', 13, 'G', WHITE, line=False)
    p.t(M + 130, y + 24, 'WORK STYLE', 9, 'G', SUB, cs=1.5, line=False)
    p.L('千葉県の働き方改革 WORK STYLE')
    inits = [('テレワーク', '自宅やサテライトオフィスで勤務でき、通勤時間を有効に使えます。'),
             ('時差出勤', '始業時刻を7時30分から10時までの間で選べます。'),
             ('フリーアドレス', '本庁の一部の課で固定席をなくし、部署を越えた連携を進めています。')]
    cw3 = (RW - 30) / 3
    for k, (t_, x_) in enumerate(inits):
        x0 = M + k * (cw3 + 15)
        p.t(x0, y + 48, '●' + t_, 9.5, 'G', WHITE)
        p.para(x0, y + 64, cw3, x_, 8.5, 13.5, color=WHITE)
    y += bh + 26
    y = heading(p, y, '採用に関するお問い合わせ')
    contacts = [('事務系', '（一般行政Ａ・警察事務・社会福祉）', '人事委員会事務局 任用課', '千葉県庁 中庁舎6階', '043-223-3723', 'ninyou@mz.pref.chiba.lg.jp'),
                ('技術系', '（土木・農業土木・建築ほか）', '県土整備部 技術管理課', '千葉県庁 本庁舎16階', '043-223-3109', 'gikan@mz.pref.chiba.lg.jp')]
    for k, c in enumerate(contacts):
        x0 = M + k * (CW + 15)
        p.rect(x0, y - 4, CW, 78, stroke=ACC, lw=0.8, r=4)
        yy = y + 12
        p.t(x0 + 10, yy, c[0] + c[1], 9, 'G', ACC); yy += 15
        p.t(x0 + 10, yy, c[2], 8.8); yy += 13.5
        p.t(x0 + 10, yy, c[3], 8.5); yy += 13.5
        p.t(x0 + 10, yy, 'TEL ' + c[4] + '　Mail ' + c[5], 8.2); yy += 13.5
    y += 98
    y = heading(p, y, 'アクセス')
    address = '〒260-8667 千葉市中央区市場町1番1号'
    p.t(M, y, '千葉県庁（本庁舎・中庁舎）　' + address, 9); y += 20
    chains = [('JR外房線・内房線『本千葉』駅', '徒歩約10分'), ('千葉都市モノレール『県庁前』駅', '徒歩約1分'),
              ('京成千葉線『千葉中央』駅', '徒歩約12分')]
    routes = []
    for st, walk in chains:
        bw = sw(st, 8.8) + 16
        p.rect(M, y - 12, bw, 18, fill=TINT, stroke=ACC, lw=0.6, r=3)
        p.t(M + 8, y, st, 8.8, line=False)
        ax = M + bw + 6; aw_ = 86
        p.poly([(ax, y - 11), (ax + aw_ - 9, y - 11), (ax + aw_, y - 2), (ax + aw_ - 9, y + 7), (ax, y + 7), (ax + 7, y - 2)], fill=ACC)
        p.tc(ax + aw_ / 2, y, walk, 8.5, 'G', WHITE, line=False)
        dx = ax + aw_ + 6
        p.rect(dx, y - 12, 64, 18, fill=SUB, r=3)
        p.tc(dx + 32, y, '千葉県庁', 8.8, 'G', line=False)
        p.L(f'{st} {walk} 千葉県庁')
        routes.append(f'{st} {walk}')
        y += 26
    facts = {
        'fixture': name, 'organization': '千葉県', 'document': '千葉県職員採用案内',
        'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和８年４月'},
        'hiring': {
            'intro': [intro], 'note': notes, 'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
            'layout': 'VERTICAL (縦組み) table: one column per fiscal year read RIGHT TO LEFT (header column 年度/事務系/技術系/計 at the right), every glyph its own object top to bottom, numbers 縦中横 (one horizontal object per digit run), brackets turned 90°; kanji-numeral labels 令和三年度 … 令和八年度 + （予定） as a second vertical line; cells 98（45）',
            'rows': hiring_rows(years, labels, labels[:-1] + [labels[-1] + '（予定）'], admin, tech, aw, tw, f)},
        'exams': {'title': ex_title, 'fiscalYear': 2026, 'textSynthesised': True,
                  'layout': 'ruled table 区分 | 試験区分 | 採用予定者数, the track spanning its rows, full-width counts １００名',
                  'entries': [exam_entry('事務系', '上級試験（大学卒業程度）', ea), exam_entry('技術系', '上級試験（大学卒業程度）', et)]},
        'contacts': [{'track': c[0], 'office': c[2], 'location': c[3], 'tel': [c[4]], 'email': [c[5]]} for c in contacts],
        'access': {'address': address, 'routes': routes},
        'assignments': {'cohortFiscalYear': 2025, 'intro': a_intro, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'TWO COHORTS side by side under a merged two-row header (配属先 | 令和6年度採用者: 事務系 技術系 | 令和7年度採用者: 事務系 技術系), plain numbers, － for none, a 計 row; the facts are the 令和7年度 (right) pair',
                        'rows': [{'unit': u, 'admin': a25[i] or None, 'tech': t25[i] or None} for i, u in enumerate(units)],
                        'totals': {'admin': sum(a25), 'tech': sum(t25)}},
        'lead': {'title': lead_title, 'text': lead},
        'initiativesIntro': '',
        'initiatives': [{'title': t_, 'text': x_} for t_, x_ in inits],
        'supportTitle': sup_title,
        'supportSystems': [{'name': n_, 'duration': d_, 'text': x_} for n_, d_, x_ in sups],
        'supportSource': '',
        'training': {'title': tr_title, 'paragraphs': tr_paras},
        'keyFigures': [], 'pages': 2}
    write(name, [p1, p2], facts, 2202)


KANJI = '〇一二三四五六七八九'


def kanji_num(n):
    if n < 10:
        return KANJI[n]
    t, u = divmod(n, 10)
    return ('' if t == 1 else KANJI[t]) + '十' + (KANJI[u] if u else '')


def take_line(toks, i, width, size, font):
    """greedy: tokens i.. that fit width; kinsoku start chars are pulled onto the line"""
    cur = ''
    j = i
    while j < len(toks):
        if cur and sw(cur + toks[j], size, font) > width:
            if toks[j][0] in KINSOKU_START and len(toks[j]) == 1:
                cur += toks[j]; j += 1
            break
        cur += toks[j]; j += 1
    if j < len(toks) and cur and cur[-1] in KINSOKU_END:
        cur = cur[:-1]; j -= 1
    return cur, j


# =============================================================================================
# 国際協力機構: the hiring section TILTED 4° on a diagonal colour band (white text, every baseline
# slanted); exam breakdown as "数字で見る" TILES (category caption over a big number + 名); a
# magazine article whose subheads are the initiatives, its two columns wrapped around a central
# PULL-QUOTE; assignment counts in KANJI numerals (十名); 注1）/注2） markers after phone and e-mail.
# =============================================================================================
def jica():
    name = 'jica-2026'
    ACC = rgb('#1d4f91'); TINT = rgb('#e8eef7'); RED = rgb('#d7263d')
    p1, p2 = Page(), Page()
    M = 40; RW = W - 2 * M

    def heading(p, y, s, x=M, w=RW, en=None):
        p.rect(x, y - 12, 3, 15, fill=RED)
        p.t(x + 9, y, s, 12.5, 'G', ACC, line=en is None)
        if en:
            p.t(x + 9 + sw(s, 12.5, 'G') + 8, y, en, 8, 'G', RED, cs=1.2, line=False)
            p.L(f'{s} {en}')
        p.hline(x, x + w, y + 6, color=rgb('#9fb3d1'), lw=0.5)
        return y + 23

    # ---- page 1 -----------------------------------------------------------------------------
    p = p1
    p.rect(0, 0, 14, H, fill=ACC)
    p.rect(W - M - 112, 4, 112, 20, stroke=RED, lw=0.8, r=10)
    p.tc(W - M - 56, 18, '2026年3月発行', 9.5, 'G', RED)
    p.t(M, 36, '独立行政法人', 10, 'G', ACC)
    p.t(M, 70, '国際協力機構（JICA）', 26, 'G', ACC, bold=True)
    p.t(M, 90, 'Japan International Cooperation Agency', 9, 'G', rgb('#555555'))
    p.t(M, 110, '職員採用案内 2026　総合職（事務系・技術系）', 10.5, 'G')
    p.hline(M, W - M, 122, color=ACC, lw=1.4)
    lead_title = '信頼で世界をつなぐ。'
    lead = ['JICAは、日本の政府開発援助（ODA）を一元的に行う実施機関として、約150の国・地域で技術協力、有償資金協力、無償資金協力を展開しています。',
            '事務系・技術系の職員が、本部、国内拠点、在外事務所で、開発途上国の人々とともに課題の解決に取り組んでいます。']
    p.t(M, 146, lead_title, 13, 'G', ACC)
    y = 166
    for t_ in lead:
        y = p.para(M, y, RW, t_, 9, 15, indent=9)
    # ---- the tilted band -----------------------------------------------------------------
    top = y + 36
    bh = 176
    p.group = ('hire', (W / 2, top + bh / 2), 4.0)
    p.rect(-40, top, W + 80, bh, fill=ACC)
    yy = top + 26
    tx = M + 46
    p.t(tx, yy, '採用実績', 13, 'G', WHITE, line=False)
    p.t(tx + 62, yy, 'RECRUITMENT DATA', 8, 'G', rgb('#ffd166'), cs=1.2, line=False)
    p.L('採用実績 RECRUITMENT DATA')
    intro = '採用者数の推移（人）　（　）内は女性の内数'
    yy += 18
    p.t(tx, yy, intro, 8.5, color=WHITE)
    yy += 8
    years = [2021, 2022, 2023, 2024, 2025, 2026]
    admin = [30, 33, 31, 34, 36, 36]; aw = [16, 18, 17, 19, 20]
    tech = [12, 14, 15, 13, 16, 18]; tw = [4, 5, 6, 5, 7]
    fw = lambda n: str(n).translate(str.maketrans('0123456789', '０１２３４５６７８９'))
    f = lambda n, w_: fw(n) if w_ is None else f'{fw(n)}（{fw(w_)}）'
    labels = [f'{y_}年度' for y_ in years]
    rows = [['年度', '事務系', '技術系', '合計']]
    for i in range(6):
        rows.append([labels[i] + ('（予定）' if i == 5 else ''), f(admin[i], aw[i] if i < 5 else None),
                     f(tech[i], tw[i] if i < 5 else None), f(admin[i] + tech[i], aw[i] + tw[i] if i < 5 else None)])
    # white rules, white text: a table on the band
    widths = [116, 96, 96, 96]
    xs = [tx]
    for w_ in widths:
        xs.append(xs[-1] + w_)
    rh = 15
    for r, row in enumerate(rows):
        base = yy + r * rh + 11
        for c, cell in enumerate(row):
            fnt = 'G' if r == 0 or c == 0 else 'M'
            wdt = sw(cell, 8.5, fnt)
            if wdt > widths[c] - 6:
                raise Fail('cell overflow ' + cell)
            if c == 0:
                p.t(xs[c] + 3, base, cell, 8.5, fnt, WHITE, line=False)
            else:
                p.t((xs[c] + xs[c + 1] - wdt) / 2, base, cell, 8.5, fnt, WHITE if r < 6 else rgb('#ffd166'), line=False)
        p.L('\t'.join(row))
        p.hline(xs[0], xs[-1], yy + r * rh, color=WHITE, lw=0.8 if r in (0, 1) else 0.3)
    p.hline(xs[0], xs[-1], yy + 7 * rh, color=WHITE, lw=0.8)
    p.group = None
    y = top + bh + 30
    notes = ['※1 2026年度は採用予定数です（女性の内訳は未定）。帯の中の黄色の数字が予定を示します。',
             '※2 新卒採用（総合職）の人数です。社会人採用・専門嘱託は含みません。']
    for n_ in notes:
        p.t(M, y, n_, 8); y += 13
    y += 14
    CW = 250; X2 = M + CW + 15; W2 = RW - CW - 15
    ya = heading(p, y, '配属実績', M, CW)
    a_intro = '2025年度入構者の配属先（2025年4月1日現在）'
    p.t(M, ya, a_intro, 8.5); ya += 7
    units = [('総務部', 3, 0), ('人事部', 2, 0), ('経理部', 2, 0), ('企画部', 4, 1), ('地球環境部', 2, 4),
             ('社会基盤部', 1, 6), ('経済開発部', 3, 2), ('人間開発部', 3, 2), ('東南アジア・大洋州部', 6, 0),
             ('国内拠点（JICAセンター等）', 10, 1)]
    kn = lambda n: kanji_num(n) + '名' if n else '―'
    arows = [['配属先', '事務系', '技術系']] + [[u, kn(a_), kn(t_)] for u, a_, t_ in units]
    ya = table(p, M, ya, [150, 50, 50], arows, rh=15, size=8.5, header=1, head_fill=TINT,
               aligns=['l', 'r', 'r'], grid=True)
    ya += 12
    p.t(M, ya, '※海外の在外事務所への赴任は、入構3～4年目以降です。', 8)
    yc = heading(p, y, '採用に関するお問い合わせ', X2, W2)
    contacts = [('事務系', '人事部 人事課 採用担当', '本部 二番町センタービル7階', '03-5226-6660', 'saiyo@jica.go.jp'),
                ('技術系', '人事部 人材戦略課', '本部 二番町センタービル6階', '03-5226-8831', 'gijutsu-saiyo@jica.go.jp')]
    for c in contacts:
        p.rect(X2, yc - 11, 46, 15, fill=ACC, r=2)
        p.tc(X2 + 23, yc, c[0], 8.5, 'G', WHITE, line=False)
        p.t(X2 + 52, yc, c[1], 8.8, 'G', line=False)
        p.L(f'{c[0]} {c[1]}')
        yc += 15
        p.t(X2 + 8, yc, c[2], 8.5); yc += 13
        p.t(X2 + 8, yc, f'電話 {c[3]}（注1）', 8.5); yc += 13
        p.t(X2 + 8, yc, f'{c[4]}（注2）', 8.5); yc += 18
    for n_ in ['注1）受付時間は平日9:30～17:45です。', '注2）件名に「採用問合せ」とご記入ください。']:
        p.t(X2, yc, n_, 8); yc += 12
    yc += 14
    yc = heading(p, yc, 'アクセス', X2, W2)
    address = '〒102-8012 東京都千代田区二番町5-25 二番町センタービル'
    routes = ['東京メトロ有楽町線『麹町』駅 5番出口から徒歩約1分', 'JR中央線・総武線『市ケ谷』駅から徒歩約8分',
              '東京メトロ丸ノ内線『四ツ谷』駅から徒歩約9分']
    yc = p.para(X2, yc, W2, address, 8.5, 13)
    for r_ in routes:
        yc = p.para(X2, yc, W2, '■' + r_, 8.5, 13)

    # ---- page 2 -----------------------------------------------------------------------------
    p = p2
    p.rect(0, 0, 14, H, fill=ACC)
    p.t(M, 40, 'FEATURE', 8, 'G', RED, cs=2)
    y = heading(p, 62, '特集　JICAの働き方')
    art_intro = '世界を舞台に働くJICAの職員は、国内外を行き来しながら長いキャリアを築きます。だからこそ、場所や時間にとらわれない働き方と、家族との時間を大切にする制度づくりを進めてきました。職員アンケートの声をもとに制度を見直し、毎年のように新しい仕組みが生まれています。ここでは、その代表的な取組を紹介します。'
    inits = [('テレワーク', '本部・国内拠点の職員は、週の半分まで在宅やサテライトオフィスで勤務できます。在外事務所とのオンライン会議も日常になり、地方在住の家族の介護と仕事を両立する職員も増えています。'),
             ('フレックスタイム制', 'コアタイムのない勤務制度で、時差のある国との会議がある日は始業を遅らせるなど、1日の勤務時間を柔軟に組み立てられます。早朝に現地と打合せをした日は、午後早めに退勤することもできます。'),
             ('海外赴任時の家族帯同支援', '配偶者の同行休業制度や子女の教育手当、赴任前の家族向け研修など、家族とともに海外で暮らすための支援を用意しています。赴任先の医療・治安情報も、専門の部署が継続して提供します。')]
    blocks = [('p', art_intro)]
    for t_, x_ in inits:
        blocks += [('h', t_), ('p', x_)]
    colw = 243; gap = 29
    cols = [M, M + colw + gap]
    qw, qh = 170, 118
    qx0 = W / 2 - qw / 2; qy0 = y + 56
    ybot = y + 206
    size, lead_ = 8.8, 14.5
    ci, yy = 0, y + 4
    first_line = True
    for kind, text in blocks:
        if kind == 'h':
            if yy > y + 4:
                yy += 4
            if yy + 16 > ybot:
                ci += 1; yy = y + 4
            hx0, hx1 = cols[ci], cols[ci] + colw
            if qy0 - 3 < yy + 11 and yy < qy0 + qh + 3:
                if ci == 0:
                    hx1 = qx0 - 9
                else:
                    hx0 = qx0 + qw + 9
            if sw('● ' + text, 9.5, 'G') > hx1 - hx0:
                raise Fail('article heading beside the quote does not fit: ' + text)
            p.t(hx0, yy + 9, '● ' + text, 9.5, 'G', ACC)
            yy += 18
            continue
        toks = tokens(text); i = 0; indent = 9.0
        while i < len(toks):
            if yy + lead_ > ybot:
                ci += 1; yy = y + 4
                if ci > 1:
                    raise Fail('article does not fit')
            base = yy + 10
            x0 = cols[ci]; x1 = x0 + colw
            if qy0 - 3 < base + 2 and base - 10 < qy0 + qh + 3:
                if ci == 0:
                    x1 = qx0 - 9
                else:
                    x0 = qx0 + qw + 9
            ln, i = take_line(toks, i, x1 - x0 - indent, size, 'M')
            p.t(x0 + indent, base, ln, size)
            indent = 0.0
            yy += lead_
    # the pull-quote, read after the article
    p.rect(qx0, qy0, qw, qh, fill=TINT)
    p.hline(qx0, qx0 + qw, qy0, color=RED, lw=2)
    p.hline(qx0, qx0 + qw, qy0 + qh, color=RED, lw=2)
    quote = ['「世界のどこかで、', '誰かの明日を', '支えている。', 'その実感が毎日の', '原動力です。」']
    qy = qy0 + 22
    for q in quote:
        p.tc(W / 2, qy, q, 13, 'G', ACC); qy += 17
    p.tr(qx0 + qw - 8, qy0 + qh - 8, '― 社会基盤部　入構8年目', 7.5, 'G', rgb('#555555'))
    y = ybot + 24
    y = heading(p, y, '数字で見る採用予定', en='PLAN 2026')
    ex_title = '2026年度 総合職採用予定数'
    p.t(M, y, ex_title, 9, 'G'); y += 12
    ea = [('総合職（一般）', 30), ('総合職（国際協力専門）', 6)]
    et = [('社会基盤', 8), ('農業・農村開発', 4), ('保健医療', 3), ('環境・気候変動', 3)]
    tile_w, tile_h = 100, 62
    for tr_, exam, cats, color in (('事務系', '新卒採用（大学卒業程度）', ea, ACC), ('技術系', '新卒採用（大学院修了程度）', et, rgb('#2a7f62'))):
        p.rect(M, y, 72, tile_h, fill=color, r=3)
        p.tc(M + 36, y + 26, tr_, 11, 'G', WHITE)
        p.tc(M + 36, y + 42, exam[:4], 7.5, 'G', WHITE, line=False)
        p.tc(M + 36, y + 53, exam[4:], 7.5, 'G', WHITE, line=False)
        p.L(exam)
        for k, (c_, n_) in enumerate(cats):
            x0 = M + 80 + k * (tile_w + 6)
            p.rect(x0, y, tile_w, tile_h, fill=WHITE, stroke=color, lw=0.8, r=3)
            cs_ = 7.5 if sw(c_, 8.5, 'G') > tile_w - 10 else 8.5
            p.tc(x0 + tile_w / 2, y + 15, c_, cs_, 'G', color)
            num = str(n_)
            nw = sw(num, 26, 'G'); uw = sw('名', 10, 'G')
            nx = x0 + (tile_w - nw - uw - 2) / 2
            p.t(nx, y + 50, num, 26, 'G', color, line=False)
            p.t(nx + nw + 2, y + 50, '名', 10, 'G', color, line=False)
            p.L(f'{num}名')
        y += tile_h + 10
    p.t(M, y + 6, '※事務系は大学卒業程度、技術系は大学院修了程度の区分で採用します。人数は予定であり、変更になることがあります。', 8)
    y += 34
    CW = 250; X2 = M + CW + 15; W2 = RW - CW - 15
    ys_ = heading(p, y, '両立支援', M, CW)
    sup_title = '仕事と家庭の両立支援'
    p.t(M, ys_, sup_title, 9.5, 'G'); ys_ += 15
    sups = [('育児休業', '子が3歳に達するまで', '在外事務所勤務中も取得できます。'),
            ('配偶者同行休業', '最長3年', '配偶者の海外赴任に同行する場合に取得できます。'),
            ('介護休暇', '通算93日まで', '3回まで分割して取得できます。')]
    for n_, d_, x_ in sups:
        p.t(M, ys_, '◇' + n_, 8.8, 'G', line=False)
        p.tr(M + CW, ys_, d_, 8.5, 'G', RED, line=False)
        p.L(f'◇{n_}\t{d_}')
        ys_ += 13.5
        ys_ = p.para(M + 9, ys_, CW - 9, x_, 8.5, 13) + 3
    yt = heading(p, y, '研修', X2, W2)
    tr_title = '研修制度'
    tr_paras = ['入構後は、新人研修、国内拠点でのOJT、語学研修を経て、3～4年目以降に在外事務所へ赴任します。',
                '開発途上国の大学院への留学制度や、国際機関への出向の機会もあります。']
    p.t(X2, yt, tr_title, 9.5, 'G'); yt += 15
    for t_ in tr_paras:
        yt = p.para(X2, yt, W2, t_, 8.5, 13.5, indent=8.5)
    # decoy: key figures drawn exactly like the exam tiles
    y = max(ys_, yt) + 26
    y = heading(p, y, '数字で見るJICA', en='JICA IN NUMBERS')
    figs = [('協力対象の国・地域', '150', 'か国・地域'), ('在外事務所などの拠点', '96', 'か所'),
            ('国内拠点', '15', 'か所'), ('職員に占める女性の割合', '47', '％')]
    tw4 = (RW - 18) / 4
    for k, (cap, num, unit) in enumerate(figs):
        x0 = M + k * (tw4 + 6)
        p.rect(x0, y, tw4, tile_h, fill=TINT, r=3)
        p.tc(x0 + tw4 / 2, y + 15, cap, 8, 'G', ACC)
        nw = sw(num, 26, 'G'); uw = sw(unit, 9, 'G')
        nx = x0 + (tw4 - nw - uw - 2) / 2
        p.t(nx, y + 50, num, 26, 'G', ACC, line=False)
        p.t(nx + nw + 2, y + 50, unit, 9, 'G', ACC, line=False)
        p.L(f'{num}{unit}')
    p.t(M, y + tile_h + 16, '※2025年4月1日現在。', 8)
    facts = {
        'fixture': name, 'organization': '国際協力機構', 'document': '職員採用案内',
        'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '2026年3月'},
        'hiring': {
            'intro': [intro], 'note': notes, 'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
            'layout': 'the whole hiring section TILTED 4° counter-clockwise on a diagonal blue band, white text and rules; years as rows 2021年度 … 2026年度（予定）, full-width counts ３０（１６）, planned row in yellow',
            'rows': hiring_rows(years, labels, labels[:-1] + ['2026年度（予定）'], admin, tech, aw, tw, f)},
        'exams': {'title': ex_title, 'fiscalYear': 2026, 'textSynthesised': True,
                  'layout': '数字で見る TILES: a track tag (track + exam in two lines) at the left of a row of tiles, each tile a category caption over a 26 pt number + 名',
                  'entries': [exam_entry('事務系', '新卒採用（大学卒業程度）', ea), exam_entry('技術系', '新卒採用（大学院修了程度）', et)]},
        'contacts': [{'track': c[0], 'office': c[1], 'location': c[2], 'tel': [c[3]], 'email': [c[4]]} for c in contacts],
        'access': {'address': address, 'routes': routes},
        'assignments': {'cohortFiscalYear': 2025, 'intro': a_intro, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'grid table 配属先 | 事務系 | 技術系, counts in KANJI numerals (三名, 十名), ― for none',
                        'rows': [{'unit': u, 'admin': a_ or None, 'tech': t_ or None} for u, a_, t_ in units],
                        'totals': {'admin': sum(u[1] for u in units), 'tech': sum(u[2] for u in units)}},
        'lead': {'title': lead_title, 'text': lead},
        'initiativesIntro': art_intro,
        'initiatives': [{'title': t_, 'text': x_} for t_, x_ in inits],
        'supportTitle': sup_title,
        'supportSystems': [{'name': n_, 'duration': d_, 'text': x_} for n_, d_, x_ in sups],
        'supportSource': '',
        'training': {'title': tr_title, 'paragraphs': tr_paras},
        'keyFigures': [], 'pages': 2}
    write(name, [p1, p2], facts, 2203)

BUILDERS = {'nagoya-2026': nagoya, 'chiba-2026': chiba, 'jica-2026': jica}

if __name__ == '__main__':
    names = sys.argv[1:] or list(BUILDERS)
    try:
        for n in names:
            BUILDERS[n]()
    except Fail as e:
        print('REFUSED:', e); sys.exit(1)
