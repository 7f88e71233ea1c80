"""Tests for autograder.release.leaks: hidden lines found in released files, public lines ignored."""

from __future__ import annotations

from notebook_factory import code, markdown, write_notebook

from autograder.release.leaks import find_leaks, hidden_lines


def test_hidden_lines_are_solutions_and_hidden_tests(tmp_path, good_cells):
    path = write_notebook(tmp_path / "nb.ipynb", good_cells)
    hidden = hidden_lines(path)
    assert hidden == {
        "return a + b  # instructor answer": "solution",
        "assert add(40, 2) == 42, 'hidden check 40 + 2'": "hidden test",
    }


def test_lines_also_public_are_not_hidden(tmp_path, good_cells):
    cells = good_cells + [markdown("Hint:\n\n    return a + b  # instructor answer")]
    path = write_notebook(tmp_path / "nb.ipynb", cells)
    assert "return a + b  # instructor answer" not in hidden_lines(path)


def test_written_answer_cell_is_hidden_whole(tmp_path):
    cells = [markdown("Because the learning rate is far too small.", grade=True, solution=True,
                      locked=False, points=1, grade_id="why")]
    path = write_notebook(tmp_path / "nb.ipynb", cells)
    assert hidden_lines(path) == {"Because the learning rate is far too small.": "solution"}


def test_leak_found_in_released_notebook_and_files(tmp_path, good_cells):
    source = write_notebook(tmp_path / "source" / "nb.ipynb", good_cells)
    release = tmp_path / "release"
    write_notebook(release / "nb.ipynb", [code("x = 1\nassert add(40, 2) == 42, 'hidden check 40 + 2'")])
    (release / "notes.py").write_text("    return a + b  # instructor answer\n")
    leaks = find_leaks(source, release, shown_root=tmp_path)
    assert [(leak.released_file, leak.kind) for leak in leaks] == [
        ("release/nb.ipynb", "hidden test"),
        ("release/notes.py", "solution"),
    ]


def test_clean_release_has_no_leak(tmp_path, good_cells):
    source = write_notebook(tmp_path / "source" / "nb.ipynb", good_cells)
    release = tmp_path / "release"
    write_notebook(release / "nb.ipynb", [code("def add(a, b):\n    # YOUR CODE HERE\n    raise NotImplementedError()")])
    (release / "data.bin").write_bytes(bytes(range(256)))
    assert find_leaks(source, release) == []
