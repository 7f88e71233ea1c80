"""The grader's processes skip the IRI grammar jsonschema would build, and notebooks still validate."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
NOTEBOOK = REPO / "source" / "ch01_sequential" / "ch01_sequential.ipynb"


def run(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_notebooks_validate_without_the_grammar():
    answer = run(f"""
import json, sys
from autograder.grade.lean_imports import skip_unused_grammars
skip_unused_grammars()
import jsonschema, nbformat
good = nbformat.read({str(NOTEBOOK)!r}, as_version=4)
nbformat.validate(good)
bad = nbformat.from_dict(json.loads(json.dumps(good)))
bad.cells[0]["cell_type"] = "no such type"
try:
    nbformat.validate(bad)
    refused = False
except nbformat.ValidationError:
    refused = True
print(json.dumps({{"grammar": sys.modules.get("rfc3987_syntax") is not None,
                  "iri": "iri" in jsonschema.FormatChecker().checkers, "refused": refused}}))
""")
    assert answer == {"grammar": False, "iri": False, "refused": True}


def test_already_imported_stays_imported():
    answer = run("""
import json, sys
import jsonschema
had = sys.modules.get("rfc3987_syntax") is not None
from autograder.grade.lean_imports import skip_unused_grammars
skip_unused_grammars()
print(json.dumps({"had": had, "has": sys.modules.get("rfc3987_syntax") is not None}))
""")
    assert answer["has"] == answer["had"]  # never replaces a module something already uses


def test_a_worker_serving_jobs_skips_it():
    answer = run("""
import io, json, sys
import autograder.grade.worker as worker
worker._protocol_streams = lambda: (io.StringIO(""), io.StringIO())  # no job: serve returns at EOF
worker.serve()
import nbformat
print(json.dumps({"grammar": sys.modules.get("rfc3987_syntax") is not None}))
""")
    assert answer == {"grammar": False}
