// aigcnet node dashboard: draws what the node sends in its "tick" server-sent events (/events), and the
// block and transaction pages from the JSON API. It computes nothing about the chain itself.
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const PALETTE = ["#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#ca8a04", "#db2777",
                   "#4b5563", "#65a30d", "#7c3aed", "#0d9488"];
  const charts = {};
  const state = { last: null };
  window.aigcnet = { charts: charts, state: state };

  const short = (h) => (h ? (h.startsWith("0x") ? h.slice(0, 10) : h.slice(0, 8)) + "…" : "");
  const fmt = (v, d) => (v === null || v === undefined || Number.isNaN(v) ? "–" : Number(v).toFixed(d));
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));
  const bytes = (b) => (b >= 1048576 ? (b / 1048576).toFixed(1) + " MiB" : b >= 1024 ? (b / 1024).toFixed(1) + " KiB" : b + " B");

  function width(el) { return Math.max(200, el.clientWidth || 300); }
  const clock = (u, splits) => splits.map((v) => new Date(v * 1000).toLocaleTimeString([], { hour12: false }));

  function lineChart(id, xLabel, yLabel, series, timeX) {
    const el = $(id);
    const opts = {
      width: width(el), height: el.classList.contains("tall") ? 260 : 180,
      scales: { x: { time: !!timeX } },
      legend: { live: false },
      axes: [timeX ? { label: xLabel, labelSize: 20, size: 34, values: clock, space: 70 } : { label: xLabel, labelSize: 20, size: 34 },
             { label: yLabel, labelSize: 20, size: 52 }],
      series: [{ label: xLabel }].concat(series.map((s, i) => ({
        label: s, stroke: PALETTE[i % PALETTE.length], width: 1.5, spanGaps: true, points: { show: false } }))),
    };
    const data = [[]].concat(series.map(() => []));
    const u = new uPlot(opts, data, el);
    el.dataset.series = String(series.length);
    return u;
  }

  function ensureChainCharts() {
    if (charts.height) return;
    charts.height = lineChart("chart-height", "time (wall clock, h:m:s)", "height (blocks)", ["finalised height"], true);
    charts.interval = lineChart("chart-interval", "time (wall clock, h:m:s)", "interval (s)", ["block interval"], true);
    charts.tps = lineChart("chart-tps", "time (wall clock, h:m:s)", "throughput (tx/s)", ["transactions per second"], true);
    charts.latency = lineChart("chart-latency", "time (wall clock, h:m:s)", "latency (s)", ["finality latency p50"], true);
  }

  function drawChain(s) {
    ensureChainCharts();
    const p = s.points;
    const t = p.map((x) => x.time_s);
    charts.height.setData([t, p.map((x) => x.height)]);
    charts.interval.setData([t, p.map((x) => x.interval_s)]);
    charts.tps.setData([t, p.map((x) => x.tps)]);
    charts.latency.setData([t, p.map((x) => x.latency_p50_s)]);
    const n = s.node;
    $("node-address").textContent = short(n.address);
    $("height").textContent = n.height;
    $("finalized-height").textContent = n.finalized_height;
    const last = p.length ? p[p.length - 1] : null;
    $("interval").textContent = last && last.interval_s !== null ? fmt(last.interval_s, 2) + " s" : "–";
    $("tps").textContent = last && last.tps !== null ? fmt(last.tps, 1) + " tx/s" : "–";
    const lat = p.filter((x) => x.latency_p50_s !== null);
    $("latency").textContent = lat.length ? fmt(lat[lat.length - 1].latency_p50_s, 2) + " s" : "–";
    $("pool").textContent = n.pool_size + " / " + n.pool_capacity;
    $("peers").textContent = n.peers_connected;
    $("verif").textContent = fmt(n.verifications_per_s, 0) + " /s";
    $("super-nodes").tBodies[0].innerHTML = s.super_nodes.map((x) =>
      `<tr><td class="mono" title="${esc(x.address)}">${esc(short(x.address))}</td><td>${x.produced}</td>` +
      `<td>${x.precommits}</td><td>${x.signed_last ? '<span class="ok">yes</span>' : '<span class="bad">no</span>'}</td></tr>`).join("");
    $("recent-blocks").tBodies[0].innerHTML = s.recent_blocks.map((b) =>
      `<tr><td><a class="block-link" href="#/block/${b.height}">${b.height}</a></td><td class="mono">${esc(short(b.hash))}</td>` +
      `<td>${b.txs}</td><td class="mono">${b.first_txs.map((id) => `<a href="#/tx/${id}">${esc(short(id))}</a>`).join(" ")}</td></tr>`).join("");
  }

  function drawApp(s) {
    const a = s.app;
    $("app-none").hidden = !!a;
    $("app-source").hidden = !a;
    document.querySelectorAll("section.app").forEach((el) => (el.hidden = !a));
    if (!a) return;
    $("app-source").textContent = s.app_source;
    const open = a.channels.filter((c) => c.state === "open"), closing = a.channels.filter((c) => c.state === "closing");
    $("ch-open").textContent = open.length;
    $("ch-closing").textContent = closing.length;
    $("ch-settled").textContent = a.channels.filter((c) => c.state === "settled").length;
    $("rollups").textContent = a.rollup_count;
    $("poisons").textContent = a.poison_count;
    $("channels").tBodies[0].innerHTML = a.channels.map((c) =>
      `<tr><td class="mono">${esc(short(c.id))}</td><td>${esc(c.client)}</td><td>${esc(c.masp)}</td><td>${c.deposit}</td>` +
      `<td>${c.paid}</td><td>${c.balance}</td><td>${esc(c.state)}</td>` +
      `<td>${c.challenge_ends_s === null || c.challenge_ends_s === "NaN" ? "–" : fmt(c.challenge_ends_s, 1) + " s"}</td></tr>`).join("");
    $("rollup-table").tBodies[0].innerHTML = a.rollups.slice().reverse().map((r) =>
      `<tr><td class="mono">${esc(short(r.tx_id))}</td><td>${fmt(r.time_s, 1)} s</td><td>${r.opinions}</td><td>${r.bytes}</td>` +
      `<td>${r.poisoned ? '<span class="bad">poisoned</span>' : "no"}</td></tr>`).join("");
    drawReputation(a.reputations);
    const st = a.storage;
    $("st-objects").textContent = st.objects;
    $("st-bytes").textContent = bytes(st.bytes);
    $("st-repl").textContent = st.replication;
    $("st-nodes").textContent = st.nodes;
    $("receipts").tBodies[0].innerHTML = st.recent.map((r) =>
      `<tr><td class="mono">${esc(short(r.key))}</td><td>${bytes(r.bytes)}</td><td>${r.replicas.map(esc).join(", ")}</td></tr>`).join("");
    $("round-count").textContent = "(" + a.round_count + " completed, latest first)";
    $("rounds").innerHTML = a.rounds.slice().reverse().map((r) =>
      `<li>#${r.seq} at ${fmt(r.start_s, 1)} s: ${esc(r.client)} → ${esc(r.masp)} ` +
      r.stages.map((x) => `<span class="stage">${esc(x)}</span>`).join("→") +
      ` fee ${r.fee}, quality ${fmt(r.quality, 2)}, ${r.satisfied ? '<span class="ok">satisfied</span>' : '<span class="bad">not satisfied</span>'},` +
      ` ${fmt(r.latency_s, 2)} s</li>`).join("");
  }

  function drawReputation(r) {
    const n = r.labels.length;
    if (!charts.reputation || charts.reputation.series.length - 1 !== n) {
      if (charts.reputation) charts.reputation.destroy();
      charts.reputation = lineChart("chart-reputation", "market time (s)", "reputation (0–1)", r.labels, false);
    }
    charts.reputation.setData([r.times_s].concat(r.history));
    const max = Math.max(0.0001, ...r.shares);
    $("shares").tBodies[0].innerHTML = r.labels.map((l, i) =>
      `<tr><td><span style="color:${PALETTE[i % PALETTE.length]}">■</span> ${esc(l)}</td><td>${fmt(r.current[i], 3)}</td>` +
      `<td>${fmt(100 * r.shares[i], 1)} %</td><td style="width:40%"><div class="bar" style="width:${(100 * r.shares[i] / max).toFixed(1)}%"></div></td></tr>`).join("");
  }

  function onTick(ev) {
    const s = JSON.parse(ev.data);
    state.last = s;
    drawChain(s);
    drawApp(s);
  }

  function connect() {
    const es = new EventSource("/events");
    es.addEventListener("tick", onTick);
    es.onopen = () => { $("conn").textContent = "live"; $("conn").className = "badge"; };
    es.onerror = () => { $("conn").textContent = "reconnecting…"; $("conn").className = "badge off"; };
  }

  // ---- block and transaction pages (hash routes) ----
  async function getJson(path) {
    const r = await fetch(path);
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || ("HTTP " + r.status));
    return body;
  }

  function dl(pairs) {
    return "<dl>" + pairs.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join("") + "</dl>";
  }

  async function route() {
    const d = $("detail");
    const m = location.hash.match(/^#\/(block|tx)\/(.+)$/);
    if (!m) { d.hidden = true; d.innerHTML = ""; return; }
    d.hidden = false;
    d.innerHTML = "loading…";
    try {
      if (m[1] === "block") {
        const b = await getJson("/blocks/" + encodeURIComponent(m[2]));
        d.innerHTML = `<h2 id="block-title">Block ${b.height}</h2>` + dl([
          ["hash", `<span class="mono">${esc(b.hash)}</span>`], ["parent", `<span class="mono">${esc(b.parent)}</span>`],
          ["time", new Date(b.time_ns / 1e6).toISOString()], ["producer", `<span class="mono">${esc(b.producer)}</span>`],
          ["slot / round", b.slot + " / " + b.round], ["precommits", b.precommits + " (" + b.signers.map(short).join(", ") + ")"],
          ["transactions", String(b.tx_count)]]) +
          `<div class="scroll"><table id="block-txs"><thead><tr><th>id</th><th>type</th><th>sender</th><th>receiver</th><th>value</th><th>fee</th></tr></thead><tbody>` +
          b.transactions.map((t) => `<tr><td class="mono"><a href="#/tx/${t.id}">${esc(short(t.id))}</a></td><td>${t.type}</td>` +
            `<td class="mono">${esc(short(t.sender))}</td><td class="mono">${esc(short(t.receiver))}</td><td>${t.value}</td><td>${t.fee}</td></tr>`).join("") +
          `</tbody></table></div><p><a href="#/block/${b.height - 1}">← previous</a> · <a href="#/">close</a></p>`;
      } else {
        const t = await getJson("/tx/" + encodeURIComponent(m[2]));
        const tx = t.tx || {};
        d.innerHTML = `<h2 id="tx-title">Transaction ${esc(short(t.id))}</h2>` + dl([
          ["id", `<span class="mono">${esc(t.id)}</span>`], ["state", esc(t.state)],
          ["block", t.height ? `<a href="#/block/${t.height}">${t.height}</a>` : "–"],
          ["reason", t.reason ? esc(t.reason + ": " + t.detail) : "–"],
          ["type", esc(tx.type || "")], ["sender", `<span class="mono">${esc(tx.sender || "")}</span>`],
          ["receiver", `<span class="mono">${esc(tx.receiver || "")}</span>`], ["value / fee / nonce", `${tx.value} / ${tx.fee} / ${tx.nonce}`]]) +
          `<p><a href="#/">close</a></p>`;
      }
    } catch (e) {
      d.innerHTML = `<p class="bad">${esc(e.message)}</p><p><a href="#/">close</a></p>`;
    }
  }

  window.addEventListener("hashchange", route);
  window.addEventListener("resize", () => {
    Object.values(charts).forEach((u) => u.setSize({ width: width(u.root.parentElement), height: u.height }));
  });
  route();
  connect();
})();
