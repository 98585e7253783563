"""Measuring dragoman: gold-set scoring (`dragoman eval`) and component benchmarks (`dragoman bench`)."""
