#!/usr/bin/env python3
"""Blind holdout set 100: three national bodies (沖縄気象台, 福井大学, 日本原子力研究開発機構).

Self-contained (generate_holdout99.py's machinery, itself generate_holdout97.py's, unchanged): a page model in top-down
coordinates, a table helper, reportlab's canvas (invariant=1, no page compression), the
facts and the checks. Every visual text piece is one text object; the objects of a page
are written after its graphics in a seeded shuffled order.

  python3 Fixtures/generate_holdout100.py                   # all three
  python3 Fixtures/generate_holdout100.py jaea-2026          # one
  python3 Fixtures/generate_holdout100.py --selftest        # inject faults; every one must be refused
"""
import io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout100')
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
    # okinawa: the kana reading in brackets stands between the stop and 駅 (壺川（つぼがわ）駅)
    i = line.index(stop + '駅') if stop + '駅' in line else line.index(stop + '（')
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


def exam_table(d, x, y, exams, widths, hfill, ruled=True, header=('区分', '職種', '予定数')):
    rows = [list(header)]
    for tr, cats in exams:
        for k, (c, n) in enumerate(cats):
            rows.append([{'t': [tr], 'rs': len(cats)}, c, str(n)] if k == 0 else [c, str(n)])
    return d.table(x, y, widths, rows, rh=16, hfill=hfill, ruled=ruled)


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

# ------------------------------------------------------------------ one two-page layout, a config per brochure

def build(cfg):
    d = Doc(cfg['name'], cfg['seed'])
    W = d.W
    org, ta, tt = cfg['org'], cfg['ta'], cfg['tt']
    hire = hiring_rows(cfg['hire'], label=cfg.get('label'))
    assign, exams, exam_name = cfg['assign'], cfg['exams'], cfg['exam_name']
    ink, tint = cfg['ink'], cfg['tint']
    L, R = 48, W - 48
    rh_text = f'{org} 職員採用案内 2026'
    running_header(d, R, rh_text)
    d.rect(L, 42, R - L, 2.5, fill=ink)
    d.put(L, 84, org, font='G', size=cfg.get('msize', 28), color=ink)
    d.put(L, 110, '職員採用案内 2026', font='G', size=13.5)
    d.put(R, 110, cfg['edition'], size=9.5, align='r')
    for k, s in enumerate(cfg['lead']): d.put(L, 138 + k * 15, s, size=9.4)

    def head(x, y, s):
        heading(d, x, y, s, ink)

    head(L, 192, '採用実績')
    hintro = '採用者数の推移（単位：人）'
    d.put(L, 210, hintro, size=8.5)
    hheader = ['年度', ta, tt, '計']
    y, hprinted = std_hiring(d, L, 218, [150, 100, 100, R - L - 350], hire, hheader, tint)
    notes = cfg['notes']
    for k, s in enumerate(notes): d.put(L, y + 14 + k * 12, s, size=8)
    top = y + 24 + len(notes) * 12 + 26
    mid = (L + R) / 2
    rx = mid + 12
    aintro = cfg['aintro']
    aheader = ['配属先', ta, tt]
    if cfg.get('assign_full'):
        head(L, top, '配属実績')
        d.put(L, top + 18, aintro, size=8.5)
        arows = [aheader] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in assign]
        ya = d.table(L, top + 26, [240, 70, 70], arows, rh=14.5, hfill=tint)
        top = ya + 30
        head(L, top, '試験区分')
        d.put(L, top + 18, '試験：' + exam_name, size=8.5)
        exam_table(d, L, top + 26, exams, [90, 150, 90], tint)
    else:
        head(L, top, '配属実績')
        d.put(L, top + 18, aintro, size=8.3)
        assign_table(d, L, top + 26, [140, 50, mid - 12 - L - 190], assign, aheader, tint)
        head(rx, top, '試験区分')
        d.put(rx, top + 18, '試験：' + exam_name, size=8.0)
        exam_table(d, rx, top + 26, exams, [55, 105, R - rx - 160], tint)
    # ---- page 2
    d.new_page()
    running_header(d, R, rh_text)
    d.rect(L, 42, R - L, 2.5, fill=ink)
    office, tel, email = cfg['office'], cfg['tel'], cfg['email']
    office_line = cfg.get('office_line')

    def contacts_fn(x, y):
        head(x, y, 'お問い合わせ')
        if office_line:
            d.put(x, y + 20, office_line, size=8.6)
            d.put(x, y + 35, 'E-mail ' + email, size=8.4)
            y += 69
        else:
            d.put(x, y + 20, office, size=9)
            d.put(x, y + 35, 'TEL ' + tel, size=9)
            d.put(x, y + 50, 'E-mail ' + email, size=8.4)
            y += 84
        head(x, y, 'アクセス')
        d.put(x, y + 20, cfg['address'][0], size=8.2)
        k = 1
        for s in cfg['address'][1:]:
            d.put(x, y + 20 + k * 13, s, size=8.2); k += 1
        y += 20 + k * 13 + 5
        for s, st in cfg['routes']:
            d.put(x, y, s, size=8.2); y += 14
        return y

    two_column_p2(d, L, R, rx, head, cfg['training'], lambda x, y: item_list(d, x, y, cfg['inits'], '◆'),
                  '職場の取組', cfg['supports'], '仕事と家庭の両立支援', contacts_fn)
    supports = cfg['supports']
    facts = base_facts(org, cfg['edition'], cfg['edition'].replace('現在', ''), cfg['asof'], cfg['lead'], hire,
                       ta, tt, cfg['hlayout'], hheader, ['label', 'admin', 'tech', 'total'], [hintro], notes,
                       assign, aintro, cfg['alayout'], '試験区分', exam_name, exams,
                       'ruled 区分 | 職種 | 予定数, track cells spanning', ['区分', '職種', '予定数'], '研修',
                       [''.join(cfg['training'])], cfg['inits'], '◆title / indented text', '職場の取組',
                       supports, '仕事と家庭の両立支援', '●name（duration） / indented text',
                       [f'●{n}（{d_}）' for n, d_, _ in supports],
                       office, tel, office_line or ('TEL ' + tel), email, 'E-mail ' + email,
                       ' '.join(cfg['address']), cfg['routes'], False, dict(cfg['decoys']))
    facts['hiring']['printedRows'] = hprinted
    if office_line: facts['contacts'][0]['officeLine'] = office_line
    facts['decoys']['runningHeader'] = rh_text
    return d, facts


