"""Every source notebook runs from top to bottom, solutions and hidden tests in place, without an error.

This is what ``pytest --nbval-lax`` over ``source/<chapter>/<chapter>.ipynb`` asserts (a cell fails on
an error output; no outputs are compared), read from the run that grades the instructor's answers
(the ``graded_chapter`` fixture) instead of executing the notebook once more: nbgrader executes the
released notebook with the instructor's answers and the hidden tests restored, every cell in order
in one kernel. The test first proves that those executed cells are the source notebook's code cells.
"""

from __future__ import annotations

import pytest
from chapter_grading import INSTRUCTOR, cell_text, chapter_marks, chapters, instructor_answer

pytestmark = pytest.mark.notebook


def source_code_cells(source: dict) -> list[str]:
    """Return the source notebook's code cells as the instructor's answers execute them.

    Solution cells lose only their ``### BEGIN SOLUTION`` / ``### END SOLUTION`` comment lines.
    """
    return [instructor_answer(cell_text(cell)) if cell["metadata"].get("nbgrader", {}).get("solution")
            else cell_text(cell) for cell in source["cells"] if cell["cell_type"] == "code"]


@pytest.mark.parametrize("graded_chapter", [pytest.param(c, marks=chapter_marks(c), id=c) for c in chapters()],
                         indirect=True)
def test_source_notebook_runs_without_errors(graded_chapter):
    executed = [cell for cell in graded_chapter.autograded_notebook(INSTRUCTOR)["cells"] if cell["cell_type"] == "code"]
    expected = source_code_cells(graded_chapter.source_notebook())
    assert [cell_text(cell) for cell in executed] == expected, "the graded notebook is not the source notebook's code"
    for index, cell in enumerate(executed):
        where = f"{graded_chapter.chapter}: code cell {index + 1} of {len(executed)}:\n{cell_text(cell)[:600]}"
        assert cell.get("execution_count") is not None, f"{where}\nwas not executed"
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        assert not errors, f"{where}\nraised {errors[0]['ename']}: {errors[0]['evalue']}\n" + \
            "\n".join(errors[0].get("traceback", []))[-4000:]
