"""Writes mutated copies of a JSON Lines webhook log, for the webhook log fuzz test.

usage: mutate_log.py LOG OUT_FOLDER CASES SEED

Each copy, OUT_FOLDER/case-N.jsonl (or case-N.jsonl.gz, one in five, gzip-compressed after the
mutations), has one to four changes: bytes flipped, the file truncated at a random byte, numbers
swapped for huge, negative, fractional or out-of-range ones, a value replaced by nested junk
(arrays or objects up to 100,000 deep), lines duplicated or deleted, control characters. The seed
fixes every choice, so a failing case repeats.
"""

import gzip
import random
import re
import sys

NUMBERS = [
    b"0", b"-1", b"9223372036854775807", b"-9223372036854775808", b"18446744073709551616",
    b"1e308", b"1e999", b"-1e999", b"0.5", b"4102444800", b"946684799", b"NaN", b"00001",
    b"1" * 400,
]


def junk(rng):
    depth = rng.choice([2, 100, 1_000, 100_000])
    opener, closer = rng.choice([(b"[", b"]"), (b'{"a":', b"}")])
    return opener * depth + b"1" + closer * depth


def mutate(data, rng):
    for _ in range(rng.randint(1, 4)):
        action = rng.randrange(7)
        if action == 0 and data:
            data = bytearray(data)
            for _ in range(rng.randint(1, 8)):
                data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
            data = bytes(data)
        elif action == 1 and data:
            data = data[: rng.randrange(len(data))]
        elif action == 2:
            spans = [m.span() for m in re.finditer(rb"-?[0-9]+", data)]
            if spans:
                start, end = rng.choice(spans)
                data = data[:start] + rng.choice(NUMBERS) + data[end:]
        elif action == 3:
            spans = [m.span() for m in re.finditer(rb'"[a-z_]+":', data)]
            if spans:
                _, end = rng.choice(spans)
                data = data[:end] + junk(rng) + b"," + data[end:]
        elif action == 4:
            lines = data.split(b"\n")
            line = rng.choice(lines)
            lines.insert(rng.randrange(len(lines) + 1), line * rng.choice([1, 2, 50]))
            data = b"\n".join(lines)
        elif action == 5:
            lines = data.split(b"\n")
            del lines[rng.randrange(len(lines))]
            data = b"\n".join(lines)
        else:
            at = rng.randrange(len(data) + 1)
            data = data[:at] + rng.choice([b"\x00", b"\x1b[2J", b"\r", b"\xff\xfe", b"\\u0000"]) + data[at:]
    return data


def main():
    log, folder, cases, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed)
    original = open(log, "rb").read()
    for case in range(cases):
        data = mutate(original, rng)
        if rng.random() < 0.2:
            open(f"{folder}/case-{case}.jsonl.gz", "wb").write(gzip.compress(data, mtime=0))
        else:
            open(f"{folder}/case-{case}.jsonl", "wb").write(data)


main()
