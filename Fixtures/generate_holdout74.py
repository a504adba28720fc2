#!/usr/bin/env python3
"""Blind holdout set 74: three national bodies' recruitment brochures (synthetic).

  python3 Fixtures/generate_holdout74.py                 # all three, deterministic
  python3 Fixtures/generate_holdout74.py hirosaki-u-2026 # one
  python3 Fixtures/generate_holdout74.py --selftest -v   # fault injection: every fault must be refused

Self-contained: a page model in top-down coordinates, a ruled-table helper, reportlab's canvas
(invariant=1, no page compression), the checks, and the fault-injection self-test. Every visual text
piece is ONE text item drawn by one drawString (one BT..ET); the items of a page are drawn after its
graphics in a seeded shuffled order.
"""
import copy, io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color

OUT = os.path.join(HERE, 'holdout74')
W, H = 595.28, 841.89
EDGE, LEFT, RIGHT, TOP, BOTTOM = 20, 50, 50, 40, 56
FONTS = {'M': '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf',
         'G': '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'}
for k, p in FONTS.items():
    pdfmetrics.registerFont(TTFont('IPAex' + k, p))
KINSOKU = set('。、，．）」』】〕〉》・：；？！ーぁぃぅぇぉっゃゅょ')
ERA = {y: f'令和{y - 2018}年度' for y in range(2019, 2031)}


class Refused(Exception):
    pass


def need(ok, msg):
    if not ok:
        raise Refused(msg)


def width(s, font, size):
    return pdfmetrics.stringWidth(s, 'IPAex' + font, size)


# ---------------------------------------------------------------- page model
class Doc:
    def __init__(self, accent):
        self.pages = []          # each: {'items': [...], 'lines': [...], 'rects': [...], 'rules': [...]}
        self.accent = accent
        self.new_page()

    def new_page(self):
        self.pages.append({'items': [], 'lines': [], 'rects': [], 'rules': []})
        self.y = TOP

    @property
    def p(self):
        return self.pages[-1]

    def item(self, x, y, s, font='M', size=9.5, kind='body', cellw=None):
        self.p['items'].append({'x': x, 'y': y, 'text': s, 'font': font, 'size': size, 'kind': kind,
                                'w': width(s, font, size), 'cellw': cellw})

    def line(self, s, font='M', size=9.5, indent=0, align='left', gap=4, expect=None):
        x = LEFT + indent if align == 'left' else W - RIGHT - width(s, font, size)
        self.item(x, self.y, s, font, size)
        self.p['lines'].append(s.lstrip('\u3000') if expect is None else expect)
        self.y += size + gap

    def heading(self, s):
        self.y += 8
        self.p['rects'].append((LEFT, self.y - 1, 4, 14, self.accent))
        self.item(LEFT + 9, self.y, s, 'G', 12)
        self.p['lines'].append(s)
        self.y += 12 + 6

    def band(self, h):
        self.p['rects'].append((0, 0, W, h, self.accent))

    def table(self, rows, widths, size=9, font='M', head=True, rowh=16):
        x0 = LEFT
        tot = sum(widths)
        y = self.y
        self.p['rules'].append((x0, y, x0 + tot, y))
        for r, row in enumerate(rows):
            if head and r == 0:
                self.p['rects'].append((x0, y, tot, rowh, Color(0.9, 0.9, 0.9)))
            x = x0
            for c, cell in enumerate(row):
                if cell:
                    f = 'G' if head and r == 0 else font
                    self.item(x + 4, y + (rowh - size) / 2, cell, f, size, cellw=widths[c] - 6)
                x += widths[c]
            y += rowh
            self.p['rules'].append((x0, y, x0 + tot, y))
            self.p['lines'].append('\t'.join(row))
        x = x0
        for wd in widths + [0]:
            self.p['rules'].append((x, self.y, x, y))
            x += wd
        self.y = y + 6


# ---------------------------------------------------------------- content
def cell(n, w):
    return str(n) if w is None else f'{n}（{w}）'


def share_cell(n, w):
    return f'{n}（{round(100 * w / n)}%）'


def hiring_facts(years, data, tracks, cellfn, share=False):
    rows = []
    for y, (a, aw, t, tw) in zip(years, data):
        planned = aw is None
        def obj(n, w):
            txt = cellfn(n, w) if not planned else str(n)
            return {'count': n, 'text': str(n), 'women': None if (planned or share) else w,
                    'womenText': None if (planned or share) else str(w), 'cellText': txt}
        tot_w = None if planned else aw + tw
        rows.append({'fiscalYear': y, 'label': ERA[y], 'planned': planned,
                     'total': obj(a + t, tot_w), 'admin': obj(a, aw), 'tech': obj(t, tw),
                     'labelText': ERA[y] + ('（予定）' if planned else '')})
    return rows


