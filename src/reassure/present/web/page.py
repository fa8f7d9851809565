"""The single page of `reassure serve`: plain HTML and JavaScript, no framework, nothing from other hosts."""

from __future__ import annotations

import json

__all__ = ["page"]

CSS = """
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,sans-serif;color:#1b1b1b;background:#fbfaf7}
header{background:#1f3a5f;color:#fff;padding:8px 16px;display:flex;gap:16px;align-items:baseline;flex-wrap:wrap}
header h1{font-size:18px;margin:0}header a{color:#cfe0ff}
.wrap{display:grid;grid-template-columns:280px 1fr;gap:0;min-height:calc(100vh - 40px)}
nav{border-right:1px solid #ddd;padding:10px;background:#f3f1ea;overflow:auto}
nav li{list-style:none;margin:3px 0;display:flex;gap:6px;align-items:flex-start}
nav ul{padding:0;margin:0 0 10px}nav button.open{all:unset;cursor:pointer;color:#1f3a5f;text-decoration:underline}nav button.open:focus-visible{outline:3px solid #1f5fa8;outline-offset:2px}
nav .origin{font-size:11px;color:#777;overflow-wrap:anywhere}nav button.open{overflow-wrap:anywhere}
main{padding:14px 20px;overflow:auto;min-width:0}
.headline{font:bold 19px/1.4 Georgia,serif;margin:8px 0}
.key-numbers{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:8px}
.key-numbers li{background:#fff;border:1px solid #e3dfd4;border-left:5px solid #1f5fa8;padding:6px 10px}
.key-numbers .k{display:block;font-weight:bold;text-transform:uppercase;font-size:11px;color:#555}
table{border-collapse:collapse;font-size:13px;margin:8px 0}th,td{border-bottom:1px solid #e0ddd5;padding:3px 8px;text-align:left;vertical-align:top}
.yes{color:#1c6b3a;font-weight:bold}.no{color:#a32020;font-weight:bold}td.diff,.diffkey{background:#fff1c2;font-weight:bold}
.fields input[type=number]{width:7em}.fields select.src{max-width:24em}.fields .nowsrc{font-size:12px;color:#555;max-width:22em}.fields input.asm{width:16em}.fields tr.default{background:#fbf6e6}.fields tr.changed{background:#eef6ff}.fields .unit{font-size:13px;color:#333}.fields td.newval{white-space:nowrap}.fields .shipped{font-size:12px;color:#6b4f00}.fields tr.fixed{color:#666}.fields .noedit{font-size:12px;color:#6b4f00;max-width:26em;white-space:normal}.fields tr.bad{background:#fde2e2;outline:2px solid #a32020}.rowerr{color:#a32020;font-weight:bold;white-space:pre-wrap}
.progress{font-size:13px;color:#333;background:#eef;padding:6px 10px;border-radius:4px}
.warn{color:#6b4f00;background:#fff4d6;border-left:5px solid #d9a400;padding:4px 10px;margin:6px 0}.warn ul{margin:2px 0}
.runline{font-size:13px;color:#444;margin:4px 0}.error{color:#a32020;font-weight:bold;white-space:pre-wrap}
button{font:inherit;padding:3px 10px;cursor:pointer}
.scroll{overflow-x:auto}#compare tr.sub td{font-size:12px;color:#555}#compare tr.sub td:first-child{padding-left:24px}#compare div.note{font-size:12px;color:#555;max-width:40em;font-weight:normal}
#inputs div.src{font-size:12px;color:#555;max-width:30em}h2:focus{outline:2px solid #1f5fa8}
@media print{header,nav,.runctl,#edit,#compare-btn,.rmap-legend input,#cancel-btn{display:none}.wrap{display:block}main{overflow:visible;padding:0}body{background:#fff}}
@media (max-width:700px){.wrap{grid-template-columns:1fr}nav{border-right:0;border-bottom:1px solid #ddd}}
"""

