/*
 * The archive's search worker: a drop-in for Material's lunr worker (same messages: SETUP 0 -> READY 1,
 * QUERY 2 -> RESULT 3), so Material's search box, `/` shortcut and result list work unchanged.
 *
 * It reads the static index written by scripts/site/search_index.py (see there for the format and why), fetching
 * only the few small files a query needs:
 *   - exact by default: a speech matches a term when its text contains the term as written (after NFKC, lower
 *     case and folding traditional characters to simplified, so 經濟 finds 经济 and the other way round);
 *     several terms separated by spaces or punctuation must all occur;
 *   - a query starting with "~" is loose: any of the terms, each of whose two-character pieces may occur
 *     anywhere in the speech; speeches matching more terms rank first.
 * Ranking: title matches, then speaker matches, then newest first (document ids are in that order), from the
 * title and speaker index — no hit's metadata is needed to rank.
 * Segments: after a delta build the index has two, the base (the last full build) and delta/ (the documents
 * added or changed since, in the same format); each term is looked up in both and the results united, in the
 * current document numbers (the manifest's map; a base document it does not map was removed or changed, and is
 * masked). scripts/site/search_index.py: update_index. Only one page of results is described
 * (metadata for PAGE ids, snippets cut from the texts of the first TOP).
 *
 * The search page (/search/, search-page.js) talks to its own instance of this worker: see the end of the file.
 * Beside Material's list, two functions a backend engine could answer instead (PERFORMANCE.md, 1,000,000):
 *   matchingIds(query)       -> {ids, exact, speeches, …}: every matching document id, ranked; ids below
 *                               `speeches` are speeches (in scripts/site_corpus.load_speeches order, the order
 *                               of the search page's facet table);
 *   describePage(query, ids) -> [{id, url, title, speaker, date, snippet}] for one page of ids.
 */
"use strict";

const ROOT = new URL("../../search/archive/", self.location.href);
const MESSAGE = Object.freeze({ SETUP: 0, READY: 1, QUERY: 2, RESULT: 3 }); // Material's SearchMessageType
const WORD_RUN = /[\p{L}\p{N}]+/gu; // scripts/site/search_index.py: WORD_RUN
const PAGE = 20; // results described for Material's list
const TOP = 10; // Material renders the first 10 results at once: these get snippets
const BEFORE = 40; // snippet: characters before the first match
const LENGTH = 150; // snippet: characters in all

const files = new Map(); // path -> Promise (a freshly loaded page has a fresh worker)
const texts = new Map(); // document id -> Promise<string>
let manifestPromise = null;
let latest = 0;

/* Traditional -> simplified, one character for one (scripts/site/script_fold.py writes the table); loaded at SETUP. */
const FOLD = new URL("../fold.txt.gz", ROOT);
let foldMap = null;
let foldPromise = null;
function loadFold() {
  foldPromise = foldPromise || (async () => {
    const chars = Array.from(await gunzip((await fetchOK(FOLD)).body).text());
    foldMap = new Map();
    for (let i = 0; i + 1 < chars.length; i += 2) foldMap.set(chars[i], chars[i + 1]);
  })();
  return foldPromise;
}
const fold = (text) => (foldMap && /[^\x00-\u33ff]/.test(text) ? Array.from(text, (c) => foldMap.get(c) || c).join("") : text);
const normalize = (text) => fold(text.normalize("NFKC").toLowerCase());
const runs = (text) => normalize(text).match(WORD_RUN) || [];
const escapeHTML = (text) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** 32-bit FNV-1a over code points, as scripts/site/search_index.py: fnv1a. */
function fnv1a(key) {
  let hash = 0x811c9dc5;
  for (const char of key) hash = Math.imul(hash ^ char.codePointAt(0), 0x01000193) >>> 0;
  return hash;
}

/** The index's segments: [{prefix, spec, toCurrent}] (spec: the segment's manifest; toCurrent: its numbers ->
 * the current ones, -1 when masked) and `where` (current number -> [segment, number there]). */
let segmentsPromise = null;
function segments() {
  segmentsPromise = segmentsPromise || manifestPromise.then((manifest) => {
    const list = [{ prefix: "", spec: manifest, size: manifest.base_documents ?? manifest.documents }];
    if (manifest.delta) list.push({ prefix: "delta/", spec: manifest.delta, size: manifest.delta.documents });
    for (const segment of list) segment.toCurrent = new Int32Array(segment.size).fill(-1);
    const runs = manifest.map || [0, 0, manifest.documents];
    const where = [];
    for (let k = 0; k < runs.length; k += 3) {
      for (let n = runs[k + 1]; n < runs[k + 1] + runs[k + 2]; n++) {
        list[runs[k]].toCurrent[n] = where.length;
        where.push([list[runs[k]], n]);
      }
    }
    return { list, where };
  });
  return segmentsPromise;
}

