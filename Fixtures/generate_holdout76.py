#!/usr/bin/env python3
"""Blind holdout set 76: three synthetic recruitment brochures of NATIONAL bodies.

  python3 Fixtures/generate_holdout76.py                   # all three (deterministic)
  python3 Fixtures/generate_holdout76.py NAME              # one of wakkanai-kaiken-2026, ichinoseki-kosen-2026, naruto-kyoiku-2026
  python3 Fixtures/generate_holdout76.py --selftest [-v]   # fault injection: every injected fault must be refused

Self-contained: a page model in top-down coordinates, a ruled-table helper, reportlab's canvas
(invariant=1, no page compression), the checks and the self-test. Every visual text piece is one
text item and one text object (one drawString); the items of a page are drawn after its graphics in
a seeded shuffled order. The generator refuses a brochure that breaks any check (see README.md).
"""
import copy, io, json, os, random, re, subprocess, sys, tempfile, unicodedata

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

OUT = os.path.join(HERE, 'holdout76')
W, H = A4
EDGE = 20.0          # no ink in this band at the page edge
BOTTOM = 790.0       # body items end above this (top-down)
LEFT, RIGHT = 50.0, 545.0
FONTS = {'G': '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
         'M': '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'}
for _k, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont('IPAex' + _k, _p))
CMAP = {k: pdfmetrics.getFont('IPAex' + k).face.charToGlyph for k in FONTS}
KINSOKU = set('、。，．）」』】〉》≫ーっゃゅょァィゥェォッャュョ・：；？！')
LEGAL = ('国立大学法人', '独立行政法人', '国立研究開発法人', '国土交通省', '北海道開発局', '文部科学省')


class Refuse(Exception):
    pass


def era(fy):
    return f'令和{fy - 2018}年度'


# ----------------------------------------------------------------------------------------- content
def content():
    return [
        dict(
            name='wakkanai-kaiken-2026', seed=7601, colour=(0.10, 0.32, 0.55),
            org='稚内開発建設部', title='職員採用案内 2026', asOfText='令和8年4月現在', asOf='2026-04',
            lead='日本最北の地で、道路・港湾・河川の整備を担っています。',
            tracks=('事務系', '技術系'), status_column=True,
            hiring=[(2021, 4, 1, 3, 0), (2022, 5, 2, 2, 0), (2023, 4, 1, 3, 1), (2024, 5, 2, 3, 0),
                    (2025, 4, 2, 3, 1), (2026, 5, None, 3, None)],
            note='※（ ）内は女性の数で内数です。',
            assign=[('総務課', 1, None), ('経理課', 1, None), ('用地課', 2, None),
                    ('道路計画課', None, 1), ('治水課', None, 1), ('稚内港湾事務所', None, 1)],
            assign_header_counts=False,
            exams=[('事務系', '国家公務員採用一般職試験（大卒程度試験）', [('行政', 5)]),
                   ('技術系', '国家公務員採用一般職試験（大卒程度試験）', [('土木', 2), ('建築', 1)])],
            training='採用後は北海道開発局の新規採用者研修を受け、各課で実務を学びます。',
            init_title='働きやすい職場づくり', init_mark=('■', ''),
            inits=[('テレワーク', '庁舎外で働ける日を月に4日まで設けています。'),
                   ('早出遅出勤務', '始業時刻を7時30分から9時30分まで選べます。')],
            support_style='bullet',
            support=[('育児休業', '子が3歳に達するまで', '男性職員の取得も増えています。'),
                     ('介護休暇', '通算6か月', '3回まで分けて取得できます。')],
            office='稚内開発建設部 総務課', tel='0162-33-1012', email='wk-jinji@hkd.mlit.go.jp',
            address='〒097-8527 北海道稚内市末広5丁目6-1',
            routes=[('JR', '稚内', '駅～当部　車で約10分'), ('JR', '南稚内', '駅～当部　徒歩約15分')],
            decoys={'hiring': 'the planned row marked ONLY in a separate 区分 column (実績 / 予定); the label 令和8年度 carries no marker',
                    'access': 'routes printed station→office with a wave dash: JR稚内駅～当部　車で約10分 (no から, 当部 = this office)'},
        ),
        dict(
            name='ichinoseki-kosen-2026', seed=7602, colour=(0.12, 0.45, 0.30),
            org='一関工業高等専門学校', title='職員採用案内 2026', asOfText='Apr. 2026', asOf='2026-04',
            lead='実践的な技術者を育てる学校の運営を、事務と技術の両面から支えます。',
            tracks=('事務職員', '技術職員'), status_column=False,
            hiring=[(2021, 2, 1, 1, 0), (2022, 2, 1, 1, 1), (2023, 3, 2, 1, 0), (2024, 2, 0, 1, 0),
                    (2025, 2, 1, 1, 0), (2026, 2, None, 1, None)],
            note='※（ ）内は女性の数で内数です。令和8年度は予定数です。',
            assign=[('総務課', 1, None), ('学生課', 1, None), ('技術教育支援センター', None, 1)],
            assign_header_counts=False,
            exams=[('事務職員', '国立大学法人等職員採用試験（東北地区）', [('事務', 2)]),
                   ('技術職員', '国立大学法人等職員採用試験（東北地区）', [('電気', 1)])],
            training='採用後は東北地区の高専と合同の新任職員研修を受けます。',
            init_title='働きやすい職場づくり', init_mark=('≪', '≫'),
            inits=[('フレックスタイム制', 'コアタイムは10時から15時までです。'),
                   ('テレワーク', '週2日まで自宅で勤務できます。')],
            support_style='bullet',
            support=[('育児休業', '子が3歳に達するまで', '男性職員の取得も増えています。'),
                     ('子の看護休暇', '年5日', '子が2人以上のときは年10日です。')],
            office='一関工業高等専門学校 総務課人事係', tel='0191-24-4703', email='soumu-jinji@ichinoseki.ac.jp',
            address='〒021-8511 岩手県一関市萩荘字高梨',
            routes=[('JR', '一ノ関', '駅から車で約15分'), ('JR', '山ノ目', '駅から車で約10分')],
            decoys={'edition': 'the edition printed only as the English month Apr. 2026 (no 令和 / 年 / 現在)',
                    'initiatives': 'titles between double angle brackets ≪…≫ (U+226A / U+226B), each over an indented text line'},
        ),
        dict(
            name='naruto-kyoiku-2026', seed=7603, colour=(0.50, 0.22, 0.40),
            org='鳴門教育大学', title='職員採用案内 2026', asOfText='令和8年4月現在', asOf='2026-04',
            lead='教員を目指す学生の学びを、大学職員として支えませんか。',
            tracks=('事務職員', '技術職員'), status_column=False,
            hiring=[(2021, 4, 2, 1, 0), (2022, 3, 2, 1, 0), (2023, 4, 3, 1, 1), (2024, 3, 1, 1, 0),
                    (2025, 3, 2, 1, 0), (2026, 3, None, 1, None)],
            note='※（ ）内は女性の数で内数です。令和8年度は予定数です。',
            assign=[('総務課', 1, None), ('教務課', 1, None), ('附属図書館', 1, None), ('施設課', None, 1)],
            assign_header_counts=True,
            exams=[('事務職員', '国立大学法人等職員採用試験（中国・四国地区）', [('事務', 3)]),
                   ('技術職員', '国立大学法人等職員採用試験（中国・四国地区）', [('建築', 1)])],
            training='採用1年目は学内研修と中国・四国地区の合同研修を受けます。',
            init_title='働きやすい職場づくり', init_mark=('■', ''),
            inits=[('時差出勤', '始業時刻を8時から10時まで選べます。'),
                   ('年次休暇の計画的取得', '夏季に連続5日の休暇を取る職員が増えています。')],
            support_style='period-first',
            support=[('育児休業', '最大3年', '男性職員の取得も増えています。'),
                     ('子の看護休暇', '年5日', '子が2人以上のときは年10日です。'),
                     ('介護休暇', '通算6か月', '3回まで分けて取得できます。')],
            office='鳴門教育大学 総務部人事課', tel='088-687-6024', email='jinji-saiyo@naruto-u.ac.jp',
            address='〒772-8502 徳島県鳴門市鳴門町高島字中島748',
            routes=[('JR', '鳴門', '駅から車で約15分'), ('JR', '池谷', '駅から車で約20分')],
            decoys={'assignments': 'the track column headers carry the cohort totals: 事務職員（3名） / 技術職員（1名）',
                    'support': 'the period in lenticular brackets BEFORE the name: 【最大3年】育児休業 (【period】name)'},
        ),
    ]


