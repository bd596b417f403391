/*
 * The search page (/search/): query, filters with counts, sort, pages of 20, everything in the URL.
 *
 * - The query goes to an instance of the archive's search worker (archive-search.js, "archive:ids"), which
 *   answers with the exact list of matching speech ids (cached here per query, so a filter change does not
 *   ask again). An empty query means every speech, so a browse page's "search within" link lists its speeches.
 * - Filters, their counts, sorting and paging are computed here from the facet table (one small per-speech
 *   attribute table, scripts/site/search_facets.py) fetched once. Within a filter the chosen values are
 *   alternatives (OR); different filters must all hold (AND); each filter's counts apply all the other
 *   filters, so they say how many results choosing that value would give.
 * - For the 20 results shown, address and title come from small card files (titles marked by the worker,
 *   "archive:mark"), the other facts from the facet table; each snippet is fetched when its result comes
 *   into view ("archive:snippet").
 * - The state is the URL: ?q=…&speaker=…&theme=…&year=…&genre=…&province=…&city=…&source=…&from=2019&to=2021
 *   &sort=date|oldest&page=2. Each change is a history entry, so the back button steps back through them.
 *   Field syntax in the query box (speaker:武文罡 year:2021 theme:营商环境 …) is moved into the same parameters.
 * Every archive string is inserted as text; the worker's HTML (titles, snippets) is escaped there.
 */
