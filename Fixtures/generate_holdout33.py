#!/usr/bin/env python3
"""Holdout set 33 (blind): three synthetic Japanese recruitment brochures.

Self-contained (reportlab + IPAex fonts + pdftotext for the self-check).  Writes
Fixtures/holdout33/NAME.pdf, NAME.expected.txt and NAME.facts.json for
  mie-2026   三重県
  kfs-2026   国税不服審判所
  pmda-2026  医薬品医療機器総合機構

Every visual line is its own text object at an absolute position; text objects are drawn
after the graphics in a seeded shuffled order.  The generator refuses a brochure that fails
any of its checks (see check()).  Deterministic: reportlab invariant=1, seeded shuffles.

  python3 Fixtures/generate_holdout33.py            # all three
  python3 Fixtures/generate_holdout33.py kfs        # one
  python3 Fixtures/generate_holdout33.py --selftest # fault injection: every fault must be refused
"""
import io, json, os, random, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color, black, white

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout33')
REPO = os.path.dirname(HERE)
W, H = 595.28, 841.89
MARGIN = 14

pdfmetrics.registerFont(TTFont('IPAexG', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('IPAexM', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
FONTS = {'G': 'IPAexG', 'M': 'IPAexM', 'H': 'Helvetica', 'HB': 'Helvetica-Bold'}

NOSTART = set('、。，．）」』】〕ゃゅょっぁぃぅぇぉャュョッァィゥェォー・：；？！％')
NOEND = set('（「『【〔')


def rgb(h):
    return Color(int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)


GREY = rgb('555555')
RULE = rgb('888888')


class Item:
    def __init__(self, x, y, s, font, size, color, cs, furn, box=None):
        self.x, self.y, self.s, self.font, self.size = x, y, s, font, size
        self.color, self.cs, self.furn = color, cs, furn
        w = width(s, font, size, cs)
        self.box = box or (x, y - 0.88 * size, x + w, y + 0.12 * size)


def width(s, font, size, cs=0):
    return pdfmetrics.stringWidth(s, FONTS[font], size) + cs * max(len(s) - 1, 0)


class Page:
    def __init__(self):
        self.items, self.gfx, self.exp, self.paras = [], [], [], []

    def t(self, x, y, s, font='M', size=9, color=black, align='l', cs=0, furn=False, box=None):
        w = width(s, font, size, cs)
        if align == 'r':
            x -= w
        elif align == 'c':
            x -= w / 2
        it = Item(x, y, s, font, size, color, cs, furn, box)
        self.items.append(it)
        return it

    def tl(self, x, y, s, **k):
        self.t(x, y, s, **k)
        self.exp.append(s)

    def e(self, s):
        self.exp.append(s)

    # graphics (top-down coordinates)
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, r=0):
        def f(c):
            c.saveState()
            if fill is not None: c.setFillColor(fill)
            if stroke is not None: c.setStrokeColor(stroke); c.setLineWidth(lw)
            if r:
                c.roundRect(x, H - y - h, w, h, r, stroke=int(stroke is not None), fill=int(fill is not None))
            else:
                c.rect(x, H - y - h, w, h, stroke=int(stroke is not None), fill=int(fill is not None))
            c.restoreState()
        self.gfx.append(f)

    def line(self, x1, y1, x2, y2, color=RULE, lw=0.6):
        def f(c):
            c.saveState(); c.setStrokeColor(color); c.setLineWidth(lw)
            c.line(x1, H - y1, x2, H - y2); c.restoreState()
        self.gfx.append(f)

    def poly(self, pts, fill, stroke=None):
        def f(c):
            c.saveState(); c.setFillColor(fill)
            p = c.beginPath(); p.moveTo(pts[0][0], H - pts[0][1])
            for (a, b) in pts[1:]: p.lineTo(a, H - b)
            p.close()
            if stroke is not None: c.setStrokeColor(stroke)
            c.drawPath(p, fill=1, stroke=int(stroke is not None)); c.restoreState()
        self.gfx.append(f)

    def circle(self, x, y, r, fill):
        def f(c):
            c.saveState(); c.setFillColor(fill); c.circle(x, H - y, r, stroke=0, fill=1); c.restoreState()
        self.gfx.append(f)


def wrap(text, w, font, size):
    lines, cur = [], ''
    for ch in text:
        if width(cur + ch, font, size) > w and cur:
            if ch in NOSTART:  # carry the last character down with it
                lines.append(cur[:-1]); cur = cur[-1] + ch
            else:
                lines.append(cur); cur = ch
            if lines[-1] and lines[-1][-1] in NOEND:
                cur = lines[-1][-1] + cur; lines[-1] = lines[-1][:-1]
        else:
            cur += ch
    if cur: lines.append(cur)
    return lines


def para(P, x, y, w, text, font='M', size=9, lead=None, color=black):
    lead = lead or size * 1.6
    for ln in wrap(text, w, font, size):
        P.tl(x, y, ln, font=font, size=size, color=color)
        P.paras.append(ln)
        y += lead
    return y


def table(P, x, y, colw, rows, rowh, size=8.5, font='M', hfont='G', head=(0,), spans=None, align=None,
          fill=None, rules='grid', pad=3, color=None, hcolor=None, cellcs=None, exp=True):
    """rows: list of lists; None marks a cell covered by a span.  rowh: number or list.
    spans {(r, c): (rowspan, colspan)}; align: per column 'l'/'c'/'r'; fill {(r, c) or r: colour}.
    cellcs {(r, c): 'justify'} spreads a one-line cell over its width (均等割り)."""
    spans = spans or {}; fill = fill or {}; cellcs = cellcs or {}
    n = len(rows)
    rowh = [rowh] * n if isinstance(rowh, (int, float)) else rowh
    xs = [x]
    for cw in colw: xs.append(xs[-1] + cw)
    ys = [y]
    for rh in rowh: ys.append(ys[-1] + rh)
    ld = size * 1.22
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell is None: continue
            rs, csp = spans.get((r, c), (1, 1))
            x0, x1 = xs[c], xs[c + csp]; y0, y1 = ys[r], ys[r + rs]
            f = fill.get((r, c), fill.get(r))
            if f is not None: P.rect(x0, y0, x1 - x0, y1 - y0, fill=f)
            if rules == 'grid': P.rect(x0, y0, x1 - x0, y1 - y0, stroke=RULE, lw=0.5)
            elif rules == 'h':
                P.line(x0, y1, x1, y1, color=RULE, lw=0.5)
                if r == 0: P.line(x0, y0, x1, y0, color=black, lw=1)
            ishead = r in head
            fn = hfont if ishead else font
            lines = cell.split('\n') if cell else []
            b0 = y0 + ((y1 - y0) - len(lines) * ld) / 2 + ld / 2 + 0.35 * size
            for i, ln in enumerate(lines):
                a = 'c' if ishead else (align[c] if align else 'c')
                cs = 0
                if cellcs.get((r, c)) == 'justify' and len(ln) > 1:
                    cs = (x1 - x0 - 2 * pad - width(ln, fn, size)) / (len(ln) - 1)
                    a = 'l'
                wdt = width(ln, fn, size, cs)
                if wdt > x1 - x0 - 2 * pad + 0.01:
                    raise SystemExit(f'cell overflow: {ln!r} {wdt:.1f} > {x1 - x0 - 2 * pad:.1f}')
                tx = {'l': x0 + pad, 'c': (x0 + x1) / 2, 'r': x1 - pad}[a]
                col = (hcolor if ishead else color) or black
                P.t(tx, b0 + i * ld, ln, font=fn, size=size, align=a, cs=cs, color=col)
        if exp:
            P.e('\t'.join('' if cell is None else cell.replace('\n', '') for cell in row))
    return ys[-1]


def vtext(P, x, y, s, size, font='M', pitch=None, color=black):
    """One column of vertical text, x = left edge of the glyph column; one glyph per item."""
    pitch = pitch or size * 1.12
    for i, ch in enumerate(s):
        by = y + i * pitch + 0.88 * size
        if ch in '、。':
            gx, gy = x + 0.6 * size, by - 0.6 * size
            P.t(gx, gy, ch, font=font, size=size, color=color,
                box=(gx, gy - 0.3 * size, gx + 0.4 * size, gy + 0.05 * size))
        else:
            P.t(x, by, ch, font=font, size=size, color=color)
    return y + len(s) * pitch


def vcolumns(text, n):
    """Break text into columns of at most n glyphs; no column starts with 、。"""
    cols, cur = [], ''
    for ch in text:
        if len(cur) == n:
            if ch in NOSTART:
                cols.append(cur[:-1]); cur = cur[-1]
            else:
                cols.append(cur); cur = ''
        cur += ch
    if cur: cols.append(cur)
    return cols


# ---------------------------------------------------------------- facts helpers

def cnt(count, women, text, wtext=None):
    d = {'count': count, 'women': women, 'text': text}
    if wtext is not None: d['womenText'] = wtext
    return d


def hrow(fy, label, labelText, planned, total, admin, tech):
    return {'fiscalYear': fy, 'label': label, 'labelText': labelText, 'planned': planned,
            'total': total, 'admin': admin, 'tech': tech}


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(s.split()).replace('〜', '~').replace('～', '~')


# ---------------------------------------------------------------- 三重県

def mie():
    TEAL, PALE, GOLD = rgb('0f6d72'), rgb('e6f2f2'), rgb('c79a2b')
    pages = [Page(), Page()]
    P = pages[0]
    # masthead band
    P.rect(0, 0, W, 74, fill=TEAL)
    P.t(40, 48, '三重県', font='M', size=28, color=white)
    P.t(40 + width('三重県', 'M', 28) + 10, 48, '職員採用ガイド', font='G', size=15, color=white)
    P.e('三重県 職員採用ガイド')
    P.tl(555, 48, '令和8年3月発行', font='G', size=9, color=white, align='r')
    P.t(40, 64, 'MIE PREFECTURE  CAREER GUIDE 2026', font='H', size=7, color=white)
    P.e('MIE PREFECTURE  CAREER GUIDE 2026')
    # left main column 40-388, right vertical message box 400-555
    y = 100
    lead = ('三重県庁では、県民の暮らしを支える行政事務から道路・河川・農林水産の現場まで、'
            '多様な分野で職員が活躍しています。ここでは採用の実績と試験の概要を紹介します。')
    y = para(P, 40, y, 346, lead, size=9, lead=15)
    y += 10
    P.rect(40, y - 13, 4, 16, fill=TEAL)
    P.tl(50, y, '採用実績', font='G', size=13, color=TEAL)
    y += 18
    P.tl(40, y, '採用年度別・性別の採用者数（人）', font='G', size=8.5)
    y += 8
    rows = [['採用年度', '事務系', None, None, '技術系', None, None, '合計', None, None],
            [None, '男性', '女性', '計', '男性', '女性', '計', '男性', '女性', '計']]
    A = [(38, 29), (41, 33), (36, 35), (40, 38), (37, 42)]
    T = [(30, 9), (28, 11), (33, 10), (29, 13), (31, 12)]
    hire = []
    for i, fy in enumerate(range(2021, 2026)):
        (am, aw), (tm, tw) = A[i], T[i]
        lab = f'{fy}.4採用'
        r = [lab, str(am), str(aw), str(am + aw), str(tm), str(tw), str(tm + tw),
             str(am + tm), str(aw + tw), str(am + aw + tm + tw)]
        rows.append(r)
        hire.append(hrow(fy, lab, lab, False,
                         cnt(am + aw + tm + tw, aw + tw, r[9], r[8]),
                         cnt(am + aw, aw, r[3], r[2]), cnt(tm + tw, tw, r[6], r[5])))
    rows.append(['2026.4採用\n（予定）', '－', '－', '82', '－', '－', '46', '－', '－', '128'])
    hire.append(hrow(2026, '2026.4採用', '2026.4採用（予定）', True, cnt(128, None, '128'),
                     cnt(82, None, '82'), cnt(46, None, '46')))
    spans = {(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (1, 3), (0, 7): (1, 3)}
    fill = {0: PALE, 1: PALE}
    for r in range(2, 8):
        for c in (3, 6, 9): fill[(r, c)] = rgb('f4efe0')
    fill[7] = rgb('fbf3dc')
    for c in (3, 6, 9): fill[(7, c)] = rgb('f3e2b3')
    y = table(P, 40, y, [58] + [32] * 9, rows, [17, 15, 17, 17, 17, 17, 17, 27], size=8.5, font='M',
              head=(0, 1), spans=spans, align=['l'] + ['r'] * 9, fill=fill)
    y += 13
    note = ['※「計」は男性と女性の合計です。2026.4採用は採用予定数で、性別は未定です。',
            '※採用年度は各年4月1日付の採用者を示します（年度途中の採用を除く）。']
    for s in note:
        P.tl(40, y, s, font='M', size=7.5); y += 12
    hiring_end = y
    # vertical governor's message (decoy lead) in the right column
    bx, by, bw, bh = 400, 92, 155, 268
    P.rect(bx, by, bw, bh, fill=rgb('f5f9f9'), stroke=TEAL, lw=0.8, r=4)
    P.tl(bx + 10, by + 18, '知事メッセージ', font='G', size=10.5, color=TEAL)
    msg = ('三重県は南北に長く、山と海の恵みに満ちた県です。私たちは県民一人ひとりの暮らしに寄り添い、'
           '地域の未来をともにつくる仲間を求めています。皆さんの挑戦を心から待っています。')
    cols = vcolumns(msg, 18)
    size, pitch = 10, 11.6
    cx = bx + bw - 24
    for col in cols:
        vtext(P, cx, by + 32, col, size, pitch=pitch)
        P.e(col)
        cx -= 19
    P.tl(bx + bw - 10, by + bh - 12, '三重県知事', font='G', size=8.5, align='r')
    # lower band: assignments (left) and exams (right)
    y = max(hiring_end, by + bh) + 18
    P.rect(40, y - 13, 4, 16, fill=TEAL)
    P.tl(50, y, '配属先', font='G', size=13, color=TEAL)
    yh = y
    y0 = y + 16
    units = [('総務部', 6, 0), ('政策企画部', 5, 0), ('地域連携部', 6, 2), ('環境生活部', 4, 3),
             ('医療保健部', 8, 2), ('子ども・福祉部', 9, 0), ('農林水産部', 7, 12), ('雇用経済部', 6, 1),
             ('県土整備部', 4, 19), ('教育委員会事務局', 12, 1), ('警察本部', 5, 0), ('地域防災総合事務所等', 7, 3)]
    P.tl(40, y0, '2025年度採用者の配属先（人）', font='G', size=8.5)
    rows = [['配属先', '事務系', '技術系']]
    cellcs = {}
    arows = []
    for i, (u, a, t) in enumerate(units):
        rows.append([u, str(a) if a else '－', str(t) if t else '－'])
        cellcs[(i + 1, 0)] = 'justify'
        arows.append({'unit': u, 'admin': a or None, 'tech': t or None})
    fill = {0: PALE}
    for r in range(2, len(rows), 2): fill[r] = rgb('f3f7f7')
    yA = table(P, 40, y0 + 7, [118, 56, 56], rows, 16, size=8.5, font='M', head=(0,), align=['l', 'c', 'c'],
               fill=fill, rules='h', cellcs=cellcs)
    yA = para(P, 40, yA + 14, 230, '配属先は本人の希望・適性と組織の状況を総合的に判断して決定します。', size=8, lead=12)
    # exams (right column); expected text: left column first, so build right-column lines later
    Pr = Page()
    Pr.rect(300, yh - 13, 4, 16, fill=TEAL)
    Pr.tl(310, yh, '採用試験の概要', font='G', size=13, color=TEAL)
    Pr.tl(300, y0, '令和8年度 採用予定数（大学卒業程度）', font='G', size=8.5)
    erows = [['区分', '試験', '職種', '採用予定数'],
             ['事務系', '大学卒業程度\n（A試験）', '行政', '70名'], [None, None, '警察事務', '6名'], [None, None, '教育事務', '6名'],
             ['技術系', '大学卒業程度\n（A試験）', '総合土木', '22名'], [None, None, '建築', '5名'], [None, None, '農業', '7名'],
             [None, None, '林業', '5名'], [None, None, '電気', '3名'], [None, None, '機械', '4名']]
    ye = table(Pr, 300, y0 + 7, [46, 74, 70, 65], erows, 17, size=8.5, font='M', head=(0,),
               spans={(1, 0): (3, 1), (1, 1): (3, 1), (4, 0): (6, 1), (4, 1): (6, 1)},
               align=['c', 'c', 'l', 'r'], fill={0: PALE})
    ye = para(Pr, 300, ye + 14, 255, '※試験区分の詳細は、受験案内で必ず確認してください。', size=7.5, lead=12)
    P.items += Pr.items; P.gfx += Pr.gfx; P.exp += Pr.exp; P.paras += Pr.paras
    # ---- page 2
    P = pages[1]
    P.rect(0, 0, W, 38, fill=TEAL)
    P.t(40, 27, '三重県職員採用ガイド 2026', font='G', size=9, color=white, furn=True)
    P.t(555, 27, '2', font='H', size=9, color=white, align='r', furn=True)
    y = 70
    P.rect(40, y - 13, 4, 16, fill=TEAL)
    P.tl(50, y, '働きやすい職場づくり', font='G', size=13, color=TEAL)
    y += 22
    inits = [('テレワークとフレックスタイム', '全職員がテレワークを利用でき、始業時刻は7時30分から10時30分の間で選べます。'),
             ('男性の育児参画', '子が生まれた男性職員の育児休業取得率は9割を超え、1か月以上の取得が一般的です。'),
             ('みえの若手ネットワーク', '部局を越えた若手職員が集まり、政策提案や地域の課題解決に取り組んでいます。')]
    for ti, tx in inits:
        P.tl(40, y, '◇' + ti, font='G', size=9.5, color=TEAL); y += 14
        y = para(P, 52, y, 503, tx, size=9, lead=14) + 4
    y += 8
    P.rect(40, y - 13, 4, 16, fill=TEAL)
    P.tl(50, y, '子育て・介護の支援制度', font='G', size=13, color=TEAL)
    y += 22
    sups = [('育児休業', '子が3歳に達するまで', '子が3歳に達するまで', '配偶者の就業の有無にかかわらず取得できます。'),
            ('部分休業', '2時間', '1日2時間以内', '子が小学校就学前まで、勤務時間の始めか終わりに取得できます。'),
            ('子の看護休暇', '5日', '年5日', '子の病気やけが、予防接種の付き添いに利用できます。'),
            ('介護休暇', '6か月', '通算6か月', '要介護状態の家族1人につき、3回まで分割して取得できます。')]
    for nm, d, dt, tx in sups:
        P.circle(44, y - 3.2, 3, TEAL)
        P.t(52, y, nm, font='G', size=9.5)
        P.t(170, y, dt, font='G', size=9.5, color=TEAL)
        P.e(nm + '\t' + dt)
        y += 14
        y = para(P, 52, y, 503, tx, size=9, lead=14) + 3
    y += 8
    P.rect(40, y - 13, 4, 16, fill=TEAL)
    P.tl(50, y, '人材育成', font='G', size=13, color=TEAL)
    y += 20
    trn = ['採用後1年間は新規採用職員研修として、集合研修と職場でのOJTを組み合わせて県行政の基礎を学びます。',
           '3年目・10年目には階層別研修があり、自己啓発のための通信講座や大学院派遣制度も利用できます。']
    for s in trn:
        y = para(P, 40, y, 515, s, size=9, lead=14) + 3
    y += 14
    # contact box (address inside it) and a separate access block
    P.rect(40, y - 16, 515, 112, stroke=TEAL, lw=1.0, r=4)
    P.rect(40, y - 16, 515, 22, fill=TEAL, r=4)
    P.tl(52, y, 'お問い合わせ', font='G', size=11, color=white)
    yy = y + 22
    c1 = ['■採用試験について', '人事委員会事務局 職員課', '〒514-8570 三重県津市広明町13番地', 'TEL 059-224-2931',
          'E-mail saiyo-jimu@pref.mie.lg.jp']
    c2 = ['■職員の働き方・研修について', '総務部 人材政策課', 'TEL 059-224-2118', 'E-mail jinzai-s@pref.mie.lg.jp']
    for i, s in enumerate(c1):
        P.tl(52, yy + i * 14, s, font='G' if i == 0 else 'M', size=9)
    for i, s in enumerate(c2):
        P.tl(320, yy + i * 14, s, font='G' if i == 0 else 'M', size=9)
    y = y + 118
    P.rect(40, y - 13, 4, 16, fill=TEAL)
    P.tl(50, y, '県庁へのアクセス', font='G', size=13, color=TEAL)
    y += 20
    routes_p = ['近鉄・JR 津駅西口から徒歩約15分', '近鉄名古屋線 江戸橋駅から徒歩約25分', '近鉄名古屋線 津新町駅からタクシーで約10分']
    routes = ['近鉄・JR『津』駅西口から徒歩約15分', '近鉄名古屋線『江戸橋』駅から徒歩約25分', '近鉄名古屋線『津新町』駅からタクシーで約10分']
    for s in routes_p:
        P.tl(40, y, '▶' + s, font='M', size=9); y += 14
    P.tl(40, y + 4, '※庁舎に一般駐車場はありません。公共交通機関をご利用ください。', font='M', size=7.5)

    facts = {
        'fixture': 'mie-2026', 'organization': '三重県', 'document': '職員採用ガイド',
        'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '令和8年3月発行'},
        'hiring': {'intro': ['採用年度別・性別の採用者数（人）'], 'note': note,
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'years down; each track (事務系 | 技術系 | 合計) spans 男性 | 女性 | 計 sub-columns; the count is 計, the women 女性; 男性 is in no fact',
                   'rows': hire},
        'exams': {'title': '令和8年度 採用予定数（大学卒業程度）', 'fiscalYear': 2026, 'textSynthesised': False,
                  'entries': [
                      {'track': '事務系', 'exam': '大学卒業程度（A試験）', 'text': '',
                       'breakdown': [{'category': '行政', 'count': 70}, {'category': '警察事務', 'count': 6},
                                     {'category': '教育事務', 'count': 6}], 'total': 82},
                      {'track': '技術系', 'exam': '大学卒業程度（A試験）', 'text': '',
                       'breakdown': [{'category': '総合土木', 'count': 22}, {'category': '建築', 'count': 5},
                                     {'category': '農業', 'count': 7}, {'category': '林業', 'count': 5},
                                     {'category': '電気', 'count': 3}, {'category': '機械', 'count': 4}], 'total': 46}]},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '2025年度採用者の配属先（人）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'}, 'rows': arows},
        'contacts': [
            {'track': '採用試験について', 'office': '人事委員会事務局 職員課', 'location': '〒514-8570 三重県津市広明町13番地',
             'tel': ['059-224-2931'], 'telText': ['TEL 059-224-2931'],
             'email': ['saiyo-jimu@pref.mie.lg.jp'], 'emailText': ['saiyo-jimu@pref.mie.lg.jp']},
            {'track': '職員の働き方・研修について', 'office': '総務部 人材政策課', 'location': '',
             'tel': ['059-224-2118'], 'telText': ['TEL 059-224-2118'],
             'email': ['jinzai-s@pref.mie.lg.jp'], 'emailText': ['jinzai-s@pref.mie.lg.jp']}],
        'access': {'address': '〒514-8570 三重県津市広明町13番地', 'addressPrintedIn': 'contact box', 'routes': routes},
        'lead': {'title': '', 'text': [lead]},
        'decoys': {'governorMessage': msg},
        'initiativesIntro': '',
        'initiatives': [{'title': a, 'text': b} for a, b in inits],
        'supportTitle': '子育て・介護の支援制度',
        'supportSystems': [{'name': a, 'duration': b, 'durationText': c, 'text': d} for a, b, c, d in sups],
        'training': {'title': '人材育成', 'paragraphs': trn},
        'keyFigures': [], 'pages': 2}
    return pages, facts


# ---------------------------------------------------------------- 国税不服審判所

def kfs():
    PUR, PALE, LAV = rgb('4b2e6b'), rgb('efeaf5'), rgb('d9cfe6')
    pages = [Page(), Page()]
    P = pages[0]
    P.t(40, 50, '国税不服審判所', font='M', size=26, color=PUR)
    P.e('国税不服審判所')
    P.t(40, 74, '職員採用案内', font='G', size=12.5)
    P.t(555, 74, '令和8年2月', font='G', size=9, align='r')
    P.e('職員採用案内'); P.e('令和8年2月')
    P.rect(40, 84, 515, 3, fill=PUR)
    P.rect(40, 89, 515, 0.8, fill=rgb('b79ad6'))
    lead = ('国税不服審判所は、納税者の正当な権利利益の救済を図るため、税務署長等の処分に対する審査請求を'
            '公正な第三者的立場で審理する機関です。本部と全国12の支部で職員が働いています。')
    y = para(P, 40, 112, 515, lead, size=9, lead=15) + 10
    P.rect(40, y - 13, 515, 18, fill=PALE)
    P.tl(46, y, '採用実績（各年4月1日採用）', font='G', size=11.5, color=PUR)
    y += 18
    P.tl(40, y, '（ ）内は女性で内数。前年比は計の増減です。', font='M', size=8)
    y += 8
    A = [(14, 6), (12, 5), (15, 7), (13, 6), (16, 8)]
    T = [(3, 1), (4, 1), (3, 0), (5, 2), (4, 2)]
    diffs = ['＋1', '−1', '＋2', '±0', '＋2', '＋2']
    head = ['採用', '事務系', '技術系\n（情報システム）', '計', '前年比']
    hire, body = [], []
    for i, fy in enumerate(range(2021, 2026)):
        (a, aw), (t, tw) = A[i], T[i]
        lab = f'R{fy - 2018}.4'
        r = [lab, f'{a}（{aw}）', f'{t}（{tw}）', f'{a + t}（{aw + tw}）', diffs[i]]
        body.append(r)
        hire.append(hrow(fy, lab, lab, False, cnt(a + t, aw + tw, r[3]), cnt(a, aw, r[1]), cnt(t, tw, r[2])))
    body.append(['R8.4\n（予定）', '17', '5', '22', diffs[5]])
    hire.append(hrow(2026, 'R8.4', 'R8.4（予定）', True, cnt(22, None, '22'), cnt(17, None, '17'), cnt(5, None, '5')))
    cw = [40, 48, 76, 52, 34]
    rh = [26, 17, 17, 17]
    yt = y
    y1 = table(P, 40, yt, cw, [head] + body[:3], rh, size=8.5, head=(0,), align=['l', 'r', 'r', 'r', 'r'],
               fill={0: LAV}, rules='h')
    fillR = {0: LAV, 3: rgb('f6f1e1')}
    y2 = table(P, 303, yt, cw, [head] + body[3:], [26, 17, 17, 26], size=8.5, head=(0,),
               align=['l', 'r', 'r', 'r', 'r'], fill=fillR, rules='h')
    P.tl(303, y2 + 13, '※R8.4は採用予定数です。', font='M', size=7.5)
    y = y2 + 34
    # two columns: assignments left, exams right (header row at the bottom)
    P.rect(40, y - 13, 250, 18, fill=PALE)
    P.tl(46, y, '配属先（令和7年度採用者）', font='G', size=11.5, color=PUR)
    units = [('本部', 3, 2), ('東京支部', 4, 1), ('大阪支部', 3, 1), ('名古屋支部', 2, 0), ('関東信越支部', 2, 0), ('福岡支部', 2, 0)]
    rows = [['勤務先', '事務系', '技術系']]
    arows = []
    for u, a, t in units:
        rows.append([u, f'{a}人', f'{t}人' if t else '']); arows.append({'unit': u, 'admin': a, 'tech': t or None})
    ya = table(P, 40, y + 10, [110, 70, 70], rows, 17, size=8.5, head=(0,), align=['l', 'r', 'r'], fill={0: LAV})
    ya = para(P, 40, ya + 14, 250, '採用後はおおむね3年ごとに本部と支部の間で異動があります。', size=8, lead=12)
    Pr = Page()
    Pr.rect(305, y - 13, 250, 18, fill=PALE)
    Pr.tl(311, y, '令和8年度の採用予定', font='G', size=11.5, color=PUR)
    erows = [['事務系', '一般職試験\n（大卒程度）', '行政', '約12名'],
             [None, None, '法律', '約3名'],
             [None, '一般職試験\n（高卒者）', '事務', '約2名'],
             [None, '経験者選考', '税務', '若干名'],
             ['技術系\n（情報\nシステム）', '一般職試験\n（大卒程度）', 'デジタル・\n電気・電子', '約5名'],
             [None, '経験者選考', '情報', '若干名'],
             ['系統', '試験', '区分', '採用予定数']]
    ye = table(Pr, 305, y + 10, [50, 76, 64, 60], erows, [26, 17, 26, 17, 30, 17, 18], size=8.5,
               head=(6,), spans={(0, 0): (4, 1), (0, 1): (2, 1), (4, 0): (2, 1)},
               align=['c', 'c', 'l', 'r'], fill={6: LAV})
    enote = ['※採用予定数は概数です。若干名の区分は含みません。']
    ye = para(Pr, 305, ye + 14, 250, enote[0], size=7.5, lead=11)
    P.items += Pr.items; P.gfx += Pr.gfx; P.exp += Pr.exp; P.paras += Pr.paras
    P.t(297.6, 822, '1', font='H', size=8, align='c', furn=True)
    # ---- page 2
    P = pages[1]
    y = 56
    P.rect(40, y - 13, 515, 18, fill=PALE)
    P.tl(46, y, '職員の育成', font='G', size=11.5, color=PUR)
    y += 22
    tlead = '審判所の職員は、階層ごとの研修を通じて審理の専門家として段階的に成長していきます。'
    y = para(P, 40, y, 515, tlead, size=9, lead=14) + 6
    # pyramid: 4 layers, apex at the top; descriptions right of each layer
    layers = [('管理職研修', '審判官・部長審判官として審理を統括する力を養います。'),
              ('中堅職員研修', '争点整理と議決書の起案を、実際の事例で深く学びます。'),
              ('審査実務研修', '民法・行政法・税法の基礎と調査の進め方を学びます。'),
              ('新規採用者研修', '採用直後に1か月間、本部で社会人と公務員の基礎を学びます。')]
    top, lh, cx, half0, half1 = y, 30, 140, 30, 100
    cols = [rgb('7b5aa6'), rgb('9678bd'), rgb('b39bd3'), rgb('cfc0e6')]
    for i, (lb, tx) in enumerate(layers):
        ya_, yb_ = top + i * lh, top + (i + 1) * lh - 3
        wa = half0 + (half1 - half0) * i / 4
        wb = half0 + (half1 - half0) * (i + 1) / 4
        if i == 0:
            P.poly([(cx, ya_ - 12), (cx + wb, yb_), (cx - wb, yb_)], cols[i])
        else:
            P.poly([(cx - wa, ya_), (cx + wa, ya_), (cx + wb, yb_), (cx - wb, yb_)], cols[i])
        base = (ya_ + yb_) / 2 + 3.5 + (3 if i == 0 else 0)
        P.tl(cx, base, lb, font='G', size=8.5, color=white if i < 2 else black, align='c')
        P.line(cx + wb + 6, base - 3, 262, base - 3, color=rgb('b79ad6'), lw=0.5)
        P.tl(268, base, tx, font='M', size=8.5)
    y = top + 4 * lh + 22
    P.rect(40, y - 13, 515, 18, fill=PALE)
    P.tl(46, y, '仕事と家庭の両立支援', font='G', size=11.5, color=PUR)
    y += 10
    sups = [('育児休業', '3年', '3年（子が3歳に達するまで）', '男女を問わず取得でき、2回まで分割できます。'),
            ('育児時間', '2時間', '1日2時間（30分単位）', '子が小学校就学前まで、勤務時間を短縮できます。'),
            ('配偶者出産休暇', '2日', '2日（出産日の前後2週間以内）', '入院の付き添いや出生届の手続に使えます。'),
            ('子の看護休暇', '5日', '年5日（子が2人以上の場合10日）', '子の看病や学校行事への参加に使えます。'),
            ('介護休暇', '5日', '年5日（対象家族が2人以上の場合10日）', '短期の介護や通院の付き添いに使えます。')]
    rows = [['制度', '期間・日数', '内容']] + [[a, c, d] for a, b, c, d in sups]
    y = table(P, 40, y, [92, 178, 245], rows, 20, size=8.5, head=(0,), align=['l', 'l', 'l'],
              fill={0: LAV, 2: rgb('f7f5fa'), 4: rgb('f7f5fa')}, rules='h')
    P.tl(40, y + 13, '※期間・日数は最初の数字が基本で、括弧内は条件を満たす場合です。', font='M', size=7.5)
    y += 40
    P.rect(40, y - 13, 515, 18, fill=PALE)
    P.tl(46, y, '働きやすい環境', font='G', size=11.5, color=PUR)
    y += 22
    inits = [('審理のチーム制', '審判官・審査官が合議体を組み、若手も議論に参加します。'),
             ('早出遅出勤務', '始業時刻を7時30分から10時までの間で選べます。'),
             ('年休の計画取得', '年間20日の年次休暇を、計画表を使って確実に取得しています。')]
    for ti, tx in inits:
        P.t(40, y, '●' + ti, font='G', size=9, color=PUR)
        P.t(160, y, tx, font='M', size=8.5)
        P.e('●' + ti + '\t' + tx)
        y += 16
    y += 14
    # contacts left, access right
    P.rect(40, y - 13, 250, 18, fill=PALE)
    P.tl(46, y, 'お問い合わせ', font='G', size=11.5, color=PUR)
    yc = y + 20
    cl = ['【本部】管理室 人事係', 'TEL 03-3581-4101（内線3125）', 'E-mail saiyo-honbu@kfs.go.jp',
          '【東京支部】総務課', 'TEL 03-3821-9070', 'E-mail tokyo-saiyo@kfs.go.jp']
    for i, s in enumerate(cl):
        P.tl(46, yc + i * 14 + (6 if i >= 3 else 0), s, font='G' if s.startswith('【') else 'M', size=8.5)
    Pr = Page()
    Pr.rect(305, y - 13, 250, 18, fill=PALE)
    Pr.tl(311, y, 'アクセス（本部）', font='G', size=11.5, color=PUR)
    addr = '〒100-8978 東京都千代田区霞が関3-1-1'
    Pr.tl(311, yc, addr, font='M', size=8.5)
    Pr.tl(311, yc + 13, '中央合同庁舎第4号館', font='M', size=8.5)
    rp = ['東京メトロ銀座線 虎ノ門駅 徒歩約5分', '東京メトロ丸ノ内線ほか 霞ケ関駅 徒歩約7分', '東京メトロ銀座線・南北線 溜池山王駅 徒歩約10分']
    routes = ['東京メトロ銀座線『虎ノ門』駅 徒歩約5分', '東京メトロ丸ノ内線ほか『霞ケ関』駅 徒歩約7分',
              '東京メトロ銀座線・南北線『溜池山王』駅 徒歩約10分']
    for i, s in enumerate(rp):
        Pr.tl(311, yc + 30 + i * 14, '→' + s, font='M', size=8.5)
    P.items += Pr.items; P.gfx += Pr.gfx; P.exp += Pr.exp; P.paras += Pr.paras
    P.t(297.6, 822, '2', font='H', size=8, align='c', furn=True)

    facts = {
        'fixture': 'kfs-2026', 'organization': '国税不服審判所', 'document': '職員採用案内',
        'edition': {'year': 2026, 'asOf': '2026-02', 'asOfText': '令和8年2月'},
        'hiring': {'intro': ['（ ）内は女性で内数。前年比は計の増減です。'], 'note': ['※R8.4は採用予定数です。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系（情報システム）'}, 'textSynthesised': False,
                   'layout': 'one years-down table split across the two columns of page 1 (R3.4-R5.4 left, R6.4-R8.4 right, header repeated); cells count（women）; 前年比 is a decoy column',
                   'rows': hire},
        'exams': {'title': '令和8年度の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'headerRowAtBottom': True,
                  'entries': [
                      {'track': '事務系', 'exam': '一般職試験（大卒程度）', 'text': '',
                       'breakdown': [{'category': '行政', 'count': 12, 'text': '約12名'},
                                     {'category': '法律', 'count': 3, 'text': '約3名'}], 'total': 15},
                      {'track': '事務系', 'exam': '一般職試験（高卒者）', 'text': '',
                       'breakdown': [{'category': '事務', 'count': 2, 'text': '約2名'}], 'total': 2},
                      {'track': '技術系（情報システム）', 'exam': '一般職試験（大卒程度）', 'text': '',
                       'breakdown': [{'category': 'デジタル・電気・電子', 'count': 5, 'text': '約5名'}], 'total': 5}],
                  'uncounted': ['経験者選考 税務 若干名', '経験者選考 情報 若干名']},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '配属先（令和7年度採用者）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'}, 'rows': arows},
        'contacts': [
            {'track': '本部', 'office': '管理室 人事係', 'location': '',
             'tel': ['03-3581-4101（内線3125）'], 'telText': ['TEL 03-3581-4101（内線3125）'],
             'email': ['saiyo-honbu@kfs.go.jp'], 'emailText': ['saiyo-honbu@kfs.go.jp']},
            {'track': '東京支部', 'office': '総務課', 'location': '',
             'tel': ['03-3821-9070'], 'telText': ['TEL 03-3821-9070'],
             'email': ['tokyo-saiyo@kfs.go.jp'], 'emailText': ['tokyo-saiyo@kfs.go.jp']}],
        'access': {'address': addr + ' 中央合同庁舎第4号館', 'routes': routes},
        'lead': {'title': '', 'text': [lead]},
        'initiativesIntro': '',
        'initiatives': [{'title': a, 'text': b} for a, b in inits],
        'supportTitle': '仕事と家庭の両立支援',
        'supportSystems': [{'name': a, 'duration': b, 'durationText': c, 'text': d} for a, b, c, d in sups],
        'training': {'title': '職員の育成', 'paragraphs': [tlead],
                     'stages': [{'label': a, 'text': b} for a, b in layers]},
        'keyFigures': [], 'pages': 2}
    return pages, facts


