#!/usr/bin/env python3
"""Holdout set 78 (blind): three NATIONAL bodies' recruitment brochures (two A4 pages each).

  python3 Fixtures/generate_holdout78.py                    # all three (deterministic)
  python3 Fixtures/generate_holdout78.py iwaki-kokudo-2026  # one
  python3 Fixtures/generate_holdout78.py --selftest [-v]    # fault injection: every fault must be refused

Self-contained: a page model in top-down coordinates, a ruled-table helper, reportlab's canvas
(invariant=1, no page compression), the checks and a fault-injection self-test. Every visual text
piece is one text object (one drawString); a page's text objects are written after its graphics in
a seeded shuffled order. See holdout78/README.md.
"""
import copy, io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.lib.colors import Color, white, black  # noqa: E402

OUT = os.path.join(HERE, 'holdout78')
GOTHIC, MINCHO = 'IPAexG', 'IPAexM'
FONTFILES = {GOTHIC: '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
             MINCHO: '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'}
for _n, _p in FONTFILES.items():
    pdfmetrics.registerFont(TTFont(_n, _p))
CMAP = {n: pdfmetrics.getFont(n).face.charToGlyph for n in FONTFILES}
W, H = 595.28, 841.89
EDGE = 20.0          # no ink within 20 pt of the page edge
BOTTOM = H - 48.0    # body items end above this (the folio sits below)
LEFT, RIGHT = 50.0, W - 50.0
KINSOKU = set('。、，．）」』】〕〉》・ー：；？！')
LEGAL = ('国立大学法人', '独立行政法人', '国立研究開発法人', '株式会社', '一般財団法人', '公益財団法人')
ERA_BASE = 2018  # 令和N = 2018 + N


class Refuse(Exception):
    pass


def era_label(fy):
    return f'令和{fy - ERA_BASE}年度'


def squash(s):
    return ''.join(s.split())


# ----------------------------------------------------------------------------------------------
# page model


class Page:
    def __init__(self, num):
        self.num = num
        self.items = []      # dict(x, y, text, font, size, line, kind, color, mode, cellw)
        self.graphics = []   # ('rect', x, top, w, h, color) / ('line', x0, y0, x1, y1, width, color)
        self.lines = []      # expected lines (strings)
        self.y = 0.0

    def newline(self, text):
        self.lines.append(text)
        return len(self.lines) - 1

    def add(self, x, y, text, font=MINCHO, size=9.0, line=None, kind='body', color=black, mode=0, cellw=None):
        self.items.append(dict(x=x, y=y, text=text, font=font, size=size, line=line, kind=kind,
                               color=color, mode=mode, cellw=cellw))

    def text(self, text, x=LEFT, size=9.0, font=MINCHO, gap=None, color=black, mode=0):
        self.y += size * 1.55 if gap is None else gap
        self.add(x, self.y, text, font, size, self.newline(text), color=color, mode=mode)

    def heading(self, text, accent):
        self.y += 22
        self.graphics.append(('rect', LEFT, self.y - 11.5, 4, 14, accent))
        self.graphics.append(('line', LEFT, self.y + 4, RIGHT, self.y + 4, 0.6, accent))
        self.add(LEFT + 9, self.y, text, GOTHIC, 11.5, self.newline(text), mode=2)
        self.y += 4

    def table(self, rows, colw, accent, size=8.6, rowh=15.0, fonts=None, align=None):
        """rows: list of lists of cell strings ('' = empty); rows[0] is the header (tinted)."""
        x0 = LEFT
        top = self.y + 5
        tint = Color(accent.red, accent.green, accent.blue, alpha=0.15)
        self.graphics.append(('rect', x0, top, sum(colw), rowh, tint))
        for r, row in enumerate(rows):
            assert len(row) == len(colw), row
            rt = top + r * rowh
            base = rt + rowh * 0.5 + size * 0.36
            li = self.newline('\t'.join(row))
            x = x0
            for c, cell in enumerate(row):
                if cell:
                    font = GOTHIC if r == 0 else (fonts[c] if fonts else MINCHO)
                    tw = pdfmetrics.stringWidth(cell, font, size)
                    if align and align[c] == 'r' and r > 0:
                        tx = x + colw[c] - 5 - tw
                    else:
                        tx = x + 5
                    self.add(tx, base, cell, font, size, li, cellw=colw[c] - 8)
                x += colw[c]
        n = len(rows)
        for r in range(n + 1):
            self.graphics.append(('line', x0, top + r * rowh, x0 + sum(colw), top + r * rowh, 0.5, black))
        x = x0
        for c in range(len(colw) + 1):
            self.graphics.append(('line', x, top, x, top + n * rowh, 0.5, black))
            if c < len(colw):
                x += colw[c]
        self.y = top + n * rowh + 2

    def folio(self):
        t = f'- {self.num} -'
        self.add(W / 2 - pdfmetrics.stringWidth(t, MINCHO, 8) / 2, H - 30, t, MINCHO, 8, None, kind='folio')


def strip(page, accent):
    page.graphics.append(('rect', 0, 0, W, 14, accent))


# ----------------------------------------------------------------------------------------------
# content


def hiring_rows(spec, planned_marker='（予定）', approx=''):
    rows = []
    for fy, a, aw, t, tw in spec:
        planned = aw is None
        def cnt(c, w):
            return dict(count=c, text=str(c), women=w, womenText=None if w is None else str(w),
                        cellText=approx + str(c) if w is None else f'{c}（{w}）')
        rows.append(dict(fiscalYear=fy, label=era_label(fy), planned=planned,
                         total=cnt(a + t, None if planned else aw + tw), admin=cnt(a, aw), tech=cnt(t, tw),
                         labelText=era_label(fy) + (planned_marker if planned else '')))
    return rows


def base_facts(org, title, asOfText, lead, tracks, hrows, arows, cohort, intro, exams, training, inits,
               init_title, init_format, supports, support_format, contact, address, routes, decoys,
               hiring_header=None, assign_header=None, exam_header=None, exam_layout=''):
    hh = hiring_header or ['年度', tracks[0], tracks[1], '計']
    return {
        'organization': org,
        'document': f'{org} {title}',
        'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': asOfText},
        'lead': {'title': '', 'text': [lead]},
        'hiring': {'intro': ['採用者数の推移（単位：人）'], 'note': ['※（ ）内は女性の数で内数です。'],
                   'tracks': {'admin': tracks[0], 'tech': tracks[1]}, 'textSynthesised': False,
                   'layout': 'ruled ' + ' | '.join(hh) + '; cells N（W）', 'header': hh,
                   'columns': ['label', 'admin', 'tech', 'total'], 'rows': hrows},
        'assignments': {'cohortFiscalYear': cohort, 'intro': intro,
                        'tracks': {'admin': tracks[0], 'tech': tracks[1]},
                        'layout': 'ruled ' + ' | '.join(assign_header or ['配属先', tracks[0], tracks[1]]),
                        'header': assign_header or ['配属先', tracks[0], tracks[1]], 'rows': arows},
        'exams': {'title': '令和8年度の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': exam_layout, 'header': exam_header, 'entries': exams},
        'training': {'title': '研修', 'paragraphs': [training]},
        'initiatives': inits, 'initiativesIntro': '', 'initiativesTitle': init_title,
        'initiativeFormat': init_format,
        'supportTitle': '両立支援制度', 'supportFormat': support_format, 'supportSystems': supports,
        'contacts': [contact],
        'access': {'address': address, 'routes': routes, 'routesSynthesised': False,
                   'routesText': [r.replace('『', '').replace('』', '') for r in routes]},
        'keyFigures': [], 'decoys': decoys,
    }


