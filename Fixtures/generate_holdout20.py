#!/usr/bin/env python3
"""Blind holdout set 20: 広島県, 仙台市, 水資源機構 (three 2-page A4 brochures).

Self-contained: page model in top-down coordinates, every visual line its own text object
(q/Q + BT/ET) at an absolute position, drawn after the graphics in a seeded shuffled order.
Checks before writing: no overlapping text boxes, nothing off the page, no glyph missing from
the font, no cell overflow, drawn text == expected text as a per-page character multiset
(furniture excluded), every fact string printed, arithmetic of the facts.

  python3 Fixtures/generate_holdout20.py              # all three
  python3 Fixtures/generate_holdout20.py sendai-2026  # one
"""
import json, os, random, subprocess, sys, unicodedata
from collections import Counter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color, black, white
from reportlab import rl_config

rl_config.invariant = 1
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout20')
pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
W, H = 595.2756, 841.8898
GREY = Color(0.35, 0.35, 0.35)


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(s.split()).replace('〜', '~').replace('～', '~')


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


NOSTART = set('、。，．）」』】〕・ー：；？！ぁぃぅぇぉっゃゅょァィゥェォッャュョ％')
NOEND = set('（「『【〔')


def is_ascii_word(ch):
    return ch.isascii() and (ch.isalnum() or ch in '@.-_:/')


def wrap(text, font, size, width):
    lines, cur = [], ''
    i = 0
    while i < len(text):
        ch = text[i]
        if sw(cur + ch, font, size) <= width:
            cur += ch; i += 1; continue
        # break before text[i]
        cut = len(cur)
        # keep ascii runs whole
        if is_ascii_word(text[i]):
            while cut > 0 and is_ascii_word(cur[cut - 1]):
                cut -= 1
        if cut == 0:
            cut = len(cur)
        rest = cur[cut:]
        cur = cur[:cut]
        # kinsoku: next line must not start with NOSTART, this line must not end with NOEND
        nxt = (rest + text[i:])
        while nxt and nxt[0] in NOSTART and len(cur) > 1:
            rest = cur[-1] + rest; cur = cur[:-1]; nxt = rest + text[i:]
        while cur and cur[-1] in NOEND:
            rest = cur[-1] + rest; cur = cur[:-1]
        lines.append(cur)
        cur = rest
    if cur:
        lines.append(cur)
    for k, ln in enumerate(lines):
        assert sw(ln, font, size) <= width + 0.01, (ln, width)
        assert ln[-1] not in NOEND and (k == 0 or ln[0] not in NOSTART), ('kinsoku', ln)
    return lines


class Page:
    def __init__(self, w=W, h=H):
        self.w, self.h = w, h
        self.items = []   # dict(x, y, s, font, size, rot, furn, color, bold)
        self.gfx = []     # callables(canvas)
        self.exp = []
        self.frame = None  # (X0, Ybot) for 90-degree rotated content

    # --- coordinates -------------------------------------------------------------
    def _map(self, x, y):
        """local top-down (x, y) -> page top-down (x, y)."""
        if self.frame is None:
            return x, y
        X0, Yb = self.frame
        return X0 + y, Yb - x

    def text(self, x, y, s, font='M', size=9, furn=False, color=black, bold=False, exp=False):
        """Draw one line; (x, y) = left end, top of the line box (local coordinates)."""
        if not s:
            return 0
        w = sw(s, font, size)
        rot = 0 if self.frame is None else 90
        base = y + size * 0.88
        px, py = self._map(x, base)
        self.items.append(dict(x=px, y=py, s=s, font=font, size=size, rot=rot, furn=furn,
                               color=color, bold=bold, w=w))
        if exp:
            self.exp.append(s)
        return w

    def line(self, x1, y1, x2, y2, width=0.6, color=black, dash=None):
        a, b = self._map(x1, y1), self._map(x2, y2)
        h = self.h
        def f(c):
            c.setStrokeColor(color); c.setLineWidth(width)
            if dash: c.setDash(*dash)
            else: c.setDash()
            c.line(a[0], h - a[1], b[0], h - b[1])
        self.gfx.append(f)

    def rect(self, x, y, w, hh, fill=None, stroke=black, width=0.6, dash=None):
        pts = [self._map(x, y), self._map(x + w, y + hh)]
        xs = sorted(p[0] for p in pts); ys = sorted(p[1] for p in pts)
        h = self.h
        def f(c):
            if dash: c.setDash(*dash)
            else: c.setDash()
            c.setLineWidth(width)
            if fill is not None: c.setFillColor(fill)
            if stroke is not None: c.setStrokeColor(stroke)
            c.rect(xs[0], h - ys[1], xs[1] - xs[0], ys[1] - ys[0], fill=1 if fill is not None else 0,
                   stroke=1 if stroke is not None else 0)
        self.gfx.append(f)

    def circle(self, cx, cy, r, fill=None, stroke=black, width=0.8, dash=None):
        cx, cy = self._map(cx, cy)
        h = self.h
        def f(c):
            if dash: c.setDash(*dash)
            else: c.setDash()
            c.setLineWidth(width)
            if fill is not None: c.setFillColor(fill)
            if stroke is not None: c.setStrokeColor(stroke)
            c.circle(cx, h - cy, r, fill=1 if fill is not None else 0, stroke=1 if stroke is not None else 0)
        self.gfx.append(f)

    # --- composite ---------------------------------------------------------------
    def para(self, x, y, width, text, font='M', size=9, lead=1.55, color=black):
        for ln in wrap(text, font, size, width):
            self.text(x, y, ln, font, size, color=color, exp=True)
            y += size * lead
        return y

    def ctext(self, cx, y, s, font='G', size=9, **kw):
        w = sw(s, font, size)
        return self.text(cx - w / 2, y, s, font, size, **kw)

    def table(self, x, y, colw, rows, rowh, spans=None, fills=None, size=8, font='M',
              head=1, align=None, textcolor=None, rules=True, rowfill=None):
        """rows: list of lists of strings ('\n' separates the lines of a cell; None = covered).
        spans: {(r, c): (rowspan, colspan)}. Appends one expected line per row."""
        spans = spans or {}; fills = fills or {}; textcolor = textcolor or {}
        covered = set()
        for (r, c), (rs, cs) in spans.items():
            for i in range(r, r + rs):
                for j in range(c, c + cs):
                    if (i, j) != (r, c):
                        covered.add((i, j))
        rh = rowh if isinstance(rowh, list) else [rowh] * len(rows)
        ys = [y]
        for h_ in rh:
            ys.append(ys[-1] + h_)
        xs = [x]
        for w_ in colw:
            xs.append(xs[-1] + w_)
        if rowfill:
            for r, col in rowfill.items():
                self.rect(x, ys[r], xs[-1] - x, rh[r], fill=col, stroke=None)
        for r, row in enumerate(rows):
            line = []
            for c, cell in enumerate(row):
                if (r, c) in covered:
                    line.append(''); continue
                rs, cs = spans.get((r, c), (1, 1))
                cx0, cx1 = xs[c], xs[c + cs]
                cy0, cy1 = ys[r], ys[r + rs]
                if (r, c) in fills:
                    self.rect(cx0, cy0, cx1 - cx0, cy1 - cy0, fill=fills[(r, c)], stroke=None)
                if rules:
                    self.rect(cx0, cy0, cx1 - cx0, cy1 - cy0, fill=None, stroke=black, width=0.5)
                parts = (cell or '').split('\n') if cell else []
                f = 'G' if r < head else font
                n = len(parts)
                lh = size * 1.3
                assert n * lh <= (cy1 - cy0) + 0.01, ('cell height', cell)
                ty = (cy0 + cy1) / 2 - n * lh / 2 + (lh - size) / 2
                for k, part in enumerate(parts):
                    w = sw(part, f, size)
                    assert w <= (cx1 - cx0) - 4 + 0.01, ('cell overflow', part, w, cx1 - cx0)
                    a = 'c' if r < head else (align or {}).get(c, 'l')
                    tx = cx0 + 3 if a == 'l' else (cx1 - 3 - w if a == 'r' else (cx0 + cx1) / 2 - w / 2)
                    self.text(tx, ty + k * lh, part, f, size, color=textcolor.get((r, c), black))
                line.append(''.join(parts))
            self.exp.append('\t'.join(line))
        return ys[-1]

    # --- checks ------------------------------------------------------------------
    def bbox(self, it):
        asc, desc = it['size'] * 0.88, it['size'] * 0.12
        if it['rot'] == 0:
            return (it['x'], it['y'] - asc, it['x'] + it['w'], it['y'] + desc)
        return (it['x'] - asc, it['y'] - it['w'], it['x'] + desc, it['y'])

    def check(self, name, font_chars):
        boxes = [self.bbox(it) for it in self.items]
        for it, b in zip(self.items, boxes):
            assert b[0] >= 8 and b[1] >= 8 and b[2] <= self.w - 8 and b[3] <= self.h - 8, (name, 'off page', it['s'], b)
            for ch in it['s']:
                if ch != ' ':
                    assert ord(ch) in font_chars[it['font']], (name, 'missing glyph', ch, it['s'])
        for i in range(len(boxes)):
            a = boxes[i]
            for j in range(i + 1, len(boxes)):
                b = boxes[j]
                if a[0] < b[2] - 0.3 and b[0] < a[2] - 0.3 and a[1] < b[3] - 0.3 and b[1] < a[3] - 0.3:
                    raise AssertionError((name, 'overlap', self.items[i]['s'], self.items[j]['s']))
        drawn = Counter(ch for it in self.items if not it['furn'] for ch in it['s'] if not ch.isspace())
        want = Counter(ch for ln in self.exp for ch in ln if not ch.isspace())
        assert drawn == want, (name, 'multiset', drawn - want, want - drawn)

    def render(self, c, seed):
        for g in self.gfx:
            c.saveState(); g(c); c.restoreState()
        items = list(self.items)
        random.Random(seed).shuffle(items)
        for it in items:
            c.saveState()
            c.setFillColor(it['color'])
            if it['bold']:
                c.setStrokeColor(it['color']); c.setLineWidth(0.35)
            t = c.beginText()
            if it['rot'] == 90:
                c.translate(it['x'], self.h - it['y']); c.rotate(90)
                t.setTextOrigin(0, 0)
            else:
                t.setTextOrigin(it['x'], self.h - it['y'])
            t.setFont(it['font'], it['size'])
            if it['bold']:
                t.setTextRenderMode(2)
            t.textOut(it['s'])
            c.drawText(t)
            c.restoreState()