# ---------------------------------------------------------------- 医薬品医療機器総合機構

def pmda():
    NAVY, SKY, PALE, ORG = rgb('123c69'), rgb('2b7bbf'), rgb('e8f1fa'), rgb('e07a1f')
    pages = [Page(), Page()]
    P = pages[0]
    P.rect(0, 0, W, 8, fill=SKY)
    P.tl(40, 34, '独立行政法人', font='G', size=9, color=NAVY)
    P.t(40, 60, '医薬品医療機器総合機構', font='M', size=22, color=NAVY)
    P.t(555, 60, 'PMDA', font='HB', size=24, color=SKY, align='r')
    P.e('医薬品医療機器総合機構'); P.e('PMDA')
    P.t(40, 80, '新卒・既卒者採用パンフレット', font='G', size=11)
    P.t(555, 80, '令和8年（2026年）1月', font='G', size=8.5, align='r')
    P.e('新卒・既卒者採用パンフレット'); P.e('令和8年（2026年）1月')
    P.line(40, 90, 555, 90, color=NAVY, lw=1.2)
    # three columns: 40-205, 215-380, 392-555; the hiring table spans the first two
    lead = ('PMDAは、医薬品や医療機器の審査、安全対策、健康被害救済の三つの業務で、国民の命と健康を守っています。'
            '事務系と技術系の職員がチームで働いています。')
    y = para(P, 40, 112, 340, lead, size=9, lead=15) + 10
    P.rect(40, y - 12, 340, 17, fill=NAVY)
    P.tl(46, y, '採用者数の推移', font='G', size=11, color=white)
    y += 18
    P.tl(40, y, '単位：人　増減は合計の前年度との差', font='M', size=7.5)
    y += 6
    head = ['年度', '事務系', 'うち\n女性', '技術系\n（審査・安全）', 'うち\n女性', '合計', 'うち\n女性', '増減']
    A = [(11, 6), (13, 7), (12, 7), (14, 8), (15, 9)]
    T = [(42, 23), (45, 25), (48, 27), (44, 26), (50, 29)]
    inc = ['＋4', '＋5', '＋2', '−2', '＋7', '＋1']
    rows = [head]
    hire = []
    for i, fy in enumerate(range(2021, 2026)):
        (a, aw), (t, tw) = A[i], T[i]
        lab = f'{fy}.4'
        r = [lab, str(a), str(aw), str(t), str(tw), str(a + t), str(aw + tw), inc[i]]
        rows.append(r)
        hire.append(hrow(fy, lab, lab, False, cnt(a + t, aw + tw, r[5], r[6]), cnt(a, aw, r[1], r[2]),
                         cnt(t, tw, r[3], r[4])))
    rows.append(['2026.4\n（予定）', '16', '－', '50', '－', '66', '－', inc[5]])
    hire.append(hrow(2026, '2026.4', '2026.4（予定）', True, cnt(66, None, '66'), cnt(16, None, '16'),
                     cnt(50, None, '50')))
    fill = {0: PALE, 6: rgb('fff1e0')}
    for r in range(1, 7): fill[(r, 7)] = rgb('f2f2f2')
    y = table(P, 40, y, [50, 38, 34, 68, 34, 38, 34, 44], rows, [28, 17, 17, 17, 17, 17, 28], size=8.5,
              head=(0,), align=['l', 'r', 'r', 'r', 'r', 'r', 'r', 'c'], fill=fill)
    P.tl(40, y + 12, '※2026.4は採用予定数（内定者数ではありません）。', font='M', size=7.5)
    y += 34
    # exams under the hiring table (first two columns)
    P.rect(40, y - 12, 340, 17, fill=NAVY)
    P.tl(46, y, '2026年度 採用予定（総合職）', font='G', size=11, color=white)
    y += 8
    erows = [['職種', '区分', '採用予定数'],
             ['事務系', '法文系（学部卒）', '10名'], [None, '法文系（大学院修了）', '6名'],
             ['技術系\n（審査・安全）', '薬学（学部卒）', '20名'], [None, '薬学（大学院修了）', '16名'],
             [None, '理工・生物系（大学院修了）', '10名'], [None, '医学・歯学・獣医学', '4名']]
    y = table(P, 40, y, [86, 170, 84], erows, [18, 17, 17, 17, 17, 17, 17], size=8.5, head=(0,),
              spans={(1, 0): (2, 1), (3, 0): (4, 1)}, align=['c', 'l', 'r'], fill={0: PALE})
    y = para(P, 40, y + 14, 340, '※大学院修了の区分は修士課程修了（見込み）以上が対象です。', size=7.5, lead=11)
    # the third column: a tinted sidebar with contacts and decoy SNS handles
    Ps = Page()
    sx, sw = 392, 163
    Ps.rect(sx, 100, sw, 560, fill=PALE)
    yy = 124
    Ps.tl(sx + 10, yy, '採用に関する', font='G', size=10.5, color=NAVY)
    Ps.tl(sx + 10, yy + 15, 'お問い合わせ', font='G', size=10.5, color=NAVY)
    Ps.line(sx + 10, yy + 23, sx + sw - 10, yy + 23, color=NAVY, lw=0.8)
    yy += 42
    side = [('G', '人事部 人事課'), ('M', '採用担当'), ('M', 'TEL 03-3506-9427'), ('M', 'E-mail'),
            ('M', 'pmda-saiyo@pmda.go.jp')]
    for f, s in side:
        Ps.tl(sx + 10, yy, s, font=f, size=8.5); yy += 14
    yy += 10
    Ps.tl(sx + 10, yy, '公式SNSでも発信中', font='G', size=9, color=NAVY); yy += 15
    for s in ['X（旧Twitter）@pmda_saiyo', 'Instagram @pmda.recruit', 'note @pmda_people']:
        Ps.tl(sx + 10, yy, s, font='M', size=8.5); yy += 13
    Ps.tl(sx + 10, yy + 2, '※SNSでのご質問にはお答えできません。', font='M', size=7); yy += 28
    Ps.tl(sx + 10, yy, '業務説明会', font='G', size=9, color=NAVY); yy += 15
    for s in ['3月5日（木）オンライン', '3月19日（木）本部会場', '4月9日（木）オンライン']:
        Ps.tl(sx + 10, yy, s, font='M', size=8.5); yy += 13
    yy += 10
    Ps.tl(sx + 10, yy, '所在地', font='G', size=9, color=NAVY); yy += 15
    addr1, addr2 = '〒100-0013 東京都千代田区', '霞が関3-3-2 新霞が関ビル'
    Ps.tl(sx + 10, yy, addr1, font='M', size=8.5); yy += 13
    Ps.tl(sx + 10, yy, addr2, font='M', size=8.5); yy += 22
    Ps.tl(sx + 10, yy, '最寄り駅', font='G', size=9, color=NAVY); yy += 15
    rp = [['東京メトロ銀座線', '虎ノ門駅 徒歩約3分'], ['東京メトロ千代田線ほか', '霞ケ関駅 徒歩約7分'],
          ['都営三田線', '内幸町駅 徒歩約8分']]
    routes = ['東京メトロ銀座線『虎ノ門』駅 徒歩約3分', '東京メトロ千代田線ほか『霞ケ関』駅 徒歩約7分',
              '都営三田線『内幸町』駅 徒歩約8分']
    for a, b in rp:
        Ps.tl(sx + 10, yy, '・' + a, font='M', size=8.5); yy += 12
        Ps.tl(sx + 20, yy, b, font='M', size=8.5); yy += 15
    P.items += Ps.items; P.gfx += Ps.gfx; P.exp += Ps.exp; P.paras += Ps.paras
    P.t(40, 822, 'PMDA Recruitment Guide 2026', font='H', size=7, color=GREY, furn=True)
    P.t(555, 822, '01', font='HB', size=8, color=GREY, align='r', furn=True)
    # ---- page 2: three columns
    P = pages[1]
    P.rect(0, 0, W, 8, fill=SKY)
    cols = [40, 215, 392]
    cw = 163
    # column 1: assignments
    Pc = [Page(), Page(), Page()]
    Q = Pc[0]
    y = 40
    Q.rect(40, y - 12, cw, 17, fill=NAVY)
    Q.tl(46, y, '配属先', font='G', size=11, color=white)
    y += 18
    Q.tl(40, y, '2025年度採用者（人）', font='M', size=8)
    units = [('審査マネジメント部', 3, 0), ('新薬審査第一部', 0, 9), ('新薬審査第二部', 0, 8), ('医療機器審査第一部', 0, 7),
             ('医薬品安全対策部', 0, 8), ('信頼性保証部', 2, 6), ('健康被害救済部', 4, 3), ('財務管理部', 3, 0),
             ('情報化統括推進室', 3, 9)]
    rows = [['部署', '事務', '技術']]
    arows = []
    for u, a, t in units:
        rows.append([u, str(a) if a else '－', str(t) if t else '－'])
        arows.append({'unit': u, 'admin': a or None, 'tech': t or None})
    y = table(Q, 40, y + 6, [103, 30, 30], rows, 17, size=8, head=(0,), align=['l', 'c', 'c'], fill={0: PALE}, rules='h')
    y = para(Q, 40, y + 13, cw, '技術系職員は、審査部門と安全対策部門を数年ごとに経験します。', size=8, lead=12)
    # column 2: training + initiatives
    Q = Pc[1]
    y = 40
    Q.rect(215, y - 12, cw, 17, fill=NAVY)
    Q.tl(221, y, '研修制度', font='G', size=11, color=white)
    y += 20
    trn = ['入構後3か月の新任者研修で、薬事規制と審査・安全対策の基礎を学びます。',
           '2年目以降は専門研修に加え、海外規制当局への派遣や大学院での研究の機会もあります。']
    for s in trn:
        y = para(Q, 215, y, cw, s, size=8.5, lead=13) + 4
    y += 12
    Q.rect(215, y - 12, cw, 17, fill=NAVY)
    Q.tl(221, y, '働き方の工夫', font='G', size=11, color=white)
    y += 20
    inits = [('フレックスタイム制', 'コアタイムは11時から14時で、始業と終業を柔軟に決められます。'),
             ('在宅勤務', '週3日まで在宅で審査業務ができます。'),
             ('メンター制度', '入構から2年間、先輩職員が相談役として付きます。')]
    for ti, tx in inits:
        Q.rect(215, y - 9, 3, 11, fill=ORG)
        Q.tl(222, y, ti, font='G', size=9); y += 13
        y = para(Q, 222, y, cw - 7, tx, size=8.5, lead=13) + 6
    # column 3: support
    Q = Pc[2]
    y = 40
    Q.rect(392, y - 12, cw, 17, fill=NAVY)
    Q.tl(398, y, '両立支援制度', font='G', size=11, color=white)
    y += 20
    sups = [('育児休業', '3年', '子が3歳になるまで（最長3年）'), ('育児短時間勤務', '小学校就学前', '子が小学校就学前まで'),
            ('子の看護等休暇', '5日', '年5日、子が2人以上は10日'), ('介護休業', '93日', '対象家族1人につき93日まで')]
    for nm, d, tx in sups:
        Q.rect(392, y - 10, cw, 15, fill=PALE)
        Q.t(398, y, nm, font='G', size=9)
        Q.t(549, y, d, font='G', size=9, color=ORG, align='r')
        Q.e(nm + '\t' + d)
        y += 15
        y = para(Q, 398, y, cw - 6, tx, size=8.5, lead=13) + 6
    for Q in Pc:
        P.items += Q.items; P.gfx += Q.gfx; P.exp += Q.exp; P.paras += Q.paras
    y = 330
    P.rect(40, y - 12, 515, 17, fill=NAVY)
    P.tl(46, y, '先輩職員の声', font='G', size=11, color=white)
    y += 16
    voices = [('新薬審査第一部　2021年入構（薬学）', '入構5年目で、チームの主担当として年3品目の承認審査に携わりました。'),
              ('医薬品安全対策部　2023年入構（理工）', '副作用報告は年間約6万件。データ解析で安全対策を支えています。'),
              ('健康被害救済部　2024年入構（法文）', '救済給付の請求者に寄り添い、月20件ほどの相談に対応しています。')]
    Vp = [Page(), Page(), Page()]
    for i, (who, say) in enumerate(voices):
        V = Vp[i]
        vx = cols[i]
        V.rect(vx, y, cw, 118, fill=PALE, r=6)
        V.circle(vx + 20, y + 24, 13, rgb('b9cfe6'))
        yy = y + 56
        V.tl(vx + 8, yy, who, font='G', size=7.5, color=NAVY)
        yy += 16
        yy = para(V, vx + 8, yy, cw - 16, '「' + say + '」', size=8.5, lead=13)
    for V in Vp:
        P.items += V.items; P.gfx += V.gfx; P.exp += V.exp; P.paras += V.paras
    P.t(40, 822, 'PMDA Recruitment Guide 2026', font='H', size=7, color=GREY, furn=True)
    P.t(555, 822, '02', font='HB', size=8, color=GREY, align='r', furn=True)

    facts = {
        'fixture': 'pmda-2026', 'organization': '医薬品医療機器総合機構', 'document': '新卒・既卒者採用パンフレット',
        'edition': {'year': 2026, 'asOf': '2026-01', 'asOfText': '令和8年（2026年）1月'},
        'hiring': {'intro': ['単位：人　増減は合計の前年度との差'], 'note': ['※2026.4は採用予定数（内定者数ではありません）。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系（審査・安全）'}, 'textSynthesised': False,
                   'layout': 'years down in the first two of three columns, うち女性 after each count, a decoy 増減 column; sidebar in the third column',
                   'rows': hire},
        'exams': {'title': '2026年度 採用予定（総合職）', 'fiscalYear': 2026, 'textSynthesised': False,
                  'examNamesSynthesised': 'no exam column: 総合職 from the heading, 学部卒 / 大学院修了 from the 区分 brackets',
                  'entries': [
                      {'track': '事務系', 'exam': '総合職（学部卒）', 'text': '',
                       'breakdown': [{'category': '法文系（学部卒）', 'count': 10}], 'total': 10},
                      {'track': '事務系', 'exam': '総合職（大学院修了）', 'text': '',
                       'breakdown': [{'category': '法文系（大学院修了）', 'count': 6}], 'total': 6},
                      {'track': '技術系（審査・安全）', 'exam': '総合職（学部卒）', 'text': '',
                       'breakdown': [{'category': '薬学（学部卒）', 'count': 20},
                                     {'category': '医学・歯学・獣医学', 'count': 4}], 'total': 24},
                      {'track': '技術系（審査・安全）', 'exam': '総合職（大学院修了）', 'text': '',
                       'breakdown': [{'category': '薬学（大学院修了）', 'count': 16},
                                     {'category': '理工・生物系（大学院修了）', 'count': 10}], 'total': 26}]},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '2025年度採用者（人）',
                        'tracks': {'admin': '事務', 'tech': '技術'}, 'rows': arows},
        'contacts': [
            {'track': '採用に関するお問い合わせ', 'office': '人事部 人事課', 'location': '',
             'tel': ['03-3506-9427'], 'telText': ['TEL 03-3506-9427'],
             'email': ['pmda-saiyo@pmda.go.jp'], 'emailText': ['pmda-saiyo@pmda.go.jp']}],
        'decoys': {'staffVoices': [a + ' ' + b for a, b in voices], 'sns': ['X（旧Twitter）@pmda_saiyo', 'Instagram @pmda.recruit', 'note @pmda_people']},
        'access': {'address': addr1 + addr2, 'routes': routes},
        'lead': {'title': '', 'text': [lead]},
        'initiativesIntro': '',
        'initiatives': [{'title': a, 'text': b} for a, b in inits],
        'supportTitle': '両立支援制度',
        'supportSystems': [{'name': a, 'duration': b, 'durationText': b, 'text': c} for a, b, c in sups],
        'training': {'title': '研修制度', 'paragraphs': trn},
        'keyFigures': [], 'pages': 2}
    return pages, facts


