"use strict";
// The participant's page: join with the link's token (or the short code), then notes, dots and
// ratings over a WebSocket that reconnects by itself. Text is only ever set as plain text.
(function () {
  const $ = (id) => document.getElementById(id);
  const LANGS = ["en", "ru", "uk", "lv"];
  const store = window.localStorage;
  let lang = store.getItem("jm-room-lang") ||
    LANGS.find((l) => (navigator.language || "en").toLowerCase().startsWith(l)) || "en";
  let key = store.getItem("jm-room-key");
  if (!key || key.length < 32) {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    key = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    store.setItem("jm-room-key", key);
  }
  const hash = decodeURIComponent(location.hash.slice(1));
  let credentials = hash ? { token: hash } : null;
  // the viewer link (#v + a 22-character token): a projector or a laptop watching, no actions
  const viewing = hash.length === 23 && hash[0] === "v";
  const SVG = "http://www.w3.org/2000/svg";
  let socket = null, state = null, tab = null, retry = 0, joined = false, ended = false;
  let welcomed = false;  // this connection has been let in
  let pendingToast = null;

  function t(name, values) {
    const table = window.ROOM_TEXT[lang] || window.ROOM_TEXT.en;
    let text = table[name] || window.ROOM_TEXT.en[name] || name;
    for (const [k, v] of Object.entries(values || {})) text = text.split("{" + k + "}").join(String(v));
    return text;
  }

  function translateStatic() {
    document.documentElement.lang = lang;
    $("lang").value = lang;
    document.querySelectorAll("[data-t]").forEach((el) => { el.textContent = t(el.dataset.t); });
    if (state) (state.role === "viewer" ? renderViewer : render)();
  }

  function toast(text, bad) {
    const el = $("toast");
    el.textContent = text;
    el.className = bad ? "bad" : "";
    el.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { el.hidden = true; }, 2600);
  }

  function show(section) {
    for (const id of ["join", "room", "viewer", "ended"]) $(id).hidden = id !== section;
  }

  function send(message) {
    if (socket && socket.readyState === WebSocket.OPEN) { socket.send(JSON.stringify(message)); return true; }
    toast(t("reconnecting"), true);
    return false;
  }

  function connect() {
    if (ended || !credentials) return;
    socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws");
    welcomed = false;
    socket.addEventListener("open", () => {
      socket.send(JSON.stringify(Object.assign({ type: "hello", key: key, name: store.getItem("jm-room-name") || "" }, credentials)));
    });
    socket.addEventListener("message", (event) => receive(JSON.parse(event.data)));
    socket.addEventListener("close", (event) => {
      socket = null;
      if (ended) return;
      if (!joined) return;  // refused before joining: the join form says why
      if (event.code === 1001 && event.reason === "closed") { ended = true; show("ended"); return; }
      $("offline").hidden = false;
      retry = Math.min(retry + 1, 6);
      setTimeout(connect, 250 * 2 ** retry);
    });
  }

  function receive(message) {
    if (message.type === "refused") {
      if (!welcomed) {  // not let in (again): a dead link, a locked room, too many tries
        joined = false;
        $("offline").hidden = true;
        show("join");
        $("join-error").textContent = t("e_" + message.code);
        $("code-row").hidden = viewing;
        $("name-row").hidden = viewing;
        $("join-button").hidden = viewing;
      } else {
        toast(t("e_" + message.code), true);
      }
      return;
    }
    if (message.type === "ok") {
      pendingToast = message.of;
      return;
    }
    if (message.type === "state") {
      joined = true;
      welcomed = true;
      retry = 0;
      if (hash) store.setItem("jm-room-joined", hash);
      $("offline").hidden = true;
      if (pendingToast === "note") toast(message.queue ? t("queued") : t("sent"));
      pendingToast = null;
      state = message;
      if (state.role === "viewer") { show("viewer"); renderViewer(); return; }
      show("room");
      render();
    }
  }

  function allowed(action) { return state.phase === "all" || state.phase === action; }

  function render() {
    $("title").textContent = state.title || t("room");
    $("who").textContent = (state.role === "viewer" ? t("viewer") : t("you_are", { name: state.name })) +
      " · " + t("joined", { n: state.joined });
    $("phase").textContent = t("phase_" + state.phase);
    const shown = state.stages.find((s) => s.id === state.presenting);
    $("on-screen").hidden = !shown;
    $("on-screen").textContent = shown ? t("presenting") + ": " + shown.name : "";
    const tabs = ["notes", "vote", "rate"].filter((name) => state.role === "participant" && allowed(name));
    if (!tabs.includes(tab)) tab = tabs[0] || null;
    document.querySelectorAll("#tabs button").forEach((b) => {
      b.hidden = !tabs.includes(b.dataset.tab);
      b.setAttribute("aria-selected", String(b.dataset.tab === tab));
    });
    $("tabs").hidden = tabs.length < 2;
    for (const name of ["notes", "vote", "rate"]) $("panel-" + name).hidden = name !== tab;
    $("panel-closed").hidden = tab !== null;
    if (tab === "notes") renderNotes();
    if (tab === "vote") renderVotes();
    if (tab === "rate") renderRates();
  }

  function fillSelect(select, options) {
    const before = select.value;
    select.replaceChildren();
    for (const [value, label] of options) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = label;
      select.appendChild(option);
    }
    if (options.some(([value]) => value === before)) select.value = before;
  }

  function openStages() { return state.stages.filter((s) => s.open); }

  function renderNotes() {
    fillSelect($("note-stage"), openStages().map((s) => [s.id, s.name]));
    if (state.presenting && openStages().some((s) => s.id === state.presenting) && !renderNotes.touched) {
      $("note-stage").value = state.presenting;
    }
    fillSelect($("note-kind"), state.kinds.map((k) => [k, t("kind_" + k)]));
    $("kind-row").hidden = state.kinds.length < 2;
    $("waiting").textContent = state.waiting ? t("waiting", { n: state.waiting }) : "";
  }

  function dotsLine() {
    const line = $("dots");
    line.replaceChildren();
    for (let i = 0; i < state.budget; i++) {
      const dot = document.createElement("span");
      dot.className = i < state.remaining ? "dot" : "dot used";
      line.appendChild(dot);
    }
    line.appendChild(document.createTextNode(" " + t("dots_left", { n: state.remaining, b: state.budget })));
    if (state.cap) {
      const cap = document.createElement("span");
      cap.className = "muted";
      cap.textContent = " · " + t("cap", { c: state.cap });
      line.appendChild(cap);
    }
  }

  function renderVotes() {
    dotsLine();
    const list = $("items");
    list.replaceChildren();
    const votable = state.items.filter((i) => i.votable);
    if (!votable.length) {
      const p = document.createElement("p");
      p.className = "muted";
      p.textContent = t("no_items");
      list.appendChild(p);
      return;
    }
    for (const stage of openStages()) {
      const items = votable.filter((i) => i.stage === stage.id);
      if (!items.length) continue;
      const heading = document.createElement("h2");
      heading.textContent = stage.name;
      list.appendChild(heading);
      for (const item of items) list.appendChild(itemRow(item));
    }
  }

  function itemRow(item) {
    const row = document.createElement("div");
    row.className = "item";
    row.dataset.item = item.id;
    const text = document.createElement("span");
    text.className = "text";
    text.textContent = item.text;
    const meta = document.createElement("span");
    meta.className = "meta";
    if (item.kind !== "touchpoint") {
      const tag = document.createElement("span");
      tag.className = "tag " + item.kind;
      tag.textContent = t("kind_" + item.kind);
      meta.appendChild(tag);
    }
    const bits = [];
    if (item.author) bits.push(item.author);
    if (item.votes !== null) bits.push(t("votes", { n: item.votes }));
    meta.appendChild(document.createTextNode(bits.join(" · ")));
    text.appendChild(meta);
    const minus = document.createElement("button");
    minus.textContent = "−";
    minus.className = "take";
    minus.setAttribute("aria-label", "−1");
    minus.disabled = !item.mine;
    minus.addEventListener("click", () => { if (send({ type: "vote", item: item.id, delta: -1 })) toast(t("taken")); });
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = item.mine ? "●".repeat(Math.min(item.mine, 5)) : "";
    const plus = document.createElement("button");
    plus.textContent = "+";
    plus.className = "give";
    plus.setAttribute("aria-label", "+1");
    if (state.cap && item.mine >= state.cap) {  // the round's cap per item: no more here
      plus.disabled = true;
      plus.title = t("cap", { c: state.cap });
    }
    plus.addEventListener("click", () => { if (send({ type: "vote", item: item.id, delta: 1 })) toast(t("voted")); });
    row.append(text, minus, count, plus);
    return row;
  }

  function renderRates() {
    const box = $("rates");
    box.replaceChildren();
    for (const stage of openStages()) {
      const row = document.createElement("div");
      row.className = "rate";
      row.dataset.stage = stage.id;
      const name = document.createElement("div");
      name.className = "name";
      name.textContent = stage.name + (stage.id === state.presenting ? " · " + t("presenting") : "");
      const scale = document.createElement("div");
      scale.className = "scale";
      for (let v = state.scale.min; v <= state.scale.max; v++) {
        const button = document.createElement("button");
        const label = state.scale.labels[String(v)];
        button.textContent = (v > 0 && state.scale.min < 0 ? "+" : "") + v;
        if (label) button.title = label;
        const mine = state.ratings[stage.id] === v;
        button.setAttribute("aria-pressed", String(mine));
        button.addEventListener("click", () => {
          if (send({ type: "rate", stage: stage.id, value: mine ? null : v })) toast(t("rated"));
        });
        scale.appendChild(button);
      }
      row.append(name, scale);
      const crowd = state.crowd.find((c) => c.stage === stage.id);
      if (crowd) {
        const line = document.createElement("div");
        line.className = "crowd";
        line.textContent = t("crowd", { mean: crowd.mean, count: crowd.count });
        row.appendChild(line);
      }
      box.appendChild(row);
    }
  }

  // ------------------------------------------------------------------ the viewer
  function tagged(item) {
    const li = document.createElement("li");
    li.dataset.item = item.id;
    if (item.kind !== "touchpoint" && item.kind !== "card") {
      const tag = document.createElement("span");
      tag.className = "tag " + item.kind;
      tag.textContent = t("kind_" + item.kind);
      li.appendChild(tag);
    }
    li.appendChild(document.createTextNode(item.text));
    return li;
  }

  function renderViewer() {
    $("title").textContent = state.title || t("room");
    const stage = state.stages.find((s) => s.id === state.presenting);
    $("v-stage").hidden = !stage;
    if (stage) {
      $("v-stage-name").textContent = stage.name;
      const list = $("v-notes");
      list.replaceChildren();
      for (const item of state.on_screen) {
        const li = tagged(item);
        if (item.author) {
          const who = document.createElement("span");
          who.className = "where";
          who.textContent = item.author;
          li.appendChild(who);
        }
        list.appendChild(li);
      }
      if (!state.on_screen.length) list.appendChild(Object.assign(document.createElement("li"), { textContent: t("v_empty") }));
    }
    $("v-results").hidden = !state.results;
    const ranking = $("v-ranking");
    ranking.replaceChildren();
    $("v-results-note").textContent = state.votes_hidden ? t("v_hidden") : (state.ranking.length ? "" : t("v_no_votes"));
    for (const item of state.ranking) {
      const li = tagged(item);
      const votes = document.createElement("span");
      votes.className = "votes";
      votes.textContent = t("votes", { n: item.votes });
      li.prepend(votes);
      const where = document.createElement("span");
      where.className = "where";
      where.textContent = item.stage;
      li.appendChild(where);
      ranking.appendChild(li);
    }
    $("v-crowd").hidden = !state.crowd.length;
    $("v-curve").replaceChildren(...(state.crowd.length ? [crowdCurve()] : []));
    $("v-wait").hidden = Boolean(stage || state.results || state.crowd.length);
    $("v-wait").textContent = state.phase === "closed" ? t("v_closed") : t("v_wait");
  }

  function svg(name, attributes, text) {
    const el = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
    if (text !== undefined) el.textContent = text;
    return el;
  }

  function twoLines(text, width) {
    // a stage name in at most two lines of ``width`` characters, cut with … if longer
    const lines = [""];
    for (const word of text.split(/\s+/)) {
      const last = lines[lines.length - 1];
      if (!last || (last + " " + word).length <= width) lines[lines.length - 1] = last ? last + " " + word : word;
      else lines.push(word);
    }
    const shown = lines.slice(0, 2).map((line) => line.length > width ? line.slice(0, width - 1) + "…" : line);
    if (lines.length > 2 && !shown[1].endsWith("…")) shown[1] = shown[1].slice(0, width - 1) + "…";
    return shown;
  }

  function crowdCurve() {
    // the room's feeling per stage: the mean as a line with a mark per stage, the spread as a band
    const W = 800, H = 320, left = 48, right = 16, top = 16, bottom = 64;
    const { min, max } = state.scale;
    const stages = state.stages;
    const step = (W - left - right) / Math.max(stages.length, 1);
    const x = (index) => left + step * (index + 0.5);
    const y = (value) => top + (max - value) / Math.max(max - min, 1) * (H - top - bottom);
    const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": t("v_crowd") });
    for (let v = min; v <= max; v++) {
      chart.appendChild(svg("line", { x1: left, x2: W - right, y1: y(v), y2: y(v), stroke: v === 0 ? "#9aa3b5" : "#d9dee8" }));
      chart.appendChild(svg("text", { x: left - 8, y: y(v) + 5, "text-anchor": "end", "font-size": 15, fill: "#5d6678" },
        (v > 0 && min < 0 ? "+" : "") + v));
    }
    const points = [];
    const room = Math.max(4, Math.floor(step / 8.5) - 1);  // characters a column's label may use
    stages.forEach((s, index) => {
      const label = svg("text", { x: x(index), y: H - bottom + 22, "text-anchor": "middle", "font-size": 14, fill: "#1d2330" });
      twoLines(s.name, room).forEach((line, n) => label.appendChild(svg("tspan", { x: x(index), dy: n ? 17 : 0 }, line)));
      label.appendChild(svg("title", {}, s.name));
      chart.appendChild(label);
      const p = state.crowd.find((c) => c.stage === s.id);
      if (p) points.push([index, p]);
    });
    const band = points.map(([i, p]) => `${x(i)},${y(p.high)}`).concat(points.slice().reverse().map(([i, p]) => `${x(i)},${y(p.low)}`));
    chart.appendChild(svg("polygon", { points: band.join(" "), fill: "#2f5fb3", "fill-opacity": 0.16, class: "band" }));
    chart.appendChild(svg("polyline", { points: points.map(([i, p]) => `${x(i)},${y(p.mean)}`).join(" "), fill: "none",
      stroke: "#2f5fb3", "stroke-width": 3, "stroke-dasharray": "2 6", "stroke-linecap": "round", class: "mean" }));
    for (const [i, p] of points) {
      const mark = svg("circle", { cx: x(i), cy: y(p.mean), r: 7, fill: "#2f5fb3", class: "mark", "data-stage": p.stage });
      mark.appendChild(svg("title", {}, `${p.mean} · ${t("v_answers", { n: p.count })}`));
      chart.appendChild(mark);
      chart.appendChild(svg("text", { x: x(i), y: y(p.mean) - 14, "text-anchor": "middle", "font-size": 13, fill: "#5d6678" },
        t("v_answers", { n: p.count })));
    }
    return chart;
  }

  $("lang").addEventListener("change", () => {
    lang = $("lang").value;
    store.setItem("jm-room-lang", lang);
    translateStatic();
  });
  document.querySelectorAll("#tabs button").forEach((b) => b.addEventListener("click", () => { tab = b.dataset.tab; render(); }));
  $("note-stage").addEventListener("change", () => { renderNotes.touched = true; });
  $("note-send").addEventListener("click", () => {
    const text = $("note-text").value.trim();
    if (!text) { toast(t("e_empty"), true); return; }
    if (send({ type: "note", stage: $("note-stage").value, kind: $("note-kind").value || "card", text: text })) {
      $("note-text").value = "";
    }
  });
  $("join-button").addEventListener("click", () => {
    store.setItem("jm-room-name", $("name").value.trim());
    if (!hash) credentials = { code: $("code").value };
    $("join-error").textContent = "";
    joined = false;
    connect();
  });
  $("name").value = store.getItem("jm-room-name") || "";
  $("code-row").hidden = Boolean(hash);
  translateStatic();
  show("join");
  if (viewing) { document.body.classList.add("viewing"); connect(); }
  else if (hash && store.getItem("jm-room-joined") === hash) connect();
})();
