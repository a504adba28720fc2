#!/usr/bin/env python3
"""Blind holdout set 103: three local public bodies (川口市, 長崎県病院企業団, 倉敷市水道局).

Self-contained (generate_holdout101.py's machinery, checks extended): a page model in top-down
coordinates, a table helper, reportlab's canvas (invariant=1, no page compression), the
facts and the checks. Every visual text piece is one text object; the objects of a page
are written after its graphics in a seeded shuffled order.

  python3 Fixtures/generate_holdout103.py                   # all three
  python3 Fixtures/generate_holdout103.py kawaguchi-2026    # one
  python3 Fixtures/generate_holdout103.py --selftest        # inject faults; every one must be refused
"""
import io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout103')
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
              hfill=(0.9, 0.9, 0.9), hfont='G', align0='l', rules_between=False):
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
        if not ruled:
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


def build(cfg):
    d = Doc(cfg['name'], cfg['seed'])
    W = d.W
    org, ta, tt = cfg['org'], '事務', cfg.get('tt', '技術')
    hire = cfg['hire']
    col, tint = cfg['color'], cfg['tint']
    L, R = 46, W - 46
    rh_text = f'{org} 職員採用案内 2026'
    running_header(d, R, rh_text)
    d.rect(L, 42, R - L, 2, fill=col)
    d.put(L, 84, org, font='G', size=cfg['mast'], color=col)
    d.put(L, 110, '職員採用案内 2026', font='G', size=14)
    d.put(R, 110, cfg['edition'], size=9.5, align='r')
    for k, s in enumerate(cfg['lead']): d.put(L, 138 + k * 15, s, size=9.5)

    def head(x, y, s):
        heading(d, x, y, s, col)

    head(L, 190, '採用実績')
    hintro = '採用者数の推移（単位：人）'
    d.put(L, 208, hintro, size=8.5)
    hheader = cfg['hheader']
    if cfg.get('bare_zero'):
        for r in hire:
            for k in ('total', 'admin', 'tech'):
                if r[k]['women'] == 0: r[k]['cellText'] = r[k]['text']
    rows = [list(hheader)]
    for r in hire:
        cells = [r['labelText'], r['admin']['cellText'], r['tech']['cellText']]
        if 'other' in r: cells.append(r['other']['cellText'])
        rows.append(cells + [r['total']['cellText']])
    nc = len(hheader)
    widths = [150] + [(R - L - 150 - 90) / (nc - 2)] * (nc - 2) + [90]
    y = d.table(L, 216, widths, rows, rh=17, hfill=tint)
    hprinted = ['\t'.join(r) for r in rows[1:]]
    notes = cfg['hnotes']
    for k, s in enumerate(notes): d.put(L, y + 14 + k * 12, s, size=8)
    top = y + 14 + len(notes) * 12 + 30
    mid = (L + R) / 2
    head(L, top, '配属実績')
    aintro = cfg['aintro']
    d.put(L, top + 18, aintro, size=8.3)
    ya = assign_table(d, L, top + 26, [cfg['uw'], 50, mid - 12 - L - cfg['uw'] - 50], cfg['assign'],
                      ['配属先', ta, tt], tint)
    for k, s in enumerate(cfg.get('anotes', [])): d.put(L, ya + 14 + k * 12, s, size=7.8)
    rx = mid + 12
    head(rx, top, '試験区分')
    d.put(rx, top + 18, '試験：' + cfg['exam_name'], size=8)
    ye = exam_table(d, rx, top + 26, cfg['exams'], [62, 100, R - rx - 162], tint, rh=cfg.get('erh', 16),
                    quals=cfg.get('quals'))
    for k, s in enumerate(cfg.get('enotes', [])): d.put(rx, ye + 14 + k * 12, s, size=7.8)
    # ---- page 2
    d.new_page()
    running_header(d, R, rh_text)
    d.rect(L, 42, R - L, 2, fill=col)
    y = 76
    head(L, y, '研修')
    for k, s in enumerate(cfg['training']): d.put(L, y + 20 + k * 14, s, size=8.4)
    y += 20 + len(cfg['training']) * 14 + 26
    head(L, y, '働きやすい職場づくり')
    item_list(d, L, y + 24, cfg['inits'], cfg['imark'])
    y = 76
    head(rx, y, '仕事と家庭の両立支援')
    y += 24
    sprinted = []
    for group, dur_text, txt, *ab in cfg['support_lines']:
        s = '●' + '・'.join(group) + (f'（{ab[0]}）' if ab else '') + f'（{dur_text}）'
        d.put(rx, y, s, font='G', size=8.8)
        sprinted.append(s)
        y += 14; d.put(rx + 10, y, txt, size=8.3)
        y += 22
    contacts_access2(d, rx, y + 8, head, cfg['office'], cfg['tel'], cfg['email'], cfg['address'], cfg['routes'])
    supports = []
    sp = []
    for (group, dur_text, txt, *ab), s in zip(cfg['support_lines'], sprinted):
        durs = dur_text.split('／')
        for nm, du in zip(group, durs):
            supports.append((nm, du, txt)); sp.append(s)
    facts = base_facts(org, cfg['edition'], cfg['edition'].replace('現在', ''), cfg['asof'], cfg['lead'], hire, ta, tt,
                       cfg['hlayout'], hheader, cfg['hcolumns'], [hintro], notes,
                       cfg['assign'], aintro, 'ruled 配属先 | 事務 | 技術; － for none',
                       '試験区分', cfg['exam_name'], cfg['exams'], 'ruled 区分 | 職種 | 予定数, track cells spanning',
                       ['区分', '職種', '予定数'], '研修', [''.join(cfg['training'])],
                       cfg['inits'], cfg['imark'] + 'title / indented text', '働きやすい職場づくり',
                       supports, '仕事と家庭の両立支援', '●name（duration） / indented text; ' + cfg.get('sfmt', ''),
                       sp, cfg['office'], cfg['tel'], 'TEL ' + cfg['tel'], cfg['email'], 'E-mail ' + cfg['email'],
                       ''.join(cfg['address']), cfg['routes'], False, dict(cfg['decoys']))
    facts['hiring']['printedRows'] = hprinted
    if cfg.get('anotes'): facts['assignments']['note'] = cfg['anotes']
    if cfg.get('enotes'): facts['exams']['note'] = cfg['enotes']
    if cfg.get('quals'): facts['exams']['qualifiers'] = dict(cfg['quals'])
    facts['decoys']['runningHeader'] = rh_text
    facts['decoys']['layout'] = ('A4, 2 pp, running header on both pages (furniture) over a rule, masthead, title + '
                                 'edition, lead, full-width ruled hiring table, notes; two columns (assignments | '
                                 'exams); p2 two columns (training + initiatives | support, contacts, access)')
    return d, facts


