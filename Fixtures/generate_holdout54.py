#!/usr/bin/env python3
"""Blind holdout set 54: three Japanese public-body recruitment brochures.

Writes Fixtures/holdout54/NAME-2026.{pdf,expected.txt,facts.json} for
  matsumoto  松本市 (municipality)                 A4 portrait, 2 pp
  ncvc       国立循環器病研究センター (national institute)  A4 portrait p1 + A4 LANDSCAPE p2
  miyazaki   宮崎大学医学部附属病院 (university hospital)   A4 portrait, 2 pp

Self-contained (reportlab canvas, invariant=1, no page compression, IPAex fonts), deterministic.
  python3 Fixtures/generate_holdout54.py               # all three
  python3 Fixtures/generate_holdout54.py ncvc          # one
  python3 Fixtures/generate_holdout54.py --selftest -v # fault injection: every fault must be refused
"""
import copy, io, json, os, random, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout54')
sys.path.insert(0, os.path.join(HERE, '..', 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

GOTHIC, MINCHO = 'IPAexGothic', 'IPAexMincho'
pdfmetrics.registerFont(TTFont(GOTHIC, '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont(MINCHO, '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
EDGE = 20.0
KINSOKU = '。、）」』．，ー・：；！？'


class Refused(Exception):
    pass


def need(ok, msg):
    if not ok:
        raise Refused(msg)


def W(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def fw(n):
    """full-width digits"""
    return str(n).translate(str.maketrans('0123456789', '０１２３４５６７８９'))


def era(fy):
    n = fy - 2018
    return '令和元年度' if n == 1 else f'令和{n}年度'


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.items = []      # text items
        self.gfx = []        # ('rect', x, y, w, h, fill, stroke, lw) / ('line', x0, y0, x1, y1, lw, dash)
        self.lines = []      # expected lines

    def text(self, x, y, s, font=MINCHO, size=9, line=True, align='l', mode=0, furn=False, cell=None, color=(0, 0, 0)):
        w = W(s, font, size)
        if align == 'r':
            x -= w
        elif align == 'c':
            x -= w / 2
        self.items.append(dict(x=x, y=y, s=s, font=font, size=size, mode=mode, furn=furn, cell=cell, color=color))
        if line and not furn:
            self.lines.append(s)
        return w

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        self.gfx.append(('rect', x, y, w, h, fill, stroke, lw))

    def rule(self, x0, y0, x1, y1, lw=0.5, dash=None):
        self.gfx.append(('line', x0, y0, x1, y1, lw, dash))

    def heading(self, x, y, s, outlined=False, size=13):
        if outlined:   # stroke-only (text render mode 1), hollow letters
            self.text(x, y, s, GOTHIC, size, mode=1)
        else:
            self.rect(x, y - 3, 3, size, fill=(0.1, 0.35, 0.55))
            self.text(x + 7, y, s, GOTHIC, size)

    def para(self, x, y, lines, font=MINCHO, size=9, lead=13.5, width=None):
        for ln in lines:
            if width is not None:
                need(W(ln, font, size) <= width, f'paragraph line too wide: {ln}')
            self.text(x, y, ln, font, size)
            y -= lead
        return y

    def table(self, x, ytop, colw, rows, rowh=20, font=MINCHO, size=9, aligns=None, head_fill=(0.88, 0.92, 0.96),
              hfont=GOTHIC):
        """rows: list of cells; a cell None continues the span of the cell above (top-aligned, expected '')."""
        ncol = len(colw)
        aligns = aligns or ['c'] * ncol
        xs = [x]
        for cw in colw:
            xs.append(xs[-1] + cw)
        y = ytop
        if head_fill:
            self.rect(x, ytop - rowh, sum(colw), rowh, fill=head_fill)
        self.rule(x, ytop, xs[-1], ytop, 0.8)
        for ri, row in enumerate(rows):
            yb = y - rowh
            base = y - rowh / 2 - size * 0.35
            for ci, cell in enumerate(row):
                if cell is None or cell == '':
                    continue
                f = hfont if ri == 0 else font
                a = aligns[ci] if ri > 0 else 'c'
                cx = {'l': xs[ci] + 4, 'c': (xs[ci] + xs[ci + 1]) / 2, 'r': xs[ci + 1] - 4}[a]
                spanned = ri + 1 < len(rows) and rows[ri + 1][ci] is None
                by = (y - 5 - size * 0.88) if spanned else base
                self.text(cx, by, cell, f, size, line=False, align=a, cell=(xs[ci], xs[ci + 1]))
            self.lines.append('\t'.join('' if c is None else c for c in row))
            # horizontal rule under the row, broken where a span continues
            nxt = rows[ri + 1] if ri + 1 < len(rows) else None
            for ci in range(ncol):
                if nxt is not None and nxt[ci] is None:
                    continue
                self.rule(xs[ci], yb, xs[ci + 1], yb, 0.8 if nxt is None or ri == 0 else 0.4)
            y = yb
        for cx in xs:
            self.rule(cx, ytop, cx, y, 0.4)
        return y

    def spaced_block(self, x, ytop, rows, widths, font=MINCHO, size=9.5, lead=16, just=None):
        """A 'table' typed in a word processor: each row ONE text item, columns made by U+3000 padding."""
        just = just or ['l'] + ['r'] * (len(widths) - 1)
        y = ytop
        for row in rows:
            parts = []
            for cell, wd, j in zip(row, widths, just):
                n = len(cell)
                need(n <= wd, f'block cell wider than its column: {cell}')
                pad = '\u3000' * (wd - n)
                parts.append(cell + pad if j == 'l' else pad + cell)
            s = '\u3000'.join(parts).rstrip('\u3000')
            self.text(x, y, s, font, size, line=False)
            self.lines.append('\t'.join(row))
            y -= lead
        return y


class Doc:
    def __init__(self, name, sizes):
        self.name = name
        self.pages = [Page(*s) for s in sizes]


# ---------------------------------------------------------------- facts helpers
def hrow(fy, admin, tech, planned=False, label_suffix='（予定）', fmt=str):
    def cell(c, w):
        d = {'count': c, 'text': fmt(c), 'women': w}
        if w is not None:
            d['womenText'] = fmt(w)
        return d
    tw = None if planned else admin[1] + tech[1]
    return {'fiscalYear': fy, 'label': era(fy), 'labelText': era(fy) + (label_suffix if planned else ''),
            'planned': planned,
            'total': cell(admin[0] + tech[0], tw),
            'admin': cell(admin[0], None if planned else admin[1]),
            'tech': cell(tech[0], None if planned else tech[1])}


def base_facts(org, document, year, asof, asoftext, lead):
    return {'organization': org, 'document': document,
            'edition': {'year': year, 'asOf': asof, 'asOfText': asoftext},
            'lead': {'title': '', 'text': lead}}


# ================================================================ matsumoto
def build_matsumoto():
    d = Doc('matsumoto-2026', [A4, A4])
    f = base_facts('松本市', '松本市職員採用案内', 2026, '2026-04', '令和8年4月1日現在',
                   ['三ガク都・松本で、市民とともにまちの未来をつくる仲間を募集します。',
                    '北アルプスを望むこのまちで、あなたの力を生かしてください。'])
    women = lambda c, w: f'{c}（女{w}）'
    rows = [hrow(2021, (38, 17), (12, 3)), hrow(2022, (41, 19), (10, 2)), hrow(2023, (36, 18), (13, 4)),
            hrow(2024, (44, 21), (11, 3)), hrow(2025, (40, 20), (14, 4)), hrow(2026, (42, None), (13, None), True)]
    f['hiring'] = {'intro': ['職員採用者数の推移（単位：人）'], 'note': ['※（女　）は女性の数で内数です。'],
                   'tracks': {'admin': '事務職', 'tech': '技術職'}, 'textSynthesised': False,
                   'layout': 'ruled 年度 | 事務職 | 技術職 | 計; every actual cell N（女W）', 'rows': rows}
    units = [('総務課', 3, None), ('財政課', 2, None), ('市民課', 4, None), ('税制課', 4, None), ('福祉政策課', 5, None),
             ('こども育成課', 4, None), ('健康づくり課', 3, None), ('観光温泉課', 3, None), ('教育政策課', 4, None),
             ('地域づくり課', 3, None), ('商工課', 4, None), ('都市計画課', 1, 2), ('道路課', None, 4),
             ('建築指導課', None, 3), ('公園緑地課', None, 2), ('上下水道局', None, 3)]
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務職', 'tech': '技術職'},
                        'layout': 'no rules: each row one text line, columns made by U+3000 padding, full-width digits',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units]}
    f['exams'] = {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 職種 | 採用予定数, spans top-aligned',
                  'entries': [
                      {'track': '事務職', 'exam': '大学卒業程度', 'text': '', 'breakdown': [{'category': '行政', 'count': 30}], 'total': 30},
                      {'track': '事務職', 'exam': '高校卒業程度', 'text': '', 'breakdown': [{'category': '事務', 'count': 8}], 'total': 8},
                      {'track': '事務職', 'exam': '社会人経験者', 'text': '', 'breakdown': [{'category': '行政（社会人）', 'count': 4}], 'total': 4},
                      {'track': '技術職', 'exam': '大学卒業程度', 'text': '', 'breakdown': [
                          {'category': '土木', 'count': 6}, {'category': '建築', 'count': 3},
                          {'category': '電気', 'count': 1}, {'category': '保健師', 'count': 3}], 'total': 13}]}
    f['training'] = {'title': '人材育成・研修', 'paragraphs': [
        '新規採用職員研修、階層別研修のほか、先輩職員がマンツーマンで指導するOJTリーダー制度があります。',
        '国や長野県への派遣研修、大学院への派遣にも挑戦できます。']}
    f['initiatives'] = [
        {'title': 'テレワーク', 'text': '自宅や地域の拠点で働ける日を設け、子育てや介護と仕事の両立を後押ししています。'},
        {'title': 'フレックスタイム制', 'text': '始業と終業の時刻を職員が決められる制度を、全ての課で導入しています。'}]
    f['initiativesIntro'] = ''
    f['supportTitle'] = ''
    f['supportSystems'] = []
    f['contacts'] = [{'track': 'お問い合わせ', 'office': '松本市 総務部 職員課 人事担当', 'tel': ['0263-34-3217'],
                      'email': ['shokuin@city.matsumoto.nagano.jp'], 'location': '',
                      'telText': ['電話　0263-34-3217（直通）'], 'emailText': ['メール　shokuin@city.matsumoto.nagano.jp'],
                      'hoursText': '受付時間　平日8時30分～17時15分'}]
    f['access'] = {'address': '〒390-8620 長野県松本市丸の内3番7号',
                   'routes': ['JR篠ノ井線『松本』駅から徒歩約15分', 'アルピコ交通上高地線『西松本』駅から徒歩約12分'],
                   'routesSynthesised': False,
                   'routesText': ['■JR篠ノ井線「松本」駅から徒歩約15分', '■アルピコ交通上高地線「西松本」駅から徒歩約12分']}
    f['keyFigures'] = []
    f['decoys'] = {'women': 'every actual hiring cell is N（女W）: the women marked 女 inside the bracket',
                   'spaces': 'assignment table typed with U+3000 padding: one text item per row, no rules',
                   'outlined': 'section headings set stroke-only (text render mode 1)'}

    p = d.pages[0]
    p.rect(0, 770, 595.28, 72, fill=(0.12, 0.3, 0.5))
    p.text(40, 795, '松本市職員採用案内', GOTHIC, 26, color=(1, 1, 1))
    p.text(555, 748, '令和8年4月1日現在', MINCHO, 10, align='r')
    y = p.para(40, 724, f['lead']['text'], MINCHO, 10.5, 16, 515)
    p.heading(40, 676, '採用実績', outlined=True, size=16)
    p.text(40, 656, f['hiring']['intro'][0], MINCHO, 9)
    trs = [['年度', '事務職', '技術職', '計']]
    for r in rows:
        if r['planned']:
            trs.append([r['labelText'], r['admin']['text'], r['tech']['text'], r['total']['text']])
        else:
            trs.append([r['labelText'], women(r['admin']['count'], r['admin']['women']),
                        women(r['tech']['count'], r['tech']['women']), women(r['total']['count'], r['total']['women'])])
    f['_hiringLines'] = trs[1:]
    y = p.table(40, 646, [130, 115, 115, 115], trs, rowh=21, size=10, aligns=['l', 'r', 'r', 'r'])
    p.text(40, y - 14, f['hiring']['note'][0], MINCHO, 8.5)
    p.heading(40, y - 52, '配属実績', outlined=True, size=16)
    p.text(40, y - 72, f['assignments']['intro'], MINCHO, 9)
    brows = [['配属先', '事務職', '技術職']] + [[u, fw(a) if a else '－', fw(t) if t else '－'] for u, a, t in units]
    p.spaced_block(52, y - 96, brows, [8, 3, 3], MINCHO, 10, 15.5)
    p.text(297.6, 30, '- 1 -', MINCHO, 9, align='c', furn=True)

    p = d.pages[1]
    p.heading(40, 790, '試験区分', outlined=True, size=16)
    p.text(40, 768, f['exams']['title'], GOTHIC, 11)
    ers = [['区分', '試験', '職種', '採用予定数'],
           ['事務職', '大学卒業程度', '行政', '30人'],
           [None, '高校卒業程度', '事務', '8人'],
           [None, '社会人経験者', '行政（社会人）', '4人'],
           ['技術職', '大学卒業程度', '土木', '6人'],
           [None, None, '建築', '3人'],
           [None, None, '電気', '1人'],
           [None, None, '保健師', '3人']]
    y = p.table(40, 758, [100, 150, 150, 115], ers, rowh=21, size=10, aligns=['l', 'l', 'l', 'r'])
    top = y - 40
    lx, rx, cw = 40, 315, 240
    p.heading(lx, top, '働きやすい職場づくり', outlined=True, size=14)
    yy = top - 24
    init_lines = [['テレワーク', ['自宅や地域の拠点で働ける日を設け、子育てや', '介護と仕事の両立を後押ししています。']],
                  ['フレックスタイム制', ['始業と終業の時刻を職員が決められる制度を、', '全ての課で導入しています。']]]
    for t, ls in init_lines:
        p.text(lx, yy, '●' + t, GOTHIC, 10)
        yy = p.para(lx + 10, yy - 15, ls, MINCHO, 9, 13.5, cw - 10) - 8
    p.heading(lx, yy - 12, '人材育成・研修', outlined=True, size=14)
    yy = p.para(lx, yy - 36, ['新規採用職員研修、階層別研修のほか、先輩職員が', 'マンツーマンで指導するOJTリーダー制度があり',
                              'ます。', '国や長野県への派遣研修、大学院への派遣にも挑', '戦できます。'], MINCHO, 9, 13.5, cw)
    p.heading(rx, top, 'お問い合わせ', outlined=True, size=14)
    c = f['contacts'][0]
    yy = p.para(rx, top - 24, [c['office'], c['telText'][0], c['emailText'][0], c['hoursText']], MINCHO, 9, 14, cw)
    p.heading(rx, yy - 14, 'アクセス', outlined=True, size=14)
    p.para(rx, yy - 38, [f['access']['address']] + f['access']['routesText'], MINCHO, 9, 14, cw)
    p.text(297.6, 30, '- 2 -', MINCHO, 9, align='c', furn=True)
    return d, f


# ================================================================ ncvc
def build_ncvc():
    d = Doc('ncvc-2026', [A4, landscape(A4)])
    f = base_facts('国立循環器病研究センター', '国立循環器病研究センター 職員採用案内 2026', 2026, '2026-03', '令和8年3月現在',
                   ['循環器病の克服をめざす病院と研究所で、医療と研究を支える職員を募集します。'])
    rows = [hrow(2021, (9, 5), (24, 16)), hrow(2022, (11, 6), (27, 18)), hrow(2023, (10, 4), (22, 15)),
            hrow(2024, (12, 7), (26, 17)), hrow(2025, (8, 5), (29, 20)), hrow(2026, (10, None), (25, None), True)]
    f['hiring'] = {'intro': ['常勤職員の採用者数（単位：人）'], 'note': ['※（　）内は女性で内数です。'],
                   'tracks': {'admin': '事務職', 'tech': '医療技術職'}, 'textSynthesised': False,
                   'layout': 'ruled 年度 | 事務職 | 医療技術職 | 合計', 'rows': rows}
    units = [('総務部', 2, None), ('人事部', 1, None), ('財務経理部', 2, None), ('医事室', 3, None),
             ('臨床検査部', None, 8), ('放射線部', None, 7), ('薬剤部', None, 6), ('臨床工学部', None, 5), ('栄養管理室', None, 3)]
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務職', 'tech': '医療技術職'}, 'layout': 'ruled 配属先 | 事務職 | 医療技術職',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units]}
    f['exams'] = {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 職種 | 予定数, spans top-aligned (landscape page)',
                  'entries': [
                      {'track': '事務職', 'exam': '事務職員採用試験', 'text': '', 'breakdown': [{'category': '事務', 'count': 10}], 'total': 10},
                      {'track': '医療技術職', 'exam': '医療職員採用試験', 'text': '', 'breakdown': [
                          {'category': '臨床検査技師', 'count': 8}, {'category': '診療放射線技師', 'count': 7},
                          {'category': '薬剤師', 'count': 5}, {'category': '臨床工学技士', 'count': 5}], 'total': 25}]}
    f['training'] = {'title': '研修', 'paragraphs': [
        '採用後1週間の新規採用者研修で、センターの理念や医療安全、情報セキュリティを学びます。',
        '職種ごとの専門研修と、学会や外部研修への参加支援もあります。']}
    f['initiatives'] = []
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [
        {'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで',
         'text': '男性職員の取得も進んでいます。復帰前には面談を行います。'},
        {'name': '育児短時間勤務', 'duration': '子が小学校に就学するまで', 'durationText': '子が小学校に就学するまで',
         'text': '週20時間から選べる短時間勤務で、子育てと両立できます。'},
        {'name': '介護休暇', 'duration': '通算6か月まで', 'durationText': '通算6か月まで',
         'text': '家族の介護のため、3回まで分けて取得できます。'}]
    f['contacts'] = [{'track': '採用に関するお問い合わせ', 'office': '人事部 人事課 採用係', 'tel': ['06-6833-5012'],
                      'email': ['jinji-saiyo@ncvc.go.jp'], 'location': '',
                      'telText': ['TEL　06.6833.5012（採用係直通）'], 'emailText': ['E-mail　jinji-saiyo@ncvc.go.jp'],
                      'hoursText': ''}]
    f['access'] = {'address': '〒564-8565 大阪府吹田市岸部新町6番1号',
                   'routes': ['JR京都線『岸辺』駅から徒歩約3分', '阪急京都線『正雀』駅から徒歩約10分'],
                   'routesSynthesised': False,
                   'routesText': ['■JR京都線「岸辺」駅から徒歩約3分', '■阪急京都線「正雀」駅から徒歩約10分']}
    f['keyFigures'] = []
    f['decoys'] = {'landscape': 'page 1 A4 portrait, page 2 A4 landscape (its own MediaBox, no /Rotate) in three columns',
                   'dots': 'phone groups separated by full stops: 06.6833.5012'}

    p = d.pages[0]
    p.text(40, 800, '国立研究開発法人', GOTHIC, 11)
    p.text(40, 772, '国立循環器病研究センター 職員採用案内 2026', GOTHIC, 20)
    p.rule(40, 760, 555, 760, 1.5)
    p.text(555, 742, '令和8年3月現在', MINCHO, 10, align='r')
    p.para(40, 718, f['lead']['text'], MINCHO, 10.5, 16, 515)
    p.heading(40, 678, '採用実績')
    p.text(40, 658, f['hiring']['intro'][0], MINCHO, 9)
    trs = [['年度', '事務職', '医療技術職', '合計']]
    for r in rows:
        if r['planned']:
            trs.append([r['labelText'], r['admin']['text'], r['tech']['text'], r['total']['text']])
        else:
            trs.append([r['labelText']] + [f"{r[k]['count']}（{r[k]['women']}）" for k in ('admin', 'tech', 'total')])
    f['_hiringLines'] = trs[1:]
    y = p.table(40, 648, [140, 110, 110, 110], trs, rowh=22, size=10, aligns=['l', 'r', 'r', 'r'])
    p.text(40, y - 14, f['hiring']['note'][0], MINCHO, 8.5)
    p.heading(40, y - 50, '配属実績')
    p.text(40, y - 70, f['assignments']['intro'], MINCHO, 9)
    ars = [['配属先', '事務職', '医療技術職']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in units]
    p.table(40, y - 80, [160, 100, 100], ars, rowh=20, size=10, aligns=['l', 'r', 'r'])

    p = d.pages[1]   # landscape 841.89 x 595.28
    p.rect(0, 545, 841.89, 50.28, fill=(0.75, 0.1, 0.15))
    p.text(40, 562, '国立循環器病研究センター 職員採用案内 2026', GOTHIC, 12, furn=True, color=(1, 1, 1))
    c1, c2, c3 = 40, 320, 580
    p.heading(c1, 515, '試験区分')
    p.text(c1, 495, f['exams']['title'], GOTHIC, 10)
    ers = [['区分', '試験', '職種', '予定数'],
           ['事務職', '事務職員採用試験', '事務', '10名'],
           ['医療技術職', '医療職員採用試験', '臨床検査技師', '8名'],
           [None, None, '診療放射線技師', '7名'],
           [None, None, '薬剤師', '5名'],
           [None, None, '臨床工学技士', '5名']]
    y = p.table(c1, 485, [58, 82, 76, 40], ers, rowh=20, size=8.5, aligns=['l', 'l', 'l', 'r'])
    p.heading(c1, y - 34, '研修')
    p.para(c1, y - 56, ['採用後1週間の新規採用者研修で、センターの', '理念や医療安全、情報セキュリティを学びま', 'す。',
                         '職種ごとの専門研修と、学会や外部研修への', '参加支援もあります。'], MINCHO, 9, 13.5, 250)
    p.heading(c2, 515, '両立支援制度')
    yy = 490
    sup = [('育児休業', '子が3歳に達するまで', ['男性職員の取得も進んでいます。復帰前には', '面談を行います。']),
           ('育児短時間勤務', '子が小学校に就学するまで', ['週20時間から選べる短時間勤務で、子育てと', '両立できます。']),
           ('介護休暇', '通算6か月まで', ['家族の介護のため、3回まで分けて取得でき', 'ます。'])]
    for n, du, ls in sup:
        p.text(c2, yy, f'◆{n}（{du}）', GOTHIC, 10)
        yy = p.para(c2 + 10, yy - 16, ls, MINCHO, 9, 13.5, 230) - 12
    p.heading(c3, 515, '採用に関するお問い合わせ')
    c = f['contacts'][0]
    yy = p.para(c3, 490, [c['office'], c['telText'][0], c['emailText'][0]], MINCHO, 9, 15, 230)
    p.heading(c3, yy - 16, 'アクセス')
    p.para(c3, yy - 40, [f['access']['address']] + f['access']['routesText'], MINCHO, 9, 15, 230)
    for xx in (c2 - 14, c3 - 14):
        p.rule(xx, 70, xx, 525, 0.4, dash=(2, 2))
    return d, f


# ================================================================ miyazaki
def build_miyazaki():
    d = Doc('miyazaki-2026', [A4, A4])
    f = base_facts('宮崎大学医学部附属病院', '宮崎大学医学部附属病院　職員採用案内', 2026, '2026-04', '令和8年4月1日現在',
                   ['県内唯一の特定機能病院として、地域医療の最後のとりでを支える仲間を待っています。'])
    rows = [hrow(2021, (6, 4), (21, 15), fmt=fw), hrow(2022, (7, 3), (25, 19), fmt=fw), hrow(2023, (5, 3), (19, 14), fmt=fw),
            hrow(2024, (8, 5), (23, 16), fmt=fw), hrow(2025, (6, 4), (22, 17), fmt=fw),
            hrow(2026, (7, None), (20, None), True, fmt=fw)]
    f['hiring'] = {'intro': ['採用者数（単位：人）'], 'note': ['※（　）内は女性で内数。'],
                   'tracks': {'admin': '事務職員', 'tech': '医療技術職員'}, 'textSynthesised': False,
                   'layout': 'no rules: each row one text line, columns made by U+3000 padding, full-width digits and brackets',
                   'rows': rows}
    units = [('総務課', 2, None), ('経営企画課', 1, None), ('医事課', 3, None), ('検査部', None, 7), ('放射線部', None, 6),
             ('薬剤部', None, 4), ('リハビリテーション部', None, 3), ('臨床工学センター', None, 2)]
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の主な配属先（単位：人）',
                        'tracks': {'admin': '事務職員', 'tech': '医療技術職員'}, 'layout': 'ruled 配属先 | 事務職員 | 医療技術職員',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units]}
    f['exams'] = {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 職種 | 人数, spans top-aligned',
                  'entries': [
                      {'track': '事務職員', 'exam': '九州地区国立大学法人等職員採用試験', 'text': '',
                       'breakdown': [{'category': '事務', 'count': 5}], 'total': 5},
                      {'track': '事務職員', 'exam': '独自採用試験', 'text': '',
                       'breakdown': [{'category': '診療情報管理', 'count': 2}], 'total': 2},
                      {'track': '医療技術職員', 'exam': '医療技術職員採用試験', 'text': '', 'breakdown': [
                          {'category': '臨床検査技師', 'count': 6}, {'category': '診療放射線技師', 'count': 5},
                          {'category': '薬剤師', 'count': 4}, {'category': '理学療法士', 'count': 3},
                          {'category': '臨床工学技士', 'count': 2}], 'total': 20}]}
    f['training'] = {'title': '教育・研修', 'paragraphs': [
        '新人研修と部署ごとのプリセプター制度で、1年目から安心して働けます。',
        '認定資格の取得や学会発表も病院が支援します。']}
    f['initiatives'] = [
        {'title': 'タスク・シフト', 'text': '医師の業務の一部を医療技術職員が担い、専門性を生かせる職場をつくっています。'},
        {'title': '年次休暇の計画取得', 'text': '年度初めに休暇の予定を立て、年10日以上の取得をめざしています。'}]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [
        {'name': '院内保育所', 'duration': '生後8週から就学前まで', 'durationText': '生後8週から就学前まで',
         'text': '夜間保育と病児保育にも対応しています。'},
        {'name': '育児休業', 'duration': '子が3歳に達する日まで', 'durationText': '子が3歳に達する日まで',
         'text': '休業中も院内の情報をメールで受け取れます。'}]
    f['contacts'] = [{'track': 'お問い合わせ', 'office': '宮崎大学医学部 総務課 人事係', 'tel': ['0985-85-9027'],
                      'email': ['ik-jinji@med.miyazaki-u.ac.jp'], 'location': '',
                      'telText': ['電話　0985\u201085\u20109027'], 'emailText': ['メール　ik-jinji@med.miyazaki-u.ac.jp'],
                      'hoursText': ''}]
    f['access'] = {'address': '〒889-1692 宮崎県宮崎市清武町木原5200',
                   'routes': ['JR日豊本線『清武』駅からタクシーで約10分', 'JR『宮崎』駅から路線バスで約40分'],
                   'routesSynthesised': False,
                   'routesText': ['■JR日豊本線「清武」駅からタクシーで約10分', '■JR「宮崎」駅から路線バスで約40分']}
    f['keyFigures'] = []
    f['decoys'] = {'spaces': 'hiring table typed with U+3000 padding: one text item per row, full-width digits, no rules',
                   'hyphen': 'phone groups separated by U+2010 HYPHEN',
                   'outlined': 'section headings set stroke-only (text render mode 1)'}

    p = d.pages[0]
    p.text(40, 790, '宮崎大学医学部附属病院　職員採用案内', GOTHIC, 20)
    p.rule(40, 778, 555, 778, 2)
    p.text(555, 760, '令和8年4月1日現在', MINCHO, 10, align='r')
    p.para(40, 736, f['lead']['text'], MINCHO, 10, 15, 515)
    p.heading(40, 696, '採用実績', outlined=True, size=16)
    p.text(40, 676, f['hiring']['intro'][0], MINCHO, 9)
    brs = [['年度', '事務職員', '医療技術職員', '計']]
    for r in rows:
        if r['planned']:
            brs.append([r['labelText'], r['admin']['text'], r['tech']['text'], r['total']['text']])
        else:
            brs.append([r['labelText']] + [f"{r[k]['text']}（{r[k]['womenText']}）" for k in ('admin', 'tech', 'total')])
    f['_hiringLines'] = brs[1:]
    y = p.spaced_block(52, 652, brs, [10, 6, 6, 6], MINCHO, 10, 17)
    p.text(52, y - 4, f['hiring']['note'][0], MINCHO, 8.5)
    p.heading(40, y - 42, '配属実績', outlined=True, size=16)
    p.text(40, y - 62, f['assignments']['intro'], MINCHO, 9)
    ars = [['配属先', '事務職員', '医療技術職員']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in units]
    p.table(40, y - 72, [170, 100, 100], ars, rowh=20, size=10, aligns=['l', 'r', 'r'], head_fill=(0.9, 0.95, 0.88))

    p = d.pages[1]
    p.heading(40, 790, '試験区分', outlined=True, size=16)
    p.text(40, 768, f['exams']['title'], GOTHIC, 11)
    ers = [['区分', '試験', '職種', '人数'],
           ['事務職員', '九州地区国立大学法人等職員採用試験', '事務', '5'],
           [None, '独自採用試験', '診療情報管理', '2'],
           ['医療技術職員', '医療技術職員採用試験', '臨床検査技師', '6'],
           [None, None, '診療放射線技師', '5'],
           [None, None, '薬剤師', '4'],
           [None, None, '理学療法士', '3'],
           [None, None, '臨床工学技士', '2']]
    y = p.table(40, 758, [90, 200, 150, 75], ers, rowh=21, size=10, aligns=['l', 'l', 'l', 'r'])
    top = y - 40
    lx, rx, cw = 40, 315, 240
    p.heading(lx, top, '働きやすい職場づくり', outlined=True, size=14)
    yy = top - 24
    for t, ls in [('タスク・シフト', ['医師の業務の一部を医療技術職員が担い、専', '門性を生かせる職場をつくっています。']),
                  ('年次休暇の計画取得', ['年度初めに休暇の予定を立て、年10日以上の', '取得をめざしています。'])]:
        p.text(lx, yy, '●' + t, GOTHIC, 10)
        yy = p.para(lx + 10, yy - 15, ls, MINCHO, 9, 13.5, cw - 10) - 8
    p.heading(lx, yy - 12, '両立支援制度', outlined=True, size=14)
    yy -= 36
    for n, du, ls in [('院内保育所', '生後8週から就学前まで', ['夜間保育と病児保育にも対応しています。']),
                      ('育児休業', '子が3歳に達する日まで', ['休業中も院内の情報をメールで受け取れます。'])]:
        p.text(lx, yy, f'■{n}（{du}）', GOTHIC, 10)
        yy = p.para(lx + 10, yy - 15, ls, MINCHO, 9, 13.5, cw - 10) - 8
    p.heading(rx, top, '教育・研修', outlined=True, size=14)
    yy = p.para(rx, top - 24, ['新人研修と部署ごとのプリセプター制度で、1', '年目から安心して働けます。',
                                '認定資格の取得や学会発表も病院が支援しま', 'す。'], MINCHO, 9, 13.5, cw)
    p.heading(rx, yy - 12, 'お問い合わせ', outlined=True, size=14)
    c = f['contacts'][0]
    yy = p.para(rx, yy - 36, [c['office'], c['telText'][0], c['emailText'][0]], MINCHO, 9, 14, cw)
    p.heading(rx, yy - 12, 'アクセス', outlined=True, size=14)
    p.para(rx, yy - 36, [f['access']['address']] + f['access']['routesText'], MINCHO, 9, 14, cw)
    return d, f


BUILDERS = {'matsumoto': build_matsumoto, 'ncvc': build_ncvc, 'miyazaki': build_miyazaki}


# ---------------------------------------------------------------- rendering
def render(doc):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(doc.pages[0].w, doc.pages[0].h), invariant=1, pageCompression=0)
    c.setTitle(doc.name)
    rnd = random.Random('holdout54:' + doc.name)
    for p in doc.pages:
        c.setPageSize((p.w, p.h))
        for g in p.gfx:
            c.saveState()
            if g[0] == 'rect':
                _, x, y, w, h, fill, stroke, lw = g
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                c.setLineWidth(lw)
                c.rect(x, y, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)
            else:
                _, x0, y0, x1, y1, lw, dash = g
                c.setLineWidth(lw)
                if dash:
                    c.setDash(*dash)
                c.line(x0, y0, x1, y1)
            c.restoreState()
        items = list(p.items)
        rnd.shuffle(items)
        for it in items:
            c.saveState()
            t = c.beginText()
            t.setFont(it['font'], it['size'])
            if it['mode'] == 1:
                c.setStrokeColorRGB(0.1, 0.3, 0.5)
                c.setLineWidth(0.6)
                t.setTextRenderMode(1)
            else:
                t.setFillColorRGB(*it['color'])
            t.setTextOrigin(it['x'], it['y'])
            t.textOut(it['s'])
            c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- checks
