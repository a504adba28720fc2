#!/usr/bin/env python3
"""Holdout set 9 (blind): three 2-page brochures for スポーツ庁, 消防庁 and 中小企業庁.

Self-contained: a tiny page model (absolute text items, graphics), line breaking, ruled tables with
row spans, checks, and a seeded shuffled drawing order. Writes Fixtures/holdout9/NAME.{pdf,expected.txt,
facts.json}.
  usage: python3 Fixtures/generate_holdout9.py [NAME ...]
"""
import json, os, random, sys, unicodedata
from collections import Counter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color, white, black

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout9')
pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
A4 = (595.28, 841.89)


def rgb(h):
    return Color(int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)


GREY = rgb('555555')
NOSTART = set('、。，．）」』】％%:：・ー')


class Fail(Exception):
    pass


class Page:
    def __init__(self, size=A4):
        self.w, self.h = size
        self.items = []   # (x, y, text, font, size, color, mode, skew)
        self.gfx = []     # callables on canvas
        self.exp = []     # expected lines

    def width(self, s, font='M', size=9):
        return pdfmetrics.stringWidth(s, font, size)

    def text(self, x, y, s, font='M', size=9, color=black, mode=0, skew=0.0, align='l'):
        """y is from the TOP of the page (baseline)."""
        w = self.width(s, font, size)
        if align == 'r': x -= w
        elif align == 'c': x -= w / 2
        self.items.append((x, y, s, font, size, color, mode, skew))
        return w

    def line(self, s):
        self.exp.append(s)

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5, radius=0):
        def f(c, x=x, y=y, w=w, h=h):
            c.saveState(); c.setLineWidth(lw)
            if fill is not None: c.setFillColor(fill)
            if stroke is not None: c.setStrokeColor(stroke)
            if radius: c.roundRect(x, self.h - y - h, w, h, radius, stroke=int(stroke is not None), fill=int(fill is not None))
            else: c.rect(x, self.h - y - h, w, h, stroke=int(stroke is not None), fill=int(fill is not None))
            c.restoreState()
        self.gfx.append(f)

    def circle(self, cx, cy, r, fill=None, stroke=None, lw=0.6):
        def f(c):
            c.saveState(); c.setLineWidth(lw)
            if fill is not None: c.setFillColor(fill)
            if stroke is not None: c.setStrokeColor(stroke)
            c.circle(cx, self.h - cy, r, stroke=int(stroke is not None), fill=int(fill is not None))
            c.restoreState()
        self.gfx.append(f)

    def hline(self, x0, x1, y, color=black, lw=0.5, dash=None):
        def f(c):
            c.saveState(); c.setStrokeColor(color); c.setLineWidth(lw)
            if dash: c.setDash(*dash)
            c.line(x0, self.h - y, x1, self.h - y); c.restoreState()
        self.gfx.append(f)

    def vline(self, x, y0, y1, color=black, lw=0.5):
        def f(c):
            c.saveState(); c.setStrokeColor(color); c.setLineWidth(lw)
            c.line(x, self.h - y0, x, self.h - y1); c.restoreState()
        self.gfx.append(f)

    # ---- helpers
    def wrap(self, s, width, font='M', size=9):
        toks, i = [], 0
        while i < len(s):
            if s[i].isascii() and s[i].isalnum():
                j = i
                while j < len(s) and s[j].isascii() and (s[j].isalnum() or s[j] in '.-@_'): j += 1
                toks.append(s[i:j]); i = j
            else:
                toks.append(s[i]); i += 1
        lines, cur = [], ''
        for t in toks:
            if cur and self.width(cur + t, font, size) > width:
                if t[0] in NOSTART:
                    t = cur[-1] + t; cur = cur[:-1]
                lines.append(cur); cur = t
            else:
                cur += t
        if cur: lines.append(cur)
        for ln in lines:
            if self.width(ln, font, size) > width + 0.01: raise Fail(f'wrap overflow: {ln}')
        return lines

    def para(self, x, y, s, width, font='M', size=9, lead=None, color=black, indent_first=False):
        lead = lead or size * 1.6
        for ln in self.wrap(s, width, font, size):
            self.text(x, y, ln, font, size, color); self.line(ln); y += lead
        return y

    def table(self, x, y, colw, rows, rowh=15, font='M', size=8, header=1, head_fill=None, grid=True,
              align=None, fills=None, styles=None, hrules=False, head_font='G', head_color=black):
        """rows: list of lists; a cell is str, list of str (lines), None (covered by a span above) or
        dict(t=..., rs=n). Appends one expected line per row. styles[(r,c)] = dict(color, skew, font)."""
        align = align or ['l'] * len(colw)
        fills = fills or {}
        styles = styles or {}
        tw = sum(colw)
        heights = [rowh * max(1, max((len(c['t']) if isinstance(c, dict) and isinstance(c['t'], list) else (len(c) if isinstance(c, list) else 1)) for c in r if c is not None) if any(c is not None for c in r) else 1) for r in rows]
        ys = [y]
        for hh in heights: ys.append(ys[-1] + hh)
        for r, fill in fills.items():
            self.rect(x, ys[r], tw, heights[r], fill=fill)
        if head_fill is not None:
            for r in range(header): self.rect(x, ys[r], tw, heights[r], fill=head_fill)
        for ri, row in enumerate(rows):
            cells = []
            cx = x
            for ci, cell in enumerate(row):
                w = colw[ci]
                if cell is None:
                    cells.append(''); cx += w; continue
                rs = 1
                if isinstance(cell, dict):
                    rs = cell.get('rs', 1); cell = cell['t']
                lines = cell if isinstance(cell, list) else ([cell] if cell else [])
                cells.append(''.join(lines))
                top, bot = ys[ri], ys[ri + rs]
                st = styles.get((ri, ci), {})
                f = st.get('font', head_font if ri < header else font)
                col = st.get('color', head_color if ri < header else black)
                n = len(lines)
                y0 = (top + bot) / 2 - n * size * 1.25 / 2 + size * 0.95
                for k, ln in enumerate(lines):
                    lw = self.width(ln, f, size)
                    if lw + 6 > w + 0.01: raise Fail(f'cell overflow: {ln!r} {lw:.1f} > {w - 6:.1f}')
                    a = align[ci] if ri >= header else 'c'
                    tx = cx + 3 if a == 'l' else (cx + w - 3 if a == 'r' else cx + w / 2)
                    self.text(tx, y0 + k * size * 1.25, ln, f, size, col, skew=st.get('skew', 0.0), align=a)
                cx += w
            self.line('\t'.join(cells))
        if grid:
            self.rect(x, y, tw, ys[-1] - y, stroke=black, lw=0.6)
            for ri, row in enumerate(rows[1:], 1):
                # horizontal rule: skip under spanned cells
                cx = x
                for ci, cell in enumerate(row):
                    if cell is not None: self.hline(cx, cx + colw[ci], ys[ri], lw=0.4)
                    cx += colw[ci]
            cx = x
            for w in colw[:-1]:
                cx += w; self.vline(cx, y, ys[-1], lw=0.4)
        if hrules:
            self.hline(x, x + tw, y, lw=1.0); self.hline(x, x + tw, ys[header], lw=0.5); self.hline(x, x + tw, ys[-1], lw=1.0)
        return ys[-1]


