#!/usr/bin/env python3
"""Blind holdout set 72: three national bodies (四国経済産業局, 東北森林管理局, 長岡技術科学大学).

Self-contained. Writes Fixtures/holdout72/NAME.{pdf,expected.txt,facts.json} for
shikoku-meti-2026, tohoku-shinrin-2026, nagaokaut-2026.

  python3 Fixtures/generate_holdout72.py                  # all three (deterministic)
  python3 Fixtures/generate_holdout72.py nagaokaut-2026   # one
  python3 Fixtures/generate_holdout72.py --selftest [-v]  # fault injection: every fault must be refused

Every visual text line / table-cell text is one text item drawn with one drawString
(one BT … ET), and the items of a page are written after its graphics in a seeded shuffled
order. All figures, phones, e-mails and unit names are invented; addresses are as
remembered, not checked.
"""
import copy, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout72')
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
W, H = A4
EDGE = 20.0
BOTTOM = H - 50.0
LEFT, RIGHT = 50.0, W - 50.0
KINSOKU = set('。、，．）」』】〕！？：；ー')
LEGAL = ('独立行政法人', '国立大学法人', '国立研究開発法人', '大学共同利用機関法人', '特殊法人', '行政執行法人')


class Refused(Exception):
    pass


def need(ok, msg):
    if not ok:
        raise Refused(msg)


def era(fy):
    return f'令和{fy - 2018}年度'


