#!/usr/bin/env python3
"""Blind holdout set 16: three recruitment brochures (東京地方検察庁, 警視庁, 国立国会図書館).

Self-contained (reportlab + IPAex fonts). Writes Fixtures/holdout16/NAME.{pdf,expected.txt,facts.json}.
Every visual line is its own text object (inside q/Q) at an absolute position; the text objects of a page are
drawn after the graphics in a seeded shuffled order. The generator refuses to write a brochure when a check fails
(see README.md in the output folder).

  python3 Fixtures/generate_holdout16.py            # all three
  python3 Fixtures/generate_holdout16.py mpd-2026   # one
"""
import collections, json, os, random, re, subprocess, sys, tempfile, unicodedata

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color, black, white

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout16')
FONTS = {'M': '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf',
         'G': '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'}
for k, p in FONTS.items():
    pdfmetrics.registerFont(TTFont('IPAex' + k, p))
CMAP = {k: pdfmetrics.getFont('IPAex' + k).face.charToGlyph for k in FONTS}

MM = 72 / 25.4
A4 = (595.28, 841.89)
B5JIS = (182 * MM, 257 * MM)

KINSOKU_HEAD = set('、。，．）」』】〕〉》・：；？！ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ々ゝゞ％,.:;)]')

def rgb(h):
    return Color(int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)

class Refuse(Exception):
    pass

def sw(s, font, size, cs=0.0):
    return pdfmetrics.stringWidth(s, 'IPAex' + font, size) + cs * len(s)

