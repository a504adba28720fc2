#!/usr/bin/env python3
"""Blind holdout set 63: three LOCAL public bodies (Tohoku, Kanto, Kyushu).

Self-contained (reportlab canvas with invariant=1, no page compression, IPAex fonts), deterministic.
Writes Fixtures/holdout63/NAME.{pdf,expected.txt,facts.json} and refuses a brochure whose drawing,
expected text or facts are inconsistent (see check_* below). The text layer of two brochures is
rewritten after drawing (their ToUnicode maps), as real producers do:

  ishinomaki-suido-2026  glyphs reverse-mapped to KANGXI RADICALS (U+2F00 block, NFKC folds them) and to
                         CJK RADICALS SUPPLEMENT code points (U+2E80 block, NFKC does NOT fold them)
  fujimino-2026          voiced / semi-voiced kana mapped to base kana + COMBINING (semi-)voiced mark (NFD)
  miyakonojo-suido-2026  (no remap) one-kanji era labels 令3年度, a TEL/FAX line, routes by distance

usage:
  python3 Fixtures/generate_holdout63.py                 # all three
  python3 Fixtures/generate_holdout63.py fujimino        # one
  python3 Fixtures/generate_holdout63.py --selftest [-v] # fault injection: every fault must be refused
"""
import copy, io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout63')
sys.path.insert(0, os.path.join(REPO, 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

MINCHO = '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'
GOTHIC = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'
pdfmetrics.registerFont(TTFont('M', MINCHO))
pdfmetrics.registerFont(TTFont('G', GOTHIC))
FACES = {'M': pdfmetrics.getFont('M').face, 'G': pdfmetrics.getFont('G').face}

W, H = 595.28, 841.89
EDGE = 20
BOTTOM = 50  # body items stay above this; folios below

# ---------------------------------------------------------------- text-layer remaps
KANGXI = {c: chr(cp) for cp in range(0x2F00, 0x2FD6)
          for c in [unicodedata.normalize('NFKC', chr(cp))]}
ISHINOMAKI_REMAP = {c: KANGXI[c] for c in '石水方土木行工山子大女生用田立見車高金門'}
ISHINOMAKI_REMAP.update({'長': '\u2ED1', '西': '\u2EC4', '青': '\u2ED8'})  # CJK Radicals Supplement
FUJIMINO_REMAP = {}
for cp in range(0x3041, 0x30FF):
    c = chr(cp)
    d = unicodedata.normalize('NFD', c)
    if len(d) == 2 and d[1] in '\u3099\u309A':
        FUJIMINO_REMAP[c] = d


class Fault(Exception):
    pass


def need(ok, msg):
    if not ok:
        raise Fault(msg)


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self):
        self.items = []   # dict(x, y, text, font, size, color, furniture)
        self.gfx = []     # ('rect', x, y, w, h, fill, stroke, lw) / ('line', x1, y1, x2, y2, lw, color)
        self.expected = []

    def text(self, x, y, s, font='M', size=9, color=(0, 0, 0), furniture=False, align='left'):
        w = pdfmetrics.stringWidth(s, font, size)
        if align == 'center':
            x -= w / 2
        elif align == 'right':
            x -= w
        self.items.append(dict(x=x, y=y, text=s, font=font, size=size, color=color, furniture=furniture))
        return w

    def line(self, s, x, y, **kw):
        """a text item that is also one expected line"""
        self.text(x, y, s, **kw)
        self.expected.append(s)


def table(page, x, y, widths, rows, header_fill=(0.88, 0.9, 0.95), size=8.5, rh=16, align=None):
    """Ruled table; rows[i][j] None = continuation of the span above (row-spanning cell).
    Returns the y below the table. Expected: one line per row, TAB-separated, spans empty below."""
    n = len(rows)
    total_w = sum(widths)
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    page.gfx.append(('rect', x, y - rh, total_w, rh, header_fill, None, 0))
    for i, row in enumerate(rows):
        top = y - i * rh
        base = top - rh + (rh - size) / 2 + 0.15 * size
        cells = []
        for j, cell in enumerate(row):
            if cell is None:
                cells.append('')
                continue
            # top border of this cell
            page.gfx.append(('line', xs[j], top, xs[j + 1], top, 0.6, (0.3, 0.3, 0.3)))
            cells.append(cell)
            if cell == '':
                continue
            a = (align or ['left'] + ['center'] * (len(row) - 1))[j]
            cw = pdfmetrics.stringWidth(cell, 'G' if i == 0 else 'M', size)
            need(cw <= widths[j] - 6, f'cell wider than its column: {cell}')
            if a == 'left':
                tx = xs[j] + 4
            else:
                tx = xs[j] + (widths[j] - cw) / 2
            page.text(tx, base, cell, font='G' if i == 0 else 'M', size=size)
        page.expected.append('\t'.join(cells))
    bottom = y - n * rh
    page.gfx.append(('line', x, bottom, x + total_w, bottom, 0.6, (0.3, 0.3, 0.3)))
    for xx in xs:
        page.gfx.append(('line', xx, y, xx, bottom, 0.6, (0.3, 0.3, 0.3)))
    return bottom


# ---------------------------------------------------------------- content
def cell(c):
    if c.get('women') is None:
        return c['text']
    return f"{c['text']}（{c['womenText']}）"


def era(fy):
    n = fy - 2018
    return '令和元年度' if n == 1 else f'令和{n}年度'


def mkrows(data, labelfn):
    rows = []
    for fy, a, aw, t, tw, planned in data:
        def c(n, w):
            d = {'count': n, 'text': str(n), 'women': w}
            if w is not None:
                d['womenText'] = str(w)
            return d
        rows.append({'fiscalYear': fy, 'label': era(fy), 'planned': planned,
                     'total': c(a + t, None if planned else aw + tw),
                     'admin': c(a, aw), 'tech': c(t, tw), 'labelText': labelfn(fy, planned)})
    return rows


def base_facts(org, document, asof, asoftext, lead, tracks, hiring_rows, hiring_layout, note, cohort, a_intro,
               a_rows, exam_title, exam_entries, training, initiatives, support_title, supports, contacts, access,
               decoys):
    return {
        'organization': org, 'document': document,
        'edition': {'year': 2026, 'asOf': asof, 'asOfText': asoftext},
        'lead': {'title': '', 'text': lead},
        'hiring': {'intro': ['採用者数の推移（単位：人）'], 'note': note, 'tracks': tracks, 'textSynthesised': False,
                   'layout': hiring_layout, 'rows': hiring_rows},
        'assignments': {'cohortFiscalYear': cohort, 'intro': a_intro, 'tracks': tracks,
                        'layout': f"ruled 配属先 | {tracks['admin']} | {tracks['tech']}", 'rows': a_rows},
        'exams': {'title': exam_title, 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 試験区分 | 予定数 (track and exam cells span their rows)',
                  'entries': exam_entries},
        'training': {'title': '研修', 'paragraphs': training},
        'initiatives': initiatives, 'initiativesIntro': '',
        'supportTitle': support_title, 'supportSystems': supports,
        'contacts': contacts, 'access': access, 'keyFigures': [], 'decoys': decoys,
    }


def exam(track_, name, cats):
    return {'track': track_, 'exam': name, 'text': '', 'breakdown': [{'category': c, 'count': n} for c, n in cats],
            'total': sum(n for _, n in cats)}


def sup(name, dur, text):
    return {'name': name, 'duration': dur, 'durationText': dur, 'text': text}


def ishinomaki():
    tracks = {'admin': '事務職', 'tech': '技術職'}
    data = [(2021, 3, 1, 4, 1, False), (2022, 2, 1, 3, 0, False), (2023, 3, 2, 4, 1, False),
            (2024, 2, 0, 5, 2, False), (2025, 3, 1, 4, 1, False), (2026, 3, None, 4, None, True)]
    rows = mkrows(data, lambda fy, p: era(fy) + ('（予定）' if p else ''))
    org = '石巻地方広域水道企業団'
    f = base_facts(
        org, org + ' 職員採用案内 2026', '2026-04', '令和8年4月現在',
        ['石巻市と東松島市に安全な水を届ける、二市の一部事務組合です。'], tracks, rows,
        'ruled 年度 | 事務職 | 技術職 | 計', ['※括弧内は女性の数で内数です。'], 2025,
        '令和7年度採用者の配属先（単位：人）',
        [{'unit': '総務課', 'admin': 1, 'tech': None}, {'unit': '営業課', 'admin': 2, 'tech': None},
         {'unit': '工務課', 'admin': None, 'tech': 2}, {'unit': '浄水課', 'admin': None, 'tech': 1},
         {'unit': '西部事業所', 'admin': None, 'tech': 1}],
        '令和8年度 採用予定',
        [exam('事務職', '企業団職員採用試験（大学卒業程度）', [('一般事務', 3)]),
         exam('技術職', '企業団職員採用試験（大学卒業程度）', [('土木', 2), ('電気', 1), ('水質', 1)])],
        ['採用後1か月の新任研修で、水道事業の仕組みと接遇を学びます。',
         '技術職は浄水場と管路の現場で先輩と組んで実務を覚えます。'],
        [{'title': '長期休暇の取得', 'text': '夏季に土日と合わせて9日間の連続休暇を取れます。'},
         {'title': '時差出勤', 'text': '始業時刻を7時30分から10時までの間で選べます。'}],
        '子育てと仕事の両立',
        [sup('育児休業', '子が3歳に達するまで', '男性職員も取得しています。'),
         sup('子の看護休暇', '年5日まで', '小学校修了前の子の看護に使えます。')],
        [{'track': '採用担当', 'office': '石巻地方広域水道企業団 総務課 人事係', 'tel': ['0225-95-2401'],
          'email': ['saiyo@suido-ishinomaki.jp'], 'location': '', 'telText': ['TEL 0225-95-2401'],
          'emailText': ['E-mail saiyo@suido-ishinomaki.jp'], 'hoursText': ''}],
        {'address': '〒986-0861 宮城県石巻市蛇田字新下沼80番地',
         'routes': ['JR仙石線『陸前山下』駅から徒歩約12分', 'JR仙石線『蛇田』駅から徒歩約15分'],
         'routesSynthesised': False,
         'routesText': ['JR仙石線陸前山下駅から徒歩約12分', 'JR仙石線蛇田駅から徒歩約15分']},
        {'textLayer': 'ToUnicode maps 石 水 方 土 木 行 工 山 子 大 女 生 用 田 立 見 車 高 金 門 to KANGXI RADICALS '
                      '(U+2F6F ⽯, U+2F54 ⽔ …; NFKC folds them) and 長 西 青 to CJK RADICALS SUPPLEMENT '
                      '(U+2ED1 ⻑, U+2EC4 ⻄, U+2ED8 ⻘; NFKC does NOT fold them); the glyphs drawn are the '
                      'ordinary ideographs, facts and expected text hold the ordinary ideographs'})
    return f, ISHINOMAKI_REMAP, (0.1, 0.35, 0.55)


def fujimino():
    tracks = {'admin': '事務職', 'tech': '技術職'}
    data = [(2021, 14, 6, 4, 1, False), (2022, 12, 5, 5, 1, False), (2023, 15, 7, 3, 0, False),
            (2024, 13, 6, 6, 2, False), (2025, 16, 8, 5, 1, False), (2026, 15, None, 6, None, True)]
    rows = mkrows(data, lambda fy, p: era(fy) + ('（予定）' if p else ''))
    org = 'ふじみ野市'
    f = base_facts(
        org, org + ' 職員採用ガイド 2026', '2026-03', '令和8年3月現在',
        ['川越街道と東武東上線沿いの、人口11万人のまちで働きませんか。'], tracks, rows,
        'ruled 年度 | 事務職 | 技術職 | 計', ['※括弧内は女性の数で内数です。'], 2025,
        '令和7年度採用者の配属先（単位：人）',
        [{'unit': '総合政策部', 'admin': 2, 'tech': None}, {'unit': '総務部', 'admin': 3, 'tech': None},
         {'unit': '市民生活部', 'admin': 4, 'tech': None}, {'unit': '福祉部', 'admin': 4, 'tech': None},
         {'unit': 'こども・元気健康部', 'admin': 3, 'tech': None}, {'unit': '都市政策部', 'admin': None, 'tech': 3},
         {'unit': '建設管理部', 'admin': None, 'tech': 2}],
        '令和8年度 採用予定',
        [exam('事務職', 'ふじみ野市職員採用試験（大学卒業程度）', [('行政', 13), ('社会福祉', 2)]),
         exam('技術職', 'ふじみ野市職員採用試験（大学卒業程度）', [('土木', 4), ('建築', 2)])],
        ['入庁後3年間はジョブローテーションで複数の部署を経験します。',
         'デジタル研修とOJTで、窓口と企画の基礎を身に付けます。'],
        [{'title': 'ジョブチャレンジ制度', 'text': '希望する部署の仕事に週1日まで参加できます。'},
         {'title': 'ノー残業デー', 'text': '毎週水曜日は定時に退庁します。'}],
        '子育て応援制度',
        [sup('パパ・ママ育休プラス', '子が1歳2か月に達するまで', '両親がともに育休を取る場合に延長できます。'),
         sup('育児短時間勤務', '小学校就学前まで', '1日4時間から勤務できます。')],
        [{'track': 'お問い合わせ', 'office': 'ふじみ野市 総務部 職員課', 'tel': ['049-262-9010'],
          'email': ['shokuin@city.fujimino.lg.jp'], 'location': '', 'telText': ['TEL 049-262-9010'],
          'emailText': ['E-mail shokuin@city.fujimino.lg.jp'], 'hoursText': ''}],
        {'address': '〒356-8501 埼玉県ふじみ野市福岡一丁目1番1号',
         'routes': ['東武東上線『上福岡』駅から徒歩約10分', '東武東上線『ふじみ野』駅から徒歩約25分'],
         'routesSynthesised': False,
         'routesText': ['東武東上線上福岡駅から徒歩約10分', '東武東上線ふじみ野駅から徒歩約25分']},
        {'textLayer': 'ToUnicode maps every voiced / semi-voiced kana glyph (ふじみ野 の じ, ジ, デ, パ, …) to the '
                      'base kana + COMBINING KATAKANA-HIRAGANA (SEMI-)VOICED SOUND MARK U+3099 / U+309A (NFD, '
                      'as text from macOS); the glyph drawn is the precomposed kana, facts and expected text are NFC'})
    return f, FUJIMINO_REMAP, (0.2, 0.5, 0.25)


def miyakonojo():
    tracks = {'admin': '事務職', 'tech': '技術職'}
    data = [(2021, 2, 1, 3, 0, False), (2022, 3, 1, 2, 1, False), (2023, 2, 0, 4, 1, False),
            (2024, 3, 2, 3, 0, False), (2025, 2, 1, 4, 1, False), (2026, 2, None, 4, None, True)]
    rows = mkrows(data, lambda fy, p: f'令{fy - 2018}年度' + ('（予定）' if p else ''))
    org = '都城市上下水道局'
    f = base_facts(
        org, org + ' 職員採用案内 2026', '2026-04', '令和8年4月現在',
        ['霧島山系の地下水を水源に、都城市の水道と下水道を運営しています。'], tracks, rows,
        'ruled 年度 | 事務職 | 技術職 | 計; year labels with the era as one kanji (令3年度 …)',
        ['※括弧内は女性の数で内数です。令8年度は予定数です。'], 2025,
        '令7年度採用者の配属先（単位：人）',
        [{'unit': '総務課', 'admin': 1, 'tech': None}, {'unit': '料金課', 'admin': 1, 'tech': None},
         {'unit': '水道課', 'admin': None, 'tech': 2}, {'unit': '下水道課', 'admin': None, 'tech': 1},
         {'unit': '浄水課', 'admin': None, 'tech': 1}],
        '令8年度 採用予定',
        [exam('事務職', '都城市職員採用試験（大学卒業程度）', [('事務', 2)]),
         exam('技術職', '都城市職員採用試験（大学卒業程度）', [('土木', 2), ('電気', 1), ('機械', 1)])],
        ['採用後は市の新規採用職員研修に参加し、局独自の水道実務研修を受けます。',
         '技術職は2年目に日本水道協会の技術研修へ派遣します。'],
        [{'title': '業務の見える化', 'text': '係ごとに業務量を共有し、残業を月10時間以内にしています。'},
         {'title': '資格取得の支援', 'text': '水道技術管理者などの受験費用を局が負担します。'}],
        '両立支援',
        [sup('育児休業', '子が3歳に達するまで', '取得後の復職研修があります。'),
         sup('介護休暇', '通算6月まで', '3回まで分けて取得できます。')],
        [{'track': '採用担当', 'office': '都城市上下水道局 総務課', 'tel': ['0986-25-1181'],
          'email': ['suido-somu@city.miyakonojo.lg.jp'], 'location': '', 'telText': ['TEL/FAX 0986-25-1181'],
          'emailText': ['E-mail suido-somu@city.miyakonojo.lg.jp'], 'hoursText': ''}],
        {'address': '〒885-0073 宮崎県都城市姫城町6街区21号',
         'routes': ['JR日豊本線『西都城』駅から約800m', 'JR日豊本線『都城』駅から約2.2km'],
         'routesSynthesised': False,
         'routesText': ['JR日豊本線西都城駅から約800m', 'JR日豊本線都城駅から約2.2km']},
        {'years': 'hiring year labels with the era as ONE kanji (令3年度 … 令7年度, 令8年度（予定）), also in the '
                  'assignment intro (令7年度採用者), the exam title and the note; only the edition has 令和',
         'contacts': 'one number for phone and fax on one line: TEL/FAX 0986-25-1181 (it IS the phone)',
         'routes': 'routes give a distance, no walking time: JR日豊本線西都城駅から約800m, 都城駅から約2.2km'})
    return f, {}, (0.55, 0.25, 0.1)


BROCHURES = {'ishinomaki-suido': ishinomaki, 'fujimino': fujimino, 'miyakonojo-suido': miyakonojo}


# ---------------------------------------------------------------- layout
def heading(p, y, s, color):
    p.gfx.append(('rect', 40, y - 3, 4, 14, color, None, 0))
    p.line(s, 50, y, font='G', size=12)
    return y - 22


def layout(f, color):
    p1, p2 = Page(), Page()
    # masthead band
    p1.gfx.append(('rect', 0, H - 120, W, 120, color, None, 0))
    p1.line(f['organization'], 40, H - 58, font='G', size=22, color=(1, 1, 1))
    p1.line(f['document'][len(f['organization']) + 1:], 40, H - 88, font='G', size=14, color=(1, 1, 1))
    p1.line(f['edition']['asOfText'], W - 40, H - 108, size=9, color=(1, 1, 1), align='right')
    y = H - 145
    for s in f['lead']['text']:
        p1.line(s, 40, y, size=10.5)
        y -= 16
    y -= 14
    y = heading(p1, y, '採用実績', color)
    h = f['hiring']
    for s in h['intro']:
        p1.line(s, 50, y, size=9)
        y -= 8
    rows = [['年度', h['tracks']['admin'], h['tracks']['tech'], '計']]
    for r in h['rows']:
        rows.append([r['labelText'], cell(r['admin']), cell(r['tech']), cell(r['total'])])
    y = table(p1, 50, y, [130, 100, 100, 100], rows) - 14
    for s in h['note']:
        p1.line(s, 50, y, size=8.5)
        y -= 14
    y -= 14
    y = heading(p1, y, '配属実績', color)
    a = f['assignments']
    p1.line(a['intro'], 50, y, size=9)
    y -= 8
    rows = [['配属先', a['tracks']['admin'], a['tracks']['tech']]]
    for r in a['rows']:
        rows.append([r['unit'], str(r['admin']) if r['admin'] else '－', str(r['tech']) if r['tech'] else '－'])
    table(p1, 50, y, [150, 90, 90], rows)
    p1.text(W / 2, 30, '- 1 -', size=8, furniture=True, align='center')

    # page 2
    y = H - 60
    y = heading(p2, y, '試験区分', color)
    e = f['exams']
    p2.line(e['title'], 50, y, size=9)
    y -= 8
    rows = [['区分', '試験', '試験区分', '予定数']]
    for en in e['entries']:
        for i, b in enumerate(en['breakdown']):
            rows.append([en['track'] if i == 0 else None, en['exam'] if i == 0 else None, b['category'],
                         str(b['count'])])
    y = table(p2, 50, y, [70, 210, 90, 60], rows, align=['left', 'left', 'left', 'center']) - 26
    y = heading(p2, y, f['training']['title'], color)
    for s in f['training']['paragraphs']:
        p2.line(s, 50, y, size=9.5)
        y -= 15
    y -= 12
    y = heading(p2, y, '働きやすい職場づくり', color)
    for i in f['initiatives']:
        p2.line('■' + i['title'], 50, y, font='G', size=9.5)
        y -= 14
        p2.line(i['text'], 62, y, size=9)
        y -= 17
    y -= 8
    y = heading(p2, y, f['supportTitle'], color)
    for s in f['supportSystems']:
        p2.line(f"●{s['name']}（{s['durationText']}）", 50, y, font='G', size=9.5)
        y -= 14
        p2.line(s['text'], 62, y, size=9)
        y -= 17
    y -= 8
    for c in f['contacts']:
        y = heading(p2, y, c['track'], color)
        p2.line(c['office'], 50, y, size=9.5)
        y -= 15
        for t in c['telText'] + c['emailText']:
            p2.line(t, 50, y, size=9.5)
            y -= 15
    y -= 10
    y = heading(p2, y, 'アクセス', color)
    ac = f['access']
    p2.line(ac['address'], 50, y, size=9.5)
    y -= 15
    for r in ac['routesText']:
        p2.line(r, 50, y, size=9.5)
        y -= 15
    p2.text(W / 2, 30, '- 2 -', size=8, furniture=True, align='center')
    return [p1, p2]


# ---------------------------------------------------------------- render
def remap_tounicode(pdf, remap):
    """Rewrite each font subset's ToUnicode bfchar entries (code -> remapped code points), fix that stream's
    /Length and rebuild the xref table, so the file stays a valid PDF."""
    if not remap:
        return pdf
    rev = {format(ord(k), '04X'): ''.join(format(ord(ch), '04X') for ch in v) for k, v in remap.items()}
    hits = Counter()

    def entry(m):
        u = m.group(2).decode()
        if u in rev:
            hits[u] += 1
            u = rev[u]
        return b'<%s> <%s>' % (m.group(1), u.encode())

    def stream(m):
        body = m.group(4)
        if b'beginbfchar' not in body:
            return m.group(0)
        nb = re.sub(rb'<([0-9A-F]{2})> <([0-9A-F]{4})>', entry, body)
        length = int(m.group(2)) + len(nb) - len(body)
        return m.group(1) + b'/Length %d' % length + m.group(3) + nb + b'endstream'
    pdf2 = re.sub(rb'(\n\d+ 0 obj\n<<\n)/Length (\d+)(\n>>\nstream\n)(.*?)endstream',
                  stream, pdf, flags=re.S)
    need(hits, 'remap hit nothing')
    # rebuild the xref table
    offs = {int(m.group(1)): m.start() + 1 for m in re.finditer(rb'\n(\d+) 0 obj\n', pdf2)}
    xpos = pdf2.rindex(b'\nxref\n') + 1
    n = max(offs) + 1
    need(sorted(offs) == list(range(1, n)), 'objects not numbered 1..n')
    xref = b'xref\n0 %d\n0000000000 65535 f \n' % n + b''.join(b'%010d 00000 n \n' % offs[i] for i in range(1, n))
    tail = pdf2[pdf2.index(b'trailer', xpos):]
    tail = re.sub(rb'startxref\n\d+', b'startxref\n%d' % xpos, tail)
    return pdf2[:xpos] + xref + tail


def render(pages, remap, seed):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
    c.setTitle('職員採用案内')
    rnd = random.Random(seed)
    for p in pages:
        for g in p.gfx:
            if g[0] == 'rect':
                _, x, y, w, h, fill, stroke, lw = g
                c.setFillColorRGB(*fill)
                c.rect(x, y, w, h, stroke=0, fill=1)
            else:
                _, x1, y1, x2, y2, lw, col = g
                c.setStrokeColorRGB(*col)
                c.setLineWidth(lw)
                c.line(x1, y1, x2, y2)
        items = list(p.items)
        rnd.shuffle(items)
        for it in items:
            c.setFillColorRGB(*it['color'])
            c.setFont(it['font'], it['size'])
            c.drawString(it['x'], it['y'], it['text'])
        c.showPage()
    c.save()
    return remap_tounicode(buf.getvalue(), remap)


# ---------------------------------------------------------------- checks
def strip(s):
    return ''.join(s.split())


def check_pages(pages):
    for pn, p in enumerate(pages, 1):
        boxes = []
        for it in p.items:
            face = FACES[it['font']]
            for ch in it['text']:
                need(ch != '\u3000', f'p{pn}: U+3000 in {it["text"]}')
                need(ord(ch) in face.charToGlyph, f'p{pn}: glyph missing for {ch!r} in {it["text"]}')
            w = pdfmetrics.stringWidth(it['text'], it['font'], it['size'])
            box = (it['x'], it['y'] - 0.14 * it['size'], it['x'] + w, it['y'] + 0.88 * it['size'])
            need(box[0] >= EDGE and box[2] <= W - EDGE and box[1] >= EDGE and box[3] <= H - EDGE,
                 f'p{pn}: in the edge margin: {it["text"]}')
            if not it['furniture']:
                need(box[1] >= BOTTOM, f'p{pn}: body item in the bottom margin: {it["text"]}')
            for b, t in boxes:
                need(box[2] <= b[0] or b[2] <= box[0] or box[3] <= b[1] or b[3] <= box[1],
                     f'p{pn}: overlap {t!r} / {it["text"]!r}')
            boxes.append((box, it['text']))
        drawn = Counter(strip(''.join(it['text'] for it in p.items if not it['furniture'])))
        exp = Counter(strip(''.join(p.expected)))
        need(drawn == exp, f'p{pn}: drawn and expected characters differ: {(drawn - exp) + (exp - drawn)}')
        furn = {strip(it['text']) for it in p.items if it['furniture']}
        need(not (furn & {strip(s) for s in p.expected}), f'p{pn}: furniture in the expected text')
        for s in p.expected:
            need(s and s[0] not in '。、）」』・ー', f'p{pn}: expected line starts with a kinsoku character: {s}')


def check_pdf(pdf, pages, remap):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as tf:
        tf.write(pdf)
        tf.flush()
        for pn, p in enumerate(pages, 1):
            got = subprocess.run(['pdftotext', '-f', str(pn), '-l', str(pn), tf.name, '-'],
                                 capture_output=True, text=True).stdout
            want = ''.join(remap.get(ch, ch) for ch in strip(''.join(it['text'] for it in p.items)))
            need(Counter(strip(got)) == Counter(want), f'p{pn}: pdftotext differs from the drawn (remapped) text: '
                 f'{(Counter(strip(got)) - Counter(want)) + (Counter(want) - Counter(strip(got)))}')
    need(pdf.count(b'BT') >= sum(len(p.items) for p in pages), 'fewer text objects than items')


def standin(f):
    """a document built from the facts, in the shape checks() reads"""
    def c(x):
        return {'count': x['count'], 'women': x.get('women')}
    return {
        'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']},
        'sections': {
            'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': c(r['total']),
                                 'administrative': c(r['admin']), 'technical': c(r['tech'])}
                                for r in f['hiring']['rows']]},
            'assignments': {'cohortFiscalYear': f['assignments']['cohortFiscalYear'],
                            'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0,
                                      'technical': r['tech'] or 0} for r in f['assignments']['rows']]},
            'examBreakdown': {'entries': [{'track': track(e['track']), 'level': level(e['exam']),
                                           'category': b['category'], 'count': b['count']}
                                          for e in f['exams']['entries'] for b in e['breakdown']]},
            'contacts': [{'office': x['office'], 'phones': [{'number': t} for t in x['tel']],
                          'emails': x['email']} for x in f['contacts']],
            'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]},
            'initiatives': [{'title': i['title']} for i in f['initiatives']],
            'supportSystems': [{'name': s['name']} for s in f['supportSystems']],
        }}


