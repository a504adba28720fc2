#!/usr/bin/env python3
"""holdout87: three blind synthetic recruitment brochures of LOCAL public bodies.

    python3 Fixtures/generate_holdout87.py                 # all three (deterministic)
    python3 Fixtures/generate_holdout87.py beppu-suido-2026 # one (yoichi-2026, akashi-hp-2026, beppu-suido-2026)

Self-contained: a page model in top-down coordinates (baselines measured from the top edge), a table helper,
reportlab's canvas with invariant=1 and no page compression, the facts, and the checks. Every visual text
piece is one text item drawn as one text object (BT ... ET); the items of a page are written after its graphics
in a seeded shuffled order. Writes Fixtures/holdout87/NAME.{pdf,facts.json,expected.txt}. Refuses to write a
brochure that fails any check (see README.md beside the output).
"""
import collections, importlib.util, io, json, os, random, re, subprocess, sys, tempfile, unicodedata

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout87')
REPO = os.path.dirname(HERE)

_spec = importlib.util.spec_from_file_location('score_extract', os.path.join(REPO, 'Scripts', 'score_extract.py'))
_se = importlib.util.module_from_spec(_spec); _spec.loader.exec_module(_se)
checks, norm, track, level = _se.checks, _se.norm, _se.track, _se.level

G, M = 'IPAexGothic', 'IPAexMincho'
_FONTS = {G: '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
          M: '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'}
CMAP = {}
for _n, _p in _FONTS.items():
    _f = TTFont(_n, _p); pdfmetrics.registerFont(_f); CMAP[_n] = set(_f.face.charToGlyph)

B5JIS = (182 * mm, 257 * mm)
BLACK, GREY, WHITE = (0.1, 0.1, 0.1), (0.42, 0.42, 0.42), (1, 1, 1)
EDGE = 20.0
KINSOKU = set('、。，．）」』】〕〉》・：；！？ーぁぃぅぇぉっゃゅょァィゥェォッャュョ')


class Fail(Exception):
    pass


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


class Page:
    def __init__(self, w, h, bottom):
        self.w, self.h, self.bottom = w, h, bottom
        self.items, self.gfx, self.lines = [], [], []

    def line(self, ncells=1):
        self.lines.append([[] for _ in range(ncells)])
        return len(self.lines) - 1

    def text(self, x, y, s, font=M, size=9.0, line=None, cell=0, color=BLACK, anchor='l', furniture=False, mode=0):
        w = sw(s, font, size)
        if anchor == 'r': x -= w
        elif anchor == 'c': x -= w / 2
        it = dict(x=x, y=y, s=s, font=font, size=size, color=color, w=w, furniture=furniture, mode=mode)
        self.items.append(it)
        if line is not None:
            self.lines[line][cell].append(len(self.items) - 1)
        elif not furniture:
            raise Fail('body item without a line: %r' % s)
        return it

    def tline(self, x, y, s, font=M, size=9.0, **kw):
        """one item on a line of its own"""
        return self.text(x, y, s, font, size, line=self.line(), **kw)

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6):
        self.gfx.append(('rect', x, y, w, h, fill, stroke, lw))

    def hl(self, x1, x2, y, color=GREY, lw=0.6):
        self.gfx.append(('line', x1, y, x2, y, color, lw))

    def vl(self, x, y1, y2, color=GREY, lw=0.6):
        self.gfx.append(('line', x, y1, x, y2, color, lw))

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.6):
        self.gfx.append(('circle', x, y, r, fill, stroke, lw))


def table(p, x, y, widths, rows, size=8.5, rh=17.0, rules='full', head_fill=None, zebra=None, align=None,
          font=M, head_font=G, color=(0.35, 0.35, 0.35)):
    """rows[0] is the header; each row one expected line, each non-empty cell one item; returns the bottom y."""
    n = len(widths)
    align = align or (['l'] + ['c'] * (n - 1))
    xs = [x]
    for w in widths: xs.append(xs[-1] + w)
    top = y
    for ri, row in enumerate(rows):
        y0 = top + ri * rh
        if ri == 0 and head_fill: p.rect(x, y0, xs[-1] - x, rh, fill=head_fill)
        elif zebra and ri % 2 == 0: p.rect(x, y0, xs[-1] - x, rh, fill=zebra)
        L = p.line(n)
        for ci, cell in enumerate(row):
            if cell == '': continue
            f = head_font if ri == 0 else font
            cw = widths[ci]
            if sw(cell, f, size) > cw - 4: raise Fail('cell too wide: %r' % cell)
            base = y0 + rh / 2 + size * 0.36
            a = 'c' if ri == 0 else align[ci]
            cx = xs[ci] + 4 if a == 'l' else (xs[ci] + cw / 2 if a == 'c' else xs[ci + 1] - 4)
            p.text(cx, base, cell, f, size, line=L, cell=ci, anchor=a)
    bottom = top + len(rows) * rh
    if rules == 'full':
        for ri in range(len(rows) + 1): p.hl(x, xs[-1], top + ri * rh, color, 0.5)
        for xx in xs: p.vl(xx, top, bottom, color, 0.5)
    elif rules == 'h':
        p.hl(x, xs[-1], top, color, 1.2); p.hl(x, xs[-1], top + rh, color, 0.5)
        for ri in range(2, len(rows)): p.hl(x, xs[-1], top + ri * rh, (0.75, 0.75, 0.75), 0.3)
        p.hl(x, xs[-1], bottom, color, 1.2)
    elif rules == 'under-head':
        p.hl(x, xs[-1], top + rh, color, 0.8)
    return bottom


def vertical(p, cx, y, s, size, color=BLACK, font=G):
    """a vertical heading: one glyph per item, top to bottom, one expected line; returns the bottom y"""
    L = p.line()
    step = size * 1.12
    for i, ch in enumerate(s):
        if ch in 'ー－―': raise Fail('turned glyph in a vertical heading')
        p.text(cx, y + size * 0.88 + i * step, ch, font, size, line=L, anchor='c', color=color)
    return y + len(s) * step