_faces = {}


def has_glyph(font, ch):
    if font not in _faces:
        _faces[font] = pdfmetrics.getFont(font).face.charToGlyph
    return ord(ch) in _faces[font]


def nows(s):
    return ''.join(s.split())


def ink(it):
    w = W(it['s'], it['font'], it['size'])
    return (it['x'], it['y'] - 0.13 * it['size'], it['x'] + w, it['y'] + 0.88 * it['size'])


def expected_text(doc):
    return '\n\f\n'.join('\n'.join(p.lines) for p in doc.pages) + '\n'


def check_layout(doc):
    for pi, p in enumerate(doc.pages, 1):
        boxes = []
        for it in p.items:
            for ch in it['s']:
                need(ch.isspace() and ch != '\u3000' or has_glyph(it['font'], ch), f'p{pi}: glyph {ch!r} missing in {it["font"]}')
            b = ink(it)
            need(b[0] >= EDGE and b[1] >= EDGE and b[2] <= p.w - EDGE and b[3] <= p.h - EDGE, f'p{pi}: in edge margin: {it["s"]}')
            if it['cell']:
                need(b[0] >= it['cell'][0] + 1 and b[2] <= it['cell'][1] - 1, f'p{pi}: cell overflow: {it["s"]}')
            for ob, os_ in boxes:
                ox = min(b[2], ob[2]) - max(b[0], ob[0])
                oy = min(b[3], ob[3]) - max(b[1], ob[1])
                need(not (ox > 0.2 and oy > 0.2), f'p{pi}: overlap {it["s"]!r} / {os_!r}')
            boxes.append((b, it['s']))
        body = Counter(nows(''.join(it['s'] for it in p.items if not it['furn'])))
        exp = Counter(nows(''.join(p.lines)))
        need(body == exp, f'p{pi}: drawn body text != expected text: {(body - exp) + (exp - body)}')
        furn = {nows(it['s']) for it in p.items if it['furn']}
        for ln in p.lines:
            need(nows(ln) not in furn, f'p{pi}: furniture as expected line: {ln}')
            need(ln and ln[0] not in KINSOKU, f'p{pi}: line starts with kinsoku char: {ln}')