# --------------------------------------------------------------------------------------------
# page model: top-down coordinates; an item is one text object
class Page:
    def __init__(self, doc, size):
        self.doc = doc
        self.w, self.h = size
        self.items = []
        self.gfx = []
        self.exp = []

    def text(self, x, top, s, font='M', size=8.5, color=black, furn=False, render=0, cs=0.0, skew=0.0,
             align='l', exp=False):
        w = sw(s, font, size, cs)
        if align == 'r':
            x = x - w
        elif align == 'c':
            x = x - w / 2
        it = dict(x=x, top=top, s=s, font=font, size=size, color=color, furn=furn, render=render, cs=cs,
                  skew=skew, w=w)
        self.items.append(it)
        if exp:
            self.exp.append(s)
        return it

    def line(self, *a, **k):
        k['exp'] = True
        return self.text(*a, **k)

    def g(self, fn):
        self.gfx.append(fn)

    def rect(self, x, top, w, h, fill=None, stroke=None, lw=0.5, r=0):
        H = self.h
        def fn(c):
            c.saveState()
            if fill is not None:
                c.setFillColor(fill)
            if stroke is not None:
                c.setStrokeColor(stroke)
                c.setLineWidth(lw)
            if r:
                c.roundRect(x, H - top - h, w, h, r, stroke=1 if stroke is not None else 0,
                            fill=1 if fill is not None else 0)
            else:
                c.rect(x, H - top - h, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            c.restoreState()
        self.g(fn)

    def hline(self, x0, x1, y, color=black, lw=0.5, dash=None):
        H = self.h
        def fn(c):
            c.saveState(); c.setStrokeColor(color); c.setLineWidth(lw)
            if dash:
                c.setDash(*dash)
            c.line(x0, H - y, x1, H - y); c.restoreState()
        self.g(fn)

    def vline(self, x, y0, y1, color=black, lw=0.5):
        H = self.h
        def fn(c):
            c.saveState(); c.setStrokeColor(color); c.setLineWidth(lw); c.line(x, H - y0, x, H - y1); c.restoreState()
        self.g(fn)

    def circle(self, cx, cy, r, fill=None, stroke=None, lw=0.6):
        H = self.h
        def fn(c):
            c.saveState()
            if fill is not None:
                c.setFillColor(fill)
            if stroke is not None:
                c.setStrokeColor(stroke); c.setLineWidth(lw)
            c.circle(cx, H - cy, r, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            c.restoreState()
        self.g(fn)

    # ---- composite helpers -------------------------------------------------------------------
    def para(self, x, top, width, s, font='M', size=8.5, lead=1.6, color=black, first_indent=0.0):
        lines = wrap(s, font, size, width, first_indent)
        for i, ln in enumerate(lines):
            self.line(x + (first_indent if i == 0 else 0), top + i * size * lead, ln, font, size, color)
        return top + len(lines) * size * lead

    def vertical(self, x, top, s, font='G', size=11, color=black, step=1.12):
        """One glyph per text object, centred on x; ONE expected line."""
        for i, ch in enumerate(s):
            self.text(x, top + i * size * step, ch, font, size, color, align='c')
        self.exp.append(s)
        return top + len(s) * size * step


def wrap(s, font, size, width, first_indent=0.0):
    """Greedy line breaking; ASCII runs stay whole; a line never starts with a kinsoku character
    (the last character of the previous line is carried down instead) nor ends with an opening bracket."""
    toks = re.findall(r'[A-Za-z0-9@._\-/:]+|.', s)
    lines, cur = [], ''
    for t in toks:
        lim = width - (first_indent if not lines else 0)
        if cur and sw(cur + t, font, size) > lim:
            nxt = t
            while cur and (nxt[0] in KINSOKU_HEAD or cur[-1] in '（「『【〔'):
                nxt = cur[-1] + nxt
                cur = cur[:-1]
            if not cur:
                raise Refuse('cannot break: ' + s)
            lines.append(cur)
            cur = nxt
        else:
            cur += t
    if cur:
        lines.append(cur)
    for i, ln in enumerate(lines):
        lim = width - (first_indent if i == 0 else 0)
        if sw(ln, font, size) > lim + 0.01:
            raise Refuse('line too long: ' + ln)
    return lines


def table(pg, x, top, colw, rows, size=8, font='M', pad=3.0, lead=1.3, rules='grid', rulecolor=black,
          minh=0.0, fills=None, exp=True):
    """rows: list of rows, one entry per grid column: None = covered by a span, '' = empty cell,
    str (\\n for several lines) or dict(t=, cs=, rs=, al=, f=, col=, bg=, skew=, sz=).
    Expected row: every grid column, text of the cell anchored there, '' otherwise."""
    n = len(colw)
    cells = []
    for ri, row in enumerate(rows):
        if len(row) != n:
            raise Refuse('table row width %d != %d' % (len(row), n))
        for ci, c in enumerate(row):
            if c is None:
                continue
            if isinstance(c, str):
                c = dict(t=c)
            c = dict(c)
            c.setdefault('cs', 1); c.setdefault('rs', 1); c.setdefault('al', 'c'); c.setdefault('f', font)
            c.setdefault('col', black); c.setdefault('sz', size)
            c['r'], c['c'] = ri, ci
            c['lines'] = c['t'].split('\n') if c['t'] else []
            cells.append(c)
    # covered map
    cover = {}
    for c in cells:
        for dr in range(c['rs']):
            for dc in range(c['cs']):
                cover[(c['r'] + dr, c['c'] + dc)] = c
    for ri, row in enumerate(rows):
        for ci in range(n):
            if (ri, ci) not in cover:
                raise Refuse('table hole at %d,%d' % (ri, ci))
            if row[ci] is None and cover[(ri, ci)]['r'] == ri and cover[(ri, ci)]['c'] == ci:
                raise Refuse('bad cover')
    heights = [minh] * len(rows)
    for c in cells:
        if c['rs'] == 1:
            h = max(1, len(c['lines'])) * c['sz'] * lead + 2 * pad - (lead - 1) * c['sz']
            heights[c['r']] = max(heights[c['r']], h)
    ys = [top]
    for h in heights:
        ys.append(ys[-1] + h)
    xs = [x]
    for w in colw:
        xs.append(xs[-1] + w)
    for c in cells:
        x0, x1 = xs[c['c']], xs[c['c'] + c['cs']]
        y0, y1 = ys[c['r']], ys[c['r'] + c['rs']]
        if c.get('bg') is not None:
            pg.rect(x0, y0, x1 - x0, y1 - y0, fill=c['bg'])
        if rules == 'grid':
            pg.rect(x0, y0, x1 - x0, y1 - y0, stroke=rulecolor, lw=0.5)
        k = len(c['lines'])
        th = k * c['sz'] * lead - (lead - 1) * c['sz']
        if th > (y1 - y0) - 2 * pad + 0.01:
            raise Refuse('cell overflow (height): %r' % c['t'])
        ty = y0 + ((y1 - y0) - th) / 2
        if c.get('valign') == 'top':
            ty = y0 + pad
        for i, ln in enumerate(c['lines']):
            w = sw(ln, c['f'], c['sz'])
            if w > (x1 - x0) - 2 * pad + 0.01:
                raise Refuse('cell overflow (width): %r in %.1f' % (ln, x1 - x0))
            if c['al'] == 'l':
                tx, al = x0 + pad, 'l'
            elif c['al'] == 'r':
                tx, al = x1 - pad, 'r'
            else:
                tx, al = (x0 + x1) / 2, 'c'
            pg.text(tx, ty + i * c['sz'] * lead, ln, c['f'], c['sz'], c['col'], align=al, skew=c.get('skew', 0))
    if rules == 'h':
        # horizontal rules that do not cross row-spanning cells
        for bi in range(len(rows) + 1):
            y = ys[bi]
            lw = 0.9 if bi in (0, len(rows)) else 0.4
            seg = None
            for ci in range(n + 1):
                crossed = True
                if ci < n:
                    above = cover.get((bi - 1, ci)); below = cover.get((bi, ci))
                    crossed = above is not None and above is below
                if not crossed and seg is None:
                    seg = xs[ci]
                if crossed and seg is not None:
                    pg.hline(seg, xs[ci], y, rulecolor, lw)
                    seg = None
    if exp:
        for ri, row in enumerate(rows):
            out = []
            for ci in range(n):
                c = cover[(ri, ci)]
                out.append(''.join(c['lines']) if (c['r'] == ri and c['c'] == ci) else '')
            pg.exp.append('\t'.join(out))
    return ys[-1], xs, ys


# --------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, name, size):
        self.name = name
        self.size = size
        self.pages = []

    def page(self, size=None):
        p = Page(self, size or self.size)
        self.pages.append(p)
        return p


def nows(s):
    return ''.join(s.split())


def check_doc(doc, facts):
    for pi, pg in enumerate(doc.pages, 1):
        its = pg.items
        for it in its:
            if not it['s']:
                raise Refuse('empty item')
            for ch in it['s']:
                if ch != ' ' and ord(ch) not in CMAP[it['font']]:
                    raise Refuse('p%d missing glyph %r in %s' % (pi, ch, it['font']))
            if it['s'][0] in KINSOKU_HEAD:
                raise Refuse('p%d line starts with kinsoku char: %r' % (pi, it['s']))
            x0, x1 = it['x'], it['x'] + it['w']
            y0, y1 = it['top'], it['top'] + it['size']
            if x0 < 8 or x1 > pg.w - 8 or y0 < 8 or y1 > pg.h - 8:
                raise Refuse('p%d item leaves the page: %r' % (pi, it['s']))
        for i in range(len(its)):
            a = its[i]
            for j in range(i + 1, len(its)):
                b = its[j]
                if (a['x'] < b['x'] + b['w'] - 0.3 and b['x'] < a['x'] + a['w'] - 0.3 and
                        a['top'] < b['top'] + b['size'] - 0.3 and b['top'] < a['top'] + a['size'] - 0.3):
                    raise Refuse('p%d overlap: %r / %r' % (pi, a['s'], b['s']))
        drawn = collections.Counter(nows(''.join(it['s'] for it in its if not it['furn'])))
        expc = collections.Counter(nows(''.join(pg.exp)))
        if drawn != expc:
            raise Refuse('p%d drawn != expected: +%r -%r' % (pi, dict(drawn - expc), dict(expc - drawn)))
    # facts printed
    alltext = nows(''.join(''.join(p.exp) for p in doc.pages))
    def need(s, what):
        if s is None or s == '':
            return
        if nows(s) not in alltext:
            raise Refuse('fact not printed (%s): %r' % (what, s))
    need(facts['organization'], 'organization'); need(facts['document'], 'document')
    need(facts['edition']['asOfText'], 'edition')
    h = facts['hiring']
    for s in h['intro'] + h['note']:
        need(s, 'hiring note')
    need(h['tracks']['admin'], 'track'); need(h['tracks']['tech'], 'track')
    rows = h['rows']
    if len(rows) < 5:
        raise Refuse('fewer than 5 years')
    if [r['planned'] for r in rows].count(True) != 1 or not rows[-1]['planned']:
        raise Refuse('planned row must be exactly one, the last')
    for r in rows:
        need(r['label'], 'label'); need(r['labelText'], 'labelText')
        if not h['textSynthesised']:
            for k in ('total', 'admin', 'tech'):
                need(r[k]['text'], 'count text')
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            raise Refuse('hiring total != admin + tech: %r' % r['label'])
        ws = [r[k]['women'] for k in ('total', 'admin', 'tech')]
        if any(w is not None for w in ws):
            if ws[0] != ws[1] + ws[2]:
                raise Refuse('women total mismatch %r' % r['label'])
            for k in ('total', 'admin', 'tech'):
                if r[k]['women'] > r[k]['count']:
                    raise Refuse('women > heads')
    years = [r['fiscalYear'] for r in rows]
    if years != sorted(years) or len(set(years)) != len(years):
        raise Refuse('years out of order')
    a = facts['assignments']
    need(a['intro'], 'cohort intro')
    for r in a['rows']:
        need(r['unit'], 'unit')
    cohort = [r for r in rows if r['fiscalYear'] == a['cohortFiscalYear']][0]
    if cohort['planned'] or cohort is not rows[-2]:
        raise Refuse('cohort must be the last actual year')
    sa = sum(r['admin'] or 0 for r in a['rows']); st = sum(r['tech'] or 0 for r in a['rows'])
    if (sa, st) != (cohort['admin']['count'], cohort['tech']['count']) or (sa, st) != (a['totals']['admin'], a['totals']['tech']):
        raise Refuse('assignment sums %r != cohort' % ((sa, st),))
    e = facts['exams']
    need(e['title'], 'exam title')
    if e['fiscalYear'] != rows[-1]['fiscalYear'] or e['fiscalYear'] != facts['edition']['year']:
        raise Refuse('exam year != planned year != edition year')
    per = collections.Counter()
    keys = set()
    for en in e['entries']:
        need(en['track'], 'exam track'); need(en['exam'], 'exam')
        if not e['textSynthesised']:
            need(en['text'], 'exam text')
        tot = 0
        for b in en['breakdown']:
            need(b['category'], 'category')
            tot += b['count']
            key = ('事務' in en['track'], '院' in en['exam'], b['category'])
            if key in keys:
                raise Refuse('exam key collides for the scorer: %r' % (key,))
            keys.add(key)
        if tot != en['total']:
            raise Refuse('exam entry total')
        per['admin' if '事務' in en['track'] else 'tech'] += tot
    if per['admin'] != rows[-1]['admin']['count'] or per['tech'] != rows[-1]['tech']['count']:
        raise Refuse('exam categories %r != planned hires' % dict(per))
    for c in facts['contacts']:
        for k in ('track', 'office', 'location'):
            need(c[k], 'contact ' + k)
        for t in c['tel'] + c['email']:
            need(t, 'contact')
    need(facts['access']['address'], 'address')
    for r in facts['access']['routes']:
        need(r, 'route')
        if '『' not in r:
            raise Refuse('route without station')
    need(facts['lead']['title'], 'lead')
    for s in facts['lead']['text']:
        need(s, 'lead')
    for i in facts['initiatives']:
        need(i['title'], 'initiative'); need(i['text'], 'initiative')
    need(facts['supportTitle'], 'support')
    for i in facts['supportSystems']:
        need(i['name'], 'support'); need(i['duration'], 'duration'); need(i['text'], 'support text')
    need(facts['training']['title'], 'training')
    for s in facts['training']['paragraphs']:
        need(s, 'training')
    for k in facts.get('keyFigures') or []:
        need(k['label'], 'kf'); need(k['value'], 'kf'); need(k.get('note'), 'kf')
    if facts['pages'] != len(doc.pages):
        raise Refuse('pages')


def render(doc, path, seed):
    c = canvas.Canvas(path, pagesize=doc.size, pageCompression=1)
    c.setTitle(doc.name); c.setAuthor(''); c.setCreator('generate_holdout16.py'); c.setProducer('reportlab')
    for pi, pg in enumerate(doc.pages):
        c.setPageSize((pg.w, pg.h))
        for fn in pg.gfx:
            fn(c)
        its = list(pg.items)
        random.Random(seed * 100 + pi).shuffle(its)
        for it in its:
            c.saveState()
            base = pg.h - (it['top'] + it['size'] * 0.88)
            if it['skew']:
                c.translate(it['x'], base)
                c.transform(1, 0, it['skew'], 1, 0, 0)
                x, y = 0, 0
            else:
                x, y = it['x'], base
            if it['render']:
                c.setLineWidth(0.3)
            t = c.beginText(x, y)
            t.setFont('IPAex' + it['font'], it['size'])
            t.setFillColor(it['color'])
            if it['render']:
                t.setTextRenderMode(it['render'])
                t.setStrokeColor(it['color'])
            if it['cs']:
                t.setCharSpace(it['cs'])
            t.textOut(it['s'])
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()


def check_pdftotext(doc, path):
    for pi, pg in enumerate(doc.pages, 1):
        out = subprocess.run(['pdftotext', '-f', str(pi), '-l', str(pi), path, '-'], capture_output=True,
                             text=True, check=True).stdout
        got = collections.Counter(nows(out))
        want = collections.Counter(nows(''.join(it['s'] for it in pg.items)))
        if got != want:
            raise Refuse('pdftotext p%d differs: +%r -%r' % (pi, dict(got - want), dict(want - got)))


def count_checks(facts, expected):
    sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
    import score_extract
    drawn = score_extract.norm(expected)
    return len(score_extract.checks(facts, {}, drawn))


def write(doc, facts, seed):
    check_doc(doc, facts)
    os.makedirs(OUT, exist_ok=True)
    expected = '\n\f\n'.join('\n'.join(p.exp) for p in doc.pages) + '\n'
    with tempfile.TemporaryDirectory() as td:
        tmp = os.path.join(td, doc.name + '.pdf')
        render(doc, tmp, seed)
        check_pdftotext(doc, tmp)
        data = open(tmp, 'rb').read()
    open(os.path.join(OUT, doc.name + '.pdf'), 'wb').write(data)
    open(os.path.join(OUT, doc.name + '.expected.txt'), 'w').write(expected)
    open(os.path.join(OUT, doc.name + '.facts.json'), 'w').write(
        json.dumps(facts, ensure_ascii=False, indent=2) + '\n')
    print('%s: %d pages, %d fact checks' % (doc.name, len(doc.pages), count_checks(facts, expected)))


def cnt(count, women, text):
    return dict(count=count, women=women, text=text)

FW = str.maketrans('0123456789', '０１２３４５６７８９')
def fw(s):
    return s.translate(FW)


# ============================================================================================
# 1. 東京地方検察庁 — JIS B5 booklet, 4 pages
NAVY = rgb('1f2f5c'); GOLD = rgb('b08a2e'); PALE = rgb('eef1f7'); BLUE = rgb('1c5bb5'); GREY = rgb('666666')

def kensatsu():
    doc = Doc('tokyo-kensatsu-2026', B5JIS)
    W, H = B5JIS
    L, R = 40.0, W - 40.0
    CW = R - L
    org = '東京地方検察庁'
    asof = '2026（令和8）年4月'

    def footer(pg, no):
        pg.hline(L, R, H - 34, GREY, 0.4)
        if no % 2 == 0:
            pg.text(L, H - 28, str(no), 'G', 9, GREY, furn=True)
            pg.text(R, H - 27, '東京地方検察庁　職員採用案内 2026', 'G', 6.5, GREY, furn=True, align='r')
        else:
            pg.text(R, H - 28, str(no), 'G', 9, GREY, furn=True, align='r')
            pg.text(L, H - 27, '東京地方検察庁　職員採用案内 2026', 'G', 6.5, GREY, furn=True)

    def heading(pg, x, top, no, title, width=None):
        width = width or CW
        # navy square with a white number, then the title; a gold rule under it
        pg.rect(x, top, 16, 16, fill=NAVY)
        pg.text(x + 8, top + 3.5, no, 'G', 9, white, align='c', exp=False)
        pg.text(x + 22, top + 1.5, title, 'G', 12.5, NAVY, render=2, exp=False)
        pg.exp.append(no + ' ' + title)
        pg.hline(x, x + width, top + 20, GOLD, 1.0)
        return top + 28

    # ---------------- data
    years = [(2021, '2021（令和3）年度', (48, 22), (2, 1)),
             (2022, '2022（令和4）年度', (52, 25), (3, 1)),
             (2023, '2023（令和5）年度', (55, 27), (2, 0)),
             (2024, '2024（令和6）年度', (58, 30), (4, 2)),
             (2025, '2025（令和7）年度', (61, 29), (3, 1)),
             (2026, '2026（令和8）年度', (60, 28), (4, 2))]
    def ct(c):
        return '%d名（女性%d名）' % c
    hrows = []
    for fy, lab, ad, te in years:
        to = (ad[0] + te[0], ad[1] + te[1])
        hrows.append(dict(fiscalYear=fy, label=lab, labelText=lab, planned=fy == 2026,
                          total=cnt(to[0], to[1], ct(to)), admin=cnt(ad[0], ad[1], ct(ad)),
                          tech=cnt(te[0], te[1], ct(te))))
    hnote = ['※2026（令和8）年度は見込みです。', '※（　）内は女性の人数で、内数です。']
    assign = [('総務部', 6, 2), ('刑事部', 14, 1), ('公安部', 4, None), ('特別捜査部', 3, None),
              ('交通部', 5, None), ('公判部', 12, None), ('検務部', 9, None), ('立川支部', 8, None)]
    exams = [('事務系', '国家公務員一般職試験（大卒程度）', [('行政', 32)]),
             ('技術系', '国家公務員一般職試験（大卒程度）', [('デジタル・電気・電子', 3)]),
             ('事務系', '国家公務員一般職試験（高卒者）', [('事務', 28)]),
             ('技術系', '国家公務員一般職試験（高卒者）', [('技術', 1)])]
    lead_title = '社会正義の実現を、支える。'
    lead = ['東京地方検察庁は、東京都内で発生した事件の捜査・公判を担う全国最大規模の検察庁です。',
            '検察事務官は、検事とともに捜査や公判に携わるほか、罰金の徴収や証拠品の管理、情報システムの運用など、検察の仕事を幅広く支えています。']
    inits = [('捜査・公判のデジタル化', '令状や証拠の電子化に向けたシステム整備を進めており、技術系職員が中心となって取り組んでいます。'),
             ('専門性を高める人事配置', '捜査部門と公判部門、事務局部門を計画的に経験し、検察事務官としての専門性を段階的に高めます。'),
             ('柔軟な働き方', 'フレックスタイム制や早出遅出勤務を活用し、育児や介護と両立しながら働く職員が増えています。')]
    supports = [('産前・産後休暇', '産前6週間・産後8週間', '出産のための有給の特別休暇です。'),
                ('育児休業', '子が3歳に達するまで', '男女とも取得でき、昨年度は男性職員の取得が大きく増えました。'),
                ('育児時間', '子が小学校就学前まで', '1日2時間以内で勤務しないことができます。'),
                ('子の看護休暇', '年5日（子が2人以上は年10日）', '子の病気やけが、予防接種などの際に取得できます。'),
                ('介護休暇', '通算6月まで', '要介護状態の家族の介護のため、3回まで分割して取得できます。')]
    training = ['採用後は、法務総合研究所が実施する初任者研修で、検察の基礎となる法律知識や事件事務を学びます。',
                'その後も、中等科研修や高等科研修、検察事務官から副検事への登用に向けた研修など、経験に応じた研修が用意されています。']
    contacts = [dict(track='事務系', office='総務部人事課 採用担当', location='中央合同庁舎第6号館A棟 12階',
                     tel=['03-3592-5611（内線3215）'], email=['tokyo-saiyo@kensatsu.go.jp']),
                dict(track='技術系', office='総務部情報システム管理室', location='中央合同庁舎第6号館A棟 13階',
                     tel=['03-3592-5611（内線3480）', '03-3592-7212（直通）'], email=['tokyo-digital@kensatsu.go.jp'])]
    address = '〒100-8903 東京都千代田区霞が関1-1-1 中央合同庁舎第6号館'
    routes = ['東京メトロ丸ノ内線・日比谷線・千代田線『霞ケ関』駅 B1出口 徒歩約3分',
              '東京メトロ有楽町線『桜田門』駅 5番出口 徒歩約3分',
              '都営バス 都01系統『霞が関』停留所 徒歩約5分']

    # ---------------- page 1: cover + 01 採用実績
    p = doc.page()
    p.rect(0, 0, W, 150, fill=NAVY)
    p.rect(0, 150, W, 4, fill=GOLD)
    p.line(L, 30, 'TOKYO DISTRICT PUBLIC PROSECUTORS OFFICE', 'G', 8, white, cs=1.2)
    p.line(L, 50, org, 'G', 30, white, render=2, cs=2)
    p.line(L, 96, '職員採用案内', 'G', 16, white, cs=3)
    p.line(L, 122, '検察事務官（事務系）・技術職員（技術系）', 'M', 9, white)
    p.line(R, 162, asof, 'M', 9, NAVY, align='r')
    y = 186
    p.line(L, y, lead_title, 'M', 16, NAVY); y += 28
    for s in lead:
        y = p.para(L, y, CW, s, 'M', 9, 1.7, first_indent=9) + 4
    # decoy key figures: three framed boxes in a row
    y += 6
    p.line(L, y, '数字で見る東京地検', 'G', 10, GOLD); y += 18
    kf = [('職員数', '約1,900名', '（検事を含む）'), ('年間の受理人員', '約8万人', '（2024年）'), ('女性職員の割合', '41.5%', '（2025年4月1日現在）')]
    bw = (CW - 20) / 3
    for i, (a, b, c_) in enumerate(kf):
        bx = L + i * (bw + 10)
        p.rect(bx, y, bw, 62, fill=PALE, r=4)
        p.line(bx + bw / 2, y + 7, a, 'G', 8, NAVY, align='c')
        p.line(bx + bw / 2, y + 21, b, 'G', 18, BLUE, align='c')
        p.line(bx + bw / 2, y + 46, c_, 'M', 6.5, GREY, align='c')
    y += 78
    y = heading(p, L, y, '01', '採用実績')
    p.line(L, y, '新規採用者数の推移', 'G', 9); y += 16
    trs = [['年度', '事務系', '技術系', '合計']]
    for r in hrows:
        pl = r['planned']
        st = dict(col=BLUE, skew=0.2) if pl else {}
        trs.append([dict(t=r['label'], **st), dict(t=r['admin']['text'], **st), dict(t=r['tech']['text'], **st),
                    dict(t=r['total']['text'], **st)])
    for cell in trs[0]:
        pass
    trs[0] = [dict(t=t, f='G', bg=PALE) for t in trs[0]]
    y, _, _ = table(p, L, y, [112, 108, 108, 108], trs, size=8.5, rules='h', rulecolor=NAVY, minh=17)
    y += 5
    for s in hnote:
        p.line(L, y, s, 'M', 7, GREY); y += 11
    assert y < H - 20

    # ---------------- page 2: two columns; 02 配属状況 continues into column 2
    p = doc.page(); footer(p, 2)
    G = 20.0; colw = (CW - G) / 2
    x1, x2 = L, L + colw + G
    p.vline(L + colw + G / 2, 40, H - 50, GREY, 0.3)
    yv = 40
    # decoy: a staff interview
    p.rect(x1, yv, colw, 170, stroke=GOLD, lw=0.8, r=5)
    p.line(x1 + 8, yv + 8, '先輩職員の声', 'G', 10, GOLD)
    p.line(x1 + 8, yv + 24, '公判部　検察事務官（2021年採用）', 'G', 7.5, GREY)
    voice = ('入庁5年目の今は、公判に提出する証拠の準備や、裁判所との連絡調整を担当しています。'
             '昨年は約300件の事件記録を扱いました。一つひとつの事件の重みを感じながら、'
             'チームで判決の日を迎えられることにやりがいを感じています。'
             '2年目には副検事を目指す同期と勉強会を始め、今も月に1回続けています。')
    yy = p.para(x1 + 8, yv + 40, colw - 16, voice, 'M', 7.5, 1.65)
    assert yy < yv + 166, yy
    yv += 182
    p.rect(x1, yv, colw, 210, fill=rgb('d9dde6'))
    p.line(x1 + colw / 2, yv + 100, 'PHOTO', 'G', 9, GREY, align='c')
    p.line(x1, yv + 215, '写真：公判部での打合せの様子', 'M', 6.5, GREY)
    y = yv + 238
    y = heading(p, x1, y, '02', '配属状況', colw)
    cohort_intro = '2025（令和7）年度採用者の配属先'
    p.line(x1, y, cohort_intro, 'G', 9); y += 18
    prose = ('2025（令和7）年度に採用された職員（事務系61名、技術系3名）は、次のとおり各部に配属されました。'
             '総務部には事務系6名と技術系2名が、刑事部には事務系14名と技術系1名が配属され、'
             '事件の受理や証拠品の管理、捜査の補助などを担当しています。'
             'また、公安部に4名、特別捜査部に3名、交通部に5名、公判部に12名、検務部に9名、立川支部に8名'
             '（いずれも事務系）が配属され、それぞれ先輩職員の指導を受けながら実務を学んでいます。'
             '技術系の職員は、総務部と刑事部で、検察庁のネットワークの運用や、押収したパソコン・スマートフォン等の'
             'データの解析を支援しています。'
             'なお、配属先は本人の希望や適性を踏まえて決定しており、おおむね2年から3年で異動します。')
    lines = wrap(prose, 'M', 8.5, colw, 8.5)
    lead_ = 8.5 * 1.75
    cut = int((H - 60 - y) // lead_)
    first, rest = lines[:cut], lines[cut:]
    assert len(rest) >= 3, ('prose must continue into column 2', len(lines), cut, y)
    for i, ln in enumerate(first):
        p.line(x1 + (8.5 if i == 0 else 0), y + i * lead_, ln, 'M', 8.5)
    y2 = 40
    p.rect(x2, y2, colw, 16, fill=PALE)
    p.line(x2 + 4, y2 + 3.5, '配属状況（続き）', 'G', 9, NAVY); y2 += 24
    for i, ln in enumerate(rest):
        p.line(x2, y2 + i * lead_, ln, 'M', 8.5)
    y2 += len(rest) * lead_ + 14
    y2 = heading(p, x2, y2, '03', '採用予定', colw)
    exam_title = '2026（令和8）年度 試験区分別の採用予定数'
    p.line(x2, y2, exam_title, 'G', 8.5); y2 += 18
    groups = collections.OrderedDict()
    for tr, ex, cats in exams:
        groups.setdefault(ex, []).append((tr, cats))
    for ex, lst in groups.items():
        p.circle(x2 + 3, y2 + 4.5, 2.2, fill=NAVY)
        p.line(x2 + 9, y2, ex, 'G', 8.5, NAVY); y2 += 15
        for tr, cats in lst:
            for cat, n in cats:
                p.line(x2 + 14, y2, '─ %s：%s %d名' % (tr, cat, n), 'M', 8.5); y2 += 14
        y2 += 4
    p.line(x2, y2, '※採用予定数は変更となる場合があります。', 'M', 7, GREY); y2 += 22
    assert y2 < H - 50

    # ---------------- page 3: 04 initiatives (3 columns), 05 support (begins)
    p = doc.page(); footer(p, 3)
    y = 40
    y = heading(p, L, y, '04', '職場の取組')
    iw = (CW - 24) / 3
    ymax = y
    for i, (t, tx) in enumerate(inits):
        ix = L + i * (iw + 12)
        p.rect(ix, y, iw, 18, fill=NAVY)
        p.line(ix + 5, y + 4.5, t, 'G', 8.5, white)
        ymax = max(ymax, p.para(ix, y + 26, iw, tx, 'M', 8, 1.65))
    y = ymax + 18
    y = heading(p, L, y, '05', '両立支援制度')
    sup_title = '両立支援制度'
    p.line(L, y, '子育てや介護をしながら働く職員のための主な制度です。', 'M', 8.5); y += 20
    def support_item(pg, yy, name, dur, txt):
        pg.rect(L, yy, 3, 30, fill=GOLD)
        pg.line(L + 10, yy, name, 'G', 9.5, NAVY)
        pg.line(L + 10, yy + 15, '期間　' + dur, 'M', 8, BLUE)
        return pg.para(L + 150, yy + 1, CW - 150, txt, 'M', 8.5, 1.6) if False else None
    for name, dur, txt in supports[:3]:
        p.rect(L, y, 3, 28, fill=GOLD)
        p.line(L + 10, y, name, 'G', 9.5, NAVY)
        p.line(L + 10, y + 15, '期間：' + dur, 'M', 8, BLUE)
        p.line(L + 10, y + 29, txt, 'M', 8) if sw(txt, 'M', 8) < CW - 10 else None
        y += 50
    p.line(R, y - 6, '（次ページへ続く）', 'M', 7, GREY, align='r'); y += 12
    # decoy: statistics of leave
    p.line(L, y, '制度の利用状況（2024年度）', 'G', 9, GOLD); y += 16
    srows = [[dict(t='区分', f='G', bg=PALE), dict(t='男性', f='G', bg=PALE), dict(t='女性', f='G', bg=PALE)],
             ['育児休業の取得率', '78.6%', '100%'], ['平均取得期間', '約3か月', '約14か月'], ['年次休暇の平均取得日数', '16.4日', '17.1日']]
    y, _, _ = table(p, L, y, [200, 118, 118], srows, size=8, rules='grid', rulecolor=GREY, minh=16)
    assert y < H - 50

    # ---------------- page 4: 05 support (continued), 06 training, 07 access, contacts band
    p = doc.page(); footer(p, 4)
    y = 40
    p.rect(L, y, CW, 18, fill=PALE)
    p.line(L + 6, y + 4, '05 両立支援制度（続き）', 'G', 10, NAVY); y += 28
    for name, dur, txt in supports[3:]:
        p.rect(L, y, 3, 28, fill=GOLD)
        p.line(L + 10, y, name, 'G', 9.5, NAVY)
        p.line(L + 10, y + 15, '期間：' + dur, 'M', 8, BLUE)
        p.line(L + 10, y + 29, txt, 'M', 8)
        y += 50
    y += 4
    y = heading(p, L, y, '06', '研修制度')
    for s in training:
        y = p.para(L, y, CW, s, 'M', 8.5, 1.65, first_indent=8.5) + 3
    y += 12
    y = heading(p, L, y, '07', 'アクセス')
    # left: address and numbered routes; right: a map placeholder with numbered markers
    mw = 150
    tw = CW - mw - 14
    a1, a2 = address.split(' ', 1)
    p.line(L, y, a1, 'M', 8.5)
    p.line(L, y + 14, a2, 'M', 8.5)
    ya = y + 34
    marks = '①②③'
    for i, r in enumerate(routes):
        ls = wrap(marks[i] + r, 'M', 8.5, tw)
        for j, ln in enumerate(ls):
            p.line(L + (8.5 if j else 0), ya + j * 14, ln, 'M', 8.5)
        ya += len(ls) * 14 + 4
    mx = R - mw
    p.rect(mx, y, mw, 112, fill=rgb('f3f3ef'), stroke=GREY, lw=0.5)
    p.rect(mx + 20, y + 40, 60, 34, fill=rgb('dfe5d5'))     # park
    p.hline(mx, mx + mw, y + 30, rgb('bbbbbb'), 5)
    p.vline(mx + 100, y, y + 112, rgb('bbbbbb'), 5)
    p.rect(mx + 108, y + 44, 30, 26, fill=NAVY)
    # map labels, drawn (and read) top to bottom
    p.line(mx + 4, y + 4, '桜田通り', 'G', 6, GREY)
    def mark(cx, cy, m):
        p.circle(cx, cy + 4, 6, fill=white, stroke=BLUE)
        p.line(cx, cy, m, 'G', 8, BLUE, align='c')
    mark(mx + 88, y + 18, '①')
    p.line(mx + 50, y + 48, '日比谷公園', 'G', 6, GREY, align='c')
    p.line(mx + 123, y + 60, '当庁', 'G', 6.5, white, align='c')
    mark(mx + 114, y + 86, '②')
    mark(mx + 34, y + 98, '③')
    y = max(ya, y + 112) + 10
    # contacts: a full-width navy band at the foot of the page
    band_top = H - 40 - 118
    assert y < band_top - 4, (y, band_top)
    p.rect(0, band_top, W, 118, fill=NAVY)
    p.line(L, band_top + 10, '採用に関するお問い合わせ', 'G', 10.5, white)
    cw2 = (CW - 20) / 2
    for i, c_ in enumerate(contacts):
        cx = L + i * (cw2 + 20)
        yy = band_top + 32
        p.line(cx, yy, '【' + c_['track'] + '】', 'G', 8.5, rgb('f2d98c')); yy += 14
        p.line(cx, yy, c_['office'], 'M', 8, white); yy += 13
        p.line(cx, yy, c_['location'], 'M', 8, white); yy += 13
        for t in c_['tel']:
            p.line(cx, yy, 'TEL ' + t, 'M', 8, white); yy += 13
        for m in c_['email']:
            p.line(cx, yy, 'E-mail ' + m, 'M', 8, white); yy += 13
        assert yy < band_top + 116
    facts = dict(
        fixture=doc.name, organization=org, document='職員採用案内',
        edition=dict(year=2026, asOf='2026-04', asOfText=asof),
        hiring=dict(intro=['新規採用者数の推移'], note=hnote, tracks=dict(admin='事務系', tech='技術系'),
                    textSynthesised=False,
                    layout='years as rows in 西暦 with the era in brackets (2021（令和3）年度), cells 55名（女性20名）, '
                           'horizontal rules only; the planned row 2026（令和8）年度 marked ONLY by blue slanted (italic) '
                           'text and the footnote ※2026（令和8）年度は見込みです。',
                    rows=hrows),
        exams=dict(title=exam_title, fiscalYear=2026, textSynthesised=False,
                   layout='nested bullet list: each exam a ● line, under it ─ 事務系：行政 32名 lines (track, '
                          'category and count on one line)',
                   entries=[dict(track=tr, exam=ex, text='%s %d名' % cats[0], breakdown=[dict(category=a, count=b) for a, b in cats],
                                 total=sum(b for _, b in cats)) for tr, ex, cats in exams]),
        contacts=contacts,
        access=dict(address=address, routes=routes),
        assignments=dict(cohortFiscalYear=2025, intro=cohort_intro, tracks=dict(admin='事務系', tech='技術系'),
                         layout='PROSE only: one paragraph of sentences (総務部には事務系6名と技術系2名が、… 公安部に4名、'
                                '…（いずれも事務系）), continued from column 1 into column 2 under 配属状況（続き）; '
                                'the cohort totals appear in the first sentence',
                         rows=[dict(unit=u, admin=a, tech=t) for u, a, t in assign],
                         totals=dict(admin=61, tech=3)),
        lead=dict(title=lead_title, text=lead),
        initiativesIntro='', initiatives=[dict(title=t, text=x) for t, x in inits],
        supportTitle=sup_title,
        supportSystems=[dict(name=n, duration=d, text=t) for n, d, t in supports],
        supportSource='',
        training=dict(title='研修制度', paragraphs=training),
        keyFigures=[dict(label=a, value=b, note=c_) for a, b, c_ in kf],
        pages=4)
    return doc, facts


# ============================================================================================
# 2. 警視庁 — A4 portrait, 2 pages; every section's heading set vertically in a strip on its RIGHT
MPD = rgb('0b3a75'); MPDL = rgb('e8eef7'); RED = rgb('b3202a')
KANJI = {1: '一', 2: '二', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 8: '八', 9: '九'}
def kanji(n):
    if n < 10:
        return KANJI[n]
    t, u = divmod(n, 10)
    return ('' if t == 1 else KANJI[t]) + '十' + (KANJI[u] if u else '')

def mpd():
    doc = Doc('mpd-2026', A4)
    W, H = A4
    L, R = 36.0, W - 36.0
    SR = R - 26          # content right edge; the heading strip is R-20 .. R
    CW = SR - L
    org = '警視庁'
    asof = '令和８年4月現在'

    def section(pg, top, title, body):
        idx = len(pg.exp)
        bottom = body(top)
        n = len(title)
        need = n * 13 * 1.12 + 12
        bottom = max(bottom, top + need)
        pg.rect(R - 20, top, 20, bottom - top, fill=MPD)
        before = list(pg.exp)
        pg.vertical(R - 10, top + 6, title, 'G', 13, white)
        line = pg.exp.pop()
        pg.exp.insert(idx, line)
        return bottom

    def pagenum(pg, n):
        pg.text(W / 2, H - 22, '– %d –' % n, 'M', 8, GREY, furn=True, align='c')

    # ---- data
    yrs = [(2021, '令和３年度', (98, 52), (12, 4), 'f'), (2022, '令和4年度', (105, 55), (15, 6), 'h'),
           (2023, '令和５年度', (110, 61), (14, 5), 'f'), (2024, '令和6年度', (118, 66), (16, 7), 'h'),
           (2025, '令和７年度', (121, 70), (18, 8), 'f'), (2026, '令和8年度', (125, None), (20, None), 'h')]
    hrows = []
    for fy, lab, ad, te, _ in yrs:
        pl = fy == 2026
        to = (ad[0] + te[0], None if pl else ad[1] + te[1])
        def t(c):
            return '%d' % c[0] if c[1] is None else '%d（%d）' % c
        hrows.append(dict(fiscalYear=fy, label=lab, labelText=lab + ('※1' if pl else ''), planned=pl,
                          total=cnt(to[0], to[1], t(to)), admin=cnt(ad[0], ad[1], t(ad)), tech=cnt(te[0], te[1], t(te))))
    hnote = ['※1　令和8年度は採用予定数です（女性の内訳は未定）。', '※2　経験者採用の2名を含みます。',
             '※3　いずれも4月1日から翌年3月31日までの採用者数です。']
    units = [('総務部', 12, 4), ('警務部', 18, 2), ('生活安全部', 9, None), ('交通部', 14, 5),
             ('科学捜査研究所', 3, 7), ('警察署', 65, None)]
    exams = [('事務系', '警視庁職員Ⅰ類採用試験', [('事務', 70)]),
             ('技術系', '警視庁職員Ⅰ類採用試験', [('土木', 4), ('建築', 3), ('機械', 2), ('化学', 3), ('心理', 2)]),
             ('事務系', '警視庁職員Ⅲ類採用試験', [('一般事務', 55)]),
             ('技術系', '警視庁職員Ⅲ類採用試験', [('電気', 6)])]
    def etext(cats):
        return '、'.join('%s%s名' % (c, kanji(n)) for c, n in cats)
    lead_title = '首都東京の安全を、支える力に。'
    lead = ['警視庁は、約1,400万人が暮らす首都東京の治安を守る警察組織です。',
            '警察行政職員は、警察官とともに警視庁の一員として、事務・技術それぞれの専門性を生かし、'
            '予算や人事、施設の整備、科学捜査、交通安全対策など、警察活動を支える幅広い業務を担っています。']
    inits = [('警察ＤＸの推進', '各種手続のオンライン化や、捜査・事務のデジタル化を進めています。技術系職員も企画の段階から参加します。'),
             ('女性職員の活躍推進', '管理職への登用や、出産・育児を経ても活躍し続けられるキャリア形成を支援しています。'),
             ('テレワークの拡大', '本部の事務部門を中心にテレワークを導入し、時差勤務と組み合わせて活用しています。')]
    supports = [('産前・産後休暇', '産前6週間・産後8週間', '出産のための特別休暇です。'),
                ('育児休業', '子が3歳に達するまで', '男性職員の取得も増えています。'),
                ('部分休業', '子が小学校就学前まで', '1日2時間以内で勤務しないことができます。'),
                ('子の看護休暇', '年5日（子が2人以上は年10日）', '子の看病や健診の付添いに使えます。'),
                ('介護休暇', '通算6か月まで', '3回まで分割して取得できます。')]
    training = ['採用後は、警視庁職員研修所で約2週間の新任研修を受け、警察組織の仕組みや公務員としての心構えを学びます。',
                'その後も、職層に応じた研修のほか、技術系職員には専門分野の外部研修や資格取得の支援があります。']
    contacts = [dict(track='事務系', office='警務部人事第一課 採用センター', location='警視庁本部庁舎 9階',
                     tel=['03-3581-4321（内線22814）'], email=['mpd-saiyo@keishicho.metro.tokyo.lg.jp']),
                dict(track='技術系', office='総務部施設課 技術採用担当', location='警視庁本部庁舎 12階',
                     tel=['03-3581-4321（内線23615）', '03-3581-7730（直通）'], email=['mpd-gijutsu@keishicho.metro.tokyo.lg.jp'])]
    address = '〒100-8929 東京都千代田区霞が関2-1-1'
    routes = ['東京メトロ有楽町線『桜田門』駅 4番出口 徒歩約1分',
              '東京メトロ丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A2出口 徒歩約4分',
              '都営バス 都01系統『桜田門』停留所 徒歩約2分']

    # ---- page 1
    p = doc.page(); pagenum(p, 1)
    p.rect(0, 0, W, 112, fill=MPD)
    p.rect(0, 112, W, 3, fill=RED)
    p.line(L, 22, 'Tokyo Metropolitan Police Department', 'G', 8.5, white, cs=0.8)
    p.line(L, 38, org, 'G', 34, white, render=2, cs=4)
    p.line(L + 150, 54, '警察行政職員 採用案内', 'G', 15, white)
    p.line(L + 150, 76, '事務・技術', 'M', 9, white)
    p.line(R, 122, asof, 'M', 9, MPD, align='r')
    y = 144
    p.line(L, y, lead_title, 'M', 15, MPD); y += 26
    for s_ in lead:
        y = p.para(L, y, CW + 26, s_, 'M', 9, 1.7, first_indent=9) + 2
    y += 12

    def hiring_body(top):
        y = top + 4
        p.line(L, y, '警察行政職員の採用者数（人）', 'G', 9); y += 16
        H1 = dict(f='G', bg=MPDL)
        rows = [[dict(t='採用年度', rs=2, **H1), dict(t='事務系', cs=2, **H1), None, dict(t='技術系', cs=2, **H1), None,
                 dict(t='計', cs=2, **H1), None],
                [None, dict(t='採用数', **H1), dict(t='うち女性', **H1), dict(t='採用数', **H1), dict(t='うち女性', **H1),
                 dict(t='採用数', **H1), dict(t='うち女性', **H1)]]
        for (fy, lab, ad, te, wd), r in zip(yrs, hrows):
            f = fw if wd == 'f' else (lambda s: s)
            def w(v):
                return '－' if v is None else f(str(v))
            tech_heads = f(str(te[0])) + ('※2' if fy == 2023 else '')
            rows.append([r['labelText'], w(ad[0]), w(ad[1]), tech_heads, w(te[1]), w(r['total']['count']),
                         w(r['total']['women'])])
        y, _, _ = table(p, L, y, [70, 44, 44, 44, 44, 44, 44], rows, size=8, rules='grid', rulecolor=MPD, minh=16)
        y += 5
        for s_ in hnote:
            p.line(L, y, s_, 'M', 6.8, GREY); y += 10.5
        # decoy table in the right part of the section
        dx = L + 334 + 18
        yd = top + 4
        p.line(dx, yd, '警視庁の職員数（令和7年4月1日現在）', 'G', 8); yd += 16
        drows = [[dict(t='区分', f='G', bg=MPDL), dict(t='職員数', f='G', bg=MPDL)],
                 ['警察官', dict(t='約43,600人', al='r')], ['警察行政職員', dict(t='約3,000人', al='r')],
                 [dict(t='計', f='G'), dict(t='約46,600人', al='r', f='G')]]
        yd, _, _ = table(p, dx, yd, [80, SR - dx - 80], drows, size=8, rules='h', rulecolor=MPD, minh=16)
        yd += 6
        yd = p.para(dx, yd, SR - dx, '警察行政職員の約4割が女性です。平均年齢は42.5歳、平均勤続年数は19年です。', 'M', 7.5, 1.6)
        return max(y, yd) + 4
    y = section(p, y, '採用実績', hiring_body) + 16

    cohort_intro = '令和７年度採用者の配属先（人）'
    def assign_body(top):
        y = top + 4
        p.line(L, y, cohort_intro, 'G', 9); y += 16
        Hh = dict(f='G', bg=MPDL)
        hdr = [dict(t='配属先', **Hh)] + [dict(t=('科学捜査\n研究所' if u == '科学捜査研究所' else u), **Hh) for u, _, _ in units] + [dict(t='計', **Hh)]
        ra = [dict(t='事務系', f='G')] + [fw(str(a)) if a else '－' for _, a, _ in units] + [fw(str(sum(a or 0 for _, a, _ in units)))]
        rt = [dict(t='技術系', f='G')] + [fw(str(t)) if t else '－' for _, _, t in units] + [fw(str(sum(t or 0 for _, _, t in units)))]
        y, _, _ = table(p, L, y, [60] + [58] * len(units) + [50], [hdr, ra, rt], size=8.5, rules='grid', rulecolor=MPD, minh=18)
        y += 5
        p.line(L, y, '※警察署は都内102署のいずれかに配属されます（令和７年度は38署）。', 'M', 6.8, GREY); y += 12
        return y
    y = section(p, y, '配属実績', assign_body) + 16

    voices = [('交通部 交通規制課（技術・土木）', '平成30年採用　入庁8年目',
               '信号機や道路標識の設置計画を担当しています。昨年度は都内約120か所の交差点の改良に関わりました。'
               '自分が設計に関わった交差点で事故が減ったと聞いたときは、何よりうれしかったです。'),
              ('警務部 人事第一課（事務）', '令和4年採用　入庁4年目',
               '職員の採用や研修の事務を担当しています。説明会では年間30回以上、学生の皆さんに警視庁の仕事を紹介しています。'
               '育児休業から復帰した先輩も多く、長く働ける職場だと感じます。')]
    def voice_body(top):
        vw = (CW - 14) / 2
        ym = top
        for i, (who, when, txt) in enumerate(voices):
            vx = L + i * (vw + 14)
            p.line(vx, top + 4, who, 'G', 8.5, MPD)
            p.line(vx, top + 18, when, 'M', 7.5, RED)
            ym = max(ym, p.para(vx, top + 34, vw, txt, 'M', 8, 1.65, first_indent=8))
        return ym + 2
    y = section(p, y, '先輩の声', voice_body) + 10
    assert y < H - 40, y

    # ---- page 2
    p = doc.page(); pagenum(p, 2)
    y = 40
    exam_title = '令和８年度の採用予定'
    sents = ['令和８年度は、警視庁職員Ⅰ類採用試験により、事務系として' + etext(exams[0][2]) + '、技術系として'
             + etext(exams[1][2]) + 'を採用する予定です。',
             'また、警視庁職員Ⅲ類採用試験により、事務系として' + etext(exams[2][2]) + '、技術系として'
             + etext(exams[3][2]) + 'を採用する予定です。']
    def exam_body(top):
        y = top + 4
        p.line(L, y, exam_title, 'G', 10, MPD); y += 18
        for s_ in sents:
            y = p.para(L, y, CW, s_, 'M', 9, 1.75, first_indent=9) + 2
        p.line(L, y + 2, '※採用予定数は、今後の欠員の状況等により変更することがあります。', 'M', 6.8, GREY)
        return y + 16
    y = section(p, y, '採用予定', exam_body) + 14

    def init_body(top):
        iw = (CW - 24) / 3
        ym = top
        for i, (t_, tx) in enumerate(inits):
            ix = L + i * (iw + 12)
            p.line(ix, top + 4, '■' + t_, 'G', 9, MPD)
            ym = max(ym, p.para(ix, top + 22, iw, tx, 'M', 8, 1.65))
        return ym + 2
    y = section(p, y, '職場の取組', init_body) + 14

    def sup_body(top):
        y = top
        Hh = dict(f='G', bg=MPDL)
        rows = [[dict(t='制度', **Hh), dict(t='期間', **Hh), dict(t='内容', **Hh)]]
        for n, d, t_ in supports:
            rows.append([dict(t=n, al='l'), dict(t=d, al='l'), dict(t=t_, al='l')])
        y, _, _ = table(p, L, y, [90, 140, CW - 230], rows, size=8, rules='grid', rulecolor=MPD, minh=16)
        p.line(SR, y + 4, '※制度の詳細は、東京都の条例・規則等によります。', 'M', 6.8, GREY, align='r')
        return y + 16
    y = section(p, y, '両立支援制度', sup_body) + 14

    def train_body(top):
        y = top + 2
        for s_ in training:
            y = p.para(L, y, CW, s_, 'M', 8.5, 1.7, first_indent=8.5) + 2
        return y
    y = section(p, y, '研修', train_body) + 14

    def acc_body(top):
        y = top + 2
        tw = CW - 170
        p.line(L, y, address, 'M', 9); y += 18
        for i, r_ in enumerate(routes):
            ls = wrap('①②③'[i] + r_, 'M', 8.5, tw)
            for j, ln in enumerate(ls):
                p.line(L + (8.5 if j else 0), y + j * 14, ln, 'M', 8.5)
            y += len(ls) * 14 + 3
        mx, mw, mh = SR - 160, 160, 100
        p.rect(mx, top, mw, mh, fill=rgb('f1f1ee'), stroke=GREY)
        p.hline(mx, mx + mw, top + 62, rgb('c8c8c8'), 6)
        p.vline(mx + 60, top, top + mh, rgb('c8c8c8'), 6)
        p.rect(mx + 80, top + 16, 50, 30, fill=MPD)
        p.rect(mx + 4, top + 70, 40, 26, fill=rgb('dbe4d2'))
        def mark(cx, cy, m):
            p.circle(cx, cy + 4, 6, fill=white, stroke=RED)
            p.line(cx, cy, m, 'G', 8, RED, align='c')
        p.line(mx + 105, top + 27, '本部庁舎', 'G', 6.5, white, align='c')
        mark(mx + 70, top + 50, '①')
        mark(mx + 140, top + 72, '②')
        p.line(mx + 24, top + 80, '皇居外苑', 'G', 6, GREY, align='c')
        mark(mx + 52, top + 88, '③')
        return max(y, top + mh) + 2
    y = section(p, y, 'アクセス', acc_body) + 10

    band = H - 36 - 104
    assert y < band - 4, (y, band)
    p.rect(0, band, W, 104, fill=MPD)
    p.line(L, band + 9, '採用に関するお問い合わせ', 'G', 10, white)
    cw2 = (R - L - 20) / 2
    for i, c_ in enumerate(contacts):
        cx = L + i * (cw2 + 20)
        yy = band + 28
        p.line(cx, yy, '◆' + c_['track'] + '　' + c_['office'], 'G', 8.5, white); yy += 14
        p.line(cx, yy, c_['location'], 'M', 8, white); yy += 13
        for t_ in c_['tel']:
            p.line(cx, yy, '電話 ' + t_, 'M', 8, white); yy += 13
        for m in c_['email']:
            p.line(cx, yy, 'メール ' + m, 'M', 8, white); yy += 13
        assert yy < band + 102

    facts = dict(
        fixture=doc.name, organization=org, document='警察行政職員 採用案内',
        edition=dict(year=2026, asOf='2026-04', asOfText=asof),
        hiring=dict(intro=['警察行政職員の採用者数（人）'], note=hnote, tracks=dict(admin='事務系', tech='技術系'),
                    textSynthesised=True,
                    layout='fully ruled table with a TWO-ROW merged header: 採用年度 spans both header rows, 事務系 / 技術系 / 計 '
                           'each span 採用数 | うち女性; years as rows with full-width and half-width digits alternating by '
                           'row; the planned row marked only by the footnote marker in 令和8年度※1 (women －, null); a '
                           'footnote marker inside a count cell (１４※2 = 14)',
                    rows=hrows),
        exams=dict(title=exam_title, fiscalYear=2026, textSynthesised=False,
                   layout='two running sentences, counts in KANJI numerals (事務七十名, 一般事務五十五名), wrapped over lines',
                   entries=[dict(track=tr, exam=ex, text=etext(cats), breakdown=[dict(category=a, count=b) for a, b in cats],
                                 total=sum(b for _, b in cats)) for tr, ex, cats in exams]),
        contacts=contacts,
        access=dict(address=address, routes=routes),
        assignments=dict(cohortFiscalYear=2025, intro=cohort_intro, tracks=dict(admin='事務系', tech='技術系'),
                         layout='TRANSPOSED ruled table: units as columns (科学捜査 / 研究所 a two-line header cell), '
                                'rows 事務系 / 技術系, a 計 column; full-width digits, － for none',
                         rows=[dict(unit=u, admin=a, tech=t_) for u, a, t_ in units],
                         totals=dict(admin=121, tech=18)),
        lead=dict(title=lead_title, text=lead),
        initiativesIntro='', initiatives=[dict(title=t_, text=x) for t_, x in inits],
        supportTitle='両立支援制度',
        supportSystems=[dict(name=n, duration=d, text=t_) for n, d, t_ in supports],
        supportSource='',
        training=dict(title='研修', paragraphs=training),
        pages=2)
    return doc, facts


# ============================================================================================
# 3. 国立国会図書館 — A4 portrait, 2 pages, two columns; headings as white two-line text in teal circles
TEAL = rgb('0e6e78'); TEALL = rgb('e3f1f2'); ORANGE = rgb('d9822b')

def ndl():
    doc = Doc('ndl-2026', A4)
    W, H = A4
    L, R = 36.0, W - 36.0
    G = 19.0
    colw = (R - L - G) / 2
    X1, X2 = L, L + colw + G
    org = '国立国会図書館'
    asof = '令和８年３月'
    BOT = H - 46

    def footer(pg, n):
        pg.hline(L, R, H - 34, TEAL, 0.6)
        pg.text(L, H - 28, 'NDL RECRUITMENT GUIDE 2026', 'G', 6.5, TEAL, furn=True, cs=0.6)
        pg.text(R, H - 29, '%02d' % n, 'G', 9, TEAL, furn=True, align='r')

    def heading(pg, x, top, l1, l2, width=colw):
        r = 22
        for l_ in (l1, l2):
            if sw(l_, 'G', 9) > 2 * r - 6:
                raise Refuse('circle heading too wide: ' + l_)
        pg.circle(x + r, top + r, r, fill=TEAL)
        pg.line(x + r, top + r - 10, l1, 'G', 9, white, align='c')
        pg.line(x + r, top + r + 1.5, l2, 'G', 9, white, align='c')
        pg.hline(x + 2 * r + 4, x + width, top + r, TEAL, 0.8)
        return top + 2 * r + 8

    # ---- data: year -> (総合職 adm, tech), (一般職 adm, tech); (heads, women)
    data = [(2021, ((3, 1), (0, 0)), ((10, 6), (1, 0))),
            (2022, ((2, 1), (1, 0)), ((12, 7), (1, 1))),
            (2023, ((3, 2), (0, 0)), ((11, 6), (2, 1))),
            (2024, ((4, 2), (1, 1)), ((12, 8), (1, 0))),
            (2025, ((3, 1), (1, 0)), ((13, 7), (2, 1))),
            (2026, ((2, None), (1, None)), ((9, None), (2, None)))]
    def ct(h, w):
        return str(h) if w is None else '%d（%d）' % (h, w)
    def add(a, b):
        return (a[0] + b[0], None if a[1] is None else a[1] + b[1])
    hrows, table_rows = [], []
    H1 = dict(f='G', bg=TEALL)
    table_rows.append([dict(t='年度', **H1), dict(t='区分', **H1), dict(t='事務系', **H1), dict(t='技術系', **H1), dict(t='合計', **H1)])
    for fy, so, ip in data:
        pl = fy == 2026
        adm, tec = add(so[0], ip[0]), add(so[1], ip[1])
        tot = add(adm, tec)
        lab = str(fy)
        hrows.append(dict(fiscalYear=fy, label=lab, labelText=lab + ('（予定）' if pl else ''), planned=pl,
                          total=cnt(tot[0], tot[1], ct(*tot)), admin=cnt(adm[0], adm[1], ct(*adm)),
                          tech=cnt(tec[0], tec[1], ct(*tec))))
        def z(c):
            return '－' if c[0] == 0 else ct(*c)
        bg = dict(bg=rgb('fbeede')) if pl else {}
        table_rows.append([dict(t=lab + ('\n（予定）' if pl else ''), rs=3, f='G', **bg), dict(t='総合職', **bg),
                           dict(t=z(so[0]), **bg), dict(t=z(so[1]), **bg), dict(t=z(add(so[0], so[1])), **bg)])
        table_rows.append([None, dict(t='一般職', **bg), dict(t=z(ip[0]), **bg), dict(t=z(ip[1]), **bg),
                           dict(t=z(add(ip[0], ip[1])), **bg)])
        K = dict(f='G', bg=rgb('fbeede') if pl else rgb('f1f4f4'))
        table_rows.append([None, dict(t='計', **K), dict(t=ct(*adm), **K), dict(t=ct(*tec), **K), dict(t=ct(*tot), **K)])
    hnote = ['※（　）内は女性で、内数です。', '※2026年度は予定数です。', '※総合職・一般職は当館が独自に実施する採用試験の区分です。']
    units = [('総務部', 2, None), ('調査及び立法考査局', 5, None), ('収集書誌部', 3, None), ('利用者サービス部', 3, None),
             ('電子情報部', 1, 2), ('関西館', 1, 1), ('国際子ども図書館', 1, None)]
    exams = [('事務系', '総合職試験', [('法律・政治', 1), ('経済', 1)]),
             ('技術系', '総合職試験', [('理工・情報', 1)]),
             ('事務系', '一般職試験（大卒程度）', [('人文・社会', 5), ('図書館・情報', 4)]),
             ('技術系', '一般職試験（大卒程度）', [('電気・情報', 2)])]
    lead_title = '知識と情報を、未来へつなぐ。'
    lead = ['国立国会図書館は、国会に属する唯一の国立図書館です。国会議員の立法調査を補佐するとともに、'
            '国内で出版されたすべての出版物を収集・保存し、広く国民に提供しています。',
            '職員は国家公務員（特別職）として、調査、資料の収集・整理、利用者サービス、デジタルアーカイブの構築などに携わります。']
    inits = [('デジタルシフトの推進', '所蔵資料のデジタル化と全文テキスト化を進め、遠隔地からも資料を利用できる環境を整えています。'),
             ('若手職員の調査研究', '入館3年目までの職員が班をつくり、図書館サービスの課題をテーマに調査研究に取り組んでいます。'),
             ('休暇を取りやすい職場', '年次休暇の計画的な取得を呼びかけ、夏季には連続休暇の取得を推奨しています。')]
    supports = [('産前・産後休暇', '産前6週間・産後8週間', '出産のための有給の特別休暇です。'),
                ('配偶者出産休暇', '2日以内', '配偶者の出産に伴う入退院の付添い等に使えます。'),
                ('育児休業', '子が3歳に達するまで', '昨年度は男性職員の取得率が8割を超えました。'),
                ('育児短時間勤務', '子が小学校就学の始期に達するまで', '週19時間25分から選んで勤務できます。'),
                ('介護休暇', '通算6月まで', '3回まで分割して取得できます。')]
    training = ['採用後は、新規採用職員研修で国会と図書館の仕事の基礎を学び、配属先で実務を身につけます。',
                '資料保存や書誌データ作成などの専門研修のほか、海外の図書館への派遣や大学院での研修の機会もあります。']
    contacts = [dict(track='事務系', office='総務部人事課 任用係', location='東京本館 2階',
                     tel=['03-3581-2331（内線25110）'], email=['jinji-saiyo@ndl.go.jp']),
                dict(track='技術系', office='電子情報部電子情報企画課', location='東京本館 新館3階',
                     tel=['03-3581-2331（内線27350）', '03-3506-5147（直通）'], email=['denshi-saiyo@ndl.go.jp'])]
    address = '〒100-8924 東京都千代田区永田町1-10-1'
    routes = ['東京メトロ有楽町線・半蔵門線・南北線『永田町』駅 2番出口 徒歩約5分',
              '東京メトロ丸ノ内線・千代田線『国会議事堂前』駅 1番出口 徒歩約12分']

    # ---- page 1
    p = doc.page(); footer(p, 1)
    p.rect(0, 0, W, 96, fill=TEAL)
    p.line(L, 20, 'National Diet Library, Japan', 'G', 8.5, white, cs=0.6)
    p.line(L, 36, org, 'M', 28, white, render=2, cs=2)
    p.line(L, 72, '職員採用案内', 'G', 12, white, cs=2)
    p.rect(R - 82, 66, 82, 20, stroke=white, lw=0.8, r=10)
    p.line(R - 41, 70.5, asof, 'G', 9, white, align='c')
    # column 1
    y = 114
    p.line(X1, y, lead_title, 'M', 14, TEAL); y += 24
    for s_ in lead:
        y = p.para(X1, y, colw, s_, 'M', 8.5, 1.65, first_indent=8.5) + 2
    y += 10
    y = heading(p, X1, y, '採用', '実績')
    p.line(X1, y, '新規採用者数（人）', 'G', 8.5); y += 15
    y, _, _ = table(p, X1, y, [48, 44, 50, 50, colw - 192], table_rows, size=7.8, rules='h', rulecolor=TEAL, minh=13.2, pad=2.4)
    y += 4
    for s_ in hnote:
        y = p.para(X1, y, colw, s_, 'M', 6.6, 1.5)
    y += 8
    # decoy key figures
    p.line(X1, y, '数字で見る国立国会図書館', 'G', 9, ORANGE); y += 16
    kfs = [('蔵書数', '約4,800万点', '（2024年度末）'), ('職員数', '約890名', '（2025年4月1日現在）'),
           ('デジタル化資料', '約400万点', '（2024年度末）')]
    for a, b, c_ in kfs:
        p.text(X1, y + 4, a, 'M', 8)
        p.text(X1 + 78, y, b, 'G', 13, ORANGE)
        p.text(X1 + 78 + sw(b, 'G', 13) + 6, y + 5, c_, 'M', 6.6, GREY)
        p.exp.append(a + ' ' + b + ' ' + c_)
        p.hline(X1, X1 + colw, y + 17, rgb('bbbbbb'), 0.4, dash=(1, 2))
        y += 20
    y += 4
    y = heading(p, X1, y, '配属', '実績')
    cohort_intro = '2025年度採用者の配属先'
    p.line(X1, y, cohort_intro, 'G', 8.5); y += 15
    # legend
    p.rect(X1, y + 1.5, 7, 7, fill=TEAL); p.rect(X1 + 48, y + 1.5, 7, 7, fill=ORANGE)
    p.text(X1 + 10, y, '事務系', 'M', 7.5); p.text(X1 + 58, y, '技術系', 'M', 7.5)
    p.exp.append('事務系 技術系')
    y += 16
    LBW, U = 84, 9.0
    def bar(x, yy, u, a, t_):
        p.text(x + LBW - 4, yy, u, 'G', 7.8, align='r')
        bx = x + LBW
        if a:
            p.rect(bx, yy - 0.5, a * U, 9, fill=TEAL); bx += a * U
        if t_:
            p.rect(bx, yy - 0.5, t_ * U, 9, fill=ORANGE); bx += t_ * U
        lab = '・'.join(x_ for x_ in [('事務%d' % a) if a else '', ('技術%d' % t_) if t_ else ''] if x_)
        p.text(bx + 4, yy, lab, 'M', 7.8)
        p.exp.append(u + '\t' + lab)
    step = 17
    n1 = int((BOT - y) // step)
    assert 2 <= n1 <= len(units) - 2, (n1, y)
    for u, a, t_ in units[:n1]:
        bar(X1, y, u, a, t_); y += step
    # column 2: 配属実績（続き）
    y2 = 114
    p.rect(X2, y2, colw, 17, fill=TEALL)
    p.line(X2 + 5, y2 + 4, '配属実績（続き）', 'G', 8.5, TEAL); y2 += 26
    for u, a, t_ in units[n1:]:
        bar(X2, y2, u, a, t_); y2 += step
    sa = sum(a or 0 for _, a, _ in units); st = sum(t_ or 0 for _, _, t_ in units)
    p.line(X2, y2 + 2, '計　事務系%d名・技術系%d名' % (sa, st), 'G', 8); y2 += 30
    y2 = heading(p, X2, y2, '採用', '予定')
    exam_title = '令和8年度 採用予定数（試験別）'
    p.line(X2, y2, exam_title, 'G', 8.5); y2 += 15
    E = dict(f='G', bg=TEALL)
    erows = [[dict(t='試験', rs=2, **E), dict(t='事務系', cs=2, **E), None, dict(t='技術系', cs=2, **E), None],
             [None, dict(t='区分', **E), dict(t='人数', **E), dict(t='区分', **E), dict(t='人数', **E)],
             [dict(t='総合職試験', rs=2), '法律・政治', '1', '理工・情報', '1'],
             [None, '経済', '1', '', ''],
             [dict(t='一般職試験\n（大卒程度）', rs=2), '人文・社会', '5', '電気・情報', '2'],
             [None, '図書館・情報', '4', '', ''],
             [dict(t='合計', f='G'), '', dict(t='11', f='G'), '', dict(t='3', f='G')]]
    y2, _, _ = table(p, X2, y2, [70, 62, 28, colw - 188, 28], erows, size=7.8, rules='grid', rulecolor=TEAL, minh=15)
    y2 += 4
    p.line(X2, y2, '※採用予定数は変わることがあります。', 'M', 6.6, GREY); y2 += 22
    assert y2 < BOT, y2

    # ---- page 2
    p = doc.page(); footer(p, 2)
    y = 40
    y = heading(p, X1, y, '職場の', '取組')
    for t_, tx in inits:
        p.line(X1, y, '◇' + t_, 'G', 9, TEAL); y += 15
        y = p.para(X1, y, colw, tx, 'M', 8.3, 1.65) + 8
    p.rect(X1, y, colw, 190, fill=rgb('d5dfe0'))
    p.line(X1 + colw / 2, y + 90, 'PHOTO', 'G', 9, GREY, align='c')
    p.line(X1, y + 194, '東京本館の閲覧室（2025年撮影）', 'M', 6.6, GREY)
    y += 216
    # decoy: staff voice
    p.rect(X1, y, colw, 122, fill=rgb('fbf3ea'), r=6)
    p.line(X1 + 8, y + 8, '先輩職員の声', 'G', 9, ORANGE)
    p.line(X1 + 8, y + 23, '利用者サービス部　2019年入館', 'M', 7.5, GREY)
    yy = p.para(X1 + 8, y + 38, colw - 16,
                 'レファレンス係で、年間約2,000件の調査の依頼に回答しています。入館して7年、国会からの急ぎの依頼にも'
                 'チームで応えられるようになりました。', 'M', 8, 1.65)
    assert yy < y + 118
    y += 138
    y = heading(p, X1, y, '両立', '支援制度')
    sup_title = '両立支援制度'
    p.line(X1, y, '主な制度と期間', 'G', 8.5); y += 16
    def sup(x, yy, n, d, t_):
        p.line(x, yy, '●' + n, 'G', 8.5, TEAL)
        p.line(x + 9, yy + 13, '［期間］' + d, 'M', 7.8)
        return p.para(x + 9, yy + 26, colw - 9, t_, 'M', 7.8, 1.6) + 8
    k = 0
    while k < len(supports):
        # measure without drawing
        need = 26 + len(wrap(supports[k][2], 'M', 7.8, colw - 9)) * 7.8 * 1.6 + 8
        if y + need > BOT:
            break
        y = sup(X1, y, *supports[k]); k += 1
    assert 1 <= k <= len(supports) - 1, (k, y)
    y2 = 40
    p.rect(X2, y2, colw, 17, fill=TEALL)
    p.line(X2 + 5, y2 + 4, '両立支援制度（続き）', 'G', 8.5, TEAL); y2 += 26
    for n, d, t_ in supports[k:]:
        y2 = sup(X2, y2, n, d, t_)
    y2 += 8
    y2 = heading(p, X2, y2, '研修', '制度')
    for s_ in training:
        y2 = p.para(X2, y2, colw, s_, 'M', 8.3, 1.65, first_indent=8.3) + 2
    y2 += 12
    y2 = heading(p, X2, y2, '問合せ', '窓口')
    for c_ in contacts:
        bh = 14 + 13 * (2 + len(c_['tel']) + len(c_['email'])) + 4
        p.rect(X2, y2, colw, bh, stroke=TEAL, lw=0.6)
        yy = y2 + 6
        p.line(X2 + 6, yy, '［' + c_['track'] + '］' + c_['office'], 'G', 8.3, TEAL); yy += 15
        p.line(X2 + 6, yy, c_['location'], 'M', 7.8); yy += 13
        for t_ in c_['tel']:
            p.line(X2 + 6, yy, 'TEL：' + t_, 'M', 7.8); yy += 13
        for m in c_['email']:
            p.line(X2 + 6, yy, 'E-mail：' + m, 'M', 7.8); yy += 13
        y2 += bh + 6
    y2 += 8
    y2 = heading(p, X2, y2, '交通', 'アクセス')
    p.line(X2, y2, address, 'M', 8.3); y2 += 15
    for r_ in routes:
        ls = wrap('▶' + r_, 'M', 8, colw)
        for j, ln in enumerate(ls):
            p.line(X2 + (8 if j else 0), y2, ln, 'M', 8); y2 += 13
        y2 += 2
    assert y2 < BOT, y2

    facts = dict(
        fixture=doc.name, organization=org, document='職員採用案内',
        edition=dict(year=2026, asOf='2026-03', asOfText=asof),
        hiring=dict(intro=['新規採用者数（人）'], note=hnote, tracks=dict(admin='事務系', tech='技術系'),
                    textSynthesised=False,
                    layout='horizontal rules only (not crossing the year cells): 年度 | 区分 | 事務系 | 技術系 | 合計; each year '
                           '(western, bare 2021) a cell spanning THREE sub-rows 総合職 / 一般職 / 計 — only the tinted 計 row '
                           'is the fact; the planned year 2026 / （予定） on two lines, tinted, plain numbers (women null)',
                    rows=hrows),
        exams=dict(title=exam_title, fiscalYear=2026, textSynthesised=True,
                   layout='ruled table with a two-row merged header: 試験 spans both rows, 事務系 / 技術系 each span 区分 | '
                          '人数; each exam a cell spanning two rows; the tracks\' category lists are independent (blank '
                          'cells where one track has fewer); a 合計 row',
                   entries=[dict(track=tr, exam=ex, text='、'.join('%s%d' % c for c in cats),
                                 breakdown=[dict(category=a, count=b) for a, b in cats],
                                 total=sum(b for _, b in cats)) for tr, ex, cats in exams]),
        contacts=contacts,
        access=dict(address=address, routes=routes),
        assignments=dict(cohortFiscalYear=2025, intro=cohort_intro, tracks=dict(admin='事務系', tech='技術系'),
                         layout='horizontal STACKED BAR CHART: unit label right-aligned, teal (事務) and orange (技術) '
                                'segments, then 事務2・技術1 after the bar; continued from column 1 into column 2 under '
                                '配属実績（続き）; a sum line 計　事務系16名・技術系3名',
                         rows=[dict(unit=u, admin=a, tech=t_) for u, a, t_ in units],
                         totals=dict(admin=sa, tech=st)),
        lead=dict(title=lead_title, text=lead),
        initiativesIntro='', initiatives=[dict(title=t_, text=x) for t_, x in inits],
        supportTitle=sup_title,
        supportSystems=[dict(name=n, duration=d, text=t_) for n, d, t_ in supports],
        supportSource='',
        training=dict(title='研修制度', paragraphs=training),
        keyFigures=[dict(label=a, value=b, note=c_) for a, b, c_ in kfs],
        pages=2)
    return doc, facts

BROCHURES = {'tokyo-kensatsu-2026': (kensatsu, 161), 'mpd-2026': (mpd, 162), 'ndl-2026': (ndl, 163)}

def main(argv):
    names = argv[1:] or list(BROCHURES)
    bad = 0
    for n in names:
        fn, seed = BROCHURES[n]
        try:
            doc, facts = fn()
            write(doc, facts, seed)
        except (Refuse, AssertionError) as e:
            bad += 1
            print('REFUSED %s: %s' % (n, e), file=sys.stderr)
    return 1 if bad else 0

if __name__ == '__main__':
    sys.exit(main(sys.argv))
