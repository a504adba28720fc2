#!/usr/bin/env python3
"""Holdout set 61 (blind): three synthetic recruitment brochures of LOCAL public bodies.

  python3 Fixtures/generate_holdout61.py                 # all three (deterministic)
  python3 Fixtures/generate_holdout61.py takamatsu-suido # one
  python3 Fixtures/generate_holdout61.py --selftest -v   # fault injection: every fault must be refused

Self-contained: a page model in PDF coordinates (one item = one text object), a ruled-table
helper, reportlab's canvas with invariant=1 and no page compression, the checks (the facts
against what is printed, the page geometry, pdftotext), and a fault-injection self-test.
Needs reportlab, the IPAex fonts and pdftotext.
"""
import copy, hashlib, io, json, os, random, subprocess, sys, tempfile, unicodedata

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

OUT = os.path.join(HERE, 'holdout61')
GOTHIC = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'
MINCHO = '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'
pdfmetrics.registerFont(TTFont('IPAexG', GOTHIC))
pdfmetrics.registerFont(TTFont('IPAexM', MINCHO))
FACES = {'G': pdfmetrics.getFont('IPAexG').face, 'M': pdfmetrics.getFont('IPAexM').face}
FONT = {'G': 'IPAexG', 'M': 'IPAexM'}
W, H = 595.28, 841.89
EDGE = 20.0          # no ink in this margin
LEFT, RIGHT = 48.0, W - 48.0
NBSP = '\u00a0'


