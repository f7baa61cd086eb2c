"""The benchmarking report: an A4 PDF of one interview, its scores and its peer comparison.

``build_report_data`` gathers what the report needs from the store into a frozen
``ReportData`` (safe to hand to a worker thread); ``write_report`` renders it with reportlab
and replaces the target file atomically. Only notes the expert marked for the report are
printed; private notes never reach the PDF. Every text that comes from a user or a file is
escaped before it meets reportlab's paragraph mark-up.

The report is written in the interview's language (``report_language``); its pages,
styles and outline live in ``report_pages``, the way it writes figures in
``report_values``. The cover carries the summary; an interview without a single answer
gets the cover and the questionnaire's sections only.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app import __version__
from app.export.charts import (
    FONT,
    NOT_SHOWN_NOTE,
    PROGRESS_SERIES,
    gold_share_bar,
    radar_drawing,
    register_fonts,
    series_labels,
)
from app.export.report_language import number, number_text, say, say_count, term
from app.export.report_pages import (
    ACCENT,
    BAD,
    CONTENT_WIDTH,
    DASH,
    GOOD,
    HEADER_FILL,
    MARGIN,
    MUTED,
    OUTLINE_LEVELS,
    PAGE_HEIGHT,
    PRACTICE_MODE,
    RULE,
    SLOT,
    UNKNOWN,
    WATERMARK,
    ZEBRA,
    Heading,
    PageDecorator,
    ReportDocument,
    canvas_maker,
    clean,
    esc,
    report_styles,
)
from app.export.report_values import (
    ALTERNATIVE_PATHS,
    ASSUMED_NOTE,
    CRITERION_STATUS,
    ELIGIBILITY_STATUS,
    GOLD_STATUS,
    NOT_ANSWERED,
    SHORT_GROUP_NAMES,
    TREND,
    VERDICT_STATUS,
    change_text,
    coloured,
    counts_against_gold,
    gap_text,
    indicator_value,
    labelled,
    marked_threshold,
    measure_text,
    percent_text,
    score_text,
)
from app.fileio import write_atomically
from app.scoring.engine import Coverage, answer_text
from app.scoring.pack import Pack
from app.scoring.taxonomy import COUNTRIES, INTERVIEW_MODES, unmarked_fiction

if TYPE_CHECKING:
    from app.models import Store
    from app.models.label_paths import LabelPathInputs
    from app.scoring.reference import ReferenceSet

ProgressCallback = Callable[[int], None]
#: Re-exported for the callers that check the pages: the practice watermark, the margins.
__all__ = ["MARGIN", "PAGE_HEIGHT", "WATERMARK", "ReportData", "build_report_data", "write_report"]


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows, as plain values (no store access while rendering).

    ``notes`` maps item id to ``(text, for_report)``; only notes with ``for_report`` true
    are printed. ``scores`` is a score result (``score_interview(...).to_dict()``).
    """

    cluster_name: str
    country: str
    technology_area: str
    interview_date: date
    expert: str
    mode: str
    pack: Pack
    answers: Mapping[str, Any]
    notes: Mapping[str, tuple[str, bool]]
    scores: Mapping[str, Any]
    recommendations: str = ""
    practice: bool = False
    language: str = "en"
    fictional: bool = False
    generated_on: date | None = field(default=None)
    label_path: LabelPathInputs | None = None

    @property
    def is_practice(self) -> bool:
        """Whether the report must carry the practice watermark."""
        return self.practice or self.mode == PRACTICE_MODE


def build_report_data(
    store: Store, interview_id: int, reference: ReferenceSet | None = None, language: str = "en"
) -> ReportData:
    """Read one interview from the store and score it (against ``reference`` peers, if any);
    the report is written in ``language``."""
    # Imported here so that rendering a ReportData (UI preview, tests, benchmarks) does not
    # load SQLAlchemy and the scoring engine until the store is actually used.
    from app.models import repository as repo
    from app.models.label_paths import label_path_inputs
    from app.scoring.engine import score_interview

    interview = repo.get_interview(store, interview_id)
    pack = repo.pack_of(store, interview_id)
    answers = repo.answers_of(store, interview_id)
    label_path = label_path_inputs(store, interview_id)
    notes = {
        item_id: (record.text, bool(record.for_report))
        for item_id, record in repo.notes_of(store, interview_id).items()
    }
    scores = score_interview(
        pack,
        answers,
        reference=reference,
        technology_area=interview.technology_area or None,
        language=language,
        previous=label_path.previous,
        improvements=label_path.improvements,
        assessed_on=label_path.assessed_on,
    ).to_dict()
    return ReportData(
        cluster_name=interview.cluster_name,
        country=interview.country,
        technology_area=interview.technology_area,
        interview_date=interview.created_at.date(),
        expert=interview.expert,
        mode=interview.mode,
        pack=pack,
        answers=dict(answers),
        notes=notes,
        scores=scores,
        recommendations=interview.recommendations or "",
        practice=interview.mode == PRACTICE_MODE,
        fictional=interview.fictional,
        label_path=label_path,
        language=language,
    )


