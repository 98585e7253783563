// dragoman dashboard: a small hash-routed app; every view's state lives in the URL.
// All article text is inserted with textContent, never as HTML.
"use strict";

const QUAD = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
const QUAD_COLOUR = {1: "#2b8a3e", 2: "#74b816", 3: "#e67700", 4: "#c92a2a"};

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "onclick" || key === "onsubmit") node[key] = value;
    else if (value !== null && value !== undefined) node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  for (const child of children.flat()) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== "" && v !== null && v !== undefined) query.set(k, v);
  const response = await fetch(`/api/${path}${query.toString() ? "?" + query : ""}`);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
  return body;
}

function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query] = hash.split("?");
  const parts = path.split("/").filter(Boolean);
  return {view: parts[0] || "overview", id: parts.slice(1).join("/") || null,
          params: Object.fromEntries(new URLSearchParams(query || ""))};
}

function go(view, params) {
  const query = new URLSearchParams(Object.entries(params || {}).filter(([, v]) => v !== "" && v != null));
  location.hash = `#/${view}${query.toString() ? "?" + query : ""}`;
}

function codes(side) { return (side || []).map(a => a.code).join(", "); }
function actorLink(code) { return el("a", {href: `#/actor/${encodeURIComponent(code)}`}, code); }
function actorLinks(side) { return (side || []).flatMap((a, i) => i ? [", ", actorLink(a.code)] : [actorLink(a.code)]); }

