"""narrate's benchmarks: ``make bench`` prints a table and writes
benchmarks/results.json. A benchmark is not a test: nothing here passes or
fails; the targets are printed beside what was measured.

1. one article, warm, on the seed table (write and render);
2. a batch: 356 kommuner x 20 næringer x 3 years of counts, one article per
   kommune, with one process and with one per core (articles per second);
3. the floor: a bare Jinja2 render of the same final sentences, with the
   values each sentence gets computed beforehand, per article; narrate's
   per-article batch time as a multiple of it;
4. ``narrate write`` on the seed table from a cold process (wall time);
5. the peak memory of the batch run with one process;
6. loading a table of a million rows (16 000 kommuner x 21 x 3): time and
   peak memory of the process.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from narrate.batch import split
from narrate.cli.writing import per_tasks
from narrate.config import Config
from narrate.jobs import run
from narrate.load import load
from narrate.plan import Message
from narrate.realise import load_phrases
from narrate.realise.context import message_values
from narrate.rules import detect_all
from narrate.realise.phrases import PHRASES_ROOT
from narrate.write import write

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import write_csv  # noqa: E402

SEED_TABLE = ROOT / "data" / "ikt-staten-2016.csv"
IGNORED_SCRATCH = ROOT / ".bench"
"""Where a benchmark writes when the system's temporary folder lies inside the
checkout (``.gitignore`` ignores it)."""
NARRATE = Path(sys.executable).parent / "narrate"


def scratch() -> tempfile.TemporaryDirectory[str]:
    """A temporary folder for what a benchmark writes, removed after it:
    in the system's temporary folder, never in the checkout's tracked tree."""
    base = Path(tempfile.gettempdir()).resolve()
    if base.is_relative_to(ROOT):
        IGNORED_SCRATCH.mkdir(exist_ok=True)
        base = IGNORED_SCRATCH
    return tempfile.TemporaryDirectory(prefix="narrate-bench-", dir=base)


def best_of(function, repeat: int = 5, number: int = 200) -> float:
    """The best mean time of ``function`` in seconds over ``repeat`` rounds."""
    rounds = []
    for _ in range(repeat):
        started = time.perf_counter()
        for _ in range(number):
            function()
        rounds.append((time.perf_counter() - started) / number)
    return min(rounds)


def single_article() -> float:
    table = load(SEED_TABLE)
    write(table).markdown
    return best_of(lambda: write(table).markdown)


def batch(table_path: Path, jobs: int) -> tuple[float, int]:
    """Articles per second writing one article per kommune to a temporary folder."""
    table = load(table_path)
    with scratch() as folder:
        started = time.perf_counter()
        _, tasks = per_tasks(table, "kommune", Path(folder), Config())
        summary = run(tasks, Config(), jobs=jobs)
        seconds = time.perf_counter() - started
    return summary.written / seconds, summary.written


def floor(table_path: Path) -> tuple[float, float]:
    """Per article: a bare Jinja2 render of each article's final sentences
    with their values ready, and narrate's own batch path: the rules over
    the whole table at once, then each article written and rendered."""
    phrases = load_phrases("nb")
    env = Environment(loader=FileSystemLoader(str(PHRASES_ROOT / "nb")), undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(phrases.env.filters)
    stack = split(load(table_path), "kommune")
    grids = list(stack.grids)
    prepared = []
    for grid in grids:
        article = write(grid)
        for sentence in [article.title, *article.sentences()]:
            macro = getattr(env.get_template(f"{sentence.template}.j2").module, sentence.variant)
            prepared.append((macro, message_values(Message(sentence.template, sentence.facts), grid, phrases.words)))
    bare = best_of(lambda: [str(macro(values)) for macro, values in prepared], repeat=3, number=3) / len(grids)
    own = best_of(lambda: [write(grid, Config(), facts).markdown for grid, facts in zip(grids, detect_all(stack), strict=True)],
                  repeat=3, number=1) / len(grids)
    return bare, own


def cold_write() -> float:
    """Median wall time of ``narrate write`` on the seed table in a new process."""
    times = []
    with scratch() as folder:
        for _ in range(5):
            started = time.perf_counter()
            subprocess.run([str(NARRATE), "write", str(SEED_TABLE), "--out", folder, "--jobs", "1"], check=True, capture_output=True)
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def peak_memory(table_path: Path) -> float:
    """The peak resident memory in MB of ``narrate write --per kommune --jobs 1``."""
    with scratch() as folder:
        subprocess.run([str(NARRATE), "write", str(table_path), "--per", "kommune", "--out", folder, "--jobs", "1"],
                       check=True, capture_output=True)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def million_rows(folder: Path) -> tuple[float, float]:
    """Seconds to load a table of a million rows, and the loading process's peak memory in MB."""
    path = write_csv(folder / "million.csv", kommuner=16000, naeringer=20, years=3)
    script = ("import resource, time, sys; from narrate.load import load; started = time.perf_counter(); "
              "table = load(sys.argv[1]); print(time.perf_counter() - started, len(table.data), "
              "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")
    output = subprocess.run([sys.executable, "-c", script, str(path)], check=True, capture_output=True, text=True).stdout.split()
    return float(output[0]), float(output[2])


