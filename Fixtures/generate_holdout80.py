#!/usr/bin/env python3
"""Blind holdout set 80: three synthetic recruitment brochures of NATIONAL bodies.

  abashiri-shinrin-2026  網走南部森林管理署 (林野庁 北海道森林管理局; Bihoro, Hokkaido)
  tsuruga-kowan-2026     敦賀港湾事務所 (国土交通省 近畿地方整備局; Tsuruga, Fukui)
  ariake-kosen-2026      有明工業高等専門学校 (Omuta, Fukuoka)

Self-contained: a page model in top-down coordinates, a ruled-table helper, reportlab's
canvas (invariant=1, no page compression), the checks, and a fault-injection self-test.
Every visual text piece is one text item and one text object; the items of a page are
written after its graphics in a seeded shuffled order.  The script refuses a brochure on a
missing glyph, an overlap, a margin intrusion, an overflowing cell, a bad expected line,
a drawn/expected or drawn/pdftotext mismatch, a non-deterministic render, or any fact
that does not hold (see README.md).

  python3 Fixtures/generate_holdout80.py                 # all three
  python3 Fixtures/generate_holdout80.py tsuruga-kowan-2026
  python3 Fixtures/generate_holdout80.py --selftest -v   # every injected fault must be refused
"""
import copy, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.lib.colors import HexColor  # noqa: E402

