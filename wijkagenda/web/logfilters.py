"""Logging filters."""

import logging


class QuietLibraries(logging.Filter):
    """Drop INFO chatter that libraries log on the root logger (cbsodata logs every setting)."""

    LIBRARY_FILES = ("cbsodata3.py",)

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or not record.pathname.endswith(self.LIBRARY_FILES)