def main() -> None:
    with scratch() as folder:
        table_path = write_csv(Path(folder) / "kommuner.csv", kommuner=356, naeringer=20, years=3)
        single = single_article()
        one_rate, articles = batch(table_path, 1)
        cores = os.cpu_count() or 1
        all_rate, _ = batch(table_path, cores)
        bare, own = floor(table_path)
        cold = cold_write()
        memory = peak_memory(table_path)
        million_seconds, million_memory = million_rows(Path(folder))
    results = {
        "machine": {"system": platform.platform(), "processor": platform.machine(), "cores": cores,
                    "python": platform.python_version()},
        "single_article_ms": round(single * 1000, 3),
        "batch_articles": articles,
        "batch_articles_per_second_1_job": round(one_rate),
        f"batch_articles_per_second_{cores}_jobs": round(all_rate),
        "floor_bare_jinja_ms_per_article": round(bare * 1000, 3),
        "narrate_ms_per_article": round(own * 1000, 3),
        "narrate_over_floor": round(own / bare, 1),
        "cold_write_s": round(cold, 3),
        "peak_memory_mb": round(memory, 1),
        "million_rows_load_s": round(million_seconds, 2),
        "million_rows_peak_memory_mb": round(million_memory, 1),
    }
    rows = [
        ("single article, warm (seed table)", f"{results['single_article_ms']} ms", "≤ 2 ms"),
        ("batch, 1 job", f"{results['batch_articles_per_second_1_job']} articles/s", "≥ 2 000 articles/s"),
        (f"batch, {cores} jobs", f"{results[f'batch_articles_per_second_{cores}_jobs']} articles/s", ""),
        ("floor: bare Jinja2 render per article", f"{results['floor_bare_jinja_ms_per_article']} ms", ""),
        ("narrate per article (write and render)", f"{results['narrate_ms_per_article']} ms", ""),
        ("narrate / floor", f"{results['narrate_over_floor']}×", "≤ 5×"),
        ("cold narrate write (seed table)", f"{results['cold_write_s']} s", "≤ 1 s"),
        ("peak memory, batch", f"{results['peak_memory_mb']} MB", "≤ 300 MB"),
        ("load a million rows", f"{results['million_rows_load_s']} s", "seconds"),
        ("peak memory, million rows", f"{results['million_rows_peak_memory_mb']} MB", ""),
    ]
    width = max(len(row[0]) for row in rows)
    print(f"{'benchmark':<{width}}  {'measured':>20}  target")
    for name, measured, target in rows:
        print(f"{name:<{width}}  {measured:>20}  {target}")
    print(f"machine: {results['machine']['system']}, {cores} cores, Python {results['machine']['python']}")
    (ROOT / "benchmarks" / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
