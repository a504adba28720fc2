#!/usr/bin/env python3
"""Blind holdout set 62: three NATIONAL public bodies (九州防衛局, 四国総合通信局, 室蘭工業大学).

Self-contained: a small page model in top-down coordinates, a ruled-table helper (cells may be
spanned from above), reportlab's canvas with invariant=1 and no page compression, the checks,
and a fault-injection self-test.

  python3 Fixtures/generate_holdout62.py                 # all three (deterministic)
  python3 Fixtures/generate_holdout62.py shikoku-soutsu  # one (kyushu-boei, shikoku-soutsu, muroran-it)
  python3 Fixtures/generate_holdout62.py --selftest -v   # every injected fault must be refused
"""
import copy, collections, io, json, os, random, subprocess, sys, tempfile, unicodedata

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

OUT = os.path.join(HERE, 'holdout62')
W, H = 595.28, 841.89
EDGE = 20
FONTS = {'M': '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf',
         'G': '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'}
for k, p in FONTS.items():
    pdfmetrics.registerFont(TTFont('IPAex' + k, p))
CMAP = {k: pdfmetrics.getFont('IPAex' + k).face.charToGlyph for k in FONTS}

ERA = lambda y: f'令和{y - 2018}年度'


class Refused(Exception):
    pass


# --------------------------------------------------------------------------- page model
class Page:
    def __init__(self):
        self.items = []      # dict(x, top, draw, exp, font, size, color, furniture)
        self.rects = []      # (x, top, w, h, fill, stroke)
        self.lines = []      # expected lines in reading order

    def text(self, x, top, s, font='M', size=9, color=(0, 0, 0), exp=True, align='left', draw=None,
             furniture=False, line=None):
        d = draw if draw is not None else s
        w = pdfmetrics.stringWidth(d, 'IPAex' + font, size)
        if align == 'right':
            x -= w
        elif align == 'center':
            x -= w / 2
        self.items.append(dict(x=x, top=top, draw=d, exp=s, font=font, size=size, color=color,
                               furniture=furniture, w=w))
        if exp and not furniture:
            self.lines.append(s if line is None else line)
        return w


def kangxi_map():
    # the CJK unified ideographs that a broken ToUnicode of some Japanese fonts maps to
    # KANGXI RADICALS (U+2F00 block): visually identical, NFKC folds them back
    pairs = '工⼯大⼤月⽉人⼈日⽇行⾏用⽤子⼦女⼥生⽣口⼝入⼊力⼒小⼩山⼭方⽅土⼟水⽔木⽊目⽬見⾒言⾔車⾞門⾨高⾼手⼿長⾧'
    return {pairs[i]: pairs[i + 1] for i in range(0, len(pairs), 2)}


class Brochure:
    def __init__(self, spec):
        self.spec = spec
        self.pages = []
        self.kx = kangxi_map() if spec.get('kangxi') else {}

    def D(self, s):
        return ''.join(self.kx.get(c, c) for c in s)

    def page(self):
        p = Page()
        self.pages.append(p)
        return p

    def t(self, p, x, top, s, **kw):
        return p.text(x, top, s, draw=self.D(s), **kw)

    def table(self, p, x, top, cols, rows, size=8.5, rowh=17, header_fill=(0.88, 0.9, 0.93),
              aligns=None):
        """rows: list of list of str|None (None = spanned from the cell above). Expected line per row."""
        tot = sum(cols)
        n = len(rows)
        p.rects.append((x, top, tot, rowh, header_fill, None))
        xs = [x]
        for c in cols:
            xs.append(xs[-1] + c)
        # rules: outer box, verticals, horizontals (skipping spanned columns)
        for xv in xs:
            p.rects.append(('vline', xv, top, top + n * rowh))
        p.rects.append(('hline', x, x + tot, top))
        for r in range(1, n + 1):
            yy = top + r * rowh
            if r < n:
                for ci in range(len(cols)):
                    if rows[r][ci] is not None:
                        p.rects.append(('hline', xs[ci], xs[ci + 1], yy))
            else:
                p.rects.append(('hline', x, x + tot, yy))
        for ri, row in enumerate(rows):
            cells = []
            for ci, cell in enumerate(row):
                cells.append(cell or '')
                if not cell:
                    continue
                font = 'G' if ri == 0 else 'M'
                d = self.D(cell)
                w = pdfmetrics.stringWidth(d, 'IPAex' + font, size)
                if w > cols[ci] - 6:
                    raise Refused(f'cell wider than its column: {cell!r}')
                al = (aligns or ['left'] * len(cols))[ci] if ri else 'center'
                if al == 'left':
                    cx = xs[ci] + 4
                elif al == 'right':
                    cx = xs[ci + 1] - 4 - w
                else:
                    cx = (xs[ci] + xs[ci + 1] - w) / 2
                p.text(cx, top + ri * rowh + rowh * 0.68, cell, font=font, size=size, draw=d, exp=False)
            p.lines.append('\t'.join(cells))
        return top + n * rowh


# --------------------------------------------------------------------------- content
def cell_plain(c, w, kind):
    if w is None:
        return str(c)
    if kind == 'dash' and w == 0:
        return f'{c}（－）'
    return f'{c}（{w}）'


