"""A brief made from someone else's study carries no script and no link but http, https and mailto."""

from __future__ import annotations

import re
import zlib
from html.parser import HTMLParser

import pytest

from models.engine.compiled import compile_study
from ui.compare.report import brief_html, write_html, write_pdf

HOSTILE_COLOUR = '#00ff00"><script>alert(1)</script>'
NARRATIVE = (
    "Read [the plan](https://example.org/plan) or [mail us](mailto:team@example.org). "
    "Then [click](javascript:alert(1)), [this](data:text/html;base64,PHNjcmlwdD4=), [that](file:///etc/passwd), "
    "[spaced]( javascript:alert(2)) and [cased](JaVaScRiPt:alert(3)).\n\n"
    "<script>alert(4)</script> <a href=\"javascript:alert(5)\">raw</a> <img src=x onerror=alert(6)>\n\n"
    "![secret](file:///home/user/secret.png)"
)


class Tags(HTMLParser):
    """Collect every tag and attribute of an HTML document."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


def hostile_brief(study) -> str:
    study.scenarios[1].color = HOSTILE_COLOUR  # as an older version could have stored it
    study.scenarios[1].narrative = NARRATIVE
    study.description = NARRATIVE
    ids = [s.id for s in study.scenarios]
    projection = compile_study(study).run(study, ids)
    document, images = brief_html(study, projection, ids, ids[0], ["revenue"], [2030.0])
    return document, images


def test_the_html_brief_has_no_script_and_only_safe_links(qtbot, study, tmp_path):
    document, images = hostile_brief(study)
    write_html(document, images, tmp_path / "brief.html")
    written = (tmp_path / "brief.html").read_text(encoding="utf-8")
    parser = Tags()
    parser.feed(written)
    tags = parser.tags
    assert not [t for t, _ in tags if t in ("script", "iframe", "object", "embed")]
    assert not [(t, k) for t, attrs in tags for k in attrs if k.startswith("on")]
    hrefs = [attrs["href"] for t, attrs in tags if t == "a" and "href" in attrs]
    assert hrefs == ["https://example.org/plan", "mailto:team@example.org"] * 2  # description and narrative
    sources = [attrs["src"] for t, attrs in tags if t == "img"]
    assert sources and all(s.startswith("data:image/png;base64,") for s in sources)  # the charts, nothing else
    styles = [attrs["style"] for _, attrs in tags if "style" in attrs]
    assert not [s for s in styles if "<" in s or '"' in s or "script" in s]
    # The words are still there for the reader, as text.
    assert "click" in written and "[image: secret]" in written and "&lt;script&gt;alert(4)" in written


def test_the_html_brief_forbids_script_by_its_content_security_policy(qtbot, study, tmp_path):
    document, _images = hostile_brief(study)
    parser = Tags()
    parser.feed(document)
    [policy] = [a["content"] for t, a in parser.tags if t == "meta" and a.get("http-equiv", "").lower() == "content-security-policy"]
    rules = dict(rule.strip().split(" ", 1) for rule in policy.split(";"))
    assert rules["default-src"] == "'none'" and "script-src" not in rules  # script falls back to 'none'
    assert rules["img-src"] == "data:"


def _pdf_uris(pdf: bytes) -> list[bytes]:
    """Return every /URI target in a PDF, looking inside compressed streams too."""
    chunks = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.DOTALL):
        try:
            chunks.append(zlib.decompress(match.group(1)))
        except zlib.error:
            pass
    return [uri for chunk in chunks for uri in re.findall(rb"/URI\s*\((.*?)\)", chunk)]


def test_the_pdf_brief_links_only_to_http_https_and_mailto(qtbot, study, tmp_path):
    document, images = hostile_brief(study)
    write_pdf(document, images, tmp_path / "brief.pdf")
    pdf = (tmp_path / "brief.pdf").read_bytes()
    uris = _pdf_uris(pdf)
    assert b"https://example.org/plan" in uris and b"mailto:team@example.org" in uris  # links are found: the check can fail
    assert not [u for u in uris if not re.match(rb"(https?://|mailto:)", u)]
    assert b"javascript" not in pdf.lower() and b"secret.png" not in pdf


def test_a_pdf_brief_that_cannot_be_written_says_so_and_leaves_nothing(qtbot, study, tmp_path):
    document, images = hostile_brief(study)
    with pytest.raises(OSError):
        write_pdf(document, images, tmp_path / "no such folder" / "brief.pdf")
    assert not (tmp_path / "no such folder").exists()
