#!/usr/bin/env python3
"""Blind holdout set 35: three Japanese recruitment brochures (長崎県, 宇都宮市, 海洋研究開発機構).

Self-contained. Page model in top-down coordinates; every visual line is its own text object
drawn (inside q/Q) after the graphics in a seeded shuffled order. The expected reading-order
text is built by the same calls that place the text, and every brochure is checked before it
is written (see README.md).

  python3 Fixtures/generate_holdout35.py                # all three
  python3 Fixtures/generate_holdout35.py nagasaki       # one (nagasaki, utsunomiya, jamstec)
  python3 Fixtures/generate_holdout35.py --selftest -v  # fault injection
"""
import copy, io, json, os, random, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import HexColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout35')
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))

pdfmetrics.registerFont(TTFont('IPAexGothic', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('IPAexMincho', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
FONTS = {'G': 'IPAexGothic', 'M': 'IPAexMincho', 'H': 'Helvetica', 'HB': 'Helvetica-Bold'}
A4 = (595.28, 841.89)
EDGE = 14.0


class Refused(Exception):
    def __init__(self, tag, msg):
        super().__init__(f'{tag}: {msg}')
        self.tag = tag


def sw(s, f, size):
    return pdfmetrics.stringWidth(s, FONTS[f], size)


def metrics(f):
    return (0.75, 0.22) if f in ('H', 'HB') else (0.88, 0.12)


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, size=A4):
        self.w, self.h = size
        self.items = []      # text items
        self.gfx = []        # graphics, drawn first
        self.lines = []      # expected lines
        self.wraps = []      # wrapped paragraphs (for the kinsoku check)
        self.cells = []      # (text, font, size, width) for the overflow check

    # ---- text
    def put(self, x, y, s, f='M', size=9, color='#222222', align='l', rot=0, furn=False):
        """Place one text item; y is the baseline from the top. Returns its width."""
        w = sw(s, f, size)
        if align == 'c': x -= w / 2
        elif align == 'r': x -= w
        self.items.append(dict(x=x, y=y, s=s, f=f, size=size, color=color, rot=rot, furn=furn))
        return w

    def line(self, x, y, s, **kw):
        self.put(x, y, s, **kw)
        self.lines.append(s)

    def expect(self, s):
        self.lines.append(s)

    def para(self, x, y, width, text, f='M', size=9, lead=None, color='#222222'):
        lead = lead or size * 1.6
        ls = wrap(text, f, size, width)
        self.wraps.append(ls)
        for i, l in enumerate(ls):
            self.line(x, y + i * lead, l, f=f, size=size, color=color)
        return y + len(ls) * lead

    def row(self, x, y, colw, cells, rh, f='M', size=8.5, aligns=None, color='#222222', fonts=None, colors=None):
        """One table row: cells are str / list of str (lines) / None; returns the expected line."""
        out = []
        cx = x
        for i, c in enumerate(cells):
            w = colw[i]
            lines = [] if c is None else ([c] if isinstance(c, str) else c)
            lines = [l for l in lines if l]
            al = (aligns or ['c'] * len(cells))[i]
            ff = (fonts or [f] * len(cells))[i]
            col = (colors or [color] * len(cells))[i]
            n = len(lines)
            lh = size * 1.3
            top = y + (rh - n * lh) / 2
            for k, l in enumerate(lines):
                by = top + k * lh + size * 0.95
                self.cells.append((l, ff, size, w - 4))
                px = cx + 3 if al == 'l' else (cx + w / 2 if al == 'c' else cx + w - 3)
                self.put(px, by, l, f=ff, size=size, color=col, align=al)
            out.append(''.join(lines))
            cx += w
        self.lines.append('\t'.join(out))
        return out

    # ---- graphics
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5, radius=0):
        self.gfx.append(('rect', x, y, w, h, fill, stroke, lw, radius))

    def hline(self, x1, x2, y, color='#888888', lw=0.5):
        self.gfx.append(('line', x1, y, x2, y, color, lw))

    def vline(self, x, y1, y2, color='#888888', lw=0.5):
        self.gfx.append(('line', x, y1, x, y2, color, lw))

    def seg(self, x1, y1, x2, y2, color='#888888', lw=0.5):
        self.gfx.append(('line', x1, y1, x2, y2, color, lw))

    def poly(self, pts, fill=None, stroke=None, lw=0.5):
        self.gfx.append(('poly', pts, fill, stroke, lw))

    def circle(self, x, y, r, fill=None, stroke=None, lw=0.5):
        self.gfx.append(('circle', x, y, r, fill, stroke, lw))


NOSTART = set('、。，．・：；？！）」』】〕〉》ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ％…‥,.)]')
NOEND = set('（「『【〔〈《([')


def wrap(text, f, size, width):
    lines, cur = [], ''
    for ch in text:
        if sw(cur + ch, f, size) <= width:
            cur += ch
            continue
        nxt = ch
        if ch in NOSTART and cur:
            nxt = cur[-1] + nxt
            cur = cur[:-1]
        while cur and cur[-1] in NOEND:
            nxt = cur[-1] + nxt
            cur = cur[:-1]
        while cur and cur[-1].isascii() and cur[-1].isalnum() and nxt[0].isascii() and nxt[0].isalnum():
            nxt = cur[-1] + nxt
            cur = cur[:-1]
        if not cur:
            raise Refused('kinsoku', f'cannot wrap {text!r}')
        lines.append(cur)
        cur = nxt
    lines.append(cur)
    return lines


def kinsoku_bad(lines):
    for i, l in enumerate(lines):
        if i > 0 and l and l[0] in NOSTART: return f'line starts with {l[0]!r}: {l!r}'
        if i < len(lines) - 1 and l and l[-1] in NOEND: return f'line ends with {l[-1]!r}: {l!r}'
    return None


def furniture(pg, n, header=None):
    pg.put(pg.w / 2, pg.h - 22, f'- {n} -', f='H', size=8, color='#666666', align='c', furn=True)
    if header:
        pg.put(pg.w - 30, 24, header, f='G', size=7.5, color='#777777', align='r', furn=True)
        pg.hline(30, pg.w - 30, 29, '#bbbbbb', 0.4)


def heading(pg, x, y, s, color, width=None, f='G', size=12):
    pg.rect(x, y - size - 3, 4, size + 6, fill=color)
    pg.line(x + 9, y, s, f=f, size=size, color=color)
    if width: pg.hline(x, x + width, y + 5, color, 0.6)
    return y + size + 12


# ---------------------------------------------------------------- 長崎県
def nagasaki():
    C, T, P = '#0b4f8a', '#e6f0fa', '#fff1e0'
    years = [(2021, '令和3年度', (96, 41), (58, 14), '△6'), (2022, '令和4年度', (101, 45), (54, 12), '＋1'),
             (2023, '令和5年度', (92, 44), (61, 17), '△2'), (2024, '令和6年度', (105, 50), (57, 15), '＋9'),
             (2025, '令和7年度', (110, 52), (63, 19), '＋11'), (2026, '令和8年度', (112, None), (66, None), '＋5')]
    units = [('対馬振興局', 6, 5, 48, 318), ('壱岐振興局', 5, 3, 70, 383), ('県北振興局', 12, 9, 170, 330),
             ('五島振興局', 7, 5, 48, 470), ('本庁', 58, 21, 165, 420), ('県央振興局', 14, 12, 270, 398),
             ('島原振興局', 8, 8, 268, 470)]
    exams = [('事務', '大学卒業程度', [('行政', 88), ('教育事務', 12), ('警察事務', 12)]),
             ('技術', '大学卒業程度', [('土木', 30), ('建築', 8), ('農業', 10), ('水産', 6), ('林業', 4), ('化学', 4), ('電気', 4)])]
    lead = ('数多くの島々と長い海岸線をもつ長崎県で、離島・半島の暮らしを支え、観光や海洋産業の新しい可能性を'
            '形にする仲間を求めています。')
    inits = [('離島勤務サポート', '離島の振興局勤務では赴任旅費と住居手当を支給し、帰省の旅費も年2回助成します。'),
             ('テレワークの推進', '本庁・振興局ともにモバイル端末を配備し、在宅勤務を月8日まで利用できます。'),
             ('若手職員の政策提案', '入庁3年目までの職員がチームで政策を提案し、優れた提案は予算化します。'),
             ('時差出勤', '7時30分から10時までの間で始業時刻を選べます。')]
    supports = [('育児休業', '子が3歳になるまで', '男性職員の取得も広がっています。'),
                ('部分休業', '1日2時間まで', '小学校就学前の子を養育する職員が利用できます。'),
                ('子の看護休暇', '年5日', '子が2人以上の場合は年10日まで取得できます。'),
                ('介護休暇', '通算6か月', '3回まで分割して取得できます。')]
    training = ['採用1年目は新規採用職員研修で県行政の基本を学び、離島の現場を訪ねる「しま体験研修」に参加します。',
                '3年目以降は政策形成研修や国・民間企業への派遣研修があり、10年目には係長級研修で組織運営を学びます。']
    contacts = [('事務職について', '人事委員会事務局 任用課', '095-895-2741', 'ninyo-saiyo@pref.nagasaki.lg.jp'),
                ('技術職について', '土木部 監理課', '095-895-2913', 'doboku-jinzai@pref.nagasaki.lg.jp')]
    address = '〒850-8570 長崎県長崎市尾上町3番1号'
    routes = ['JR長崎本線『長崎』駅から徒歩約3分', '長崎電気軌道『五島町』電停から徒歩約7分']
    pages = [Page(), Page()]
    p = pages[0]
    # masthead
    p.rect(0, 0, p.w, 92, fill=C)
    p.put(40, 50, '長崎県', f='M', size=28, color='#ffffff')
    p.put(40 + sw('長崎県', 'M', 28) + 10, 50, '職員採用案内', f='G', size=15, color='#ffffff')
    p.expect('長崎県 職員採用案内')
    p.line(40, 76, '令和8年3月発行', f='G', size=9, color='#cfe2f3')
    y = p.para(40, 118, 515, lead, f='M', size=9.5)
    y = heading(p, 40, y + 14, '採用者数の推移', C, 515)
    colw = [80, 55, 55, 55, 55, 55, 55, 55]
    hdr = ['採用年度', '事務', 'うち女性', '技術', 'うち女性', '合計', 'うち女性', '前年度比']
    rh = 20
    x0 = 42
    p.rect(x0, y, sum(colw), rh, fill=T)
    p.row(x0, y, colw, hdr, rh, f='G', size=8.5)
    p.hline(x0, x0 + sum(colw), y, C, 1.0)
    p.hline(x0, x0 + sum(colw), y + rh, C, 0.6)
    y += rh
    hire_rows = []
    for fy, lab, a, t, d in years:
        planned = a[1] is None
        if planned: p.rect(x0, y, sum(colw), rh, fill=P)
        tot = (a[0] + t[0], None if planned else a[1] + t[1])
        w = lambda v: '－' if v is None else str(v)
        labt = lab + ('※' if planned else '')
        cells = [labt, str(a[0]), w(a[1]), str(t[0]), w(t[1]), str(tot[0]), w(tot[1]), d]
        p.row(x0, y, colw, cells, rh, f='M', size=9, fonts=['G'] + ['M'] * 7,
              colors=['#222222'] * 7 + ['#777777'])
        p.hline(x0, x0 + sum(colw), y + rh, '#bbbbbb', 0.4)
        hire_rows.append(dict(fiscalYear=fy, label=lab, labelText=labt, planned=planned,
                              total=cnt(tot, str(tot[0]), w(tot[1]), planned),
                              admin=cnt(a, str(a[0]), w(a[1]), planned), tech=cnt(t, str(t[0]), w(t[1]), planned)))
        y += rh
    p.hline(x0, x0 + sum(colw), y, C, 1.0)
    notes = ['※予定数', '前年度比の△は前年度からの減少を示します。']
    y += 14
    for n in notes:
        p.line(x0, y, n, f='M', size=8, color='#555555')
        y += 13
    # left: map of assignments, right: exam + decoy
    y += 10
    top = y
    heading(p, 40, top, '令和7年度採用者の配属先', C)
    p.line(40, top + 20, '本庁・振興局別（単位：人）', f='M', size=8, color='#555555')
    my = top + 28
    p.rect(40, my, 330, 230, fill='#f2f7fb', stroke='#c9d9e8', lw=0.6)
    # island shapes (graphics only)
    for pts in ([(52, my + 8), (120, my + 4), (136, my + 50), (60, my + 62)],
                [(74, my + 76), (150, my + 72), (156, my + 116), (80, my + 120)],
                [(160, my + 15), (365, my + 20), (368, my + 205), (262, my + 215), (158, my + 150)],
                [(44, my + 158), (146, my + 152), (150, my + 206), (50, my + 214)]):
        p.poly(pts, fill='#dceadc', stroke='#9bbf9b', lw=0.6)
    arows = []
    for name, ad, te, bx, by in sorted(units, key=lambda u: (u[4], u[3])):
        by = by - 318 + my + 12
        bw = 92
        p.rect(bx, by, bw, 32, fill='#ffffff', stroke=C, lw=0.7, radius=3)
        p.line(bx + bw / 2, by + 12, name, f='G', size=8.5, color=C, align='c')
        p.line(bx + bw / 2, by + 26, f'事務 {ad}　技術 {te}', f='M', size=8, align='c')
        arows.append(dict(unit=name, admin=ad, tech=te))
    yb = my + 230
    # right column: exams
    rx = 385
    ry = heading(p, rx, top, '令和8年度 採用予定', C)
    ecw = [40, 70, 60]
    p.rect(rx, ry, sum(ecw), 18, fill=T)
    p.row(rx, ry, ecw, ['職種', '試験区分', '予定数'], 18, f='G', size=8)
    ry += 18
    exam_entries = []
    for tr, ex, cats in exams:
        for i, (cat, n) in enumerate(cats):
            p.row(rx, ry, ecw, [tr if i == 0 else None, cat, f'{n}名'], 15, f='M', size=8.5,
                  aligns=['c', 'l', 'r'])
            ry += 15
        p.hline(rx, rx + sum(ecw), ry, '#999999', 0.5)
        exam_entries.append(dict(track=tr, exam=ex, text='', breakdown=[dict(category=c, count=n) for c, n in cats],
                                 total=sum(n for _, n in cats)))
    p.line(rx, ry + 12, '※いずれも大学卒業程度の試験です。', f='M', size=7.5, color='#555555')
    ry += 26
    p.rect(rx, ry, 170, 62, fill=P, radius=4)
    p.line(rx + 8, ry + 16, '長崎県のすがた', f='G', size=9, color='#b45f06')
    p.line(rx + 8, ry + 32, '島の数　1,479', f='M', size=8.5)
    p.line(rx + 8, ry + 48, '海岸線延長　約4,166km', f='M', size=8.5)
    furniture(p, 1)
    # ---- page 2
    p = pages[1]
    furniture(p, 2, '長崎県職員採用案内 2026')
    y = heading(p, 40, 60, '働きやすい職場づくり', C, 515)
    colx = [40, 305]
    ys = [y, y]
    for i, (t, tx) in sorted(enumerate(inits), key=lambda e: (e[0] % 2, e[0])):  # left column first
        c = i % 2
        p.line(colx[c], ys[c], '◆' + t, f='G', size=9.5, color=C)
        ys[c] = p.para(colx[c] + 10, ys[c] + 15, 240, tx, size=8.5) + 6
    y = max(ys) + 6
    y = heading(p, 40, y, '仕事と家庭の両立支援', C, 515)
    scw = [90, 110, 315]
    p.rect(40, y, sum(scw), 18, fill=T)
    p.row(40, y, scw, ['制度', '期間', '内容'], 18, f='G', size=8.5)
    y += 18
    for n, d, tx in supports:
        p.row(40, y, scw, [n, d, tx], 18, f='M', size=8.5, aligns=['l', 'l', 'l'])
        p.hline(40, 40 + sum(scw), y + 18, '#bbbbbb', 0.4)
        y += 18
    y += 18
    y = heading(p, 40, y, '研修制度', C, 515)
    for t in training:
        y = p.para(40, y, 515, t, size=9) + 4
    y += 12
    y = heading(p, 40, y, 'お問い合わせ', C, 515)
    bx = [40, 305]
    for i, (tr, off, tel, mail) in enumerate(contacts):
        x = bx[i]
        p.rect(x, y - 2, 250, 70, stroke=C, lw=0.7, radius=4)
        p.line(x + 10, y + 14, '【' + tr + '】', f='G', size=9, color=C)
        p.line(x + 10, y + 30, off, f='M', size=9)
        p.line(x + 10, y + 45, 'TEL ' + tel, f='M', size=8.5)
        p.line(x + 10, y + 59, 'E-mail ' + mail, f='M', size=8.5)
    y += 90
    y = heading(p, 40, y, 'アクセス', C, 515)
    p.line(40, y, address, f='M', size=9)
    y += 16
    for r in routes:
        p.line(40, y, '■' + r.replace('『', '').replace('』', ''), f='M', size=9)
        y += 15
    facts = dict(
        organization='長崎県', document='長崎県職員採用案内',
        edition=dict(year=2026, asOf='2026-03', asOfText='令和8年3月発行'),
        lead=dict(title='', text=[lead]),
        hiring=dict(intro=[], note=notes, tracks=dict(admin='事務', tech='技術'), textSynthesised=False,
                    layout='years down, ruled; 事務 / うち女性 / 技術 / うち女性 / 合計 / うち女性 plus a DECOY 前年度比 '
                           'column (△ = decrease, ＋ = increase); planned row marked only by ※ on its year label',
                    rows=hire_rows),
        exams=dict(title='令和8年度 採用予定', fiscalYear=2026, textSynthesised=False, entries=exam_entries),
        assignments=dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先', tracks=dict(admin='事務', tech='技術'),
                         layout='schematic map: one box per unit placed on drawn islands, `事務 n　技術 n` under the name',
                         rows=arows),
        initiatives=[dict(title=t, text=x) for t, x in inits], initiativesIntro='',
        supportTitle='仕事と家庭の両立支援',
        supportSystems=[dict(name=n, duration=d, durationText=d, text=x) for n, d, x in supports],
        training=dict(title='研修制度', paragraphs=training),
        contacts=[dict(track=tr, office=o, tel=[t], email=[m], location=address, telText=['TEL ' + t],
                       emailText=['E-mail ' + m]) for tr, o, t, m in contacts],
        access=dict(address=address, routes=routes), keyFigures=[],
        decoys=dict(column='前年度比 column of the hiring table (△6, ＋1, …) is no fact',
                    box='長崎県のすがた: 島の数 1,479, 海岸線延長 約4,166km'),
        pages=2, fixture='nagasaki-2026')
    return pages, facts


