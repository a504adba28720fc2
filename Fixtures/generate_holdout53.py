#!/usr/bin/env python3
"""Blind holdout set 53: three recruitment brochures whose difficulty is in the PAGE GEOMETRY.

  obihiro-2026   帯広畜産大学 (national university corporation): an A3-landscape BI-FOLD leaflet; the outside
                 sheet prints the back cover LEFT and the front cover RIGHT (read right half first); the cover
                 title is set ON AN ARC (one rotated text object per glyph); inside spread left, right.
  ishigaki-2026  石垣市 (municipality): tables with 45°-ANGLED COLUMN HEADERS (Excel "angle counterclockwise");
                 page 2 has two text columns with DIFFERENT LEADING across a narrow 8 pt gutter, no rule, so
                 their baselines drift in and out of line.
  nayorohp-2026  名寄市立総合病院 (municipal hospital): every line is ONE text object whose glyphs are written
                 LAST TO FIRST (negative Td moves); headings and row labels in EXPANDED type (平体, Tz 135);
                 page 2 has four numbered boxes in a ZIGZAG (01 left, 02 right lower, 03 left, 04 right).

Self-contained and deterministic (reportlab canvas, invariant=1, no page compression, seeded shuffles).

  python3 Fixtures/generate_holdout53.py               # all three
  python3 Fixtures/generate_holdout53.py ishigaki      # one
  python3 Fixtures/generate_holdout53.py --selftest -v # fault injection: every fault must be refused
"""
import copy, hashlib, json, math, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout53')
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

