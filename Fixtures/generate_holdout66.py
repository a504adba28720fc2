#!/usr/bin/env python3
"""Blind holdout set 66: three NATIONAL bodies (北陸地方整備局, 仙台管区気象台, 信州大学).

Self-contained: a small page model in PDF coordinates (baseline y), a ruled-table helper, reportlab's canvas
(invariant=1, no page compression), a byte-level post-processor (ToUnicode edits, /Differences encodings, optional
content, a split content stream; xref rebuilt), the checks and a fault-injection self-test.

  python3 Fixtures/generate_holdout66.py                 # all three
  python3 Fixtures/generate_holdout66.py sendai-kishodai-2026
  python3 Fixtures/generate_holdout66.py --selftest -v   # every injected fault must be refused
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

GOTHIC = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'
MINCHO = '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'
pdfmetrics.registerFont(TTFont('G', GOTHIC))
pdfmetrics.registerFont(TTFont('M', MINCHO))
FACES = {'G': pdfmetrics.getFont('G').face, 'M': pdfmetrics.getFont('M').face}
W, H = A4
EDGE = 20
BOTTOM = 50
OUT = os.path.join(HERE, 'holdout66')
LEGAL = ('国立大学法人', '独立行政法人', '国立研究開発法人', '地方独立行政法人', '大学共同利用機関法人')


class Refused(Exception):
    pass


def refuse(msg):
    raise Refused(msg)


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self):
        self.items = []      # dict(x, y, text, font, size, color, role, ...)
        self.rules = []      # (x1, y1, x2, y2, width, colour)
        self.expected = []   # expected lines of this page
        self.links = []      # (uri, rect)


class Doc:
    def __init__(self, name):
        self.name = name
        self.pages = []
        self.page = None
        self.y = 0

    def new_page(self):
        self.page = Page()
        self.pages.append(self.page)
        self.y = H - 60

    def text(self, x, text, font='G', size=9.5, color=(0, 0, 0), expect=True, role='body', y=None, **kw):
        it = dict(x=x, y=self.y if y is None else y, text=text, font=font, size=size, color=color, role=role)
        it.update(kw)
        self.page.items.append(it)
        return it

    def line(self, text, x=56, font='G', size=9.5, gap=None, **kw):
        self.text(x, text, font=font, size=size, **kw)
        if kw.get('role', 'body') == 'body' and not kw.get('hidden'):
            self.page.expected.append(text)
        self.y -= gap if gap is not None else size * 1.6

    def heading(self, text):
        self.y -= 6
        self.page.rules.append((56, self.y - 4, W - 56, self.y - 4, 1.2, (0.1, 0.3, 0.5)))
        self.line(text, size=12.5, color=(0.1, 0.3, 0.5), gap=22)

    def table(self, widths, rows, font='G', size=9, right=(), row_h=16, hidden=None, cell_fonts=None):
        """rows: list of cell lists; right: column indexes right-aligned; hidden: {(r, c): text} drawn on an
        OFF optional-content layer at the same place; cell_fonts: {(r, c): font}."""
        x0 = 56
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        top = self.y + size * 1.0
        for r, row in enumerate(rows):
            base = top - (r + 1) * row_h + (row_h - size) / 2 + size * 0.15
            for c, cell in enumerate(row):
                f = (cell_fonts or {}).get((r, c), font)
                if cell:
                    wdt = pdfmetrics.stringWidth(cell, f, size)
                    if wdt > widths[c] - 6:
                        refuse(f'cell too wide: {cell}')
                    x = xs[c + 1] - 4 - wdt if c in right else xs[c] + 4
                    self.text(x, cell, font=f, size=size, y=base, role='cell')
                if hidden and (r, c) in hidden:
                    old = hidden[(r, c)]
                    wdt = pdfmetrics.stringWidth(old, f, size)
                    x = xs[c + 1] - 4 - wdt if c in right else xs[c] + 4
                    self.text(x, old, font=f, size=size, y=base, role='hidden', hidden=True)
            self.page.expected.append('\t'.join(row))
        for r in range(len(rows) + 1):
            yy = top - r * row_h
            self.page.rules.append((xs[0], yy, xs[-1], yy, 0.6, (0.3, 0.3, 0.3)))
        for x in xs:
            self.page.rules.append((x, top, x, top - len(rows) * row_h, 0.6, (0.3, 0.3, 0.3)))
        self.y = top - len(rows) * row_h - 16


# ---------------------------------------------------------------- content
ERA = {2021: '令和3年度', 2022: '令和4年度', 2023: '令和5年度', 2024: '令和6年度', 2025: '令和7年度', 2026: '令和8年度',
       2020: '令和2年度'}


def hiring_rows(data):
    rows = []
    for fy, a, aw, t, tw in data:
        planned = fy == 2026
        def cnt(n, w):
            d = {'count': n, 'text': str(n), 'women': w}
            if w is not None:
                d['womenText'] = str(w)
            return d
        rows.append({'fiscalYear': fy, 'label': ERA[fy], 'labelText': ERA[fy] + ('（予定）' if planned else ''),
                     'planned': planned,
                     'total': cnt(a + t, None if planned else aw + tw),
                     'admin': cnt(a, None if planned else aw), 'tech': cnt(t, None if planned else tw)})
    return rows


def base_facts(org, document, lead, tracks, hiring, cohort_units, exam_name, adm_cats, tech_cats, training, inits,
               init_intro, support_title, supports, contact, address, routes, routes_text, layouts, decoys):
    rows = hiring_rows(hiring)
    return {
        'organization': org,
        'document': document,
        'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月現在'},
        'lead': {'title': '', 'text': [lead]},
        'hiring': {'intro': ['採用者数の推移（単位：人）'], 'note': [layouts['note']],
                   'tracks': {'admin': tracks[0], 'tech': tracks[1]}, 'textSynthesised': False,
                   'layout': layouts['hiring'], 'rows': rows},
        'assignments': {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': tracks[0], 'tech': tracks[1]}, 'layout': layouts['assign'],
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in cohort_units]},
        'exams': {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 試験区分 | 採用予定数; track and exam cells top-aligned in the first row of their span',
                  'entries': [
                      {'track': tracks[0], 'exam': exam_name, 'text': '',
                       'breakdown': [{'category': c, 'count': n} for c, n in adm_cats], 'total': sum(n for _, n in adm_cats)},
                      {'track': tracks[1], 'exam': exam_name, 'text': '',
                       'breakdown': [{'category': c, 'count': n} for c, n in tech_cats], 'total': sum(n for _, n in tech_cats)}]},
        'training': {'title': '研修', 'paragraphs': training},
        'initiatives': [{'title': t, 'text': x} for t, x in inits],
        'initiativesIntro': init_intro,
        'supportTitle': support_title,
        'supportSystems': [{'name': n, 'duration': d, 'durationText': d, 'text': x} for n, d, x in supports],
        'contacts': [contact],
        'access': {'address': address, 'routes': routes, 'routesSynthesised': False, 'routesText': routes_text},
        'keyFigures': [],
        'decoys': decoys,
    }


def spec_hokuriku():
    contact = {'track': '採用担当', 'office': '北陸地方整備局 総務部 人事課 任用係', 'tel': ['025-370-6521'],
               'email': ['hrr-saiyo@mlit.go.jp'], 'location': '', 'telText': ['TEL 025-370-6521（直通）'],
               'emailText': ['E-mail hrr-saiyo@mlit.go.jp'], 'hoursText': '受付 平日8時30分から17時15分まで'}
    f = base_facts(
        '北陸地方整備局', '北陸地方整備局 職員採用案内 2026',
        '新潟・富山・石川の3県で、川と道と港の整備・管理を担う国土交通省の地方支分部局です。', ('事務系', '技術系'),
        [(2021, 12, 5, 38, 6), (2022, 11, 4, 41, 7), (2023, 13, 6, 39, 8), (2024, 12, 5, 44, 9), (2025, 14, 6, 42, 10),
         (2026, 13, None, 45, None)],
        [('総務部', 4, None), ('企画部', 2, 3), ('河川部', None, 8), ('道路部', None, 9), ('港湾空港部', 2, 4),
         ('新潟国道事務所', 3, 10), ('信濃川河川事務所', 3, 8)],
        '国家公務員採用一般職試験（大卒程度）', [('行政', 13)], [('土木', 30), ('建築', 3), ('電気・電子・情報', 5), ('機械', 7)],
        ['採用後1か月は北陸技術事務所で基礎研修を受けます。', '2年目以降も職種別の専門研修が毎年あります。'],
        [('除雪体制の見直し', '冬期の夜間待機を交代制にしました。'), ('遠隔臨場の導入', '現場立会いをカメラで行い移動を減らしました。')],
        '働き方改革の取組', '両立支援制度',
        [('育児休業', '子が3歳に達するまで', '男性職員の取得も進んでいます。'), ('介護休暇', '通算6か月まで', '3回まで分割して取得できます。')],
        contact, '〒950-8801 新潟県新潟市中央区美咲町1-1-1 新潟美咲合同庁舎1号館',
        ['JR越後線『関屋』駅から徒歩約20分', 'JR『新潟』駅からバス約25分'],
        ['JR越後線関屋駅から徒歩約20分', 'JR新潟駅からバス約25分'],
        {'note': '※（　）内は女性の数で内数です。', 'hiring': 'ruled 年度 | 事務系 | 技術系 | 計',
         'assign': 'ruled 配属先 | 事務系 | 技術系'},
        {'contacts': 'the e-mail and the web address are blue, underlined by a drawn rule 1.3 pt under the baseline, with URI Link annotations (mailto: / https:) over them',
         'access': "page 2's content is an ARRAY of two content streams, divided inside the text object of the first route line (between its Tf and its string)"})
    return f


def spec_sendai():
    contact = {'track': '採用担当', 'office': '仙台管区気象台 総務部 人事課', 'tel': ['022-297-8102'],
               'email': ['sendai-jinji@met.kishou.go.jp'], 'location': '', 'telText': ['TEL 022-297-8102（直通）'],
               'emailText': ['E-mail sendai-jinji@met.kishou.go.jp'], 'hoursText': '受付 平日8時30分から17時15分まで'}
    return base_facts(
        '仙台管区気象台', '仙台管区気象台 職員採用案内 2026',
        '東北6県の気象・地震・火山の監視と防災情報の発表を担う気象庁の管区機関です。', ('事務系', '技術系'),
        [(2021, 4, 2, 10, 3), (2022, 3, 1, 12, 4), (2023, 5, 2, 11, 3), (2024, 4, 2, 13, 5), (2025, 5, 3, 12, 4),
         (2026, 4, None, 13, None)],
        [('総務部', 2, None), ('業務課', 1, 2), ('気象防災部', None, 4), ('観測整備課', 1, 3), ('青森地方気象台', 1, 1),
         ('盛岡地方気象台', None, 2)],
        '国家公務員採用一般職試験（大卒程度）', [('行政', 4)], [('物理', 7), ('電気・電子・情報', 4), ('化学', 2)],
        ['技術系は気象大学校の研修で予報と観測の基礎を学びます。', '事務系は気象庁の新規採用職員研修に参加します。'],
        [('予報当番の見直し', '夜勤明けの休養時間を確保しました。'), ('フリーアドレス', '部署を越えて席を選べるようにしました。')],
        '働きやすい職場づくり', '両立支援制度',
        [('育児休業', '子が3歳に達するまで', '取得期間は職員が選べます。'), ('子の看護休暇', '年5日', '1時間単位で取得できます。')],
        contact, '〒983-0842 宮城県仙台市宮城野区五輪1-3-15 仙台第3合同庁舎',
        ['JR仙石線『宮城野原』駅から徒歩約8分', '地下鉄東西線『宮城野通』駅から徒歩約12分'],
        ['JR仙石線宮城野原駅から徒歩約8分', '地下鉄東西線宮城野通駅から徒歩約12分'],
        {'note': '※（　）内は女性の数で内数です。',
         'hiring': 'ruled 年度 | 事務系 | 技術系 | 計; under every year label and count an OFF optional-content layer (旧版) holds the previous edition\'s figures at the same place',
         'assign': 'ruled 配属先 | 事務系 | 技術系, set in a font with a /Differences encoding of uniXXXX glyph names and NO ToUnicode'},
        {'hiring': 'a hidden layer (OCG 旧版, OFF) repeats the table with last edition\'s figures (令和2年度 … 令和7年度（予定）) at the same places',
         'assignments': 'the table font has no ToUnicode; Unicode only through /Differences glyph names uniXXXX'})


def spec_shinshu():
    contact = {'track': '採用担当', 'office': '信州大学 総務部 人事課 任用グループ', 'tel': ['0263-37-2014'],
               'email': ['jinji-saiyo@shinshu-u.ac.jp'], 'location': '', 'telText': ['TEL 0263-37-2014（直通）'],
               'emailText': ['E-mail jinji-saiyo@shinshu-u.ac.jp'], 'hoursText': '受付 平日8時30分から17時まで'}
    return base_facts(
        '信州大学', '信州大学 事務系・技術系職員採用案内 2026',
        '5つのキャンパスで教育・研究・地域連携を支える職員を募集します。', ('事務職員', '技術職員'),
        [(2021, 14, 8, 3, 1), (2022, 12, 7, 4, 1), (2023, 15, 9, 2, 0), (2024, 13, 7, 5, 2), (2025, 16, 9, 4, 1),
         (2026, 15, None, 5, None)],
        [('総務部', 3, None), ('学務部', 4, None), ('研究推進部', 2, None), ('施設部', 2, 3), ('附属病院', 5, None),
         ('工学部', None, 1)],
        '国立大学法人等職員採用試験（関東甲信越地区）', [('事務', 15)], [('電気', 2), ('機械', 1), ('建築', 2)],
        ['採用後2週間の新採用職員研修で大学の仕組みを学びます。', '3年目にはほかの国立大学との合同研修があります。'],
        [('時差出勤', '始業時刻を4通りから選べます。'), ('在宅勤務', '週2日まで自宅で働けます。')],
        '働きやすい職場づくり', '両立支援制度',
        [('育児休業', '子が3歳に達するまで', '取得率は男女とも上がっています。'), ('育児部分休業', '子が小学校に就学するまで', '1日2時間まで勤務時間を短くできます。')],
        contact, '〒390-8621 長野県松本市旭3-1-1',
        ['JR大糸線『北松本』駅から徒歩約15分'],
        ['JR大糸線北松本駅から徒歩約15分'],
        {'note': '※括弧内は女性の数で内数です。',
         'hiring': 'ruled 年度 | 事務職員 | 技術職員 | 計; counts padded with FIGURE SPACE U+2007 (a space glyph mapped to U+2007)',
         'assign': 'ruled 配属先 | 事務職員 | 技術職員'},
        {'hiring': 'single-digit counts and women are padded with U+2007 FIGURE SPACE for alignment: `\u20078（\u20073）`',
         'contacts': 'the TEL and E-mail lines are set in a font with NO ToUnicode; their text is only in /ActualText of a /Span marked-content sequence'})


FS = '\u2007'  # figure space (drawn with U+3000's glyph slot, remapped)


def pad(n, w=None, fs=False):
    s = str(n) if not fs or n >= 10 else FS + str(n)
    if w is None:
        return s
    ws = str(w) if not fs or w >= 10 else FS + str(w)
    return f'{s}（{ws}）'


def build(name, facts):
    d = Doc(name)
    f = facts
    hk = name.startswith('hokuriku')
    sd = name.startswith('sendai')
    ss = name.startswith('shinshu')
    parent = {'hok': '国土交通省', 'sen': '気象庁', 'shi': '国立大学法人'}[name[:3]]
    d.new_page()
    d.line(parent, size=10, gap=26)
    d.line(f['organization'], size=24, gap=26)
    d.line(f['document'][len(f['organization']) + 1:], size=14, gap=22)
    d.line(f['edition']['asOfText'], size=9, gap=18)
    d.line(f['lead']['text'][0], gap=20)
    d.heading('採用実績')
    d.line(f['hiring']['intro'][0])
    tr = f['hiring']['tracks']
    rows = [['年度', tr['admin'], tr['tech'], '計']]
    for r in f['hiring']['rows']:
        cells = [r['labelText']]
        for k in ('admin', 'tech', 'total'):
            v = r[k]
            cells.append(pad(v['count'], v['women'], fs=ss))
        rows.append(cells)
    hidden = None
    if sd:  # previous edition on an OFF layer: 令和2..令和7（予定） with different figures
        old = [(2020, 3, 1, 11, 2), (2021, 4, 2, 10, 3), (2022, 3, 1, 12, 4), (2023, 5, 2, 11, 3), (2024, 4, 2, 13, 5),
               (2025, 6, None, 11, None)]
        hidden = {}
        for i, (fy, a, aw, t, tw) in enumerate(old, start=1):
            pl = fy == 2025
            hidden[(i, 0)] = ERA[fy] + ('（予定）' if pl else '')
            hidden[(i, 1)] = pad(a, aw)
            hidden[(i, 2)] = pad(t, tw)
            hidden[(i, 3)] = pad(a + t, None if pl else aw + tw)
    d.table([110, 80, 80, 80], rows, right=(1, 2, 3), hidden=hidden)
    d.line(f['hiring']['note'][0], size=8.5)
    d.heading('配属実績')
    d.line(f['assignments']['intro'])
    at = f['assignments']['tracks']
    arows = [['配属先', at['admin'], at['tech']]]
    for r in f['assignments']['rows']:
        arows.append([r['unit'], str(r['admin']) if r['admin'] else '－', str(r['tech']) if r['tech'] else '－'])
    d.table([150, 80, 80], arows, right=(1, 2), font='M' if sd else 'G')
    d.heading(f['training']['title'])
    for p in f['training']['paragraphs']:
        d.line(p)
    d.text(W / 2 - 12, '- 1 -', size=8, y=30, role='folio')

    d.new_page()
    d.heading('試験区分')
    d.line(f['exams']['title'])
    erows = [['区分', '試験', '試験区分', '採用予定数']]
    for e in f['exams']['entries']:
        for i, b in enumerate(e['breakdown']):
            erows.append([e['track'] if i == 0 else '', e['exam'] if i == 0 else '', b['category'], f"{b['count']}名"])
    d.table([60, 240, 110, 70], erows, right=(3,))
    d.heading(f['initiativesIntro'])
    for i in f['initiatives']:
        d.line('○' + i['title'])
        d.line(i['text'], x=68)
    d.heading(f['supportTitle'])
    for s in f['supportSystems']:
        d.line(f"○{s['name']}（{s['durationText']}）")
        d.line(s['text'], x=68)
    c = f['contacts'][0]
    d.heading(c['track'])
    d.line(c['office'])
    cf = 'M' if ss else 'G'
    d.line(c['telText'][0], font=cf, actual=ss)
    blue = (0.05, 0.2, 0.75) if hk else (0, 0, 0)
    ey = d.y
    d.line(c['emailText'][0], font=cf, actual=ss, color=blue)
    if hk:
        x0 = 56 + pdfmetrics.stringWidth('E-mail ', 'G', 9.5)
        x1 = 56 + pdfmetrics.stringWidth(c['emailText'][0], 'G', 9.5)
        d.page.rules.append((x0, ey - 1.3, x1, ey - 1.3, 0.6, blue))
        d.page.links.append(('mailto:' + c['email'][0], (x0, ey - 3, x1, ey + 9.5)))
    d.line(c['hoursText'], size=8.5)
    if hk:
        url = 'https://www.hrr.mlit.go.jp/'
        uy = d.y
        d.line('採用サイト ' + url, color=blue)
        x0 = 56 + pdfmetrics.stringWidth('採用サイト ', 'G', 9.5)
        x1 = 56 + pdfmetrics.stringWidth('採用サイト ' + url, 'G', 9.5)
        d.page.rules.append((x0, uy - 1.3, x1, uy - 1.3, 0.6, blue))
        d.page.links.append((url, (x0, uy - 3, x1, uy + 9.5)))
    d.heading('アクセス')
    d.line(f['access']['address'])
    for i, r in enumerate(f['access']['routesText']):
        d.line(r, split=(hk and i == 0))
    d.text(W / 2 - 12, '- 2 -', size=8, y=30, role='folio')
    return d


# ---------------------------------------------------------------- drawing
def utf16hex(s):
    return 'FEFF' + s.encode('utf-16-be').hex().upper()


def draw(d, seed):
    path = tempfile.mktemp(suffix='.pdf')
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(d.name)
    c.setAuthor('BrochureKit holdout66')
    hk, sd, ss = d.name.startswith('hokuriku'), d.name.startswith('sendai'), d.name.startswith('shinshu')
    for pno, p in enumerate(d.pages):
        for (x1, y1, x2, y2, wdt, col) in p.rules:
            c.setStrokeColorRGB(*col)
            c.setLineWidth(wdt)
            c.line(x1, y1, x2, y2)
        items = list(p.items)
        random.Random(seed * 100 + pno).shuffle(items)
        for it in items:
            text = it['text'].replace(FS, '\u3000') if ss else it['text']
            c.setFillColorRGB(*it['color'])
            c.setFont(it['font'], it['size'])
            if it.get('hidden'):
                c._code.append('/OC /OCold BDC')
            if it.get('actual'):
                c._code.append(f"/Span <</ActualText <{utf16hex(it['text'])}>>> BDC")
            if it.get('split'):
                c._code.append('%SPLIT')
            c.drawString(it['x'], it['y'], text)
            if it.get('hidden') or it.get('actual'):
                c._code.append('EMC')
        for uri, rect in p.links:
            c.linkURL(uri, rect, relative=0, thickness=0)
        c.showPage()
    c.save()
    data = open(path, 'rb').read()
    os.unlink(path)
    return postprocess(d, data)


def rebuild_xref(data):
    head_end = data.rindex(b'\nxref\n') + 1
    body = data[:head_end]
    trailer = data[data.index(b'trailer', head_end):]
    trailer = trailer[:trailer.index(b'startxref')]
    offs = {int(m.group(1)): m.start(1) for m in re.finditer(rb'(?:^|\n)(\d+) 0 obj\b', body)}
    n = max(offs) + 1
    xref = [b'xref\n0 %d\n0000000000 65535 f \n' % n]
    for i in range(1, n):
        xref.append(b'%010d 00000 n \n' % offs[i])
    trailer = re.sub(rb'/Size \d+', b'/Size %d' % n, trailer)
    return body + b''.join(xref) + trailer + b'startxref\n%d\n%%%%EOF\n' % len(body)


def font_objs(data, face):
    """(font dict match, tounicode obj number) for every subset of the face (IPAexGothic / IPAexMincho)."""
    out = []
    for m in re.finditer(rb'\n(\d+) 0 obj\n<<\n/BaseFont /[A-Z]{6}\+' + face.encode() + rb' .*?>>\nendobj', data, re.S):
        tu = re.search(rb'/ToUnicode (\d+) 0 R', m.group(0))
        out.append((m, int(tu.group(1))))
    return out


def font_objs_any(data, face):
    return list((m, None) for m in re.finditer(rb'\n(\d+) 0 obj\n<<\n/BaseFont /[A-Z]{6}\+' + face.encode() + rb' .*?>>\nendobj', data, re.S))


def obj_span(data, num):
    m = re.search(rb'\n%d 0 obj\n' % num, data)
    e = data.index(b'endobj', m.end())
    return m.end(), e


def postprocess(d, data):
    hk, sd, ss = d.name.startswith('hokuriku'), d.name.startswith('sendai'), d.name.startswith('shinshu')
    if not hk:
        data = data.replace(b'%SPLIT\n', b'')
    if ss:
        # (a) U+3000 slots of the Gothic subsets -> U+2007 FIGURE SPACE
        for m, tu in font_objs(data, 'IPAexGothic'):
            s, e = obj_span(data, tu)
            seg = data[s:e].replace(b'> <3000>', b'> <2007>')
            data = data[:s] + seg + data[e:]
        # (b) Mincho (contact lines only) loses its ToUnicode: same length, offsets unchanged
        for m, tu in font_objs(data, 'IPAexMincho'):
            ref = b'/ToUnicode %d 0 R' % tu
            blk = m.group(0).replace(ref, b' ' * len(ref))
            data = data[:m.start()] + blk + data[m.end():]
    if sd:
        # Mincho (assignment table only): ToUnicode replaced by an /Encoding with uniXXXX glyph names
        nxt = max(int(x) for x in re.findall(rb'\n(\d+) 0 obj\n', data)) + 1
        new_objs = []
        for m, tu in font_objs(data, 'IPAexMincho'):
            s, e = obj_span(data, tu)
            cmap = data[s:e]
            names = []
            for code, uni in re.findall(rb'<([0-9A-F]{2})> <([0-9A-F]{4})>', cmap):
                if uni != b'0000':
                    names.append(b'%d /uni%s' % (int(code, 16), uni))
            enc = b'<< /Type /Encoding /Differences [ ' + b' '.join(names) + b' ] >>'
            new_objs.append(b'%d 0 obj\n' % nxt + enc + b'\nendobj\n')
            blk = m.group(0).replace(b'/ToUnicode %d 0 R' % tu, b'/Encoding %d 0 R' % nxt)
            data = data[:m.start()] + blk + data[m.end():]
            nxt += 1
        # optional content: one OFF group 旧版
        ocg = nxt
        new_objs.append(b'%d 0 obj\n<< /Type /OCG /Name <%s> >>\nendobj\n' % (ocg, utf16hex('旧版').encode()))
        data = re.sub(rb'(/Type /Catalog)', b'/OCProperties << /OCGs [ %d 0 R ] /D << /Order [ %d 0 R ] /OFF [ %d 0 R ] /ON [ ] >> >> \\1' % (ocg, ocg, ocg), data, count=1)
        data = data.replace(b'/Font 1 0 R /ProcSet', b'/Font 1 0 R /Properties << /OCold %d 0 R >> /ProcSet' % ocg)
        xi = data.rindex(b'\nxref\n') + 1
        data = data[:xi] + b''.join(new_objs) + data[xi:]
        data = rebuild_xref(data)
    if hk:
        data = split_page2(data)
    return data


def split_page2(data):
    pages = re.findall(rb'/Contents (\d+) 0 R', data)
    num = int(pages[1])
    s, e = obj_span(data, num)
    obj = data[s:e]
    st = obj.index(b'stream\n') + 7
    en = obj.rindex(b'endstream')
    content = obj[st:en]
    mk = content.index(b'%SPLIT\n')
    content = content[:mk] + content[mk + 7:]
    i = content.index(b'BT ', mk)
    k = content.index(b' Tf ', i) + 4
    a, b_ = content[:k], content[k:]
    nxt = max(int(x) for x in re.findall(rb'\n(\d+) 0 obj\n', data)) + 1
    obj_a = b'<< /Length %d >>\nstream\n' % len(a) + a + b'\nendstream\n'
    data = data[:s] + obj_a + data[e:]
    newo = b'%d 0 obj\n<< /Length %d >>\nstream\n' % (nxt, len(b_)) + b_ + b'\nendstream\nendobj\n'
    data = data.replace(b'/Contents %d 0 R' % num, b'/Contents [ %d 0 R %d 0 R ]' % (num, nxt), 1)
    xi = data.rindex(b'\nxref\n') + 1
    data = data[:xi] + newo + data[xi:]
    return rebuild_xref(data)


# ---------------------------------------------------------------- checks
def ink(it):
    w = pdfmetrics.stringWidth(it['text'].replace(FS, '\u3000'), it['font'], it['size'])
    return (it['x'], it['y'] - 0.13 * it['size'], it['x'] + w, it['y'] + 0.88 * it['size'])


def check_layout(d):
    for pno, p in enumerate(d.pages):
        vis = [it for it in p.items if not it.get('hidden')]
        for it in p.items:
            face = FACES[it['font']]
            for ch in it['text'].replace(FS, '\u3000'):
                if ord(ch) not in face.charToGlyph:
                    refuse(f'glyph missing: {ch!r} in {it["text"]}')
            x0, y0, x1, y1 = ink(it)
            if x0 < EDGE or y0 < EDGE or x1 > W - EDGE or y1 > H - EDGE:
                refuse(f'edge margin: {it["text"]}')
            if it['role'] != 'folio' and y0 < BOTTOM:
                refuse(f'bottom overflow: {it["text"]}')
        for i, a in enumerate(vis):
            for b in vis[i + 1:]:
                A, B = ink(a), ink(b)
                if A[0] < B[2] and B[0] < A[2] and A[1] < B[3] and B[1] < A[3]:
                    refuse(f'overlap: {a["text"]} / {b["text"]}')
        drawn = Counter(''.join(it['text'] for it in vis if it['role'] != 'folio'))
        exp = Counter(''.join(p.expected))
        drop = lambda C: Counter({k: v for k, v in C.items() if not k.isspace()})
        if drop(drawn) != drop(exp):
            refuse(f'page {pno + 1}: drawn and expected text differ: {drop(drawn) - drop(exp)} / {drop(exp) - drop(drawn)}')
        for line in p.expected:
            if line[:1] in '。、）」』・ー':
                refuse(f'kinsoku: {line}')
            if re.fullmatch(r'- \d+ -', line):
                refuse(f'furniture in expected text: {line}')
        if ('\u3000' in ''.join(it['text'] for it in p.items)) and d.name.startswith('shinshu'):
            refuse('U+3000 used in shinshu (its slot carries U+2007)')


def pdftotext_pages(path, n):
    out = []
    for i in range(1, n + 1):
        out.append(subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), path, '-'], capture_output=True,
                                  text=True, check=True).stdout)
    return out


def check_pdf(d, data):
    with tempfile.NamedTemporaryFile(suffix='.pdf', delete=False) as t:
        t.write(data)
    try:
        texts = pdftotext_pages(t.name, len(d.pages))
        for pno, (p, txt) in enumerate(zip(d.pages, texts)):
            want = Counter(ch for it in p.items if not it.get('hidden') for ch in it['text'] if not ch.isspace())
            got = Counter(ch for ch in txt if not ch.isspace())
            if want != got:
                refuse(f'pdftotext page {pno + 1} differs: missing {want - got} extra {got - want}')
        if d.name.startswith('shinshu'):
            if b'> <2007>' not in data or b'> <3000>' in data:  # poppler prints U+2007 as a plain space
                refuse('figure spaces not in the ToUnicode')
            if any(b'/ToUnicode' in m.group(0) for m, _ in font_objs_any(data, 'IPAexMincho')):
                refuse('contact font still has a ToUnicode (ActualText shape missing)')
            if data.count(b'/ActualText') != 2:
                refuse('ActualText spans missing')
        q = subprocess.run(['qpdf', '--check', t.name], capture_output=True, text=True)
        if q.returncode != 0:
            refuse('qpdf --check: ' + q.stdout[-300:] + q.stderr[-300:])
    finally:
        os.unlink(t.name)
    nbt = len(re.findall(rb'\nBT ', data)) + len(re.findall(rb'stream\nBT ', data))
    if nbt < sum(len(p.items) for p in d.pages):
        refuse('fewer text objects than items')


def standin(f):
    s = {}
    s['hiring'] = {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'],
                             'total': {'count': r['total']['count'], 'women': r['total']['women']},
                             'administrative': {'count': r['admin']['count'], 'women': r['admin']['women']},
                             'technical': {'count': r['tech']['count'], 'women': r['tech']['women']}}
                            for r in f['hiring']['rows']]}
    s['assignments'] = {'cohortFiscalYear': f['assignments']['cohortFiscalYear'],
                        'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0}
                                 for r in f['assignments']['rows']]}
    s['examBreakdown'] = {'entries': [{'track': track(e['track']), 'level': level(e['exam']), 'category': b['category'],
                                       'count': b['count']} for e in f['exams']['entries'] for b in e['breakdown']]}
    s['contacts'] = [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']}
                     for c in f['contacts']]
    s['access'] = {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]}
    s['initiatives'] = [{'title': i['title']} for i in f['initiatives']]
    s['supportSystems'] = [{'name': i['name']} for i in f['supportSystems']]
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': s}


def check_facts(d, f):
    exp = '\n'.join(l for p in d.pages for l in p.expected)
    lines = set(l for p in d.pages for l in p.expected)
    drawn = norm(exp)
    org = f['organization']
    if org not in lines:
        refuse('organisation not a printed line')
    if any(org.startswith(x) for x in LEGAL):
        refuse('legal-form prefix in organisation')
    m = re.fullmatch(r'令和(\d+)年(\d+)月現在', f['edition']['asOfText'])
    if not m or f['edition']['asOfText'] not in lines or f"{2018 + int(m.group(1))}-{int(m.group(2)):02d}" != f['edition']['asOf']:
        refuse('edition')
    rows = f['hiring']['rows']
    if [r['fiscalYear'] for r in rows] != list(range(rows[0]['fiscalYear'], rows[0]['fiscalYear'] + len(rows))):
        refuse('years not consecutive')
    if [r['planned'] for r in rows] != [False] * (len(rows) - 1) + [True]:
        refuse('planned row not exactly the last')
    plan = rows[-1]
    if plan['fiscalYear'] != f['edition']['year'] or f['exams']['fiscalYear'] != plan['fiscalYear']:
        refuse('planned year / edition year / exam year')
    for r in rows:
        if r['label'] != ERA[r['fiscalYear']] or r['labelText'] != r['label'] + ('（予定）' if r['planned'] else ''):
            refuse(f'label {r["labelText"]}')
        t, a, h = r['total'], r['admin'], r['tech']
        if t['count'] != a['count'] + h['count']:
            refuse(f'total {r["labelText"]}')
        if r['planned']:
            if any(x['women'] is not None for x in (t, a, h)):
                refuse('women on the planned row')
        else:
            if t['women'] != a['women'] + h['women']:
                refuse(f'women total {r["labelText"]}')
            for x in (t, a, h):
                if not 0 <= x['women'] <= x['count'] or x.get('womenText') != str(x['women']):
                    refuse(f'women {r["labelText"]}')
        for x in (t, a, h):
            if x['text'] != str(x['count']):
                refuse('count text')
        cells = [r['labelText']] + [norm(pad(x['count'], x['women'])) for x in (a, h, t)]
        if not any([norm(c) for c in l.split('\t')] == [norm(c) for c in cells] for l in lines):
            refuse(f'hiring row not printed: {r["labelText"]}')
    asg = f['assignments']
    coh = [r for r in rows if r['fiscalYear'] == asg['cohortFiscalYear']]
    if not coh or coh[0]['planned'] or asg['cohortFiscalYear'] != rows[-2]['fiscalYear']:
        refuse('cohort')
    if ERA[asg['cohortFiscalYear']] not in asg['intro'] or asg['intro'] not in lines:
        refuse('cohort intro')
    units = [r['unit'] for r in asg['rows']]
    if len(set(units)) != len(units):
        refuse('duplicate unit')
    if sum(r['admin'] or 0 for r in asg['rows']) != coh[0]['admin']['count'] or \
            sum(r['tech'] or 0 for r in asg['rows']) != coh[0]['tech']['count']:
        refuse('assignment sums')
    for r in asg['rows']:
        if not (r['admin'] or r['tech']):
            refuse('zero assignment row')
        if not any(l.split('\t')[0] == r['unit'] for l in lines):
            refuse(f'unit not printed {r["unit"]}')
    keys = set()
    for e, tk in zip(f['exams']['entries'], ('admin', 'tech')):
        if sum(b['count'] for b in e['breakdown']) != e['total'] or e['total'] != plan[tk]['count']:
            refuse(f'exam sums {e["track"]}')
        if track(e['track']) == 'other' or '院' in e['exam'] or any('院' in b['category'] for b in e['breakdown']):
            refuse('exam track / 院')
        if e['track'] != f['hiring']['tracks'][tk]:
            refuse('exam track not a hiring track')
        if norm(e['exam']) not in drawn:
            refuse('exam name not printed')
        for b in e['breakdown']:
            k = (track(e['track']), level(e['exam']), norm(b['category']))
            if k in keys:
                refuse('colliding category')
            keys.add(k)
            if not any(l.split('\t')[2:] == [b['category'], f"{b['count']}名"] for l in lines):
                refuse(f'category not printed {b["category"]}')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText'] or f"○{s['name']}（{s['durationText']}）" not in lines or s['text'] not in lines:
            refuse(f'support {s["name"]}')
    for i in f['initiatives']:
        if '○' + i['title'] not in lines or i['text'] not in lines:
            refuse(f'initiative {i["title"]}')
    for t in f['lead']['text'] + f['hiring']['intro'] + f['hiring']['note'] + f['training']['paragraphs'] + \
            [f['exams']['title'], f['initiativesIntro'], f['supportTitle'], f['access']['address']]:
        if t not in lines:
            refuse(f'not printed: {t}')
    for c in f['contacts']:
        for x in [c['office'], c['hoursText'], c['track']] + c['telText'] + c['emailText']:
            if x not in lines:
                refuse(f'contact line not printed: {x}')
        for t, tt in zip(c['tel'], c['telText']):
            if re.sub(r'\D', '', t) != re.sub(r'\D', '', tt.split('（')[0]):
                refuse('phone digits')
        for m_, mt in zip(c['email'], c['emailText']):
            if m_ not in mt:
                refuse('e-mail not on its line')
    for r, rt in zip(f['access']['routes'], f['access']['routesText']):
        st = r.split('『')[1].split('』')[0]
        if r.replace('『', '').replace('』', '') != rt or rt not in lines or not r.split('』')[1].startswith('駅'):
            refuse(f'route {r}')
    if len(f['access']['routes']) != len(f['access']['routesText']):
        refuse('routes')
    res = checks(f, standin(f), drawn)
    if not all(ok for _, ok in res):
        refuse(f'stand-in misses {[n for n, ok in res if not ok]}')
    kinds = {n.split()[0] for n, _ in res}
    need = {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route',
            'initiative', 'support'}
    if not need <= kinds:
        refuse(f'check kinds missing {need - kinds}')
    if any(ok for _, ok in checks(f, {}, drawn)):
        refuse('empty document scores')
    return len(res)


def expected_text(d):
    return '\n\f\n'.join('\n'.join(p.expected) for p in d.pages) + '\n'


SPECS = {'hokuriku-seibi-2026': spec_hokuriku, 'sendai-kishodai-2026': spec_sendai, 'shinshu-u-2026': spec_shinshu}


def make(name, facts=None, mutate=None, write=True):
    f = facts or SPECS[name]()
    d = build(name, f)
    if mutate:
        mutate(d, f)
    check_layout(d)
    n = check_facts(d, f)
    pdf = draw(d, seed=66 + sorted(SPECS).index(name))
    if pdf != draw(d, seed=66 + sorted(SPECS).index(name)):
        refuse('two renders differ')
    check_pdf(d, pdf)
    if write:
        os.makedirs(OUT, exist_ok=True)
        open(os.path.join(OUT, name + '.pdf'), 'wb').write(pdf)
        open(os.path.join(OUT, name + '.expected.txt'), 'w').write(expected_text(d))
        with open(os.path.join(OUT, name + '.facts.json'), 'w') as fp:
            json.dump(f, fp, ensure_ascii=False, indent=2)
            fp.write('\n')
    return n


# ---------------------------------------------------------------- self-test
def faults():
    def fm(fn):  # facts mutation
        return lambda d, f: fn(f)
    def row(f, i=1):
        return f['hiring']['rows'][i]
    F = []
    F.append(('hiring total +1', fm(lambda f: row(f)['total'].update(count=row(f)['total']['count'] + 1, text=str(row(f)['total']['count'] + 1)))))
    F.append(('women total +1', fm(lambda f: row(f)['total'].update(women=row(f)['total']['women'] + 1, womenText=str(row(f)['total']['women'] + 1)))))
    F.append(('track women +1', fm(lambda f: row(f)['admin'].update(women=row(f)['admin']['women'] + 1))))
    F.append(('women above heads', fm(lambda f: row(f)['admin'].update(women=99, womenText='99'))))
    F.append(('women on planned row', fm(lambda f: row(f, -1)['admin'].update(women=1))))
    F.append(('planned row first', fm(lambda f: f['hiring']['rows'].insert(0, f['hiring']['rows'].pop()))))
    F.append(('wrong era label', fm(lambda f: row(f).update(label='令和9年度'))))
    F.append(('printed count differs', fm(lambda f: row(f)['tech'].update(text='99'))))
    F.append(('assignment +1', fm(lambda f: f['assignments']['rows'][1].update(admin=(f['assignments']['rows'][1]['admin'] or 0) + 1))))
    F.append(('wrong cohort', fm(lambda f: f['assignments'].update(cohortFiscalYear=2024))))
    F.append(('duplicated unit', fm(lambda f: f['assignments']['rows'].append(dict(f['assignments']['rows'][0], admin=0, tech=0)))))
    def exam_plus(f):
        e = f['exams']['entries'][1]; e['breakdown'][0]['count'] += 1; e['total'] += 1
    F.append(('exam count +1 with total', fm(exam_plus)))
    F.append(('last category +1', fm(lambda f: f['exams']['entries'][1]['breakdown'][-1].update(count=f['exams']['entries'][1]['breakdown'][-1]['count'] + 1))))
    F.append(('exam with 院', fm(lambda f: f['exams']['entries'][0].update(exam='国家公務員採用総合職試験（院卒者試験）'))))
    F.append(('colliding category', fm(lambda f: f['exams']['entries'][1]['breakdown'][1].update(category=f['exams']['entries'][1]['breakdown'][0]['category']))))
    F.append(('e-mail not printed', fm(lambda f: f['contacts'][0].update(email=['x@example.go.jp']))))
    F.append(('office not printed', fm(lambda f: f['contacts'][0].update(office='総務課'))))
    F.append(('route not printed', fm(lambda f: f['access']['routes'].__setitem__(0, 'JR『東京』駅から徒歩1分'))))
    F.append(('support not printed', fm(lambda f: f['supportSystems'][0].update(name='育児休暇'))))
    F.append(('initiative not printed', fm(lambda f: f['initiatives'][0].update(title='テレワーク'))))
    F.append(('organisation not printed', fm(lambda f: f.update(organization=f['organization'] + '本局'))))
    F.append(('legal-form prefix', fm(lambda f: f.update(organization='国立大学法人' + f['organization']))))
    F.append(('wrong phone', fm(lambda f: f['contacts'][0].update(tel=['03-0000-0000']))))
    F.append(('wrong asOf', fm(lambda f: f['edition'].update(asOf='2026-03'))))
    F.append(('wrong edition year', fm(lambda f: f['edition'].update(year=2025))))
    F.append(('duration differs', fm(lambda f: f['supportSystems'][1].update(duration='年10日'))))
    F.append(('exam track other', fm(lambda f: f['exams']['entries'][1].update(track='研究職'))))
    def overlap(d, f):
        it = dict(d.pages[0].items[3]); it['x'] += 2; d.pages[0].items.append(it)
    F.append(('overlapping copy', overlap))
    F.append(('edge margin', lambda d, f: d.pages[1].items[0].update(x=5)))
    F.append(('emoji', lambda d, f: d.pages[1].items[0].update(text=d.pages[1].items[0]['text'] + '\U0001F600')))
    def kinsoku(d, f):
        d.pages[0].expected[4] = '。' + d.pages[0].expected[4]; d.pages[0].items.append(dict(d.pages[0].items[-1], text='。', x=500, y=400))
    F.append(('line starting with 。', kinsoku))
    F.append(('extra expected char', lambda d, f: d.pages[1].expected.append('余')))
    def furn(d, f):
        d.pages[0].expected.remove(f['lead']['text'][0])
    F.append(('body line made furniture', furn))
    def overflow(d, f):
        d.pages[1].items.append(dict(d.pages[1].items[0], text='あ', x=300, y=40, role='body')); d.pages[1].expected.append('あ')
    F.append(('overflowing page', overflow))
    return F


def selftest(verbose):
    refused = total = 0
    for name in sorted(SPECS):
        for label, mut in faults():
            total += 1
            try:
                make(name, facts=SPECS[name](), mutate=mut, write=False)
                print(f'NOT REFUSED: {name}: {label}')
            except (Refused, KeyError, IndexError, TypeError) as e:
                refused += 1
                if verbose:
                    print(f'refused {name}: {label}: {type(e).__name__} {str(e)[:90]}')
        # an overflowing cell
        total += 1
        f = SPECS[name]()
        f['assignments']['rows'][0]['unit'] = 'とても長い名前の配属先の部署の名前です'
        try:
            make(name, facts=f, write=False)
            print(f'NOT REFUSED: {name}: overflowing cell')
        except Refused as e:
            refused += 1
            if verbose:
                print(f'refused {name}: overflowing cell: {e}')
        # the PDF without its post-processing must fail the pdftotext check (shapes live in the PDF)
        total += 1
        d = build(name, SPECS[name]())
        try:
            global postprocess
            saved = postprocess
            postprocess = lambda d_, data: data.replace(b'%SPLIT\n', b'')
            raw = draw(d, 1)
            postprocess = saved
            check_pdf(d, raw) if name.startswith('shinshu') else None
            if name.startswith('sendai'):  # without OCG the hidden figures show
                check_pdf(d, raw)
            if name.startswith('hokuriku'):
                if raw.count(b'/Contents [') == 0:
                    raise Refused('no split content stream')
            print(f'NOT REFUSED: {name}: PDF without post-processing')
        except Refused as e:
            postprocess = saved
            refused += 1
            if verbose:
                print(f'refused {name}: PDF without post-processing: {str(e)[:90]}')
    print(f'{refused}/{total} refused')
    return refused == total


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    names = [a for a in args if not a.startswith('-')] or sorted(SPECS)
    for n in names:
        k = make(n)
        print(f'{n}: ok ({k} fact checks)')


if __name__ == '__main__':
    main()
