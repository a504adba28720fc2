#!/usr/bin/env python3
"""Blind holdout set 105: three local public bodies (軽井沢町, 柳泉園組合, 青森県教育委員会) in booklet pages.

Self-contained (generate_holdout103.py's machinery, checks extended): a page model in top-down
coordinates, a table helper, reportlab's canvas (invariant=1, no page compression), the
facts and the checks. Every visual text piece is one text object; the objects of a page
are written after its graphics in a seeded shuffled order. B5 / A5 portrait booklets of three
or four pages, a running header and a folio on every page (furniture), tables and lists
continued over a page break, vertical (縦書き) headings in side bands.

  python3 Fixtures/generate_holdout105.py                   # all three
  python3 Fixtures/generate_holdout105.py ryusenen-2026     # one
  python3 Fixtures/generate_holdout105.py --selftest        # inject faults; every one must be refused
"""
import io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout105')
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
        self.splits = []     # (what, page) where a table or list continues on the next page
        self.vheads = []     # (page, text) of the vertical headings
        self.furn_pages = [] # pages that drew their running header and folio
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

    def vtext(self, cx, ytop, s, font='G', size=13, step=1.12, color=(0, 0, 0)):
        ids = []
        for k, ch in enumerate(s):
            ids.append(self.text(cx, ytop + size * 0.88 + k * size * step, ch, font=font, size=size, align='c',
                                 color=color))
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





# ------------------------------------------------------------------ booklet drawing bits (set 105)

B5 = (515.91, 728.50)
A5 = (419.53, 595.28)
GREY = (0.4, 0.4, 0.4)


def furniture(d, hdr, folio, L, R, col, header_align='l', folio_pos='c'):
    """Running header over a rule and a folio in the footer: furniture on every page."""
    if header_align == 'l': d.text(L, 28, hdr, size=7, furniture=True, color=GREY)
    elif header_align == 'r': d.text(R, 28, hdr, size=7, align='r', furniture=True, color=GREY)
    else: d.text((L + R) / 2, 28, hdr, size=7, align='c', furniture=True, color=GREY)
    d.hline(L, R, 34, lw=0.8, color=col)
    if folio_pos == 'c': d.text(d.W / 2, d.H - 22, folio, size=7.5, align='c', furniture=True, color=GREY)
    elif folio_pos == 'r': d.text(R, d.H - 22, folio, size=7.5, align='r', furniture=True, color=GREY)
    else: d.text(L, d.H - 22, folio, size=7.5, furniture=True, color=GREY)
    d.furn_pages.append(d.p)


def hhead(d, x, y, s, col, size=11):
    d.rect(x, y - size + 1, 4, size + 3, fill=col)
    d.put(x + 9, y, s, font='G', size=size, color=col)


def band(d, x, y0, y1, tint, w=22):
    d.rect(x, y0, w, y1 - y0, fill=tint)


def vhead(d, x, y, s, col, w=22, size=11):
    """A heading set vertically (縦書き), one glyph under the other, centred in a side band."""
    ids = d.vtext(x + w / 2, y + 4, s, size=size, color=col)
    d.vheads.append((d.p, s))
    return y + 4 + len(s) * size * 1.12


def bullets(d, x, y, items, mark, tsize=9, bsize=8.3, step=13):
    for t, body in items:
        d.put(x, y, mark + t, font='G', size=tsize)
        for s in body:
            y += step; d.put(x + 10, y, s, size=bsize)
        y += step + 8
    return y


def assign_rows(assign, fw=False):
    z = (lambda s: s.translate(FW)) if fw else (lambda s: s)
    return [[u, z(str(a)) if a else '－', z(str(t)) if t else '－'] for u, a, t in assign]


def exam_rows(exams):
    rows = []
    for tr, cats in exams:
        for k, (c, n) in enumerate(cats):
            rows.append([{'t': [tr], 'rs': len(cats)}, c, str(n)] if k == 0 else [c, str(n)])
    return rows


def split_mark(d, what):
    """Record where a table or list continues on the next page (checked by check_split)."""
    d.splits.append((what, d.p))


# ------------------------------------------------------------------ 軽井沢町 (B5, 4 pp)

