"""banmian: recovers the articles of a Chinese newspaper page from the broken
text that PDF extractors and OCR produce.

A small ctypes binding over the C ABI (include/banmian/banmian.h)::

    import banmian
    tree = banmian.recover(open("page.txt", encoding="utf-8").read())
    for article in tree["articles"]:
        print(article["headline"]["title"])

    engine = banmian.Engine(join_continuations=False)  # reuse; thread-safe
    tree = engine.recover(b"...", input_format="blocks-json")

The tree is a dict shaped as docs/article-tree.md describes. Errors raise
banmian.Error with the library's message (which names the offending byte
offset or JSON position) and its code.

The shared library is looked up, first match wins:
  1. the path in the environment variable BANMIAN_LIBRARY;
  2. libbanmian.so* beside this file (an installed or bundled package);
  3. build*/libbanmian.so* in a directory above this file (a source checkout
     after `cmake -B build && cmake --build build`);
  4. the system's library search path (libbanmian.so.0).
"""

import ctypes
import json
import os
import pathlib
import threading

__all__ = ["Engine", "Error", "recover", "version", "library_path",
           "INVALID_INPUT", "TOO_LARGE", "INVALID_OPTIONS", "IO_ERROR",
           "UNAVAILABLE", "INTERNAL"]

# Return codes of the C ABI (BM_E* in banmian.h).
INVALID_INPUT = -1
TOO_LARGE = -2
INVALID_OPTIONS = -3
IO_ERROR = -4
UNAVAILABLE = -5
INTERNAL = -6

_CODE_NAMES = {
    INVALID_INPUT: "invalid_input",
    TOO_LARGE: "too_large",
    INVALID_OPTIONS: "invalid_options",
    IO_ERROR: "io_error",
    UNAVAILABLE: "unavailable",
    INTERNAL: "internal",
}


class Error(Exception):
    """An error reported by the library: a message and a negative code."""

    def __init__(self, message, code):
        super().__init__(message)
        self.message = message
        self.code = code

    @property
    def code_name(self):
        """Returns the stable name of the code ("invalid_input", ...)."""
        return _CODE_NAMES.get(self.code, "unknown")

    def __str__(self):
        return f"{self.code_name}: {self.message}"


class _EngineStruct(ctypes.Structure):
    pass


_EnginePtr = ctypes.POINTER(_EngineStruct)


def _candidates():
    env = os.environ.get("BANMIAN_LIBRARY")
    if env:
        yield pathlib.Path(env)
        return
    here = pathlib.Path(__file__).resolve().parent
    yield from sorted(here.glob("libbanmian.so*"))
    for directory in here.parents:
        for build in sorted(directory.glob("build*")):
            library = build / "libbanmian.so"
            if build.is_dir() and library.exists():
                yield library
    yield pathlib.Path("libbanmian.so.0")


def _load():
    errors = []
    for candidate in _candidates():
        try:
            # A bare name goes to the dynamic loader's search path.
            name = str(candidate) if candidate.is_absolute() or os.sep in str(candidate) \
                else candidate.name
            library = ctypes.CDLL(name)
        except OSError as e:
            errors.append(f"{candidate}: {e}")
            continue
        _declare(library)
        return library, name
    raise ImportError(
        "banmian: cannot load libbanmian.so; build it (cmake -B build && "
        "cmake --build build) or set BANMIAN_LIBRARY to its path. Tried:\n  "
        + "\n  ".join(errors))


def _declare(library):
    library.bm_engine_new.argtypes = [ctypes.c_char_p, ctypes.POINTER(_EnginePtr)]
    library.bm_engine_new.restype = ctypes.c_int
    library.bm_engine_free.argtypes = [_EnginePtr]
    library.bm_engine_free.restype = None
    # out_json is a char** (not c_char_p) so that the pointer itself comes
    # back and can be given to bm_string_free.
    library.bm_recover.argtypes = [
        _EnginePtr, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p,
        ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_size_t)]
    library.bm_recover.restype = ctypes.c_int
    library.bm_string_free.argtypes = [ctypes.c_void_p]
    library.bm_string_free.restype = None
    library.bm_last_error.argtypes = []
    library.bm_last_error.restype = ctypes.c_char_p
    library.bm_version.argtypes = []
    library.bm_version.restype = ctypes.c_char_p


_lib, library_path = _load()


def version():
    """Returns the version of the loaded library, e.g. "0.1.0"."""
    return _lib.bm_version().decode("utf-8")


def _raise(code):
    # bm_last_error is per thread and read on the thread that failed.
    message = (_lib.bm_last_error() or b"").decode("utf-8", errors="replace")
    raise Error(message, code)


def _options_json(options):
    for key, value in options.items():
        if isinstance(value, os.PathLike):
            options[key] = os.fspath(value)
    return json.dumps(options).encode("utf-8")


class Engine:
    """A recovery engine: the options and the loaded lexicon, built once.

    Keyword arguments are the fields of banmian::Options (max_input_bytes,
    fold_width, map_radicals, join_continuations, remove_duplicates,
    attach_captions, join_threshold, duplicate_threshold, lexicon_path,
    pdftotext_path, ...); unknown names raise Error.

    An Engine is immutable and safe for concurrent use by multiple threads.
    """

    def __init__(self, **options):
        handle = _EnginePtr()
        code = _lib.bm_engine_new(_options_json(options) if options else None,
                                  ctypes.byref(handle))
        if code != 0:
            _raise(code)
        self._handle = handle
        self._free = _lib.bm_engine_free  # kept for interpreter shutdown

    def recover(self, text, input_format="text"):
        """Recovers the article tree of one page and returns it as a dict.

        text is a str or UTF-8 bytes; input_format is "text", "blocks-json",
        "pdftotext-bbox" or "auto".
        """
        if isinstance(text, str):
            # surrogatepass keeps lone surrogates as bytes the library then
            # reports as invalid UTF-8, instead of failing here.
            data = text.encode("utf-8", errors="surrogatepass")
        elif isinstance(text, (bytes, bytearray, memoryview)):
            data = bytes(text)
        else:
            raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
        if self._handle is None:
            raise ValueError("the engine is closed")
        out = ctypes.c_void_p()
        out_len = ctypes.c_size_t()
        code = _lib.bm_recover(self._handle, data, len(data),
                               input_format.encode("utf-8") if input_format else None,
                               ctypes.byref(out), ctypes.byref(out_len))
        if code != 0:
            _raise(code)
        try:
            result = ctypes.string_at(out.value, out_len.value)
        finally:
            _lib.bm_string_free(out)
        return json.loads(result.decode("utf-8"))

    def close(self):
        """Releases the engine now rather than when it is collected."""
        handle, self._handle = getattr(self, "_handle", None), None
        if handle:
            self._free(handle)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()


_default_engine = None
_default_engine_lock = threading.Lock()


def _engine_for(options):
    global _default_engine
    if options:
        return Engine(**options)
    with _default_engine_lock:
        if _default_engine is None:
            _default_engine = Engine()
        return _default_engine


def recover(text, input_format="text", **options):
    """Recovers the article tree of one page and returns it as a dict.

    Keyword options are those of Engine. Without options a shared default
    engine is reused; with options a new engine is built for this call (build
    an Engine yourself to reuse it).
    """
    return _engine_for(options).recover(text, input_format)
