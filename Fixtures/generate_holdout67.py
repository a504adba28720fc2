#!/usr/bin/env python3
"""Blind holdout set 67: three LOCAL public bodies (西和賀町 / 藤枝市 / 屋久島町).

Self-contained: a page model in top-down coordinates, reportlab's canvas (invariant=1, no page
compression), a post-processor that adds an optional-content group (OCG, OFF by default) and
rebuilds the xref, the fact and layout checks, and a fault-injection self-test.

  python3 Fixtures/generate_holdout67.py                 # all three
  python3 Fixtures/generate_holdout67.py fujieda-2026    # one
  python3 Fixtures/generate_holdout67.py --selftest -v   # every injected fault must be refused
"""
import copy, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(REPO, 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402

OUT = os.path.join(HERE, 'holdout67')
FONTS = {'G': '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
         'M': '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'}
for k, p in FONTS.items():
    pdfmetrics.registerFont(TTFont(k, p))
PW, PH = A4
ML, MR, MT, MB = 56, 56, 50, 60
EDGE = 20
LEGAL = ('地方独立行政法人', '公立大学法人', '独立行政法人', '国立大学法人', '一部事務組合', '公益財団法人', '一般財団法人')


class Refused(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Refused(msg)


def width(s, font, size, cs=0.0):
    return pdfmetrics.stringWidth(s, font, size) + cs * len(s)


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self):
        self.items = []      # dict(text, x, y (baseline, top-down), font, size, kind, cs, color)
        self.lines = []      # expected lines
        self.rules = []      # (x1, y1, x2, y2, w)
        self.fills = []      # (x, y, w, h, rgb)
        self.y = MT
        self.opblock = None  # dict(x, y, lead, lines=[(text, op)], font, size)

    def item(self, text, x, y, font='M', size=9, kind='body', cs=0.0, color=(0, 0, 0)):
        it = dict(text=text, x=x, y=y, font=font, size=size, kind=kind, cs=cs, color=color)
        self.items.append(it)
        return it

    def line(self, text, size=9, font='M', x=ML, gap=1.5, color=(0, 0, 0)):
        self.y += size
        self.item(text, x, self.y, font, size, color=color)
        self.lines.append(text)
        self.y += size * (gap - 1) + 2

    def heading(self, text, rgb):
        self.y += 8
        self.fills.append((ML, self.y, 6, 15, rgb))
        self.y += 12
        self.item(text, ML + 12, self.y, 'G', 12)
        self.lines.append(text)
        self.y += 8

    def table(self, widths, rows, size=8.5, font='M', rowh=15, header_rgb=(0.9, 0.9, 0.9), align=None,
              skip_expect=False):
        """rows: list of lists of single-line cells; None = spanned from above (empty in expected)."""
        x0 = ML
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        top = self.y + 4
        self.fills.append((x0, top, xs[-1] - x0, rowh, header_rgb))
        for r, row in enumerate(rows):
            yt = top + r * rowh
            base = yt + rowh / 2 + size * 0.35
            for c, cell in enumerate(row):
                if not cell:
                    continue
                f = 'G' if r == 0 else font
                w = width(cell, f, size)
                need(w <= widths[c] - 4, f'cell too wide: {cell}')
                if (align or 'L' * len(widths))[c] == 'R' and r > 0:
                    x = xs[c + 1] - 4 - w
                else:
                    x = xs[c] + 4
                self.item(cell, x, base, f, size, kind='cell')
            if not skip_expect:
                self.lines.append('\t'.join(cell or '' for cell in row))
        bottom = top + len(rows) * rowh
        for r in range(len(rows) + 1):
            y = top + r * rowh
            self.rules.append((x0, y, xs[-1], y, 0.8 if r in (0, 1, len(rows)) else 0.4))
        for c, x in enumerate(xs):
            # a vertical rule stops where a cell below is spanned
            self.rules.append((x, top, x, bottom, 0.4))
        # spanned cells: white-out the horizontal rule inside the span
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if cell is None:
                    y = top + r * rowh
                    self.rules.append(('erase', xs[c] + 0.5, y, xs[c + 1] - 0.5, y))
        self.y = bottom + 4
        return top, xs


# ---------------------------------------------------------------- brochures
def era(fy):
    return f'令和{fy - 2018}年度'


def hrow(fy, admin, tech, other=None, planned=False, label=None, label_text=None):
    def cnt(v):
        if planned:
            return dict(count=v, text=str(v), women=None)
        n, w = v
        return dict(count=n, text=str(n), women=w, womenText=str(w))
    tot_n = admin[0] + tech[0] + (other[0] if other else 0) if not planned else admin + tech + (other or 0)
    if planned:
        total = dict(count=tot_n, text=str(tot_n), women=None)
    else:
        tw = admin[1] + tech[1] + (other[1] if other else 0)
        total = dict(count=tot_n, text=str(tot_n), women=tw, womenText=str(tw))
    row = dict(fiscalYear=fy, label=label or era(fy), planned=planned, total=total, admin=cnt(admin), tech=cnt(tech))
    if other is not None:
        row['other'] = cnt(other)
    row['labelText'] = label_text or (row['label'] + ('（予定）' if planned else ''))
    return row


def cell(c):
    return c['text'] if c.get('women') is None else f"{c['text']}（{c['womenText']}）"


def common_p2(p, f, rgb, contact_lines=None):
    p.heading(f['training']['title'], rgb)
    for s in f['training']['paragraphs']:
        p.line(s)
    p.heading('働きやすい職場づくり', rgb)
    for i in f['initiatives']:
        p.line('■' + i['title'], font='G')
        p.line(i['text'], x=ML + 12)
    p.heading(f['supportTitle'], rgb)
    for s in f['supportSystems']:
        p.line(f"●{s['name']}（{s['durationText']}）", font='G')
        p.line(s['text'], x=ML + 12)


def base_facts(org, document, lead, asof_text):
    return dict(organization=org, document=document,
                edition=dict(year=2026, asOf='2026-04', asOfText=asof_text),
                lead=dict(title='', text=[lead]))


def nishiwaga():
    """西和賀町 (Iwate): 保健師 as a third hiring column inside 計; relative years 今年度 / 昨年度."""
    rgb = (0.2, 0.45, 0.3)
    f = base_facts('西和賀町', '西和賀町 職員採用案内 2026', '雪と温泉の町で、町民の暮らしにいちばん近い仕事をしませんか。', '令和8年4月現在')
    rows = [hrow(2021, (2, 1), (1, 0), (1, 1)), hrow(2022, (3, 1), (0, 0), (0, 0)), hrow(2023, (2, 2), (1, 0), (1, 1)),
            hrow(2024, (1, 0), (0, 0), (0, 0)), hrow(2025, (3, 2), (1, 0), (1, 1)),
            hrow(2026, 3, 1, 1, planned=True, label='今年度', label_text='今年度（予定）')]
    f['hiring'] = dict(intro=['採用者数の推移（単位：人）'], note=['※（ ）内は女性の数で内数です。計は保健師を含みます。'],
                       tracks=dict(admin='一般事務', tech='技術', other='保健師'), textSynthesised=False,
                       layout='ruled 年度 | 一般事務 | 技術 | 保健師 | 計; the planned row labelled 今年度（予定）', rows=rows)
    f['assignments'] = dict(cohortFiscalYear=2025, intro='昨年度採用者の配属先（単位：人）',
                            tracks=dict(admin='一般事務', tech='技術', other='保健師'),
                            layout='ruled 配属先 | 一般事務 | 技術 | 保健師',
                            rows=[dict(unit='総務課', admin=1, tech=None), dict(unit='税務課', admin=1, tech=None),
                                  dict(unit='企画課', admin=1, tech=None), dict(unit='建設課', admin=None, tech=1),
                                  dict(unit='健康福祉課', admin=None, tech=None, other=1)])
    exam = '西和賀町職員採用試験（大学卒業程度）'
    f['exams'] = dict(title='今年度の採用予定', fiscalYear=2026, textSynthesised=False,
                      layout='ruled 区分 | 試験 | 職種 | 予定数',
                      entries=[dict(track='一般事務', exam=exam, text='', breakdown=[dict(category='一般事務', count=3)], total=3),
                               dict(track='技術', exam=exam, text='', breakdown=[dict(category='土木', count=1)], total=1),
                               dict(track='保健師', exam=exam, text='', breakdown=[dict(category='保健師', count=1)], total=1)])
    f['training'] = dict(title='研修', paragraphs=['岩手県市町村職員研修所での新任職員研修のほか、県への派遣研修があります。'])
    f['initiatives'] = [dict(title='時差出勤', text='7時30分から10時までの間で始業時刻を選べます。'),
                        dict(title='冬期の在宅勤務', text='大雪の日は在宅勤務に切り替えられます。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text='男女とも取得できます。'),
                           dict(name='子の看護休暇', duration='年5日', durationText='年5日', text='1時間単位で取得できます。')]
    f['contacts'] = [dict(track='採用担当', office='西和賀町 総務課 人事係', tel=['0197-82-3281'], email=['somu-jinji@town.nishiwaga.lg.jp'],
                          location='', telText=['TEL 0197-82-3281'], emailText=['E-mail somu-jinji@town.nishiwaga.lg.jp'], hoursText='')]
    f['access'] = dict(address='〒029-5512 岩手県和賀郡西和賀町川尻40地割40番地71',
                       routes=['JR北上線『ほっとゆだ』駅から徒歩約5分', 'JR北上線『ゆだ錦秋湖』駅から車で約10分'],
                       routesSynthesised=False,
                       routesText=['JR北上線ほっとゆだ駅から徒歩約5分', 'JR北上線ゆだ錦秋湖駅から車で約10分'])
    f['keyFigures'] = []
    f['decoys'] = dict(hiring='a third column 保健師 between 技術 and 計; 計 = 一般事務 + 技術 + 保健師',
                       years='relative years: the planned row is 今年度（予定）, the assignment cohort is 昨年度, the exam title 今年度の採用予定')

    p1 = Page()
    p1.fills.append((0, 0, PW, 40, rgb))
    p1.y = 56
    p1.line('西和賀町', size=26, font='G', gap=1.2)
    p1.line('職員採用案内 2026', size=16, font='G')
    p1.line('令和8年4月現在', size=9, font='G')
    p1.line(f['lead']['text'][0])
    p1.heading('採用実績', rgb)
    p1.line(f['hiring']['intro'][0])
    trs = [['年度', '一般事務', '技術', '保健師', '計']]
    for r in rows:
        trs.append([r['labelText'], cell(r['admin']), cell(r['tech']), cell(r['other']), cell(r['total'])])
    p1.table([100, 80, 80, 80, 80], trs, align='LRRRR')
    p1.line(f['hiring']['note'][0])
    p1.heading('配属実績', rgb)
    p1.line(f['assignments']['intro'])
    ars = [['配属先', '一般事務', '技術', '保健師']]
    for a in f['assignments']['rows']:
        ars.append([a['unit']] + [str(a.get(k)) if a.get(k) else '－' for k in ('admin', 'tech', 'other')])
    p1.table([120, 80, 80, 80], ars, align='LRRR')
    p1.heading('試験区分', rgb)
    p1.line(f['exams']['title'])
    ers = [['区分', '試験', '職種', '予定数']]
    for e in f['exams']['entries']:
        for i, b in enumerate(e['breakdown']):
            ers.append([e['track'] if i == 0 else None, e['exam'] if i == 0 else None, b['category'], str(b['count'])])
    p1.table([70, 200, 90, 60], ers, align='LLLR')
    p2 = Page()
    common_p2(p2, f, rgb)
    p2.heading('採用担当', rgb)
    c = f['contacts'][0]
    for s in (c['office'], c['telText'][0], c['emailText'][0]):
        p2.line(s)
    p2.heading('アクセス', rgb)
    p2.line(f['access']['address'])
    for s in f['access']['routesText']:
        p2.line(s)
    return [p1, p2], f


def fujieda():
    """藤枝市 (Shizuoka): a hidden OCG layer with last edition's hiring table; contact / access lines
    shown with the ' and " operators in one text object."""
    rgb = (0.1, 0.35, 0.65)
    f = base_facts('藤枝市', '藤枝市 職員採用案内 2026', '藤の花とサッカーのまちで、市民とともに未来をつくる職員を求めています。', '令和8年4月現在')
    rows = [hrow(2021, (24, 11), (9, 2)), hrow(2022, (27, 13), (8, 1)), hrow(2023, (22, 12), (10, 3)),
            hrow(2024, (26, 14), (7, 2)), hrow(2025, (25, 12), (9, 3)), hrow(2026, 28, 10, planned=True)]
    f['hiring'] = dict(intro=['採用者数の推移（単位：人）'], note=['※（ ）内は女性の数で内数です。令和8年度は予定数です。'],
                       tracks=dict(admin='事務職', tech='技術職'), textSynthesised=False,
                       layout='ruled 年度 | 事務職 | 技術職 | 計, with a hidden (OFF) optional-content layer holding the previous edition',
                       rows=rows)
    f['assignments'] = dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先（単位：人）', tracks=dict(admin='事務職', tech='技術職'),
                            layout='ruled 配属先 | 事務職 | 技術職',
                            rows=[dict(unit='総務部', admin=3, tech=None), dict(unit='企画創生部', admin=2, tech=None),
                                  dict(unit='財政経営部', admin=3, tech=None), dict(unit='市民文化部', admin=4, tech=None),
                                  dict(unit='健康福祉部', admin=6, tech=None), dict(unit='こども未来部', admin=4, tech=None),
                                  dict(unit='都市建設部', admin=2, tech=6), dict(unit='上下水道部', admin=1, tech=3)])
    exam = '藤枝市職員採用試験（大学卒業程度）'
    f['exams'] = dict(title='令和8年度 採用予定', fiscalYear=2026, textSynthesised=False, layout='ruled 区分 | 試験 | 試験区分 | 予定数',
                      entries=[dict(track='事務職', exam=exam, text='', breakdown=[dict(category='行政', count=24), dict(category='社会福祉', count=4)], total=28),
                               dict(track='技術職', exam=exam, text='', breakdown=[dict(category='土木', count=6), dict(category='建築', count=2),
                                                                                  dict(category='電気', count=1), dict(category='化学', count=1)], total=10)])
    f['training'] = dict(title='研修', paragraphs=['新規採用職員研修、階層別研修のほか、静岡県自治研修所での専門研修があります。'])
    f['initiatives'] = [dict(title='フレックスタイム制', text='コアタイムなしで始業・終業時刻を選べます。'),
                        dict(title='副業の許可', text='地域活動に関わる副業を届け出て行えます。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text='男性職員の取得率は8割を超えています。'),
                           dict(name='介護休暇', duration='通算6月まで', durationText='通算6月まで', text='3回まで分けて取得できます。')]
    f['contacts'] = [dict(track='採用担当', office='藤枝市 総務部 人事課', tel=['054-643-3117'], email=['jinji@city.fujieda.shizuoka.jp'],
                          location='', telText=['TEL 054-643-3117'], emailText=['E-mail jinji@city.fujieda.shizuoka.jp'], hoursText='')]
    f['access'] = dict(address='〒426-8722 静岡県藤枝市岡出山1丁目11番1号',
                       routes=['JR東海道本線『藤枝』駅からバスで約10分', 'JR東海道本線『西焼津』駅から車で約10分'],
                       routesSynthesised=False, routesText=['JR東海道本線藤枝駅からバスで約10分', 'JR東海道本線西焼津駅から車で約10分'])
    f['keyFigures'] = []
    f['decoys'] = dict(hiring='an optional-content group 前年度版 (OFF in /D, not printed) under the hiring table holds the previous '
                              "edition's table 令和2年度 … 令和7年度（予定） shifted one row",
                       contacts="the contact and access lines are ONE text object: 12 TL, the first line Tj, the others ' "
                                "(T* + show) and the e-mail line \" with 1 pt character spacing")

    p1 = Page()
    p1.fills.append((0, 0, PW, 40, rgb))
    p1.y = 56
    p1.line('藤枝市', size=26, font='G', gap=1.2)
    p1.line('職員採用案内 2026', size=16, font='G')
    p1.line('令和8年4月現在', size=9, font='G')
    p1.line(f['lead']['text'][0])
    p1.heading('採用実績', rgb)
    p1.line(f['hiring']['intro'][0])
    trs = [['年度', '事務職', '技術職', '計']]
    for r in rows:
        trs.append([r['labelText'], cell(r['admin']), cell(r['tech']), cell(r['total'])])
    top, xs = p1.table([120, 90, 90, 90], trs, align='LRRR')
    # the hidden layer: last edition (令和2年度 … 令和7年度（予定）), same grid, grey
    old = [(2020, (21, 9), (8, 1)), (2021, (24, 11), (9, 2)), (2022, (27, 13), (8, 1)), (2023, (22, 12), (10, 3)),
           (2024, (26, 14), (7, 2))]
    hid = []
    for fy, a, t in old:
        hid.append([era(fy), f'{a[0]}（{a[1]}）', f'{t[0]}（{t[1]}）', f'{a[0] + t[0]}（{a[1] + t[1]}）'])
    hid.append(['令和7年度（予定）', '30', '10', '40'])
    for r, row in enumerate(hid):
        base = top + (r + 1) * 15 + 7.5 + 8.5 * 0.35
        for c, s in enumerate(row):
            w = width(s, 'M', 8.5)
            x = xs[c] + 4 if c == 0 else xs[c + 1] - 4 - w
            p1.item(s, x, base, 'M', 8.5, kind='hidden', color=(0.5, 0.5, 0.5))
    p1.line(f['hiring']['note'][0])
    p1.heading('配属実績', rgb)
    p1.line(f['assignments']['intro'])
    ars = [['配属先', '事務職', '技術職']]
    for a in f['assignments']['rows']:
        ars.append([a['unit']] + [str(a.get(k)) if a.get(k) else '－' for k in ('admin', 'tech')])
    p1.table([120, 90, 90], ars, align='LRR')
    p2 = Page()
    p2.heading('試験区分', rgb)
    p2.line(f['exams']['title'])
    ers = [['区分', '試験', '試験区分', '予定数']]
    for e in f['exams']['entries']:
        for i, b in enumerate(e['breakdown']):
            ers.append([e['track'] if i == 0 else None, e['exam'] if i == 0 else None, b['category'], str(b['count'])])
    p2.table([70, 200, 90, 60], ers, align='LLLR')
    common_p2(p2, f, rgb)
    p2.heading('採用担当・アクセス', rgb)
    c = f['contacts'][0]
    lines = [(c['office'], 'Tj'), (c['telText'][0], "'"), (c['emailText'][0], '"'),
             (f['access']['address'], "'")] + [(s, "'") for s in f['access']['routesText']]
    x, lead, size = ML, 13.0, 9
    y0 = p2.y + size
    for i, (s, op) in enumerate(lines):
        cs = 1.0 if op == '"' else 0.0
        p2.item(s, x, y0 + i * lead, 'M', size, kind='op', cs=cs)
        p2.lines.append(s)
    p2.opblock = dict(x=x, y=y0, lead=lead, size=size, font='M', lines=lines)
    p2.y = y0 + len(lines) * lead
    return [p1, p2], f


def yakushima():
    """屋久島町 (Kagoshima): exam categories repeated over 前期 / 後期 rounds (fact: their sum); assignments as
    run-in lines `事務職：総務課1名、…`."""
    rgb = (0.15, 0.5, 0.45)
    f = base_facts('屋久島町', '屋久島町 職員採用案内 2026', '世界自然遺産の島で、島の暮らしと自然を守る仕事をしませんか。', '令和8年4月現在')
    rows = [hrow(2021, (5, 2), (1, 0)), hrow(2022, (4, 2), (2, 0)), hrow(2023, (6, 3), (1, 1)),
            hrow(2024, (3, 1), (1, 0)), hrow(2025, (5, 3), (2, 0)), hrow(2026, 6, 2, planned=True)]
    f['hiring'] = dict(intro=['採用者数の推移（単位：人）'], note=['※（ ）内は女性の数で内数です。令和8年度は予定数です。'],
                       tracks=dict(admin='事務職', tech='技術職'), textSynthesised=False, layout='ruled 年度 | 事務職 | 技術職 | 計', rows=rows)
    arows = [dict(unit='総務課', admin=1, tech=None), dict(unit='企画調整課', admin=1, tech=None), dict(unit='町民課', admin=1, tech=None),
             dict(unit='保健福祉課', admin=1, tech=None), dict(unit='環境政策課', admin=1, tech=None), dict(unit='建設課', admin=None, tech=2)]
    f['assignments'] = dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先', tracks=dict(admin='事務職', tech='技術職'),
                            layout='two run-in lines: 事務職：unit N名、… / 技術職：unit N名', rows=arows)
    exam = '屋久島町職員採用試験（大学卒業程度）'
    f['exams'] = dict(title='令和8年度 採用予定', fiscalYear=2026, textSynthesised=False,
                      layout='ruled 試験 | 区分 | 職種 | 予定数 with rounds 前期 (一般事務 4, 土木 1) and 後期 (一般事務 2, 建築 1); facts = per-category sums',
                      entries=[dict(track='事務職', exam=exam, text='', breakdown=[dict(category='一般事務', count=6)], total=6),
                               dict(track='技術職', exam=exam, text='', breakdown=[dict(category='土木', count=1), dict(category='建築', count=1)], total=2)])
    f['training'] = dict(title='研修', paragraphs=['鹿児島県市町村職員研修での新任研修のほか、島内の先輩職員によるOJTがあります。'])
    f['initiatives'] = [dict(title='島内ワーケーション', text='尾之間・安房の支所でも勤務できます。'),
                        dict(title='ノー残業デー', text='毎週水曜日は定時退庁を徹底しています。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text='男女とも取得できます。'),
                           dict(name='介護休暇', duration='通算6月まで', durationText='通算6月まで', text='3回まで分けて取得できます。')]
    f['contacts'] = [dict(track='採用担当', office='屋久島町役場 総務課 人事係', tel=['0997-43-5911'], email=['soumu-jinji@town.yakushima.lg.jp'],
                          location='', telText=['TEL 0997-43-5911'], emailText=['E-mail soumu-jinji@town.yakushima.lg.jp'], hoursText='')]
    f['access'] = dict(address='〒891-4292 鹿児島県熊毛郡屋久島町小瀬田849番地20',
                       routes=['『屋久島空港』から車で約5分', '『宮之浦港』から車で約15分'], routesSynthesised=False,
                       routesText=['屋久島空港から車で約5分', '宮之浦港から車で約15分'])
    f['keyFigures'] = []
    f['decoys'] = dict(exams='two exam rounds 前期 / 後期 each listing 一般事務; the planned hires per category are the sums (一般事務 4 + 2)',
                       assignments='no table: 事務職：総務課1名、企画調整課1名、… and 技術職：建設課2名 as run-in lines')

    p1 = Page()
    p1.fills.append((0, 0, PW, 40, rgb))
    p1.y = 56
    p1.line('屋久島町', size=26, font='G', gap=1.2)
    p1.line('職員採用案内 2026', size=16, font='G')
    p1.line('令和8年4月現在', size=9, font='G')
    p1.line(f['lead']['text'][0])
    p1.heading('採用実績', rgb)
    p1.line(f['hiring']['intro'][0])
    trs = [['年度', '事務職', '技術職', '計']]
    for r in rows:
        trs.append([r['labelText'], cell(r['admin']), cell(r['tech']), cell(r['total'])])
    p1.table([120, 90, 90, 90], trs, align='LRRR')
    p1.line(f['hiring']['note'][0])
    p1.heading('配属実績', rgb)
    p1.line(f['assignments']['intro'])
    p1.line('事務職：' + '、'.join(f"{a['unit']}{a['admin']}名" for a in arows if a['admin']))
    p1.line('技術職：' + '、'.join(f"{a['unit']}{a['tech']}名" for a in arows if a['tech']))
    p1.heading('試験区分', rgb)
    p1.line(f['exams']['title'])
    p1.line(exam)
    ers = [['試験', '区分', '職種', '予定数'],
           ['前期（6月）', '事務職', '一般事務', '4'], [None, '技術職', '土木', '1'],
           ['後期（9月）', '事務職', '一般事務', '2'], [None, '技術職', '建築', '1']]
    p1.table([90, 80, 100, 60], ers, align='LLLR')
    p2 = Page()
    common_p2(p2, f, rgb)
    p2.heading('採用担当', rgb)
    c = f['contacts'][0]
    for s in (c['office'], c['telText'][0], c['emailText'][0]):
        p2.line(s)
    p2.heading('アクセス', rgb)
    p2.line(f['access']['address'])
    for s in f['access']['routesText']:
        p2.line(s)
    return [p1, p2], f


BROCHURES = {'nishiwaga-2026': nishiwaga, 'fujieda-2026': fujieda, 'yakushima-2026': yakushima}


# ---------------------------------------------------------------- rendering
def folio(c, n):
    c.setFont('M', 8)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawCentredString(PW / 2, 30, f'- {n} -')


def render(name, pages):
    import io
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(name)
    rnd = random.Random(name)
    for n, p in enumerate(pages, 1):
        for (x, y, w, h, rgb) in p.fills:
            c.setFillColorRGB(*rgb)
            c.rect(x, PH - y - h, w, h, stroke=0, fill=1)
        for r in p.rules:
            if r[0] == 'erase':
                continue
            x1, y1, x2, y2, w = r
            c.setLineWidth(w)
            c.setStrokeColorRGB(0.4, 0.4, 0.4)
            c.line(x1, PH - y1, x2, PH - y2)
        for r in p.rules:
            if r[0] == 'erase':
                c.setLineWidth(1.2)
                c.setStrokeColorRGB(1, 1, 1)
                c.line(r[1], PH - r[2], r[3], PH - r[4])
        hidden = [it for it in p.items if it['kind'] == 'hidden']
        if hidden:
            c._code.append('/OC /MC0 BDC')
            for it in hidden:
                c.setFont(it['font'], it['size'])
                c.setFillColorRGB(*it['color'])
                c.drawString(it['x'], PH - it['y'], it['text'])
            c._code.append('EMC')
        units = [it for it in p.items if it['kind'] not in ('hidden', 'op')]
        if p.opblock:
            units.append('OPBLOCK')
        rnd.shuffle(units)
        for it in units:
            if it == 'OPBLOCK':
                ob = p.opblock
                t = c.beginText(ob['x'], PH - ob['y'])
                t.setFont(ob['font'], ob['size'], ob['lead'])
                c.setFillColorRGB(0, 0, 0)
                for s, op in ob['lines']:
                    code = t._formatText(s)
                    if op == 'Tj':
                        t._code.append(code)
                    elif op == "'":
                        t._code.append(code.replace(') Tj', ") '", 1))
                    else:  # " : aw ac string "
                        k = code.index('(')
                        t._code.append(code[:k] + '0 1 ' + code[k:].replace(') Tj', ') "', 1) + ' 0 Tc')
                c.drawText(t)
                continue
            c.setFont(it['font'], it['size'])
            c.setFillColorRGB(*it['color'])
            c.drawString(it['x'], PH - it['y'], it['text'])
        folio(c, n)
        c.showPage()
    c.save()
    pdf = buf.getvalue()
    if any(it['kind'] == 'hidden' for p in pages for it in p.items):
        pdf = add_ocg(pdf)
    return pdf


def add_ocg(pdf):
    """Add one OCG (OFF in the default configuration, never printed) as /MC0 in every page's /Resources and
    rebuild the xref table."""
    body = pdf[:pdf.rindex(b'\nxref\n') + 1]
    nums = [int(m.group(1)) for m in re.finditer(rb'\n(\d+) 0 obj', body)]
    n = max(nums) + 1
    name = '<FEFF' + '前年度版'.encode('utf-16-be').hex().upper() + '>'
    ocg = (f'{n} 0 obj\n<< /Type /OCG /Name {name} /Usage << /Print << /PrintState /OFF >> /View << /ViewState /OFF >> >> >>\nendobj\n').encode()
    body = body.replace(b'/Resources <<', f'/Resources << /Properties << /MC0 {n} 0 R >>'.encode())
    body = body.replace(b'/Type /Catalog', f'/OCProperties << /OCGs [ {n} 0 R ] /D << /Order [ {n} 0 R ] /ON [ ] /OFF [ {n} 0 R ] >> >> /Type /Catalog'.encode(), 1)
    body += ocg
    offs = {}
    for m in re.finditer(rb'(?:^|\n)(\d+) 0 obj', body):
        offs[int(m.group(1))] = m.start(1)
    size = max(offs) + 1
    xref = [b'xref\n', f'0 {size}\n'.encode(), b'0000000000 65535 f \n']
    for i in range(1, size):
        xref.append(f'{offs[i]:010d} 00000 n \n'.encode())
    trailer = pdf[pdf.rindex(b'trailer'):pdf.rindex(b'startxref')]
    trailer = re.sub(rb'/Size \d+', f'/Size {size}'.encode(), trailer)
    return body + b''.join(xref) + trailer + f'startxref\n{len(body)}\n%%EOF\n'.encode()


def expected_text(pages):
    return '\n\f\n'.join('\n'.join(p.lines) for p in pages) + '\n'


# ---------------------------------------------------------------- checks
FACE = {k: pdfmetrics.getFont(k).face for k in FONTS}


def check_layout(pages, pdf_path):
    for n, p in enumerate(pages, 1):
        boxes = []
        for it in p.items:
            for ch in it['text']:
                need(ord(ch) in FACE[it['font']].charToGlyph, f'glyph missing: {ch!r}')
            w = width(it['text'], it['font'], it['size'], it['cs'])
            box = (it['x'], it['y'] - it['size'] * 0.88, it['x'] + w, it['y'] + it['size'] * 0.12)
            need(box[0] >= EDGE and box[2] <= PW - EDGE and box[1] >= EDGE, f'edge margin: {it["text"]}')
            need(box[3] <= PH - MB + 10, f'below the bottom margin: {it["text"]}')
            if it['kind'] != 'hidden':
                boxes.append((box, it['text']))
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i][0], boxes[j][0]
                need(not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), f'overlap: {boxes[i][1]} / {boxes[j][1]}')
        drawn = Counter(''.join(it['text'] for it in p.items if it['kind'] != 'hidden').replace(' ', ''))
        exp = Counter(''.join(p.lines).replace(' ', '').replace('\t', ''))
        need(drawn == exp, f'page {n}: drawn and expected characters differ: {drawn - exp} / {exp - drawn}')
        for line in p.lines:
            need(line and line[0] not in '。、）」』・ー', f'kinsoku line: {line}')
        got = subprocess.run(['pdftotext', '-f', str(n), '-l', str(n), pdf_path, '-'], capture_output=True, text=True).stdout
        got = Counter(''.join(got.split()))
        folio = Counter(f'-{n}-')
        need(got == drawn + folio, f'page {n}: pdftotext differs: {got - drawn - folio} / {drawn + folio - got}')


