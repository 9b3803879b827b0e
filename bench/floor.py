"""The throughput floor: read each file, run one compiled regex over it, write one JSON line."""
import json
import re
import sys

PATTERN = re.compile(r"\b(\d+) (?:people|persons) (?:were )?killed\b")

for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as article:
        match = PATTERN.search(article.read())
    sys.stdout.write(json.dumps({"source": path, "killed": int(match.group(1)) if match else None}) + "\n")
