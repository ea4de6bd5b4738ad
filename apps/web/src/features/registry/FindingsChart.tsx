// A small bar chart of finding counts per rule; ECharts is imported piecemeal to keep the bundle small.
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export default function FindingsChart({
  bars,
}: {
  bars: readonly { label: string; count: number }[];
}) {
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current);
    chart.setOption({
      grid: { left: 140, right: 24, top: 8, bottom: 24 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.label) },
      series: [
        {
          type: 'bar',
          name: '问题数',
          data: bars.map((b) => b.count),
          itemStyle: { color: '#1677ff' },
          barMaxWidth: 20,
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [bars]);

  return (
    <div
      ref={element}
      style={{ height: Math.max(120, bars.length * 36 + 40) }}
      data-testid="findings-chart"
    />
  );
}
