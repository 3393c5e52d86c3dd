"""Where typos go unseen: `python benchmarks/spelling_inject.py [--seed N] [--out TSV]`.

Injects one-letter slips (two letters swapped, a letter dropped, a letter doubled) into known English words of
the English development resumes (benchmarks/devcorpus, held-out files left out), at the parsed Document, five
lines a run and two runs a file, and reports which clean.spelling finds, by line kind, section and case. Real
misspellings are few and uneven (181 on the dev files); injected ones sit wherever real words sit, so the
table says where recall is lost (in a skills list, a school's name, a Title Case word), not how much.
"""

from __future__ import annotations

import argparse
import copy
import csv
import dataclasses
import logging
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "benchmarks" / "devcorpus"
FILES = Path("/work/devcorpus/files")
WORD = re.compile(r"(?<![\w@./-])[A-Za-z]{6,}(?![\w@/-])")
LINES_A_RUN = 5
RUNS = 2


def slip(word: str, rng: random.Random, known) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    """A one-letter slip of the word that is no word itself, and its kind."""
    for _ in range(20):
        i = rng.randrange(1, len(word) - 2)
        kind = rng.choice("tdr")
        if kind == "t" and word[i] != word[i + 1]:
            typo = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif kind == "d":
            typo = word[:i] + word[i + 1 :]
        elif kind == "r":
            typo = word[:i] + word[i] + word[i:]
        else:
            continue
        if not known(typo.lower()) and not known(typo):
            return typo, {"t": "swapped", "d": "dropped", "r": "doubled"}[kind]
    return None


def held_out() -> set[str]:
    """Every file kept to measure only: held-out facts, verdicts and spelling."""
    held = {p.name.removesuffix(".json") for p in (DEV / "labels-holdout").glob("*.json")}
    with (DEV / "verdicts-holdout.tsv").open(encoding="utf-8") as handle:
        held |= {row["file"] for row in csv.DictReader(handle, delimiter="\t")}
    with (ROOT / "benchmarks" / "spelling_heldout.tsv").open(encoding="utf-8") as handle:
        held |= {line.split("\t")[0] for line in handle if not line.startswith(("#", "file\t"))}
    return held


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=FILES)
    parser.add_argument("--out", type=Path, help="keep one row per injected slip here")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    logging.getLogger("pdfminer").setLevel(logging.CRITICAL)
    from resumecheck.facts import extract_facts
    from resumecheck.judge import Judge
    from resumecheck.reader import ReadResult, read_path
    from resumecheck.spelling import known

    held = held_out()
    with (DEV / "manifest.tsv").open(encoding="utf-8") as handle:
        names = [r["filename"] for r in csv.DictReader(handle, delimiter="\t") if r["language"] == "en"]
    rng, judge, rows = random.Random(args.seed), Judge(), []
    for name in names:
        path = args.corpus / name
        if name in held or not path.exists():
            continue
        base = read_path(path)
        if base.facts is None or base.facts.language != "en":
            continue
        document = base.facts.document
        section = {line.number: s.name for s in base.facts.sections for line in (s.heading, *s.lines)}
        words = [(i, m.start(), m.group(0)) for i, line in enumerate(document.lines) for m in WORD.finditer(line.text)]
        words = [w for w in words if known(w[2].lower()) or known(w[2])]
        rng.shuffle(words)
        for _ in range(RUNS):
            picked: dict[int, tuple[int, str]] = {}
            for index, start, word in words:
                if index not in picked and len(picked) < LINES_A_RUN:
                    picked[index] = (start, word)
            words = [w for w in words if w[0] not in picked]
            changed, made = copy.deepcopy(document), []
            for index, (start, word) in picked.items():
                typo = slip(word, rng, known)
                if typo is None:
                    continue
                line = changed.lines[index]
                line.text = line.text[:start] + typo[0] + line.text[start + len(word) :]
                line.spans = tuple(
                    dataclasses.replace(s, text=s.text.replace(word, typo[0], 1)) if word in s.text else s
                    for s in line.spans
                )
                made.append((index, word, *typo))
            if not made:
                break
            result = judge.judge(ReadResult(path=str(path), facts=extract_facts(changed)))
            quoted = " ".join(f.match or "" for f in result.findings if f.rule == "clean.spelling")
            for index, word, typo, kind in made:
                line = document.lines[index]
                case = "lower" if word.islower() else "capitals" if word.isupper() else "Title"
                where = section.get(line.number, "(contact)")
                rows.append((name, line.number, line.kind, where, case, word, typo, kind, typo in quoted))
    if args.out:
        with args.out.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t")
            writer.writerow(["file", "line", "kind", "section", "case", "word", "slip", "edit", "found"])
            writer.writerows(rows)
    print(f"{len(rows)} slips injected into {len({r[0] for r in rows})} English dev resumes (seed {args.seed})\n")
    for title, key in (("case", 4), ("line kind", 2), ("edit", 7), ("section", 3)):
        groups: dict[str, list[bool]] = defaultdict(list)
        for row in rows:
            groups[str(row[key])].append(bool(row[8]))
        print(f"| {title} | slips | found |\n|---|---:|---:|")
        for group, found in sorted(groups.items(), key=lambda item: -len(item[1]))[:12]:
            print(f"| {group} | {len(found)} | {sum(found) / len(found):.2f} |")
        print()
    print(f"all: {sum(r[8] for r in rows) / max(len(rows), 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