SPECS = {}

SPECS['kyushu-boei'] = dict(
    name='kyushu-boei-2026', seed=6201, color=(0.13, 0.22, 0.42),
    parent='防衛省', org='九州防衛局', title='職員採用案内 2026', asOf='2026-04', asOfText='令和8年4月現在',
    lead=['九州7県の防衛施設の整備と、地域との調整を担う防衛省の地方支分部局です。'],
    tracks=('事務系', '技術系'), cellkind='dash',
    hiring=[(2021, (6, 2), (5, 0)), (2022, (5, 3), (6, 1)), (2023, (7, 2), (4, 1)),
            (2024, (6, 0), (7, 2)), (2025, (8, 3), (6, 1)), (2026, (7, None), (6, None))],
    hintro='採用者数の推移（単位：人）',
    hnote='※（ ）内は女性の数で内数です。「－」は女性の採用がなかったことを示します。',
    cohort=2025, aintro='令和7年度採用者の配属先（単位：人）',
    assign=[('総務部', 3, None), ('企画部', 2, None), ('調達部', 2, 1), ('施設部', None, 4), ('長崎防衛支局', 1, 1)],
    examTitle='令和8年度 採用予定', examStyle='joined',
    exams=[('事務系', '国家公務員採用一般職試験（大卒程度）', [('行政', 7)]),
           ('技術系', '国家公務員採用一般職試験（大卒程度）', [('建築', 3), ('電気・電子・情報', 2), ('機械', 1)])],
    training=['採用後は防衛省の新規採用職員研修で行政の基礎を学びます。',
              '技術系は施設整備の現場研修を経て各部に配属されます。'],
    initIntro='働き方改革の取組',
    inits=[('テレワークの推進', '本局・支局とも在宅勤務を活用しています。'),
           ('ペーパーレス化', '決裁と会議資料を電子化しました。')],
    supTitle='両立支援制度',
    sups=[('育児休業', '子が3歳に達するまで', '男性職員の取得も進んでいます。'),
          ('介護休暇', '6か月以内', '分割して取得できます。')],
    cheading='採用担当', office='九州防衛局 総務部 人事課', tel='092-483-8811', telText='TEL 092-483-8811（直通）',
    email='kyushu-saiyo@mod.go.jp', emailText='E-mail kyushu-saiyo@mod.go.jp', hours='受付 平日9時30分から17時まで',
    address='〒812-0013 福岡県福岡市博多区博多駅東2-10-7 福岡第2合同庁舎',
    routes=['JR各線『博多』駅筑紫口から徒歩約10分', '地下鉄空港線『東比恵』駅から徒歩約8分'],
    routeStyle='plain',
    decoys={'hiring': 'a zero women count is printed as （－） (with a note), not （0）',
            'exams': 'each track has ONE breakdown cell listing its categories with counts joined by 、 (建築3名、電気・電子・情報2名、機械1名)'},
)

