#!/usr/bin/env python3
"""The explain view in a real browser: renders `banmian --output html` of one page with
headless Chromium and checks what a person would see.

Usage: check_html.py --cli BANMIAN --out DIR [--chromium PATH] [--geometry] PAGE

For PAGE, the test
  - writes DIR/NAME.html (`--output html`) and counts the articles of the JSON tree;
  - renders it to DIR/NAME.png (1400x2000) and checks the PNG is not blank: many pixels not
    white and a good number of distinct colours (the PNG is decoded with zlib, no imaging
    library needed);
  - dumps the DOM (`--dump-dom`) and checks it: one distinct article colour (the --h hue of
    an .art-N rule) per article of the tree, each used in the DOM (legend, tree); no
    http:// or https:// in any src or href, no <script>, <link>, <iframe>, <img> or CSS url();
    with --geometry the page is drawn (a .pageview with one box per block with a bbox).
Exit 0 on success, 1 on a failed check, 77 (skipped) when Chromium is absent.
"""
import argparse
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from html.parser import HTMLParser

SKIP = 77
WINDOW = (1400, 2000)


def find_chromium(explicit):
    if explicit:
        return explicit if os.path.exists(explicit) else None
    for name in ('chromium', 'chromium-browser', 'google-chrome'):
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium(binary, args, timeout=120):
    """Runs headless Chromium with a fresh profile and nothing that talks to the network."""
    with tempfile.TemporaryDirectory(prefix='banmian-chromium-') as profile:
        cmd = [binary, '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
               '--disable-background-networking', '--disable-component-update', '--disable-sync',
               '--disable-dev-shm-usage', f'--user-data-dir={profile}'] + args
        return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)


def decode_png(path):
    """Returns (width, height, channels, rows) of an 8-bit non-interlaced PNG."""
    data = open(path, 'rb').read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('not a PNG')
    pos, idat, header = 8, [], None
    while pos < len(data):
        (n,) = struct.unpack('>I', data[pos:pos + 4])
        kind, chunk = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]
        if kind == b'IHDR':
            header = struct.unpack('>IIBBBBB', chunk)
        elif kind == b'IDAT':
            idat.append(chunk)
        pos += 12 + n
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or interlace:
        raise ValueError(f'unsupported PNG: depth {depth}, interlace {interlace}')
    bpp = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
    raw = zlib.decompress(b''.join(idat))
    stride = width * bpp
    prev, rows = bytearray(stride), []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                c = prev[i - bpp] if i >= bpp else 0
                b = prev[i]
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def pixel_stats(path):
    """Returns (share of pixels not near-white, number of distinct colours)."""
    width, height, bpp, rows = decode_png(path)
    colours, ink = set(), 0
    for row in rows:
        for x in range(0, width * bpp, bpp):
            px = row[x:x + min(bpp, 3)]
            colours.add(px)
            if min(px) < 235:
                ink += 1
    return ink / (width * height), len(colours)


