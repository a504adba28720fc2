#!/usr/bin/env python3
"""Holdout set 42 (blind): 岩手県, 内閣官房, 情報通信研究機構.

Self-contained generator: a page model in PDF coordinates, a ruled-table helper with
row and column spans, line breaking with kinsoku, shuffled drawing (one text object per
visual line), the checks (see ../holdout42/README.md) and a fault-injection self-test.

  python3 Fixtures/generate_holdout42.py               # all three
  python3 Fixtures/generate_holdout42.py iwate         # one (iwate, cas, nict)
  python3 Fixtures/generate_holdout42.py --selftest -v # every injected fault must be refused
"""
import copy, io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import HexColor, white, black

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout42')
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
import score_extract  # noqa: E402

GOTHIC = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'
MINCHO = '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'
pdfmetrics.registerFont(TTFont('G', GOTHIC))
pdfmetrics.registerFont(TTFont('M', MINCHO))
CMAP = {'G': set(pdfmetrics.getFont('G').face.charToGlyph), 'M': set(pdfmetrics.getFont('M').face.charToGlyph)}
W, H = 595.28, 841.89
EDGE = 14
NO_START = set('、。，．）」』】〕・ー～ぁぃぅぇぉっゃゅょァィゥェォッャュョ！？：；%％名人')
NO_END = set('（「『【〔')
FAULT = None          # set by the self-test
_FAULT_USED = set()

INK = HexColor('#222222')


def sw(t, f, s):
    return pdfmetrics.stringWidth(t, f, s)


class Page:
    def __init__(self, w=W, h=H):
        self.w, self.h = w, h
        self.items = []      # dict(x, y, t, f, s, c, furn)
        self.gfx = []        # ('rect', x, y, w, h, fill, stroke, lw) / ('line', x0, y0, x1, y1, col, lw)
        self.exp = []        # expected lines
        self.cells = []      # (text, font, size, avail) for overflow check
        self.wrapped = []    # lists of wrapped lines for the kinsoku check

    def add(self, x, y, t, f='M', s=9.0, c=INK, furn=False, exp=False):
        self.items.append(dict(x=x, y=y, t=t, f=f, s=s, c=c, furn=furn))
        if exp:
            self.exp.append(t)
        return sw(t, f, s)

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6):
        self.gfx.append(('rect', x, y, w, h, fill, stroke, lw))

    def line(self, x0, y0, x1, y1, col=INK, lw=0.6):
        self.gfx.append(('line', x0, y0, x1, y1, col, lw))


def wrap(text, f, s, width):
    lines, i = [], 0
    while i < len(text):
        j = i
        while j < len(text) and sw(text[i:j + 1], f, s) <= width:
            j += 1
        if j >= len(text):
            lines.append(text[i:]); break
        k = j
        while k > i + 1 and (text[k] in NO_START or text[k - 1] in NO_END or
                             (text[k - 1].isascii() and text[k - 1].isalnum() and text[k].isascii() and text[k].isalnum())):
            k -= 1
        lines.append(text[i:k]); i = k
    return lines


def para(pg, x, y, width, text, f='M', s=9.0, lead=None, c=INK):
    lead = lead or s * 1.6
    lines = wrap(text, f, s, width)
    if FAULT == 'kinsoku' and 'kinsoku' not in _FAULT_USED and len(lines) > 1:
        _FAULT_USED.add('kinsoku'); lines[1] = '。' + lines[1]
    pg.wrapped.append((lines, f, s, width))
    for ln in lines:
        pg.add(x, y, ln, f, s, c, exp=True)
        y -= lead
    return y


def heading(pg, x, y, t, col, width=None, s=12.0):
    width = width or (W - 2 * x)
    pg.rect(x, y - 5, 4, s + 5, fill=col)
    pg.line(x, y - 6, x + width, y - 6, col, 0.8)
    pg.add(x + 9, y, t, 'G', s, INK, exp=True)
    return y - s - 14


def table(pg, x, ytop, widths, rows, f='M', s=8.5, rowh=17, header_rows=1, align=None,
          hfill=HexColor('#E4ECF2'), colspans=None, rowspans=None, row_fills=None, hf='G', lw=0.5):
    colspans = colspans or {}; rowspans = rowspans or {}; row_fills = row_fills or {}
    nr, nc = len(rows), len(widths)
    rhs = rowh if isinstance(rowh, list) else [rowh] * nr
    xs = [x]
    for w_ in widths:
        xs.append(xs[-1] + w_)
    ys = [ytop]
    for h_ in rhs:
        ys.append(ys[-1] - h_)
    covered = set()
    for (r, c), n in colspans.items():
        for k in range(1, n):
            covered.add((r, c + k))
    vcovered = set()
    for (r, c), n in rowspans.items():
        for k in range(1, n):
            vcovered.add((r + k, c))
    # fills
    for r in range(nr):
        fill = hfill if r < header_rows else row_fills.get(r)
        if fill is not None:
            pg.rect(x, ys[r + 1], xs[-1] - x, rhs[r], fill=fill)
    # rules
    pg.rect(x, ys[-1], xs[-1] - x, ytop - ys[-1], stroke=INK, lw=lw)
    for r in range(1, nr):
        for c in range(nc):
            if (r, c) in vcovered:
                continue
            pg.line(xs[c], ys[r], xs[c + 1], ys[r], INK, lw if r != header_rows else lw * 1.6)
    for c in range(1, nc):
        for r in range(nr):
            if (r, c) in covered:
                continue
            pg.line(xs[c], ys[r], xs[c], ys[r + 1], INK, lw)
    first = {'done': False}
    for r, row in enumerate(rows):
        outs = []
        for c in range(nc):
            cell = row[c] if c < len(row) else None
            if cell is None or (r, c) in covered or (r, c) in vcovered:
                outs.append(''); continue
            lines = cell if isinstance(cell, list) else [cell]
            lines = [ln for ln in lines]
            if FAULT == 'overflow' and r >= header_rows and not first['done'] and 'overflow' not in _FAULT_USED:
                _FAULT_USED.add('overflow'); first['done'] = True
                lines = [lines[0] + '（長い説明が入ります）' * 3] + lines[1:]
            n = colspans.get((r, c), 1)
            m = rowspans.get((r, c), 1)
            cw = xs[c + n] - xs[c]
            ch = ys[r] - ys[r + m]
            font = hf if r < header_rows else f
            fs = [s if not (isinstance(ln, tuple)) else ln[1] for ln in lines]
            lines = [ln if not isinstance(ln, tuple) else ln[0] for ln in lines]
            lh = max(fs) * 1.25
            total = lh * len(lines)
            yb = ys[r] - (ch - total) / 2 - max(fs) * 0.9
            a = (align[c] if align else 'c') if r >= header_rows else 'c'
            for ln, fz in zip(lines, fs):
                fnt = 'Helvetica' if (ln.isascii() and r < header_rows and fz < s) else font
                wd = sw(ln, fnt, fz)
                pg.cells.append((ln, fnt, fz, cw - 6))
                if a == 'l':
                    xx = xs[c] + 4
                elif a == 'r':
                    xx = xs[c + 1] - 4 - wd
                else:
                    xx = xs[c] + (cw - wd) / 2
                pg.add(xx, yb, ln, fnt, fz, INK)
                yb -= lh
            j = lines[0]
            for ln in lines[1:]:
                j += (' ' if ln[:1].isascii() and ln[:1].isalpha() else '') + ln
            outs.append(j)
        pg.exp.append('\t'.join(outs))
    return ys[-1]