def spec_hokkaido():
    years = list(range(2021, 2027))
    data = [(7, 3, 2, 1), (6, 3, 1, 0), (8, 4, 2, 1), (5, 2, 2, 1), (7, 4, 2, 0), (6, None, 2, None)]
    s = {
        'name': 'hokkaido-kouseikyoku-2026', 'accent': Color(0.10, 0.45, 0.55), 'seed': 7401,
        'masthead': [('北海道厚生局', 'G', 26)], 'org': '北海道厚生局',
        'lead': ['広い北海道で、医療と福祉の制度を地域に届ける仕事です。'],
        'tracks': {'admin': '事務系', 'tech': '技術系'},
        'hiring': hiring_facts(years, data, None, cell),
        'hiringHeader': ['年度', '事務系', '技術系', '計'],
        'hiringIntro': '採用者数の推移（単位：人）', 'hiringNote': '※（ ）内は女性の数で内数です。',
        'assignIntro': '令和7年度採用者の配属先（単位：人）', 'cohort': 2025,
        'assign': [('総務課', 1, None), ('会計課', 1, None), ('医療課', 2, None), ('保険年金課', 1, None),
                   ('地域包括ケア推進課', 2, None), ('薬事監視課', None, 2)],
        'examTitle': '令和8年度の採用予定（国家公務員採用一般職試験）',
        'exams': [('事務系', '国家公務員採用一般職試験（大卒程度試験）', [('行政', 6)]),
                  ('技術系', '国家公務員採用一般職試験（大卒程度試験）', [('化学', 1), ('農学', 1)])],
        'examStyle': 'plain',
        'training': ['厚生労働省の合同研修と、局内での実務研修を組み合わせて育てます。'],
        'initTitle': '働きやすい職場づくり',
        'inits': [('フレックスタイム制', '始業と終業の時刻を職員が選べます。'),
                  ('テレワーク', '週2日まで在宅勤務ができます。')],
        'supportTitle': '仕事と家庭の両立支援',
        'support': [('【育児】', '育児休業', '子が3歳に達するまで', '男性職員の取得も進んでいます。'),
                    ('【育児】', '子の看護休暇', '年5日', '子が2人以上なら年10日です。'),
                    ('【介護】', '介護休暇', '通算6か月', '3回まで分けて取得できます。')],
        'supportStyle': 'category',
        'office': '北海道厚生局総務課 人事係', 'tel': '011-738-0561', 'telText': 'TEL 011-738-0561',
        'email': 'hk-jinji@mhlw.go.jp',
        'address': '〒060-0808 北海道札幌市北区北8条西2丁目1番1 札幌第1合同庁舎',
        'routeLines': ['JR札幌駅・地下鉄さっぽろ駅から徒歩約5分'],
        'routes': ['JR『札幌』駅', '地下鉄『さっぽろ』駅から徒歩約5分'],
        'decoys': {'support': '【育児】 / 【介護】 are category labels before the item name: 【育児】育児休業（子が3歳に達するまで）; the name is 育児休業, not 育児',
                   'access': 'two stations of two operators joined by ・ in one route: JR札幌駅・地下鉄さっぽろ駅から徒歩約5分 (facts 札幌 and さっぽろ)'},
    }
    return s


