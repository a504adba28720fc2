#!/usr/bin/env python3
"""Blind holdout set 64: three NATIONAL bodies (横浜植物防疫所, 富山大学, 東京航空局).

Self-contained: reportlab canvas (invariant=1, no page compression), IPAex fonts, a small
page model in top-down coordinates, a ruled-table helper (first-column row spans), a
ToUnicode post-processor (PUA bullets, IVS), the fact checks and a fault-injection self-test.

  python3 Fixtures/generate_holdout64.py                 # all three
  python3 Fixtures/generate_holdout64.py toyama-u-2026   # one
  python3 Fixtures/generate_holdout64.py --selftest -v   # every injected fault must be refused
"""
import copy, hashlib, io, json, os, random, re, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout64')
sys.path.insert(0, os.path.join(REPO, 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

GOTHIC = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'
MINCHO = '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'
pdfmetrics.registerFont(TTFont('G', GOTHIC))
pdfmetrics.registerFont(TTFont('M', MINCHO))
CMAP = {'G': pdfmetrics.getFont('G').face.charToGlyph, 'M': pdfmetrics.getFont('M').face.charToGlyph}

W, H = 595.2756, 841.8898
MARGIN = 20          # edge margin no ink may enter
LEFT, RIGHT, TOP, BOTTOM = 48, W - 48, 40, H - 50
IVS = '\U000E0100'
PUA = {'●': '\uF06C', '◆': '\uF075'}   # Wingdings codes Word writes for its bullets
WARA = {1: '元'}


class Refused(Exception):
    pass


def era(fy):
    n = fy - 2018
    return f'令和{n}年度'


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self):
        self.items = []     # (x, ytop, text, font, size, expected?)
        self.rules = []     # (x1, y1, x2, y2, width)
        self.fills = []     # (x, y, w, h, rgb)
        self.expected = []  # lines


class Doc:
    def __init__(self, name, body='M'):
        self.name = name
        self.body = body
        self.pages = [Page()]
        self.y = TOP

    @property
    def p(self):
        return self.pages[-1]

    def new_page(self):
        self.pages.append(Page())
        self.y = TOP

    def text(self, x, ytop, s, font=None, size=9, expect=True):
        font = font or self.body
        self.p.items.append((x, ytop, s, font, size))
        if expect:
            self.p.expected.append(s)

    def line(self, s, font=None, size=9, x=LEFT, gap=4, expect=True, right=False):
        font = font or self.body
        if right:
            x = RIGHT - pdfmetrics.stringWidth(s, font, size)
        self.text(x, self.y, s, font, size, expect)
        self.y += size + gap

    def heading(self, s):
        self.y += 6
        self.p.fills.append((LEFT, self.y - 2, 4, 14, (0.1, 0.35, 0.55)))
        self.line(s, 'G', 11, x=LEFT + 8, gap=6)

    def table(self, widths, rows, size=8.5, pad=4, spans=None, expect_rows=None):
        """rows: list of cell lists; spans: {(r, c): nrows} for row spans (cells below are '')."""
        spans = spans or {}
        rh = size + 2 * pad + 2
        x0 = LEFT
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        covered = set()
        for (r, c), n in spans.items():
            for k in range(1, n):
                covered.add((r + k, c))
        top = self.y
        for ri, row in enumerate(rows):
            yt = top + ri * rh
            for ci, cell in enumerate(row):
                if (ri, ci) in covered:
                    if cell:
                        raise Refused('text in a covered cell')
                    continue
                n = spans.get((ri, ci), 1)
                if cell:
                    tw = pdfmetrics.stringWidth(cell, 'G' if ri == 0 else self.body, size)
                    if tw > widths[ci] - 2 * pad:
                        raise Refused(f'cell wider than its column: {cell}')
                    ytext = yt + pad + (n - 1) * rh / 2
                    self.p.items.append((xs[ci] + pad, ytext, cell, 'G' if ri == 0 else self.body, size))
            # horizontal rule above the row, skipping spanned columns
            for ci in range(len(widths)):
                if (ri, ci) not in covered:
                    self.p.rules.append((xs[ci], yt, xs[ci + 1], yt, 0.5))
        yb = top + len(rows) * rh
        self.p.rules.append((xs[0], yb, xs[-1], yb, 0.5))
        for x in xs:
            self.p.rules.append((x, top, x, yb, 0.5))
        if rows:
            self.p.fills.append((xs[0], top, xs[-1] - xs[0], rh, (0.88, 0.92, 0.96)))
        for row in (expect_rows or rows):
            self.p.expected.append('\t'.join(row))
        self.y = yb + 6


# ---------------------------------------------------------------- drawing
def ink_box(it):
    x, yt, s, font, size = it
    w = pdfmetrics.stringWidth(s, font, size)
    return (x, yt, x + w, yt + size)


def validate(doc):
    for pi, pg in enumerate(doc.pages):
        boxes = []
        for it in pg.items:
            x, yt, s, font, size = it
            for ch in s:
                if ord(ch) not in CMAP[font]:
                    raise Refused(f'glyph missing from {font}: {ch!r}')
            b = ink_box(it)
            if b[0] < MARGIN or b[2] > W - MARGIN or b[1] < MARGIN or b[3] > H - MARGIN:
                raise Refused(f'item in the edge margin: {s}')
            if b[3] > BOTTOM + 30:
                raise Refused(f'page {pi + 1} overflows: {s}')
            boxes.append((b, s))
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i][0], boxes[j][0]
                if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5:
                    raise Refused(f'overlap: {boxes[i][1]} / {boxes[j][1]}')
        drawn = sorted(''.join(''.join(it[2].split()) for it in pg.items if it[2] not in doc.furniture))
        exp = sorted(''.join(''.join(line.split()) for line in pg.expected))
        if drawn != exp:
            raise Refused(f'page {pi + 1}: drawn text and expected text differ')
        for line in pg.expected:
            if line in doc.furniture:
                raise Refused(f'furniture in expected text: {line}')
            if line[:1] in '。、）」』':
                raise Refused(f'expected line starts with kinsoku: {line}')