def write_report(
    data: ReportData, out_path: Path | str, progress: ProgressCallback | None = None
) -> Path:
    """Render the report to ``out_path`` (temp file, fsync, rename); return the path.

    ``progress`` receives whole percentages, rising from 0 to 100.
    """
    out_path = Path(out_path)
    reporter = _Progress(progress)
    reporter(0)
    register_fonts()
    story = _Story(data).build()
    reporter(10)
    buffer = io.BytesIO()
    doc = ReportDocument(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 4 * mm,
        bottomMargin=MARGIN + 2 * mm,
        title=say(
            data.language, "Benchmarking report – {cluster}", cluster=clean(data.cluster_name)
        ),
        author=clean(data.expert),
        subject=f"{data.pack.title.get(data.language)} {data.pack.version}",
        creator=f"ClusterBench {__version__}",
        lang=data.language,
        # Without this every page would also reference (unembedded) Helvetica.
        initialFontName=FONT,
    )
    flowable_count = max(1, len(story))

    def on_progress(kind: str, value: int) -> None:
        if kind == "PROGRESS":
            reporter(10 + int(80 * value / flowable_count))

    doc.setProgressCallBack(on_progress)
    decorate = PageDecorator(
        data.cluster_name,
        f"{data.pack.title.get(data.language)} {data.pack.version}",
        data.language,
    )
    doc.build(
        story,
        onFirstPage=decorate.first_page,
        onLaterPages=decorate.later_page,
        canvasmaker=canvas_maker(data.is_practice, data.language),
    )
    reporter(92)
    write_atomically(out_path, buffer.getvalue())
    reporter(100)
    return out_path


# --- output ---------------------------------------------------------------------------


class _Progress:
    """Passes on only rising whole percentages, so a progress bar never jumps back."""

    def __init__(self, callback: ProgressCallback | None) -> None:
        self._callback = callback
        self._last = -1

    def __call__(self, percent: int) -> None:
        percent = max(0, min(100, percent))
        if self._callback is not None and percent > self._last:
            self._last = percent
            self._callback(percent)