def font_chars():
    out = {}
    for f in ('G', 'M'):
        out[f] = set(pdfmetrics.getFont(f).face.charToGlyph.keys())
    return out


# ------------------------------------------------------------------------------------------
# common drawing pieces
def heading(p, x, y, title, col, width, size=12, sub=None):
    p.rect(x, y, 5, size + 4, fill=col, stroke=None)
    p.text(x + 10, y + 2, title, 'G', size, bold=True, exp=(sub is None))
    if sub:
        w = sw(title, 'G', size)
        p.text(x + 10 + w + 8, y + 2 + (size - 7.5) * 0.8, sub, 'G', 7.5, color=GREY)
        p.exp.append(title + ' ' + sub)
    p.line(x, y + size + 6, x + width, y + size + 6, 0.8, col)
    return y + size + 14


def hrow(facts_row, label, text_label, fy, planned, t, a, te):
    return dict(fiscalYear=fy, label=label, labelText=text_label, planned=planned, total=t, admin=a, tech=te)


def cnt(count, women, text):
    return dict(count=count, women=women, text=text)


FW = str.maketrans('0123456789', '０１２３４５６７８９')
KANJI = '〇一二三四五六七八九'


def kan(n):
    """integer -> kanji numeral (十 style) for 1..999"""
    s = ''
    h, r = divmod(n, 100)
    t, o = divmod(r, 10)
    if h: s += ('' if h == 1 else KANJI[h]) + '百'
    if t: s += ('' if t == 1 else KANJI[t]) + '十'
    if o: s += KANJI[o]
    return s or KANJI[0]


