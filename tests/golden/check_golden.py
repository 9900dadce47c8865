#!/usr/bin/env python3
"""Golden page check: recovers a page with the banmian CLI, scores the tree against the
hand-written gold tree with score.py, and fails when a metric falls below its floor.

Usage:
  check_golden.py --cli BANMIAN --score SCORE_PY --floors FLOORS_JSON [--option KEY=VALUE]... PAGE.txt GOLD.json

FLOORS_JSON maps a page's file name to {"floors": {metric: value}, "invariants": [name, ...]}.
A floor is a minimum, or a maximum for score.py's lower-is-better metrics. The floors are a
ratchet: the engine's measured scores rounded down, raised as the engine improves. The
invariants are hard properties of the tree that hold today and must keep holding:

  no_lost_text       every non-white-space input character lands exactly once in the tree
                     (headline, series, bylines not repeated from the dateline, body, captions,
                     furniture, unassigned, dropped); datelines are excluded (reported twice)
  qr_captions        every QR line of the input (扫二维码…) is a caption of type qr, none in a body
  no_duplicate_body  no body paragraph of the tree occurs twice
  gold_drops         every block the gold drops as a duplicate is dropped
  gold_incomplete    every gold paragraph flagged incomplete_start carries the flag in the tree

Exit status: 0 pass, 1 fail, 77 when score.py is absent (ctest SKIP_RETURN_CODE).
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

SKIP = 77
LOWER_BETTER = {'caption_leak', 'dup_residue', 'spurious_articles'}
# The documented width folding (src/text/normalize.hpp): Ａ-Ｚ ａ-ｚ ０-９ become ASCII; signs
# and punctuation keep their width. (Radicals are not mapped here: the golden page has none,
# and the C++ invariants test covers them.)


def fold(c):
    o = ord(c)
    if 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A or 0xFF10 <= o <= 0xFF19:
        return chr(o - 0xFEE0)
    return c


def chars(text):
    return collections.Counter(fold(c) for c in text if not c.isspace() and c not in '\u200b\u2060\ufeff')


def tree_chars(tree):
    out = collections.Counter()
    for a in tree.get('articles', []):
        h = a.get('headline') or {}
        out += chars(h.get('kicker', '')) + chars(h.get('title', ''))
        for s in h.get('subtitles', []):
            out += chars(s)
        out += chars(a.get('series') or '')
        # A byline read from the dateline's brackets (its text lies in the dateline and its
        # sources are body sources) repeats the dateline; a standalone byline line counts.
        dateline = re.sub(r'\s', '', (a.get('dateline') or {}).get('text', ''))
        body_sources = {s for item in a.get('body', []) for s in item.get('sources', [])}
        for b in a.get('bylines', []):
            text = re.sub(r'\s', '', b.get('text', ''))
            src = b.get('sources', [])
            if not (text and text in dateline and src and set(src) <= body_sources):
                out += chars(b.get('text', ''))
        for item in a.get('body', []) + a.get('captions', []):
            out += chars(item.get('text', ''))
    for key in ('page_furniture', 'unassigned', 'dropped'):
        for item in tree.get(key, []):
            out += chars(item.get('text', ''))
    return out


def check_invariant(name, tree, page_text, gold):
    """Returns a list of failure messages."""
    bodies = [re.sub(r'\s', '', b.get('text', '')) for a in tree.get('articles', [])
              for b in a.get('body', []) if b.get('type', 'paragraph') == 'paragraph']
    if name == 'no_lost_text':
        want, got = chars(page_text), tree_chars(tree)
        if want == got:
            return []
        missing, extra = want - got, got - want
        return [f'lost {sum(missing.values())} characters ({"".join(sorted(missing))[:40]}), '
                f'extra {sum(extra.values())} ({"".join(sorted(extra))[:40]})']
    if name == 'qr_captions':
        qr_lines = re.findall(r'扫(?:描)?(?:二维码|码|一扫)', page_text)
        qr = [c for a in tree.get('articles', []) for c in a.get('captions', []) if c.get('type') == 'qr']
        errs = []
        if len(qr) != len(qr_lines):
            errs.append(f'{len(qr_lines)} QR lines in the input, {len(qr)} QR captions in the tree')
        for b in bodies:
            if re.search(r'扫(?:描)?(?:二维码|码|一扫)', b):
                errs.append(f'QR text inside a body paragraph: {b[:30]}')
        return errs
    if name == 'no_duplicate_body':
        dup = [p for p, n in collections.Counter(bodies).items() if n > 1]
        return [f'paragraph occurs {bodies.count(p)} times: {p[:30]}' for p in dup]
    if name == 'gold_drops':
        want = {s for d in gold.get('dropped', []) if d.get('reason') == 'duplicate' for s in d.get('sources', [])}
        got = {s for d in tree.get('dropped', []) if d.get('reason') == 'duplicate' for s in d.get('sources', [])}
        return [f'gold duplicate block {s} is not dropped' for s in sorted(want - got)]
    if name == 'gold_incomplete':
        def flagged(t):
            return {re.sub(r'\s', '', b.get('text', '')) for a in t.get('articles', []) for b in a.get('body', [])
                    if 'incomplete_start' in b.get('flags', [])}
        return [f'paragraph not flagged incomplete_start: {p[:30]}' for p in sorted(flagged(gold) - flagged(tree))]
    return [f'unknown invariant {name}']


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('page')
    ap.add_argument('gold')
    ap.add_argument('--cli', required=True)
    ap.add_argument('--score', required=True)
    ap.add_argument('--floors', required=True)
    ap.add_argument('--option', action='append', default=[], metavar='KEY=VALUE',
                    help="an engine option passed on to the CLI's --option (repeatable)")
    a = ap.parse_args()
    if not os.path.exists(a.score):
        print(f'skipped: no score.py at {a.score}')
        return SKIP
    with open(a.floors, encoding='utf-8') as f:
        spec = json.load(f)[os.path.basename(a.page)]
    with open(a.page, encoding='utf-8') as f:
        page_text = f.read()
    with open(a.gold, encoding='utf-8') as f:
        gold = json.load(f)

    cli_options = [arg for kv in a.option for arg in ('--option', kv)]
    proc = subprocess.run([a.cli, '--output', 'json', *cli_options, a.page], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        print(f'FAIL: banmian exited {proc.returncode}: {proc.stderr.decode(errors="replace")}')
        return 1
    tree = json.loads(proc.stdout.decode('utf-8'))  # also checks the output is UTF-8
    with tempfile.TemporaryDirectory(prefix='banmian-golden-') as tmp:
        pred = os.path.join(tmp, 'pred.json')
        with open(pred, 'wb') as f:
            f.write(proc.stdout)
        scored = subprocess.run([sys.executable, a.score, '--json', pred, a.gold],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if scored.returncode != 0:
        print(f'FAIL: score.py exited {scored.returncode}: {scored.stderr}')
        return 1
    metrics = json.loads(scored.stdout)['mean']

    failures = []
    for metric, value in sorted(metrics.items()):
        floor = spec['floors'].get(metric)
        mark = ''
        if floor is not None:
            bad = value > floor + 1e-9 if metric in LOWER_BETTER else value < floor - 1e-9
            mark = f'  {"<=" if metric in LOWER_BETTER else ">="} {floor}' + ('  REGRESSION' if bad else '')
            if bad:
                failures.append(f'{metric} {value:.4f} (floor {floor})')
        print(f'{metric:18s} {value:6.3f}{mark}')
    for metric in spec['floors']:
        if metric not in metrics:
            failures.append(f'{metric} not measured')
    for name in spec.get('invariants', []):
        errs = check_invariant(name, tree, page_text, gold)
        print(f'invariant {name}: {"ok" if not errs else "FAILED"}')
        failures += [f'{name}: {e}' for e in errs]
    if failures:
        print('FAIL:\n  ' + '\n  '.join(failures))
        return 1
    print('golden page: all floors and invariants hold')
    return 0


if __name__ == '__main__':
    sys.exit(main())
