#!/usr/bin/env python3
"""Generate the BrochureKit test brochures.

    python3 Fixtures/generate.py            # writes Fixtures/brochures/* and Fixtures/bad/*

Content (the facts) lives in Fixtures/sources/editions.py; this file only draws.
Every visual text line is its own text object (BT..ET) at an absolute position, and the
text objects of a page are drawn in a shuffled order, so content-stream order says
nothing about reading order.  Beside each NAME.pdf the generator writes
NAME.expected.txt (ideal `brochure text` output, see Fixtures/README.md) and
NAME.facts.json (the structured facts).  Output is deterministic: fixed seeds,
reportlab's invariant mode (fixed dates and document ids).

Needs: reportlab, Pillow; fonts IPAexGothic / IPAexMincho (fonts-ipaexfont).
"""
import io
import json
import os
import random
import re
import sys
import unicodedata

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab import rl_config

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(HERE, "sources"))
import editions as ED  # noqa: E402

rl_config.invariant = 1
PW, PH = A4

FONT_PATHS = {
    "G": ["/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
          "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"],
    "M": ["/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf",
          "/usr/share/fonts/truetype/fonts-japanese-mincho.ttf"],
}
FONT_NAMES = {"G": "IPAexGothic", "M": "IPAexMincho"}
for key, paths in FONT_PATHS.items():
    path = next((p for p in paths if os.path.exists(p)), None)
    if path is None:
        sys.exit(f"font not found: {paths}")
    pdfmetrics.registerFont(TTFont(FONT_NAMES[key], path))


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, FONT_NAMES[font], size)


# --------------------------------------------------------------------------------------
# text wrapping (by width; ASCII runs are unbreakable; no line starts with closing punct)
# --------------------------------------------------------------------------------------
CLOSERS = set("、。，．）」』】・ー！？：:,.)")
TOKEN = re.compile(r"[A-Za-z0-9@._\-]+|.", re.S)


OPENERS = set("（「『【")
SPACES = set(" \u3000")


def wrap(text, font, size, width):
    """Greedy wrap; when a line must break, prefer a break after a space or before an
    opening bracket if one lies in the last ~third of the line (keeps 'A２出口' and
    '（…階）' whole, as a typesetter would)."""
    tokens = TOKEN.findall(text)
    lines, cur = [], []
    for t in tokens:
        if cur and sw("".join(cur) + t, font, size) > width:
            cut = None
            lo = max(0, int(len(cur) * 0.65))
            for k in range(len(cur) - 1, lo - 1, -1):
                if cur[k] in SPACES and k + 1 < len(cur):
                    cut = k + 1
                    break
            if cut is None:
                for k in range(len(cur) - 1, max(lo, 1) - 1, -1):
                    if cur[k] in OPENERS:
                        cut = k
                        break
            if cut is None:
                cut = len(cur)
                while t[0] in CLOSERS and cut > 1 and cut == len(cur):
                    cut -= 1
            carry = cur[cut:]
            lines.append("".join(cur[:cut]).rstrip(" \u3000"))
            cur = carry
        cur.append(t)
    if cur:
        lines.append("".join(cur))
    return lines


# --------------------------------------------------------------------------------------
# page model
# --------------------------------------------------------------------------------------
class Page:
    """Collects text items (drawn shuffled), graphics, and the expected lines in order."""

    def __init__(self, st):
        self.st = st
        self.items = []      # (x, baseline_y_from_top, font, size, text, bold, charspace)
        self.gfx = []        # callables(canvas)
        self.lines = []      # expected reading-order lines
        self.furniture = []  # running header/footer items (drawn, not expected)

    def text(self, x, y, s, font, size, bold=False, cs=0.0, furniture=False):
        item = (x, y, font, size, s, bold, cs)
        (self.furniture if furniture else self.items).append(item)

    def out(self, line):
        self.lines.append(line)

    def rect(self, x, y, w, h, stroke=None, fill=None, lw=0.6, radius=0):
        def f(c):
            c.saveState()
            c.setLineWidth(lw)
            if stroke is not None:
                c.setStrokeColor(stroke)
            if fill is not None:
                c.setFillColor(fill)
            if radius:
                c.roundRect(x, PH - y - h, w, h, radius, stroke=int(stroke is not None), fill=int(fill is not None))
            else:
                c.rect(x, PH - y - h, w, h, stroke=int(stroke is not None), fill=int(fill is not None))
            c.restoreState()
        self.gfx.append(f)

    def line(self, x1, y1, x2, y2, color=colors.black, lw=0.5):
        def f(c):
            c.saveState()
            c.setStrokeColor(color)
            c.setLineWidth(lw)
            c.line(x1, PH - y1, x2, PH - y2)
            c.restoreState()
        self.gfx.append(f)

    # geometry of an item (top-down coordinates)
    @staticmethod
    def bbox(item):
        x, y, font, size, s, bold, cs = item
        w = sw(s, font, size) + cs * max(len(s) - 1, 0)
        return (x, y - size * 0.88, x + w, y + size * 0.12)


def check_page(page, name, pno):
    """No two text items may overlap; every item must lie on the page."""
    boxes = [Page.bbox(i) for i in page.items + page.furniture]
    for i, a in enumerate(boxes):
        if a[0] < 10 or a[2] > PW - 10 or a[1] < 10 or a[3] > PH - 10:
            raise SystemExit(f"{name} p{pno}: off page: {(page.items + page.furniture)[i][4]!r} {a}")
        for j in range(i + 1, len(boxes)):
            b = boxes[j]
            if a[0] < b[2] - 0.3 and b[0] < a[2] - 0.3 and a[1] < b[3] - 0.3 and b[1] < a[3] - 0.3:
                ia, ib = (page.items + page.furniture)[i], (page.items + page.furniture)[j]
                raise SystemExit(f"{name} p{pno}: overlap {ia[4]!r} / {ib[4]!r}")