# ==========================================================================================
# 1. 広島県  (era dates; hiring years as COLUMNS with a separate うち女性 row per track)
def build_hiroshima():
    RED = Color(0.72, 0.09, 0.16); PALE = Color(0.98, 0.92, 0.92); PLAN = Color(0.93, 0.93, 0.93)
    years = [('令和3年度', 2021, 62, 28, 48, 10), ('令和4年度', 2022, 65, 30, 50, 12),
             ('令和5年度', 2023, 70, 33, 52, 13), ('令和6年度', 2024, 68, 31, 55, 15),
             ('令和7年度', 2025, 72, 35, 58, 16)]
    plan = ('令和8年度', 2026, 75, 60)
    units = {'本庁': [('総務局', 8, 0), ('地域政策局', 6, 2), ('健康福祉局', 10, 3), ('商工労働局', 7, 1),
                     ('農林水産局', 5, 9), ('土木建築局', 6, 18)],
             '地方機関': [('厚生環境事務所', 8, 4), ('建設事務所', 4, 15), ('農林水産事務所', 5, 6), ('県税事務所', 9, 0)],
             '行政委員会等': [('教育委員会事務局', 3, 0), ('議会事務局', 1, 0)]}
    exams = [('事務系', '大学卒業程度', [('行政', 68)]), ('事務系', '社会人経験者', [('一般事務', 7)]),
             ('技術系', '大学卒業程度', [('総合土木', 30), ('建築', 6), ('電気', 5), ('機械', 4), ('農業', 5), ('林業', 3)]),
             ('技術系', '社会人経験者', [('土木', 7)])]
    lead_title = 'ひろしまの未来を、ともにつくる。'
    lead = ['広島県は、瀬戸内の豊かな自然と産業を生かし、「安心・誇り・挑戦 ひろしまビジョン」の実現に向けて、県民の皆さんとともに新たな価値を生み出す県政を進めています。',
            '行政職・技術職の職員が、本庁と県内各地の地方機関で、政策の企画立案から現場の課題解決まで幅広い仕事を担っています。']
    inits = [('テレワーク・モバイルワーク', '全職員にモバイル端末を配備し、場所にとらわれない働き方を進めています。'),
             ('フレックスタイム制', '始業・終業時刻を柔軟に設定し、家庭や自己研さんとの両立を支えます。'),
             ('チャレンジ制度', '庁内公募や民間企業への派遣など、自ら手を挙げてキャリアを選べます。')]
    sup = [('育児休業', '子が3歳に達するまで', '男性職員の取得率は年々上がっています。'),
           ('育児短時間勤務', '子が小学校就学前まで', '1日の勤務時間を短くして働けます。'),
           ('介護休暇', '通算6か月', '3回まで分割して取得できます。'),
           ('配偶者出産休暇', '3日', '配偶者の出産に伴い取得できる特別休暇です。')]
    train = ['採用後は新規採用職員研修で県職員としての基礎を学び、職場でのOJTで実務を身に付けます。',
             '階層別研修のほか、政策形成研修や国・民間企業への派遣研修など、キャリアに応じた学びの機会を用意しています。']
    contacts = [('事務系', '総務局 人事課 採用担当', '県庁本館3階', ['082-513-2311'], ['jinji-saiyo@pref.hiroshima.lg.jp']),
                ('技術系', '土木建築局 総務課 技術職員担当', '県庁北館2階', ['082-513-3811', '082-513-3812'], ['doboku-saiyo@pref.hiroshima.lg.jp'])]
    address = '〒730-8511 広島市中区基町10-52'
    keyfig = [('職員数（知事部局）', '約4,600人', '（令和7年4月）'), ('平均年齢', '42.3歳', '（令和7年4月）'),
              ('年次休暇の平均取得', '14.8日', '（令和6年）'), ('男性の育児休業取得率', '78.5%', '（令和6年度）')]
    routes = ['アストラムライン『県庁前』駅 徒歩約2分', '広島電鉄『紙屋町東』電停 徒歩約5分', 'JR『広島』駅 南口から広島バス 約15分']

    pages = [Page(), Page()]
    L, R = 40, 545
    # furniture: vertical side tab on the right edge of every page (縦書き) + page number
    for n, p in enumerate(pages, 1):
        p.rect(565, 300, 22, 190, fill=RED, stroke=None)
        for k, ch in enumerate('広島県職員採用案内'):
            p.text(570, 310 + k * 19, ch, 'G', 12, color=white, furn=True)
        p.text(571, 800, f'{n}/2', 'G', 7, furn=True)
    p = pages[0]
    p.rect(0, 0, W, 96, fill=RED, stroke=None)
    p.text(L, 20, 'HIROSHIMA PREFECTURE', 'G', 9, color=white, exp=True)
    p.text(L, 38, '広島県', 'G', 30, color=white, bold=True)
    p.text(L + 100, 50.5, '職員採用案内', 'G', 16, color=white)
    p.exp.append('広島県 職員採用案内')
    p.text(L, 78, '令和8年3月発行　広島県人事委員会・総務局人事課', 'G', 8.5, color=white, exp=True)
    y = 110
    p.text(L, y, lead_title, 'G', 13, bold=True, exp=True); y += 22
    for t in lead:
        y = p.para(L, y, R - L, t, 'M', 8.8) + 3
    y += 6
    y = heading(p, L, y, '採用実績', RED, R - L, sub='令和3〜8年度')
    intro = '採用者数の推移（単位：人）'
    p.text(L, y, intro, 'G', 8.5, exp=True); y += 14
    colw = [44, 50] + [68] * 6
    hdr1 = ['区分', None, '採用実績', None, None, None, None, '採用予定']
    hdr2 = [None, None] + [yy[0] for yy in years] + [plan[0]]
    F = lambda n: str(n).translate(FW)
    rowsA = [['事務系', '採用者'] + [F(v[2]) + ('※1' if v[1] == 2023 else '') for v in years] + [F(plan[2])],
             [None, 'うち女性'] + [F(v[3]) for v in years] + ['－'],
             ['技術系', '採用者'] + [F(v[4]) for v in years] + [F(plan[3])],
             [None, 'うち女性'] + [F(v[5]) for v in years] + ['－'],
             ['計', '採用者'] + [F(v[2] + v[4]) for v in years] + [F(plan[2] + plan[3])],
             [None, 'うち女性'] + [F(v[3] + v[5]) for v in years] + ['－']]
    spans = {(0, 0): (2, 2), (0, 2): (1, 5), (2, 0): (2, 1), (4, 0): (2, 1), (6, 0): (2, 1)}
    fills = {(0, 0): PALE, (0, 2): PALE, (0, 7): PLAN}
    for c in range(2, 8):
        fills[(1, c)] = PLAN if c == 7 else PALE
    for r in range(2, 8):
        fills[(r, 7)] = PLAN
    y = p.table(L, y, colw, [hdr1, hdr2] + rowsA, 17, spans=spans, fills=fills, size=8.5, head=2,
                align={c: 'r' for c in range(2, 8)})
    y += 5
    notes = ['※1 令和5年度の事務系には、10月採用（民間企業等職務経験者）の3名を含みます。',
             '※2 令和8年度は採用予定数です。女性の内数は未定のため「－」としています。']
    for t in notes:
        p.text(L, y, t, 'M', 7.5, exp=True); y += 12
    y += 8
    y = heading(p, L, y, '配属実績', RED, R - L, sub='令和7年度採用者')
    aintro = '令和7年度に採用された職員の配属先（単位：人）'
    p.text(L, y, aintro, 'G', 8.5, exp=True); y += 16
    # three SMALL TABLES side by side, each with its own caption
    gx = L
    widths = {'本庁': (70, 38, 38), '地方機関': (82, 38, 38), '行政委員会等': (88, 38, 38)}
    ymax = y
    for g, us in units.items():
        cw = list(widths[g])
        p.rect(gx, y, sum(cw), 16, fill=RED, stroke=None)
        p.text(gx + 5, y + 3.5, '■ ' + g, 'G', 9, color=white, exp=True)
        rows = [['所属', '事務系', '技術系']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in us]
        yy = p.table(gx, y + 16, cw, rows, 16, size=8.3, head=1, align={1: 'c', 2: 'c'},
                     fills={(0, 0): PALE, (0, 1): PALE, (0, 2): PALE})
        ymax = max(ymax, yy)
        gx += sum(cw) + 22
    y = ymax + 6
    p.text(L, y, '※ 「－」は配属なし。本庁の合計は事務系42人・技術系33人です。', 'M', 7.5, exp=True)
    y += 24
    y = heading(p, L, y, '数字で見る広島県庁', RED, R - L)
    kw = (R - L) / 4
    for k, (lab, val, note) in enumerate(keyfig):
        cx = L + kw * k + kw / 2
        p.circle(cx, y + 40, 38, fill=PALE, stroke=RED, width=1.2)
        p.ctext(cx, y + 16, lab, 'G', 7.5, exp=True)
        p.ctext(cx, y + 32, val, 'G', 15, color=RED, exp=True)
        p.ctext(cx, y + 54, note, 'M', 6.8, exp=True)
    y += 90
    assert y < H - 30, y

    # ---- page 2
    p = pages[1]
    y = 40
    y = heading(p, L, y, '採用予定', RED, R - L, sub='令和8年度')
    etitle = '令和8年度 採用予定数（試験区分別）'
    p.text(L, y, etitle, 'G', 9, exp=True); y += 16
    # two panels, each category with its count inside a circle
    px0 = L
    panel_w = 245
    yend = y
    for tr in ('事務系', '技術系'):
        py = y
        p.rect(px0, py, panel_w, 22, fill=RED, stroke=None)
        p.text(px0 + 8, py + 5, tr, 'G', 11, color=white, bold=True, exp=True)
        py += 30
        for (t2, ex, cats) in exams:
            if t2 != tr:
                continue
            p.text(px0 + 8, py, '［' + ex + '］', 'G', 8.5, exp=True)
            py += 16
            for k, (cat, n) in enumerate(cats):
                col, row = k % 3, k // 3
                cx = px0 + 10 + col * 78
                cy = py + row * 30
                p.rect(cx, cy, 72, 24, fill=PALE, stroke=None)
                p.text(cx + 4, cy + 7.5, cat, 'G', 8.5)
                p.circle(cx + 58, cy + 12, 10.5, fill=RED, stroke=None)
                p.ctext(cx + 58, cy + 7.5, str(n), 'G', 9, color=white)
            # reading: row by row, each category then its number
            for r0 in range(0, len(cats), 3):
                p.exp.append(' '.join(f'{c_} {n_}' for c_, n_ in cats[r0:r0 + 3]))
            py += ((len(cats) + 2) // 3) * 30 + 4
        tot = sum(n for t2, ex, cats in exams if t2 == tr for _, n in cats)
        p.text(px0 + 8, py, f'合計 {tot}人', 'G', 9, exp=True)
        py += 16
        p.rect(px0, y, panel_w, py - y, fill=None, stroke=RED, width=1)
        yend = max(yend, py)
        px0 += panel_w + 25
    y = yend + 14
    # two columns: initiatives + support | training
    y = heading(p, L, y, '働き方改革の取組', RED, R - L)
    for t_, x_ in inits:
        p.text(L, y, '● ' + t_, 'G', 9.5, exp=True); y += 14
        y = p.para(L + 12, y, R - L - 12, x_, 'M', 8.5) + 4
    y += 6
    stitle = '仕事と家庭の両立支援制度'
    y = heading(p, L, y, stitle, RED, R - L)
    rows = [['制度', '期間', '内容']] + [[n, d, t] for n, d, t in sup]
    y = p.table(L, y, [110, 110, R - L - 220], rows, 17, size=8.3, head=1,
                fills={(0, 0): PALE, (0, 1): PALE, (0, 2): PALE})
    y += 12
    y = heading(p, L, y, '研修制度', RED, R - L)
    for t in train:
        y = p.para(L, y, R - L, t, 'M', 8.5) + 3
    y += 8
    y = heading(p, L, y, 'お問い合わせ', RED, R - L)
    rows = [['区分', '担当', '所在地', '電話', 'メール']]
    for tr, off, loc, tel, em in contacts:
        rows.append([tr, off, loc, '\n'.join(tel), '\n'.join(em)])
    y = p.table(L, y, [40, 136, 62, 70, R - L - 308], rows, [16, 18, 26], size=7.8, head=1,
                fills={(0, c): PALE for c in range(5)})
    y += 12
    y = heading(p, L, y, 'アクセス', RED, R - L)
    p.text(L, y, '広島県庁（' + address + '）', 'M', 8.5, exp=True); y += 14
    for k, r_ in enumerate(routes):
        p.text(L + 6, y, '・' + r_, 'M', 8.5, exp=True); y += 13
    assert y < H - 40, y

    hiring_rows = []
    for lab, fy, a, aw, t, tw in years:
        hiring_rows.append(hrow(None, lab, lab, fy, False, cnt(a + t, aw + tw, F(a + t)),
                                cnt(a, aw, F(a)), cnt(t, tw, F(t))))
    hiring_rows.append(hrow(None, plan[0], plan[0], plan[1], True, cnt(plan[2] + plan[3], None, F(plan[2] + plan[3])),
                            cnt(plan[2], None, F(plan[2])), cnt(plan[3], None, F(plan[3]))))
    facts = dict(
        fixture='hiroshima-2026', organization='広島県', document='職員採用案内',
        edition=dict(year=2026, asOf='2026-03', asOfText='令和8年3月発行'),
        hiring=dict(intro=[intro], note=notes, tracks=dict(admin='事務系', tech='技術系'), textSynthesised=False,
                    layout='ruled table with YEARS AS COLUMNS and tracks as rows, each track split into 採用者 / うち女性 rows (women in their own row, not in brackets); two-row header with merged cells (区分 spanning 2x2, 採用実績 spanning five year columns, 採用予定 over the last); full-width digits; a ※1 footnote marker inside the 令和5年度 事務系 cell (７０※1); planned women －',
                    rows=hiring_rows),
        exams=dict(title=etitle, fiscalYear=2026, textSynthesised=True,
                   layout='two outlined panels (事務系 | 技術系), exam name in ［ ］, each category a tinted chip with its count inside a filled circle, three chips per row; 合計 line per panel',
                   entries=[dict(track=tr, exam=ex, text='、'.join(f'{c_}{n_}人' for c_, n_ in cats),
                                 breakdown=[dict(category=c_, count=n_) for c_, n_ in cats], total=sum(n_ for _, n_ in cats))
                            for tr, ex, cats in exams]),
        contacts=[dict(track=tr, office=off, location=loc, tel=tel, email=em) for tr, off, loc, tel, em in contacts],
        access=dict(address=address, routes=routes),
        assignments=dict(cohortFiscalYear=2025, intro=aintro, tracks=dict(admin='事務系', tech='技術系'),
                         layout='THREE SMALL ruled tables side by side (本庁 | 地方機関 | 行政委員会等), each under its own tinted caption with its own header row 所属 | 事務系 | 技術系; no grand total row; － for none',
                         rows=[dict(unit=u, admin=a or None, tech=t or None) for g in units.values() for u, a, t in g],
                         totals=dict(admin=72, tech=58)),
        lead=dict(title=lead_title, text=lead), initiativesIntro='',
        initiatives=[dict(title=t_, text=x_) for t_, x_ in inits],
        supportTitle=stitle, supportSystems=[dict(name=n, duration=d, text=t) for n, d, t in sup], supportSource='',
        training=dict(title='研修制度', paragraphs=train),
        keyFigures=[dict(label=a, value=b, note=c) for a, b, c in keyfig], pages=2)
    return pages, facts


# ==========================================================================================
# 2. 仙台市  (western dates; hiring table ROTATED 90 degrees; kanji numerals; Q&A support)
def build_sendai():
    GRN = Color(0.05, 0.45, 0.35); PALE = Color(0.90, 0.96, 0.93); TONE = Color(0.80, 0.91, 0.86)
    years = [(2021, 95, 45, 60, 14), (2022, 98, 47, 63, 16), (2023, 102, 50, 65, 18),
             (2024, 100, 52, 70, 20), (2025, 105, 55, 72, 22)]
    plan = (2026, 110, 75)
    units = [('青葉区役所', 12, 4), ('宮城野区役所', 9, 3), ('若林区役所', 8, 2), ('太白区役所', 10, 3),
             ('泉区役所', 9, 2), ('財政局', 7, 0), ('健康福祉局', 14, 2), ('子供未来局', 11, 0),
             ('経済局', 6, 1), ('都市整備局', 4, 20), ('建設局', 5, 28), ('水道局', 10, 7)]
    exams = [('事務系', '大学卒業程度', [('事務', 98), ('社会福祉', 12)]),
             ('技術系', '大学卒業程度', [('土木', 40), ('建築', 14), ('電気', 9), ('機械', 7), ('化学', 5)])]
    lead_title = '杜の都で、まちの未来を動かす。'
    lead = ['仙台市は、東北の中枢都市として、防災・減災、子育て支援、地域経済の活性化など、市民の暮らしに直結する多くの仕事を担っています。',
            '区役所の窓口から都市づくりの大規模プロジェクトまで、職員一人ひとりが「市民のために」を考えながら仕事に取り組んでいます。']
    inits = [('テレワーク', '自宅やサテライトオフィスで勤務できます。'),
             ('時差勤務', '始業時刻を7時30分から10時30分の間で選べます。'),
             ('副業の容認', '地域貢献につながる活動への従事を認めています。')]
    qa = [('育児休業', '子が3歳に達するまで', '男性職員の取得率も年々上がっています。',
           'Q1 育児休業はいつまで取れますか？', 'A 子が3歳に達するまで取得できます。男性職員の取得率も年々上がっています。'),
          ('部分休業', '子が小学校を卒業するまで', '1日2時間まで勤務しないことができます。',
           'Q2 部分休業とはどのような制度ですか？', 'A 子が小学校を卒業するまで、1日2時間まで勤務しないことができます。'),
          ('介護休暇', '通算6か月', '3回まで分割して取得できます。',
           'Q3 介護休暇の期間はどのくらいですか？', 'A 通算6か月です。3回まで分割して取得できます。')]
    train = ['新規採用職員研修に始まり、採用後10年間はジョブローテーションで複数の職場を経験します。',
             '政策研究や語学研修、国・民間への派遣など、職員の成長を後押しする研修を用意しています。']
    contacts = [('事務系', '総務局 人事課 任用係', '本庁舎4階', ['022-214-6131'], ['jinji-ninyo@city.sendai.jp']),
                ('技術系', '人事委員会事務局 任用課', '本庁舎12階', ['022-214-8781'], ['jinji-iinkai@city.sendai.jp'])]
    address = '〒980-8671 仙台市青葉区国分町3-7-1'
    route_rows = [('地下鉄南北線『勾当台公園』駅', '公園2出口', '徒歩1分'),
                  ('JR『仙台』駅', '西口', '徒歩約15分'),
                  ('仙台市営バス『市役所前』', '停留所', '徒歩1分')]
    routes = [' '.join(r) for r in route_rows]

    pages = [Page(), Page()]
    L, R = 40, 555
    for n, p in enumerate(pages, 1):
        p.line(L, 815, R, 815, 0.5, GRN)
        p.text(L, 820, '仙台市職員採用案内 2026', 'G', 7, color=GREY, furn=True)
        p.ctext(W / 2, 820, f'- {n} -', 'G', 7, furn=True)
    p = pages[0]
    p.rect(0, 0, W, 88, fill=GRN, stroke=None)
    p.text(L, 18, 'CITY OF SENDAI', 'G', 9, color=white, exp=True)
    p.text(L, 34, '仙台市職員採用案内', 'G', 24, color=white, bold=True, exp=True)
    p.text(L, 66, '2026年4月', 'G', 9, color=white, exp=True)
    # main column (left) and the hiring section set sideways in the right strip
    MR = 390
    y = 104
    p.text(L, y, lead_title, 'G', 12.5, bold=True, exp=True); y += 21
    for t in lead:
        y = p.para(L, y, MR - L, t, 'M', 8.6) + 3
    y += 6
    y = heading(p, L, y, '採用予定', GRN, MR - L, size=11.5)
    etitle = '2026年度 採用予定人員（大学卒業程度）'
    p.text(L, y, etitle, 'G', 8.8, exp=True); y += 15
    for tr, ex, cats in exams:
        p.text(L, y, '▶ ' + tr, 'G', 9.5, exp=True); y += 15
        line = []
        for k, (c_, n_) in enumerate(cats):
            s = f'{c_}　{kan(n_)}名'
            line.append(s)
        # categories in a row with leaders, wrap after three
        for r0 in range(0, len(line), 3):
            xx = L + 14
            for s in line[r0:r0 + 3]:
                p.text(xx, y, s, 'M', 9)
                xx += 105
            p.exp.append(' '.join(line[r0:r0 + 3]))
            y += 14
        y += 3
    p.text(L, y, '※人数は予定であり、増減することがあります。', 'M', 7.5, exp=True); y += 18
    y = heading(p, L, y, '配属実績', GRN, MR - L, size=11.5)
    aintro = '2025年度採用者の主な配属先（人）'
    p.text(L, y, aintro, 'G', 8.8, exp=True); y += 15
    half = (len(units) + 1) // 2
    rows = [['配属先', '事務', '技術', '配属先', '事務', '技術']]
    D = lambda v: str(v) if v else '－'
    for k in range(half):
        a = units[k]; b = units[k + half]
        rows.append([a[0], D(a[1]), D(a[2]), b[0], D(b[1]), D(b[2])])
    rowfill = {r: (TONE if r % 2 else PALE) for r in range(1, len(rows))}
    textcolor = {(0, c): white for c in range(6)}
    fills = {(0, c): GRN for c in range(6)}
    y = p.table(L, y, [100, 38, 38, 100, 38, MR - L - 314], rows, 17, size=8.3, head=1, rules=False,
                rowfill=rowfill, fills=fills, textcolor=textcolor, align={1: 'c', 2: 'c', 4: 'c', 5: 'c'})
    p.line(L + 176, y - 17 * (len(rows) - 1), L + 176, y, 1.2, white)
    y += 5
    p.text(L, y, '※左右2列で一つの表です。「－」は配属なし。', 'M', 7.5, exp=True); y += 12
    assert y < 800, y
    # ---- rotated hiring section (right strip x 410..555, page y 100..800), reads bottom to top
    X0, Yb = 405, 790
    p.rect(X0 - 4, 100, 562 - X0, Yb - 100 + 4, fill=PALE, stroke=None)
    p.frame = (X0, Yb)
    ly = 6
    hp = p.text(8, ly, '採用実績', 'G', 12, bold=True, exp=True)
    p.text(8 + hp + 8, ly + 4, '（表は横向きに組んでいます）', 'G', 7.5, color=GREY)
    p.exp[-1] = '採用実績 （表は横向きに組んでいます）'
    ly += 18
    intro = '職種別採用者数の推移（ ）内は女性で内数'
    p.text(8, ly, intro, 'G', 8.3, exp=True); ly += 14
    hdr = ['年度', '事務系', '技術系', '計']
    body = [[f'{fy}年度', f'{a}（{aw}）', f'{t}（{tw}）', f'{a + t}（{aw + tw}）'] for fy, a, aw, t, tw in years]
    body.append([f'{plan[0]}年度（予定）', str(plan[1]), str(plan[2]), str(plan[1] + plan[2])])
    ly = p.table(8, ly, [120, 150, 150, 150], [hdr] + body, 14, size=8.5, head=1,
                 fills={(0, c): TONE for c in range(4)}, align={1: 'r', 2: 'r', 3: 'r'})
    ly += 4
    notes = ['※2026年度は予定数のため、女性の内数は記載していません。']
    p.text(8, ly, notes[0], 'M', 7.5, exp=True); ly += 11
    assert X0 + ly < 560, ly
    p.frame = None

    # ---- page 2
    p = pages[1]
    y = 36
    stitle = '両立支援 Q&A'
    y = heading(p, L, y, stitle, GRN, R - L, size=11.5)
    for name, d, t, q, a in qa:
        p.circle(L + 8, y + 6, 9, fill=GRN, stroke=None)
        p.ctext(L + 8, y + 2.5, q[:2], 'G', 7.5, color=white)
        p.text(L + 22, y + 1, q[3:], 'G', 9.5, bold=True)
        p.exp.append(q)
        y += 18
        p.text(L + 4, y, 'A', 'G', 9, color=GRN)
        yy = y
        for ln in wrap(a[2:], 'M', 8.6, R - L - 22):
            p.text(L + 22, yy, ln, 'M', 8.6); yy += 13
        lines = wrap(a[2:], 'M', 8.6, R - L - 22)
        p.exp.append('A ' + lines[0]); p.exp.extend(lines[1:])
        y = yy + 8
    y += 2
    y = heading(p, L, y, '働きやすい職場づくり', GRN, R - L, size=11.5)
    cw = (R - L - 20) / 3
    for k, (t_, x_) in enumerate(inits):
        cx = L + k * (cw + 10)
        p.rect(cx, y, cw, 62, fill=PALE, stroke=None)
        p.text(cx + 6, y + 5, f'0{k + 1}', 'G', 14, color=GRN)
        p.text(cx + 32, y + 8, t_, 'G', 9.5, bold=True)
        p.exp.append(f'0{k + 1} {t_}')
        yy = y + 28
        for ln in wrap(x_, 'M', 8.3, cw - 12):
            p.text(cx + 6, yy, ln, 'M', 8.3, exp=True); yy += 12.5
    y += 74
    y = heading(p, L, y, '研修制度', GRN, R - L, size=11.5)
    for t in train:
        y = p.para(L, y, R - L, t, 'M', 8.6) + 3
    y += 8
    y = heading(p, L, y, '採用に関するお問い合わせ', GRN, R - L, size=11.5)
    cw = (R - L - 16) / 2
    for k, (tr, off, loc, tel, em) in enumerate(contacts):
        cx = L + k * (cw + 16)
        p.rect(cx, y, cw, 70, fill=None, stroke=GRN, width=0.9)
        p.rect(cx, y, 52, 18, fill=GRN, stroke=None)
        p.text(cx + 8, y + 4.5, tr, 'G', 9, color=white, exp=True)
        p.text(cx + 60, y + 4.5, off, 'G', 9, exp=False)
        p.exp[-1] = tr + ' ' + off
        p.text(cx + 8, y + 24, loc, 'M', 8.5, exp=True)
        p.text(cx + 8, y + 38, 'TEL ' + tel[0], 'M', 8.5, exp=True)
        p.text(cx + 8, y + 52, 'MAIL ' + em[0], 'M', 8.5, exp=True)
    y += 84
    y = heading(p, L, y, 'アクセス', GRN, R - L, size=11.5)
    p.text(L, y, '仙台市役所本庁舎 ' + address, 'M', 8.6, exp=True); y += 16
    rows = [['駅・停留所', '出口・のりば', '本庁舎まで']] + [list(r) for r in route_rows]
    y = p.table(L, y, [190, 90, 80], rows, 16, size=8.3, head=1, fills={(0, c): TONE for c in range(3)},
                align={1: 'c', 2: 'r'})
    # a map-like block beside the timetable
    mx = L + 380
    p.rect(mx, y - 64, R - mx, 64, fill=PALE, stroke=GRN)
    p.line(mx + 10, y - 20, R - 10, y - 20, 2, GRN)
    p.line(mx + 60, y - 60, mx + 60, y - 4, 2, GRN)
    p.text(mx + 64, y - 58, '定禅寺通', 'G', 7, color=GREY, exp=False)
    p.text(mx + 8, y - 16, '市役所', 'G', 7.5, exp=False)
    p.exp.extend(['定禅寺通', '市役所'])
    assert y < 800, y

    hiring_rows = []
    for fy, a, aw, t, tw in years:
        hiring_rows.append(hrow(None, f'{fy}年度', f'{fy}年度', fy, False, cnt(a + t, aw + tw, f'{a + t}（{aw + tw}）'),
                                cnt(a, aw, f'{a}（{aw}）'), cnt(t, tw, f'{t}（{tw}）')))
    hiring_rows.append(hrow(None, f'{plan[0]}年度', f'{plan[0]}年度（予定）', plan[0], True,
                            cnt(plan[1] + plan[2], None, str(plan[1] + plan[2])), cnt(plan[1], None, str(plan[1])),
                            cnt(plan[2], None, str(plan[2]))))
    facts = dict(
        fixture='sendai-2026', organization='仙台市', document='職員採用案内',
        edition=dict(year=2026, asOf='2026-04', asOfText='2026年4月'),
        hiring=dict(intro=[intro], note=notes, tracks=dict(admin='事務系', tech='技術系'), textSynthesised=False,
                    layout='the whole section (heading, intro, ruled table, note) set SIDEWAYS: every line rotated 90 degrees counter-clockwise in a tinted strip at the right of p1 (reads bottom to top); years as rows 年度 | 事務系 | 技術系 | 計 with 95（45）; planned row 2026年度（予定） without women',
                    rows=hiring_rows),
        exams=dict(title=etitle, fiscalYear=2026, textSynthesised=True,
                   layout='▶ track lines, then categories three to a line with counts in KANJI NUMERALS (事務　九十八名, 社会福祉　十二名); the exam level is given only by the title （大学卒業程度）',
                   entries=[dict(track=tr, exam=ex, text='、'.join(f'{c_}{kan(n_)}名' for c_, n_ in cats),
                                 breakdown=[dict(category=c_, count=n_) for c_, n_ in cats], total=sum(n_ for _, n_ in cats))
                            for tr, ex, cats in exams]),
        contacts=[dict(track=tr, office=off, location=loc, tel=tel, email=em) for tr, off, loc, tel, em in contacts],
        access=dict(address=address, routes=routes),
        assignments=dict(cohortFiscalYear=2025, intro=aintro, tracks=dict(admin='事務', tech='技術'),
                         layout='unruled TWO-TONE table (alternating row tints, white-on-green header) WRAPPED into two halves side by side: 配属先 | 事務 | 技術 | 配属先 | 事務 | 技術, one table row carrying two units; － for none',
                         rows=[dict(unit=u, admin=a or None, tech=t or None) for u, a, t in units],
                         totals=dict(admin=105, tech=72)),
        lead=dict(title=lead_title, text=lead), initiativesIntro='',
        initiatives=[dict(title=t_, text=x_) for t_, x_ in inits],
        supportTitle=stitle, supportSystems=[dict(name=n, duration=d, text=t) for n, d, t, q, a in qa], supportSource='',
        training=dict(title='研修制度', paragraphs=train), keyFigures=[], pages=2)
    return pages, facts


# ==========================================================================================
# 3. 水資源機構  (kanji era dates; hiring as numbers inside CIRCLES; exams with categories inside cells)
def build_water():
    BLU = Color(0.0, 0.33, 0.62); PALE = Color(0.88, 0.93, 0.98); TONE = Color(0.75, 0.85, 0.95)
    KY = ['令和三年度', '令和四年度', '令和五年度', '令和六年度', '令和七年度']
    years = [(KY[0], 2021, 10, 4, 18, 3), (KY[1], 2022, 11, 5, 20, 4), (KY[2], 2023, 12, 5, 21, 5),
             (KY[3], 2024, 12, 6, 22, 4), (KY[4], 2025, 13, 6, 24, 6)]
    plan = ('令和八年度', 2026, 14, 26)
    units = [('関東', '本社', 5, 3), (None, '利根導水総合事業所', 2, 4), (None, '荒川ダム総合管理所', 0, 3),
             ('中部', '木曽川用水総合管理所', 2, 4), ('関西・吉野川', '琵琶湖開発総合管理所', 1, 3),
             (None, '吉野川本部', 1, 4), ('筑後川', '筑後川局', 2, 3)]
    exams = [('事務系', '大学卒業程度', [('事務', 10)]), ('事務系', '大学院修了程度', [('事務', 4)]),
             ('技術系', '大学卒業程度', [('土木', 8), ('電気', 3), ('機械', 3)]),
             ('技術系', '大学院修了程度', [('土木', 6), ('電気', 2), ('機械', 2), ('化学', 2)])]
    lead_title = '水を届ける、暮らしを支える。'
    lead = ['独立行政法人水資源機構は、利根川・荒川・豊川・木曽川・淀川・吉野川・筑後川の7水系で、ダムや用水路などの施設を建設・管理し、安全で良質な水を安定して供給しています。',
            '事務系職員は組織の運営や地域との調整を、技術系職員は施設の設計・施工管理や維持管理を担い、流域の暮らしと産業を支えています。']
    inits = [('テレワーク', '本社・事務所ともに在宅勤務を利用できます。'),
             ('フレックスタイム制', 'コアタイムを設けない柔軟な勤務が可能です。'),
             ('DX推進', 'ドローンや三次元データを活用し、施設管理を効率化しています。')]
    sup = [('育児休業', '子が3歳に達するまで', '男性職員も取得しています。'),
           ('育児短時間勤務', '子が小学校就学前まで', '勤務時間を短縮して働けます。'),
           ('介護休業', '通算93日', '3回まで分割できます。'),
           ('子の看護休暇', '年5日', '子が2人以上の場合は年10日です。')]
    train = ['入社後は新入職員研修で機構の事業と水資源行政を学び、各事務所での実務を通じて専門性を身に付けます。',
             '技術系職員は土木・電気・機械の専門研修、事務系職員は契約・会計の実務研修を受講します。']
    contacts = [('事務系', '総務部 人事課', '本社 21階', ['048-600-6519'], ['saiyo@water.go.jp']),
                ('技術系', '技術管理室 技術企画課', '本社 22階', ['048-600-6531'], ['gijutsu-saiyo@water.go.jp'])]
    address = '〒330-6008 埼玉県さいたま市中央区新都心11-2 ランド・アクシス・タワー'
    routes = ['JR『さいたま新都心』駅 東口 徒歩約3分', 'JR『北与野』駅 北口 徒歩約7分']

    pages = [Page(), Page()]
    L, R = 40, 555
    for n, p in enumerate(pages, 1):
        p.text(L, 16, '独立行政法人水資源機構 採用案内', 'G', 7, color=GREY, furn=True)
        p.text(R - sw(f'P.{n}', 'G', 7), 16, f'P.{n}', 'G', 7, color=GREY, furn=True)
        p.line(L, 27, R, 27, 0.5, BLU)
    p = pages[0]
    p.rect(L, 34, R - L, 74, fill=BLU, stroke=None)
    p.text(L + 12, 42, 'JAPAN WATER AGENCY', 'G', 8.5, color=white, exp=True)
    p.text(L + 12, 56, '独立行政法人', 'G', 10, color=white, exp=True)
    p.text(L + 12, 70, '水資源機構', 'G', 24, color=white, bold=True, exp=False)
    p.text(L + 150, 78, '職員採用案内', 'G', 13, color=white, exp=False)
    p.text(R - 12 - sw('令和八年三月', 'G', 9), 82, '令和八年三月', 'G', 9, color=white, exp=False)
    p.exp.append('水資源機構 職員採用案内 令和八年三月')
    y = 120
    p.text(L, y, lead_title, 'G', 12.5, bold=True, exp=True); y += 21
    for t in lead:
        y = p.para(L, y, R - L, t, 'M', 8.6) + 3
    y += 6
    y = heading(p, L, y, '採用実績', BLU, R - L, size=11.5)
    intro = '採用者数の推移（単位：名、（ ）内は女性で内数）'
    p.text(L, y, intro, 'G', 8.5, exp=True); y += 18
    # six circles in a row
    cw = (R - L) / 6
    allrows = [(lab, fy, a, aw, t, tw, False) for lab, fy, a, aw, t, tw in years] + \
              [(plan[0], plan[1], plan[2], None, plan[3], None, True)]
    for k, (lab, fy, a, aw, t, tw, pl) in enumerate(allrows):
        cx = L + cw * k + cw / 2
        labt = lab + ('（予定）' if pl else '')
        if pl:
            p.ctext(cx, y, lab, 'G', 8.3, exp=False); p.ctext(cx, y + 11, '（予定）', 'G', 8.3)
        else:
            p.ctext(cx, y, lab, 'G', 8.3)
        cy = y + 62
        p.circle(cx, cy, 32, fill=None if pl else BLU, stroke=BLU, width=1.4, dash=(3, 2) if pl else None)
        tot = str(a + t).translate(FW)
        big = sw(tot, 'G', 22) + sw('名', 'G', 9)
        p.text(cx - big / 2, cy - 17, tot, 'G', 22, color=BLU if pl else white)
        p.text(cx - big / 2 + sw(tot, 'G', 22), cy - 5, '名', 'G', 9, color=BLU if pl else white)
        wl = None if pl else f'うち女性{str(aw + tw).translate(FW)}'
        if wl:
            p.ctext(cx, cy + 10, wl, 'G', 7.2, color=white)
        l1 = f'事務系 {a}' + ('' if pl else f'（{aw}）')
        l2 = f'技術系 {t}' + ('' if pl else f'（{tw}）')
        p.ctext(cx, cy + 38, l1, 'M', 8)
        p.ctext(cx, cy + 50, l2, 'M', 8)
        p.exp.extend([labt, tot + '名'] + ([wl] if wl else []) + [l1, l2])
    y += 126
    notes = ['※令和八年度は採用予定数です。', '※令和五年度の技術系には、中途採用者2名を含みます。']
    for t in notes:
        p.text(L, y, t, 'M', 7.5, exp=True); y += 12
    y += 8
    y = heading(p, L, y, '配属実績', BLU, R - L, size=11.5)
    aintro = '令和七年度採用者の配属先'
    p.text(L, y, aintro, 'G', 8.5, exp=True); y += 15
    rows = [['地域', '配属先', '令和七年度採用者（名）', None], [None, None, '事務系', '技術系']]
    spans = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 2)}
    r = 2
    for g, u, a, t in units:
        rows.append([g if g else None, u, str(a) if a else '－', str(t) if t else '－'])
    # group spans
    r = 2
    while r < len(rows):
        if rows[r][0] is not None:
            n = 1
            while r + n < len(rows) and rows[r + n][0] is None:
                n += 1
            if n > 1:
                spans[(r, 0)] = (n, 1)
            r += n
        else:
            r += 1
    fills = {(0, 0): TONE, (0, 1): TONE, (0, 2): TONE, (1, 2): PALE, (1, 3): PALE}
    y = p.table(L, y, [90, 170, 80, 80], rows, 16, spans=spans, fills=fills, size=8.3, head=2,
                align={2: 'c', 3: 'c'})
    p.text(L + 430, y - 30, '合計 事務系13名', 'G', 8, exp=False)
    p.text(L + 430, y - 17, '技術系24名', 'G', 8, exp=False)
    p.exp.extend(['合計 事務系13名', '技術系24名'])
    assert y < 800, y

    # ---- page 2
    p = pages[1]
    y = 40
    y = heading(p, L, y, '採用予定', BLU, R - L, size=11.5)
    etitle = '令和八年度 採用予定数（試験区分・職種別）'
    p.text(L, y, etitle, 'G', 8.8, exp=True); y += 15
    cell = lambda cats: '・'.join(f'{c_}{n_}名' for c_, n_ in cats)
    ex = {(tr, lv): cats for tr, lv, cats in exams}
    rows = [['職種', '大学卒業程度', '大学院修了程度', '計'],
            ['事務系', cell(ex[('事務系', '大学卒業程度')]), cell(ex[('事務系', '大学院修了程度')]), '14名'],
            ['技術系', cell(ex[('技術系', '大学卒業程度')]), cell(ex[('技術系', '大学院修了程度')]), '26名']]
    y = p.table(L, y, [60, 190, 215, 50], rows, 18, size=8.3, head=1,
                fills={(0, c): TONE for c in range(4)}, align={3: 'r'})
    y += 14
    # left column: initiatives + training ; right column: support (two-tone table)
    mid = L + 235
    yl = heading(p, L, y, '働き方', BLU, mid - L - 15, size=11.5)
    for t_, x_ in inits:
        p.text(L, yl, '◎ ' + t_, 'G', 9.3, exp=True); yl += 14
        yl = p.para(L + 12, yl, mid - L - 27, x_, 'M', 8.3) + 4
    yl += 6
    yl = heading(p, L, yl, '研修', BLU, mid - L - 15, size=11.5)
    for t in train:
        yl = p.para(L, yl, mid - L - 15, t, 'M', 8.3) + 3
    stitle = '両立支援制度'
    yr = heading(p, mid, y, stitle, BLU, R - mid, size=11.5)
    rows = [['制度', '取得できる期間'], ]
    rf = {}
    for k, (n, d, t) in enumerate(sup):
        rows.append([n, d]); rows.append([t, None])
    spans = {(2 * k + 2, 0): (1, 2) for k in range(len(sup))}
    for k in range(len(sup)):
        rf[2 * k + 1] = TONE
        rf[2 * k + 2] = PALE
    yr = p.table(mid, yr, [110, R - mid - 110], rows, 16, spans=spans, size=8.2, head=1, rules=False,
                 rowfill=rf, fills={(0, 0): BLU, (0, 1): BLU}, textcolor={(0, 0): white, (0, 1): white},
                 align={0: 'l', 1: 'l'})
    # spanning rows: the expected line of a spanning row has an empty second cell already
    y = max(yl, yr) + 14
    y = heading(p, L, y, 'お問い合わせ', BLU, R - L, size=11.5)
    cw = (R - L - 16) / 2
    for k, (tr, off, loc, tel, em) in enumerate(contacts):
        cx = L + k * (cw + 16)
        p.rect(cx, y, cw, 66, fill=PALE, stroke=None)
        p.rect(cx, y, 22, 66, fill=BLU, stroke=None)
        p.exp.append(tr)
        for j, ch in enumerate(tr):   # vertical tab (縦書き), one glyph per row
            p.text(cx + 5.5, y + 10 + j * 16, ch, 'G', 11, color=white)
        p.text(cx + 30, y + 6, off, 'G', 9.3, exp=True)
        p.text(cx + 30, y + 21, loc, 'M', 8.3, exp=True)
        p.text(cx + 30, y + 35, '電話 ' + tel[0], 'M', 8.3, exp=True)
        p.text(cx + 30, y + 49, 'E-mail ' + em[0], 'M', 8.3, exp=True)
    y += 80
    y = heading(p, L, y, 'アクセス', BLU, R - L, size=11.5)
    p.text(L, y, '本社 ' + address, 'M', 8.5, exp=True); y += 15
    for r_ in routes:
        p.text(L, y, '■ ' + r_, 'M', 8.5, exp=True); y += 13
    assert y < 820, y

    hiring_rows = []
    for lab, fy, a, aw, t, tw in years:
        tot = str(a + t).translate(FW)
        hiring_rows.append(hrow(None, lab, lab, fy, False, cnt(a + t, aw + tw, tot + '名'),
                                cnt(a, aw, f'{a}（{aw}）'), cnt(t, tw, f'{t}（{tw}）')))
    hiring_rows.append(hrow(None, plan[0], plan[0] + '（予定）', plan[1], True,
                            cnt(plan[2] + plan[3], None, str(plan[2] + plan[3]).translate(FW) + '名'),
                            cnt(plan[2], None, str(plan[2])), cnt(plan[3], None, str(plan[3]))))
    facts = dict(
        fixture='water-2026', organization='水資源機構', document='職員採用案内',
        edition=dict(year=2026, asOf='2026-03', asOfText='令和八年三月'),
        hiring=dict(intro=[intro], note=notes, tracks=dict(admin='事務系', tech='技術系'), textSynthesised=False,
                    layout='INFOGRAPHIC: one circle per fiscal year in a row of six, the year label above (kanji era 令和三年度), the TOTAL as a big full-width number inside the circle (３７名) with うち女性１２ under it, the track counts under the circle (事務系 13（6） / 技術系 24（6）); the planned circle is hollow and dashed, its label on two lines 令和八年度 / （予定）, no women',
                    rows=hiring_rows),
        exams=dict(title=etitle, fiscalYear=2026, textSynthesised=False,
                   layout='ruled table with TRACKS AS ROWS and LEVELS AS COLUMNS (大学卒業程度 | 大学院修了程度 | 計), the categories LISTED INSIDE each cell joined by ・ (土木8名・電気3名・機械3名)',
                   entries=[dict(track=tr, exam=lv, text=cell(cats), breakdown=[dict(category=c_, count=n_) for c_, n_ in cats],
                                 total=sum(n_ for _, n_ in cats)) for tr, lv, cats in exams]),
        contacts=[dict(track=tr, office=off, location=loc, tel=tel, email=em) for tr, off, loc, tel, em in contacts],
        access=dict(address=address, routes=routes),
        assignments=dict(cohortFiscalYear=2025, intro=aintro, tracks=dict(admin='事務系', tech='技術系'),
                         layout='ruled table with a TWO-ROW header of merged cells (地域 / 配属先 spanning two rows, 令和七年度採用者（名） spanning 事務系 | 技術系) and a row-spanning 地域 group column; the totals only in a caption beside the table; － for none',
                         rows=[dict(unit=u, admin=a or None, tech=t or None) for g, u, a, t in units],
                         totals=dict(admin=13, tech=24)),
        lead=dict(title=lead_title, text=lead), initiativesIntro='',
        initiatives=[dict(title=t_, text=x_) for t_, x_ in inits],
        supportTitle=stitle, supportSystems=[dict(name=n, duration=d, text=t) for n, d, t in sup], supportSource='',
        training=dict(title='研修', paragraphs=train), keyFigures=[], pages=2)
    return pages, facts


