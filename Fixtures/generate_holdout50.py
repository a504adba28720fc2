#!/usr/bin/env python3
"""Blind holdout set 50: three synthetic recruitment brochures of Tokyo's island bodies.

  python3 Fixtures/generate_holdout50.py                 # all three (deterministic)
  python3 Fixtures/generate_holdout50.py hachijo         # one (hachijo, miyake, ogasawara)
  python3 Fixtures/generate_holdout50.py --selftest -v   # fault injection: every fault must be refused

Self-contained: a page model in PDF coordinates, reportlab's canvas for the pages, fonts and text
objects (one text object per drawn item), PIL for the cover logotype image (hachijo), the checks and
a fault-injection self-test.  Needs reportlab, PIL, fonts-ipaexfont and pdftotext (poppler-utils).
"""
import copy, io, json, os, random, subprocess, sys, tempfile, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
import score_extract  # noqa: E402

from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402

OUT = os.path.join(HERE, 'holdout50')
GOTHIC = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'
MINCHO = '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'
pdfmetrics.registerFont(TTFont('IPAexG', GOTHIC))
pdfmetrics.registerFont(TTFont('IPAexM', MINCHO))
W, H = 595.28, 841.89
MARGIN = 14
KINSOKU = set('、。，．・：；？！）」』】〕ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ')
SEED = 50


class Refused(Exception):
    pass


def era(y):
    return f'令和{y - 2018}年度'


def has_glyph(font, ch):
    if font == 'Helvetica':
        return ord(ch) < 128
    face = pdfmetrics.getFont(font).face
    return ord(ch) in face.charToGlyph


def width(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self):
        self.items = []      # dict(x, y, text, font, size, kind)
        self.graphics = []   # ('rect', x, y, w, h, fill rgb or None, stroke) / ('line', ...) / ('image', ...)
        self.expected = []   # lines (cells joined by TAB)

    def text(self, x, y, s, font='IPAexG', size=9.0, kind='body'):
        self.items.append(dict(x=x, y=y, text=s, font=font, size=size, kind=kind))

    def line(self, x, y, s, font='IPAexG', size=9.0):
        self.text(x, y, s, font, size)
        self.expected.append(s)


class Doc:
    def __init__(self, n):
        self.pages = [Page() for _ in range(n)]


def heading(p, x, y, s, w):
    p.graphics.append(('rect', x, y - 4, w, 17, (0.16, 0.38, 0.52), None))
    p.text(x + 5, y + 0.5, s, 'IPAexG', 11)
    p.items[-1]['white'] = True
    p.expected.append(s)
    return y - 22


def ruled_table(p, x, y, cols, rows, size=8.6, pitch=15.0, header_tint=(0.85, 0.91, 0.95), align=None,
                excel=None, spans=None):
    """rows: list of lists of cell strings (expected cells).  excel: dict col -> (mode, nchars) padding
    the DRAWN string with ASCII spaces ('l' = right-padded label, 'r' = left-padded figure), drawn
    from the cell's left edge.  spans: {(r, c): nrows} a cell spanning rows, text vertically centred."""
    spans = spans or {}
    covered = set()
    for (r, c), n in spans.items():
        for k in range(1, n):
            covered.add((r + k, c))
    total_w = sum(cols)
    top = y + pitch - 4
    p.graphics.append(('rect', x, top - pitch, total_w, pitch, header_tint, None))
    for r, row in enumerate(rows):
        cx = x
        base = y - r * pitch
        for c, cell in enumerate(row):
            if (r, c) in covered:
                if cell != '':
                    raise Refused(f'spanned cell not empty: {cell}')
                cx += cols[c]
                continue
            b = base
            if (r, c) in spans:
                b = base - (spans[(r, c)] - 1) * pitch / 2
            if cell:
                ink = width(cell, 'IPAexG', size)
                if ink > cols[c] - 4:
                    raise Refused(f'cell overflows its column: {cell}')
                a = (align or {}).get(c, 'l') if r > 0 else 'c'
                drawn = cell
                tx = cx + 3
                if excel and c in excel and r > 0:
                    mode, n = excel[c]
                    drawn = cell.ljust(n) if mode == 'l' else cell.rjust(n)
                elif a == 'r':
                    tx = cx + cols[c] - 3 - ink
                elif a == 'c':
                    tx = cx + (cols[c] - ink) / 2
                p.text(tx, b, drawn, 'IPAexG', size)
            cx += cols[c]
        p.expected.append('\t'.join(row))
    n = len(rows)
    bottom = top - n * pitch
    # rules: horizontal (not across a spanned cell), vertical
    for r in range(n + 1):
        yy = top - r * pitch
        cx = x
        for c in range(len(cols)):
            if not ((r, c) in covered):
                p.graphics.append(('line', cx, yy, cx + cols[c], yy))
            cx += cols[c]
    cx = x
    for c in range(len(cols) + 1):
        p.graphics.append(('line', cx, top, cx, bottom))
        if c < len(cols):
            cx += cols[c]
    return bottom - 14


