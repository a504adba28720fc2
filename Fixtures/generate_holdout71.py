#!/usr/bin/env python3
"""Blind holdout set 71: three LOCAL public bodies (遠野市, 佐世保市水道局, 鳥取県西部広域行政管理組合).

Self-contained and deterministic: a page model in top-down coordinates, a ruled-table helper, reportlab's canvas
with invariant=1 and no page compression, every text piece one text object, the items of a page written in a
seeded shuffled order after the graphics. The generator refuses a brochure whose drawing or facts fail a check;
`--selftest` injects faults and every one must be refused.

  python3 Fixtures/generate_holdout71.py                 # all three
  python3 Fixtures/generate_holdout71.py tono-2026       # one (tono-2026, sasebo-suido-2026, seibu-kouiki-2026)
  python3 Fixtures/generate_holdout71.py --selftest -v   # fault injection
"""
import copy, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

OUT = os.path.join(HERE, 'holdout71')
W, H = 595.0, 842.0
EDGE = 20.0
BOTTOM = 792.0          # body items must end above this (top-down y)
LEFT, RIGHT = 50.0, 545.0
FONTS = {'G': '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
         'M': '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))
KINSOKU = '。、，．）」』】・ーゝゞ々！？：；'
LEGAL = ('独立行政法人', '地方独立行政法人', '国立大学法人', '一部事務組合', '公益財団法人', '一般財団法人')


def era(y):
    return f'令和{y - 2018}年度'


# ---------------------------------------------------------------- content

def cnt(n, w=None):
    d = {'count': n, 'text': str(n), 'women': w, 'womenText': None if w is None else str(w)}
    return d


def cell(d):
    if d is None:
        return '－'
    return d['text'] if d['women'] is None else f"{d['text']}（{d['womenText']}）"


def hiring_rows(data, labels):
    rows = []
    for (fy, planned, a, aw, t, tw), lab in zip(data, labels):
        rows.append({'fiscalYear': fy, 'label': era(fy), 'planned': planned,
                     'total': cnt(a + t, None if planned else aw + tw),
                     'admin': cnt(a, None if planned else aw),
                     'tech': cnt(t, None if planned else tw), 'labelText': lab})
    return rows


def tono():
    data = [(2021, False, 6, 3, 2, 0), (2022, False, 5, 2, 1, 0), (2023, False, 7, 4, 2, 1),
            (2024, False, 6, 3, 3, 1), (2025, False, 8, 4, 2, 1), (2026, True, 7, None, 3, None)]
    labels = [f'令和{fy - 2019}年度実施（令和{fy - 2018}年4月採用{"予定" if p else ""}）' for fy, p, *_ in data]
    rows = hiring_rows(data, labels)
    f = {
        'organization': '遠野市', 'document': '遠野市 職員採用案内 2026',
        'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月現在'},
        'lead': {'title': '', 'text': ['民話のふるさと・遠野で、市民の暮らしを支える仕事を。']},
        'hiring': {'intro': ['採用試験の実施年度と採用者数（単位：人）'],
                   'note': ['※（ ）内は女性の数で内数です。各年度の試験の合格者のうち、翌年4月に採用された人数です。'],
                   'tracks': {'admin': '事務職', 'tech': '技術職'}, 'textSynthesised': False,
                   'layout': 'ruled 試験実施年度（採用年月） | 事務職 | 技術職 | 計; each label names the EXAM year first and the hire year in brackets: fiscalYear = the hire year',
                   'header': ['試験実施年度（採用年月）', '事務職', '技術職', '計'],
                   'columns': ['label', 'admin', 'tech', 'total'], 'rows': rows},
        'assignments': {'cohortFiscalYear': 2025,
                        'intro': '令和6年度実施試験による採用者（令和7年4月採用）の配属先（単位：人）',
                        'tracks': {'admin': '事務職', 'tech': '技術職'}, 'layout': 'ruled 配属先 | 事務職 | 技術職',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in [
                            ('総務課', 1, None), ('財政課', 1, None), ('税務課', 1, None), ('市民課', 1, None),
                            ('健康福祉課', 2, None), ('観光交流課', 1, None), ('農林課', 1, None),
                            ('建設課', None, 1), ('上下水道課', None, 1)]]},
        'exams': {'title': '令和7年度実施 職員採用試験（令和8年4月採用予定）', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 職種 | 採用予定数',
                  'entries': [
                      {'track': '事務職', 'exam': '遠野市職員採用試験（大学卒業程度）', 'text': '',
                       'breakdown': [{'category': '一般事務', 'count': 6}], 'total': 6},
                      {'track': '事務職', 'exam': '遠野市職員採用試験（社会人経験者）', 'text': '',
                       'breakdown': [{'category': '一般事務（社会人経験者）', 'count': 1}], 'total': 1},
                      {'track': '技術職', 'exam': '遠野市職員採用試験（大学卒業程度）', 'text': '',
                       'breakdown': [{'category': '土木', 'count': 2}, {'category': '建築', 'count': 1}], 'total': 3}]},
        'training': {'title': '研修', 'paragraphs': ['岩手県の市町村職員研修での新採用職員研修のほか、先輩職員によるOJTがあります。']},
        'initiatives': [{'title': 'ノー残業デー', 'text': '毎週水曜日は定時退庁を呼びかけています。'},
                        {'title': '時差出勤', 'text': '7時30分から9時30分の間で始業時刻を選べます。'}],
        'initiativesIntro': '',
        'supportTitle': '両立支援制度',
        'supportSystems': [{'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで',
                            'text': '男女とも取得できます。'},
                           {'name': '介護休暇', 'duration': '通算6か月', 'durationText': '通算6か月',
                            'text': '3回まで分けて取得できます。'}],
        'contacts': [{'track': '採用担当', 'office': '遠野市総務部総務課人事研修係', 'tel': ['0198-62-2111'],
                      'email': ['jinji@city.tono.iwate.jp'], 'location': '',
                      'telText': ['電話は0198-62-2111、メールはjinji@city.tono.iwate.jpで受け付けています。'],
                      'emailText': ['電話は0198-62-2111、メールはjinji@city.tono.iwate.jpで受け付けています。'],
                      'officeText': '採用に関するお問い合わせは、遠野市総務部総務課人事研修係までお寄せください。',
                      'hoursText': ''}],
        'access': {'address': '〒028-0592 岩手県遠野市中央通り9番1号',
                   'routes': ['JR釜石線『遠野』駅から徒歩約10分', 'JR東北新幹線『新花巻』駅から車で約50分'],
                   'routesSynthesised': False,
                   'routesText': ['JR釜石線遠野駅から徒歩約10分', 'JR東北新幹線新花巻駅から車で約50分']},
        'keyFigures': [],
        'decoys': {'hiring': 'labels 令和N年度実施（令和N+1年4月採用）: the first year is the exam year, the hire year (the fact) is in the brackets; the planned row 令和7年度実施（令和8年4月採用予定）',
                   'assignments': 'the cohort intro names the exam year 令和6年度 first and the hire year 令和7年4月 in brackets',
                   'contacts': 'no TEL / E-mail labels and no contact block: the office, the phone and the e-mail are inside two sentences (電話は0198-…、メールはjinji@…で受け付けています。)'},
    }
    f['_theme'] = (0.16, 0.42, 0.30)
    f['_contactLines'] = [f['contacts'][0]['officeText'], f['contacts'][0]['telText'][0]]
    f['_contactHeading'] = 'お問い合わせ'
    f['_supportStyle'] = 'paren'
    f['_seed'] = 7101
    return 'tono-2026', f


