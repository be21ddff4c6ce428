"""Writes mutated copies of a folder of portfolio shards, for the shard fuzz test.

usage: mutate_shards.py SHARED OUT_FOLDER CASES SEED

Each copy, OUT_FOLDER/case-N/, holds SHARED's files as hard links except the shard files, which
are rewritten with one to three fields set to a random value, of the field's type or not (a text where a
number belongs, huge numbers, `javascript:` and `data:` links, paths out of the folder, control
characters, nested junk), a field deleted or an entry duplicated; one copy in eight also has a
shard file truncated at a random byte, and one in twenty has one removed. The seed fixes every
choice, so a failing case repeats.
"""

import copy
import glob
import json
import os
import random
import shutil
import sys

VALUES = [
    None, True, 0, 1, -1, 2**63 - 1, -(2**63), 2**64, 10**400, 0.5, -0.0, 1e308, -1e308, 101,
    100.0000001, "", "green", "amber", "red", "purple", "javascript:alert(document.domain)//",
    " JavaScript:alert(1)", "jav\tascript:alert(1)", "data:text/html,<script>alert(1)</script>",
    "//evil.example/x", "https://example.com/", "../../etc/passwd", "/etc/passwd",
    "minimal/2026-03-02/report.html", "minimal", "..", ".", "2026-02-30", "9999-12-31",
    "x" * 10_000, "\x00\x1b[31m\u202e<script>&'\"", "é😀", [], {}, [[[[[]]]]], {"a": {"b": [1]}},
]


def paths(node, prefix=()):
    """Every (container, key) inside node, the leaves and the containers."""
    if isinstance(node, dict):
        items = list(node.items())
    elif isinstance(node, list):
        items = list(enumerate(node))
    else:
        return
    for key, value in items:
        yield node, key
        yield from paths(value)


def mutate(shard, rng):
    places = list(paths(shard))
    for _ in range(rng.randint(1, 3)):
        if not places:
            return
        container, key = rng.choice(places)
        action = rng.random()
        same = [v for v in VALUES if type(v) is type(container[key])]
        if action < 0.4 and same:
            container[key] = copy.deepcopy(rng.choice(same))  # the right type, maybe out of range
        elif action < 0.7:
            container[key] = copy.deepcopy(rng.choice(VALUES))
        elif action < 0.85 and isinstance(container, dict):
            container.pop(key, None)
        elif isinstance(container, list):
            container.append(copy.deepcopy(container[key]))
        places = list(paths(shard))


def main():
    shared, folder, cases, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed)
    shards = sorted(os.path.basename(f) for f in glob.glob(shared + "/portfolio-shard-*.json"))
    for case in range(cases):
        target = f"{folder}/case-{case}"
        shutil.copytree(shared, target, copy_function=os.link)
        for name in shards:
            if name != shards[0] and rng.random() < 0.5:
                continue
            path = f"{target}/{name}"
            shard = json.load(open(path))
            mutate(shard, rng)
            text = json.dumps(shard)
            if rng.random() < 0.125:
                text = text[: rng.randrange(len(text))]
            os.remove(path)  # a hard link: never write through to SHARED
            open(path, "w").write(text)
        if rng.random() < 0.05:
            os.remove(f"{target}/{rng.choice(shards)}")


main()