OUT = os.path.join(HERE, 'holdout80')
FONTS = {'G': '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
         'M': '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))
W, H = 595.28, 841.89
EDGE = 20.0          # no ink in the outer 20 pt
BOTTOM = 56.0        # body text stays above H - BOTTOM
LEFT = 48.0
RIGHT = W - 48.0
KINSOKU = set('、。，．,.）」』】〕〉》・ーぁぃぅぇぉっゃゅょァィゥェォッャュョ！？：；')
LEGAL = ('国立大学法人', '独立行政法人', '国立研究開発法人', '国立高等専門学校機構', '株式会社', '一般社団法人')
BLACK = HexColor('#1a1a1a')


class Fault(Exception):
    pass


def width(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, accent):
        self.items = []      # dict(text, x, y, size, font, color, line, kind)
        self.lines = []      # list of cells (str); joined by TAB if table row else ''
        self.joiners = []
        self.graphics = []   # ('rect', x, y, w, h, color, fill) / ('line', x1, y1, x2, y2)
        self.cells = []      # (text, font, size, colwidth) for the overflow check
        self.y = 0.0
        self.accent = accent

    def new_line(self, joiner=''):
        self.lines.append([])
        self.joiners.append(joiner)
        return len(self.lines) - 1

    def item(self, text, x, y, size, font='M', color=BLACK, line=None, kind='body', cell=None):
        if line is None:
            line = self.new_line()
        self.items.append(dict(text=text, x=x, y=y, size=size, font=font, color=color, line=line, kind=kind))
        if kind != 'folio':
            if cell is None:
                self.lines[line].append(text)
            else:
                self.lines[line][cell] = text
        return line

    def text(self, text, size=10, font='M', x=LEFT, step=16, color=BLACK, right=False):
        if right:
            x = RIGHT - width(text, font, size)
        self.item(text, x, self.y, size, font, color)
        self.y += step

    def heading(self, text):
        self.y += 6
        self.graphics.append(('rect', LEFT, self.y - 1, 4, 15, self.accent, True))
        self.item(text, LEFT + 10, self.y, 12, 'G')
        self.graphics.append(('line', LEFT, self.y + 17, RIGHT, self.y + 17))
        self.y += 24

    def table(self, cols, rows, header=True, size=9.5, rowh=18):
        """rows: list of lists of str ('' = empty), or ('band', text) for a spanning row."""
        x0 = LEFT
        total = sum(cols)
        top = self.y
        for r, row in enumerate(rows):
            y = self.y
            if header and r == 0:
                self.graphics.append(('rect', x0, y, total, rowh, HexColor('#e8eef2'), True))
            if isinstance(row, tuple) and row[0] == 'band':
                self.graphics.append(('rect', x0, y, total, rowh, HexColor('#f3f0e6'), True))
                ln = self.new_line('\t')
                self.lines[ln] = ['']
                self.item(row[1], x0 + 5, y + (rowh - size) / 2, size, 'G', line=ln, cell=0)
                self.cells.append((row[1], 'G', size, total))
            else:
                ln = self.new_line('\t')
                self.lines[ln] = [''] * len(row)
                x = x0
                for c, (cw, txt) in enumerate(zip(cols, row)):
                    if txt:
                        font = 'G' if (header and r == 0) else 'M'
                        self.item(txt, x + 5, y + (rowh - size) / 2, size, font, line=ln, cell=c)
                        self.cells.append((txt, font, size, cw))
                    x += cw
            self.graphics.append(('line', x0, y, x0 + total, y))
            self.y += rowh
        self.graphics.append(('line', x0, self.y, x0 + total, self.y))
        for xx in [x0] + [x0 + sum(cols[:i + 1]) for i in range(len(cols))]:
            self.graphics.append(('line', xx, top, xx, self.y))
        self.y += 6

    def folio(self, n):
        t = f'- {n} -'
        self.item(t, W / 2 - width(t, 'M', 9) / 2, H - 36, 9, 'M', kind='folio')

    def expected(self):
        return [self.joiners[i].join(cells) for i, cells in enumerate(self.lines)
                if not (len(cells) == 0)]


# ---------------------------------------------------------------- content
def era(fy):
    return f'令和{fy - 2018}年度'


def cell(c, w, planned):
    d = dict(count=c, text=str(c), women=None if planned else w, womenText=None if planned else str(w))
    d['cellText'] = str(c) if planned else f'{c}（{w}）'
    return d


def hiring_rows(data, planned_suffix):
    rows = []
    for fy, (a, aw), (t, tw) in data:
        planned = fy == data[-1][0]
        rows.append(dict(fiscalYear=fy, label=era(fy), planned=planned,
                         total=cell(a + t, None if planned else aw + tw, planned), admin=cell(a, aw, planned),
                         tech=cell(t, tw, planned),
                         labelText=era(fy) + (planned_suffix if planned else '')))
    return rows


def base_facts(org, title, asof_text, asof, lead, tracks, hdata, planned_suffix, amap, aintro, exams,
               training, inits, ititle, ifmt, supports, sfmt, office, tel, mail, addr, routes, decoys,
               anote=None, exam_header=None, exam_layout='', exam_title='令和8年度の採用予定', exam_note=None):
    f = dict(organization=org, document=f'{org} {title}',
             edition=dict(year=2026, asOf=asof, asOfText=asof_text),
             lead=dict(title='', text=[lead]),
             hiring=dict(intro=['採用者数の推移（単位：人）'], note=['※（ ）内は女性の数で内数です。'],
                         tracks=dict(admin=tracks[0], tech=tracks[1]), textSynthesised=False,
                         layout=f'ruled 年度 | {tracks[0]} | {tracks[1]} | 計; cells N（W）',
                         header=['年度', tracks[0], tracks[1], '計'], columns=['label', 'admin', 'tech', 'total'],
                         rows=hiring_rows(hdata, planned_suffix)),
             assignments=dict(cohortFiscalYear=2025, intro=aintro, tracks=dict(admin=tracks[0], tech=tracks[1]),
                              layout=f'ruled 配属先 | {tracks[0]} | {tracks[1]}',
                              rows=[dict(unit=u, admin=a, tech=t) for u, a, t in amap]),
             exams=dict(title=exam_title, fiscalYear=2026, textSynthesised=False, layout=exam_layout,
                        header=exam_header, entries=exams),
             training=dict(title='研修', paragraphs=[training]),
             initiatives=[dict(title=t, text=x, printed=[ifmt(t), x]) for t, x in inits],
             initiativesIntro='', initiativesTitle=ititle,
             initiativeFormat=ifmt('title') + ' / indented text',
             supportTitle='両立支援制度', supportFormat=sfmt('name', 'duration') + ' / indented text',
             supportSystems=[dict(name=n, duration=d, durationText=d, text=x, printed=sfmt(n, d))
                             for n, d, x in supports],
             contacts=[dict(track='採用担当', office=office, tel=[tel], email=[mail], location='',
                            telText=[f'TEL {tel}'], emailText=[f'E-mail {mail}'], hoursText='')],
             access=dict(address=addr, routes=[r for r, _ in routes], routesSynthesised=False,
                         routesText=[r.replace('『', '').replace('』', '') for r, _ in routes]),
             keyFigures=[], decoys=decoys)
    if anote is not None:
        f['assignments']['note'] = anote
    if exam_note is not None:
        f['exams']['note'] = exam_note
    return f


def abashiri():
    tracks = ('事務系', '技術系')
    exams = [
        dict(track='事務系', exam='大卒程度', examText='【大卒程度】', text='', breakdown=[dict(category='行政', count=1)], total=1),
        dict(track='技術系', exam='大卒程度', examText='【大卒程度】', text='', breakdown=[dict(category='林学', count=2)], total=2),
        dict(track='事務系', exam='高卒程度', examText='【高卒程度】', text='', breakdown=[dict(category='事務', count=1)], total=1),
        dict(track='技術系', exam='高卒程度', examText='【高卒程度】', text='', breakdown=[dict(category='林業', count=1)], total=1),
    ]
    f = base_facts(
        '網走南部森林管理署', '職員採用案内 2026', '令和8年4月更新', '2026-04',
        'オホーツクの森林を守り育てる仕事を、事務と技術の両面から担います。', tracks,
        [(2021, (1, 0), (3, 1)), (2022, (2, 1), (2, 0)), (2023, (1, 1), (4, 1)), (2024, (2, 1), (3, 1)),
         (2025, (2, 1), (4, 2)), (2026, (2, None), (3, None))], '（予定）',
        [('総務グループ', 1, None), ('業務グループ', 1, 1), ('森林技術指導官', None, 1),
         ('美幌森林事務所', None, 1), ('津別森林事務所', None, 1)],
        '令和7年度採用者の配属先（単位：人）', exams,
        '採用後は、森林管理局の新規採用職員研修と現地での森林調査の実習があります。',
        [('テレワーク', '事務系の職員は週2日まで自宅で勤務できます。'),
         ('ドローン測量', '森林調査にドローンを使い、現地作業を減らしています。')],
        '働きやすい職場づくり', lambda t: '■' + t,
        [('育児休業', '子が3歳に達するまで', '男性職員も取得しています。'),
         ('介護休暇', '通算6か月', '3回まで分けて取得できます。')],
        lambda n, d: f'●{n}({d})',
        '網走南部森林管理署 総務グループ', '0152-73-2141', 'abashiri-nanbu@rinya.maff.go.jp',
        '〒092-0004 北海道網走郡美幌町仲町2丁目38',
        [('JR石北本線『美幌』駅から徒歩約10分', '美幌'), ('JR釧網本線『網走』駅から車で約40分', '網走')],
        dict(exams='the level as a band row spanning the exam table (【大卒程度】 / 【高卒程度】), the track a column under it',
             edition='the edition stamped 令和8年4月更新 (not 現在 / 発行)',
             support='support items with half-width brackets: ●育児休業(子が3歳に達するまで)'),
        exam_header=['系統', '試験区分', '採用予定数'],
        exam_layout='ruled 系統 | 試験区分 | 採用予定数; band rows 【大卒程度】 / 【高卒程度】 spanning the table',
        exam_note='※いずれも国家公務員採用一般職試験の合格者から採用します。')
    return dict(name='abashiri-shinrin-2026', seed=801, accent=HexColor('#2e6b3a'), facts=f, shape='abashiri')


def tsuruga():
    tracks = ('事務系', '技術系')
    ex = '国家公務員採用一般職試験（大卒程度試験）'
    exams = [dict(track='事務系', exam=ex, text='', breakdown=[dict(category='行政', count=2)], total=2),
             dict(track='技術系', exam=ex, text='', breakdown=[dict(category='土木', count=3), dict(category='機械', count=1)], total=4)]
    f = base_facts(
        '敦賀港湾事務所', '職員採用案内 2026', '令和8年4月現在', '2026-04',
        '日本海側の拠点港をつくり、守る仕事を、事務と技術の両面から担います。', tracks,
        [(2021, (2, 1), (4, 0)), (2022, (1, 0), (5, 1)), (2023, (2, 1), (3, 1)), (2024, (1, 1), (4, 1)),
         (2025, (2, 1), (5, 1)), (2026, (2, None), (4, None))], '（予定）',
        [('総務課', 1, None), ('経理課', 1, None), ('工務課', None, 2), ('品質管理課', None, 1),
         ('沿岸防災対策室', None, 1), ('保全課', None, 1)],
        '', exams,
        '採用後は、近畿地方整備局の研修所で港湾工事の基礎を学びます。',
        [('ウェブ会議', '本局や現場との打合せは原則オンラインで行います。'),
         ('週休2日の工事現場', '発注する港湾工事で週休2日を徹底しています。')],
        '働きやすい職場づくり', lambda t: '■' + t,
        [('育児休業', '子が3歳に達するまで', '男性職員の取得も増えています。'),
         ('子の看護休暇', '年5日', '子が2人以上の場合は年10日です。')],
        lambda n, d: f'●{n}（{d}）',
        '敦賀港湾事務所 総務課', '0770-22-4133', 'tsuruga-saiyo@pa.kkr.mlit.go.jp',
        '〒914-0075 福井県敦賀市蓬莱町7-5',
        [('JR北陸本線『敦賀』駅から約20分（徒歩）', '敦賀'), ('JR小浜線『粟野』駅から約10分（車）', '粟野')],
        dict(assignments='no intro above the table; the cohort only in the note under it: ※令和7年度採用者の配属先です。',
             access='routes with the mode in a trailing bracket: …駅から約20分（徒歩）, …駅から約10分（車）'),
        anote='※令和7年度採用者の配属先です。',
        exam_header=['区分', '試験', '試験区分', '採用予定数'], exam_layout='ruled 区分 | 試験 | 試験区分 | 採用予定数')
    return dict(name='tsuruga-kowan-2026', seed=802, accent=HexColor('#1f4e8c'), facts=f, shape='tsuruga')


def ariake():
    tracks = ('事務職員', '技術職員')
    ex = '国立大学法人等職員採用試験（九州地区）'
    exams = [dict(track='事務職員', exam=ex, text='', breakdown=[dict(category='事務', count=3)], total=3),
             dict(track='技術職員', exam=ex, text='', breakdown=[dict(category='電気', count=1)], total=1)]
    f = base_facts(
        '有明工業高等専門学校', '職員採用案内 2026', '令和8年4月現在', '2026-04',
        '技術者を育てる学校の運営を、事務と技術の両面から支えます。', tracks,
        [(2021, (3, 2), (1, 0)), (2022, (2, 1), (2, 1)), (2023, (4, 2), (1, 0)), (2024, (3, 1), (1, 1)),
         (2025, (4, 3), (2, 1)), (2026, (3, None), (1, None))], '（募集中）',
        [('総務課', 1, None), ('学生課', 1, None), ('企画・地域連携課', 1, None), ('会計課', 1, None),
         ('教育研究技術支援センター', None, 2)],
        '令和7年度採用者の配属先（単位：人）', exams,
        '採用後は、国立高専機構の新任職員研修と学内の実務研修があります。',
        [('ノー残業デー', '毎週水曜日は定時に退庁します。'),
         ('テレワーク', '事務職員は月8日まで自宅で勤務できます。')],
        '働きやすい職場づくり', lambda t: '「' + t + '」',
        [('育児休業', '子が3歳に達するまで', '男性職員も取得しています。'),
         ('介護休暇', '通算6か月', '3回まで分けて取得できます。')],
        lambda n, d: f'●{n}（{d}）',
        '有明工業高等専門学校 総務課', '0944-53-8622', 'ariake-jinji@ariake-nct.ac.jp',
        '〒836-8585 福岡県大牟田市東萩尾町150',
        [('西鉄天神大牟田線『新栄町』駅から徒歩15分程度', '新栄町'), ('JR鹿児島本線『大牟田』駅からバスで20分程度', '大牟田')],
        dict(hiring='the planned row labelled 令和8年度（募集中） (no 予定 anywhere)',
             initiatives='titles between corner brackets on their own line: 「ノー残業デー」',
             access='routes ending in N分程度 (no 約): …駅から徒歩15分程度'),
        exam_header=['区分', '試験', '試験区分', '採用予定数'], exam_layout='ruled 区分 | 試験 | 試験区分 | 採用予定数')
    return dict(name='ariake-kosen-2026', seed=803, accent=HexColor('#7a3b69'), facts=f, shape='ariake')


BROCHURES = [abashiri, tsuruga, ariake]


# ---------------------------------------------------------------- layout from facts
def dash(v):
    return '－' if not v else str(v)


def layout(b):
    f = b['facts']
    p1, p2 = Page(b['accent']), Page(b['accent'])
    p1.graphics.append(('rect', 0, 0, W, 12, b['accent'], True))
    p2.graphics.append(('rect', 0, 0, W, 12, b['accent'], True))
    p1.y = 34
    p1.text(f['organization'], 24, 'G', step=34)
    p1.text(f['document'][len(f['organization']) + 1:], 14, 'G', step=22)
    p1.text(f['edition']['asOfText'], 9, 'M', right=True, step=18)
    for t in f['lead']['text']:
        p1.text(t, 10.5)
    h = f['hiring']
    p1.heading('採用実績')
    for t in h['intro']:
        p1.text(t, 9.5)
    rows = [h['header']] + [[r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]
                            for r in h['rows']]
    p1.table([130, 110, 110, 110], rows)
    for t in h['note']:
        p1.text(t, 8.5, step=14)
    a = f['assignments']
    p1.heading('配属実績')
    if a['intro']:
        p1.text(a['intro'], 9.5)
    t = a['tracks']
    p1.table([200, 110, 110], [['配属先', t['admin'], t['tech']]] +
             [[r['unit'], dash(r['admin']), dash(r['tech'])] for r in a['rows']])
    if a.get('note'):
        p1.text(a['note'], 8.5, step=14)
    p1.folio(1)

    p2.y = 30
    e = f['exams']
    p2.heading('試験区分')
    p2.text(e['title'], 9.5)
    if b['shape'] == 'abashiri':
        rows = [e['header']]
        seen = []
        for en in e['entries']:
            if en['examText'] not in seen:
                seen.append(en['examText'])
                rows.append(('band', en['examText']))
            for k, br in enumerate(en['breakdown']):
                rows.append([en['track'] if k == 0 else '', br['category'], str(br['count'])])
        p2.table([110, 200, 110], rows)
    else:
        rows = [e['header']]
        for en in e['entries']:
            for k, br in enumerate(en['breakdown']):
                rows.append([en['track'] if k == 0 else '', en['exam'] if k == 0 else '', br['category'], str(br['count'])])
        p2.table([70, 230, 120, 80], rows)
    if e.get('note'):
        p2.text(e['note'], 8.5, step=14)
    p2.heading(f['training']['title'])
    for t in f['training']['paragraphs']:
        p2.text(t, 10)
    p2.heading(f['initiativesTitle'])
    for i in f['initiatives']:
        p2.text(i['printed'][0], 10, 'G', step=15)
        p2.text(i['printed'][1], 9.5, x=LEFT + 12, step=18)
    p2.heading(f['supportTitle'])
    for s in f['supportSystems']:
        p2.text(s['printed'], 10, 'G', step=15)
        p2.text(s['text'], 9.5, x=LEFT + 12, step=18)
    c = f['contacts'][0]
    p2.heading('お問い合わせ')
    p2.text(c['office'], 10)
    for t in c['telText'] + c['emailText']:
        p2.text(t, 10)
    p2.heading('アクセス')
    p2.text(f['access']['address'], 10)
    for r in f['access']['routesText']:
        p2.text(r, 10)
    p2.folio(2)
    return [p1, p2]


# ---------------------------------------------------------------- render
def render(b, pages, drop=None, seed_shift=0):
    import io
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
    c.setTitle(b['facts']['document'])
    for pn, p in enumerate(pages):
        for g in p.graphics:
            if g[0] == 'rect':
                _, x, y, w, h, col, fill = g
                c.setFillColor(col)
                c.rect(x, H - y - h, w, h, stroke=0, fill=1)
            else:
                _, x1, y1, x2, y2 = g
                c.setStrokeColor(HexColor('#8a8a8a'))
                c.setLineWidth(0.6)
                c.line(x1, H - y1, x2, H - y2)
        order = list(range(len(p.items)))
        random.Random(b['seed'] * 10 + pn + seed_shift).shuffle(order)
        for k in order:
            if drop == (pn, k):
                continue
            it = p.items[k]
            t = c.beginText()
            t.setTextOrigin(it['x'], H - it['y'] - it['size'] * 0.88)
            t.setFont(it['font'], it['size'])
            t.setFillColor(it['color'])
            t.textOut(it['text'])
            c.drawText(t)
        c.showPage()
    c.save()
    return buf.getvalue()


def nows(s):
    return ''.join(ch for ch in s if not ch.isspace())


# ---------------------------------------------------------------- checks
def check_pages(b, pages, exp):
    errs = []
    for pn, p in enumerate(pages):
        boxes = []
        for it in p.items:
            face = pdfmetrics.getFont(it['font']).face
            for ch in it['text']:
                if ch != ' ' and ord(ch) not in face.charToGlyph:
                    errs.append(f'p{pn + 1}: glyph {ch!r} missing in {it["font"]}')
            w = width(it['text'], it['font'], it['size'])
            box = (it['x'], it['y'], it['x'] + w, it['y'] + it['size'])
            if box[0] < EDGE or box[1] < EDGE or box[2] > W - EDGE or box[3] > H - EDGE:
                errs.append(f'p{pn + 1}: {it["text"]!r} in the edge margin')
            if it['kind'] != 'folio' and box[3] > H - BOTTOM:
                errs.append(f'p{pn + 1}: {it["text"]!r} past the bottom margin')
            for ob, ot in boxes:
                if box[0] < ob[2] - 0.01 and ob[0] < box[2] - 0.01 and box[1] < ob[3] - 0.01 and ob[1] < box[3] - 0.01:
                    errs.append(f'p{pn + 1}: {it["text"]!r} overlaps {ot!r}')
            boxes.append((box, it['text']))
            if it['kind'] != 'folio':
                if not (0 <= it['line'] < len(exp[pn])) or it['text'] not in exp[pn][it['line']]:
                    errs.append(f'p{pn + 1}: {it["text"]!r} not in its expected line')
        for txt, font, size, cw in p.cells:
            if width(txt, font, size) > cw - 8:
                errs.append(f'p{pn + 1}: cell {txt!r} wider than its column')
        folios = {it['text'] for it in p.items if it['kind'] == 'folio'}
        for ln in exp[pn]:
            if not nows(ln):
                errs.append(f'p{pn + 1}: empty expected line')
            elif ln.lstrip()[0] in KINSOKU:
                errs.append(f'p{pn + 1}: expected line starts with a kinsoku character: {ln!r}')
            if any(nows(fo) in nows(ln) for fo in folios):
                errs.append(f'p{pn + 1}: folio in the expected text')
        drawn = Counter(nows(''.join(it['text'] for it in p.items if it['kind'] != 'folio')))
        want = Counter(nows(''.join(exp[pn])))
        if drawn != want:
            errs.append(f'p{pn + 1}: drawn and expected characters differ: {dict(drawn - want)} / {dict(want - drawn)}')
    return errs


def check_pdf(b, pages, pdf, pdf2):
    errs = []
    if pdf != pdf2:
        errs.append('two renders differ')
    n_items = sum(len(p.items) for p in pages)
    if len(re.findall(rb'\bBT\b', pdf)) < n_items:
        errs.append('fewer text objects than items')
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'x.pdf')
        open(path, 'wb').write(pdf)
        for pn, p in enumerate(pages):
            out = subprocess.run(['pdftotext', '-f', str(pn + 1), '-l', str(pn + 1), path, '-'],
                                 capture_output=True, text=True).stdout
            if Counter(nows(out)) != Counter(nows(''.join(it['text'] for it in p.items))):
                errs.append(f'p{pn + 1}: pdftotext differs from the drawn text')
    return errs