def standin(f):
    s = {}
    s['hiring'] = {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'],
                             'total': {'count': r['total']['count'], 'women': r['total']['women']},
                             'administrative': {'count': r['admin']['count'], 'women': r['admin']['women']},
                             'technical': {'count': r['tech']['count'], 'women': r['tech']['women']}}
                            for r in f['hiring']['rows']]}
    a = f['assignments']
    s['assignments'] = {'cohortFiscalYear': a['cohortFiscalYear'],
                        'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0} for r in a['rows']]}
    s['examBreakdown'] = {'entries': [{'track': track(e['track']), 'level': level(e['exam']), 'category': b['category'],
                                       'count': b['count']} for e in f['exams']['entries'] for b in e['breakdown']]}
    s['contacts'] = [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']}
                     for c in f['contacts']]
    s['access'] = {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]}
    s['initiatives'] = [{'title': i['title']} for i in f['initiatives']]
    s['supportSystems'] = [{'name': i['name']} for i in f['supportSystems']]
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': s}


def check_facts(doc, f):
    drawn = norm(expected_text(doc))
    exp_lines = [nows(l) for p in doc.pages for l in p.lines]
    n = lambda s: int(unicodedata.normalize('NFKC', s))
    h = f['hiring']
    rows = h['rows']
    need(sum(r['planned'] for r in rows) == 1 and rows[-1]['planned'], 'exactly one planned row, the last')
    for i, r in enumerate(rows):
        need(r['label'] == era(r['fiscalYear']), f'label {r["label"]} is not the era label of {r["fiscalYear"]}')
        if i:
            need(r['fiscalYear'] == rows[i - 1]['fiscalYear'] + 1, 'years not consecutive')
        need(r['total']['count'] == r['admin']['count'] + r['tech']['count'], f'{r["label"]}: total != admin + tech')
        for k in ('total', 'admin', 'tech'):
            need(n(r[k]['text']) == r[k]['count'], f'{r["label"]} {k}: printed text != count')
            if r['planned']:
                need(r[k]['women'] is None, 'women on the planned row')
            else:
                need(r[k]['women'] is not None and 0 <= r[k]['women'] <= r[k]['count'], 'women > heads')
                need(n(r[k]['womenText']) == r[k]['women'], 'womenText != women')
        if not r['planned']:
            need(r['total']['women'] == r['admin']['women'] + r['tech']['women'], f'{r["label"]}: women total != sum')
    for r, cells in zip(rows, f['_hiringLines']):
        need(nows(r['labelText']) == nows(cells[0]), 'hiring line label')
        need(exp_lines.count(nows(''.join(cells))) == 1, f'hiring row not printed as one line: {r["labelText"]}')
    yr = f['edition']['year']
    planned = rows[-1]
    need(planned['fiscalYear'] == yr == f['exams']['fiscalYear'] == int(f['edition']['asOf'][:4]), 'planned/edition/exam year differ')
    a = f['assignments']
    need(a['cohortFiscalYear'] == rows[-2]['fiscalYear'], 'assignment cohort is not the last actual year')
    units = [norm(r['unit']) for r in a['rows']]
    need(len(set(units)) == len(units), 'duplicate unit')
    for r in a['rows']:
        for k in ('admin', 'tech'):
            need(r[k] is None or r[k] > 0, 'zero / negative assignment')
    need(sum(r['admin'] or 0 for r in a['rows']) == rows[-2]['admin']['count'], 'assignment admin sum != cohort hires')
    need(sum(r['tech'] or 0 for r in a['rows']) == rows[-2]['tech']['count'], 'assignment tech sum != cohort hires')
    keys = set()
    by_track = Counter()
    for e in f['exams']['entries']:
        need(sum(b['count'] for b in e['breakdown']) == e['total'], 'exam entry total != categories')
        need(track(e['track']) != 'other', 'exam track maps to other')
        need(level(e['exam']) == 'undergraduate', 'an exam the scorer would read as graduate level (院)')
        for b in e['breakdown']:
            key = (track(e['track']), level(e['exam']), norm(b['category']))
            need(key not in keys, f'exam category collision {key}')
            keys.add(key)
            by_track[track(e['track'])] += b['count']
    need(by_track['administrative'] == planned['admin']['count'] and by_track['technical'] == planned['tech']['count'],
         'exam categories != planned hires')
    for sname in f['supportSystems']:
        need(sname['duration'] == sname['durationText'], 'support duration != durationText')
    # every fact string printed
    strings = [f['organization'], f['document'], f['edition']['asOfText']] + f['lead']['text'] + h['intro'] + h['note']
    strings += [h['tracks']['admin'], h['tracks']['tech'], a['intro'], a['tracks']['admin'], a['tracks']['tech']]
    strings += [r['labelText'] for r in rows] + [r['unit'] for r in a['rows']]
    strings += [f['exams']['title']] + [x for e in f['exams']['entries'] for x in [e['track'], e['exam']] + [b['category'] for b in e['breakdown']]]
    strings += [f['training']['title']] + [i['title'] for i in f['initiatives']]
    if f['supportTitle']:
        strings.append(f['supportTitle'])
    strings += [x for s in f['supportSystems'] for x in (s['name'], s['durationText'])]
    for c in f['contacts']:
        strings += [c['track'], c['office']] + c['telText'] + c['emailText'] + c['email'] + ([c['hoursText']] if c['hoursText'] else [])
        for t in c['tel']:
            dg = ''.join(ch for ch in t if ch.isdigit())
            need(any(''.join(ch for ch in unicodedata.normalize('NFKC', l.split('（')[0]) if ch.isdigit()) == dg for l in c['telText']),
                 f'phone {t} is not the printed number')
    acc = f['access']
    strings += [acc['address']] + acc['routesText'] + [r.split('『')[1].split('』')[0] for r in acc['routes']]
    for r, rt in zip(acc['routes'], acc['routesText']):
        need(norm(r.replace('『', '「').replace('』', '」')) in norm(rt), f'route not printed: {r}')
    # paragraph texts (joined lines) are printed too
    strings += f['training']['paragraphs'] + [i['text'] for i in f['initiatives']] + [s['text'] for s in f['supportSystems']]
    for s in strings:
        need(norm(s) in drawn, f'fact string not printed: {s}')
    res = checks(f, standin(f), drawn)
    need(all(ok for _, ok in res), f'stand-in misses: {[k for k, ok in res if not ok]}')
    kinds = {k.split()[0] for k, _ in res}
    need({'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route'} <= kinds, f'kinds {kinds}')
    need(not any(ok for _, ok in checks(f, {}, drawn)), 'empty document scores')
    return len(res)


