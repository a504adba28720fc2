#!/usr/bin/env python3
"""Blind holdout set 7: 文化庁, 原子力規制委員会, 林野庁 recruitment brochures.

Self-contained (reportlab + IPAex fonts). Every visual text line is its own text object at an
absolute position; per page the text objects are drawn after the graphics in a seeded shuffled
order. Refuses to write a brochure whose text overlaps or leaves the page, whose numbers do not
add up, or whose fact strings are not printed.

  python3 Fixtures/generate_holdout7.py            # all
  python3 Fixtures/generate_holdout7.py bunka-2025 # one
"""
import json, os, random, re, sys, unicodedata

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout7')
pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
W, H = A4
BLACK = (0.1, 0.1, 0.1)
WHITE = (1, 1, 1)


def sw(s, font, size, cs=0.0):
    return pdfmetrics.stringWidth(s, font, size) + cs * max(len(s) - 1, 0)


# ---------------------------------------------------------------- line breaking
NOSTART = set('、。，．）」』】〕％!?！？：・ー）')
NOEND = set('（「『【〔')
TOK = re.compile(r'[A-Za-z0-9@._\-:/%]+|.', re.S)


def wrap(text, font, size, width):
    toks = TOK.findall(text)
    lines, cur = [], ''
    for t in toks:
        if cur and sw(cur + t, font, size) > width:
            # kinsoku: a line must not start with NOSTART nor end with NOEND
            if t[0] in NOSTART or cur[-1] in NOEND:
                k = len(cur) - 1
                while k > 0 and (cur[k] in NOSTART or cur[k - 1] in NOEND):
                    k -= 1
                lines.append(cur[:k]); cur = cur[k:] + t
            else:
                lines.append(cur); cur = t
        else:
            cur += t
    if cur:
        lines.append(cur)
    for ln in lines:
        assert sw(ln, font, size) <= width + 0.01, ('wrap overflow', ln)
    return lines


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self):
        self.items = []   # text objects
        self.gfx = []     # (kind, args)
        self.exp = []     # expected lines in reading order

    def text(self, x, y, s, font='M', size=9, color=BLACK, furn=False, mode=0, cs=0.0, align='l'):
        w = sw(s, font, size, cs)
        if align == 'r': x -= w
        elif align == 'c': x -= w / 2
        self.items.append(dict(x=x, y=y, s=s, font=font, size=size, color=color, furn=furn, mode=mode, cs=cs, w=w))
        return w

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5, dash=None, radius=0):
        self.gfx.append(('rect', (x, y, w, h, fill, stroke, lw, dash, radius)))

    def line(self, x1, y1, x2, y2, color=BLACK, lw=0.5, dash=None):
        self.gfx.append(('line', (x1, y1, x2, y2, color, lw, dash)))

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.5):
        self.gfx.append(('circle', (x, y, r, fill, stroke, lw)))

    def L(self, s):
        self.exp.append(s)


def para(pg, x, y, w, text, font='M', size=9, lead=None, color=BLACK, indent=''):
    """Wrap text into lines at x..x+w from baseline y. Returns next baseline."""
    lead = lead or size * 1.6
    for ln in wrap(text, font, size, w):
        pg.text(x, y, ln, font, size, color)
        pg.L(ln)
        y -= lead
    return y


def cell_lines(c):
    if c is None: return []
    return [c] if isinstance(c, str) else list(c)


def table(pg, x, top, widths, rows, size=8, font='M', hfont='G', header=1, rules='grid', shade=(0.9, 0.9, 0.9),
          align=None, pad=3.2, spans=None, rowshade=None, hcolor=BLACK, hfill=None, bold_rows=()):
    """Draw a table; cells are None / str / list of lines. spans {(r,c): (rowspan, colspan)}.
    Appends one expected line per row. Returns the bottom y."""
    spans = spans or {}
    lead = size * 1.35
    n = len(widths)
    align = align or ['l'] + ['c'] * (n - 1)
    covered = set()
    for (r, c), (rs, cs) in spans.items():
        for i in range(r, r + rs):
            for j in range(c, c + cs):
                if (i, j) != (r, c): covered.add((i, j))
    colx = [x]
    for wd in widths: colx.append(colx[-1] + wd)
    # row heights
    heights = []
    for r, row in enumerate(rows):
        h = 1
        for c, cell in enumerate(row):
            if (r, c) in covered or spans.get((r, c), (1, 1))[0] > 1: continue
            h = max(h, len(cell_lines(cell)))
        heights.append(h * lead + 2 * pad)
    rowy = [top]
    for h in heights: rowy.append(rowy[-1] - h)
    bottom = rowy[-1]
    # backgrounds
    for r in range(len(rows)):
        fill = None
        if r < header: fill = hfill or shade
        elif rowshade and rowshade(r): fill = rowshade(r)
        if fill: pg.rect(x, rowy[r + 1], sum(widths), heights[r], fill=fill)
    # rules
    if rules == 'grid':
        for r, row in enumerate(rows):
            for c in range(n):
                if (r, c) in covered: continue
                rs, cs = spans.get((r, c), (1, 1))
                pg.rect(colx[c], rowy[r + rs], colx[c + cs] - colx[c], rowy[r] - rowy[r + rs], stroke=(0.35, 0.35, 0.35), lw=0.5)
    elif rules == 'h':
        pg.line(x, top, x + sum(widths), top, lw=1.0)
        for r in range(1, len(rows)):
            pg.line(x, rowy[r], x + sum(widths), rowy[r], lw=0.8 if r == header else 0.3, color=(0.5, 0.5, 0.5) if r != header else BLACK)
        pg.line(x, bottom, x + sum(widths), bottom, lw=1.0)
    # text
    for r, row in enumerate(rows):
        parts = []
        for c in range(n):
            cell = row[c] if c < len(row) else None
            if (r, c) in covered:
                parts.append(''); continue
            ls = cell_lines(cell)
            parts.append(''.join(ls))
            rs, cs = spans.get((r, c), (1, 1))
            ctop, cbot = rowy[r], rowy[r + rs]
            cw = colx[c + cs] - colx[c]
            block = len(ls) * lead
            y0 = (ctop + cbot) / 2 + block / 2 - pad * 0 - size * 0.95
            f = hfont if (r < header or r in bold_rows or (c == 0 and font == 'M' and False)) else font
            col = hcolor if r < header else BLACK
            for k, ln in enumerate(ls):
                a = 'c' if r < header else align[c]
                if cs > 1 and r >= header: a = 'l'
                tw = sw(ln, f, size)
                assert tw <= cw - 2 * pad + 0.01, ('cell overflow', ln, tw, cw)
                if a == 'l': tx = colx[c] + pad
                elif a == 'r': tx = colx[c] + cw - pad - tw
                else: tx = colx[c] + (cw - tw) / 2
                pg.text(tx, y0 - k * lead, ln, f, size, col)
        pg.L('\t'.join(parts))
    return bottom


