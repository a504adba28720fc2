#!/usr/bin/env python3
"""Blind holdout set 3: five synthetic recruitment brochures of ministries and agencies
not used by the other fixture sets (文部科学省 ×2 editions, 経済産業省, 特許庁, 防衛省).

Written from scratch, without reading the BrochureKit sources, its tests or the other
generators' drawing code. Self-contained: needs Python 3, reportlab and the IPAex fonts.

  python3 Fixtures/generate_holdout3.py             # all five
  python3 Fixtures/generate_holdout3.py meti-2025   # just one

Writes Fixtures/holdout3/NAME.pdf, NAME.facts.json and NAME.expected.txt.

Every visual text line (every table-cell line, every glyph of a vertical heading) is its own
text object (BT … ET inside q … Q) at an absolute position, and the text objects of each
page are drawn in a shuffled order (seeded), so the content stream says nothing about the
reading order. The expected text is recorded while the page is composed, in reading order.
The generator refuses to write a brochure whose text items overlap, run off the page or
below the bottom margin, whose drawn text is not fully covered by the expected text, or
whose numbers do not add up (see `check_facts`). Output is deterministic (invariant=1).
"""
import json
import os
import random
import re
import sys
import unicodedata

from reportlab.lib.colors import HexColor, white, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout3")

GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
pdfmetrics.registerFont(TTFont("IPAexG", GOTHIC))
pdfmetrics.registerFont(TTFont("IPAexM", MINCHO))
FONT = {"G": "IPAexG", "M": "IPAexM"}
ASC, DESC = 0.88, 0.12          # IPAex ascender / descender (em fraction)

MM = 72 / 25.4
A4 = (595.28, 841.89)
A4L = (841.89, 595.28)
B5J = (182 * MM, 257 * MM)       # JIS B5, the usual Japanese B5
A3L = (1190.55, 841.89)          # a two-page A4 spread on one sheet

GREY = HexColor("#808080")
DARK = HexColor("#222222")

ZEN = str.maketrans("0123456789", "０１２３４５６７８９")


def Z(s):
    """ASCII digits -> full-width digits."""
    return s.translate(ZEN)


class Refuse(Exception):
    pass


# ======================================================================================
# Text measuring and line breaking
# ======================================================================================

def sw(text, font, size, cs=0.0):
    return pdfmetrics.stringWidth(text, FONT[font], size) + cs * len(text)


# runs of Latin letters / digits (half or full width) and e-mail / number punctuation are
# never broken; everything else can break between any two characters (kinsoku aside)
TOKEN = re.compile(r"『[^』]{1,8}』|[0-9A-Za-z０-９Ａ-Ｚａ-ｚ@._\-/~%％#+－]+|.", re.S)
NO_START = set("、。，．・：；？！）」』】〕］｝〉》ーぁぃぅぇぉっゃゅょァィゥェォッャュョ％,.:;?!)]}")
NO_END = set("（「『【〔［｛〈《([{")


def wrap(text, font, size, width, cs=0.0):
    out = []
    for para in text.split("\n"):
        toks = TOKEN.findall(para)
        cur = []
        lines = []
        for tok in toks:
            if cur and sw("".join(cur) + tok, font, size, cs) > width:
                carry = [tok]
                if tok[0] in NO_START and cur:
                    carry.insert(0, cur.pop())
                    while cur and carry[0][0] in NO_START:
                        carry.insert(0, cur.pop())
                while cur and cur[-1][-1] in NO_END:
                    carry.insert(0, cur.pop())
                if not cur:
                    raise Refuse(f"cannot break {para!r} into width {width:.1f}")
                lines.append("".join(cur))
                cur = carry
            else:
                cur.append(tok)
        lines.append("".join(cur))
        for i, ln in enumerate(lines):
            ln = ln.rstrip()
            if i:
                ln = ln.lstrip(" ")
            if sw(ln, font, size, cs) > width + 0.01:
                raise Refuse(f"line {ln!r} wider than {width:.1f}")
            out.append(ln)
    return out


# ======================================================================================
# Page model
# ======================================================================================

class Item:
    """One text object: one visual line (or one glyph of a vertical heading)."""

    def __init__(self, text, x, y, font, size, color, mode, cs, furniture, stroke_w):
        self.text, self.x, self.y = text, x, y
        self.font, self.size, self.color = font, size, color
        self.mode, self.cs, self.furniture, self.stroke_w = mode, cs, furniture, stroke_w
        self.width = sw(text, font, size, cs) - (cs if cs else 0)

    def bbox(self):
        return (self.x, self.y - DESC * self.size, self.x + self.width, self.y + ASC * self.size)


class Page:
    def __init__(self, size, bottom, margin=14):
        self.w, self.h = size
        self.bottom = bottom        # nothing but furniture may go below this
        self.margin = margin        # nothing at all may go closer to the edge
        self.items, self.shapes, self.lines = [], [], []
        self.claimed = set()

    # ---- text -----------------------------------------------------------------------
    def text(self, x, y, s, font="M", size=9, color=black, mode=0, cs=0.0, align="l",
             furniture=False, stroke_w=0.3):
        it = Item(s, x, y, font, size, color, mode, cs, furniture, stroke_w)
        if align == "r":
            it.x = x - it.width
        elif align == "c":
            it.x = x - it.width / 2
        self.items.append(it)
        return it

    def emit(self, items, sep=" "):
        """Record one expected line made of `items` (left to right)."""
        for it in items:
            if id(it) in self.claimed:
                raise Refuse(f"item {it.text!r} emitted twice")
            self.claimed.add(id(it))
        self.lines.append(sep.join(i.text for i in items))

    def emit_row(self, cells):
        for cell in cells:
            for it in cell:
                if id(it) in self.claimed:
                    raise Refuse(f"item {it.text!r} emitted twice")
                self.claimed.add(id(it))
        self.lines.append("\t".join("".join(i.text for i in cell) for cell in cells))

    # ---- graphics (drawn first, under the text) -------------------------------------
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5, radius=0, under=False):
        sh = ("rect", x, y, w, h, fill, stroke, lw, radius)
        if under:       # a background drawn after its content was laid out
            self.shapes.insert(0, sh)
        else:
            self.shapes.append(sh)

    def line(self, x1, y1, x2, y2, color=GREY, lw=0.5, dash=None):
        self.shapes.append(("line", x1, y1, x2, y2, color, lw, dash))

    def circle(self, x, y, r, fill):
        self.shapes.append(("circle", x, y, r, fill))


def line1(pg, x, top, s, font="M", size=9, color=black, align="l", mode=0, cs=0.0):
    """One single-item line whose top edge is at `top`; returns the item."""
    it = pg.text(x, top - ASC * size, s, font, size, color, mode, cs, align)
    pg.emit([it])
    return it


def para(pg, x, top, w, text, font="M", size=9, lead=None, color=black, align="l", cs=0.0,
         mode=0, indent=0.0):
    """A wrapped paragraph; every visual line is an expected line. Returns the bottom."""
    lead = lead or size * 1.62
    lines = wrap(text, font, size, w - indent, cs)
    y = top - ASC * size
    for ln in lines:
        xx = x + indent if align == "l" else (x + w if align == "r" else x + w / 2)
        pg.emit([pg.text(xx, y, ln, font, size, color, mode, cs, align)])
        y -= lead
    return top - (len(lines) - 1) * lead - size


def para_lines(text, font, size, w, cs=0.0):
    return wrap(text, font, size, w, cs)


def flow(pg, cols, top_list, text_paras, font="M", size=9, lead=None, color=black,
         bottoms=None):
    """Text that flows from one column into the next (a multi-column body). `cols` is a
    list of (x, w); the lines fill column 1 to `bottoms[0]`, then column 2, ... Every line
    is an expected line, column after column. Returns the bottom of each column."""
    lead = lead or size * 1.62
    lines = []
    for p in text_paras:
        lines += wrap(p, font, size, min(w for _, w in cols))
    ci, y = 0, top_list[0] - ASC * size
    used = [None] * len(cols)
    for ln in lines:
        if y - DESC * size < bottoms[ci] - 0.01:
            ci += 1
            if ci >= len(cols):
                raise Refuse("flowed text does not fit its columns")
            y = top_list[ci] - ASC * size
        x, w = cols[ci]
        pg.emit([pg.text(x, y, ln, font, size, color)])
        used[ci] = y - DESC * size
        y -= lead
    return used


def vhead(pg, cx, top, text, font="G", size=11, color=black, step=None):
    """Vertical (縦書き) heading: one glyph per row at the same x, ONE expected line."""
    step = step or size * 1.18
    items = []
    for i, ch in enumerate(text):
        w = sw(ch, font, size)
        items.append(pg.text(cx - w / 2, top - ASC * size - i * step, ch, font, size, color))
    pg.emit(items, sep="")
    return top - (len(text) - 1) * step - size


def table(pg, x, top, widths, rows, *, font="M", size=8.5, lead=None, hfont="G", hsize=None,
          header=1, vpad=3.2, hpad=4.0, rules="grid", lw=0.5, rule_color=GREY, zebra=None,
          head_fill=None, head_color=black, align=None, halign=None, valign="m", color=black,
          col_fonts=None, heavy=None, row_fills=None, nowrap=()):
    """A table; each row is one expected line (cells joined by TAB, the lines of a cell
    joined with nothing, a row-spanning cell in the first row of its span, empty cells as
    empty strings). A cell is a str (may contain '\\n'), '' / None for empty, or
    (str, rowspan). Returns the bottom y."""
    hsize = hsize or size
    lead = lead or size * 1.32
    n = len(widths)
    align = align or ["l"] * n
    halign = halign or ["c"] * n
    grid = [[(c if isinstance(c, tuple) else (c or "", 1)) for c in r] for r in rows]
    for r in grid:
        if len(r) != n:
            raise Refuse(f"row {r} has {len(r)} cells, want {n}")
    covered = set()
    for ri, r in enumerate(grid):
        for ci, (t, sp) in enumerate(r):
            for k in range(1, sp):
                covered.add((ri + k, ci))
    cell_lines = {}
    for ri, r in enumerate(grid):
        for ci, (t, sp) in enumerate(r):
            if (ri, ci) in covered:
                if t:
                    raise Refuse(f"text {t!r} in a covered cell")
                continue
            f = hfont if ri < header else (col_fonts[ci] if col_fonts else font)
            s = hsize if ri < header else size
            cell_lines[(ri, ci)] = (wrap(t, f, s, widths[ci] - 2 * hpad) if t else [], f, s)
            if ci in nowrap and ri >= header and len(cell_lines[(ri, ci)][0]) > 1:
                raise Refuse(f"cell {t!r} must fit on one line")

    def block(k, s):
        return (k - 1) * lead + s if k else 0

    heights = []
    for ri, r in enumerate(grid):
        s0 = hsize if ri < header else size
        h = s0 + 2 * vpad
        for ci, (t, sp) in enumerate(r):
            if (ri, ci) in cell_lines and sp == 1:
                ls, f, s = cell_lines[(ri, ci)]
                h = max(h, block(len(ls), s) + 2 * vpad)
        heights.append(h)
    for (ri, ci), (ls, f, s) in cell_lines.items():
        sp = grid[ri][ci][1]
        if sp > 1:
            need = block(len(ls), s) + 2 * vpad
            have = sum(heights[ri:ri + sp])
            if need > have:
                heights[ri + sp - 1] += need - have
    ys = [top]
    for h in heights:
        ys.append(ys[-1] - h)
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    total_w = xs[-1] - x
    if head_fill and header:
        pg.rect(x, ys[header], total_w, top - ys[header], fill=head_fill)
    if zebra:
        for ri in range(header, len(grid)):
            if (ri - header) % 2 == 1:
                pg.rect(x, ys[ri + 1], total_w, heights[ri], fill=zebra)
    if row_fills:
        for ri, fill in row_fills.items():
            pg.rect(x, ys[ri + 1], total_w, heights[ri], fill=fill)
    items = [[[] for _ in range(n)] for _ in grid]
    for (ri, ci), (ls, f, s) in sorted(cell_lines.items()):
        sp = grid[ri][ci][1]
        ctop, cbot = ys[ri], ys[ri + sp]
        bh = block(len(ls), s)
        ttop = ctop - (ctop - cbot - bh) / 2 if valign == "m" else ctop - vpad
        y = ttop - ASC * s
        al = halign[ci] if ri < header else align[ci]
        col = head_color if ri < header else color
        for ln in ls:
            if al == "l":
                xx = xs[ci] + hpad
            elif al == "r":
                xx = xs[ci + 1] - hpad
            else:
                xx = (xs[ci] + xs[ci + 1]) / 2
            items[ri][ci].append(pg.text(xx, y, ln, f, s, col, align=al))
            y -= lead
    for ri in range(len(grid)):
        pg.emit_row(items[ri])
    # rules
    heavy = heavy if heavy is not None else lw * 2

    def hline(ri, w_):
        # boundary above row ri (ri == len -> bottom); skip columns a span runs through
        for ci in range(n):
            if 0 < ri < len(grid) and (ri, ci) in covered:
                continue
            pg.line(xs[ci], ys[ri], xs[ci + 1], ys[ri], rule_color, w_)

    if rules == "grid":
        for ri in range(len(grid) + 1):
            hline(ri, lw)
        for ci in range(n + 1):
            pg.line(xs[ci], top, xs[ci], ys[-1], rule_color, lw)
    elif rules == "h":
        for ri in range(len(grid) + 1):
            w_ = heavy if ri in (0, len(grid)) else (lw * 1.5 if ri == header else lw)
            hline(ri, w_)
    elif rules == "booktabs":
        hline(0, heavy)
        if header:
            hline(header, lw)
        hline(len(grid), heavy)
    elif rules == "none":
        pass
    else:
        raise ValueError(rules)
    return ys[-1]


