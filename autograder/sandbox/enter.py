"""Join a sandbox's cgroups, set its resource limits, then exec the sandbox command.

Run with the standard library only (``python -I -S enter.py``), before bubblewrap, so that every
process of the sandbox starts inside its cgroup and under its limits: nothing can fork in between.

    python -I -S enter.py --cgroup /sys/fs/cgroup/.../cgroup.procs --rlimit FSIZE=67108864 \\
        --rlimit CORE=0 -- bwrap ... python -m ipykernel_launcher -f kernel.json
"""

import os
import resource
import sys


def parse(argv):
    """Split ``argv`` into (cgroup.procs files, {RLIMIT name: value}, command)."""
    procs, limits = [], {}
    index = 0
    while index < len(argv) and argv[index] != "--":
        option = argv[index]
        if option == "--cgroup":
            procs.append(argv[index + 1])
        elif option == "--rlimit":
            name, _, value = argv[index + 1].partition("=")
            limits[name] = int(value)
        else:
            raise SystemExit(f"enter.py: unknown option {option!r}")
        index += 2
    return procs, limits, argv[index + 1:]


def main(argv):
    """Join the cgroups, apply the limits and exec the command; exit 126 when that fails."""
    procs, limits, command = parse(argv)
    if not command:
        raise SystemExit("enter.py: no command after --")
    try:
        for path in procs:
            with open(path, "w") as handle:
                handle.write(str(os.getpid()))
        for name, value in limits.items():
            resource.setrlimit(getattr(resource, "RLIMIT_" + name), (value, value))
        os.execvp(command[0], command)
    except OSError as error:
        sys.stderr.write(f"sandbox: cannot start {command[0]}: {error}\n")
        return 126


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