# --------------------------------------------------------------------------------------
# style
# --------------------------------------------------------------------------------------
DEFAULT_STYLE = dict(
    ml=40, mr=40, mt=42, mb=48, gutter=18, band_gap=14, block_gap=12,
    body_font="M", body=8.5, lead=1.55,
    head_font="G", head=11, head_bold=False, head_cs=0.0, head_style="bracket",
    head_color=colors.HexColor("#1d4e89"),
    title=20, title_font="G",
    table=8, table_head=7.5, cell_pad=4, row_pad=3.0,
    accent=colors.HexColor("#1d4e89"), box_fill=colors.HexColor("#eef3f9"),
    header_fill=colors.HexColor("#dde7f3"),
)


class S(dict):
    __getattr__ = dict.__getitem__


def style(**kw):
    d = dict(DEFAULT_STYLE)
    d.update(kw)
    return S(d)


# --------------------------------------------------------------------------------------
# primitives
# --------------------------------------------------------------------------------------
def para_lines(page, x, y, w, lines, font=None, size=None, indent=0):
    """Draw already-broken lines. Returns new y (top of the next line box)."""
    st = page.st
    font = font or st.body_font
    size = size or st.body
    lh = size * st.lead
    for ln in lines:
        if sw(ln, font, size) > w - indent + 0.5:
            raise SystemExit(f"line too wide for {w - indent:.1f}pt: {ln!r}")
        page.text(x + indent, y + size * 0.95, ln, font, size)
        page.out(ln)
        y += lh
    return y


def paragraph(page, x, y, w, text, font=None, size=None, indent=0):
    st = page.st
    font = font or st.body_font
    size = size or st.body
    return para_lines(page, x, y, w, wrap(text, font, size, w - indent), font, size, indent)


def heading_text(page, x, y, w, text, size=None, font=None, bold=None, cs=None, color=None):
    st = page.st
    size = size or st.head
    font = font or st.head_font
    bold = st.head_bold if bold is None else bold
    cs = st.head_cs if cs is None else cs
    lines = wrap(text, font, size, w) if not cs else [text]
    for ln in lines:
        page.text(x, y + size * 0.95, ln, font, size, bold=bold, cs=cs)
        page.out(ln)
        y += size * 1.45
    return y + 2


def section(page, x, y, w, title, body, hstyle=None, bracket=True):
    """A titled section; body(page, x, y, w) -> y.  Heading styles:
    bracket  【title】 on top (gothic);  bold  title on top, larger, fake-bold, with a rule;
    vertical  one glyph per row down the left side;  side  horizontal title in a left column."""
    st = page.st
    hs = hstyle or st.head_style
    if hs == "bracket":
        t = f"【{title}】" if bracket else title
        y = heading_text(page, x, y, w, t)
        return body(page, x, y, w)
    if hs == "bold":
        size = st.head * 1.15
        page.rect(x, y + 1, 3, size * 1.1, fill=st.accent)
        y = heading_text(page, x + 7, y, w - 7, title, size=size, bold=True)
        return body(page, x, y + 1, w)
    if hs == "vertical":
        size = st.head
        pitch = size * 1.12
        col = size * 2.0
        y0 = y
        for k, ch in enumerate(title):
            page.text(x + (size - sw(ch, st.head_font, size)) / 2, y + size * 0.95 + k * pitch, ch,
                      st.head_font, size, bold=st.head_bold)
        page.out(title)
        page.line(x + size * 1.5, y0, x + size * 1.5, y0 + len(title) * pitch, color=st.accent, lw=1.2)
        yb = body(page, x + col, y, w - col)
        return max(yb, y0 + len(title) * pitch + 2)
    if hs == "side":
        size = st.head
        col = st.side_col
        yh = heading_text(page, x, y, col - 8, title, size=size)
        page.line(x + col - 5, y, x + col - 5, y + size * 1.3, color=st.accent, lw=2)
        yb = body(page, x + col, y, w - col)
        return max(yh, yb)
    raise ValueError(hs)


def table(page, x, y, w, rows, ruled, header_rows=1, align=None, fit=True, size=None, hsize=None,
          valign_span="middle", header_fill=True):
    """rows: list of rows; cell = str | [line, line] | {"lines": [...], "rowspan": n}.
    Expected text: one line per row, cells joined by TAB, multi-line cells joined."""
    st = page.st
    size = size or st.table
    hsize = hsize or st.table_head
    pad = st.cell_pad
    lh = size * 1.35
    ncol = len(rows[0])

    def norm(c):
        if isinstance(c, dict):
            return c
        if isinstance(c, str):
            return {"lines": [c] if c else []}
        return {"lines": list(c)}

    R = [[norm(c) for c in r] for r in rows]
    # occupancy for rowspans
    covered = set()
    for i, r in enumerate(R):
        for j, c in enumerate(r):
            for k in range(1, c.get("rowspan", 1)):
                covered.add((i + k, j))
    fontsize = lambda i: hsize if i < header_rows else size
    fontname = lambda i: "G" if i < header_rows else st.body_font
    # natural widths
    nat = [0.0] * ncol
    for i, r in enumerate(R):
        for j, c in enumerate(r):
            for ln in c["lines"]:
                nat[j] = max(nat[j], sw(ln, fontname(i), fontsize(i)) + 2 * pad)
    total = sum(nat)
    if total > w + 0.5:
        raise SystemExit(f"table too wide ({total:.1f} > {w:.1f}): {rows[0]}")
    if fit:
        extra = (w - total) / ncol
        cw = [n + extra for n in nat]
    else:
        cw = nat
    # row heights
    rh = []
    for i, r in enumerate(R):
        n = max([len(c["lines"]) for j, c in enumerate(r) if c.get("rowspan", 1) == 1 and (i, j) not in covered] + [1])
        rh.append(n * lh + 2 * st.row_pad)
    xs = [x]
    for c in cw:
        xs.append(xs[-1] + c)
    ys = [y]
    for h in rh:
        ys.append(ys[-1] + h)
    if header_fill and ruled:
        page.rect(x, y, sum(cw), sum(rh[:header_rows]), fill=st.header_fill)
    for i, r in enumerate(R):
        cells_out = []
        for j, c in enumerate(r):
            if (i, j) in covered:
                cells_out.append("")
                continue
            span = c.get("rowspan", 1)
            top, bot = ys[i], ys[i + span]
            lines = c["lines"]
            fs, fn = fontsize(i), fontname(i)
            n = len(lines)
            if span > 1 and valign_span == "top":
                ty = top + st.row_pad
            else:
                ty = top + ((bot - top) - n * lh) / 2
            a = (align[j] if align else ("L" if j == 0 else "C")) if i >= header_rows else "C"
            for k, ln in enumerate(lines):
                tw = sw(ln, fn, fs)
                if a == "L":
                    tx = xs[j] + pad
                elif a == "R":
                    tx = xs[j + 1] - pad - tw
                else:
                    tx = (xs[j] + xs[j + 1] - tw) / 2
                page.text(tx, ty + k * lh + lh * 0.5 + fs * 0.36, ln, fn, fs)
            cells_out.append("".join(lines))
        page.out("\t".join(cells_out))
    if ruled:
        # horizontal rules (not through rowspanned cells)
        for i in range(len(R) + 1):
            for j in range(ncol):
                if (i, j) in covered:
                    continue
                lw = 0.9 if i in (0, header_rows, len(R)) else 0.4
                page.line(xs[j], ys[i], xs[j + 1], ys[i], lw=lw)
        for j in range(ncol + 1):
            page.line(xs[j], ys[0], xs[j], ys[-1], lw=0.5)
    else:
        # no rules at all: only whitespace separates the cells
        pass
    return ys[-1]