class _Story:
    """Builds the list of flowables, section by section, in the report's language."""

    def __init__(self, data: ReportData) -> None:
        self.data = data
        self.scores: Mapping[str, Any] = data.scores or {}
        self.lang = data.language
        self.s = report_styles()
        self.items = data.pack.item_index
        peers = self.scores.get("peers") or {}
        self.groups: Mapping[str, Any] = peers.get("groups") or {}
        self.section_percentiles: Mapping[str, Any] = peers.get("sections") or {}
        self.indicator_percentiles: Mapping[str, Any] = peers.get("indicators") or {}
        self.labels = series_labels(self.scores, clean(data.cluster_name), self.lang)
        self.sections: Mapping[str, Mapping[str, Any]] = {
            str(s.get("id", "")): s for s in self.scores.get("sections") or []
        }

    # helpers
    def t(self, template: str, **values: Any) -> str:
        """One of the report's own sentences in its language (``report_language``)."""
        return say(self.lang, template, **values)

    def p(self, text: Any, style: str = "body") -> Paragraph:
        """A paragraph of plain (escaped) text; headings also go into the PDF's outline."""
        level = OUTLINE_LEVELS.get(style)
        if level is not None:
            return Heading(esc(text), self.s[style], clean(text), level)
        return Paragraph(esc(text), self.s[style])

    def m(self, markup: str, style: str = "body") -> Paragraph:
        """A paragraph of our own mark-up; values in it must already be escaped."""
        return Paragraph(markup, self.s[style])

    def answer(self, indicator: Mapping[str, Any]) -> Any:
        return self.data.answers.get(indicator.get("id", ""))

    def bullet(self, text: str) -> Paragraph:
        return Paragraph(esc(text), self.s["bullet"], bulletText="•")

    def shown(self, key: str) -> bool:
        group = self.groups.get(key) or {}
        return bool(group.get("shown")) and self.scores.get("reference") is not None

    def group_name(self, key: str) -> str:
        """The group's legend name with its size, e.g. "ICT peers (n = 112)"."""
        return self.labels.get(key, key)

    def short_name(self, key: str) -> str:
        """The group's generic name ("area peers"), defined once by ``peer_definitions``."""
        return self.t(SHORT_GROUP_NAMES[key]) if key in SHORT_GROUP_NAMES else key

    def definitions(self) -> list[Flowable]:
        definitions = self.peer_definitions()
        return [definitions] if definitions is not None else []

    def peer_definitions(self) -> Paragraph | None:
        """ "Area peers: ICT peers (n = 112). Excellence group: ..." for the shown groups."""
        templates = {
            "technology_area": "Area peers: {group}.",
            "excellence": "Excellence group: {group}.",
        }
        parts = [
            self.t(template, group=self.group_name(key))
            for key, template in templates.items()
            if self.shown(key)
        ]
        return self.p(" ".join(parts), "small") if parts else None

    def table(
        self,
        header: Sequence[str] | None,
        rows: Iterable[Sequence[Any]],
        widths: Sequence[float],
        extra: Sequence[tuple[Any, ...]] = (),
    ) -> Table:
        """A zebra table; ``header`` texts are already in the report's language."""
        cells: list[list[Any]] = [[self.p(h, "head") for h in header]] if header else []
        for row in rows:
            cells.append([c if isinstance(c, Flowable) else self.p(c, "cell") for c in row])
        first = 1 if header else 0
        table = Table(cells, colWidths=list(widths), repeatRows=first, hAlign="LEFT")
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), FONT, 8),
            ("LINEBELOW", (0, first), (-1, -1), 0.25, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        if header:
            style += [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ]
        else:
            style.append(("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT))
        for n in range(first + 1, len(cells), 2):
            style.append(("BACKGROUND", (0, n), (-1, n), ZEBRA))
        style.extend(extra)
        table.setStyle(TableStyle(style))
        return table

    def heads(self, *templates: str) -> tuple[str, ...]:
        """Table headers in the report's language."""
        return tuple(self.t(template) for template in templates)

    def status(self, text: str, colour: colors.Color, detail: str = "") -> Paragraph:
        """A status word in colour (one of ours, translated here), then ``detail``."""
        shown = coloured(self.t(text), colour)
        return self.m(shown + (f" – {esc(detail)}" if detail else ""), "cell")

    def status_lead(self, status: str, colour: colors.Color) -> str:
        """Mark-up of "Status: <status in colour>." in the report's language."""
        lead = esc(self.t("Status: {status}.", status=SLOT))
        return lead.replace(SLOT, coloured(self.t(status), colour))

    def status_line(self, status: str, colour: colors.Color, explanation: str) -> Paragraph:
        """The coloured status, then the explanation; no repeat when it starts with the status."""
        shown = self.t(status)
        word = shown.split(":")[0].split()[0] if shown.strip() else ""
        if word and explanation.lower().startswith(word.lower()):
            head, rest = explanation[: len(word)], explanation[len(word) :]
            return self.m(coloured(head, colour) + esc(rest))
        return self.m(f"{self.status_lead(status, colour)} {esc(explanation)}")

    def reference_note(self) -> Paragraph:
        reference = self.scores.get("reference")
        if not reference:
            return self.p(
                self.t("No reference data was loaded: peer groups are not shown."), "small"
            )
        size = reference.get("size")
        size_text = f"{number(self.lang, size)} " if isinstance(size, int) else ""
        name = f"{reference.get('id', '')} {reference.get('version', '')}".strip()
        if reference.get("synthetic"):
            template = (
                "Peer data: synthetic reference set ({size}fictional clusters, {name}). These are "
                "generated numbers, not real results of real clusters."
            )
        else:
            template = "Peer data: reference set {name} ({size}clusters)."
        parts = [self.t(template, size=size_text, name=name)]
        sha256 = reference.get("sha256")
        if sha256:
            parts.append(self.t("SHA-256 of the reference data: {sha256}.", sha256=sha256))
        parts.append(self.t("Groups with fewer than 5 members are never shown."))
        return self.p(" ".join(parts), "small")

    # sections
    def build(self) -> list[Flowable]:
        """The whole report; without a single answer, the cover and the questionnaire only."""
        story = self.cover()
        if not any(value is not None for value in self.data.answers.values()):
            return story + self.questionnaire()
        story.append(PageBreak())
        story += self.eligibility()
        story += self.gold()
        story += self.label_path()
        story += self.progress()
        story += self.comparison()
        story += self.section_details()
        story += self.strengths()
        story += self.appendix()
        return story

    def cover(self) -> list[Flowable]:
        """Title, the interview's details and the summary of the results."""
        data = self.data
        pack = data.pack
        country = term(self.lang, COUNTRIES.get(data.country, data.country))
        mode = term(self.lang, INTERVIEW_MODES.get(data.mode, data.mode))
        area = term(self.lang, data.technology_area) if data.technology_area else DASH
        reference = self.scores.get("reference")
        if not reference:
            peer_data = self.t("none loaded")
        elif reference.get("synthetic"):
            peer_data = self.t("synthetic reference set (fictional clusters, not real results)")
        else:
            peer_data = f"{reference.get('id', '')} {reference.get('version', '')}"
        cluster = data.cluster_name
        if unmarked_fiction(data.cluster_name, data.fictional):
            cluster = self.t("{cluster} (fictional)", cluster=cluster)
        rows = [
            ("Cluster", cluster),
            ("Country", country),
            ("Technology area", area),
            ("Interview date", data.interview_date.isoformat()),
            ("Expert", data.expert or DASH),
            ("Mode", mode),
            ("Questionnaire", f"{pack.title.get(self.lang)} {pack.version}"),
            ("Peer data", peer_data),
            ("Report generated", (data.generated_on or date.today()).isoformat()),
        ]
        story: list[Flowable] = [
            Spacer(1, 6 * mm),
            self.p(self.t("ECEI cluster management benchmarking"), "cover_kicker"),
            Heading(
                esc(self.t("Benchmarking report")),
                self.s["cover_title"],
                clean(self.t("Benchmarking report")),
                0,
            ),
            self.p(data.cluster_name, "cover_name"),
            self.table(
                None,
                [(self.p(self.t(k), "cell_bold"), v) for k, v in rows],
                (45 * mm, CONTENT_WIDTH - 45 * mm),
            ),
        ]
        if data.is_practice:
            story.append(
                self.p(
                    self.t(
                        "Practice interview: this report is for training only and can never "
                        "lead to a label."
                    ),
                    "cover_banner",
                )
            )
        story.append(Spacer(1, 3 * mm))
        story += self.summary()
        notes = []
        if data.fictional:
            notes.append(
                self.t(
                    "The cluster in this report is fictional; any resemblance to a real "
                    "organisation is coincidental."
                )
            )
        description = pack.description.get(self.lang)
        if description:
            notes.append(description)
        if notes:
            story.append(Spacer(1, 4 * mm))
            story += [self.p(note, "small") for note in notes]
        return story

    def summary(self) -> list[Flowable]:
        """The results at a glance (on the cover)."""
        scores = self.scores
        story: list[Flowable] = [self.p(self.t("Summary"), "h1")]
        indicators = list(scores.get("indicators") or [])
        answered = sum(1 for i in indicators if i.get("value") is not None)
        if not any(value is not None for value in self.data.answers.values()):
            return story + [
                self.p(self.t("No question has been answered yet.")),
                self.p(
                    self.t(
                        "This report shows the interview's details and the questionnaire "
                        "only. Once questions are answered, it adds the eligibility, Gold "
                        "readiness, the comparison with peers, the results by section and the "
                        "answers."
                    ),
                    "small",
                ),
            ]
        eligibility = scores.get("eligibility") or {}
        gold = scores.get("gold") or {}
        silver = scores.get("silver_precheck") or {}
        passed = sum(1 for i in indicators if i.get("passed") is True)
        elig_text, elig_colour = ELIGIBILITY_STATUS.get(
            eligibility.get("status", ""), (eligibility.get("status") or "Unknown", UNKNOWN)
        )
        gold_text, gold_colour = GOLD_STATUS.get(
            gold.get("status", ""), (gold.get("status") or "Unknown", UNKNOWN)
        )
        share = gold.get("share")
        required = float(gold.get("required_share", self.data.pack.gold_share))
        gold_detail = ""
        if share is not None:
            figures = {
                "share": number(self.lang, share, 1),
                "required": number_text(self.lang, f"{required:g}"),
            }
            gold_detail = (
                self.t(
                    "{share} % of the weighted indicators meet Gold so far ({required} % needed)",
                    **figures,
                )
                if gold.get("status") == "incomplete"
                else self.t(
                    "{share} % of the weighted indicators meet Gold ({required} % needed)",
                    **figures,
                )
            )
        silver_passed = silver.get("passed")
        silver_text, silver_colour = (
            ("All minimum requirements met", GOOD)
            if silver_passed is True
            else ("Minimum requirements not met", BAD)
            if silver_passed is False
            else ("Not known yet: minimum requirements not all answered", UNKNOWN)
        )
        peers = [
            self.group_name(key) for key in ("technology_area", "excellence") if self.shown(key)
        ]
        verdicts = scores.get("verdicts") or {}
        label_rows = [
            (
                self.t(f"{level.capitalize()} verdict"),
                self.status(
                    *VERDICT_STATUS.get(
                        verdicts[level].get("status", ""),
                        (str(verdicts[level].get("status", "")), UNKNOWN),
                    )
                ),
            )
            for level in ("bronze", "silver")
            if level in verdicts
        ]
        rows = [
            (self.t("Eligibility"), self.status(elig_text, elig_colour)),
            *label_rows,
            (self.t("Gold readiness"), self.status(gold_text, gold_colour, gold_detail)),
            (self.t("Silver pre-check"), self.status(silver_text, silver_colour)),
            (
                self.t("Answered"),
                self.t(
                    "{answered} of {total} indicators; {passed} meet the Gold threshold",
                    answered=answered,
                    total=len(indicators),
                    passed=passed,
                ),
            ),
            (
                self.t("Compared with"),
                "; ".join(peers) if peers else self.t("no peer group shown"),
            ),
        ]
        story += [self.table(None, rows, (40 * mm, CONTENT_WIDTH - 40 * mm)), Spacer(1, 4)]
        ranked = self._ranked_sections()
        if len(ranked) > 1:
            story.append(
                self.p(
                    self.t(
                        "Strongest section: {best}. Most room to improve: {worst}.",
                        best=self._ranked_text(ranked[0]),
                        worst=self._ranked_text(ranked[-1]),
                    )
                )
            )
        story.append(self.reference_note())
        return story

    def questionnaire(self) -> list[Flowable]:
        """For an interview without answers: the questionnaire's sections and their size."""
        sections = self.data.pack.sections
        rows = [
            (
                section.title.get(self.lang),
                str(len(section.items)),
                str(sum(1 for item in section.items if item.scoring.kind != "none")),
            )
            for section in sections
        ]
        questions = sum(len(section.items) for section in sections)
        return [
            self.p(self.t("The questionnaire"), "h2"),
            self.p(
                self.t(
                    "{questions} questions in {sections} sections are to be asked.",
                    questions=questions,
                    sections=len(sections),
                )
            ),
            self.table(
                self.heads("Section", "Questions", "Indicators"),
                rows,
                (CONTENT_WIDTH - 50 * mm, 25 * mm, 25 * mm),
                extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT")],
            ),
        ]

    def eligibility(self) -> list[Flowable]:
        eligibility = self.scores.get("eligibility") or {}
        status, colour = ELIGIBILITY_STATUS.get(
            eligibility.get("status", ""), (eligibility.get("status") or "Unknown", UNKNOWN)
        )
        story: list[Flowable] = [
            self.p(self.t("Eligibility"), "h1"),
            self.status_line(status, colour, eligibility.get("explanation", "")),
        ]
        rows = []
        for criterion in eligibility.get("criteria") or []:
            text, criterion_colour = CRITERION_STATUS.get(
                criterion.get("status", ""), (str(criterion.get("status", "")), UNKNOWN)
            )
            if criterion.get("status") == "not_met" and (
                criterion.get("alternative") or criterion.get("id") in ALTERNATIVE_PATHS
            ):
                # Programme recognition is a second way in, not a hurdle: "no" is no failure.
                text, criterion_colour = "No", MUTED
            rows.append(
                (
                    criterion.get("label", criterion.get("id", "")),
                    self.status(text, criterion_colour),
                    criterion.get("reason", ""),
                )
            )
        if rows:
            story.append(
                self.table(
                    self.heads("Criterion", "Status", "Reason"),
                    rows,
                    (62 * mm, 24 * mm, CONTENT_WIDTH - 86 * mm),
                )
            )
        return story

    def gold(self) -> list[Flowable]:
        gold = self.scores.get("gold") or {}
        silver = self.scores.get("silver_precheck") or {}
        required = float(gold.get("required_share", self.data.pack.gold_share))
        share = gold.get("share")
        status, colour = GOLD_STATUS.get(
            gold.get("status", ""), (gold.get("status") or "Unknown", UNKNOWN)
        )
        story: list[Flowable] = [
            self.p(self.t("Gold readiness"), "h1"),
            KeepTogether(
                [
                    self.status_line(status, colour, gold.get("explanation", "")),
                    gold_share_bar(share, required, width=CONTENT_WIDTH, language=self.lang),
                ]
            ),
            Spacer(1, 4),
        ]
        counted = gold.get("indicator_set")
        if counted:
            story.append(
                self.p(
                    self.t(
                        "The Gold share counts the questionnaire's Gold indicator set: {count} "
                        "indicators that apply to this cluster.",
                        count=counted,
                    )
                )
            )
        assumptions = (self.scores.get("assumptions") or {}).get("explanation")
        if assumptions:
            story.append(
                self.p(self.t("Sources of the rules: {sources}", sources=assumptions), "small")
            )
        minimums = gold.get("minimums_met")
        minimum_text = (
            "All minimum requirements are met."
            if minimums is True
            else "At least one minimum requirement is not met; this blocks Silver and Gold."
            if minimums is False
            else "Minimum requirements cannot be judged yet."
        )
        story.append(
            self.p(
                self.t(
                    "Minimum requirements (Silver pre-check): {explanation}",
                    explanation=silver.get("explanation") or self.t(minimum_text),
                )
            )
        )
        changes = list(gold.get("what_would_change") or [])
        if changes:
            story.append(self.p(self.t("What would change the result"), "h3"))
            story += [self.bullet(text) for text in changes]
        rows = []
        for indicator in self.scores.get("indicators") or []:
            if not counts_against_gold(indicator, self.answer(indicator)):
                continue
            item = self.items.get(indicator.get("id", ""))
            section = self._section_title(indicator.get("section", ""))
            rows.append(
                (
                    self.m(
                        f"{esc(indicator.get('label', ''))}<br/>"
                        f'<font size="7" color="{MUTED.hexval()}">{esc(section)}</font>',
                        "cell",
                    ),
                    indicator_value(indicator, item, self.answer(indicator), self.lang),
                    marked_threshold(indicator, item, self.lang),
                    gap_text(indicator, item, self.lang)
                    if indicator.get("value") is not None
                    else DASH,
                )
            )
        if rows:
            story.append(CondPageBreak(40 * mm))
            story.append(
                self.p(self.t("Indicators below the Gold threshold or not answered"), "h3_loose")
            )
            story.append(
                self.table(
                    self.heads("Indicator", "Cluster", "Gold threshold", "Gap to Gold"),
                    rows,
                    (CONTENT_WIDTH - 120 * mm, 40 * mm, 40 * mm, 40 * mm),
                )
            )
            story.append(self.p(self.t(ASSUMED_NOTE), "small"))
        return story

    def verdict_block(self, title: str, verdict: Mapping[str, Any]) -> list[Flowable]:
        """A label verdict: its coloured status and explanation, then its reasons."""
        status, colour = VERDICT_STATUS.get(
            verdict.get("status", ""), (str(verdict.get("status", "")), UNKNOWN)
        )
        explanation = str(verdict.get("explanation", ""))
        # "Silver: passed. Second benchmarking ...": the status is already shown in colour.
        _heading, _, rest = explanation.partition(". ")
        lead = self.status_lead(status, colour)
        block: list[Flowable] = [
            self.p(title, "h3"),
            self.m(lead + (f" {esc(rest)}" if rest else "")),
        ]
        block += [self.bullet(str(reason)) for reason in verdict.get("reasons") or []]
        return [KeepTogether(block)]

    def label_path(self) -> list[Flowable]:
        verdicts = self.scores.get("verdicts") or {}
        if not verdicts:
            return []
        story: list[Flowable] = [
            CondPageBreak(50 * mm),
            self.p(self.t("Label verdicts"), "h1"),
            self.p(
                self.t(
                    "Bronze needs eligibility and a complete benchmarking. Silver needs a second "
                    "benchmarking 1.5 to 2 years after the first, at least 3 improvement areas "
                    "validated against the Gold thresholds of their indicators, and every "
                    "baseline minimum met. ESCA decides every label; these verdicts prepare it."
                ),
                "small",
            ),
        ]
        for level, title in (("bronze", "Bronze"), ("silver", "Silver")):
            if level in verdicts:
                story += self.verdict_block(self.t(title), verdicts[level])
        return story

    def progress(self) -> list[Flowable]:
        progress = self.scores.get("progress")
        if not progress:
            return []
        previous_date = progress.get("previous_date") or DASH
        months = progress.get("months")
        when = (
            self.t(
                "{months} months after the previous benchmarking of {date}",
                months=number_text(self.lang, f"{months:g}"),
                date=previous_date,
            )
            if isinstance(months, (int, float))
            else self.t("after the previous benchmarking of {date}", date=previous_date)
        )
        story: list[Flowable] = [
            CondPageBreak(150 * mm),
            self.p(self.t("Progress since the previous benchmarking"), "h1"),
            self.p(
                self.t(
                    "This benchmarking ({date}) comes {when}. Both are scored with this "
                    "questionnaire; answers the earlier interview did not give are left out.",
                    date=progress.get("current_date") or DASH,
                    when=when,
                )
            ),
        ]
        radar = self.scores.get("radar") or {}
        story.append(
            radar_drawing(
                radar,
                self.labels,
                width=CONTENT_WIDTH,
                height=92 * mm,
                series=PROGRESS_SERIES,
                language=self.lang,
                coverage=self._axis_coverage(radar),
            )
        )
        rows = [
            (
                self._section_title(s.get("id", ""), s.get("title")),
                score_text(s.get("previous")),
                self._section_score(self.sections.get(str(s.get("id")), {})),
                DASH
                if s.get("change") is None
                else ("±0" if s["change"] == 0 else f"{s['change']:+.0f}".replace("-", "−")),
            )
            for s in progress.get("sections") or []
            if s.get("previous") is not None or s.get("current") is not None
        ]
        if rows:
            story.append(CondPageBreak(40 * mm))
            story.append(self.p(self.t("Section scores then and now"), "h3_loose"))
            story.append(
                self.table(
                    self.heads("Section", "Previous", "Now", "Change"),
                    rows,
                    (CONTENT_WIDTH - 80 * mm, 25 * mm, 30 * mm, 25 * mm),
                    extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT")],
                )
            )
        changed = []
        for indicator in progress.get("indicators") or []:
            trend = indicator.get("trend")
            if trend in (None, "unchanged") and indicator.get("previous") == indicator.get(
                "current"
            ):
                continue
            item = self.items.get(indicator.get("id", ""))
            text, colour = TREND.get(str(trend), ("Not comparable", MUTED))
            changed.append(
                (
                    indicator.get("label", indicator.get("id", "")),
                    measure_text(item, indicator.get("previous"), self.lang),
                    measure_text(item, indicator.get("current"), self.lang),
                    change_text(item, indicator.get("change"), self.lang),
                    self.status(text, colour),
                )
            )
        if changed:
            story.append(CondPageBreak(40 * mm))
            story.append(self.p(self.t("Indicators that changed"), "h3_loose"))
            story.append(
                self.table(
                    self.heads("Indicator", "Previous", "Now", "Change", "Trend"),
                    changed,
                    (CONTENT_WIDTH - 117 * mm, 30 * mm, 30 * mm, 30 * mm, 27 * mm),
                )
            )
        else:
            story.append(
                self.p(self.t("No indicator has changed since the previous benchmarking."))
            )
        silver = (self.scores.get("verdicts") or {}).get("silver") or {}
        areas = silver.get("improvements") or []
        story.append(CondPageBreak(40 * mm))
        story.append(self.p(self.t("Improvement areas"), "h3_loose"))
        if areas:
            area_rows = []
            for area in areas:
                names = [
                    self.items[i].label.get(self.lang) if i in self.items else str(i)
                    for i in area.get("indicators") or []
                ]
                validated = bool(area.get("validated"))
                area_rows.append(
                    (
                        area.get("title", ""),
                        "; ".join(names) or DASH,
                        area.get("evidence") or DASH,
                        self.status(
                            "Validated" if validated else "Not validated",
                            GOOD if validated else BAD,
                        ),  # fmt: skip
                    )
                )
            story.append(
                self.table(
                    self.heads("Improvement area", "Indicators", "Evidence", "Against Gold"),
                    area_rows,
                    (45 * mm, CONTENT_WIDTH - 135 * mm, 60 * mm, 30 * mm),
                )
            )
            story.append(
                self.p(
                    self.t(
                        "{validated} of at least {required} improvement areas are validated.",
                        validated=silver.get("validated_improvements", 0),
                        required=silver.get("required_improvements", 3),
                    ),
                    "small",
                )
            )
        else:
            story.append(self.p(self.t("No improvement areas are recorded for this benchmarking.")))
        return story

    def comparison(self) -> list[Flowable]:
        radar = self.scores.get("radar") or {}
        story: list[Flowable] = [
            CondPageBreak(150 * mm),
            self.p(self.t("Comparison with peers"), "h1"),
            self.reference_note(),
        ]
        story += self.definitions()
        hidden = [
            self.group_name(key)
            for key in ("technology_area", "excellence")
            if radar.get("axes") and radar.get(key) is None
        ]
        if hidden:
            story.append(self.p(self.t(NOT_SHOWN_NOTE, group="; ".join(hidden)) + ".", "small"))
        story.append(Spacer(1, 4))
        story.append(
            radar_drawing(
                radar,
                self.labels,
                width=CONTENT_WIDTH,
                height=118 * mm,
                language=self.lang,
                coverage=self._axis_coverage(radar),
            )
        )
        story.append(
            self.p(
                self.t(
                    "Section scores from 0 to 100 over the answered indicators of each section; "
                    "peer lines show the mean section score of each group. A section without "
                    "an answered indicator is not scored and leaves a gap in the cluster's "
                    "outline; an open dot marks a partial score, which covers only the "
                    "indicators answered so far (the axis says how many)."
                ),
                "small",
            )
        )
        tech_shown, exc_shown = self.shown("technology_area"), self.shown("excellence")
        rows = []
        for section in self.scores.get("sections") or []:
            if section.get("score") is None and section.get("scored_items", 0) == 0:
                continue
            sid = section.get("id", "")
            pct = self.section_percentiles.get(sid) or {}
            rows.append(
                (
                    self._section_title(sid, section.get("title", sid)),
                    self._section_score(section),
                    self._coverage(section),
                    score_text(self._mean("technology_area", sid)) if tech_shown else DASH,
                    percent_text(pct.get("technology_area")) if tech_shown else DASH,
                    score_text(self._mean("excellence", sid)) if exc_shown else DASH,
                    percent_text(pct.get("excellence")) if exc_shown else DASH,
                )
            )
        if rows:
            tech = self.short_name("technology_area")
            excellence = self.short_name("excellence")
            story.append(CondPageBreak(40 * mm))
            story.append(self.p(self.t("Section scores against the peer groups"), "h3_loose"))
            story.append(
                self.table(
                    (
                        self.t("Section"),
                        self.t("Cluster score"),
                        self.t("Indicators answered"),
                        self.t("Mean: {group}", group=tech),
                        self.t("Percentile: {group}", group=tech),
                        self.t("Mean: {group}", group=excellence),
                        self.t("Percentile: {group}", group=excellence),
                    ),
                    rows,
                    (
                        CONTENT_WIDTH - 132 * mm,
                        22 * mm,
                        18 * mm,
                        23 * mm,
                        23 * mm,
                        23 * mm,
                        23 * mm,
                    ),  # fmt: skip
                    extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT")],
                )
            )
            story.append(
                self.p(
                    self.t(
                        "Percentile: the share of the group's clusters that this cluster "
                        "matches or beats (0 to 100). {dash} means not scored yet or the group "
                        "is not shown. A partial score covers only the indicators answered so "
                        "far.",
                        dash=DASH,
                    ),
                    "small",
                )
            )
        return story

    def section_details(self) -> list[Flowable]:
        indicators = list(self.scores.get("indicators") or [])
        story: list[Flowable] = [
            CondPageBreak(90 * mm),
            self.p(self.t("Results by section"), "h1"),
        ]
        story += self.definitions()
        tech_shown, exc_shown = self.shown("technology_area"), self.shown("excellence")
        sections = {s.get("id"): s for s in self.scores.get("sections") or []}
        tech = self.short_name("technology_area")
        excellence = self.short_name("excellence")
        for pack_section in self.data.pack.sections:
            own = [i for i in indicators if i.get("section") == pack_section.id]
            if not own:
                continue
            result = sections.get(pack_section.id) or {}
            pct = self.section_percentiles.get(pack_section.id) or {}
            facts = [self._score_fact(result)]
            for key, group, shown in (
                ("technology_area", tech, tech_shown),
                ("excellence", excellence, exc_shown),
            ):
                if shown:
                    facts.append(
                        self.t(
                            "{group}: mean {mean}, percentile {percentile}",
                            group=group,
                            mean=score_text(self._mean(key, pack_section.id)),
                            percentile=percent_text(pct.get(key)),
                        )
                    )
            rows = []
            extra: list[tuple[Any, ...]] = [("ALIGN", (4, 1), (-1, -1), "RIGHT")]
            for indicator in own:
                item = self.items.get(indicator.get("id", ""))
                passed = indicator.get("passed")
                answered = indicator.get("value") is not None or self.answer(indicator) is not None
                if indicator.get("relevant") is False:
                    verdict = self.status("Not asked", MUTED)
                elif passed is True:
                    verdict = self.status("Meets", GOOD)
                elif passed is False:
                    verdict = self.status("Below", BAD)
                elif not answered:
                    verdict = self.status("Not answered", UNKNOWN)
                else:
                    verdict = self.p(DASH, "cell")
                ip = self.indicator_percentiles.get(indicator.get("id", "")) or {}
                rows.append(
                    (
                        indicator.get("label", ""),
                        indicator_value(indicator, item, self.answer(indicator), self.lang),
                        marked_threshold(indicator, item, self.lang),
                        verdict,
                        percent_text(ip.get("technology_area")) if tech_shown else DASH,
                        percent_text(ip.get("excellence")) if exc_shown else DASH,
                    )
                )
            title = pack_section.title.get(self.lang)
            # A heading never ends a page; the table below it may split (its header repeats).
            story += [
                CondPageBreak(55 * mm),
                self.p(title, "h2_loose"),
                self.p(" · ".join(facts), "small"),
                Spacer(1, 3),
            ]
            story.append(
                self.table(
                    (
                        self.t("Indicator"),
                        self.t("Cluster"),
                        self.t("Gold threshold"),
                        self.t("Gold"),
                        self.t("Percentile: {group}", group=tech),
                        self.t("Percentile: {group}", group=excellence),
                    ),
                    rows,
                    (CONTENT_WIDTH - 130 * mm, 30 * mm, 30 * mm, 24 * mm, 23 * mm, 23 * mm),
                    extra=extra,
                )
            )
        story.append(
            self.p(
                self.t(
                    "Percentiles are shown for peer indicators only; {dash} means not answered, "
                    "not compared with peers, or the group is not shown.",
                    dash=DASH,
                )
                + " "
                + self.t(ASSUMED_NOTE),
                "small",
            )
        )
        return story

    def strengths(self) -> list[Flowable]:
        story: list[Flowable] = [
            CondPageBreak(80 * mm),
            self.p(self.t("Strengths and areas for improvement"), "h1"),
            self.p(
                self.t(
                    "Derived from the scores: sections and indicators where the cluster stands "
                    "out against its peers, and those furthest from Gold. Benchmarking is not a "
                    "ranking; it shows where to learn from others."
                ),
                "small",
            ),
        ]
        story += self.definitions()
        ranked = self._ranked_sections()
        indicators = list(self.scores.get("indicators") or [])

        def peer_rank(indicator: Mapping[str, Any]) -> tuple[float, str] | None:
            ip = self.indicator_percentiles.get(indicator.get("id", "")) or {}
            for key in ("technology_area", "all"):
                if ip.get(key) is not None and self.shown(key):
                    return float(ip[key]), self.short_name(key)
            return None

        def percentile_of(indicator: Mapping[str, Any]) -> float | None:
            rank = peer_rank(indicator)
            return None if rank is None else rank[0]

        def rank_text(indicator: Mapping[str, Any]) -> str:
            rank = peer_rank(indicator)
            if rank is None:
                return ""
            return self.t(
                " (percentile {percentile} among {group})",
                percentile=f"{rank[0]:.0f}",
                group=rank[1],
            )

        strengths: list[str] = [
            self._ranked_text(entry) + "." for entry in ranked if entry[2] >= 50
        ][:3]
        passed = [i for i in indicators if i.get("passed") is True]
        passed.sort(key=lambda i: -(percentile_of(i) or -1))
        for indicator in passed[:5]:
            item = self.items.get(indicator.get("id", ""))
            value = indicator_value(indicator, item, self.answer(indicator), self.lang)
            strengths.append(
                labelled(
                    indicator.get("label", ""),
                    self.t(
                        "{value} meets the Gold threshold{rank}.",
                        value=value,
                        rank=rank_text(indicator),
                    ),
                )
            )

        improvements: list[str] = [
            self._ranked_text(entry) + "." for entry in reversed(ranked) if entry[2] < 50
        ][:3]
        silver = self.scores.get("silver_precheck") or {}
        for item_id in silver.get("failing_minimums") or []:
            item = self.items.get(item_id)
            label = item.label.get(self.lang) if item else item_id
            improvements.append(self.t("Minimum requirement not met: {label}.", label=label))
        failed = [i for i in indicators if i.get("passed") is False]
        failed.sort(key=lambda i: rank if (rank := percentile_of(i)) is not None else 101.0)
        for indicator in failed[:6]:
            item = self.items.get(indicator.get("id", ""))
            improvements.append(
                labelled(
                    indicator.get("label", ""),
                    self.t(
                        "{gap} to reach Gold{rank}.",
                        gap=gap_text(indicator, item, self.lang),
                        rank=rank_text(indicator),
                    ),
                )
            )
        unanswered = [
            i
            for i in indicators
            if counts_against_gold(i, self.answer(i)) and i.get("passed") is not False
        ]
        if unanswered:
            improvements.append(
                say_count(
                    self.lang,
                    len(unanswered),
                    "{count} Gold indicators are not answered yet; they count as not met "
                    "until answered (see Gold readiness).",
                )
            )
        story.append(self.p(self.t("Strengths"), "h2"))
        if strengths:
            story += [self.bullet(text) for text in strengths]
        else:
            story.append(self.p(self.t("No strength stands out in the scores yet.")))
        story.append(self.p(self.t("Areas for improvement"), "h2"))
        if improvements:
            story += [self.bullet(text) for text in improvements]
        else:
            story.append(self.p(self.t("No area for improvement stands out in the scores.")))
        story.append(self.p(self.t("The expert's recommendations"), "h2"))
        recommendations = self.data.recommendations.strip()
        if recommendations:
            for block in re.split(r"\n\s*\n", recommendations):
                story.append(self.p(block.strip()))
        else:
            story.append(self.p(self.t("The expert has not written recommendations."), "small"))
        return story

    def appendix(self) -> list[Flowable]:
        data = self.data
        story: list[Flowable] = [
            CondPageBreak(60 * mm),
            self.p(self.t("Appendix: answers"), "h1"),
            self.p(
                self.t(
                    "Every question asked in the interview with the answer recorded. Notes "
                    "appear only where the expert marked them for the report."
                ),
                "small",
            ),
        ]
        for section in data.pack.sections:
            entries: list[Flowable] = []
            for item in section.items:
                value = data.answers.get(item.id)
                if value is None and not item.is_relevant(data.answers):
                    continue
                entries.append(self.p(item.label.get(self.lang), "question"))
                if value is None:
                    shown = esc(self.t(NOT_ANSWERED))
                    entries.append(
                        self.m(f'<font color="{MUTED.hexval()}">{shown}</font>', "answer")
                    )
                else:
                    answer = answer_text(item, value, self.lang) or self.t(NOT_ANSWERED)
                    entries.append(self.p(answer, "answer"))
                note = data.notes.get(item.id)
                if note is not None and note[1] and note[0].strip():
                    label = esc(self.t("Note:"))
                    entries.append(self.m(f"<b>{label}</b> {esc(note[0].strip())}", "note"))
            if entries:
                story.append(CondPageBreak(30 * mm))
                story.append(self.p(section.title.get(self.lang), "h2"))
                story += entries
        return story

    # derived figures
    def _section_title(self, section_id: str, fallback: str | None = None) -> str:
        try:
            return self.data.pack.section(section_id).title.get(self.lang)
        except KeyError:
            return fallback or section_id

    def _mean(self, key: str, section_id: str) -> float | None:
        means = (self.groups.get(key) or {}).get("section_means") or {}
        value = means.get(section_id)
        return None if value is None else float(value)

    def _ranked_text(self, entry: tuple[str, str, float]) -> str:
        """E.g. "Financing (percentile 72 among ICT peers)", saying when a score is partial."""
        sid, title, value = entry
        figure = f"{value:.0f}"
        coverage = Coverage.of(self.sections.get(sid, {}))
        if coverage.partial:
            title = self.t(
                "{section}, partial: {answered} of {indicators} indicators answered",
                section=title,
                answered=coverage.answered,
                indicators=coverage.indicators,
            )
        for key in ("technology_area", "all"):
            if self.shown(key):
                return self.t(
                    "{section} (percentile {percentile} among {group})",
                    section=title,
                    percentile=figure,
                    group=self.short_name(key),
                )
        return self.t("{section} (score {score} of 100)", section=title, score=figure)

    def _section_score(self, section: Mapping[str, Any]) -> str:
        """A section's score as the app shows it: "64", "64 (partial)" or "not scored"."""
        score = section.get("score")
        if score is None:
            return self.t("not scored")
        if Coverage.of(section).partial:
            return self.t("{score} (partial)", score=f"{score:.0f}")
        return f"{score:.0f}"

    def _coverage(self, section: Mapping[str, Any]) -> str:
        """What a section's score covers: "4 of 6"."""
        coverage = Coverage.of(section)
        return self.t(
            "{answered} of {indicators}",
            answered=coverage.answered,
            indicators=coverage.indicators,
        )

    def _score_fact(self, section: Mapping[str, Any]) -> str:
        """ "score 64 of 100 over all 6 indicators", "... partial: 4 of 6 ...", "not scored"."""
        score, coverage = section.get("score"), Coverage.of(section)
        if score is None:
            return self.t(
                "not scored: none of its {count} indicators is answered yet",
                count=coverage.indicators,
            )
        if coverage.partial:
            return self.t(
                "score {score} of 100, partial: {answered} of {indicators} indicators answered",
                score=f"{score:.0f}",
                answered=coverage.answered,
                indicators=coverage.indicators,
            )
        return self.t(
            "score {score} of 100 over all {count} indicators",
            score=f"{score:.0f}",
            count=coverage.indicators,
        )

    def _axis_coverage(self, radar: Mapping[str, Any]) -> list[Coverage]:
        """What each radar axis's score covers, in axis order."""
        return [
            Coverage.of(self.sections.get(str(axis.get("id")), {}))
            for axis in radar.get("axes") or []
        ]

    def _ranked_sections(self) -> list[tuple[str, str, float]]:
        """(id, title, value) of scored sections, best first, by peer percentile or score."""
        key = (
            "technology_area"
            if self.shown("technology_area")
            else "all"
            if self.shown("all")
            else None
        )
        ranked = []
        for section in self.scores.get("sections") or []:
            sid = section.get("id", "")
            if key is not None:
                value = (self.section_percentiles.get(sid) or {}).get(key)
            else:
                value = section.get("score")
            if value is not None:
                ranked.append((sid, self._section_title(sid, section.get("title")), float(value)))
        ranked.sort(key=lambda entry: -entry[2])
        return ranked
