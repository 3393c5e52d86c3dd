"""The terminal report: per file, the verdict and five questions, then findings grouped by question; with several
files, a closing line per file and the files skipped as not resumes, one per line."""

from __future__ import annotations

from typing import Any

from ..engine.languages import ReportWords, report_words
from ..findings import level_rank
from . import file_kind, market_line, not_judged, relative_path, summary_line, verdict_label

LEVEL_MARK = {"error": "E", "warning": "W", "suggestion": "S"}
VERDICT_WIDTH = len("NOT JUDGED")  # the longest verdict word, so the paths line up
MAX_PATH_WIDTH = 60  # longer paths push their own line's columns right instead of every line's
COLORS = {"error": "31", "warning": "33", "suggestion": "34", "pass": "32", "fail": "31", "dim": "2", "bold": "1"}


class TextFormatter:
    """One block per file: verdict, questions, findings with location and fix, then the facts."""

    def __init__(self, color: bool = False, quiet: bool = False) -> None:
        self.color = color
        self.quiet = quiet

    def _c(self, style: str, text: str) -> str:
        return f"\033[{COLORS[style]}m{text}\033[0m" if self.color else text

    def render(self, report: dict[str, Any]) -> str:
        """Render every file (only failures when quiet), then a one-line summary."""
        files = [e for e in report["files"] if e["status"] != "skipped"]
        entries = [
            e for e in files if not self.quiet or e["status"] == "error" or e["verdict"] == "fail" or not_judged(e)
        ]
        blocks = [self._file(entry, report["tool"]) for entry in entries]
        if len(files) > 1 and entries:
            blocks.append(self._table(entries))
        skipped = [relative_path(e["path"]) for e in report["files"] if e["status"] == "skipped"]
        if skipped:
            blocks.append("\n".join([f"skipped, not resumes ({len(skipped)}):", *(f"  {path}" for path in skipped)]))
        blocks.append(summary_line(report["summary"]))
        return "\n\n".join(blocks) + "\n"

    def _table(self, entries: list[dict[str, Any]]) -> str:
        """One line per file, as the HTML report's overview: verdict, failing questions, what to fix first."""
        paths = [relative_path(entry["path"]) for entry in entries]
        width = min(max(map(len, paths)), MAX_PATH_WIDTH)
        lines = [f"summary ({len(entries)} file(s)):"]
        for entry, path in zip(entries, paths, strict=True):
            if entry["status"] == "error":
                verdict, style, rest = "UNREADABLE", "error", f"{entry['error']['code']}: {entry['error']['message']}"
            else:
                verdict = verdict_label(entry) or "NOT JUDGED"
                style = "warning" if not_judged(entry) else entry["verdict"] if entry["verdict"] in COLORS else "dim"
                failing = [q["id"] for q in entry["questions"] if q["verdict"] == "fail"]
                top = entry.get("priorities") or [{}]
                rest = "  ".join(
                    part
                    for part in (
                        f"failing: {', '.join(failing)}" if failing else "",
                        f"fix first: {top[0]['message']}" if top[0] else "",
                    )
                    if part
                )
            line = f"  {self._c(style, f'{verdict:{VERDICT_WIDTH}}')}  {path:{width}}  {rest}"
            lines.append(line.rstrip())
        return "\n".join(lines)

    def _priorities(self, entry: dict[str, Any]) -> list[str]:
        """The few changes that would most improve the verdict, best first."""
        if not entry.get("priorities"):
            return []
        lines = [f"  {report_words(entry.get('messages_language')).text('fix-first')}:"]
        for item in entry["priorities"]:
            mark = self._c(item["level"], f"[{LEVEL_MARK[item['level']]}]")
            lines.append(f"    {item['rank']}. {mark} {item['question']}: {item['message']}")
        return [*lines, ""]

    def _finding(self, group: list[dict[str, Any]], later: set[str | None], words: ReportWords) -> list[str]:
        first = group[0]
        level = max((f["level"] for f in group), key=level_rank)
        mark = self._c(level, f"[{LEVEL_MARK[level]}]")
        rules = " + ".join(dict.fromkeys(f["rule"] for f in group))
        new = "new " if any(f.get("baseline_state") == "new" for f in group) else ""
        lines = [f"    {mark} {new}{rules}: {'; '.join(f['message'] for f in group)}"]
        match = first.get("match")
        if match and all(match not in f["message"] for f in group):
            lines.append(f'        "{match}"')
        place = where(first["location"], words)
        if place:
            lines.append(f"        {words.text('at')} {place}")
        for fix in dict.fromkeys(f["suggestion"] for f in group if f.get("suggestion")):
            if fix not in later:
                lines.append(f"        {words.text('fix')}: {fix}")
        return lines

    def _file(self, entry: dict[str, Any], tool: dict[str, Any]) -> str:
        if entry["status"] == "error":
            return (
                f"{entry['path']}: {self._c('error', 'error')} ({entry['error']['code']}): {entry['error']['message']}"
            )
        label = verdict_label(entry)
        style = "warning" if not_judged(entry) else entry["verdict"] if entry["verdict"] in COLORS else "dim"
        lines = [f"{self._c('bold', entry['path'])}: {self._c(style, label)}"]
        if tool.get("nlp", "").startswith("blank"):
            lines.append(
                "  note: the statistical spaCy model is not installed; passive voice and verb tense use simpler "
                "heuristics (pip install 'resumecheck[model]')"
            )
        words = report_words(entry.get("messages_language"))
        lines += [f"  {words.text('note')}: {note}" for note in entry.get("notes", [])]
        if "baseline" in entry:
            lines.append(f"  {_since(entry)}")
        lines += self._priorities(entry)
        for question in entry["questions"]:
            if self.quiet and question["verdict"] != "fail":
                continue
            if question["verdict"] == "not_checked":
                lines.append(f"  {self._c('dim', 'N/A ')} {question['id']:7s}   -/100  {question['title']}")
                continue
            mark = self._c(question["verdict"], "PASS" if question["verdict"] == "pass" else "FAIL")
            lines.append(f"  {mark} {question['id']:7s} {question['score']:3d}/100  {question['title']}")
        for question in entry["questions"]:
            found = [f for f in entry["findings"] if f["question"] == question["id"]]
            if not found or (self.quiet and question["verdict"] != "fail"):
                continue
            lines.append(f"\n  {question['id']}:")
            groups = _merged(found)
            for index, group in enumerate(groups):
                later = {f.get("suggestion") for g in groups[index + 1 :] for f in g}
                # a fix shared by the next findings is printed once, after them
                lines += self._finding(group, later, words)
        if not self.quiet:
            lines.append("")
            lines += _facts(entry["facts"])
            market = market_line(entry, words)
            lines += [f"  {words.text('market-norms')}: {market}"] if market else []
        return "\n".join(lines)


