"""演示镇: a town data file and its demo villages, enrolled both ways, with files exchanged.

So that the town's pages (villages, dashboard) have real figures to show and
a tester can try sync between real-looking offices. Every village is made by
:func:`services.demo.create_demo_village` (its own seed, so villages differ);
the keys of all offices live in ``<out>/keys`` (named by office code), and the
files exchanged stay in ``<out>/usb`` for anyone who wants to look at them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services import keys, sync
from sanzhi_desktop.services.demo.names import DEMO_TOWN_OPERATOR
from sanzhi_desktop.services.demo.village import create_demo_village
from sanzhi_desktop.services.office import init_office
from sanzhi_desktop.services.progress import Progress, no_progress
from sanzhi_desktop.services.session import Session, open_session
from sanzhi_desktop.storage import clock, records, sync_ledger
from sanzhi_desktop.storage import office as office_store

TOWN_CODE = "610722100"
TOWN_NAME = "柳林镇"
#: Forty names: a county-scale township has that many villages (issue 23).
VILLAGE_NAMES = (
    "小营村", "大营村", "柳林村", "王家庄村", "李家湾村", "东沟村",
    "西沟村", "南坪村", "北坡村", "石门村", "马家寨村", "新庄村",
    "上河村", "下河村", "杨树湾村", "高家堡村", "白杨村", "黄土坡村",
    "河湾村", "张家沟村", "赵家堡村", "刘家河村", "孙家庄村", "周家湾村",
    "吴家岭村", "郑家寨村", "前进村", "红旗村", "东风村", "胜利村",
    "和平村", "团结村", "新华村", "光明村", "龙泉村", "凤凰村",
    "青石村", "柏树村", "桃园村", "枣林村",
)  # fmt: skip
MAX_VILLAGES = len(VILLAGE_NAMES)


@dataclass(frozen=True)
class DemoTownSummary:
    town_path: Path
    village_paths: list[Path]
    files_exchanged: int


def create_demo_town(
    out_dir: Path,
    *,
    villages: int = 12,
    seed: int = 1,
    years: int = 3,
    progress: Progress = no_progress,
) -> DemoTownSummary:
    """Make ``out_dir/town.db`` and ``out_dir/village-<code>.db`` × ``villages``."""
    if not 1 <= villages <= MAX_VILLAGES:
        raise RefusedError(
            msg(f"演示村的数量应为1到{MAX_VILLAGES}", f"Villages must be 1 to {MAX_VILLAGES}")
        )
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    town_path = out_dir / "town.db"
    if town_path.exists():
        raise RefusedError(
            msg(
                f"{town_path} 已存在，请换一个空文件夹。",
                f"{town_path} exists; use an empty folder.",
            )
        )
    usb = out_dir / "usb"
    usb.mkdir(exist_ok=True)
    steps = villages * 2 + 2
    with open_session(town_path, operator=DEMO_TOWN_OPERATOR) as town:
        init_office(town, kind=OfficeKind.TOWN, code=TOWN_CODE, name=TOWN_NAME)
        with town.db.atomic():  # the town keeps its villages' reference day when reopened
            office_store.set_setting(town.db, "demo_as_of", clock.today_iso())
        town_card = keys.own_card(town)
        village_paths: list[Path] = []
        village_files: list[Path] = []
        for i in range(villages):
            code = f"{TOWN_CODE}{201 + i:03d}"
            name = VILLAGE_NAMES[i]
            progress(i, steps, msg(f"正在生成{name}……", f"Generating {name}…"))
            path = out_dir / f"village-{code}.db"
            create_demo_village(
                path, seed=seed + i, years=years, code=code, name=name, town_name=TOWN_NAME
            )
            with open_session(path, operator=DEMO_TOWN_OPERATOR) as village:
                keys.enroll(village, town_card)
                keys.enroll(town, keys.own_card(village))
                _give_a_weak_spot(village, i)
                _hand_over_town_rows(village, town)
                village_files.append(sync.export_sync_file(village, usb).path)
            village_paths.append(path)
        progress(villages, steps, msg("镇里正在导入各村的文件……", "The town imports…"))
        sync.import_sync_files(town, village_files)
        town_files = sync.export_all(town, usb)
    for i, (path, result) in enumerate(zip(village_paths, town_files, strict=True)):
        progress(villages + 1 + i, steps, msg("各村导入镇里的回执……", "Villages import…"))
        with open_session(path, operator=DEMO_TOWN_OPERATOR) as village:
            sync.import_sync_files(village, [result.path])
    progress(steps, steps, msg("演示镇已生成", "Demo town ready"))
    return DemoTownSummary(town_path, village_paths, len(village_files) + len(town_files))


#: The villages the demo town makes differ on purpose, so its scorecard shows a ranking:
#: the second posts its finance late, the third is short of 学法, the fourth has few
#: credit files (the first is the model).
WEAK_SPOTS = {1: "finance_late", 2: "law_short", 3: "credit_low"}


def _give_a_weak_spot(village: Session, index: int) -> None:
    """Make village ``index`` miss one target of the plan, as real villages do."""
    spot = WEAK_SPOTS.get(index)
    if spot is None:
        return
    author = village.author
    with village.db.atomic():
        if spot == "finance_late":
            for row in sync_ledger.rows_of_owner(village.db, "finance_disclosures", author.owner):
                notice = sync_ledger.get_row(village.db, "notices", str(row["notice_id"]))
                if notice and notice["posted_date"]:
                    late = date.fromisoformat(notice["posted_date"]) + timedelta(days=40)
                    records.update_record(
                        village.db, "notices", notice["id"],
                        {"posted_date": late.isoformat()}, author=author,
                    )  # fmt: skip
        elif spot == "law_short":
            sessions = sync_ledger.rows_of_owner(village.db, "law_sessions", author.owner)
            for row in sessions[: len(sessions) * 2 // 3]:
                records.delete_record(village.db, "law_sessions", row["id"], author=author)
        elif spot == "credit_low":
            files = sync_ledger.rows_of_owner(village.db, "credit_files", author.owner)
            for row in files[: len(files) // 2]:
                records.delete_record(village.db, "credit_files", row["id"], author=author)


def _hand_over_town_rows(village: Session, town: Session) -> None:
    """Give the town the rows a village demo wrote in the town's name.

    A demo village on its own shows replies "from the town" to its escalated
    cases; those rows are owned by the town code but were made in the
    village's file, and a village never sends the town's records. Copying them
    to the demo town as they are (same id and rev) makes the two agree: the
    town holds its own replies, so it does not list those cases as awaiting.
    """
    town_code = town.require_profile().code
    with town.db.atomic():
        for table in sync_ledger.synced_table_names():
            for row in sync_ledger.rows_since(village.db, table, owner=town_code, since_rev=0):
                if sync_ledger.get_row(town.db, table, row["id"]) is None:
                    sync_ledger.write_row(town.db, table, row, exists=False)
                    records.note_seen_rev(town.db, int(row["rev"]))