def sasebo():
    # (fy, planned, admin, aw, civil, cw, plant, pw)
    raw = [(2021, False, 2, 1, 2, 0, 1, 0), (2022, False, 1, 1, 1, 0, 1, 1), (2023, False, 2, 1, 3, 1, 1, 0),
           (2024, False, 1, 0, 2, 1, 2, 0), (2025, False, 2, 1, 2, 0, 1, 0), (2026, True, 2, None, 2, None, 1, None)]
    data = [(fy, p, a, aw, c + q, None if p else cw + pw) for fy, p, a, aw, c, cw, q, pw in raw]
    labels = [era(fy) + ('（予定）' if p else '') for fy, p, *_ in raw]
    rows = hiring_rows(data, labels)
    for r, (fy, p, a, aw, c, cw, q, pw) in zip(rows, raw):
        r['civil'] = cnt(c, None if p else cw)
        r['plant'] = cnt(q, None if p else pw)
    f = {
        'organization': '佐世保市水道局', 'document': '佐世保市水道局 職員採用案内 2026',
        'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月現在'},
        'lead': {'title': '', 'text': ['港町・佐世保の水を、次の世代へ。']},
        'hiring': {'intro': ['採用者数の推移（単位：人）'],
                   'note': ['※（ ）内は女性の数で内数です。設備は電気・機械の技術職です。'],
                   'tracks': {'admin': '事務職', 'tech': '技術職（土木）＋技術職（設備）'}, 'textSynthesised': True,
                   'layout': 'ruled 年度 | 事務職 | 技術職（土木） | 技術職（設備） | 計; no technical total printed: tech = 土木 + 設備 (heads and women)',
                   'header': ['年度', '事務職', '技術職（土木）', '技術職（設備）', '計'],
                   'columns': ['label', 'admin', 'civil', 'plant', 'total'], 'rows': rows},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務職', 'tech': '技術職'}, 'layout': 'ruled 配属先 | 事務職 | 技術職; units carry their workplace in brackets',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in [
                            ('総務課', 1, None), ('営業課（料金センター）', 1, None),
                            ('浄水課（山の田浄水場）', None, 1), ('下水道施設課（東部浄化センター）', None, 1),
                            ('工務課', None, 1)]]},
        'exams': {'title': '令和8年度の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 職種 | 採用予定数',
                  'entries': [
                      {'track': '事務職', 'exam': '佐世保市水道局職員採用試験（大学卒業程度）', 'text': '',
                       'breakdown': [{'category': '事務', 'count': 2}], 'total': 2},
                      {'track': '技術職', 'exam': '佐世保市水道局職員採用試験（大学卒業程度）', 'text': '',
                       'breakdown': [{'category': '土木', 'count': 2}, {'category': '電気', 'count': 1}], 'total': 3}]},
        'training': {'title': '研修', 'paragraphs': ['浄水場での現場実習と、日本水道協会の技術研修があります。']},
        'initiatives': [{'title': '漏水調査の技術継承', 'text': 'ベテラン職員と若手が組んで夜間の漏水調査を行います。'},
                        {'title': 'テレワーク', 'text': '事務職は週2日まで在宅勤務ができます。'}],
        'initiativesIntro': '',
        'supportTitle': '子育て・介護の支援',
        'supportSystems': [{'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで',
                            'text': '男性職員の取得も増えています。'},
                           {'name': '育児短時間勤務', 'duration': '小学校就学前まで', 'durationText': '小学校就学前まで',
                            'text': '1日4時間などの勤務形態を選べます。'}],
        'contacts': [{'track': '採用担当', 'office': '佐世保市水道局 総務課 人事係', 'tel': ['0956-24-1111'],
                      'email': ['suido-jinji@city.sasebo.lg.jp'], 'location': '',
                      'telText': ['TEL 0956-24-1111'], 'emailText': ['E-mail suido-jinji@city.sasebo.lg.jp'],
                      'hoursText': ''}],
        'access': {'address': '〒857-8585 長崎県佐世保市八幡町1番10号',
                   'routes': ['MR『佐世保中央』駅から徒歩約5分', 'JR佐世保線『佐世保』駅から徒歩約15分'],
                   'routesSynthesised': False,
                   'routesText': ['MR佐世保中央駅から徒歩約5分', 'JR佐世保線佐世保駅から徒歩約15分']},
        'keyFigures': [],
        'decoys': {'hiring': 'two technical columns 技術職（土木） and 技術職（設備）, no technical total: tech = their sum; the total 計 is printed',
                   'assignments': 'units with their workplace in brackets (浄水課（山の田浄水場）): the unit fact is the whole cell',
                   'access': 'MR佐世保中央駅: the private line (松浦鉄道) only as the Latin abbreviation MR, no 線'},
    }
    f['_theme'] = (0.10, 0.35, 0.65)
    f['_contactLines'] = [f['contacts'][0]['office'], f['contacts'][0]['telText'][0], f['contacts'][0]['emailText'][0]]
    f['_contactHeading'] = '採用担当'
    f['_supportStyle'] = 'paren'
    f['_seed'] = 7102
    return 'sasebo-suido-2026', f


