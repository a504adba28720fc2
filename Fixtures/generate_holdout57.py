#!/usr/bin/env python3
"""Holdout set 57 (blind): three synthetic recruitment brochures.

  python3 Fixtures/generate_holdout57.py               # all three (deterministic)
  python3 Fixtures/generate_holdout57.py maizuru       # one (maizuru, maebashi, moji)
  python3 Fixtures/generate_holdout57.py --selftest -v # fault injection: every fault must be refused

Self-contained: a page model in PDF coordinates, a ruled-table helper with cells spanning rows,
reportlab's canvas with invariant=1, IPAex fonts (embedded subsets) and, on one page, the
non-embedded CID fonts HeiseiMin-W3 / HeiseiKakuGo-W5 with the predefined CMap UniJIS-UCS2-H.
Every visual text piece is its own text object; a page's text objects are written in a seeded
shuffled order after its graphics.  The script refuses a brochure whose facts do not add up,
whose facts are not printed, whose items overlap / leave the page / overflow a cell, or whose
pdftotext output differs from the drawn characters.
"""
import copy, json, os, random, subprocess, sys, tempfile, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.lib.colors import Color  # noqa: E402

OUT = os.path.join(HERE, 'holdout57')
W, H = 595.28, 841.89
EDGE = 20
GOTHIC = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'
MINCHO = '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'
pdfmetrics.registerFont(TTFont('IPAexG', GOTHIC))
pdfmetrics.registerFont(TTFont('IPAexM', MINCHO))
pdfmetrics.registerFont(UnicodeCIDFont('HeiseiKakuGo-W5'))
pdfmetrics.registerFont(UnicodeCIDFont('HeiseiMin-W3'))
CMAPS = {name: set(pdfmetrics.getFont(name).face.charToGlyph) for name in ('IPAexG', 'IPAexM')}
KINSOKU = set('。、，．）」』】〕・：；？！ー々ゃゅょっャュョッ')
NAVY = Color(0.08, 0.16, 0.36)
TEAL = Color(0.0, 0.35, 0.38)
MAROON = Color(0.42, 0.08, 0.12)
BLACK = Color(0, 0, 0)
GREY = Color(0.35, 0.35, 0.35)
WHITE = Color(1, 1, 1)


class Refused(Exception):
    pass


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, style):
        self.items = []        # dicts: x, y, text, font, size, color, furn, neg
        self.rects = []        # (x, y, w, h, fill)
        self.lines = []        # (x1, y1, x2, y2)
        self.expected = []     # reading-order lines
        self.style = style     # {'head': font, 'body': font, 'neg': bool for tables}

    def text(self, x, y, s, font=None, size=9, color=BLACK, furn=False, neg=False, expect=True):
        font = font or self.style['body']
        self.items.append(dict(x=x, y=y, text=s, font=font, size=size, color=color, furn=furn, neg=neg))
        if expect and not furn:
            self.expected.append(s)
        return pdfmetrics.stringWidth(s, font, size)