SPECS['shikoku-soutsu'] = dict(
    name='shikoku-soutsu-2026', seed=6202, color=(0.05, 0.45, 0.42),
    parent='総務省', org='四国総合通信局', title='職員採用案内 2026', asOf='2026-04',
    asOfText='令和8年4月1日（水）現在',
    lead=['四国4県の電波監理と情報通信の振興を担う総務省の地方支分部局です。'],
    tracks=('事務系', '技術系'), cellkind='plain',
    hiring=[(2021, (2, 1), (4, 1)), (2022, (3, 2), (3, 0)), (2023, (2, 0), (5, 2)),
            (2024, (3, 1), (4, 1)), (2025, (2, 1), (5, 1)), (2026, (3, None), (4, None))],
    hintro='採用者数の推移（単位：人）',
    hnote='※（ ）内は女性の数で内数です。令和8年度は予定数です。',
    cohort=2025, aintro='令和7年度採用者の配属先（1マス＝1人）',
    assign=[('総務部', 1, None), ('情報通信部', 1, 1), ('無線通信部', None, 4)],
    assignStyle='marks', legend='■＝事務系1人 □＝技術系1人',
    examTitle='令和8年度 採用予定', examStyle='rows',
    exams=[('事務系', '国家公務員採用一般職試験（大卒程度）', [('行政', 3)]),
           ('技術系', '国家公務員採用一般職試験（大卒程度）', [('電気・電子・情報', 3), ('物理', 1)])],
    training=['採用後は総務省の研修所で情報通信行政の基礎を学びます。',
              '技術系は電波監視の実習を経て各部に配属されます。'],
    initIntro='職場の取組',
    inits=[('フレックスタイム', '始業を7時30分から選べます。'),
           ('オンライン会議', '県をまたぐ会議はオンラインが基本です。')],
    supTitle='子育て・介護の支援',
    sups=[('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
          ('育児短時間勤務', '小学校就学まで', '週19時間25分からの勤務も選べます。')],
    cheading='お問い合わせ', office='四国総合通信局 総務部 総務課', tel='089-936-5010', telText='TEL 089-936-5010',
    email='shikoku-saiyo@soumu.go.jp', emailText='E-mail shikoku-saiyo@soumu.go.jp', hours='受付 平日8時30分から17時15分まで',
    address='〒790-8795 愛媛県松山市味酒町2-14-4',
    routes=['JR予讃線『松山』駅から徒歩約10分', '伊予鉄道『宮田町』駅から徒歩約5分'],
    routeStyle='plain',
    decoys={'edition': 'the edition carries a day and a weekday: 令和8年4月1日（水）現在',
            'assignments': 'assignment counts are pictogram marks in one cell (■ = one 事務系, □ = one 技術系), with a legend'},
)

SPECS['muroran-it'] = dict(
    name='muroran-it-2026', seed=6203, color=(0.35, 0.2, 0.45), kangxi=True,
    parent='国立大学法人', org='室蘭工業大学', title='事務職員・技術職員採用案内 2026', asOf='2026-04',
    asOfText='令和8年4月現在',
    lead=['ものづくりと地域の工学教育を支える北海道の国立大学です。'],
    tracks=('事務職員', '技術職員'), cellkind='plain',
    hiring=[(2021, (8, 4), (2, 0)), (2022, (7, 3), (3, 1)), (2023, (9, 5), (2, 1)),
            (2024, (6, 3), (3, 0)), (2025, (8, 4), (3, 1)), (2026, (8, None), (3, None))],
    hintro='採用者数の推移（単位：人）',
    hnote='※（ ）内は女性の数で内数です。令和8年度は予定数です。',
    cohort=2025, aintro='令和7年度採用者の配属先（単位：人）',
    assign=[('総務広報課', 2, None), ('財務課', 2, None), ('学務課', 2, None), ('研究協力課', 2, None),
            ('施設課', None, 3)],
    examTitle='令和8年度 採用予定', examStyle='rows',
    exams=[('事務職員', '国立大学法人等職員採用試験（北海道地区）', [('事務', 8)]),
           ('技術職員', '国立大学法人等職員採用試験（北海道地区）', [('建築', 1), ('電気', 1), ('機械', 1)])],
    training=['採用後は新任職員研修で大学運営の基礎を学びます。',
              '北海道地区の国立大学と合同の階層別研修もあります。'],
    initIntro='働きやすい職場づくり',
    inits=[('時差出勤', '始業時刻を30分単位で選べます。'),
           ('年次休暇の計画取得', '夏季と年末に連続休暇を取りやすくしています。')],
    supTitle='両立支援制度',
    sups=[('育児休業', '子が3歳に達するまで', '男性職員も取得しています。'),
          ('介護休業', '通算93日まで', '3回まで分割できます。')],
    cheading='採用担当', office='室蘭工業大学 総務広報課 人事係', tel='0143-46-5022', telText='TEL 0143-46-5022',
    email='jinji@muroran-it.ac.jp', emailText='E-mail jinji@muroran-it.ac.jp', hours='受付 平日8時30分から17時15分まで',
    address='〒050-8585 北海道室蘭市水元町27-1',
    routes=['JR室蘭本線『東室蘭』駅 ⇒ 道南バス約15分 ⇒ 工大前下車', 'JR室蘭本線『室蘭』駅 ⇒ 道南バス約10分 ⇒ 工大前下車'],
    routeStyle='arrows',
    decoys={'text layer': 'the ToUnicode of both fonts maps 工 大 月 人 日 行 用 子 女 生 口 入 力 小 山 方 土 水 木 目 見 言 車 門 高 手 長 to KANGXI RADICALS (U+2F00 block): the organisation is 室蘭⼯業⼤学 in the text layer',
            'access': 'each route is a chain: line and station ⇒ bus and minutes ⇒ stop 下車'},
)


def route_text(r):
    return r.replace('『', '').replace('』', '')


def cells(spec, row):
    y, a, t = row
    kind = spec['cellkind']
    if a[1] is None:
        return [f'{ERA(y)}（予定）', str(a[0]), str(t[0]), str(a[0] + t[0])]
    return [ERA(y), cell_plain(a[0], a[1], kind), cell_plain(t[0], t[1], kind),
            cell_plain(a[0] + t[0], a[1] + t[1], kind)]


# --------------------------------------------------------------------------- layout
def build(spec):
    b = Brochure(spec)
    L, R = 52, W - 52
    col = spec['color']
    # ---- page 1
    p = b.page()
    p.rects.append((0, 0, W, 118, col, None))
    b.t(p, L, 40, spec['parent'], font='G', size=11, color=(1, 1, 1))
    b.t(p, L, 72, spec['org'], font='G', size=24, color=(1, 1, 1))
    b.t(p, L, 100, spec['title'], font='G', size=12, color=(1, 1, 1))
    b.t(p, R, 140, spec['asOfText'], size=9, align='right')
    y = 166
    for s in spec['lead']:
        b.t(p, L, y, s, size=10)
        y += 16
    y += 14
    b.t(p, L, y, '採用実績', font='G', size=13, color=col)
    y += 20
    b.t(p, L, y, spec['hintro'], size=9)
    y += 8
    rows = [['年度', spec['tracks'][0], spec['tracks'][1], '計']] + [cells(spec, r) for r in spec['hiring']]
    y = b.table(p, L, y, [130, 110, 110, 110], rows, aligns=['left', 'right', 'right', 'right'])
    y += 16
    b.t(p, L, y, spec['hnote'], size=8.5)
    y += 34
    b.t(p, L, y, '配属実績', font='G', size=13, color=col)
    y += 20
    b.t(p, L, y, spec['aintro'], size=9)
    y += 8
    if spec.get('assignStyle') == 'marks':
        arows = [['配属先', '配属人数']] + [[u, '■' * (a or 0) + '□' * (t or 0)] for u, a, t in spec['assign']]
        y = b.table(p, L, y, [160, 200], arows, aligns=['left', 'left'])
        y += 16
        b.t(p, L, y, spec['legend'], size=8.5)
    else:
        dash = lambda v: str(v) if v else '－'
        arows = [['配属先', spec['tracks'][0], spec['tracks'][1]]] + [[u, dash(a), dash(t)] for u, a, t in spec['assign']]
        y = b.table(p, L, y, [160, 100, 100], arows, aligns=['left', 'right', 'right'])
    b.t(p, W / 2, H - 28, '- 1 -', size=8, align='center', furniture=True)
    # ---- page 2
    p = b.page()
    p.rects.append((0, 0, W, 14, col, None))
    y = 56
    b.t(p, L, y, '試験区分', font='G', size=13, color=col)
    y += 20
    b.t(p, L, y, spec['examTitle'], size=9)
    y += 8
    if spec['examStyle'] == 'joined':
        erows = [['区分', '試験', '試験区分・採用予定数']]
        for tr, ex, br in spec['exams']:
            erows.append([tr, ex, '、'.join(f'{c}{n}名' for c, n in br)])
        y = b.table(p, L, y, [60, 190, 241], erows)
    else:
        erows = [['区分', '試験', '試験区分', '予定数']]
        for tr, ex, br in spec['exams']:
            for i, (c, n) in enumerate(br):
                erows.append([tr if i == 0 else None, ex if i == 0 else None, c, f'{n}名'])
        y = b.table(p, L, y, [70, 230, 120, 60], erows, aligns=['left', 'left', 'left', 'right'])
    y += 34
    b.t(p, L, y, '研修', font='G', size=13, color=col)
    y += 20
    for s in spec['training']:
        b.t(p, L, y, s, size=9.5)
        y += 15
    y += 18
    b.t(p, L, y, spec['initIntro'], font='G', size=13, color=col)
    y += 20
    for tt, tx in spec['inits']:
        b.t(p, L, y, tt, font='G', size=10)
        y += 15
        b.t(p, L + 10, y, tx, size=9)
        y += 18
    y += 12
    b.t(p, L, y, spec['supTitle'], font='G', size=13, color=col)
    y += 20
    for nm, du, tx in spec['sups']:
        b.t(p, L, y, f'●{nm}（{du}）', font='G', size=10)
        y += 15
        b.t(p, L + 10, y, tx, size=9)
        y += 18
    y += 12
    b.t(p, L, y, spec['cheading'], font='G', size=13, color=col)
    y += 20
    for s in (spec['office'], spec['telText'], spec['emailText'], spec['hours']):
        b.t(p, L, y, s, size=9.5)
        y += 15
    y += 18
    b.t(p, L, y, 'アクセス', font='G', size=13, color=col)
    y += 20
    b.t(p, L, y, spec['address'], size=9.5)
    y += 15
    for r in spec['routes']:
        b.t(p, L, y, route_text(r), size=9.5)
        y += 15
    if y > H - 50:
        raise Refused('page 2 overflows the bottom margin')
    b.t(p, W / 2, H - 28, '- 2 -', size=8, align='center', furniture=True)
    return b


# --------------------------------------------------------------------------- facts
def facts_of(spec):
    ta, tt = spec['tracks']
    rows = []
    for y, a, t in spec['hiring']:
        planned = a[1] is None
        def c(n, w):
            d = {'count': n, 'text': str(n), 'women': w}
            if w is not None:
                d['womenText'] = '－' if (spec['cellkind'] == 'dash' and w == 0) else str(w)
            return d
        rows.append({'fiscalYear': y, 'label': ERA(y), 'labelText': ERA(y) + ('（予定）' if planned else ''),
                     'planned': planned,
                     'total': c(a[0] + t[0], None if planned else a[1] + t[1]),
                     'admin': c(a[0], a[1]), 'tech': c(t[0], t[1])})
    return {
        'organization': spec['org'],
        'document': f"{spec['org']} {spec['title']}",
        'edition': {'year': int(spec['asOf'][:4]), 'asOf': spec['asOf'], 'asOfText': spec['asOfText']},
        'lead': {'title': '', 'text': list(spec['lead'])},
        'hiring': {'intro': [spec['hintro']], 'note': [spec['hnote']], 'tracks': {'admin': ta, 'tech': tt},
                   'textSynthesised': False,
                   'layout': f'ruled 年度 | {ta} | {tt} | 計, planned row last',
                   'rows': rows},
        'assignments': {'cohortFiscalYear': spec['cohort'], 'intro': spec['aintro'],
                        'tracks': {'admin': ta, 'tech': tt},
                        'layout': ('ruled 配属先 | 配属人数, counts as marks ■ (事務系) and □ (技術系)'
                                   if spec.get('assignStyle') == 'marks' else f'ruled 配属先 | {ta} | {tt}'),
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in spec['assign']]},
        'exams': {'title': spec['examTitle'], 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': ('ruled 区分 | 試験 | 試験区分・採用予定数 (categories joined by 、 in one cell)'
                             if spec['examStyle'] == 'joined' else
                             'ruled 区分 | 試験 | 試験区分 | 予定数 (track and exam cells span their rows)'),
                  'entries': [{'track': tr, 'exam': ex, 'text': '',
                               'breakdown': [{'category': c, 'count': n} for c, n in br],
                               'total': sum(n for _, n in br)} for tr, ex, br in spec['exams']]},
        'training': {'title': '研修', 'paragraphs': list(spec['training'])},
        'initiatives': [{'title': a, 'text': b} for a, b in spec['inits']],
        'initiativesIntro': spec['initIntro'],
        'supportTitle': spec['supTitle'],
        'supportSystems': [{'name': n, 'duration': d, 'durationText': d, 'text': t} for n, d, t in spec['sups']],
        'contacts': [{'track': spec['cheading'], 'office': spec['office'], 'tel': [spec['tel']],
                      'email': [spec['email']], 'location': '', 'telText': [spec['telText']],
                      'emailText': [spec['emailText']], 'hoursText': spec['hours']}],
        'access': {'address': spec['address'], 'routes': list(spec['routes']), 'routesSynthesised': False,
                   'routesText': [route_text(r) for r in spec['routes']]},
        'keyFigures': [],
        'decoys': dict(spec['decoys']),
    }


