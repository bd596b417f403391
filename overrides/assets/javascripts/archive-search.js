/*
 * The archive's search worker: a drop-in for Material's lunr worker (same messages: SETUP 0 -> READY 1,
 * QUERY 2 -> RESULT 3), so Material's search box, `/` shortcut and result list work unchanged.
 *
 * It reads the static index written by scripts/search_index.py (see there for the format and why), fetching
 * only the few small gzip files a query needs:
 *   - exact by default: a speech matches a term when its text contains the term as written (after NFKC and
 *     lower case); several terms separated by spaces or punctuation must all occur;
 *   - a query starting with "~" is loose: any of the terms, each of whose two-character pieces may occur
 *     anywhere in the speech; speeches matching more terms rank first.
 * Results: title or speaker matches first, then newest first. The first TOP results get a snippet cut from
 * the speech's text (fetched only for them) with the matches marked.
 * Text and query are both folded to simplified characters (fold), so 經濟 finds 经济 and the other way round.
 * The search page (/search/, search-page.js) talks to its own instance of this worker: see the end of the file.
 */
"use strict";

const ROOT = new URL("../../search/archive/", self.location.href);
const WORD_RUN = /[\p{L}\p{N}]+/gu; // scripts/search_index.py: WORD_RUN
const TOP = 10; // Material renders the first 10 results at once
const BEFORE = 40; // snippet: characters before the first match
const LENGTH = 150; // snippet: characters in all

const files = new Map(); // path -> Promise<string>; a freshly loaded page has a fresh worker
let manifestPromise = null;
let latest = 0;

/* Traditional -> simplified, one character for one (scripts/script_fold.py writes the table); loaded at SETUP. */
const FOLD = new URL("../fold.txt.gz", ROOT).href;
let foldMap = null;
let foldPromise = null;
function loadFold() {
  foldPromise = foldPromise || fetchText(FOLD).then((pairs) => {
    const chars = Array.from(pairs);
    foldMap = new Map();
    for (let i = 0; i + 1 < chars.length; i += 2) foldMap.set(chars[i], chars[i + 1]);
  });
  return foldPromise;
}
const fold = (text) => (foldMap && /[^\x00-\u33ff]/.test(text) ? Array.from(text, (c) => foldMap.get(c) || c).join("") : text);
const normalize = (text) => fold(text.normalize("NFKC").toLowerCase());
const runs = (text) => normalize(text).match(WORD_RUN) || [];
const escapeHTML = (text) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** 32-bit FNV-1a over code points, as scripts/search_index.py: fnv1a. */
function fnv1a(key) {
  let hash = 0x811c9dc5;
  for (const char of key) hash = Math.imul(hash ^ char.codePointAt(0), 0x01000193) >>> 0;
  return hash;
}

const keyFile = (key) => Array.from(key, (c) => c.codePointAt(0).toString(16)).join("-");

function fetchText(path) {
  if (!files.has(path)) {
    files.set(path, fetch(new URL(path, ROOT)).then((response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      const plain = response.body.pipeThrough(new DecompressionStream("gzip"));
      return new Response(plain).text();
    }));
  }
  return files.get(path);
}

const fetchJSON = async (path) => JSON.parse(await fetchText(path));

function undelta(deltas) {
  const ids = new Array(deltas.length);
  let id = -1;
  for (let i = 0; i < deltas.length; i++) ids[i] = id += deltas[i];
  return ids;
}

/** The entry of a 1-, 2- or 3-character key: a delta list, {successor: delta list}, or null. */
async function entry(key) {
  const { shards } = await manifestPromise;
  const shard = await fetchJSON(`g/${fnv1a(key) % shards}.json.gz`);
  const value = shard[key];
  if (value === 1) return fetchJSON(`x/${keyFile(key)}.json.gz`);
  return value === undefined ? null : value;
}

const intersect = (sets) =>
  sets.reduce((a, b) => new Set([...a].filter((id) => b.has(id))));

/** Documents whose text contains term (one run of letters and digits) exactly. */
async function phrase(term) {
  const { max_slice: maxSlice, successor_from: from } = await manifestPromise;
  const chars = Array.from(term);
  if (chars.length > maxSlice) {
    const windows = [];
    for (let i = 0; i + maxSlice <= chars.length; i++) windows.push(phrase(chars.slice(i, i + maxSlice).join("")));
    return intersect(await Promise.all(windows));
  }
  const value = await entry(chars.slice(0, from).join(""));
  if (value === null) return new Set();
  if (Array.isArray(value)) return new Set(undelta(value));
  const rest = chars.slice(from).join("");
  const ids = new Set();
  for (const [successor, deltas] of Object.entries(value)) {
    if (successor.startsWith(rest)) for (const id of undelta(deltas)) ids.add(id);
  }
  return ids;
}

