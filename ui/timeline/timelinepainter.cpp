#include "timelinepainter.h"

#include "charttextpainter.h"
#include "lagmeterpainter.h"
#include "lanerows.h"
#include "timelinebarpainter.h"
#include "trace/secondstext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ck {

namespace {

using std::chrono::nanoseconds;

constexpr int kTextFlags = Qt::AlignVCenter | Qt::TextSingleLine | Qt::TextDontClip;

double seconds(nanoseconds time)
{
    return std::chrono::duration<double>(time).count();
}

bool anyObjectWake(const std::vector<RunFlows> &runs)
{
    return std::any_of(runs.begin(), runs.end(), [](const RunFlows &run) {
        return std::any_of(run.flows.begin(), run.flows.end(),
                           [](const Flow &flow) { return Flow::isObjectWake(flow.kind); });
    });
}

bool isBar(SpanKind kind)
{
    return kind == SpanKind::Task || kind == SpanKind::Routine;
}

// Every text the chart draws comes from here (or is a number): shown printable, never raw.
QString elided(const QFont &font, const QString &text, qreal width)
{
    return QFontMetricsF(font).elidedText(TimelineText::printable(text), Qt::ElideRight,
                                          std::max(width, 0.0));
}

} // namespace

TimelinePainter::TimelinePainter(std::vector<TimelineRun> runs, TimelineStyle style)
    : m_runs(std::move(runs)), m_style(std::move(style))
{
    for (TimelineRun &run : m_runs) // an empty run keeps its place (hits index the caller's runs)
        if (!run.recorder)
            run.recorder = std::make_shared<const Recorder>();
}

void TimelinePainter::setTitle(const QString &title)
{
    m_title = title;
}

void TimelinePainter::setFlows(std::shared_ptr<const std::vector<RunFlows>> flows,
                               FlowPainter::Shown shown)
{
    m_flows = std::move(flows);
    m_shownFlows = shown;
}

void TimelinePainter::setGeometry(const QRectF &bounds)
{
    TimelineLayout::Content content;
    content.title = m_title;
    content.comparison = comparisonText();
    for (const TimelineRun &run : m_runs)
        content.runHeaders << TimelineText::runHeader(run.label, run.recorder->info());
    content.legend = legendItems();
    content.lanesPerRow = m_lanesPerRow;
    m_layout = TimelineLayout(m_runs, m_style, content, bounds);
    m_scale = fittedScale();
}

void TimelinePainter::setScale(const TimeScale &scale)
{
    m_scale = scale.withLeft(m_layout.plotLeft());
}

TimeScale TimelinePainter::fittedScale() const
{
    // A little room after the last bar so its end does not sit on the plot's edge.
    const qreal room = std::round(QFontMetricsF(m_style.font).height() * 0.6);
    return TimeScale(0, 1, m_layout.plotLeft())
        .fitted(duration(), std::max(m_layout.plotWidth() - room, 1.0));
}

double TimelinePainter::duration() const
{
    // The latest end of the ended spans, and at least the latest start of the open ones (which
    // reach "now" or the total): the same as the latest spanEnd() without a scan of the spans.
    nanoseconds longest{0};
    for (const TimelineRun &run : m_runs) {
        const Recorder &recorder = *run.recorder;
        longest = std::max({longest, recorder.info().total, run.ideal, run.now,
                            recorder.latestEnd(), recorder.latestStart()});
    }
    return longest > nanoseconds::zero() ? seconds(longest) : 1.0;
}

QString TimelinePainter::comparisonText() const
{
    if (m_runs.size() != 2)
        return {};
    for (const TimelineRun &run : m_runs) {
        const RunInfo &info = run.recorder->info();
        if (!info.finished || info.cancelled || info.total < nanoseconds::zero())
            return {};
    }
    return TimelineText::comparison(m_runs[0].label, m_runs[0].recorder->info().total,
                                    m_runs[1].label, m_runs[1].recorder->info().total);
}