def karuizawa():
    d = Doc('karuizawa-2026', 1051, size=B5)
    org, ta, tt = '軽井沢町', '事務', '技術'
    col, tint = (0.13, 0.40, 0.27), (0.87, 0.94, 0.89)
    L, R = 40, d.W - 40
    hdr = '軽井沢町 職員採用案内 2026'
    edition = '令和8年4月現在'
    # full-width digits everywhere in the hiring table (labels and counts)
    hire = hiring_rows([(2021, (6, 3), (2, 0), False), (2022, (7, 4), (2, 1), False),
                        (2023, (5, 3), (3, 0), False), (2024, (8, 5), (2, 1), False),
                        (2025, (7, 4), (3, 1), False), (2026, (8, None), (3, None), True)],
                       fw=True, label=lambda fy, p: f'令和{fy - 2018}年度'.translate(FW) + ('（予定）' if p else ''))
    lead = ['浅間山のふもと、標高約1,000メートルの高原のまち。',
            '国際親善文化観光都市として、町民と別荘の方、',
            '年間800万人を超える来訪者の暮らしを支えています。']
    furniture(d, hdr, '－ 1 －', L, R, col, 'l', 'c')
    d.put(L, 78, org, font='G', size=28, color=col)
    d.put(L, 104, '職員採用案内 2026', font='G', size=13)
    d.put(R, 104, edition, size=9, align='r')
    for k, s in enumerate(lead): d.put(L, 132 + k * 14, s, size=9)
    hhead(d, L, 196, '町長メッセージ', col)
    msg = ['軽井沢の自然と文化を守りながら、新しい働き方や',
           '移住の受け皿づくりにも挑戦しています。',
           '町の未来を一緒に描いてくれる方を待っています。',
           '軽井沢町長']
    for k, s in enumerate(msg[:3]): d.put(L + 10, 216 + k * 14, s, size=8.8)
    d.put(R, 216 + 3 * 14, msg[3], size=8.8, align='r')
    hhead(d, L, 300, '求める職員像', col)
    ideal = ['○町民と来訪者の声に耳を傾け、自ら考えて動ける人', '○自然と景観を守る気持ちを持ち続けられる人',
             '○新しいことに挑戦し、仲間と協力できる人']
    for k, s in enumerate(ideal): d.put(L + 10, 320 + k * 14, s, size=8.8)
    hhead(d, L, 392, '軽井沢町のすがた', col)
    prof = ['人口　約2万1千人（うち約4割が移住者）', '面積　156.03平方キロメートル', '職員数　約300人']
    for k, s in enumerate(prof): d.put(L + 10, 412 + k * 14, s, size=8.8)
    # 採用実績: a vertical heading in a side band; the table starts at the foot of p1 and continues on p2
    top = 470
    cx = L + 30
    hintro = '採用者数の推移（単位：人）'
    rows = [['年度', ta, tt, '計']] + [[r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]
                                    for r in hire]
    widths = [120, 86, 86, 86]
    vhead(d, L, top, '採用実績', col)
    d.put(cx, top + 10, hintro, size=8.5)
    y = d.table(cx, top + 20, widths, rows[:6], rh=22, hfill=tint, size=9)
    band(d, L, top, y, tint)
    split_mark(d, 'hiring')
    # ---- p2
    d.new_page()
    furniture(d, hdr, '－ 2 －', L, R, col, 'l', 'c')
    y = d.table(cx, 50, widths, rows[6:], rh=22, header=0, size=9)
    band(d, L, 50, y, tint)
    hnotes = ['※（ ）内は女性の数で内数です。', '※令和８年度は採用予定数です。']
    for k, s in enumerate(hnotes): d.put(cx, y + 14 + k * 12, s, size=8)
    hprinted = ['\t'.join(r) for r in rows[1:]]
    # 配属実績: vertical heading and, under it in the same band, the cohort as a vertical caption (no other intro)
    top = y + 14 + len(hnotes) * 12 + 22
    assign = [('総務課', 1, None), ('企画課', 1, None), ('税務課', 1, None), ('住民課', 1, None),
              ('保健福祉課', 1, None), ('子ども教育課', 1, None), ('観光経済課', 1, None),
              ('環境課', None, 1), ('建設課', None, 1), ('上下水道課', None, 1)]
    aintro = '令和７年度採用者の配属先'
    yb = vhead(d, L, top, '配属実績', col)
    ids = d.vtext(L + 11, yb + 12, aintro, size=8, color=(0.2, 0.2, 0.2), font='M')
    ycap = yb + 12 + len(aintro) * 8 * 1.12
    ya = d.table(cx, top, [150, 70, 70], [['配属先', ta, tt]] + assign_rows(assign), rh=17, hfill=tint, size=8.8)
    band(d, L, top, max(ya, ycap + 4), tint, w=22)
    anotes = ['※単位は人。－は配属なし。']
    d.put(cx, ya + 14, anotes[0], size=8)
    # ---- p3
    d.new_page()
    furniture(d, hdr, '－ 3 －', L, R, col, 'l', 'c')
    exam_name = '軽井沢町職員採用試験（大学卒業程度）'
    exams = [('事務', [('一般事務', 7), ('社会福祉', 1)]), ('技術', [('土木', 2), ('建築', 1)])]
    hhead(d, L, 64, '試験区分', col)
    d.put(L, 84, '試験：' + exam_name, size=8.5)
    ye = d.table(L, 92, [70, 140, 80], [['区分', '職種', '予定数']] + exam_rows(exams), rh=17, hfill=tint, size=8.8)
    training = ['採用後は長野県市町村職員研修センターでの新規採用職員研修のあと、',
                '各課で先輩職員がOJTで指導します。2年目には県や近隣市町との',
                '合同研修にも参加します。']
    y = ye + 34
    hhead(d, L, y, '研修', col)
    for k, s in enumerate(training): d.put(L, y + 20 + k * 14, s, size=8.6)
    y += 20 + len(training) * 14 + 26
    hhead(d, L, y, '働きやすい職場づくり', col)
    inits = [('テレワークと時差出勤', ['全職員が在宅勤務を選べるよう、', '端末とルールを整えました。']),
             ('職員提案制度', ['若手職員の提案から、', '窓口のキャッシュレス決済が始まりました。'])]
    bullets(d, L, y + 22, inits, '◆')
    # ---- p4
    d.new_page()
    furniture(d, hdr, '－ 4 －', L, R, col, 'l', 'c')
    y = 64
    hhead(d, L, y, '仕事と家庭の両立支援', col)
    # shape: a category tag in 【】 between the bullet and the support name
    support_lines = [('休業', '育児休業', '子が3歳に達するまで', '男性職員も1か月以上の取得が増えています。'),
                     ('休暇', '配偶者出産休暇', '3日', '妻の出産の前後に取得できます。'),
                     ('休暇', '子の看護等休暇', '年5日', '子が2人以上の場合は年10日です。')]
    y += 22
    sprinted = []
    for tag, nm, du, txt in support_lines:
        s = f'●【{tag}】{nm}（{du}）'
        d.put(L, y, s, font='G', size=9); sprinted.append(s)
        y += 13; d.put(L + 10, y, txt, size=8.3)
        y += 21
    office, tel, email = '軽井沢町総務課', '0267-45-8115', 'karuizawa-jinji@town.karuizawa.lg.jp'
    address = '〒389-0192 長野県北佐久郡軽井沢町大字長倉2381番地1'
    routes = [('しなの鉄道中軽井沢駅から徒歩約20分', '中軽井沢'), ('JR北陸新幹線軽井沢駅から車で約10分', '軽井沢')]
    y += 8
    hhead(d, L, y, 'お問い合わせ', col)
    d.put(L, y + 20, office, size=9)
    d.put(L, y + 34, 'TEL ' + tel, size=9)
    d.put(L, y + 48, 'E-mail ' + email, size=8.6)
    y += 80
    hhead(d, L, y, 'アクセス', col)
    d.put(L, y + 20, address, size=8.6)
    for k, (s, st) in enumerate(routes): d.put(L, y + 36 + k * 14, s, size=8.6)
    supports = [(nm, du, txt) for tag, nm, du, txt in support_lines]
    facts = base_facts(org, edition, '令和8年4月', '2026-04', lead, hire, ta, tt,
                       'ruled 年度 | 事務 | 技術 | 計, full-width digits, cells Ｎ（Ｗ）, planned row bare; rows 令和３–７ on p1, 令和８（予定） alone on p2 (no repeated header)',
                       ['年度', ta, tt, '計'], ['label', 'admin', 'tech', 'total'], [hintro], hnotes,
                       assign, aintro, 'ruled 配属先 | 事務 | 技術; － for none; the cohort only in a vertical caption in the side band',
                       '試験区分', exam_name, exams, 'ruled 区分 | 職種 | 予定数, track cells spanning', ['区分', '職種', '予定数'],
                       '研修', [''.join(training)], inits, '◆title / indented text', '働きやすい職場づくり',
                       supports, '仕事と家庭の両立支援', '●【tag】name（duration） / indented text; the tag (休業 / 休暇) is no part of the name',
                       sprinted, office, tel, 'TEL ' + tel, email, 'E-mail ' + email, address, routes, False,
                       dict(support='each bullet opens with a category tag 【休業】 / 【休暇】 before the name',
                            assignments='the cohort is printed only as a vertical caption 令和７年度採用者の配属先 (full-width digit) under the vertical heading, in the side band',
                            hiring='full-width digits; the table starts at the foot of p1 and continues under p2\'s running header without its header row'))
    facts['hiring']['printedRows'] = hprinted
    facts['assignments']['note'] = anotes
    facts['supportTags'] = None  # placeholder removed below (schema: additions only inside existing keys)
    del facts['supportTags']
    facts['decoys']['supportTags'] = {nm: tag for tag, nm, du, txt in support_lines}
    facts['decoys']['runningHeader'] = hdr
    facts['decoys']['folios'] = ['－ 1 －', '－ 2 －', '－ 3 －', '－ 4 －']
    facts['decoys']['layout'] = ('B5 portrait, 4 pp, running header left over a rule and a centred folio on every page (furniture); '
                                 'p1 masthead, title + edition, lead, 町長メッセージ, 採用実績 with a vertical heading in a left side '
                                 'band (table split over the page break); p2 the continued rows, notes, 配属実績 with a vertical '
                                 'heading and vertical cohort caption in the band; p3 試験区分, 研修, initiatives; p4 support, contacts, access')
    return d, facts


