"""The dashboard's charts, drawn on the server: the numbers of ``selectors`` as SVG shapes, a title,
a sentence that says what the chart shows, and the same numbers as a table (for screen readers,
and for anyone who wants the exact figures).

Pure functions of the numbers: no query, no request. The templates only place what this builds;
the colours are classes in ``static/intake_dashboard/dashboard.css``.
"""

from dataclasses import dataclass, field

# The SVG's own coordinates; it scales to the page's width.
WIDTH = 720
COLUMNS_HEIGHT = 280
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 44, 8, 18, 46
ROW_LABEL_WIDTH, ROW_HEIGHT, ROW_BAR = 130, 40, 24


@dataclass
class Chart:
    id: str
    title: str
    summary: str
    height: int
    legend: list  # of (label, css class)
    table_head: list
    table_rows: list  # of lists; the first cell of each is a row header
    bars: list = field(default_factory=list)  # {x, y, width, height, css, label}
    grid: list = field(default_factory=list)  # {y, label} (columns) or {x, label} (rows)
    texts: list = field(default_factory=list)  # {x, y, text, anchor, css}
    orientation: str = "columns"
    width: int = WIDTH
    table_caption: str = ""
    table_total: bool = False  # the last table row is the total


def nice_top(value):
    """The top of the scale: 1, 2 or 5 times a power of ten, at least ``value`` (and at least 1)."""
    top = 1
    while True:
        for step in (1, 2, 5):
            if top * step >= value:
                return top * step
        top *= 10