def era_label(fy):
    return f'令和{fy - 2018}年度'


def check_facts(f, exp):
    lines = [l for l in exp.split('\n')]
    flat = norm(exp)
    need(f['organization'] in lines, 'organisation not a printed line')
    need(not f['organization'].startswith(LEGAL), 'legal-form prefix')
    ed = f['edition']
    m = re.search(r'令和(\d+)年(\d+)月現在', exp)
    need(m and ed['asOfText'] == m.group(0) and ed['asOf'] == f'{2018 + int(m.group(1))}-{int(m.group(2)):02d}', 'asOf')
    h = f['hiring']
    rows = h['rows']
    need([r['fiscalYear'] for r in rows] == list(range(rows[0]['fiscalYear'], rows[0]['fiscalYear'] + len(rows))), 'years not consecutive')
    need([r['planned'] for r in rows] == [False] * (len(rows) - 1) + [True], 'planned row not last / not single')
    need(rows[-1]['fiscalYear'] == ed['year'] == f['exams']['fiscalYear'], 'edition year / planned year / exam year')
    keys = ['admin', 'tech'] + (['other'] if 'other' in h['tracks'] else [])
    for r in rows:
        need(r['total']['count'] == sum(r[k]['count'] for k in keys), f'total {r["labelText"]}')
        if r['planned']:
            need(all(r[k]['women'] is None for k in keys + ['total']), 'women on the planned row')
            need(r['labelText'] == r['label'] + '（予定）', 'planned labelText')
        else:
            need(r['total']['women'] == sum(r[k]['women'] for k in keys), f'women total {r["labelText"]}')
            need(r['label'] == era_label(r['fiscalYear']) and r['labelText'] == r['label'], f'label {r["labelText"]}')
        for k in keys + ['total']:
            c = r[k]
            need(c['text'] == str(c['count']), 'count text')
            if c['women'] is not None:
                need(0 <= c['women'] <= c['count'] and c['womenText'] == str(c['women']), 'women')
        need(any(l.startswith(r['labelText'] + '\t') for l in lines), f'hiring row not printed: {r["labelText"]}')
        row_line = next(l for l in lines if l.startswith(r['labelText'] + '\t'))
        need(row_line.split('\t')[1:] == [cell(r[k]) for k in keys + ['total']], f'printed row differs: {r["labelText"]}')
    if rows[-1]['label'] == '今年度':
        need(ed['year'] == rows[-1]['fiscalYear'], '今年度 = edition year')
    a = f['assignments']
    cohort = next(r for r in rows if r['fiscalYear'] == a['cohortFiscalYear'])
    need(a['cohortFiscalYear'] == rows[-2]['fiscalYear'], 'cohort = last actual year')
    need(era_label(a['cohortFiscalYear']) in a['intro'] or ('昨年度' in a['intro'] and a['cohortFiscalYear'] == ed['year'] - 1), 'cohort not named')
    need(a['intro'] in lines, 'assignment intro not printed')
    units = [r['unit'] for r in a['rows']]
    need(len(set(units)) == len(units), 'duplicate unit')
    for k in keys:
        need(sum(r.get(k) or 0 for r in a['rows']) == cohort[k]['count'], f'assignment sum {k}')
    for r in a['rows']:
        need(any(r.get(k) for k in keys), f'zero row {r["unit"]}')
        need(norm(r['unit']) in flat, f'unit not printed {r["unit"]}')
    e = f['exams']
    seen = set()
    tmap = {h['tracks'][k]: k for k in keys}
    for en in e['entries']:
        need('院' not in en['exam'], '院 in an exam')
        need(en['total'] == sum(b['count'] for b in en['breakdown']), 'exam total')
        need(en['track'] in tmap, 'exam track not a hiring track')
        need(en['total'] == rows[-1][tmap[en['track']]]['count'], f'exam total != planned {en["track"]}')
        need(norm(en['exam']) in flat, 'exam name not printed')
        for b in en['breakdown']:
            key = (track(en['track']), level(en['exam']), norm(b['category']))
            need(key not in seen, f'colliding category {key}')
            seen.add(key)
            need(norm(b['category']) in flat, 'category not printed')
    need(e['title'] in lines, 'exam title not printed')
    for s in f['supportSystems']:
        need(s['duration'] == s['durationText'], 'duration')
        need(f"●{s['name']}（{s['durationText']}）" in lines, f'support not printed {s["name"]}')
    for i in f['initiatives']:
        need('■' + i['title'] in lines and i['text'] in lines, f'initiative not printed {i["title"]}')
    for c in f['contacts']:
        need(c['office'] in lines, 'office not printed')
        for t, tt in zip(c['tel'], c['telText']):
            need(tt in lines and re.sub(r'\D', '', tt) == t.replace('-', '') and re.fullmatch(r'[\d-]+', t), 'phone')
        for m_, mt in zip(c['email'], c['emailText']):
            need(mt in lines and m_ in mt, 'e-mail not printed')
    acc = f['access']
    need(acc['address'] in lines, 'address not printed')
    for r, rt in zip(acc['routes'], acc['routesText']):
        need(rt in lines and r.replace('『', '').replace('』', '') == rt, f'route not printed {r}')
    for s in f['training']['paragraphs'] + f['lead']['text'] + h['intro'] + h['note']:
        need(s in lines, f'not printed: {s}')
    # the stand-in document scores full marks; an empty one scores nothing
    doc = stand_in(f)
    res = checks(f, doc, flat)
    need(all(ok for _, ok in res), f'stand-in misses {[n for n, ok in res if not ok]}')
    kinds = {n.split(' ')[0] for n, _ in res}
    need(kinds >= {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'initiative', 'support'}, f'kinds {kinds}')
    need(not any(ok for _, ok in checks(f, {}, flat)), 'empty document scores')
    return len(res)