def bbox(it):
    x, y, s, font, size, color, mode, skew = it
    w = pdfmetrics.stringWidth(s, font, size)
    return (x - 0.2, y - size * 0.86, x + w + skew * size * 0.9 + 0.2, y + size * 0.14)


def norm_ws(s):
    return ''.join(s.split())


def check(name, pages, facts, planned_marks=True):
    face = {f: pdfmetrics.getFont(f).face for f in ('G', 'M')}
    for pi, pg in enumerate(pages, 1):
        boxes = []
        for it in pg.items:
            for ch in it[2]:
                if ch != ' ' and ord(ch) not in face[it[3]].charToGlyph: raise Fail(f'{name} p{pi}: glyph {ch!r} missing in {it[3]}')
            b = bbox(it)
            if b[0] < 14 or b[2] > pg.w - 14 or b[1] < 14 or b[3] > pg.h - 14: raise Fail(f'{name} p{pi}: off page {it[2]!r}')
            boxes.append((b, it[2]))
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i][0], boxes[j][0]
                if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                    raise Fail(f'{name} p{pi}: overlap {boxes[i][1]!r} / {boxes[j][1]!r}')
        drawn = Counter(''.join(norm_ws(it[2]) for it in pg.items))
        want = Counter(''.join(norm_ws(l) for l in pg.exp))
        if drawn != want: raise Fail(f'{name} p{pi}: drawn/expected differ: +{drawn - want} -{want - drawn}')
    # numbers
    h = facts['hiring']['rows']
    for r in h:
        t, a, k = r['total'], r['admin'], r['tech']
        if t['count'] != a['count'] + k['count']: raise Fail(f'{name}: heads {r["label"]}')
        if t['women'] is not None:
            if t['women'] != a['women'] + k['women']: raise Fail(f'{name}: women {r["label"]}')
            for c in (t, a, k):
                if c['women'] > c['count']: raise Fail(f'{name}: women > heads')
    asg = facts['assignments']
    cohort = [r for r in h if r['fiscalYear'] == asg['cohortFiscalYear']][0]
    last_actual = max(r['fiscalYear'] for r in h if not r['planned'])
    if asg['cohortFiscalYear'] != last_actual: raise Fail(f'{name}: cohort not last actual')
    sa = sum(r['admin'] or 0 for r in asg['rows']); st = sum(r['tech'] or 0 for r in asg['rows'])
    if (sa, st) != (cohort['admin']['count'], cohort['tech']['count']) or (sa, st) != (asg['totals']['admin'], asg['totals']['tech']):
        raise Fail(f'{name}: assignment sums {sa},{st}')
    planned = [r for r in h if r['planned']][0]
    ex = facts['exams']
    if not (ex['fiscalYear'] == planned['fiscalYear'] == facts['edition']['year']): raise Fail(f'{name}: exam year')
    for trk, key in (('事務系', 'admin'), ('技術系', 'tech')):
        s = sum(b['count'] for e in ex['entries'] if e['track'] == trk for b in e['breakdown'])
        if s != planned[key]['count']: raise Fail(f'{name}: exam sum {trk} {s}')
        for e in ex['entries']:
            if sum(b['count'] for b in e['breakdown']) != e['total']: raise Fail(f'{name}: exam entry total')
    # fact strings printed
    alltext = norm_ws(''.join(''.join(p.exp) for p in pages))
    strings = [facts['organization'], facts['edition']['asOfText'], facts['hiring'].get('note') or '', asg['intro'], ex['title'],
               facts['access']['address'], facts['lead']['title'], facts['supportTitle'], facts['training']['title']]
    strings += facts['lead']['text'] + facts['training']['paragraphs'] + facts['hiring']['intro']
    for r in h:
        strings.append(r['label'])
        for c in ('total', 'admin', 'tech'):
            if not facts['hiring'].get('textSynthesised'): strings.append(r[c]['text'])
            strings.append(r[c].get('womenShare') or '')
    # A unit may be printed as its group cell (部) and its row (課): each part is checked.
    for r in asg['rows']: strings += r.get('unitParts') or [r['unit']]
    for e in ex['entries']:
        strings += [e['exam'], e['text']] + [b['category'] for b in e['breakdown']]
    for c in facts['contacts']: strings += [c['track'], c['office'], c['location']] + c['tel'] + c['email']
    strings += facts['access']['routes']
    for i in facts['initiatives']: strings += [i['title'], i['text']]
    for s in facts['supportSystems']: strings += [s['name'], s['text'], s.get('duration') or '']
    for s in strings:
        if norm_ws(s) not in alltext: raise Fail(f'{name}: fact string not printed: {s!r}')


def write(name, pages, facts, seed):
    check(name, pages, facts)
    os.makedirs(OUT, exist_ok=True)
    c = canvas.Canvas(os.path.join(OUT, name + '.pdf'), pagesize=(pages[0].w, pages[0].h), invariant=1)
    c.setTitle(facts['organization'] + ' ' + facts['document'])
    rnd = random.Random(seed)
    for pg in pages:
        c.setPageSize((pg.w, pg.h))
        for g in pg.gfx: g(c)
        items = list(pg.items); rnd.shuffle(items)
        for (x, y, s, font, size, color, mode, skew) in items:
            c.saveState()
            t = c.beginText()
            t.setFont(font, size)
            t.setFillColor(color); t.setStrokeColor(color)
            t.setTextRenderMode(mode)
            if skew: t.setTextTransform(1, 0, skew, 1, x, pg.h - y)
            else: t.setTextOrigin(x, pg.h - y)
            t.textOut(s)
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()
    with open(os.path.join(OUT, name + '.expected.txt'), 'w') as f:
        f.write('\n\f\n'.join('\n'.join(p.exp) for p in pages) + '\n')
    with open(os.path.join(OUT, name + '.facts.json'), 'w') as f:
        json.dump(facts, f, ensure_ascii=False, indent=2); f.write('\n')
    print('wrote', name)


def cnt(count, women, text, **kw):
    d = {'count': count, 'women': women, 'text': text}; d.update(kw); return d


def hrow(fy, label, labelText, planned, total, admin, tech):
    return {'fiscalYear': fy, 'label': label, 'labelText': labelText, 'planned': planned,
            'total': total, 'admin': admin, 'tech': tech}


