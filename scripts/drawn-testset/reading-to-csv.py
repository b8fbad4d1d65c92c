#!/usr/bin/env python3
"""Turns a blind reading of the contact sheets into reading.csv beside the set's index.csv.

The reading is a CSV with the header tile,reading,sure,alternative,comment: per tile the digit
the reader saw (0-9, or ? for none), yes/no for whether a person would read it so without
hesitation, the other digit(s) it could be, and a few words. The key is contact-sheets.sh's
order.txt (tile N is line N's file). The output names each canvas by its file, beside its label:

    file,digit,read_as,sure,alternative,comment

    python3 scripts/drawn-testset/reading-to-csv.py READING.csv KEYDIR/order.txt \
        src/test/resources/drawn/independent
"""
import csv
import sys


def main(reading_path, order_path, set_dir):
    order = [line.strip() for line in open(order_path) if line.strip()]
    with open(f"{set_dir}/index.csv", newline="") as f:
        labels = {row["file"]: row["digit"] for row in csv.DictReader(f)}
    with open(reading_path, newline="") as f:
        rows = list(csv.DictReader(f))
    if len(rows) != len(order) or set(order) != set(labels):
        sys.exit(f"{reading_path}: {len(rows)} tiles read, {len(order)} in the key, {len(labels)} in the set")
    tiles = sorted(int(row["tile"]) for row in rows if row["tile"].isdigit())
    if tiles != list(range(1, len(order) + 1)):
        missing = sorted(set(range(1, len(order) + 1)) - set(tiles))[:5]
        sys.exit(f"{reading_path}: each tile 1 to {len(order)} must be read once (missing: {missing})")
    out = []
    for row in rows:
        tile = int(row["tile"])
        file = order[tile - 1]
        if row["reading"] not in list("0123456789?") or row["sure"] not in ("yes", "no"):
            sys.exit(f"{reading_path}: tile {tile}: reading must be 0-9 or ?, sure yes or no")
        out.append([file, labels[file], row["reading"], row["sure"], row["alternative"],
                    row["comment"].replace(",", ";")])
    out.sort()
    with open(f"{set_dir}/reading.csv", "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["file", "digit", "read_as", "sure", "alternative", "comment"])
        writer.writerows(out)
    agreed = sum(1 for r in out if r[1] == r[2])
    print(f"{len(out)} canvases; the reader read {agreed} as their label")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