# ------------------------------------------------------------------ 柳泉園組合 (A5, 4 pp)

def ryusenen():
    d = Doc('ryusenen-2026', 1052, size=A5)
    org, ta, tt = '柳泉園組合', '事務', '技術'
    printed_org = '柳泉園（りゅうせんえん）組合'
    col, tint = (0.55, 0.30, 0.10), (0.98, 0.92, 0.85)
    L, R = 32, d.W - 32
    hdr = '柳泉園組合　職員採用案内　2026'
    edition = '令和8年5月現在'
    hire = hiring_rows([(2021, (1, 0), (2, 0), False), (2022, (2, 1), (1, 0), False),
                        (2023, (1, 1), (2, 1), False), (2024, (2, 1), (3, 0), False),
                        (2025, (2, 1), (4, 1), False), (2026, (2, None), (5, None), True)])
    lead = ['東久留米市・清瀬市・西東京市のごみを処理し、',
            '余熱を温水プールと浴場に生かす一部事務組合です。',
            '3市の約45万人の暮らしを支える職員を募集します。']
    folios = ['1', '2', '3']
    furniture(d, hdr, folios[0], L, R, col, 'c', 'r')
    d.put(L, 74, printed_org, font='G', size=20, color=col)
    d.put(L, 98, '職員採用案内 2026', font='G', size=12)
    d.put(R, 98, edition, size=8.5, align='r')
    for k, s in enumerate(lead): d.put(L, 124 + k * 13, s, size=8.5)
    y = 190
    hhead(d, L, y, '採用実績', col, size=10.5)
    hintro = '採用者数の推移（単位：人）'
    d.put(L, y + 18, hintro, size=8)
    rows = [['年度', ta, tt, '計']] + [[r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]
                                    for r in hire]
    yt = d.table(L, y + 26, [110, 80, 80, 86], rows, rh=17, hfill=tint, size=8.6)
    hnotes = ['※（ ）内は女性の数で内数です。']
    d.put(L, yt + 13, hnotes[0], size=7.8)
    hprinted = ['\t'.join(r) for r in rows[1:]]
    # 配属実績: vertical heading in a left side band
    top = yt + 40
    cx = L + 28
    assign = [('総務課', 1, None), ('施設管理課', 1, 1), ('資源推進課', None, 1), ('クリーンポート運転係', None, 2)]
    aintro = '令和7年度採用者の配属先（単位：人）'
    vhead(d, L, top, '配属実績', col, w=20, size=10.5)
    d.put(cx, top + 10, aintro, size=8)
    ya = d.table(cx, top + 18, [150, 60, 60], [['配属先', ta, tt]] + assign_rows(assign), rh=17, hfill=tint, size=8.5)
    band(d, L, top, max(ya, top + 60), tint, w=20)
    # ---- p2: 研修, initiatives, a day's schedule, then 試験区分 whose 技術 span breaks over the page
    d.new_page()
    furniture(d, hdr, folios[1], L, R, col, 'c', 'l')
    y = 60
    hhead(d, L, y, '研修', col, size=10.5)
    training = ['採用後は東京都市町村職員研修所での研修のあと、', '中間処理施設の運転管理を班の先輩から学びます。',
                '技術職員はボイラー・タービン主任技術者などの', '資格取得を支援します。']
    for k, s in enumerate(training): d.put(L, y + 18 + k * 13, s, size=8.3)
    y += 18 + len(training) * 13 + 24
    hhead(d, L, y, '働きやすい職場づくり', col, size=10.5)
    inits = [('交替勤務でも休日をしっかり', ['24時間運転の工場でも、', '休日を確実に取れる勤務表を組んでいます。']),
             ('見学者を迎える職員', ['年間約3千人の小学生と市民に、', 'ごみ処理のしくみを説明しています。'])]
    y = bullets(d, L, y + 22, inits, '▼', tsize=8.8, bsize=8.2)
    hhead(d, L, y + 4, '運転係の一日', col, size=10.5)
    day = ['8:30　引継ぎ・朝礼', '9:00　焼却炉の巡視点検', '13:00　中央制御室で監視', '16:30　日報の作成・引継ぎ']
    for k, s in enumerate(day): d.put(L + 10, y + 22 + k * 13, s, size=8.2)
    y += 22 + len(day) * 13 + 22
    exam_name = '柳泉園組合職員採用試験（大学卒業程度）'
    exams = [('事務', [('一般事務', 2)]), ('技術', [('機械', 2), ('電気', 1), ('化学', 1), ('土木', 1)])]
    hhead(d, L, y, '試験区分', col, size=10.5)
    d.put(L, y + 18, '試験：' + exam_name, size=8)
    widths = [70, 140, 90]
    # the 技術 cell spans four rows, two of them on p3: the printer split the span and left its lower part blank
    p2rows = [['区分', '職種', '予定数'], [{'t': ['事務']}, '一般事務', '2'],
              [{'t': ['技術'], 'rs': 2}, '機械', '2'], ['電気', '1']]
    ye = d.table(L, y + 26, widths, p2rows, rh=18, hfill=tint, size=8.6)
    split_mark(d, 'exams')
    # ---- p3
    d.new_page()
    furniture(d, hdr, folios[2], L, R, col, 'c', 'r')
    ye = d.table(L, 50, widths, [[{'t': [], 'rs': 2}, '化学', '1'], ['土木', '1']], rh=18, header=0, size=8.6)
    enotes = ['※職種ごとに専門試験を行います。']
    d.put(L, ye + 13, enotes[0], size=7.8)
    eprinted = ['事務\t一般事務\t2', '技術\t機械\t2', '\t電気\t1', '\t化学\t1', '\t土木\t1']
    y = ye + 44
    hhead(d, L, y, '仕事と家庭の両立支援', col, size=10.5)
    support_lines = [('育児休業', '子が3歳に達するまで', '交替勤務の職員も取得しています。'),
                     ('介護休暇', '通算6か月', '家族の介護のために分割して取得できます。')]
    y += 22
    sprinted = []
    for nm, du, txt in support_lines:
        s = f'●{nm}（{du}）'
        d.put(L, y, s, font='G', size=8.8); sprinted.append(s)
        y += 13; d.put(L + 10, y, txt, size=8.2)
        y += 21
    office, tel, email = '柳泉園組合総務課', '042-470-1545', 'saiyo-tantou@ryusenen.jp'
    address = '〒203-0011 東京都東久留米市下里四丁目3番10号'
    routes = [('西武池袋線東久留米駅から徒歩約20分', '東久留米'), ('西武池袋線清瀬駅から車で約10分', '清瀬')]
    y += 8
    hhead(d, L, y, 'お問い合わせ', col, size=10.5)
    d.put(L, y + 19, office, size=8.8)
    d.put(L, y + 33, 'TEL ' + tel, size=8.8)
    d.put(L, y + 47, 'E-mail ' + email, size=8.4)
    y += 78
    hhead(d, L, y, 'アクセス', col, size=10.5)
    d.put(L, y + 19, address, size=8.4)
    for k, (s, st) in enumerate(routes): d.put(L, y + 34 + k * 13, s, size=8.4)
    facts = base_facts(org, edition, '令和8年5月', '2026-05', lead, hire, ta, tt,
                       'ruled 年度 | 事務 | 技術 | 計; cells N（W）, planned row bare',
                       ['年度', ta, tt, '計'], ['label', 'admin', 'tech', 'total'], [hintro], hnotes,
                       assign, aintro, 'ruled 配属先 | 事務 | 技術; － for none; vertical heading in a side band',
                       '試験区分', exam_name, exams,
                       'ruled 区分 | 職種 | 予定数; the 技術 cell spans 機械 / 電気 on p2, its span continues BLANK over 化学 / 土木 on p3',
                       ['区分', '職種', '予定数'],
                       '研修', [''.join(training)], inits, '▼title / indented text', '働きやすい職場づくり',
                       [(nm, du, txt) for nm, du, txt in support_lines], '仕事と家庭の両立支援',
                       '●name（duration） / indented text; ', sprinted, office, tel, 'TEL ' + tel, email, 'E-mail ' + email,
                       address, routes, False,
                       dict(organization='the masthead prints the kana reading inside the name: 柳泉園（りゅうせんえん）組合',
                            exams='the row-spanning 技術 cell is split by the page break; the two rows on p3 start with a blank cell'))
    facts['document'] = f'{org} 職員採用案内 2026'
    facts['hiring']['printedRows'] = hprinted
    facts['exams']['printedRows'] = eprinted
    facts['exams']['note'] = enotes
    facts['decoys']['organizationPrinted'] = printed_org
    facts['decoys']['runningHeader'] = hdr
    facts['decoys']['folios'] = folios
    facts['decoys']['layout'] = ('A5 portrait, 3 pp, centred running header over a rule and a bare folio at the OUTER corner '
                                 '(right on odd pages, left on even) on every page (furniture); p1 masthead with the reading, '
                                 'title + edition, lead, 採用実績 (full width), 配属実績 with a vertical heading in a left side '
                                 'band; p2 研修, initiatives, 運転係の一日, 試験区分 whose 技術 span breaks over the page; p3 the two '
                                 'continued rows (blank track cell), note, support, contacts, access')
    return d, facts


