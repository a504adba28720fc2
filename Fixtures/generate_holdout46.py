#!/usr/bin/env python3
"""Holdout set 46 (blind): hinohara-2026, ncc-2026, nfaj-2026.

Self-contained generator: page model in PDF coordinates, a ruled-table helper with multi-line cells,
kinsoku line breaking, four ways of writing a text object (plain `Tf` size, size in the text matrix,
horizontal scaling `Tz`, kerned `TJ` arrays, a mid-object font switch), shuffled drawing, the checks
and a fault-injection self-test.  Deterministic (reportlab invariant=1, no page compression).

  python3 Fixtures/generate_holdout46.py [NAME ...]
  python3 Fixtures/generate_holdout46.py --selftest [-v]
"""
import copy, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
import score_extract  # noqa: E402

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.join(HERE, 'holdout46')
pdfmetrics.registerFont(TTFont('G', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont('M', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
W, H = 595.28, 841.89
EDGE = 14
ERA = lambda y: f'令和{y - 2018}年度'

class Refused(Exception):
    pass

def sw(text, font, size):
    return pdfmetrics.stringWidth(text, 'Helvetica' if font == 'H' else font, size)

# ---------------------------------------------------------------- page model
class Item:
    """One visual line = one text object.  mode: plain | tm (size in Tm, 1 Tf) | tz (horizontal
    scaling) | tj (kerned TJ array) | mix (several runs in several fonts, one text object)."""
    def __init__(self, x, y, text, font='G', size=9, mode='plain', hs=100, kern=0, runs=None, furniture=False):
        self.x, self.y, self.text, self.font, self.size = x, y, text, font, size
        self.mode, self.hs, self.kern, self.runs, self.furniture = mode, hs, kern, runs, furniture
        if runs: self.text = ''.join(t for _, t in runs)
    def width(self):
        if self.runs: return sum(sw(t, f, self.size) for f, t in self.runs)
        w = sw(self.text, self.font, self.size) * self.hs / 100
        if self.mode == 'tj': w -= self.kern * self.size / 1000 * (len(self.text) - 1)
        return w
    def box(self):
        return (self.x, self.y - 0.14 * self.size, self.x + self.width(), self.y + 0.88 * self.size)

class Doc:
    def __init__(self, name, mode):
        self.name, self.mode = name, mode          # default text mode of the brochure
        self.pages = []                            # each: {'items': [], 'gfx': [], 'expected': []}
        self.cells = []                            # (item, cell width) for the overflow check
        self.wraps = []                            # (lines, width, font, size) for the kinsoku check
        self.facts = None
        self.boxes = {}
    def page(self):
        self.pages.append({'items': [], 'gfx': [], 'expected': []})
        return self.pages[-1]
    def text(self, x, y, s, font='G', size=9, mode=None, align='left', **kw):
        it = Item(x, y, s, font, size, mode or self.mode, **kw)
        if font == 'H' and it.mode == 'tj': it.mode = 'plain'
        if it.mode == 'tj' and not it.kern: it.kern = 40
        if align == 'right': it.x = x - it.width()
        elif align == 'center': it.x = x - it.width() / 2
        self.pages[-1]['items'].append(it)
        return it
    def exp(self, line):
        self.pages[-1]['expected'].append(line)
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        self.pages[-1]['gfx'].append(('rect', x, y, w, h, fill, stroke, lw))
    def rule(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0)):
        self.pages[-1]['gfx'].append(('line', x1, y1, x2, y2, lw, color))

KIN_HEAD = set('、。，．）」』】〕・ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々！？：；〜～')
KIN_TAIL = set('（「『【〔')

def wrap(text, width, font, size):
    lines, cur = [], ''
    for ch in text:
        if cur and sw(cur + ch, font, size) > width:
            if ch in KIN_HEAD:              # pull the last character down with it
                lines.append(cur[:-1]); cur = cur[-1] + ch
            else:
                lines.append(cur); cur = ch
            while lines[-1] and lines[-1][-1] in KIN_TAIL:
                cur = lines[-1][-1] + cur; lines[-1] = lines[-1][:-1]
        else:
            cur += ch
    if cur: lines.append(cur)
    return lines

def para(d, x, y, text, width, font='M', size=9, lead=14, indent=0):
    lines = wrap(text, width - indent, font, size)
    d.wraps.append((lines, width - indent, font, size))
    for ln in lines:
        d.text(x + indent, y, ln, font, size); d.exp(ln); y -= lead
    return y

def heading(d, x, y, s, width, color, font='G', size=12):
    d.rect(x, y - 4, 4, size + 4, fill=color)
    d.rule(x, y - 6, x + width, y - 6, 0.6, color)
    d.text(x + 9, y, s, font, size); d.exp(s)
    return y - size - 14

def table(d, x, ytop, widths, rows, size=8.5, font='G', pitch=None, tints=(), header=1, align=None,
          cellmode=None, color=(0.85, 0.85, 0.85), runs=None):
    """rows: list of rows, a cell is a string or a list of strings (several lines, joined in the
    expected text).  cellmode(r, c) may return a dict of Item options (mode, hs, kern)."""
    nlines = [max(len(c) if isinstance(c, list) else 1 for c in row) for row in rows]
    lead = size + 2.5
    y = ytop
    tw = sum(widths)
    for r, row in enumerate(rows):
        h = (pitch or (size + 8)) + (nlines[r] - 1) * lead
        if r < header or r in tints:
            d.rect(x, y - h, tw, h, fill=color if r < header else (0.95, 0.95, 0.9))
        d.rule(x, y, x + tw, y, 0.8 if r == 0 else 0.4)
        cx = x
        cells = []
        for c, cell in enumerate(row):
            lines = cell if isinstance(cell, list) else [cell]
            top = y - (h - (len(lines) - 1) * lead) / 2 - size * 0.35
            for k, ln in enumerate(lines):
                if not ln: continue
                opts = dict(cellmode(r, c) if cellmode else {})
                rr = runs(r, c, ln) if runs else None
                a = (align(r, c) if align else 'left')
                ax = cx + 4 if a == 'left' else (cx + widths[c] / 2 if a == 'center' else cx + widths[c] - 4)
                if rr: opts['runs'] = rr
                it = d.text(ax, top - k * lead, ln, opts.pop('font', font), size, align=a, **opts)
                d.cells.append((it, widths[c] - 6))
            cells.append(''.join(lines))
            cx += widths[c]
        d.exp('\t'.join(cells))
        y -= h
    d.rule(x, y, x + tw, y, 0.8)
    cx = x
    for wdt in [0] + list(widths):
        cx += wdt
        d.rule(cx, ytop, cx, y, 0.4)
    return y

# ---------------------------------------------------------------- data helpers
def hrow(year, a, t, planned=False):
    tot = (a[0] + t[0], None if planned else a[1] + t[1])
    def cell(v):
        c = {'count': v[0], 'text': str(v[0]), 'women': None if planned else v[1]}
        if not planned: c['womenText'] = str(v[1])
        return c
    return {'fiscalYear': year, 'label': ERA(year), 'labelText': ERA(year) + ('（予定）' if planned else ''),
            'planned': planned, 'total': cell(tot), 'admin': cell(a), 'tech': cell(t)}

def ctext(c):
    return c['text'] + (f"（{c['womenText']}）" if c.get('womenText') is not None else '')

# ---------------------------------------------------------------- common page parts
def masthead(d, f, color, kicker=None):
    d.rect(0, H - 96, W, 96, fill=color)
    y = H - 52
    if kicker:
        d.text(40, H - 30, kicker, 'G', 8); d.exp(kicker)
    org = d.text(40, y, f['organization'], 'M', 22)
    d.text(org.x + org.width() + 10, y, '職員採用案内', 'G', 12)
    d.exp(f['organization'] + ' 職員採用案内')
    d.text(W - 40, y, f['edition']['asOfText'], 'G', 9, align='right'); d.exp(f['edition']['asOfText'])
    return H - 122

def pageno(d, n):
    d.text(W / 2, 24, f'- {n} -', 'H', 8, align='center', furniture=True)

def back_page(d, f, color, ini_mark='●'):
    """p2: initiatives, support table, training, contacts, access."""
    d.page()
    y = H - 60
    y = heading(d, 40, y, f['_iniTitle'], W - 80, color)
    for i in f['initiatives']:
        d.text(46, y, ini_mark + i['title'], 'G', 9.5); d.exp(ini_mark + i['title']); y -= 14
        y = para(d, 46, y, i['text'], W - 92, indent=10) - 4
    y -= 6
    y = heading(d, 40, y, f['supportTitle'], W - 80, color)
    rows = [['制度', '期間', '内容']] + [[s['name'], s['durationText'], s['text']] for s in f['supportSystems']]
    y = table(d, 40, y + 4, [120, 140, W - 80 - 260], rows, size=8.5, color=tuple(min(1, c + 0.05) for c in color)) - 20
    y = heading(d, 40, y, f['training']['title'], W - 80, color)
    for p in f['training']['paragraphs']:
        y = para(d, 40, y, p, W - 80)
    y -= 10
    c = f['contacts'][0]
    y = heading(d, 40, y, c['track'], W - 80, color)
    for ln, font in ((c['office'], 'G'), (c['telText'][0], 'H'), (c['emailText'][0], 'H'), (c['hoursText'], 'G')):
        d.text(46, y, ln, font, 9); d.exp(ln); y -= 13
    y -= 8
    y = heading(d, 40, y, 'アクセス', W - 80, color)
    a = f['access']
    d.text(46, y, a['address'], 'G', 9); d.exp(a['address']); y -= 13
    for r in a['routes']:
        s = '■' + r.replace('『', '').replace('』', '')
        d.text(46, y, s, 'G', 9); d.exp(s); y -= 13
    pageno(d, 2)

def hiring_rows_table(d, f, x, y, widths, cellruns=None, cellmode=None, color=(0.85, 0.85, 0.85)):
    h = f['hiring']
    rows = [['年度', h['tracks']['admin'], h['tracks']['tech'], '計']]
    for r in h['rows']:
        rows.append([r['labelText'], ctext(r['admin']), ctext(r['tech']), ctext(r['total'])])
    return table(d, x, y, widths, rows, tints=(len(rows) - 1,), runs=cellruns, cellmode=cellmode, color=color,
                 align=lambda r, c: 'right' if c and r else ('left' if not c else 'center'))

def assign_table(d, f, x, y, widths, cellmode=None, color=(0.85, 0.85, 0.85)):
    a = f['assignments']
    rows = [['配属先', a['tracks']['admin'], a['tracks']['tech']]]
    for r in a['rows']:
        rows.append([r['unit'], str(r['admin']) if r['admin'] else '－', str(r['tech']) if r['tech'] else '－'])
    return table(d, x, y, widths, rows, cellmode=cellmode, color=color,
                 align=lambda r, c: 'center' if c else 'left')

def exam_table(d, f, x, y, widths, cellmode=None, color=(0.85, 0.85, 0.85), size=8.5):
    rows = [['区分', '試験', '職種', '採用予定数']]
    for e in f['exams']['entries']:
        for b in e['breakdown']:
            rows.append([e['track'], e['exam'], b['category'], f"{b['count']}名"])
    return table(d, x, y, widths, rows, cellmode=cellmode, color=color, size=size,
                 align=lambda r, c: 'right' if (c == 3 and r) else 'left')

# ---------------------------------------------------------------- the three brochures
def base_facts(name, org, edtext, asof, lead, tracks, hrows, units, exams_title, entries, training, inis, sup_title,
               sups, contact, address, routes, layout_h, layout_a, layout_e, decoys, ini_title):
    h_intro, h_note = layout_h[1], layout_h[2]
    f = {
        'organization': org, 'document': f'{org} 職員採用案内',
        'edition': {'year': int(asof[:4]), 'asOf': asof, 'asOfText': edtext},
        'lead': {'title': '', 'text': lead},
        'hiring': {'intro': [h_intro], 'note': [h_note], 'tracks': dict(tracks), 'textSynthesised': False,
                   'layout': layout_h[0], 'rows': hrows},
        'assignments': {'cohortFiscalYear': hrows[-2]['fiscalYear'], 'intro': layout_a[1], 'tracks': dict(tracks),
                        'layout': layout_a[0],
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units]},
        'exams': {'title': exams_title, 'fiscalYear': hrows[-1]['fiscalYear'], 'textSynthesised': False,
                  'layout': layout_e,
                  'entries': [{'track': tr, 'exam': ex, 'text': '',
                               'breakdown': [{'category': c, 'count': n} for c, n in br],
                               'total': sum(n for _, n in br)} for tr, ex, br in entries]},
        'training': {'title': training[0], 'paragraphs': training[1:]},
        'initiatives': [{'title': t, 'text': x} for t, x in inis],
        'initiativesIntro': '',
        'supportTitle': sup_title,
        'supportSystems': [{'name': n, 'duration': p, 'durationText': p, 'text': x} for n, p, x in sups],
        'contacts': [{'track': contact[0], 'office': contact[1], 'tel': [contact[2]], 'email': [contact[3]],
                      'location': '', 'telText': ['TEL ' + contact[2]], 'emailText': ['E-mail ' + contact[3]],
                      'hoursText': contact[4]}],
        'access': {'address': address, 'routes': routes, 'routesSynthesised': False},
        'keyFigures': [], 'decoys': decoys, 'pages': 2, 'fixture': f'{name}-2026',
        '_iniTitle': ini_title,
    }
    return f

def facts_hinohara():
    A = [(3, 1), (2, 1), (4, 2), (3, 2), (4, 2)]; T = [(1, 0), (2, 1), (1, 0), (2, 0), (2, 1)]
    rows = [hrow(2021 + i, A[i], T[i]) for i in range(5)] + [hrow(2026, (4, None), (2, None), True)]
    return base_facts(
        'hinohara', '檜原村', '令和8年4月発行', '2026-04',
        ['檜原村は、東京都で島しょ部を除く唯一の村です。森と清流に囲まれた村で、住民に一番近い役場の仕事を担う職員を募集します。'],
        {'admin': '事務職', 'tech': '技術職'},
        rows,
        [('総務課', 1, None), ('住民課', 1, None), ('産業環境課', 1, 1), ('福祉けんこう課', 1, None), ('建設課', None, 1)],
        '令和8年度 採用予定',
        [('事務職', '上級（大学卒業程度）', [('行政', 3)]), ('事務職', '初級（高校卒業程度）', [('一般事務', 1)]),
         ('技術職', '上級（大学卒業程度）', [('土木', 1), ('保健師', 1)])],
        ['職員研修', '採用後は東京都市町村職員研修所の新任研修で、地方自治の基礎と接遇を学びます。',
         '小さな役場なので、若手のうちから複数の課の仕事を経験し、先輩職員が一対一で助言します。'],
        [('時差出勤', '7時30分から10時までの間で始業時刻を選べます。'),
         ('村内公用車の予約', '出張や現場確認に使う公用車を端末から予約できます。'),
         ('移住相談の兼務', '希望する職員は移住相談窓口の当番に加わり、村の暮らしを伝えます。')],
        '仕事と子育ての両立',
        [('育児休業', '子が3歳に達するまで', '2回まで分割して取得できます。'),
         ('部分休業', '子が小学校に入るまで', '1日2時間まで勤務しないことができます。'),
         ('介護休暇', '通算6か月まで', '3回まで分割して取得できます。')],
        ('採用に関するお問い合わせ', '檜原村役場 総務課 人事係', '042-598-1011', 'saiyo@vill.hinohara.tokyo.jp',
         '受付時間 平日8:30～17:15'),
        '〒190-0212 東京都西多摩郡檜原村467-1',
        ['JR五日市線『武蔵五日市』駅から西東京バス「本宿役場前」下車 徒歩1分', 'JR青梅線『拝島』駅から車で約40分'],
        ('ruled, years as COLUMNS: 区分 | 令和/3年度 | … | 令和/8年度/（予定）, rows 事務職 / 技術職 / 計, women in （）',
         '採用者数の推移（単位：人）', '※（　）内は女性の数で内数です。令和8年度は採用予定数です。'),
        ('ruled 配属先 | 事務職 | 技術職', '令和7年度採用者の配属先（単位：人）'),
        'ruled 区分 | 試験 | 職種 | 採用予定数',
        {'sizeInTm': 'every text object sets 1 Tf and carries its size in the text matrix',
         'eraSplit': 'year header cells split over two lines (令和 / 3年度)', 'hours': 'the 受付時間 line'},
        '働きやすい役場づくり')

def facts_ncc():
    A = [(14, 8), (16, 9), (12, 7), (15, 9), (17, 10)]; T = [(5, 1), (6, 2), (4, 1), (7, 3), (6, 2)]
    rows = [hrow(2021 + i, A[i], T[i]) for i in range(5)] + [hrow(2026, (18, None), (6, None), True)]
    return base_facts(
        'ncc', '国立がん研究センター', '2026年3月発行', '2026-03',
        ['国立がん研究センターは、がんの研究と診療を一体で進める国立研究開発法人です。',
         '研究と病院の運営を支え、新しい治療を患者さんに届ける職員を募集します。'],
        {'admin': '事務部門', 'tech': '研究支援技術部門'},
        rows,
        [('総務部', 3, None), ('人事部', 2, None), ('財務経理部', 3, None), ('研究支援センター研究推進部', 4, 2),
         ('中央病院事務部', 3, 1), ('東病院事務部', 2, 1), ('情報統括センター', None, 2)],
        '令和8年度 試験区分別の採用予定',
        [('事務部門', '国立高度専門医療研究センター等事務職員統一採用試験（大卒程度）', [('一般事務', 14), ('病院事務', 3)]),
         ('事務部門', '大学院修士課程修了程度（研究支援職選考）', [('研究支援', 1)]),
         ('研究支援技術部門', '大学卒業程度（技術職員選考）', [('電気', 2), ('機械', 1), ('情報', 3)])],
        ['研修制度', '採用後は新任職員研修で、がん医療と研究の基礎、医療安全と個人情報の扱いを学びます。',
         '3年目以降は他の研究センターや厚生労働関係機関での研修にも参加できます。'],
        [('テレワーク', '研究支援部門では週2日まで自宅で勤務できます。'),
         ('院内保育所', '築地キャンパスに24時間対応の保育所があります。'),
         ('会議の時間短縮', '会議は原則30分以内とし、資料は前日までに共有します。')],
        '両立支援制度',
        [('育児休業', '子が3歳に達するまで', '男性職員の取得も進んでいます。'),
         ('育児時間', '子が1歳6か月になるまで', '1日2回、各30分まで取得できます。'),
         ('介護休業', '通算93日まで', '3回まで分割して取得できます。')],
        ('お問い合わせ', '国立がん研究センター 人事部人事課 採用担当', '03-3547-5290', 'saiyo-jinji@ncc.go.jp',
         '受付時間 平日9:30～17:00'),
        '〒104-0045 東京都中央区築地5-1-1',
        ['都営大江戸線『築地市場』駅A1出口から徒歩1分', '東京メトロ日比谷線『築地』駅2番出口から徒歩5分'],
        ('ruled 年度 | 事務部門 | 研究支援技術部門 | 計, women in （）, digits in Helvetica runs inside the Gothic cell',
         '常勤職員の採用者数（単位：人）', '※（　）内は女性の数で内数です。令和8年度は採用予定数です。'),
        ('ruled 配属先 | 事務部門 | 研究支援技術部門, long units condensed (Tz)', '令和7年度採用者の配属先（単位：人）'),
        'ruled 区分 | 試験 | 職種 | 採用予定数, long exam names condensed (Tz)',
        {'condensed': 'long cells set with horizontal scaling (長体, Tz)',
         'mixedFonts': 'hiring cells with Helvetica digits and Gothic brackets in one text object',
         'hours': 'the 受付時間 line'},
        '働き方改革')

def facts_nfaj():
    A = [(3, 2), (2, 1), (4, 2), (3, 1), (4, 3)]; T = [(1, 1), (2, 0), (1, 0), (2, 1), (1, 1)]
    rows = [hrow(2021 + i, A[i], T[i]) for i in range(5)] + [hrow(2026, (3, None), (2, None), True)]
    return base_facts(
        'nfaj', '国立映画アーカイブ', '2026年2月発行', '2026-02',
        ['国立映画アーカイブは、日本で唯一の国立の映画専門機関です。映画フィルムと関連資料を集めて保存し、',
         '上映と展示で公開しています。映画を未来に残す仕事を支える職員を募集します。'],
        {'admin': '一般事務', 'tech': '保存技術'},
        rows,
        [('総務課', 2, None), ('事業推進室', 1, None), ('上映展示課', 1, None), ('保存修復課', None, 1)],
        '令和8年度 採用予定',
        [('一般事務', '大学卒業程度（国立美術館職員採用試験）', [('一般事務', 3)]),
         ('保存技術', '大学院修士課程修了程度（専門職員選考）', [('フィルム保存', 1), ('デジタル復元', 1)])],
        ['人材育成', '採用後は国立美術館の合同研修で、所蔵品の扱いと文化行政の基礎を学びます。',
         '保存技術の職員は、海外の映画アーカイブでの実地研修に参加できます。'],
        [('フレックスタイム', '上映や作業の日程に合わせて勤務時間を調整できます。'),
         ('分館との連携', '保存庫のある分館との移動は公用車で行い、負担を減らしています。'),
         ('資格取得の支援', '学芸員や情報処理の資格取得にかかる費用を補助します。')],
        '両立支援',
        [('育児休業', '子が3歳に達するまで', '2回まで分割して取得できます。'),
         ('子の看護休暇', '年5日まで', '子が2人以上の場合は年10日までです。'),
         ('介護休暇', '通算6か月まで', '3回まで分割して取得できます。')],
        ('採用に関するお問い合わせ', '国立映画アーカイブ 総務課 人事係', '03-3561-0823', 'jinji@nfaj.go.jp',
         '受付時間 平日10:00～17:00'),
        '〒104-0031 東京都中央区京橋3-7-6',
        ['東京メトロ銀座線『京橋』駅1番出口から徒歩1分', '都営浅草線『宝町』駅A4出口から徒歩1分'],
        ('ruled 年度 | 一般事務 | 保存技術 | 計, women in （）, every line a kerned TJ array',
         '採用者数（単位：人）', '※（　）内は女性の数で内数です。令和8年度は採用予定数です。'),
        ('ruled 配属先 | 一般事務 | 保存技術', '令和7年度採用者の配属先（単位：人）'),
        'ruled 区分 | 試験 | 職種 | 採用予定数',
        {'kicker': '独立行政法人国立美術館 (not the organisation)',
         'kerning': 'every Gothic / Mincho line a TJ array with proportional tightening', 'hours': 'the 受付時間 line'},
        '働きやすい職場づくり')

def digit_runs(ln):
    """ncc: digits in Helvetica, everything else in IPAex Gothic, one text object."""
    out = []
    for ch in ln:
        f = 'H' if ch.isascii() else 'G'
        if out and out[-1][0] == f: out[-1][1] += ch
        else: out.append([f, ch])
    return [tuple(r) for r in out]

def build(name):
    f = {'hinohara': facts_hinohara, 'ncc': facts_ncc, 'nfaj': facts_nfaj}[name]()
    mode = {'hinohara': 'tm', 'ncc': 'plain', 'nfaj': 'tj'}[name]
    color = {'hinohara': (0.82, 0.92, 0.84), 'ncc': (0.84, 0.88, 0.96), 'nfaj': (0.93, 0.88, 0.82)}[name]
    d = Doc(name, mode)
    d.facts = f
    d.page()
    y = masthead(d, f, color, kicker='独立行政法人国立美術館' if name == 'nfaj' else None)
    for p in f['lead']['text']:
        y = para(d, 40, y, p, W - 80, 'M', 9.5, 15)
    y -= 10
    h = f['hiring']
    y = heading(d, 40, y, '採用実績', W - 80, color)
    d.text(40, y, h['intro'][0], 'G', 9); d.exp(h['intro'][0]); y -= 8
    if name == 'hinohara':
        # NEW: years as columns, the era on the first line of the header cell and the year on the second
        hdr = ['区分'] + [['令和', f"{r['fiscalYear'] - 2018}年度"] + (['（予定）'] if r['planned'] else [])
                         for r in h['rows']]
        rows = [hdr] + [[h['tracks'][k]] + [ctext(r[k]) for r in h['rows']] for k in ('admin', 'tech')] + \
               [['計'] + [ctext(r['total']) for r in h['rows']]]
        y = table(d, 40, y, [70] + [72] * 6, rows, color=color, align=lambda r, c: 'center' if c else 'left')
        d.boxes['planned_col'] = True
    elif name == 'ncc':
        y = hiring_rows_table(d, f, 40, y, [130, 130, 130, 125], cellruns=lambda r, c, ln: digit_runs(ln) if r else None,
                              color=color)
    else:
        y = hiring_rows_table(d, f, 40, y, [130, 120, 120, 110], color=color)
    y -= 12
    d.text(40, y, h['note'][0], 'G', 8); d.exp(h['note'][0]); y -= 22
    a = f['assignments']
    y = heading(d, 40, y, '配属実績', W - 80, color)
    d.text(40, y, a['intro'], 'G', 9); d.exp(a['intro']); y -= 8
    if name == 'ncc':
        def amode(r, c):
            return {'mode': 'tz', 'hs': 80} if (c == 0 and r and len(a['rows'][r - 1]['unit']) > 8) else {}
        y = assign_table(d, f, 40, y, [110, 120, 120], cellmode=amode, color=color)
    else:
        y = assign_table(d, f, 40, y, [150, 120, 120], color=color)
    y -= 20
    y = heading(d, 40, y, '採用予定', W - 80, color)
    d.text(40, y, f['exams']['title'], 'G', 9); d.exp(f['exams']['title']); y -= 8
    if name == 'ncc':
        def emode(r, c):
            if c == 1 and r:
                e = [e for e in f['exams']['entries'] for b in e['breakdown']][r - 1]['exam']
                if sw(e, 'G', 8.5) > 214: return {'mode': 'tz', 'hs': 70}
            return {}
        y = exam_table(d, f, 40, y, [100, 220, 110, 85], cellmode=emode, color=color)
    else:
        y = exam_table(d, f, 40, y, [90, 250, 100, 75], color=color)
    pageno(d, 1)
    d.boxes['p1_bottom'] = y
    back_page(d, f, color, ini_mark='●' if name != 'ncc' else '◆')
    # the initiatives heading comes from the private key
    return d

# ---------------------------------------------------------------- rendering
def enc(c, font, text):
    """[(internal font name, escaped bytes)] for a run, the way reportlab's text object does it."""
    if font == 'H':
        return [(c._doc.getInternalFontName('Helvetica'), c._escape(text))]
    fo = pdfmetrics.getFont(font)
    return [(fo.getSubsetInternalName(sub, c._doc), c._escape(t)) for sub, t in fo.splitString(text, c._doc)]

def fmt(v):
    return ('%.2f' % v).rstrip('0').rstrip('.')

def emit(c, it):
    ops = ['q', '0 0 0 rg', 'BT']
    if it.mode == 'tm':                    # size in the text matrix, 1 Tf
        ops.append(f'{fmt(it.size)} 0 0 {fmt(it.size)} {fmt(it.x)} {fmt(it.y)} Tm')
        size = 1
    else:
        ops.append(f'1 0 0 1 {fmt(it.x)} {fmt(it.y)} Tm')
        size = it.size
    if it.mode == 'tz':
        ops.append(f'{fmt(it.hs)} Tz')
    runs = it.runs or [(it.font, it.text)]
    first = True
    for font, text in runs:
        for fname, b in enc(c, 'H' if font == 'H' else font, text):
            ops.append(f'{fname} {fmt(size)} Tf')
            if it.mode == 'tj':
                # kerned array: one glyph per string, a tightening of `kern`/1000 em between glyphs
                arr = []
                for p in re.findall(r'\\[0-7]{3}|\\.|.', b, re.S):
                    if not first: arr.append(str(it.kern))
                    arr.append(f'({p})'); first = False
                ops.append('[' + ' '.join(arr) + '] TJ')
            else:
                ops.append(f'({b}) Tj')
    ops += ['ET', 'Q']
    c._code.append('\n'.join(ops))

def render(d, path):
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1, pageCompression=0)
    c.setTitle(d.facts['document']); c.setAuthor('BrochureKit holdout46'); c.setCreator('generate_holdout46.py')
    rng = random.Random('holdout46-' + d.name)
    for p in d.pages:
        for g in p['gfx']:
            if g[0] == 'rect':
                _, x, y, w, h, fill, stroke, lw = g
                if fill: c.setFillColorRGB(*fill)
                if stroke: c.setStrokeColorRGB(*stroke); c.setLineWidth(lw)
                c.rect(x, y, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)
            else:
                _, x1, y1, x2, y2, lw, col = g
                c.setStrokeColorRGB(*col); c.setLineWidth(lw); c.line(x1, y1, x2, y2)
        items = list(p['items'])
        rng.shuffle(items)
        for it in items:
            emit(c, it)
        c.showPage()
    c.save()

