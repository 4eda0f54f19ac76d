"""Text from a table is data, never markup: labels, titles and sources
that hold HTML or Markdown reach the article and its page as text."""

from __future__ import annotations

import pytest
import yaml
from click.testing import CliRunner

from narrate.check import check
from narrate.cli import main
from narrate.load import load
from narrate.render import front_matter
from tests.markup import markup

PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[klikk](javascript:alert(1))",
    "![bilde](http://example.invalid/x.png)",
    "</table><b>fet</b>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "*viktig* _kursiv_ `kode` | # tittel",
    '<a href="http://example.invalid">lenke</a>',
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_hostile_labels_title_and_source_are_text_in_the_article_and_its_page(tmp_path, payload):
    table = tmp_path / "t.csv"
    quoted = payload.replace('"', '""')
    table.write_text(f'# Tittel {payload}\nregion,år,verdi\nHele landet,2022,100\nHele landet,2023,110\n'
                     f'"{quoted}",2022,40\n"{quoted}",2023,47\nBergen,2022,60\nBergen,2023,63\n', encoding="utf-8")
    (tmp_path / "t.toml").write_text(f"source = '''{payload}'''\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["write", str(table), "--out", str(out), "--html"])
    assert result.exit_code == 0, result.output
    page = markup((out / "t.html").read_text(encoding="utf-8"))
    assert page.tags <= {"html", "head", "meta", "title", "body", "h1", "h2", "p", "table", "thead", "tbody", "tr", "th", "td", "code"}
    assert [name for name in page.attributes if name.startswith("on") or name in ("href", "src")] == []
    markdown = (out / "t.md").read_text(encoding="utf-8")
    assert check(markdown, load(table)).problems == ()
    assert front_matter(markdown)["source"] == payload


@pytest.mark.parametrize("mark", ["\x7f", "\x85", "\x9b", "\u2028", "\u2029", "\ufffe", "\ufdd0", "\n", "\r\n"])
def test_labels_with_control_and_separator_characters_round_trip(tmp_path, mark):
    table = tmp_path / "t.csv"
    table.write_text(f'region,år,verdi\nHele landet,2022,100\nHele landet,2023,110\n"Nord{mark}land",2022,40\n'
                     f'"Nord{mark}land",2023,47\nBergen,2022,60\nBergen,2023,63\n', encoding="utf-8", newline="")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["write", str(table), "--out", str(out), "--per", "region"])
    assert result.exit_code == 0, result.output
    for article in sorted((out / "t").glob("*.md")):
        markdown = article.read_text(encoding="utf-8")
        head = yaml.safe_load(markdown.split("---\n", 2)[1])
        assert head == front_matter(markdown)
        assert head["label"] in ("Hele landet", "Nord land", "Bergen")
    checked = CliRunner().invoke(main, ["check", str(table), str(out / "t")])
    assert checked.exit_code == 0, checked.output
    table_lines = [line for line in (out / "t" / "nord-land.md").read_text(encoding="utf-8").splitlines() if line.startswith("|")]
    assert len(table_lines) == 3, "a header, its rule and one row: the label split no row"


def test_a_link_to_nowhere_as_out_is_one_line_and_a_file_a_usage_error(tmp_path):
    table = "data/kpi-jae.csv"
    (tmp_path / "gone").symlink_to(tmp_path / "nowhere")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["write", table, "--out", str(tmp_path / "gone")])
    assert (result.exit_code, result.output) == (1, f"narrate: {tmp_path / 'gone'}: --out is a link to nowhere ({tmp_path / 'nowhere'})\n")
    assert not (tmp_path / "nowhere").exists()
    result = CliRunner().invoke(main, ["write", table, "--out", str(tmp_path / "file")])
    assert result.exit_code == 2 and f"Directory '{tmp_path / 'file'}' is a file." in result.output


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_full_disk_is_one_line_and_leaves_no_half_written_article(tmp_path, monkeypatch, jobs):
    import errno
    import os

    real_replace = os.replace

    def full(source, target):
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(os, "replace", full)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["write", "data/batch", "--per", "kommune", "--out", str(out), "--jobs", jobs])
    monkeypatch.setattr(os, "replace", real_replace)
    assert result.exit_code == 1
    assert result.output.startswith("narrate: ") and result.output.endswith(": cannot write the article (No space left on device)\n")
    assert result.output.count("\n") == 1
    assert [p for p in out.rglob("*") if p.is_file()] == []


