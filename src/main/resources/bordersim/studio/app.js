// The studio's page: plain JavaScript, no library. Everything that comes from a file is put in the
// page as text (textContent), never as HTML, so a hostile scenario name cannot run anything.
"use strict";

const $ = (id) => document.getElementById(id);
let current = null; // the scenario shown: its file name and summary

function showError(problems) {
  const box = $("error");
  box.textContent = problems.join("\n");
  box.hidden = false;
}

function clearError() {
  $("error").hidden = true;
  $("error").textContent = "";
}

async function getJson(url, options) {
  const response = await fetch(url, options);
  const body = await response.json().catch(() => ({ problems: ["the server's answer is not JSON"] }));
  if (!response.ok) throw body.problems || ["error " + response.status];
  return body;
}

async function loadList() {
  try {
    const list = await getJson("/api/scenarios");
    $("folder").textContent = "from " + list.folder;
    const select = $("scenario");
    select.textContent = "";
    const none = document.createElement("option");
    none.value = "";
    none.textContent = "(choose)";
    select.appendChild(none);
    for (const name of list.scenarios) {
      const option = document.createElement("option");
      option.value = name;
      option.textContent = name;
      select.appendChild(option);
    }
    if (current) select.value = current.file;
  } catch (problems) {
    showError(problems);
  }
}

async function pick(name) {
  clearError();
  $("answer").hidden = true;
  $("compare").disabled = true;
  if (!name) return;
  try {
    const s = await getJson("/api/scenario?file=" + encodeURIComponent(name));
    current = { file: name, summary: s };
    $("title").textContent = s.name;
    $("description").textContent = s.description;
    $("map").src = s.map;
    $("map").hidden = false;
    $("facts").textContent = s.width + " x " + s.height + " cells of " + s.cellKm + " km; crossings "
      + s.crossings.join(", ") + "; BLOs " + s.blos.join(", ") + "; costs in " + s.currency + ".";
    $("reps").value = Math.max(2, s.replications);
    showLevers(s.levers);
    $("compare").disabled = false;
    stopLive();
    $("live").hidden = false;
  } catch (problems) {
    current = null;
    $("map").hidden = true;
    $("levers").textContent = "";
    showError(problems);
  }
}

function showLevers(levers) {
  const box = $("levers");
  box.textContent = "";
  for (const lever of levers) {
    const row = document.createElement("div");
    row.className = "lever";
    row.dataset.pointer = lever.pointer;
    const label = document.createElement("label");
    label.textContent = lever.label + (lever.unit ? " (" + lever.unit + ")" : "");
    let input;
    if (lever.type === "choice") {
      input = document.createElement("select");
      for (const c of lever.choices) {
        const o = document.createElement("option");
        o.value = c;
        o.textContent = c;
        input.appendChild(o);
      }
      input.value = lever.base;
    } else if (lever.type === "boolean") {
      input = document.createElement("input");
      input.type = "checkbox";
      input.checked = lever.base === true;
    } else {
      input = document.createElement("input");
      input.type = "number";
      input.min = lever.min;
      input.max = lever.max;
      input.step = lever.type === "integer" ? "1" : "any";
      input.value = lever.base === null ? "" : lever.base;
      if (lever.base === null) input.placeholder = "differs by BLO";
    }
    input.id = "lever-" + lever.pointer.replace(/[^a-zA-Z0-9]/g, "_");
    input.addEventListener("change", () => row.classList.toggle("changed", changed(lever, input)));
    row.appendChild(label);
    row.appendChild(input);
    row.lever = lever;
    row.input = input;
    box.appendChild(row);
  }
}

function valueOf(lever, input) {
  if (lever.type === "boolean") return input.checked;
  if (lever.type === "choice") return input.value;
  if (input.value === "") return null;
  return lever.type === "integer" ? parseInt(input.value, 10) : parseFloat(input.value);
}

function changed(lever, input) {
  const v = valueOf(lever, input);
  return v !== null && v !== lever.base;
}

function changes() {
  const set = {};
  for (const row of $("levers").children) {
    if (changed(row.lever, row.input)) set[row.lever.pointer] = valueOf(row.lever, row.input);
  }
  return set;
}

async function save() {
  clearError();
  try {
    const answer = await getJson("/api/save", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ file: current.file, set: changes(), name: $("save-name").value.trim() }) });
    $("saved").textContent = "saved as " + answer.saved + " (it validates; run it with ./bordersim run)";
    loadList();
  } catch (problems) {
    showError(problems);
  }
}