HAS_ERA = re.compile(r'令和(\d+)年')


def check_facts(b, exp):
    f = b['facts']
    errs = []
    lines = [l for pg in exp for l in pg]
    flat = [l for l in lines]
    printed = set(flat)

    def need(cond, msg):
        if not cond:
            errs.append(msg)

    def line_at(text):
        return flat.index(text) if text in printed else -1

    org = f['organization']
    need(flat and flat[0] == org, 'organisation is not the masthead line')
    need(not org.startswith(LEGAL), 'organisation carries a legal-form prefix')
    need(f['document'].startswith(org + ' ') and f['document'][len(org) + 1:] in printed, 'document title not printed')
    ed = f['edition']
    m = re.fullmatch(r'令和(\d+)年(\d+)月(現在|更新)', ed['asOfText'])
    need(m is not None and ed['asOfText'] in printed, 'edition text not printed or not a date')
    if m:
        need(ed['asOf'] == f'{2018 + int(m.group(1))}-{int(m.group(2)):02d}', 'asOf differs from the printed edition')
    h = f['hiring']
    rows = h['rows']
    need(ed['year'] == rows[-1]['fiscalYear'] == f['exams']['fiscalYear'], 'edition year, planned year and exam year differ')
    need([r['fiscalYear'] for r in rows] == list(range(rows[0]['fiscalYear'], rows[0]['fiscalYear'] + len(rows))),
         'hiring years not consecutive')
    need([r['planned'] for r in rows] == [False] * (len(rows) - 1) + [True], 'exactly one planned row, last')
    suffix = '（募集中）' if b['shape'] == 'ariake' else '（予定）'
    need('\t'.join(h['header']) in printed, 'hiring header not printed')
    for r in rows:
        need(r['label'] == era(r['fiscalYear']), f'label of {r["fiscalYear"]}')
        need(r['labelText'] == r['label'] + (suffix if r['planned'] else ''), f'labelText of {r["fiscalYear"]}')
        for k in ('admin', 'tech', 'total'):
            c = r[k]
            need(c['text'] == str(c['count']), f'{k} text of {r["fiscalYear"]}')
            if r['planned']:
                need(c['women'] is None and c['womenText'] is None and c['cellText'] == str(c['count']),
                     f'planned women / cell of {k}')
            else:
                need(c['women'] is not None and 0 <= c['women'] <= c['count'], f'women of {k} {r["fiscalYear"]}')
                need(c['womenText'] == str(c['women']), f'womenText of {k} {r["fiscalYear"]}')
                need(c['cellText'] == f'{c["count"]}（{c["women"]}）', f'cellText of {k} {r["fiscalYear"]}')
        need(r['total']['count'] == r['admin']['count'] + r['tech']['count'], f'total heads {r["fiscalYear"]}')
        if not r['planned']:
            need(r['total']['women'] == (r['admin']['women'] or 0) + (r['tech']['women'] or 0), f'total women {r["fiscalYear"]}')
        need('\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]) in printed,
             f'hiring row {r["fiscalYear"]} not printed')
    for t in h['intro'] + h['note']:
        need(t in printed, f'hiring text not printed: {t}')
    a = f['assignments']
    last = [r for r in rows if not r['planned']][-1]
    need(a['cohortFiscalYear'] == last['fiscalYear'], 'cohort is not the last actual year')
    cohort_era = str(a['cohortFiscalYear'] - 2018)
    for t in [a['intro'], a.get('note') or '']:
        for y in HAS_ERA.findall(t):
            need(y == cohort_era, f'assignment text names another year: {t}')
    need(sum(r['admin'] or 0 for r in a['rows']) == last['admin']['count'], 'assignment admin sum')
    need(sum(r['tech'] or 0 for r in a['rows']) == last['tech']['count'], 'assignment tech sum')
    units = [r['unit'] for r in a['rows']]
    need(len(units) == len(set(norm(u) for u in units)), 'duplicate unit')
    need(all((r['admin'] or 0) + (r['tech'] or 0) > 0 for r in a['rows']), 'zero assignment row')
    ahead = '\t'.join(['配属先', a['tracks']['admin'], a['tracks']['tech']])
    need(ahead in printed, 'assignment header not printed')
    for r in a['rows']:
        need('\t'.join([r['unit'], dash(r['admin']), dash(r['tech'])]) in printed, f'unit row {r["unit"]} not printed')
    if a['intro']:
        need(a['intro'] in printed, 'assignment intro not printed')
    e = f['exams']
    need(e['title'] in printed and '\t'.join(e['header']) in printed, 'exam title / header not printed')
    if e.get('note'):
        need(e['note'] in printed, 'exam note not printed')
    per_track = Counter()
    keys = Counter()
    htracks = {h['tracks']['admin']: 'admin', h['tracks']['tech']: 'tech'}
    for en in e['entries']:
        need(sum(x['count'] for x in en['breakdown']) == en['total'], f'exam total {en["track"]} {en["exam"]}')
        need(en['track'] in htracks, f'exam track {en["track"]} is no hiring track')
        need(track(en['track']) == {'admin': 'administrative', 'tech': 'technical'}.get(htracks.get(en['track'])),
             f'exam track {en["track"]} maps wrongly')
        need('院' not in en['exam'], 'exam with 院')
        per_track[en['track']] += en['total']
        shown = en.get('examText', en['exam'])
        need(shown in printed or any(shown in l.split('\t') for l in flat), f'exam {shown} not printed')
        for x in en['breakdown']:
            need('院' not in x['category'], 'category with 院')
            need(not re.search(r'[【】（）()「」〔〕\[\]]', x['category']), f'bracket in category {x["category"]}')
            keys[(track(en['track']), level(en['exam']), norm(x['category']))] += 1
            need(any(x['category'] in l.split('\t') and l.split('\t')[-1] == str(x['count']) for l in flat),
                 f'category {x["category"]} not printed with its count')
    need(all(v == 1 for v in keys.values()), 'colliding exam categories')
    for tname, k in htracks.items():
        need(per_track[tname] == rows[-1][k]['count'], f'exam total of {tname} differs from the plan')
    need(f['training']['title'] in printed and all(t in printed for t in f['training']['paragraphs']), 'training')
    need(all(t in printed for t in f['lead']['text']), 'lead')
    need(f['initiativesTitle'] in printed and f['supportTitle'] in printed, 'section titles')
    ifmt = (lambda t: '「' + t + '」') if b['shape'] == 'ariake' else (lambda t: '■' + t)
    for i in f['initiatives']:
        need(not re.search(r'[■◆●「」『』【】＼／]', i['title']), f'mark in initiative title {i["title"]}')
        need(i['printed'] == [ifmt(i['title']), i['text']] and all(x in printed for x in i['printed']),
             f'initiative {i["title"]} not printed')
        need(line_at(i['printed'][1]) == line_at(i['printed'][0]) + 1, f'initiative text not under {i["title"]}')
    for s in f['supportSystems']:
        need(s['duration'] == s['durationText'], f'support duration {s["name"]}')
        need(not re.search(r'[■◆●（）()]', s['name']), f'mark in support name {s["name"]}')
        want = f'●{s["name"]}({s["duration"]})' if b['shape'] == 'abashiri' else f'●{s["name"]}（{s["duration"]}）'
        need(s['printed'] == want and s['printed'] in printed and s['text'] in printed, f'support {s["name"]} not printed')
    for c in f['contacts']:
        need(c['office'] in printed and c['office'].startswith(org), 'office not printed / not the organisation')
        for t, tt in zip(c['tel'], c['telText']):
            need(re.fullmatch(r'0\d{1,4}-\d{1,4}-\d{4}', t) is not None, f'phone {t} not hyphenated')
            need(tt in printed and tt.startswith('TEL ') and re.sub(r'\D', '', tt) == re.sub(r'\D', '', t), f'phone {t}')
        for m_, mt in zip(c['email'], c['emailText']):
            need(re.fullmatch(r'[a-z0-9.-]+@[a-z0-9.-]+\.[a-z]{2,}', m_) is not None, f'e-mail {m_} not bare')
            need(mt == f'E-mail {m_}' and mt in printed, f'e-mail {m_} not printed')
    acc = f['access']
    need(acc['address'] in printed and acc['address'].startswith('〒'), 'address not printed')
    need(len(acc['routes']) == len(acc['routesText']), 'routes')
    for r, rt in zip(acc['routes'], acc['routesText']):
        mm = re.search(r'『([^』]*)』駅', r)
        need(mm is not None, f'route without 『』: {r}')
        need(r.replace('『', '').replace('』', '') == rt and rt in printed, f'route not printed: {rt}')
        if mm:
            st = mm.group(1)
            need(st and not re.search(r'[駅～〜・ 　口分線]', st), f'route stop {st!r}')
        if b['shape'] == 'tsuruga':
            need(re.fullmatch(r'.+駅から約\d+分（(徒歩|車|バス)）', rt) is not None, f'route not mode-last: {rt}')
        if b['shape'] == 'ariake':
            need(re.fullmatch(r'.+駅から(徒歩|バスで)\d+分程度', rt) is not None, f'route not N分程度: {rt}')
    # per shape
    if b['shape'] == 'abashiri':
        need(ed['asOfText'].endswith('更新'), 'edition not 更新')
        bands = [l for l in flat if re.fullmatch(r'【(大卒|高卒)程度】', l)]
        need(len(bands) == 2, 'band rows not printed alone')
        for en in e['entries']:
            need(en['examText'] == f'【{en["exam"]}】' and en['examText'] in printed, f'band of {en["exam"]}')
            for x in en['breakdown']:
                row = next((k for k, l in enumerate(flat) if x['category'] in l.split('\t')), -1)
                band = line_at(en['examText'])
                need(0 <= band < row and not any(re.fullmatch(r'【.+】', flat[j]) for j in range(band + 1, row)),
                     f'{x["category"]} not under its band')
    else:
        need(all('examText' not in en for en in e['entries']), 'examText only for bands')
        need(ed['asOfText'].endswith('現在'), 'edition not 現在')
    if b['shape'] == 'tsuruga':
        need(a['intro'] == '' and a.get('note') == f'※令和{cohort_era}年度採用者の配属先です。', 'cohort note')
        last_unit = max(line_at('\t'.join([r['unit'], dash(r['admin']), dash(r['tech'])])) for r in a['rows'])
        need(line_at(a.get('note') or '') == last_unit + 1, 'cohort note not under the table')
        need(line_at('配属実績') + 1 == line_at(ahead), 'something between the heading and the assignment table')
    else:
        need(a['intro'].startswith(f'令和{cohort_era}年度採用者') and 'note' not in a, 'cohort intro')
    if b['shape'] == 'ariake':
        need(not any(re.search(r'予定）|（予|見込|計画', l) for l in flat), 'a planned marker other than （募集中） printed')
    # the stand-in document scores full marks, the empty one nothing
    drawn = norm('\n'.join(flat))
    doc = standin(f)
    res = checks(f, doc, drawn)
    need(res and all(ok for _, ok in res), f'stand-in misses: {[n for n, ok in res if not ok]}')
    kinds = {n.split(' ')[0] for n, _ in res}
    need(kinds >= {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route',
                   'initiative', 'support'}, f'checks not reached: {kinds}')
    need(not any(ok for _, ok in checks(f, {}, drawn)), 'the empty document scores')
    return errs