def pageno(pg, text):
    pg.add((pg.w - sw(text, 'Helvetica', 8)) / 2, 24, text, 'Helvetica', 8, INK, furn=True)


# ---------------------------------------------------------------- the three brochures

def era(fy):
    return f'令和{fy - 2018}年度'


def hrow(fy, labelText, planned, a, t, aw=None, tw=None, tot_w='same', atext=None, ttext=None, totext=None):
    def cnt(n, w, tx, wtx):
        d = {'count': n, 'text': tx if tx is not None else str(n), 'women': w}
        if w is not None:
            d['womenText'] = wtx if wtx is not None else str(w)
        return d
    tw_ = (None if planned else ((aw or 0) + (tw or 0))) if tot_w == 'same' else tot_w
    return {'fiscalYear': fy, 'label': era(fy), 'labelText': labelText, 'planned': planned,
            'total': cnt(a + t, tw_, totext, None),
            'admin': cnt(a, aw, atext, None), 'tech': cnt(t, tw, ttext, None)}


def support_table(pg, x, y, width, items, col):
    rows = [['制度', '期間', '内容']] + [[i['name'], i['durationText'], i['text']] for i in items]
    return table(pg, x, y, [96, 112, width - 208], rows, 'M', 8.3, 18, align=['l', 'l', 'l'], hfill=col)


def contact_block(pg, x, y, c, acc, col, routes_prefix):
    pg.add(x, y, c['office'], 'G', 9.5, INK, exp=True); y -= 15
    pg.add(x, y, c['telText'][0], 'Helvetica', 9, INK, exp=True); y -= 13
    pg.add(x, y, c['emailText'][0], 'Helvetica', 9, INK, exp=True); y -= 13
    pg.add(x, y, c['hoursText'], 'M', 8.5, INK, exp=True); y -= 15
    return y


def routes_block(pg, x, y, acc, marks, width):
    pg.add(x, y, acc['address'], 'M', 8.8, INK, exp=True); y -= 15
    for m, r in zip(marks, acc['routes']):
        y = para(pg, x, y, width, m + r.replace('『', '').replace('』', ''), 'M', 8.8)
    return y