async function compare() {
  clearError();
  const set = changes();
  const request = { file: current.file, set: set, replications: parseInt($("reps").value, 10) };
  $("compare").disabled = true;
  try {
    const job = await getJson("/api/compare", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request) });
    $("progress").hidden = false;
    $("progress").max = job.total;
    await follow(job.id);
  } catch (problems) {
    showError(problems);
  } finally {
    $("compare").disabled = false;
  }
}

async function follow(id) {
  for (;;) {
    const p = await getJson("/api/compare/" + id);
    $("progress").value = p.done;
    $("status").textContent = p.status === "done" ? "done" : p.done + " of " + p.total + " replications";
    if (p.status === "done") {
      $("briefing").href = "/api/compare/" + id + "/briefing";
      $("briefing").hidden = false;
      $("warnings").textContent = (p.warnings || []).join("\n");
      $("warnings").hidden = !(p.warnings && p.warnings.length);
      showPlaces(p.places || [], p.placeMap);
      return showResult(p.rows);
    }
    if (p.status === "failed") throw ["the comparison failed: " + p.error];
    await new Promise((r) => setTimeout(r, 250));
  }
}

function cell(row, text, left) {
  const td = document.createElement("td");
  td.textContent = text;
  if (left) td.className = "l";
  row.appendChild(td);
}

function readable(v) {
  if (v === null || v === undefined || Number.isNaN(v)) return "-";
  const a = Math.abs(v);
  const digits = a >= 100 ? 0 : a >= 1 ? 2 : 3;
  return v.toLocaleString("en-US", { maximumFractionDigits: digits });
}

// Where trafficking moves: crossings at each place, scenario against what-if, on the map and in words.
function showPlaces(places, map) {
  const body = $("places").querySelector("tbody");
  body.textContent = "";
  for (const r of places) {
    const tr = document.createElement("tr");
    cell(tr, r.place, true);
    cell(tr, r.kind, true);
    cell(tr, readable(r.baseline));
    cell(tr, readable(r.whatIf));
    cell(tr, r.words, true);
    body.appendChild(tr);
  }
  $("where").hidden = places.length === 0;
  if (map) $("place-map").src = map;
}

function showResult(rows) {
  const body = $("result").querySelector("tbody");
  body.textContent = "";
  for (const r of rows) {
    const tr = document.createElement("tr");
    cell(tr, r.outcome + " (" + r.unit + ")", true);
    cell(tr, readable(r.baseline));
    cell(tr, readable(r.whatIf));
    cell(tr, r.words, true);
    body.appendChild(tr);
  }
  forest(rows);
  $("answer").hidden = false;
}

// Returns add(tag, attributes, text): appends an SVG element to svg, the text set as text (never as markup).
function svgAdder(svg) {
  return (tag, attrs, text) => {
    const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    svg.appendChild(e);
    return e;
  };
}

// A forest plot: each outcome's difference and 95% interval as a share of the scenario's value, so
// outcomes in different units share one axis. Outcomes whose scenario value is 0 are left out.
function forest(rows) {
  const svg = $("forest");
  while (svg.firstChild) svg.removeChild(svg.firstChild);
  const shown = rows.filter((r) => r.baseline !== 0 && r.low !== null && !Number.isNaN(r.low));
  const left = 230, width = 420, rowHeight = 22;
  const share = (v, r) => v / Math.abs(r.baseline);
  // The axis fits every difference and most intervals; one very wide interval (persons rescued at a few
  // replications) is cut at the edge with an arrow, instead of squeezing every other outcome to a dot.
  const extents = shown.map((r) => Math.max(Math.abs(share(r.low, r)), Math.abs(share(r.high, r)))).sort((a, b) => a - b);
  let span = Math.max(0.05, extents.length === 0 ? 0 : extents[Math.floor(0.75 * (extents.length - 1))]);
  for (const r of shown) span = Math.max(span, 1.2 * Math.abs(share(r.difference, r)));
  const clip = (v) => Math.max(-span, Math.min(span, v));
  const x = (v) => left + width / 2 + (clip(v) / span) * (width / 2 - 10);
  svg.setAttribute("width", left + width + 20);
  svg.setAttribute("height", (shown.length + 2) * rowHeight);
  const add = svgAdder(svg);
  add("line", { x1: x(0), x2: x(0), y1: 0, y2: (shown.length + 1) * rowHeight, stroke: "#999" });
  shown.forEach((r, i) => {
    const y = (i + 1) * rowHeight;
    const detectable = r.low > 0 || r.high < 0;
    add("text", { x: 0, y: y + 4, "font-size": 12 }, r.outcome);
    add("line", { x1: x(share(r.low, r)), x2: x(share(r.high, r)), y1: y, y2: y, stroke: detectable ? "#2171b5" : "#999", "stroke-width": 3, class: "interval" });
    for (const [end, sign] of [[share(r.low, r), -1], [share(r.high, r), 1]]) {
      if (Math.abs(end) <= span) continue;
      const tip = x(sign * span);
      add("path", { d: "M" + tip + "," + y + " l" + (-sign * 7) + ",-5 l0,10 z", fill: detectable ? "#2171b5" : "#999", class: "cut" });
    }
    add("circle", { cx: x(share(r.difference, r)), cy: y, r: 4, fill: detectable ? "#08306b" : "#666" });
  });
  const y = (shown.length + 1) * rowHeight + 14;
  add("text", { x: x(-span) , y: y, "font-size": 11 }, "-" + Math.round(100 * span) + "%");
  add("text", { x: x(0) - 4, y: y, "font-size": 11 }, "0");
  add("text", { x: x(span) - 30, y: y, "font-size": 11 }, "+" + Math.round(100 * span) + "%");
}

