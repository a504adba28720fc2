#!/usr/bin/env python3
"""Blind holdout set 104: three national bodies (東北管区行政評価局, 酒類総合研究所, 国立療養所長島愛生園).

Self-contained (generate_holdout103.py's machinery, checks extended; A4 landscape): a page model in top-down
coordinates, a table helper, reportlab's canvas (invariant=1, no page compression), the
facts and the checks. Every visual text piece is one text object; the objects of a page
are written after its graphics in a seeded shuffled order.

  python3 Fixtures/generate_holdout104.py                   # all three
  python3 Fixtures/generate_holdout104.py tohoku-hyoka-2026    # one
  python3 Fixtures/generate_holdout104.py --selftest        # inject faults; every one must be refused
"""
import io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout104')
sys.path.insert(0, os.path.join(ROOT, 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

FONTS = {'G': '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
         'M': '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'}
TT = {}
for k, p in FONTS.items():
    TT[k] = TTFont(k, p)
    pdfmetrics.registerFont(TT[k])

A4 = (595.28, 841.89)
FW = str.maketrans('0123456789', '０１２３４５６７８９')
KINSOKU = set('、。，．）」』】〕・：；？！ーっゃゅょァィゥェォッャュョ')


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


class Doc:
    def __init__(self, name, seed, size=A4):
        self.name, self.seed = name, seed
        self.W, self.H = size
        self.pages = []      # each: {'items': [...], 'gfx': [...]}
        self.lines = []      # (page, [cells]); cell = [item ids]
        self.items = []
        self.new_page()

    # ---- model ----
    def new_page(self):
        self.pages.append({'gfx': []})
        self.p = len(self.pages) - 1

    def text(self, x, y, s, font='M', size=9, align='l', furniture=False, mode=0, color=(0, 0, 0)):
        w = sw(s, font, size)
        if align == 'r': x -= w
        elif align == 'c': x -= w / 2
        self.items.append(dict(page=self.p, x=x, y=y, s=s, font=font, size=size, w=w,
                               furniture=furniture, mode=mode, color=color))
        return len(self.items) - 1

    def line(self, *cells):
        self.lines.append((self.p, [c if isinstance(c, list) else [c] for c in cells]))

    def put(self, x, y, s, **kw):
        i = self.text(x, y, s, **kw)
        self.line(i)
        return i

    def vtext(self, cx, ytop, s, font='G', size=13, step=1.12):
        ids = []
        for k, ch in enumerate(s):
            ids.append(self.text(cx, ytop + size * 0.88 + k * size * step, ch, font=font, size=size, align='c'))
        self.line(ids)
        return ids

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6):
        self.pages[self.p]['gfx'].append(('rect', x, y, w, h, fill, stroke, lw))

    def hline(self, x1, x2, y, lw=0.6, color=(0, 0, 0)):
        self.pages[self.p]['gfx'].append(('line', x1, y, x2, y, lw, color))

    def vline(self, x, y1, y2, lw=0.6, color=(0, 0, 0)):
        self.pages[self.p]['gfx'].append(('line', x, y1, x, y2, lw, color))

    # ---- table: rows of cells; a cell is str, None (empty), or dict(t=[lines], rs=, cs=)
    def table(self, x, y, widths, rows, rh=16, font='M', size=8.5, ruled=True, header=1,
              hfill=(0.9, 0.9, 0.9), hfont='G', align0='l', rules_between=False, norules=False):
        nrows, ncols = len(rows), len(widths)
        xs = [x]
        for w in widths: xs.append(xs[-1] + w)
        covered = set()
        grid = []
        for r, row in enumerate(rows):
            c = 0
            cells = []
            for cell in row:
                while (r, c) in covered: c += 1
                if isinstance(cell, dict): rs, cs, tl = cell.get('rs', 1), cell.get('cs', 1), cell['t']
                else: rs, cs, tl = 1, 1, ([] if cell is None else [cell])
                for rr in range(r, r + rs):
                    for cc in range(c, c + cs):
                        if (rr, cc) != (r, c): covered.add((rr, cc))
                cells.append((c, rs, cs, tl))
                c += cs
            grid.append(cells)
        out_lines = [[None] * ncols for _ in range(nrows)]
        for r, cells in enumerate(grid):
            for (c, rs, cs, tl) in cells:
                x0, x1 = xs[c], xs[c + cs]
                y0, y1 = y + r * rh, y + (r + rs) * rh
                f = hfont if r < header else font
                if r < header and hfill: self.rect(x0, y0, x1 - x0, y1 - y0, fill=hfill)
                if ruled: self.rect(x0, y0, x1 - x0, y1 - y0, stroke=(0.2, 0.2, 0.2), lw=0.5)
                ids = []
                n = len(tl)
                lh = size * 1.2
                for k, s in enumerate(tl):
                    w = sw(s, f, size)
                    assert w <= (x1 - x0) - 4, f'{self.name}: cell text too wide: {s!r} {w:.1f} > {x1 - x0 - 4:.1f}'
                    by = (y0 + y1) / 2 - (n * lh) / 2 + k * lh + size * 0.82
                    if c == 0 and align0 == 'l' and r >= header:
                        ids.append(self.text(x0 + 4, by, s, font=f, size=size))
                    else:
                        ids.append(self.text((x0 + x1) / 2, by, s, font=f, size=size, align='c'))
                out_lines[r][c] = ids
        if not ruled and not norules:
            self.hline(xs[0], xs[-1], y, lw=1.2)
            self.hline(xs[0], xs[-1], y + header * rh, lw=0.6)
            self.hline(xs[0], xs[-1], y + nrows * rh, lw=1.2)
            if rules_between:
                for r in range(header + 1, nrows):
                    self.hline(xs[0], xs[-1], y + r * rh, lw=0.3, color=(0.6, 0.6, 0.6))
        # expected lines: colspan-covered cells dropped, rowspan-covered cells empty
        for r in range(nrows):
            cells = []
            for c in range(ncols):
                if out_lines[r][c] is not None: cells.append(out_lines[r][c])
                elif (r, c) in covered and self._colspan_covered(grid, r, c): continue
                else: cells.append([])
            self.lines.append((self.p, cells))
        return y + nrows * rh

    @staticmethod
    def _colspan_covered(grid, r, c):
        # covered by a span that starts in this row and reaches across to column c
        return any(c0 < c < c0 + cs for (c0, rs, cs, tl) in grid[r])

    # ---- output ----
    def expected(self):
        pages = []
        for p in range(len(self.pages)):
            ls = []
            for (lp, cells) in self.lines:
                if lp != p: continue
                ls.append('\t'.join(''.join(self.items[i]['s'] for i in cell) for cell in cells))
            pages.append('\n'.join(ls))
        return '\n\f\n'.join(pages) + '\n'

    def render(self):
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(self.W, self.H), invariant=1, pageCompression=0)
        H = self.H
        for p, page in enumerate(self.pages):
            for g in page['gfx']:
                if g[0] == 'rect':
                    _, x, y, w, h, fill, stroke, lw = g
                    if fill: c.setFillColorRGB(*fill)
                    if stroke: c.setStrokeColorRGB(*stroke); c.setLineWidth(lw)
                    c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
                else:
                    _, x1, y1, x2, y2, lw, color = g
                    c.setStrokeColorRGB(*color); c.setLineWidth(lw)
                    c.line(x1, H - y1, x2, H - y2)
            its = [it for it in self.items if it['page'] == p]
            random.Random(self.seed * 100 + p).shuffle(its)
            for it in its:
                t = c.beginText()
                t.setTextOrigin(it['x'], H - it['y'])
                t.setFont(it['font'], it['size'])
                t.setFillColorRGB(*it['color'])
                if it['mode']: t.setTextRenderMode(it['mode'])
                t.textOut(it['s'])
                if it['mode']: t.setTextRenderMode(0)
                c.drawText(t)
            c.showPage()
        c.save()
        return buf.getvalue()

    # ---- checks ----
    def check(self, pdf):
        err = []
        n = len(self.items)
        for i, it in enumerate(self.items):
            for ch in it['s']:
                if ord(ch) not in TT[it['font']].face.charToGlyph: err.append(f'glyph {ch!r} missing in {it["font"]}')
            x0, x1 = it['x'], it['x'] + it['w']
            y0, y1 = it['y'] - it['size'] * 0.88, it['y'] + it['size'] * 0.12
            it['box'] = (x0, y0, x1, y1)
            if x0 < 20 or y0 < 20 or x1 > self.W - 20 or y1 > self.H - 20: err.append(f'margin: {it["s"]!r}')
            if not it['furniture'] and y1 > self.H - 40: err.append(f'bottom margin: {it["s"]!r}')
        for p in range(len(self.pages)):
            its = [it for it in self.items if it['page'] == p]
            for a in range(len(its)):
                for b in range(a + 1, len(its)):
                    A, B = its[a]['box'], its[b]['box']
                    if A[0] < B[2] - 0.3 and B[0] < A[2] - 0.3 and A[1] < B[3] - 0.3 and B[1] < A[3] - 0.3:
                        err.append(f'overlap: {its[a]["s"]!r} / {its[b]["s"]!r}')
        uses = Counter(i for (_, cells) in self.lines for cell in cells for i in cell)
        for i, it in enumerate(self.items):
            want = 0 if it['furniture'] else 1
            if uses[i] != want: err.append(f'item {it["s"]!r} in {uses[i]} expected lines')
        exp = self.expected()
        for p, ptxt in enumerate(exp[:-1].split('\n\f\n')):
            for ln in ptxt.split('\n'):
                if not ln.strip(): err.append('empty expected line')
                elif ln.strip()[0] in KINSOKU: err.append(f'kinsoku start: {ln!r}')
                elif re.fullmatch(r'[-\s\dP.]+', ln): err.append(f'folio line: {ln!r}')
            drawn = Counter(ch for it in self.items if it['page'] == p and not it['furniture'] for ch in it['s'] if not ch.isspace())
            want = Counter(ch for ch in ptxt if not ch.isspace())
            if drawn != want: err.append(f'page {p + 1}: drawn and expected characters differ')
        with tempfile.NamedTemporaryFile(suffix='.pdf') as tf:
            tf.write(pdf); tf.flush()
            for p in range(len(self.pages)):
                got = subprocess.run(['pdftotext', '-f', str(p + 1), '-l', str(p + 1), tf.name, '-'],
                                     capture_output=True, text=True).stdout
                g = Counter(ch for ch in got if not ch.isspace() and ch != '\f')
                d = Counter(ch for it in self.items if it['page'] == p for ch in it['s'] if not ch.isspace())
                if g != d: err.append(f'pdftotext page {p + 1} differs: {(g - d) + (d - g)}')
        if pdf.count(b'BT') < n: err.append('fewer BT than items')
        if self.render() != pdf: err.append('two renders differ')
        return err