def check_pdf(doc, pdf):
    with tempfile.TemporaryDirectory() as td:
        path = os.path.join(td, 'x.pdf')
        open(path, 'wb').write(pdf)
        for pi, p in enumerate(doc.pages, 1):
            out = subprocess.run(['pdftotext', '-f', str(pi), '-l', str(pi), path, '-'], capture_output=True, text=True).stdout
            want = Counter(nows(''.join(it['s'] for it in p.items)))
            got = Counter(nows(out))
            need(got == want, f'p{pi}: pdftotext differs: {(got - want) + (want - got)}')
    need(pdf.count(b'BT') >= sum(len(p.items) for p in doc.pages), 'fewer text objects than items')


def public_facts(f):
    return {k: v for k, v in f.items() if not k.startswith('_')}


def make(key, write=True):
    doc, f = BUILDERS[key]()
    check_layout(doc)
    n = check_facts(doc, f)
    pdf = render(doc)
    need(pdf == render(BUILDERS[key]()[0]), 'rendering is not deterministic')
    check_pdf(doc, pdf)
    if write:
        os.makedirs(OUT, exist_ok=True)
        open(os.path.join(OUT, doc.name + '.pdf'), 'wb').write(pdf)
        open(os.path.join(OUT, doc.name + '.expected.txt'), 'w', encoding='utf-8').write(expected_text(doc))
        open(os.path.join(OUT, doc.name + '.facts.json'), 'w', encoding='utf-8').write(
            json.dumps(public_facts(f), ensure_ascii=False, indent=2) + '\n')
    return doc, f, n


