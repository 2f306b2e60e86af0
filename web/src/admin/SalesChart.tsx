import { useId } from "react";
import { formatMoney } from "../lib/money";

export interface DayPoint {
  date: string;
  revenueCents: number;
  orderCount: number;
}

const WIDTH = 720;
const HEIGHT = 260;
const PAD = { top: 16, right: 12, bottom: 34, left: 64 };

/** 1, 2, 5 × 10^n at or above `value`: axis steps a person reads at a glance. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * magnitude >= value) ?? 10;
  return step * magnitude;
}

function dayLabel(date: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** Revenue per day as SVG bars: gridlines with money labels, a date every few bars, a tooltip per bar. */
export function SalesChart({ days, currency, title }: { days: readonly DayPoint[]; currency: string; title: string }) {
  const titleId = useId();
  const max = niceCeiling(Math.max(0, ...days.map((day) => day.revenueCents)));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(1, days.length);
  const bar = Math.max(2, Math.min(36, slot * 0.7));
  const labelEvery = Math.ceil(days.length / 8);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const y = (cents: number) => PAD.top + plotHeight - (cents / max) * plotHeight;
  const total = days.reduce((sum, day) => sum + day.revenueCents, 0);

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} className="chart__svg">
        <title id={titleId}>{`${title}: ${formatMoney(total, currency)} over ${days.length} days`}</title>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} className="chart__grid" />
            <text x={PAD.left - 8} y={y(tick)} dy="0.32em" textAnchor="end" className="chart__axis">
              {formatMoney(tick, currency).replace(/\.00$/, "")}
            </text>
          </g>
        ))}
        {days.map((day, i) => {
          const x = PAD.left + i * slot + (slot - bar) / 2;
          const top = y(day.revenueCents);
          return (
            <g key={day.date}>
              <rect
                x={x}
                y={top}
                width={bar}
                height={PAD.top + plotHeight - top}
                rx={Math.min(4, bar / 3)}
                className="chart__bar"
              >
                <title>{`${dayLabel(day.date)}: ${formatMoney(day.revenueCents, currency)}, ${day.orderCount} ${day.orderCount === 1 ? "order" : "orders"}`}</title>
              </rect>
              {i % labelEvery === 0 && (
                <text x={x + bar / 2} y={HEIGHT - PAD.bottom + 18} textAnchor="middle" className="chart__axis">
                  {dayLabel(day.date)}
                </text>
              )}
            </g>
          );
        })}
        <line
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={PAD.top + plotHeight}
          y2={PAD.top + plotHeight}
          className="chart__baseline"
        />
      </svg>
    </figure>
  );
}

/** Horizontal bars for a top list (products by revenue or units). */
export function BarList({
  items,
  format,
  label,
}: {
  items: readonly { name: string; value: number }[];
  format: (value: number) => string;
  label: string;
}) {
  const max = Math.max(1, ...items.map((item) => item.value));
  return (
    <ol className="bar-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.name} className="bar-list__item">
          <span className="bar-list__name">{item.name}</span>
          <span className="bar-list__value">{format(item.value)}</span>
          <svg className="bar-list__bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
            <rect width="100" height="8" rx="4" className="bar-list__track" />
            <rect width={Math.max(2, (item.value / max) * 100)} height="8" rx="4" className="bar-list__fill" />
          </svg>
        </li>
      ))}
    </ol>
  );
}
