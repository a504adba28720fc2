#!/usr/bin/env python3
"""Holdout set 81 (blind): three synthetic recruitment brochures of LOCAL public bodies.

  python3 Fixtures/generate_holdout81.py                 # all three (deterministic)
  python3 Fixtures/generate_holdout81.py imabari-2026    # one
  python3 Fixtures/generate_holdout81.py --selftest [-v] # fault injection: every fault must be refused

Self-contained: a page model in top-down coordinates, a ruled-table helper, reportlab's canvas
(invariant=1, no page compression), the checks and a fault-injection self-test.  Every text piece
is one text item and one text object (BT ... ET); a page's items are written after its graphics in
a seeded shuffled order.  See holdout81/README.md.
"""
import copy, io, json, os, random, re, subprocess, sys, tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color, HexColor

OUT = os.path.join(HERE, 'holdout81')
W, H = 595.28, 841.89
EDGE = 20.0
BOTTOM = H - 48.0
LEFT, RIGHT = 52.0, W - 52.0
FONTS = {'G': '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
         'M': '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'}
for k, p in FONTS.items():
    pdfmetrics.registerFont(TTFont('IPAex' + k, p))
GLYPHS = {k: set(pdfmetrics.getFont('IPAex' + k).face.charToGlyph) for k in FONTS}
KINSOKU = set('、。，．・：；？！ー）」』】〕》〉')
LEGAL = ('地方独立行政法人', '独立行政法人', '国立大学法人', '一部事務組合')


class Refuse(Exception):
    pass


def era(y):
    return f'令和{y - 2018}年度'


def width(text, font, size):
    return pdfmetrics.stringWidth(text, 'IPAex' + font, size)


# ---------------------------------------------------------------- content

SPECS = {
    'nagoya-port-2026': dict(
        seed=811, colour='#1f4e79', org='名古屋港管理組合', org_size=24,
        title='職員採用案内 2026', edition=dict(year=2026, asOf='2025-10', asOfText='令和7年10月現在', parts=['令和7年10月現在']),
        lead='取扱貨物量日本一の港を、私たちが支えています。',
        tracks=('事務', '技術'),
        hiring=[(2021, 6, 3, 5, 1), (2022, 5, 2, 6, 2), (2023, 7, 4, 5, 1), (2024, 6, 3, 7, 2), (2025, 7, 3, 6, 2)],
        planned=(2026, 6, 7), inner={},
        units=[('総務課', 2, 0), ('財務課', 1, 0), ('港営課', 2, 1), ('企画課', 1, 0), ('建設課', 0, 3), ('施設保全課', 1, 2)],
        exam='職員採用試験（大学卒業程度）',
        exams=[('事務', [('行政', 6)]), ('技術', [('土木', 4), ('建築', 1), ('機械', 1), ('電気', 1)])],
        training='採用後は新規採用職員研修と港湾の現場研修で、港の仕事を一から学びます。',
        initiatives=[('テレワーク', 'Telework', '在宅勤務とサテライトオフィス勤務ができます。'),
                     ('フレックスタイム制', 'Flextime', '始業・終業の時刻を職員が選べます。')],
        initiative_style='gloss',
        support=[('育児休業', '子が3歳に達するまで', '男女とも取得できます。', None),
                 ('子の看護休暇', '年5日', '子が2人以上のときは年10日です。', None)],
        support_style='lines',
        office='名古屋港管理組合 総務部人事課', tel='052-654-7830', email='pa-saiyo@port-of-nagoya.jp',
        contact_style='lines',
        address='〒455-0033 愛知県名古屋市港区港町1-11',
        routes=[('地下鉄名港線', '名古屋港', '（E07）から徒歩約5分'), ('地下鉄名港線', '築地口', '（E06）から徒歩約10分')],
    ),
    'imabari-2026': dict(
        seed=812, colour='#2e7d6b', org='今治市', org_size=26,
        title='職員採用案内 2026', edition=dict(year=2026, asOf='2025-10', asOfText='令和7年10月', parts=['第2版', '令和7年10月']),
        lead='海と島とタオルのまちで、市民の暮らしを支える仕事です。',
        tracks=('事務職', '技術職'),
        hiring=[(2021, 12, 6, 5, 1), (2022, 10, 5, 6, 2), (2023, 11, 6, 4, 1), (2024, 13, 7, 6, 2), (2025, 12, 5, 7, 3)],
        planned=(2026, 11, 6), inner={},
        units=[('総務課', 2, 0), ('市民課', 2, 0), ('税務課', 3, 0), ('福祉政策課', 2, 1), ('子育て支援課', 2, 0),
               ('土木課', 0, 3), ('建築住宅課', 0, 2), ('農林水産課', 1, 1)],
        exam='今治市職員採用試験（大学卒業程度）',
        exams=[('事務職', [('一般事務', 11)]), ('技術職', [('土木', 3), ('建築', 2), ('保健師', 1)])],
        training='採用後の3年間は、階層別研修と職場でのOJTで基礎を身につけます。',
        initiatives=[('ノー残業デー', None, '毎週水曜日は定時に退庁します。'),
                     ('男性の育児休業取得推進', None, '子が生まれた職員に上司から取得を勧めます。')],
        initiative_style='plain',
        support=[('育児休業', '子が3歳に達するまで', '', '出産・育児'),
                 ('子の看護休暇', '年5日', '', '出産・育児'),
                 ('介護休暇', '通算6か月', '', '介護')],
        support_style='stages',
        office='今治市 総務部人事課', tel='0898-36-1500', email='imabari-saiyo@city.imabari.lg.jp',
        contact_style='lines',
        address='〒794-8511 愛媛県今治市別宮町1-4-1',
        routes=[('JR予讃線', '今治', 'から徒歩約15分'), ('JR予讃線', '波止浜', 'から車で約10分')],
    ),
    'osaki-kouiki-2026': dict(
        seed=813, colour='#8a3b12', org='大崎地域広域行政事務組合', org_size=22,
        title='職員採用案内 2026', edition=dict(year=2026, asOf='2026-04', asOfText='令和8年4月現在', parts=['令和8年4月現在']),
        lead='1市4町の暮らしを、ごみ処理と消防とで支える組合です。',
        tracks=('事務職', '技術職'),
        hiring=[(2021, 3, 1, 2, 0), (2022, 4, 2, 1, 0), (2023, 3, 2, 2, 1), (2024, 4, 1, 2, 0), (2025, 4, 2, 3, 1)],
        planned=(2026, 3, 2), inner={(2021, 'tech'): 1, (2023, 'admin'): 1, (2025, 'tech'): 2},
        units=[('総務課', 1, 0), ('財政課', 1, 0), ('環境管理課', 1, 1), ('クリーンセンター', 0, 2), ('消防本部', 1, 0)],
        exam='職員採用試験（大学卒業程度）',
        exams=[('事務職', [('一般事務', 3)]), ('技術職', [('土木', 1), ('電気', 1)])],
        training='採用後は宮城県市町村職員研修所の新任研修と、施設での実務研修があります。',
        initiatives=[('テレワーク', None, '事務職は週2日まで自宅で勤務できます。'),
                     ('ノー残業デー', None, '毎週水曜日と給与支給日は定時に退庁します。')],
        initiative_style='plain',
        support=[('育児休業', '子が3歳に達するまで', '男女とも取得できます。', None),
                 ('介護休暇', '通算6か月', '3回まで分けて取得できます。', None)],
        support_style='lines',
        office='大崎地域広域行政事務組合 総務課', tel='0229-22-1191', email='osaki-saiyo@osaki-kouiki.jp',
        contact_style='sentence',
        address='〒989-6136 宮城県大崎市古川穂波3-4-20',
        routes=[('JR陸羽東線', '古川', 'から徒歩約20分'), ('JR陸羽東線', '塚目', 'から車で約5分')],
    ),
}