# ------------------------------------------------------------------ 沖縄気象台

OKINAWA = dict(
    name='okinawa-kishodai-2026', seed=1001, org='沖縄気象台', ta='事務', tt='技術',
    hire=[(2021, (2, 1), (3, 1), False), (2022, (1, 0), (4, 1), False), (2023, (2, 1), (3, 0), False),
          (2024, (1, 1), (4, 2), False), (2025, (2, 1), (3, 1), False), (2026, (2, None), (4, None), True)],
    assign=[('総務課', 1, None), ('業務課', 1, None), ('気象防災部予報課', None, 1),
            ('気象防災部観測課', None, 1), ('宮古島地方気象台', None, 1)],
    exams=[('事務', [('行政', 2)]), ('技術', [('物理', 2), ('電気・電子・情報', 1), ('化学', 1)])],
    exam_name='国家公務員採用一般職試験（大卒程度試験）',
    ink=(0.0, 0.42, 0.55), tint=(0.86, 0.94, 0.96),
    edition='令和8年4月現在', asof='2026-04',
    lead=['台風・大雨・地震・津波から、沖縄と周辺の島々の暮らしを守る。',
          '気象と地震火山の観測・予報を担う職員を募集します。'],
    notes=['※（ ）内は女性の数で内数です。'],
    aintro='令和7年度採用者の配属先（単位：人）',
    training=['採用後は気象庁の新規採用職員研修（約3週間）のあと、',
              '台内の実務研修で観測と予報の基礎を学びます。',
              '技術職員は気象大学校の専門研修も受講します。'],
    inits=[('防災出前講座', ['職員が学校や自治会を訪ね、', '台風や津波への備えを伝えます。']),
           ('若手勉強会', ['予報の事例を持ち寄り、', '月1回検討会を開いています。'])],
    supports=[('育児休業', '子が3歳に達するまで', '男性職員の取得も増えています。'),
              ('介護休暇', '通算6月', '3回まで分割して取得できます。')],
    office='沖縄気象台総務課', tel='098-833-4281', email='okinawa-saiyo@met.kishou.go.jp',
    address=['〒900-8517 沖縄県那覇市樋川1-15-15', '那覇第一地方合同庁舎'],
    # shape 1: the station's kana reading in brackets between its name and 駅
    routes=[('ゆいレール壺川（つぼがわ）駅から徒歩約5分', '壺川'), ('ゆいレール旭橋（あさひばし）駅から徒歩約12分', '旭橋')],
    hlayout='ruled 年度 | 事務 | 技術 | 計; cells N（W）, planned row bare',
    alayout='ruled 配属先 | 事務 | 技術; － for none',
    decoys=dict(access='each station is printed with its kana reading in brackets between the name and 駅: '
                       'ゆいレール壺川（つぼがわ）駅から徒歩約5分; the stop is 壺川',
                layout='A4, running header on both pages (furniture), rule, masthead, title + edition, lead, '
                       'full-width ruled hiring table, note; two columns (assignments | exams); p2 two columns '
                       '(training + initiatives | support, contacts, access)'),
)

