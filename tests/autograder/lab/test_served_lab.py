"""A real lab server started as keras-course lab starts it: what a browser would be given."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from served_lab import served_lab

from autograder.lab import INSTRUCTOR_EXTENSIONS

RELEASE = Path(__file__).parent / "fixtures" / "release"


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    with served_lab(RELEASE, tmp_path_factory.mktemp("lab")) as served:
        yield served


def test_lab_page_carries_the_disabled_instructor_plugins(lab):
    request = urllib.request.Request(lab.address("lab"))
    with urllib.request.urlopen(request, timeout=30) as response:
        html = response.read().decode()
    data = json.loads(re.search(r'<script id="jupyter-config-data" type="application/json">(.*?)</script>',
                                html, re.S).group(1))
    assert set(INSTRUCTOR_EXTENSIONS) <= set(data["disabledExtensions"])
    assert "@jupyterlab/apputils-extension:announcements" in data["disabledExtensions"]  # no news pop-up
    assert "@jupyter/nbgrader" in [extension["name"] for extension in data["federated_extensions"]]


def test_assignment_list_shows_the_chapter_as_downloaded(lab):
    listing = lab.get_json("assignments?course_id=keras-course")
    assert listing["success"] is True
    assert [(a["assignment_id"], a["status"], a["path"]) for a in listing["value"]] == [
        ("ch00_fixture", "fetched", "ch00_fixture")]


def test_formgrader_is_not_served(lab):
    with pytest.raises(urllib.error.HTTPError) as error:
        lab.get_json("formgrader")
    assert error.value.code == 404