def width(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def wrap(s, font, size, maxw):
    lines, cur = [], ''
    for ch in s:
        if cur and width(cur + ch, font, size) > maxw:
            if ch in KINSOKU:  # pull the last char down with it
                lines.append(cur[:-1]); cur = cur[-1] + ch
            else:
                lines.append(cur); cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(pg, x, y, s, maxw, size=8.5, lead=13, font=None):
    font = font or pg.style['body']
    for ln in wrap(s, font, size, maxw):
        pg.text(x, y, ln, font=font, size=size)
        y -= lead
    return y


def heading(pg, x, y, s, w, color):
    pg.rects.append((x, y - 4, 4, 15, color))
    pg.text(x + 9, y, s, font=pg.style['head'], size=11.5, color=color)
    pg.lines.append((x, y - 6, x + w, y - 6))
    return y - 22


def table(pg, x, ytop, cols, rows, spans=None, rowh=16, size=8.2, header_fill=None, neg=False, align=None):
    """rows: list of lists of strings; a cell covered by a span above is None.
    spans: {(r, c): n} a cell spanning n rows.  Each row is one expected line (TAB-separated,
    covered cells empty)."""
    spans = spans or {}
    n = len(rows)
    total_w = sum(cols)
    xs = [x]
    for cw in cols:
        xs.append(xs[-1] + cw)
    if header_fill:
        pg.rects.append((x, ytop - rowh, total_w, rowh, header_fill))
    covered = set()
    for (r, c), k in spans.items():
        for rr in range(r + 1, r + k):
            covered.add((rr, c))
    # horizontal rules, segmented where a span crosses a row boundary
    for b in range(n + 1):
        yb = ytop - b * rowh
        for c in range(len(cols)):
            if 0 < b < n and (b, c) in covered:
                continue
            pg.lines.append((xs[c], yb, xs[c + 1], yb))
    for c in range(len(cols) + 1):
        pg.lines.append((xs[c], ytop, xs[c], ytop - n * rowh))
    font = pg.style['body']
    for r, row in enumerate(rows):
        exp = []
        for c, cell in enumerate(row):
            if (r, c) in covered or cell is None:
                exp.append('')
                continue
            exp.append(cell)
            if cell == '':
                continue
            k = spans.get((r, c), 1)
            f = pg.style['head'] if r == 0 else font
            cw = width(cell, f, size)
            if cw > cols[c] - 5:
                raise Refused(f'cell overflows its column: {cell!r}')
            yb = ytop - r * rowh - (k * rowh) / 2 - size * 0.35
            a = (align or {}).get(c, 'c' if c > 0 else 'l')
            if r == 0:
                a = 'c'
            tx = xs[c] + 4 if a == 'l' else (xs[c] + (cols[c] - cw) / 2 if a == 'c' else xs[c + 1] - 4 - cw)
            pg.text(tx, yb, cell, font=f, size=size, neg=neg, expect=False)
        pg.expected.append('\t'.join(exp))
    return ytop - n * rowh - 8


# ---------------------------------------------------------------- facts
def hrow(fy, adm, tech, planned=False, tech_text=None, label_text=None):
    era = f'令和{fy - 2018}年度'
    def cell(c, w):
        d = {'count': c, 'text': str(c)}
        if planned:
            d['women'] = None
        else:
            d['women'] = w; d['womenText'] = str(w)
        return d
    a = cell(*adm); t = cell(*tech)
    if tech_text is not None:
        t['text'] = tech_text; t['womenText'] = ''
    tot = cell(adm[0] + tech[0], None if planned else adm[1] + tech[1])
    return {'fiscalYear': fy, 'label': era, 'labelText': label_text or (era + ('（予定）' if planned else '')),
            'planned': planned, 'total': tot, 'admin': a, 'tech': t}


def hiring_cell(d, planned):
    if d['text'] in ('採用なし', ''):
        return d['text']
    return d['text'] if planned else f"{d['text']}（{d['womenText']}）"


def base(org, document, edition, lead, tracks, rows, note, cohort, units, exams_title, exams, training,
         initiatives, support_title, supports, contacts, address, routes, routes_text, decoys, layout):
    return {
        'organization': org, 'document': document, 'edition': edition,
        'lead': {'title': '', 'text': lead},
        'hiring': {'intro': ['採用者数の推移（単位：人）'], 'note': note,
                   'tracks': {'admin': tracks[0], 'tech': tracks[1]}, 'textSynthesised': False,
                   'layout': layout[0], 'rows': rows},
        'assignments': {'cohortFiscalYear': cohort, 'intro': f'令和{cohort - 2018}年度採用者の配属先（単位：人）',
                        'tracks': {'admin': tracks[0], 'tech': tracks[1]}, 'layout': layout[1],
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units]},
        'exams': {'title': exams_title, 'fiscalYear': edition['year'], 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 試験区分 | 予定数 (track and exam cells span their rows)',
                  'entries': [{'track': tr, 'exam': ex, 'text': '', 'breakdown': [{'category': c, 'count': n} for c, n in bd],
                               'total': sum(n for _, n in bd)} for tr, ex, bd in exams]},
        'training': training,
        'initiatives': [{'title': t, 'text': x} for t, x in initiatives], 'initiativesIntro': '',
        'supportTitle': support_title,
        'supportSystems': [{'name': n, 'duration': d, 'durationText': d, 'text': x} for n, d, x in supports],
        'contacts': contacts,
        'access': {'address': address, 'routes': routes, 'routesSynthesised': False, 'routesText': routes_text},
        'keyFigures': [], 'decoys': decoys,
    }