# ------------------------------------------------------------------ 福井大学

FUKUI = dict(
    name='fukui-u-2026', seed=1002, org='福井大学', ta='事務系', tt='技術系',
    hire=[(2021, (8, 5), (2, 0), False), (2022, (7, 4), (1, 0), False), (2023, (9, 5), (2, 1), False),
          (2024, (8, 3), (1, 0), False), (2025, (9, 6), (2, 1), False), (2026, (8, None), (2, None), True)],
    # shape 5: every past row labelled （実績）, the planned one （予定）
    label=lambda fy, planned: f'令和{fy - 2018}年度' + ('（予定）' if planned else '（実績）'),
    assign=[('総務部人事労務課', 1, None), ('財務部経理課', 1, None), ('学務部教務課', 2, None),
            ('学務部入試課', 1, None), ('研究推進部研究推進課', 1, None), ('附属図書館', 1, None),
            ('附属病院医事課', 2, None), ('施設環境部施設企画課', None, 1), ('施設環境部設備課', None, 1)],
    exams=[('事務系', [('事務', 7), ('図書', 1)]), ('技術系', [('電気', 1), ('建築', 1)])],
    exam_name='東海・北陸地区国立大学法人等職員採用試験',
    ink=(0.1, 0.25, 0.55), tint=(0.88, 0.91, 0.97),
    edition='令和8年4月現在', asof='2026-04',
    lead=['教育・研究・医療の現場を、事務と技術の力で支える。',
          '文京・松岡・敦賀のキャンパスで働く職員を募集します。'],
    notes=['※（ ）内は女性の数で内数です。'],
    aintro='令和7年度採用者の配属先（単位：人）',
    training=['採用後は新任職員研修（2日間）で大学の仕組みを学び、',
              '2年目に東海・北陸地区の合同研修に参加します。',
              '3年ごとの異動で複数の部署を経験します。'],
    inits=[('事務職員の海外研修', ['協定校での2週間の研修に', '毎年2名を派遣しています。']),
           ('業務改善コンテスト', ['若手職員のチームが', '改善の成果を発表します。'])],
    supports=[('育児休業', '子が3歳に達するまで', '休業中の職員向けに面談を行います。'),
              ('子の看護休暇', '年5日', '子が2人以上の場合は年10日です。')],
    office='福井大学総務部人事労務課', tel='0776-27-8020', email='jinji-saiyo@ad.u-fukui.ac.jp',
    # shape 2: the office line carries its phone in brackets; no TEL line of its own
    office_line='福井大学総務部人事労務課（TEL 0776-27-8020）',
    address=['〒910-8507 福井県福井市文京3丁目9番1号'],
    routes=[('えちぜん鉄道三国芦原線福大前西福井駅から徒歩約3分', '福大前西福井'), ('JR福井駅から車で約10分', '福井')],
    hlayout='ruled 年度 | 事務系 | 技術系 | 計; labels 令和N年度（実績） and 令和8年度（予定）; cells N（W）, planned row bare',
    alayout='ruled 配属先 | 事務系 | 技術系; － for none',
    decoys=dict(hiring='every past row label ends （実績）: 令和3年度（実績） … 令和7年度（実績）; the planned row 令和8年度（予定）',
                contacts='the office line carries the phone in brackets: 福井大学総務部人事労務課（TEL 0776-27-8020）; '
                         'telText is that line; no TEL line of its own',
                layout='A4, running header on both pages (furniture), rule, masthead, title + edition, lead, '
                       'full-width ruled hiring table, note; two columns (assignments | exams); p2 two columns '
                       '(training + initiatives | support, contacts, access)'),
)