# ------------------------------------------------------------------ スポーツ庁
def badge(pg, x, y, num, title, dark):
    """White number in a dark circle + white title on a dark pill: one line."""
    pg.circle(x + 9, y - 3.8, 10.5, fill=dark)
    pg.text(x + 9, y, num, 'G', 11, white, align='c')
    tw = pg.width(title, 'G', 11)
    pg.rect(x + 23, y - 14, tw + 18, 20, fill=dark, radius=10)
    pg.text(x + 32, y, title, 'G', 11, white)
    pg.line(f'{num} {title}')


def sports():
    name = 'sports-2025'
    navy = rgb('1d2f5e'); red = rgb('c8102e')
    years = [
        (2021, '令和3年度', (8, 3), (2, 1)),
        (2022, '令和4年度', (9, 4), (1, 0)),
        (2023, '令和5年度', (7, 3), (2, 1)),
        (2024, '令和6年度', (10, 5), (2, 1)),
        (2025, '令和7年度', (9, 4), (2, 1)),
    ]
    rows = []
    for fy, lab, a, t in years:
        tot = (a[0] + t[0], a[1] + t[1])
        mk = lambda v: cnt(v[0], v[1], f'{v[0]}人（{v[1]}人）')
        rows.append(hrow(fy, lab, lab, fy == 2025, mk(tot), mk(a), mk(t)))
    asg_rows = [('政策課', 2, None), ('健康スポーツ課', 2, None), ('地域スポーツ課', 1, None),
                ('競技スポーツ課', 2, 1), ('参事官（国際担当）', 1, None), ('参事官（地域振興担当）', 2, 1)]
    exam_sentence = ('令和7年度の採用予定者（11名）は、事務系が大卒程度試験の法律区分から4名、経済区分から2名、'
                     '教養区分から1名、院卒程度試験の行政区分から2名、技術系が大卒程度試験の工学区分から1名、'
                     '院卒程度試験の人間科学区分から1名の予定です。')
    exams = [
        ('事務系', '大卒程度試験', '法律区分から4名、経済区分から2名、教養区分から1名', [('法律', 4), ('経済', 2), ('教養', 1)]),
        ('事務系', '院卒程度試験', '行政区分から2名', [('行政', 2)]),
        ('技術系', '大卒程度試験', '工学区分から1名', [('工学', 1)]),
        ('技術系', '院卒程度試験', '人間科学区分から1名', [('人間科学', 1)]),
    ]
    lead_title = 'スポーツの力で、社会を元気に。'
    lead = ('スポーツ庁は、国民の誰もが生涯にわたってスポーツに親しめる社会をめざし、健康づくり、地域の活性化、'
            '国際競技力の向上、スポーツ産業の成長まで幅広い政策を担っています。学校、自治体、競技団体、企業など'
            '多くの関係者と向き合い、前例のない課題に挑む仕事です。')
    training = ['入庁後は文部科学省と合同の初任研修で行政の基礎を学び、その後は配属先でのOJTを中心に実務を身につけます。',
                '入庁5年目前後には、自治体や競技団体への出向、海外の大学院への留学など、現場と世界を知る機会があります。']
    inits = [('現場に出る政策づくり', '全国の総合型地域スポーツクラブや学校を訪ね、現場の声を施策に生かしています。'),
             ('フレックスタイム制', '始業・終業の時刻を職員が選べ、子の送迎や通院にあわせた勤務ができます。'),
             ('テレワーク', '貸与パソコンで自宅から業務システムに接続でき、月10日程度まで在宅勤務が可能です。')]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得でき、昨年度は男性職員の取得率が8割を超えました。'),
                ('配偶者出産休暇', '2日以内', '配偶者の出産に伴う入退院の付添いなどに使えます。'),
                ('子の看護休暇', '年5日', '子が2人以上の場合は年10日まで取得できます。'),
                ('介護休暇', '通算6月まで', '要介護の家族1人につき、3回まで分割して取得できます。')]
    contacts = [('総合職事務系', '政策課 人事係', '中央合同庁舎7号館東館13階', '03-5253-4111（内線3271）', 'sports-jinji@mext.go.jp'),
                ('総合職技術系', '健康スポーツ課 企画係', '中央合同庁舎7号館東館13階', '03-5253-4111（内線2684）', 'sports-gijutsu@mext.go.jp')]
    address = '〒100-8959 東京都千代田区霞が関3-2-2 中央合同庁舎7号館東館'
    routes = ['東京メトロ銀座線『虎ノ門』駅 11番出口 直結',
              '東京メトロ丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A13出口 徒歩約5分',
              '東京メトロ南北線『溜池山王』駅 9番出口 徒歩約6分']
    note = '※網掛けは予定（令和7年4月1日現在の採用予定数）'
    asg_intro = '令和6年度採用者の配属先（令和7年4月1日現在）'
    exam_title = '令和7年度採用予定者の試験区分'

    p1, p2 = Page(), Page()
    # --- page 1
    p1.rect(0, 0, A4[0], 100, fill=navy)
    p1.rect(0, 100, A4[0], 4, fill=red)
    p1.text(40, 46, 'スポーツ庁', 'G', 26, white); p1.line('スポーツ庁')
    p1.text(40, 68, 'Japan Sports Agency', 'G', 11, white); p1.line('Japan Sports Agency')
    p1.text(40, 88, '総合職採用パンフレット 2025', 'G', 12, white); p1.line('総合職採用パンフレット 2025')
    p1.text(555, 122, '令和７年４月', 'M', 9, align='r'); p1.line('令和７年４月')
    p1.text(40, 150, lead_title, 'G', 14, navy); p1.line(lead_title)
    y = p1.para(40, 172, lead, 515, 'M', 9.5, 15.5)
    top = y + 22
    # left column: hiring + exam sentence
    x0 = 40
    badge(p1, x0, top, '1', '採用実績', navy)
    intro = '総合職（事務系・技術系）の採用者数'
    p1.text(x0, top + 24, intro, 'M', 8.5); p1.line(intro)
    trs = [['年度', '区分', '採用者数', 'うち女性']]
    fills, styles = {}, {}
    for r in rows:
        base = len(trs)
        trs.append([{'t': r['label'], 'rs': 3}, '事務系', f"{r['admin']['count']}人", f"{r['admin']['women']}人"])
        trs.append([None, '技術系', f"{r['tech']['count']}人", f"{r['tech']['women']}人"])
        trs.append([None, '計', f"{r['total']['count']}人", f"{r['total']['women']}人"])
        if r['planned']:
            for k in range(3): fills[base + k] = rgb('d9d9d9')
    yb = p1.table(x0, top + 32, [72, 56, 70, 70], trs, rowh=14, size=8.5, head_fill=rgb('e4e8f2'),
                  align=['c', 'c', 'r', 'r'], fills=fills)
    p1.text(x0, yb + 14, note, 'M', 7.5); p1.line(note)
    y = yb + 46
    badge(p1, x0, y, '3', '試験区分', navy)
    p1.text(x0, y + 24, exam_title, 'G', 9); p1.line(exam_title)
    yl = p1.para(x0, y + 42, exam_sentence, 268, 'M', 8.8, 14.5)
    # right column: assignments + training
    x1 = 328
    p1.vline(316, top - 16, max(yl, 700) - 4, color=rgb('b0b8cc'), lw=0.5)
    badge(p1, x1, top, '2', '配属先', navy)
    p1.text(x1, top + 24, asg_intro, 'M', 8.5); p1.line(asg_intro)
    ars = [['配属先', '事務系', '技術系']] + [[u, str(a) if a else '', str(t) if t else ''] for u, a, t in asg_rows]
    yb = p1.table(x1, top + 32, [123, 52, 52], ars, rowh=16, size=8.5, grid=False, hrules=True,
                  align=['l', 'r', 'r'])
    p1.text(x1 + 227, yb + 12, '（単位：人）', 'M', 7.5, align='r'); p1.line('（単位：人）')
    y = yb + 46
    badge(p1, x1, y, '4', '研修制度', navy)
    y += 26
    for para in training:
        y = p1.para(x1, y, para, 227, 'M', 8.8, 14.5) + 4
    p1.rect(x1, y + 6, 227, 110, fill=rgb('eef0f5'))
    cap = '写真：地域スポーツクラブの視察'
    p1.text(x1 + 113, y + 66, 'PHOTO', 'G', 10, rgb('8890a8'), align='c'); p1.line('PHOTO')
    p1.text(x1, y + 130, cap, 'M', 7.5, GREY); p1.line(cap)
    # --- page 2
    p2.hline(40, 555, 36, navy, 1.2)
    badge(p2, 40, 66, '5', '働き方', navy)
    bw = 165
    yy = []
    for i, (t, s) in enumerate(inits):
        bx = 40 + i * (bw + 10)
        p2.text(bx + 8, 100, t, 'G', 10, navy); p2.line(t)
        yy.append(p2.para(bx + 8, 118, s, bw - 16, 'M', 8.5, 14))
        p2.rect(bx, 84, bw, 0, stroke=navy)
    hb = max(yy) - 84
    for i in range(3): p2.rect(40 + i * (bw + 10), 84, bw, hb, stroke=navy, lw=0.8)
    y = max(yy) + 34
    badge(p2, 40, y, '6', '両立支援', navy)
    sup_title = '仕事と家庭の両立を支える制度'
    p2.text(40, y + 24, sup_title, 'G', 9.5); p2.line(sup_title)
    cols = [supports[:2], supports[2:]]
    ends = []
    for ci, col in enumerate(cols):
        cx = 40 + ci * 265; cy = y + 46
        for n, d, s in col:
            p2.text(cx, cy, '■' + n, 'G', 9.5, navy); p2.line('■' + n)
            p2.text(cx + 10, cy + 15, '期間：' + d, 'M', 8.5, GREY); p2.line('期間：' + d)
            cy = p2.para(cx + 10, cy + 30, s, 240, 'M', 8.5, 14) + 8
        ends.append(cy)
    y = max(ends) + 24
    badge(p2, 40, y, '7', 'アクセス', navy)
    p2.text(40, y + 26, address, 'M', 9); p2.line(address)
    ry = y + 44
    for r in routes:
        p2.text(40, ry, '・' + r, 'M', 8.5); p2.line('・' + r); ry += 15
    p2.rect(400, y + 14, 155, 96, fill=rgb('eef0f5'), stroke=rgb('b0b8cc'))
    # footer band with contacts
    fy = 690
    p2.rect(0, fy, A4[0], A4[1] - fy, fill=navy)
    p2.text(40, fy + 30, '採用に関するお問い合わせ', 'G', 11, white); p2.line('採用に関するお問い合わせ')
    for ci, (trk, off, loc, tel, mail) in enumerate(contacts):
        cx = 40 + ci * 265; cy = fy + 54
        for ln, f, sz in ((trk, 'G', 9.5), (off, 'M', 8.8), (loc, 'M', 8.8), ('TEL ' + tel, 'M', 8.8), ('E-mail ' + mail, 'M', 8.8)):
            p2.text(cx, cy, ln, f, sz, white); p2.line(ln); cy += 15
    p2.vline(297, fy + 42, fy + 128, white, 0.5)

    facts = {
        'fixture': name, 'organization': 'スポーツ庁', 'document': '総合職採用パンフレット',
        'edition': {'year': 2025, 'asOf': '2025-04', 'asOfText': '令和７年４月'}, 'pages': 2,
        'hiring': {'intro': [intro], 'note': note, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                   'layout': 'years as rows, each year a cell spanning 3 sub-rows 事務系 / 技術系 / 計; columns 年度 | 区分 | 採用者数 | うち女性 (8人 / 3人); planned year marked only by grey shading + legend ※網掛けは予定; count text synthesised 8人（3人）',
                   'textSynthesised': True, 'rows': rows},
        'exams': {'title': exam_title, 'fiscalYear': 2025,
                  'entries': [{'track': t, 'exam': e, 'text': tx, 'breakdown': [{'category': c, 'count': n} for c, n in b],
                               'total': sum(n for _, n in b)} for t, e, tx, b in exams],
                  'layout': 'one running sentence: ' + exam_sentence},
        'contacts': [{'track': t, 'office': o, 'location': l, 'tel': [p], 'email': [m]} for t, o, l, p, m in contacts],
        'access': {'address': address, 'routes': routes},
        'assignments': {'cohortFiscalYear': 2024, 'intro': asg_intro, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in asg_rows],
                        'totals': {'admin': 10, 'tech': 2}},
        'lead': {'title': lead_title, 'text': [lead]},
        'initiativesIntro': None,
        'initiatives': [{'title': t, 'text': s} for t, s in inits],
        'supportTitle': sup_title,
        'supportSystems': [{'name': n, 'duration': d, 'text': s} for n, d, s in supports],
        'supportSource': '',
        'training': {'title': '研修制度', 'paragraphs': training},
    }
    write(name, [p1, p2], facts, 9001)