def standin(facts):
    """The document an ideal extractor would give, built from the facts."""
    h = facts['hiring']['rows']
    cnt = lambda d: {'count': d['count'], 'women': d.get('women')}
    return {
        'organization': facts['organization'],
        'edition': {'asOf': facts['edition']['asOf']},
        'sections': {
            'hiring': {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'], 'total': cnt(r['total']),
                                 'administrative': cnt(r['admin']), 'technical': cnt(r['tech'])} for r in h]},
            'assignments': {'cohortFiscalYear': facts['assignments']['cohortFiscalYear'],
                            'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0,
                                      'technical': r['tech'] or 0} for r in facts['assignments']['rows']]},
            'examBreakdown': {'entries': [{'track': track(e['track']), 'level': level(e['exam']),
                                           'category': b['category'], 'count': b['count']}
                                          for e in facts['exams']['entries'] for b in e['breakdown']]},
            'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']}
                         for c in facts['contacts']],
            'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in facts['access']['routes']]},
            'initiatives': [{'title': i['title']} for i in facts['initiatives']],
            'supportSystems': [{'name': s['name']} for s in facts['supportSystems']],
        }}


def check_facts(facts, lines, spec):
    errs = []
    E = lambda m: errs.append(m)
    allt = '\n'.join(lines)
    lineset = set(lines)
    drawn = norm(allt)
    if facts['organization'] not in lineset: E('organisation not a printed line')
    for pre in ('独立行政法人', '国立研究開発法人', '国立大学法人'):
        if facts['organization'].startswith(pre): E('organisation keeps a legal form')
    ed = facts['edition']
    if ed['asOfText'] not in lineset: E('edition not printed')
    yy = int(ed['asOfText'].split('令和')[1].split('年')[0]) + 2018
    mm = int(ed['asOfText'].split('年')[1].split('月')[0])
    if ed['asOf'] != f'{yy}-{mm:02d}' or ed['year'] != yy: E('asOf differs from the printed edition')
    rows = facts['hiring']['rows']
    for i, r in enumerate(rows):
        t, a, k = r['total'], r['admin'], r['tech']
        if t['count'] != a['count'] + k['count']: E(f'{r["labelText"]} total != admin + tech')
        if r['planned']:
            if any(x.get('women') is not None for x in (t, a, k)): E('planned women not null')
        else:
            if t['women'] != a['women'] + k['women']: E(f'{r["labelText"]} women total != sum')
            for x in (t, a, k):
                if not 0 <= x['women'] <= x['count']: E('women out of range')
        for x in (t, a, k):
            if x['text'] != str(x['count']): E('text != count')
            if x.get('women') is not None:
                wt = x.get('womenText')
                if wt is None: E('womenText missing'); continue
                if (wt == '－' and x['women'] != 0) or (wt != '－' and int(wt) != x['women']): E('womenText != women')
        if r['label'] != ERA(r['fiscalYear']): E('label is not the era label')
        if r['labelText'] != r['label'] + ('（予定）' if r['planned'] else ''): E('labelText')
        if i and r['fiscalYear'] != rows[i - 1]['fiscalYear'] + 1: E('years not consecutive')
        def cf(x):
            if x.get('women') is None: return str(x['count'])
            return f"{x['text']}（{x.get('womenText', '?')}）"
        want = '\t'.join([r['labelText'], cf(a), cf(k), cf(t)])
        if lines.count(want) != 1: E(f'hiring row not printed once: {want!r}')
    if sum(r['planned'] for r in rows) != 1 or not rows[-1]['planned']: E('planned row not exactly one, last')
    planned = rows[-1]['fiscalYear']
    if planned != ed['year'] or planned != facts['exams']['fiscalYear']: E('planned year != edition / exam year')
    a = facts['assignments']
    cohort = a['cohortFiscalYear']
    if cohort != planned - 1: E('cohort is not the last actual year')
    if ERA(cohort) not in a['intro']: E('cohort not named in the intro')
    crow = next((r for r in rows if r['fiscalYear'] == cohort), None)
    if crow is None: E('cohort has no hiring row')
    else:
        if sum(r['admin'] or 0 for r in a['rows']) != crow['admin']['count']: E('assignment admin sum')
        if sum(r['tech'] or 0 for r in a['rows']) != crow['tech']['count']: E('assignment tech sum')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units): E('duplicate unit')
    for r in a['rows']:
        if not (r['admin'] or r['tech']): E('zero assignment row')
        if spec.get('assignStyle') == 'marks':
            want = r['unit'] + '\t' + '■' * (r['admin'] or 0) + '□' * (r['tech'] or 0)
        else:
            d = lambda v: str(v) if v else '－'
            want = '\t'.join([r['unit'], d(r['admin']), d(r['tech'])])
        if want not in lineset: E(f'assignment row not printed: {want!r}')
    keys = set()
    for e in facts['exams']['entries']:
        if '院' in e['exam'] or any('院' in b['category'] for b in e['breakdown']): E('院 in an exam name')
        if track(e['track']) == 'other': E('exam track maps to other')
        if e['total'] != sum(b['count'] for b in e['breakdown']): E('exam total != categories')
        key_t = 'admin' if track(e['track']) == 'administrative' else 'tech'
        if e['total'] != rows[-1][key_t]['count']: E('exam categories != planned hires')
        for b in e['breakdown']:
            k = (track(e['track']), level(e['exam']), norm(b['category']))
            if k in keys: E('colliding exam category')
            keys.add(k)
            if f"{b['category']}{b['count']}名" not in drawn and not any(
                    l.endswith(f"{b['category']}\t{b['count']}名") for l in lines):
                E(f'exam category not printed: {b["category"]}')
    for s in facts['support' + 'Systems']:
        if s['duration'] != s['durationText']: E('duration != durationText')
        if f"●{s['name']}（{s['durationText']}）" not in lineset: E(f'support not printed: {s["name"]}')
        if s['text'] not in lineset: E('support text not printed')
    for i in facts['initiatives']:
        if i['title'] not in lineset or i['text'] not in lineset: E(f'initiative not printed: {i["title"]}')
    for s in (facts['hiring']['intro'] + facts['hiring']['note'] + [a['intro'], facts['exams']['title'],
              facts['initiativesIntro'], facts['supportTitle']] + facts['training']['paragraphs'] + facts['lead']['text']):
        if s not in lineset: E(f'string not printed: {s!r}')
    for c in facts['contacts']:
        for s in [c['track'], c['office'], c['hoursText']] + c['telText'] + c['emailText']:
            if s not in lineset: E(f'contact line not printed: {s!r}')
        for t, tt in zip(c['tel'], c['telText']):
            if t.replace('-', '') != ''.join(ch for ch in tt.split('（')[0] if ch.isdigit()): E('phone != printed')
        for m, mt in zip(c['email'], c['emailText']):
            if m not in mt: E('e-mail not on its line')
    acc = facts['access']
    if acc['address'] not in lineset: E('address not printed')
    for r, rt in zip(acc['routes'], acc['routesText']):
        if '『' not in r or not r.split('』')[1].startswith('駅'): E('route stop not 『』駅')
        if route_text(r) != rt or rt not in lineset: E(f'route not printed: {r!r}')
    # the scorer itself: the stand-in gets everything, an empty document nothing
    res = checks(facts, standin(facts), drawn)
    if not all(ok for _, ok in res): E('stand-in misses: ' + ', '.join(n for n, ok in res if not ok))
    kinds = {n.split(' ')[0] for n, _ in res}
    for k in ('organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route',
              'initiative', 'support'):
        if k not in kinds: E(f'no {k} check reached')
    if any(ok for _, ok in checks(facts, {}, drawn)): E('the empty document scores')
    return errs