# ---------------------------------------------------------------- rendering and checks

def render(pages, seed):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
    for pi, P in enumerate(pages):
        for g in P.gfx: g(c)
        order = list(range(len(P.items)))
        random.Random(seed * 100 + pi).shuffle(order)
        for i in order:
            it = P.items[i]
            c.saveState()
            t = c.beginText()
            t.setFont(FONTS[it.font], it.size)
            if it.cs: t.setCharSpace(it.cs)
            t.setFillColor(it.color)
            t.setTextOrigin(it.x, H - it.y)
            t.textOut(it.s)
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()


def chars(s):
    return Counter(ch for ch in s if not ch.isspace())


def check(name, pages, facts, pdf):
    errs = []
    for pi, P in enumerate(pages):
        its = P.items
        for it in its:
            x0, y0, x1, y1 = it.box
            if x0 < MARGIN or y0 < MARGIN or x1 > W - MARGIN or y1 > H - MARGIN:
                errs.append(f'p{pi + 1} off page / in margin: {it.s!r}')
            if it.font in ('G', 'M'):
                face = pdfmetrics.getFont(FONTS[it.font]).face
                for ch in it.s:
                    if ord(ch) not in face.charToGlyph: errs.append(f'glyph missing {ch!r} in {it.s!r}')
            elif any(ord(ch) > 126 for ch in it.s):
                errs.append(f'non-ASCII in standard font: {it.s!r}')
        for i in range(len(its)):
            a = its[i].box
            for j in range(i + 1, len(its)):
                b = its[j].box
                if a[0] < b[2] - 0.3 and b[0] < a[2] - 0.3 and a[1] < b[3] - 0.3 and b[1] < a[3] - 0.3:
                    errs.append(f'p{pi + 1} overlap: {its[i].s!r} / {its[j].s!r}')
        drawn = chars(''.join(it.s for it in its if not it.furn))
        exp = chars(''.join(P.exp))
        if drawn != exp:
            errs.append(f'p{pi + 1} drawn != expected: +{dict(drawn - exp)} -{dict(exp - drawn)}')
        for ln in P.paras:
            if ln[0] in NOSTART or ln[-1] in NOEND:
                errs.append(f'kinsoku: {ln!r}')
    # pdftotext
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(pdf); f.flush()
        for pi, P in enumerate(pages):
            out = subprocess.run(['pdftotext', '-f', str(pi + 1), '-l', str(pi + 1), f.name, '-'],
                                 capture_output=True, text=True).stdout
            allc = chars(''.join(it.s for it in P.items))
            got = chars(out)
            if got != allc:
                errs.append(f'p{pi + 1} pdftotext differs: +{dict(got - allc)} -{dict(allc - got)}')
    nbt = pdf.count(b'\nBT') + (1 if pdf.startswith(b'BT') else 0)
    nitems = sum(len(P.items) for P in pages)
    if nbt != nitems: errs.append(f'BT count {nbt} != items {nitems}')
    if b'%PDF' not in pdf[:10]: errs.append('not a PDF')
    # facts printed
    text = '\n\f\n'.join('\n'.join(P.exp) for P in pages)
    T = norm(text)
    strs = [facts['organization'], facts['document'], facts['edition']['asOfText']]
    h = facts['hiring']
    strs += h['intro'] + h['note'] + list(h['tracks'].values())
    for r in h['rows']:
        strs += [r['label'], r['labelText']]
        for k in ('total', 'admin', 'tech'):
            strs.append(r[k]['text'])
            if 'womenText' in r[k]: strs.append(r[k]['womenText'])
    e = facts['exams']
    strs.append(e['title'])
    for en in e['entries']:
        strs += [en['track'], en['exam']] if facts['fixture'] != 'pmda-2026' else [en['track']]
        for b in en['breakdown']:
            strs.append(b['category'])
            if 'text' in b: strs.append(b['text'])
    a = facts['assignments']
    strs.append(a['intro']); strs += [r['unit'] for r in a['rows']]
    for c in facts['contacts']:
        strs += [c['track'], c['office']] + c['telText'] + c['emailText']
    strs.append(facts['access']['address'])
    strs += [r.replace('『', '').replace('』', '') for r in facts['access']['routes']]
    for i in facts['initiatives']: strs += [i['title'], i['text']]
    strs.append(facts['supportTitle'])
    for s in facts['supportSystems']: strs += [s['name'], s['durationText'], s['text']]
    strs.append(facts['training']['title']); strs += facts['training']['paragraphs']
    for st in facts['training'].get('stages', []): strs += [st['label'], st['text']]
    strs += facts['lead']['text']
    for s in strs:
        if norm(s) not in T: errs.append(f'fact not printed: {s!r}')
    # arithmetic
    rows = h['rows']
    for r in rows:
        t, ad, te = r['total'], r['admin'], r['tech']
        if t['count'] != ad['count'] + te['count']: errs.append(f'{r["label"]}: total != admin + tech')
        if not r['planned']:
            if t['women'] != ad['women'] + te['women']: errs.append(f'{r["label"]}: women total')
            for k in (t, ad, te):
                if k['women'] > k['count']: errs.append(f'{r["label"]}: women > heads')
        elif any(k['women'] is not None for k in (t, ad, te)): errs.append('planned women not null')
    actual = [r for r in rows if not r['planned']]
    fys = [r['fiscalYear'] for r in actual]
    if fys != list(range(fys[0], fys[0] + len(fys))) or len(fys) < 5: errs.append('need >= 5 consecutive years')
    if sum(r['planned'] for r in rows) != 1 or not rows[-1]['planned']: errs.append('one planned row, last')
    plan = rows[-1]
    if not (plan['fiscalYear'] == facts['edition']['year'] == e['fiscalYear'] == fys[-1] + 1):
        errs.append('planned / edition / exam year differ')
    last = actual[-1]
    if a['cohortFiscalYear'] != last['fiscalYear']: errs.append('cohort year')
    if sum(r['admin'] or 0 for r in a['rows']) != last['admin']['count']: errs.append('assignment admin sum')
    if sum(r['tech'] or 0 for r in a['rows']) != last['tech']['count']: errs.append('assignment tech sum')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units): errs.append('duplicate unit')
    sys.path.insert(0, os.path.join(REPO, 'Scripts'))
    import score_extract as se
    byt = Counter()
    keys = set()
    for en in e['entries']:
        if sum(b['count'] for b in en['breakdown']) != en['total']: errs.append('entry total')
        tr = se.track(en['track'])
        if tr == 'other': errs.append('exam track maps to other')
        byt[tr] += en['total']
        for b in en['breakdown']:
            k = (tr, se.level(en['exam']), se.norm(b['category']))
            if k in keys: errs.append(f'exam key collision {k}')
            keys.add(k)
    if byt['administrative'] != plan['admin']['count'] or byt['technical'] != plan['tech']['count']:
        errs.append(f'exam sums {dict(byt)} != planned')
    # stand-in document must score full marks
    doc = {'organization': facts['organization'], 'edition': {'asOf': facts['edition']['asOf']},
           'sections': {
               'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'],
                                    'total': {'count': r['total']['count'], 'women': r['total']['women']},
                                    'administrative': {'count': r['admin']['count'], 'women': r['admin']['women']},
                                    'technical': {'count': r['tech']['count'], 'women': r['tech']['women']}} for r in rows]},
               'assignments': {'cohortFiscalYear': a['cohortFiscalYear'],
                               'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0,
                                         'technical': r['tech'] or 0} for r in a['rows']]},
               'examBreakdown': {'entries': [{'track': se.track(en['track']), 'level': se.level(en['exam']),
                                              'category': b['category'], 'count': b['count']}
                                             for en in e['entries'] for b in en['breakdown']]},
               'contacts': [{'office': c['office'], 'phones': [{'number': ''.join(ch for ch in unicodedata.normalize('NFKC', t.split('（')[0].split('(')[0]) if ch.isdigit())} for t in c['tel']],
                             'emails': c['email']} for c in facts['contacts']],
               'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in facts['access']['routes']]},
               'initiatives': [{'title': i['title']} for i in facts['initiatives']],
               'supportSystems': [{'name': s['name']} for s in facts['supportSystems']]}}
    drawn = se.norm(text)
    res = se.checks(facts, doc, drawn)
    ok = sum(g for _, g in res)
    empty = sum(g for _, g in se.checks(facts, {}, drawn))
    nin = len(facts['initiatives']) + len(facts['supportSystems'])
    reach = sum(1 for lbl, _ in res if lbl.startswith(('initiative ', 'support ')))
    if ok != len(res) or empty != 0 or reach != nin:
        errs.append(f'stand-in scores {ok}/{len(res)} (empty {empty}, reachable {reach}/{nin})')
    return errs, len(res), text, Counter(lbl.split(' ')[0] for lbl, _ in res)