/** Each segment's answer to ask(segment), united: sets of current numbers per term, exact when all are. */
async function united(ask) {
  const answers = await Promise.all((await segments()).list.map(ask));
  return answers[0].map((first, k) => ({
    ids: new Set(answers.flatMap((answer) => [...answer[k].ids])),
    exact: answers.every((answer) => answer[k].exact),
  }));
}

const gunzip = (body) => new Response(body.pipeThrough(new DecompressionStream("gzip")));

function cached(path, load) {
  if (!files.has(path)) files.set(path, load());
  return files.get(path);
}

async function fetchOK(url, init) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

const fetchJSON = (path) => cached(path, async () => gunzip((await fetchOK(new URL(path, ROOT))).body).json());

/** Bytes [start, start + length) of a file: a range request, or the head of the file if the server sends it all. */
async function fetchRange(path, start, length) {
  const response = await fetchOK(new URL(path, ROOT), { headers: { Range: `bytes=${start}-${start + length - 1}` } });
  if (response.status === 206) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const head = new Uint8Array(start + length);
  let filled = 0;
  while (filled < head.length) {
    const { done, value } = await reader.read();
    if (done) break;
    head.set(value.subarray(0, head.length - filled), filled);
    filled += value.length;
  }
  reader.cancel();
  return head.subarray(start);
}

function readVarint(bytes, at) {
  let value = 0;
  let scale = 1;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return [value, at];
    scale *= 128;
  }
}

const GAPS = 0; // how a list of ids is coded (scripts/site/search_index.py: GAPS, BITMAP, ALL)
const BITMAP = 1;
const ALL = 2;

/** The end of `count` varints starting at `at`. */
function skipVarints(bytes, at, count) {
  for (let k = 0; k < count; k++) while (bytes[at++] >= 0x80);
  return at;
}

function readFrontCoded(bytes, at, previous, utf8) {
  let shared, length;
  [shared, at] = readVarint(bytes, at);
  [length, at] = readVarint(bytes, at);
  const key = Array.from(previous).slice(0, shared).join("") + utf8.decode(bytes.subarray(at, at + length));
  return [key, at + length];
}

/** A block of keys below prefix (scripts/site/search_index.py: encode_records) into records; returns its end. */
function readBlock(bytes, at, prefix, prefixCount, records) {
  const path = Array.from(prefix);
  const last = new Array(path.length + 1).fill(-1);
  const counts = new Array(path.length).fill(0).concat([prefixCount]);
  for (;;) {
    let code, gap, flagged;
    [code, at] = readVarint(bytes, at);
    if (code === 0) return at;
    const depth = code + 2;
    [gap, at] = readVarint(bytes, at);
    last.length = Math.min(last.length, depth + 1);
    counts.length = depth;
    path.length = depth - 1;
    while (last.length <= depth) last.push(-1);
    const char = last[depth] < 0 ? gap : last[depth] + gap;
    last[depth] = char;
    path.push(String.fromCodePoint(char));
    [flagged, at] = readVarint(bytes, at);
    const count = Math.floor(flagged / 4);
    const mode = flagged % 4;
    const end = mode === GAPS ? skipVarints(bytes, at, count) : mode === BITMAP ? at + Math.ceil(counts[depth - 1] / 8) : at;
    counts.push(count);
    records.set(path.join(""), { bytes, count, mode, start: at, end });
    at = end;
  }
}

/** A shard of keys: key -> {count, mode, start, end, split}; root shards hold roots (keys of one or two
 * characters, each with its block of deeper keys unless split), a split shard ("-s") blocks of deeper keys. */
