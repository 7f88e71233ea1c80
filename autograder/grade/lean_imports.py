"""Keep the grader's own processes from building a grammar they never use.

nbformat imports jsonschema, so every process that imports nbgrader or nbclient does. jsonschema
registers its ``iri`` format checkers when the optional package rfc3987-syntax is installed
(JupyterLab's jupyter-events pulls it in through ``jsonschema[format-nongpl]``), and importing that
package builds a Lark grammar: about 1 s of CPU in each such process, before any work. The grading
parent, each worker and the canary only validate notebooks, whose schema declares no format, so
they do not need it. Kernels, JupyterLab and other processes are untouched.
"""

from __future__ import annotations

import sys

UNUSED = ("rfc3987_syntax",)


def skip_unused_grammars() -> None:
    """Make ``import rfc3987_syntax`` fail in this process unless something imported it already.

    Call it before nbformat is imported. jsonschema then leaves the ``iri``/``iri-reference``
    format checks out, exactly as when the package is not installed.
    """
    for name in UNUSED:
        sys.modules.setdefault(name, None)