class Refused(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# content (the facts the pages are drawn from)

def era(fy):
    return f'令和{fy - 2018}年度'


def hrow(fy, a, t, planned=False, fmt=str):
    """a / t: (count, women) or (count, None) for the planned row."""
    def cell(c):
        d = {'count': c[0], 'text': fmt(c[0]), 'women': c[1]}
        if c[1] is not None:
            d['womenText'] = fmt(c[1])
        return d
    tot = (a[0] + t[0], None if planned else a[1] + t[1])
    return {'fiscalYear': fy, 'label': era(fy), 'planned': planned,
            'total': cell(tot), 'admin': cell(a), 'tech': cell(t)}


def base(org, doc, asof, asoftext, lead, tracks):
    return {'organization': org, 'document': doc,
            'edition': {'year': 2026, 'asOf': asof, 'asOfText': asoftext},
            'lead': {'title': '', 'text': lead}, 'tracks': tracks}


def content_aichi():
    c = base('愛知県土地開発公社', '愛知県土地開発公社 職員採用案内 2026', '2026-04', '令和8年4月現在',
             ['道路や河川の事業に必要な用地を先行して取得し、県の公共事業を支えています。'],
             {'admin': '事務職', 'tech': '技術職'})
    rows = [hrow(2021, (3, 1), (2, 0)), hrow(2022, (2, 1), (3, 1)), hrow(2023, (4, 2), (2, 0)),
            hrow(2024, (3, 2), (3, 1)), hrow(2025, (4, 1), (3, 1)), hrow(2026, (3, None), (3, None), True)]
    for r in rows:
        r['labelText'] = f"’{r['fiscalYear'] % 100}年度" + ('（予定）' if r['planned'] else '')
    c['hiring'] = {'intro': ['採用者数の推移（単位：人）'], 'note': ['※括弧内は女性の数で内数です。’26年度は予定数です。'],
                   'layout': "ruled 年度 | 事務職 | 技術職 | 計; year labels ’21年度 … (apostrophe, two digits)",
                   'rows': rows, 'cell': 'paren'}
    c['assignments'] = {'cohortFiscalYear': 2025, 'intro': '’25年度採用者の配属先（単位：人）',
                        'rows': [{'unit': '総務部', 'admin': 1, 'tech': None},
                                 {'unit': '用地部', 'admin': 3, 'tech': 1},
                                 {'unit': '工務部', 'admin': None, 'tech': 2}]}
    c['exams'] = {'title': '’26年度 採用予定', 'fiscalYear': 2026,
                  'entries': [{'track': '事務職', 'exam': '公社職員採用試験（大学卒業程度）', 'breakdown': [{'category': '事務', 'count': 3}]},
                              {'track': '技術職', 'exam': '公社職員採用試験（大学卒業程度）', 'breakdown': [{'category': '土木', 'count': 2}, {'category': '建築', 'count': 1}]}]}
    c['training'] = {'title': '研修', 'paragraphs': ['採用後2か月の新任研修で、用地取得の手続と補償の考え方を学びます。',
                                                   '技術職は測量と積算の実務研修を受けてから配属されます。']}
    c['initiativesTitle'] = '働きやすい職場'
    c['initiatives'] = [{'title': 'フレックスタイム', 'text': '始業と終業の時刻を職員が選べます。'},
                        {'title': '休暇の計画取得', 'text': '夏季休暇と年次休暇を組み合わせて連続で休めます。'}]
    c['supportTitle'] = '子育て・介護との両立'
    c['supportSystems'] = [{'name': '育児休業', 'duration': '子が3歳に達するまで', 'text': '男性職員の取得も進んでいます。'},
                           {'name': '介護休暇', 'duration': '通算6月まで', 'text': '分割して取得できます。'}]
    c['contact'] = {'heading': 'お問い合わせ', 'office': '愛知県土地開発公社 総務部 総務課',
                    'lines': ['TEL 052-961-4520', 'E-mail saiyo @ aichi-tochi.or.jp'],
                    'tel': ['052-961-4520'], 'telText': ['TEL 052-961-4520'],
                    'email': ['saiyo@aichi-tochi.or.jp'], 'emailText': ['E-mail saiyo @ aichi-tochi.or.jp']}
    c['access'] = {'address': '〒460-0001 愛知県名古屋市中区三の丸二丁目6-1',
                   'routesText': ['地下鉄名城線名古屋城駅から徒歩約5分', '地下鉄桜通線久屋大通駅から徒歩約12分'],
                   'routes': ['地下鉄名城線『名古屋城』駅から徒歩約5分', '地下鉄桜通線『久屋大通』駅から徒歩約12分']}
    c['decoys'] = {'years': "hiring year labels as an apostrophe and two western digits (’21年度 … ’26年度（予定）), also in the assignment intro and exam title",
                   'email': 'the e-mail printed with a space on each side of @ (saiyo @ aichi-tochi.or.jp)'}
    c['colour'] = (0.55, 0.27, 0.07)
    return c


def pad2(n):
    return f'{n:02d}'


def content_takamatsu():
    c = base('高松市上下水道局', '高松市上下水道局 職員採用案内 2026', '2026-03', '令和8年3月現在',
             ['安全でおいしい水をつくり、使った水をきれいにして海へ返す仕事です。'],
             {'admin': '事務職', 'tech': '技術職'})
    rows = [hrow(2021, (3, 1), (4, 1), fmt=pad2), hrow(2022, (2, 2), (5, 1), fmt=pad2),
            hrow(2023, (4, 2), (6, 2), fmt=pad2), hrow(2024, (3, 1), (5, 0), fmt=pad2),
            hrow(2025, (5, 3), (7, 2), fmt=pad2), hrow(2026, (4, None), (6, None), True, fmt=pad2)]
    for r in rows:
        r['labelText'] = r['label'] + ('（予定）' if r['planned'] else '')
    c['hiring'] = {'intro': ['採用者数の推移（単位：人）'], 'note': ['※括弧内は女性の数で内数です。'],
                   'layout': 'ruled 年度 | 事務職 | 技術職 | 計; every count zero-padded to two digits (03（01）)',
                   'rows': rows, 'cell': 'paren'}
    c['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'rows': [{'unit': '総務課', 'admin': 2, 'tech': None},
                                 {'unit': 'お客さまセンター', 'admin': 3, 'tech': None},
                                 {'unit': '浄水課', 'admin': None, 'tech': 3},
                                 {'unit': '下水道施設課', 'admin': None, 'tech': 4}],
                        'fmt': 'pad2'}
    c['exams'] = {'title': '令和8年度 採用予定', 'fiscalYear': 2026,
                  'entries': [{'track': '事務職', 'exam': '高松市職員採用試験（大学卒業程度）', 'breakdown': [{'category': '行政事務', 'count': 4}]},
                              {'track': '技術職', 'exam': '高松市職員採用試験（大学卒業程度）', 'breakdown': [{'category': '土木', 'count': 3}, {'category': '電気', 'count': 2}, {'category': '化学', 'count': 1}]}]}
    c['training'] = {'title': '研修', 'paragraphs': ['新規採用職員は浄水場と下水処理場の現場で1週間の実習を受けます。',
                                                   '技術職には水道技術管理者の資格取得を支援する講座があります。']}
    c['initiativesTitle'] = '職場の取組'
    c['initiatives'] = [{'title': '時差出勤', 'text': '始業時刻を7時30分から10時までの間で選べます。'},
                        {'title': 'ノー残業デー', 'text': '毎週水曜日は定時に退庁します。'}]
    c['supportTitle'] = '仕事と家庭の両立'
    c['supportSystems'] = [{'name': '育児休業', 'duration': '子が3歳に達するまで', 'text': '復帰後は部分休業も選べます。'},
                           {'name': '子の看護休暇', 'duration': '年5日まで', 'text': '時間単位で取得できます。'}]
    c['contact'] = {'heading': 'お問い合わせ', 'office': '高松市上下水道局 総務課 人事係',
                    'lines': ['採用についてのご質問は、電話087-839-2611（直通）または',
                              'メールjinji-saiyo@suido.city.takamatsu.lg.jpまでお寄せください。'],
                    'tel': ['087-839-2611'], 'telText': ['採用についてのご質問は、電話087-839-2611（直通）または'],
                    'email': ['jinji-saiyo@suido.city.takamatsu.lg.jp'],
                    'emailText': ['メールjinji-saiyo@suido.city.takamatsu.lg.jpまでお寄せください。']}
    c['access'] = {'address': '〒760-0071 香川県高松市藤塚町一丁目10-30',
                   'routesText': ['ことでん琴平線栗林公園駅から徒歩約8分', 'ことでん長尾線瓦町駅から徒歩約15分'],
                   'routes': ['ことでん琴平線『栗林公園』駅から徒歩約8分', 'ことでん長尾線『瓦町』駅から徒歩約15分']}
    c['decoys'] = {'counts': 'every count of the hiring and assignment tables zero-padded to two digits (03（01）, 07（02）)',
                   'contacts': 'phone and e-mail only inside a two-line sentence, glued to the words around them (電話087-…, …lg.jpまで)'}
    c['colour'] = (0.05, 0.35, 0.6)
    return c