FONTS = {'G': ('IPAexGothic', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'),
         'M': ('IPAexMincho', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf')}
for _k, (_n, _p) in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

A4 = (595.28, 841.89)
A3L = (1190.55, 841.89)
EDGE = 20.0
KINSOKU = set('、。，．）」』】〕・ー？！ぁぃぅぇぉっゃゅょァィゥェォッャュョ')


class Refused(Exception):
    pass


def fname(f):
    return FONTS[f][0]


def sw(text, font, size, tz=100):
    return pdfmetrics.stringWidth(text, fname(font), size) * tz / 100.0


# ---------------------------------------------------------------- page model

class Page:
    def __init__(self, size, mode='plain'):
        self.size = size
        self.items = []      # dicts
        self.gfx = []        # tuples
        self.exp = []        # expected lines
        self.mode = mode     # default drawing mode of items: 'plain' or 'rev'

    def text(self, x, y, s, font='M', size=9, tz=100, rot=0, furn=False, mode=None, exp=True):
        it = dict(x=x, y=y, text=s, font=font, size=size, tz=tz, rot=rot, furn=furn,
                  mode=mode or self.mode)
        self.items.append(it)
        if exp and not furn:
            self.exp.append(s)
        return it

    def arc(self, cx, cy, r, s, font, size, a0):
        """s along a circle of radius r (baseline on the circle), glyph centres from angle a0 clockwise."""
        glyphs = []
        a = a0
        for ch in s:
            gw = sw(ch, font, size)
            step = math.degrees((gw * 1.12) / r)
            a -= step / 2
            th = math.radians(a)
            rot = a - 90
            tr = math.radians(rot)
            ox = cx + r * math.cos(th) - gw / 2 * math.cos(tr)
            oy = cy + r * math.sin(th) - gw / 2 * math.sin(tr)
            glyphs.append((ch, ox, oy, rot))
            a -= step / 2
        it = dict(x=cx, y=cy, text=s, font=font, size=size, tz=100, rot=0, furn=False, mode='arc', glyphs=glyphs)
        self.items.append(it)
        self.exp.append(s)
        return it

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.6):
        self.gfx.append(('rect', x, y, w, h, fill, stroke, lw))

    def line(self, x1, y1, x2, y2, lw=0.6, dash=None, color=(0, 0, 0)):
        self.gfx.append(('line', x1, y1, x2, y2, lw, dash, color))

    def circle(self, x, y, r, fill=None, stroke=(0, 0, 0), lw=0.8):
        self.gfx.append(('circle', x, y, r, fill, stroke, lw))


def glyph_boxes(it):
    """Boxes (x0, y0, x1, y1) covering the item's ink: one box, or one per glyph when rotated."""
    size = it['size']
    if it['mode'] == 'arc':
        out = []
        for ch, ox, oy, rot in it['glyphs']:
            gw = sw(ch, it['font'], size)
            t = math.radians(rot)
            cx = ox + gw / 2 * math.cos(t) - 0.38 * size * math.sin(t)
            cy = oy + gw / 2 * math.sin(t) + 0.38 * size * math.cos(t)
            h = 0.42 * size
            out.append((cx - h, cy - h, cx + h, cy + h))
        return out
    if it['rot']:
        out, adv = [], 0.0
        t = math.radians(it['rot'])
        for ch in it['text']:
            gw = sw(ch, it['font'], size, it['tz'])
            cx = it['x'] + (adv + gw / 2) * math.cos(t) - 0.38 * size * math.sin(t)
            cy = it['y'] + (adv + gw / 2) * math.sin(t) + 0.38 * size * math.cos(t)
            h = 0.42 * size
            out.append((cx - h, cy - h, cx + h, cy + h))
            adv += gw
        return out
    w = sw(it['text'], it['font'], size, it['tz'])
    return [(it['x'], it['y'] - 0.12 * size, it['x'] + w, it['y'] + 0.88 * size)]


def wrap(s, font, size, width):
    lines, cur = [], ''
    for ch in s:
        if cur and sw(cur + ch, font, size) > width:
            if ch in KINSOKU:            # pull the last char down with the kinsoku char
                lines.append(cur[:-1]); cur = cur[-1] + ch
            else:
                lines.append(cur); cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(page, x, y, s, font, size, width, lead, **kw):
    for ln in wrap(s, font, size, width):
        page.text(x, y, ln, font, size, **kw)
        y -= lead
    return y


def table(page, x, top, widths, rows, rowh=17, font='M', size=9, head=1, hfont='G', spans=(),
          align=None, labeltz=100, headfill=(0.88, 0.9, 0.93)):
    """Ruled table. rows: list of lists of str|None ('' empty). spans: {(r, c): nrows} top-aligned cells.
    Returns bottom y. Appends one expected line per row (cells TAB-joined)."""
    span = dict(spans)
    covered = set()
    for (r, c), n in span.items():
        for k in range(1, n):
            covered.add((r + k, c))
    y = top
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    for r, row in enumerate(rows):
        if r < head:
            page.rect(x, y - rowh, sum(widths), rowh, fill=headfill, stroke=None)
        for c, cell in enumerate(row):
            if (r, c) in covered or not cell:
                continue
            f = hfont if r < head else font
            tz = labeltz if (c == 0 and r >= head) else 100
            w = sw(cell, f, size, tz)
            if w > widths[c] - 6:
                raise Refused(f'cell overflows its column: {cell!r}')
            a = (align or {}).get(c, 'l' if c == 0 else 'c')
            if r < head:
                a = 'c'
            if a == 'l':
                cx = xs[c] + 4
            elif a == 'r':
                cx = xs[c + 1] - 4 - w
            else:
                cx = xs[c] + (widths[c] - w) / 2
            page.text(cx, y - rowh + (rowh - size) / 2 + 0.15 * size, cell, f, size, tz=tz, exp=False)
        page.exp.append('\t'.join('' if ((r, c) in covered or not cell) else cell for c, cell in enumerate(row)))
        # rules
        for c in range(len(widths) + 1):
            page.line(xs[c], y, xs[c], y - rowh, 0.5)
        # horizontal rule under the row unless a span continues below in that column
        for c in range(len(widths)):
            if (r + 1, c) not in covered:
                page.line(xs[c], y - rowh, xs[c + 1], y - rowh, 0.5)
        y -= rowh
    page.line(x, top, xs[-1], top, 0.8)
    return y


def cellstr(v, women=True):
    if v['women'] is None or not women:
        return v['text']
    return f"{v['text']}（{v['womenText']}）"


# ---------------------------------------------------------------- facts helpers

def era(fy):
    return f'令和{fy - 2018}年度' if fy >= 2019 else f'平成{fy - 1988}年度'


def hrows(data, planned_label_suffix='（予定）', labeltexts=None):
    rows = []
    for i, (fy, a, aw, t, tw) in enumerate(data):
        planned = i == len(data) - 1

        def v(n, w):
            d = dict(count=n, text=str(n), women=None if planned else w)
            if not planned:
                d['womenText'] = str(w)
            return d
        lab = era(fy)
        rows.append(dict(fiscalYear=fy, label=lab,
                         labelText=(labeltexts[i] if labeltexts else lab + (planned_label_suffix if planned else '')),
                         planned=planned, total=v(a + t, None if planned else aw + tw), admin=v(a, aw), tech=v(t, tw)))
    return rows


def contact(track_, office, tels, emails, telText, emailText):
    return dict(track=track_, office=office, tel=tels, email=emails, location='', telText=telText,
                emailText=emailText, hoursText='')


def support(name, dur, text):
    return dict(name=name, duration=dur, durationText=dur, text=text)


# ---------------------------------------------------------------- brochure 1: obihiro (bi-fold, arc title)

def build_obihiro():
    F = dict(
        organization='帯広畜産大学', document='国立大学法人帯広畜産大学 事務職員採用案内',
        edition=dict(year=2026, asOf='2026-03', asOfText='令和8年3月現在'),
        lead=dict(title='', text=['十勝の大地で、農と食の教育研究を支える仕事です。',
                                  '学生と研究者のいちばん近くで働きませんか。']),
        hiring=dict(intro=['採用者数の推移（単位：人）'], note=['※（　）内は女性の数で内数です。'],
                    tracks=dict(admin='事務系', tech='技術系'), textSynthesised=False,
                    layout='ruled 年度 | 事務系 | 技術系 | 計 on the inside left panel of an A3 bi-fold',
                    rows=hrows([(2021, 6, 3, 2, 0), (2022, 7, 4, 1, 1), (2023, 5, 2, 2, 1), (2024, 8, 5, 2, 0),
                                (2025, 7, 3, 3, 1), (2026, 8, None, 2, None)])),
        assignments=dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先（単位：人）',
                         tracks=dict(admin='事務系', tech='技術系'), layout='ruled 配属先 | 事務系 | 技術系',
                         rows=[dict(unit='総務課', admin=2, tech=None), dict(unit='学務課', admin=2, tech=None),
                               dict(unit='研究支援課', admin=1, tech=None), dict(unit='財務課', admin=2, tech=None),
                               dict(unit='施設課', admin=None, tech=2),
                               dict(unit='畜産フィールド科学センター', admin=None, tech=1)]),
        exams=dict(title='令和8年度 採用予定', fiscalYear=2026, textSynthesised=False,
                   layout='ruled 区分 | 試験 | 職種 | 採用予定数, track and exam top-aligned in row spans',
                   entries=[dict(track='事務系', exam='北海道地区国立大学法人等職員採用試験', text='',
                                 breakdown=[dict(category='事務', count=8)], total=8),
                            dict(track='技術系', exam='北海道地区国立大学法人等職員採用試験', text='',
                                 breakdown=[dict(category='電気', count=1), dict(category='農学', count=1)], total=2)]),
        training=dict(title='研修', paragraphs=['新規採用職員研修のあと、階層別研修と語学研修があります。',
                                              '他大学や文部科学省での実務研修にも参加できます。']),
        initiatives=[], initiativesIntro='', supportTitle='両立支援制度',
        supportSystems=[support('育児休業', '子が3歳に達するまで', '男性職員の取得も増えています。'),
                        support('介護休業', '通算93日まで', '3回まで分けて取得できます。')],
        contacts=[contact('採用に関するお問い合わせ', '帯広畜産大学 総務課 人事係', ['0155-49-5218'],
                          ['jinji-k@obihiro.ac.jp'], ['TEL　0155-49-5218（人事係直通）'],
                          ['E-mail　jinji-k@obihiro.ac.jp'])],
        access=dict(address='〒080-8555 北海道帯広市稲田町西2線11',
                    routes=['JR根室本線『帯広』駅からバスで約25分', '『とかち帯広空港』から車で約35分'],
                    routesSynthesised=False,
                    routesText=['■JR根室本線「帯広」駅からバスで約25分', '■とかち帯広空港から車で約35分']),
        keyFigures=[],
        decoys=dict(bifold='A3 landscape bi-fold: outside sheet = back cover (left) | front cover (right); '
                           'the front cover is read first',
                    arc='cover title 事務職員採用案内 set on an arc, one rotated text object per glyph'))
    W, H = A3L
    P = W / 2
    p1 = Page(A3L)
    # --- front cover: the RIGHT half of the outside sheet (read first)
    cx, cy = P + P / 2, 500
    p1.circle(cx, cy, 150, fill=(0.86, 0.92, 0.84), stroke=(0.3, 0.5, 0.3), lw=1.2)
    p1.circle(cx, cy, 138, fill=None, stroke=(0.3, 0.5, 0.3), lw=0.5)
    p1.arc(cx, cy, 168, '事務職員採用案内', 'G', 32, 90 + 48)
    y = 300
    s = '国立大学法人帯広畜産大学'
    p1.text(cx - sw(s, 'G', 24) / 2, y, s, 'G', 24)
    s = F['edition']['asOfText']
    p1.text(cx - sw(s, 'M', 12) / 2, y - 34, s, 'M', 12)
    y -= 90
    for s in F['lead']['text']:
        p1.text(cx - sw(s, 'M', 13) / 2, y, s, 'M', 13)
        y -= 24
    # --- back cover: the LEFT half (read after the front)
    p1.line(P, 30, P, H - 30, 0.4, dash=(3, 3), color=(0.6, 0.6, 0.6))
    x0 = 60
    y = 700
    c = F['contacts'][0]
    p1.rect(x0, y - 6, 470, 28, fill=(0.3, 0.5, 0.3), stroke=None)
    p1.text(x0 + 10, y + 2, c['track'], 'G', 14, exp=True)
    y -= 40
    for s in [c['office']] + c['telText'] + c['emailText']:
        p1.text(x0 + 10, y, s, 'M', 12)
        y -= 22
    y -= 30
    p1.rect(x0, y - 6, 470, 28, fill=(0.3, 0.5, 0.3), stroke=None)
    p1.text(x0 + 10, y + 2, 'アクセス', 'G', 14)
    y -= 40
    p1.text(x0 + 10, y, F['access']['address'], 'M', 12)
    y -= 24
    for s in F['access']['routesText']:
        p1.text(x0 + 10, y, s, 'M', 12)
        y -= 22
    p1.rect(x0, 120, 470, 150, fill=(0.95, 0.95, 0.95), stroke=(0.6, 0.6, 0.6))   # map placeholder
    # --- inside spread
    p2 = Page(A3L)
    p2.line(P, 30, P, H - 30, 0.4, dash=(3, 3), color=(0.6, 0.6, 0.6))
    x0, y = 60, 770
    p2.text(x0, y, '採用実績', 'G', 16)
    y -= 26
    p2.text(x0, y, F['hiring']['intro'][0], 'M', 10)
    y -= 10
    rows = [['年度', '事務系', '技術系', '計']]
    for r in F['hiring']['rows']:
        rows.append([r['labelText'], cellstr(r['admin']), cellstr(r['tech']), cellstr(r['total'])])
    y = table(p2, x0, y, [150, 100, 100, 100], rows, rowh=22, size=11)
    y -= 18
    p2.text(x0, y, F['hiring']['note'][0], 'M', 9)
    y -= 44
    p2.text(x0, y, '配属実績', 'G', 16)
    y -= 26
    p2.text(x0, y, F['assignments']['intro'], 'M', 10)
    y -= 10
    rows = [['配属先', '事務系', '技術系']]
    for r in F['assignments']['rows']:
        rows.append([r['unit'], str(r['admin']) if r['admin'] else '－', str(r['tech']) if r['tech'] else '－'])
    table(p2, x0, y, [230, 110, 110], rows, rowh=22, size=11)
    # right inside panel
    x0, y = P + 45, 770
    e = F['exams']
    p2.text(x0, y, e['title'], 'G', 16)
    y -= 14
    rows = [['区分', '試験', '職種', '採用予定数'],
            ['事務系', '北海道地区国立大学法人等', '事務', '8人'],
            ['', '職員採用試験', '', ''],
            ['技術系', '北海道地区国立大学法人等', '電気', '1人'],
            ['', '職員採用試験', '農学', '1人']]
    # two-line exam cells: draw as a table whose exam cell text is split; expected joins the cell
    y = exam_two_line(p2, x0, y, [60, 250, 90, 100], rows, 20, 10)
    y -= 36
    p2.text(x0, y, F['training']['title'], 'G', 16)
    y -= 24
    for s in F['training']['paragraphs']:
        y = para(p2, x0, y, s, 'M', 11, 500, 18)
    y -= 26
    p2.text(x0, y, F['supportTitle'], 'G', 16)
    y -= 24
    for sp in F['supportSystems']:
        p2.text(x0, y, f"■{sp['name']}（{sp['durationText']}）", 'G', 11)
        y -= 18
        y = para(p2, x0 + 12, y, sp['text'], 'M', 11, 480, 18)
        y -= 6
    return dict(name='obihiro-2026', facts=F, pages=[p1, p2], seed=5301,
                colorder=('admin', 'tech', 'total'))


def exam_two_line(page, x, top, widths, rows, rowh, size):
    """Exam table where the exam name is printed on two text lines inside one cell (rows 1+2 and 3+4 are one
    logical row each in the expected text: the cell text joined)."""
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    y = top
    page.rect(x, y - rowh, sum(widths), rowh, fill=(0.88, 0.9, 0.93), stroke=None)
    for c, cell in enumerate(rows[0]):
        w = sw(cell, 'G', size)
        page.text(xs[c] + (widths[c] - w) / 2, y - rowh + 6, cell, 'G', size, exp=False)
    page.exp.append('\t'.join(rows[0]))
    page.line(x, y, xs[-1], y, 0.8)
    page.line(x, y - rowh, xs[-1], y - rowh, 0.5)
    y -= rowh
    body = rows[1:]
    for k in range(0, len(body), 2):
        a, b = body[k], body[k + 1]
        h = rowh * 2
        for c in range(4):
            texts = [t for t in (a[c], b[c]) if t]
            if not texts:
                continue
            if c == 1:    # exam name: two lines in one cell
                for j, t in enumerate(texts):
                    if sw(t, 'M', size) > widths[c] - 6:
                        raise Refused(f'cell overflows its column: {t!r}')
                    page.text(xs[c] + 4, y - 15 - j * 16, t, 'M', size, exp=False)
            else:         # category / count: one per line (the technical track has two categories)
                for j, t in enumerate([a[c], b[c]]):
                    if not t:
                        continue
                    w = sw(t, 'M', size)
                    if w > widths[c] - 6:
                        raise Refused(f'cell overflows its column: {t!r}')
                    page.text(xs[c] + (widths[c] - w) / 2, y - 15 - j * 16, t, 'M', size, exp=False)
        if b[2]:   # two categories: two expected rows; the exam cell joined into the first
            page.exp.append('\t'.join([a[0], a[1] + b[1], a[2], a[3]]))
            page.exp.append('\t'.join(['', '', b[2], b[3]]))
        else:
            page.exp.append('\t'.join([a[0], a[1] + b[1], a[2], a[3]]))
        for c in range(5):
            page.line(xs[c], y, xs[c], y - h, 0.5)
        page.line(x, y - h, xs[-1], y - h, 0.5)
        y -= h
    return y


# ---------------------------------------------------------------- brochure 2: ishigaki (angled headers, drift)

def angled_table(page, x, top, widths, header, rows, rowh=18, size=9, hh=46, labelw_head=True):
    """A ruled table whose header cells (all but the first) are set at 45° counterclockwise, as in Excel."""
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    base = top - hh
    # first header cell horizontal, at the bottom of the header band
    page.text(xs[0] + 4, base + 5, header[0], 'G', size, exp=False)
    for c in range(1, len(widths)):
        page.text(xs[c] + 8, base + 5, header[c], 'G', size, rot=45, exp=False)
        page.line(xs[c], base, xs[c] + hh, base + hh, 0.5)          # slanted borders of the angled cells
    page.line(xs[-1], base, xs[-1] + hh, base + hh, 0.5)
    page.line(xs[1] + hh, top, xs[-1] + hh, top, 0.5)
    page.line(xs[0], base, xs[0], top, 0.5)
    page.line(xs[0], top, xs[1], top, 0.5)
    page.line(xs[1], base, xs[1], top, 0.5)
    page.exp.append('\t'.join(header))
    y = base
    page.line(x, y, xs[-1], y, 0.8)
    for row in rows:
        for c, cell in enumerate(row):
            w = sw(cell, 'M', size)
            if w > widths[c] - 6:
                raise Refused(f'cell overflows its column: {cell!r}')
            cx = xs[c] + 4 if c == 0 else xs[c + 1] - 5 - w
            page.text(cx, y - rowh + 5, cell, 'M', size, exp=False)
        page.exp.append('\t'.join(row))
        for c in range(len(xs)):
            page.line(xs[c], y, xs[c], y - rowh, 0.5)
        page.line(x, y - rowh, xs[-1], y - rowh, 0.5)
        y -= rowh
    return y


def build_ishigaki():
    F = dict(
        organization='石垣市', document='石垣市 職員採用案内',
        edition=dict(year=2026, asOf='2026-04', asOfText='令和8年4月1日現在'),
        lead=dict(title='', text=['八重山の海と暮らしを守り、島の未来をつくる仲間を募集します。']),
        hiring=dict(intro=['職員採用者数（単位：人）'], note=['※（　）内は女性の数で内数です。'],
                    tracks=dict(admin='事務職', tech='技術職'), textSynthesised=False,
                    layout='ruled 年度 | 事務職 | 技術職 | 計 with the track headers angled 45°',
                    rows=hrows([(2021, 18, 9, 6, 1), (2022, 21, 10, 5, 2), (2023, 19, 8, 7, 2),
                                (2024, 22, 12, 6, 1), (2025, 20, 11, 8, 3), (2026, 22, None, 7, None)])),
        assignments=dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先（単位：人）',
                         tracks=dict(admin='事務職', tech='技術職'),
                         layout='ruled 配属先 | 事務職 | 技術職 with the track headers angled 45°',
                         rows=[dict(unit='総務課', admin=3, tech=None), dict(unit='市民課', admin=4, tech=None),
                               dict(unit='福祉総務課', admin=3, tech=None), dict(unit='観光文化課', admin=3, tech=None),
                               dict(unit='税務課', admin=4, tech=None), dict(unit='保険年金課', admin=3, tech=None),
                               dict(unit='建設課', admin=None, tech=3), dict(unit='都市計画課', admin=None, tech=2),
                               dict(unit='上下水道部', admin=None, tech=3)]),
        exams=dict(title='令和8年度 採用予定', fiscalYear=2026, textSynthesised=False,
                   layout='ruled 区分 | 試験 | 職種 | 採用予定数',
                   entries=[dict(track='事務職', exam='上級（大学卒業程度）', text='',
                                 breakdown=[dict(category='行政', count=16)], total=16),
                            dict(track='事務職', exam='初級（高校卒業程度）', text='',
                                 breakdown=[dict(category='一般事務', count=6)], total=6),
                            dict(track='技術職', exam='上級（大学卒業程度）', text='',
                                 breakdown=[dict(category='土木', count=4), dict(category='建築', count=2),
                                            dict(category='保健師', count=1)], total=7)]),
        training=dict(title='職員研修', paragraphs=[
            '採用後の1年間は、新規採用職員研修と先輩職員によるOJTで、市役所の仕事の基本を学びます。',
            '沖縄県の自治研修所や、他の自治体への派遣研修に参加する機会もあります。']),
        initiatives=[dict(title='時差出勤', text='始業時刻を7時30分から10時までの間で選ぶことができ、子どもの送り迎えや通院と仕事を両立しやすくしています。'),
                     dict(title='ノー残業デー', text='毎週水曜日と給料日は定時退庁日です。庁内放送で退庁を呼びかけ、所属長が率先して帰ります。')],
        initiativesIntro='',
        supportTitle='両立支援制度',
        supportSystems=[support('育児休業', '子が3歳に達するまで', '期間中の業務は任期付職員が引き継ぐので、安心して休むことができます。'),
                        support('部分休業', '1日2時間まで', '子が小学校に就学するまで、勤務時間の始めや終わりに取得できます。')],
        contacts=[contact('お問い合わせ', '石垣市 総務部 総務課 人事係', ['0980-82-9903'],
                          ['jinji@city.ishigaki.okinawa.jp'], ['電話　0980-82-9903'],
                          ['メール　jinji@city.ishigaki.okinawa.jp'])],
        access=dict(address='〒907-8501 沖縄県石垣市真栄里672',
                    routes=['『南ぬ島石垣空港』から車で約25分', '『石垣港離島ターミナル』から車で約10分'],
                    routesSynthesised=False,
                    routesText=['■南ぬ島石垣空港から車で約25分', '■石垣港離島ターミナルから車で約10分']),
        keyFigures=[],
        decoys=dict(angled='header cells of the hiring and assignment tables set at 45° (Excel angle counterclockwise)',
                    drift='page 2: two text columns with different leading (15 pt / 11 pt) across an 8 pt gutter, '
                          'no rule; their baselines fall in and out of line'))
    p1 = Page(A4)
    x0 = 48
    y = 785
    p1.text(x0, y, '石垣市 職員採用案内', 'G', 22)
    s = F['edition']['asOfText']
    p1.text(547 - sw(s, 'M', 10), y - 26, s, 'M', 10)
    y -= 54
    p1.text(x0, y, F['lead']['text'][0], 'M', 11)
    y -= 36
    p1.rect(x0, y - 4, 6, 18, fill=(0.1, 0.45, 0.6), stroke=None)
    p1.text(x0 + 12, y, '採用実績', 'G', 14)
    y -= 22
    p1.text(x0, y, F['hiring']['intro'][0], 'M', 9)
    y -= 8
    rows = [[r['labelText'], cellstr(r['admin']), cellstr(r['tech']), cellstr(r['total'])] for r in F['hiring']['rows']]
    y = angled_table(p1, x0, y, [110, 62, 62, 62], ['年度', '事務職', '技術職', '計'], rows)
    y -= 14
    p1.text(x0, y, F['hiring']['note'][0], 'M', 8.5)
    y -= 36
    p1.rect(x0, y - 4, 6, 18, fill=(0.1, 0.45, 0.6), stroke=None)
    p1.text(x0 + 12, y, '配属実績', 'G', 14)
    y -= 22
    p1.text(x0, y, F['assignments']['intro'], 'M', 9)
    y -= 8
    rows = [[r['unit'], str(r['admin']) if r['admin'] else '－', str(r['tech']) if r['tech'] else '－']
            for r in F['assignments']['rows']]
    angled_table(p1, x0, y, [110, 50, 50], ['配属先', '事務職', '技術職'], rows, rowh=17)
    # page 2
    p2 = Page(A4)
    y = 790
    p2.rect(x0, y - 4, 6, 18, fill=(0.1, 0.45, 0.6), stroke=None)
    p2.text(x0 + 12, y, F['exams']['title'], 'G', 14)
    y -= 12
    rows = [['区分', '試験', '職種', '採用予定数'],
            ['事務職', '上級（大学卒業程度）', '行政', '16人'],
            ['事務職', '初級（高校卒業程度）', '一般事務', '6人'],
            ['技術職', '上級（大学卒業程度）', '土木', '4人'],
            ['', '', '建築', '2人'],
            ['', '', '保健師', '1人']]
    y = table(p2, x0, y, [70, 150, 100, 80], rows, rowh=18, spans={(3, 0): 3, (3, 1): 3})
    y -= 34
    top = y
    # left column: 15 pt leading, 9.5 pt Mincho, 262 pt wide; right column from x0+270: 11 pt leading, 8 pt Gothic
    LW, GUT = 262, 8
    RX = x0 + LW + GUT
    RW = 547 - RX
    y = top
    p2.text(x0, y, '働きやすい職場づくり', 'G', 12)
    y -= 19
    for it in F['initiatives']:
        p2.text(x0, y, '●' + it['title'], 'G', 9.5)
        y -= 15
        y = para(p2, x0, y, it['text'], 'M', 9.5, LW, 15)
        y -= 4
    y -= 10
    p2.text(x0, y, F['supportTitle'], 'G', 12)
    y -= 19
    for sp in F['supportSystems']:
        p2.text(x0, y, f"■{sp['name']}（{sp['durationText']}）", 'G', 9.5)
        y -= 15
        y = para(p2, x0, y, sp['text'], 'M', 9.5, LW, 15)
        y -= 4
    y = top - 1.5
    p2.text(RX, y, F['training']['title'], 'G', 10)
    y -= 14
    for s in F['training']['paragraphs']:
        y = para(p2, RX, y, s, 'G', 8, RW, 11)
    y -= 9
    c = F['contacts'][0]
    p2.text(RX, y, c['track'], 'G', 10)
    y -= 14
    for s in [c['office']] + c['telText'] + c['emailText']:
        p2.text(RX, y, s, 'G', 8)
        y -= 11
    y -= 9
    p2.text(RX, y, 'アクセス', 'G', 10)
    y -= 14
    for s in [F['access']['address']] + F['access']['routesText']:
        p2.text(RX, y, s, 'G', 8)
        y -= 11
    return dict(name='ishigaki-2026', facts=F, pages=[p1, p2], seed=5302, colorder=('admin', 'tech', 'total'))


