"""Case tables: `tests/cases/*.jsonl`, one case per line.

A row of counts, dates or places is {"id": readable-id, "text": article or sentence,
"published": optional YYYY-MM-DD, "expect": {field: value, ...}, "evidence": optional
{field: matched text}, "xfail": optional reason}; other tables (cleaning, numbers) have their own
columns but the same "id" and "xfail".  Rows with "xfail" are known failures, run as strict xfail.
"""
import json
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "cases"


def load(name: str) -> list:
    """The rows of `cases/NAME.jsonl` as pytest params with their ids and xfail marks."""
    params = []
    with open(CASES / f"{name}.jsonl", encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            marks = [pytest.mark.xfail(strict=True, reason=row["xfail"])] if "xfail" in row else []
            params.append(pytest.param(row, id=row.get("id", f"{name}:{number}"), marks=marks))
    return params