def cnt(pair, text, wtext, planned):
    d = dict(count=pair[0], women=None if planned else pair[1], text=text)
    if not planned: d['womenText'] = wtext
    return d


# ---------------------------------------------------------------- 宇都宮市
def utsunomiya():
    C, T, P = '#1d6b4f', '#e3f1ea', '#fff6d6'
    labels = ['令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度', '令和8年度']
    fys = [2021, 2022, 2023, 2024, 2025, 2026]
    adm = {'行政': [38, 40, 36, 42, 44, 45], '学校事務': [4, 3, 5, 4, 5, 4], '社会福祉': [6, 7, 5, 8, 7, 8]}
    tec = {'土木': [10, 12, 11, 13, 14, 15], '建築': [4, 3, 5, 4, 5, 5], '電気': [2, 3, 2, 3, 2, 3],
           '機械': [2, 1, 2, 2, 3, 2], '化学': [1, 2, 1, 2, 2, 2]}
    aw = [22, 24, 23, 27, 29, None]
    tw = [5, 6, 7, 8, 9, None]
    exams = [('事務職', '大学卒業程度', [('行政', 40), ('学校事務', 4), ('社会福祉', 8)]),
             ('事務職', '社会人経験者', [('行政（社会人）', 5)]),
             ('技術職', '大学卒業程度', [('土木', 13), ('建築', 5), ('電気', 3), ('機械', 2), ('化学', 2)]),
             ('技術職', '短大卒業程度', [('土木（短大）', 2)])]
    assign = [('総合政策部', 5, None), ('総務部', 6, None), ('理財部', 5, None), ('市民まちづくり部', 6, None),
              ('保健福祉部', 10, None), ('子ども部', 7, None), ('環境部', 3, 2), ('経済部', 4, 1), ('建設部', 2, 9),
              ('都市整備部', 2, 8), ('上下水道局', 2, 4), ('教育委員会事務局', 4, 2)]
    lead = 'LRTが走る「ネットワーク型コンパクトシティ」の実現に向けて、市民に最も身近な行政の現場で共に挑戦する職員を募集します。'
    inits = [('スマート市役所', '電子申請とペーパーレス会議を進め、窓口の待ち時間を短くしています。'),
             ('フレックスタイム', '1日の勤務時間を7時から20時の間で柔軟に設定できます。'),
             ('メンター制度', '入庁後1年間、年の近い先輩職員が仕事と生活の相談にのります。')]
    supports = [('育児休業', '子が3歳になるまで', '夫婦ともに取得できます。'),
                ('育児短時間勤務', '小学校就学前まで', '週20時間から選べます。'),
                ('子の看護休暇', '年5日', '子が2人以上は年10日です。'),
                ('介護休暇', '通算6か月', '分割して取得できます。')]
    training = ['入庁1年目は新規採用職員研修と職場でのOJTで、市の仕事の進め方を身につけます。',
                '2年目以降は階層別研修に加え、政策研究や民間企業派遣など自ら選べる研修が充実しています。']
    contacts = [('事務職', '行政経営部 人事課 人材育成グループ', '028-632-2146', 'jinji-saiyo@city.utsunomiya.lg.jp'),
                ('技術職', '建設部 技術監理課', '028-632-2537', 'gijutsu-saiyo@city.utsunomiya.lg.jp')]
    address = '〒320-8540 栃木県宇都宮市旭1丁目1番5号'
    routes = ['東武宇都宮線『東武宇都宮』駅から徒歩約10分', 'JR宇都宮線『宇都宮』駅西口からバス約10分（市役所前下車）']
    pages = [Page(), Page()]
    p = pages[0]
    p.rect(0, 0, p.w, 8, fill=C)
    p.put(40, 52, '宇都宮市', f='G', size=26, color=C)
    p.put(40 + sw('宇都宮市', 'G', 26) + 10, 52, '職員採用ガイド', f='M', size=14, color='#333333')
    p.expect('宇都宮市 職員採用ガイド')
    p.line(555, 52, '令和8年4月1日現在', f='M', size=9, color='#555555', align='r')
    p.hline(40, 555, 62, C, 1.2)
    y = p.para(40, 84, 515, lead, size=9.5)
    y = heading(p, 40, y + 12, '職種別の採用者数', C, 515)
    p.line(40, y, '（　）内は女性の内数です。', f='M', size=8, color='#555555')
    y += 10
    colw = [22, 62] + [71.8] * 6
    x0 = 41
    rh = 17
    W = sum(colw)
    p.rect(x0, y, W, 28, fill=C)
    p.rect(x0 + sum(colw[:7]), y, colw[7], 28, fill='#b7791f')
    p.row(x0, y, [colw[0] + colw[1]] + colw[2:], ['区分'] + labels[:5] + [['令和8年度', '（予定）']], 28, f='G',
          size=8.5, color='#ffffff')
    y += 28
    hire = {fy: {} for fy in fys}

    def group(glyphs, cats, women, key):
        nonlocal y
        n = len(cats) + 1
        gy = y
        p.rect(x0, gy, colw[0], n * rh, fill=T)
        p.rect(x0 + sum(colw[:7]), gy, colw[7], n * rh, fill=P)
        for k, (cat, vals) in enumerate(cats.items()):
            cells = [None, cat] + [str(v) for v in vals]
            out = p.row(x0, y, colw, cells, rh, size=8.5, aligns=['c', 'l'] + ['c'] * 6)
            if k == 0:  # the vertical group cell belongs to the first row of its span
                p.lines[-1] = glyphs + p.lines[-1]
            p.hline(x0 + colw[0], x0 + W, y + rh, '#cccccc', 0.3)
            y += rh
        sub = [sum(v[i] for v in cats.values()) for i in range(6)]
        txt = [f'{sub[i]}（{women[i]}）' if women[i] is not None else str(sub[i]) for i in range(6)]
        p.rect(x0 + colw[0], y, W - colw[0], rh, fill='#eef3f0')
        p.rect(x0 + sum(colw[:7]), y, colw[7], rh, fill='#f6e7b8')
        p.row(x0, y, colw, [None, '小計'] + txt, rh, f='G', size=8.5, aligns=['c', 'l'] + ['c'] * 6)
        # vertical glyphs of the group label, one per line, centred in the spanning cell
        gh = len(glyphs) * 12
        for i, g in enumerate(glyphs):
            p.put(x0 + colw[0] / 2, gy + (n * rh - gh) / 2 + 10 + i * 12, g, f='G', size=10, color=C, align='c')
        y += rh
        p.hline(x0, x0 + W, y, C, 0.7)
        for i, fy in enumerate(fys):
            hire[fy][key] = (sub[i], women[i], txt[i])

    group('事務職', adm, aw, 'admin')
    group('技術職', tec, tw, 'tech')
    tot = []
    for i, fy in enumerate(fys):
        a, t = hire[fy]['admin'], hire[fy]['tech']
        c = a[0] + t[0]
        wv = None if a[1] is None else a[1] + t[1]
        tot.append(f'{c}（{wv}）' if wv is not None else str(c))
        hire[fy]['total'] = (c, wv, tot[-1])
    p.rect(x0, y, W, rh, fill='#d3e6dc')
    p.row(x0, y, [colw[0] + colw[1]] + colw[2:], ['合計'] + tot, rh, f='G', size=8.5)
    y += rh
    p.hline(x0, x0 + W, y, C, 1.0)
    hire_rows = []
    for i, fy in enumerate(fys):
        planned = i == 5
        h = hire[fy]
        row = dict(fiscalYear=fy, label=labels[i], labelText=labels[i] + ('（予定）' if planned else ''), planned=planned)
        for k in ('total', 'admin', 'tech'):
            c, wv, tx = h[k]
            row[k] = dict(count=c, women=wv, text=tx)
        row['categories'] = {cat: v[i] for cat, v in list(adm.items()) + list(tec.items())}
        hire_rows.append(row)
    # decoy staff table, beside a short note
    y += 18
    p.line(40, y, '参考：市の職員数（各年4月1日）', f='G', size=9, color='#555555')
    y += 6
    dcw = [70, 60, 60, 60]
    p.row(40, y, dcw, ['年', '事務職', '技術職', '計'], 16, f='G', size=8)
    p.hline(40, 40 + sum(dcw), y + 16, '#999999', 0.5)
    y += 16
    for yr, a, t in (('2023年', 2315, 748), ('2024年', 2331, 752), ('2025年', 2342, 761)):
        p.row(40, y, dcw, [yr, f'{a:,}', f'{t:,}', f'{a + t:,}'], 15, size=8, color='#555555')
        y += 15
    # exams (nested lists with rotated track tabs) | assignments
    y += 16
    top = y
    heading(p, 40, top, '令和8年度 採用予定', C)
    ey = top + 16
    exam_entries = []
    for trk in ('事務職', '技術職'):
        ents = [e for e in exams if e[0] == trk]
        n = sum(1 + len(c) for _, _, c in ents)
        hh = n * 14 + 6
        p.rect(40, ey, 20, hh, fill=C)
        # rotated label, read bottom to top, centred on the tab
        lw = sw(trk, 'G', 10)
        p.put(40 + 14, ey + hh / 2 + lw / 2, trk, f='G', size=10, color='#ffffff', rot=90)
        p.expect(trk)
        ly = ey + 13
        for _, ex, cats in ents:
            p.line(68, ly, '■' + ex, f='G', size=8.5, color=C)
            ly += 14
            for cat, k in cats:
                p.put(78, ly, '・' + cat, f='M', size=8.5)
                p.put(255, ly, f'{k}名', f='M', size=8.5, align='r')
                p.expect('・' + cat + '\t' + f'{k}名')
                p.seg(80 + sw('・' + cat, 'M', 8.5), ly - 3, 255 - sw(f'{k}名', 'M', 8.5) - 3, ly - 3, '#bbbbbb', 0.4)
                ly += 14
            exam_entries.append(dict(track=trk, exam=ex, text='', breakdown=[dict(category=c, count=k) for c, k in cats],
                                     total=sum(k for _, k in cats)))
        ey += hh + 8
    rx = 290
    ay = heading(p, rx, top, '令和7年度採用者の配属先', C)
    acw = [130, 67, 67]
    p.rect(rx, ay - 4, sum(acw), 16, fill=T)
    p.row(rx, ay - 4, acw, ['配属先', '事務職', '技術職'], 16, f='G', size=8)
    ay += 12
    arows = []
    for u, a, t in assign:
        p.row(rx, ay, acw, [u, str(a) if a else '－', str(t) if t else '－'], 14.2, size=8.2, aligns=['l', 'c', 'c'])
        p.hline(rx, rx + sum(acw), ay + 14.2, '#cccccc', 0.3)
        ay += 14.2
        arows.append(dict(unit=u, admin=a, tech=t))
    furniture(p, 1)
    # ---- page 2
    p = pages[1]
    furniture(p, 2, '宇都宮市職員採用ガイド 2026')
    y = heading(p, 40, 60, '宇都宮市の取組', C, 515)
    for t, tx in inits:
        p.line(40, y, '●' + t, f='G', size=9.5, color=C)
        y = p.para(52, y + 15, 500, tx, size=9) + 6
    y += 8
    y = heading(p, 40, y, '子育て・介護との両立', C, 515)
    xs = [40, 170, 300, 430]
    for i, (n, d, tx) in enumerate(supports):
        p.rect(xs[i], y - 4, 122, 66, fill=T, radius=4)
    p.row(40, y - 4, [130] * 4, [s[0] for s in supports], 18, f='G', size=9, color=C, aligns=['l'] * 4)
    p.row(40, y + 14, [130] * 4, [s[1] for s in supports], 18, f='G', size=9, color='#b7791f', aligns=['l'] * 4)
    p.row(40, y + 32, [130] * 4, [s[2] for s in supports], 18, size=8, aligns=['l'] * 4)
    y += 82
    y = heading(p, 40, y, '人材育成', C, 515)
    for t in training:
        y = p.para(40, y, 515, t, size=9) + 4
    y += 12
    y = heading(p, 40, y, 'アクセス', C, 515)
    p.line(40, y, address, size=9)
    y += 16
    for r in routes:
        p.line(40, y, '▶' + r.replace('『', '').replace('』', ''), size=9)
        y += 15
    # contacts in a full-width footer band, two offices in two columns
    fy0 = 700
    p.rect(0, fy0, p.w, 112, fill=C)
    p.line(40, fy0 + 20, '採用に関するお問い合わせ', f='G', size=10.5, color='#ffffff')
    for i, (tr, off, tel, mail) in enumerate(contacts):
        x = 40 + i * 265
        p.line(x, fy0 + 40, '［' + tr + '］' + off, f='G', size=8.5, color='#ffffff')
        p.line(x, fy0 + 56, '電話 ' + tel + '（平日8時30分〜17時15分）', size=8, color='#ffffff')
        p.line(x, fy0 + 71, 'メール ' + mail, size=8, color='#ffffff')
    facts = dict(
        organization='宇都宮市', document='宇都宮市職員採用ガイド',
        edition=dict(year=2026, asOf='2026-04', asOfText='令和8年4月1日現在'),
        lead=dict(title='', text=[lead]),
        hiring=dict(intro=['（　）内は女性の内数です。'], note=[], tracks=dict(admin='事務職', tech='技術職'),
                    textSynthesised=False,
                    layout='years across; rows are job categories; the track label is set vertically (one glyph per '
                           'line) in a cell spanning its category rows and its 小計 row; the 小計 rows are the track '
                           'facts, 合計 the total; categories are in `categories` (no scorer fact)',
                    rows=hire_rows),
        exams=dict(title='令和8年度 採用予定', fiscalYear=2026, textSynthesised=False, entries=exam_entries),
        assignments=dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先', tracks=dict(admin='事務職', tech='技術職'),
                         rows=arows),
        initiatives=[dict(title=t, text=x) for t, x in inits], initiativesIntro='',
        supportTitle='子育て・介護との両立',
        supportSystems=[dict(name=n, duration=d, durationText=d, text=x) for n, d, x in supports],
        training=dict(title='人材育成', paragraphs=training),
        contacts=[dict(track=tr, office=o, tel=[t], email=[m], location=address,
                       telText=['電話 ' + t + '（平日8時30分〜17時15分）'], emailText=['メール ' + m])
                  for tr, o, t, m in contacts],
        access=dict(address=address, routes=routes), keyFigures=[],
        decoys=dict(table='参考：市の職員数（各年4月1日）: 年 | 事務職 | 技術職 | 計 with thousands separators (2,315 …), '
                          'no women — not a hiring table'),
        pages=2, fixture='utsunomiya-2026')
    return pages, facts


