#!/usr/bin/env python3
"""Holdout set 34 (blind): 札幌市, 滋賀県, 住宅金融支援機構.

Self-contained: reportlab (invariant=1) + IPAex Gothic / Mincho. Every visual line is its own text
object at an absolute position; text objects are drawn after the graphics in a seeded shuffled
order. Checks: no overlap, no overflow / edge margin, glyphs in font, kinsoku, drawn == expected
(multiset per page), pdftotext == drawn, every fact string printed, arithmetic, stand-in scoring.
  usage: python3 Fixtures/generate_holdout34.py [sapporo|shiga|jhf]
"""
import sys, os, json, random, subprocess, hashlib, io, collections, unicodedata
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout34')
pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
W, H = A4
MARGIN = 14
NOSTART = set('、。，．）」』】〕’”ー・：；？！ぁぃぅぇぉっゃゅょァィゥェォッャュョ々％')
NOEND = set('（「『【〔‘“')

def sw(t, f, s): return pdfmetrics.stringWidth(t, f, s)

class Page:
    def __init__(self):
        self.items = []   # dict(x, y, t, f, s, rot, furn, col)
        self.gfx = []     # (kind, args)
        self.lines = []   # expected lines
    def text(self, x, y, t, f='G', s=8, col=(0, 0, 0), furn=False, rot=0, align='l', cellw=None):
        w = sw(t, f, s)
        if align == 'r': x = x - w
        elif align == 'c': x = x - w / 2
        if cellw is not None and w > cellw + 0.01: raise SystemExit(f'cell overflow: {t!r} {w:.1f} > {cellw:.1f}')
        self.items.append(dict(x=x, y=y, t=t, f=f, s=s, rot=rot, furn=furn, col=col, w=w))
        return w
    def line(self, *cells):
        self.lines.append('\t'.join(cells))
    def rect(self, x, y, w, h, fill=None, stroke=None, r=0, lw=0.6):
        self.gfx.append(('rect', (x, y, w, h, fill, stroke, r, lw)))
    def rule(self, x1, y1, x2, y2, col=(0, 0, 0), lw=0.5):
        self.gfx.append(('line', (x1, y1, x2, y2, col, lw)))
    def circle(self, x, y, r, fill=None, stroke=None):
        self.gfx.append(('circle', (x, y, r, fill, stroke)))

def wrap(t, f, s, width):
    out, cur = [], ''
    for ch in t:
        if sw(cur + ch, f, s) <= width: cur += ch; continue
        # kinsoku: move characters so the next line does not start with NOSTART / this does not end with NOEND
        nxt = ch
        while nxt and nxt[0] in NOSTART and cur:
            nxt = cur[-1] + nxt; cur = cur[:-1]
        while cur and cur[-1] in NOEND:
            nxt = cur[-1] + nxt; cur = cur[:-1]
        out.append(cur); cur = nxt
    if cur: out.append(cur)
    for i, l in enumerate(out):
        if i and l[0] in NOSTART: raise SystemExit(f'kinsoku start: {l!r}')
        if l[-1] in NOEND: raise SystemExit(f'kinsoku end: {l!r}')
        if sw(l, f, s) > width + 0.01: raise SystemExit(f'wrap overflow {l!r}')
    return out

def para(p, x, y, t, width, f='M', s=8, lead=None, col=(0, 0, 0)):
    lead = lead or s * 1.55
    for l in wrap(t, f, s, width):
        p.text(x, y, l, f, s, col=col); p.line(l); y += lead
    return y

def bbox(it):
    x, y, s, w = it['x'], it['y'], it['s'], it['w']
    if it['rot'] == 90:   # rotated counter-clockwise about (x, y): runs upward on the page
        return (x - s * 0.88, y - w, x + s * 0.12, y)
    return (x, y - s * 0.88, x + w, y + s * 0.14)

def check_page(p, n):
    for it in p.items:
        face = pdfmetrics.getFont(it['f']).face
        for ch in it['t']:
            if ch != ' ' and (ord(ch) not in face.charToGlyph if hasattr(face, 'charToGlyph') else ord(ch) > 126):
                raise SystemExit(f'p{n}: glyph {ch!r} not in {it["f"]}')
    bbs = [bbox(it) for it in p.items]
    for i, b in enumerate(bbs):
        if b[0] < MARGIN or b[2] > W - MARGIN or b[1] < MARGIN or b[3] > H - MARGIN:
            raise SystemExit(f'p{n}: edge {p.items[i]["t"]!r} {b}')
        for j in range(i):
            c = bbs[j]
            if b[0] < c[2] - 0.01 and c[0] < b[2] - 0.01 and b[1] < c[3] - 0.01 and c[1] < b[3] - 0.01:
                raise SystemExit(f'p{n}: overlap {p.items[i]["t"]!r} / {p.items[j]["t"]!r}')
    drawn = collections.Counter(''.join(it['t'] for it in p.items if not it['furn']).replace(' ', '').replace('\u3000', ''))
    exp = collections.Counter(''.join(p.lines).replace('\t', '').replace(' ', '').replace('\u3000', ''))
    if drawn != exp:
        raise SystemExit(f'p{n}: drawn != expected: +{dict(drawn - exp)} -{dict(exp - drawn)}')

