"""The suite's xdist scheduling: costliest groups first, the controller keeping that order."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import xdist_groups
from xdist_groups import group_seconds, longest_groups_first, pytest_configure


class FakeItem:
    """Just what the ordering reads of a collected test: node id and ``xdist_group`` marks."""

    def __init__(self, nodeid: str, group: str | None = None):
        self.nodeid = nodeid
        self.marks = [pytest.mark.xdist_group(group).mark] if group else []

    def iter_markers(self, name):
        return iter(self.marks if name == "xdist_group" else [])

    def __repr__(self):
        return self.nodeid


def test_costliest_group_first_order_kept_within_a_group_short_ungrouped_tests_last(monkeypatch):
    monkeypatch.setattr(xdist_groups, "GROUP_SECONDS", {"small": 10.0, "big": 500.0})
    monkeypatch.setattr(xdist_groups, "TEST_SECONDS", {"t.py::long_alone": 80.0})
    items = [FakeItem("t.py::a1", "small"), FakeItem("t.py::quick"), FakeItem("t.py::b1", "big"),
             FakeItem("t.py::long_alone[x]"), FakeItem("t.py::a2", "small"), FakeItem("t.py::b2", "big")]
    ordered = [item.nodeid for item in longest_groups_first(items)]
    assert ordered == ["t.py::b1", "t.py::b2", "t.py::long_alone[x]", "t.py::a1", "t.py::a2", "t.py::quick"]


def test_a_group_nobody_measured_takes_the_estimate_of_its_kind(monkeypatch):
    monkeypatch.setattr(xdist_groups, "GROUP_SECONDS", {})
    assert group_seconds("keras-course-grade-ch09_new") == xdist_groups.KIND_SECONDS["keras-course-grade-"]
    assert group_seconds("corpus_ch09_new") == xdist_groups.KIND_SECONDS["corpus_"]
    assert group_seconds("something_else") == xdist_groups.DEFAULT_GROUP_SECONDS


@pytest.mark.parametrize("dist, reorder", [("load", False), ("loadgroup", False), ("no", True)])
def test_the_controller_keeps_the_collected_order_under_loadgroup(dist, reorder):
    config = SimpleNamespace(option=SimpleNamespace(dist=dist, loadscopereorder=True))
    pytest_configure(config)
    assert config.option.loadscopereorder is reorder
    assert config.option.dist == ("loadgroup" if dist in ("load", "loadgroup") else "no")
