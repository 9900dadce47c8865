#!/usr/bin/env python3
"""Re-measures the ratchet floors: the golden page's scores into floors.json and the dev
corpus means into quality-floors.json ("required"; "target" is kept as is). A floor is the
measured value rounded down to 2 decimals minus a margin of 0.01 (for lower-is-better metrics:
rounded up plus 0.01), so that small engine changes do not fail the ratchet.

Usage: update_floors.py --cli BANMIAN [--shared ../shared]
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LOWER_BETTER = {'caption_leak', 'dup_residue', 'spurious_articles'}
MARGIN = 0.01


def floor_of(metric, v):
    if metric in LOWER_BETTER:
        return round(min(1.0, math.ceil(v * 100 - 1e-9) / 100 + MARGIN), 2)
    return round(max(0.0, math.floor(v * 100 + 1e-9) / 100 - MARGIN), 2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', required=True)
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    a = ap.parse_args()
    score = os.path.join(a.shared, 'eval', 'score.py')
    page = os.path.join(ROOT, 'examples', 'pages', 'changsha-evening-news-page.txt')
    gold = page[:-len('.txt')] + '.gold.json'
    out = subprocess.run([a.cli, '--output', 'json', page], check=True, stdout=subprocess.PIPE).stdout
    with tempfile.NamedTemporaryFile(suffix='.json') as f:
        f.write(out)
        f.flush()
        m = json.loads(subprocess.run([sys.executable, score, '--json', f.name, gold], check=True,
                                      stdout=subprocess.PIPE).stdout)['mean']
    path = os.path.join(HERE, 'floors.json')
    floors = json.load(open(path, encoding='utf-8'))
    entry = floors[os.path.basename(page)]
    entry['measured'] = {k: round(v, 4) for k, v in sorted(m.items())}
    entry['floors'] = {k: floor_of(k, v) for k, v in sorted(m.items())}
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(floors, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print('golden page:', json.dumps(entry['measured']))

    q = json.loads(subprocess.run([sys.executable, os.path.join(ROOT, 'bench', 'quality'), '--cli', a.cli,
                                   '--score', score, '--json', os.path.join(a.shared, 'corpus', 'dev')],
                                  check=True, stdout=subprocess.PIPE).stdout)['mean']
    path = os.path.join(HERE, 'quality-floors.json')
    qf = json.load(open(path, encoding='utf-8'))
    qf['measured'] = {k: round(v, 4) for k, v in sorted(q.items())}
    qf['required'] = {k: floor_of(k, v) for k, v in sorted(q.items())}
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(qf, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print('dev corpus:', json.dumps(qf['measured']))


if __name__ == '__main__':
    main()
