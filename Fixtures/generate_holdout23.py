#!/usr/bin/env python3
"""Blind holdout set 23: three 2-page A4 recruitment brochures (埼玉県, 熊本市, JOGMEC).

Self-contained. Every visual line is its own text object at an absolute position, drawn after
the graphics in a seeded shuffled order. Checks: overlap, page bounds, missing glyphs, cell
overflow, drawn text == expected text (character multiset per page, also against pdftotext),
every fact string printed, arithmetic. Deterministic (reportlab invariant mode).
  usage: python3 Fixtures/generate_holdout23.py [name ...]
"""
import json, os, random, subprocess, sys, unicodedata
from collections import Counter
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color, black, white

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout23')
W, H = 595.28, 841.89
FONTS = {'G': ('IPAexGothic', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'),
         'M': ('IPAexMincho', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf')}
for k, (n, p) in FONTS.items():
    pdfmetrics.registerFont(TTFont(n, p))


def fname(f): return FONTS[f][0]


def sw(t, f, s): return pdfmetrics.stringWidth(t, fname(f), s)


def rgb(h): return Color(int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)


class Fail(Exception): pass


KINSOKU_HEAD = set('、。，．）」』】〕・ーぁぃぅぇぉっゃゅょァィゥェォッャュョ％：；？！')
KINSOKU_TAIL = set('（「『【〔')


def wrap(text, f, s, width):
    lines, cur = [], ''
    i = 0
    while i < len(text):
        ch = text[i]
        # keep ASCII runs unbroken
        j = i
        if ch.isascii() and ch != ' ':
            while j < len(text) and text[j].isascii() and text[j] != ' ':
                j += 1
            tok = text[i:j]
        else:
            tok = ch; j = i + 1
        if cur and sw(cur + tok, f, s) > width:
            if tok[0] in KINSOKU_HEAD:
                tok2 = cur[-1]; cur = cur[:-1]
                lines.append(cur); cur = tok2 + tok
            else:
                lines.append(cur); cur = tok
        else:
            cur += tok
        i = j
    if cur: lines.append(cur)
    for ln in lines:
        if ln[0] in KINSOKU_HEAD or ln[-1] in KINSOKU_TAIL:
            raise Fail('kinsoku: ' + ln)
        if sw(ln, f, s) > width + 0.01: raise Fail('wrap overflow: ' + ln)
    return lines


class Page:
    def __init__(self, doc):
        self.doc = doc; self.items = []; self.lines = []; self.gfx = []

    def t(self, x, y, txt, f='G', s=9, col=black, align='l', box=None):
        """y = baseline measured from the top of the page."""
        w = sw(txt, f, s)
        if align == 'r': x -= w
        elif align == 'c': x -= w / 2
        if box is not None:  # (x0, x1) cell horizontal bounds
            if x < box[0] - 0.01 or x + w > box[1] + 0.01:
                raise Fail(f'cell overflow: {txt!r}')
        it = dict(x=x, y=y, t=txt, f=f, s=s, col=col, w=w)
        self.items.append(it)
        return txt

    def ln(self, *parts, sep='\t'):
        self.lines.append(sep.join(parts))

    def T(self, x, y, txt, sep=None, **kw):
        """draw and record as its own line"""
        self.t(x, y, txt, **kw); self.lines.append(txt); return txt

    def g(self, fn): self.gfx.append(fn)

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, r=0):
        def fn(c):
            c.saveState()
            if fill is not None: c.setFillColor(fill)
            if stroke is not None: c.setStrokeColor(stroke); c.setLineWidth(lw)
            if r: c.roundRect(x, H - y - h, w, h, r, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            else: c.rect(x, H - y - h, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            c.restoreState()
        self.g(fn)

    def line(self, x1, y1, x2, y2, col=black, lw=0.6, dash=None):
        def fn(c):
            c.saveState(); c.setStrokeColor(col); c.setLineWidth(lw)
            if dash: c.setDash(*dash)
            c.line(x1, H - y1, x2, H - y2); c.restoreState()
        self.g(fn)

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.8):
        def fn(c):
            c.saveState()
            if fill is not None: c.setFillColor(fill)
            if stroke is not None: c.setStrokeColor(stroke); c.setLineWidth(lw)
            c.circle(x, H - y, r, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            c.restoreState()
        self.g(fn)

    def poly(self, pts, fill=None, stroke=None, lw=0.8, closed=True):
        def fn(c):
            c.saveState()
            p = c.beginPath(); p.moveTo(pts[0][0], H - pts[0][1])
            for x, y in pts[1:]: p.lineTo(x, H - y)
            if closed: p.close()
            if fill is not None: c.setFillColor(fill)
            if stroke is not None: c.setStrokeColor(stroke); c.setLineWidth(lw)
            c.drawPath(p, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
            c.restoreState()
        self.g(fn)

    def para(self, x, y, width, text, f='M', s=9, lead=None, col=black):
        lead = lead or s * 1.6
        for l in wrap(text, f, s, width):
            self.T(x, y, l, f=f, s=s, col=col); y += lead
        return y


def check_page(pg, name, pno):
    cmaps = {}
    for k in FONTS:
        cmaps[k] = pdfmetrics.getFont(fname(k)).face.charToGlyph
    for it in pg.items:
        for ch in it['t']:
            if ch != ' ' and ord(ch) not in cmaps[it['f']]:
                raise Fail(f'{name} p{pno}: glyph {ch!r} missing in {it["f"]}')
        if it['x'] < 0 or it['x'] + it['w'] > W or it['y'] - it['s'] < 0 or it['y'] > H:
            raise Fail(f'{name} p{pno}: off page {it["t"]!r}')
    bx = [(it['x'], it['y'] - it['s'] * 0.88, it['x'] + it['w'], it['y'] + it['s'] * 0.12, it['t']) for it in pg.items]
    for i in range(len(bx)):
        a = bx[i]
        for j in range(i + 1, len(bx)):
            b = bx[j]
            if a[0] < b[2] - 0.3 and b[0] < a[2] - 0.3 and a[1] < b[3] - 0.3 and b[1] < a[3] - 0.3:
                raise Fail(f'{name} p{pno}: overlap {a[4]!r} / {b[4]!r}')
    drawn = Counter(ch for it in pg.items for ch in it['t'] if not ch.isspace())
    exp = Counter(ch for l in pg.lines for ch in l if not ch.isspace())
    if drawn != exp:
        raise Fail(f'{name} p{pno}: drawn != expected: +{dict(drawn - exp)} -{dict(exp - drawn)}')
    return drawn


def render(name, pages, seed):
    path = os.path.join(OUT, name + '.pdf')
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle(name); c.setAuthor('BrochureKit holdout23'); c.setCreator('generate_holdout23.py')
    drawn = []
    for pno, pg in enumerate(pages, 1):
        drawn.append(check_page(pg, name, pno))
        for fn in pg.gfx: fn(c)
        items = list(pg.items)
        random.Random(f'{seed}-{pno}').shuffle(items)
        for it in items:
            c.saveState(); c.setFillColor(it['col'])
            to = c.beginText(it['x'], H - it['y']); to.setFont(fname(it['f']), it['s']); to.textOut(it['t'])
            c.drawText(to); c.restoreState()
        c.showPage()
    c.save()
    for pno, d in enumerate(drawn, 1):
        try:
            out = subprocess.run(['pdftotext', '-f', str(pno), '-l', str(pno), path, '-'], capture_output=True, text=True).stdout
        except FileNotFoundError:
            continue
        got = Counter(ch for ch in out if not ch.isspace())
        if got != d:
            raise Fail(f'{name} p{pno}: pdftotext differs: +{dict(got - d)} -{dict(d - got)}')
    text = '\n\f\n'.join('\n'.join(pg.lines) for pg in pages) + '\n'
    with open(os.path.join(OUT, name + '.expected.txt'), 'w') as fh: fh.write(text)
    return text


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(s.split()).replace('〜', '~').replace('～', '~')


def fact_strings(facts):
    out = [facts['organization'], facts['document'], facts['edition']['asOfText']]
    h = facts['hiring']
    out += h['intro'] + h['note'] + list(h['tracks'].values())
    for r in h['rows']:
        out.append(r['label'])
        if not h['textSynthesised']:
            out += [r[k]['text'] for k in ('total', 'admin', 'tech')]
    e = facts['exams']; out.append(e['title'])
    for en in e['entries']:
        out += [en['track'], en['exam']] + [b['category'] for b in en['breakdown']]
        if not e['textSynthesised']: out.append(en['text'])
    a = facts['assignments']; out.append(a['intro']); out += [r['unit'] for r in a['rows']]
    for c in facts['contacts']:
        out += [c['track'], c['office'], c['location']] + c['tel'] + c['email']
    out.append(facts['access']['address']); out += facts['access']['routes']
    out.append(facts['lead']['title']); out += facts['lead']['text']
    for i in facts['initiatives']: out += [i['title'], i['text']]
    out.append(facts['supportTitle'])
    for s in facts['supportSystems']: out += [s['name'], s['duration'], s['text']]
    out.append(facts['training']['title']); out += facts['training']['paragraphs']
    return [x for x in out if x]


def verify_facts(facts, text):
    drawn = norm(text)
    for s in fact_strings(facts):
        if norm(s) not in drawn: raise Fail(f'{facts["fixture"]}: fact not printed: {s!r}')
    rows = facts['hiring']['rows']
    ys = [r['fiscalYear'] for r in rows]
    if len(rows) < 5 or ys != list(range(ys[0], ys[0] + len(ys))): raise Fail('years')
    if [r['planned'] for r in rows] != [False] * (len(rows) - 1) + [True]: raise Fail('planned')
    for r in rows:
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']: raise Fail(f'sum {r}')
        if r['planned']:
            if any(r[k]['women'] is not None for k in ('total', 'admin', 'tech')): raise Fail('planned women')
        else:
            if r['total']['women'] != r['admin']['women'] + r['tech']['women']: raise Fail(f'women {r}')
            for k in ('total', 'admin', 'tech'):
                if r[k]['women'] > r[k]['count']: raise Fail('women > count')
    a = facts['assignments']
    last = rows[-2]
    if a['cohortFiscalYear'] != last['fiscalYear']: raise Fail('cohort')
    sa = sum(r['admin'] or 0 for r in a['rows']); st = sum(r['tech'] or 0 for r in a['rows'])
    if (sa, st) != (a['totals']['admin'], a['totals']['tech']) or (sa, st) != (last['admin']['count'], last['tech']['count']):
        raise Fail(f'assignment sums {sa} {st}')
    if len({norm(r['unit']) for r in a['rows']}) != len(a['rows']): raise Fail('dup unit')
    e = facts['exams']; plan = rows[-1]
    if e['fiscalYear'] != plan['fiscalYear'] or facts['edition']['year'] != plan['fiscalYear']: raise Fail('exam year')
    keys = set()
    for en in e['entries']:
        if sum(b['count'] for b in en['breakdown']) != en['total']: raise Fail('exam total')
        for b in en['breakdown']:
            k = ('事務' in en['track'], '院' in en['exam'], norm(b['category']))
            if k in keys: raise Fail('exam key collision')
            keys.add(k)
    for tk, key in (('事務系', 'admin'), ('技術系', 'tech')):
        tot = sum(en['total'] for en in e['entries'] if en['track'] == tk)
        if tot != plan[key]['count']: raise Fail(f'exam {tk} {tot} != {plan[key]["count"]}')
    if len(facts['contacts']) < 2 or len(facts['access']['routes']) < 2: raise Fail('contacts/routes')
    if len(facts['initiatives']) < 3 or len(facts['supportSystems']) < 3: raise Fail('initiatives/support')
    for s in facts['supportSystems']:
        if not s['duration']: raise Fail('duration')


def fw(n):
    return str(n).translate(str.maketrans('0123456789', '０１２３４５６７８９'))


KANJI = '〇一二三四五六七八九'


def hiring_rows(data, label, labeltext, fmt, synth):
    rows = []
    for i, (fy, a, aw, t, tw) in enumerate(data):
        planned = i == len(data) - 1
        def cell(c, w):
            return {'count': c, 'women': None if planned else w, 'text': fmt(c, None if planned else w)}
        rows.append({'fiscalYear': fy, 'label': label(fy), 'labelText': labeltext(fy, planned), 'planned': planned,
                     'total': cell(a + t, None if planned else aw + tw), 'admin': cell(a, aw), 'tech': cell(t, tw)})
    return rows


def heading(pg, x, y, txt, col, en=None, width=250):
    pg.rect(x, y - 11, 4, 14, fill=col)
    pg.t(x + 9, y, txt, f='G', s=12.5)
    if en:
        pg.t(x + 9 + sw(txt, 'G', 12.5) + 8, y, en, f='G', s=7.5, col=col)
        pg.ln(txt, en, sep=' ')
    else:
        pg.ln(txt)
    pg.line(x, y + 5, x + width, y + 5, col=col, lw=0.5)


# ======================================================================= 埼玉県
def saitama():
    name = 'saitama-2026'
    GREEN, LIGHT, PINK = rgb('1f7a4d'), rgb('e3f1e8'), rgb('d9487a')
    p1, p2 = Page(name), Page(name)
    X0, X1 = 40, W - 40
    # masthead
    p1.rect(0, 0, W, 104, fill=GREEN)
    p1.rect(0, 104, W, 4, fill=rgb('f2c230'))
    p1.T(X0, 30, 'SAITAMA PREFECTURAL GOVERNMENT', f='G', s=8, col=white)
    p1.t(X0, 66, '埼玉県', f='G', s=26, col=white)
    p1.t(X0 + sw('埼玉県', 'G', 26) + 10, 66, '職員採用案内', f='G', s=26, col=white)
    p1.ln('埼玉県', '職員採用案内', sep=' ')
    p1.T(X0, 90, '― 日本一暮らしやすい埼玉へ。県民のいちばん近くで働く ―', f='M', s=10, col=white)
    p1.T(X1, 125, '令和８年３月発行', f='G', s=8.5, align='r')
    # lead
    lead = ['埼玉県は、首都圏の一角にありながら豊かな自然と農地を抱え、人口約７３３万人を擁する全国有数の県です。県庁、地域機関、県立学校や病院など、多彩な職場で職員が働いています。',
            '事務系・技術系の職員が、防災、福祉、まちづくり、産業振興など、県民の生活に直結する仕事に、市町村や企業と連携しながら取り組んでいます。']
    lead_title = '７３３万人の暮らしを、現場から支える。'
    p1.T(X0, 148, lead_title, f='G', s=14, col=GREEN)
    y = 170
    for ptxt in lead: y = p1.para(X0, y, X1 - X0, ptxt, s=9.2, lead=14.5) + 3
    # ---- hiring: year cell spanning three rows, icon header cells
    hx = X0; y0 = 243
    heading(p1, hx, y0, '採用実績', GREEN, 'RECRUITMENT', 285)
    intro = '採用者数の推移（上級試験・人）'
    p1.T(hx, y0 + 22, intro, f='M', s=8.5)
    data = [(2021, 182, 83, 96, 24), (2022, 190, 88, 101, 27), (2023, 201, 95, 98, 26),
            (2024, 210, 102, 105, 30), (2025, 218, 109, 112, 33), (2026, 230, None, 120, None)]
    cw = [86, 56, 72, 72]; xs = [hx]
    for w_ in cw: xs.append(xs[-1] + w_)
    ty = y0 + 30; hh = 40; rh = 14.5
    p1.rect(hx, ty, sum(cw), hh, fill=GREEN)
    # header: text cells + icon cells
    hb = ty + hh / 2 + 4
    p1.t(xs[0] + 6, hb, '年度', f='G', s=9, col=white, box=(xs[0], xs[1]))
    p1.t(xs[1] + 6, hb, '区分', f='G', s=9, col=white, box=(xs[1], xs[2]))
    for k, (cap, colr) in enumerate((('採用者数', white), ('うち女性', rgb('ffc2d6')))):
        cx = (xs[2 + k] + xs[3 + k]) / 2
        p1.circle(cx, ty + 9, 4.2, fill=colr)
        p1.poly([(cx - 7, ty + 27), (cx - 4.5, ty + 15), (cx + 4.5, ty + 15), (cx + 7, ty + 27)], fill=colr)
        if k == 1: p1.poly([(cx - 9, ty + 27), (cx, ty + 16), (cx + 9, ty + 27)], fill=colr)
        p1.t(cx, ty + 36, cap, f='G', s=6, col=white, align='c', box=(xs[2 + k], xs[3 + k]))
    p1.ln('年度', '区分', '採用者数', 'うち女性')
    y = ty + hh
    for i, (fy, a, aw, t, tw) in enumerate(data):
        planned = i == len(data) - 1
        lab = f'令和{fw(fy - 2018)}年度' + ('（予定）' if planned else '')
        if planned: p1.rect(hx, y, sum(cw), rh * 3, fill=rgb('fff4c8'))
        elif i % 2: p1.rect(hx, y, sum(cw), rh * 3, fill=LIGHT)
        p1.line(hx, y, xs[-1], y, col=GREEN, lw=0.9)
        for r, (tk, c, w_) in enumerate((('事務系', a, aw), ('技術系', t, tw), ('計', a + t, None if planned else aw + tw))):
            b = y + r * rh + rh / 2 + 3.2
            cells = ['', tk, fw(c), '―' if w_ is None else fw(w_)]
            if r == 0:
                cells[0] = p1.t(xs[0] + 5, b, lab, f='G', s=8.5 if not planned else 7.6, box=(xs[0], xs[1]))
            p1.t(xs[1] + 6, b, tk, f='G' if tk == '計' else 'M', s=8.5, box=(xs[1], xs[2]))
            p1.t(xs[3] - 14, b, cells[2], f='G' if tk == '計' else 'M', s=8.5, align='r', box=(xs[2], xs[3]))
            p1.t(xs[4] - 14, b, cells[3], f='M', s=8.5, align='r', col=PINK, box=(xs[3], xs[4]))
            p1.ln(*cells)
            if r: p1.line(xs[1], y + r * rh, xs[-1], y + r * rh, col=rgb('9cc9ad'), lw=0.4)
        y += rh * 3
    p1.line(hx, y, xs[-1], y, col=GREEN, lw=0.9)
    for xx in xs[1:-1]: p1.line(xx, ty + hh, xx, y, col=rgb('9cc9ad'), lw=0.4)
    notes = ['※ 令和８年度は採用予定数です。女性の内数は未定のため「―」としています。',
             '※ 人のマークの列が採用者数、女性のマークの列がうち女性の数です。']
    ny = y + 13
    for n in notes: ny = p1.para(hx, ny, sum(cw), n, f='M', s=7.4, lead=11)
    # ---- assignments (right column) with group header rows
    ax = X0 + sum(cw) + 22; aw_ = X1 - ax
    heading(p1, ax, y0, '配属実績', GREEN, None, aw_)
    aintro = '令和７年度採用者の配属先（令和７年４月１日現在）'
    p1.T(ax, y0 + 22, aintro, f='M', s=7.6)
    groups = [('知事部局', [('企画財政部', 14, 3), ('総務部', 20, 0), ('県民生活部', 10, 0), ('環境部', 8, 10),
                         ('福祉部', 30, 2), ('保健医療部', 22, 4), ('産業労働部', 16, 2), ('農林部', 10, 22),
                         ('県土整備部', 12, 40), ('都市整備部', 8, 14), ('地域機関（県税事務所等）', 40, 0)]),
              ('公営企業', [('企業局', 4, 8), ('下水道局', 2, 7)]),
              ('教育委員会', [('教育局（県立学校事務を含む）', 22, 0)])]
    acw = [aw_ - 76, 38, 38]; axs = [ax]
    for w_ in acw: axs.append(axs[-1] + w_)
    y = y0 + 30; arh = 14
    p1.rect(ax, y, aw_, arh, fill=GREEN)
    hdr = ['配属先', '事務系', '技術系']
    for k, hd in enumerate(hdr):
        p1.t(axs[k] + 4 if k == 0 else (axs[k] + axs[k + 1]) / 2, y + 10, hd, f='G', s=8, col=white,
             align='l' if k == 0 else 'c', box=(axs[k], axs[k + 1]))
    p1.ln(*hdr)
    y += arh
    arows = []
    for gname, units in groups:
        p1.rect(ax, y, aw_, arh, fill=LIGHT)
        p1.T(ax + 4, y + 10, f'【{gname}】', f='G', s=8, col=GREEN)
        y += arh
        for u, a, t in units:
            cells = [u, f'{a}' if a else '―', f'{t}' if t else '―']
            p1.t(axs[0] + 10, y + 10, u, f='M', s=7.8, box=(axs[0], axs[1]))
            p1.t(axs[2] - 8, y + 10, cells[1], f='M', s=8, align='r', box=(axs[1], axs[2]))
            p1.t(axs[3] - 8, y + 10, cells[2], f='M', s=8, align='r', box=(axs[2], axs[3]))
            p1.ln(*cells)
            p1.line(ax, y + arh, X1, y + arh, col=rgb('bbbbbb'), lw=0.3)
            arows.append({'unit': u, 'admin': a or None, 'tech': t or None})
            y += arh
    p1.line(ax, y, X1, y, col=GREEN, lw=0.9)
    p1.T(ax, y + 12, '※【　】は組織の区分で、配属先ではありません。', f='M', s=7)
    # ---- initiatives (full width, three columns)
    iy = 640
    heading(p1, X0, iy, '働きやすい職場づくり', GREEN, 'WORK STYLE', X1 - X0)
    inits = [('テレワークの推進', '本庁・地域機関のすべての職員がテレワークを利用できます。モバイルパソコンの配備も進み、在宅勤務と出勤を組み合わせた働き方が定着しています。'),
             ('時差出勤・フレックスタイム制', '始業時刻を７時から１０時までの間で選べます。子どもの送迎や通院に合わせて、勤務時間を柔軟に設定できます。'),
             ('男性職員の育児休業取得促進', '子が生まれる職員には所属長が面談を行い、取得計画をともに立てます。令和６年度の男性の取得率は８割を超えました。')]
    colw = (X1 - X0 - 24) / 3
    for k, (tt, tx) in enumerate(inits):
        cx = X0 + k * (colw + 12)
        p1.T(cx, iy + 24, '◆' + tt, f='G', s=9.2, col=GREEN)
        p1.para(cx, iy + 40, colw, tx, s=8.2, lead=12.6)
    # ================= page 2
    p2.rect(0, 0, W, 8, fill=GREEN)
    ey = 44
    etitle = '令和８年度 上級試験 採用予定数'
    heading(p2, X0, ey, etitle, GREEN, None, X1 - X0)
    p2.T(X0, ey + 20, '円の中の数字が職種ごとの採用予定数です（円の大きさは人数の目安）。', f='M', s=8.2)
    exams = [('事務系', '上級試験（大学卒業程度）', [('行政', 150), ('学校事務', 40), ('福祉', 30), ('心理', 10)]),
             ('技術系', '上級試験（大学卒業程度）', [('総合土木', 60), ('建築', 20), ('農業', 15), ('化学', 10), ('電気', 8), ('機械', 7)])]
    by = ey + 40
    entries = []
    for k, (tk, ex, cats) in enumerate(exams):
        rowtop = by + k * 118
        p2.rect(X0, rowtop, 64, 40, fill=GREEN, r=4)
        p2.t(X0 + 32, rowtop + 17, tk, f='G', s=10, col=white, align='c')
        p2.t(X0 + 32, rowtop + 31, f'{sum(c for _, c in cats)}名', f='G', s=8, col=white, align='c')
        p2.ln(tk, f'{sum(c for _, c in cats)}名', sep=' ')
        p2.T(X0, rowtop + 56, ex, f='M', s=6.8)
        cx = X0 + 86
        for cat, cnt in cats:
            r = max(23, min(50, 6.5 * cnt ** 0.5))
            cx += r
            cy = rowtop + 50
            p2.circle(cx, cy, r, fill=LIGHT if k == 0 else rgb('e6eef8'), stroke=GREEN, lw=1)
            p2.t(cx, cy - 2, cat, f='G', s=8, align='c', box=(cx - r * 0.86, cx + r * 0.86))
            num = fw(cnt) + '名'
            p2.t(cx, cy + 11, num, f='G', s=9.5, col=GREEN, align='c', box=(cx - r * 0.8, cx + r * 0.8))
            p2.ln(cat); p2.ln(num)
            cx += r + 8
        if cx > X1: raise Fail('circles overflow')
        entries.append({'track': tk, 'exam': ex, 'text': '・'.join(f'{c}{fw(n)}名' for c, n in cats),
                        'breakdown': [{'category': c, 'count': n} for c, n in cats], 'total': sum(n for _, n in cats)})
    p2.T(X0, by + 232, '※ このほか、社会人経験者・障害者を対象とする選考を別に実施します。', f='M', s=7.5)
    # two columns: training + support | contacts + access
    cy0 = 352; lw_ = 250; rx = X0 + lw_ + 24; rw = X1 - rx
    heading(p2, X0, cy0, '研修制度', GREEN, None, lw_)
    train = ['採用後は、新規採用職員研修で県政の基礎と公務員倫理を学びます。採用２年目・５年目にはステップアップ研修があります。',
             '自治大学校や国の省庁、民間企業への派遣研修など、専門性を高める機会も用意しています。']
    y = cy0 + 24
    for ptxt in train: y = p2.para(X0, y, lw_, ptxt, s=8.4, lead=13) + 4
    sy = y + 18
    stitle = '子育て・介護を支える制度'
    heading(p2, X0, sy, stitle, GREEN, None, lw_)
    sup = [('育児休業', '子が３歳に達するまで', '男女とも取得でき、期間中は共済組合から手当金が支給されます。'),
           ('育児短時間勤務', '子が小学校就学前まで', '１日４時間などの勤務形態を選べます。'),
           ('子の看護休暇', '年５日（子が２人以上は年１０日）', '中学校就学前の子の看護や予防接種に使えます。'),
           ('介護休暇', '通算６か月まで', '３回まで分割して取得できます。')]
    y = sy + 24
    for n, d, tx in sup:
        p2.T(X0, y, f'■{n}（{d}）', f='G', s=8.6, col=GREEN)
        y = p2.para(X0 + 10, y + 13, lw_ - 10, tx, s=8, lead=12) + 4
    heading(p2, rx, cy0, '採用に関するお問い合わせ', GREEN, None, rw)
    contacts = [('事務系', '埼玉県人事委員会事務局 任用審査課', '県庁第三庁舎４階', '048-830-7615', 'a7610-07@pref.saitama.lg.jp'),
                ('技術系', '埼玉県総務部 人事課 人材育成担当', '県庁本庁舎２階', '048-830-2349', 'a2340-15@pref.saitama.lg.jp')]
    y = cy0 + 24; cts = []
    for tk, off, loc, tel, mail in contacts:
        p2.rect(rx, y - 10, rw, 62, stroke=GREEN, r=3)
        p2.t(rx + 8, y + 3, f'〈{tk}〉', f='G', s=8.6, col=GREEN)
        p2.t(rx + 8 + sw(f'〈{tk}〉', 'G', 8.6) + 4, y + 3, off, f='G', s=8.6)
        p2.ln(f'〈{tk}〉', off, sep=' ')
        p2.T(rx + 8, y + 17, loc, f='M', s=8)
        p2.T(rx + 8, y + 31, f'TEL {tel}', f='M', s=8)
        p2.T(rx + 8, y + 45, mail, f='M', s=8)
        cts.append({'track': tk, 'office': off, 'location': loc, 'tel': [tel], 'email': [mail]})
        y += 72
    ay = y + 16
    heading(p2, rx, ay, 'アクセス', GREEN, None, rw)
    addr = '〒330-9301 埼玉県さいたま市浦和区高砂3-15-1'
    routes = ['JR京浜東北線・宇都宮線・高崎線『浦和』駅 西口から徒歩約10分', 'JR京浜東北線『北浦和』駅 西口から徒歩約15分',
              '国際興業バス『県庁前』停留所から徒歩約1分']
    y = p2.para(rx, ay + 24, rw, addr, f='G', s=8.4, lead=13) + 3
    for rt in routes:
        lines = wrap('●' + rt, 'M', 8.2, rw)
        for l in lines:
            p2.T(rx, y, l, f='M', s=8.2); y += 12.5
    # decoy: selection schedule as a month calendar grid
    import calendar as _cal
    ky = 640
    heading(p2, X0, ky, '試験日程カレンダー　２０２６年６月', GREEN, 'SCHEDULE', X1 - X0)
    marks = {7: '申込締切', 21: '第１次試験', 30: '第１次合格発表'}
    dow = ['日', '月', '火', '水', '木', '金', '土']
    gw = (X1 - X0) / 7; gy = ky + 14; gh = 22
    p2.rect(X0, gy, X1 - X0, 14, fill=GREEN)
    for k, d in enumerate(dow):
        p2.t(X0 + k * gw + gw / 2, gy + 10.5, d, f='G', s=8, col=white, align='c')
    p2.ln(*dow)
    gy += 14
    weeks = _cal.Calendar(firstweekday=6).monthdayscalendar(2026, 6)
    for wk in weeks:
        cells = []
        for k, d in enumerate(wk):
            cx = X0 + k * gw
            if d in marks: p2.rect(cx, gy, gw, gh, fill=rgb('fde7b0'))
            p2.rect(cx, gy, gw, gh, stroke=rgb('9cc9ad'), lw=0.4)
            if not d: cells.append(''); continue
            ds = str(d)
            p2.t(cx + 4, gy + 9, ds, f='G', s=7.5, col=PINK if k == 0 else black, box=(cx, cx + gw))
            if d in marks:
                p2.t(cx + gw - 4, gy + 18, marks[d], f='G', s=7.4, col=GREEN, align='r', box=(cx + 4 + sw(ds, 'G', 7.5), cx + gw))
                cells.append(ds + marks[d])
            else: cells.append(ds)
        p2.ln(*cells)
        gy += gh
    if gy > H - 30: raise Fail('calendar off page')
    facts = base_facts(name, '埼玉県', '職員採用案内', 2026, '2026-03', '令和８年３月')
    facts['hiring'] = {'intro': [intro], 'note': notes, 'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': True,
                       'layout': 'years as rows, each year three rows (事務系 / 技術系 / 計) with the year cell spanning them; counts and women in separate columns whose headers are pictograms with tiny captions; full-width digits',
                       'rows': hiring_rows(data, lambda fy: f'令和{fw(fy - 2018)}年度', lambda fy, p: f'令和{fw(fy - 2018)}年度' + ('（予定）' if p else ''),
                                           lambda c, w_: fw(c) + (f'（{fw(w_)}）' if w_ is not None else ''), True)}
    facts['exams'] = {'title': etitle, 'fiscalYear': 2026, 'textSynthesised': True,
                      'layout': 'categories as circles (name over count) beside a track tag', 'entries': entries}
    facts['contacts'] = cts
    facts['access'] = {'address': addr, 'routes': routes}
    facts['assignments'] = {'cohortFiscalYear': 2025, 'intro': aintro, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                            'layout': 'table with 【group】 rows spanning the table between the unit rows', 'rows': arows,
                            'totals': {'admin': 218, 'tech': 112}}
    facts['lead'] = {'title': lead_title, 'text': lead}
    facts['initiatives'] = [{'title': a, 'text': b} for a, b in inits]
    facts['supportTitle'] = stitle
    facts['supportSystems'] = [{'name': n, 'duration': d, 'text': tx} for n, d, tx in sup]
    facts['training'] = {'title': '研修制度', 'paragraphs': train}
    return name, [p1, p2], facts


def base_facts(fixture, org, doc, year, asof, asoftext):
    return {'fixture': fixture, 'organization': org, 'document': doc,
            'edition': {'year': year, 'asOf': asof, 'asOfText': asoftext}}


def finish(facts):
    order = ['fixture', 'organization', 'document', 'edition', 'hiring', 'exams', 'contacts', 'access', 'assignments',
             'lead', 'initiativesIntro', 'initiatives', 'supportTitle', 'supportSystems', 'supportSource', 'training',
             'keyFigures', 'pages']
    facts.setdefault('initiativesIntro', ''); facts.setdefault('supportSource', '')
    facts['keyFigures'] = []; facts['pages'] = 2
    return {k: facts[k] for k in order}


BUILDERS = {}


def build(fn):
    BUILDERS[fn.__name__] = fn
    return fn


build(saitama)

# ======================================================================= 熊本市
def kumamoto():
    name = 'kumamoto-2026'
    RED, LIGHT, NAVY, ORANGE = rgb('b8322a'), rgb('f7e9e4'), rgb('24406e'), rgb('e08a1e')
    p1, p2 = Page(name), Page(name)
    X0, X1 = 40, W - 40
    p1.rect(0, 0, W, 96, fill=RED)
    p1.T(X0, 28, 'KUMAMOTO CITY', f='G', s=8.5, col=white)
    p1.t(X0, 62, '熊本市', f='G', s=25, col=white)
    p1.t(X0 + sw('熊本市', 'G', 25) + 10, 62, '職員採用ガイド', f='G', s=25, col=white)
    p1.ln('熊本市', '職員採用ガイド', sep=' ')
    p1.T(X0, 84, '上下水道も、市電も、城下町も。市民とともにつくる、上質な生活都市。', f='M', s=9.5, col=white)
    p1.T(X1, 116, '2026年（令和8年）3月発行', f='G', s=8.5, align='r')
    lead_title = '地震からの復興を力に、次の熊本をつくる。'
    lead = ['熊本市は、人口約73万人の政令指定都市です。平成28年熊本地震からの復旧・復興を進めながら、半導体関連産業の集積に伴うまちづくりや交通政策など、新しい課題にも挑戦しています。',
            '5つの区役所と本庁、上下水道局、交通局などで、事務職・技術職の職員が市民の暮らしを支えています。']
    p1.T(X0, 140, lead_title, f='G', s=14, col=RED)
    y = 162
    for ptxt in lead: y = p1.para(X0, y, X1 - X0, ptxt, s=9.2, lead=14.5) + 3
    # ---- hiring: line chart with values printed at the points
    cy0 = 228
    heading(p1, X0, cy0, '採用者数の推移', RED, 'DATA', X1 - X0)
    intro = 'グラフの数字は採用者数、（　）内はそのうちの女性の数です（人）。'
    p1.T(X0, cy0 + 20, intro, f='M', s=8.2)
    data = [(2021, 88, 40, 42, 9), (2022, 92, 43, 45, 11), (2023, 85, 41, 50, 12),
            (2024, 97, 47, 48, 13), (2025, 102, 52, 53, 15), (2026, 110, None, 55, None)]
    # legend
    ly = cy0 + 38; lx = X0 + 6
    series = [('合計', RED), ('事務系', NAVY), ('技術系', ORANGE)]
    legparts = []
    for nm, colr in series:
        p1.line(lx, ly - 3, lx + 18, ly - 3, col=colr, lw=2); p1.circle(lx + 9, ly - 3, 2.6, fill=colr)
        p1.t(lx + 22, ly, nm, f='G', s=8); legparts.append(nm)
        lx += 22 + sw(nm, 'G', 8) + 16
    p1.circle(lx + 4, ly - 3, 2.8, fill=white, stroke=black)
    lg = '白抜きの点と破線は令和8年度の採用予定数（女性の内訳は未定）'
    p1.t(lx + 12, ly, lg, f='M', s=7.5)
    p1.ln(*legparts, lg, sep=' ')
    px0, px1, py0, py1 = X0 + 30, X1 - 20, cy0 + 60, cy0 + 250   # plot box (py1 = value 0)
    vmax = 180
    def Y(v): return py1 - (py1 - py0) * v / vmax
    p1.rect(px0, py0 - 8, px1 - px0, py1 - py0 + 8, fill=rgb('fbf6f4'))
    for v in range(0, vmax + 1, 30):
        p1.line(px0, Y(v), px1, Y(v), col=rgb('dddddd'), lw=0.4)
    p1.line(px0, py1, px1, py1, col=black, lw=0.8)
    n = len(data); step = (px1 - px0) / n
    xs = [px0 + step * (i + 0.5) for i in range(n)]
    for k, (nm, colr) in enumerate(series):
        vals = []
        for fy, a, aw, t, tw in data:
            if k == 0: vals.append((a + t, None if aw is None else aw + tw))
            elif k == 1: vals.append((a, aw))
            else: vals.append((t, tw))
        for i in range(n - 1):
            p1.line(xs[i], Y(vals[i][0]), xs[i + 1], Y(vals[i + 1][0]), col=colr, lw=1.8,
                    dash=(3, 2) if i == n - 2 else None)
        for i, (v, w_) in enumerate(vals):
            if i == n - 1: p1.circle(xs[i], Y(v), 3.2, fill=white, stroke=colr, lw=1.4)
            else: p1.circle(xs[i], Y(v), 3, fill=colr)
            lab = f'{v}' + (f'（{w_}）' if w_ is not None else '')
            p1.t(xs[i], Y(v) - 7, lab, f='G', s=7.8, col=colr, align='c')
        for i, (v, w_) in enumerate(vals):
            p1.ln(f'{v}' + (f'（{w_}）' if w_ is not None else ''))
    xl = []
    for i, (fy, *_r) in enumerate(data):
        lab = f'{fy}年度'
        p1.t(xs[i], py1 + 13, lab, f='G', s=8, align='c', box=(xs[i] - step / 2, xs[i] + step / 2)); xl.append(lab)
    p1.ln(*xl)
    p1.T(px1, py1 + 27, '（予定）', f='G', s=7.5, align='r')
    p1.T(px0 - 26, py0 - 12, '（人）', f='G', s=7)
    notes = ['※ 大学卒業程度の採用試験による採用者数です（年度は採用した年度、社会人経験者は含みません）。']
    p1.T(X0, py1 + 44, notes[0], f='M', s=7.6)
    # ---- assignments + initiatives
    sy = py1 + 72
    aw_ = 255
    heading(p1, X0, sy, '配属実績', RED, None, aw_)
    aintro = '2025年度採用者の配属先（2025年4月1日現在）'
    p1.T(X0, sy + 20, aintro, f='M', s=7.8)
    units = [('政策局', 6, 0), ('総務局', 8, 0), ('財政局', 10, 0), ('文化市民局', 6, 0), ('健康福祉局', 18, 2),
             ('こども局', 9, 0), ('環境局', 5, 6), ('経済観光局', 6, 1), ('農水局', 3, 6), ('都市建設局', 4, 22),
             ('上下水道局', 5, 12), ('区役所（5区）', 22, 4)]
    acw = [aw_ - 100, 50, 50]; axs = [X0]
    for w_ in acw: axs.append(axs[-1] + w_)
    y = sy + 28; rh = 12.6
    p1.rect(X0, y, aw_, rh, fill=RED)
    hdr = ['配属先', '事務職', '技術職']
    for k, hd in enumerate(hdr):
        p1.t(axs[k] + 4 if k == 0 else (axs[k] + axs[k + 1]) / 2, y + 9.2, hd, f='G', s=7.8, col=white, align='l' if k == 0 else 'c', box=(axs[k], axs[k + 1]))
    p1.ln(*hdr); y += rh
    arows = []
    for i, (u, a, t) in enumerate(units):
        if i % 2: p1.rect(X0, y, aw_, rh, fill=LIGHT)
        cells = [u, f'{a}名' if a else '－', f'{t}名' if t else '－']
        p1.t(axs[0] + 4, y + 9.2, u, f='M', s=7.8, box=(axs[0], axs[1]))
        p1.t((axs[1] + axs[2]) / 2, y + 9.2, cells[1], f='M', s=7.8, align='c', box=(axs[1], axs[2]))
        p1.t((axs[2] + axs[3]) / 2, y + 9.2, cells[2], f='M', s=7.8, align='c', box=(axs[2], axs[3]))
        p1.ln(*cells); arows.append({'unit': u, 'admin': a or None, 'tech': t or None}); y += rh
    p1.line(X0, y, X0 + aw_, y, col=RED, lw=0.8)
    ix = X0 + aw_ + 22; iw = X1 - ix
    heading(p1, ix, sy, '働き方改革の取組', RED, None, iw)
    inits = [('テレワーク・サテライトオフィス', '本庁と各区役所にサテライトオフィスを設け、自宅に近い庁舎でも勤務できます。'),
             ('ゆう活（朝型勤務）', '夏季は始業を7時30分まで早められ、夕方の時間を家族や地域活動に使えます。'),
             ('ノー残業デー', '毎週水曜日と給料日は定時退庁を徹底しています。管理職が声かけを行います。'),
             ('1on1ミーティング', '上司と月1回の対話の場を設け、キャリアや悩みを気軽に相談できます。')]
    y = sy + 22
    for tt, tx in inits:
        p1.T(ix, y, '▶' + tt, f='G', s=8.6, col=RED)
        y = p1.para(ix + 9, y + 13, iw - 9, tx, s=7.9, lead=11.8) + 5
    # ================= page 2: three panels (the third a narrow fold-out flap) + map
    p2.rect(0, 0, W, 8, fill=RED)
    P = [(X0, 205), (X0 + 205 + 16, 180), (X0 + 205 + 16 + 180 + 16, W - (X0 + 205 + 16 + 180 + 16) - 10)]
    top = 40
    # panel 1: exam table + training
    x, w = P[0]
    etitle = '令和8年度 採用予定数'
    heading(p2, x, top, etitle, RED, None, w)
    ex = '大学卒業程度'
    p2.T(x, top + 20, f'試験区分：{ex}', f='M', s=8)
    exams = [('事務系', [('事務職', 80), ('社会福祉職', 18), ('学校事務職', 12)]),
             ('技術系', [('土木職', 30), ('建築職', 10), ('電気職', 5), ('機械職', 4), ('化学職', 3), ('農業職', 3)])]
    ecw = [50, w - 105, 55]; exs = [x]
    for w_ in ecw: exs.append(exs[-1] + w_)
    y = top + 30; rh = 14
    p2.rect(x, y, w, rh, fill=RED)
    hdr = ['区分', '職種', '予定数']
    for k, hd in enumerate(hdr):
        p2.t((exs[k] + exs[k + 1]) / 2, y + 10, hd, f='G', s=8, col=white, align='c', box=(exs[k], exs[k + 1]))
    p2.ln(*hdr); y += rh
    entries = []
    for tk, cats in exams:
        p2.rect(x, y, ecw[0], rh * len(cats), fill=LIGHT)
        for r, (cat, cnt) in enumerate(cats):
            cells = [tk if r == 0 else '', cat, f'{cnt}名']
            if r == 0: p2.t(exs[0] + 5, y + 10, tk, f='G', s=8, box=(exs[0], exs[1]))
            p2.t(exs[1] + 5, y + 10, cat, f='M', s=8, box=(exs[1], exs[2]))
            p2.t(exs[3] - 6, y + 10, cells[2], f='M', s=8, align='r', box=(exs[2], exs[3]))
            p2.ln(*cells)
            p2.line(exs[1], y + rh, exs[3], y + rh, col=rgb('cccccc'), lw=0.3); y += rh
        p2.line(x, y, x + w, y, col=RED, lw=0.7)
        entries.append({'track': tk, 'exam': ex, 'text': '・'.join(f'{c}{n}名' for c, n in cats),
                        'breakdown': [{'category': c, 'count': n} for c, n in cats], 'total': sum(n for _, n in cats)})
    p2.T(x, y + 12, '※ 社会人経験者・障がい者対象の試験は別に実施。', f='M', s=7)
    y += 42
    heading(p2, x, y, '人材育成', RED, None, w)
    train = ['新規採用職員研修のほか、階層別研修、政策形成研修、国や他都市への派遣研修を実施しています。',
             '技術職には、熊本地震の復旧工事を経験した先輩が指導する現場研修があります。']
    y += 20
    for ptxt in train: y = p2.para(x, y, w, ptxt, s=8.1, lead=12.4) + 4
    # panel 2: support systems
    x, w = P[1]
    stitle = '仕事と子育て・介護の両立'
    heading(p2, x, top, stitle, RED, None, w)
    sup = [('育児休業', '子が3歳になるまで', '男性職員の取得率は令和6年度に約7割となりました。'),
           ('部分休業', '子が小学校に入学するまで', '1日2時間以内で勤務しない時間を設けられます。'),
           ('出生サポート休暇', '年10日', '不妊治療のための通院などに利用できます。'),
           ('介護休暇', '通算6か月', '家族の介護のため、3回まで分けて取れます。')]
    y = top + 22
    for n, d, tx in sup:
        p2.rect(x, y - 9, w, 14, fill=LIGHT)
        p2.t(x + 4, y + 1.5, n, f='G', s=8.4, col=RED)
        p2.t(x + w - 4, y + 1.5, d, f='G', s=7.6, align='r')
        p2.ln(n, d)
        y = p2.para(x + 4, y + 17, w - 8, tx, s=7.9, lead=11.8) + 8
    # panel 3: fold-out flap (narrow), contacts
    x, w = P[2]
    p2.rect(x - 8, 0, W - x + 8, 500, fill=rgb('f2efe6'))
    p2.line(x - 8, 20, x - 8, 490, col=rgb('999999'), lw=0.5, dash=(2, 2))
    p2.T(x, top, 'お問い合わせ', f='G', s=11, col=RED)
    contacts = [('事務系', '人事委員会事務局', '任用調査課', '熊本市役所本庁舎10階', '096-328-2727', 'ninyou@city.kumamoto.lg.jp'),
                ('技術系', '総務局 行政管理部', '人事課 人材育成班', '熊本市役所本庁舎7階', '096-328-2035', 'jinjika@city.kumamoto.lg.jp')]
    y = top + 24; cts = []
    for tk, off1, off2, loc, tel, mail in contacts:
        p2.T(x, y, f'［{tk}］', f='G', s=8, col=RED)
        p2.T(x, y + 13, off1, f='G', s=7.6)
        p2.T(x, y + 25, off2, f='G', s=7.6)
        for l in wrap(loc, 'M', 7.2, w): p2.T(x, y + 38, l, f='M', s=7.2); y += 11
        p2.T(x, y + 38, '☎' + tel, f='M', s=7.4)
        m1, m2 = mail.split('@')
        p2.T(x, y + 50, m1, f='M', s=7.2); p2.T(x, y + 60, '@' + m2, f='M', s=7.2)
        if sw('@' + m2, 'M', 7.2) > w: raise Fail('flap overflow')
        cts.append({'track': tk, 'office': off1 + ' ' + off2, 'location': loc, 'tel': [tel], 'email': [mail]})
        y += 84
    p2.T(x, y, '受付 平日8:30～17:15', f='M', s=7)
    # access: map with numbered stations + legend
    my = 540
    heading(p2, X0, my, 'アクセス', RED, 'ACCESS', X1 - X0)
    addr = '〒860-8601 熊本市中央区手取本町1-1 熊本市役所'
    p2.T(X0, my + 20, addr, f='G', s=8.6)
    mx0, mx1, mty, mby = X0, X0 + 260, my + 32, my + 232
    p2.rect(mx0, mty, mx1 - mx0, mby - mty, fill=rgb('eef1e8'), stroke=rgb('999999'))
    # river + roads + tram
    p2.poly([(mx0, mty + 150), (mx0 + 80, mty + 130), (mx0 + 160, mty + 150), (mx1, mty + 120)], stroke=rgb('7fb0e0'), lw=6, closed=False)
    p2.line(mx0 + 10, mty + 60, mx1 - 10, mty + 60, col=rgb('888888'), lw=1.5, dash=(5, 2))
    p2.line(mx0 + 130, mty + 10, mx0 + 130, mby - 10, col=rgb('bbbbbb'), lw=3)
    p2.rect(mx0 + 150, mty + 70, 34, 24, fill=RED)          # city hall
    p2.t(mx0 + 167, mty + 104, '市役所', f='G', s=7.5, align='c')
    p2.rect(mx0 + 30, mty + 18, 46, 28, fill=rgb('c9c3b0'))
    p2.t(mx0 + 53, mty + 35, '熊本城', f='G', s=7.5, align='c')
    p2.t(mx0 + 200, mty + 145, '白川', f='G', s=7, col=rgb('3c70a8'))
    p2.t(mx1 - 44, mty + 56, '市電', f='G', s=7, col=rgb('666666'))
    stations = [(mx0 + 150, mty + 60, '1'), (mx0 + 60, mty + 180, '2'), (mx0 + 110, mty + 100, '3')]
    for sx, sy_, num in stations:
        p2.circle(sx, sy_, 7, fill=NAVY)
        p2.t(sx, sy_ + 3, num, f='G', s=8, col=white, align='c')
    for l in ('熊本城', '市電', '1', '3', '市役所', '白川', '2'): p2.ln(l)   # map labels by baseline, top to bottom
    lx = mx1 + 16; lw_ = X1 - lx
    p2.T(lx, mty + 10, '地図の番号と交通機関', f='G', s=8.6, col=NAVY)
    routes = ['熊本市電『熊本城・市役所前』電停から徒歩約1分', 'JR鹿児島本線『熊本』駅から市電で約15分',
              '『熊本桜町バスターミナル』から徒歩約7分']
    y = mty + 30
    for k, rt in enumerate(routes, 1):
        p2.circle(lx + 6, y - 3, 6, fill=NAVY)
        p2.t(lx + 6, y, str(k), f='G', s=7.5, col=white, align='c')
        ls = wrap(rt, 'M', 8, lw_ - 18)
        p2.t(lx + 18, y, ls[0], f='M', s=8); p2.ln(str(k), ls[0], sep=' ')
        for l in ls[1:]:
            y += 12.5; p2.T(lx + 18, y, l, f='M', s=8)
        y += 22
    pnote = '※ 駐車場には限りがあります。公共交通機関をご利用ください。'
    if sw(pnote, 'M', 7) > lw_: raise Fail('parking note overflow')
    p2.T(lx, y + 4, pnote, f='M', s=7)
    facts = base_facts(name, '熊本市', '職員採用ガイド', 2026, '2026-03', '2026年（令和8年）3月')
    facts['hiring'] = {'intro': [intro], 'note': notes, 'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                       'layout': 'LINE CHART only: three series (合計 / 事務系 / 技術系), each point labelled count（women）, planned point hollow on a dashed segment, years on the x axis',
                       'rows': hiring_rows(data, lambda fy: f'{fy}年度', lambda fy, p: f'{fy}年度' + ('（予定）' if p else ''),
                                           lambda c, w_: f'{c}' + (f'（{w_}）' if w_ is not None else ''), False)}
    facts['exams'] = {'title': etitle, 'fiscalYear': 2026, 'textSynthesised': True,
                      'layout': 'table 区分 | 職種 | 予定数, exam level in a line above it', 'entries': entries}
    facts['contacts'] = cts
    facts['access'] = {'address': addr, 'routes': routes}
    facts['assignments'] = {'cohortFiscalYear': 2025, 'intro': aintro, 'tracks': {'admin': '事務職', 'tech': '技術職'},
                            'layout': 'striped table, 〇名 and －', 'rows': arows, 'totals': {'admin': 102, 'tech': 53}}
    facts['lead'] = {'title': lead_title, 'text': lead}
    facts['initiatives'] = [{'title': a, 'text': b} for a, b in inits]
    facts['supportTitle'] = stitle
    facts['supportSystems'] = [{'name': n, 'duration': d, 'text': tx} for n, d, tx in sup]
    facts['training'] = {'title': '人材育成', 'paragraphs': train}
    return name, [p1, p2], facts


# ======================================================================= JOGMEC
def jogmec():
    name = 'jogmec-2026'
    BLUE, TEAL, LIGHT, GOLD = rgb('0b3b73'), rgb('0f8a8a'), rgb('e6eef7'), rgb('c8102e')
    p1, p2 = Page(name), Page(name)
    X0, X1 = 40, W - 40
    p1.rect(0, 0, W, 100, fill=BLUE)
    p1.rect(0, 100, W, 3, fill=TEAL)
    p1.T(X0, 26, '独立行政法人', f='G', s=9, col=white)
    p1.T(X0, 54, 'エネルギー・金属鉱物資源機構', f='G', s=22, col=white)
    p1.T(X0, 72, 'Japan Organization for Metals and Energy Security（JOGMEC）', f='G', s=7.5, col=white)
    p1.T(X0, 91, '職員採用案内　総合職（事務系・技術系）', f='G', s=11, col=white)
    p1.T(X1, 91, '令和八年四月発行', f='M', s=8.5, col=white, align='r')
    lead_title = '資源とエネルギーの安定供給を、世界の現場から。'
    lead = ['JOGMECは、石油・天然ガス、金属鉱物、石炭・地熱の探査と開発への支援、国家備蓄の管理、鉱害防止などを担う独立行政法人です。',
            '事務系・技術系の職員が、本部と国内外の事務所で、資源の安定供給と脱炭素に向けた事業に取り組んでいます。']
    p1.T(X0, 126, lead_title, f='G', s=13.5, col=BLUE)
    y = 147
    for ptxt in lead: y = p1.para(X0, y, X1 - X0, ptxt, s=9, lead=14) + 3
    # ---- hiring: two-colour table, planned row marked only by ★ (legend), footnote marker ※1 in a cell
    hy = 214; hw = 272
    heading(p1, X0, hy, '採用実績', BLUE, None, hw)
    intro = '総合職の採用者数（人）　赤字はうち女性の数'
    p1.T(X0, hy + 20, intro, f='M', s=8)
    data = [(2021, 14, 6, 12, 3), (2022, 15, 7, 13, 3), (2023, 16, 8, 15, 4),
            (2024, 18, 9, 14, 4), (2025, 17, 8, 16, 5), (2026, 18, None, 17, None)]
    cw = [68, 68, 68, 68]; xs = [X0]
    for w_ in cw: xs.append(xs[-1] + w_)
    y = hy + 30; rh = 17
    p1.rect(X0, y, hw, rh, fill=LIGHT)
    hdr = ['年度', '事務系', '技術系', '合計']
    for k, hd in enumerate(hdr):
        p1.t((xs[k] + xs[k + 1]) / 2, y + 12, hd, f='G', s=8.5, col=BLUE, align='c', box=(xs[k], xs[k + 1]))
    p1.ln(*hdr); y += rh
    p1.line(X0, y, X0 + hw, y, col=BLUE, lw=1)
    marks = {(2023, 1): '※1'}
    for i, (fy, a, aw, t, tw) in enumerate(data):
        planned = i == len(data) - 1
        lab = f'R{fy - 2018}年度' + ('★' if planned else '')
        cells = [lab]
        p1.t(xs[0] + 8, y + 12, lab, f='G', s=8.5, box=(xs[0], xs[1]))
        for k, (c, w_) in enumerate(((a, aw), (t, tw), (a + t, None if planned else aw + tw))):
            cx = xs[k + 1] + cw[k + 1] / 2 + 1
            cs = f'{c}'; ws = '' if w_ is None else f'（{w_}）'
            mk = marks.get((fy, k + 1), '')
            p1.t(cx, y + 12, cs, f='G', s=9, align='r')
            if ws: p1.t(cx, y + 12, ws, f='G', s=8, col=GOLD)
            if mk: p1.t(cx + sw(ws, 'G', 8), y + 8, mk, f='G', s=5.5)
            if cx + sw(ws, 'G', 8) + sw(mk, 'G', 5.5) > xs[k + 2] - 1 or cx - sw(cs, 'G', 9) < xs[k + 1]: raise Fail('cell overflow')
            cells.append(cs + ws + mk)
        p1.ln(*cells)
        y += rh
        p1.line(X0, y, X0 + hw, y, col=rgb('b0c0d8'), lw=0.4)
    p1.line(X0, y, X0 + hw, y, col=BLUE, lw=1)
    legend = '★…採用予定数（女性の内訳は未定）'
    p1.T(X0 + hw, y + 12, legend, f='M', s=7.5, align='r')
    # ---- training staircase (right column)
    tx0 = X0 + hw + 24; tw_ = X1 - tx0
    ttitle = 'キャリアパスと研修'
    heading(p1, tx0, hy, ttitle, BLUE, 'CAREER', tw_)
    steps = [('1～3年目', '本部で基礎を学ぶ'), ('4～6年目', '海外・国内の事務所へ'),
             ('7～10年目', '出向・留学で専門性を磨く'), ('11年目～', 'プロジェクトを率いる')]
    sw_ = tw_ / 4; base = hy + 222
    train = []
    for k, (yr, tx) in enumerate(steps):
        sx = tx0 + k * sw_; top = base - 64 - k * 30
        p1.rect(sx + 1, top, sw_ - 2, base - top, fill=LIGHT if k % 2 == 0 else rgb('d3e2f1'))
        p1.rect(sx + 1, top, sw_ - 2, 4, fill=TEAL)
        p1.T(sx + 5, top + 17, yr, f='G', s=8.4, col=BLUE)
        yy = top + 31
        for l in wrap(tx, 'M', 7.6, sw_ - 10):
            p1.T(sx + 5, yy, l, f='M', s=7.6); yy += 11.5
        if yy > base: raise Fail('step overflow')
        train.append(f'{yr} {tx}')
    
    tnote = '新人研修、語学研修、資源国への短期派遣研修のほか、大学院留学制度があります。'
    yy = base + 14
    for l in wrap(tnote, 'M', 7.8, tw_): p1.T(tx0, yy, l, f='M', s=7.8); yy += 12
    # ---- org chart with assignment counts
    oy = 460
    heading(p1, X0, oy, '配属実績', BLUE, 'ORGANIZATION', X1 - X0)
    aintro = '令和7年度入構者（事務系17名・技術系16名）の配属先　※組織図の一部'
    p1.T(X0, oy + 20, aintro, f='M', s=8)
    units = [('総務部', 3, 0), ('財務部', 2, 0), ('経営企画部', 3, 1), ('石油・天然ガス事業本部', 3, 4),
             ('金属資源事業本部', 2, 4), ('石炭・地熱事業本部', 1, 3), ('備蓄事業本部', 2, 2), ('鉱害防止事業部', 1, 2)]
    top_y = oy + 34
    cxm = (X0 + X1) / 2
    p1.rect(cxm - 50, top_y, 100, 22, fill=BLUE, r=3)
    p1.T(cxm, top_y + 15, '理事長', f='G', s=9.5, col=white, align='c')
    bw, bh, gap = 120, 40, (X1 - X0 - 4 * 120) / 3
    rows_y = [top_y + 62, top_y + 132]
    p1.line(cxm, top_y + 22, cxm, rows_y[1] - 14, col=BLUE, lw=0.9)
    arows = []
    for r in range(2):
        busy = rows_y[r] - 14
        c0 = X0 + bw / 2; c3 = X0 + 3 * (bw + gap) + bw / 2
        p1.line(c0, busy, c3, busy, col=BLUE, lw=0.9)
        for k in range(4):
            u, a, t = units[r * 4 + k]
            bx = X0 + k * (bw + gap)
            p1.line(bx + bw / 2, busy, bx + bw / 2, rows_y[r], col=BLUE, lw=0.9)
            p1.rect(bx, rows_y[r], bw, bh, fill=white, stroke=BLUE, lw=0.9)
            p1.rect(bx, rows_y[r], bw, 17, fill=LIGHT)
            un = u + ('※2' if u == '備蓄事業本部' else '')
            p1.t(bx + bw / 2, rows_y[r] + 12.5, un, f='G', s=8.2, align='c', box=(bx + 2, bx + bw - 2))
            cnt = f'事務 {a}　技術 {t}' if t else f'事務 {a}　技術 －'
            p1.t(bx + bw / 2, rows_y[r] + 32, cnt, f='M', s=8.2, col=BLUE, align='c', box=(bx + 2, bx + bw - 2))
            arows.append({'unit': u, 'admin': a or None, 'tech': t or None})
        for k in range(4):
            u, a, t = units[r * 4 + k]
            p1.ln(u + ('※2' if u == '備蓄事業本部' else ''))
            p1.ln(f'事務 {a}　技術 {t}' if t else f'事務 {a}　技術 －')
    # footnotes collected at page foot
    fn1 = ['※1 令和5年度の事務系には、年度途中の入構者2名を含みます。',
           '※2 備蓄事業本部の配属者は、入構2年目から国家石油備蓄基地（全国10か所）の事務所に勤務します。']
    p1.line(X0, 770, X0 + 120, 770, col=black, lw=0.5)
    yy = 784
    for n_ in fn1: p1.T(X0, yy, n_, f='M', s=7.4); yy += 12
    # ================= page 2
    p2.rect(0, 0, W, 10, fill=BLUE)
    ey = 48
    etitle = '令和8年度 総合職採用予定数'
    heading(p2, X0, ey, etitle, BLUE, None, 250)
    ex = '総合職採用（大学卒業程度）'
    p2.T(X0, ey + 20, '試験：' + ex, f='M', s=8)
    exams = [('事務系', [('事務', 15), ('事務（法務・会計）', 3)]),
             ('技術系', [('資源開発工学', 6), ('地質・地球科学', 5), ('機械・電気', 3), ('環境・化学', 3)])]
    ecw = [54, 130, 66]; exs = [X0]
    for w_ in ecw: exs.append(exs[-1] + w_)
    y = ey + 30; rh = 15
    p2.rect(X0, y, 250, rh, fill=LIGHT)
    hdr = ['系統', '職種', '採用予定数']
    for k, hd in enumerate(hdr):
        p2.t((exs[k] + exs[k + 1]) / 2, y + 10.5, hd, f='G', s=8.2, col=BLUE, align='c', box=(exs[k], exs[k + 1]))
    p2.ln(*hdr); y += rh
    entries = []
    for tk, cats in exams:
        p2.line(X0, y, X0 + 250, y, col=BLUE, lw=0.8)
        for r, (cat, cnt) in enumerate(cats):
            mk = '※3' if cat == '資源開発工学' else ''
            cells = [tk if r == 0 else '', cat, f'{cnt}名{mk}']
            if r == 0: p2.t(exs[0] + 6, y + 10.5, tk, f='G', s=8.2, box=(exs[0], exs[1]))
            p2.t(exs[1] + 6, y + 10.5, cat, f='M', s=8.2, box=(exs[1], exs[2]))
            p2.t(exs[3] - 20, y + 10.5, f'{cnt}名', f='M', s=8.2, align='r', box=(exs[2], exs[3]))
            if mk: p2.t(exs[3] - 18, y + 7, mk, f='M', s=5.5, box=(exs[2], exs[3]))
            p2.ln(*cells); y += rh
        entries.append({'track': tk, 'exam': ex, 'text': '・'.join(f'{c}{n}名' for c, n in cats),
                        'breakdown': [{'category': c, 'count': n} for c, n in cats], 'total': sum(n for _, n in cats)})
    p2.line(X0, y, X0 + 250, y, col=BLUE, lw=0.8)
    # initiatives right of the exam table
    ix = X0 + 250 + 24; iw = X1 - ix
    heading(p2, ix, ey, '働き方の取組', BLUE, None, iw)
    inits = [('在宅勤務・モバイルワーク', '週3日まで在宅勤務ができ、海外出張先や国内事業所からのモバイルワークも認めています。'),
             ('フレックスタイム制', '海外との時差に合わせ、始業・終業の時刻を日ごとに選べます。'),
             ('年次休暇の計画取得', '夏季と年末年始に連続休暇を取りやすいよう、部署ごとに計画表を作成しています。')]
    y2 = ey + 22
    for tt, tx in inits:
        p2.T(ix, y2, '◎' + tt, f='G', s=8.6, col=TEAL)
        y2 = p2.para(ix + 10, y2 + 13, iw - 10, tx, s=7.9, lead=12) + 5
    # support
    sy = max(y, y2) + 30
    stitle = '仕事と家庭の両立を支える制度'
    heading(p2, X0, sy, stitle, BLUE, None, X1 - X0)
    sup = [('育児休業', '子が3歳に達するまで', '海外事務所に勤務中の職員も取得できます。'),
           ('育児時間', '子が小学校3年生を修了するまで', '1日2時間まで、勤務時間を短くできます。'),
           ('配偶者同行休業', '最長3年', '配偶者の海外赴任に同行する場合に取得できます。'),
           ('介護休業', '通算93日', '家族1人につき3回まで分割できます。')]
    colw = (X1 - X0 - 14) / 2
    for k, (n, d, tx) in enumerate(sup):
        bx = X0 + (k % 2) * (colw + 14); by = sy + 16 + (k // 2) * 54
        p2.rect(bx, by, colw, 46, fill=LIGHT, r=3)
        p2.t(bx + 8, by + 15, n, f='G', s=9, col=BLUE)
        p2.t(bx + 8 + sw(n, 'G', 9) + 8, by + 15, f'〔{d}〕', f='G', s=7.8)
        p2.ln(n, f'〔{d}〕', sep=' ')
        p2.T(bx + 8, by + 33, tx, f='M', s=7.9)
        if 8 + sw(tx, 'M', 7.9) > colw or 16 + sw(n + f'〔{d}〕', 'G', 9) > colw: raise Fail('support overflow')
    # support boxes are read row by row (left box, right box)
    # contacts + access
    cy = sy + 16 + 2 * 54 + 30
    cw2 = (X1 - X0 - 24) / 2
    heading(p2, X0, cy, '採用に関するお問い合わせ', BLUE, None, cw2)
    contacts = [('事務系', '総務部 人事課 採用担当', '本部 虎ノ門ツインビルディング東棟11階', '03-6758-8040', 'saiyo@jogmec.go.jp'),
                ('技術系', '総務部 人事課 技術人材担当', '本部 虎ノ門ツインビルディング東棟11階', '03-6758-8047', 'gijutsu-saiyo@jogmec.go.jp')]
    y = cy + 22; cts = []
    for tk, off, loc, tel, mail in contacts:
        p2.rect(X0, y - 9, 42, 13, fill=BLUE)
        p2.t(X0 + 21, y + 1, tk, f='G', s=7.8, col=white, align='c')
        p2.t(X0 + 48, y + 1, off, f='G', s=8.2)
        p2.ln(tk, off, sep=' ')
        p2.T(X0 + 48, y + 14, loc, f='M', s=7.8)
        p2.t(X0 + 48, y + 27, f'TEL {tel}', f='M', s=7.8)
        p2.t(X0 + 48 + sw(f'TEL {tel}', 'M', 7.8), y + 24, '※4', f='M', s=5.5)
        p2.ln(f'TEL {tel}※4')
        p2.T(X0 + 48, y + 40, mail, f='M', s=7.8)
        cts.append({'track': tk, 'office': off, 'location': loc, 'tel': [tel], 'email': [mail]})
        y += 58
    ax = X0 + cw2 + 24
    heading(p2, ax, cy, 'アクセス', BLUE, None, cw2)
    addr = '〒105-0001 東京都港区虎ノ門2-10-1 虎ノ門ツインビルディング'
    y = cy + 22
    for l in wrap(addr, 'G', 8.2, cw2): p2.T(ax, y, l, f='G', s=8.2); y += 13
    routes = ['東京メトロ銀座線『虎ノ門』駅 3番出口から徒歩約8分', '東京メトロ日比谷線『虎ノ門ヒルズ』駅から徒歩約5分',
              '東京メトロ南北線『溜池山王』駅 13番出口から徒歩約7分']
    y += 3
    for rt in routes:
        for l in wrap('▶' + rt, 'M', 7.9, cw2): p2.T(ax, y, l, f='M', s=7.9); y += 12.5
    fn2 = ['※3 資源開発工学のうち2名程度は、修士課程修了者の採用を見込んでいます。',
           '※4 受付時間は平日9:30～17:30（12:00～13:00を除く）です。']
    p2.line(X0, 770, X0 + 120, 770, col=black, lw=0.5)
    yy = 784
    for n_ in fn2: p2.T(X0, yy, n_, f='M', s=7.4); yy += 12
    facts = base_facts(name, 'エネルギー・金属鉱物資源機構', '職員採用案内', 2026, '2026-04', '令和八年四月')
    facts['hiring'] = {'intro': [intro], 'note': [legend, fn1[0]], 'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': True,
                       'layout': 'years as rows, counts black and women red in （ ） in the same cell (two colours), the planned row marked ONLY by ★ after the label and a legend under the table, a ※1 marker in one cell whose note is at the page foot',
                       'rows': hiring_rows(data, lambda fy: f'R{fy - 2018}年度', lambda fy, p: f'R{fy - 2018}年度' + ('★' if p else ''),
                                           lambda c, w_: f'{c}' + (f'（{w_}）' if w_ is not None else ''), True)}
    facts['exams'] = {'title': etitle, 'fiscalYear': 2026, 'textSynthesised': True,
                      'layout': 'table 系統 | 職種 | 採用予定数 with a ※3 marker on one count, note at the page foot', 'entries': entries}
    facts['contacts'] = cts
    facts['access'] = {'address': addr, 'routes': routes}
    facts['assignments'] = {'cohortFiscalYear': 2025, 'intro': aintro, 'tracks': {'admin': '事務', 'tech': '技術'},
                            'layout': 'ORGANISATION CHART: 理事長 box, connector bus, two rows of four unit boxes, each box the unit over 事務 n　技術 n', 'rows': arows,
                            'totals': {'admin': 17, 'tech': 16}}
    facts['lead'] = {'title': lead_title, 'text': lead}
    facts['initiatives'] = [{'title': a, 'text': b} for a, b in inits]
    facts['supportTitle'] = stitle
    facts['supportSystems'] = [{'name': n, 'duration': d, 'text': tx} for n, d, tx in sup]
    facts['training'] = {'title': ttitle, 'paragraphs': train + [tnote]}
    return name, [p1, p2], facts



def main(argv):
    os.makedirs(OUT, exist_ok=True)
    names = {'saitama-2026': saitama}
    names.update({n: f for n, f in EXTRA.items()})
    want = argv or sorted(names)
    for i, n in enumerate(sorted(names)):
        if n not in want: continue
        name, pages, facts = names[n]()
        text = render(name, pages, 2300 + i)
        facts = finish(facts)
        verify_facts(facts, text)
        with open(os.path.join(OUT, name + '.facts.json'), 'w') as fh:
            json.dump(facts, fh, ensure_ascii=False, indent=2); fh.write('\n')
        print('wrote', name)


EXTRA = {'kumamoto-2026': kumamoto, 'jogmec-2026': jogmec}

if __name__ == '__main__':
    main(sys.argv[1:])