# ---------------------------------------------------------------- brochure 3: nayorohp (reversed glyphs, 平体, zigzag)

def build_nayorohp():
    F = dict(
        organization='名寄市立総合病院', document='名寄市立総合病院 職員採用案内',
        edition=dict(year=2026, asOf='2026-04', asOfText='令和8年4月1日現在'),
        lead=dict(title='', text=['道北の地域医療を支える病院で、チーム医療の一員として働きませんか。']),
        hiring=dict(intro=['職員採用者数（単位：人）'], note=['※（　）内は女性の数で内数です。'],
                    tracks=dict(admin='事務職', tech='医療技術職'), textSynthesised=False,
                    layout='ruled 年度 | 事務職 | 医療技術職 | 計; labels in expanded type (Tz 135)',
                    rows=hrows([(2021, 3, 2, 9, 6), (2022, 2, 1, 11, 7), (2023, 4, 2, 10, 5), (2024, 3, 1, 12, 8),
                                (2025, 3, 2, 11, 6), (2026, 3, None, 12, None)])),
        assignments=dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先（単位：人）',
                         tracks=dict(admin='事務職', tech='医療技術職'), layout='ruled 配属先 | 事務職 | 医療技術職',
                         rows=[dict(unit='総務課', admin=1, tech=None), dict(unit='医事課', admin=2, tech=None),
                               dict(unit='放射線科', admin=None, tech=3), dict(unit='臨床検査科', admin=None, tech=3),
                               dict(unit='リハビリテーション科', admin=None, tech=3), dict(unit='薬剤部', admin=None, tech=2)]),
        exams=dict(title='令和8年度 採用予定', fiscalYear=2026, textSynthesised=False,
                   layout='ruled 区分 | 試験 | 職種 | 採用予定数, track and exam top-aligned in row spans',
                   entries=[dict(track='医療技術職', exam='職員採用試験（大学卒業程度）', text='',
                                 breakdown=[dict(category='診療放射線技師', count=3), dict(category='臨床検査技師', count=3),
                                            dict(category='理学療法士', count=2), dict(category='作業療法士', count=2),
                                            dict(category='薬剤師', count=2)], total=12),
                            dict(track='事務職', exam='職員採用試験（大学卒業程度）', text='',
                                 breakdown=[dict(category='病院事務', count=3)], total=3)]),
        training=dict(title='教育・研修', paragraphs=['新人研修とプリセプター制度で一人立ちを支えます。',
                                                    '学会や研修会への参加費を補助しています。']),
        initiatives=[dict(title='タスクシフト', text='医師の事務作業を医療クラークが担います。'),
                     dict(title='年休取得促進', text='年10日以上の年次休暇の取得を目標にしています。')],
        initiativesIntro='',
        supportTitle='両立支援制度',
        supportSystems=[support('院内保育所', '生後8週から就学前まで', '夜勤のある職員も利用できます。'),
                        support('育児短時間勤務', '子が小学校に就学するまで', '週20時間から勤務時間を選べます。')],
        contacts=[contact('お問い合わせ', '名寄市立総合病院 事務部 総務課', ['01654-3-3101'],
                          ['saiyo@nayoro-hp.jp'], ['TEL　01654-3-3101（代表）'], ['E-mail　saiyo@nayoro-hp.jp'])],
        access=dict(address='〒096-8511 北海道名寄市西7条南8丁目1番地',
                    routes=['JR宗谷本線『名寄』駅から徒歩約15分', '『旭川空港』から車で約100分'],
                    routesSynthesised=False,
                    routesText=['■JR宗谷本線「名寄」駅から徒歩約15分', '■旭川空港から車で約100分']),
        keyFigures=[],
        decoys=dict(reversed='every line is one text object whose glyphs are written last to first (negative Td)',
                    expanded='headings and the first column of the hiring / assignment tables in 平体 (Tz 135)',
                    zigzag='page 2: four numbered boxes 01-04 in a zigzag (left, right lower, left, right lower)'))
    x0 = 48
    p1 = Page(A4, mode='rev')
    y = 780
    p1.text(x0, y, '名寄市立総合病院　職員採用案内', 'G', 20, tz=135)
    y -= 26
    p1.text(x0, y, F['edition']['asOfText'], 'M', 10)
    y -= 30
    p1.text(x0, y, F['lead']['text'][0], 'M', 11)
    y -= 40
    p1.rect(x0, y - 5, 499, 20, fill=(0.85, 0.9, 0.96), stroke=None)
    p1.text(x0 + 6, y, '採用実績', 'G', 13, tz=135)
    y -= 24
    p1.text(x0, y, F['hiring']['intro'][0], 'M', 9)
    y -= 8
    rows = [['年度', '事務職', '医療技術職', '計']]
    for r in F['hiring']['rows']:
        rows.append([r['labelText'], cellstr(r['admin']), cellstr(r['tech']), cellstr(r['total'])])
    y = table(p1, x0, y, [150, 90, 90, 90], rows, rowh=19, size=10, labeltz=135)
    y -= 16
    p1.text(x0, y, F['hiring']['note'][0], 'M', 8.5)
    y -= 40
    p1.rect(x0, y - 5, 499, 20, fill=(0.85, 0.9, 0.96), stroke=None)
    p1.text(x0 + 6, y, '配属実績', 'G', 13, tz=135)
    y -= 24
    p1.text(x0, y, F['assignments']['intro'], 'M', 9)
    y -= 8
    rows = [['配属先', '事務職', '医療技術職']]
    for r in F['assignments']['rows']:
        rows.append([r['unit'], str(r['admin']) if r['admin'] else '－', str(r['tech']) if r['tech'] else '－'])
    y = table(p1, x0, y, [190, 90, 90], rows, rowh=19, size=10, labeltz=135)
    p1.text(297.6 - sw('- 1 -', 'M', 9) / 2, 30, '- 1 -', 'M', 9, furn=True, mode='plain')
    # page 2
    p2 = Page(A4, mode='rev')
    y = 790
    p2.rect(x0, y - 5, 499, 20, fill=(0.85, 0.9, 0.96), stroke=None)
    p2.text(x0 + 6, y, F['exams']['title'], 'G', 13, tz=135)
    y -= 12
    rows = [['区分', '試験', '職種', '採用予定数'],
            ['医療技術職', '職員採用試験（大学卒業程度）', '診療放射線技師', '3人'],
            ['', '', '臨床検査技師', '3人'], ['', '', '理学療法士', '2人'], ['', '', '作業療法士', '2人'],
            ['', '', '薬剤師', '2人'],
            ['事務職', '職員採用試験（大学卒業程度）', '病院事務', '3人']]
    y = table(p2, x0, y, [80, 180, 130, 80], rows, rowh=17, size=9, spans={(1, 0): 5, (1, 1): 5})
    y -= 30
    # zigzag boxes
    BW = 240
    LX, RX = x0, 547 - BW
    c = F['contacts'][0]
    boxes = [
        ('01', '働きやすい職場づくり',
         sum([[(('G', 9), '●' + i['title']), (('M', 8.5), i['text'])]
                                                          for i in F['initiatives']], [])),
        ('02', F['supportTitle'],
         sum([[(('G', 9), f"■{s['name']}（{s['durationText']}）"), (('M', 8.5), s['text'])]
              for s in F['supportSystems']], [])),
        ('03', F['training']['title'], [(('M', 8.5), s) for s in F['training']['paragraphs']]),
        ('04', c['track'], [(('M', 8.5), s) for s in [c['office']] + c['telText'] + c['emailText']]),
    ]
    tops = []
    heights = []
    for num, title, lines in boxes:
        n = sum(len(wrap(s, f[0], f[1], BW - 16)) for f, s in lines)
        heights.append(30 + n * 13 + 10)
    t1 = y
    t2 = t1 - 50
    t3 = t1 - heights[0] - 16
    t4 = min(t3 - 50, t2 - heights[1] - 16)
    tops = [t1, t2, t3, t4]
    xs = [LX, RX, LX, RX]
    for k, (num, title, lines) in enumerate(boxes):
        bx, bt, bh = xs[k], tops[k], heights[k]
        p2.rect(bx, bt - bh, BW, bh, fill=(0.97, 0.97, 0.99), stroke=(0.3, 0.4, 0.6), lw=0.8)
        p2.circle(bx + 16, bt - 16, 10, fill=(0.3, 0.4, 0.6), stroke=None)
        p2.text(bx + 16 - sw(num, 'G', 10) / 2, bt - 19.5, num, 'G', 10, exp=False)
        p2.text(bx + 32, bt - 20, title, 'G', 11, tz=135, exp=False)
        p2.exp.append(num + ' ' + title)
        yy = bt - 38
        for (f, size), s in lines:
            yy = para(p2, bx + 8, yy, s, f, size, BW - 16, 13)
    # connector arrows 01→02, 02→03, 03→04
    p2.line(LX + BW, t1 - 30, RX, t2 - 30, 1.0, color=(0.3, 0.4, 0.6))
    p2.line(RX, t2 - heights[1] + 20, LX + BW, t3 - 20, 1.0, color=(0.3, 0.4, 0.6))
    p2.line(LX + BW, t3 - 30, RX, t4 - 30, 1.0, color=(0.3, 0.4, 0.6))
    y = min(t3 - heights[2], t4 - heights[3]) - 30
    p2.rect(x0, y - 5, 499, 20, fill=(0.85, 0.9, 0.96), stroke=None)
    p2.text(x0 + 6, y, 'アクセス', 'G', 13, tz=135)
    y -= 24
    for s in [F['access']['address']] + F['access']['routesText']:
        p2.text(x0, y, s, 'M', 9.5)
        y -= 15
    p2.text(297.6 - sw('- 2 -', 'M', 9) / 2, 30, '- 2 -', 'M', 9, furn=True, mode='plain')
    return dict(name='nayorohp-2026', facts=F, pages=[p1, p2], seed=5303, colorder=('admin', 'tech', 'total'))


