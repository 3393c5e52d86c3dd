// The page: check a resume, then compare each revision with the version before it. Talks only to this server.
"use strict";

const $ = (id) => document.getElementById(id);
// current: the latest version checked; previous: the one it was compared with; run: the latest request, so an
// answer that arrives after a newer request was made is dropped rather than shown over it.
const state = { current: null, previous: null, pages: { report: "", diff: "" }, shown: "report", run: 0 };

function say(text, isError) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
}

function jobField() {
  const file = $("job-file").files[0];
  if (file) return file;
  const text = $("job-text").value.trim();
  return text || null;
}

async function post(url, fields) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value) body.append(name, value);
  }
  const response = await fetch(url, { method: "POST", body });
  const data = await response.json();
  if (!response.ok) throw new Error(data.error || response.statusText);
  return data;
}

function node(tag, className, text) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

function showReportSummary(name, entry) {
  const box = $("summary");
  box.replaceChildren();
  box.dataset.kind = "check";
  if (entry.status !== "checked") {
    box.dataset.verdict = "error";
    box.append(node("span", "v fail", `${name}: could not be read`), node("span", "q", entry.error.message));
    return;
  }
  box.dataset.verdict = entry.verdict;
  box.append(node("span", `v ${entry.verdict}`, `${name}: ${entry.verdict.toUpperCase()}`));
  for (const question of entry.questions) {
    const score = question.score === null ? "–" : question.score;
    box.append(node("span", `q ${question.verdict}`, `${question.id} ${score}`));
  }
}

function showDiffSummary(diff) {
  const box = $("summary");
  box.replaceChildren();
  box.dataset.kind = "diff";
  box.dataset.verdict = diff.after.verdict || "error";
  const before = (diff.before.verdict || "unreadable").toUpperCase();
  const after = (diff.after.verdict || "unreadable").toUpperCase();
  box.append(node("span", `v ${diff.after.verdict || "fail"}`, `${before} → ${after}`));
  for (const question of diff.questions) {
    const was = question.before.score === null ? "–" : question.before.score;
    const now = question.after.score === null ? "–" : question.after.score;
    box.append(node("span", `q ${question.after.verdict}`, `${question.id} ${was} → ${now}`));
  }
  box.append(node("span", "q", `${diff.fixed.length} fixed, ${diff.new.length} new, ${diff.unchanged.length} still open`));
}

function show(which) {
  state.shown = which;
  const view = $("view");
  view.srcdoc = state.pages[which];
  $("show-report").setAttribute("aria-pressed", String(which === "report"));
  $("show-diff").setAttribute("aria-pressed", String(which === "diff"));
}

async function check(file) {
  if (!file) return;
  const run = ++state.run;
  say(`Checking ${file.name}…`);
  try {
    const data = await post("/ui/check", { resume: file, job: jobField() });
    if (run !== state.run) return;
    const entry = data.report.files[0];
    state.current = file;
    state.previous = null;
    state.pages = { report: data.html, diff: "" };
    showReportSummary(file.name, entry);
    $("show-diff").hidden = true;
    $("result").hidden = false;
    $("revision-drop").hidden = entry.status !== "checked";
    $("first-title").textContent = "Start over with another resume";
    show("report");
    say(entry.status === "checked" ? "Done. Drop a revised version to see what changed." : entry.error.message, entry.status !== "checked");
  } catch (error) {
    if (run === state.run) say(`Could not check ${file.name}: ${error.message}`, true);
  }
}

async function compare(file, before = state.current, again = false) {
  if (!file || !before) return;
  const run = ++state.run;
  say(`Comparing ${before.name} with ${file.name}…`);
  try {
    const [diff, report] = await Promise.all([
      post("/ui/diff", { before, after: file, job: jobField() }),
      post("/ui/check", { resume: file, job: jobField() }),
    ]);
    if (run !== state.run) return;
    state.pages = { report: report.html, diff: diff.html };
    state.previous = before;
    state.current = file;
    showDiffSummary(diff.diff);
    $("show-diff").hidden = false;
    show(again ? state.shown : "diff");
    say(`Compared. Drop the next revision to compare it with ${file.name}.`);
  } catch (error) {
    if (run === state.run) say(`Could not compare: ${error.message}`, true);
  }
}

// A job description attached or changed after the resume: check the same file(s) again against it.
function recheck() {
  if (!state.current) {
    say("Choose a resume first: it is checked against this job description.");
    return;
  }
  if (state.previous) compare(state.current, state.previous, true);
  else check(state.current);
}

function dropZone(zone, input, handle) {
  input.addEventListener("change", () => { handle(input.files[0]); input.value = ""; });
  zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    handle(event.dataTransfer.files[0]);
  });
}

function fitFrame() {
  const view = $("view");
  const doc = view.contentDocument;
  if (doc && doc.documentElement) view.style.height = `${Math.max(400, doc.documentElement.scrollHeight + 4)}px`;
}

function save() {
  const html = state.pages[state.shown];
  if (!html) return;
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([html], { type: "text/html" }));
  link.download = state.shown === "diff" ? "resumecheck-progress.html" : "resumecheck-report.html";
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

document.addEventListener("DOMContentLoaded", () => {
  // A file dropped outside a zone must not make the browser open it in place of the page.
  window.addEventListener("dragover", (event) => event.preventDefault());
  window.addEventListener("drop", (event) => event.preventDefault());
  dropZone($("first-drop"), $("resume"), check);
  dropZone($("revision-drop"), $("revision"), compare);
  $("show-report").addEventListener("click", () => show("report"));
  $("show-diff").addEventListener("click", () => show("diff"));
  $("save").addEventListener("click", save);
  $("job-file").addEventListener("change", recheck);
  $("job-text").addEventListener("change", recheck);
  $("check-job").addEventListener("click", recheck);
  $("view").addEventListener("load", fitFrame);
});