# ---------------------------------------------------------------- 海洋研究開発機構
def jamstec():
    C, T = '#003e6b', '#e4eef6'
    years = [(2021, (6, 3), (9, 2)), (2022, (5, 2), (11, 0)), (2023, (7, 4), (8, 1)), (2024, (6, 3), (10, 0)),
             (2025, (8, 5), (12, 3)), (2026, (8, None), (13, None))]
    exams = [('事務系職員', '大学卒業程度', [('事務（総合）', 6), ('事務（経理）', 2)]),
             ('技術系職員', '大学院修了程度', [('海洋工学', 4), ('情報・データサイエンス', 3), ('地球科学', 2)]),
             ('技術系職員', '大学卒業程度', [('機械・電気', 3), ('船舶運航', 1)])]
    assign = [('経営企画部', 2, None), ('財務部', 2, None), ('人事部', 1, None), ('研究プラットフォーム運用開発部門', 1, 5),
              ('海域地震火山部門', None, 3), ('地球環境部門', 1, 2), ('付加価値情報創生部門', 1, 2)]
    lead = '深海から宇宙まで、地球をまるごと観測する研究開発を支える仲間を募集しています。船と陸の両方で、研究者とともに未知の海に挑みましょう。'
    stages = [('入構時', '新規採用者研修', '機構の研究と業務の全体像を学びます。'),
              ('2年目', '乗船研修', '研究船に乗り、観測の現場を体験します。'),
              ('5年目', '海外派遣研修', '海外の研究機関で半年間働きます。'),
              ('10年目～', '管理職研修', '組織をまとめる力を身につけます。')]
    inits = [('ダイバーシティ推進', '女性技術職の採用と登用を進め、乗船時の設備も整えています。'),
             ('在宅勤務', '週3日まで在宅勤務ができ、横須賀・横浜の拠点を選んで出勤できます。'),
             ('英語研修', '国際共同研究に備え、オンライン英会話の受講料を全額補助します。')]
    supports = [('育児休業', '子が3歳に達するまで', ''), ('育児短時間勤務', '小学校3年生修了まで', ''),
                ('子の看護休暇', '年5日', ''), ('介護休業', '通算93日', '')]
    contacts = [('お問い合わせ', '人事部 人事第1課', '046-867-9142', 'saiyo-jinji@jamstec.go.jp')]
    address = '〒237-0061 神奈川県横須賀市夏島町2番地15'
    routes = ['京急本線『追浜』駅から京急バスで約10分', '横浜シーサイドライン『野島公園』駅から徒歩約20分']
    pages = [Page(), Page()]
    p = pages[0]
    p.rect(0, 0, p.w, 100, fill=C)
    for k in range(5):
        p.seg(0, 70 + k * 5, p.w, 60 + k * 7, '#2b6a99', 0.8)
    p.line(40, 34, '国立研究開発法人', f='G', size=9, color='#cfe0ee')
    p.put(40, 62, '海洋研究開発機構', f='M', size=24, color='#ffffff')
    p.put(40 + sw('海洋研究開発機構', 'M', 24) + 10, 62, 'JAMSTEC', f='HB', size=14, color='#8fc1e3')
    p.expect('海洋研究開発機構 JAMSTEC')
    p.line(555, 88, '職員採用案内 2026年2月発行', f='G', size=9, color='#ffffff', align='r')
    y = p.para(40, 124, 515, lead, size=9.5)
    y = heading(p, 40, y + 12, '職員の採用実績', C, 515)
    colw = [80] + [72.5] * 6
    x0 = 42
    W = sum(colw)
    labels = ['2021年度', '2022年度', '2023年度', '2024年度', '2025年度', '2026年度予定']
    p.rect(x0, y, W, 18, fill=C)
    p.row(x0, y, colw, ['区分'] + labels, 18, f='G', size=8.5, color='#ffffff')
    y += 18
    rh = 18
    tracks = [('事務系職員', [a for _, a, _ in years]), ('技術系職員', [t for _, _, t in years])]
    tot = [(a[0] + t[0], None if a[1] is None else a[1] + t[1]) for _, a, t in years]
    for name, vals in tracks + [('計', tot)]:
        if name == '計': p.rect(x0, y, W, rh, fill=T)
        p.row(x0, y, colw, [name] + [str(v[0]) for v in vals], rh, f='M', size=9, fonts=['G'] + ['M'] * 6)
        p.hline(x0, x0 + W, y + rh, '#9fb7cc', 0.4)
        y += rh
    p.rect(x0 + sum(colw[:6]), y - 3 * rh - 18, colw[6], 3 * rh + 18, stroke='#d9822b', lw=1.2)
    y += 14
    # separate women table aligned by year columns
    p.line(x0, y, 'うち女性', f='G', size=9, color='#b03a5b')
    y += 6
    wtext = lambda v: '—' if v == 0 else str(v)
    for name, vals in tracks + [('計', tot)]:
        cells = [name] + [wtext(v[1]) if v[1] is not None else None for v in vals]
        p.row(x0, y, colw, cells, 16, f='M', size=8.5, fonts=['G'] + ['M'] * 6, color='#b03a5b')
        # the planned column is struck through (no text)
        cx = x0 + sum(colw[:6])
        p.seg(cx + 4, y + 14, cx + colw[6] - 4, y + 2, '#999999', 0.6)
        p.hline(x0, x0 + W, y + 16, '#e3b8c4', 0.4)
        y += 16
    note = ['—は0人。2026年度は採用予定数のため女性の内訳はありません。']
    y += 12
    p.line(x0, y, note[0], size=7.5, color='#555555')
    hire_rows = []
    for i, (fy, a, t) in enumerate(years):
        planned = a[1] is None
        def c(pair):
            d = dict(count=pair[0], women=pair[1], text=str(pair[0]))
            if not planned: d['womenText'] = wtext(pair[1])
            return d
        hire_rows.append(dict(fiscalYear=fy, label=labels[i].replace('予定', ''), labelText=labels[i], planned=planned,
                              total=c(tot[i]), admin=c(a), tech=c(t)))
    # exams | key figures decoy
    y += 24
    top = y
    heading(p, 40, top, '2026年度 採用予定', C)
    ecw = [62, 78, 120, 40]
    ey = top + 16
    p.rect(40, ey, sum(ecw), 18, fill=T)
    p.row(40, ey, ecw, ['職種', '試験区分', '専門分野', '予定数'], 18, f='G', size=8)
    ey += 18
    exam_entries = []
    prev = None
    for tr, ex, cats in exams:
        for i, (cat, n) in enumerate(cats):
            p.row(40, ey, ecw, [tr if (i == 0 and tr != prev) else None, ex if i == 0 else None, cat, f'{n}名'], 15,
                  size=8.2, aligns=['c', 'l', 'l', 'r'])
            ey += 15
            prev = tr
        p.hline(40, 40 + sum(ecw), ey, '#9fb7cc', 0.5)
        exam_entries.append(dict(track=tr, exam=ex, text='', breakdown=[dict(category=c, count=n) for c, n in cats],
                                 total=sum(n for _, n in cats)))
    rx = 370
    ry = heading(p, rx, top, '数字で見るJAMSTEC', C)
    for k, (lab, val) in enumerate((('保有する研究船', '7隻'), ('職員数', '約1,000名'), ('有人潜水調査船の最大潜航深度', '6,500m'))):
        p.rect(rx, ry - 4 + k * 42, 185, 36, fill=T, radius=4)
        p.line(rx + 8, ry + 9 + k * 42, lab, f='G', size=8, color='#555555')
        p.line(rx + 8, ry + 25 + k * 42, val, f='M', size=11, color=C)
    # assignments
    y = max(ey, ry + 126) + 18
    y = heading(p, 40, y, '2025年度採用者の配属先', C, 515)
    acw = [220, 70, 70]
    p.rect(40, y, sum(acw), 16, fill=T)
    p.row(40, y, acw, ['配属先', '事務系', '技術系'], 16, f='G', size=8)
    y += 16
    arows = []
    for u, a, t in assign:
        p.row(40, y, acw, [u, str(a) if a else '－', str(t) if t else '－'], 14.5, size=8.3, aligns=['l', 'c', 'c'])
        p.hline(40, 40 + sum(acw), y + 14.5, '#cccccc', 0.3)
        y += 14.5
        arows.append(dict(unit=u, admin=a, tech=t))
    furniture(p, 1)
    # ---- page 2
    p = pages[1]
    furniture(p, 2, 'JAMSTEC 職員採用案内')
    y = heading(p, 40, 60, '研修制度', C, 515)
    # block arrows (pentagons) with the stage inside, course and text under each
    aw_ = 124
    for i, (st, course, tx) in enumerate(stages):
        x = 40 + i * 130
        p.poly([(x, y), (x + aw_ - 14, y), (x + aw_, y + 13), (x + aw_ - 14, y + 26), (x, y + 26)] if i == 0 else
               [(x, y), (x + aw_ - 14, y), (x + aw_, y + 13), (x + aw_ - 14, y + 26), (x, y + 26), (x + 12, y + 13)],
               fill=['#5b9bd5', '#3d7fbf', '#2563a0', C][i])
    paragraphs = []
    for i, (st, course, tx) in enumerate(stages):
        x = 40 + i * 130
        p.line(x + (aw_ - 2) / 2 + 4, y + 17, st, f='G', size=10, color='#ffffff', align='c')
        p.line(x + 2, y + 44, course, f='G', size=9, color=C)
        p.para(x + 2, y + 60, 118, tx, size=8.2, lead=12.5)
        paragraphs.append(tx)
    y += 110
    y = heading(p, 40, y, '働きやすい環境づくり', C, 515)
    for t, tx in inits:
        p.line(40, y, '□' + t, f='G', size=9.5, color=C)
        y = p.para(52, y + 15, 500, tx, size=9) + 6
    y += 6
    y = heading(p, 40, y, '両立支援制度', C, 515)
    for n, d, _ in supports:
        p.put(50, y, n, f='G', size=9)
        p.put(200, y, d, f='M', size=9, color=C)
        p.expect(n + '\t' + d)
        p.seg(52 + sw(n, 'G', 9), y - 3, 196, y - 3, '#9fb7cc', 0.4)
        y += 16
    y += 14
    top = y
    heading(p, 40, top, 'お問い合わせ', C)
    tr, off, tel, mail = contacts[0]
    p.rect(40, top + 8, 250, 78, stroke=C, lw=0.8, radius=4)
    p.line(50, top + 26, off, f='G', size=9.5)
    p.line(50, top + 44, 'TEL ' + tel, size=9)
    p.line(50, top + 60, 'MAIL ' + mail, size=9)
    p.line(50, top + 76, '受付 平日9時〜17時', size=8, color='#555555')
    heading(p, 310, top, '横須賀本部へのアクセス', C)
    ay = top + 26
    p.line(310, ay, address, size=8.5)
    for r in routes:
        ay += 16
        p.line(310, ay, '・' + r.replace('『', '').replace('』', ''), size=8.5)
    facts = dict(
        organization='海洋研究開発機構', document='海洋研究開発機構 職員採用案内',
        edition=dict(year=2026, asOf='2026-02', asOfText='2026年2月発行'),
        lead=dict(title='', text=[lead]),
        hiring=dict(intro=[], note=note, tracks=dict(admin='事務系職員', tech='技術系職員'), textSynthesised=False,
                    layout='years across; head counts in the main table, women in a SEPARATE `うち女性` table below '
                           'aligned by year columns; a zero is printed `—` (women 0); the planned column of the women '
                           'table is struck through with a diagonal and holds no text',
                    rows=hire_rows),
        exams=dict(title='2026年度 採用予定', fiscalYear=2026, textSynthesised=False, entries=exam_entries),
        assignments=dict(cohortFiscalYear=2025, intro='2025年度採用者の配属先', tracks=dict(admin='事務系', tech='技術系'),
                         rows=arows),
        initiatives=[dict(title=t, text=x) for t, x in inits], initiativesIntro='',
        supportTitle='両立支援制度',
        supportSystems=[dict(name=n, duration=d, durationText=d, text=x) for n, d, x in supports],
        training=dict(title='研修制度', paragraphs=paragraphs,
                      stages=[dict(stage=s, course=c_) for s, c_, _ in stages]),
        contacts=[dict(track=tr, office=off, tel=[tel], email=[mail], location=address, telText=['TEL ' + tel],
                       emailText=['MAIL ' + mail])],
        access=dict(address=address, routes=routes), keyFigures=[],
        decoys=dict(tiles='数字で見るJAMSTEC: 7隻, 約1,000名, 6,500m'),
        pages=2, fixture='jamstec-2026')
    return pages, facts


