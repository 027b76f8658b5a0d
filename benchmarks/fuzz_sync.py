"""Bad sync files: mutations of a real exported file, offered to the town's and a village's import.

    python benchmarks/fuzz_sync.py --cases 10000 [--seed 1] [--receiver town|village|both]

The receiver (the town, for a village's file; a village, for the town's)
first imports the real file, so every mutation that still reads as that
file is a no-op; anything else must be refused. Each case goes through
``services.sync.import_sync_file`` (the function the CLI and the GUI call):

- outside: bit flips, truncation, random bytes, appended bytes, an empty file;
- inside (the ZIP rebuilt and encrypted to the town): reordered members,
  oversized and extra members, a member dropped, a data line changed (the
  signature is the village's, the content is not);
- re-signed with the village's own key (what a buggy or hostile sender could
  produce): manifest fields missing or of the wrong JSON type, records with
  missing sync fields, wrong types, unknown columns, huge strings, records of
  another owner;
- record contents (issue 15), re-signed: an id the receiver holds under
  another owner, revs out of bounds (0, negative, 2**62, 2**63−1, beyond 64
  bits), a value no column holds or a number in a text column, a required
  field left out, NUL and lone surrogates, a record twice, a town-only table
  from a village, a town record addressed to another village;
- hypothesis: arbitrary bytes, and arbitrary JSON values in manifest fields.

Prints cases, imported (must be 0), already (no-op), refused cleanly, crashes
(an exception instead of a report: must be 0) and database changes (rows the
receiver's connection changed, and whether any table differs: must be 0), for
each receiver.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import sys
import tempfile
import time
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


@dataclass
class Figures:
    cases: int = 0
    imported: int = 0
    already: int = 0
    refused_cleanly: int = 0
    crashes: int = 0
    database_changes: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.imported or self.crashes or self.database_changes)


class Lab:
    """An office that has imported one real file from its peer; the peer's key to re-sign.

    ``receiver="town"``: a village's file (households, persons, notices) at its
    town, which also holds a record of its own in those tables; ``"village"``:
    the town's file (circulars addressed to every village) at a village, which
    holds notices of its own. Either way the receiver holds rows under an owner
    other than the sender, for the id-collision mutations.
    """

    def __init__(self, root: Path, *, receiver: str = "town") -> None:
        from sanzhi_desktop.services import keys, sync
        from sanzhi_desktop.storage import records
        from tests.sync.helpers import TOWN_CODE, VILLAGE_CODE, add_household, pair

        self._pair = pair(root)
        p = self._pair.__enter__()
        self.town, self.village, self.dir = p.town, p.village, root / "cases"
        self.dir.mkdir()
        self.receiver = receiver
        for i in range(12):
            add_household(self.village, f"{10 + i}01", "张三" if i % 2 else "李四")
        for office, code, addressee in (
            (self.village, VILLAGE_CODE, ""),
            (self.town, TOWN_CODE, "*"),
        ):
            for i in range(4):
                records.insert_record(
                    office.db,
                    "notices",
                    {
                        "category": "村务",
                        "title": f"通知{i}",
                        "status": "posted",
                        "addressee": addressee,
                    },
                    author=records.Author("测试员", code),
                )
        records.insert_record(
            self.town.db,
            "households",
            {"household_no": "9901", "head_name": "镇", "group_no": 99},
            author=records.Author("测试员", TOWN_CODE),
        )
        sender, self.target = (
            (self.village, self.town) if receiver == "town" else (self.town, self.village)
        )
        self.sender_code = sender.require_profile().code
        self.target_code = self.target.require_profile().code
        exported = sync.export_all(sender, p.stick)[0]
        self.original = exported.path.read_bytes()
        report = sync.import_sync_file(self.target, exported.path)
        assert report.status is sync.ImportStatus.IMPORTED, report.message
        self.town_identity = keys.ensure_keys(self.target).age_identity
        self.town_recipient = keys.ensure_keys(self.target).age_recipient
        self.village_secret = keys.ensure_keys(sender).minisign_secret
        self.members = self.unseal(self.original)
        #: Ids the receiver holds under another owner than the sender, by table.
        self.foreign_ids: dict[str, list[str]] = {}
        for table in ("households", "notices"):
            rows = self.target.db.execute(
                f"SELECT id FROM [{table}] WHERE owner != ?", [self.sender_code]
            ).fetchall()
            self.foreign_ids[table] = [str(r[0]) for r in rows]
        self.fingerprint = self.state()

    def close(self) -> None:
        self._pair.__exit__(None, None, None)

    def unseal(self, data: bytes) -> dict[str, bytes]:
        from sanzhi_desktop.sync import crypto

        plain = crypto.decrypt(data, self.town_identity)
        with zipfile.ZipFile(io.BytesIO(plain)) as archive:
            return {info.filename: archive.read(info) for info in archive.infolist()}

    def seal(self, members: list[tuple[str, bytes]]) -> bytes:
        """A ZIP of ``members`` in the given order (duplicates allowed), encrypted to the target."""
        from sanzhi_desktop.sync import crypto

        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in members:
                archive.writestr(name, data)
        return crypto.encrypt(buffer.getvalue(), self.town_recipient)

    def resigned(self, manifest: dict[str, Any], members: dict[str, bytes]) -> bytes:
        """Members with a manifest re-hashed and re-signed by the sender (a 'genuine' sender)."""
        from sanzhi_desktop.sync import archive, crypto

        body = {
            k: v for k, v in members.items() if k not in ("manifest.json", "manifest.json.minisig")
        }
        manifest = dict(manifest)
        if "sha256" in manifest and isinstance(manifest["sha256"], dict):
            manifest["sha256"] = {n: archive.sha256_hex(d) for n, d in body.items()}
        raw = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode()
        signature = crypto.sign(raw, self.village_secret, trusted_comment="fuzz")
        return self.seal(
            [("manifest.json", raw), ("manifest.json.minisig", signature), *body.items()]
        )

    def state(self) -> list[Any]:
        from tests.sync.helpers import db_fingerprint

        return db_fingerprint(self.target)

    def offer(self, data: bytes, number: int) -> str:
        """Import ``data`` as a file; returns the status, or 'crash'."""
        from sanzhi_desktop.services import sync

        path = self.dir / f"{self.sender_code}-20261128-{number}.sanzhi"
        path.write_bytes(data)
        try:
            report = sync.import_sync_file(self.target, path)
        except Exception as exc:  # a crash: the import must answer with a report
            print(f"crash in case {number}: {type(exc).__name__}: {exc}", file=sys.stderr)
            return "crash"
        finally:
            path.unlink(missing_ok=True)
        return report.status.value


# --- mutations ------------------------------------------------------------------------

Mutation = Callable[[Lab, random.Random], bytes]


def bit_flips(lab: Lab, rng: random.Random) -> bytes:
    data = bytearray(lab.original)
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)
    return bytes(data)


def truncation(lab: Lab, rng: random.Random) -> bytes:
    return lab.original[: rng.randrange(len(lab.original))]


def appended(lab: Lab, rng: random.Random) -> bytes:
    return lab.original + rng.randbytes(rng.randint(1, 4096))


def random_bytes(lab: Lab, rng: random.Random) -> bytes:
    return rng.randbytes(rng.randint(0, 8192))


def reordered(lab: Lab, rng: random.Random) -> bytes:
    items = list(lab.members.items())
    rng.shuffle(items)
    return lab.seal(items)


def oversized(lab: Lab, rng: random.Random) -> bytes:
    items = list(lab.members.items())
    name = rng.choice([n for n, _ in items])
    big = b"\0" * rng.choice([2**20, 8 * 2**20, 40 * 2**20])  # a bomb: compresses ~1000x
    return lab.seal([(n, big if n == name else d) for n, d in items])


def extra_or_missing_member(lab: Lab, rng: random.Random) -> bytes:
    items = list(lab.members.items())
    choice = rng.randrange(4)
    if choice == 0:
        items.pop(rng.randrange(len(items)))
    elif choice == 1:
        items.append(
            (rng.choice(["../evil", "/etc/passwd", "data/x/../../a.jsonl", "extra.txt"]), b"x")
        )
    elif choice == 2:
        items.append(rng.choice(items))  # a duplicate name
    else:
        items.append(("data/households.jsonl", b'{"id": "x"}\n'))
    return lab.seal(items)


def data_edited(lab: Lab, rng: random.Random) -> bytes:
    """A record changed without re-signing: the hash no longer matches."""
    items = dict(lab.members)
    name = rng.choice([n for n in items if n.startswith("data/")])
    lines = items[name].splitlines()
    i = rng.randrange(len(lines))
    record = json.loads(lines[i])
    record[next(k for k in ("head_name", "name", "title") if k in record)] = "篡改"
    lines[i] = json.dumps(record, ensure_ascii=False).encode()
    items[name] = b"\n".join(lines) + b"\n"
    return lab.seal(list(items.items()))


WRONG_VALUES: list[Any] = [None, True, 1.5, -1, "1", [], {}, "x" * 100, 2**70]


def manifest_types(lab: Lab, rng: random.Random) -> bytes:
    manifest = json.loads(lab.members["manifest.json"])
    key = rng.choice(sorted(manifest))
    if rng.random() < 0.3:
        del manifest[key]
    else:  # a value of another JSON type (a same-typed change is a genuine new file)
        manifest[key] = rng.choice([v for v in WRONG_VALUES if type(v) is not type(manifest[key])])
    return lab.resigned(manifest, lab.members)


def record_types(lab: Lab, rng: random.Random) -> bytes:
    """Records a genuine sender should never send: each must make the whole file refused."""
    manifest = json.loads(lab.members["manifest.json"])
    manifest["seq"] = 1000 + rng.randrange(10**6)  # a new seq: not a no-op by sender+seq
    items = dict(lab.members)
    name = rng.choice([n for n in items if n.startswith("data/")])
    lines = items[name].splitlines()
    i = rng.randrange(len(lines))
    record = json.loads(lines[i])
    kind = rng.randrange(6)
    if kind == 0:
        del record[rng.choice(["id", "owner", "rev", "rev_site", "updated_at", "deleted"])]
    elif kind == 1:
        field = rng.choice(["id", "owner", "rev", "rev_site", "updated_at", "deleted"])
        record[field] = rng.choice([v for v in WRONG_VALUES if type(v) is not type(record[field])])
    elif kind == 2:
        record[rng.choice(["evil", "x" * 40, "id; DROP TABLE x"])] = "v"
    elif kind == 3:
        record["note" if "note" in record else "head_name"] = "长" * (2**20)  # > line limit
    elif kind == 4:
        owners = ("610722100202", "610722100", "610722100201", "", "*")
        record["owner"] = rng.choice([o for o in owners if o != lab.sender_code])
    else:
        record["deleted"] = rng.choice([2, -1, True, "0"])
    lines[i] = json.dumps(record, ensure_ascii=False).encode()
    items[name] = b"\n".join(lines) + b"\n"
    return lab.resigned(manifest, items)


REV_EXTREMES = [0, -1, -(2**63), 2**62, 2**63 - 1, 2**63, 2**64 + 1]
#: Values no column may hold as they are (NaN: JSON's extension; lists, objects, booleans).
BAD_FOR_EVERY_COLUMN: list[Any] = [True, False, [], {}, [1], {"a": "b"}, float("nan")]
BAD_TEXT = ["\x00", "\ud800", "\udfff", "张\x00三", "\udc00李"]


def record_contents(lab: Lab, rng: random.Random) -> bytes:
    """A record whose content is wrong though the file is genuine (issue 15).

    Owner of another office, an id the receiver holds under another owner
    (update, tombstone or re-creation), a rev out of bounds, a value of a
    type no column holds or a text column given a number, a required field
    left out, NUL or a lone surrogate, a record twice, a town-only table from
    a village, a town record for another village.
    """
    manifest = json.loads(lab.members["manifest.json"])
    manifest["seq"] = 2_000_000 + rng.randrange(10**6)
    items = dict(lab.members)
    name = rng.choice(sorted(n for n in items if n.startswith("data/")))
    table = name[len("data/") : -len(".jsonl")]
    lines = items[name].splitlines()
    i = rng.randrange(len(lines))
    record = json.loads(lines[i])
    ascii_only = False
    kind = rng.randrange(10)
    if kind == 0:
        record["owner"] = rng.choice(
            [
                o
                for o in ("610722100202", "610722100", "610722100201", "", "*")
                if o != record["owner"]
            ]
        )
    elif kind == 1 and lab.foreign_ids.get(table):
        record["id"] = rng.choice(lab.foreign_ids[table])
        record["rev"] = int(time.time() * 1000)
        record["deleted"] = rng.choice([0, 1])
    elif kind == 2:
        record["rev"] = rng.choice(REV_EXTREMES)
    elif kind == 3:
        field = rng.choice(sorted(record))
        record[field] = rng.choice(BAD_FOR_EVERY_COLUMN)
    elif kind == 4:
        texts = sorted(k for k, v in record.items() if isinstance(v, str) and k != "id")
        record[rng.choice(texts)] = rng.choice([7, 1.5, -(2**40)])
    elif kind == 5:
        del record[rng.choice(["id", "owner", "rev", "rev_site", "updated_at", "deleted"])]
    elif kind == 6:
        texts = sorted(k for k, v in record.items() if isinstance(v, str))
        field = rng.choice(texts)
        record[field] = record[field] + rng.choice(BAD_TEXT)
        ascii_only = True
    elif kind == 7:
        lines.append(lines[rng.randrange(len(lines))])
        manifest["counts"][table] = len(lines)
    elif kind == 8 and lab.receiver == "town":
        revocation = {
            "id": "0192f0c4-0000-7000-8000-000000000001",
            "owner": lab.sender_code,
            "rev": int(time.time() * 1000),
            "rev_site": "x",
            "updated_at": "2026-11-28T10:00:00+08:00",
            "deleted": 0,
            "addressee": "*",
            "code": "610722100202",
            "fingerprint": "0000",
            "revoked_at": "2026-11-28T10:00:00+08:00",
            "reason": "伪造",
        }
        items["data/key_revocations.jsonl"] = json.dumps(revocation).encode() + b"\n"
        manifest["counts"]["key_revocations"] = 1
    elif kind == 8:
        record["addressee"] = "610722100202"
    else:
        record["deleted"] = rng.choice([2, -1, "0", None])
    lines[i] = json.dumps(record, ensure_ascii=ascii_only).encode()
    items[name] = b"\n".join(lines) + b"\n"
    return lab.resigned(manifest, items)


MUTATIONS: list[Mutation] = [
    bit_flips,
    truncation,
    appended,
    random_bytes,
    reordered,
    oversized,
    extra_or_missing_member,
    data_edited,
    manifest_types,
    record_types,
    record_contents,
]


def run(
    cases: int,
    *,
    seed: int = 1,
    root: Path | None = None,
    hypothesis_share: float = 0.1,
    receiver: str = "town",
) -> Figures:
    own = root is None
    root = Path(tempfile.mkdtemp(prefix="fuzz-sync-")) if root is None else Path(root)
    rng = random.Random(seed)
    figures = Figures()
    started = time.monotonic()
    warnings.simplefilter("ignore", UserWarning)  # zipfile: the duplicate names are the point
    lab = Lab(root, receiver=receiver)
    statuses: Counter[str] = Counter()
    changes_before = lab.target.db.conn.total_changes
    try:
        n_hyp = int(cases * hypothesis_share)
        for number in range(cases - n_hyp):
            mutation = MUTATIONS[number % len(MUTATIONS)]
            statuses[lab.offer(mutation(lab, rng), number)] += 1
        statuses.update(_hypothesis_cases(lab, n_hyp, seed))
        figures.database_changes = lab.target.db.conn.total_changes - changes_before
        if lab.state() != lab.fingerprint:
            figures.database_changes = max(figures.database_changes, 1)
    finally:
        lab.close()
        if own:
            shutil.rmtree(root, ignore_errors=True)
    figures.cases = sum(statuses.values())
    figures.imported = statuses["imported"]
    figures.already = statuses["already"]
    figures.refused_cleanly = statuses["refused"]
    figures.crashes = statuses["crash"]
    figures.seconds = round(time.monotonic() - started, 1)
    return figures


def _hypothesis_cases(lab: Lab, n: int, seed: int) -> Counter[str]:
    """Arbitrary bytes as the file, and arbitrary JSON in the signed manifest's fields."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as hseed
    from hypothesis import strategies as st

    counts: Counter[str] = Counter()
    if n <= 0:
        return counts
    base = json.loads(lab.members["manifest.json"])
    json_values = st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False)
        | st.text(max_size=50),
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
        ),
        max_leaves=10,
    )
    number = [10**7]

    def offer(data: bytes) -> None:
        number[0] += 1
        counts[lab.offer(data, number[0])] += 1

    common = settings(
        max_examples=max(n // 2, 1),
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )

    @hseed(seed)
    @common
    @given(st.binary(max_size=4096))
    def raw(data: bytes) -> None:
        offer(data)

    @hseed(seed)
    @common
    @given(st.sampled_from(sorted(base)), json_values)
    def manifest_field(key: str, value: Any) -> None:
        if type(base[key]) is type(value):
            value = [value]  # another type: a same-typed change is a genuine new file
        offer(lab.resigned({**base, key: value}, lab.members))

    raw()
    manifest_field()
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=10_000, help="per receiver")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--receiver", choices=["town", "village", "both"], default="both", help="who imports"
    )
    args = parser.parse_args()
    ok = True
    receivers = ["town", "village"] if args.receiver == "both" else [args.receiver]
    for receiver in receivers:
        figures = run(args.cases, seed=args.seed, receiver=receiver)
        print(f"receiver           {receiver}")
        for name, value in asdict(figures).items():
            print(f"{name:18} {value}")
        print("OK" if figures.ok else "FAILED")
        ok = ok and figures.ok
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