def content_shimonoseki():
    c = base('下関市立大学', '下関市立大学 職員採用案内 2026', '2026-04', '令和8年4月1日現在',
             ['海峡のまちの公立大学で、学生の学びと地域の連携を支える職員を募集します。'],
             {'admin': '事務職員', 'tech': '技術職員'})
    rows = [hrow(2021, (4, 2), (1, 0)), hrow(2022, (3, 2), (1, 1)), hrow(2023, (5, 3), (2, 0)),
            hrow(2024, (4, 1), (1, 0)), hrow(2025, (3, 2), (2, 1)), hrow(2026, (4, None), (2, None), True)]
    for r in rows:
        r['labelText'] = r['label'] + ('（予定）' if r['planned'] else '')
    c['hiring'] = {'intro': ['採用者数の推移（単位：人）'], 'note': ['※括弧内は女性の数で内数です。'],
                   'layout': 'ruled 年度 | 事務職員 | 技術職員 | 計; a NO-BREAK SPACE (U+00A0) between each count and its （women）',
                   'rows': rows, 'cell': 'nbsp'}
    c['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'rows': [{'unit': '総務課', 'admin': 1, 'tech': None},
                                 {'unit': '教務課', 'admin': 2, 'tech': None},
                                 {'unit': '施設管理課', 'admin': None, 'tech': 1},
                                 {'unit': '情報基盤室', 'admin': None, 'tech': 1}]}
    c['exams'] = {'title': '令和8年度 採用予定', 'fiscalYear': 2026,
                  'entries': [{'track': '事務職員', 'exam': '下関市立大学職員採用試験（大学卒業程度）', 'breakdown': [{'category': '一般事務', 'count': 4}]},
                              {'track': '技術職員', 'exam': '下関市立大学職員採用試験（大学卒業程度）', 'breakdown': [{'category': '建築', 'count': 1}, {'category': '情報', 'count': 1}]}]}
    c['training'] = {'title': '研修', 'paragraphs': ['採用後は大学の組織と規程を学ぶ新任研修を受けてから配属されます。',
                                                   '他大学との合同研修や語学研修にも参加できます。']}
    c['initiativesTitle'] = '働き方の工夫'
    c['initiatives'] = [{'title': 'テレワーク', 'text': '事務職員は週1日まで在宅で勤務できます。'},
                        {'title': '休暇取得の推進', 'text': '学生の長期休業中にまとまった休暇を取れます。'}]
    c['supportTitle'] = '両立支援制度'
    c['supportSystems'] = [{'name': '育児休業', 'duration': '子が3歳に達するまで', 'text': '取得した職員の復帰を課全体で支えます。'},
                           {'name': '育児短時間勤務', 'duration': '小学校就学前まで', 'text': '勤務時間を短くして働けます。'}]
    office = f'下関市立大学{NBSP}事務局{NBSP}総務課'
    c['contact'] = {'heading': '採用担当', 'office': office,
                    'lines': [f'TEL{NBSP}083-252-0288', f'E-mail{NBSP}jinji@shimonoseki-cu.ac.jp'],
                    'tel': ['083-252-0288'], 'telText': [f'TEL{NBSP}083-252-0288'],
                    'email': ['jinji@shimonoseki-cu.ac.jp'], 'emailText': [f'E-mail{NBSP}jinji@shimonoseki-cu.ac.jp']}
    c['access'] = {'address': f'〒751-8510{NBSP}山口県下関市大学町二丁目1-1',
                   'routesText': [f'JR山陽本線{NBSP}幡生駅から徒歩約15分', f'JR山陽新幹線{NBSP}新下関駅からバスで約10分'],
                   'routes': [f'JR山陽本線{NBSP}『幡生』駅から徒歩約15分', f'JR山陽新幹線{NBSP}『新下関』駅からバスで約10分']}
    c['decoys'] = {'nbsp': 'NO-BREAK SPACES (U+00A0) in the text layer: between each count and its （women） in the hiring table, after TEL / E-mail, inside the office, address and route lines'}
    c['colour'] = (0.1, 0.45, 0.3)
    return c


BROCHURES = {'aichi-tochi-2026': content_aichi, 'takamatsu-suido-2026': content_takamatsu,
             'shimonoseki-cu-2026': content_shimonoseki}


# ---------------------------------------------------------------------------------------------
# page model

def width(text, face, size):
    return pdfmetrics.stringWidth(text, FONT[face], size)


class Page:
    def __init__(self, no):
        self.no, self.items, self.rects, self.lines, self.expected = no, [], [], [], []

    def text(self, x, y, s, face='M', size=9.0, colour=(0, 0, 0), furniture=False):
        self.items.append({'x': x, 'y': y, 's': s, 'face': face, 'size': size, 'colour': colour,
                           'furniture': furniture})

    def line(self, s):
        self.expected.append(s)


def cell_text(c, style):
    if c['women'] is None:
        return c['text']
    if style == 'nbsp':
        return f"{c['text']}{NBSP}（{c['womenText']}）"
    return f"{c['text']}（{c['womenText']}）"