/** Loose: every two-character piece of term occurs somewhere (not necessarily together). */
async function pieces(term) {
  const chars = Array.from(term);
  if (chars.length <= 2) return phrase(term);
  const found = [];
  for (let i = 0; i + 2 <= chars.length; i++) found.push(phrase(chars[i] + chars[i + 1]));
  return intersect(await Promise.all(found));
}

function parse(query) {
  const trimmed = query.trim();
  const loose = /^[~～]/.test(trimmed);
  return { loose, terms: [...new Set(runs(loose ? trimmed.slice(1) : trimmed))] };
}

/** id -> [url, title, speaker, date] for the given ids (their metadata shards, fetched in parallel). */
async function metadata(ids) {
  const { meta_per_shard: size } = await manifestPromise;
  const shards = [...new Set(ids.map((id) => Math.floor(id / size)))];
  const loaded = await Promise.all(shards.map((n) => fetchJSON(`m/${n}.json.gz`)));
  const rows = new Map();
  shards.forEach((n, i) => loaded[i].forEach((row, k) => rows.set(n * size + k, row)));
  return rows;
}

/** Normalized text with, for each of its UTF-16 units, the offset in text it came from. */
function normalizedWithMap(text) {
  let norm = "";
  const map = [];
  let offset = 0;
  for (const char of text) {
    const folded = normalize(char);
    norm += folded;
    for (let k = 0; k < folded.length; k++) map.push(offset);
    offset += char.length;
  }
  map.push(offset);
  return { norm, map };
}