def width(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


# ---------------------------------------------------------------- page model

class Page:
    def __init__(self, folio):
        self.items = []      # dict(text, x, y, font, size, color)
        self.rects = []      # (x, y, w, h, fill rgb)
        self.lines = []      # (x1, y1, x2, y2)
        self.expected = []   # lines in reading order
        self.folio = folio
        self.cells = []      # (text, font, size, available width)


class Builder:
    def __init__(self, accent):
        self.pages = []
        self.accent = accent
        self.new_page()

    def new_page(self):
        self.page = Page(f'- {len(self.pages) + 1} -')
        self.pages.append(self.page)
        self.y = 60.0

    def item(self, s, x, y, font='M', size=9.0, color=(0, 0, 0), align='left'):
        if align == 'right':
            x = x - width(s, font, size)
        elif align == 'center':
            x = x - width(s, font, size) / 2
        self.page.items.append(dict(text=s, x=x, y=y, font=font, size=size, color=color))

    def line(self, s, font='M', size=9.0, indent=0.0, gap=None, align='left', color=(0, 0, 0)):
        gap = gap if gap is not None else size * 1.65
        self.y += gap
        x = RIGHT if align == 'right' else LEFT + indent
        self.item(s, x, self.y, font, size, color, align)
        self.page.expected.append(s)

    def heading(self, s):
        self.y += 24
        self.page.rects.append((LEFT, self.y - 12.5, 4, 15, self.accent))
        self.item(s, LEFT + 10, self.y, 'G', 12)
        self.page.lines.append((LEFT, self.y + 4, RIGHT, self.y + 4))
        self.page.expected.append(s)
        self.y += 4

    def masthead(self, small, big, sub):
        self.page.rects.append((0, 0, W, 100, self.accent))
        white = (1, 1, 1)
        self.item(small, LEFT, 34, 'G', 10, white)
        self.item(big, LEFT, 64, 'G', 24, white)
        self.item(sub, LEFT, 88, 'G', 13, white)
        self.page.expected += [small, big, sub]
        self.y = 100

    def table(self, rows, widths, header_tint=True, rowh=16.0, size=8.5):
        self.y += 8
        top = self.y
        x0 = LEFT
        for r, row in enumerate(rows):
            rt = top + r * rowh
            if r == 0 and header_tint:
                self.page.rects.append((x0, rt, sum(widths), rowh, (0.9, 0.92, 0.95)))
            x = x0
            for c, cell in enumerate(row):
                if cell:
                    font = 'G' if r == 0 else 'M'
                    self.item(cell, x + 4, rt + rowh - 4.5, font, size)
                    self.page.cells.append((cell, font, size, widths[c] - 8))
                x += widths[c]
            self.page.expected.append('\t'.join(row))
        bottom = top + len(rows) * rowh
        for r in range(len(rows) + 1):
            self.page.lines.append((x0, top + r * rowh, x0 + sum(widths), top + r * rowh))
        x = x0
        for wdt in widths + [0]:
            self.page.lines.append((x, top, x, bottom))
            x += wdt
        self.y = bottom + 2


# ---------------------------------------------------------------- content

def hiring_rows(spec, label_fn, planned_label, women_tracks=True):
    rows = []
    for fy, a, aw, t, tw in spec:
        planned = aw is None and tw is None and fy == spec[-1][0]
        row = dict(fiscalYear=fy, label=era(fy), planned=planned)
        total_w = None if planned else (aw + tw)

        def cnt(n, w):
            return dict(count=n, text=str(n), women=w, womenText=None if w is None else str(w))
        row['total'] = cnt(a + t, total_w)
        row['admin'] = cnt(a, aw if women_tracks else None)
        row['tech'] = cnt(t, tw if women_tracks else None)
        row['labelText'] = planned_label(fy) if planned else label_fn(fy)
        rows.append(row)
    return rows


def cell(c):
    return c['text'] + (f"（{c['womenText']}）" if c.get('womenText') is not None else '')


def dash(n):
    return str(n) if n else '－'


def base_facts(org, document, as_of_text, lead):
    m = re.match(r'令和(\d+)年(\d+)月現在', as_of_text)
    return {
        'organization': org,
        'document': document,
        'edition': {'year': 2018 + int(m.group(1)), 'asOf': f'{2018 + int(m.group(1))}-{int(m.group(2)):02d}',
                    'asOfText': as_of_text},
        'lead': {'title': '', 'text': [lead]},
    }


def shikoku():
    f = base_facts('四国経済産業局', '四国経済産業局 職員採用案内 2026', '令和8年4月現在',
                   '四国の産業とエネルギーの未来を、地域の現場から支えます。')
    spec = [(2021, 5, 2, 2, 1), (2022, 4, 1, 3, 1), (2023, 6, 3, 2, 1), (2024, 5, 2, 3, 1), (2025, 6, 3, 2, 1),
            (2026, 5, None, 3, None)]
    rows = hiring_rows(spec, era, lambda fy: era(fy) + '（予定）', women_tracks=False)
    f['hiring'] = {
        'intro': ['国家公務員採用一般職試験（大卒程度試験）からの採用者数（単位：人）'],
        'note': ['※計の（ ）内は女性の数で内数です。事務系・技術系ごとの女性の人数は掲載していません。'],
        'tracks': {'admin': '事務系', 'tech': '技術系'},
        'textSynthesised': False,
        'womenOnlyInTotal': True,
        'layout': 'ruled 年度 | 事務系 | 技術系 | 計（うち女性）; women ONLY in the total column, track cells bare',
        'header': ['年度', '事務系', '技術系', '計（うち女性）'],
        'columns': ['label', 'admin', 'tech', 'total'],
        'rows': rows,
    }
    f['assignments'] = {
        'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
        'tracks': {'admin': '事務系', 'tech': '技術系'}, 'layout': 'ruled 配属先 | 事務系 | 技術系',
        'rows': [dict(unit='総務企画部総務課', admin=1, tech=None), dict(unit='総務企画部国際課', admin=1, tech=None),
                 dict(unit='地域経済部産業振興課', admin=2, tech=None), dict(unit='産業部中小企業課', admin=1, tech=None),
                 dict(unit='資源エネルギー環境部エネルギー対策課', admin=1, tech=1),
                 dict(unit='電力・ガス事業室', admin=None, tech=1)],
    }
    exam = '国家公務員採用一般職試験（大卒程度試験）'
    f['exams'] = {
        'title': '令和8年度の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
        'layout': 'prose: the breakdown only inside a sentence, 〈category〉区分で〈n〉名, wrapped over two lines',
        'prose': ['採用は、国家公務員採用一般職試験（大卒程度試験）の合格者から行います。',
                  '令和8年度は、事務系は行政区分で5名、技術系は電気・電子・情報区分で2名、',
                  '機械区分で1名を採用する予定です。'],
        'printFormat': 'prose',
        'entries': [
            dict(track='事務系', exam=exam, text='', breakdown=[dict(category='行政', count=5)], total=5),
            dict(track='技術系', exam=exam, text='',
                 breakdown=[dict(category='電気・電子・情報', count=2), dict(category='機械', count=1)], total=3),
        ],
    }
    f['training'] = {'title': '研修', 'paragraphs': [
        '採用後は人事院四国事務局の初任研修に加え、局独自の新規採用職員研修と先輩職員によるOJTがあります。']}
    f['initiativesTitle'] = '働きやすい職場づくり'
    f['initiativeFormat'] = '■{title}'
    f['initiatives'] = [dict(title='テレワーク', text='週2日まで自宅で勤務できます。'),
                        dict(title='フレックスタイム制', text='コアタイムを除き始業・終業時刻を選べます。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援制度'
    f['supportFormat'] = '{name}：{duration}'
    f['supportSystems'] = [
        dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text='男性職員の取得も増えています。'),
        dict(name='介護休暇', duration='通算6か月', durationText='通算6か月', text='3回まで分割して取得できます。'),
        dict(name='子の看護休暇', duration='年5日', durationText='年5日', text='子が2人以上の場合は年10日です。'),
    ]
    f['contacts'] = [dict(track='採用担当', office='四国経済産業局総務企画部総務課人事係', tel=['087-811-8507'],
                          email=['sk-jinji@meti.go.jp'], location='',
                          officeText='四国経済産業局 総務企画部総務課 人事係',
                          telText=['TEL 087-811-8507'], emailText=['E-mail sk-jinji@meti.go.jp'], hoursText='')]
    f['access'] = {'address': '〒760-8512 香川県高松市サンポート3-33 高松サンポート合同庁舎',
                   'routes': ['JR『高松』駅から徒歩約5分', 'ことでん『片原町』駅から徒歩約15分'],
                   'routesSynthesised': False,
                   'routesText': ['JR高松駅から徒歩約5分', 'ことでん片原町駅から徒歩約15分']}
    f['keyFigures'] = []
    f['decoys'] = {
        'hiring': 'women only in the total column 計（うち女性）: the 事務系 / 技術系 cells are bare counts; track women are null',
        'exams': 'no exam table: the breakdown is a sentence (行政区分で5名、…電気・電子・情報区分で2名、/ 機械区分で1名) wrapped over two lines',
        'support': 'support items as 〈name〉：〈duration〉 with a full-width colon, text on the next line',
    }
    return f, dict(small='経済産業省', big='四国経済産業局', sub='職員採用案内 2026', accent=(0.12, 0.35, 0.62),
                   hw=[130, 100, 100, 120], supportBullet=False)


def tohoku():
    f = base_facts('東北森林管理局', '東北森林管理局 職員採用案内 2026', '令和8年4月現在',
                   '東北の国有林を守り育て、森林の恵みを次の世代へつなぎます。')
    spec = [(2021, 6, 2, 9, 2), (2022, 5, 2, 10, 3), (2023, 7, 3, 8, 2), (2024, 6, 3, 11, 4), (2025, 7, 3, 10, 3),
            (2026, 6, None, 10, None)]
    rows = hiring_rows(spec, era, lambda fy: era(fy) + '（予定）')
    f['hiring'] = {
        'intro': ['新規採用者数（単位：人）'], 'note': ['※（ ）内は女性の数で内数です。'],
        'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
        'layout': 'ruled 年度 | 事務系 | 技術系 | 計', 'header': ['年度', '事務系', '技術系', '計'],
        'columns': ['label', 'admin', 'tech', 'total'], 'rows': rows,
    }
    f['assignments'] = {
        'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
        'tracks': {'admin': '事務系', 'tech': '技術系'}, 'layout': 'ruled 配属先 | 事務系 | 技術系',
        'rows': [dict(unit='総務企画部総務課', admin=2, tech=None), dict(unit='計画保全部計画課', admin=1, tech=2),
                 dict(unit='森林整備部森林整備課', admin=None, tech=2), dict(unit='白神森林管理署', admin=2, tech=3),
                 dict(unit='三陸中部森林管理署', admin=1, tech=2), dict(unit='秋田中央森林管理署', admin=1, tech=1)],
    }
    exam = '国家公務員採用一般職試験（大卒程度試験）'
    f['exams'] = {
        'title': '令和8年度採用予定（試験区分別）', 'fiscalYear': 2026, 'textSynthesised': False,
        'layout': 'ruled 区分 | 試験 | 試験区分 | 採用予定数', 'printFormat': 'table',
        'entries': [
            dict(track='事務系', exam=exam, text='', breakdown=[dict(category='行政', count=6)], total=6),
            dict(track='技術系', exam=exam, text='', breakdown=[dict(category='林学', count=7), dict(category='土木', count=2),
                                                              dict(category='農学', count=1)], total=10),
        ],
    }
    f['training'] = {'title': '研修', 'paragraphs': ['森林技術総合研修所での新規採用職員研修のほか、現場の森林官によるOJTがあります。']}
    f['initiativesTitle'] = '働きやすい職場づくり'
    f['initiativeFormat'] = '■{title}'
    f['initiatives'] = [dict(title='ノー残業デー', text='毎週水曜日は定時退庁を呼びかけています。'),
                        dict(title='年次休暇の計画的取得', text='夏季や連休に合わせた取得を勧めています。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援制度'
    f['supportFormat'] = '●{name}（{duration}）'
    f['supportSystems'] = [
        dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text='男女とも取得できます。'),
        dict(name='育児時間', duration='1日2時間まで', durationText='1日2時間まで', text='小学校就学前の子を養育する職員が対象です。'),
    ]
    f['contacts'] = [dict(track='採用担当', office='東北森林管理局総務企画部総務課人事第一係', tel=['018-836-2011'],
                          email=['th-jinji@maff.go.jp'], location='',
                          officeText='東北森林管理局 総務企画部総務課 人事第一係',
                          telText=['TEL 018\u2212836\u22122011'], emailText=['E-mail th-jinji@maff.go.jp'], hoursText='')]
    f['access'] = {'address': '〒010-8550 秋田県秋田市中通5-9-16',
                   'routes': ['JR奥羽本線の『秋田』駅から徒歩で約10分', '秋田中央交通バスの『中通一丁目』バス停から徒歩で約3分'],
                   'routesSynthesised': False,
                   'routesText': ['当局へは、JR奥羽本線の秋田駅から徒歩で約10分、',
                                  '秋田中央交通バスの「中通一丁目」バス停から徒歩で約3分です。']}
    f['keyFigures'] = []
    f['decoys'] = {
        'contacts': 'the phone is printed with U+2212 MINUS SIGN separators (018−836−2011), which NFKC leaves as they are',
        'access': 'both routes are inside ONE prose sentence wrapped over two lines, the line joined to the station by の, the bus stop in 「」 before バス停',
    }
    return f, dict(small='林野庁', big='東北森林管理局', sub='職員採用案内 2026', accent=(0.16, 0.45, 0.25),
                   hw=[130, 100, 100, 100], supportBullet=True)


def nagaoka():
    f = base_facts('長岡技術科学大学', '国立大学法人長岡技術科学大学 事務職員・技術職員 採用案内 2026', '令和8年4月現在',
                   '実践的な技術者を育てる大学を、事務と技術の両面から支える仕事です。')
    spec = [(2021, 3, 2, 1, 0), (2022, 4, 2, 1, 1), (2023, 3, 1, 2, 0), (2024, 5, 3, 1, 0), (2025, 4, 2, 2, 1),
            (2026, 4, None, 2, None)]
    lab = lambda fy: f'令和{fy - 2018}'
    rows = hiring_rows(spec, lab, lambda fy: f'令和{fy - 2018}（予定）')
    f['hiring'] = {
        'intro': ['事務職員・技術職員の採用者数（単位：人）'], 'note': ['※（ ）内は女性の数で内数です。'],
        'tracks': {'admin': '事務職員', 'tech': '技術職員'}, 'textSynthesised': False,
        'layout': 'ruled 採用年度 | 事務職員 | 技術職員 | 計; year cells are the era and its number only (令和3 … 令和8（予定）), no 年度',
        'header': ['採用年度', '事務職員', '技術職員', '計'],
        'columns': ['label', 'admin', 'tech', 'total'], 'rows': rows,
    }
    f['assignments'] = {
        'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
        'tracks': {'admin': '事務職員', 'tech': '技術職員'}, 'layout': 'ruled 配属先 | 事務職員 | 技術職員',
        'rows': [dict(unit='総務部総務課', admin=1, tech=None), dict(unit='財務課', admin=1, tech=None),
                 dict(unit='学務課', admin=1, tech=None), dict(unit='研究推進課', admin=1, tech=None),
                 dict(unit='技術支援センター', admin=None, tech=2)],
    }
    exam = '国立大学法人等職員採用試験（関東甲信越地区）'
    f['exams'] = {
        'title': '令和8年度採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
        'layout': 'ruled 区分 | 試験 | 職種 | 採用予定数', 'printFormat': 'table',
        'entries': [
            dict(track='事務職員', exam=exam, text='', breakdown=[dict(category='事務', count=4)], total=4),
            dict(track='技術職員', exam=exam, text='', breakdown=[dict(category='電気', count=1), dict(category='機械', count=1)],
                 total=2),
        ],
    }
    f['training'] = {'title': '研修', 'paragraphs': ['新規採用職員研修、階層別研修のほか、他大学との人事交流の機会があります。']}
    f['initiativesTitle'] = '働き方改革の取組'
    f['initiativeFormat'] = 'その{n}\u3000{title}'
    f['initiatives'] = [dict(title='テレワーク', text='業務に応じて在宅勤務ができます。'),
                        dict(title='時差出勤', text='7時30分から10時の間で始業時刻を選べます。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援制度'
    f['supportFormat'] = '●{name}（{duration}）'
    f['supportSystems'] = [
        dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text='男女とも取得実績があります。'),
        dict(name='介護休暇', duration='通算6か月', durationText='通算6か月', text='3回まで分けて取得できます。'),
    ]
    f['contacts'] = [dict(track='採用担当', office='長岡技術科学大学総務部人事課人事係', tel=['0258-47-9215'],
                          email=['jinji-shokuin@jcom.nagaokaut.ac.jp'], location='',
                          officeText='長岡技術科学大学 総務部人事課 人事係',
                          telText=['TEL 0258-47-9215'], emailText=['E-mail jinji-shokuin@jcom.nagaokaut.ac.jp'], hoursText='')]
    f['access'] = {'address': '〒940-2188 新潟県長岡市上富岡町1603-1',
                   'routes': ['JR『長岡』駅大手口から越後交通バスで約30分', 'JR信越本線『北長岡』駅から車で約15分'],
                   'routesSynthesised': False,
                   'routesText': ['JR長岡駅大手口から越後交通バスで約30分', 'JR信越本線北長岡駅から車で約15分']}
    f['keyFigures'] = []
    f['decoys'] = {
        'hiring': 'year cells 令和3 … 令和7 and 令和8（予定）: the era and its number only, no 年度 (the header says 採用年度)',
        'initiatives': 'titles numbered その1 / その2 followed by an ideographic space',
    }
    return f, dict(small='国立大学法人', big='長岡技術科学大学', sub='事務職員・技術職員 採用案内 2026',
                   accent=(0.55, 0.2, 0.15), hw=[130, 100, 100, 100], supportBullet=True)


FIXTURES = {'shikoku-meti-2026': shikoku, 'tohoku-shinrin-2026': tohoku, 'nagaokaut-2026': nagaoka}
SEEDS = {'shikoku-meti-2026': 7201, 'tohoku-shinrin-2026': 7202, 'nagaokaut-2026': 7203}


def hiring_line(h, r):
    out = []
    for col in h['columns']:
        out.append(r['labelText'] if col == 'label' else cell(r[col]))
    return '\t'.join(out)


def assignment_line(r):
    return f"{r['unit']}\t{dash(r.get('admin'))}\t{dash(r.get('tech'))}"


def exam_rows(e):
    rows, last_track, last_exam = [], None, None
    for ent in e['entries']:
        for i, b in enumerate(ent['breakdown']):
            t = ent['track'] if ent['track'] != last_track else ''
            x = ent['exam'] if (ent['exam'] != last_exam or t) and i == 0 else ''
            rows.append([t, x, b['category'], str(b['count'])])
            last_track, last_exam = ent['track'], ent['exam']
    return rows


def layout(f, look):
    b = Builder(look['accent'])
    b.masthead(look['small'], look['big'], look['sub'])
    b.line(f['edition']['asOfText'], align='right', gap=20)
    for t in f['lead']['text']:
        b.line(t, size=10.5, gap=20)
    h = f['hiring']
    b.heading('採用実績')
    for t in h['intro']:
        b.line(t)
    b.table([h['header']] + [hiring_line(h, r).split('\t') for r in h['rows']], look['hw'])
    for t in h['note']:
        b.line(t, size=8)
    a = f['assignments']
    b.heading('配属実績')
    b.line(a['intro'])
    b.table([['配属先', a['tracks']['admin'], a['tracks']['tech']]] + [assignment_line(r).split('\t') for r in a['rows']],
            [200, 90, 90])
    b.new_page()
    e = f['exams']
    b.heading('試験区分' if e['printFormat'] == 'table' else '採用予定')
    b.line(e['title'], font='G')
    if e['printFormat'] == 'table':
        b.table([['区分', '試験', e['layout'].split('|')[2].strip(), '採用予定数']] + exam_rows(e), [70, 250, 100, 70])
    else:
        for t in e['prose']:
            b.line(t)
    b.heading(f['training']['title'])
    for t in f['training']['paragraphs']:
        b.line(t)
    b.heading(f['initiativesTitle'])
    for n, i in enumerate(f['initiatives'], 1):
        b.line(f['initiativeFormat'].format(n=n, title=i['title']), font='G')
        b.line(i['text'], indent=12, gap=14)
    b.heading(f['supportTitle'])
    for s in f['supportSystems']:
        b.line(f['supportFormat'].format(name=s['name'], duration=s['durationText']), font='G')
        b.line(s['text'], indent=12, gap=14)
    b.heading('お問い合わせ')
    for c in f['contacts']:
        b.line(c['officeText'])
        for t in c['telText']:
            b.line(t)
        for t in c['emailText']:
            b.line(t)
    b.heading('アクセス')
    b.line(f['access']['address'])
    for t in f['access']['routesText']:
        b.line(t)
    for p in b.pages:
        b.page = p
        b.item(p.folio, W / 2, H - 28, 'M', 8, align='center')
    return b.pages


# ---------------------------------------------------------------- checks

def box(it):
    w = width(it['text'], it['font'], it['size'])
    return (it['x'], it['y'] - 0.88 * it['size'], it['x'] + w, it['y'] + 0.12 * it['size'])


def check_pages(pages):
    for pi, p in enumerate(pages):
        boxes = []
        for it in p.items:
            face = pdfmetrics.getFont(it['font']).face
            for ch in it['text']:
                need(ord(ch) in face.charToGlyph, f'p{pi + 1}: glyph {ch!r} not in font {it["font"]}')
            bx = box(it)
            need(bx[0] >= EDGE and bx[1] >= EDGE and bx[2] <= W - EDGE and bx[3] <= H - EDGE,
                 f'p{pi + 1}: {it["text"]!r} in the edge margin')
            if it['text'] != p.folio:
                need(bx[3] <= BOTTOM, f'p{pi + 1}: {it["text"]!r} past the bottom margin')
            for ob, ot in boxes:
                ov = min(bx[2], ob[2]) - max(bx[0], ob[0]) > 0.5 and min(bx[3], ob[3]) - max(bx[1], ob[1]) > 0.5
                need(not ov, f'p{pi + 1}: {it["text"]!r} overlaps {ot!r}')
            boxes.append((bx, it['text']))
        for text, font, size, avail in p.cells:
            need(width(text, font, size) <= avail, f'p{pi + 1}: cell {text!r} wider than its column')
        for l in p.expected:
            s = l.strip()
            need(s and s[0] not in KINSOKU, f'p{pi + 1}: expected line starts with a kinsoku character: {l!r}')
            need(not re.fullmatch(r'-\s*\d+\s*-', s), f'p{pi + 1}: folio in the expected text')
        drawn = Counter(''.join(''.join(it['text'].split()) for it in p.items if it['text'] != p.folio))
        exp = Counter(''.join(''.join(l.split()) for l in p.expected))
        need(drawn == exp, f'p{pi + 1}: drawn and expected text differ: {(drawn - exp) + (exp - drawn)}')


def expected_text(pages):
    return '\n\f\n'.join('\n'.join(p.expected) for p in pages) + '\n'


def stand_in(f):
    h, a, e = f['hiring'], f['assignments'], f['exams']

    def c(o):
        return {'count': o['count'], 'women': o.get('women')}
    return {
        'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']},
        'sections': {
            'hiring': {'rows': [dict(fiscalYear=r['fiscalYear'], total=c(r['total']), administrative=c(r['admin']),
                                     technical=c(r['tech']), planned=r['planned']) for r in h['rows']]},
            'assignments': {'cohortFiscalYear': a['cohortFiscalYear'],
                            'rows': [dict(unit=r['unit'], administrative=r.get('admin') or 0, technical=r.get('tech') or 0)
                                     for r in a['rows']]},
            'examBreakdown': {'entries': [dict(track=track(x['track']), level=level(x['exam']), category=b['category'],
                                               count=b['count']) for x in e['entries'] for b in x['breakdown']]},
            'contacts': [dict(office=c_['office'], phones=[{'number': t} for t in c_['tel']], emails=c_['email'])
                         for c_ in f['contacts']],
            'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]},
            'initiatives': [{'title': i['title']} for i in f['initiatives']],
            'supportSystems': [{'name': s['name']} for s in f['supportSystems']],
        }}


def check_facts(f, pages):
    lines = [l for p in pages for l in p.expected]
    joined = norm(''.join(lines))
    lineset = set(lines)

    def printed(s, what):
        need(s in lineset, f'{what} not printed as a line: {s!r}')
    org = f['organization']
    need(not any(org.startswith(p) for p in LEGAL), 'organization carries a legal-form prefix')
    need(norm(org) in joined, 'organization not printed')
    need('・' not in org, 'organization holds a ・-joined word')
    ed = f['edition']
    printed(ed['asOfText'], 'edition')
    m = re.fullmatch(r'令和(\d+)年(\d+)月現在', ed['asOfText'])
    need(m and ed['asOf'] == f'{2018 + int(m.group(1))}-{int(m.group(2)):02d}', 'asOf differs from the printed edition')
    h = f['hiring']
    rows = h['rows']
    planned = [r for r in rows if r['planned']]
    need(len(planned) == 1 and rows[-1]['planned'], 'exactly one planned row, and last')
    need(ed['year'] == planned[0]['fiscalYear'] == f['exams']['fiscalYear'], 'edition / planned / exam year differ')
    need([r['fiscalYear'] for r in rows] == list(range(rows[0]['fiscalYear'], rows[0]['fiscalYear'] + len(rows))),
         'hiring years not consecutive')
    printed('\t'.join(h['header']), 'hiring header')
    for r in rows:
        fy = r['fiscalYear']
        need(r['label'] == era(fy), f'{fy}: label is not the era label of the fiscal year')
        need(f'令和{fy - 2018}' in r['labelText'] and not re.search(rf'令和{fy - 2018}\d', r['labelText']),
             f'{fy}: labelText does not name the year')
        need(r['total']['count'] == r['admin']['count'] + r['tech']['count'], f'{fy}: total ≠ admin + tech')
        for k in ('total', 'admin', 'tech'):
            c = r[k]
            need(c['text'] == str(c['count']), f'{fy} {k}: text differs from count')
            need(c['womenText'] == (None if c['women'] is None else str(c['women'])), f'{fy} {k}: womenText differs')
            if c['women'] is not None:
                need(0 <= c['women'] <= c['count'], f'{fy} {k}: women outside 0..heads')
            if r['planned']:
                need(c['women'] is None, f'{fy}: women on the planned row')
        if not r['planned']:
            need(r['total']['women'] is not None, f'{fy}: actual total women missing')
            if h.get('womenOnlyInTotal'):
                need(r['admin']['women'] is None and r['tech']['women'] is None, f'{fy}: track women where only the total has them')
            else:
                need(r['admin']['women'] is not None and r['tech']['women'] is not None, f'{fy}: track women missing')
                need(r['total']['women'] == r['admin']['women'] + r['tech']['women'], f'{fy}: women total ≠ sum')
        printed(hiring_line(h, r), f'hiring row {fy}')
    for t in h['intro'] + h['note']:
        printed(t, 'hiring intro/note')
    a = f['assignments']
    actual = [r for r in rows if not r['planned']]
    need(a['cohortFiscalYear'] == actual[-1]['fiscalYear'], 'assignment cohort is not the last actual year')
    printed(a['intro'], 'assignment intro')
    need(era(a['cohortFiscalYear']) in a['intro'], 'assignment intro names another year')
    units = [r['unit'] for r in a['rows']]
    need(len(units) == len(set(units)), 'duplicated unit')
    need(all((r.get('admin') or 0) + (r.get('tech') or 0) > 0 for r in a['rows']), 'zero assignment row')
    need(sum(r.get('admin') or 0 for r in a['rows']) == actual[-1]['admin']['count'], 'assignment admin sum ≠ cohort hires')
    need(sum(r.get('tech') or 0 for r in a['rows']) == actual[-1]['tech']['count'], 'assignment tech sum ≠ cohort hires')
    for r in a['rows']:
        printed(assignment_line(r), 'assignment row')
    e = f['exams']
    printed(e['title'], 'exam title')
    per_track = Counter()
    keys = set()
    for ent in e['entries']:
        for b in ent['breakdown']:
            k = (track(ent['track']), level(ent['exam']), norm(b['category']))
            need(k not in keys, f'colliding exam category {k}')
            keys.add(k)
        need(sum(b['count'] for b in ent['breakdown']) == ent['total'], f'exam {ent["exam"]}: categories ≠ total')
        need('院' not in ent['exam'] and all('院' not in b['category'] for b in ent['breakdown']), 'exam with 院')
        need(ent['track'] in h['tracks'].values(), f'exam track {ent["track"]} is no hiring track')
        need(track(ent['track']) in ('administrative', 'technical'), 'exam track maps to other')
        need(norm(ent['exam']) in joined, f'exam {ent["exam"]} not printed')
        per_track[track(ent['track'])] += ent['total']
        for b in ent['breakdown']:
            if e['printFormat'] == 'table':
                need(any(l.endswith(f"\t{b['category']}\t{b['count']}") for l in lines),
                     f'exam category {b["category"]} {b["count"]} not printed')
            else:
                need(norm(f"{b['category']}区分で{b['count']}名") in joined, f'exam category {b["category"]} not printed')
    pl = planned[0]
    need(per_track['administrative'] == pl['admin']['count'] and per_track['technical'] == pl['tech']['count'],
         'exam totals per track ≠ planned hires')
    for t in f['training']['paragraphs'] + f['lead']['text']:
        printed(t, 'training/lead')
    for n, i in enumerate(f['initiatives'], 1):
        printed(f['initiativeFormat'].format(n=n, title=i['title']), 'initiative')
        printed(i['text'], 'initiative text')
    for s in f['supportSystems']:
        need(s['duration'] == s['durationText'], 'support duration differs')
        printed(f['supportFormat'].format(name=s['name'], duration=s['durationText']), 'support item')
        printed(s['text'], 'support text')
    for c in f['contacts']:
        printed(c['officeText'], 'office')
        need(norm(c['office']) == norm(c['officeText']), 'office differs from its printed line')
        for t, tt in zip(c['tel'], c['telText']):
            printed(tt, 'phone')
            need(re.fullmatch(r'\d{2,5}-\d{1,4}-\d{4}', t), f'phone fact {t} not hyphenated')
            need(re.sub(r'\D', '', t) == re.sub(r'\D', '', tt), f'phone {t} differs from the printed line')
        for m_, mt in zip(c['email'], c['emailText']):
            printed(mt, 'e-mail')
            need(m_ in mt, f'e-mail {m_} not printed')
    acc = f['access']
    printed(acc['address'], 'address')
    for t in acc['routesText']:
        printed(t, 'route')
    for r in acc['routes']:
        need('『' in r and '』' in r, f'route {r} without 『』')
        plain = r.replace('『', '').replace('』', '')
        st = r.split('『')[1].split('』')[0]
        need(any(plain in l or plain in l.replace('「' + st + '」', st) for l in acc['routesText']),
             f'route {r} not printed')
    res = checks(f, stand_in(f), joined)
    need(all(ok for _, ok in res), f'stand-in misses: {[n for n, ok in res if not ok]}')
    kinds = {n.split()[0] for n, _ in res}
    need(kinds >= {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route',
                   'initiative', 'support'}, f'stand-in does not reach every kind of check: {kinds}')
    need(not any(ok for _, ok in checks(f, {}, joined)), 'an empty document scores')
    return len(res)


def render(pages, path, seed, drop=None):
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    rnd = random.Random(seed)
    for pi, p in enumerate(pages):
        for (x, y, w, h, rgb) in p.rects:
            c.setFillColorRGB(*rgb)
            c.rect(x, H - y - h, w, h, stroke=0, fill=1)
        c.setStrokeColorRGB(0.45, 0.45, 0.45)
        c.setLineWidth(0.6)
        for (x1, y1, x2, y2) in p.lines:
            c.line(x1, H - y1, x2, H - y2)
        items = list(p.items)
        rnd.shuffle(items)
        for it in items:
            if drop is not None and drop == (pi, it['text']):
                continue
            c.setFillColorRGB(*it['color'])
            c.setFont(it['font'], it['size'])
            c.drawString(it['x'], H - it['y'], it['text'])
        c.showPage()
    c.save()


def check_pdf(pages, path):
    data = open(path, 'rb').read()
    need(data.count(b'BT') >= sum(len(p.items) for p in pages), 'fewer text objects than items')
    for pi, p in enumerate(pages):
        out = subprocess.run(['pdftotext', '-f', str(pi + 1), '-l', str(pi + 1), '-enc', 'UTF-8', path, '-'],
                             capture_output=True, text=True, check=True).stdout
        got = Counter(''.join(out.split()))
        want = Counter(''.join(''.join(it['text'].split()) for it in p.items))
        need(got == want, f'p{pi + 1}: pdftotext differs from the drawn text: {(got - want) + (want - got)}')


def build(name):
    f, look = FIXTURES[name]()
    return f, layout(f, look)


def validate(name, f, pages, tmpdir, drop=None):
    check_pages(pages)
    n = check_facts(f, pages)
    p1 = os.path.join(tmpdir, name + '.a.pdf')
    render(pages, p1, SEEDS[name], drop)
    check_pdf(pages, p1)
    p2 = os.path.join(tmpdir, name + '.b.pdf')
    render(pages, p2, SEEDS[name], drop)
    need(open(p1, 'rb').read() == open(p2, 'rb').read(), 'two renders differ')
    return n, p1


def write(name):
    f, pages = build(name)
    with tempfile.TemporaryDirectory() as td:
        n, pdf = validate(name, f, pages, td)
        os.makedirs(OUT, exist_ok=True)
        with open(pdf, 'rb') as src, open(os.path.join(OUT, name + '.pdf'), 'wb') as dst:
            dst.write(src.read())
    with open(os.path.join(OUT, name + '.expected.txt'), 'w') as fh:
        fh.write(expected_text(pages))
    with open(os.path.join(OUT, name + '.facts.json'), 'w') as fh:
        json.dump(f, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    print(f'{name}: {len(pages)} pages, {sum(len(p.items) for p in pages)} items, {n} fact checks')


# ---------------------------------------------------------------- self-test

def faults(name):
    def hr(f, i=-2):
        return f['hiring']['rows'][i]
    F = []

    def fact(label, fn):
        F.append((label, 'facts', fn))

    def page(label, fn):
        F.append((label, 'pages', fn))
    fact('hiring total +1', lambda f: hr(f)['total'].update(count=hr(f)['total']['count'] + 1, text=str(hr(f)['total']['count'] + 1)))
    fact('women total +1', lambda f: hr(f)['total'].update(women=hr(f)['total']['women'] + 1, womenText=str(hr(f)['total']['women'] + 1)))
    fact('a track\'s women +1', lambda f: hr(f)['admin'].update(women=(hr(f)['admin']['women'] or 0) + 1,
                                                                 womenText=str((hr(f)['admin']['women'] or 0) + 1)))
    fact('women above heads', lambda f: hr(f)['total'].update(women=99, womenText='99'))
    fact('women on the planned row', lambda f: hr(f, -1)['total'].update(women=1, womenText='1'))
    fact('planned row first', lambda f: f['hiring']['rows'].insert(0, f['hiring']['rows'].pop()))
    fact('wrong era label', lambda f: hr(f).update(label='令和1年度'))
    fact('count text differs', lambda f: hr(f)['admin'].update(text='9'))
    fact('fiscal years shifted', lambda f: [r.update(fiscalYear=r['fiscalYear'] - 1) for r in f['hiring']['rows']])
    fact('admin and total +1 together', lambda f: (hr(f)['admin'].update(count=hr(f)['admin']['count'] + 1, text=str(hr(f)['admin']['count'] + 1)),
                                                   hr(f)['total'].update(count=hr(f)['total']['count'] + 1, text=str(hr(f)['total']['count'] + 1))))
    fact('assignment +1', lambda f: f['assignments']['rows'][0].update(admin=(f['assignments']['rows'][0]['admin'] or 0) + 1))
    fact('wrong cohort', lambda f: f['assignments'].update(cohortFiscalYear=2024))
    fact('duplicated unit', lambda f: f['assignments']['rows'].append(dict(f['assignments']['rows'][0], admin=0, tech=0)))
    fact('zero assignment row', lambda f: f['assignments']['rows'].append(dict(unit='監査室', admin=None, tech=None)))

    def exam_plus(f):
        ent = f['exams']['entries'][0]
        ent['breakdown'][0]['count'] += 1
        ent['total'] += 1
    fact('exam count +1 with its total', exam_plus)
    fact('last category +1', lambda f: f['exams']['entries'][-1]['breakdown'][-1].update(count=f['exams']['entries'][-1]['breakdown'][-1]['count'] + 1))
    fact('exam with 院', lambda f: f['exams']['entries'][0].update(exam=f['exams']['entries'][0]['exam'] + '大学院'))
    fact('colliding category', lambda f: f['exams']['entries'][-1]['breakdown'].append(dict(f['exams']['entries'][-1]['breakdown'][0])))
    fact('exam track no hiring track', lambda f: f['exams']['entries'][0].update(track='行政職'))
    fact('e-mail not printed', lambda f: f['contacts'][0].update(email=['x' + f['contacts'][0]['email'][0]]))
    fact('office not printed', lambda f: f['contacts'][0].update(office=f['contacts'][0]['office'] + '分室'))
    fact('route not printed', lambda f: f['access']['routes'].append('JR『存在しない』駅から徒歩約1分'))
    fact('route without 『』', lambda f: f['access']['routes'].__setitem__(0, f['access']['routes'][0].replace('『', '').replace('』', '')))
    fact('support not printed', lambda f: f['supportSystems'][0].update(name='育児短時間勤務'))
    fact('support duration differs', lambda f: f['supportSystems'][0].update(duration='子が1歳に達するまで'))
    fact('initiative not printed', lambda f: f['initiatives'][0].update(title='週休3日制'))
    fact('organization not printed', lambda f: f.update(organization='東北財務局'))
    fact('legal-form prefix', lambda f: f.update(organization='国立大学法人' + f['organization']))
    fact('wrong phone', lambda f: f['contacts'][0].update(tel=['011-111-1111']))
    fact('wrong asOf', lambda f: f['edition'].update(asOf='2026-03'))
    fact('wrong edition year', lambda f: f['edition'].update(year=2025))
    fact('cohort intro names another year', lambda f: f['assignments'].update(intro='令和6年度採用者の配属先（単位：人）'))
    fact('address not printed', lambda f: f['access'].update(address=f['access']['address'] + '2階'))
    if f_name_has(name, 'shikoku'):
        fact('track women where only the total has them', lambda f: hr(f)['tech'].update(women=0, womenText='0'))
        fact('prose category count differs', lambda f: (f['exams']['entries'][0]['breakdown'][0].update(count=4),
                                                         f['exams']['entries'][0].update(total=4)))
    it = lambda p: p[0].items
    page('overlapping copy of an item', lambda p: it(p).append(dict(it(p)[5], x=it(p)[5]['x'] + 3)))
    page('item in the edge margin', lambda p: it(p).append(dict(it(p)[5], x=5)))
    page('emoji the font lacks', lambda p: (it(p).append(dict(text='\U0001F600', x=300, y=790, font='M', size=9, color=(0, 0, 0))),
                                             p[0].expected.append('\U0001F600')))
    page('item past the bottom', lambda p: (p[1].items.append(dict(text='補足', x=60, y=815, font='M', size=9, color=(0, 0, 0))),
                                             p[1].expected.append('補足')))
    page('overflowing cell', lambda p: p[0].cells.append(('とても長いセルの文字列' * 4, 'M', 8.5, 100)))
    page('line starting with 。', lambda p: (p[1].items.append(dict(text='。', x=500, y=70, font='M', size=9, color=(0, 0, 0))),
                                            p[1].expected.append('。')))
    page('extra expected character', lambda p: p[0].expected.__setitem__(3, p[0].expected[3] + '字'))
    page('folio in the expected text', lambda p: (p[0].expected.append(p[0].folio), p[0].items.append(dict(text=p[0].folio, x=60, y=790, font='M', size=8, color=(0, 0, 0)))))
    def swap_row(p):
        i = next(k for k, l in enumerate(p[0].expected) if l.count('\t') == 3 and l.split('\t')[1] != l.split('\t')[2]
                 and l.startswith('令和'))
        c = p[0].expected[i].split('\t')
        p[0].expected[i] = '\t'.join([c[0], c[2], c[1], c[3]])
    page('printed hiring row differs (cells swapped)', swap_row)
    F.append(('rendered PDF lacking one item', 'drop', None))
    return F


def f_name_has(name, s):
    return s in name


def selftest(verbose):
    refused = total = 0
    with tempfile.TemporaryDirectory() as td:
        for name in FIXTURES:
            for label, kind, fn in faults(name):
                f, pages = build(name)
                drop = None
                if kind == 'facts':
                    fn(f)
                elif kind == 'pages':
                    fn(pages)
                else:
                    drop = (0, pages[0].items[7]['text'])
                total += 1
                try:
                    validate(name, f, pages, td, drop)
                    ok = False
                    msg = 'ACCEPTED'
                except Refused as ex:
                    ok = True
                    msg = str(ex)
                refused += ok
                if verbose or not ok:
                    print(f'{"refused " if ok else "NOT REFUSED"} {name}: {label}: {msg[:110]}')
    print(f'{refused}/{total} refused')
    return refused == total


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    names = [a for a in args if not a.startswith('-')] or list(FIXTURES)
    for n in names:
        write(n)


if __name__ == '__main__':
    main()