def build_iwate():
    col = HexColor('#2F5D50'); tint = HexColor('#E3EEE8')
    F = {'organization': '岩手県', 'document': '岩手県 職員採用ガイド',
         'edition': {'year': 2026, 'asOf': '2026-03', 'asOfText': '令和8年3月発行'},
         'lead': {'title': '', 'text': ['いわての未来を、ここから。広い県土のすみずみで、復興から新しい地域づくりへと歩みを進める県政を、一緒に担ってくれる職員を募集します。']}}
    rows = [hrow(2021, '2021年度', False, 50, 27, 22, 7), hrow(2022, '2022年度', False, 48, 30, 21, 8),
            hrow(2023, '2023年度', False, 53, 28, 25, 9), hrow(2024, '2024年度', False, 51, 31, 24, 10),
            hrow(2025, '2025年度', False, 52, 29, 26, 9), hrow(2026, '2026年度（予定）', True, 55, 30)]
    F['hiring'] = {'intro': ['採用者数の推移（単位：人）'], 'note': ['※（　）内は女性の内数です。2026年度は採用予定数です。'],
                   'tracks': {'admin': '事務職', 'tech': '技術職'}, 'textSynthesised': False,
                   'layout': 'years down in WESTERN labels (2021年度), cells 50（22）; a tinted SIDEBAR of year-labelled decoy figures (令和7年度当初予算 …) at its right',
                   'rows': rows}
    units = [('総務部', 6, None), ('ふるさと振興部', 4, None), ('保健福祉部', 11, 2), ('商工労働観光部', 5, None),
             ('農林水産部', None, 9), ('県土整備部', None, 13), ('広域振興局', 22, 5), ('教育委員会事務局', 4, None)]
    F['assignments'] = {'cohortFiscalYear': 2025, 'intro': '配属実績',
                        'tracks': {'admin': '事務職', 'tech': '技術職'},
                        'layout': 'NO TABLE: a 読点-separated run 「部署名 N名」 inside a paragraph, one run per track',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units]}
    F['exams'] = {'title': '令和8年度 試験区分別の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled table 区分 | 試験 | 職種 | 採用予定数, era title while the hiring table uses western years',
                  'entries': [
                      {'track': '事務職', 'exam': '大学卒業程度', 'text': '', 'breakdown': [{'category': '一般行政A', 'count': 40}, {'category': '社会福祉', 'count': 5}], 'total': 45},
                      {'track': '事務職', 'exam': '高校卒業程度', 'text': '', 'breakdown': [{'category': '一般事務', 'count': 10}], 'total': 10},
                      {'track': '技術職', 'exam': '大学卒業程度', 'text': '', 'breakdown': [{'category': '総合土木', 'count': 15}, {'category': '農業', 'count': 6}, {'category': '林業', 'count': 4}], 'total': 25},
                      {'track': '技術職', 'exam': '高校卒業程度', 'text': '', 'breakdown': [{'category': '土木', 'count': 5}], 'total': 5}]}
    F['training'] = {'title': '研修制度', 'paragraphs': [
        '採用後の10年間をジョブローテーション期間とし、本庁と広域振興局の両方で経験を積みます。',
        '新規採用職員研修、階層別研修のほか、国や市町村、民間企業への派遣研修もあります。']}
    F['initiatives'] = [
        {'title': 'テレワークの推進', 'text': '本庁と広域振興局にサテライトオフィスを置き、在宅勤務と合わせて月12日まで利用できます。'},
        {'title': '時差出勤', 'text': '始業時刻を7時30分から10時までの間で選べます。'},
        {'title': 'ノー残業デー', 'text': '毎週水曜日と給与支給日は定時退庁を呼びかけています。'}]
    F['initiativesIntro'] = ''
    F['supportTitle'] = '子育て・介護の支援制度'
    F['supportSystems'] = [
        {'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで', 'text': '男性職員の取得率は7割を超えました。'},
        {'name': '部分休業', 'duration': '1日2時間まで', 'durationText': '1日2時間まで', 'text': '子が小学校に就学するまで使えます。'},
        {'name': '子の看護休暇', 'duration': '年5日', 'durationText': '年5日', 'text': '子が2人以上のときは年10日です。'},
        {'name': '介護休暇', 'duration': '通算6か月', 'durationText': '通算6か月', 'text': '3回まで分割して取得できます。'}]
    F['contacts'] = [{'track': '主な採用窓口', 'office': '岩手県 総務部 人事課 人材育成担当', 'tel': ['019-629-5097'],
                      'email': ['AA0002@pref.iwate.jp'], 'location': '', 'telText': ['TEL 019-629-5097'],
                      'emailText': ['E-mail AA0002@pref.iwate.jp'], 'hoursText': '受付時間 平日8:30～17:15'}]
    F['access'] = {'address': '〒020-8570 岩手県盛岡市内丸10-1',
                   'routes': ['JR東北本線『盛岡』駅東口11番のりばから岩手県交通バス「県庁・市役所前」下車 徒歩約1分',
                              'JR山田線『上盛岡』駅から徒歩約20分'], 'routesSynthesised': False}
    F['keyFigures'] = []
    F['decoys'] = {'sidebar': '数字で見る岩手県 (令和7年度当初予算, 職員数, 面積, 令和6年度 受験者数): year-labelled, no fact',
                   'paragraph': 'the sentences around the assignment run are text', 'hours': 'the 受付時間 line'}

    p1, p2 = Page(), Page()
    # masthead
    p1.rect(0, H - 92, W, 92, fill=col)
    x = 40; y = H - 58
    w1 = p1.add(x, y, '岩手県', 'M', 26, white)
    p1.add(x + w1 + 10, y, '職員採用ガイド', 'G', 14, white)
    p1.exp.append('岩手県 職員採用ガイド')
    ed = '令和8年3月発行'
    p1.add(W - 40 - sw(ed, 'G', 9.5), y, ed, 'G', 9.5, white, exp=True)
    y = H - 120
    y = para(p1, 40, y, W - 80, F['lead']['text'][0], 'M', 10.5, 18) - 6
    y = heading(p1, 40, y, '採用実績', col)
    # hiring (left) + sidebar (right)
    p1.add(40, y, '採用者数の推移（単位：人）', 'G', 9, INK, exp=True)
    ytab = y - 8
    hr = [['年度', '事務職', '技術職', '計']]
    for r in rows:
        def c(d):
            return d['text'] + (f"（{d['womenText']}）" if d.get('women') is not None else '')
        hr.append([r['labelText'], c(r['admin']), c(r['tech']), c(r['total'])])
    yb = table(p1, 40, ytab, [100, 70, 70, 70], hr, 'M', 9, 19, align=['l', 'r', 'r', 'r'],
               hfill=tint, row_fills={6: HexColor('#F4F1E4')})
    yb = para(p1, 40, yb - 14, 320, F['hiring']['note'][0], 'M', 8)
    # sidebar
    sx, sw_ = 380, W - 40 - 380
    p1.rect(sx, yb + 2, sw_, y + 12 - yb - 2, fill=HexColor('#F1F5F2'), stroke=col, lw=0.6)
    yy = y - 4
    p1.add(sx + 10, yy, '数字で見る岩手県', 'G', 10, col, exp=True); yy -= 20
    for k, v in [('令和7年度当初予算', '約7,210億円'), ('職員数（令和7年4月1日）', '4,386人'),
                 ('面積', '15,275平方キロメートル'), ('令和6年度 採用試験の受験者数', '1,072人')]:
        p1.add(sx + 10, yy, k, 'M', 8, INK, exp=True); yy -= 14
        p1.add(sx + sw_ - 10 - sw(v, 'G', 11), yy, v, 'G', 11, col, exp=True); yy -= 20
    y = min(yb, yy) - 24
    y = heading(p1, 40, y, '配属実績', col)
    run_a = '、'.join(f'{u} {a}名' for u, a, t in units if a)
    run_t = '、'.join(f'{u} {t}名' for u, a, t in units if t)
    text = ('2025年度に採用した職員は、本人の希望と適性をふまえ、次の部局に配属されました。'
            f'事務職は、{run_a}、技術職は、{run_t}です。'
            '広域振興局は県内4か所にあり、若いうちから地域の現場を経験します。')
    y = para(p1, 40, y, W - 80, text, 'M', 9.5, 17) - 8
    y = heading(p1, 40, y, F['exams']['title'], col)
    er = [['区分', '試験', '職種', '採用予定数']]
    for e in F['exams']['entries']:
        for b in e['breakdown']:
            er.append([e['track'], e['exam'], b['category'], f"{b['count']}名"])
    yb = table(p1, 40, y + 4, [90, 120, 150, 90], er, 'M', 9, 18, align=['l', 'l', 'l', 'r'], hfill=tint)
    pageno(p1, '- 1 -')
    # p2
    y = H - 60
    y = heading(p2, 40, y, '働き方改革の取組', col)
    for i in F['initiatives']:
        p2.add(40, y, '■' + i['title'], 'G', 9.5, INK, exp=True); y -= 15
        y = para(p2, 52, y, W - 92, i['text'], 'M', 9) - 4
    y -= 10
    y = heading(p2, 40, y, F['supportTitle'], col)
    y = support_table(p2, 40, y + 4, W - 80, F['supportSystems'], tint) - 26
    y = heading(p2, 40, y, F['training']['title'], col)
    for ptxt in F['training']['paragraphs']:
        y = para(p2, 40, y, W - 80, ptxt, 'M', 9)
    y -= 20
    y = heading(p2, 40, y, '主な採用窓口', col)
    y = contact_block(p2, 40, y, F['contacts'][0], F['access'], col, '') - 12
    y = heading(p2, 40, y, 'アクセス', col)
    routes_block(p2, 40, y, F['access'], ['①', '②'], W - 80)
    pageno(p2, '- 2 -')
    return F, [p1, p2]