def render(pages, seed):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(''); c.setAuthor(''); c.setCreator('')
    for n, p in enumerate(pages):
        for kind, a in p.gfx:
            if kind == 'rect':
                x, y, w, h, fill, stroke, r, lw = a
                c.setLineWidth(lw)
                if fill: c.setFillColorRGB(*fill)
                if stroke: c.setStrokeColorRGB(*stroke)
                if r: c.roundRect(x, H - y - h, w, h, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
                else: c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif kind == 'line':
                x1, y1, x2, y2, col, lw = a
                c.setStrokeColorRGB(*col); c.setLineWidth(lw); c.line(x1, H - y1, x2, H - y2)
            elif kind == 'circle':
                x, y, r, fill, stroke = a
                if fill: c.setFillColorRGB(*fill)
                if stroke: c.setStrokeColorRGB(*stroke)
                c.circle(x, H - y, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
        order = list(range(len(p.items)))
        random.Random(seed * 100 + n).shuffle(order)
        for i in order:
            it = p.items[i]
            t = c.beginText()
            c.saveState()
            c.setFillColorRGB(*it['col'])
            if it['rot']:
                c.translate(it['x'], H - it['y']); c.rotate(it['rot'])
                t = c.beginText(); t.setTextOrigin(0, 0)
            else:
                t.setTextOrigin(it['x'], H - it['y'])
            t.setFont(it['f'], it['s']); t.textOut(it['t'])
            c.drawText(t); c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()

# ---------------------------------------------------------------- helpers for tables
def table(p, x, y, cols, rows, s=7.5, f='G', rh=13, header_rows=1, tint=None, rules=True, col_tints=None,
          align=None, head_fill=(0.85, 0.85, 0.85), head_f='G'):
    """rows: list of lists of cell text (str or list of lines); '' empty. Returns bottom y."""
    total = sum(cols)
    if col_tints:
        for ci, ct in enumerate(col_tints):
            if ct: p.rect(x + sum(cols[:ci]), y, cols[ci], rh * len(rows), fill=ct)
    for ri, row in enumerate(rows):
        top = y + ri * rh
        if ri < header_rows and head_fill: p.rect(x, top, total, rh, fill=head_fill)
        elif tint and tint(ri): p.rect(x, top, total, rh, fill=tint(ri))
        if rules: p.rule(x, top, x + total, top, lw=0.8 if ri <= header_rows else 0.3)
        cx = x
        for ci, cell in enumerate(row):
            a = (align[ci] if align else ('l' if ci == 0 else 'c'))
            if ri < header_rows: a = 'c'
            if cell:
                px = cx + 3 if a == 'l' else (cx + cols[ci] - 3 if a == 'r' else cx + cols[ci] / 2)
                p.text(px, top + rh / 2 + s * 0.36, cell, head_f if ri < header_rows else f, s, align=a, cellw=cols[ci] - 4)
            cx += cols[ci]
        p.line(*row)
    if rules: p.rule(x, y + len(rows) * rh, x + total, y + len(rows) * rh, lw=0.8)
    return y + len(rows) * rh

def heading(p, x, y, t, col, f='G', s=11, bar=True, width=None):
    if bar: p.rect(x, y - s * 0.95, 3.5, s * 1.15, fill=col)
    p.text(x + (7 if bar else 0), y, t, f, s, col=col if not bar else (0.1, 0.1, 0.1))
    p.line(t)
    if width: p.rule(x, y + 4, x + width, y + 4, col=col, lw=0.8)
    return y + s + 8

def hx(n): return str(n)

# ================================================================ 札幌市
def sapporo():
    F = {}
    teal = (0.05, 0.35, 0.55)
    F['organization'] = '札幌市'; F['document'] = '札幌市職員採用案内'
    F['edition'] = {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月発行'}
    # hiring split by level: each year has 大卒程度 / 高卒程度 rows and a printed 計 row; the fact is the 計 row
    data = [  # year, (adm_u, adm_u_w), (adm_h, w), (tech_u, w), (tech_h, w)
        (2021, (98, 46), (21, 12), (44, 9), (8, 1)),
        (2022, (104, 51), (18, 10), (47, 11), (7, 2)),
        (2023, (95, 49), (23, 13), (52, 12), (9, 1)),
        (2024, (110, 55), (20, 9), (49, 13), (6, 2)),
        (2025, (107, 57), (24, 14), (55, 15), (10, 3)),
    ]
    planned = (2026, 112, 22, 58, 9)
    p1, p2 = Page(), Page()
    # masthead (p1)
    p1.rect(0, 0, W, 86, fill=teal)
    p1.text(36, 44, '札幌市', 'M', 30, col=(1, 1, 1)); p1.text(36 + sw('札幌市', 'M', 30) + 12, 44, '職員採用案内', 'G', 16, col=(1, 1, 1))
    p1.line('札幌市 職員採用案内')
    p1.text(36, 70, '令和8年4月発行', 'G', 9, col=(1, 1, 1)); p1.line('令和8年4月発行')
    lead = '札幌市は人口約196万人を擁する北の拠点都市です。市民に最も身近な行政として、福祉・まちづくり・除雪まで幅広い仕事を担う職員を募集しています。'
    y = para(p1, 36, 104, lead, W - 72, 'M', 8.5)
    F['lead'] = {'title': '', 'text': [lead]}
    # hiring table (left 2/3)
    y = heading(p1, 36, y + 14, '採用者数の推移', teal, width=340)
    intro = '採用区分別の採用者数（人）。各年度の「計」は大卒程度と高卒程度の合計です。'
    y = para(p1, 36, y + 2, intro, 340, 'M', 7.2)
    cols = [86, 54, 50, 42, 50, 42]
    rows = [['採用年度', '程度', '事務', 'うち女性', '技術', 'うち女性']]
    rowspec = []
    hrows = []
    for (yr, au, ah, tu, th) in data:
        r = yr - 2018
        lab = f'令和{r}年度採用（{yr}）'
        rows.append([f'令和{r}年度採用', '大卒程度', hx(au[0]), hx(au[1]), hx(tu[0]), hx(tu[1])])
        rows.append([f'（{yr}）', '高卒程度', hx(ah[0]), hx(ah[1]), hx(th[0]), hx(th[1])])
        A, Aw, T, Tw = au[0] + ah[0], au[1] + ah[1], tu[0] + th[0], tu[1] + th[1]
        rows.append(['', '計', hx(A), hx(Aw), hx(T), hx(Tw)])
        hrows.append(dict(fiscalYear=yr, label=lab, labelText=lab, planned=False,
                          total=dict(count=A + T, women=Aw + Tw, text=None),
                          admin=dict(count=A, women=Aw, text=hx(A), womenText=hx(Aw)),
                          tech=dict(count=T, women=Tw, text=hx(T), womenText=hx(Tw)),
                          levels={'大卒程度': dict(admin=au, tech=tu), '高卒程度': dict(admin=ah, tech=th)}))
    yr, pau, pah, ptu, pth = planned
    rows.append(['令和8年度採用', '大卒程度', hx(pau), '－', hx(ptu), '－'])
    rows.append(['（2026）予定', '高卒程度', hx(pah), '－', hx(pth), '－'])
    rows.append(['', '計', hx(pau + pah), '－', hx(ptu + pth), '－'])
    hrows.append(dict(fiscalYear=2026, label='令和8年度採用（2026）', labelText='令和8年度採用（2026）予定', planned=True,
                      total=dict(count=pau + pah + ptu + pth, women=None, text=None),
                      admin=dict(count=pau + pah, women=None, text=hx(pau + pah)),
                      tech=dict(count=ptu + pth, women=None, text=hx(ptu + pth))))
    def tint(ri):
        if ri >= 16: return (0.93, 0.97, 0.9)
        return (0.88, 0.94, 0.97) if ri % 3 == 0 else None
    labs = {}
    for ri, r in enumerate(rows):
        if ri and r[1] != '計' and r[0]: labs[ri] = r[0]; r[0] = ''
    li = len(p1.lines)
    table(p1, 36, y + 2, cols, rows, s=7.2, rh=12.2, tint=tint, align=['l', 'c', 'c', 'c', 'c', 'c'],
          head_fill=(0.75, 0.87, 0.92))
    # the year label is one cell spanning the 大卒程度 / 高卒程度 rows, its two lines one per row; read as one cell on the first row
    for ri in sorted(labs):
        p1.text(39, y + 2 + ri * 12.2 + 6.1 + 7.2 * 0.36, labs[ri], 'G', 7.2, cellw=80)
    for ri in sorted(labs):
        if ri - 1 in labs: continue
        parts = p1.lines[li + ri].split('\t'); parts[0] = labs[ri] + labs[ri + 1]; p1.lines[li + ri] = '\t'.join(parts)
    for ri in range(1, len(rows)):
        if ri % 3 == 1: p1.rule(36 + 86, y + 2 + ri * 12.2, 36 + sum(cols), y + 2 + ri * 12.2, lw=0.3)
    ty = y + 2 + 12.2 * len(rows)
    note = '※令和8年度は採用予定数です。合計欄は設けていません（事務と技術の計を足した数が全体の採用者数です）。'
    ny = para(p1, 36, ty + 11, note, 340, 'G', 6.5)
    F['hiring'] = dict(intro=[intro], note=[note], tracks=dict(admin='事務', tech='技術'), textSynthesised=False,
                       totalPrinted=False,
                       layout='years down; each year three rows (大卒程度 / 高卒程度 / 計), the year label on two lines over the first two rows; the track fact is the printed 計 row; no total column: total = 事務 + 技術 (total.text null)',
                       rows=hrows)
    # right column: exams
    rx = 392; rw = W - 36 - rx
    yy = heading(p1, rx, y - 20, '令和8年度 採用試験', teal, s=10)
    F_ex = [('事務', '大学の部（大卒程度）', [('一般事務（行政コース）', 96), ('一般事務（福祉コース）', 16)]),
            ('事務', '高校の部（高卒程度）', [('一般事務（高卒）', 22)]),
            ('技術', '大学の部（大卒程度）', [('土木', 24), ('建築', 10), ('電気', 8), ('機械', 6), ('造園', 4), ('衛生', 6)]),
            ('技術', '高校の部（高卒程度）', [('土木（高卒）', 6), ('電気・機械（高卒）', 3)])]
    yy += 2
    entries = []
    for trk, ex, cats in F_ex:
        p1.rect(rx, yy - 8.5, rw, 11.5, fill=(0.9, 0.9, 0.9))
        p1.text(rx + 3, yy, f'{trk}｜{ex}', 'G', 7.3, cellw=rw - 6); p1.line(f'{trk}｜{ex}')
        yy += 13
        for cat, n in cats:
            p1.text(rx + 8, yy, cat, 'M', 7.3); p1.text(rx + rw - 3, yy, f'{n}名', 'G', 7.3, align='r')
            p1.rule(rx + 8 + sw(cat, 'M', 7.3) + 3, yy - 2, rx + rw - 6 - sw(f'{n}名', 'G', 7.3), yy - 2, col=(0.6, 0.6, 0.6), lw=0.4)
            p1.line(cat, f'{n}名'); yy += 11
        yy += 4
        entries.append(dict(track=trk, exam=ex, text='', breakdown=[dict(category=c, count=n) for c, n in cats], total=sum(n for _, n in cats)))
    F['exams'] = dict(title='令和8年度 採用試験', fiscalYear=2026, textSynthesised=False, entries=entries,
                      note='track and exam in one tinted bar 「事務｜大学の部（大卒程度）」; categories with dotted rules to the right-aligned count')
    # decoy snow-removal key figure box under exams
    yy += 4
    p1.rect(rx, yy, rw, 60, stroke=teal, r=6)
    p1.text(rx + 8, yy + 16, '冬の札幌を支える', 'G', 8, col=teal); p1.line('冬の札幌を支える')
    p1.text(rx + 8, yy + 36, '除雪延長 約5,500km', 'M', 10); p1.line('除雪延長 約5,500km')
    p1.text(rx + 8, yy + 51, '年間降雪量 約480cm', 'M', 8); p1.line('年間降雪量 約480cm')
    # assignments under the hiring note (full width, 2 halves)
    y = heading(p1, 36, max(ny, yy + 60) + 18, '令和7年度採用者の配属先（人）', teal, width=W - 72)
    units = [('総務局', 8, None), ('まちづくり政策局', 6, 5), ('財政局', 9, None), ('保健福祉局', 18, 6),
             ('子ども未来局', 14, None), ('経済観光局', 7, 1), ('環境局', 5, 8), ('建設局', 6, 22),
             ('下水道河川局', 3, 12), ('水道局', 4, 6), ('区役所', 41, 7), ('交通局', 5, None)]
    # make sums equal cohort 2025: admin 131, tech 65
    A25 = data[-1][1][0] + data[-1][2][0]; T25 = data[-1][3][0] + data[-1][4][0]
    sa = sum(a or 0 for _, a, _ in units); st = sum(t or 0 for _, _, t in units)
    units[10] = ('区役所', 41 + A25 - sa, 7 + T25 - st)
    half = 6
    cols2 = [100, 40, 40]
    for k, x0 in enumerate((36, 36 + 268)):
        rows = [['配属先', '事務', '技術']] + [[u, hx(a) if a is not None else '－', hx(t) if t is not None else '－']
                                           for u, a, t in units[k * half:(k + 1) * half]]
        table(p1, x0, y, cols2, rows, s=7.3, rh=12, head_fill=(0.75, 0.87, 0.92))
    F['assignments'] = dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先（人）', tracks=dict(admin='事務', tech='技術'),
                            layout='two halves side by side, each with its header',
                            rows=[dict(unit=u, admin=a, tech=t) for u, a, t in units])
    # ---- p2
    p2.text(W - 36, 30, '札幌市職員採用案内 2026', 'G', 7, col=(0.4, 0.4, 0.4), furn=True, align='r')
    p2.text(W / 2, H - 24, '2', 'G', 8, furn=True, align='c')
    y = heading(p2, 36, 58, '働きやすい職場づくり', teal, width=W - 72)
    inits = [('除雪期の時差出勤', '大雪の朝は始業時刻を最大2時間繰り下げることができます。'),
             ('区役所での窓口DX', '書かない窓口を全区に広げ、職員が相談に専念できる体制を整えています。'),
             ('男性職員の育児休業', '取得率は8割を超え、取得前に上司と計画を立てる面談を行っています。'),
             ('さっぽろ未来塾', '若手職員が局を越えて集まり、市長へ政策を提案する研修です。')]
    F['initiatives'] = [dict(title=a, text=b) for a, b in inits]; F['initiativesIntro'] = ''
    for i, (a, b) in enumerate(inits):
        x0 = 36 + (i % 2) * 268; y0 = y + (i // 2) * 50
        p2.rect(x0, y0 - 10, 256, 44, fill=(0.94, 0.97, 0.99))
        p2.text(x0 + 6, y0 + 2, '◆' + a, 'G', 8.5, col=teal); p2.line('◆' + a)
        para(p2, x0 + 6, y0 + 16, b, 244, 'M', 7.3)
    y += 110
    y = heading(p2, 36, y, '子育て・介護を支える制度', teal, width=W - 72)
    sup = [('育児休業', '子が3歳になるまで', '男女とも取得でき、期間中は共済組合から手当金が支給されます。'),
           ('育児短時間勤務', '小学校就学前まで', '週19時間25分から選べる短時間勤務です。'),
           ('子の看護休暇', '年5日', '子が2人以上の場合は年10日まで取得できます。'),
           ('介護休暇', '通算6か月', '要介護者1人につき3回まで分割できます。')]
    F['supportTitle'] = '子育て・介護を支える制度'
    F['supportSystems'] = [dict(name=a, duration=b, durationText=b, text=c) for a, b, c in sup]
    # contact-style key/value grid for each system (name | 期間 | 内容)
    kw = 70
    for a, b, c in sup:
        p2.rect(36, y - 9, kw, 26, fill=(0.8, 0.9, 0.94))
        p2.text(40, y + 1, a, 'G', 8); p2.text(36 + kw + 6, y, b, 'G', 8, col=teal)
        p2.line(a, b)
        p2.text(36 + kw + 6, y + 12, c, 'M', 7.2); p2.line(c)
        p2.rule(36, y + 17, W - 36, y + 17, col=(0.7, 0.7, 0.7), lw=0.3)
        y += 28
    y = heading(p2, 36, y + 12, '人材育成', teal, width=W - 72)
    tr = ['新規採用職員は入庁後1年間、前期・後期の集合研修と職場でのOJTで市政の基礎を身に付けます。',
          '入庁3年目までに本庁と区役所の両方を経験するジョブローテーションを行い、その後は自己申告制度で希望の分野へ進めます。']
    for t in tr: y = para(p2, 36, y, t, W - 72, 'M', 8) + 3
    F['training'] = dict(title='人材育成', paragraphs=tr)
    # contacts: key/value grid, tinted key cells; two phones on one line separated by ／
    y = heading(p2, 36, y + 12, 'お問い合わせ', teal, width=W - 72)
    cw = (W - 72 - 12) / 2
    contacts = [dict(track='採用試験について', office='人事委員会事務局 任用課', tel=['011-211-3842', '011-211-3845'],
                     email=['ninyo-saiyo@city.sapporo.jp']),
                dict(track='職場・研修について', office='総務局 職員部 人事課', tel=['011-211-2116'],
                     email=['jinji-kenshu@city.sapporo.jp'])]
    for k, c in enumerate(contacts):
        x0 = 36 + k * (cw + 12); y0 = y
        p2.text(x0, y0, '■' + c['track'], 'G', 8.5, col=teal); p2.line('■' + c['track'])
        y0 += 8
        kv = [('担当', c['office']), ('電話番号', '／'.join(c['tel'])), ('メールアドレス', c['email'][0])]
        for key, val in kv:
            p2.rect(x0, y0, 66, 15, fill=(0.8, 0.9, 0.94)); p2.rect(x0, y0, cw, 15, stroke=(0.6, 0.6, 0.6), lw=0.4)
            p2.text(x0 + 4, y0 + 10.5, key, 'G', 7.3); p2.text(x0 + 70, y0 + 10.5, val, 'G', 7.6, cellw=cw - 72)
            p2.line(key, val); y0 += 15
        c['telText'] = ['／'.join(c['tel'])]; c['emailText'] = list(c['email']); c['location'] = ''
    F['contacts'] = contacts
    y += 70
    y = heading(p2, 36, y, '市役所本庁舎へのアクセス', teal, width=W - 72)
    addr = '〒060-8611 札幌市中央区北1条西2丁目'
    p2.text(36, y, addr, 'M', 8); p2.line(addr); y += 14
    routes = ['地下鉄南北線・東西線・東豊線『大通』駅 31番出口から徒歩約1分', '地下鉄東豊線『さっぽろ』駅から徒歩約8分', 'JR『札幌』駅南口から徒歩約10分']
    for r in routes:
        t = '▶' + r.replace('『', '').replace('』', '')
        p2.text(40, y, t, 'M', 8); p2.line(t); y += 12
    F['access'] = dict(address=addr, routes=routes)
    F['keyFigures'] = []; F['decoys'] = dict(winterBox=['除雪延長 約5,500km', '年間降雪量 約480cm'])
    F['pages'] = 2
    return 'sapporo-2026', [p1, p2], F

# ================================================================ 滋賀県
def shiga():
    F = {}
    blue = (0.1, 0.3, 0.65); dark = (0.05, 0.15, 0.4)
    F['organization'] = '滋賀県'; F['document'] = '滋賀県職員採用パンフレット'
    F['edition'] = {'year': 2026, 'asOf': '2026-03', 'asOfText': '2026年3月'}
    p1, p2 = Page(), Page()
    p1.rule(36, 32, W - 36, 32, col=blue, lw=2)
    p1.text(36, 60, '滋賀県', 'M', 26); p1.text(36 + sw('滋賀県', 'M', 26) + 10, 60, '職員採用パンフレット', 'G', 13)
    p1.line('滋賀県 職員採用パンフレット')
    p1.text(W - 36, 60, '2026年3月', 'G', 9, align='r'); p1.line('2026年3月')
    p1.rule(36, 70, W - 36, 70, col=blue, lw=0.6)
    lead = '琵琶湖とともに暮らす143万人の県民のために、環境・防災・産業振興など県政の最前線で働く仲間を求めています。'
    y = para(p1, 36, 90, lead, W - 72, 'M', 8.5)
    F['lead'] = {'title': '', 'text': [lead]}
    y = heading(p1, 36, y + 14, '採用者数の推移（上級・大卒程度）', blue, width=W - 72)
    # years across, alternating column tints, no rules, numbers centred under wide headers, 人 smaller
    years = [2021, 2022, 2023, 2024, 2025]
    adm = [(62, 30), (58, 27), (65, 33), (70, 36), (68, 35)]
    tec = [(31, 7), (35, 9), (29, 8), (34, 10), (38, 12)]
    padm, ptec = 72, 40
    x0 = 36; lw_ = 92; cw = (W - 72 - lw_) / 6
    top = y + 2; rh = 17
    nrows = 7
    for ci in range(6):
        if ci % 2 == 0: p1.rect(x0 + lw_ + ci * cw, top - 2, cw, rh * nrows + 4, fill=(0.91, 0.94, 0.99))
    p1.rect(x0 + lw_ + 5 * cw, top - 2, cw, rh * nrows + 4, fill=(0.99, 0.93, 0.82))
    heads = [f'{yr}年度' for yr in years] + ['2026年度（予定）']
    p1.text(x0 + 2, top + 11, '区分', 'G', 8); cells = ['区分']
    for ci, hd in enumerate(heads):
        p1.text(x0 + lw_ + ci * cw + cw / 2, top + 11, hd, 'G', 7.5, align='c', cellw=cw - 4); cells.append(hd)
    p1.line(*cells)
    def numcell(pg, cx, yy, n, big=10, small=6.5, col=(0, 0, 0)):
        if n is None:
            pg.text(cx, yy, '－', 'G', big, align='c', col=col); return '－'
        t = str(n); w1 = sw(t, 'G', big); w2 = sw('人', 'G', small)
        x = cx - (w1 + w2) / 2
        pg.text(x, yy, t, 'G', big, col=col); pg.text(x + w1 + 0.5, yy, '人', 'G', small, col=col)
        return t + '人'
    labels = [('事務職', [a[0] for a in adm] + [padm]), ('うち女性', [a[1] for a in adm] + [None]),
              ('技術職', [a[0] for a in tec] + [ptec]), ('うち女性', [a[1] for a in tec] + [None]),
              ('合計', [a[0] + b[0] for a, b in zip(adm, tec)] + [padm + ptec]),
              ('うち女性', [a[1] + b[1] for a, b in zip(adm, tec)] + [None])]
    for ri, (lab, vals) in enumerate(labels):
        yy = top + (ri + 1) * rh + 12
        small = lab == 'うち女性'
        p1.text(x0 + (12 if small else 2), yy, lab, 'G', 7.5 if small else 8.5, col=(0.35, 0.35, 0.35) if small else (0, 0, 0))
        cells = [lab]
        for ci, v in enumerate(vals):
            cells.append(numcell(p1, x0 + lw_ + ci * cw + cw / 2, yy, v, big=8 if small else 11, small=5.5 if small else 7,
                                 col=(0.35, 0.35, 0.35) if small else (0, 0, 0)))
        p1.line(*cells)
    hrows = []
    for i, yr in enumerate(years):
        a, t = adm[i], tec[i]
        hrows.append(dict(fiscalYear=yr, label=f'{yr}年度', labelText=f'{yr}年度', planned=False,
                          total=dict(count=a[0] + t[0], women=a[1] + t[1], text=f'{a[0] + t[0]}人', womenText=f'{a[1] + t[1]}人'),
                          admin=dict(count=a[0], women=a[1], text=f'{a[0]}人', womenText=f'{a[1]}人'),
                          tech=dict(count=t[0], women=t[1], text=f'{t[0]}人', womenText=f'{t[1]}人')))
    hrows.append(dict(fiscalYear=2026, label='2026年度', labelText='2026年度（予定）', planned=True,
                      total=dict(count=padm + ptec, women=None, text=f'{padm + ptec}人'),
                      admin=dict(count=padm, women=None, text=f'{padm}人'),
                      tech=dict(count=ptec, women=None, text=f'{ptec}人')))
    y = top + rh * nrows + 14
    note = '※各年度4月1日の採用者数。2026年度は採用予定数です。'
    y = para(p1, 36, y, note, W - 72, 'G', 6.8)
    F['hiring'] = dict(intro=[], note=[note], tracks=dict(admin='事務職', tech='技術職'), textSynthesised=False,
                       layout='years across; no rules, alternating column tints, numbers centred, the unit 人 in a smaller run (separate text object); うち女性 rows indented in grey; planned column tinted orange',
                       rows=hrows)
    # bar chart of the last five years: counts inside bars, women as darker inner bar with count to its right (DECOY? no: same data, figure)
    y = heading(p1, 36, y + 14, '女性職員の採用（事務職・技術職の計）', blue, s=10)
    maxv = 110; bw = 300
    for i, yr in enumerate(years):
        tot = adm[i][0] + tec[i][0]; wom = adm[i][1] + tec[i][1]
        yy = y + i * 19
        p1.text(36, yy + 8, f'{yr}', 'G', 8); 
        p1.rect(80, yy - 2, bw * tot / maxv, 14, fill=(0.7, 0.8, 0.95))
        p1.rect(80, yy + 1, bw * wom / maxv, 8, fill=dark)
        p1.text(80 + bw * tot / maxv - 4, yy + 8.5, f'{tot}', 'G', 7.5, align='r')
        p1.text(80 + bw * tot / maxv + 5, yy + 8.5, f'女性{wom}', 'G', 7.5, col=dark)
        p1.line(f'{yr}', f'{tot}', f'女性{wom}')
    y += 5 * 19 + 6
    # exams and assignments side by side
    y = y + 8
    lx, rxx = 36, 310
    ly = heading(p1, lx, y, '令和8年度 採用予定', blue, s=10)
    ex = [('事務職', '上級（大卒程度）', [('行政', 60), ('行政（琵琶湖環境）', 4), ('警察事務', 8)]),
          ('技術職', '上級（大卒程度）', [('総合土木', 18), ('建築', 6), ('農学', 7), ('林学', 3), ('化学', 3), ('電気', 3)])]
    rows = [['職種', '試験', '区分', '予定数']]
    entries = []
    for trk, exn, cats in ex:
        for k, (c, n) in enumerate(cats):
            rows.append([trk if k == 0 else '', exn if k == 0 else '', c, f'{n}名'])
        entries.append(dict(track=trk, exam=exn, text='', breakdown=[dict(category=c, count=n) for c, n in cats], total=sum(n for _, n in cats)))
    table(p1, lx, ly, [38, 78, 84, 38], rows, s=7.2, rh=12.5, head_fill=(0.85, 0.9, 0.97), align=['l', 'l', 'l', 'r'])
    F['exams'] = dict(title='令和8年度 採用予定', fiscalYear=2026, textSynthesised=False, entries=entries)
    ry = heading(p1, rxx, y, '2025年度採用者の主な配属先', blue, s=10)
    units = [('総合企画部', 6, 0), ('総務部', 7, 0), ('琵琶湖環境部', 5, 6), ('健康医療福祉部', 12, 2),
             ('商工観光労働部', 6, 1), ('農政水産部', 5, 8), ('土木交通部', 6, 17), ('教育委員会', 11, 0),
             ('警察本部', 10, 4)]
    A, T = adm[-1][0], tec[-1][0]
    units[-1] = ('警察本部', 10 + A - sum(u[1] for u in units), 4 + T - sum(u[2] for u in units))
    rows = [['所属', '事務職', '技術職']] + [[u, f'{a}', f'{t}' if t else '－'] for u, a, t in units]
    table(p1, rxx, ry, [120, 60, 60], rows, s=7.2, rh=12, head_fill=(0.85, 0.9, 0.97), rules=False,
          tint=lambda ri: (0.95, 0.95, 0.95) if ri % 2 == 0 else None)
    F['assignments'] = dict(cohortFiscalYear=2025, intro='2025年度採用者の主な配属先', tracks=dict(admin='事務職', tech='技術職'),
                            rows=[dict(unit=u, admin=a, tech=(t if t else None)) for u, a, t in units])
    # ---- p2
    p2.text(36, H - 24, 'SHIGA PREFECTURE', 'Helvetica', 7, furn=True); p2.text(W - 36, H - 24, '2', 'Helvetica', 8, furn=True, align='r')
    y = heading(p2, 36, 50, '県庁の取組', blue, width=W - 72)
    inits = [('琵琶湖を守る現場研修', '全新規採用職員が湖上で水質調査を体験します。'),
             ('フレックスタイム制', '7時から22時の間で勤務時間を割り振れます。'),
             ('テレワーク', '在宅・サテライトで月10日まで利用できます。'),
             ('副業・兼業の許可', '地域貢献活動に限り、届け出により可能です。')]
    F['initiatives'] = [dict(title=a, text=b) for a, b in inits]; F['initiativesIntro'] = ''
    cw2 = (W - 72 - 14) / 2
    for i, (a, b) in enumerate(inits):
        x0 = 36 + (i % 2) * (cw2 + 14); y0 = y + (i // 2) * 36
        p2.rect(x0, y0 - 8.5, 10, 10, stroke=blue, lw=0.8)
        p2.text(x0 + 1.2, y0, '✓', 'G', 9, col=blue)
        p2.text(x0 + 15, y0, a, 'G', 9); p2.line('✓' + a)
        para(p2, x0 + 15, y0 + 13, b, cw2 - 18, 'M', 7.5)
    y += 80
    y = heading(p2, 36, y, '仕事と家庭の両立を支える制度', blue, width=W - 72)
    sup = [('育児休業', '3年', '子が3歳になるまで'), ('部分休業', '1日2時間', '小学校就学前の子'),
           ('子の看護休暇', '年5日', '中学校就学前の子'), ('介護休暇', '6か月', '通算・3回まで分割'),
           ('配偶者出産休暇', '3日', '出産の前後2週間')]
    F['supportTitle'] = '仕事と家庭の両立を支える制度'
    F['supportSystems'] = [dict(name=a, duration=b, durationText=b, text=c) for a, b, c in sup]
    iw = (W - 72) / 5
    for i, (a, b, c) in enumerate(sup):
        cx = 36 + iw * i + iw / 2
        p2.circle(cx, y + 18, 18, fill=(0.85, 0.9, 0.97))
        p2.circle(cx, y + 12, 6, fill=blue); p2.rect(cx - 9, y + 20, 18, 9, fill=blue, r=4)
    yy = y + 52
    for k, (fs, s, col, idx) in enumerate([('G', 8.5, (0, 0, 0), 0), ('G', 10, blue, 1), ('M', 6.8, (0.3, 0.3, 0.3), 2)]):
        cells = []
        for i, row in enumerate(sup):
            cx = 36 + iw * i + iw / 2
            p2.text(cx, yy, row[idx], fs, s, col=col, align='c', cellw=iw - 4); cells.append(row[idx])
        p2.line(*cells); yy += s + 7
    y = yy + 12
    y = heading(p2, 36, y, '研修制度', blue, width=W - 72)
    tr = ['採用1年目は新規採用職員研修で県政の基本と接遇を学び、2年目にはフォローアップ研修で振り返りを行います。',
          '5年目以降は政策形成研修や国・市町への派遣研修があり、専門性と視野を広げることができます。']
    for t in tr: y = para(p2, 36, y, t, W - 72, 'M', 8) + 3
    F['training'] = dict(title='研修制度', paragraphs=tr)
    y = heading(p2, 36, y + 12, 'お問い合わせ・アクセス', blue, width=W - 72)
    c = dict(track='お問い合わせ', office='人事委員会事務局', tel=['077-528-4413'], email=['jinji-shiken@pref.shiga.lg.jp'],
             location='〒520-8577 滋賀県大津市京町四丁目1番1号')
    lines = ['人事委員会事務局', '電話 077-528-4413（平日8時30分〜17時15分）', 'メール jinji-shiken@pref.shiga.lg.jp']
    for l in lines: p2.text(36, y, l, 'G', 8); p2.line(l); y += 13
    c['telText'] = [lines[1]]; c['emailText'] = [lines[2]]
    F['contacts'] = [c]
    y += 4
    p2.text(36, y, c['location'], 'M', 8); p2.line(c['location']); y += 13
    routes = ['JR琵琶湖線『大津』駅から徒歩約5分', '京阪石山坂本線『びわ湖浜大津』駅から徒歩約10分']
    for r in routes:
        t = '→' + r.replace('『', '').replace('』', ''); p2.text(40, y, t, 'M', 8); p2.line(t); y += 12
    F['access'] = dict(address=c['location'], routes=routes)
    F['keyFigures'] = []; F['decoys'] = {'chart': 'bar chart of totals with women bar repeats the table totals'}
    F['pages'] = 2
    return 'shiga-2026', [p1, p2], F

# ================================================================ 住宅金融支援機構
def jhf():
    F = {}
    green = (0.0, 0.45, 0.35)
    F['organization'] = '住宅金融支援機構'; F['document'] = '新卒採用案内'
    F['edition'] = {'year': 2026, 'asOf': '2026-02', 'asOfText': '令和8年2月'}
    p1, p2 = Page(), Page()
    p1.text(36, 40, '独立行政法人', 'G', 8); p1.line('独立行政法人')
    p1.text(36, 64, '住宅金融支援機構', 'M', 22, col=green); p1.line('住宅金融支援機構')
    p1.text(36, 84, '新卒採用案内', 'G', 11); p1.text(W - 36, 84, '令和8年2月', 'G', 9, align='r'); p1.line('新卒採用案内'); p1.line('令和8年2月')
    p1.rule(36, 92, W - 36, 92, col=green, lw=1.2)
    lead = '住宅金融支援機構は、長期固定金利の住宅ローン「フラット35」や災害復興融資を通じて、誰もが安心して住まいを持てる社会を支えています。'
    y = para(p1, 36, 110, lead, W - 72, 'M', 8.5)
    F['lead'] = {'title': '', 'text': [lead]}
    # full-width photo placeholder splitting page
    p1.rect(36, y + 6, W - 72, 150, fill=(0.78, 0.78, 0.78))
    cap = '写真：本店での融資審査の打合せ（イメージ）'
    p1.text(W / 2, y + 6 + 150 + 12, cap, 'G', 7, align='c', col=(0.3, 0.3, 0.3)); p1.line(cap)
    y = y + 6 + 150 + 34
    y = heading(p1, 36, y, '新卒採用者数', green, width=W - 72)
    data = [(2021, (14, 7), (4, 1)), (2022, (16, 8), (5, 2)), (2023, (15, 8), (6, 2)), (2024, (18, 10), (5, 1)), (2025, (17, 9), (7, 3))]
    pa, pt = 19, 7
    rows = [['入社年度', '総合職（事務系）', '総合職（技術系）', '計＊1']]
    hrows = []
    for yr, a, t in data:
        rows.append([f'{yr}年度', f'{a[0]}（{a[1]}）', f'{t[0]}（{t[1]}）', f'{a[0] + t[0]}（{a[1] + t[1]}）'])
        hrows.append(dict(fiscalYear=yr, label=f'{yr}年度', labelText=f'{yr}年度', planned=False,
                          total=dict(count=a[0] + t[0], women=a[1] + t[1], text=f'{a[0] + t[0]}（{a[1] + t[1]}）'),
                          admin=dict(count=a[0], women=a[1], text=f'{a[0]}（{a[1]}）'),
                          tech=dict(count=t[0], women=t[1], text=f'{t[0]}（{t[1]}）')))
    rows.append(['2026年度＊2', f'{pa}', f'{pt}', f'{pa + pt}'])
    hrows.append(dict(fiscalYear=2026, label='2026年度', labelText='2026年度＊2', planned=True,
                      total=dict(count=pa + pt, women=None, text=f'{pa + pt}'),
                      admin=dict(count=pa, women=None, text=f'{pa}'), tech=dict(count=pt, women=None, text=f'{pt}')))
    # hiring table left, assignments right; shared footnote block below both
    table(p1, 36, y, [60, 76, 76, 50], rows, s=7.3, rh=13, head_fill=(0.82, 0.92, 0.88),
          tint=lambda ri: (0.95, 0.98, 0.96) if ri == 6 else None, align=['l', 'c', 'c', 'c'])
    ax = 318
    units = [('住宅融資保険部', 2, 0), ('証券化支援部', 3, 1), ('まちづくり業務部', 2, 2), ('ITシステム部', 0, 3),
             ('東海支店', 3, 0), ('近畿支店', 4, 1), ('九州支店', 3, 0)]
    A, T = data[-1][1][0], data[-1][2][0]
    assert sum(u[1] for u in units) == A and sum(u[2] for u in units) == T, (sum(u[1] for u in units), sum(u[2] for u in units))
    rows2 = [['2025年度入社者の配属', '事務系', '技術系']] + [[u, f'{a}' if a else '－', f'{t}＊3' if u == 'ITシステム部' else (f'{t}' if t else '－')] for u, a, t in units]
    table(p1, ax, y, [110, 50, 50], rows2, s=7.3, rh=13, head_fill=(0.82, 0.92, 0.88))
    F['assignments'] = dict(cohortFiscalYear=2025, intro='2025年度入社者の配属', tracks=dict(admin='事務系', tech='技術系'),
                            rows=[dict(unit=u, admin=(a or None), tech=(t or None)) for u, a, t in units],
                            note='the header cell 2025年度入社者の配属 holds the cohort; ＊3 after the ITシステム部 technical count')
    fy = y + 8 * 13 + 14
    p1.rect(36, fy - 8, W - 72, 40, fill=(0.96, 0.96, 0.96))
    notes = ['＊1 （ ）内は女性で内数です。技術系は建築・土木・情報の各分野を含みます。',
             '＊2 2026年度は採用予定数です（女性の内数は未定）。',
             '＊3 ITシステム部の技術系3名は情報分野の採用者です。']
    for n in notes: p1.text(42, fy + 2, n, 'G', 6.2); p1.line(n); fy += 10
    F['hiring'] = dict(intro=[], note=notes[:2], tracks=dict(admin='総合職（事務系）', tech='総合職（技術系）'), textSynthesised=False,
                       layout='years down, cells 14（7）, the ＊1 mark (women in brackets) on the 計 header; planned row 2026年度＊2; a footnote block in smaller type shared with the assignment table beside it',
                       rows=hrows)
    # ---- p2
    p2.text(W - 36, H - 24, 'JHF 2026 | 2', 'Helvetica', 7, furn=True, align='r')
    y = heading(p2, 36, 50, '2026年度 採用予定（総合職）', green, width=W - 72)
    ex = [('事務系', '総合職（学部卒）', [('事務', 15)]), ('事務系', '総合職（大学院修了）', [('事務', 4)]),
          ('技術系', '総合職（学部卒）', [('建築・土木', 3), ('情報', 2)]), ('技術系', '総合職（大学院修了）', [('建築・土木', 2)])]
    entries = [dict(track=t, exam=e, text='', breakdown=[dict(category=c, count=n) for c, n in cats], total=sum(n for _, n in cats)) for t, e, cats in ex]
    F['exams'] = dict(title='2026年度 採用予定（総合職）', fiscalYear=2026, textSynthesised=False, entries=entries,
                      layout='matrix: rows are categories under a track, columns 学部卒 | 大学院修了; – for none')
    rows = [['系統', '区分', '学部卒', '大学院修了']]
    rows += [['事務系', '事務', '15名', '4名'], ['技術系', '建築・土木', '3名', '2名'], ['', '情報', '2名', '－']]
    table(p2, 36, y, [60, 90, 70, 70], rows, s=7.5, rh=14, head_fill=(0.82, 0.92, 0.88), align=['l', 'l', 'c', 'c'])
    # exam facts: categories as scorer keys; synthesize category names
    F['exams']['examNamesSynthesised'] = True
    F['exams']['categoryNote'] = 'a matrix: the category is the row label, the exam 総合職（学部卒） / 総合職（大学院修了） is synthesised from the heading （総合職） and the column header, so the same category under both columns differs by the scorer level'
    # training table beside exams
    tx = 340
    ty = heading(p2, tx, 50, '研修', green, width=W - 36 - tx, s=10)
    rows = [['年次', '研修名', '内容'], ['1年目', '新入職員研修', '金融・住宅の基礎'], ['2年目', '支店実務研修', '審査と債権管理'],
            ['4年目', '中堅職員研修', '企画立案の手法'], ['7年目', '海外派遣研修', '米国の住宅金融']]
    table(p2, tx, ty, [40, 68, 111], rows, s=7.2, rh=14, head_fill=(0.82, 0.92, 0.88), align=['c', 'l', 'l'])
    F['training'] = dict(title='研修', paragraphs=[], table=[r for r in rows[1:]])
    y = max(y + 4 * 14, ty + 5 * 14) + 22
    y = heading(p2, 36, y, '働きやすさへの取組', green, width=W - 72)
    inits = [('在宅勤務制度', '週3日まで在宅勤務ができ、育児・介護中は日数の上限がありません。'),
             ('時間単位の年次休暇', '年5日分まで1時間単位で取得できます。'),
             ('資格取得支援', '宅地建物取引士や一級建築士などの受験費用を補助します。')]
    F['initiatives'] = [dict(title=a, text=b) for a, b in inits]; F['initiativesIntro'] = ''
    for a, b in inits:
        p2.text(36, y, '●' + a, 'G', 8.5, col=green); p2.line('●' + a); y += 12
        y = para(p2, 48, y, b, W - 84, 'M', 7.5) + 3
    y = heading(p2, 36, y + 8, '両立支援制度', green, width=W - 72)
    sup = [('育児休業', '子が3歳まで'), ('短時間勤務', '小学校3年生まで'), ('看護休暇', '年5日'), ('介護休業', '93日')]
    F['supportTitle'] = '両立支援制度'
    F['supportSystems'] = [dict(name=a, duration=b, durationText=b, text='') for a, b in sup]
    rows = [['制度', '期間']] + [list(s) for s in sup]
    table(p2, 36, y, [100, 110], rows, s=7.5, rh=13, head_fill=(0.82, 0.92, 0.88))
    # contact right of support
    cx = 280; cy = y
    p2.rect(cx, cy - 2, W - 36 - cx, 70, stroke=green, r=5)
    c = dict(track='採用に関するお問い合わせ', office='人事部 人事グループ', tel=['03-5800-8126'], email=['jhf-saiyo@jhf.go.jp'], location='')
    lines = ['採用に関するお問い合わせ', '人事部 人事グループ', 'TEL 03-5800-8126', 'E-mail jhf-saiyo@jhf.go.jp']
    yy = cy + 12
    for l in lines: p2.text(cx + 8, yy, l, 'G', 8); p2.line(l); yy += 14
    c['telText'] = [lines[2]]; c['emailText'] = [lines[3]]
    F['contacts'] = [c]
    y = max(y + 5 * 13, cy + 70) + 20
    y = heading(p2, 36, y, '本店へのアクセス', green, width=W - 72)
    addr = '〒112-8570 東京都文京区後楽1-4-10'
    ay = y
    p2.text(36, ay, addr, 'M', 8); p2.line(addr); ay += 14
    routes = ['JR中央・総武線『水道橋』駅 東口から徒歩約5分', '東京メトロ丸ノ内線・南北線『後楽園』駅から徒歩約5分', '都営三田線『水道橋』駅 A2出口から徒歩約7分']
    routes[2] = '都営大江戸線『飯田橋』駅 C3出口から徒歩約8分'
    for r in routes:
        t = '・' + r.replace('『', '').replace('』', ''); p2.text(36, ay, t, 'M', 7.6); p2.line(t); ay += 12
    F['access'] = dict(address=addr, routes=routes)
    # decoy map box to the right: rotated street label, station discs
    mx, my, mw, mh = 380, y - 8, W - 36 - 380, 110
    p2.rect(mx, my, mw, mh, stroke=(0.5, 0.5, 0.5), fill=(0.97, 0.97, 0.95))
    p2.rect(mx + 60, my, 12, mh, fill=(0.85, 0.85, 0.85))
    p2.text(mx + 69.5, my + mh - 14, '白山通り', 'G', 6.5, rot=90); 
    for k, (nm, dx, dy) in enumerate([('水道橋', 30, 30), ('後楽園', 125, 28), ('飯田橋', 25, 90)]):
        p2.circle(mx + dx, my + dy, 15, fill=(1, 1, 1), stroke=green)
        p2.text(mx + dx, my + dy + 2.5, nm, 'G', 6.5, align='c')
    p2.rect(mx + 100, my + 60, 40, 22, fill=green)
    p2.text(mx + 120, my + 74, '本店', 'G', 7.5, col=(1, 1, 1), align='c')
    p2.line('白山通り'); p2.line('水道橋'); p2.line('後楽園'); p2.line('飯田橋'); p2.line('本店')
    F['keyFigures'] = []; F['decoys'] = dict(map=['白山通り (rotated)', '水道橋', '後楽園', '飯田橋', '本店'])
    F['pages'] = 2
    return 'jhf-2026', [p1, p2], F

# ---------------------------------------------------------------- fact checks
def nz(s): return ''.join(unicodedata.normalize('NFKC', s).split())

def check_facts(name, F, expected):
    drawn = nz(expected)
    def printed(s, what):
        if s and nz(s) not in drawn: raise SystemExit(f'{name}: {what} not printed: {s!r}')
    printed(F['organization'], 'organization'); printed(F['edition']['asOfText'], 'edition')
    h = F['hiring']; rows = h['rows']
    for t in h['tracks'].values(): printed(t, 'track')
    for t in h['intro'] + h['note']: printed(t, 'hiring text')
    yrs = [r['fiscalYear'] for r in rows]
    if yrs != list(range(yrs[0], yrs[0] + len(yrs))) or len(yrs) < 6: raise SystemExit(f'{name}: years {yrs}')
    if [r['planned'] for r in rows] != [False] * (len(rows) - 1) + [True]: raise SystemExit(f'{name}: planned')
    for r in rows:
        printed(r['labelText'], 'label')
        a, t, tot = r['admin'], r['tech'], r['total']
        if tot['count'] != a['count'] + t['count']: raise SystemExit(f'{name}: total {r["fiscalYear"]}')
        if r['planned']:
            if any(x['women'] is not None for x in (a, t, tot)): raise SystemExit(f'{name}: planned women')
        else:
            if tot['women'] != a['women'] + t['women']: raise SystemExit(f'{name}: women total')
            for x in (a, t, tot):
                if x['women'] > x['count']: raise SystemExit(f'{name}: women > heads')
        for x in (a, t, tot):
            for k in ('text', 'womenText'):
                if x.get(k): printed(x[k], 'count')
    ed = F['edition']['year']
    if rows[-1]['fiscalYear'] != ed or F['exams']['fiscalYear'] != ed: raise SystemExit(f'{name}: years mismatch')
    last = rows[-2]; asg = F['assignments']
    if asg['cohortFiscalYear'] != last['fiscalYear']: raise SystemExit(f'{name}: cohort')
    if sum(r['admin'] or 0 for r in asg['rows']) != last['admin']['count'] or sum(r['tech'] or 0 for r in asg['rows']) != last['tech']['count']:
        raise SystemExit(f'{name}: assignment sums')
    if len({r['unit'] for r in asg['rows']}) != len(asg['rows']): raise SystemExit(f'{name}: duplicate unit')
    if any((r[k] is not None and r[k] <= 0) for r in asg['rows'] for k in ('admin', 'tech')): raise SystemExit(f'{name}: assignment count <= 0 (use null)')
    for r in asg['rows']: printed(r['unit'], 'unit')
    printed(asg['intro'], 'assignment intro')
    sys.path.insert(0, os.path.join(HERE, '..', 'Scripts'))
    import score_extract as S
    keys = set(); by = collections.Counter()
    for e in F['exams']['entries']:
        if S.track(e['track']) == 'other': raise SystemExit(f'{name}: exam track other')
        printed(e['track'], 'exam track')
        if e['total'] != sum(b['count'] for b in e['breakdown']): raise SystemExit(f'{name}: exam total')
        for b in e['breakdown']:
            k = (S.track(e['track']), S.level(e['exam']), S.norm(b['category']))
            if k in keys: raise SystemExit(f'{name}: exam key collision {k}')
            keys.add(k); by[S.track(e['track'])] += b['count']
    if by['administrative'] != rows[-1]['admin']['count'] or by['technical'] != rows[-1]['tech']['count']:
        raise SystemExit(f'{name}: exams != planned {dict(by)}')
    for c in F['contacts']:
        for k in ('office', 'track'): printed(c[k], 'contact')
        for t in c['telText'] + c['emailText'] + c['tel'] + c['email']: printed(t, 'contact value')
    printed(F['access']['address'], 'address')
    for r in F['access']['routes']: printed(r.replace('『', '').replace('』', ''), 'route')
    for i in F['initiatives']: printed(i['title'], 'initiative'); printed(i['text'], 'initiative text')
    for s in F['supportSystems']: printed(s['name'], 'support'); printed(s['durationText'], 'period'); printed(s['text'], 'support text')
    for t in F['training'].get('paragraphs', []): printed(t, 'training')
    for t in F['lead']['text']: printed(t, 'lead')
    # stand-in document scores full marks
    def blk(x): return {'count': x['count'], 'women': x['women']}
    doc = {'organization': F['organization'], 'edition': {'asOf': F['edition']['asOf']}, 'sections': {
        'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': blk(r['total']),
                             'administrative': blk(r['admin']), 'technical': blk(r['tech'])} for r in rows]},
        'assignments': {'cohortFiscalYear': asg['cohortFiscalYear'], 'rows': [
            {'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0} for r in asg['rows']]},
        'examBreakdown': {'entries': [{'track': S.track(e['track']), 'level': S.level(e['exam']), 'category': b['category'], 'count': b['count']}
                                      for e in F['exams']['entries'] for b in e['breakdown']]},
        'contacts': [{'office': c['office'], 'phones': [{'number': ''.join(ch for ch in unicodedata.normalize('NFKC', t) if ch.isdigit())} for t in c['tel']],
                      'emails': c['email']} for c in F['contacts']],
        'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in F['access']['routes']]},
        'initiatives': [{'title': i['title']} for i in F['initiatives']],
        'supportSystems': [{'name': s['name']} for s in F['supportSystems']]}}
    res = S.checks(F, doc, S.norm(expected))
    bad = [k for k, ok in res if not ok]
    if bad: raise SystemExit(f'{name}: stand-in misses {bad}')
    empty = S.checks(F, {}, S.norm(expected))
    if any(ok for _, ok in empty): raise SystemExit(f'{name}: empty doc scores')
    ninit = sum(1 for k, _ in res if k.startswith('initiative')); nsup = sum(1 for k, _ in res if k.startswith('support'))
    if ninit != len(F['initiatives']) or nsup != len(F['supportSystems']): raise SystemExit(f'{name}: unreachable checks')
    return len(res), collections.Counter(k.split(' ')[0] for k, _ in res)

BUILDERS = {'sapporo': sapporo, 'shiga': shiga, 'jhf': jhf}

def build(key, seed):
    name, pages, F = BUILDERS[key]()
    for n, p in enumerate(pages): check_page(p, n + 1)
    expected = '\n\f\n'.join('\n'.join(p.lines) for p in pages) + '\n'
    pdf = render(pages, seed)
    return name, pages, F, expected, pdf

def validate(key, name, pages, F):
    for n, p in enumerate(pages): check_page(p, n + 1)
    expected = '\n\f\n'.join('\n'.join(p.lines) for p in pages) + '\n'
    check_facts(name, F, expected)

def selftest():
    import copy
    def faults():
        def overlap(pg, F): it = dict(pg[0].items[5]); it['x'] += 1; pg[0].items.append(it); pg[0].lines.append(it['t'])
        def extra(pg, F): pg[0].lines[3] += 'X'
        def hire(pg, F): F['hiring']['rows'][0]['admin']['count'] += 1
        def women(pg, F): F['hiring']['rows'][1]['tech']['women'] += 1
        def asg(pg, F): F['assignments']['rows'][0]['admin'] = (F['assignments']['rows'][0]['admin'] or 0) + 1
        def exam(pg, F): F['exams']['entries'][0]['breakdown'][0]['count'] += 1
        def mail(pg, F): F['contacts'][0]['email'][0] = 'x' + F['contacts'][0]['email'][0]
        def emoji(pg, F): pg[1].text(60, 300, '\U0001F600', 'G', 8); pg[1].line('\U0001F600')
        def edge(pg, F): pg[1].text(5, 300, '端', 'G', 8); pg[1].line('端')
        def pwomen(pg, F): F['hiring']['rows'][-1]['admin']['women'] = 1
        def pfirst(pg, F): r = F['hiring']['rows']; r.insert(0, r.pop())
        def collide(pg, F): e = F['exams']['entries'][-1]; e['breakdown'].append(dict(e['breakdown'][0])); e['total'] += e['breakdown'][0]['count']
        return [overlap, extra, hire, women, asg, exam, mail, emoji, edge, pwomen, pfirst, collide]
    ok = total = 0
    for key, b in BUILDERS.items():
        name, pages, F = b()
        validate(key, name, pages, F)   # the clean brochure passes
        for f in faults():
            name, pages, F = b()
            f(pages, F); total += 1
            try:
                validate(key, name, pages, F)
                print(f'NOT REFUSED: {name} {f.__name__}')
            except SystemExit as e:
                ok += 1
                if '-v' in sys.argv: print(f'  refused {name} {f.__name__}: {e}')
    total += 1
    lines = wrap('あ' * 9 + '。', 'G', 10, 90)   # 9 fit on a line: the 。 must pull one あ down with it
    if lines == ['あ' * 8, 'あ。']: ok += 1
    else: print(f'KINSOKU WRONG: {lines}')
    print(f'selftest: {ok}/{total} faults refused')
    if ok != total: raise SystemExit(1)

def main():
    if '--selftest' in sys.argv: return selftest()
    keys = [a for a in sys.argv[1:] if a in BUILDERS] or list(BUILDERS)
    os.makedirs(OUT, exist_ok=True)
    for seed, key in enumerate(keys, start=34):
        seed = 3400 + list(BUILDERS).index(key)
        name, pages, F, expected, pdf = build(key, seed)
        _, _, _, expected2, pdf2 = build(key, seed)
        if pdf != pdf2 or expected != expected2: raise SystemExit(f'{name}: not deterministic')
        nbt = pdf.count(b'\nBT ') + pdf.count(b'\nBT\n')
        if nbt != sum(len(p.items) for p in pages): raise SystemExit(f'{name}: BT count {nbt}')
        F['fixture'] = name
        count, kinds = check_facts(name, F, expected)
        path = os.path.join(OUT, name)
        open(path + '.pdf', 'wb').write(pdf)
        open(path + '.expected.txt', 'w').write(expected)
        json.dump(F, open(path + '.facts.json', 'w'), ensure_ascii=False, indent=2); open(path + '.facts.json', 'a').write('\n')
        for n, p in enumerate(pages):
            got = subprocess.run(['pdftotext', '-f', str(n + 1), '-l', str(n + 1), path + '.pdf', '-'], capture_output=True, text=True).stdout
            a = collections.Counter(''.join(got.split()))
            b = collections.Counter(''.join(''.join(it['t'] for it in p.items).split()))
            if a != b: raise SystemExit(f'{name} p{n + 1}: pdftotext differs: +{dict(a - b)} -{dict(b - a)}')
        print(f'{name}: {len(pages)} pp, {sum(len(p.items) for p in pages)} text items, BT {nbt}, facts {count} {dict(kinds)}, md5 {hashlib.md5(pdf).hexdigest()}')

if __name__ == '__main__':
    main()
