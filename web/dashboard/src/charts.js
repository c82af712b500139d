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

/** An indicator by month, this year against last year. */
export function monthlyChart(element, title, year, thisYear, lastYear, kind = 'line') {
  return draw(element, {
    title: { text: title, textStyle: { fontSize: 13 } },
    legend: { top: 22, data: [`Năm ${year}`, `Năm ${year - 1}`] },
    grid: { top: 60, left: 50, right: 16, bottom: 28 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', axisLabel },
    series: [
      { name: `Năm ${year}`, type: kind, data: thisYear, connectNulls: false },
      { name: `Năm ${year - 1}`, type: kind, data: lastYear, lineStyle: { type: 'dashed' } },
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
