import json

import pytest

from claimx.read import InputError, Source, decode, discover, read_source


def write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return Source(p, name)


TEXT = "“我们不会让步，”阿贝诺夫先生说。Москва заявила, что «переговоры продолжатся»."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_unicode_encodings_round_trip(encoding):
    text, enc, warnings = decode(TEXT.encode(encoding))
    assert text == TEXT and not warnings


def test_gb18030_and_windows_1251_detected():
    zh = "哈萨克斯坦总统表示，两国关系良好，双方将继续在能源、交通和农业领域开展合作。" * 3
    text, enc, _ = decode(zh.encode("gb18030"))
    assert text == zh and enc in ("gb18030", "gb2312", "gbk")
    ru = "Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе в Астане." * 3
    text, enc, _ = decode(ru.encode("cp1251"))
    assert text == ru and enc in ("cp1251", "windows-1251")


def test_invalid_utf8_bytes_replaced_and_reported():
    data = ("A long English sentence that is valid. " * 20).encode() + b"\xff\xfe bad" + b" more text."
    text, enc, warnings = decode(data)
    assert enc == "utf-8" and "\ufffd" in text and "invalid UTF-8" in warnings[0]


def test_binary_refused():
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n" + bytes(200))


def test_metadata_line(tmp_path):
    meta = {"title": "T", "authors": "N. Kassenova", "doi": "10.1/x", "publicationDate": "2023-04-01",
            "abstract": "Body “quoted” text."}
    src = write(tmp_path, "a.txt", (json.dumps(meta) + "\nBody “quoted” text.\n").encode())
    [doc] = list(read_source(src))
    assert doc.meta == {"title": "T", "authors": "N. Kassenova", "doi": "10.1/x", "date": "2023-04-01"}
    assert doc.text[doc.body_start:].startswith("Body")


def test_jsonl_keeps_good_lines_and_reports_bad(tmp_path):
    src = write(tmp_path, "r.jsonl", b'{"text": "one"}\n{broken\n{"title": "no text"}\n{"body": "two"}\n')
    docs = list(read_source(src))            # records are streamed
    assert [d.doc for d in docs] == ["r.jsonl#1", "r.jsonl#4"] and [d.text for d in docs] == ["one", "two"]
    assert docs[0].warnings[0].startswith("line 2: malformed JSON")
    assert docs[0].warnings[1].startswith("line 3: no text field")


def test_discover_sorted_hidden_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ["b/z.txt", "a.md", ".hidden.txt", "b/.x.txt", "img.png"]:
        (tmp_path / name).write_text("x")
    srcs, problems = discover([str(tmp_path)])
    assert [s.doc for s in srcs] == ["a.md", "b/z.txt"] and problems == []