std::vector<TimelineText::Item> TimelinePainter::legendItems() const
{
    using Item = TimelineText::Item;
    std::vector<Item> items{Item::Running, Item::Suspended};
    if (std::any_of(m_runs.begin(), m_runs.end(),
                    [](const auto &run) { return run.recorder->hasObjectWaits(); }))
        items.push_back(Item::ObjectWait);
    // Of the lanes as laid out (LaneRows, once per recorder and lane count): a crowd has a
    // million, and this is asked on every frame.
    const bool anyWorker = std::any_of(m_runs.begin(), m_runs.end(), [](const auto &run) {
        return LaneRows::of(run.recorder)->hasWorkers();
    });
    if (anyWorker)
        items.push_back(Item::ThreadWait);
    items.push_back(Item::Blocked);
    if (anyWorker)
        items.push_back(Item::WorkerCall);
    items.push_back(Item::Failed);
    if (std::any_of(m_runs.begin(), m_runs.end(),
                    [](const auto &run) { return run.recorder->anyCaught(); }))
        items.push_back(Item::Caught);
    items.push_back(Item::Done);
    const bool anyCancelled = std::any_of(m_runs.begin(), m_runs.end(), [](const auto &run) {
        return run.recorder->anyCoroutineCancelled();
    });
    if (anyCancelled)
        items.push_back(Item::Cancelled);
    if (std::any_of(m_runs.begin(), m_runs.end(),
                    [](const auto &run) { return run.recorder->anyTimedOut(); }))
        items.push_back(Item::TimedOut);
    if (std::any_of(m_runs.begin(), m_runs.end(),
                    [](const auto &run) { return run.ideal >= nanoseconds::zero(); }))
        items.push_back(Item::Ideal);
    if (m_flows && m_shownFlows.flows)
        items.push_back(Item::Flow);
    if (m_flows && m_shownFlows.flows && anyObjectWake(*m_flows))
        items.push_back(Item::ObjectWake);
    if (m_flows && m_shownFlows.criticalPath)
        items.push_back(Item::CriticalPath);
    return items;
}

void TimelinePainter::paint(QPainter &painter) const
{
    paint(painter, m_layout.bounds());
}

void TimelinePainter::paint(QPainter &painter, const QRectF &exposed) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(m_layout.bounds(), m_style.background);
    paintTitle(painter);
    paintGrid(painter); // under the run headers' bands: no line runs through their text
    paintRunHeaders(painter);
    paintLaneNames(painter, exposed);
    const TimelineBarPainter bars(m_layout, m_scale, m_style);
    const LagMeterPainter lag(m_layout, m_scale, m_style);
    for (int run = 0; run < int(m_runs.size()); ++run) {
        bars.paint(painter, run, m_runs[std::size_t(run)], exposed.top(), exposed.bottom());
        if (const QRectF row = m_layout.runs()[std::size_t(run)].lag;
            !row.isEmpty() && row.intersects(exposed))
            lag.paint(painter, row, *m_runs[std::size_t(run)].recorder);
    }
    if (m_flows) {
        const FlowPainter flows(m_layout, m_scale, m_style);
        for (int run = 0; run < int(m_runs.size()) && run < int(m_flows->size()); ++run)
            flows.paint(painter, run, *m_runs[std::size_t(run)].recorder,
                        (*m_flows)[std::size_t(run)], m_shownFlows);
    }
    paintNowLines(painter);
    paintAxis(painter);
    paintLegend(painter);
    painter.restore();
}

void TimelinePainter::paintPinnedAxis(QPainter &painter, qreal bottom) const
{
    const QRectF axis = m_layout.axisRect();
    if (axis.bottom() <= bottom)
        return; // in sight where it is
    painter.save();
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.translate(0, bottom - axis.bottom());
    const QRectF strip(m_layout.bounds().left(), axis.top() - 2, m_layout.bounds().width(),
                       axis.height() + 2);
    painter.fillRect(strip, m_style.background);
    paintAxis(painter);
    painter.restore();
}

void TimelinePainter::paintTitle(QPainter &painter) const
{
    if (!m_layout.titleRect().isEmpty()) {
        const QRectF rect = m_layout.titleRect();
        painter.setFont(m_style.titleFont);
        painter.setPen(m_style.text);
        ChartTextPainter::draw(painter, rect, kTextFlags,
                               elided(m_style.titleFont, m_title, rect.width()), m_style);
    }
    if (!m_layout.comparisonRect().isEmpty()) {
        const QRectF rect = m_layout.comparisonRect();
        QFont bold = m_style.font;
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(m_style.text);
        ChartTextPainter::draw(painter, rect, kTextFlags,
                               elided(bold, comparisonText(), rect.width()), m_style);
    }
}