def exam_entry(trk, exam, cats):
    return dict(track=trk, exam=exam, text='', breakdown=[dict(category=c, count=n) for c, n in cats],
                total=sum(n for _, n in cats))


def contact(office, tel, email, email_text=None, tel_text=None):
    return dict(track='採用担当', office=office, tel=[tel], email=[email], location='',
                telText=[tel_text or f'TEL {tel}'], emailText=[email_text or f'E-mail {email}'], hoursText='')


def p1_common(page, f, accent):
    """lead, hiring table + note, assignments table (shared by all three)."""
    h = f['hiring']
    page.text(f['lead']['text'][0], size=9.5, gap=24)
    page.heading('採用実績', accent)
    page.text(h['intro'][0], size=8.6)
    rows = [h['header']]
    for r in h['rows']:
        rows.append([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
    page.table(rows, [130, 110, 110, 110], accent, align=['l', 'r', 'r', 'r'])
    page.text(h['note'][0], size=8.0)
    page.heading('配属実績', accent)
    a = f['assignments']
    page.text(a['intro'], size=8.6)
    rows = [a['header']]
    for r in a['rows']:
        rows.append([r['unit'], '－' if r['admin'] is None else str(r['admin']),
                     '－' if r['tech'] is None else str(r['tech'])])
    page.table(rows, [170, 110, 110], accent, align=['l', 'r', 'r'])


def p2_exam_standard(page, f, accent):
    e = f['exams']
    page.heading('試験区分', accent)
    page.text(e['title'], size=8.6)
    rows = [e['header']]
    prev_track = None
    for en in e['entries']:
        for i, b in enumerate(en['breakdown']):
            rows.append([en['track'] if en['track'] != prev_track else '', en['exam'] if i == 0 else '',
                         b['category'], str(b['count'])])
            prev_track = en['track']
    page.table(rows, [70, 230, 110, 80], accent, align=['l', 'l', 'l', 'r'])


def p2_tail(page, f, accent, init_draw=None, support_draw=None, contact_draw=None, access_draw=None):
    page.heading('研修', accent)
    page.text(f['training']['paragraphs'][0])
    page.heading(f['initiativesTitle'], accent)
    for it in f['initiatives']:
        if init_draw:
            init_draw(page, it)
        else:
            page.text(it['printed'][0], font=GOTHIC, size=9.5, gap=17)
            page.text(it['printed'][1], x=LEFT + 12)
    page.heading(f['supportTitle'], accent)
    if support_draw:
        support_draw(page, f)
    else:
        for s in f['supportSystems']:
            page.text(s['printed'], font=GOTHIC, size=9.5, gap=17)
            page.text(s['text'], x=LEFT + 12)
    page.heading('お問い合わせ', accent)
    c = f['contacts'][0]
    if contact_draw:
        contact_draw(page, f)
    else:
        page.text(c['office'], font=GOTHIC, size=9.5)
        page.text(c['telText'][0])
        page.text(c['emailText'][0])
    page.heading('アクセス', accent)
    if access_draw:
        access_draw(page, f)
    else:
        page.text(f['access']['address'])
        for r in f['access']['routesText']:
            page.text(r)


def masthead(page, lines, title, edition, accent, size=26):
    page.y = 40
    for i, ln in enumerate(lines):
        page.y += size * 1.15 if i else size
        page.add(LEFT, page.y, ln, GOTHIC, size, page.newline(ln), mode=2, color=accent)
    if title is not None:
        page.text(title, font=GOTHIC, size=14, gap=24)
    if edition is not None:
        page.y += 15
        page.add(RIGHT - pdfmetrics.stringWidth(edition, MINCHO, 9), page.y, edition, MINCHO, 9,
                 page.newline(edition))


# ---- 1. 銚子地方気象台 (Kanto) ----------------------------------------------------------------

def build_choshi():
    accent = Color(0.10, 0.22, 0.50)
    tracks = ('事務系', '技術系')
    hrows = hiring_rows([(2021, 1, 0, 3, 1), (2022, 2, 1, 4, 1), (2023, 1, 1, 3, 0), (2024, 2, 1, 5, 2),
                         (2025, 2, 1, 4, 1), (2026, 2, None, 3, None)], approx='約')
    arows = [dict(unit='総務課', admin=2, tech=None), dict(unit='観測予報課', admin=None, tech=3),
             dict(unit='防災管理課', admin=None, tech=1)]
    exam = '国家公務員採用一般職試験（大卒程度試験）'
    exams = [exam_entry('事務系', exam, [('行政', 2)]),
             exam_entry('技術系', exam, [('物理', 2), ('電気・電子・情報', 1)])]
    inits = []
    for title, since, text in (('フレックスタイム制', '令和6年度導入', '始業・終業の時刻を職員が選べます。'),
                               ('テレワーク', '令和5年度導入', '予報業務以外は週2日まで在宅で勤務できます。')):
        inits.append(dict(title=title, text=text, since=since,
                          printed=[f'■{title}（{since}）', text]))
    supports = [dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで',
                     text='男性職員の取得も増えています。', printed='●育児休業（子が3歳に達するまで）'),
                dict(name='介護休暇', duration='通算6か月', durationText='通算6か月',
                     text='3回まで分けて取得できます。', printed='●介護休暇（通算6か月）')]
    routes = ['JR総武本線『銚子』駅から車で約10分', '銚子電気鉄道『仲ノ町』駅から徒歩約15分']
    f = base_facts('銚子地方気象台', '職員採用案内 2026', '令和8年4月現在',
                   '地域の空と海を見守り、防災に役立つ情報を届けます。', tracks, hrows, arows, 2025,
                   '令和7年度採用者の配属先（単位：人）', exams,
                   '採用後は気象大学校や気象庁本庁での研修で観測と予報の基礎を学びます。', inits,
                   '働きやすい職場づくり', '■title（start, smaller type, same baseline） / indented text',
                   supports, '●name（duration） / indented text',
                   contact('銚子地方気象台 総務課', '0479-22-1187', 'choshi-saiyo@met.kishou.go.jp'),
                   '〒288-0001 千葉県銚子市川口町2-6431', routes,
                   {'hiring': 'the planned row\'s counts printed with 約: 令和8年度（予定）	約2	約3	約5 '
                               '(count = the figure, cellText = the printed cell)',
                    'initiatives': 'each title followed on its baseline by its start in smaller type: （令和6年度導入）'},
                   exam_header=['区分', '試験', '職種', '採用予定数'],
                   exam_layout='ruled 区分 | 試験 | 職種 | 採用予定数')
    p1, p2 = Page(1), Page(2)
    strip(p1, accent); strip(p2, accent)
    masthead(p1, ['銚子地方気象台'], '職員採用案内 2026', f['edition']['asOfText'], accent)
    p1_common(p1, f, accent)
    p2.y = 30
    p2_exam_standard(p2, f, accent)

    def init_draw(page, it):
        page.y += 17
        t = f'■{it["title"]}'
        li = page.newline(it['printed'][0])
        page.add(LEFT, page.y, t, GOTHIC, 9.5, li)
        page.add(LEFT + pdfmetrics.stringWidth(t, GOTHIC, 9.5) + 1, page.y, f'（{it["since"]}）', GOTHIC, 7.5, li)
        page.text(it['printed'][1], x=LEFT + 12)
    p2_tail(p2, f, accent, init_draw=init_draw)
    return f, [p1, p2]


# ---- 2. 磐城国道事務所 (Tohoku) ----------------------------------------------------------------

def build_iwaki():
    accent = Color(0.12, 0.45, 0.25)
    tracks = ('事務系', '技術系')
    hrows = hiring_rows([(2021, 3, 1, 5, 1), (2022, 2, 1, 6, 2), (2023, 4, 2, 5, 0), (2024, 3, 1, 7, 2),
                         (2025, 4, 2, 6, 1), (2026, 3, None, 5, None)])
    arows = [dict(unit='総務課', admin=1, tech=None), dict(unit='経理課', admin=1, tech=None),
             dict(unit='用地課', admin=2, tech=None), dict(unit='工務課', admin=None, tech=2),
             dict(unit='計画課', admin=None, tech=1), dict(unit='管理第一課', admin=None, tech=2),
             dict(unit='交通対策課', admin=None, tech=1)]
    exam = '国家公務員採用一般職試験（大卒程度試験）'
    exams = [exam_entry('事務系', exam, [('行政', 3)]),
             exam_entry('技術系', exam, [('土木', 4), ('電気・電子・情報', 1)])]
    inits = [dict(title='遠隔臨場', text='現場の立会いをカメラで行い、移動の時間を減らしています。',
                  printed=['■遠隔臨場', '現場の立会いをカメラで行い、移動の時間を減らしています。']),
             dict(title='テレワーク', text='週2日まで自宅で勤務できます。',
                  printed=['■テレワーク', '週2日まで自宅で勤務できます。'])]
    supports = [dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで',
                     text='男性職員の取得率は5割を超えました。', printed='●育児休業（子が3歳に達するまで）'),
                dict(name='子の看護休暇', duration='年5日', durationText='年5日',
                     text='時間単位でも取得できます。', printed='●子の看護休暇（年5日）')]
    address = '〒970-8026 福島県いわき市平字五色町8-1'
    routes = ['車で約10分（JR常磐線『いわき』駅から）', 'バスで約25分（JR常磐線『内郷』駅から）']
    c = contact('磐城国道事務所 総務課', '0246-21-4372', 'iwaki-saiyo@thr.mlit.go.jp')
    c['telText'] = [f'{address}　TEL 0246-21-4372']
    f = base_facts('磐城国道事務所', '職員採用案内 2026', '令和8年4月現在',
                   '浜通りの国道を守り、地域の暮らしと復興を支えます。', tracks, hrows, arows, 2025,
                   '令和7年度採用者の配属先（単位：人）', exams,
                   '採用後は東北地方整備局の新規採用者研修を受け、先輩職員の指導のもとで経験を積みます。',
                   inits, '働きやすい職場づくり', '■title / indented text', supports,
                   '●name（duration） / indented text', c, address, routes,
                   {'exams': 'category first, its track in brackets after it in the same cell: 行政（事務系）; '
                             'no track column',
                    'contacts': 'the address and the TEL on one line: 〒… 平字五色町8-1　TEL 0246-21-4372; '
                                'the address printed nowhere else',
                    'access': 'time first, the station in brackets after it: 車で約10分（JR常磐線いわき駅から）'},
                   exam_header=['試験', '試験区分', '採用予定数'],
                   exam_layout='ruled 試験 | 試験区分 | 採用予定数; category cells 行政（事務系）')
    p1, p2 = Page(1), Page(2)
    strip(p1, accent); strip(p2, accent)
    masthead(p1, ['磐城国道事務所'], '職員採用案内 2026', f['edition']['asOfText'], accent)
    p1_common(p1, f, accent)
    p2.y = 30
    e = f['exams']
    p2.heading('試験区分', accent)
    p2.text(e['title'], size=8.6)
    rows = [e['header']]
    first = True
    for en in e['entries']:
        for b in en['breakdown']:
            rows.append([en['exam'] if first else '', f'{b["category"]}（{en["track"]}）', str(b['count'])])
            first = False
    p2.table(rows, [230, 170, 90], accent, align=['l', 'l', 'r'])

    def contact_draw(page, ff):
        cc = ff['contacts'][0]
        page.text(cc['office'], font=GOTHIC, size=9.5)
        page.y += 9 * 1.55
        li = page.newline(cc['telText'][0])
        page.add(LEFT, page.y, ff['access']['address'], MINCHO, 9, li)
        page.add(LEFT + pdfmetrics.stringWidth(ff['access']['address'], MINCHO, 9) + 14, page.y,
                 'TEL 0246-21-4372', MINCHO, 9, li)
        page.text(cc['emailText'][0])

    def access_draw(page, ff):
        for r in ff['access']['routesText']:
            page.text(r)
    p2_tail(p2, f, accent, contact_draw=contact_draw, access_draw=access_draw)
    return f, [p1, p2]