BUILDERS = {'nagasaki': nagasaki, 'utsunomiya': utsunomiya, 'jamstec': jamstec}


# ---------------------------------------------------------------- checks
def box(it):
    a, d = metrics(it['f'])
    w = sw(it['s'], it['f'], it['size'])
    s = it['size']
    if it['rot'] == 90:   # text runs upward from (x, y); glyph tops point left
        return (it['x'] - a * s, it['y'] - w, it['x'] + d * s, it['y'])
    return (it['x'], it['y'] - a * s, it['x'] + w, it['y'] + d * s)


_CMAPS = {}


def has_glyph(f, ch):
    if f in ('H', 'HB'): return ord(ch) < 127
    if f not in _CMAPS:
        _CMAPS[f] = pdfmetrics.getFont(FONTS[f]).face.charToGlyph
    return ord(ch) in _CMAPS[f]


def nows(s):
    return ''.join(s.split())


def check_model(pages, facts):
    for n, pg in enumerate(pages, 1):
        for it in pg.items:
            for ch in it['s']:
                if not ch.isspace() and not has_glyph(it['f'], ch):
                    raise Refused('glyph', f'p{n} {ch!r} not in {FONTS[it["f"]]} ({it["s"]!r})')
        for it in pg.items:
            x0, y0, x1, y1 = box(it)
            if x0 < EDGE or y0 < EDGE or x1 > pg.w - EDGE or y1 > pg.h - EDGE:
                raise Refused('margin', f'p{n} {it["s"]!r} at {x0:.1f},{y0:.1f}-{x1:.1f},{y1:.1f}')
        bs = [box(it) for it in pg.items]
        for i in range(len(bs)):
            for j in range(i + 1, len(bs)):
                a, b = bs[i], bs[j]
                if min(a[2], b[2]) - max(a[0], b[0]) > 0.3 and min(a[3], b[3]) - max(a[1], b[1]) > 0.3:
                    raise Refused('overlap', f'p{n} {pg.items[i]["s"]!r} / {pg.items[j]["s"]!r}')
        for s, f, size, w in pg.cells:
            if sw(s, f, size) > w:
                raise Refused('overflow', f'p{n} cell {s!r} {sw(s, f, size):.1f} > {w:.1f}')
        for ls in pg.wraps:
            bad = kinsoku_bad(ls)
            if bad: raise Refused('kinsoku', f'p{n} {bad}')
        drawn = Counter(ch for it in pg.items if not it['furn'] for ch in nows(it['s']))
        exp = Counter(nows(''.join(pg.lines)))
        if drawn != exp:
            raise Refused('multiset', f'p{n} drawn-expected {dict(drawn - exp)} expected-drawn {dict(exp - drawn)}')
    check_facts(facts, '\n'.join('\n'.join(pg.lines) for pg in pages))