// The donor's cost-effectiveness plane: every portfolio's extra cost against its gain, both with 95% intervals;
// the frontier joined, the recommended portfolio ringed, the budget a dashed line. The brief's chart, drawn here.
function plane(answer) {
  const svg = $("plane");
  const NS = "http://www.w3.org/2000/svg";
  while (svg.firstChild) svg.removeChild(svg.firstChild);
  const points = answer.points;
  if (points.length === 0) return;
  const left = 80, top = 20, width = 560, height = 300;
  const lo = (p, k) => (p[k + "Low"] === null ? p[k] : p[k + "Low"]);
  const hi = (p, k) => (p[k + "High"] === null ? p[k] : p[k + "High"]);
  let x0 = Math.min(0, ...points.map((p) => lo(p, "cost"))), x1 = Math.max(...points.map((p) => hi(p, "cost")));
  if (answer.budget !== null) x1 = Math.max(x1, answer.budget);
  let y0 = Math.min(0, ...points.map((p) => lo(p, "gain"))), y1 = Math.max(...points.map((p) => hi(p, "gain")));
  if (x1 === x0) x1 = x0 + 1;
  if (y1 === y0) y1 = y0 + 1;
  const x = (v) => left + ((v - x0) / (x1 - x0)) * width;
  const y = (v) => top + height - ((v - y0) / (y1 - y0)) * height;
  svg.setAttribute("width", left + width + 30);
  svg.setAttribute("height", top + height + 50);
  const add = svgAdder(svg);
  add("rect", { x: left, y: top, width: width, height: height, fill: "none", stroke: "#ccc" });
  add("line", { x1: left, x2: left + width, y1: y(0), y2: y(0), stroke: "#999" });
  if (answer.budget !== null) {
    add("line", { x1: x(answer.budget), x2: x(answer.budget), y1: top, y2: top + height, stroke: "#c00000", "stroke-dasharray": "6 4" });
    add("text", { x: x(answer.budget) - 4, y: top + 12, "font-size": 11, "text-anchor": "end", fill: "#c00000" }, "budget");
  }
  const frontier = points.filter((p) => p.status === "on the frontier").sort((a, b) => a.cost - b.cost);
  if (frontier.length > 1) {
    add("polyline", { points: frontier.map((p) => x(p.cost) + "," + y(p.gain)).join(" "), fill: "none", stroke: "#2171b5", "stroke-width": 1.5 });
  }
  for (const p of points) {
    const colour = p.status === "on the frontier" ? "#2171b5" : p.status === "extended-dominated" ? "#e6550d" : "#999";
    add("line", { x1: x(lo(p, "cost")), x2: x(hi(p, "cost")), y1: y(p.gain), y2: y(p.gain), stroke: colour, "stroke-opacity": 0.4 });
    add("line", { x1: x(p.cost), x2: x(p.cost), y1: y(lo(p, "gain")), y2: y(hi(p, "gain")), stroke: colour, "stroke-opacity": 0.4 });
    const dot = add("circle", { cx: x(p.cost), cy: y(p.gain), r: p.recommended ? 7 : 4, fill: p.recommended ? "none" : colour,
      stroke: p.recommended ? "#000" : colour, "stroke-width": p.recommended ? 2.5 : 1, class: p.recommended ? "recommended" : "portfolio" });
    const title = document.createElementNS(NS, "title");
    title.textContent = p.portfolio + ": extra cost " + readable(p.cost) + " " + answer.currency + ", gain " + readable(p.gain)
      + " " + answer.unit + " (" + p.status + ")";
    dot.appendChild(title);
  }
  add("text", { x: left + width / 2, y: top + height + 36, "font-size": 12, "text-anchor": "middle" },
    "extra cost over " + readable(answer.horizonYears) + " years (" + answer.currency + ")");
  add("text", { x: 14, y: top + height / 2, "font-size": 12, transform: "rotate(-90 14 " + (top + height / 2) + ")", "text-anchor": "middle" },
    "gain in " + answer.outcome + " (" + answer.unit + ")");
  add("text", { x: left, y: top + height + 16, "font-size": 11 }, readable(x0));
  add("text", { x: left + width, y: top + height + 16, "font-size": 11, "text-anchor": "end" }, readable(x1));
  add("text", { x: left - 6, y: y(y1) + 4, "font-size": 11, "text-anchor": "end" }, readable(y1));
  add("text", { x: left - 6, y: y(y0) + 4, "font-size": 11, "text-anchor": "end" }, readable(y0));
}

