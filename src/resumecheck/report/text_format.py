"""A readable plain-text summary per file."""

from __future__ import annotations

from typing import Any


class TextFormatter:
    """One block per file: status, then the facts a recruiter and an ATS would see."""

    def render(self, report: dict[str, Any]) -> str:
        """Render every file, then a one-line summary."""
        blocks = [self._file(entry) for entry in report["files"]]
        summary = report["summary"]
        blocks.append(f"{summary['files']} file(s): {summary['checked']} checked, {summary['errors']} could not be read.")
        return "\n\n".join(blocks) + "\n"

    def _file(self, entry: dict[str, Any]) -> str:
        if entry["status"] == "error":
            return f"{entry['path']}: error ({entry['error']['code']}): {entry['error']['message']}"
        facts = entry["facts"]
        contact = facts["contact"]
        lines = [f"{entry['path']}"]
        pages = f"{facts['pages']} page(s), " if facts["pages"] else ""
        lines.append(f"  {facts['format'].upper()}, {pages}{facts['words']} words, language {facts['language'] or 'unknown'}")
        layout = [f"{facts['columns']} column(s)", "tables" if facts["tables"] else "no tables",
                  "images" if facts["images"] else "no images", "text layer" if facts["text_layer"] else "NO TEXT LAYER"]
        lines.append("  layout: " + ", ".join(layout))
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
            lines.append(f"    - {p['title'] or '(untitled)'} | {p['organization'] or '-'} | {dates} | {p['bullets']} bullet(s)")
        bullets = facts["bullets"]
        lines.append(f"  experience bullets: {bullets['experience']} ({bullets['quantified']} with a number)")
        return "\n".join(lines)