# ----------------------------------------------------------------------------------------- page model
class Item:
    def __init__(self, text, x, y, size, font, kind='body'):
        self.text, self.x, self.y, self.size, self.font, self.kind = text, x, y, size, font, kind

    def width(self):
        return pdfmetrics.stringWidth(self.text, 'IPAex' + self.font, self.size)

    def box(self):
        return (self.x, self.y, self.x + self.width(), self.y + self.size)


class Page:
    def __init__(self):
        self.items, self.expected, self.rects, self.lines = [], [], [], []
        self.y = 0.0
        self.cell_errors = []

    def text(self, s, x, y, size=10, font='M', kind='body', expect=True):
        self.items.append(Item(s, x, y, size, font, kind))
        if expect:
            self.expected.append(s)

    def para(self, s, size=10, font='M', x=LEFT, gap=5):
        self.text(s, x, self.y, size, font)
        self.y += size + gap

    def heading(self, s, colour):
        self.y += 8
        self.rects.append((LEFT - 8, self.y, 4, 14, colour))
        self.text(s, LEFT, self.y, 13, 'G')
        self.y += 13 + 8

    def table(self, rows, widths, size=9.5, rowh=18, align=None, cont=(), tint=(0.90, 0.93, 0.96)):
        """rows: list of cell lists; the first row is the header (tinted). cont: (r, c) cells that
        continue the span above (no rule above them). Each non-empty cell is one item."""
        x0 = LEFT
        xs = [x0]
        for w_ in widths:
            xs.append(xs[-1] + w_)
        top = self.y
        self.rects.append((x0, top, sum(widths), rowh, tint))
        for r, row in enumerate(rows):
            ry = top + r * rowh
            for c, cell in enumerate(row):
                if r > 0 and (r, c) not in cont or r == 0:
                    self.lines.append((xs[c], ry, xs[c + 1], ry))
                if not cell:
                    continue
                it = Item(cell, 0, ry + (rowh - size) / 2, size, 'G' if r == 0 else 'M')
                wd = it.width()
                if wd > widths[c] - 6:
                    self.cell_errors.append(cell)
                a = (align or {}).get(c, 'left' if c == 0 else 'center')
                it.x = xs[c] + 5 if a == 'left' else xs[c] + (widths[c] - wd) / 2
                self.items.append(it)
            self.expected.append('\t'.join(row))
        bottom = top + len(rows) * rowh
        self.lines.append((x0, bottom, xs[-1], bottom))
        for c, x in enumerate(xs):
            self.lines.append((x, top, x, bottom))
        self.y = bottom + 6