# ---------------------------------------------------------------- checks
def bbox(it):
    return (it['x'], it['y'] - it['size'] * 0.14, it['x'] + it['w'], it['y'] + it['size'] * 0.86)


def check_page(pg, n):
    for it in pg.items:
        x0, y0, x1, y1 = bbox(it)
        assert x0 >= 18 and x1 <= W - 18 and y0 >= 20 and y1 <= H - 14, ('off page', n, it['s'])
        for ch in it['s']:
            f = pdfmetrics.getFont(it['font']).face
            assert ord(ch) in f.charToGlyph or ch == ' ', ('missing glyph', ch)
    its = pg.items
    for i in range(len(its)):
        a = bbox(its[i])
        for j in range(i + 1, len(its)):
            b = bbox(its[j])
            if a[0] < b[2] - 0.2 and b[0] < a[2] - 0.2 and a[1] < b[3] - 0.2 and b[1] < a[3] - 0.2:
                raise AssertionError(('overlap', n, its[i]['s'], its[j]['s']))
    # every non-furniture item is in the expected lines, and nothing else is
    drawn = ''.join(sorted(''.join(it['s'].split()) for it in its if not it['furn']))
    exp = ''.join(sorted(''.join(l.split()) for l in pg.exp))
    assert sorted(drawn) == sorted(exp), ('expected text does not match drawn text', n,
                                          set(exp) ^ set(drawn))
    flat = ''.join(''.join(l.split()) for l in pg.exp)
    for it in its:
        if it['furn']:
            assert ''.join(it['s'].split()) not in [''.join(l.split()) for l in pg.exp], ('furniture in expected', it['s'])
        else:
            assert ''.join(it['s'].split()) in flat


def nk(s):
    return ''.join(unicodedata.normalize('NFKC', s).split())


def check_facts(f, expected):
    flat = ''.join(expected.split())
    def printed(s, what):
        assert ''.join(s.split()) in flat, ('fact not printed', what, s)
    h = f['hiring']
    last_actual = None
    for r in h['rows']:
        for k in ('total', 'admin', 'tech'):
            v = r[k]
            assert 0 <= v['women'] <= v['count'], ('women > heads', r['label'], k)
            if not v.get('synthesised'): printed(v['text'], 'count')
        assert r['total']['count'] == r['admin']['count'] + r['tech']['count'], ('total', r['label'])
        assert r['total']['women'] == r['admin']['women'] + r['tech']['women'], ('women total', r['label'])
        printed(r['label'], 'label')
        if not r['planned']: last_actual = r
    planned = [r for r in h['rows'] if r['planned']]
    assert len(planned) == 1 and planned[0]['fiscalYear'] == f['edition']['year'] == f['exams']['fiscalYear']
    a = f['assignments']
    assert a['cohortFiscalYear'] == last_actual['fiscalYear']
    sa = sum(r['admin'] or 0 for r in a['rows']); st = sum(r['tech'] or 0 for r in a['rows'])
    assert (sa, st) == (a['totals']['admin'], a['totals']['tech']) == (last_actual['admin']['count'], last_actual['tech']['count']), ('assignment sums', sa, st)
    for r in a['rows']: printed(r['unit'], 'unit')
    printed(a['intro'], 'assign intro')
    for key, tr in (('admin', '事務'), ('tech', '技術')):
        s = sum(e['total'] for e in f['exams']['entries'] if tr in e['track'])
        assert s == planned[0][key]['count'], ('exam sum', key, s)
    for e in f['exams']['entries']:
        assert e['total'] == sum(b['count'] for b in e['breakdown'])
        printed(e['text'], 'exam text'); printed(e['exam'], 'exam')
        for b in e['breakdown']: printed(b['category'], 'category')
    for c in f['contacts']:
        printed(c['office'], 'office')
        if c.get('location'): printed(c['location'], 'location')
        for t in c['tel']: printed(t, 'tel')
        for m in c['email']: printed(m, 'email')
    acc = f['access']
    printed(acc['address'], 'address')
    for r in acc['routes']:
        st = r.split('『')[1].split('』')[0]
        printed(st, 'station')
        if not acc.get('routesSynthesised'): printed(r, 'route')
    for i in f['initiatives']: printed(i['title'], 'initiative'); printed(i['text'], 'initiative text')
    for i in f['supportSystems']: printed(i['name'], 'support'); printed(i['text'], 'support text')
    for p in f['training']['paragraphs']: printed(p, 'training')
    printed(f['training']['title'], 'training title')
    printed(f['lead']['title'], 'lead title')
    for p in f['lead']['text']: printed(p, 'lead')
    printed(f['edition']['asOfText'], 'asOf')
    printed(f['organization'], 'org')


# ---------------------------------------------------------------- facts helpers
def fw(s):
    return s.translate(str.maketrans('0123456789', '０１２３４５６７８９'))


def hrow(fy, label, planned, a, t, text=lambda c, w: f'{c}（{w}）', synth=False, labelText=None):
    def one(c, w):
        d = dict(count=c, women=w, text=text(c, w))
        if synth: d['synthesised'] = True
        return d
    return dict(fiscalYear=fy, label=label, labelText=labelText or label, planned=planned,
                total=one(a[0] + t[0], a[1] + t[1]), admin=one(*a), tech=one(*t))