# ------------------------------------------------------------------ facts helpers

def cnt(n, w, fw=False):
    z = (lambda s: s.translate(FW)) if fw else (lambda s: s)
    t = z(str(n))
    wt = None if w is None else z(str(w))
    return dict(count=n, text=t, women=w, womenText=wt, cellText=t if w is None else f'{t}（{wt}）')


def era(fy):
    return f'令和{fy - 2018}年度'


def hiring_rows(data, fw=False, label=None):
    rows = []
    for fy, (a, aw), (t, tw), planned in data:
        lt = label(fy, planned) if label else (era(fy) + ('（予定）' if planned else ''))
        rows.append(dict(fiscalYear=fy, label=era(fy), planned=planned,
                         total=cnt(a + t, None if planned else aw + tw, fw),
                         admin=cnt(a, None if planned else aw, fw),
                         tech=cnt(t, None if planned else tw, fw), labelText=lt))
    return rows


def route_fact(line, stop):
    i = line.index(stop + '駅')
    return line[:i] + '『' + stop + '』' + line[i + len(stop):]




# ------------------------------------------------------------------ shared drawing bits

def heading(d, x, y, s, color):
    d.rect(x, y - 12, 4, 15, fill=color)
    d.put(x + 9, y, s, font='G', size=12, color=color)


def contacts_access(d, x, y, head, office, tel, email, address, routes, extra=(), size=8.5,
                    titles=('お問い合わせ', 'アクセス')):
    head(x, y, titles[0])
    d.put(x, y + 20, office, size=9)
    d.put(x, y + 35, 'TEL ' + tel, size=9)
    d.put(x, y + 50, 'E-mail ' + email, size=size)
    y += 84
    head(x, y, titles[1])
    d.put(x, y + 20, address, size=size)
    k = 0
    for s, st in routes:
        d.put(x, y + 38 + k * 14, s, size=size); k += 1
    for s in extra:
        d.put(x, y + 38 + k * 14, s, size=size); k += 1
    return y + 38 + k * 14


def exam_table(d, x, y, exams, widths, hfill, ruled=True, header=('区分', '職種', '予定数'), rh=16, quals=None):
    rows = [list(header)]
    for tr, cats in exams:
        for k, (c, n) in enumerate(cats):
            cc = {'t': [c, quals[c]]} if quals and c in quals else c
            rows.append([{'t': [tr], 'rs': len(cats)}, cc, str(n)] if k == 0 else [cc, str(n)])
    return d.table(x, y, widths, rows, rh=rh, hfill=hfill, ruled=ruled)


def running_header(d, R, s):
    d.text(R, 30, s, size=7.5, align='r', furniture=True, color=(0.4, 0.4, 0.4))


def item_list(d, x, y, items, mark, tsize=9.5, bsize=8.5):
    for t, body in items:
        d.put(x, y, mark + t, font='G', size=tsize)
        for s in body:
            y += 14; d.put(x + 10, y, s, size=bsize)
        y += 22
    return y


def support_list(d, x, y, supports):
    for nm, dur, txt in supports:
        d.put(x, y, f'●{nm}（{dur}）', font='G', size=9)
        y += 14; d.put(x + 10, y, txt, size=8.5)
        y += 22
    return y


