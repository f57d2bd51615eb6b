/**
 * Charts rendered on the server as SVG with Apache ECharts: no script in the
 * page or document, printable, and given an accessible name (ECharts' SVG has
 * none); the same numbers always go beside them as a table.
 */
import * as echarts from "echarts";

export interface BarDatum {
  label: string;
  /** 0–100, or null when not computable (drawn as no bar). */
  value: number | null;
}

export interface Chart {
  svg: string;
  alt: string;
  width: number;
  height: number;
}

/** Bands drawn behind the bars: the SMVP thresholds the reader compares with. */
export interface ChartBand {
  min: number;
  label: string;
}

const BAR_HEIGHT = 28;
const PA_BLUE = "#0066cc";

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

function percent(value: number): string {
  return `${value.toLocaleString("it-IT", { maximumFractionDigits: 1 })}%`;
}

/**
 * Rendering a chart costs about 13 ms (ECharts lays it out and writes the
 * SVG); the same numbers give the same SVG, so the last charts drawn are
 * kept: a dashboard read many times between two measurements draws nothing.
 */
const CACHE_SIZE = 200;
const drawn = new Map<string, Chart>();

/** Horizontal bars of achievement (0–100%), one per item, with the band thresholds as lines. */
export function achievementBarChart(
  title: string,
  data: BarDatum[],
  bands: ChartBand[] = [],
): Chart {
  const key = JSON.stringify([title, data, bands]);
  const kept = drawn.get(key);
  if (kept) {
    // Most recently used last, so the oldest is the first to go.
    drawn.delete(key);
    drawn.set(key, kept);
    return kept;
  }
  const chart = drawBarChart(title, data, bands);
  drawn.set(key, chart);
  if (drawn.size > CACHE_SIZE) drawn.delete(drawn.keys().next().value as string);
  return chart;
}

function drawBarChart(title: string, data: BarDatum[], bands: ChartBand[]): Chart {
  const width = 640;
  const height = Math.max(120, 70 + data.length * BAR_HEIGHT);
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  chart.setOption({
    animation: false,
    grid: { left: 220, right: 60, top: 20, bottom: 40 },
    xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
    yAxis: {
      type: "category",
      inverse: true,
      data: data.map((d) => (d.label.length > 34 ? `${d.label.slice(0, 33)}…` : d.label)),
    },
    series: [
      {
        type: "bar",
        data: data.map((d) => d.value),
        itemStyle: { color: PA_BLUE },
        label: {
          show: true,
          position: "right",
          formatter: (p: { value: number | null }) => (p.value === null ? "—" : percent(p.value)),
        },
        markLine: {
          silent: true,
          symbol: "none",
          lineStyle: { type: "dashed", color: "#5c6f82" },
          label: { formatter: "{b}", fontSize: 10 },
          data: bands.filter((b) => b.min > 0).map((b) => ({ xAxis: b.min, name: b.label })),
        },
      },
    ],
  });
  const raw = chart.renderToSVGString();
  chart.dispose();
  const alt = `${title}: ${data.map((d) => `${d.label} ${d.value === null ? "non calcolabile" : percent(d.value)}`).join("; ")}`;
  const svg = raw.replace("<svg ", `<svg role="img" aria-label="${escapeAttribute(alt)}" `);
  return { svg, alt, width, height };
}
