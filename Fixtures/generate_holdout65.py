#!/usr/bin/env python3
"""Holdout set 65 (blind): three LOCAL public bodies, made without reading the tool's code.

  python3 Fixtures/generate_holdout65.py                 # write all three into Fixtures/holdout65/
  python3 Fixtures/generate_holdout65.py urasoe-2026     # one of otaru-byoin-2026, joetsu-gassuido-2026, urasoe-2026
  python3 Fixtures/generate_holdout65.py --selftest [-v] # fault injection: every injected fault must be refused

Self-contained: a page model in top-down coordinates, a ruled-table helper (cells may be
spanned from above and may hold two lines), reportlab's canvas with invariant=1 and no page
compression, the fact checks, and a fault-injection self-test. Every visual text piece is one
text item and one BT/ET text object; the text items of a page are drawn after its graphics in a
seeded shuffled order. Needs reportlab, the IPAex fonts and pdftotext.
"""
import copy, io, json, os, random, subprocess, sys, tempfile, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402

OUT = os.path.join(HERE, 'holdout65')
GOTHIC = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'
MINCHO = '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'
pdfmetrics.registerFont(TTFont('G', GOTHIC))
pdfmetrics.registerFont(TTFont('M', MINCHO))
W, H = A4
EDGE = 20.0      # no ink within 20 pt of the paper edge
LEFT, RIGHT = 48.0, W - 48.0
BOTTOM = H - 50.0  # body items must end above this (top-down y)
KINSOKU = set('。、，．）」』】〕・ーっゃゅょァィゥェォッャュョ')


class Refused(Exception):
    pass


def era(fy):
    return f'令和{fy - 2018}年度' if fy > 2019 else ('令和元年度' if fy == 2019 else f'平成{fy - 1988}年度')


# --------------------------------------------------------------------------- page model

class Page:
    def __init__(self):
        self.items = []      # dict(x, y, text, font, size, color, furniture)
        self.gfx = []        # ('rect', x, y, w, h, fill, stroke, lw) / ('line', x1, y1, x2, y2, lw, color)
        self.expected = []   # expected lines of this page

    def text(self, x, y, s, font='M', size=9.0, color=(0, 0, 0), furniture=False, expect=True, align='left'):
        w = pdfmetrics.stringWidth(s, font, size)
        if align == 'right':
            x = x - w
        elif align == 'center':
            x = x - w / 2
        self.items.append(dict(x=x, y=y, text=s, font=font, size=size, color=color, furniture=furniture))
        if expect and not furniture:
            self.expected.append(s)
        return w

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6):
        self.gfx.append(('rect', x, y, w, h, fill, stroke, lw))

    def line(self, x1, y1, x2, y2, lw=0.6, color=(0.3, 0.3, 0.3)):
        self.gfx.append(('line', x1, y1, x2, y2, lw, color))


def heading(p, y, s, color):
    p.rect(LEFT, y - 1, 4, 13, fill=color)
    p.text(LEFT + 9, y, s, font='G', size=11.5)
    p.line(LEFT, y + 15, RIGHT, y + 15, lw=0.8, color=color)
    return y + 22


def para(p, y, lines, size=9.0, x=LEFT, font='M', lead=14.0):
    for s in lines:
        p.text(x, y, s, font=font, size=size)
        y += lead
    return y


def table(p, y, widths, rows, size=8.5, rowh=None, header_fill=(0.9, 0.9, 0.9), x0=LEFT, align=None):
    """rows: list of lists; a cell is a str, a tuple of two strs (two lines), or None (spanned
    from the cell above: left empty in the expected text). Returns the y below the table."""
    n = len(rows)
    rowh = rowh or [size * 2.3 if not any(isinstance(c, tuple) for c in r) else size * 3.6 for r in rows]
    total_w = sum(widths)
    # spans: a None cell merges with the cell above
    ys = [y]
    for h in rowh:
        ys.append(ys[-1] + h)
    p.rect(x0, ys[0], total_w, rowh[0], fill=header_fill)
    p.rect(x0, ys[0], total_w, ys[-1] - ys[0], stroke=(0.3, 0.3, 0.3), lw=0.8)
    for r in range(1, n):   # horizontal rules, broken under spanned cells
        xc = x0
        for c, wdt in enumerate(widths):
            if rows[r][c] is not None:
                p.line(xc, ys[r], xc + wdt, ys[r])
            xc += wdt
    xc = x0
    for wdt in widths[:-1]:
        xc += wdt
        p.line(xc, ys[0], xc, ys[-1])
    for r, row in enumerate(rows):
        cells = []
        xc = x0
        for c, wdt in enumerate(row and widths):
            cell = row[c]
            if cell is None:
                cells.append('')
                xc += wdt
                continue
            # a spanned cell is centred on its span
            span = 1
            while r + span < n and rows[r + span][c] is None:
                span += 1
            top, bot = ys[r], ys[r + span]
            lines = list(cell) if isinstance(cell, tuple) else [cell]
            cells.append(''.join(lines))
            lead = size * 1.35
            block = lead * (len(lines) - 1) + size
            ty = (top + bot) / 2 - block / 2
            a = (align or ['left'] + ['center'] * (len(widths) - 1))[c]
            for s in lines:
                if s:
                    sw = pdfmetrics.stringWidth(s, 'G' if r == 0 else 'M', size)
                    if sw > wdt - 6:
                        raise Refused(f'cell wider than its column: {s!r} ({sw:.1f} > {wdt - 6:.1f})')
                    tx = xc + 4 if a == 'left' else xc + (wdt - sw) / 2
                    p.text(tx, ty, s, font='G' if r == 0 else 'M', size=size, expect=False)
                ty += lead
            xc += wdt
        p.expected.append('\t'.join(cells))
    return ys[-1] + 8


def folio(p, n):
    p.text(W / 2, H - 34, f'- {n} -', font='M', size=8, furniture=True, align='center')