// The regret table: the leading portfolios' gain under each uncertain condition, and what choosing each forgoes.
function regretTable(answer) {
  const table = $("regret");
  const r = answer.regret;
  if (!r) return;
  table.textContent = "";
  const head = table.insertRow();
  const cell = (row, text, cls) => {
    const c = row.insertCell();
    c.textContent = text;
    if (cls) c.className = cls;
    return c;
  };
  cell(head, "portfolio", "l");
  cell(head, "gain, nominal");
  for (const c of r.conditions) cell(head, c);
  cell(head, "largest regret");
  for (const row of r.rows) {
    const tr = table.insertRow();
    cell(tr, (row.recommended ? "recommended: " : "") + row.portfolio + (row.mostRobust ? " (least regret)" : ""), "l");
    cell(tr, readable(row.nominal));
    row.gains.forEach((g, i) => cell(tr, readable(g) + " (regret " + readable(row.regrets[i]) + ")"));
    cell(tr, readable(row.maxRegret));
  }
  table.hidden = false;
}

// Watching one run: the server advances the model a tick at a time; the page draws couriers and seizures.
let live = null; // { id, timer }

function stopLive() {
  if (live && live.timer) clearInterval(live.timer);
  live = null;
  for (const id of ["play", "pause", "step"]) $(id).disabled = true;
  const canvas = $("agents");
  canvas.getContext("2d").clearRect(0, 0, canvas.width, canvas.height);
  $("clock").textContent = "day 0";
}

async function watch() {
  clearError();
  stopLive();
  try {
    const run = await getJson("/api/live", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ file: current.file, set: changes() }) });
    live = { id: run.id, timer: null };
    for (const id of ["play", "step"]) $(id).disabled = false;
    draw(run);
  } catch (problems) {
    showError(problems);
  }
}

async function tick() {
  if (!live) return;
  try {
    const state = await getJson("/api/live/" + live.id + "/step?hours=" + $("speed").value, { method: "POST" });
    draw(state);
    if (state.ended) pause();
  } catch (problems) {
    pause();
    showError(problems);
  }
}

function play() {
  if (!live || live.timer) return;
  live.timer = setInterval(tick, 700);
  $("play").disabled = true;
  $("pause").disabled = false;
}

function pause() {
  if (live && live.timer) clearInterval(live.timer);
  if (live) live.timer = null;
  $("play").disabled = !live;
  $("pause").disabled = true;
}