def facts_maizuru():
    rows = [hrow(2021, (3, 2), (1, 0)), hrow(2022, (2, 1), (0, 0), tech_text='採用なし'),
            hrow(2023, (4, 3), (0, 0), tech_text='採用なし'), hrow(2024, (3, 1), (2, 1)),
            hrow(2025, (4, 2), (1, 1)), hrow(2026, (3, 0), (2, 0), planned=True)]
    return base(
        '舞鶴工業高等専門学校', '独立行政法人国立高等専門学校機構 舞鶴工業高等専門学校 職員採用案内 2026',
        {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月1日現在'},
        ['海と山に囲まれたキャンパスで、技術者を目指す学生の五年間を事務と技術の両面から支えます。'],
        ('事務職員', '技術職員'), rows, ['※括弧内は女性の数で内数です。技術職員の令和4・5年度は採用なし。'], 2025,
        [('総務課', 1, None), ('学生課', 1, None), ('財務課', 2, None), ('教育研究支援センター', None, 1)],
        '令和8年度 採用予定',
        [('事務職員', '国立大学法人等職員採用試験（近畿地区）', [('事務', 3)]),
         ('技術職員', '国立大学法人等職員採用試験（近畿地区）', [('電気', 1), ('機械', 1)])],
        {'title': '研修', 'paragraphs': ['採用後は高専機構の新任職員研修を受け、学内の各係で実務を学びます。',
                                        '技術職員は全国の高専が集まる技術職員研修会にも参加します。']},
        [('フレックスタイム制', '学寮の行事がある週も勤務時間を調整できます。'),
         ('年次休暇の計画取得', '夏季の学生休業期間にまとめて休暇を取る職員が多くいます。')],
        '両立支援制度',
        [('育児休業', '子が3歳に達するまで', '取得後の復帰を係全体で支えています。'),
         ('子の看護休暇', '年5日まで', '学校行事や通院に時間単位で使えます。')],
        [{'track': 'お問い合わせ', 'office': '舞鶴工業高等専門学校 総務課 人事係', 'tel': ['0773-62-8881'],
          'email': ['jinji@maizuru-ct.ac.jp', 'saiyou@maizuru-ct.ac.jp'], 'location': '',
          'telText': ['TEL 0773-62-8881（人事係直通）'],
          'emailText': ['E-mail jinji@maizuru-ct.ac.jp・saiyou@maizuru-ct.ac.jp'], 'hoursText': ''}],
        '〒625-8511 京都府舞鶴市字白屋234',
        ['最寄駅：『東舞鶴』駅（JR舞鶴線）からバスで約15分', '『西舞鶴』駅（JR舞鶴線・京都丹後鉄道）からタクシーで約20分'],
        ['最寄駅：東舞鶴駅（JR舞鶴線）からバスで約15分', '西舞鶴駅（JR舞鶴線・京都丹後鉄道）からタクシーで約20分'],
        {'span': '技術職員 令和4年度・令和5年度: one cell 採用なし spanning both rows (count 0, women 0)'},
        ['ruled 年度 | 事務職員 | 技術職員 | 計; 採用なし spanning two years', 'ruled 配属先 | 事務職員 | 技術職員'])


def facts_maebashi():
    rows = [hrow(2021, (9, 5), (0, 0), tech_text='採用なし'), hrow(2022, (11, 6), (0, 0), tech_text='採用なし'),
            hrow(2023, (10, 4), (1, 0)), hrow(2024, (12, 7), (1, 1)), hrow(2025, (8, 5), (2, 1)),
            hrow(2026, (10, 0), (1, 0), planned=True)]
    return base(
        '前橋地方裁判所', '前橋地方裁判所 裁判所職員採用案内 2026',
        {'year': 2026, 'asOf': '2026-03', 'asOfText': '令和8年3月現在'},
        ['群馬県内の裁判所で、裁判手続を支える裁判所事務官と庁舎を守る技術職員を募集しています。'],
        ('裁判所事務官', '技術職員'), rows, ['※括弧内は女性の数で内数です。'], 2025,
        [('民事部', 2, None), ('刑事部', 2, None), ('事務局総務課', 1, None), ('事務局会計課', 1, 2),
         ('高崎支部', 2, None)],
        '令和8年度 採用予定',
        [('裁判所事務官', '裁判所職員採用一般職試験', [('大卒程度区分', 7), ('高卒者区分', 3)]),
         ('技術職員', '技術職員選考採用', [('電気', 1)])],
        {'title': '研修', 'paragraphs': ['採用後は高等裁判所での新採用職員研修で、裁判所の仕組みと事務の基本を学びます。',
                                        '数年後には書記官を目指す研修の試験も受けられます。']},
        [('テレワークの推進', '会計や統計の事務は在宅でも進められます。'),
         ('休暇取得の声かけ', '係ごとに休暇の予定を共有しています。')],
        '両立支援制度',
        [('育児休業', '子が3歳に達するまで', '男性の事務官の取得も増えています。'),
         ('配偶者出産休暇', '2日', '出産の前後に取得できます。'),
         ('育児時間', '1日2回各30分以内', '子が1歳6か月に達するまで使えます。')],
        [{'track': '採用に関するお問い合わせ', 'office': '前橋地方裁判所 事務局総務課 人事第一係', 'tel': ['027-231-4275'],
          'email': [], 'location': '', 'telText': ['電話 027-231-4275（代表）'], 'emailText': [], 'hoursText': '受付時間 平日9時から17時まで'}],
        '〒371-8531 群馬県前橋市大手町3-1-34',
        ['最寄駅：『中央前橋』駅（上毛電気鉄道）から徒歩約15分', '『前橋』駅（JR両毛線）からバスで約10分「県庁前」下車'],
        ['最寄駅：中央前橋駅（上毛電気鉄道）から徒歩約15分', '前橋駅（JR両毛線）からバスで約10分「県庁前」下車'],
        {'negative': 'p1 hiring and assignment tables drawn with a negative font size in a 180-degree text matrix',
         'span': '技術職員 令和3年度・令和4年度: one cell 採用なし spanning both rows'},
        ['ruled 年度 | 裁判所事務官 | 技術職員 | 計; 採用なし spanning two years; negative font size',
         'ruled 配属先 | 裁判所事務官 | 技術職員; negative font size'])


def facts_moji():
    rows = [hrow(2021, (28, 11), (2, 1)), hrow(2022, (31, 14), (3, 1)), hrow(2023, (27, 12), (2, 0)),
            hrow(2024, (33, 15), (3, 2)), hrow(2025, (30, 13), (2, 1)), hrow(2026, (32, 0), (3, 0), planned=True)]
    return base(
        '門司税関', '財務省 門司税関 職員採用案内 2026',
        {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月現在'},
        ['関門海峡から九州北部・山口の港と空港まで。安全・安心な社会と貿易の円滑化を、水際で支えます。'],
        ('事務系', '技術系'), rows, ['※括弧内は女性の数で内数です。'], 2025,
        [('総務部', 4, None), ('監視部', 8, None), ('業務部', 6, 2), ('博多税関支署', 5, None),
         ('福岡空港税関支署', 4, None), ('下関税関支署', 3, None)],
        '令和8年度 採用予定',
        [('事務系', '国家公務員採用一般職試験（大卒程度）', [('行政', 22)]),
         ('事務系', '国家公務員採用一般職試験（高卒者）', [('事務', 10)]),
         ('技術系', '国家公務員採用一般職試験（大卒程度）', [('化学', 3)])],
        {'title': '研修', 'paragraphs': ['採用後は税関研修所門司支所で約3か月の初任者研修を受けます。',
                                        '語学や分析の専門研修も用意しています。']},
        [('フレックスタイム制', '交替制勤務の部署でも勤務時間を調整できます。'),
         ('男性の育児休業', '令和6年度の取得率は8割を超えました。')],
        '仕事と家庭の両立',
        [('育児休業', '子が3歳に達するまで', '復帰後の配置にも配慮します。'),
         ('介護休暇', '通算6か月まで', '3回まで分けて取得できます。')],
        [{'track': '採用担当', 'office': '門司税関 総務部 人事課 採用係', 'tel': ['050-3530-8353'],
          'email': ['moji-saiyo@customs.go.jp', 'moji-jinji@customs.go.jp'], 'location': '',
          'telText': ['TEL 050-3530-8353（採用係直通）'],
          'emailText': ['E-mail moji-saiyo@customs.go.jp・moji-jinji@customs.go.jp'], 'hoursText': ''}],
        '〒801-8511 福岡県北九州市門司区西海岸1-3-10 門司港湾合同庁舎',
        ['最寄駅：『門司港』駅（JR鹿児島本線）から徒歩約3分', '『小倉』駅（JR山陽新幹線）から門司港駅まで普通列車で約15分'],
        ['最寄駅：門司港駅（JR鹿児島本線）から徒歩約3分', '小倉駅（JR山陽新幹線）から門司港駅まで普通列車で約15分'],
        {'cid': 'p2 set in non-embedded HeiseiMin-W3 / HeiseiKakuGo-W5 with the predefined CMap UniJIS-UCS2-H (no ToUnicode)'},
        ['ruled 年度 | 事務系 | 技術系 | 計', 'ruled 配属先 | 事務系 | 技術系'])


# ---------------------------------------------------------------- layout
def build(f, cfg):
    M = 44
    CW = W - 2 * M
    color = cfg['color']
    p1 = Page({'head': 'IPAexG', 'body': 'IPAexM'})
    # masthead band: light text on a dark band
    p1.rects.append((M, H - 110, CW, 70, color))
    y = H - 64
    for ln, sz in cfg['masthead']:
        p1.text(M + 14, y, ln, font='IPAexG', size=sz, color=WHITE)
        y -= sz + 8
    ed = f['edition']['asOfText']
    p1.text(W - M - width(ed, 'IPAexM', 9), H - 126, ed, size=9)
    y = para(p1, M, H - 146, f['lead']['text'][0], CW, size=9.5, lead=15)
    y -= 10
    y = heading(p1, M, y, '採用実績', CW, color)
    p1.text(M, y, f['hiring']['intro'][0], size=8.5); y -= 10
    h = f['hiring']; tr = h['tracks']
    rows = [['年度', tr['admin'], tr['tech'], '計']]
    spans = {}
    for i, r in enumerate(h['rows']):
        tcell = hiring_cell(r['tech'], r['planned'])
        if i > 0 and r['tech']['text'] == '採用なし' and h['rows'][i - 1]['tech']['text'] == '採用なし':
            tcell = None
        rows.append([r['labelText'], hiring_cell(r['admin'], r['planned']), tcell, hiring_cell(r['total'], r['planned'])])
    for i in range(1, len(rows)):
        if rows[i][2] == '採用なし':
            k = 1
            while i + k < len(rows) and rows[i + k][2] is None:
                k += 1
            spans[(i, 2)] = k
    y = table(p1, M, y, [120, 110, 110, 110], rows, spans, header_fill=Color(0.9, 0.92, 0.96), neg=cfg.get('neg', False))
    for n in h['note']:
        p1.text(M, y, n, size=8); y -= 13
    y -= 10
    y = heading(p1, M, y, '配属実績', CW, color)
    a = f['assignments']
    p1.text(M, y, a['intro'], size=8.5); y -= 10
    arows = [['配属先', a['tracks']['admin'], a['tracks']['tech']]]
    for r in a['rows']:
        arows.append([r['unit'], str(r['admin']) if r['admin'] else '－', str(r['tech']) if r['tech'] else '－'])
    y = table(p1, M, y, [160, 110, 110], arows, header_fill=Color(0.9, 0.92, 0.96), neg=cfg.get('neg', False))
    p1.text(W / 2 - 8, 34, '- 1 -', size=8, color=GREY, furn=True)

    st2 = cfg.get('p2style', {'head': 'IPAexG', 'body': 'IPAexM'})
    p2 = Page(st2)
    y = H - 60
    y = heading(p2, M, y, '試験区分', CW, color)
    e = f['exams']
    p2.text(M, y, e['title'], size=8.5); y -= 10
    erows = [['区分', '試験', '試験区分', '予定数']]
    espans = {}
    prev_track = None; prev_exam = None
    for en in e['entries']:
        for j, b in enumerate(en['breakdown']):
            r = len(erows)
            tcell = en['track'] if en['track'] != prev_track else None
            xcell = en['exam'] if j == 0 else None
            if tcell:
                espans[(r, 0)] = 1; tstart = r
            else:
                espans[(tstart, 0)] += 1
            if xcell:
                espans[(r, 1)] = 1; xstart = r
            else:
                espans[(xstart, 1)] += 1
            erows.append([tcell, xcell, b['category'], str(b['count'])])
            prev_track = en['track']
    espans = {k: v for k, v in espans.items() if v > 1}
    y = table(p2, M, y, [80, 230, 120, CW - 430], erows, espans, header_fill=Color(0.9, 0.92, 0.96),
              align={1: 'l', 2: 'l', 3: 'c'})
    y -= 8
    col = (CW - 24) * 0.45
    colr = CW - 24 - col
    xl, xr = M, M + col + 24
    top = y
    # left column
    yl = heading(p2, xl, top, f['training']['title'], col, color)
    for ptxt in f['training']['paragraphs']:
        yl = para(p2, xl, yl, ptxt, col)
    yl -= 10
    if f['initiatives']:
        yl = heading(p2, xl, yl, '働きやすい職場づくり', col, color)
        for it in f['initiatives']:
            p2.text(xl, yl, '■' + it['title'], font=st2['head'], size=9); yl -= 13
            yl = para(p2, xl + 8, yl, it['text'], col - 8); yl -= 3
        yl -= 8
    yl = heading(p2, xl, yl, f['supportTitle'], col, color)
    for s in f['supportSystems']:
        p2.text(xl, yl, f"●{s['name']}（{s['durationText']}）", font=st2['head'], size=9); yl -= 13
        yl = para(p2, xl + 8, yl, s['text'], col - 8); yl -= 3
    # right column
    yr = top
    for c in f['contacts']:
        yr = heading(p2, xr, yr, c['track'], colr, color)
        for ln in [c['office']] + c['telText'] + c['emailText'] + ([c['hoursText']] if c['hoursText'] else []):
            if width(ln, st2['body'], 8.5) > colr:
                raise Refused(f'contact line wraps: {ln}')
            p2.text(xr, yr, ln, size=8.5); yr -= 13
        yr -= 10
    yr = heading(p2, xr, yr, 'アクセス', colr, color)
    acc = f['access']
    for piece in wrap(acc['address'], st2['body'], 8.5, colr):
        p2.text(xr, yr, piece, size=8.5); yr -= 13
    for rt in acc['routesText']:
        lines = wrap(rt, st2['body'], 8.5, colr)
        if len(lines) > 1:
            raise Refused(f'route wraps: {rt}')
        p2.text(xr, yr, rt, size=8.5); yr -= 13
    p2.text(W / 2 - 8, 34, '- 2 -', size=8, color=GREY, furn=True)
    return [p1, p2]


CONFIG = {
    'maizuru': dict(file='maizuru-2026', facts=facts_maizuru, color=TEAL, seed=571,
                    masthead=[('独立行政法人国立高等専門学校機構', 10), ('舞鶴工業高等専門学校 職員採用案内 2026', 18)]),
    'maebashi': dict(file='maebashi-2026', facts=facts_maebashi, color=MAROON, seed=572, neg=True,
                     masthead=[('前橋地方裁判所', 18), ('裁判所職員採用案内 2026', 13)]),
    'moji': dict(file='moji-2026', facts=facts_moji, color=NAVY, seed=573,
                 p2style={'head': 'HeiseiKakuGo-W5', 'body': 'HeiseiMin-W3'},
                 masthead=[('財務省 門司税関', 18), ('職員採用案内 2026', 13)]),
}


# ---------------------------------------------------------------- checks
def ink(it):
    w = width(it['text'], it['font'], it['size'])
    return (it['x'], it['y'] - 0.14 * it['size'], it['x'] + w, it['y'] + 0.88 * it['size'])


def check_layout(pages):
    errs = []
    for pn, pg in enumerate(pages, 1):
        boxes = []
        for it in pg.items:
            if it['font'] in CMAPS:
                miss = [ch for ch in it['text'] if ord(ch) not in CMAPS[it['font']]]
                if miss:
                    errs.append(f'p{pn}: glyph missing {miss!r} in {it["text"]!r}')
            if '\u3000' in it['text']:
                errs.append(f'p{pn}: U+3000 in {it["text"]!r}')
            b = ink(it)
            if b[0] < EDGE or b[1] < EDGE or b[2] > W - EDGE or b[3] > H - EDGE:
                errs.append(f'p{pn}: item in the edge margin: {it["text"]!r}')
            for o in boxes:
                if b[0] < o[2] - 0.1 and o[0] < b[2] - 0.1 and b[1] < o[3] - 0.1 and o[1] < b[3] - 0.1:
                    errs.append(f'p{pn}: overlap {it["text"]!r} / {o[4]!r}')
            boxes.append(b + (it['text'],))
        for ln in pg.expected:
            if ln and ln[0] in KINSOKU:
                errs.append(f'p{pn}: expected line starts with a kinsoku char: {ln!r}')
            if ln.strip() and any(ln == it['text'] for it in pg.items if it['furn']):
                errs.append(f'p{pn}: furniture as expected line {ln!r}')
        drawn = Counter(''.join(''.join(it['text'].split()) for it in pg.items if not it['furn']))
        exp = Counter(''.join(''.join(l.split()) for l in pg.expected))
        if drawn != exp:
            errs.append(f'p{pn}: drawn text != expected text: +{dict(drawn - exp)} -{dict(exp - drawn)}')
    return errs


def nfkc(s):
    return unicodedata.normalize('NFKC', s)


def standin(f):
    def cell(d):
        return {'count': d['count'], 'women': d.get('women')}
    return {
        'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']},
        'sections': {
            'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': cell(r['total']),
                                 'administrative': cell(r['admin']), 'technical': cell(r['tech'])} for r in f['hiring']['rows']]},
            'assignments': {'cohortFiscalYear': f['assignments']['cohortFiscalYear'],
                            'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0}
                                     for r in f['assignments']['rows']]},
            'examBreakdown': {'entries': [{'track': track(e['track']), 'level': level(e['exam']), 'category': b['category'],
                                           'count': b['count']} for e in f['exams']['entries'] for b in e['breakdown']]},
            'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']}
                         for c in f['contacts']],
            'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]},
            'initiatives': [{'title': i['title']} for i in f['initiatives']],
            'supportSystems': [{'name': s['name']} for s in f['supportSystems']],
        }}