# ---------------------------------------------------------------- fault injection
def faults():
    def hr(f):
        return f['hiring']['rows']

    def first_item(doc):
        return next(it for it in doc.pages[0].items if not it['furn'])

    def f_total(d, f): hr(f)[0]['total']['count'] += 1
    def f_women(d, f): hr(f)[1]['total']['women'] += 1
    def f_assign(d, f): f['assignments']['rows'][0]['admin'] = (f['assignments']['rows'][0]['admin'] or 0) + 1
    def f_exam(d, f): f['exams']['entries'][0]['breakdown'][0]['count'] += 1
    def f_examlast(d, f): f['exams']['entries'][-1]['breakdown'][-1]['count'] += 1
    def f_email(d, f): f['contacts'][0]['email'][0] = 'nobody@example.jp'
    def f_pwomen(d, f): hr(f)[-1]['admin']['women'] = 1
    def f_pfirst(d, f): f['hiring']['rows'] = [hr(f)[-1]] + hr(f)[:-1]
    def f_era(d, f): hr(f)[2]['label'] = '令和9年度'
    def f_text(d, f): hr(f)[3]['tech']['text'] = '99'
    def f_collide(d, f):
        bd = f['exams']['entries'][-1]['breakdown']; bd[-1]['category'] = bd[0]['category']
    def f_dupunit(d, f): f['assignments']['rows'].append(dict(f['assignments']['rows'][0], admin=None, tech=None))
    def f_route(d, f): f['access']['routes'][0] = 'JR山手線『東京』駅から徒歩約5分'
    def f_overlap(d, f):
        it = dict(first_item(d)); it['x'] += 1; d.pages[0].items.append(it); d.pages[0].lines.append(it['s'])
    def f_edge(d, f): first_item(d)['x'] = 5
    def f_emoji(d, f):
        it = first_item(d); it['s'] += '\U0001F600'; d.pages[0].lines[d.pages[0].lines.index(it['s'][:-1])] = it['s']
    def f_kinsoku(d, f):
        p = d.pages[1]; p.items.append(dict(x=300, y=60, s='。', font=MINCHO, size=9, mode=0, furn=False, cell=None, color=(0, 0, 0)))
        p.lines.append('。')
    def f_extra(d, f): d.pages[0].lines.append('余')
    def f_support(d, f):
        if f['supportSystems']:
            f['supportSystems'][0]['name'] = '存在しない制度'
        else:
            f['initiatives'][0]['title'] = '存在しない取組'
    def f_phone(d, f): f['contacts'][0]['tel'][0] = '03-1111-2222'
    def f_furn(d, f):
        it = first_item(d); it['furn'] = True
    def f_sumw(d, f): hr(f)[0]['admin']['women'] += 1; hr(f)[0]['admin']['womenText'] = str(hr(f)[0]['admin']['women'])
    return [v for k, v in sorted(locals().items()) if k.startswith('f_')]