def build_cas():
    col = HexColor('#1F3A68'); tint = HexColor('#E6EAF3')
    F = {'organization': '内閣官房', 'document': '内閣官房 職員採用案内',
         'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '2026年4月発行'},
         'lead': {'title': '', 'text': ['内閣の要として、総理大臣を直接支え、省庁の枠を越えて重要政策の総合調整にあたる。国の中枢で働く一員を募集します。']}}
    data = [(2021, 9, 2, 5), (2022, 10, 2, 5), (2023, 8, 3, 4), (2024, 11, 3, 6), (2025, 10, 2, 6)]
    rows = [hrow(fy, era(fy), False, a, t, None, None, w) for fy, a, t, w in data]
    for r in rows:
        r['total']['womenText'] = str(r['total']['women'])
    rows.append(hrow(2026, '令和8年度（予定）', True, 11, 3, None, None, None))
    F['hiring'] = {'intro': ['採用者数の推移（単位：人）'], 'note': ['※「うち女性」は計の内数です。令和8年度は採用予定数です。'],
                   'tracks': {'admin': '事務職', 'tech': '技術職'}, 'textSynthesised': False,
                   'layout': 'years down; BILINGUAL two-line header cells (事務職 / Administrative); WOMEN ONLY FOR THE TOTAL (one うち女性 column after 計; track women not given, null)',
                   'rows': rows}
    units = [('内閣総務官室', 2, None), ('内閣官房副長官補室', 3, None), ('国家安全保障局', 2, None),
             ('内閣情報調査室', 1, 1), ('国家サイバー統括室', None, 1), ('内閣人事局', 2, None)]
    F['assignments'] = {'cohortFiscalYear': 2025, 'intro': '配属実績（令和7年度採用者）',
                        'tracks': {'admin': '事務職', 'tech': '技術職'},
                        'layout': 'ruled table No. | 配属先 | 事務職 | 技術職 with a SERIAL-NUMBER column (1-6, decoys)',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units]}
    F['exams'] = {'title': '試験区分別の採用予定（令和8年度）', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled table 区分 | 試験の程度 | 試験区分 | 採用予定数',
                  'entries': [
                      {'track': '事務職', 'exam': '大卒程度', 'text': '', 'breakdown': [{'category': '行政', 'count': 9}], 'total': 9},
                      {'track': '事務職', 'exam': '高卒程度', 'text': '', 'breakdown': [{'category': '一般事務', 'count': 2}], 'total': 2},
                      {'track': '技術職', 'exam': '大卒程度', 'text': '', 'breakdown': [{'category': 'デジタル・電気・電子', 'count': 2}], 'total': 2},
                      {'track': '技術職', 'exam': '院卒程度', 'text': '', 'breakdown': [{'category': '工学', 'count': 1}], 'total': 1}]}
    F['training'] = {'title': '研修', 'paragraphs': [
        '採用時の初任研修に続き、2年目と4年目にフォローアップ研修を行います。',
        '各府省や地方公共団体への出向、海外の大学院への留学の機会もあります。']}
    F['initiatives'] = [
        {'title': 'フレックスタイム制', 'text': 'コアタイムのない勤務時間の割振りで、国会対応のある日も柔軟に働けます。'},
        {'title': 'ペーパーレス化', 'text': '会議資料は原則として電子で配布し、持ち帰り作業をなくしました。'},
        {'title': '勤務間インターバル', 'text': '終業から次の始業まで11時間を空けることを目安にしています。'}]
    F['initiativesIntro'] = ''
    F['supportTitle'] = '両立支援制度'
    F['supportSystems'] = [
        {'name': '産前・産後休暇', 'duration': '産前6週間・産後8週間', 'durationText': '産前6週間・産後8週間', 'text': '多胎妊娠の場合、産前は14週間です。'},
        {'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで', 'text': '2回まで分割して取得できます。'},
        {'name': '育児時間', 'duration': '1日2回各30分', 'durationText': '1日2回各30分', 'text': '子が1歳6か月に達するまで使えます。'}]
    F['contacts'] = [{'track': 'お問い合わせ', 'office': '内閣官房 内閣総務官室 人事担当', 'tel': ['03-5253-2111'],
                      'email': ['saiyo-jinji@cas.go.jp'], 'location': '', 'telText': ['TEL 03-5253-2111'],
                      'emailText': ['E-mail saiyo-jinji@cas.go.jp'], 'hoursText': '受付時間 平日9:30～18:15'}]
    F['access'] = {'address': '〒100-8968 東京都千代田区永田町1-6-1',
                   'routes': ['東京メトロ丸ノ内線・千代田線『国会議事堂前』駅 3番出口から徒歩約3分',
                              '東京メトロ銀座線・南北線『溜池山王』駅 8番出口から徒歩約5分'], 'routesSynthesised': False}
    F['keyFigures'] = []
    F['decoys'] = {'serial': 'the No. column (1-6) of the assignment table', 'english': 'Cabinet Secretariat and the English header lines',
                   'hours': 'the 受付時間 line'}

    p1, p2 = Page(), Page()
    p1.rect(0, H - 100, W, 100, fill=col)
    y = H - 56
    w1 = p1.add(44, y, '内閣官房', 'M', 28, white)
    p1.add(44 + w1 + 12, y, '職員採用案内', 'G', 14, white)
    p1.exp.append('内閣官房 職員採用案内')
    ed = '2026年4月発行'
    p1.add(W - 44 - sw(ed, 'G', 9.5), y, ed, 'G', 9.5, white, exp=True)
    p1.add(44, y - 24, 'Cabinet Secretariat', 'Helvetica', 11, white, exp=True)
    y = H - 130
    y = para(p1, 44, y, W - 88, F['lead']['text'][0], 'M', 10.5, 18) - 8
    y = heading(p1, 44, y, '採用者数の推移（単位：人）', col)
    hdr = [['年度', ('Fiscal year', 6.5)], ['事務職', ('Administrative', 6.5)], ['技術職', ('Technical', 6.5)],
           ['計', ('Total', 6.5)], ['うち女性', ('Women', 6.5)]]
    hr = [hdr]
    for r in rows:
        hr.append([r['labelText'], r['admin']['text'], r['tech']['text'], r['total']['text'],
                   r['total']['womenText'] if r['total']['women'] is not None else '－'])
    yb = table(p1, 44, y + 4, [120, 85, 85, 85, 85], hr, 'M', 9, [28] + [18] * 6, align=['l', 'r', 'r', 'r', 'r'],
               hfill=tint, row_fills={6: HexColor('#F6EFE0')})
    y = para(p1, 44, yb - 13, W - 88, F['hiring']['note'][0], 'M', 8) - 14
    y = heading(p1, 44, y, F['assignments']['intro'], col)
    ar = [['No.', '配属先', '事務職', '技術職']]
    for i, (u, a, t) in enumerate(units, 1):
        ar.append([str(i), u, str(a) if a else '－', str(t) if t else '－'])
    yb = table(p1, 44, y + 4, [36, 200, 80, 80], ar, 'M', 9, 18, align=['c', 'l', 'r', 'r'], hfill=tint)
    y = yb - 26
    y = heading(p1, 44, y, F['exams']['title'], col)
    er = [['区分', '試験の程度', '試験区分', '採用予定数']]
    for e in F['exams']['entries']:
        for b in e['breakdown']:
            er.append([e['track'], e['exam'], b['category'], f"{b['count']}名"])
    table(p1, 44, y + 4, [90, 100, 150, 90], er, 'M', 9, 18, align=['l', 'l', 'l', 'r'], hfill=tint)
    pageno(p1, '1 / 2')
    y = H - 60
    y = heading(p2, 44, y, '働き方改革', col)
    for i in F['initiatives']:
        p2.add(44, y, '●' + i['title'], 'G', 9.5, INK, exp=True); y -= 15
        y = para(p2, 56, y, W - 100, i['text'], 'M', 9) - 4
    y -= 10
    y = heading(p2, 44, y, F['supportTitle'], col)
    y = support_table(p2, 44, y + 4, W - 88, F['supportSystems'], tint) - 26
    y = heading(p2, 44, y, F['training']['title'], col)
    for ptxt in F['training']['paragraphs']:
        y = para(p2, 44, y, W - 88, ptxt, 'M', 9)
    y -= 20
    y = heading(p2, 44, y, 'お問い合わせ', col)
    y = contact_block(p2, 44, y, F['contacts'][0], F['access'], col, '') - 12
    y = heading(p2, 44, y, 'アクセス', col)
    routes_block(p2, 44, y, F['access'], ['■', '■'], W - 88)
    pageno(p2, '2 / 2')
    return F, [p1, p2]


