"""Exports are read as data only: links, pickles, bad JSON and odd names are refused."""

import json

import numpy as np
import pytest

from autograder.verdict.exports import MalformedExport, read_cell_exports, read_export


def write(folder, name="0000-check_x.json", payload=None):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(payload if payload is not None else
                               {"check": "check_x", "points": 1, "observation": {"v": 1}}))
    return path


def test_a_good_export_reads_back(tmp_path):
    path = write(tmp_path)
    np.savez(path.with_suffix(".npz"), a0=np.arange(3))
    path.write_text(json.dumps({"check": "check_x", "points": 1, "observation": {"v": {"__npz__": "a0"}}}))
    export = read_export(path)
    assert export.check == "check_x" and export.observation["v"].tolist() == [0, 1, 2]


def test_a_link_is_refused(tmp_path):
    tmp_path.joinpath("cells").mkdir()
    (tmp_path / "cells" / "0000-check_x.json").symlink_to("/etc/passwd")
    with pytest.raises(MalformedExport, match="not a regular file"):
        read_cell_exports(tmp_path / "cells")


def test_a_linked_folder_is_refused(tmp_path):
    write(tmp_path / "real")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    with pytest.raises(MalformedExport, match="not a folder"):
        read_cell_exports(tmp_path / "link")


def test_pickled_arrays_are_refused(tmp_path):
    path = write(tmp_path, payload={"check": "check_x", "points": 1, "observation": {"v": {"__npz__": "a0"}}})
    np.savez(path.with_suffix(".npz"), a0=np.array([object(), 1], dtype=object))
    with pytest.raises(MalformedExport, match="pickles"):
        read_export(path)


@pytest.mark.parametrize("payload, reason", [
    ("{not json", "not valid JSON"),
    ([1, 2], "JSON object"),
    ({"check": "check_y", "points": 1, "observation": {}}, "names the check"),
    ({"check": "check_x", "points": "all", "observation": {}}, "number of points"),
    ({"check": "check_x", "points": 1, "observation": {"v": {"__npz__": "zz"}}}, "missing array"),
])
def test_malformed_payloads_are_refused(tmp_path, payload, reason):
    path = tmp_path / "0000-check_x.json"
    path.write_text(payload if isinstance(payload, str) else json.dumps(payload))
    with pytest.raises(MalformedExport, match=reason):
        read_export(path)


def test_an_unexpected_name_is_refused(tmp_path):
    path = write(tmp_path, name="0000-check_x;rm.json")
    with pytest.raises(MalformedExport, match="unexpected file name"):
        read_export(path)


def test_an_empty_or_missing_folder_means_no_export(tmp_path):
    with pytest.raises(MalformedExport, match="no export"):
        read_cell_exports(tmp_path / "absent")
    (tmp_path / "empty").mkdir()
    with pytest.raises(MalformedExport, match="no export"):
        read_cell_exports(tmp_path / "empty")