void TimelinePainter::paintRunHeaders(QPainter &painter) const
{
    QFont bold = m_style.font;
    bold.setBold(true);
    const qreal pad = m_layout.textPadding();
    for (int r = 0; r < int(m_runs.size()); ++r) {
        const TimelineRun &run = m_runs[std::size_t(r)];
        const QRectF header = m_layout.runs()[std::size_t(r)].header;
        painter.fillRect(header, m_style.headerBand);
        const QRectF name(header.left() + pad, header.top(),
                          m_layout.nameRight() - header.left() - pad, header.height());
        painter.setFont(bold);
        painter.setPen(m_style.text);
        ChartTextPainter::draw(
            painter, name, kTextFlags,
            elided(bold, TimelineText::runHeader(run.label, run.recorder->info()), name.width()),
            m_style);
        if (run.ideal >= nanoseconds::zero())
            paintGhost(painter, header, run);
    }
}

void TimelinePainter::paintGhost(QPainter &painter, const QRectF &header,
                                 const TimelineRun &run) const
{
    const qreal x0 = std::max(m_scale.x(nanoseconds::zero()), m_layout.plotLeft());
    const qreal x1 = std::min(m_scale.x(run.ideal), m_layout.plotRight());
    const QFontMetricsF fm(m_style.smallFont);
    const QString label = TimelineText::ideal(run.ideal, run.idealAtLeast);
    const qreal pad = std::round(fm.height() * 0.4);
    if (x1 > x0) {
        const QRectF bar = m_layout.barRect(header, 0, x0, x1);
        painter.setPen(QPen(m_style.ghostLine, 1, Qt::DashLine));
        painter.setBrush(m_style.ghostFill);
        painter.drawRect(bar.adjusted(0.5, 0.5, -0.5, -0.5));
        painter.setBrush(Qt::NoBrush);
    }
    // Inside the bar, right-aligned, when it fits there; else just after it.
    const qreal textWidth = fm.horizontalAdvance(label);
    QRectF text(x1 - pad - textWidth, header.top(), textWidth, header.height());
    if (text.left() < x0 + pad)
        text.moveLeft(std::max(x1, m_layout.plotLeft()) + pad);
    text.setRight(std::min(text.right(), m_layout.plotRight()));
    if (text.width() <= 0)
        return;
    painter.setFont(m_style.smallFont);
    painter.setPen(m_style.mutedText);
    ChartTextPainter::draw(painter, text, kTextFlags,
                           elided(m_style.smallFont, label, text.width()), m_style);
}

double TimelinePainter::tickStep() const
{
    const QFontMetricsF fm(m_style.smallFont);
    const qreal widest = fm.horizontalAdvance(QStringLiteral("0000.00 s"));
    return m_scale.tickStep(std::max(widest * 1.4, fm.height() * 5));
}

void TimelinePainter::paintGrid(QPainter &painter) const
{
    const double step = tickStep();
    const auto ticks = TimeScale::ticks(m_scale.time(m_layout.plotLeft()),
                                        m_scale.time(m_layout.plotRight()), step);
    painter.setPen(QPen(m_style.grid, 1));
    for (const double t : ticks) {
        const qreal x = std::round(m_scale.x(t)) + 0.5;
        painter.drawLine(QPointF(x, m_layout.chartTop()), QPointF(x, m_layout.chartBottom()));
    }
}

void TimelinePainter::paintAxis(QPainter &painter) const
{
    const QRectF axis = m_layout.axisRect();
    const QFontMetricsF fm(m_style.smallFont);
    const qreal tickLength = axis.height() - fm.height() - 2;
    painter.setPen(QPen(m_style.axis, 1));
    const qreal y = std::round(axis.top()) + 0.5;
    painter.drawLine(QPointF(axis.left(), y), QPointF(axis.right(), y));
    const double step = tickStep();
    const int decimals = TimeScale::decimalsFor(step);
    painter.setFont(m_style.smallFont);
    for (const double t :
         TimeScale::ticks(m_scale.time(axis.left()), m_scale.time(axis.right()), step)) {
        const qreal x = std::round(m_scale.x(t)) + 0.5;
        painter.setPen(QPen(m_style.axis, 1));
        painter.drawLine(QPointF(x, y), QPointF(x, y + tickLength));
        const QString label = SecondsText::withUnit(t, decimals);
        const qreal width = fm.horizontalAdvance(label);
        const qreal left =
            std::clamp(x - width / 2, m_layout.bounds().left(), m_layout.bounds().right() - width);
        painter.setPen(m_style.mutedText);
        ChartTextPainter::draw(painter, QRectF(left, y + tickLength + 1, width, fm.height()),
                               Qt::AlignCenter | Qt::TextDontClip, label, m_style);
    }
}