def seibu():
    data = [(2021, False, 2, 1, 1, 0), (2022, False, 1, 0, 2, 0), (2023, False, 2, 2, 1, 0),
            (2024, False, 1, 1, 2, 1), (2025, False, 2, 1, 2, 0), (2026, True, 2, None, 1, None)]
    labels = [era(fy) + ('（予）' if p else '') for fy, p, *_ in data]
    rows = hiring_rows(data, labels)
    f = {
        'organization': '鳥取県西部広域行政管理組合', 'document': '鳥取県西部広域行政管理組合 職員採用案内 2026',
        'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月現在'},
        'lead': {'title': '', 'text': ['西部地域の市町村とともに、ごみ処理と広域行政を担います。']},
        'hiring': {'intro': ['採用者数の推移（単位：人）'],
                   'note': ['※（ ）内は女性の数で内数です。（予）は採用予定数です。'],
                   'tracks': {'admin': '事務職', 'tech': '技術職'}, 'textSynthesised': False,
                   'layout': 'ruled 年度 | 事務職 | 技術職 | 計; the planned row marked only by the abbreviation （予）',
                   'header': ['年度', '事務職', '技術職', '計'],
                   'columns': ['label', 'admin', 'tech', 'total'], 'rows': rows},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務職', 'tech': '技術職'}, 'layout': 'ruled 配属先 | 事務職 | 技術職',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in [
                            ('総務課', 1, None), ('業務課', 1, None), ('施設課', None, 1), ('環境保全課', None, 1)]]},
        'exams': {'title': '令和8年度の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 職種 | 採用予定数',
                  'entries': [
                      {'track': '事務職', 'exam': '組合職員採用試験（大学卒業程度）', 'text': '',
                       'breakdown': [{'category': '事務', 'count': 2}], 'total': 2},
                      {'track': '技術職', 'exam': '組合職員採用試験（大学卒業程度）', 'text': '',
                       'breakdown': [{'category': '機械', 'count': 1}], 'total': 1}]},
        'training': {'title': '研修', 'paragraphs': ['鳥取県の研修機関での新規採用職員研修と、処理施設での実地研修があります。']},
        'initiatives': [{'title': '資格取得の支援', 'text': '廃棄物処理施設技術管理者の講習費用を負担します。'},
                        {'title': '定時退庁日', 'text': '毎月第2・第4金曜日は定時に退庁します。'}],
        'initiativesIntro': '',
        'supportTitle': '両立支援制度',
        'supportSystems': [{'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで',
                            'text': '男女とも取得できます。'},
                           {'name': '介護休暇', 'duration': '通算6か月', 'durationText': '通算6か月',
                            'text': '3回まで分けて取得できます。'},
                           {'name': '子の看護休暇', 'duration': '年5日', 'durationText': '年5日',
                            'text': '子が2人以上のときは年10日です。'}],
        'contacts': [{'track': '採用担当', 'office': '鳥取県西部広域行政管理組合 総務課', 'tel': ['0859-22-6412'],
                      'email': ['jinji@seibu-kouiki.jp'], 'location': '',
                      'telText': ['TEL 0859-22-6412'], 'emailText': ['E-mail jinji@seibu-kouiki.jp'],
                      'hoursText': ''}],
        'access': {'address': '〒683-0052 鳥取県米子市博労町4丁目220番地',
                   'routes': ['JR山陰本線『米子』駅から徒歩約15分', 'JR境線『富士見町』駅から徒歩約10分'],
                   'routesSynthesised': False,
                   'routesText': ['JR山陰本線米子駅から徒歩約15分', 'JR境線富士見町駅から徒歩約10分']},
        'keyFigures': [],
        'decoys': {'hiring': 'the planned row is 令和8年度（予）: the abbreviation （予） for 予定, explained only in the note',
                   'support': 'support items as 【育児休業】子が3歳に達するまで: the name in lenticular brackets (a heading bracket elsewhere), the duration glued after it'},
    }
    f['_theme'] = (0.62, 0.30, 0.10)
    f['_contactLines'] = [f['contacts'][0]['office'], f['contacts'][0]['telText'][0], f['contacts'][0]['emailText'][0]]
    f['_contactHeading'] = '採用担当'
    f['_supportStyle'] = 'lenticular'
    f['_seed'] = 7103
    return 'seibu-kouiki-2026', f