def spec_osaka():
    years = list(range(2021, 2027))
    data = [(9, 5, 1, 0), (11, 6, 2, 1), (10, 4, 1, 1), (12, 7, 2, 0), (11, 6, 2, 1), (12, None, 2, None)]
    s = {
        'name': 'osaka-immigration-2026', 'accent': Color(0.15, 0.25, 0.55), 'seed': 7402,
        'masthead': [('大阪出入国在留管理局', 'G', 24)], 'org': '大阪出入国在留管理局',
        'lead': ['関西の空と海の玄関口で、人の往来と共生を支えます。'],
        'tracks': {'admin': '事務系', 'tech': '技術系'},
        'hiring': hiring_facts(years, data, None, cell),
        'hiringHeader': ['年度', '事務系', '技術系', '計'],
        'hiringIntro': '採用者数の推移（単位：人）', 'hiringNote': '※（ ）内は女性の数で内数です。',
        'assignIntro': '令和6年度試験合格者の配属先（単位：人）', 'cohort': 2025,
        'assign': [('総務課', 1, None), ('審査管理部門', 3, None), ('在留管理部門', 3, None),
                   ('関西空港支局', 2, None), ('神戸支局', 2, None), ('情報システム管理室', None, 2)],
        'examTitle': '令和8年度の採用予定',
        'exams': [('事務系', '国家公務員採用一般職試験（大卒程度試験）', [('行政', 12)]),
                  ('技術系', '国家公務員採用一般職試験（大卒程度試験）', [('デジタル・電気・電子', 2)])],
        'examStyle': 'plain',
        'training': ['採用後は出入国在留管理庁の研修所で初任研修を受けます。'],
        'initTitle': '職場の取組',
        'inits': [('時差出勤', '7時から10時まで30分刻みで始業を選べます。'),
                  ('語学研修', '英語・中国語などの研修を受けられます。')],
        'supportTitle': '両立支援制度',
        'support': [('', '育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                    ('', '介護休暇', '通算6か月', '3回まで分けて取得できます。')],
        'supportStyle': 'spaces',
        'office': '大阪出入国在留管理局総務課 人事係', 'tel': '06-4703-2100',
        'telText': 'TEL 06-4703-2100～2102', 'email': 'os-jinji@moj.go.jp',
        'address': '〒559-0034 大阪府大阪市住之江区南港北1-29-53',
        'routeLines': ['大阪メトロ中央線コスモスクエア駅から徒歩約7分', 'ニュートラムトレードセンター前駅から徒歩約5分'],
        'routes': ['大阪メトロ中央線『コスモスクエア』駅から徒歩約7分', 'ニュートラム『トレードセンター前』駅から徒歩約5分'],
        'decoys': {'assignments': 'cohort named by the EXAM year: 令和6年度試験合格者の配属先 = the 2025 (令和7年度) hires',
                   'contacts': 'a phone with a line range: TEL 06-4703-2100～2102 (fact 06-4703-2100)',
                   'support': 'name and duration separated only by ideographic spaces: 育児休業　　子が3歳に達するまで'},
    }
    return s


def spec_hirosaki():
    years = list(range(2021, 2027))
    data = [(5, 3, 2, 1), (4, 2, 1, 0), (6, 4, 2, 1), (5, 2, 1, 1), (4, 3, 2, 0), (4, None, 2, None)]
    s = {
        'name': 'hirosaki-u-2026', 'accent': Color(0.55, 0.20, 0.25), 'seed': 7403,
        'masthead': [('弘前大学', 'G', 28)], 'org': '弘前大学',
        'lead': ['りんごの里のキャンパスで、教育と研究を支える職員を募集します。'],
        'tracks': {'admin': '事務職員', 'tech': '技術職員'},
        'hiring': hiring_facts(years, data, None, share_cell, share=True),
        'hiringWomen': data,
        'hiringHeader': ['年度', '事務職員', '技術職員', '計'],
        'hiringIntro': '採用者数の推移（単位：人）', 'hiringNote': '※（ ）内は採用者に占める女性の割合です。',
        'assignIntro': '令和7年度採用者の配属先（単位：人）', 'cohort': 2025,
        'assign': [('総務部人事課', 1, None), ('財務部経理課', 1, None), ('学務部教務課', 1, None),
                   ('医学部附属病院医事課', 1, None), ('施設環境部施設企画課', None, 2)],
        'examTitle': '令和8年度採用予定',
        'exams': [('事務職員', '国立大学法人等職員採用試験（東北地区）', [('事務', 4)]),
                  ('技術職員', '国立大学法人等職員採用試験（東北地区）', [('電気', 1), ('機械', 1)])],
        'examStyle': 'bracket',
        'training': ['新任職員研修のほか、東北地区の大学との合同研修があります。'],
        'initTitle': '働きやすい大学へ',
        'inits': [('ゆう活', '夏は早めに始業し、夕方の時間を生かします。'),
                  ('休暇の計画取得', '年休の計画表を係ごとに作っています。')],
        'supportTitle': '両立支援制度',
        'support': [('', '育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                    ('', '介護休暇', '通算6か月', '3回まで分けて取得できます。')],
        'supportStyle': 'paren',
        'office': '弘前大学総務部人事課 人事企画グループ', 'tel': '0172-39-3013', 'telText': 'TEL 0172-39-3013',
        'email': 'hu-jinji@hirosaki-u.ac.jp',
        'address': '〒036-8560 青森県弘前市文京町1番地',
        'routeLines': ['JR奥羽本線弘前駅から徒歩約20分', '弘南鉄道大鰐線中央弘前駅から徒歩約15分'],
        'routes': ['JR奥羽本線『弘前』駅から徒歩約20分', '弘南鉄道大鰐線『中央弘前』駅から徒歩約15分'],
        'decoys': {'hiring': 'the bracket after each count holds the women\'s SHARE in percent (9（44%）), not a count: women null',
                   'exams': 'the count in brackets after the category (事務（4）) under 採用予定職種（人数）; no count column'},
    }
    return s


SPECS = [spec_hokkaido, spec_osaka, spec_hirosaki]


# ---------------------------------------------------------------- build
def build(s):
    d = Doc(s['accent'])
    d.band(12)
    d.y = 30
    for text, font, size in s['masthead']:
        d.line(text, font, size, gap=6)
    d.line('職員採用案内 2026', 'G', 14, gap=4)
    d.line('令和8年4月現在', 'M', 9, align='right', gap=8)
    for t in s['lead']:
        d.line(t, 'M', 10.5, gap=6)
    d.heading('採用実績')
    d.line(s['hiringIntro'], gap=5)
    rows = [s['hiringHeader']]
    for r in s['hiring']:
        rows.append([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
    d.table(rows, [130, 100, 100, 100])
    d.line(s['hiringNote'], size=8.5, gap=8)
    d.heading('配属実績')
    d.line(s['assignIntro'], gap=5)
    arows = [['配属先', s['tracks']['admin'], s['tracks']['tech']]]
    for u, a, t in s['assign']:
        arows.append([u, '－' if a is None else str(a), '－' if t is None else str(t)])
    d.table(arows, [200, 90, 90])
    d.item(W / 2 - width('- 1 -', 'M', 9) / 2, H - 34, '- 1 -', 'M', 9, kind='folio')

    d.new_page()
    d.band(8)
    d.y = 36
    d.heading('採用予定')
    d.line(s['examTitle'], gap=5)
    if s['examStyle'] == 'bracket':
        erows = [['区分', '試験', '採用予定職種（人数）']]
        for tr, ex, cats in s['exams']:
            for i, (c, n) in enumerate(cats):
                erows.append([tr if i == 0 else '', ex if i == 0 else '', f'{c}（{n}）'])
        d.table(erows, [80, 260, 130])
    else:
        erows = [['区分', '試験', '試験区分', '採用予定数']]
        for tr, ex, cats in s['exams']:
            for i, (c, n) in enumerate(cats):
                erows.append([tr if i == 0 else '', ex if i == 0 else '', c, f'{n}名'])
        d.table(erows, [60, 230, 120, 70])
    d.heading('研修')
    for t in s['training']:
        d.line(t, gap=5)
    d.heading(s['initTitle'])
    for t, x in s['inits']:
        d.line('■' + t, 'G', 10, gap=3)
        d.line('\u3000' + x, gap=6)
    d.heading(s['supportTitle'])
    for cat, n, dur, x in s['support']:
        d.line(support_line(s, cat, n, dur), 'G', 10, gap=3)
        d.line('\u3000' + x, gap=6)
    d.heading('お問い合わせ')
    d.line(s['office'], gap=4)
    d.line(s['telText'], gap=4)
    d.line('E-mail ' + s['email'], gap=4)
    d.heading('アクセス')
    d.line(s['address'], gap=4)
    for r in s['routeLines']:
        d.line(r, gap=4)
    d.item(W / 2 - width('- 2 -', 'M', 9) / 2, H - 34, '- 2 -', 'M', 9, kind='folio')
    return d


def support_line(s, cat, n, dur):
    st = s['supportStyle']
    if st == 'category':
        return f'{cat}{n}（{dur}）'
    if st == 'spaces':
        return f'{n}\u3000\u3000{dur}'
    return f'●{n}（{dur}）'


def facts_of(s):
    ex_entries = []
    for tr, ex, cats in s['exams']:
        ex_entries.append({'track': tr, 'exam': ex, 'text': '',
                           'breakdown': [{'category': c, 'count': n} for c, n in cats],
                           'total': sum(n for _, n in cats)})
    f = {
        'organization': s['org'],
        'document': s['org'] + ' 職員採用案内 2026',
        'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月現在'},
        'lead': {'title': '', 'text': list(s['lead'])},
        'hiring': {'intro': [s['hiringIntro']], 'note': [s['hiringNote']], 'tracks': dict(s['tracks']),
                   'textSynthesised': False, 'layout': 'ruled ' + ' | '.join(s['hiringHeader']),
                   'header': list(s['hiringHeader']), 'columns': ['label', 'admin', 'tech', 'total'],
                   'rows': copy.deepcopy(s['hiring'])},
        'assignments': {'cohortFiscalYear': s['cohort'], 'intro': s['assignIntro'], 'tracks': dict(s['tracks']),
                        'layout': f"ruled 配属先 | {s['tracks']['admin']} | {s['tracks']['tech']}",
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in s['assign']]},
        'exams': {'title': s['examTitle'], 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 採用予定職種（人数）' if s['examStyle'] == 'bracket'
                  else 'ruled 区分 | 試験 | 試験区分 | 採用予定数', 'entries': ex_entries},
        'training': {'title': '研修', 'paragraphs': list(s['training'])},
        'initiatives': [{'title': t, 'text': x, 'printed': ['■' + t, x]} for t, x in s['inits']],
        'initiativesIntro': '',
        'supportTitle': s['supportTitle'],
        'supportSystems': [{'name': n, 'duration': dur, 'durationText': dur, 'text': x,
                            'printed': support_line(s, cat, n, dur)} for cat, n, dur, x in s['support']],
        'contacts': [{'track': '採用担当', 'office': s['office'], 'tel': [s['tel']], 'email': [s['email']],
                      'location': '', 'telText': [s['telText']], 'emailText': ['E-mail ' + s['email']],
                      'hoursText': ''}],
        'access': {'address': s['address'], 'routes': list(s['routes']), 'routesSynthesised': False,
                   'routesText': list(s['routeLines'])},
        'keyFigures': [],
        'decoys': dict(s['decoys']),
    }
    if s['supportStyle'] == 'category':
        for it, (cat, *_r) in zip(f['supportSystems'], s['support']):
            it['category'] = cat
    return f


# ---------------------------------------------------------------- checks
def check_layout(d, lines_pages):
    for pi, p in enumerate(d.pages):
        items = p['items']
        for it in items:
            s = it['text']
            face = pdfmetrics.getFont('IPAex' + it['font']).face
            for ch in s:
                need(ch.isspace() or ord(ch) in face.charToGlyph, f'p{pi+1}: glyph {ch!r} missing in {s!r}')
            x0, y0, x1, y1 = it['x'], it['y'], it['x'] + it['w'], it['y'] + it['size']
            need(x0 >= EDGE and x1 <= W - EDGE and y0 >= EDGE and y1 <= H - EDGE, f'p{pi+1}: {s!r} in the edge margin')
            if it['kind'] == 'body':
                need(y1 <= H - BOTTOM, f'p{pi+1}: {s!r} past the bottom margin')
            if it['cellw'] is not None:
                need(it['w'] <= it['cellw'], f'p{pi+1}: {s!r} overflows its cell')
        for i in range(len(items)):
            a = items[i]
            for b in items[i + 1:]:
                if (a['x'] < b['x'] + b['w'] - 0.3 and b['x'] < a['x'] + a['w'] - 0.3 and
                        a['y'] < b['y'] + b['size'] - 0.3 and b['y'] < a['y'] + a['size'] - 0.3):
                    raise Refused(f"p{pi+1}: {a['text']!r} overlaps {b['text']!r}")
        lines = lines_pages[pi]
        drawn = Counter(ch for it in items if it['kind'] == 'body' for ch in it['text'] if not ch.isspace())
        exp = Counter(ch for l in lines for ch in l if not ch.isspace())
        need(drawn == exp, f'p{pi+1}: drawn and expected characters differ: {(drawn - exp) + (exp - drawn)}')
        for l in lines:
            need(l and l[0] not in KINSOKU, f'p{pi+1}: expected line starts with a kinsoku character: {l!r}')
            need(not re.fullmatch(r'-\s*\d+\s*-', l.strip()), f'p{pi+1}: folio in the expected text')


def render(d, seed, drop=None):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
    c.setTitle('職員採用案内 2026')
    rnd = random.Random(seed)
    for pi, p in enumerate(d.pages):
        for (x, y, w, h, col) in p['rects']:
            c.setFillColor(col)
            c.rect(x, H - y - h, w, h, stroke=0, fill=1)
        c.setStrokeColor(Color(0.3, 0.3, 0.3))
        c.setLineWidth(0.5)
        for (x0, y0, x1, y1) in p['rules']:
            c.line(x0, H - y0, x1, H - y1)
        order = list(range(len(p['items'])))
        rnd.shuffle(order)
        c.setFillColor(Color(0, 0, 0))
        for k in order:
            if drop == (pi, k):
                continue
            it = p['items'][k]
            c.setFont('IPAex' + it['font'], it['size'])
            c.drawString(it['x'], H - it['y'] - it['size'] * 0.88, it['text'])
        c.showPage()
    c.save()
    return buf.getvalue()


def check_pdf(d, pdf):
    n_items = sum(len(p['items']) for p in d.pages)
    need(len(re.findall(rb'(?m)^BT\b', pdf)) >= n_items, 'PDF has fewer text objects than items')
    with tempfile.TemporaryDirectory() as tmp:
        fn = os.path.join(tmp, 'x.pdf')
        open(fn, 'wb').write(pdf)
        for pi, p in enumerate(d.pages):
            out = subprocess.run(['pdftotext', '-f', str(pi + 1), '-l', str(pi + 1), fn, '-'],
                                 capture_output=True, text=True).stdout
            got = Counter(ch for ch in out if not ch.isspace())
            want = Counter(ch for it in p['items'] for ch in it['text'] if not ch.isspace())
            need(got == want, f'p{pi+1}: pdftotext differs from the drawn text: {(got - want) + (want - got)}')


def parse_cell(t):
    m = re.fullmatch(r'(\d+)(?:（(\d+)(%?)）)?', t)
    need(m, f'unparsable count cell {t!r}')
    return int(m.group(1)), m.group(2), m.group(3)


def check_facts(f, lines_pages):
    flat = [l for pg in lines_pages for l in pg]
    text = '\n'.join(flat)
    drawn = norm(text)
    org = f['organization']
    need(org in lines_pages[0][:3], 'organisation not in the masthead')
    for pre in ('独立行政法人', '国立大学法人', '国立研究開発法人', '法務省', '厚生労働省'):
        need(not org.startswith(pre), 'legal-form / parent prefix in the organisation')
    need('・' not in org, 'a ・-joined organisation')
    ed = f['edition']
    need(ed['asOfText'] in flat, 'edition not printed')
    m = re.fullmatch(r'令和(\d+)年(\d+)月現在', ed['asOfText'])
    need(m and ed['asOf'] == f'{2018 + int(m.group(1))}-{int(m.group(2)):02d}', 'asOf differs from the printed date')
    h = f['hiring']
    rows = h['rows']
    need([r['fiscalYear'] for r in rows] == list(range(rows[0]['fiscalYear'], rows[0]['fiscalYear'] + len(rows))),
         'hiring years not consecutive')
    need([r['planned'] for r in rows] == [False] * (len(rows) - 1) + [True], 'exactly one planned row, last')
    need(ed['year'] == rows[-1]['fiscalYear'] == f['exams']['fiscalYear'], 'edition / planned / exam year differ')
    need('\t'.join(h['header']) in flat, 'hiring header not printed')
    share = '割合' in ''.join(h['note'])
    for r in rows:
        need(r['label'] == ERA[r['fiscalYear']], f"wrong era label {r['label']}")
        need(r['labelText'].startswith(r['label']), f"labelText {r['labelText']} names another year")
        need(r['total']['count'] == r['admin']['count'] + r['tech']['count'], f"{r['label']}: total != admin + tech")
        for k in ('total', 'admin', 'tech'):
            o = r[k]
            need(o['text'] == str(o['count']), f"{r['label']} {k}: text differs from count")
            need(o['womenText'] == (None if o['women'] is None else str(o['women'])), f"{r['label']} {k}: womenText")
            n, w, pct = parse_cell(o['cellText'])
            need(n == o['count'], f"{r['label']} {k}: printed cell gives another count")
            if r['planned']:
                need(o['women'] is None and w is None, f"{r['label']}: women on the planned row")
            elif share:
                need(o['women'] is None and pct == '%' and w is not None, f"{r['label']} {k}: a share is no women count")
            else:
                need(o['women'] is not None and pct == '' and int(w) == o['women'], f"{r['label']} {k}: printed women differ")
                need(0 <= o['women'] <= o['count'], f"{r['label']} {k}: women out of range")
        if not r['planned'] and not share:
            need(r['total']['women'] == r['admin']['women'] + r['tech']['women'], f"{r['label']}: women total")
        line = '\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
        need(line in flat, f"{r['label']}: hiring row not printed")
    a = f['assignments']
    actual = [r for r in rows if not r['planned']]
    need(a['cohortFiscalYear'] == actual[-1]['fiscalYear'], 'assignment cohort is not the last actual year')
    need(a['intro'] in flat, 'assignment intro not printed')
    yrs = [int(x) + 2018 for x in re.findall(r'令和(\d+)年度', a['intro'])]
    if '試験合格者' in a['intro']:
        need(yrs == [a['cohortFiscalYear'] - 1], 'the exam year in the intro is not the year before the cohort')
    else:
        need(yrs == [a['cohortFiscalYear']], 'the intro names another cohort')
    cohort = [r for r in rows if r['fiscalYear'] == a['cohortFiscalYear']][0]
    need(sum(r['admin'] or 0 for r in a['rows']) == cohort['admin']['count'], 'assignment admin sum')
    need(sum(r['tech'] or 0 for r in a['rows']) == cohort['tech']['count'], 'assignment tech sum')
    units = [r['unit'] for r in a['rows']]
    need(len(set(units)) == len(units), 'duplicate unit')
    for r in a['rows']:
        need((r['admin'] or 0) + (r['tech'] or 0) > 0, f"zero assignment row {r['unit']}")
        ln = '\t'.join([r['unit'], '－' if r['admin'] is None else str(r['admin']), '－' if r['tech'] is None else str(r['tech'])])
        need(ln in flat, f"assignment row {r['unit']} not printed")
    e = f['exams']
    need(e['title'] in flat, 'exam title not printed')
    keys = set()
    per_track = Counter()
    tr_map = {}
    for k, v in f['hiring']['tracks'].items():
        tr_map[v] = k
    for en in e['entries']:
        need(en['track'] in tr_map, f"exam track {en['track']} is no hiring track")
        need(track(en['track']) == {'admin': 'administrative', 'tech': 'technical'}[tr_map[en['track']]],
             f"exam track {en['track']} maps to {track(en['track'])}")
        need('院' not in en['exam'], 'an exam with 院')
        need(sum(b['count'] for b in en['breakdown']) == en['total'], f"{en['track']}: categories != total")
        per_track[tr_map[en['track']]] += en['total']
        need(en['exam'] in text, f"exam {en['exam']} not printed")
        for b in en['breakdown']:
            key = (track(en['track']), level(en['exam']), norm(b['category']))
            need(key not in keys, f'colliding category {key}')
            keys.add(key)
            need(any(l.endswith(f"\t{b['category']}（{b['count']}）") or l.endswith(f"\t{b['category']}\t{b['count']}名")
                     for l in flat), f"category {b['category']} {b['count']} not printed")
    need(per_track['admin'] == rows[-1]['admin']['count'] and per_track['tech'] == rows[-1]['tech']['count'],
         'exam totals differ from planned hires')
    for p in f['training']['paragraphs']:
        need(p in flat, 'training not printed')
    for t in f['lead']['text'] + h['intro'] + h['note']:
        need(t in flat, f'{t!r} not printed')
    for i in f['initiatives']:
        need(i['printed'][0] in flat and i['printed'][0] == '■' + i['title'] and i['text'] in flat,
             f"initiative {i['title']} not printed")
    for i in f['supportSystems']:
        need(i['duration'] == i['durationText'], f"support {i['name']}: duration differs")
        need(i['printed'] in flat and i['name'] in i['printed'] and i['duration'] in i['printed'],
             f"support {i['name']} not printed")
        need(i['text'] in flat, f"support {i['name']}: text not printed")
        if 'category' in i:
            need(i['printed'] == f"{i['category']}{i['name']}（{i['duration']}）", f"support {i['name']}: category line")
    for c in f['contacts']:
        need(c['office'] in flat, 'office not printed')
        for t, tt in zip(c['tel'], c['telText']):
            need(re.fullmatch(r'\d{2,4}-\d{2,4}-\d{4}', t), f'phone {t} not hyphenated')
            need(tt in flat and t in tt, f'phone {t} not printed')
        for m, mt in zip(c['email'], c['emailText']):
            need(mt in flat and m in mt, f'e-mail {m} not printed')
    acc = f['access']
    need(acc['address'] in flat, 'address not printed')
    for r in acc['routes']:
        need('『' in r and '』' in r, f'route {r} has no 『』')
        stop = r.split('『')[1].split('』')[0]
        need(stop and '駅' not in stop and '・' not in stop, f'route stop {stop!r} is no single station name')
        plain = r.replace('『', '').replace('』', '')
        need(any(plain in l for l in acc['routesText']) and all(l in flat for l in acc['routesText']),
             f'route {r} not printed')
    return drawn


def stand_in(f):
    rows = []
    for r in f['hiring']['rows']:
        rows.append({'fiscalYear': r['fiscalYear'], 'planned': r['planned'],
                     'total': {'count': r['total']['count'], 'women': r['total']['women']},
                     'administrative': {'count': r['admin']['count'], 'women': r['admin']['women']},
                     'technical': {'count': r['tech']['count'], 'women': r['tech']['women']}})
    ent = [{'track': track(e['track']), 'level': level(e['exam']), 'category': b['category'], 'count': b['count']}
           for e in f['exams']['entries'] for b in e['breakdown']]
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']},
            'sections': {
                'hiring': {'rows': rows},
                'assignments': {'cohortFiscalYear': f['assignments']['cohortFiscalYear'],
                                'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0,
                                          'technical': r['tech'] or 0} for r in f['assignments']['rows']]},
                'examBreakdown': {'entries': ent},
                'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']],
                              'emails': list(c['email'])} for c in f['contacts']],
                'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]},
                'initiatives': [{'title': i['title']} for i in f['initiatives']],
                'supportSystems': [{'name': i['name']} for i in f['supportSystems']]}}