# ---- 3. 福岡教育大学 (Kyushu) -----------------------------------------------------------------

def build_fukuoka():
    accent = Color(0.45, 0.15, 0.40)
    tracks = ('事務職員', '技術職員')
    hrows = hiring_rows([(2021, 6, 3, 1, 0), (2022, 5, 3, 1, 0), (2023, 7, 4, 1, 1), (2024, 6, 2, 2, 0),
                         (2025, 5, 3, 1, 0), (2026, 6, None, 1, None)])
    arows = [dict(unit='総務課', admin=1, tech=None), dict(unit='財務課', admin=1, tech=None),
             dict(unit='学務課', admin=2, tech=None), dict(unit='附属図書館', admin=1, tech=None),
             dict(unit='施設課', admin=None, tech=1)]
    exam = '国立大学法人等職員採用試験（九州地区）'
    exams = [exam_entry('事務職員', exam, [('事務', 6)]), exam_entry('技術職員', exam, [('建築', 1)])]
    inits = [dict(title='時差出勤', text='始業時刻を7時30分から10時までの間で選べます。',
                  printed=['■時差出勤', '始業時刻を7時30分から10時までの間で選べます。']),
             dict(title='年次休暇の計画取得', text='夏季と年末年始に連続休暇を取りやすくしています。',
                  printed=['■年次休暇の計画取得', '夏季と年末年始に連続休暇を取りやすくしています。'])]
    sentence = ['育児休業（子が3歳に達するまで）、子の看護休暇（年5日）、',
                '介護休暇（通算6か月）などの制度を男女とも利用できます。']
    supports = []
    for name, dur in (('育児休業', '子が3歳に達するまで'), ('子の看護休暇', '年5日'), ('介護休暇', '通算6か月')):
        supports.append(dict(name=name, duration=dur, durationText=dur, text='', printed=sentence))
    routes = ['JR鹿児島本線『赤間』駅からバスで約10分', 'JR鹿児島本線『東郷』駅から車で約10分']
    f = base_facts('福岡教育大学', '職員採用案内（令和8年4月）', '令和8年4月',
                   '教員を育てる大学を、事務と技術の力で支えてください。', tracks, hrows, arows, 2025,
                   '令和7年度採用者の配属先（単位：人）', exams,
                   '採用後は九州地区の国立大学法人等が合同で行う新任職員研修に参加します。', inits,
                   '働きやすい職場づくり', '■title / indented text', supports,
                   'one sentence over two lines: name（duration）、name（duration）、name（duration）などの制度…',
                   contact('福岡教育大学 総務課人事係', '0940-35-1218', 'fue-jinji@fukuoka-edu.ac.jp'),
                   '〒811-4192 福岡県宗像市赤間文教町1-1', routes,
                   {'supportSystems': 'the three systems named only inside one sentence (no item lines, no marks)',
                    'edition': 'the edition only in brackets after the title: 職員採用案内（令和8年4月） (no 現在 / 発行)'},
                   exam_header=['区分', '試験', '職種', '採用予定数'],
                   exam_layout='ruled 区分 | 試験 | 職種 | 採用予定数')
    f['supportSentence'] = sentence
    p1, p2 = Page(1), Page(2)
    strip(p1, accent); strip(p2, accent)
    masthead(p1, ['福岡教育大学'], '職員採用案内（令和8年4月）', None, accent)
    p1_common(p1, f, accent)
    p2.y = 30
    p2_exam_standard(p2, f, accent)

    def support_draw(page, ff):
        for ln in ff['supportSentence']:
            page.text(ln)
    p2_tail(p2, f, accent, support_draw=support_draw)
    return f, [p1, p2]