# --------------------------------------------------------------------------- render + layout checks
def ink(it):
    return (it['x'], it['top'] - it['size'] * 0.88, it['x'] + it['w'], it['top'] + it['size'] * 0.12)


def check_layout(b):
    errs = []
    for pi, p in enumerate(b.pages):
        boxes = []
        for it in p.items:
            for ch in it['draw']:
                if ord(ch) not in CMAP[it['font']]: errs.append(f'p{pi+1}: glyph missing {ch!r}')
                if ch == '\u3000': errs.append(f'p{pi+1}: U+3000')
            x0, y0, x1, y1 = ink(it)
            if x0 < EDGE or y0 < EDGE or x1 > W - EDGE or y1 > H - EDGE: errs.append(f'p{pi+1}: in the edge margin: {it["exp"]}')
            boxes.append((x0, y0, x1, y1, it['exp']))
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, c = boxes[i], boxes[j]
                if a[0] < c[2] and c[0] < a[2] and a[1] < c[3] and c[1] < a[3]:
                    errs.append(f'p{pi+1}: overlap {a[4]!r} / {c[4]!r}')
        body = collections.Counter(''.join(unicodedata.normalize('NFKC', it['draw']) for it in p.items
                                           if not it['furniture']).replace(' ', ''))
        exp = collections.Counter(''.join(unicodedata.normalize('NFKC', l) for l in p.lines).replace(' ', '').replace('\t', ''))
        if body != exp: errs.append(f'p{pi+1}: drawn text != expected text: {(body - exp) + (exp - body)}')
        furn = {it['exp'] for it in p.items if it['furniture']}
        if furn & set(p.lines): errs.append(f'p{pi+1}: furniture in the expected text')
        for l in p.lines:
            if l and l[0] in '。、）」』・ー': errs.append(f'p{pi+1}: line starts with kinsoku {l!r}')
    return errs


