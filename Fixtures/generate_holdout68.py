#!/usr/bin/env python3
"""Blind holdout set 68: three NATIONAL bodies (函館税関, 近畿農政局, 北見工業大学).

Self-contained: a flow layout in top-down coordinates, a ruled-table helper, reportlab's
canvas with invariant=1 (no page compression), one text object per visual text piece,
drawn in a seeded shuffled order. Writes NAME.pdf, NAME.expected.txt and NAME.facts.json
into Fixtures/holdout68/, and refuses a brochure whose layout or numbers are wrong.

  python3 Fixtures/generate_holdout68.py              # all three (deterministic)
  python3 Fixtures/generate_holdout68.py kitami-it-2026
  python3 Fixtures/generate_holdout68.py --selftest -v
"""
import copy, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4

OUT = os.path.join(HERE, 'holdout68')
pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
W, H = A4
ML, MR, MT, MB, EDGE = 50, 50, 48, 60, 20
PREFIXES = ('国立大学法人', '独立行政法人', '国立研究開発法人', '財務省', '農林水産省')


class Refused(Exception):
    pass


def era(y):
    return f'令和{y - 2018}年度'


# ------------------------------------------------------------------ content
def cell(c, w, extra=None):
    s = f'{c}（{w}）' if w is not None else f'{c}'
    if extra:
        s += f'［{extra}］'
    return s


def hiring_rows(data, planned_label='（予定）'):
    rows = []
    for fy, (a, aw, t, tw), planned in data:
        tot_w = None if aw is None else aw + tw
        r = {'fiscalYear': fy, 'label': era(fy), 'labelText': era(fy) + (planned_label if planned else ''),
             'planned': planned,
             'total': {'count': a + t, 'text': str(a + t), 'women': tot_w},
             'admin': {'count': a, 'text': str(a), 'women': aw},
             'tech': {'count': t, 'text': str(t), 'women': tw}}
        for k in ('total', 'admin', 'tech'):
            if r[k]['women'] is not None:
                r[k]['womenText'] = str(r[k]['women'])
        rows.append(r)
    return rows


def base_facts(org, document, as_of, as_of_text, year):
    return {'organization': org, 'document': document,
            'edition': {'year': year, 'asOf': as_of, 'asOfText': as_of_text}}