# ---------------------------------------------------------------- checks
def norm(s):
    return score_extract.norm(s)

def nows(s):
    return ''.join(s.split())

def stand_in(f):
    """The extract document a perfect tool would give, built from the facts."""
    h = f['hiring']
    def v(c): return {'count': c['count'], 'women': c.get('women')}
    return {
        'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']},
        'sections': {
            'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': v(r['total']),
                                 'administrative': v(r['admin']), 'technical': v(r['tech'])} for r in h['rows']]},
            'assignments': {'cohortFiscalYear': f['assignments']['cohortFiscalYear'],
                            'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0}
                                     for r in f['assignments']['rows']]},
            'examBreakdown': {'entries': [{'track': score_extract.track(e['track']), 'level': score_extract.level(e['exam']),
                                           'category': b['category'], 'count': b['count']}
                                          for e in f['exams']['entries'] for b in e['breakdown']]},
            'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']}
                         for c in f['contacts']],
            'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]},
            'initiatives': [{'title': i['title']} for i in f['initiatives']],
            'supportSystems': [{'name': s['name']} for s in f['supportSystems']],
        }}

def check_arith(f):
    h = f['hiring']['rows']
    for r in h:
        for k in ('total', 'admin', 'tech'):
            c = r[k]
            if c['text'] != str(c['count']): raise Refused(f"hiring {r['labelText']} {k}: printed text != count")
            if r['planned']:
                if c.get('women') is not None: raise Refused(f"arithmetic: planned row {r['labelText']} has women")
            else:
                if c.get('women') is None: raise Refused(f"arithmetic: {r['labelText']} {k} lacks women")
                if c['women'] > c['count']: raise Refused(f"arithmetic: {r['labelText']} {k} women > heads")
                if c.get('womenText') != str(c['women']): raise Refused(f"hiring {r['labelText']} {k}: womenText")
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            raise Refused(f"arithmetic: {r['labelText']} total != admin + tech")
        if not r['planned'] and r['total']['women'] != r['admin']['women'] + r['tech']['women']:
            raise Refused(f"arithmetic: {r['labelText']} women total != admin + tech")
        if r['label'] != ERA(r['fiscalYear']): raise Refused(f"label {r['label']} != era of {r['fiscalYear']}")
    planned = [i for i, r in enumerate(h) if r['planned']]
    if planned != [len(h) - 1]: raise Refused('arithmetic: exactly one planned row, and it must be last')
    years = [r['fiscalYear'] for r in h]
    if len(h) < 6 or years != list(range(years[0], years[0] + len(h))):
        raise Refused('arithmetic: need >= 5 consecutive actual years then the planned one')
    py = h[-1]['fiscalYear']
    if not (py == f['edition']['year'] == f['exams']['fiscalYear'] == int(f['edition']['asOf'][:4])):
        raise Refused('arithmetic: planned year != edition year != exam year')
    a = f['assignments']
    if a['cohortFiscalYear'] != h[-2]['fiscalYear']: raise Refused('arithmetic: cohort != last actual year')
    units = [norm(r['unit']) for r in a['rows']]
    if len(set(units)) != len(units): raise Refused('assignment: duplicate unit')
    for r in a['rows']:
        for k in ('admin', 'tech'):
            if r[k] is not None and r[k] <= 0: raise Refused(f"assignment: {r['unit']} {k} zero or negative")
    for k in ('admin', 'tech'):
        if sum(r[k] or 0 for r in a['rows']) != h[-2][k]['count']:
            raise Refused(f'arithmetic: assignment {k} sum != cohort hires')
    keys = set()
    per_track = Counter()
    for e in f['exams']['entries']:
        if e['total'] != sum(b['count'] for b in e['breakdown']): raise Refused(f"exam: {e['exam']} total != categories")
        t = score_extract.track(e['track'])
        if t == 'other': raise Refused(f"exam: track {e['track']} maps to other")
        for b in e['breakdown']:
            key = (t, score_extract.level(e['exam']), norm(b['category']))
            if key in keys: raise Refused(f'exam: colliding category {key}')
            keys.add(key)
            per_track[t] += b['count']
    if per_track['administrative'] != h[-1]['admin']['count'] or per_track['technical'] != h[-1]['tech']['count']:
        raise Refused('arithmetic: exam categories of a track != its planned hires')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']: raise Refused('support: duration != durationText')