# ==========================================================================================
def check_facts(f, expected):
    e = norm(expected)
    def printed(s, what):
        assert norm(s) in e, (f['fixture'], 'fact not printed', what, s)
    printed(f['organization'], 'organization'); printed(f['document'], 'document')
    printed(f['edition']['asOfText'], 'edition')
    h = f['hiring']
    for s in h['intro'] + h['note'] + list(h['tracks'].values()):
        printed(s, 'hiring')
    rows = h['rows']
    assert len(rows) >= 5 and sum(r['planned'] for r in rows) == 1 and rows[-1]['planned']
    for a, b in zip(rows, rows[1:]):
        assert b['fiscalYear'] == a['fiscalYear'] + 1
    for r in rows:
        printed(r['labelText'], 'label'); printed(r['label'], 'label')
        t, a, te = r['total'], r['admin'], r['tech']
        assert t['count'] == a['count'] + te['count'], r
        if a['women'] is not None and te['women'] is not None:
            assert t['women'] == a['women'] + te['women'], r
        for c in (t, a, te):
            if c['women'] is not None:
                assert c['women'] <= c['count']
            printed(c['text'], 'count')
        if r['planned']:
            assert t['women'] is None and a['women'] is None and te['women'] is None
    actual = [r for r in rows if not r['planned']][-1]
    plan = rows[-1]
    asg = f['assignments']
    assert asg['cohortFiscalYear'] == actual['fiscalYear']
    sa = sum(x['admin'] or 0 for x in asg['rows']); st = sum(x['tech'] or 0 for x in asg['rows'])
    assert (sa, st) == (actual['admin']['count'], actual['tech']['count']) == (asg['totals']['admin'], asg['totals']['tech']), (sa, st)
    assert len({x['unit'] for x in asg['rows']}) == len(asg['rows'])
    printed(asg['intro'], 'assign intro')
    for x in asg['rows']:
        printed(x['unit'], 'unit')
    ex = f['exams']
    assert ex['fiscalYear'] == plan['fiscalYear'] == f['edition']['year']
    printed(ex['title'], 'exam title')
    keys = set()
    for tr_key, tr in (('admin', h['tracks']['admin']), ('tech', h['tracks']['tech'])):
        tot = sum(b['count'] for en in ex['entries'] if en['track'] == tr for b in en['breakdown'])
        assert tot == plan[tr_key]['count'], (tr, tot)
    for en in ex['entries']:
        printed(en['track'], 'exam track'); printed(en['exam'], 'exam')
        assert en['total'] == sum(b['count'] for b in en['breakdown'])
        if not ex['textSynthesised']:
            printed(en['text'], 'exam text')
        for b in en['breakdown']:
            printed(b['category'], 'category')
            k = ('院' in en['exam'], '事務' in en['track'], norm(b['category']))
            assert k not in keys, k
            keys.add(k)
    assert len(f['contacts']) >= 2
    for c in f['contacts']:
        for s in [c['track'], c['office'], c['location']] + c['tel'] + c['email']:
            printed(s, 'contact')
    printed(f['access']['address'], 'address')
    assert len(f['access']['routes']) >= 2
    for s in f['access']['routes']:
        printed(s, 'route')
    printed(f['lead']['title'], 'lead')
    for s in f['lead']['text']:
        printed(s, 'lead')
    assert len(f['initiatives']) >= 3 and len(f['supportSystems']) >= 3
    for i in f['initiatives']:
        printed(i['title'], 'initiative'); printed(i['text'], 'initiative')
    printed(f['supportTitle'], 'support title')
    for i in f['supportSystems']:
        printed(i['name'], 'support'); printed(i['duration'], 'support'); printed(i['text'], 'support')
    printed(f['training']['title'], 'training')
    for s in f['training']['paragraphs']:
        printed(s, 'training')


