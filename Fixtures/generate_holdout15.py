#!/usr/bin/env python3
"""Blind holdout set 15: three recruitment brochures (国立印刷局, 農林水産消費安全技術センター,
国立公文書館) drawn with reportlab, each with NAME.expected.txt and NAME.facts.json.

Self-contained (it shares no code with the other generators). Deterministic: reportlab
invariant mode and seeded shuffles, so two runs give byte-identical files.

    python3 Fixtures/generate_holdout15.py            # all three
    python3 Fixtures/generate_holdout15.py npb-2026   # one

Every visual line is its own text object (q BT ... ET Q) at an absolute position; the text
objects of a page are drawn after the graphics in a seeded shuffled order. The generator
refuses to write a brochure when text items overlap or leave the page, a glyph is missing,
a table cell overflows, a line starts with a kinsoku character, the drawn and expected text
differ (multiset of characters per page, furniture excluded), pdftotext disagrees, a fact
string is not printed, or the numbers do not add up.
"""
import json, os, random, subprocess, sys, unicodedata
from collections import Counter

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color, black, white

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout15')
pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))

A4P = (595.28, 841.89)
A4L = (841.89, 595.28)
KINSOKU_HEAD = set('、。，．）」』】〕〉》’”ー・：；？！ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ々〜～ヽヾゝゞ,.)]:;!?%')
KINSOKU_TAIL = set('（「『【〔〈《‘“([')


class Refuse(Exception):
    pass


def rgb(h):
    return Color(int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)


def sw(s, font, size, cs=0.0):
    return pdfmetrics.stringWidth(s, font, size) + cs * max(len(s) - 1, 0) + (cs if len(s) > 0 and cs else 0) * 0


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(s.split()).replace('〜', '~').replace('～', '~')


def is_ascii_word(ch):
    return ch.isascii() and (ch.isalnum() or ch in '@.-_:/%')


def wrap(text, font, size, width):
    """Greedy line breaking by glyph; ASCII runs are not broken; kinsoku (no line starts
    with a closing mark / small kana, no line ends with an opening bracket)."""
    tokens, i = [], 0
    while i < len(text):
        if is_ascii_word(text[i]):
            j = i
            while j < len(text) and is_ascii_word(text[j]):
                j += 1
            tokens.append(text[i:j]); i = j
        else:
            tokens.append(text[i]); i += 1
    lines, cur = [], ''
    for t in tokens:
        if cur and sw(cur + t, font, size) > width:
            # kinsoku: pull back characters so the next line does not start with a head char
            nxt = t
            while nxt[0] in KINSOKU_HEAD or cur[-1] in KINSOKU_TAIL:
                nxt = cur[-1] + nxt
                cur = cur[:-1]
            lines.append(cur)
            cur = nxt
        else:
            cur += t
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, size):
        self.w, self.h = size
        self.items = []   # text objects
        self.gfx = []     # graphics callables (x, y in top-down coordinates)
        self.exp = []     # expected lines (reading order)

    # ---- drawing primitives (top-down y) -------------------------------------------------
    def t(self, x, y, s, font='M', size=8.0, color=black, align='l', rm=0, cs=0.0, furn=False, skew=False):
        w = pdfmetrics.stringWidth(s, font, size) + cs * len(s)
        if align == 'r':
            x = x - w
        elif align == 'c':
            x = x - w / 2
        it = dict(x=x, y=y, s=s, font=font, size=size, color=color, rm=rm, cs=cs, w=w, furn=furn)
        self.items.append(it)
        return it

    def line(self, x, y, s, **kw):
        """One visual line = one text object = one expected line."""
        it = self.t(x, y, s, **kw)
        if not kw.get('furn'):
            self.exp.append(s)
        return it

    def joined(self, parts, sep=' '):
        """Several text objects on one baseline read as ONE line: parts = [(x, y, s, kw)]."""
        for x, y, s, kw in parts:
            self.t(x, y, s, **kw)
        self.exp.append(sep.join(p[2] for p in parts))

    def para(self, x, y, text, width, font='M', size=8.0, lead=None, color=black):
        lead = lead or size * 1.65
        for ln in wrap(text, font, size, width):
            self.line(x, y, ln, font=font, size=size, color=color)
            y += lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5, r=0, dash=None):
        self.gfx.append(('rect', x, y, w, h, fill, stroke, lw, r, dash))

    def hl(self, x1, x2, y, color=black, lw=0.5, dash=None):
        self.gfx.append(('line', x1, y, x2, y, color, lw, dash))

    def vl(self, x, y1, y2, color=black, lw=0.5, dash=None):
        self.gfx.append(('line', x, y1, x, y2, color, lw, dash))

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.5):
        self.gfx.append(('circle', x, y, r, fill, stroke, lw))

    # ---- checks --------------------------------------------------------------------------
    def check(self, name, pno):
        faces = {f: pdfmetrics.getFont(f).face.charToGlyph for f in ('G', 'M')}
        boxes = []
        for it in self.items:
            for ch in it['s']:
                if ch != ' ' and ord(ch) not in faces[it['font']]:
                    raise Refuse(f'{name} p{pno}: glyph {ch!r} missing in {it["font"]}')
            if it['s'] and it['s'][0] in KINSOKU_HEAD:
                raise Refuse(f'{name} p{pno}: line starts with kinsoku char: {it["s"]!r}')
            x0, x1 = it['x'], it['x'] + it['w']
            y0, y1 = it['y'] - it['size'] * 0.88, it['y'] + it['size'] * 0.12
            if x0 < 0 or y0 < 0 or x1 > self.w or y1 > self.h:
                raise Refuse(f'{name} p{pno}: text leaves the page: {it["s"]!r}')
            boxes.append((x0, y0, x1, y1, it['s']))
        for i in range(len(boxes)):
            a = boxes[i]
            for j in range(i + 1, len(boxes)):
                b = boxes[j]
                if a[0] < b[2] - 0.01 and b[0] < a[2] - 0.01 and a[1] < b[3] - 0.01 and b[1] < a[3] - 0.01:
                    raise Refuse(f'{name} p{pno}: text overlaps: {a[4]!r} / {b[4]!r}')
        drawn = Counter(ch for it in self.items if not it['furn'] for ch in it['s'] if not ch.isspace())
        expct = Counter(ch for ln in self.exp for ch in ln if not ch.isspace())
        if drawn != expct:
            raise Refuse(f'{name} p{pno}: drawn vs expected differ: +{drawn - expct} -{expct - drawn}')


def table(pg, x, y, widths, rows, size=7.5, font='M', lead=None, pad=3.5, rules='all', head=1,
          rule_color=black, head_fill=None, head_font='G', fills=None, minh=0):
    """rows: list of rows; a row is a list with one entry per column: a str, a list of lines,
    a dict(t=lines|str, span=(rows, cols), align, font, fill, color) or None (covered by a span).
    Returns the y below the table. Appends one tab-joined expected line per row."""
    lead = lead or size * 1.45
    n = len(rows)

    def cell(c):
        if c is None:
            return None
        if not isinstance(c, dict):
            c = dict(t=c)
        c = dict(c)
        c['lines'] = [c['t']] if isinstance(c['t'], str) else list(c['t'])
        c.setdefault('span', (1, 1))
        return c
    grid = [[cell(c) for c in r] for r in rows]
    # natural row heights from single-row cells
    hs = []
    for r in grid:
        h = minh
        for c in r:
            if c and c['span'][0] == 1:
                h = max(h, len([l for l in c['lines']]) * lead + 2 * pad)
        hs.append(max(h, lead + 2 * pad))
    # grow last row of a span if needed
    for ri, r in enumerate(grid):
        for c in r:
            if c and c['span'][0] > 1:
                need = len(c['lines']) * lead + 2 * pad
                have = sum(hs[ri:ri + c['span'][0]])
                if need > have:
                    hs[ri + c['span'][0] - 1] += need - have
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [y]
    for h in hs:
        ys.append(ys[-1] + h)
    for ri, r in enumerate(grid):
        if fills and fills.get(ri):
            pg.rect(x, ys[ri], sum(widths), hs[ri], fill=fills[ri])
        elif ri < head and head_fill:
            pg.rect(x, ys[ri], sum(widths), hs[ri], fill=head_fill)
    exp_rows = []
    for ri, r in enumerate(grid):
        cells_txt = []
        for ci, c in enumerate(r):
            if c is None:
                cells_txt.append('')
                continue
            rs, cs_ = c['span']
            cx0, cx1 = xs[ci], xs[ci + cs_]
            cy0, cy1 = ys[ri], ys[ri + rs]
            if c.get('fill'):
                pg.rect(cx0, cy0, cx1 - cx0, cy1 - cy0, fill=c['fill'])
            f = c.get('font', head_font if ri < head else font)
            al = c.get('align', 'c' if ri < head else 'l')
            col = c.get('color', black)
            th = len(c['lines']) * lead
            if th + 2 * pad > cy1 - cy0 + 0.01:
                raise Refuse(f'table cell overflows (height): {c["lines"]}')
            top = cy0 + (cy1 - cy0 - th) / 2 if c.get('valign', 'm') == 'm' else cy0 + pad
            for k, ln in enumerate(c['lines']):
                wln = pdfmetrics.stringWidth(ln, f, size)
                if wln > cx1 - cx0 - 2 * pad + 0.01:
                    raise Refuse(f'table cell overflows (width): {ln!r} {wln:.1f} > {cx1 - cx0 - 2 * pad:.1f}')
                bl = top + k * lead + lead * 0.5 + size * 0.36
                indent = c.get('indent', 0)
                if al == 'l':
                    pg.t(cx0 + pad + indent, bl, ln, font=f, size=size, color=col)
                elif al == 'r':
                    pg.t(cx1 - pad, bl, ln, font=f, size=size, color=col, align='r')
                else:
                    pg.t((cx0 + cx1) / 2, bl, ln, font=f, size=size, color=col, align='c')
            cells_txt.append(''.join(c['lines']))
        exp_rows.append('\t'.join(cells_txt))
    pg.exp.extend(exp_rows)
    # rules
    W = sum(widths)
    if rules == 'all':   # every cell outlined, so spans are not crossed by rules
        for ri, r in enumerate(grid):
            for ci, c in enumerate(r):
                if c is not None:
                    rs, cs_ = c['span']
                    pg.rect(xs[ci], ys[ri], xs[ci + cs_] - xs[ci], ys[ri + rs] - ys[ri], stroke=rule_color, lw=0.5)
    elif rules == 'h':   # horizontal rules only; a rule does not cross a row-spanning cell
        owner = [[None] * len(widths) for _ in range(n)]
        for ri, r in enumerate(grid):
            for ci, c in enumerate(r):
                if c is not None:
                    rs, cs_ = c['span']
                    for a in range(ri, ri + rs):
                        for b in range(ci, ci + cs_):
                            owner[a][b] = (ri, ci)
        pg.hl(x, x + W, y, rule_color, 1.0)
        pg.hl(x, x + W, ys[head], rule_color, 0.6)
        for ri in range(head + 1, n):
            for ci in range(len(widths)):
                if owner[ri][ci] is None or owner[ri][ci] != owner[ri - 1][ci]:
                    pg.hl(xs[ci], xs[ci + 1], ys[ri], rule_color, 0.25)
        pg.hl(x, x + W, ys[-1], rule_color, 1.0)
    # rules == 'none': no rules at all
    return ys[-1], ys, xs