void TimelinePainter::paintLaneNames(QPainter &painter, const QRectF &exposed) const
{
    const qreal pad = m_layout.textPadding();
    painter.setFont(m_style.font);
    const auto [first, last] = m_layout.rowsBetween(exposed.top(), exposed.bottom());
    for (int index = first; index < last; ++index) {
        const TimelineLayout::LaneRow row = m_layout.row(index);
        const qreal left = row.rect.left() + pad + row.indent * m_layout.indentWidth();
        const QRectF rect(left, row.rect.top(), m_layout.nameRight() - left, row.rect.height());
        if (row.indent > 0) { // a hook from the parent's row: "gathered by"
            const qreal hookX = left - m_layout.indentWidth() * 0.55;
            painter.setPen(QPen(m_style.axis, 1));
            painter.drawPolyline(QList<QPointF>{{hookX, row.rect.top()},
                                                {hookX, row.rect.center().y()},
                                                {left - pad * 0.5, row.rect.center().y()}});
        }
        painter.setPen(m_style.text);
        ChartTextPainter::draw(painter, rect, kTextFlags,
                               elided(m_style.font, rowName(row), rect.width()), m_style);
    }
}

QString TimelinePainter::rowName(const TimelineLayout::LaneRow &row) const
{
    const Recorder &recorder = *m_runs[std::size_t(row.run)].recorder;
    const Lane &lane = recorder.lanes()[std::size_t(row.lane)];
    if (row.laneCount <= 1)
        return TimelineText::laneName(lane);
    const LaneRows &rows = *m_layout.runs()[std::size_t(row.run)].rows;
    const int last = rows.at(row.slot + row.laneCount - 1).lane;
    return TimelineText::laneGroup(lane, recorder.lanes()[std::size_t(last)], row.laneCount);
}