"use strict";
(function () {
  const root = document.getElementById("archive-search-page");
  if (!root || !window.Worker || !window.DecompressionStream) return; // the page's Markdown notice stays
  const PER_PAGE = 20;
  const SHOWN = 8; // values listed per filter before "more"
  const FACETS = [
    { key: "speaker", label: "讲话人", fields: ["speaker", "讲话人"] },
    { key: "theme", label: "主题", fields: ["theme", "主题", "tag"] },
    { key: "year", label: "年份", fields: ["year", "年份"] },
    { key: "genre", label: "体裁", fields: ["genre", "体裁"] },
    { key: "province", label: "地区", fields: ["province", "region", "地区", "省"] },
    { key: "city", label: "城市", fields: ["city", "城市", "市"] },
    { key: "source", label: "来源", fields: ["source", "来源"] },
  ];
  const RANGE_FIELDS = { from: ["from", "从"], to: ["to", "到"] };
  const SORTS = ["", "date", "oldest"];
  const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  const collator = new Intl.Collator("zh"); // one instance: localeCompare(…, "zh") builds one per call

  const $ = (selector) => root.querySelector(selector);
  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const base = new URL(root.dataset.base + "/", location.href);

  /* ------------------------------------------------------------------ the worker */
  const worker = new Worker(root.dataset.worker);
  const pending = new Map();
  let asked = 0;
  worker.addEventListener("message", (event) => {
    const { ask, result, error } = event.data || {};
    if (!pending.has(ask)) return;
    const { resolve, reject } = pending.get(ask);
    pending.delete(ask);
    if (error) reject(new Error(error));
    else resolve(result);
  });
  const ask = (type, payload) => new Promise((resolve, reject) => {
    pending.set(++asked, { resolve, reject });
    worker.postMessage({ type, ask: asked, ...payload });
  });
  const idCache = new Map(); // query -> Promise of the worker's answer
  const matching = (query) => {
    if (!idCache.has(query)) idCache.set(query, ask("archive:ids", { query }));
    return idCache.get(query);
  };

  /* ------------------------------------------------------------------ the facet table and the cards */
  const gzJSON = (url) => fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return new Response(response.body.pipeThrough(new DecompressionStream("gzip"))).json();
  });
  const tablePromise = gzJSON(root.dataset.facets);
  const cardFiles = new Map(); // file number -> Promise of [[url, title], ...]

  /** [url, title] of each id, from the card files (scripts/site/search_facets.py: card_place, CARDS_PER_FILE
   * speeches each, counted from the oldest speech). */
  async function cards(table, ids) {
    const size = table.cards_per_file;
    const place = (id) => table.count - 1 - id;
    const files = [...new Set(ids.map((id) => Math.floor(place(id) / size)))];
    files.forEach((n) => {
      if (!cardFiles.has(n)) cardFiles.set(n, gzJSON(new URL(`cards/${n}.json.gz`, new URL(root.dataset.facets, location.href))));
    });
    const loaded = new Map(await Promise.all(files.map(async (n) => [n, await cardFiles.get(n)])));
    return ids.map((id) => loaded.get(Math.floor(place(id) / size))[place(id) % size]);
  }

  /** For facet key, the codes of speech id (a list: a speech has several themes, the others one or none). */
  function codesOf(table, key, id) {
    if (key === "theme") return table.theme[id];
    if (key === "year") return table.year[id] ? [table.year[id]] : [];
    const code = table[key][id];
    return code >= 0 ? [code] : [];
  }
  const nameOf = (table, key, code) => (key === "year" ? String(code) : table.values[key][code]);

  /* ------------------------------------------------------------------ state <-> URL */
  function emptyState() {
    const filters = {};
    FACETS.forEach((f) => { filters[f.key] = []; });
    return { q: "", filters, from: "", to: "", sort: "", page: 1 };
  }

  const fieldPattern = () => {
    const names = [...FACETS.flatMap((f) => f.fields), ...RANGE_FIELDS.from, ...RANGE_FIELDS.to];
    return new RegExp(`(^|\\s)(${names.join("|")})[:：](?:"([^"]*)"|“([^”]*)”|(\\S+))`, "gi");
  };

  /** Field syntax (speaker:… theme:… year:… from:… to:…) moved from the query text into the filters. */
  function absorbFields(state) {
    state.q = state.q.replace(fieldPattern(), (all, space, field, quoted, curly, bare) => {
      const value = (quoted ?? curly ?? bare).trim();
      const name = field.toLowerCase();
      if (!value) return space;
      const years = value.match(/^(\d{4})\s*[-–~～至到]\s*(\d{4})$/); // year:2019-2021 is a range
      if (years && FACETS.find((f) => f.key === "year").fields.includes(name)) [state.from, state.to] = [years[1], years[2]];
      else if (RANGE_FIELDS.from.includes(name)) state.from = value;
      else if (RANGE_FIELDS.to.includes(name)) state.to = value;
      else {
        const facet = FACETS.find((f) => f.fields.includes(name));
        if (!state.filters[facet.key].includes(value)) state.filters[facet.key].push(value);
      }
      return space;
    }).replace(/\s+/g, " ").trim();
    return state;
  }

  const cleanDate = (value) => value.trim().replace(/[./年月]/g, "-").replace(/日$/, "").replace(/-$/, "")
    .replace(/-(\d)(?=-|$)/g, "-0$1");

  function readState(search) {
    const params = new URLSearchParams(search);
    const state = emptyState();
    state.q = params.get("q") || "";
    FACETS.forEach((f) => { state.filters[f.key] = [...new Set(params.getAll(f.key).filter(Boolean))]; });
    state.from = params.get("from") || "";
    state.to = params.get("to") || "";
    state.sort = SORTS.includes(params.get("sort")) ? params.get("sort") : "";
    state.page = Math.max(1, parseInt(params.get("page"), 10) || 1);
    absorbFields(state);
    state.from = cleanDate(state.from);
    state.to = cleanDate(state.to);
    return state;
  }

  function stateURL(state) {
    const params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    FACETS.forEach((f) => state.filters[f.key].forEach((v) => params.append(f.key, v)));
    if (state.from) params.set("from", state.from);
    if (state.to) params.set("to", state.to);
    if (state.sort) params.set("sort", state.sort);
    if (state.page > 1) params.set("page", String(state.page));
    const query = params.toString();
    return location.pathname + (query ? `?${query}` : "");
  }

  const copy = (state) => ({ ...state, filters: Object.fromEntries(FACETS.map((f) => [f.key, [...state.filters[f.key]]])) });
  const changed = (state, edit) => { const next = copy(state); next.page = 1; edit(next); return next; };

  /* ------------------------------------------------------------------ filtering and counting */

  /** id -> true when the speech passes the filter of `key` (names chosen in state), or null when none is chosen. */
  function predicate(table, state, key) {
    const chosen = state.filters[key];
    if (!chosen.length) return null;
    if (key === "year") {
      const years = new Set(chosen.map(Number));
      return (id) => years.has(table.year[id]);
    }
    const names = new Set(chosen);
    const codes = new Set();
    table.values[key].forEach((name, code) => { if (names.has(name)) codes.add(code); });
    return (id) => codesOf(table, key, id).some((c) => codes.has(c));
  }

  /** The date range: a speech's date (or year, when that is all that is known) between from and to. */
  function rangePredicate(table, state) {
    const from = DATE.test(state.from) ? state.from : "";
    const to = DATE.test(state.to) ? state.to : "";
    if (!from && !to) return null;
    return (id) => {
      const when = table.date[id] || (table.year[id] ? String(table.year[id]) : "");
      return Boolean(when) && (!from || when >= from) && (!to || when.slice(0, to.length) <= to);
    };
  }

  function filterAll(table, state, ids) {
    const tests = { range: rangePredicate(table, state) };
    FACETS.forEach((f) => { tests[f.key] = predicate(table, state, f.key); });
    const active = Object.entries(tests).filter(([, test]) => test);
    const passing = (id, except) => active.every(([key, test]) => key === except || test(id));
    const kept = ids.filter((id) => passing(id));
    const counts = {};
    FACETS.forEach((f) => {
      const count = new Map();
      for (const id of ids) {
        if (!passing(id, f.key)) continue;
        for (const code of codesOf(table, f.key, id)) count.set(code, (count.get(code) || 0) + 1);
      }
      counts[f.key] = count;
    });
    return { kept, counts, tests };
  }

  /** Relevance: (loose) more terms matched, then the query names the speaker or a theme, then newest first. */
  function sorted(table, state, ids, found) {
    const dated = (id) => Boolean(table.sort[id]);
    if (state.sort === "oldest") {
      return [...ids].sort((a, b) => (dated(b) - dated(a)) || b - a);
    }
    if (state.sort === "date" || !found.terms.length) return [...ids].sort((a, b) => a - b);
    const score = new Map();
    (found.ids || []).forEach((id, k) => score.set(id, found.scores ? found.scores[k] : 1));
    const naming = (key) => new Set(table.values[key].flatMap((name, code) =>
      (found.terms.some((term) => name.toLowerCase().includes(term)) ? [code] : [])));
    const speakers = naming("speaker");
    const themes = naming("theme");
    const named = (id) => (speakers.has(table.speaker[id]) || table.theme[id].some((t) => themes.has(t)) ? 1 : 0);
    const keyed = ids.map((id) => [id, score.get(id) || 0, named(id)]);
    keyed.sort((a, b) => b[1] - a[1] || b[2] - a[2] || a[0] - b[0]);
    return keyed.map((k) => k[0]);
  }

  /* ------------------------------------------------------------------ rendering */
  let state = emptyState();
  let generation = 0;
  const expanded = new Set();
  const observer = new IntersectionObserver((entries) => {
    entries.forEach((entry) => {
      if (!entry.isIntersecting) return;
      observer.unobserve(entry.target);
      const { id, query } = entry.target.dataset;
      ask("archive:snippet", { id: Number(id), query }).then((html) => {
        entry.target.innerHTML = html; // escaped by the worker, matches in <mark>
        entry.target.classList.remove("archive-sp__snippet--loading");
        const item = entry.target.closest(".archive-sp__item");
        if (item) highlightAsWritten(item.querySelector("a.archive-sp__title"), query, item);
      }, () => entry.target.remove());
    });
  }, { rootMargin: "0px" }); // only the snippets a reader sees: each costs its speech's compressed text

  function link(next, text, className) {
    const a = el("a", className, text);
    a.href = stateURL(next);
    a.addEventListener("click", (event) => {
      if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      go(next);
    });
    return a;
  }

  function facetGroup(table, key, label, counts) {
    const chosen = new Set(state.filters[key]);
    let entries = [...counts].map(([code, n]) => [nameOf(table, key, code), n, code]);
    if (key === "city") {
      const provinces = new Set(state.filters.province);
      entries = entries.filter(([, , code]) => provinces.has(table.values.province[table.city_province[code]]));
    }
    const known = new Set(entries.map((e) => e[0]));
    chosen.forEach((name) => { if (!known.has(name)) entries.push([name, 0, -1]); });
    if (key === "year") entries.sort((a, b) => Number(b[0]) - Number(a[0]));
    else entries.sort((a, b) => chosen.has(b[0]) - chosen.has(a[0]) || b[1] - a[1] || collator.compare(a[0], b[0]));
    if (!entries.length) return null;
    const group = el("fieldset", `archive-sp__group archive-sp__group--${key}`);
    group.append(el("legend", "", label));
    const list = el("ul");
    const open = expanded.has(key);
    entries.forEach(([name, n], position) => {
      if (!open && position >= SHOWN && !chosen.has(name)) return;
      const item = el("li");
      const box = el("input");
      box.type = "checkbox";
      box.checked = chosen.has(name);
      box.dataset.facet = key;
      box.value = name;
      box.addEventListener("change", () => go(changed(state, (next) => {
        const values = next.filters[key];
        if (box.checked) values.push(name);
        else values.splice(values.indexOf(name), 1);
        if (key === "province") { // a city stays chosen only while its province is
          const inChosen = (city) => table.values.city.some((c, code) => c === city
            && next.filters.province.includes(table.values.province[table.city_province[code]]));
          next.filters.city = next.filters.city.filter(inChosen);
        }
      })));
      const label = el("label");
      label.append(box, el("span", "archive-sp__name", name), el("span", "archive-sp__n", String(n)));
      item.append(label);
      list.append(item);
    });
    group.append(list);
    if (entries.length > SHOWN) {
      const more = el("button", "archive-sp__more", open ? "收起" : `更多（共 ${entries.length} 项）`);
      more.type = "button";
      more.addEventListener("click", () => { if (open) expanded.delete(key); else expanded.add(key); render(); });
      group.append(more);
    }
    return group;
  }

  function activeChips() {
    const list = $(".archive-sp__active");
    list.replaceChildren();
    const chip = (text, next) => { const li = el("li"); li.append(link(next, `${text} ×`, "md-tag")); list.append(li); };
    FACETS.forEach((f) => state.filters[f.key].forEach((value) => chip(`${f.label}：${value}`,
      changed(state, (next) => { next.filters[f.key] = next.filters[f.key].filter((v) => v !== value); }))));
    if (state.from || state.to) chip(`日期：${state.from || "…"} – ${state.to || "…"}`, changed(state, (next) => { next.from = ""; next.to = ""; }));
    return list.children.length;
  }

  function hints(table, state, found, filtered) {
    const box = $(".archive-sp__hints");
    box.replaceChildren();
    if (filtered.kept.length) return;
    const narrowed = state.from || state.to || FACETS.some((f) => state.filters[f.key].length);
    const p = el("p", "archive-sp__none", !found.terms.length ? "没有符合筛选条件的讲话。"
      : narrowed ? "没有找到同时符合查询和筛选条件的讲话。" : `没有找到含“${state.q.trim()}”的讲话。`);
    const tips = el("ul");
    if (found.terms.length && !found.loose) {
      const li = el("li", "", "试试宽松匹配：");
      li.append(link(changed(state, (next) => { next.q = `~${state.q}`; }), `~${state.q}`));
      li.append(" （任一个词即可，字不必相连）");
      tips.append(li);
    }
    const removable = [];
    FACETS.forEach((f) => state.filters[f.key].forEach((value) => removable.push([`${f.label}：${value}`,
      changed(state, (next) => { next.filters[f.key] = next.filters[f.key].filter((v) => v !== value); })])));
    if (state.from || state.to) removable.push([`日期 ${state.from || "…"} – ${state.to || "…"}`, changed(state, (next) => { next.from = ""; next.to = ""; })]);
    removable.forEach(([text, next]) => {
      const ids = found.terms.length ? found.ids.filter((id) => id < table.count) : table.sort.map((_, id) => id);
      const n = filterAll(table, next, ids).kept.length;
      const li = el("li", "", "去掉一个筛选条件：");
      li.append(link(next, text), `（${n} 篇）`);
      tips.append(li);
    });
    if (found.terms.length && found.terms.some((t) => Array.from(t).length > 4)) tips.append(el("li", "", "把长词组拆成几个用空格分开的短词。"));
    box.append(p, tips);
  }

  /* The speech a result opens marks the searched words (Material's ?h=, matched literally on the page). A phrase
     found across scripts is written otherwise there (營商環境 typed, 营商环境 in the speech): ?h= also names the
     spellings the worker marked in the result's title and snippet, those as long as a typed word (a loose
     search also marks two-character pieces of the words, which would mark half the speech). */
  function highlightAsWritten(title, query, within) {
    if (!title) return;
    const typed = query.replace(/^[~～]/, "").trim();
    const words = typed.split(/[\s\u3000]+/).filter(Boolean);
    const lengths = new Set(words.map((w) => Array.from(w).length));
    const written = Array.from(within.querySelectorAll("mark"), (m) => m.textContent.trim())
      .filter((t) => t && lengths.has(Array.from(t).length) && !words.includes(t));
    const h = [typed, ...new Set(written)].join(" ").trim();
    title.href = title.dataset.page + (h ? `?h=${encodeURIComponent(h)}` : "");
  }

  function resultItem(table, row, query) {
    const id = row.id;
    const li = el("li", "archive-sp__item");
    const title = el("a", "archive-sp__title");
    title.dataset.page = new URL(row.url, base).href;
    if (row.titleHTML) title.innerHTML = row.titleHTML; // escaped by the worker, matches in <mark>
    else title.textContent = row.title;
    highlightAsWritten(title, query, title);
    const h = el("h3");
    h.append(title);
    const province = table.values.province[table.province[id]] || "";
    const city = table.values.city[table.city[id]] || "";
    const facts = [table.values.speaker[table.speaker[id]], table.sort[id], table.values.genre[table.genre[id]], province + city,
      table.values.source[table.source[id]]].filter(Boolean);
    const meta = el("p", "archive-sp__meta", facts.join(" · "));
    const themes = el("p", "archive-sp__themes");
    table.theme[id].forEach((t) => themes.append(el("span", "md-tag", table.values.theme[t])));
    const snippet = el("p", "archive-sp__snippet archive-sp__snippet--loading", "…");
    snippet.dataset.id = String(id);
    snippet.dataset.query = query;
    li.append(h, meta, themes, snippet);
    observer.observe(snippet);
    return li;
  }

  function pager(pages) {
    const nav = $(".archive-sp__pager");
    nav.replaceChildren();
    if (pages <= 1) return;
    const at = (n) => { const next = copy(state); next.page = n; return next; };
    if (state.page > 1) nav.append(link(at(state.page - 1), "‹ 上一页", "archive-sp__prev"));
    const shown = new Set([1, pages, state.page - 2, state.page - 1, state.page, state.page + 1, state.page + 2]);
    let last = 0;
    for (let n = 1; n <= pages; n++) {
      if (!shown.has(n)) continue;
      if (n > last + 1) nav.append(el("span", "archive-sp__gap", "…"));
      if (n === state.page) nav.append(el("strong", "archive-sp__here", String(n)));
      else nav.append(link(at(n), String(n)));
      last = n;
    }
    if (state.page < pages) nav.append(link(at(state.page + 1), "下一页 ›", "archive-sp__next"));
  }

  let started = 0; // performance.now() of the reader's last action (data-took: ms to its results on screen)

  async function render() {
    const mine = ++generation;
    root.dataset.busy = "true";
    delete root.dataset.error;
    const query = state.q;
    $(".archive-sp__query").value = query;
    $(".archive-sp__sort select").value = state.sort;
    $(".archive-sp__range-form [name=from]").value = state.from;
    $(".archive-sp__range-form [name=to]").value = state.to;
    const [table, found] = await Promise.all([tablePromise,
      query.trim() ? matching(query) : Promise.resolve({ ids: null, scores: null, terms: [], loose: false, capped: false })]);
    if (mine !== generation) return;
    const ids = found.terms.length ? found.ids.filter((id) => id < table.count) : table.sort.map((_, id) => id);
    const filtered = filterAll(table, state, ids);
    const order = sorted(table, state, filtered.kept, found);
    const pages = Math.max(1, Math.ceil(order.length / PER_PAGE));
    if (state.page > pages) state.page = pages;
    const shown = order.slice((state.page - 1) * PER_PAGE, state.page * PER_PAGE);
    const lines = await cards(table, shown);
    const titles = found.terms.length ? await ask("archive:mark", { texts: lines.map((c) => c[1]), query }) : null;
    if (mine !== generation) return;
    const rows = shown.map((id, k) => ({ id, url: lines[k][0], title: lines[k][1], titleHTML: titles && titles[k] }));

    const groups = $(".archive-sp__groups");
    const focused = groups.contains(document.activeElement) ? document.activeElement.dataset : null;
    groups.replaceChildren(...FACETS.map((f) => facetGroup(table, f.key, f.label, filtered.counts[f.key])).filter(Boolean));
    if (focused && focused.facet) { // keyboard users stay on the box they just ticked
      [...groups.querySelectorAll("input")].find((b) => b.dataset.facet === focused.facet && b.value === focused.value)?.focus();
    }
    const active = activeChips();
    $(".archive-sp__open").textContent = active ? `筛选（${active}）` : "筛选";
    const range = (state.from && !DATE.test(state.from)) || (state.to && !DATE.test(state.to));
    const what = found.terms.length ? `含“${found.terms.join(" ")}”的` : "";
    let count = `${what}讲话共 ${order.length} 篇`;
    if (found.capped) count = `${what}讲话至多 ${order.length} 篇（长词组只核对了部分原文）`;
    if (order.length > PER_PAGE) count += `，第 ${state.page}/${pages} 页`;
    if (range) count += "。日期请写作 2019 或 2019-03 或 2019-03-08";
    $(".archive-sp__count").textContent = count;
    hints(table, state, found, filtered);
    observer.disconnect();
    $(".archive-sp__list").replaceChildren(...rows.map((row) => resultItem(table, row, query)));
    $(".archive-sp__list").start = (state.page - 1) * PER_PAGE + 1;
    pager(pages);
    document.title = `${query ? `${query} · ` : ""}搜索 · 讲话档案`;
    delete root.dataset.busy;
    root.dataset.took = String(Math.round(performance.now() - started));
    root.dataset.rendered = String(mine);
  }

  function go(next) {
    started = performance.now();
    state = next;
    history.pushState(null, "", stateURL(state));
    render().catch(fail);
    if (next.page !== 1) root.scrollIntoView();
  }

  function fail(error) {
    delete root.dataset.busy;
    root.dataset.error = String(error.message);
    $(".archive-sp__count").textContent = `搜索出错：${error.message}`;
    console.warn("search page:", error);
  }

  /* ------------------------------------------------------------------ wiring */
  $(".archive-sp__form").addEventListener("submit", (event) => {
    event.preventDefault();
    go(absorbFields(changed(state, (next) => { next.q = $(".archive-sp__query").value; })));
  });
  $(".archive-sp__range-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.target;
    go(changed(state, (next) => { next.from = cleanDate(form.from.value); next.to = cleanDate(form.to.value); }));
  });
  $(".archive-sp__sort select").addEventListener("change", (event) => go(changed(state, (next) => { next.sort = event.target.value; })));
  const drawer = (open) => {
    root.classList.toggle("archive-sp--drawer", open);
    $(".archive-sp__open").setAttribute("aria-expanded", String(open));
  };
  $(".archive-sp__open").addEventListener("click", () => drawer(true));
  $(".archive-sp__close").addEventListener("click", () => drawer(false));
  addEventListener("popstate", () => { started = performance.now(); state = readState(location.search); render().catch(fail); });

  document.querySelector(".archive-sp__nojs").hidden = true;
  root.hidden = false;
  state = readState(window.__archiveSearchAddress ? new URL(window.__archiveSearchAddress).search : location.search);
  // The address back as the state says (field syntax in a shared link becomes parameters), once Material has
  // started on DOMContentLoaded without seeing q (see archive-search-page.html).
  addEventListener("DOMContentLoaded", () => setTimeout(() => history.replaceState(null, "", stateURL(state))));
  render().catch(fail);
  if (!state.q) $(".archive-sp__query").focus();
})();