BROCHURES = [tono, sasebo, seibu]


def support_line(f, s):
    if f['_supportStyle'] == 'lenticular':
        return f"【{s['name']}】{s['durationText']}"
    return f"●{s['name']}（{s['durationText']}）"


def exam_rows(f):
    out, last_track, last_exam = [], None, None
    for e in f['exams']['entries']:
        for b in e['breakdown']:
            t = e['track'] if e['track'] != last_track else ''
            x = e['exam'] if (e['exam'] != last_exam or t) else ''
            out.append([t, x, b['category'], str(b['count'])])
            last_track, last_exam = e['track'], e['exam']
    return out


def hiring_line(f, r):
    return [r['labelText'] if c == 'label' else cell(r[c]) for c in f['hiring']['columns']]


def assign_line(r):
    return [r['unit'], '－' if r['admin'] is None else str(r['admin']), '－' if r['tech'] is None else str(r['tech'])]


# ---------------------------------------------------------------- layout

class Page:
    def __init__(self, n):
        self.n, self.items, self.lines, self.rules, self.fills, self.y = n, [], [], [], [], 44.0

    def item(self, x, y, text, font='M', size=9.0, furniture=False):
        self.items.append({'x': x, 'y': y, 'text': text, 'font': font, 'size': size, 'furniture': furniture})

    def line(self, text, font='M', size=9.0, x=LEFT, gap=4.0, right=False):
        if right:
            x = RIGHT - pdfmetrics.stringWidth(text, font, size)
        self.item(x, self.y, text, font, size)
        self.lines.append(text)
        self.y += size + gap

    def heading(self, text, theme):
        self.y += 6
        self.fills.append((LEFT, self.y - 2, 4, 15, theme))
        self.item(LEFT + 9, self.y, text, 'G', 12.0)
        self.lines.append(text)
        self.rules.append((LEFT, self.y + 15, RIGHT, self.y + 15, 0.6))
        self.y += 21

    def table(self, rows, widths, size=8.5, header_tint=None):
        rh = size + 8
        top = self.y
        xs = [LEFT]
        for w in widths:
            xs.append(xs[-1] + w)
        if header_tint:
            self.fills.append((LEFT, top, xs[-1] - LEFT, rh, header_tint))
        for i, row in enumerate(rows):
            y = top + i * rh
            for j, c in enumerate(row):
                if c:
                    self.items.append({'x': xs[j] + 4, 'y': y + 4, 'text': c, 'font': 'G' if i == 0 else 'M',
                                       'size': size, 'furniture': False, 'cellw': widths[j] - 8})
            self.lines.append('\t'.join(row))
        bottom = top + len(rows) * rh
        for i in range(len(rows) + 1):
            self.rules.append((LEFT, top + i * rh, xs[-1], top + i * rh, 0.5))
        for x in xs:
            self.rules.append((x, top, x, bottom, 0.5))
        self.y = bottom + 5


def layout(name, f):
    th = f['_theme']
    tint = tuple(0.85 + 0.15 * c for c in th)
    p1, p2 = Page(1), Page(2)
    org = f['organization']
    msize = 26.0 if len(org) < 10 else 20.0
    p1.fills.append((0, 0, W, 30, th))
    p1.y = 44
    p1.line(org, 'G', msize, gap=6)
    p1.line(f['document'].split(' ', 1)[1], 'G', 14.0, gap=6)
    p1.line(f['edition']['asOfText'], 'M', 9.0, right=True, gap=6)
    for t in f['lead']['text']:
        p1.line(t, 'M', 10.5, gap=6)
    h = f['hiring']
    p1.heading('採用実績', th)
    for t in h['intro']:
        p1.line(t)
    ncol = len(h['header'])
    first = 200.0 if name.startswith('tono') else 90.0
    widths = [first] + [min(95.0, (RIGHT - LEFT - first) / (ncol - 1))] * (ncol - 1)
    p1.table([h['header']] + [hiring_line(f, r) for r in h['rows']], widths, header_tint=tint)
    for t in h['note']:
        p1.line(t, size=8.0)
    a = f['assignments']
    p1.heading('配属実績', th)
    p1.line(a['intro'])
    uw = 190.0
    p1.table([['配属先', a['tracks']['admin'], a['tracks']['tech']]] + [assign_line(r) for r in a['rows']],
             [uw, 80.0, 80.0], header_tint=tint)
    # page 2
    p2.y = 44
    e = f['exams']
    p2.heading('試験区分', th)
    p2.line(e['title'])
    p2.table([['区分', '試験', '職種', '採用予定数']] + exam_rows(f), [60.0, 235.0, 130.0, 70.0], header_tint=tint)
    p2.heading(f['training']['title'], th)
    for t in f['training']['paragraphs']:
        p2.line(t)
    p2.heading('働きやすい職場づくり', th)
    for i in f['initiatives']:
        p2.line('■' + i['title'], 'G', 9.5, gap=3)
        p2.line(i['text'], x=LEFT + 12)
    p2.heading(f['supportTitle'], th)
    for s in f['supportSystems']:
        p2.line(support_line(f, s), 'G', 9.5, gap=3)
        p2.line(s['text'], x=LEFT + 12)
    p2.heading(f['_contactHeading'], th)
    for t in f['_contactLines']:
        p2.line(t)
    p2.heading('アクセス', th)
    p2.line(f['access']['address'])
    for t in f['access']['routesText']:
        p2.line(t)
    for p in (p1, p2):
        fol = f'- {p.n} -'
        p.item((W - pdfmetrics.stringWidth(fol, 'M', 8.0)) / 2, 812.0, fol, 'M', 8.0, furniture=True)
    return [p1, p2]