def brochures():
    out = {}
    # ---------------------------------------------------------- 函館税関
    f = base_facts('函館税関', '函館税関 Recruitment Guide 2026 職員採用案内', '2026-04', '令和8年4月現在', 2026)
    f['lead'] = {'title': '', 'text': ['北海道と青森県の港や空港で、安全・安心な社会と貿易の円滑化を支えます。']}
    f['hiring'] = {'intro': ['採用者数の推移（単位：人）'], 'note': ['※（　）内は女性の数で内数です。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'ruled; English-first two-language header cells `Fiscal Year 年度 | Administrative 事務系 | Technical 技術系 | Total 計`',
                   'rows': hiring_rows([(2021, (16, 6, 2, 1), False), (2022, (17, 7, 1, 0), False),
                                        (2023, (15, 7, 3, 1), False), (2024, (18, 8, 2, 1), False),
                                        (2025, (17, 8, 3, 1), False), (2026, (18, None, 3, None), True)])}
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'ruled `Unit 配属先 | Administrative 事務系 | Technical 技術系`',
                        'rows': [{'unit': '総務部', 'admin': 2, 'tech': None}, {'unit': '業務部', 'admin': 4, 'tech': 2},
                                 {'unit': '監視部', 'admin': 5, 'tech': None}, {'unit': '小樽税関支署', 'admin': 3, 'tech': None},
                                 {'unit': '千歳税関支署', 'admin': 2, 'tech': 1}, {'unit': '青森税関支署', 'admin': 1, 'tech': None}]}
    ex = '国家公務員採用一般職試験（大卒程度）'
    f['exams'] = {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled `Track 区分 | Exam 試験 | Category 試験区分 | Planned 採用予定数`',
                  'entries': [{'track': '事務系', 'exam': ex, 'text': '', 'breakdown': [{'category': '行政', 'count': 18}], 'total': 18},
                              {'track': '技術系', 'exam': ex, 'text': '', 'breakdown': [{'category': '電気・電子・情報', 'count': 1},
                                                                                     {'category': '化学', 'count': 2}], 'total': 3}]}
    f['training'] = {'title': 'Training 研修', 'paragraphs': ['採用後3か月間、税関研修所で関税法や語学を学びます。',
                                                           '2年目以降も専門研修で分析や審査の力を伸ばせます。']}
    f['initiatives'] = [{'title': 'テレワーク', 'text': '本関と支署をつなぎ、自宅からも審査業務ができます。'},
                        {'title': 'フレックスタイム制', 'text': '勤務時間を柔軟に組み合わせられます。'}]
    f['initiativesIntro'] = 'Our Workstyle 働き方'
    f['supportTitle'] = 'Support Systems 両立支援制度'
    f['supportSystems'] = [{'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで',
                            'text': '男性職員の取得も増えています。'},
                           {'name': '介護休暇', 'duration': '通算6月以内', 'durationText': '通算6月以内',
                            'text': '家族の介護のために取得できます。'}]
    f['contacts'] = [{'track': 'Contact 採用担当', 'office': '函館税関 総務部 人事課 人事係', 'tel': ['0138-40-4245'],
                      'email': ['hakodate-saiyo@customs.go.jp'], 'location': '',
                      'telText': ['TEL 0138-40-4245（直通）'], 'emailText': ['E-mail hakodate-saiyo@customs.go.jp'],
                      'hoursText': '受付 平日8時30分から17時15分まで'}]
    f['access'] = {'address': '〒040-8561 北海道函館市海岸町24-4 函館港湾合同庁舎',
                   'routes': ['JR函館本線『五稜郭』駅から徒歩約20分', 'JR函館本線『函館』駅からバス約10分'],
                   'routesSynthesised': False,
                   'routesText': ['JR函館本線五稜郭駅から徒歩約20分', 'JR函館本線函館駅からバス約10分']}
    f['keyFigures'] = []
    f['decoys'] = {'headings': 'every heading and table header cell is English first, Japanese second on one line (`Recruitment Results 採用実績`, `Administrative 事務系`)',
                   'initiatives': 'initiative titles are hashtags `＃テレワーク`, `＃フレックスタイム制` (the ＃ is a marker, not part of the title)'}
    out['hakodate-zeikan-2026'] = dict(facts=f, masthead=['財務省', '函館税関', 'Recruitment Guide 2026 職員採用案内'],
                                       color=(0.05, 0.25, 0.5), english=True, hashtag=True)

    # ---------------------------------------------------------- 近畿農政局
    f = base_facts('近畿農政局', '近畿農政局 職員採用案内 2026', '2026-04', '令和8年4月現在', 2026)
    f['lead'] = {'title': '', 'text': ['近畿2府4県の農業と農村、食の安全を現場から支えます。']}
    f['hiring'] = {'intro': ['採用者数の推移（単位：人）'], 'note': ['※（　）内は女性の数で内数です。'],
                   'tracks': {'admin': '事務系', 'tech': '技術系'}, 'textSynthesised': False,
                   'layout': 'ruled 年度 | 事務系 | 技術系 | 計',
                   'rows': hiring_rows([(2021, (12, 5, 9, 2), False), (2022, (11, 6, 10, 3), False),
                                        (2023, (13, 6, 8, 2), False), (2024, (12, 5, 11, 4), False),
                                        (2025, (14, 7, 9, 3), False), (2026, (13, None, 10, None), True)])}
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'},
                        'layout': 'ruled 配属先 | 事務系 | 技術系, directly BELOW a decoy table of the same shape: 出身大学 | 事務系 | 技術系 (same cohort, same sums)',
                        'rows': [{'unit': '総務課', 'admin': 3, 'tech': None}, {'unit': '生産部', 'admin': 4, 'tech': None},
                                 {'unit': '消費・安全部', 'admin': 3, 'tech': None}, {'unit': '農村振興部', 'admin': 1, 'tech': 6},
                                 {'unit': '滋賀県拠点', 'admin': 2, 'tech': 1}, {'unit': '奈良県拠点', 'admin': 1, 'tech': 2}]}
    f['exams'] = {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 試験区分 | 採用予定数',
                  'entries': [{'track': '事務系', 'exam': ex, 'text': '', 'breakdown': [{'category': '行政', 'count': 13}], 'total': 13},
                              {'track': '技術系', 'exam': ex, 'text': '', 'breakdown': [{'category': '農業農村工学', 'count': 7},
                                                                                     {'category': '農学', 'count': 3}], 'total': 10}]}
    f['training'] = {'title': '研修', 'paragraphs': ['採用時研修のあと、各県拠点や国営事業所で現場を経験します。',
                                                    '技術系は3年目に農村工学の専門研修を受けます。']}
    f['initiatives'] = [{'title': 'ペーパーレス会議', 'text': 'タブレットで資料を共有しています。'},
                        {'title': '現場見学会', 'text': '若手職員が国営事業の現場を訪ねます。'}]
    f['initiativesIntro'] = '働きやすい職場づくり'
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [{'name': '育児短時間勤務', 'duration': '子が小学校に就学するまで', 'durationText': '子が小学校に就学するまで',
                            'text': '週20時間から選んで勤務できます。'},
                           {'name': '子の看護休暇', 'duration': '年5日', 'durationText': '年5日',
                            'text': '子が2人以上なら年10日です。'}]
    f['contacts'] = [{'track': '採用担当', 'office': '近畿農政局 総務部 人事課 任用係',
                      'tel': ['075-451-9161', '075-414-9502'],
                      'email': ['kinki-jimu@maff.go.jp', 'kinki-gijutsu@maff.go.jp'], 'location': '',
                      'telText': ['TEL 事務系 075-451-9161　技術系 075-414-9502'],
                      'emailText': ['E-mail 事務系 kinki-jimu　技術系 kinki-gijutsu', '※E-mailの＠以下はいずれも「maff.go.jp」です。'],
                      'hoursText': '受付 平日9時から17時まで'}]
    f['access'] = {'address': '〒602-8054 京都府京都市上京区西洞院通下長者町下る丁子風呂町 京都農林水産総合庁舎',
                   'routes': ['地下鉄烏丸線『丸太町』駅から徒歩約7分', '地下鉄東西線『二条城前』駅から徒歩約10分'],
                   'routesSynthesised': False,
                   'routesText': ['地下鉄烏丸線丸太町駅から徒歩約7分', '地下鉄東西線二条城前駅から徒歩約10分']}
    f['keyFigures'] = []
    f['decoys'] = {'universities': 'a table `出身大学 | 事務系 | 技術系` of the same cohort (令和7年度採用者の出身大学), same column shape and sums, sits directly above the assignment table',
                   'contacts': 'the two e-mail addresses are printed as local parts only; the domain is given once in a note `※E-mailの＠以下はいずれも「maff.go.jp」です。`'}
    unis = [('京都大学', 2, 3), ('大阪大学', 3, 1), ('神戸大学', 3, 1), ('立命館大学', 2, 1),
            ('同志社大学', 2, None), ('鳥取大学', None, 2), ('その他', 2, 1)]
    out['kinki-nousei-2026'] = dict(facts=f, masthead=['農林水産省', '近畿農政局', '職員採用案内 2026'],
                                    color=(0.1, 0.45, 0.2), universities=unis)

    # ---------------------------------------------------------- 北見工業大学
    f = base_facts('北見工業大学', '北見工業大学 事務職員・技術職員採用案内 2026', '2025-10', '令和7年10月現在', 2026)
    f['lead'] = {'title': '', 'text': ['オホーツクの工学拠点で、教育と研究を支える職員を募集します。']}
    exp = {2021: ('1', None, '1'), 2022: (None, '1', '1'), 2023: ('2', None, '2'), 2024: ('1', '1', '2'),
           2025: ('1', None, '1'), 2026: ('1', None, '1')}
    rows = hiring_rows([(2021, (5, 2, 2, 0), False), (2022, (4, 2, 3, 1), False), (2023, (6, 3, 2, 1), False),
                        (2024, (5, 3, 3, 0), False), (2025, (6, 4, 2, 1), False), (2026, (5, 3, 3, 1), True)],
                       planned_label='（内定）')
    f['hiring'] = {'intro': ['採用者数の推移（単位：人）'],
                   'note': ['※（　）内は女性、［　］内は社会人経験者で、いずれも内数です。',
                            '※令和8年度は10月1日現在の内定者数です。'],
                   'tracks': {'admin': '事務職員', 'tech': '技術職員'}, 'textSynthesised': False,
                   'layout': 'ruled 年度 | 事務職員 | 技術職員 | 計; cells `6（4）［1］`: women in （）, experienced hires in ［］ (not women); planned row `令和8年度（内定）` WITH women',
                   'rows': rows}
    for r in rows:
        e = exp[r['fiscalYear']]
        for k, v in zip(('admin', 'tech', 'total'), e):
            if v:
                r[k]['experiencedText'] = v
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務職員', 'tech': '技術職員'}, 'layout': 'ruled 配属先 | 事務職員 | 技術職員',
                        'rows': [{'unit': '総務課', 'admin': 1, 'tech': None}, {'unit': '財務課', 'admin': 1, 'tech': None},
                                 {'unit': '教務課', 'admin': 2, 'tech': None}, {'unit': '研究協力課', 'admin': 1, 'tech': None},
                                 {'unit': '施設課', 'admin': 1, 'tech': 1}, {'unit': '技術部', 'admin': None, 'tech': 1}]}
    ex2 = '国立大学法人等職員採用試験（北海道地区）'
    f['exams'] = {'title': '令和8年度採用 試験区分別の内定者数', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 試験区分 | 内定者数',
                  'entries': [{'track': '事務職員', 'exam': ex2, 'text': '', 'breakdown': [{'category': '事務', 'count': 5}], 'total': 5},
                              {'track': '技術職員', 'exam': ex2, 'text': '', 'breakdown': [{'category': '電気', 'count': 1},
                                                                                      {'category': '機械', 'count': 1},
                                                                                      {'category': '建築', 'count': 1}], 'total': 3}]}
    f['training'] = {'title': '研修', 'paragraphs': ['採用時に1週間の新任職員研修があります。',
                                                    '北海道地区の国立大学と合同の階層別研修もあります。']}
    f['initiatives'] = [{'title': '時間単位の年休', 'text': '1時間単位で年次休暇を使えます。'},
                        {'title': '雪の日の在宅勤務', 'text': '大雪の日は自宅で働けます。'}]
    f['initiativesIntro'] = '働きやすい職場づくり'
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [{'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで',
                            'text': '復職後の面談で仕事の調整をします。'},
                           {'name': '介護休業', 'duration': '通算93日まで', 'durationText': '通算93日まで',
                            'text': '3回まで分けて取得できます。'}]
    f['contacts'] = [{'track': '採用担当', 'office': '北見工業大学 総務課 人事係', 'tel': ['0157-26-9115'],
                      'email': ['jinji@desk.kitami-it.ac.jp'], 'location': '',
                      'telText': ['TEL 0157-26-9115（直通）'], 'emailText': ['E-mail jinji@desk.kitami-it.ac.jp'],
                      'hoursText': '受付 平日8時30分から17時15分まで'}]
    f['access'] = {'address': '〒090-8507 北海道北見市公園町165番地',
                   'routes': ['JR石北本線『北見』駅から徒歩約20分', '『女満別空港』から車で約40分'],
                   'routesSynthesised': False,
                   'routesText': ['JR石北本線北見駅から徒歩約20分', '女満別空港から車で約40分']}
    f['keyFigures'] = []
    f['decoys'] = {'hiring': 'each count cell may carry a SECOND bracket ［n］ = experienced hires (a subset, not women): `6（4）［1］`',
                   'planned': 'the planned row is `令和8年度（内定）` (offers as of the autumn edition) and DOES give women; edition 令和7年10月現在'}
    out['kitami-it-2026'] = dict(facts=f, masthead=['国立大学法人', '北見工業大学', '事務職員・技術職員採用案内 2026'],
                                 color=(0.35, 0.2, 0.5), experienced=exp)
    return out


