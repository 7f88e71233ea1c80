"""Serving the course on a shared JupyterHub: the exchange set-up and a collect that trusts no student."""