class Dom(HTMLParser):
    """Collects what the checks need from the dumped DOM."""

    def __init__(self):
        super().__init__()
        self.tags, self.links, self.styles, self.ids = [], [], [], []
        self.classes = []  # (tag, set of classes) of every element
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        self.classes.append((tag, set((attrs.get('class') or '').split())))
        for key in ('src', 'href', 'xlink:href', 'srcset', 'action', 'poster', 'data'):
            if attrs.get(key):
                self.links.append(attrs[key])
        if attrs.get('style'):
            self.styles.append(attrs['style'])
        if attrs.get('id'):
            self.ids.append(attrs['id'])
        self._in_style = tag == 'style'

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('page')
    ap.add_argument('--cli', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--chromium')
    ap.add_argument('--geometry', action='store_true', help='the page has a bbox per block')
    a = ap.parse_args()
    browser = find_chromium(a.chromium)
    if not browser:
        print('skipped: no chromium (scripts/bootstrap installs it)')
        return SKIP
    if not os.path.exists(a.page):
        print(f'skipped: no page at {a.page}')
        return SKIP
    os.makedirs(a.out, exist_ok=True)
    failures = []

    def check(ok, what):
        print(('ok   ' if ok else 'FAIL ') + what)
        if not ok:
            failures.append(what)

    name = os.path.basename(a.page)
    stem = name.replace('.', '-')
    html_path = os.path.abspath(os.path.join(a.out, stem + '.html'))
    png_path = os.path.abspath(os.path.join(a.out, stem + '.png'))
    html = subprocess.run([a.cli, '--output', 'html', a.page], check=True, stdout=subprocess.PIPE).stdout
    with open(html_path, 'wb') as f:
        f.write(html)
    tree = json.loads(subprocess.run([a.cli, '--output', 'json', a.page], check=True,
                                     stdout=subprocess.PIPE).stdout)
    articles = [art['id'] for art in tree['articles']]
    print(f'{name}: {len(articles)} articles, {len(html)} bytes of HTML -> {html_path}')

    # Rendered: a screenshot with ink and colour.
    if os.path.exists(png_path):
        os.remove(png_path)
    shot = chromium(browser, [f'--screenshot={png_path}', f'--window-size={WINDOW[0]},{WINDOW[1]}',
                              'file://' + html_path])
    check(shot.returncode == 0 and os.path.exists(png_path),
          f'chromium rendered {png_path} (exit {shot.returncode})')
    if os.path.exists(png_path):
        ink, colours = pixel_stats(png_path)
        print(f'     {ink:.1%} of the pixels not white, {colours} distinct colours')
        check(ink > 0.10, 'the screenshot is not blank (more than 10 % of the pixels not white)')
        check(colours >= max(16, len(articles)), 'the screenshot has many colours')

    # The DOM Chromium built: article colours, no network resources.
    dump = chromium(browser, ['--dump-dom', 'file://' + html_path])
    check(dump.returncode == 0 and b'</html>' in dump.stdout, 'chromium dumped the DOM')
    dom = Dom()
    dom.feed(dump.stdout.decode('utf-8', 'replace'))
    css = '\n'.join(dom.styles)
    hues = {int(m.group(1)): m.group(2) for m in re.finditer(r'\.art-(\d+)\{--h:(\d+)\}', css)}
    check(sorted(hues) == sorted(articles), f'one colour rule per article ({len(hues)} for {len(articles)})')
    check(len(set(hues.values())) == len(articles),
          f'{len(set(hues.values()))} distinct article colours for {len(articles)} articles')
    legend = {c for tag, cls in dom.classes if 'art' in cls for c in cls if c.startswith('art-')}
    blocks = {c for tag, cls in dom.classes if 'blk' in cls and 'art' in cls for c in cls if c.startswith('art-')}
    want = {f'art-{i}' for i in articles}
    check(want <= legend, 'every article colour is in the DOM')
    # An article whose every block another article named first has no block of its own
    # colour: worth seeing, not a rendering failure.
    print(f'note {len(blocks & want)} of {len(want)} article colours colour some input block'
          + ('' if blocks >= want else f' (none for {sorted(want - blocks)})'))
    remote = [link for link in dom.links if re.match(r'\s*(https?:)?//', link, re.I)]
    check(not remote, 'no network resources in src/href' + (f': {remote[:3]}' if remote else ''))
    check(not re.search(r'url\(\s*[\'"]?\s*(https?:)?//', css, re.I), 'no network resources in CSS')
    embedded = sorted({t for t in dom.tags if t in ('script', 'link', 'iframe', 'img', 'object', 'embed')})
    check(not embedded, 'no scripts or embedded resources' + (f': {embedded}' if embedded else ''))
    boxes = sum(1 for tag, cls in dom.classes if 'box' in cls)
    pageviews = sum(1 for tag, cls in dom.classes if 'pageview' in cls)
    if a.geometry:
        with_bbox = boxes_expected(a.page)
        check(pageviews == 1 and boxes == with_bbox,
              f'the page is drawn at scale ({boxes} boxes for {with_bbox} blocks with a bbox)')
    else:
        check(pageviews == 0, 'no page view without geometry')
        inputs = sum(1 for i in dom.ids if i.startswith('block-'))
        check(inputs == tree['source'].get('blocks', 0) > 0,
              f'the input blocks are listed ({inputs} for {tree["source"].get("blocks")})')

    if failures:
        print(f'{len(failures)} check(s) failed; see {html_path} and {png_path}')
        return 1
    print(f'all checks passed; the screenshot is {png_path}')
    return 0


def boxes_expected(page):
    """Returns the number of blocks with a bbox in a blocks-json page."""
    with open(page, encoding='utf-8') as f:
        data = json.load(f)
    return sum(1 for b in data['blocks'] if b.get('bbox'))


if __name__ == '__main__':
    sys.exit(main())
