"""Høring: log, assess and report the responses to a municipal public consultation."""

__version__ = "0.1.0"