# ------------------------------------------------------------------ 日本原子力研究開発機構

JAEA = dict(
    name='jaea-2026', seed=1003, org='日本原子力研究開発機構', ta='事務系', tt='技術系', msize=24,
    hire=[(2021, (12, 6), (30, 5), False), (2022, (10, 4), (28, 6), False), (2023, (11, 5), (33, 7), False),
          (2024, (13, 6), (31, 5), False), (2025, (12, 5), (32, 6), False), (2026, (12, None), (34, None), True)],
    # shape 3: each unit cell is the site and the department joined by an ideographic space
    assign=[('本部　総務部', 2, None), ('本部　財務部', 2, None),
            ('原子力科学研究所　工務技術部', 1, 5), ('原子力科学研究所　放射線管理部', None, 4),
            ('原子力科学研究所　研究炉加速器技術部', None, 5),
            ('核燃料サイクル工学研究所　工務部', 1, 5), ('核燃料サイクル工学研究所　放射線管理部', None, 4),
            ('大洗原子力工学研究所　技術部', 1, 4), ('敦賀廃止措置実証本部　総務課', 2, None),
            ('人形峠環境技術センター　総務課', 1, 2), ('幌延深地層研究センター　技術課', None, 3),
            ('青森研究開発センター　総務課', 1, None), ('福島廃炉安全工学研究所　総務課', 1, None)],
    exams=[('事務系', [('事務', 12)]), ('技術系', [('機械', 12), ('電気・電子', 8), ('原子力・放射線', 8), ('化学', 6)])],
    exam_name='日本原子力研究開発機構職員採用試験（大学卒業程度）',
    ink=(0.55, 0.15, 0.1), tint=(0.97, 0.9, 0.88),
    edition='令和8年4月現在', asof='2026-04',
    lead=['原子力の安全と、その先のエネルギーと科学のために。',
          '全国の研究開発拠点を支える事務系・技術系の職員を募集します。'],
    notes=['※（ ）内は女性の数で内数です。', '※研究職の採用者は含みません。'],
    aintro='令和7年度採用者の配属先（単位：人）',
    assign_full=True,
    training=['入構後2週間の新入職員研修のあと、各拠点で安全教育と',
              'OJTを受けます。技術系職員は原子力人材育成センター',
              'の専門研修で、放射線安全の資格取得をめざします。'],
    inits=[('拠点間ローテーション', ['入構10年で2～3か所の拠点を', '経験し、視野を広げます。']),
           ('技術伝承プログラム', ['ベテラン職員の技術を', '動画と実習で若手に伝えます。'])],
    supports=[('育児休業', '子が3歳に達するまで', '男性職員の取得率は5割を超えました。'),
              ('配偶者出産休暇', '2日', '妻の出産に伴う入院等の日に取得できます。')],
    office='日本原子力研究開発機構人事部人事課', tel='029-282-1122', email='saiyo@jaea.go.jp',
    address=['〒319-1184 茨城県那珂郡東海村大字舟石川765番地1'],
    # shape 4: JR glued to the station, JR東海 being also the name of a railway company
    routes=[('JR東海駅から車で約10分', '東海'), ('JR勝田駅から車で約20分', '勝田')],
    hlayout='ruled 年度 | 事務系 | 技術系 | 計; cells N（W）, planned row bare',
    alayout='ruled 配属先 | 事務系 | 技術系; each unit cell SITE　DEPARTMENT joined by an ideographic space; '
            '－ for none',
    decoys=dict(assignments='each unit is the site and the department in one cell joined by an ideographic space '
                            '(原子力科学研究所　工務技術部); the fact is the cell as printed (norm drops the space)',
                access='routes JR東海駅から…: JR glued to the station name, and JR東海 is also a railway company '
                       '(JR Central); the stop is 東海',
                layout='A4, running header on both pages (furniture), rule, masthead, title + edition, lead, '
                       'full-width ruled hiring table, two notes; full-width assignments; full-width exams; p2 two '
                       'columns (training + initiatives | support, contacts, access)'),
)


