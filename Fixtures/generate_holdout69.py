#!/usr/bin/env python3
"""Blind holdout set 69: three LOCAL public bodies (本別町, 宇和島市, 東近江市).

Self-contained: a page model in top-down coordinates, a ruled-table helper, reportlab's canvas with
invariant=1 (every text item its own BT/ET, written in a seeded shuffled order after the graphics), the
fixture checks (geometry, glyph coverage, drawn text = expected text, pdftotext = drawn text, facts
consistency, Scripts/score_extract.checks() on a stand-in document) and a fault-injection self-test.

  python3 Fixtures/generate_holdout69.py                  # all three (deterministic)
  python3 Fixtures/generate_holdout69.py honbetsu-2026    # one
  python3 Fixtures/generate_holdout69.py --selftest -v    # every injected fault must be refused
"""
import copy, collections, json, os, random, subprocess, sys, tempfile, unicodedata

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'holdout69')
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'Scripts'))
from score_extract import checks, norm, track, level  # noqa: E402

GOTHIC, MINCHO = 'IPAexG69', 'IPAexM69'
pdfmetrics.registerFont(TTFont(GOTHIC, '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
pdfmetrics.registerFont(TTFont(MINCHO, '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf'))
W, H = A4
EDGE, BOTTOM, LEFT = 20, 46, 56
KINSOKU = set('、。，．）」』】〕・：；？！ー々')


class Refused(Exception):
    pass


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self):
        self.items = []      # dict(text, x, y (baseline, top-down), font, size, color)
        self.gfx = []        # ('rect', x, y, w, h, fill) / ('line', x1, y1, x2, y2, width)
        self.lines = []      # expected lines
        self.y = 40

    def item(self, text, x, y, font=MINCHO, size=9.5, color=(0, 0, 0)):
        self.items.append(dict(text=text, x=x, y=y, font=font, size=size, color=color))

    def line(self, text, size=9.5, font=MINCHO, x=LEFT, gap=None):
        self.y += (gap if gap is not None else size * 1.55)
        self.item(text, x, self.y, font, size)
        self.lines.append(text)

    def heading(self, text, color):
        self.y += 22
        self.gfx.append(('rect', LEFT - 8, self.y - 12, 4, 14, color))
        self.item(text, LEFT, self.y, GOTHIC, 12.5)
        self.lines.append(text)
        self.y += 2

    def table(self, rows, widths, x=LEFT, rowh=18, size=9.5, header_fill=(0.9, 0.9, 0.9), fills=None):
        top = self.y + 6
        total_w = sum(widths)
        self.gfx.append(('rect', x, top, total_w, rowh, header_fill))
        for r, row in enumerate(rows):
            if fills and fills.get(r):
                self.gfx.append(('rect', x, top + r * rowh, total_w, rowh, fills[r]))
        for r in range(len(rows) + 1):
            self.gfx.append(('line', x, top + r * rowh, x + total_w, top + r * rowh, 0.6))
        cx = x
        for w in widths + [0]:
            self.gfx.append(('line', cx, top, cx, top + len(rows) * rowh, 0.6))
            cx += w
        for r, row in enumerate(rows):
            assert len(row) == len(widths), row
            cx = x
            base = top + r * rowh + rowh / 2 + size * 0.35
            for c, cell in enumerate(row):
                if cell:
                    tw = pdfmetrics.stringWidth(cell, MINCHO if r else GOTHIC, size)
                    if tw > widths[c] - 6:
                        raise Refused(f'cell too wide for its column: {cell!r}')
                    tx = cx + 4 if c == 0 else cx + (widths[c] - tw) / 2
                    self.item(cell, tx, base, MINCHO if r else GOTHIC, size)
                cx += widths[c]
            self.lines.append('\t'.join(row))
        self.y = top + len(rows) * rowh + 2


def ink(it):
    w = pdfmetrics.stringWidth(it['text'], it['font'], it['size'])
    return (it['x'], it['y'] - 0.88 * it['size'], it['x'] + w, it['y'] + 0.12 * it['size'])


FACE = {GOTHIC: pdfmetrics.getFont(GOTHIC).face, MINCHO: pdfmetrics.getFont(MINCHO).face}


def check_pages(pages, expected):
    for n, p in enumerate(pages, 1):
        boxes = []
        for it in p.items:
            for ch in it['text']:
                if ord(ch) not in FACE[it['font']].charToGlyph:
                    raise Refused(f'p{n}: glyph U+{ord(ch):04X} missing from the font')
            b = ink(it)
            if b[0] < EDGE or b[1] < EDGE or b[2] > W - EDGE:
                raise Refused(f'p{n}: item in the edge margin: {it["text"]!r}')
            if b[3] > H - BOTTOM and not it.get('folio'):
                raise Refused(f'p{n}: item past the bottom margin: {it["text"]!r}')
            for o, ob in boxes:
                if b[0] < ob[2] and ob[0] < b[2] and b[1] < ob[3] and ob[1] < b[3]:
                    raise Refused(f'p{n}: items overlap: {it["text"]!r} / {o!r}')
            boxes.append((it['text'], b))
        drawn = collections.Counter(''.join(''.join(i['text'].split()) for i in p.items if not i.get('folio')))
        exp = collections.Counter(''.join(''.join(l.split()) for l in expected[n - 1]))
        if drawn != exp:
            raise Refused(f'p{n}: drawn and expected text differ: {(drawn - exp) + (exp - drawn)}')
        for l in expected[n - 1]:
            if l.strip() and l.strip()[0] in KINSOKU:
                raise Refused(f'p{n}: expected line starts with a kinsoku character: {l!r}')


# ---------------------------------------------------------------- facts helpers
def cell(count, women, fmt='{c}（{w}）', plain='{c}'):
    return {'count': count, 'text': str(count), 'women': women,
            'womenText': None if women is None else str(women)}


def fmt_cell(c, style):
    if style == 'nin':
        return f"{c['count']}人" if c['women'] is None else f"{c['count']}人（女{c['women']}人）"
    return f"{c['count']}" if c['women'] is None else f"{c['count']}（{c['women']}）"


def era(fy):
    return f'令和{fy - 2018}年度'


def hiring_rows(data, label_fn):
    rows = []
    for fy, adm, tec, planned in data:
        a = cell(adm[0], None if planned else adm[1])
        t = cell(tec[0], None if planned else tec[1])
        tot = cell(adm[0] + tec[0], None if planned else adm[1] + tec[1])
        label, labelText = label_fn(fy, planned)
        rows.append(dict(fiscalYear=fy, label=label, planned=planned, total=tot, admin=a, tech=t, labelText=labelText))
    return rows


def standin(f):
    """The document a perfect `brochure extract` would give for these facts."""
    h = f['hiring']
    doc = {'organization': f['organization'], 'edition': {'asOf': f['edition']['asOf']}, 'sections': {}}
    s = doc['sections']
    s['hiring'] = {'rows': [{'fiscalYear': r['fiscalYear'], 'planned': r['planned'],
                             'total': {'count': r['total']['count'], 'women': r['total']['women']},
                             'administrative': {'count': r['admin']['count'], 'women': r['admin']['women']},
                             'technical': {'count': r['tech']['count'], 'women': r['tech']['women']}}
                            for r in h['rows']]}
    a = f['assignments']
    s['assignments'] = {'cohortFiscalYear': a['cohortFiscalYear'],
                        'rows': [{'unit': r['unit'], 'administrative': r.get('admin') or 0,
                                  'technical': r.get('tech') or 0} for r in a['rows']]}
    s['examBreakdown'] = {'entries': [{'track': track(e['track']), 'level': level(e['exam']),
                                       'category': b['category'], 'count': b['count']}
                                      for e in f['exams']['entries'] for b in e['breakdown']]}
    s['contacts'] = [{'office': c['office'], 'phones': [{'number': t} for t in c['tel']], 'emails': c['email']}
                     for c in f['contacts']]
    s['access'] = {'routes': [{'station': r.split('『')[1].split('』')[0]} for r in f['access']['routes']]}
    s['initiatives'] = [{'title': i['title']} for i in f['initiatives']]
    s['supportSystems'] = [{'name': i['name']} for i in f['supportSystems']]
    return doc


LEGAL = ('地方独立行政法人', '独立行政法人', '一部事務組合', '広域連合', '公益財団法人', '一般財団法人', '株式会社', '国立大学法人')


def check_facts(f, expected_text, printed_row):
    """printed_row(row) -> the TAB line the hiring row must appear as in the expected text."""
    lines = [l for page in expected_text for l in page]
    flat = norm(''.join(lines))
    nl = {norm(l) for l in lines}

    def printed(s, what):
        if norm(s) not in flat:
            raise Refused(f'{what} not printed: {s!r}')

    def line_printed(s, what):
        if norm(s) not in nl:
            raise Refused(f'{what} not printed as a line: {s!r}')
    org = f['organization']
    if org.startswith(LEGAL):
        raise Refused('organisation carries a legal-form prefix')
    printed(org, 'organisation')
    line_printed(f['edition']['asOfText'], 'edition')
    ed = f['edition']
    if ed['asOfText'] != '令和8年4月現在' or ed['asOf'] != '2026-04' or ed['year'] != 2026:
        raise Refused('edition facts do not match the printed 令和8年4月現在')
    rows = f['hiring']['rows']
    fys = [r['fiscalYear'] for r in rows]
    if fys != list(range(fys[0], fys[0] + len(fys))):
        raise Refused('hiring years not consecutive / not in order')
    if [r['planned'] for r in rows] != [False] * (len(rows) - 1) + [True]:
        raise Refused('exactly one planned row, the last, expected')
    if rows[-1]['fiscalYear'] != ed['year']:
        raise Refused('planned year is not the edition year')
    for r in rows:
        t, a, k = r['total'], r['admin'], r['tech']
        if t['count'] != a['count'] + k['count']:
            raise Refused(f'hiring {r["labelText"]}: total != admin + tech')
        if r['planned']:
            if any(x['women'] is not None for x in (t, a, k)):
                raise Refused('women on the planned row')
        else:
            if t['women'] != a['women'] + k['women']:
                raise Refused(f'hiring {r["labelText"]}: women total != admin + tech')
            for x in (t, a, k):
                if not 0 <= x['women'] <= x['count']:
                    raise Refused('women outside 0..heads')
        for x in (t, a, k):
            if x['text'] != str(x['count']) or (x['women'] is not None and x['womenText'] != str(x['women'])):
                raise Refused('count text differs from count')
        rc = r.get('recount')
        if rc and not (rc['count'] <= t['count'] and (rc['women'] is None or rc['women'] <= min(rc['count'], t['women']))):
            raise Refused('recount (再掲) larger than the total')
        if not r['planned'] and era(r['fiscalYear']).replace('年度', '年') not in r['labelText'] and era(r['fiscalYear']) not in r['labelText']:
            raise Refused(f'label {r["labelText"]!r} does not name its fiscal year')
        if printed_row(r) not in lines:
            raise Refused(f'hiring row not printed as {printed_row(r)!r}')
    a = f['assignments']
    coh = {r['fiscalYear']: r for r in rows}.get(a['cohortFiscalYear'])
    if coh is None or coh['planned'] or a['cohortFiscalYear'] != max(r['fiscalYear'] for r in rows if not r['planned']):
        raise Refused('assignment cohort is not the last actual year')
    if era(a['cohortFiscalYear']).replace('年度', '年') not in a['intro']:
        raise Refused('assignment intro does not name the cohort')
    line_printed(a['intro'], 'assignment intro')
    units = [r['unit'] for r in a['rows']]
    if len(set(units)) != len(units):
        raise Refused('duplicate assignment unit')
    if sum(r.get('admin') or 0 for r in a['rows']) != coh['admin']['count'] or \
            sum(r.get('tech') or 0 for r in a['rows']) != coh['tech']['count']:
        raise Refused('assignment sums != cohort hires')
    for r in a['rows']:
        if not (r.get('admin') or r.get('tech')):
            raise Refused('zero assignment row')
        printed(r['unit'], 'unit')
    e = f['exams']
    planned = rows[-1]
    if e['fiscalYear'] != ed['year']:
        raise Refused('exam year != edition year')
    keys = set()
    per_track = collections.Counter()
    for en in e['entries']:
        if '院' in en['exam'] or any('院' in b['category'] for b in en['breakdown']):
            raise Refused('院 in an undergraduate exam')
        tk = track(en['track'])
        if tk not in ('administrative', 'technical'):
            raise Refused('exam track is no hiring track')
        if sum(b['count'] for b in en['breakdown']) != en['total']:
            raise Refused('exam categories != exam total')
        per_track[tk] += en['total']
        for b in en['breakdown']:
            k = (tk, level(en['exam']), norm(b['category']))
            if k in keys:
                raise Refused(f'colliding exam key {k}')
            keys.add(k)
            printed(b['category'], 'category')
        printed(en['exam'], 'exam name')
    if per_track['administrative'] != planned['admin']['count'] or per_track['technical'] != planned['tech']['count']:
        raise Refused('exam totals != planned hires')
    for s in f['supportSystems']:
        if s['duration'] != s['durationText']:
            raise Refused('support duration differs from its text')
        line_printed(f"●{s['name']}（{s['durationText']}）", 'support')
        line_printed(s['text'], 'support text')
    for i in f['initiatives']:
        line_printed('■' + i['title'], 'initiative')
        line_printed(i['text'], 'initiative text')
    for c in f['contacts']:
        line_printed(c['office'], 'office')
        for t, tt in zip(c['tel'], c['telText']):
            line_printed(tt, 'TEL line')
            dig = ''.join(ch for ch in unicodedata.normalize('NFKC', tt.split('（')[0]) if ch.isdigit())
            if dig != t.replace('-', ''):
                raise Refused('phone digits differ from the printed TEL line')
        for m in c['email']:
            if '@' not in m:
                raise Refused('e-mail without @')
        for et in c['emailText']:
            line_printed(et, 'e-mail line')
    line_printed(f['access']['address'], 'address')
    for r, rt in zip(f['access']['routes'], f['access']['routesText']):
        line_printed(rt, 'route')
        if r.replace('『', '').replace('』', '') != rt:
            raise Refused('route fact differs from its printed line')
    for p in f['training']['paragraphs'] + f['lead']['text'] + f['hiring']['intro'] + f['hiring']['note']:
        line_printed(p, 'text')
    # the stand-in document reaches every kind of check with full marks; an empty one scores nothing
    drawn = norm(''.join(lines))
    res = checks(f, standin(f), drawn)
    bad = [n for n, ok in res if not ok]
    if bad:
        raise Refused(f'stand-in misses {bad}')
    kinds = {n.split()[0] for n, _ in res}
    need = {'organization', 'edition', 'hiring', 'assignment', 'exam', 'phone', 'email', 'office', 'route',
            'initiative', 'support'}
    if not need <= kinds:
        raise Refused(f'checks do not reach {need - kinds}')
    if any(ok for _, ok in checks(f, {}, drawn)):
        raise Refused('an empty document scores')
    return len(res)


# ---------------------------------------------------------------- the three brochures
COMMON_SUPPORT_TEXT = '男女とも取得できます。'


def masthead(p, lines, color, edition):
    p.gfx.append(('rect', 0, 0, W, 96, color))
    p.y = 46
    p.item(lines[0], LEFT, p.y, GOTHIC, 26)
    p.lines.append(lines[0])
    p.y += 26
    p.item(lines[1], LEFT, p.y, GOTHIC, 14)
    p.lines.append(lines[1])
    p.y += 8
    p.line(edition, size=9.5, x=W - 56 - pdfmetrics.stringWidth(edition, MINCHO, 9.5), gap=20)


def tail(p, color, f):
    """page-2 sections after the exam table: training, initiatives, support, contacts, access."""
    p.heading(f['training']['title'], color)
    for t in f['training']['paragraphs']:
        p.line(t)
    p.heading('働きやすい職場づくり', color)
    for i in f['initiatives']:
        p.line('■' + i['title'], font=GOTHIC, gap=17)
        p.line(i['text'], x=LEFT + 12)
    p.heading(f['supportTitle'], color)
    for s in f['supportSystems']:
        p.line(f"●{s['name']}（{s['durationText']}）", font=GOTHIC, gap=17)
        p.line(s['text'], x=LEFT + 12)
    c = f['contacts'][0]
    p.heading(c['track'], color)
    p.line(c['office'])
    for t in c['telText'] + c['emailText']:
        p.line(t)
    p.heading('アクセス', color)
    p.line(f['access']['address'])
    for r in f['access']['routesText']:
        p.line(r)


def base_facts(org, document, lead, tracks, rows, layout, intro, note):
    return {
        'organization': org, 'document': document,
        'edition': {'year': 2026, 'asOf': '2026-04', 'asOfText': '令和8年4月現在'},
        'lead': {'title': '', 'text': [lead]},
        'hiring': {'intro': [intro], 'note': [note], 'tracks': tracks, 'textSynthesised': False,
                   'layout': layout, 'rows': rows},
    }


def honbetsu():
    color = (0.85, 0.92, 0.80)
    data = [(2021, (4, 3), (2, 0), False), (2022, (3, 2), (1, 0), False), (2023, (5, 3), (2, 1), False),
            (2024, (4, 2), (1, 0), False), (2025, (4, 2), (2, 1), False), (2026, (4, None), (2, None), True)]
    rows = hiring_rows(data, lambda fy, pl: (era(fy), era(fy) + ('（予定）' if pl else '')))
    f = base_facts('本別町', '本別町 職員採用案内 2026', '豆のまち・本別で、町の未来を一緒につくりませんか。',
                   {'admin': '事務職', 'tech': '技術職'}, rows,
                   'ruled 年度 | 採用者数 | うち技術職; the administrative hires are NOT printed: admin = 採用者数 − うち技術職',
                   '採用者数の推移（単位：人）', '※（ ）内は女性の数で内数です。採用者数には技術職を含みます。')
    f['hiring']['textSynthesised'] = True
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務職', 'tech': '技術職'}, 'layout': 'ruled 配属先 | 事務職 | 技術職',
                        'rows': [dict(unit='総務課', admin=1, tech=None), dict(unit='税務課', admin=1, tech=None),
                                 dict(unit='住民課', admin=1, tech=None), dict(unit='企画振興課', admin=1, tech=None),
                                 dict(unit='建設水道課', admin=None, tech=2)]}
    exam = '本別町職員採用試験（大学卒業程度）'
    f['exams'] = {'title': '令和8年度の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 職種 | 予定数',
                  'entries': [dict(track='事務職', exam=exam, text='', breakdown=[dict(category='一般事務', count=4)], total=4),
                              dict(track='技術職', exam=exam, text='',
                                   breakdown=[dict(category='土木', count=1), dict(category='建築', count=1)], total=2)]}
    f['training'] = {'title': '研修', 'paragraphs': ['北海道市町村職員研修センターでの新任研修のほか、先輩職員によるOJTがあります。']}
    f['initiatives'] = [dict(title='フレックスタイム制', text='7時から10時の間で始業時刻を選べます。'),
                        dict(title='ペーパーレス会議', text='会議資料はタブレットで共有します。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text=COMMON_SUPPORT_TEXT),
                           dict(name='介護休暇', duration='通算6か月', durationText='通算6か月', text='3回まで分けて取得できます。')]
    f['contacts'] = [dict(track='採用担当', office='本別町 総務課 職員係', tel=['0156-22-2141'],
                          email=['soumu@town.honbetsu.lg.jp'], location='',
                          telText=['TEL 0156-22-2141（代）内線213'], emailText=['E-mail soumu@town.honbetsu.lg.jp'],
                          hoursText='')]
    f['access'] = {'address': '〒089-3392 北海道中川郡本別町北2丁目4番1号',
                   'routes': ['道東自動車道『本別IC』から車で約5分', 'JR根室本線『池田』駅から車で約25分'],
                   'routesSynthesised': False,
                   'routesText': ['道東自動車道本別ICから車で約5分', 'JR根室本線池田駅から車で約25分']}
    f['keyFigures'] = []
    f['decoys'] = {'hiring': 'columns 採用者数 (all hires) and うち技術職 (a subset); the administrative hires are the difference and are printed nowhere',
                   'phone': 'TEL 0156-22-2141（代）内線213: the main number marked （代） and an extension after it on the same line',
                   'access': 'a car route from an expressway interchange: 道東自動車道本別ICから車で約5分 (the stop is the IC)'}

    def row_line(r):
        return '\t'.join([r['labelText'], fmt_cell(r['total'], ''), fmt_cell(r['tech'], '')])
    p1, p2 = Page(), Page()
    masthead(p1, ['本別町', '職員採用案内 2026'], color, '令和8年4月現在')
    p1.line(f['lead']['text'][0], size=10.5, gap=24)
    p1.heading('採用実績', (0.2, 0.5, 0.2))
    p1.line(f['hiring']['intro'][0])
    p1.table([['年度', '採用者数', 'うち技術職']] + [row_line(r).split('\t') for r in rows], [120, 100, 100])
    p1.line(f['hiring']['note'][0], size=8.5)
    p1.heading('配属実績', (0.2, 0.5, 0.2))
    p1.line(f['assignments']['intro'])
    p1.table([['配属先', '事務職', '技術職']] + [[r['unit'], str(r['admin'] or '－'), str(r['tech'] or '－')]
                                             for r in f['assignments']['rows']], [140, 80, 80])
    p2.y = 30
    p2.heading('試験区分', (0.2, 0.5, 0.2))
    p2.line(f['exams']['title'])
    p2.table([['区分', '試験', '職種', '予定数'], ['事務職', exam, '一般事務', '4'], ['技術職', exam, '土木', '1'],
              ['', '', '建築', '1']], [70, 220, 80, 60])
    tail(p2, (0.2, 0.5, 0.2), f)
    return 'honbetsu-2026', [p1, p2], f, row_line


def uwajima():
    color = (0.80, 0.88, 0.95)
    data = [(2021, (14, 7), (5, 1), False), (2022, (12, 6), (4, 1), False), (2023, (16, 9), (6, 2), False),
            (2024, (13, 6), (5, 0), False), (2025, (15, 8), (5, 1), False), (2026, (15, None), (6, None), True)]
    recount = {2021: (3, 1), 2022: (2, 0), 2023: (4, 2), 2024: (3, 1), 2025: (4, 1), 2026: (2, None)}
    rows = hiring_rows(data, lambda fy, pl: (f'令和{fy - 2018}年4月1日採用',
                                             f'令和{fy - 2018}年4月1日採用' + ('予定' if pl else '')))
    for r in rows:
        c, w = recount[r['fiscalYear']]
        r['recount'] = {'label': '社会人経験者（再掲）', **cell(c, w)}
    f = base_facts('宇和島市', '宇和島市 職員採用案内 2026', '真珠と柑橘の海辺のまちで、市民とともに働きませんか。',
                   {'admin': '事務職', 'tech': '技術職'}, rows,
                   'ruled 採用年月日 | 事務職 | 技術職 | 計 | 社会人経験者（再掲）; labels 令和N年4月1日採用, the planned 令和8年4月1日採用予定; the LAST column is a subset (再掲), not the total',
                   '採用者数（単位：人）', '※（ ）内は女性の数で内数です。社会人経験者は事務職・技術職の再掲です。')
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年4月1日採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務職', 'tech': '技術職'}, 'layout': 'ruled 配属先 | 事務職 | 技術職',
                        'rows': [dict(unit=u, admin=a, tech=t) for u, a, t in [
                            ('総務課', 2, None), ('税務課', 2, None), ('市民課', 2, None), ('保険健康課', 2, None),
                            ('福祉課', 3, None), ('商工観光課', 2, None), ('水産振興課', 2, None),
                            ('建設課', None, 3), ('都市整備課', None, 2)]]}
    ex1, ex2 = '宇和島市職員採用試験（大学卒業程度）', '宇和島市職員採用試験（社会人経験者）'
    f['exams'] = {'title': '令和8年度の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 職種 | 予定数',
                  'entries': [dict(track='事務職', exam=ex1, text='', breakdown=[dict(category='行政', count=13)], total=13),
                              dict(track='事務職', exam=ex2, text='', breakdown=[dict(category='行政（社会人経験者）', count=2)], total=2),
                              dict(track='技術職', exam=ex1, text='', breakdown=[dict(category='土木', count=4), dict(category='建築', count=1),
                                                                                 dict(category='電気', count=1)], total=6)]}
    f['training'] = {'title': '研修', 'paragraphs': ['愛媛県市町村職員研修での新規採用職員研修のほか、階層別研修があります。']}
    f['initiatives'] = [dict(title='サテライトオフィス', text='吉田・三間の各支所で勤務できます。'),
                        dict(title='窓口のデジタル化', text='書かない窓口で手続の時間を短くしています。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text=COMMON_SUPPORT_TEXT),
                           dict(name='部分休業', duration='1日2時間まで', durationText='1日2時間まで', text='子が小学校に入るまで使えます。')]
    f['contacts'] = [dict(track='採用担当', office='宇和島市 総務課 人事係', tel=['0895-49-7021'],
                          email=['jinji@city.uwajima.lg.jp'], location='', telText=['TEL 0895-49-7021'],
                          emailText=['E-mail jinji@city.uwajima.lg.jp'], hoursText='')]
    f['access'] = {'address': '〒798-8601 愛媛県宇和島市曙町1番地',
                   'routes': ['JR予讃線『宇和島』駅から徒歩約10分', '松山自動車道『宇和島朝日IC』から車で約5分'],
                   'routesSynthesised': False,
                   'routesText': ['JR予讃線宇和島駅から徒歩約10分', '松山自動車道宇和島朝日ICから車で約5分']}
    f['keyFigures'] = []
    f['decoys'] = {'hiring': 'a fifth column 社会人経験者（再掲）after 計: a subset of the hires, not a track and not the total',
                   'years': 'row labels are hiring dates 令和N年4月1日採用 (the planned row 令和8年4月1日採用予定), not fiscal years'}

    def row_line(r):
        return '\t'.join([r['labelText'], fmt_cell(r['admin'], ''), fmt_cell(r['tech'], ''), fmt_cell(r['total'], ''),
                          fmt_cell(r['recount'], '')])
    p1, p2 = Page(), Page()
    masthead(p1, ['宇和島市', '職員採用案内 2026'], color, '令和8年4月現在')
    p1.line(f['lead']['text'][0], size=10.5, gap=24)
    p1.heading('採用実績', (0.1, 0.3, 0.6))
    p1.line(f['hiring']['intro'][0])
    p1.table([['採用年月日', '事務職', '技術職', '計', '社会人経験者（再掲）']] + [row_line(r).split('\t') for r in rows],
             [140, 70, 70, 70, 120])
    p1.line(f['hiring']['note'][0], size=8.5)
    p1.heading('配属実績', (0.1, 0.3, 0.6))
    p1.line(f['assignments']['intro'])
    p1.table([['配属先', '事務職', '技術職']] + [[r['unit'], str(r['admin'] or '－'), str(r['tech'] or '－')]
                                             for r in f['assignments']['rows']], [140, 80, 80], rowh=17)
    p2.y = 30
    p2.heading('試験区分', (0.1, 0.3, 0.6))
    p2.line(f['exams']['title'])
    p2.table([['区分', '試験', '職種', '予定数'], ['事務職', ex1, '行政', '13'], ['', ex2, '行政（社会人経験者）', '2'],
              ['技術職', ex1, '土木', '4'], ['', '', '建築', '1'], ['', '', '電気', '1']], [60, 210, 120, 50])
    tail(p2, (0.1, 0.3, 0.6), f)
    return 'uwajima-2026', [p1, p2], f, row_line


def higashiomi():
    color = (0.97, 0.88, 0.80)
    data = [(2021, (18, 9), (6, 1), False), (2022, (20, 11), (5, 2), False), (2023, (17, 8), (7, 2), False),
            (2024, (21, 12), (6, 1), False), (2025, (19, 10), (8, 2), False), (2026, (20, None), (8, None), True)]
    rows = hiring_rows(data, lambda fy, pl: (era(fy), era(fy) + ('（予定）' if pl else '')))
    f = base_facts('東近江市', '滋賀県東近江市 職員採用ガイド 2026', '鈴鹿の山から湖辺のまちまで。ひろいまちの未来をつくる仲間を募集します。',
                   {'admin': '事務職', 'tech': '技術職'}, rows,
                   'ruled 年度 | 事務職 | 技術職 | 計; cells 19人（女10人）, the planned 20人',
                   '採用者数の推移', '※（ ）内は女性の数で内数です。')
    f['assignments'] = {'cohortFiscalYear': 2025, 'intro': '令和7年度採用者の配属先（単位：人）',
                        'tracks': {'admin': '事務職', 'tech': '技術職'}, 'layout': 'ruled 配属先 | 事務職 | 技術職',
                        'rows': [dict(unit=u, admin=a, tech=t) for u, a, t in [
                            ('総務部', 3, None), ('市民環境部', 4, None), ('健康福祉部', 5, None), ('こども未来部', 3, None),
                            ('産業振興部', 2, 1), ('都市整備部', None, 5), ('上下水道部', None, 2), ('教育委員会事務局', 2, None)]]}
    ex1, ex2 = '東近江市職員採用試験（大学卒業程度）', '東近江市職員採用試験（障がい者対象）'
    f['exams'] = {'title': '令和8年度の採用予定', 'fiscalYear': 2026, 'textSynthesised': False,
                  'layout': 'ruled 区分 | 試験 | 職種 | 予定数',
                  'entries': [dict(track='事務職', exam=ex1, text='', breakdown=[dict(category='行政', count=18)], total=18),
                              dict(track='事務職', exam=ex2, text='', breakdown=[dict(category='事務（障がい者対象）', count=2)], total=2),
                              dict(track='技術職', exam=ex1, text='', breakdown=[dict(category='土木', count=5), dict(category='建築', count=2),
                                                                                 dict(category='電気', count=1)], total=8)]}
    f['training'] = {'title': '研修', 'paragraphs': ['滋賀県市町村職員研修センターでの研修と、市独自の階層別研修があります。']}
    f['initiatives'] = [dict(title='テレワーク', text='自宅やサテライトオフィスで週2日まで勤務できます。'),
                        dict(title='フリーアドレス', text='本庁舎の一部の課で固定席をなくしました。')]
    f['initiativesIntro'] = ''
    f['supportTitle'] = '両立支援制度'
    f['supportSystems'] = [dict(name='育児休業', duration='子が3歳に達するまで', durationText='子が3歳に達するまで', text=COMMON_SUPPORT_TEXT),
                           dict(name='子の看護休暇', duration='年5日', durationText='年5日', text='1時間単位で取得できます。')]
    f['contacts'] = [dict(track='採用担当', office='東近江市 総務部 職員課', tel=['0748-24-5613'],
                          email=['shokuinka@city.higashiomi.lg.jp'], location='', telText=['TEL 0748-24-5613'],
                          emailText=['E-mail shokuinka@city.higashiomi.lg.jp'], hoursText='')]
    f['access'] = {'address': '〒527-8527 滋賀県東近江市八日市緑町10番5号',
                   'routes': ['近江鉄道『八日市』駅から徒歩約15分', '名神高速道路『八日市IC』から車で約10分'],
                   'routesSynthesised': False,
                   'routesText': ['近江鉄道八日市駅から徒歩約15分', '名神高速道路八日市ICから車で約10分']}
    f['keyFigures'] = []
    f['decoys'] = {'masthead': 'the name printed with its prefecture as ONE string 滋賀県東近江市; the organisation is 東近江市',
                   'hiring': 'cells 19人（女10人）: 人 after both numbers and 女 inside the brackets'}

    def row_line(r):
        return '\t'.join([r['labelText'], fmt_cell(r['admin'], 'nin'), fmt_cell(r['tech'], 'nin'), fmt_cell(r['total'], 'nin')])
    p1, p2 = Page(), Page()
    masthead(p1, ['滋賀県東近江市', '職員採用ガイド 2026'], color, '令和8年4月現在')
    p1.line(f['lead']['text'][0], size=10.5, gap=24)
    p1.heading('採用実績', (0.7, 0.35, 0.1))
    p1.line(f['hiring']['intro'][0])
    p1.table([['年度', '事務職', '技術職', '計']] + [row_line(r).split('\t') for r in rows], [110, 100, 100, 100])
    p1.line(f['hiring']['note'][0], size=8.5)
    p1.heading('配属実績', (0.7, 0.35, 0.1))
    p1.line(f['assignments']['intro'])
    p1.table([['配属先', '事務職', '技術職']] + [[r['unit'], str(r['admin'] or '－'), str(r['tech'] or '－')]
                                             for r in f['assignments']['rows']], [140, 80, 80], rowh=17)
    p2.y = 30
    p2.heading('試験区分', (0.7, 0.35, 0.1))
    p2.line(f['exams']['title'])
    p2.table([['区分', '試験', '職種', '予定数'], ['事務職', ex1, '行政', '18'], ['', ex2, '事務（障がい者対象）', '2'],
              ['技術職', ex1, '土木', '5'], ['', '', '建築', '2'], ['', '', '電気', '1']], [60, 210, 120, 50])
    tail(p2, (0.7, 0.35, 0.1), f)
    return 'higashiomi-2026', [p1, p2], f, row_line


BROCHURES = {'honbetsu-2026': honbetsu, 'uwajima-2026': uwajima, 'higashiomi-2026': higashiomi}


# ---------------------------------------------------------------- rendering
def add_folios(pages):
    for n, p in enumerate(pages, 1):
        t = f'- {n} -'
        p.items.append(dict(text=t, x=W / 2 - pdfmetrics.stringWidth(t, MINCHO, 8) / 2, y=H - 24, font=MINCHO,
                            size=8, color=(0.3, 0.3, 0.3), folio=True))


def render(name, pages, path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(name)
    rnd = random.Random(name)
    for p in pages:
        for g in p.gfx:
            if g[0] == 'rect':
                _, x, y, w, h, fill = g
                c.setFillColorRGB(*fill)
                c.rect(x, H - y - h, w, h, stroke=0, fill=1)
            else:
                _, x1, y1, x2, y2, lw = g
                c.setLineWidth(lw)
                c.setStrokeColorRGB(0.4, 0.4, 0.4)
                c.line(x1, H - y1, x2, H - y2)
        order = list(range(len(p.items)))
        rnd.shuffle(order)
        for i in order:
            it = p.items[i]
            t = c.beginText()
            t.setFont(it['font'], it['size'])
            t.setFillColorRGB(*it['color'])
            t.setTextOrigin(it['x'], H - it['y'])
            t.textOut(it['text'])
            c.drawText(t)
        c.showPage()
    c.save()


def check_pdf(path, pages):
    for n, p in enumerate(pages, 1):
        out = subprocess.run(['pdftotext', '-f', str(n), '-l', str(n), path, '-'], capture_output=True, text=True).stdout
        got = collections.Counter(''.join(out.split()))
        want = collections.Counter(''.join(''.join(i['text'].split()) for i in p.items))
        if got != want:
            raise Refused(f'p{n}: pdftotext differs from the drawn text: {(got - want) + (want - got)}')
    data = open(path, 'rb').read()
    if data.count(b'BT') < sum(len(p.items) for p in pages):
        raise Refused('fewer text objects than items')


def build(name):
    name, pages, facts, row_line = BROCHURES[name]()
    for p in pages:
        if p.y > H - BOTTOM:
            raise Refused(f'{name}: page overflows ({p.y:.0f})')
    return name, pages, facts, row_line


def validate(name, pages, facts, row_line, expected):
    check_pages(pages, expected)
    return check_facts(facts, expected, row_line)


def expected_text(pages):
    return '\n\f\n'.join('\n'.join(p.lines) for p in pages) + '\n'


def generate(name, verbose=True):
    name, pages, facts, row_line = build(name)
    add_folios(pages)
    exp = [p.lines for p in pages]
    n = validate(name, pages, facts, row_line, exp)
    os.makedirs(OUT, exist_ok=True)
    pdf = os.path.join(OUT, name + '.pdf')
    render(name, pages, pdf)
    check_pdf(pdf, pages)
    with tempfile.TemporaryDirectory() as d:
        again = os.path.join(d, 'x.pdf')
        render(name, pages, again)
        if open(again, 'rb').read() != open(pdf, 'rb').read():
            raise Refused('two renders differ')
    with open(os.path.join(OUT, name + '.expected.txt'), 'w') as fh:
        fh.write(expected_text(pages))
    with open(os.path.join(OUT, name + '.facts.json'), 'w') as fh:
        json.dump(facts, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    if verbose:
        print(f'{name}: {sum(len(p.items) for p in pages)} items, {n} fact checks')
    return n


# ---------------------------------------------------------------- fault injection
def faults():
    def hr(i, key, field, d):
        def f(s):
            s['facts']['hiring']['rows'][i][key][field] += d
        return f

    def facts_set(fn):
        def f(s):
            fn(s['facts'])
        return f

    def item_copy(s):
        it = dict(s['pages'][0].items[3])
        it['x'] += 1
        s['pages'][0].items.append(it)
        s['exp'][0].append(it['text'])

    def item_edge(s):
        s['pages'][1].items[2]['x'] = 5

    def item_emoji(s):
        s['pages'][1].items[-2]['text'] += '😀'
        s['exp'][1][-1] += '😀'

    def item_bottom(s):
        s['pages'][1].items[-2]['y'] = H - 10

    def line_kinsoku(s):
        s['exp'][1].append('。')
        s['pages'][1].items.append(dict(text='。', x=300, y=700, font=MINCHO, size=9))

    def extra_expected(s):
        s['exp'][0].append('余')

    def row_differs(s):
        s['exp'][0] = [l.replace('（', '(', 1) if l.startswith(s['facts']['hiring']['rows'][0]['labelText']) else l
                       for l in s['exp'][0]]
        for it in s['pages'][0].items:
            pass

    def dup_unit(f):
        f['assignments']['rows'].append(dict(f['assignments']['rows'][0]))

    def collide(f):
        e = f['exams']['entries'][0]
        e['breakdown'].append(dict(e['breakdown'][0]))

    def exam_in(f):
        f['exams']['entries'][0]['exam'] += '院'

    def exam_plus(f):
        e = f['exams']['entries'][0]
        e['breakdown'][0]['count'] += 1
        e['total'] += 1

    def last_cat(f):
        f['exams']['entries'][-1]['breakdown'][-1]['count'] += 1

    def women_planned(f):
        f['hiring']['rows'][-1]['admin']['women'] = 0

    def planned_first(f):
        f['hiring']['rows'].insert(0, f['hiring']['rows'].pop())

    def wrong_label(f):
        r = f['hiring']['rows'][1]
        r['labelText'] = r['labelText'].replace('令和4', '令和5')

    def exam_track(f):
        f['exams']['entries'][0]['track'] = '保育士'
    return {
        'hiring total +1': lambda s: (hr(0, 'total', 'count', 1)(s), s['facts']['hiring']['rows'][0]['total'].update(text=str(s['facts']['hiring']['rows'][0]['total']['count']))),
        'women total +1': lambda s: (hr(1, 'total', 'women', 1)(s), s['facts']['hiring']['rows'][1]['total'].update(womenText=str(s['facts']['hiring']['rows'][1]['total']['women']))),
        'track women +1': hr(2, 'tech', 'women', 1),
        'women above heads': lambda s: [s['facts']['hiring']['rows'][3]['tech'].update(women=9, womenText='9'), s['facts']['hiring']['rows'][3]['total'].update(women=s['facts']['hiring']['rows'][3]['admin']['women'] + 9)],
        'women on planned row': facts_set(women_planned),
        'planned row first': facts_set(planned_first),
        'wrong era label': facts_set(wrong_label),
        'count text differs': lambda s: s['facts']['hiring']['rows'][0]['admin'].update(text='99'),
        'assignment +1': lambda s: s['facts']['assignments']['rows'][0].update(admin=(s['facts']['assignments']['rows'][0]['admin'] or 0) + 1),
        'wrong cohort': lambda s: s['facts']['assignments'].update(cohortFiscalYear=2024),
        'duplicate unit': facts_set(dup_unit),
        'exam count +1 with total': facts_set(exam_plus),
        'last category +1': facts_set(last_cat),
        'exam with 院': facts_set(exam_in),
        'colliding category': facts_set(collide),
        'e-mail not printed': lambda s: s['facts']['contacts'][0]['emailText'].__setitem__(0, 'E-mail x@example.jp'),
        'office not printed': lambda s: s['facts']['contacts'][0].update(office='人事課'),
        'route not printed': lambda s: s['facts']['access']['routesText'].__setitem__(0, 'JR線『某』駅から徒歩1分'),
        'support not printed': lambda s: s['facts']['supportSystems'][0].update(name='特別休暇'),
        'initiative not printed': lambda s: s['facts']['initiatives'][0].update(title='週休3日'),
        'organisation not printed': lambda s: s['facts'].update(organization='某市'),
        'legal-form prefix': lambda s: s['facts'].update(organization='一部事務組合' + s['facts']['organization']),
        'wrong phone': lambda s: s['facts']['contacts'][0]['tel'].__setitem__(0, '0120-00-0000'),
        'wrong asOf': lambda s: s['facts']['edition'].update(asOf='2026-03'),
        'wrong edition year': lambda s: s['facts']['edition'].update(year=2025),
        'duration differs': lambda s: s['facts']['supportSystems'][1].update(duration='年10日'),
        'exam track no hiring track': facts_set(exam_track),
        'overlapping copy of an item': item_copy,
        'item in the edge margin': item_edge,
        'glyph the font lacks': item_emoji,
        'item past the bottom': item_bottom,
        'line starting with 。': line_kinsoku,
        'extra expected character': extra_expected,
        'printed hiring row differs': row_differs,
        'recount larger than total': lambda s: s['facts']['hiring']['rows'][0].__setitem__('recount', dict(label='x', **cell(99, 0))),
    }


def selftest(verbose):
    refused = total = 0
    for name in BROCHURES:
        for fname, inject in faults().items():
            total += 1
            n, pages, facts, row_line = build(name)
            add_folios(pages)
            s = {'pages': pages, 'facts': copy.deepcopy(facts), 'exp': [list(p.lines) for p in pages]}
            try:
                inject(s)
                validate(n, s['pages'], s['facts'], row_line, s['exp'])
                ok = False
                why = 'ACCEPTED'
            except Refused as e:
                ok, why = True, str(e)
            refused += ok
            if verbose or not ok:
                print(f'{name:18} {fname:30} {"refused" if ok else "NOT REFUSED"}: {why[:90]}')
    # the PDF check itself: a PDF lacking an item must be refused
    total += 1
    n, pages, facts, row_line = build('honbetsu-2026')
    add_folios(pages)
    with tempfile.TemporaryDirectory() as d:
        pdf = os.path.join(d, 'x.pdf')
        short = copy.deepcopy(pages)
        short[0].items.pop(5)
        render(n, short, pdf)
        try:
            check_pdf(pdf, pages)
            print('pdf lacking an item: NOT REFUSED')
        except Refused as e:
            refused += 1
            if verbose:
                print(f'honbetsu-2026      pdf lacking an item            refused: {e}'[:140])
    print(f'{refused}/{total} refused')
    return refused == total


if __name__ == '__main__':
    args = sys.argv[1:]
    if '--selftest' in args:
        sys.exit(0 if selftest('-v' in args) else 1)
    names = [a for a in args if not a.startswith('-')] or list(BROCHURES)
    total = sum(generate(n) for n in names)
    print(f'{total} fact checks in all')