# ---------------------------------------------------------------- page model

class Page:
    def __init__(self, no):
        self.no = no
        self.items = []      # dicts: text x top size font color line cell folio
        self.graphics = []   # ('rect', x, top, w, h, colour) / ('line', x1, t1, x2, t2)
        self.lines = []      # expected lines (strings)
        self.line_items = []  # item indices per line
        self.y = 0.0

    def item(self, text, x, top, size, font='M', colour='#000000', line=None, cell=None, folio=False):
        self.items.append(dict(text=text, x=x, top=top, size=size, font=font, colour=colour,
                               line=line, cell=cell, folio=folio))
        return len(self.items) - 1

    def new_line(self, text, ids):
        self.lines.append(text)
        self.line_items.append(ids)
        for i in ids:
            self.items[i]['line'] = len(self.lines) - 1

    def text_line(self, text, size=9.5, font='M', x=LEFT, gap=5.0, colour='#000000'):
        i = self.item(text, x, self.y, size, font, colour)
        self.new_line(text, [i])
        self.y += size + gap

    def right_line(self, parts, size=9.5, font='M', sep='\u3000'):
        text = sep.join(parts)
        x = RIGHT - width(text, font, size)
        ids = []
        for k, p in enumerate(parts):
            ids.append(self.item(p, x, self.y, size, font))
            x += width(p + (sep if k < len(parts) - 1 else ''), font, size)
        self.new_line(text, ids)
        self.y += size + 6

    def heading(self, text, colour):
        self.y += 6
        self.graphics.append(('rect', LEFT, self.y, 4, 13, colour))
        i = self.item(text, LEFT + 9, self.y, 12.5, 'G', colour)
        self.new_line(text, [i])
        self.graphics.append(('line', LEFT, self.y + 16, RIGHT, self.y + 16))
        self.y += 22

    def table(self, widths, rows, header_tint, size=8.5, aligns=None, row_h=16.0, sub=7.0):
        """rows: list of cells; a cell is '' or a str or a tuple (main, second-line)."""
        x0 = LEFT
        xs = [x0]
        for w_ in widths:
            xs.append(xs[-1] + w_)
        heights = [row_h + (sub + 3 if any(isinstance(c, tuple) for c in r) else 0) for r in rows]
        top = self.y
        self.graphics.append(('rect', x0, top, xs[-1] - x0, heights[0], header_tint))
        y = top
        for r, row in enumerate(rows):
            ids, cells = [], []
            for c, cell in enumerate(row):
                parts = cell if isinstance(cell, tuple) else ((cell,) if cell else ())
                colw = widths[c]
                al = (aligns or ['l'] * len(widths))[c]
                for k, p in enumerate(parts):
                    sz = size if k == 0 else sub
                    tw = width(p, 'G' if r == 0 else 'M', sz)
                    tx = xs[c] + 4 if al == 'l' else xs[c] + (colw - tw) / 2
                    tt = y + (heights[r] - (size + (sub + 3 if len(parts) > 1 else 0))) / 2 + (0 if k == 0 else size + 3)
                    ids.append(self.item(p, tx, tt, sz, 'G' if r == 0 else 'M', cell=(xs[c], xs[c + 1])))
                cells.append(''.join(parts))
            self.new_line('\t'.join(cells), ids)
            y += heights[r]
        for yy in [top] + [top + sum(heights[:k + 1]) for k in range(len(rows))]:
            self.graphics.append(('line', x0, yy, xs[-1], yy))
        for xx in xs:
            self.graphics.append(('line', xx, top, xx, y))
        self.y = y + 6


# ---------------------------------------------------------------- building

def cell(n, w, inner=None):
    base = f'{n}（{w}）' if w is not None else f'{n}'
    return (base, f'うち経験者{inner}') if inner else base