BUILDERS = {c['name']: (lambda c=c: build(c)) for c in (OKINAWA, FUKUI, JAEA)}


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
        if ('予定' in r['labelText'] or '（目標）' in r['labelText']) != r['planned']: err.append('予定 label')
        if r['label'] != f'令和{r["fiscalYear"] - 2018}年度': err.append('era label')
        for k in ('total', 'admin', 'tech'):
            c = r[k]
            if int(unicodedata.normalize('NFKC', c['text'])) != c['count']: err.append('count text')
            if r['planned'] != (c['women'] is None): err.append('planned women')
            if c['women'] is not None and not 0 <= c['women'] <= c['count']: err.append('women range')
            if c.get('derived'): continue   # iwate-chubu-suido: the technical figure is a sum printed nowhere
            if c['cellText'] not in exp: err.append(f'cell not printed {c["cellText"]}')
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']: err.append('total')
        if not r['planned'] and r['total']['women'] != r['admin']['women'] + r['tech']['women']: err.append('women total')
        if r['labelText'] not in exp: err.append('label not printed')
    if 'printedRows' in h:
        for s in h['printedRows']: printed(s, 'hiring row')
    else:
        for r in h['rows']:
            printed('\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]), 'hiring row')
    a = f['assignments']
    coh = [r for r in h['rows'] if r['fiscalYear'] == a['cohortFiscalYear']][0]
    if coh['planned'] or a['cohortFiscalYear'] != ys[-2]: err.append('cohort')
    if re.findall(r'令和\d+年度', a['intro']) != [f'令和{a["cohortFiscalYear"] - 2018}年度']: err.append('cohort intro')
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
            if not any(l.endswith(f'\t{b["category"]}\t{b["count"]}') or (b['category'] in l.split('\t')[:2] and l.split('\t')[-1] == str(b['count'])) or (l.split('\t')[0] == f'{en["track"]}（{b["category"]}）' and l.split('\t')[-1] == str(b['count'])) for l in lines): err.append(f'category row {b}')
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
        if not s['printed'].startswith('●' + s['name']): err.append('support item start')
        if s['duration'] not in exp: err.append('duration not printed')
    for c in f['contacts']:
        if 'officeLine' in c:
            # fukui: the office line carries its phone in brackets, office（TEL tel）
            printed(c['officeLine'], 'office line')
            if c['officeLine'] != f"{c['office']}（TEL {c['tel'][0]}）" or c['telText'] != [c['officeLine']]:
                err.append('office line form')
        else:
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
        if not re.match(r'(（[ぁ-ゖー]+）)?駅', r.split('』')[1]) or re.search(r'[駅～・\s口分線（）()]', st):
            err.append(f'stop {st}')
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
            e['exam'] = e['exam'].replace('大学卒業程度', '大学院修了程度') if '大学卒業程度' in e['exam'] else e['exam'] + '（大学院修了程度）'
    def legal_form(d, f): f['organization'] = '一部事務組合' + f['organization']
    def stop_with_eki(d, f): f['access']['routes'][0] = re.sub(r'『([^』]+)』', r'『\1駅』', f['access']['routes'][0])
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
    def duplicate_unit(d, f): f['assignments']['rows'][1]['unit'] = f['assignments']['rows'][0]['unit']
    def office_unprinted(d, f): f['contacts'][0]['office'] += '係'
    def reading_in_stop(d, f):
        r = f['access']['routes'][0]
        st = r.split('『')[1].split('』')[0]
        f['access']['routes'][0] = r.replace(f'『{st}』', f'『{st}（よみ）』')
    def planned_label(d, f): f['hiring']['rows'][5]['labelText'] = f['hiring']['rows'][5]['labelText'].replace('予定', '実績')
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
