"""keras-course reference: a line per chapter saying it was built or already up to date; errors in one line."""

from __future__ import annotations

from fixture_course import course, generated_course  # noqa: F401  (fixtures)

from autograder.cli.main import main


def test_builds_then_says_up_to_date(course, monkeypatch, capsys):  # noqa: F811
    monkeypatch.chdir(course / "source")  # any folder inside the course root
    assert main(["reference", "tiny"]) == 0
    first = capsys.readouterr().out
    assert first.startswith("tiny: reference built in ") and ".keras-course/references/tiny" in first
    assert main(["reference", "tiny"]) == 0
    assert capsys.readouterr().out.startswith("tiny: reference already up to date")


def test_an_unknown_chapter_is_one_line_and_exit_2(course, monkeypatch, capsys):  # noqa: F811
    monkeypatch.chdir(course)
    assert main(["reference", "nope"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith("keras-course: error: unknown chapter 'nope'")