def render(name, pages, path, header=None):
    c = canvas.Canvas(path, pagesize=pages[0].w and (pages[0].w, pages[0].h))
    c.setTitle(name)
    c.setAuthor('holdout15')
    for pno, pg in enumerate(pages, 1):
        c.setPageSize((pg.w, pg.h))
        H = pg.h
        for g in pg.gfx:
            c.saveState()
            if g[0] == 'rect':
                _, x, y, w, h, fill, stroke, lw, r, dash = g
                if fill is not None:
                    c.setFillColor(fill)
                if stroke is not None:
                    c.setStrokeColor(stroke); c.setLineWidth(lw)
                if dash:
                    c.setDash(*dash)
                if r:
                    c.roundRect(x, H - y - h, w, h, r, fill=fill is not None, stroke=stroke is not None)
                else:
                    c.rect(x, H - y - h, w, h, fill=fill is not None, stroke=stroke is not None)
            elif g[0] == 'line':
                _, x1, y1, x2, y2, color, lw, dash = g
                c.setStrokeColor(color); c.setLineWidth(lw)
                if dash:
                    c.setDash(*dash)
                c.line(x1, H - y1, x2, H - y2)
            elif g[0] == 'circle':
                _, x, y, r, fill, stroke, lw = g
                if fill is not None:
                    c.setFillColor(fill)
                if stroke is not None:
                    c.setStrokeColor(stroke); c.setLineWidth(lw)
                c.circle(x, H - y, r, fill=fill is not None, stroke=stroke is not None)
            c.restoreState()
        order = list(pg.items)
        random.Random(f'{name}-{pno}').shuffle(order)
        for it in order:
            c.saveState()
            to = c.beginText()
            to.setFont(it['font'], it['size'])
            to.setFillColor(it['color'])
            to.setStrokeColor(it['color'])
            if it['rm']:
                to.setTextRenderMode(it['rm'])
            if it['cs']:
                to.setCharSpace(it['cs'])
            to.setTextOrigin(it['x'], H - it['y'])
            to.textOut(it['s'])
            c.drawText(to)
            c.restoreState()
        c.showPage()
    c.save()


def pdftotext_check(name, path, pages):
    for pno, pg in enumerate(pages, 1):
        out = subprocess.run(['pdftotext', '-f', str(pno), '-l', str(pno), path, '-'],
                             capture_output=True, text=True, check=True).stdout
        got = Counter(ch for ch in out if not ch.isspace())
        want = Counter(ch for it in pg.items for ch in it['s'] if not ch.isspace())
        if got != want:
            raise Refuse(f'{name} p{pno}: pdftotext differs: +{got - want} -{want - got}')


# ---- fact checks -------------------------------------------------------------------------
def check_facts(f, expected):
    name = f['fixture']
    drawn = norm(expected)

    def printed(s, what):
        if s is None or s == '':
            return
        if norm(s) not in drawn:
            raise Refuse(f'{name}: fact string not printed ({what}): {s!r}')
    h = f['hiring']
    rows = h['rows']
    if len(rows) < 5:
        raise Refuse(f'{name}: fewer than 5 hiring years')
    if [r['planned'] for r in rows].count(True) != 1 or not rows[-1]['planned']:
        raise Refuse(f'{name}: exactly one planned row, the last')
    for r in rows:
        t, a, k = r['total'], r['admin'], r['tech']
        if t['count'] != a['count'] + k['count']:
            raise Refuse(f'{name}: {r["label"]} heads do not add up')
        ws = [t['women'], a['women'], k['women']]
        if any(w is not None for w in ws):
            if t['women'] != a['women'] + k['women']:
                raise Refuse(f'{name}: {r["label"]} women do not add up')
            for part in (t, a, k):
                if part['women'] > part['count']:
                    raise Refuse(f'{name}: {r["label"]} women > heads')
        printed(r['label'], 'label'); printed(r['labelText'], 'labelText')
        if not h['textSynthesised']:
            for part in (t, a, k):
                printed(part['text'], 'count text')
    for s in h['intro'] + h['note'] + list(h['tracks'].values()):
        printed(s, 'hiring')
    planned = rows[-1]
    asg = f['assignments']
    cohort = [r for r in rows if r['fiscalYear'] == asg['cohortFiscalYear']][0]
    if cohort['planned'] or cohort is not rows[-2]:
        raise Refuse(f'{name}: assignment cohort must be the last actual year')
    sa = sum(r['admin'] or 0 for r in asg['rows'])
    st = sum(r['tech'] or 0 for r in asg['rows'])
    if (sa, st) != (cohort['admin']['count'], cohort['tech']['count']) or (sa, st) != (asg['totals']['admin'], asg['totals']['tech']):
        raise Refuse(f'{name}: assignment sums {sa}/{st} != cohort')
    for r in asg['rows']:
        for part in r.get('parts', [r['unit']]):
            printed(part, 'unit')
    printed(asg['intro'], 'cohort intro')
    ex = f['exams']
    if ex['fiscalYear'] != planned['fiscalYear'] or ex['fiscalYear'] != f['edition']['year']:
        raise Refuse(f'{name}: exam year != planned year != edition year')
    printed(ex['title'], 'exam title')
    per = Counter()
    for e in ex['entries']:
        tot = sum(b['count'] for b in e['breakdown'])
        if tot != e['total']:
            raise Refuse(f'{name}: exam entry total')
        per[e['track']] += tot
        printed(e['track'], 'exam track'); printed(e['exam'], 'exam level')
        if not ex['textSynthesised']:
            printed(e['text'], 'exam text')
        for b in e['breakdown']:
            printed(b['category'], 'category')
    if per[h['tracks']['admin']] != planned['admin']['count'] or per[h['tracks']['tech']] != planned['tech']['count']:
        raise Refuse(f'{name}: exam categories {dict(per)} != planned hires')
    for c in f['contacts']:
        for s in [c['track'], c['office'], c['location']] + c['tel'] + c['email']:
            printed(s, 'contact')
    printed(f['access']['address'], 'address')
    for s in f['access']['routes']:
        printed(s, 'route')
    printed(f['organization'], 'org'); printed(f['edition']['asOfText'], 'edition'); printed(f['document'], 'document')
    printed(f['lead']['title'], 'lead title')
    for s in f['lead']['text']:
        printed(s, 'lead')
    for i in f['initiatives']:
        printed(i['title'], 'initiative'); printed(i['text'], 'initiative text')
    printed(f['supportTitle'], 'support title')
    for s in f['supportSystems']:
        printed(s['name'], 'support'); printed(s['duration'], 'duration'); printed(s['text'], 'support text')
    printed(f['training']['title'], 'training')
    for s in f['training']['paragraphs']:
        printed(s, 'training')
    for k in f.get('keyFigures', []):
        printed(k['label'], 'key'); printed(k['value'], 'key')


def count_checks(facts, expected):
    sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
    import score_extract
    return len(score_extract.checks(facts, {}, norm(expected)))


