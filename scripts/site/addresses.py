"""Published addresses: a speech's URL, once published, keeps working.

docs/addresses.txt (committed) lists every address of a speech page the archive has ever published, one a
line: a live page (`speeches/000-290bc3203928de73/`) or an address that moved, with where it went
(`speeches/2021/000-290bc3203928de73/ -> speeches/000-290bc3203928de73/`). `make ingest` only ever adds:
each page it writes is recorded, and a page that moved (same name, other folder) is turned into a redirect.
`scripts.site.build_site` writes a small HTML redirect page at every moved address, and `make check` fails when
a recorded address is neither a page nor redirected to one (so a citation can never silently break).
"""

from __future__ import annotations

import html
import posixpath
from dataclasses import dataclass
from pathlib import Path

ADDRESSES_FILE = "addresses.txt"  # under docs/: published with the site, so readers can see the list too
ARROW = " -> "
HEADER = """\
# Every speech address the archive has published. `make ingest` adds lines and turns a moved page's
# address into a redirect ("old -> new"); never delete a line: `make check` fails when an address
# is neither a page nor redirected to one. scripts/site/build_site.py writes the redirect pages.
"""


@dataclass
class Addresses:
    """Published addresses: live ones (in order of first publication) and moved ones with their target."""

    live: list[str]
    moved: dict[str, str]

    @property
    def all(self) -> set[str]:
        return set(self.live) | set(self.moved)


def page_address(relative_page: str) -> str:
    """`speeches/x.md` (path under docs/) -> `speeches/x/` (its URL; MkDocs directory URLs)."""
    return relative_page.removesuffix(".md") + "/"


def parse(text: str, name: str = ADDRESSES_FILE) -> Addresses:
    """The list from the file's text; ValueError naming the line for one that is not an address."""
    live: list[str] = []
    moved: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        old, _, new = (part.strip() for part in line.partition(ARROW.strip()))
        for address in filter(None, (old, new)):
            if not address.endswith("/") or address.startswith("/") or ".." in address.split("/"):
                raise ValueError(f"{name}:{number}: '{address}' is not a site-relative address ending in '/'")
        if new:
            moved[old] = new
        elif old not in live:
            live.append(old)
    return Addresses([a for a in live if a not in moved], moved)


def load(docs_dir: Path) -> Addresses:
    path = docs_dir / ADDRESSES_FILE
    return parse(path.read_text(encoding="utf-8"), str(path)) if path.exists() else Addresses([], {})


def render(addresses: Addresses) -> str:
    lines = [*addresses.live, *(f"{old}{ARROW}{new}" for old, new in sorted(addresses.moved.items()))]
    return HEADER + "\n".join(lines) + "\n"


def record(addresses: Addresses, pages: list[str]) -> Addresses:
    """The list after publishing `pages` (paths under docs/): new pages are added; a listed address that is
    no longer a page but whose page name now lives elsewhere becomes a redirect to it."""
    current = [page_address(p) for p in pages]
    by_name = {posixpath.basename(a.rstrip("/")): a for a in current}
    live, moved = [], dict(addresses.moved)
    for address in addresses.live:
        target = by_name.get(posixpath.basename(address.rstrip("/")))
        if address in current or target is None:
            live.append(address)
        else:
            moved[address] = target
    live += [a for a in current if a not in live and a not in moved]
    return Addresses(live, {old: new for old, new in moved.items() if old not in current})


def resolve(address: str, addresses: Addresses) -> str:
    """Where a moved address leads in the end (following old -> newer -> newest); ValueError on a loop."""
    seen = [address]
    while address in addresses.moved:
        address = addresses.moved[address]
        if address in seen:
            raise ValueError(f"redirect loop: {' -> '.join([*seen, address])}")
        seen.append(address)
    return address


def problems(addresses: Addresses, pages: list[str], name: str = f"docs/{ADDRESSES_FILE}") -> list[str]:
    """Why the published addresses do not all lead to a page (empty when they do)."""
    current = {page_address(p) for p in pages}
    found = []
    for address in addresses.live:
        if address not in current:
            found.append(f"{name}: {address} was published but is no longer a page and has no redirect; add "
                         f"'{address}{ARROW}<its new address>' (or restore the page)")
    for old in sorted(addresses.moved):
        try:
            target = resolve(old, addresses)
        except ValueError as error:
            found.append(f"{name}: {error}")
            continue
        if old in current:
            found.append(f"{name}: {old} is a page and also redirected to {addresses.moved[old]}; remove one")
        elif target not in current:
            found.append(f"{name}: {old} redirects to {target}, which is not a page")
    found += [f"docs/{page}: its address {page_address(page)} is not recorded in {name}; run `make ingest`"
              for page in sorted(pages) if page_address(page) not in addresses.all]
    return found


def redirect_page(old: str, new: str, site_url: str) -> str:
    """A static page at `old` that sends the reader (and search engines, via canonical) to `new`."""
    relative = posixpath.relpath(new, old.rstrip("/")) + "/"
    href = html.escape(relative, quote=True)
    canonical = html.escape(site_url.rstrip("/") + "/" + new, quote=True)
    return f"""<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>此页已迁移</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{canonical}">
<meta http-equiv="refresh" content="0; url={href}">
</head>
<body>
<p>此页已迁移到 <a href="{href}">{html.escape(new)}</a>（本档案的地址一经发布就一直有效）。</p>
</body>
</html>
"""


def write_redirects(site_dir: Path, addresses: Addresses, site_url: str) -> int:
    """Write the redirect page of every moved address into the built site; returns how many."""
    count = 0
    for old in sorted(addresses.moved):
        target = site_dir / old / "index.html"
        if target.exists():
            continue  # the address is a page again; make check reports the contradiction
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(redirect_page(old, resolve(old, addresses), site_url), encoding="utf-8")
        count += 1
    return count