SANDBOX_PAYLOADS = [
    ("{% include 'passwd' %}", "passwd (outside the phrase folder)"),
    ("{% include '../../../../../../etc/passwd' %}", "(outside the phrase folder)"),
    ("{% import 'passwd' as p %}{{ p }}", "(outside the phrase folder)"),
    ("{{ 9 ** (9 ** 9) }}", "refused by the sandbox: 9 ** 387420489 is larger than a sentence needs"),
    ("{{ 'x' * 10 ** 9 }}", "refused by the sandbox: * would build more than 10000 characters or items"),
    ("{{ [1] * 10 ** 9 }}", "refused by the sandbox: * would build more than 10000 characters or items"),
    ("{{ 'a'.center(10 ** 9) }}", "refused by the sandbox: center() would build more than 10000 characters"),
    ("{{ 'a'.zfill(10 ** 9) }}", "refused by the sandbox: zfill() would build more than 10000 characters"),
    ("{{ '{:>999999999}'.format(1) }}", "refused by the sandbox: format() is not for phrases"),
    ("{{ 'a'|center(10 ** 9) }}", "No filter named 'center'"),
    ("{{ '%999999999d'|format(1) }}", "No filter named 'format'"),
    ("{{ ('a' * 9000)|replace('a', 'a' * 9000) }}", "refused by the sandbox: replace built more than 10000 characters"),
    ("{{ v1(f) }}", "refused by the sandbox: maximum recursion depth exceeded"),
    ("{{ lipsum(10 ** 6) }}", "'lipsum' is not defined"),
    ("{% for i in range(10 ** 9) %}x{% endfor %}", "'range' is not defined"),
    ("{{ cycler.__init__.__globals__ }}", "__globals__ reaches into Python"),
    ("{{ joiner() }}", "'joiner' is not defined"),
    ("{{ namespace() }}", "'namespace' is not defined"),
    ("{{ f.retning.__class__.__mro__ }}", "reaches into Python"),
    ("{{ f.retning['__class__'] }}", "__class__ reaches into Python"),
    ("{{ f|attr('__class__') }}", "No filter named 'attr'"),
    ("{{ self.__init__.__globals__ }}", "reaches into Python"),
    ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "__subclasses__ reaches into Python"),
    ("{{ f.__dict__ }}", "__dict__ reaches into Python"),
    ("{{ self._TemplateReference__context }}", "_TemplateReference__context reaches into Python"),
    ("{{ f.retning.verb.__len__() }}", "__len__ reaches into Python"),
    ("{{ config }}", "'config' is not defined"),
    ("{{ request.application }}", "'request' is not defined"),
    ("{% from 'passwd' import x %}", "passwd (outside the phrase folder)"),
    ("{% include ['nothing', 'passwd'] %}", "none of the templates given were found"),
    ("{% extends 'passwd' %}", "cannot use extend from a non top-level scope"),
    ("{% set seen = [] %}{{ seen.append(f) }}", "refused by the sandbox: access to attribute 'append' of 'list' object is unsafe"),
    ("{{ f|list }}", "No filter named 'list'"),
    ("{% for a in 'x' * 9999 %}{% for b in 'x' * 9999 %}{% endfor %}{% endfor %}",
     "refused by the sandbox: more than 10000 loop turns and calls for one sentence"),
    ("{% macro r(s) %}{% if s|length < 40 %}{{ r(s ~ 'x') }}{{ r(s ~ 'x') }}{% endif %}{% endmacro %}{{ r('') }}",
     "refused by the sandbox: more than 10000 loop turns and calls for one sentence"),
    ("{% for x in 'ab' recursive %}{{ loop(x) }}{% endfor %}", "refused by the sandbox: maximum recursion depth exceeded"),
    ("{% set a = 'x' * 9999 %}{{ a ~ a }}", "refused by the sandbox: ~ built more than 10000 characters"),
    ("{% set a = 'x' * 9999 %}{{ a + a }}", "refused by the sandbox: + would build more than 10000 characters or items"),
    ("{{ ('x' * 9999)|join('x' * 9999) }}", "refused by the sandbox: join built more than 10000 characters"),
    ("{{ ((10 ** 64) ** 64) ** 64 }}", "refused by the sandbox: a number of 65 digits ** 64 is larger than a sentence needs"),
    ("{{ 1 / 0 }}", "line 2: ZeroDivisionError: division by zero"),
    ("{{ 'a' + 1 }}", "line 2: TypeError: can only concatenate str"),
]