def check_scoring(f, drawn):
    res = checks(f, stand_in(f), drawn)
    bad = [n for n, ok in res if not ok]
    need(not bad, f'stand-in misses {bad}')
    kinds = {n.split(' ')[0] for n, _ in res}
    need(kinds >= {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route',
                   'initiative', 'support'}, f'some kind of check is not reached: {kinds}')
    need(not any(ok for _, ok in checks(f, {}, drawn)), 'an empty document scores')
    return len(res)


def make(s, d=None, f=None, drop=None):
    d = d or build(s)
    lines = [p['lines'] for p in d.pages]
    f = f or facts_of(s)
    check_layout(d, lines)
    drawn = check_facts(f, lines)
    n = check_scoring(f, drawn)
    pdf = render(d, s['seed'], drop)
    need(pdf == render(d, s['seed']) or drop is not None, 'two renders differ')
    check_pdf(d, pdf)
    exp = '\n\f\n'.join('\n'.join(pg) for pg in lines) + '\n'
    return pdf, exp, f, n


def write(s):
    pdf, exp, f, n = make(s)
    os.makedirs(OUT, exist_ok=True)
    open(os.path.join(OUT, s['name'] + '.pdf'), 'wb').write(pdf)
    open(os.path.join(OUT, s['name'] + '.expected.txt'), 'w').write(exp)
    open(os.path.join(OUT, s['name'] + '.facts.json'), 'w').write(json.dumps(f, ensure_ascii=False, indent=2) + '\n')
    items = sum(len(p['items']) for p in build(s).pages)
    print(f"{s['name']}: {items} items, {n} fact checks")