def hiring_table(d, x, y, widths, hire, header, hfill):
    rows = [list(header)]
    for r in hire:
        rows.append([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
    return d.table(x, y, widths, rows, rh=17, hfill=hfill)


def assign_table(d, x, y, widths, assign, header, hfill):
    rows = [list(header)] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in assign]
    return d.table(x, y, widths, rows, rh=16, hfill=hfill)


def std_printed_rows(hire):
    return ['\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
            for r in hire]




def std_hiring(d, x, y, widths, hire, header, hfill):
    rows = [list(header)] + [[r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]
                             for r in hire]
    return d.table(x, y, widths, rows, rh=17, hfill=hfill), ['\t'.join(r) for r in rows[1:]]


def two_column_p2(d, L, R, rx, head, training, inits_draw, ititle, supports, stitle, contacts_fn):
    y = 76
    head(L, y, '研修')
    for k, s in enumerate(training): d.put(L, y + 20 + k * 14, s, size=8.4)
    y += 20 + len(training) * 14 + 26
    head(L, y, ititle)
    inits_draw(L, y + 24)
    y = 76
    head(rx, y, stitle)
    y = support_list(d, rx, y + 24, supports)
    contacts_fn(rx, y + 8)



def hiring_rows3(data, label):
    """Rows with a third column (技能) that is part of 計: total = admin + tech + other."""
    rows = []
    for fy, (a, aw), (t, tw), (o, ow), planned in data:
        wsum = None if planned else aw + tw + ow
        rows.append(dict(fiscalYear=fy, label=era(fy), planned=planned,
                         total=cnt(a + t + o, wsum),
                         admin=cnt(a, None if planned else aw),
                         tech=cnt(t, None if planned else tw),
                         other=cnt(o, None if planned else ow), labelText=label(fy, planned)))
    return rows


def contacts_access2(d, x, y, head, office, tel, email, address_lines, routes, size=8.2):
    head(x, y, 'お問い合わせ')
    d.put(x, y + 20, office, size=9)
    d.put(x, y + 35, 'TEL ' + tel, size=9)
    d.put(x, y + 50, 'E-mail ' + email, size=size)
    y += 84
    head(x, y, 'アクセス')
    k = 0
    for s in address_lines:
        d.put(x, y + 20 + k * 13, s, size=size); k += 1
    y = y + 20 + k * 13 + 5
    for s, st in routes:
        d.put(x, y, s, size=size); y += 14
    return y



# ------------------------------------------------------------------ holdout104: A4 landscape, three columns

LAND = (A4[1], A4[0])   # 841.89 x 595.28


def frame(d, n, total, org, col, left_text):
    """Running header AND running footer with a page number: furniture on every page."""
    W, H = d.W, d.H
    d.text(36, 28, left_text, size=7.5, furniture=True, color=(0.4, 0.4, 0.4))
    d.text(W - 36, 28, 'RECRUITING GUIDE 2026', font='G', size=7.5, align='r', furniture=True, color=(0.4, 0.4, 0.4))
    d.hline(36, W - 36, 34, lw=0.8, color=col)
    d.hline(36, W - 36, H - 34, lw=0.4, color=(0.5, 0.5, 0.5))
    d.text(W / 2, H - 22, f'- {n} -', size=8, align='c', furniture=True)
    d.text(W - 36, H - 22, org, size=7, align='r', furniture=True, color=(0.4, 0.4, 0.4))


def masthead(d, org, mast, edition, col, lead, lead_x=None, lead_y=None):
    L, R = 36, d.W - 36
    d.put(L, 68, org, font='G', size=mast, color=col)
    d.put(L, 90, '職員採用案内 2026', font='G', size=13)
    d.put(R, 90, edition, size=9.5, align='r')


def side_by_side_exams(d, x, y, widths, exams, rh=16, size=8.5):
    """Exam breakdown as two track blocks side by side in ONE unruled table:
    事務 | 予定数 | 技術 | 予定数 (shape 2). No rule of any kind: alignment only."""
    (ta, acats), (tt, tcats) = exams
    n = max(len(acats), len(tcats))
    xs = [x]
    for w in widths: xs.append(xs[-1] + w)
    rows = [[ta, '予定数', tt, '予定数']]
    for k in range(n):
        a = acats[k] if k < len(acats) else None
        t = tcats[k] if k < len(tcats) else None
        rows.append([a[0] if a else None, str(a[1]) if a else None, t[0] if t else None, str(t[1]) if t else None])
    for r, row in enumerate(rows):
        by = y + r * rh + rh / 2 + size * 0.35
        f = 'G' if r == 0 else 'M'
        cells = []
        for c, s in enumerate(row):
            if s is None: cells.append([]); continue
            if c in (0, 2): i = d.text(xs[c] + (2 if c == 0 else 14), by, s, font=f, size=size)
            else: i = d.text(xs[c + 1] - 6, by, s, font=f, size=size, align='r')
            cells.append([i])
        d.lines.append((d.p, cells))
    return y + len(rows) * rh, ['\t'.join('' if s is None else s for s in row) for row in rows]


def transposed_split_hiring(d, x, y, lw, cw, hire, ta, tt, rh=18, size=8.5):
    """Years as COLUMNS, tracks as rows, no rule at all; each count is right-aligned on a tab stop and
    its women bracket is a SEPARATE piece left-aligned after it (shape 4)."""
    xs = [x + lw + k * cw for k in range(len(hire) + 1)]
    # header: one line per actual year; the planned column on two lines (令和8年度 / （予定）)
    hdr = [[d.text(x, y + 12, '年度', font='G', size=size)]]
    for k, r in enumerate(hire):
        cx = (xs[k] + xs[k + 1]) / 2
        if r['planned']:
            ids = [d.text(cx, y + 6, r['label'], font='G', size=size, align='c'),
                   d.text(cx, y + 6 + size * 1.2, '（予定）', font='G', size=size, align='c')]
        else:
            ids = [d.text(cx, y + 12, r['labelText'], font='G', size=size, align='c')]
        hdr.append(ids)
    d.lines.append((d.p, hdr))
    printed = []
    for j, (key, lab) in enumerate((('admin', ta), ('tech', tt), ('total', '計'))):
        by = y + 22 + (j + 1) * rh - 4
        cells = [[d.text(x, by, lab, font='G' if key == 'total' else 'M', size=size)]]
        texts = [lab]
        for k, r in enumerate(hire):
            c = r[key]
            stop = xs[k] + cw * 0.45
            ids = [d.text(stop, by, c['text'], size=size, align='r')]
            if c['cellText'] != c['text']:
                ids.append(d.text(stop + 2.5, by, f"（{c['womenText']}）", size=size))
            cells.append(ids)
            texts.append(c['cellText'])
        d.lines.append((d.p, cells))
        printed.append('\t'.join(texts))
    return y + 22 + 3 * rh + 6, printed


def hiring_transposed_ruled(d, x, y, widths, hire, ta, tt, hfill):
    rows = [['区分'] + [{'t': [r['label'], '（予定）']} if r['planned'] else r['labelText'] for r in hire]]
    for key, lab in (('admin', ta), ('tech', tt), ('total', '計')):
        rows.append([lab] + [r[key]['cellText'] for r in hire])
    yy = d.table(x, y, widths, rows, rh=18, hfill=hfill)
    return yy, ['\t'.join(rows[k]) for k in range(1, 4)]


def support_block(d, x, y, items, colx=None, break_at=None, ytop=None):
    """●name（duration） + indented text; '＜…＞' entries are group sub-headings (shape 3).
    From item break_at on, the list continues at the top of the next column (colx, ytop)."""
    printed = []
    for k, it in enumerate(items):
        if k == break_at:
            x, y = colx, ytop
        if isinstance(it, str):
            d.put(x, y, it, font='G', size=9, color=(0.35, 0.2, 0.45)); y += 18; continue
        nm, dur, txt = it
        s = f'●{nm}（{dur}）'
        d.put(x, y, s, font='G', size=8.8); printed.append(s)
        y += 14; d.put(x + 10, y, txt, size=8.3)
        y += 22
    return x, y, printed


def std_facts(cfg, hire, hheader, hprinted, hlayout, notes, elayout, eheader, sfmt, supports, sprinted, routes_text):
    facts = base_facts(cfg['org'], cfg['edition'], cfg['edition'].replace('現在', ''), cfg['asof'], cfg['lead'], hire,
                       '事務', cfg.get('tt', '技術'), hlayout, hheader, ['label', 'admin', 'tech', 'total'],
                       [cfg['hintro']], notes, cfg['assign'], cfg['aintro'], cfg['alayout'],
                       '試験区分', cfg['exam_name'], cfg['exams'], elayout, eheader, '研修', [''.join(cfg['training'])],
                       cfg['inits'], cfg['imark'] + 'title / indented text', '働きやすい職場づくり',
                       supports, '仕事と家庭の両立支援', sfmt, sprinted, cfg['office'], cfg['tel'],
                       'TEL ' + cfg['tel'], cfg['email'], 'E-mail ' + cfg['email'], ''.join(cfg['address']),
                       cfg['routes'], False, dict(cfg['decoys']))
    facts['hiring']['printedRows'] = hprinted
    facts['access']['routesText'] = routes_text
    if cfg.get('enotes'): facts['exams']['note'] = cfg['enotes']
    facts['decoys']['runningHeader'] = cfg['rh']
    facts['decoys']['runningFooter'] = f"- N - {cfg['org']}"
    return facts


def lines_at(d, x, y, ls, size=8.4, step=14):
    for k, s in enumerate(ls): d.put(x, y + k * step, s, size=size)
    return y + len(ls) * step


# ------------------------------------------------------------------ 東北管区行政評価局

def tohoku_hyoka():
    cfg = dict(
        name='tohoku-hyoka-2026', seed=1041, org='東北管区行政評価局', mast=24, color=(0.05, 0.35, 0.45),
        tint=(0.88, 0.95, 0.96), edition='令和8年4月現在', asof='2026-04',
        rh='総務省 東北管区行政評価局 職員採用案内 2026',
        lead=['行政運営の改善を提案し、国民の声を行政に届ける。東北6県の「行政の見張り番」として、',
              '評価・監視と行政相談に取り組む仲間を募集します。'],
        hintro='採用者数の推移（単位：人）',
        hire=hiring_rows([(2021, (8, 3), (1, 0), False), (2022, (9, 4), (1, 1), False),
                          (2023, (7, 3), (2, 0), False), (2024, (10, 5), (1, 0), False),
                          (2025, (9, 4), (2, 1), False), (2026, (10, None), (2, None), True)]),
        hnotes=['※（ ）内は女性の数で内数です。技術はデジタル・電気・電子区分の採用者です。'],
        aintro='令和7年度採用者の配属先（単位：人）',
        alayout='ruled 配属先 | 事務 | 技術, － for none; CONTINUED from column 1 into column 2 under the header 配属先（つづき）',
        assign=[('総務課', 1, None), ('企画課', 1, None), ('行政相談課', 1, None), ('第一評価監視部', 2, 1),
                ('第二評価監視部', 1, None), ('青森行政評価事務所', 1, None), ('岩手行政評価事務所', 1, None),
                ('福島行政評価事務所', 1, None), ('情報システム室', None, 1)],
        acut=5,
        exam_name='国家公務員採用一般職試験（大卒程度試験）',
        exams=[('事務', [('行政', 10)]), ('技術', [('デジタル・電気・電子', 2)])],
        training=['採用後は総務省の新規採用職員研修（東京）に', '参加し、局に戻ってからは先輩職員が指導役と',
                  'なるOJTで、評価・監視と行政相談の実務を', '学びます。3年目には本省での研修もあります。'],
        inits=[('行政相談のオンライン化', ['ウェブ会議で相談を受け付ける', '「オンライン行政相談」を始めました。']),
               ('フレックスタイム制の活用', ['始業・終業の時刻を職員が選び、', '子育てや通院と両立しています。'])],
        imark='■',
        supports=[('育児休業', '子が3歳に達するまで', '男性職員の取得率は8割を超えました。'),
                  ('育児短時間勤務', '小学校就学前まで', '週19時間25分からの勤務を選べます。'),
                  ('介護休暇', '通算6か月', '3回まで分けて取得できます。')],
        office='東北管区行政評価局総務課', tel='022-262-5931', email='tohoku-saiyo@soumu.go.jp',
        address=['〒980-0014 宮城県仙台市青葉区本町3丁目3番1号', '仙台合同庁舎A棟'],
        # shape 1: two routes to two stations on ONE printed line, joined by ／
        routes=[('仙台市地下鉄南北線北四番丁駅から徒歩約8分', '北四番丁'), ('東西線大町西公園駅から徒歩約12分', '大町西公園')],
        decoys=dict(access='two routes (two stations) on one printed line joined by ／',
                    assignments='the table is continued from the foot of column 1 at the top of column 2 under '
                                'a repeated header whose first cell is 配属先（つづき）; the lead-out （右欄へつづく）'))
    d = Doc(cfg['name'], cfg['seed'], LAND)
    W, H = d.W, d.H
    L, R = 36, W - 36
    col = cfg['color']
    gap = 18
    cw = (R - L - 2 * gap) / 3
    cx = [L, L + cw + gap, L + 2 * (cw + gap)]
    org = cfg['org']
    frame(d, 1, 2, org, col, cfg['rh'])
    masthead(d, org, cfg['mast'], cfg['edition'], col, cfg['lead'])
    for k, s in enumerate(cfg['lead']): d.put(L, 112 + k * 14, s, size=9)

    def head(x, y, s): heading(d, x, y, s, col)

    hire = cfg['hire']
    head(L, 158, '採用実績')
    d.put(L, 176, cfg['hintro'], size=8.3)
    ytab, hprinted = hiring_transposed_ruled(d, L, 184, [120] + [(R - L - 120) / 6] * 6, hire, '事務', '技術', cfg['tint'])
    for k, s in enumerate(cfg['hnotes']): d.put(L, ytab + 13 + k * 12, s, size=7.8)
    top = ytab + 13 + len(cfg['hnotes']) * 12 + 26      # three columns start
    # column 1: 研修, then 配属実績 (its first rows at the foot)
    head(cx[0], top, '研修')
    y = lines_at(d, cx[0], top + 20, cfg['training'], size=8.3, step=13)
    ya = y + 22
    head(cx[0], ya, '配属実績')
    d.put(cx[0], ya + 18, cfg['aintro'], size=8.2)
    aw = [cw - 100, 50, 50]
    first = cfg['assign'][:cfg['acut']]
    rest = cfg['assign'][cfg['acut']:]
    yend = assign_table(d, cx[0], ya + 26, aw, first, ['配属先', '事務', '技術'], cfg['tint'])
    d.put(cx[0] + cw, yend + 12, '（右欄へつづく）', size=7.5, align='r')
    assert yend + 12 < H - 42, f'column 1 overflows: {yend}'
    # column 2: the continuation at the top, then 試験区分
    y2 = assign_table(d, cx[1], top - 12, aw, rest, ['配属先（つづき）', '事務', '技術'], cfg['tint'])
    head(cx[1], y2 + 30, '試験区分')
    d.put(cx[1], y2 + 48, '試験：' + cfg['exam_name'], size=7.9)
    exam_table(d, cx[1], y2 + 56, cfg['exams'], [52, cw - 52 - 50, 50], cfg['tint'])
    # column 3: initiatives
    head(cx[2], top, '働きやすい職場づくり')
    item_list(d, cx[2], top + 24, cfg['inits'], cfg['imark'], tsize=9.2, bsize=8.3)
    # ---- page 2: three UNEQUAL columns (wide right column for the one-line routes)
    d.new_page()
    frame(d, 2, 2, org, col, cfg['rh'])
    w3 = [215, 215, R - L - 430 - 2 * gap]
    c2 = [L, L + w3[0] + gap, L + w3[0] + w3[1] + 2 * gap]
    head(c2[0], 62, '仕事と家庭の両立支援')
    _, y, sprinted = support_block(d, c2[0], 86, cfg['supports'])
    head(c2[1], 62, 'お問い合わせ')
    d.put(c2[1], 82, cfg['office'], size=9)
    d.put(c2[1], 97, 'TEL ' + cfg['tel'], size=9)
    d.put(c2[1], 112, 'E-mail ' + cfg['email'], size=8.2)
    d.put(c2[1], 132, '受付時間　平日9時30分～17時', size=8.2)
    head(c2[2], 62, 'アクセス')
    y = lines_at(d, c2[2], 82, cfg['address'], size=8.2, step=13)
    rline = '／'.join(s for s, st in cfg['routes'])
    d.put(c2[2], y + 6, rline, size=7.6)
    d.put(c2[2], y + 22, '※お越しの際は公共交通機関をご利用ください。', size=7.6)
    facts = std_facts(cfg, hire, ['区分'] + [r['labelText'] for r in hire], hprinted,
                      'TRANSPOSED ruled: 区分 | 令和3年度 … 令和8年度（予定） (two lines); rows 事務 / 技術 / 計; N（W）',
                      cfg['hnotes'], 'ruled 区分 | 職種 | 予定数, track cells spanning', ['区分', '職種', '予定数'],
                      '●name（duration） / indented text', cfg['supports'], sprinted, [rline, rline])
    facts['decoys']['layout'] = ('A4 LANDSCAPE, 2 pp, running header + running footer with page numbers (furniture); '
                                 'p1: masthead, lead, full-width transposed ruled hiring table, note; three equal '
                                 'columns (研修 + 配属実績 | 配属実績 continued + 試験区分 | initiatives); p2: three '
                                 'unequal columns (support | contacts | access)')
    return d, facts


# ------------------------------------------------------------------ 酒類総合研究所

def nrib():
    cfg = dict(
        name='nrib-2026', seed=1042, org='酒類総合研究所', mast=26, color=(0.55, 0.3, 0.05),
        tint=None, edition='令和8年4月現在', asof='2026-04',
        rh='酒類総合研究所 職員採用案内 2026',
        lead=['日本の酒類の品質と安全を、', '科学の力で支える研究所です。', '醸造の研究と分析を支える',
              '事務職員と技術職員を募集します。'],
        hintro='採用者数の推移（単位：人）',
        hire=hiring_rows([(2021, (3, 1), (2, 1), False), (2022, (2, 2), (3, 1), False),
                          (2023, (4, 2), (2, 1), False), (2024, (3, 1), (3, 2), False),
                          (2025, (2, 1), (4, 1), False), (2026, (3, None), (4, None), True)]),
        hnotes=['※（ ）内は女性の数で内数です。'],
        aintro='令和7年度採用者の配属先（単位：人）',
        alayout='UNRULED (alignment only) 配属先 | 事務 | 技術; － for none',
        assign=[('企画管理部総務課', 1, None), ('企画管理部会計課', 1, None), ('醸造技術研究部門', None, 2),
                ('品質・評価研究部門', None, 1), ('分析技術室', None, 1)],
        exam_name='酒類総合研究所職員採用試験（大学卒業程度）',
        exams=[('事務', [('一般事務', 2), ('会計', 1)]), ('技術', [('醸造', 2), ('分析化学', 1), ('施設管理', 1)])],
        enotes=['※技術の区分は、採用後の主な業務です。'],
        training=['採用後は研究所の新規採用職員研修の', 'あと、醸造試験場での実習に参加します。', '技術職員は分析の資格取得を支援します。'],
        inits=[('酒蔵との共同研究', ['全国の酒蔵と一緒に', '新しい酵母の実用化を進めています。']),
               ('研究所の一般公開', ['毎年秋に研究所を公開し、', '酒造りのしくみを紹介しています。'])],
        imark='◆',
        supports=[('育児休業', '子が3歳に達するまで', '職場全体で業務を分担します。'),
                  ('子の看護等休暇', '年5日', '子が2人以上の場合は年10日です。')],
        office='酒類総合研究所企画管理部総務課', tel='082-420-0821', email='jinji-saiyo@nrib.go.jp',
        address=['〒739-0046 広島県東広島市鏡山3丁目7番1号'],
        routes=[('JR山陽本線西条駅からバスで約15分', '西条'), ('JR山陽本線寺家駅から車で約10分', '寺家')],
        decoys=dict(exams='two track blocks side by side in one unruled table: 事務 | 予定数 | 技術 | 予定数; the shorter '
                          'block leaves empty cells',
                    hiring='transposed unruled hiring table; each count is right-aligned on a tab stop and its '
                           'women bracket is a separate piece after it'))
    d = Doc(cfg['name'], cfg['seed'], LAND)
    W, H = d.W, d.H
    L, R = 36, W - 36
    col = cfg['color']
    gap = 20
    ws = [190, 330, R - L - 520 - 2 * gap]
    cx = [L, L + ws[0] + gap, L + ws[0] + ws[1] + 2 * gap]
    org = cfg['org']
    frame(d, 1, 2, org, col, cfg['rh'])
    masthead(d, org, cfg['mast'], cfg['edition'], col, cfg['lead'])

    def head(x, y, s):
        d.put(x, y, s, font='G', size=12, color=col)
        d.hline(x, x + 60, y + 5, lw=1.5, color=col)

    top = 128
    # column 1: lead, 研修
    y = lines_at(d, cx[0], top, cfg['lead'], size=9, step=15)
    head(cx[0], y + 24, '研修')
    lines_at(d, cx[0], y + 46, cfg['training'], size=8.2, step=13)
    # column 2: transposed unruled hiring table (shape 4), then unruled assignments
    hire = cfg['hire']
    head(cx[1], top, '採用実績')
    d.put(cx[1], top + 20, cfg['hintro'], size=8.2)
    ytab, hprinted = transposed_split_hiring(d, cx[1], top + 30, 48, (ws[1] - 48) / 6, hire, '事務', '技術')
    for k, s in enumerate(cfg['hnotes']): d.put(cx[1], ytab + 10 + k * 12, s, size=7.8)
    ya = ytab + 10 + len(cfg['hnotes']) * 12 + 30
    head(cx[1], ya, '配属実績')
    d.put(cx[1], ya + 20, cfg['aintro'], size=8.2)
    rows = [['配属先', '事務', '技術']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in cfg['assign']]
    d.table(cx[1], ya + 28, [170, 60, 60], rows, rh=16, hfill=None, ruled=False, norules=True)
    # column 3: side-by-side exam blocks (shape 2), unruled
    head(cx[2], top, '試験区分')
    d.put(cx[2], top + 20, '試験：' + cfg['exam_name'], size=7.8)
    ye, eprinted = side_by_side_exams(d, cx[2], top + 30, [58, 36, 72, 40], cfg['exams'])
    for k, s in enumerate(cfg['enotes']): d.put(cx[2], ye + 12 + k * 12, s, size=7.8)
    # ---- page 2: the same unequal columns
    d.new_page()
    frame(d, 2, 2, org, col, cfg['rh'])
    head(cx[0], 62, '働きやすい職場づくり')
    item_list(d, cx[0], 88, cfg['inits'], cfg['imark'], tsize=9.2, bsize=8.2)
    head(cx[1], 62, '仕事と家庭の両立支援')
    _, y, sprinted = support_block(d, cx[1], 88, cfg['supports'])
    head(cx[2], 62, 'お問い合わせ')
    d.put(cx[2], 84, cfg['office'], size=8.6)
    d.put(cx[2], 99, 'TEL ' + cfg['tel'], size=8.6)
    d.put(cx[2], 114, 'E-mail ' + cfg['email'], size=8.2)
    head(cx[2], 146, 'アクセス')
    y = lines_at(d, cx[2], 168, cfg['address'], size=8, step=13)
    rts = []
    for s, st in cfg['routes']:
        d.put(cx[2], y + 4, s, size=8); rts.append(s); y += 14
    facts = std_facts(cfg, hire, ['年度'] + [r['labelText'] for r in hire], hprinted,
                      'TRANSPOSED UNRULED: 年度 | 令和3年度 … 令和8年度 / （予定）; rows 事務 / 技術 / 計; the count and '
                      'its （W） are separate pieces on a tab stop', cfg['hnotes'],
                      'SIDE BY SIDE, UNRULED: 事務 | 予定数 | 技術 | 予定数', ['事務', '予定数', '技術', '予定数'],
                      '●name（duration） / indented text', cfg['supports'], sprinted, rts)
    facts['exams']['printedRows'] = eprinted
    facts['decoys']['layout'] = ('A4 LANDSCAPE, 2 pp, running header + running footer with page numbers (furniture); '
                                 'three UNEQUAL columns on both pages (190 | 330 | 220); NO ruling line in any table; '
                                 'headings underlined by a short bar')
    return d, facts


# ------------------------------------------------------------------ 国立療養所長島愛生園

def aiseien():
    cfg = dict(
        name='aiseien-2026', seed=1043, org='国立療養所長島愛生園', mast=22, tt='医療技術', color=(0.3, 0.45, 0.2),
        tint=(0.93, 0.96, 0.89), edition='令和8年4月現在', asof='2026-04',
        rh='厚生労働省 国立療養所長島愛生園 職員採用案内 2026',
        lead=['瀬戸内海に浮かぶ長島で、入所者の方々の', '暮らしと医療を支えています。',
              '看護・医療技術と事務の職員を募集します。'],
        hintro='採用者数の推移（単位：人）',
        hire=hiring_rows([(2021, (2, 1), (5, 4), False), (2022, (3, 1), (6, 5), False),
                          (2023, (2, 2), (7, 5), False), (2024, (3, 1), (5, 3), False),
                          (2025, (2, 1), (6, 4), False), (2026, (3, None), (6, None), True)]),
        hnotes=['※（ ）内は女性の数で内数です。', '※医療技術には看護師を含みます。'],
        aintro='令和7年度採用者の配属先（単位：人）',
        alayout='ruled 配属先 | 事務 | 医療技術; － for none',
        assign=[('庶務課', 1, None), ('会計課', 1, None), ('看護部', None, 3), ('薬剤科', None, 1),
                ('放射線科', None, 1), ('リハビリテーション科', None, 1)],
        exam_name='長島愛生園職員採用選考（大学卒業程度）',
        exams=[('事務', [('一般事務', 3)]), ('医療技術', [('看護師', 4), ('薬剤師', 1), ('理学療法士', 1)])],
        training=['採用後は園の新規採用職員研修のあと、', '各部署でプリセプターが1年間指導します。',
                  '国立療養所の合同研修（東京）にも参加します。', '入所者の方々の歴史を学ぶ研修があります。'],
        inits=[('歴史を伝える取組', ['歴史館の案内を職員が担当し、', '来園者に療養所の歴史を伝えています。']),
               ('看護職員の夜勤負担の軽減', ['2交代制を導入して、', '夜勤の回数を減らしています。'])],
        imark='◆',
        # shape 3: group sub-headings between the bullets; the list runs on into the next column
        support_items=['＜出産・育児＞',
                       ('育児休業', '子が3歳に達するまで', '男女を問わず取得できます。'),
                       ('育児短時間勤務', '小学校就学前まで', '勤務時間を短くして働けます。'),
                       ('育児時間', '子が1歳に達するまで', '1日2回、各30分以内で取得できます。'),
                       ('子の看護等休暇', '年5日', '子が2人以上の場合は年10日です。'),
                       ('配偶者出産休暇', '3日', '妻の出産に伴う入院等の日に取得できます。'),
                       '＜介護＞',
                       ('介護休暇', '通算6か月', '3回まで分けて取得できます。'),
                       ('介護時間', '連続3年以内', '1日2時間以内で勤務時間を短縮できます。')],
        office='国立療養所長島愛生園庶務課', tel='0869-25-0321', email='aiseien-saiyo@mhlw.go.jp',
        address=['〒701-4592 岡山県瀬戸内市邑久町虫明6539番地'],
        routes=[('JR赤穂線邑久駅から車で約30分', '邑久'), ('JR赤穂線伊部駅から車で約25分', '伊部')],
        decoys=dict(support='group sub-headings ＜出産・育児＞ / ＜介護＞ between the bullets (no facts); the list '
                            'continues at the top of the next column',
                    voices='p2 先輩職員の声, p3 採用までの流れ and 園の概要: no facts'))
    cfg['supports'] = [x for x in cfg['support_items'] if not isinstance(x, str)]
    d = Doc(cfg['name'], cfg['seed'], LAND)
    W, H = d.W, d.H
    L, R = 36, W - 36
    col = cfg['color']
    gap = 24
    cw = (R - L - 2 * gap) / 3
    cx = [L, L + cw + gap, L + 2 * (cw + gap)]
    org = cfg['org']

    def rules(y0):
        for k in (1, 2):
            x = cx[k] - gap / 2
            d.vline(x, y0, H - 44, lw=0.5, color=(0.6, 0.6, 0.6))

    def head(x, y, s):
        d.rect(x, y - 12, cw, 16, fill=cfg['tint'])
        d.put(x + 6, y, s, font='G', size=11, color=col)

    frame(d, 1, 3, org, col, cfg['rh'])
    masthead(d, org, cfg['mast'], cfg['edition'], col, cfg['lead'])
    top = 124
    rules(top - 14)
    y = lines_at(d, cx[0], top, cfg['lead'], size=9, step=14)
    hire = cfg['hire']
    head(cx[0], y + 22, '採用実績')
    d.put(cx[0], y + 42, cfg['hintro'], size=8.2)
    rows = [['年度', '事務', '医療技術', '計']]
    for r in hire:
        rows.append([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
    yh = d.table(cx[0], y + 50, [84, (cw - 84) / 3, (cw - 84) / 3, (cw - 84) / 3], rows, rh=17, hfill=cfg['tint'], size=8.2)
    hprinted = ['\t'.join(r) for r in rows[1:]]
    for k, s in enumerate(cfg['hnotes']): d.put(cx[0], yh + 13 + k * 12, s, size=7.8)
    head(cx[1], top, '配属実績')
    d.put(cx[1], top + 20, cfg['aintro'], size=8.2)
    assign_table(d, cx[1], top + 28, [cw - 110, 50, 60], cfg['assign'], ['配属先', '事務', '医療技術'], cfg['tint'])
    head(cx[2], top, '試験区分')
    d.put(cx[2], top + 20, '選考：' + cfg['exam_name'], size=7.9)
    exam_table(d, cx[2], top + 28, cfg['exams'], [62, cw - 62 - 50, 50], cfg['tint'])
    # ---- page 2
    d.new_page()
    frame(d, 2, 3, org, col, cfg['rh'])
    rules(48)
    head(cx[0], 62, '研修')
    y = lines_at(d, cx[0], 84, cfg['training'], size=8.3, step=13)
    head(cx[0], y + 24, '先輩職員の声')
    lines_at(d, cx[0], y + 46, ['看護師・令和5年度採用', '入所者の方々の人生に寄り添う看護が', 'できるのが、この園ならではの', 'やりがいです。'], size=8.3, step=13)
    head(cx[1], 62, '働きやすい職場づくり')
    y = item_list(d, cx[1], 88, cfg['inits'], cfg['imark'], tsize=9.2, bsize=8.2)
    head(cx[1], y + 4, '仕事と家庭の両立支援')
    d.put(cx[1], y + 26, '子育てや介護と仕事を両立するための', size=8.3)
    d.put(cx[1], y + 39, '制度を整えています。', size=8.3)
    # the list runs on into column 3 mid-group (no heading, no label there)
    x, y, sprinted = support_block(d, cx[1], y + 64, cfg['support_items'], colx=cx[2], break_at=5, ytop=62)
    assert x == cx[2], 'the support list must continue in column 3'
    head(cx[2], y + 16, 'お問い合わせ')
    d.put(cx[2], y + 38, cfg['office'], size=8.6)
    d.put(cx[2], y + 53, 'TEL ' + cfg['tel'], size=8.6)
    d.put(cx[2], y + 68, 'E-mail ' + cfg['email'], size=8.2)
    # ---- page 3
    d.new_page()
    frame(d, 3, 3, org, col, cfg['rh'])
    rules(48)
    head(cx[0], 62, 'アクセス')
    y = lines_at(d, cx[0], 84, cfg['address'], size=8.2, step=13)
    rts = []
    for s, st in cfg['routes']:
        d.put(cx[0], y + 4, s, size=8.2); rts.append(s); y += 14
    d.put(cx[0], y + 10, '※長島へは邑久長島大橋を渡ります。', size=7.8)
    head(cx[1], 62, '採用までの流れ')
    lines_at(d, cx[1], 84, ['1　募集案内の公表（5月ごろ）', '2　書類選考', '3　面接（園内で実施）', '4　採用内定'], size=8.3, step=14)
    head(cx[2], 62, '園の概要')
    lines_at(d, cx[2], 84, ['開園　1930年（昭和5年）', '所在地　長島（岡山県瀬戸内市）', '病床　約160床'], size=8.3, step=14)
    facts = std_facts(cfg, hire, ['年度', '事務', '医療技術', '計'], hprinted,
                      'ruled 年度 | 事務 | 医療技術 | 計; cells N（W）, planned row bare', cfg['hnotes'],
                      'ruled 区分 | 職種 | 予定数, track cells spanning', ['区分', '職種', '予定数'],
                      '●name（duration） / indented text, under group sub-headings ＜出産・育児＞ / ＜介護＞; the list '
                      'runs on at the top of the next column', cfg['supports'], sprinted, rts)
    facts['decoys']['layout'] = ('A4 LANDSCAPE, 3 pp, running header + running footer with page numbers (furniture); '
                                 'three equal columns with vertical column rules; tinted heading bars; p2 the support '
                                 'list runs from column 2 into column 3; p3 access and two decoy columns')
    return d, facts


BUILDERS = {'tohoku-hyoka-2026': tohoku_hyoka, 'nrib-2026': nrib, 'aiseien-2026': aiseien}


def base_facts(org, edition, asof_text, asof, lead, hire, ta, tt, hlayout, header, columns, intro, note,
               assign, aintro, alayout, etitle, exam_name, exams, elayout, eheader, ttitle, tparas,
               inits, ifmt, ititle, supports, stitle, sfmt, sprinted, office, tel, teltext, email, emailtext,
               address, routes, bullet_routes, decoys):
    return {
        'organization': org,
        'document': f'{org} 職員採用案内 2026',
        'edition': {'year': 2026, 'asOf': asof, 'asOfText': asof_text if asof_text in edition else edition,
                    'printed': edition},
        'lead': {'title': '', 'text': lead},
        'hiring': {'intro': intro, 'note': note, 'tracks': {'admin': ta, 'tech': tt}, 'textSynthesised': False,
                   'layout': hlayout, 'header': header, 'columns': columns, 'rows': hire},
        'assignments': {'cohortFiscalYear': 2025, 'intro': aintro, 'tracks': {'admin': ta, 'tech': tt},
                        'layout': alayout,
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in assign]},
        'exams': {'title': etitle, 'fiscalYear': 2026, 'textSynthesised': False,
                  'entries': [{'track': tr, 'exam': ex, 'text': '',
                               'breakdown': [{'category': c, 'count': n} for c, n in cats],
                               'total': sum(n for _, n in cats)}
                              for tr, ex, cats in (exams if exam_name is None
                                                   else [(tr, exam_name, cats) for tr, cats in exams])],
                  'layout': elayout, 'header': eheader},
        'training': {'title': ttitle, 'paragraphs': tparas},
        'initiatives': [{'title': t, 'text': ''.join(body), 'printed': [mark_of(ifmt) + t] + body} for t, body in inits],
        'initiativesIntro': '',
        'initiativesTitle': ititle,
        'initiativeFormat': ifmt,
        'supportTitle': stitle,
        'supportFormat': sfmt,
        'supportSystems': [{'name': n, 'duration': d_, 'durationText': d_, 'text': t, 'printed': p}
                           for (n, d_, t), p in zip(supports, sprinted)],
        'contacts': [{'track': '採用担当', 'office': office, 'tel': [tel], 'email': [email], 'location': '',
                      'telText': [teltext], 'emailText': [emailtext], 'hoursText': ''}],
        'access': {'address': address,
                   'routes': [route_fact(s, st) for s, st in routes],
                   'routesSynthesised': False,
                   'routesText': [('●' if bullet_routes else '') + s for s, st in routes]},
        'keyFigures': [],
        'decoys': decoys,
    }


def mark_of(fmt):
    return fmt[0]


def check_facts(f, exp):
    err = []
    lines = [l for l in exp.split('\n') if l.strip() and l != '\f']
    flat = norm(exp)
    def printed(s, what):
        if s not in lines: err.append(f'{what} not printed as a line: {s!r}')
    # the name may be broken over the first two lines (iwate-chubu-suido)
    if not any(l.startswith(f['organization']) for l in lines[:2]) and lines[0] + lines[1] != f['organization']:
        err.append('organisation not in the first two lines')
    if re.match(r'(国立大学法人|独立行政法人|地方独立行政法人|一部事務組合)', f['organization']): err.append('legal form')
    printed(f['document'].split(' ', 1)[1], 'title')
    printed(f['edition']['printed'], 'edition')
    h = f['hiring']
    ys = [r['fiscalYear'] for r in h['rows']]
    if ys != list(range(ys[0], ys[0] + len(ys))): err.append('years not consecutive')
    if [r['planned'] for r in h['rows']] != [False] * (len(ys) - 1) + [True]: err.append('planned row')
    for r in h['rows']:
        # kagawa-suido: the planned row is marked （目標）
        if ('予定' in r['labelText'] or '（目標）' in r['labelText'] or '（募集）' in r['labelText']) != r['planned']: err.append('予定 label')
        if r['label'] != f'令和{r["fiscalYear"] - 2018}年度': err.append('era label')
        for k in ('total', 'admin', 'tech') + (('other',) if 'other' in r else ()):
            c = r[k]
            if int(unicodedata.normalize('NFKC', c['text'])) != c['count']: err.append('count text')
            if r['planned'] != (c['women'] is None): err.append('planned women')
            if c['women'] is not None and not 0 <= c['women'] <= c['count']: err.append('women range')
            if c.get('derived'): continue   # iwate-chubu-suido: the technical figure is a sum printed nowhere
            if c['cellText'] not in exp: err.append(f'cell not printed {c["cellText"]}')
            # kurashiki-suido: an actual cell without brackets means no women, and a note must say so
            if not r['planned'] and c['cellText'] == c['text'] and (c['women'] != 0 or not any('省略' in n for n in h['note'])):
                err.append('bare actual cell')
            if c['women'] is not None and c['cellText'] not in (c['text'], f"{c['text']}（{c['womenText']}）"): err.append('cell text')
        oc = r['other']['count'] if 'other' in r else 0
        ow = (r['other']['women'] or 0) if 'other' in r else 0
        if ('other' in r) != ('other' in h['columns']): err.append('other column')
        if r['total']['count'] != r['admin']['count'] + r['tech']['count'] + oc: err.append('total')
        if not r['planned'] and r['total']['women'] != r['admin']['women'] + r['tech']['women'] + ow: err.append('women total')
        if r['labelText'] not in exp: err.append('label not printed')
    if 'printedRows' in h:
        for s in h['printedRows']: printed(s, 'hiring row')
    else:
        for r in h['rows']:
            printed('\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]), 'hiring row')
    a = f['assignments']
    coh = [r for r in h['rows'] if r['fiscalYear'] == a['cohortFiscalYear']][0]
    if coh['planned'] or a['cohortFiscalYear'] != ys[-2]: err.append('cohort')
    # kobe-suido: 2025（令和7）年度 (western year, era in brackets)
    if '～' in a['intro']:
        # nagasaki-byoin: a date range 令和7年4月1日～令和8年3月1日 (one fiscal year: April 1 to a day before April)
        m = re.fullmatch(r'令和(\d+)年4月1日～令和(\d+)年([1-3])月(\d+)日採用者.*', a['intro'])
        if not m or int(m.group(1)) != a['cohortFiscalYear'] - 2018 or int(m.group(2)) != a['cohortFiscalYear'] - 2017:
            err.append('cohort intro range')
    elif re.findall(r'令和(\d+)）?年度', a['intro']) != [str(a['cohortFiscalYear'] - 2018)]: err.append('cohort intro')
    if re.search(r'\d{4}（', a['intro']) and not a['intro'].startswith(f"{a['cohortFiscalYear']}（"): err.append('cohort intro western')
    printed(a['intro'], 'assignment intro')
    if sum(r['admin'] or 0 for r in a['rows']) != coh['admin']['count']: err.append('admin sum')
    if sum(r['tech'] or 0 for r in a['rows']) != coh['tech']['count']: err.append('tech sum')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units): err.append('duplicate unit')
    for r in a['rows']:
        if not (r['admin'] or r['tech']): err.append('zero row')
        if r['unit'] not in exp: err.append(f'unit not printed {r["unit"]}')
    e = f['exams']
    printed(e['title'] if e['title'] in lines else '■' + e['title'], 'exam title')
    plan = h['rows'][-1]
    keys = set()
    for en in e['entries']:
        if '院' in en['exam']: err.append('院 in exam')
        # nanto: the exam name is printed as its base (caption) plus the level (a cell of the table)
        base, _, lv = en['exam'].partition('（')
        if en['exam'] not in exp and not (base in exp and lv.rstrip('）') in exp): err.append('exam name not printed')
        tk = track(en['track'])
        if tk not in ('administrative', 'technical') or en['track'] not in (h['tracks']['admin'], h['tracks']['tech']):
            err.append('exam track')
        want = plan['admin']['count'] if tk == 'administrative' else plan['tech']['count']
        if sum(b['count'] for b in en['breakdown']) != en['total']: err.append('exam entry total')
        # a track may have one entry per level (nanto): the entries of a track add up to its planned hires
        if sum(x['total'] for x in e['entries'] if x['track'] == en['track']) != want: err.append('exam total')
        for b in en['breakdown']:
            if '院' in b['category'] or re.search(r'[（(［\[]', b['category']): err.append('category')
            k = (tk, level(en['exam']), norm(b['category']))
            if k in keys: err.append('category collision')
            keys.add(k)
            # odate: the count is the LAST cell (計) of the category's row, after the sitting columns
            # okuizumo: the category inside the brackets after its track (事務（一般行政）␉3)
            # nagasaki-byoin: a qualifier line under the name in the same cell (薬剤師（要免許）)
            q = e.get('qualifiers', {}).get(b['category'])
            if q is not None and not (q.startswith('（要') and q.endswith('）') and any(b['category'] + q in l.split('\t')[:2] and l.split('\t')[-1] == str(b['count']) for l in lines)):
                err.append(f'qualifier {b}')
            if q is None and not any(l.endswith(f'\t{b["category"]}\t{b["count"]}') or (b['category'] in l.split('\t')[:2] and l.split('\t')[-1] == str(b['count'])) or (l.split('\t')[0] == f'{en["track"]}（{b["category"]}）' and l.split('\t')[-1] == str(b['count'])) for l in lines): err.append(f'category row {b}')
    for p in f['lead']['text'] + h['intro'] + h['note']: printed(p, 'lead/intro/note')
    for s in e.get('printedRows', []) + e.get('note', []): printed(s, 'exam row/note')
    if norm(''.join(f['training']['paragraphs'])) not in flat: err.append('training')
    printed(f['training']['title'] if f['training']['title'] in lines else '■' + f['training']['title'], 'training title')
    for i in f['initiatives']:
        for p in i['printed']: printed(p, 'initiative')
        if re.search(r'[■◆●（）()A-Za-z0-9０-９]', i['title']): err.append('initiative title marks')
        if norm(i['text']) not in flat: err.append('initiative text')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']: err.append('duration')
        if re.search(r'[（）()―—‒～〜→※]', s['name']): err.append('support name marks')
        printed(s['printed'], 'support item')
        # matsusaka: two systems on one bullet joined by ・
        if not (s['printed'].startswith('●') and re.search('[●・]' + re.escape(s['name']) + '[・（]', s['printed'])): err.append('support item start')
        if s['duration'] not in exp: err.append('duration not printed')
    for c in f['contacts']:
        printed(c['office'], 'office')
        if not c['office'].startswith(f['organization']): err.append('office org')
        for t in c['tel']:
            if not re.fullmatch(r'0\d+-\d+-\d{4}', t): err.append('tel form')
        for t in c['telText'] + c['emailText']: printed(t, 'contact line')
        for m, mt in zip(c['email'], c['emailText']):
            if not mt.endswith(' ' + m): err.append('email line')
    acc = f['access']
    if norm(acc['address']) not in flat: err.append('address')
    for r, rt in zip(acc['routes'], acc['routesText']):
        printed(rt, 'route')
        st = r.split('『')[1].split('』')[0]
        # tohoku-hyoka: two routes (two stations) on one printed line joined by ／
        if r.replace('『', '').replace('』', '') not in rt.lstrip('●').split('／'): err.append('route text')
        if not r.split('』')[1].startswith('駅') or re.search(r'[駅～\s分線（）]', st) or re.search(r'(東|西|南|北|中央|新幹線)口$', st) or (st.count('・') > 0 and not re.fullmatch(r'[^・]+・[^・]+前', st)): err.append(f'stop {st}')
    for rt in set(acc['routesText']):
        parts = rt.lstrip('●').split('／')
        mine = [r.replace('『', '').replace('』', '') for r, t in zip(acc['routes'], acc['routesText']) if t == rt]
        if sorted(parts) != sorted(mine): err.append('route line parts')
    # holdout104: the assignment continuation's header is no unit
    for r in a['rows']:
        if re.search(r'(つづき|続き|続く)', r['unit']): err.append('continuation as unit')
    # nrib: two track blocks side by side (事務 | 予定数 | 技術 | 予定数): a category sits in its track's block
    hdr = e.get('header', [])
    if len(hdr) == 4 and hdr[1] == hdr[3] == '予定数':
        printed('\t'.join(hdr), 'side-by-side header')
        for en in e['entries']:
            i = hdr.index(en['track']) if en['track'] in (hdr[0], hdr[2]) else None
            if i not in (0, 2): err.append('side-by-side track'); continue
            for b in en['breakdown']:
                if not any(len(l.split('\t')) == 4 and l.split('\t')[i] == b['category'] and l.split('\t')[i + 1] == str(b['count']) for l in lines):
                    err.append(f'side-by-side block {b}')
    else:
        # a spanning exam table: the category's row lies in its track's block
        cur = None
        where = {}
        for l in lines:
            c = l.split('\t')
            if len(c) != 3: cur = None; continue
            if c[0]: cur = c[0]
            where.setdefault((c[1], c[2]), cur)
        for en in e['entries']:
            for b in en['breakdown']:
                q = e.get('qualifiers', {}).get(b['category'], '')
                if where.get((b['category'] + q, str(b['count']))) != en['track']: err.append(f'exam block {b}')
    # aiseien: group sub-headings ＜…＞ are no support system
    for s_ in f['supportSystems']:
        if re.search(r'[＜＞<>]', s_['name'] + s_['printed'][:2]): err.append('sub-heading as support')
    # stand-in document scores full marks; an empty one nothing
    doc = {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': {
        'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'],
                             **{o: {'count': r[k]['count'], 'women': r[k]['women']} for k, o in
                                (('total', 'total'), ('admin', 'administrative'), ('tech', 'technical'))}}
                            for r in h['rows']]},
        'assignments': {'cohortFiscalYear': a['cohortFiscalYear'],
                        'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0}
                                 for r in a['rows']]},
        'examBreakdown': {'entries': [{'track': track(en['track']), 'level': level(en['exam']),
                                       'category': b['category'], 'count': b['count']}
                                      for en in e['entries'] for b in en['breakdown']]},
        'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']}
                     for c in f['contacts']],
        'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in acc['routes']]},
        'initiatives': [{'title': i['title']} for i in f['initiatives']],
        'supportSystems': [{'name': s['name']} for s in f['supportSystems']]}}
    res = checks(f, doc, flat)
    kinds = {n.split(' ')[0] for n, _ in res}
    if not all(ok for _, ok in res): err.append(f'stand-in misses: {[n for n, ok in res if not ok]}')
    if kinds != {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route',
                 'initiative', 'support'}: err.append(f'check kinds {kinds}')
    if any(ok for _, ok in checks(f, {}, flat)): err.append('empty document scores')
    return err, len(res)


