"""Engine selection: native where `cryptography` imports, the browser engine under Pyodide."""

from .base import Engine

_current: Engine | None = None


def get_engine() -> Engine:
    global _current
    if _current is None:
        try:
            from .native import NativeEngine
        except ImportError:
            from .browser import BrowserEngine  # only present under Pyodide
            _current = BrowserEngine()
        else:
            _current = NativeEngine()
    return _current


def set_engine(engine: Engine) -> None:
    global _current
    _current = engine


__all__ = ["Engine", "get_engine", "set_engine"]