# ----------------------------------------------------------------------------------------- build
def cell(n, w):
    return f'{n}（{w}）' if w is not None else f'{n}'


def build(spec):
    s = spec
    colour = s['colour']
    p1, p2 = Page(), Page()
    adm, tec = s['tracks']
    facts = {'organization': s['org'], 'document': f"{s['org']} {s['title']}",
             'edition': {'year': 2026, 'asOf': s['asOf'], 'asOfText': s['asOfText']},
             'lead': {'title': '', 'text': [s['lead']]}}
    # --- page 1: masthead
    p1.text(s['org'], LEFT, 36, 24, 'G')
    p1.text(s['title'], LEFT, 68, 13, 'G')
    ed = Item(s['asOfText'], 0, 90, 9, 'G')
    p1.text(s['asOfText'], RIGHT - ed.width(), 90, 9, 'G')
    p1.y = 110
    p1.para(s['lead'], 10.5)
    # --- hiring
    p1.heading('採用実績', colour)
    intro = '採用者数の推移（単位：人）'
    p1.para(intro, 9.5)
    st = s['status_column']
    header = ['年度', '区分', adm, tec, '計'] if st else ['年度', adm, tec, '計']
    columns = ['label', 'status', 'admin', 'tech', 'total'] if st else ['label', 'admin', 'tech', 'total']
    rows, hrows = [header], []
    for fy, a, aw, t, tw in s['hiring']:
        planned = aw is None
        lab = era(fy) if st else era(fy) + ('（予定）' if planned else '')
        tot, totw = a + t, (None if planned else aw + tw)
        r = {'fiscalYear': fy, 'label': era(fy), 'planned': planned}
        for key, n, wn in (('total', tot, totw), ('admin', a, aw), ('tech', t, tw)):
            r[key] = {'count': n, 'text': str(n), 'women': wn, 'womenText': None if wn is None else str(wn),
                      'cellText': cell(n, wn)}
        r['labelText'] = lab
        if st:
            r['statusText'] = '予定' if planned else '実績'
        hrows.append(r)
        row = [lab] + ([r['statusText']] if st else []) + [r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]
        rows.append(row)
    widths = [110, 70, 100, 100, 115] if st else [150, 110, 110, 125]
    p1.table(rows, widths)
    p1.para(s['note'], 9)
    facts['hiring'] = {'intro': [intro], 'note': [s['note']], 'tracks': {'admin': adm, 'tech': tec},
                       'textSynthesised': False,
                       'layout': ('ruled 年度 | 区分 | %s | %s | 計; cells N（W）; the planned row marked only by 予定 in the 区分 column' % (adm, tec)) if st
                       else 'ruled 年度 | %s | %s | 計; cells N（W）; planned row 令和8年度（予定）' % (adm, tec),
                       'header': header, 'columns': columns, 'rows': hrows}
    # --- assignments
    p1.heading('配属実績', colour)
    cohort = max(r['fiscalYear'] for r in hrows if not r['planned'])
    aintro = f'{era(cohort)}採用者の配属先（単位：人）'
    p1.para(aintro, 9.5)
    sa = sum(a or 0 for _, a, _ in s['assign'])
    stc = sum(t or 0 for _, _, t in s['assign'])
    aheader = ['配属先', f'{adm}（{sa}名）', f'{tec}（{stc}名）'] if s['assign_header_counts'] else ['配属先', adm, tec]
    arows = [aheader] + [[u, '－' if a is None else str(a), '－' if t is None else str(t)] for u, a, t in s['assign']]
    p1.table(arows, [215, 140, 140])
    facts['assignments'] = {'cohortFiscalYear': cohort, 'intro': aintro, 'tracks': {'admin': adm, 'tech': tec},
                            'layout': 'ruled ' + ' | '.join(aheader), 'header': aheader,
                            'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in s['assign']]}
    p1.text('- 1 -', W / 2 - pdfmetrics.stringWidth('- 1 -', 'IPAexG', 9) / 2, 806, 9, 'G', kind='folio', expect=False)
    # --- page 2: exams
    p2.y = 30
    p2.heading('試験区分', colour)
    etitle = '令和8年度の採用予定'
    p2.para(etitle, 10, 'G')
    erows, cont, entries = [['区分', '試験', '職種', '採用予定数']], set(), []
    for tr, exam, cats in s['exams']:
        first = True
        for cat, n in cats:
            r = len(erows)
            erows.append([tr if first else '', exam if first else '', cat, str(n)])
            if not first:
                cont.add((r, 0)); cont.add((r, 1))
            first = False
        entries.append({'track': tr, 'exam': exam, 'text': '', 'breakdown': [{'category': c, 'count': n} for c, n in cats],
                        'total': sum(n for _, n in cats)})
    p2.table(erows, [70, 215, 120, 90], size=9, align={3: 'center'}, cont=cont)
    facts['exams'] = {'title': etitle, 'fiscalYear': 2026, 'textSynthesised': False,
                      'layout': 'ruled 区分 | 試験 | 職種 | 採用予定数', 'entries': entries}
    # --- training
    p2.heading('研修', colour)
    p2.para(s['training'], 10)
    facts['training'] = {'title': '研修', 'paragraphs': [s['training']]}
    # --- initiatives
    p2.heading(s['init_title'], colour)
    o, c_ = s['init_mark']
    inits = []
    for t, txt in s['inits']:
        line = f'{o}{t}{c_}'
        p2.para(line, 10.5, 'G', gap=4)
        p2.para(txt, 10, 'M', x=LEFT + 12)
        inits.append({'title': t, 'text': txt, 'printed': [line, txt]})
    facts['initiatives'] = inits
    facts['initiativesIntro'] = ''
    facts['initiativesTitle'] = s['init_title']
    facts['initiativeFormat'] = f'{o}title{c_} / indented text'
    # --- support
    p2.heading('両立支援制度', colour)
    sup = []
    for n, d, txt in s['support']:
        line = f'【{d}】{n}' if s['support_style'] == 'period-first' else f'●{n}（{d}）'
        p2.para(line, 10.5, 'G', gap=4)
        p2.para(txt, 10, 'M', x=LEFT + 12)
        sup.append({'name': n, 'duration': d, 'durationText': d, 'text': txt, 'printed': line})
    facts['supportTitle'] = '両立支援制度'
    facts['supportFormat'] = '【duration】name / indented text' if s['support_style'] == 'period-first' else '●name（duration） / indented text'
    facts['supportSystems'] = sup
    # --- contacts
    p2.heading('お問い合わせ', colour)
    telt, emt = f"TEL {s['tel']}", f"E-mail {s['email']}"
    for ln in (s['office'], telt, emt):
        p2.para(ln, 10)
    facts['contacts'] = [{'track': '採用担当', 'office': s['office'], 'tel': [s['tel']], 'email': [s['email']],
                          'location': '', 'telText': [telt], 'emailText': [emt], 'hoursText': ''}]
    # --- access
    p2.heading('アクセス', colour)
    p2.para(s['address'], 10)
    rfacts, rtext = [], []
    for pre, stn, rest in s['routes']:
        ln = f'{pre}{stn}{rest}'
        p2.para(ln, 10)
        rtext.append(ln)
        rfacts.append(f'{pre}『{stn}』{rest}')
    facts['access'] = {'address': s['address'], 'routes': rfacts, 'routesSynthesised': False, 'routesText': rtext}
    facts['keyFigures'] = []
    facts['decoys'] = s['decoys']
    p2.text('- 2 -', W / 2 - pdfmetrics.stringWidth('- 2 -', 'IPAexG', 9) / 2, 806, 9, 'G', kind='folio', expect=False)
    return {'name': s['name'], 'seed': s['seed'], 'colour': colour, 'pages': [p1, p2], 'facts': facts,
            'spec': s, 'drop_item': None}


# ----------------------------------------------------------------------------------------- render
def render(b):
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    cv.setTitle(b['facts']['document'])
    cv.setAuthor(b['facts']['organization'])
    dropped = False
    for pno, pg in enumerate(b['pages']):
        cv.setFillColorRGB(*b['colour'])
        cv.rect(0, H - 12, W, 12, stroke=0, fill=1)
        for (x, y, w_, h_, col) in pg.rects:
            cv.setFillColorRGB(*col)
            cv.rect(x, H - y - h_, w_, h_, stroke=0, fill=1)
        cv.setStrokeColorRGB(0.35, 0.35, 0.35)
        cv.setLineWidth(0.6)
        for (x0, y0, x1, y1) in pg.lines:
            cv.line(x0, H - y0, x1, H - y1)
        order = list(range(len(pg.items)))
        random.Random(b['seed'] * 10 + pno).shuffle(order)
        cv.setFillColorRGB(0, 0, 0)
        for i in order:
            if b['drop_item'] == (pno, i) and not dropped:
                dropped = True
                continue
            it = pg.items[i]
            cv.setFont('IPAex' + it.font, it.size)
            cv.drawString(it.x, H - (it.y + it.size * 0.88), it.text)
        cv.showPage()
    cv.save()
    return buf.getvalue()


def chars(s):
    return sorted(ch for ch in s if not ch.isspace())


def pdftotext_pages(pdf, n):
    with tempfile.NamedTemporaryFile(suffix='.pdf', delete=False) as f:
        f.write(pdf)
        path = f.name
    try:
        out = []
        for p in range(1, n + 1):
            r = subprocess.run(['pdftotext', '-f', str(p), '-l', str(p), '-enc', 'UTF-8', path, '-'],
                               capture_output=True, text=True, check=True)
            out.append(r.stdout)
        return out
    finally:
        os.unlink(path)


# ----------------------------------------------------------------------------------------- checks
def expected_text(b):
    return '\n\f\n'.join('\n'.join(pg.expected) for pg in b['pages']) + '\n'


def stand_in(f):
    """The document an ideal extractor would return, built from the facts."""
    def cnt(x):
        return {'count': x['count'], 'women': x['women']}
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']},
            'sections': {
                'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': cnt(r['total']),
                                     'administrative': cnt(r['admin']), 'technical': cnt(r['tech'])} for r in f['hiring']['rows']]},
                'assignments': {'cohortFiscalYear': f['assignments']['cohortFiscalYear'],
                                'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0}
                                         for r in f['assignments']['rows']]},
                'examBreakdown': {'entries': [{'track': track(e['track']), 'level': level(e['exam']), 'category': c['category'],
                                               'count': c['count']} for e in f['exams']['entries'] for c in e['breakdown']]},
                'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']}
                             for c in f['contacts']],
                'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]},
                'initiatives': [{'title': i['title']} for i in f['initiatives']],
                'supportSystems': [{'name': i['name']} for i in f['supportSystems']]}}