def stand_in(f):
    def c(x):
        return dict(count=x['count'], women=x.get('women'))
    h = dict(rows=[dict(fiscalYear=r['fiscalYear'], planned=r['planned'], total=c(r['total']),
                        administrative=c(r['admin']), technical=c(r['tech'])) for r in f['hiring']['rows']])
    a = dict(cohortFiscalYear=f['assignments']['cohortFiscalYear'],
             rows=[dict(unit=r['unit'], administrative=r.get('admin') or 0, technical=r.get('tech') or 0) for r in f['assignments']['rows']])
    ex = dict(entries=[dict(track=track(e['track']), level=level(e['exam']), category=b['category'], count=b['count'])
                       for e in f['exams']['entries'] for b in e['breakdown']])
    contacts = [dict(office=x['office'], phones=[dict(number=t) for t in x['tel']], emails=list(x['email'])) for x in f['contacts']]
    routes = [dict(station=r.split('『')[1].split('』')[0]) for r in f['access']['routes']]
    return dict(organization=f['organization'], edition=dict(asOf=f['edition']['asOf']),
                sections=dict(hiring=h, assignments=a, examBreakdown=ex, contacts=contacts, access=dict(routes=routes),
                              initiatives=[dict(title=i['title']) for i in f['initiatives']],
                              supportSystems=[dict(name=s['name']) for s in f['supportSystems']]))


