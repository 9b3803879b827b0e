"""Seconds per megabyte of parse_text on floods of one repeated unit (issue 7's worst cases).

    python bench/hostile.py [--sizes 10000,100000,1000000] [--only NAME,...]

Each flood is one unit repeated up to the size; the worst s/MB per flood is what the issue
bounds ("well under a second per megabyte"). Texts over the read limit are cut by parse_text,
so sizes above it measure the cut as well.
"""

import argparse
import random
import string
import time

from incident_cli import parse_text


def random_capitalised_words(count: int) -> str:
    """Capitalised nonsense words: every one is a place candidate the gazetteer must refuse."""
    rng = random.Random(7)
    return " ".join(
        rng.choice(string.ascii_uppercase) + "".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 9)))
        for _ in range(count)
    ) + " "


UNITS = {
    "at-least": "at least ",
    "one-hundred": "one hundred ",
    "open-paren": "(",
    "killed": "killed ",
    "number-words": "twenty-one thousand and forty-two ",
    "digits": "1,234 ",
    "dense-sentence": "Three people were killed and 12 wounded in Kyiv on Monday, police said. ",
    "caps-sentence": "THREE PEOPLE WERE KILLED IN LIMA ON MONDAY. ",
    "trigger-list": "3 killed, 4 wounded, 5 dead, 6 injured, ",
    "paris": "Paris ",
    "city-list": "Kyiv, Lima, Paris, Long Beach, Calif., ",
    "capitalised-words": random_capitalised_words(2000),
    "caps-words": "KYIV LIMA PARIS BOGOTA ",
    "us-dots": "U.S. ",
    "weekdays": "Monday ",
    "dates": "on October 4, 2020, ",
    "html": "<b>killed</b> 3 &nbsp; ",
    "one-long-word": "x",
    "word": "word ",
}


def seconds_per_mb(text: str) -> float:
    started = time.perf_counter()
    parse_text(text, published="2020-01-01")
    return (time.perf_counter() - started) / (len(text.encode()) / 1e6)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--sizes", default="10000,100000,200000,1000000")
    options.add_argument("--only", default="", help="comma-separated flood names")
    args = options.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    names = args.only.split(",") if args.only else list(UNITS)
    parse_text("Warm-up: 3 killed in Kyiv on Monday.", published="2020-01-01")
    print(f"{'flood':18}" + "".join(f"{size:>10,}" for size in sizes) + "   worst s/MB")
    for name in names:
        unit = UNITS[name]
        row = [seconds_per_mb((unit * (size // len(unit) + 1))[:size]) for size in sizes]
        print(f"{name:18}" + "".join(f"{value:10.2f}" for value in row) + f"   {max(row):.2f}", flush=True)


if __name__ == "__main__":
    main()