class Layout:
    def __init__(self, c):
        self.c = c
        self.pages = []
        self.new_page()

    def new_page(self):
        self.page = Page(len(self.pages) + 1)
        self.pages.append(self.page)
        self.y = H - 60

    def para(self, s, face='M', size=9.0, gap=4.0, x=LEFT, colour=(0, 0, 0)):
        self.y -= size
        self.page.text(x, self.y, s, face, size, colour)
        self.page.line(s)
        self.y -= gap

    def heading(self, s):
        self.y -= 8
        r, g, b = self.c['colour']
        self.page.rects.append(('fill', LEFT, self.y - 14, 4, 14, self.c['colour']))
        self.para(s, 'G', 12.0, 6.0, x=LEFT + 9)

    def table(self, rows, widths, size=8.5, row_h=15.0, spans=None):
        """rows: list of cell-string lists ('' = empty). spans: {(r, c): n} a cell spanning n rows."""
        spans = spans or {}
        xs = [LEFT]
        for w_ in widths:
            xs.append(xs[-1] + w_)
        top = self.y
        covered = set()
        for (r, ci), n in spans.items():
            for k in range(1, n):
                covered.add((r + k, ci))
        for ri, row in enumerate(rows):
            y0 = top - ri * row_h
            for ci, s in enumerate(row):
                if (ri, ci) in covered:
                    continue
                n = spans.get((ri, ci), 1)
                x0, x1 = xs[ci], xs[ci + 1]
                self.page.rects.append(('stroke', x0, y0 - n * row_h, x1 - x0, n * row_h, None))
                if ri == 0:
                    self.page.rects.append(('fill', x0 + 0.5, y0 - row_h + 0.5, x1 - x0 - 1, row_h - 1, (0.9, 0.9, 0.9)))
                if not s:
                    continue
                face = 'G' if ri == 0 else 'M'
                wd = width(s, face, size)
                if wd > x1 - x0 - 6:
                    raise Refused(f'cell too wide: {s!r} ({wd:.1f} > {x1 - x0 - 6:.1f})')
                ty = y0 - (n * row_h) / 2 - size * 0.35
                tx = x0 + 4 if ci == 0 else x1 - 4 - wd
                self.page.text(tx, ty, s, face, size)
            self.page.line('\t'.join(row))
        self.y = top - len(rows) * row_h - 6


def dash(v, fmt=str):
    return '－' if v is None else fmt(v)


def draw_content(c):
    L = Layout(c)
    p = L.page
    # masthead band
    p.rects.append(('fill', 0, H - 118, W, 118, c['colour']))
    L.y = H - 30
    L.para(c['organization'], 'G', 24.0, 8.0, colour=(1, 1, 1))
    L.para('職員採用案内 2026', 'G', 14.0, 6.0, colour=(1, 1, 1))
    L.para(c['edition']['asOfText'], 'G', 9.0, 4.0, colour=(1, 1, 1))
    L.y = H - 140
    for s in c['lead']['text']:
        L.para(s)
    h = c['hiring']
    L.heading('採用実績')
    for s in h['intro']:
        L.para(s)
    tr = c['tracks']
    rows = [['年度', tr['admin'], tr['tech'], '計']]
    for r in h['rows']:
        rows.append([r['labelText'], cell_text(r['admin'], h['cell']), cell_text(r['tech'], h['cell']),
                     cell_text(r['total'], h['cell'])])
    L.table(rows, [110, 90, 90, 90])
    for s in h['note']:
        L.para(s, size=8.0)
    a = c['assignments']
    L.heading('配属実績')
    L.para(a['intro'])
    fmt = pad2 if a.get('fmt') == 'pad2' else str
    rows = [['配属先', tr['admin'], tr['tech']]] + [[r['unit'], dash(r['admin'], fmt), dash(r['tech'], fmt)] for r in a['rows']]
    L.table(rows, [150, 90, 90])
    p.text(W / 2 - 12, 30, '- 1 -', 'M', 8.0, furniture=True)
    # page 2
    L.new_page()
    e = c['exams']
    L.heading('試験区分')
    L.para(e['title'])
    rows, spans = [['区分', '試験', '試験区分', '予定数']], {}
    for en in e['entries']:
        spans[(len(rows), 0)] = len(en['breakdown'])
        spans[(len(rows), 1)] = len(en['breakdown'])
        for k, b in enumerate(en['breakdown']):
            rows.append([en['track'] if k == 0 else '', en['exam'] if k == 0 else '', b['category'], str(b['count'])])
    spans = {k: v for k, v in spans.items() if v > 1}
    L.table(rows, [70, 210, 90, 60], spans=spans)
    L.heading(c['training']['title'])
    for s in c['training']['paragraphs']:
        L.para(s)
    L.heading(c['initiativesTitle'])
    for i in c['initiatives']:
        L.para('■' + i['title'], 'G', 9.0, 2.0)
        L.para(i['text'])
    L.heading(c['supportTitle'])
    for i in c['supportSystems']:
        L.para(f"●{i['name']}（{i['duration']}）", 'G', 9.0, 2.0)
        L.para(i['text'])
    ct = c['contact']
    L.heading(ct['heading'])
    L.para(ct['office'], 'G')
    for s in ct['lines']:
        L.para(s)
    L.heading('アクセス')
    L.para(c['access']['address'])
    for s in c['access']['routesText']:
        L.para(s)
    L.page.text(W / 2 - 12, 30, '- 2 -', 'M', 8.0, furniture=True)
    return L.pages