def check_facts(f, expected_text):
    errs = []
    E = expected_text
    En = norm(E)
    lines = E.split('\n')
    def printed(s, what):
        if s and norm(s) not in En:
            errs.append(f'not printed: {what} {s!r}')
    h = f['hiring']
    rows = h['rows']
    for r in rows:
        for k in ('total', 'admin', 'tech'):
            d = r[k]
            if d['text'] == '採用なし':
                if d['count'] != 0:
                    errs.append(f'{r["labelText"]} {k}: 採用なし but count {d["count"]}')
            elif nfkc(d['text']) != str(d['count']):
                errs.append(f'{r["labelText"]} {k}: printed {d["text"]} != {d["count"]}')
            if r['planned']:
                if d['women'] is not None:
                    errs.append(f'{r["labelText"]}: women on the planned row')
            else:
                if d['women'] is None or not 0 <= d['women'] <= d['count']:
                    errs.append(f'{r["labelText"]} {k}: women {d["women"]} outside 0..{d["count"]}')
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            errs.append(f'{r["labelText"]}: total != admin + tech')
        if not r['planned'] and r['total']['women'] != r['admin']['women'] + r['tech']['women']:
            errs.append(f'{r["labelText"]}: women total != admin + tech')
        if r['label'] != f'令和{r["fiscalYear"] - 2018}年度':
            errs.append(f'{r["labelText"]}: label {r["label"]} is not the era label of {r["fiscalYear"]}')
        printed(r['labelText'], 'label')
    if [r['fiscalYear'] for r in rows] != list(range(rows[0]['fiscalYear'], rows[0]['fiscalYear'] + len(rows))):
        errs.append('hiring years not consecutive')
    planned = [r for r in rows if r['planned']]
    if len(planned) != 1 or not rows[-1]['planned']:
        errs.append('exactly one planned row, the last')
    py = rows[-1]['fiscalYear']
    if not (py == f['edition']['year'] == f['exams']['fiscalYear'] == int(f['edition']['asOf'][:4])):
        errs.append('planned year / edition year / exam year / asOf differ')
    # each hiring row printed as one expected line
    for i, r in enumerate(rows):
        cells = [hiring_cell(r['admin'], r['planned']), hiring_cell(r['tech'], r['planned']), hiring_cell(r['total'], r['planned'])]
        if r['tech']['text'] == '採用なし' and i > 0 and rows[i - 1]['tech']['text'] == '採用なし':
            cells[1] = ''
        want = '\t'.join([r['labelText']] + cells)
        if want not in lines:
            errs.append(f'hiring row not printed as one line: {want!r}')
    a = f['assignments']
    cohort = a['cohortFiscalYear']
    last_actual = [r for r in rows if not r['planned']][-1]
    if cohort != last_actual['fiscalYear']:
        errs.append('cohort is not the last actual year')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        errs.append('duplicate unit')
    for r in a['rows']:
        for k in ('admin', 'tech'):
            if r[k] is not None and r[k] <= 0:
                errs.append(f'non-positive assignment {r}')
        want = '\t'.join([r['unit'], str(r['admin']) if r['admin'] else '－', str(r['tech']) if r['tech'] else '－'])
        if want not in lines:
            errs.append(f'assignment row not printed: {want!r}')
    if sum(r['admin'] or 0 for r in a['rows']) != last_actual['admin']['count'] or \
       sum(r['tech'] or 0 for r in a['rows']) != last_actual['tech']['count']:
        errs.append('assignment sums != cohort hires')
    printed(a['intro'], 'assignment intro')
    e = f['exams']
    keys = set()
    per_track = Counter()
    for en in e['entries']:
        if '院' in en['exam']:
            errs.append(f'exam name with 院: {en["exam"]}')
        if track(en['track']) == 'other':
            errs.append(f'exam track maps to other: {en["track"]}')
        if en['total'] != sum(b['count'] for b in en['breakdown']):
            errs.append(f'exam entry total != categories: {en["exam"]}')
        for b in en['breakdown']:
            k = (track(en['track']), level(en['exam']), norm(b['category']))
            if k in keys:
                errs.append(f'colliding exam category {k}')
            keys.add(k)
            per_track[track(en['track'])] += b['count']
            printed(b['category'], 'category')
        printed(en['track'], 'exam track'); printed(en['exam'], 'exam')
    if per_track['administrative'] != rows[-1]['admin']['count'] or per_track['technical'] != rows[-1]['tech']['count']:
        errs.append('exam categories != planned hires per track')
    printed(e['title'], 'exam title')
    printed(f['organization'], 'organisation'); printed(f['edition']['asOfText'], 'edition')
    for t in f['lead']['text'] + h['intro'] + h['note']:
        printed(t, 'text')
    printed(h['tracks']['admin'], 'track'); printed(h['tracks']['tech'], 'track')
    printed(f['training']['title'], 'training')
    for p in f['training']['paragraphs']:
        printed(p, 'training paragraph')
    for i in f['initiatives']:
        printed(i['title'], 'initiative'); printed(i['text'], 'initiative text')
    printed(f['supportTitle'], 'support title')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']:
            errs.append('support duration != durationText')
        printed(s['name'], 'support'); printed(s['durationText'], 'duration'); printed(s['text'], 'support text')
    for c in f['contacts']:
        printed(c['track'], 'contact heading'); printed(c['office'], 'office'); printed(c['hoursText'], 'hours')
        for t in c['telText'] + c['emailText']:
            printed(t, 'contact line')
        for m in c['email']:
            printed(m, 'e-mail')
            if not any(m in t for t in c['emailText']):
                errs.append(f'e-mail not on an e-mail line: {m}')
        if len(c['tel']) != len(c['telText']):
            errs.append('tel / telText count differ')
        for t, tt in zip(c['tel'], c['telText']):
            d1 = ''.join(ch for ch in nfkc(t) if ch.isdigit())
            d2 = ''.join(ch for ch in nfkc(tt.split('（')[0]) if ch.isdigit())
            if d1 != d2:
                errs.append(f'phone {t} != printed {tt}')
    acc = f['access']
    printed(acc['address'], 'address')
    if len(acc['routes']) != len(acc['routesText']):
        errs.append('routes / routesText count differ')
    for r, rt in zip(acc['routes'], acc['routesText']):
        printed(rt, 'route')
        if r.replace('『', '').replace('』', '') != rt:
            errs.append(f'route {r!r} is not its printed line {rt!r}')
        st = r.split('『')[1].split('』')[0]
        printed(st + '駅', 'stop')
    drawn = norm(E)
    got = checks(f, standin(f), drawn)
    if not all(ok for _, ok in got):
        errs.append(f'stand-in misses: {[n for n, ok in got if not ok]}')
    kinds = {n.split()[0] for n, _ in got}
    need = {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'office', 'route', 'support'}
    if not need <= kinds:
        errs.append(f'checks not reached: {need - kinds}')
    if any(ok for _, ok in checks(f, {}, drawn)):
        errs.append('an empty document scores')
    return errs


