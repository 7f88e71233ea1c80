"""A Jupyter kernel that runs inside a :class:`~autograder.sandbox.sandbox.Sandbox`.

Only the kernel is sandboxed: the notebook client (nbclient, or nbgrader's ``Execute`` inside
``Autograde``) stays outside, with the gradebook and ``source/``, and talks to the kernel over ZMQ
*IPC sockets* in a private folder bound into the sandbox (the sandbox has no network, not even the
host's loopback). The kernel's working directory is the submission's folder, its only writable
place besides the folders in ``writable``.

Interrupts are sent as ``interrupt_request`` messages: bwrap puts the kernel in a new session, out
of reach of the process-group signal jupyter_client would send. Messages larger than
``max_message_bytes`` are refused by the client's sockets, so a single huge print cannot fill the
grader's memory.

Configure it like any traitlets class, e.g. for nbgrader::

    c.Execute.kernel_manager_class = "autograder.sandbox.kernel.SandboxedKernelManager"
    c.SandboxedKernelManager.writable = ["/path/to/exports/incoming"]
    c.SandboxedKernelManager.limits = {"memory_bytes": 2 << 30, "max_processes": 256}
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import zmq
from jupyter_client.manager import AsyncKernelManager
from traitlets import Bool, Dict, Integer, List, Unicode

from autograder.sandbox.limits import Limits
from autograder.sandbox.packages import package_environment, pinned_kernel
from autograder.sandbox.policy import Policy
from autograder.sandbox.protections import as_records
from autograder.sandbox.sandbox import Sandbox


class SandboxedKernelManager(AsyncKernelManager):
    """An ``AsyncKernelManager`` whose kernel process tree lives in a sandbox."""

    writable = List(Unicode(), help="Folders the kernel may write besides its working folder.").tag(config=True)
    readonly = List(Unicode(), help="Extra paths the kernel may read.").tag(config=True)
    sandbox_env = Dict(help="Extra environment variables of the kernel.").tag(config=True)
    limits = Dict(help="Fields of autograder.sandbox.limits.Limits.").tag(config=True)
    mode = Unicode("", help="auto, off or require (default: $KERAS_COURSE_SANDBOX).").tag(config=True)
    max_message_bytes = Integer(64 * 1024 * 1024, help="Largest message accepted from the kernel.").tag(config=True)
    private_workdir = Bool(False, help="Make the working folder a size-capped private tmpfs "
                           "(Limits.workdir_bytes) with read-only views of its files.").tag(config=True)
    protections_file = Unicode("", help="Write the protection list here (JSON) when the kernel starts.").tag(config=True)

    box: Sandbox | None = None
    socket_dir: str | None = None
    last_oom_killed: bool = False
    last_protections: list = []

    async def _async_pre_start_kernel(self, **kw):
        cwd = kw.get("cwd") or os.getcwd()
        self.close_sandbox()
        self.socket_dir = tempfile.mkdtemp(prefix="kc-kernel-")
        self.transport = "ipc"
        self.ip = os.path.join(self.socket_dir, "kernel")
        self.connection_file = os.path.join(self.socket_dir, "kernel.json")
        self.context.setsockopt(zmq.MAXMSGSIZE, int(self.max_message_bytes))
        if self.kernel_spec is not None:
            self.kernel_spec.interrupt_mode = "message"
        policy = Policy(Path(cwd), writable=[Path(self.socket_dir)] + [Path(p) for p in self.writable],
                        readonly=[Path(p) for p in self.readonly],
                        env={**self.sandbox_env, **package_environment()},
                        private_workdir=self.private_workdir)
        self.box = Sandbox(policy, Limits(**self.limits), self.mode or None)
        self.box.start()
        self.last_protections = list(self.box.protections)
        if self.protections_file:
            Path(self.protections_file).write_text(json.dumps(as_records(self.box.protections)))
        kernel_cmd, kw = await super()._async_pre_start_kernel(**kw)
        kw["env"] = self.box.env(kw.get("env"))
        # the kernel process's own console chatter (not cell output, which travels over ZMQ)
        # must not reach the grader's terminal or the worker's protocol
        kw.setdefault("stdout", subprocess.DEVNULL)
        kw.setdefault("stderr", subprocess.DEVNULL)
        return kernel_cmd, kw

    def format_kernel_cmd(self, extra_arguments=None):
        """The kernel command, wrapped to start inside the sandbox, the course packages pinned first."""
        command = pinned_kernel(super().format_kernel_cmd(extra_arguments))
        return self.box.wrap(command) if self.box is not None else command

    def oom_killed(self) -> bool:
        """True when the sandbox's memory limit killed a process of the kernel."""
        if self.box is not None:
            self.last_oom_killed = self.last_oom_killed or self.box.oom_killed()
        return self.last_oom_killed

    def kill_sandbox(self) -> None:
        """SIGKILL the whole sandboxed process tree now."""
        if self.box is not None:
            self.box.kill()

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        if not restart:
            self.close_sandbox()

    def close_sandbox(self) -> None:
        """Kill what is left of the kernel's tree, remove its cgroup and socket folder."""
        if self.box is not None:
            self.oom_killed()
            self.box.close()
            self.box = None
        if self.socket_dir:
            shutil.rmtree(self.socket_dir, ignore_errors=True)
            self.socket_dir = None