# ------------------------------------------------------------------ 青森県教育委員会 (B5, 3 pp)

def aomori_kyoi():
    d = Doc('aomori-kyoi-2026', 1053, size=B5)
    org, ta, tt = '青森県教育委員会', '事務', '技術'
    col, tint = (0.16, 0.25, 0.55), (0.89, 0.91, 0.98)
    L, R = 46, d.W - 46
    hdr = '青森県教育委員会　事務局・県立学校 職員採用案内'
    edition = '令和8年3月現在'
    hire = hiring_rows([(2021, (12, 7), (2, 0), False), (2022, (14, 8), (1, 0), False),
                        (2023, (13, 6), (3, 1), False), (2024, (15, 9), (2, 1), False),
                        (2025, (16, 10), (3, 1), False), (2026, (16, None), (3, None), True)])
    lead = ['県教育庁と県立学校の事務・施設を担う職員を紹介します。',
            '学校の現場から県の教育行政まで、子どもたちの学びを支えます。']
    pf = lambda n: f'P.{n}'
    furniture(d, hdr, pf(1), L, R, col, 'r', 'r')
    d.put(L, 76, org, font='G', size=24, color=col)
    d.put(L, 100, '職員採用案内 2026', font='G', size=13)
    d.put(R, 100, edition, size=9, align='r')
    for k, s in enumerate(lead): d.put(L, 126 + k * 14, s, size=9)
    # 採用実績: vertical heading in a side band on the left
    top = 166
    cx = L + 30
    vhead(d, L, top, '採用実績', col, w=22, size=11)
    hintro = '採用者数の推移（単位：人）'
    d.put(cx, top + 10, hintro, size=8.5)
    rows = [['年度', ta, tt, '計']] + [[r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]
                                    for r in hire]
    yt = d.table(cx, top + 18, [120, 80, 80, 80], rows, rh=16, hfill=tint, size=8.6)
    hnotes = ['※（ ）内は女性の数で内数です。']
    d.put(cx, yt + 12, hnotes[0], size=7.8)
    band(d, L, top, yt + 16, tint)
    hprinted = ['\t'.join(r) for r in rows[1:]]
    # 配属実績: full-width digits in the table
    y = yt + 46
    hhead(d, L, y, '配属実績', col)
    aintro = '令和7年度採用者の配属先（単位：人）'
    d.put(L, y + 18, aintro, size=8.3)
    assign = [('教育政策課', 2, None), ('教職員課', 2, None), ('学校施設課', 1, 2), ('青森高等学校', 2, None),
              ('弘前中央高等学校', 2, None), ('八戸北高等学校', 2, None), ('むつ工業高等学校', 2, None),
              ('三本木農業恵拓高等学校', 3, None), ('総合学校教育センター', None, 1)]
    ya = d.table(L, y + 26, [190, 70, 70], [['配属先', ta, tt]] + assign_rows(assign, fw=True), rh=16, hfill=tint, size=8.5)
    # 試験区分 at the foot of p1: caption and header row only; every body row on p2
    y = ya + 36
    exam_name = '青森県職員採用試験（大学卒業程度）'
    exams = [('事務', [('教育行政', 6), ('学校事務', 10)]), ('技術', [('建築', 2), ('電気', 1)])]
    hhead(d, L, y, '試験区分', col)
    d.put(L, y + 18, '試験：' + exam_name, size=8.3)
    widths = [70, 150, 90]
    d.table(L, y + 26, widths, [['区分', '職種', '予定数']], rh=17, hfill=tint, size=8.6)
    split_mark(d, 'exams')
    # ---- p2
    d.new_page()
    furniture(d, hdr, pf(2), L, R, col, 'r', 'r')
    ye = d.table(L, 50, widths, exam_rows(exams), rh=17, header=0, size=8.6)
    enotes = ['※学校事務は県立学校に、教育行政は教育庁に配属します。']
    d.put(L, ye + 13, enotes[0], size=7.8)
    top = ye + 40
    cx = L + 30
    training = ['採用後2週間の県職員新規採用研修のあと、', '配属先で先輩職員がOJTで指導します。',
                '学校事務職員には学校財務の専門研修があります。']
    vy = vhead(d, L, top, '研修', col)
    for k, s in enumerate(training): d.put(cx, top + 12 + k * 14, s, size=8.6)
    band(d, L, top, max(vy, top + 12 + len(training) * 14) + 4, tint)
    y = max(vy, top + 12 + len(training) * 14) + 40
    hhead(d, L, y, '働きやすい職場づくり', col)
    inits = [('学校事務の共同実施', ['近隣の学校の事務職員がチームを組み、', '給与や物品の事務を分担しています。']),
             ('教育庁のフリーアドレス', ['課の垣根を越えて、', '打合せをしやすい執務室に改めました。'])]
    y = bullets(d, L, y + 22, inits, '◆')
    hhead(d, L, y + 4, '先輩職員の声', col)
    voice = ['学校事務（令和5年度採用）', '「県立高校の事務室で、生徒の就学支援金や修学旅行の', '会計を担当しています。先生方と一緒に行事を支え、',
             '卒業式で生徒の成長を見られるのがやりがいです。', '冬は雪の多い地域の学校で、除雪の段取りも', '事務室の大切な仕事です。」']
    d.put(L + 10, y + 24, voice[0], font='G', size=8.6)
    for k, v in enumerate(voice[1:]): d.put(L + 10, y + 40 + k * 14, v, size=8.6)
    y += 40 + 5 * 14 + 26
    # support: a list that starts at the foot of p2 and continues on p3
    hhead(d, L, y + 8, '仕事と家庭の両立支援', col)
    support_lines = [('育児休業', '子が3歳に達するまで', '男性職員の取得率は5割を超えました。'),
                     ('育児短時間勤務', '小学校就学前まで', '週の勤務時間を短くできます。'),
                     ('子の看護等休暇', '年5日', '子が2人以上の場合は年10日です。')]
    y += 30
    sprinted = []
    for k, (nm, du, txt) in enumerate(support_lines):
        if k == 2:
            split_mark(d, 'support')
            d.new_page()
            furniture(d, hdr, pf(3), L, R, col, 'r', 'r')
            y = 56
        s = f'●{nm}（{du}）'
        d.put(L, y, s, font='G', size=9); sprinted.append(s)
        y += 13; d.put(L + 10, y, txt, size=8.3)
        y += 21
    office, tel, email = '青森県教育委員会総務学事課', '017-734-9871', 'gakuji-saiyo@pref.aomori.lg.jp'
    address = '〒030-8540 青森県青森市新町二丁目3番1号'
    routes = [('JR奥羽本線青森駅から徒歩約10分', '青森'), ('青い森鉄道筒井駅から車で約15分', '筒井')]
    y += 8
    hhead(d, L, y, 'お問い合わせ', col)
    d.put(L, y + 20, office, size=9)
    d.put(L, y + 34, 'TEL ' + tel, size=9)
    d.put(L, y + 48, 'E-mail ' + email, size=8.6)
    y += 80
    hhead(d, L, y, 'アクセス', col)
    d.put(L, y + 20, address, size=8.6)
    for k, (s, st) in enumerate(routes): d.put(L, y + 36 + k * 14, s, size=8.6)
    facts = base_facts(org, edition, '令和8年3月', '2026-03', lead, hire, ta, tt,
                       'ruled 年度 | 事務 | 技術 | 計; cells N（W）, planned row bare',
                       ['年度', ta, tt, '計'], ['label', 'admin', 'tech', 'total'], [hintro], hnotes,
                       assign, aintro, 'ruled 配属先 | 事務 | 技術; full-width digits; － for none',
                       '試験区分', exam_name, exams,
                       'ruled 区分 | 職種 | 予定数, track cells spanning; the caption and header row alone at the foot of p1, every body row on p2',
                       ['区分', '職種', '予定数'],
                       '研修', [''.join(training)], inits, '◆title / indented text', '働きやすい職場づくり',
                       [(nm, du, txt) for nm, du, txt in support_lines], '仕事と家庭の両立支援',
                       '●name（duration） / indented text; ', sprinted, office, tel, 'TEL ' + tel, email, 'E-mail ' + email,
                       address, routes, False,
                       dict(exams='the exam table\'s header row is the last line of p1; all its body rows are at the top of p2',
                            support='the list starts at the foot of p2 and its third item is on p3'))
    facts['hiring']['printedRows'] = hprinted
    facts['exams']['note'] = enotes
    facts['decoys']['runningHeader'] = hdr
    facts['decoys']['folios'] = [pf(1), pf(2), pf(3)]
    facts['decoys']['layout'] = ('B5 portrait, 3 pp, right-aligned running header over a rule and a right-aligned folio P.N on '
                                 'every page (furniture); p1 masthead, title + edition, lead, 採用実績 with a vertical heading in '
                                 'a left side band, 配属実績 (full-width digits), 試験区分 caption + header row at the foot; p2 the '
                                 'exam rows, note, 研修 with a vertical heading, initiatives, support (2 items); p3 the third '
                                 'support item, contacts, access')
    return d, facts