def check_facts(f, expected_text, labelform):
    lines = [l for l in expected_text.split('\n')]
    lineset = set(lines)
    h = f['hiring']
    rows = h['rows']
    need([r['fiscalYear'] for r in rows] == list(range(rows[0]['fiscalYear'], rows[0]['fiscalYear'] + len(rows))),
         'years not consecutive')
    need(sum(r['planned'] for r in rows) == 1 and rows[-1]['planned'], 'exactly one planned row, the last')
    for r in rows:
        for k in ('total', 'admin', 'tech'):
            x = r[k]
            need(unicodedata.normalize('NFKC', x['text']) == str(x['count']), f'text != count {r["labelText"]} {k}')
            if r['planned']:
                need(x['women'] is None, 'women on the planned row')
            else:
                need(x['women'] is not None and 0 <= x['women'] <= x['count'], f'women out of range {r["labelText"]}')
                need(x['womenText'] == str(x['women']), 'womenText != women')
        need(r['total']['count'] == r['admin']['count'] + r['tech']['count'], f'total != admin + tech {r["labelText"]}')
        if not r['planned']:
            need(r['total']['women'] == r['admin']['women'] + r['tech']['women'], f'women total {r["labelText"]}')
        need(r['label'] == era(r['fiscalYear']), f'label is not the era label {r["labelText"]}')
        need(r['labelText'] == labelform(r['fiscalYear'], r['planned']), f'labelText does not name the year')
        need('\t'.join([r['labelText'], cell(r['admin']), cell(r['tech']), cell(r['total'])]) in lineset,
             f'hiring row not printed {r["labelText"]}')
    planned = rows[-1]['fiscalYear']
    need(planned == f['edition']['year'] == f['exams']['fiscalYear'] == int(f['edition']['asOf'][:4]),
         'planned / edition / exam year differ')
    m = re.match(r'令和(\d+)年(\d+)月', f['edition']['asOfText'])
    need(m and f"{2018 + int(m.group(1))}-{int(m.group(2)):02d}" == f['edition']['asOf'], 'asOf != printed')
    a = f['assignments']
    actual = [r for r in rows if not r['planned']]
    need(a['cohortFiscalYear'] == actual[-1]['fiscalYear'], 'cohort is not the last actual year')
    need(labelform(a['cohortFiscalYear'], False) in a['intro'], 'cohort not named in the intro')
    units = [r['unit'] for r in a['rows']]
    need(len(set(units)) == len(units), 'duplicate unit')
    need(sum(r['admin'] or 0 for r in a['rows']) == actual[-1]['admin']['count'], 'assignment admin sum')
    need(sum(r['tech'] or 0 for r in a['rows']) == actual[-1]['tech']['count'], 'assignment tech sum')
    for r in a['rows']:
        need(r['admin'] != 0 and r['tech'] != 0, 'zero assignment')
        need('\t'.join([r['unit'], str(r['admin']) if r['admin'] else '－', str(r['tech']) if r['tech'] else '－'])
             in lineset, f'assignment row not printed {r["unit"]}')
    keys = set()
    per_track = Counter()
    for e in f['exams']['entries']:
        need(e['total'] == sum(b['count'] for b in e['breakdown']), 'exam total != categories')
        need(track(e['track']) != 'other', 'exam track maps to other')
        need('院' not in e['exam'], 'exam name with 院')
        per_track[track(e['track'])] += e['total']
        for i, b in enumerate(e['breakdown']):
            k = (track(e['track']), level(e['exam']), norm(b['category']))
            need(k not in keys, f'colliding category {k}')
            keys.add(k)
            row = '\t'.join([e['track'] if i == 0 else '', e['exam'] if i == 0 else '', b['category'], str(b['count'])])
            need(row in lineset, f'exam row not printed {b["category"]}')
    need(per_track['administrative'] == rows[-1]['admin']['count'], 'admin exam categories != planned')
    need(per_track['technical'] == rows[-1]['tech']['count'], 'tech exam categories != planned')
    for s in f['supportSystems']:
        need(s['duration'] == s['durationText'], 'duration != durationText')
        need(f"●{s['name']}（{s['durationText']}）" in lineset and s['text'] in lineset, f'support not printed {s["name"]}')
    for i in f['initiatives']:
        need('■' + i['title'] in lineset and i['text'] in lineset, f'initiative not printed {i["title"]}')
    must = [f['organization'], f['edition']['asOfText'], f['exams']['title'], a['intro'], f['access']['address'],
            f['supportTitle']] + f['lead']['text'] + h['intro'] + h['note'] + f['training']['paragraphs']
    for c in f['contacts']:
        must += [c['track'], c['office']] + c['telText'] + c['emailText']
        for t, tt in zip(c['tel'], c['telText']):
            need(re.sub(r'\D', '', t) == re.sub(r'\D', '', tt.split('（')[0]), f'phone != printed {t}')
        for m_, mt in zip(c['email'], c['emailText']):
            need(m_ in mt, f'e-mail not on its line {m_}')
    for s in must:
        need(s in lineset, f'fact not printed as a line: {s}')
    need(len(f['access']['routes']) == len(f['access']['routesText']), 'routes / routesText')
    for r, rt in zip(f['access']['routes'], f['access']['routesText']):
        need(r.replace('『', '').replace('』', '') == rt and rt in lineset, f'route not printed {r}')
        need(re.search(r'』駅', r), f'stop not followed by 駅 {r}')
    need(f['document'].startswith(f['organization'] + ' ') and f['document'][len(f['organization']) + 1:] in lineset,
         'document title not printed')
    drawn = norm(expected_text)
    res = checks(f, standin(f), drawn)
    need(all(ok for _, ok in res), f'stand-in misses: {[n for n, ok in res if not ok]}')
    kinds = {n.split()[0] for n, _ in res}
    need(kinds >= {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route',
                   'initiative', 'support'}, f'not every kind of check reached: {kinds}')
    need(not any(ok for _, ok in checks(f, {}, drawn)), 'an empty document scores')
    return len(res)