# --------------------------------------------------------------------------------------
# content blocks (each returns a function(page, x, y, w) -> y)
# --------------------------------------------------------------------------------------
def b_title(text, sub=None, size=None):
    def f(page, x, y, w):
        st = page.st
        s = size or st.title
        page.rect(x, y, 5, s * 1.2, fill=st.accent)
        page.text(x + 12, y + s * 0.98, text, st.title_font, s, bold=st.get("title_bold", False))
        if sub:
            # same baseline as the title: one visual line
            ss = s * 0.5
            page.text(x + 12 + sw(text, st.title_font, s) + 12, y + s * 0.98, sub, "G", ss)
            page.out(f"{text} {sub}")
        else:
            page.out(text)
        page.line(x, y + s * 1.45, x + w, y + s * 1.45, color=st.accent, lw=1.0)
        return y + s * 1.45 + 6
    return f


def b_contacts(E, hstyle=None):
    def body(page, x, y, w):
        st = page.st
        for c in E["contacts"]:
            page.text(x, y + st.body * 0.95, c["track"], "G", st.body)
            page.out(c["track"])
            y += st.body * st.lead
            y = paragraph(page, x, y, w, f'{c["office"]}（{c["location"]}）', indent=10)
            y = paragraph(page, x, y, w, "【TEL】" + "　".join(c["tel"]), indent=10)
            y = paragraph(page, x, y, w, "【e-mail】" + "　".join(c["email"]), indent=10)
            y += 3
        return y
    return lambda page, x, y, w: section(page, x, y, w, "採用窓口", body, hstyle)


def b_access(E, hstyle=None):
    def body(page, x, y, w):
        y = paragraph(page, x, y, w, E["access"]["address"])
        for r in E["access"]["routes"]:
            y = paragraph(page, x, y, w, r, indent=6)
        return y
    return lambda page, x, y, w: section(page, x, y, w, "アクセス", body, hstyle)


def b_assign(E, ruled=False, hstyle=None, size=None):
    A = E["assignments"]

    def body(page, x, y, w):
        for ln in A["intro"]:
            y = paragraph(page, x, y, w, ln)
        y += 3
        rows = [A["header"]] + [list(r) for r in A["rows"]]
        return table(page, x, y, w, rows, ruled, align=["L", "C", "C"], size=size, hsize=size)
    return lambda page, x, y, w: section(page, x, y, w, "配属実績", body, hstyle)


def label_cell(label, planned):
    return [label, "（予定数）"] if planned else label


def b_hiring(E, ruled=True, transposed=False, hstyle=None, size=None, note_first=False):
    H = E["hiring"]
    tech = H["tracks"]["tech"]

    def body(page, x, y, w):
        st = page.st
        for ln in H["intro"]:
            y = paragraph(page, x, y, w, ln)
        if note_first:
            y = paragraph(page, x, y, w, H["note"])
        y += 3
        if not transposed:
            rows = [["入省年度", "合計", H["tracks"]["admin"], tech]]
            for (fy, label, planned, tot, adm, tec) in H["rows"]:
                rows.append([label_cell(label, planned), tot, adm, tec])
            y = table(page, x, y, w, rows, ruled, align=["C", "C", "C", "C"], size=size)
        else:
            rows = [["入省年度"] + [label_cell(r[1], r[2]) for r in H["rows"]],
                    ["合計"] + [r[3] for r in H["rows"]],
                    [H["tracks"]["admin"]] + [r[4] for r in H["rows"]],
                    [tech] + [r[5] for r in H["rows"]]]
            y = table(page, x, y, w, rows, ruled, align=["L"] + ["C"] * len(H["rows"]), size=size)
        if not note_first:
            y += 2
            y = paragraph(page, x, y, w, H["note"], size=st.body * 0.9)
        return y
    return lambda page, x, y, w: section(page, x, y, w, "採用実績", body, hstyle)


def b_exam(E, ruled=True, hstyle=None, size=None):
    X = E["exams"]

    def body(page, x, y, w):
        rows = [["", "試験区分", "内訳"]]
        ents = X["entries"]
        for k, e in enumerate(ents):
            first = k == 0 or ents[k - 1]["track"] != e["track"]
            n = sum(1 for f in ents if f["track"] == e["track"])
            if first:
                grp = {"lines": e["track"] if isinstance(e["track"], list) else [e["track"]], "rowspan": n}
            else:
                grp = ""
            rows.append([grp, e["exam"], e["lines"]])
        return table(page, x, y, w, rows, ruled, align=["C", "C", "L"], fit=True, size=size,
                     valign_span="middle" if ruled else "top")
    return lambda page, x, y, w: section(page, x, y, w, X["title"], body, hstyle, bracket=False)


