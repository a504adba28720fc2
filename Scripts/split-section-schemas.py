#!/usr/bin/env python3
"""Writes Schemas/sections/NAME.schema.json, one standalone schema per section, from the
$defs of Schemas/brochure.schema.json (the single source of truth). With --check, exits 1 if
a written file differs from what it would write (a test runs that check)."""
import json, sys, os, copy

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
SECTIONS = {'contacts': 'contact', 'access': 'access', 'assignments': 'assignments', 'hiring': 'hiring',
            'examBreakdown': 'examBreakdown', 'initiatives': 'initiative', 'supportSystems': 'supportSystem',
            'training': 'training'}

def refs(node, found):
    if isinstance(node, dict):
        if isinstance(node.get('$ref'), str) and node['$ref'].startswith('#/$defs/'):
            found.add(node['$ref'][len('#/$defs/'):])
        for v in node.values(): refs(v, found)
    elif isinstance(node, list):
        for v in node: refs(v, found)

def build(doc, section, item):
    defs = doc['$defs']
    body = copy.deepcopy(doc['properties']['sections']['properties'][section])
    needed, queue = set(), [body]
    while queue:
        found = set(); refs(queue.pop(), found)
        for name in found - needed:
            needed.add(name); queue.append(defs[name])
    schema = {'$schema': doc['$schema'], '$id': f'https://brochurekit.example/schemas/sections/{section}.schema.json',
              'title': f'BrochureKit section: {section}',
              'description': f'The "sections.{section}" member of a brochure document; a copy of its definition in ../brochure.schema.json.'}
    schema.update(body)
    schema['$defs'] = {name: defs[name] for name in sorted(needed)}
    return json.dumps(schema, ensure_ascii=False, indent=2) + '\n'

def main():
    doc = json.load(open(os.path.join(ROOT, 'Schemas/brochure.schema.json')))
    os.makedirs(os.path.join(ROOT, 'Schemas/sections'), exist_ok=True)
    stale = []
    for section, item in SECTIONS.items():
        path = os.path.join(ROOT, f'Schemas/sections/{section}.schema.json')
        text = build(doc, section, item)
        if '--check' in sys.argv:
            if not os.path.exists(path) or open(path).read() != text: stale.append(path)
        else:
            open(path, 'w').write(text)
    if stale:
        print('stale section schemas (run Scripts/split-section-schemas.py):', *stale, sep='\n  ')
        sys.exit(1)

if __name__ == '__main__':
    main()