def build_nict():
    col = HexColor('#0B6E8A'); tint = HexColor('#DDEFF4')
    F = {'organization': '情報通信研究機構', 'document': '情報通信研究機構 職員採用案内',
         'edition': {'year': 2026, 'asOf': '2026-02', 'asOfText': '2026年2月発行'},
         'lead': {'title': '', 'text': ['情報通信の未来を切りひらく。電波と光、ネットワーク、サイバーセキュリティの研究開発と、その成果を社会に届ける仕事を担う仲間を募集します。']}}
    data = [(2021, 6, 14, 3, 3), (2022, 7, 15, 3, 4), (2023, 6, 17, 2, 4), (2024, 8, 16, 4, 5), (2025, 7, 18, 3, 5)]
    rows = [hrow(fy, era(fy), False, a, t, aw, tw) for fy, a, t, aw, tw in data]
    rows.append(hrow(2026, '令和8年度（予定）', True, 6, 16))
    F['hiring'] = {'intro': ['（単位：人）うち女性は内数です。'], 'note': ['※令和8年度は採用予定数です。'],
                   'tracks': {'admin': '事務職', 'tech': '研究・技術職'}, 'textSynthesised': False,
                   'layout': 'years down; the TECHNICAL track columns BEFORE the administrative ones (年度 | 研究・技術職 | うち女性 | 事務職 | うち女性 | 計 | うち女性)',
                   'rows': rows}
    units = [('ネットワーク研究所', None, 5), ('ユニバーサルコミュニケーション研究所', None, 3),
             ('サイバーセキュリティ研究所', None, 4), ('電磁波研究所', None, 4), ('未来ICT研究所', None, 2),
             ('経営企画部', 2, None), ('財務部', 2, None), ('総務部', 3, None)]
    F['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務', 'tech': '研究・技術'},
                        'layout': 'ruled table 配属先 | 研究・技術 | 事務 (technical column first)',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in units]}
    F['exams'] = {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'exam levels as COLUMN GROUPS 大学卒業程度 / 大学院修了程度, each spanning 試験区分 | 人数; tracks as row-spanning cells; ragged groups',
                  'entries': [
                      {'track': '研究・技術職', 'exam': '大学卒業程度', 'text': '', 'breakdown': [{'category': '電気・電子', 'count': 3}, {'category': '情報工学', 'count': 4}, {'category': '機械', 'count': 1}], 'total': 8},
                      {'track': '研究・技術職', 'exam': '大学院修了程度', 'text': '', 'breakdown': [{'category': '情報通信', 'count': 6}, {'category': '電磁波計測', 'count': 2}], 'total': 8},
                      {'track': '事務職', 'exam': '大学卒業程度', 'text': '', 'breakdown': [{'category': '行政', 'count': 4}], 'total': 4},
                      {'track': '事務職', 'exam': '大学院修了程度', 'text': '', 'breakdown': [{'category': '行政', 'count': 2}], 'total': 2}]}
    F['training'] = {'title': '人材育成', 'paragraphs': [
        '新人研修のあと、研究職はメンター制度のもとで研究計画を立て、3年目に中間評価を受けます。',
        '事務職は本部と研究所を3年程度で異動し、英語研修や海外研究機関との連携業務も経験します。']}
    F['initiatives'] = [
        {'title': '裁量労働制', 'text': '研究職は、研究の進め方に合わせて勤務時間を自ら決められます。'},
        {'title': 'テレワーク', 'text': '事務職も週3日まで在宅勤務ができ、実験のない日は研究職も利用できます。'},
        {'title': '学内保育施設', 'text': '小金井本部の敷地内に保育施設があり、0歳から預けられます。'}]
    F['initiativesIntro'] = ''
    F['supportTitle'] = '仕事と家庭の両立支援'
    F['supportSystems'] = [
        {'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで', 'text': '研究職の男性の取得も増えています。'},
        {'name': '育児短時間勤務', 'duration': '小学校就学まで', 'durationText': '小学校就学まで', 'text': '1日4時間からの勤務を選べます。'},
        {'name': '介護休業', 'duration': '通算93日', 'durationText': '通算93日', 'text': '対象家族1人につき3回まで分割できます。'}]
    F['contacts'] = [{'track': '採用に関するお問い合わせ', 'office': '情報通信研究機構 総務部 人事室 採用担当', 'tel': ['042-327-5392'],
                      'email': ['recruit-info@nict.go.jp'], 'location': '', 'telText': ['TEL 042-327-5392'],
                      'emailText': ['E-mail recruit-info@nict.go.jp'], 'hoursText': '受付時間 平日9:00～17:00'}]
    F['access'] = {'address': '〒184-8795 東京都小金井市貫井北町4-2-1',
                   'routes': ['JR中央線『武蔵小金井』駅北口から京王バス「情報通信研究機構」下車 徒歩約1分',
                              'JR中央線『国分寺』駅北口から京王バス「情報通信研究機構」下車 徒歩約1分'], 'routesSynthesised': False}
    F['keyFigures'] = []
    F['decoys'] = {'strip': 'the fact strip (研究者 約470名 …), no fact',
                   'second hiring table': '（参考）任期付研究員・特別研究員の採用実績: same years and the same column pattern as the hiring table, not hiring facts', 'kicker': '国立研究開発法人', 'hours': 'the 受付時間 line'}

    p1, p2 = Page(), Page()
    p1.rect(0, H - 104, W, 104, fill=tint)
    p1.rect(0, H - 106, W, 2, fill=col)
    p1.add(40, H - 36, '国立研究開発法人', 'G', 9, col, exp=True)
    y = H - 68
    w1 = p1.add(40, y, '情報通信研究機構', 'M', 24, col)
    p1.add(40 + w1 + 10, y, '職員採用案内', 'G', 13, col)
    p1.exp.append('情報通信研究機構 職員採用案内')
    p1.add(40, y - 22, '2026年2月発行', 'G', 9, col, exp=True)
    y = H - 136
    y = para(p1, 40, y, W - 80, F['lead']['text'][0], 'M', 10.5, 18) - 2
    p1.add(40, y, '研究者 約470名　拠点 国内8か所　設立 2004年', 'G', 9, col, exp=True)
    y -= 26
    y = heading(p1, 40, y, '採用実績', col)
    p1.add(40, y, F['hiring']['intro'][0], 'M', 8.5, INK, exp=True)
    hr = [['年度', '研究・技術職', 'うち女性', '事務職', 'うち女性', '計', 'うち女性']]
    for r in rows:
        def wt(d):
            return d['womenText'] if d.get('women') is not None else '－'
        hr.append([r['labelText'], r['tech']['text'], wt(r['tech']), r['admin']['text'], wt(r['admin']),
                   r['total']['text'], wt(r['total'])])
    yb = table(p1, 40, y - 8, [110, 80, 58, 62, 58, 62, 58], hr, 'M', 9, 18, align=['l'] + ['r'] * 6,
               hfill=tint, row_fills={6: HexColor('#FFF4D6')})
    y = para(p1, 40, yb - 13, W - 80, F['hiring']['note'][0], 'M', 8) - 14
    y = heading(p1, 40, y, F['assignments']['intro'], col)
    ar = [['配属先', '研究・技術', '事務']]
    for u, a, t in units:
        ar.append([u, str(t) if t else '－', str(a) if a else '－'])
    yb = table(p1, 40, y + 4, [230, 80, 80], ar, 'M', 9, 17, align=['l', 'r', 'r'], hfill=tint)
    y = yb - 26
    p1.add(40, y, '（参考）任期付研究員・特別研究員の採用実績（単位：人）', 'G', 9, INK, exp=True)
    dr = [['年度', '任期付研究員', 'うち女性', '特別研究員', 'うち女性', '計', 'うち女性']]
    for fy, a, aw, b, bw in [(2021, 12, 3, 9, 2), (2022, 10, 2, 8, 2), (2023, 14, 4, 10, 2), (2024, 11, 3, 8, 2), (2025, 13, 4, 9, 3)]:
        dr.append([era(fy), str(a), str(aw), str(b), str(bw), str(a + b), str(aw + bw)])
    yb = table(p1, 40, y - 8, [110, 80, 58, 62, 58, 62, 58], dr, 'M', 9, 17, align=['l'] + ['r'] * 6,
               hfill=HexColor('#EEEEEE'))
    y = para(p1, 40, yb - 13, W - 80, '※任期付研究員・特別研究員は、上の表の採用者数に含みません。', 'M', 8) - 14
    pageno(p1, '- 1 -')
    y = H - 60
    y = heading(p2, 40, y, F['exams']['title'], col)
    ex = F['exams']['entries']
    er = [['区分', '大学卒業程度', None, '大学院修了程度', None],
          [None, '試験区分', '人数', '試験区分', '人数'],
          ['研究・技術職', '電気・電子', '3名', '情報通信', '6名'],
          [None, '情報工学', '4名', '電磁波計測', '2名'],
          [None, '機械', '1名', None, None],
          ['事務職', '行政', '4名', '行政', '2名']]
    y = table(p2, 40, y + 4, [100, 120, 60, 120, 60], er, 'M', 9, 18, header_rows=2, align=['l', 'l', 'r', 'l', 'r'],
          hfill=tint, colspans={(0, 1): 2, (0, 3): 2}, rowspans={(0, 0): 2, (2, 0): 3}) - 16
    y -= 10
    y = heading(p2, 40, y, '働きやすい環境づくり', col)
    for i in F['initiatives']:
        p2.add(40, y, '◆' + i['title'], 'G', 9.5, INK, exp=True); y -= 15
        y = para(p2, 52, y, W - 92, i['text'], 'M', 9) - 4
    y -= 10
    y = heading(p2, 40, y, F['supportTitle'], col)
    y = support_table(p2, 40, y + 4, W - 80, F['supportSystems'], tint) - 26
    y = heading(p2, 40, y, F['training']['title'], col)
    for ptxt in F['training']['paragraphs']:
        y = para(p2, 40, y, W - 80, ptxt, 'M', 9)
    y -= 20
    y = heading(p2, 40, y, '採用に関するお問い合わせ', col)
    y = contact_block(p2, 40, y, F['contacts'][0], F['access'], col, '') - 12
    y = heading(p2, 40, y, 'アクセス', col)
    routes_block(p2, 40, y, F['access'], ['■', '■'], W - 80)
    pageno(p2, '- 2 -')
    return F, [p1, p2]