def build(name, spec):
    col = spec['colour']
    ta, tt = spec['tracks']
    p1, p2 = Page(1), Page(2)
    # ---- page 1
    p1.graphics.append(('rect', 0, 0, W, 14, col))
    p1.y = 36
    p1.text_line(spec['org'], spec['org_size'], 'G', gap=8, colour=col)
    p1.text_line(spec['title'], 14, 'G', gap=6)
    p1.right_line(spec['edition']['parts'])
    p1.text_line(spec['lead'], 10, 'M', gap=8)
    p1.heading('採用実績', col)
    p1.text_line('採用者数の推移（単位：人）', 9)
    rows = [['年度', ta, tt, '計']]
    hiring_rows = []
    for (fy, a, aw, t, tw) in spec['hiring']:
        ia, it = spec['inner'].get((fy, 'admin')), spec['inner'].get((fy, 'tech'))
        itot = (ia or 0) + (it or 0) or None
        ca, ct, cs = cell(a, aw, ia), cell(t, tw, it), cell(a + t, aw + tw, itot)
        rows.append([era(fy), ca, ct, cs])
        hiring_rows.append(dict(fy=fy, planned=False, label=era(fy), labelText=era(fy),
                                admin=(a, aw, ca), tech=(t, tw, ct), total=(a + t, aw + tw, cs)))
    fy, a, t = spec['planned']
    rows.append([era(fy) + '（予定）', str(a), str(t), str(a + t)])
    hiring_rows.append(dict(fy=fy, planned=True, label=era(fy), labelText=era(fy) + '（予定）',
                            admin=(a, None, str(a)), tech=(t, None, str(t)), total=(a + t, None, str(a + t))))
    hstart = len(p1.lines)
    p1.table([150, 110, 110, 110], rows, '#e8eef4', aligns=['l', 'c', 'c', 'c'])
    hlines = p1.lines[hstart:hstart + len(rows)]
    note = ['※（ ）内は女性の数で内数です。']
    if spec['inner']:
        note.append('※「うち経験者」は社会人経験者採用試験による採用者の数で内数です。')
    for n_ in note:
        p1.text_line(n_, 8)
    p1.heading('配属実績', col)
    cohort = spec['hiring'][-1][0]
    intro = f'{era(cohort)}採用者の配属先（単位：人）'
    p1.text_line(intro, 9)
    arows = [['配属先', ta, tt]] + [[u, str(x) if x else '－', str(y) if y else '－'] for u, x, y in spec['units']]
    p1.table([190, 110, 110], arows, '#e8eef4', aligns=['l', 'c', 'c'])
    p1.item('- 1 -', W / 2 - width('- 1 -', 'M', 8) / 2, H - 34, 8, folio=True)
    # ---- page 2
    p2.graphics.append(('rect', 0, 0, W, 14, col))
    p2.y = 36
    p2.heading('試験区分', col)
    etitle = f'{era(fy)}の採用予定'
    p2.text_line(etitle, 9.5)
    erows = [['区分', '試験', '職種', '採用予定数']]
    for trk, cats in spec['exams']:
        for k, (c_, n_) in enumerate(cats):
            erows.append([trk if k == 0 else '', spec['exam'] if k == 0 else '', c_, str(n_)])
    p2.table([60, 190, 130, 80], erows, '#e8eef4', aligns=['l', 'l', 'l', 'c'])
    p2.heading('研修', col)
    p2.text_line(spec['training'], 9.5)
    p2.heading('働きやすい職場づくり', col)
    init_printed = []
    for title, gloss, text in spec['initiatives']:
        t = '■' + title
        if gloss:
            i1 = p2.item(t, LEFT, p2.y, 10.5, 'G')
            i2 = p2.item(gloss, LEFT + width(t + ' ', 'G', 10.5), p2.y + 2.5, 7.5, 'G', '#555555')
            p2.new_line(t + ' ' + gloss, [i1, i2])
            p2.y += 15.5
            tl = t + ' ' + gloss
        else:
            p2.text_line(t, 10.5, 'G')
            tl = t
        p2.text_line(text, 9.5, x=LEFT + 12)
        init_printed.append([tl, text])
    p2.heading('両立支援制度', col)
    sup_printed = []
    if spec['support_style'] == 'stages':
        srows = [['ライフステージ', '制度（期間）']]
        last = None
        for n_, d, _, st in spec['support']:
            srows.append([st if st != last else '', f'●{n_}（{d}）'])
            last = st
        p2.table([110, 250], srows, '#eef4ee')
        sup_printed = [f'●{n_}（{d}）' for n_, d, _, _ in spec['support']]
    else:
        for n_, d, text, _ in spec['support']:
            p2.text_line(f'●{n_}（{d}）', 10, 'G')
            p2.text_line(text, 9.5, x=LEFT + 12)
            sup_printed.append(f'●{n_}（{d}）')
    p2.heading('お問い合わせ', col)
    p2.text_line(spec['office'], 10, 'G')
    if spec['contact_style'] == 'sentence':
        tel_line = f'採用についてのご質問は、総務課人事係（電話{spec["tel"]}）までお気軽にどうぞ。'
    else:
        tel_line = f'TEL {spec["tel"]}'
    p2.text_line(tel_line, 9.5)
    email_line = f'E-mail {spec["email"]}'
    p2.text_line(email_line, 9.5)
    p2.heading('アクセス', col)
    p2.text_line(spec['address'], 9.5)
    route_lines = []
    for line_, st, rest in spec['routes']:
        rl = f'{line_}{st}駅{rest}'
        p2.text_line(rl, 9.5)
        route_lines.append(rl)
    p2.item('- 2 -', W / 2 - width('- 2 -', 'M', 8) / 2, H - 34, 8, folio=True)
    pages = [p1, p2]

    # ---- facts
    def cnt(t3):
        n_, w_, c_ = t3
        base = c_[0] if isinstance(c_, tuple) else c_
        d = dict(count=n_, text=str(n_), women=w_, womenText=None if w_ is None else str(w_),
                 cellText=''.join(c_) if isinstance(c_, tuple) else c_)
        if isinstance(c_, tuple):
            d['innerText'] = c_[1]
        d['baseText'] = base
        return d
    hr = []
    for r in hiring_rows:
        hr.append(dict(fiscalYear=r['fy'], label=r['label'], planned=r['planned'], total=cnt(r['total']),
                       admin=cnt(r['admin']), tech=cnt(r['tech']), labelText=r['labelText']))
    facts = dict(
        organization=spec['org'], document=f"{spec['org']} {spec['title']}",
        edition=dict(year=spec['edition']['year'], asOf=spec['edition']['asOf'], asOfText=spec['edition']['asOfText'],
                     printed='\u3000'.join(spec['edition']['parts'])),
        lead=dict(title='', text=[spec['lead']]),
        hiring=dict(intro=['採用者数の推移（単位：人）'], note=note, tracks=dict(admin=ta, tech=tt),
                    textSynthesised=False,
                    layout=f'ruled 年度 | {ta} | {tt} | 計; cells N（W）' + (' with a second line うち経験者N' if spec['inner'] else ''),
                    header=['年度', ta, tt, '計'], columns=['label', 'admin', 'tech', 'total'], rows=hr,
                    printedRows=hlines),
        assignments=dict(cohortFiscalYear=cohort, intro=intro, tracks=dict(admin=ta, tech=tt),
                         layout=f'ruled 配属先 | {ta} | {tt}',
                         rows=[dict(unit=u, admin=x or None, tech=y or None) for u, x, y in spec['units']]),
        exams=dict(title=etitle, fiscalYear=fy, textSynthesised=False, layout='ruled 区分 | 試験 | 職種 | 採用予定数',
                   header=['区分', '試験', '職種', '採用予定数'],
                   entries=[dict(track=trk, exam=spec['exam'], text='',
                                 breakdown=[dict(category=c_, count=n_) for c_, n_ in cats],
                                 total=sum(n_ for _, n_ in cats)) for trk, cats in spec['exams']]),
        training=dict(title='研修', paragraphs=[spec['training']]),
        initiatives=[dict(title=t, text=x, printed=pp) for (t, g, x), pp in zip(spec['initiatives'], init_printed)],
        initiativesIntro='', initiativesTitle='働きやすい職場づくり',
        initiativeFormat='■title English-gloss (smaller, same baseline) / indented text' if spec['initiative_style'] == 'gloss' else '■title / indented text',
        supportTitle='両立支援制度',
        supportFormat='ruled ライフステージ | 制度（期間）, ●name（duration） in the second column' if spec['support_style'] == 'stages' else '●name（duration） / indented text',
        supportSystems=[dict(name=n_, duration=d, durationText=d, text=x, printed=pp, **({'stage': st} if st else {}))
                        for (n_, d, x, st), pp in zip(spec['support'], sup_printed)],
        contacts=[dict(track='採用担当', office=spec['office'], tel=[spec['tel']], email=[spec['email']], location='',
                       telText=[tel_line], emailText=[email_line], hoursText='')],
        access=dict(address=spec['address'],
                    routes=[f'{l_}『{s_}』駅{r_}' for l_, s_, r_ in spec['routes']],
                    routesSynthesised=False, routesText=route_lines),
        keyFigures=[],
        decoys={},
    )
    if spec['initiative_style'] == 'gloss':
        for it, (t, g, x) in zip(facts['initiatives'], spec['initiatives']):
            it['gloss'] = g
        facts['decoys']['initiatives'] = 'each title followed on its baseline by a smaller English gloss (■テレワーク Telework)'
    if any('（E0' in r for _, _, r in spec['routes']):
        facts['decoys']['access'] = 'a station numbering code in brackets after 駅 (名古屋港駅（E07）から徒歩約5分)'
    if len(spec['edition']['parts']) > 1:
        facts['decoys']['edition'] = 'an edition number before the date (第2版　令和7年10月), no 現在 / 発行 / 版 after the date'
    if spec['support_style'] == 'stages':
        facts['decoys']['support'] = 'a ruled table ライフステージ | 制度（期間）; the stage label spans its rows and stands before the item on its line'
    if spec['contact_style'] == 'sentence':
        facts['decoys']['contacts'] = 'the phone only inside a sentence, labelled 電話 and glued inside brackets: （電話0229-22-1191）まで'
    if spec['inner']:
        facts['decoys']['hiring'] = 'some cells carry a second line うち経験者N (an inner count of experienced hires, not women)'
    return pages, facts