# ------------------------------------------------------------------ 消防庁
def fhead(pg, x, y, title, w, red):
    pg.rect(x, y - 11, 4, 14, fill=red)
    pg.text(x + 10, y, title, 'G', 12, black)
    pg.hline(x, x + w, y + 6, red, 0.8)
    pg.line(title)


def fdma():
    name = 'fdma-2025'
    red = rgb('b5121b'); blue = rgb('1f4fb4')
    years = [(2021, (6, 2), (3, 1)), (2022, (7, 3), (2, 0)), (2023, (5, 2), (3, 1)),
             (2024, (7, 3), (3, 2)), (2025, (6, 3), (3, 1))]
    rows = []
    for fy, a, t in years:
        tot = (a[0] + t[0], a[1] + t[1])
        mk = lambda v: cnt(v[0], v[1], f'{v[0]}人({v[1]}人)')
        lab = f'{fy}年度'
        rows.append(hrow(fy, lab, lab, fy == 2025, mk(tot), mk(a), mk(t)))
    asg_rows = [('総務課', '庁の総合調整、人事、予算', 1, None), ('消防・救急課', '消防組織と救急体制の企画', 1, None),
                ('予防課', '火災予防制度の企画立案', 1, None), ('国民保護室', '武力攻撃事態等への備え', 1, None),
                ('防災課', '地域防災計画、防災教育の推進', 1, None), ('地域防災室', '消防団・自主防災組織の充実強化', 1, None),
                ('応急対策室', '大規模災害時の初動対応', 1, None), ('危険物保安室', '危険物施設の保安規制', None, 1),
                ('特殊災害室', '石油コンビナート等の防災対策', None, 1), ('消防研究センター', '消防防災の科学技術の研究開発', None, 1)]
    exams = [('事務系', '大卒程度試験', ['法律2名、経済1名、', '教養1名'], [('法律', 2), ('経済', 1), ('教養', 1)]),
             ('事務系', '院卒程度試験', ['行政2名'], [('行政', 2)]),
             ('技術系', '大卒程度試験', ['工学2名'], [('工学', 2)]),
             ('技術系', '院卒程度試験', ['数理科学・物理・', '地球科学1名'], [('数理科学・物理・地球科学', 1)])]
    lead_title = '火災や災害から、いのちと暮らしを守る仕組みをつくる。'
    lead = ('消防庁は、全国の消防本部や都道府県と連携し、消防・救急体制の整備、火災予防の制度づくり、大規模災害への'
            '備えと応急対応を担っています。現場を支える制度を企画し、いざという時には国の司令塔として動く仕事です。')
    inits = [('災害対応の初動訓練', '休日・夜間の参集訓練を定期的に行い、全職員が緊急時の役割を身につけます。'),
             ('早出・遅出勤務', '7時30分から10時30分の間で始業時刻を選べ、育児や介護と両立できます。'),
             ('ペーパーレス会議', '会議資料は原則電子化し、オンライン会議で地方との打合せも効率化しています。')]
    supports = [('育児休業', '子が3歳に達するまで', '男女とも取得可。期間中の業務は係内で分担します。'),
                ('育児短時間勤務', '子が小学校就学まで', '1日4時間勤務など5つの勤務形態から選べます。'),
                ('子の看護休暇', '年5日（2人以上は10日）', '子の通院や学校行事への参加にも使えます。'),
                ('介護休暇', '通算6月まで', '家族1人につき3回まで分割して取得できます。')]
    contacts = [('総合職事務系', '総務課 人事係', '中央合同庁舎2号館4階', '03-5253-5111（内線41217）', 'fdma-jinji@soumu.go.jp'),
                ('総合職技術系', '予防課 企画係', '中央合同庁舎2号館4階', '03-5253-5111（内線41532）', 'fdma-gijutsu@soumu.go.jp')]
    address = '〒100-8927 東京都千代田区霞が関2-1-2 中央合同庁舎2号館'
    routes = ['東京メトロ丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A2出口 徒歩約1分',
              '東京メトロ有楽町線『桜田門』駅 4番出口 徒歩約3分',
              '東京メトロ銀座線『虎ノ門』駅 9番出口 徒歩約8分']
    steps = [('1〜2年目', '係員として法令の改正作業や予算要求を経験'), ('3〜4年目', '都道府県の防災部局や消防本部へ出向'),
             ('5〜7年目', '係長として制度の企画立案を担当'), ('8〜10年目', '海外留学や内閣府など他府省への出向'),
             ('11年目〜', '課長補佐として政策を統括')]
    training = ['消防大学校での研修では、消防職員とともに災害現場の指揮や救急の基礎を学びます。',
                '語学研修や海外の大学院への留学など、国際的な視野を広げる機会もあります。']
    note = '（　）内は女性の内数'
    legend = '※青字斜体は採用予定数'
    asg_intro = '2024年度採用者の配属先（2025年4月1日現在）'
    exam_title = '2025年度採用予定者の試験区分'

    p1, p2 = Page(), Page()
    M, W = 40, 515
    p1.rect(M, 34, 8, 64, fill=red)
    p1.text(M + 20, 62, '消防庁', 'G', 28, mode=2); p1.line('消防庁')
    p1.text(M + 20, 80, 'Fire and Disaster Management Agency', 'G', 9, GREY); p1.line('Fire and Disaster Management Agency')
    p1.text(M + 20, 97, '総合職採用案内 2025', 'G', 12, red); p1.line('総合職採用案内 2025')
    p1.text(M + W, 124, '令和7年4月発行', 'M', 9, align='r'); p1.line('令和7年4月発行')
    p1.hline(M, M + W, 110, black, 1.5)
    p1.text(M, 138, lead_title, 'G', 13); p1.line(lead_title)
    y = p1.para(M, 160, lead, W, 'M', 9.3, 15)
    top = y + 20
    # left: hiring
    lw_ = 290
    fhead(p1, M, top, '採用実績', lw_, red)
    trs = [['採用年度', '事務系', '技術系', '合計']]
    styles = {}
    for i, r in enumerate(rows, 1):
        trs.append([r['label'], r['admin']['text'], r['tech']['text'], r['total']['text']])
        if r['planned']:
            for c in range(4): styles[(i, c)] = {'color': blue, 'skew': 0.22}
    yb = p1.table(M, top + 18, [74, 72, 72, 72], trs, rowh=17, size=8.8, head_fill=rgb('f3d9da'),
                  align=['c', 'r', 'r', 'r'], styles=styles)
    p1.text(M, yb + 13, note, 'M', 7.8); p1.line(note)
    p1.text(M + 290, yb + 13, legend, 'M', 7.8, blue, skew=0.22, align='r'); p1.line(legend)
    yl = yb + 13
    # right: exams
    x1, rw = 350, 205
    fhead(p1, x1, top, '試験区分', rw, red)
    p1.text(x1, top + 26, exam_title, 'M', 8.3); p1.line(exam_title)
    ers = [['区分', '試験', '内訳']]
    for i, (t, e, lines, b) in enumerate(exams):
        ers.append([{'t': t, 'rs': 2} if i % 2 == 0 else None, e, lines])
    ye = p1.table(x1, top + 34, [42, 66, 97], ers, rowh=14, size=8, head_fill=rgb('f3d9da'), align=['c', 'l', 'l'])
    y = max(yl, ye) + 34
    fhead(p1, M, y, '働き方', W, red)
    ends = []
    for i, (t, s) in enumerate(inits):
        bx = M + i * 175
        p1.text(bx, y + 28, f'{i + 1:02d}', 'G', 16, red); p1.line(f'{i + 1:02d}')
        p1.text(bx, y + 46, t, 'G', 9.5); p1.line(t)
        ends.append(p1.para(bx, y + 62, s, 160, 'M', 8.3, 13))
    y = max(ends) + 26
    fhead(p1, M, y, '配属先', W, red)
    p1.text(M, y + 26, asg_intro, 'M', 8.5); p1.line(asg_intro)
    colw = [120, 255, 70, 70]
    hdr = ['部署', '主な業務', '事務系', '技術系']
    ar = [[u, d, str(a) if a else '', str(t) if t else ''] for u, d, a, t in asg_rows]
    yb = p1.table(M, y + 34, colw, [hdr] + ar[:6], rowh=16, size=8.5, head_fill=rgb('f3d9da'), align=['l', 'l', 'r', 'r'])
    p1.text(M + W, yb + 13, '（次ページに続く）', 'M', 7.8, GREY, align='r'); p1.line('（次ページに続く）')
    # --- page 2
    p2.text(M, 50, '配属先（続き）', 'G', 9.5, red); p2.line('配属先（続き）')
    yb = p2.table(M, 58, colw, [hdr] + ar[6:], rowh=16, size=8.5, head_fill=rgb('f3d9da'), align=['l', 'l', 'r', 'r'])
    p2.text(M + W, yb + 13, '（単位：人）', 'M', 7.8, align='r'); p2.line('（単位：人）')
    y = yb + 44
    fhead(p2, M, y, 'キャリアパスの例', W, red)
    ly = y + 50
    p2.hline(M + 10, M + W - 10, ly, GREY, 1.2)
    sw = W / 5
    ends = []
    for i, (lab, s) in enumerate(steps):
        cx = M + i * sw
        p2.circle(cx + 12, ly, 4.5, fill=red)
        p2.text(cx + 4, ly - 10, lab, 'G', 9, red); p2.line(lab)
        ends.append(p2.para(cx + 4, ly + 20, s, sw - 14, 'M', 8.2, 12.5))
    y = max(ends) + 8
    for para in training:
        y = p2.para(M, y + 6, para, W, 'M', 8.8, 14)
    y += 30
    fhead(p2, M, y, '両立支援制度', W, red)
    sup_title = '仕事と家庭の両立支援'
    p2.text(M, y + 26, sup_title, 'M', 8.5); p2.line(sup_title)
    srs = [['制度', '期間', '概要']] + [[n, d, s] for n, d, s in supports]
    yb = p2.table(M, y + 34, [95, 130, 290], srs, rowh=17, size=8.5, grid=False, hrules=True, head_fill=rgb('f3d9da'))
    for i in range(1, len(srs) - 1): p2.hline(M, M + W, yb - 17 * (len(srs) - 1 - i), rgb('bbbbbb'), 0.4)
    y = yb + 34
    # contacts (left) | access (right)
    fhead(p2, M, y, '採用窓口', 230, red)
    cy = y + 28
    for trk, off, loc, tel, mail in contacts:
        for ln, f in (('■' + trk, 'G'), (f'{off}（{loc}）', 'M'), ('電話：' + tel, 'M'), ('メール：' + mail, 'M')):
            p2.text(M, cy, ln, f, 8.6); p2.line(ln); cy += 14
        cy += 8
    x1, rw = 290, 265
    fhead(p2, x1, y, 'アクセス', rw, red)
    p2.text(x1, y + 28, address, 'M', 8.2); p2.line(address)
    my = y + 38
    p2.rect(x1, my, rw, 92, fill=rgb('f2f2f2'), stroke=rgb('999999'))
    p2.rect(x1 + 100, my + 34, 70, 26, fill=rgb('f3d9da'))
    marks = [(x1 + 30, my + 22, '①'), (x1 + 104, my + 50, '★中央合同庁舎2号館'), (x1 + 222, my + 68, '②'), (x1 + 60, my + 84, '③')]
    for mx, mky, t in marks:
        if t != '★中央合同庁舎2号館': p2.circle(mx + 4.3, mky - 3.3, 7, fill=white, stroke=red)
        p2.text(mx, mky, t, 'G', 8.6, red if t[0] != '★' else black); p2.line(t)
    cap = '地図中の番号は最寄りの出口です'
    ry = my + 108
    p2.text(x1, ry, cap, 'M', 7.8, GREY); p2.line(cap)
    ry += 15
    for mk, r in zip('①②③', routes):
        ry = p2.para(x1, ry, f'{mk} {r}', rw, 'M', 8.2, 12.5) + 2

    facts = {
        'fixture': name, 'organization': '消防庁', 'document': '総合職採用案内',
        'edition': {'year': 2025, 'asOf': '2025-04', 'asOfText': '令和7年4月発行'}, 'pages': 2,
        'hiring': {'intro': [], 'note': note, 'legend': legend, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                   'layout': 'years as rows (western 2021年度), 採用年度 | 事務系 | 技術系 | 合計, counts 6人(2人) with HALF-width brackets; planned row marked only by blue italic (skewed) text + legend ※青字斜体は採用予定数',
                   'rows': rows},
        'exams': {'title': exam_title, 'fiscalYear': 2025,
                  'entries': [{'track': t, 'exam': e, 'text': ''.join(l), 'breakdown': [{'category': c, 'count': n} for c, n in b],
                               'total': sum(n for _, n in b)} for t, e, l, b in exams],
                  'layout': 'ruled table 区分 | 試験 | 内訳, track cell spanning 2 rows, 2-line 内訳 cells separated by 、; a category containing ・'},
        'contacts': [{'track': t, 'office': o, 'location': l, 'tel': [p], 'email': [m]} for t, o, l, p, m in contacts],
        'access': {'address': address, 'routes': routes, 'mapLabels': [m[2] for m in marks]},
        'assignments': {'cohortFiscalYear': 2024, 'intro': asg_intro, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'table 部署 | 主な業務 | 事務系 | 技術系 continued across the page break (6 rows on p1, 4 on p2) with the header row repeated',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, d, a, t in asg_rows],
                        'totals': {'admin': 7, 'tech': 3}},
        'lead': {'title': lead_title, 'text': [lead]},
        'initiativesIntro': None,
        'initiatives': [{'title': t, 'text': s} for t, s in inits],
        'supportTitle': sup_title,
        'supportSystems': [{'name': n, 'duration': d, 'text': s} for n, d, s in supports],
        'supportSource': '',
        'training': {'title': 'キャリアパスの例', 'paragraphs': training},
        'careerPath': [{'label': l, 'text': s} for l, s in steps],
    }
    write(name, [p1, p2], facts, 9002)