class Col:
    """A column cursor: x, width and the current top."""

    def __init__(self, pg, x, w, top):
        self.pg, self.x, self.w, self.top = pg, x, w, top

    @property
    def right(self):
        return self.x + self.w

    def gap(self, d):
        self.top -= d
        return self

    def line(self, s, font="M", size=9, color=black, align="l", gap=None, **kw):
        xx = self.x if align == "l" else (self.right if align == "r" else self.x + self.w / 2)
        it = line1(self.pg, xx, self.top, s, font, size, color, align, **kw)
        if it.width > self.w + 0.01:
            raise Refuse(f"{s!r} wider than its column ({it.width:.1f} > {self.w:.1f})")
        self.top -= size + (gap if gap is not None else size * 0.62)
        return self

    def para(self, text, font="M", size=9, lead=None, gap=None, **kw):
        lead = lead or size * 1.62
        self.top = para(self.pg, self.x, self.top, self.w, text, font, size, lead, **kw)
        self.top -= gap if gap is not None else lead - size
        return self

    def table(self, fracs, rows, gap=6, **kw):
        widths = [f * self.w / sum(fracs) for f in fracs]
        self.top = table(self.pg, self.x, self.top, widths, rows, **kw) - gap
        return self


# ======================================================================================
# Checks on the drawn page
# ======================================================================================

def check_page(pg, label):
    errs = []
    for it in pg.items:
        x0, y0, x1, y1 = it.bbox()
        if x0 < pg.margin or y0 < pg.margin or x1 > pg.w - pg.margin or y1 > pg.h - pg.margin:
            errs.append(f"{label}: {it.text!r} runs off the page ({x0:.1f},{y0:.1f},{x1:.1f},{y1:.1f})")
        if not it.furniture and y0 < pg.bottom - 0.01:
            errs.append(f"{label}: {it.text!r} below the bottom margin ({y0:.1f} < {pg.bottom})")
        if it.furniture and id(it) in pg.claimed:
            errs.append(f"{label}: furniture {it.text!r} in the expected text")
        if not it.furniture and id(it) not in pg.claimed:
            errs.append(f"{label}: {it.text!r} drawn but not in the expected text")
        if not it.text.strip():
            errs.append(f"{label}: empty text item")
    boxes = sorted(((it.bbox(), it) for it in pg.items), key=lambda b: b[0][0])
    for i, (a, ia) in enumerate(boxes):
        for b, ib in boxes[i + 1:]:
            if b[0] >= a[2] - 0.2:
                break
            if min(a[2], b[2]) - max(a[0], b[0]) > 0.2 and min(a[3], b[3]) - max(a[1], b[1]) > 0.2:
                errs.append(f"{label}: {ia.text!r} overlaps {ib.text!r}")
    if errs:
        raise Refuse("\n".join(errs[:20]))


def render(path, pages, seed):
    c = canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h), invariant=1, pageCompression=1)
    c.setTitle("")
    for pno, pg in enumerate(pages, 1):
        c.setPageSize((pg.w, pg.h))
        for sh in pg.shapes:
            kind = sh[0]
            c.saveState()
            if kind == "rect":
                _, x, y, w, h, fill, stroke, lw, radius = sh
                if fill is not None:
                    c.setFillColor(fill)
                if stroke is not None:
                    c.setStrokeColor(stroke)
                    c.setLineWidth(lw)
                if radius:
                    c.roundRect(x, y, w, h, radius, stroke=1 if stroke is not None else 0,
                                fill=1 if fill is not None else 0)
                else:
                    c.rect(x, y, w, h, stroke=1 if stroke is not None else 0,
                           fill=1 if fill is not None else 0)
            elif kind == "line":
                _, x1, y1, x2, y2, color, lw, dash = sh
                c.setStrokeColor(color)
                c.setLineWidth(lw)
                if dash:
                    c.setDash(*dash)
                c.line(x1, y1, x2, y2)
            elif kind == "circle":
                _, x, y, r, fill = sh
                c.setFillColor(fill)
                c.circle(x, y, r, stroke=0, fill=1)
            c.restoreState()
        order = list(pg.items)
        random.Random(f"{seed}/{pno}").shuffle(order)
        for it in order:
            c.saveState()
            t = c.beginText()
            t.setTextOrigin(it.x, it.y)
            t.setFont(FONT[it.font], it.size)
            if it.cs:
                t.setCharSpace(it.cs)
            c.setFillColor(it.color)
            if it.mode:
                c.setStrokeColor(it.color)
                c.setLineWidth(it.stroke_w)
                t.setTextRenderMode(it.mode)
            t.textOut(it.text)
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()


# ======================================================================================
# Content (the facts). Numbers are invented; building addresses and stations are real.
# ======================================================================================

def cnt(c, w, zen=False):
    s = f"{c}（{w}）"
    return Z(s) if zen else s


def hrow(fy, label, total, admin, tech, planned=False):
    return {"fy": fy, "label": label, "planned": planned, "total": total, "admin": admin, "tech": tech}


# ---- 文部科学省 (two consecutive editions; a cohort's actual numbers agree) -------------

MEXT_CONTACTS = [
    {"track": "総合職事務系", "office": "大臣官房人事課任用班",
     "location": "中央合同庁舎第７号館東館９階",
     "tel": ["03-6734-2176（直通）", "03-5253-4111（代表）"],
     "email": ["jinji-saiyo@mext.go.jp"]},
    {"track": "総合職技術系", "office": "科学技術・学術政策局人材政策課",
     "location": "中央合同庁舎第７号館東館１６階",
     "tel": ["03-6734-4021（直通）"],
     "email": ["gijutsu-saiyo@mext.go.jp"]},
]
MEXT_ACCESS = {
    "address": "東京都千代田区霞が関３-２-２ 中央合同庁舎第７号館東館",
    "routes": [
        "東京メトロ 銀座線『虎ノ門』駅 11番出口 直結",
        "東京メトロ 丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A13出口 徒歩約５分",
        "東京メトロ 千代田線・丸ノ内線『国会議事堂前』駅 ３番出口 徒歩約７分",
    ],
}
# actual numbers of each cohort (shared by both editions)
MEXT_ACTUAL = {
    2019: ((39, 14), (27, 11), (12, 3)),
    2020: ((37, 16), (26, 12), (11, 4)),
    2021: ((41, 18), (28, 13), (13, 5)),
    2022: ((39, 18), (25, 12), (14, 6)),
    2023: ((39, 19), (27, 14), (12, 5)),
    2024: ((40, 19), (28, 14), (12, 5)),
}
MEXT_PLANNED = {
    2024: ((42, 21), (29, 15), (13, 6)),
    2025: ((41, 20), (27, 13), (14, 7)),
}
MEXT_SUPPORT = [
    {"name": "産前・産後休暇",
     "text": "出産予定日の６週間前（多胎妊娠の場合は14週間前）から、出産の翌日から８週間を経過する日まで取得できます。"},
    {"name": "育児休業",
     "text": "子が３歳に達する日まで、男女を問わず取得できます。"},
    {"name": "育児短時間勤務",
     "text": "小学校就学前の子を養育する職員は、１日４時間などの短時間勤務を選択できます。"},
    {"name": "配偶者出産休暇",
     "text": "妻の出産に伴う入退院の付き添い等のため、２日以内で取得できます。"},
    {"name": "育児参加のための休暇",
     "text": "妻の産前・産後の期間中に、子の養育のため５日以内で取得できます。"},
    {"name": "介護休暇",
     "text": "要介護状態の家族を介護するため、通算６月以内の期間で取得できます。"},
]


def mext_hiring_rows(edition, labeler):
    years = range(2019, 2025) if edition == 2024 else range(2021, 2026)
    rows = []
    for fy in years:
        planned = fy == edition
        t, a, te = (MEXT_PLANNED if planned else MEXT_ACTUAL)[fy]
        rows.append(hrow(fy, labeler(fy), t, a, te, planned))
    return rows


MEXT_2024 = {
    "fixture": "mext-2024",
    "organization": "文部科学省",
    "document": "総合職採用案内",
    "asOfText": "令和6年4月現在",
    "contacts": MEXT_CONTACTS,
    "access": MEXT_ACCESS,
    "hiring": {
        "intro": ["総合職（事務系・技術系）の採用者数の推移"],
        "note": "※（　）内は女性の数（内数）",
        "tracks": {"admin": "事務系", "tech": "技術系"},
        "rows": mext_hiring_rows(2024, lambda fy: "令和元年度" if fy == 2019 else f"令和{fy - 2018}年度"),
        "suffix": "（予定数）",
    },
    "assignments": {
        "intro": "令和5年度入省者（総合職）の配属先（令和6年4月現在）",
        "cohort": 2023, "unit": "名",
        "rows": [("大臣官房", 4, 1), ("総合教育政策局", 3, None), ("初等中等教育局", 4, None),
                 ("高等教育局", 4, None), ("科学技術・学術政策局", 2, 3), ("研究振興局", 2, 3),
                 ("研究開発局", 1, 4), ("スポーツ庁", 2, None), ("文化庁", 3, 1),
                 ("他府省・出向", 2, None)],
    },
    "exams": {
        "title": "令和6年度採用予定者の試験区分", "fiscalYear": 2024,
        "entries": [("事務系", "大卒程度試験", [("法律", 8), ("経済", 4), ("政治・国際", 5), ("教養", 7)]),
                    ("事務系", "院卒程度試験", [("行政", 4), ("法務", 1)]),
                    ("技術系", "大卒程度試験", [("工学", 3), ("数理科学・物理・地球科学", 2), ("化学・生物・薬学", 2)]),
                    ("技術系", "院卒程度試験", [("工学", 2), ("化学・生物・薬学", 2), ("デジタル", 2)])],
        "fmt": lambda br: "、".join(f"{c}：{n}名" for c, n in br),
    },
    "lead": {"title": "教育、科学技術、スポーツ、文化で未来をひらく",
             "text": ["文部科学省は、教育・科学技術・学術・スポーツ・文化という、人づくりと知の創造に関わる幅広い分野を担っています。",
                      "一人一人の可能性を伸ばし、社会の未来を支える政策づくりに、一緒に挑戦しませんか。"]},
    "initiativesIntro": {"title": "働き方改革の取組",
                         "text": "職員一人一人が能力を最大限に発揮できるよう、省全体で業務の効率化と柔軟な働き方を進めています。"},
    "initiatives": [
        {"title": "フレックスタイム制の活用",
         "text": "早朝や夕方の時間を家庭や自己研さんに充てられるよう、フレックスタイム制の利用を全職員に勧めています。令和5年度の利用率は約６割でした。"},
        {"title": "テレワークの推進",
         "text": "全職員にノートパソコンを配備し、自宅等からでも省内と同じ環境で業務ができるようにしています。"},
        {"title": "国会業務の効率化",
         "text": "国会答弁の作成や関係部局との調整にオンラインツールを活用し、深夜・早朝の待機時間を減らしています。"},
        {"title": "若手職員による業務改善提案",
         "text": "入省10年目までの有志職員が業務改善の提案をまとめ、幹部に直接提言する取組を毎年行っています。"},
    ],
    "supportTitle": "仕事と家庭の両立支援",
    "supportSystems": MEXT_SUPPORT,
    "supportSource": "参考：人事院「両立支援ハンドブック」",
    "training": {"title": "人材育成・研修",
                 "paragraphs": ["　入省後は、初任行政研修や新規採用職員研修に加え、学校や大学、研究機関の現場で実際の業務を体験する現場体験研修を行います。",
                                "　また、行政官長期在外研究員制度による海外の大学院への留学、国際機関や在外公館への出向など、国際的な経験を積む機会があります。令和6年4月現在、総合職職員18名が海外で研究・勤務しています。"]},
}