def check_facts(facts, expected):
    import score_extract as se
    h = facts['hiring']
    rows = h['rows']
    # planned rows
    planned = [i for i, r in enumerate(rows) if r['planned']]
    if len(planned) != 1: raise Refused('planned-last', f'{len(planned)} planned rows')
    if planned[0] != len(rows) - 1: raise Refused('planned-last', 'the planned row is not the last')
    for r in rows:
        for k in ('admin', 'tech', 'total'):
            if r[k]['women'] is not None and r['planned']:
                raise Refused('planned-women', f'{r["labelText"]} {k} women on the planned row')
    for r in rows:
        a, t, tot = r['admin'], r['tech'], r['total']
        if tot['count'] != a['count'] + t['count']:
            raise Refused('hiring-sum', f'{r["labelText"]} {tot["count"]} != {a["count"]} + {t["count"]}')
        if not r['planned']:
            for k in ('admin', 'tech', 'total'):
                if r[k]['women'] is None or r[k]['women'] > r[k]['count']:
                    raise Refused('women-sum', f'{r["labelText"]} {k} women {r[k]["women"]}')
            if tot['women'] != a['women'] + t['women']:
                raise Refused('women-sum', f'{r["labelText"]} women {tot["women"]} != {a["women"]} + {t["women"]}')
    act = [r['fiscalYear'] for r in rows if not r['planned']]
    if len(act) < 5 or act != list(range(act[0], act[0] + len(act))):
        raise Refused('years', f'actual years {act}')
    py = rows[-1]['fiscalYear']
    if not (py == act[-1] + 1 == facts['edition']['year'] == facts['exams']['fiscalYear']):
        raise Refused('years', 'planned year / edition / exam year disagree')
    # assignments
    a = facts['assignments']
    last = [r for r in rows if r['fiscalYear'] == a['cohortFiscalYear']][0]
    units = [u['unit'] for u in a['rows']]
    if len(set(units)) != len(units): raise Refused('assign-dup', 'duplicate unit')
    for u in a['rows']:
        for k in ('admin', 'tech'):
            if u[k] is not None and u[k] <= 0: raise Refused('assign-zero', f'{u["unit"]} {k} {u[k]}')
    if a['cohortFiscalYear'] != act[-1]: raise Refused('assign-sum', 'cohort is not the last actual year')
    for k in ('admin', 'tech'):
        s = sum(u[k] or 0 for u in a['rows'])
        if s != last[k]['count']: raise Refused('assign-sum', f'{k} {s} != {last[k]["count"]}')
    # exams
    keys = set()
    for e in facts['exams']['entries']:
        if se.track(e['track']) == 'other': raise Refused('exam-track', e['track'])
        for b in e['breakdown']:
            key = (se.track(e['track']), se.level(e['exam']), se.norm(b['category']))
            if key in keys: raise Refused('exam-collide', str(key))
            keys.add(key)
    for e in facts['exams']['entries']:
        if e['total'] != sum(b['count'] for b in e['breakdown']):
            raise Refused('exam-total', f'{e["track"]} {e["exam"]}')
    for k in ('admin', 'tech'):
        name = h['tracks'][k]
        s = sum(e['total'] for e in facts['exams']['entries'] if se.track(e['track']) == se.track(name))
        if s != rows[-1][k]['count']: raise Refused('exam-sum', f'{k} exams {s} != planned {rows[-1][k]["count"]}')
    # every fact string printed
    flat = nows(expected)
    want = [facts['organization'], facts['edition']['asOfText']] + facts['lead']['text'] + h['intro'] + h['note']
    want += list(h['tracks'].values())
    for r in rows:
        want.append(r['labelText'])
        for k in ('admin', 'tech', 'total'):
            want.append(r[k]['text'])
            if 'womenText' in r[k]: want.append(r[k]['womenText'])
    for e in facts['exams']['entries']:
        want += [e['track'], e['exam']] + [b['category'] for b in e['breakdown']]
    want += [a['intro']] + units
    for c in facts['contacts']:
        want += [c['track'], c['office']] + c['telText'] + c['emailText'] + c['tel'] + c['email']
    want += [facts['access']['address']] + [r.replace('『', '').replace('』', '') for r in facts['access']['routes']]
    for i in facts['initiatives']: want += [i['title'], i['text']]
    for s in facts['supportSystems']: want += [s['name'], s['durationText'], s['text']]
    want += facts['training']['paragraphs']
    for w in want:
        if nows(w) not in flat: raise Refused('unprinted', repr(w))