# ------------------------------------------------------------------ 川口市

def kawaguchi():
    return build(dict(
        name='kawaguchi-2026', seed=1031, org='川口市', mast=30, color=(0.0, 0.42, 0.32), tint=(0.88, 0.96, 0.92),
        edition='令和8年4月現在', asof='2026-04',
        lead=['荒川をはさんで東京と向き合う、人口約60万人の鋳物のまち。',
              '市民の暮らしにいちばん近い場所で、一緒に働きませんか。'],
        hire=hiring_rows([(2021, (20, 9), (7, 1), False), (2022, (19, 10), (8, 2), False),
                          (2023, (21, 11), (6, 1), False), (2024, (23, 12), (9, 3), False),
                          (2025, (22, 11), (8, 2), False), (2026, (24, None), (10, None), True)]),
        hheader=['年度', '事務', '技術', '計'], hcolumns=['label', 'admin', 'tech', 'total'],
        hlayout='ruled 年度 | 事務 | 技術 | 計; cells N（W）, planned row bare',
        hnotes=['※（ ）内は女性の数で内数です。'],
        aintro='令和7年度採用者の配属先（単位：人）', uw=112,
        assign=[('総務課', 2, None), ('市民課', 3, None), ('市民税課', 3, None), ('福祉総務課', 3, None),
                ('子育て相談課', 3, None), ('鳩ヶ谷支所', 2, None), ('国民健康保険課', 2, None),
                ('産業振興課', 2, None), ('環境保全課', 2, 1), ('道路建設課', None, 3), ('下水道課', None, 2),
                ('建築住宅課', None, 2)],
        exam_name='川口市職員採用試験（大学卒業程度）',
        exams=[('事務', [('一般事務', 20), ('社会福祉', 4)]), ('技術', [('土木', 6), ('建築', 3), ('電気', 1)])],
        training=['採用後1か月の新規採用職員研修のあと、各職場で', '先輩職員がOJTで指導します。3年目までに', '窓口・政策づくりの研修を受けます。'],
        # shape 2: initiative titles that are exclamatory sentences (、 and ！)
        inits=[('書かない窓口、はじめました！', ['申請書を書かずに手続きが', 'できる窓口を市民課に開きました。']),
               ('川口の魅力を、若手職員が発信中！', ['入庁1～3年目の職員が', '市の公式SNSを担当しています。'])], imark='◆',
        support_lines=[(('育児休業',), '子が3歳に達するまで', '男性職員の取得も増えています。'),
                       (('子の看護等休暇',), '年5日', '子が2人以上の場合は年10日です。')],
        office='川口市総務部職員課', tel='048-259-7621', email='shokuin@city.kawaguchi.lg.jp',
        address=['〒332-8601 埼玉県川口市青木2丁目1番1号'],
        # shape 1: a station whose name ends in 口, the exit in brackets after 駅; a second station starting with it
        routes=[('JR京浜東北線川口駅（東口）から徒歩約15分', '川口'),
                ('埼玉高速鉄道線川口元郷駅から徒歩約12分', '川口元郷'),
                ('JR京浜東北線西川口駅（東口）から徒歩約20分', '西川口')],
        decoys=dict(access='stations 川口 / 西川口 end in 口 and carry the exit in brackets after 駅 （東口）; '
                           '川口元郷 begins with 川口',
                    initiatives='titles are exclamatory sentences with 、 and ！')))