def expected_text(pages):
    return '\n\f\n'.join('\n'.join(p.lines) for p in pages) + '\n'


def render(pages, seed, path, drop=None):
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1, pageCompression=0)
    c.setTitle('')
    for p in pages:
        for (x, y, w, hh, col) in p.fills:
            c.setFillColorRGB(*col)
            c.rect(x, H - y - hh, w, hh, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        for (x1, y1, x2, y2, lw) in p.rules:
            c.setLineWidth(lw)
            c.line(x1, H - y1, x2, H - y2)
        order = list(range(len(p.items)))
        random.Random(seed * 10 + p.n).shuffle(order)
        for k in order:
            if drop == (p.n, k):
                continue
            it = p.items[k]
            t = c.beginText()
            t.setFont(it['font'], it['size'])
            t.setTextOrigin(it['x'], H - it['y'] - it['size'] * 0.88)
            t.textOut(it['text'])
            c.drawText(t)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- checks

def chars(s):
    return Counter(ch for ch in s if not ch.isspace())


def check_drawing(pages, expected):
    errs = []
    faces = {n: pdfmetrics.getFont(n).face for n in FONTS}
    boxes = []
    for p in pages:
        for it in p.items:
            for ch in it['text']:
                if ord(ch) not in faces[it['font']].charToGlyph:
                    errs.append(f"p{p.n}: glyph {ch!r} missing in {it['font']}")
            w = pdfmetrics.stringWidth(it['text'], it['font'], it['size'])
            x0, y0, x1, y1 = it['x'], it['y'], it['x'] + w, it['y'] + it['size']
            if x0 < EDGE or x1 > W - EDGE or y0 < EDGE or y1 > H - EDGE:
                errs.append(f"p{p.n}: {it['text']!r} in the edge margin")
            if not it['furniture'] and y1 > BOTTOM:
                errs.append(f"p{p.n}: {it['text']!r} past the bottom margin")
            if 'cellw' in it and w > it['cellw']:
                errs.append(f"p{p.n}: cell {it['text']!r} wider than its column")
            for q in boxes:
                if q[0] == p.n and x0 < q[3] and q[1] < x1 and y0 < q[4] and q[2] < y1:
                    errs.append(f"p{p.n}: {it['text']!r} overlaps {q[5]!r}")
            boxes.append((p.n, x0, y0, x1, y1, it['text']))
    exp_pages = expected.split('\f')
    if len(exp_pages) != len(pages):
        errs.append('expected text: wrong page count')
    for p, e in zip(pages, exp_pages):
        drawn = chars(''.join(it['text'] for it in p.items if not it['furniture']))
        if drawn != chars(e):
            errs.append(f'p{p.n}: drawn and expected characters differ: {(drawn - chars(e)) + (chars(e) - drawn)}')
        for ln in e.split('\n'):
            if ln.strip() and ln.strip()[0] in KINSOKU:
                errs.append(f'p{p.n}: expected line starts with a kinsoku character: {ln!r}')
            if re.fullmatch(r'-\s*\d+\s*-', ln.strip()):
                errs.append(f'p{p.n}: folio in expected text')
    return errs


def check_pdf(path, pages):
    errs = []
    data = open(path, 'rb').read()
    n_items = sum(len(p.items) for p in pages)
    if data.count(b'BT') < n_items:
        errs.append('fewer text objects than items')
    for p in pages:
        out = subprocess.run(['pdftotext', '-f', str(p.n), '-l', str(p.n), path, '-'], capture_output=True, text=True).stdout
        if chars(out) != chars(''.join(it['text'] for it in p.items)):
            errs.append(f'p{p.n}: pdftotext does not give the drawn characters')
    return errs


def stand_in(f):
    h = f['hiring']
    def c(d):
        return None if d is None else {'count': d['count'], 'women': d['women']}
    return {
        'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']},
        'sections': {
            'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'total': c(r['total']), 'administrative': c(r['admin']),
                                 'technical': c(r['tech']), 'planned': r['planned']} for r in h['rows']]},
            'assignments': {'cohortFiscalYear': f['assignments']['cohortFiscalYear'],
                            'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0}
                                     for r in f['assignments']['rows']]},
            'examBreakdown': {'entries': [{'track': track(e['track']), 'level': level(e['exam']), 'category': b['category'],
                                           'count': b['count']} for e in f['exams']['entries'] for b in e['breakdown']]},
            'contacts': [{'office': x['office'], 'phones': [{'number': t} for t in x['tel']], 'emails': x['email']}
                         for x in f['contacts']],
            'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes'] if '『' in r]},
            'initiatives': [{'title': i['title']} for i in f['initiatives']],
            'supportSystems': [{'name': s['name']} for s in f['supportSystems']]}}