# ---------------------------------------------------------------------------------------------
# rendering

def render(pages, seed):
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
    cv.setTitle('職員採用案内 2026')
    rnd = random.Random(seed)
    for p in pages:
        for kind, x, y, w_, h_, col in p.rects:
            if kind == 'fill':
                cv.setFillColorRGB(*col)
                cv.rect(x, y, w_, h_, stroke=0, fill=1)
            else:
                cv.setStrokeColorRGB(0.3, 0.3, 0.3)
                cv.setLineWidth(0.5)
                cv.rect(x, y, w_, h_, stroke=1, fill=0)
        items = list(p.items)
        rnd.shuffle(items)
        for it in items:
            cv.setFillColorRGB(*it['colour'])
            cv.setFont(FONT[it['face']], it['size'])
            cv.drawString(it['x'], it['y'], it['s'])
        cv.showPage()
    cv.save()
    return buf.getvalue()


def ink(it):
    w_ = width(it['s'], it['face'], it['size'])
    return (it['x'], it['y'] - 0.15 * it['size'], it['x'] + w_, it['y'] + 0.85 * it['size'])


def check_pages(pages):
    errs = []
    for p in pages:
        boxes = []
        for it in p.items:
            for ch in it['s']:
                if ch == ' ':
                    continue
                if ord(ch) not in FACES[it['face']].charToGlyph:
                    errs.append(f'p{p.no}: glyph missing {ch!r} in {it["s"]!r}')
                if ch == '\u3000':
                    errs.append(f'p{p.no}: U+3000 in {it["s"]!r}')
            b = ink(it)
            if b[0] < EDGE or b[1] < EDGE or b[2] > W - EDGE or b[3] > H - EDGE:
                errs.append(f'p{p.no}: in the edge margin: {it["s"]!r}')
            if not it['furniture'] and b[1] < 50:
                errs.append(f'p{p.no}: overflows the bottom margin: {it["s"]!r}')
            boxes.append((b, it['s']))
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i][0], boxes[j][0]
                if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5:
                    errs.append(f'p{p.no}: overlap {boxes[i][1]!r} / {boxes[j][1]!r}')
        drawn = sorted(''.join(''.join(it['s'].split()) for it in p.items if not it['furniture']))
        exp = sorted(''.join(''.join(s.split()) for s in p.expected))
        if drawn != exp:
            errs.append(f'p{p.no}: expected text and drawn body text differ as multisets')
        furn = {''.join(it['s'].split()) for it in p.items if it['furniture']}
        for s in p.expected:
            if ''.join(s.split()) in furn:
                errs.append(f'p{p.no}: furniture in the expected text: {s!r}')
            if s and s.lstrip()[:1] in '。、）」』・ー':
                errs.append(f'p{p.no}: expected line starts with a kinsoku character: {s!r}')
    return errs


def check_pdf(pdf, pages):
    errs = []
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(pdf); f.flush()
        for p in pages:
            out = subprocess.run(['pdftotext', '-f', str(p.no), '-l', str(p.no), f.name, '-'],
                                 capture_output=True, text=True).stdout
            got = sorted(''.join(out.split()))
            want = sorted(''.join(''.join(it['s'].split()) for it in p.items))
            if got != want:
                errs.append(f'p{p.no}: pdftotext does not give exactly the drawn characters')
    n_bt = pdf.count(b'BT')
    if n_bt < sum(len(p.items) for p in pages):
        errs.append('fewer text objects than items')
    return errs


# ---------------------------------------------------------------------------------------------
# facts

def make_facts(c):
    tr = c['tracks']
    h = c['hiring']
    f = {'organization': c['organization'], 'document': c['document'], 'edition': c['edition'],
         'lead': c['lead'],
         'hiring': {'intro': h['intro'], 'note': h['note'], 'tracks': dict(tr), 'textSynthesised': False,
                    'layout': h['layout'], 'rows': copy.deepcopy(h['rows'])},
         'assignments': {'cohortFiscalYear': c['assignments']['cohortFiscalYear'], 'intro': c['assignments']['intro'],
                         'tracks': dict(tr), 'layout': f"ruled 配属先 | {tr['admin']} | {tr['tech']}",
                         'rows': copy.deepcopy(c['assignments']['rows'])},
         'exams': {'title': c['exams']['title'], 'fiscalYear': c['exams']['fiscalYear'], 'textSynthesised': False,
                   'layout': 'ruled 区分 | 試験 | 試験区分 | 予定数 (track and exam cells span their rows)',
                   'entries': [dict(track=e['track'], exam=e['exam'], text='', breakdown=copy.deepcopy(e['breakdown']),
                                    total=sum(b['count'] for b in e['breakdown'])) for e in c['exams']['entries']]},
         'training': c['training'],
         'initiatives': copy.deepcopy(c['initiatives']), 'initiativesIntro': '',
         'supportTitle': c['supportTitle'],
         'supportSystems': [dict(name=s['name'], duration=s['duration'], durationText=s['duration'], text=s['text'])
                            for s in c['supportSystems']],
         'contacts': [{'track': c['contact']['heading'], 'office': c['contact']['office'], 'tel': list(c['contact']['tel']),
                       'email': list(c['contact']['email']), 'location': '', 'telText': list(c['contact']['telText']),
                       'emailText': list(c['contact']['emailText']), 'hoursText': ''}],
         'access': {'address': c['access']['address'], 'routes': list(c['access']['routes']), 'routesSynthesised': False,
                    'routesText': list(c['access']['routesText'])},
         'keyFigures': [], 'decoys': c['decoys']}
    return f


