"""Tests of the ctypes package: results, bad input, options and threads."""
import concurrent.futures
import json
import pathlib

import pytest

import banmian

ROOT = pathlib.Path(__file__).resolve().parents[2]
PAGE = ROOT / "examples" / "pages" / "changsha-evening-news-page.txt"

SMALL_PAGE = """长沙晚报 2025年5月14日 星期三

联盟牵线，星球石墨在长建研发中心

长沙晚报全媒体记者 徐运源

朱爱平介绍，电池联盟成立之初的2014年，长沙的锂电产业仅有正极材料企业杉杉能

源、长远锂科，以及负极材料企业星城石墨等少数几家企业，隔膜、电解液等领域企业则是空白。
"""


def all_text(tree):
    """Returns every text of the tree, in no particular order, joined."""
    parts = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("text", "title", "kicker") and isinstance(value, str):
                    parts.append(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                if isinstance(item, str):
                    parts.append(item)
                else:
                    walk(item)

    walk(tree)
    return "\n".join(parts)


def test_version_matches_the_header():
    header = (ROOT / "include" / "banmian" / "version.h").read_text()
    assert f'"{banmian.version()}"' in header


def test_recover_small_page():
    tree = banmian.recover(SMALL_PAGE)
    assert tree["format"] == "banmian.article-tree"
    assert tree["version"] == 1
    assert tree["source"]["input_format"] == "text"
    assert tree["source"]["blocks"] == 5
    assert tree["articles"], "a headline, a byline and a body make an article"
    # Nothing is lost (whether the cut 杉杉能|源 is joined is the engine's
    # business, tested with the engine).
    text = all_text(tree)
    for piece in ("联盟牵线", "徐运源", "杉杉能", "长远锂科", "领域企业则是空白"):
        assert piece in text


def test_recover_accepts_bytes_and_str_alike():
    assert banmian.recover(SMALL_PAGE.encode("utf-8")) == banmian.recover(SMALL_PAGE)


def test_recover_example_page():
    tree = banmian.recover(PAGE.read_bytes(), input_format="auto")
    assert len(tree["articles"]) >= 2
    json.dumps(tree, ensure_ascii=False)  # plain JSON types only


def test_empty_input_is_an_empty_tree():
    for empty in ("", b""):
        tree = banmian.recover(empty)
        assert tree["format"] == "banmian.article-tree"
        assert tree["articles"] == []
        assert tree["source"]["blocks"] == 0


def test_invalid_utf8_names_the_byte_offset():
    data = "标题\n\n正文".encode("utf-8") + b"\xff" + "结束".encode("utf-8")
    offset = len("标题\n\n正文".encode("utf-8"))  # 14
    with pytest.raises(banmian.Error) as caught:
        banmian.recover(data)
    assert caught.value.code == banmian.INVALID_INPUT
    assert caught.value.code_name == "invalid_input"
    assert str(offset) in caught.value.message


def test_lone_surrogate_in_str_is_invalid_input():
    with pytest.raises(banmian.Error) as caught:
        banmian.recover("正文\udc80")
    assert caught.value.code == banmian.INVALID_INPUT


def test_malformed_blocks_json_is_an_error():
    with pytest.raises(banmian.Error) as caught:
        banmian.recover('{"blocks": [{"text": "正文"', input_format="blocks-json")
    assert caught.value.code == banmian.INVALID_INPUT
    assert caught.value.message


def test_blocks_json_input():
    page = {"page": {"width": 600, "height": 800},
            "blocks": [{"text": "联盟牵线，星球石墨在长建研发中心", "bbox": [50, 40, 550, 80],
                        "font_size": 24},
                       {"text": "推动科技创新和产业创新深度融合。", "bbox": [50, 100, 550, 140],
                        "font_size": 10}]}
    tree = banmian.recover(json.dumps(page, ensure_ascii=False), input_format="blocks-json")
    assert tree["source"]["input_format"] == "blocks-json"
    assert tree["source"]["blocks"] == 2
    assert "推动科技创新和产业创新深度融合" in all_text(tree)


def test_too_large_input():
    with pytest.raises(banmian.Error) as caught:
        banmian.recover("这一段正文超过了十个字节。", max_input_bytes=10)
    assert caught.value.code == banmian.TOO_LARGE


def test_unknown_option_is_an_error():
    with pytest.raises(banmian.Error) as caught:
        banmian.Engine(no_such_option=True)
    assert caught.value.code == banmian.INVALID_OPTIONS


def test_unknown_input_format_is_an_error():
    with pytest.raises(banmian.Error) as caught:
        banmian.recover(SMALL_PAGE, input_format="docx")
    assert "docx" in caught.value.message


def test_wrong_type_is_a_type_error():
    with pytest.raises(TypeError):
        banmian.recover(42)


def test_engine_reuse_from_several_threads():
    engine = banmian.Engine(max_input_bytes=1 << 20)
    page = PAGE.read_text(encoding="utf-8")
    expected = engine.recover(page)
    bad = b"\xe4\xb8"  # a cut character: fails on its own thread only

    def work(i):
        if i % 4 == 3:
            with pytest.raises(banmian.Error) as caught:
                engine.recover(bad)
            assert "0" in caught.value.message
            return None
        return engine.recover(page if i % 2 == 0 else SMALL_PAGE)

    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(work, range(16)))
    for i, result in enumerate(results):
        if i % 4 == 3:
            assert result is None
        elif i % 2 == 0:
            assert result == expected
        else:
            assert "长远锂科" in all_text(result)
    engine.close()
    engine.close()  # closing twice is harmless