# ------------------------------------------------------------------ layout
class Doc:
    def __init__(self):
        self.pages = []   # list of list of items
        self.rules = []   # per page list of (x1, y1, x2, y2, width, colour)
        self.fills = []
        self.expected = []

    def new_page(self):
        self.pages.append([]); self.rules.append([]); self.fills.append([]); self.expected.append([])
        self.y = MT

    def item(self, x, y, text, font='M', size=9.5, color=(0, 0, 0), furniture=False):
        self.pages[-1].append(dict(x=x, y=y, text=text, font=font, size=size, color=color, furniture=furniture))

    def line(self, text, font='M', size=9.5, x=ML, gap=1.55, color=(0, 0, 0)):
        self.y += size * gap
        self.item(x, self.y, text, font, size, color)
        self.expected[-1].append(text)

    def heading(self, text, color):
        self.y += 10
        self.fills[-1].append((ML, self.y, 4, 14, color))
        self.line(text, 'G', 12, x=ML + 9, gap=1.2)
        self.y += 4

    def table(self, widths, rows, header_fill=(0.9, 0.9, 0.9), size=9, rh=17, aligns=None):
        x0 = ML
        top = self.y + 6
        for ri, row in enumerate(rows):
            yt = top + ri * rh
            if ri == 0:
                self.fills[-1].append((x0, yt, sum(widths), rh, header_fill))
            x = x0
            for ci, (wdt, txt) in enumerate(zip(widths, row)):
                if txt:
                    font = 'G' if ri == 0 else 'M'
                    tw = pdfmetrics.stringWidth(txt, font, size)
                    if tw > wdt - 6:
                        raise Refused(f'cell too wide: {txt!r} ({tw:.1f} > {wdt - 6})')
                    right = aligns and aligns[ci] == 'r' and ri > 0
                    self.item(x + (wdt - 3 - tw if right else 3), yt + rh - 5, txt, font, size)
                x += wdt
            self.expected[-1].append('\t'.join(row))
        bottom = top + len(rows) * rh
        for ri in range(len(rows) + 1):
            self.rules[-1].append((x0, top + ri * rh, x0 + sum(widths), top + ri * rh, 0.5))
        x = x0
        for wdt in widths + [0]:
            self.rules[-1].append((x, top, x, bottom, 0.5))
            x += wdt
        self.y = bottom + 2


