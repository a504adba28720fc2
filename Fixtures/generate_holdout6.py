#!/usr/bin/env python3
"""Holdout set 6 (blind): five synthetic Japanese government recruitment brochures.

Self-contained: its own page model, line breaking, tables, checks. Writes
Fixtures/holdout6/NAME.pdf, NAME.expected.txt, NAME.facts.json.

    python3 Fixtures/generate_holdout6.py            # all five
    python3 Fixtures/generate_holdout6.py nta-2025   # one (人事院 always builds both editions)

Every visual text line (every table-cell line, every glyph of a vertical heading) is its own
text object at an absolute position, inside q/Q; the text objects of a page are drawn after
the graphics in a seeded shuffled order. Output is deterministic (reportlab invariant=1).
The script refuses to write a brochure whose text overlaps or leaves the page, whose numbers
do not add up, or whose fact strings are not printed.
"""
import json
import os
import random
import sys
import unicodedata

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout6')
FONT_DIR = '/usr/share/fonts/opentype'
pdfmetrics.registerFont(TTFont('G', os.path.join(FONT_DIR, 'ipaexfont-gothic', 'ipaexg.ttf')))
pdfmetrics.registerFont(TTFont('M', os.path.join(FONT_DIR, 'ipaexfont-mincho', 'ipaexm.ttf')))


class Refuse(Exception):
    pass


def sw(s, font, size, cs=0.0):
    return pdfmetrics.stringWidth(s, font, size) + cs * max(len(s) - 1, 0)


# ---------------------------------------------------------------- page model

class Page:
    def __init__(self, doc, w, h, margin=24):
        self.doc, self.w, self.h, self.margin = doc, w, h, margin
        self.items = []      # text objects
        self.gfx = []        # graphics ops, drawn first
        self.exp = []        # expected lines in reading order

    # graphics (y measured from the top)
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, radius=0, dash=None):
        self.gfx.append(('rect', x, y, w, h, fill, stroke, lw, radius, dash))

    def line(self, x0, y0, x1, y1, color=(0, 0, 0), lw=0.6, dash=None):
        self.gfx.append(('line', x0, y0, x1, y1, color, lw, dash))

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.6):
        self.gfx.append(('circle', x, y, r, fill, stroke, lw))

    # text
    def text(self, x, y, s, font='M', size=9, color=(0, 0, 0), align='left', bold=False,
             cs=0.0, exp=True, furniture=False):
        """One text object; y is the top of the line box. Returns the width."""
        w = sw(s, font, size, cs)
        if align == 'right':
            x -= w
        elif align == 'center':
            x -= w / 2
        self.items.append(dict(x=x, y=y, w=w, h=size, s=s, font=font, size=size, color=color,
                               bold=bold, cs=cs, vertical=False, furniture=furniture))
        if exp and not furniture:
            self.exp.append(s)
        return w

    def vtext(self, x, y, s, font='G', size=12, color=(0, 0, 0), pitch=None, exp=True):
        """Vertical heading: one glyph per text object, one expected line."""
        pitch = pitch or size * 1.12
        for i, ch in enumerate(s):
            gw = sw(ch, font, size)
            self.items.append(dict(x=x + (size - gw) / 2, y=y + i * pitch, w=gw, h=size, s=ch,
                                   font=font, size=size, color=color, bold=False, cs=0,
                                   vertical=True, furniture=False))
        if exp:
            self.exp.append(s)
        return y + len(s) * pitch

    def bullet(self, x, y, width, s, mark='・', font='M', size=9, lh=None, color=(0, 0, 0)):
        """A list item: the mark is part of the first line; later lines hang under the text."""
        lh = lh or size * 1.6
        mw = sw(mark, font, size)
        lines = wrap(s, font, size, width - mw)
        for i, ln in enumerate(lines):
            if i == 0:
                self.text(x, y, mark + ln, font, size, color)
            else:
                self.text(x + mw, y, ln, font, size, color)
            y += lh
        return y

    def para(self, x, y, width, s, font='M', size=9, lh=None, color=(0, 0, 0), indent_first=False):
        lh = lh or size * 1.6
        for ln in wrap(s, font, size, width):
            self.text(x, y, ln, font, size, color)
            y += lh
        return y


NO_START = set('、。，．）」』】〕〉》・ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ：；？！％')
NO_END = set('（「『【〔〈《')


def wrap(s, font, size, width):
    """Greedy line breaking; ASCII runs stay whole; simple kinsoku."""
    toks, i = [], 0
    FWD = '０１２３４５６７８９'
    while i < len(s):
        if (s[i].isascii() and s[i] != ' ') or s[i] in FWD:
            j = i
            kind = s[i] in FWD
            while j < len(s) and ((not kind and s[j].isascii() and s[j] != ' ') or (kind and s[j] in FWD)):
                j += 1
            # a count keeps its unit: 「3名」「１０人」 never split
            if j < len(s) and s[j] in '名人' and (s[j - 1].isdigit()):
                j += 1
            toks.append(s[i:j]); i = j
        else:
            toks.append(s[i]); i += 1
    lines, cur = [], ''
    for t in toks:
        if cur and sw(cur + t, font, size) > width:
            if t in NO_START or t[0] in NO_START:
                # pull the last char down with it (oikomi would overflow)
                if len(cur) > 1 and not cur[-1].isascii():
                    lines.append(cur[:-1]); cur = cur[-1] + t; continue
            if cur[-1] in NO_END:
                lines.append(cur[:-1]); cur = cur[-1] + t; continue
            lines.append(cur.rstrip(' ')); cur = t.lstrip(' ')
        else:
            cur += t
    if cur:
        lines.append(cur)
    for ln in lines:
        if sw(ln, font, size) > width + 0.01:
            raise Refuse(f'line too long after wrapping: {ln}')
    return lines


# ---------------------------------------------------------------- tables

def cell_lines(c):
    if c is None:
        return []
    if isinstance(c, dict):
        return cell_lines(c.get('t'))
    if isinstance(c, (list, tuple)):
        return list(c)
    return [c] if c != '' else []


def table(pg, x, y, widths, rows, size=8.5, font='M', hfont='G', header_rows=1, pad=3.5,
          lh=None, rules='grid', header_fill=None, header_color=(0, 0, 0), zebra=None,
          aligns=None, valign='middle', rule_color=(0.35, 0.35, 0.35), outer=None):
    """rows: list of rows; a cell is None/'' (empty), str, [lines], or dict(t=, rs=, cs=, align=).
    Cells covered by a span are given as the string '<'. Each row is one expected line
    (cells joined by TAB; a multi-line cell joined). Returns the bottom y."""
    lh = lh or size * 1.3
    n = len(widths)
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    # row heights from cells without row spans
    heights = []
    for r in rows:
        hmax = 1
        for c in r:
            if isinstance(c, dict) and c.get('rs', 1) > 1:
                continue
            hmax = max(hmax, len(cell_lines(c)))
        heights.append(hmax * lh + 2 * pad)
    ys = [y]
    for hh in heights:
        ys.append(ys[-1] + hh)
    # backgrounds
    for ri, r in enumerate(rows):
        if ri < header_rows and header_fill:
            pg.rect(x, ys[ri], xs[-1] - x, heights[ri], fill=header_fill)
        elif zebra and ri >= header_rows and (ri - header_rows) % 2 == 1:
            pg.rect(x, ys[ri], xs[-1] - x, heights[ri], fill=zebra)
    # text
    for ri, r in enumerate(rows):
        if len(r) != n:
            raise Refuse(f'table row has {len(r)} cells, expected {n}: {r}')
        ci = 0
        cells_out = []
        while ci < n:
            c = r[ci]
            if c == '<':
                cells_out.append(''); ci += 1; continue
            cs = c.get('cs', 1) if isinstance(c, dict) else 1
            rs = c.get('rs', 1) if isinstance(c, dict) else 1
            lines = cell_lines(c)
            cells_out.append(''.join(lines))
            cx0, cx1 = xs[ci] + pad, xs[ci + cs] - pad
            cy0, cy1 = ys[ri] + pad, ys[ri + rs] - pad
            al = (c.get('align') if isinstance(c, dict) else None) or (aligns[ci] if aligns else 'left')
            is_head = ri < header_rows
            f = hfont if is_head or (isinstance(c, dict) and c.get('bold')) else font
            col = header_color if is_head else (0, 0, 0)
            if valign == 'middle':
                ty = (cy0 + cy1) / 2 - len(lines) * lh / 2 + (lh - size) / 2
            else:
                ty = cy0 + (lh - size) / 2
            for ln in lines:
                w = sw(ln, f, size)
                if w > cx1 - cx0 + 0.01:
                    raise Refuse(f'cell overflows: {ln}')
                if al == 'center':
                    tx = (cx0 + cx1) / 2 - w / 2
                elif al == 'right':
                    tx = cx1 - w
                else:
                    tx = cx0
                pg.text(tx, ty, ln, f, size, col, exp=False)
                ty += lh
            for k in range(1, cs):
                cells_out.append('')
            ci += cs
        pg.exp.append('\t'.join(cells_out))
    # rules
    if rules in ('grid', 'hrules', 'booktabs'):
        if rules in ('hrules', 'grid'):
            for ri in range(len(rows) + 1):
                # a horizontal rule is skipped under a row-spanning cell
                if rules == 'grid' and 0 < ri < len(rows):
                    segs = []
                    for ci in range(n):
                        covered = False
                        for rj in range(ri):
                            c = rows[rj][ci]
                            if isinstance(c, dict) and rj + c.get('rs', 1) > ri:
                                covered = True
                        segs.append(covered)
                    ci = 0
                    while ci < n:
                        if segs[ci]:
                            ci += 1; continue
                        cj = ci
                        while cj < n and not segs[cj]:
                            cj += 1
                        pg.line(xs[ci], ys[ri], xs[cj], ys[ri], rule_color, 0.5)
                        ci = cj
                else:
                    lw = 1.0 if ri in (0, len(rows)) else 0.4
                    pg.line(x, ys[ri], xs[-1], ys[ri], rule_color, lw)
        else:
            pg.line(x, ys[0], xs[-1], ys[0], rule_color, 1.2)
            pg.line(x, ys[header_rows], xs[-1], ys[header_rows], rule_color, 0.6)
            pg.line(x, ys[-1], xs[-1], ys[-1], rule_color, 1.2)
        if rules == 'grid':
            for ci in range(n + 1):
                for ri in range(len(rows)):
                    # vertical rule skipped inside a column span
                    skip = False
                    if 0 < ci < n:
                        for cj in range(ci):
                            c = rows[ri][cj]
                            if isinstance(c, dict) and cj + c.get('cs', 1) > ci:
                                skip = True
                        for rj in range(ri + 1):
                            for cj in range(ci):
                                c = rows[rj][cj]
                                if isinstance(c, dict) and rj + c.get('rs', 1) > ri and cj + c.get('cs', 1) > ci:
                                    skip = True
                    if not skip:
                        pg.line(xs[ci], ys[ri], xs[ci], ys[ri + 1], rule_color, 0.5)
    return ys[-1]