# ---------------------------------------------------------------- render
def render(pages, path, seed):
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1, pageCompression=0)
    c.setTitle('')
    rnd = random.Random(seed)
    for pg in pages:
        c.setLineWidth(0.6); c.setStrokeColor(GREY)
        for (x, y, w, h, fill) in pg.rects:
            c.setFillColor(fill); c.rect(x, y, w, h, stroke=0, fill=1)
        for (x1, y1, x2, y2) in pg.lines:
            c.line(x1, y1, x2, y2)
        items = list(pg.items)
        rnd.shuffle(items)
        for it in items:
            c.setFillColor(it['color'])
            if it['neg']:
                # negative font size in a 180-degree text matrix: upright on the page
                t = c.beginText()
                t.setFont(it['font'], -it['size'])
                t.setTextTransform(-1, 0, 0, -1, it['x'], it['y'])
                t.textOut(it['text'])
                c.drawText(t)
            else:
                c.setFont(it['font'], it['size'])
                c.drawString(it['x'], it['y'], it['text'])
        c.showPage()
    c.save()


def pdftext_check(path, pages):
    errs = []
    for pn, pg in enumerate(pages, 1):
        out = subprocess.run(['pdftotext', '-f', str(pn), '-l', str(pn), path, '-'], capture_output=True, text=True).stdout
        got = Counter(''.join(out.split()))
        want = Counter(''.join(''.join(it['text'].split()) for it in pg.items))
        if got != want:
            errs.append(f'p{pn}: pdftotext differs: +{dict(got - want)} -{dict(want - got)}')
    with open(path, 'rb') as fh:
        data = fh.read()
    nbt = data.count(b'BT')
    if nbt < sum(len(p.items) for p in pages):
        errs.append('fewer text objects than items')
    return errs