def check_pdf_objects(pages, pdf):
    n_items = sum(1 for p in pages for it in p.items if it['kind'] != 'op') + sum(1 for p in pages if p.opblock)
    need(pdf.count(b'BT') >= n_items, 'fewer text objects than items')
    if any(it['kind'] == 'hidden' for p in pages for it in p.items):
        need(b'/OC /MC0 BDC' in pdf and b'/OFF [' in pdf, 'OCG missing')
    if any(p.opblock for p in pages):
        need(re.search(rb"\) '", pdf) and re.search(rb'0 1 \([^)]*\) "', pdf), "' / \" operators missing")


def make(name, pages, f, write=True):
    pdf = render(name, pages)
    need(pdf == render(name, pages), 'two renders differ')
    exp = expected_text(pages)
    with tempfile.NamedTemporaryFile(suffix='.pdf', delete=False) as t:
        t.write(pdf)
    try:
        check_layout(pages, t.name)
    finally:
        os.unlink(t.name)
    check_pdf_objects(pages, pdf)
    n = check_facts(f, exp)
    if write:
        os.makedirs(OUT, exist_ok=True)
        open(os.path.join(OUT, name + '.pdf'), 'wb').write(pdf)
        open(os.path.join(OUT, name + '.expected.txt'), 'w').write(exp)
        open(os.path.join(OUT, name + '.facts.json'), 'w').write(json.dumps(f, ensure_ascii=False, indent=2) + '\n')
    return n