def has_glyph(font, ch):
    if font == 'H': return ord(ch) < 127 and ch.isprintable()
    return ord(ch) in pdfmetrics.getFont(font).face.charToGlyph

def check_layout(d):
    for p, page in enumerate(d.pages, 1):
        items = page['items']
        for it in items:
            for f, t in (it.runs or [(it.font, it.text)]):
                for ch in t:
                    if not has_glyph(f, ch): raise Refused(f'p{p}: glyph {ch!r} missing in font {f}')
            x0, y0, x1, y1 = it.box()
            if x0 < EDGE or y0 < EDGE or x1 > W - EDGE or y1 > H - EDGE:
                raise Refused(f'p{p}: {it.text!r} in the edge margin or off the page')
        for i, a in enumerate(items):
            A = a.box()
            for b in items[i + 1:]:
                B = b.box()
                if A[0] < B[2] - 0.3 and B[0] < A[2] - 0.3 and A[1] < B[3] - 0.3 and B[1] < A[3] - 0.3:
                    raise Refused(f'p{p}: {a.text!r} overlaps {b.text!r}')
    for it, w in d.cells:
        if it.width() > w + 0.01: raise Refused(f'cell overflow: {it.text!r} {it.width():.1f} > {w:.1f}')
    for lines, w, font, size in d.wraps:
        for k, ln in enumerate(lines):
            if k and ln[0] in KIN_HEAD: raise Refused(f'kinsoku: line starts with {ln[0]!r}')
            if ln[-1] in KIN_TAIL: raise Refused(f'kinsoku: line ends with {ln[-1]!r}')
            if sw(ln, font, size) > w + 0.01: raise Refused(f'wrap: line wider than its column: {ln!r}')