def layout(b):
    f = b['facts']; col = b['color']; en = b.get('english'); d = Doc()
    H_ = lambda e, j: f'{e} {j}' if en else j
    ta, tt = f['hiring']['tracks']['admin'], f['hiring']['tracks']['tech']
    d.new_page()
    d.fills[-1].append((0, 0, W, 96, col))
    d.y = 20
    d.line(b['masthead'][0], 'G', 10, color=(1, 1, 1))
    d.line(b['masthead'][1], 'G', 20, gap=1.3, color=(1, 1, 1))
    d.line(b['masthead'][2], 'G', 11, gap=1.5, color=(1, 1, 1))
    d.y = 96
    d.line(f['edition']['asOfText'], 'M', 9, gap=2.0)
    for t in f['lead']['text']:
        d.line(t, 'M', 10)
    # hiring
    d.heading(H_('Recruitment Results', '採用実績'), col)
    for t in f['hiring']['intro']:
        d.line(t)
    exp = b.get('experienced', {})
    hdr = [H_('Fiscal Year', '年度'), H_('Administrative', ta), H_('Technical', tt), H_('Total', '計')]
    rows = [hdr]
    for r in f['hiring']['rows']:
        e = exp.get(r['fiscalYear'], (None, None, None))
        rows.append([r['labelText']] + [cell(r[k]['count'], r[k]['women'], x) for k, x in zip(('admin', 'tech', 'total'), e)])
    d.table([150, 120, 120, 100] if en else [130, 110, 110, 100], rows)
    for t in f['hiring']['note']:
        d.line(t, 'M', 8.5)
    # decoy universities
    a = f['assignments']
    if b.get('universities'):
        d.heading('先輩職員の出身大学', col)
        d.line('令和7年度採用者の出身大学（単位：人）')
        rows = [['出身大学', ta, tt]] + [[u, str(x) if x else '－', str(y) if y else '－'] for u, x, y in b['universities']]
        d.table([150, 90, 90], rows)
    d.heading(H_('Assignments', '配属実績'), col)
    d.line(a['intro'])
    rows = [[H_('Unit', '配属先'), H_('Administrative', ta), H_('Technical', tt)]]
    rows += [[r['unit'], str(r['admin']) if r['admin'] else '－', str(r['tech']) if r['tech'] else '－'] for r in a['rows']]
    d.table([150, 120, 120] if en else [150, 90, 90], rows)
    d.heading(f['training']['title'], col)
    for t in f['training']['paragraphs']:
        d.line(t)
    # page 2
    d.new_page()
    e = f['exams']
    d.heading(H_('Examinations', '試験区分'), col)
    d.line(e['title'])
    last = '内定者数' if '内定' in e['title'] else '採用予定数'
    rows = [[H_('Track', '区分'), H_('Exam', '試験'), H_('Category', '試験区分'), H_('Planned', last)]]
    for ent in e['entries']:
        for i, bk in enumerate(ent['breakdown']):
            rows.append([ent['track'] if i == 0 else '', ent['exam'] if i == 0 else '', bk['category'], f"{bk['count']}名"])
    d.table([70, 220, 100, 90] if en else [70, 230, 100, 80], rows)
    d.heading(f['initiativesIntro'], col)
    for i in f['initiatives']:
        d.line(('＃' if b.get('hashtag') else '○') + i['title'], 'G', 10)
        d.line(i['text'], x=ML + 12)
    d.heading(f['supportTitle'], col)
    for s in f['supportSystems']:
        d.line(f"○{s['name']}（{s['durationText']}）", 'G', 10)
        d.line(s['text'], x=ML + 12)
    c = f['contacts'][0]
    d.heading(c['track'], col)
    d.line(c['office'])
    for t in c['telText'] + c['emailText']:
        d.line(t)
    d.line(c['hoursText'])
    d.heading(H_('Access', 'アクセス'), col)
    d.line(f['access']['address'])
    for t in f['access']['routesText']:
        d.line(t)
    for i, items in enumerate(d.pages):
        items.append(dict(x=W / 2 - 10, y=H - 30, text=f'- {i + 1} -', font='M', size=8, color=(0.3, 0.3, 0.3), furniture=True))
    return d