def render(doc, seed):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
    c.setTitle(doc.title)
    rnd = random.Random(seed)
    for pg in doc.pages:
        for (x, y, w, h, rgb) in pg.fills:
            c.setFillColorRGB(*rgb)
            c.rect(x, H - y - h, w, h, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        for (x1, y1, x2, y2, lw) in pg.rules:
            c.setLineWidth(lw)
            c.line(x1, H - y1, x2, H - y2)
        items = list(pg.items)
        rnd.shuffle(items)
        for (x, yt, s, font, size) in items:
            c.setFont(font, size)
            c.drawString(x, H - yt - size * 0.88, s)
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- ToUnicode post-processing
def rebuild(pdf, edit):
    """edit(objnum, bytes) -> bytes for every object; fixes stream /Length and rebuilds the xref."""
    sx = int(re.search(rb'startxref\s+(\d+)', pdf).group(1))
    xref = pdf[sx:]
    ents = re.findall(rb'(\d{10}) (\d{5}) n', xref)
    offs = sorted((int(o), i + 1) for i, (o, g) in enumerate(ents))
    head = pdf[:offs[0][0]]
    objs = {}
    bounds = [o for o, _ in offs] + [sx]
    for k, (o, num) in enumerate(offs):
        objs[num] = pdf[o:bounds[k + 1]]
    out = bytearray(head)
    newoffs = {}
    for o, num in offs:
        old = objs[num]
        body = edit(num, old)
        if body != old and b'stream' in old:
            n = int(re.search(rb'/Length (\d+)', old).group(1)) + len(body) - len(old)
            body = re.sub(rb'/Length \d+', b'/Length %d' % n, body, count=1)
        newoffs[num] = len(out)
        out += body
    tail = xref[xref.index(b'trailer'):]
    tail = re.sub(rb'startxref\s+\d+', b'startxref\n%d' % len(out), tail)
    n = len(ents) + 1
    x = bytearray(b'xref\n0 %d\n0000000000 65535 f \n' % n)
    for num in range(1, n):
        x += b'%010d 00000 n \n' % newoffs[num]
    tail = re.sub(rb'startxref\s+\d+', b'startxref\n%d' % len(out), tail)
    return bytes(out + x + tail)


def u16(s):
    return s.encode('utf-16-be').hex().upper().encode()


def remap(pdf, mapping, font_tag=None, rename=None):
    """mapping: {char: replacement string} applied to the bfchar entries of ToUnicode CMaps.
    font_tag: only the CMaps used by fonts whose BaseFont contains this; rename: (old, new) BaseFont text."""
    tounicode_of = {}
    for m in re.finditer(rb'/BaseFont /([A-Z]{6}\+[A-Za-z]+)[^>]*?/ToUnicode (\d+) 0 R', pdf, re.S):
        tounicode_of[int(m.group(2))] = m.group(1).decode()
    targets = {n for n, name in tounicode_of.items() if font_tag is None or font_tag in name}

    def edit(num, body):
        if num in targets and b'beginbfchar' in body:
            new = body
            for ch, rep in mapping.items():
                new = new.replace(b' <' + u16(ch) + b'>\n', b' <' + u16(rep) + b'>\n')
            return new
        if rename and rename[0].encode() in body:
            return body.replace(rename[0].encode(), rename[1].encode())
        return body
    return rebuild(pdf, edit)


def pdftotext(path):
    return subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True, check=True).stdout


# ---------------------------------------------------------------- facts helpers
def cnt(n, w):
    return {'count': n, 'text': str(n), 'women': w, 'womenText': str(w)} if w is not None else \
        {'count': n, 'text': str(n), 'women': None}


def hrow(fy, a, t, planned=False, label=None):
    tot = (a[0] + t[0], None if planned else a[1] + t[1])
    lab = era(fy)
    return {'fiscalYear': fy, 'label': lab, 'labelText': label or (lab + ('（予定）' if planned else '')),
            'planned': planned, 'total': cnt(*tot), 'admin': cnt(*a), 'tech': cnt(*t)}


def fmt(c, fw=False):
    s = str(c['count']) if c['women'] is None else f"{c['count']}（{c['women']}）"
    return s.translate(str.maketrans('0123456789', '０１２３４５６７８９')) if fw else s