BUILDERS = {'mie': (mie, 1), 'kfs': (kfs, 2), 'pmda': (pmda, 3)}


def selftest(names):
    """Inject faults; every one must be refused by check()."""
    import copy

    def add_item(pages, s, y=None, dup=False):
        P = pages[0]
        if dup:
            it = P.items[0]; P.t(it.x + 1, it.y, it.s, font=it.font, size=it.size); P.e(it.s)
        else:
            P.t(300, y, s, font='G', size=9); P.e(s)

    faults = [
        ('overlapping copy of a text item', lambda pg, f: add_item(pg, None, dup=True)),
        ('extra expected character', lambda pg, f: pg[0].exp.append('字')),
        ('hiring count +1', lambda pg, f: f['hiring']['rows'][0]['admin'].__setitem__('count', f['hiring']['rows'][0]['admin']['count'] + 1)),
        ('women count +1', lambda pg, f: f['hiring']['rows'][1]['tech'].__setitem__('women', f['hiring']['rows'][1]['tech']['women'] + 1)),
        ('assignment +1', lambda pg, f: f['assignments']['rows'][0].__setitem__('admin', (f['assignments']['rows'][0]['admin'] or 0) + 1)),
        ('exam count +1', lambda pg, f: f['exams']['entries'][0]['breakdown'][0].__setitem__('count', f['exams']['entries'][0]['breakdown'][0]['count'] + 1)),
        ('e-mail not printed', lambda pg, f: f['contacts'][0].__setitem__('emailText', ['nobody@example.jp'])),
        ('glyph the font lacks', lambda pg, f: add_item(pg, '\U0001F600', y=805)),
        ('item in the edge margin', lambda pg, f: add_item(pg, '余白', y=836)),
        ('women on the planned row', lambda pg, f: f['hiring']['rows'][-1]['total'].__setitem__('women', 1)),
        ('planned row first', lambda pg, f: f['hiring']['rows'].insert(0, f['hiring']['rows'].pop())),
        ('colliding exam category', lambda pg, f: f['exams']['entries'][-1]['breakdown'].append(dict(f['exams']['entries'][-1]['breakdown'][0], count=0))),
    ]
    ok = n = 0
    for name in names:
        fn, seed = BUILDERS[name]
        for label, fault in faults:
            pages, facts = fn()
            fault(pages, facts)
            errs = check(name, pages, facts, render(pages, seed))[0]
            n += 1; ok += bool(errs)
            print(f'  {name}: {label}: {"refused" if errs else "NOT REFUSED"}')
    lines = wrap('あいうえおかきくけこ。さしすせそ', width('あいうえおかきくけこ', 'M', 9) + 0.1, 'M', 9)
    n += 1; ok += lines[1][0] not in NOSTART and len(lines[0]) == 9
    print(f'selftest: {ok}/{n} refused')
    return ok == n