LABELFORMS = {
    'ishinomaki-suido': lambda fy, p: era(fy) + ('（予定）' if p else ''),
    'fujimino': lambda fy, p: era(fy) + ('（予定）' if p else ''),
    'miyakonojo-suido': lambda fy, p: f'令{fy - 2018}年度' + ('（予定）' if p else ''),
}


def expected_of(pages):
    return '\n\f\n'.join('\n'.join(p.expected) for p in pages) + '\n'


def build(name, facts=None, pages_hook=None):
    f, remap, color = BROCHURES[name]()
    true_f = f
    pages = layout(true_f, color)
    if pages_hook:
        pages_hook(pages)
    f = facts if facts is not None else true_f
    check_pages(pages)
    exp = expected_of(pages)
    n = check_facts(f, exp, LABELFORMS[name])
    seed = sum(map(ord, name))
    pdf = render(pages, remap, seed)
    need(pdf == render(pages, remap, seed), 'render not deterministic')
    check_pdf(pdf, pages, remap)
    return f, pages, exp, pdf, n


def write(name):
    f, pages, exp, pdf, n = build(name)
    os.makedirs(OUT, exist_ok=True)
    base = os.path.join(OUT, name + '-2026')
    open(base + '.pdf', 'wb').write(pdf)
    open(base + '.expected.txt', 'w').write(exp)
    open(base + '.facts.json', 'w').write(json.dumps(f, ensure_ascii=False, indent=2) + '\n')
    print(f'{name}-2026: {len(pdf)} bytes, {sum(len(p.items) for p in pages)} text items, {n} fact checks')