# ---------------------------------------------------------------- brochure 1: 横浜植物防疫所
def yokohama():
    d = Doc('yokohama-pps-2026', body='G')   # a Word document in a Gothic face; bullets in Wingdings
    d.title = '横浜植物防疫所 職員採用案内 2026'
    d.furniture = {'- 1 -', '- 2 -'}
    hy = [hrow(2021, (3, 1), (9, 4)), hrow(2022, (2, 1), (11, 5)), hrow(2023, (3, 2), (10, 4)),
          hrow(2024, (4, 1), (12, 6)), hrow(2025, (3, 2), (13, 5)), hrow(2026, (3, None), (14, None), True)]
    f = base_facts('横浜植物防疫所', '横浜植物防疫所 職員採用案内 2026', '令和8年4月現在')
    f['lead']['text'] = ['輸出入される植物の検疫を通じて、日本の農業と緑を病害虫から守る農林水産省の機関です。']
    f['hiring'].update(intro=['採用者数の推移（単位：人）'],
                       note=['※（ ）内は女性の数で内数です。植物防疫官は技術系の職員です。'],
                       tracks={'admin': '行政職', 'tech': '植物防疫官'}, rows=hy,
                       layout='ruled 年度 | 行政職 | 植物防疫官 | 計 (track columns named by job title)')
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '行政職', 'tech': '植物防疫官'}, 'layout': 'ruled 配属先 | 行政職 | 植物防疫官',
                        'rows': [{'unit': '総務部', 'admin': 2, 'tech': None}, {'unit': '業務部', 'admin': 1, 'tech': 3},
                                 {'unit': '東京支所', 'admin': None, 'tech': 4}, {'unit': '成田支所', 'admin': None, 'tech': 4},
                                 {'unit': '川崎出張所', 'admin': None, 'tech': 2}]}
    ex = '国家公務員採用一般職試験（大卒程度）'
    f['exams'] = {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 試験区分 | 採用予定数',
                  'entries': [{'track': '事務系（行政職）', 'exam': ex, 'text': '', 'breakdown': [{'category': '行政', 'count': 3}], 'total': 3},
                              {'track': '技術系（植物防疫官）', 'exam': ex, 'text': '',
                               'breakdown': [{'category': '農学', 'count': 10}, {'category': '林学', 'count': 2}, {'category': '化学', 'count': 2}], 'total': 14}]}
    f['training'] = {'title': '研修', 'paragraphs': ['採用後は植物防疫所の初任者研修で検疫の法令と病害虫の基礎を学びます。',
                                                   '植物防疫官は港・空港の現場で先輩職員と検査実務を経験します。']}
    f['initiativesIntro'] = '働き方改革の取組'
    f['initiatives'] = [{'title': 'フレックスタイム制', 'text': '始業・終業の時刻を職員が選べます。'},
                        {'title': 'テレワーク', 'text': '本所・支所とも在宅勤務を活用しています。'}]
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [{'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで', 'text': '男性職員の取得も進んでいます。'},
                           {'name': '介護休暇', 'duration': '6か月以内', 'durationText': '6か月以内', 'text': '3回まで分割して取得できます。'}]
    f['contacts'] = [{'track': '採用担当', 'office': '横浜植物防疫所 総務部 総務課 人事係', 'tel': ['045-211-7150'],
                      'email': ['yokohama-jinji@pps.maff.go.jp'], 'location': '',
                      'telText': ['TEL 045‑211‑7150（直通）'], 'emailText': ['E-mail yokohama-jinji@pps.maff.go.jp'],
                      'hoursText': '受付 平日9時から17時まで'}]
    f['access'] = {'address': '〒231‑0003 神奈川県横浜市中区北仲通5‑57 横浜第2合同庁舎',
                   'routes': ['JR・市営地下鉄『桜木町』駅から徒歩約10分', 'みなとみらい線『日本大通り』駅から徒歩約8分'],
                   'routesSynthesised': False,
                   'routesText': ['JR・市営地下鉄桜木町駅から徒歩約10分', 'みなとみらい線日本大通り駅から徒歩約8分']}
    f['decoys'] = {'hiring': 'track columns are 行政職 / 植物防疫官 (no 事務 / 技術 in the hiring or assignment header)',
                   'text layer': 'phones and postal code use U+2011 NON-BREAKING HYPHEN; the ● / ◆ list bullets are in a font named Wingdings whose ToUnicode gives the PUA code points U+F06C / U+F075',
                   'contacts': 'a FAX line 045‑211‑0890 (not a phone fact)'}
    # drawing
    masthead(d, '農林水産省', '横浜植物防疫所', '職員採用案内 2026', '令和8年4月現在', f)
    d.heading('採用実績')
    d.line(f['hiring']['intro'][0])
    d.table([110, 90, 90, 90], [['年度', '行政職', '植物防疫官', '計']] +
            [[r['labelText'], fmt(r['admin']), fmt(r['tech']), fmt(r['total'])] for r in hy])
    d.line(f['hiring']['note'][0], size=8)
    d.heading('配属実績')
    d.line(f['assignments']['intro'])
    d.table([130, 90, 90], [['配属先', '行政職', '植物防疫官']] +
            [[r['unit'], str(r['admin'] or '－'), str(r['tech'] or '－')] for r in f['assignments']['rows']])
    d.heading('研修')
    for s in f['training']['paragraphs']:
        d.line(s)
    d.text(W / 2 - 12, H - 36, '- 1 -', None, 8, expect=False)
    d.new_page()
    d.heading('試験区分')
    d.line(f['exams']['title'])
    rows = [['区分', '試験', '試験区分', '採用予定数'], ['事務系（行政職）', ex, '行政', '3名'],
            ['技術系（植物防疫官）', ex, '農学', '10名'], ['', '', '林学', '2名'], ['', '', '化学', '2名']]
    d.table([95, 175, 80, 70], rows, spans={(2, 0): 3, (2, 1): 3})
    d.heading(f['initiativesIntro'])
    for i in f['initiatives']:
        bullet(d, '◆', i['title'], 'G')
        d.line(i['text'], x=LEFT + 12)
    d.heading(f['supportTitle'])
    for s in f['supportSystems']:
        bullet(d, '●', f"{s['name']}（{s['durationText']}）", 'G')
        d.line(s['text'], x=LEFT + 12)
    contacts_access(d, f, extra_after_tel=['FAX 045‑211‑0890'])
    d.text(W / 2 - 12, H - 36, '- 2 -', None, 8, expect=False)
    post = lambda pdf: remap(pdf, PUA, font_tag='IPAexMincho', rename=('+IPAexMincho', '+Wingdings  '))
    return d, f, post


def bullet(d, b, s, font):
    """A bullet drawn in its own font (Mincho, renamed Wingdings in yokohama) in the same line."""
    d.p.items.append((LEFT, d.y, b, 'M', 9))
    d.p.items.append((LEFT + 12, d.y, s, font, 9))  # text in the body face
    d.p.expected.append(b + s)
    d.y += 13


def base_facts(org, document, asof):
    return {'organization': org, 'document': document,
            'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': asof},
            'lead': {'title': '', 'text': []},
            'hiring': {'intro': [], 'note': [], 'tracks': {}, 'textSynthesised': False, 'layout': '', 'rows': []},
            'assignments': {}, 'exams': {}, 'training': {}, 'initiatives': [], 'initiativesIntro': '',
            'supportTitle': '', 'supportSystems': [], 'contacts': [], 'access': {}, 'keyFigures': [], 'decoys': {}}