# --------------------------------------------------------------------------- rendering

def render(pages, seed, title):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor('')
    rnd = random.Random(seed)
    for p in pages:
        for g in p.gfx:
            if g[0] == 'rect':
                _, x, y, w, h, fill, stroke, lw = g
                if fill:
                    c.setFillColorRGB(*fill)
                if stroke:
                    c.setStrokeColorRGB(*stroke)
                    c.setLineWidth(lw)
                c.rect(x, H - y - h, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)
            else:
                _, x1, y1, x2, y2, lw, color = g
                c.setStrokeColorRGB(*color)
                c.setLineWidth(lw)
                c.line(x1, H - y1, x2, H - y2)
        order = list(range(len(p.items)))
        rnd.shuffle(order)
        for i in order:
            it = p.items[i]
            c.setFillColorRGB(*it['color'])
            c.setFont(it['font'], it['size'])
            # y is the top of the em box; baseline about 0.88 em below
            c.drawString(it['x'], H - it['y'] - it['size'] * 0.88, it['text'])
        c.showPage()
    c.save()
    return buf.getvalue()


def ink(it):
    w = pdfmetrics.stringWidth(it['text'], it['font'], it['size'])
    return (it['x'], it['y'], it['x'] + w, it['y'] + it['size'])


def check_pages(pages):
    errs = []
    faces = {'G': pdfmetrics.getFont('G').face, 'M': pdfmetrics.getFont('M').face}
    for pn, p in enumerate(pages, 1):
        for it in p.items:
            for ch in it['text']:
                if ch == '\u3000':
                    errs.append(f'p{pn}: U+3000 in {it["text"]!r}')
                elif ch != ' ' and ord(ch) not in faces[it['font']].charToGlyph:
                    errs.append(f'p{pn}: glyph {ch!r} missing from {it["font"]}')
            x0, y0, x1, y1 = ink(it)
            if x0 < EDGE or y0 < EDGE or x1 > W - EDGE or y1 > H - EDGE:
                errs.append(f'p{pn}: in the edge margin: {it["text"]!r}')
            if not it['furniture'] and y1 > BOTTOM:
                errs.append(f'p{pn}: overflows the bottom margin: {it["text"]!r}')
        boxes = [ink(it) for it in p.items]
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5:
                    errs.append(f'p{pn}: overlap {p.items[i]["text"]!r} / {p.items[j]["text"]!r}')
        drawn = Counter(ch for it in p.items if not it['furniture'] for ch in it['text'] if not ch.isspace())
        exp = Counter(ch for s in p.expected for ch in s if not ch.isspace())
        if drawn != exp:
            errs.append(f'p{pn}: drawn and expected characters differ: +{dict(exp - drawn)} -{dict(drawn - exp)}')
        furn = {it['text'] for it in p.items if it['furniture']}
        for s in p.expected:
            if s in furn:
                errs.append(f'p{pn}: furniture as an expected line: {s!r}')
            if s and s[0] in KINSOKU:
                errs.append(f'p{pn}: expected line starts with a kinsoku character: {s!r}')
    return errs


def check_pdf(pdf, pages):
    errs = []
    with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
        f.write(pdf)
        f.flush()
        for pn, p in enumerate(pages, 1):
            out = subprocess.run(['pdftotext', '-f', str(pn), '-l', str(pn), f.name, '-'],
                                 capture_output=True, text=True).stdout
            got = Counter(ch for ch in out if not ch.isspace())
            want = Counter(ch for it in p.items for ch in it['text'] if not ch.isspace())
            if got != want:
                errs.append(f'p{pn}: pdftotext differs from the drawn text: +{dict(got - want)} -{dict(want - got)}')
    nbt = pdf.count(b'BT')
    if nbt < sum(len(p.items) for p in pages):
        errs.append(f'fewer text objects ({nbt}) than items')
    return errs


# --------------------------------------------------------------------------- facts helpers

def cnt(n, w=None):
    d = {'count': n, 'text': str(n), 'women': w}
    if w is not None:
        d['womenText'] = str(w)
    return d


def hiring_rows(data, first_fy, planned_label):
    rows = []
    for i, (a, aw, t, tw) in enumerate(data):
        fy = first_fy + i
        planned = i == len(data) - 1
        rows.append({
            'fiscalYear': fy, 'label': era(fy), 'planned': planned,
            'total': cnt(a + t, None if planned else aw + tw),
            'admin': cnt(a, None if planned else aw),
            'tech': cnt(t, None if planned else tw),
            'labelText': era(fy) + (planned_label if planned else ''),
        })
    return rows


def cell(c, suffix=''):
    return c['text'] if c.get('women') is None else f"{c['text']}（{c['womenText']}）"


def contact(track_, office, tel, telText, email, emailText):
    return {'track': track_, 'office': office, 'tel': [tel], 'email': [email], 'location': '',
            'telText': [telText], 'emailText': [emailText], 'hoursText': ''}


# --------------------------------------------------------------------------- the three brochures