def b_lead(E, hsize=None):
    def f(page, x, y, w):
        st = page.st
        y = heading_text(page, x, y, w, E["lead"]["title"], size=hsize or st.head * 1.35, bold=True)
        y += 2
        for ln in E["lead"]["text"]:
            y = paragraph(page, x, y, w, ln)
        return y
    return f


def b_init_intro(E, hstyle=None):
    I = E["initiativesIntro"]
    return lambda page, x, y, w: section(page, x, y, w, I["title"],
                                         lambda p, x, y, w: paragraph(p, x, y, w, I["text"]), hstyle)


def b_box(title, text, photo=None, tsize=None):
    """A filled box with a gothic title and a wrapped body (an initiative / support card)."""
    def f(page, x, y, w):
        st = page.st
        ts = tsize or st.body * 1.12
        inner = w - 14
        tl = wrap(title, "G", ts, inner)
        bl = wrap(text, st.body_font, st.body, inner)
        h = 7 + len(tl) * ts * 1.4 + 3 + len(bl) * st.body * st.lead + 5
        ph = 0
        if photo:
            ph = inner * 0.3 + st.body * 1.3 + 6
        page.rect(x, y, w, h + ph, fill=st.box_fill, radius=4)
        yy = y + 7
        for ln in tl:
            page.text(x + 7, yy + ts * 0.95, ln, "G", ts, bold=st.head_bold)
            page.out(ln)
            yy += ts * 1.4
        page.line(x + 7, yy, x + w - 7, yy, color=st.accent, lw=0.5)
        yy = para_lines(page, x + 7, yy + 3, inner, bl)
        if photo:
            # a "photo": grey placeholder with a caption under it
            yy += 2
            page.rect(x + 7, yy, inner, inner * 0.3, fill=colors.HexColor("#b8c2cc"))
            page.line(x + 7, yy, x + 7 + inner, yy + inner * 0.3, color=colors.white, lw=0.6)
            page.line(x + 7, yy + inner * 0.3, x + 7 + inner, yy, color=colors.white, lw=0.6)
            yy += inner * 0.3 + 2
            para_lines(page, x + 7, yy, inner, [photo], size=st.body * 0.85)
        return y + h + ph
    return f


def b_support_header(E, hstyle=None):
    return lambda page, x, y, w: section(page, x, y, w, E["supportTitle"], lambda p, x, y, w: y, hstyle)


def b_support_source(E):
    def f(page, x, y, w):
        st = page.st
        t = E["supportSource"]
        s = st.body * 0.85
        page.text(x + w - sw(t, st.body_font, s), y + s, t, st.body_font, s)
        page.out(t)
        return y + s * 1.6
    return f


def b_training(E, hstyle=None):
    T = E["training"]

    def body(page, x, y, w):
        for p in T["paragraphs"]:
            y = paragraph(page, x, y, w, p)
        return y
    return lambda page, x, y, w: section(page, x, y, w, T["title"], body, hstyle)


def b_text(text, font="G", size=None, right=False):
    def f(page, x, y, w):
        st = page.st
        s = size or st.body
        tx = x + w - sw(text, font, s) if right else x
        page.text(tx, y + s * 0.95, text, font, s)
        page.out(text)
        return y + s * 1.5
    return f


# --------------------------------------------------------------------------------------
# page composition: a page is a list of bands; a band is full width or split in columns.
# Reading order = band by band, column by column, block by block.
# --------------------------------------------------------------------------------------
def full(*blocks):
    return ("full", [list(blocks)], None)


def cols(*columns, widths=None):
    return ("cols", [list(c) for c in columns], widths)


def flow(blocks, ncols):
    """Blocks flowed column-major into ncols columns, split to balance the column heights."""
    return ("flow", list(blocks), ncols)


def measure(st, block, w):
    scratch = Page(st)
    return block(scratch, 0, 0, w)


def balance(st, blocks, ncols, cw):
    hs = [measure(st, b, cw) for b in blocks]
    n = len(blocks)
    best = None

    def rec(start, k, acc):
        nonlocal best
        if k == 1:
            parts = acc + [(start, n)]
            cost = max(sum(hs[a:b]) + st.block_gap * (b - a - 1) for a, b in parts)
            if best is None or cost < best[0]:
                best = (cost, parts)
            return
        for end in range(start + 1, n - k + 2):
            rec(end, k - 1, acc + [(start, end)])
    rec(0, min(ncols, n), [])
    cols_ = [blocks[a:b] for a, b in best[1]]
    while len(cols_) < ncols:
        cols_.append([])
    return cols_


def compose(st, bands, header=None, footer=None):
    page = Page(st)
    x0, x1 = st.ml, PW - st.mr
    W = x1 - x0
    y = st.mt
    for kind, columns, widths in bands:
        if kind == "flow":
            n = widths
            cw = (W - st.gutter * (n - 1)) / n
            columns, widths = balance(st, columns, n, cw), None
        n = len(columns)
        widths = widths or [1] * n
        usable = W - st.gutter * (n - 1)
        cws = [usable * wi / sum(widths) for wi in widths]
        ys = []
        cx = x0
        for blocks, cw in zip(columns, cws):
            cy = y
            for k, b in enumerate(blocks):
                cy = b(page, cx, cy, cw)
                if k < len(blocks) - 1:
                    cy += st.block_gap
            ys.append(cy)
            cx += cw + st.gutter
        if kind != "full" and n > 1 and st.get("col_rules"):
            cx = x0
            for cw in cws[:-1]:
                cx += cw + st.gutter
                page.line(cx - st.gutter / 2, y, cx - st.gutter / 2, max(ys), color=colors.HexColor("#9aa9b8"), lw=0.4)
        y = max(ys) + st.band_gap
    if y - st.band_gap > PH - st.mb:
        raise SystemExit(f"page overflows: content ends at {y - st.band_gap:.1f} > {PH - st.mb:.1f}")
    if header:
        page.text(st.ml, 24, header, "G", 8, furniture=True)
        page.line(st.ml, 29, PW - st.mr, 29, color=colors.grey, lw=0.4)
    if footer:
        page.text((PW - sw(footer, "M", 8)) / 2, PH - 22, footer, "M", 8, furniture=True)
    return page


