"""Helpers of the browser test: Debian Chromium, the JupyterLab page, the student's course."""