# ---------------------------------------------------------------- fault injection
def faults():
    def fact(fn):
        return ('facts', fn)

    def page(fn):
        return ('pages', fn)

    def planned_first(f):
        f['hiring']['rows'].insert(0, f['hiring']['rows'].pop())
    L = [
        ('hiring total +1', fact(lambda f: f['hiring']['rows'][1]['total'].update(count=f['hiring']['rows'][1]['total']['count'] + 1))),
        ('women total +1', fact(lambda f: f['hiring']['rows'][2]['total'].update(women=f['hiring']['rows'][2]['total']['women'] + 1))),
        ('track women +1', fact(lambda f: f['hiring']['rows'][0]['admin'].update(women=f['hiring']['rows'][0]['admin']['women'] + 1))),
        ('women above heads', fact(lambda f: f['hiring']['rows'][3]['tech'].update(women=99))),
        ('women on planned', fact(lambda f: f['hiring']['rows'][-1]['admin'].update(women=1))),
        ('planned first', fact(planned_first)),
        ('wrong era label', fact(lambda f: f['hiring']['rows'][0].update(label='令和4年度'))),
        ('printed text differs', fact(lambda f: f['hiring']['rows'][4]['admin'].update(text='9', count=9))),
        ('assignment +1', fact(lambda f: f['assignments']['rows'][0].update(admin=(f['assignments']['rows'][0]['admin'] or 0) + 1))),
        ('wrong cohort', fact(lambda f: f['assignments'].update(cohortFiscalYear=2024))),
        ('duplicated unit', fact(lambda f: f['assignments']['rows'].append(dict(f['assignments']['rows'][0], admin=None, tech=None)))),
        ('exam count +1 with total', fact(lambda f: (f['exams']['entries'][0]['breakdown'][0].update(count=f['exams']['entries'][0]['breakdown'][0]['count'] + 1), f['exams']['entries'][0].update(total=f['exams']['entries'][0]['total'] + 1)))),
        ('last category +1', fact(lambda f: f['exams']['entries'][-1]['breakdown'][-1].update(count=f['exams']['entries'][-1]['breakdown'][-1]['count'] + 1))),
        ('exam name with 院', fact(lambda f: [e.update(exam=e['exam'] + '院') for e in f['exams']['entries']])),
        ('colliding category', fact(lambda f: f['exams']['entries'][-1]['breakdown'][-1].update(category=f['exams']['entries'][-1]['breakdown'][0]['category']))),
        ('e-mail not printed', fact(lambda f: f['contacts'][0].update(email=['x' + f['contacts'][0]['email'][0]]))),
        ('office not printed', fact(lambda f: f['contacts'][0].update(office=f['contacts'][0]['office'][:-1]))),
        ('route not printed', fact(lambda f: f['access']['routes'].__setitem__(0, f['access']['routes'][0].replace('』', '口』')))),
        ('support name not printed', fact(lambda f: f['supportSystems'][0].update(name=f['supportSystems'][0]['name'] + '制度'))),
        ('initiative not printed', fact(lambda f: f['initiatives'][0].update(title=f['initiatives'][0]['title'][:-1]))),
        ('organisation not printed', fact(lambda f: f.update(organization=f['organization'][1:]))),
        ('wrong phone', fact(lambda f: f['contacts'][0].update(tel=[f['contacts'][0]['tel'][0][:-1] + '9']))),
        ('wrong asOf', fact(lambda f: f['edition'].update(asOf='2026-05'))),
        ('wrong edition year', fact(lambda f: f['edition'].update(year=2025))),
        ('duration differs', fact(lambda f: f['supportSystems'][1].update(duration='1年'))),
        ('overlapping item', page(lambda ps: ps[0].items.append(dict(ps[0].items[5], x=ps[0].items[5]['x'] + 3)))),
        ('item in edge margin', page(lambda ps: ps[1].items.append(dict(ps[1].items[0], x=5, text='欄外')))),
        ('glyph the font lacks', page(lambda ps: (ps[1].items.append(dict(ps[1].items[0], y=60, text='😀')), ps[1].expected.append('😀')))),
        ('kinsoku line start', page(lambda ps: ps[0].expected.__setitem__(len(ps[0].expected) - 1, '。' + ps[0].expected[-1]))),
        ('extra expected character', page(lambda ps: ps[1].expected.__setitem__(0, ps[1].expected[0] + '字'))),
        ('body line made furniture', page(lambda ps: ps[0].items[0].update(furniture=True))),
    ]
    return L