def ink(it):
    w = pdfmetrics.stringWidth(it['text'], it['font'], it['size'])
    return (it['x'], it['y'] - it['size'] * 0.88, it['x'] + w, it['y'] + it['size'] * 0.12)


def check_layout(d):
    for p, items in enumerate(d.pages):
        boxes = []
        for it in items:
            x1, y1, x2, y2 = ink(it)
            if x1 < EDGE or y1 < EDGE or x2 > W - EDGE or y2 > H - EDGE:
                raise Refused(f'p{p + 1}: item in the edge margin: {it["text"]!r}')
            if not it['furniture'] and y2 > H - MB + 10:
                raise Refused(f'p{p + 1}: item past the bottom margin: {it["text"]!r}')
            for t in it['text']:
                if t.strip() and not pdfmetrics.getFont(it['font']).face.charToGlyph.get(ord(t)):
                    raise Refused(f'glyph missing in {it["font"]}: {t!r}')
            boxes.append((x1, y1, x2, y2, it['text']))
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5:
                    raise Refused(f'p{p + 1}: items overlap: {a[4]!r} / {b[4]!r}')
        drawn = Counter(ch for it in items if not it['furniture'] for ch in it['text'] if not ch.isspace())
        want = Counter(ch for line in d.expected[p] for ch in line if not ch.isspace())
        if drawn != want:
            raise Refused(f'p{p + 1}: drawn and expected text differ: {(drawn - want) + (want - drawn)}')
        for line in d.expected[p]:
            if line and line[0] in '。、）」』：':
                raise Refused(f'expected line starts with a kinsoku character: {line!r}')
            if re.fullmatch(r'- \d+ -', line):
                raise Refused('a folio in the expected text')


