"""Benchmarks: scripts that print figures, never timed tests. `python -m benchmarks` runs all."""
