"""Source adapters, one module per source, all registered under their key on import."""

from . import cbs_kwb, ggd, municipal_file, police  # noqa: F401  (modules register themselves)
from .registry import Adapter, Parsed, SourceContext, adapter_get, adapter_list

__all__ = ["Adapter", "Parsed", "SourceContext", "adapter_get", "adapter_list"]
