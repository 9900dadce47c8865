#!/usr/bin/env python3
"""Re-measures the ratchet floors: the golden page's scores into floors.json and, for every
quality suite (an input kind of a corpus, see SUITES), the corpus means into its floors file
("required" and "measured"; "target" is kept as is, or taken from SUITES when the file is new).
A floor is the measured value rounded down to 2 decimals minus a margin of 0.01 (for
lower-is-better metrics: rounded up plus 0.01), so that small engine changes do not fail the
ratchet.

Usage: update_floors.py --cli BANMIAN [--shared ../shared] [--only SUITE ...] [--no-golden]
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

# The quality suites of tests/quality.cmake: floors file, corpus folder under shared/corpus,
# input extension, the targets (used when the floors file is created) and what it is.
SUITES = {
    'dev-text': ('quality-floors.json', 'dev', '.txt', None,
                 'the dev text pages (NAME.txt); target: issue 3'),
    'dev-blocks': ('quality-floors-blocks.json', 'dev', '.blocks.json',
                   {'article_text': 0.97},
                   'the dev pages as shuffled blocks with bbox (NAME.blocks.json); target: issue 4'),
    'devpdf-bbox': ('quality-floors-bbox.json', 'dev-pdf', '.bbox.html',
                    {'article_text': 0.95, 'sentence_intact': 0.98, 'segmentation_f1': 0.95,
                     'headline_acc': 0.85},
                    'the dev-pdf pages as pdftotext -bbox-layout XHTML (NAME.bbox.html); target: issue 4'),
    'devpdf-mupdf': ('quality-floors-mupdf.json', 'dev-pdf', '.mupdf.txt',
                     {'article_text': 0.93},
                     "the dev-pdf pages as PyMuPDF's plain text (NAME.mupdf.txt); target: issue 4"),
}


def floor_of(metric, v):
    if metric in LOWER_BETTER:
        ceiling = math.ceil(v * 100 - 1e-9) / 100 + MARGIN
        return round(ceiling if v > 1 else min(1.0, ceiling), 2)  # spurious_articles may pass 1
    return round(max(0.0, math.floor(v * 100 + 1e-9) / 100 - MARGIN), 2)


def update_golden(cli, score):
    page = os.path.join(ROOT, 'examples', 'pages', 'changsha-evening-news-page.txt')
    gold = page[:-len('.txt')] + '.gold.json'
    out = subprocess.run([cli, '--output', 'json', page], check=True, stdout=subprocess.PIPE).stdout
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
    write_json(path, floors)
    print('golden page:', json.dumps(entry['measured']))


def update_suite(name, cli, score, shared):
    file, corpus, ext, target, what = SUITES[name]
    q = json.loads(subprocess.run([sys.executable, os.path.join(ROOT, 'bench', 'quality'), '--cli', cli,
                                   '--score', score, '--json', '--input-ext', ext,
                                   os.path.join(shared, 'corpus', corpus)],
                                  check=True, stdout=subprocess.PIPE).stdout)['mean']
    path = os.path.join(HERE, file)
    if os.path.exists(path):
        qf = json.load(open(path, encoding='utf-8'))
    else:
        qf = {'about': f'Floors for bench/quality --input-ext {ext} over ../shared/corpus/{corpus}: '
                       f'{what}. required: the measured means rounded down to 2 decimals minus 0.01 '
                       '(lower-is-better metrics: rounded up plus 0.01) - a ratchet; the quality test '
                       'fails below them. target: reported, not enforced. Re-measure with '
                       'tests/golden/update_floors.py.',
              'target': target or {}}
    qf['required'] = {k: floor_of(k, v) for k, v in sorted(q.items())}
    # A target the engine meets is enforced from then on: the floor never
    # drops below it again.
    for k, t in qf.get('target', {}).items():
        if k not in q or k not in qf['required']:
            continue
        if k in LOWER_BETTER and q[k] <= t:
            qf['required'][k] = min(qf['required'][k], t)
        elif k not in LOWER_BETTER and q[k] >= t:
            qf['required'][k] = max(qf['required'][k], t)
    qf['measured'] = {k: round(v, 4) for k, v in sorted(q.items())}
    qf = {k: qf[k] for k in ('about', 'required', 'target', 'measured') if k in qf}
    write_json(path, qf)
    print(f'{name}:', json.dumps(qf['measured']))


def write_json(path, value):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(value, f, ensure_ascii=False, indent=2)
        f.write('\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', required=True)
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    ap.add_argument('--only', nargs='+', choices=sorted(SUITES), help='re-measure only these suites')
    ap.add_argument('--no-golden', action='store_true', help='leave floors.json as it is')
    a = ap.parse_args()
    score = os.path.join(a.shared, 'eval', 'score.py')
    if not a.no_golden:
        update_golden(a.cli, score)
    for name in a.only or SUITES:
        update_suite(name, a.cli, score, a.shared)


if __name__ == '__main__':
    main()