def check_text(d):
    for p, page in enumerate(d.pages, 1):
        drawn = Counter(nows(''.join(it.text for it in page['items'] if not it.furniture)))
        want = Counter(nows(''.join(page['expected'])))
        if drawn != want:
            raise Refused(f'p{p}: drawn text != expected text: +{dict(drawn - want)} -{dict(want - drawn)}')

def expected_text(d):
    return '\n\f\n'.join('\n'.join(p['expected']) for p in d.pages) + '\n'

def check_facts(d):
    f = d.facts
    text = norm(expected_text(d))
    lines = [ln.split('\t') for p in d.pages for ln in p['expected']]
    def need(s, what):
        if norm(s) not in text: raise Refused(f'fact not printed: {what} {s!r}')
    need(f['organization'], 'organization'); need(f['edition']['asOfText'], 'edition')
    for s in f['lead']['text']: need(s, 'lead')
    h = f['hiring']
    for s in h['intro'] + h['note'] + list(h['tracks'].values()): need(s, 'hiring')
    # printed numbers: rows as lines (label first) or years as columns (label in the header line)
    for r in h['rows']:
        cells = [ctext(r[k]) for k in ('admin', 'tech', 'total')]
        row = [ln for ln in lines if ln[0] == r['labelText']]
        if row:
            if not all(cl in row[0] for cl in cells): raise Refused(f"hiring {r['labelText']}: printed cells differ")
            continue
        hdr = [ln for ln in lines if r['labelText'] in ln[1:]]
        if not hdr: raise Refused(f"hiring {r['labelText']}: label not printed")
        j = hdr[0].index(r['labelText'])
        for k, name in (('admin', h['tracks']['admin']), ('tech', h['tracks']['tech']), ('total', '計')):
            row = [ln for ln in lines if ln[0] == name and len(ln) > j]
            if not row or row[0][j] != ctext(r[k]): raise Refused(f"hiring {r['labelText']} {k}: printed cell differs")
    a = f['assignments']
    need(a['intro'], 'assignment intro')
    for s in a['tracks'].values(): need(s, 'assignment track')
    for r in a['rows']: need(r['unit'], 'unit')
    e = f['exams']
    need(e['title'], 'exam title')
    for x in e['entries']:
        need(x['track'], 'exam track'); need(x['exam'], 'exam')
        for b in x['breakdown']: need(b['category'], 'category')
    for c in f['contacts']:
        for k in ('track', 'office', 'hoursText'): need(c[k], 'contact ' + k)
        for t, tt in zip(c['tel'], c['telText']):
            need(t, 'phone'); need(tt, 'TEL line')
            if re.sub(r'\D', '', t) != re.sub(r'\D', '', tt): raise Refused('TEL line digits != phone')
        for m, mt in zip(c['email'], c['emailText']):
            need(m, 'e-mail'); need(mt, 'E-mail line')
            if m not in mt: raise Refused('E-mail line lacks the e-mail')
    need(f['access']['address'], 'address')
    for r in f['access']['routes']: need(r.replace('『', '').replace('』', ''), 'route')
    for i in f['initiatives']: need(i['title'], 'initiative'); need(i['text'], 'initiative text')
    need(f['supportTitle'], 'support title')
    for s in f['supportSystems']:
        need(s['name'], 'support'); need(s['durationText'], 'support period'); need(s['text'], 'support text')
    need(f['training']['title'], 'training')
    for s in f['training']['paragraphs']: need(s, 'training paragraph')