@pytest.mark.parametrize("payload, said", SANDBOX_PAYLOADS)
def test_phrase_files_stay_in_their_sandbox(tmp_path, payload, said):
    import shutil

    from narrate.realise.phrases import PHRASES_ROOT
    root = tmp_path / "phrases"
    shutil.copytree(PHRASES_ROOT / "nb", root / "nb")
    (root / "nb" / "passwd").symlink_to("/etc/passwd")
    (root / "nb" / "title.j2").write_text("{% macro v1(f) -%}\n" + payload + "\n{%- endmacro %}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["write", "data/kpi-jae.csv", "--phrases", str(root), "--out", str(out)])
    assert result.exit_code == 1, result.output
    assert result.output.count("\n") == 1 and str(root / "nb" / "title.j2") in result.output and said in result.output
    assert ", line 2: " in result.output, "the line of the phrase file the payload is on"
    assert not list(out.rglob("*.md")) if out.exists() else True


def test_a_phrase_file_that_links_out_of_its_folder_is_refused(tmp_path):
    import shutil

    from narrate.realise.phrases import PHRASES_ROOT
    root = tmp_path / "phrases"
    shutil.copytree(PHRASES_ROOT / "nb", root / "nb")
    (tmp_path / "elsewhere.j2").write_text("{% macro v1(f) -%}x{%- endmacro %}\n", encoding="utf-8")
    (root / "nb" / "extra.j2").symlink_to(tmp_path / "elsewhere.j2")
    result = CliRunner().invoke(main, ["write", "data/kpi-jae.csv", "--phrases", str(root), "--out", str(tmp_path / "out")])
    assert (result.exit_code, result.output) == (1, f"narrate: {root / 'nb' / 'extra.j2'}: a link that leads out of the phrase folder\n")


@pytest.mark.parametrize("name, content, said", [
    ("deep.json", "[" * 100_000 + "]" * 100_000, "not a JSON-stat dataset: nested deeper than any dataset is"),
    ("digits.csv", "år,verdi\n2022," + "9" * 5000 + "\n2023,5\n", "(5000 characters) is larger than any figure a statistics table holds"),
    ("huge.csv", "år,verdi\n2022,1e308\n2023,1.7e308\n", "'1e308' is larger than any figure a statistics table holds"),
    ("quadrillion.csv", "år,verdi\n2022,2000000000000000\n2023,5\n", "is larger than any figure a statistics table holds"),
    ("bigint.json", '{"version": "2.0", "class": "dataset", "id": ["år"], "size": [1], "dimension": {"år": {"category": '
                    '{"index": ["2022"]}}}, "value": [' + "9" * 5000 + "]}", "not valid JSON (Exceeds the limit"),
    ("overflow.json", '{"version": "2.0", "class": "dataset", "id": ["år"], "size": [2], "dimension": {"år": {"category": '
                      '{"index": ["2022", "2023"]}}}, "value": [1.7e308, ' + "9" * 400 + "]}", "value 0: '1.7e+308' is not a number"),
])
def test_deep_huge_and_non_finite_input_is_one_line(tmp_path, name, content, said):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["write", str(path), "--out", str(out)])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and result.output.startswith(f"narrate: {path}") and said in result.output
    assert not out.exists() or not list(out.rglob("*.md"))


def test_two_tables_whose_articles_would_meet_are_never_written_over_each_other(tmp_path):
    for name in ("...csv", "..csv"):
        (tmp_path / name).write_text("år,verdi\n2022,1\n2023,2\n", encoding="utf-8")
    first, second = tmp_path / "...csv", tmp_path / "..csv"
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["write", str(first), str(second), "--out", str(out)])
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == f"narrate: {second}: its articles would be those of {first}, which this run writes already"
    assert sorted(p.name for p in out.glob("*.md")) == ["x.md"]


def test_a_second_run_into_a_folder_another_run_is_writing_into_says_so(tmp_path):
    from narrate.files import holding
    out = tmp_path / "out"
    with holding(out):
        result = CliRunner().invoke(main, ["write", "data/kpi-jae.csv", "--out", str(out)])
    assert (result.exit_code, result.output) == (1, f"narrate: {out}: another narrate run is writing into this folder; try again when it is done\n")
    assert not list(out.glob("*.md"))
    result = CliRunner().invoke(main, ["write", "data/kpi-jae.csv", "--out", str(out)])
    assert result.exit_code == 0 and (out / "kpi-jae.md").exists() and not (out / ".narrate.lock").exists()


HOSTILE_LABELS = ["../../etc", "a/b", "a\\b", "x\x00y", "L" * 300, "ø" * 300, "..", ".", "Ås", "As", "as-2", "<script>"]