MEXT_2025 = {
    "fixture": "mext-2025",
    "organization": "文部科学省",
    "document": "総合職採用案内",
    "asOfText": "令和7年4月現在",
    "contacts": MEXT_CONTACTS,
    "access": MEXT_ACCESS,
    "hiring": {
        "intro": ["過去５年間の総合職採用者数です。"],
        "note": "※（　）内は女性で内数です。",
        "tracks": {"admin": "事務系", "tech": "技術系"},
        "rows": mext_hiring_rows(2025, lambda fy: f"R{fy - 2018}"),
        "suffix": "（予定数）",
    },
    "assignments": {
        "intro": "令和6年度入省者（総合職）の配属状況（令和7年4月現在）",
        "cohort": 2024, "unit": "名",
        "rows": [("大臣官房", 3, 1), ("総合教育政策局", 4, None), ("初等中等教育局", 5, None),
                 ("高等教育局", 3, 1), ("科学技術・学術政策局", 2, 3), ("研究振興局", 3, 2),
                 ("研究開発局", 1, 4), ("スポーツ庁", 2, None), ("文化庁", 3, 1),
                 ("他府省・出向", 2, None)],
    },
    "exams": {
        "title": "令和7年度採用予定者（総合職）の試験区分", "fiscalYear": 2025,
        "entries": [("事務系", "大卒程度試験", [("法律", 7), ("経済", 4), ("政治・国際", 4), ("デジタル", 1), ("教養", 6)]),
                    ("事務系", "院卒程度試験", [("行政", 4), ("法務", 1)]),
                    ("技術系", "大卒程度試験", [("工学", 4), ("数理科学・物理・地球科学", 2), ("化学・生物・薬学", 2)]),
                    ("技術系", "院卒程度試験", [("工学", 2), ("化学・生物・薬学", 2), ("デジタル", 2)])],
        "fmt": lambda br: "、".join(f"{c}{n}名" for c, n in br),
    },
    "lead": {"title": "一人一人の可能性を、社会の力に",
             "text": ["学びと研究、スポーツと文化。文部科学省の仕事は、人の成長と知の創造を通じて社会の土台をつくる仕事です。",
                      "学校や大学、研究機関の現場と向き合いながら、次の時代の仕組みを一緒につくりましょう。"]},
    "initiativesIntro": {"title": "柔軟な働き方",
                         "text": "時間と場所にとらわれない働き方と、業務そのものの見直しを両輪で進めています。"},
    "initiatives": [
        {"title": "フレックスタイム制の活用",
         "text": "早朝や夕方の時間を家庭や自己研さんに充てられるよう、フレックスタイム制の利用を全職員に勧めています。"},
        {"title": "テレワークの推進",
         "text": "全職員にノートパソコンを配備し、自宅等からでも省内と同じ環境で業務ができます。"},
        {"title": "フリーアドレスの導入",
         "text": "令和６年度から一部の部局でフリーアドレスを導入し、ペーパーレス化と併せて執務環境を見直しています。"},
        {"title": "若手職員による業務改善提案",
         "text": "入省10年目までの有志職員が業務改善の提案をまとめ、幹部に直接提言しています。"},
    ],
    "supportTitle": "両立支援制度",
    "supportSystems": [MEXT_SUPPORT[1], MEXT_SUPPORT[2], MEXT_SUPPORT[3], MEXT_SUPPORT[5]],
    "supportSource": None,
    "training": {"title": "研修制度",
                 "paragraphs": ["　初任行政研修や新規採用職員研修に加え、学校や大学、研究機関で実際の業務を体験する現場体験研修を行います。",
                                "　行政官長期在外研究員制度による海外の大学院への留学や、国際機関・在外公館への出向の機会もあります。令和7年4月現在、総合職職員20名が海外で研究・勤務しています。"]},
    "runningHeader": "文部科学省 総合職採用案内 2025",
}

# ---- 経済産業省 -------------------------------------------------------------------------

METI_2025 = {
    "fixture": "meti-2025",
    "organization": "経済産業省",
    "document": "総合職採用案内",
    "asOfText": "令和7年4月現在",
    "contacts": [
        {"track": "総合職事務系", "office": "大臣官房秘書課", "location": "経済産業省本館４階",
         "tel": ["03-3501-1511（代表）", "03-3501-1608（直通）"],
         "email": ["jimukei-saiyo@meti.go.jp"]},
        {"track": "総合職技術系", "office": "産業技術環境局総務課", "location": "経済産業省別館６階",
         "tel": ["03-3501-1511（代表）", "03-3501-1773（直通）"],
         "email": ["gijutsukei-saiyo@meti.go.jp"]},
    ],
    "access": {
        "address": "東京都千代田区霞が関１-３-１",
        "routes": [
            "東京メトロ 丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A12出口 徒歩約１分",
            "東京メトロ 銀座線『虎ノ門』駅 ７番出口 徒歩約５分",
            "東京メトロ 千代田線・丸ノ内線『国会議事堂前』駅 ３番出口 徒歩約８分",
        ],
    },
    "hiring": {
        "intro": ["総合職の採用者数（年度別）"],
        "note": "※（　）内は女性の数（内数）",
        "tracks": {"admin": "事務系", "tech": "技術系"},
        "rows": [hrow(2021, "2021年度", (76, 25), (46, 17), (30, 8)),
                 hrow(2022, "2022年度", (79, 29), (48, 20), (31, 9)),
                 hrow(2023, "2023年度", (79, 30), (45, 19), (34, 11)),
                 hrow(2024, "2024年度", (83, 34), (50, 22), (33, 12)),
                 hrow(2025, "2025年度", (82, 34), (47, 21), (35, 13), planned=True)],
        "suffix": "（予定）",
    },
    "assignments": {
        "intro": "令和6年度入省者（総合職）の配属先（令和7年4月現在）",
        "cohort": 2024, "unit": "",
        "rows": [("大臣官房", 5, 2), ("経済産業政策局", 6, 1), ("通商政策局", 6, None),
                 ("貿易経済安全保障局", 4, 1), ("産業技術環境局", 3, 6), ("製造産業局", 5, 5),
                 ("商務情報政策局", 5, 6), ("商務・サービスグループ", 3, 1), ("資源エネルギー庁", 6, 7),
                 ("中小企業庁", 4, 1), ("地方経済産業局", 3, 3)],
    },
    "exams": {
        "title": "2025年度（令和7年度）採用予定者の試験区分", "fiscalYear": 2025,
        "entries": [("事務系", "大卒程度試験", [("法律", 12), ("経済", 14), ("政治・国際", 5), ("デジタル", 2), ("教養", 6)]),
                    ("事務系", "院卒程度試験", [("行政", 6), ("法務", 2)]),
                    ("技術系", "大卒程度試験", [("工学", 10), ("数理科学・物理・地球科学", 4), ("化学・生物・薬学", 4), ("デジタル", 3)]),
                    ("技術系", "院卒程度試験", [("工学", 8), ("化学・生物・薬学", 3), ("デジタル", 3)])],
        "fmt": lambda br: "、".join(f"{c}：{n}名" for c, n in br),
        "matrix": True,
    },
    "lead": {"title": "日本の経済と産業の未来を描く",
             "text": ["経済産業省は、産業政策、通商政策、エネルギー政策、中小企業政策など、日本経済の屋台骨を支える幅広い政策を担っています。",
                      "変化の激しい時代だからこそ、前例にとらわれず新しい政策を生み出す仲間を求めています。"]},
    "initiativesIntro": {"title": "働き方改革",
                         "text": "「生産性の高い働き方」を合言葉に、時間と場所にとらわれない働き方を進めています。"},
    "initiatives": [
        {"title": "フルフレックス・テレワーク",
         "text": "コアタイムのないフレックスタイム制とテレワークを組み合わせ、一人一人が働く時間と場所を選べます。"},
        {"title": "ペーパーレス化",
         "text": "省内の会議資料や決裁を原則電子化し、資料の準備にかかる時間を大きく減らしました。"},
        {"title": "部署を越えたプロジェクト",
         "text": "関心のある政策テーマについて、所属の枠を越えて若手職員がチームを組み、政策を提案できます。"},
        {"title": "官民の人材交流",
         "text": "民間企業への出向や、民間から転職してきた職員との協働を通じて、多様な視点を政策に生かしています。"},
    ],
    "supportTitle": "子育て・介護との両立",
    "supportSystems": [
        {"name": "育児休業",
         "text": "子が３歳に達するまで取得できます。令和６年度は男性職員の取得率が９割を超えました。"},
        {"name": "育児時間",
         "text": "小学校就学前の子を養育する職員は、１日２時間以内で勤務しないことができます。"},
        {"name": "子の看護休暇",
         "text": "中学校就学前の子の看護等のため、年５日（子が２人以上の場合は10日）まで取得できます。"},
        {"name": "介護休暇",
         "text": "要介護状態の家族を介護するため、通算６月以内の期間で取得できます。"},
    ],
    "supportSource": None,
    "training": {"title": "研修・キャリア形成",
                 "paragraphs": ["　入省直後の新規採用職員研修のほか、政策立案の基礎を学ぶ研修や、地方経済産業局・中小企業の現場を訪ねる研修を行います。",
                                "　入省５年目前後からは、海外の大学院への留学（約２年間）や、国際機関・在外公館、民間企業への出向の機会があります。令和7年4月現在、総合職職員41名が海外で研究・勤務しています。"]},
}

# ---- 特許庁 -----------------------------------------------------------------------------

