#!/usr/bin/env python3
"""Blind holdout set 10: 水産庁, こども家庭庁, 復興庁 recruitment brochures.

Self-contained (reportlab + IPAex fonts). Writes Fixtures/holdout10/NAME.{pdf,expected.txt,facts.json}.
Every visual line (each table-cell line, each glyph of vertical text, each chart label) is its own
text object inside q/Q at an absolute position; a page's text objects are drawn after its graphics in
a seeded shuffled order. The generator refuses a brochure whose text overlaps, leaves the page, uses
a glyph the font lacks, overflows a table cell, whose drawn text differs from the expected text (as a
per-page character multiset), whose fact strings are not printed, or whose numbers do not add up.

  python3 Fixtures/generate_holdout10.py              # all three
  python3 Fixtures/generate_holdout10.py jfa-2025     # one
"""
import json, os, random, re, sys
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout10')
FONT_FILES = {'G': '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
              'M': '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'}
FACES = {}
for _k, _p in FONT_FILES.items():
    _f = TTFont('H10' + _k, _p)
    pdfmetrics.registerFont(_f)
    FACES[_k] = _f.face

A4 = (595.28, 841.89)
K = (0.1, 0.1, 0.12)
WHITE = (1, 1, 1)
GREY = (0.45, 0.45, 0.48)


class Refuse(Exception):
    pass


def sw(s, font, size, cs=0.0):
    return pdfmetrics.stringWidth(s, 'H10' + font, size) + cs * len(s)


# ---------------------------------------------------------------- line breaking
NO_START = set('、。，．）」』】〕》〉・ーっゃゅょッャュョ々：；？！％,.:;)!?')
NO_END = set('（「『【〔《〈(')
ASCII_RUN = re.compile(r'[A-Za-z0-9@._\-/:+%]+')


def tokens(text):
    out, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m:
            out.append(m.group()); i = m.end()
        else:
            out.append(text[i]); i += 1
    return out


def wrap(text, font, size, width):
    lines, cur = [], []
    for tok in tokens(text):
        if cur and sw(''.join(cur) + tok, font, size) > width:
            carry = []
            # kinsoku: a no-start token pulls the previous token down; a no-end token goes down
            while cur and (tok[0] in NO_START or cur[-1][-1] in NO_END) and len(cur) > 1:
                carry.insert(0, cur.pop())
                if not (cur and cur[-1][-1] in NO_END):
                    break
            lines.append(''.join(cur))
            cur = carry + [tok]
        else:
            cur.append(tok)
    if cur:
        lines.append(''.join(cur))
    for ln in lines:
        if sw(ln, font, size) > width + 0.01:
            raise Refuse(f'line too wide after wrapping: {ln!r}')
    return lines


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, size=A4):
        self.w, self.h = size
        self.texts, self.gfx, self.lines = [], [], []

    def L(self, ncells=1):
        self.lines.append([[] for _ in range(ncells)])
        return len(self.lines) - 1

    def t(self, x, y, s, font='M', size=9.0, color=K, align='l', line=None, cell=0,
          furn=False, mode=0, cs=0.0):
        """Text with its BASELINE at y (top-down coordinates)."""
        w = sw(s, font, size, cs)
        if align == 'r':
            x -= w
        elif align == 'c':
            x -= w / 2
        self.texts.append(dict(x=x, y=y, s=s, font=font, size=size, color=color, mode=mode,
                               cs=cs, furn=furn, box=(x, y - 0.88 * size, x + w, y + 0.12 * size)))
        if not furn:
            if line is None:
                line = self.L()
            self.lines[line][cell].append(s)
        return w

    def v(self, xc, ytop, s, font='G', size=12.0, color=K, step=None, line=None):
        """Vertical text: one glyph per text object, centred on xc, from ytop downwards."""
        step = step or size * 1.08
        if line is None:
            line = self.L()
        for i, ch in enumerate(s):
            self.t(xc, ytop + 0.88 * size + i * step, ch, font, size, color, align='c', line=line)
        return ytop + len(s) * step

    def para(self, x, ytop, width, text, font='M', size=9.0, lead=None, color=K, align='l'):
        lead = lead or size * 1.6
        y = ytop
        for ln in wrap(text, font, size, width):
            xx = x + width if align == 'r' else x
            self.t(xx, y + 0.88 * size + (lead - size) / 2, ln, font, size, color, align=align)
            y += lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, dash=None, r=0):
        self.gfx.append(('rect', x, y, w, h, fill, stroke, lw, dash, r))

    def hl(self, x1, x2, y, lw=0.5, color=K, dash=None):
        self.gfx.append(('line', x1, y, x2, y, lw, color, dash))

    def vl(self, x, y1, y2, lw=0.5, color=K, dash=None):
        self.gfx.append(('line', x, y1, x, y2, lw, color, dash))

    def circle(self, xc, yc, r, fill=None, stroke=None, lw=0.6):
        self.gfx.append(('circle', xc, yc, r, fill, stroke, lw))

    def expected(self):
        return '\n'.join('\t'.join(''.join(c) for c in ln) for ln in self.lines)


def table(pg, x, y, cols, rows, size=8.5, font='M', hfont='G', nhead=1, rules='grid',
          head_fill=None, zebra=None, align=None, pad=3.0, lead=None, spans=None, cspans=None,
          fills=None, cell_fonts=None, colors=None, line_color=K, lw=0.5, head_color=K,
          thick=None, dotted=False, min_h=0.0):
    """rows: lists of cell strings ('\\n' separates drawn lines; None = covered by a span).
    spans {(r, c): nrows}, cspans {(r, c): ncols}. Returns the bottom y."""
    spans, cspans = spans or {}, cspans or {}
    fills, cell_fonts, colors = fills or {}, cell_fonts or {}, colors or {}
    lead = lead or size * 1.3
    n = len(cols)
    align = align or ['c'] * n
    xs = [x]
    for w in cols:
        xs.append(xs[-1] + w)

    def fnt(r, c):
        return cell_fonts.get((r, c), hfont if r < nhead else font)

    def nl(v):
        return 0 if v is None or v == '' else len(v.split('\n'))

    hs = []
    for r, row in enumerate(rows):
        m = max([nl(v) for c, v in enumerate(row) if spans.get((r, c), 1) == 1] + [1])
        hs.append(max(m * lead + 2 * pad, min_h))
    for (r, c), k in spans.items():
        need = nl(rows[r][c]) * lead + 2 * pad
        have = sum(hs[r:r + k])
        if need > have:
            hs[r + k - 1] += need - have
    ys = [y]
    for h in hs:
        ys.append(ys[-1] + h)
    # backgrounds
    for r in range(len(rows)):
        f = fills.get(r)
        if f is None and r < nhead:
            f = head_fill
        if f is None and zebra and r >= nhead and (r - nhead) % 2 == 1:
            f = zebra
        if f:
            pg.rect(x, ys[r], xs[-1] - x, hs[r], fill=f)
    # text
    for r, row in enumerate(rows):
        ln = pg.L(n)
        for c, v in enumerate(row):
            if v is None or v == '':
                continue
            k = spans.get((r, c), 1)
            kc = cspans.get((r, c), 1)
            x0, x1 = xs[c], xs[c + kc]
            top, h = ys[r], sum(hs[r:r + k])
            parts = v.split('\n')
            f = fnt(r, c)
            col = colors.get((r, c), head_color if r < nhead else K)
            t0 = top + (h - len(parts) * lead) / 2
            for i, p in enumerate(parts):
                w = sw(p, f, size)
                if w > (x1 - x0) - 2 * pad + 0.01:
                    raise Refuse(f'cell overflow: {p!r} ({w:.1f} > {x1 - x0 - 2 * pad:.1f})')
                a = align[c] if r >= nhead else 'c'
                if kc > 1:
                    a = 'l'
                xx = {'l': x0 + pad, 'c': (x0 + x1) / 2, 'r': x1 - pad}[a]
                pg.t(xx, t0 + i * lead + (lead - size) / 2 + 0.88 * size, p, f, size, col,
                     align=a, line=ln, cell=c)
    # rules
    dash = (1, 1.5) if dotted else None
    if rules in ('grid', 'h', 'booktabs'):
        for r in range(len(rows) + 1):
            if rules == 'booktabs' and r not in (0, nhead, len(rows)):
                continue
            # a horizontal rule does not cross a row-spanning cell
            segs = []
            for c in range(n):
                covered = any(rr < r < rr + k and cc <= c < cc + cspans.get((rr, cc), 1)
                              for (rr, cc), k in spans.items())
                if not covered:
                    segs.append(c)
            w = lw * (2 if (thick and r in thick) or (rules == 'booktabs' and r in (0, len(rows))) else 1)
            for c in segs:
                pg.hl(xs[c], xs[c + 1], ys[r], w, line_color, None if r in (0, len(rows)) else dash)
    if rules == 'grid':
        for c in range(n + 1):
            for r in range(len(rows)):
                covered = any(cc < c < cc + kc and rr <= r < rr + spans.get((rr, cc), 1)
                              for (rr, cc), kc in cspans.items())
                if not covered:
                    pg.vl(xs[c], ys[r], ys[r + 1], lw, line_color)
    return ys[-1]


