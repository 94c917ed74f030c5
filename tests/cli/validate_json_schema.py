#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates a JSON document against a JSON Schema (draft 2020-12) with python3-jsonschema.

Usage: validate_json_schema.py SCHEMA INSTANCE. Exit 0 when valid; 1 with the errors (path: message) when
not; 2 when the validator cannot run (jsonschema missing: scripts/packages.txt installs python3-jsonschema).
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(2)

with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
with open(sys.argv[2], encoding="utf-8") as f:
    instance = json.load(f)
validator = jsonschema.Draft202012Validator(schema)
validator.check_schema(schema)
errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
for error in errors[:20]:
    print("/".join(str(p) for p in error.absolute_path) + ": " + error.message)
sys.exit(1 if errors else 0)