const fetchShard = (path, documents) =>
  cached(path, async () => {
    const bytes = new Uint8Array(await gunzip((await fetchOK(new URL(path, ROOT))).body).arrayBuffer());
    const split = path.includes("-s");
    const records = new Map();
    const utf8 = new TextDecoder();
    let at = 0;
    let key = "";
    while (at < bytes.length) {
      let flagged;
      [key, at] = readFrontCoded(bytes, at, key, utf8);
      [flagged, at] = readVarint(bytes, at);
      if (split) {
        at = readBlock(bytes, at, key, flagged, records);
        continue;
      }
      const count = Math.floor(flagged / 4);
      const bitmap = flagged % 2 === 1;
      const end = bitmap ? at + Math.ceil(documents / 8) : skipVarints(bytes, at, count);
      records.set(key, { bytes, count, mode: bitmap ? BITMAP : GAPS, start: at, end, split: (flagged & 2) === 2 });
      at = flagged & 2 ? end : readBlock(bytes, end, key, count, records);
    }
    return records;
  });

/** A record's ids: a root's own (parent null), a deeper key's as places in its parent's ids. */
function decodeIds({ bytes, count, mode, start, end }, parent) {
  if (mode === ALL) return parent;
  const places = new Array(count);
  let k = 0;
  if (mode === BITMAP) {
    for (let at = start; at < end; at++) {
      for (let bit = 0; bit < 8; bit++) if (bytes[at] & (1 << bit)) places[k++] = (at - start) * 8 + bit;
    }
  } else {
    let place = -1;
    for (let at = start, gap; at < end; ) {
      [gap, at] = readVarint(bytes, at);
      places[k++] = place += gap;
    }
  }
  return parent === null ? places : places.map((p) => parent[p]);
}

/** The stored records of term's prefixes, from its root (first two characters) down as far as stored: the
 * root's shard; if the root is split, the split shards of its first three and first four characters
 * (scripts/site/search_index.py: split_of), fetched together. */
async function storedPath(segment, table, chars) {
  const spec = segment.spec[table === "k" ? "keys" : "fields"];
  const root = chars.slice(0, 2).join("");
  const part = fnv1a(root) % spec.partitions;
  const shard = Math.floor(fnv1a(root) / spec.partitions) % spec.shards[part]; // search_index.py: shard_of
  const records = await fetchShard(`${segment.prefix}${table}/${part}-${shard}.gz`, spec.documents);
  if (!records.has(root)) return [];
  const found = [records.get(root)];
  const prefixes = [];
  for (let n = 3; n <= chars.length; n++) prefixes.push(chars.slice(0, n).join(""));
  const splitShard = (key) =>
    fetchShard(`${segment.prefix}${table}/${part}-s${fnv1a(Array.from(key).slice(0, 4).join("")) % spec.split[part]}.gz`, spec.documents);
  const shards = found[0].split ? await Promise.all(prefixes.slice(0, 2).map(splitShard)) : [records];
  for (let k = 0; k < prefixes.length; k++) {
    const shard = shards[Math.min(k, shards.length - 1)];
    if (!shard.has(prefixes[k])) break;
    found.push(shard.get(prefixes[k]));
  }
  return found;
}

/** Ids for a term of at most max_slice characters in one segment (its own numbers), and whether their texts
 * must still be checked: walk down the trie of keys from the first two characters (scripts/site/search_index.py
 * explains the cut-off). */
async function lookup(segment, table, term) {
  const spec = segment.spec[table === "k" ? "keys" : "fields"];
  const chars = Array.from(term);
  const path = await storedPath(segment, table, chars);
  const needed = chars.length - Math.min(2, chars.length) + 1;
  let ids = null;
  for (let k = 0; k < path.length; k++) {
    ids = decodeIds(path[k], ids);
    if (k < needed - 1 && spec.cutoff !== null && path[k].count < spec.cutoff) return { ids, check: true };
  }
  if (path.length < needed || ids === null) return { ids: [], check: false };
  return { ids, check: false };
}

/** The characters a segment's texts are coded in, most frequent first (scripts/site/search_index.py:
 * encode_text). */
const textChars = (segment) => cached(`${segment.prefix}chars.txt.gz`, () =>
  fetchOK(new URL(`${segment.prefix}chars.txt.gz`, ROOT)).then(async (r) => Array.from(await gunzip(r.body).text())));

/** The searchable text of a document, by its current number (a gzip member of its segment's pack, by range
 * request; the pack's head gives where, scripts/site/search_index.py: write_docs). */
