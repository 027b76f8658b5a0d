"""A town holds its villages' records but publishes none of them under its own name."""

import pytest

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.services import good_deeds, notices, points, red_black, star_rating
from sanzhi_desktop.services.office import init_office
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import records
from sanzhi_desktop.storage.records import Author


@pytest.fixture
def town(empty_session: Session) -> Session:
    init_office(empty_session, kind=OfficeKind.TOWN, code="610722100", name="柳林镇")
    return empty_session


@pytest.mark.parametrize(
    "printing",
    [
        lambda s: red_black.print_board(s, "2026-11"),
        lambda s: good_deeds.print_deeds_sheet(s, "2026-11"),
        lambda s: star_rating.print_star_list(s, 2026),
        lambda s: points.print_points_sheet(s, 2026, 4),
    ],
)
def test_village_boards_are_not_printed_at_the_town(town: Session, printing) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RefusedError, match="镇里不单独打印"):
        printing(town)


def test_a_villages_notice_is_not_printed_under_the_towns_name(town: Session) -> None:
    # Given a village's posted notice that reached the town in a sync file,
    village = Author(operator="村文书", owner="610722100201")
    row = records.insert_record(
        town.db,
        "notices",
        {
            "category": "村务",
            "title": "村里的公示",
            "body": "内容",
            "status": "posted",
            "posted_date": "2026-11-01",
        },
        author=village,
    )
    # when the town tries to print it, it is refused.
    with pytest.raises(RefusedError, match="不是本单位的"):
        notices.notice_pdf(town, row["id"])
