"""Keras-aware checks: each returns the points earned or raises CheckFailed with a clear message.

See docs/ARCHITECTURE.md ("Public check API") for the table of checks.
"""

from autograder.checks.failure import CheckFailed
from autograder.checks.observation import Verdict, register_judge, rejudge, run_check
from autograder.checks.architecture import Layer, check_architecture
from autograder.checks.compile import check_compile
from autograder.checks.training import check_training
from autograder.checks.values import check_value
from autograder.checks.functions import check_function
from autograder.checks.metrics import check_metric
from autograder.checks.losses import check_loss
from autograder.checks.loops import (check_fit_loop, check_loss_decreases, check_train_step,
                                     check_train_step_override)
from autograder.checks.pipelines import check_dataset, check_throughput
from autograder.checks.feature_model import check_feature_model
from autograder.checks.callbacks import check_callbacks
from autograder.checks.event_files import check_event_files
from autograder.checks.keras_file import check_keras_file
from autograder.checks.layers import check_layer
from autograder.checks.exported import check_litert, check_saved_model
from autograder.checks.distributed import (check_distributed_dataset, check_distributed_fit,
                                           check_distributed_step, check_strategy_model)
