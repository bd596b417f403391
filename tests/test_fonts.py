"""Chinese text renders with real glyphs, not as tofu (the boxes drawn when no installed font has them).

Every other browser test passes on a machine without a CJK font; these fail there. A character is tofu when
the canvas draws it, in the page's own font stack, pixel for pixel like an unassigned code point (which no
font has, so it is drawn as the missing-glyph box), or when its advance is not the 1 em that every CJK font
gives an ideograph.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from scripts.measure import browser as chromium_browser
from scripts.site.site_corpus import Speech

pytestmark = pytest.mark.browser
HAN = re.compile(r"[\u4e00-\u9fff]")
UNASSIGNED = "\u0378"  # no font has a glyph for it: drawn as the missing-glyph box

# For each character: does the canvas draw it like UNASSIGNED, and what is its advance in em?
GLYPH_REPORT = """([family, chars, unassigned]) => {
  const size = 48;
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 2 * size;
  const context = canvas.getContext("2d", {willReadFrequently: true});
  const draw = (text) => {
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.font = `${size}px ${family}`;
    context.textBaseline = "top";
    context.fillText(text, size / 4, size / 4);
    return context.getImageData(0, 0, canvas.width, canvas.height).data.join(",");
  };
  const box = draw(unassigned);
  return chars.map((char) => ({
    char,
    tofu: draw(char) === box,
    em: context.measureText(char).width / size,
  }));
}"""


def tofu_characters(page: Page, selector: str) -> list[str]:
    """The Han characters of the element's text that render as missing glyphs in the element's font stack."""
    element = page.locator(selector).first
    family = element.evaluate("element => getComputedStyle(element).fontFamily")
    chars = sorted(set(HAN.findall(element.inner_text())))[:40]
    assert chars, f"{selector} holds no Chinese text to check"
    page.evaluate("document.fonts.ready")
    report = page.evaluate(GLYPH_REPORT, [family, chars, UNASSIGNED])
    return [_describe(r) for r in report if r["tofu"] or abs(r["em"] - 1) > 0.01]


def _describe(glyph: dict[str, object]) -> str:
    how = "the missing-glyph box" if glyph["tofu"] else f"{glyph['em']:.2f} em wide, not 1"
    return f"{glyph['char']} ({how})"


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("selector", ["article h1", "article p", ".md-header__topic", ".md-tabs__link"])
def test_chinese_text_renders_with_real_glyphs(page: Page, base_url: str, seed: dict[str, Speech],
                                               selector: str) -> None:
    page.goto(base_url + seed["000"].url)
    missing = tofu_characters(page, selector)
    assert not missing, (
        f"{selector}: Chinese characters render as tofu: {', '.join(missing[:8])}. "
        "No CJK font is installed: Debian/Ubuntu `sudo apt-get install fonts-noto-cjk`, Fedora"
        " `sudo dnf install google-noto-sans-cjk-fonts` (macOS and Windows ship one)."
    )


NO_CJK_FONTS = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{dir}</dir><cachedir>{cache}</cachedir></fontconfig>
"""


if sys.platform.startswith("linux"):  # only where Chromium finds its fonts through fontconfig

    def test_tofu_is_detected_when_no_cjk_font_is_available(browser: Browser, base_url: str,
                                                            seed: dict[str, Speech], tmp_path: Path) -> None:
        """The check above is not vacuous: with fontconfig shown only a Latin font, it finds tofu."""
        latin = tmp_path / "fonts"
        latin.mkdir()
        (latin / "Latin.ttf").symlink_to(_latin_font())
        config = tmp_path / "fonts.conf"
        config.write_text(NO_CJK_FONTS.format(dir=latin, cache=tmp_path / "cache"), encoding="utf-8")
        without_cjk = browser.browser_type.launch(executable_path=chromium_browser.find_chromium(),
                                                  args=chromium_browser.ARGS, env={"FONTCONFIG_FILE": str(config)})
        try:
            page = without_cjk.new_page()
            page.goto(base_url + seed["000"].url)
            missing = tofu_characters(page, "article h1")
        finally:
            without_cjk.close()
        assert len(missing) == len(set(HAN.findall(seed["000"].title))), missing


def _latin_font() -> Path:
    """A font file without Chinese glyphs from the system's usual places."""
    for name in ("DejaVuSans.ttf", "LiberationSans-Regular.ttf"):
        found = sorted(Path("/usr/share/fonts").rglob(name))
        if found:
            return found[0]
    pytest.fail("no DejaVu Sans or Liberation Sans under /usr/share/fonts for the tofu control test")