def render(d, path, seed):
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle('職員採用案内'); c.setAuthor(''); c.setCreator('holdout68')
    rnd = random.Random(seed)
    for p, items in enumerate(d.pages):
        for (x, y, w, h, colr) in d.fills[p]:
            c.setFillColorRGB(*colr); c.rect(x, H - y - h, w, h, stroke=0, fill=1)
        c.setStrokeColorRGB(0.3, 0.3, 0.3)
        for (x1, y1, x2, y2, lw) in d.rules[p]:
            c.setLineWidth(lw); c.line(x1, H - y1, x2, H - y2)
        order = list(items); rnd.shuffle(order)
        for it in order:
            t = c.beginText(); t.setFont(it['font'], it['size']); t.setFillColorRGB(*it['color'])
            t.setTextOrigin(it['x'], H - it['y']); t.textOut(it['text']); c.drawText(t)
        c.showPage()
    c.save()


# ------------------------------------------------------------------ facts checks
ERA = re.compile(r'令和(\d+)年(\d+)月現在')


def stand_in(f):
    h = f['hiring']
    doc = {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'warnings': []}
    s = doc['sections'] = {}
    s['hiring'] = {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'],
                             **{o: {'count': r[k]['count'], 'women': r[k]['women']}
                                for k, o in (('total', 'total'), ('admin', 'administrative'), ('tech', 'technical'))}}
                            for r in h['rows']]}
    a = f['assignments']
    s['assignments'] = {'cohortFiscalYear': a['cohortFiscalYear'],
                        'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0} for r in a['rows']]}
    s['examBreakdown'] = {'entries': [{'track': track(e['track']), 'level': level(e['exam']), 'category': b['category'], 'count': b['count']}
                                      for e in f['exams']['entries'] for b in e['breakdown']]}
    s['contacts'] = [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': list(c['email'])} for c in f['contacts']]
    s['access'] = {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]}
    s['initiatives'] = [{'title': i['title']} for i in f['initiatives']]
    s['supportSystems'] = [{'name': i['name']} for i in f['supportSystems']]
    return doc


def validate(f, expected_lines):
    lines = [l for l in expected_lines]
    drawn = norm('\n'.join(lines))
    linesn = {norm(l) for l in lines}
    def need(ok, msg):
        if not ok: raise Refused(msg)
    need(f['organization'] in [l.strip() for l in lines], 'organisation not a printed line')
    need(not f['organization'].startswith(PREFIXES), 'organisation carries a legal-form / parent prefix')
    m = ERA.fullmatch(f['edition']['asOfText'])
    need(m and f['edition']['asOf'] == f'{int(m[1]) + 2018}-{int(m[2]):02d}', 'asOf differs from asOfText')
    need(f['edition']['asOfText'] in lines, 'asOfText not printed')
    rows = f['hiring']['rows']
    need([r['fiscalYear'] for r in rows] == list(range(rows[0]['fiscalYear'], rows[0]['fiscalYear'] + len(rows))), 'years not consecutive')
    need([r['planned'] for r in rows] == [False] * (len(rows) - 1) + [True], 'exactly one planned row, last')
    need(f['edition']['year'] == rows[-1]['fiscalYear'] == f['exams']['fiscalYear'], 'edition / planned / exam year differ')
    for r in rows:
        need(r['label'] == era(r['fiscalYear']), f'wrong era label {r["label"]}')
        need(r['total']['count'] == r['admin']['count'] + r['tech']['count'], f'hiring total {r["label"]}')
        ws = [r[k]['women'] for k in ('total', 'admin', 'tech')]
        if None in ws:
            need(ws == [None] * 3, 'women partly missing')
        else:
            need(ws[0] == ws[1] + ws[2], f'women total {r["label"]}')
        for k in ('total', 'admin', 'tech'):
            need(r[k]['text'] == str(r[k]['count']), 'count text differs')
            if r[k]['women'] is not None:
                need(0 <= r[k]['women'] <= r[k]['count'], 'women above heads')
                need(r[k].get('womenText') == str(r[k]['women']), 'women text differs')
        ex = [int(r[k].get('experiencedText') or 0) for k in ('total', 'admin', 'tech')]
        need(ex[0] == ex[1] + ex[2] and all(0 <= x <= r[k]['count'] for x, k in zip(ex, ('total', 'admin', 'tech'))), 'experienced hires do not add up')
        # the printed row
        cells = []
        for k in ('admin', 'tech', 'total'):
            s = cell(r[k]['count'], r[k]['women'], r[k].get('experiencedText'))
            cells.append(s)
        need('\t'.join([r['labelText']] + cells) in lines, f'hiring row not printed as one line: {r["labelText"]}')
    need(any(r['planned'] and r['admin']['women'] is None for r in rows) or any('内定' in r['labelText'] for r in rows),
         'women on a planned row that is not an offers (内定) row')
    a = f['assignments']
    actual = [r for r in rows if not r['planned']]
    need(a['cohortFiscalYear'] == actual[-1]['fiscalYear'], 'cohort not the last actual year')
    need(a['intro'].startswith(era(a['cohortFiscalYear'])), 'cohort not named in the intro')
    co = actual[-1]
    need(sum(r['admin'] or 0 for r in a['rows']) == co['admin']['count'], 'assignment admin sum')
    need(sum(r['tech'] or 0 for r in a['rows']) == co['tech']['count'], 'assignment tech sum')
    units = [r['unit'] for r in a['rows']]
    need(len(set(units)) == len(units), 'duplicate unit')
    for r in a['rows']:
        need((r['admin'] or 0) + (r['tech'] or 0) > 0, 'zero row')
        need(any(l.split('\t')[0] == r['unit'] for l in lines), f'unit not printed {r["unit"]}')
    planned = rows[-1]
    keys = set()
    tracks = f['hiring']['tracks']
    for e in f['exams']['entries']:
        need(e['track'] in tracks.values(), 'exam track not a hiring track')
        need(track(e['track']) != 'other', 'exam track maps to other')
        need('院' not in e['exam'] and all('院' not in b['category'] for b in e['breakdown']), '院 in an exam')
        need(sum(b['count'] for b in e['breakdown']) == e['total'], 'exam total')
        k = 'admin' if e['track'] == tracks['admin'] else 'tech'
        need(e['total'] == planned[k]['count'], 'exam total != planned hires')
        need(norm(e['exam']) in drawn, 'exam name not printed')
        for b in e['breakdown']:
            key = (track(e['track']), level(e['exam']), norm(b['category']))
            need(key not in keys, 'colliding category'); keys.add(key)
            need(any(l.split('\t')[-2:] == [b['category'], f"{b['count']}名"] for l in lines), f'category not printed {b}')
    for s in f['supportSystems']:
        need(s['duration'] == s['durationText'], 'duration differs')
        need(norm(f"○{s['name']}（{s['durationText']}）") in linesn, f'support not printed {s["name"]}')
    for i in f['initiatives']:
        need(norm(i['title']) in drawn and norm(i['text']) in linesn, f'initiative not printed {i["title"]}')
    for c in f['contacts']:
        need(norm(c['office']) in linesn, 'office not printed')
        for t in c['telText'] + c['emailText'] + [c['hoursText']]:
            need(norm(t) in linesn, f'contact line not printed {t}')
        teldigits = ''.join(ch for t in c['telText'] for ch in t if ch.isdigit())
        for t in c['tel']:
            need(t.replace('-', '') in teldigits, f'phone not printed {t}')
        for m in c['email']:
            local, dom = m.split('@')
            need(local in drawn and dom in drawn, f'e-mail not printed {m}')
    need(norm(f['access']['address']) in linesn, 'address not printed')
    for r, t in zip(f['access']['routes'], f['access']['routesText']):
        need(r.replace('『', '').replace('』', '') == t and norm(t) in linesn, f'route not printed {r}')
    for t in f['training']['paragraphs'] + f['lead']['text'] + f['hiring']['intro'] + f['hiring']['note']:
        need(norm(t) in linesn, f'text not printed {t}')
    res = checks(f, stand_in(f), drawn)
    need(all(ok for _, ok in res), f'stand-in misses {[n for n, ok in res if not ok]}')
    kinds = {n.split()[0] for n, _ in res}
    need(kinds >= {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'initiative', 'support'}, f'kinds {kinds}')
    need(not any(ok for _, ok in checks(f, {}, drawn)), 'an empty document scores')
    return len(res)


def pdftotext_check(path, d):
    for p in range(len(d.pages)):
        out = subprocess.run(['pdftotext', '-f', str(p + 1), '-l', str(p + 1), path, '-'], capture_output=True, text=True).stdout
        got = Counter(ch for ch in out if not ch.isspace())
        want = Counter(ch for it in d.pages[p] for ch in it['text'] if not ch.isspace())
        if got != want:
            raise Refused(f'pdftotext p{p + 1} differs: {(got - want) + (want - got)}')


def build(name, b, outdir, write=True):
    d = layout(b)
    if b.get('post'):          # self-test: a fault made after drawing (facts or page)
        b['post'](b['facts'], d)
    check_layout(d)
    exp = d.expected
    n = validate(b['facts'], [l for p in exp for l in p])
    if not write:
        return n
    os.makedirs(outdir, exist_ok=True)
    pdf = os.path.join(outdir, name + '.pdf')
    render(d, pdf, seed=sum(map(ord, name)))
    pdftotext_check(pdf, d)
    with open(os.path.join(outdir, name + '.expected.txt'), 'w') as fh:
        fh.write('\n\f\n'.join('\n'.join(p) for p in exp) + '\n')
    with open(os.path.join(outdir, name + '.facts.json'), 'w') as fh:
        json.dump(b['facts'], fh, ensure_ascii=False, indent=2); fh.write('\n')
    return n


# ------------------------------------------------------------------ self-test
def faults(b):
    def F(fn, post=False):
        c = copy.deepcopy(b)
        if post: c['post'] = fn
        else: fn(c['facts'], c)
        return c
    h = lambda f: f['hiring']['rows']
    yield 'hiring total +1', F(lambda f, c: h(f)[0]['total'].__setitem__('count', h(f)[0]['total']['count'] + 1))
    yield 'women total +1', F(lambda f, c: h(f)[1]['total'].__setitem__('women', h(f)[1]['total']['women'] + 1))
    yield 'women above heads', F(lambda f, c: h(f)[1]['tech'].update(women=9, womenText='9'))
    yield 'planned first', F(lambda f, c: h(f).insert(0, h(f).pop()))
    yield 'wrong era label', F(lambda f, c: h(f)[2].__setitem__('label', '令和1年度'))
    yield 'assignment +1', F(lambda f, c: f['assignments']['rows'][0].__setitem__('admin', (f['assignments']['rows'][0]['admin'] or 0) + 1))
    yield 'wrong cohort', F(lambda f, c: f['assignments'].__setitem__('cohortFiscalYear', 2024))
    yield 'duplicate unit', F(lambda f, c: f['assignments']['rows'].append(dict(f['assignments']['rows'][0], admin=0, tech=0)))
    yield 'exam +1 with total', F(lambda f, c: (f['exams']['entries'][0]['breakdown'][0].__setitem__('count', f['exams']['entries'][0]['breakdown'][0]['count'] + 1),
                                               f['exams']['entries'][0].__setitem__('total', f['exams']['entries'][0]['total'] + 1)))
    yield 'exam with 院', F(lambda f, c: f['exams']['entries'][0].__setitem__('exam', f['exams']['entries'][0]['exam'] + '院'))
    yield 'colliding category', F(lambda f, c: f['exams']['entries'][1]['breakdown'].append(dict(f['exams']['entries'][1]['breakdown'][0], count=0)))
    yield 'e-mail not printed', F(lambda f, c: f['contacts'][0]['email'].__setitem__(0, 'nobody@example.go.jp'), post=True)
    yield 'office not printed', F(lambda f, c: f['contacts'][0].__setitem__('office', '人事課 どこか係'), post=True)
    yield 'route not printed', F(lambda f, c: f['access']['routes'].__setitem__(0, 'JR『どこか』駅から徒歩1分'), post=True)
    yield 'initiative not printed', F(lambda f, c: f['initiatives'][0].__setitem__('title', '存在しない取組'), post=True)
    yield 'support duration differs', F(lambda f, c: f['supportSystems'][0].__setitem__('duration', '1年'))
    yield 'legal-form prefix', F(lambda f, c: f.__setitem__('organization', '国立大学法人' + f['organization']))
    yield 'wrong phone', F(lambda f, c: f['contacts'][0]['tel'].__setitem__(0, '03-0000-0000'), post=True)
    yield 'wrong asOf', F(lambda f, c: f['edition'].__setitem__('asOf', '2026-05'))
    yield 'wrong edition year', F(lambda f, c: f['edition'].__setitem__('year', 2027))
    yield 'exam track other', F(lambda f, c: f['exams']['entries'][0].__setitem__('track', '一般'))
    yield 'emoji the font lacks', F(lambda f, c: f['lead']['text'].__setitem__(0, f['lead']['text'][0] + '😀'))
    yield 'line starting with 。', F(lambda f, c: f['training']['paragraphs'].__setitem__(0, '。' + f['training']['paragraphs'][0]))
    yield 'overflowing cell', F(lambda f, c: f['assignments']['rows'][0].__setitem__('unit', '総務部' * 12))
    yield 'overflowing page', F(lambda f, c: f['training']['paragraphs'].extend(['研修の説明です。'] * 40))
    yield 'overlapping copy of an item', F(lambda f, d: d.pages[0].append(dict(d.pages[0][5], x=d.pages[0][5]['x'] + 3)) or d.expected[0].append(d.pages[0][5]['text']), post=True)
    yield 'item in the edge margin', F(lambda f, d: d.pages[1][0].__setitem__('x', 5), post=True)
    yield 'extra expected character', F(lambda f, d: d.expected[1].append('余'), post=True)
    yield 'body line made furniture', F(lambda f, d: d.pages[0][4].__setitem__('furniture', True), post=True)
    yield 'experienced +1', F(lambda f, c: c['experienced'].__setitem__(2021, ('2', None, '1')) if c.get('experienced') else h(f)[0]['admin'].__setitem__('experiencedText', '1'))
    yield 'women on a planned row', F(lambda f, c: (h(f)[-1].__setitem__('labelText', h(f)[-1]['label'] + '（予定）'),
                                                   [h(f)[-1][k].update(women=0, womenText='0') for k in ('total', 'admin', 'tech')]))


def main():
    args = sys.argv[1:]
    bs = brochures()
    if '--selftest' in args:
        verbose = '-v' in args
        ok = total = 0
        for name, b in bs.items():
            for label, fb in faults(b):
                total += 1
                try:
                    build(name, fb, None, write=False)
                    print(f'NOT REFUSED {name}: {label}')
                except Refused as e:
                    ok += 1
                    if verbose: print(f'refused {name}: {label}: {e}')
        print(f'{ok}/{total} refused')
        sys.exit(0 if ok == total else 1)
    names = [a for a in args if not a.startswith('-')] or list(bs)
    for name in names:
        n = build(name, bs[name], OUT)
        print(f'{name}: {n} fact checks')


if __name__ == '__main__':
    main()