def selftest(verbose):
    refused = total = 0
    for name in BROCHURES:
        for label, (kind, fn) in faults():
            total += 1
            try:
                if kind == 'facts':
                    f = copy.deepcopy(BROCHURES[name]()[0])
                    fn(f)
                    build(name, facts=f)
                else:
                    build(name, pages_hook=fn)
                print(f'NOT REFUSED {name}: {label}')
            except Fault as e:
                refused += 1
                if verbose:
                    print(f'refused {name}: {label}: {e}')
    # an overflowing cell
    total += 1
    try:
        table(Page(), 50, 500, [40, 40], [['年度', 'x'], ['令和3年度（予定）の長いセル', '1']])
        print('NOT REFUSED overflowing cell')
    except Fault as e:
        refused += 1
        if verbose:
            print(f'refused scratch table: overflowing cell: {e}')
    # the ToUnicode rewrite really lands (the drawn, unmapped text must NOT be what pdftotext reads)
    for name in ('ishinomaki-suido', 'fujimino'):
        total += 1
        f, remap, color = BROCHURES[name]()
        pages = layout(f, color)
        pdf = render(pages, {}, 1)
        try:
            check_pdf(pdf, pages, remap)
            print(f'NOT REFUSED {name}: PDF without its ToUnicode rewrite')
        except Fault as e:
            refused += 1
            if verbose:
                print(f'refused {name}: PDF without its ToUnicode rewrite: {str(e)[:80]}')
    print(f'selftest: {refused}/{total} refused')
    return refused == total


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    names = [a for a in args if not a.startswith('-')] or list(BROCHURES)
    for n in names:
        write(n)


if __name__ == '__main__':
    main()
