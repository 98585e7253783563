"""`python -m dragoman.cli` runs the command line."""

from dragoman.cli.main import app

app()
