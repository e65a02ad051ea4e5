// ChipChain timed scenarios in the page: the semantics of `chipchain whatif --weeks D --horizon H` (docs/time.md).
// whatif.js hands this factory its model and helpers and publishes the result as window.chipchain.timeline(scenario,
// { weeks, horizon }), which returns { horizon, timeline: [{ id, name, firstWeek, lastWeek, weeksDown, spans }],
// outputLost: [{ id, name, weeksDown, outputLostWeeks }] } (ids in ordinal order, spans as [first, last] pairs).
window.chipchainTimeline = function (m, parse, fail, round, components, baseGraph) {
  "use strict";
  var n = m.ids.length;
  var TOLERANCE = 1e-12;
  var MAX_SWEEPS = 1000000;
  var MAX_WEEKS = 10000;

  function ordinal(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  function weeksValue(value, what) {
    if (typeof value !== "number" || Math.floor(value) !== value || value < 1 || value > MAX_WEEKS) { fail(what + " must be a whole number of weeks from 1 to " + MAX_WEEKS); }
    return value;
  }

  // Per supplier, the entries it delivers: { owner, slot } where slot numbers the (owner, item) pairs.
  function usesOf(g) {
    var uses = [], size = [], buffer = [];
    for (var v = 0; v < n; v++) { uses.push([]); }
    g.items.forEach(function (its, c) {
      its.forEach(function (entries, i) {
        var slot = size.length;
        size.push(entries.length);
        buffer.push(m.buffers[c][i]);
        entries.forEach(function (e) { uses[e.s].push({ owner: c, slot: slot }); });
      });
    });
    return { uses: uses, size: size, buffer: buffer };
  }

  // Week by week, each by the cascade: a supplier's entry is lost in week t once the supplier has been down its
  // item's buffer + 1 weeks in a row, and an item whose entries are all lost stops its owner that week.
  function downWeeks(g, failed, duration, end) {
    var u = usesOf(g), run = new Array(n).fill(0), last = new Array(n).fill(-2), down = [];
    var lost = new Array(u.size.length).fill(0), lostWeek = new Array(u.size.length).fill(-1);
    for (var t = 0; t < end; t++) {
      var today = [], isDown = new Array(n).fill(false);
      var mark = function (v) {
        if (isDown[v]) { return; }
        isDown[v] = true;
        run[v] = last[v] === t - 1 ? run[v] + 1 : 1;
        last[v] = t;
        today.push(v);
      };
      failed.forEach(function (v, k) { if (t < duration[k]) { mark(v); } });
      for (var q = 0; q < today.length; q++) {
        var s = today[q];
        u.uses[s].forEach(function (use) {
          if (run[s] < u.buffer[use.slot] + 1 || isDown[use.owner]) { return; }
          if (lostWeek[use.slot] !== t) { lostWeek[use.slot] = t; lost[use.slot] = 0; }
          if (++lost[use.slot] === u.size[use.slot]) { mark(use.owner); }
        });
      }
      down.push(isDown);
    }
    return down;
  }

  // Supply levels week by week: a down node 0, else the minimum over its items of Σ share × the supplier's best level
  // in weeks t − b … t (weeks before 0 at 1); cycles swept from 1 downwards. Returns Σ (1 − level) per node.
  function outputLost(g, down, end) {
    var order = components(g), level = [], loss = new Array(n).fill(0);
    for (var v = 0; v < n; v++) { level.push(new Array(end).fill(1)); }
    function best(s, t, b) {
      if (t - b < 0) { return 1; }
      var x = 0;
      for (var w = t; w >= t - b && x < 1; w--) { x = Math.max(x, level[s][w]); }
      return x;
    }
    function evaluate(v, t) {
      if (down[t][v]) { return 0; }
      var result = 1, its = g.items[v];
      for (var i = 0; i < its.length; i++) {
        var sum = 0, b = m.buffers[v][i];
        for (var k = 0; k < its[i].length; k++) { sum += its[i][k].share * best(its[i][k].s, t, b); }
        result = Math.min(result, sum);
      }
      return result;
    }
    for (var t = 0; t < end; t++) {
      order.forEach(function (members) {
        if (members.length === 1) { level[members[0]][t] = evaluate(members[0], t); return; }
        members.forEach(function (v) { level[v][t] = down[t][v] ? 0 : 1; });
        for (var sweep = 0; sweep < MAX_SWEEPS; sweep++) {
          var change = 0;
          members.forEach(function (v) {
            var next = evaluate(v, t);
            change = Math.max(change, level[v][t] - next);
            level[v][t] = next;
          });
          if (change <= TOLERANCE) { break; }
        }
      });
      for (var w = 0; w < n; w++) { loss[w] += 1 - level[w][t]; }
    }
    return loss;
  }

  return function timeline(scenario, options) {
    var p = parse(scenario);
    if (p.cuts.length || p.partial) { fail("durations time failures only: cuts and partial degradations are not timed (docs/time.md)"); }
    options = options || {};
    var horizon = options.horizon == null ? m.horizon : weeksValue(options.horizon, "the horizon");
    var weeks = options.weeks == null ? null : weeksValue(options.weeks, "the weeks a failure lasts");
    var given = scenario.durations == null ? {} : scenario.durations;
    if (typeof given !== "object" || Array.isArray(given)) { fail("'durations' must be an object of node ids and weeks"); }
    Object.keys(given).forEach(function (id) {
      if (!m.ids.includes(id)) { fail("durations: the graph has no node '" + id + "'"); }
      weeksValue(given[id], "the weeks '" + id + "' stays down");
    });
    var failed = [], duration = [], end = 0;
    for (var v = 0; v < n; v++) {
      if (!p.failed[v]) { continue; }
      var id = m.ids[v];
      var d = Object.prototype.hasOwnProperty.call(given, id) ? given[id] : m.recovery[v] != null ? m.recovery[v] : weeks != null ? weeks : horizon;
      failed.push(v);
      duration.push(Math.min(d, horizon));
      end = Math.max(end, Math.min(d, horizon));
    }
    var g = baseGraph();
    var down = downWeeks(g, failed, duration, end);
    var loss = outputLost(g, down, end);
    var rows = [], lostRows = [];
    for (var u = 0; u < n; u++) {
      var spans = [], count = 0;
      for (var t = 0; t < end; t++) {
        if (!down[t][u]) { continue; }
        count++;
        if (spans.length && spans[spans.length - 1][1] === t - 1) { spans[spans.length - 1][1] = t; } else { spans.push([t, t]); }
      }
      if (count) { rows.push({ id: m.ids[u], name: m.names[u], firstWeek: spans[0][0], lastWeek: spans[spans.length - 1][1], weeksDown: count, spans: spans }); }
      var lost = round(loss[u]);
      if (lost > 0) { lostRows.push({ id: m.ids[u], name: m.names[u], weeksDown: count, outputLostWeeks: lost }); }
    }
    rows.sort(function (a, b) { return ordinal(a.id, b.id); });
    lostRows.sort(function (a, b) { return ordinal(a.id, b.id); });
    return { horizon: horizon, timeline: rows, outputLost: lostRows };
  };
};