# ---------------------------------------------------------------- checks and output
def check_pages(pages, name):
    for pi, pg in enumerate(pages, 1):
        for it in pg.texts:
            for ch in it['s']:
                if not ch.isspace() and ord(ch) not in FACES[it['font']].charToGlyph:
                    raise Refuse(f'{name} p{pi}: glyph {ch!r} missing in {it["font"]}')
            x0, y0, x1, y1 = it['box']
            if x0 < 8 or y0 < 8 or x1 > pg.w - 8 or y1 > pg.h - 8:
                raise Refuse(f'{name} p{pi}: text leaves the page: {it["s"]!r} {it["box"]}')
        ts = sorted(pg.texts, key=lambda t: t['box'][0])
        for i, a in enumerate(ts):
            for b in ts[i + 1:]:
                if b['box'][0] >= a['box'][2] - 0.05:
                    break
                if min(a['box'][3], b['box'][3]) - max(a['box'][1], b['box'][1]) > 0.05:
                    raise Refuse(f'{name} p{pi}: overlap {a["s"]!r} / {b["s"]!r}')
        drawn = Counter(ch for it in pg.texts if not it['furn'] for ch in it['s'] if not ch.isspace())
        exp = Counter(ch for ch in pg.expected() if not ch.isspace())
        if drawn != exp:
            raise Refuse(f'{name} p{pi}: drawn text differs from expected: {(drawn - exp) + (exp - drawn)}')


def nows(s):
    return ''.join(s.split())


def fact_strings(f):
    out = [f['organization'], f['edition']['asOfText']]
    h = f['hiring']
    for key in ('intro', 'note'):
        if h.get(key):
            out += h[key] if isinstance(h[key], list) else [h[key]]
    for r in h['rows']:
        out.append(r['labelText'])
        if not h.get('textSynthesised'):
            for k in ('total', 'admin', 'tech'):
                if r.get(k) and r[k].get('text'):
                    out.append(r[k]['text'])
    e = f['exams']
    out.append(e['title'])
    for en in e['entries']:
        if not e.get('textSynthesised'):
            out.append(en['text'])
        out += [b['category'] for b in en['breakdown']]
    for c in f['contacts']:
        out += [c['office'], c['location']] + c['tel'] + c['email']
    out += [f['access']['address']] + f['access']['routes']
    a = f['assignments']
    out += [a['intro']] + [r['unit'] for r in a['rows']]
    out += [f['lead']['title']] + f['lead']['text']
    for i in f['initiatives']:
        out += [i['title'], i['text']]
    out.append(f['supportTitle'])
    for s in f['supportSystems']:
        out += [s['name'], s['text']] + ([s['duration']] if s.get('duration') else [])
    out += [f['training']['title']] + f['training']['paragraphs']
    return [s for s in out if s]


def check_facts(f, text):
    flat = nows(text)
    for s in fact_strings(f):
        if nows(s) not in flat:
            raise Refuse(f'{f["fixture"]}: fact string not printed: {s!r}')
    h = f['hiring']
    for r in h['rows']:
        for part in ('count', 'women'):
            a, t, tot = r['admin'][part], r['tech'][part], r['total'][part]
            if None not in (a, t, tot) and a + t != tot:
                raise Refuse(f'{f["fixture"]}: {r["label"]} {part} does not add up')
        for k in ('admin', 'tech', 'total'):
            if r[k]['women'] is not None and r[k]['women'] > r[k]['count']:
                raise Refuse(f'{f["fixture"]}: women > count in {r["label"]}')
    planned = [r for r in h['rows'] if r['planned']]
    actual = [r for r in h['rows'] if not r['planned']]
    if len(planned) != 1 or planned[0]['fiscalYear'] != f['exams']['fiscalYear']:
        raise Refuse('planned row / exam year mismatch')
    if f['edition']['year'] != planned[0]['fiscalYear']:
        raise Refuse('edition year != planned year')
    last = max(actual, key=lambda r: r['fiscalYear'])
    a = f['assignments']
    if a['cohortFiscalYear'] != last['fiscalYear']:
        raise Refuse('assignment cohort is not the last actual year')
    sa = sum(r['admin'] or 0 for r in a['rows'])
    st = sum(r['tech'] or 0 for r in a['rows'])
    if (sa, st) != (last['admin']['count'], last['tech']['count']) or a['totals'] != {'admin': sa, 'tech': st}:
        raise Refuse(f'{f["fixture"]}: assignment sums {sa}/{st} != hires')
    for trk, key in (('事務系', 'admin'), ('技術系', 'tech')):
        s = sum(b['count'] for en in f['exams']['entries'] if en['track'] == trk for b in en['breakdown'])
        if s != planned[0][key]['count']:
            raise Refuse(f'{f["fixture"]}: exam {trk} sums to {s}, planned {planned[0][key]["count"]}')
        for en in f['exams']['entries']:
            if en['total'] != sum(b['count'] for b in en['breakdown']):
                raise Refuse('exam entry total')