BUILDERS = {'choshi-kishou-2026': build_choshi, 'iwaki-kokudo-2026': build_iwaki,
            'fukuoka-kyoiku-2026': build_fukuoka}


# ----------------------------------------------------------------------------------------------
# rendering


def render(pages, seed, drop=None, noise=False):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=0 if noise else 1, pageCompression=0)
    c.setTitle('')
    rng = random.Random(seed)
    for p in pages:
        for g in p.graphics:
            if g[0] == 'rect':
                _, x, top, w, h, col = g
                c.setFillColor(col); c.setStrokeColor(col)
                c.rect(x, H - top - h, w, h, stroke=0, fill=1)
            else:
                _, x0, y0, x1, y1, lw, col = g
                c.setStrokeColor(col); c.setLineWidth(lw)
                c.line(x0, H - y0, x1, H - y1)
        order = list(range(len(p.items)))
        rng.shuffle(order)
        for i in order:
            it = p.items[i]
            if drop is not None and (p.num, i) == drop:
                continue
            c.setFillColor(it['color']); c.setStrokeColor(it['color'])
            c.setFont(it['font'], it['size'])
            if it['mode']:
                t = c.beginText(it['x'], H - it['y'])
                t.setTextRenderMode(it['mode'])
                c.setLineWidth(0.25)
                t.textOut(it['text'])
                t.setTextRenderMode(0)
                c.drawText(t)
            else:
                c.drawString(it['x'], H - it['y'], it['text'])
        if noise:
            c.setFont(MINCHO, 1)
            c.drawString(EDGE + 1, H - EDGE - 5, '' if random.random() < 2 else 'x')
            c.setAuthor(str(random.random()))
        c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------------------------
# checks


def ink(it):
    w = pdfmetrics.stringWidth(it['text'], it['font'], it['size'])
    return (it['x'], it['y'] - it['size'] * 0.88, it['x'] + w, it['y'] + it['size'] * 0.12)


def check_layout(pages):
    folios = {f'- {p.num} -' for p in pages}
    for p in pages:
        for it in p.items:
            for ch in it['text']:
                if ord(ch) not in CMAP[it['font']]:
                    raise Refuse(f'p{p.num}: glyph {ch!r} missing in {it["font"]}')
            x0, y0, x1, y1 = ink(it)
            if x0 < EDGE or y0 < EDGE or x1 > W - EDGE or y1 > H - EDGE:
                raise Refuse(f'p{p.num}: {it["text"]!r} in the edge margin')
            if it['kind'] == 'body' and y1 > BOTTOM:
                raise Refuse(f'p{p.num}: {it["text"]!r} past the bottom margin')
            if it['cellw'] is not None and x1 - x0 > it['cellw']:
                raise Refuse(f'p{p.num}: cell {it["text"]!r} wider than its column')
        boxes = [ink(it) for it in p.items]
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                    raise Refuse(f'p{p.num}: {p.items[i]["text"]!r} overlaps {p.items[j]["text"]!r}')
        for it in p.items:
            if it['kind'] == 'folio':
                continue
            if it['line'] is None or not (0 <= it['line'] < len(p.lines)):
                raise Refuse(f'p{p.num}: {it["text"]!r} in no expected line')
            if squash(it['text']) not in squash(p.lines[it['line']]):
                raise Refuse(f'p{p.num}: {it["text"]!r} not in its expected line')
        for ln in p.lines:
            s = squash(ln)
            if not s:
                raise Refuse(f'p{p.num}: empty expected line')
            if s[0] in KINSOKU:
                raise Refuse(f'p{p.num}: expected line starts with {s[0]!r}')
            if any(squash(fo) in s for fo in folios) or re.fullmatch(r'-\d+-', s):
                raise Refuse(f'p{p.num}: a folio in the expected text')
        drawn = Counter(squash(''.join(it['text'] for it in p.items if it['kind'] != 'folio')))
        want = Counter(squash(''.join(p.lines)))
        if drawn != want:
            raise Refuse(f'p{p.num}: drawn and expected characters differ: {(drawn - want) + (want - drawn)}')