BUILDERS = {'obihiro': build_obihiro, 'ishigaki': build_ishigaki, 'nayorohp': build_nayorohp}


# ---------------------------------------------------------------- rendering

def render(b):
    fd, path = tempfile.mkstemp(suffix='.pdf')
    os.close(fd)
    pages = b['pages']
    c = canvas.Canvas(path, pagesize=pages[0].size, invariant=1, pageCompression=0)
    c.setTitle(b['facts']['document'])
    for pn, pg in enumerate(pages):
        c.setPageSize(pg.size)
        for g in pg.gfx:
            kind = g[0]
            c.saveState()
            if kind == 'rect':
                _, x, y, w, h, fill, stroke, lw = g
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                c.setLineWidth(lw)
                c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif kind == 'line':
                _, x1, y1, x2, y2, lw, dash, color = g
                c.setStrokeColorRGB(*color)
                c.setLineWidth(lw)
                if dash:
                    c.setDash(*dash)
                c.line(x1, y1, x2, y2)
            elif kind == 'circle':
                _, x, y, r, fill, stroke, lw = g
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                c.setLineWidth(lw)
                c.circle(x, y, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
            c.restoreState()
        order = list(range(len(pg.items)))
        random.Random(b['seed'] * 10 + pn).shuffle(order)
        for i in order:
            draw_item(c, pg.items[i])
        c.showPage()
    c.save()
    data = open(path, 'rb').read()
    os.unlink(path)
    return data


def draw_item(c, it):
    fn, size = fname(it['font']), it['size']
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    if it['mode'] == 'arc':
        c.restoreState()
        for ch, ox, oy, rot in it['glyphs']:
            c.saveState()
            c.setFillColorRGB(0.15, 0.3, 0.15)
            c.translate(ox, oy)
            c.rotate(rot)
            c.setFont(fn, size)
            c.drawString(0, 0, ch)
            c.restoreState()
        return
    if it['rot']:
        c.translate(it['x'], it['y'])
        c.rotate(it['rot'])
        t = c.beginText(0, 0)
        t.setFont(fn, size)
        if it['tz'] != 100:
            t.setHorizScale(it['tz'])
        t.textOut(it['text'])
        c.drawText(t)
    elif it['mode'] == 'rev':
        chars = list(it['text'])
        xs, adv = [], it['x']
        for ch in chars:
            xs.append(adv)
            adv += sw(ch, it['font'], size, it['tz'])
        t = c.beginText(xs[-1], it['y'])
        t.setFont(fn, size)
        if it['tz'] != 100:
            t.setHorizScale(it['tz'])
        t.textOut(chars[-1])
        for i in range(len(chars) - 2, -1, -1):
            t.moveCursor(round(xs[i] - xs[i + 1], 4), 0)
            t.textOut(chars[i])
        c.drawText(t)
    else:
        t = c.beginText(it['x'], it['y'])
        t.setFont(fn, size)
        if it['tz'] != 100:
            t.setHorizScale(it['tz'])
        t.textOut(it['text'])
        c.drawText(t)
    c.restoreState()


# ---------------------------------------------------------------- checks

def strip(s):
    return ''.join(s.split())


def standin(F):
    acc = F.get('access') or {}
    return {
        'organization': F['organization'], 'edition': {'asOf': F['edition']['asOf']},
        'sections': {
            'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'],
                                 'total': {'count': r['total']['count'], 'women': r['total']['women']},
                                 'administrative': {'count': r['admin']['count'], 'women': r['admin']['women']},
                                 'technical': {'count': r['tech']['count'], 'women': r['tech']['women']}}
                                for r in F['hiring']['rows']]},
            'assignments': {'cohortFiscalYear': F['assignments']['cohortFiscalYear'],
                            'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0,
                                      'technical': r['tech'] or 0} for r in F['assignments']['rows']]},
            'examBreakdown': {'entries': [{'track': track(e['track']), 'level': level(e['exam']),
                                           'category': b['category'], 'count': b['count']}
                                          for e in F['exams']['entries'] for b in e['breakdown']]},
            'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']}
                         for c in F['contacts']],
            'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in acc.get('routes', [])]},
            'initiatives': [{'title': i['title']} for i in F['initiatives']],
            'supportSystems': [{'name': s['name']} for s in F['supportSystems']],
        }}


