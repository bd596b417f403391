"""The statistics page: charts drawn at build time as static SVG, each with its data as CSV beside it.

`scripts.site.browse` writes docs/stats/index.md and, per chart, <name>.svg and <name>.csv. The SVG is plain
shapes and text (no script, no external font or stylesheet), shown with <img>, so it works on a phone and
offline; every label is XML-escaped. Counts are of speeches (a speech with several themes counts once per
theme).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from scripts.site.site_corpus import UNKNOWN, Speech

WIDTH = 480  # px; scaled down on a phone, so kept narrow enough for its labels to stay legible
ROW = 26  # height of one bar or heat-map row
LABEL = 150  # width of the label column
FONT = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif"
BAR = "#e53935"
INK = "#333333"
MAX_LABEL_CHARS = 10
TOP_SPEAKERS = 20


@dataclass
class Chart:
    name: str  # file stem: <name>.svg, <name>.csv
    title: str
    note: str
    svg: str
    csv: str


def xml(text: object) -> str:
    return escape(str(text), quote=True)


def short(label: str) -> str:
    return label if len(label) <= MAX_LABEL_CHARS else label[: MAX_LABEL_CHARS - 1] + "…"


def svg_document(title: str, height: int, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
            f'height="{height}" role="img" font-family="{xml(FONT)}" font-size="13">\n'
            f"<title>{xml(title)}</title>\n" + "\n".join(body) + "\n</svg>\n")


def bar_chart(title: str, rows: list[tuple[str, int]]) -> str:
    """Horizontal bars, one row per (label, count), in the given order."""
    top = max((count for _, count in rows), default=0) or 1
    span = WIDTH - LABEL - 50
    body = []
    for number, (label, count) in enumerate(rows):
        y = number * ROW
        length = round(span * count / top, 1)
        body.append(f'<text x="{LABEL - 8}" y="{y + 17}" text-anchor="end" fill="{INK}">{xml(short(label))}'
                    f"<title>{xml(label)}</title></text>")
        body.append(f'<rect x="{LABEL}" y="{y + 5}" width="{length}" height="{ROW - 9}" fill="{BAR}"/>')
        body.append(f'<text x="{LABEL + length + 6}" y="{y + 17}" fill="{INK}">{count}</text>')
    return svg_document(title, max(len(rows), 1) * ROW + 6, body)


def heat_map(title: str, rows: list[str], columns: list[str], counts: Counter[tuple[str, str]]) -> str:
    """A grid: rows x columns, each cell shaded by its count (the count written in it)."""
    cell = min(48, (WIDTH - LABEL) // max(len(columns), 1))
    top = max(counts.values(), default=0) or 1
    body = [f'<text x="{LABEL + i * cell + cell / 2}" y="16" text-anchor="middle" fill="{INK}">{xml(column)}</text>'
            for i, column in enumerate(columns)]
    for number, row in enumerate(rows):
        y = 24 + number * ROW
        body.append(f'<text x="{LABEL - 8}" y="{y + 17}" text-anchor="end" fill="{INK}">{xml(short(row))}</text>')
        for i, column in enumerate(columns):
            count = counts[(row, column)]
            shade = round(0.08 + 0.92 * count / top, 2) if count else 0.03
            x = LABEL + i * cell
            body.append(f'<rect x="{x + 1}" y="{y + 2}" width="{cell - 2}" height="{ROW - 4}" fill="{BAR}" '
                        f'fill-opacity="{shade}"/>')
            if count:
                colour = "#ffffff" if shade > 0.55 else INK
                body.append(f'<text x="{x + cell / 2}" y="{y + 17}" text-anchor="middle" fill="{colour}">{count}'
                            "</text>")
    return svg_document(title, 24 + max(len(rows), 1) * ROW + 6, body)


def table_csv(header: list[str], rows: list[list[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return "\ufeff" + out.getvalue()  # BOM: Excel opens UTF-8 Chinese correctly


def counted(speeches: list[Speech], key: Callable[[Speech], str | None]) -> list[tuple[str, int]]:
    """(label, count) most first, ties by label; speeches without a value under 未注明, last."""
    counts = Counter(key(s) or UNKNOWN for s in speeches)
    return sorted(counts.items(), key=lambda item: (item[0] == UNKNOWN, -item[1], item[0]))


def per_year(speeches: list[Speech]) -> Chart:
    rows = sorted(counted(speeches, lambda s: str(s.year) if s.year else None),
                  key=lambda item: (item[0] == UNKNOWN, item[0]))
    title = "每年的讲话数"
    return Chart("per-year", title, "按讲话年份（日期不详的按场合名称或发布年份，见年份页）。",
                 bar_chart(title, rows), table_csv(["year", "speeches"], [list(r) for r in rows]))


def per_theme_and_year(speeches: list[Speech], themes: list[str]) -> Chart:
    years = sorted({str(s.year) for s in speeches if s.year})
    counts: Counter[tuple[str, str]] = Counter((tag, str(s.year)) for s in speeches if s.year for tag in s.tags)
    shown = [theme for theme in themes if any(counts[(theme, year)] for year in years)]
    title = "各主题逐年的讲话数"
    rows = [[theme, *(counts[(theme, year)] for year in years)] for theme in shown]
    return Chart("per-theme-year", title, "颜色越深，当年讲这个主题的讲话越多；未注明年份的讲话不计。",
                 heat_map(title, shown, years, counts), table_csv(["theme", *years], rows))


def per_region(speeches: list[Speech], province_of: Callable[[str], str]) -> Chart:
    rows = counted(speeches, lambda s: province_of(s.region) if s.region else None)
    title = "各省（区、市）的讲话数"
    return Chart("per-region", title, "按讲话所在的省级行政区；城市见地区页。",
                 bar_chart(title, rows), table_csv(["province", "speeches"], [list(r) for r in rows]))


def per_speaker(speeches: list[Speech]) -> Chart:
    rows = [row for row in counted(speeches, lambda s: s.speaker) if row[0] != UNKNOWN][:TOP_SPEAKERS]
    title = f"讲话最多的 {TOP_SPEAKERS} 位讲话人"
    return Chart("per-speaker", title, "来源隐去姓名的讲话不计。",
                 bar_chart(title, rows), table_csv(["speaker", "speeches"], [list(r) for r in rows]))


def charts(speeches: list[Speech], themes: list[str], province_of: Callable[[str], str]) -> list[Chart]:
    return [per_year(speeches), per_theme_and_year(speeches, themes), per_region(speeches, province_of),
            per_speaker(speeches)]


def stats_page_body(found: list[Chart], count: int, md_escape: Callable[[str], str]) -> str:
    """The page: every chart as an image with its title, note and a link to its CSV."""
    parts = [f"全部 {count} 篇讲话的统计，随网站一同生成。图表是静态 SVG 图片，每张图的数据另有 CSV 文件"
             "（UTF-8，带 BOM），可直接用 Excel 或其他工具打开。"]
    for chart in found:
        parts.append(f"## {md_escape(chart.title)}\n\n{md_escape(chart.note)}\n\n"
                     f"![{md_escape(chart.title)}]({chart.name}.svg){{ .archive-chart }}\n\n"
                     f"数据：[{chart.name}.csv]({chart.name}.csv)")
    return "\n\n".join(parts) + "\n"