function draw(state) {
  const s = current.summary;
  const img = $("map");
  const canvas = $("agents");
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  canvas.style.width = img.clientWidth + "px";
  canvas.style.height = img.clientHeight + "px";
  const g = canvas.getContext("2d");
  g.clearRect(0, 0, canvas.width, canvas.height);
  const k = s.mapScale;
  const at = (cell) => [(cell % s.width) * k + k / 2, Math.floor(cell / s.width) * k + k / 2];
  // Patrols: small green squares; interdiction teams: blue diamonds; couriers: black dots; seizures: red crosses.
  g.fillStyle = "#1b8a3a";
  const p = Math.max(2, k / 2.5);
  for (const c of state.patrols) {
    const [x, y] = at(c);
    g.fillRect(x - p / 2, y - p / 2, p, p);
  }
  g.fillStyle = "#1f5fbf";
  const t = Math.max(4, k / 1.5);
  for (const c of state.teams) {
    const [x, y] = at(c);
    g.beginPath();
    g.moveTo(x, y - t); g.lineTo(x + t, y); g.lineTo(x, y + t); g.lineTo(x - t, y); g.closePath();
    g.fill();
  }
  g.fillStyle = "#000";
  for (const c of state.couriers) {
    const [x, y] = at(c);
    g.beginPath();
    g.arc(x, y, Math.max(2, k / 3), 0, 2 * Math.PI);
    g.fill();
  }
  g.strokeStyle = "#c00000";
  g.lineWidth = Math.max(2, k / 5);
  for (const c of state.seizures) {
    const [x, y] = at(c);
    const r = Math.max(3, k / 2);
    g.beginPath();
    g.moveTo(x - r, y - r); g.lineTo(x + r, y + r);
    g.moveTo(x + r, y - r); g.lineTo(x - r, y + r);
    g.stroke();
  }
  $("clock").textContent = "day " + state.day + (state.ended ? " (end of the run)" : "");
  const kpi = state.kpi;
  // Kilograms of different commodities are never added up: a kg of precursors is not a kg of heroin.
  const byCommodity = Object.entries(kpi.seizedKg).map(([c, v]) => c + " " + readable(v) + " kg");
  $("kpi-value").textContent = readable(kpi.valueSeized) + " " + kpi.currency;
  $("kpi-kg").textContent = byCommodity.length === 0 ? "-" : byCommodity.join(", ");
  $("kpi-persons").textContent = readable(kpi.personsRescued);
  $("kpi-rate").textContent = kpi.interdictionRate === null ? "-" : readable(kpi.interdictionRate);
  $("kpi-cost").textContent = readable(kpi.costToDate) + " " + kpi.currency;
  $("kpi-delay").textContent = kpi.tradeDelayMinutes === null ? "-" : readable(kpi.tradeDelayMinutes) + " min";
  $("kpi-patrols").textContent = state.patrols.length + " cells, " + state.teams.length + " team" + (state.teams.length === 1 ? "" : "s");
}

// Donors: a portfolio file answered on the server; the page follows the stages and links the brief.
async function loadPortfolios() {
  try {
    const list = await getJson("/api/portfolios");
    const select = $("portfolio");
    select.textContent = "";
    for (const name of list.portfolios) {
      const option = document.createElement("option");
      option.value = name;
      option.textContent = name;
      select.appendChild(option);
    }
    $("invest").disabled = list.portfolios.length === 0;
  } catch (problems) {
    showError(problems);
  }
}

async function invest() {
  clearError();
  $("invest").disabled = true;
  $("brief-link").hidden = true;
  $("recommendation").textContent = "";
  $("plane").textContent = "";
  $("regret").hidden = true;
  try {
    const job = await getJson("/api/invest", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ file: $("portfolio").value }) });
    $("invest-progress").hidden = false;
    for (;;) {
      const p = await getJson("/api/invest/" + job.id);
      $("invest-progress").max = Math.max(1, p.total);
      $("invest-progress").value = p.done;
      $("invest-status").textContent = p.status === "done" ? "done" : (p.stage || "starting") + ": " + p.done + " of " + p.total + " runs";
      if (p.status === "done") {
        $("recommendation").textContent = "Recommended: " + p.recommendation;
        $("brief-link").href = "/api/invest/" + job.id + "/brief";
        $("brief-link").hidden = false;
        plane(p.answer);
        regretTable(p.answer);
        break;
      }
      if (p.status === "failed") throw [p.error];
      await new Promise((r) => setTimeout(r, 500));
    }
  } catch (problems) {
    showError(problems);
  } finally {
    $("invest").disabled = false;
  }
}

$("scenario").addEventListener("change", (e) => pick(e.target.value));
$("invest").addEventListener("click", invest);
loadPortfolios();
$("watch").addEventListener("click", watch);
$("play").addEventListener("click", play);
$("pause").addEventListener("click", pause);
$("step").addEventListener("click", tick);
$("compare").addEventListener("click", compare);
$("save").addEventListener("click", save);
loadList();