def masthead(d, parent, org, title, edition, f):
    d.p.fills.append((0, 0, W, 96, (0.84, 0.9, 0.96)))
    d.line(parent, 'G', 10, gap=4)
    d.line(org, 'G', 22, gap=6)
    d.line(title, 'G', 12, gap=10)
    d.y = 104
    d.line(edition, None, 9, right=True, gap=6)
    for s in f['lead']['text']:
        d.line(s)


def contacts_access(d, f, extra_after_tel=()):
    c = f['contacts'][0]
    d.heading(c['track'])
    d.line(c['office'])
    for t in c['telText']:
        d.line(t)
    for t in extra_after_tel:
        d.line(t)
    for t in c['emailText']:
        d.line(t)
    d.line(c['hoursText'])
    d.heading('アクセス')
    d.line(f['access']['address'])
    for r in f['access']['routesText']:
        d.line(r)


# ---------------------------------------------------------------- brochure 2: 富山大学
def toyama():
    d = Doc('toyama-u-2026')
    d.title = '富山大学 事務系・技術系職員採用案内 2026'
    d.furniture = {'- 1 -', '- 2 -'}
    # intakes: (fy, month, admin, tech)
    intakes = [(2021, '4月', (9, 5), (2, 0)), (2022, '4月', (10, 6), (3, 1)),
               (2023, '4月', (8, 4), (2, 1)), (2023, '10月', (1, 1), (1, 0)),
               (2024, '4月', (11, 6), (2, 0)), (2025, '4月', (8, 4), (3, 1)), (2025, '10月', (2, 1), (1, 1)),
               (2026, '4月', (10, None), (3, None))]
    hy = []
    for fy in range(2021, 2027):
        its = [i for i in intakes if i[0] == fy]
        planned = fy == 2026
        a = (sum(i[2][0] for i in its), None if planned else sum(i[2][1] for i in its))
        t = (sum(i[3][0] for i in its), None if planned else sum(i[3][1] for i in its))
        hy.append(hrow(fy, a, t, planned))
    f = base_facts('富山大学', '富山大学 事務系・技術系職員採用案内 2026', '令和8年4月現在')
    f['lead']['text'] = ['五福・杉谷・高岡の3キャンパスで教育と研究を支える職員を募集します。']
    f['hiring'].update(intro=['採用者数（単位：人）'],
                       note=['※（ ）内は女性の数で内数です。10月採用は既卒者等を対象とした随時採用です。'],
                       tracks={'admin': '事務職員', 'tech': '技術職員'}, rows=hy,
                       layout='ruled 年度 | 採用時期 | 事務職員 | 技術職員 | 計; 令和5年度 and 令和7年度 span a 4月 and a 10月 row (the year = their sum)')
    f['hiring']['intakes'] = [{'fiscalYear': fy, 'month': m, 'admin': list(a), 'tech': list(t)} for fy, m, a, t in intakes]
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務職員', 'tech': '技術職員'}, 'layout': 'ruled 配属先 | 事務職員 | 技術職員',
                        'rows': [{'unit': '総務部', 'admin': 2, 'tech': None}, {'unit': '財務部', 'admin': 2, 'tech': None},
                                 {'unit': '学務部', 'admin': 3, 'tech': None}, {'unit': '附属図書館', 'admin': 2, 'tech': None},
                                 {'unit': '施設企画部', 'admin': 1, 'tech': 2}, {'unit': '附属病院', 'admin': None, 'tech': 2}]}
    ex = '国立大学法人等職員採用試験（東海・北陸地区）'
    f['exams'] = {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 職種 | 試験 | 試験区分 | 採用予定数',
                  'entries': [{'track': '事務職員', 'exam': ex, 'text': '', 'breakdown': [{'category': '事務', 'count': 10}], 'total': 10},
                              {'track': '技術職員', 'exam': ex, 'text': '',
                               'breakdown': [{'category': '電気', 'count': 1}, {'category': '建築', 'count': 1}, {'category': '化学', 'count': 1}], 'total': 3}]}
    f['training'] = {'title': '研修', 'paragraphs': ['新任職員研修のほか、東海・北陸地区の国立大学と合同の階層別研修があります。',
                                                   '語学研修や他大学との人事交流の機会もあります。']}
    f['initiativesIntro'] = '働きやすい職場づくり'
    f['initiatives'] = [{'title': '時差出勤制度', 'text': '始業時刻を7時30分から10時30分の間で選べます。'},
                        {'title': '年次休暇の計画的取得', 'text': '夏季に連続した休暇を取りやすくしています。'}]
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [{'name': '育児短時間勤務', 'duration': '小学校就学前まで', 'durationText': '小学校就学前まで', 'text': '週19時間25分から選べます。'},
                           {'name': '配偶者出産休暇', 'duration': '2日', 'durationText': '2日', 'text': '出産の前後に取得できます。'}]
    f['contacts'] = [{'track': '採用担当', 'office': '富山大学 総務部 人事課 人事企画係', 'tel': ['076-445-6017'],
                      'email': ['jinji-kikaku@adm.u-toyama.ac.jp'], 'location': '',
                      'telText': ['TEL 076-445-6017'], 'emailText': ['E-mail jinji-kikaku@adm.u-toyama.ac.jp'],
                      'hoursText': '受付 平日8時30分から17時15分まで'}]
    f['access'] = {'address': '〒930-8555 富山県富山市五福3190',
                   'routes': ['市内電車『富山大学前』駅から徒歩約1分', 'あいの風とやま鉄道『呉羽』駅から徒歩約25分'],
                   'routesSynthesised': False,
                   'routesText': ['市内電車富山大学前駅から徒歩約1分', 'あいの風とやま鉄道呉羽駅から徒歩約25分']}
    f['decoys'] = {'hiring': 'two intakes (4月 / 10月) in 令和5年度 and 令和7年度: the year cell spans both rows and the facts are their sums',
                   'text layer': 'ToUnicode appends the IVS selector U+E0100 to 者, 勤 and 館 (an InDesign document with glyph variants)'}
    masthead(d, '国立大学法人', '富山大学', '事務系・技術系職員採用案内 2026', '令和8年4月現在', f)
    d.heading('採用実績')
    d.line(f['hiring']['intro'][0])
    rows = [['年度', '採用時期', '事務職員', '技術職員', '計']]
    spans = {}
    prev = None
    for fy, m, a, t in intakes:
        planned = fy == 2026
        ca, ct = cnt(*a), cnt(*t)
        tot = cnt(a[0] + t[0], None if planned else a[1] + t[1])
        lab = era(fy) + ('（予定）' if planned else '')
        if fy == prev:
            spans[(len(rows) - 1, 0)] = 2
            lab = ''
        rows.append([lab, m, fmt(ca), fmt(ct), fmt(tot)])
        prev = fy
    d.table([110, 60, 80, 80, 80], rows, spans=spans)
    d.line(f['hiring']['note'][0], size=8)
    d.heading('配属実績')
    d.line(f['assignments']['intro'])
    d.table([130, 90, 90], [['配属先', '事務職員', '技術職員']] +
            [[r['unit'], str(r['admin'] or '－'), str(r['tech'] or '－')] for r in f['assignments']['rows']])
    d.text(W / 2 - 12, H - 36, '- 1 -', None, 8, expect=False)
    d.new_page()
    d.heading('試験区分')
    d.line(f['exams']['title'])
    rows = [['職種', '試験', '試験区分', '採用予定数'], ['事務職員', ex, '事務', '10名'],
            ['技術職員', ex, '電気', '1名'], ['', '', '建築', '1名'], ['', '', '化学', '1名']]
    d.table([70, 215, 70, 70], rows, spans={(2, 0): 3, (2, 1): 3})
    d.heading('研修')
    for s in f['training']['paragraphs']:
        d.line(s)
    d.heading(f['initiativesIntro'])
    for i in f['initiatives']:
        d.line('■' + i['title'], 'G')
        d.line(i['text'], x=LEFT + 12)
    d.heading(f['supportTitle'])
    for s in f['supportSystems']:
        d.line(f"■{s['name']}（{s['durationText']}）", 'G')
        d.line(s['text'], x=LEFT + 12)
    contacts_access(d, f)
    d.text(W / 2 - 12, H - 36, '- 2 -', None, 8, expect=False)
    post = lambda pdf: remap(pdf, {'者': '者' + IVS, '勤': '勤' + IVS, '館': '館' + IVS})
    return d, f, post