def otaru():
    """小樽市病院局 (Hokkaido). Shapes: a 会計年度任用職員（参考） column in the hiring table; routes as
    `JR函館本線南小樽駅（徒歩7分）` (the walking time in brackets after the station)."""
    color = (0.05, 0.45, 0.55)
    f = {'organization': '小樽市病院局', 'document': '小樽市病院局 職員採用案内 2026',
         'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月現在'},
         'lead': {'title': '', 'text': ['小樽市立病院を運営し、後志地域の急性期医療を支えています。',
                                        '医療を支える事務職と医療技術職を募集します。']}}
    data = [(2, 1, 5, 3), (3, 2, 4, 3), (2, 0, 6, 4), (3, 1, 5, 2), (2, 1, 7, 5), (3, None, 6, None)]
    part = ['14', '11', '16', '9', '12', '－']
    rows = hiring_rows(data, 2021, '（予定）')
    f['hiring'] = {'intro': ['正規職員の採用者数（単位：人）'],
                   'note': ['※（ ）内は女性の数で内数です。会計年度任用職員は計に含みません。'],
                   'tracks': {'admin': '事務職', 'tech': '医療技術職'}, 'textSynthesised': False,
                   'layout': 'ruled 年度 | 事務職 | 医療技術職 | 計 | 会計年度任用職員（参考）: a fifth column of part-time (会計年度任用職員) hires that is not a track and not in 計',
                   'rows': rows}
    asg = [('総務課', 1, None), ('医事課', 1, None), ('薬剤部', None, 2), ('臨床検査科', None, 2),
           ('放射線室', None, 2), ('リハビリテーション科', None, 1)]
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務職', 'tech': '医療技術職'}, 'layout': 'ruled 配属先 | 事務職 | 医療技術職',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in asg]}
    exam = '小樽市職員採用試験（大学卒業程度）'
    f['exams'] = {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 試験区分 | 予定数 (track and exam cells span their rows)',
                  'entries': [
                      {'track': '事務職', 'exam': exam, 'text': '', 'breakdown': [{'category': '事務', 'count': 3}], 'total': 3},
                      {'track': '医療技術職', 'exam': exam, 'text': '', 'breakdown': [
                          {'category': '薬剤師', 'count': 2}, {'category': '臨床検査技師', 'count': 2},
                          {'category': '診療放射線技師', 'count': 1}, {'category': '理学療法士', 'count': 1}], 'total': 6}]}
    f['training'] = {'title': '研修', 'paragraphs': ['採用後は市の新規採用職員研修に参加し、病院独自の接遇研修を受けます。',
                                                    '医療技術職は各部門のプリセプターが1年間指導します。']}
    f['initiatives'] = [{'title': '夜勤明けの休息確保', 'text': '勤務間に11時間以上の休息を確保しています。'},
                        {'title': '院内保育所の運営', 'text': '24時間保育の保育所を敷地内に設けています。'}]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [
        {'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで', 'text': '男性職員の取得も増えています。'},
        {'name': '部分休業', 'duration': '子が小学校就学前まで', 'durationText': '子が小学校就学前まで', 'text': '1日2時間まで勤務を短くできます。'}]
    f['contacts'] = [contact('採用担当', '小樽市病院局 経営管理部 総務課', '0134-25-1211', 'TEL 0134-25-1211',
                             'byoin-somu@city.otaru.lg.jp', 'E-mail byoin-somu@city.otaru.lg.jp')]
    f['access'] = {'address': '〒047-8550 北海道小樽市若松1丁目1番1号',
                   'routes': ['JR函館本線『南小樽』駅（徒歩7分）', 'JR函館本線『小樽』駅（徒歩20分）'],
                   'routesSynthesised': False,
                   'routesText': ['JR函館本線南小樽駅（徒歩7分）', 'JR函館本線小樽駅（徒歩20分）']}
    f['keyFigures'] = []
    f['decoys'] = {'hiring': 'a fifth column 会計年度任用職員（参考） of part-time hires (14, 11, 16, 9, 12, －) beside 計: not a track, not in the total; its header holds 年度',
                   'routes': 'the walking time in brackets right after the station: 南小樽駅（徒歩7分）, no から'}

    p1, p2 = Page(), Page()
    p1.rect(0, 0, W, 96, fill=color)
    p1.text(LEFT, 26, '小樽市病院局', font='G', size=24, color=(1, 1, 1))
    p1.text(LEFT, 60, '職員採用案内 2026', font='G', size=14, color=(1, 1, 1))
    p1.text(RIGHT, 66, '令和8年4月現在', font='G', size=9, color=(1, 1, 1), align='right')
    y = para(p1, 112, f['lead']['text'], size=10, lead=16)
    y = heading(p1, y + 10, '採用実績', color)
    y = para(p1, y, f['hiring']['intro'])
    trs = [['年度', '事務職', '医療技術職', '計', ('会計年度任用職員', '（参考）')]]
    for r, pt in zip(rows, part):
        lab = (r['label'], '（予定）') if r['planned'] else r['label']
        trs.append([lab, cell(r['admin']), cell(r['tech']), cell(r['total']), pt])
    y = table(p1, y + 2, [100, 90, 100, 90, 119], trs)
    y = para(p1, y, f['hiring']['note'], size=8)
    y = heading(p1, y + 14, '配属実績', color)
    y = para(p1, y, [f['assignments']['intro']])
    ars = [['配属先', '事務職', '医療技術職']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in asg]
    y = table(p1, y + 2, [200, 100, 100], ars)
    folio(p1, 1)

    y = heading(p2, 50, '試験区分', color)
    y = para(p2, y, [f['exams']['title']])
    ers = [['区分', '試験', '試験区分', '予定数'], ['事務職', exam, '事務', '3'], ['医療技術職', exam, '薬剤師', '2'],
           [None, None, '臨床検査技師', '2'], [None, None, '診療放射線技師', '1'], [None, None, '理学療法士', '1']]
    y = table(p2, y + 2, [80, 210, 130, 79], ers, align=['left', 'left', 'left', 'center'])
    y = heading(p2, y + 12, '研修', color)
    y = para(p2, y, f['training']['paragraphs'])
    y = heading(p2, y + 10, '働きやすい職場づくり', color)
    for i in f['initiatives']:
        y = para(p2, y, ['■' + i['title']], font='G')
        y = para(p2, y, [i['text']])
    y = heading(p2, y + 10, f['supportTitle'], color)
    for s in f['supportSystems']:
        y = para(p2, y, [f"●{s['name']}（{s['durationText']}）"], font='G')
        y = para(p2, y, [s['text']])
    y = heading(p2, y + 10, '採用担当', color)
    c0 = f['contacts'][0]
    y = para(p2, y, [c0['office'], c0['telText'][0], c0['emailText'][0]])
    y = heading(p2, y + 10, 'アクセス', color)
    y = para(p2, y, [f['access']['address']] + f['access']['routesText'])
    folio(p2, 2)
    return f, [p1, p2]


