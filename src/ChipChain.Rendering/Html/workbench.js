// ChipChain report: the what-if panel. Keeps a scenario, runs window.chipchain.whatif on every change, paints the
// diagram (failed, stopped, reduced) and lists what stopped and every level that dropped, like `chipchain whatif`;
// below the slider's last step (the whole horizon, untimed) failures last that many weeks and the timeline of the
// targets is shown, like `chipchain whatif --weeks D` (the timeline rows come from timeline.js).
(function () {
  "use strict";
  var engine = window.chipchain;
  var panel = document.getElementById("whatif");
  if (!engine || !panel) { return; }
  var diagram = document.getElementById("diagram");
  var boxes = new Map();
  function bind() {
    boxes = new Map();
    diagram.querySelectorAll("g.node").forEach(function (g) { boxes.set(g.getAttribute("data-id"), g); });
  }
  bind();
  var names = new Map();
  document.querySelectorAll("#wi-nodes option").forEach(function (o) { names.set(o.value, o.textContent); });
  var targets = new Set(engine.targets());
  var state = { fail: [], failCountries: [], cut: [], degrade: [], durations: null };
  var $ = function (id) { return document.getElementById(id); };
  var results = $("wi-results"), parts = $("wi-parts"), json = $("wi-json"), error = $("wi-error");
  var slider = $("wi-weeks"), sliderText = $("wi-weeks-text"), horizon = Number(slider.max);

  // The weeks a failure lasts, or null on the last step: the whole horizon, failures permanent as without --weeks.
  function weeks() { var w = Number(slider.value); return w >= horizon ? null : w; }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function nameOf(id) { return names.get(id) || id; }

  function percent(level) { return (Math.round(level * 1000) / 10) + "%"; }

  function ref(id) {
    var b = el("button", "node-ref", nameOf(id));
    b.type = "button";
    b.setAttribute("data-node", id);
    b.title = id;
    return b;
  }

  // A node typed as its id or its name (any case).
  function resolve(text) {
    var t = text.trim();
    if (names.has(t)) { return t; }
    var lower = t.toLowerCase(), found = null;
    names.forEach(function (name, id) { if (found === null && (name.toLowerCase() === lower || id.toLowerCase() === lower)) { found = id; } });
    return found;
  }

  // The scenario as a `whatif --scenario` file: only the parts that have something.
  function scenarioFile() {
    var out = {};
    ["fail", "failCountries", "cut", "degrade"].forEach(function (k) { if (state[k].length) { out[k] = state[k]; } });
    if (state.durations && Object.keys(state.durations).length) { out.durations = state.durations; }
    return out;
  }

  function part(label, remove) {
    var li = el("li", "chip part", label + " ");
    var x = el("button", "remove", "\u00d7");
    x.type = "button";
    x.setAttribute("aria-label", "Remove " + label);
    x.addEventListener("click", function () { remove(); update(); });
    li.appendChild(x);
    parts.appendChild(li);
  }

  function cutLabel(c) { return "cut " + c.supplierCountry + " \u2192 " + c.consumerCountry + (c.item ? " (" + c.item + ")" : "") + (c.supplierKind ? " from " + c.supplierKind : "") + (c.consumerKind ? " to " + c.consumerKind : ""); }

  function paint(outcome) {
    var failed = new Set(outcome ? outcome.failed : []), stopped = new Set(outcome ? outcome.stopped : []);
    var reduced = new Set(outcome ? outcome.levels.map(function (l) { return l.id; }) : []);
    boxes.forEach(function (g, id) {
      g.classList.toggle("wi-failed", failed.has(id));
      g.classList.toggle("wi-stopped", stopped.has(id));
      g.classList.toggle("wi-reduced", reduced.has(id) && !failed.has(id) && !stopped.has(id));
    });
    diagram.classList.toggle("whatif-on", !!outcome);
  }

  function list(title, ids) {
    results.appendChild(el("h3", null, title + " (" + ids.length + ")"));
    if (!ids.length) { results.appendChild(el("p", "empty", "None.")); return; }
    var ul = el("ul", "chips");
    ids.forEach(function (id) { var li = el("li"); li.appendChild(ref(id)); ul.appendChild(li); });
    results.appendChild(ul);
  }

  function show(outcome) {
    results.textContent = "";
    if (!outcome) { results.appendChild(el("p", "hint", "Nothing simulated yet: fail a node or a country, cut deliveries or degrade a node.")); return; }
    results.appendChild(el("p", "wi-summary", "Failed directly: " + outcome.failed.length + " node(s); stopped targets: " + outcome.stoppedTargets.length + "; stopped without failing: " + outcome.stopped.length + "; levels dropped: " + outcome.levels.length + "."));
    list("Stopped targets", outcome.stoppedTargets);
    list("Stopped without failing", outcome.stopped);
    results.appendChild(el("h3", null, "Levels dropped (" + outcome.levels.length + ")"));
    if (!outcome.levels.length) { return; }
    var failed = new Set(outcome.failed), stopped = new Set(outcome.stopped);
    var wrap = el("div", "table-wrap"), table = el("table", "wi-levels"), head = el("tr");
    ["id", "name", "status", "target", "before", "after"].forEach(function (h, i) { head.appendChild(el("th", i >= 4 ? "num" : null, h)); });
    var thead = el("thead"); thead.appendChild(head); table.appendChild(thead);
    var body = el("tbody");
    outcome.levels.forEach(function (l) {
      var tr = el("tr", failed.has(l.id) ? "failed" : stopped.has(l.id) ? "stopped" : "reduced");
      var idCell = el("td"); idCell.appendChild(ref(l.id)); idCell.firstChild.textContent = l.id;
      tr.appendChild(idCell);
      tr.appendChild(el("td", null, l.name || ""));
      tr.appendChild(el("td", null, failed.has(l.id) ? "failed" : stopped.has(l.id) ? "stopped" : "reduced"));
      tr.appendChild(el("td", null, targets.has(l.id) ? "yes" : ""));
      tr.appendChild(el("td", "num", percent(l.before)));
      tr.appendChild(el("td", "num", percent(l.after)));
      body.appendChild(tr);
    });
    table.appendChild(body); wrap.appendChild(table); results.appendChild(wrap);
  }

  function tenths(x) { return (Math.round(x * 10) / 10).toFixed(1); }

  // The stopped and reduced targets over the weeks: stop week, resume week, weeks lost, output lost and a strip.
  function showTimeline(t) {
    var down = new Map(t.timeline.map(function (r) { return [r.id, r]; }));
    var lost = new Map(t.outputLost.map(function (r) { return [r.id, r.outputLostWeeks]; }));
    var ids = Array.from(new Set(t.timeline.map(function (r) { return r.id; }).concat(t.outputLost.map(function (r) { return r.id; }))))
      .filter(function (id) { return targets.has(id); })
      .sort(function (a, b) { return (down.has(a) ? 0 : 1) - (down.has(b) ? 0 : 1) || (a < b ? -1 : a > b ? 1 : 0); });
    results.appendChild(el("h3", null, "Timeline over " + t.horizon + " weeks (" + ids.length + " target(s))"));
    results.appendChild(el("p", "hint", t.timeline.length + " node(s) down at least one week. Strip: one character a week, # down, . running; output lost: weeks of full output lost, \u03a3 (1 \u2212 supply level) over the weeks."));
    if (!ids.length) { return; }
    var wrap = el("div", "table-wrap"), table = el("table", "wi-timeline"), head = el("tr");
    ["id", "name", "stops", "resumes", "weeks lost", "output lost", "strip"].forEach(function (h, i) { head.appendChild(el("th", i === 4 || i === 5 ? "num" : null, h)); });
    var thead = el("thead"); thead.appendChild(head); table.appendChild(thead);
    var body = el("tbody");
    ids.forEach(function (id) {
      var r = down.get(id), strip = new Array(t.horizon).fill(".");
      if (r) { r.spans.forEach(function (s) { for (var w = s[0]; w <= s[1]; w++) { strip[w] = "#"; } }); }
      var tr = el("tr", r ? "stopped" : "reduced"), idCell = el("td");
      idCell.appendChild(ref(id)); idCell.firstChild.textContent = id;
      tr.appendChild(idCell);
      tr.appendChild(el("td", null, names.get(id) === id ? "" : nameOf(id)));
      tr.appendChild(el("td", null, r ? "week " + r.firstWeek : "-"));
      tr.appendChild(el("td", null, r ? (r.lastWeek + 1 < t.horizon ? "week " + (r.lastWeek + 1) : "not within the horizon") : "-"));
      tr.appendChild(el("td", "num", String(r ? r.weeksDown : 0)));
      tr.appendChild(el("td", "num", tenths(lost.get(id) || 0)));
      tr.appendChild(el("td", "wi-strip", strip.join("")));
      body.appendChild(tr);
    });
    table.appendChild(body); wrap.appendChild(table); results.appendChild(wrap);
  }

  function update() {
    parts.textContent = "";
    state.fail.forEach(function (id, i) { part("fail " + nameOf(id), function () { state.fail.splice(i, 1); }); });
    state.failCountries.forEach(function (c, i) { part("fail country " + c, function () { state.failCountries.splice(i, 1); syncCountries(); }); });
    state.cut.forEach(function (c, i) { part(cutLabel(c), function () { state.cut.splice(i, 1); }); });
    state.degrade.forEach(function (d, i) { part(nameOf(d.id) + " at " + percent(d.level), function () { state.degrade.splice(i, 1); }); });
    var file = scenarioFile();
    json.value = JSON.stringify(file, null, 2);
    error.textContent = "";
    var outcome = null;
    if (Object.keys(file).length) {
      try { outcome = engine.whatif(file); } catch (e) { error.textContent = e.message; }
    }
    var w = weeks();
    sliderText.textContent = w === null ? "the whole horizon (permanent, as chipchain whatif)" : w + " week(s); a node's recoveryWeeks or the scenario's durations come first";
    paint(outcome);
    show(outcome);
    if (outcome && w !== null) {
      try { showTimeline(engine.timeline(file, { weeks: w, horizon: horizon })); } catch (e) { error.textContent = e.message; }
    }
  }

  function syncCountries() {
    document.querySelectorAll("input.wi-country").forEach(function (box) { box.checked = state.failCountries.indexOf(box.value) >= 0; });
  }

  function failNode(id) {
    if (state.fail.indexOf(id) < 0) { state.fail.push(id); update(); }
  }

  $("wi-fail-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var input = $("wi-fail-node"), id = resolve(input.value);
    if (id === null) { error.textContent = "No node '" + input.value + "'."; return; }
    input.value = "";
    failNode(id);
  });
  document.querySelectorAll("input.wi-country").forEach(function (box) {
    box.addEventListener("change", function () {
      var at = state.failCountries.indexOf(box.value);
      if (box.checked && at < 0) { state.failCountries.push(box.value); }
      if (!box.checked && at >= 0) { state.failCountries.splice(at, 1); }
      update();
    });
  });
  $("wi-cut-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var cut = { supplierCountry: $("wi-cut-from").value, consumerCountry: $("wi-cut-to").value };
    var item = $("wi-cut-item").value.trim();
    if (item) { cut.item = item; }
    state.cut.push(cut);
    update();
  });
  $("wi-degrade-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var id = resolve($("wi-degrade-node").value), level = Number($("wi-degrade-level").value);
    if (id === null) { error.textContent = "No node '" + $("wi-degrade-node").value + "'."; return; }
    if (!(level >= 0 && level <= 1)) { error.textContent = "A level is from 0 to 1."; return; }
    state.degrade.push({ id: id, level: level });
    update();
  });
  $("wi-clear").addEventListener("click", function () { state = { fail: [], failCountries: [], cut: [], degrade: [], durations: null }; syncCountries(); update(); });
  slider.addEventListener("input", update);
  $("wi-copy").addEventListener("click", function () {
    json.select();
    if (navigator.clipboard) { navigator.clipboard.writeText(json.value).catch(function () { document.execCommand("copy"); }); } else { document.execCommand("copy"); }
  });
  $("wi-load").addEventListener("click", function () { load(json.value); });

  function load(text) {
    var s;
    try { s = typeof text === "string" ? JSON.parse(text) : text; engine.whatif(s); } catch (e) { error.textContent = e.message; return; }
    state = { fail: (s.fail || []).slice(), failCountries: (s.failCountries || []).slice(), cut: (s.cut || []).slice(), degrade: (s.degrade || []).slice(), durations: s.durations || null };
    syncCountries();
    update();
  }

  // The expanded diagram is painted afresh.
  document.addEventListener("chipchain-diagram", function () { bind(); update(); });

  // The node details' "Fail in the what-if" button.
  document.addEventListener("chipchain-fail", function (e) { failNode(e.detail); });

  var given = document.getElementById("scenario-data");
  if (given) { load(JSON.parse(given.textContent)); } else { update(); }
})();