def exam(track, ex, items):
    return dict(track=track, exam=ex, text='、'.join(f'{c}：{n}名' for c, n in items),
                breakdown=[dict(category=c, count=n) for c, n in items], total=sum(n for _, n in items))


def heading_a(pg, x, y, w, s, color):
    pg.text(x, y, s, 'G', 10.5, color)
    pg.line(x, y - 4.5, x + w, y - 4.5, color=color, lw=0.8)
    pg.L(s)
    return y - 19


# ================================================================ 文化庁
def bunka():
    P = (0.36, 0.22, 0.45); T = (0.94, 0.91, 0.96)
    rows = [hrow(2021, 'R3年度', False, (5, 2), (1, 0)), hrow(2022, 'R4年度', False, (6, 3), (1, 1)),
            hrow(2023, 'R5年度', False, (5, 3), (2, 1)), hrow(2024, 'R6年度', False, (6, 3), (1, 0)),
            hrow(2025, 'R7年度', True, (5, 2), (2, 1), labelText='R7年度（予定）')]
    assign = [('政策課', 2, None), ('文化経済・国際課', 1, None), ('文化財第一課', 1, None),
              ('文化財第二課', None, 1), ('宗務課', 1, None), ('著作権課', 1, None)]
    exams = [exam('事務系', '大卒程度試験', [('法律', 2), ('経済', 1), ('教養', 1)]),
             exam('事務系', '院卒程度試験', [('行政', 1)]),
             exam('技術系', '大卒程度試験', [('工学', 1)]),
             exam('技術系', '院卒程度試験', [('人間科学', 1)])]
    contacts = [dict(track='総合職事務系', office='政策課人事班', location='京都庁舎', tel=['075-330-4820（直通）'], email=['bunka-jinji@mext.go.jp']),
                dict(track='総合職技術系', office='文化財第二課管理班', location='東京庁舎', tel=['03-5253-4111（代表）内線4873'], email=['bunka-gijutsu@mext.go.jp'])]
    lead_title = '文化で、未来をひらく。'
    lead_text = ('文化庁は、文化財の保存と活用、芸術文化の振興、著作権制度の整備、国語や宗務に関する事務を担っています。'
                 '２０２３年に本庁機能を京都へ移し、地域の文化資源を生かした政策づくりを進めています。')
    inits = [('京都と東京の二拠点勤務', '京都庁舎と東京庁舎をオンライン会議でつなぎ、場所を問わず議論できる環境を整えています。'),
             ('フレックスタイム制', '勤務時間を柔軟に設定でき、子育て中の職員も多く利用しています。'),
             ('現場を知る研修', '若手職員が文化財の修理現場や劇場を訪ね、政策の現場を学びます。')]
    supports = [('育児休業', '子が３歳に達するまで取得できます。'), ('育児時間', '小学校就学前の子の送迎等のため１日２時間まで。'),
                ('配偶者出産休暇', '配偶者の出産時に２日以内で取得できます。'), ('介護休暇', '通算６月まで、３回に分けて取得できます。'),
                ('早出遅出勤務', '始業・終業の時刻を職員が選べます。')]
    training = ['　採用後は、初任行政研修と文化庁独自の導入研修で、文化行政の基礎を学びます。',
                '　２年目以降は京都と東京の両庁舎で経験を積み、自治体や美術館・博物館への出向、海外の大学院への留学の機会もあります。']
    routes_tab = [('丸太町', '地下鉄烏丸線', '２番出口', '約10分'), ('今出川', '地下鉄烏丸線', '６番出口', '約12分'),
                  ('二条城前', '地下鉄東西線', '２番出口', '約15分')]
    address = '〒602-8959 京都府京都市上京区下長者町通新町西入藪之内町85番4'

    pages = [Page(), Page()]
    for i, pg in enumerate(pages):
        pg.text(40, 816, '文化庁　総合職採用案内 2025', 'G', 7, (0.4, 0.4, 0.4), furn=True)
        pg.line(40, 811, W - 40, 811, color=(0.6, 0.6, 0.6), lw=0.4)
        pg.text(W / 2, 26, str(i + 1), 'M', 8, (0.3, 0.3, 0.3), furn=True, align='c')
    p = pages[0]
    p.rect(40, 735, W - 80, 66, fill=P)
    p.text(56, 771, '文化庁', 'G', 26, WHITE, cs=2); p.L('文化庁')
    p.text(56, 748, '総合職採用案内 2025', 'G', 13, WHITE); p.L('総合職採用案内 2025')
    p.text(W - 40, 722, '令和７年４月現在', 'M', 8, align='r'); p.L('令和７年４月現在')
    p.text(40, 700, lead_title, 'G', 14, P); p.L(lead_title)
    y = para(p, 40, 680, W - 80, lead_text, size=9, lead=14)
    top = y - 10
    # left (wide) column
    lx, lw_ = 40, 315
    y = heading_a(p, lx, top, lw_, '■採用実績', P)
    p.text(lx, y, '総合職の採用者数（単位：人、（　）内は女性で内数）', 'M', 7.5); p.L('総合職の採用者数（単位：人、（　）内は女性で内数）')
    y -= 8
    hdr = ['区分'] + [r['label'] for r in rows[:-1]] + [['R7年度', '（予定）']]
    body = [['事務系'] + [r['admin']['text'] for r in rows], ['技術系'] + [r['tech']['text'] for r in rows],
            ['合計'] + [r['total']['text'] for r in rows]]
    y = table(p, lx, y, [55, 52, 52, 52, 52, 52], [hdr] + body, size=8, shade=T, bold_rows=(3,),
              rowshade=lambda r: (0.97, 0.95, 0.98) if r == 3 else None)
    y -= 20
    y = heading_a(p, lx, y, lw_, '■配属先', P)
    intro = '令和６年度採用者の配属先（令和７年４月１日現在）'
    p.text(lx, y, intro, 'M', 7.5); p.L(intro); y -= 8
    arows = [['配属先', '事務系', '技術系']] + [[u, fw(str(a)) if a else None, fw(str(t)) if t else None] for u, a, t in assign]
    y = table(p, lx, y, [175, 70, 70], arows, size=8, rules='h', shade=None)
    y -= 20
    y = heading_a(p, lx, y, lw_, '■アクセス（京都庁舎）', P)
    y = para(p, lx, y, lw_, address, size=8, lead=12)
    y -= 4
    y = table(p, lx, y, [70, 110, 70, 65], [['最寄駅', '路線', '出口', '徒歩']] + [list(r) for r in routes_tab],
              size=8, shade=T)
    left_bottom = y
    # right (narrow) column: 数字で見る panel
    rx, rw = 370, 185
    ptop = top + 8
    items = [('本庁機能の京都移転', '2023年'), ('京都庁舎で働く職員', '約390人'), ('女性職員の割合', '44.6%'),
             ('年次休暇の平均取得日数', '14.8日'), ('男性職員の育児休業取得率', '83%')]
    ph = 40 + len(items) * 46
    p.rect(rx, ptop - ph, rw, ph, fill=T, stroke=P, lw=1.2, radius=6)
    p.text(rx + rw / 2, ptop - 22, '数字で見る文化庁', 'G', 11, P, align='c'); p.L('数字で見る文化庁')
    yy = ptop - 46
    for lab, num in items:
        p.text(rx + 14, yy, lab, 'M', 8); p.L(lab)
        p.text(rx + rw - 14, yy - 22, num, 'G', 18, P, align='r'); p.L(num)
        p.line(rx + 14, yy - 30, rx + rw - 14, yy - 30, color=(0.75, 0.7, 0.8), lw=0.4, dash=(2, 2))
        yy -= 46
    y = ptop - ph - 22
    y = heading_a(p, rx, y, rw, '■仕事の魅力', P)
    y = para(p, rx, y, rw, '文化財を守り、芸術家を支え、著作権のルールを時代に合わせて見直す。文化庁の仕事は、まちの記憶と未来の創造の両方に関わります。', size=8, lead=12.5)
    assert min(y, left_bottom) > 50

    p = pages[1]
    y = heading_a(p, 40, 790, W - 80, '■令和７年度 採用予定者の試験区分', P)
    erows = [['区分', '試験', '採用予定の内訳']]
    spans = {}
    for k, e in enumerate(exams):
        first = k == 0 or exams[k - 1]['track'] != e['track']
        if first: spans[(len(erows), 0)] = (2, 1)
        erows.append([e['track'] if first else None, e['exam'], e['text']])
    y = table(p, 40, y, [80, 110, 325], erows, size=8.5, spans=spans, shade=T, align=['c', 'l', 'l'])
    y -= 22
    top = y
    lx, lw_ = 40, 200
    y = heading_a(p, lx, top, lw_, '■働き方', P)
    for t, tx in inits:
        p.text(lx, y, t, 'G', 9); p.L(t); y -= 14
        y = para(p, lx, y, lw_, tx, size=8, lead=12.5) - 6
    lb = y
    rx, rw = 255, 300
    y = heading_a(p, rx, top, rw, '■両立支援制度', P)
    for name, tx in supports:
        p.circle(rx + 10, y - 6, 10, fill=P)
        p.rect(rx + 5, y - 10, 10, 7, fill=WHITE)
        p.text(rx + 28, y, name, 'G', 9); p.L(name)
        p.text(rx + 28, y - 13, tx, 'M', 8); p.L(tx)
        y -= 34
    y = min(y, lb) - 10
    y = heading_a(p, 40, y, W - 80, '■研修制度', P)
    for para_ in training:
        y = para(p, 40, y, W - 80, para_, size=9, lead=14)
    y -= 12
    y = heading_a(p, 40, y, W - 80, '■お問い合わせ先', P)
    for c in contacts:
        s = f"【{c['track']}】担当：{c['office']}（{c['location']}）／TEL：{c['tel'][0]}／Mail：{c['email'][0]}"
        assert sw(s, 'M', 8) <= W - 80, (s, sw(s, 'M', 8))
        p.text(40, y, s, 'M', 8); p.L(s); y -= 15
    assert y > 40

    facts = dict(fixture='bunka-2025', organization='文化庁', document='総合職採用案内',
                 edition=dict(year=2025, asOf='2025-04', asOfText='令和７年４月現在'), pages=2,
                 hiring=dict(intro=['総合職の採用者数（単位：人、（　）内は女性で内数）'], note='', tracks=dict(admin='事務系', tech='技術系'),
                             layout='transposed, 合計 as the last row', rows=rows),
                 exams=dict(title='令和７年度 採用予定者の試験区分', fiscalYear=2025, entries=exams),
                 contacts=contacts,
                 access=dict(address=address, routesSynthesised=True,
                             routes=[f'京都市営{l}『{s}』駅 {e} 徒歩{m}' for s, l, e, m in routes_tab]),
                 assignments=dict(cohortFiscalYear=2024, intro=intro, tracks=dict(admin='事務系', tech='技術系'),
                                  rows=[dict(unit=u, admin=a, tech=t) for u, a, t in assign],
                                  totals=dict(admin=6, tech=1)),
                 lead=dict(title=lead_title, text=[lead_text]), initiativesIntro=None,
                 initiatives=[dict(title=t, text=x) for t, x in inits], supportTitle='両立支援制度',
                 supportSystems=[dict(name=n, text=x) for n, x in supports], supportSource='',
                 training=dict(title='研修制度', paragraphs=training))
    return pages, facts