def joetsu():
    """上越市ガス水道局 (Niigata). Shapes: the organisation set on two masthead lines (`上越市` small over
    `ガス水道局` large); exam categories as a leader list `一般事務・・・・・・2名` (leaders typed as ・)."""
    color = (0.75, 0.35, 0.05)
    f = {'organization': '上越市ガス水道局', 'document': '上越市ガス水道局 職員採用案内 2026',
         'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月現在'},
         'lead': {'title': '', 'text': ['都市ガスと水道の二つの事業を一体で運営し、',
                                        '上越市のくらしに欠かせないライフラインを守っています。']}}
    data = [(2, 1, 3, 0), (1, 1, 4, 1), (2, 1, 3, 1), (2, 0, 4, 1), (3, 2, 3, 1), (2, None, 4, None)]
    rows = hiring_rows(data, 2021, '（予定）')
    f['hiring'] = {'intro': ['採用者数の推移（単位：人）'], 'note': ['※（ ）内は女性の数で内数です。'],
                   'tracks': {'admin': '事務職', 'tech': '技術職'}, 'textSynthesised': False,
                   'layout': 'ruled 年度 | 事務職 | 技術職 | 計', 'rows': rows}
    asg = [('総務課', 1, None), ('営業課', 2, None), ('ガス供給課', None, 1), ('水道工務課', None, 1), ('浄水課', None, 1)]
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務職', 'tech': '技術職'}, 'layout': 'ruled 配属先 | 事務職 | 技術職',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in asg]}
    exam = '上越市職員採用試験（大学卒業程度）'
    f['exams'] = {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'no table: 【事務職】/【技術職】 group lines, then one line per category with the count after typed leaders (一般事務・・・・・・2名)',
                  'entries': [
                      {'track': '事務職', 'exam': exam, 'text': '', 'breakdown': [{'category': '一般事務', 'count': 2}], 'total': 2},
                      {'track': '技術職', 'exam': exam, 'text': '', 'breakdown': [
                          {'category': '土木', 'count': 2}, {'category': '機械', 'count': 1}, {'category': '電気', 'count': 1}], 'total': 4}]}
    f['training'] = {'title': '研修', 'paragraphs': ['市の新規採用職員研修のほか、ガス主任技術者などの資格取得を支援します。',
                                                    '先輩職員がメンターとなり、1年間相談に乗ります。']}
    f['initiatives'] = [{'title': '雪の日の時差出勤', 'text': '大雪の朝は始業時刻を遅らせることができます。'},
                        {'title': '現場のデジタル化', 'text': 'タブレットで図面と点検記録を共有しています。'}]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '子育て支援'
    f['supportSystems'] = [
        {'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで', 'text': '復職前に面談を行います。'},
        {'name': '子の看護休暇', 'duration': '年5日', 'durationText': '年5日', 'text': '1時間単位で取得できます。'}]
    f['contacts'] = [contact('採用担当', 'ガス水道局 総務課 人事係', '025-522-5151', 'TEL 025-522-5151',
                             'gas-suido@city.joetsu.lg.jp', 'E-mail gas-suido@city.joetsu.lg.jp')]
    f['access'] = {'address': '〒943-0805 新潟県上越市木田1丁目8番20号',
                   'routes': ['えちごトキめき鉄道『春日山』駅から徒歩15分', 'えちごトキめき鉄道『直江津』駅からバス15分'],
                   'routesSynthesised': False,
                   'routesText': ['えちごトキめき鉄道春日山駅から徒歩15分', 'えちごトキめき鉄道直江津駅からバス15分']}
    f['keyFigures'] = []
    f['decoys'] = {'organization': 'the masthead sets the name on two lines, 上越市 (small) over ガス水道局 (large); no other line holds the whole name (the office is ガス水道局 総務課 人事係)',
                   'exams': 'exam categories as a leader list: 一般事務・・・・・・・・2名 (leaders typed as U+30FB, one text item per line) under 【事務職】 / 【技術職】'}

    p1, p2 = Page(), Page()
    p1.rect(0, 0, W, 108, fill=color)
    p1.text(LEFT, 22, '上越市', font='G', size=12, color=(1, 1, 1))
    p1.text(LEFT, 40, 'ガス水道局', font='G', size=28, color=(1, 1, 1))
    p1.text(LEFT, 80, '職員採用案内 2026', font='G', size=13, color=(1, 1, 1))
    p1.text(RIGHT, 84, '令和8年4月現在', font='G', size=9, color=(1, 1, 1), align='right')
    y = para(p1, 124, f['lead']['text'], size=10, lead=16)
    y = heading(p1, y + 10, '採用実績', color)
    y = para(p1, y, f['hiring']['intro'])
    trs = [['年度', '事務職', '技術職', '計']]
    for r in rows:
        lab = (r['label'], '（予定）') if r['planned'] else r['label']
        trs.append([lab, cell(r['admin']), cell(r['tech']), cell(r['total'])])
    y = table(p1, y + 2, [130, 110, 110, 110], trs)
    y = para(p1, y, f['hiring']['note'], size=8)
    y = heading(p1, y + 14, '配属実績', color)
    y = para(p1, y, [f['assignments']['intro']])
    ars = [['配属先', '事務職', '技術職']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in asg]
    y = table(p1, y + 2, [200, 100, 100], ars)
    folio(p1, 1)

    y = heading(p2, 50, '試験区分', color)
    y = para(p2, y, [f['exams']['title'], exam])
    lines = []
    for e in f['exams']['entries']:
        lines.append(('G', f"【{e['track']}】"))
        for b in e['breakdown']:
            cat, n = b['category'], f"{b['count']}名"
            dots = 12 - len(cat)
            lines.append(('M', cat + '・' * dots + n))
    for fnt, s in lines:
        y = para(p2, y, [s], font=fnt, x=LEFT + 12)
    y = heading(p2, y + 12, '研修', color)
    y = para(p2, y, f['training']['paragraphs'])
    y = heading(p2, y + 10, '働きやすい職場づくり', color)
    for i in f['initiatives']:
        y = para(p2, y, ['■' + i['title']], font='G')
        y = para(p2, y, [i['text']])
    y = heading(p2, y + 10, f['supportTitle'], color)
    for s in f['supportSystems']:
        y = para(p2, y, [f"●{s['name']}（{s['durationText']}）"], font='G')
        y = para(p2, y, [s['text']])
    y = heading(p2, y + 10, '採用担当', color)
    c0 = f['contacts'][0]
    y = para(p2, y, [c0['office'], c0['telText'][0], c0['emailText'][0]])
    y = heading(p2, y + 10, 'アクセス', color)
    y = para(p2, y, [f['access']['address']] + f['access']['routesText'])
    folio(p2, 2)
    return f, [p1, p2]