def check_facts(f, expected):
    errs = []
    def err(m):
        errs.append(m)
    lines = [l for l in expected.split('\n')]
    text = norm(expected)
    def printed(s):
        return norm(s) in text
    def printed_line(s):
        return s in lines
    org = f['organization']
    if not printed(org):
        err('organization not printed')
    if any(org.startswith(p) for p in LEGAL):
        err('organization has a legal-form prefix')
    ed = f['edition']
    m = re.fullmatch(r'令和(\d+)年(\d+)月現在', ed['asOfText'])
    if not m or ed['asOf'] != f'{2018 + int(m.group(1))}-{int(m.group(2)):02d}' or not printed_line(ed['asOfText']):
        err('edition asOf does not match the printed edition')
    h = f['hiring']
    rows = h['rows']
    fys = [r['fiscalYear'] for r in rows]
    if fys != list(range(fys[0], fys[0] + len(fys))):
        err('hiring years not consecutive')
    if [r['planned'] for r in rows] != [False] * (len(rows) - 1) + [True]:
        err('hiring: exactly one planned row, last')
    if ed['year'] != fys[-1] or f['exams']['fiscalYear'] != fys[-1]:
        err('edition year / planned year / exam year differ')
    for r in rows:
        if r['label'] != era(r['fiscalYear']):
            err(f"hiring {r['labelText']}: label is not the era label of its year")
        if era(r['fiscalYear'])[:-1] not in r['labelText'] and f'令和{r["fiscalYear"] - 2018}年4月' not in r['labelText']:
            err(f"hiring {r['labelText']}: the printed label does not name its year")
        for k in ('total', 'admin', 'tech') + (('civil', 'plant') if 'civil' in r else ()):
            d = r[k]
            if d['text'] != str(d['count']) or d['womenText'] != (None if d['women'] is None else str(d['women'])):
                err(f"hiring {r['labelText']} {k}: text differs from count")
            if r['planned'] and d['women'] is not None:
                err(f"hiring {r['labelText']}: women on the planned row")
            if not r['planned'] and (d['women'] is None or not 0 <= d['women'] <= d['count']):
                err(f"hiring {r['labelText']} {k}: women out of range")
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            err(f"hiring {r['labelText']}: total != admin + tech")
        if not r['planned'] and r['total']['women'] != r['admin']['women'] + r['tech']['women']:
            err(f"hiring {r['labelText']}: women total != admin + tech")
        if 'civil' in r:
            if r['tech']['count'] != r['civil']['count'] + r['plant']['count']:
                err(f"hiring {r['labelText']}: tech != civil + plant")
            if not r['planned'] and r['tech']['women'] != r['civil']['women'] + r['plant']['women']:
                err(f"hiring {r['labelText']}: tech women != civil + plant")
        if not printed_line('\t'.join(hiring_line(f, r))):
            err(f"hiring {r['labelText']}: row not printed as its TAB line")
    if not printed_line('\t'.join(h['header'])):
        err('hiring header not printed')
    a = f['assignments']
    last_actual = [r for r in rows if not r['planned']][-1]
    if a['cohortFiscalYear'] != last_actual['fiscalYear']:
        err('assignment cohort is not the last actual year')
    if f'令和{a["cohortFiscalYear"] - 2018}年' not in a['intro'] or not printed_line(a['intro']):
        err('assignment cohort not named in the printed intro')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        err('assignment: duplicate unit')
    if sum(r['admin'] or 0 for r in a['rows']) != last_actual['admin']['count'] or \
       sum(r['tech'] or 0 for r in a['rows']) != last_actual['tech']['count']:
        err('assignment sums differ from the cohort hires')
    for r in a['rows']:
        if not (r['admin'] or r['tech']):
            err(f"assignment {r['unit']}: zero row")
        if not printed_line('\t'.join(assign_line(r))):
            err(f"assignment {r['unit']}: row not printed")
    planned = rows[-1]
    per = {'administrative': 0, 'technical': 0}
    keys = set()
    tracks = set(h['tracks'].values()) | {'事務職', '技術職'}
    for e in f['exams']['entries']:
        if sum(b['count'] for b in e['breakdown']) != e['total']:
            err(f"exam {e['exam']}: categories != total")
        if track(e['track']) not in per or e['track'] not in tracks:
            err(f"exam {e['exam']}: track {e['track']} is no hiring track")
            continue
        per[track(e['track'])] += e['total']
        if not printed(e['exam']):
            err(f"exam {e['exam']} not printed")
        for b in e['breakdown']:
            if '院' in b['category'] or '院' in e['exam']:
                err(f"exam category {b['category']}: 院")
            k = (track(e['track']), level(e['exam']), norm(b['category']))
            if k in keys:
                err(f'exam categories collide: {k}')
            keys.add(k)
            if not any(l.split('\t')[2:] == [b['category'], str(b['count'])] for l in lines if l.count('\t') == 3):
                err(f"exam category {b['category']} not printed with its count")
    if per['administrative'] != planned['admin']['count'] or per['technical'] != planned['tech']['count']:
        err('exam totals per track != planned hires')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText'] or not printed_line(support_line(f, s)) or not printed_line(s['text']):
            err(f"support {s['name']} not printed as drawn")
    for i in f['initiatives']:
        if not printed_line('■' + i['title']) or not printed_line(i['text']):
            err(f"initiative {i['title']} not printed")
    for c in f['contacts']:
        if not printed(c['office']):
            err(f"office {c['office']} not printed")
        for t, tt in zip(c['tel'], c['telText']):
            if not printed_line(tt) or t not in tt:
                err(f'phone {t} not printed')
            if not re.fullmatch(r'0\d{1,4}-\d{1,4}-\d{4}', t):
                err(f'phone {t}: not a hyphenated number')
        for m_, mt in zip(c['email'], c['emailText']):
            if not printed_line(mt) or m_ not in mt:
                err(f'e-mail {m_} not printed')
        if len(c['tel']) != len(c['telText']) or len(c['email']) != len(c['emailText']):
            err('contact texts missing')
    acc = f['access']
    if not printed_line(acc['address']):
        err('address not printed')
    for r, rt in zip(acc['routes'], acc['routesText']):
        if r.replace('『', '').replace('』', '') != rt or not printed_line(rt) or '『' not in r:
            err(f'route {r} not printed as its line')
    for t in f['training']['paragraphs'] + f['lead']['text'] + h['intro'] + h['note'] + [f['exams']['title']]:
        if not printed_line(t):
            err(f'line {t!r} not printed')
    # the stand-in document scores full marks and reaches every kind of check; an empty one scores nothing
    res = checks(public(f), stand_in(f), text)
    if not res or not all(ok for _, ok in res):
        err('stand-in document does not score full marks: ' + ', '.join(n for n, ok in res if not ok))
    kinds = {n.split(' ')[0] for n, _ in res}
    need = {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'initiative', 'support'}
    if not need <= kinds:
        err(f'checks do not reach {need - kinds}')
    if any(ok for _, ok in checks(public(f), {}, text)):
        err('an empty document scores')
    return errs