const views = {
  async overview() {
    const stats = await api("stats");
    return [
      el("h1", {}, "Overview"),
      el("div", {class: "cards"},
        ["articles", "events", "quotes", "mentions"].map(k => el("div", {class: "card", "data-stat": k},
          el("div", {class: "n"}, stats[k]), el("div", {class: "muted"}, k)))),
      el("h2", {}, "Languages"),
      el("p", {}, stats.languages.map(l => el("span", {class: "badge"}, `${l.lang}: ${l.articles}`)).flatMap(b => [b, " "])),
      el("h2", {}, "Top dyads"),
      table(["actor", "recipient", "events", "balance"], stats.top_dyads.map(d => ({
        cells: [actorLink(d.actor), actorLink(d.recipient), d.events, d.balance.toFixed(1)],
        open: () => go("events", {actor: d.actor, recipient: d.recipient})}))),
      el("h2", {}, "Event types"),
      table(["type", "quad", "events"], stats.event_types.map(t => ({
        cells: [t.event, el("span", {class: `quad${t.quad_code}`}, QUAD[t.quad_code]), t.events],
        open: () => go("events", {type: t.event})}))),
    ];
  },

  async events(_id, params) {
    const data = await api("events", {...params, limit: 50});
    const fields = [["actor", "actor code"], ["recipient", "recipient code"], ["type", "PLOVER type"],
                    ["date_from", "from YYYY-MM-DD"], ["date_to", "to YYYY-MM-DD"], ["language", "language"]];
    const form = el("form", {class: "filters", onsubmit: (e) => {
      e.preventDefault();
      go("events", Object.fromEntries(new FormData(e.target)));
    }}, fields.map(([name, label]) => el("input", {name, placeholder: label, value: params[name] || "", "aria-label": label})),
      el("button", {type: "submit"}, "Filter"));
    return [el("h1", {}, `Events (${data.total})`), form,
      table(["date", "type", "mode", "actor", "recipient", "articles", "languages", "sentence"], data.items.map(e => ({
        cells: [e.date || "", el("span", {class: `quad${e.quad_code}`}, e.event), e.mode || "", codes(e.actor),
                codes(e.recipient), e.num_articles, e.num_languages, (e.text || "").slice(0, 110)],
        open: () => go(`event/${e.id}`)})))];
  },

  async event(id) {
    const e = await api(`events/${id}`);
    const header = el("div", {class: "cards"},
      el("div", {class: "card"}, el("div", {class: "n"}, e.event), el("div", {class: `quad${e.quad_code}`}, QUAD[e.quad_code])),
      el("div", {class: "card"}, el("div", {class: "muted"}, "actor"), actorLinks(e.actor)),
      el("div", {class: "card"}, el("div", {class: "muted"}, "recipient"), actorLinks(e.recipient)),
      el("div", {class: "card"}, el("div", {class: "muted"}, "date"), e.date || "unknown"),
      el("div", {class: "card"}, el("div", {class: "muted"}, "sources"), `${e.num_articles} articles, ${e.num_languages} languages`));
    const evidence = el("div", {id: "evidence"}, e.sources.map(s => evidenceItem(e, s)));
    const more = el("button", {type: "button", id: "more-sources"});
    const remaining = () => e.sources_total - evidence.children.length;
    const label = () => { more.textContent = `More sources (${remaining()} more)`; more.hidden = remaining() <= 0; };
    more.onclick = async () => {
      const page = await api(`events/${id}/sources`, {offset: evidence.children.length, limit: 50});
      evidence.append(...page.items.map(s => evidenceItem(e, s)));
      label();
    };
    label();
    return [el("h1", {}, `${e.event}${e.mode ? " (" + e.mode + ")" : ""}`), header,
      el("h2", {}, `Evidence (${e.sources_total} sources)`), evidence, more];
  },

  async timeline(_id, params) {
    const rows = await api("timeline", {actor: params.actor});
    return [el("h1", {}, `Timeline${params.actor ? " — " + params.actor : ""}`), legend(), timelineChart(rows, params.actor)];
  },

  async network() {
    const data = await api("network");
    return [el("h1", {}, "Network of actors"), legend(), networkChart(data)];
  },

  async quotes(_id, params) {
    const rows = await api("quotes", {speaker: params.speaker, q: params.q, language: params.language});
    const form = el("form", {class: "filters", onsubmit: (e) => { e.preventDefault(); go("quotes", Object.fromEntries(new FormData(e.target))); }},
      el("input", {name: "speaker", placeholder: "speaker", value: params.speaker || ""}),
      el("input", {name: "q", placeholder: "words", value: params.q || ""}),
      el("input", {name: "language", placeholder: "language", value: params.language || ""}),
      el("button", {type: "submit"}, "Search"));
    return [el("h1", {}, "Quotes"), form, table(["speaker", "language", "quote", "article"], rows.map(q => ({
      cells: [q.speaker_name || "unknown", q.lang, el("span", {lang: q.lang}, q.text), q.doc],
      open: () => go(`article/${q.article_id}`)})))];
  },

  async articles(_id, params) {
    const rows = await api("articles", {search: params.search, lang: params.lang});
    const form = el("form", {class: "filters", onsubmit: (e) => { e.preventDefault(); go("articles", Object.fromEntries(new FormData(e.target))); }},
      el("input", {name: "search", placeholder: "full-text search", value: params.search || ""}),
      el("input", {name: "lang", placeholder: "language", value: params.lang || ""}), el("button", {type: "submit"}, "Search"));
    return [el("h1", {}, "Articles"), form, table(["published", "language", "title", "characters"], rows.map(a => ({
      cells: [a.published || "", a.lang, a.title || a.doc, a.chars], open: () => go(`article/${a.id}`)})))];
  },

  async article(id) {
    const a = await api(`articles/${id}`);
    return [el("h1", {lang: a.lang}, a.source.title || a.doc),
      el("p", {class: "muted"}, `${a.lang} · published ${a.published || "unknown"} · ${a.source.url || a.source.path || ""}`),
      el("p", {class: "legend"}, el("span", {class: "m-STATE"}, "state/organisation"), el("span", {class: "m-PERSON"}, "person"),
        el("span", {class: "s-quote"}, "quote"), el("span", {class: "s-date"}, "date"), el("span", {class: "s-cue"}, "event cue")),
      el("div", {class: "reader", lang: a.lang}, renderSpans(a.text, a.spans)),
      el("h2", {}, `Events (${a.events.length})`),
      table(["type", "actor", "recipient", "date"], a.events.map(e => ({cells: [e.event, codes(e.actor), codes(e.recipient), e.date || ""],
        open: () => go(`event/${e.merged_id || e.id}`)})))];
  },

  async actors(_id, params) {
    const rows = params.q ? await api("actors", {q: params.q}) : [];
    const form = el("form", {class: "filters", onsubmit: (e) => { e.preventDefault(); go("actors", Object.fromEntries(new FormData(e.target))); }},
      el("input", {name: "q", placeholder: "name in any language or code", value: params.q || ""}), el("button", {type: "submit"}, "Search"));
    return [el("h1", {}, "Actors"), form, table(["code", "type", "name"], rows.map(r => ({
      cells: [r.code || "", r.type, r.name], open: () => go(`actor/${encodeURIComponent(r.code || r.key)}`)})))];
  },

  async actor(id) {
    const a = await api(`actors/${encodeURIComponent(id)}`);
    return [el("h1", {}, `${a.name} `, el("span", {class: "badge"}, a.code || a.type)),
      el("p", {class: "muted"}, `${a.mentions.mentions} mentions in ${a.mentions.articles} articles`,
        a.code ? [" · ", el("a", {href: `#/events?actor=${a.code}`}, "events as actor"), " · ",
                  el("a", {href: `#/timeline?actor=${a.code}`}, "timeline")] : []),
      el("h2", {}, "Counterparts"),
      table(["code", "events", "cooperation", "conflict"], a.counterparts.map(c => ({
        cells: [actorLink(c.code), c.events, c.cooperation, c.conflict], open: () => go("events", {dyad: `${a.code}:${c.code}`})}))),
      el("h2", {}, "Offices"), el("ul", {}, a.offices.map(o => el("li", {}, `${o.role} of ${o.code}: ${o.start || "?"} – ${o.end || "now"}`))),
      el("h2", {}, "Quotes"), el("ul", {}, a.quotes.map(q => el("li", {lang: q.lang}, q.text))),
      el("h2", {}, "Names"), el("ul", {}, Object.entries(a.names).slice(0, 40).map(([lang, names]) => el("li", {}, `${lang}: ${names.slice(0, 8).join(", ")}`))),
    ];
  },
};