# ---------------------------------------------------------------- checks

def page_chars(page, folio=True):
    return Counter(ch for it in page.items if folio or not it['folio'] for ch in it['text'] if not ch.isspace())


def check_layout(pages):
    for pg in pages:
        boxes = []
        for i, it in enumerate(pg.items):
            for ch in it['text']:
                if ord(ch) not in GLYPHS[it['font']]:
                    raise Refuse(f'p{pg.no}: glyph {ch!r} missing in {it["text"]!r}')
            w_ = width(it['text'], it['font'], it['size'])
            x0, x1, t0, t1 = it['x'], it['x'] + w_, it['top'], it['top'] + it['size']
            if x0 < EDGE or x1 > W - EDGE or t0 < EDGE or t1 > H - EDGE:
                raise Refuse(f'p{pg.no}: {it["text"]!r} in the edge margin')
            if not it['folio'] and t1 > BOTTOM:
                raise Refuse(f'p{pg.no}: {it["text"]!r} past the bottom margin')
            if it['cell'] and (x0 < it['cell'][0] + 1 or x1 > it['cell'][1] - 1):
                raise Refuse(f'p{pg.no}: {it["text"]!r} overflows its cell')
            for j, (a0, a1, b0, b1) in boxes:
                if x0 < a1 - 0.01 and a0 < x1 - 0.01 and t0 < b1 - 0.01 and b0 < t1 - 0.01:
                    raise Refuse(f'p{pg.no}: {it["text"]!r} overlaps {pg.items[j]["text"]!r}')
            boxes.append((i, (x0, x1, t0, t1)))
        folios = {it['text'] for it in pg.items if it['folio']}
        seen = Counter()
        for li, (line, ids) in enumerate(zip(pg.lines, pg.line_items)):
            if not line.strip():
                raise Refuse(f'p{pg.no}: empty expected line')
            if line[0] in KINSOKU:
                raise Refuse(f'p{pg.no}: line starts with a kinsoku character: {line!r}')
            if line.strip() in folios:
                raise Refuse(f'p{pg.no}: folio in the expected text')
            pos = 0
            for i in ids:
                k = line.find(pg.items[i]['text'], pos)
                if k < 0:
                    raise Refuse(f'p{pg.no}: item {pg.items[i]["text"]!r} not in its line {line!r}')
                pos = k + len(pg.items[i]['text'])
                seen[i] += 1
        for i, it in enumerate(pg.items):
            if not it['folio'] and seen[i] != 1:
                raise Refuse(f'p{pg.no}: item {it["text"]!r} in {seen[i]} expected lines')
        exp = Counter(ch for line in pg.lines for ch in line if not ch.isspace())
        if exp != page_chars(pg, folio=False):
            raise Refuse(f'p{pg.no}: expected text and drawn text differ: {(exp - page_chars(pg, False)) + (page_chars(pg, False) - exp)}')