def standin(f):
    def c(x):
        return dict(count=x['count'], women=x['women'])
    s = dict(
        hiring=dict(rows=[dict(fiscalYear=r['fiscalYear'], planned=r['planned'], total=c(r['total']),
                               administrative=c(r['admin']), technical=c(r['tech'])) for r in f['hiring']['rows']]),
        assignments=dict(cohortFiscalYear=f['assignments']['cohortFiscalYear'],
                         rows=[dict(unit=r['unit'], administrative=r['admin'] or 0, technical=r['tech'] or 0)
                               for r in f['assignments']['rows']]),
        examBreakdown=dict(entries=[dict(track=track(e['track']), level=level(e['exam']), category=x['category'],
                                         count=x['count']) for e in f['exams']['entries'] for x in e['breakdown']]),
        contacts=[dict(office=c_['office'], phones=[dict(number=t) for t in c_['tel']], emails=c_['email'])
                  for c_ in f['contacts']],
        access=dict(routes=[dict(station=r.split('『')[1].split('』')[0]) for r in f['access']['routes'] if '『' in r]),
        initiatives=[dict(title=i['title']) for i in f['initiatives']],
        supportSystems=[dict(name=i['name']) for i in f['supportSystems']])
    return dict(organization=f['organization'], edition=dict(asOf=f['edition']['asOf']), sections=s)