def check_pdf(pages, pdf):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'x.pdf')
        open(path, 'wb').write(pdf)
        for p in pages:
            out = subprocess.run(['pdftotext', '-f', str(p.num), '-l', str(p.num), path, '-'],
                                 capture_output=True, text=True).stdout
            got = Counter(squash(out))
            want = Counter(squash(''.join(it['text'] for it in p.items)))
            if got != want:
                raise Refuse(f'p{p.num}: pdftotext differs from the drawn text: {(got - want) + (want - got)}')
    nitems = sum(len(p.items) for p in pages)
    if pdf.count(b'\nBT') + pdf.count(b' BT') < nitems:
        raise Refuse('fewer text objects than items')


def parse_asof(text):
    m = re.search(r'令和(\d+)年(\d+)月', text)
    if not m:
        return None
    return f'{ERA_BASE + int(m.group(1)):04d}-{int(m.group(2)):02d}'


def doc_from_facts(f):
    h = f['hiring']
    rows = [dict(fiscalYear=r['fiscalYear'], planned=r['planned'],
                 total=dict(count=r['total']['count'], women=r['total']['women']),
                 administrative=dict(count=r['admin']['count'], women=r['admin']['women']),
                 technical=dict(count=r['tech']['count'], women=r['tech']['women'])) for r in h['rows']]
    a = f['assignments']
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': {
        'hiring': {'rows': rows},
        'assignments': {'cohortFiscalYear': a['cohortFiscalYear'],
                        'rows': [dict(unit=r['unit'], administrative=r['admin'] or 0, technical=r['tech'] or 0)
                                 for r in a['rows']]},
        'examBreakdown': {'entries': [dict(track=track(e['track']), level=level(e['exam']), category=b['category'],
                                           count=b['count']) for e in f['exams']['entries'] for b in e['breakdown']]},
        'contacts': [dict(office=c['office'], phones=[dict(number=t) for t in c['tel']], emails=c['email'])
                     for c in f['contacts']],
        'access': {'routes': [dict(station=r.split('『')[1].split('』')[0]) for r in f['access']['routes']
                              if '『' in r]},
        'initiatives': [dict(title=i['title']) for i in f['initiatives']],
        'supportSystems': [dict(name=s['name']) for s in f['supportSystems']]}}