# --------------------------------------------------------------------------------------
# the fixtures
# --------------------------------------------------------------------------------------
def soumu_p2(E, st, init_cols=3, vertical_training=True, support_cols=2):
    """Work-life balance page: lead, initiatives grid (column-major, masonry), support, training."""
    inits = [b_box(it["title"], it["text"], photo=it.get("photoCaption")) for it in E["initiatives"]]
    sup = [b_box(s["name"], s["text"]) for s in E["supportSystems"]]
    return [
        full(b_title("ワークライフバランス", "Work‒life balance 特集")),
        full(b_lead(E)),
        full(b_init_intro(E)),
        flow(inits, init_cols),
        full(b_support_header(E)),
        flow(sup, support_cols),
        full(b_support_source(E)),
        full(b_training(E, hstyle="vertical" if vertical_training else None)),
    ]


def fx_soumu_2024():
    E = ED.EDITIONS["soumu-2024"]
    st = style(body=9.0, head=12, table=8.8, table_head=8.0, gutter=22, block_gap=16, band_gap=18, row_pad=3.6)
    p1 = [
        full(b_title("採用情報", "総合職")),
        cols([b_contacts(E), b_access(E)],
             [b_assign(E, ruled=False), b_hiring(E, ruled=True)], widths=[1, 1]),
        full(b_exam(E, ruled=True)),
    ]
    p2 = soumu_p2(E, style(body=7.6, gutter=12, block_gap=8, band_gap=9, lead=1.5), init_cols=3)
    return E, [(st, p1), (style(body=7.6, gutter=12, block_gap=8, band_gap=9, lead=1.5), p2)], {}


def fx_soumu_2023():
    # full-width digits; three columns on page 1; no rules anywhere; bold (not bracketed) headings
    E = ED.EDITIONS["soumu-2023"]
    st = style(head_style="bold", head_bold=True, body=7.6, gutter=14, ml=32, mr=32, table=7.6, table_head=7,
               col_rules=True)
    p1 = [
        full(b_title("採用情報", "令和５年３月現在")),
        cols([b_contacts(E), b_access(E)], [b_assign(E, ruled=False)], [b_exam_compact(E)],
             widths=[1.0, 1.1, 0.9]),
        full(b_hiring(E, ruled=False)),
    ]
    st2 = style(head_style="bold", head_bold=True, body=7.6, gutter=12, ml=32, mr=32, lead=1.5, band_gap=10,
                block_gap=8)
    p2 = soumu_p2(E, st2, init_cols=2, vertical_training=True)
    return E, [(st, p1), (st2, p2)], {}


def fx_soumu_2022():
    # transposed hiring table (years as columns), ruled; vertical headings LEFT of every page-1 section
    E = ED.EDITIONS["soumu-2022"]
    st = style(head_style="vertical", body=8.0, table=7.8, table_head=7.4, gutter=22)
    p1 = [
        full(b_title("採用情報")),
        cols([b_contacts(E), b_access(E)], [b_assign(E, ruled=True)], widths=[1, 1]),
        full(b_hiring(E, ruled=True, transposed=True)),
        full(b_exam(E, ruled=True, hstyle="bracket")),
    ]
    st2 = style(body=7.6, gutter=12, block_gap=8, band_gap=9, lead=1.5)
    p2 = soumu_p2(E, st2, init_cols=3)
    return E, [(st, p1), (st2, p2)], {}


def fx_soumu_2025():
    # three pages; running header + page numbers; 4-column initiatives page
    E = ED.EDITIONS["soumu-2025"]
    st = style(body=8.4, mt=50, mb=50)
    p1 = [
        full(b_title("採用情報")),
        cols([b_assign(E, ruled=False), b_hiring(E, ruled=True)],
             [b_contacts(E), b_access(E)], widths=[1, 1.1]),
        full(b_exam(E, ruled=True)),
    ]
    st2 = style(body=7.6, mt=50, mb=50, gutter=10, block_gap=9, lead=1.5)
    inits = E["initiatives"]
    grid = [[b_box(i["title"], i["text"], photo=i.get("photoCaption")) for i in inits[c * 2:(c + 1) * 2]]
            for c in range(4)]
    p2 = [
        full(b_title("ワークライフバランス", "Work‒life balance 特集")),
        full(b_lead(E)),
        full(b_init_intro(E)),
        cols(*grid),
    ]
    st3 = style(body=8.0, mt=50, mb=50, gutter=16, head_style="bracket")
    sup = E["supportSystems"]
    p3 = [
        full(b_title("両立支援・研修")),
        full(b_support_header(E)),
        cols([b_box(s["name"], s["text"]) for s in sup[:2]], [b_box(s["name"], s["text"]) for s in sup[2:]]),
        full(b_support_source(E)),
        full(b_training(E, hstyle="vertical")),
    ]
    hdr = E["runningHeader"]
    return E, [(st, p1), (st2, p2), (st3, p3)], {"header": hdr, "pagenums": True}


def fx_soumu_2021():
    # one-page leaflet: 2 columns, side headings (horizontal heading in a left column)
    E = ED.EDITIONS["soumu-2021"]
    st = style(head_style="side", side_col=62, head=10, body=7.8, table=7.6, table_head=7, gutter=16,
               ml=36, mr=36, band_gap=12)
    p1 = [
        full(b_title("総務省 総合職 採用情報", "令和3年3月現在", size=17)),
        full(b_contacts(E), b_access(E)),
        cols([b_assign(E, ruled=False, hstyle="bracket")], [b_hiring(E, ruled=True, hstyle="bracket")],
             widths=[0.9, 1.1]),
        full(b_exam(E, ruled=True, hstyle="bracket")),
        full(b_training(E)),
    ]
    return E, [(st, p1)], {}