# ---------------------------------------------------------------- shared fact helpers

def era(fy):
    return '令和%d年度' % (fy - 2018)


def count(n, w):
    return dict(count=n, text=str(n), women=w, womenText=None if w is None else str(w),
                cellText=str(n) if w is None else '%d（%d）' % (n, w))


def hiring_rows(data):
    rows = []
    for fy, (a, aw), (t, tw) in data:
        planned = fy == data[-1][0]
        if planned: aw = tw = None
        tot = count(a + t, None if planned else aw + tw)
        rows.append(dict(fiscalYear=fy, label=era(fy), planned=planned, total=tot, admin=count(a, aw),
                         tech=count(t, tw), labelText=era(fy) + ('（予定）' if planned else '')))
    return rows


def hiring_table_rows(header, rows):
    out = [header]
    for r in rows:
        out.append([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
    return out


def assign_rows(units):
    return [dict(unit=u, admin=a, tech=t) for u, a, t in units]


def dash(n):
    return '－' if n is None else str(n)


# ---------------------------------------------------------------- 余市町 (Hokkaido; a town)

def yoichi():
    W, H = A4
    L0, R0 = 46, W - 46
    org = '余市町'
    hiring = hiring_rows([(2021, (4, 2), (1, 0)), (2022, (5, 3), (2, 1)), (2023, (3, 1), (1, 0)),
                          (2024, (6, 3), (2, 0)), (2025, (5, 2), (2, 1)), (2026, (5, 0), (2, 0))])
    units = [('総務課', 1, None), ('税務課', 1, None), ('保険課', 1, None), ('商工観光課', 1, None),
             ('農林水産課', 1, None), ('建設課', None, 1), ('上下水道課', None, 1)]
    exams = [('事務職', '職員採用試験（大学卒業程度）', [('一般事務', 5)]),
             ('技術職', '職員採用試験（大学卒業程度）', [('土木', 1), ('建築', 1)])]
    lead = ['ぶどうとりんごの実る海辺のまちで、町民の暮らしに寄り添う仕事です。',
            '小さな役場だからこそ、若いうちから幅広い仕事を任されます。']
    training = ['採用後は北海道市町村職員研修センターの新任研修を受講し、',
                '町独自のOJTと先輩職員によるメンター制度で一年目を支えます。']
    inits = [('テレワーク', ['在宅勤務を月8日まで利用できます。']),
             ('ノー残業デー', ['毎週水曜日は定時退庁の日です。'])]
    supp = [('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
            ('介護休暇', '通算6か月', '3回まで分割して取得できます。')]
    office, tel, email = '余市町総務課職員係', '0135-22-4187', 'yoichi-shokuin@town.yoichi.hokkaido.jp'
    address = '〒046-8546 北海道余市郡余市町朝日町26番地'
    routes = [('JR函館本線', '余市', '駅から徒歩約10分'), ('JR函館本線', '蘭島', '駅から車で約10分')]
    grape = (0.42, 0.2, 0.5)

    p1, p2 = Page(W, H, 800), Page(W, H, 800)
    for p in (p1, p2): p.rect(0, 0, W, 14, fill=grape)
    y = 74
    p1.tline(L0, y, '余市町役場', G, 28, color=grape)
    p1.tline(L0, y + 26, '職員採用案内 2026', G, 14)
    p1.tline(R0, y + 46, '令和8年4月吉日', M, 10, anchor='r')
    y = 150
    for s in lead: p1.tline(L0, y, s, M, 10); y += 16

    def head(p, x, y, s):
        p.rect(x, y - 12, 4, 15, fill=grape)
        p.tline(x + 9, y, s, G, 13)

    colw = 244; LX, RX = L0, R0 - colw
    p1.vl((LX + colw + RX) / 2, 196, 372, (0.7, 0.7, 0.7), 0.5)
    y = 210
    head(p1, LX, y, '採用実績')
    p1.tline(LX, y + 18, '採用者数の推移（単位：人）', M, 8.5)
    hdr = ['年度', '事務職', '技術職', '計']
    b = table(p1, LX, y + 26, [82, 54, 54, 54], hiring_table_rows(hdr, hiring), 8.5, 18, 'full', (0.9, 0.86, 0.93))
    note = '※（ ）内は女性の数で内数です。'
    p1.tline(LX, b + 13, note, M, 7.5)
    head(p1, RX, y, '配属実績')
    a_intro = '令和7年度採用者の配属先（単位：人）'
    p1.tline(RX, y + 18, a_intro, M, 8.5)
    arows = [['配属先', '事務職', '技術職']] + [[u, dash(a), dash(t)] for u, a, t in units]
    table(p1, RX, y + 26, [124, 60, 60], arows, 8.5, 18, 'full', (0.9, 0.86, 0.93))
    y = 410
    head(p1, L0, y, '採用予定')
    ex_title = '令和8年度の採用予定'
    p1.tline(L0, y + 18, ex_title, M, 8.5)
    ehdr = ['区分', '試験', '職種', '採用予定数']
    erows = [ehdr]
    for tr, ex, br in exams:
        for i, (c, n) in enumerate(br):
            erows.append([tr if i == 0 else '', ex if i == 0 else '', c, str(n)])
    b = table(p1, L0, y + 26, [80, 200, 120, 103], erows, 8.5, 18, 'full', (0.9, 0.86, 0.93))
    y = b + 40
    head(p1, L0, y, '研修')
    y += 20
    for s in training: p1.tline(L0, y, s, M, 9.5); y += 16
    p1.text(W / 2, 818, '- 1 -', M, 8, anchor='c', furniture=True, color=GREY)

    # page 2: two columns
    p2.vl((LX + colw + RX) / 2, 40, 330, (0.7, 0.7, 0.7), 0.5)
    y = 56
    head(p2, LX, y, '働きやすい職場づくり')
    y += 22
    for t, txt in inits:
        p2.tline(LX, y, '■' + t, G, 10); y += 15
        for s in txt: p2.tline(LX + 12, y, s, M, 9); y += 14
        y += 6
    y += 14
    head(p2, LX, y, '両立支援制度')
    y += 22
    for n, d, txt in supp:
        p2.tline(LX, y, '●%s（%s）' % (n, d), G, 9.5); y += 14
        p2.tline(LX + 12, y, txt, M, 9); y += 20
    y = 56
    head(p2, RX, y, 'お問い合わせ')
    y += 22
    p2.tline(RX, y, office, G, 10); y += 18
    # the phone is marked only by a drawn handset (graphics), no TEL label
    hx = RX + 5
    p2.rect(hx - 4, y - 10, 8, 11, fill=grape)
    p2.rect(hx - 6, y - 12, 12, 3, fill=grape); p2.rect(hx - 6, y, 12, 3, fill=grape)
    p2.tline(RX + 16, y, tel, G, 12); y += 18
    p2.tline(RX, y, 'E-mail ' + email, M, 8.5); y += 30
    head(p2, RX, y, 'アクセス')
    y += 22
    p2.tline(RX, y, address, M, 8.5); y += 16
    for ln, st, tail in routes:
        p2.tline(RX, y, '●' + ln + st + tail, M, 8.5); y += 15
    p2.text(W / 2, 818, '- 2 -', M, 8, anchor='c', furniture=True, color=GREY)

    facts = base_facts(org, org + ' 職員採用案内 2026', 2026, '2026-04', '令和8年4月吉日', '令和8年4月吉日', lead,
                       ['採用者数の推移（単位：人）'], [note], '事務職', '技術職', 'ruled 年度 | 事務職 | 技術職 | 計; cells N（W）',
                       hdr, hiring, 2025, a_intro, 'ruled 配属先 | 事務職 | 技術職; － for none', units,
                       ex_title, exams, 'ruled 区分 | 試験 | 職種 | 採用予定数', ehdr, '研修', training,
                       inits, '働きやすい職場づくり', '■title / indented text', '両立支援制度',
                       '●name（duration） / indented text', [(n, d, d, txt, '●%s（%s）' % (n, d)) for n, d, txt in supp],
                       office, tel, tel, email, 'E-mail ' + email, address, routes,
                       {'organization': 'the masthead names the town HALL: 余市町役場 (organisation 余市町)',
                        'edition': 'the edition is 令和8年4月吉日 (no 現在 / 発行 / 版; 吉日 in place of the day)',
                        'contacts': 'the phone line has no label, only a drawn handset icon before 0135-22-4187',
                        'layout': 'A4, two columns on both pages (a rule between), ruled tables'})
    return [p1, p2], facts


# ---------------------------------------------------------------- 明石市立市民病院 (Hyogo; a municipal hospital)

def akashi():
    W, H = B5JIS
    L0, R0 = 36, W - 36
    org = '明石市立市民病院'
    hiring = hiring_rows([(2021, (3, 2), (6, 4)), (2022, (2, 1), (8, 5)), (2023, (4, 2), (5, 3)),
                          (2024, (3, 1), (7, 5)), (2025, (4, 3), (6, 4)), (2026, (3, 0), (7, 0))])
    units = [('総務課', 1, None), ('経営企画課', 1, None), ('医事課', 2, None), ('臨床検査課', None, 2),
             ('放射線技術課', None, 2), ('リハビリテーション技術課', None, 1), ('臨床工学課', None, 1)]
    exams = [('事務職', '職員採用試験（大卒程度）', [('一般事務', 3)]),
             ('医療技術職', '免許資格職採用試験', [('臨床検査技師', 3), ('診療放射線技師', 2), ('理学療法士', 2)])]
    lead = ['明石海峡をのぞむ港町で、地域の急性期医療を支える病院です。',
            '医療職と事務職がチームになって、患者さんの毎日を守ります。']
    training = ['新採用職員研修のあと、職種ごとのプリセプター制度で',
                '一年間、先輩職員がマンツーマンで指導します。']
    inits = [('時差出勤', ['始業時刻を7時30分から10時の間で選べます。']),
             ('職員食堂の夜間営業', ['夜勤の職員も温かい食事をとれます。'])]
    supp = [('育児休業', '子が3歳に達するまで', '男性職員の取得も増えています。'),
            ('院内保育所', '生後2か月から就学前まで', '夜間保育も利用できます。')]
    office, tel, email = '明石市立市民病院管理部総務課', '078-912-6408', 'mch-saiyo@akashi-shimin-hp.jp'
    address = '〒673-8501 兵庫県明石市鷹匠町1-33'
    routes = [('JR神戸線（山陽本線）', '明石', '駅から徒歩約15分'), ('山陽電車', '人丸前', '駅から徒歩約10分')]
    teal = (0.0, 0.45, 0.5)
    tint = (0.86, 0.94, 0.94)

    p1, p2 = Page(W, H, H - 36), Page(W, H, H - 36)
    for i, p in enumerate((p1, p2)):
        p.text(R0, 28, '明石市立市民病院　職員採用案内', M, 7, anchor='r', furniture=True, color=GREY)
        p.hl(L0, R0, 33, teal, 0.8)
        p.text(W / 2, H - 24, '- %d -' % (i + 1), M, 7.5, anchor='c', furniture=True, color=GREY)
    y = 74
    p1.tline(L0, y, org, G, 24, color=teal)
    p1.tline(L0, y + 22, '職員採用案内 2026', G, 12)
    p1.tline(R0, y + 40, '令和8年3月現在', M, 9, anchor='r')
    y = 138
    for s in lead: p1.tline(L0, y, s, M, 9); y += 14

    def head(p, x, y, s):
        p.hl(x, x + 120, y + 4, teal, 1.2)
        p.tline(x, y, s, G, 11.5, color=teal)

    y = 186
    head(p1, L0, y, '採用実績')
    p1.tline(L0, y + 18, '職種別の採用者数（単位：人）', M, 8)
    hdr = ['年度', '事務職', '医療技術職', '計']
    b = table(p1, L0, y + 26, [110, 80, 100, 80], hiring_table_rows(hdr, hiring), 8.5, 18, 'under-head', tint, (0.95, 0.97, 0.97))
    note = '※（ ）内は女性で、内数です。'
    p1.tline(L0, b + 13, note, M, 7.5)
    y = b + 46
    head(p1, L0, y, '配属実績')
    a_intro = '令和7年度採用者の配属先（単位：人）'
    p1.tline(L0, y + 18, a_intro, M, 8)
    arows = [['配属先', '事務職', '医療技術職']] + [[u, dash(a), dash(t)] for u, a, t in units]
    table(p1, L0, y + 26, [170, 80, 100], arows, 8.5, 18, 'under-head', tint, (0.95, 0.97, 0.97))

    # page 2: a tinted sidebar at the left (contacts, access) and the main column at the right
    SB = 200
    p2.rect(0, 40, SB, H - 80, fill=tint)
    sx = 26
    y = 70
    p2.tline(sx, y, 'お問い合わせ', G, 11, color=teal); y += 20
    p2.tline(sx, y, office, G, 8); y += 15
    p2.tline(sx, y, 'TEL ' + tel, M, 8); y += 14
    p2.tline(sx, y, 'E-mail ' + email, M, 7.5); y += 34
    p2.tline(sx, y, 'アクセス', G, 11, color=teal); y += 20
    p2.tline(sx, y, address, M, 7.5); y += 15
    for ln, st, tail in routes:
        p2.tline(sx, y, ln + st + tail, M, 7.5); y += 14
    mx = SB + 14
    mw = R0 - mx
    y = 70
    head(p2, mx, y, '採用予定')
    ex_title = '令和8年度の採用予定'
    p2.tline(mx, y + 17, ex_title, M, 8)
    ehdr = ['区分', '試験', '職種', '人数']
    erows = [ehdr]
    for tr, ex, br in exams:
        for i, (c, n) in enumerate(br):
            erows.append([tr if i == 0 else '', ex if i == 0 else '', c, str(n)])
    b = table(p2, mx, y + 25, [54, 96, 78, mw - 228], erows, 7.5, 16, 'under-head', tint, None)
    y = b + 34
    head(p2, mx, y, '研修')
    y += 19
    for s in training: p2.tline(mx, y, s, M, 8.5); y += 14
    y += 18
    head(p2, mx, y, '働きやすい職場づくり')
    y += 19
    for t, txt in inits:
        p2.tline(mx, y, '■' + t, G, 9); y += 14
        for s in txt: p2.tline(mx + 10, y, s, M, 8); y += 13
        y += 5
    y += 14
    head(p2, mx, y, '両立支援制度')
    y += 19
    for n, d, txt in supp:
        p2.tline(mx, y, '●%s（%s）' % (n, d), G, 8.5); y += 13
        p2.tline(mx + 10, y, txt, M, 8); y += 18

    facts = base_facts(org, org + ' 職員採用案内 2026', 2026, '2026-03', '令和8年3月現在', '令和8年3月現在', lead,
                       ['職種別の採用者数（単位：人）'], [note], '事務職', '医療技術職',
                       'header tint and one rule, zebra rows, no other rules; 年度 | 事務職 | 医療技術職 | 計; cells N（W）',
                       hdr, hiring, 2025, a_intro, 'unruled zebra 配属先 | 事務職 | 医療技術職; － for none', units,
                       ex_title, exams, 'unruled 区分 | 試験 | 職種 | 人数', ehdr, '研修', training,
                       inits, '働きやすい職場づくり', '■title / indented text', '両立支援制度',
                       '●name（duration） / indented text', [(n, d, d, txt, '●%s（%s）' % (n, d)) for n, d, txt in supp],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes,
                       {'access': 'the line name carries its alias in brackets BEFORE the station: JR神戸線（山陽本線）明石駅から; '
                                  'the other route has an operator name with no 線 before a station ending in 前: 山陽電車人丸前駅から',
                        'layout': 'JIS B5 portrait; running header and folios (furniture); p2 a tinted LEFT sidebar '
                                  '(contacts, access) beside the main column'})
    return [p1, p2], facts


# ---------------------------------------------------------------- 別府市上下水道局 (Oita; a water bureau)

def beppu():
    W, H = A4
    L0, R0 = 40, W - 40
    org = '別府市上下水道局'
    hiring = hiring_rows([(2021, (2, 1), (3, 0)), (2022, (3, 1), (2, 1)), (2023, (2, 2), (4, 1)),
                          (2024, (1, 0), (3, 1)), (2025, (2, 1), (4, 1)), (2026, (2, 0), (3, 0))])
    units = [('総務課', 1, None), ('料金課', 1, None), ('工務課', None, 2), ('浄水課', None, 1), ('下水道課', None, 1)]
    exams = [('事務職', '職員採用試験（大学卒業程度）', [('一般事務', 2)]),
             ('技術職', '職員採用試験（大学卒業程度）', [('土木', 2), ('電気', 1)])]
    lead = ['湯けむりのまちの水道と下水道を、24時間365日守る仕事です。',
            '浄水場の運転から管路の更新まで、技術と事務が一体となって働きます。']
    training = ['採用後は市の新規採用職員研修に加え、日本水道協会の技術研修や',
                '浄水場での実地研修で、水道のプロとしての基礎を身につけます。']
    inits = [('フレックスタイム制', ['コアタイムを除き、勤務時間を柔軟に設定できます。']),
             ('男性職員の育児参加', ['子が生まれた職員全員と面談し、休暇取得を後押しします。'])]
    supp = [('育児休業', '子が3歳に達するまで', '分割して2回まで取得できます。'),
            ('介護休暇', '通算6か月', '時間単位でも取得できます。')]
    office, tel, email = '別府市上下水道局総務課', '0977-25-3862', 'jogesuido-saiyo@city.beppu.lg.jp'
    address = '〒874-8511 大分県別府市上野口町1-15'
    routes = [('JR日豊本線', '別府', '駅から徒歩約15分'), ('JR日豊本線', '東別府', '駅から徒歩約10分')]
    blue = (0.05, 0.35, 0.62)
    band = (0.85, 0.91, 0.97)

    p1, p2 = Page(W, H, 800), Page(W, H, 800)
    for i, p in enumerate((p1, p2)):
        p.rect(0, H - 12, W, 12, fill=blue)
        p.text(R0, 818, '%d' % (i + 1), M, 8, anchor='r', furniture=True, color=GREY)
    # the masthead: a hand-lettered logotype, one glyph per item, sizes and baselines bouncing
    sizes = [31, 26, 29, 25, 30, 26, 29, 25]
    lifts = [0, -4, 2, -3, 1, -5, 2, -2]
    x, base = L0 + 2, 74
    L = p1.line()
    for ch, s, d in zip(org, sizes, lifts):
        p1.text(x, base + d, ch, G, s, line=L, color=blue)
        x += sw(ch, G, s) + 1.5
    p1.tline(L0, 112, '職員採用案内 2026', G, 14)
    p1.tline(R0, 132, '令和8年4月現在', M, 10, anchor='r')
    y = 158
    for s in lead: p1.tline(L0, y, s, M, 10); y += 16

    HX, CX = L0, L0 + 32          # vertical heading band, content x

    def section(p, y, title, h_content):
        """a vertical heading in a tinted band left of its section; returns the y the content starts at"""
        hh = len(title) * 13 * 1.12
        p.rect(HX, y - 4, 22, max(hh, h_content) + 8, fill=band)
        vertical(p, HX + 11, y, title, 13, color=blue)
        return max(hh, h_content)

    cw = R0 - CX
    y = 196
    rowsH = hiring_table_rows(['年度', '事務職', '技術職', '計'], hiring)
    hc = 8 + 18 * len(rowsH) + 24
    used = section(p1, y, '採用実績', hc)
    p1.tline(CX, y + 9, '採用者数の推移（単位：人）', M, 8.5)
    hdr = rowsH[0]
    b = table(p1, CX, y + 16, [150, 110, 110, 110], rowsH, 9, 18, 'h')
    note = '※（ ）内は女性の数で内数です。'
    p1.tline(CX, b + 13, note, M, 7.5)
    y = y + used + 26
    arows = [['配属先', '事務職', '技術職']] + [[u, dash(a), dash(t)] for u, a, t in units]
    used = section(p1, y, '配属実績', 8 + 18 * len(arows) + 8)
    a_intro = '令和7年度採用者の配属先（単位：人）'
    p1.tline(CX, y + 9, a_intro, M, 8.5)
    table(p1, CX, y + 16, [200, 110, 110], arows, 9, 18, 'h')
    y = y + used + 26
    ehdr = ['区分', '試験', '職種', '採用予定数']
    erows = [ehdr]
    for tr, ex, br in exams:
        for i, (c, n) in enumerate(br):
            erows.append([tr if i == 0 else '', ex if i == 0 else '', c, str(n)])
    used = section(p1, y, '採用予定', 8 + 18 * len(erows) + 8)
    ex_title = '令和8年度の採用予定'
    p1.tline(CX, y + 9, ex_title, M, 8.5)
    table(p1, CX, y + 16, [80, 200, 110, 90], erows, 9, 18, 'h')

    y = 50
    used = section(p2, y, '研修', 40)
    yy = y + 10
    for s in training: p2.tline(CX, yy, s, M, 9.5); yy += 16
    y = y + used + 28
    ih = sum(15 + 14 * len(t) + 8 for _, t in inits)
    used = section(p2, y, '働きやすい職場', ih)
    yy = y + 10
    for t, txt in inits:
        p2.tline(CX, yy, '■' + t, G, 10); yy += 15
        for s in txt: p2.tline(CX + 12, yy, s, M, 9); yy += 14
        yy += 8
    y = y + used + 28
    used = section(p2, y, '両立支援制度', 2 * 36)
    yy = y + 10
    for n, d, txt in supp:
        p2.tline(CX, yy, '●%s → %s' % (n, d), G, 10); yy += 15
        p2.tline(CX + 12, yy, txt, M, 9); yy += 21
    y = y + used + 28
    used = section(p2, y, 'お問い合わせ', 60)
    yy = y + 10
    p2.tline(CX, yy, office, G, 10); yy += 17
    p2.tline(CX, yy, 'TEL ' + tel, M, 9.5); yy += 16
    p2.tline(CX, yy, 'E-mail ' + email, M, 9.5)
    y = y + used + 28
    section(p2, y, 'アクセス', 50)
    yy = y + 10
    p2.tline(CX, yy, address, M, 9.5); yy += 17
    for ln, st, tail in routes:
        p2.tline(CX, yy, ln + st + tail, M, 9.5); yy += 16

    facts = base_facts(org, org + ' 職員採用案内 2026', 2026, '2026-04', '令和8年4月現在', '令和8年4月現在', lead,
                       ['採用者数の推移（単位：人）'], [note], '事務職', '技術職',
                       'horizontal rules only (heavy top and bottom); 年度 | 事務職 | 技術職 | 計; cells N（W）',
                       hdr, hiring, 2025, a_intro, 'horizontal rules only 配属先 | 事務職 | 技術職; － for none', units,
                       ex_title, exams, 'horizontal rules only 区分 | 試験 | 職種 | 採用予定数', ehdr, '研修', training,
                       inits, '働きやすい職場', '■title / indented text', '両立支援制度',
                       '●name → duration / indented text', [(n, d, d, txt, '●%s → %s' % (n, d)) for n, d, txt in supp],
                       office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes,
                       {'organization': 'the masthead is a hand-lettered logotype: one glyph per text object, sizes 25-31 pt, '
                                        'baselines bouncing by up to 5 pt',
                        'support': 'name and duration separated by an arrow: ●育児休業 → 子が3歳に達するまで',
                        'layout': 'A4; every section under a VERTICAL heading (縦書き, one glyph per object) in a tinted '
                                  'band at its left; tables with horizontal rules only'})
    return [p1, p2], facts


# ---------------------------------------------------------------- facts

def base_facts(org, document, year, asOf, asOfText, printed, lead, h_intro, h_note, adm, tech, h_layout, hdr, hiring,
               cohort, a_intro, a_layout, units, ex_title, exams, e_layout, ehdr, tr_title, training, inits, i_title,
               i_format, s_title, s_format, supp, office, tel, telText, email, emailText, address, routes, decoys):
    return collections.OrderedDict([
        ('organization', org),
        ('document', document),
        ('edition', dict(year=year, asOf=asOf, asOfText=asOfText, printed=printed)),
        ('lead', dict(title='', text=lead)),
        ('hiring', dict(intro=h_intro, note=h_note, tracks=dict(admin=adm, tech=tech), textSynthesised=False,
                        layout=h_layout, header=hdr, columns=['label', 'admin', 'tech', 'total'], rows=hiring)),
        ('assignments', dict(cohortFiscalYear=cohort, intro=a_intro, tracks=dict(admin=adm, tech=tech), layout=a_layout,
                             rows=assign_rows(units))),
        ('exams', dict(title=ex_title, fiscalYear=year, textSynthesised=False,
                       entries=[dict(track=t, exam=e, text='', breakdown=[dict(category=c, count=n) for c, n in br],
                                     total=sum(n for _, n in br)) for t, e, br in exams],
                       layout=e_layout, header=ehdr)),
        ('training', dict(title=tr_title, paragraphs=[''.join(training)])),
        ('initiatives', [dict(title=t, text=''.join(x), printed=['■' + t] + x) for t, x in inits]),
        ('initiativesIntro', ''),
        ('initiativesTitle', i_title),
        ('initiativeFormat', i_format),
        ('supportTitle', s_title),
        ('supportFormat', s_format),
        ('supportSystems', [dict(name=n, duration=d, durationText=dt, text=t, printed=pr) for n, d, dt, t, pr in supp]),
        ('contacts', [dict(track='採用担当', office=office, tel=[tel], email=[email], location='', telText=[telText],
                           emailText=[emailText], hoursText='')]),
        ('access', dict(address=address, routes=[ln + '『' + st + '』' + tail for ln, st, tail in routes],
                        routesSynthesised=False, routesText=[ln + st + tail for ln, st, tail in routes])),
        ('keyFigures', []),
        ('decoys', decoys),
    ])


def standin(f):
    """a document in the tool's JSON shape built from the facts (what checks() reads)"""
    rows = []
    for r in f['hiring']['rows']:
        rows.append(dict(fiscalYear=r['fiscalYear'], planned=r['planned'],
                         total=dict(count=r['total']['count'], women=r['total']['women']),
                         administrative=dict(count=r['admin']['count'], women=r['admin']['women']),
                         technical=dict(count=r['tech']['count'], women=r['tech']['women'])))
    a = f['assignments']
    return dict(organization=f['organization'], edition=dict(asOf=f['edition']['asOf']), sections=dict(
        hiring=dict(rows=rows),
        assignments=dict(cohortFiscalYear=a['cohortFiscalYear'],
                         rows=[dict(unit=r['unit'], administrative=r['admin'] or 0, technical=r['tech'] or 0) for r in a['rows']]),
        examBreakdown=dict(entries=[dict(track=track(e['track']), level=level(e['exam']), category=b['category'], count=b['count'])
                                    for e in f['exams']['entries'] for b in e['breakdown']]),
        contacts=[dict(office=c['office'], phones=[dict(number=t) for t in c['tel']], emails=c['email']) for c in f['contacts']],
        access=dict(routes=[dict(station=r.split('『')[1].split('』')[0]) for r in f['access']['routes']]),
        initiatives=[dict(title=i['title']) for i in f['initiatives']],
        supportSystems=[dict(name=s['name']) for s in f['supportSystems']]))


# ---------------------------------------------------------------- checks

def ink(it):
    return (it['x'], it['y'] - it['size'] * 0.88, it['x'] + it['w'], it['y'] + it['size'] * 0.12)


def expected_lines(p):
    out = []
    for cells in p.lines:
        out.append('\t'.join(''.join(p.items[i]['s'] for i in c) for c in cells))
    return out


def expected_text(pages):
    return '\n\f\n'.join('\n'.join(expected_lines(p)) for p in pages) + '\n'


def nows(s):
    return ''.join(s.split())


def check_pages(name, pages):
    for pi, p in enumerate(pages):
        owner = collections.Counter()
        for cells in p.lines:
            for c in cells:
                for i in c: owner[i] += 1
        for i, it in enumerate(p.items):
            miss = [ch for ch in it['s'] if ord(ch) not in CMAP[it['font']]]
            if miss: raise Fail('%s p%d: glyphs missing in %s: %r' % (name, pi + 1, it['font'], miss))
            x0, y0, x1, y1 = ink(it)
            if x0 < EDGE or y0 < EDGE or x1 > p.w - EDGE or y1 > p.h - EDGE:
                raise Fail('%s p%d: item in the edge margin: %r' % (name, pi + 1, it['s']))
            if not it['furniture'] and y1 > p.bottom:
                raise Fail('%s p%d: item below the bottom margin: %r' % (name, pi + 1, it['s']))
            if it['furniture'] and owner[i]: raise Fail('furniture in a line: %r' % it['s'])
            if not it['furniture'] and owner[i] != 1: raise Fail('item not in exactly one line: %r' % it['s'])
        boxes = [ink(it) for it in p.items]
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                if a[0] < b[2] - 0.01 and b[0] < a[2] - 0.01 and a[1] < b[3] - 0.01 and b[1] < a[3] - 0.01:
                    raise Fail('%s p%d: overlap %r / %r' % (name, pi + 1, p.items[i]['s'], p.items[j]['s']))
        for ln in expected_lines(p):
            t = nows(ln)
            if not t: raise Fail('%s: empty expected line' % name)
            if t[0] in KINSOKU: raise Fail('%s: line starts with a kinsoku character: %r' % (name, ln))
            if re.fullmatch(r'-?\d+-?', t): raise Fail('%s: folio in the expected text: %r' % (name, ln))
        drawn = collections.Counter(nows(''.join(it['s'] for it in p.items if not it['furniture'])))
        exp = collections.Counter(nows(''.join(expected_lines(p))))
        if drawn != exp: raise Fail('%s p%d: expected and drawn characters differ: %r' % (name, pi + 1, (drawn - exp) + (exp - drawn)))


def check_facts(name, f, pages):
    lines = [l for p in pages for l in expected_lines(p)]
    flat = [nows(l) for l in lines]
    allflat = nows(''.join(lines))

    def printed(s, whole=True):
        s = nows(s)
        ok = s in flat if whole else s in allflat
        if not ok: raise Fail('%s: not printed: %r' % (name, s))

    org = f['organization']
    for pre in ('地方独立行政法人', '独立行政法人', '一部事務組合', '企業団'):
        if org.startswith(pre): raise Fail('legal-form prefix')
    printed(f['document'].split(' ', 1)[1])
    ed = f['edition']
    m = re.search(r'令和(\d+)年(\d+)月', ed['asOfText'])
    if not m or '%d-%02d' % (int(m.group(1)) + 2018, int(m.group(2))) != ed['asOf']: raise Fail('asOf')
    if ed['asOfText'] not in ed['printed']: raise Fail('asOfText')
    printed(ed['printed'])
    h = f['hiring']; rows = h['rows']
    printed('\t'.join(h['header']))
    fys = [r['fiscalYear'] for r in rows]
    if fys != list(range(fys[0], fys[0] + len(fys))): raise Fail('years not consecutive')
    if [r['planned'] for r in rows] != [False] * (len(rows) - 1) + [True]: raise Fail('planned row')
    if rows[-1]['fiscalYear'] != ed['year'] or f['exams']['fiscalYear'] != ed['year']: raise Fail('years')
    for r in rows:
        if r['label'] != era(r['fiscalYear']): raise Fail('label')
        if ('（予定）' in r['labelText']) != r['planned']: raise Fail('予定 label')
        t, a, c = r['total'], r['admin'], r['tech']
        if t['count'] != a['count'] + c['count']: raise Fail('total heads %r' % r['labelText'])
        if r['planned']:
            if any(x['women'] is not None for x in (t, a, c)): raise Fail('planned women')
        else:
            if t['women'] != a['women'] + c['women']: raise Fail('total women')
            for x in (t, a, c):
                if not 0 <= x['women'] <= x['count']: raise Fail('women range')
        for x in (t, a, c):
            if x['text'] != str(x['count']): raise Fail('text')
        printed('\t'.join([r['labelText'], a['cellText'], c['cellText'], t['cellText']]))
    asg = f['assignments']
    last_actual = [r for r in rows if not r['planned']][-1]
    if asg['cohortFiscalYear'] != last_actual['fiscalYear']: raise Fail('cohort')
    if re.findall(r'令和\d+年度', asg['intro']) != [era(asg['cohortFiscalYear'])]: raise Fail('cohort intro')
    printed(asg['intro'])
    units = [r['unit'] for r in asg['rows']]
    if len(set(units)) != len(units): raise Fail('duplicate unit')
    sa = sum(r['admin'] or 0 for r in asg['rows']); st = sum(r['tech'] or 0 for r in asg['rows'])
    if (sa, st) != (last_actual['admin']['count'], last_actual['tech']['count']): raise Fail('assignment sums')
    for r in asg['rows']:
        if not (r['admin'] or r['tech']): raise Fail('zero row')
        printed('\t'.join([r['unit'], dash(r['admin']), dash(r['tech'])]))
    ex = f['exams']
    tracks = {h['tracks']['admin']: rows[-1]['admin']['count'], h['tracks']['tech']: rows[-1]['tech']['count']}
    keys = set()
    per = collections.Counter()
    for e in ex['entries']:
        if e['track'] not in tracks: raise Fail('exam track')
        if track(e['track']) not in ('administrative', 'technical'): raise Fail('track()')
        if '院' in e['exam'] or level(e['exam']) != 'undergraduate': raise Fail('院 in exam')
        if sum(b['count'] for b in e['breakdown']) != e['total']: raise Fail('exam total')
        per[e['track']] += e['total']
        for b in e['breakdown']:
            c = b['category']
            if '院' in c or re.search(r'[（）()]', c): raise Fail('category')
            k = (track(e['track']), level(e['exam']), norm(c))
            if k in keys: raise Fail('category collision')
            keys.add(k)
            if not any(l.endswith('\t%s\t%d' % (c, b['count'])) for l in lines): raise Fail('category row %r' % c)
    if dict(per) != tracks: raise Fail('exam sums %r %r' % (dict(per), tracks))
    printed(ex['title']); printed('\t'.join(ex['header']))
    for s in f['lead']['text']: printed(s)
    for s in h['intro'] + h['note']: printed(s)
    printed(f['training']['paragraphs'][0], whole=False)
    for i in f['initiatives']:
        if re.search(r'[A-Za-z0-9■●（）()「」]', i['title']): raise Fail('initiative title')
        for s in i['printed']: printed(s)
    for s in f['supportSystems']:
        if re.search(r'[（）()「」―～→\-]', s['name']): raise Fail('support name')
        if s['duration'] != s['durationText']: raise Fail('duration')
        if not s['printed'].startswith('●' + s['name']) or s['durationText'] not in s['printed']: raise Fail('support printed')
        printed(s['printed']); printed(s['text'])
    for c in f['contacts']:
        if not c['office'].startswith(org): raise Fail('office')
        printed(c['office'])
        for t, tt in zip(c['tel'], c['telText']):
            if not re.fullmatch(r'0\d{1,4}-\d{1,4}-\d{4}', t): raise Fail('tel format')
            if t not in tt: raise Fail('tel text')
            printed(tt)
        for m_, mt in zip(c['email'], c['emailText']):
            if not mt.endswith(' ' + m_): raise Fail('email text')
            printed(mt)
    acc = f['access']
    printed(acc['address'])
    for r, rt in zip(acc['routes'], acc['routesText']):
        stop = r.split('『')[1].split('』')[0]
        if not r.split('』')[1].startswith('駅'): raise Fail('stop not before 駅')
        if re.search(r'[駅～・\s口分線]', stop): raise Fail('stop %r' % stop)
        if r.replace('『', '').replace('』', '') != rt: raise Fail('route text')
        if not any(nows(rt) in x for x in flat): raise Fail('route not printed %r' % rt)
    drawn = norm(expected_text(pages))
    got = checks(f, standin(f), drawn)
    if not got or not all(ok for _, ok in got): raise Fail('stand-in misses: %r' % [n for n, ok in got if not ok])
    kinds = {n.split(' ')[0] for n, _ in got}
    need = {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'initiative', 'support'}
    if not need <= kinds: raise Fail('kinds %r' % (need - kinds))
    if any(ok for _, ok in checks(f, {}, drawn)): raise Fail('empty doc scores')
    return len(got)


def check_shapes(name, f, pages):
    lines = [l for p in pages for l in expected_lines(p)]
    first = lines[:8]
    if name == 'yoichi-2026':
        if lines[0] != '余市町役場' or f['organization'] != '余市町': raise Fail('shape: masthead')
        if f['edition']['printed'] != '令和8年4月吉日' or any(('現在' in l or '発行' in l) for l in first): raise Fail('shape: 吉日')
        tl = f['contacts'][0]['telText'][0]
        if tl != f['contacts'][0]['tel'][0] or re.search(r'TEL|電話|☎', ''.join(lines)): raise Fail('shape: phone label')
    if name == 'akashi-hp-2026':
        r = f['access']['routesText']
        if not r[0].startswith('JR神戸線（山陽本線）明石駅から') or '線' in r[1].split('人丸前')[0]: raise Fail('shape: routes')
    if name == 'beppu-suido-2026':
        if lines[0] != f['organization']: raise Fail('shape: logotype line')
        logo = [it for it in pages[0].items if it['y'] < 90 and it['size'] >= 25]
        if len(logo) != len(f['organization']) or len({round(it['y'], 2) for it in logo}) < 5 or len({it['size'] for it in logo}) < 4:
            raise Fail('shape: logotype')
        for s in f['supportSystems']:
            if ' → ' not in s['printed'] or '（' in s['printed']: raise Fail('shape: arrow')
        heads = ['採用実績', '配属実績', '採用予定', '研修', '働きやすい職場', '両立支援制度', 'お問い合わせ', 'アクセス']
        for hd in heads:
            if hd not in lines: raise Fail('shape: vertical heading %s' % hd)


# ---------------------------------------------------------------- rendering

def render(pages, seed):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(pages[0].w, pages[0].h), invariant=1, pageCompression=0)
    for pi, p in enumerate(pages):
        c.setPageSize((p.w, p.h))
        H = p.h
        for g in p.gfx:
            if g[0] == 'rect':
                _, x, y, w, h, fill, stroke, lw = g
                if fill: c.setFillColorRGB(*fill)
                if stroke: c.setStrokeColorRGB(*stroke); c.setLineWidth(lw)
                c.rect(x, H - y - h, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)
            elif g[0] == 'line':
                _, x1, y1, x2, y2, col, lw = g
                c.setStrokeColorRGB(*col); c.setLineWidth(lw); c.line(x1, H - y1, x2, H - y2)
            elif g[0] == 'circle':
                _, x, y, r, fill, stroke, lw = g
                if fill: c.setFillColorRGB(*fill)
                c.circle(x, H - y, r, fill=1 if fill else 0, stroke=0)
        order = list(range(len(p.items)))
        random.Random(seed * 1000 + pi).shuffle(order)
        for i in order:
            it = p.items[i]
            c.setFillColorRGB(*it['color'])
            t = c.beginText(it['x'], H - it['y'])
            t.setFont(it['font'], it['size'])
            if it['mode']: t.setTextRenderMode(it['mode'])
            t.textOut(it['s'])
            c.drawText(t)
        c.showPage()
    c.save()
    return buf.getvalue()


def check_pdf(name, pdf, pages):
    if pdf.count(b'BT') < sum(len(p.items) for p in pages): raise Fail('%s: fewer BT than items' % name)
    with tempfile.NamedTemporaryFile(suffix='.pdf') as tf:
        tf.write(pdf); tf.flush()
        for pi, p in enumerate(pages):
            out = subprocess.run(['pdftotext', '-f', str(pi + 1), '-l', str(pi + 1), '-enc', 'UTF-8', tf.name, '-'],
                                 capture_output=True, text=True, check=True).stdout
            want = collections.Counter(nows(''.join(it['s'] for it in p.items)))
            got = collections.Counter(nows(out))
            if got != want: raise Fail('%s p%d: pdftotext differs: %r' % (name, pi + 1, (got - want) + (want - got)))


BROCHURES = [('yoichi-2026', yoichi, 871), ('akashi-hp-2026', akashi, 872), ('beppu-suido-2026', beppu, 873)]


def build(name, fn, seed):
    pages, facts = fn()
    check_pages(name, pages)
    n = check_facts(name, facts, pages)
    check_shapes(name, facts, pages)
    pdf = render(pages, seed)
    if render(fn()[0], seed) != pdf: raise Fail('%s: renders differ' % name)
    check_pdf(name, pdf, pages)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + '.pdf'), 'wb') as fh: fh.write(pdf)
    with open(os.path.join(OUT, name + '.facts.json'), 'w', encoding='utf-8') as fh:
        json.dump(facts, fh, ensure_ascii=False, indent=2); fh.write('\n')
    with open(os.path.join(OUT, name + '.expected.txt'), 'w', encoding='utf-8') as fh:
        fh.write(expected_text(pages))
    print('%s: %d items, %d checks' % (name, sum(len(p.items) for p in pages), n))


def main(argv):
    want = set(argv[1:])
    for name, fn, seed in BROCHURES:
        if want and name not in want: continue
        build(name, fn, seed)


if __name__ == '__main__':
    try:
        main(sys.argv)
    except Fail as e:
        sys.exit('refused: %s' % e)