def test_hostile_labels_give_one_article_each_all_inside_out(tmp_path):
    # A made-up JSON-stat table: no published table has labels like these.
    import json
    ids = [f"r{i}" for i in range(len(HOSTILE_LABELS))]
    dataset = {"version": "2.0", "class": "dataset", "id": ["region", "år"], "size": [len(ids), 2],
               "dimension": {"region": {"category": {"index": ids, "label": dict(zip(ids, HOSTILE_LABELS))}},
                             "år": {"category": {"index": ["2022", "2023"]}}},
               "value": [v for i in range(len(ids)) for v in (10 + i, 12 + i)]}
    table = tmp_path / "t.json"
    table.write_text(json.dumps(dataset), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["write", str(table), "--out", str(out), "--per", "region"])
    assert result.exit_code == 0, result.output
    articles = sorted(out.rglob("*.md"))
    assert result.output.startswith(f"wrote {len(HOSTILE_LABELS)} articles")
    assert len(articles) == len(HOSTILE_LABELS)
    assert all(article.resolve().is_relative_to(out.resolve()) for article in articles)
    labels = {front_matter(article.read_text(encoding="utf-8"))["label"] for article in articles}
    assert len(labels) == len(HOSTILE_LABELS)
    assert CliRunner().invoke(main, ["check", str(table), str(out / "t")]).exit_code == 0


@pytest.mark.parametrize("stem", ["\\x", "a" * 250, "ø" * 125, "..", ".", " ", "-", "-rf", "x\ny", "con"])
def test_hostile_table_names_give_their_article_inside_out(tmp_path, stem):
    table = tmp_path / f"{stem}.csv"
    table.write_text("år,verdi\n2022,1\n2023,2\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["write", str(table), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("wrote 1 article")
    [article] = out.rglob("*.md")
    assert article.parent == out and len(article.name.encode("utf-8")) <= 255
    assert not article.name.startswith(("-", ".", " "))


def test_two_long_table_names_that_differ_at_the_end_are_two_articles(tmp_path):
    for last in "ab":
        (tmp_path / f"{'n' * 240}{last}.csv").write_text("år,verdi\n2022,1\n2023,2\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["write", *map(str, sorted(tmp_path.glob("*.csv"))), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("wrote 2 articles") and len(list(out.glob("*.md"))) == 2


@pytest.mark.parametrize("fault", ["EACCES", "EROFS", "EDQUOT", "EIO"])
@pytest.mark.parametrize("step", ["mkdir", "replace"])
def test_a_folder_that_cannot_be_written_is_one_line_naming_it(tmp_path, monkeypatch, fault, step):
    import errno
    import os
    from pathlib import Path

    number = getattr(errno, fault)

    def refuse(*args, **kwargs):
        raise OSError(number, os.strerror(number), str(args[-1]) if step == "replace" else str(args[0]))

    monkeypatch.setattr(*((Path, "mkdir") if step == "mkdir" else (os, "replace")), refuse)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["write", "data/kpi-jae.csv", "--out", str(out)])
    monkeypatch.undo()
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and result.output.startswith(f"narrate: {out}")
    assert result.output.endswith(f": cannot write the article ({os.strerror(number)})\n")
    assert ".tmp" not in result.output
    assert not out.exists() or [p for p in out.rglob("*") if p.is_file()] == []


@pytest.mark.parametrize("fault, said", [("EACCES", "cannot read the file (Permission denied)"),
                                         ("ENOENT", "no such file"), ("EIO", "cannot read the file (Input/output error)")])
def test_a_table_that_cannot_be_read_or_vanishes_is_one_line_naming_it(tmp_path, monkeypatch, fault, said):
    import errno
    import os
    from pathlib import Path

    number = getattr(errno, fault)
    real_read = Path.read_bytes

    def vanish(self):
        if self.name == "kpi-jae.csv":
            raise (FileNotFoundError if number == errno.ENOENT else OSError)(number, os.strerror(number), str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", vanish)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["write", "data/kpi-jae.csv", "data/ikt-staten-2016.csv", "--out", str(out)])
    monkeypatch.undo()
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == f"narrate: data/kpi-jae.csv: {said}"
    assert sorted(p.name for p in out.glob("*.md")) == ["ikt-staten-2016.md"], "the other table is still written"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_diff_page_shows_hostile_text_as_text(tmp_path, payload):
    table = tmp_path / "t.csv"
    quoted = payload.replace('"', '""')

    def write_table(last: int) -> None:
        table.write_text(f'region,år,verdi\nHele landet,2022,100\nHele landet,2023,110\n"{quoted}",2022,40\n"{quoted}",2023,{last}\n'
                         'Bergen,2022,60\nBergen,2023,63\n', encoding="utf-8")

    write_table(47)
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["write", str(table), "--out", str(out)]).exit_code == 0
    write_table(58)
    report = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["diff", str(table), "--against", str(out), "--html", str(report)])
    assert result.exit_code == 0, result.output
    page = markup(report.read_text(encoding="utf-8"))
    assert "script" not in page.tags and "img" not in page.tags and "a" not in page.tags and "b" not in page.tags
    assert [name for name in page.attributes if name.startswith("on") or name in ("href", "src")] == []