def urasoe():
    """浦添市 (Okinawa). Shapes: a years-across hiring table whose 合計 row comes FIRST, above 事務職 and
    技術職; the phone labelled with the ℡ sign (U+2121)."""
    color = (0.1, 0.5, 0.25)
    f = {'organization': '浦添市', 'document': '浦添市 職員採用ガイド 2026',
         'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月現在'},
         'lead': {'title': '', 'text': ['てだこのまち浦添で、市民のくらしを支える仲間を募集しています。']}}
    data = [(18, 9, 5, 1), (20, 11, 6, 2), (17, 8, 4, 1), (21, 12, 6, 2), (19, 10, 5, 2), (20, None, 6, None)]
    rows = hiring_rows(data, 2021, '（予定）')
    f['hiring'] = {'intro': ['採用者数の推移（単位：人）'], 'note': ['※（ ）内は女性の数で内数です。令和8年度は予定数です。'],
                   'tracks': {'admin': '事務職', 'tech': '技術職'}, 'textSynthesised': False,
                   'layout': 'ruled, years across: 区分 | 令和3年度 … 令和8年度（予定）; rows 合計 (FIRST), 事務職, 技術職',
                   'rows': rows}
    asg = [('総務部', 3, None), ('企画部', 2, None), ('市民部', 4, None), ('福祉健康部', 5, None),
           ('こども未来部', 3, None), ('都市建設部', 1, 4), ('教育委員会事務局', 1, 1)]
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務職', 'tech': '技術職'}, 'layout': 'ruled 配属先 | 事務職 | 技術職',
                        'rows': [{'unit': u, 'admin': a, 'tech': t} for u, a, t in asg]}
    exam = '浦添市職員採用試験（大学卒業程度）'
    f['exams'] = {'title': '令和8年度 採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 試験区分 | 予定数 (track and exam cells span their rows)',
                  'entries': [
                      {'track': '事務職', 'exam': exam, 'text': '', 'breakdown': [
                          {'category': '一般事務', 'count': 18}, {'category': '社会福祉士', 'count': 2}], 'total': 20},
                      {'track': '技術職', 'exam': exam, 'text': '', 'breakdown': [
                          {'category': '土木', 'count': 3}, {'category': '建築', 'count': 2}, {'category': '電気', 'count': 1}], 'total': 6}]}
    f['training'] = {'title': '研修', 'paragraphs': ['新規採用職員研修、階層別研修のほか、沖縄県自治研修所での専門研修があります。']}
    f['initiatives'] = [{'title': 'かりゆしウェアでの勤務', 'text': '5月から10月まで、かりゆしウェアで勤務できます。'},
                        {'title': 'テレワークの推進', 'text': '在宅勤務を週2日まで利用できます。'}]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [
        {'name': '育児休業', 'duration': '子が3歳に達するまで', 'durationText': '子が3歳に達するまで', 'text': '男女とも取得できます。'},
        {'name': '介護休暇', 'duration': '通算6月まで', 'durationText': '通算6月まで', 'text': '3回まで分けて取得できます。'}]
    f['contacts'] = [contact('お問い合わせ', '浦添市 総務部 人事課', '098-876-1234', '℡ 098-876-1234',
                             'jinji@city.urasoe.lg.jp', 'E-mail jinji@city.urasoe.lg.jp')]
    f['access'] = {'address': '〒901-2501 沖縄県浦添市安波茶一丁目1番1号',
                   'routes': ['ゆいレール『浦添前田』駅から徒歩15分', 'ゆいレール『経塚』駅から徒歩20分'],
                   'routesSynthesised': False,
                   'routesText': ['ゆいレール浦添前田駅から徒歩15分', 'ゆいレール経塚駅から徒歩20分']}
    f['keyFigures'] = []
    f['decoys'] = {'hiring': 'years across (区分 | 令和3年度 … 令和8年度（予定）) with the 合計 row FIRST, then 事務職, 技術職',
                   'contacts': 'the phone labelled with the ℡ sign (U+2121, NFKC TEL): ℡ 098-876-1234'}

    p1, p2 = Page(), Page()
    p1.rect(0, 0, W, 96, fill=color)
    p1.text(LEFT, 24, '浦添市', font='G', size=26, color=(1, 1, 1))
    p1.text(LEFT, 62, '職員採用ガイド 2026', font='G', size=14, color=(1, 1, 1))
    p1.text(RIGHT, 66, '令和8年4月現在', font='G', size=9, color=(1, 1, 1), align='right')
    y = para(p1, 112, f['lead']['text'], size=10, lead=16)
    y = heading(p1, y + 10, '採用実績', color)
    y = para(p1, y, f['hiring']['intro'])
    hdr = ['区分'] + [(r['label'], '（予定）') if r['planned'] else r['label'] for r in rows]
    trs = [hdr, ['合計'] + [cell(r['total']) for r in rows], ['事務職'] + [cell(r['admin']) for r in rows],
           ['技術職'] + [cell(r['tech']) for r in rows]]
    y = table(p1, y + 2, [55] + [76] * 6, trs, size=8.5)
    y = para(p1, y, f['hiring']['note'], size=8)
    y = heading(p1, y + 14, '配属実績', color)
    y = para(p1, y, [f['assignments']['intro']])
    ars = [['配属先', '事務職', '技術職']] + [[u, str(a) if a else '－', str(t) if t else '－'] for u, a, t in asg]
    y = table(p1, y + 2, [200, 100, 100], ars)
    folio(p1, 1)

    y = heading(p2, 50, '試験区分', color)
    y = para(p2, y, [f['exams']['title']])
    ers = [['区分', '試験', '試験区分', '予定数'], ['事務職', exam, '一般事務', '18'], [None, None, '社会福祉士', '2'],
           ['技術職', exam, '土木', '3'], [None, None, '建築', '2'], [None, None, '電気', '1']]
    y = table(p2, y + 2, [80, 210, 130, 79], ers, align=['left', 'left', 'left', 'center'])
    y = heading(p2, y + 12, '研修', color)
    y = para(p2, y, f['training']['paragraphs'])
    y = heading(p2, y + 10, '働きやすい職場づくり', color)
    for i in f['initiatives']:
        y = para(p2, y, ['■' + i['title']], font='G')
        y = para(p2, y, [i['text']])
    y = heading(p2, y + 10, f['supportTitle'], color)
    for s in f['supportSystems']:
        y = para(p2, y, [f"●{s['name']}（{s['durationText']}）"], font='G')
        y = para(p2, y, [s['text']])
    y = heading(p2, y + 10, 'お問い合わせ', color)
    c0 = f['contacts'][0]
    y = para(p2, y, [c0['office'], c0['telText'][0], c0['emailText'][0]])
    y = heading(p2, y + 10, 'アクセス', color)
    y = para(p2, y, [f['access']['address']] + f['access']['routesText'])
    folio(p2, 2)
    return f, [p1, p2]


