"""show_tensorboard: %tensorboard only in an interactive JupyterLab kernel, never in a run by a machine."""

from course.tensorboard_view import interactive_session, show_tensorboard


class Kernel:
    """An IPython kernel's shell: records the magics it is asked to run."""

    kernel = object()

    def __init__(self):
        self.magics = []

    def run_line_magic(self, name, line):
        self.magics.append((name, line))


LAB = {"JPY_SESSION_NAME": "/home/student/ch06_training_in_practice.ipynb"}


def test_in_jupyterlab_it_loads_the_extension_and_shows_the_folder():
    shell = Kernel()
    assert show_tensorboard("logs/my run", environ=LAB, shell=shell) is True
    assert shell.magics == [("load_ext", "tensorboard"), ("tensorboard", "--logdir 'logs/my run'")]


def test_nbclient_kernels_nbval_and_plain_python_only_print_the_command(capsys):
    shell = Kernel()
    assert show_tensorboard("logs", environ={}, shell=shell) is False          # nbgrader, nbval
    assert show_tensorboard("logs", environ=LAB, shell=None) is False          # no IPython kernel
    assert shell.magics == []
    assert "tensorboard --logdir logs" in capsys.readouterr().out


def test_a_grading_run_never_starts_it_even_from_a_lab_session():
    for variable in ("KERAS_COURSE_RUN", "KERAS_COURSE_EXPORT_DIR"):
        assert not interactive_session({**LAB, variable: "x"}, Kernel())
    assert interactive_session(LAB, Kernel())