def parse_cell(t):
    m = re.fullmatch(r'(\d+)（(\d+)）', t) or re.fullmatch(r'(\d+)', t)
    if not m:
        return None
    return int(m.group(1)), (int(m.group(2)) if m.lastindex == 2 else None)


def validate(b, render_checks=True):
    f, spec = b['facts'], b['spec']
    lines = [ln for pg in b['pages'] for ln in pg.expected]
    lineset = set(lines)
    drawn = norm(expected_text(b))

    def need(ok, why):
        if not ok:
            raise Refuse(f"{b['name']}: {why}")

    # --- layout
    boxes = []
    for pno, pg in enumerate(b['pages']):
        need(not pg.cell_errors, f'cell wider than its column: {pg.cell_errors}')
        for it in pg.items:
            for ch in it.text:
                need(ord(ch) in CMAP[it.font], f'glyph {ch!r} missing in IPAex{it.font}')
            x0, y0, x1, y1 = it.box()
            need(x0 >= EDGE and x1 <= W - EDGE and y0 >= EDGE and y1 <= H - EDGE, f'item in the edge margin: {it.text}')
            need(it.kind == 'folio' or y1 <= BOTTOM, f'item past the bottom margin: {it.text}')
            boxes.append((pno, x0, y0, x1, y1, it.text))
        pb = [bx for bx in boxes if bx[0] == pno]
        for i in range(len(pb)):
            for j in range(i + 1, len(pb)):
                a, c = pb[i], pb[j]
                need(not (a[1] < c[3] - 0.01 and c[1] < a[3] - 0.01 and a[2] < c[4] - 0.01 and c[2] < a[4] - 0.01),
                     f'overlap: {a[5]} / {c[5]}')
        for ln in pg.expected:
            need(ln and ln[0] not in KINSOKU, f'expected line starts with a kinsoku character: {ln}')
            need(not re.fullmatch(r'-\s*\d+\s*-', ln.strip()), f'folio in the expected text: {ln}')
        body = ''.join(it.text for it in pg.items if it.kind != 'folio')
        need(chars(body) == chars(''.join(pg.expected)), f'page {pno + 1}: drawn and expected characters differ')
    # --- organisation, edition
    org = f['organization']
    need(b['pages'][0].expected[0] == org, 'organisation is not the masthead line')
    need(not any(org.startswith(p) for p in LEGAL) and '・' not in org, 'organisation carries a legal-form or parent prefix')
    at = f['edition']['asOfText']
    need(at in lineset, 'edition not printed')
    m = re.fullmatch(r'令和(\d+)年(\d+)月現在', at)
    mm = re.fullmatch(r'(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\. (\d{4})', at)
    if m:
        want = f'{2018 + int(m.group(1))}-{int(m.group(2)):02d}'
    elif mm:
        want = f"{mm.group(2)}-{'JanFebMarAprMayJunJulAugSepOctNovDec'.index(mm.group(1)) // 3 + 1:02d}"
    else:
        want = None
    need(f['edition']['asOf'] == want, 'asOf is not the printed edition')
    # --- hiring
    h = f['hiring']
    rows = h['rows']
    need('\t'.join(h['header']) in lineset, 'hiring header not printed')
    fys = [r['fiscalYear'] for r in rows]
    need(fys == list(range(fys[0], fys[0] + len(fys))), 'hiring years not consecutive')
    need([r['planned'] for r in rows] == [False] * (len(rows) - 1) + [True], 'exactly one planned row, last')
    planned = rows[-1]
    need(f['edition']['year'] == planned['fiscalYear'] == f['exams']['fiscalYear'], 'edition / planned / exam year differ')
    st = 'status' in h['columns']
    for r in rows:
        need(r['label'] == era(r['fiscalYear']), f"era label {r['label']} is not {r['fiscalYear']}")
        need(r['labelText'].startswith(r['label']), 'labelText does not name its year')
        if st:
            need(r['labelText'] == r['label'], 'the status-column table marks its label')
            need(r.get('statusText') == ('予定' if r['planned'] else '実績'), 'status cell does not match the planned flag')
        else:
            need(('（予定）' in r['labelText']) == r['planned'], 'planned marker does not match the planned flag')
        for k in ('total', 'admin', 'tech'):
            x = r[k]
            need(x['text'] == str(x['count']), f'count text differs ({k})')
            need(x['womenText'] == (None if x['women'] is None else str(x['women'])), 'women text differs')
            if r['planned']:
                need(x['women'] is None, 'women on the planned row')
            else:
                need(x['women'] is not None and 0 <= x['women'] <= x['count'], 'women missing or above heads')
            need(parse_cell(x['cellText']) == (x['count'], x['women']), f"printed cell {x['cellText']} differs from its fact")
        need(r['total']['count'] == r['admin']['count'] + r['tech']['count'], 'total != admin + tech')
        if not r['planned']:
            need(r['total']['women'] == r['admin']['women'] + r['tech']['women'], 'women total != admin + tech')
        cells = [r['labelText']] + ([r['statusText']] if st else []) + [r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]
        need('\t'.join(cells) in lineset, f"hiring row {r['labelText']} not printed")
    # --- assignments
    a = f['assignments']
    actual = [r for r in rows if not r['planned']]
    need(a['cohortFiscalYear'] == actual[-1]['fiscalYear'], 'cohort is not the last actual year')
    need(era(a['cohortFiscalYear']) in a['intro'] and a['intro'] in lineset, 'cohort intro does not name the cohort')
    need(not re.search(r'令和\d+年度', a['intro'].replace(era(a['cohortFiscalYear']), '')), 'intro names another year')
    coh = actual[-1]
    sa = sum(r['admin'] or 0 for r in a['rows'])
    stc = sum(r['tech'] or 0 for r in a['rows'])
    need(sa == coh['admin']['count'] and stc == coh['tech']['count'], 'assignment sums differ from the cohort hires')
    units = [r['unit'] for r in a['rows']]
    need(len(set(units)) == len(units), 'duplicated unit')
    need('\t'.join(a['header']) in lineset, 'assignment header not printed')
    if spec['assign_header_counts']:
        need(a['header'][1] == f"{h['tracks']['admin']}（{sa}名）" and a['header'][2] == f"{h['tracks']['tech']}（{stc}名）",
             'header totals differ from the unit sums')
    for r in a['rows']:
        need((r['admin'] or 0) + (r['tech'] or 0) > 0, 'zero assignment row')
        need('\t'.join([r['unit'], '－' if r['admin'] is None else str(r['admin']), '－' if r['tech'] is None else str(r['tech'])]) in lineset,
             f"assignment row {r['unit']} not printed")
    # --- exams
    e = f['exams']
    need(e['title'] in lineset, 'exam title not printed')
    keys, per = set(), {}
    for en in e['entries']:
        need(sum(c['count'] for c in en['breakdown']) == en['total'], 'exam categories do not add up')
        need('院' not in en['exam'] and not any('院' in c['category'] for c in en['breakdown']), 'exam with 院')
        need(en['track'] in (h['tracks']['admin'], h['tracks']['tech']), 'exam track is no hiring track')
        tk = track(en['track'])
        need(tk == ('administrative' if en['track'] == h['tracks']['admin'] else 'technical'), 'exam track maps to the wrong kind')
        need(en['exam'] in drawn or norm(en['exam']) in drawn, 'exam name not printed')
        per[en['track']] = per.get(en['track'], 0) + en['total']
        for c in en['breakdown']:
            k = (tk, level(en['exam']), norm(c['category']))
            need(k not in keys, f'colliding category {k}')
            keys.add(k)
            need(any(ln.split('\t')[2:] == [c['category'], str(c['count'])] for ln in lines if ln.count('\t') == 3),
                 f"category {c['category']} not printed with its count")
    need(per.get(h['tracks']['admin']) == planned['admin']['count'] and per.get(h['tracks']['tech']) == planned['tech']['count'],
         'exam totals differ from the planned hires')
    # --- texts
    need(f['lead']['text'][0] in lineset and f['training']['paragraphs'][0] in lineset, 'lead / training not printed')
    need(h['intro'][0] in lineset and h['note'][0] in lineset, 'hiring intro / note not printed')
    o, c_ = spec['init_mark']
    for i in f['initiatives']:
        need(i['printed'][0] == f'{o}{i["title"]}{c_}' and i['printed'][1] == i['text'], 'initiative printed line differs')
        need(all(p in lineset for p in i['printed']), f"initiative {i['title']} not printed")
    for s_ in f['supportSystems']:
        need(s_['duration'] == s_['durationText'], 'support duration differs')
        want = f"【{s_['duration']}】{s_['name']}" if spec['support_style'] == 'period-first' else f"●{s_['name']}（{s_['duration']}）"
        need(s_['printed'] == want, 'support printed line differs')
        need(s_['printed'] in lineset and s_['text'] in lineset, f"support {s_['name']} not printed")
    for c in f['contacts']:
        need(c['office'] in lineset, 'office not printed')
        for t, tt in zip(c['tel'], c['telText']):
            need(re.fullmatch(r'0\d{1,4}-\d{1,4}-\d{4}', t) is not None, 'phone not hyphenated')
            need(tt in lineset and re.sub(r'\D', '', tt) == t.replace('-', ''), 'phone differs from its printed line')
        for m_, mt in zip(c['email'], c['emailText']):
            need(mt in lineset and m_ in mt, 'e-mail not printed')
    ac = f['access']
    need(ac['address'] in lineset, 'address not printed')
    need(len(ac['routes']) == len(ac['routesText']), 'route lists differ')
    for r, rt in zip(ac['routes'], ac['routesText']):
        need('『' in r and '』' in r, 'route without 『』')
        stn = r.split('『')[1].split('』')[0]
        need(r.replace('『', '').replace('』', '') == rt and rt in lineset, f'route {stn} not printed')
        need('駅' not in stn and '・' not in stn and stn, 'route stop is not one station name')
        need(r.split('』')[1].startswith('駅'), 'route stop not followed by 駅')
        if spec['name'].startswith('wakkanai'):
            need('駅～当部' in rt, 'wakkanai route is not station～当部')
    # --- the scorer on the stand-in document and on an empty one
    res = checks(f, stand_in(f), drawn)
    need(all(ok for _, ok in res), f'stand-in misses: {[n for n, ok in res if not ok]}')
    kinds = {n.split(' ')[0] for n, _ in res}
    need(kinds >= {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'initiative', 'support'},
         f'checks do not reach every kind: {kinds}')
    need(not any(ok for _, ok in checks(f, {}, drawn)), 'an empty document scores')
    if not render_checks:
        return None
    # --- render
    pdf = render(b)
    need(pdf == render(b), 'two renders differ')
    nitems = sum(len(pg.items) for pg in b['pages'])
    need(pdf.count(b'BT ') + pdf.count(b'BT\n') >= nitems, 'fewer text objects than items')
    got = pdftotext_pages(pdf, len(b['pages']))
    for pno, (pg, txt) in enumerate(zip(b['pages'], got)):
        need(chars(txt) == chars(''.join(it.text for it in pg.items)), f'pdftotext of page {pno + 1} differs from the drawn text')
    return pdf