# ------------------------------------------------------------------ self-test: injected faults

def _bump(f, path, k=1):
    o = f
    for p in path[:-1]: o = o[p]
    o[path[-1]] += k


def _faults():
    """(name, fn(d, facts)) pairs; each must make the build refused."""
    def hiring_total(d, f): _bump(f, ['hiring', 'rows', 2, 'total', 'count'])
    def hiring_women(d, f): f['hiring']['rows'][1]['admin']['women'] = f['hiring']['rows'][1]['admin']['count'] + 1
    def planned_twice(d, f): f['hiring']['rows'][4]['planned'] = True
    def year_gap(d, f): f['hiring']['rows'][3]['fiscalYear'] += 1
    def assign_sum(d, f): f['assignments']['rows'][0]['admin'] = (f['assignments']['rows'][0]['admin'] or 0) + 1
    def cohort(d, f): f['assignments']['cohortFiscalYear'] = 2026
    def exam_count(d, f): _bump(f, ['exams', 'entries', 1, 'breakdown', 0, 'count'])
    def exam_grad(d, f):
        for e in f['exams']['entries']:
            e['exam'] = e['exam'].replace('大学卒業程度', '大学院修了程度').replace('大卒程度', '院卒程度')
    def legal_form(d, f): f['organization'] = '一部事務組合' + f['organization']
    def stop_with_eki(d, f): f['access']['routes'][0] = f['access']['routes'][0].replace('』駅', '駅』')
    def phone_form(d, f): f['contacts'][0]['tel'][0] = f['contacts'][0]['tel'][0].replace('-', '')
    def email_unprinted(d, f): f['contacts'][0]['email'][0] = 'x' + f['contacts'][0]['email'][0]
    def support_marks(d, f): f['supportSystems'][0]['name'] += '（制度）'
    def init_unprinted(d, f): f['initiatives'][0]['printed'][0] += '。'
    def overlap(d, f):
        it = d.items[5]; d.p = it['page']
        d.put(it['x'] + 2, it['y'], it['s'], font=it['font'], size=it['size'])
    def off_page(d, f): d.put(d.W - 30, 400, 'はみ出し', size=9)
    def unlisted(d, f): d.text(60, 800, '行にない文字', size=8)
    def bottom(d, f): d.put(60, d.H - 25, '下端', size=9)
    def missing_glyph(d, f): d.put(60, 790, '\U0001F600', size=9)
    def folio(d, f): d.put(300, 795, '- 9 -', size=8)
    def total_without_other(d, f):
        r = f['hiring']['rows'][1]
        if 'other' in r: r['total']['count'] = r['admin']['count'] + r['tech']['count']
        else: r['total']['women'] += 1
    def other_dropped(d, f):
        for r in f['hiring']['rows']: r.pop('other', None)
        if 'other' not in f['hiring']['columns']: f['hiring']['columns'].append('other')
    def stop_with_dot(d, f):
        r = f['access']['routes'][0]
        st = r.split('『')[1].split('』')[0]
        f['access']['routes'][0] = r.replace('『' + st + '』', '『' + st + '・東』')
    def support_not_on_line(d, f): f['supportSystems'][-1]['name'] = '休職'
    def cohort_intro_year(d, f): f['assignments']['intro'] = f['assignments']['intro'].replace('令和7', '令和6')
    def bare_with_women(d, f):
        c = [r[k] for r in f['hiring']['rows'] if not r['planned'] for k in ('admin', 'tech') if r[k]['women']][0]
        c['cellText'] = c['text']
    def bare_without_note(d, f):
        f['hiring']['note'] = [n.replace('省略', '記載') for n in f['hiring']['note']]
        if not any(r[k]['cellText'] == r[k]['text'] for r in f['hiring']['rows'] if not r['planned'] for k in ('admin',)):
            f['hiring']['rows'][0]['admin']['women'] = 0
            f['hiring']['rows'][0]['admin']['cellText'] = f['hiring']['rows'][0]['admin']['text']
    def cohort_range_end(d, f):
        a = f['assignments']
        a['intro'] = re.sub(r'令和8年3月1日', '令和8年4月1日', a['intro']) if '～' in a['intro'] else \
            a['intro'].replace('令和7年度', '令和7年4月1日～令和9年3月1日')
    def qualifier_in_category(d, f):
        b = f['exams']['entries'][-1]['breakdown'][0]
        b['category'] += '（要免許）'
    def qualifier_form(d, f):
        e = f['exams']
        b = e['entries'][-1]['breakdown'][0]['category']
        e.setdefault('qualifiers', {})[b] = '（免許）'
    def exit_in_stop(d, f):
        r = f['access']['routes'][0]
        st = r.split('『')[1].split('』')[0]
        f['access']['routes'][0] = r.replace('『' + st + '』', '『' + st + '東口』')
    def abbreviation_as_name(d, f):
        s0 = f['supportSystems'][0]
        m = re.match(r'●[^（]+（([^）]+)）（', s0['printed'])
        s0['name'] = m.group(1) if m else s0['name'][:1] + '休'
    # holdout104
    def route_part(d, f): f['access']['routes'][-1] = f['access']['routes'][-1].replace('約', '約1', 1)
    def route_merged(d, f):
        acc = f['access']
        acc['routesText'] = ['／'.join(t.lstrip('●') for t in acc['routesText'])] * len(acc['routesText'])
    def exam_block_swap(d, f):
        en = f['exams']['entries']
        a, b = en[0]['breakdown'], en[-1]['breakdown']
        a[-1], b[-1] = b[-1], a[-1]
    def continuation_unit(d, f):
        r = f['assignments']['rows'][-1]
        f['assignments']['rows'][-1] = dict(r, unit=r['unit'] + '（つづき）')
    def subheading_support(d, f):
        f['supportSystems'].append(dict(f['supportSystems'][0], name='出産・育児', printed='＜出産・育児＞'))
    return [v for k, v in sorted(locals().items()) if callable(v)]