def standin(f):
    """The document a perfect extractor would give, built from the facts."""
    tmap = {'admin': 'administrative', 'tech': 'technical'}
    rows = []
    for r in f['hiring']['rows']:
        d = {'fiscalYear': r['fiscalYear'], 'planned': r['planned']}
        for k in ('total', 'admin', 'tech'):
            d[tmap.get(k, k)] = {'count': r[k]['count'], 'women': r[k]['women']}
        rows.append(d)
    a = f['assignments']
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']},
            'sections': {
                'hiring': {'rows': rows},
                'assignments': {'cohortFiscalYear': a['cohortFiscalYear'],
                                'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0} for r in a['rows']]},
                'examBreakdown': {'entries': [{'track': track(e['track']), 'level': level(e['exam']), 'category': b['category'], 'count': b['count']}
                                              for e in f['exams']['entries'] for b in e['breakdown']]},
                'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': list(c['email'])} for c in f['contacts']],
                'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]},
                'initiatives': [{'title': i['title']} for i in f['initiatives']],
                'supportSystems': [{'name': s['name']} for s in f['supportSystems']]}}


def nint(s):
    return int(unicodedata.normalize('NFKC', s))


def check_facts(f, pages):
    errs = []
    def need(ok, msg):
        if not ok:
            errs.append(msg)
    lines = [s for p in pages for s in p.expected]
    joined = '\n'.join(lines)
    drawn = norm(joined)
    def printed(s, what):
        need(s and norm(s) in drawn, f'{what} not printed: {s!r}')
    def is_line(s, what):
        need(s in lines, f'{what} is not a printed line: {s!r}')
    # organisation, edition
    need(any(l == f['organization'] or l.split(' ')[0] == f['organization'] for l in lines), 'organization not a printed line')
    ed = f['edition']
    need(ed['year'] == 2026 and ed['asOf'].startswith('2026-'), 'edition year')
    m = int(ed['asOf'][5:])
    need(ed['asOfText'].startswith(f'令和8年{m}月'), 'asOf differs from the printed edition')
    is_line(ed['asOfText'], 'edition')
    for s in f['lead']['text']:
        is_line(s, 'lead')
    # hiring
    h = f['hiring']
    rows = h['rows']
    fys = [r['fiscalYear'] for r in rows]
    need(fys == list(range(fys[0], fys[0] + len(fys))), 'years not consecutive')
    need([r['planned'] for r in rows] == [False] * (len(rows) - 1) + [True], 'exactly one planned row, last')
    need(rows[-1]['fiscalYear'] == ed['year'] == f['exams']['fiscalYear'], 'planned year = edition = exam year')
    style = 'nbsp' if 'NO-BREAK' in h['layout'] else 'paren'
    for r in rows:
        need(r['label'] == era(r['fiscalYear']), f"label {r['label']}")
        t, a, b = r['total'], r['admin'], r['tech']
        need(t['count'] == a['count'] + b['count'], f"{r['label']} total != admin + tech")
        for c in (t, a, b):
            need(nint(c['text']) == c['count'], f"{r['label']} text != count")
            if r['planned']:
                need(c['women'] is None, f"{r['label']} planned women")
            else:
                need(c['women'] is not None and 0 <= c['women'] <= c['count'], f"{r['label']} women range")
                need(c['women'] is not None and nint(c['womenText']) == c['women'], f"{r['label']} womenText")
        if not r['planned']:
            need(t['women'] == (a['women'] or 0) + (b['women'] or 0), f"{r['label']} women total")
        line = '\t'.join([r['labelText'], cell_text(a, style), cell_text(b, style), cell_text(t, style)])
        need(lines.count(line) == 1, f"hiring row not printed once: {line!r}")
        need(r['labelText'].startswith(r['label']) or r['labelText'].startswith(f"’{r['fiscalYear'] % 100}年度"),
             f"labelText {r['labelText']} does not name {r['fiscalYear']}")
    for s in h['intro'] + h['note']:
        is_line(s, 'hiring intro/note')
    # assignments
    a = f['assignments']
    need(a['cohortFiscalYear'] == rows[-2]['fiscalYear'], 'cohort = last actual year')
    coh = {r['fiscalYear']: r for r in rows}[a['cohortFiscalYear']] if a['cohortFiscalYear'] in fys else None
    need(coh is not None and sum(r['admin'] or 0 for r in a['rows']) == coh['admin']['count'], 'assignment admin sum')
    need(coh is not None and sum(r['tech'] or 0 for r in a['rows']) == coh['tech']['count'], 'assignment tech sum')
    units = [r['unit'] for r in a['rows']]
    need(len(set(units)) == len(units), 'duplicate unit')
    yy = a['cohortFiscalYear']
    need(era(yy)[:-2] in a['intro'] or f"’{yy % 100}年度" in a['intro'], 'cohort not named in the intro')
    is_line(a['intro'], 'assignment intro')
    fmt = pad2 if any(l.startswith('総務課\t02') for l in lines) else str
    for r in a['rows']:
        need((r['admin'] or 1) > 0 and (r['tech'] or 1) > 0, f"zero assignment {r['unit']}")
        is_line('\t'.join([r['unit'], dash(r['admin'], fmt), dash(r['tech'], fmt)]), 'assignment row')
    # exams
    e = f['exams']
    is_line(e['title'], 'exam title')
    keys = set()
    per = {'administrative': 0, 'technical': 0}
    for en in e['entries']:
        need(track(en['track']) != 'other', f"exam track {en['track']} maps to other")
        need('院' not in en['exam'], f"exam name with 院: {en['exam']}")
        need(en['total'] == sum(b['count'] for b in en['breakdown']), 'exam total != categories')
        per[track(en['track'])] = per.get(track(en['track']), 0) + en['total']
        for k, b in enumerate(en['breakdown']):
            key = (track(en['track']), level(en['exam']), norm(b['category']))
            need(key not in keys, f'colliding exam category {key}')
            keys.add(key)
            cells = [en['track'] if k == 0 else '', en['exam'] if k == 0 else '', b['category'], str(b['count'])]
            is_line('\t'.join(cells), 'exam row')
    need(per['administrative'] == rows[-1]['admin']['count'], 'exam admin != planned')
    need(per['technical'] == rows[-1]['tech']['count'], 'exam tech != planned')
    # texts
    for s in f['training']['paragraphs'] + [f['training']['title'], f['supportTitle']]:
        is_line(s, 'training/support title')
    for i in f['initiatives']:
        is_line('■' + i['title'], 'initiative title')
        is_line(i['text'], 'initiative text')
    for s in f['supportSystems']:
        need(s['duration'] == s['durationText'], 'duration')
        is_line(f"●{s['name']}（{s['durationText']}）", 'support name')
        is_line(s['text'], 'support text')
    # contacts
    for c in f['contacts']:
        is_line(c['track'], 'contact heading')
        is_line(c['office'], 'office')
        for s in c['telText'] + c['emailText']:
            is_line(s, 'contact line')
        need(len(c['tel']) == len(c['telText']), 'one printed line per phone')
        for t, s in zip(c['tel'], c['telText']):
            digits = ''.join(ch for ch in t if ch.isdigit())
            sd = ''.join(ch for ch in unicodedata.normalize('NFKC', s).split('（')[0] if ch.isdigit())
            need(digits == sd, f'phone {t} != printed {s!r}')
            need(t.replace('-', '').isdigit() and t.count('-') == 2, f'phone format {t}')
        need(len(c['email']) == len(c['emailText']), 'one printed line per e-mail')
        for m_, s in zip(c['email'], c['emailText']):
            loc, dom = m_.split('@')
            s2 = s.replace(' @ ', '@')
            need(m_ in s2, f'e-mail {m_} not on its printed line')
    acc = f['access']
    is_line(acc['address'], 'address')
    need(len(acc['routes']) == len(acc['routesText']), 'routes')
    for r, s in zip(acc['routes'], acc['routesText']):
        is_line(s, 'route')
        need(r.replace('『', '').replace('』', '') == s, f'route fact {r!r} != printed {s!r}')
        need('『' in r and r.split('』')[1].startswith('駅'), f'route stop {r!r}')
    # the stand-in scores full marks; an empty document scores nothing
    res = checks(f, standin(f), drawn)
    need(all(ok for _, ok in res), f'stand-in misses {[n for n, ok in res if not ok]}')
    kinds = {n.split(' ')[0] for n, _ in res}
    need(kinds >= {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'initiative', 'support'},
         f'not every kind of check reached: {kinds}')
    need(not any(ok for _, ok in checks(f, {}, drawn)), 'an empty document scores')
    return errs, len(res)