def ticks(top):
    """Four or five evenly spaced values from 0 to ``top`` (whole numbers)."""
    for parts in (5, 4, 2, 1):
        if top % parts == 0:
            return [top * n // parts for n in range(parts + 1)]
    return [0, top]


def week_label(day):
    return f"{day:%b} {day.day}"


def count(n):
    return f"{n:,}"


def percent(part, whole):
    return f"{round(100 * part / whole)}%" if whole else "–"


def format_wait(wait):
    """A time to first contact as a person says it: "45 min", "3 h 20 min", "2 days 4 h"."""
    if wait is None:
        return "–"
    minutes = max(0, round(wait.total_seconds() / 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return f"{days} day{'s' if days != 1 else ''} {hours} h" if hours else f"{days} day{'s' if days != 1 else ''}"
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{minutes} min"


def _css(position):
    return f"dash-s{position}"


def column_chart(chart_id, title, summary, weekly, *, table_caption):
    """Stacked columns, one per week (oldest left), each series a colour; the total above each column."""
    plot_width = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_height = COLUMNS_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    totals = weekly.totals
    top = nice_top(max(totals, default=0))
    slot = plot_width / len(weekly.weeks)
    bar_width = round(slot * 0.62, 1)
    base = MARGIN_TOP + plot_height
    chart = Chart(
        id=chart_id,
        title=title,
        summary=summary,
        height=COLUMNS_HEIGHT,
        legend=[(s.label, _css(n)) for n, s in enumerate(weekly.series)],
        table_caption=table_caption,
        table_head=["Week of", *(s.label for s in weekly.series), "Total"],
        table_rows=[],
        table_total=True,
    )
    for value in ticks(top):
        chart.grid.append({"y": round(base - value / top * plot_height, 1), "label": count(value)})
    for position, week in enumerate(weekly.weeks):
        x = round(MARGIN_LEFT + position * slot + (slot - bar_width) / 2, 1)
        middle = round(MARGIN_LEFT + position * slot + slot / 2, 1)
        height_so_far = 0.0
        for n, series in enumerate(weekly.series):
            value = series.values[position]
            if value:
                height = value / top * plot_height
                height_so_far += height
                chart.bars.append(
                    {
                        "x": x,
                        "y": round(base - height_so_far, 1),
                        "width": bar_width,
                        "height": round(height, 1),
                        "css": _css(n),
                        "label": f"{series.label}, week of {week_label(week)}: {count(value)}",
                    }
                )
        this_week = position == len(weekly.weeks) - 1
        chart.texts.append({"x": middle, "y": base + 18, "text": week_label(week), "anchor": "middle", "css": ""})
        if this_week:
            chart.texts.append({"x": middle, "y": base + 34, "text": "so far", "anchor": "middle", "css": ""})
        if totals[position]:
            y = round(base - height_so_far - 5, 1)
            chart.texts.append(
                {"x": middle, "y": y, "text": count(totals[position]), "anchor": "middle", "css": "dash-total"}
            )
        name = week_label(week) + (" (this week, so far)" if this_week else "")
        chart.table_rows.append([name, *(count(s.values[position]) for s in weekly.series), count(totals[position])])
    chart.table_rows.append(["All 12 weeks", *(count(sum(s.values)) for s in weekly.series), count(weekly.total)])
    return chart


def row_chart(chart_id, title, summary, rows, series, *, table_caption, table_head, table_rows, css=None, total=False):
    """Horizontal stacked bars, one per row: ``rows`` are (label, [value per series]); ``series`` the labels."""
    plot_width = WIDTH - ROW_LABEL_WIDTH - 60
    top = nice_top(max((sum(values) for _label, values in rows), default=0))
    css = css or [_css(n) for n in range(len(series))]
    chart = Chart(
        id=chart_id,
        title=title,
        summary=summary,
        height=MARGIN_TOP + ROW_HEIGHT * len(rows) + 26,
        legend=list(zip(series, css, strict=True)),
        orientation="rows",
        table_caption=table_caption,
        table_head=table_head,
        table_rows=table_rows,
        table_total=total,
    )
    bottom = MARGIN_TOP + ROW_HEIGHT * len(rows)
    for value in ticks(top):
        chart.grid.append(
            {"x": round(ROW_LABEL_WIDTH + value / top * plot_width, 1), "y": bottom + 16, "label": count(value)}
        )
    for position, (label, values) in enumerate(rows):
        y = MARGIN_TOP + position * ROW_HEIGHT + (ROW_HEIGHT - ROW_BAR) / 2
        chart.texts.append(
            {"x": ROW_LABEL_WIDTH - 8, "y": y + ROW_BAR / 2 + 5, "text": label, "anchor": "end", "css": ""}
        )
        width_so_far = 0.0
        for name, value, style in zip(series, values, css, strict=True):
            if value:
                width = value / top * plot_width
                chart.bars.append(
                    {
                        "x": round(ROW_LABEL_WIDTH + width_so_far, 1),
                        "y": y,
                        "width": round(width, 1),
                        "height": ROW_BAR,
                        "css": style,
                        "label": f"{label}, {name}: {count(value)}",
                    }
                )
                width_so_far += width
        total = sum(values)
        chart.texts.append(
            {
                "x": round(ROW_LABEL_WIDTH + width_so_far + 6, 1),
                "y": y + ROW_BAR / 2 + 5,
                "text": count(total),
                "anchor": "start",
                "css": "dash-total",
            }
        )
    return chart


# --- the five charts and what each says -------------------------------------------------------


def requests_chart(numbers):
    weekly = numbers.requests
    inquiries, referrals = (sum(s.values) for s in weekly.series)
    summary = (
        f"{count(weekly.total)} requests in the last 12 weeks: "
        f"{count(inquiries)} inquiries and {count(referrals)} referrals."
    )
    if weekly.total:
        busiest = max(range(len(weekly.weeks)), key=lambda n: weekly.totals[n])
        summary += (
            f" The busiest week was the week of {week_label(weekly.weeks[busiest])},"
            f" with {count(weekly.totals[busiest])}. This week so far: {count(weekly.totals[-1])}."
        )
    return column_chart(
        "requests", "Requests per week", summary, weekly, table_caption="Inquiries and referrals received per week"
    )


def topics_chart(numbers):
    weekly = numbers.topics
    ranked = sorted(((sum(s.values), s.label) for s in weekly.series), reverse=True)
    if weekly.total:
        parts = [f"{label} {count(n)} ({percent(n, weekly.total)})" for n, label in ranked if n]
        summary = f"What the {count(weekly.total)} inquiries were about, most asked first: " + ", ".join(parts) + "."
    else:
        summary = "No inquiries in the last 12 weeks."
    summary += " Referrals have no topic that can be counted without decrypting them, so they are not in this chart."
    return column_chart(
        "topics", "Inquiries per week, by topic", summary, weekly, table_caption="Inquiries per week by topic"
    )


def languages_chart(numbers):
    weekly = numbers.languages
    if weekly.total:
        parts = [f"{count(sum(s.values))} in {s.label} ({percent(sum(s.values), weekly.total)})" for s in weekly.series]
        summary = f"The form's language of the {count(weekly.total)} inquiries: " + ", ".join(parts) + "."
    else:
        summary = "No inquiries in the last 12 weeks."
    return column_chart(
        "languages",
        "Inquiries per week, by the form's language",
        summary,
        weekly,
        table_caption="Inquiries per week by the language of the form",
    )


def replies_chart(numbers):
    sentences = []
    for times in numbers.replies:
        kind = times.kind.capitalize()
        if times.judged:
            sentence = (
                f"{kind}: {percent(times.on_time, times.judged)} answered within the promised time "
                f"({count(times.on_time)} of {count(times.judged)})"
            )
        else:
            sentence = f"{kind}: none to judge yet"
        if times.answered:
            sentence += f"; half were first contacted within {format_wait(times.median)}"
        sentence += "."
        if times.no_due_time:
            sentence += f" {count(times.no_due_time)} without a reply-due time are left out."
        sentences.append(sentence)
    series = ["On time", "Late or overdue", "Not yet due"]
    rows = [(times.kind.capitalize(), [times.on_time, times.late, times.waiting]) for times in numbers.replies]
    table_rows = [
        [
            times.kind.capitalize(),
            count(times.received),
            count(times.answered),
            format_wait(times.median),
            count(times.on_time),
            count(times.late),
            percent(times.on_time, times.judged),
            count(times.waiting),
            count(times.no_due_time),
        ]
        for times in numbers.replies
    ]
    return row_chart(
        "replies",
        "Answered within the promised time",
        " ".join(sentences),
        rows,
        series,
        css=["dash-ontime", "dash-late", "dash-waiting"],
        table_caption="Time to first contact, cases received in the last 12 weeks",
        table_head=[
            "Kind",
            "Received",
            "Answered",
            "Median time to first contact",
            "On time",
            "Late or overdue",
            "Share on time",
            "Not yet due",
            "Without a reply-due time",
        ],
        table_rows=table_rows,
    )


def backlog_chart(numbers):
    backlog = numbers.backlog
    rows = [(label, [backlog.inquiries[status], backlog.referrals[status]]) for status, label in backlog.statuses]
    open_cases = sum(sum(values) for _label, values in rows)
    overdue = backlog.overdue_inquiries + backlog.overdue_referrals
    parts = [f"{count(sum(values))} {label.lower()}" for label, values in rows]
    summary = f"{count(open_cases)} open cases: " + ", ".join(parts) + "."
    summary += f" {count(overdue)} new {'case is' if overdue == 1 else 'cases are'} past the reply-due time"
    summary += f" ({count(backlog.overdue_inquiries)} inquiries, {count(backlog.overdue_referrals)} referrals)."
    table_rows = [[label, count(values[0]), count(values[1]), count(sum(values))] for label, values in rows]
    table_rows.append(
        [
            "All open",
            count(sum(backlog.inquiries.values())),
            count(sum(backlog.referrals.values())),
            count(open_cases),
        ]
    )
    return row_chart(
        "backlog",
        "Open cases by status",
        summary,
        rows,
        ["Inquiries", "Referrals"],
        table_caption="Open cases by status (all open cases, whenever received)",
        table_head=["Status", "Inquiries", "Referrals", "Total"],
        table_rows=table_rows,
        total=True,
    )


def dashboard_charts(numbers):
    return [
        requests_chart(numbers),
        replies_chart(numbers),
        backlog_chart(numbers),
        topics_chart(numbers),
        languages_chart(numbers),
    ]
