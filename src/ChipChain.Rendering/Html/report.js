// ChipChain report: lights the selected target's failures, shows node details, finds nodes. No dependencies.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var diagram = document.getElementById("diagram");
  var details = document.getElementById("details");
  var nodes = new Map(data.nodes.map(function (n) { return [n.id, n]; }));
  var targets = new Map(data.targets.map(function (t) { return [t.id, t]; }));
  var boxes = new Map();
  var links = [];
  var expanded = false;
  var current = data.selected;
  var pinned = null;
  var showCutSets = true;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function nameOf(id) { var n = nodes.get(id); return n ? n.name : id; }

  function ref(id) {
    var b = el("button", "node-ref", nameOf(id));
    b.type = "button";
    b.setAttribute("data-node", id);
    b.title = id;
    return b;
  }

  function percent(share) { return (Math.round(share * 1000) / 10) + "%"; }

  function roleOf(id, target) {
    if (!target) { return null; }
    if (id === target.id) { return "target"; }
    if (target.spofs.indexOf(id) >= 0) { return "spof"; }
    if (target.cutSets.some(function (c) { return c[0] === id || c[1] === id; })) { return "cutset"; }
    return null;
  }

  function applyTarget(id) {
    current = id;
    var target = targets.get(id);
    boxes.forEach(function (g, nodeId) {
      g.classList.remove("hl-spof", "hl-cutset", "hl-target");
      var role = roleOf(nodeId, target);
      if (role === "cutset" && !showCutSets) { role = null; }
      if (role) { g.classList.add("hl-" + role); }
    });
    links.forEach(function (p) { p.classList.remove("hl-spof", "hl-cutset"); });
    if (target) {
      // Edge numbers belong to one drawing: the expanded diagram has its own.
      var edges = expanded ? target.edgesFull : target.edges;
      mark(edges.spof, "hl-spof");
      if (showCutSets) { mark(edges.cutset, "hl-cutset"); }
    }
    document.querySelectorAll("section.target-view").forEach(function (s) {
      s.hidden = s.getAttribute("data-target") !== id;
    });
    showDetails(pinned || current);
  }

  function mark(edges, cls) {
    edges.forEach(function (i) {
      var p = document.getElementById("link-" + i);
      if (p) { p.classList.add(cls); }
    });
  }

  function showDetails(id) {
    var n = nodes.get(id);
    details.textContent = "";
    if (!n) { details.appendChild(el("p", "hint", "Click or hover a node in the diagram to see its suppliers and consumers.")); return; }
    var h = el("h2");
    var box = boxes.get(id);
    var rect = box && box.querySelector("rect");
    if (rect) {
      var sw = el("span", "kind-swatch");
      sw.style.background = rect.getAttribute("fill");
      h.appendChild(sw);
    }
    h.appendChild(document.createTextNode(n.name));
    details.appendChild(h);
    var idLine = el("p", "id");
    idLine.appendChild(el("code", null, n.id));
    details.appendChild(idLine);

    var target = targets.get(current);
    var role = roleOf(id, target);
    if (target) {
      var labels = { target: "analysis target", spof: "single point of failure of " + target.name, cutset: "in an order-2 cut set of " + target.name };
      details.appendChild(el("span", "role " + (role || "safe"), role ? labels[role] : "does not stop " + target.name + " alone or in a pair"));
    }

    var facts = el("dl");
    function fact(label, value) { facts.appendChild(el("dt", null, label)); facts.appendChild(el("dd", null, value)); }
    fact("kind", n.kind || "—");
    fact("country", n.country || "—");
    if (n.any) { fact("requires", "any one supplier"); }
    var stops = data.targets.filter(function (t) { return t.spofs.indexOf(id) >= 0; }).map(function (t) { return t.name; });
    if (stops.length) { fact("stops alone", stops.join(", ")); }
    if (!n.drawn) { fact("diagram", "not drawn (outside the focus)"); }
    details.appendChild(facts);
    impact(id, n, target);

    details.appendChild(el("h3", null, "Supplied by"));
    if (!n.items.length) { details.appendChild(el("p", "empty", "Nothing: a source of the graph.")); }
    n.items.forEach(function (item) {
      details.appendChild(el("div", "item", item.item || (n.any ? "any supplier" : "a named supplier (no item)")));
      var list = el("ul");
      item.suppliers.forEach(function (s) {
        var li = el("li");
        li.appendChild(ref(s.id));
        var bar = el("span", "sharebar");
        var fill = el("i");
        fill.style.width = (s.share * 100) + "%";
        bar.appendChild(fill);
        li.appendChild(bar);
        li.appendChild(el("span", "share", percent(s.share)));
        list.appendChild(li);
      });
      details.appendChild(list);
    });

    details.appendChild(el("h3", null, "Supplies"));
    if (!n.consumers.length) { details.appendChild(el("p", "empty", "Nobody: an end of the graph.")); }
    var out = el("ul");
    n.consumers.forEach(function (c) {
      var li = el("li");
      li.appendChild(ref(c.id));
      if (c.items.length) { li.appendChild(el("span", "share", c.items.join(", "))); }
      out.appendChild(li);
    });
    details.appendChild(out);
    details.appendChild(el("p", "hint", pinned ? "Click the node again, or the diagram's background, to let go." : "Click a node in the diagram, or a name in the lists, to keep its details here."));
  }

  // What losing the node does, by the page's what-if engine: the targets it stops and the cut to the selected one.
  var impacts = new Map();
  function impact(id, n, target) {
    if (!window.chipchain) { return; }
    if (!impacts.has(id)) {
      try { impacts.set(id, window.chipchain.whatif({ fail: [id] })); } catch (e) { impacts.set(id, null); }
    }
    var r = impacts.get(id);
    if (!r) { return; }
    var box = el("div", "impact");
    var stops = r.stoppedTargets.filter(function (t) { return t !== id; });
    var text = "Losing " + n.name + " stops " + stops.length + (stops.length === 1 ? " target" : " targets");
    if (target && target.id !== id) {
      var change = r.levels.filter(function (l) { return l.id === target.id; })[0];
      var cut = change ? Math.round((change.before - change.after) * 1000) / 10 : 0;
      text += "; cuts " + target.name + " by " + cut + " %";
    }
    box.appendChild(el("p", "impact-line", text + "."));
    if (stops.length) {
      var list = el("ul", "chips");
      stops.forEach(function (t) { var li = el("li"); li.appendChild(ref(t)); list.appendChild(li); });
      box.appendChild(list);
    }
    var fail = el("button", "fail-node", "Fail in the what-if");
    fail.type = "button";
    fail.addEventListener("click", function (e) { e.stopPropagation(); document.dispatchEvent(new CustomEvent("chipchain-fail", { detail: id })); });
    box.appendChild(fail);
    details.appendChild(box);
  }

  function neighbourhood(id, on) {
    links.forEach(function (p) {
      var near = p.getAttribute("data-supplier") === id || p.getAttribute("data-consumer") === id;
      p.classList.toggle("adjacent", on && near);
      if (on && near) {
        var other = boxes.get(p.getAttribute("data-supplier") === id ? p.getAttribute("data-consumer") : p.getAttribute("data-supplier"));
        if (other) { other.classList.add("near"); }
      }
    });
  }

  function select(id, scroll) {
    boxes.forEach(function (g) { g.classList.remove("selected", "near"); });
    pinned = id;
    diagram.classList.toggle("focusing", id !== null);
    neighbourhood(id, id !== null);
    if (id === null) {
      showDetails(current);
      return;
    }
    var g = boxes.get(id);
    if (g) {
      g.classList.add("selected", "near");
      if (scroll) { g.scrollIntoView({ block: "center", inline: "center", behavior: "smooth" }); }
    }
    showDetails(id);
  }

  // Finds the drawn nodes and links and wires them; again after the diagram is expanded.
  function bind() {
    boxes = new Map();
    diagram.querySelectorAll("g.node").forEach(function (g) { boxes.set(g.getAttribute("data-id"), g); });
    links = Array.prototype.slice.call(diagram.querySelectorAll("path.link"));
    boxes.forEach(function (g, id) {
      g.addEventListener("click", function (e) { e.stopPropagation(); select(pinned === id ? null : id, false); });
      g.addEventListener("mouseenter", function () {
        g.classList.add("hover");
        if (!pinned) { neighbourhood(id, true); }
        showDetails(id);
      });
      g.addEventListener("mouseleave", function () {
        g.classList.remove("hover");
        if (pinned) { showDetails(pinned); } else { neighbourhood(id, false); showDetails(current); }
      });
    });
  }
  bind();

  // A large graph's page draws the critical view; the whole diagram waits in a template until asked for.
  var expand = document.getElementById("expand-diagram");
  if (expand) {
    expand.addEventListener("click", function () {
      var full = document.getElementById("diagram-full");
      diagram.textContent = "";
      diagram.appendChild(full.content.cloneNode(true));
      expanded = true;
      expand.hidden = true;
      bind();
      pinned = null;
      diagram.classList.remove("focusing");
      applyTarget(current);
      runSearch();
      document.dispatchEvent(new CustomEvent("chipchain-diagram"));
    });
  }
  diagram.addEventListener("click", function () { if (pinned) { select(null, false); } });

  document.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest("button.node-ref");
    if (b && !diagram.contains(b)) { select(b.getAttribute("data-node"), true); }
  });

  var search = document.getElementById("search");
  var count = document.getElementById("search-count");
  function runSearch() {
    var q = search.value.trim().toLowerCase();
    var first = null;
    var hits = 0;
    boxes.forEach(function (g, id) {
      var hit = q !== "" && (id.toLowerCase().indexOf(q) >= 0 || nameOf(id).toLowerCase().indexOf(q) >= 0);
      g.classList.toggle("match", hit);
      if (hit) { hits++; if (first === null) { first = id; } }
    });
    diagram.classList.toggle("searching", q !== "");
    count.textContent = q === "" ? "" : hits === 1 ? "1 match" : hits + " matches";
    return first;
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (e) {
    if (e.key === "Enter") { var first = runSearch(); if (first) { select(first, true); } }
    if (e.key === "Escape") { search.value = ""; runSearch(); }
  });

  var picker = document.getElementById("target-select");
  if (picker) { picker.addEventListener("change", function () { applyTarget(picker.value); }); }
  var toggle = document.getElementById("show-cutsets");
  toggle.addEventListener("change", function () { showCutSets = toggle.checked; applyTarget(current); });

  document.querySelectorAll("[data-zoom]").forEach(function (b) {
    b.addEventListener("click", function () {
      var svg = diagram.querySelector("svg");
      var how = b.getAttribute("data-zoom");
      if (how === "fit") { svg.style.width = ""; diagram.classList.remove("zoomed"); return; }
      var width = svg.getBoundingClientRect().width * (how === "in" ? 1.25 : 0.8);
      svg.style.width = Math.max(200, width) + "px";
      diagram.classList.add("zoomed");
    });
  });

  applyTarget(current);
})();