def paragraph(p, x, y, lines, size=8.8, lead=13.0, font='IPAexG'):
    for s in lines:
        p.line(x, y, s, font, size)
        y -= lead
    return y


# ---------------------------------------------------------------- brochure content
def base_facts(org, asof, asof_text, lead):
    return {'organization': org, 'document': '', 'edition': {'year': 2026, 'asOf': asof, 'asOfText': asof_text},
            'lead': {'title': '', 'text': [lead]}}


def hiring_rows(tracks, admin, tech, planned, label_fmt, count_fmt):
    rows = []
    for i, y in enumerate(range(2021, 2026)):
        (a, aw), (t, tw) = admin[i], tech[i]
        rows.append(dict(fiscalYear=y, label=era(y), labelText=label_fmt(y), planned=False,
                         total=dict(count=a + t, text=count_fmt(a + t), women=aw + tw, womenText=count_fmt(aw + tw)),
                         admin=dict(count=a, text=count_fmt(a), women=aw, womenText=count_fmt(aw)),
                         tech=dict(count=t, text=count_fmt(t), women=tw, womenText=count_fmt(tw))))
    a, t = planned
    rows.append(dict(fiscalYear=2026, label=era(2026), labelText=label_fmt(2026) + '（予定）', planned=True,
                     total=dict(count=a + t, text=count_fmt(a + t), women=None),
                     admin=dict(count=a, text=count_fmt(a), women=None),
                     tech=dict(count=t, text=count_fmt(t), women=None)))
    return rows


def cell(v):
    return v['text'] if v.get('women') is None else f"{v['text']}（{v.get('womenText')}）"


SPECS = {}


