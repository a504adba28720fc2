#!/usr/bin/env python3
"""Blind holdout set 73: three synthetic recruitment brochures of LOCAL public bodies.

  python3 Fixtures/generate_holdout73.py                 # all three (deterministic)
  python3 Fixtures/generate_holdout73.py iida-2026       # one (iida-2026, tomakomai-hosp-2026, chusan-kouiki-2026)
  python3 Fixtures/generate_holdout73.py --selftest -v   # fault injection: every injected fault must be refused

Self-contained: a page model in top-down coordinates, a ruled-table helper, reportlab's canvas
(invariant=1, no page compression), the checks and a fault-injection self-test. Every visual
text piece is one item and one text object (BT ... ET); a page's items are written after its
graphics in a seeded shuffled order. Content (all figures, phones, e-mails, unit names) is
invented; addresses are as remembered, not checked.
"""
import copy, hashlib, io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
OUT = os.path.join(HERE, 'holdout73')
sys.path.insert(0, os.path.join(REPO, 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

FONTS = {
    'G': ('IPAexGothic', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'),
    'M': ('IPAexMincho', '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'),
}
for _k, (_n, _p) in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

W, H = 595.28, 841.89
EDGE = 20.0           # no ink inside this margin
MARGIN = 50.0         # body column
BOTTOM = 60.0         # body items must end above H - BOTTOM
KINSOKU = set('。、，．）」』】〕・ー：；！？%％')
LEGAL = ('独立行政法人', '地方独立行政法人', '国立大学法人', '一般財団法人', '公益財団法人', '株式会社')


class Refused(Exception):
    pass


def refuse(msg):
    raise Refused(msg)


def width(text, font, size):
    return pdfmetrics.stringWidth(text, FONTS[font][0], size)


# ---------------------------------------------------------------- content

def hrow(year, planned, admin, tech, admin_exp=0, tech_exp=0, label=None):
    """admin / tech: (count, women) with count = new graduates; *_exp mid-career added (chusan)."""
    return dict(year=year, planned=planned, admin=admin, tech=tech, admin_exp=admin_exp, tech_exp=tech_exp, label=label)


def era(year):
    return f'令和{year - 2018}年度'


def spec_iida():
    return dict(
        name='iida-2026', seed=7301, colour=(0.16, 0.45, 0.30),
        organization='飯田市', masthead=['飯田市', '職員採用案内 2026'], mast_size=24,
        document='飯田市 職員採用案内 2026',
        asOf='2026-04', asOfText='令和8年4月現在', edition_year=2026,
        lead='南アルプスと中央アルプスに抱かれたまちで、市民の暮らしを支える仕事を。',
        tracks=('事務職', '技術職'),
        hiring_intro='採用者数の推移（単位：人）',
        hiring_note=['※（ ）内は女性の数で内数です。'],
        hiring_rows=[hrow(2021, False, (9, 4), (3, 1)), hrow(2022, False, (8, 3), (2, 0)),
                     hrow(2023, False, (10, 5), (3, 1)), hrow(2024, False, (7, 4), (4, 1)),
                     hrow(2025, False, (9, 5), (3, 0)), hrow(2026, True, (6, None), (3, None), label='令和8年度（予定）')],
        average_row=False, cell_style='plain',
        cohort=2025, assign_intro='令和7年度採用者の配属先（単位：人）',
        units=[('総務課', 1, None), ('財政課', 1, None), ('税務課', 1, None), ('市民課', 1, None),
               ('長寿支援課', 2, None), ('子育て支援課', 1, None), ('観光課', 1, None), ('商業・市街地活性課', 1, None),
               ('土木課', None, 2), ('建築課', None, 1)],
        exam_title='令和8年4月採用の職員採用試験',
        exams=[('事務職', '飯田市職員採用試験（大学卒業程度）', [('行政', 6)]),
               ('技術職', '飯田市職員採用試験（大学卒業程度）', [('土木', 2), ('建築', 1)])],
        training=('研修', ['長野県の研修所での新規採用職員研修と、職場でのOJTがあります。']),
        init_title='働きやすい職場づくり', init_style='colon',
        initiatives=[('ノー残業デー', '毎週水曜日は定時退庁を呼びかけています。'),
                     ('テレワーク', '在宅勤務を月8日まで利用できます。')],
        support_title='両立支援制度', support_style='paren',
        support=[('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                 ('介護休暇', '通算6か月', '3回まで分けて取得できます。')],
        contact_title='お問い合わせ', office='飯田市総務部人事課 人事研修係',
        tel='0265-22-4511', email='jinji@city.iida.nagano.jp',
        address='〒395-8501 長野県飯田市大久保町2534番地',
        routes=[('ＪＲ飯田線飯田駅から徒歩約15分', '飯田'), ('市役所から桜町駅までは徒歩約10分です。', '桜町')],
        decoys={
            'access': 'ＪＲ in full-width letters (ＪＲ飯田線飯田駅…); the second route runs the other way: 市役所から『桜町』駅までは徒歩約10分です。 (the word before から is the office, the stop is before まで)',
            'initiatives': 'title and text on ONE line, joined by a full-width colon: ◆ノー残業デー：毎週水曜日は…',
        },
    )


def spec_tomakomai():
    return dict(
        name='tomakomai-hosp-2026', seed=7302, colour=(0.12, 0.30, 0.55),
        organization='苫小牧市立病院', masthead=['苫小牧市立病院', '職員採用案内 2026'], mast_size=22,
        document='苫小牧市立病院 職員採用案内 2026',
        asOf='2026-04', asOfText='令和8年4月現在', edition_year=2026,
        lead='東胆振の中核病院として、救急から在宅までの医療を支えています。',
        tracks=('事務職', '医療技術職'),
        hiring_intro='採用者数の推移（単位：人）',
        hiring_note=['※（ ）内は女性の数で内数です。5年間平均は令和3年度から令和7年度までの平均です。'],
        hiring_rows=[hrow(2021, False, (2, 1), (5, 3)), hrow(2022, False, (3, 2), (4, 2)),
                     hrow(2023, False, (2, 1), (6, 4)), hrow(2024, False, (1, 0), (5, 3)),
                     hrow(2025, False, (3, 1), (4, 3)), hrow(2026, True, (2, None), (4, None), label='令和8年度（予定）')],
        average_row=True, cell_style='plain',
        cohort=2025, assign_intro='2025年4月採用者の配属先（単位：人）',
        units=[('医事課', 2, None), ('総務課', 1, None), ('臨床検査科', None, 2), ('放射線科', None, 1), ('薬剤部', None, 1)],
        exam_title='令和8年4月採用の職員採用試験',
        exams=[('事務職', '事務職員採用試験（大学卒業程度）', [('事務', 2)]),
               ('医療技術職', '医療技術職員採用試験', [('臨床検査技師', 2), ('診療放射線技師', 1), ('薬剤師', 1)])],
        training=('研修', ['新採用職員研修のほか、各部門でのプリセプター制度による指導があります。']),
        init_title='働きやすい職場づくり', init_style='mark',
        initiatives=[('院内保育所', '夜勤のある職員も利用できる保育所を敷地内に設けています。'),
                     ('時間外勤務の縮減', '部門ごとに月ごとの時間外勤務を見える化しています。')],
        support_title='子育て・介護の支援', support_style='paren',
        support=[('育児休業', '子が3歳に達するまで', '男性職員の取得も増えています。'),
                 ('部分休業', '子が小学校就学まで', '1日2時間まで勤務時間を短縮できます。')],
        contact_title='採用担当', office='苫小牧市立病院 総務課 職員係',
        tel='0144-33-3131', email='saiyo@hospital.tomakomai.hokkaido.jp',
        address='〒053-8567 北海道苫小牧市清水町1丁目5番20号',
        routes=[('JR千歳線苫小牧駅から車で約10分', '苫小牧'), ('JR千歳線沼ノ端駅から車で約15分', '沼ノ端')],
        decoys={
            'hiring': 'a DECOY last row 5年間平均 with decimal cells (2.2（1.0） 4.8（3.0） 7.0（4.0)): no fiscal year, no fact; 5年間 holds a digit',
            'assignments': 'the cohort intro names the WESTERN hire month (2025年4月採用者) while every hiring label is 令和N年度',
        },
    )


def spec_chusan():
    return dict(
        name='chusan-kouiki-2026', seed=7303, colour=(0.50, 0.30, 0.12),
        organization='中讃広域行政事務組合', masthead=['中讃広域行政事務組合', '職員採用案内 2026'], mast_size=20,
        document='中讃広域行政事務組合 職員採用案内 2026',
        asOf='2026-04', asOfText='令和8年4月現在', edition_year=2026,
        lead='中讃地域の市町とともに、ごみ処理と広域行政を担っています。',
        tracks=('事務職', '技術職'),
        hiring_intro='採用者数の推移（単位：人）',
        hiring_note=['※「＋」の右の数は社会人経験者の採用者数です。（ ）内は女性の数で内数です。'],
        hiring_rows=[hrow(2021, False, (2, 1), (1, 0), admin_exp=1), hrow(2022, False, (2, 1), (1, 0), tech_exp=1),
                     hrow(2023, False, (3, 2), (1, 1), admin_exp=1), hrow(2024, False, (2, 0), (2, 1)),
                     hrow(2025, False, (2, 1), (1, 0), admin_exp=1),
                     hrow(2026, True, (2, None), (1, None), admin_exp=1, label='令和8年度（予定）')],
        average_row=False, cell_style='plus',
        cohort=2025, assign_intro='令和7年度採用者の配属先（単位：人）',
        units=[('総務課', 1, None), ('業務課', 1, None), ('クリーンセンター管理課', 1, None), ('施設課', None, 1)],
        exam_title='令和8年度の採用予定',
        exams=[('事務職', '組合職員採用試験（大学卒業程度）', [('事務', 2)]),
               ('事務職', '組合職員採用試験（社会人経験者）', [('事務（社会人経験者）', 1)]),
               ('技術職', '組合職員採用試験（大学卒業程度）', [('電気', 1)])],
        training=('研修', ['香川県の研修機関での新規採用職員研修と、施設での実地研修があります。']),
        init_title='働きやすい職場づくり', init_style='mark',
        initiatives=[('資格取得の支援', '電気主任技術者などの受験費用を負担します。'),
                     ('定時退庁日', '毎月第1・第3金曜日は定時に退庁します。')],
        support_title='両立支援制度', support_style='slash',
        support=[('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                 ('介護休暇', '通算6か月', '3回まで分けて取得できます。'),
                 ('子の看護休暇', '年5日', '子が2人以上のときは年10日です。')],
        contact_title='採用担当', office='中讃広域行政事務組合 総務課',
        tel='0877-23-7000', email='jinji@chusan-kouiki.jp',
        address='〒763-0073 香川県丸亀市土器町東九丁目281番地',
        routes=[('JR丸亀駅から車で約10分', '丸亀'), ('JR宇多津駅から車で約10分', '宇多津')],
        decoys={
            'hiring': 'cells N＋M: new graduates ＋ mid-career hires, the fact is the SUM (2＋1（1） = 3, women 1); the 計 column is written the same way (3＋1（1） = 4), so no column gives the sum',
            'support': 'items as name／duration on one line with a full-width slash (育児休業／子が3歳に達するまで)',
        },
    )


SPECS = [spec_iida, spec_tomakomai, spec_chusan]


# ---------------------------------------------------------------- derived strings

def cell(count, women, exp, style):
    if style == 'plus' and exp:
        s = f'{count}＋{exp}'
    else:
        s = f'{count}'
    return s if women is None else f'{s}（{women}）'


def hiring_cells(S, r):
    st = S['cell_style']
    a, t = r['admin'], r['tech']
    tw = None if a[1] is None else a[1] + t[1]
    return [r['label'] or era(r['year']),
            cell(a[0], a[1], r['admin_exp'], st), cell(t[0], t[1], r['tech_exp'], st),
            cell(a[0] + t[0], tw, r['admin_exp'] + r['tech_exp'], st)]


def avg_cells(S):
    act = [r for r in S['hiring_rows'] if not r['planned']]
    n = len(act)
    f = lambda v: f'{v / n:.1f}'
    ac = sum(r['admin'][0] for r in act); aw = sum(r['admin'][1] for r in act)
    tc = sum(r['tech'][0] for r in act); tw = sum(r['tech'][1] for r in act)
    return [f'{n}年間平均', f'{f(ac)}（{f(aw)}）', f'{f(tc)}（{f(tw)}）', f'{f(ac + tc)}（{f(aw + tw)}）']


def init_lines(S, title, text):
    if S['init_style'] == 'colon':
        return [f'◆{title}：{text}']
    return [f'■{title}', '　' + text]


def support_line(S, name, dur):
    return f'{name}／{dur}' if S['support_style'] == 'slash' else f'●{name}（{dur}）'


def route_fact(line, stop):
    i = line.index(stop + '駅')
    return line[:i] + '『' + stop + '』' + line[i + len(stop):]


# ---------------------------------------------------------------- facts

def build_facts(S):
    admin_l, tech_l = S['tracks']
    rows = []
    for r in S['hiring_rows']:
        cells = hiring_cells(S, r)
        a, t = r['admin'], r['tech']
        ac, tc = a[0] + r['admin_exp'], t[0] + r['tech_exp']
        aw, tw = a[1], t[1]
        totw = None if aw is None else aw + tw
        def obj(c, w, printed):
            return dict(count=c, text=str(c), women=w, womenText=None if w is None else str(w), cellText=printed)
        rows.append(dict(fiscalYear=r['year'], label=era(r['year']), planned=r['planned'],
                         total=obj(ac + tc, totw, cells[3]), admin=obj(ac, aw, cells[1]), tech=obj(tc, tw, cells[2]),
                         labelText=cells[0]))
    hiring = dict(intro=[S['hiring_intro']], note=list(S['hiring_note']),
                  tracks=dict(admin=admin_l, tech=tech_l),
                  textSynthesised=S['cell_style'] == 'plus',
                  layout=f'ruled 年度 | {admin_l} | {tech_l} | 計' + ('; a decoy 5年間平均 row under the planned row' if S['average_row'] else '')
                  + ('; cells N＋M (new graduates ＋ mid-career): count = N + M' if S['cell_style'] == 'plus' else ''),
                  header=['年度', admin_l, tech_l, '計'], columns=['label', 'admin', 'tech', 'total'], rows=rows)
    if S['average_row']:
        hiring['decoyRow'] = avg_cells(S)
    assignments = dict(cohortFiscalYear=S['cohort'], intro=S['assign_intro'], tracks=dict(admin=admin_l, tech=tech_l),
                       layout=f'ruled 配属先 | {admin_l} | {tech_l}',
                       rows=[dict(unit=u, admin=a, tech=t) for u, a, t in S['units']])
    entries = [dict(track=tr, exam=ex, text='', breakdown=[dict(category=c, count=n) for c, n in cats],
                    total=sum(n for _, n in cats)) for tr, ex, cats in S['exams']]
    exams = dict(title=S['exam_title'], fiscalYear=S['edition_year'], textSynthesised=False,
                 layout='ruled 区分 | 試験 | 職種 | 採用予定数', entries=entries)
    contacts = [dict(track='採用担当', office=S['office'], tel=[S['tel']], email=[S['email']], location='',
                     telText=[f'TEL {S["tel"]}'], emailText=[f'E-mail {S["email"]}'], hoursText='')]
    facts = dict(
        organization=S['organization'], document=S['document'],
        edition=dict(year=S['edition_year'], asOf=S['asOf'], asOfText=S['asOfText']),
        lead=dict(title='', text=[S['lead']]),
        hiring=hiring, assignments=assignments, exams=exams,
        training=dict(title=S['training'][0], paragraphs=list(S['training'][1])),
        initiatives=[dict(title=t, text=x, printed=init_lines(S, t, x)) for t, x in S['initiatives']],
        initiativesIntro='', supportTitle=S['support_title'],
        supportSystems=[dict(name=n, duration=d, durationText=d, text=x, printed=support_line(S, n, d)) for n, d, x in S['support']],
        contacts=contacts,
        access=dict(address=S['address'], routes=[route_fact(l, s) for l, s in S['routes']], routesSynthesised=False,
                    routesText=[l for l, _ in S['routes']]),
        keyFigures=[], decoys=dict(S['decoys']),
    )
    return facts


# ---------------------------------------------------------------- layout

class Page:
    def __init__(self):
        self.items = []      # (x, ybase_top_down, text, font, size, kind)
        self.rects = []      # (x, y_top, w, h, fill rgb or None, stroke)
        self.lines = []      # (x1, y1, x2, y2)
        self.expected = []
        self.y = 0.0


class Layout:
    def __init__(self, S):
        self.S = S
        self.pages = []
        self.new_page()

    def new_page(self):
        p = Page(); p.y = 40.0
        self.pages.append(p)
        self.p = p
        p.rects.append((0, 0, W, 14, self.S['colour'], False))

    def item(self, x, ybase, text, font='M', size=9.0, kind='body'):
        self.p.items.append((x, ybase, text, font, size, kind))

    def line(self, text, font='M', size=9.0, indent=0.0, gap=4.0, align='left'):
        y = self.p.y + size
        if align == 'right':
            x = W - MARGIN - width(text, font, size)
        else:
            x = MARGIN + indent
        self.item(x, y, text, font, size)
        self.p.expected.append(text.strip() if text.startswith('　') else text)
        self.p.y = y + gap

    def heading(self, text):
        self.p.y += 8
        y = self.p.y + 12
        self.p.rects.append((MARGIN, y - 11, 4, 13, self.S['colour'], False))
        self.item(MARGIN + 9, y, text, 'G', 12)
        self.p.expected.append(text)
        self.p.lines.append((MARGIN, y + 4, W - MARGIN, y + 4))
        self.p.y = y + 10

    def table(self, header, rows, colw, size=9.0, blank_repeat=()):
        rh = size + 9
        x0 = MARGIN
        xs = [x0]
        for w_ in colw:
            xs.append(xs[-1] + w_)
        y = self.p.y
        allrows = [header] + rows
        for ri, r in enumerate(allrows):
            if ri == 0:
                self.p.rects.append((x0, y, xs[-1] - x0, rh, (0.92, 0.92, 0.92), False))
            for ci, c in enumerate(r):
                if c == '':
                    continue
                font = 'G' if ri == 0 else 'M'
                tw = width(c, font, size)
                if tw > colw[ci] - 8:
                    refuse(f'cell wider than its column: {c!r}')
                self.item(xs[ci] + 4, y + rh - 5.5, c, font, size, 'cell')
            self.p.expected.append('\t'.join(r))
            self.p.lines.append((x0, y, xs[-1], y))
            y += rh
        self.p.lines.append((x0, y, xs[-1], y))
        for x in xs:
            self.p.lines.append((x, self.p.y, x, y))
        self.p.y = y + 6


def layout(S):
    L = Layout(S)
    for i, m in enumerate(S['masthead']):
        L.line(m, 'G', S['mast_size'] if i == 0 else 14, gap=6)
    L.line(S['asOfText'], 'M', 9, align='right')
    L.line(S['lead'], 'M', 10)
    L.heading('採用実績')
    L.line(S['hiring_intro'])
    rows = [hiring_cells(S, r) for r in S['hiring_rows']]
    if S['average_row']:
        rows.append(avg_cells(S))
    a, t = S['tracks']
    L.table(['年度', a, t, '計'], rows, [130, 90, 90, 90])
    for n in S['hiring_note']:
        L.line(n, size=8)
    L.heading('配属実績')
    L.line(S['assign_intro'])
    urows = [[u, '－' if x is None else str(x), '－' if y is None else str(y)] for u, x, y in S['units']]
    L.table(['配属先', a, t], urows, [170, 90, 90])
    L.new_page()
    L.heading('試験区分')
    L.line(S['exam_title'])
    erows = []
    prev_tr = prev_ex = None
    for tr, ex, cats in S['exams']:
        for c, n in cats:
            erows.append([tr if tr != prev_tr else '', ex if (tr, ex) != (prev_tr, prev_ex) else '', c, str(n)])
            prev_tr, prev_ex = tr, ex
    L.table(['区分', '試験', '職種', '採用予定数'], erows, [70, 220, 110, 70])
    L.heading(S['training'][0])
    for p_ in S['training'][1]:
        L.line(p_)
    L.heading(S['init_title'])
    for ti, tx in S['initiatives']:
        for ln in init_lines(S, ti, tx):
            L.line(ln)
    L.heading(S['support_title'])
    for n, d, x in S['support']:
        L.line(support_line(S, n, d))
        L.line('　' + x)
    L.heading(S['contact_title'])
    L.line(S['office']); L.line(f'TEL {S["tel"]}'); L.line(f'E-mail {S["email"]}')
    L.heading('アクセス')
    L.line(S['address'])
    for r, _ in S['routes']:
        L.line(r)
    for i, p in enumerate(L.pages):
        f = f'- {i + 1} -'
        p.items.append(((W - width(f, 'M', 8)) / 2, H - 30, f, 'M', 8, 'folio'))
    return L.pages


# ---------------------------------------------------------------- render

def render(S, pages, drop=None):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
    c.setTitle(S['document']); c.setAuthor(S['organization'])
    rnd = random.Random(S['seed'])
    for pi, p in enumerate(pages):
        for (x, y, w_, h_, fill, stroke) in p.rects:
            c.setFillColor(Color(*fill)); c.rect(x, H - y - h_, w_, h_, stroke=0, fill=1)
        c.setStrokeColor(Color(0.3, 0.3, 0.3)); c.setLineWidth(0.5)
        for (x1, y1, x2, y2) in p.lines:
            c.line(x1, H - y1, x2, H - y2)
        items = list(p.items)
        rnd.shuffle(items)
        c.setFillColor(Color(0, 0, 0))
        for k, (x, y, text, font, size, kind) in enumerate(items):
            if drop is not None and drop == (pi, text):
                continue
            t = c.beginText()
            t.setFont(FONTS[font][0], size)
            t.setTextOrigin(x, H - y)
            t.textOut(text)
            c.drawText(t)
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- checks

def ink(it):
    x, y, text, font, size, kind = it
    return (x, y - 0.88 * size, x + width(text, font, size), y + 0.12 * size)


def check_layout(pages):
    cmaps = {k: TTFont(n, p).face.charToGlyph for k, (n, p) in FONTS.items()}
    for pi, p in enumerate(pages):
        boxes = []
        for it in p.items:
            x, y, text, font, size, kind = it
            for ch in text:
                if ch != ' ' and ord(ch) not in cmaps[font]:
                    refuse(f'glyph {ch!r} missing from {font}')
            b = ink(it)
            if b[0] < EDGE or b[1] < EDGE or b[2] > W - EDGE or b[3] > H - EDGE:
                refuse(f'item in the edge margin: {text!r}')
            if kind != 'folio' and b[3] > H - BOTTOM:
                refuse(f'item past the bottom margin: {text!r}')
            for ob, ot in boxes:
                if b[0] < ob[2] - 0.01 and ob[0] < b[2] - 0.01 and b[1] < ob[3] - 0.01 and ob[1] < b[3] - 0.01:
                    refuse(f'items overlap: {text!r} / {ot!r}')
            boxes.append((b, text))
        drawn = Counter(ch for it in p.items if it[5] != 'folio' for ch in it[2] if not ch.isspace())
        exp = Counter(ch for ln in p.expected for ch in ln if not ch.isspace())
        if drawn != exp:
            refuse(f'page {pi + 1}: drawn and expected characters differ: {(drawn - exp) + (exp - drawn)}')
        for ln in p.expected:
            if ln and ln[0] in KINSOKU:
                refuse(f'expected line starts with a kinsoku character: {ln!r}')
            if re.fullmatch(r'-\s*\d+\s*-', ln.strip()):
                refuse(f'folio in the expected text: {ln!r}')


def check_pdf(pdf, pages):
    nitems = sum(len(p.items) for p in pages)
    if pdf.count(b'BT') < nitems:
        refuse(f'PDF has fewer text objects ({pdf.count(b"BT")}) than items ({nitems})')
    with tempfile.TemporaryDirectory() as d:
        fn = os.path.join(d, 'x.pdf')
        open(fn, 'wb').write(pdf)
        for pi, p in enumerate(pages):
            out = subprocess.run(['pdftotext', '-f', str(pi + 1), '-l', str(pi + 1), fn, '-'],
                                 capture_output=True, text=True).stdout
            got = Counter(ch for ch in out if not ch.isspace())
            want = Counter(ch for it in p.items for ch in it[2] if not ch.isspace())
            if got != want:
                refuse(f'pdftotext of page {pi + 1} differs from the drawn text: {(got - want) + (want - got)}')


def stand_in(F):
    s = {}
    s['hiring'] = {'rows': [dict(fiscalYear=r['fiscalYear'], planned=r['planned'],
                                 total=dict(count=r['total']['count'], women=r['total']['women']),
                                 administrative=dict(count=r['admin']['count'], women=r['admin']['women']),
                                 technical=dict(count=r['tech']['count'], women=r['tech']['women']))
                            for r in F['hiring']['rows']]}
    s['assignments'] = dict(cohortFiscalYear=F['assignments']['cohortFiscalYear'],
                            rows=[dict(unit=r['unit'], administrative=r['admin'] or 0, technical=r['tech'] or 0)
                                  for r in F['assignments']['rows']])
    s['examBreakdown'] = dict(entries=[dict(track=track(e['track']), level=level(e['exam']), category=b['category'], count=b['count'])
                                       for e in F['exams']['entries'] for b in e['breakdown']])
    s['contacts'] = [dict(office=c['office'], phones=[dict(number=t) for t in c['tel']], emails=list(c['email'])) for c in F['contacts']]
    s['access'] = dict(routes=[dict(station=r.split('『')[1].split('』')[0]) for r in F['access']['routes']])
    s['initiatives'] = [dict(title=i['title']) for i in F['initiatives']]
    s['supportSystems'] = [dict(name=i['name']) for i in F['supportSystems']]
    return dict(organization=F['organization'], edition=dict(asOf=F['edition']['asOf']), sections=s)


def check_facts(S, F, pages):
    lines = [ln for p in pages for ln in p.expected]
    lineset = set(lines)
    flat = norm(''.join(lines))
    def printed(s, what):
        if s not in lineset:
            refuse(f'{what} not printed as a line: {s!r}')
    org = F['organization']
    if org.startswith(LEGAL):
        refuse(f'legal-form prefix in organization: {org}')
    if org not in lines[0]:
        refuse('organization not printed in the masthead')
    ed = F['edition']
    m = re.fullmatch(r'令和(\d+)年(\d+)月現在', ed['asOfText'])
    if not m or f'{2018 + int(m.group(1))}-{int(m.group(2)):02d}' != ed['asOf']:
        refuse('asOf differs from the printed edition')
    printed(ed['asOfText'], 'edition')
    h = F['hiring']
    rows = h['rows']
    years = [r['fiscalYear'] for r in rows]
    if years != list(range(years[0], years[0] + len(years))):
        refuse('hiring years not consecutive')
    planned = [r for r in rows if r['planned']]
    if len(planned) != 1 or rows[-1] is not planned[0]:
        refuse('exactly one planned row, last')
    if ed['year'] != planned[0]['fiscalYear'] or F['exams']['fiscalYear'] != ed['year']:
        refuse('edition year / planned year / exam year differ')
    for r in rows:
        if r['label'] != era(r['fiscalYear']) or f'令和{r["fiscalYear"] - 2018}年' not in r['labelText']:
            refuse(f'wrong label for {r["fiscalYear"]}')
        t, a, k = r['total'], r['admin'], r['tech']
        if t['count'] != a['count'] + k['count']:
            refuse(f'total != admin + tech ({r["labelText"]})')
        for o in (t, a, k):
            if r['planned']:
                if o['women'] is not None:
                    refuse('women on the planned row')
            else:
                if o['women'] is None or not 0 <= o['women'] <= o['count']:
                    refuse(f'women out of range ({r["labelText"]})')
            if o['text'] != str(o['count']) or o['womenText'] != (None if o['women'] is None else str(o['women'])):
                refuse(f'count text differs ({r["labelText"]})')
            # the printed cell must give count (and women)
            m = re.fullmatch(r'(\d+)(?:＋(\d+))?(?:（(\d+)）)?', o['cellText'])
            if not m or int(m.group(1)) + int(m.group(2) or 0) != o['count']:
                refuse(f'printed cell {o["cellText"]!r} does not give the count ({r["labelText"]})')
            if (None if m.group(3) is None else int(m.group(3))) != o['women']:
                refuse(f'printed cell {o["cellText"]!r} does not give the women ({r["labelText"]})')
            if '＋' in o['cellText'] and not h['textSynthesised']:
                refuse('＋ cell without textSynthesised')
        if not r['planned'] and t['women'] != a['women'] + k['women']:
            refuse(f'women total != admin + tech ({r["labelText"]})')
        line = '\t'.join([r['labelText'], a['cellText'], k['cellText'], t['cellText']])
        if line not in lineset:
            refuse(f'hiring row not printed: {line!r}')
    printed('\t'.join(h['header']), 'hiring header')
    if 'decoyRow' in h:
        printed('\t'.join(h['decoyRow']), 'decoy row')
    for x in h['intro'] + h['note']:
        printed(x, 'hiring intro / note')
    A = F['assignments']
    last_actual = max(r['fiscalYear'] for r in rows if not r['planned'])
    if A['cohortFiscalYear'] != last_actual:
        refuse('assignment cohort is not the last actual year')
    if f'令和{A["cohortFiscalYear"] - 2018}年' not in A['intro'] and f'{A["cohortFiscalYear"]}年' not in A['intro']:
        refuse('cohort intro names another year')
    printed(A['intro'], 'assignment intro')
    coh = next(r for r in rows if r['fiscalYear'] == A['cohortFiscalYear'])
    units = [u['unit'] for u in A['rows']]
    if len(set(units)) != len(units):
        refuse('duplicate unit')
    if sum(u['admin'] or 0 for u in A['rows']) != coh['admin']['count'] or sum(u['tech'] or 0 for u in A['rows']) != coh['tech']['count']:
        refuse('assignment sums differ from the cohort hires')
    for u in A['rows']:
        if not (u['admin'] or u['tech']):
            refuse('zero assignment row')
        line = '\t'.join([u['unit'], '－' if u['admin'] is None else str(u['admin']), '－' if u['tech'] is None else str(u['tech'])])
        printed(line, 'assignment row')
    E = F['exams']
    printed(E['title'], 'exam title')
    keys = set()
    per_track = Counter()
    for e in E['entries']:
        if e['total'] != sum(b['count'] for b in e['breakdown']):
            refuse('exam categories do not add up to the exam total')
        if '院' in e['exam'] or any('院' in b['category'] for b in e['breakdown']):
            refuse('院 in an undergraduate exam')
        if e['track'] not in h['tracks'].values():
            refuse('exam track is no hiring track')
        tk = track(e['track'])
        if tk == 'other':
            refuse('exam track maps to other')
        per_track[tk] += e['total']
        if norm(e['exam']) not in flat:
            refuse(f'exam name not printed: {e["exam"]}')
        for b in e['breakdown']:
            k = (tk, level(e['exam']), norm(b['category']))
            if k in keys:
                refuse(f'colliding category {k}')
            keys.add(k)
            if not any(ln.endswith(f'{b["category"]}\t{b["count"]}') for ln in lines):
                refuse(f'exam category not printed with its count: {b["category"]}')
    if per_track['administrative'] != planned[0]['admin']['count'] or per_track['technical'] != planned[0]['tech']['count']:
        refuse('exam totals differ from the planned hires')
    for i in F['initiatives']:
        for ln in i['printed']:
            printed(ln.lstrip('　'), 'initiative')
        if i['title'] not in i['printed'][0] or i['text'] not in ''.join(i['printed']):
            refuse('initiative title / text not in its printed line')
    for s_ in F['supportSystems']:
        if s_['duration'] != s_['durationText']:
            refuse('support duration differs')
        printed(s_['printed'], 'support item')
        if not s_['printed'].replace('●', '').startswith(s_['name']) or s_['duration'] not in s_['printed']:
            refuse('support item line does not hold its name and duration')
        printed(s_['text'], 'support text')
    for c in F['contacts']:
        printed(c['office'], 'office')
        for t in c['tel']:
            if not re.fullmatch(r'\d{2,5}-\d{1,4}-\d{4}', t):
                refuse('phone fact not hyphenated')
            if not any(t in x and x in lineset for x in c['telText']):
                refuse(f'phone not printed: {t}')
        for m_ in c['email']:
            if not any(m_ in x and x in lineset for x in c['emailText']):
                refuse(f'e-mail not printed: {m_}')
    acc = F['access']
    printed(acc['address'], 'address')
    for r, t in zip(acc['routes'], acc['routesText']):
        if '『' not in r or r.replace('『', '').replace('』', '') != t:
            refuse(f'route fact is not the printed line with the stop in 『』: {r}')
        printed(t, 'route')
    printed(F['training']['paragraphs'][0], 'training')
    printed(F['lead']['text'][0], 'lead')
    # the stand-in document scores full marks and reaches every kind of check; an empty one nothing
    drawn = norm('\n'.join(lines))
    res = checks(F, stand_in(F), drawn)
    bad = [n for n, ok in res if not ok]
    if bad:
        refuse(f'stand-in document misses {bad}')
    kinds = {n.split(' ')[0] for n, _ in res}
    need = {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'initiative', 'support'}
    if not need <= kinds:
        refuse(f'checks not reached: {need - kinds}')
    if any(ok for _, ok in checks(F, {}, drawn)):
        refuse('an empty document scores')
    return len(res)


def build(S, fault=None):
    """fault: (stage, fn) with stage in spec / pages / facts / pdf."""
    S = copy.deepcopy(S)
    if fault and fault[0] == 'spec':
        fault[1](S)
    pages = layout(S)
    if fault and fault[0] == 'pages':
        fault[1](pages)
    F = build_facts(S)
    if fault and fault[0] == 'facts':
        fault[1](F)
    check_layout(pages)
    n = check_facts(S, F, pages)
    drop = fault[1](pages) if fault and fault[0] == 'pdf' else None
    pdf = render(S, pages, drop)
    if render(S, pages, drop) != pdf:
        refuse('two renders differ')
    check_pdf(pdf, pages)
    expected = '\n\f\n'.join('\n'.join(p.expected) for p in pages) + '\n'
    return pdf, expected, F, n, sum(len(p.items) for p in pages)


# ---------------------------------------------------------------- self-test

def collide(S):
    for i, (tr, ex, cats) in enumerate(S['exams']):
        if len(cats) > 1:
            cats[-1] = (cats[0][0], cats[-1][1]); return
        for j in range(i):
            if S['exams'][j][0] == tr:
                cats[0] = (S['exams'][j][2][0][0], cats[0][1]); return


def faults(S):
    def sp(fn): return ('spec', fn)
    def fa(fn): return ('facts', fn)
    def pg(fn): return ('pages', fn)
    def r_(i): return lambda F: F['hiring']['rows'][i]
    out = {
        'hiring total +1': fa(lambda F: F['hiring']['rows'][1]['total'].update(count=F['hiring']['rows'][1]['total']['count'] + 1)),
        'women total +1': fa(lambda F: F['hiring']['rows'][2]['total'].update(women=F['hiring']['rows'][2]['total']['women'] + 1)),
        'track women +1': fa(lambda F: F['hiring']['rows'][0]['admin'].update(women=F['hiring']['rows'][0]['admin']['women'] + 1)),
        'women above heads': sp(lambda S: S['hiring_rows'][3].update(admin=(S['hiring_rows'][3]['admin'][0], S['hiring_rows'][3]['admin'][0] + 1))),
        'women on planned': sp(lambda S: S['hiring_rows'][-1].update(admin=(S['hiring_rows'][-1]['admin'][0], 0), tech=(S['hiring_rows'][-1]['tech'][0], 0))),
        'planned row first': fa(lambda F: F['hiring']['rows'].insert(0, F['hiring']['rows'].pop())),
        'wrong era label': fa(lambda F: F['hiring']['rows'][2].update(label='令和4年度')),
        'count text differs': fa(lambda F: F['hiring']['rows'][1]['admin'].update(text='99')),
        'years shifted': fa(lambda F: [r.update(fiscalYear=r['fiscalYear'] + 1) for r in F['hiring']['rows']]),
        'admin and total +1 (row no longer printed)': fa(lambda F: (F['hiring']['rows'][0]['admin'].update(count=F['hiring']['rows'][0]['admin']['count'] + 1, text=str(F['hiring']['rows'][0]['admin']['count'] + 1)), F['hiring']['rows'][0]['total'].update(count=F['hiring']['rows'][0]['total']['count'] + 1, text=str(F['hiring']['rows'][0]['total']['count'] + 1)))),
        'assignment +1': sp(lambda S: S['units'].__setitem__(0, (S['units'][0][0], S['units'][0][1] + 1, None))),
        'wrong cohort': fa(lambda F: F['assignments'].update(cohortFiscalYear=F['assignments']['cohortFiscalYear'] - 1)),
        'duplicated unit': sp(lambda S: S['units'].__setitem__(1, (S['units'][0][0], S['units'][1][1], S['units'][1][2]))),
        'exam count +1 with total': fa(lambda F: (F['exams']['entries'][0]['breakdown'][0].update(count=F['exams']['entries'][0]['breakdown'][0]['count'] + 1), F['exams']['entries'][0].update(total=F['exams']['entries'][0]['total'] + 1))),
        'last category +1': fa(lambda F: F['exams']['entries'][-1]['breakdown'][-1].update(count=F['exams']['entries'][-1]['breakdown'][-1]['count'] + 1)),
        'exam with 院': sp(lambda S: S['exams'].__setitem__(0, (S['exams'][0][0], S['exams'][0][1] + '院', S['exams'][0][2]))),
        'colliding category': sp(collide),
        'exam track no hiring track': fa(lambda F: F['exams']['entries'][0].update(track='事務系')),
        'exam track maps to other': sp(lambda S: S.update(tracks=(S['tracks'][0], '専門職'), exams=[(('専門職' if e[0] == S['tracks'][1] else e[0]), e[1], e[2]) for e in S['exams']])),
        'e-mail not printed': fa(lambda F: F['contacts'][0].update(email=['x' + F['contacts'][0]['email'][0]])),
        'office not printed': fa(lambda F: F['contacts'][0].update(office=F['contacts'][0]['office'] + '係')),
        'route not printed': fa(lambda F: F['access']['routes'].__setitem__(0, F['access']['routes'][0].replace('分', '0分'))),
        'route without 『』': fa(lambda F: F['access']['routes'].__setitem__(0, F['access']['routes'][0].replace('『', '').replace('』', ''))),
        'support not printed': fa(lambda F: F['supportSystems'][0].update(printed='●' + F['supportSystems'][0]['printed'] + '等')),
        'support duration differs': fa(lambda F: F['supportSystems'][0].update(duration='1年')),
        'initiative not printed': fa(lambda F: F['initiatives'][0].update(title=F['initiatives'][0]['title'] + '制度')),
        'organization not printed': fa(lambda F: F.update(organization='長野県')),
        'legal-form prefix': fa(lambda F: F.update(organization='地方独立行政法人' + F['organization'])),
        'address not printed': fa(lambda F: F['access'].update(address=F['access']['address'] + '1')),
        'wrong phone': fa(lambda F: F['contacts'][0].update(tel=['0120-00-0000'])),
        'phone not hyphenated': fa(lambda F: F['contacts'][0].update(tel=[F['contacts'][0]['tel'][0].replace('-', '')])),
        'wrong asOf': fa(lambda F: F['edition'].update(asOf='2026-03')),
        'wrong edition year': fa(lambda F: F['edition'].update(year=2025)),
        'cohort intro names another year': sp(lambda S: S.update(assign_intro=S['assign_intro'].replace('7年度', '6年度').replace('2025年', '2024年'))),
        'overlapping item': pg(lambda P: P[0].items.append((P[0].items[3][0] + 2, P[0].items[3][1], P[0].items[3][2], P[0].items[3][3], P[0].items[3][4], 'folio')) or P[0].expected.append(P[0].items[3][2])),
        'item in edge margin': pg(lambda P: P[1].items.append((5, 400, '余白', 'M', 9, 'body')) or P[1].expected.append('余白')),
        'emoji the font lacks': pg(lambda P: P[1].items.append((MARGIN, 700, '😀', 'M', 9, 'body')) or P[1].expected.append('😀')),
        'item past the bottom': pg(lambda P: P[1].items.append((MARGIN, H - 45, '下端', 'M', 9, 'body')) or P[1].expected.append('下端')),
        'overflowing cell': sp(lambda S: S['units'].__setitem__(0, ('総務課' * 12, S['units'][0][1], S['units'][0][2]))),
        'line starting with 。': pg(lambda P: P[1].items.append((300, 100, '。', 'M', 9, 'body')) or P[1].expected.append('。')),
        'extra expected character': pg(lambda P: P[0].expected.append('余')),
        'folio in expected': pg(lambda P: P[0].expected.append('- 1 -')),
        'printed hiring row differs': fa(lambda F: F['hiring']['rows'][1]['admin'].update(cellText=F['hiring']['rows'][1]['admin']['cellText'] + ' ')),
        'rendered PDF lacks an item': ('pdf', lambda P: (0, P[0].items[0][2])),
    }
    if S['cell_style'] == 'plus':
        out['＋ part dropped from the fact'] = fa(lambda F: (F['hiring']['rows'][0]['admin'].update(count=F['hiring']['rows'][0]['admin']['count'] - 1, text=str(F['hiring']['rows'][0]['admin']['count'] - 1)), F['hiring']['rows'][0]['total'].update(count=F['hiring']['rows'][0]['total']['count'] - 1, text=str(F['hiring']['rows'][0]['total']['count'] - 1))))
    if S['average_row']:
        out['decoy row not printed'] = fa(lambda F: F['hiring'].__setitem__('decoyRow', ['5年間平均', '0.0', '0.0', '0.0']))
    if S['init_style'] == 'colon':
        out['colon line differs'] = fa(lambda F: F['initiatives'][0].update(printed=[F['initiatives'][0]['printed'][0].replace('：', ' ')]))
    return out


def selftest(verbose):
    ok = total = 0
    for mk in SPECS:
        S = mk()
        for name, f in faults(S).items():
            total += 1
            try:
                build(S, f)
                print(f'  NOT REFUSED  {S["name"]}: {name}')
            except Refused as e:
                ok += 1
                if verbose:
                    print(f'  refused  {S["name"]}: {name}: {e}')
            except Exception as e:  # a crash is no refusal
                print(f'  CRASH  {S["name"]}: {name}: {type(e).__name__}: {e}')
    print(f'{ok}/{total} refused')
    return ok == total


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    os.makedirs(OUT, exist_ok=True)
    for mk in SPECS:
        S = mk()
        if args and S['name'] not in args:
            continue
        pdf, exp, F, n, items = build(S)
        open(os.path.join(OUT, S['name'] + '.pdf'), 'wb').write(pdf)
        open(os.path.join(OUT, S['name'] + '.expected.txt'), 'w').write(exp)
        open(os.path.join(OUT, S['name'] + '.facts.json'), 'w').write(json.dumps(F, ensure_ascii=False, indent=2) + '\n')
        print(f'{S["name"]}: {n} fact checks, {items} items, {len(pdf)} bytes')


if __name__ == '__main__':
    main()