# ---------------------------------------------------------------------------------------------

def build(name, content=None):
    c = content or BROCHURES[name]()
    pages = draw_content(c)
    facts = make_facts(c)
    return c, pages, facts


def validate(name, pages, facts):
    errs = check_pages(pages)
    ferrs, n = check_facts(facts, pages)
    errs += ferrs
    if not errs:
        pdf = render(pages, name)
        if pdf != render(pages, name):
            errs.append('not deterministic')
        errs += check_pdf(pdf, pages)
    return errs, n


def expected_text(pages):
    return '\n\f\n'.join('\n'.join(p.expected) for p in pages) + '\n'


def write(name):
    c, pages, facts = build(name)
    errs, n = validate(name, pages, facts)
    if errs:
        raise Refused(f'{name}: ' + '; '.join(errs))
    os.makedirs(OUT, exist_ok=True)
    pdf = render(pages, name)
    open(os.path.join(OUT, name + '.pdf'), 'wb').write(pdf)
    open(os.path.join(OUT, name + '.expected.txt'), 'w').write(expected_text(pages))
    json.dump(facts, open(os.path.join(OUT, name + '.facts.json'), 'w'), ensure_ascii=False, indent=2)
    print(f'{name}: {len(pages)} pages, {sum(len(p.items) for p in pages)} text items, {n} fact checks, md5 {hashlib.md5(pdf).hexdigest()}')