def spec_hachijo():
    f = base_facts('八丈町', '2026-04', '令和8年4月発行', '黒潮の島で、町民の暮らしと観光を支える仕事です。')
    f['document'] = '職員採用案内'
    tracks = {'admin': '事務職', 'tech': '技術職'}
    f['hiring'] = dict(intro=['職員採用者数の推移（単位：人）'], note=['※（　）内は女性の数で内数です。令和8年度は予定数です。'],
                       tracks=tracks, textSynthesised=False,
                       layout='Excel export: one text object per cell, labels right-padded and figures left-padded with ASCII spaces',
                       rows=hiring_rows(tracks, [(6, 3), (5, 2), (7, 4), (6, 3), (8, 5)],
                                        [(2, 0), (3, 1), (2, 1), (3, 0), (2, 1)], (7, 3), era, str))
    f['assignments'] = dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先（単位：人）', tracks=tracks,
                            layout='Excel export as the hiring table',
                            rows=[dict(unit='総務課', admin=2, tech=None), dict(unit='企画財政課', admin=1, tech=None),
                                  dict(unit='住民課', admin=2, tech=None), dict(unit='福祉健康課', admin=2, tech=None),
                                  dict(unit='産業観光課', admin=1, tech=None), dict(unit='建設課', admin=None, tech=2)])
    f['exams'] = dict(title='令和8年度 採用予定', fiscalYear=2026, textSynthesised=False, layout='ruled 区分 | 試験 | 職種 | 採用予定数',
                      entries=[dict(track='事務職', exam='大学卒業程度', text='', breakdown=[dict(category='事務', count=5)], total=5),
                               dict(track='事務職', exam='高校卒業程度', text='', breakdown=[dict(category='一般事務', count=2)], total=2),
                               dict(track='技術職', exam='大学卒業程度', text='', breakdown=[dict(category='土木', count=2), dict(category='保健師', count=1)], total=3)])
    f['training'] = dict(title='職員研修', paragraphs=['東京都の市町村職員研修所で基礎研修を受講します。', '本土の自治体への派遣研修もあります。'])
    f['initiatives'] = [dict(title='島内テレワーク', text='支所や出張所でも庁内の端末を使えます。'),
                        dict(title='台風時の在宅待機', text='船や飛行機の欠航時は在宅での勤務を認めています。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '子育て・介護の支援'
    f['supportSystems'] = [dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text='町内の保育所の入所も相談できます。'),
                           dict(name='介護休暇', duration='通算6か月まで', durationText='通算6か月まで', text='3回まで分割して取得できます。')]
    f['contacts'] = [dict(track='お問い合わせ', office='八丈町 総務課 人事係', tel=['04996-2-1123'], email=['jinji@town.hachijo.tokyo.jp'],
                          location='', telText=['TEL 04996-2-1123'], emailText=['E-mail jinji@town.hachijo.tokyo.jp'],
                          hoursText='受付時間 平日8:30～17:15')]
    f['access'] = dict(address='〒100-1498 東京都八丈町大賀郷2551-2',
                       routes=['『八丈島空港』から車で約5分', '『底土港』から車で約10分'], routesSynthesised=False)
    f['keyFigures'] = []
    f['decoys'] = dict(logotype='the cover name 八丈町 is an image (no text); the name as text is only in the colophon and the contact office',
                       excel='table cells padded with ASCII spaces: the padded advance of a label runs over the next column',
                       sea='access by air and sea only: an airport and a port stand where a station would; a ship time line (東京（竹芝）から…) is no route',
                       hours='the 受付時間 line')
    return f


def spec_miyake():
    fw = lambda s: str(s).translate({ord(c): ord(c) + 0xFEE0 for c in '0123456789'})
    lab = lambda y: f'令和 {fw(str(y - 2018))} 年度'
    f = base_facts('三宅村', '2026-04', '令和 ８ 年 ４ 月 発行', '火山とともに生きる島で、村民の安全と暮らしを守ります。')
    f['document'] = '三宅村 職員採用案内'
    tracks = {'admin': '事務', 'tech': '技術'}
    f['hiring'] = dict(intro=['採用者数（単位：人）'], note=['※（　）内は女性の数で内数です。'],
                       tracks=tracks, textSynthesised=False,
                       layout='年度 | 事務 | 技術 | 計; labels 令和 ３ 年度 with full-width digits between spaces; full-width counts',
                       rows=hiring_rows(tracks, [(4, 2), (3, 1), (5, 3), (4, 2), (3, 1)],
                                        [(1, 0), (2, 1), (1, 0), (1, 1), (2, 0)], (4, 2), lab, fw))
    f['assignments'] = dict(cohortFiscalYear=2025, intro='令和 ７ 年度採用者の配属先（単位：人）', tracks=tracks, layout='ruled 配属先 | 事務 | 技術',
                            rows=[dict(unit='総務課', admin=1, tech=None), dict(unit='企画財政課', admin=1, tech=None),
                                  dict(unit='村民生活課', admin=1, tech=None), dict(unit='地域整備課', admin=None, tech=1),
                                  dict(unit='産業観光課', admin=None, tech=1)])
    f['exams'] = dict(title='令和 ８ 年度 採用予定', fiscalYear=2026, textSynthesised=False, layout='ruled 区分 | 試験 | 職種 | 採用予定数',
                      entries=[dict(track='事務', exam='大学卒業程度', text='', breakdown=[dict(category='一般事務', count=3)], total=3),
                               dict(track='事務', exam='高校卒業程度', text='', breakdown=[dict(category='行政', count=1)], total=1),
                               dict(track='技術', exam='大学卒業程度', text='', breakdown=[dict(category='土木', count=1), dict(category='保健師', count=1)], total=2)])
    f['training'] = dict(title='研修', paragraphs=['採用後１年間は、先輩職員が指導役として付きます。', '都や他の島の職員との合同研修もあります。'])
    f['initiatives'] = [dict(title='防災訓練', text='全職員が年２回の避難訓練に参加します。'),
                        dict(title='時差勤務', text='始業時刻を７時３０分から９時３０分の間で選べます。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援'
    f['supportSystems'] = [dict(name='育児休業', duration='子が３歳に達するまで', durationText='子が３歳に達するまで', text='男性職員も取得しています。'),
                           dict(name='部分休業', duration='子が小学校就学前まで', durationText='子が小学校就学前まで', text='１日２時間まで勤務しないことができます。')]
    f['contacts'] = [dict(track='採用に関するお問い合わせ', office='三宅村 総務課 総務係', tel=['04994-5-0984'], email=['saiyo@vill.miyake.tokyo.jp'],
                          location='', telText=['TEL 04994-5-0984'], emailText=['E-mail saiyo@vill.miyake.tokyo.jp'], hoursText='')]
    f['access'] = dict(address='〒100-1212 東京都三宅村阿古497',
                       routes=['『三宅島空港』から車で約10分', '『錆ヶ浜港』から徒歩10分'], routesSynthesised=False)
    f['keyFigures'] = []
    f['decoys'] = dict(spaced='edition 令和 ８ 年 ４ 月 発行 and year labels 令和 ３ 年度: full-width digits between spaces',
                       merged='contacts as a ruled table 担当 | 種別 | 番号; the office cell spans three rows, centred on the middle (FAX) row',
                       fax='the FAX row 04994-5-0902', sea='access by air and sea only')
    return f


def spec_ogasawara():
    f = base_facts('小笠原総合事務所', '2026-03', '令和8年3月発行', '世界自然遺産の島で、港と道と暮らしの基盤を整えます。')
    f['document'] = '小笠原総合事務所 職員採用案内'
    tracks = {'admin': '事務系', 'tech': '技術系'}
    f['hiring'] = dict(intro=['採用者数の推移（単位：人）'], note=['※（　）内は女性の数で内数です。'],
                       tracks=tracks, textSynthesised=False,
                       layout='Excel export: one text object per cell, figures left-padded with ASCII spaces',
                       rows=hiring_rows(tracks, [(2, 1), (3, 1), (2, 0), (3, 2), (2, 1)],
                                        [(3, 0), (2, 1), (4, 1), (3, 1), (3, 0)], (3, 4), era, str))
    f['assignments'] = dict(cohortFiscalYear=2025, intro='令和7年度採用者の配属先（単位：人）', tracks=tracks, layout='ruled',
                            rows=[dict(unit='総務課', admin=1, tech=None), dict(unit='管理課', admin=1, tech=None),
                                  dict(unit='港湾課', admin=None, tech=2), dict(unit='道路課', admin=None, tech=1)])
    gen = '国家公務員採用一般職試験（大卒程度）'
    f['exams'] = dict(title='令和8年度 採用予定', fiscalYear=2026, textSynthesised=False, layout='ruled 区分 | 試験 | 職種 | 採用予定数',
                      entries=[dict(track='事務系', exam=gen, text='', breakdown=[dict(category='行政', count=3)], total=3),
                               dict(track='技術系', exam=gen, text='', breakdown=[dict(category='土木', count=3), dict(category='建築', count=1)], total=4)])
    f['training'] = dict(title='研修', paragraphs=['採用時に本省で新規採用職員研修を受講します。', '港湾・道路の技術研修は本土で行います。'])
    f['initiatives'] = [dict(title='島外出張の計画化', text='定期船の運航に合わせて出張日程を組みます。'),
                        dict(title='休暇の連続取得', text='帰省のための連続休暇を取りやすくしています。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text='職員宿舎は家族で入居できます。'),
                           dict(name='介護休暇', duration='通算6か月まで', durationText='通算6か月まで', text='本土への帰省にも使えます。')]
    f['contacts'] = [dict(track='お問い合わせ', office='小笠原総合事務所 総務課', tel=['04998-2-2247'], email=[],
                          location='', telText=['TEL 04998-2-2247'], emailText=[], hoursText='')]
    f['access'] = dict(address='〒100-2101 東京都小笠原村父島字東町152',
                       routes=['『二見港』から徒歩5分'], routesSynthesised=False)
    f['keyFigures'] = []
    f['decoys'] = dict(merged='contacts as a ruled table; the office cell spans two rows (TEL, FAX), centred between them',
                       fax='the FAX row 04998-2-2590', ship='東京・竹芝桟橋から定期船で約24時間 is no route',
                       excel='hiring figures left-padded with ASCII spaces')
    return f


SPECS = {'hachijo': spec_hachijo, 'miyake': spec_miyake, 'ogasawara': spec_ogasawara}


# ---------------------------------------------------------------- layout
def logotype_png(text):
    from PIL import Image, ImageDraw, ImageFont
    font = ImageFont.truetype(MINCHO, 96)
    img = Image.new('L', (96 * len(text) + 16, 120), 255)
    ImageDraw.Draw(img).text((8, 6), text, font=font, fill=30)
    buf = io.BytesIO()
    img.save(buf, format='PNG', optimize=False)
    return buf.getvalue()


def layout(name, f):
    d = Doc(2)
    p1, p2 = d.pages
    L, R = 50, W - 50
    org = f['organization']
    hi = f['hiring']
    tr = hi['tracks']
    excel = name in ('hachijo', 'ogasawara')
    # ---- p1 masthead
    p1.graphics.append(('rect', 0, H - 92, W, 92, (0.90, 0.95, 0.97), None))
    if name == 'hachijo':
        p1.graphics.append(('image', L, H - 72, 120, 120 * 120 / (96 * 3 + 16), logotype_png(org)))
        p1.line(L + 134, H - 62, '職員採用案内', 'IPAexG', 14)
    else:
        s = f"{org} 職員採用案内"
        p1.text(L, H - 62, org, 'IPAexM', 22)
        p1.text(L + width(org, 'IPAexM', 22) + 8, H - 62, '職員採用案内', 'IPAexG', 13)
        p1.expected.append(s)
    p1.line(L, H - 82, f['edition']['asOfText'], 'IPAexG', 9)
    y = H - 118
    y = paragraph(p1, L, y, f['lead']['text'], 10.5, 16) - 8
    y = heading(p1, L, y, '採用実績', R - L)
    y = paragraph(p1, L, y, hi['intro'], 8.8) - 6
    rows = [['年度', tr['admin'], tr['tech'], '計']]
    for r in hi['rows']:
        rows.append([r['labelText'], cell(r['admin']), cell(r['tech']), cell(r['total'])])
    cols = [110, 80, 80, 80]
    if excel:
        ex = {0: ('l', 36), 1: ('r', 12), 2: ('r', 12), 3: ('r', 12)} if name == 'hachijo' else {1: ('r', 8), 2: ('r', 8), 3: ('r', 8)}
        y = ruled_table(p1, L, y - 4, cols, rows, excel=ex)
    else:
        y = ruled_table(p1, L, y - 4, cols, rows, align={1: 'r', 2: 'r', 3: 'r'})
    y = paragraph(p1, L, y, hi['note'], 8) - 10
    a = f['assignments']
    y = heading(p1, L, y, '配属実績', R - L)
    y = paragraph(p1, L, y, [a['intro']], 8.8) - 6
    arows = [['配属先', a['tracks']['admin'], a['tracks']['tech']]]
    for r in a['rows']:
        arows.append([r['unit'], '－' if r['admin'] is None else str(r['admin']), '－' if r['tech'] is None else str(r['tech'])])
    if name == 'miyake':
        fw = lambda s: s.translate({ord(c): ord(c) + 0xFEE0 for c in '0123456789'})
        arows = [arows[0]] + [[u, fw(x), fw(z)] for u, x, z in arows[1:]]
    if name == 'hachijo':
        y = ruled_table(p1, L, y - 4, [110, 80, 80], arows, excel={0: ('l', 36), 1: ('r', 12), 2: ('r', 12)})
    else:
        y = ruled_table(p1, L, y - 4, [110, 80, 80], arows, align={1: 'r', 2: 'r'})
    p1.text(W / 2 - 8, 30, '- 1 -', 'Helvetica', 8, kind='furniture')
    # ---- p2
    e = f['exams']
    y = H - 60
    y = heading(p2, L, y, e['title'], R - L)
    erows = [['区分', '試験', '職種', '採用予定数']]
    for en in e['entries']:
        for b in en['breakdown']:
            erows.append([en['track'], en['exam'], b['category'], f"{b['count']}人" if name != 'miyake' else f"{b['count']}人".translate({ord(c): ord(c) + 0xFEE0 for c in '0123456789'})])
    y = ruled_table(p2, L, y - 4, [70, 210, 90, 80], erows, align={3: 'r'}) - 8
    # two columns: left initiatives + support | right training + contact + access
    top = y
    cw = (R - L - 20) / 2
    xl, xr = L, L + cw + 20
    y = heading(p2, xl, top, '働きやすい職場づくり', cw)
    for i in f['initiatives']:
        y = paragraph(p2, xl, y, ['●' + i['title'], i['text']], 8.6)
    y -= 6
    y = heading(p2, xl, y, f['supportTitle'], cw)
    for s in f['supportSystems']:
        y = paragraph(p2, xl, y, [f"■{s['name']}（{s['durationText']}）", s['text']], 8.6)
    left_bottom = y
    y = heading(p2, xr, top, f['training']['title'], cw)
    y = paragraph(p2, xr, y, f['training']['paragraphs'], 8.4) - 6
    c = f['contacts'][0]
    y = heading(p2, xr, y, c['track'], cw)
    if name == 'hachijo':
        y = paragraph(p2, xr, y, [c['office']], 8.6)
        p2.line(xr, y, c['telText'][0], 'Helvetica', 8.6); y -= 13
        p2.line(xr, y, c['emailText'][0], 'Helvetica', 8.6); y -= 13
        y = paragraph(p2, xr, y, [c['hoursText']], 8.6)
    elif name == 'miyake':
        crow = [['担当', '種別', '番号'], [c['office'], 'TEL', c['tel'][0]], ['', 'FAX', '04994-5-0902'],
                ['', 'E-mail', c['email'][0]]]
        y = ruled_table(p2, xr, y - 2, [92, 36, cw - 128], crow, size=7.8, pitch=16, spans={(1, 0): 3})
    else:
        crow = [['担当', '種別', '番号'], [c['office'], 'TEL', c['tel'][0]], ['', 'FAX', '04998-2-2590']]
        y = ruled_table(p2, xr, y - 2, [116, 30, cw - 146], crow, size=7.8, pitch=16, spans={(1, 0): 2})
    y -= 4
    y = heading(p2, xr, y, 'アクセス', cw)
    acc = f['access']
    y = paragraph(p2, xr, y, [acc['address']], 8.4)
    extra = {'hachijo': '東京（竹芝）から大型客船で約10時間20分', 'miyake': '東京（竹芝）から大型客船で約6時間30分',
             'ogasawara': '東京・竹芝桟橋から定期船で約24時間'}[name]
    y = paragraph(p2, xr, y, ['■' + r.replace('『', '').replace('』', '') for r in acc['routes']] + ['※' + extra], 8.4)
    if name == 'hachijo':
        yb = min(y, left_bottom) - 24
        p2.graphics.append(('line', L, yb + 12, R, yb + 12))
        p2.line(L, yb, '発行：八丈町 総務課', 'IPAexG', 7.5)
    p2.text(W / 2 - 8, 30, '- 2 -', 'Helvetica', 8, kind='furniture')
    return d


# ---------------------------------------------------------------- rendering
def render(d, seed):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
    rnd = random.Random(seed)
    for p in d.pages:
        for g in p.graphics:
            if g[0] == 'rect':
                _, x, y, w, h, fill, _s = g
                c.setFillColorRGB(*fill)
                c.rect(x, y, w, h, stroke=0, fill=1)
            elif g[0] == 'line':
                c.setLineWidth(0.5)
                c.setStrokeColorRGB(0.3, 0.3, 0.3)
                c.line(g[1], g[2], g[3], g[4])
            elif g[0] == 'image':
                _, x, y, w, h, png = g
                c.drawImage(ImageReader(io.BytesIO(png)), x, y, w, h)
        items = list(p.items)
        rnd.shuffle(items)   # content-stream order is not reading order
        for it in items:
            c.setFillColorRGB(*((1, 1, 1) if it.get('white') else (0, 0, 0)))
            c.setFont(it['font'], it['size'])
            c.drawString(it['x'], it['y'], it['text'])
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- checks
def nows(s):
    return ''.join(s.split())


def stand_in(f):
    trk = lambda t: score_extract.track(t)
    rows = [dict(fiscalYear=r['fiscalYear'], planned=r['planned'],
                 total=dict(count=r['total']['count'], women=r['total'].get('women')),
                 administrative=dict(count=r['admin']['count'], women=r['admin'].get('women')),
                 technical=dict(count=r['tech']['count'], women=r['tech'].get('women'))) for r in f['hiring']['rows']]
    a = f['assignments']
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': {
        'hiring': {'rows': rows},
        'assignments': {'cohortFiscalYear': a['cohortFiscalYear'],
                        'rows': [dict(unit=r['unit'], administrative=r['admin'] or 0, technical=r['tech'] or 0) for r in a['rows']]},
        'examBreakdown': {'entries': [dict(track=trk(en['track']), level=score_extract.level(en['exam']), category=b['category'], count=b['count'])
                                      for en in f['exams']['entries'] for b in en['breakdown']]},
        'contacts': [dict(office=c['office'], phones=[dict(number=t) for t in c['tel']], emails=c['email']) for c in f['contacts']],
        'access': {'routes': [dict(station=r.split('『')[1].split('』')[0]) for r in f['access']['routes'] if '『' in r]},
        'initiatives': [dict(title=i['title']) for i in f['initiatives']],
        'supportSystems': [dict(name=s['name']) for s in f['supportSystems']]}}


def check(name, f, d, pdf=None):
    errs = []
    E = errs.append
    # arithmetic
    h = f['hiring']['rows']
    for r in h:
        if r['label'] != era(r['fiscalYear']):
            E(f"era label {r['label']}")
        if r['total']['count'] != r['admin']['count'] + r['tech']['count']:
            E(f"total != admin + tech {r['labelText']}")
        nfk = lambda s: int(unicodedata.normalize('NFKC', s))
        for k in ('total', 'admin', 'tech'):
            v = r[k]
            if nfk(v['text']) != v['count']:
                E(f'printed count != count {r["labelText"]} {k}')
            if r['planned']:
                if v.get('women') is not None:
                    E('women on planned row')
            else:
                if v.get('women') is None or v['women'] > v['count'] or nfk(v['womenText']) != v['women']:
                    E(f'women {r["labelText"]} {k}')
        if not r['planned'] and r['total']['women'] != r['admin']['women'] + r['tech']['women']:
            E(f"women total {r['labelText']}")
    if [r['planned'] for r in h] != [False] * (len(h) - 1) + [True]:
        E('planned row not exactly one and last')
    years = [r['fiscalYear'] for r in h]
    if years != list(range(years[0], years[0] + len(years))) or len(years) < 6:
        E('years not consecutive')
    plan = h[-1]
    if not (plan['fiscalYear'] == f['edition']['year'] == f['exams']['fiscalYear'] == int(f['edition']['asOf'][:4])):
        E('planned year')
    a = f['assignments']
    last = h[-2]
    if a['cohortFiscalYear'] != last['fiscalYear']:
        E('cohort')
    if sum(r['admin'] or 0 for r in a['rows']) != last['admin']['count'] or sum(r['tech'] or 0 for r in a['rows']) != last['tech']['count']:
        E('assignment sums')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        E('duplicate unit')
    if any((v is not None and v <= 0) for r in a['rows'] for v in (r['admin'], r['tech'])):
        E('zero assignment')
    keys = []
    sums = Counter()
    for en in f['exams']['entries']:
        if en['total'] != sum(b['count'] for b in en['breakdown']):
            E('exam entry total')
        t = score_extract.track(en['track'])
        if t == 'other':
            E('exam track other')
        for b in en['breakdown']:
            keys.append((t, score_extract.level(en['exam']), score_extract.norm(b['category'])))
            sums[t] += b['count']
    if len(set(keys)) != len(keys):
        E('colliding exam categories')
    if sums['administrative'] != plan['admin']['count'] or sums['technical'] != plan['tech']['count']:
        E('exam sums != planned')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']:
            E('duration')
    # page model
    for pi, p in enumerate(d.pages):
        boxes = []
        for it in p.items:
            for ch in it['text']:
                if not has_glyph(it['font'], ch):
                    E(f'glyph missing {ch!r} in {it["font"]}')
            ink = it['text'].rstrip()
            lead_sp = len(it['text']) - len(it['text'].lstrip())
            x0 = it['x'] + width(it['text'][:lead_sp], it['font'], it['size'])
            x1 = it['x'] + width(ink, it['font'], it['size'])
            y0, y1 = it['y'] - 0.15 * it['size'], it['y'] + 0.85 * it['size']
            if x0 < MARGIN or x1 > W - MARGIN or y0 < MARGIN or y1 > H - MARGIN:
                E(f'edge margin: {it["text"]}')
            for b in boxes:
                if x0 < b[1] - 0.1 and b[0] < x1 - 0.1 and y0 < b[3] - 0.1 and b[2] < y1 - 0.1:
                    E(f'overlap: {it["text"]} / {b[4]}')
            boxes.append((x0, x1, y0, y1, it['text']))
        drawn = Counter(nows(''.join(it['text'] for it in p.items if it['kind'] == 'body')))
        exp = Counter(nows(''.join(p.expected)))
        if drawn != exp:
            E(f'p{pi + 1}: drawn != expected: {(drawn - exp) + (exp - drawn)}')
        for line in p.expected:
            if line[:1] in KINSOKU:
                E(f'kinsoku line start: {line}')
        for it in p.items:
            if it['kind'] == 'furniture' and nows(it['text']) in nows(''.join(p.expected)).replace('-1-', 'x'):
                pass
    expected_text = '\n'.join('\n'.join(p.expected) for p in d.pages)
    for p in d.pages:
        for it in p.items:
            if it['kind'] == 'furniture' and any(nows(it['text']) == nows(l) for l in p.expected):
                E('furniture in expected text')
    drawn_all = score_extract.norm(expected_text)
    # fact strings printed
    must = [f['organization'], f['edition']['asOfText'], *f['lead']['text'], *f['hiring']['intro'], *f['hiring']['note'],
            *f['hiring']['tracks'].values(), a['intro'], *[r['unit'] for r in a['rows']], f['exams']['title'],
            *[en['track'] for en in f['exams']['entries']], *[en['exam'] for en in f['exams']['entries']],
            *[b['category'] for en in f['exams']['entries'] for b in en['breakdown']], f['training']['title'],
            *f['training']['paragraphs'], *[i['title'] for i in f['initiatives']], *[i['text'] for i in f['initiatives']],
            f['supportTitle'], *[s['name'] for s in f['supportSystems']], *[s['durationText'] for s in f['supportSystems']],
            *[s['text'] for s in f['supportSystems']], f['access']['address'],
            *[r.replace('『', '').replace('』', '') for r in f['access']['routes']]]
    for r in h:
        must += [r['labelText']]
    for c in f['contacts']:
        must += [c['track'], c['office'], *c['tel'], *c['email'], *c['telText'], *c['emailText']] + ([c['hoursText']] if c['hoursText'] else [])
        for t, tt in zip(c['tel'], c['telText']):
            if ''.join(ch for ch in t if ch.isdigit()) != ''.join(ch for ch in tt if ch.isdigit()):
                E('telText digits')
    for s in must:
        if score_extract.norm(s) not in drawn_all:
            E(f'not printed: {s}')
    # hiring row cells on the expected line of its label
    lines = [l for p in d.pages for l in p.expected]
    for r in h:
        ln = [l for l in lines if l.split('\t')[0] == r['labelText']]
        if len(ln) != 1:
            E(f'no single line for {r["labelText"]}')
            continue
        cells = ln[0].split('\t')
        for k in ('admin', 'tech', 'total'):
            if cell(r[k]) not in cells:
                E(f'hiring cell not printed {r["labelText"]} {k}')
    # the scorer on a stand-in document
    res = score_extract.checks(f, stand_in(f), drawn_all)
    bad = [n for n, ok in res if not ok]
    if bad:
        E(f'stand-in misses {bad}')
    kinds = {n.split()[0] for n, _ in res}
    need = {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'office', 'route', 'initiative', 'support'}
    if not need <= kinds:
        E(f'check kinds not reached: {need - kinds}')
    if any(ok for _, ok in score_extract.checks(f, {}, drawn_all)):
        E('empty document scores')
    if pdf is not None:
        with tempfile.TemporaryDirectory() as td:
            fn = os.path.join(td, 'x.pdf')
            open(fn, 'wb').write(pdf)
            for pi, p in enumerate(d.pages):
                out = subprocess.run(['pdftotext', '-f', str(pi + 1), '-l', str(pi + 1), fn, '-'], capture_output=True, text=True).stdout
                got = Counter(nows(out))
                want = Counter(nows(''.join(it['text'] for it in p.items)))
                if got != want:
                    E(f'pdftotext p{pi + 1} differs: {(got - want) + (want - got)}')
        nbt = sum(1 for l in pdf.split(b'\n') if l.startswith(b'BT ') and b' Tj' in l)
        if nbt != sum(len(p.items) for p in d.pages):
            E(f'BT lines {nbt} != items')
    return errs


def build(name, f=None, mutate=None):
    f = f or SPECS[name]()
    d = layout(name, f)
    if mutate:
        mutate(f, d)
    pdf = render(d, SEED + sorted(SPECS).index(name))
    try:
        errs = check(name, f, d, pdf)
    except Exception as ex:  # a malformed fact is refused too
        errs = [f'check failed: {type(ex).__name__} {ex}']
    if errs:
        raise Refused('; '.join(errs))
    if render(d, SEED + sorted(SPECS).index(name)) != pdf:
        raise Refused('rendering not deterministic')
    return f, d, pdf


def write(name):
    f, d, pdf = build(name)
    stem = os.path.join(OUT, f'{name}-2026')
    open(stem + '.pdf', 'wb').write(pdf)
    with open(stem + '.facts.json', 'w', encoding='utf-8') as fh:
        json.dump(f, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    with open(stem + '.expected.txt', 'w', encoding='utf-8') as fh:
        fh.write('\n\f\n'.join('\n'.join(p.expected) for p in d.pages) + '\n')
    print(f'{stem}.pdf: {sum(len(p.items) for p in d.pages)} text objects, {len(score_extract.checks(f, stand_in(f), score_extract.norm(open(stem + ".expected.txt").read())))} checks')


# ---------------------------------------------------------------- self-test
def faults():
    def hrow(k):
        return lambda f, d: f['hiring']['rows'][1]['total'].__setitem__('count', f['hiring']['rows'][1]['total']['count'] + k)

    def first_item(pred):
        def m(f, d):
            for p in d.pages:
                for it in p.items:
                    if pred(it):
                        return p, it
        return m

    def overlap(f, d):
        it = d.pages[0].items[3]
        d.pages[0].items.append(dict(it, x=it['x'] + 1))
        d.pages[0].expected.append(it['text'])

    def margin(f, d):
        d.pages[1].items[-2]['x'] = 5

    def emoji(f, d):
        d.pages[0].items[2]['text'] += '😀'
        d.pages[0].expected.append('😀')

    def kinsoku(f, d):
        d.pages[1].items.append(dict(x=300, y=60, text='。の行', font='IPAexG', size=8, kind='body'))
        d.pages[1].expected.append('。の行')

    def extra_char(f, d):
        d.pages[0].expected.append('余')

    def furniture(f, d):
        for it in d.pages[0].items:
            if it['kind'] == 'furniture':
                d.pages[0].expected.append(it['text'])

    def collide(f, d):
        en = f['exams']['entries'][0]
        en['breakdown'].append(dict(en['breakdown'][0]))
        en['total'] += en['breakdown'][0]['count']

    def last_cat(f, d):
        en = f['exams']['entries'][-1]
        en['breakdown'][-1]['count'] += 1
        en['total'] += 1

    def dup_unit(f, d):
        f['assignments']['rows'].append(dict(f['assignments']['rows'][0], admin=None, tech=None))

    def planned_first(f, d):
        rows = f['hiring']['rows']
        rows.insert(0, rows.pop())

    return {
        'hiring total +1': hrow(1),
        'women total +1': lambda f, d: f['hiring']['rows'][2]['total'].__setitem__('women', f['hiring']['rows'][2]['total']['women'] + 1),
        'assignment +1': lambda f, d: f['assignments']['rows'][0].__setitem__('admin', (f['assignments']['rows'][0]['admin'] or 0) + 1),
        'exam count +1': lambda f, d: f['exams']['entries'][0]['breakdown'][0].__setitem__('count', f['exams']['entries'][0]['breakdown'][0]['count'] + 1),
        'e-mail not printed': lambda f, d: f['contacts'][0]['email'].append('nobody@example.go.jp'),
        'women on planned row': lambda f, d: f['hiring']['rows'][-1]['admin'].__setitem__('women', 1),
        'planned row first': planned_first,
        'wrong era label': lambda f, d: f['hiring']['rows'][0].__setitem__('label', '令和4年度'),
        'printed text != count': lambda f, d: f['hiring']['rows'][3]['tech'].__setitem__('text', '99'),
        'colliding exam category': collide,
        'last exam category +1': last_cat,
        'duplicate unit': dup_unit,
        'route not printed': lambda f, d: f['access']['routes'].append('『竹芝』駅から徒歩1分'),
        'overlap': overlap, 'edge margin': margin, 'emoji': emoji, 'kinsoku': kinsoku, 'extra char': extra_char,
        'furniture as body': furniture,
    }


def selftest(verbose):
    ok = n = 0
    for name in sorted(SPECS):
        for label, m in faults().items():
            n += 1
            try:
                build(name, mutate=m)
                print(f'NOT REFUSED {name}: {label}')
            except Refused as e:
                ok += 1
                if verbose:
                    print(f'refused {name}: {label}: {str(e)[:150]}')
    # an overflowing cell
    n += 1
    try:
        ruled_table(Page(), 50, 500, [40, 40], [['a', 'b'], ['とても長いセルの文字列', '1']])
        print('NOT REFUSED overflowing cell')
    except Refused as e:
        ok += 1
        if verbose:
            print(f'refused scratch: overflowing cell: {e}')
    print(f'selftest: {ok}/{n} faults refused')
    return ok == n


def main(argv):
    if '--selftest' in argv:
        sys.exit(0 if selftest('-v' in argv) else 1)
    names = [a for a in argv if a in SPECS] or sorted(SPECS)
    os.makedirs(OUT, exist_ok=True)
    for n in names:
        write(n)


if __name__ == '__main__':
    main(sys.argv[1:])
