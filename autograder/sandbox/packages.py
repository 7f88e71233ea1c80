"""One resolution of the course packages (``autograder``, ``course``) for every grading process.

The instructor's ``keras-course`` process resolves the two packages once (the copies it imported
itself: an editable install, a wheel in a virtual environment, or a clone run with ``python -m``).
Every process it starts gets exactly those folders, whatever its working folder and ``sys.path``:

* the environment variable :data:`PACKAGES_ENV` carries ``{name: folder}`` (JSON) to the workers
  and into the sandbox;
* workers and sandboxed kernels start with :func:`pinned_command`, whose first statements import
  the packages from those folders into ``sys.modules``, before anything on ``sys.path`` (the course
  root a worker was started in, the submission folder a kernel runs in) could shadow them;
* the sandbox binds exactly those folders (:func:`package_dirs`).

So the reference build, each worker and each kernel import the same files, and a course root that
holds its own ``autograder/`` and ``course/`` folders (any clone of the repository) changes nothing.
"""

from __future__ import annotations

import importlib
import json
import os
import sys

PACKAGES = ("autograder", "course")
PACKAGES_ENV = "KERAS_COURSE_PACKAGES"

# Runs first in every worker and kernel; standard library only, before any other import.
PIN_SOURCE = """\
import importlib.util as _u, json as _j, os as _o, sys as _s
for _name, _folder in _j.loads(_o.environ["KERAS_COURSE_PACKAGES"]).items():
    _spec = _u.spec_from_file_location(_name, _o.path.join(_folder, "__init__.py"),
                                       submodule_search_locations=[_folder])
    _module = _u.module_from_spec(_spec)
    _s.modules[_name] = _module
    _spec.loader.exec_module(_module)
del _u, _j, _o, _s, _name, _folder, _spec, _module
"""


def _imported_folder(name: str) -> str:
    module = sys.modules.get(name) or importlib.import_module(name)
    return os.path.realpath(os.path.dirname(module.__file__))


def resolved_packages() -> dict[str, str]:
    """``{package name: folder}`` of ``autograder`` and ``course``, resolved once per grading run.

    A process started by the grader reads what its parent resolved (:data:`PACKAGES_ENV`); the
    first process resolves from the packages it imports itself.

    Raises:
        ValueError: :data:`PACKAGES_ENV` is set but does not name both packages' folders.
    """
    told = os.environ.get(PACKAGES_ENV)
    if told:
        packages = json.loads(told)
        if not isinstance(packages, dict) or sorted(packages) != sorted(PACKAGES):
            raise ValueError(f"{PACKAGES_ENV} must map {' and '.join(PACKAGES)} to folders, not {told!r}")
        return {name: str(packages[name]) for name in PACKAGES}
    return {name: _imported_folder(name) for name in PACKAGES}


def package_environment() -> dict[str, str]:
    """The environment variables that give a child process this run's package folders."""
    return {PACKAGES_ENV: json.dumps(resolved_packages())}


def package_dirs() -> list[str]:
    """The package folders a sandbox binds read-only: exactly those every kernel imports."""
    return list(resolved_packages().values())


def pinned_command(python: str, statement: str, *arguments: str) -> list[str]:
    """``python -c`` running :data:`PIN_SOURCE`, then ``statement``, with ``arguments`` as sys.argv[1:].

    The child must have :data:`PACKAGES_ENV` in its environment (see :func:`package_environment`).
    """
    return [python, "-c", PIN_SOURCE + statement, *arguments]


def pinned_module(python: str, module: str, *arguments: str) -> list[str]:
    """Like ``python -m module arguments`` with the course packages pinned first."""
    return pinned_command(python, f"import runpy; runpy.run_module({module!r}, run_name='__main__', alter_sys=True)",
                          *arguments)


def pinned_kernel(command: list[str]) -> list[str]:
    """The kernel command ``[python, -m, ipykernel_launcher, ...]`` with the packages pinned first.

    Any other command (a kernel that is not ipykernel) is returned unchanged.
    """
    if len(command) >= 3 and command[1:3] == ["-m", "ipykernel_launcher"]:
        return pinned_command(command[0], "from ipykernel import kernelapp; kernelapp.launch_new_instance()",
                              *command[3:])
    return list(command)