def expected_text(b):
    return '\n\f\n'.join('\n'.join(p.exp) for p in b['pages']) + '\n'


def check_facts(b):
    F, errs = b['facts'], []
    exp_lines = [ln for p in b['pages'] for ln in p.exp]
    alltext = norm(''.join(exp_lines))
    ed = F['edition']
    rows = F['hiring']['rows']
    for r in rows:
        for k in ('total', 'admin', 'tech'):
            v = r[k]
            if unicodedata.normalize('NFKC', v['text']) != str(v['count']):
                errs.append(f"printed count {v['text']} != {v['count']}")
            if v['women'] is not None:
                if v['women'] > v['count']:
                    errs.append('women > heads')
                if v.get('womenText') != str(v['women']):
                    errs.append('womenText != women')
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            errs.append(f"hiring total {r['label']}")
        if r['planned']:
            if any(r[k]['women'] is not None for k in ('total', 'admin', 'tech')):
                errs.append('women on the planned row')
        else:
            if r['total']['women'] != r['admin']['women'] + r['tech']['women']:
                errs.append(f"women total {r['label']}")
        if r['label'] != era(r['fiscalYear']):
            errs.append(f"label {r['label']} is not the era label of {r['fiscalYear']}")
        cells = [cellstr(r[k]) for k in b['colorder']]
        line = '\t'.join([r['labelText']] + cells)
        n = sum(1 for ln in exp_lines if strip(ln) == strip(line))
        if n != 1:
            errs.append(f'hiring row not printed exactly once: {line!r} ({n})')
    fys = [r['fiscalYear'] for r in rows]
    if fys != list(range(fys[0], fys[0] + len(fys))):
        errs.append('years not consecutive')
    planned = [r for r in rows if r['planned']]
    if len(planned) != 1 or not rows[-1]['planned']:
        errs.append('exactly one planned row, the last')
    py = planned[0]['fiscalYear'] if planned else None
    if not (py == ed['year'] == F['exams']['fiscalYear'] == int(ed['asOf'][:4])):
        errs.append('planned year / edition / exam year disagree')
    a = F['assignments']
    actual = [r for r in rows if not r['planned']]
    if a['cohortFiscalYear'] != actual[-1]['fiscalYear']:
        errs.append('assignment cohort is not the last actual year')
    last = actual[-1]
    if sum(r['admin'] or 0 for r in a['rows']) != last['admin']['count'] or \
            sum(r['tech'] or 0 for r in a['rows']) != last['tech']['count']:
        errs.append('assignment sums')
    units = [norm(r['unit']) for r in a['rows']]
    if len(set(units)) != len(units):
        errs.append('duplicate unit')
    for r in a['rows']:
        for k in ('admin', 'tech'):
            if r[k] is not None and r[k] <= 0:
                errs.append('zero or negative assignment')
    by = Counter()
    keys = set()
    for e in F['exams']['entries']:
        if e['total'] != sum(x['count'] for x in e['breakdown']):
            errs.append('exam entry total')
        t = track(e['track'])
        if t == 'other':
            errs.append('exam track maps to other')
        by[t] += sum(x['count'] for x in e['breakdown'])
        for x in e['breakdown']:
            k = (t, level(e['exam']), norm(x['category']))
            if k in keys:
                errs.append(f'colliding exam category {k}')
            keys.add(k)
    if by['administrative'] != planned[-1]['admin']['count'] or by['technical'] != planned[-1]['tech']['count']:
        errs.append('exam categories != planned hires')
    for s in F['supportSystems']:
        if s['duration'] != s['durationText']:
            errs.append('support duration')
    # every fact string printed
    strings = [F['organization'], ed['asOfText']] + F['lead']['text'] + F['hiring']['intro'] + F['hiring']['note']
    strings += list(F['hiring']['tracks'].values()) + [r['labelText'] for r in rows]
    strings += [a['intro']] + [r['unit'] for r in a['rows']]
    strings += [F['exams']['title']]
    for e in F['exams']['entries']:
        strings += [e['track'], e['exam']] + [x['category'] for x in e['breakdown']]
    strings += [F['training']['title']] + F['training']['paragraphs']
    for i in F['initiatives']:
        strings += [i['title'], i['text']]
    strings += [F['supportTitle']] if F['supportSystems'] else []
    for s in F['supportSystems']:
        strings += [s['name'], s['durationText'], s['text']]
    for c in F['contacts']:
        strings += [c['track'], c['office']] + c['telText'] + c['emailText'] + c['email']
        for t, tt in zip(c['tel'], c['telText']):
            if re.sub(r'\D', '', unicodedata.normalize('NFKC', t)) != re.sub(r'\D', '', unicodedata.normalize('NFKC', tt)):
                errs.append(f'phone {t} != printed {tt}')
    acc = F['access']
    strings += [acc['address']] + acc['routesText']
    for r in acc['routes']:
        strings += [r.split('『')[1].split('』')[0]]
        if norm(r.replace('『', '「').replace('』', '」')) not in alltext and norm(r.replace('『', '').replace('』', '')) not in alltext:
            errs.append(f'route not printed: {r!r}')
    for s in strings:
        if s and norm(s) not in alltext:
            errs.append(f'fact not printed: {s!r}')
    # scorer on the stand-in document
    drawn = strip(''.join(exp_lines))
    res = checks(F, standin(F), drawn)
    bad = [n for n, ok in res if not ok]
    if bad:
        errs.append(f'stand-in misses {bad}')
    kinds = {n.split()[0] for n, _ in res}
    need = {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'support'}
    if F['initiatives']:
        need.add('initiative')
    if not need <= kinds:
        errs.append(f'checks do not reach {need - kinds}')
    if any(ok for _, ok in checks(F, {}, drawn)):
        errs.append('an empty document scores')
    b['nchecks'] = len(res)
    return errs