BUILDERS = {'karuizawa-2026': karuizawa, 'ryusenen-2026': ryusenen, 'aomori-kyoi-2026': aomori_kyoi}


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


def check_layout(d, f):
    """Set 105's frame: booklet pages, a running header and a folio on every page, a continued table or list,
    a vertical heading."""
    err = []
    if not any(abs(d.W - w) < 1 and abs(d.H - h) < 1 for w, h in (B5, A5)): err.append('page size')
    if not 3 <= len(d.pages) <= 4: err.append('page count')
    heads, folios = [], []
    for p in range(len(d.pages)):
        fu = [it for it in d.items if it['page'] == p and it['furniture']]
        h = [it['s'] for it in fu if it['y'] < 40]
        fo = [it['s'] for it in fu if it['y'] > d.H - 40]
        if len(h) != 1 or len(fo) != 1 or not fo[0].strip(): err.append(f'page {p + 1}: header / folio'); continue
        heads.append(h[0]); folios.append(fo[0])
    if len(set(heads)) != 1 or heads[:1] != [f['decoys']['runningHeader']]: err.append('running header')
    if len(set(folios)) != len(folios) or folios != f['decoys'].get('folios'): err.append('folios')
    if not d.splits: err.append('no continued table or list')
    for what, p in d.splits:
        if p + 1 >= len(d.pages): err.append(f'split {what}: no next page'); continue
        a = [it['y'] for it in d.items if it['page'] == p and not it['furniture']]
        b = [it['y'] for it in d.items if it['page'] == p + 1 and not it['furniture']]
        if max(a) < d.H - 150 or min(b) > 90: err.append(f'split {what}: not at the foot / under the header')
    if not d.vheads: err.append('no vertical heading')
    for p, s in d.vheads:
        if not any(''.join(d.items[i]['s'] for i in cell) == s and len({round(d.items[i]['x'] + d.items[i]['w'] / 2, 1) for i in cell}) == 1
                   for (lp, cells) in d.lines if lp == p for cell in cells):
            err.append(f'vertical heading {s}')
    return err