function textOf(current) {
  if (!texts.has(current)) {
    texts.set(current, (async () => {
      const [segment, id] = (await segments()).where[current];
      const { pack } = segment.spec;
      const path = `${segment.prefix}t/${Math.floor(id / pack)}.gz`;
      const offsets = await cached(`${path}#offsets`, async () => {
        const head = await fetchRange(path, 0, 4 * (pack + 1));
        return new DataView(head.buffer, head.byteOffset, head.byteLength);
      });
      const start = offsets.getUint32(4 * (id % pack), true);
      const member = await fetchRange(path, start, offsets.getUint32(4 * (id % pack + 1), true) - start);
      const places = new Uint8Array(await gunzip(new Blob([member]).stream()).arrayBuffer());
      const chars = await textChars(segment);
      const found = [];
      for (let at = 0, place; at < places.length; ) {
        [place, at] = readVarint(places, at);
        found.push(chars[place]);
      }
      return found.join("");
    })());
  }
  return texts.get(current);
}

async function containing(ids, terms) {
  const found = await Promise.all(ids.map(async (id) => {
    const text = normalize(await textOf(id));
    return terms.every((term) => text.includes(term));
  }));
  return ids.filter((id, k) => found[k]);
}

const intersect = (sets) => sets.reduce((a, b) => new Set([...a].filter((id) => b.has(id))));

/** The documents of one segment that may contain term (one run of letters and digits), as current numbers
 * (masked ones left out): {ids, check, exact}. check: the ids are candidates whose texts must be checked (a key
 * below the cut-off, or a phrase longer than max_slice held by fewer than `confirm` candidates); exact is false
 * only for a longer phrase held by more candidates than that (then the results shown are checked). */
async function candidates(segment, term, confirm = null) {
  const { keys } = segment.spec;
  const chars = Array.from(term);
  const windows = [];
  for (let i = 0; i === 0 || i + keys.max_slice <= chars.length; i++) {
    windows.push(chars.slice(i, i + keys.max_slice).join(""));
  }
  const looked = await Promise.all(windows.map((w) => lookup(segment, "k", w)));
  const current = (l) => new Set(l.ids.map((id) => segment.toCurrent[id]).filter((id) => id >= 0));
  const ids = intersect(looked.map(current));
  if (looked.some((l) => l.check)) return { ids, check: true, exact: true };
  if (windows.length === 1) return { ids, check: false, exact: true };
  if (ids.size < (confirm || keys.cutoff)) return { ids, check: true, exact: true };
  return { ids, check: false, exact: false };
}

/** Documents whose text contains term: in each segment its candidates, checked against their texts when they
 * must be. */
async function phrase(term, confirm = null) {
  return (await united((segment) => allPhrases(segment, [term], confirm)))[0];
}

/** Documents of one segment whose texts contain every term: the candidates of all terms intersected first, so
 * that only documents that may hold them all are checked (fewer than the smallest cut-off list). */
async function allPhrases(segment, terms, confirm) {
  const found = await Promise.all(terms.map((t) => candidates(segment, t, confirm)));
  let ids = intersect(found.map((f) => f.ids));
  const unsure = terms.filter((t, k) => found[k].check);
  if (unsure.length) ids = new Set(await containing([...ids], unsure));
  return found.map((f) => ({ ids: f.check ? ids : f.ids, exact: f.exact }));
}

/** Loose: every two-character piece of term occurs somewhere (not necessarily together). */
async function pieces(term) {
  const chars = Array.from(term);
  if (chars.length <= 2) return phrase(term); // one run of at most two characters: exact without texts
  const found = [];
  for (let i = 0; i + 2 <= chars.length; i++) found.push(phrase(chars[i] + chars[i + 1]));
  return { ids: intersect((await Promise.all(found)).map((f) => f.ids)), exact: true };
}

function parse(query) {
  const trimmed = query.trim();
  const loose = /^[~～]/.test(trimmed);
  return { loose, terms: [...new Set(runs(loose ? trimmed.slice(1) : trimmed))] };
}

/** Current ids whose title (tier 0) or speaker (tier 1) contains every term, from each segment's title and
 * speaker index. */
async function fieldTiers(terms) {
  const tiers = new Map();
  await Promise.all((await segments()).list.map(async (segment) => {
    const { fields } = segment.spec;
    const sets = await Promise.all(terms.map(async (term) => {
      const chars = Array.from(term);
      const windows = [];
      for (let i = 0; i === 0 || i + fields.max_slice <= chars.length; i++) {
        windows.push((await lookup(segment, "f", chars.slice(i, i + fields.max_slice).join(""))).ids);
      }
      return intersect(windows.map((w) => new Set(w)));
    }));
    for (const field of [1, 0]) {
      const ids = intersect(sets.map((s) => new Set([...s].filter((v) => v % 2 === field))));
      ids.forEach((v) => {
        const current = segment.toCurrent[(v - field) / 2];
        if (current >= 0) tiers.set(current, field);
      });
    }
  }));
  return tiers;
}