def main():
    names = [a for a in sys.argv[1:] if not a.startswith('-')] or list(BUILDERS)
    if '--selftest' in sys.argv:
        sys.exit(0 if selftest(names) else 1)
    os.makedirs(OUT, exist_ok=True)
    total = 0
    for n in names:
        fn, seed = BUILDERS[n]
        pages, facts = fn()
        pdf = render(pages, seed)
        pages2, facts2 = fn()
        if render(pages2, seed) != pdf or facts2 != facts:
            raise SystemExit(f'{n}: two builds differ')
        errs, nfacts, text, kinds = check(n, pages, facts, pdf)
        if errs:
            print(f'{n}: REFUSED'); [print('  ' + e) for e in errs]; sys.exit(1)
        fx = facts['fixture']
        open(os.path.join(OUT, fx + '.pdf'), 'wb').write(pdf)
        open(os.path.join(OUT, fx + '.expected.txt'), 'w').write(text + '\n')
        json.dump(facts, open(os.path.join(OUT, fx + '.facts.json'), 'w'), ensure_ascii=False, indent=2)
        open(os.path.join(OUT, fx + '.facts.json'), 'a').write('\n')
        nitems = [len(P.items) for P in pages]
        print(f'{fx}: ok, {nfacts} fact checks {dict(kinds)}, text items per page {nitems}')
        total += nfacts
    print(f'total fact checks: {total}')


if __name__ == '__main__':
    main()