def fx_soumu_2020():
    # 2 pages, H/R labels, side headings on page 1, vertical + bracket on page 2
    E = ED.EDITIONS["soumu-2020"]
    st = style(head_style="bracket", body=8.6, table=8.4, table_head=7.8, ml=48, mr=48, mt=48, gutter=24)
    p1 = [
        full(b_title("採用情報", "令和2年3月現在")),
        cols([b_contacts(E), b_access(E)],
             [b_assign(E, ruled=True), b_hiring(E, ruled=False, note_first=True)], widths=[0.95, 1.05]),
        full(b_exam(E, ruled=False)),
    ]
    st2 = style(body=8.2, ml=48, mr=48, mt=48, gutter=14, block_gap=10)
    p2 = soumu_p2(E, st2, init_cols=3, support_cols=2)
    return E, [(st, p1), (st2, p2)], {}


def fx_soumu_2024_leaflet():
    # the real 2024 facts squeezed onto one page in four columns; vertical headings
    E = ED.EDITIONS["soumu-2024"]
    st = style(head_style="vertical", head=9.5, body=6.9, table=6.8, table_head=6.2, ml=26, mr=26, mt=30,
               mb=30, gutter=10, block_gap=10, cell_pad=2.5, row_pad=2.0, title=15, col_rules=True)
    p1 = [
        full(b_title("総務省 採用情報 2024")),
        cols([b_contacts(E)], [b_access(E)], [b_lead(E, hsize=9.5)], [b_training(E)],
             widths=[1.1, 0.95, 0.95, 1.0]),
        cols([b_assign(E, ruled=True)], [b_hiring(E, ruled=True)], widths=[1, 1.1]),
        full(b_exam(E, ruled=True, hstyle="bracket")),
        cols(*[[b_box(s["name"], s["text"])] for s in E["supportSystems"]]),
    ]
    return E, [(st, p1)], {"omit": ["initiativesIntro", "initiatives"]}


def fx_mlit_2024():
    # other ministry: narrow margins, Gothic body, tracked fake-bold headings, 3 columns
    E = ED.EDITIONS["mlit-2024"]
    green = colors.HexColor("#1f6b3a")
    common = dict(ml=28, mr=28, mt=34, mb=36, body_font="G", body=7.4, head=10.5, head_bold=True,
                  head_cs=1.2, head_style="bracket", accent=green, head_color=green,
                  box_fill=colors.HexColor("#edf6ef"), header_fill=colors.HexColor("#d7eadb"),
                  table=7.3, table_head=6.9, gutter=13, title=22, cell_pad=3)
    st = style(**common)
    p1 = [
        full(b_title("国土交通省 総合職採用案内", "令和6年4月現在")),
        cols([b_contacts(E), b_access(E)], [b_assign(E, ruled=False)], [b_hiring(E, ruled=True)],
             widths=[0.95, 1, 1.15]),
        full(b_exam(E, ruled=True)),
    ]
    st2 = style(**dict(common, body=7.6, block_gap=8))
    inits = E["initiatives"]
    p2 = [
        full(b_title("働き方・両立支援")),
        full(b_lead(E)),
        full(b_init_intro(E)),
        cols([b_box(i["title"], i["text"]) for i in inits[:2]],
             [b_box(i["title"], i["text"]) for i in inits[2:4]],
             [b_box(i["title"], i["text"]) for i in inits[4:]]),
        full(b_support_header(E)),
        cols(*[[b_box(s["name"], s["text"])] for s in E["supportSystems"][:3]]),
        cols([b_box(E["supportSystems"][3]["name"], E["supportSystems"][3]["text"])],
             [b_training(E, hstyle="vertical")], widths=[1, 2]),
        full(b_support_source(E)),
    ]
    return E, [(st, p1), (st2, p2)], {}


def fx_mhlw_2025():
    # other ministry: wide margins, 4 columns, transposed ruled table, vertical headings on the left
    E = ED.EDITIONS["mhlw-2025"]
    orange = colors.HexColor("#a8461b")
    common = dict(ml=44, mr=44, mt=56, mb=56, body=7.0, head=9.6, head_style="vertical", accent=orange,
                  head_color=orange, box_fill=colors.HexColor("#fbf0ea"), header_fill=colors.HexColor("#f6dccd"),
                  table=7.0, table_head=6.6, gutter=12, title=18, cell_pad=3)
    st = style(**common)
    p1 = [
        full(b_title("厚生労働省 総合職採用パンフレット")),
        cols([b_contacts(E)], [b_access(E)], [b_assign(E, ruled=False, hstyle="bracket")], [b_exam_compact(E)],
             widths=[1.05, 0.95, 1.0, 1.0]),
        full(b_hiring(E, ruled=True, transposed=True, hstyle="bracket")),
    ]
    st2 = style(**dict(common, head_style="bold", head_bold=True, body=7.4, block_gap=8))
    inits = E["initiatives"]
    p2 = [
        full(b_title("ワークライフバランス")),
        full(b_lead(E)),
        full(b_init_intro(E)),
        cols(*[[b_box(i["title"], i["text"])] for i in inits]),
        full(b_support_header(E)),
        cols(*[[b_box(s["name"], s["text"])] for s in E["supportSystems"]]),
        full(b_support_source(E)),
        full(b_training(E, hstyle="vertical")),
    ]
    return E, [(st, p1), (st2, p2)], {}


def b_exam_compact(E, hstyle=None):
    """Exam categories as a heading + list (no table) for narrow columns."""
    X = E["exams"]

    def body(page, x, y, w):
        st = page.st
        for e in X["entries"]:
            track = "".join(e["track"]) if isinstance(e["track"], list) else e["track"]
            y = paragraph(page, x, y, w, f"{track}・{e['exam']}", font="G")
            for ln in e["lines"]:
                y = paragraph(page, x, y, w, ln, indent=6)
        return y
    return lambda page, x, y, w: section(page, x, y, w, "試験区分", body, hstyle)