def public(f):
    return {k: v for k, v in f.items() if not k.startswith('_')}


def build(name, f, path, expected=None, drop=None, pages=None):
    pages = pages or layout(name, f)
    exp = expected if expected is not None else expected_text(pages)
    errs = check_drawing(pages, exp) + check_facts(f, exp)
    render(pages, f['_seed'], path, drop=drop)
    errs += check_pdf(path, pages)
    return pages, exp, errs


def write(name, f):
    os.makedirs(OUT, exist_ok=True)
    pdf = os.path.join(OUT, name + '.pdf')
    pages, exp, errs = build(name, f, pdf)
    with tempfile.TemporaryDirectory() as d:
        again = os.path.join(d, 'x.pdf')
        render(pages, f['_seed'], again)
        if open(again, 'rb').read() != open(pdf, 'rb').read():
            errs.append('two renders differ')
    if errs:
        os.remove(pdf)
        sys.exit(f'{name}: refused:\n  ' + '\n  '.join(errs))
    open(os.path.join(OUT, name + '.expected.txt'), 'w').write(exp)
    fa = public(f)
    open(os.path.join(OUT, name + '.facts.json'), 'w').write(json.dumps(fa, ensure_ascii=False, indent=2) + '\n')
    print(f'{name}: {sum(len(p.items) for p in pages)} items, '
          f'{len(checks(fa, stand_in(f), norm(exp)))} fact checks')


# ---------------------------------------------------------------- self-test