function evidenceItem(e, s) {
  return el("div", {class: "evidence"},
    el("div", {class: "muted"}, `${s.language} · ${s.site || ""} · `, el("a", {href: `#/article/${s.article_id}`, class: "article-link"}, s.doc)),
    el("p", {lang: s.language, class: "sentence"}, highlight(s.sentence || "", [[s.cue, "cue"],
      ...e.actor.map(a => [a.raw_text, "actor"]), ...e.recipient.map(a => [a.raw_text, "recipient"])])));
}

function table(headers, rows) {
  return el("table", {}, el("thead", {}, el("tr", {}, headers.map(h => el("th", {}, h)))),
    el("tbody", {}, rows.map(r => el("tr", {class: r.open ? "clickable" : "", onclick: r.open || null}, r.cells.map(c => el("td", {}, c))))));
}

function legend() {
  return el("p", {class: "legend"}, Object.entries(QUAD).map(([q, name]) => el("span", {class: `quad${q}`}, `■ ${name}`)));
}

function highlight(text, marks) {
  const ranges = [];
  for (const [word, kind] of marks) {
    if (!word) continue;
    const at = text.indexOf(word);
    if (at >= 0) ranges.push([at, at + word.length, kind]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const out = [];
  let cursor = 0;
  for (const [start, end, kind] of ranges) {
    if (start < cursor) continue;
    out.push(text.slice(cursor, start), el("mark", {class: kind}, text.slice(start, end)));
    cursor = end;
  }
  out.push(text.slice(cursor));
  return out;
}

function renderSpans(text, spans) {
  const out = [];
  let cursor = 0;
  for (const s of spans) {
    if (s.start < cursor) continue;
    out.push(text.slice(cursor, s.start));
    const cls = s.kind === "mention" ? `m-${s.type}` : `s-${s.kind}`;
    out.push(el("span", {class: cls, title: [s.label, s.code].filter(Boolean).join(" · ")}, text.slice(s.start, s.end)));
    cursor = s.end;
  }
  out.push(text.slice(cursor));
  return out;
}

function addDays(iso, days) {
  return new Date(Date.parse(iso + "T00:00:00Z") + days * 86400000).toISOString().slice(0, 10);
}

function allWeeks(mondays) {
  // every week from the first to the last, so quiet weeks show as gaps (at most ten years)
  const sorted = [...mondays].sort();
  const out = [sorted[0]];
  while (out[out.length - 1] < sorted[sorted.length - 1] && out.length < 520) out.push(addDays(out[out.length - 1], 7));
  return out;
}

function timelineChart(rows, actor) {
  if (!rows.length) return el("p", {class: "muted"}, "No dated events yet.");
  const weeks = allWeeks(new Set(rows.map(r => r.week)));
  const totals = Object.fromEntries(weeks.map(w => [w, 0]));
  rows.forEach(r => { totals[r.week] += r.events; });
  const max = Math.max(...Object.values(totals));
  const bar = Math.max(6, Math.min(24, Math.floor(1100 / weeks.length) - 4)), step = bar + 4, height = 240;
  const width = weeks.length * step + 60, labelEvery = Math.ceil(weeks.length / 40);
  const chart = svg("svg", {width, height: height + 70, role: "img", "aria-label": "events per week", id: "timeline-chart"});
  chart.append(svg("text", {x: 0, y: 12}, `${max}`), svg("line", {x1: 30, y1: 20, x2: width, y2: 20, stroke: "#dde2e8"}));
  weeks.forEach((week, i) => {
    const x = 36 + i * step;
    let y = height;
    const link = svg("a", {href: `#/events?${new URLSearchParams(Object.assign(actor ? {actor} : {},
      {date_from: week, date_to: addDays(week, 6)}))}`});
    rows.filter(r => r.week === week).sort((a, b) => a.quad - b.quad).forEach(r => {
      const h = (r.events / max) * (height - 20);
      y -= h;
      link.append(svg("rect", {x, y, width: bar, height: h, fill: QUAD_COLOUR[r.quad]},
        svg("title", {}, `week of ${week}: ${r.events} ${QUAD[r.quad]}`)));
    });
    chart.append(link);
    if (i % labelEvery === 0) {
      chart.append(svg("text", {x, y: height + 14, transform: `rotate(45 ${x} ${height + 14})`}, week));
    }
  });
  return el("div", {class: "scroll"}, chart);
}

function networkChart(data) {
  if (!data.nodes.length) return el("p", {class: "muted"}, "No events between actors yet.");
  const size = 640, r = 250, centre = size / 2;
  const place = {};
  data.nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / data.nodes.length;
    place[n.id] = [centre + r * Math.cos(angle), centre + r * Math.sin(angle)];
  });
  const chart = svg("svg", {width: size, height: size, role: "img", "aria-label": "actor network", id: "network-chart"});
  const maxEdge = Math.max(...data.edges.map(e => e.events));
  data.edges.forEach(e => {
    const [x1, y1] = place[e.source], [x2, y2] = place[e.target];
    const colour = e.cooperation >= e.conflict ? "#2b8a3e" : "#c92a2a";
    chart.append(svg("line", {x1, y1, x2, y2, stroke: colour, "stroke-opacity": 0.6, "stroke-width": 1 + 5 * e.events / maxEdge},
      svg("title", {}, `${e.source} → ${e.target}: ${e.events} events (${e.cooperation} cooperation, ${e.conflict} conflict)`)));
  });
  data.nodes.forEach(n => {
    const [x, y] = place[n.id];
    const group = svg("a", {href: `#/actor/${encodeURIComponent(n.id)}`},
      svg("circle", {cx: x, cy: y, r: 6 + Math.sqrt(n.events) * 2, fill: "#4c6ef5"}),
      svg("text", {x: x + 10, y: y - 8}, n.id));
    chart.append(group);
  });
  return chart;
}

async function render() {
  const {view, id, params} = route();
  document.querySelectorAll("nav a").forEach(a => a.classList.toggle("active", a.dataset.view === view));
  const target = document.getElementById("view");
  const handler = views[view] || views.overview;
  target.replaceChildren(el("p", {class: "muted"}, "Loading…"));
  try {
    target.replaceChildren(...(await handler(id, params)).flat());
  } catch (error) {
    target.replaceChildren(el("p", {class: "error"}, `Error: ${error.message}`));
  }
}

window.addEventListener("hashchange", render);
render();