def standin(f):
    def c(x):
        return dict(count=x['count'], women=x['women'])
    return dict(organization=f['organization'], edition=dict(asOf=f['edition']['asOf']), sections=dict(
        hiring=dict(rows=[dict(fiscalYear=r['fiscalYear'], planned=r['planned'], total=c(r['total']),
                               administrative=c(r['admin']), technical=c(r['tech'])) for r in f['hiring']['rows']]),
        assignments=dict(cohortFiscalYear=f['assignments']['cohortFiscalYear'],
                         rows=[dict(unit=r['unit'], administrative=r['admin'] or 0, technical=r['tech'] or 0)
                               for r in f['assignments']['rows']]),
        examBreakdown=dict(entries=[dict(track=track(e['track']), level=level(e['exam']), category=b['category'], count=b['count'])
                                    for e in f['exams']['entries'] for b in e['breakdown']]),
        contacts=[dict(office=c_['office'], phones=[dict(number=t) for t in c_['tel']], emails=c_['email']) for c_ in f['contacts']],
        access=dict(routes=[dict(station=r.split('『')[1].split('』')[0]) for r in f['access']['routes']]),
        initiatives=[dict(title=i['title']) for i in f['initiatives']],
        supportSystems=[dict(name=i['name']) for i in f['supportSystems']]))