BUILDERS = {'iwate': build_iwate, 'cas': build_cas, 'nict': build_nict}


# ---------------------------------------------------------------- rendering

def render(pages, seed):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
    for n, pg in enumerate(pages):
        c.setPageSize((pg.w, pg.h))
        for g in pg.gfx:
            c.saveState()
            if g[0] == 'rect':
                _, x, y, w, h, fill, stroke, lw = g
                if fill is not None:
                    c.setFillColor(fill)
                if stroke is not None:
                    c.setStrokeColor(stroke); c.setLineWidth(lw)
                c.rect(x, y, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke is not None else 0)
            else:
                _, x0, y0, x1, y1, colr, lw = g
                c.setStrokeColor(colr); c.setLineWidth(lw); c.line(x0, y0, x1, y1)
            c.restoreState()
        items = list(pg.items)
        random.Random(seed * 100 + n).shuffle(items)
        for it in items:
            c.saveState()
            c.setFillColor(it['c']); c.setFont(it['f'], it['s'])
            c.drawString(it['x'], it['y'], it['t'])
            c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- checks

def nows(s):
    return ''.join(s.split())


def stand_in(F):
    T = score_extract.track; L = score_extract.level
    h = [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'],
          'total': {'count': r['total']['count'], 'women': r['total'].get('women')},
          'administrative': {'count': r['admin']['count'], 'women': r['admin'].get('women')},
          'technical': {'count': r['tech']['count'], 'women': r['tech'].get('women')}} for r in F['hiring']['rows']]
    a = F['assignments']
    return {'organization': F['organization'], 'edition': {'asOf': F['edition']['asOf']}, 'sections': {
        'hiring': {'rows': h},
        'assignments': {'cohortFiscalYear': a['cohortFiscalYear'],
                        'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0} for r in a['rows']]},
        'examBreakdown': {'entries': [{'track': T(e['track']), 'level': L(e['exam']), 'category': b['category'], 'count': b['count']}
                                      for e in F['exams']['entries'] for b in e['breakdown']]},
        'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']} for c in F['contacts']],
        'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in F['access']['routes']]},
        'initiatives': [{'title': i['title']} for i in F['initiatives']],
        'supportSystems': [{'name': i['name']} for i in F['supportSystems']]}}


KINDS = ['organization', 'edition', 'hiring', 'assignment', 'assignment cohort', 'exam', 'phone', 'email', 'office',
         'route', 'initiative', 'support']


def kind(name):
    if name == 'assignment cohort':
        return name
    return name.split(' ')[0]


