"""JSON text of the trace's values, written by hand for the types the trace's events hold (a
line is formatted some ten times faster than by ``json.JSONEncoder.encode``, which builds an
encoder for each call). The text is the encoder's own, byte for byte: compact separators, strings
as ``ensure_ascii=False`` writes them (``json.encoder.encode_basestring``), numbers as their
``repr``, a float that is not finite as ``null`` (JSON has no infinity:
``asyncio.sleep(math.inf)``); any other type goes to the encoder, which writes what it cannot
encode as its ``repr``."""

import json
import math
from json.encoder import encode_basestring as string

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=repr,
                            allow_nan=False)

__all__ = ["fields", "string", "value"]


def value(thing):
    """The JSON text of ``thing``."""
    kind = type(thing)
    if kind is str:
        return string(thing)
    if kind is int:
        return repr(thing)
    if thing is None:
        return "null"
    if kind is float:
        return repr(thing) if thing - thing == 0 else "null"
    if kind is bool:
        return "true" if thing else "false"
    if kind is list or kind is tuple:
        return "[" + ",".join(map(value, thing)) + "]"
    if kind is dict:
        try:
            return "{" + fields(thing) + "}"
        except TypeError:  # a key that is not a string
            pass
    return _encoded(thing)


def fields(mapping):
    """The members of a JSON object (without its braces) for a dict with string keys."""
    members = []
    for key, inner in mapping.items():
        members.append((_KEYS.get(key) or _key(key)) + value(inner))
    return ",".join(members)


_KEYS = {}  # a key the trace's events use -> its JSON text and the colon


def _key(key):
    text = string(key) + ":"  # (TypeError when the key is not a string)
    if len(_KEYS) < 1024:
        _KEYS[key] = text
    return text


def _encoded(thing):
    try:
        return _ENCODER.encode(thing)
    except ValueError:  # a float that is not finite, inside a type of its own
        return _ENCODER.encode(_finite(thing))


def _finite(thing):
    if isinstance(thing, float) and not math.isfinite(thing):
        return None
    if isinstance(thing, dict):
        return {key: _finite(inner) for key, inner in thing.items()}
    if isinstance(thing, (list, tuple)):
        return [_finite(inner) for inner in thing]
    return thing