def check_facts(name, f, pages):
    lines = [l for p in pages for l in p.lines]
    text = '\n\f\n'.join('\n'.join(p.lines) for p in pages)
    drawn = norm(text)
    sl = set(lines)

    def need(cond, msg):
        if not cond:
            raise Refuse(f'{name}: {msg}')
    need(f['organization'] == lines[0], 'organisation is not the masthead line')
    need(not f['organization'].startswith(LEGAL), 'organisation with a legal-form prefix')
    ed = f['edition']
    m = re.match(r'令和(\d+)年(\d+)月', ed['asOfText'])
    need(m and ed['asOf'] == f'{int(m.group(1)) + 2018}-{int(m.group(2)):02d}', 'asOf is not the printed edition')
    need(ed['printed'] in sl and ed['asOfText'] in ed['printed'], 'edition not printed')
    h = f['hiring']
    rows = h['rows']
    need([r['fiscalYear'] for r in rows] == list(range(rows[0]['fiscalYear'], rows[0]['fiscalYear'] + len(rows))), 'years not consecutive')
    need([r['planned'] for r in rows] == [False] * (len(rows) - 1) + [True], 'not exactly one planned row, last')
    need(ed['year'] == rows[-1]['fiscalYear'] == f['exams']['fiscalYear'], 'edition / planned / exam year differ')
    need(str(ed['year']) in f['document'] and f['document'].split(' ', 1)[1] in sl, 'document title not printed')
    need('\t'.join(h['header']) in sl, 'hiring header not printed')
    for r, pl in zip(rows, h['printedRows'][1:]):
        need(r['label'] == era(r['fiscalYear']), f'wrong era label {r["label"]}')
        need(r['labelText'] == r['label'] + ('（予定）' if r['planned'] else ''), 'labelText')
        for k in ('admin', 'tech', 'total'):
            c = r[k]
            need(c['text'] == str(c['count']), f'count text {k}')
            need((c['womenText'] is None) == (c['women'] is None) and (c['women'] is None or c['womenText'] == str(c['women'])), 'women text')
            if r['planned']:
                need(c['women'] is None, 'women on the planned row')
            else:
                need(c['women'] is not None and 0 <= c['women'] <= c['count'], 'women out of range')
            base = f"{c['count']}（{c['women']}）" if c['women'] is not None else str(c['count'])
            need(c['baseText'] == base and c['cellText'] == base + c.get('innerText', ''), f'printed cell {k} differs')
            if 'innerText' in c:
                mm = re.fullmatch(r'うち経験者(\d+)', c['innerText'])
                need(mm and int(mm.group(1)) <= c['count'], 'inner count')
        need(r['total']['count'] == r['admin']['count'] + r['tech']['count'], f'total {r["fiscalYear"]}')
        if not r['planned']:
            need(r['total']['women'] == r['admin']['women'] + r['tech']['women'], f'women total {r["fiscalYear"]}')
        need('\t'.join([r['labelText'], r['admin']['cellText'], r['tech']['cellText'], r['total']['cellText']]) == pl
             and pl in sl, 'hiring row not printed')
    a = f['assignments']
    last = [r for r in rows if not r['planned']][-1]
    need(a['cohortFiscalYear'] == last['fiscalYear'], 'cohort is not the last actual year')
    need(set(re.findall(r'令和\d+年度', a['intro'])) == {era(a['cohortFiscalYear'])} and a['intro'] in sl, 'cohort intro')
    units = [r['unit'] for r in a['rows']]
    need(len(set(map(norm, units))) == len(units), 'duplicate unit')
    need(all((r['admin'] or 0) + (r['tech'] or 0) > 0 for r in a['rows']), 'zero assignment row')
    need(sum(r['admin'] or 0 for r in a['rows']) == last['admin']['count'], 'admin assignments != hires')
    need(sum(r['tech'] or 0 for r in a['rows']) == last['tech']['count'], 'tech assignments != hires')
    for r in a['rows']:
        need('\t'.join([r['unit'], str(r['admin']) if r['admin'] else '－', str(r['tech']) if r['tech'] else '－']) in sl, 'unit row not printed')
    e = f['exams']
    need('\t'.join(e['header']) in sl and e['title'] in sl, 'exam header / title')
    keys = set()
    tracks = h['tracks']
    plan = {tracks['admin']: rows[-1]['admin']['count'], tracks['tech']: rows[-1]['tech']['count']}
    for en in e['entries']:
        need(en['track'] in plan, 'exam track is no hiring track')
        need(track(en['track']) == ('administrative' if en['track'] == tracks['admin'] else 'technical'), 'exam track maps wrongly')
        need('院' not in en['exam'], '院 in an exam')
        need(en['total'] == sum(b['count'] for b in en['breakdown']) == plan[en['track']], 'exam totals')
        for k, b in enumerate(en['breakdown']):
            need('院' not in b['category'] and not re.search('[【】]', b['category']), 'category form')
            key = (track(en['track']), level(en['exam']), norm(b['category']))
            need(key not in keys, 'colliding category')
            keys.add(key)
            row = '\t'.join([en['track'] if k == 0 else '', en['exam'] if k == 0 else '', b['category'], str(b['count'])])
            need(row in sl, f'exam row not printed: {row}')
    for i in f['initiatives']:
        need(all(p in sl for p in i['printed']) and i['text'] in sl, 'initiative not printed')
        want = '■' + i['title'] + (' ' + i['gloss'] if i.get('gloss') else '')
        need(i['printed'][0] == want, 'initiative title line')
        need(not re.search(r'[■＼／A-Za-z（）]', i['title']), 'mark or gloss left in a title')
    for s in f['supportSystems']:
        need(s['duration'] == s['durationText'] and s['printed'] == f"●{s['name']}（{s['duration']}）", 'support line')
        need(not re.search('[●（）【】]', s['name']), 'mark in a support name')
        if 'stage' in s:
            need(any(l.endswith('\t' + s['printed']) for l in sl), 'support cell not printed')
        else:
            need(s['printed'] in sl and s['text'] in sl, 'support not printed')
    for c in f['contacts']:
        need(c['office'] in sl and c['office'].startswith(f['organization']), 'office')
        for t, tl in zip(c['tel'], c['telText']):
            need(re.fullmatch(r'0\d{1,4}-\d{1,4}-\d{3,4}', t) and t in tl and tl in sl, 'phone')
        for m_, ml in zip(c['email'], c['emailText']):
            need(re.fullmatch(r'[a-z0-9.-]+@[a-z0-9.-]+', m_) and ml == 'E-mail ' + m_ and ml in sl, 'e-mail')
    acc = f['access']
    need(acc['address'] in sl, 'address')
    for r, rt in zip(acc['routes'], acc['routesText']):
        need('『' in r and rt in sl and r.replace('『', '').replace('』', '') == rt, 'route not printed')
        st = r.split('『')[1].split('』')[0]
        need(r.split('』')[1].startswith('駅') and not re.search('[駅～・ 分（]', st) and not re.search('[東西南北中]口$', st), 'route stop form')
    need(f['training']['paragraphs'][0] in sl and f['lead']['text'][0] in sl, 'training / lead')
    # shapes
    if name.startswith('nagoya'):
        need(all(re.search(r'駅（E\d\d）から', r) for r in acc['routesText']), 'shape 1: no station code')
        need(all(i.get('gloss') and re.fullmatch('[A-Za-z]+', i['gloss']) for i in f['initiatives']), 'shape 2: no gloss')
    if name.startswith('imabari'):
        need(ed['printed'].startswith('第2版\u3000') and not re.search('現在|発行|版$', ed['asOfText']), 'shape 4 edition')
        need(all('stage' in s for s in f['supportSystems']) and all(s['stage'] != s['name'] for s in f['supportSystems']), 'shape 3 stages')
        need('ライフステージ\t制度（期間）' in sl, 'shape 3 header')
    if name.startswith('osaki'):
        tl = f['contacts'][0]['telText'][0]
        need(f"（電話{f['contacts'][0]['tel'][0]}）まで" in tl and not tl.startswith(('TEL', '電話')), 'shape 5 sentence')
        need(sum('innerText' in r[k] for r in rows for k in ('admin', 'tech', 'total')) >= 4, 'shape 6 inner counts')
    # scorer
    res = checks(f, standin(f), drawn)
    need(res and all(ok for _, ok in res), f'stand-in does not score full: {[n for n, ok in res if not ok]}')
    kinds = {n.split()[0] for n, _ in res}
    need(kinds >= {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route', 'initiative', 'support'}, f'checks not reached: {kinds}')
    need(not any(ok for _, ok in checks(f, {}, drawn)), 'empty document scores')
    return len(res)


# ---------------------------------------------------------------- rendering

def render(pages, seed, drop=None, jitter=False):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=0)
    c.setTitle('職員採用案内')
    for pg in pages:
        for g in pg.graphics:
            if g[0] == 'rect':
                _, x, t, w_, h_, col = g
                c.setFillColor(HexColor(col))
                c.rect(x, H - t - h_, w_, h_, stroke=0, fill=1)
            else:
                _, x1, t1, x2, t2 = g
                c.setStrokeColor(Color(0.45, 0.45, 0.45))
                c.setLineWidth(0.5)
                c.line(x1, H - t1, x2, H - t2)
        order = list(range(len(pg.items)))
        random.Random(seed * 10 + pg.no + (random.random() if jitter else 0)).shuffle(order)
        for i in order:
            if drop is not None and (pg.no, i) == drop:
                continue
            it = pg.items[i]
            t = c.beginText()
            t.setFont('IPAex' + it['font'], it['size'])
            t.setFillColor(HexColor(it['colour']))
            t.setTextOrigin(it['x'], H - it['top'] - it['size'] * 0.88)
            t.textOut(it['text'])
            c.drawText(t)
        c.showPage()
    c.save()
    return buf.getvalue()


def check_pdf(pages, pdf):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, 'x.pdf')
        open(p, 'wb').write(pdf)
        for pg in pages:
            out = subprocess.run(['pdftotext', '-f', str(pg.no), '-l', str(pg.no), p, '-'], capture_output=True, text=True, check=True).stdout
            got = Counter(ch for ch in out if not ch.isspace())
            if got != page_chars(pg):
                raise Refuse(f'p{pg.no}: pdftotext differs from the drawn text: {(got - page_chars(pg)) + (page_chars(pg) - got)}')
    n_bt = len(re.findall(rb'\bBT\b', pdf))
    if n_bt < sum(len(pg.items) for pg in pages):
        raise Refuse(f'only {n_bt} text objects for {sum(len(pg.items) for pg in pages)} items')