def faults(name, f):
    """(label, mutate(f, pages) -> (f, pages, expected or None, drop or None))"""
    F = []
    def fact(label, fn):
        def m(f, pages):
            fn(f)
            return f, pages, None, None
        F.append((label, m))
    last = lambda f: [r for r in f['hiring']['rows'] if not r['planned']][-1]
    fact('hiring total +1', lambda f: f['hiring']['rows'][0]['total'].update(count=f['hiring']['rows'][0]['total']['count'] + 1, text=str(f['hiring']['rows'][0]['total']['count'] + 1)))
    fact('women total +1', lambda f: f['hiring']['rows'][1]['total'].update(women=f['hiring']['rows'][1]['total']['women'] + 1, womenText=str(f['hiring']['rows'][1]['total']['women'] + 1)))
    fact('admin women +1', lambda f: f['hiring']['rows'][2]['admin'].update(women=f['hiring']['rows'][2]['admin']['women'] + 1, womenText=str(f['hiring']['rows'][2]['admin']['women'] + 1)))
    fact('women above heads', lambda f: f['hiring']['rows'][0]['tech'].update(women=9, womenText='9'))
    fact('women on the planned row', lambda f: f['hiring']['rows'][-1]['admin'].update(women=1, womenText='1'))
    fact('planned row first', lambda f: f['hiring']['rows'].insert(0, f['hiring']['rows'].pop()))
    fact('wrong era label', lambda f: f['hiring']['rows'][0].update(label='令和9年度'))
    fact('count text differs', lambda f: f['hiring']['rows'][0]['admin'].update(text='99'))
    fact('fiscal year shifted', lambda f: [r.update(fiscalYear=r['fiscalYear'] - 1, label=era(r['fiscalYear'] - 1)) for r in f['hiring']['rows']])
    fact('assignment +1', lambda f: f['assignments']['rows'][0].update(admin=(f['assignments']['rows'][0]['admin'] or 0) + 1))
    fact('wrong cohort', lambda f: f['assignments'].update(cohortFiscalYear=2024))
    fact('duplicated unit', lambda f: f['assignments']['rows'].append(dict(f['assignments']['rows'][0], admin=0, tech=0)))
    fact('exam count +1 with total', lambda f: (f['exams']['entries'][0]['breakdown'][0].update(count=f['exams']['entries'][0]['breakdown'][0]['count'] + 1), f['exams']['entries'][0].update(total=f['exams']['entries'][0]['total'] + 1)))
    fact('last category +1', lambda f: f['exams']['entries'][-1]['breakdown'][-1].update(count=f['exams']['entries'][-1]['breakdown'][-1]['count'] + 1))
    fact('exam with 院', lambda f: f['exams']['entries'][0].update(exam=f['exams']['entries'][0]['exam'] + '院'))
    fact('colliding category', lambda f: f['exams']['entries'][-1]['breakdown'].append(dict(f['exams']['entries'][-1]['breakdown'][0], count=0)))
    fact('exam track no hiring track', lambda f: f['exams']['entries'][0].update(track='消防職'))
    fact('e-mail not printed', lambda f: f['contacts'][0]['email'].__setitem__(0, 'x' + f['contacts'][0]['email'][0]))
    fact('office not printed', lambda f: f['contacts'][0].update(office=f['contacts'][0]['office'] + '分室'))
    fact('wrong phone', lambda f: f['contacts'][0]['tel'].__setitem__(0, '0120-00-0000'))
    fact('route not printed', lambda f: f['access']['routes'].__setitem__(0, f['access']['routes'][0].replace('駅', '駅前')))
    fact('route stop not bracketed', lambda f: f['access']['routes'].__setitem__(1, f['access']['routes'][1].replace('『', '').replace('』', '')))
    fact('support not printed', lambda f: f['supportSystems'][0].update(name='育児部分休業'))
    fact('support duration differs', lambda f: f['supportSystems'][1].update(duration='1年'))
    fact('initiative not printed', lambda f: f['initiatives'][0].update(title='週休3日制'))
    fact('organisation not printed', lambda f: f.update(organization=f['organization'] + '役場'))
    fact('legal-form prefix', lambda f: f.update(organization='一部事務組合' + f['organization']))
    fact('wrong asOf', lambda f: f['edition'].update(asOf='2026-03'))
    fact('wrong edition year', lambda f: f['edition'].update(year=2025))
    fact('address not printed', lambda f: f['access'].update(address=f['access']['address'] + '別館'))
    fact('assignment cohort intro wrong', lambda f: f['assignments'].update(intro='令和5年度採用者の配属先（単位：人）'))
    if 'civil' in f['hiring']['rows'][0]:
        fact('civil + plant != tech', lambda f: f['hiring']['rows'][0]['plant'].update(count=f['hiring']['rows'][0]['plant']['count'] + 1, text=str(f['hiring']['rows'][0]['plant']['count'] + 1)))

    def draw(label, fn):
        def m(f, pages):
            e = fn(f, pages)
            return f, pages, e, None
        F.append((label, m))
    def overlap(f, pages):
        it = dict(pages[0].items[3]); it['x'] += 2; pages[0].items.append(it); pages[0].lines.append(it['text'])
    draw('overlapping copy', overlap)
    draw('edge margin', lambda f, p: p[1].items[0].update(x=5.0))
    draw('emoji', lambda f, p: (p[0].items[-2].update(text=p[0].items[-2]['text'] + '\U0001F600'), p[0].lines.append('\U0001F600')) and None)
    draw('past the bottom', lambda f, p: p[1].items[-2].update(y=800.0))
    draw('cell too wide', lambda f, p: next(it for it in p[0].items if 'cellw' in it).update(text='あ' * 40))
    def kinsoku(f, p):
        p[0].items.append({'x': 300.0, 'y': 120.0, 'text': '。', 'font': 'M', 'size': 9.0, 'furniture': False})
        return expected_text(p).replace(f['lead']['text'][0], f['lead']['text'][0] + '\n。')
    draw('line starting with 。', kinsoku)
    draw('extra expected character', lambda f, p: expected_text(p) + '余\n')
    draw('folio in expected', lambda f, p: expected_text(p) + '- 2 -\n')
    draw('hiring row differs', lambda f, p: expected_text(p).replace('\t' + cell(f['hiring']['rows'][0]['total']) + '\n', '\t' + cell(f['hiring']['rows'][0]['total']) + '\t\n', 1).replace(f['hiring']['rows'][0]['labelText'] + '\t', f['hiring']['rows'][0]['labelText'] + ' \t', 1))
    F.append(('rendered PDF lacks one item', lambda f, p: (f, p, None, (1, 5))))
    return F


def selftest(verbose):
    refused = total = 0
    with tempfile.TemporaryDirectory() as d:
        for mk in BROCHURES:
            name, f0 = mk()
            path = os.path.join(d, name + '.pdf')
            _, _, errs = build(name, copy.deepcopy(f0), path)
            if errs:
                sys.exit(f'{name}: the clean brochure is refused: {errs}')
            for label, mut in faults(name, f0):
                f = copy.deepcopy(f0)
                pages = layout(name, f)
                f, pages, exp, drop = mut(f, pages)
                try:
                    _, _, errs = build(name, f, path, expected=exp, drop=drop, pages=pages)
                except Exception as ex:  # noqa: BLE001 - a fault that breaks drawing is refused too
                    errs = [f'exception {ex!r}']
                total += 1
                if errs:
                    refused += 1
                    if verbose:
                        print(f'  {name}: {label}: refused ({errs[0][:90]})')
                else:
                    print(f'  {name}: {label}: NOT REFUSED')
    print(f'selftest: {refused}/{total} refused')
    return refused == total


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    for mk in BROCHURES:
        name, f = mk()
        if args and name not in args:
            continue
        write(name, f)


if __name__ == '__main__':
    main()