# ------------------------------------------------------------------ 長崎県病院企業団

def nagasaki_byoin():
    return build(dict(
        name='nagasaki-byoin-2026', seed=1032, org='長崎県病院企業団', mast=26, tt='医療技術',
        color=(0.2, 0.3, 0.55), tint=(0.9, 0.92, 0.98), edition='令和8年3月現在', asof='2026-03',
        lead=['島原半島と五島・対馬の離島で、地域の医療を守る病院を',
              '運営しています。病院を支える事務職員と医療技術職員を募集します。'],
        hire=hiring_rows([(2021, (4, 2), (6, 4), False), (2022, (3, 1), (7, 5), False),
                          (2023, (5, 2), (8, 5), False), (2024, (4, 3), (9, 6), False),
                          (2025, (5, 2), (8, 5), False), (2026, (4, None), (9, None), True)]),
        hheader=['年度', '事務', '医療技術', '計'], hcolumns=['label', 'admin', 'tech', 'total'],
        hlayout='ruled 年度 | 事務 | 医療技術 | 計; cells N（W）, planned row bare',
        hnotes=['※（ ）内は女性の数で内数です。', '※年度の途中（10月・3月）の採用者を含みます。'],
        # shape 4: the cohort named by a date range across two era years (one fiscal year)
        aintro='令和7年4月1日～令和8年3月1日採用者の配属先（単位：人）', uw=118,
        assign=[('企業団本部', 2, None), ('長崎県島原病院', 1, 3), ('長崎県五島中央病院', 1, 2),
                ('長崎県上五島病院', 1, 1), ('長崎県対馬病院', None, 2)],
        exam_name='企業団職員採用試験（大学卒業程度）',
        exams=[('事務', [('一般事務', 4)]),
               ('医療技術', [('薬剤師', 3), ('臨床検査技師', 2), ('診療放射線技師', 2), ('理学療法士', 2)])],
        # shape 3: a qualifier line under the category name in the same cell
        quals={'薬剤師': '（要免許）', '臨床検査技師': '（要免許）', '診療放射線技師': '（要免許）', '理学療法士': '（要免許）'},
        erh=24,
        enotes=['※（要免許）は、採用日までに免許を取得する見込みの方を含みます。'],
        training=['採用後は企業団本部での合同研修のあと、各病院で', '部署ごとの実務研修があります。離島の病院と', '本土の病院の間で人事交流を行っています。'],
        inits=[('離島医療の研修プログラム', ['若手の医療技術職員が', '五島と対馬の病院で経験を積みます。']),
               ('病院の経営改善', ['事務職員が中心となって、', '診療報酬の請求を見直しています。'])], imark='◆',
        # shape 6: an abbreviation in brackets between the name and the period
        support_lines=[(('育児休業',), '子が3歳に達するまで', '男女を問わず取得できます。', '育休'),
                       (('育児短時間勤務',), '小学校就学前まで', '勤務時間を短くして働けます。', '時短')],
        sfmt='an abbreviation in brackets between the name and the period: ●育児休業（育休）（子が3歳に達するまで）',
        office='長崎県病院企業団本部総務課', tel='0957-22-4170', email='saiyo@byoin-kigyodan.nagasaki.jp',
        address=['〒854-0071 長崎県諫早市永昌東町24番3号'],
        routes=[('JR長崎本線諫早駅から徒歩約10分', '諫早'), ('島原鉄道本諫早駅から徒歩約8分', '本諫早')],
        decoys=dict(assignments='the cohort is a date range 令和7年4月1日～令和8年3月1日 (two era years, one fiscal year)',
                    exams='category cells carry a second line （要免許）; the category is the name above it',
                    support='the first two bullets carry an abbreviation （育休）/（時短） before the period')))