# ---------------------------------------------------------------- self-test
def faults():
    def hiring(fn):
        return ('facts', fn)

    def first(rows):
        return rows[0]
    F = []
    F.append(('hiring total +1', 'facts', lambda p, f: first(f['hiring']['rows'])['total'].update(count=first(f['hiring']['rows'])['total']['count'] + 1)))
    F.append(('women total +1', 'facts', lambda p, f: first(f['hiring']['rows'])['total'].update(women=first(f['hiring']['rows'])['total']['women'] + 1)))
    F.append(('admin women +1', 'facts', lambda p, f: first(f['hiring']['rows'])['admin'].update(women=first(f['hiring']['rows'])['admin']['women'] + 1)))
    F.append(('women on planned row', 'facts', lambda p, f: f['hiring']['rows'][-1]['admin'].update(women=0)))
    F.append(('planned row first', 'facts', lambda p, f: f['hiring']['rows'].insert(0, f['hiring']['rows'].pop())))
    F.append(('wrong era label', 'facts', lambda p, f: first(f['hiring']['rows']).update(label='令和9年度')))
    F.append(('assignment +1', 'facts', lambda p, f: f['assignments']['rows'][0].update(admin=(f['assignments']['rows'][0]['admin'] or 0) + 1)))
    F.append(('wrong cohort', 'facts', lambda p, f: f['assignments'].update(cohortFiscalYear=2024)))
    F.append(('duplicate unit', 'facts', lambda p, f: f['assignments']['rows'].append(dict(f['assignments']['rows'][0], admin=0, tech=0))))
    F.append(('exam count +1 with total', 'facts', lambda p, f: (f['exams']['entries'][0]['breakdown'][0].update(count=f['exams']['entries'][0]['breakdown'][0]['count'] + 1),
                                                               f['exams']['entries'][0].update(total=f['exams']['entries'][0]['total'] + 1))))
    F.append(('last category +1', 'facts', lambda p, f: f['exams']['entries'][-1]['breakdown'][-1].update(count=f['exams']['entries'][-1]['breakdown'][-1]['count'] + 1)))
    F.append(('exam with 院', 'facts', lambda p, f: f['exams']['entries'][0].update(exam=f['exams']['entries'][0]['exam'] + '院')))
    F.append(('colliding category', 'facts', lambda p, f: f['exams']['entries'][0]['breakdown'].append(dict(f['exams']['entries'][0]['breakdown'][0]))))
    F.append(('e-mail not printed', 'facts', lambda p, f: f['contacts'][0]['email'].__setitem__(0, 'x' + f['contacts'][0]['email'][0])))
    F.append(('office not printed', 'facts', lambda p, f: f['contacts'][0].update(office='人事課')))
    F.append(('wrong phone', 'facts', lambda p, f: f['contacts'][0]['tel'].__setitem__(0, '03-0000-0000')))
    F.append(('route not printed', 'facts', lambda p, f: f['access']['routes'].__setitem__(0, '『東京』駅から徒歩1分')))
    F.append(('support not printed', 'facts', lambda p, f: f['supportSystems'][0].update(name='特別休暇')))
    F.append(('initiative not printed', 'facts', lambda p, f: f['initiatives'][0].update(title='週休3日')))
    F.append(('organisation not printed', 'facts', lambda p, f: f.update(organization=f['organization'] + '役所')))
    F.append(('legal-form prefix', 'facts', lambda p, f: f.update(organization='一部事務組合' + f['organization'])))
    F.append(('wrong asOf', 'facts', lambda p, f: f['edition'].update(asOf='2026-03')))
    F.append(('wrong edition year', 'facts', lambda p, f: f['edition'].update(year=2025)))
    F.append(('duration differs', 'facts', lambda p, f: f['supportSystems'][0].update(duration='1年')))
    F.append(('exam track not a hiring track', 'facts', lambda p, f: f['exams']['entries'][0].update(track='心理職')))
    F.append(('overlapping copy', 'page', lambda p, f: p[0].items.append(dict(p[0].items[0]))))
    F.append(('item in the edge margin', 'page', lambda p, f: p[0].items[1].update(x=10)))
    F.append(('emoji the font lacks', 'page', lambda p, f: (p[1].items[-1].update(text=p[1].items[-1]['text'] + '😀'))))
    F.append(('line starting with 。', 'page', lambda p, f: p[1].lines.append('。')))
    F.append(('extra expected character', 'page', lambda p, f: p[0].lines.__setitem__(-1, p[0].lines[-1] + '字')))
    F.append(('overflowing page', 'page', lambda p, f: p[1].items.append(dict(p[1].items[0], y=PH - 30))))
    return F