def selftest():
    bad = 0
    total = 0
    for name, build in BUILDERS.items():
        d, facts = build()
        pdf = d.render()
        base = d.check(pdf) + check_facts(facts, d.expected())[0]
        if base:
            print(f'{name}: the clean build is refused: {base[:3]}'); bad += 1
        for fn in _faults():
            d, facts = build()
            fn(d, facts)
            try:
                pdf = d.render()
                err = d.check(pdf) + check_facts(facts, d.expected())[0]
            except Exception as ex:  # a refusal by exception counts
                err = [f'exception {type(ex).__name__}']
            total += 1
            if not err:
                bad += 1; print(f'{name}: fault {fn.__name__} ACCEPTED')
    print(f'selftest: {total} injected faults, {total - bad} refused')
    sys.exit(1 if bad else 0)


def main():
    if sys.argv[1:] == ['--selftest']:
        selftest()
    names = sys.argv[1:] or list(BUILDERS)
    os.makedirs(OUT, exist_ok=True)
    bad = False
    for name in names:
        d, facts = BUILDERS[name]()
        pdf = d.render()
        exp = d.expected()
        err = d.check(pdf)
        ferr, n = check_facts(facts, exp)
        err += ferr
        if err:
            bad = True
            print(f'{name}: REFUSED'); [print('  ', e) for e in err]
            continue
        open(os.path.join(OUT, name + '.pdf'), 'wb').write(pdf)
        open(os.path.join(OUT, name + '.expected.txt'), 'w').write(exp)
        open(os.path.join(OUT, name + '.facts.json'), 'w').write(json.dumps(facts, ensure_ascii=False, indent=2) + '\n')
        print(f'{name}: {len(d.items)} items, {len(d.pages)} pages, {n} fact checks, ok')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
