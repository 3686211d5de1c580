#!/usr/bin/env python3
"""The asyncio sleepers benchmark (../../shared/bench/asyncio_sleepers.py), the same program,
on uvloop's event loop (python3-uvloop) instead of asyncio's own. Prints one JSON line.
Usage: sleepers.py PATH/TO/asyncio_sleepers.py COUNT [SECONDS]
"""
import asyncio
import importlib.util
import json
import sys

import uvloop


def load(path):
    spec = importlib.util.spec_from_file_location("asyncio_sleepers", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    sleepers = load(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    uvloop.install()
    result = asyncio.run(sleepers.main(count, seconds))
    result["impl"] = "python-uvloop"
    print(json.dumps(result))