# ------------------------------------------------------------------ 中小企業庁
def ribbon(pg, x, y, title, green, w=None):
    """White title on a dark parallelogram (shape only) + thin rule to the column edge."""
    tw = pg.width(title, 'G', 11)
    x0, x1, yt, yb = x, x + tw + 26, y - 14, y + 5
    def f(c):
        c.saveState(); c.setFillColor(green)
        path = c.beginPath()
        path.moveTo(x0 + 6, pg.h - yt); path.lineTo(x1 + 6, pg.h - yt); path.lineTo(x1 - 6, pg.h - yb); path.lineTo(x0 - 6 + 6, pg.h - yb)
        path.close(); c.drawPath(path, stroke=0, fill=1); c.restoreState()
    pg.gfx.append(f)
    pg.text(x + 12, y, title, 'G', 11, white)
    if w: pg.hline(x1, x + w, yb, green, 0.8)
    pg.line(title)


def chusho():
    name = 'chusho-2025'
    green = rgb('00694a'); pale = rgb('e3f1eb')
    data = [(2021, '令和3年度', (12, 3), (4, 1)), (2022, '令和4年度', (10, 4), (5, 2)), (2023, '令和5年度', (11, 5), (4, 1)),
            (2024, '令和6年度', (13, 6), (5, 2)), (2025, '令和7年度', (12, None), (5, None))]
    rows = []
    for fy, lab, a, t in data:
        planned = fy == 2025
        tot = (a[0] + t[0], None if planned else a[1] + t[1])
        def mk(v):
            share = None if v[1] is None else f'{v[1] / v[0] * 100:.1f}%'
            return cnt(v[0], v[1], f'{v[0]}人', womenShare=share)
        rows.append(hrow(fy, lab, lab + ('（予定）' if planned else ''), planned, mk(tot), mk(a), mk(t)))
    asg = [('長官官房', [('総務課', 2, None)]),
           ('事業環境部', [('企画課', 3, 1), ('財務課', 2, None), ('取引課', 1, None)]),
           ('経営支援部', [('経営支援課', 2, 1), ('技術・経営革新課', 1, 2), ('創業・新事業促進課', 2, None), ('小規模企業振興課', None, 1)])]
    exams = [('大卒程度試験', [('事務系', [('法律', 5), ('経済', 3), ('政治・国際', 1)]), ('技術系', [('工学', 2), ('デジタル', 1)])]),
             ('院卒程度試験', [('事務系', [('行政', 2), ('法務', 1)]), ('技術系', [('工学', 1), ('農業科学・水産', 1)])])]
    lead_title = '日本の企業の99.7%を、政策で支える。'
    lead = ('中小企業・小規模事業者は、地域の雇用と暮らしを支える日本経済の主役です。中小企業庁は、資金繰りや事業承継、'
            '取引の適正化、デジタル化の後押しなど、経営者の挑戦を後押しする政策を企画し、全国の経済産業局や支援機関と'
            'ともに実行しています。')
    inits = [('経営者との対話', '入庁1年目から全国の中小企業を訪問し、経営者の声を政策の立案に直接つなげます。'),
             ('フレックス勤務', 'コアタイムなしのフレックスタイム制で、勤務時間を日ごとに柔軟に設定できます。'),
             ('テレワーク', '週3日を上限に在宅勤務ができ、国会対応のない日は多くの職員が利用しています。')]
    supports = [('育児休業', '子が3歳に達するまで取得できます。男性職員の取得率は9割を超えています。'),
                ('育児時間', '子が小学校に入るまで、1日2時間まで勤務しないことができます。'),
                ('子の看護休暇', '年5日（子が2人以上の場合は年10日）まで取得できます。'),
                ('介護休暇', '通算6月まで、3回に分けて取得できます。')]
    training = ['入庁後は経済産業省と合同の新人研修で、政策立案の基礎と法令審査の実務を学びます。',
                '2年目以降は経済産業局や政府系金融機関への出向、海外留学などを通じて専門性を高めます。']
    contacts = [('総合職事務系', '長官官房総務課 人事係', '経済産業省別館5階', '03-3501-1511（内線5231）', 'chusho-saiyo@meti.go.jp'),
                ('総合職技術系', '経営支援部 技術・経営革新課', '経済産業省別館6階', '03-3501-1511（内線5347）', 'chusho-gijutsu@meti.go.jp')]
    address = '〒100-8912 東京都千代田区霞が関1-3-1 経済産業省別館'
    routes = ['東京メトロ丸ノ内線・日比谷線・千代田線『霞ケ関』駅 A12出口 徒歩約2分',
              '東京メトロ銀座線『虎ノ門』駅 7番出口 徒歩約5分',
              '東京メトロ有楽町線『桜田門』駅 5番出口 徒歩約9分']
    note = '※女性比率は各区分の採用者数に占める女性の割合。令和7年度は採用予定数。'
    asg_intro = '令和6年度採用者の配属先（令和7年3月1日現在）'
    exam_title = '令和7年度採用予定者の試験区分'

    p1, p2 = Page(), Page()
    M, W = 42, 511
    cx = A4[0] / 2
    p1.rect(0, 0, A4[0], 8, fill=green)
    p1.text(cx, 48, 'Small and Medium Enterprise Agency', 'G', 9.5, green, align='c'); p1.line('Small and Medium Enterprise Agency')
    p1.text(cx, 82, '中小企業庁', 'G', 30, align='c'); p1.line('中小企業庁')
    p1.text(cx, 104, '総合職 採用パンフレット 2025', 'G', 12, align='c'); p1.line('総合職 採用パンフレット 2025')
    p1.text(cx, 122, '令和7年3月', 'M', 9, GREY, align='c'); p1.line('令和7年3月')
    p1.hline(M, M + W, 134, green, 1.0); p1.hline(M, M + W, 137, green, 0.4)
    p1.text(M, 162, lead_title, 'G', 13.5, green); p1.line(lead_title)
    y = p1.para(M, 184, lead, W, 'M', 9.3, 15)
    y += 22
    ribbon(p1, M, y, '採用状況', green, W)
    intro = '総合職の採用者数と女性比率'
    p1.text(M, y + 24, intro, 'M', 8.6); p1.line(intro)
    trs = [['年度', '事務系', '女性比率', '技術系', '女性比率', '合計', '女性比率']]
    for r in rows:
        cells = [r['labelText']]
        for k in ('admin', 'tech', 'total'):
            cells += [r[k]['text'], r[k]['womenShare'] or '－']
        trs.append(cells)
    fills = {i: pale for i in range(2, len(trs), 2)}
    yb = p1.table(M, y + 32, [101, 68, 68, 68, 68, 69, 69], trs, rowh=17, size=8.8, grid=False, hrules=True,
                  fills=fills, align=['l', 'r', 'r', 'r', 'r', 'r', 'r'], head_color=green)
    yb = p1.para(M, yb + 14, note, W, 'M', 7.8, 12)
    y = yb + 26
    # left: assignments
    lw_ = 262
    ribbon(p1, M, y, '配属先', green, lw_)
    p1.text(M, y + 24, asg_intro, 'M', 8.4); p1.line(asg_intro)
    ars = [['部', '課', '事務系', '技術系']]
    for dept, units in asg:
        for i, (u, a, t) in enumerate(units):
            ars.append([{'t': dept, 'rs': len(units)} if i == 0 else None, u, str(a) if a else '', str(t) if t else ''])
    ya = p1.table(M, y + 32, [62, 104, 48, 48], ars, rowh=16, size=8.3, head_fill=pale, align=['c', 'l', 'r', 'r'])
    p1.text(M + lw_, ya + 12, '（単位：人）', 'M', 7.6, align='r'); p1.line('（単位：人）')
    # right: exams
    x1, rw = 330, 223
    ribbon(p1, x1, y, '試験区分', green, rw)
    p1.text(x1, y + 24, exam_title, 'M', 8.4); p1.line(exam_title)
    ey = y + 46
    entries = []
    for lev, tracks in exams:
        p1.text(x1, ey, '■' + lev, 'G', 9, green); p1.line('■' + lev); ey += 16
        for trk, cats in tracks:
            tx = '／'.join(f'{c}{n}名' for c, n in cats)
            ey = p1.para(x1 + 10, ey, f'{trk}：{tx}', rw - 10, 'M', 8.6, 14) + 2
            entries.append({'track': trk, 'exam': lev, 'text': tx, 'breakdown': [{'category': c, 'count': n} for c, n in cats],
                            'total': sum(n for _, n in cats)})
        ey += 6
    # --- page 2
    p2.rect(0, 0, A4[0], 8, fill=green)
    y = 50
    ribbon(p2, M, y, '働きやすい職場づくり', green, W)
    ends = []
    for i, (t, s) in enumerate(inits):
        bx = M + i * 174
        p2.rect(bx, y + 16, 163, 0.1, fill=green)
        p2.text(bx, y + 36, t, 'G', 10, green); p2.line(t)
        ends.append(p2.para(bx, y + 54, s, 163, 'M', 8.4, 13.5))
    y = max(ends) + 26
    ribbon(p2, M, y, '両立支援', green, W)
    sup_title = '子育て・介護と仕事の両立支援制度'
    p2.text(M, y + 24, sup_title, 'M', 8.6); p2.line(sup_title)
    by = y + 36
    ends = []
    # 2 x 2 boxes, column-major reading
    for ci in range(2):
        yy = by
        for n, s in supports[ci * 2: ci * 2 + 2]:
            bx = M + ci * 260
            lines = p2.wrap(s, 230, 'M', 8.4)
            h = 40 + (len(lines) - 1) * 13
            p2.rect(bx, yy, 250, h, fill=pale)
            p2.text(bx + 10, yy + 17, n, 'G', 9.5, green); p2.line(n)
            ly = yy + 32
            for ln in lines:
                p2.text(bx + 10, ly, ln, 'M', 8.4); p2.line(ln); ly += 13
            yy += h + 8
        ends.append(yy)
    y = max(ends) + 22
    ribbon(p2, M, y, '研修・キャリア', green, W)
    y += 24
    for para in training:
        y = p2.para(M, y, para, W, 'M', 8.8, 14) + 2
    y += 26
    ribbon(p2, M, y, '採用担当', green, 250)
    cy = y + 26
    for trk, off, loc, tel, mail in contacts:
        for ln, f in ((f'{trk}　{off}', 'G'), (loc, 'M'), ('Tel. ' + tel, 'M'), ('Mail. ' + mail, 'M')):
            p2.text(M, cy, ln, f, 8.6); p2.line(ln); cy += 14
        cy += 8
    x1 = 312
    ribbon(p2, x1, y, 'アクセス', green, 241)
    p2.text(x1, y + 26, address, 'M', 8.4); p2.line(address)
    ry = y + 42
    for r in routes:
        ry = p2.para(x1, ry, '▶' + r, 241, 'M', 8.4, 13) + 2
    p2.rect(x1, ry + 4, 241, 120, fill=rgb('f0f0f0'), stroke=rgb('aaaaaa'))

    facts = {
        'fixture': name, 'organization': '中小企業庁', 'document': '総合職採用パンフレット',
        'edition': {'year': 2025, 'asOf': '2025-03', 'asOfText': '令和7年3月'}, 'pages': 2,
        'hiring': {'intro': [intro], 'note': note, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                   'layout': 'years as rows, 年度 | 事務系 | 女性比率 | 技術系 | 女性比率 | 合計 | 女性比率: women ONLY as a percentage beside each count (25.0%); planned row 令和7年度（予定） with － for the shares (women null); booktabs rules + zebra',
                   'rows': rows},
        'exams': {'title': exam_title, 'fiscalYear': 2025, 'entries': entries,
                  'layout': 'list by level (■大卒程度試験 / ■院卒程度試験), one line per track 事務系：法律5名／経済3名…'},
        'contacts': [{'track': t, 'office': o, 'location': l, 'tel': [p], 'email': [m]} for t, o, l, p, m in contacts],
        'access': {'address': address, 'routes': routes},
        'assignments': {'cohortFiscalYear': 2024, 'intro': asg_intro, 'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'grid table 部 | 課 | 事務系 | 技術系, 部 cells spanning their 課 rows; unit = 部 + 課 (the output contract since the sixth session)',
                        'rows': [{'unit': b + u, 'unitParts': [b, u], 'admin': a, 'tech': t} for b, us in asg for u, a, t in us],
                        'totals': {'admin': 13, 'tech': 5}},
        'lead': {'title': lead_title, 'text': [lead]},
        'initiativesIntro': None,
        'initiatives': [{'title': t, 'text': s} for t, s in inits],
        'supportTitle': sup_title,
        'supportSystems': [{'name': n, 'text': s} for n, s in supports],
        'supportSource': '',
        'training': {'title': '研修・キャリア', 'paragraphs': training},
    }
    write(name, [p1, p2], facts, 9003)


BUILDERS = {'sports-2025': sports, 'fdma-2025': fdma, 'chusho-2025': chusho}

if __name__ == '__main__':
    names = sys.argv[1:] or list(BUILDERS)
    try:
        for n in names: BUILDERS[n]()
    except Fail as e:
        sys.exit(f'refused: {e}')