# ------------------------------------------------------------------ 倉敷市水道局

def kurashiki_suido():
    return build(dict(
        name='kurashiki-suido-2026', seed=1033, org='倉敷市水道局', mast=28, color=(0.1, 0.35, 0.65),
        tint=(0.89, 0.94, 0.99), edition='令和8年4月現在', asof='2026-04', bare_zero=True,
        lead=['高梁川の水を、倉敷・水島・児島・玉島の暮らしと工場へ。',
              '水道の技術と経営を担う職員を募集します。'],
        # shape 5: an actual cell without brackets means no women (note: 女性がいない場合は省略)
        hire=hiring_rows([(2021, (3, 1), (4, 0), False), (2022, (2, 0), (3, 0), False),
                          (2023, (3, 2), (4, 1), False), (2024, (2, 1), (5, 0), False),
                          (2025, (3, 1), (4, 1), False), (2026, (3, None), (5, None), True)]),
        hheader=['年度', '事務', '技術', '計'], hcolumns=['label', 'admin', 'tech', 'total'],
        hlayout='ruled 年度 | 事務 | 技術 | 計; cells N（W）, but N alone in an actual row when there are no women; planned row bare',
        hnotes=['※（ ）内は女性の数で内数です。女性がいない場合は（ ）を省略しています。'],
        aintro='令和7年度採用者の配属先（単位：人）', uw=112,
        assign=[('総務課', 1, None), ('営業課', 2, None), ('浄水課', None, 2), ('配水課', None, 1),
                ('水質管理センター', None, 1)],
        exam_name='倉敷市水道局職員採用試験（大学卒業程度）',
        exams=[('事務', [('一般事務', 3)]), ('技術', [('土木', 3), ('電気', 1), ('化学', 1)])],
        training=['採用後は市の新規採用職員研修に参加したあと、', '浄水場と配水管の現場で実習を行います。', '技術職員には資格取得の支援があります。'],
        inits=[('配水管の耐震化', ['南海トラフ地震に備えて、', '主要な配水管の耐震化を進めています。']),
               ('水道教室', ['市内の小学4年生に、', '浄水場のしくみを伝えています。'])], imark='◇',
        support_lines=[(('育児休業',), '子が3歳に達するまで', '期間中は育児休業手当金が支給されます。'),
                       (('配偶者出産休暇',), '3日', '妻の出産に伴う入院等の日に取得できます。')],
        office='倉敷市水道局総務課', tel='086-426-3701', email='suido-soumu@city.kurashiki.okayama.jp',
        address=['〒710-8565 岡山県倉敷市西中新田640番地'],
        routes=[('水島臨海鉄道球場前駅から徒歩約5分', '球場前'), ('JR山陽本線倉敷駅から車で約15分', '倉敷')],
        decoys=dict(hiring='actual cells with no women are printed without brackets (2022 is a fully bare actual row, '
                           'like the planned row); the note says the brackets are left out')))


BUILDERS = {'kawaguchi-2026': kawaguchi, 'nagasaki-byoin-2026': nagasaki_byoin, 'kurashiki-suido-2026': kurashiki_suido}

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
        if r.replace('『', '').replace('』', '') != rt.lstrip('●'): err.append('route text')
        if not r.split('』')[1].startswith('駅') or re.search(r'[駅～\s分線（）]', st) or re.search(r'(東|西|南|北|中央|新幹線)口$', st) or (st.count('・') > 0 and not re.fullmatch(r'[^・]+・[^・]+前', st)): err.append(f'stop {st}')
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
        for e in f['exams']['entries']: e['exam'] = e['exam'].replace('大学卒業程度', '大学院修了程度')
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