def mark_of(fmt):
    return fmt[0]


def check_facts(f, exp):
    err = []
    lines = [l for l in exp.split('\n') if l.strip() and l != '\f']
    flat = norm(exp)
    def printed(s, what):
        if s not in lines: err.append(f'{what} not printed as a line: {s!r}')
    # the name may be broken over the first two lines (iwate-chubu-suido)
    # ryusenen: the masthead prints a kana reading inside the name (柳泉園（りゅうせんえん）組合)
    def unread(l): return re.sub(r'（[ぁ-ゖー]+）', '', l)
    if not any(unread(l).startswith(f['organization']) for l in lines[:2]) and lines[0] + lines[1] != f['organization']:
        err.append('organisation not in the first two lines')
    if re.search(r'[（）()]', f['organization']): err.append('organisation brackets')
    op = f['decoys'].get('organizationPrinted')
    if op is not None and (op not in lines[:2] or unread(op) != f['organization'] or op == f['organization']):
        err.append('printed organisation')
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
    elif re.findall(r'令和(\d+)）?年度', unicodedata.normalize('NFKC', a['intro'])) != [str(a['cohortFiscalYear'] - 2018)]:
        err.append('cohort intro')
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
        if re.search(r'[（）()―—‒～〜→※【】]', s['name']): err.append('support name marks')
        # karuizawa: a category tag 【休業】 / 【休暇】 between the bullet and the name
        tag = f['decoys'].get('supportTags', {}).get(s['name'])
        if tag is not None and not s['printed'].startswith(f'●【{tag}】{s["name"]}（'): err.append('support tag')
        if tag is None and '【' in s['printed']: err.append('support tag unrecorded')
        printed(s['printed'], 'support item')
        # matsusaka: two systems on one bullet joined by ・
        if not (s['printed'].startswith('●') and re.search('[●・](【[^】]+】)?' + re.escape(s['name']) + '[・（]', s['printed'])): err.append('support item start')
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
    def cohort_intro_year(d, f):
        f['assignments']['intro'] = f['assignments']['intro'].replace('令和7', '令和6').replace('令和７', '令和６')
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
            a['intro'].replace('令和7年度', '令和7年4月1日～令和9年3月1日').replace('令和７年度', '令和７年４月１日～令和９年３月１日')
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
    def org_with_reading(d, f):
        f['organization'] = f['decoys'].get('organizationPrinted', f['organization'] + '（よみ）')
    def printed_org_not_kana(d, f):
        f['decoys']['organizationPrinted'] = f['organization'][:2] + '（東久留米）' + f['organization'][2:]
    def support_tag_in_name(d, f):
        s0 = f['supportSystems'][0]
        s0['name'] = '【休業】' + s0['name']
    def support_tag_wrong(d, f):
        tags = f['decoys'].setdefault('supportTags', {})
        tags[f['supportSystems'][0]['name']] = '休職'
    def folio_repeated(d, f):
        fo = [it for it in d.items if it['furniture'] and it['y'] > d.H - 40]
        fo[-1]['s'] = fo[0]['s']
    def running_header_differs(d, f):
        [it for it in d.items if it['furniture'] and it['y'] < 40][-1]['s'] += ' 別冊'
    def split_on_last_page(d, f): d.splits.append(('list', len(d.pages) - 1))
    def split_not_at_foot(d, f):
        # the continuation no longer starts under the next page's running header
        for it in d.items:
            if it['page'] == d.splits[0][1] + 1 and not it['furniture']: it['y'] += 60
    def no_vertical_heading(d, f): d.vheads.clear()
    def continued_row_to_admin(d, f):
        e = f['exams']['entries']
        e[0]['breakdown'].append(e[1]['breakdown'].pop())
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
        base = d.check(pdf) + check_facts(facts, d.expected())[0] + check_layout(d, facts)
        if base:
            print(f'{name}: the clean build is refused: {base[:3]}'); bad += 1
        for fn in _faults():
            d, facts = build()
            fn(d, facts)
            try:
                pdf = d.render()
                err = d.check(pdf) + check_facts(facts, d.expected())[0] + check_layout(d, facts)
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
        err = d.check(pdf) + check_layout(d, facts)
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