JPO_2024 = {
    "fixture": "jpo-2024",
    "organization": "特許庁",
    "document": "総合職採用パンフレット",
    "asOfText": "令和6年3月現在",
    "contacts": [
        {"track": "総合職事務系", "office": "総務部秘書課", "location": "特許庁庁舎８階",
         "tel": ["03-3581-1101（内線2106）"],
         "email": ["jpo-saiyo@jpo.go.jp"]},
        {"track": "総合職技術系", "office": "審査第一部調整課", "location": "特許庁庁舎４階",
         "tel": ["03-3581-1101（内線3102）", "03-3592-1290（直通）"],
         "email": ["shinsakan-saiyo@jpo.go.jp"]},
    ],
    "access": {
        "address": "東京都千代田区霞が関３-４-３ 特許庁庁舎",
        "routes": [
            "東京メトロ 銀座線『虎ノ門』駅 ９番出口 徒歩約５分",
            "東京メトロ 丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A13出口 徒歩約７分",
            "東京メトロ 銀座線・南北線『溜池山王』駅 ８番出口 徒歩約７分",
        ],
    },
    "hiring": {
        "intro": ["総合職（技術系・事務系）の採用者数"],
        "note": "※（　）内は女性の数（内数）",
        "tracks": {"admin": "事務系", "tech": "技術系"},
        "rows": [hrow(2020, "令和2年度", (48, 15), (6, 3), (42, 12)),
                 hrow(2021, "令和3年度", (50, 16), (5, 2), (45, 14)),
                 hrow(2022, "令和4年度", (55, 19), (7, 4), (48, 15)),
                 hrow(2023, "令和5年度", (57, 20), (6, 3), (51, 17)),
                 hrow(2024, "令和6年度", (61, 23), (8, 4), (53, 19), planned=True)],
        "suffix": "（予定）",
    },
    "assignments": {
        "intro": "令和5年度入庁者（総合職）の配属先（令和6年3月現在）",
        "cohort": 2023, "unit": "名",
        "rows": [("総務部", 3, None), ("審査業務部", 1, 2), ("審査第一部", None, 12),
                 ("審査第二部", None, 13), ("審査第三部", None, 12), ("審査第四部", None, 10),
                 ("経済産業省（出向）", 2, 2)],
    },
    "exams": {
        "title": "令和6年度採用予定者の試験区分", "fiscalYear": 2024,
        "entries": [("事務系", "大卒程度試験", [("法律", 3), ("経済", 2), ("教養", 1)]),
                    ("事務系", "院卒程度試験", [("行政", 2)]),
                    ("技術系", "大卒程度試験", [("工学", 14), ("化学・生物・薬学", 6), ("数理科学・物理・地球科学", 5), ("デジタル", 4), ("農業科学・水産", 2)]),
                    ("技術系", "院卒程度試験", [("工学", 12), ("化学・生物・薬学", 6), ("デジタル", 4)])],
        "fmt": lambda br: "、".join(f"{c} {n}名" for c, n in br),
    },
    "lead": {"title": "知的財産で、イノベーションを支える",
             "text": ["特許庁は、特許・意匠・商標の審査や審判を通じて、発明やデザイン、ブランドを守り、日本の産業の発展を支えています。審査官は、出願された発明が新しいものかどうかを、世界中の文献と照らし合わせて判断します。",
                      "技術の最先端に触れながら、知的財産制度の企画立案や国際交渉にも携わることができます。理系の専門性を生かして、行政官としてのキャリアを築いてみませんか。"]},
    "initiativesIntro": {"title": "ワークライフバランス",
                         "text": "審査官一人一人が専門性を生かし、長く働き続けられる職場環境づくりに取り組んでいます。"},
    "initiatives": [
        {"title": "在宅での審査業務",
         "text": "審査に必要なシステムを自宅からも利用でき、多くの審査官が週２日以上テレワークで審査を行っています。"},
        {"title": "フレックスタイム制",
         "text": "始業・終業時刻を柔軟に設定でき、子の送迎や通院などと両立しながら働くことができます。"},
        {"title": "オンライン面接審査",
         "text": "出願人や代理人との面接をオンラインで行い、移動の負担を減らしながら丁寧な審査を実現しています。"},
    ],
    "supportTitle": "両立支援",
    "supportSystems": [
        {"name": "産前・産後休暇",
         "text": "産前６週間（多胎妊娠の場合は14週間）、産後８週間の特別休暇です。"},
        {"name": "育児休業",
         "text": "子が３歳に達するまで、男女を問わず取得できます。"},
        {"name": "育児短時間勤務",
         "text": "小学校就学前の子を養育する職員が、勤務時間を短縮して勤務できます。"},
        {"name": "介護休暇",
         "text": "家族の介護のため、通算６月以内の期間で取得できます。"},
    ],
    "supportSource": "参考：人事院 両立支援制度の概要",
    "training": {"title": "研修制度",
                 "paragraphs": ["　審査官補として採用された職員は、約２年間の審査官補研修で特許法などの知識と審査の実務を学び、審査官へ昇任します。",
                                "　その後も、海外の大学院や外国の知的財産庁への派遣、経済産業省本省や他府省への出向など、多様なキャリアを積む機会があります。令和6年3月現在、総合職職員15名が海外で研究・勤務しています。"]},
    "runningFooter": "特許庁 総合職採用パンフレット 2024",
}

# ---- 防衛省 (full-width digits throughout) ----------------------------------------------

MOD_2025 = {
    "fixture": "mod-2025",
    "organization": "防衛省",
    "document": "総合職採用案内",
    "asOfText": "令和７年４月現在",
    "zen": True,
    "contacts": [
        {"track": "総合職事務系", "office": "大臣官房秘書課", "location": "防衛省Ａ棟１１階",
         "tel": ["０３－３２６８－３１１１（内線２０３１５）"],
         "email": ["jimukan-saiyo@mod.go.jp"]},
        {"track": "総合職技術系（施設）", "office": "整備計画局施設計画課", "location": "防衛省Ａ棟１５階",
         "tel": ["０３－３２６８－３１１１（内線２４０６２）"],
         "email": ["shisetsu-saiyo@mod.go.jp"]},
        {"track": "総合職技術系（装備）", "office": "防衛装備庁長官官房人事官付", "location": "防衛省Ｄ棟７階",
         "tel": ["０３－３２６８－３１１１（内線３６１０５）", "０３－３２６０－１２９７（直通）"],
         "email": ["soubi-saiyo@atla.mod.go.jp"]},
    ],
    "access": {
        "address": "東京都新宿区市谷本村町５－１",
        "routes": [
            "ＪＲ 中央・総武線（各駅停車）『市ケ谷』駅 徒歩約１３分",
            "東京メトロ 有楽町線・南北線『市ケ谷』駅 ７番出口 徒歩約１０分",
            "都営地下鉄 新宿線『曙橋』駅 Ａ３出口 徒歩約８分",
        ],
    },
    "hiring": {
        "intro": ["総合職（事務系・技術系）の採用者数の推移"],
        "note": "※（　）内は女性の数（内数）",
        "tracks": {"admin": "事務系", "tech": "技術系"},
        "rows": [hrow(2021, "令和３年度", (42, 12), (28, 9), (14, 3)),
                 hrow(2022, "令和４年度", (45, 15), (30, 11), (15, 4)),
                 hrow(2023, "令和５年度", (44, 15), (27, 10), (17, 5)),
                 hrow(2024, "令和６年度", (47, 17), (31, 12), (16, 5)),
                 hrow(2025, "令和７年度", (50, 19), (32, 13), (18, 6), planned=True)],
        "suffix": "（予定）",
    },
    "assignments": {
        "intro": "令和６年度入省者（総合職）の配属先（令和７年４月現在）",
        "cohort": 2024, "unit": "名",
        "rows": [("大臣官房", 4, 1), ("防衛政策局", 6, None), ("整備計画局", 3, 4),
                 ("人事教育局", 3, None), ("地方協力局", 4, 2), ("統合幕僚監部", 2, None),
                 ("防衛装備庁", 3, 6), ("地方防衛局", 4, 3), ("他府省・出向", 2, None)],
    },
    "exams": {
        "title": "令和７年度採用予定者の試験区分", "fiscalYear": 2025,
        "entries": [("事務系", "大卒程度試験", [("法律", 10), ("経済", 5), ("政治・国際", 7), ("教養", 4)]),
                    ("事務系", "院卒程度試験", [("行政", 5), ("法務", 1)]),
                    ("技術系", "大卒程度試験", [("工学", 7), ("デジタル", 3), ("数理科学・物理・地球科学", 1)]),
                    ("技術系", "院卒程度試験", [("工学", 5), ("デジタル", 2)])],
        "fmt": lambda br: Z("、".join(f"{c}：{n}名" for c, n in br)),
    },
    "lead": {"title": "日本の平和と独立を守る仕事",
             "text": ["防衛省は、自衛隊を管理・運営し、我が国の平和と独立、国の安全を守るための政策を担っています。",
                      "防衛政策の企画立案から装備品の研究開発、基地周辺の地域との調整まで、事務官・技官が幅広く活躍しています。"]},
    "initiativesIntro": {"title": "働き方改革の取組",
                         "text": "「防衛省における働き方改革推進のための取組計画」に基づき、業務の効率化と職員の健康管理を進めています。"},
    "initiatives": [
        {"title": "テレワーク・フレックスタイム",
         "text": "秘密保全に配慮した上でテレワークを活用し、フレックスタイム制と組み合わせた柔軟な勤務ができます。"},
        {"title": "定時退庁日の設定",
         "text": "毎週水曜日を定時退庁日とし、幹部が率先して退庁することで、メリハリのある働き方を進めています。"},
        {"title": "業務の見直し",
         "text": "会議や資料の削減、決裁の電子化を進め、職員が本来の業務に集中できる環境を整えています。"},
    ],
    "supportTitle": "両立支援制度",
    "supportSystems": [
        {"name": "育児休業", "text": "子が３歳に達する日まで、男女を問わず取得できます。"},
        {"name": "育児短時間勤務", "text": "小学校就学前の子を養育するため、勤務時間を短縮して勤務できます。"},
        {"name": "配偶者出産休暇", "text": "妻の出産に伴う入退院の付き添い等のため、２日以内で取得できます。"},
        {"name": "介護休暇", "text": "要介護状態の家族を介護するため、通算６月以内の期間で取得できます。"},
        {"name": "庁内託児施設", "text": "市ヶ谷地区の庁内託児施設を、子を養育する職員が利用できます（定員あり）。"},
    ],
    "supportSource": None,
    "training": {"title": "人材育成",
                 "paragraphs": ["　入省後は、新規採用職員研修に続いて、自衛隊の部隊で隊員と共に生活しながら訓練を体験する部隊研修を行います。",
                                "　また、防衛研究所での研修、海外の大学院への留学、在外公館や国際機関への出向の機会があります。令和７年４月現在、総合職職員１６名が海外で研究・勤務しています。"]},
}


# ======================================================================================
# Facts (same schema as ../brochures/*.facts.json) and their arithmetic checks
# ======================================================================================

def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def parse_fy(label):
    s = nfkc(label)
    if "令和元" in s:
        return 2019
    m = re.search(r"令和(\d+)", s) or re.search(r"R(\d+)", s)
    if m:
        return 2018 + int(m.group(1))
    m = re.search(r"(\d{4})年度", s)
    if m:
        return int(m.group(1))
    raise Refuse(f"cannot read a fiscal year from {label!r}")


def parse_asof(text):
    m = re.fullmatch(r"令和(\d+|元)年(\d+)月現在", nfkc(text))
    if not m:
        raise Refuse(f"bad edition text {text!r}")
    y = 2019 if m.group(1) == "元" else 2018 + int(m.group(1))
    return y, f"{y}-{int(m.group(2)):02d}"


def parse_count(text):
    m = re.fullmatch(r"(\d+)\((\d+)\)", nfkc(text))
    if not m:
        raise Refuse(f"bad count {text!r}")
    return int(m.group(1)), int(m.group(2))


def count_text(C, cw):
    return cnt(cw[0], cw[1], C.get("zen", False))


def label_text(C, row):
    return row["label"] + (C["hiring"]["suffix"] if row["planned"] else "")


def assign_text(C, n):
    if n is None:
        return ""
    s = f"{n}{C['assignments']['unit']}"
    return Z(s) if C.get("zen") else s


def exam_text(C, br):
    return C["exams"]["fmt"](br)


def build_facts(C, pages):
    year, asof = parse_asof(C["asOfText"])
    h = C["hiring"]
    rows = []
    for r in h["rows"]:
        row = {"fiscalYear": r["fy"], "label": r["label"], "labelText": label_text(C, r),
               "planned": r["planned"]}
        for key in ("total", "admin", "tech"):
            t = count_text(C, r[key])
            c, w = parse_count(t)
            row[key] = {"count": c, "women": w, "text": t}
        rows.append(row)
    a = C["assignments"]
    arows = [{"unit": u, "admin": ad, "tech": te} for u, ad, te in a["rows"]]
    e = C["exams"]
    entries = [{"track": tr, "exam": ex, "text": exam_text(C, br),
                "breakdown": [{"category": c, "count": n} for c, n in br],
                "total": sum(n for _, n in br)} for tr, ex, br in e["entries"]]
    facts = {
        "fixture": C["fixture"],
        "organization": C["organization"],
        "document": C["document"],
        "edition": {"year": year, "asOf": asof, "asOfText": C["asOfText"]},
        "pages": pages,
        "contacts": C["contacts"],
        "access": C["access"],
        "assignments": {
            "cohortFiscalYear": a["cohort"],
            "intro": a["intro"],
            "tracks": {"admin": "事務系", "tech": "技術系"},
            "rows": arows,
            "totals": {"admin": sum(r["admin"] or 0 for r in arows),
                       "tech": sum(r["tech"] or 0 for r in arows)},
        },
        "hiring": {"intro": h["intro"], "note": h["note"], "tracks": h["tracks"], "rows": rows},
        "exams": {"title": e["title"], "fiscalYear": e["fiscalYear"], "entries": entries},
        "lead": C["lead"],
        "initiativesIntro": C["initiativesIntro"],
        "initiatives": C["initiatives"],
        "supportTitle": C["supportTitle"],
        "supportSystems": C["supportSystems"],
        "supportSource": C["supportSource"],
        "training": C["training"],
    }
    for k in ("runningHeader", "runningFooter"):
        if k in C:
            facts[k] = C[k]
    return facts