def expected_of(pages):
    return '\n\f\n'.join('\n'.join(p.expected) for p in pages) + '\n'


def make(key, write=True, mutate=None):
    cfg = CONFIG[key]
    f = cfg['facts']()
    pages = build(f, cfg)
    if mutate:
        f, pages = mutate(f, pages)
    exp = expected_of(pages)
    errs = check_layout(pages) + check_facts(f, exp)
    if errs:
        raise Refused('; '.join(errs[:6]))
    with tempfile.TemporaryDirectory() as td:
        a, b = os.path.join(td, 'a.pdf'), os.path.join(td, 'b.pdf')
        render(pages, a, cfg['seed']); render(pages, b, cfg['seed'])
        da, db = open(a, 'rb').read(), open(b, 'rb').read()
        if da != db:
            raise Refused('two renders differ')
        errs = pdftext_check(a, pages)
        if errs:
            raise Refused('; '.join(errs))
        if write:
            os.makedirs(OUT, exist_ok=True)
            base_ = os.path.join(OUT, cfg['file'])
            open(base_ + '.pdf', 'wb').write(da)
            open(base_ + '.expected.txt', 'w').write(exp)
            with open(base_ + '.facts.json', 'w') as fh:
                json.dump(f, fh, ensure_ascii=False, indent=2); fh.write('\n')
    return f, pages