def _since(entry: dict[str, Any]) -> str:
    """What changed since the baseline, in one line."""
    baseline = entry["baseline"]
    if baseline["path"] is None:
        return "baseline: this file is not in it, so every finding counts as new"
    new = sum(1 for f in entry["findings"] if f.get("baseline_state") == "new")
    return (
        f"since the baseline ({baseline['path']}): {new} new, {len(entry['findings']) - new} still open, "
        f"{baseline['fixed']} fixed"
    )


def where(location: dict[str, Any], words: ReportWords | None = None) -> str:
    """A location in words: "page 1 · Experience › Marketing Specialist, Coral Bay Resorts", in the findings'
    language (`words`; English without): "Seite 1 · Berufserfahrung › ..."."""
    words = words or ReportWords()
    parts = []
    if location.get("page"):
        parts.append(words.text("page", page=location["page"]))
    place = words.section(location["section"]) if location.get("section") else ""
    if location.get("entry"):
        place = f"{place} › {location['entry']}" if place else location["entry"]
    if place:
        parts.append(place)
    elif location.get("line"):
        parts.append(words.text("line", line=location["line"]))
    return " · ".join(parts)


def _merged(findings: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Findings on the same line about the same words, together: one place to fix, with every reason."""
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for index, finding in enumerate(findings):
        line, match = finding["location"].get("line"), (finding.get("match") or "").casefold()
        key = (line, match) if line and match else (index,)
        groups.setdefault(key, []).append(finding)
    return list(groups.values())


def _facts(facts: dict[str, Any]) -> list[str]:
    contact = facts["contact"]
    pages = f"{facts['pages']} page(s), " if facts["pages"] else ""
    lines = [
        f"  {file_kind(facts)}, {pages}{facts['words']} words, language {facts['language'] or 'unknown'}, "
        f"{facts['columns']} column(s)" + ("" if facts["text_layer"] else ", NO TEXT LAYER")
    ]
    lines.append(f"  name: {contact['name'] or '(not found)'}")
    lines.append(f"  email: {contact['email'] or '(not found)'}   phone: {contact['phone'] or '(not found)'}")
    if contact["location"]:
        lines.append(f"  location: {contact['location']}")
    if contact["links"]:
        lines.append("  links: " + ", ".join(contact["links"][:6]))
    if contact["in_header_footer"]:
        lines.append("  note: contact details sit in the page header/footer, which many ATS skip")
    sections = ", ".join(f"{s['heading']} ({s['name']})" for s in facts["sections"]) or "(none found)"
    lines.append(f"  sections: {sections}")
    lines.append(f"  positions: {len(facts['positions'])}")
    for p in facts["positions"]:
        dates = f"{p['start'] or '?'} – {p['end'] or '?'}"
        lines.append(
            f"    - {p['title'] or '(untitled)'} | {p['organization'] or '-'} | {dates} | {p['bullets']} bullet(s)"
        )
    bullets = facts["bullets"]
    lines.append(f"  experience bullets: {bullets['experience']} ({bullets['quantified']} with a number)")
    if facts.get("job"):
        lines += _job(facts["job"])
    return lines


def _job(job: dict[str, Any]) -> list[str]:
    """The match against --job: rates, matched and missing terms, years, degree, title."""

    def names(kind: str, found: bool) -> str:
        return ", ".join(t["term"] for t in job[kind] if t["found"] == found) or "-"

    preferred = f", preferred {job['preferred_match_rate']:.0%}" if job.get("preferred_match_rate") is not None else ""
    lines = [
        f"  job: {job['title'] or '(untitled)'} — required terms {job['match_rate']:.0%}{preferred}",
        f"    matched: {names('required', True)}",
        f"    missing: {names('required', False)}",
    ]
    if job["preferred"]:
        lines.append(f"    preferred matched: {names('preferred', True)}; missing: {names('preferred', False)}")
    if job["years_required"] is not None:
        found = job["years_found"] if job["years_found"] is not None else "?"
        lines.append(f"    years: {job['years_required']:g} required, {found} shown")
    if job["degree_required"]:
        lines.append(f"    degree: {job['degree_required']} required, {job['degree_found'] or 'none'} shown")
    lines.append(f"    title in headline or recent role: {'yes' if job['title_found'] else 'no'}")
    return lines