def check_facts(f):
    errs = []
    rows = f["hiring"]["rows"]
    for r in rows:
        if parse_fy(r["label"]) != r["fiscalYear"]:
            errs.append(f"label {r['label']} is not FY{r['fiscalYear']}")
        for k in ("count", "women"):
            if r["total"][k] != r["admin"][k] + r["tech"][k]:
                errs.append(f"FY{r['fiscalYear']}: total {k} != admin + tech")
        for key in ("total", "admin", "tech"):
            if r[key]["women"] > r[key]["count"]:
                errs.append(f"FY{r['fiscalYear']} {key}: more women than people")
    fys = [r["fiscalYear"] for r in rows]
    if fys != sorted(fys) or len(set(fys)) != len(fys):
        errs.append("hiring years not increasing")
    planned = [r for r in rows if r["planned"]]
    if len(planned) != 1 or planned[0] is not rows[-1]:
        errs.append("exactly the last hiring row must be planned")
    actual = [r for r in rows if not r["planned"]]
    a = f["assignments"]
    cohort = actual[-1]
    if a["cohortFiscalYear"] != cohort["fiscalYear"]:
        errs.append("assignment cohort is not the last actual year")
    if a["totals"]["admin"] != cohort["admin"]["count"] or a["totals"]["tech"] != cohort["tech"]["count"]:
        errs.append(f"assignment sums {a['totals']} != cohort {cohort['admin']['count']}/{cohort['tech']['count']}")
    e = f["exams"]
    if e["fiscalYear"] != planned[0]["fiscalYear"]:
        errs.append("exam year is not the planned year")
    for track, key in (("事務系", "admin"), ("技術系", "tech")):
        s = sum(x["total"] for x in e["entries"] if x["track"] == track)
        if s != planned[0][key]["count"]:
            errs.append(f"exam {track} sums to {s}, planned {planned[0][key]['count']}")
    for x in e["entries"]:
        if x["total"] != sum(b["count"] for b in x["breakdown"]):
            errs.append("exam entry total")
    if f["edition"]["year"] != planned[0]["fiscalYear"]:
        errs.append("edition year is not the planned year")
    if errs:
        raise Refuse(f"{f['fixture']}: " + "; ".join(errs))


def check_editions(older, newer):
    """Consecutive editions: shared actual cohorts identical; the older edition's planned
    row differs from the newer edition's actual row for that year."""
    o = {r["fiscalYear"]: r for r in older["hiring"]["rows"]}
    n = {r["fiscalYear"]: r for r in newer["hiring"]["rows"]}

    def nums(r):
        return [(r[k]["count"], r[k]["women"]) for k in ("total", "admin", "tech")]

    for fy in sorted(set(o) & set(n)):
        if not o[fy]["planned"] and not n[fy]["planned"] and nums(o[fy]) != nums(n[fy]):
            raise Refuse(f"FY{fy} differs between {older['fixture']} and {newer['fixture']}")
        if o[fy]["planned"] and not n[fy]["planned"] and nums(o[fy]) == nums(n[fy]):
            raise Refuse(f"FY{fy}: planned row of {older['fixture']} equals the later actual")


def norm(s):
    return "".join(nfkc(s).split()).replace("〜", "~").replace("～", "~")


def check_printed(f, expected):
    """Every fact string must be printed (whitespace aside): facts match the page."""
    drawn = norm(expected)
    want = [f["organization"], f["edition"]["asOfText"], f["access"]["address"]]
    for c in f["contacts"]:
        want += [c["track"], c["office"], c["location"]] + c["tel"] + c["email"]
    want += f["access"]["routes"]
    want += [f["assignments"]["intro"], f["hiring"]["note"], f["exams"]["title"]] + f["hiring"]["intro"]
    for r in f["assignments"]["rows"]:
        want.append(r["unit"])
    for r in f["hiring"]["rows"]:
        want += [r["labelText"], r["total"]["text"], r["admin"]["text"], r["tech"]["text"]]
    for x in f["exams"]["entries"]:
        want += [x["track"], x["exam"]] + [b["category"] for b in x["breakdown"]]
        if not f.get("_examMatrix"):
            want.append(x["text"])
    want += [f["lead"]["title"]] + f["lead"]["text"]
    want += [f["initiativesIntro"]["title"], f["initiativesIntro"]["text"]]
    for i in f["initiatives"]:
        want += [i["title"], i["text"]]
    want.append(f["supportTitle"])
    for s in f["supportSystems"]:
        want += [s["name"], s["text"]]
    if f["supportSource"]:
        want.append(f["supportSource"])
    want += [f["training"]["title"]] + f["training"]["paragraphs"]
    missing = [w for w in want if norm(w) not in drawn]
    if missing:
        raise Refuse(f"{f['fixture']}: facts not printed: {missing}")


# ======================================================================================
# Layouts
# ======================================================================================

def contact_lines(C, c, tel_label, mail_label, joiner=None):
    """The phone / mail lines of one contact, as drawn."""
    if joiner:
        return [tel_label + joiner.join(c["tel"])], [mail_label + m for m in c["email"]]
    return [tel_label + c["tel"][0]] + c["tel"][1:], [mail_label + m for m in c["email"]]


def hiring_rows_table(C, head_label="年度", two_line_planned=False):
    rows = [[head_label, "合計", C["hiring"]["tracks"]["admin"], C["hiring"]["tracks"]["tech"]]]
    for r in C["hiring"]["rows"]:
        lab = r["label"] + ("\n" if two_line_planned else "") + C["hiring"]["suffix"] if r["planned"] else r["label"]
        rows.append([lab, count_text(C, r["total"]), count_text(C, r["admin"]), count_text(C, r["tech"])])
    return rows


def assign_rows_table(C, corner=""):
    rows = [[corner, "事務系", "技術系"]]
    for u, ad, te in C["assignments"]["rows"]:
        rows.append([u, assign_text(C, ad), assign_text(C, te)])
    return rows


def exam_rows_table(C, head=("区分", "試験", "内訳")):
    rows = [list(head)]
    entries = C["exams"]["entries"]
    i = 0
    while i < len(entries):
        track = entries[i][0]
        group = [e for e in entries if e[0] == track]
        for k, (tr, ex, br) in enumerate(group):
            rows.append([(tr, len(group)) if k == 0 else "", ex, exam_text(C, br)])
        i += len(group)
    return rows


# ---- mext-2024: A4 landscape, 3 columns, numbered white-on-navy band headings ---------

NAVY = HexColor("#1F3A68")
NAVY_T = HexColor("#E6ECF5")


def mext2024(C):
    W, H = A4L
    L, R, TOP, BOT = 30, 30, 26, 30
    pages = []

    def band(col, text, width=None):
        w = width or col.w
        col.pg.rect(col.x, col.top - 17, w, 17, fill=NAVY)
        it = col.pg.text(col.x + 6, col.top - 12.2, text, "G", 10, white, cs=0.6)
        col.pg.emit([it])
        col.top -= 17 + 7

    # ---------------- page 1
    pg = Page(A4L, BOT)
    pages.append(pg)
    by = H - TOP - 44
    pg.rect(L, by, W - L - R, 44, fill=NAVY)
    pg.rect(L, by - 3, W - L - R, 1.6, fill=HexColor("#C9A227"))
    t1 = pg.text(L + 16, by + 14, "文部科学省", "G", 21, white)
    t2 = pg.text(t1.x + t1.width + 14, by + 14, "総合職採用案内 2024", "G", 13, white)
    pg.emit([t1, t2])
    line1(pg, W - R, by - 10, C["asOfText"], "G", 9, DARK, align="r")
    top = by - 30
    gut = 20
    cw = (W - L - R - 2 * gut) / 3
    c1, c2, c3 = (Col(pg, L + i * (cw + gut), cw, top) for i in range(3))

    c1.para(C["lead"]["title"], "G", 12.5, 17, color=NAVY, gap=7)
    for p in C["lead"]["text"]:
        c1.para(p, "M", 8.8, 14.5, gap=4)
    c1.gap(10)
    band(c1, "1　採用者数の推移")
    c1.line(C["hiring"]["intro"][0], "M", 8.5, gap=6)
    c1.table([1.5, 1, 1, 1], hiring_rows_table(C, two_line_planned=True), nowrap=(1, 2, 3), rules="h", size=8.8,
             hsize=8.8, vpad=3.8, align=["l", "c", "c", "c"], rule_color=NAVY, gap=5)
    c1.line(C["hiring"]["note"], "M", 7.8)

    band(c2, "2　配属先")
    c2.para(C["assignments"]["intro"], "M", 8.4, 13, gap=5)
    c2.table([2.7, 1, 1], assign_rows_table(C), nowrap=(0, 1, 2), rules="none", zebra=NAVY_T, head_fill=NAVY,
             head_color=white, size=8.6, vpad=3.1, align=["l", "c", "c"], gap=14)
    band(c2, "3　採用試験の区分")
    c2.line(C["exams"]["title"], "M", 8.4, gap=6)
    c2.table([0.85, 1.3, 3.0], exam_rows_table(C), rules="booktabs", size=8.0, hsize=8.4,
             valign="t", vpad=4, align=["l", "l", "l"], rule_color=NAVY, lw=0.6)

    band(c3, "4　お問い合わせ先")
    for c in C["contacts"]:
        c3.line(c["track"], "G", 9.5, NAVY, gap=5)
        c3.line(c["office"], "M", 9, gap=4)
        c3.line(c["location"], "M", 8.5, gap=4)
        lab = "TEL："
        it = line1(pg, c3.x, c3.top, lab + c["tel"][0], "M", 8.6)
        c3.top -= 8.6 + 4
        for t in c["tel"][1:]:
            line1(pg, c3.x + sw(lab, "M", 8.6), c3.top, t, "M", 8.6)
            c3.top -= 8.6 + 4
        for m in c["email"]:
            c3.line("E-mail：" + m, "M", 8.6, gap=4)
        c3.gap(9)
    c3.gap(4)
    band(c3, "5　所在地・交通")
    c3.para(C["access"]["address"], "M", 8.8, 13.5, gap=5)
    for r in C["access"]["routes"]:
        pg.rect(c3.x + 1, c3.top - 7.2, 5, 5, fill=NAVY)
        c3.top = para(pg, c3.x, c3.top, c3.w, r, "M", 8.5, 13.2, indent=10) - 5
    # map placeholder (graphics only)
    mh = 92
    my = c3.top - 6 - mh
    pg.rect(c3.x, my, c3.w, mh, fill=HexColor("#F2F2F2"), stroke=GREY, lw=0.5)
    for k in range(1, 5):
        pg.line(c3.x + k * c3.w / 5, my, c3.x + k * c3.w / 5 - 18, my + mh, HexColor("#D0D0D0"), 3)
    pg.line(c3.x, my + mh * 0.45, c3.right, my + mh * 0.55, HexColor("#D0D0D0"), 5)
    pg.rect(c3.x + c3.w * 0.52, my + mh * 0.58, 26, 18, fill=NAVY)
    for col in (c1, c2, c3):
        if col.top < BOT:
            raise Refuse("mext-2024 p1 column overflow")

    # ---------------- page 2
    pg = Page(A4L, BOT)
    pages.append(pg)
    top = H - 34
    pg.rect(L, H - 22, W - L - R, 2, fill=NAVY)
    wide = Col(pg, L, 2 * cw + gut, top)
    band(wide, "6　" + C["initiativesIntro"]["title"])
    wide.para(C["initiativesIntro"]["text"], "M", 9.6, 15.5, gap=12)
    sub_w = cw
    a, b = Col(pg, L, sub_w, wide.top), Col(pg, L + cw + gut, sub_w, wide.top)
    for k, it in enumerate(C["initiatives"]):
        col = a if k < 2 else b
        pg.rect(col.x + 0.5, col.top - 8.5, 6, 6, fill=HexColor("#C9A227"))
        line1(pg, col.x + 11, col.top, it["title"], "G", 10.5, NAVY)
        col.top -= 10.5 + 6
        col.para(it["text"], "M", 9.4, 15.5, gap=16)
    c3 = Col(pg, L + 2 * (cw + gut), cw, top)
    band(c3, "7　" + C["training"]["title"])
    for p in C["training"]["paragraphs"]:
        c3.para(p, "M", 9.4, 15.5, gap=5)
    ph = 84
    pg.rect(c3.x, c3.top - 6 - ph, c3.w, ph, fill=HexColor("#DDE3EA"))
    pg.circle(c3.x + c3.w * 0.3, c3.top - 6 - ph * 0.45, 14, HexColor("#B8C2CE"))
    pg.circle(c3.x + c3.w * 0.62, c3.top - 6 - ph * 0.5, 17, HexColor("#B8C2CE"))
    c3.top -= ph + 6
    low = min(a.top, b.top, c3.top) - 22
    full = Col(pg, L, W - L - R, low)
    band(full, "8　" + C["supportTitle"])
    rows = [["制度", "内容"]] + [[s["name"], s["text"]] for s in C["supportSystems"]]
    full.table([1, 5.2], rows, rules="h", size=9.4, vpad=5.6, align=["l", "l"], halign=["l", "l"],
               rule_color=NAVY, zebra=None, col_fonts=["G", "M"], gap=5)
    full.line(C["supportSource"], "M", 7.8, align="r")
    if full.top < BOT:
        raise Refuse("mext-2024 p2 overflow")
    return pages


