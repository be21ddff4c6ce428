"""Writes mutated copies of the bundled HTML templates, for the user template fuzz test.

usage: mutate_templates.py TEMPLATES OUT_FOLDER CASES SEED

Each copy, OUT_FOLDER/case-N/, is a `--templates` folder overriding one or two of TEMPLATES'
files (the same relative paths), each changed one to three times: a tag inserted at a random
place or a section around a span (sections opened or closed, partials of every bundled name and
of itself, dynamic partials, set delimiters, inheritance, comments, unknown names), a span
deleted or duplicated, or sections nested 10 to 10,000 deep. The seed fixes every choice, so a
failing case repeats.
"""

import glob
import os
import random
import sys

NAMES = ["x", "risks", "title", "changes", "trend", "hasItems", "openEntries", "report", "."]


def tags(partials):
    made = []
    for name in NAMES:
        made += ["{{#%s}}" % name, "{{/%s}}" % name, "{{^%s}}" % name, "{{{%s}}}" % name,
                 "{{&%s}}" % name, "{{%s}}" % name]
    made += ["{{> %s}}" % p for p in partials]
    made += ["{{>missing}}", "{{>../../etc/passwd}}", "{{>*programme}}", "{{=<% %>=}}",
             "{{=<% %>=}}<%> report %>", "{{<report}}{{/report}}", "{{$x}}d{{/x}}",
             "{{<partials/headline}}{{$x}}{{/x}}{{/partials/headline}}", "{{! c }}", "{{",
             "{{#risks}}{{#risks}}{{#risks}}{{/risks}}{{/risks}}{{/risks}}"]
    return made


def mutate(text, rng, choices):
    for _ in range(rng.randint(1, 3)):
        action = rng.random()
        # Spans start and end after a `>` or a line break, so most tags stay whole.
        bounds = [0] + [i + 1 for i, c in enumerate(text) if c in ">\n"]
        at = rng.choice(bounds)
        end = rng.choice([b for b in bounds if b >= at][:8])
        if action < 0.4:
            text = text[:at] + rng.choice(choices) + text[at:]
        elif action < 0.6:
            name = rng.choice(NAMES)
            opener = rng.choice(["#", "^"])
            text = text[:at] + "{{%s%s}}%s{{/%s}}" % (opener, name, text[at:end], name) + text[end:]
        elif action < 0.75:
            text = text[:at] + text[end:]
        elif action < 0.9:
            text = text[:end] + text[at:end] + text[end:]
        else:
            depth = rng.choice([10, 100, 1_000, 10_000])
            text = text[:at] + "{{#title}}" * depth + "{{/title}}" * depth + text[at:]
    return text


def main():
    source, folder = sys.argv[1].rstrip("/"), sys.argv[2]
    cases, seed = int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed)
    files = sorted(os.path.relpath(f, source)
                   for f in glob.glob(source + "/html/**/*.mustache", recursive=True))
    partials = [f[len("html/"):-len(".mustache")] for f in files]
    choices = tags(partials)
    for case in range(cases):
        for name in rng.sample(files, rng.randint(1, 2)):
            target = f"{folder}/case-{case}/{name}"
            os.makedirs(os.path.dirname(target), exist_ok=True)
            text = open(f"{source}/{name}").read()
            open(target, "w").write(mutate(text, rng, choices))


main()