BROCHURES = {'otaru-byoin-2026': (otaru, 651), 'joetsu-gassuido-2026': (joetsu, 652), 'urasoe-2026': (urasoe, 653)}
LEGAL_FORMS = ('公立大学法人', '地方独立行政法人', '独立行政法人', '国立大学法人', '一部事務組合', '株式会社')


# --------------------------------------------------------------------------- fact checks

def check_facts(f, pages, name):
    errs = []
    E = lambda m: errs.append(m)  # noqa: E731
    lines = [s for p in pages for s in p.expected]
    flat = ''.join(lines)
    drawn = norm('\n'.join(lines))
    org = f['organization']
    if any(org.startswith(x) or x in org for x in LEGAL_FORMS):
        E('organization has a legal form')
    if org not in lines and not (name.startswith('joetsu') and lines[0] + lines[1] == org):
        E('organization not printed')
    ed = f['edition']
    m = ed['asOfText']
    if m not in lines or f"令和{int(ed['asOf'][:4]) - 2018}年{int(ed['asOf'][5:])}月現在" != m:
        E('edition asOf differs from the printed date')
    if ed['year'] != int(ed['asOf'][:4]):
        E('edition year')
    h = f['hiring']
    rows = h['rows']
    if sum(r['planned'] for r in rows) != 1 or not rows[-1]['planned']:
        E('exactly one planned row, last')
    for i, r in enumerate(rows):
        if i and r['fiscalYear'] != rows[i - 1]['fiscalYear'] + 1:
            E('years not consecutive')
        if r['label'] != era(r['fiscalYear']):
            E(f"wrong era label {r['label']}")
        if r['labelText'] != r['label'] + ('（予定）' if r['planned'] else ''):
            E(f"labelText {r['labelText']}")
        a, t, tot = r['admin'], r['tech'], r['total']
        if tot['count'] != a['count'] + t['count']:
            E(f"hiring total {r['label']}")
        for c in (a, t, tot):
            if c['text'] != str(c['count']):
                E(f"printed count differs {r['label']}")
            if r['planned']:
                if c.get('women') is not None:
                    E(f"women on the planned row {r['label']}")
            else:
                if c.get('women') is None or not 0 <= c['women'] <= c['count'] or c.get('womenText') != str(c['women']):
                    E(f"women bad {r['label']}")
        if not r['planned'] and tot['women'] != (a['women'] or 0) + (t['women'] or 0):
            E(f"women total {r['label']}")
        if name.startswith('urasoe'):
            col = 1 + i
            want = [(0, cell(tot)), (1, cell(a)), (2, cell(t))]
            tab = [s.split('\t') for s in lines if s.split('\t')[0] in ('合計', '事務職', '技術職') and '\t' in s]
            for k, v in want:
                if len(tab) < 3 or tab[k][col] != v:
                    E(f"hiring row {r['label']} not printed")
        else:
            want = f"{r['labelText']}\t{cell(a)}\t{cell(t)}\t{cell(tot)}"
            if sum(1 for s in lines if s == want or s.startswith(want + '\t')) != 1:
                E(f"hiring row {r['label']} not printed exactly once")
    planned = rows[-1]
    if planned['fiscalYear'] != ed['year'] or f['exams']['fiscalYear'] != ed['year']:
        E('planned year / exam year / edition year differ')
    a = f['assignments']
    actual = [r for r in rows if not r['planned']]
    if a['cohortFiscalYear'] != actual[-1]['fiscalYear']:
        E('assignment cohort is not the last actual year')
    coh = next((r for r in rows if r['fiscalYear'] == a['cohortFiscalYear']), None)
    if era(a['cohortFiscalYear']) not in a['intro'] or a['intro'] not in lines:
        E('cohort not named in the printed intro')
    sa = sum(r['admin'] or 0 for r in a['rows'])
    st = sum(r['tech'] or 0 for r in a['rows'])
    if coh is None or sa != coh['admin']['count'] or st != coh['tech']['count']:
        E('assignment sums differ from the cohort hires')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        E('duplicate unit')
    for r in a['rows']:
        if not (r['admin'] or r['tech']):
            E(f"zero assignment row {r['unit']}")
        if f"{r['unit']}\t{r['admin'] or '－'}\t{r['tech'] or '－'}" not in lines:
            E(f"assignment row {r['unit']} not printed")
    keys = set()
    for e in f['exams']['entries']:
        if '院' in e['exam']:
            E(f"exam name with 院: {e['exam']}")
        if track(e['track']) == 'other':
            E(f"exam track maps to other: {e['track']}")
        tr = next((k for k, v in h['tracks'].items() if v == e['track']), None)
        if tr is None:
            E(f"exam track {e['track']} is not a hiring track")
        elif sum(b['count'] for b in e['breakdown']) != e['total'] or e['total'] != planned[tr]['count']:
            E(f"exam counts of {e['track']} differ from the planned hires")
        if e['exam'] not in flat:
            E('exam name not printed')
        for b in e['breakdown']:
            k = (track(e['track']), level(e['exam']), norm(b['category']))
            if k in keys:
                E(f'colliding category {k}')
            keys.add(k)
            if name.startswith('joetsu'):
                ok = any(s.startswith(b['category'] + '・') and s.endswith('・' + f"{b['count']}名") for s in lines)
            else:
                ok = any(f"\t{b['category']}\t{b['count']}" in s or s.startswith(f"{e['track']}\t{e['exam']}\t{b['category']}\t{b['count']}") or s == f"\t\t{b['category']}\t{b['count']}" for s in lines)
            if not ok:
                E(f"exam category {b['category']} not printed with its count")
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']:
            E('support duration differs')
        if f"●{s['name']}（{s['durationText']}）" not in lines or s['text'] not in lines:
            E(f"support {s['name']} not printed")
    for i in f['initiatives']:
        if '■' + i['title'] not in lines or i['text'] not in lines:
            E(f"initiative {i['title']} not printed")
    for s in f['lead']['text'] + h['intro'] + h['note'] + f['training']['paragraphs'] + [f['exams']['title'], f['supportTitle']]:
        if s not in lines:
            E(f'not printed: {s}')
    for c in f['contacts']:
        if c['track'] not in lines or c['office'] not in lines:
            E('contact heading / office not printed')
        for t, tt in zip(c['tel'], c['telText']):
            if tt not in lines or ''.join(ch for ch in t if ch.isdigit()) != ''.join(ch for ch in tt.split('（')[0] if ch.isdigit()):
                E(f'phone {t} differs from its printed line')
        for m_, mt in zip(c['email'], c['emailText']):
            if mt not in lines or m_ not in mt:
                E(f'e-mail {m_} not on its printed line')
    acc = f['access']
    if acc['address'] not in lines:
        E('address not printed')
    for r, rt in zip(acc['routes'], acc['routesText']):
        if rt not in lines or r.replace('『', '').replace('』', '') != rt or '』駅' not in r:
            E(f'route {r} differs from its printed line')
    if len(acc['routes']) != len(acc['routesText']):
        E('routes / routesText')
    # the stand-in document scores full marks; an empty one scores nothing
    doc = standin(f)
    res = checks(f, doc, drawn)
    if not all(ok for _, ok in res):
        E('stand-in document misses: ' + ', '.join(n for n, ok in res if not ok))
    kinds = {n.split(' ')[0] for n, _ in res}
    if kinds != {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'initiative', 'support'}:
        E(f'checks do not reach every kind: {sorted(kinds)}')
    if any(ok for _, ok in checks(f, {}, drawn)):
        E('an empty document scores')
    return errs