def faults():
    """(label, mutate(facts, pages)) — each must make validation fail."""
    def hr(f, i=0):
        return f['hiring']['rows'][i]
    def item(p):
        return next(it for it in p.items if not it['furniture'])
    return [
        ('hiring total +1', lambda f, P: hr(f)['total'].__setitem__('count', hr(f)['total']['count'] + 1)),
        ('women total +1', lambda f, P: hr(f)['total'].__setitem__('women', hr(f)['total']['women'] + 1)),
        ('admin women +1', lambda f, P: hr(f)['admin'].__setitem__('women', hr(f)['admin']['women'] + 1)),
        ('women above count', lambda f, P: hr(f)['tech'].__setitem__('women', hr(f)['tech']['count'] + 1)),
        ('planned women', lambda f, P: f['hiring']['rows'][-1]['admin'].__setitem__('women', 0)),
        ('planned row first', lambda f, P: f['hiring']['rows'].insert(0, f['hiring']['rows'].pop())),
        ('wrong era label', lambda f, P: hr(f, 1).__setitem__('label', '令和9年度')),
        ('printed text differs', lambda f, P: hr(f, 2)['admin'].__setitem__('text', '9')),
        ('assignment +1', lambda f, P: f['assignments']['rows'][0].__setitem__('admin', 5)),
        ('wrong cohort', lambda f, P: f['assignments'].__setitem__('cohortFiscalYear', 2024)),
        ('duplicated unit', lambda f, P: f['assignments']['rows'].append(dict(f['assignments']['rows'][0]))),
        ('exam count +1', lambda f, P: (f['exams']['entries'][0]['breakdown'][0].__setitem__('count', 9),
                                        f['exams']['entries'][0].__setitem__('total', 9))),
        ('last category +1, total kept', lambda f, P: f['exams']['entries'][-1]['breakdown'][-1].__setitem__('count', 7)),
        ('exam name with 院', lambda f, P: f['exams']['entries'][0].__setitem__('exam', '公務員試験（院卒者）')),
        ('colliding category', lambda f, P: f['exams']['entries'][-1]['breakdown'].append(dict(f['exams']['entries'][-1]['breakdown'][0]))),
        ('e-mail not printed', lambda f, P: f['contacts'][0]['email'].__setitem__(0, 'x' + f['contacts'][0]['email'][0])),
        ('office not printed', lambda f, P: f['contacts'][0].__setitem__('office', f['contacts'][0]['office'][:-1])),
        ('wrong phone', lambda f, P: f['contacts'][0]['tel'].__setitem__(0, f['contacts'][0]['tel'][0][:-1] + '9')),
        ('route not printed', lambda f, P: f['access']['routes'].__setitem__(0, f['access']['routes'][0].replace('』駅', '』駅前'))),
        ('support name not printed', lambda f, P: f['supportSystems'][0].__setitem__('name', '産前休暇')),
        ('initiative not printed', lambda f, P: f['initiatives'][0].__setitem__('title', f['initiatives'][0]['title'][:-1])),
        ('organisation one char short', lambda f, P: f.__setitem__('organization', f['organization'][:-1])),
        ('wrong asOf', lambda f, P: f['edition'].__setitem__('asOf', '2026-05')),
        ('wrong edition year', lambda f, P: f['edition'].__setitem__('year', 2025)),
        ('overlapping copy', lambda f, P: P[0].items.append(dict(item(P[0]), x=item(P[0])['x'] + 2))),
        ('item in the edge margin', lambda f, P: P[1].items.append(dict(item(P[1]), x=5.0))),
        ('emoji the font lacks', lambda f, P: (P[1].items.append(dict(item(P[1]), s='\U0001F600', y=60)), P[1].expected.append('\U0001F600'))),
        ('line starting with 。', lambda f, P: (P[1].items.append(dict(item(P[1]), s='。', y=60, x=300)), P[1].expected.append('。'))),
        ('extra expected character', lambda f, P: P[0].expected.append('字')),
        ('body line made furniture', lambda f, P: item(P[0]).__setitem__('furniture', True)),
    ]


def selftest(verbose):
    refused = total = 0
    for name in BROCHURES:
        for label, mut in faults():
            c, pages, facts = build(name)
            mut(facts, pages)
            try:
                errs, _ = validate(name, pages, facts)
            except Exception as ex:  # a crash on a broken fact counts as refusal
                errs = [f'exception {ex!r}']
            total += 1
            if errs:
                refused += 1
                if verbose:
                    print(f'  refused  {name}: {label}: {errs[0][:90]}')
            else:
                print(f'  ACCEPTED {name}: {label}')
    # an overflowing cell
    c = BROCHURES['aichi-tochi-2026']()
    c['assignments']['rows'][0]['unit'] = '総務部総務課人事調整担当企画グループ連絡調整係'
    total += 1
    try:
        draw_content(c)
        print('  ACCEPTED overflowing cell')
    except Refused as ex:
        refused += 1
        if verbose:
            print(f'  refused  overflowing cell: {ex}')
    print(f'selftest: {refused}/{total} refused')
    return refused == total


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    names = [a if a in BROCHURES else a + '-2026' for a in args] or list(BROCHURES)
    for n in names:
        write(n)


if __name__ == '__main__':
    main()