JS = r"""
const $ = (s, el) => (el || document).querySelector(s);
const esc = t => String(t == null ? '' : t).replace(/[&<>"']/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));
let DEFAULT_RUNS = 100, current = null, currentJob = null;
async function api(url, opts) {
  const r = await fetch(url, Object.assign({headers: {'Content-Type': 'application/json'}, credentials: 'same-origin'}, opts || {}));
  const body = await r.json().catch(() => ({}));
  if (!r.ok) { const d = body.detail; throw new Error(pageWords(typeof d === 'string' ? d : d && d.message ? d.message : JSON.stringify(d))); }
  return body;
}
// The API's messages are worded for a script ("unit": "day", replace: true); the page says
// what to do on the page instead (review 41 8). The API keeps its own wording.
function pageWords(text) {
  return String(text)
    .replace(/give the unit with the value \("unit": "([^"]+)"\)/g, 'choose "$1" in the unit list beside the box')
    .replace(/or replace it \(replace: true\)/g, 'or save again and confirm the replace')
    .replace(/give both low and high, or a value/g, 'fill both boxes (low and high)');
}
function setStatus(html) { $('#status').innerHTML = html; }
// an error is an alert for a screen reader; #status itself is a polite live region
function showError(message, id) { setStatus('<span class="error" role="alert"' + (id ? ' id="' + id + '"' : '') + '>' + esc(message) + '</span>'); }
// A run's polling writes only while it is the latest thing asked for (review 41 2: a refused
// seed's error was overwritten by an earlier run's polling, and that run's result was shown
// beside the refused seed): each Run, Compare or plan opened starts a new generation.
let runGen = 0;
class Stale extends Error {}
function reportError(e) { if (!(e instanceof Stale)) showError(e.message); }
// -- the address: the open plan and its shown run, or the comparison (review 41 1) ------------
// in the fragment, never with the token (it is in a cookie): #plan=NAME&run=ID, #compare=a,b&runs=R
function hashState() { return new URLSearchParams(location.hash.slice(1)); }
function setHash(params, push) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => { if (v != null && v !== '') q.set(k, v); });
  const hash = '#' + q.toString();
  if (hash === location.hash) return;
  history[push ? 'pushState' : 'replaceState'](null, '', location.pathname + hash);
}
const START = '<p>Open a plan on the left, or tick two or more and compare them.</p>';
async function restoreFromHash() {
  const h = hashState();
  if (h.get('compare')) {
    const names = h.get('compare').split(',').filter(Boolean);
    document.querySelectorAll('.cmp').forEach(c => { c.checked = names.includes(c.value); });
    return comparePlans(names, h.get('runs') === null ? DEFAULT_RUNS : Number(h.get('runs')), h.get('seed') || undefined, false);
  }
  if (h.get('plan')) {
    await openScenario(h.get('plan'), {history: false});
    if (h.get('run')) await restoreRun(h.get('run'));
    return;
  }
  runGen++; current = null; setStatus(''); $('#view').innerHTML = START; delete $('#view').dataset.name;
}
// the run the address names: its result, its seed and runs in the boxes; one under way is followed
async function restoreRun(id) {
  const gen = runGen;
  let j;
  try { j = await api('/api/runs/' + encodeURIComponent(id)); }
  catch (e) { showError('the run ' + id + ' in the address is not on the server any more (it was restarted?): run the plan again'); return; }
  if (gen !== runGen || !current || j.scenario !== current.name) return;
  $('#runs').value = j.runs;
  $('#seed').value = j.seed;
  try {
    if (j.state === 'queued' || j.state === 'running') j = await follow(j, j.scenario, gen);
    if (j.state === 'done') await showResult(j.id, gen);
    else showError(j.scenario + ': run ' + j.state + (j.error ? ': ' + j.error : ''));
  } catch (e) { reportError(e); }
}
window.addEventListener('popstate', () => { restoreFromHash().catch(reportError); });
// -- unsaved edits: kept in sessionStorage by plan, restored when the plan is opened again -----
function formKey(name) { return 'reassure-edit:' + name; }
let restoringForm = false;
function saveForm() {
  if (restoringForm || !current || !$('#edit')) return;
  const rows = {};
  document.querySelectorAll('.fields tr[data-path]:not([data-fixed])').forEach(tr => {
    const vals = Array.from(tr.querySelectorAll('.val')).map(v => v.value);
    const src = Array.from($('.src', tr).selectedOptions).map(o => o.value);
    const asm = $('.asm', tr).value, unit = $('select.unit', tr);
    if (vals.some(v => v !== '') || src.length || asm !== '' || (unit && unit.value !== unit.dataset.own)) {
      rows[tr.dataset.path] = {vals: vals, src: src, asm: asm, unit: unit ? unit.value : null};
    }
  });
  const form = {rows: rows, vname: $('#vname').value, vtitle: $('#vtitle').value, open: $('#edit').open};
  if (!Object.keys(rows).length && !form.vname && !form.vtitle) sessionStorage.removeItem(formKey(current.name));
  else sessionStorage.setItem(formKey(current.name), JSON.stringify(form));
}
function restoreForm(name) {
  let form = null;
  try { form = JSON.parse(sessionStorage.getItem(formKey(name)) || 'null'); } catch (e) { form = null; }
  if (!form) return;
  restoringForm = true;
  try { fillForm(form); } finally { restoringForm = false; }
}
function fillForm(form) {
  $('#vname').value = form.vname || '';
  $('#vtitle').value = form.vtitle || '';
  if (form.open) $('#edit').open = true;
  Object.entries(form.rows || {}).forEach(([path, r]) => {
    const tr = Array.from(document.querySelectorAll('.fields tr[data-path]')).find(t => t.dataset.path === path);
    if (!tr) return;
    const unit = $('select.unit', tr);
    if (unit && r.unit) { unit.value = r.unit; unit.dispatchEvent(new Event('change')); }
    Array.from(tr.querySelectorAll('.val')).forEach((v, k) => { v.value = r.vals[k] || ''; v.dispatchEvent(new Event('input')); });
    Array.from($('.src', tr).options).forEach(o => { o.selected = (r.src || []).includes(o.value); });
    $('.asm', tr).value = r.asm || '';
  });
}
async function loadList(select) {
  const ticked = Array.from(document.querySelectorAll('.cmp:checked')).map(c => c.value);
  // review s49: the list is built anew; the plan name or box that had the focus gets it back
  const had = document.activeElement, inList = had && $('#list').contains(had);
  const focusKey = inList ? (had.classList.contains('cmp') ? ['.cmp', had.value] : had.classList.contains('open') ? ['button.open', had.dataset.name] : [had.id ? '#' + had.id : null, null]) : null;
  const d = await api('/api/scenarios');
  DEFAULT_RUNS = d.default_runs;
  const groups = {shipped: [], user: []};
  d.scenarios.forEach(s => groups[s.origin].push(s));
  $('#list').innerHTML = ['shipped', 'user'].map(g =>
    `<h3>${g === 'shipped' ? 'Shipped plans' : 'Your plans'} <span class="origin">${g === 'user' ? esc(d.user_dir) : ''}</span></h3><ul>` +
    groups[g].map(s => `<li><input type="checkbox" class="cmp" value="${esc(s.name)}" aria-label="compare ${esc(s.name)}">` +
      // the whole name and title in a tooltip too: a long name wraps, and is never cut off unread
      `<span><button class="open" data-name="${esc(s.name)}" title="${esc(s.name + (s.title ? ' — ' + s.title : ''))}">${esc(s.name)}</button><br>` +
      `<span class="origin" title="${esc(s.title)}">${esc(s.title)}${s.extends ? ' — extends ' + esc(s.extends) : ''}</span></span></li>`).join('') +
    '</ul>').join('') + (d.not_listed.length ? '<p class="origin" id="not-listed">not listed: ' + d.not_listed.map(esc).join('; ') + '</p>' : '') +
    '<button id="compare-btn">Compare ticked plans</button>';
  document.querySelectorAll('.cmp').forEach(c => { c.checked = ticked.includes(c.value); });
  // opened with the keyboard too: focus moves to the plan's heading (review 41 7)
  document.querySelectorAll('button.open').forEach(b => b.onclick = () => openScenario(b.dataset.name, {focus: true}).catch(reportError));
  $('#compare-btn').onclick = compareTicked;
  if (focusKey && focusKey[0]) {
    const again = Array.from(document.querySelectorAll(focusKey[0])).find(e => focusKey[1] === null || (e.value || e.dataset.name) === focusKey[1]);
    if (again) again.focus();
  }
  if (select) await openScenario(select, {focus: true});
}
// another tab may have saved a plan: the list is read again when the page is seen again (review 41 9)
let listing = null;
function refreshList() {
  if (listing) return;
  listing = loadList().catch(() => {}).finally(() => { listing = null; });
}
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') refreshList(); });
window.addEventListener('focus', refreshList);
async function openScenario(name, how) {
  how = how || {};
  const gen = ++runGen;  // an earlier run's polling writes nothing into this plan's page
  setStatus('');
  const s = await api('/api/scenarios/' + encodeURIComponent(name));
  if (gen !== runGen) return;
  current = s;
  if (how.history !== false) setHash({plan: s.name}, true);
  // each source by its id and what it is (title, outlet, date), in the picker and beside the
  // value it backs now (review 19b 6: 60-odd bare ids could not be told apart)
  const srcById = {};
  s.sources.forEach(x => { srcById[x.id] = x; });
  const srcText = x => x.id + ' — ' + x.title + (x.outlet || x.date ? ' (' + [x.outlet, x.date].filter(Boolean).join(', ') + ')' : '');
  const option = x => `<option value="${esc(x.id)}" title="${esc(srcText(x))}">${esc(srcText(x))}</option>`;
  // the plan's sources, then those of the shipped data its models use (a shipped default's
  // "now" column cites them, and a change may cite them too: the variant then lists them)
  const planSources = s.sources.filter(x => !x.shipped), shippedSources = s.sources.filter(x => x.shipped);
  const srcOptions = `<optgroup label="the plan's sources">${planSources.map(option).join('')}</optgroup>` +
    (shippedSources.length ? `<optgroup label="the shipped data's sources (data/*.toml)">${shippedSources.map(option).join('')}</optgroup>` : '');
  // the sources and the assumption behind the value now, both when it has both (a switch's
  // table keeps its sources and says in its assumption which switch a variant changed)
  const nowSources = f => ((f.source || []).length
    ? '<div class="nowsrc">source: ' + f.source.map(id => esc(srcById[id] ? srcText(srcById[id]) : id)).join('; ') + '</div>' : '') +
    (f.assumption ? '<div class="nowsrc">assumption: ' + esc(f.assumption) + '</div>' : '');
  const rows = s.fields.map((f, i) => {
    // a range is edited as a range: its low and high ends (the API takes low/high)
    // each box says its unit, beside it and in its label: a number is read in the field's own
    // unit (review 20 3: "30" meant as minutes was saved as 30 h)
    // where the field takes several units (min, h, day ...), a chooser of them beside the box,
    // set to the field's own; the API converts the number to the field's unit
    const units = f.units || [];
    const unit = units.length > 1
      ? `<select class="unit" data-i="${i}" data-own="${esc(f.unit)}" aria-label="unit of the new value of ${esc(f.path)}">` +
        units.map(u => `<option value="${esc(u)}"${u === f.unit ? ' selected' : ''}>${esc(u)}</option>`).join('') + '</select>'
      : f.unit ? `<span class="unit">${esc(f.unit)}</span>` : '';
    const inUnit = f.unit ? ', in ' + esc(f.unit) : '';
    const input = f.kind === 'switch'
      ? `<select data-i="${i}" class="val" aria-label="new value of ${esc(f.path)}, on or off"><option value="">(unchanged)</option><option value="true">true</option><option value="false">false</option></select>`
      : f.value == null
      ? `<label>low <input type="number" step="any" data-i="${i}" class="val lo" placeholder="${esc(f.low)}" aria-label="new low end of ${esc(f.path)}${inUnit}"></label> ` +
        `<label>high <input type="number" step="any" data-i="${i}" class="val hi" placeholder="${esc(f.high)}" aria-label="new high end of ${esc(f.path)}${inUnit}"></label> ${unit}`
      : `<input type="number" step="any" data-i="${i}" class="val" placeholder="${esc(f.value)}" aria-label="new value of ${esc(f.path)}${inUnit}"> ${unit}`;
    // a value the plan leaves to the shipped data: listed, marked, and editable as any other
    const shipped = f.shipped_default ? `<div class="shipped"><b>shipped default</b> (${esc(f.shipped_default)}); the plan does not set it</div>` : '';
    // a value that cannot take effect (a ruled-out nation's): shown, with why, and no boxes
    if (f.editable === false) {
      return `<tr data-path="${esc(f.path)}" data-fixed="1" class="fixed"><td><code>${esc(f.path)}</code><br><small>${esc(f.description)}</small></td>` +
        `<td>${esc(f.text)}${shipped}${nowSources(f)}</td><td class="newval" colspan="3"><div class="noedit">not editable: ${esc(f.why_not)}</div></td></tr>`;
    }
    return `<tr data-path="${esc(f.path)}"${f.value == null && f.kind !== 'switch' ? ' data-range="1"' : ''}${f.shipped_default ? ' class="default"' : ''}><td><code>${esc(f.path)}</code><br><small>${esc(f.description)}</small></td>` +
      `<td>${esc(f.text)}${shipped}${nowSources(f)}</td><td class="newval">${input}</td>` +
      // several sources may back a value: a list of several rows, which says so
      `<td><select class="src" multiple size="4" aria-label="sources of ${esc(f.path)} (choose one or several)" title="choose one or several (Ctrl or Cmd + click)">${srcOptions}</select></td>` +
      `<td><input class="asm" placeholder="assumption: why this value (a few words)" minlength="${MIN_ASSUMPTION}" aria-label="assumption for ${esc(f.path)} (a few words, at least ${MIN_ASSUMPTION} characters)"></td></tr>`;
  }).join('');
  $('#view').innerHTML = `<h2 id="plan-title" tabindex="-1" title="${esc(s.title)}">${esc(s.title)}</h2><p><code title="${esc(s.name)}">${esc(s.name)}</code>${s.extends ? ' extends <code title="read from ' + esc((s.extends_files || []).join(', which extends ')) + '">' + esc(s.extends) + '</code>' : ''} · theatre <code>${esc(s.theatre)}</code></p>` +
    // review s65 1: a parent read from a copy named as a shipped plan, which the list does not show
    ((s.extends_warnings || []).length ? '<div class="warn" id="extends-warnings" role="alert">' + s.extends_warnings.map(esc).join('<br>') + '</div>' : '') +
    `<p>${esc(s.description)}</p>` +
    `<p class="runctl"><label>Monte Carlo runs <input id="runs" type="number" min="1" max="400" value="${DEFAULT_RUNS}"></label> ` +
    `<label>seed <input id="seed" type="number" min="0" step="1" placeholder="the plan's" title="a whole number from 0 to ${MAX_SEED} (empty: the plan's own, ${esc(s.seed)})" aria-label="random seed, 0 to ${MAX_SEED} (empty: the plan's own)"></label> <button id="run-btn">Run assessment</button> <button id="cancel-btn" disabled>Cancel</button></p>` +
    `<div id="result"></div>` +
    `<details id="edit"><summary><b>Edit this plan</b> (every changed number needs a source or an assumption)</summary>` +
    `<p><label>New plan name <input id="vname" placeholder="my-variant" pattern="[a-z0-9]([a-z0-9._-]*[a-z0-9_-])?"></label> ` +
    `<label>Title <input id="vtitle" size="40" placeholder="empty: the plan's title and what changed"></label> <button id="save-btn">Save as a variant</button></p>` +
    `<div class="scroll"><table class="fields"><tr><th>parameter</th><th>now</th><th>new value (in the unit beside it)</th><th>sources (one or several: Ctrl/Cmd + click)</th><th>assumption (or a source)</th></tr>${rows}</table></div></details>`;
  $('#view').dataset.name = s.name;
  document.querySelectorAll('.fields .val').forEach(el => el.addEventListener('input', () => {
    const tr = el.closest('tr');
    tr.classList.toggle('changed', Array.from(tr.querySelectorAll('.val')).some(v => v.value !== ''));
  }));
  // a box's label follows the unit chosen for it: "new value of incidents.response_threshold, in min"
  document.querySelectorAll('.fields select.unit').forEach(sel => sel.addEventListener('change', () => {
    sel.closest('td').querySelectorAll('input.val').forEach(box => {
      box.setAttribute('aria-label', box.getAttribute('aria-label').replace(/, in [^,]*$/, ', in ' + sel.value));
    });
  }));
  $('#run-btn').onclick = () => {
    const gen = ++runGen;  // the previous run's polling stops writing (review 41 2)
    const seed = seedAsked();
    if (seed === BAD_SEED) { showError(SEED_BAD_TEXT, 'seed-error'); $('#seed').focus(); return; }
    runPlan(s.name, runsAsked(), seed, gen).then(job => showResult(job.id, gen)).catch(reportError);
  };
  $('#cancel-btn').onclick = async () => { if (currentJob) { await api('/api/runs/' + currentJob, {method: 'DELETE'}); } };
  $('#save-btn').onclick = saveVariant;
  $('#edit').addEventListener('input', saveForm);
  $('#edit').addEventListener('change', saveForm);
  $('#edit').addEventListener('toggle', saveForm);
  restoreForm(s.name);
  if (how.focus) $('#plan-title').focus();
}
// What the form cannot send as typed, said on its row, and nothing saved until it is fixed
// (review s32 3: "1e" in a number box reads to the script as an empty box, and the change was
// dropped without a word while the others were saved): a box that holds no number.
function unreadableRows() {
  const lines = [];
  document.querySelectorAll('.fields tr[data-path]:not([data-fixed])').forEach(tr => {
    const path = tr.dataset.path;
    const boxes = Array.from(tr.querySelectorAll('input.val'));
    const bad = boxes.filter(b => b.validity && b.validity.badInput);
    if (bad.length) {
      const which = tr.dataset.range ? bad.map(b => b.classList.contains('lo') ? 'the low end' : 'the high end').join(' and ') : 'the new value';
      lines.push(`${path}: ${which} is not a number; type digits such as 12, 0.5 or 1e3, or clear the box`);
    } else if (tr.dataset.range && boxes.filter(b => b.value !== '').length === 1) {
      // one end alone: said as the page's boxes, not as the API's "low" and "high" (review 41 8)
      const typed = boxes.find(b => b.value !== '').classList.contains('lo') ? 'low' : 'high';
      lines.push(`${path}: only the ${typed} end is typed; fill both boxes (low and high), or clear the ${typed} box`);
    }
  });
  return lines;
}
// A row with a source or an assumption but no new value, said on its row, nothing saved (review
// s33 1: it was skipped without a word while the other changes were saved); a row whose box
// holds no number is said by `unreadableRows` alone.
function valuelessRows() {
  const lines = [];
  document.querySelectorAll('.fields tr[data-path]:not([data-fixed])').forEach(tr => {
    const boxes = Array.from(tr.querySelectorAll('.val'));
    if (boxes.some(b => b.value !== '' || (b.validity && b.validity.badInput))) return;
    const n = $('.src', tr).selectedOptions.length, asm = $('.asm', tr).value.trim() !== '';
    if (!n && !asm) return;
    // a chosen source is cleared as it was chosen: Ctrl/Cmd + click
    const src = n > 1 ? 'sources (Ctrl/Cmd + click each)' : 'source (Ctrl/Cmd + click it)';
    const given = n && asm ? `${n > 1 ? 'sources' : 'a source'} and an assumption are given`
      : n ? (n > 1 ? 'sources are chosen' : 'a source is chosen') : 'an assumption is typed';
    const clear = n && asm ? `the ${src} and the assumption` : n ? `the ${src}` : 'the assumption';
    const what = tr.dataset.range ? 'type the new low and high ends'
      : $('select.val', tr) ? 'choose true or false' : 'type the new value';
    lines.push(`${tr.dataset.path}: ${given} but no new value; ${what}, or clear ${clear}`);
  });
  return lines;
}
async function saveVariant() {
  const unreadable = unreadableRows().concat(valuelessRows());
  if (unreadable.length) {
    const message = 'not saved: ' + unreadable.join('\n');
    showError(message, 'save-error');
    markBadRows(message);
    return;
  }
  const changes = [];
  document.querySelectorAll('.fields tr[data-path]:not([data-fixed])').forEach(tr => {
    const src = Array.from($('.src', tr).selectedOptions).map(o => o.value);
    const asm = $('.asm', tr).value;
    // a unit other than the field's own is sent with the number, which the API converts
    const chosen = $('select.unit', tr);
    const unitOf = change => { if (chosen && chosen.value !== chosen.dataset.own) change.unit = chosen.value; return change; };
    if (tr.dataset.range) {
      // both ends as typed; one end alone is sent as it is, and the server says both are needed
      const lo = $('.lo', tr).value, hi = $('.hi', tr).value;
      if (lo === '' && hi === '') return;
      const change = {path: tr.dataset.path, source: src, assumption: asm};
      if (lo !== '') change.low = Number(lo);
      if (hi !== '') change.high = Number(hi);
      changes.push(unitOf(change));
      return;
    }
    const v = $('.val', tr).value;
    if (v === '') return;
    const value = v === 'true' ? true : v === 'false' ? false : Number(v);
    changes.push(unitOf({path: tr.dataset.path, value: value, source: src, assumption: asm}));
  });
  const url = '/api/scenarios/' + encodeURIComponent(current.name) + '/variants';
  const body = {name: $('#vname').value, title: $('#vtitle').value, changes: changes};
  try {
    let r;
    try {
      r = await api(url, {method: 'POST', body: JSON.stringify(body)});
    } catch (e) {
      // the user's own variant of that name: overwritten only when they say so
      if (e.message.includes('exists already')) refreshList();  // another tab may have saved it (review 41 9)
      if (!e.message.includes('exists already') || !confirm(e.message.split(';')[0] + '. Replace it?')) throw e;
      r = await api(url, {method: 'POST', body: JSON.stringify(Object.assign(body, {replace: true}))});
    }
    markBadRows('');
    // a change of 10x or more is saved, and said: old and new value with their units
    const warned = (r.warnings || []).length
      ? '<div class="warn" id="save-warnings" role="alert"><b>Check these changes</b> (saved; a number ten times off is often a unit slip or a digit too many, and a change the model caps changes nothing):<ul>' +
        r.warnings.map(w => '<li>' + esc(w) + '</li>').join('') + '</ul></div>' : '';
    const saved = 'Saved <code>' + esc(r.file) + '</code>' + (r.note ? ' (' + esc(r.note) + ')' : '') + warned;
    sessionStorage.removeItem(formKey(current.name));  // saved: nothing unsaved to restore
    setStatus(saved);
    await loadList(r.name);
    setStatus(saved);
  } catch (e) { showError(e.message); markBadRows(e.message); }
}
// the rows an error names: marked, each with its own line of the message, the first scrolled to
// (the table has some 150 rows; the message alone is at its top)
function markBadRows(message) {
  const lines = message.split('\n');
  let first = null;
  document.querySelectorAll('.fields tr[data-path]').forEach(tr => {
    const path = tr.dataset.path;
    const mine = lines.filter(l => { const k = l.indexOf(path); return k >= 0 && !/[A-Za-z0-9_]/.test(l.charAt(k + path.length)); });
    tr.classList.toggle('bad', mine.length > 0);
    const note = $('.rowerr', tr);
    if (note) note.remove();
    if (mine.length) {
      $('td', tr).insertAdjacentHTML('beforeend', '<div class="rowerr">' + esc(mine.join('\n').replace(/^not saved: /, '')) + '</div>');
      first = first || tr;
    }
  });
  if (first) first.scrollIntoView({block: 'center'});
}
// what the boxes say, sent as typed: an empty or 0 box is refused by the server, never
// replaced by the default behind the user's back
function runsAsked() { const el = $('#runs'); return !el ? DEFAULT_RUNS : el.value === '' ? null : Number(el.value); }
// the seed as typed, a JSON number's text (a seed past 2**53 is sent exactly); a box holding
// something that is not a number ("1e", which the browser reads as empty) is refused, never
// run with the plan's seed (review 41 3), as the edit form refuses its boxes
const BAD_SEED = {};
const SEED_BAD_TEXT = `seed: the box holds something that is not a number; type a whole number from 0 to ${MAX_SEED}, or clear the box for the plan's own seed`;
function seedAsked() {
  const el = $('#seed');
  if (!el) return undefined;
  if (el.validity && el.validity.badInput) return BAD_SEED;
  if (el.value.trim() === '') return undefined;
  return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(el.value.trim()) ? el.value.trim() : BAD_SEED;
}
function runLine(j) {
  return `seed ${j.seed} · ${j.runs} run${j.runs === 1 ? '' : 's'}` +
    // review s33: not "without an interval": few runs still give intervals (a share of runs,
    // a percentile's bootstrap), shown beside the figure, and they are no guide with so few runs
    // (s65) the threshold and the words are the CLI's and the report note's (section_incidents.FEW_RUNS)
    (j.runs < FEW_RUNS ? ' — very few runs: ' + FEW_RUNS_WORDS : '');
}
async function runPlan(name, runs, seed, gen) {
  const body = JSON.stringify({scenario: name, runs: runs});
  const job = await api('/api/runs', {method: 'POST', body: seed === undefined ? body : body.slice(0, -1) + ',"seed":' + seed + '}'});
  return follow(job, name, gen);
}
async function follow(job, name, gen) {
  if (gen !== runGen) throw new Stale();
  currentJob = job.id;
  if ($('#cancel-btn')) $('#cancel-btn').disabled = false;
  let j = job;
  while (j.state === 'queued' || j.state === 'running') {
    if (gen !== runGen) throw new Stale();
    setStatus(`<div class="progress" id="progress">${esc(name)}: ${esc(j.state)} — step ${j.steps.length} of ${j.steps_total}${j.steps.length ? ' (' + esc(j.steps[j.steps.length - 1]) + ')' : ''} · ${j.seconds} s</div>`);
    await new Promise(r => setTimeout(r, 400));
    j = await api('/api/runs/' + job.id);
  }
  if (gen !== runGen) throw new Stale();
  if ($('#cancel-btn')) $('#cancel-btn').disabled = true;
  if (j.state !== 'done') throw new Error(name + ': run ' + j.state + (j.error ? ': ' + j.error : ''));
  setStatus(`<div class="progress">${esc(name)}: done in ${j.seconds} s (${esc(runLine(j))})</div>`);
  return j;
}
function yn(v) { return v == null ? '<td>n/a</td>' : `<td class="${v ? 'yes' : 'no'}">${v ? 'yes' : 'no'}</td>`; }
async function showResult(jobId, gen) {
  const d = await api('/api/runs/' + jobId + '/summary');
  if (gen !== undefined && gen !== runGen) return;
  if (current && d.job.scenario === current.name) setHash({plan: current.name, run: jobId}, false);
  const verdicts = d.verdicts.map(v => `<tr><td>${esc(v.question)}</td>${yn(v.with_us)}${yn(v.without_us)}<td>${esc(v.why)}</td></tr>`).join('');
  $('#result').innerHTML = `<div id="summary"><p class="runline" id="runline">${esc(runLine(d.job))}</p>${d.headline_html}${d.key_numbers_html}` +
    `<p><a href="${esc(d.job.report)}" target="_blank">Full report with every footnote and source</a>` +
    Object.entries(d.job.downloads || {}).map(([n, u]) => ` · <a href="${esc(u)}" download>${esc(n)}</a>`).join('') + `</p>` +
    `<div class="rmap" id="pmap"><div class="canvas"></div><div class="rmap-legend"></div></div>` +
    `<h3>Verdicts</h3><div class="scroll"><table id="verdicts"><tr><th>question</th><th>${esc(d.plan_label)}</th><th>without US backstop</th><th>why</th></tr>${verdicts}</table></div></div>`;
  reassureMap($('#pmap'), d.map, LEGEND);
}
async function compareTicked() {
  const names = Array.from(document.querySelectorAll('.cmp:checked')).map(c => c.value);
  const runs = runsAsked(), seed = seedAsked();
  if (names.length < 2) { showError('tick two or more plans'); return; }
  if (seed === BAD_SEED) { showError(SEED_BAD_TEXT, 'seed-error'); return; }
  return comparePlans(names, runs, seed, true);
}
async function comparePlans(names, runs, seed, push) {
  const gen = ++runGen;
  try {
    for (let i = 0; i < names.length; i++) {
      await runPlan(names[i], runs, seed, gen);
      setStatus(`<div class="progress">plans done: ${i + 1} of ${names.length}</div>`);
    }
    const c = await api('/api/compare?runs=' + runs + (seed === undefined ? '' : '&seed=' + seed) + '&plans=' + names.map(encodeURIComponent).join(','));
    if (gen !== runGen) return;
    current = null;
    setHash({compare: names.join(','), runs: runs, seed: seed}, push);
    // the inputs that differ, each plan's value with its source ids or assumption, as
    // `reassure compare` and compare.html give them (review 41 4)
    const inputs = (c.inputs || []).map(r => `<tr><td>${esc(r.label)}</td>` + r.values.map((v, i) =>
      `<td class="${r.differs[i] ? 'diff' : ''}">${esc(v)}${r.provenance[i] ? '<div class="src">' + esc(r.provenance[i]) + '</div>' : ''}</td>`).join('') + '</tr>').join('');
    const inputsTable = inputs ? `<h3>Inputs that differ</h3><p>${esc(c.inputs_legend)}</p><div class="scroll"><table id="inputs"><tr><th>input</th>` +
      c.plans.map(p => `<th>${esc(p)}</th>`).join('') + `</tr>${inputs}</table></div><h3>Results</h3>` : '';
    const head = c.plans.map(p => `<th colspan="2" title="${esc(p)}">${esc(p)}</th>`).join('');
    const sub = c.plans.map(() => '<th>as planned</th><th>without US</th>').join('');
    // a denominator or a setting (the response threshold under its verdict) is the row above's,
    // indented and marked as the terminal marks it (review s33 2: a setting read as a verdict)
    const under = r => r.kind === 'denominator' || r.kind === 'setting';
    const rows = c.rows.map(r => `<tr class="${[r.differs ? 'differs' : '', under(r) ? 'sub ' + esc(r.kind) : ''].join(' ').trim()}"><td>${under(r) ? '↳ ' : ''}${esc(r.label)}` +
      // a plan's note on the row (why its n/a, the queueing behind fewer reached with the US), as
      // compare.html and the terminal give it (review s33: the page dropped it)
      (r.notes || []).map(n => '<div class="note">' + esc(n) + '</div>').join('') + '</td>' +
      r.with_us.map((v, i) => `<td class="${r.with_us_differs[i] ? 'diff' : ''}">${esc(v)}</td><td class="${r.without_us_differs[i] ? 'diff' : ''}">${esc(r.without_us[i])}</td>`).join('') + '</tr>').join('');
    const runsOf = c.plans.map((p, i) => `${esc(p)}: ${esc(runLine({seed: c.seeds[i], runs: c.runs[i]}))}`).join('; ');
    $('#view').innerHTML = `<h2 tabindex="-1">Plans compared</h2><p class="runline" id="runline">${runsOf}</p>${inputsTable}<p>${esc(c.note)}.</p><p id="compare-rule"><span class="diffkey">highlighted</span>: ${esc(c.rule)}.</p>` +
      `<div class="scroll"><table id="compare"><tr><th rowspan="2">question / figure</th>${head}</tr><tr>${sub}</tr>${rows}</table></div>`;
    delete $('#view').dataset.name;
  } catch (e) { reportError(e); }
}
loadList().then(restoreFromHash).catch(reportError);
"""


