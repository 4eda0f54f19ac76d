"""The benchmark table: employment counts for 356 municipalities by 20
industries over 3 years, made up with a fixed seed.

    python benchmarks/corpus.py out.csv [kommuner] [næringer] [år]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

NAMES = ["Ås", "Bø", "Øyer", "Hå", "Sør-Fron", "Nord-Aurdal", "Oslo", "Bærum", "Tromsø", "Våler", "Bodø", "Ålesund",
         "Færder", "Lødingen", "Kåfjord", "Træna", "Rødøy", "Vågå", "Løten", "Gjøvik"]
INDUSTRIES = ["Jordbruk, skogbruk og fiske", "Bergverksdrift og utvinning", "Industri", "Elektrisitet, vann og renovasjon",
              "Bygge- og anleggsvirksomhet", "Varehandel", "Transport og lagring", "Overnatting og servering",
              "Informasjon og kommunikasjon", "Finansiering og forsikring", "Teknisk tjenesteyting, eiendomsdrift",
              "Forretningsmessig tjenesteyting", "Offentlig administrasjon og forsvar", "Undervisning", "Helse- og sosialtjenester",
              "Personlig tjenesteyting", "Kultur og fritid", "Organisasjoner", "Husholdninger", "Uoppgitt"]


def municipalities(count: int) -> list[str]:
    """``count`` distinct municipality names, real ones first, then numbered."""
    return [NAMES[i] if i < len(NAMES) else f"{NAMES[i % len(NAMES)]} {i // len(NAMES) + 1}" for i in range(count)]


def rows(kommuner: int = 356, naeringer: int = 20, years: int = 3, seed: int = 2024) -> list[tuple[str, str, str, int]]:
    """The table's rows: kommune, næring, år, sysselsatte; ``I alt`` is the sum of the industries."""
    rng = random.Random(seed)
    found = []
    for kommune in municipalities(kommuner):
        base = [rng.randint(5, 4000) for _ in range(naeringer)]
        for step in range(years):
            values = [max(0, round(v * (1 + rng.uniform(-0.08, 0.1)) ** step)) for v in base]
            year = str(2022 + step)
            found.append((kommune, "I alt", year, sum(values)))
            found += [(kommune, INDUSTRIES[i % len(INDUSTRIES)], year, values[i]) for i in range(naeringer)]
    return found


def write_csv(path: Path, **sizes: int) -> Path:
    """Write the table as a tidy CSV with a title line, and a sidecar."""
    lines = ["# Sysselsatte etter kommune og næring (antall). Oppdiktede tall", "kommune,næring,år,verdi"]
    lines += [f'"{k}","{n}",{y},{v}' for k, n, y, v in rows(**sizes)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path.with_suffix(".toml").write_text(
        'source = "Oppdiktede tall til illustrasjon"\ncategory = "næring"\nsubject = "sysselsettingen"\n', encoding="utf-8")
    return path


if __name__ == "__main__":
    sizes = dict(zip(("kommuner", "naeringer", "years"), map(int, sys.argv[2:]), strict=False))
    print(write_csv(Path(sys.argv[1]), **sizes))