def arithmetic(F, errs, women_tracks=True):
    rows = F['hiring']['rows']
    for r in rows:
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            errs.append(f"hiring total {r['labelText']}")
        for k in ('total', 'admin', 'tech'):
            d = r[k]
            if d['text'] != str(d['count']):
                errs.append(f'hiring text {r["labelText"]} {k}')
            if d.get('women') is not None and d['women'] > d['count']:
                errs.append(f'women > heads {r["labelText"]}')
            if d.get('women') is not None and d.get('womenText') != str(d['women']):
                errs.append(f'women text {r["labelText"]}')
            if r['planned'] and d.get('women') is not None:
                errs.append(f'women on the planned row {r["labelText"]}')
        aw, tw, ow = r['admin'].get('women'), r['tech'].get('women'), r['total'].get('women')
        if aw is not None and tw is not None and ow != aw + tw:
            errs.append(f"women total {r['labelText']}")
        if not r['planned'] and ow is None:
            errs.append(f"no women total {r['labelText']}")
        if r['label'] != era(r['fiscalYear']):
            errs.append(f"label {r['labelText']}")
    planned = [i for i, r in enumerate(rows) if r['planned']]
    if planned != [len(rows) - 1]:
        errs.append('planned row: exactly one and last')
    act = [r['fiscalYear'] for r in rows if not r['planned']]
    if len(act) < 5 or act != list(range(act[0], act[0] + len(act))):
        errs.append('actual years not >=5 consecutive')
    py = rows[-1]['fiscalYear']
    if not (py == F['edition']['year'] == F['exams']['fiscalYear'] == (act[-1] + 1 if act else None)):
        errs.append('planned year / edition / exam year')
    a = F['assignments']
    if a['cohortFiscalYear'] != (act[-1] if act else None):
        errs.append('assignment cohort')
    coh = {r['fiscalYear']: r for r in rows}.get(a['cohortFiscalYear'])
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        errs.append('duplicate assignment unit')
    for r in a['rows']:
        for k in ('admin', 'tech'):
            if r[k] is not None and r[k] <= 0:
                errs.append(f'zero/negative assignment {r["unit"]}')
    if coh:
        if sum(r['admin'] or 0 for r in a['rows']) != coh['admin']['count']:
            errs.append('assignment admin sum')
        if sum(r['tech'] or 0 for r in a['rows']) != coh['tech']['count']:
            errs.append('assignment tech sum')
    keys = set()
    per = Counter()
    for e in F['exams']['entries']:
        if sum(b['count'] for b in e['breakdown']) != e['total']:
            errs.append(f"exam entry total {e['track']} {e['exam']}")
        t = score_extract.track(e['track'])
        if t == 'other':
            errs.append(f"exam track other {e['track']}")
        for b in e['breakdown']:
            key = (t, score_extract.level(e['exam']), score_extract.norm(b['category']))
            if key in keys:
                errs.append(f'colliding exam category {key}')
            keys.add(key)
            per[t] += b['count']
    if per['administrative'] != rows[-1]['admin']['count']:
        errs.append('exam admin != planned admin')
    if per['technical'] != rows[-1]['tech']['count']:
        errs.append('exam tech != planned tech')
    for s in F['supportSystems']:
        if s['duration'] != s['durationText']:
            errs.append(f"support duration {s['name']}")


def printed_strings(F):
    out = [F['organization'], F['edition']['asOfText']] + F['lead']['text']
    h = F['hiring']
    out += h['intro'] + h['note'] + [h['tracks']['admin'], h['tracks']['tech']] + [r['labelText'] for r in h['rows']]
    a = F['assignments']
    out += [a['intro'], a['tracks']['admin'], a['tracks']['tech']] + [r['unit'] for r in a['rows']]
    e = F['exams']
    out += [e['title']] + [x['track'] for x in e['entries']] + [x['exam'] for x in e['entries']]
    out += [b['category'] for x in e['entries'] for b in x['breakdown']]
    for c in F['contacts']:
        out += [c['track'], c['office'], c['hoursText']] + c['tel'] + c['email'] + c['telText'] + c['emailText']
        for tt, t in zip(c['telText'], c['tel']):
            if ''.join(ch for ch in tt if ch.isdigit()) != ''.join(ch for ch in t if ch.isdigit()):
                out.append('\x00TEL line digits differ')
        for et, m in zip(c['emailText'], c['email']):
            if m not in et:
                out.append('\x00E-mail line differs')
    out += [F['access']['address']] + [r.replace('『', '').replace('』', '') for r in F['access']['routes']]
    for i in F['initiatives']:
        out += [i['title'], i['text']]
    out.append(F['supportTitle'])
    for s in F['supportSystems']:
        out += [s['name'], s['durationText'], s['text']]
    out += [F['training']['title']] + F['training']['paragraphs']
    return out


def pdf_text_objects(pdf):
    return pdf.count(b'BT 1 0 0 1 ')


def pdftotext_pages(pdf, n):
    with tempfile.NamedTemporaryFile(suffix='.pdf', delete=False) as f:
        f.write(pdf); path = f.name
    try:
        return [subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), '-enc', 'UTF-8', path, '-'],
                               capture_output=True, check=True).stdout.decode('utf-8') for i in range(1, n + 1)]
    finally:
        os.unlink(path)


def validate(name, F, pages, expected_pages, pdf):
    errs = []
    # glyphs, margins
    for pn, pg in enumerate(pages, 1):
        boxes = []
        for it in pg.items:
            f = it['f']
            for ch in it['t']:
                if f in CMAP:
                    if ord(ch) not in CMAP[f] and not ch.isspace():
                        errs.append(f'glyph missing p{pn} {ch!r} in {f}')
                elif not ch.isascii():
                    errs.append(f'non-ASCII in standard font p{pn} {ch!r}')
            w_ = sw(it['t'], f, it['s'])
            b = (it['x'], it['y'] - 0.15 * it['s'], it['x'] + w_, it['y'] + 0.85 * it['s'])
            if b[0] < EDGE or b[1] < EDGE or b[2] > pg.w - EDGE or b[3] > pg.h - EDGE:
                errs.append(f'edge margin p{pn} {it["t"][:20]}')
            boxes.append((b, it['t']))
        boxes.sort()
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i][0], boxes[j][0]
                if b[0] >= a[2] - 0.05:
                    break
                if a[0] < b[2] - 0.05 and b[0] < a[2] - 0.05 and a[1] < b[3] - 0.05 and b[1] < a[3] - 0.05:
                    errs.append(f'overlap p{pn} {boxes[i][1][:12]} / {boxes[j][1][:12]}')
        for t, f, s, avail in pg.cells:
            if sw(t, f, s) > avail + 0.01:
                errs.append(f'cell overflow p{pn} {t[:16]}')
        for lines, f, s, width in pg.wrapped:
            for k, ln in enumerate(lines):
                if k > 0 and ln and ln[0] in NO_START:
                    errs.append(f'kinsoku: line starts with {ln[0]} p{pn}')
                if k < len(lines) - 1 and ln and ln[-1] in NO_END:
                    errs.append(f'kinsoku: line ends with {ln[-1]} p{pn}')
                if sw(ln, f, s) > width + 0.01:
                    errs.append(f'wrapped line too wide p{pn}')
        drawn = Counter(nows(''.join(it['t'] for it in pg.items if not it['furn'])))
        want = Counter(nows(expected_pages[pn - 1]))
        if drawn != want:
            errs.append(f'expected text vs drawn p{pn}: +{dict(want - drawn)} -{dict(drawn - want)}')
    arithmetic(F, errs)
    doc_text = nows('\n'.join(expected_pages))
    for s in printed_strings(F):
        if s.startswith('\x00'):
            errs.append(s[1:])
        elif nows(s) not in doc_text:
            errs.append(f'fact not printed: {s}')
    lines = [ln.split('\t') for e in expected_pages for ln in e.split('\n')]
    for r in F['hiring']['rows']:
        want = Counter()
        for k in ('total', 'admin', 'tech'):
            want[r[k]['text']] += 1
            if r[k].get('women') is not None:
                want[r[k]['womenText']] += 1
        got = [Counter(re.findall(r'\d+', ' '.join(c[1:]))) for c in lines if c and c[0] == r['labelText']]
        if not any(not (want - g) for g in got):
            errs.append(f"hiring row not printed as in the facts: {r['labelText']}")
    res = score_extract.checks(F, stand_in(F), doc_text)
    if not all(ok for _, ok in res):
        errs.append('stand-in document misses: ' + ', '.join(n for n, ok in res if not ok))
    kinds = {kind(n) for n, _ in res}
    if kinds != set(KINDS):
        errs.append(f'checks not reached: {set(KINDS) - kinds}')
    if any(ok for _, ok in score_extract.checks(F, {}, doc_text)):
        errs.append('empty document scores')
    texts = pdftotext_pages(pdf, len(pages))
    for pn, (pg, t) in enumerate(zip(pages, texts), 1):
        if Counter(nows(t)) != Counter(nows(''.join(it['t'] for it in pg.items))):
            errs.append(f'pdftotext p{pn} differs')
    n_items = sum(len(pg.items) for pg in pages)
    if pdf_text_objects(pdf) != n_items:
        errs.append(f'text objects {pdf_text_objects(pdf)} != items {n_items}')
    return errs, res, n_items