# ---------------------------------------------------------------- build
def build(b, fault=None):
    """Returns (pages, expected, pdf) or raises Fault with the reasons."""
    b = copy.deepcopy(b)
    pages = layout(b)
    exp = [p.expected() for p in pages]
    render_opts = {}
    if fault:
        render_opts = fault(b, pages, exp) or {}
    try:
        errs = check_facts(b, exp) + check_pages(b, pages, exp)
    except (KeyError, IndexError, TypeError, ValueError) as ex:
        errs = [f'a check could not run: {ex!r}']
    if errs:
        raise Fault('; '.join(errs[:4]))
    pdf = render(b, pages, drop=render_opts.get('drop'))
    pdf2 = render(b, pages, drop=render_opts.get('drop'), seed_shift=render_opts.get('shift2', 0))
    errs = check_pdf(b, pages, pdf, pdf2)
    if errs:
        raise Fault('; '.join(errs[:4]))
    return b, pages, exp, pdf


def write(b):
    b2, pages, exp, pdf = build(b)
    os.makedirs(OUT, exist_ok=True)
    name = b2['name']
    open(os.path.join(OUT, name + '.pdf'), 'wb').write(pdf)
    with open(os.path.join(OUT, name + '.facts.json'), 'w', encoding='utf-8') as fh:
        json.dump(b2['facts'], fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    with open(os.path.join(OUT, name + '.expected.txt'), 'w', encoding='utf-8') as fh:
        fh.write('\n\f\n'.join('\n'.join(pg) for pg in exp) + '\n')
    n = sum(len(p.items) for p in pages)
    print(f'{name}: {n} items, {len(exp[0])} + {len(exp[1])} lines')


# ---------------------------------------------------------------- self-test
def row_of(b, k):
    return b['facts']['hiring']['rows'][k]


def setcell(c, count=None, women=None):
    if count is not None:
        c['count'] = count
        c['text'] = str(count)
    if women is not None:
        c['women'] = women
        c['womenText'] = str(women)
    c['cellText'] = c['text'] if c['women'] is None else f'{c["count"]}（{c["women"]}）'


def find_item(pages, text):
    for p in pages:
        for it in p.items:
            if it['text'] == text:
                return p, it
    raise KeyError(text)


def faults(b):
    F = []
    def add(name):
        def deco(fn):
            F.append((name, fn))
            return fn
        return deco
    fa = lambda b: b['facts']

    @add('hiring total +1')
    def _(b, p, e): setcell(row_of(b, 1)['total'], count=row_of(b, 1)['total']['count'] + 1)
    @add('women total +1')
    def _(b, p, e): setcell(row_of(b, 1)['total'], women=row_of(b, 1)['total']['women'] + 1)
    @add("a track's women +1 (text and cell too)")
    def _(b, p, e): setcell(row_of(b, 2)['admin'], women=row_of(b, 2)['admin']['women'] + 1)
    @add('women above heads')
    def _(b, p, e):
        r = row_of(b, 0); setcell(r['tech'], women=r['tech']['count'] + 1); setcell(r['total'], women=r['admin']['women'] + r['tech']['women'])
    @add('women on the planned row')
    def _(b, p, e): row_of(b, -1)['admin']['women'] = 0
    @add('planned row first')
    def _(b, p, e): fa(b)['hiring']['rows'].insert(0, fa(b)['hiring']['rows'].pop())
    @add('wrong era label')
    def _(b, p, e): row_of(b, 0)['label'] = '令和2年度'
    @add('count text differs')
    def _(b, p, e): row_of(b, 3)['admin']['text'] = '9'
    @add('every fiscal year shifted')
    def _(b, p, e):
        for r in fa(b)['hiring']['rows']: r['fiscalYear'] += 1
    @add('admin and total +1 together')
    def _(b, p, e):
        r = row_of(b, 2); setcell(r['admin'], count=r['admin']['count'] + 1); setcell(r['total'], count=r['total']['count'] + 1)
    @add('planned flag dropped')
    def _(b, p, e): row_of(b, -1)['planned'] = False
    @add('assignment +1')
    def _(b, p, e): fa(b)['assignments']['rows'][0]['admin'] += 1
    @add('wrong cohort')
    def _(b, p, e): fa(b)['assignments']['cohortFiscalYear'] = 2024
    @add('duplicated unit')
    def _(b, p, e): fa(b)['assignments']['rows'].append(dict(fa(b)['assignments']['rows'][0]))
    @add('zero assignment row')
    def _(b, p, e): fa(b)['assignments']['rows'].append(dict(unit='調査課', admin=None, tech=None))
    @add('cohort text naming another year')
    def _(b, p, e):
        a = fa(b)['assignments']
        if a['intro']: a['intro'] = a['intro'].replace('令和7年度', '令和6年度')
        else: a['note'] = a['note'].replace('令和7年度', '令和6年度')
    @add('exam count +1 with its total')
    def _(b, p, e):
        en = fa(b)['exams']['entries'][0]; en['breakdown'][0]['count'] += 1; en['total'] += 1
    @add('last category +1')
    def _(b, p, e): fa(b)['exams']['entries'][-1]['breakdown'][-1]['count'] += 1
    @add('exam with 院')
    def _(b, p, e): fa(b)['exams']['entries'][0]['exam'] += '（大学院卒）'
    @add('colliding category')
    def _(b, p, e):
        en = fa(b)['exams']['entries'][1]; en['breakdown'][0]['count'] -= 1; en['breakdown'].append(dict(en['breakdown'][0], count=1))
    @add('exam track that is no hiring track')
    def _(b, p, e): fa(b)['exams']['entries'][0]['track'] = '事務職A'
    @add('exam track mapping to other')
    def _(b, p, e): fa(b)['exams']['entries'][1]['track'] = '行政系'
    @add('e-mail not printed')
    def _(b, p, e): fa(b)['contacts'][0]['email'][0] = 'jinji@example.go.jp'
    @add('office not printed')
    def _(b, p, e): fa(b)['contacts'][0]['office'] += ' 人事係'
    @add('route not printed')
    def _(b, p, e):
        a = fa(b)['access']; a['routes'][0] = a['routes'][0].replace('分', '5分'); a['routesText'][0] = a['routesText'][0].replace('分', '5分')
    @add('support not printed')
    def _(b, p, e): fa(b)['supportSystems'][0]['name'] = '育児短時間勤務'
    @add('initiative not printed')
    def _(b, p, e): fa(b)['initiatives'][0]['title'] = 'サテライトオフィス'
    @add('organisation not printed')
    def _(b, p, e): fa(b)['organization'] += '庁舎'
    @add('address not printed')
    def _(b, p, e): fa(b)['access']['address'] = fa(b)['access']['address'][:-1]
    @add('route without 『』')
    def _(b, p, e): fa(b)['access']['routes'][1] = fa(b)['access']['routesText'][1]
    @add('support duration differs')
    def _(b, p, e): fa(b)['supportSystems'][1]['duration'] = '6か月'
    @add('legal-form prefix')
    def _(b, p, e): fa(b)['organization'] = '独立行政法人' + fa(b)['organization']
    @add('wrong phone')
    def _(b, p, e): fa(b)['contacts'][0]['tel'][0] = fa(b)['contacts'][0]['tel'][0][:-1] + '9'
    @add('unhyphenated phone')
    def _(b, p, e): fa(b)['contacts'][0]['tel'][0] = fa(b)['contacts'][0]['tel'][0].replace('-', '')
    @add('wrong asOf')
    def _(b, p, e): fa(b)['edition']['asOf'] = '2026-03'
    @add('wrong edition year')
    def _(b, p, e): fa(b)['edition']['year'] = 2025
    @add('printed hiring cell differs')
    def _(b, p, e): row_of(b, 4)['tech']['cellText'] += ' '
    @add('overlapping copy of an item')
    def _(b, p, e):
        it = dict(p[1].items[3]); it['x'] += 3; p[1].items.append(it); ln = it['line']; e[1][ln] = e[1][ln] + it['text']
    @add('item in the edge margin')
    def _(b, p, e): p[0].items[5]['x'] = 12
    @add('emoji the font lacks')
    def _(b, p, e):
        _, it = find_item(p, fa(b)['training']['paragraphs'][0]); it['text'] += '\U0001F332'
        e[1][it['line']] += '\U0001F332'
    @add('item past the bottom')
    def _(b, p, e): find_item(p, fa(b)['access']['routesText'][-1])[1]['y'] = H - 50
    @add('overflowing cell')
    def _(b, p, e):
        p[0].cells.append(('森林技術指導官（流域管理調整担当）兼務者の配属先一覧', 'M', 9.5, 200))
    @add('。 moved to the next line')
    def _(b, p, e):
        k = e[1].index(fa(b)['training']['paragraphs'][0]); e[1][k] = e[1][k][:-1]; e[1][k + 1] = '。' + e[1][k + 1]
    @add('extra expected character')
    def _(b, p, e): e[0][-1] += '。'
    @add('folio in the expected text')
    def _(b, p, e): e[1].append('- 2 -')
    @add('rendered PDF lacking one item')
    def _(b, p, e): return dict(drop=(1, 4))
    @add('non-deterministic render')
    def _(b, p, e): return dict(shift2=1)
    @add('route stop taking its 駅')
    def _(b, p, e):
        a = fa(b)['access']; a['routes'][0] = a['routes'][0].replace('』駅', '駅』駅')
    shape = b['shape']
    if shape == 'abashiri':
        @add('band kept in the exam name')
        def _(b, p, e): fa(b)['exams']['entries'][0]['exam'] = '【大卒程度】'
        @add('band taken as a category')
        def _(b, p, e):
            en = fa(b)['exams']['entries'][2]; en['breakdown'].insert(0, dict(category='高卒程度', count=0))
        @add('category under the other band')
        def _(b, p, e):
            en = fa(b)['exams']['entries']; en[0]['breakdown'], en[2]['breakdown'] = en[2]['breakdown'], en[0]['breakdown']
        @add('support printed with full-width brackets')
        def _(b, p, e): fa(b)['supportSystems'][0]['printed'] = '●育児休業（子が3歳に達するまで）'
        @add('edition without 更新')
        def _(b, p, e): fa(b)['edition']['asOfText'] = '令和8年4月'
    if shape == 'tsuruga':
        @add('cohort intro above the table')
        def _(b, p, e): fa(b)['assignments']['intro'] = '令和7年度採用者の配属先（単位：人）'
        @add('cohort note moved above the table')
        def _(b, p, e):
            k = e[0].index(fa(b)['assignments']['note']); ln = e[0].pop(k); h_ = e[0].index('配属実績'); e[0].insert(h_ + 1, ln)
            for it in p[0].items:
                if it['line'] > h_ and it['line'] < k: it['line'] += 1
                elif it['line'] == k: it['line'] = h_ + 1
        @add('route with the mode first')
        def _(b, p, e):
            a = fa(b)['access']; a['routes'][0] = '徒歩約20分（JR北陸本線『敦賀』駅から）'; a['routesText'][0] = '徒歩約20分（JR北陸本線敦賀駅から）'
        @add('route stop taking 駅から約20分')
        def _(b, p, e):
            a = fa(b)['access']; a['routes'][0] = 'JR北陸本線『敦賀駅から約20分』駅'
    if shape == 'ariake':
        @add('planned label （予定）')
        def _(b, p, e): row_of(b, -1)['labelText'] = '令和8年度（予定）'
        @add('initiative title keeping 「」')
        def _(b, p, e): fa(b)['initiatives'][0]['title'] = '「ノー残業デー」'
        @add('route with 約 instead of 程度')
        def _(b, p, e):
            a = fa(b)['access']; a['routes'][0] = '西鉄天神大牟田線『新栄町』駅から徒歩約15分'; a['routesText'][0] = '西鉄天神大牟田線新栄町駅から徒歩約15分'
        @add('planned flag dropped with the 募集中 label kept')
        def _(b, p, e):
            r = row_of(b, -1); r['planned'] = False
    return F


def selftest(verbose):
    total = refused = 0
    for mk in BROCHURES:
        b = mk()
        build(b)  # the clean brochure must pass
        fl = faults(b)
        n = 0
        for name, fn in fl:
            total += 1
            try:
                build(b, fault=fn)
                print(f'  NOT REFUSED  {b["name"]}: {name}')
            except Fault as ex:
                refused += 1; n += 1
                if verbose:
                    print(f'  refused  {b["name"]}: {name}  <- {str(ex)[:110]}')
        print(f'{b["name"]}: {n}/{len(fl)} refused')
    print(f'selftest: {refused}/{total} refused')
    return refused == total


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    names = [a for a in args if not a.startswith('-')]
    for mk in BROCHURES:
        b = mk()
        if names and b['name'] not in names:
            continue
        try:
            write(b)
        except Fault as ex:
            print(f'REFUSED {b["name"]}: {ex}')
            sys.exit(1)


if __name__ == '__main__':
    main()
