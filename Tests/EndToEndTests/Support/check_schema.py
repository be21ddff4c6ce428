"""Validates inventories against the generated JSON Schema as an editor would see them.

Usage: check_schema.py SCHEMA FILE... ; prints one line per file, "ok" or "invalid: reason",
and exits 0. YAML is read with the YAML 1.2 core schema (what yaml-language-server uses):
true/false are booleans, decimal numbers are numbers, null/~/empty are null, and everything
else (yes/no, dates, 012345) stays a string. JSON files are read as JSON.
"""
import json
import re
import sys

import yaml
from jsonschema import Draft202012Validator


class CoreLoader(yaml.BaseLoader):
    pass


def _scalar(loader, node):
    text = node.value
    if node.style:  # quoted scalars stay strings
        return text
    if re.fullmatch(r"true|True|TRUE", text):
        return True
    if re.fullmatch(r"false|False|FALSE", text):
        return False
    if re.fullmatch(r"~|null|Null|NULL|", text):
        return None
    if re.fullmatch(r"[-+]?[0-9]+", text):
        return int(text, 10)
    if re.fullmatch(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?", text):
        return float(text)
    return text


CoreLoader.add_constructor("tag:yaml.org,2002:str", _scalar)


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    for path in sys.argv[2:]:
        text = open(path, encoding="utf-8").read()
        document = json.loads(text) if path.endswith(".json") else yaml.load(text, Loader=CoreLoader)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        if errors:
            e = errors[0]
            print(f"{path}: invalid: {'/'.join(map(str, e.path))}: {e.message[:200]}")
        else:
            print(f"{path}: ok")


main()