# ================================================================ 原子力規制委員会
def nra():
    C = (0.0, 0.42, 0.45); T = (0.88, 0.95, 0.95)
    data = [(2021, (3, 2), (9, 3)), (2022, (2, 3), (10, 4)), (2023, (4, 2), (8, 5)), (2024, (3, 3), (11, 4)), (2025, (4, 2), (10, 5))]
    rows = []
    for fy, (am, af), (tm, tf) in data:
        lab = f'令和{fy - 2018}年4月採用'
        rows.append(hrow(fy, lab, fy == 2025, (am + af, af), (tm + tf, tf), synth=True,
                         labelText=lab + ('（予定）' if fy == 2025 else '')))
    assign = [('長官官房', 2, 1), ('原子力規制部 審査グループ', 1, 5), ('原子力規制部 検査グループ', 1, 4),
              ('放射線防護グループ', 1, 3), ('技術基盤グループ', 1, 2)]
    exams = [exam('事務系', '大卒程度試験', [('法律', 3), ('経済', 1), ('政治・国際', 1)]),
             exam('事務系', '院卒程度試験', [('行政', 1)]),
             exam('技術系', '大卒程度試験', [('工学', 6), ('数理科学・物理・地球科学', 3), ('化学・生物・薬学', 2)]),
             exam('技術系', '院卒程度試験', [('工学', 3), ('数理科学・物理・地球科学', 1)])]
    contacts = [dict(track='総合職事務系', office='長官官房人事課 任用係', location='', tel=['03-5114-2111（代表）内線3461'], email=['nra-saiyo@nra.go.jp']),
                dict(track='総合職技術系', office='長官官房人事課 技術系採用担当', location='', tel=['03-5114-2111（代表）内線3478', '03-5114-2275（直通）'], email=['nra-gijutsu-saiyo@nra.go.jp'])]
    address = '〒106-8450 東京都港区六本木1-9-9 六本木ファーストビル'
    routes = ['東京メトロ南北線『六本木一丁目』駅 徒歩約4分', '東京メトロ日比谷線『神谷町』駅 4b出口 徒歩約8分',
              '東京メトロ銀座線・南北線『溜池山王』駅 13番出口 徒歩約12分']
    lead_title = '独立した立場で、科学的・技術的に判断する。'
    lead_text = ('原子力規制委員会は、東京電力福島第一原子力発電所事故の教訓に学び、原子力利用の安全を確保するために設置された独立性の高い行政委員会です。'
                 '事務局である原子力規制庁の職員が、審査・検査から放射線防護、研究まで幅広い業務を担っています。')
    inits = [('テレワークの推進', '審査資料の電子化を進め、週２日程度のテレワークが定着しています。'),
             ('専門性を育てる人事', '技術系職員は分野ごとの育成計画に沿って、審査・検査・研究を経験します。'),
             ('対話する組織', '委員と職員が直接議論する場を設け、若手の意見も政策に生かしています。')]
    supports = [('育児休業', '子が３歳に達するまで'), ('育児短時間勤務', '小学校就学前まで勤務時間を短縮'),
                ('子の看護休暇', '年５日（子が２人以上は10日）'), ('介護休暇', '通算６月まで３回に分割可'),
                ('配偶者出産休暇', '２日以内'), ('男性の育児参加休暇', '５日以内')]
    training = ['　採用後は原子力安全人材育成センターで、原子炉工学や放射線防護の基礎を約３か月かけて学びます。',
                '　その後も原子力施設での実地研修や、国内外の研究機関・国際原子力機関（IAEA）への派遣など、専門性を高める機会が用意されています。']

    pages = [Page(), Page()]
    p = pages[0]
    p.rect(40, 742, 6, 60, fill=C)
    p.text(56, 782, '原子力規制委員会', 'G', 22, C); p.L('原子力規制委員会')
    p.text(56, 760, '原子力規制庁　総合職採用案内 2025', 'G', 11); p.L('原子力規制庁　総合職採用案内 2025')
    p.text(56, 744, '令和７年４月発行', 'M', 8); p.L('令和７年４月発行')
    p.line(40, 732, W - 40, 732, color=C, lw=1.5)
    p.text(40, 708, lead_title, 'G', 13); p.L(lead_title)
    y = para(p, 40, 688, W - 80, lead_text, size=9, lead=14.5)

    def head(pg, x, y, s):
        pg.text(x, y, s, 'G', 11, C); pg.L(s)
        pg.rect(x, y - 6, 36, 2.2, fill=C)
        return y - 20
    y = head(p, 40, y - 10, '採用実績')
    p.text(40, y, '総合職の採用者数（男女別、単位：人）', 'M', 8); p.L('総合職の採用者数（男女別、単位：人）'); y -= 8
    hdr = ['区分', None] + [r['label'] for r in rows[:-1]] + [[rows[-1]['label'], '（予定）']]
    body, spans = [], {(0, 0): (1, 2)}
    for name, key in (('事務系', 'admin'), ('技術系', 'tech'), ('合計', 'total')):
        spans[(1 + len(body), 0)] = (2, 1)
        men = [fw(str(r[key]['count'] - r[key]['women'])) for r in rows]
        wom = [fw(str(r[key]['women'])) for r in rows]
        body.append([name, '男'] + men)
        body.append([None, '女'] + wom)
    y = table(p, 40, y, [62, 28] + [85] * 5, [hdr] + body, size=8.5, spans=spans, shade=T,
              align=['c', 'c'] + ['c'] * 5, rowshade=lambda r: (0.96, 0.96, 0.96) if r >= 5 else None)
    y -= 11
    p.text(40, y, '※令和7年4月採用は採用予定数です。', 'M', 7.5); p.L('※令和7年4月採用は採用予定数です。')
    top = y - 24
    lx, lw_, rx, rw = 40, 250, 305, 250
    y = head(p, lx, top, '配属先')
    intro = '令和6年4月採用者の配属先'
    p.text(lx, y, intro, 'M', 8); p.L(intro); y -= 8
    y = table(p, lx, y, [150, 50, 50], [['配属先', '事務系', '技術系']] + [[u, str(a), str(t)] for u, a, t in assign],
              size=8, rules='h', shade=None)
    y -= 11
    p.text(lx + lw_, y, '（令和7年4月1日現在）', 'M', 7.5, align='r'); p.L('（令和7年4月1日現在）')
    lb = y
    y = head(p, rx, top, '試験区分')
    et = '令和7年4月採用予定者の試験区分'
    p.text(rx, y, et, 'M', 8); p.L(et); y -= 8
    erows, spans, shaded = [], {}, set()
    for k, e in enumerate(exams):
        if k == 0 or exams[k - 1]['track'] != e['track']:
            spans[(len(erows), 0)] = (1, 2); shaded.add(len(erows))
            erows.append([e['track'], None])
        erows.append([e['exam'], wrap(e['text'], 'M', 8, 155 - 6.4)])
    y = table(p, rx, y, [95, 155], erows, size=8, header=0, spans=spans, rules='grid', align=['l', 'l'],
              rowshade=lambda r: T if r in shaded else None, bold_rows=tuple(shaded))
    assert min(y, lb) > 50

    p = pages[1]
    y = head(p, 40, 790, 'お問い合わせ')
    top = y
    for k, c in enumerate(contacts):
        x = 40 + k * 265
        yy = top
        p.text(x, yy, c['track'], 'G', 9.5); p.L(c['track']); yy -= 18
        pairs = [('担当', [c['office']]), ('電話', c['tel']), ('メール', c['email'])]
        for dt, dds in pairs:
            p.rect(x, yy - 3, 38, 13, fill=T, radius=3)
            p.text(x + 19, yy, dt, 'G', 8, C, align='c')
            for j, dd in enumerate(dds):
                p.text(x + 46, yy, dd, 'M', 8.5)
                p.L(f'{dt}\t{dd}' if j == 0 else dd)
                yy -= 14
            yy -= 4
        y = min(y, yy)
    y -= 10
    top = y
    lx, lw_, rx, rw = 40, 285, 345, 210
    y = head(p, lx, top, '働き方改革')
    for t, tx in inits:
        p.rect(lx, y - 2, 3, 11, fill=C)
        p.text(lx + 8, y, t, 'G', 9); p.L(t); y -= 14
        y = para(p, lx + 8, y, lw_ - 8, tx, size=8.5, lead=13) - 6
    lb = y
    y = head(p, rx, top, 'アクセス')
    y = para(p, rx, y, rw, address, size=8.5, lead=13) - 4
    for r in routes:
        first = True
        for ln in wrap(r, 'M', 8, rw - 10):
            if first: p.rect(rx, y, 4, 4, fill=C)
            p.text(rx + 10, y, ln, 'M', 8); p.L(ln); y -= 12.5; first = False
        y -= 3
    p.rect(rx, y - 92, rw, 88, stroke=(0.6, 0.6, 0.6), fill=(0.95, 0.95, 0.95))
    y = min(y - 92, lb) - 16
    y = head(p, 40, y, '両立支援制度')
    top = y
    for k, (n, tx) in enumerate(supports):
        x = 40 + (k // 3) * 265
        yy = top - (k % 3) * 28
        p.text(x, yy, n, 'G', 9); p.L(n)
        p.text(x + 12, yy - 12.5, tx, 'M', 8); p.L(tx)
    y = top - 3 * 28 - 10
    y = head(p, 40, y, '研修制度')
    for t in training:
        y = para(p, 40, y, W - 80, t, size=9, lead=14)
    assert y > 40
    # reorder expected p2 support lines to column order (they were appended column-major already)

    facts = dict(fixture='nra-2025', organization='原子力規制委員会', document='総合職採用案内',
                 edition=dict(year=2025, asOf='2025-04', asOfText='令和７年４月'), pages=2,
                 hiring=dict(intro=['総合職の採用者数（男女別、単位：人）'], note='※令和7年4月採用は採用予定数です。',
                             tracks=dict(admin='事務系', tech='技術系'),
                             layout='years as columns; each track split into 男/女 sub-rows; heads = 男 + 女 (text synthesised)',
                             rows=rows),
                 exams=dict(title=et, fiscalYear=2025, entries=exams),
                 contacts=contacts, access=dict(address=address, routes=routes),
                 assignments=dict(cohortFiscalYear=2024, intro=intro, tracks=dict(admin='事務系', tech='技術系'),
                                  rows=[dict(unit=u, admin=a, tech=t) for u, a, t in assign], totals=dict(admin=6, tech=15)),
                 lead=dict(title=lead_title, text=[lead_text]), initiativesIntro=None,
                 initiatives=[dict(title=t, text=x) for t, x in inits], supportTitle='両立支援制度',
                 supportSystems=[dict(name=n, text=x) for n, x in supports], supportSource='',
                 training=dict(title='研修制度', paragraphs=training))
    return pages, facts


# ================================================================ 林野庁
def rinya():
    G_ = (0.13, 0.42, 0.22); T = (0.91, 0.95, 0.90)
    rows = [hrow(2021, 'R3年度', False, (7, 3), (9, 2), synth=True), hrow(2022, 'R4年度', False, (6, 2), (10, 3), synth=True),
            hrow(2023, 'R5年度', False, (7, 4), (8, 3), synth=True), hrow(2024, 'R6年度', False, (6, 3), (11, 4), synth=True),
            hrow(2025, 'R7年度（予定）', True, (7, 3), (10, 4), synth=True)]
    assign = [('長官官房', 1, None), ('林政部', 2, 1), ('森林整備部', 1, 4), ('国有林野部', 1, 3),
              ('森林管理局（北海道・東北）', 1, 2), ('森林技術総合研修所', None, 1)]
    exams = [exam('事務系', '大卒程度試験', [('法律', 3), ('経済', 2), ('教養', 1)]),
             exam('事務系', '院卒程度試験', [('行政', 1)]),
             exam('技術系', '大卒程度試験', [('森林・自然環境', 6), ('工学', 1)]),
             exam('技術系', '院卒程度試験', [('森林・自然環境', 3)])]
    contacts = [dict(track='事務系（行政）', office='林政部林政課 人事班', location='農林水産省本館５階', tel=['03-3502-8111（内線6081）'], email=['rinya-saiyo@maff.go.jp']),
                dict(track='技術系（森林・自然環境）', office='森林整備部計画課 技術調整班', location='農林水産省本館６階', tel=['03-3502-8111（内線6247）'], email=['rinya-gijutsu@maff.go.jp'])]
    address = '〒100-8952 東京都千代田区霞が関1-2-1 農林水産省本館'
    routes = ['東京メトロ丸ノ内線・日比谷線・千代田線『霞ケ関』駅 B3a出口 直結', '東京メトロ有楽町線『桜田門』駅 5番出口 徒歩約5分']
    lead_title = '森を育て、国土と暮らしを守る。'
    lead_text = ('国土の約３分の２を占める森林は、水を蓄え、災害を防ぎ、木材を生み出します。林野庁は、森林の整備と保全、林業・木材産業の成長産業化、'
                 '全国の国有林の管理経営を通じて、豊かな森を次の世代へ引き継ぎます。')
    inits = [('フリーアドレス', '本庁の執務室をフリーアドレス化し、課を越えた相談がしやすくなりました。'),
             ('木の執務空間', '国産材を使った打合せスペースで、木の良さを体感しながら働いています。'),
             ('現地勤務の経験', '若手のうちに森林管理署で現場を経験し、政策に生かします。'),
             ('休暇の計画取得', '夏季休暇と年次休暇を組み合わせた連続休暇を推奨しています。')]
    supports = [('育児休業', '子が３歳に達するまで取得可能'), ('育児短時間勤務', '小学校就学前まで、勤務時間を短縮可能'),
                ('子の看護休暇', '年５日（子が２人以上は10日）'), ('介護休暇', '通算６月以内、３回まで分割可能')]
    training = ['　採用後は初任行政研修に続き、森林技術総合研修所で森林・林業の基礎を学びます。',
                '　入庁３年目までに森林管理署での現地勤務を経験し、その後は本庁、森林管理局、他省庁や都道府県への出向を通じて視野を広げます。']

    pages = [Page(), Page()]
    p = pages[0]
    p.rect(0, 742, W, 100, fill=G_)
    p.text(40, 800, '林野庁', 'G', 24, WHITE); p.L('林野庁')
    p.text(40, 782, 'Forestry Agency', 'G', 8, WHITE); p.L('Forestry Agency')
    p.text(40, 756, '総合職採用パンフレット 2025', 'G', 12, WHITE); p.L('総合職採用パンフレット 2025')
    p.text(W - 40, 728, '令和７年３月', 'M', 8, align='r'); p.L('令和７年３月')
    top = 706
    # narrow LEFT tinted column
    lx, lw_ = 40, 160
    p.rect(lx - 6, 60, lw_ + 12, top - 50, fill=T)
    exp_left = []

    def sidehead(pg, x, y, s):
        pg.rect(x, y - 2, 3.5, 12, fill=G_)
        pg.text(x + 8, y, s, 'G', 10, G_); pg.L(s)
        return y - 18
    y = sidehead(p, lx, top, 'お問い合わせ')
    for c in contacts:
        lines = [('G', f"【{c['track']}】")] + [('M', l) for l in wrap(c['office'], 'M', 7.5, lw_)] + \
                [('M', f"（{c['location']}）"), ('M', 'TEL ' + c['tel'][0]), ('M', 'Mail ' + c['email'][0])]
        for f, l in lines:
            assert sw(l, f, 7.5) <= lw_, l
            p.text(lx, y, l, f, 7.5); p.L(l); y -= 11.5
        y -= 6
    y -= 6
    y = sidehead(p, lx, y, 'アクセス')
    y = para(p, lx, y, lw_, address, size=7.5, lead=11.5) - 3
    for r in routes:
        y = para(p, lx, y, lw_, r, size=7.5, lead=11.5) - 3
    y -= 8
    y = sidehead(p, lx, y, '林野庁ってどんな組織？')
    y = para(p, lx, y, lw_, '林野庁は農林水産省の外局です。本庁のほか、全国７つの森林管理局と98の森林管理署で、約４千７百人の職員が働いています。', size=7.5, lead=11.5)
    assert y > 66
    # wide RIGHT column
    rx, rw = 220, W - 40 - 220
    p.text(rx, top, lead_title, 'G', 13, G_); p.L(lead_title)
    y = para(p, rx, top - 20, rw, lead_text, size=8.8, lead=14)

    def head(pg, x, y, w, s):
        pg.text(x, y, s, 'G', 10.5, G_); pg.L(s)
        pg.line(x, y - 5, x + w, y - 5, color=G_, lw=0.6, dash=(3, 2))
        return y - 19
    y = head(p, rx, y - 8, rw, '採用実績（総合職）')
    tw = (rw - 12) / 2
    ty = y
    for k, (cap, key) in enumerate((('事務系（行政）', 'admin'), ('技術系（森林・自然環境）', 'tech'))):
        x = rx + k * (tw + 12)
        p.text(x, ty, cap, 'G', 8.5); p.L(cap)
        trows = [['年度', '採用者数', 'うち女性']] + [[r['label'], str(r[key]['count']), str(r[key]['women'])] for r in rows]
        yb = table(p, x, ty - 7, [tw - 90, 45, 45], trows, size=8, shade=T, hcolor=G_,
                   rowshade=lambda r: (0.97, 0.97, 0.97) if r % 2 == 0 else None, rules='h', align=['l', 'r', 'r'])
    y = yb - 11
    p.text(rx, y, '※R7年度は採用予定数です。（単位：人）', 'M', 7.5); p.L('※R7年度は採用予定数です。（単位：人）')
    y = head(p, rx, y - 18, rw, '配属先')
    intro = '令和６年度採用者の配属先'
    p.text(rx, y, intro, 'M', 8); p.L(intro); y -= 8
    y = table(p, rx, y, [rw - 120, 60, 60], [['部署', '事務系', '技術系']] + [[u, str(a) if a else None, str(t) if t else None] for u, a, t in assign],
              size=8, shade=T, hcolor=G_)
    y = head(p, rx, y - 20, rw, '令和７年度 採用予定者の試験区分')
    for e in exams:
        p.circle(rx + 3, y + 3, 2.5, fill=G_)
        s = f"{e['track']}　{e['exam']}"
        p.text(rx + 10, y, s, 'G', 8.5); p.L(s); y -= 13
        y = para(p, rx + 10, y, rw - 10, e['text'], size=8.5, lead=13) - 3
    assert y > 50

    p = pages[1]
    top = 790
    lx, lw_, rx, rw = 40, 250, 305, 250
    y = head(p, lx, top, lw_, '働き方改革')
    for t, tx in inits:
        p.text(lx, y, '〈' + t + '〉', 'G', 9); p.L('〈' + t + '〉'); y -= 14
        y = para(p, lx, y, lw_, tx, size=8.5, lead=13) - 6
    y -= 8
    bh = 120
    p.rect(lx, y - bh, lw_, bh, stroke=G_, lw=0.8, radius=8)
    p.text(lx + 12, y - 18, '先輩からのメッセージ', 'G', 9.5, G_); p.L('先輩からのメッセージ')
    yy = para(p, lx + 12, y - 36, lw_ - 24, '学生時代は森林生態学を専攻しました。入庁後は森林管理署で間伐の現場を担当し、いまは本庁で森林計画の見直しに携わっています。現場で見た森の姿が、政策を考える原点です。', size=8, lead=12.5)
    p.text(lx + lw_ - 12, yy - 2, '森林整備部 計画課（令和２年度入庁）', 'M', 7.5, align='r'); p.L('森林整備部 計画課（令和２年度入庁）')
    assert yy - 6 > y - bh
    lb = y - bh
    y = head(p, rx, top, rw, '両立支援制度')
    y = table(p, rx, y, [90, 160], [['制度', '内容']] + [[n, wrap(x, 'M', 8, 160 - 6.4)] for n, x in supports], size=8, shade=T, hcolor=G_)
    y -= 22
    y = head(p, rx, y, rw, '研修制度')
    for t in training:
        y = para(p, rx, y, rw, t, size=8.5, lead=13.5)
    assert min(y, lb) > 50

    facts = dict(fixture='rinya-2025', organization='林野庁', document='総合職採用パンフレット',
                 edition=dict(year=2025, asOf='2025-03', asOfText='令和７年３月'), pages=2,
                 hiring=dict(intro=['採用実績（総合職）'], note='※R7年度は採用予定数です。（単位：人）',
                             tracks=dict(admin='事務系（行政）', tech='技術系（森林・自然環境）'),
                             layout='one table per track side by side (年度 | 採用者数 | うち女性); no total printed (text synthesised)',
                             rows=rows),
                 exams=dict(title='令和７年度 採用予定者の試験区分', fiscalYear=2025, entries=exams),
                 contacts=contacts, access=dict(address=address, routes=routes),
                 assignments=dict(cohortFiscalYear=2024, intro=intro, tracks=dict(admin='事務系', tech='技術系'),
                                  rows=[dict(unit=u, admin=a, tech=t) for u, a, t in assign], totals=dict(admin=6, tech=11)),
                 lead=dict(title=lead_title, text=[lead_text]), initiativesIntro=None,
                 initiatives=[dict(title=t, text=x) for t, x in inits], supportTitle='両立支援制度',
                 supportSystems=[dict(name=n, text=x) for n, x in supports], supportSource='',
                 training=dict(title='研修制度', paragraphs=training))
    return pages, facts


# ---------------------------------------------------------------- output
def render(name, pages, facts):
    exp = '\n\f\n'.join('\n'.join(pg.exp) for pg in pages) + '\n'
    for n, pg in enumerate(pages, 1):
        check_page(pg, n)
    check_facts(facts, exp)
    facts['pages'] = len(pages)
    c = canvas.Canvas(os.path.join(OUT, name + '.pdf'), pagesize=A4, invariant=1)
    c.setTitle(f"{facts['organization']} {facts['document']}")
    for n, pg in enumerate(pages, 1):
        for kind, a in pg.gfx:
            c.saveState()
            if kind == 'rect':
                x, y, w, h, fill, stroke, lw, dash, radius = a
                if fill: c.setFillColorRGB(*fill)
                if stroke: c.setStrokeColorRGB(*stroke)
                c.setLineWidth(lw)
                if dash: c.setDash(*dash)
                if radius: c.roundRect(x, y, w, h, radius, stroke=1 if stroke else 0, fill=1 if fill else 0)
                else: c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif kind == 'line':
                x1, y1, x2, y2, col, lw, dash = a
                c.setStrokeColorRGB(*col); c.setLineWidth(lw)
                if dash: c.setDash(*dash)
                c.line(x1, y1, x2, y2)
            else:
                x, y, r, fill, stroke, lw = a
                if fill: c.setFillColorRGB(*fill)
                if stroke: c.setStrokeColorRGB(*stroke)
                c.circle(x, y, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
            c.restoreState()
        order = list(pg.items)
        random.Random(f'{name}-{n}').shuffle(order)
        for it in order:
            c.saveState()
            c.setFillColorRGB(*it['color'])
            if it['mode'] == 2: c.setStrokeColorRGB(*it['color']); c.setLineWidth(0.3)
            t = c.beginText(it['x'], it['y'])
            t.setFont(it['font'], it['size'])
            if it['cs']: t.setCharSpace(it['cs'])
            if it['mode']: t.setTextRenderMode(it['mode'])
            t.textOut(it['s'])
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()
    with open(os.path.join(OUT, name + '.expected.txt'), 'w', encoding='utf-8') as f:
        f.write(exp)
    with open(os.path.join(OUT, name + '.facts.json'), 'w', encoding='utf-8') as f:
        json.dump(facts, f, ensure_ascii=False, indent=2); f.write('\n')
    print('wrote', name)


BROCHURES = {'bunka-2025': bunka, 'nra-2025': nra, 'rinya-2025': rinya}

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for name in (sys.argv[1:] or BROCHURES):
        pages, facts = BROCHURES[name]()
        render(name, pages, facts)
