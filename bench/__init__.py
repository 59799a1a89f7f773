"""Benchmarks on generated large maps; `make bench` runs them all and prints tables."""