def standin(f):
    h = [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'],
          'total': {'count': r['total']['count'], 'women': r['total'].get('women')},
          'administrative': {'count': r['admin']['count'], 'women': r['admin'].get('women')},
          'technical': {'count': r['tech']['count'], 'women': r['tech'].get('women')}} for r in f['hiring']['rows']]
    a = f['assignments']
    return {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': {
        'hiring': {'rows': h},
        'assignments': {'cohortFiscalYear': a['cohortFiscalYear'],
                        'rows': [{'unit': r['unit'], 'administrative': r['admin'] or 0, 'technical': r['tech'] or 0} for r in a['rows']]},
        'examBreakdown': {'entries': [{'track': track(e['track']), 'level': level(e['exam']), 'category': b['category'], 'count': b['count']}
                                      for e in f['exams']['entries'] for b in e['breakdown']]},
        'contacts': [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']} for c in f['contacts']],
        'access': {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]},
        'initiatives': [{'title': i['title']} for i in f['initiatives']],
        'supportSystems': [{'name': s['name']} for s in f['supportSystems']]}}


# --------------------------------------------------------------------------- build

def build(name, facts=None, pages=None):
    fn, seed = BROCHURES[name]
    f0, p0 = fn()
    facts = facts if facts is not None else f0
    pages = pages if pages is not None else p0
    errs = check_pages(pages) + check_facts(facts, pages, name)
    if errs:
        raise Refused('; '.join(errs[:6]))
    pdf = render(pages, seed, facts['document'])
    if pdf != render(pages, seed, facts['document']):
        raise Refused('two renderings differ')
    errs = check_pdf(pdf, pages)
    if errs:
        raise Refused('; '.join(errs))
    expected = '\n\f\n'.join('\n'.join(p.expected) for p in pages) + '\n'
    n = len(checks(facts, standin(facts), norm(expected)))
    return pdf, expected, facts, n