def overflow_fault():
    p = Page(*A4)
    p.table(200, 700, [50, 30], [['年度', '計'], ['令和3年度（予定）', '1']])
    d = Doc('scratch', [(p.w, p.h)])
    d.pages = [p]
    check_layout(d)


def selftest(verbose):
    total = refused = 0
    for key, b in BUILDERS.items():
        for fl in faults():
            total += 1
            doc, f = b()
            fl(doc, f)
            try:
                check_layout(doc)
                check_facts(doc, f)
                pdf = render(doc)
                check_pdf(doc, pdf)
                print(f'NOT REFUSED: {key} {fl.__name__}')
            except Refused as e:
                refused += 1
                if verbose:
                    print(f'refused {key} {fl.__name__}: {e}')
    total += 1
    try:
        overflow_fault()
        print('NOT REFUSED: overflowing cell')
    except Refused as e:
        refused += 1
        if verbose:
            print(f'refused overflowing cell: {e}')
    print(f'selftest: {refused}/{total} refused')
    return refused == total


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    if '--selftest' in sys.argv:
        sys.exit(0 if selftest('-v' in sys.argv) else 1)
    for key in (args or list(BUILDERS)):
        doc, f, n = make(key)
        print(f'{doc.name}: {sum(len(p.items) for p in doc.pages)} text items, {n} fact checks')


if __name__ == '__main__':
    main()