def render(b):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
    c.setTitle(b.spec['org'] + ' ' + b.spec['title'])
    c.setAuthor(b.spec['org'])
    rnd = random.Random(b.spec['seed'])
    for p in b.pages:
        for r in p.rects:
            if r[0] == 'vline':
                c.setStrokeColorRGB(0.3, 0.3, 0.3); c.setLineWidth(0.6); c.line(r[1], H - r[2], r[1], H - r[3])
            elif r[0] == 'hline':
                c.setStrokeColorRGB(0.3, 0.3, 0.3); c.setLineWidth(0.6); c.line(r[1], H - r[3], r[2], H - r[3])
            else:
                x, top, w, h, fill, _ = r
                c.setFillColorRGB(*fill); c.rect(x, H - top - h, w, h, stroke=0, fill=1)
        order = list(range(len(p.items)))
        rnd.shuffle(order)
        for i in order:
            it = p.items[i]
            c.setFillColorRGB(*it['color'])
            c.setFont('IPAex' + it['font'], it['size'])
            c.drawString(it['x'], H - it['top'], it['draw'])
        c.showPage()
    c.save()
    return buf.getvalue()


def pdftotext_check(pdf, b):
    errs = []
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(pdf); f.flush()
        for pi, p in enumerate(b.pages):
            out = subprocess.run(['pdftotext', '-f', str(pi + 1), '-l', str(pi + 1), f.name, '-'],
                                 capture_output=True, text=True).stdout
            got = collections.Counter(''.join(out.split()))
            want = collections.Counter(''.join(''.join(it['draw'] for it in p.items).split()))
            if got != want: errs.append(f'p{pi+1}: pdftotext differs: {(got - want) + (want - got)}')
    n_bt = pdf.count(b'BT ') + pdf.count(b'BT\n')
    if n_bt < sum(len(p.items) for p in b.pages): errs.append('fewer text objects than items')
    return errs