BUILDERS = {'hiroshima-2026': build_hiroshima, 'sendai-2026': build_sendai, 'water-2026': build_water}


def main(names):
    os.makedirs(OUT, exist_ok=True)
    fc = font_chars()
    for seed, name in enumerate(sorted(BUILDERS)):
        if names and name not in names:
            continue
        pages, facts = BUILDERS[name]()
        for k, p in enumerate(pages):
            p.check(f'{name} p{k + 1}', fc)
        expected = '\n\f\n'.join('\n'.join(p.exp) for p in pages) + '\n'
        check_facts(facts, expected)
        c = canvas.Canvas(os.path.join(OUT, name + '.pdf'), pagesize=(W, H), invariant=1, pageCompression=1)
        c.setTitle(facts['organization'] + ' ' + facts['document'])
        for k, p in enumerate(pages):
            p.render(c, 2020 + seed * 10 + k)
            c.showPage()
        c.save()
        with open(os.path.join(OUT, name + '.expected.txt'), 'w', encoding='utf-8') as fh:
            fh.write(expected)
        with open(os.path.join(OUT, name + '.facts.json'), 'w', encoding='utf-8') as fh:
            json.dump(facts, fh, ensure_ascii=False, indent=2)
            fh.write('\n')
        pdf = os.path.join(OUT, name + '.pdf')
        for k, p in enumerate(pages):
            got = subprocess.run(['pdftotext', '-f', str(k + 1), '-l', str(k + 1), pdf, '-'], capture_output=True,
                                 text=True, check=True).stdout
            a = Counter(ch for ch in got if not ch.isspace())
            b = Counter(ch for it in p.items for ch in it['s'] if not ch.isspace())
            assert a == b, (name, k + 1, 'pdftotext', a - b, b - a)
        print('wrote', name)


if __name__ == '__main__':
    main(sys.argv[1:])