# ---------------------------------------------------------------- brochure 3: 東京航空局
def tokyo():
    d = Doc('tokyo-koku-2026')
    d.title = '東京航空局 職員採用案内 2026'
    d.furniture = {'- 1 -', '- 2 -'}
    hy = [hrow(2021, (8, 3), (12, 2)), hrow(2022, (7, 4), (14, 3)), hrow(2023, (9, 4), (13, 2)),
          hrow(2024, (8, 3), (15, 4)), hrow(2025, (10, 5), (14, 3)), hrow(2026, (9, None), (15, None), True)]
    f = base_facts('東京航空局', '東京航空局 職員採用案内 2026', '令和8年4月現在')
    f['lead']['text'] = ['東日本の空港と航空路の安全を支える国土交通省航空局の地方支分部局です。']
    f['hiring'].update(intro=['採用者数の推移（単位：人）'], note=['※（　）内は女性の数で内数です。'],
                       tracks={'admin': '事務系', 'tech': '技術系'}, rows=hy,
                       layout='a text-art table: each row ONE text line of box-drawing characters (│ ┼ ─) with full-width digits padded by U+3000; no graphic rules')
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務系', 'tech': '技術系'}, 'layout': 'ruled 配属先 | 事務系 | 技術系',
                        'rows': [{'unit': '総務部', 'admin': 3, 'tech': None}, {'unit': '空港部', 'admin': 2, 'tech': None},
                                 {'unit': '保安部', 'admin': None, 'tech': 4}, {'unit': '東京空港事務所', 'admin': 3, 'tech': 6},
                                 {'unit': '成田空港事務所', 'admin': 2, 'tech': 4}]}
    ex = '国家公務員採用一般職試験（大卒程度）'
    f['exams'] = {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 試験区分 | 採用予定数',
                  'entries': [{'track': '事務系', 'exam': ex, 'text': '', 'breakdown': [{'category': '行政', 'count': 9}], 'total': 9},
                              {'track': '技術系', 'exam': ex, 'text': '',
                               'breakdown': [{'category': '電気・電子・情報', 'count': 8}, {'category': '機械', 'count': 4}, {'category': '土木', 'count': 3}], 'total': 15}]}
    f['training'] = {'title': '研修', 'paragraphs': ['技術系は航空保安大学校で航空保安の基礎を学んでから配属されます。',
                                                   '事務系は国土交通省の新規採用職員研修に参加します。']}
    f['initiativesIntro'] = '働き方改革の取組'
    f['initiatives'] = [{'title': 'ペーパーレス化の推進', 'text': '決裁と会議資料を電子化しました。'},
                        {'title': '勤務間インターバルの確保', 'text': '夜間作業の翌日は出勤時刻を遅らせています。'}]
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [{'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで', 'text': '男性職員の取得率も上がっています。'},
                           {'name': '子の看護休暇', 'duration': '年5日', 'durationText': '年5日', 'text': '1時間単位で取得できます。'}]
    f['contacts'] = [{'track': '採用担当', 'office': '東京航空局 総務部 人事課 任用係', 'tel': ['03-5275-9292'],
                      'email': ['tcab-saiyo@mlit.go.jp'], 'location': '',
                      'telText': ['TEL 03-5275-9292（直通）'], 'emailText': ['E-mail tcab-saiyo@mlit.go.jp'],
                      'hoursText': '受付 平日9時30分から18時まで'}]
    f['access'] = {'address': '〒102-0074 東京都千代田区九段南1-1-15 九段第2合同庁舎',
                   'routes': ['地下鉄各線『九段下』駅から徒歩約1分'], 'routesSynthesised': False,
                   'routesText': ['地下鉄各線九段下駅から徒歩約1分']}
    f['decoys'] = {'hiring': 'the hiring table is text art: ┌─┬─┐ / │令和３年度　│　８（３）│… lines, one text object each, full-width digits, U+3000 padding'}
    masthead(d, '国土交通省', '東京航空局', '職員採用案内 2026', '令和8年4月現在', f)
    d.heading('採用実績')
    d.line(f['hiring']['intro'][0])
    wl, wc = 9, 5

    def pad(s, n, left=True):
        k = n - len(s)
        return ('\u3000' * k + s) if left else (s + '\u3000' * k)

    def border(l, m, r):
        return l + m.join(['─' * wl] + ['─' * wc] * 3) + r
    lines = [border('┌', '┬', '┐'), '│' + '│'.join([pad('年度', wl, False), pad('事務系', wc, False), pad('技術系', wc, False), pad('計', wc, False)]) + '│',
             border('├', '┼', '┤')]
    for r in hy:
        lab = r['labelText'].translate(str.maketrans('0123456789', '０１２３４５６７８９'))
        lines.append('│' + '│'.join([pad(lab, wl, False)] + [pad(fmt(r[k], True), wc) for k in ('admin', 'tech', 'total')]) + '│')
    lines.append(border('└', '┴', '┘'))
    for s in lines:
        d.line(s, 'G', 9, gap=0.5)
    d.y += 4
    d.line(f['hiring']['note'][0], size=8)
    d.heading('配属実績')
    d.line(f['assignments']['intro'])
    d.table([130, 90, 90], [['配属先', '事務系', '技術系']] +
            [[r['unit'], str(r['admin'] or '－'), str(r['tech'] or '－')] for r in f['assignments']['rows']])
    d.heading('研修')
    for s in f['training']['paragraphs']:
        d.line(s)
    d.text(W / 2 - 12, H - 36, '- 1 -', None, 8, expect=False)
    d.new_page()
    d.heading('試験区分')
    d.line(f['exams']['title'])
    rows = [['区分', '試験', '試験区分', '採用予定数'], ['事務系', ex, '行政', '9名'],
            ['技術系', ex, '電気・電子・情報', '8名'], ['', '', '機械', '4名'], ['', '', '土木', '3名']]
    d.table([60, 175, 100, 70], rows, spans={(2, 0): 3, (2, 1): 3})
    d.heading(f['initiativesIntro'])
    for i in f['initiatives']:
        d.line('○' + i['title'], 'G')
        d.line(i['text'], x=LEFT + 12)
    d.heading(f['supportTitle'])
    for s in f['supportSystems']:
        d.line(f"○{s['name']}（{s['durationText']}）", 'G')
        d.line(s['text'], x=LEFT + 12)
    contacts_access(d, f)
    d.text(W / 2 - 12, H - 36, '- 2 -', None, 8, expect=False)
    return d, f, (lambda pdf: pdf)