def standin(facts):
    import score_extract as se
    h = facts['hiring']
    cnt_ = lambda c: dict(count=c['count'], women=c['women'])
    digits = lambda t: ''.join(ch for ch in unicodedata.normalize('NFKC', t.split('（')[0].split('(')[0]) if ch.isdigit())
    return dict(
        organization=facts['organization'], edition=dict(asOf=facts['edition']['asOf']),
        sections=dict(
            hiring=dict(rows=[dict(fiscalYear=r['fiscalYear'], planned=r['planned'], total=cnt_(r['total']),
                                   administrative=cnt_(r['admin']), technical=cnt_(r['tech'])) for r in h['rows']]),
            assignments=dict(cohortFiscalYear=facts['assignments']['cohortFiscalYear'],
                             rows=[dict(unit=u['unit'], administrative=u['admin'] or 0, technical=u['tech'] or 0)
                                   for u in facts['assignments']['rows']]),
            examBreakdown=dict(entries=[dict(track=se.track(e['track']), level=se.level(e['exam']),
                                             category=b['category'], count=b['count'])
                                        for e in facts['exams']['entries'] for b in e['breakdown']]),
            contacts=[dict(office=c['office'], phones=[dict(number=digits(t)) for t in c['tel']], emails=c['email'])
                      for c in facts['contacts']],
            access=dict(routes=[dict(station=r.split('『')[1].split('』')[0]) for r in facts['access']['routes']]),
            initiatives=[dict(title=i['title']) for i in facts['initiatives']],
            supportSystems=[dict(name=s['name']) for s in facts['supportSystems']]))