def make(key, write=True, mutate=None, layout_mutate=None):
    spec = copy.deepcopy(SPECS[key])
    b = build(spec)
    if layout_mutate: layout_mutate(b)
    facts = facts_of(spec)
    if mutate: mutate(facts)
    lines = [l for p in b.pages for l in p.lines]
    errs = check_layout(b) + check_facts(facts, lines, spec)
    if errs: raise Refused('; '.join(errs[:6]))
    pdf = render(b)
    if render(build(copy.deepcopy(SPECS[key]))) != pdf: raise Refused('two renders differ')
    errs = pdftotext_check(pdf, b)
    if errs: raise Refused('; '.join(errs))
    if write:
        os.makedirs(OUT, exist_ok=True)
        name = spec['name']
        open(os.path.join(OUT, name + '.pdf'), 'wb').write(pdf)
        open(os.path.join(OUT, name + '.expected.txt'), 'w').write('\n\f\n'.join('\n'.join(p.lines) for p in b.pages) + '\n')
        json.dump(facts, open(os.path.join(OUT, name + '.facts.json'), 'w'), ensure_ascii=False, indent=2)
        open(os.path.join(OUT, name + '.facts.json'), 'a').write('\n')
        res = checks(facts, standin(facts), norm('\n'.join(lines)))
        print(f'{name}: {len(b.pages)} pages, {sum(len(p.items) for p in b.pages)} text items, '
              f'{len(res)} fact checks, stand-in {sum(ok for _, ok in res)}/{len(res)}')