BROCHURES = {'yokohama-pps-2026': yokohama, 'toyama-u-2026': toyama, 'tokyo-koku-2026': tokyo}


# ---------------------------------------------------------------- fact checks
def standin(f):
    T = {'admin': 'administrative', 'tech': 'technical'}
    rows = []
    for r in f['hiring']['rows']:
        row = {'fiscalYear': r['fiscalYear'], 'planned': r['planned']}
        for k in ('total', 'admin', 'tech'):
            row[T.get(k, k)] = {'count': r[k]['count'], 'women': r[k]['women']}
        rows.append(row)
    a = f['assignments']
    ex = [{'track': track(e['track']), 'level': level(e['exam']), 'category': b['category'], 'count': b['count']}
          for e in f['exams']['entries'] for b in e['breakdown']]
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']},
            'sections': {'hiring': {'rows': rows},
                         'assignments': {'cohortFiscalYear': a['cohortFiscalYear'],
                                         'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0} for r in a['rows']]},
                         'examBreakdown': {'entries': ex},
                         'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']} for c in f['contacts']],
                         'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]},
                         'initiatives': [{'title': i['title']} for i in f['initiatives']],
                         'supportSystems': [{'name': s['name']} for s in f['supportSystems']]}}


def check_facts(f, expected_lines):
    lines = [l for l in expected_lines]
    flat = ''.join(''.join(l.split()) for l in lines)
    drawn = norm(flat)

    def printed(s, what):
        if not any(s == l or s in l for l in lines):
            raise Refused(f'{what} not printed: {s}')
    org = f['organization']
    for pre in ('独立行政法人', '国立研究開発法人', '国立大学法人'):
        if org.startswith(pre):
            raise Refused('organisation carries a legal form')
    if org not in lines:
        raise Refused('organisation not a printed line')
    ed = f['edition']
    m = re.match(r'令和(\d+)年(\d+)月', ed['asOfText'])
    if not m or ed['asOf'] != f'{2018 + int(m.group(1))}-{int(m.group(2)):02d}' or ed['asOfText'] not in lines:
        raise Refused('edition asOf does not match its printed text')
    if ed['year'] != int(ed['asOf'][:4]):
        raise Refused('edition year')
    rows = f['hiring']['rows']
    if [r['fiscalYear'] for r in rows] != list(range(rows[0]['fiscalYear'], rows[0]['fiscalYear'] + len(rows))):
        raise Refused('years not consecutive')
    if [r['planned'] for r in rows] != [False] * (len(rows) - 1) + [True]:
        raise Refused('exactly one planned row, last')
    for r in rows:
        if r['label'] != era(r['fiscalYear']):
            raise Refused('era label')
        if r['labelText'] != r['label'] + ('（予定）' if r['planned'] else ''):
            raise Refused('labelText')
        for k in ('total', 'admin', 'tech'):
            c = r[k]
            if c['text'] != str(c['count']):
                raise Refused('count text')
            if r['planned']:
                if c['women'] is not None:
                    raise Refused('planned women')
            else:
                if c['women'] is None or not 0 <= c['women'] <= c['count'] or c['womenText'] != str(c['women']):
                    raise Refused('women')
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            raise Refused(f"hiring total {r['labelText']}")
        if not r['planned'] and r['total']['women'] != r['admin']['women'] + r['tech']['women']:
            raise Refused(f"women total {r['labelText']}")
    if 'intakes' in f['hiring']:
        for r in rows:
            its = [i for i in f['hiring']['intakes'] if i['fiscalYear'] == r['fiscalYear']]
            for k in ('admin', 'tech'):
                if sum(i[k][0] for i in its) != r[k]['count'] or (not r['planned'] and sum(i[k][1] for i in its) != r[k]['women']):
                    raise Refused('intakes do not sum to the year')
    planned = rows[-1]
    if planned['fiscalYear'] != ed['year'] or f['exams']['fiscalYear'] != ed['year']:
        raise Refused('planned year / exam year / edition year')
    a = f['assignments']
    if a['cohortFiscalYear'] != rows[-2]['fiscalYear']:
        raise Refused('cohort is not the last actual year')
    if era(a['cohortFiscalYear']) not in a['intro']:
        raise Refused('cohort not named in the intro')
    printed(a['intro'], 'assignment intro')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        raise Refused('duplicate unit')
    coh = rows[-2]
    if sum(r['admin'] or 0 for r in a['rows']) != coh['admin']['count'] or sum(r['tech'] or 0 for r in a['rows']) != coh['tech']['count']:
        raise Refused('assignments do not sum to the cohort')
    for r in a['rows']:
        if not (r['admin'] or r['tech']):
            raise Refused('zero assignment row')
        printed(r['unit'], 'unit')
    keys = set()
    for e in f['exams']['entries']:
        if track(e['track']) == 'other':
            raise Refused('exam track maps to other')
        if '院' in e['exam'] or '院' in e['track']:
            raise Refused('院 in an exam')
        if sum(b['count'] for b in e['breakdown']) != e['total']:
            raise Refused('exam total != categories')
        k = 'admin' if track(e['track']) == 'administrative' else 'tech'
        if e['total'] != planned[k]['count']:
            raise Refused('exam total != planned hires')
        for b in e['breakdown']:
            key = (track(e['track']), level(e['exam']), norm(b['category']))
            if key in keys:
                raise Refused('colliding exam category')
            keys.add(key)
            if norm(b['category']) not in drawn:
                raise Refused('exam category not printed')
        printed(e['exam'], 'exam')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']:
            raise Refused('duration')
        printed(s['name'], 'support')
        printed(s['text'], 'support text')
    for i in f['initiatives']:
        printed(i['title'], 'initiative')
        printed(i['text'], 'initiative text')
    for c in f['contacts']:
        printed(c['office'], 'office')
        for t, tt in zip(c['tel'], c['telText']):
            printed(tt, 'tel')
            if re.sub(r'\D', '', t) != re.sub(r'\D', '', tt.split('（')[0]):
                raise Refused('phone digits')
        for m_, mt in zip(c['email'], c['emailText']):
            printed(mt, 'email')
            if m_ not in mt:
                raise Refused('email')
    acc = f['access']
    printed(acc['address'], 'address')
    for r, rt in zip(acc['routes'], acc['routesText']):
        if r.replace('『', '').replace('』', '') != rt or '』駅' not in r:
            raise Refused('route')
        printed(rt, 'route')
    for s in f['training']['paragraphs'] + f['lead']['text'] + f['hiring']['intro'] + f['hiring']['note']:
        printed(s, 'text')
    res = checks(f, standin(f), drawn)
    kinds = {n.split()[0] for n, _ in res}
    if not all(ok for _, ok in res):
        raise Refused('stand-in does not score full marks: ' + str([n for n, ok in res if not ok]))
    need = {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'initiative', 'support'}
    if not need <= kinds:
        raise Refused('checks do not reach every kind: ' + str(need - kinds))
    if any(ok for _, ok in checks(f, {}, drawn)):
        raise Refused('an empty document scores')
    return res