def check_score(d):
    drawn = norm(expected_text(d))
    res = score_extract.checks(d.facts, stand_in(d.facts), drawn)
    bad = [n for n, ok in res if not ok]
    if bad: raise Refused(f'stand-in document misses {bad}')
    kinds = {n.split(' ')[0] if not n.startswith('assignment cohort') else 'assignment cohort' for n, _ in res}
    want = {'organization', 'edition', 'hiring', 'assignment', 'assignment cohort', 'exam', 'phone', 'email',
            'office', 'route', 'initiative', 'support'}
    if not want <= kinds: raise Refused(f'stand-in reaches no {want - kinds} check')
    if any(ok for _, ok in score_extract.checks(d.facts, {}, drawn)): raise Refused('an empty document scores')
    return res

def check_pdf(d, path):
    data = open(path, 'rb').read()
    n = len(re.findall(rb'(?m)^BT$', data))
    if n != sum(len(p['items']) for p in d.pages): raise Refused(f'{n} text objects != {sum(len(p["items"]) for p in d.pages)} items')
    for p, page in enumerate(d.pages, 1):
        out = subprocess.run(['pdftotext', '-f', str(p), '-l', str(p), '-enc', 'UTF-8', path, '-'],
                             capture_output=True, text=True, check=True).stdout
        got = Counter(nows(out)); want = Counter(nows(''.join(it.text for it in page['items'])))
        if got != want: raise Refused(f'p{p}: pdftotext gives +{dict(got - want)} -{dict(want - got)}')

