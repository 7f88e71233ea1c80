"""Device selection, tested on the CPU with a fake tf.config."""

import types

import pytest

from autograder.device import choose_gpu, configure_devices, worker_index


class FakeConfig:
    """Just enough of tf.config to record what configure_devices asks for."""

    def __init__(self, n_gpus, fail=False):
        self.gpus = [types.SimpleNamespace(name=f"/physical_device:GPU:{i}") for i in range(n_gpus)]
        self.visible = None
        self.growth = []
        self.fail = fail
        self.experimental = types.SimpleNamespace(set_memory_growth=self._growth)

    def list_physical_devices(self, kind):
        return self.gpus if kind == "GPU" else []

    def set_visible_devices(self, devices, kind):
        if self.fail:
            raise RuntimeError("Visible devices cannot be modified after being initialized")
        self.visible = devices

    def _growth(self, device, enabled):
        self.growth.append((device.name, enabled))


@pytest.mark.parametrize("n, index, expected", [(0, 3, None), (1, 5, 0), (4, 1, 1), (4, 6, 2)])
def test_choose_gpu(n, index, expected):
    assert choose_gpu(n, index) == expected


def test_cpu_when_no_gpu():
    assert configure_devices(FakeConfig(0), environ={}) == "CPU"


def test_one_gpu_per_worker_with_memory_growth():
    config = FakeConfig(2)
    described = configure_devices(config, environ={"KERAS_COURSE_WORKER_INDEX": "3"})
    assert described == "GPU:1 (/physical_device:GPU:1)"
    assert config.visible == [config.gpus[1]]
    assert config.growth == [("/physical_device:GPU:1", True)]


def test_already_initialised_keeps_going():
    assert configure_devices(FakeConfig(1, fail=True), environ={}).startswith("GPU:0")


def test_bad_worker_index_is_a_clear_error():
    with pytest.raises(ValueError, match="KERAS_COURSE_WORKER_INDEX must be a non-negative integer"):
        worker_index({"KERAS_COURSE_WORKER_INDEX": "two"})


def test_the_cuda_probe_is_quiet_on_a_cpu_machine_unless_asked(monkeypatch):
    import glob

    from autograder.device import quiet_cuda_probe_on_cpu

    monkeypatch.setattr(glob, "glob", lambda pattern: [])
    environ = {}
    assert quiet_cuda_probe_on_cpu(environ) and environ == {"TF_CPP_MIN_LOG_LEVEL": "3"}
    chosen = {"TF_CPP_MIN_LOG_LEVEL": "0"}
    assert not quiet_cuda_probe_on_cpu(chosen) and chosen == {"TF_CPP_MIN_LOG_LEVEL": "0"}
    monkeypatch.setattr(glob, "glob", lambda pattern: ["/dev/nvidia0"])
    gpu = {}
    assert not quiet_cuda_probe_on_cpu(gpu) and gpu == {}


def test_the_used_device_is_asked_of_tensorflow_only_once_it_is_imported(monkeypatch):
    import sys

    import autograder.device as device

    monkeypatch.setattr(device, "_configured", "GPU:0 (fake)")
    monkeypatch.setitem(sys.modules, "tensorflow", types.ModuleType("tensorflow"))
    assert device.used_device_description() == "GPU:0 (fake)"
    monkeypatch.delitem(sys.modules, "tensorflow")
    assert device.used_device_description() == "CPU"