def page(version: str) -> str:
    """The page's HTML (MapLibre from /static, the map code shared with the report)."""
    from reassure.present.maplibre import LEGEND, MAP_CSS, MAP_JS
    from reassure.present.web.rules import MIN_ASSUMPTION
    from reassure.run.assess import MAX_SEED
    from reassure.run.section_incidents import FEW_RUNS, FEW_RUNS_WORDS

    legend = json.dumps([list(r) for r in LEGEND])
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>reassure serve</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">'
        '<link rel="stylesheet" href="/static/maplibre/maplibre-gl.css">'
        f"<style>{CSS}{MAP_CSS}</style>"
        '<script src="/static/maplibre/maplibre-gl.js"></script></head><body>'
        f'<header><h1>reassure</h1><span>plans for a ceasefire reassurance force · version {version}</span></header>'
        # review s49: without JavaScript the list read "loading…" for ever
        '<noscript><p class="error">This page needs JavaScript to list, edit and run the plans; '
        'the terminal commands (reassure assess, compare) and report.html need none.</p></noscript>'
        '<div class="wrap"><nav id="list">loading…</nav><main><div id="status" role="status" aria-live="polite"></div>'
        '<div id="view"><p>Open a plan on the left, or tick two or more and compare them.</p></div></main></div>'
        f"<script>const LEGEND = {legend}, MIN_ASSUMPTION = {MIN_ASSUMPTION}, MAX_SEED = '{MAX_SEED}', "
        f"FEW_RUNS = {FEW_RUNS}, FEW_RUNS_WORDS = {json.dumps(FEW_RUNS_WORDS)};</script><script>{MAP_JS}</script><script>{JS}</script>"
        "</body></html>"
    )
