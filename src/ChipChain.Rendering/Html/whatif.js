// ChipChain what-if engine: the semantics of `chipchain whatif` (docs/design.md) on the graph embedded in the page.
// window.chipchain.whatif(scenario) takes a scenario file's JSON object and returns what `whatif --format json`
// prints: { failed, failedStructure, stoppedTargets, stopped, levels: [{ id, name, before, after }] }; and
// window.chipchain.timeline(scenario, { weeks, horizon }) what `whatif --weeks D --horizon H` adds (timeline.js).
(function () {
  "use strict";
  // The timed scenarios' factory (timeline.js, which runs just before) is taken off the window.
  var makeTimeline = window.chipchainTimeline;
  delete window.chipchainTimeline;
  var block = document.getElementById("report-model");
  if (!block) { return; }
  var m = JSON.parse(block.textContent);
  var n = m.ids.length;
  var index = new Map(m.ids.map(function (id, i) { return [id, i]; }));
  var TOLERANCE = 1e-12;
  var MAX_SWEEPS = 1000000;

  function ordinal(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  // Markets pass deliveries through: structure nodes without a country.
  var market = m.ids.map(function (_, v) { return m.countries[v] === null && !m.candidate[v]; });

  // A graph the cascade and the levels run on: per node its items, each a list of entries {s, share, link, cut}.
  function baseGraph() {
    var items = m.items.map(function (its) {
      return its.map(function (it) {
        var entries = [];
        for (var k = 0; k < it.length; k += 3) { entries.push({ s: it[k], share: it[k + 1], link: it[k + 2], cut: false }); }
        return entries;
      });
    });
    return { items: items, originalOf: m.ids.map(function (_, v) { return v; }) };
  }

  function fail(message) { throw new Error(message); }

  function cutText(c) {
    var text = c.supplierCountry + ":" + c.consumerCountry + (c.item == null ? "" : ":" + c.item);
    return c.supplierKind == null && c.consumerKind == null ? text : text + " (" + (c.supplierKind == null ? "any" : c.supplierKind) + " to " + (c.consumerKind == null ? "any" : c.consumerKind) + ")";
  }

  function matchesSupplier(c, v) { return m.countries[v] === c.supplierCountry && (c.supplierKind == null || m.kinds[v] === c.supplierKind); }

  function matchesDelivery(c, v, item) {
    return m.countries[v] === c.consumerCountry && (c.consumerKind == null || m.kinds[v] === c.consumerKind) && (c.item == null || item === c.item);
  }

  // A market's region (it and the markets upstream of it through markets) and the non-market suppliers feeding it.
  var regions = new Map();
  function regionOf(mk) {
    if (regions.has(mk)) { return regions.get(mk); }
    var region = [], suppliers = new Set(), seen = new Set([mk]), stack = [mk];
    while (stack.length) {
      var v = stack.pop();
      region.push(v);
      m.items[v].forEach(function (it) {
        for (var k = 0; k < it.length; k += 3) {
          var s = it[k];
          if (!market[s]) { suppliers.add(s); } else if (!seen.has(s)) { seen.add(s); stack.push(s); }
        }
      });
    }
    region.sort(function (a, b) { return a - b; });
    var result = { region: region, suppliers: Array.from(suppliers).sort(function (a, b) { return a - b; }) };
    regions.set(mk, result);
    return result;
  }

  // Cuts (docs/design.md, "Cuts through markets"): a direct link is cut in place; a delivery through markets is cut
  // on a private copy of the market region for that consumer's link alone, as CutPlan does.
  function plan(cuts) {
    var g = baseGraph();
    if (!cuts.length) { return g; }
    var used = cuts.map(function () { return false; });
    var rewired = [];
    for (var c = 0; c < n; c++) {
      g.items[c].forEach(function (entries) {
        entries.forEach(function (e) {
          var item = m.linkItems[e.link];
          cuts.forEach(function (f, k) {
            if (matchesSupplier(f, e.s) && matchesDelivery(f, c, item)) { e.cut = true; used[k] = true; }
          });
          if (!market[e.s] || market[c]) { return; }
          var cutOff = new Set();
          cuts.forEach(function (f, k) {
            if (!matchesDelivery(f, c, item)) { return; }
            regionOf(e.s).suppliers.forEach(function (s) {
              if (matchesSupplier(f, s)) { cutOff.add(s); used[k] = true; }
            });
          });
          if (cutOff.size) { rewired.push({ entry: e, cutOff: cutOff }); }
        });
      });
    }
    var unused = used.indexOf(false);
    if (unused >= 0) { fail("the cut " + cutText(cuts[unused]) + " matches no link, directly or through markets"); }
    rewired.forEach(function (r) {
      var region = regionOf(r.entry.s).region;
      var copyOf = new Map();
      region.forEach(function (v) { copyOf.set(v, g.items.length); g.items.push(null); g.originalOf.push(v); });
      region.forEach(function (v) {
        g.items[copyOf.get(v)] = m.items[v].map(function (it) {
          var entries = [];
          for (var k = 0; k < it.length; k += 3) {
            var s = it[k];
            entries.push({ s: market[s] ? copyOf.get(s) : s, share: it[k + 1], link: it[k + 2], cut: !market[s] && r.cutOff.has(s) });
          }
          return entries;
        });
      });
      r.entry.s = copyOf.get(r.entry.s);
    });
    return g;
  }

  // The cascade's least fixpoint: a node is down when it failed or one of its items lost every supplier.
  function cascade(g, failed) {
    var count = g.items.length, down = new Array(count).fill(false), uses = [], queue = [];
    for (var v = 0; v < count; v++) { uses.push([]); }
    var alive = [];
    g.items.forEach(function (its, c) {
      its.forEach(function (entries) {
        var slot = { owner: c, alive: 0 };
        alive.push(slot);
        entries.forEach(function (e) { if (!e.cut) { slot.alive++; uses[e.s].push(slot); } });
        if (slot.alive === 0 && !down[c]) { down[c] = true; queue.push(c); }
      });
    });
    for (var i = 0; i < count; i++) {
      if (failed[g.originalOf[i]] && !down[i]) { down[i] = true; queue.push(i); }
    }
    for (var q = 0; q < queue.length; q++) {
      uses[queue[q]].forEach(function (slot) {
        if (--slot.alive === 0 && !down[slot.owner]) { down[slot.owner] = true; queue.push(slot.owner); }
      });
    }
    return down;
  }

  // Strongly connected components of "needs", suppliers' components first (iterative Tarjan).
  function components(g) {
    var count = g.items.length, order = [], idx = new Array(count).fill(-1), low = new Array(count).fill(0);
    var onStack = new Array(count).fill(false), stack = [], next = 0;
    var succ = g.items.map(function (its) {
      var out = [];
      its.forEach(function (entries) { entries.forEach(function (e) { out.push(e.s); }); });
      return out;
    });
    for (var root = 0; root < count; root++) {
      if (idx[root] >= 0) { continue; }
      var frames = [[root, 0]];
      idx[root] = low[root] = next++; stack.push(root); onStack[root] = true;
      while (frames.length) {
        var frame = frames[frames.length - 1], v = frame[0];
        if (frame[1] < succ[v].length) {
          var w = succ[v][frame[1]++];
          if (idx[w] < 0) {
            idx[w] = low[w] = next++; stack.push(w); onStack[w] = true; frames.push([w, 0]);
          } else if (onStack[w]) { low[v] = Math.min(low[v], idx[w]); }
          continue;
        }
        frames.pop();
        if (frames.length) { var p = frames[frames.length - 1][0]; low[p] = Math.min(low[p], low[v]); }
        if (low[v] === idx[v]) {
          var members = [], x;
          do { x = stack.pop(); onStack[x] = false; members.push(x); } while (x !== v);
          members.sort(function (a, b) { return a - b; });
          order.push(members);
        }
      }
    }
    return order;
  }

  // Supply levels: min over items of Σ share × supplier level, capped by the node's own level; cycles are swept
  // from above to the fixpoint.
  function levels(g, own) {
    var count = g.items.length, level = new Array(count);
    for (var v = 0; v < count; v++) { level[v] = Math.min(1, Math.max(0, own[g.originalOf[v]])); }
    function evaluate(v) {
      var result = Math.min(1, Math.max(0, own[g.originalOf[v]]));
      if (result <= 0) { return 0; }
      var its = g.items[v];
      for (var i = 0; i < its.length; i++) {
        var sum = 0, entries = its[i];
        for (var k = 0; k < entries.length; k++) { if (!entries[k].cut) { sum += entries[k].share * level[entries[k].s]; } }
        result = Math.min(result, sum);
      }
      return result;
    }
    components(g).forEach(function (members) {
      for (var sweep = 0; sweep < MAX_SWEEPS; sweep++) {
        var change = 0;
        for (var k = 0; k < members.length; k++) {
          var next = evaluate(members[k]);
          change = Math.max(change, level[members[k]] - next);
          level[members[k]] = next;
        }
        if (change <= TOLERANCE) { break; }
      }
    });
    return level;
  }

  // Levels keep nine decimals, as the library's LevelNoise does (round half to even, like Math.Round).
  function round(x) {
    var scaled = x * 1e9, r = Math.round(scaled);
    if (Math.abs(scaled % 1) === 0.5 && r % 2 !== 0) { r -= 1; }
    return r / 1e9;
  }

  var baseline = null;

  function list(value, name) {
    if (value == null) { return []; }
    if (!Array.isArray(value)) { fail("'" + name + "' must be an array"); }
    return value;
  }

  function node(id, where) {
    if (typeof id !== "string" || !index.has(id)) { fail(where + ": the graph has no node '" + id + "'"); }
    return index.get(id);
  }

  function sorted(indices) { return indices.map(function (v) { return m.ids[v]; }).sort(ordinal); }

  // A scenario's failed nodes (countries and degradations to 0 included), own levels and cuts, checked as whatif does.
  function parse(scenario) {
    if (scenario === null || typeof scenario !== "object") { fail("a scenario is an object"); }
    if (scenario.include != null) { fail("'include' is resolved by the command line (chipchain report --scenario FILE), not in the page"); }
    var failed = new Array(n).fill(false), own = new Array(n).fill(1), partial = false;
    list(scenario.fail, "fail").forEach(function (id) { failed[node(id, "fail")] = true; });
    list(scenario.failCountries, "failCountries").forEach(function (country) {
      var any = false;
      for (var v = 0; v < n; v++) { if (m.candidate[v] && m.countries[v] === country) { failed[v] = true; any = true; } }
      if (!any) { fail("no failure candidate has the country '" + country + "' (nodes without a country, markets and process steps never match)"); }
    });
    list(scenario.degrade, "degrade").forEach(function (d) {
      var v = node(d && d.id, "degrade");
      if (typeof d.level !== "number" || !(d.level >= 0 && d.level <= 1)) { fail("degrade '" + d.id + "': the level must be from 0 to 1"); }
      own[v] = Math.min(own[v], d.level);
      if (own[v] <= 0) { failed[v] = true; } else { partial = true; }
    });
    var cuts = list(scenario.cut, "cut").map(function (c) {
      if (!c || typeof c.supplierCountry !== "string" || typeof c.consumerCountry !== "string") { fail("a cut needs supplierCountry and consumerCountry"); }
      return { supplierCountry: c.supplierCountry, consumerCountry: c.consumerCountry, item: c.item == null ? null : c.item, supplierKind: c.supplierKind == null ? null : c.supplierKind, consumerKind: c.consumerKind == null ? null : c.consumerKind };
    });
    for (var v = 0; v < n; v++) { if (failed[v]) { own[v] = 0; } }
    return { failed: failed, own: own, cuts: cuts, partial: partial };
  }

  function whatif(scenario) {
    var p = parse(scenario), failed = p.failed, own = p.own;
    var g = plan(p.cuts);
    var down = cascade(g, failed);
    if (baseline === null) { baseline = levels(baseGraph(), new Array(n).fill(1)); }
    var after = levels(g, own);
    var changes = [];
    for (var w = 0; w < n; w++) {
      var b = round(baseline[w]), a = round(after[w]);
      if (a < b) { changes.push({ id: m.ids[w], name: m.names[w], before: b, after: a }); }
    }
    changes.sort(function (x, y) { return ordinal(x.id, y.id); });
    var all = [], fs = [], stopped = [];
    for (var u = 0; u < n; u++) {
      if (failed[u]) { all.push(u); if (!m.candidate[u]) { fs.push(u); } } else if (down[u]) { stopped.push(u); }
    }
    var targets = Array.from(new Set(m.targets)).filter(function (t) { return down[t]; });
    return { failed: sorted(all), failedStructure: sorted(fs), stoppedTargets: sorted(targets), stopped: sorted(stopped), levels: changes };
  }

  window.chipchain = Object.freeze({ whatif: whatif, timeline: makeTimeline(m, parse, fail, round, components, baseGraph), targets: function () { return sorted(m.targets); } });
})();
