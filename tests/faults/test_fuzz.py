"""Bad sync files, a few hundred cases (``benchmarks/fuzz_sync.py`` runs 10,000)."""

from __future__ import annotations

import random
from pathlib import Path

from benchmarks.fuzz_sync import MUTATIONS, Lab, run


def test_mutated_files_are_refused_cleanly_and_change_nothing(tmp_path: Path) -> None:
    figures = run(300, seed=11, root=tmp_path / "lab")
    assert figures.cases == 300
    assert figures.refused_cleanly > 200
    assert figures.crashes == 0
    assert figures.imported == 0
    assert figures.database_changes == 0


def test_each_mutation_is_exercised_and_refused(tmp_path: Path) -> None:
    lab = Lab(tmp_path / "lab")
    try:
        rng = random.Random(5)
        for number, mutation in enumerate(MUTATIONS):
            if mutation.__name__ == "reordered":
                continue  # the same signed content in another order: a no-op ("already")
            status = lab.offer(mutation(lab, rng), number)
            assert status in ("refused", "already"), mutation.__name__
        assert lab.state() == lab.fingerprint
    finally:
        lab.close()


def test_an_int_beyond_64_bits_is_refused_not_a_crash(tmp_path: Path) -> None:
    """Found by the fuzzer: a signed file with rev 2**70 crashed the import (OverflowError)."""
    import json

    lab = Lab(tmp_path / "lab")
    try:
        manifest = json.loads(lab.members["manifest.json"])
        assert lab.offer(lab.resigned({**manifest, "seq": 2**70}, lab.members), 1) == "refused"
        items = dict(lab.members)
        line = json.loads(items["data/households.jsonl"].splitlines()[0])
        items["data/households.jsonl"] = json.dumps({**line, "rev": 2**70}).encode() + b"\n"
        manifest["seq"] = 500
        manifest["counts"]["households"] = 1
        assert lab.offer(lab.resigned(manifest, items), 2) == "refused"
        assert lab.state() == lab.fingerprint
    finally:
        lab.close()


def test_record_contents_are_refused_at_the_town_and_at_a_village(tmp_path: Path) -> None:
    """Issue 15: genuine files with wrong records, offered to both kinds of receiver."""
    from benchmarks.fuzz_sync import record_contents

    for receiver in ("town", "village"):
        lab = Lab(tmp_path / receiver, receiver=receiver)
        try:
            rng = random.Random(21)
            statuses = [lab.offer(record_contents(lab, rng), n) for n in range(40)]
            assert statuses == ["refused"] * 40, receiver
            assert lab.state() == lab.fingerprint
        finally:
            lab.close()


def test_a_village_receiver_survives_the_mutations(tmp_path: Path) -> None:
    figures = run(120, seed=3, root=tmp_path / "lab", receiver="village")
    assert figures.cases == 120
    assert figures.crashes == 0
    assert figures.imported == 0
    assert figures.database_changes == 0