def selftest(verbose):
    total = refused = 0
    for name, fn in BROCHURES.items():
        cases = faults() + [('printed row differs', 'page', lambda p, f: p[0].lines.__setitem__(
            next(i for i, l in enumerate(p[0].lines) if l.startswith(f['hiring']['rows'][0]['labelText'] + '\t')),
            f['hiring']['rows'][0]['labelText'] + '\t0\t0\t0'))]
        if name == 'fujieda-2026':
            cases.append(('OCG dropped', 'render', None))
        for label, kind, inj in cases:
            total += 1
            pages, f = fn()
            try:
                if kind == 'render':
                    # without the OCG post-processing the hidden text is visible to pdftotext
                    global add_ocg
                    saved = add_ocg
                    add_ocg = lambda pdf: pdf  # noqa: E731
                    try:
                        make(name, pages, f, write=False)
                    finally:
                        add_ocg = saved
                else:
                    inj(pages, f)
                    make(name, pages, f, write=False)
                ok = False
                why = 'ACCEPTED'
            except Refused as e:
                ok, why = True, str(e)
            except (StopIteration, KeyError, IndexError, TypeError) as e:
                ok, why = True, f'{type(e).__name__}: {e}'
            refused += ok
            if verbose or not ok:
                print(f'  {name}: {label}: {"refused" if ok else "NOT REFUSED"} ({why[:90]})')
    print(f'selftest: {refused}/{total} refused')
    return refused == total


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    names = [a for a in args if not a.startswith('-')] or list(BROCHURES)
    for name in names:
        pages, f = BROCHURES[name]()
        n = make(name, pages, f)
        print(f'{name}: {len(pages)} pages, {sum(len(p.items) for p in pages)} text items, {n} fact checks')


if __name__ == '__main__':
    main()
