"""Helpers of the JupyterHub test (tests/hub): Unix accounts, the hub process, the student's pages."""