# ---------------------------------------------------------------- self-test
def faults():
    def F(fn):
        def m(f, pages):
            f = copy.deepcopy(f); fn(f, pages); return f, pages
        return m
    def hr(f, i=0):
        return f['hiring']['rows'][i]
    def first_body(pages):
        return next(it for it in pages[0].items if not it['furn'])
    def add_item(pages, **kw):
        pages[0].items.append(dict(dict(first_body(pages)), **kw))
    return {
        'hiring total +1': F(lambda f, p: hr(f, 3)['total'].update(count=hr(f, 3)['total']['count'] + 1, text=str(hr(f, 3)['total']['count'] + 1))),
        'women total +1': F(lambda f, p: hr(f, 0)['total'].update(women=hr(f, 0)['total']['women'] + 1)),
        'track women +1': F(lambda f, p: hr(f, 4)['admin'].update(women=hr(f, 4)['admin']['women'] + 1)),
        'women above heads': F(lambda f, p: hr(f, 0)['admin'].update(women=99)),
        'assignment +1': F(lambda f, p: f['assignments']['rows'][0].update(admin=(f['assignments']['rows'][0]['admin'] or 0) + 1)),
        'exam count +1': F(lambda f, p: f['exams']['entries'][0]['breakdown'][0].update(count=f['exams']['entries'][0]['breakdown'][0]['count'] + 1)),
        'last category +1, total kept': F(lambda f, p: f['exams']['entries'][-1]['breakdown'][-1].update(count=f['exams']['entries'][-1]['breakdown'][-1]['count'] + 1)),
        'e-mail not printed': F(lambda f, p: f['contacts'][0]['email'].append('nobody@example.go.jp')),
        'women on the planned row': F(lambda f, p: hr(f, -1)['admin'].update(women=1)),
        'planned row first': F(lambda f, p: f['hiring']['rows'].insert(0, f['hiring']['rows'].pop())),
        'wrong era label': F(lambda f, p: hr(f, 1).update(label='令和9年度')),
        'printed count differs': F(lambda f, p: hr(f, 3)['admin'].update(text='99')),
        'colliding exam category': F(lambda f, p: f['exams']['entries'][-1]['breakdown'].append(dict(f['exams']['entries'][-1]['breakdown'][0]))),
        'duplicated unit': F(lambda f, p: f['assignments']['rows'].append(dict(f['assignments']['rows'][0]))),
        'route not printed': F(lambda f, p: f['access']['routes'].append('『架空』駅（架空線）から徒歩約1分')),
        'exam name with 院': F(lambda f, p: f['exams']['entries'][0].update(exam=f['exams']['entries'][0]['exam'] + '院')),
        'wrong phone': F(lambda f, p: f['contacts'][0].update(tel=['000-000-0000'])),
        'wrong cohort': F(lambda f, p: f['assignments'].update(cohortFiscalYear=2024)),
        'support name not printed': F(lambda f, p: f['supportSystems'][0].update(name='架空休暇')),
        '採用なし with a count': F(lambda f, p: [r['tech'].update(count=1) for r in f['hiring']['rows'] if r['tech']['text'] == '採用なし'] or hr(f, 2)['tech'].update(text='採用なし', count=1)),
        'overlapping item': F(lambda f, p: add_item(p)),
        'item in the edge margin': F(lambda f, p: add_item(p, x=5, y=400, text='余白')),
        'glyph the font lacks': F(lambda f, p: add_item(p, x=300, y=60, text='\U0001F600', font='IPAexM')),
        'line starting with 。': F(lambda f, p: p[0].expected.append('。あ') or add_item(p, x=300, y=60, text='。あ')),
        'extra expected character': F(lambda f, p: p[0].expected.append('余')),
        'body line made furniture': F(lambda f, p: first_body(p).update(furn=True)),
    }


def selftest(verbose):
    refused = total = 0
    for key in CONFIG:
        for name, m in faults().items():
            total += 1
            try:
                make(key, write=False, mutate=m)
                print(f'NOT REFUSED: {key}: {name}')
            except Refused as ex:
                refused += 1
                if verbose:
                    print(f'refused {key}: {name}: {str(ex)[:110]}')
    # an overflowing cell (scratch table)
    total += 1
    try:
        table(Page({'head': 'IPAexG', 'body': 'IPAexM'}), 50, 500, [30], [['とても長いセルの文字列']])
        print('NOT REFUSED: overflowing cell')
    except Refused:
        refused += 1
    print(f'{refused}/{total} refused')
    return refused == total


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    keys = [a for a in args if not a.startswith('-')] or list(CONFIG)
    for k in keys:
        f, pages = make(k)
        got = checks(f, standin(f), norm(expected_of(pages)))
        print(f'{CONFIG[k]["file"]}: {sum(len(p.items) for p in pages)} text items, {len(got)} fact checks')


if __name__ == '__main__':
    main()