# ======================================================================================
# Driver
# ======================================================================================

BROCHURES = {}   # filled at the bottom: name -> (content, layout)


def expected_text(pages):
    return "\n\f\n".join("\n".join(pg.lines) for pg in pages) + "\n"


def build(name):
    C, layout = BROCHURES[name]
    pages = layout(C)
    for i, pg in enumerate(pages, 1):
        check_page(pg, f"{name} p{i}")
    furniture_check(name, pages)
    facts = build_facts(C, len(pages))
    check_facts(facts)
    exp = expected_text(pages)
    f2 = dict(facts)
    f2["_examMatrix"] = C["exams"].get("matrix", False)
    check_printed(f2, exp)
    return C, pages, facts, exp


def furniture_check(name, pages):
    """Running headers / footers / page numbers sit at the same place on every page."""
    if len(pages) < 2:
        return
    sigs = []
    for pg in pages:
        sigs.append(sorted((round(i.y, 2), i.font, i.size) for i in pg.items if i.furniture))
    if any(s != sigs[0] for s in sigs):
        raise Refuse(f"{name}: furniture differs between pages")


def main(argv):
    names = argv or list(BROCHURES)
    os.makedirs(OUT, exist_ok=True)
    for name in names:
        if name not in BROCHURES:
            raise SystemExit(f"unknown brochure {name}; choose from {', '.join(BROCHURES)}")
    # consecutive editions are checked against each other whatever is asked for
    for a, b in EDITION_PAIRS:
        fa, fb = build(a)[2], build(b)[2]
        check_editions(fa, fb)
    for name in names:
        C, pages, facts, exp = build(name)
        base = os.path.join(OUT, name)
        render(base + ".pdf", pages, name)
        with open(base + ".facts.json", "w", encoding="utf-8") as fh:
            json.dump(facts, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        with open(base + ".expected.txt", "w", encoding="utf-8") as fh:
            fh.write(exp)
        n_items = sum(len(p.items) for p in pages)
        print(f"{name}: {len(pages)} page(s), {n_items} text objects")


EDITION_PAIRS = [("mext-2024", "mext-2025")]


# ---- mext-2025: JIS B5, running header + page number, left sidebar, underlined headings,
#      vertical white-on-green heading -------------------------------------------------

GREEN = HexColor("#1E6B52")
GREEN_T = HexColor("#EAF3EE")
GREEN_Z = HexColor("#DCEBE2")


def mext2025(C):
    W, H = B5J
    L, R, BOT = 30, 30, 40
    pages = []

    def furniture(pg, pno):
        pg.text(L, H - 26, C["runningHeader"], "G", 7.5, GREY, furniture=True)
        pg.line(L, H - 31, W - R, H - 31, GREY, 0.4)
        pg.text(W - R, 22, f"P.{pno}", "G", 7.5, GREY, align="r", furniture=True)

    def head(col, text):
        line1(col.pg, col.x, col.top, text, "G", 10.5, GREEN)
        y = col.top - 10.5 - 3.5
        col.pg.line(col.x, y, col.right, y, GREEN, 0.5)
        col.pg.rect(col.x, y - 1, 30, 2.2, fill=GREEN)
        col.top = y - 7

    # ---------------- page 1
    pg = Page(B5J, BOT)
    pages.append(pg)
    furniture(pg, 1)
    full = Col(pg, L, W - L - R, H - 46)
    full.line(C["organization"], "G", 19, GREEN, gap=5)
    full.line("総合職採用案内 2025", "G", 12.5, DARK, gap=3)
    full.line(C["asOfText"], "M", 8.5, align="r", gap=8)
    full.para(C["lead"]["title"], "G", 11.5, 16, color=GREEN, gap=5)
    for p in C["lead"]["text"]:
        full.para(p, "M", 8.6, 13.6, gap=3)
    top = full.top - 10
    sw_ = 150
    pg.rect(L, BOT - 4, sw_, top - BOT + 4, fill=GREEN_T)
    side = Col(pg, L + 8, sw_ - 16, top - 9)
    main = Col(pg, L + sw_ + 14, W - R - (L + sw_ + 14), top)

    head(side, "問い合わせ先")
    for c in C["contacts"]:
        side.line(c["track"], "G", 9.2, GREEN, gap=4.5)
        side.para(c["office"], "M", 8.6, 13, gap=3.5)
        side.para("（" + c["location"] + "）", "M", 8.2, 12.5, gap=3.5)
        for t in c["tel"]:
            side.line("Tel. " + t, "M", 8.2, gap=4.5)
        for m in c["email"]:
            side.line("Mail. " + m, "M", 8.0, gap=4.5)
        side.gap(12)
    side.gap(4)
    head(side, "交通アクセス")
    side.para(C["access"]["address"], "M", 8.4, 13, gap=6)
    for r in C["access"]["routes"]:
        side.para("・" + r, "M", 8.2, 12.6, gap=5)

    head(main, "採用状況")
    main.line(C["hiring"]["intro"][0], "M", 8.4, gap=5)
    main.table([1.35, 1, 1, 1], hiring_rows_table(C), nowrap=(1, 2, 3), rules="none", zebra=GREEN_Z, size=9.4,
               hsize=9.0, vpad=5.4, head_color=GREEN, align=["l", "c", "c", "c"], gap=4)
    main.line(C["hiring"]["note"], "M", 8.0, gap=20)
    head(main, "配属状況")
    main.para(C["assignments"]["intro"], "M", 8.2, 12.5, gap=5)
    main.table([2.6, 1, 1], assign_rows_table(C), nowrap=(0, 1, 2), rules="grid", head_fill=HexColor("#EEEEEE"),
               size=9.0, vpad=4.6, align=["l", "r", "r"], lw=0.45)
    if min(side.top, main.top) < BOT:
        raise Refuse("mext-2025 p1 overflow")

    # ---------------- page 2
    pg = Page(B5J, BOT)
    pages.append(pg)
    furniture(pg, 2)
    full = Col(pg, L, W - L - R, H - 46)
    head(full, "試験区分別の採用予定")
    full.line(C["exams"]["title"], "M", 8.8, gap=6)
    full.table([0.8, 1.25, 4.2], exam_rows_table(C), rules="grid", head_fill=HexColor("#EEEEEE"),
               size=9.0, vpad=5.2, align=["c", "l", "l"], lw=0.45, gap=22)
    gut = 18
    cw = (full.w - gut) / 2
    a = Col(pg, L, cw, full.top)
    b = Col(pg, L + cw + gut, cw, full.top)
    head(a, C["initiativesIntro"]["title"])
    a.para(C["initiativesIntro"]["text"], "M", 9.0, 14.5, gap=10)
    for it in C["initiatives"]:
        a.line(it["title"], "G", 9.6, DARK, gap=4.5)
        a.para(it["text"], "M", 8.8, 14.2, gap=11)
    head(b, C["supportTitle"])
    for s in C["supportSystems"]:
        b.line(s["name"], "G", 9.6, DARK, gap=4.5)
        b.para(s["text"], "M", 8.8, 14.2, gap=11)
    top = min(a.top, b.top) - 18
    # training: vertical heading on a dark strip, text to its right
    strip_w = 24
    body = Col(pg, L + strip_w + 10, W - R - (L + strip_w + 10), top - 6)
    vh_bottom = vhead(pg, L + strip_w / 2, top - 9, C["training"]["title"], "G", 11.5, white, step=14)
    for p in C["training"]["paragraphs"]:
        body.para(p, "M", 9.0, 14.6, gap=4)
    bottom = min(vh_bottom - 9, body.top - 4)
    pg.rect(L, bottom, strip_w, top - bottom, fill=GREEN)
    pg.line(L + strip_w, bottom, W - R, bottom, GREEN, 0.6)
    pg.line(L + strip_w, top, W - R, top, GREEN, 0.6)
    if bottom < BOT:
        raise Refuse("mext-2025 p2 overflow")
    return pages


# ---- meti-2025: one A3 landscape sheet = a two-page A4 spread; the support section flows
#      from the left page into the right page; transposed zebra hiring table; exam matrix;
#      English kickers over the headings; page numbers on each half (furniture) ---------

BLUE = HexColor("#005BAC")
BLUE_T = HexColor("#EAF2FA")
BLUE_Z = HexColor("#E3EDF7")
ORANGE = HexColor("#E8732B")


def exam_matrix_rows(C):
    rows = [["区分", "試験区分", "大卒程度試験", "院卒程度試験"]]
    ents = C["exams"]["entries"]
    zen = C.get("zen", False)
    for track in ("事務系", "技術系"):
        by = {ex: dict(br) for tr, ex, br in ents if tr == track}
        cats = []
        for ex in ("大卒程度試験", "院卒程度試験"):
            for c in by.get(ex, {}):
                if c not in cats:
                    cats.append(c)
        for k, cat in enumerate(cats):
            cells = []
            for ex in ("大卒程度試験", "院卒程度試験"):
                n = by.get(ex, {}).get(cat)
                cells.append("―" if n is None else (Z(f"{n}名") if zen else f"{n}名"))
            rows.append([(track, len(cats)) if k == 0 else "", cat] + cells)
    return rows


def meti2025(C):
    W, H = A3L
    HALF = W / 2
    BOT = 50
    pg = Page(A3L, BOT)
    # page numbers of the two halves (furniture)
    pg.text(40, 26, "1", "G", 8.5, GREY, furniture=True)
    pg.text(W - 40, 26, "2", "G", 8.5, GREY, align="r", furniture=True)
    pg.line(40, 38, HALF - 32, 38, HexColor("#BBBBBB"), 0.4)
    pg.line(HALF + 32, 38, W - 40, 38, HexColor("#BBBBBB"), 0.4)

    def head(col, kicker, text):
        line1(col.pg, col.x, col.top, kicker, "G", 7.2, ORANGE, cs=1.6)
        col.top -= 7.2 + 4
        col.pg.rect(col.x, col.top - 13.5, 4, 14.5, fill=ORANGE)
        it = line1(col.pg, col.x + 10, col.top, text, "G", 13, BLUE)
        if it.x + it.width > col.right:
            raise Refuse(f"heading {text!r} too wide")
        col.top -= 13 + 9

    # ================= left page
    Lx, Lw = 40, HALF - 32 - 40
    top = H - 40
    bh = 112
    pg.rect(Lx, top - bh, Lw, bh, fill=BLUE)
    t = Col(pg, Lx + 20, Lw - 40, top - 20)
    t.line(C["organization"], "G", 30, white, gap=10)
    t.line("総合職採用案内 2025", "G", 15, white, gap=9)
    t.line(C["asOfText"], "G", 9, white)
    left = Col(pg, Lx, Lw, top - bh - 20)
    left.para(C["lead"]["title"], "G", 15, 21, color=BLUE, gap=8)
    for p in C["lead"]["text"]:
        left.para(p, "M", 10.2, 17.4, gap=4)
    left.gap(24)
    head(left, "CAREER", C["training"]["title"])
    for p in C["training"]["paragraphs"]:
        left.para(p, "M", 9.8, 16.4, gap=4)
    ph = 64
    pg.rect(left.x, left.top - 8 - ph, left.w * 0.48, ph, fill=HexColor("#D9E2EC"))
    pg.rect(left.x + left.w * 0.52, left.top - 8 - ph, left.w * 0.48, ph, fill=HexColor("#D9E2EC"))
    pg.circle(left.x + left.w * 0.24, left.top - 8 - ph * 0.5, 18, HexColor("#B4C3D3"))
    pg.circle(left.x + left.w * 0.76, left.top - 8 - ph * 0.5, 18, HexColor("#B4C3D3"))
    left.gap(ph + 8 + 20)
    head(left, "WORK STYLE", C["initiativesIntro"]["title"])
    left.para(C["initiativesIntro"]["text"], "M", 9.8, 16.4, gap=10)
    for it in C["initiatives"]:
        left.line(it["title"], "G", 10.5, BLUE, gap=5)
        left.para(it["text"], "M", 9.6, 16, gap=11)
    left.gap(12)
    head(left, "SUPPORT", C["supportTitle"])
    sup = C["supportSystems"]
    for s in sup[:2]:
        left.line(s["name"], "G", 10.5, BLUE, gap=5)
        left.para(s["text"], "M", 9.6, 16, gap=12)
    if left.top < BOT:
        raise Refuse("meti left page overflow")

    # ================= right page
    Rx = HALF + 32
    Rw = W - 40 - Rx
    right = Col(pg, Rx, Rw, H - 40)
    for s in sup[2:]:
        right.line(s["name"], "G", 10.5, BLUE, gap=5)
        right.para(s["text"], "M", 9.6, 16, gap=12)
    right.gap(14)
    head(right, "DATA", "採用実績")
    right.line(C["hiring"]["intro"][0], "M", 9, gap=6)
    h = C["hiring"]
    rows = [["年度"] + [(r["label"] + "\n" + h["suffix"]) if r["planned"] else r["label"] for r in h["rows"]]]
    for key, lab in (("total", "合計"), ("admin", h["tracks"]["admin"]), ("tech", h["tracks"]["tech"])):
        rows.append([lab] + [count_text(C, r[key]) for r in h["rows"]])
    right.table([1.0, 1, 1, 1, 1, 1.1], rows, nowrap=(1, 2, 3, 4, 5), rules="booktabs", zebra=BLUE_Z, size=9.2, hsize=9,
                vpad=5.6, align=["l"] + ["c"] * 5, rule_color=BLUE, lw=0.6, gap=5)
    right.line(h["note"], "M", 8, gap=22)
    gut = 20
    cw = (Rw - gut) * 0.47
    a, b = Col(pg, Rx, cw, right.top), Col(pg, Rx + cw + gut, Rw - gut - cw, right.top)
    head(a, "ASSIGNMENT", "入省後の配属")
    a.para(C["assignments"]["intro"], "M", 8.6, 13.4, gap=3)
    a.line("（単位：人）", "M", 7.6, align="r", gap=4)
    a.table([2.9, 1, 1], assign_rows_table(C), nowrap=(0, 1, 2), rules="h", size=8.8, vpad=3.6,
            align=["l", "c", "c"], rule_color=BLUE, lw=0.4)
    head(b, "EXAM", "採用予定者の試験区分")
    b.para(C["exams"]["title"], "M", 8.6, 13.4, gap=6)
    b.table([0.72, 2.1, 1.05, 1.05], exam_matrix_rows(C), rules="grid", size=8.4, hsize=8.0, vpad=3.5,
            head_fill=BLUE_Z, align=["c", "l", "c", "c"], lw=0.4, rule_color=HexColor("#9DB7D5"))
    top = min(a.top, b.top) - 22
    # contact / access box
    box_top = top
    inner = Col(pg, Rx + 14, Rw - 28, box_top - 12)
    cw1 = inner.w * 0.56
    c1 = Col(pg, inner.x, cw1, inner.top)
    c2 = Col(pg, inner.x + cw1 + 18, inner.w - cw1 - 18, inner.top)
    head(c1, "CONTACT", "採用に関するお問い合わせ")
    for c in C["contacts"]:
        c1.line(c["track"], "G", 9.6, BLUE, gap=4)
        c1.para(f"{c['office']}（{c['location']}）", "M", 8.8, 13.4, gap=3)
        c1.para("TEL " + "／".join(c["tel"]), "M", 8.6, 13.2, gap=3)
        for m in c["email"]:
            c1.line("MAIL " + m, "M", 8.6, gap=9)
    head(c2, "ACCESS", "アクセス")
    c2.para(C["access"]["address"], "M", 8.8, 13.4, gap=5)
    for r in C["access"]["routes"]:
        c2.para("・" + r, "M", 8.5, 13.2, gap=4)
    box_bot = min(c1.top, c2.top) - 4
    pg.rect(Rx, box_bot, Rw, box_top - box_bot, fill=BLUE_T, under=True)
    if box_bot < BOT:
        raise Refuse(f"meti right page overflow ({box_bot:.1f})")
    return [pg]


# ---- jpo-2024: A4, 3 pages, running footer + boxed page number, ● headings on a tinted
#      band, a 2-column flowing lead, contact cards, a vertical heading on a dark strip whose
#      section flows onto the next page ------------------------------------------------

INDIGO = HexColor("#2B4C7E")
INDIGO_T = HexColor("#E8EEF6")


def jpo2024(C):
    W, H = A4
    L, R, BOT = 42, 42, 56
    FW = W - L - R
    pages = []

    def new_page():
        pg = Page(A4, BOT)
        pno = len(pages) + 1
        pg.text(L, 30, C["runningFooter"], "G", 7, GREY, furniture=True)
        pg.rect(W - R - 16, 26, 16, 14, fill=INDIGO)
        pg.text(W - R - 8, 29.5, str(pno), "G", 8, white, align="c", furniture=True)
        pg.line(L, 46, W - R, 46, HexColor("#C8C8C8"), 0.4)
        pages.append(pg)
        return pg

    def head(col, text):
        col.pg.rect(col.x, col.top - 19, col.w, 19, fill=INDIGO_T)
        col.pg.rect(col.x, col.top - 19, col.w, 1.2, fill=INDIGO)
        it = col.pg.text(col.x + 6, col.top - 14, "●" + text, "G", 10.5, INDIGO)
        col.pg.emit([it])
        col.top -= 19 + 8

    # ---------------- page 1
    pg = new_page()
    full = Col(pg, L, FW, H - 44)
    full.line(C["organization"], "G", 26, INDIGO, gap=6)
    full.line("Japan Patent Office", "G", 9, GREY, gap=8)
    full.line("総合職採用パンフレット 2024", "G", 13, DARK, gap=6)
    full.line(C["asOfText"], "M", 9.5, gap=12)
    for k, (dx, r) in enumerate(((60, 34), (20, 22), (96, 16))):
        pg.circle(W - R - dx, H - 80 + (k - 1) * 18, r, HexColor("#C9D6E8") if k != 1 else INDIGO_T)
    pg.rect(L, full.top, FW, 1.5, fill=INDIGO)
    full.gap(16)
    full.line(C["lead"]["title"], "G", 14, INDIGO, gap=10)
    gut = 22
    cw = (FW - gut) / 2
    size, lead = 9.8, 16.6
    n = sum(len(wrap(p, "M", size, cw)) for p in C["lead"]["text"])
    first = (n + 1) // 2
    col_bottom = full.top - (first - 1) * lead - size - 1
    used = flow(pg, [(L, cw), (L + cw + gut, cw)], [full.top, full.top], C["lead"]["text"],
                "M", size, lead, bottoms=[col_bottom, col_bottom - lead])
    pg.line(L + cw + gut / 2, full.top + 2, L + cw + gut / 2, min(u for u in used if u) - 2,
            HexColor("#BBBBBB"), 0.5)
    full.top = min(u for u in used if u) - 24

    wl = FW * 0.53
    a = Col(pg, L, wl, full.top)
    b = Col(pg, L + wl + 18, FW - wl - 18, full.top)
    head(a, "採用実績")
    a.line(C["hiring"]["intro"][0], "M", 9, gap=5)
    a.line(C["hiring"]["note"], "M", 8.2, gap=6)
    a.table([1.45, 1, 1, 1], hiring_rows_table(C, two_line_planned=True), nowrap=(1, 2, 3), rules="grid",
            head_fill=INDIGO, head_color=white, size=9.4, vpad=5.6, align=["c", "c", "c", "c"],
            lw=0.45, rule_color=HexColor("#9AA9C0"))
    head(b, "配属実績")
    b.para(C["assignments"]["intro"], "M", 8.8, 13.6, gap=6)
    b.table([2.3, 1, 1], assign_rows_table(C, corner="部局"), nowrap=(0, 1, 2), rules="h", zebra=INDIGO_T,
            size=9.2, vpad=5.2, align=["l", "c", "c"], lw=0.45, rule_color=INDIGO)
    full.top = min(a.top, b.top) - 20
    head(full, "試験区分")
    full.line(C["exams"]["title"], "M", 9, gap=6)
    full.table([0.8, 1.2, 4.6], exam_rows_table(C), rules="grid", head_fill=INDIGO_T,
               head_color=INDIGO, size=9.2, vpad=6.0, align=["c", "c", "l"], lw=0.45,
               rule_color=HexColor("#9AA9C0"))
    if full.top < BOT:
        raise Refuse(f"jpo p1 overflow {full.top:.1f}")

    # ---------------- page 2
    pg = new_page()
    top = H - 44
    wl = FW * 0.64
    a = Col(pg, L, wl, top)
    b = Col(pg, L + wl + 18, FW - wl - 18, top)
    head(a, "採用窓口")
    cgut = 10
    ccw = (wl - cgut) / 2
    bottoms = []
    for k, c in enumerate(C["contacts"]):
        card = Col(pg, L + k * (ccw + cgut), ccw, a.top)
        pg.rect(card.x, card.top - 17, card.w, 17, fill=INDIGO)
        line1(pg, card.x + 6, card.top - 4.5, c["track"], "G", 9, white)
        inner = Col(pg, card.x + 6, card.w - 12, card.top - 24)
        inner.para(c["office"], "M", 9.4, 14.5, gap=4)
        inner.para(c["location"], "M", 9.0, 14, gap=7)
        for t in c["tel"]:
            inner.para("電話：" + t, "M", 8.8, 14, gap=4)
        for m in c["email"]:
            inner.para("メール：" + m, "M", 8.8, 14, gap=4)
        bottoms.append((card, inner.top - 3))
    cb = min(bt for _, bt in bottoms)
    for card, _ in bottoms:
        pg.rect(card.x, cb, card.w, card.top - cb, stroke=INDIGO, lw=0.6)
    a.top = cb - 8
    head(b, "所在地")
    b.para(C["access"]["address"], "M", 9.2, 14.5, gap=8)
    for r in C["access"]["routes"]:
        pg.rect(b.x, b.top - 7.5, 3, 7.5, fill=INDIGO)
        b.top = para(pg, b.x, b.top, b.w, r, "M", 8.8, 14, indent=7) - 8
    full = Col(pg, L, FW, min(a.top, b.top) - 8)
    head(full, C["training"]["title"])
    tw = FW * 0.64
    tc = Col(pg, L, tw, full.top)
    for p in C["training"]["paragraphs"]:
        tc.para(p, "M", 9.2, 15, gap=4)
    px = L + tw + 16
    ph = 104
    pg.rect(px, full.top - ph, W - R - px, ph, fill=HexColor("#D5DEEA"))
    pg.circle(px + (W - R - px) / 2, full.top - ph / 2, 20, HexColor("#B3C2D6"))
    line1(pg, px, full.top - ph - 5, "審査官補研修の様子", "M", 7.8, DARK)
    full.top = min(tc.top, full.top - ph - 5 - 7.8) - 10
    full.line("キャリアパス（例）", "G", 9.6, INDIGO, gap=6)
    full.table([1, 4.2], [["年次", "主な業務"],
                          ["入庁１〜２年目", "審査官補として審査官補研修を受講し、先輩審査官の指導の下で審査を担当"],
                          ["３〜４年目", "審査官に昇任し、担当する技術分野の特許審査を行う"],
                          ["５〜10年目", "本省・他府省への出向、海外の大学院への留学、国際機関への派遣など"],
                          ["10年目以降", "審査長・審判官として審査・審判を統括し、制度の企画立案にも携わる"]],
               rules="h", size=8.8, vpad=4.0, align=["l", "l"], halign=["l", "l"],
               head_color=INDIGO, rule_color=INDIGO, lw=0.45, gap=18)
    head(full, C["initiativesIntro"]["title"])
    full.para(C["initiativesIntro"]["text"], "M", 9.4, 15, gap=10)
    k3 = len(C["initiatives"])
    g3 = 10
    w3 = (FW - (k3 - 1) * g3) / k3
    cards = []
    for k, it in enumerate(C["initiatives"]):
        card = Col(pg, L + k * (w3 + g3) + 8, w3 - 16, full.top - 9)
        card.para(it["title"], "G", 10, 14, color=INDIGO, gap=8)
        card.para(it["text"], "M", 9.2, 15.2, gap=0)
        cards.append(card)
    cb = min(c.top for c in cards) - 9
    for k in range(k3):
        pg.rect(L + k * (w3 + g3), cb, w3, full.top - cb, stroke=HexColor("#9AA9C0"), lw=0.6,
                radius=4)
    full.top = cb - 22
    # support: vertical heading on a dark strip; items flow onto the next page
    strip = 26
    sx = L + strip + 12
    sup_top = full.top
    vb = vhead(pg, L + strip / 2, sup_top - 10, C["supportTitle"], "G", 12, white, step=15)
    body = Col(pg, sx, W - R - sx, sup_top - 2)
    body.para("仕事と育児・介護の" + C["supportTitle"] + "のための主な制度", "G", 10, 14, color=INDIGO, gap=10)
    items = list(C["supportSystems"])
    while items:
        s = items[0]
        need = 9.8 + 6 + len(wrap(s["text"], "M", 9.2, body.w)) * 15.2 + 12
        if body.top - need < BOT + 2:
            break
        body.line(s["name"], "G", 9.8, INDIGO, gap=6)
        body.para(s["text"], "M", 9.2, 15.2, gap=12)
        items.pop(0)
    if not items or len(items) == len(C["supportSystems"]):
        raise Refuse(f"jpo support section should flow onto page 3 ({len(items)} left, room {body.top - BOT:.0f})")
    sb = min(vb - 10, body.top)
    pg.rect(L, max(sb, BOT), strip, sup_top - max(sb, BOT), fill=INDIGO)

    # ---------------- page 3
    pg = new_page()
    body = Col(pg, sx, W - R - sx, H - 44)
    pg.rect(L, H - 44 - 60, strip, 60, fill=INDIGO)   # the strip continues
    for s in items:
        body.line(s["name"], "G", 9.8, INDIGO, gap=6)
        body.para(s["text"], "M", 9.2, 15.2, gap=12)
    body.line(C["supportSource"], "M", 7.8, align="r", gap=18)
    full = Col(pg, L, FW, body.top)
    # message box
    box_top = full.top
    m = Col(pg, L + 14, FW - 28 - 110, box_top - 14)
    m.line("先輩職員からのメッセージ", "G", 10, INDIGO, gap=7)
    m.para("大学院では電気工学を研究していました。審査官になって、毎日のように最先端の技術に触れられることに驚いています。"
           "育児休業を取得した際も、職場の理解があり安心して復帰できました。", "M", 9, 14.6, gap=6)
    m.line("審査第四部 審査官（令和元年度入庁）", "M", 8.4, align="r", gap=4)
    pg.rect(L, m.top - 8, FW, box_top - m.top + 8, fill=INDIGO_T, under=True)
    pg.circle(W - R - 62, (box_top + m.top) / 2, 38, HexColor("#C9D6E8"))
    full.top = m.top - 8 - 22
    head(full, "よくある質問")
    for q, ans in (("Q．理系の学部卒でも審査官になれますか。",
                    "A．はい。総合職試験の大卒程度試験から毎年多くの審査官補を採用しています。専攻分野に近い技術分野に配属されるよう配慮しています。"),
                   ("Q．事務系の職員はどのような仕事をしますか。",
                    "A．知的財産制度の企画立案、国際協力、予算・人事などの業務を担当し、経済産業省本省への出向の機会もあります。"),
                   ("Q．業務説明会はいつ開催していますか。",
                    "A．例年、春から夏にかけてオンラインと対面で開催しています。日程は特許庁ウェブサイトの採用情報のページでお知らせします。")):
        full.line(q, "G", 9.4, INDIGO, gap=5)
        full.para(ans, "M", 9.2, 15, gap=12, indent=14)
    if full.top < BOT:
        raise Refuse("jpo p3 overflow")
    return pages


# ---- mod-2025: A4, full-width digits everywhere, centred headings between rules, contacts
#      and access FIRST, exam table before the hiring table, zebra + grid exam table ----

SLATE = HexColor("#2F3E4E")
KHAKI = HexColor("#8A7B4F")
SLATE_T = HexColor("#EDEFF2")
KHAKI_T = HexColor("#F3F0E6")


def mod2025(C):
    W, H = A4
    L, R, BOT = 38, 38, 44
    FW = W - L - R
    pages = []

    def head(col, text, size=11.5):
        it = line1(col.pg, col.x + col.w / 2, col.top, text, "G", size, SLATE, align="c", cs=1.0)
        y = col.top - size * 0.48
        col.pg.line(col.x, y, it.x - 10, y, KHAKI, 0.9)
        col.pg.line(it.x + it.width + 10, y, col.right, y, KHAKI, 0.9)
        col.top -= size + 10

    # ---------------- page 1
    pg = Page(A4, BOT)
    pages.append(pg)
    top = H - 42
    t1 = pg.text(L, top - 24 * ASC, C["organization"], "G", 24, SLATE)
    t2 = pg.text(t1.x + t1.width + 12, top - 24 * ASC, "総合職採用案内２０２５", "G", 14, SLATE)
    pg.emit([t1, t2])
    y = top - 24 - 8
    pg.line(L, y, W - R, y, SLATE, 1.6)
    pg.line(L, y - 3, W - R, y - 3, SLATE, 0.5)
    full = Col(pg, L, FW, y - 9)
    full.line(C["asOfText"], "M", 9, align="r", gap=10)
    full.line(C["lead"]["title"], "G", 12.5, KHAKI, align="c", gap=8)
    for p in C["lead"]["text"]:
        full.para(p, "M", 9.6, 16, gap=3)
    full.gap(18)
    wl = FW * 0.57
    a = Col(pg, L, wl, full.top)
    b = Col(pg, L + wl + 20, FW - wl - 20, full.top)
    head(a, "お問い合わせ先")
    for c in C["contacts"]:
        a.line(c["track"], "G", 9.8, SLATE, gap=5)
        a.para(f"{c['office']}（{c['location']}）", "M", 9.2, 14.2, gap=4)
        for t in c["tel"]:
            a.line("電話　" + t, "M", 9.0, gap=4.5)
        for m in c["email"]:
            a.line("E-mail　" + m, "M", 9.0, gap=12)
    head(b, "所在地・交通")
    b.para(C["access"]["address"], "M", 9.4, 15, gap=7)
    for r in C["access"]["routes"]:
        b.para("○" + r, "M", 9.0, 14.4, gap=6)
    mh = 56
    pg.rect(b.x, b.top - mh, b.w, mh, fill=KHAKI_T, stroke=KHAKI, lw=0.5)
    pg.line(b.x, b.top - mh * 0.35, b.right, b.top - mh * 0.6, HexColor("#D8D0B8"), 4)
    pg.line(b.x + b.w * 0.3, b.top, b.x + b.w * 0.42, b.top - mh, HexColor("#D8D0B8"), 3)
    pg.rect(b.x + b.w * 0.55, b.top - mh * 0.42, 34, 20, fill=SLATE)
    b.top -= mh
    full.top = min(a.top, b.top) - 20
    head(full, "採用試験の区分")
    full.line(C["exams"]["title"], "M", 9.2, gap=7)
    full.table([0.8, 1.2, 4.4], exam_rows_table(C), rules="grid", zebra=SLATE_T,
               head_fill=SLATE, head_color=white, size=9.2, vpad=5.0, align=["c", "c", "l"],
               lw=0.45, rule_color=HexColor("#A0A8B2"), gap=22)
    wl = FW * 0.58
    a = Col(pg, L, wl, full.top)
    b = Col(pg, L + wl + 20, FW - wl - 20, full.top)
    head(a, "採用者数の推移")
    a.line(C["hiring"]["intro"][0], "M", 8.9, gap=6)
    a.table([1.5, 1.05, 1.05, 1.0], hiring_rows_table(C), nowrap=(1, 2, 3), rules="grid", head_fill=SLATE, head_color=white,
            size=9.2, vpad=5.2, align=["l", "c", "c", "c"], lw=0.45, rule_color=HexColor("#A0A8B2"),
            gap=4)
    a.line(C["hiring"]["note"], "M", 8.2)
    head(b, "配属先")
    b.para(C["assignments"]["intro"], "M", 8.8, 13.6, gap=6)
    b.table([2.2, 1, 1], assign_rows_table(C), nowrap=(0, 1, 2), rules="h", size=9.0, vpad=3.4,
            align=["l", "c", "c"], lw=0.45, rule_color=KHAKI)
    if min(a.top, b.top) < BOT:
        raise Refuse(f"mod p1 overflow {min(a.top, b.top):.1f}")

    # ---------------- page 2
    pg = Page(A4, BOT)
    pages.append(pg)
    full = Col(pg, L, FW, H - 44)
    head(full, C["training"]["title"])
    tw = FW * 0.62
    tc = Col(pg, L, tw, full.top)
    for p in C["training"]["paragraphs"]:
        tc.para(p, "M", 10, 17, gap=5)
    px = L + tw + 16
    ph = 118
    pg.rect(px, full.top - ph, W - R - px, ph, fill=HexColor("#D9DCD2"))
    pg.circle(px + (W - R - px) / 2, full.top - ph / 2, 22, HexColor("#B9BEAE"))
    full.top = min(tc.top, full.top - ph) - 26
    head(full, "採用までの流れ")
    steps = ["第１次試験（筆記）", "第２次試験（人物）", "最終合格", "官庁訪問", "内々定"]
    g = 16
    bw = (FW - g * (len(steps) - 1)) / len(steps)
    for k, stp in enumerate(steps):
        x = L + k * (bw + g)
        pg.rect(x, full.top - 26, bw, 26, fill=KHAKI_T, stroke=KHAKI, lw=0.6, radius=3)
        line1(pg, x + bw / 2, full.top - 8.5, stp, "G", 8.8, SLATE, align="c")
        if k < len(steps) - 1:
            ax = x + bw + 4
            pg.line(ax, full.top - 13, ax + g - 8, full.top - 13, KHAKI, 1.6)
    full.top -= 26 + 28
    head(full, C["initiativesIntro"]["title"])
    full.para(C["initiativesIntro"]["text"], "M", 9.8, 16, gap=12)
    k3 = len(C["initiatives"])
    g3 = 16
    w3 = (FW - g3 * (k3 - 1)) / k3
    cols = []
    for k, it in enumerate(C["initiatives"]):
        col = Col(pg, L + k * (w3 + g3), w3, full.top)
        pg.rect(col.x, col.top, col.w, 2.2, fill=KHAKI)
        col.gap(8)
        col.para(it["title"], "G", 10.4, 15, color=SLATE, gap=7)
        col.para(it["text"], "M", 9.6, 16.2, gap=0)
        cols.append(col)
    full.top = min(c.top for c in cols) - 28
    head(full, C["supportTitle"])
    rows = [["制度", "内容"]] + [[s["name"], s["text"]] for s in C["supportSystems"]]
    full.table([1.05, 4], rows, rules="none", zebra=SLATE_T, head_fill=SLATE, head_color=white,
               size=9.6, vpad=9.5, align=["l", "l"], col_fonts=["G", "M"])
    if full.top < BOT:
        raise Refuse(f"mod p2 overflow {full.top:.1f}")
    return pages


BROCHURES.update({
    "mext-2024": (MEXT_2024, mext2024),
    "mext-2025": (MEXT_2025, mext2025),
    "meti-2025": (METI_2025, meti2025),
    "jpo-2024": (JPO_2024, jpo2024),
    "mod-2025": (MOD_2025, mod2025),
})

if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except Refuse as e:
        sys.exit(f"refusing to write: {e}")