def check_layout(b):
    errs = []
    for pn, pg in enumerate(b['pages']):
        W, H = pg.size
        allboxes = []
        for i, it in enumerate(pg.items):
            f = pdfmetrics.getFont(fname(it['font']))
            for ch in it['text']:
                if ord(ch) not in f.face.charToGlyph:
                    errs.append(f'p{pn + 1}: glyph missing {ch!r}')
            bx = glyph_boxes(it)
            for (x0, y0, x1, y1) in bx:
                if x0 < EDGE or y0 < EDGE or x1 > W - EDGE or y1 > H - EDGE:
                    errs.append(f'p{pn + 1}: in the edge margin: {it["text"]!r}')
                    break
            allboxes.append(bx)
        for i in range(len(pg.items)):
            for j in range(i + 1, len(pg.items)):
                if any(a[0] < c[2] - 0.01 and c[0] < a[2] - 0.01 and a[1] < c[3] - 0.01 and c[1] < a[3] - 0.01
                       for a in allboxes[i] for c in allboxes[j]):
                    errs.append(f'p{pn + 1}: overlap {pg.items[i]["text"]!r} / {pg.items[j]["text"]!r}')
        body = Counter(strip(''.join(it['text'] for it in pg.items if not it['furn'])))
        exp = Counter(strip(''.join(pg.exp)))
        if body != exp:
            errs.append(f'p{pn + 1}: drawn text != expected text: +{dict(exp - body)} -{dict(body - exp)}')
        furn = {strip(it['text']) for it in pg.items if it['furn']}
        for ln in pg.exp:
            if strip(ln) in furn:
                errs.append(f'p{pn + 1}: furniture as an expected line {ln!r}')
            if ln and ln[0] in KINSOKU:
                errs.append(f'p{pn + 1}: expected line starts with a kinsoku char {ln!r}')
    return errs


