#!/usr/bin/env python3
"""Scores `brochure extract` against the facts each fixture was drawn from.

For every Fixtures/<set>/NAME.facts.json, runs `brochure extract NAME.pdf` and compares the
fields the facts give: organization, edition, hiring rows, assignment rows, exam entries,
contacts (phones, e-mails), access routes, initiative and support-system titles. Prints one
row per fixture with the share of facts found right, and lists the misses with -v.
  usage: Scripts/score_extract.py [--brochure PATH] [--fixtures DIR] [-v]
"""
import argparse, json, subprocess, sys, unicodedata, glob, os

def norm(s):
    if s is None: return None
    s = unicodedata.normalize('NFKC', s)
    return ''.join(s.split()).replace('〜', '~').replace('～', '~')

def level(exam):
    return 'graduate' if '院' in exam else 'undergraduate'

def track(label):
    return 'administrative' if '事務' in label else ('technical' if ('技術' in label or '理工' in label) else 'other')

def checks(facts, doc, drawn):
    """drawn: the fixture's expected text, whitespace removed: facts it lacks were not printed."""
    s = doc.get('sections', {})
    out = []
    def check(name, ok): out.append((name, bool(ok)))
    check('organization', doc.get('organization') == facts.get('organization'))
    ed = facts.get('edition') or {}
    check('edition', (doc.get('edition') or {}).get('asOf') == ed.get('asOf'))
    h = facts.get('hiring') or {}
    rows = {r['fiscalYear']: r for r in (s.get('hiring') or {}).get('rows', [])}
    for r in h.get('rows', []):
        got = rows.get(r['fiscalYear'])
        for key, ours in (('total', 'total'), ('admin', 'administrative'), ('tech', 'technical')):
            want = r.get(key)
            if want is None: continue
            g = (got or {}).get(ours) or {}
            check(f"hiring {r['labelText']} {key}", g.get('count') == want['count'] and g.get('women') == want.get('women'))
        check(f"hiring {r['labelText']} planned", got is not None and got.get('planned') == r['planned'])
    a = facts.get('assignments') or {}
    arows = {norm(r['unit']): r for r in (s.get('assignments') or {}).get('rows', [])}
    for r in a.get('rows', []):
        g = arows.get(norm(r['unit']))
        check(f"assignment {r['unit']}", g is not None and g['administrative'] == (r.get('admin') or 0) and g['technical'] == (r.get('tech') or 0))
    if a: check('assignment cohort', (s.get('assignments') or {}).get('cohortFiscalYear') == a.get('cohortFiscalYear'))
    e = facts.get('exams') or {}
    got = {(x['track'], x['level'], norm(x['category'])): x['count'] for x in (s.get('examBreakdown') or {}).get('entries', [])}
    for entry in e.get('entries', []):
        for b in entry.get('breakdown', []):
            key = (track(entry['track']), level(entry['exam']), norm(b['category']))
            check(f"exam {key}", got.get(key) == b['count'])
    contacts = s.get('contacts') or []
    phones = {p['number'].replace('-', '') for c in contacts for p in c['phones']}
    emails = {m for c in contacts for m in c['emails']}
    for c in facts.get('contacts') or []:
        for t in c.get('tel', []):
            digits = ''.join(ch for ch in unicodedata.normalize('NFKC', t.split('（')[0].split('(')[0]) if ch.isdigit())
            check(f"phone {t}", digits in phones)
        for m in c.get('email', []): check(f"email {m}", m in emails)
        offices = {norm(x['office']) for x in contacts}
        check(f"office {c['office']}", norm(c['office']) in offices)
    acc = facts.get('access') or {}
    stations = {norm(r['station']) for r in (s.get('access') or {}).get('routes', [])}
    for route in acc.get('routes', []):
        st = route.split('『')[1].split('』')[0] if '『' in route else None
        if st: check(f"route {st}", norm(st) in stations)
    titles = {norm(i['title']) for i in s.get('initiatives') or []}
    for i in facts.get('initiatives') or []:
        if norm(i['title']) in drawn: check(f"initiative {i['title']}", norm(i['title']) in titles)
    names = {norm(i['name']) for i in s.get('supportSystems') or []}
    for i in facts.get('supportSystems') or []:
        if norm(i['name']) in drawn: check(f"support {i['name']}", norm(i['name']) in names)
    return out

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--brochure', default='.build/release/brochure')
    ap.add_argument('--fixtures', default='Fixtures/brochures')
    ap.add_argument('-v', action='store_true')
    args = ap.parse_args()
    total_ok = total = 0
    print('| fixture | facts right | share | warnings |')
    print('|---|---:|---:|---|')
    for path in sorted(glob.glob(os.path.join(args.fixtures, '*.facts.json'))):
        name = os.path.basename(path)[:-len('.facts.json')]
        facts = json.load(open(path))
        run = subprocess.run([args.brochure, 'extract', os.path.join(args.fixtures, name + '.pdf')], capture_output=True, text=True)
        doc = json.loads(run.stdout) if run.returncode in (0, 1) and run.stdout else {}
        expected = os.path.join(args.fixtures, name + '.expected.txt')
        drawn = norm(open(expected).read()) if os.path.exists(expected) else ''
        results = checks(facts, doc, drawn)
        ok = sum(1 for _, good in results if good)
        total_ok += ok; total += len(results)
        warns = ', '.join(w['code'] for w in doc.get('warnings', []))
        print(f'| {name} | {ok}/{len(results)} | {ok / max(len(results), 1):.3f} | {warns} |')
        if args.v:
            for label, good in results:
                if not good: print(f'    MISS {label}')
    print(f'| **all** | {total_ok}/{total} | {total_ok / max(total, 1):.3f} | |')

if __name__ == '__main__':
    main()
