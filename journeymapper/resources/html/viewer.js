"use strict";
(function () {
  var data = JSON.parse(document.getElementById("jm-data").textContent);
  var words = data.words;
  var svg = document.getElementById("jm-map");
  var viewport = document.getElementById("jm-viewport");
  var canvas = document.getElementById("jm-canvas");
  var details = document.getElementById("jm-details-body");
  var full = { x: 0, y: 0, w: data.width, h: data.height };
  var view = { x: 0, y: 0, w: data.width, h: data.height };
  var MIN_W = 40;
  var MAX_W = data.width * 4;

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (_m, key) { return String(values[key]); });
  }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  /* ------------------------------------------------------------ view box */
  // The view box is set at once for single steps; during a gesture (wheel, drag, pinch) the
  // drawing is only moved and scaled as a picture (cheap on a big map), and the view box
  // follows once the gesture pauses, which lays the text out again at the new size.
  var drawn = { x: 0, y: 0, w: data.width, h: data.height }, settle = null;
  // The lane names stay at the left edge when the map is panned past them: a copy of the
  // lanes (hidden from screen readers, not clickable) shows just their label column.
  var pinned = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  pinned.id = "jm-pinned";
  pinned.setAttribute("aria-hidden", "true");
  pinned.setAttribute("preserveAspectRatio", "xMinYMin meet");
  pinned.setAttribute("font-family", svg.getAttribute("font-family"));
  Array.prototype.forEach.call(svg.querySelectorAll(".jm-lane"), function (lane) {
    pinned.appendChild(lane.cloneNode(true));
  });
  viewport.appendChild(pinned);
  function pin() {
    var box = viewport.getBoundingClientRect(), s = Math.min(box.width / view.w, box.height / view.h);
    var labels = data.labels;
    var y0 = Math.max(view.y, labels.top), y1 = Math.min(view.y + view.h, labels.bottom);
    var show = view.x > labels.x + 1 && labels.w * s < box.width / 3 && y1 > y0 && pinned.firstChild;
    pinned.style.display = show ? "block" : "none";
    if (!show) return;
    pinned.setAttribute("viewBox", [labels.x, y0, labels.w, y1 - y0].map(function (v) {
      return v.toFixed(2);
    }).join(" "));
    pinned.style.top = ((y0 - view.y) * s).toFixed(1) + "px";
    pinned.style.width = (labels.w * s).toFixed(1) + "px";
    pinned.style.height = ((y1 - y0) * s).toFixed(1) + "px";
  }
  function commit() {
    if (settle !== null) { clearTimeout(settle); settle = null; }
    drawn = { x: view.x, y: view.y, w: view.w, h: view.h };
    pin();
    canvas.style.transform = "";
    canvas.classList.remove("jm-moving");
    svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].map(function (v) {
      return v.toFixed(2);
    }).join(" "));
  }
  function apply(gesture) {
    if (!gesture) { commit(); return; }
    pinned.style.display = "none";
    var box = viewport.getBoundingClientRect();
    var s1 = Math.min(box.width / view.w, box.height / view.h), k = drawn.w / view.w;
    canvas.classList.add("jm-moving");
    canvas.style.transform = "translate(" + (s1 * (drawn.x - view.x)).toFixed(2) + "px," +
      (s1 * (drawn.y - view.y)).toFixed(2) + "px) scale(" + k.toFixed(5) + ")";
    if (settle !== null) clearTimeout(settle);
    settle = setTimeout(commit, 180);
  }
  function aspect() {
    var box = viewport.getBoundingClientRect();
    return box.width > 0 && box.height > 0 ? box.width / box.height : full.w / full.h;
  }
  function show(rect) {
    // Fit rect into the viewport keeping its shape (the SVG would letterbox anyway).
    var a = aspect();
    var w = Math.max(rect.w, rect.h * a), h = w / a;
    view = { x: rect.x + rect.w / 2 - w / 2, y: rect.y + rect.h / 2 - h / 2, w: w, h: h };
    apply();
  }
  function fit() { show(full); }
  function start() {
    // The whole map when it is legible; else its top left at one pixel per point (or the
    // whole height, if that is bigger), so the first look shows readable cards.
    var box = viewport.getBoundingClientRect();
    if (!(box.width > 0 && box.height > 0)) { fit(); return; }
    var whole = Math.min(box.width / full.w, box.height / full.h);
    if (whole >= 1) { fit(); return; }
    var s = Math.max(whole, Math.min(1, box.height / full.h));
    var w = box.width / s, h = box.height / s;
    view = { x: 0, y: h > full.h ? (full.h - h) / 2 : 0, w: w, h: h };
    apply();
  }
  function fitHead() {
    var head = document.querySelector("header");
    document.documentElement.style.setProperty("--head", head.getBoundingClientRect().height + "px");
  }
  function scale() {  // screen pixels per SVG unit
    var box = viewport.getBoundingClientRect();
    return Math.min(box.width / view.w, box.height / view.h);
  }
  function toSvg(clientX, clientY) {
    var box = viewport.getBoundingClientRect(), s = scale();
    var offX = (box.width - view.w * s) / 2, offY = (box.height - view.h * s) / 2;
    return { x: view.x + (clientX - box.left - offX) / s, y: view.y + (clientY - box.top - offY) / s };
  }
  function zoom(factor, clientX, clientY, gesture) {
    var box = viewport.getBoundingClientRect();
    if (clientX === undefined) { clientX = box.left + box.width / 2; clientY = box.top + box.height / 2; }
    var p = toSvg(clientX, clientY);
    var w = Math.min(MAX_W, Math.max(MIN_W, view.w / factor));
    var k = w / view.w;
    view = { x: p.x - (p.x - view.x) * k, y: p.y - (p.y - view.y) * k, w: w, h: view.h * k };
    apply(gesture);
  }
  function pan(dx, dy, gesture) {  // in screen pixels
    var s = scale();
    view.x -= dx / s; view.y -= dy / s;
    apply(gesture);
  }
  function reveal(node) {
    var b = node.getBBox(), margin = 20;
    if (b.x < view.x || b.y < view.y || b.x + b.width > view.x + view.w || b.y + b.height > view.y + view.h) {
      var w = Math.max(view.w, b.width + 2 * margin), h = view.h * w / view.w;
      view = { x: b.x + b.width / 2 - w / 2, y: b.y + b.height / 2 - h / 2, w: w, h: h };
      // keep the map filling the window where it can (no empty band beside it)
      view.x = w < full.w ? Math.min(Math.max(view.x, 0), full.w - w) : (full.w - w) / 2;
      view.y = h < full.h ? Math.min(Math.max(view.y, 0), full.h - h) : (full.h - h) / 2;
      apply();
    }
  }

  document.getElementById("jm-zoom-in").addEventListener("click", function () { zoom(1.25); });
  document.getElementById("jm-zoom-out").addEventListener("click", function () { zoom(0.8); });
  document.getElementById("jm-fit").addEventListener("click", fit);

  viewport.addEventListener("wheel", function (event) {
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) {
      zoom(Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.0025)), event.clientX, event.clientY, true);
    } else {
      var unit = event.deltaMode === 1 ? 16 : 1;
      pan(-event.deltaX * unit * (event.shiftKey ? 0 : 1) - (event.shiftKey ? event.deltaY * unit : 0),
          event.shiftKey ? 0 : -event.deltaY * unit, true);
    }
  }, { passive: false });

  var pointers = {}, dragged = false, pinch = null;
  viewport.addEventListener("pointerdown", function (event) {
    pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
    dragged = false;
    var ids = Object.keys(pointers);
    if (ids.length === 2) {
      var a = pointers[ids[0]], b = pointers[ids[1]];
      pinch = Math.hypot(a.x - b.x, a.y - b.y);
    }
  });
  viewport.addEventListener("pointermove", function (event) {
    var last = pointers[event.pointerId];
    if (!last) return;
    var ids = Object.keys(pointers);
    if (ids.length === 2 && pinch) {
      pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
      var a = pointers[ids[0]], b = pointers[ids[1]];
      var d = Math.hypot(a.x - b.x, a.y - b.y);
      if (d > 0) zoom(d / pinch, (a.x + b.x) / 2, (a.y + b.y) / 2, true);
      pinch = d; dragged = true;
      return;
    }
    var dx = event.clientX - last.x, dy = event.clientY - last.y;
    if (!dragged && Math.abs(dx) + Math.abs(dy) < 5) return;
    if (!dragged) { dragged = true; viewport.setPointerCapture(event.pointerId); viewport.classList.add("jm-dragging"); }
    pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
    pan(dx, dy, true);
  });
  function release(event) {
    delete pointers[event.pointerId];
    if (settle !== null) commit();
    if (Object.keys(pointers).length < 2) pinch = null;
    viewport.classList.remove("jm-dragging");
  }
  viewport.addEventListener("pointerup", release);
  viewport.addEventListener("pointercancel", release);

  viewport.addEventListener("keydown", function (event) {
    if (event.defaultPrevented) return;  // a card used the key
    var step = 60, handled = true;
    switch (event.key) {
      case "+": case "=": zoom(1.25); break;
      case "-": case "_": zoom(0.8); break;
      case "0": fit(); break;
      case "ArrowLeft": pan(step, 0); break;
      case "ArrowRight": pan(-step, 0); break;
      case "ArrowUp": pan(0, step); break;
      case "ArrowDown": pan(0, -step); break;
      default: handled = false;
    }
    if (handled) event.preventDefault();
  });

  /* ------------------------------------------------------------ details */
  var chosen = null, current = null;
  function field(list, label, value) {
    if (value === undefined || value === null || value === "") return;
    list.appendChild(el("dt", label));
    list.appendChild(el("dd", value, "jm-user"));
  }
  function noteLine(note) {
    var parts = [fill(words.severity, { n: note.severity })];
    if (note.votes) parts.push(fill(words.votes, { n: note.votes }));
    if (note.owner) parts.push(words.owner + ": " + note.owner);
    if (note.evidence) parts.push(words.evidence + ": " + note.evidence);
    return parts.join(" · ");
  }
  function render(node) {
    details.textContent = "";
    if (!node) { details.appendChild(el("p", words.details_hint, "jm-hint")); return; }
    var id = node.getAttribute("data-id"), item = data.cards[id];
    if (!item) return;
    var list = el("dl");
    if (item.kind === "touchpoint") {
      details.appendChild(el("h3", item.name, "jm-user"));
      field(list, words.stage, item.stage);
      field(list, words.channel, item.channel);
      field(list, words.what, item.what);
      field(list, words.need, item.need);
      field(list, words.tools, item.tools);
      field(list, words.owner, item.owner);
      field(list, words.evidence, item.evidence);
      if (item.metrics.length) {
        list.appendChild(el("dt", words.metrics));
        item.metrics.forEach(function (m) { list.appendChild(el("dd", m[0] + ": " + m[1], "jm-user")); });
      }
      if (item.emotions.length) {
        list.appendChild(el("dt", words.emotions));
        item.emotions.forEach(function (e) {
          var text = e[0] + ": " + (e[1] === "" ? "–" : e[1]);
          if (e[2] !== "") text += " → " + e[2];
          list.appendChild(el("dd", text, "jm-user"));
        });
      }
      [["pain", words.pains], ["opportunity", words.opportunities]].forEach(function (kind) {
        var notes = item.notes.filter(function (n) { return n.kind === kind[0]; });
        if (!notes.length) return;
        list.appendChild(el("dt", kind[1]));
        var dd = el("dd"), ul = el("ul");
        notes.forEach(function (n) {
          var li = el("li");
          li.appendChild(el("span", n.text, "jm-user"));
          li.appendChild(el("div", noteLine(n), "jm-hint"));
          ul.appendChild(li);
        });
        dd.appendChild(ul); list.appendChild(dd);
      });
      details.appendChild(list);
      if (item.image) {
        var img = el("img"); img.src = item.image; img.alt = item.name;
        details.appendChild(img);
      }
    } else {
      details.appendChild(el("h3", item.kind === "pain" ? words.pains : words.opportunities));
      details.appendChild(el("p", item.text, "jm-user"));
      field(list, words.stage, item.stage);
      field(list, words.touchpoint, item.target);
      list.appendChild(el("dt", words.details));
      list.appendChild(el("dd", noteLine(item)));
      details.appendChild(list);
    }
  }
  function select(node, keep) {
    if (current) current.classList.remove("jm-current");
    current = node;
    if (node) node.classList.add("jm-current");
    if (keep) chosen = node;
    render(node);
  }
  var cards = Array.prototype.slice.call(svg.querySelectorAll(".jm-card,.jm-note"));
  // Arrow keys on a card go to the nearest card that way (Tab keeps the map's order).
  var STEPS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
  function centre(node) { var b = node.getBBox(); return { x: b.x + b.width / 2, y: b.y + b.height / 2 }; }
  function neighbour(node, dx, dy) {
    var from = centre(node), best = null, bestScore = Infinity;
    cards.forEach(function (other) {
      if (other === node || other.getAttribute("display") === "none") return;
      var to = centre(other), along = (to.x - from.x) * dx + (to.y - from.y) * dy;
      if (along <= 1) return;
      var across = Math.abs((to.x - from.x) * dy) + Math.abs((to.y - from.y) * dx);
      var score = along + 3 * across;
      if (score < bestScore) { bestScore = score; best = other; }
    });
    return best;
  }
  cards.forEach(function (node) {
    node.addEventListener("mouseenter", function () { render(node); });
    node.addEventListener("mouseleave", function () { render(chosen); });
    node.addEventListener("focus", function () { reveal(node); select(node, true); });
    node.addEventListener("click", function () { if (!dragged) select(node, true); });
    node.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(node, true); }
      if (event.key === "Escape") { select(null, true); }
      var step = STEPS[event.key];
      if (step) {
        event.preventDefault();
        var next = neighbour(node, step[0], step[1]);
        if (next) next.focus();
      }
    });
  });
  render(null);

  /* ------------------------------------------------------------ personas and as-is/to-be */
  function setDisplay(nodes, shown) {
    nodes.forEach(function (n) { if (shown) n.removeAttribute("display"); else n.setAttribute("display", "none"); });
  }
  function byId(selector, id) {
    return Array.prototype.filter.call(svg.querySelectorAll(selector), function (n) {
      return n.getAttribute("data-id") === id;
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("input[data-persona]"), function (box) {
    box.addEventListener("change", function () {
      var index = Number(box.getAttribute("data-persona"));
      var id = data.personas[index].id;
      setDisplay(byId(".jm-persona,.jm-legend-persona", id), box.checked);
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("input[name=jm-state]"), function (radio) {
    radio.addEventListener("change", function () {
      var state = radio.value;
      setDisplay(Array.prototype.slice.call(svg.querySelectorAll(".jm-as_is")).concat(byId(".jm-legend-curve", "as_is")), state !== "to_be");
      setDisplay(Array.prototype.slice.call(svg.querySelectorAll(".jm-to_be")).concat(byId(".jm-legend-curve", "to_be")), state !== "as_is");
    });
  });

  /* ------------------------------------------------------------ search */
  var search = document.getElementById("jm-search"), count = document.getElementById("jm-count");
  function haystack(item) {
    var parts = [item.name, item.text, item.stage, item.channel, item.what, item.need, item.tools, item.owner, item.target];
    (item.notes || []).forEach(function (n) { parts.push(n.text); });
    (item.metrics || []).forEach(function (m) { parts.push(m[0]); });
    return parts.filter(Boolean).join("\n").toLocaleLowerCase();
  }
  var texts = {};
  Object.keys(data.cards).forEach(function (id) { texts[id] = haystack(data.cards[id]); });
  search.addEventListener("input", function () {
    var query = search.value.trim().toLocaleLowerCase(), hits = 0, first = null;
    cards.forEach(function (node) {
      var match = query !== "" && texts[node.getAttribute("data-id")].indexOf(query) >= 0;
      node.classList.toggle("jm-hit", match);
      node.classList.toggle("jm-dim", query !== "" && !match);
      if (match) { hits += 1; if (!first) first = node; }
    });
    count.textContent = query === "" ? "" : fill(words.matches, { n: hits });
    if (first) reveal(first);
  });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var first = svg.querySelector(".jm-hit");
      if (first) first.focus();
    }
  });

  /* ------------------------------------------------------------ stage list */
  Array.prototype.forEach.call(document.querySelectorAll("button[data-stage]"), function (button) {
    button.addEventListener("click", function () {
      var stage = data.stages[Number(button.getAttribute("data-stage"))];
      show({ x: stage.x - 10, y: stage.y - 10, w: stage.w + 20, h: stage.h + 20 });
      var header = byId(".jm-stage", stage.id)[0];
      var first = Array.prototype.filter.call(cards, function (n) {
        var item = data.cards[n.getAttribute("data-id")];
        return item && item.stage_id === stage.id;
      })[0];
      var target = first || header;
      if (target) target.focus({ preventScroll: true });
      if (first) select(first, true);
    });
  });

  // Print the whole map, exactly (no letterbox), without search marks; restore afterwards.
  var beforePrint = null;
  window.addEventListener("beforeprint", function () {
    beforePrint = { view: view, query: search.value };
    search.value = ""; search.dispatchEvent(new Event("input"));
    view = { x: full.x, y: full.y, w: full.w, h: full.h };
    commit();
  });
  window.addEventListener("afterprint", function () {
    if (!beforePrint) return;
    view = beforePrint.view; commit();
    search.value = beforePrint.query; search.dispatchEvent(new Event("input"));
    beforePrint = null;
  });
  window.addEventListener("resize", function () { fitHead(); show(view); });
  fitHead();
  start();
})();
