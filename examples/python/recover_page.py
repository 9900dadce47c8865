#!/usr/bin/env python3
"""Recovers the articles of a newspaper page with the banmian Python package.

    PYTHONPATH=python python3 examples/python/recover_page.py examples/pages/changsha-evening-news-page.txt

The package finds libbanmian.so beside itself, through BANMIAN_LIBRARY, or
in a build*/ directory of the source tree.
"""
import sys

import banmian


def main(argv):
    if len(argv) != 2:
        print(f"usage: {argv[0]} PAGE", file=sys.stderr)
        return 2
    with open(argv[1], "rb") as f:
        content = f.read()
    try:
        tree = banmian.recover(content, input_format="auto")
    except banmian.Error as e:
        print(f"{argv[1]}: {e} (code {e.code})", file=sys.stderr)
        return 1
    for article in tree["articles"]:
        headline = article["headline"]
        paragraphs = [item for item in article["body"] if item["type"] == "paragraph"]
        print(f"{article['id']:3}  {headline['title']}  ({len(paragraphs)} paragraphs)")
    print(f"{len(tree['articles'])} articles, {len(tree['dropped'])} dropped, "
          f"{len(tree['repairs'])} repairs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