def fx_mlit_2023():
    # one page, asymmetric margins, side headings, NO rules anywhere, transposed unruled table
    E = ED.EDITIONS["mlit-2023"]
    green = colors.HexColor("#1f6b3a")
    st = style(ml=56, mr=30, mt=40, mb=40, body=8.0, head=10, head_style="side", side_col=58, accent=green,
               table=7.8, table_head=7.2, gutter=20, title=19, band_gap=16, box_fill=colors.HexColor("#edf6ef"))
    p1 = [
        full(b_title("国土交通省 総合職 採用リーフレット", "令和5年4月現在")),
        full(b_contacts(E), b_access(E)),
        cols([b_assign(E, ruled=False, hstyle="bracket")], [b_exam_compact(E, hstyle="bracket")],
             widths=[1, 1]),
        full(b_hiring(E, ruled=False, transposed=True)),
        full(b_training(E)),
    ]
    return E, [(st, p1)], {"omit": ["lead", "initiativesIntro", "initiatives", "supportTitle", "supportSystems",
                                    "supportSource"]}


FIXTURES = {
    "soumu-2024": (fx_soumu_2024, "real 令和6年 edition; 2 columns; ruled hiring/exam tables, unruled assignment table; 3-column box grid; vertical 研修制度"),
    "soumu-2023": (fx_soumu_2023, "full-width digits; 3 columns with column rules; no table rules at all; bold headings without 【】; 令和元年度 labels"),
    "soumu-2022": (fx_soumu_2022, "transposed hiring table; vertical headings left of every page-1 section; mixed digit widths; 2018年度 labels"),
    "soumu-2025": (fx_soumu_2025, "3 pages, running header + page numbers; 4-column box grid; 令和3年度 labels"),
    "soumu-2021": (fx_soumu_2021, "1 page; side headings (horizontal, left of their section); 平成31年度 labels"),
    "soumu-2020": (fx_soumu_2020, "H28/R1 labels; women note above table; unruled exam table with top-aligned group label"),
    "soumu-2024-leaflet": (fx_soumu_2024_leaflet, "real 2024 facts on 1 page: 4 columns, small type, vertical headings"),
    "mlit-2024": (fx_mlit_2024, "国土交通省; narrow margins; gothic body; tracked fake-bold headings; 3 columns; 14-row table"),
    "mlit-2023": (fx_mlit_2023, "国土交通省 1-page leaflet; asymmetric margins; side headings; no rules; transposed unruled table"),
    "mhlw-2025": (fx_mhlw_2025, "厚生労働省; wide margins; 4 columns; transposed ruled table; vertical headings"),
}


# --------------------------------------------------------------------------------------
# facts
# --------------------------------------------------------------------------------------
def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def count_women(s):
    m = re.fullmatch(r"(\d+)\((\d+)\)", nfkc(s))
    if not m:
        raise SystemExit(f"bad count {s!r}")
    return {"count": int(m.group(1)), "women": int(m.group(2)), "text": s}


def persons(s):
    if not s:
        return None
    m = re.fullmatch(r"(\d+)名", nfkc(s))
    if not m:
        raise SystemExit(f"bad person count {s!r}")
    return int(m.group(1))


def joined(t):
    return "".join(t) if isinstance(t, list) else t


def facts_for(name, E, npages):
    H = E["hiring"]
    rows = []
    for (fy, label, planned, tot, adm, tec) in H["rows"]:
        r = {"fiscalYear": fy, "label": label, "labelText": label + ("（予定数）" if planned else ""),
             "planned": planned, "total": count_women(tot), "admin": count_women(adm), "tech": count_women(tec)}
        for k in ("count", "women"):
            if r["total"][k] != r["admin"][k] + r["tech"][k]:
                raise SystemExit(f"{name}: hiring {label} {k} does not add up")
        rows.append(r)
    actual = [r for r in rows if not r["planned"]][-1]
    planned = [r for r in rows if r["planned"]]
    A = E["assignments"]
    arows = [{"unit": u, "admin": persons(a), "tech": persons(t)} for (u, a, t) in A["rows"]]
    sa = sum(r["admin"] or 0 for r in arows)
    stc = sum(r["tech"] or 0 for r in arows)
    if (sa, stc) != (actual["admin"]["count"], actual["tech"]["count"]):
        raise SystemExit(f"{name}: assignments {sa}/{stc} != cohort {actual['label']} "
                         f"{actual['admin']['count']}/{actual['tech']['count']}")
    X = E["exams"]
    entries = []
    for e in X["entries"]:
        text = "".join(e["lines"])
        items = [{"category": c, "count": int(n)} for c, n in re.findall(r"([^：:、]+)[：:](\d+)名", nfkc(text))]
        if nfkc(text) != "、".join(f"{i['category']}:{i['count']}名" for i in items).replace(":", ":"):
            # allow either colon; check that nothing else is in the text
            rebuilt = re.sub(r"[：:]", ":", nfkc(text))
            expect = "、".join(f"{i['category']}:{i['count']}名" for i in items)
            if rebuilt.rstrip("、") != expect:
                raise SystemExit(f"{name}: cannot parse exam text {text!r}")
        entries.append({"track": joined(e["track"]), "exam": e["exam"], "text": text,
                        "breakdown": items, "total": sum(i["count"] for i in items)})
    if planned:
        p = planned[-1]
        for key, lab in (("admin", H["tracks"]["admin"]), ("tech", joined(H["tracks"]["tech"]))):
            s = sum(en["total"] for en in entries if en["track"] == lab)
            if s != p[key]["count"]:
                raise SystemExit(f"{name}: exam sum {lab} {s} != planned {p[key]['count']}")
    return {
        "fixture": name,
        "organization": E["organization"],
        "document": E["document"],
        "edition": E["edition"],
        "pages": npages,
        "contacts": E["contacts"],
        "access": E["access"],
        "assignments": {"cohortFiscalYear": actual["fiscalYear"], "intro": "".join(A["intro"]),
                        "tracks": {"admin": A["header"][1], "tech": A["header"][2]}, "rows": arows,
                        "totals": {"admin": sa, "tech": stc}},
        "hiring": {"intro": H["intro"], "note": H["note"],
                   "tracks": {"admin": H["tracks"]["admin"], "tech": joined(H["tracks"]["tech"])},
                   "rows": rows},
        "exams": {"title": X["title"], "fiscalYear": X["fiscalYear"], "entries": entries},
        "lead": E.get("lead"),
        "initiativesIntro": E.get("initiativesIntro"),
        "initiatives": [{"title": i["title"], "text": i["text"], **({"photoCaption": i["photoCaption"]} if i.get("photoCaption") else {})}
                        for i in E.get("initiatives", [])],
        "supportTitle": E.get("supportTitle"),
        "supportSystems": E.get("supportSystems", []),
        "supportSource": E.get("supportSource"),
        "training": E.get("training"),
    }