# ---------------------------------------------------------------- build
def textlayer_expected(pg_lines, post_map):
    s = ''.join(''.join(l.split()) for l in pg_lines)
    for k, v in post_map.items():
        s = s.replace(k, v)
    return sorted(s)


def build(name, write=True, mutate=None):
    d, f, post = BROCHURES[name]()
    if mutate:
        mutate(d, f)
    validate(d)
    res = check_facts(f, [l for pg in d.pages for l in pg.expected])
    pdfs = [post(render(d, seed=64 + sum(map(ord, name)))) for _ in range(2)]
    if pdfs[0] != pdfs[1]:
        raise Refused('two renders differ')
    pdf = pdfs[0]
    # what the text layer must say, per page (pdftotext), after the brochure's remap
    tmap = {}
    if name == 'yokohama-pps-2026':
        tmap = dict(PUA)
    if name == 'toyama-u-2026':
        tmap = {'者': '者' + IVS, '勤': '勤' + IVS, '館': '館' + IVS}
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, 'x.pdf')
        open(p, 'wb').write(pdf)
        pages = pdftotext(p).split('\f')
        for i, pg in enumerate(d.pages):
            got = sorted(''.join(pages[i].split()))
            want = textlayer_expected([it[2] for it in pg.items], tmap)
            if got != want:
                raise Refused(f'pdftotext page {i + 1} differs from the drawn text: '
                              f'{"".join(sorted(set(got) ^ set(want)))!r}')
        n_bt = pdf.count(b'\nBT ') + pdf.count(b'BT\n')
        if n_bt < sum(len(pg.items) for pg in d.pages):
            raise Refused('fewer text objects than items')
    if write:
        os.makedirs(OUT, exist_ok=True)
        open(os.path.join(OUT, name + '.pdf'), 'wb').write(pdf)
        with open(os.path.join(OUT, name + '.expected.txt'), 'w', encoding='utf-8') as fh:
            fh.write('\n\f\n'.join('\n'.join(pg.expected) for pg in d.pages) + '\n')
        with open(os.path.join(OUT, name + '.facts.json'), 'w', encoding='utf-8') as fh:
            json.dump(f, fh, ensure_ascii=False, indent=2)
            fh.write('\n')
    return res, d