def check_facts(name, f, pages):
    lines = [ln for p in pages for ln in p.lines]
    lineset = set(lines)
    alltext = '\n'.join(lines)
    sq = squash(alltext)

    def printed_line(s, what):
        if s not in lineset:
            raise Refuse(f'{what} not printed as a line: {s!r}')

    def printed_in(s, what):
        if squash(s) not in sq:
            raise Refuse(f'{what} not printed: {s!r}')
    org = f['organization']
    if any(org.startswith(x) for x in LEGAL):
        raise Refuse('organisation with a legal-form prefix')
    title = f['document'][len(org) + 1:]
    if not f['document'].startswith(org + ' '):
        raise Refuse('document does not start with the organisation')
    printed_line(title, 'title')
    # the masthead = every page-1 line above the title; the organisation is all of it, joined
    k = pages[0].lines.index(title)
    mh = f.get('mastheadLines') or [org]
    if ''.join(mh) != org or pages[0].lines[:k] != mh:
        raise Refuse('organisation is not the whole masthead')
    ed = f['edition']
    if ed['asOfText'] not in alltext:
        raise Refuse('edition text not printed')
    if name == 'fukuoka-kyoiku-2026' and f'（{ed["asOfText"]}）' not in title:
        raise Refuse('edition not in the title brackets')
    if parse_asof(ed['asOfText']) != ed['asOf']:
        raise Refuse('asOf differs from the printed edition')
    h = f['hiring']
    rows = h['rows']
    planned = [r for r in rows if r['planned']]
    if ed['year'] != f['exams']['fiscalYear'] or not planned or planned[-1]['fiscalYear'] != ed['year']:
        raise Refuse('edition year / planned year / exam year differ')
    for a, b in zip(rows, rows[1:]):
        if b['fiscalYear'] != a['fiscalYear'] + 1:
            raise Refuse('hiring years not consecutive')
    if len(planned) != 1 or rows[-1] is not planned[0]:
        raise Refuse('not exactly one planned row, last')
    printed_line('\t'.join(h['header']), 'hiring header')
    if h['header'][1:3] != [h['tracks']['admin'], h['tracks']['tech']]:
        raise Refuse('hiring header tracks')
    for r in rows:
        if r['label'] != era_label(r['fiscalYear']):
            raise Refuse(f'label {r["label"]} is not the era label of {r["fiscalYear"]}')
        if r['labelText'] != r['label'] + ('（予定）' if r['planned'] else ''):
            raise Refuse(f'labelText {r["labelText"]} vs planned flag')
        for k in ('total', 'admin', 'tech'):
            c = r[k]
            if r['planned'] and c['women'] is not None:
                raise Refuse('women on the planned row')
            if not r['planned'] and (c['women'] is None or not 0 <= c['women'] <= c['count']):
                raise Refuse(f'{r["label"]} {k}: women missing or above heads')
            if c['text'] != str(c['count']) or c['womenText'] != (None if c['women'] is None else str(c['women'])):
                raise Refuse(f'{r["label"]} {k}: text differs from count')
            approx = '約' if name == 'choshi-kishou-2026' and r['planned'] else ''
            want = approx + str(c['count']) if c['women'] is None else f'{c["count"]}（{c["women"]}）'
            if c['cellText'] != want:
                raise Refuse(f'{r["label"]} {k}: cellText')
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            raise Refuse(f'{r["label"]}: total != admin + tech')
        if not r['planned'] and r['total']['women'] != r['admin']['women'] + r['tech']['women']:
            raise Refuse(f'{r["label"]}: women total != admin + tech')
        printed_line('\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'],
                                r['total']['cellText']]), 'hiring row')
    a = f['assignments']
    actual = [r for r in rows if not r['planned']]
    if a['cohortFiscalYear'] != actual[-1]['fiscalYear']:
        raise Refuse('assignment cohort is not the last actual year')
    coh = actual[-1]
    printed_line(a['intro'], 'assignment intro')
    if not a['intro'].startswith(era_label(a['cohortFiscalYear']) + '採用者'):
        raise Refuse('assignment intro does not name the cohort')
    if len(re.findall(r'令和\d+年', a['intro'])) != 1:
        raise Refuse('assignment intro names another year')
    printed_line('\t'.join(a['header']), 'assignment header')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        raise Refuse('duplicate unit')
    for r in a['rows']:
        if not (r['admin'] or 0) + (r['tech'] or 0):
            raise Refuse('zero assignment row')
        printed_line('\t'.join([r['unit'], '－' if r['admin'] is None else str(r['admin']),
                                '－' if r['tech'] is None else str(r['tech'])]), 'assignment row')
    if sum(r['admin'] or 0 for r in a['rows']) != coh['admin']['count'] or \
            sum(r['tech'] or 0 for r in a['rows']) != coh['tech']['count']:
        raise Refuse('assignment sums differ from the cohort hires')
    e = f['exams']
    printed_line(e['title'], 'exam title')
    printed_line('\t'.join(e['header']), 'exam header')
    per = Counter()
    keys = set()
    tmap = {h['tracks']['admin']: 'administrative', h['tracks']['tech']: 'technical'}
    for en in e['entries']:
        if en['track'] not in tmap:
            raise Refuse(f'exam track {en["track"]} is no hiring track')
        if track(en['track']) != tmap[en['track']]:
            raise Refuse('exam track maps wrongly')
        if '院' in en['exam'] or any('院' in b['category'] for b in en['breakdown']):
            raise Refuse('院 in an exam or category')
        if sum(b['count'] for b in en['breakdown']) != en['total']:
            raise Refuse('exam categories do not add up to its total')
        per[en['track']] += en['total']
        if en['exam'] not in [c for ln in lines for c in ln.split('\t')]:
            raise Refuse('exam name not printed as a cell')
        for b in en['breakdown']:
            k = (track(en['track']), level(en['exam']), norm(b['category']))
            if k in keys:
                raise Refuse(f'colliding category {k}')
            keys.add(k)
            if re.search(r'[（）【】()]', b['category']):
                raise Refuse(f'category {b["category"]} keeps a bracket')
            cell = b['category'] if name != 'iwaki-kokudo-2026' else f'{b["category"]}（{en["track"]}）'
            if not any(cell in ln.split('\t') and str(b['count']) in ln.split('\t') for ln in lines):
                raise Refuse(f'category {b["category"]} not printed with its count')
    if per[h['tracks']['admin']] != planned[0]['admin']['count'] or \
            per[h['tracks']['tech']] != planned[0]['tech']['count']:
        raise Refuse('exam totals per track differ from the planned hires')
    for i in f['initiatives']:
        for ln in i['printed']:
            printed_line(ln, 'initiative line')
        want = f'■{i["title"]}' + (f'（{i["since"]}）' if 'since' in i else '')
        if i['printed'][0] != want or i['printed'][1] != i['text']:
            raise Refuse(f'initiative {i["title"]} lines')
        if re.search(r'[（）■]', i['title']):
            raise Refuse('initiative title keeps a mark')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']:
            raise Refuse('support duration differs')
        if re.search(r'[（）【】●、]', s['name']):
            raise Refuse('support name keeps a mark')
        item = f'{s["name"]}（{s["duration"]}）'
        if isinstance(s['printed'], list):
            for ln in s['printed']:
                printed_line(ln, 'support sentence line')
            if item not in ''.join(s['printed']):
                raise Refuse(f'support {s["name"]} not in its sentence')
            if not re.search(r'(^|、)' + re.escape(item), ''.join(s['printed'])):
                raise Refuse(f'support {s["name"]} not a listed item')
        else:
            printed_line(s['printed'], 'support line')
            if s['printed'] != '●' + item:
                raise Refuse(f'support line {s["printed"]}')
            printed_line(s['text'], 'support text')
    for c in f['contacts']:
        printed_line(c['office'], 'office')
        if not c['office'].startswith(org):
            raise Refuse('office does not start with the organisation')
        for t, tt in zip(c['tel'], c['telText']):
            printed_line(tt, 'TEL line')
            if not re.fullmatch(r'\d{2,5}-\d{1,4}-\d{4}', t):
                raise Refuse(f'phone {t} not hyphenated')
            if re.sub(r'\D', '', tt.split('TEL')[-1]) != t.replace('-', ''):
                raise Refuse(f'phone {t} differs from its line')
        for m, mt in zip(c['email'], c['emailText']):
            printed_line(mt, 'E-mail line')
            if mt != f'E-mail {m}' or not re.fullmatch(r'[\w.-]+@[\w.-]+', m):
                raise Refuse(f'e-mail {m} vs its line')
    acc = f['access']
    printed_in(acc['address'], 'address')
    if not any(ln == acc['address'] or ln.startswith(acc['address'] + '　') for ln in lines):
        raise Refuse('address does not open a line')
    if len(acc['routes']) != len(acc['routesText']):
        raise Refuse('routes / routesText')
    for r, rt in zip(acc['routes'], acc['routesText']):
        if '『' not in r:
            raise Refuse(f'route without 『』: {r}')
        if r.replace('『', '').replace('』', '') != rt:
            raise Refuse('route differs from its text')
        printed_line(rt, 'route')
        st = r.split('『')[1].split('』')[0]
        if re.search(r'[駅〜～・\s　]|km|線', st) or not r.split('』')[1].startswith('駅'):
            raise Refuse(f'route stop {st!r}')
        if name == 'iwaki-kokudo-2026' and not re.match(r'^\S+?分（', rt):
            raise Refuse('iwaki route is not time first')
    printed_line(f['training']['paragraphs'][0], 'training')
    printed_line(f['lead']['text'][0], 'lead')
    for x in f['hiring']['intro'] + f['hiring']['note']:
        printed_line(x, 'hiring intro/note')
    drawn = norm(alltext)
    res = checks(f, doc_from_facts(f), drawn)
    bad = [n for n, ok in res if not ok]
    if bad:
        raise Refuse(f'stand-in document misses {bad}')
    kinds = {n.split(' ')[0] for n, _ in res}
    need = {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route',
            'initiative', 'support'}
    if not need <= kinds:
        raise Refuse(f'checks never reach {need - kinds}')
    if any(ok for _, ok in checks(f, {}, drawn)):
        raise Refuse('an empty document scores')
    return len(res)