def write(name):
    pdf, expected, facts, n = build(name)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + '.pdf'), 'wb') as fh:
        fh.write(pdf)
    with open(os.path.join(OUT, name + '.expected.txt'), 'w') as fh:
        fh.write(expected)
    with open(os.path.join(OUT, name + '.facts.json'), 'w') as fh:
        json.dump(facts, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    print(f'{name}: {len(pdf)} bytes, {sum(1 for _ in expected.splitlines())} expected lines, {n} fact checks')


def faults(name):
    """(label, facts-mutator or None, pages-mutator or None)"""
    def fm(fun):
        return fun

    def last_row(f):
        return f['hiring']['rows'][-2]
    F = []
    F.append(('hiring total +1', lambda f: last_row(f)['total'].update(count=last_row(f)['total']['count'] + 1, text=str(last_row(f)['total']['count'] + 1)), None))
    F.append(('women total +1', lambda f: last_row(f)['total'].update(women=last_row(f)['total']['women'] + 1, womenText=str(last_row(f)['total']['women'] + 1)), None))
    F.append(('track women +1', lambda f: f['hiring']['rows'][0]['admin'].update(women=f['hiring']['rows'][0]['admin']['women'] + 1), None))
    F.append(('women above heads', lambda f: f['hiring']['rows'][1]['tech'].update(women=99, womenText='99'), None))
    F.append(('women on planned row', lambda f: f['hiring']['rows'][-1]['admin'].update(women=0, womenText='0'), None))
    F.append(('planned row first', lambda f: f['hiring']['rows'].insert(0, f['hiring']['rows'].pop()), None))
    F.append(('wrong era label', lambda f: f['hiring']['rows'][2].update(label='令和9年度'), None))
    F.append(('printed count differs', lambda f: f['hiring']['rows'][3]['tech'].update(text='9'), None))
    F.append(('assignment +1', lambda f: f['assignments']['rows'][0].update(admin=(f['assignments']['rows'][0]['admin'] or 0) + 1), None))
    F.append(('wrong cohort', lambda f: f['assignments'].update(cohortFiscalYear=2024), None))
    F.append(('duplicated unit', lambda f: f['assignments']['rows'].append(dict(f['assignments']['rows'][0])), None))
    def exam_plus(f):
        e = f['exams']['entries'][0]
        e['breakdown'][0]['count'] += 1
        e['total'] += 1
    F.append(('exam count +1 with total', exam_plus, None))
    F.append(('last category +1, total kept', lambda f: f['exams']['entries'][-1]['breakdown'][-1].update(count=f['exams']['entries'][-1]['breakdown'][-1]['count'] + 1), None))
    F.append(('exam name with 院', lambda f: [e.update(exam=e['exam'] + '（大学院卒業程度）') for e in f['exams']['entries']], None))
    F.append(('colliding category', lambda f: f['exams']['entries'][-1]['breakdown'].append(dict(f['exams']['entries'][-1]['breakdown'][0])), None))
    F.append(('e-mail not printed', lambda f: f['contacts'][0].update(email=['x' + f['contacts'][0]['email'][0]]), None))
    F.append(('office not printed', lambda f: f['contacts'][0].update(office=f['contacts'][0]['office'] + '係'), None))
    F.append(('route not printed', lambda f: f['access']['routes'].__setitem__(0, f['access']['routes'][0].replace('『', '『新')), None))
    F.append(('support name not printed', lambda f: f['supportSystems'][0].update(name='育休'), None))
    F.append(('initiative not printed', lambda f: f['initiatives'][0].update(title='残業ゼロ'), None))
    F.append(('organisation not printed', lambda f: f.update(organization=f['organization'] + '役所'), None))
    F.append(('organisation with legal form', lambda f: f.update(organization='地方独立行政法人' + f['organization']), None))
    F.append(('wrong phone', lambda f: f['contacts'][0].update(tel=['0120-000-000']), None))
    F.append(('wrong asOf', lambda f: f['edition'].update(asOf='2026-03'), None))
    F.append(('wrong edition year', lambda f: f['edition'].update(year=2025), None))
    F.append(('duration differs', lambda f: f['supportSystems'][1].update(duration='1年'), None))
    F.append(('exam track maps to other', lambda f: f['exams']['entries'][0].update(track='一般職'), None))
    def overlap(pages):
        it = dict(pages[0].items[5])
        it['x'] += 3
        pages[0].items.append(it)
        pages[0].expected.append(it['text'])
    F.append(('overlapping copy of an item', None, overlap))
    F.append(('item in the edge margin', None, lambda pages: pages[1].items.__getitem__(0).update(x=5)))
    def emoji(pages):
        pages[0].text(LEFT, 740, '\U0001F600', font='M')
    F.append(('emoji the font lacks', None, emoji))
    def kinsoku(pages):
        pages[1].text(LEFT, 745, '。です', font='M')
    F.append(('line starting with 。', None, kinsoku))
    F.append(('extra expected character', None, lambda pages: pages[0].expected.append('余')))
    def made_furniture(pages):
        for it in pages[0].items:
            if not it['furniture']:
                it['furniture'] = True
                break
    F.append(('body line made furniture', None, made_furniture))
    return F


def selftest(verbose):
    refused = total = 0
    for name in BROCHURES:
        for label, fmut, pmut in faults(name):
            fn, _ = BROCHURES[name]
            f, pages = fn()
            if fmut:
                fmut(f)
            if pmut:
                pmut(pages)
            total += 1
            try:
                build(name, f, pages)
                print(f'NOT REFUSED: {name}: {label}')
            except Refused as e:
                refused += 1
                if verbose:
                    print(f'refused {name}: {label}: {str(e)[:150]}')
    # an overflowing cell
    total += 1
    try:
        table(Page(), 100, [30, 30], [['区分', '非常に長い試験区分の名前']])
        print('NOT REFUSED: overflowing cell')
    except Refused:
        refused += 1
    print(f'{refused}/{total} refused')
    return refused == total


def main(argv):
    if '--selftest' in argv:
        sys.exit(0 if selftest('-v' in argv) else 1)
    names = [a for a in argv if not a.startswith('-')] or list(BROCHURES)
    for n in names:
        write(n)


if __name__ == '__main__':
    main(sys.argv[1:])