/** Sorted, merged [start, end) ranges of text where any pattern (normalized) occurs. */
function matches(text, patterns) {
  const { norm, map } = normalizedWithMap(text);
  const found = [];
  for (const pattern of patterns) {
    for (let at = norm.indexOf(pattern); at !== -1; at = norm.indexOf(pattern, at + pattern.length)) {
      found.push([map[at], map[at + pattern.length]]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

function marked(text, ranges, start, end) {
  let html = "";
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    html += escapeHTML(text.slice(at, Math.max(at, from)));
    html += `<mark>${escapeHTML(text.slice(Math.max(at, from), Math.min(to, end)))}</mark>`;
    at = Math.min(to, end);
  }
  return html + escapeHTML(text.slice(at, end));
}

/** A window of the text around the first match in the body (after the title and metadata lines). */
function snippet(text, patterns) {
  const ranges = matches(text, patterns);
  const bodyStart = text.indexOf("\n", text.indexOf("\n") + 1) + 1;
  const first = ranges.find((r) => r[0] >= bodyStart) || ranges[0] || [bodyStart, bodyStart];
  const start = Math.max(bodyStart, first[0] - BEFORE);
  const end = Math.min(text.length, start + LENGTH);
  const html = marked(text, ranges, start, end).replace(/\n/g, " ");
  return { html: (start > bodyStart ? "…" : "") + html + (end < text.length ? "…" : ""), found: ranges.length > 0 };
}

const contains = (title, term) => normalize(title).includes(term);

function rank(ids, rows, terms, counts) {
  const tier = (id) => {
    const [, title, speaker] = rows.get(id);
    if (terms.every((t) => contains(title, t))) return 0;
    return terms.every((t) => contains(speaker, t)) ? 1 : 2;
  };
  const keyed = ids.map((id) => [-(counts.get(id) || 0), tier(id), id]);
  keyed.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return keyed.map((k) => k[2]);
}

function item(row, textHTML, terms, score) {
  const [url, title, speaker, date] = row;
  const line = [speaker, date].filter(Boolean).join(" · ");
  const titleHTML = marked(title, matches(title, Object.keys(terms).filter((t) => terms[t])), 0, title.length);
  return {
    location: url, title: titleHTML, score, terms,
    text: (line ? `<p class="archive-search__meta">${escapeHTML(line)}</p>` : "") + textHTML,
  };
}

/** What a snippet marks: the terms, and for a loose query also their two-character pieces. */
const patternsOf = (loose, terms) =>
  loose ? [...terms, ...terms.flatMap((t) => Array.from(t).slice(1).map((c, i) => Array.from(t)[i] + c))] : terms;

async function search(query) {
  const { loose, terms } = parse(query);
  if (!terms.length) return { items: [] };
  const sets = await Promise.all(terms.map((t) => (loose ? pieces(t) : phrase(t))));
  const counts = new Map();
  sets.forEach((set) => set.forEach((id) => counts.set(id, (counts.get(id) || 0) + 1)));
  const ids = loose ? [...counts.keys()] : [...intersect(sets)];
  const rows = await metadata(ids);
  const ranked = rank(ids, rows, terms, loose ? counts : new Map());
  const { max_slice: maxSlice } = await manifestPromise;
  const patterns = patternsOf(loose, terms);
  const texts = await Promise.all(ranked.slice(0, TOP).map((id) => fetchText(`t/${id}.txt.gz`)));
  const items = [];
  ranked.forEach((id, position) => {
    const which = {};
    terms.forEach((t, k) => { which[t] = sets[k].has(id); });
    let html = "";
    if (position < TOP) {
      const cut = snippet(texts[position], patterns);
      const long = !loose && terms.some((t) => Array.from(t).length > maxSlice);
      if (long && !terms.every((t) => normalize(texts[position]).includes(t))) return; // windows, not the phrase
      html = `<p>${cut.html}</p>`;
    }
    items.push([item(rows.get(id), html, which, loose ? counts.get(id) : 1)]);
  });
  return { items };
}

addEventListener("message", async (event) => {
  const message = event.data;
  if (message.type === 0) {
    manifestPromise = manifestPromise || fetch(new URL("manifest.json", ROOT)).then((r) => r.json());
    await Promise.all([manifestPromise, loadFold()]);
    postMessage({ type: 1 });
  } else if (message.type === 2) {
    const mine = ++latest;
    let data;
    try {
      data = await search(String(message.data));
    } catch (error) {
      console.warn(`archive search: ${message.data}:`, error);
      data = { items: [] };
    }
    if (mine === latest) postMessage({ type: 3, data });
  }
});

/* ------------------------------------------------------------------------------------------------------
 * The search page's API (overrides/assets/javascripts/search-page.js), separate from Material's protocol.
 * Requests {type: "archive:ids" | "archive:mark" | "archive:snippet", ask, ...}; the reply has the same type
 * and ask, and either `result` or `error`.
 *   archive:ids     {query}        -> {ids, scores, terms, loose, capped}: every matching document id (exact;
 *                                     loose: scores = how many terms each matched). Phrases longer than the
 *                                     index's slices are confirmed against the texts, up to CONFIRM_MAX
 *                                     candidates (beyond that capped = true: the list may hold extras).
 *   archive:mark    {texts, query} -> the texts as HTML with the query's matches marked (result titles)
 *   archive:snippet {id, query}    -> HTML of the snippet of one result (its text is fetched on demand)
 * ------------------------------------------------------------------------------------------------------ */

const CONFIRM_MAX = 200;

async function pageReady() {
  manifestPromise = manifestPromise || fetch(new URL("manifest.json", ROOT)).then((r) => r.json());
  await Promise.all([manifestPromise, loadFold()]);
}

async function confirmed(ids, terms) {
  const texts = await Promise.all(ids.map((id) => fetchText(`t/${id}.txt.gz`)));
  return ids.filter((id, k) => { const text = normalize(texts[k]); return terms.every((t) => text.includes(t)); });
}

async function matchingIds(query) {
  await pageReady();
  const { loose, terms } = parse(query);
  if (!terms.length) return { ids: [], scores: null, terms, loose, capped: false };
  const sets = await Promise.all(terms.map((t) => (loose ? pieces(t) : phrase(t))));
  const counts = new Map();
  sets.forEach((set) => set.forEach((id) => counts.set(id, (counts.get(id) || 0) + 1)));
  let ids = (loose ? [...counts.keys()] : [...intersect(sets)]).sort((a, b) => a - b);
  const { max_slice: maxSlice } = await manifestPromise;
  const long = !loose && terms.some((t) => Array.from(t).length > maxSlice);
  const capped = long && ids.length > CONFIRM_MAX;
  if (long && !capped) ids = await confirmed(ids, terms);
  return { ids, scores: loose ? ids.map((id) => counts.get(id)) : null, terms, loose, capped };
}

async function pageMarks(texts, query) {
  await pageReady();
  const { terms } = parse(query);
  return texts.map((text) => marked(text, matches(text, terms), 0, text.length));
}

async function pageSnippet(id, query) {
  await pageReady();
  const { loose, terms } = parse(query);
  const text = await fetchText(`t/${id}.txt.gz`);
  return snippet(text, patternsOf(loose, terms)).html;
}

const PAGE_API = {
  "archive:ids": (m) => matchingIds(String(m.query)),
  "archive:mark": (m) => pageMarks(m.texts.map(String), String(m.query)),
  "archive:snippet": (m) => pageSnippet(m.id, String(m.query)),
};

addEventListener("message", async (event) => {
  const { type, ask } = event.data;
  if (!(type in PAGE_API)) return;
  try {
    postMessage({ type, ask, result: await PAGE_API[type](event.data) });
  } catch (error) {
    postMessage({ type, ask, error: String(error) });
  }
});
