"""`python -m dragoman` runs the command line."""

from dragoman.cli.main import app

app()