SEEDS = {'iwate': 4201, 'cas': 4202, 'nict': 4203}


def make(name, mutate=None):
    _FAULT_USED.clear()
    F, pages = BUILDERS[name]()
    F['pages'] = len(pages); F['fixture'] = f'{name}-2026'
    expected = ['\n'.join(pg.exp) for pg in pages]
    if mutate:
        F, pages, expected = mutate(F, pages, expected)
    pdf = render(pages, SEEDS[name])
    errs, res, n = validate(name, F, pages, expected, pdf)
    if render(pages, SEEDS[name]) != pdf:
        errs.append('two renderings differ')
    return F, pages, expected, pdf, errs, res, n


def write(name):
    F, pages, expected, pdf, errs, res, n = make(name)
    if errs:
        print(f'{name}: REFUSED'); [print('  ' + e) for e in errs]; return False
    os.makedirs(OUT, exist_ok=True)
    base = os.path.join(OUT, f'{name}-2026')
    with open(base + '.pdf', 'wb') as f:
        f.write(pdf)
    with open(base + '.expected.txt', 'w', encoding='utf-8') as f:
        f.write('\n\f\n'.join(expected) + '\n')
    with open(base + '.facts.json', 'w', encoding='utf-8') as f:
        json.dump(F, f, ensure_ascii=False, indent=2); f.write('\n')
    by = Counter(kind(k) for k, _ in res)
    print(f'{name}-2026: {len(pages)} pp, {n} text objects, {len(res)} fact checks {dict(by)}')
    return True


# ---------------------------------------------------------------- self-test

def faults():
    def m(fn):
        def mut(F, pages, expected):
            F = copy.deepcopy(F)
            r = fn(F, pages, expected)
            return r if r else (F, pages, expected)
        return mut

    def overlap(F, P, E):
        it = dict(P[0].items[5]); it['x'] += 1; P[0].items.append(it)
        E[0] += '\n' + it['t']
    def extra(F, P, E):
        E[0] += '\nX'
    def htotal(F, P, E):
        F['hiring']['rows'][2]['total']['count'] += 1; F['hiring']['rows'][2]['total']['text'] = str(F['hiring']['rows'][2]['total']['count'])
    def wtotal(F, P, E):
        r = F['hiring']['rows'][1]['total']; r['women'] += 1; r['womenText'] = str(r['women'])
    def acount(F, P, E):
        r = F['assignments']['rows'][0]; k = 'admin' if r['admin'] else 'tech'; r[k] += 1
    def ecount(F, P, E):
        e = F['exams']['entries'][0]; e['breakdown'][0]['count'] += 1
    def email(F, P, E):
        F['contacts'][0]['email'] = ['nobody@example.go.jp']
    def emoji(F, P, E):
        P[1].add(100, 300, '😀', 'G', 9, exp=False); E[1] += '\n😀'
    def margin(F, P, E):
        P[1].add(5, 400, '余白', 'M', 9); E[1] += '\n余白'
    def wplanned(F, P, E):
        F['hiring']['rows'][-1]['admin']['women'] = 1; F['hiring']['rows'][-1]['admin']['womenText'] = '1'
    def pfirst(F, P, E):
        F['hiring']['rows'].insert(0, F['hiring']['rows'].pop())
    def collide(F, P, E):
        e = F['exams']['entries'][0]; e['breakdown'].append(dict(e['breakdown'][0])); e['breakdown'][-1]['count'] = 0
    def dup(F, P, E):
        F['assignments']['rows'].append(dict(F['assignments']['rows'][0]))
    def lastcat(F, P, E):
        e = F['exams']['entries'][-1]; e['breakdown'][-1]['count'] += 1; e['total'] += 1
    return [('overlap', m(overlap), 'overlap'), ('extra expected char', m(extra), 'expected text vs drawn'),
            ('hiring total +1', m(htotal), 'hiring total'), ('women total +1', m(wtotal), 'women total|hiring row not printed'),
            ('assignment +1', m(acount), 'assignment'), ('exam count +1', m(ecount), 'exam entry total'),
            ('e-mail not printed', m(email), 'fact not printed'), ('emoji', m(emoji), 'glyph missing'),
            ('edge margin', m(margin), 'edge margin'), ('women on planned row', m(wplanned), 'women on the planned row'),
            ('planned row first', m(pfirst), 'planned row'), ('colliding exam category', m(collide), 'colliding exam category'),
            ('overflowing cell', 'overflow', 'cell overflow'), ('line starts with 。', 'kinsoku', 'kinsoku'),
            ('duplicated unit', m(dup), 'duplicate assignment unit'), ('last exam category +1', m(lastcat), 'exam'),
            ]


def selftest(verbose):
    global FAULT
    ok = total = 0
    for name in BUILDERS:
        for label, fn, reason in faults():
            total += 1
            if isinstance(fn, str):
                FAULT = fn
                errs = make(name)[4]
                FAULT = None
            else:
                errs = make(name, fn)[4]
            hit = any(any(x in e for x in reason.split('|')) for e in errs)
            if label == 'last exam category +1':
                hit = any('exam admin != planned' in e or 'exam tech != planned' in e for e in errs)
            ok += hit
            if verbose or not hit:
                print(f'{name:6s} {label:26s} {"refused" if hit else "NOT CAUGHT"}: {errs[:2]}')
    # wrap keeps kinsoku
    total += 1
    ls = wrap('あいうえおかきくけこ、さしすせそ。たちつてと（なにぬねの）', 'M', 10, 100)
    good = all(not (l[0] in NO_START) for l in ls[1:]) and all(not l[-1] in NO_END for l in ls[:-1])
    ok += good
    if verbose:
        print(f'wrap keeps kinsoku: {good} {ls}')
    print(f'self-test: {ok}/{total} faults refused')
    return ok == total


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    names = [a for a in args if not a.startswith('-')] or list(BUILDERS)
    okk = all([write(n) for n in names])
    sys.exit(0 if okk else 1)


if __name__ == '__main__':
    main()
