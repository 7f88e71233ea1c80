"""python -m course.datasets.build: its command line (--help, DIR, --check) and a byte-exact rebuild."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

from course.datasets import storage
from course.datasets.build import main


def test_help_exits_0_and_writes_nothing(tmp_path):
    result = subprocess.run([sys.executable, "-m", "course.datasets.build", "--help"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: python -m course.datasets.build [-h] [--check] [DIR]")
    assert list(tmp_path.iterdir()) == []


def test_build_into_a_folder_reproduces_the_shipped_checksums(tmp_path, capsys):
    shipped = storage.read_manifest()
    assert main([str(tmp_path / "data")]) == 0
    built = {path.name: hashlib.sha256(path.read_bytes()).hexdigest()
             for path in (tmp_path / "data").iterdir() if path.suffix == ".npz"}
    assert built == shipped
    assert json.loads((tmp_path / "data" / "MANIFEST.json").read_text()) == shipped
    assert len(capsys.readouterr().out.splitlines()) == len(shipped)


def test_check_passes_on_the_shipped_folder(capsys):
    assert main(["--check"]) == 0
    assert "6 files match MANIFEST.json and a rebuild" in capsys.readouterr().out


def test_check_names_what_differs_and_writes_nothing(tmp_path, capsys):
    main([str(tmp_path)])
    capsys.readouterr()
    (tmp_path / "shapes.npz").write_bytes(b"not an npz")
    (tmp_path / "regression.npz").unlink()
    manifest = json.loads((tmp_path / "MANIFEST.json").read_text())
    manifest["fizzbuzz.npz"] = "0" * 64
    manifest["old.npz"] = "1" * 64
    (tmp_path / "MANIFEST.json").write_text(json.dumps(manifest))
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}

    assert main(["--check", str(tmp_path)]) == 1

    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "old.npz: listed in MANIFEST.json but no dataset builds it"
    assert lines[1].startswith("fizzbuzz.npz: rebuilt sha256 145052b37f381402..., MANIFEST.json lists 0000")
    assert sorted(lines[2:4]) == [f"regression.npz: missing from {tmp_path}",
                                  "shapes.npz: the file differs from the rebuild"]
    assert lines[4:] == [f"regenerate with: python -m course.datasets.build {tmp_path}"]
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before