# --------------------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------------------
def draw_pages(path_or_buf, name, pages, title, encrypt=None):
    c = canvas.Canvas(path_or_buf, pagesize=A4, invariant=1, pageCompression=1, encrypt=encrypt)
    c.setTitle(title)
    c.setAuthor("BrochureKit fixtures")
    c.setCreator("Fixtures/generate.py")
    c.setSubject(name)
    for pno, page in enumerate(pages, 1):
        for g in page.gfx:
            g(c)
        items = page.items + page.furniture
        rng = random.Random(f"{name}/page{pno}")
        order = list(range(len(items)))
        rng.shuffle(order)
        for k in order:
            x, y, font, size, s, bold, cs = items[k]
            # q..Q around every text object: Tc and Tr are graphics state and outlive ET
            c.saveState()
            t = c.beginText()
            t.setFont(FONT_NAMES[font], size)
            t.setTextOrigin(x, PH - y)
            if cs:
                t.setCharSpace(cs)
            if bold:
                c.setLineWidth(size * 0.035)
                t.setTextRenderMode(2)
            t.textOut(s)
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()


FIXTURE_OPTS = {}


def build(name):
    fn, _desc = FIXTURES[name]
    E, spec, opts = fn()
    FIXTURE_OPTS[name] = opts
    pages = []
    n = len(spec)
    for pno, (st, bands) in enumerate(spec, 1):
        page = compose(st, bands, header=opts.get("header"),
                       footer=f"- {pno} -" if opts.get("pagenums") else None)
        check_page(page, name, pno)
        pages.append(page)
    return E, pages


def write_fixture(name, outdir):
    E, pages = build(name)
    pdf = os.path.join(outdir, name + ".pdf")
    draw_pages(pdf, name, pages, f'{E["organization"]} {E["document"]} {E["edition"]["asOfText"]}')
    lines = []
    for k, p in enumerate(pages):
        if k:
            lines.append("\f")
        lines.extend(p.lines)
    with open(os.path.join(outdir, name + ".expected.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    facts = facts_for(name, E, len(pages))
    for key in FIXTURE_OPTS.get(name, {}).get("omit", []):
        facts[key] = [] if key in ("initiatives", "supportSystems") else None
    with open(os.path.join(outdir, name + ".facts.json"), "w", encoding="utf-8") as f:
        json.dump(facts, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return pdf, pages


# --------------------------------------------------------------------------------------
# bad inputs
# --------------------------------------------------------------------------------------
def write_bad(baddir, brochure_dir):
    from reportlab.lib.pdfencrypt import StandardEncryption
    from PIL import Image, ImageDraw, ImageFont

    os.makedirs(baddir, exist_ok=True)
    # 1. encrypted with a user password ("secret"), owner password "owner-secret"
    E, pages = build("soumu-2021")
    enc = StandardEncryption("secret", ownerPassword="owner-secret", canPrint=1, canModify=0, canCopy=0,
                             canAnnotate=0, strength=128)
    draw_pages(os.path.join(baddir, "encrypted-userpw.pdf"), "encrypted-userpw", pages,
               "encrypted fixture", encrypt=enc)
    # 2. truncated: the first half of a real brochure
    with open(os.path.join(brochure_dir, "soumu-2024.pdf"), "rb") as f:
        data = f.read()
    with open(os.path.join(baddir, "truncated.pdf"), "wb") as f:
        f.write(data[: len(data) // 2])
    # 3. image-only: a page whose only content is a raster picture of text
    W, Hh = 1240, 900
    img = Image.new("L", (W, Hh), 255)
    d = ImageDraw.Draw(img)
    fg = ImageFont.truetype(FONT_PATHS["G"][0], 44)
    fm = ImageFont.truetype(FONT_PATHS["M"][0], 30)
    d.text((60, 50), "【採用実績】", font=fg, fill=0)
    yy = 130
    for ln in ["過去５年間の入省者（総合職）は以下のとおりです。",
               "入省年度　合計　　事務系　　技術系",
               "R2　　　55（20）　49（17）　6（3）",
               "R3　　　52（17）　47（14）　5（3）",
               "R4　　　56（21）　46（16）　10（5）",
               "R5　　　70（23）　61（20）　9（3）",
               "※（　）内は女性の人数です。（内数）"]:
        d.text((60, yy), ln, font=fm, fill=0)
        yy += 60
    img = img.point(lambda v: 0 if v < 128 else 255).convert("1")
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    buf.seek(0)
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(os.path.join(baddir, "image-only.pdf"), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("image-only fixture")
    c.drawImage(ImageReader(buf), 40, PH - 40 - (PW - 80) * Hh / W, width=PW - 80, height=(PW - 80) * Hh / W)
    c.showPage()
    c.save()
    # 4. not a PDF: a PNG renamed
    png = io.BytesIO()
    Image.new("RGB", (64, 32), (29, 78, 137)).save(png, "PNG")
    with open(os.path.join(baddir, "not-a-pdf.pdf"), "wb") as f:
        f.write(png.getvalue())
    # 5. empty
    open(os.path.join(baddir, "empty.pdf"), "wb").close()


def main():
    outdir = os.path.join(HERE, "brochures")
    os.makedirs(outdir, exist_ok=True)
    names = sys.argv[1:] or list(FIXTURES)
    for name in names:
        pdf, pages = write_fixture(name, outdir)
        print(f"{pdf}: {len(pages)} page(s), {os.path.getsize(pdf)} bytes")
    if not sys.argv[1:]:
        write_bad(os.path.join(HERE, "bad"), outdir)
        for f in sorted(os.listdir(os.path.join(HERE, "bad"))):
            print(f"Fixtures/bad/{f}: {os.path.getsize(os.path.join(HERE, 'bad', f))} bytes")


if __name__ == "__main__":
    main()
