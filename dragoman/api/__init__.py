"""REST API and web dashboard over a dragoman database."""

from dragoman.api.app import create_app

__all__ = ["create_app"]