# ----------------------------------------------------------------------------------------- output
def write(b, pdf):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, b['name'] + '.pdf'), 'wb') as fh:
        fh.write(pdf)
    with open(os.path.join(OUT, b['name'] + '.facts.json'), 'w', encoding='utf-8') as fh:
        json.dump(b['facts'], fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    with open(os.path.join(OUT, b['name'] + '.expected.txt'), 'w', encoding='utf-8') as fh:
        fh.write(expected_text(b))


# ----------------------------------------------------------------------------------------- self-test
def find(b, text, page=None):
    for pno, pg in enumerate(b['pages']):
        if page is not None and pno != page:
            continue
        for i, it in enumerate(pg.items):
            if it.text == text:
                return pno, i
    raise KeyError(text)


def faults(b0):
    f0 = b0['facts']
    name = b0['name']
    out = []

    def F(label):
        def deco(fn):
            out.append((label, fn))
            return fn
        return deco

    def last_actual(b):
        return [r for r in b['facts']['hiring']['rows'] if not r['planned']][-1]

    @F('hiring total +1')
    def _(b): b['facts']['hiring']['rows'][0]['total']['count'] += 1

    @F('women total +1')
    def _(b): b['facts']['hiring']['rows'][0]['total']['women'] += 1

    @F("a track's women +1")
    def _(b): b['facts']['hiring']['rows'][1]['admin']['women'] += 1

    @F('women above heads')
    def _(b):
        r = b['facts']['hiring']['rows'][2]['tech']
        r['women'] = r['count'] + 1

    @F('women on the planned row')
    def _(b): b['facts']['hiring']['rows'][-1]['admin']['women'] = 0

    @F('the planned row first')
    def _(b):
        rs = b['facts']['hiring']['rows']
        rs.insert(0, rs.pop())

    @F('a wrong era label')
    def _(b): b['facts']['hiring']['rows'][0]['label'] = '令和2年度'

    @F('a count text that differs')
    def _(b): b['facts']['hiring']['rows'][0]['admin']['text'] = '99'

    @F('every fiscal year shifted by one')
    def _(b):
        for r in b['facts']['hiring']['rows']:
            r['fiscalYear'] += 1

    @F('admin and total +1 together')
    def _(b):
        r = b['facts']['hiring']['rows'][0]
        r['admin']['count'] += 1; r['total']['count'] += 1
        r['admin']['text'] = str(r['admin']['count']); r['total']['text'] = str(r['total']['count'])

    @F('the planned flag dropped')
    def _(b): b['facts']['hiring']['rows'][-1]['planned'] = False

    @F('an assignment +1')
    def _(b):
        r = next(r for r in b['facts']['assignments']['rows'] if r['admin'])
        r['admin'] += 1

    @F('a wrong cohort')
    def _(b): b['facts']['assignments']['cohortFiscalYear'] -= 1

    @F('a duplicated unit')
    def _(b):
        rs = b['facts']['assignments']['rows']
        rs[1] = dict(rs[1], unit=rs[0]['unit'])

    @F('a zero assignment row')
    def _(b): b['facts']['assignments']['rows'].append({'unit': '監査室', 'admin': None, 'tech': None})

    @F('a cohort intro naming another year')
    def _(b): b['facts']['assignments']['intro'] = b['facts']['assignments']['intro'].replace('令和7年度', '令和6年度')

    @F('an exam count +1 with its total')
    def _(b):
        en = b['facts']['exams']['entries'][0]
        en['breakdown'][0]['count'] += 1; en['total'] += 1

    @F('the last category +1')
    def _(b): b['facts']['exams']['entries'][-1]['breakdown'][-1]['count'] += 1

    @F('an exam with 院')
    def _(b): b['facts']['exams']['entries'][0]['exam'] = '大学院卒者試験'

    @F('a colliding category')
    def _(b):
        en = b['facts']['exams']['entries'][-1]
        en['breakdown'].append(dict(en['breakdown'][0])); en['total'] += en['breakdown'][0]['count']

    @F('an exam track that is no hiring track')
    def _(b): b['facts']['exams']['entries'][0]['track'] = '研究職'

    @F('an exam track mapping to other')
    def _(b):
        b['facts']['exams']['entries'][0]['track'] = '一般'
        b['facts']['hiring']['tracks']['admin'] = '一般'

    @F('an e-mail not printed')
    def _(b): b['facts']['contacts'][0]['email'] = ['saiyo@example.go.jp']

    @F('an office not printed')
    def _(b): b['facts']['contacts'][0]['office'] += ' 人事係'

    @F('a route not printed')
    def _(b): b['facts']['access']['routes'][0] = b['facts']['access']['routes'][0].replace('約', '約1')

    @F('a route without 『』')
    def _(b): b['facts']['access']['routes'][0] = b['facts']['access']['routes'][0].replace('『', '').replace('』', '')

    @F('a support item not printed')
    def _(b): b['facts']['supportSystems'][0]['name'] = '育児時間'

    @F('an initiative not printed')
    def _(b): b['facts']['initiatives'][0]['title'] = '在宅勤務'

    @F('an organisation not printed')
    def _(b): b['facts']['organization'] = b['facts']['organization'][:-1]

    @F('an address not printed')
    def _(b): b['facts']['access']['address'] += '1'

    @F('a support duration that differs')
    def _(b): b['facts']['supportSystems'][0]['durationText'] = '1年'

    @F('a legal-form prefix')
    def _(b):
        b['facts']['organization'] = '独立行政法人' + b['facts']['organization']
        b['pages'][0].expected[0] = b['facts']['organization']
        b['pages'][0].items[0].text = b['facts']['organization']

    @F('a wrong phone')
    def _(b): b['facts']['contacts'][0]['tel'] = [b['facts']['contacts'][0]['tel'][0][:-1] + '9']

    @F('an unhyphenated phone')
    def _(b): b['facts']['contacts'][0]['tel'] = [b['facts']['contacts'][0]['tel'][0].replace('-', '')]

    @F('a wrong asOf')
    def _(b): b['facts']['edition']['asOf'] = '2026-03'

    @F('a wrong edition year')
    def _(b): b['facts']['edition']['year'] = 2025

    @F('a printed hiring cell that differs')
    def _(b): b['facts']['hiring']['rows'][1]['tech']['cellText'] = '9（1）'

    @F('an overlapping copy of an item')
    def _(b):
        it = b['pages'][0].items[0]
        b['pages'][0].items.append(Item(it.text, it.x + 3, it.y + 2, it.size, it.font))
        b['pages'][0].expected.append(it.text)

    @F('an item in the edge margin')
    def _(b): b['pages'][1].items[-2].x = 10

    @F('an emoji the font lacks')
    def _(b):
        pg = b['pages'][1]
        pg.items.append(Item('😀', LEFT, 770, 10, 'M')); pg.expected.append('😀')

    @F('an item past the bottom')
    def _(b):
        pg = b['pages'][1]
        pg.items.append(Item('注記', LEFT, 795, 10, 'M')); pg.expected.append('注記')

    @F('an overflowing cell')
    def _(b): b['pages'][0].cell_errors.append('長すぎるセル')

    @F('a line starting with 。')
    def _(b):
        pg = b['pages'][1]
        pg.items.append(Item('。以上', LEFT, 772, 10, 'M')); pg.expected.append('。以上')

    @F('an extra expected character')
    def _(b): b['pages'][1].expected[-1] += '。'

    @F('a folio in the expected text')
    def _(b): b['pages'][0].expected.append('- 1 -')

    @F('a rendered PDF lacking one item')
    def _(b): b['drop_item'] = (1, 3)

    @F('an item drawn with a glyph other than the expected one')
    def _(b):
        pg = b['pages'][1]
        i = find(b, pg.expected[-1], 1)[1]
        pg.items[i].text = pg.items[i].text.replace('分', '秒')
        pg.expected[-1] = pg.items[i].text  # facts still say 分: the route is no longer printed

    # --- per shape
    if name.startswith('wakkanai'):
        @F('shape 1: the status cell of the planned row says 実績')
        def _(b): b['facts']['hiring']['rows'][-1]['statusText'] = '実績'

        @F('shape 1: a （予定） marker added to the label fact')
        def _(b): b['facts']['hiring']['rows'][-1]['labelText'] = '令和8年度（予定）'

        @F('shape 6: a route fact taking the stop as 稚内駅～当部')
        def _(b): b['facts']['access']['routes'][0] = 'JR『稚内駅～当部』　車で約10分'

        @F('shape 6: a route rewritten with から')
        def _(b):
            r = 'JR『稚内』駅から車で約10分'
            b['facts']['access']['routes'][0] = r; b['facts']['access']['routesText'][0] = r.replace('『', '').replace('』', '')
    if name.startswith('ichinoseki'):
        @F('shape 5: asOf read as the exam year 2026-01')
        def _(b): b['facts']['edition']['asOf'] = '2026-01'

        @F('shape 5: the edition text changed to a form that is not printed')
        def _(b): b['facts']['edition']['asOfText'] = 'April 2026'

        @F('shape 4: an initiative title keeping its ≪≫')
        def _(b): b['facts']['initiatives'][0]['title'] = '≪フレックスタイム制≫'
    if name.startswith('naruto'):
        @F('shape 2: a header total that differs from the unit sums')
        def _(b):
            hd = b['facts']['assignments']['header']; hd[1] = hd[1].replace('3名', '4名')
            b['pages'][0].expected = [ln.replace('事務職員（3名）', '事務職員（4名）') for ln in b['pages'][0].expected]
            i = find(b, '事務職員（3名）', 0)[1]; b['pages'][0].items[i].text = '事務職員（4名）'

        @F('shape 3: a support name keeping its 【period】')
        def _(b): b['facts']['supportSystems'][0]['name'] = '【最大3年】育児休業'

        @F('shape 3: a support duration read as the name')
        def _(b):
            s_ = b['facts']['supportSystems'][0]; s_['name'], s_['duration'] = s_['duration'], s_['name']
            s_['durationText'] = s_['duration']
    return out


def selftest(verbose):
    total = refused = 0
    for spec in content():
        b0 = build(spec)
        validate(b0)
        n = 0
        for label, fn in faults(b0):
            b = copy.deepcopy(b0)
            try:
                fn(b)
                validate(b)
                ok = False
                why = 'ACCEPTED'
            except Refuse as ex:
                ok, why = True, str(ex)
            except (KeyError, IndexError, TypeError, AttributeError, ValueError) as ex:
                ok, why = False, f'crashed: {ex!r}'
            total += 1; n += 1
            refused += ok
            if verbose or not ok:
                print(f"  {'refused' if ok else 'NOT REFUSED'}  {spec['name']}: {label} -- {why}")
        print(f"{spec['name']}: {n} faults")
    print(f'{refused}/{total} refused')
    return refused == total


def main(argv):
    if '--selftest' in argv:
        sys.exit(0 if selftest('-v' in argv) else 1)
    names = [a for a in argv if not a.startswith('-')]
    specs = [s for s in content() if not names or s['name'] in names]
    if names and len(specs) != len(names):
        sys.exit(f'unknown brochure in {names}')
    for spec in specs:
        b = build(spec)
        try:
            pdf = validate(b)
        except Refuse as ex:
            sys.exit(f'REFUSED {ex}')
        write(b, pdf)
        print(f"{spec['name']}: {sum(len(pg.items) for pg in b['pages'])} items, "
              f"{len(checks(b['facts'], stand_in(b['facts']), norm(expected_text(b))))} fact checks")


if __name__ == '__main__':
    main(sys.argv[1:])
