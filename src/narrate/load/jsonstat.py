"""JSON-stat datasets, as SSB's APIs send them: 2.0 (PxWebApi), and 1.x
(SSB's older dataset API: a bundle ``{"dataset": {...}}`` whose ``id``,
``size`` and ``role`` stand inside ``dimension``).

Values may be dense (a list in row-major order over ``id``) or sparse (an
object from position to value); ``status`` likewise, or one string for all.
``role.time`` and ``role.metric`` name the time and measure dimensions; the
metric's categories may each have a ``unit`` (``base``, ``decimals``),
which every cell of that measure carries.

>>> raw = read_jsonstat_text('''{"version": "2.0", "class": "dataset", "label": "T",
...   "id": ["år"], "size": [2], "value": [41, null], "status": {"1": ".."},
...   "dimension": {"år": {"category": {"index": ["2015", "2016"]}}}}''', "t.json")
>>> raw.data.to_dict("records")
[{'år': '2015', 'value': 41.0, 'status': '', 'decimals': 0}, {'år': '2016', 'value': nan, 'status': '..', 'decimals': 0}]
"""

from __future__ import annotations

import itertools
import json
import math

from narrate.errors import NarrateError
from narrate.load.cells import Cell, NotANumber, read_cell, shown
from narrate.load.raw import RawTable, frame_from_cells


def read_jsonstat_text(text: str, name: str) -> RawTable:
    """Read a JSON-stat 2.0 dataset from its text."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise NarrateError(f"not valid JSON ({error.msg})", path=name, place=f"line {error.lineno}") from None
    except RecursionError:
        raise NarrateError("not a JSON-stat dataset: nested deeper than any dataset is", path=name) from None
    except ValueError as error:
        raise NarrateError(f"not valid JSON ({error})", path=name) from None
    document = _dataset(document, name)
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
        if isinstance(names, list) and names and names[0] in ids:
            roles[role] = dim_names[ids.index(names[0])]
    _add_measure_units(frame, document, roles, ids, dim_names)
    return RawTable(
        frame,
        dim_names,
        title=str(document.get("label", "")),
        decimals=decimals,
        roles=roles,
        source=str(document.get("source", "")),
    )


def _dataset(document: object, name: str) -> dict:
    """The one dataset of a document: a 2.0 dataset as it is, a 1.x bundle's
    only dataset with ``id``, ``size`` and ``role`` lifted out of
    ``dimension``.

    >>> _dataset({"dataset": {"dimension": {"id": ["år"], "size": [1], "år": {}}, "value": [1]}}, "t.json")["id"]
    ['år']
    """
    if not isinstance(document, dict):
        raise NarrateError("not a JSON-stat dataset", path=name)
    if document.get("class") == "bundle":
        raise NarrateError("a JSON-stat bundle; give one dataset", path=name)
    if "class" not in document and "version" not in document and "dimension" not in document:
        datasets = {key: value for key, value in document.items() if isinstance(value, dict) and "dimension" in value}
        if len(datasets) != 1 or len(datasets) != len(document):
            names = ", ".join(datasets) or "none"
            raise NarrateError(f"not a JSON-stat dataset, nor a bundle of one (datasets: {names})", path=name)
        document = next(iter(datasets.values()))
    if document.get("class", "dataset") != "dataset":
        raise NarrateError("not a JSON-stat dataset", path=name)
    dimension = document.get("dimension")
    if isinstance(dimension, dict) and "id" not in document and "id" in dimension:
        lifted = {key: dimension[key] for key in ("id", "size", "role") if key in dimension}
        document = {**document, **lifted, "dimension": {k: v for k, v in dimension.items() if k not in lifted}}
    return document


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
        raise NarrateError(f"{shown(value)} is not a number", path=name, place=f"value {position}")
    try:
        cell = read_cell(value, decimal=".")
    except NotANumber:
        raise NarrateError(f"{shown(value)} is not a number", path=name, place=f"value {position}") from None
    return Cell(cell.value, status_text or cell.status, cell.decimals)


def _add_measure_units(frame, document: dict, roles: dict, ids: list, dim_names: tuple) -> None:
    """Give each cell its measure's unit (``unit``) and, where every measure
    says it, its decimals (``decimals``), from the metric's categories."""
    metric = roles.get("metric")
    if not metric:
        return
    category = document["dimension"][ids[dim_names.index(metric)]]["category"]
    units = category.get("unit") or {}
    names = category.get("label") or {}
    if not isinstance(units, dict) or not units:
        return
    by_label = {str(names.get(code, code)): spec for code, spec in units.items() if isinstance(spec, dict)}
    labels = frame[metric]
    frame["unit"] = labels.map(lambda label: str(by_label.get(label, {}).get("base", "")))
    decimals = {label: spec.get("decimals") for label, spec in by_label.items()}
    if decimals and all(isinstance(value, int) and not isinstance(value, bool) for value in decimals.values()):
        frame["decimals"] = labels.map(decimals).fillna(0).astype(int)
