"""Resource limits on plan files, so a hostile file cannot hang or exhaust
the machine that reads it (CI runs nhaoxh on strangers' pull requests).

| limit | default | why | raise with |
|---|---|---|---|
| file size | 20 MiB | a plan listing 100.000 projects is a few MiB | `--max-file-size MiB` |
| values | 2.000.000 | scalars, lists and mappings: bounds time and memory | `--max-values N` |
| nesting | 64 levels | plans are about 5 deep; libyaml slows with the square of bracket nesting | fixed |

Aliases are refused outright, so no expansion ("billion laughs") can happen.
"""

from __future__ import annotations

from ..values import frozen

MIB = 1024 * 1024


@frozen
class Limits:
    max_bytes: int = 20 * MIB
    max_values: int = 2_000_000
    max_depth: int = 64


DEFAULT_LIMITS = Limits()