/** Every matching document id, ranked (more terms matched, title, speaker, newest first). A long phrase with
 * fewer than `confirm` candidates (default: the index's cut-off) is confirmed against their texts. */
async function matchingIds(query, confirm = null) {
  const { loose, terms } = parse(query);
  const { speeches } = await manifestPromise;
  if (!terms.length) return { ids: [], exact: true, speeches, terms, sets: [] };
  const [found, tiers] = await Promise.all([
    loose ? Promise.all(terms.map((t) => pieces(t))) : united((segment) => allPhrases(segment, terms, confirm)),
    fieldTiers(terms)]);
  const sets = found.map((f) => f.ids);
  const counts = new Map();
  sets.forEach((set) => set.forEach((id) => counts.set(id, (counts.get(id) || 0) + 1)));
  const ids = loose ? [...counts.keys()] : [...intersect(sets)];
  const key = (id) => [loose ? -counts.get(id) : 0, tiers.has(id) ? tiers.get(id) : 2, id];
  const keyed = ids.map(key);
  keyed.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return { ids: keyed.map((k) => k[2]), exact: found.every((f) => f.exact), speeches, terms, sets, loose, counts };
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

/** A window of the text around the first match in the body (after the title and metadata lines), as HTML. */
function snippet(text, patterns) {
  const ranges = matches(text, patterns);
  const bodyStart = text.indexOf("\n", text.indexOf("\n") + 1) + 1;
  const first = ranges.find((r) => r[0] >= bodyStart) || ranges[0] || [bodyStart, bodyStart];
  const start = Math.max(bodyStart, first[0] - BEFORE);
  const end = Math.min(text.length, start + LENGTH);
  const html = marked(text, ranges, start, end).replace(/\n/g, " ");
  return (start > bodyStart ? "…" : "") + html + (end < text.length ? "…" : "");
}

function patternsOf(terms, loose) {
  if (!loose) return terms;
  const pairs = terms.flatMap((t) => Array.from(t).slice(1).map((c, i) => Array.from(t)[i] + c));
  return [...terms, ...pairs];
}

/** Metadata and snippets for one page of ids: [{id, url, title, speaker, date, snippet}]; the first `withText`
 * get a snippet (HTML with the matches marked). An id whose text lacks a term is left out (only possible for
 * an inexact long phrase). */
async function describePage(query, ids, withText = ids.length) {
  const { loose, terms } = parse(query);
  const { where } = await segments();
  const shardOf = (id) => `${where[id][0].prefix}m/${Math.floor(where[id][1] / where[id][0].spec.pack)}.json.gz`;
  const shards = [...new Set(ids.map(shardOf))];
  const loaded = new Map(await Promise.all(shards.map(async (path) => [path, await fetchJSON(path)])));
  const bodies = await Promise.all(ids.map((id, k) => (k < withText ? textOf(id) : null)));
  const page = [];
  ids.forEach((id, k) => {
    const [url, title, speaker, date] = loaded.get(shardOf(id))[where[id][1] % where[id][0].spec.pack];
    const body = bodies[k];
    if (body !== null && !loose && !terms.every((t) => normalize(body).includes(t))) return;
    page.push({ id, url, title, speaker, date, snippet: body === null ? "" : snippet(body, patternsOf(terms, loose)) });
  });
  return page;
}

/** The spellings the marks of some HTML (a title, a snippet) show, as long as a term and other than it: the terms
 * are folded across scripts (營商環境 typed is searched as its folded form), the text is as written. Material's ?h=
 * names the terms of a result, and the page it opens marks them literally: the written forms must be there too.
 * (A loose search also marks two-character pieces; a form as long as no term is one of those, left out.) */
function writtenForms(html, terms) {
  const lengths = new Set(terms.map((t) => Array.from(t).length));
  const unescape = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  const forms = Array.from(html.matchAll(/<mark>([^<]*)<\/mark>/g), (m) => unescape(m[1]));
  return [...new Set(forms)].filter((f) => lengths.has(Array.from(f).length) && !terms.includes(f));
}

/** Material's result list: the first PAGE results, and a last line saying how many there are in all. */
async function search(query) {
  const found = await matchingIds(query);
  const { terms, sets, loose, counts } = found;
  if (!terms.length) return { items: [] };
  const page = await describePage(query, found.ids.slice(0, PAGE), TOP);
  const items = page.map(({ id, url, title, speaker, date, snippet: html }) => {
    const which = {};
    terms.forEach((t, k) => { which[t] = sets[k].has(id); });
    const line = [speaker, date].filter(Boolean).join(" · ");
    const titleHTML = marked(title, matches(title, terms.filter((t) => which[t])), 0, title.length);
    writtenForms(titleHTML + html, terms).forEach((form) => { which[form] = true; });
    return [{
      location: url, title: titleHTML, score: loose ? counts.get(id) : 1, terms: which,
      text: (line ? `<p class="archive-search__meta">${escapeHTML(line)}</p>` : "") + (html ? `<p>${html}</p>` : ""),
    }];
  });
  if (found.ids.length > PAGE) {
    const total = `${found.exact ? "" : "至多 "}${found.ids.length.toLocaleString("zh-CN")}`;
    items.push([{
      location: `search/?q=${encodeURIComponent(query)}`, score: 0, terms: {},
      title: escapeHTML(`共 ${total} 条结果，以上是前 ${PAGE} 条`),
      text: `<p class="archive-search__meta">${escapeHTML("查看全部结果与筛选")}</p>`,
    }]);
  }
  return { items };
}

const EMPTY = { type: MESSAGE.RESULT, data: { items: [] } };

addEventListener("message", async (event) => {
  const message = event.data;
  if (message.type === MESSAGE.SETUP) {
    await ready();
    postMessage({ type: MESSAGE.READY });
  } else if (message.type === MESSAGE.QUERY) {
    const mine = ++latest;
    let reply;
    try {
      reply = { type: MESSAGE.RESULT, data: await search(String(message.data)) };
    } catch (error) {
      console.warn(`archive search: ${JSON.stringify(message.data)}:`, error);
      reply = EMPTY;
    }
    if (mine === latest) postMessage(reply);
  }
});

function ready() {
  manifestPromise = manifestPromise || fetchOK(new URL("manifest.json", ROOT)).then((r) => r.json());
  return Promise.all([manifestPromise, loadFold()]);
}

/* ------------------------------------------------------------------------------------------------------
 * The search page's API (overrides/assets/javascripts/search-page.js), separate from Material's protocol.
 * Requests {type: "archive:ids" | "archive:mark" | "archive:snippet", ask, ...}; the reply has the same type
 * and ask, and either `result` or `error`.
 *   archive:ids     {query}        -> {ids, scores, terms, loose, capped}: every matching document id in id
 *                                     order (newest first; loose: scores = how many terms each matched).
 *                                     Exact: phrases longer than the index's slices are confirmed against the
 *                                     texts when fewer than CONFIRM_MAX candidates hold all their windows
 *                                     (beyond that capped = true: the list may hold extras).
 *   archive:mark    {texts, query} -> the texts as HTML with the query's matches marked (result titles)
 *   archive:snippet {id, query}    -> HTML of the snippet of one result (its text fetched by range request)
 * ------------------------------------------------------------------------------------------------------ */

const CONFIRM_MAX = 200;

async function pageIds(query) {
  await ready();
  const found = await matchingIds(query, CONFIRM_MAX);
  const ids = [...found.ids].sort((a, b) => a - b);
  return { ids, scores: found.loose ? ids.map((id) => found.counts.get(id)) : null, terms: found.terms,
    loose: Boolean(found.loose), capped: !found.exact };
}

async function pageMarks(texts, query) {
  await ready();
  const { terms } = parse(query);
  return texts.map((text) => marked(text, matches(text, terms), 0, text.length));
}

async function pageSnippet(id, query) {
  await ready();
  const { loose, terms } = parse(query);
  return snippet(await textOf(id), patternsOf(terms, loose));
}

const PAGE_API = {
  "archive:ids": (m) => pageIds(String(m.query)),
  "archive:mark": (m) => pageMarks(m.texts.map(String), String(m.query)),
  "archive:snippet": (m) => pageSnippet(Number(m.id), String(m.query)),
};

addEventListener("message", async (event) => {
  const { type, ask } = event.data;
  if (!Object.hasOwn(PAGE_API, type)) return;
  try {
    postMessage({ type, ask, result: await PAGE_API[type](event.data) });
  } catch (error) {
    postMessage({ type, ask, error: String(error) });
  }
});
