import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { formatNumber } from './format.js';

echarts.use([LineChart, BarChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

const months = Array.from({ length: 12 }, (_, i) => `T${i + 1}`);
const axisLabel = { formatter: (value) => formatNumber(value) };

function draw(element, option) {
  echarts.getInstanceByDom(element)?.dispose();
  const chart = echarts.init(element, null, { renderer: 'canvas', locale: 'EN' });
  chart.setOption({ animation: false, tooltip: { trigger: 'axis', valueFormatter: formatNumber }, ...option });
  return chart;
}

/**
 * An indicator by month, this year against last year. This year's months come as reported by the unit and as derived
 * from the units it was formed from (before 1 July 2025); the derived ones are drawn dotted, under their own name.
 */
export function monthlyChart(element, title, year, thisYear, lastYear) {
  const derived = thisYear.derived.some((value) => value !== null);
  const derivedName = `Năm ${year} (cộng từ xã cũ)`;
  return draw(element, {
    title: { text: title, textStyle: { fontSize: 13 } },
    legend: { top: 22, data: [`Năm ${year}`, ...(derived ? [derivedName] : []), `Năm ${year - 1}`] },
    grid: { top: 60, left: 50, right: 16, bottom: 28 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', axisLabel },
    series: [
      { name: `Năm ${year}`, type: 'line', data: thisYear.reported, connectNulls: false },
      ...(derived ? [{ name: derivedName, type: 'line', data: thisYear.derived, lineStyle: { type: 'dotted' }, symbol: 'emptyCircle' }] : []),
      { name: `Năm ${year - 1}`, type: 'line', data: lastYear, lineStyle: { type: 'dashed' } },
    ],
  });
}

/** Units ranked by one indicator, largest first. */
export function rankingChart(element, title, names, values) {
  return draw(element, {
    title: { text: title, textStyle: { fontSize: 13 } },
    grid: { top: 36, left: 140, right: 24, bottom: 24 },
    xAxis: { type: 'value', axisLabel },
    yAxis: { type: 'category', data: names, inverse: true },
    series: [{ type: 'bar', data: values }],
  });
}

window.addEventListener('resize', () => document.querySelectorAll('.chart').forEach((element) => echarts.getInstanceByDom(element)?.resize()));
