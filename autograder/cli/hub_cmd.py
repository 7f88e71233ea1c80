"""``keras-course hub-exchange``: the course's nbgrader exchange and system-wide config on a shared hub."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("hub-exchange")
@click.option("--root", type=click.Path(path_type=Path, file_okay=False), default="/srv/nbgrader/exchange",
              show_default=True, help="The exchange root (made 1777).")
@click.option("--instructor", required=True, metavar="USER", help="The Unix user who releases, collects and grades.")
@click.option("--config-dir", type=click.Path(path_type=Path, file_okay=False), default="/etc/jupyter",
              show_default=True, help="A folder on every user's Jupyter config path.")
@click.option("--course", "course_id", default="keras-course", show_default=True, help="The nbgrader course id.")
def hub_exchange(root: Path, instructor: str, config_dir: Path, course_id: str) -> int:
    """Create the exchange (owned by the instructor) and the system-wide nbgrader config; run as root."""
    from autograder.hub.exchange_setup import set_up_exchange

    for path in set_up_exchange(root, course_id, instructor, config_dir):
        click.echo(str(path))
    return 0