def check_pdf(b, data):
    errs = []
    fd, path = tempfile.mkstemp(suffix='.pdf')
    os.write(fd, data)
    os.close(fd)
    try:
        for pn, pg in enumerate(b['pages']):
            out = subprocess.run(['pdftotext', '-f', str(pn + 1), '-l', str(pn + 1), path, '-'],
                                 capture_output=True, text=True).stdout
            got = Counter(strip(out))
            want = Counter(strip(''.join(it['text'] for it in pg.items)))
            if got != want:
                errs.append(f'p{pn + 1}: pdftotext differs: +{dict(got - want)} -{dict(want - got)}')
        nbt = len(re.findall(rb'(?m)^BT\b', data))
        if nbt < sum(len(p.items) for p in b['pages']):
            errs.append(f'fewer text objects ({nbt}) than items')
    finally:
        os.unlink(path)
    return errs


def validate(b, pdf=True):
    errs = check_facts(b) + check_layout(b)
    if errs:
        raise Refused('; '.join(errs[:6]))
    data = render(b)
    if pdf:
        if render(b) != data:
            raise Refused('two renders differ')
        errs = check_pdf(b, data)
        if errs:
            raise Refused('; '.join(errs[:6]))
    return data


def write(b, data):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, b['name'] + '.pdf'), 'wb') as f:
        f.write(data)
    with open(os.path.join(OUT, b['name'] + '.expected.txt'), 'w', encoding='utf-8') as f:
        f.write(expected_text(b))
    with open(os.path.join(OUT, b['name'] + '.facts.json'), 'w', encoding='utf-8') as f:
        json.dump(b['facts'], f, ensure_ascii=False, indent=2)
        f.write('\n')