def check_all(d):
    check_arith(d.facts)
    check_layout(d)
    check_text(d)
    check_facts(d)
    return check_score(d)

def public_facts(f):
    return {k: v for k, v in f.items() if not k.startswith('_')}

def produce(name, outdir=OUT):
    d = build(name)
    res = check_all(d)
    os.makedirs(outdir, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        p1, p2 = os.path.join(tmp, 'a.pdf'), os.path.join(tmp, 'b.pdf')
        render(d, p1); render(build(name), p2)
        if open(p1, 'rb').read() != open(p2, 'rb').read(): raise Refused('two renderings differ')
        check_pdf(d, p1)
        base = os.path.join(outdir, f'{name}-2026')
        with open(p1, 'rb') as src, open(base + '.pdf', 'wb') as dst: dst.write(src.read())
    with open(base + '.expected.txt', 'w', encoding='utf-8') as fh: fh.write(expected_text(d))
    with open(base + '.facts.json', 'w', encoding='utf-8') as fh:
        json.dump(public_facts(d.facts), fh, ensure_ascii=False, indent=2); fh.write('\n')
    kinds = Counter(n.split(' ')[0] if not n.startswith('assignment cohort') else 'cohort' for n, _ in res)
    print(f'{name}-2026: {len(res)} fact checks {dict(kinds)}, '
          f'{sum(len(p["items"]) for p in d.pages)} text objects')

# ---------------------------------------------------------------- self-test
def faults():
    def overlap(d):
        it = d.pages[0]['items'][5]; d.pages[0]['items'].append(copy.copy(it)); d.pages[0]['items'][-1].x += 1
    def extra_char(d): d.pages[0]['expected'].append('Ｘ')
    def hire_total(d): d.facts['hiring']['rows'][0]['total']['count'] += 1; d.facts['hiring']['rows'][0]['total']['text'] = str(d.facts['hiring']['rows'][0]['total']['count'])
    def women_total(d): d.facts['hiring']['rows'][1]['total']['women'] += 1; d.facts['hiring']['rows'][1]['total']['womenText'] = str(d.facts['hiring']['rows'][1]['total']['women'])
    def assign(d):
        r = d.facts['assignments']['rows'][0]; r['admin'] = (r['admin'] or 0) + 1
    def exam(d): d.facts['exams']['entries'][0]['breakdown'][0]['count'] += 1
    def email(d): d.facts['contacts'][0]['email'][0] = 'x' + d.facts['contacts'][0]['email'][0]
    def emoji(d): d.pages[1]['items'][0].text += '\U0001F600'
    def margin(d): d.pages[0]['items'][3].x = 6
    def women_planned(d): d.facts['hiring']['rows'][-1]['admin']['women'] = 0
    def planned_first(d): rows = d.facts['hiring']['rows']; rows.insert(0, rows.pop())
    def collide(d):
        for e in d.facts['exams']['entries']:
            b = e['breakdown'][0]
            if b['count'] >= 2:
                b['count'] -= 1; e['breakdown'].insert(1, {'category': b['category'], 'count': 1}); return
        raise AssertionError('no category to split')
    def overflow(d): it, w = d.cells[3]; d.cells[3] = (it, it.width() - 5)
    def kinsoku(d):
        lines, w, fo, s = d.wraps[0]
        t = ''.join(lines); d.wraps[0] = ([t[:6], '。' + t[7:]], w, fo, s)
    def dup_unit(d): d.facts['assignments']['rows'].append(dict(d.facts['assignments']['rows'][0], admin=None, tech=None))
    def last_cat(d):
        e = d.facts['exams']['entries'][-1]; e['breakdown'][-1]['count'] += 1; e['total'] += 1
    return [('overlapping copy', overlap, 'overlaps'), ('extra expected char', extra_char, 'drawn text != expected'),
            ('hiring total +1', hire_total, 'total != admin + tech'),
            ('women total +1', women_total, 'women total != admin + tech'),
            ('assignment +1', assign, 'assignment admin sum'), ('exam count +1', exam, 'total != categories'),
            ('e-mail not printed', email, 'fact not printed: e-mail'), ('emoji', emoji, 'glyph'),
            ('edge margin', margin, 'edge margin'), ('women on planned row', women_planned, 'planned row'),
            ('planned row first', planned_first, 'exactly one planned row'),
            ('colliding exam category', collide, 'colliding category'), ('overflowing cell', overflow, 'cell overflow'),
            ('wrapped line starts with 。', kinsoku, 'kinsoku'), ('duplicated unit', dup_unit, 'duplicate unit'),
            ('last exam category +1', last_cat, 'its planned hires')]

def selftest(verbose):
    ok = total = 0
    for name in ('hinohara', 'ncc', 'nfaj'):
        for label, fn, reason in faults():
            total += 1
            d = build(name); fn(d)
            try:
                check_all(d); msg = None
            except Refused as e:
                msg = str(e)
            good = msg is not None and reason in msg
            ok += good
            if verbose or not good: print(f"{'ok  ' if good else 'FAIL'} {name:9} {label:28} -> {msg}")
    total += 1
    lines = wrap('あいうえおかきくけこ。さしすせそ（たちつてと）なにぬねの、はひふへほ。' * 3, 60, 'M', 9)
    good = all(l[0] not in KIN_HEAD for l in lines[1:]) and all(l[-1] not in KIN_TAIL for l in lines)
    ok += good
    if verbose or not good: print(f"{'ok  ' if good else 'FAIL'} wrap() keeps kinsoku")
    print(f'selftest: {ok}/{total} refused as they should be')
    return ok == total

def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    names = [a for a in args if not a.startswith('-')] or ['hinohara', 'ncc', 'nfaj']
    for n in names:
        try:
            produce(n)
        except Refused as e:
            print(f'{n}: REFUSED: {e}'); sys.exit(1)

if __name__ == '__main__':
    main()