# --------------------------------------------------------------------------- self-test
def faults():
    def hrow(i): return lambda f: f['hiring']['rows'][i]
    F = []
    def add(name, fn=None, lay=None): F.append((name, fn, lay))
    def m_total(f): f['hiring']['rows'][1]['total']['count'] += 1; f['hiring']['rows'][1]['total']['text'] = str(f['hiring']['rows'][1]['total']['count'])
    add('hiring total +1', m_total)
    def m_wt(f): f['hiring']['rows'][2]['total']['women'] += 1
    add('women total +1', m_wt)
    def m_wa(f): r = f['hiring']['rows'][0]; r['admin']['women'] += 1; r['total']['women'] += 1
    add('track women +1 (sum kept)', m_wa)
    def m_wmax(f): r = f['hiring']['rows'][3]; r['tech']['women'] = r['tech']['count'] + 1; r['total']['women'] = r['admin']['women'] + r['tech']['women']
    add('women above heads', m_wmax)
    def m_pw(f): f['hiring']['rows'][-1]['admin']['women'] = 0
    add('women on the planned row', m_pw)
    def m_pf(f): f['hiring']['rows'].insert(0, f['hiring']['rows'].pop())
    add('planned row first', m_pf)
    def m_lab(f): f['hiring']['rows'][1]['label'] = '令和5年度'
    add('wrong era label', m_lab)
    def m_text(f): f['hiring']['rows'][4]['admin']['text'] = '9'
    add('printed text differs', m_text)
    def m_as(f): r = f['assignments']['rows'][0]; r['admin'] = (r['admin'] or 0) + 1
    add('assignment +1', m_as)
    def m_co(f): f['assignments']['cohortFiscalYear'] -= 1
    add('wrong cohort', m_co)
    def m_du(f): f['assignments']['rows'].append(dict(f['assignments']['rows'][0], admin=0, tech=0))
    add('duplicated unit', m_du)
    def m_ex(f): e = f['exams']['entries'][0]; e['breakdown'][0]['count'] += 1; e['total'] += 1
    add('exam count +1 with total', m_ex)
    def m_ex2(f): e = f['exams']['entries'][1]; e['breakdown'][-1]['count'] += 1
    add('last category +1, total kept', m_ex2)
    def m_in(f): f['exams']['entries'][1]['exam'] = '国家公務員採用総合職試験（大学院卒者試験）'
    add('exam name with 院', m_in)
    def m_col(f): e = f['exams']['entries'][1]; e['breakdown'].append(dict(e['breakdown'][0], count=0))
    add('colliding category', m_col)
    def m_em(f): f['contacts'][0]['email'][0] = 'x' + f['contacts'][0]['email'][0]
    add('e-mail not printed', m_em)
    def m_of(f): f['contacts'][0]['office'] += '係'
    add('office not printed', m_of)
    def m_rt(f): f['access']['routes'][0] = f['access']['routes'][0].replace('『', '『新')
    add('route not printed', m_rt)
    def m_su(f): f['supportSystems'][0]['name'] += '制度'
    add('support name not printed', m_su)
    def m_it(f): f['initiatives'][0]['title'] = f['initiatives'][0]['title'][:-1]
    add('initiative not printed', m_it)
    def m_org(f): f['organization'] = f['organization'][:-1]
    add('organisation not printed', m_org)
    def m_lf(f): f['organization'] = '独立行政法人' + f['organization']
    add('organisation with a legal form', m_lf)
    def m_ph(f): f['contacts'][0]['tel'][0] = f['contacts'][0]['tel'][0][:-1] + '9'
    add('wrong phone', m_ph)
    def m_ao(f): f['edition']['asOf'] = '2026-05'
    add('wrong asOf', m_ao)
    def m_ey(f): f['edition']['year'] = 2025
    add('wrong edition year', m_ey)
    def m_dur(f): f['supportSystems'][1]['duration'] = '1年'
    add('duration != durationText', m_dur)
    def l_ov(b): b.pages[0].items.append(dict(b.pages[0].items[3]))
    add('overlapping copy of an item', lay=l_ov)
    def l_edge(b): it = b.pages[1].items[0]; it['x'] = 5
    add('item in the edge margin', lay=l_edge)
    def l_emoji(b): it = b.pages[1].items[-2]; it['draw'] += '😀'; it['exp'] += '😀'
    add('a glyph the font lacks', lay=l_emoji)
    def l_kin(b): b.pages[1].lines.append('。')
    add('line starting with 。', lay=l_kin)
    def l_extra(b): b.pages[0].lines[1] += '追'
    add('extra expected character', lay=l_extra)
    def l_furn(b): b.pages[0].items[1]['furniture'] = True
    add('body line made furniture', lay=l_furn)
    return F


def selftest(verbose):
    refused = total = 0
    for key in SPECS:
        for name, fn, lay in faults():
            total += 1
            try:
                make(key, write=False, mutate=fn, layout_mutate=lay)
                print(f'NOT REFUSED {key}: {name}')
            except Refused as e:
                refused += 1
                if verbose: print(f'refused {key}: {name}: {str(e)[:110]}')
    # an overflowing cell
    total += 1
    try:
        b = Brochure({}); b.table(b.page(), 50, 50, [20], [['とても長いセルの文字列']])
        print('NOT REFUSED overflowing cell')
    except Refused:
        refused += 1
    print(f'{refused}/{total} faults refused')
    return refused == total


if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    if '--selftest' in sys.argv:
        sys.exit(0 if selftest('-v' in sys.argv) else 1)
    for key in (args or SPECS):
        make(key)
