"""法治阵地: the sites, their outdoor area against 300 m² and the service-point checklist."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.law_registers import SERVICE_POINTS, SITE_AREA_TARGET_M2, Site
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.law.sites_form import SiteForm, site_from
from sanzhi_desktop.services import law_registers


class SitesTab(RecordTab):
    name = "lawSites"
    tables = frozenset({"law_sites"})

    def title(self) -> str:
        return self.tr("Sites")

    def empty_text(self) -> str:
        return self.tr("No rule-of-law site recorded yet. Click “New” to add one.")

    def columns(self) -> Sequence[Column]:
        return [
            Column("name", self.tr("Site"), lambda s: s.name),
            Column(
                "area", self.tr("Outdoor area (m²)"), lambda s: s.outdoor_area_m2, ColumnKind.NUMBER
            ),
            Column("services", self.tr("Service points"), lambda s: "、".join(s.service_list())),
        ]

    def load(self) -> list[Site]:
        return law_registers.list_sites(self.ctx.session)

    def detail(self, site: Site) -> Detail:
        summary = law_registers.sites_summary(self.ctx.session)
        checklist = "\n".join(
            ("✓ " if point in site.service_list() else "✗ ") + point for point in SERVICE_POINTS
        )
        fields = [
            (self.tr("Outdoor area (m²)"), str(site.outdoor_area_m2)),
            (self.tr("Service points"), checklist),
            (
                self.tr("All sites"),
                self.tr("{area} m² of {target}; missing: {missing}").format(
                    area=summary.area_m2,
                    target=SITE_AREA_TARGET_M2,
                    missing="、".join(summary.missing_services) or "—",
                ),
            ),
            (self.tr("Note"), site.note),
        ]
        edit = Action("editSite", self.tr("Edit"), lambda: self.edit(site))
        return Detail(site.name, fields, actions=[edit])

    def new_record(self) -> FormDialog:
        session = self.ctx.session
        return self.open_form(
            self.tr("New site"),
            SiteForm().fields(),
            lambda v: law_registers.save_site(session, site_from(v), services=v["services"]),
            select_result=True,
        )

    def edit(self, site: Site) -> FormDialog:
        session = self.ctx.session
        return self.open_form(
            self.tr("Edit site"),
            SiteForm().fields(site),
            lambda v: law_registers.save_site(
                session, site_from(v, site.id), services=v["services"]
            ),
        )
