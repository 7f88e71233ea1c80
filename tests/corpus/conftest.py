"""The corpus tests share one :class:`corpus_harness.ChapterKernel` per chapter on the worker that runs them.

Each answer's test carries its chapter's ``xdist_group`` (``corpus_<chapter>``), so with
``--dist loadgroup`` one worker grades a whole chapter in one kernel; ``chapter_kernel`` keeps one
chapter's kernel at a time (a worker given a second chapter closes the first).
"""

from __future__ import annotations

import pytest
from corpus_harness import ChapterKernel


class KernelPool:
    """The current chapter's kernel, started on first use; a failed start is remembered."""

    def __init__(self, factory):
        self.factory = factory
        self.kernel: ChapterKernel | None = None
        self.failures: dict[str, str] = {}

    def get(self, chapter: str) -> ChapterKernel:
        """The started kernel of ``chapter`` (fails the test when its instructor run failed)."""
        if chapter in self.failures:
            pytest.fail(self.failures[chapter], pytrace=False)
        if self.kernel is not None and self.kernel.chapter != chapter:
            self.close()
        if self.kernel is None:
            kernel = ChapterKernel(chapter, self.factory.mktemp(f"corpus-{chapter}"))
            try:
                kernel.start()
            except Exception as error:
                kernel.close()
                self.failures[chapter] = f"{chapter}: the corpus kernel did not start: {error}"
                pytest.fail(self.failures[chapter], pytrace=False)
            self.kernel = kernel
        return self.kernel

    def close(self) -> None:
        """Shut the current kernel down."""
        if self.kernel is not None:
            self.kernel.close()
            self.kernel = None


@pytest.fixture(scope="session")
def chapter_kernel(tmp_path_factory):
    """``chapter_kernel(chapter)``: that chapter's kernel with the instructor's notebook run."""
    pool = KernelPool(tmp_path_factory)
    yield pool.get
    pool.close()
