"""The keras-course grading package: Keras-aware checks, the grading runner and the CLI.

Importing this package is cheap and silent: TensorFlow is imported only by the modules that need it.
"""

__version__ = "0.1.0"