# ---------------------------------------------------------------- driver

def make(name, fault=None, write=True):
    spec = copy.deepcopy(SPECS[name])
    stage, fn = fault if fault else (None, None)
    if stage == 'spec':
        fn(spec)
    pages, facts = build(name, spec)
    if stage == 'pages':
        fn(pages)
    if stage == 'facts':
        fn(facts)
    check_layout(pages)
    n = check_facts(name, facts, pages)
    kw = dict(drop=None, jitter=False)
    if stage == 'render':
        fn(kw, pages)
    pdf1 = render(pages, spec['seed'], drop=kw['drop'])
    pdf2 = render(pages, spec['seed'], drop=kw['drop'], jitter=kw.get('jitter2', False))
    if pdf1 != pdf2:
        raise Refuse('two renders differ')
    check_pdf(pages, pdf1)
    if write:
        os.makedirs(OUT, exist_ok=True)
        open(os.path.join(OUT, name + '.pdf'), 'wb').write(pdf1)
        out = {k: v for k, v in facts.items()}
        out['hiring'] = {k: v for k, v in facts['hiring'].items() if k != 'printedRows'}
        for r in out['hiring']['rows']:
            for k in ('admin', 'tech', 'total'):
                r[k] = {kk: vv for kk, vv in r[k].items() if kk != 'baseText'}
        json.dump(out, open(os.path.join(OUT, name + '.facts.json'), 'w'), ensure_ascii=False, indent=2)
        open(os.path.join(OUT, name + '.facts.json'), 'a').write('\n')
        open(os.path.join(OUT, name + '.expected.txt'), 'w').write('\n\f\n'.join('\n'.join(p.lines) for p in pages) + '\n')
    return n, sum(len(p.items) for p in pages)


# ---------------------------------------------------------------- self-test

def _row(f, i=-2):
    return f['hiring']['rows'][i]


def _setc(c, n=None, w=None):
    if n is not None:
        c['count'] = n
        c['text'] = str(n)
    if w is not None:
        c['women'] = w
        c['womenText'] = str(w)
    base = f"{c['count']}（{c['women']}）" if c['women'] is not None else str(c['count'])
    c['baseText'] = base
    c['cellText'] = base + c.get('innerText', '')


def _item(pages, text_start, p=None):
    for pg in pages:
        for it in pg.items:
            if it['text'].startswith(text_start) and (p is None or pg.no == p):
                return pg, it
    raise KeyError(text_start)


def common_faults():
    F = []
    a = F.append
    a(('hiring total +1', 'facts', lambda f: _setc(_row(f)['total'], n=_row(f)['total']['count'] + 1)))
    a(('women total +1', 'facts', lambda f: _setc(_row(f)['total'], w=_row(f)['total']['women'] + 1)))
    a(('track women +1', 'facts', lambda f: _setc(_row(f)['admin'], w=_row(f)['admin']['women'] + 1)))
    a(('women above heads', 'facts', lambda f: _setc(_row(f)['tech'], w=_row(f)['tech']['count'] + 1)))
    a(('women on the planned row', 'facts', lambda f: _setc(_row(f, -1)['admin'], w=0)))
    a(('planned row first', 'facts', lambda f: f['hiring']['rows'].insert(0, f['hiring']['rows'].pop())))
    a(('wrong era label', 'facts', lambda f: _row(f).update(label='令和1年度')))
    a(('count text differs', 'facts', lambda f: _row(f)['admin'].update(text='99')))
    a(('fiscal years shifted', 'facts', lambda f: [r.update(fiscalYear=r['fiscalYear'] + 1) for r in f['hiring']['rows']]))
    a(('admin and total +1', 'facts', lambda f: (_setc(_row(f)['admin'], n=_row(f)['admin']['count'] + 1),
                                                  _setc(_row(f)['total'], n=_row(f)['total']['count'] + 1))))
    a(('planned flag dropped', 'facts', lambda f: _row(f, -1).update(planned=False)))
    a(('assignment +1', 'facts', lambda f: f['assignments']['rows'][0].update(admin=(f['assignments']['rows'][0]['admin'] or 0) + 1)))
    a(('wrong cohort', 'facts', lambda f: f['assignments'].update(cohortFiscalYear=f['assignments']['cohortFiscalYear'] - 1)))
    a(('duplicated unit', 'facts', lambda f: f['assignments']['rows'].append(dict(f['assignments']['rows'][0]))))
    a(('zero assignment row', 'facts', lambda f: f['assignments']['rows'].append(dict(unit='会計課', admin=None, tech=None))))
    a(('cohort intro names another year', 'facts', lambda f: f['assignments'].update(intro='令和6年度' + f['assignments']['intro'][len('令和7年度'):])))
    a(('exam count +1 with total', 'facts', lambda f: (f['exams']['entries'][0]['breakdown'][0].update(count=f['exams']['entries'][0]['breakdown'][0]['count'] + 1),
                                                        f['exams']['entries'][0].update(total=f['exams']['entries'][0]['total'] + 1))))
    a(('last category +1', 'facts', lambda f: f['exams']['entries'][-1]['breakdown'][-1].update(count=f['exams']['entries'][-1]['breakdown'][-1]['count'] + 1)))
    a(('exam with 院', 'facts', lambda f: f['exams']['entries'][0].update(exam='職員採用試験（大学院修了程度）')))
    a(('colliding category', 'facts', lambda f: f['exams']['entries'][-1]['breakdown'].append(dict(f['exams']['entries'][-1]['breakdown'][0], count=0))))
    a(('exam track no hiring track', 'facts', lambda f: f['exams']['entries'][0].update(track='行政職')))
    a(('exam track maps to other', 'spec', lambda s: s.update(tracks=('行政', s['tracks'][1]), exams=[('行政', s['exams'][0][1])] + s['exams'][1:])))
    a(('e-mail not printed', 'facts', lambda f: f['contacts'][0]['email'].__setitem__(0, 'x' + f['contacts'][0]['email'][0])))
    a(('office not printed', 'facts', lambda f: f['contacts'][0].update(office=f['contacts'][0]['office'] + '係')))
    a(('route not printed', 'facts', lambda f: f['access']['routes'].__setitem__(0, f['access']['routes'][0].replace('分', '0分'))))
    a(('support not printed', 'facts', lambda f: f['supportSystems'][0].update(name='介護休業', printed='●介護休業（' + f['supportSystems'][0]['duration'] + '）')))
    a(('initiative not printed', 'facts', lambda f: f['initiatives'][0].update(title='時差出勤')))
    a(('organisation not printed', 'facts', lambda f: f.update(organization=f['organization'] + '役所')))
    a(('address not printed', 'facts', lambda f: f['access'].update(address=f['access']['address'] + '号')))
    a(('route without 『』', 'facts', lambda f: f['access']['routes'].__setitem__(0, f['access']['routes'][0].replace('『', '').replace('』', ''))))
    a(('support duration differs', 'facts', lambda f: f['supportSystems'][0].update(durationText='最長3年')))
    a(('legal-form prefix', 'spec', lambda s: s.update(org='一部事務組合' + s['org'], office='一部事務組合' + s['office'])))
    a(('wrong phone', 'facts', lambda f: f['contacts'][0]['tel'].__setitem__(0, f['contacts'][0]['tel'][0][:-1] + '9')))
    a(('unhyphenated phone', 'facts', lambda f: f['contacts'][0]['tel'].__setitem__(0, f['contacts'][0]['tel'][0].replace('-', ''))))
    a(('wrong asOf', 'facts', lambda f: f['edition'].update(asOf='2026-04' if f['edition']['asOf'] != '2026-04' else '2025-10')))
    a(('wrong edition year', 'facts', lambda f: f['edition'].update(year=2025)))
    a(('printed hiring cell differs', 'facts', lambda f: _row(f)['admin'].update(cellText='9（9）')))
    a(('overlapping copy', 'pages', lambda ps: ps[0].items.append(dict(ps[0].items[3]))))
    a(('item in the edge margin', 'pages', lambda ps: ps[1].items[0].update(x=10)))
    a(('emoji the font lacks', 'spec', lambda s: s.update(lead=s['lead'] + '\U0001F6A2')))
    a(('item past the bottom', 'pages', lambda ps: _item(ps, '●')[1].update(top=BOTTOM - 2)))
    a(('overflowing cell', 'spec', lambda s: s['units'].__setitem__(0, ('総務課総務課総務課総務課総務課総務課総務課総務課総務課総務課', s['units'][0][1], s['units'][0][2]))))
    a(('。 moved to the next line', 'pages', lambda ps: _move_kuten(ps)))
    a(('extra expected character', 'pages', lambda ps: ps[1].lines.__setitem__(2, ps[1].lines[2] + 'X')))
    a(('folio in the expected text', 'pages', lambda ps: ps[0].lines.append('- 1 -')))
    a(('rendered PDF lacks an item', 'render', lambda kw, ps: kw.update(drop=(1, 5))))
    a(('non-deterministic render', 'render', lambda kw, ps: kw.update(jitter2=True)))
    a(('route stop takes 駅', 'facts', lambda f: f['access']['routes'].__setitem__(0, f['access']['routes'][0].replace('』駅', '駅』'))))
    return F


