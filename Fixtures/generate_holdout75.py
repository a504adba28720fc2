#!/usr/bin/env python3
"""Blind set holdout75: three LOCAL public bodies (彦根市, 宇部市交通局, 酒田地区広域行政組合).

Self-contained: a page model in top-down coordinates, a ruled-table helper, reportlab's canvas
with invariant=1 (no page compression), the checks, and a fault-injection self-test.

  python3 Fixtures/generate_holdout75.py                 # all three (deterministic)
  python3 Fixtures/generate_holdout75.py hikone-2026     # one
  python3 Fixtures/generate_holdout75.py --selftest -v   # every injected fault must be refused
"""
import copy, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402

OUT = os.path.join(HERE, 'holdout75')
GOTHIC, MINCHO = 'IPAexGothic', 'IPAexMincho'
pdfmetrics.registerFont(TTFont(GOTHIC, '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont(MINCHO, '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
W, H = A4
EDGE = 20.0
LM, RM = 56.0, W - 56.0
BOTTOM = H - 60.0
KINSOKU = set('。、，．）」』】〉》・ー？！：；')
ERA = 2018  # 令和N = 2018 + N
LEGAL = ('独立行政法人', '地方独立行政法人', '国立大学法人', '一部事務組合')


def era(fy):
    return f'令和{fy - ERA}年度'


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self):
        self.items = []      # dicts: text, x, y (baseline, top-down), font, size, body
        self.rules = []      # (x1, y1, x2, y2, width)
        self.rects = []      # (x, y, w, h, rgb)
        self.expected = []   # lines
        self.y = 0.0

    def add(self, text, x, y, font=MINCHO, size=9.0, body=True):
        self.items.append(dict(text=text, x=x, y=y, font=font, size=size, body=body))

    def line(self, text, size=9.0, font=MINCHO, x=LM, align='left', gap=1.6, exp=True):
        self.y += size * 1.0
        if align == 'right':
            x = RM - pdfmetrics.stringWidth(text, font, size)
        self.add(text, x, self.y, font, size)
        if exp:
            self.expected.append(text)
        self.y += size * (gap - 1.0)

    def heading(self, text, rgb):
        self.y += 10
        self.rects.append((LM, self.y - 1, 4, 14, rgb))
        self.rules.append((LM, self.y + 15, RM, self.y + 15, 0.6))
        self.line(text, size=12, font=GOTHIC, x=LM + 9, gap=1.7)

    def table(self, rows, widths, size=8.5, rowh=15.0, align=None):
        top = self.y + 4
        x0 = LM
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        for i, row in enumerate(rows):
            ytop = top + i * rowh
            base = ytop + rowh / 2 + size * 0.35
            for j, cell in enumerate(row):
                if not cell:
                    continue
                font = GOTHIC if i == 0 else MINCHO
                cw = pdfmetrics.stringWidth(cell, font, size)
                if j == 0 or (align and align[j] == 'l'):
                    x = xs[j] + 4
                else:
                    x = xs[j] + (widths[j] - cw) / 2
                self.items.append(dict(text=cell, x=x, y=base, font=font, size=size, body=True,
                                       cell=(xs[j], xs[j + 1])))
            self.expected.append('\t'.join(row))
        for i in range(len(rows) + 1):
            self.rules.append((xs[0], top + i * rowh, xs[-1], top + i * rowh, 0.8 if i in (0, 1, len(rows)) else 0.4))
        for x in xs:
            self.rules.append((x, top, x, top + len(rows) * rowh, 0.4))
        self.y = top + len(rows) * rowh + 6


def ink(it):
    w = pdfmetrics.stringWidth(it['text'], it['font'], it['size'])
    return (it['x'], it['y'] - it['size'] * 0.88, it['x'] + w, it['y'] + it['size'] * 0.12)


# ---------------------------------------------------------------- content
def hiring_rows(data, fmt, label_fmt):
    rows = []
    for fy, a, aw, t, tw, planned in data:
        r = dict(fiscalYear=fy, label=era(fy), planned=planned)
        for key, c, w in (('total', a + t, None if planned else aw + tw), ('admin', a, aw), ('tech', t, tw)):
            r[key] = dict(count=c, text=str(c), women=w, womenText=None if w is None else str(w), cellText=fmt(c, w))
        r['labelText'] = label_fmt(fy, planned)
        rows.append(r)
    return rows


def build(spec):
    """spec -> (facts, pages)."""
    s = copy.deepcopy(spec)
    rgb = s['rgb']
    hiring = dict(intro=[s['hiringIntro']], note=s['hiringNote'], tracks=dict(admin=s['tracks'][0], tech=s['tracks'][1]),
                  textSynthesised=False, layout=s['hiringLayout'],
                  header=['年度', s['tracks'][0], s['tracks'][1], '計'], columns=['label', 'admin', 'tech', 'total'],
                  rows=hiring_rows(s['hiring'], s['cell'], s['label']))
    assignments = dict(cohortFiscalYear=s['cohort'], intro=s['assignIntro'],
                       tracks=dict(admin=s['tracks'][0], tech=s['tracks'][1]),
                       layout='ruled 配属先 | ' + s['tracks'][0] + ' | ' + s['tracks'][1],
                       rows=[dict(unit=u, admin=a, tech=t) for u, a, t in s['units']])
    exams = dict(title='令和8年度の採用予定', fiscalYear=2026, textSynthesised=False,
                 layout='ruled 区分 | 試験 | 職種 | 採用予定数',
                 entries=[dict(track=tr, exam=ex, text='', breakdown=[dict(category=c, count=n) for c, n in cats],
                               total=sum(n for _, n in cats)) for tr, ex, cats in s['exams']])
    facts = dict(
        organization=s['org'], document=f"{s['org']} 職員採用案内 2026",
        edition=dict(year=2026, asOf='2026-04', asOfText='令和8年4月現在'),
        lead=dict(title='', text=[s['lead']]),
        hiring=hiring, assignments=assignments, exams=exams,
        training=dict(title='研修', paragraphs=[s['training']]),
        initiatives=[dict(title=t, text=x, printed=[s['initMark'](i) + t, x]) for i, (t, x) in enumerate(s['initiatives'])],
        initiativesIntro='', initiativesTitle=s['initTitle'], initiativeFormat=s['initFormat'],
        supportTitle=s['supportTitle'], supportFormat=s['supportFormat'],
        supportSystems=[dict(name=n, duration=d, durationText=d, text=x, printed=s['supMark'](i) + f'{n}（{d}）')
                        for i, (n, d, x) in enumerate(s['support'])],
        contacts=[dict(track='採用担当', office=s['office'], tel=[s['tel']], email=[s['email']], location='',
                       telText=[f"TEL {s['tel']}"], emailText=[f"E-mail {s['email']}"], hoursText='')],
        access=dict(address=s['address'], routes=s['routes'], routesSynthesised=False, routesText=s['routesText']),
        keyFigures=[], decoys=s['decoys'])
    if 'masthead' in s:
        facts['masthead'] = s['masthead']
    pages = render_pages(facts, s)
    return facts, pages


def render_pages(f, s):
    rgb = s['rgb']
    p1, p2 = Page(), Page()
    for p in (p1, p2):
        p.rects.append((0, 0, W, 14, rgb))
    p = p1
    p.y = 40
    for text, size in s['mast']:
        p.line(text, size=size, font=GOTHIC, gap=1.45)
    p.line(f['edition']['asOfText'], size=9, align='right')
    p.line(f['lead']['text'][0], size=9.5)
    h = f['hiring']
    p.heading('採用実績', rgb)
    p.line(h['intro'][0], size=8.5)
    rows = [h['header']]
    for r in h['rows']:
        rows.append([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
    p.table(rows, [140, 100, 100, 100])
    for n in h['note']:
        p.line(n, size=8)
    a = f['assignments']
    p.heading('配属実績', rgb)
    p.line(a['intro'], size=8.5)
    rows = [['配属先', a['tracks']['admin'], a['tracks']['tech']]]
    for r in a['rows']:
        rows.append([r['unit'], '－' if r['admin'] is None else str(r['admin']), '－' if r['tech'] is None else str(r['tech'])])
    p.table(rows, [200, 90, 90])
    p.add('- 1 -', W / 2 - 10, H - 30, MINCHO, 8, body=False)

    p = p2
    p.y = 36
    e = f['exams']
    p.heading('試験区分', rgb)
    p.line(e['title'], size=9)
    rows = [['区分', '試験', '職種', '採用予定数']]
    seen = set()
    for en in e['entries']:
        for k, b in enumerate(en['breakdown']):
            rows.append([en['track'] if en['track'] not in seen else '', en['exam'] if k == 0 else '', b['category'], str(b['count'])])
            seen.add(en['track'])
    p.table(rows, [70, 210, 110, 70], align='lllc')
    p.heading('研修', rgb)
    p.line(f['training']['paragraphs'][0], size=9)
    p.heading(f['initiativesTitle'], rgb)
    for it in f['initiatives']:
        p.line(it['printed'][0], size=9.5, font=GOTHIC, gap=1.35)
        p.line(it['printed'][1], size=9, x=LM + 14)
    p.heading(f['supportTitle'], rgb)
    for it in f['supportSystems']:
        p.line(it['printed'], size=9.5, font=GOTHIC, gap=1.35)
        p.line(it['text'], size=9, x=LM + 14)
    c = f['contacts'][0]
    p.heading('お問い合わせ', rgb)
    p.line(c['office'], size=9.5)
    p.line(c['telText'][0], size=9.5)
    p.line(c['emailText'][0], size=9.5)
    p.heading('アクセス', rgb)
    p.line(f['access']['address'], size=9.5)
    for rt in f['access']['routesText']:
        p.line(rt, size=9.5)
    p.add('- 2 -', W / 2 - 10, H - 30, MINCHO, 8, body=False)
    return [p1, p2]


def std_cell(c, w):
    return str(c) if w is None else f'{c}（{w}）'


SPECS = {}

SPECS['hikone-2026'] = dict(
    org='彦根市', rgb=(0.15, 0.45, 0.30),
    mast=[('彦根市', 26), ('職員採用案内 2026', 14)],
    lead='城下町の歴史を生かしたまちづくりを、一緒に進めませんか。',
    tracks=('事務職', '技術職'),
    hiringIntro='採用者数の推移（単位：人）',
    hiringNote=['※（ ）内は女性の数で内数です。【予定】は採用予定数です。'],
    hiringLayout='ruled 年度 | 事務職 | 技術職 | 計; cells N（W）; the planned row labelled 令和8年度【予定】 (lenticular brackets)',
    hiring=[(2021, 18, 8, 7, 1, False), (2022, 20, 9, 6, 2, False), (2023, 17, 7, 8, 2, False),
            (2024, 21, 10, 7, 1, False), (2025, 19, 9, 8, 3, False), (2026, 20, None, 8, None, True)],
    cell=std_cell,
    label=lambda fy, pl: era(fy) + ('【予定】' if pl else ''),
    cohort=2025, assignIntro='R7採用者の配属先（単位：人）',
    units=[('総務課', 2, None), ('財政課', 1, None), ('税務課', 3, None), ('市民課', 3, None), ('福祉政策課', 2, None),
           ('子育て支援課', 2, None), ('観光交流課', 2, None), ('企画課', 1, None), ('生涯学習課', 2, None),
           ('会計課', 1, None), ('道路河川課', None, 3), ('都市計画課', None, 2), ('建築住宅課', None, 2),
           ('下水道課', None, 1)],
    exams=[('事務職', '彦根市職員採用試験（大学卒業程度）', [('行政', 18)]),
           ('事務職', '彦根市職員採用試験（社会人経験者）', [('行政（社会人経験者）', 2)]),
           ('技術職', '彦根市職員採用試験（大学卒業程度）', [('土木', 5), ('建築', 2), ('電気', 1)])],
    training='採用後2年間は、滋賀県の研修機関での階層別研修と職場での実地研修を受けます。',
    initTitle='働きやすい職場づくり', initFormat='（ア）title / indented text',
    initMark=lambda i: '（' + 'アイウエ'[i] + '）',
    initiatives=[('テレワーク', '自宅で働ける日を月に4日まで設けています。'),
                 ('時差出勤', '始業時刻を7時30分から10時まで選べます。')],
    supportTitle='両立支援制度', supportFormat='●name（duration） / indented text',
    supMark=lambda i: '●',
    support=[('育児休業', '子が3歳に達するまで', '男性職員の取得も増えています。'),
             ('子の看護休暇', '年5日', '子が2人以上のときは年10日です。')],
    office='彦根市 総務部人事課', tel='0749-30-6105', email='shokuin-saiyo@city.hikone.lg.jp',
    address='〒522-8501 滋賀県彦根市元町4-2',
    routes=['JR琵琶湖線『彦根』駅から徒歩約15分', 'JR琵琶湖線『南彦根』駅から車で約10分'],
    routesText=['JR琵琶湖線彦根駅から徒歩約15分', 'JR琵琶湖線南彦根駅から車で約10分'],
    decoys=dict(hiring='the planned row labelled 令和8年度【予定】: the planned marker in lenticular brackets 【】 (not （予定）)',
                assignments='the cohort named only in the R-form R7 in the intro (R7採用者の配属先)',
                initiatives='titles numbered with the katakana outline markers （ア）, （イ）'),
)

SPECS['ube-kotsu-2026'] = dict(
    org='宇部市交通局', rgb=(0.10, 0.30, 0.60),
    mast=[('宇部市営バス', 30), ('宇部市交通局　職員採用案内 2026', 13)],
    masthead=['宇部市営バス', '宇部市交通局　職員採用案内 2026'],
    lead='市民の毎日の移動を、路線バスで支えています。',
    tracks=('事務職', '技術職'),
    hiringIntro='採用者数の推移（単位：人）',
    hiringNote=['※（ ）内は女性の数で内数です。'],
    hiringLayout='ruled 年度 | 事務職 | 技術職 | 計; cells N（W）',
    hiring=[(2021, 2, 1, 3, 0, False), (2022, 1, 0, 2, 0, False), (2023, 2, 1, 4, 1, False),
            (2024, 3, 2, 3, 0, False), (2025, 2, 1, 3, 1, False), (2026, 2, None, 4, None, True)],
    cell=std_cell,
    label=lambda fy, pl: era(fy) + ('（予定）' if pl else ''),
    cohort=2025, assignIntro='令和7年度採用者の配属先（単位：人）',
    units=[('総務課', 1, None), ('営業課', 1, None), ('整備課', None, 2), ('施設管理課', None, 1)],
    exams=[('事務職', '交通局職員採用試験（大学卒業程度）', [('事務', 2)]),
           ('技術職', '交通局職員採用試験（大学卒業程度）', [('自動車整備', 3), ('電気', 1)])],
    training='入局後、整備工場と営業所での実地研修を半年間受けます。',
    initTitle='働きやすい職場づくり', initFormat='■title / indented text',
    initMark=lambda i: '■',
    initiatives=[('資格取得の支援', '自動車整備士などの受験費用を負担します。'),
                 ('定時退庁日', '毎週水曜日は定時に退庁します。')],
    supportTitle='両立支援制度', supportFormat='（１）name（duration） / indented text',
    supMark=lambda i: '（' + '１２３４'[i] + '）',
    support=[('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
             ('介護休暇', '通算6か月', '3回まで分けて取得できます。'),
             ('子の看護休暇', '年5日', '子が2人以上のときは年10日です。')],
    office='宇部市交通局 総務課', tel='0836-31-2284', email='kotsu-soumu@city.ube.yamaguchi.jp',
    address='〒759-0208 山口県宇部市大字善和189-9',
    routes=['JR山陽本線『宇部』駅から車で約15分', 'JR宇部線『宇部新川』駅から車で約15分'],
    routesText=['JR山陽本線宇部駅から車で約15分', 'JR宇部線宇部新川駅から車で約15分'],
    decoys=dict(masthead='the service brand 宇部市営バス in the biggest type (30 pt) over the body 宇部市交通局 (13 pt, glued to 職員採用案内)',
                support='items numbered （１）, （２）, （３） (full-width digits in brackets) before name（duration）'),
)

SPECS['sakata-kouiki-2026'] = dict(
    org='酒田地区広域行政組合', rgb=(0.55, 0.30, 0.10),
    mast=[('酒田地区広域行政組合', 22), ('職員採用案内 2026', 14)],
    lead='酒田市と庄内町、遊佐町のごみ処理や消防を広域で担っています。',
    tracks=('事務職', '技術職'),
    hiringIntro='採用者数の推移（単位：人）',
    hiringNote=['※〈 〉内は女性の数で内数です。令和8年度は予定数です。'],
    hiringLayout='ruled 年度 | 事務職 | 技術職 | 計; cells N〈W〉 (women in angle brackets)',
    hiring=[(2021, 3, 1, 2, 0, False), (2022, 2, 1, 3, 1, False), (2023, 4, 2, 2, 0, False),
            (2024, 3, 1, 3, 1, False), (2025, 3, 2, 2, 0, False), (2026, 3, None, 3, None, True)],
    cell=lambda c, w: str(c) if w is None else f'{c}〈{w}〉',
    label=lambda fy, pl: era(fy) + ('（予定）' if pl else ''),
    cohort=2025, assignIntro='令和7年度採用者の配属先（単位：人）',
    units=[('総務課', 1, None), ('財政課', 1, None), ('業務課', 1, None), ('施設課', None, 2)],
    exams=[('事務職', '組合職員採用試験（大学卒業程度）', [('事務', 3)]),
           ('技術職', '組合職員採用試験（大学卒業程度）', [('機械', 2), ('化学', 1)])],
    training='山形県の研修機関での新規採用職員研修と、処理施設での実地研修があります。',
    initTitle='働きやすい職場づくり', initFormat='■title / indented text',
    initMark=lambda i: '■',
    initiatives=[('ノー残業デー', '毎月第2・第4金曜日は定時に退庁します。'),
                 ('年次休暇の計画取得', '夏と冬に連続休暇を取れるよう計画します。')],
    supportTitle='両立支援制度', supportFormat='●name（duration） / indented text',
    supMark=lambda i: '●',
    support=[('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
             ('介護休暇', '通算6か月', '3回まで分けて取得できます。')],
    office='酒田地区広域行政組合 総務課', tel='0234-31-5570', email='kouiki-soumu@sakata-kouiki.jp',
    address='〒998-8540 山形県酒田市本町二丁目2-45',
    routes=['【鉄道】JR羽越本線『酒田』駅から車で約10分', '【バス】庄内交通バス『中町』バス停から徒歩約5分'],
    routesText=['【鉄道】JR羽越本線酒田駅から車で約10分', '【バス】庄内交通バス「中町」バス停から徒歩約5分'],
    decoys=dict(hiring='women in angle brackets N〈W〉 (U+3008/U+3009), note ※〈 〉内は女性の数で内数です。',
                access='routes opened by a run-in mode label 【鉄道】 / 【バス】'),
)


# ---------------------------------------------------------------- checks
def printed(pages):
    return [l for p in pages for l in p.expected]


def stand_in(f):
    h = f['hiring']
    doc = dict(organization=f['organization'], edition=dict(asOf=f['edition']['asOf']), sections=dict(
        hiring=dict(rows=[dict(fiscalYear=r['fiscalYear'], planned=r['planned'],
                               **{k2: dict(count=r[k]['count'], women=r[k]['women'])
                                  for k, k2 in (('total', 'total'), ('admin', 'administrative'), ('tech', 'technical'))})
                          for r in h['rows']]),
        assignments=dict(cohortFiscalYear=f['assignments']['cohortFiscalYear'],
                         rows=[dict(unit=r['unit'], administrative=r['admin'] or 0, technical=r['tech'] or 0)
                               for r in f['assignments']['rows']]),
        examBreakdown=dict(entries=[dict(track=track(e['track']), level=level(e['exam']), category=b['category'], count=b['count'])
                                    for e in f['exams']['entries'] for b in e['breakdown']]),
        contacts=[dict(office=c['office'], phones=[dict(number=t) for t in c['tel']], emails=c['email']) for c in f['contacts']],
        access=dict(routes=[dict(station=r.split('『')[1].split('』')[0]) for r in f['access']['routes'] if '『' in r]),
        initiatives=[dict(title=i['title']) for i in f['initiatives']],
        supportSystems=[dict(name=i['name']) for i in f['supportSystems']]))
    return doc


CELL = re.compile(r'^(\d+)(?:[（〈](\d+)[）〉])?$')


def check_facts(f, pages):
    err = []
    lines = printed(pages)
    L = set(lines)
    org = f['organization']
    if any(org.startswith(x) for x in LEGAL):
        err.append('organization carries a legal-form prefix')
    mast = lines[:3]
    if not any(org in l for l in mast):
        err.append('organization not in the masthead')
    if f['edition']['asOfText'] not in L:
        err.append('asOf text not printed')
    m = re.fullmatch(r'令和(\d+)年(\d+)月現在', f['edition']['asOfText'])
    if not m or f"{ERA + int(m.group(1))}-{int(m.group(2)):02d}" != f['edition']['asOf']:
        err.append('asOf differs from its text')
    h = f['hiring']
    rows = h['rows']
    ys = [r['fiscalYear'] for r in rows]
    if ys != list(range(ys[0], ys[0] + len(ys))):
        err.append('hiring years not consecutive')
    pl = [r for r in rows if r['planned']]
    if len(pl) != 1 or not rows[-1]['planned']:
        err.append('planned row not exactly one and last')
    if f['edition']['year'] != rows[-1]['fiscalYear'] or f['exams']['fiscalYear'] != rows[-1]['fiscalYear']:
        err.append('edition / exam year != planned year')
    hdr = '\t'.join(h['header'])
    if hdr not in L:
        err.append('hiring header not printed')
    for r in rows:
        if r['label'] != era(r['fiscalYear']):
            err.append(f"label {r['label']} not the era label of {r['fiscalYear']}")
        mm = re.match(r'令和(\d+)年度', r['labelText'])
        if not mm or ERA + int(mm.group(1)) != r['fiscalYear']:
            err.append(f"labelText {r['labelText']} names another year")
        if r['planned'] != ('【予定】' in r['labelText'] or '（予定）' in r['labelText']):
            err.append(f"planned flag and label disagree ({r['labelText']})")
        for k in ('total', 'admin', 'tech'):
            c = r[k]
            if c['text'] != str(c['count']) or c['womenText'] != (None if c['women'] is None else str(c['women'])):
                err.append(f"count text differs {r['labelText']} {k}")
            if r['planned'] and c['women'] is not None:
                err.append('planned women given')
            if not r['planned'] and (c['women'] is None or not 0 <= c['women'] <= c['count']):
                err.append(f"women out of range {r['labelText']} {k}")
            pm = CELL.match(c['cellText'])
            if not pm or int(pm.group(1)) != c['count'] or (pm.group(2) and int(pm.group(2))) != (c['women'] if c['women'] is not None else None):
                err.append(f"printed cell {c['cellText']} does not give {r['labelText']} {k}")
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            err.append(f"total != admin + tech {r['labelText']}")
        ws = [r[k]['women'] for k in ('total', 'admin', 'tech')]
        if not r['planned'] and (None in ws or ws[0] != ws[1] + ws[2]):
            err.append(f"women total != sum {r['labelText']}")
        line = '\t'.join([r['labelText']] + [r[c]['cellText'] for c in h['columns'][1:]])
        if line not in L:
            err.append(f"hiring row {r['labelText']} not printed")
    a = f['assignments']
    last = [r for r in rows if not r['planned']][-1]
    if a['cohortFiscalYear'] != last['fiscalYear']:
        err.append('cohort != last actual year')
    if a['intro'] not in L:
        err.append('assignment intro not printed')
    mi = re.search(r'令和(\d+)年度|R(\d+)', a['intro'])
    if not mi or ERA + int(mi.group(1) or mi.group(2)) != a['cohortFiscalYear']:
        err.append('assignment intro names another year')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        err.append('duplicate unit')
    for r in a['rows']:
        if not (r['admin'] or r['tech']):
            err.append('zero assignment row')
        if '\t'.join([r['unit'], '－' if r['admin'] is None else str(r['admin']), '－' if r['tech'] is None else str(r['tech'])]) not in L:
            err.append(f"assignment {r['unit']} not printed")
    if sum(r['admin'] or 0 for r in a['rows']) != last['admin']['count'] or sum(r['tech'] or 0 for r in a['rows']) != last['tech']['count']:
        err.append('assignment sums != cohort hires')
    e = f['exams']
    if e['title'] not in L:
        err.append('exam title not printed')
    tot = Counter()
    keys = set()
    etext = '\n'.join(lines)
    for en in e['entries']:
        if '院' in en['exam'] or any('院' in b['category'] for b in en['breakdown']):
            err.append('院 in an exam')
        if en['track'] not in h['tracks'].values() or track(en['track']) == 'other':
            err.append(f"exam track {en['track']} not a hiring track")
        if sum(b['count'] for b in en['breakdown']) != en['total']:
            err.append('exam categories != exam total')
        tot[en['track']] += en['total']
        if en['exam'] not in etext:
            err.append('exam name not printed')
        for b in en['breakdown']:
            k = (track(en['track']), level(en['exam']), norm(b['category']))
            if k in keys:
                err.append(f'colliding category {k}')
            keys.add(k)
            if not any(l.endswith('\t' + b['category'] + '\t' + str(b['count'])) for l in lines):
                err.append(f"category {b['category']} not printed with its count")
    if tot[h['tracks']['admin']] != rows[-1]['admin']['count'] or tot[h['tracks']['tech']] != rows[-1]['tech']['count']:
        err.append('exam totals != planned hires')
    for i in f['initiatives']:
        if not (i['printed'][0] in L and i['printed'][1] in L and i['title'] in i['printed'][0] and i['text'] == i['printed'][1]):
            err.append(f"initiative {i['title']} not printed")
        if re.sub(r'^(（[ア-ン]）|■|●)', '', i['printed'][0]) != i['title']:
            err.append(f"initiative line {i['printed'][0]} is not marker + title")
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']:
            err.append('support duration differs')
        if not (s['printed'] in L and s['name'] in s['printed'] and f"（{s['durationText']}）" in s['printed'] and s['text'] in L):
            err.append(f"support {s['name']} not printed")
        if re.sub(r'^(（[０-９]）|●)', '', s['printed']) != f"{s['name']}（{s['durationText']}）":
            err.append(f"support line {s['printed']} is not marker + name（duration）")
    for c in f['contacts']:
        if c['office'] not in L:
            err.append('office not printed')
        for t, tt in zip(c['tel'], c['telText']):
            if not re.fullmatch(r'\d{2,5}-\d{1,4}-\d{4}', t):
                err.append('phone not hyphenated')
            if tt not in L or re.sub(r'\D', '', tt) != t.replace('-', ''):
                err.append('phone line differs')
        for m_, mt in zip(c['email'], c['emailText']):
            if mt not in L or m_ not in mt:
                err.append('e-mail not printed')
    ac = f['access']
    if ac['address'] not in L:
        err.append('address not printed')
    for r in ac['routes']:
        if '『' not in r or '』' not in r:
            err.append('route without 『』')
            continue
        st = r.split('『')[1].split('』')[0]
        plain = r.replace('『', '').replace('』', '')
        if not any(l.replace('「', '').replace('」', '') == plain and st in l for l in lines):
            err.append(f'route {st} not printed')
    if f['training']['paragraphs'][0] not in L or f['lead']['text'][0] not in L:
        err.append('training / lead not printed')
    for n in h['note'] + h['intro']:
        if n not in L:
            err.append('hiring note / intro not printed')
    drawn = norm('\n'.join(lines))
    res = checks(f, stand_in(f), drawn)
    if not all(ok for _, ok in res):
        err.append('stand-in misses: ' + ', '.join(n for n, ok in res if not ok))
    kinds = {n.split(' ')[0] for n, _ in res}
    for k in ('organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'initiative', 'support'):
        if k not in kinds:
            err.append(f'no {k} check reached')
    if any(ok for _, ok in checks(f, {}, drawn)):
        err.append('empty document scores')
    return err


def check_pages(pages):
    err = []
    for pi, p in enumerate(pages):
        for it in p.items:
            face = pdfmetrics.getFont(it['font']).face
            for ch in it['text']:
                if ch != ' ' and ord(ch) not in face.charToGlyph:
                    err.append(f'p{pi + 1}: glyph {ch!r} missing')
            x0, y0, x1, y1 = ink(it)
            if x0 < EDGE or y0 < EDGE or x1 > W - EDGE or y1 > H - EDGE:
                err.append(f"p{pi + 1}: {it['text']} in the edge margin")
            if it['body'] and y1 > BOTTOM:
                err.append(f"p{pi + 1}: {it['text']} past the bottom margin")
            if 'cell' in it and (x0 < it['cell'][0] + 1 or x1 > it['cell'][1] - 1):
                err.append(f"p{pi + 1}: cell {it['text']} wider than its column")
        boxes = [ink(it) for it in p.items]
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                    err.append(f"p{pi + 1}: {p.items[i]['text']} overlaps {p.items[j]['text']}")
        drawn = Counter(''.join(it['text'] for it in p.items if it['body']).replace(' ', '').replace('\u3000', ''))
        exp = Counter(''.join(p.expected).replace(' ', '').replace('\u3000', '').replace('\t', ''))
        if drawn != exp:
            err.append(f'p{pi + 1}: drawn and expected characters differ: {(drawn - exp) + (exp - drawn)}')
        for l in p.expected:
            if l and l[0] in KINSOKU:
                err.append(f'p{pi + 1}: expected line starts with {l[0]}')
            if re.fullmatch(r'- \d+ -', l):
                err.append(f'p{pi + 1}: folio in the expected text')
    return err


def render(pages, path, drop=None):
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle('holdout75')
    for pi, p in enumerate(pages):
        for x, y, w, h, rgb in p.rects:
            c.setFillColorRGB(*rgb)
            c.rect(x, H - y - h, w, h, stroke=0, fill=1)
        for x1, y1, x2, y2, lw in p.rules:
            c.setLineWidth(lw)
            c.setStrokeColorRGB(0.3, 0.3, 0.3)
            c.line(x1, H - y1, x2, H - y2)
        c.setFillColorRGB(0, 0, 0)
        order = list(range(len(p.items)))
        random.Random(7500 + pi * 31 + len(p.items)).shuffle(order)
        for k in order:
            if drop == (pi, k):
                continue
            it = p.items[k]
            c.setFont(it['font'], it['size'])
            c.drawString(it['x'], H - it['y'], it['text'])
        c.showPage()
    c.save()


def check_pdf(pages, path):
    err = []
    data = open(path, 'rb').read()
    nitems = sum(len(p.items) for p in pages)
    if data.count(b'BT') < nitems:
        err.append('fewer text objects than items')
    for pi, p in enumerate(pages):
        out = subprocess.run(['pdftotext', '-f', str(pi + 1), '-l', str(pi + 1), path, '-'], capture_output=True, text=True).stdout
        got = Counter(''.join(out.split()))
        want = Counter(''.join(''.join(it['text'] for it in p.items).split()))
        if got != want:
            err.append(f'p{pi + 1}: pdftotext differs from the drawn text: {(got - want) + (want - got)}')
    return err


def expected_text(pages):
    return '\n\f\n'.join('\n'.join(p.expected) for p in pages) + '\n'


def make(name, facts, pages, write=True, drop=None):
    err = check_facts(facts, pages) + check_pages(pages)
    with tempfile.TemporaryDirectory() as d:
        a, b = os.path.join(d, 'a.pdf'), os.path.join(d, 'b.pdf')
        render(pages, a, drop)
        render(pages, b, drop)
        if open(a, 'rb').read() != open(b, 'rb').read():
            err.append('two renders differ')
        err += check_pdf(pages, a)
        if write and not err:
            os.makedirs(OUT, exist_ok=True)
            os.replace(a, os.path.join(OUT, name + '.pdf'))
            with open(os.path.join(OUT, name + '.expected.txt'), 'w') as fh:
                fh.write(expected_text(pages))
            with open(os.path.join(OUT, name + '.facts.json'), 'w') as fh:
                json.dump(facts, fh, ensure_ascii=False, indent=2)
                fh.write('\n')
    return err


# ---------------------------------------------------------------- self-test
def faults(name):
    """(label, mutate(facts, pages) -> drop or None)."""
    F = []

    def add(label):
        def deco(fn):
            F.append((label, fn))
            return fn
        return deco

    def R(f, i=0):
        return f['hiring']['rows'][i]
    add('hiring total +1')(lambda f, p: R(f)['total'].update(count=R(f)['total']['count'] + 1, text=str(R(f)['total']['count'] + 1)))
    add('women total +1')(lambda f, p: R(f)['total'].update(women=R(f)['total']['women'] + 1, womenText=str(R(f)['total']['women'] + 1)))
    add("a track's women +1")(lambda f, p: R(f)['admin'].update(women=R(f)['admin']['women'] + 1, womenText=str(R(f)['admin']['women'] + 1)))
    add('women above heads')(lambda f, p: R(f)['tech'].update(women=99, womenText='99'))
    add('women on the planned row')(lambda f, p: R(f, -1)['admin'].update(women=0, womenText='0'))
    add('planned row first')(lambda f, p: f['hiring']['rows'].insert(0, f['hiring']['rows'].pop()))
    add('wrong era label')(lambda f, p: R(f).update(label='令和9年度'))
    add('count text differs')(lambda f, p: R(f)['admin'].update(text='77'))
    add('fiscal years shifted')(lambda f, p: [r.update(fiscalYear=r['fiscalYear'] + 1) for r in f['hiring']['rows']])

    def both(f, p):
        r = R(f)
        for k in ('admin', 'total'):
            r[k].update(count=r[k]['count'] + 1, text=str(r[k]['count'] + 1))
    add('admin and total +1 together')(both)
    add('planned flag dropped')(lambda f, p: R(f, -1).update(planned=False))
    add('assignment +1')(lambda f, p: f['assignments']['rows'][0].update(admin=(f['assignments']['rows'][0]['admin'] or 0) + 1))
    add('wrong cohort')(lambda f, p: f['assignments'].update(cohortFiscalYear=2024))
    add('duplicated unit')(lambda f, p: f['assignments']['rows'].append(dict(f['assignments']['rows'][0])))
    add('zero assignment row')(lambda f, p: f['assignments']['rows'].append(dict(unit='秘書課', admin=None, tech=None)))
    add('cohort intro names another year')(lambda f, p: f['assignments'].update(intro=f['assignments']['intro'].replace('7', '6')))

    def exam_plus(f, p):
        en = f['exams']['entries'][0]
        en['breakdown'][0]['count'] += 1
        en['total'] += 1
    add('exam count +1 with its total')(exam_plus)
    add('last category +1')(lambda f, p: f['exams']['entries'][-1]['breakdown'][-1].update(count=f['exams']['entries'][-1]['breakdown'][-1]['count'] + 1))
    add('exam with 院')(lambda f, p: f['exams']['entries'][0].update(exam=f['exams']['entries'][0]['exam'] + '院'))

    def collide(f, p):
        e = f['exams']['entries'][-1]
        e['breakdown'][-1]['category'] = e['breakdown'][0]['category']
    add('colliding category')(collide)
    add('exam track not a hiring track')(lambda f, p: f['exams']['entries'][0].update(track='行政職'))
    add('exam track maps to other')(lambda f, p: (f['exams']['entries'][0].update(track='消防職'), f['hiring']['tracks'].update(admin='消防職')))
    add('e-mail not printed')(lambda f, p: f['contacts'][0].update(email=['x' + f['contacts'][0]['email'][0]]))
    add('office not printed')(lambda f, p: f['contacts'][0].update(office=f['contacts'][0]['office'] + '係'))
    add('route not printed')(lambda f, p: f['access']['routes'].__setitem__(0, f['access']['routes'][0].replace('分', '5分')))
    add('route without 『』')(lambda f, p: f['access']['routes'].__setitem__(0, f['access']['routes'][0].replace('『', '').replace('』', '')))
    add('support not printed')(lambda f, p: f['supportSystems'][0].update(printed=f['supportSystems'][0]['printed'] + '。'))
    add('support duration differs')(lambda f, p: f['supportSystems'][0].update(duration='年10日'))
    add('initiative not printed')(lambda f, p: f['initiatives'][0].update(title=f['initiatives'][0]['title'] + 'の推進'))
    add('organization not printed')(lambda f, p: f.update(organization='宇部市'.replace('宇部', '彦根') if f['organization'] != '彦根市' else '長浜市'))
    add('address not printed')(lambda f, p: f['access'].update(address=f['access']['address'] + '1'))
    add('legal-form prefix')(lambda f, p: f.update(organization='地方独立行政法人' + f['organization']))
    add('wrong phone')(lambda f, p: f['contacts'][0].update(tel=['0120-00-0000']))
    add('unhyphenated phone')(lambda f, p: f['contacts'][0].update(tel=[f['contacts'][0]['tel'][0].replace('-', '')]))
    add('wrong asOf')(lambda f, p: f['edition'].update(asOf='2026-03'))
    add('wrong edition year')(lambda f, p: f['edition'].update(year=2025))
    add('printed hiring cell differs')(lambda f, p: R(f)['admin'].update(cellText=R(f)['admin']['cellText'] + '※'))

    def overlap(f, p):
        it = dict(p[0].items[5])
        it['x'] += 2
        p[0].items.append(it)
        p[0].expected.append(it['text'])
    add('overlapping copy of an item')(overlap)
    add('item in the edge margin')(lambda f, p: p[0].items[0].update(x=5))
    add('emoji the font lacks')(lambda f, p: (p[1].items[0].update(text=p[1].items[0]['text'] + '\U0001F68C'), p[1].expected.__setitem__(p[1].expected.index(p[1].items[0]['text'][:-1]), p[1].items[0]['text'])) if p[1].items[0]['text'][:-1] in p[1].expected else p[1].items[0].update(text=p[1].items[0]['text'] + '\U0001F68C'))

    def past_bottom(f, p):
        p[1].add('余白', LM, H - 40, MINCHO, 9)
        p[1].expected.append('余白')
    add('item past the bottom')(past_bottom)

    def overflow(f, p):
        for it in p[0].items:
            if 'cell' in it and it['text'] == f['hiring']['rows'][0]['labelText']:
                it['text'] += '（採用実績・参考値・単位は人・女性は内数）'
                p[0].expected[:] = [l.replace(f['hiring']['rows'][0]['labelText'] + '\t', it['text'] + '\t', 1) for l in p[0].expected]
                return
    add('overflowing cell')(overflow)
    add('line starting with 。')(lambda f, p: p[1].expected.append('。'))
    add('extra expected character')(lambda f, p: p[0].expected.append('字'))
    add('folio in the expected text')(lambda f, p: p[0].expected.append('- 1 -'))
    add('rendered PDF lacking one item')(lambda f, p: (0, 3))
    if name == 'hikone-2026':
        add('【予定】 dropped from the planned label')(lambda f, p: R(f, -1).update(labelText='令和8年度'))
        add('（ア） title that differs')(lambda f, p: f['initiatives'][0].update(title='（ア）テレワーク'))
        add('cohort intro R6')(lambda f, p: f['assignments'].update(intro='R6採用者の配属先（単位：人）'))
    if name == 'ube-kotsu-2026':
        add('brand taken as the organization')(lambda f, p: f.update(organization='宇部市営バス交通局'))
        add('（１） kept in the support name')(lambda f, p: f['supportSystems'][0].update(name='（１）育児休業x'))
    if name == 'sakata-kouiki-2026':
        add('〈W〉 women that differ')(lambda f, p: R(f)['admin'].update(cellText='3〈2〉'))
        add('【鉄道】 route not printed')(lambda f, p: f['access']['routes'].__setitem__(0, '【電車】JR羽越本線『酒田』駅から車で約10分'))
    return F


def selftest(verbose):
    refused = total = 0
    for name, spec in SPECS.items():
        for label, fn in faults(name):
            facts, pages = build(spec)
            drop = fn(facts, pages)
            drop = drop if isinstance(drop, tuple) and len(drop) == 2 and all(isinstance(x, int) for x in drop) else None
            err = make(name, facts, pages, write=False, drop=drop)
            total += 1
            if err:
                refused += 1
            if verbose or not err:
                print(f"{'refused' if err else 'ACCEPTED'}: {name}: {label}" + (f' ({err[0][:90]})' if err else ''))
    print(f'{refused}/{total} refused')
    return refused == total


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    names = [a for a in args if not a.startswith('-')] or list(SPECS)
    bad = False
    for name in names:
        facts, pages = build(SPECS[name])
        err = make(name, facts, pages)
        if err:
            bad = True
            print(f'{name}: REFUSED')
            for e in err:
                print('  ' + e)
        else:
            print(f'{name}: ok ({sum(len(p.items) for p in pages)} items, {len(checks(facts, stand_in(facts), norm(expected_text(pages))))} fact checks)')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
