#!/usr/bin/env python3
"""Blind holdout set 79: three LOCAL public bodies (a city's waterworks bureau, a town, a prefectural
board of education), two A4 pages each.

  python3 Fixtures/generate_holdout79.py                 # all three (deterministic)
  python3 Fixtures/generate_holdout79.py obuse-2026      # one
  python3 Fixtures/generate_holdout79.py --selftest -v   # fault injection: every fault must be refused

Self-contained: a page model in top-down coordinates, a ruled-table helper, reportlab's canvas with
invariant=1 and no page compression, the checks, a fault-injection self-test.  Every visual text piece
is one text item and one text object (BT ... ET); a page's items are written after its graphics in a
seeded shuffled order.  See holdout79/README.md.
"""
import copy, io, json, os, random, re, subprocess, sys, tempfile, unicodedata
from collections import Counter

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

OUT = os.path.join(HERE, 'holdout79')
W, H = A4
EDGE = 20.0          # no ink inside this edge margin
BOTTOM = 60.0        # body text must stay above this (folio below)
LEFT, RIGHT = 56.0, W - 56.0
GOTHIC, MINCHO = 'IPAexGothic', 'IPAexMincho'
pdfmetrics.registerFont(TTFont(GOTHIC, '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont(MINCHO, '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
KINSOKU = set('、。，．）」』】〕〉》・：；？！ーぁぃぅぇぉっゃゅょ々')
LEGAL = ('独立行政法人', '国立大学法人', '地方独立行政法人', '一部事務組合', '公益財団法人', '一般財団法人', '株式会社')


class Refuse(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Refuse(msg)


def era(fy):
    return f'令和{fy - 2018}年度'


# --------------------------------------------------------------------------- content

def content_fukushima():
    return dict(
        name='fukushima-suido-2026', org='福島市水道局', colour=(0.10, 0.36, 0.62),
        edition='令和7年10月現在', asOf='2025-10', year=2026,
        lead='安全でおいしい水を、これからも市民の皆さまに届けます。',
        tracks=('事務職', '技術職'), planned_mark='（予定）',
        hiring=[(2021, 3, 1, 5, 1), (2022, 2, 1, 6, 2), (2023, 4, 2, 5, 0), (2024, 3, 1, 7, 2),
                (2025, 4, 2, 6, 1), (2026, 3, None, 6, None)],
        cohort=2025, cohort_intro='今春採用した職員の配属先（令和7年4月1日現在）',
        assign=[('総務課', 1, None), ('経営企画課', 1, None), ('料金課', 2, None), ('浄水課', None, 2),
                ('配水課', None, 2), ('給水課', None, 1), ('水質管理課', None, 1)],
        exams=[('事務職', '福島市職員採用試験（大学卒業程度）', [('事務', '事務', 3)]),
               ('技術職', '福島市職員採用試験（大学卒業程度）', [('土木', '土木', 4), ('電気', '電気', 1), ('機械', '機械', 1)])],
        training='採用後2年間は、浄水場での実地研修と市の階層別研修を受けます。',
        init_title='働きやすい職場づくり', init_fmt='■{t}', init_fmt_desc='■title / indented text',
        initiatives=[('時差出勤', '始業時刻を7時から10時まで30分刻みで選べます。', None),
                     ('年休の計画取得', '夏季と年末に連続休暇を取りやすくしています。', None)],
        support=[('育児休業', '子が3歳に達するまで', '男性職員の取得も進んでいます。'),
                 ('介護休暇', '通算6か月', '3回まで分けて取得できます。')],
        office='福島市水道局 総務課', tel_label='TEL', tel='024-534-3811',
        mail_label='E-mail', email='suido-soumu@city.fukushima.fukushima.jp',
        address='〒960-8117 福島県福島市入江町1-1',
        routes=['JR『福島』駅東口から東へ徒歩約15分', '福島交通飯坂線『曽根田』駅から北へ徒歩約5分'],
        decoys={
            'edition': 'the edition is 令和7年10月現在 (autumn before the planned year); the assignment intro carries a second date 令和7年4月1日現在',
            'assignments': 'the cohort named as 今春採用した職員 (\"those hired this spring\") with the date of the table in a bracket, no 年度',
            'access': 'each route gives a compass direction after から (東へ / 北へ) before the mode and time',
        },
        shapes=('cohort', 'compass'),
    )


def content_obuse():
    return dict(
        name='obuse-2026', org='小布施町', colour=(0.55, 0.27, 0.10),
        edition='令和8年4月現在', asOf='2026-04', year=2026,
        lead='栗と北斎のまちで、町民に一番近い仕事をしませんか。',
        tracks=('事務', '技術'), planned_mark='（予定）',
        hiring=[(2021, 3, 2, 1, 0), (2022, 2, 1, 1, 0), (2023, 4, 2, 1, 1), (2024, 3, 1, 2, 1),
                (2025, 4, 3, 1, 0), (2026, 3, None, 2, None)],
        cohort=2025, cohort_intro='令和7年度採用者の配属先（単位：人）',
        assign=[('総務課', 1, None), ('健康福祉課', 1, None), ('子ども未来課', 1, None), ('産業振興課', 1, None),
                ('建設水道課', None, 1)],
        exams=[('事務', '小布施町職員採用試験（大学卒業程度）', [('一般事務', '一般事務', 3)]),
               ('技術', '小布施町職員採用試験（大学卒業程度）', [('土木', '土木', 1), ('保健師', '保健師', 1)])],
        training='採用後は長野県市町村職員研修センターの新任研修と町の職場研修で学びます。',
        init_title='働きやすい職場づくり', init_fmt='＼{t}／', init_fmt_desc='＼title／ (backslash / slash speech marks) / indented text',
        initiatives=[('テレワーク', '子育てや介護の時期は自宅で勤務できます。', None),
                     ('ノー残業デー', '毎週水曜日は定時に退庁します。', None)],
        support=[('育児休業', '子が3歳に達するまで', '男女とも取得できます。'),
                 ('子の看護休暇', '年5日', '子が2人以上のときは年10日です。')],
        office='小布施町 総務課', tel_label='TEL', tel='026-247-3111',
        mail_label='E-mail', email='obuse-jinji@town.obuse.nagano.jp',
        address='〒381-0297 長野県上高井郡小布施町大字小布施1491-2',
        routes=['徒歩約8分（長野電鉄長野線『小布施』駅から）', '車で約5分（長野電鉄長野線『都住』駅から）'],
        decoys={
            'initiatives': 'titles between a full-width backslash and slash (＼テレワーク／), the speech marks of Japanese flyers',
            'access': 'the mode and time first, the line and station in a trailing bracket ending 駅から）',
        },
        shapes=('speech', 'timefirst'),
    )


def content_saga():
    return dict(
        name='saga-boe-2026', org='佐賀県教育委員会', colour=(0.15, 0.45, 0.30),
        edition='令和8年4月現在', asOf='2026-04', year=2026,
        lead='学校と子どもたちを支える仕事を、事務と技術の両面から担います。',
        tracks=('事務職', '技術職'), planned_mark='（予定）',
        hiring=[(2021, 12, 6, 2, 0), (2022, 10, 5, 3, 1), (2023, 13, 7, 2, 1), (2024, 11, 6, 3, 0),
                (2025, 14, 8, 2, 1), (2026, 12, None, 3, None)],
        cohort=2025, cohort_intro='令和7年度採用者の配属先（単位：人）',
        assign=[('教育総務課', 2, None), ('学校教育課', 2, None), ('教職員課', 2, None), ('社会教育・文化財課', 2, None),
                ('保健体育課', 1, None), ('県立高等学校', 5, None), ('施設整備室', None, 2)],
        exams=[('事務職', '佐賀県職員採用試験（大学卒業程度）', [('行政', '行政', 8), ('学校事務', '学校事務', 4)]),
               ('技術職', '佐賀県職員採用試験（大学卒業程度）', [('建築', '建築', 2), ('電気', '【新設】電気', 1)])],
        training='採用後3年間は、県の階層別研修に加えて学校現場での実務研修があります。',
        init_title='働きやすい職場づくり', init_fmt='■{t}（{s}）', init_fmt_desc='■title（start year～） / indented text',
        initiatives=[('テレワーク', '本庁の職員は週2日まで自宅で勤務できます。', '令和5年度～'),
                     ('フレックスタイム制', '始業・終業の時刻を1日ごとに選べます。', '令和6年度～')],
        support=[('育児休業', '子が3歳に達するまで', '男性職員の取得率も上がっています。'),
                 ('介護休暇', '通算6か月', '3回まで分けて取得できます。')],
        office='佐賀県教育委員会 教育総務課', tel_label='TEL', tel='0952-25-7226',
        mail_label='電子メール', email='kyouiku-jinji@pref.saga.lg.jp',
        address='〒840-8570 佐賀県佐賀市城内1-1-59',
        routes=['JR長崎本線『佐賀』駅から徒歩約20分', 'JR長崎本線『鍋島』駅から車で約10分'],
        decoys={
            'exams': 'a red 【新設】 badge (its own text object) before the category 電気 in the same cell',
            'initiatives': 'each title followed by its start in a bracket: ■テレワーク（令和5年度～）',
            'contacts': 'the e-mail labelled 電子メール (kanji) instead of E-mail / Mail',
        },
        shapes=('badge', 'since', 'kanjimail'),
    )


CONTENTS = {c()['name']: c for c in (content_fukushima, content_obuse, content_saga)}


# --------------------------------------------------------------------------- page model

class Item:
    def __init__(self, page, text, font, size, x, top, colour=(0, 0, 0), folio=False, mode=0):
        self.page, self.text, self.font, self.size = page, text, font, size
        self.x, self.top, self.colour, self.folio, self.mode = x, top, colour, folio, mode

    @property
    def width(self):
        return pdfmetrics.stringWidth(self.text, self.font, self.size)

    @property
    def box(self):  # ink (em) box in top-down coordinates
        return (self.x, self.top, self.x + self.width, self.top + self.size)

    @property
    def baseline(self):
        return self.top + self.size * 0.88


class Doc:
    def __init__(self):
        self.pages = [[], []]      # items
        self.graphics = [[], []]   # ('rect', x, top, w, h, colour) / ('line', x1, y1, x2, y2, width)
        self.lines = [[], []]      # expected lines: (sep, [[items] per cell])
        self.cells = []            # (item, cell width) for the overflow check
        self.tables = {}           # name -> list of TAB lines

    def item(self, p, text, font, size, x, top, **kw):
        it = Item(p, text, font, size, x, top, **kw)
        self.pages[p].append(it)
        return it

    def line(self, p, text, font, size, x, top, **kw):
        it = self.item(p, text, font, size, x, top, **kw)
        self.lines[p].append(('', [[it]]))
        return it


def text_of(line):
    sep, cells = line
    return sep.join(''.join(i.text for i in cell) for cell in cells)


def heading(doc, p, y, text, colour):
    doc.graphics[p].append(('rect', LEFT, y, 4, 15, colour))
    doc.line(p, text, GOTHIC, 12.5, LEFT + 9, y + 1, mode=2)
    return y + 22


def table(doc, p, y, widths, rows, name, header_tint=(0.92, 0.92, 0.92), size=9.0, rowh=16.0, centre_from=1):
    """rows: list of cells; a cell is '' (empty), a string, or a list of (text, colour) pieces."""
    x0 = LEFT
    total = sum(widths)
    doc.graphics[p].append(('rect', x0, y, total, rowh, header_tint))
    tab = []
    for r, row in enumerate(rows):
        top = y + r * rowh
        cells_items = []
        x = x0
        for c, cell in enumerate(row):
            pieces = [] if cell == '' else ([(cell, (0, 0, 0))] if isinstance(cell, str) else cell)
            wsum = sum(pdfmetrics.stringWidth(t, GOTHIC if r == 0 else MINCHO, size) for t, _ in pieces)
            if c >= centre_from and r > 0:
                cx = x + widths[c] - 6 - wsum
            else:
                cx = x + 5
            items = []
            for t, col in pieces:
                it = doc.item(p, t, GOTHIC if r == 0 else MINCHO, size, cx, top + (rowh - size) / 2, colour=col)
                cx += it.width
                items.append(it)
            if items:
                doc.cells.append((items, widths[c] - 8))
            cells_items.append(items)
            x += widths[c]
        doc.lines[p].append(('\t', cells_items))
        tab.append('\t'.join(''.join(i.text for i in cell) for cell in cells_items))
    for r in range(len(rows) + 1):
        doc.graphics[p].append(('line', x0, y + r * rowh, x0 + total, y + r * rowh, 0.6 if r in (0, 1, len(rows)) else 0.3))
    x = x0
    for wdt in [0] + widths:
        x += wdt
        doc.graphics[p].append(('line', x, y, x, y + len(rows) * rowh, 0.3))
    doc.tables[name] = tab
    return y + len(rows) * rowh + 8


# --------------------------------------------------------------------------- building

def cell_text(count, women):
    return f'{count}' if women is None else f'{count}（{women}）'


def build(c):
    doc = Doc()
    col = c['colour']
    adm, tec = c['tracks']
    # ---- page 1
    doc.graphics[0].append(('rect', 0, 0, W, 14, col))
    y = 40
    doc.line(0, c['org'], GOTHIC, 24, LEFT, y, mode=2); y += 32
    doc.line(0, f'職員採用案内 {c["year"]}', GOTHIC, 14, LEFT, y); y += 22
    ed = doc.item(0, c['edition'], MINCHO, 9, 0, y)
    ed.x = RIGHT - ed.width
    doc.lines[0].append(('', [[ed]])); y += 20
    doc.line(0, c['lead'], MINCHO, 10.5, LEFT, y); y += 28
    y = heading(doc, 0, y, '採用実績', col)
    doc.line(0, '採用者数の推移（単位：人）', MINCHO, 9.5, LEFT, y); y += 16
    rows = [['年度', adm, tec, '計']]
    for fy, a, aw, t, tw in c['hiring']:
        planned = aw is None
        label = era(fy) + (c['planned_mark'] if planned else '')
        tot_w = None if planned else aw + tw
        rows.append([label, cell_text(a, aw), cell_text(t, tw), cell_text(a + t, tot_w)])
    y = table(doc, 0, y, [130, 95, 95, 95], rows, 'hiring')
    doc.line(0, '※（ ）内は女性の数で内数です。', MINCHO, 8.5, LEFT, y); y += 26
    y = heading(doc, 0, y, '配属実績', col)
    doc.line(0, c['cohort_intro'], MINCHO, 9.5, LEFT, y); y += 16
    rows = [['配属先', adm, tec]]
    for unit, a, t in c['assign']:
        rows.append([unit, '－' if a is None else str(a), '－' if t is None else str(t)])
    y = table(doc, 0, y, [170, 80, 80], rows, 'assign')
    doc.item(0, '- 1 -', MINCHO, 8, W / 2 - 10, H - 36, folio=True)
    doc.y_end = [y]
    # ---- page 2
    doc.graphics[1].append(('rect', 0, 0, W, 14, col))
    y = 40
    y = heading(doc, 1, y, '試験区分', col)
    doc.line(1, f'令和{c["year"] - 2018}年度の採用予定', MINCHO, 9.5, LEFT, y); y += 16
    rows = [['区分', '試験', '職種', '採用予定数']]
    seen_track = set()
    for trk, exam, cats in c['exams']:
        for k, (cat, printed, n) in enumerate(cats):
            tcell = '' if trk in seen_track else trk
            seen_track.add(trk)
            ecell = exam if k == 0 else ''
            if printed != cat:
                badge = printed[:-len(cat)]
                ccell = [(badge, (0.85, 0.1, 0.1)), (cat, (0, 0, 0))]
            else:
                ccell = cat
            rows.append([tcell, ecell, ccell, str(n)])
    y = table(doc, 1, y, [62, 200, 110, 70], rows, 'exam', centre_from=3)
    y += 6
    y = heading(doc, 1, y, '研修', col)
    doc.line(1, c['training'], MINCHO, 9.5, LEFT, y); y += 24
    y = heading(doc, 1, y, c['init_title'], col)
    for t, text, since in c['initiatives']:
        doc.line(1, c['init_fmt'].format(t=t, s=since), GOTHIC, 10, LEFT, y); y += 15
        doc.line(1, text, MINCHO, 9.5, LEFT + 12, y); y += 18
    y += 6
    y = heading(doc, 1, y, '両立支援制度', col)
    for name, dur, text in c['support']:
        doc.line(1, f'●{name}（{dur}）', GOTHIC, 10, LEFT, y); y += 15
        doc.line(1, text, MINCHO, 9.5, LEFT + 12, y); y += 18
    y += 6
    y = heading(doc, 1, y, 'お問い合わせ', col)
    doc.line(1, c['office'], MINCHO, 9.5, LEFT, y); y += 15
    doc.line(1, f'{c["tel_label"]} {c["tel"]}', MINCHO, 9.5, LEFT, y); y += 15
    doc.line(1, f'{c["mail_label"]} {c["email"]}', MINCHO, 9.5, LEFT, y); y += 24
    y = heading(doc, 1, y, 'アクセス', col)
    doc.line(1, c['address'], MINCHO, 9.5, LEFT, y); y += 15
    for r in c['routes']:
        doc.line(1, r.replace('『', '').replace('』', ''), MINCHO, 9.5, LEFT, y); y += 15
    doc.item(1, '- 2 -', MINCHO, 8, W / 2 - 10, H - 36, folio=True)
    return doc


def make_facts(c, doc):
    adm, tec = c['tracks']
    rows = []
    for fy, a, aw, t, tw in c['hiring']:
        planned = aw is None
        def cnt(n, wmn):
            return dict(count=n, text=str(n), women=wmn, womenText=None if wmn is None else str(wmn), cellText=cell_text(n, wmn))
        rows.append(dict(fiscalYear=fy, label=era(fy), planned=planned,
                         total=cnt(a + t, None if planned else aw + tw), admin=cnt(a, aw), tech=cnt(t, tw),
                         labelText=era(fy) + (c['planned_mark'] if planned else '')))
    entries = []
    for trk, exam, cats in c['exams']:
        bd = []
        for cat, printed, n in cats:
            b = dict(category=cat, count=n)
            if printed != cat:
                b['categoryText'] = printed
                b['badge'] = printed[:-len(cat)]
            bd.append(b)
        entries.append(dict(track=trk, exam=exam, text='', breakdown=bd, total=sum(n for _, _, n in cats)))
    inits = []
    for t, text, since in c['initiatives']:
        i = dict(title=t, text=text, printed=[c['init_fmt'].format(t=t, s=since), text])
        if since:
            i['since'] = since
        inits.append(i)
    f = dict(
        organization=c['org'], document=f'{c["org"]} 職員採用案内 {c["year"]}',
        edition=dict(year=c['year'], asOf=c['asOf'], asOfText=c['edition']),
        lead=dict(title='', text=[c['lead']]),
        hiring=dict(intro=['採用者数の推移（単位：人）'], note=['※（ ）内は女性の数で内数です。'],
                    tracks=dict(admin=adm, tech=tec), textSynthesised=False,
                    layout=f'ruled 年度 | {adm} | {tec} | 計; cells N（W）', header=['年度', adm, tec, '計'],
                    columns=['label', 'admin', 'tech', 'total'], rows=rows),
        assignments=dict(cohortFiscalYear=c['cohort'], intro=c['cohort_intro'], tracks=dict(admin=adm, tech=tec),
                         layout=f'ruled 配属先 | {adm} | {tec}',
                         rows=[dict(unit=u, admin=a, tech=t) for u, a, t in c['assign']]),
        exams=dict(title=f'令和{c["year"] - 2018}年度の採用予定', fiscalYear=c['year'], textSynthesised=False,
                   layout='ruled 区分 | 試験 | 職種 | 採用予定数', header=['区分', '試験', '職種', '採用予定数'],
                   entries=entries),
        training=dict(title='研修', paragraphs=[c['training']]),
        initiatives=inits, initiativesIntro='', initiativesTitle=c['init_title'], initiativeFormat=c['init_fmt_desc'],
        supportTitle='両立支援制度', supportFormat='●name（duration） / indented text',
        supportSystems=[dict(name=n, duration=d, durationText=d, text=t, printed=f'●{n}（{d}）') for n, d, t in c['support']],
        contacts=[dict(track='採用担当', office=c['office'], tel=[c['tel']], email=[c['email']], location='',
                       telText=[f'{c["tel_label"]} {c["tel"]}'], emailText=[f'{c["mail_label"]} {c["email"]}'], hoursText='')],
        access=dict(address=c['address'], routes=list(c['routes']), routesSynthesised=False,
                    routesText=[r.replace('『', '').replace('』', '') for r in c['routes']]),
        keyFigures=[], decoys=dict(c['decoys']),
    )
    return f


def expected_text(doc):
    pages = []
    for p in range(2):
        pages.append('\n'.join(text_of(l) for l in doc.lines[p]))
    return '\n\f\n'.join(pages) + '\n'


# --------------------------------------------------------------------------- rendering

def render(doc, name, drop=0):
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    cv.setTitle(name)
    rnd = random.Random('holdout79:' + name)
    for p in range(2):
        for g in doc.graphics[p]:
            if g[0] == 'rect':
                _, x, top, w, h, colr = g
                cv.setFillColorRGB(*colr)
                cv.rect(x, H - top - h, w, h, stroke=0, fill=1)
            else:
                _, x1, y1, x2, y2, lw = g
                cv.setLineWidth(lw)
                cv.setStrokeColorRGB(0.35, 0.35, 0.35)
                cv.line(x1, H - y1, x2, H - y2)
        items = list(doc.pages[p])
        rnd.shuffle(items)
        if drop and p == 0:
            items = items[:-drop]
        for it in items:
            cv.setFillColorRGB(*it.colour)
            cv.setStrokeColorRGB(*it.colour)
            t = cv.beginText()
            t.setFont(it.font, it.size)
            t.setTextRenderMode(it.mode)
            t.setTextOrigin(it.x, H - it.baseline)
            t.textOut(it.text)
            cv.drawText(t)
        cv.showPage()
    cv.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- checks

def check_layout(doc):
    for p in range(2):
        for it in doc.pages[p]:
            face = pdfmetrics.getFont(it.font).face
            for ch in it.text:
                need(ord(ch) in face.charToGlyph, f'glyph missing in {it.font}: {ch!r} ({it.text})')
            x0, y0, x1, y1 = it.box
            need(x0 >= EDGE and y0 >= EDGE and x1 <= W - EDGE and y1 <= H - EDGE, f'edge margin: {it.text}')
            if not it.folio:
                need(y1 <= H - BOTTOM, f'past the bottom margin: {it.text}')
        items = doc.pages[p]
        for i in range(len(items)):
            a = items[i].box
            for j in range(i + 1, len(items)):
                b = items[j].box
                need(a[2] <= b[0] + 0.01 or b[2] <= a[0] + 0.01 or a[3] <= b[1] + 0.01 or b[3] <= a[1] + 0.01,
                     f'overlap: {items[i].text} / {items[j].text}')
    for items, width in doc.cells:
        need(sum(i.width for i in items) <= width + 0.01, f'cell overflow: {"".join(i.text for i in items)}')


def check_expected(doc, expected):
    pages = expected.rstrip('\n').split('\n\f\n')
    need(len(pages) == 2, 'expected text: two pages')
    for p in range(2):
        used = Counter()
        for l in doc.lines[p]:
            for cell in l[1]:
                for it in cell:
                    used[id(it)] += 1
        for it in doc.pages[p]:
            if it.folio:
                need(used[id(it)] == 0, 'folio in the expected text')
            else:
                need(used[id(it)] == 1, f'item not in exactly one expected line: {it.text}')
        for line in pages[p].split('\n'):
            need(line.strip() != '', 'empty expected line')
            need(line[0] not in KINSOKU, f'expected line starts with a kinsoku character: {line}')
            need(not re.fullmatch(r'- \d+ -', line), 'folio line in the expected text')
        drawn = Counter(''.join(i.text for i in doc.pages[p] if not i.folio).replace(' ', '').replace('\u3000', ''))
        exp = Counter(re.sub(r'\s', '', pages[p]))
        need(drawn == exp, f'page {p + 1}: drawn and expected characters differ: {(drawn - exp) + (exp - drawn)}')


def check_pdf(doc, pdf):
    n_items = sum(len(x) for x in doc.pages)
    need(len(re.findall(rb'\bBT\b', pdf)) >= n_items, 'fewer text objects than items')
    with tempfile.NamedTemporaryFile(suffix='.pdf') as tf:
        tf.write(pdf); tf.flush()
        for p in range(2):
            out = subprocess.run(['pdftotext', '-f', str(p + 1), '-l', str(p + 1), tf.name, '-'],
                                 capture_output=True, text=True).stdout
            got = Counter(re.sub(r'\s', '', out))
            want = Counter(re.sub(r'\s', '', ''.join(i.text for i in doc.pages[p])))
            need(got == want, f'pdftotext page {p + 1} differs: {(got - want) + (want - got)}')


PHONE = re.compile(r'0\d{1,4}-\d{1,4}-\d{3,4}')
MAIL = re.compile(r'[a-z0-9.\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+')
MARKS = '■●＼／【】『』「」（）'


def standin(f):
    sec = dict(
        hiring=dict(rows=[dict(fiscalYear=r['fiscalYear'], planned=r['planned'],
                               total=dict(count=r['total']['count'], women=r['total']['women']),
                               administrative=dict(count=r['admin']['count'], women=r['admin']['women']),
                               technical=dict(count=r['tech']['count'], women=r['tech']['women']))
                          for r in f['hiring']['rows']]),
        assignments=dict(cohortFiscalYear=f['assignments']['cohortFiscalYear'],
                         rows=[dict(unit=r['unit'], administrative=r['admin'] or 0, technical=r['tech'] or 0)
                               for r in f['assignments']['rows']]),
        examBreakdown=dict(entries=[dict(track=track(e['track']), level=level(e['exam']), category=b['category'], count=b['count'])
                                    for e in f['exams']['entries'] for b in e['breakdown']]),
        contacts=[dict(office=c['office'], phones=[dict(number=t) for t in c['tel']], emails=list(c['email']))
                  for c in f['contacts']],
        access=dict(routes=[dict(station=r.split('『')[1].split('』')[0]) for r in f['access']['routes']]),
        initiatives=[dict(title=i['title']) for i in f['initiatives']],
        supportSystems=[dict(name=s['name']) for s in f['supportSystems']],
    )
    return dict(organization=f['organization'], edition=dict(asOf=f['edition']['asOf']), sections=sec)


def check_facts(c, f, doc, expected):
    lines = [l for l in expected.split('\n') if l != '\f']
    lineset = set(lines)
    def printed(s, what):
        need(s in lineset, f'{what} not printed as a line: {s}')
    masthead = text_of(doc.lines[0][0])
    need(f['organization'] == masthead, 'organisation is not the masthead')
    need(not any(f['organization'].startswith(x) for x in LEGAL), 'legal-form prefix')
    ed = f['edition']
    m = re.fullmatch(r'令和(\d+)年(\d+)月現在', ed['asOfText'])
    need(m and ed['asOf'] == f'{int(m.group(1)) + 2018}-{int(m.group(2)):02d}', 'asOf is not the printed edition')
    printed(ed['asOfText'], 'edition')
    printed(f['document'].replace(f['organization'] + ' ', '', 1), 'document title')
    h = f['hiring']; rows = h['rows']
    need([r['fiscalYear'] for r in rows] == list(range(rows[0]['fiscalYear'], rows[0]['fiscalYear'] + len(rows))), 'years not consecutive')
    need([r['planned'] for r in rows].count(True) == 1 and rows[-1]['planned'], 'exactly one planned row, last')
    need(ed['year'] == rows[-1]['fiscalYear'] == f['exams']['fiscalYear'], 'edition year / planned year / exam year')
    need('\t'.join(h['header']) in lineset, 'hiring header not printed')
    for r in rows:
        need(r['label'] == era(r['fiscalYear']), f'label {r["label"]}')
        need(r['labelText'] == r['label'] + (c['planned_mark'] if r['planned'] else ''), f'labelText {r["labelText"]}')
        for k in ('total', 'admin', 'tech'):
            x = r[k]
            need(x['text'] == str(x['count']), 'count text')
            need(x['womenText'] == (None if x['women'] is None else str(x['women'])), 'women text')
            if r['planned']:
                need(x['women'] is None, 'women on the planned row')
            else:
                need(x['women'] is not None and 0 <= x['women'] <= x['count'], 'women out of range')
            need(x['cellText'] == cell_text(x['count'], x['women']), 'cell text')
        need(r['total']['count'] == r['admin']['count'] + r['tech']['count'], f'total {r["labelText"]}')
        if not r['planned']:
            need(r['total']['women'] == r['admin']['women'] + r['tech']['women'], f'women total {r["labelText"]}')
        printed('\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]), 'hiring row')
    printed(h['intro'][0], 'hiring intro'); printed(h['note'][0], 'hiring note')
    a = f['assignments']
    actual = [r for r in rows if not r['planned']]
    need(a['cohortFiscalYear'] == actual[-1]['fiscalYear'], 'cohort is not the last actual year')
    printed(a['intro'], 'assignment intro')
    years = re.findall(r'令和(\d+)年', a['intro'])
    need(years and all(int(y) + 2018 == a['cohortFiscalYear'] for y in years), 'cohort intro names another year')
    coh = [r for r in rows if r['fiscalYear'] == a['cohortFiscalYear']][0]
    units = [r['unit'] for r in a['rows']]
    need(len(units) == len(set(units)), 'duplicate unit')
    need(sum(r['admin'] or 0 for r in a['rows']) == coh['admin']['count'], 'assignment admin sum')
    need(sum(r['tech'] or 0 for r in a['rows']) == coh['tech']['count'], 'assignment tech sum')
    for r in a['rows']:
        need((r['admin'] or 0) + (r['tech'] or 0) > 0, 'zero assignment row')
        printed('\t'.join([r['unit'], '－' if r['admin'] is None else str(r['admin']), '－' if r['tech'] is None else str(r['tech'])]), 'assignment row')
    e = f['exams']
    printed(e['title'], 'exam title')
    printed('\t'.join(e['header']), 'exam header')
    per_track = Counter()
    keys = set()
    hiring_tracks = {h['tracks']['admin']: 'administrative', h['tracks']['tech']: 'technical'}
    for en in e['entries']:
        need(en['track'] in hiring_tracks, f'exam track {en["track"]} is no hiring track')
        need(track(en['track']) == hiring_tracks[en['track']], f'exam track {en["track"]} maps wrong')
        need('院' not in en['exam'], '院 in an exam')
        need(sum(b['count'] for b in en['breakdown']) == en['total'], 'exam categories != total')
        per_track[en['track']] += en['total']
        need(any(en['exam'] in l.split('\t') for l in lines), f'exam name not printed as a cell: {en["exam"]}')
        for b in en['breakdown']:
            need('院' not in b['category'], '院 in a category')
            need(not any(ch in b['category'] for ch in '【】'), f'a bracket left in a category: {b["category"]}')
            shown = b.get('categoryText', b['category'])
            need(shown.endswith(b['category']) and (shown == b['category'] or re.fullmatch(r'【[^】]+】', shown[:-len(b['category'])])), 'category text')
            key = (track(en['track']), level(en['exam']), norm(b['category']))
            need(key not in keys, f'colliding category {key}')
            keys.add(key)
            need(any(l.split('\t')[2:4] == [shown, str(b['count'])] for l in lines if l.count('\t') == 3), f'category not printed with its count: {shown}')
    need(per_track[h['tracks']['admin']] == rows[-1]['admin']['count'], 'exam admin total != planned')
    need(per_track[h['tracks']['tech']] == rows[-1]['tech']['count'], 'exam tech total != planned')
    printed(f['training']['paragraphs'][0], 'training'); printed(f['lead']['text'][0], 'lead')
    for i in f['initiatives']:
        for l in i['printed']:
            printed(l, 'initiative')
        need(i['printed'][0] == c['init_fmt'].format(t=i['title'], s=i.get('since')), 'initiative line form')
        need(not any(ch in i['title'] for ch in MARKS), f'mark left in an initiative title: {i["title"]}')
        need(i['text'] == i['printed'][1], 'initiative text')
    for s in f['supportSystems']:
        need(s['duration'] == s['durationText'], 'support duration')
        need(s['printed'] == f'●{s["name"]}（{s["duration"]}）', 'support line form')
        need(not any(ch in s['name'] for ch in MARKS), 'mark left in a support name')
        printed(s['printed'], 'support'); printed(s['text'], 'support text')
    for ct in f['contacts']:
        printed(ct['office'], 'office')
        need(ct['office'].startswith(f['organization']), 'office does not start with the organisation')
        for t, tt in zip(ct['tel'], ct['telText']):
            printed(tt, 'TEL')
            need(PHONE.fullmatch(t), f'phone not hyphenated: {t}')
            need(re.sub(r'\D', '', t) == re.sub(r'\D', '', tt), 'phone digits differ from the line')
        for m_, mt in zip(ct['email'], ct['emailText']):
            printed(mt, 'E-mail')
            need(MAIL.fullmatch(m_), f'not a bare address: {m_}')
            need(mt == f'{c["mail_label"]} {m_}', 'e-mail line')
    acc = f['access']
    printed(acc['address'], 'address')
    for r, rt in zip(acc['routes'], acc['routesText']):
        need('『' in r and '』' in r, 'route without 『』')
        need(r.replace('『', '').replace('』', '') == rt, 'route fact differs from its line')
        printed(rt, 'route')
        stop = r.split('『')[1].split('』')[0]
        need(r.split('』')[1].startswith('駅'), 'stop not followed by 駅')
        need(not any(x in stop for x in ('駅', '～', '〜', '・', ' ', '\u3000', '東', '北', '口', '分')), f'bad stop {stop}')
    # shape-specific
    sh = c['shapes']
    if 'cohort' in sh:
        need(a['intro'].startswith('今春') and '年度' not in a['intro'], 'cohort shape: 今春 intro')
        need(ed['asOf'] < f'{a["cohortFiscalYear"] + 1}-04' and ed['asOf'] >= f'{a["cohortFiscalYear"]}-04', 'cohort shape: 今春 must be the edition year\'s spring')
    if 'compass' in sh:
        need(all(re.search(r'駅(東口)?から[東西南北]へ', rt) for rt in acc['routesText']), 'compass shape')
    if 'timefirst' in sh:
        need(all(re.fullmatch(r'(徒歩|車で)約\d+分（.+駅から）', rt) for rt in acc['routesText']), 'time-first shape')
    if 'speech' in sh:
        need(all(i['printed'][0] == f'＼{i["title"]}／' for i in f['initiatives']), 'speech-mark shape')
    if 'since' in sh:
        need(all(re.fullmatch(r'令和\d+年度～', i.get('since') or '') for i in f['initiatives']), 'since shape')
    if 'badge' in sh:
        need(any('badge' in b for en in e['entries'] for b in en['breakdown']), 'badge shape')
    # the scorer
    drawn = norm(expected)
    res = checks(f, standin(f), drawn)
    need(res and all(ok for _, ok in res), f'stand-in does not score full marks: {[n for n, ok in res if not ok]}')
    kinds = {n.split(' ')[0] for n, _ in res}
    need(kinds >= {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'initiative', 'support'}, f'kinds {kinds}')
    need(not any(ok for _, ok in checks(f, {}, drawn)), 'empty document scores')
    return len(res)


# --------------------------------------------------------------------------- pipeline

def make(name, fault=None):
    """Returns (pdf, facts json, expected text, number of fact checks); raises Refuse."""
    fault = fault or {}
    c = CONTENTS[name]()
    if 'content' in fault:
        fault['content'](c)
    doc = build(c)
    if 'doc' in fault:
        fault['doc'](doc)
    f = make_facts(c, doc)
    if 'facts' in fault:
        fault['facts'](f)
    expected = expected_text(doc)
    if 'expected' in fault:
        expected = fault['expected'](expected)
    check_layout(doc)
    check_expected(doc, expected)
    n = check_facts(c, f, doc, expected)
    pdf = fault['render_both'](doc, name) if 'render_both' in fault else render(doc, name)
    if 'render_both' in fault:
        pdf2 = fault['render_both'](doc, name)
    elif 'render' in fault:
        pdf2 = fault['render'](doc, name)
    else:
        pdf2 = render(doc, name)
    need(pdf == pdf2, 'two renders differ')
    check_pdf(doc, pdf2)
    return pdf, json.dumps(f, ensure_ascii=False, indent=2) + '\n', expected, n


def write(name):
    pdf, facts, expected, n = make(name)
    os.makedirs(OUT, exist_ok=True)
    open(os.path.join(OUT, name + '.pdf'), 'wb').write(pdf)
    open(os.path.join(OUT, name + '.facts.json'), 'w').write(facts)
    open(os.path.join(OUT, name + '.expected.txt'), 'w').write(expected)
    print(f'{name}: {sum(1 for _ in re.finditer(rb"BT", pdf))} text objects, {n} fact checks')


# --------------------------------------------------------------------------- self-test

def row(f, i=-2):
    return f['hiring']['rows'][i]


def bump(x, k=1):
    x['count'] += k; x['text'] = str(x['count']); x['cellText'] = cell_text(x['count'], x['women'])


def bumpw(x, k=1):
    x['women'] += k; x['womenText'] = str(x['women']); x['cellText'] = cell_text(x['count'], x['women'])


def hire_row_content(c, i, fn):
    c['hiring'][i] = fn(list(c['hiring'][i]))


def common_faults():
    F = {}
    F['hiring total +1'] = dict(facts=lambda f: bump(row(f)['total']))
    F['women total +1'] = dict(facts=lambda f: bumpw(row(f)['total']))
    F['a track\'s women +1'] = dict(facts=lambda f: bumpw(row(f)['admin']))
    F['women above heads'] = dict(facts=lambda f: bumpw(row(f)['tech'], 40))
    F['women on the planned row'] = dict(facts=lambda f: row(f, -1)['admin'].update(women=0, womenText='0'))
    F['planned row first'] = dict(facts=lambda f: f['hiring']['rows'].insert(0, f['hiring']['rows'].pop()))
    F['wrong era label'] = dict(facts=lambda f: row(f, 0).update(label='令和2年度'))
    F['count text differs'] = dict(facts=lambda f: row(f, 0)['admin'].update(text='99'))
    F['fiscal years shifted'] = dict(facts=lambda f: [r.update(fiscalYear=r['fiscalYear'] + 1) for r in f['hiring']['rows']])
    F['admin and total +1'] = dict(facts=lambda f: (bump(row(f)['admin']), bump(row(f)['total'])))
    F['planned flag dropped'] = dict(facts=lambda f: row(f, -1).update(planned=False))
    F['assignment +1'] = dict(facts=lambda f: f['assignments']['rows'][0].update(admin=(f['assignments']['rows'][0]['admin'] or 0) + 1))
    F['wrong cohort'] = dict(facts=lambda f: f['assignments'].update(cohortFiscalYear=2024))
    F['duplicated unit'] = dict(facts=lambda f: f['assignments']['rows'].append(dict(f['assignments']['rows'][0], admin=0)))
    F['zero assignment row'] = dict(content=lambda c: c['assign'].append(('監査室', 0, None)))
    F['cohort intro names another year'] = dict(content=lambda c: c.update(cohort_intro='令和6年度採用者の配属先（単位：人）'))
    F['exam count +1 with total'] = dict(facts=lambda f: (f['exams']['entries'][0]['breakdown'][0].update(count=f['exams']['entries'][0]['breakdown'][0]['count'] + 1), f['exams']['entries'][0].update(total=f['exams']['entries'][0]['total'] + 1)))
    F['last category +1'] = dict(facts=lambda f: f['exams']['entries'][-1]['breakdown'][-1].update(count=f['exams']['entries'][-1]['breakdown'][-1]['count'] + 1))
    F['exam with 院'] = dict(content=lambda c: c['exams'].__setitem__(0, (c['exams'][0][0], c['exams'][0][1].replace('大学卒業', '大学院修了'), c['exams'][0][2])))
    F['colliding category'] = dict(content=lambda c: c['exams'][-1][2].__setitem__(-1, (c['exams'][-1][2][0][0], c['exams'][-1][2][0][0], c['exams'][-1][2][-1][2])))
    F['exam track no hiring track'] = dict(facts=lambda f: f['exams']['entries'][0].update(track='行政職'))
    F['exam track maps to other'] = dict(content=lambda c: (c.update(tracks=(c['tracks'][0], '専門職')), c['exams'].__setitem__(-1, ('専門職',) + c['exams'][-1][1:])))
    F['e-mail not printed'] = dict(facts=lambda f: f['contacts'][0].update(email=['x' + f['contacts'][0]['email'][0]]))
    F['office not printed'] = dict(facts=lambda f: f['contacts'][0].update(office=f['contacts'][0]['office'] + '係'))
    F['route not printed'] = dict(facts=lambda f: f['access']['routesText'].__setitem__(0, f['access']['routesText'][0] + '。'))
    F['support not printed'] = dict(facts=lambda f: f['supportSystems'][0].update(printed='●育休'))
    F['initiative not printed'] = dict(facts=lambda f: f['initiatives'][0]['printed'].__setitem__(1, '週休3日'))
    F['organisation not the masthead'] = dict(facts=lambda f: f.update(organization=f['organization'] + '局'))
    F['address not printed'] = dict(facts=lambda f: f['access'].update(address=f['access']['address'] + '号'))
    F['route without 『』'] = dict(facts=lambda f: f['access']['routes'].__setitem__(0, f['access']['routesText'][0]))
    F['support duration differs'] = dict(facts=lambda f: f['supportSystems'][0].update(duration='1年'))
    F['legal-form prefix'] = dict(facts=lambda f: f.update(organization='一部事務組合' + f['organization']))
    F['wrong phone'] = dict(facts=lambda f: f['contacts'][0]['tel'].__setitem__(0, f['contacts'][0]['tel'][0][:-1] + '0'))
    F['unhyphenated phone'] = dict(facts=lambda f: f['contacts'][0]['tel'].__setitem__(0, f['contacts'][0]['tel'][0].replace('-', '')))
    F['wrong asOf'] = dict(facts=lambda f: f['edition'].update(asOf='2026-03' if f['edition']['asOf'] != '2026-03' else '2026-04'))
    F['wrong edition year'] = dict(facts=lambda f: f['edition'].update(year=2025))
    F['hiring cell differs'] = dict(facts=lambda f: row(f, 0)['admin'].update(cellText='1（1）'))
    F['overlapping copy of an item'] = dict(doc=lambda d: d.pages[0].append(Item(0, d.pages[0][3].text, d.pages[0][3].font, d.pages[0][3].size, d.pages[0][3].x + 3, d.pages[0][3].top + 2)))
    F['item in the edge margin'] = dict(doc=lambda d: setattr(d.pages[1][0], 'x', 12))
    F['emoji the font lacks'] = dict(content=lambda c: c.update(lead=c['lead'] + '\U0001F600'))
    F['item past the bottom'] = dict(doc=lambda d: setattr(d.pages[1][-2], 'top', H - 50))
    F['overflowing cell'] = dict(content=lambda c: c['assign'].__setitem__(0, ('総務課総務係総務担当総務係総務担当総務係', c['assign'][0][1], c['assign'][0][2])))
    F['。 moved to the next line'] = dict(expected=lambda e: e.replace('。\n', '\n。', 1))
    F['extra expected character'] = dict(expected=lambda e: e.replace('採用実績', '採用実績等', 1))
    F['folio in the expected text'] = dict(doc=lambda d: d.lines[0].append(('', [[[it for it in d.pages[0] if it.folio][0]]])))
    F['PDF lacking one item'] = dict(render_both=lambda d, n: render(d, n, drop=1))
    F['non-deterministic render'] = dict(render=lambda d, n: render(d, n) + b'\n')
    F['route stop taking 駅'] = dict(facts=lambda f: f['access']['routes'].__setitem__(0, f['access']['routes'][0].replace('』駅', '駅』')))
    return F


def shape_faults(name):
    F = {}
    if name == 'fukushima-suido-2026':
        F['cohort intro with 年度'] = dict(content=lambda c: c.update(cohort_intro='今春（令和7年度）採用した職員の配属先'))
        F['asOf read as the cohort date 2025-04'] = dict(facts=lambda f: f['edition'].update(asOf='2025-04'))
        F['route stop taking 東口'] = dict(facts=lambda f: f['access']['routes'].__setitem__(0, 'JR『福島駅東口』から東へ徒歩約15分'))
        F['direction dropped from a route'] = dict(content=lambda c: c['routes'].__setitem__(1, '福島交通飯坂線『曽根田』駅から徒歩約5分'))
    if name == 'obuse-2026':
        F['initiative title keeping ＼／'] = dict(facts=lambda f: f['initiatives'][0].update(title='＼テレワーク／'))
        F['route drawn station first'] = dict(content=lambda c: c['routes'].__setitem__(0, '長野電鉄長野線『小布施』駅から徒歩約8分'))
        F['route stop taking 駅から）'] = dict(facts=lambda f: f['access']['routes'].__setitem__(0, '徒歩約8分（長野電鉄長野線『小布施駅から）』'))
    if name == 'saga-boe-2026':
        F['category keeping 【新設】'] = dict(facts=lambda f: f['exams']['entries'][-1]['breakdown'][-1].update(category='【新設】電気'))
        F['badge dropped from the category text'] = dict(facts=lambda f: f['exams']['entries'][-1]['breakdown'][-1].pop('categoryText'))
        F['initiative title keeping its start'] = dict(facts=lambda f: f['initiatives'][0].update(title='テレワーク（令和5年度～）'))
        F['e-mail fact taking the label'] = dict(facts=lambda f: f['contacts'][0].update(email=['電子メール ' + f['contacts'][0]['email'][0]]))
    return F


def selftest(verbose):
    total = refused = 0
    for name in CONTENTS:
        make(name)  # the clean one must pass
        faults = dict(common_faults(), **shape_faults(name))
        for label, fl in faults.items():
            fl = {k: v for k, v in fl.items() if v is not None}
            total += 1
            try:
                make(name, fl)
                print(f'NOT REFUSED  {name}: {label}')
            except Refuse as e:
                refused += 1
                if verbose:
                    print(f'refused      {name}: {label} -- {e}')
    print(f'{refused}/{total} refused')
    return refused == total


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    names = [a for a in args if not a.startswith('-')] or list(CONTENTS)
    for n in names:
        write(n)


if __name__ == '__main__':
    main()
