"""JSON-stat 2.0 datasets, as SSB's API sends them.

Values may be dense (a list in row-major order over ``id``) or sparse (an
object from position to value); ``status`` likewise, or one string for all.
``role.time`` and ``role.metric`` name the time and measure dimensions.

>>> raw = read_jsonstat_text('''{"version": "2.0", "class": "dataset", "label": "T",
...   "id": ["år"], "size": [2], "value": [41, null], "status": {"1": ".."},
...   "dimension": {"år": {"category": {"index": ["2015", "2016"]}}}}''', "t.json")
>>> raw.data.to_dict("records")
[{'år': '2015', 'value': 41.0, 'status': ''}, {'år': '2016', 'value': nan, 'status': '..'}]
"""

from __future__ import annotations

import itertools
import json
import math

from narrate.errors import NarrateError
from narrate.load.cells import Cell, NotANumber, read_cell
from narrate.load.raw import RawTable, frame_from_cells


def read_jsonstat_text(text: str, name: str) -> RawTable:
    """Read a JSON-stat 2.0 dataset from its text."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise NarrateError(f"not valid JSON ({error.msg})", path=name, place=f"line {error.lineno}") from None
    if isinstance(document, dict) and document.get("class") == "bundle":
        raise NarrateError("a JSON-stat bundle; give one dataset", path=name)
    if not isinstance(document, dict) or document.get("class", "dataset") != "dataset":
        raise NarrateError("not a JSON-stat dataset", path=name)
    for key in ("id", "size", "dimension", "value"):
        if key not in document:
            raise NarrateError(f"the dataset has no {key!r}", path=name)
    ids, sizes, dimensions = document["id"], document["size"], document["dimension"]
    if not isinstance(ids, list) or not isinstance(sizes, list) or len(ids) != len(sizes):
        raise NarrateError("'id' and 'size' must be lists of the same length", path=name)
    labels = [_category_labels(dim, dimensions, size, name) for dim, size in zip(ids, sizes)]
    total = math.prod(sizes)
    values = _positions(document["value"], total, "value", name)
    statuses = _positions(document.get("status"), total, "status", name)
    dim_names = tuple(_dimension_name(dim, dimensions[dim]) for dim in ids)
    if len(set(dim_names)) != len(dim_names):
        dim_names = tuple(ids)
    keys, cells = [], []
    for position, key in enumerate(itertools.product(*labels)):
        keys.append(key)
        cells.append(_cell(values.get(position), statuses.get(position), name, position))
    frame, decimals = frame_from_cells(dim_names, keys, cells)
    roles = {}
    for role, names in (document.get("role") or {}).items():
        if names and names[0] in ids:
            roles[role] = dim_names[ids.index(names[0])]
    unit, unit_decimals = _unit(document, roles, ids, dim_names)
    return RawTable(
        frame,
        dim_names,
        title=str(document.get("label", "")),
        unit=unit,
        decimals=unit_decimals if unit_decimals is not None else decimals,
        roles=roles,
        source=str(document.get("source", "")),
    )


def _dimension_name(dim: str, spec: dict) -> str:
    label = spec.get("label") if isinstance(spec, dict) else None
    return str(label) if label else dim


def _category_labels(dim: str, dimensions: dict, size: int, name: str) -> list[str]:
    spec = dimensions.get(dim) if isinstance(dimensions, dict) else None
    if not isinstance(spec, dict) or not isinstance(spec.get("category"), dict):
        raise NarrateError(f"dimension {dim!r} has no category", path=name)
    category = spec["category"]
    index = category.get("index")
    names = category.get("label") or {}
    if index is None:
        order = list(names)
    elif isinstance(index, list):
        order = list(index)
    else:
        order = sorted(index, key=lambda code: index[code])
    if len(order) != size:
        raise NarrateError(f"dimension {dim!r} has {len(order)} categories but 'size' says {size}", path=name)
    return [str(names.get(code, code)) for code in order]


def _positions(values: object, total: int, key: str, name: str) -> dict[int, object]:
    if values is None:
        return {}
    if isinstance(values, str):
        return dict.fromkeys(range(total), values)
    if isinstance(values, list):
        if len(values) != total:
            raise NarrateError(f"{key!r} has {len(values)} {'entry' if len(values) == 1 else 'entries'} but the sizes give {total} cells", path=name)
        return dict(enumerate(values))
    if isinstance(values, dict):
        positions = {}
        for position, value in values.items():
            if not str(position).isdigit() or int(position) >= total:
                raise NarrateError(f"{key!r} has position {position!r} outside the {total} cells", path=name)
            positions[int(position)] = value
        return positions
    raise NarrateError(f"{key!r} must be a list or an object", path=name)


def _cell(value: object, status: object, name: str, position: int) -> Cell:
    status_text = "" if status is None else str(status).strip()
    if value is None:
        return Cell(None, status_text, 0)
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise NarrateError(f"{value!r} is not a number", path=name, place=f"value {position}")
    try:
        cell = read_cell(value, decimal=".")
    except NotANumber:
        raise NarrateError(f"{value!r} is not a number", path=name, place=f"value {position}") from None
    return Cell(cell.value, status_text or cell.status, cell.decimals)


def _unit(document: dict, roles: dict, ids: list, dim_names: tuple) -> tuple[str, int | None]:
    metric = roles.get("metric")
    if not metric:
        return "", None
    spec = document["dimension"][ids[dim_names.index(metric)]]["category"]
    units = list((spec.get("unit") or {}).values())
    bases = {str(unit.get("base", "")) for unit in units}
    if len(bases) != 1:
        return "", None
    decimals = {unit.get("decimals") for unit in units}
    return bases.pop(), decimals.pop() if len(decimals) == 1 else None