# ---------------------------------------------------------------- fault injection

def first_body(b, pi=0):
    return next(it for it in b['pages'][pi].items if not it['furn'])


def faults():
    def h(b):
        return b['facts']['hiring']['rows']

    def f_total(b): h(b)[0]['total']['count'] += 1; h(b)[0]['total']['text'] = str(h(b)[0]['total']['count'])
    def f_women(b): h(b)[1]['total']['women'] += 1; h(b)[1]['total']['womenText'] = str(h(b)[1]['total']['women'])
    def f_assign(b): r = b['facts']['assignments']['rows'][0]; r['admin'] = (r['admin'] or 0) + 1
    def f_exam(b): b['facts']['exams']['entries'][0]['breakdown'][0]['count'] += 1; b['facts']['exams']['entries'][0]['total'] += 1
    def f_examcat(b): b['facts']['exams']['entries'][-1]['breakdown'][-1]['count'] += 1
    def f_email(b): b['facts']['contacts'][0]['email'][0] = 'x' + b['facts']['contacts'][0]['email'][0]
    def f_plwomen(b): h(b)[-1]['admin']['women'] = 1; h(b)[-1]['admin']['womenText'] = '1'
    def f_plfirst(b): rows = h(b); rows.insert(0, rows.pop())
    def f_era(b): h(b)[2]['label'] = '平成31年度'
    def f_text(b): h(b)[3]['admin']['text'] = str(h(b)[3]['admin']['count'] + 10)
    def f_collide(b):
        e = b['facts']['exams']['entries']
        e[0]['breakdown'].append(dict(e[0]['breakdown'][0])); e[0]['total'] += e[0]['breakdown'][0]['count']
    def f_dupunit(b): rows = b['facts']['assignments']['rows']; rows[1]['unit'] = rows[0]['unit']
    def f_route(b): b['facts']['access']['routes'][0] = '『存在しない駅』から徒歩約1分'
    def f_overlap(b):
        it = copy.deepcopy(first_body(b)); it['x'] += 1; b['pages'][0].items.append(it); b['pages'][0].exp.append(it['text'])
    def f_margin(b):
        it = first_body(b, 1); it['x'] = 5
    def f_emoji(b):
        it = first_body(b, 1); it['text'] += '😀'; b['pages'][1].exp[-1] += '😀'
    def f_kinsoku(b): b['pages'][0].exp.append('。'); b['pages'][0].items.append(
        dict(x=300, y=60, text='。', font='M', size=9, tz=100, rot=0, furn=False, mode='plain'))
    def f_extra(b): b['pages'][1].exp[-1] += '余'
    def f_support(b): b['facts']['supportSystems'][0]['name'] = '存在しない制度'
    def f_phone(b): c = b['facts']['contacts'][0]; c['tel'][0] = c['tel'][0][:-1] + ('0' if c['tel'][0][-1] != '0' else '1')
    def f_furn(b):
        it = next(i for i in b['pages'][0].items if not i['furn'] and i['text'] in b['pages'][0].exp)
        it['furn'] = True
    return [('hiring total +1', f_total), ('women total +1', f_women), ('assignment +1', f_assign),
            ('exam count +1', f_exam), ('last exam category +1, entry total kept', f_examcat),
            ('e-mail not printed', f_email), ('women on the planned row', f_plwomen),
            ('planned row moved first', f_plfirst), ('wrong era label', f_era), ('printed count differs', f_text),
            ('colliding exam category', f_collide), ('duplicated unit', f_dupunit), ('route not printed', f_route),
            ('overlapping copy of an item', f_overlap), ('item in the edge margin', f_margin),
            ('emoji the font lacks', f_emoji), ('line starting with 。', f_kinsoku),
            ('extra expected character', f_extra), ('support name not printed', f_support),
            ('wrong phone', f_phone), ('body line made furniture', f_furn)]


def selftest(names, verbose):
    total = refused = 0
    for n in names:
        base = BUILDERS[n]()
        validate(base, pdf=False)
        for label, fn in faults():
            b = copy.deepcopy(base)
            fn(b)
            total += 1
            try:
                validate(b, pdf=True)
                print(f'NOT REFUSED {n}: {label}')
            except Refused as e:
                refused += 1
                if verbose:
                    print(f'refused {n}: {label}: {str(e)[:110]}')
    total += 1
    try:
        table(Page(A4), 40, 500, [30], [['とても長いセルの文字列']])
        print('NOT REFUSED: overflowing cell')
    except Refused:
        refused += 1
        if verbose:
            print('refused: overflowing cell')
    print(f'selftest: {refused}/{total} refused')
    return refused == total


def main(argv):
    verbose = '-v' in argv
    args = [a for a in argv if not a.startswith('-')]
    names = args or list(BUILDERS)
    if '--selftest' in argv:
        sys.exit(0 if selftest(names, verbose) else 1)
    for n in names:
        b = BUILDERS[n]()
        data = validate(b)
        write(b, data)
        print(f"{b['name']}: {len(data)} bytes, {sum(len(p.items) for p in b['pages'])} items, "
              f"{b['nchecks']} fact checks, md5 {hashlib.md5(data).hexdigest()}")


if __name__ == '__main__':
    main(sys.argv[1:])