void TimelinePainter::paintNowLines(QPainter &painter) const
{
    for (int r = 0; r < int(m_runs.size()); ++r) {
        const nanoseconds now = m_runs[std::size_t(r)].now;
        const qreal x = m_scale.x(now);
        if (now < nanoseconds::zero() || x < m_layout.plotLeft() || x > m_layout.plotRight())
            continue;
        const QRectF area = m_layout.runs()[std::size_t(r)].area;
        painter.setPen(QPen(m_style.now, 2));
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
}

void TimelinePainter::paintLegend(QPainter &painter) const
{
    painter.setFont(m_style.smallFont);
    for (const auto &entry : m_layout.legend()) {
        paintSwatch(painter, entry.item, entry.swatch);
        painter.setPen(m_style.text);
        ChartTextPainter::draw(painter, entry.label, kTextFlags,
                               elided(m_style.smallFont, entry.text, entry.label.width()), m_style);
    }
}

void TimelinePainter::outline(QPainter &painter, const QRectF &rect, const QColor &color)
{
    painter.setPen(QPen(color, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
}

void TimelinePainter::paintSwatch(QPainter &painter, TimelineText::Item item,
                                  const QRectF &rect) const
{
    using Item = TimelineText::Item;
    switch (item) {
    case Item::Suspended:
        TimelineBarPainter::paintSuspended(painter, rect, m_style);
        outline(painter, rect, m_style.suspendedLine);
        return;
    case Item::ObjectWait:
        TimelineBarPainter::paintObjectWait(painter, rect, m_style);
        outline(painter, rect, m_style.objectWaitLine);
        return;
    case Item::ThreadWait:
        TimelineBarPainter::paintThreadWait(painter, rect, m_style);
        outline(painter, rect, m_style.suspendedLine);
        return;
    case Item::WorkerCall:
        TimelineBarPainter::paintWorkerCall(painter, rect, m_style);
        outline(painter, rect, m_style.workerLine);
        return;
    case Item::Ideal:
        painter.setPen(QPen(m_style.ghostLine, 1, Qt::DashLine));
        painter.setBrush(m_style.ghostFill);
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
        painter.setBrush(Qt::NoBrush);
        return;
    case Item::Flow:
        FlowPainter::paintFlowSwatch(painter, rect, m_style);
        return;
    case Item::ObjectWake:
        FlowPainter::paintObjectWakeSwatch(painter, rect, m_style);
        return;
    case Item::CriticalPath:
        FlowPainter::paintPathSwatch(painter, rect, m_style);
        return;
    case Item::Running:
        painter.fillRect(rect, m_style.running);
        return;
    case Item::Blocked:
        painter.fillRect(rect, m_style.blocked);
        return;
    case Item::Failed:
        painter.fillRect(rect, m_style.failed);
        return;
    case Item::Done:
        painter.fillRect(rect, m_style.done);
        return;
    case Item::Cancelled:
        painter.fillRect(rect, m_style.cancelled);
        TimelineBarPainter::paintCancelled(painter, rect, m_style,
                                           TimelineBarPainter::endMarkWidth(rect.height()));
        return;
    case Item::Caught:
        painter.fillRect(rect, m_style.caughtFill);
        TimelineBarPainter::paintCaught(painter, rect, m_style,
                                        TimelineBarPainter::endMarkWidth(rect.height()));
        return;
    case Item::TimedOut:
        painter.fillRect(rect, m_style.cancelled);
        TimelineBarPainter::paintDeadline(painter, rect, m_style,
                                          TimelineBarPainter::endMarkWidth(rect.height()));
        return;
    }
}

std::optional<TimelineHit> TimelinePainter::spanAt(const QPointF &point) const
{
    if (point.x() < m_layout.plotLeft() || point.x() > m_layout.plotRight())
        return std::nullopt;
    const int rowIndex = m_layout.rowAt(point);
    if (rowIndex < 0)
        return std::nullopt;
    const TimelineLayout::LaneRow row = m_layout.row(rowIndex);
    if (row.laneCount > 1)
        return std::nullopt; // a density row has no single span to show
    const Recorder &recorder = *m_runs[std::size_t(row.run)].recorder;
    const auto &spans = recorder.spans();
    std::optional<TimelineHit> best;
    int bestZ = -1;
    for (int i = recorder.firstSpanOf(row.lane); i >= 0; i = recorder.nextSpanOf(i)) {
        const Span &span = spans[std::size_t(i)];
        qreal x0 = m_scale.x(span.start);
        qreal x1 = m_scale.x(spanEnd(row.run, span));
        if (x1 - x0 < 3.0) { // tiny spans are drawn a pixel wide: give the pointer a chance
            const qreal centre = (x0 + x1) / 2;
            x0 = centre - 1.5;
            x1 = centre + 1.5;
        }
        const QRectF rect = m_layout.barRect(row.rect, span.depth, x0, x1);
        const bool inside = point.x() >= x0 && point.x() <= x1 && point.y() >= rect.top() &&
                            point.y() <= rect.bottom();
        const int z = span.depth * 2 + (isBar(span.kind) ? 0 : 1);
        if (inside && z >= bestZ) {
            best = TimelineHit{row.run, i};
            bestZ = z;
        }
    }
    return best;
}

QString TimelinePainter::describe(const TimelineHit &hit) const
{
    if (hit.run < 0 || hit.run >= int(m_runs.size()))
        return {};
    const Recorder &recorder = *m_runs[std::size_t(hit.run)].recorder;
    if (hit.span < 0 || hit.span >= int(recorder.spans().size()))
        return {};
    if (recorder.lanes().empty())
        return {};
    const Span &span = recorder.spans()[std::size_t(hit.span)];
    return TimelineText::describe(recorder, hit.span, spanEnd(hit.run, span));
}

nanoseconds TimelinePainter::spanEnd(int run, const Span &span) const
{
    return TimelineBarPainter::spanEnd(m_runs[std::size_t(run)], span);
}

} // namespace ck
