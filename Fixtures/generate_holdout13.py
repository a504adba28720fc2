#!/usr/bin/env python3
"""Blind holdout set 13: three 2-page brochures of organisations not used before.

    python3 Fixtures/generate_holdout13.py            # all three
    python3 Fixtures/generate_holdout13.py jtsb-2026  # one

Self-contained (written without reading the tool's sources or the other generators).
Every visual line is its own text object at an absolute position inside q/Q; the text
objects of each page are drawn after the graphics in a seeded shuffled order.  Before
writing, the generator checks: no two text items overlap, nothing leaves the page, every
glyph is in the font, no table cell overflows, drawn text == expected text as a multiset
of characters per page (furniture excluded), every fact string is printed, and the
numbers add up.  Output is deterministic (reportlab invariant mode, fixed seeds).
"""
import json
import os
import random
import sys
import unicodedata
from collections import Counter

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color, black, white

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout13')
A4 = (595.28, 841.89)
A4L = (841.89, 595.28)

FONTS = {
    'M': '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf',
    'G': '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
}
_TT = {}
for _k, _p in FONTS.items():
    _TT[_k] = TTFont('IPAex' + _k, _p)
    pdfmetrics.registerFont(_TT[_k])


def fname(f):
    return 'IPAex' + f


def sw(s, f, size):
    return pdfmetrics.stringWidth(s, fname(f), size)


def rgb(h):
    h = h.lstrip('#')
    return Color(int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)


KANJI = '〇一二三四五六七八九'


def kan(n):
    """Kanji numeral 0..99 (十, 十一, 二十 ...)."""
    if n < 10:
        return KANJI[n]
    t, u = divmod(n, 10)
    return ('' if t == 1 else KANJI[t]) + '十' + ('' if u == 0 else KANJI[u])


NOSTART = set('、。，．・：；？！ー）」』】〕〉》ぁぃぅぇぉっゃゅょァィゥェォッャュョ％,.:;)')
SMALLKANA = set('ぁぃぅぇぉっゃゅょァィゥェォッャュョ')
NOEND = set('（「『【〔〈《(')


class Fail(Exception):
    pass