# ---------------------------------------------------------------- drawing & checks

def draw(doc, path):
    c = canvas.Canvas(path, pagesize=(doc.pages[0].w, doc.pages[0].h), invariant=1,
                      pageCompression=1)
    c.setTitle(doc.title)
    c.setAuthor(doc.org)
    for pi, pg in enumerate(doc.pages):
        c.setPageSize((pg.w, pg.h))
        H = pg.h
        for op in pg.gfx:
            c.saveState()
            if op[0] == 'rect':
                _, x, y, w, h, fill, stroke, lw, radius, dash = op
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke); c.setLineWidth(lw)
                if dash:
                    c.setDash(*dash)
                if radius:
                    c.roundRect(x, H - y - h, w, h, radius, stroke=1 if stroke else 0, fill=1 if fill else 0)
                else:
                    c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif op[0] == 'line':
                _, x0, y0, x1, y1, color, lw, dash = op
                c.setStrokeColorRGB(*color); c.setLineWidth(lw)
                if dash:
                    c.setDash(*dash)
                c.line(x0, H - y0, x1, H - y1)
            elif op[0] == 'circle':
                _, x, y, r, fill, stroke, lw = op
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke); c.setLineWidth(lw)
                c.circle(x, H - y, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
            c.restoreState()
        items = list(pg.items)
        random.Random(f'{doc.name}-{pi}').shuffle(items)
        for it in items:
            c.saveState()
            t = c.beginText()
            t.setFont(it['font'], it['size'])
            if it['cs']:
                t.setCharSpace(it['cs'])
            if it['bold']:
                t.setTextRenderMode(2)
                c.setLineWidth(it['size'] * 0.03)
                c.setStrokeColorRGB(*it['color'])
            c.setFillColorRGB(*it['color'])
            t.setFillColorRGB(*it['color'])
            t.setTextOrigin(it['x'], H - it['y'] - it['size'] * 0.88)
            t.textOut(it['s'])
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()


def check_geometry(doc):
    for pi, pg in enumerate(doc.pages):
        its = pg.items
        for it in its:
            if it['x'] < 12 or it['y'] < 12 or it['x'] + it['w'] > pg.w - 12 or it['y'] + it['h'] > pg.h - 12:
                raise Refuse(f'{doc.name} p{pi+1}: text off the page: {it["s"]} at {it["x"]:.1f},{it["y"]:.1f}')
            if not it['furniture'] and (it['y'] + it['h'] > pg.h - pg.margin + 4):
                raise Refuse(f'{doc.name} p{pi+1}: text below the bottom margin: {it["s"]}')
            for ch in it['s']:
                if not pdfmetrics.getFont(it['font']).face.charToGlyph.get(ord(ch)) and ch not in ' \u3000':
                    raise Refuse(f'{doc.name}: glyph missing in font {it["font"]}: {ch!r}')
        srt = sorted(its, key=lambda a: a['y'])
        for i, a in enumerate(srt):
            for b in srt[i + 1:]:
                if b['y'] >= a['y'] + a['h'] - 0.3:
                    break
                if a['x'] < b['x'] + b['w'] - 0.3 and b['x'] < a['x'] + a['w'] - 0.3:
                    raise Refuse(f'{doc.name} p{pi+1}: text overlaps: {a["s"]!r} / {b["s"]!r}')


def squash(s):
    return ''.join(unicodedata.normalize('NFKC', s).split())


def check_facts(doc, others=()):
    f = doc.facts
    h = f['hiring']
    rows = h['rows']
    for r in rows:
        for part in ('total', 'admin', 'tech'):
            v = r[part]
            if v['women'] > v['count']:
                raise Refuse(f'{doc.name}: women exceed heads in {r["labelText"]} {part}')
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            raise Refuse(f'{doc.name}: total != admin + tech in {r["labelText"]}')
        if r['total']['women'] != r['admin']['women'] + r['tech']['women']:
            raise Refuse(f'{doc.name}: women total != admin + tech in {r["labelText"]}')
    actual = [r for r in rows if not r['planned']]
    planned = [r for r in rows if r['planned']]
    last = actual[-1]
    a = f['assignments']
    if a['cohortFiscalYear'] != last['fiscalYear']:
        raise Refuse(f'{doc.name}: assignment cohort is not the last actual cohort')
    sa = sum(x['admin'] or 0 for x in a['rows'])
    st = sum(x['tech'] or 0 for x in a['rows'])
    if (sa, st) != (last['admin']['count'], last['tech']['count']) or a['totals'] != {'admin': sa, 'tech': st}:
        raise Refuse(f'{doc.name}: assignments {sa}/{st} != cohort {last["admin"]["count"]}/{last["tech"]["count"]}')
    e = f['exams']
    target = planned[-1] if planned else last
    if e['fiscalYear'] != target['fiscalYear'] or target['fiscalYear'] != f['edition']['year']:
        raise Refuse(f'{doc.name}: exam year / planned year / edition year disagree')
    for key, word in (('admin', '事務'), ('tech', '技術')):
        tot = 0
        for ent in e['entries']:
            if word in ent['track']:
                s = sum(b['count'] for b in ent['breakdown'])
                if s != ent['total']:
                    raise Refuse(f'{doc.name}: exam entry total wrong: {ent["text"]}')
                tot += s
        if tot != target[key]['count']:
            raise Refuse(f'{doc.name}: exam {key} {tot} != planned {target[key]["count"]}')
    # every fact string printed
    drawn = squash('\n'.join(l for pg in doc.pages for l in pg.exp))
    strings = [f['organization'], f['edition']['asOfText']]
    for r in rows:
        strings.append(r['labelText'])
        for part in ('total', 'admin', 'tech'):
            if not r[part].get('synthesised'):
                strings.append(r[part]['text'])
    for x in a['rows']:
        strings.append(x['unit'])
    strings.append(a['intro'])
    for ent in e['entries']:
        if not ent.get('synthesised'):
            strings.append(ent['text'])
        for b in ent['breakdown']:
            strings.append(b['category'])
    for c in f['contacts']:
        strings += [c['office'], c['location']] + c['tel'] + c['email']
    for r in f['access']['routes']:
        strings.append(r.split('『')[1].split('』')[0])
        strings.append(r)
    strings.append(f['access']['address'])
    for i in f['initiatives']:
        strings += [i['title'], i['text']]
    for i in f['supportSystems']:
        strings += [i['name']]
    for p in f['training']['paragraphs']:
        strings.append(p)
    for s in strings:
        if squash(s) not in drawn:
            raise Refuse(f'{doc.name}: fact string not printed: {s}')
    for pg in doc.pages:
        for it in pg.items:
            if it['furniture'] and squash(it['s']) in [squash(l) for l in pg.exp]:
                raise Refuse(f'{doc.name}: furniture in expected text: {it["s"]}')


def cross_check(old, new):
    """Consecutive editions: shared actual cohorts identical; old planned differs from new actual."""
    o = {r['fiscalYear']: r for r in old.facts['hiring']['rows']}
    n = {r['fiscalYear']: r for r in new.facts['hiring']['rows']}
    def fig(r):
        return tuple((r[p]['count'], r[p]['women']) for p in ('total', 'admin', 'tech'))
    shared = 0
    for y in sorted(set(o) & set(n)):
        if not o[y]['planned'] and not n[y]['planned']:
            shared += 1
            if fig(o[y]) != fig(n[y]):
                raise Refuse(f'editions disagree on the actual {y} cohort')
        elif o[y]['planned'] and not n[y]['planned']:
            if fig(o[y]) == fig(n[y]):
                raise Refuse(f'{y}: the planned row equals the later actual (not realistic)')
    if shared < 3:
        raise Refuse('editions share fewer than 3 actual cohorts')


def write(doc):
    check_geometry(doc)
    check_facts(doc)
    os.makedirs(OUT, exist_ok=True)
    draw(doc, os.path.join(OUT, doc.name + '.pdf'))
    text = '\n\f\n'.join('\n'.join(pg.exp) for pg in doc.pages) + '\n'
    with open(os.path.join(OUT, doc.name + '.expected.txt'), 'w', encoding='utf-8') as fh:
        fh.write(text)
    facts = {k: v for k, v in doc.facts.items()}
    facts['fixture'] = doc.name
    facts['pages'] = len(doc.pages)
    # keep the same key order as the earlier sets
    order = ['fixture', 'organization', 'document', 'edition', 'pages', 'hiring', 'exams', 'contacts',
             'access', 'assignments', 'lead', 'initiativesIntro', 'initiatives', 'supportTitle',
             'supportSystems', 'supportSource', 'training']
    extra = [k for k in facts if k not in order]
    out = {k: facts[k] for k in order + extra if k in facts}
    with open(os.path.join(OUT, doc.name + '.facts.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
        fh.write('\n')


class Doc:
    def __init__(self, name, org, title, facts):
        self.name, self.org, self.title, self.facts = name, org, title, facts
        self.pages = []

    def page(self, w, h, margin=24):
        p = Page(self, w, h, margin)
        self.pages.append(p)
        return p


# ---------------------------------------------------------------- facts helpers

FW = str.maketrans('0123456789', '０１２３４５６７８９')


def fw(s):
    return str(s).translate(FW)


def hrow(fy, label, label_text, planned, admin, tech, fmt=lambda c, w: f'{c}（{w}）', synth=False):
    a = {'count': admin[0], 'women': admin[1]}
    t = {'count': tech[0], 'women': tech[1]}
    tot = {'count': admin[0] + tech[0], 'women': admin[1] + tech[1]}
    for d in (tot, a, t):
        d['text'] = fmt(d['count'], d['women'])
        if synth:
            d['synthesised'] = True
    return {'fiscalYear': fy, 'label': label, 'labelText': label_text, 'planned': planned,
            'total': tot, 'admin': a, 'tech': t}


def exam_entry(track, exam, parts, sep='：', joiner='、', unit='名', digits=str):
    text = joiner.join(f'{c}{sep}{digits(n)}{unit}' for c, n in parts)
    return {'track': track, 'exam': exam, 'text': text,
            'breakdown': [{'category': c, 'count': n} for c, n in parts],
            'total': sum(n for _, n in parts)}


def exam_facts(title, fy, entries):
    return {'title': title, 'fiscalYear': fy, 'entries': entries}


NAVY = (0.11, 0.2, 0.38)
TEAL = (0.0, 0.42, 0.45)
WINE = (0.45, 0.1, 0.18)
ORANGE = (0.85, 0.42, 0.1)
GREEN = (0.16, 0.42, 0.22)
GREY = (0.55, 0.55, 0.55)
LIGHT = (0.93, 0.94, 0.96)
WHITE = (1, 1, 1)


# ================================================================ 人事院 (two editions)

JINJI_ADDRESS = '東京都千代田区霞が関１-２-３ 中央合同庁舎第５号館別館'
JINJI_ROUTES = [
    '東京メトロ 丸ノ内線・日比谷線・千代田線『霞ケ関』駅 B3a出口 徒歩約１分',
    '東京メトロ 有楽町線『桜田門』駅 ４番出口 徒歩約５分',
    '都営地下鉄 三田線『内幸町』駅 A7出口 徒歩約７分',
]
JINJI_COHORTS = {  # fiscal year: (admin (heads, women), tech (heads, women)) -- actual figures
    2019: ((14, 6), (1, 0)),
    2020: ((15, 7), (2, 1)),
    2021: ((16, 8), (1, 0)),
    2022: ((17, 9), (2, 1)),
    2023: ((18, 9), (2, 1)),
    2024: ((19, 10), (2, 1)),
}
JINJI_PLANNED = {2024: ((18, 8), (3, 1)), 2025: ((19, 9), (3, 2))}

JINJI_SUPPORT = [
    ('育児休業', '子が３歳に達するまで', '男女とも取得でき、２回まで分割して取得できます。'),
    ('育児短時間勤務', '子が小学校就学前まで', '週19時間25分～24時間35分の勤務形態から選べます。'),
    ('子の看護休暇', '年５日（子が２人以上は10日）', '病気や予防接種、学校行事の付き添いに使えます。'),
    ('介護休暇', '通算６月以内', '要介護の家族１人につき、３回まで分割して取得できます。'),
]


def jinji_2024():
    facts = {
        'organization': '人事院',
        'document': '国家公務員総合職 採用案内',
        'edition': {'year': 2024, 'asOf': '2024-03', 'asOfText': '令和6年3月現在'},
    }
    rows = []
    for fy in range(2019, 2024):
        era = '令和元年度' if fy == 2019 else f'令和{fy - 2018}年度'
        lab = f'{fy}年度（{era}）'
        a, t = JINJI_COHORTS[fy]
        rows.append(hrow(fy, lab, lab, False, a, t))
    a, t = JINJI_PLANNED[2024]
    rows.append(hrow(2024, '2024年度（令和6年度）', '2024年度（令和6年度）（予定）', True, a, t))
    facts['hiring'] = {
        'intro': ['総合職試験からの採用者数の推移'],
        'note': '※（　）内は女性で内数。女性の割合は合計に占める割合。',
        'tracks': {'admin': '事務系', 'tech': '技術系'},
        'womenShareColumn': '女性の割合',
        'rows': rows,
    }
    facts['exams'] = exam_facts('令和6年度採用予定者の試験区分', 2024, [
        exam_entry('事務系', '大卒程度試験', [('法律', 6), ('経済', 3), ('政治・国際', 2), ('教養', 3)]),
        exam_entry('事務系', '院卒程度試験', [('行政', 3), ('法務', 1)]),
        exam_entry('技術系', '大卒程度試験', [('デジタル', 1), ('数理科学・物理・地球科学', 1)]),
        exam_entry('技術系', '院卒程度試験', [('工学', 1)]),
    ])
    facts['contacts'] = [
        {'track': '総合職事務系', 'office': '事務総局総務課', 'location': '中央合同庁舎第５号館別館４階',
         'tel': ['03-3581-5311（代表）内線2154', '03-3581-5327（直通）'], 'email': ['saiyo-sogo@jinji.go.jp']},
        {'track': '総合職技術系', 'office': '事務総局総務課情報管理室', 'location': '中央合同庁舎第５号館別館４階',
         'tel': ['03-3581-5311（代表）内線2187'], 'email': ['saiyo-digital@jinji.go.jp']},
    ]
    facts['access'] = {'address': JINJI_ADDRESS, 'routes': JINJI_ROUTES}
    facts['assignments'] = {
        'cohortFiscalYear': 2023,
        'intro': '令和5年度採用者（総合職）の配属先（令和6年3月現在）',
        'tracks': {'admin': '事務系', 'tech': '技術系'},
        'rows': [
            {'unit': '事務総局総務課', 'admin': 3, 'tech': None},
            {'unit': '人材局', 'admin': 4, 'tech': 1},
            {'unit': '給与局', 'admin': 4, 'tech': 1},
            {'unit': '職員福祉局', 'admin': 3, 'tech': None},
            {'unit': '公平審査局', 'admin': 1, 'tech': None},
            {'unit': '地方事務局（近畿）', 'admin': 2, 'tech': None},
            {'unit': '内閣官房（出向）', 'admin': 1, 'tech': None},
        ],
        'totals': {'admin': 18, 'tech': 2},
    }
    facts['lead'] = {'title': '公務を支える人を、支える仕事。',
                     'text': ['人事院は、国家公務員の採用試験、給与や勤務時間などの勤務条件、研修、公正な人事管理を担う中立・第三者機関です。'
                              '約59万人の国家公務員が能力を発揮できる環境を整えることで、行政サービスの質を支えています。']}
    facts['initiativesIntro'] = {'title': '働き方の取組', 'text': '人事院自らが、働き方改革のモデル職場となることを目指しています。'}
    facts['initiatives'] = [
        {'title': '勤務間インターバルの確保', 'text': '終業から次の始業まで11時間を目安に空けるよう、幹部から声をかけています。国会対応で遅くなった翌日は、始業時刻を遅らせることもできます。'},
        {'title': 'ペーパーレス会議', 'text': '局議や課内会議は原則タブレットで行い、資料の印刷を大幅に減らしました。'},
        {'title': '選択的週休３日', 'text': 'フレックスタイム制を活用し、週休３日を選んで働く職員もいます。'},
        {'title': 'メンター制度', 'text': '入局後２年間、年次の近い先輩がメンターとして相談に乗ります。業務の進め方だけでなく、キャリアや生活の悩みも気軽に話せる関係づくりを大切にしています。月１回のランチ会も好評です。'},
    ]
    facts['supportTitle'] = '両立支援制度'
    facts['supportSystems'] = [{'name': n, 'period': p, 'text': t} for n, p, t in JINJI_SUPPORT]
    facts['supportSource'] = '詳しくは人事院ホームページ「両立支援制度」をご覧ください。'
    facts['training'] = {'title': '研修制度', 'paragraphs': [
        '　採用後は、初任行政研修と人事院独自の新規採用者研修で、公務員制度と人事行政の基礎を学びます。',
        '　３年目以降は、行政官長期在外研究員制度による海外大学院への留学、国内大学院への派遣、他府省や地方自治体への出向など、段階に応じた研修と経験の機会があります。',
    ]}
    facts['runningHeader'] = '人事院 総合職採用案内 2024'
    doc = Doc('jinji-2024', '人事院', '人事院 総合職採用案内 2024', facts)

    W, H = A4
    L, R = 40, W - 40
    CW = R - L
    gut = 18
    colw = (CW - gut) / 2
    body = 9

    def furniture(pg, n):
        pg.text(R, 20, facts['runningHeader'], 'G', 7.5, GREY, align='right', furniture=True)
        pg.line(L, 31, R, 31, GREY, 0.5)
        pg.text(W / 2, H - 30, f'- {n} -', 'M', 8, GREY, align='center', furniture=True)

    def heading(pg, x, y, s, w):
        pg.rect(x, y, 4, 14, fill=NAVY)
        pg.text(x + 9, y + 1, s, 'G', 12, NAVY)
        pg.line(x, y + 18, x + w, y + 18, NAVY, 0.8)
        return y + 26

    # ---- page 1
    p = doc.page(W, H, margin=44)
    furniture(p, 1)
    p.rect(L, 42, CW, 58, fill=NAVY)
    p.text(L + 14, 52, '人事院', 'G', 13, WHITE)
    p.text(L + 14, 72, '国家公務員総合職 採用案内 2024', 'G', 18, WHITE)
    p.text(R, 106, '令和6年3月現在', 'M', 8.5, align='right')
    top = 126
    # two columns: lead (left) | contacts + access (right)
    p.text(L, top, facts['lead']['title'], 'G', 13)
    y = top + 22
    y = p.para(L, y, colw, facts['lead']['text'][0], 'M', body, lh=15)
    yl = y
    x2 = L + colw + gut
    y = heading(p, x2, top, '採用窓口', colw)
    for c in facts['contacts']:
        p.text(x2, y, c['track'], 'G', body); y += 14
        p.text(x2 + 8, y, f'{c["office"]}（{c["location"]}）', 'M', 8.5); y += 13
        for t in c['tel']:
            p.text(x2 + 8, y, f'TEL　{t}', 'M', 8.5); y += 13
        for m in c['email']:
            p.text(x2 + 8, y, f'E-mail　{m}', 'M', 8.5); y += 13
        y += 4
    y += 4
    y = heading(p, x2, y, 'アクセス', colw)
    p.text(x2, y, JINJI_ADDRESS, 'M', 8.5); y += 14
    for r in JINJI_ROUTES:
        y = p.para(x2, y, colw, r, 'M', 8.5, lh=13)
    yr = y
    p.line(L + colw + gut / 2, top, L + colw + gut / 2, max(yl, yr), GREY, 0.4)
    # full-width hiring table spanning both columns
    y = max(yl, yr) + 14
    y = heading(p, L, y, '採用実績', CW)
    p.text(L, y, facts['hiring']['intro'][0], 'M', body); y += 16
    trs = [['採用年度', '事務系', '技術系', '合計', '女性の割合']]
    for r in rows:
        lab = [r['label'], '（予定）'] if r['planned'] else r['label']
        share = f"{r['total']['women'] * 100 / r['total']['count']:.1f}%"
        r['womenShareText'] = share
        trs.append([lab, r['admin']['text'], r['tech']['text'], r['total']['text'], share])
    y = table(p, L, y, [170, 85, 85, 85, CW - 425], trs, size=9, header_fill=(0.85, 0.88, 0.94),
              aligns=['left', 'center', 'center', 'center', 'center'], rules='grid')
    y += 4
    p.text(L, y, facts['hiring']['note'], 'M', 8); y += 20
    # two columns again: assignments (left) | exams (right)
    top2 = y
    y = heading(p, L, top2, '配属実績', colw)
    y = p.para(L, y, colw, facts['assignments']['intro'], 'M', 8.5, lh=13) + 2
    ars = [['配属先', '事務系', '技術系']]
    for a in facts['assignments']['rows']:
        ars.append([a['unit'], f"{a['admin']}名" if a['admin'] else '', f"{a['tech']}名" if a['tech'] else ''])
    y = table(p, L, y, [colw - 110, 55, 55], ars, size=8.5, rules='hrules',
              aligns=['left', 'right', 'right'])
    yl = y
    y = heading(p, x2, top2, '試験区分', colw)
    p.text(x2, y, facts['exams']['title'], 'M', 8.5); y += 16
    for ent in facts['exams']['entries']:
        p.text(x2, y, f"{ent['track']}・{ent['exam']}", 'G', 8.5); y += 13
        y = p.para(x2 + 10, y, colw - 10, ent['text'], 'M', 8.5, lh=13) + 3
    p.line(L + colw + gut / 2, top2, L + colw + gut / 2, max(yl, y), GREY, 0.4)

    # ---- page 2
    p = doc.page(W, H, margin=44)
    furniture(p, 2)
    y = heading(p, L, 48, facts['initiativesIntro']['title'], CW)
    y = p.para(L, y, CW, facts['initiativesIntro']['text'], 'M', body, lh=15) + 6
    top = y
    bottoms = []
    for col in range(2):
        x = L + col * (colw + gut)
        yy = top
        for it in facts['initiatives'][col * 2:col * 2 + 2]:
            n = len(wrap(it['text'], 'M', 8.5, colw - 16))
            bh = 26 + n * 13 + 6
            p.rect(x, yy, colw, bh, stroke=(0.6, 0.65, 0.75), lw=0.6)
            p.text(x + 8, yy + 8, it['title'], 'G', 10, NAVY)
            p.para(x + 8, yy + 26, colw - 16, it['text'], 'M', 8.5, lh=13)
            yy += bh + 10
        bottoms.append(yy)
    y = max(bottoms) + 8
    y = heading(p, L, y, facts['supportTitle'], CW)
    srs = [['制度', '期間', '内容']] + [[n, pp, t] for n, pp, t in JINJI_SUPPORT]
    y = table(p, L, y, [95, 130, CW - 225], srs, size=8.5, header_fill=(0.85, 0.88, 0.94), rules='grid')
    y += 4
    p.text(R, y, facts['supportSource'], 'M', 7.5, align='right'); y += 24
    y = heading(p, L, y, '研修制度', CW)
    for para in facts['training']['paragraphs']:
        y = p.para(L, y, CW, para, 'M', body, lh=15)
    return doc


def jinji_2025():
    facts = {
        'organization': '人事院',
        'document': '総合職採用パンフレット',
        'edition': {'year': 2025, 'asOf': '2025-03', 'asOfText': '令和7年3月現在'},
    }
    rows = []
    for fy in range(2021, 2025):
        a, t = JINJI_COHORTS[fy]
        rows.append(hrow(fy, f'R{fy - 2018}', f'R{fy - 2018}', False, a, t, synth=True))
    a, t = JINJI_PLANNED[2025]
    rows.append(hrow(2025, 'R7', 'R7（予定）', True, a, t, synth=True))
    facts['hiring'] = {
        'intro': ['総合職採用者数（男女別）'],
        'note': '※R7は令和7年4月1日の採用予定者数です。',
        'tracks': {'admin': '事務系', 'tech': '技術系'},
        'layout': 'long: each year spans 事務系 / 技術系 / 計 rows; columns 男性 | 女性 | 計 (text synthesised)',
        'rows': rows,
    }
    facts['exams'] = exam_facts('R7採用予定者の試験区分', 2025, [
        exam_entry('事務系', '大卒程度試験', [('法律', 7), ('経済', 3), ('政治・国際', 2), ('教養', 3)], sep='', joiner='／'),
        exam_entry('事務系', '院卒程度試験', [('行政', 3), ('人間科学', 1)], sep='', joiner='／'),
        exam_entry('技術系', '大卒程度試験', [('デジタル', 2)], sep='', joiner='／'),
        exam_entry('技術系', '院卒程度試験', [('数理科学・物理・地球科学', 1)], sep='', joiner='／'),
    ])
    facts['contacts'] = [
        {'track': '総合職事務系', 'office': '事務総局総務課', 'location': '中央合同庁舎第５号館別館４階',
         'tel': ['03-3581-5311（内線2154）'], 'email': ['saiyo-sogo@jinji.go.jp']},
        {'track': '総合職技術系', 'office': '事務総局総務課情報管理室', 'location': '中央合同庁舎第５号館別館４階',
         'tel': ['03-3581-5311（内線2187）'], 'email': ['saiyo-digital@jinji.go.jp']},
        {'track': '説明会・訪問', 'office': '人材局企画法制課', 'location': '中央合同庁舎第５号館別館６階',
         'tel': ['03-3581-5314（直通）'], 'email': ['setsumeikai@jinji.go.jp']},
    ]
    facts['access'] = {'address': JINJI_ADDRESS, 'routes': JINJI_ROUTES}
    facts['assignments'] = {
        'cohortFiscalYear': 2024,
        'intro': 'R6採用者（総合職）の配属先（令和7年3月現在）',
        'tracks': {'admin': '事務系', 'tech': '技術系'},
        'rows': [
            {'unit': '事務総局総務課', 'admin': 3, 'tech': None},
            {'unit': '人材局', 'admin': 5, 'tech': 1},
            {'unit': '給与局', 'admin': 4, 'tech': 1},
            {'unit': '職員福祉局', 'admin': 3, 'tech': None},
            {'unit': '公平審査局', 'admin': 2, 'tech': None},
            {'unit': '公務員研修所', 'admin': 1, 'tech': None},
            {'unit': '地方事務局（九州）', 'admin': 1, 'tech': None},
        ],
        'totals': {'admin': 19, 'tech': 2},
    }
    facts['lead'] = {'title': 'すべての公務員のために',
                     'text': ['人事院は、採用試験から給与勧告、研修、職員の苦情相談まで、国家公務員の人事制度全体を担う機関です。',
                              '中立・公正な立場から、公務の人材確保と働き方を支えます。']}
    facts['initiativesIntro'] = {'title': '働きやすい職場づくり', 'text': '人事院では、次のような取組を進めています。'}
    facts['initiatives'] = [
        {'title': 'フレックスタイム制の活用', 'text': '日ごとの勤務時間を柔軟に設定でき、週休３日を選ぶこともできます。'},
        {'title': 'テレワークの推進', 'text': '全職員にモバイルPCを配備し、週２日程度のテレワークが定着しています。'},
        {'title': '若手による業務改革チーム', 'text': '入局５年目までの職員が、業務の見直し案を幹部に直接提案しています。'},
    ]
    facts['supportTitle'] = '仕事と家庭の両立支援'
    facts['supportSystems'] = [
        {'name': '配偶者出産休暇', 'text': '配偶者の出産に伴い、入院の付添いなどのために２日以内で取得できます。'},
        {'name': '育児参加のための休暇', 'text': '配偶者の産前産後期間中に、子の養育のため５日以内で取得できます。'},
        {'name': '育児休業', 'text': '子が３歳に達するまで、男女ともに取得できます。'},
        {'name': '早出遅出勤務', 'text': '育児や介護を行う職員は、始業・終業時刻を繰り上げ、繰り下げることができます。'},
    ]
    facts['supportSource'] = ''
    facts['training'] = {'title': '研修制度', 'paragraphs': [
        '　採用直後の初任行政研修に加え、人事院の所掌する制度を学ぶ新規採用者研修を約１か月行います。',
        '　その後も、海外大学院への留学、国際機関への派遣、地方事務局での勤務など、多様な経験を積むことができます。',
    ]}
    doc = Doc('jinji-2025', '人事院', '人事院 総合職採用パンフレット 2025', facts)

    W, H = A4
    L, R = 36, W - 36
    CW = R - L
    body = 9

    def heading(pg, x, y, s, w):
        tw = sw(s, 'G', 11)
        pg.rect(x, y, tw + 22, 19, fill=TEAL, radius=9)
        pg.text(x + 11, y + 4, s, 'G', 11, WHITE)
        pg.line(x + tw + 26, y + 9.5, x + w, y + 9.5, TEAL, 0.6)
        return y + 27

    # ---- page 1: title, lead | vertical catch; hiring (long table, left) | assignments + exams (right)
    p = doc.page(W, H, margin=36)
    p.line(L, 40, R, 40, TEAL, 2.5)
    p.text(L, 50, '人事院', 'G', 12, TEAL)
    p.text(L, 68, '総合職採用パンフレット 2025', 'G', 20)
    p.text(R, 76, '令和7年3月現在', 'M', 8.5, align='right')
    y = 106
    p.text(L, y, facts['lead']['title'], 'G', 12.5); y += 22
    for t in facts['lead']['text']:
        y = p.para(L, y, CW, t, 'M', body, lh=15)
    y += 10
    leftw = 270
    gut = 20
    x2 = L + leftw + gut
    rw = R - x2
    top = y
    y = heading(p, L, top, '採用実績', leftw)
    p.text(L, y, facts['hiring']['intro'][0], 'M', 8.5); y += 15
    trs = [['年度', '区分', '男性', '女性', '計']]
    for r in rows:
        lab = [r['label'], '（予定）'] if r['planned'] else r['label']
        a, t, tot = r['admin'], r['tech'], r['total']
        trs.append([{'t': lab, 'rs': 3, 'align': 'center'}, '事務系', str(a['count'] - a['women']), str(a['women']), str(a['count'])])
        trs.append(['<', '技術系', str(t['count'] - t['women']), str(t['women']), str(t['count'])])
        trs.append(['<', {'t': '計', 'bold': True}, str(tot['count'] - tot['women']), str(tot['women']), {'t': str(tot['count']), 'bold': True, 'align': 'right'}])
    y = table(p, L, y, [62, 58, 50, 50, leftw - 220], trs, size=8.5, pad=2.6,
              header_fill=(0.85, 0.93, 0.93), aligns=['center', 'left', 'right', 'right', 'right'], rules='grid')
    y += 4
    p.text(L, y, facts['hiring']['note'], 'M', 7.5); y += 12
    yl = y
    y = heading(p, x2, top, '配属実績', rw)
    p.text(x2, y, facts['assignments']['intro'], 'M', 8.5); y += 15
    ars = [['配属先', '事務系', '技術系']]
    for a in facts['assignments']['rows']:
        ars.append([a['unit'], str(a['admin']) if a['admin'] else '', str(a['tech']) if a['tech'] else ''])
    y = table(p, x2, y, [rw - 100, 50, 50], ars, size=8.5, pad=3, zebra=(0.94, 0.97, 0.97),
              rules='booktabs', aligns=['left', 'right', 'right'])
    p.text(x2 + rw, y + 3, '（単位：人）', 'M', 7.5, align='right'); y += 24
    y = heading(p, x2, y, '試験区分', rw)
    p.text(x2, y, facts['exams']['title'], 'M', 8.5); y += 15
    ers = [['区分', '試験', '内訳']]
    ents = facts['exams']['entries']
    for i, ent in enumerate(ents):
        first = i == 0 or ents[i - 1]['track'] != ent['track']
        tr = {'t': ent['track'], 'rs': 2} if first else '<'
        lines = wrap(ent['text'], 'M', 8, rw - 120 - 6)
        ers.append([tr, ent['exam'], lines])
    y = table(p, x2, y, [44, 76, rw - 120], ers, size=8, pad=3, rules='grid', header_fill=(0.85, 0.93, 0.93),
              valign='top')
    p.line(L + leftw + gut / 2, top, L + leftw + gut / 2, max(yl, y), (0.7, 0.8, 0.8), 0.5)
    y = max(yl, y) + 22
    y = heading(p, L, y, '人事院の主な仕事', CW)
    works = [('採用試験', '国家公務員採用試験の企画・実施、試験制度の見直しを行います。'),
             ('給与勧告', '民間給与を調査し、国家公務員の給与について国会と内閣に勧告します。'),
             ('人材育成', '府省横断の研修を企画・実施し、幹部候補の育成を支えます。'),
             ('公平審査', '不利益処分の審査や苦情相談を通じて、職員の権利を守ります。')]
    bw = (CW - 3 * 10) / 4
    for i, (t, d) in enumerate(works):
        x = L + i * (bw + 10)
        p.rect(x, y, bw, 78, fill=(0.94, 0.97, 0.97))
        p.text(x + bw / 2, y + 8, t, 'G', 10, TEAL, align='center')
        p.para(x + 7, y + 28, bw - 14, d, 'M', 8, lh=12.5)
    # ---- page 2: contacts as a ruled table, access as a bulleted list, then 3 columns
    p = doc.page(W, H, margin=36)
    y = heading(p, L, 40, '採用窓口', CW)
    crs = [['区分', '担当', '電話', 'メール']]
    for c in facts['contacts']:
        crs.append([c['track'], [c['office'], f"（{c['location']}）"], c['tel'][0], c['email'][0]])
    y = table(p, L, y, [70, 190, 135, CW - 395], crs, size=8.5, rules='grid', header_fill=(0.85, 0.93, 0.93))
    y += 16
    y = heading(p, L, y, 'アクセス', CW)
    p.text(L, y, JINJI_ADDRESS, 'M', body); y += 16
    for r in JINJI_ROUTES:
        p.circle(L + 4, y + 4.5, 1.8, fill=TEAL)
        p.text(L + 10, y, r, 'M', body); y += 15
    y += 14
    top = y
    cw3 = (CW - 2 * 16) / 3
    cols = [L, L + cw3 + 16, L + 2 * (cw3 + 16)]
    # column 1: initiatives
    y = heading(p, cols[0], top, facts['initiativesIntro']['title'], cw3)
    y = p.para(cols[0], y, cw3, facts['initiativesIntro']['text'], 'M', 8.5, lh=13) + 4
    for it in facts['initiatives']:
        p.text(cols[0], y, it['title'], 'G', 9, TEAL); y += 14
        y = p.para(cols[0], y, cw3, it['text'], 'M', 8.5, lh=13) + 6
    # column 2: support
    y = heading(p, cols[1], top, facts['supportTitle'], cw3)
    for it in facts['supportSystems']:
        p.rect(cols[1], y, cw3, 1, fill=(0.8, 0.88, 0.88))
        y += 5
        p.text(cols[1], y, it['name'], 'G', 9); y += 14
        y = p.para(cols[1], y, cw3, it['text'], 'M', 8.5, lh=13) + 6
    # column 3: training
    y = heading(p, cols[2], top, facts['training']['title'], cw3)
    for para in facts['training']['paragraphs']:
        y = p.para(cols[2], y, cw3, para, 'M', 8.5, lh=13) + 2
    p.rect(cols[2], y + 6, cw3, 80, fill=(0.9, 0.9, 0.9))
    p.text(cols[2] + cw3 / 2, y + 42, '（写真）新規採用者研修', 'M', 8, GREY, align='center')
    return doc


# ================================================================ 会計検査院

def jbaudit_2025():
    facts = {
        'organization': '会計検査院',
        'document': '総合職採用パンフレット',
        'edition': {'year': 2025, 'asOf': '2025-04', 'asOfText': '令和７年４月現在'},
    }
    data = {2021: ((15, 6), (3, 1)), 2022: ((16, 7), (3, 0)), 2023: ((14, 6), (4, 2)),
            2024: ((17, 8), (3, 1)), 2025: ((16, 7), (4, 2))}
    fmt = lambda c, w: f'{fw(c)}（{fw(w)}）'
    rows = []
    for fy in range(2021, 2026):
        lab = f'令和{fw(fy - 2018)}年度採用'
        planned = fy == 2025
        a, t = data[fy]
        rows.append(hrow(fy, lab, lab + ('（予定）' if planned else ''), planned, a, t, fmt=fmt))
    facts['hiring'] = {
        'intro': ['総合職の採用状況'],
        'note': '（　）内は女性の数で内数です。',
        'tracks': {'admin': '事務系', 'tech': '技術系'},
        'rows': rows,
    }
    facts['exams'] = exam_facts('令和７年度採用予定者の試験区分', 2025, [
        exam_entry('事務系', '大卒程度試験', [('法律', 6), ('経済', 4), ('政治・国際', 1), ('教養', 2)], digits=fw),
        exam_entry('事務系', '院卒程度試験', [('行政', 2), ('法務', 1)], digits=fw),
        exam_entry('技術系', '大卒程度試験', [('工学', 2), ('デジタル', 1)], digits=fw),
        exam_entry('技術系', '院卒程度試験', [('工学', 1)], digits=fw),
    ])
    facts['contacts'] = [
        {'track': '総合職事務系', 'office': '事務総長官房人事課任用係', 'location': '中央合同庁舎第７号館東館９階',
         'tel': ['03-3581-3251（代表）内線2336'], 'email': ['saiyo-jimu@jbaudit.go.jp']},
        {'track': '総合職技術系', 'office': '事務総長官房技術参事官付', 'location': '中央合同庁舎第７号館東館11階',
         'tel': ['03-3581-3251（代表）内線2471', '03-3581-3288（直通）'], 'email': ['saiyo-gijutsu@jbaudit.go.jp']},
    ]
    facts['access'] = {'address': '東京都千代田区霞が関３-２-２ 中央合同庁舎第７号館', 'routes': [
        '東京メトロ 銀座線『虎ノ門』駅 11番出口 徒歩約３分',
        '東京メトロ 丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A13出口 徒歩約５分',
        '東京メトロ 南北線『溜池山王』駅 ９番出口 徒歩約８分',
    ]}
    facts['assignments'] = {
        'cohortFiscalYear': 2024,
        'intro': '令和６年度採用者（総合職）の配属状況（令和７年４月現在）',
        'tracks': {'admin': '事務系', 'tech': '技術系'},
        'rows': [
            {'unit': '事務総長官房', 'admin': 3, 'tech': None},
            {'unit': '第１局', 'admin': 3, 'tech': None},
            {'unit': '第２局', 'admin': 3, 'tech': 1},
            {'unit': '第３局', 'admin': 3, 'tech': 1},
            {'unit': '第４局', 'admin': 2, 'tech': None},
            {'unit': '第５局', 'admin': 3, 'tech': 1},
        ],
        'totals': {'admin': 17, 'tech': 3},
    }
    facts['lead'] = {'title': '国のお金の使われ方を、独立した立場で検査する。',
                     'text': ['会計検査院は、内閣から独立した憲法上の機関として、国の収入支出の決算を検査し、'
                              '税金が正確、合規、経済的、効率的、有効に使われているかを確かめています。']}
    facts['initiativesIntro'] = {'title': '働き方', 'text': '検査の現場と本院を行き来しながら、メリハリをつけて働いています。'}
    facts['initiatives'] = [
        {'title': '実地検査とリモート検査の組合せ', 'text': '出張による実地検査に加え、電子データによるリモート検査を取り入れ、出張日数を減らしています。'},
        {'title': '検査後のまとめ休暇', 'text': '実地検査から戻った後は、年次休暇をまとめて取得することを勧めています。'},
        {'title': 'データ分析チーム', 'text': '技術系職員を中心に、予算執行データを分析して検査対象の選定に生かしています。'},
    ]
    facts['supportTitle'] = '両立支援'
    facts['supportSystems'] = [
        {'name': '育児休業', 'text': '子が３歳に達するまで取得できます。男性職員の取得率は令和５年度に８割を超えました。'},
        {'name': '育児時間', 'text': '小学校就学前の子を養育する職員は、１日２時間まで勤務しないことができます。'},
        {'name': '介護休暇', 'text': '家族の介護のため、通算６月まで３回に分けて取得できます。'},
    ]
    facts['supportSource'] = ''
    facts['training'] = {'title': '研修', 'paragraphs': [
        '　採用後は、会計検査院独自の新任職員研修で会計学、法律、検査の実務を学び、先輩調査官とともに実地検査に参加します。',
        '　公認会計士試験の受験支援、海外の会計検査機関への派遣、大学院への留学など、専門性を高める機会も用意しています。',
    ]}
    facts['runningHeader'] = '会計検査院 総合職採用パンフレット 2025'
    doc = Doc('jbaudit-2025', '会計検査院', '会計検査院 総合職採用パンフレット 2025', facts)

    W, H = A4
    L, R = 52, W - 44
    CW = R - L
    body = 9.5
    NUM = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', 'Ⅵ', 'Ⅶ', 'Ⅷ']
    counter = [0]

    def furniture(pg, n):
        pg.text(L, 22, facts['runningHeader'], 'M', 7.5, GREY, furniture=True)
        pg.line(L, 33, R, 33, WINE, 0.4)
        pg.line(L, H - 38, R, H - 38, WINE, 0.4)
        pg.text(R, H - 32, f'{n}', 'G', 9, WINE, align='right', furniture=True)

    def heading(pg, x, y, s, w):
        n = NUM[counter[0]]; counter[0] += 1
        pg.text(x, y, f'{n}　{s}', 'M', 13, WINE, bold=True)
        pg.line(x, y + 18, x + w, y + 18, WINE, 1.2)
        pg.line(x, y + 20.5, x + w, y + 20.5, WINE, 0.4)
        return y + 30

    # ---- page 1: cover with vertical title at the right, lead, training
    p = doc.page(W, H, margin=46)
    furniture(p, 1)
    p.rect(R - 70, 48, 70, 300, fill=WINE)
    p.vtext(R - 48, 70, '会計検査院', 'M', 26, WHITE, pitch=34)
    p.text(L, 60, '総合職採用パンフレット 2025', 'G', 20)
    p.text(L, 90, '令和７年４月現在', 'M', 9)
    y = 130
    lw = CW - 90
    p.text(L, y, facts['lead']['title'], 'G', 13.5, WINE); y += 28
    y = p.para(L, y, lw, facts['lead']['text'][0], 'M', 10.5, lh=19)
    y += 10
    p.rect(L, y, lw, 110, fill=(0.92, 0.92, 0.92))
    p.text(L + lw / 2, y + 50, '（写真）実地検査の様子', 'M', 8.5, GREY, align='center')
    y = max(y + 130, 370)
    y = heading(p, L, y, facts['training']['title'], CW)
    for para in facts['training']['paragraphs']:
        y = p.para(L, y, CW, para, 'M', body, lh=16)
    y += 14
    y = heading(p, L, y, facts['initiativesIntro']['title'], CW)
    y = p.para(L, y, CW, facts['initiativesIntro']['text'], 'M', body, lh=16) + 6
    for it in facts['initiatives']:
        p.text(L, y, it['title'], 'G', 10); y += 16
        y = p.para(L + 12, y, CW - 12, it['text'], 'M', body, lh=15) + 6

    # ---- page 2: data page with a vertical strip label on the left
    p = doc.page(W, H, margin=46)
    furniture(p, 2)
    p.rect(L, 46, 22, 210, fill=WINE)
    p.vtext(L + 5, 60, '採用データ', 'G', 12, WHITE, pitch=16)
    x0 = L + 34
    w0 = R - x0
    y = heading(p, x0, 46, '採用実績', w0)
    p.text(x0, y, facts['hiring']['intro'][0], 'M', body); y += 18
    trs = [['採用年度', '総数', '事務系', '技術系']]
    for r in rows:
        lab = [r['label'], '（予定）'] if r['planned'] else r['label']
        trs.append([lab, r['total']['text'], r['admin']['text'], r['tech']['text']])
    y = table(p, x0, y, [150, 90, 90, 90], trs, size=9.5, pad=4, rules='grid', header_fill=(0.95, 0.88, 0.89),
              aligns=['left', 'center', 'center', 'center'])
    y += 5
    p.text(x0, y, facts['hiring']['note'], 'M', 8); y += 26
    y = heading(p, x0, y, '配属状況', w0)
    p.text(x0, y, facts['assignments']['intro'], 'M', body); y += 18
    ars = [['', '事務系', '技術系']]
    for a in facts['assignments']['rows']:
        ars.append([a['unit'], f"{fw(a['admin'])}名" if a['admin'] else '', f"{fw(a['tech'])}名" if a['tech'] else ''])
    y = table(p, x0, y, [160, 70, 70], ars, size=9.5, pad=3.5, rules='hrules', aligns=['left', 'center', 'center'])
    y += 26
    y = heading(p, x0, y, '試験区分', w0)
    p.text(x0, y, facts['exams']['title'], 'M', body); y += 18
    ers = [['区分', '試験', '内訳']]
    ents = facts['exams']['entries']
    for i, ent in enumerate(ents):
        first = i == 0 or ents[i - 1]['track'] != ent['track']
        ers.append([{'t': ent['track'], 'rs': 2} if first else '<', ent['exam'], wrap(ent['text'], 'M', 9, w0 - 160 - 8)])
    y = table(p, x0, y, [60, 100, w0 - 160], ers, size=9, pad=4, rules='grid', header_fill=(0.95, 0.88, 0.89))

    # ---- page 3: support (left), contacts + access (right)
    p = doc.page(W, H, margin=46)
    furniture(p, 3)
    colw = (CW - 20) / 2
    y = heading(p, L, 46, facts['supportTitle'], colw)
    for it in facts['supportSystems']:
        p.text(L, y, '◆' + it['name'], 'G', 10); y += 16
        y = p.para(L + 12, y, colw - 12, it['text'], 'M', body, lh=15) + 8
    y += 14
    p.rect(L, y, colw, 124, stroke=WINE, lw=0.8, radius=6)
    p.text(L + 12, y + 12, '先輩職員からのメッセージ', 'G', 10.5, WINE)
    p.text(L + 12, y + 32, '第３局　調査官（令和２年度採用）', 'M', 8.5)
    p.para(L + 12, y + 52, colw - 24, '　入院して最初の実地検査は、地方の空港整備事業でした。図面と契約書を突き合わせ、'
           '現場で数量を確かめる作業は地道ですが、その結果が検査報告として国会に届きます。'
           '同期とは今も局をまたいで情報交換をしています。', 'M', 8.5, lh=14)
    yl = y + 124
    x2 = L + colw + 20
    y = heading(p, x2, 46, '採用に関する問い合わせ先', colw)
    for c in facts['contacts']:
        p.rect(x2, y, colw, 14, fill=(0.95, 0.88, 0.89))
        p.text(x2 + 4, y + 2.5, c['track'], 'G', 9); y += 20
        p.text(x2 + 4, y, c['office'], 'M', body); y += 15
        p.text(x2 + 4, y, c['location'], 'M', body); y += 15
        for t in c['tel']:
            p.text(x2 + 4, y, f'電話　{t}', 'M', body); y += 15
        for m in c['email']:
            p.text(x2 + 4, y, f'メール　{m}', 'M', body); y += 15
        y += 8
    y += 10
    y = heading(p, x2, y, 'アクセス', colw)
    y = p.para(x2, y, colw, facts['access']['address'], 'M', body, lh=15) + 4
    for r in facts['access']['routes']:
        y = p.para(x2, y, colw, r, 'M', body, lh=15) + 3
    return doc


# ================================================================ 消費者庁 (A4 landscape)

def caa_2025():
    facts = {
        'organization': '消費者庁',
        'document': '総合職採用案内',
        'edition': {'year': 2025, 'asOf': '2025-03', 'asOfText': '令和7年3月現在'},
    }
    data = {2021: ((6, 3), (1, 0)), 2022: ((7, 4), (1, 1)), 2023: ((8, 4), (2, 1)),
            2024: ((8, 5), (1, 0)), 2025: ((9, 5), (2, 1))}
    rows = []
    for fy in range(2021, 2026):
        lab = f'令和{fy - 2018}年度'
        planned = fy == 2025
        a, t = data[fy]
        rows.append(hrow(fy, lab, lab + ('（採用予定）' if planned else ''), planned, a, t, synth=True))
    facts['hiring'] = {
        'intro': ['総合職採用者数（男女別）'],
        'note': '※令和7年度は採用予定数（令和7年3月現在）',
        'tracks': {'admin': '事務系', 'tech': '技術系'},
        'layout': 'two-row header: 事務系 / 技術系 / 合計 each over 男性 | 女性 (text synthesised)',
        'rows': rows,
    }
    facts['exams'] = exam_facts('令和7年度採用予定者の試験区分', 2025, [
        exam_entry('事務系', '大卒程度試験', [('法律', 4), ('経済', 2), ('教養', 1)]),
        exam_entry('事務系', '院卒程度試験', [('行政', 2)]),
        exam_entry('技術系', '大卒程度試験', [('デジタル', 1)]),
        exam_entry('技術系', '院卒程度試験', [('化学・生物・薬学', 1)]),
    ])
    facts['contacts'] = [
        {'track': '総合職事務系', 'office': '総務課人事担当', 'location': '中央合同庁舎第４号館６階',
         'tel': ['03-3507-8800（代表）内線2231'], 'email': ['caa-saiyo@caa.go.jp']},
        {'track': '総合職技術系', 'office': '消費者安全課', 'location': '中央合同庁舎第４号館５階',
         'tel': ['03-3507-8800（代表）内線2452'], 'email': ['caa-anzen-saiyo@caa.go.jp']},
        {'track': '徳島での勤務について', 'office': '新未来創造戦略本部', 'location': '徳島県庁10階',
         'tel': ['088-600-0002（直通）'], 'email': ['caa-tokushima@caa.go.jp']},
    ]
    facts['access'] = {'address': '東京都千代田区霞が関３-１-１ 中央合同庁舎第４号館', 'routes': [
        '東京メトロ 銀座線『虎ノ門』駅 ６番出口 徒歩約５分',
        '東京メトロ 丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A13出口 徒歩約３分',
        '東京メトロ 丸ノ内線・千代田線『国会議事堂前』駅 ３番出口 徒歩約８分',
    ]}
    facts['assignments'] = {
        'cohortFiscalYear': 2024,
        'intro': '令和6年度入庁者（総合職）の配属先（令和7年3月現在）',
        'tracks': {'admin': '事務系', 'tech': '技術系'},
        'rows': [
            {'unit': '総務課', 'admin': 1, 'tech': None},
            {'unit': '消費者政策課', 'admin': 2, 'tech': None},
            {'unit': '取引対策課', 'admin': 2, 'tech': None},
            {'unit': '表示対策課', 'admin': 2, 'tech': None},
            {'unit': '消費者安全課', 'admin': 1, 'tech': 1},
        ],
        'totals': {'admin': 8, 'tech': 1},
    }
    facts['lead'] = {'title': '消費者が主役の社会へ',
                     'text': ['消費者庁は、食品表示、悪質商法への対応、製品事故の防止など、消費者の安全・安心に関わる行政を一元的に担っています。'
                              '小さな組織だからこそ、若手のうちから法律の改正や新しい制度づくりの中心で活躍できます。']}
    facts['initiativesIntro'] = {'title': '働き方改革', 'text': '少人数の組織ならではの風通しのよさを生かしています。'}
    facts['initiatives'] = [
        {'title': '長官との車座ミーティング', 'text': '若手職員が長官と直接意見交換する場を毎月設けています。'},
        {'title': '徳島オフィスとのオンライン連携', 'text': '徳島の新未来創造戦略本部とは、常時接続のWeb会議で日常的に協働しています。'},
        {'title': '定時退庁日', 'text': '毎週水曜日は定時退庁日とし、幹部が率先して退庁しています。'},
    ]
    facts['supportTitle'] = '主な両立支援制度'
    facts['supportSystems'] = [
        {'name': '産前・産後休暇', 'target': '出産予定・出産した職員', 'text': '産前６週間（多胎は14週間）、産後８週間'},
        {'name': '育児休業', 'target': '３歳未満の子を養育する職員', 'text': '子が３歳に達するまで（分割取得可）'},
        {'name': '育児時間', 'target': '小学校就学前の子を養育する職員', 'text': '１日２時間以内'},
        {'name': '介護休暇', 'target': '要介護の家族がいる職員', 'text': '通算６月以内（３回まで分割可）'},
    ]
    facts['supportSource'] = '出典：人事院「両立支援ハンドブック」'
    facts['training'] = {'title': '研修・キャリア形成', 'paragraphs': [
        '　入庁後は初任行政研修と庁内研修を経て配属されます。地方公共団体の消費生活センターでの現場研修もあります。',
        '　若手のうちから他省庁や地方公共団体、海外の消費者行政機関に出向する機会があります。',
    ]}
    doc = Doc('caa-2025', '消費者庁', '消費者庁 総合職採用案内 2025', facts)

    W, H = landscape(A4)
    L, R = 30, W - 30
    body = 8.5

    def heading(pg, x, y, s, w):
        pg.rect(x, y + 2, 9, 9, fill=ORANGE)
        pg.text(x + 14, y, s, 'G', 11, (0.3, 0.15, 0.0))
        pg.line(x, y + 17, x + w, y + 17, ORANGE, 0.6, dash=(2, 2))
        return y + 25

    # ---- page 1: left panel 0.34 (title, lead, contacts, access) | right panel 0.66 (tables)
    p = doc.page(W, H, margin=28)
    p.text(W - 30, H - 22, '消費者庁 総合職採用案内 2025 ｜ 1', 'M', 7, GREY, align='right', furniture=True)
    lw = 262
    p.rect(0, 0, L + lw + 8, H, fill=(1.0, 0.96, 0.91))
    p.text(L, 32, '消費者庁', 'G', 13, ORANGE)
    p.text(L, 50, '総合職採用案内 2025', 'G', 18)
    p.text(L, 74, '令和7年3月現在', 'M', 8)
    y = 96
    p.text(L, y, facts['lead']['title'], 'G', 11.5); y += 20
    y = p.para(L, y, lw, facts['lead']['text'][0], 'M', body, lh=13.5) + 8
    y = heading(p, L, y, '採用窓口', lw)
    for c in facts['contacts']:
        p.text(L, y, f"【{c['track']}】", 'G', 8.5); y += 13
        p.text(L + 6, y, f"{c['office']}（{c['location']}）", 'M', 8); y += 12
        for t in c['tel']:
            p.text(L + 6, y, f'TEL：{t}', 'M', 8); y += 12
        for m in c['email']:
            p.text(L + 6, y, f'Mail：{m}', 'M', 8); y += 12
        y += 4
    y += 2
    y = heading(p, L, y, 'アクセス', lw)
    y = p.para(L, y, lw, facts['access']['address'], 'M', 8, lh=12) + 2
    for r in facts['access']['routes']:
        y = p.bullet(L, y, lw, r, '・', 'M', 8, lh=12)
    x2 = L + lw + 30
    rw = R - x2
    y = heading(p, x2, 32, '採用実績', rw)
    p.text(x2, y, facts['hiring']['intro'][0], 'M', body); y += 15
    trs = [[{'t': '年度', 'rs': 2, 'align': 'center'}, {'t': '事務系', 'cs': 2, 'align': 'center'}, '<',
            {'t': '技術系', 'cs': 2, 'align': 'center'}, '<', {'t': '合計', 'cs': 2, 'align': 'center'}, '<'],
           ['<', '男性', '女性', '男性', '女性', '男性', '女性']]
    for r in rows:
        lab = r['labelText']
        a, t, tot = r['admin'], r['tech'], r['total']
        trs.append([lab, f"{a['count'] - a['women']}", f"{a['women']}", f"{t['count'] - t['women']}", f"{t['women']}",
                    f"{tot['count'] - tot['women']}", f"{tot['women']}"])
    cwid = (rw - 140) / 6
    y = table(p, x2, y, [140] + [cwid] * 6, trs, size=9, header_rows=2, header_fill=(0.98, 0.87, 0.75),
              aligns=['left'] + ['center'] * 6, rules='grid', pad=3.5)
    y += 3
    p.text(x2, y, facts['hiring']['note'], 'M', 7.5); y += 20
    top = y
    aw = 230
    y = heading(p, x2, top, '配属先', aw)
    y = p.para(x2, y, aw, facts['assignments']['intro'], 'M', 8, lh=12) + 3
    ars = [['課室', '事務系', '技術系']]
    for a in facts['assignments']['rows']:
        ars.append([a['unit'], f"{a['admin']}名" if a['admin'] else '', f"{a['tech']}名" if a['tech'] else ''])
    table(p, x2, y, [aw - 90, 45, 45], ars, size=8.5, rules='hrules', aligns=['left', 'right', 'right'], pad=3)
    x3 = x2 + aw + 22
    ew = R - x3
    y = heading(p, x3, top, '試験区分', ew)
    p.text(x3, y, facts['exams']['title'], 'M', 8); y += 14
    ers = [['区分', '試験', '内訳']]
    ents = facts['exams']['entries']
    for i, ent in enumerate(ents):
        first = i == 0 or ents[i - 1]['track'] != ent['track']
        ers.append([{'t': ent['track'], 'rs': 2} if first else '<', ent['exam'], wrap(ent['text'], 'M', 8, ew - 128 - 6)])
    table(p, x3, y, [46, 82, ew - 128], ers, size=8, pad=3, rules='grid', header_fill=(0.98, 0.87, 0.75))

    # ---- page 2: 3 columns (initiatives | support table spanning 2 columns above training)
    p = doc.page(W, H, margin=28)
    p.text(W - 30, H - 22, '消費者庁 総合職採用案内 2025 ｜ 2', 'M', 7, GREY, align='right', furniture=True)
    cw = 240
    y = heading(p, L, 32, facts['initiativesIntro']['title'], cw)
    y = p.para(L, y, cw, facts['initiativesIntro']['text'], 'M', body, lh=14) + 6
    for it in facts['initiatives']:
        p.rect(L, y, cw, 2, fill=ORANGE)
        y += 7
        p.text(L, y, it['title'], 'G', 9.5); y += 15
        y = p.para(L, y, cw, it['text'], 'M', body, lh=13.5) + 8
    x2 = L + cw + 26
    rw = R - x2
    y = heading(p, x2, 32, facts['supportTitle'], rw)
    srs = [['制度', '対象', '期間・内容']] + [[s['name'], s['target'], s['text']] for s in facts['supportSystems']]
    y = table(p, x2, y, [110, 170, rw - 280], srs, size=8.5, rules='grid', header_fill=(0.98, 0.87, 0.75), pad=4)
    y += 3
    p.text(x2 + rw, y, facts['supportSource'], 'M', 7.5, align='right'); y += 22
    y = heading(p, x2, y, facts['training']['title'], rw)
    for para in facts['training']['paragraphs']:
        y = p.para(x2, y, rw, para, 'M', body, lh=14)
    y += 8
    p.rect(x2, y, rw * 0.48, 90, fill=(0.92, 0.92, 0.92))
    p.rect(x2 + rw * 0.52, y, rw * 0.48, 90, fill=(0.92, 0.92, 0.92))
    p.text(x2 + rw * 0.24, y + 96, '消費生活センターでの研修', 'M', 7.5, align='center')
    p.text(x2 + rw * 0.76, y + 96, '徳島オフィスでの打合せ', 'M', 7.5, align='center')
    return doc


# ================================================================ 国税庁

def nta_2025():
    facts = {
        'organization': '国税庁',
        'document': '総合職採用案内',
        'edition': {'year': 2025, 'asOf': '2025-05', 'asOfText': '令和７年５月現在'},
    }
    data = {2021: ((18, 6), (2, 1)), 2022: ((19, 8), (2, 0)), 2023: ((20, 8), (3, 1)),
            2024: ((21, 9), (3, 2)), 2025: ((22, 10), (4, 2))}
    fmt = lambda c, w: f'{c}名（うち女性{w}名）'
    rows = []
    for fy in range(2021, 2026):
        lab = f'令和{fw(fy - 2018)}年度'
        planned = fy == 2025
        a, t = data[fy]
        rows.append(hrow(fy, lab + ('※' if planned else ''), lab + ('※' if planned else ''), planned, a, t, fmt=fmt))
    facts['hiring'] = {
        'intro': ['総合職の採用者数'],
        'note': '※令和７年度は採用予定者数です。',
        'tracks': {'admin': '事務系', 'tech': '技術系'},
        'rows': rows,
    }
    facts['exams'] = exam_facts('令和７年度採用予定者の試験区分', 2025, [
        exam_entry('事務系', '大卒程度試験', [('法律', 8), ('経済', 7), ('政治・国際', 1), ('教養', 2)]),
        exam_entry('事務系', '院卒程度試験', [('行政', 3), ('法務', 1)]),
        exam_entry('技術系', '大卒程度試験', [('デジタル', 2), ('数理科学・物理・地球科学', 1)]),
        exam_entry('技術系', '院卒程度試験', [('デジタル', 1)]),
    ])
    facts['contacts'] = [
        {'track': '総合職事務系', 'office': '長官官房人事課', 'location': '財務省庁舎５階',
         'tel': ['03-3581-4161（代表）内線3315'], 'email': ['nta-saiyo@nta.go.jp']},
        {'track': '総合職技術系（デジタル）', 'office': '長官官房デジタル化・業務改革室', 'location': '財務省庁舎４階',
         'tel': ['03-3581-4161（代表）内線3842', '03-3581-4237（直通）'], 'email': ['nta-digital-saiyo@nta.go.jp']},
    ]
    facts['access'] = {'address': '東京都千代田区霞が関３-１-１ 財務省庁舎', 'routes': [
        '東京メトロ 丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A12出口 徒歩約１分',
        '東京メトロ 銀座線『虎ノ門』駅 ７番出口 徒歩約５分',
        '東京メトロ 南北線・銀座線『溜池山王』駅 ８番出口 徒歩約10分',
    ]}
    facts['assignments'] = {
        'cohortFiscalYear': 2024,
        'intro': '令和６年度入庁者（総合職）の配属先',
        'tracks': {'admin': '事務系', 'tech': '技術系'},
        'rows': [
            {'unit': '長官官房', 'admin': 4, 'tech': 1},
            {'unit': '課税部', 'admin': 5, 'tech': 1},
            {'unit': '徴収部', 'admin': 3, 'tech': None},
            {'unit': '調査査察部', 'admin': 4, 'tech': None},
            {'unit': '国税局（東京・大阪）', 'admin': 4, 'tech': 1},
            {'unit': '税務大学校', 'admin': 1, 'tech': None},
        ],
        'totals': {'admin': 21, 'tech': 3},
    }
    facts['lead'] = {'title': '税で、社会の土台をつくる。',
                     'text': ['国税庁は、内国税の適正かつ公平な賦課・徴収を実現し、国の財政を支えています。'
                              '全国の国税局・税務署と一体となって、申告のデジタル化や国際的な課税逃れへの対応にも取り組んでいます。']}
    facts['initiativesIntro'] = {'title': '働き方改革', 'text': '全国約５万６千人の職員が働きやすい職場を目指しています。'}
    facts['initiatives'] = [
        {'title': '庁内業務のペーパーレス化', 'text': '決裁や会議の電子化を進め、紙の資料を大きく減らしました。'},
        {'title': 'テレワーク・フレックス', 'text': '本庁ではテレワークとフレックスタイム制を組み合わせて働く職員が増えています。'},
        {'title': '若手職員の政策提案', 'text': '入庁５年目までの職員が、税務行政の将来像について長官に提案する場があります。'},
        {'title': 'キャリア面談', 'text': '毎年、人事担当と希望するキャリアについて面談しています。'},
    ]
    facts['supportTitle'] = '両立支援制度'
    facts['supportSystems'] = [
        {'name': '育児休業', 'text': '子が３歳に達するまで取得可能'},
        {'name': '育児短時間勤務', 'text': '小学校就学前まで、勤務時間を短縮可能'},
        {'name': '子の看護休暇', 'text': '年５日（子が２人以上は10日）'},
        {'name': '介護休暇', 'text': '通算６月以内、３回まで分割可能'},
        {'name': '短期介護休暇', 'text': '年５日（要介護者が２人以上は10日）'},
    ]
    facts['supportSource'] = ''
    facts['training'] = {'title': '研修制度', 'paragraphs': [
        '　採用後は、初任行政研修に続き、税務大学校で税法と会計の基礎研修を受けます。',
        '　２年目には地方の税務署で調査や徴収の現場を経験し、その後は本庁と国税局を行き来しながら、海外留学や国際機関への派遣の機会もあります。',
    ]}
    doc = Doc('nta-2025', '国税庁', '国税庁 総合職採用案内 2025', facts)

    W, H = A4
    L, R = 34, W - 34
    CW = R - L
    gut = 16
    sbw = 150                      # contacts / access sidebar on the right, full page height
    MW = CW - sbw - gut            # main column
    XS = L + MW + gut

    def heading(pg, x, y, s, w):
        pg.text(x, y, '▶' + s, 'G', 10.5, GREEN)
        pg.line(x, y + 15, x + w, y + 15, GREEN, 1.0)
        return y + 22

    # ---- page 1: title band; main column (lead, hiring, then nested 2 columns: assignments | exams);
    #      tinted sidebar (contacts, access) on the right
    p = doc.page(W, H, margin=32)
    p.rect(0, 0, W, 96, fill=GREEN)
    p.text(L, 24, '国税庁', 'G', 12, WHITE)
    p.text(L, 42, '総合職採用案内 2025', 'G', 20, WHITE)
    p.text(R, 74, '令和７年５月現在', 'M', 8.5, WHITE, align='right')
    y = 114
    p.text(L, y, facts['lead']['title'], 'G', 12.5); y += 22
    y = p.para(L, y, MW, facts['lead']['text'][0], 'M', 9, lh=15) + 12
    y = heading(p, L, y, '採用実績', MW)
    p.text(L, y, facts['hiring']['intro'][0], 'M', 8.5); y += 15
    trs = [['年度', '合計', '事務系', '技術系']]
    for r in rows:
        cells = [r['label']]
        for part in ('total', 'admin', 'tech'):
            v = r[part]
            cells.append([f"{v['count']}名", f"（うち女性{v['women']}名）"])
        trs.append(cells)
    y = table(p, L, y, [MW - 3 * 92, 92, 92, 92], trs, size=8, pad=3, lh=10.5, rules='grid',
              aligns=['left', 'center', 'center', 'center'], header_fill=(0.88, 0.94, 0.88))
    y += 3
    p.text(L, y, facts['hiring']['note'], 'M', 7.5); y += 20
    top = y
    sub = (MW - 14) / 2
    x2 = L + sub + 14
    yy = heading(p, L, top, '配属先', sub)
    yy = p.para(L, yy, sub, facts['assignments']['intro'], 'M', 8, lh=12) + 2
    ars = [['部署', '事務系', '技術系']]
    for a in facts['assignments']['rows']:
        ars.append([a['unit'], fw(a['admin']) if a['admin'] else '', fw(a['tech']) if a['tech'] else ''])
    yy = table(p, L, yy, [sub - 70, 35, 35], ars, size=8, pad=3, rules='hrules', aligns=['left', 'right', 'right'])
    p.text(L + sub, yy + 2, '（令和７年４月１日現在、単位：名）', 'M', 7, align='right')
    yleft = yy + 12
    yy = heading(p, x2, top, '試験区分', sub)
    yy = p.para(x2, yy, sub, facts['exams']['title'], 'M', 8, lh=12) + 2
    for ent in facts['exams']['entries']:
        p.text(x2, yy, f"［{ent['track']}／{ent['exam']}］", 'G', 8); yy += 12
        yy = p.para(x2 + 6, yy, sub - 6, ent['text'], 'M', 8, lh=12) + 3
    y = max(yy, yleft) + 16
    p.rect(L, y, 3, 13, fill=GREEN)
    p.text(L + 8, y, 'キャリアパスの例（事務系）', 'G', 9.5, GREEN); y += 19
    crs = [['年次', '主なポスト・経験']] + [list(x) for x in (
        ('１～２年目', '本庁の係員として法令解釈や予算を担当'),
        ('３年目', '地方の税務署で調査・徴収の現場を経験'),
        ('４～６年目', '財務省や他府省への出向、海外大学院への留学'),
        ('７～９年目', '国税局の課長補佐・本庁の課長補佐'),
        ('10年目～', '税務署長、国際機関への派遣、本庁の企画立案'))]
    table(p, L, y, [70, MW - 70], crs, size=8, pad=3, rules='booktabs')
    # sidebar
    p.rect(XS - 6, 108, sbw + 12, 560, fill=(0.93, 0.96, 0.93))
    yy = heading(p, XS, 114, '採用に関するお問い合わせ', sbw)
    for c in facts['contacts']:
        yy = p.para(XS, yy, sbw, c['track'], 'G', 8.5, lh=12)
        yy = p.para(XS, yy, sbw, c['office'], 'M', 8, lh=12)
        p.text(XS, yy, f"（{c['location']}）", 'M', 8); yy += 12
        for t in c['tel']:
            yy = p.para(XS, yy, sbw, '☎' + t, 'M', 8, lh=12)
        for m in c['email']:
            p.text(XS, yy, m, 'M', 7.5); yy += 12
        yy += 8
    yy += 4
    yy = heading(p, XS, yy, '所在地', sbw)
    addr, bldg = facts['access']['address'].split(' ')
    p.text(XS, yy, addr, 'M', 8); yy += 12
    p.text(XS, yy, bldg, 'M', 8); yy += 16
    for r in facts['access']['routes']:
        yy = p.para(XS, yy, sbw, r, 'M', 8, lh=12) + 3
    # ---- page 2: initiatives in 2 columns (column-major), support as a row of 5 boxes, training
    p = doc.page(W, H, margin=32)
    y = heading(p, L, 40, facts['initiativesIntro']['title'], CW)
    y = p.para(L, y, CW, facts['initiativesIntro']['text'], 'M', 9, lh=15) + 6
    lw_ = CW * 0.6
    yy = y
    for it in facts['initiatives']:
        p.rect(L, yy, 3, 13, fill=GREEN)
        p.text(L + 8, yy, it['title'], 'G', 9.5, GREEN); yy += 17
        yy = p.para(L + 8, yy, lw_ - 8, it['text'], 'M', 8.5, lh=13) + 10
    px = L + lw_ + 18
    pw = R - px
    p.rect(px, y, pw, 130, fill=(0.9, 0.9, 0.9))
    p.text(px, y + 136, '税務署での研修の様子', 'M', 7.5)
    y = max(yy, y + 150) + 10
    y = heading(p, L, y, facts['supportTitle'], CW)
    bw = (CW - 4 * 8) / 5
    for i, s in enumerate(facts['supportSystems']):
        x = L + i * (bw + 8)
        p.rect(x, y, bw, 66, stroke=GREEN, lw=0.7)
        p.text(x + bw / 2, y + 8, s['name'], 'G', 8.5, GREEN, align='center')
        p.para(x + 6, y + 26, bw - 12, s['text'], 'M', 8, lh=12)
    y += 66 + 20
    y = heading(p, L, y, facts['training']['title'], CW)
    for para in facts['training']['paragraphs']:
        y = p.para(L, y, CW, para, 'M', 9, lh=15)
    return doc


BUILDERS = {'jinji-2024': jinji_2024, 'jinji-2025': jinji_2025, 'jbaudit-2025': jbaudit_2025,
            'caa-2025': caa_2025, 'nta-2025': nta_2025}


def main(argv):
    names = argv or list(BUILDERS)
    for n in names:
        if n not in BUILDERS:
            sys.exit(f'unknown brochure {n}; one of {", ".join(BUILDERS)}')
    built = {}
    try:
        if any(n.startswith('jinji') for n in names):
            built['jinji-2024'], built['jinji-2025'] = jinji_2024(), jinji_2025()
            cross_check(built['jinji-2024'], built['jinji-2025'])
        for n in names:
            if n not in built:
                built[n] = BUILDERS[n]()
            write(built[n])
            print(f'wrote {n}: {len(built[n].pages)} pages')
    except Refuse as e:
        sys.exit(f'refused: {e}')


if __name__ == '__main__':
    main(sys.argv[1:])