def hrow(fy, label, labelText, planned, a, t, text):
    """a, t: (count, women|None); text(count, women) -> printed string or None."""
    tot = (a[0] + t[0], None if a[1] is None else a[1] + t[1])

    def part(v):
        return dict(count=v[0], women=v[1], text=text(*v))
    return dict(fiscalYear=fy, label=label, labelText=labelText, planned=planned,
                total=part(tot), admin=part(a), tech=part(t))


def write(name, pages, facts, only):
    if only and name not in only:
        return
    os.makedirs(OUT, exist_ok=True)
    for pno, pg in enumerate(pages, 1):
        pg.check(name, pno)
    expected = '\n\f\n'.join('\n'.join(pg.exp) for pg in pages) + '\n'
    facts = dict(facts)
    facts['pages'] = len(pages)
    check_facts(facts, expected)
    for r in facts['assignments']['rows']:
        r.pop('parts', None)
    path = os.path.join(OUT, name + '.pdf')
    tmp = path + '.tmp'
    render(name, pages, tmp)
    pdftotext_check(name, tmp, pages)
    os.replace(tmp, path)
    with open(os.path.join(OUT, name + '.expected.txt'), 'w') as fh:
        fh.write(expected)
    with open(os.path.join(OUT, name + '.facts.json'), 'w') as fh:
        json.dump(facts, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    print(f'{name}: {len(pages)} pages, {count_checks(facts, expected)} fact checks')



# =========================================================================================
# 1. 国立印刷局 (npb-2026): A4 portrait, 3 pages, running header + page numbers (furniture),
#    numbered chapter headings, years as COLUMNS with R3…R8予定 and two-line cells
#    `12人`/`（うち女性6人）`, key-figure decoy band, assignment table with 小計 rows and a 合計
#    row, exam matrix with categories as rows and level×track as columns, support table
#    continued on the next page with `（続き）`, three contacts, Q&A and interview decoys.
# =========================================================================================
NAVY = rgb('1f3a5f'); ORANGE = rgb('c8641e'); TINT = rgb('eef2f7'); GRAY = rgb('666666'); PALE = rgb('fbf1e8')


def npb(only):
    name = 'npb-2026'
    W, H = A4P
    L, R = 40, 555
    pages = []

    def newpage(pno):
        pg = Page(A4P)
        pg.t(L, 26, '国立印刷局　職員採用案内 2026', font='G', size=7, color=GRAY, furn=True)
        pg.t(R, 26, 'NATIONAL PRINTING BUREAU', font='G', size=7, color=GRAY, align='r', furn=True)
        pg.hl(L, R, 31, GRAY, 0.4)
        pg.t(W / 2, 818, f'P.{pno}', font='G', size=8, color=GRAY, align='c', furn=True)
        pages.append(pg)
        return pg

    def head(pg, x, y, num, title, width):
        pg.joined([(x, y, num, dict(font='G', size=18, color=ORANGE)),
                   (x + 27, y, title, dict(font='G', size=12, color=NAVY))])
        pg.hl(x, x + width, y + 6, NAVY, 0.8)
        return y + 24

    # ---------------- page 1
    pg = newpage(1)
    pg.rect(L, 46, 6, 78, fill=NAVY)
    pg.line(54, 62, '独立行政法人', font='G', size=9, color=NAVY)
    pg.line(54, 98, '国立印刷局', font='G', size=30, color=NAVY, rm=2)
    pg.line(54, 120, '職員採用案内 2026', font='G', size=12, color=ORANGE)
    pg.hl(L, R, 130, NAVY, 2.0)
    pg.line(R, 144, '令和8年4月1日現在', font='M', size=8, align='r')
    lead_title = 'お札の信頼を、技術で守る。'
    lead = ['国立印刷局は、日本銀行券（お札）や旅券、官報などを製造する行政執行法人です。職員は国家公務員として、偽造防止技術の研究から製造、品質管理まで、国民生活と経済の基盤を支えています。',
            '事務系職員は本局と全国の工場で組織運営を担い、技術系職員は製造現場や研究所で、ものづくりと技術開発に取り組んでいます。']
    pg.line(L, 172, lead_title, font='G', size=14, color=NAVY)
    y = 192
    for p in lead:
        y = pg.para(L, y, p, R - L, size=8.5, lead=14) + 4
    y = head(pg, L, y + 18, '01', '採用実績', R - L)
    intro = '新規採用者数の推移'
    pg.line(L, y, intro, font='G', size=8.5)
    data = [(2021, 'R3', (12, 6), (18, 3)), (2022, 'R4', (11, 5), (20, 4)), (2023, 'R5', (13, 7), (17, 3)),
            (2024, 'R6', (10, 5), (21, 5)), (2025, 'R7', (12, 6), (19, 4)), (2026, 'R8予定', (12, 6), (19, 5))]

    def txt(c, w):
        return f'{c}人（うち女性{w}人）'
    rows = [['区分'] + [d[1] for d in data]]
    for key, lab in (('a', '事務系'), ('t', '技術系'), ('s', '計')):
        row = [dict(t=lab, font='G', align='c')]
        for fy, l, a, t in data:
            v = a if key == 'a' else t if key == 't' else (a[0] + t[0], a[1] + t[1])
            row.append(dict(t=[f'{v[0]}人', f'（うち女性{v[1]}人）'], align='c'))
        rows.append(row)
    rows[0][-1] = dict(t='R8予定', fill=PALE, color=ORANGE)
    for r in rows[1:]:
        r[-1]['fill'] = PALE
    y, _, _ = table(pg, L, y + 8, [83] + [72] * 6, rows, size=7.5, rules='all', rule_color=GRAY, head_fill=TINT)
    notes = ['※R＝令和。R3は令和3年度（2021年度）を表します。', '※R8は採用予定数です。']
    y += 13
    for n_ in notes:
        pg.line(L, y, n_, size=7); y += 11
    hiring = dict(intro=[intro], note=notes, tracks=dict(admin='事務系', tech='技術系'), textSynthesised=False,
                  layout='ruled table with fiscal years as COLUMNS labelled by era abbreviation (R3 … R7, R8予定 tinted), tracks as rows (事務系 / 技術系 / 計); every cell two lines 12人 / （うち女性6人）',
                  rows=[hrow(fy, ('令和8年度' if l == 'R8予定' else l), l, l == 'R8予定', a, t, txt) for fy, l, a, t in data])
    for r in hiring['rows']:
        r['label'] = r['labelText'] if not r['planned'] else 'R8'
    # key figures (decoys)
    y += 10
    pg.rect(L, y, R - L, 104, fill=TINT)
    pg.line(L + 10, y + 18, '数字で見る国立印刷局', font='G', size=11, color=NAVY)
    kf = [('職員数', '約4,100人', '（令和7年4月1日現在）'), ('平均年齢', '42.8歳', '（令和7年4月1日現在）'),
          ('工場', '6か所', '（東京・小田原ほか）'), ('月平均の超過勤務', '7.9時間', '（令和6年度）'),
          ('男性職員の育児休業取得率', '82.4%', '（令和6年度）')]
    cw = (R - L - 20) / 5
    for i, (a, b, c_) in enumerate(kf):
        cx = L + 10 + cw * i + cw / 2
        pg.line(cx, y + 40, a, font='G', size=7.5, align='c')
        pg.line(cx, y + 66, b, font='G', size=18, color=ORANGE, align='c')
        pg.line(cx, y + 84, c_, size=6.5, align='c')
        if i:
            pg.vl(L + 10 + cw * i, y + 30, y + 92, GRAY, 0.3)
    y += 104
    y = head(pg, L, y + 26, '02', '働き方の取組', R - L)
    inits = [('偽造防止技術の継承と開発', '熟練技能者によるすき入れや凹版彫刻の技術を、若手職員へ計画的に引き継いでいます。'),
             ('テレワークとフレックスタイム', '本局の事務系職員はテレワークとフレックスタイム制を組み合わせ、柔軟に働いています。'),
             ('工場間の人事交流', '本局と工場、研究所の間で定期的に異動し、幅広い視点を持つ職員を育てています。')]
    cw = (R - L - 32) / 3
    ybot = y
    for i, (ti, tx) in enumerate(inits):
        x = L + i * (cw + 16)
        pg.rect(x, y - 2, 3, 12, fill=ORANGE)
        pg.line(x + 8, y + 8, ti, font='G', size=9)
        ybot = max(ybot, pg.para(x, y + 26, tx, cw, size=7.8, lead=13))
    if ybot > 800:
        raise Refuse('npb p1 too long')

    # ---------------- page 2
    pg = newpage(2)
    CL, CR = L, 290
    DL, DR = 305, R
    y = head(pg, CL, 62, '03', '配属先', CR - CL)
    a_intro = '令和7年度採用者の配属先'
    pg.line(CL, y, a_intro, font='G', size=8.5)
    groups = [('本局', [('総務部', 2, None), ('業務部', 1, 1), ('研究所', None, 2)]),
              ('東京工場', [('総務課', 2, None), ('製造部', None, 4)]),
              ('小田原工場', [('総務課', 1, None), ('製造部', None, 3)]),
              ('静岡工場', [('総務課', 2, None), ('製造部', None, 3)]),
              ('彦根工場', [('総務課', 2, None), ('製造部', None, 3)]),
              ('岡山工場', [('総務課', 2, None), ('製造部', None, 3)])]
    dash = lambda v: '－' if v is None else str(v)
    rows = [['組織', '部署', '事務系', '技術系']]
    fills = {}
    arows = []
    for g, units in groups:
        first = True
        for u, a, t in units:
            rows.append([dict(t=g, span=(len(units) + 1, 1), font='G', align='c') if first else None, u,
                         dict(t=dash(a), align='c'), dict(t=dash(t), align='c')])
            first = False
            arows.append(dict(unit=g + u, admin=a, tech=t, parts=[g, u]))
        sa = sum(x[1] or 0 for x in units); st = sum(x[2] or 0 for x in units)
        rows.append([None, dict(t='小計', font='G'), dict(t=str(sa), align='c', font='G'), dict(t=str(st), align='c', font='G')])
        fills[len(rows) - 1] = TINT
    TA = sum(r['admin'] or 0 for r in arows); TT = sum(r['tech'] or 0 for r in arows)
    rows.append([dict(t='合計', span=(1, 2), font='G', align='c'), None, dict(t=str(TA), align='c', font='G'), dict(t=str(TT), align='c', font='G')])
    fills[len(rows) - 1] = PALE
    y, _, _ = table(pg, CL, y + 8, [62, 90, 49, 49], rows, size=7.5, rules='all', rule_color=GRAY, head_fill=TINT, fills=fills)
    pg.line(CR, y + 12, '（単位：人）', size=7, align='r')
    yl = y + 12
    assignments = dict(cohortFiscalYear=2025, intro=a_intro, tracks=dict(admin='事務系', tech='技術系'),
                       layout='ruled table 組織 | 部署 | 事務系 | 技術系; each 組織 (本局, 工場) a cell spanning its 部署 rows AND a tinted 小計 row (subtotals, not units); a final 合計 row spanning two columns; unit = 組織 + 部署; － for none',
                       rows=arows, totals=dict(admin=TA, tech=TT))
    # right column: exams
    y = head(pg, DL, 62, '04', '採用予定数（試験区分別）', DR - DL)
    ex_title = '令和8年度 採用予定数'
    pg.line(DL, y, ex_title, font='G', size=8.5)
    cats = [('行政', 6, None, None, None), ('事務', None, None, 6, None), ('機械', None, 4, None, None),
            ('電気・電子', None, 3, None, None), ('化学', None, 2, None, None), ('技術', None, None, None, 10)]
    rows = [[dict(t='試験区分', span=(2, 1)), dict(t='大卒程度試験', span=(1, 2)), None, dict(t='高卒程度試験', span=(1, 2)), None],
            [None, '事務系', '技術系', '事務系', '技術系']]
    for c_ in cats:
        rows.append([c_[0]] + [dict(t=dash(v), align='c') for v in c_[1:]])
    sums = [sum(c_[k] or 0 for c_ in cats) for k in range(1, 5)]
    rows.append([dict(t='合計', font='G')] + [dict(t=str(v), align='c', font='G') for v in sums])
    y, _, _ = table(pg, DL, y + 8, [70, 45, 45, 45, 45], rows, size=7.5, rules='all', rule_color=GRAY, head=2, head_fill=TINT, fills={len(rows) - 1: PALE})
    pg.line(DR, y + 12, '（単位：人）', size=7, align='r')
    entries = []
    for li, lvl in ((0, '大卒程度試験'), (2, '高卒程度試験')):
        for ti, trk in ((0, '事務系'), (1, '技術系')):
            bd = [dict(category=c_[0], count=c_[1 + li + ti]) for c_ in cats if c_[1 + li + ti]]
            if bd:
                entries.append(dict(track=trk, exam=lvl, text='、'.join(f"{b['category']}{b['count']}" for b in bd), breakdown=bd, total=sum(b['count'] for b in bd)))
    exams = dict(title=ex_title, fiscalYear=2026, textSynthesised=True,
                 layout='ruled matrix with CATEGORIES AS ROWS and a two-row column header: 大卒程度試験 / 高卒程度試験 each spanning 事務系 | 技術系; 試験区分 spans both header rows; － for none; a tinted 合計 row (column sums, not a category)',
                 entries=entries)
    # Q&A (decoy numbers)
    y = head(pg, DL, y + 40, '05', 'Q＆A', DR - DL)
    qa = [('Q. 転勤はありますか？', 'A. 本局と6か所の工場の間で、おおむね3年から5年ごとに異動があります。'),
          ('Q. 交替制勤務はありますか？', 'A. 製造部の一部では2交替制です。夜勤明けは翌日が休みになります。'),
          ('Q. 採用後の給与は？', 'A. 大卒程度試験で採用された場合、初任給は月額約23万円です（令和7年4月）。')]
    for q, a in qa:
        pg.line(DL, y, q, font='G', size=8, color=NAVY)
        y = pg.para(DL + 8, y + 14, a, DR - DL - 8, size=7.5, lead=12) + 6
    y = max(y, yl) + 14
    # interviews full width
    y = head(pg, L, y, '06', '先輩の声', R - L)
    voices = [('東京工場 製造部', '令和3年入局（技術系）', ['入局5年目です。凹版印刷機の担当として、1日に数百万枚の銀行券の品質を確かめています。', '令和6年7月の新紙幣発行では、立ち上げの現場に立ち会えました。']),
              ('本局 総務部', '令和元年入局（事務系）', ['入局7年目です。採用担当として、年間20回以上の説明会を企画しています。', '育児休業を1年間取得し、令和5年4月に復帰しました。'])]
    bw = (R - L - 16) / 2
    yb = y
    for i, (u, when, paras) in enumerate(voices):
        x = L + i * (bw + 16)
        pg.line(x + 8, y + 12, u, font='G', size=8.5, color=NAVY)
        pg.line(x + 8, y + 26, when, size=7.5, color=ORANGE)
        yy = y + 44
        for p in paras:
            yy = pg.para(x + 8, yy, p, bw - 16, size=7.5, lead=12)
        pg.rect(x, y - 2, bw, yy - y, stroke=GRAY, lw=0.5, r=4)
        yb = max(yb, yy)
    y = yb + 24
    y = head(pg, L, y, '07', '両立支援制度', R - L)
    sup_title = '仕事と家庭の両立支援制度'
    pg.line(L, y, sup_title, font='G', size=8.5)
    sup = [('産前・産後休暇', '産前6週間・産後8週間', '有給の特別休暇です。'),
           ('配偶者出産休暇', '2日以内', '入退院の付添いなどに使えます。'),
           ('育児参加のための休暇', '5日以内', '子の出生前後に男性職員が取得できます。'),
           ('育児休業', '子が3歳に達するまで', '工場勤務の職員も取得しています。'),
           ('育児時間', '1日2時間以内', '子が小学校就学前まで取得できます。'),
           ('育児短時間勤務', '子が小学校就学の始期に達するまで', '交替制勤務の職場でも利用できます。'),
           ('介護休暇', '通算6月まで', '3回まで分割して取得できます。')]
    sw_ = [120, 160, 235]
    rows = [['制度', '期間', '内容']] + [[dict(t=a, font='G'), b, c_] for a, b, c_ in sup[:4]]
    y, _, _ = table(pg, L, y + 8, sw_, rows, size=7.5, rules='h', rule_color=NAVY)
    pg.line(R, y + 12, '（次ページへ続く）', size=7, align='r')
    if y + 14 > 800:
        raise Refuse(f'npb p2 too long: {y}')

    # ---------------- page 3
    pg = newpage(3)
    y = head(pg, L, 62, '07', '両立支援制度（続き）', R - L)
    rows = [['制度', '期間', '内容']] + [[dict(t=a, font='G'), b, c_] for a, b, c_ in sup[4:]]
    y, _, _ = table(pg, L, y, sw_, rows, size=7.5, rules='h', rule_color=NAVY)
    y = head(pg, L, y + 30, '08', '研修制度', R - L)
    training = dict(title='研修制度', paragraphs=[
        '採用後は新規採用職員研修で印刷局の業務と公務員としての基礎を学び、配属先で先輩職員の指導を受けながら実務を身につけます。',
        '技術系職員は印刷技術や品質管理の専門研修を、事務系職員は会計や契約の実務研修を受けるほか、大学院への派遣制度もあります。'])
    for p in training['paragraphs']:
        y = pg.para(L, y, p, R - L, size=8, lead=13.5) + 4
    y = head(pg, L, y + 20, '09', 'お問い合わせ', R - L)
    contacts = [dict(track='事務系', office='総務部人事課 採用担当', location='本局 5階',
                     tel=['03-3582-4411（内線2315）', '03-3582-4428（直通）'], email=['saiyo-jimu@npb.go.jp', 'jinji-info@npb.go.jp']),
                dict(track='技術系', office='業務部技術管理課', location='本局 4階',
                     tel=['03-3582-4411（内線2471）'], email=['saiyo-gijutsu@npb.go.jp']),
                dict(track='研究職', office='研究所 研究企画室', location='研究所（神奈川県小田原市）',
                     tel=['0465-49-5011（内線105）'], email=['kenkyu-saiyo@npb.go.jp'])]
    bw = (R - L - 20) / 3
    yb = y
    for i, c_ in enumerate(contacts):
        x = L + i * (bw + 10)
        pg.rect(x, y - 4, bw, 22, fill=NAVY)
        pg.line(x + bw / 2, y + 11, c_['track'], font='G', size=9, color=white, align='c')
        yy = y + 34
        for s in [c_['office'], c_['location']]:
            pg.line(x + 8, yy, s, size=7.5); yy += 12.5
        for s in c_['tel']:
            pg.line(x + 8, yy, 'TEL ' + s, size=7.5); yy += 12.5
        for s in c_['email']:
            pg.line(x + 8, yy, s, font='G', size=7.5); yy += 12.5
        yb = max(yb, yy)
    for i in range(3):
        pg.rect(L + i * (bw + 10), y - 4, bw, yb - y + 4, stroke=NAVY, lw=0.6)
    y = head(pg, L, yb + 26, '10', 'アクセス', R - L)
    access = dict(address='〒105-8445 東京都港区虎ノ門2-2-5', routes=[
        '東京メトロ銀座線『虎ノ門』駅 3番出口 徒歩約5分',
        '東京メトロ日比谷線『虎ノ門ヒルズ』駅 A1出口 徒歩約6分',
        '東京メトロ南北線『溜池山王』駅 9番出口 徒歩約8分',
        '都営バス 橋86系統『虎ノ門二丁目』停留所 徒歩約2分'])
    pg.line(L, y, access['address'], font='G', size=8.5); y += 16
    for r in access['routes']:
        pg.line(L + 6, y, '■' + r, size=8); y += 14
    for s in ['※掲載の数値は、特に記載のない限り令和8年4月1日現在のものです。',
              '※職員数には非常勤職員を含みません。先輩職員の所属は取材時のものです。']:
        y += 2
        pg.line(L, y + 8, s, size=6); y += 8
    if y > 800:
        raise Refuse(f'npb p3 too long: {y}')
    facts = dict(fixture=name, organization='国立印刷局', document='職員採用案内',
                 edition=dict(year=2026, asOf='2026-04', asOfText='令和8年4月1日現在'),
                 hiring=hiring, exams=exams, contacts=contacts, access=access, assignments=assignments,
                 keyFigures=[dict(label=a, value=b, note=c_) for a, b, c_ in kf],
                 lead=dict(title=lead_title, text=lead), initiativesIntro='',
                 initiatives=[dict(title=a, text=b) for a, b in inits], supportTitle=sup_title,
                 supportSystems=[dict(name=a, duration=b, text=c_) for a, b, c_ in sup], supportSource='',
                 training=training)
    for s in ['（内線', 'TEL ']:
        pass
    # the printed route lines carry a ■ marker; route facts are the text after it
    write(name, pages, facts, only)



# =========================================================================================
# 2. 農林水産消費安全技術センター (famic-2026): A4 LANDSCAPE, 2 pages of FOUR columns under a
#    green masthead band (left block + right block), JA-EN heading pairs on one baseline,
#    hiring across the 平成/令和 boundary (平成30年度, 令和元年度, 令和２年度 …) with FULL-WIDTH
#    digits in a table with horizontal rules only, assignments as an ORG TREE drawn with
#    connector lines, a ruleless exam table with level group rows and a 合計 row, a callout
#    box straddling the gutter between columns 2 and 3, a one-day schedule decoy, 6 pt
#    footnotes, a running footer with page numbers (furniture).
# =========================================================================================
GREEN = rgb('2e6b3a'); LGREEN = rgb('e8f1e6'); BROWN = rgb('8a5a2b')
FW = str.maketrans('0123456789', '０１２３４５６７８９')


def famic(only):
    name = 'famic-2026'
    W, H = A4L
    M_, G_ = 28, 14
    CW = (W - 2 * M_ - 3 * G_) / 4
    X = [M_ + i * (CW + G_) for i in range(4)]
    pages = []

    def newpage(pno):
        pg = Page(A4L)
        pg.hl(M_, W - M_, 572, GREEN, 0.5)
        pg.t(M_, 584, 'FAMIC 職員採用案内 2026', font='G', size=7, color=GRAY, furn=True)
        pg.t(W - M_, 584, f'{pno} / 2', font='G', size=7, color=GRAY, align='r', furn=True)
        pages.append(pg)
        return pg

    def head(pg, x, y, ja, en):
        pg.joined([(x, y, ja, dict(font='G', size=11, color=GREEN)),
                   (x + pdfmetrics.stringWidth(ja, 'G', 11) + 6, y, en, dict(font='G', size=7, color=BROWN))])
        pg.hl(x, x + CW, y + 5, GREEN, 0.8)
        return y + 20

    pg = newpage(1)
    pg.rect(0, 0, W, 96, fill=GREEN)
    pg.line(M_, 30, '独立行政法人', font='G', size=9, color=white)
    pg.line(M_, 62, '農林水産消費安全技術センター', font='G', size=24, color=white, rm=2)
    pg.line(M_, 84, 'Food and Agricultural Materials Inspection Center（FAMIC）', font='G', size=8, color=white)
    pg.line(W - M_, 46, '職員採用案内', font='G', size=16, color=white, align='r')
    pg.line(W - M_, 70, '2026年3月', font='G', size=10, color=white, align='r')
    top = 124
    # column 1: lead + schedule decoy
    x = X[0]
    y = head(pg, x, top, 'FAMICについて', 'About us')
    lead_title = '食と農の安全を、科学で支える。'
    lead = ['FAMICは、肥料や農薬、飼料、食品の検査と分析を通じて、農林水産物と食品の安全を確保する行政執行法人です。',
            '職員は国家公務員として、さいたま市の本部と全国のセンターで、立入検査や表示の監視、分析法の開発に取り組んでいます。']
    pg.line(x, y + 4, lead_title, font='G', size=10.5, color=GREEN)
    y += 24
    for p in lead:
        y = pg.para(x, y, p, CW, size=7.8, lead=13) + 4
    y += 14
    pg.rect(x, y - 12, CW, 150, fill=LGREEN)
    pg.line(x + 8, y + 2, 'ある技術系職員の一日', font='G', size=8.5, color=GREEN)
    y += 20
    for tm, tx in [('8:30', '始業・分析計画の確認'), ('9:00', '肥料の成分分析'), ('12:00', '昼休み'),
                   ('13:00', '立入検査の報告書作成'), ('15:30', '分析結果のダブルチェック'), ('17:15', '終業（月平均の残業は約6時間）')]:
        pg.joined([(x + 8, y, tm, dict(font='G', size=7.5, color=BROWN)), (x + 40, y, tx, dict(size=7.5))])
        y += 15
    # column 2: hiring
    x = X[1]
    y = head(pg, x, top, '採用実績', 'Recruitment')
    intro = '職員採用者数の推移（人）'
    pg.line(x, y, intro, font='G', size=8)
    data = [(2018, '平成30年度', (4, 2), (11, 5)), (2019, '令和元年度', (5, 3), (10, 4)), (2020, '令和2年度', (3, 1), (12, 6)),
            (2021, '令和3年度', (4, 2), (13, 7)), (2022, '令和4年度', (5, 2), (11, 5)), (2023, '令和5年度', (4, 3), (12, 6)),
            (2024, '令和6年度', (5, 2), (14, 7)), (2025, '令和7年度', (4, 2), (13, 6)), (2026, '令和8年度（予定）', (5, 2), (14, 6))]

    def fwt(c, w):
        return f'{c}（{w}）'.translate(FW)
    rows = [['年度', '事務系', '技術系', '計']]
    for fy, lab, a, t in data:
        tot = (a[0] + t[0], a[1] + t[1])
        rows.append([lab.translate(FW), dict(t=fwt(*a), align='c'), dict(t=fwt(*t), align='c'), dict(t=fwt(*tot), align='c', font='G')])
    fills = {len(rows) - 1: LGREEN}
    rows[-1][0] = dict(t=rows[-1][0], font='G', color=GREEN)
    y, _, _ = table(pg, x, y + 8, [67, 39.5, 39.5, 39.5], rows, size=6.8, pad=2.5, rules='h', rule_color=GREEN, fills=fills, minh=16)
    notes = ['（　）内は女性で内数です。', '令和８年度は採用予定数です。']
    y += 12
    for n_ in notes:
        pg.line(x, y, n_, size=6.5); y += 10
    hiring = dict(intro=[intro], note=notes, tracks=dict(admin='事務系', tech='技術系'), textSynthesised=False,
                  layout='table with horizontal rules only, years as rows across the 平成/令和 boundary (平成３０年度, 令和元年度, 令和２年度 … with full-width digits), columns 年度 | 事務系 | 技術系 | 計, counts １２（５） in full-width digits; planned row 令和８年度（予定） tinted, on one line',
                  rows=[])
    for fy, lab, a, t in data:
        r = hrow(fy, lab.replace('（予定）', '').translate(FW), lab.translate(FW), fy == 2026, a, t, fwt)
        hiring['rows'].append(r)
    # column 3: assignments as an org tree
    x = X[2]
    y = head(pg, x, top, '配属先', 'Placement')
    a_intro = '令和７年度採用者の配属先'
    pg.line(x, y, a_intro, font='G', size=8)
    y += 18
    tree = [('本部', [('総務部', 2, None), ('肥飼料安全検査部', None, 3), ('農薬検査部', None, 2), ('食品表示監視部', 1, 2)]),
            ('札幌センター', [('肥飼料検査課', None, 1)]),
            ('神戸センター', [('総務課', 1, None), ('肥飼料検査課', None, 2)]),
            ('福岡センター', [('食品表示検査課', None, 3)])]
    arows = []
    for node, kids in tree:
        pg.rect(x, y - 10, 80, 15, fill=GREEN, r=2)
        pg.line(x + 6, y, node, font='G', size=8, color=white)
        y0 = y + 5
        y += 17
        for u, a, t in kids:
            pg.vl(x + 8, y0, y - 3, GREEN, 0.6)
            pg.hl(x + 8, x + 16, y - 3, GREEN, 0.6)
            parts = ([f'事務{a}名'] if a else []) + ([f'技術{t}名'] if t else [])
            cnt = '・'.join(parts).translate(FW)
            pg.joined([(x + 20, y, u, dict(size=7.5)), (x + CW, y, cnt, dict(size=7.5, font='G', color=BROWN, align='r'))])
            arows.append(dict(unit=node + u, admin=a, tech=t, parts=[node, u]))
            y0 = y - 3
            y += 15
        y += 6
    TA = sum(r['admin'] or 0 for r in arows); TT = sum(r['tech'] or 0 for r in arows)
    pg.line(x, y + 2, f'計　事務系{TA}名・技術系{TT}名'.translate(FW), size=7.5)
    assignments = dict(cohortFiscalYear=2025, intro=a_intro, tracks=dict(admin='事務系', tech='技術系'),
                       layout='org tree: each 本部 / センター a green label box, its 部 / 課 as children on connector lines with the counts right-aligned on the same baseline (事務２名, 事務１名・技術２名, full-width digits); a sum line; unit = node + child',
                       rows=arows, totals=dict(admin=TA, tech=TT))
    ycol3 = y + 2
    # column 4: exams
    x = X[3]
    y = head(pg, x, top, '採用予定', 'Examination')
    ex_title = '令和８年度 試験区分別の採用予定数'
    pg.line(x, y, ex_title, font='G', size=8)
    levels = [('一般職試験（大卒程度）', [('行政', 4, None), ('化学', None, 5), ('農学', None, 4)]),
              ('総合職試験（院卒者）', [('行政', 1, None), ('化学・生物・薬学', None, 3), ('農業科学・水産', None, 2)])]
    rows = [['試験区分', '事務系', '技術系']]
    entries = []
    for lvl, cats in levels:
        rows.append([dict(t=lvl, span=(1, 3), font='G', color=GREEN), None, None])
        for c_, a, t in cats:
            rows.append([dict(t=c_, indent=8), dict(t=('－' if a is None else str(a)).translate(FW), align='c'),
                         dict(t=('－' if t is None else str(t)).translate(FW), align='c')])
        for trk, k in (('事務系', 1), ('技術系', 2)):
            bd = [dict(category=c_[0], count=c_[k]) for c_ in cats if c_[k]]
            if bd:
                entries.append(dict(track=trk, exam=lvl, text='、'.join(f"{b['category']}{b['count']}" for b in bd), breakdown=bd, total=sum(b['count'] for b in bd)))
    sa = sum(e['total'] for e in entries if e['track'] == '事務系'); st = sum(e['total'] for e in entries if e['track'] == '技術系')
    rows.append([dict(t='合計', font='G'), dict(t=str(sa).translate(FW), align='c', font='G'), dict(t=str(st).translate(FW), align='c', font='G')])
    y, ys, _ = table(pg, x, y + 8, [96, 45, 45], rows, size=7.5, rules='none', head_fill=LGREEN, fills={len(rows) - 1: LGREEN})
    pg.line(x + CW, y + 12, '（単位：人）', size=6.5, align='r')
    exams = dict(title=ex_title, fiscalYear=2026, textSynthesised=True,
                 layout='table WITHOUT any rules: 試験区分 | 事務系 | 技術系, each exam level a group row spanning the table (green) above its indented categories, full-width digits, － for none, a tinted 合計 row',
                 entries=entries)
    # straddling callout between column 2 and column 3 (below both)
    yb = max(ycol3, 400) + 22
    bx0, bx1 = X[1] + 40, X[2] + CW - 40
    pg.rect(bx0, yb, bx1 - bx0, 64, fill=PALE, stroke=BROWN, lw=0.6, r=6)
    pg.line(bx0 + 10, yb + 16, 'POINT', font='G', size=8, color=BROWN)
    yy = pg.para(bx0 + 10, yb + 31, '採用者の約7割が技術系です。化学や農学、獣医学、薬学など、大学で学んだ専門を生かせます。', bx1 - bx0 - 20, size=7.5, lead=12)
    pg.line(bx0 + 10, yy, '令和7年度の技術系採用者13名のうち6名が女性でした。', size=7.5)
    if yb + 64 > 560:
        raise Refuse('famic callout too low')

    # ---------------- page 2
    pg = newpage(2)
    top = 44
    x = X[0]
    y = head(pg, x, top, '取組', 'Initiatives')
    inits = [('分析の信頼性確保', '国際規格ISO/IEC 17025に基づく品質管理のもとで、肥料や飼料、農薬の分析を行っています。'),
             ('若手職員の海外派遣', '国際機関や海外の検査機関へ若手職員を派遣し、国際的な基準づくりに参画しています。'),
             ('テレワークの推進', '事務系職員を中心に、在宅勤務と時差出勤を組み合わせた働き方が定着しています。')]
    for ti, tx in inits:
        pg.line(x, y + 4, '◆' + ti, font='G', size=8.5, color=GREEN)
        y = pg.para(x + 9, y + 20, tx, CW - 9, size=7.5, lead=12.5) + 12
    x = X[1]
    y = head(pg, x, top, '両立支援制度', 'Work-life balance')
    sup = [('産前・産後休暇', '産前6週間・産後8週間', '有給の特別休暇です。'),
           ('育児休業', '子が3歳に達するまで', '男性職員の取得も増えています。'),
           ('育児短時間勤務', '子が小学校就学の始期に達するまで', '勤務時間を短くして働けます。'),
           ('子の看護休暇', '1年に5日（子が2人以上は10日）', '中学校就学前の子の通院などに使えます。'),
           ('介護休暇', '通算6月まで', '3回まで分割して取得できます。')]
    for nm, du, tx in sup:
        pg.rect(x, y - 6, 3, 11, fill=BROWN)
        pg.line(x + 8, y + 4, nm, font='G', size=8.5)
        pg.line(x + 8, y + 18, '期間：' + du, size=7, color=BROWN)
        y = pg.para(x + 8, y + 31, tx, CW - 8, size=7.5, lead=12) + 12
    x = X[2]
    y = head(pg, x, top, '研修', 'Training')
    training = dict(title='研修', paragraphs=[
        '新規採用職員研修のあと、配属先で先輩職員の指導を受けながら、分析や検査の実務を身につけます。',
        '技術系職員は分析技術研修や立入検査の研修を、事務系職員は会計や契約の研修を受けます。大学や研究機関での長期研修もあります。'])
    for p in training['paragraphs']:
        y = pg.para(x, y + 4, p, CW, size=7.5, lead=12.5) + 4
    y += 14
    y = head(pg, x, y, 'Q＆A', 'FAQ')
    for q, a in [('Q 転勤はありますか？', 'A 本部と全国のセンターの間で、おおむね3年ごとに異動があります。'),
                 ('Q 文系でも受験できますか？', 'A 事務系は行政区分から採用しています。令和7年度は4名が入所しました。'),
                 ('Q 休暇は取りやすいですか？', 'A 年次休暇の平均取得日数は16.2日です（令和6年）。')]:
        pg.line(x, y + 4, q, font='G', size=8, color=GREEN)
        y = pg.para(x + 8, y + 18, a, CW - 8, size=7.5, lead=12) + 8
    x = X[3]
    y = head(pg, x, top, 'お問い合わせ', 'Contact')
    contacts = [dict(track='事務系', office='総務部人事課 採用担当', location='検査棟 7階',
                     tel=['050-3797-1830（内線2151）'], email=['saiyo@famic.go.jp']),
                dict(track='技術系（肥飼料・農薬・食品）', office='企画調整部企画調整課', location='検査棟 6階',
                     tel=['050-3797-1830（内線2327）', '050-3797-1856（直通）'], email=['saiyo-gijutsu@famic.go.jp'])]
    for c_ in contacts:
        pg.line(x, y + 4, '【' + c_['track'] + '】', font='G', size=8, color=GREEN)
        y += 18
        for s in [c_['office'], c_['location']] + ['TEL：' + t for t in c_['tel']] + ['E-mail：' + m for m in c_['email']]:
            pg.line(x + 6, y + 2, s, size=7.5); y += 12.5
        y += 6
    y += 10
    y = head(pg, x, y, 'アクセス', 'Access')
    access = dict(address='〒330-9731 埼玉県さいたま市中央区新都心2-1 さいたま新都心合同庁舎検査棟', routes=[
        'JR京浜東北線・宇都宮線・高崎線『さいたま新都心』駅 東口 徒歩約5分',
        'JR埼京線『北与野』駅 北口 徒歩約7分',
        '国際興業バス『新都心合同庁舎』停留所 徒歩約1分'])
    y = pg.para(x, y + 4, access['address'], CW, font='G', size=7.5, lead=12) + 4
    for r in access['routes']:
        rl = wrap(r, 'M', 7.5, CW - 10)
        for k, ln in enumerate(rl):
            if k == 0:
                pg.line(x, y, '▶' + ln, size=7.5)
            else:
                pg.line(x + 8, y, ln, size=7.5)
            y += 12
    # 6 pt footnotes, full width
    fy_ = 548
    for s in ['※1　採用者数は各年度4月1日から翌年3月31日までの採用者の数です。令和8年度は予定数で、試験の結果により変わることがあります。',
              '※2　センターは札幌、仙台、名古屋、神戸、福岡の5か所と門司事務所です。職員数は約650名（令和7年4月1日現在）です。']:
        pg.line(M_, fy_, s, size=6); fy_ += 9
    if y > 540:
        raise Refuse(f'famic p2 col4 too long: {y}')
    facts = dict(fixture=name, organization='農林水産消費安全技術センター', document='職員採用案内',
                 edition=dict(year=2026, asOf='2026-03', asOfText='2026年3月'),
                 hiring=hiring, exams=exams, contacts=contacts, access=access, assignments=assignments,
                 lead=dict(title=lead_title, text=lead), initiativesIntro='',
                 initiatives=[dict(title=a, text=b) for a, b in inits], supportTitle='両立支援制度',
                 supportSystems=[dict(name=a, duration=b, text=c_) for a, b, c_ in sup], supportSource='',
                 training=training)
    write(name, pages, facts, only)


# =========================================================================================
# 3. 国立公文書館 (archives-2026): A4 portrait, 2 pages. Headings = a tracked English small-caps
#    kicker line ABOVE the Japanese heading (two lines) beside a maroon bar; the organisation
#    printed after a smaller `独立行政法人` on the same baseline (one line); hiring table in
#    LONG format with each year a cell spanning two sub-rows 採用者数 / うち女性 (plain numbers,
#    the planned year's うち女性 all －), only horizontal rules; an ORG CHART decoy (boxes with
#    unit names that also appear in the assignments, with staff counts); assignments as a
#    ruled table with blank cells and a 合計 row; exam breakdown as leader-less lines (exam at
#    the left, `行政 2名` right-aligned on the same baseline) under 【事務系】/【技術系】; three
#    contacts incl. a non-事務/技術 track; 6 pt footnotes.
# =========================================================================================
MAROON = rgb('7a2631'); BEIGE = rgb('f5efe6'); DGRAY = rgb('444444')


def archives(only):
    name = 'archives-2026'
    W, H = A4P
    L, R = 42, 553
    pages = []

    def head(pg, x, y, en, ja, width):
        pg.rect(x, y - 8, 4, 26, fill=MAROON)
        pg.line(x + 10, y, en, font='G', size=6.5, color=MAROON, cs=1.6)
        pg.line(x + 10, y + 16, ja, font='G', size=12)
        pg.hl(x, x + width, y + 23, MAROON, 0.4)
        return y + 40

    pg = Page(A4P); pages.append(pg)
    pg.line(L, 48, 'NATIONAL ARCHIVES OF JAPAN', font='G', size=8, color=MAROON, cs=2.2)
    pg.joined([(L, 86, '独立行政法人', dict(font='G', size=10, color=DGRAY)),
               (L + 66, 86, '国立公文書館', dict(font='G', size=28, color=MAROON))])
    pg.line(L, 110, '職員採用案内', font='G', size=13)
    pg.hl(L, R, 122, MAROON, 1.6)
    pg.hl(L, R, 125.5, MAROON, 0.4)
    pg.line(R, 140, '令和8年3月現在', font='M', size=8, align='r')
    lead_title = '記録を守り、未来へ手渡す。'
    lead = ['国立公文書館は、国の機関から移管された歴史公文書等を保存し、広く一般の利用に供する行政執行法人です。',
            '職員は国家公務員として、公文書の受入れや修復、デジタルアーカイブの構築、展示の企画などを通じて、国民共有の知的資源を次の世代へ引き継いでいます。']
    pg.line(L, 168, lead_title, font='G', size=14, color=MAROON)
    y = 190
    for p in lead:
        y = pg.para(L, y, p, R - L, size=8.5, lead=14) + 3
    CL, CR, DL, DR = L, 302, 318, R
    ytop = y + 22
    y = head(pg, CL, ytop, 'RECRUITMENT', '採用実績', CR - CL)
    intro = '新規採用者数（人）'
    pg.line(CL, y, intro, font='G', size=8)
    data = [(2021, '令和3年度', (3, 2), (1, 1)), (2022, '令和4年度', (2, 1), (2, 1)), (2023, '令和5年度', (4, 3), (1, 0)),
            (2024, '令和6年度', (3, 2), (2, 1)), (2025, '令和7年度', (4, 2), (2, 1)), (2026, '令和8年度', (3, None), (2, None))]
    rows = [['年度', '区分', '事務系', '技術系', '計']]
    fills = {}
    for fy, lab, a, t in data:
        planned = fy == 2026
        lt = [lab, '（予定）'] if planned else lab
        rows.append([dict(t=lt, span=(2, 1), font='G', align='c', color=MAROON if planned else black), '採用者数',
                     dict(t=str(a[0]), align='c'), dict(t=str(t[0]), align='c'), dict(t=str(a[0] + t[0]), align='c', font='G')])
        wv = (lambda v: '－' if v is None else str(v))
        rows.append([None, dict(t='うち女性', color=DGRAY), dict(t=wv(a[1]), align='c'), dict(t=wv(t[1]), align='c'),
                     dict(t=wv(None if a[1] is None else a[1] + t[1]), align='c', font='G')])
        if planned:
            fills[len(rows) - 2] = BEIGE; fills[len(rows) - 1] = BEIGE
    y, ys, xs = table(pg, CL, y + 8, [66, 54, 46, 46, 48], rows, size=7.5, rules='h', rule_color=MAROON)
    notes = ['※令和8年度は採用予定数です。', '※うち女性は採用者数の内数です。']
    y += 12
    for n_ in notes:
        pg.line(CL, y, n_, size=6.8); y += 10.5
    yleft = y

    def ptxt(c, w):
        return f'{c}（{w}）' if w is not None else f'{c}'
    hiring = dict(intro=[intro], note=notes, tracks=dict(admin='事務系', tech='技術系'), textSynthesised=True,
                  layout='long-format table with horizontal rules only: 年度 | 区分 | 事務系 | 技術系 | 計; each year a cell spanning two sub-rows 採用者数 / うち女性 (plain numbers); the planned year 令和8年度 / （予定） on two lines, tinted, its うち女性 row all － (women null)',
                  rows=[hrow(fy, lab, lab + ('（予定）' if fy == 2026 else ''), fy == 2026, a, t, ptxt) for fy, lab, a, t in data])
    # right column: org chart decoy
    y = head(pg, DL, ytop, 'ORGANIZATION', '組織と職員数', DR - DL)
    cx = (DL + DR) / 2

    def box(xc, yy, lines, w, fill=BEIGE, hdr=False):
        pg.rect(xc - w / 2, yy, w, 10 + 11 * len(lines), fill=fill, stroke=MAROON, lw=0.5)
        for k, ln in enumerate(lines):
            pg.line(xc, yy + 12 + 11 * k, ln, font='G' if k == 0 else 'M', size=7.5 if k == 0 else 6.5,
                    color=white if hdr and k == 0 else black, align='c')
    box(cx, y, ['館長'], 70, fill=MAROON, hdr=True)
    pg.vl(cx, y + 21, y + 32, MAROON, 0.6)
    box(cx, y + 32, ['理事'], 70, fill=MAROON, hdr=True)
    pg.vl(cx, y + 53, y + 66, MAROON, 0.6)
    units = [('総務課', '職員 約40名'), ('業務課', '職員 約60名'), ('統括公文書専門官室', '職員 約20名')]
    bw = (DR - DL - 12) / 3
    pg.hl(DL + bw / 2, DR - bw / 2, y + 66, MAROON, 0.6)
    for k, (u, n_) in enumerate(units):
        xc = DL + bw / 2 + k * (bw + 6)
        pg.vl(xc, y + 66, y + 74, MAROON, 0.6)
        box(xc, y + 74, [u, n_], bw)
    pg.vl(DL + 4, y + 66, y + 128, MAROON, 0.6)
    pg.hl(DL + 4, DL + 14, y + 128, MAROON, 0.6)
    pg.rect(DL + 14, y + 118, 150, 21, fill=BEIGE, stroke=MAROON, lw=0.5)
    pg.joined([(DL + 20, y + 131, 'アジア歴史資料センター', dict(font='G', size=7.5)),
               (DL + 160, y + 131, '約15名', dict(size=6.5, align='r'))])
    yy = y + 160
    for s_ in ['常勤職員数 約230名（令和7年4月1日現在）', '※つくば分館を含みます。']:
        pg.line(DL, yy, s_, size=6.8); yy += 11
    y = max(yleft, yy) + 22
    # assignments (left) | exams (right)
    ytop = y
    y = head(pg, CL, ytop, 'PLACEMENT', '配属先', CR - CL)
    a_intro = '令和7年度採用者の配属先'
    pg.line(CL, y, a_intro, font='G', size=8)
    arows = [dict(unit='総務課', admin=1, tech=None), dict(unit='業務課', admin=2, tech=1),
             dict(unit='アジア歴史資料センター', admin=1, tech=1)]
    TA = sum(r['admin'] or 0 for r in arows); TT = sum(r['tech'] or 0 for r in arows)
    rows = [['配属先', '事務系', '技術系']] + [[r['unit'], dict(t='' if r['admin'] is None else str(r['admin']), align='c'),
                                                dict(t='' if r['tech'] is None else str(r['tech']), align='c')] for r in arows]
    rows.append([dict(t='合計', font='G', align='c'), dict(t=str(TA), align='c', font='G'), dict(t=str(TT), align='c', font='G')])
    y, _, _ = table(pg, CL, y + 8, [140, 60, 60], rows, size=7.5, rules='all', rule_color=MAROON, head_fill=BEIGE, fills={len(rows) - 1: BEIGE})
    pg.line(CL, y + 12, '※空欄は配属なし', size=6.8)
    yleft = y + 12
    assignments = dict(cohortFiscalYear=2025, intro=a_intro, tracks=dict(admin='事務系', tech='技術系'),
                       layout='ruled table 配属先 | 事務系 | 技術系 with blank cells for none and a tinted 合計 row; the same unit names appear with staff counts in the org chart decoy above',
                       rows=arows, totals=dict(admin=TA, tech=TT))
    y = head(pg, DL, ytop, 'EXAMINATION', '採用予定', DR - DL)
    ex_title = '令和8年度 試験区分別の採用予定数'
    pg.line(DL, y, ex_title, font='G', size=8)
    y += 18
    ex = [('事務系', [('国家公務員一般職試験（大卒程度）', [('行政', 2)]), ('国家公務員総合職試験（院卒者）', [('人間科学', 1)])]),
          ('技術系', [('国家公務員一般職試験（大卒程度）', [('デジタル・電気・電子', 1)]), ('国家公務員総合職試験（院卒者）', [('デジタル', 1)])])]
    entries = []
    for trk, lv in ex:
        pg.line(DL, y, '【' + trk + '】', font='G', size=8, color=MAROON); y += 14
        for lvl, cats in lv:
            txt_ = '、'.join(f'{c_} {n_}名' for c_, n_ in cats)
            pg.joined([(DL + 8, y, lvl, dict(size=7.5)), (DR, y, txt_, dict(font='G', size=7.5, align='r'))])
            pg.hl(DL + 8, DR, y + 4, MAROON, 0.3, dash=(1, 2))
            y += 14
            entries.append(dict(track=trk, exam=lvl, text=txt_, breakdown=[dict(category=c_, count=n_) for c_, n_ in cats],
                                total=sum(n_ for _, n_ in cats)))
        y += 4
    exams = dict(title=ex_title, fiscalYear=2026, textSynthesised=False,
                 layout='lines under 【事務系】 / 【技術系】: the exam at the left and the category with its count (行政 2名) right-aligned on the same baseline over a dotted rule; one line each',
                 entries=entries)
    pg.line(DL, y + 4, '※試験の合格者の中から、面接を経て採用します。', size=6.8)
    if max(y, yleft) > 810:
        raise Refuse(f'archives p1 too long {y} {yleft}')

    # ---------------- page 2
    pg = Page(A4P); pages.append(pg)
    y = head(pg, L, 50, 'INITIATIVES', '職場の取組', R - L)
    inits = [('デジタルアーカイブの拡充', '所蔵資料のデジタル化を進め、インターネットで誰でも閲覧できる資料を年々増やしています。'),
             ('新館の整備に向けて', '国会議事堂の近くに建設予定の新しい公文書館に向け、展示や保存の計画づくりに若手職員も参加しています。'),
             ('働きやすい職場づくり', 'テレワークとフレックスタイム制を導入し、閲覧室の交替勤務とも両立できるよう工夫しています。')]
    cw = (R - L - 24) / 3
    yb = y
    for k, (ti, tx) in enumerate(inits):
        x = L + k * (cw + 12)
        pg.rect(x, y - 10, cw, 16, fill=BEIGE)
        pg.line(x + 6, y + 1, ti, font='G', size=8.5, color=MAROON)
        yb = max(yb, pg.para(x, y + 22, tx, cw, size=7.8, lead=13))
    y = head(pg, L, yb + 20, 'SUPPORT', '両立支援制度', R - L)
    sup = [('産前・産後休暇', '産前6週間・産後8週間', '有給の特別休暇です。'),
           ('配偶者出産休暇', '2日以内', '配偶者の出産に伴う入退院の付添いなどに使えます。'),
           ('育児休業', '子が3歳に達するまで', '男性職員の取得も広がっています。'),
           ('育児短時間勤務', '子が小学校就学の始期に達するまで', '勤務時間を短くして働けます。'),
           ('介護休暇', '通算6月まで', '3回まで分割して取得できます。')]
    rows = [['制度', '期間', '概要']] + [[dict(t=a, font='G'), b, c_] for a, b, c_ in sup]
    y, _, _ = table(pg, L, y, [110, 160, 241], rows, size=7.5, rules='h', rule_color=MAROON)
    pg.line(R, y + 11, '※制度の詳細は人事院規則等によります。', size=6, align='r')
    y = head(pg, L, y + 34, 'TRAINING', '研修', R - L)
    training = dict(title='研修', paragraphs=[
        '採用後は新規採用職員研修で公文書管理制度の基礎を学び、配属先で先輩職員の指導を受けながら実務を身につけます。',
        '当館が実施するアーキビスト養成の研修や、海外の公文書館での研修、大学院での長期研修など、専門性を高める機会があります。'])
    for p in training['paragraphs']:
        y = pg.para(L, y, p, R - L, size=8, lead=13.5) + 3
    y = head(pg, L, y + 20, 'CONTACT', '採用に関するお問い合わせ', R - L)
    contacts = [dict(track='事務系', office='総務課 人事係', location='本館 2階',
                     tel=['03-3214-0621（内線213）'], email=['saiyo@archives.go.jp']),
                dict(track='技術系（デジタルアーカイブ）', office='業務課 デジタルアーカイブ係', location='本館 3階',
                     tel=['03-3214-0621（内線382）', '03-3214-0697（直通）'], email=['digital-saiyo@archives.go.jp']),
                dict(track='専門職（アーキビスト）', office='統括公文書専門官室', location='本館 4階',
                     tel=['03-3214-0621（内線455）'], email=['archivist@archives.go.jp'])]
    cw = (R - L - 24) / 3
    yb = y
    for k, c_ in enumerate(contacts):
        x = L + k * (cw + 12)
        pg.line(x, y, '■' + c_['track'], font='G', size=8, color=MAROON)
        yy = y + 15
        for s_ in [c_['office'], c_['location']] + ['TEL ' + t for t in c_['tel']] + ['Mail ' + m for m in c_['email']]:
            pg.line(x + 4, yy, s_, size=7.3); yy += 12
        if k:
            pg.vl(x - 6, y - 8, yy - 6, MAROON, 0.3)
        yb = max(yb, yy)
    y = head(pg, L, yb + 22, 'ACCESS', 'アクセス', R - L)
    access = dict(address='〒102-0091 東京都千代田区北の丸公園3-2', routes=[
        '東京メトロ東西線『竹橋』駅 1b出口 徒歩約5分',
        '東京メトロ半蔵門線・都営新宿線『九段下』駅 2番出口 徒歩約12分',
        '都営バス 高71系統『九段下』停留所 徒歩約12分'])
    pg.line(L, y, access['address'], font='G', size=8.5); y += 15
    for r in access['routes']:
        pg.line(L + 4, y, '○' + r, size=8); y += 13.5
    y += 8
    for s_ in ['※1　採用者数は各年度4月1日から翌年3月31日までに採用された常勤職員の数です（任期付職員を除く）。',
               '※2　組織図の職員数は概数です。本パンフレットの内容は令和8年3月現在のものです。']:
        pg.line(L, y, s_, size=6); y += 9
    if y > 815:
        raise Refuse(f'archives p2 too long {y}')
    facts = dict(fixture=name, organization='国立公文書館', document='職員採用案内',
                 edition=dict(year=2026, asOf='2026-03', asOfText='令和8年3月現在'),
                 hiring=hiring, exams=exams, contacts=contacts, access=access, assignments=assignments,
                 lead=dict(title=lead_title, text=lead), initiativesIntro='',
                 initiatives=[dict(title=a, text=b) for a, b in inits], supportTitle='両立支援制度',
                 supportSystems=[dict(name=a, duration=b, text=c_) for a, b, c_ in sup], supportSource='',
                 training=training)
    write(name, pages, facts, only)

if __name__ == '__main__':
    only = set(sys.argv[1:])
    try:
        npb(only)
        famic(only)
        archives(only)
    except Refuse as e:
        sys.exit(f'REFUSED: {e}')