def check_score(facts, expected):
    import score_extract as se
    drawn = se.norm(expected)
    full = se.checks(facts, standin(facts), drawn)
    if not all(ok for _, ok in full): raise Refused('score', f'stand-in misses {[n for n, ok in full if not ok]}')
    n_init = sum(1 for i in facts['initiatives'] if se.norm(i['title']) in drawn)
    n_sup = sum(1 for s in facts['supportSystems'] if se.norm(s['name']) in drawn)
    if n_init != len(facts['initiatives']) or n_sup != len(facts['supportSystems']):
        raise Refused('score', 'an initiative / support check is unreachable')
    empty = se.checks(facts, {}, drawn)
    if any(ok for _, ok in empty): raise Refused('score', 'an empty document scores above 0')
    return len(full)


# ---------------------------------------------------------------- render
def render(pages, seed):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    for n, pg in enumerate(pages):
        H = pg.h
        c.setPageSize((pg.w, pg.h))
        for g in pg.gfx:
            c.saveState()
            if g[0] == 'rect':
                _, x, y, w, h, fill, stroke, lw, rad = g
                if fill: c.setFillColor(HexColor(fill))
                if stroke: c.setStrokeColor(HexColor(stroke))
                c.setLineWidth(lw)
                if rad: c.roundRect(x, H - y - h, w, h, rad, stroke=1 if stroke else 0, fill=1 if fill else 0)
                else: c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif g[0] == 'line':
                _, x1, y1, x2, y2, col, lw = g
                c.setStrokeColor(HexColor(col))
                c.setLineWidth(lw)
                c.line(x1, H - y1, x2, H - y2)
            elif g[0] == 'poly':
                _, pts, fill, stroke, lw = g
                pth = c.beginPath()
                pth.moveTo(pts[0][0], H - pts[0][1])
                for x, y in pts[1:]: pth.lineTo(x, H - y)
                pth.close()
                if fill: c.setFillColor(HexColor(fill))
                if stroke: c.setStrokeColor(HexColor(stroke))
                c.setLineWidth(lw)
                c.drawPath(pth, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif g[0] == 'circle':
                _, x, y, r, fill, stroke, lw = g
                if fill: c.setFillColor(HexColor(fill))
                if stroke: c.setStrokeColor(HexColor(stroke))
                c.circle(x, H - y, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
            c.restoreState()
        order = list(range(len(pg.items)))
        random.Random(seed * 100 + n).shuffle(order)
        for i in order:
            it = pg.items[i]
            c.saveState()
            c.setFillColor(HexColor(it['color']))
            c.translate(it['x'], H - it['y'])
            if it['rot']: c.rotate(it['rot'])
            t = c.beginText(0, 0)
            t.setFont(FONTS[it['f']], it['size'])
            t.textOut(it['s'])
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()


def check_pdf(data, pages):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(data)
        f.flush()
        for n, pg in enumerate(pages, 1):
            out = subprocess.run(['pdftotext', '-f', str(n), '-l', str(n), f.name, '-'], capture_output=True,
                                 text=True, check=True).stdout
            got = Counter(nows(out))
            drawn = Counter(ch for it in pg.items for ch in nows(it['s']))
            if got != drawn:
                raise Refused('pdftotext', f'p{n} pdf-drawn {dict(got - drawn)} drawn-pdf {dict(drawn - got)}')
    import re
    nbt = len(re.findall(rb'\nBT 1 0 0 1 0 0 Tm', data))
    if nbt != sum(len(pg.items) for pg in pages):
        raise Refused('pdftotext', f'{nbt} text objects for {sum(len(pg.items) for pg in pages)} items')


def build(name, fault=None):
    seed = sorted(BUILDERS).index(name) + 35
    pages, facts = BUILDERS[name]()
    if fault: FAULTS[fault](pages, facts)
    check_model(pages, facts)
    expected = '\n\f\n'.join('\n'.join(pg.lines) for pg in pages) + '\n'
    n = check_score(facts, expected)
    data = render(pages, seed)
    pages2, facts2 = BUILDERS[name]()
    if render(pages2, seed) != data or facts2 != facts:
        raise Refused('determinism', 'two builds differ')
    check_pdf(data, pages)
    return data, expected, facts, n


# ---------------------------------------------------------------- fault injection
def _first(pages, pred):
    for pg in pages:
        for it in pg.items:
            if pred(it): return pg, it
    raise RuntimeError('no item')


def f_overlap(pages, facts):
    pg, it = _first(pages, lambda it: not it['furn'] and len(it['s']) > 3)
    d = dict(it); d['x'] += 1.0; pg.items.append(d)


def f_expected(pages, facts): pages[0].lines.append('X')


def f_hiring(pages, facts): facts['hiring']['rows'][0]['admin']['count'] += 1


def f_women(pages, facts): facts['hiring']['rows'][1]['tech']['women'] += 1


def f_assign(pages, facts): facts['assignments']['rows'][0]['admin'] = (facts['assignments']['rows'][0]['admin'] or 0) + 1


def f_exam(pages, facts): facts['exams']['entries'][0]['breakdown'][0]['count'] += 1


def f_email(pages, facts): facts['contacts'][0]['email'] = ['nobody@example.jp']


def f_emoji(pages, facts): pages[1].items.append(dict(x=300, y=820, s='😀', f='G', size=9, color='#000000', rot=0, furn=False))


def f_margin(pages, facts):
    pg, it = _first(pages, lambda it: not it['furn'] and it['x'] < 60 and it['rot'] == 0)
    it['x'] = 6


def f_pwomen(pages, facts): facts['hiring']['rows'][-1]['admin']['women'] = 1


def f_pfirst(pages, facts):
    rows = facts['hiring']['rows']
    rows.insert(0, rows.pop())


def f_collide(pages, facts):
    e = facts['exams']['entries'][0]
    facts['exams']['entries'].append(dict(track=e['track'], exam=e['exam'], text='',
                                          breakdown=[dict(category=e['breakdown'][0]['category'], count=1)], total=1))


FAULTS = {'overlap': f_overlap, 'expected': f_expected, 'hiring': f_hiring, 'women': f_women, 'assign': f_assign,
          'exam': f_exam, 'email': f_email, 'emoji': f_emoji, 'margin': f_margin, 'planned-women': f_pwomen,
          'planned-first': f_pfirst, 'collide': f_collide}
REASON = {'overlap': 'overlap', 'expected': 'multiset', 'hiring': 'hiring-sum', 'women': 'women-sum',
          'assign': 'assign-sum', 'exam': 'exam-total', 'email': 'unprinted', 'emoji': 'glyph', 'margin': 'margin',
          'planned-women': 'planned-women', 'planned-first': 'planned-last', 'collide': 'exam-collide'}


def selftest(verbose):
    ok = total = 0
    for name in sorted(BUILDERS):
        for fault in FAULTS:
            total += 1
            try:
                build(name, fault)
                print(f'NOT REFUSED {name} {fault}')
            except Refused as e:
                good = e.tag == REASON[fault]
                ok += good
                if verbose or not good: print(f'{"ok " if good else "WRONG REASON"} {name:<11} {fault:<14} {e}')
    total += 1
    bad = kinsoku_bad(['ここで文が終わります', '。次の行'])
    bad2 = kinsoku_bad(['開き括弧で終わる（', '行'])
    ok += bool(bad and bad2)
    if verbose: print(f'ok  kinsoku case: {bad} / {bad2}')
    print(f'selftest {ok}/{total}')
    return ok == total


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    if '--selftest' in sys.argv:
        sys.exit(0 if selftest('-v' in sys.argv) else 1)
    os.makedirs(OUT, exist_ok=True)
    for name in (args or sorted(BUILDERS)):
        data, expected, facts, n = build(name)
        base = os.path.join(OUT, f'{name}-2026')
        open(base + '.pdf', 'wb').write(data)
        open(base + '.expected.txt', 'w').write(expected)
        open(base + '.facts.json', 'w').write(json.dumps(facts, ensure_ascii=False, indent=2) + '\n')
        print(f'{name}-2026: {len(data)} bytes, {sum(len(p.items) for p in BUILDERS[name]())} ' if False else
              f'{name}-2026: {len(data)} bytes, {n} fact checks')


if __name__ == '__main__':
    main()