# ---------------------------------------------------------------- self-test
def faults(s):
    """(name, mutate) pairs; mutate(d, f) changes the built page model / facts in place and may
    return a 'drop' (page, item) for the renderer."""
    F = []
    def fa(name):
        def deco(fn):
            F.append((name, fn)); return fn
        return deco
    share = s['name'].startswith('hirosaki')
    @fa('hiring total +1')
    def _(d, f): f['hiring']['rows'][0]['total']['count'] += 1
    @fa('women total +1')
    def _(d, f):
        o = f['hiring']['rows'][1]['total']; o['women'] = (o['women'] or 0) + 1; o['womenText'] = str(o['women'])
    @fa("a track's women +1")
    def _(d, f):
        o = f['hiring']['rows'][2]['admin']; o['women'] = (o['women'] or 0) + 1; o['womenText'] = str(o['women'])
    @fa('women above heads')
    def _(d, f):
        o = f['hiring']['rows'][0]['tech']; o['women'] = o['count'] + 1; o['womenText'] = str(o['women'])
    @fa('women on the planned row')
    def _(d, f):
        o = f['hiring']['rows'][-1]['admin']; o['women'] = 1; o['womenText'] = '1'
    @fa('the planned row first')
    def _(d, f): f['hiring']['rows'].insert(0, f['hiring']['rows'].pop())
    @fa('a wrong era label')
    def _(d, f): f['hiring']['rows'][3]['label'] = '令和5年度'
    @fa('a count text that differs')
    def _(d, f): f['hiring']['rows'][1]['admin']['text'] = '99'
    @fa('every fiscal year shifted by one')
    def _(d, f):
        for r in f['hiring']['rows']: r['fiscalYear'] += 1
    @fa('admin and total +1 together')
    def _(d, f):
        r = f['hiring']['rows'][2]; r['admin']['count'] += 1; r['admin']['text'] = str(r['admin']['count'])
        r['total']['count'] += 1; r['total']['text'] = str(r['total']['count'])
    @fa('an assignment +1')
    def _(d, f):
        r = f['assignments']['rows'][0]; r['admin'] = (r['admin'] or 0) + 1
    @fa('a wrong cohort')
    def _(d, f): f['assignments']['cohortFiscalYear'] -= 1
    @fa('a duplicated unit')
    def _(d, f): f['assignments']['rows'].append(dict(f['assignments']['rows'][0]))
    @fa('a zero assignment row')
    def _(d, f): f['assignments']['rows'].append({'unit': '企画課', 'admin': None, 'tech': None})
    @fa('an exam count +1 with its total')
    def _(d, f):
        e = f['exams']['entries'][0]; e['breakdown'][0]['count'] += 1; e['total'] += 1
    @fa('the last category +1')
    def _(d, f): f['exams']['entries'][-1]['breakdown'][-1]['count'] += 1
    @fa('an exam with 院')
    def _(d, f): f['exams']['entries'][0]['exam'] += '（大学院卒業程度）'
    @fa('a colliding category')
    def _(d, f): f['exams']['entries'][-1]['breakdown'].append(dict(f['exams']['entries'][-1]['breakdown'][0]))
    @fa('an exam track that is no hiring track')
    def _(d, f): f['exams']['entries'][0]['track'] = '行政職'
    @fa('an e-mail not printed')
    def _(d, f): f['contacts'][0]['email'] = ['jinji@example.go.jp']
    @fa('an office not printed')
    def _(d, f): f['contacts'][0]['office'] = '人事課'
    @fa('a route not printed')
    def _(d, f): f['access']['routes'][0] = 'JR『函館』駅から徒歩約5分'
    @fa('a route without 『』')
    def _(d, f): f['access']['routes'][-1] = f['access']['routes'][-1].replace('『', '').replace('』', '')
    @fa('a support item not printed')
    def _(d, f): f['supportSystems'][0]['name'] = '育児短時間勤務'
    @fa('a support duration that differs')
    def _(d, f): f['supportSystems'][0]['durationText'] = '子が1歳に達するまで'
    @fa('an initiative not printed')
    def _(d, f): f['initiatives'][0]['title'] = 'ノー残業デー'
    @fa('an organisation not printed')
    def _(d, f): f['organization'] = '東北厚生局'
    @fa('a legal-form / parent prefix')
    def _(d, f): f['organization'] = {'hokkaido-kouseikyoku-2026': '厚生労働省', 'osaka-immigration-2026': '法務省',
                                      'hirosaki-u-2026': '国立大学法人'}[s['name']] + f['organization']
    @fa('an address not printed')
    def _(d, f): f['access']['address'] = f['access']['address'].replace('〒', '〒9')
    @fa('a wrong phone')
    def _(d, f): f['contacts'][0]['tel'] = ['011-000-0000']
    @fa('an unhyphenated phone')
    def _(d, f): f['contacts'][0]['tel'] = [f['contacts'][0]['tel'][0].replace('-', '')]
    @fa('a wrong asOf')
    def _(d, f): f['edition']['asOf'] = '2026-03'
    @fa('a wrong edition year')
    def _(d, f): f['edition']['year'] = 2025
    @fa('a cohort intro naming another year')
    def _(d, f):
        f['assignments']['intro'] = f['assignments']['intro'].replace('令和', '令和1', 1)
        d.pages[0]['lines'] = [f['assignments']['intro'] if '配属先（' in l else l for l in d.pages[0]['lines']]
        for it in d.pages[0]['items']:
            if '配属先（' in it['text']: it['text'] = f['assignments']['intro']; it['w'] = width(it['text'], it['font'], it['size'])
    @fa('an overlapping copy of an item')
    def _(d, f):
        it = dict(d.pages[1]['items'][3]); it['x'] += 3; d.pages[1]['items'].append(it); d.pages[1]['lines'].append(it['text'])
    @fa('an item in the edge margin')
    def _(d, f): d.pages[0]['items'][0]['x'] = 10
    @fa('an emoji the font lacks')
    def _(d, f):
        it = d.pages[1]['items'][-2]; it['text'] += '\U0001F600'
        d.pages[1]['lines'] = [l + '\U0001F600' if l == it['text'][:-1] else l for l in d.pages[1]['lines']]
    @fa('an item past the bottom')
    def _(d, f):
        d.pages[1]['items'].append({'x': LEFT, 'y': H - 50, 'text': '以上', 'font': 'M', 'size': 9, 'kind': 'body',
                                    'w': width('以上', 'M', 9), 'cellw': None}); d.pages[1]['lines'].append('以上')
    @fa('an overflowing cell')
    def _(d, f):
        it = [i for i in d.pages[0]['items'] if i['cellw']][-1]; it['cellw'] = it['w'] - 1
    @fa('a line starting with 。')
    def _(d, f):
        d.pages[1]['items'].append({'x': LEFT + 300, 'y': d.y, 'text': '。', 'font': 'M', 'size': 9, 'kind': 'body',
                                    'w': width('。', 'M', 9), 'cellw': None}); d.pages[1]['lines'].append('。')
    @fa('an extra expected character')
    def _(d, f): d.pages[0]['lines'][-1] += '課'
    @fa('a folio in the expected text')
    def _(d, f): d.pages[0]['lines'].append('- 1 -'); d.pages[0]['items'].append(
        {'x': LEFT, 'y': 700, 'text': '-1-', 'font': 'M', 'size': 9, 'kind': 'body', 'w': width('-1-', 'M', 9), 'cellw': None})
    @fa('a printed hiring cell that differs')
    def _(d, f): f['hiring']['rows'][0]['admin']['cellText'] = f['hiring']['rows'][0]['admin']['cellText'].replace('（', '〔').replace('）', '〕')
    @fa('a rendered PDF lacking one item')
    def _(d, f): return (1, 5)
    # one fault per shape
    if s['supportStyle'] == 'category':
        @fa('shape: the category label dropped from the printed support line')
        def _(d, f): f['supportSystems'][0]['printed'] = f['supportSystems'][0]['printed'].replace('【育児】', '')
        @fa('shape: a route fact taking the joined station pair')
        def _(d, f): f['access']['routes'][0] = 'JR『札幌駅・地下鉄さっぽろ』駅'
    if s['name'].startswith('osaka'):
        @fa('shape: the intro exam year equal to the cohort')
        def _(d, f): f['assignments']['intro'] = '令和7年度試験合格者の配属先（単位：人）'
        @fa('shape: the phone fact taking the range end')
        def _(d, f): f['contacts'][0]['tel'] = ['06-4703-2102～']
    if share:
        @fa('shape: a share read as women')
        def _(d, f):
            o = f['hiring']['rows'][0]['admin']; o['women'] = 60; o['womenText'] = '60'
        @fa('shape: a bracket count that differs')
        def _(d, f): f['exams']['entries'][0]['breakdown'][0]['count'] += 0; f['exams']['entries'][0]['breakdown'][0]['category'] = '事務（5）'
    return F


def selftest(verbose):
    total = refused = 0
    for sp in SPECS:
        s = sp()
        make(s)  # the clean brochure passes
        for name, fn in faults(s):
            d = build(s)
            f = facts_of(s)
            drop = fn(d, f)
            total += 1
            try:
                make(s, d, f, drop)
                print(f"NOT REFUSED {s['name']}: {name}")
            except Refused as e:
                refused += 1
                if verbose:
                    print(f"refused {s['name']}: {name}: {e}")
    print(f'{refused}/{total} refused')
    return refused == total


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    for sp in SPECS:
        s = sp()
        if not args or s['name'] in args:
            write(s)


if __name__ == '__main__':
    main()