def _move_kuten(ps):
    pg = ps[1]
    for k, line in enumerate(pg.lines[:-1]):
        if line.endswith('。'):
            pg.lines[k] = line[:-1]
            pg.lines[k + 1] = '。' + pg.lines[k + 1]
            return
    raise KeyError


def shape_faults(name):
    F = []
    a = F.append
    if name.startswith('nagoya'):
        a(('route stop takes its code', 'facts', lambda f: f['access']['routes'].__setitem__(0, f['access']['routes'][0].replace('』駅（E07）', '駅（E07）』'))))
        a(('route drawn without its code', 'spec', lambda s: s['routes'].__setitem__(0, (s['routes'][0][0], s['routes'][0][1], 'から徒歩約5分'))))
        a(('initiative title keeps its gloss', 'facts', lambda f: f['initiatives'][0].update(title='テレワーク Telework')))
        a(('gloss dropped from the printed title', 'facts', lambda f: f['initiatives'][0].update(gloss=None)))
    if name.startswith('imabari'):
        a(('edition text with 第2版', 'facts', lambda f: f['edition'].update(asOfText='第2版　令和7年10月')))
        a(('edition drawn without 第2版', 'spec', lambda s: s['edition'].update(parts=['令和7年10月'])))
        a(('stage taken as the support name', 'facts', lambda f: f['supportSystems'][0].update(name='出産・育児')))
        a(('support drawn as plain lines', 'spec', lambda s: s.update(support_style='lines')))
    if name.startswith('osaki'):
        a(('phone line with TEL label', 'spec', lambda s: s.update(contact_style='lines')))
        a(('phone fact takes 電話', 'facts', lambda f: f['contacts'][0]['tel'].__setitem__(0, '電話' + f['contacts'][0]['tel'][0])))
        a(('inner count read as women', 'facts', lambda f: _setc(_row(f)['tech'], w=2)))
        a(('inner count above heads', 'facts', lambda f: _row(f)['admin'].update(innerText='うち経験者9', cellText=_row(f)['admin']['baseText'] + 'うち経験者9')))
        a(('inner counts not drawn', 'spec', lambda s: s.update(inner={})))
    return F


def selftest(verbose):
    total = refused = 0
    for name in SPECS:
        faults = common_faults() + shape_faults(name)
        for label, stage, fn in faults:
            total += 1
            try:
                make(name, (stage, fn), write=False)
                print(f'NOT REFUSED: {name}: {label}')
            except Refuse as e:
                refused += 1
                if verbose:
                    print(f'refused {name}: {label}: {e}')
            except (KeyError, IndexError, TypeError, ValueError) as e:
                print(f'FAULT BROKE THE GENERATOR: {name}: {label}: {e!r}')
        print(f'{name}: {len(faults)} faults')
    print(f'{refused}/{total} refused')
    return refused == total


def main():
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    names = [a for a in args if not a.startswith('-')] or list(SPECS)
    for n in names:
        k, items = make(n)
        print(f'{n}: {k} fact checks, {items} items')


if __name__ == '__main__':
    main()