def render(pages, path, seed, title):
    c = canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h), invariant=1)
    c.setTitle(title)
    c.setAuthor('BrochureKit holdout10 (synthetic)')
    for pi, pg in enumerate(pages):
        c.setPageSize((pg.w, pg.h))
        H = pg.h
        for g in pg.gfx:
            c.saveState()
            if g[0] == 'rect':
                _, x, y, w, h, fill, stroke, lw, dash, r = g
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                c.setLineWidth(lw)
                if dash:
                    c.setDash(*dash)
                if r:
                    c.roundRect(x, H - y - h, w, h, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
                else:
                    c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif g[0] == 'line':
                _, x1, y1, x2, y2, lw, col, dash = g
                c.setStrokeColorRGB(*col)
                c.setLineWidth(lw)
                if dash:
                    c.setDash(*dash)
                c.line(x1, H - y1, x2, H - y2)
            elif g[0] == 'circle':
                _, xc, yc, r, fill, stroke, lw = g
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                c.setLineWidth(lw)
                c.circle(xc, H - yc, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
            c.restoreState()
        items = list(pg.texts)
        random.Random(seed * 1000 + pi).shuffle(items)
        for it in items:
            c.saveState()
            c.setFillColorRGB(*it['color'])
            t = c.beginText()
            t.setTextOrigin(it['x'], H - it['y'])
            t.setFont('H10' + it['font'], it['size'])
            if it['cs']:
                t.setCharSpace(it['cs'])
            if it['mode']:
                c.setStrokeColorRGB(*it['color'])
                c.setLineWidth(it['size'] * 0.035)
                t.setTextRenderMode(it['mode'])
            t.textOut(it['s'])
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()


def write(name, pages, facts, seed):
    check_pages(pages, name)
    text = '\n\f\n'.join(p.expected() for p in pages) + '\n'
    facts['pages'] = len(pages)
    check_facts(facts, text)
    os.makedirs(OUT, exist_ok=True)
    render(pages, os.path.join(OUT, name + '.pdf'), seed, f'{facts["organization"]} {facts["document"]}')
    with open(os.path.join(OUT, name + '.expected.txt'), 'w') as fh:
        fh.write(text)
    with open(os.path.join(OUT, name + '.facts.json'), 'w') as fh:
        json.dump(facts, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    print(f'{name}: {len(pages)} pages, {sum(len(p.texts) for p in pages)} text objects')


# ---------------------------------------------------------------- shared helpers
FW = str.maketrans('0123456789', '０１２３４５６７８９')


def fw(n):
    return str(n).translate(FW)


def hrow(fy, label, labeltext, planned, a, t, texts=None):
    """a, t: (count, women); texts: dict key -> printed text."""
    texts = texts or {}
    tot = (a[0] + t[0], None if a[1] is None or t[1] is None else a[1] + t[1])
    return {'fiscalYear': fy, 'label': label, 'labelText': labeltext, 'planned': planned,
            'total': {'count': tot[0], 'women': tot[1], 'text': texts.get('total', f'{tot[0]}（{tot[1]}）')},
            'admin': {'count': a[0], 'women': a[1], 'text': texts.get('admin', f'{a[0]}（{a[1]}）')},
            'tech': {'count': t[0], 'women': t[1], 'text': texts.get('tech', f'{t[0]}（{t[1]}）')}}


def exam_entries(spec):
    """spec: [(track, exam, [(category, n), ...], text)]"""
    out = []
    for trk, exam, cats, text in spec:
        out.append({'track': trk, 'exam': exam, 'text': text,
                    'breakdown': [{'category': c, 'count': n} for c, n in cats],
                    'total': sum(n for _, n in cats)})
    return out


# ================================================================ 水産庁 jfa-2025
NAVY = (0.06, 0.20, 0.40)
TEAL = (0.10, 0.55, 0.60)
LNAVY = (0.62, 0.70, 0.82)
LTEAL = (0.66, 0.85, 0.87)
SAND = (0.96, 0.94, 0.88)


def jfa_facts():
    data = [(2019, '令和元年度', (8, 2), (5, 1)), (2020, '令和2年度', (7, 3), (4, 1)),
            (2021, '令和3年度', (9, 3), (5, 2)), (2022, '令和4年度', (8, 4), (4, 1)),
            (2023, '令和5年度', (7, 2), (6, 2)), (2024, '令和6年度', (7, 3), (5, 2)),
            (2025, '令和7年度', (8, 3), (5, 2))]
    rows = []
    for fy, lab, a, t in data:
        planned = fy == 2025
        r = hrow(fy, lab, lab + ('（予定）' if planned else ''), planned, a, t)
        r['total']['text'] = f'計{a[0] + t[0]}（{a[1] + t[1]}）'
        rows.append(r)
    units = [('漁政課', 1, None), ('企画課', 1, None), ('水産経営課', 1, None), ('加工流通課', 1, None),
             ('管理調整課', 1, None), ('国際課', 1, None), ('漁業取締課', 1, 1), ('研究指導課', None, 1),
             ('計画課', None, 2), ('整備課', None, 1)]
    exams = exam_entries([
        ('事務系', '大卒程度試験', [('法律', 3), ('経済', 1), ('教養', 1)], '法律　３名経済　１名教養　１名'),
        ('事務系', '院卒程度試験', [('行政', 2), ('法務', 1)], '行政　２名法務　１名'),
        ('技術系', '大卒程度試験', [('農業科学・水産', 2), ('工学', 1)], '農業科学・水産　２名工学　１名'),
        ('技術系', '院卒程度試験', [('農業科学・水産', 1), ('工学', 1)], '農業科学・水産　１名工学　１名')])
    return {
        'fixture': 'jfa-2025', 'organization': '水産庁', 'document': '総合職採用案内',
        'edition': {'year': 2025, 'asOf': '2025-04', 'asOfText': '令和七年四月'},
        'pages': 2,
        'hiring': {
            'intro': ['総合職の採用者数の推移（単位：人）'],
            'note': '（　）内は女性で内数。令和7年度は4月1日現在の採用予定数です。',
            'tracks': {'admin': '事務系', 'tech': '技術系'},
            'layout': 'horizontal stacked bar chart, one bar per year (令和元年度 … 令和7年度（予定）); '
                      'counts only as labels: 事務系 / 技術系 segment labels 8（2） inside the bars, total 計13（3） '
                      'after the bar end; legend line and an axis (0 5 10 15（人）) below; planned bar light + dashed',
            'rows': rows},
        'exams': {'title': '令和7年度採用予定者の試験区分', 'fiscalYear': 2025, 'entries': exams,
                  'layout': 'ruled grid, header cells on two lines (採用/区分, 試験の/程度, 試験区分と/採用予定数); '
                            'track spans 2 rows; one category per line inside the cell, FULL-WIDTH counts 法律　３名'},
        'contacts': [
            {'track': '総合職事務系', 'office': '漁政部漁政課 人事班', 'location': '農林水産省本館6階',
             'tel': ['03-3502-8111（内線6574）'], 'email': ['jfa-jinji@maff.go.jp']},
            {'track': '総合職技術系（水産・土木）', 'office': '漁港漁場整備部計画課', 'location': '農林水産省本館7階',
             'tel': ['03-3502-8111（内線6832）', '03-6744-2390（直通）'], 'email': ['jfa-gijutsu@maff.go.jp']}],
        'access': {
            'address': '〒100-8907 東京都千代田区霞が関1-2-1 中央合同庁舎1号館（農林水産省本館）',
            'routes': ['東京メトロ丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A5出口 徒歩約1分',
                       '東京メトロ有楽町線『桜田門』駅 5番出口 徒歩約5分',
                       '東京メトロ銀座線『虎ノ門』駅 9番出口 徒歩約9分']},
        'assignments': {
            'cohortFiscalYear': 2024, 'intro': '令和6年度採用者の配属先（令和7年4月1日現在）',
            'tracks': {'admin': '事務系', 'tech': '技術系'},
            'layout': 'one table split into two side-by-side halves (5 + 5 rows), each with its own header '
                      '配属先 | 事務系 | 技術系, horizontal rules, empty cells; read left half then right half',
            'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units],
            'totals': {'admin': 7, 'tech': 5}},
        'lead': {'title': '海と魚と、浜の暮らしを未来へつなぐ。',
                 'text': ['水産庁は、水産資源の適切な管理と水産業の成長産業化を両輪に、漁業者や地域の皆さんとともに'
                          '日本の海と食卓を守る政策を進めています。資源評価に基づく漁獲管理、国際交渉、漁港の整備や'
                          '災害からの復旧まで、現場に根ざした幅広い仕事があります。']},
        'initiativesIntro': '現場を知り、効率よく働くための取組を進めています。',
        'initiatives': [
            {'title': '浜で学ぶ現地研修',
             'text': '入庁1年目の夏に漁村に1週間滞在し、漁業者や漁協の方々の仕事を体験します。'},
            {'title': 'フレックスタイム制',
             'text': '始業・終業の時刻を日ごとに選べます。国際会議の時差に合わせた勤務にも使われています。'},
            {'title': '漁獲報告の電子化',
             'text': '漁獲報告や許可申請のオンライン化を進め、庁内の照合作業も大きく減りました。'}],
        'supportTitle': '仕事と家庭の両立支援',
        'supportSystems': [
            {'name': '産前・産後休暇', 'duration': '産前6週間・産後8週間',
             'text': '多胎妊娠の場合、産前は14週間取得できます。'},
            {'name': '育児休業', 'duration': '子が3歳に達するまで',
             'text': '男性職員の取得も増えており、期間中は係内で業務を分担します。'},
            {'name': '育児短時間勤務', 'duration': '子が小学校就学まで',
             'text': '1日の勤務時間を短くして、保育園の送迎と両立できます。'},
            {'name': '配偶者出産休暇', 'duration': '2日',
             'text': '妻の出産に伴う入院の付添いなどに使えます。'}],
        'supportSource': '',
        'training': {'title': '研修制度',
                     'paragraphs': ['入庁後は農林水産省と合同の初任者研修で、行政官としての基礎と法令の読み方を学びます。',
                                    '2年目以降は、水産研究・教育機構での実習、地方の漁業調整事務所への配属、'
                                    '海外の大学院への留学など、専門性を磨く機会が用意されています。']},
    }


def jfa_head(pg, x, y, w, text):
    pg.rect(x, y + 1, 7, 11, fill=NAVY)
    pg.t(x + 12, y + 11, text, 'G', 11.5, NAVY)
    pg.hl(x, x + w, y + 16, 0.7, NAVY)
    return y + 24


def jfa_pages(f):
    p1, p2 = Page(), Page()
    # --- p1: vertical masthead strip on the left
    pg = p1
    pg.rect(26, 26, 76, 300, fill=NAVY)
    pg.v(80, 44, '水産庁', 'G', 30, WHITE, step=32)
    pg.v(50, 46, '総合職採用案内', 'G', 13, WHITE, step=14.2)
    pg.v(35, 160, f['edition']['asOfText'], 'M', 9, WHITE, step=10.5)
    pg.t(64, 312, 'Fisheries Agency', 'G', 7, WHITE, align='c')
    X, W = 118, 449
    y = pg.para(X, 34, W, f['lead']['title'], 'G', 16, 24, NAVY)
    y = pg.para(X, y + 2, W, f['lead']['text'][0], 'M', 9.5, 16)
    y = jfa_head(pg, X, y + 10, W, '採用実績')
    pg.t(X, y + 8, f['hiring']['intro'][0], 'M', 8.5)
    # legend on the right of the same band (own line: lower baseline)
    lx = X + W - 110
    ln = pg.L()
    pg.rect(lx, y + 13, 8, 8, fill=NAVY)
    pg.t(lx + 11, y + 20.5, '事務系', 'G', 8, line=ln)
    pg.rect(lx + 50, y + 13, 8, 8, fill=TEAL)
    pg.t(lx + 61, y + 20.5, '技術系', 'G', 8, line=ln)
    pg.lines[ln][0] = [' '.join(pg.lines[ln][0])]
    y += 30
    x0, scale, pitch, bh = X + 92, 17.0, 21.0, 14.0
    top = y
    for r in f['hiring']['rows']:
        ln = pg.L(4)
        pl = r['planned']
        pg.t(X, y + 10.5, r['labelText'], 'G', 8.5, line=ln, cell=0)
        a, t = r['admin'], r['tech']
        wa, wt = a['count'] * scale, t['count'] * scale
        pg.rect(x0, y + 1, wa, bh, fill=LNAVY if pl else NAVY, stroke=NAVY if pl else None, dash=(2, 1.5) if pl else None)
        pg.rect(x0 + wa, y + 1, wt, bh, fill=LTEAL if pl else TEAL, stroke=TEAL if pl else None, dash=(2, 1.5) if pl else None)
        col = K if pl else WHITE
        pg.t(x0 + wa / 2, y + 11, a['text'], 'G', 8, col, align='c', line=ln, cell=1)
        pg.t(x0 + wa + wt / 2, y + 11, t['text'], 'G', 8, col, align='c', line=ln, cell=2)
        pg.t(x0 + wa + wt + 5, y + 11, r['total']['text'], 'G', 8.5, NAVY, line=ln, cell=3)
        y += pitch
    for v in (5, 10, 15):
        pg.vl(x0 + v * scale, top - 2, y, 0.3, GREY, dash=(1, 2))
    pg.vl(x0, top - 2, y, 0.8, K)
    ln = pg.L()
    for v in (0, 5, 10, 15):
        pg.t(x0 + v * scale, y + 9, str(v), 'M', 7, GREY, align='c', line=ln)
    pg.t(x0 + 15 * scale + 8, y + 9, '（人）', 'M', 7, GREY, line=ln)
    pg.lines[ln][0] = [' '.join(pg.lines[ln][0])]
    y = pg.para(X, y + 16, W, '※' + f['hiring']['note'], 'M', 8, 12)
    # two columns: assignments (two halves) | exams
    yc = y + 8
    LW, RX = 240, X + 252
    RW = X + W - RX
    y = jfa_head(pg, X, yc, LW, '配属実績')
    y = pg.para(X, y, LW, f['assignments']['intro'], 'M', 8.5, 13)
    rows = f['assignments']['rows']
    hw = (LW - 10) / 2
    for half, sub in enumerate((rows[:5], rows[5:])):
        body = [['配属先', '事務系', '技術系']] + [[r['unit'], fw(r['admin']) if r['admin'] else '',
                                                   fw(r['tech']) if r['tech'] else ''] for r in sub]
        yb = table(pg, X + half * (hw + 10), y + 4, [hw - 60, 30, 30], body, size=8, rules='h',
                   head_fill=SAND, align=['l', 'c', 'c'], pad=3, lead=11, line_color=NAVY)
    pg.t(X + LW, yb + 11, '（単位：人）', 'M', 7.5, align='r')
    y = jfa_head(pg, RX, yc, RW, '試験区分')
    y = pg.para(RX, y, RW, f['exams']['title'], 'M', 8.5, 13)
    ex = f['exams']['entries']
    cell = lambda en: '\n'.join(f"{b['category']}　{fw(b['count'])}名" for b in en['breakdown'])
    body = [['採用\n区分', '試験の\n程度', '試験区分と\n採用予定数'],
            ['事務系', '大卒程度\n試験', cell(ex[0])], [None, '院卒程度\n試験', cell(ex[1])],
            ['技術系', '大卒程度\n試験', cell(ex[2])], [None, '院卒程度\n試験', cell(ex[3])]]
    ye = table(pg, RX, y + 4, [36, 54, RW - 90], body, size=8, rules='grid', head_fill=SAND,
               align=['c', 'c', 'l'], pad=3.5, lead=11, spans={(1, 0): 2, (3, 0): 2}, line_color=NAVY,
               cell_fonts={(1, 0): 'G', (3, 0): 'G'})
    # full-width band (main column + under the strip): the main jobs, 4 tinted boxes
    y = jfa_head(pg, 26, max(ye, yb + 14) + 18, 541, '水産庁の主な仕事')
    jobs = [('水産資源の管理', '資源評価に基づいて漁獲可能量を定め、数量管理を全国で進めます。'),
            ('国際交渉', 'まぐろ類やさんまなどの国際資源について、関係国と交渉します。'),
            ('漁港・漁場の整備', '漁港の防災対策や藻場の保全など、生産の基盤を整えます。'),
            ('水産物の流通・加工', '産地市場の機能強化や輸出の拡大を後押しします。')]
    bw = (541 - 30) / 4
    for i, (tt, tx) in enumerate(jobs):
        bx = 26 + i * (bw + 10)
        pg.rect(bx, y + 2, bw, 84, fill=SAND)
        yy = pg.para(bx + 8, y + 10, bw - 16, tt, 'G', 9.5, 15, NAVY)
        pg.para(bx + 8, yy + 2, bw - 16, tx, 'M', 8, 12.5)
    # --- p2
    pg = p2
    X, W = 40, 515
    y = jfa_head(pg, X, 36, W, '水産庁の働き方')
    y = pg.para(X, y, W, f['initiativesIntro'], 'M', 9, 14)
    cw, gap = (W - 20) / 3, 10
    caps = ['漁村での現地研修（長崎県五島市）', '国際会議に向けた打合せ', 'タブレットでの漁獲データ確認']
    ys = []
    for i, it in enumerate(f['initiatives']):
        cx = X + i * (cw + gap)
        pg.rect(cx, y + 6, cw, 78, fill=(0.85, 0.87, 0.89))
        yy = pg.para(cx, y + 88, cw, caps[i], 'M', 7.5, 11, GREY)
        yy = pg.para(cx, yy + 4, cw, it['title'], 'G', 10, 15, NAVY)
        yy = pg.para(cx, yy, cw, it['text'], 'M', 8.5, 13.5)
        ys.append(yy)
    y = max(ys) + 12
    LW = 300
    RX, RW = X + LW + 15, W - LW - 15
    ytop = y
    y = jfa_head(pg, X, ytop, LW, f['training']['title'])
    for ptxt in f['training']['paragraphs']:
        y = pg.para(X, y, LW, ptxt, 'M', 9, 15) + 4
    y = pg.para(X, y + 4, LW, 'キャリアパスの例', 'G', 9, 14, NAVY)
    cp = [['1〜2年目', '本庁の係員として法令改正や予算の実務を経験'],
          ['3〜4年目', '県の水産部局や漁業調整事務所へ出向'],
          ['5〜7年目', '係長として資源管理の制度設計を担当'],
          ['8年目〜', '国際交渉の担当や在外公館での勤務']]
    y = table(pg, X, y + 2, [58, LW - 58], cp, size=8, nhead=0, rules='h', align=['c', 'l'],
              line_color=LNAVY, lead=11, cell_fonts={(r, 0): 'G' for r in range(4)})
    # support sidebar (tinted)
    sy = ytop
    items = f['supportSystems']
    pg.rect(RX, sy, RW, 250, fill=SAND)
    yy = pg.para(RX + 10, sy + 10, RW - 20, f['supportTitle'], 'G', 10.5, 16, NAVY)
    for s in items:
        yy = pg.para(RX + 10, yy + 4, RW - 20, f"●{s['name']}（{s['duration']}）", 'G', 8.5, 13)
        yy = pg.para(RX + 20, yy, RW - 30, s['text'], 'M', 8, 12.5)
    if yy > sy + 246:
        raise Refuse('jfa support box too short')
    y = max(y, sy + 250) + 16
    # contacts + access box
    boxtop = y
    bx, by = X + 12, y + 10
    CW = 250
    yy = jfa_head(pg, bx, by, CW, '採用担当')
    for c in f['contacts']:
        yy = pg.para(bx, yy, CW, f"【{c['track']}】", 'G', 8.5, 13, NAVY)
        yy = pg.para(bx + 8, yy, CW - 8, f"{c['office']}（{c['location']}）", 'M', 8.5, 13)
        for tno in c['tel']:
            yy = pg.para(bx + 8, yy, CW - 8, 'TEL ' + tno, 'M', 8.5, 13)
        for m in c['email']:
            yy = pg.para(bx + 8, yy, CW - 8, 'E-mail ' + m, 'M', 8.5, 13)
        yy += 4
    ax = bx + CW + 18
    AW = X + W - 12 - ax
    ya = jfa_head(pg, ax, by, AW, 'アクセス')
    ya = pg.para(ax, ya, AW, f['access']['address'], 'M', 8.5, 13)
    for r in f['access']['routes']:
        ya = pg.para(ax, ya + 2, AW, '■' + r, 'M', 8.5, 13)
    yend = max(yy, ya) + 8
    pg.rect(X, boxtop, W, yend - boxtop, stroke=NAVY, lw=0.8)
    pg.t(X + W, yend + 16, '水産庁ウェブサイト https://www.jfa.maff.go.jp/', 'M', 8, GREY, align='r')
    return [p1, p2]


# ================================================================ こども家庭庁 cfa-2026
ORANGE = (0.91, 0.45, 0.22)
LORANGE = (0.99, 0.92, 0.86)
BROWN = (0.35, 0.22, 0.15)
CREAM = (1.0, 0.97, 0.93)


def cfa_facts():
    data = [(2023, '令和5年度', '令和5年度※1', (4, 6), (1, 2)), (2024, '令和6年度', '令和6年度', (5, 6), (2, 1)),
            (2025, '令和7年度', '令和7年度', (4, 7), (2, 2)), (2026, '令和8年度', '令和8年度（予定）※2', (5, 6), (1, 2))]
    rows = []
    for fy, lab, lt, (am, aw), (tm, tw) in data:
        texts = {'admin': f'男性{am}名・女性{aw}名', 'tech': f'男性{tm}名・女性{tw}名',
                 'total': f'{am + aw + tm + tw}名（うち女性{aw + tw}名）'}
        rows.append(hrow(fy, lab, lt, fy == 2026, (am + aw, aw), (tm + tw, tw), texts))
    units = [('長官官房総務課', 2, None), ('長官官房経理室', 1, None), ('成育局総務課', 1, None),
             ('成育局保育政策課', 2, None), ('成育局母子保健課', None, 2), ('成育局安全対策課', 1, None),
             ('支援局虐待防止対策課', 2, 1), ('支援局家庭福祉課', 1, None), ('支援局障害児支援課', 1, 1)]
    exams = exam_entries([
        ('事務系', '大卒程度試験', [('法律', 3), ('経済', 2), ('政治・国際', 1), ('教養', 1)], '法律：3名、経済：2名、政治・国際：1名、教養：1名'),
        ('事務系', '院卒程度試験', [('行政', 3), ('法務', 1)], '行政：3名、法務：1名'),
        ('技術系', '大卒程度試験', [('人間科学', 1), ('デジタル', 1)], '人間科学：1名、デジタル：1名'),
        ('技術系', '院卒程度試験', [('人間科学', 1)], '人間科学：1名')])
    sup = [('産前・産後休暇', '産前6週間（多胎妊娠の場合は14週間）・産後8週間',
            '出産予定日の6週間前から請求により取得できます。産後8週間は就業できません。'),
           ('育児休業', '子が3歳に達するまで', '男女とも取得でき、2回まで分割して取得することもできます。'),
           ('育児時間', '子が小学校就学まで、1日2時間まで', '勤務時間の始めや終わりに、30分単位で勤務しないことができます。'),
           ('子の看護等休暇', '年5日（子が2人以上の場合は年10日）', '子の病気や予防接種のほか、学級閉鎖や入学式への出席にも使えます。'),
           ('配偶者出産休暇', '2日', '妻の出産の前後に、入院の付添いや手続のために取得できます。')]
    return {
        'fixture': 'cfa-2026', 'organization': 'こども家庭庁', 'document': '国家公務員総合職 採用案内',
        'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '令和8年3月現在'},
        'pages': 3,
        'hiring': {
            'intro': ['総合職の採用者数（各年度4月1日採用）'],
            'note': ['※1 令和5年度は、こども家庭庁発足（令和5年4月1日）時の採用者数です。',
                     '※2 令和8年度は、令和8年3月1日現在の採用予定数です。'],
            'tracks': {'admin': '事務系', 'tech': '技術系'},
            'layout': 'grid, years as rows (令和5年度※1 … 令和8年度（予定）※2), header cells on two lines '
                      '(事務系/（行政・法律・経済 等）, 合計/（うち女性）); 事務系 and 技術系 cells written 男性4名・女性6名 '
                      '(count = 男性 + 女性), 合計 cell 13名（うち女性8名）; footnote markers in the labels',
            'rows': rows},
        'exams': {'title': '令和8年度採用予定者の試験区分', 'fiscalYear': 2026, 'entries': exams,
                  'textSynthesised': True,
                  'layout': 'matrix: rows = categories under full-width shaded track rows (事務系 / 技術系 span all '
                            'columns), columns 大卒程度/試験 | 院卒程度/試験 | 計 (2-line header), full-width digits, '
                            '－ for none, a 合計 row; entries[].text synthesised'},
        'contacts': [
            {'track': '総合職事務系', 'office': '長官官房総務課 人事係', 'location': '中央合同庁舎第4号館6階',
             'tel': ['03-6771-8030（内線5215）'], 'email': ['cfa-saiyo@cfa.go.jp']},
            {'track': '総合職技術系（人間科学・デジタル）', 'office': '成育局母子保健課', 'location': '中央合同庁舎第4号館7階',
             'tel': ['03-6771-8030（内線5742）'], 'email': ['cfa-gijutsu@cfa.go.jp']}],
        'access': {
            'address': '〒100-0013 東京都千代田区霞が関3-1-1 中央合同庁舎第4号館',
            'routes': ['東京メトロ丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A13出口 徒歩約5分',
                       '東京メトロ銀座線『虎ノ門』駅 6番出口 徒歩約5分',
                       '東京メトロ丸ノ内線・千代田線『国会議事堂前』駅 3番出口 徒歩約8分']},
        'assignments': {
            'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（令和8年3月1日現在）',
            'tracks': {'admin': '事務系', 'tech': '技術系'},
            'layout': 'header on two lines (配属先/（局・課室）, 事務系/（人）, 技術系/（人）); unit cells on two lines '
                      '(局 / 課, joined in the expected text), dotted horizontal rules, empty cells; the intro wraps '
                      'over two lines',
            'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units],
            'totals': {'admin': 11, 'tech': 4}},
        'lead': {'title': 'こどもまんなか社会を、制度から形にする。',
                 'text': ['こども家庭庁は、令和5年4月に発足した新しい役所です。妊娠・出産から子育て、こどもの居場所づくり、'
                          '児童虐待の防止や障害のあるこどもへの支援まで、これまで複数の府省にまたがっていた施策をひとつに'
                          'まとめ、こどもの視点に立って進めています。',
                          'こどもや若者の声を直接聴き、政策に反映することも私たちの大切な仕事です。新しい組織を一緒に'
                          'つくっていく仲間を待っています。']},
        'initiativesIntro': None,
        'initiatives': [
            {'title': 'こども・若者の意見を聴く',
             'text': '若手職員が全国のこどもや若者と意見交換を行い、聴いた声を政策の検討に生かしています。'},
            {'title': 'フレックスタイムとテレワーク',
             'text': 'コアタイムなしのフレックスタイム制と、週3日までの在宅勤務を組み合わせて働けます。'},
            {'title': '育児中の職員の時差出勤',
             'text': '保育園の送迎に合わせて、7時から11時の間で始業時刻を選ぶことができます。'},
            {'title': 'チャットによる業務連絡',
             'text': '庁内の連絡はビジネスチャットが中心で、メールや紙の回覧を大幅に減らしました。'}],
        'supportTitle': '仕事と子育ての両立支援',
        'supportSystems': [{'name': n, 'duration': d, 'text': t} for n, d, t in sup],
        'supportSource': '',
        'training': {'title': '研修制度',
                     'paragraphs': ['入庁後は内閣府などと合同の初任者研修に参加し、政策立案の基礎を学びます。あわせて、'
                                    '保育所や児童相談所での現場実習を行い、支援の現場を自分の目で確かめます。',
                                    '2年目以降は、地方自治体への出向や海外の大学院への留学など、専門性を高める機会があります。']},
    }


def cfa_furniture(pg, n):
    pg.t(50, 30, 'こども家庭庁　総合職採用案内 2026', 'G', 7.5, GREY, furn=True)
    pg.hl(50, 545, 36, 0.5, ORANGE)
    pg.circle(297.64, 812, 9, fill=ORANGE)
    pg.t(297.64, 815, str(n), 'G', 9, WHITE, align='c', furn=True)


def cfa_head(pg, x, y, w, text):
    pg.rect(x, y, 4, 15, fill=ORANGE)
    pg.t(x + 10, y + 12, text, 'G', 12, BROWN)
    pg.hl(x, x + w, y + 19, 0.4, ORANGE, dash=(2, 2))
    return y + 27


def cfa_pages(f):
    pages = [Page(), Page(), Page()]
    for i, pg in enumerate(pages):
        cfa_furniture(pg, i + 1)
    X, W = 50, 495
    # ---- p1: cover
    pg = pages[0]
    pg.t(X, 62, 'Children and Families Agency', 'G', 9, ORANGE)
    pg.t(X, 98, 'こども家庭庁', 'G', 30, BROWN)
    pg.t(X, 122, '国家公務員総合職 採用案内 2026', 'G', 13, BROWN)
    pg.t(X + W, 142, f['edition']['asOfText'], 'M', 9, align='r')
    pg.rect(X, 152, W, 130, fill=(0.90, 0.88, 0.86), r=6)
    pg.t(X + W, 294, 'こども・若者との意見交換会の様子（令和7年11月）', 'M', 7.5, GREY, align='r')
    LW = 305
    y = pg.para(X, 312, LW, f['lead']['title'], 'G', 14, 21, ORANGE)
    for ptxt in f['lead']['text']:
        y = pg.para(X, y + 4, LW, ptxt, 'M', 9, 15.5)
    SX, SW = X + LW + 15, W - LW - 15
    org = [('長官官房', '庁全体の総合調整や広報、こどもの意見を政策に反映する仕組みづくりを担います。'),
           ('成育局', '妊娠・出産から保育、こどもの居場所づくりまで、すべてのこどもの育ちを支えます。'),
           ('支援局', '児童虐待の防止や社会的養護、障害児支援など、困難を抱えるこどもと家庭を支えます。')]
    yy = pg.para(SX + 10, 322, SW - 20, 'こども家庭庁の組織', 'G', 10, 16, BROWN)
    for nm, tx in org:
        yy = pg.para(SX + 10, yy + 4, SW - 20, '▶' + nm, 'G', 8.5, 13, ORANGE)
        yy = pg.para(SX + 10, yy, SW - 20, tx, 'M', 8, 12.5)
    yy = pg.para(SX + 10, yy + 6, SW - 20, '発足　令和5年4月1日', 'G', 8, 12.5)
    pg.rect(SX, 312, SW, yy + 8 - 312, fill=LORANGE, r=5)
    y = max(y, yy + 8) + 18
    y = cfa_head(pg, X, y, W, 'こどもまんなかの働き方')
    cw = (W - 20) / 2
    its = f['initiatives']
    for col in range(2):
        cx = X + col * (cw + 20)
        yy = y
        for it in its[col * 2: col * 2 + 2]:
            y0 = yy
            yy = pg.para(cx + 10, yy + 2, cw - 10, it['title'], 'G', 10, 16, BROWN)
            yy = pg.para(cx + 10, yy, cw - 10, it['text'], 'M', 8.5, 14)
            pg.rect(cx, y0 + 4, 3, yy - y0 - 6, fill=ORANGE)
            yy += 10
    # ---- p2: data
    pg = pages[1]
    y = cfa_head(pg, X, 52, W, '採用実績')
    y = pg.para(X, y, W, f['hiring']['intro'][0], 'M', 8.5, 14)
    body = [['採用年度', '事務系\n（行政・法律・経済 等）', '技術系\n（人間科学・デジタル 等）', '合計\n（うち女性）']]
    for r in f['hiring']['rows']:
        body.append([r['labelText'], r['admin']['text'], r['tech']['text'], r['total']['text']])
    y = table(pg, X, y + 2, [105, 135, 135, 120], body, size=8.5, rules='grid', head_fill=LORANGE,
              align=['l', 'c', 'c', 'c'], pad=4, lead=12, line_color=(0.6, 0.45, 0.35),
              cell_fonts={(r, 0): 'G' for r in range(1, 5)})
    for ntxt in f['hiring']['note']:
        y = pg.para(X, y + 2, W, ntxt, 'M', 7.5, 11)
    yc = y + 14
    LW = 235
    RX, RW = X + LW + 20, W - LW - 20
    y = cfa_head(pg, X, yc, LW, '配属実績')
    intro = f['assignments']['intro']
    k = intro.index('（')
    y = pg.para(X, y, LW, intro[:k], 'M', 8.5, 13)
    y = pg.para(X, y, LW, intro[k:], 'M', 8.5, 13)
    body = [['配属先\n（局・課室）', '事務系\n（人）', '技術系\n（人）']]
    for r in f['assignments']['rows']:
        u = r['unit']
        k = 4 if u.startswith('長官官房') else 3
        body.append([u[:k] + '\n' + u[k:], fw(r['admin']) if r['admin'] else '', fw(r['tech']) if r['tech'] else ''])
    ya = table(pg, X, y + 4, [LW - 100, 50, 50], body, size=8, rules='h', dotted=True, head_fill=LORANGE,
               align=['l', 'c', 'c'], pad=3, lead=10.5, line_color=(0.6, 0.45, 0.35))
    y = cfa_head(pg, RX, yc, RW, '試験区分')
    y = pg.para(RX, y, RW, f['exams']['title'] + '（単位：人）', 'M', 8.5, 13)
    ex = f['exams']['entries']
    cats = {}
    for en in ex:
        for b in en['breakdown']:
            d = cats.setdefault((en['track'], b['category']), [0, 0])
            d[0 if '大卒' in en['exam'] else 1] += b['count']
    body = [['試験区分', '大卒程度\n試験', '院卒程度\n試験', '計']]
    fills, cspans, cf = {}, {}, {}
    tot = [0, 0]
    for trk in ('事務系', '技術系'):
        fills[len(body)] = (0.96, 0.90, 0.84)
        cspans[(len(body), 0)] = 4
        cf[(len(body), 0)] = 'G'
        body.append([trk, '', '', ''])
        for (t, c), (u, g) in cats.items():
            if t == trk:
                body.append([c, fw(u) if u else '－', fw(g) if g else '－', fw(u + g)])
                tot[0] += u; tot[1] += g
    fills[len(body)] = LORANGE
    cf[(len(body), 0)] = 'G'
    body.append(['合計', fw(tot[0]), fw(tot[1]), fw(tot[0] + tot[1])])
    ye = table(pg, RX, y + 4, [RW - 126, 42, 42, 42], body, size=8, rules='grid', head_fill=LORANGE,
               align=['l', 'c', 'c', 'c'], pad=3, lead=10.5, fills=fills, cspans=cspans, cell_fonts=cf,
               line_color=(0.6, 0.45, 0.35))
    y = cfa_head(pg, X, max(ya, ye) + 20, W, f['training']['title'])
    TW = 300
    yt = y
    for ptxt in f['training']['paragraphs']:
        y = pg.para(X, y, TW, ptxt, 'M', 9, 15) + 4
    pg.rect(X + TW + 20, yt + 2, W - TW - 20, 96, fill=(0.90, 0.88, 0.86), r=4)
    pg.para(X + TW + 20, yt + 102, W - TW - 20, '児童相談所での現場実習（1年目）', 'M', 7.5, 11, GREY)
    # ---- p3
    pg = pages[2]
    y = cfa_head(pg, X, 52, W, f['supportTitle'])
    body = [['制度', '期間', '内容']]
    for s in f['supportSystems']:
        body.append([s['name'], '\n'.join(wrap(s['duration'], 'M', 8, 130)), '\n'.join(wrap(s['text'], 'M', 8, 225))])
    y = table(pg, X, y + 2, [110, 140, 245], body, size=8, rules='h', head_fill=LORANGE, zebra=CREAM,
              align=['l', 'l', 'l'], pad=4, lead=11.5, line_color=(0.6, 0.45, 0.35),
              cell_fonts={(r, 0): 'G' for r in range(1, 6)})
    y = cfa_head(pg, X, y + 20, W, 'Q&A')
    qa = [('文系の出身ですが、技術系の職員と一緒に働く機会はありますか？',
           'はい。母子保健や障害児支援の分野では、人間科学やデジタルの区分で採用された職員と同じチームで政策をつくります。'),
          ('こどもに関わる現場の経験がなくても大丈夫ですか？',
           '入庁後の現場実習や自治体への出向で経験を積めます。現場の声を聴こうとする姿勢を大切にしています。'),
          ('他府省から来た職員も多いのですか？',
           '発足から間もないため、厚生労働省や内閣府などから来た職員と、プロパーの職員がともに働いています。')]
    for q, a in qa:
        y = pg.para(X, y, W, 'Q．' + q, 'G', 9, 14, ORANGE)
        y = pg.para(X + 14, y, W - 14, 'A．' + a, 'M', 8.5, 14) + 6
    yc = y + 12
    LW = 250
    y = cfa_head(pg, X, yc, LW, '採用窓口')
    for c in f['contacts']:
        y = pg.para(X, y, LW, f"■{c['track']}", 'G', 8.5, 13, BROWN)
        y = pg.para(X + 10, y, LW - 10, c['office'], 'M', 8.5, 13)
        y = pg.para(X + 10, y, LW - 10, c['location'], 'M', 8.5, 13)
        for tno in c['tel']:
            y = pg.para(X + 10, y, LW - 10, '電話　' + tno, 'M', 8.5, 13)
        for m in c['email']:
            y = pg.para(X + 10, y, LW - 10, 'メール　' + m, 'M', 8.5, 13)
        y += 6
    RX = X + LW + 20
    RW = W - LW - 20
    ya = cfa_head(pg, RX, yc, RW, 'アクセス')
    ya = pg.para(RX, ya, RW, f['access']['address'], 'M', 8.5, 13)
    for r in f['access']['routes']:
        ya = pg.para(RX, ya + 2, RW, '・' + r, 'M', 8.5, 13)
    pg.rect(RX, ya + 6, RW, 70, fill=(0.92, 0.92, 0.90), stroke=GREY, lw=0.4)
    if max(y, ya + 76) > 790:
        raise Refuse('cfa p3 too long')
    return pages


# ================================================================ 復興庁 fukko-2025
GREEN = (0.05, 0.38, 0.33)
LGREEN = (0.88, 0.94, 0.91)
MGREEN = (0.55, 0.72, 0.66)


def fukko_facts():
    data = [(2021, 'R3', (4, 2), (1, 0)), (2022, 'R4', (5, 2), (2, 1)), (2023, 'R5', (4, 1), (1, 1)),
            (2024, 'R6', (5, 3), (2, 1)), (2025, 'R7予定', (5, 2), (2, 1))]
    rows = [hrow(fy, f'{fy}年度', f'{fy}年度（{r}）', fy == 2025, a, t) for fy, r, a, t in data]
    units = [('統括官付（予算・会計）', 1, None), ('統括官付（法令・制度）', 1, None),
             ('統括官付（原子力災害復興）', 1, 1), ('宮城復興局', 1, None), ('福島復興局', 1, 1)]
    exams = exam_entries([
        ('事務系', '大卒程度試験', [('法律', 2), ('経済', 1)], '法律2名・経済1名'),
        ('事務系', '院卒程度試験', [('行政', 1), ('法務', 1)], '行政1名・法務1名'),
        ('技術系', '大卒程度試験', [('工学', 1)], '工学1名'),
        ('技術系', '院卒程度試験', [('農業科学・水産', 1)], '農業科学・水産1名')])
    return {
        'fixture': 'fukko-2025', 'organization': '復興庁', 'document': '国家公務員総合職 採用案内',
        'edition': {'year': 2025, 'asOf': '2025-05', 'asOfText': '2025年5月'},
        'pages': 2,
        'hiring': {
            'intro': ['総合職の採用者数（年度別）'],
            'note': ['※ R7予定は、2025年4月1日時点の採用予定数です。',
                     '※ このほか、各府省や地方公共団体からの出向者が多く在籍しています。'],
            'tracks': {'admin': '事務系', 'tech': '技術系'},
            'textSynthesised': True,
            'layout': 'transposed: years as COLUMNS (2-line header cells 2021年度/（R3） … 2025年度/（R7予定）), '
                      'two row groups: 採用者数 (spanning 事務系 / 技術系 / 合計) and うち女性 (spanning 事務系 / '
                      '技術系 / 合計), plain numbers, horizontal rules, thick rule between the groups; text synthesised',
            'rows': rows},
        'exams': {'title': '2025年度採用予定者の試験区分', 'fiscalYear': 2025, 'entries': exams,
                  'layout': 'one paragraph per track: 【事務系】大卒程度試験：法律2名・経済1名／院卒程度試験：… '
                            '(both levels in one line that wraps)'},
        'contacts': [
            {'track': '総合職事務系', 'office': '統括官付 参事官（総括・人事）', 'location': '中央合同庁舎第4号館10階',
             'tel': ['03-6328-1111（内線3121）'], 'email': ['fukko-saiyo@reconstruction.go.jp']},
            {'track': '総合職技術系', 'office': '統括官付 参事官（インフラ・まちづくり）', 'location': '中央合同庁舎第4号館10階',
             'tel': ['03-6328-1111（内線3287）'], 'email': ['fukko-gijutsu@reconstruction.go.jp']}],
        'access': {
            'address': '〒100-0013 東京都千代田区霞が関3-1-1 中央合同庁舎第4号館',
            'routes': ['東京メトロ丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A13出口 徒歩約5分',
                       '東京メトロ丸ノ内線・千代田線『国会議事堂前』駅 3番出口 徒歩約8分',
                       '東京メトロ銀座線・南北線『溜池山王』駅 7番出口 徒歩約10分']},
        'assignments': {
            'cohortFiscalYear': 2024, 'intro': '2024年度採用者の配属先（2025年4月1日現在）',
            'tracks': {'admin': '事務系', 'tech': '技術系'},
            'layout': 'no rules, zebra rows, counts written with 名 in full-width digits (１名), empty cells',
            'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units],
            'totals': {'admin': 5, 'tech': 2}},
        'lead': {'title': '被災地の「これから」を、国の立場から支える。',
                 'text': ['復興庁は、東日本大震災からの復興を成し遂げるために設置された組織です。被災した方々の生活再建、'
                          '産業となりわいの再生、原子力災害からの復興・再生に向けて、関係府省や自治体と力を合わせて'
                          '政策を進めています。現地の復興局と本庁が一体となり、地域の声を施策に結びつけます。']},
        'initiativesIntro': None,
        'initiatives': [
            {'title': '現地で学ぶ復興の今',
             'text': '入庁1年目に岩手・宮城・福島の各復興局を訪れ、自治体や事業者の方から直接お話を伺います。'},
            {'title': 'テレワークと出張の両立',
             'text': '現地出張の多い職場のため、移動中や出張先からもオンラインで会議や決裁ができる環境を整えています。'},
            {'title': '会議資料のスリム化',
             'text': '会議資料の枚数に上限を設け、説明のための資料作りに追われない働き方を目指しています。'}],
        'supportTitle': '両立支援制度',
        'supportSystems': [
            {'name': '産前・産後休暇', 'duration': '産前6週間、産後8週間',
             'text': '多胎妊娠の場合は産前14週間。男性職員には配偶者出産休暇もあります。'},
            {'name': '育児休業', 'duration': '子が3歳に達するまで', 'text': '男女とも取得でき、2回まで分割できます。'},
            {'name': '育児短時間勤務', 'duration': '子が小学校就学まで', 'text': '週19時間25分から選べる勤務形態です。'},
            {'name': '介護休暇', 'duration': '通算6月まで', 'text': '3回まで分割して取得できます。'}],
        'supportSource': '',
        'training': {'title': '研修・キャリア',
                     'paragraphs': ['入庁後は内閣府の初任者研修に参加したあと、本庁の各班で法令や予算の実務を学びます。',
                                    '2年目以降は復興局での勤務や被災自治体への出向を経験し、現場と政策の両方を知る'
                                    '行政官を目指します。']},
    }


def fukko_head(pg, x, y, w, text):
    tw = pg.t(x, y + 12, text, 'G', 11.5, GREEN)
    pg.hl(x, x + tw, y + 17, 2.2, GREEN)
    pg.hl(x + tw, x + w, y + 17.6, 0.4, MGREEN)
    return y + 26


def fukko_pages(f):
    p1, p2 = Page(), Page()
    X, W = 40, 515
    pg = p1
    pg.t(X, 56, 'Reconstruction Agency', 'G', 9, GREEN)
    pg.t(X, 90, '復興庁', 'G', 28, GREEN, mode=2)
    pg.t(X, 112, '国家公務員総合職 採用案内 2025', 'G', 12)
    pg.hl(X, X + W, 121, 2.5, GREEN)
    pg.hl(X, X + W, 124.5, 0.5, GREEN)
    pg.t(X + W, 138, f['edition']['asOfText'], 'M', 9, align='r')
    y = pg.para(X, 146, W, f['lead']['title'], 'G', 14, 21, GREEN)
    y = pg.para(X, y + 2, W, f['lead']['text'][0], 'M', 9.2, 15.5)
    top = y + 12
    MW = 340
    SX, SW = X + MW + 14, W - MW - 14
    # main column
    y = fukko_head(pg, X, top, MW, '採用実績')
    y = pg.para(X, y, MW, f['hiring']['intro'][0] + '（単位：人）', 'M', 8.5, 13)
    rows = f['hiring']['rows']
    hdr = ['区分', None] + [r['label'] + '\n' + r['labelText'][len(r['label']):] for r in rows]
    body = [hdr]
    for grp, part in (('採用者数', 'count'), ('うち女性', 'women')):
        for i, (nm, key) in enumerate((('事務系', 'admin'), ('技術系', 'tech'), ('合計', 'total'))):
            body.append([grp if i == 0 else None, nm] + [str(r[key][part]) for r in rows])
    cf = {(r, c): 'G' for r in range(1, 7) for c in (0, 1)}
    fills = {3: LGREEN, 6: LGREEN}
    y = table(pg, X, y + 2, [44, 36] + [52] * 5, body, size=8, rules='h', head_fill=(0.80, 0.89, 0.85),
              align=['c', 'c'] + ['r'] * 5, pad=4, lead=11, spans={(1, 0): 3, (4, 0): 3}, cspans={(0, 0): 2},
              thick={1, 4}, line_color=GREEN, cell_fonts=cf, fills=fills)
    for ntxt in f['hiring']['note']:
        y = pg.para(X, y + 2, MW, ntxt, 'M', 7.5, 11)
    y = fukko_head(pg, X, y + 14, MW, '配属実績')
    y = pg.para(X, y, MW, f['assignments']['intro'], 'M', 8.5, 13)
    body = [['配属先', '事務系', '技術系']]
    for r in f['assignments']['rows']:
        body.append([r['unit'], fw(r['admin']) + '名' if r['admin'] else '', fw(r['tech']) + '名' if r['tech'] else ''])
    y = table(pg, X, y + 2, [200, 70, 70], body, size=8.5, rules='none', head_fill=(0.80, 0.89, 0.85),
              zebra=LGREEN, align=['l', 'r', 'r'], pad=5, lead=12)
    y = fukko_head(pg, X, y + 14, MW, '試験区分')
    y = pg.para(X, y, MW, f['exams']['title'], 'M', 8.5, 13)
    ex = f['exams']['entries']
    for trk in ('事務系', '技術系'):
        parts = [f"{en['exam']}：{en['text']}" for en in ex if en['track'] == trk]
        y = pg.para(X, y + 3, MW, f'【{trk}】' + '／'.join(parts), 'M', 8.8, 14)
    mainbottom = y
    # sidebar
    yy = top + 10
    yy = fukko_head(pg, SX + 10, yy, SW - 20, '採用担当')
    IW = SW - 20
    for c in f['contacts']:
        yy = pg.para(SX + 10, yy, IW, f"【{c['track']}】", 'G', 8.5, 13, GREEN)
        yy = pg.para(SX + 10, yy, IW, c['office'], 'M', 8, 12)
        yy = pg.para(SX + 10, yy, IW, c['location'], 'M', 8, 12)
        for tno in c['tel']:
            yy = pg.para(SX + 10, yy, IW, 'TEL：' + tno, 'M', 8, 12)
        yy = pg.para(SX + 10, yy, IW, 'E-mail：', 'M', 8, 12)
        for m in c['email']:
            yy = pg.para(SX + 10, yy, IW, m, 'M', 7.5, 12)
        yy += 8
    yy = fukko_head(pg, SX + 10, yy + 4, SW - 20, 'アクセス')
    yy = pg.para(SX + 10, yy, IW, f['access']['address'], 'M', 8, 12.5)
    for r in f['access']['routes']:
        yy = pg.para(SX + 10, yy + 3, IW, '●' + r, 'M', 8, 12.5)
    yy = fukko_head(pg, SX + 10, yy + 12, SW - 20, '業務説明会')
    yy = pg.para(SX + 10, yy, IW, '2025年6月から毎月、オンラインの業務説明会を開催します。日程は復興庁ウェブサイトでお知らせします。',
                 'M', 8, 12.5)
    end = max(yy, mainbottom) + 12
    pg.rect(SX, top, SW, end - top, fill=LGREEN)
    if end > 830:
        raise Refuse('fukko p1 too long')
    # ---- p2
    pg = p2
    y = fukko_head(pg, X, 40, W, '復興庁の働き方')
    cw = (W - 30) / 3
    ys = []
    for i, it in enumerate(f['initiatives']):
        cx = X + i * (cw + 15)
        pg.circle(cx + 14, y + 16, 13, fill=GREEN)
        pg.t(cx + 14, y + 20, f'0{i + 1}', 'G', 11, WHITE, align='c')
        yy = pg.para(cx, y + 36, cw, it['title'], 'G', 10, 15, GREEN)
        ys.append(pg.para(cx, yy + 2, cw, it['text'], 'M', 8.5, 14))
    y = max(ys) + 16
    y = fukko_head(pg, X, y, W, f['supportTitle'])
    body = [['制度', '期間', '内容']] + [[s['name'], s['duration'], s['text']] for s in f['supportSystems']]
    y = table(pg, X, y + 2, [100, 115, W - 215], body, size=8.5, rules='none', head_fill=(0.80, 0.89, 0.85),
              align=['l', 'l', 'l'], pad=5, lead=12, cell_fonts={(r, 0): 'G' for r in range(1, 5)},
              zebra=LGREEN)
    y = fukko_head(pg, X, y + 18, W, f['training']['title'])
    TW = 290
    yt = y
    for ptxt in f['training']['paragraphs']:
        y = pg.para(X, y, TW, ptxt, 'M', 9, 15) + 4
    px = X + TW + 20
    pw = (W - TW - 30) / 2
    for i, cap in enumerate(['福島県浜通り地域での現地調査', '復興局での打合せ']):
        pg.rect(px + i * (pw + 10), yt + 2, pw, 80, fill=(0.86, 0.88, 0.87))
        pg.para(px + i * (pw + 10), yt + 86, pw, cap, 'M', 7.5, 11, GREY)
    y = max(y, yt + 110) + 14
    y = fukko_head(pg, X, y, W, '復興庁のあゆみ')
    hist = [['年月', 'できごと'],
            ['2012年2月', '復興庁発足（設置期限は2021年3月末）'],
            ['2016年4月', '「復興・創生期間」が始まる'],
            ['2021年4月', '設置期限を2031年3月末まで延長し、第2期復興・創生期間へ'],
            ['2023年4月', '福島国際研究教育機構（F-REI）が発足']]
    y = table(pg, X, y + 2, [80, W - 80], hist, size=8.5, rules='booktabs', align=['l', 'l'], pad=4, lead=12,
              line_color=GREEN) + 16
    yy = pg.para(X + 14, y + 10, W - 28, '先輩職員からのメッセージ', 'G', 10, 15, GREEN)
    yy = pg.para(X + 14, yy, W - 28, '2022年度入庁　統括官付（法令・制度）', 'G', 8.5, 13)
    yy = pg.para(X + 14, yy + 2, W - 28,
                 '入庁2年目に福島復興局で1年間勤務し、避難指示が解除された町の方々と一緒に、商業施設の再開に向けた'
                 '計画づくりに携わりました。現場で聴いた声が制度の見直しにつながったときの手応えは、今も仕事の'
                 '原動力になっています。', 'M', 8.5, 14)
    pg.rect(X, y, W, yy + 8 - y, stroke=GREEN, lw=0.8, r=8)
    if yy > 800:
        raise Refuse('fukko p2 too long')
    return [p1, p2]


BROCHURES = {'jfa-2025': (jfa_facts, jfa_pages, 10), 'cfa-2026': (cfa_facts, cfa_pages, 11),
             'fukko-2025': (fukko_facts, fukko_pages, 12)}


def main(argv):
    names = argv[1:] or list(BROCHURES)
    for n in names:
        facts_fn, pages_fn, seed = BROCHURES[n]
        f = facts_fn()
        write(n, pages_fn(f), f, seed)


if __name__ == '__main__':
    main(sys.argv)
