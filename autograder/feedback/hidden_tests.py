"""Hidden tests cut from a notebook and from every output that could quote them.

Stock ``nbgrader generate_feedback`` renders the autograded notebook, where hidden tests are
restored, and its tracebacks quote the failing hidden line. Here nbgrader's own GenerateFeedback
runs with one more preprocessor first, :class:`HideHiddenTests`: the hidden regions are cut from the
cells (a placeholder line says so), every error output keeps only ``Name: message``, and any output
text that quotes a hidden line is withheld. The failed test's message still reaches the student.
"""

from __future__ import annotations

from nbgrader.preprocessors import NbGraderPreprocessor

BEGIN = "### BEGIN HIDDEN TESTS"
END = "### END HIDDEN TESTS"
PLACEHOLDER = "# (hidden tests: run by the grader, not shown)"
WITHHELD = "(output withheld: it quotes a hidden test)"


def split_hidden(source: str) -> tuple[str, list[str]]:
    """Return ``source`` with each hidden region replaced by a placeholder, and the hidden lines."""
    kept, hidden, inside = [], [], False
    for line in source.splitlines():
        if BEGIN in line:
            inside = True
            kept.append(line[: line.index(BEGIN)] + PLACEHOLDER)
            continue
        if END in line:
            inside = False
            continue
        (hidden if inside else kept).append(line)
    return "\n".join(kept), [h.strip() for h in hidden if len(h.strip()) >= 4]


def _quotes(text: str, hidden: list[str]) -> bool:
    return any(line in text for line in hidden)


class HideHiddenTests(NbGraderPreprocessor):
    """Cut hidden tests from cells and from every output that could quote them."""

    def preprocess(self, nb, resources):
        """Collect the notebook's hidden lines, then clean each cell."""
        hidden: list[str] = []
        for cell in nb.cells:
            if cell.cell_type == "code" and BEGIN in cell.source:
                cell.source, lines = split_hidden(cell.source)
                hidden += lines
        resources["hidden_test_lines"] = hidden
        for cell in nb.cells:
            if cell.cell_type == "code":
                self._clean_outputs(cell, hidden)
        return nb, resources

    def _clean_outputs(self, cell, hidden: list[str]) -> None:
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                message = output.get("evalue", "")
                if _quotes(message, hidden):
                    message = WITHHELD
                output.evalue = message
                output.traceback = [f"{output.ename}: {message}" if message else output.ename]
            elif output.output_type == "stream":
                if _quotes(output.text, hidden):
                    output.text = WITHHELD + "\n"
            elif output.output_type in ("execute_result", "display_data"):
                data = output.get("data", {})
                if any(_quotes(str(value), hidden) for value in data.values()):
                    output.data = {"text/plain": WITHHELD}