def validate(name, f, pages, render_fn=None):
    check_layout(pages)
    n = check_facts(name, f, pages)
    rf = render_fn or (lambda: render(pages, seed=78_000 + sum(map(ord, name))))
    pdf = rf()
    check_pdf(pages, pdf)
    if rf() != pdf:
        raise Refuse('two renders differ')
    return pdf, n


def expected_text(pages):
    return '\n\f\n'.join('\n'.join(p.lines) for p in pages) + '\n'


def write(name):
    f, pages = BUILDERS[name]()
    for p in pages:
        p.folio()
    pdf, n = validate(name, f, pages)
    os.makedirs(OUT, exist_ok=True)
    open(os.path.join(OUT, name + '.pdf'), 'wb').write(pdf)
    with open(os.path.join(OUT, name + '.facts.json'), 'w', encoding='utf-8') as fh:
        json.dump(f, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    open(os.path.join(OUT, name + '.expected.txt'), 'w', encoding='utf-8').write(expected_text(pages))
    print(f'{name}: {n} fact checks, {sum(len(p.items) for p in pages)} items')


# ----------------------------------------------------------------------------------------------
# self-test


def faults(name):
    """(label, mutate(f, pages) -> optional render_fn)."""
    def H(f):
        return f['hiring']['rows']

    def setc(c, n=None, w='keep'):
        if n is not None:
            c['count'] = n; c['text'] = str(n)
        if w != 'keep':
            c['women'] = w; c['womenText'] = None if w is None else str(w)
        c['cellText'] = str(c['count']) if c['women'] is None else f'{c["count"]}（{c["women"]}）'

    def item(pages, text):
        for p in pages:
            for it in p.items:
                if it['text'] == text:
                    return p, it
        raise KeyError(text)

    def relabel_line(pages, old, new):
        for p in pages:
            for i, ln in enumerate(p.lines):
                if ln == old:
                    p.lines[i] = new
                    for it in p.items:
                        if it['line'] == i and it['text'] in old and it['text'] not in new:
                            pass
        return

    def printed_cell(f, pages, row, key, new):
        r = H(f)[row]
        old_line = '\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']])
        old = r[key]['cellText']
        r[key]['cellText'] = new
        p, it = None, None
        for pg in pages:
            for i, ln in enumerate(pg.lines):
                if ln == old_line:
                    for x in pg.items:
                        if x['line'] == i and x['text'] == old:
                            x['text'] = new
                            pg.lines[i] = ln.replace('\t' + old, '\t' + new, 1)
                            return

    def f1(f, pages):  # hiring total +1 with its text and cell
        r = H(f)[0]; old = r['total']['cellText']; setc(r['total'], r['total']['count'] + 1)
        new = r['total']['cellText']; r['total']['cellText'] = old; printed_cell(f, pages, 0, 'total', new)

    def women_total(f, pages):
        r = H(f)[1]; old = r['total']['cellText']; setc(r['total'], w=r['total']['women'] + 1)
        new = r['total']['cellText']; r['total']['cellText'] = old; printed_cell(f, pages, 1, 'total', new)

    def track_women(f, pages):
        k = next(i for i, r in enumerate(H(f)) if not r['planned'] and r['admin']['women'] < r['admin']['count'])
        r = H(f)[k]; old = r['admin']['cellText']; setc(r['admin'], w=r['admin']['women'] + 1)
        new = r['admin']['cellText']; r['admin']['cellText'] = old; printed_cell(f, pages, k, 'admin', new)

    def women_above(f, pages):
        r = H(f)[3]; setc(r['tech'], w=r['tech']['count'] + 1)

    def women_planned(f, pages):
        setc(H(f)[-1]['admin'], w=0)

    def planned_first(f, pages):
        rows = H(f); rows.insert(0, rows.pop())

    def wrong_label(f, pages):
        H(f)[1]['label'] = '令和5年度'

    def text_differs(f, pages):
        H(f)[0]['admin']['text'] = str(H(f)[0]['admin']['count'] + 1)

    def shift(f, pages):
        for r in H(f):
            r['fiscalYear'] += 1

    def admin_total(f, pages):
        r = H(f)[4]; setc(r['admin'], r['admin']['count'] + 1); setc(r['total'], r['total']['count'] + 1)

    def drop_planned(f, pages):
        H(f)[-1]['planned'] = False

    def assign_plus(f, pages):
        r = next(x for x in f['assignments']['rows'] if x['admin']); r['admin'] += 1

    def wrong_cohort(f, pages):
        f['assignments']['cohortFiscalYear'] -= 1

    def dup_unit(f, pages):
        f['assignments']['rows'][1]['unit'] = f['assignments']['rows'][0]['unit']

    def zero_row(f, pages):
        f['assignments']['rows'].append(dict(unit='企画課', admin=None, tech=0))

    def intro_other(f, pages):
        f['assignments']['intro'] = f['assignments']['intro'].replace('令和7', '令和6')

    def exam_plus(f, pages):
        en = f['exams']['entries'][0]; en['breakdown'][0]['count'] += 1; en['total'] += 1

    def last_cat(f, pages):
        f['exams']['entries'][-1]['breakdown'][-1]['count'] += 1

    def exam_in(f, pages):
        f['exams']['entries'][0]['exam'] += '（大学院卒）'

    def collide(f, pages):
        en = f['exams']['entries'][-1]; en['breakdown'].append(dict(en['breakdown'][0])); en['total'] += en['breakdown'][0]['count']

    def no_track(f, pages):
        f['exams']['entries'][0]['track'] = '行政職'

    def other_track(f, pages):
        tr = f['exams']['entries'][0]['track']
        for en in f['exams']['entries']:
            if en['track'] == tr:
                en['track'] = '一般'
        f['hiring']['tracks']['admin'] = '一般'

    def email_np(f, pages):
        f['contacts'][0]['email'] = ['x' + f['contacts'][0]['email'][0]]

    def office_np(f, pages):
        f['contacts'][0]['office'] += '第二係'

    def route_np(f, pages):
        f['access']['routes'][0] = f['access']['routes'][0].replace('約', '概ね')
        f['access']['routesText'][0] = f['access']['routesText'][0].replace('約', '概ね')

    def support_np(f, pages):
        f['supportSystems'][0]['name'] = '育児休暇'

    def init_np(f, pages):
        f['initiatives'][0]['title'] += '制度'

    def org_np(f, pages):
        f['organization'] = f['organization'] + '本部'

    def address_np(f, pages):
        f['access']['address'] = f['access']['address'].replace('〒', '〒 ')[:-1] + '9'

    def route_bare(f, pages):
        f['access']['routes'][0] = f['access']['routes'][0].replace('『', '').replace('』', '')

    def dur_diff(f, pages):
        f['supportSystems'][0]['durationText'] = '3歳まで'

    def legal(f, pages):
        f['organization'] = '独立行政法人' + f['organization']

    def wrong_phone(f, pages):
        t = f['contacts'][0]['tel'][0]; f['contacts'][0]['tel'][0] = t[:-1] + str((int(t[-1]) + 1) % 10)

    def unhyph(f, pages):
        f['contacts'][0]['tel'][0] = f['contacts'][0]['tel'][0].replace('-', '')

    def wrong_asof(f, pages):
        f['edition']['asOf'] = '2026-03'

    def wrong_ed_year(f, pages):
        f['edition']['year'] = 2025

    def cell_differs(f, pages):
        r = H(f)[0]
        p, it = item(pages, r['admin']['cellText'])
        it['text'] = f'{r["admin"]["count"] + 1}（{r["admin"]["women"]}）'

    def overlap(f, pages):
        it = copy.deepcopy(pages[1].items[3]); it['x'] += 2; pages[1].items.append(it)

    def body(pages, n):
        return [it for it in pages[n].items if it['kind'] == 'body'][-1]

    def edge(f, pages):
        body(pages, 0)['x'] = 12

    def emoji(f, pages):
        it = body(pages, 1); it['text'] += '😀'; pages[1].lines[it['line']] += '😀'

    def past_bottom(f, pages):
        it = body(pages, 1); it['y'] = 841.89 - 40

    def overflow(f, pages):
        it = next(x for x in pages[0].items if x['cellw']); it['cellw'] = 3

    def kinsoku(f, pages):
        p = pages[1]
        i = next(k for k, ln in enumerate(p.lines) if ln.endswith('。') and k + 1 < len(p.lines))
        p.lines[i] = p.lines[i][:-1]; p.lines[i + 1] = '。' + p.lines[i + 1]

    def extra_char(f, pages):
        pages[0].lines[-1] += '人'

    def folio_exp(f, pages):
        pages[0].lines.append('- 1 -')

    def lacking(f, pages):
        return lambda: render(pages, seed=78_000 + sum(map(ord, name)), drop=(2, 5))

    def nondet(f, pages):
        return lambda: render(pages, seed=78_000 + sum(map(ord, name)), noise=True)

    common = [('hiring total +1', f1), ('women total +1', women_total), ('a track\'s women +1', track_women),
              ('women above heads', women_above), ('women on the planned row', women_planned),
              ('planned row first', planned_first), ('wrong era label', wrong_label),
              ('count text differs', text_differs), ('fiscal years shifted', shift),
              ('admin and total +1', admin_total), ('planned flag dropped', drop_planned),
              ('assignment +1', assign_plus), ('wrong cohort', wrong_cohort), ('duplicated unit', dup_unit),
              ('zero assignment row', zero_row), ('intro names another year', intro_other),
              ('exam count +1 with total', exam_plus), ('last category +1', last_cat), ('exam with 院', exam_in),
              ('colliding category', collide), ('exam track no hiring track', no_track),
              ('exam track maps to other', other_track), ('e-mail not printed', email_np),
              ('office not printed', office_np), ('route not printed', route_np),
              ('support not printed', support_np), ('initiative not printed', init_np),
              ('organisation not printed', org_np), ('address not printed', address_np),
              ('route without 『』', route_bare), ('support duration differs', dur_diff),
              ('legal-form prefix', legal), ('wrong phone', wrong_phone), ('unhyphenated phone', unhyph),
              ('wrong asOf', wrong_asof), ('wrong edition year', wrong_ed_year),
              ('printed hiring cell differs', cell_differs), ('overlapping copy', overlap),
              ('item in the edge margin', edge), ('emoji the font lacks', emoji), ('item past the bottom', past_bottom),
              ('overflowing cell', overflow), ('。 moved to the next line', kinsoku),
              ('extra expected character', extra_char), ('folio in the expected text', folio_exp),
              ('rendered PDF lacking one item', lacking), ('non-deterministic render', nondet)]
    special = []
    if name == 'choshi-kishou-2026':
        def approx_dropped(f, pages):
            c = H(f)[-1]['admin']; c['cellText'] = str(c['count'])

        def approx_text(f, pages):
            c = H(f)[-1]['tech']; c['text'] = '約' + str(c['count'])

        def title_keeps(f, pages):
            i = f['initiatives'][0]; i['title'] = f'{i["title"]}（{i["since"]}）'; del i['since']
        special = [('planned cellText without 約', approx_dropped),
                   ('planned count text 約3', approx_text),
                   ('initiative title keeps （令和6年度導入）', title_keeps)]
    elif name == 'iwaki-kokudo-2026':
        def cat_keeps(f, pages):
            en = f['exams']['entries'][0]; en['breakdown'][0]['category'] = '行政（事務系）'

        def route_station(f, pages):
            f['access']['routes'][0] = '車で約10分（『JR常磐線いわき』駅から）'

        def tel_line(f, pages):
            f['contacts'][0]['telText'] = ['TEL 0246-21-4372']

        def swapped_track(f, pages):
            e = f['exams']['entries']; e[0]['track'], e[1]['track'] = e[1]['track'], e[0]['track']
        special = [('category keeps （事務系）', cat_keeps), ('route stop takes the line name', route_station),
                   ('TEL line without the address', tel_line), ('exam tracks swapped', swapped_track)]
    else:
        def sentence_drop(f, pages):
            f['supportSystems'][2]['name'] = '介護休業'; f['supportSystems'][2]['printed'] = f['supportSentence']

        def dur_as_name(f, pages):
            s = f['supportSystems'][1]; s['name'] = s['duration']

        def edition_exact(f, pages):
            f['edition']['asOfText'] = '令和8年4月現在'
        special = [('support name not in the sentence', sentence_drop), ('support period taken as name', dur_as_name),
                   ('edition as 令和8年4月現在 (not printed)', edition_exact)]
    return common + special


def selftest(verbose):
    total = refused = 0
    for name, build in BUILDERS.items():
        for label, mut in faults(name):
            f, pages = build()
            for p in pages:
                p.folio()
            rf = mut(f, pages)
            total += 1
            try:
                validate(name, f, pages, rf)
            except Refuse as e:
                refused += 1
                if verbose:
                    print(f'  refused  {name}: {label}: {e}')
            except Exception as e:  # a crash is no refusal
                print(f'  CRASH    {name}: {label}: {type(e).__name__} {e}')
            else:
                print(f'  ACCEPTED {name}: {label}')
    print(f'selftest: {refused}/{total} refused')
    return refused == total


def main(argv):
    if '--selftest' in argv:
        sys.exit(0 if selftest('-v' in argv) else 1)
    names = [a for a in argv if not a.startswith('-')] or list(BUILDERS)
    for n in names:
        write(n)


if __name__ == '__main__':
    main(sys.argv[1:])