# ---------------------------------------------------------------------------------------
# page model
# ---------------------------------------------------------------------------------------
class Page:
    def __init__(self, size):
        self.w, self.h = size
        self.items = []      # text items
        self.gfx = []        # graphics callables (canvas) -> drawn first
        self.lines = []      # expected lines in reading order

    # graphics ---------------------------------------------------------------------------
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, radius=0, dash=None):
        def g(c):
            c.saveState()
            if fill is not None:
                c.setFillColor(fill)
            if stroke is not None:
                c.setStrokeColor(stroke)
                c.setLineWidth(lw)
            if dash:
                c.setDash(*dash)
            if radius:
                c.roundRect(x, y, w, h, radius, stroke=1 if stroke is not None else 0,
                            fill=1 if fill is not None else 0)
            else:
                c.rect(x, y, w, h, stroke=1 if stroke is not None else 0,
                       fill=1 if fill is not None else 0)
            c.restoreState()
        self.gfx.append(g)

    def line(self, x1, y1, x2, y2, color=black, lw=0.6, dash=None):
        def g(c):
            c.saveState()
            c.setStrokeColor(color)
            c.setLineWidth(lw)
            if dash:
                c.setDash(*dash)
            c.line(x1, y1, x2, y2)
            c.restoreState()
        self.gfx.append(g)

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.6):
        def g(c):
            c.saveState()
            if fill is not None:
                c.setFillColor(fill)
            if stroke is not None:
                c.setStrokeColor(stroke)
                c.setLineWidth(lw)
            c.circle(x, y, r, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            c.restoreState()
        self.gfx.append(g)

    # text --------------------------------------------------------------------------------
    def put(self, x, y, s, f='M', size=9, color=black, furniture=False, bbox=None):
        """One text object. Returns its width."""
        w = sw(s, f, size)
        if bbox is None:
            bbox = (x, y - 0.12 * size, x + w, y + 0.88 * size)
        self.items.append(dict(x=x, y=y, s=s, f=f, size=size, color=color,
                               furniture=furniture, bbox=bbox))
        return w

    def text(self, x, y, s, f='M', size=9, color=black, align='left', exp=True):
        w = sw(s, f, size)
        if align == 'right':
            x = x - w
        elif align == 'center':
            x = x - w / 2
        self.put(x, y, s, f, size, color)
        if exp:
            self.lines.append(s)
        return w

    def vtext(self, xc, ytop, s, f='M', size=10, color=black, pitch=1.08, exp=True, furniture=False):
        """Vertical (縦書き) line: one text object per glyph, top to bottom. xc = column centre,
        ytop = top of the first glyph cell. Returns the y of the bottom of the column."""
        y = ytop
        for ch in s:
            base = y - 0.88 * size
            x0 = xc - size / 2
            if ch in '、。':
                dx, dy = 0.55 * size, 0.62 * size
                bb = (x0 + dx, base + dy - 0.05 * size, x0 + dx + 0.4 * size, base + dy + 0.3 * size)
                self.put(x0 + dx, base + dy, ch, f, size, color, furniture=furniture, bbox=bb)
            elif ch in SMALLKANA:
                # small kana sit towards the upper right of their cell in vertical setting
                w = sw(ch, f, size)
                self.put(xc - w / 2 + 0.1 * size, base + 0.08 * size, ch, f, size, color, furniture=furniture)
            else:
                w = sw(ch, f, size)
                self.put(xc - w / 2, base, ch, f, size, color, furniture=furniture)
            y -= size * pitch
        if exp:
            self.lines.append(s)
        return y

    def para(self, x, y, width, s, f='M', size=9, lead=None, color=black, indent_first=0):
        """Wrapped paragraph; every visual line one text object and one expected line.
        Returns the baseline y for the next line."""
        lead = lead or size * 1.6
        for i, ln in enumerate(wrap(s, f, size, width, indent_first)):
            dx = indent_first if i == 0 else 0
            self.text(x + dx, y, ln, f, size, color)
            y -= lead
        return y


def tokens(s):
    out, cur = [], ''
    for ch in s:
        if ch.isascii() and (ch.isalnum() or ch in '@.-_/:~%'):
            cur += ch
        else:
            if cur:
                out.append(cur)
                cur = ''
            out.append(ch)
    if cur:
        out.append(cur)
    return out


def wrap(s, f, size, width, indent_first=0):
    toks = tokens(s)
    lines, cur = [], []
    avail = width - indent_first
    for t in toks:
        trial = ''.join(cur) + t
        if sw(trial, f, size) <= avail or not cur:
            cur.append(t)
            continue
        # break before t; kinsoku
        if t[0] in NOSTART:
            moved = [cur.pop()]
            while cur and cur[-1][-1] in NOEND:
                moved.insert(0, cur.pop())
            lines.append(''.join(cur))
            cur = moved + [t]
        else:
            moved = []
            while cur and cur[-1][-1] in NOEND:
                moved.insert(0, cur.pop())
            lines.append(''.join(cur))
            cur = moved + [t]
        avail = width
    if cur:
        lines.append(''.join(cur))
    for ln in lines:
        if ln[0] in NOSTART:
            raise Fail(f'kinsoku: line starts with {ln[0]!r}: {ln}')
    return lines


def vwrap(s, n):
    """Split s into vertical columns of at most n glyphs (no column starts with 、。)."""
    cols, cur = [], ''
    for ch in s:
        if len(cur) >= n and ch not in '、。':
            cols.append(cur)
            cur = ''
        cur += ch
    if cur:
        cols.append(cur)
    for c in cols:
        if len(c) > n + 1:
            raise Fail('vertical column too long')
    return cols


# ---------------------------------------------------------------------------------------
# tables
# ---------------------------------------------------------------------------------------
def table(pg, x, ytop, widths, heights, cells, size=8.5, f='M', spans=None, align=None,
          header_rows=0, header_fill=None, header_font='G', header_color=black, rules='grid',
          rule_color=black, pad=3, lead=None, valign='middle', fills=None, emit=True, font_of=None):
    """cells[r][c]: str / list of str (lines) / None (covered by a span).
    spans: {(r, c): (rowspan, colspan)}. align: per column 'left'|'center'|'right'.
    Emits one expected line per row (cells TAB-joined; a spanned cell in its first row and
    column, empty strings for the covered cells).  Returns (y_bottom, rowlines)."""
    spans = spans or {}
    lead = lead or size * 1.3
    nrows, ncols = len(cells), len(widths)
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [ytop]
    for h in heights:
        ys.append(ys[-1] - h)
    covered = set()
    for (r, c), (rs, cs) in spans.items():
        for rr in range(r, r + rs):
            for cc in range(c, c + cs):
                if (rr, cc) != (r, c):
                    covered.add((rr, cc))
    rowlines = []
    for r in range(nrows):
        parts = []
        for c in range(ncols):
            if (r, c) in covered:
                if cells[r][c] not in (None, ''):
                    raise Fail(f'covered cell has text {r},{c}')
                parts.append('')
                continue
            rs, cs = spans.get((r, c), (1, 1))
            x0, x1 = xs[c], xs[c + cs]
            y0, y1 = ys[r], ys[r + rs]   # y0 top, y1 bottom
            hdr = r < header_rows
            fill = header_fill if hdr else (fills.get((r, c)) if fills else None)
            if fill is not None:
                pg.rect(x0, y1, x1 - x0, y0 - y1, fill=fill)
            v = cells[r][c]
            lines = [] if v in (None, '') else ([v] if isinstance(v, str) else list(v))
            parts.append(''.join(lines))
            fnt = header_font if hdr else f
            col = header_color if hdr else black
            if font_of and (r, c) in font_of:
                fnt = font_of[(r, c)]
            n = len(lines)
            if n:
                block = (n - 1) * lead + size * 0.76
                if valign == 'top':
                    base0 = y0 - pad - size * 0.8
                else:
                    base0 = (y0 + y1) / 2 + block / 2 - size * 0.76
                if (y0 - y1) < (n - 1) * lead + size * 1.0 + 1:
                    raise Fail(f'cell overflow (height) {r},{c}: {lines}')
                a = 'center' if hdr else (align[c] if align else 'left')
                for i, ln in enumerate(lines):
                    w = sw(ln, fnt, size)
                    if w > (x1 - x0) - 2 * pad + 0.01:
                        raise Fail(f'cell overflow (width) {r},{c}: {ln} {w:.1f} > {(x1 - x0) - 2 * pad:.1f}')
                    if a == 'left':
                        tx = x0 + pad
                    elif a == 'right':
                        tx = x1 - pad - w
                    else:
                        tx = (x0 + x1) / 2 - w / 2
                    pg.put(tx, base0 - i * lead, ln, fnt, size, col)
        rowlines.append('\t'.join(parts))
    # rules
    if rules == 'grid':
        for r in range(nrows):
            for c in range(ncols):
                if (r, c) in covered:
                    continue
                rs, cs = spans.get((r, c), (1, 1))
                pg.rect(xs[c], ys[r + rs], xs[c + cs] - xs[c], ys[r] - ys[r + rs], stroke=rule_color, lw=0.5)
    elif rules == 'hlines':
        pg.line(xs[0], ys[0], xs[-1], ys[0], rule_color, 1.0)
        pg.line(xs[0], ys[-1], xs[-1], ys[-1], rule_color, 1.0)
        for r in range(1, nrows):
            pg.line(xs[0], ys[r], xs[-1], ys[r], rule_color, 0.3)
    if emit:
        pg.lines.extend(rowlines)
    return ys[-1], rowlines


# ---------------------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------------------
def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(s.split())


def check_page(pg, label):
    cmap = {k: t.face.charToGlyph for k, t in _TT.items()}
    for it in pg.items:
        for ch in it['s']:
            if ord(ch) not in cmap[it['f']] and not ch.isspace():
                raise Fail(f'{label}: glyph {ch!r} missing in {it["f"]}')
        x0, y0, x1, y1 = it['bbox']
        m = 4 if it['furniture'] else 12
        if x0 < m or y0 < m or x1 > pg.w - m or y1 > pg.h - m:
            raise Fail(f'{label}: off page: {it["s"]!r} {it["bbox"]}')
    its = sorted(pg.items, key=lambda i: i['bbox'][0])
    for i, a in enumerate(its):
        ax0, ay0, ax1, ay1 = a['bbox']
        for b in its[i + 1:]:
            bx0, by0, bx1, by1 = b['bbox']
            if bx0 >= ax1 - 0.01:
                break
            if min(ax1, bx1) - max(ax0, bx0) > 0.01 and min(ay1, by1) - max(ay0, by0) > 0.01:
                raise Fail(f'{label}: overlap {a["s"]!r} / {b["s"]!r}')
    drawn = Counter(ch for it in pg.items if not it['furniture'] for ch in it['s'] if not ch.isspace())
    want = Counter(ch for ln in pg.lines for ch in ln if not ch.isspace())
    if drawn != want:
        raise Fail(f'{label}: drawn != expected: +{dict(drawn - want)} -{dict(want - drawn)}')


def check_facts(F, expected):
    E = norm(expected)
    must = [F['organization'], F['edition']['asOfText']]
    h = F['hiring']
    must += h['intro'] + h['note'] + list(h['tracks'].values())
    rows = h['rows']
    if [r['planned'] for r in rows].count(True) != 1 or not rows[-1]['planned']:
        raise Fail('exactly one planned row, the last')
    if len(rows) < 5:
        raise Fail('fewer than 5 years')
    for r in rows:
        must.append(r['labelText'])
        a, t, tot = r['admin'], r['tech'], r['total']
        if tot['count'] != a['count'] + t['count'] or tot['women'] != a['women'] + t['women']:
            raise Fail(f'hiring sum {r["label"]}')
        for k in (a, t, tot):
            if k['women'] > k['count']:
                raise Fail('women > heads')
            if not h.get('textSynthesised'):
                must.append(k['text'])
    years = [r['fiscalYear'] for r in rows]
    if years != sorted(years):
        raise Fail('facts rows must be chronological')
    planned = rows[-1]
    actual = rows[-2]
    asg = F['assignments']
    if asg['cohortFiscalYear'] != actual['fiscalYear']:
        raise Fail('cohort is not the last actual year')
    sa = sum(r['admin'] or 0 for r in asg['rows'])
    st = sum(r['tech'] or 0 for r in asg['rows'])
    if (sa, st) != (actual['admin']['count'], actual['tech']['count']) or \
            (sa, st) != (asg['totals']['admin'], asg['totals']['tech']):
        raise Fail(f'assignment sums {sa},{st}')
    must += [r['unit'] for r in asg['rows']] + [asg['intro']] + list(asg['tracks'].values())
    ex = F['exams']
    if ex['fiscalYear'] != planned['fiscalYear'] or F['edition']['year'] != planned['fiscalYear']:
        raise Fail('exam year / edition year')
    must.append(ex['title'])
    per = Counter()
    for e in ex['entries']:
        s = sum(b['count'] for b in e['breakdown'])
        if s != e['total']:
            raise Fail('exam entry total')
        per[e['track']] += s
        must += [e['track'], e['exam']] + [b['category'] for b in e['breakdown']]
        if not ex.get('textSynthesised'):
            must.append(e['text'])
    if per[h['tracks']['admin']] != planned['admin']['count'] or per[h['tracks']['tech']] != planned['tech']['count']:
        raise Fail(f'exam sums {dict(per)} vs planned')
    if len(F['contacts']) < 2:
        raise Fail('contacts')
    for c in F['contacts']:
        must += [c['track'], c['office'], c['location']] + c['tel'] + c['email']
    acc = F['access']
    if len(acc['routes']) < 2:
        raise Fail('routes')
    must += [acc['address']] + acc['routes']
    must += [F['lead']['title']] + F['lead']['text']
    if len(F['initiatives']) < 3 or len(F['supportSystems']) < 3:
        raise Fail('initiatives / support')
    for i in F['initiatives']:
        must += [i['title'], i['text']]
    for s in F['supportSystems']:
        must += [s['name'], s['duration'], s['text']]
    must += [F['supportTitle'], F['training']['title']] + F['training']['paragraphs']
    for s in must:
        if s and norm(s) not in E:
            raise Fail(f'fact string not printed: {s!r}')


# ---------------------------------------------------------------------------------------
# helpers for facts
# ---------------------------------------------------------------------------------------
def hrow(fy, label, labelText, planned, a, aw, t, tw, fmt):
    return {
        'fiscalYear': fy, 'label': label, 'labelText': labelText, 'planned': planned,
        'total': {'count': a + t, 'women': aw + tw, 'text': fmt(a + t, aw + tw)},
        'admin': {'count': a, 'women': aw, 'text': fmt(a, aw)},
        'tech': {'count': t, 'women': tw, 'text': fmt(t, tw)},
    }


def exam_entry(track, exam, cats, textfmt):
    return {'track': track, 'exam': exam, 'text': textfmt(cats),
            'breakdown': [{'category': c, 'count': n} for c, n in cats],
            'total': sum(n for _, n in cats)}


NAVY = rgb('1f3a5f')
PALE = rgb('e8eef5')
GREY = rgb('555555')
LIGHT = rgb('f2f2f2')


# =======================================================================================
# 1. 運輸安全委員会 (jtsb-2026)
# =======================================================================================
def jtsb():
    name = 'jtsb-2026'
    track_a, track_t = '事務系', '技術系'
    kfmt = lambda n, w: f'{kan(n)}（{kan(w)}）'
    data = [(2021, 1, 1, 4, 1), (2022, 2, 1, 3, 0), (2023, 1, 0, 5, 2), (2024, 2, 1, 4, 1),
            (2025, 2, 1, 5, 2), (2026, 1, 1, 6, 2)]
    rows = []
    for fy, a, aw, t, tw in data:
        era = f'令和{kan(fy - 2018)}年度'
        planned = fy == 2026
        rows.append(hrow(fy, era, era + ('（予定）' if planned else ''), planned, a, aw, t, tw, kfmt))
    units = [  # unit lines in the box, admin, tech
        (['総務課'], 1, None), (['参事官付'], 1, None), (['首席航空事故', '調査官付'], None, 2),
        (['首席鉄道事故', '調査官付'], None, 1), (['首席船舶事故', '調査官付'], None, 1), (['横浜事務所'], None, 1)]
    exams = [
        (track_a, '大卒程度試験', [('法律', 1)]),
        (track_t, '大卒程度試験', [('工学', 2), ('数理科学・物理・地球科学', 1)]),
        (track_t, '院卒程度試験', [('工学', 2), ('デジタル', 1)]),
    ]
    lead_title = '事故の教訓を、次の安全へ。'
    lead_text = ('運輸安全委員会は、航空・鉄道・船舶の事故や重大インシデントの原因を科学的に究明し、'
                 '再発防止と被害の軽減に向けた勧告や意見を発信する専門機関です。事故調査官は発生直後に'
                 '現場へ向かい、機体や車両、船体の損傷を調べ、関係者から話を聴き、記録装置の情報を解析'
                 'します。事務局の職員は、調査を支える法令や予算、国際機関との連携を担い、二つの力を合'
                 'わせて運輸の安全を守っています。')
    initiatives = [
        ('事故調査の手法を学ぶ合同演習', '航空・鉄道・船舶の三部門が合同で初動調査の演習を行い、部門を越えて知見を共有しています。'),
        ('テレワークと出張の組合せ', '地方での調査出張の前後は自宅から報告書の作成に取り組めるよう、テレワーク端末を全員に配備しています。'),
        ('年次休暇の計画的な取得', '調査の区切りに合わせて連続休暇を計画し、課内で業務を分担しています。'),
    ]
    support = [
        ('育児休業', '子が三歳に達するまで', '男性職員も一か月以上の取得が定着しつつあります。'),
        ('育児短時間勤務', '子が小学校就学の始期に達するまで', '週の勤務時間を短縮して働くことができます。'),
        ('介護休暇', '通算六月まで', '三回まで分割して取得できます。'),
        ('配偶者出産休暇', '二日以内', '妻の出産に伴う入院の付添いなどに使えます。'),
    ]
    training = ['採用後は合同初任研修に続いて、委員会独自の事故調査官研修で調査手法や関係法令を学びます。',
                '技術系職員は国際民間航空機関（ICAO）などの海外研修に参加し、国際的な調査基準を身に付けます。']
    contacts = [
        {'track': '総合職事務系', 'office': '事務局総務課 人事係', 'location': '四谷タワー15階',
         'tel': ['03-5367-5025（内線2114）'], 'email': ['jtsb-saiyo-jimu@mlit.go.jp']},
        {'track': '総合職技術系', 'office': '事務局総務課 調査官人事担当', 'location': '四谷タワー15階',
         'tel': ['03-5367-5025（内線2231）', '03-5367-5030（直通）'], 'email': ['jtsb-saiyo-gijutsu@mlit.go.jp']},
    ]
    address = '〒160-0004 東京都新宿区四谷1-6-1 四谷タワー15階'
    routes = ['JR中央線・総武線『四ツ谷』駅 四ツ谷口 徒歩約3分',
              '東京メトロ丸ノ内線・南北線『四ツ谷』駅 1番出口 徒歩約4分',
              '東京メトロ丸ノ内線『四谷三丁目』駅 1番出口 徒歩約10分']
    edition_text = '令和八年一月'

    # ------------------------------ page 1 --------------------------------------------
    p1 = Page(A4)
    W, H = A4
    L, R = 40, W - 40
    p1.rect(0, H - 112, W, 112, fill=NAVY)
    p1.rect(0, H - 116, W, 4, fill=rgb('c8102e'))
    p1.text(L, H - 32, 'JAPAN TRANSPORT SAFETY BOARD', 'G', 9, white)
    p1.text(L, H - 66, '運輸安全委員会', 'G', 28, white)
    p1.text(L, H - 89, '事務局　国家公務員総合職 採用案内', 'G', 12, white)
    p1.text(R, H - 104, edition_text + '発行', 'M', 9.5, white, align='right')
    # vertical lead band (read right to left); photo placeholder (no text) at the left
    top = H - 138
    band_h = 178
    p1.rect(L, top - band_h, 150, band_h, fill=rgb('d9d9d9'))
    p1.line(L, top - band_h, L + 150, top, GREY, 0.4)
    p1.line(L, top, L + 150, top - band_h, GREY, 0.4)
    xc = R - 10
    p1.vtext(xc, top - 2, lead_title, 'G', 15, NAVY)
    xc -= 30
    for col in vwrap(lead_text, 15):
        p1.vtext(xc, top - 6, col, 'M', 10.2, black, pitch=1.1)
        xc -= 19
    if xc < L + 160:
        raise Fail('vertical lead too wide')
    y = top - band_h - 26

    def heading(pg, x, y, s, w):
        pg.rect(x, y - 3, 5, 14, fill=NAVY)
        pg.text(x + 10, y, s, 'G', 12, NAVY)
        pg.line(x, y - 7, x + w, y - 7, NAVY, 0.8)
        return y - 24

    # two columns: hiring (left) | exams (right)
    lw_, gap = 262, 22
    rx = L + lw_ + gap
    rw = R - rx
    yl = heading(p1, L, y, '採用実績', lw_)
    p1.text(L, yl, '総合職採用者数（最新年度から掲載）', 'M', 8.5)
    yl -= 8
    cells = [['年度', '事務系', '技術系', '合計']]
    for r in reversed(rows):
        cells.append([r['labelText'], r['admin']['text'], r['tech']['text'], r['total']['text']])
    yl, _ = table(p1, L, yl, [104, 52, 52, 54], [20] + [19] * 6, cells, size=8.5,
                  align=['left', 'center', 'center', 'center'], header_rows=1, header_fill=PALE,
                  fills={(1, c): rgb('fff4d6') for c in range(4)})
    yl -= 14
    p1.text(L, yl, '（　）内は女性の内数。', 'M', 8)
    yl -= 13
    p1.text(L, yl, '令和八年度は採用予定数です。', 'M', 8)

    yr = heading(p1, rx, y, '採用予定の内訳', rw)
    p1.text(rx, yr, '令和八年度 採用予定者の試験区分', 'M', 8.5)
    yr -= 20
    for tr, tot in ((track_a, 1), (track_t, 6)):
        p1.text(rx, yr, f'◇{tr}（計{kan(tot)}名）', 'G', 9, NAVY)
        yr -= 6
        body = []
        for t_, lev, cats in exams:
            if t_ != tr:
                continue
            for i, (cat, n) in enumerate(cats):
                body.append([lev if i == 0 else '', cat, f'{kan(n)}名'])
        yr, _ = table(p1, rx + 8, yr, [66, 118, 30], [16] * len(body), body, size=8.5,
                      align=['left', 'left', 'right'], rules=None, pad=2)
        yr -= 16
    p1.text(rx, yr, '※技術系は、機械・電気・船舶工学などを学んだ方を想定しています。', 'M', 7.5)

    # assignment org chart, full width
    y = min(yl, yr) - 30
    y = heading(p1, L, y, '配属実績', R - L)
    p1.text(L, y, '令和七年度採用者の配属先（令和七年四月一日現在）', 'M', 8.5)
    y -= 12
    root_w, root_h = 150, 24
    cx = (L + R) / 2
    p1.rect(cx - root_w / 2, y - root_h, root_w, root_h, fill=NAVY, radius=3)
    p1.text(cx, y - 16, '運輸安全委員会事務局', 'G', 10, white, align='center')
    ybus = y - root_h - 12
    p1.line(cx, y - root_h, cx, ybus, NAVY, 1)
    n = len(units)
    bw, bg = 76, 8.6
    x0 = cx - (n * bw + (n - 1) * bg) / 2
    p1.line(x0 + bw / 2, ybus, x0 + (n - 1) * (bw + bg) + bw / 2, ybus, NAVY, 1)
    btop = ybus - 10
    bh = 46
    arows = []
    for i, (ul, a, t) in enumerate(units):
        bx = x0 + i * (bw + bg)
        p1.line(bx + bw / 2, ybus, bx + bw / 2, btop, NAVY, 1)
        p1.rect(bx, btop - bh, bw, bh, fill=PALE, stroke=NAVY, lw=0.6)
        yy = btop - 13
        for ln in ul:
            p1.text(bx + bw / 2, yy, ln, 'G', 8.2, align='center')
            yy -= 11
        yy = btop - bh + 8
        cnt = f'{track_a}　{kan(a)}名' if a else f'{track_t}　{kan(t)}名'
        p1.text(bx + bw / 2, yy, cnt, 'M', 8, align='center')
        arows.append({'unit': ''.join(ul), 'admin': a, 'tech': t})
    p1.text(R, btop - bh - 14, '※地方事務所は、函館・仙台・横浜・神戸・広島・門司・長崎・那覇の八か所にあります。',
            'M', 7.5, align='right')
    # non-fact band: the three investigation fields (boxes read left to right)
    y = btop - bh - 44
    y = heading(p1, L, y, '三つの調査部門', R - L)
    fields = [('航空事故調査', '航空機の墜落や滑走路での衝突のほか、ニアミスなどの重大インシデントも調査します。'),
              ('鉄道事故調査', '列車の脱線や衝突、踏切事故を調べ、車両や線路の専門家とともに原因を分析します。'),
              ('船舶事故調査', '衝突・転覆・火災などの海難を調べ、航海データ記録装置の解析を行います。')]
    fw = (R - L - 2 * 12) / 3
    for i, (t_, tx) in enumerate(fields):
        fx = L + i * (fw + 12)
        p1.rect(fx, y - 62, fw, 76, fill=LIGHT)
        p1.text(fx + 8, y, t_, 'G', 9.5, NAVY)
        p1.para(fx + 8, y - 16, fw - 16, tx, 'M', 8.2, 13)

    # ------------------------------ page 2 --------------------------------------------
    p2 = Page(A4)
    y = H - 56
    col_w = 250
    rx = L + col_w + 15
    rw = R - rx
    yl = heading(p2, L, y, '働き方改革の取組', col_w)
    for t_, tx in initiatives:
        p2.text(L, yl, '■' + t_, 'G', 9.5)
        yl -= 15
        yl = p2.para(L + 10, yl, col_w - 10, tx, 'M', 8.5, 13.5)
        yl -= 6
    yl -= 14
    yl = heading(p2, L, yl, '両立支援制度', col_w)
    for nm, du, tx in support:
        p2.text(L, yl, f'▶{nm}〔{du}〕', 'G', 9)
        yl -= 14
        yl = p2.para(L + 12, yl, col_w - 12, tx, 'M', 8.5, 13.5)
        yl -= 6
    yr = heading(p2, rx, y, '研修制度', rw)
    for t_ in training:
        yr = p2.para(rx, yr, rw, t_, 'M', 8.5, 14, indent_first=8.5)
        yr -= 4
    yr -= 8
    # a small non-fact "one day" box
    p2.rect(rx, yr - 150, rw, 158, fill=LIGHT)
    p2.text(rx + 8, yr - 8, '事故調査官の一日（例）', 'G', 9, NAVY)
    sched = [('9:30', '登庁、メールと速報の確認'), ('10:00', '部会資料の打合せ'), ('13:00', '船体損傷の解析'),
             ('15:30', '関係者からの聴取'), ('17:00', '報告書案の修正')]
    yy = yr - 26
    for tm, what in sched:
        p2.text(rx + 10, yy, tm + '　' + what, 'M', 8.5)
        yy -= 24
    y = min(yl, yr - 150) - 30
    y = heading(p2, L, y, '採用に関するお問合せ', R - L)
    cells = [['区分'] + [c['track'] for c in contacts],
             ['担当'] + [c['office'] for c in contacts],
             ['所在'] + [c['location'] for c in contacts],
             ['電話'] + [c['tel'] for c in contacts],
             ['メール'] + [c['email'] for c in contacts]]
    y, _ = table(p2, L, y, [60, (R - L - 60) / 2, (R - L - 60) / 2], [20, 19, 19, 30, 19], cells, size=8.5,
                 align=['center', 'left', 'left'], header_rows=1, header_fill=NAVY, header_color=white,
                 fills={(r, 0): PALE for r in range(1, 5)}, font_of={(r, 0): 'G' for r in range(1, 5)})
    y -= 30
    y = heading(p2, L, y, '所在地・交通', R - L)
    p2.text(L, y, address, 'M', 9)
    y -= 18
    for rt in routes:
        p2.text(L + 6, y, '・' + rt, 'M', 8.8)
        y -= 15
    p2.text(R, 40, 'https://www.mlit.go.jp/jtsb/', 'M', 8, GREY, align='right')

    facts = {
        'fixture': name, 'organization': '運輸安全委員会', 'document': '事務局　国家公務員総合職 採用案内',
        'edition': {'year': 2026, 'asOf': '2026-01', 'asOfText': edition_text},
        'hiring': {
            'intro': ['総合職採用者数（最新年度から掲載）'],
            'note': ['（　）内は女性の内数。', '令和八年度は採用予定数です。'],
            'tracks': {'admin': track_a, 'tech': track_t},
            'layout': 'ruled table, years as rows in REVERSE chronological order (planned year first, tinted), '
                      'columns 年度 | 事務系 | 技術系 | 合計, kanji numerals 五（二）, era labels 令和三年度',
            'rows': rows},
        'exams': {
            'title': '令和八年度 採用予定者の試験区分', 'fiscalYear': 2026, 'textSynthesised': True,
            'layout': 'unruled list per track: ◇事務系（計一名）, then level | category | 一名 rows, the level only on the first row',
            'entries': [exam_entry(t, e, c, lambda cs: '、'.join(f'{a}{kan(b)}名' for a, b in cs)) for t, e, c in exams]},
        'contacts': contacts,
        'access': {'address': address, 'routes': routes},
        'assignments': {
            'cohortFiscalYear': 2025, 'intro': '令和七年度採用者の配属先（令和七年四月一日現在）',
            'tracks': {'admin': track_a, 'tech': track_t},
            'layout': 'organisation chart: root box 運輸安全委員会事務局, six leaf boxes in a row, each with the unit '
                      '(1-2 lines) and 技術系　二名 in kanji',
            'rows': arows, 'totals': {'admin': 2, 'tech': 5}},
        'lead': {'title': lead_title, 'text': [lead_text]},
        'initiativesIntro': '',
        'initiatives': [{'title': a, 'text': b} for a, b in initiatives],
        'supportTitle': '両立支援制度',
        'supportSystems': [{'name': a, 'duration': b, 'text': c} for a, b, c in support],
        'supportSource': '',
        'training': {'title': '研修制度', 'paragraphs': training},
        'pages': 2,
    }
    return name, [p1, p2], facts


# =======================================================================================
# 2. 中央労働委員会 (churoi-2026): p1 portrait, p2 landscape with three columns;
#    hiring table with years as columns split across the two pages
# =======================================================================================
def churoi():
    name = 'churoi-2026'
    track_a, track_t = '事務系', '技術系'
    wfmt = lambda n, w: f'{n}（{w}）'
    data = [(2021, 4, 2, 0, 0), (2022, 3, 1, 1, 0), (2023, 5, 2, 0, 0), (2024, 4, 3, 1, 1),
            (2025, 4, 2, 1, 0), (2026, 4, 2, 1, 1)]
    rows = []
    for fy, a, aw, t, tw in data:
        lab = f'{fy}年度'
        rows.append(hrow(fy, lab, lab + ('※1' if fy == 2026 else ''), fy == 2026, a, aw, t, tw, wfmt))
    asg = [('総務課', 1, 1), ('審査総括室', 1, None), ('第一部会担当審査室', 1, None), ('調整第一課', 1, None)]
    exams = [
        (track_a, '大卒程度試験', [('法律', 2), ('経済', 1)]),
        (track_a, '院卒程度試験', [('行政', 1)]),
        (track_t, '大卒程度試験', [('デジタル', 1)]),
    ]
    lead_title = '労使の間に立ち、公正な解決を支える'
    lead_text = ['中央労働委員会は、労働組合と使用者との間の紛争を、公益・労働者・使用者の三者構成の委員会で解決する行政委員会です。',
                 '事務局の職員は、不当労働行為の再審査や全国的な労働争議のあっせん・調停を支え、集団的労使関係のルールづくりに携わります。']
    initiatives = [
        ('審問記録の電子化', '審問の記録と証拠書類を電子化し、委員と事務局がオンラインで検討できるようにしました。'),
        ('ウェブ会議による調査期日', '遠方の当事者とはウェブ会議で調査期日を開き、移動の負担を減らしています。'),
        ('フレックスタイム制', 'コアタイムを除いて始業・終業時刻を選べます。子育て中の職員の利用が増えています。'),
    ]
    support = [
        ('育児休業', '子が3歳に達するまで', '分割して2回まで取得できます。'),
        ('子の看護休暇', '年5日（子が2人以上の場合は10日）', '子の病気や予防接種の付添いに使えます。'),
        ('介護時間', '連続する3年以内', '1日2時間以内で勤務しないことができます。'),
    ]
    training = ['入局後は合同初任研修の後、労働法と審査実務の局内研修を受けます。',
                '2年目からは都道府県労働委員会との交流や、厚生労働省本省での勤務も経験します。']
    contacts = [
        {'track': '総合職事務系', 'office': '総務課 人事係', 'location': '労働委員会会館5階',
         'tel': ['03-5403-2111（内線3012）'], 'email': ['churoi-saiyo@mhlw.go.jp']},
        {'track': '総合職技術系（デジタル）', 'office': '総務課 情報化推進室', 'location': '労働委員会会館5階',
         'tel': ['03-5403-2111（内線3025）'], 'email': ['churoi-digital@mhlw.go.jp']},
    ]
    address = '〒105-0011 東京都港区芝公園1-5-32 労働委員会会館'
    routes = ['都営三田線『御成門』駅 A1出口 徒歩約3分',
              '都営浅草線・大江戸線『大門』駅 A6出口 徒歩約7分',
              'JR山手線・京浜東北線『浜松町』駅 北口 徒歩約10分']
    edition_text = '2026年2月'
    GREEN = rgb('2e6b4f')
    TINT = rgb('e6f0ea')

    def heading(pg, x, y, s, w):
        pg.text(x, y, s, 'G', 12, GREEN)
        pg.line(x, y - 6, x + w, y - 6, GREEN, 1.6)
        pg.line(x, y - 9, x + w, y - 9, GREEN, 0.4)
        return y - 26

    def hiring_cells(rs):
        hdr = ['区分'] + [r['labelText'] for r in rs]
        out = [hdr]
        for key, lab in (('admin', '事務系'), ('tech', '技術系※2'), ('total', '計')):
            out.append([lab] + [f'{r[key]["count"]}名' for r in rs])
            out.append(['うち女性'] + [f'{r[key]["women"]}名' for r in rs])
        return out

    fills_w = {(r, c): TINT for r in (2, 4, 6) for c in range(4)}

    # ------------------------------ page 1 (portrait) -----------------------------------
    p1 = Page(A4)
    W, H = A4
    L, R = 46, W - 46
    p1.rect(L, H - 104, 6, 62, fill=GREEN)
    p1.text(L + 16, H - 52, 'CENTRAL LABOUR RELATIONS COMMISSION', 'G', 8.5, GREEN)
    p1.text(L + 16, H - 82, '中央労働委員会', 'G', 26)
    p1.text(L + 16, H - 102, '事務局　総合職採用案内', 'G', 11)
    p1.line(L, H - 116, R, H - 116, GREEN, 1)
    p1.text(R, H - 132, edition_text, 'M', 10, align='right')
    y = H - 156
    p1.text(L, y, lead_title, 'G', 14, GREEN)
    y -= 22
    for t_ in lead_text:
        y = p1.para(L, y, R - L, t_, 'M', 9.5, 16, indent_first=9.5)
    y -= 14
    y = heading(p1, L, y, '採用実績', R - L)
    p1.text(L, y, '総合職採用者数（各年度4月1日現在）', 'M', 9)
    y -= 8
    y, _ = table(p1, L, y, [115, 124, 124, 140], [20] + [18] * 6, hiring_cells(rows[:3]), size=9,
                 align=['left', 'right', 'right', 'right'], header_rows=1, header_fill=GREEN, header_color=white,
                 fills=fills_w, pad=10)
    y -= 14
    p1.text(R, y, '（次ページへ続く）', 'M', 8.5, align='right')
    y -= 34
    cw = (R - L - 24) / 2
    rx = L + cw + 24
    yl = heading(p1, L, y, '配属実績', cw)
    p1.text(L, yl, '2025年度採用者の配属先', 'M', 9)
    yl -= 8
    cells = [['配属先', '事務系', '技術系']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in asg]
    cells.append(['合計', '4', '1'])
    yl, _ = table(p1, L, yl, [cw - 100, 50, 50], [20] + [19] * 5, cells, size=9,
                  align=['left', 'center', 'center'], header_rows=1, header_fill=TINT,
                  fills={(5, c): LIGHT for c in range(3)})
    yl -= 13
    p1.text(L, yl, '（単位：人）', 'M', 8)
    yr = heading(p1, rx, y, '採用予定', cw)
    p1.text(rx, yr, '2026年度 試験区分別の採用予定数', 'M', 9)
    yr -= 8
    cells = [['区分', '採用予定数', None, '計'],
             [None, '大卒程度試験', '院卒程度試験', None],
             ['事務系', '法律2・経済1', '行政1', '4'],
             ['技術系', 'デジタル1', '－', '1']]
    spans = {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (2, 1)}
    yr, _ = table(p1, rx, yr, [46, 72, 72, cw - 190], [18, 18, 22, 22], cells, size=8.6, spans=spans,
                  align=['center', 'center', 'center', 'center'], header_rows=2, header_fill=TINT, pad=2)
    yr -= 13
    p1.text(rx, yr, '区分名の後の数字は採用予定数（人）。', 'M', 8)
    yr -= 13
    p1.text(rx, yr, '技術系はデジタル区分から採用します。', 'M', 8)
    p1.line(L, 42, R, 42, GREEN, 0.5)
    p1.put(L, 30, '中央労働委員会事務局　総合職採用案内', 'M', 7.5, GREY, furniture=True)
    p1.put(R - sw('1 / 2', 'M', 7.5), 30, '1 / 2', 'M', 7.5, GREY, furniture=True)

    # ------------------------------ page 2 (landscape, three columns) ------------------
    p2 = Page(A4L)
    W2, H2 = A4L
    L2, R2 = 36, W2 - 36
    gap = 20
    c1 = 250
    c2 = 240
    c3 = R2 - L2 - c1 - c2 - 2 * gap
    x1, x2, x3 = L2, L2 + c1 + gap, L2 + c1 + c2 + 2 * gap
    p2.line(x2 - gap / 2, 60, x2 - gap / 2, H2 - 40, GREY, 0.3)
    p2.line(x3 - gap / 2, 60, x3 - gap / 2, H2 - 40, GREY, 0.3)
    top = H2 - 52
    y = heading(p2, x1, top, '採用実績（続き）', c1)
    p2.text(x1, y, '（前ページからの続き）', 'M', 8.5)
    y -= 8
    y, _ = table(p2, x1, y, [72, 56, 56, c1 - 184], [20] + [18] * 6, hiring_cells(rows[3:]), size=8.6,
                 align=['left', 'right', 'right', 'right'], header_rows=1, header_fill=GREEN, header_color=white,
                 fills=fills_w, pad=6)
    y -= 14
    p2.text(x1, y, '※1 2026年度は採用予定数です。', 'M', 8)
    y -= 13
    p2.text(x1, y, '※2 技術系はデジタル区分の採用者です。', 'M', 8)
    y -= 30
    y = heading(p2, x1, y, '研修', c1)
    for t_ in training:
        y = p2.para(x1, y, c1, t_, 'M', 8.8, 14.5, indent_first=8.8)
        y -= 4
    y = heading(p2, x2, top, '働き方の取組', c2)
    for i, (t_, tx) in enumerate(initiatives):
        p2.circle(x2 + 7, y + 3.5, 7, fill=GREEN)
        # number in a circle + title on one baseline: one visual line, one expected line
        p2.put(x2 + 7 - sw(str(i + 1), 'G', 9) / 2, y, str(i + 1), 'G', 9, white)
        p2.put(x2 + 20, y, t_, 'G', 9.5)
        p2.lines.append(f'{i + 1} {t_}')
        y -= 15
        y = p2.para(x2 + 20, y, c2 - 20, tx, 'M', 8.5, 13.5)
        y -= 8
    y -= 12
    y = heading(p2, x2, y, '両立支援制度', c2)
    for nm, du, tx in support:
        p2.rect(x2, y - 4, c2, 15, fill=TINT)
        p2.text(x2 + 4, y, nm, 'G', 9)
        y -= 16
        p2.text(x2 + 4, y, '期間　' + du, 'M', 8.3)
        y -= 13.5
        y = p2.para(x2 + 4, y, c2 - 4, tx, 'M', 8.3, 13)
        y -= 8
    y = heading(p2, x3, top, '採用窓口', c3)
    for c in contacts:
        p2.rect(x3, y - 62, c3, 74, stroke=GREEN, lw=0.6, radius=4)
        p2.text(x3 + 8, y, '［' + c['track'] + '］', 'G', 9, GREEN)
        y -= 14
        p2.text(x3 + 8, y, c['office'] + '（' + c['location'] + '）', 'M', 8.5)
        y -= 13
        p2.text(x3 + 8, y, 'TEL ' + c['tel'][0], 'M', 8.5)
        y -= 13
        p2.text(x3 + 8, y, 'E-mail ' + c['email'][0], 'M', 8.5)
        y -= 34
    y -= 18
    y = heading(p2, x3, y, 'アクセス', c3)
    y = p2.para(x3, y, c3, address, 'M', 8.8, 14)
    y -= 4
    for rt in routes:
        y = p2.para(x3, y, c3, '●' + rt, 'M', 8.5, 13.5)
    p2.rect(x3, y - 70, c3, 74, fill=LIGHT)
    p2.line(L2, 42, R2, 42, GREEN, 0.5)
    p2.put(L2, 30, '中央労働委員会事務局　総合職採用案内', 'M', 7.5, GREY, furniture=True)
    p2.put(R2 - sw('2 / 2', 'M', 7.5), 30, '2 / 2', 'M', 7.5, GREY, furniture=True)

    facts = {
        'fixture': name, 'organization': '中央労働委員会', 'document': '事務局　総合職採用案内',
        'edition': {'year': 2026, 'asOf': '2026-02', 'asOfText': edition_text},
        'hiring': {
            'intro': ['総合職採用者数（各年度4月1日現在）'],
            'note': ['※1 2026年度は採用予定数です。', '※2 技術系はデジタル区分の採用者です。'],
            'tracks': {'admin': track_a, 'tech': track_t},
            'textSynthesised': True,
            'layout': 'transposed ruled table, years as COLUMNS, rows 事務系 / うち女性 / 技術系※2 / うち女性 / 計 / うち女性 '
                      '(counts 4名); SPLIT across the pages: 2021–2023 on p1 (portrait) with （次ページへ続く）, 2024–2026 on '
                      'p2 (landscape) with the row labels repeated; the planned year is marked only by the footnote '
                      'marker 2026年度※1',
            'rows': rows},
        'exams': {
            'title': '2026年度 試験区分別の採用予定数', 'fiscalYear': 2026, 'textSynthesised': False,
            'layout': 'ruled table, rows = tracks, columns = levels under a two-row header with merged cells '
                      '(区分 and 計 span two rows, 採用予定数 spans the two level columns); categories inside the cells '
                      '法律2・経済1; － for none',
            'entries': [exam_entry(t, e, c, lambda cs: '・'.join(f'{a}{b}' for a, b in cs)) for t, e, c in exams]},
        'contacts': contacts,
        'access': {'address': address, 'routes': routes},
        'assignments': {
            'cohortFiscalYear': 2025, 'intro': '2025年度採用者の配属先',
            'tracks': {'admin': track_a, 'tech': track_t},
            'layout': 'ruled table 配属先 | 事務系 | 技術系, － for none, 合計 row',
            'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in asg], 'totals': {'admin': 4, 'tech': 1}},
        'lead': {'title': lead_title, 'text': lead_text},
        'initiativesIntro': '',
        'initiatives': [{'title': a, 'text': b} for a, b in initiatives],
        'supportTitle': '両立支援制度',
        'supportSystems': [{'name': a, 'duration': b, 'text': c} for a, b, c in support],
        'supportSource': '',
        'training': {'title': '研修', 'paragraphs': training},
        'pages': 2,
    }
    return name, [p1, p2], facts


# =======================================================================================
# 3. カジノ管理委員会 (jcrc-2026)
# =======================================================================================
def jcrc():
    name = 'jcrc-2026'
    track_a, track_t = '事務系', '技術系'
    wfmt = lambda n, w: f'{n}（{w}）'
    data = [(2021, 3, 1, 1, 0), (2022, 4, 2, 2, 1), (2023, 3, 2, 2, 0), (2024, 5, 2, 2, 1),
            (2025, 4, 1, 3, 1), (2026, 4, 2, 3, 1)]
    rows = []
    for fy, a, aw, t, tw in data:
        lab = f'R{fy - 2018}年度'
        rows.append(hrow(fy, lab, lab + ('（予定）' if fy == 2026 else ''), fy == 2026, a, aw, t, tw, wfmt))
    asg = [(['総務企画部', '総務課'], 1, None), (['総務企画部', '企画課'], 1, None),
           (['総務企画部', '情報システム室'], None, 1), (['監督調査部', '監督総括課'], 1, None),
           (['規制監督部', '依存対策課'], 1, None), (['規制監督部', '技術監督課'], None, 2)]
    exams = [
        (track_a, '大卒程度試験', [('法律', 2), ('経済', 1)]),
        (track_a, '院卒程度試験', [('行政', 1)]),
        (track_t, '大卒程度試験', [('デジタル', 1), ('工学', 1)]),
        (track_t, '院卒程度試験', [('デジタル', 1)]),
    ]
    lead_title = '新しい規制を、ゼロからつくる。'
    lead_text = ['カジノ管理委員会は、カジノ事業の免許審査や事業者の監督、依存防止対策などを担う、令和2年1月に発足した新しい行政委員会です。',
                 '前例のない分野で、諸外国の規制当局とも連携しながら、公正で健全なカジノ事業の実現に取り組みます。']
    initiatives = [
        ('ペーパーレスの執務環境', '発足時から電子決裁と無線LANを前提に執務室を整え、紙の資料をほとんど使いません。'),
        ('海外規制当局との人材交流', '若手職員を海外の規制当局へ短期派遣し、監督の実務を現地で学ぶ機会を設けています。'),
        ('勤務間インターバルの確保', '終業から次の始業まで11時間以上空けることを目安に、業務の進め方を見直しています。'),
    ]
    support = [
        ('産前・産後休暇', '産前6週間・産後8週間', '多胎妊娠の場合、産前は14週間となります。'),
        ('育児休業', '子が3歳に達するまで', '期間中は共済組合から育児休業手当金が支給されます。'),
        ('早出遅出勤務', '子が小学校を卒業するまで', '始業時刻を7時から11時までの間で選べます。'),
        ('介護休暇', '通算6月まで', '要介護状態の家族を介護するために取得できます。'),
    ]
    training = ['採用後は合同初任研修、委員会独自の研修で、IR整備法の体系、免許審査・監督の実務、マネー・ローンダリング対策を学びます。',
                '技術系職員はカジノ関連機器の技術基準や情報セキュリティの専門研修を受け、海外の試験機関で実地に学ぶこともあります。']
    contacts = [
        {'track': '総合職事務系', 'office': '事務局総務企画部総務課 人事係', 'location': '城山トラストタワー13階',
         'tel': ['03-6453-0201（内線6214）'], 'email': ['saiyo-jimu@jcrc.go.jp']},
        {'track': '総合職技術系', 'office': '事務局規制監督部技術監督課', 'location': '城山トラストタワー13階',
         'tel': ['03-6453-0201（内線6372）'], 'email': ['saiyo-gijutsu@jcrc.go.jp']},
    ]
    address = '〒105-6090 東京都港区虎ノ門4-3-1 城山トラストタワー13階'
    rtab = [('東京メトロ日比谷線', '『神谷町』駅', '4b出口', '約5分'),
            ('東京メトロ南北線', '『六本木一丁目』駅', '泉ガーデン口', '約7分'),
            ('東京メトロ日比谷線', '『虎ノ門ヒルズ』駅', 'A1出口', '約9分')]
    routes = [' '.join(r) for r in rtab]
    edition_text = '令和8年3月'
    WINE = rgb('6b1f3a')
    ROSE = rgb('f6e9ee')

    def heading(pg, x, y, s, w, en):
        # Japanese heading at the left, small English word right-aligned on the SAME baseline
        # in the same band: one visual line, one expected line.
        pg.rect(x, y - 5, w, 19, fill=ROSE)
        pg.rect(x, y - 5, 4, 19, fill=WINE)
        pg.put(x + 10, y, s, 'G', 11.5, WINE)
        pg.put(x + w - 4 - sw(en, 'G', 7), y, en, 'G', 7, GREY)
        pg.lines.append(s + ' ' + en)
        return y - 24

    def thumb(pg, s):
        W_, H_ = pg.w, pg.h
        pg.rect(W_ - 26, H_ / 2 - 70, 26, 140, fill=WINE)
        pg.vtext(W_ - 14, H_ / 2 + 52, s, 'G', 11, white, exp=False, furniture=True)

    # ------------------------------ page 1 --------------------------------------------
    p1 = Page(A4)
    W, H = A4
    L, R = 40, W - 54
    thumb(p1, '採用情報')
    p1.rect(R - 86, H - 46, 86, 28, stroke=WINE, lw=0.8)
    p1.text(R - 43, H - 35, edition_text, 'G', 10.5, WINE, align='center')
    p1.text(L, H - 54, 'JAPAN CASINO REGULATORY COMMISSION', 'G', 8.5, WINE)
    p1.text(L, H - 86, 'カジノ管理委員会', 'G', 27, WINE)
    p1.text(L, H - 107, '総合職採用パンフレット', 'M', 12)
    p1.line(L, H - 120, R, H - 120, WINE, 2)
    y = H - 148
    p1.text(L, y, lead_title, 'G', 13.5)
    y -= 22
    for t_ in lead_text:
        y = p1.para(L, y, R - L, t_, 'M', 9.2, 15.5, indent_first=9.2)
    y -= 18
    y = heading(p1, L, y, '採用実績', R - L, 'RECRUITMENT')
    p1.text(L, y, '総合職の採用者数（人）', 'M', 9)
    y -= 8
    cells = [['年度', '採用者数', None, None, 'うち女性', None, None],
             [None, '事務系', '技術系', '計', '事務系', '技術系', '計']]
    for r in rows:
        cells.append([r['labelText']] + [str(r[k]['count']) for k in ('admin', 'tech', 'total')]
                     + [str(r[k]['women']) for k in ('admin', 'tech', 'total')])
    spans = {(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (1, 3)}
    cw = (R - L - 110) / 6
    fills = {(r, c): ROSE for r in range(2, 8) for c in (3, 6)}
    y, _ = table(p1, L, y, [110] + [cw] * 6, [18, 18] + [18] * 6, cells, size=9, spans=spans,
                 align=['left'] + ['center'] * 6, header_rows=2, header_fill=WINE, header_color=white,
                 fills=fills, rule_color=GREY)
    y -= 14
    p1.text(L, y, '各年度4月1日現在。R8年度は採用予定数です。', 'M', 8)
    y -= 30
    # two columns: assignment matrix (units as columns, wrapped in two blocks) | exams
    lw_ = 268
    rx = L + lw_ + 20
    rw = R - rx
    yl = heading(p1, L, y, '配属実績', lw_, 'PLACEMENT')
    p1.text(L, yl, 'R7年度採用者の配属先', 'M', 9)
    yl -= 8
    arows = []
    for bi in range(2):
        blk = asg[bi * 3:(bi + 1) * 3]
        cells = [['部・課'] + [u for u, _, _ in blk],
                 ['事務系'] + [str(a) if a else '－' for _, a, _ in blk],
                 ['技術系'] + [str(t) if t else '－' for _, _, t in blk]]
        yl, _ = table(p1, L, yl, [48] + [(lw_ - 48) / 3] * 3, [30, 18, 18], cells, size=8.6,
                      align=['center', 'center', 'center', 'center'], header_rows=1, header_fill=ROSE,
                      header_color=black, font_of={(1, 0): 'G', (2, 0): 'G'}, rule_color=GREY)
        yl -= 8
        arows += [{'unit': ''.join(u), 'admin': a, 'tech': t} for u, a, t in blk]
    yl -= 6
    p1.text(L, yl, '事務系4人、技術系3人が上記の部署に配属されました。', 'M', 8)
    yr = heading(p1, rx, y, '採用予定', rw, 'EXAMS')
    p1.text(rx, yr, 'R8年度 試験区分別の採用予定', 'M', 9)
    yr -= 8
    cells = [['試験の程度', '事務系', '技術系'],
             ['大卒程度試験', '法律2・経済1', 'デジタル1・工学1'],
             ['院卒程度試験', '行政1', 'デジタル1'],
             ['計', '4', '3']]
    yr, _ = table(p1, rx, yr, [62, (rw - 62) / 2, (rw - 62) / 2], [20, 28, 28, 20], cells, size=8.4,
                  align=['left', 'center', 'center'], header_rows=1, header_fill=ROSE, header_color=black,
                  rule_color=GREY, pad=2, fills={(3, c): LIGHT for c in range(3)})
    yr -= 13
    p1.text(rx, yr, '数字は採用予定数（人）。', 'M', 8)

    # ------------------------------ page 2 --------------------------------------------
    p2 = Page(A4)
    thumb(p2, '職場環境')
    y = H - 60
    lw_ = 262
    rx = L + lw_ + 20
    rw = R - rx
    yl = heading(p2, L, y, '働きやすい職場へ', lw_, 'WORKSTYLE')
    for t_, tx in initiatives:
        p2.text(L, yl, '◆' + t_, 'G', 9.5, WINE)
        yl -= 15
        yl = p2.para(L, yl, lw_, tx, 'M', 8.6, 13.8)
        yl -= 8
    yl -= 10
    yl = heading(p2, L, yl, '仕事と生活の両立支援', lw_, 'SUPPORT')
    for nm, du, tx in support:
        p2.text(L, yl, '●' + nm, 'G', 9.3)
        yl -= 14
        p2.text(L + 10, yl, '期間：' + du, 'M', 8.4, GREY)
        yl -= 13.5
        yl = p2.para(L + 10, yl, lw_ - 10, tx, 'M', 8.4, 13.5)
        yl -= 7
    yr = heading(p2, rx, y, '研修', rw, 'TRAINING')
    for t_ in training:
        yr = p2.para(rx, yr, rw, t_, 'M', 8.6, 14, indent_first=8.6)
        yr -= 4
    yr -= 14
    yr = heading(p2, rx, yr, 'お問合せ先', rw, 'CONTACT')
    for c in contacts:
        p2.rect(rx, yr - 64, rw, 76, fill=LIGHT)
        p2.text(rx + 8, yr, '【' + c['track'] + '】', 'G', 9, WINE)
        yr -= 14
        p2.text(rx + 8, yr, c['office'], 'M', 8.5)
        yr -= 13
        p2.text(rx + 8, yr, c['location'], 'M', 8.5)
        yr -= 13
        p2.text(rx + 8, yr, '電話：' + c['tel'][0], 'M', 8.5)
        yr -= 13
        p2.text(rx + 8, yr, 'メール：' + c['email'][0], 'M', 8.5)
        yr -= 30
    y = min(yl, yr) - 22
    y = heading(p2, L, y, '所在地・交通', R - L, 'ACCESS')
    p2.text(L, y, address, 'M', 9)
    y -= 10
    cells = [['路線', '最寄り駅', '出口', '徒歩']] + [list(r) for r in rtab]
    y, _ = table(p2, L, y, [150, 130, 110, R - L - 390], [19] * 4, cells, size=8.8,
                 align=['left', 'left', 'left', 'right'], header_rows=1, header_fill=WINE, header_color=white,
                 rules='hlines', rule_color=WINE, pad=6)
    y -= 14
    p2.text(L, y, '※いずれも地下通路または地上経由の目安の時間です。', 'M', 8)

    facts = {
        'fixture': name, 'organization': 'カジノ管理委員会', 'document': '総合職採用パンフレット',
        'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': edition_text},
        'hiring': {
            'intro': ['総合職の採用者数（人）'],
            'note': ['各年度4月1日現在。R8年度は採用予定数です。'],
            'tracks': {'admin': track_a, 'tech': track_t},
            'textSynthesised': True,
            'layout': 'ruled table, years as rows (R3年度 …), TWO-ROW header with merged cells: 年度 spans two rows, '
                      '採用者数 spans 事務系 | 技術系 | 計, うち女性 spans 事務系 | 技術系 | 計 (heads and women in separate '
                      'column groups, plain numbers)',
            'rows': rows},
        'exams': {
            'title': 'R8年度 試験区分別の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
            'layout': 'ruled table, rows = levels, columns = tracks, categories inside the cells 法律2・経済1, 計 row',
            'entries': [exam_entry(t, e, c, lambda cs: '・'.join(f'{a}{b}' for a, b in cs)) for t, e, c in exams]},
        'contacts': contacts,
        'access': {'address': address, 'routes': routes},
        'assignments': {
            'cohortFiscalYear': 2025, 'intro': 'R7年度採用者の配属先',
            'tracks': {'admin': track_a, 'tech': track_t},
            'layout': 'matrix with units as COLUMNS (部 / 課 on two lines, joined), rows 事務系 / 技術系, wrapped into '
                      'two stacked blocks of three units each with the header repeated; － for none',
            'rows': arows, 'totals': {'admin': 4, 'tech': 3}},
        'lead': {'title': lead_title, 'text': lead_text},
        'initiativesIntro': '',
        'initiatives': [{'title': a, 'text': b} for a, b in initiatives],
        'supportTitle': '仕事と生活の両立支援',
        'supportSystems': [{'name': a, 'duration': b, 'text': c} for a, b, c in support],
        'supportSource': '',
        'training': {'title': '研修', 'paragraphs': training},
        'pages': 2,
    }
    return name, [p1, p2], facts


# ---------------------------------------------------------------------------------------
BUILDERS = {'jtsb-2026': jtsb, 'churoi-2026': churoi, 'jcrc-2026': jcrc}
SEEDS = {'jtsb-2026': 1301, 'churoi-2026': 1302, 'jcrc-2026': 1303}


def build(key):
    name, pages, facts = BUILDERS[key]()
    for i, pg in enumerate(pages):
        check_page(pg, f'{name} p{i + 1}')
    expected = '\n\f\n'.join('\n'.join(pg.lines) for pg in pages) + '\n'
    check_facts(facts, expected)
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name + '.pdf')
    c = canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h), invariant=1)
    c.setTitle(facts['organization'] + ' ' + facts['document'])
    c.setAuthor(facts['organization'])
    for i, pg in enumerate(pages):
        c.setPageSize((pg.w, pg.h))
        for g in pg.gfx:
            g(c)
        order = list(pg.items)
        random.Random(SEEDS[key] * 10 + i).shuffle(order)
        for it in order:
            c.saveState()
            c.setFillColor(it['color'])
            c.setFont(fname(it['f']), it['size'])
            c.drawString(it['x'], it['y'], it['s'])
            c.restoreState()
        c.showPage()
    c.save()
    with open(os.path.join(OUT, name + '.expected.txt'), 'w', encoding='utf-8') as f:
        f.write(expected)
    with open(os.path.join(OUT, name + '.facts.json'), 'w', encoding='utf-8') as f:
        json.dump(facts, f, ensure_ascii=False, indent=2)
        f.write('\n')
    n = sum(len(pg.items) for pg in pages)
    print(f'{name}: {len(pages)} pages, {n} text objects, {sum(len(p.lines) for p in pages)} expected lines')


def main():
    keys = sys.argv[1:] or list(BUILDERS)
    for k in keys:
        build(k)


if __name__ == '__main__':
    main()
