"""The project's configuration files (extraction settings, source registries): YAML or
JSON read with one readable line for every way it can go wrong."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


class ConfigFileError(ValueError):
    """A configuration file that cannot be read or parsed; the message says which and why."""


def read_config_file(path: str | os.PathLike, what: str) -> Any:
    """The parsed content of a YAML file (JSON when it ends in .json); ``what`` names the
    file's role in error messages ("source registry", "settings file")."""
    import yaml

    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigFileError(f"{p}: cannot read {what}: {getattr(e, 'strerror', None) or e}") from None
    is_json = p.suffix.lower() == ".json"
    try:
        return json.loads(text) if is_json else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as e:
        raise ConfigFileError(f"{p}: not valid {'JSON' if is_json else 'YAML'}: {e}") from None
