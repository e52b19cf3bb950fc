"""The project's configuration files (extraction settings, source registries): YAML or
JSON read with one readable line for every way it can go wrong."""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

MAX_CONFIG_BYTES = 4 * 1024 * 1024  # far beyond any real registry or settings file
MAX_CONFIG_DEPTH = 64  # a real registry nests 4 levels; deeper breaks the recursive readers after us


class ConfigFileError(ValueError):
    """A configuration file that cannot be read or parsed; the message says which and why."""


def read_config_file(path: str | os.PathLike, what: str) -> Any:
    """The parsed content of a YAML file (JSON when it ends in .json); ``what`` names the
    file's role in error messages ("source registry", "settings file")."""
    import yaml

    p = Path(path)
    try:
        # a FIFO or a device given as the file would block or never end: regular files only
        info = p.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ConfigFileError(f"{p}: cannot read {what}: not a regular file")
        if info.st_size > MAX_CONFIG_BYTES:
            raise ConfigFileError(f"{p}: cannot read {what}: larger than {MAX_CONFIG_BYTES // 1024 ** 2} MiB")
        raw = p.read_bytes()
    except OSError as e:
        raise ConfigFileError(f"{p}: cannot read {what}: {e.strerror or e}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        raise ConfigFileError(f"{p}: cannot read {what}: not UTF-8 text (byte 0x{raw[e.start]:02x} on line "
                              f"{line}); save it as UTF-8") from None
    is_json = p.suffix.lower() == ".json"
    # libyaml's safe loader where PyYAML was built with it: the pure-Python scanner is
    # quadratic on deep flow nesting (a 3 KB "[[[…" took 7–19 s to refuse).
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = json.loads(text) if is_json else yaml.load(text, Loader=loader)
    except (ValueError, yaml.YAMLError) as e:
        reason = " ".join(str(e).split())  # one line: YAML errors span several
        raise ConfigFileError(f"{p}: not valid {'JSON' if is_json else 'YAML'}: {reason}") from None
    except RecursionError:
        raise ConfigFileError(f"{p}: not valid {'JSON' if is_json else 'YAML'}: nested too deeply") from None
    if _depth_exceeds(data, MAX_CONFIG_DEPTH):
        raise ConfigFileError(f"{p}: not valid {'JSON' if is_json else 'YAML'}: nested too deeply "
                              f"(more than {MAX_CONFIG_DEPTH} levels)")
    return data


def _depth_exceeds(data: Any, limit: int) -> bool:
    """Whether lists/dicts nest deeper than limit (iterative: the data may be 20,000 deep)."""
    stack = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, (list, dict)):
            if depth > limit:
                return True
            stack.extend((v, depth + 1) for v in (node.values() if isinstance(node, dict) else node))
    return False
