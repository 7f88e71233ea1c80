"""Replica devices, tested on the CPU with a fake tf.config (GPU paths included)."""

import types

import pytest

import autograder.replicas
from autograder.replicas import GPU_MEMORY_MB, configure_replicas, replica_devices


class FakeConfig:
    """Just enough of tf.config to record what configure_replicas asks for."""

    def __init__(self, n_gpus=0, started=False, cpus_already=1):
        self.gpus = [types.SimpleNamespace(name=f"/physical_device:GPU:{i}") for i in range(n_gpus)]
        self.cpu = types.SimpleNamespace(name="/physical_device:CPU:0")
        self.started = started
        self.visible = list(self.gpus)
        self.logical = {}          # physical name -> list of settings
        self.growth = {}
        self.cpus_already = cpus_already
        self.experimental = types.SimpleNamespace(set_memory_growth=self._growth)
        self.LogicalDeviceConfiguration = lambda memory_limit=None: ("logical", memory_limit)

    def _refuse_when_started(self):
        if self.started:
            raise RuntimeError("Virtual devices cannot be modified after being initialized")

    def _growth(self, device, enabled):
        self._refuse_when_started()
        self.growth[device.name] = enabled

    def list_physical_devices(self, kind):
        return self.gpus if kind == "GPU" else [self.cpu]

    def get_visible_devices(self, kind):
        return self.visible if kind == "GPU" else [self.cpu]

    def set_visible_devices(self, devices, kind):
        self._refuse_when_started()
        self.visible = list(devices)

    def set_logical_device_configuration(self, device, settings):
        self._refuse_when_started()
        self.logical[device.name] = settings

    def list_logical_devices(self, kind):
        if kind == "GPU":
            names = []
            for gpu in self.visible:
                count = len(self.logical.get(gpu.name, [None]))
                names += [f"/device:GPU:{len(names) + i}" for i in range(count)]
            return [types.SimpleNamespace(name=name) for name in names]
        count = len(self.logical.get(self.cpu.name, [None] * self.cpus_already))
        return [types.SimpleNamespace(name=f"/device:CPU:{i}") for i in range(count)]


@pytest.fixture(autouse=True)
def _keep_the_process_layout(monkeypatch):
    monkeypatch.setattr(autograder.replicas, "_layout", autograder.replicas.replica_layout())


def test_the_cpu_is_split_into_two_logical_devices():
    config = FakeConfig()
    assert configure_replicas(2, config, environ={}) == "2 x CPU (CPU:0, CPU:1)"
    assert config.logical == {"/physical_device:CPU:0": [("logical", None), ("logical", None)]}
    assert replica_devices(config) == ["/device:CPU:0", "/device:CPU:1"]


def test_two_gpus_are_used_as_they_are_with_memory_growth():
    config = FakeConfig(n_gpus=3)
    assert configure_replicas(2, config, environ={}) == "2 x GPU (GPU:0, GPU:1)"
    assert [gpu.name for gpu in config.visible] == ["/physical_device:GPU:0", "/physical_device:GPU:1"]
    assert config.growth == {"/physical_device:GPU:0": True, "/physical_device:GPU:1": True}
    assert config.logical == {}


def test_one_gpu_is_split_without_memory_growth():
    config = FakeConfig(n_gpus=1)
    assert configure_replicas(2, config, environ={}) == "2 x GPU (GPU:0, GPU:1)"
    assert config.logical == {"/physical_device:GPU:0": [("logical", GPU_MEMORY_MB)] * 2}
    assert config.growth == {"/physical_device:GPU:0": False}


def test_a_grading_worker_splits_its_own_gpu():
    config = FakeConfig(n_gpus=1)              # CUDA_VISIBLE_DEVICES shows a worker its GPU only
    layout = configure_replicas(2, config, environ={"KERAS_COURSE_WORKER_INDEX": "3"})
    assert layout == "2 x GPU (GPU:0, GPU:1)"
    assert list(config.logical) == ["/physical_device:GPU:0"]


def test_a_worker_pinned_to_one_of_several_gpus_mirrors_over_cpus():
    config = FakeConfig(n_gpus=2)
    config.visible = [config.gpus[1]]          # what autograder.device gave worker 1
    layout = configure_replicas(2, config, environ={"KERAS_COURSE_WORKER_INDEX": "1"})
    assert layout == "2 x CPU (CPU:0, CPU:1)"
    assert [gpu.name for gpu in config.visible] == ["/physical_device:GPU:1"]
    assert list(config.logical) == ["/physical_device:CPU:0"]


def test_too_late_keeps_the_devices_and_says_what_to_do():
    layout = configure_replicas(2, FakeConfig(started=True), environ={})
    assert layout.startswith("1 x CPU (CPU:0); too late for 2 replicas")
    assert "Restart the kernel" in layout


def test_too_late_but_already_split_is_fine():
    assert configure_replicas(2, FakeConfig(started=True, cpus_already=2), environ={}) == "2 x CPU (CPU:0, CPU:1)"


@pytest.mark.parametrize("count", [1, 0, 2.0, True, "2"])
def test_replicas_must_be_an_integer_of_at_least_two(count):
    with pytest.raises(ValueError, match="replicas must be an integer of at least 2"):
        configure_replicas(count, FakeConfig(), environ={})