# ---------------------------------------------------------------- self-test
def faults():
    def hr(i, k, fld, dv):
        def m(d, f):
            f['hiring']['rows'][i][k][fld] += dv
        return m

    def setp(path, v):
        def m(d, f):
            o = f
            for k in path[:-1]:
                o = o[k]
            o[path[-1]] = v
        return m
    F = {
        'hiring total +1': hr(0, 'total', 'count', 1),
        'women total +1': hr(1, 'total', 'women', 1),
        'track women +1': hr(2, 'admin', 'women', 1),
        'women above heads': lambda d, f: f['hiring']['rows'][0]['tech'].update(women=99, womenText='99'),
        'women on planned row': lambda d, f: f['hiring']['rows'][-1]['admin'].update(women=1, womenText='1'),
        'planned row first': lambda d, f: f['hiring']['rows'].insert(0, f['hiring']['rows'].pop()),
        'wrong era label': lambda d, f: f['hiring']['rows'][0].update(label='令和2年度'),
        'count text differs': lambda d, f: f['hiring']['rows'][0]['admin'].update(text='x'),
        'assignment +1': lambda d, f: f['assignments']['rows'][0].update(admin=(f['assignments']['rows'][0]['admin'] or 0) + 1),
        'wrong cohort': setp(['assignments', 'cohortFiscalYear'], 2024),
        'duplicated unit': lambda d, f: f['assignments']['rows'].append(dict(f['assignments']['rows'][0], admin=0, tech=0)),
        'exam count +1 with total': lambda d, f: (f['exams']['entries'][0]['breakdown'][0].update(count=f['exams']['entries'][0]['breakdown'][0]['count'] + 1),
                                                 f['exams']['entries'][0].update(total=f['exams']['entries'][0]['total'] + 1)),
        'last category +1': lambda d, f: f['exams']['entries'][1]['breakdown'][-1].update(count=f['exams']['entries'][1]['breakdown'][-1]['count'] + 1),
        'exam with 院': lambda d, f: f['exams']['entries'][0].update(exam=f['exams']['entries'][0]['exam'] + '院'),
        'colliding category': lambda d, f: f['exams']['entries'][1]['breakdown'].append(dict(f['exams']['entries'][1]['breakdown'][0], count=0)),
        'email not printed': lambda d, f: f['contacts'][0]['email'].__setitem__(0, 'x@example.jp'),
        'office not printed': lambda d, f: f['contacts'][0].update(office='どこか'),
        'route not printed': lambda d, f: f['access']['routes'].__setitem__(0, '『どこか』駅から徒歩1分'),
        'support not printed': lambda d, f: f['supportSystems'][0].update(name='休暇X'),
        'initiative not printed': lambda d, f: f['initiatives'][0].update(title='取組X'),
        'organisation not printed': setp(['organization'], '某機関'),
        'legal form': lambda d, f: f.update(organization='独立行政法人' + f['organization']),
        'wrong phone': lambda d, f: f['contacts'][0]['tel'].__setitem__(0, '03-0000-0000'),
        'wrong asOf': setp(['edition', 'asOf'], '2026-03'),
        'wrong edition year': setp(['edition', 'year'], 2025),
        'duration differs': lambda d, f: f['supportSystems'][0].update(duration='1年'),
        'overlapping item': lambda d, f: d.pages[0].items.append(d.pages[0].items[5]) or d.pages[0].expected.append(d.pages[0].items[5][2]),
        'item in edge margin': lambda d, f: d.pages[0].items.append((5, 400, 'X', 'M', 9)) or d.pages[0].expected.append('X'),
        'glyph the font lacks': lambda d, f: d.pages[1].items.append((LEFT, 700, '😀', 'M', 9)) or d.pages[1].expected.append('😀'),
        'line starts with 。': lambda d, f: d.pages[1].items.append((LEFT, 740, '。', 'M', 9)) or d.pages[1].expected.append('。'),
        'extra expected char': lambda d, f: d.pages[0].expected.append('余'),
        'body line made furniture': lambda d, f: d.furniture.add(d.pages[0].expected[0]),
        'overflowing cell': lambda d, f: d.table([20], [['とても長いセルの文字列']]),
        'page overflows': lambda d, f: [d.line('あふれる行' + str(k)) for k in range(80)],
    }
    return F


def selftest(verbose):
    total = refused = 0
    for name in BROCHURES:
        for fname, m in faults().items():
            total += 1
            try:
                build(name, write=False, mutate=m)
                print(f'NOT REFUSED {name}: {fname}')
            except (Refused, IndexError, KeyError, TypeError) as e:
                refused += 1
                if verbose:
                    print(f'refused {name}: {fname}: {e}')
    # the text-layer check must see a PDF rendered without its remap
    for name in ('yokohama-pps-2026', 'toyama-u-2026'):
        total += 1
        d, f, post = BROCHURES[name]()
        orig = BROCHURES[name]
        BROCHURES[name] = lambda: (d, f, lambda pdf: pdf)
        try:
            build(name, write=False)
            print(f'NOT REFUSED {name}: no remap')
        except Refused as e:
            refused += 1
            if verbose:
                print(f'refused {name}: no remap: {e}')
        finally:
            BROCHURES[name] = orig
    print(f'{refused}/{total} refused')
    return refused == total


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    names = [a for a in args if not a.startswith('-')] or list(BROCHURES)
    for n in names:
        res, d = build(n)
        print(f'{n}: {len(res)} fact checks, {sum(len(p.items) for p in d.pages)} text items')


if __name__ == '__main__':
    main()
