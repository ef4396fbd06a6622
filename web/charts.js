// Draws every <div data-chart> with uPlot: a low–high band per month. The data comes from the
// server in the data attribute (escaped there, parsed here; no inline script, so the page's CSP
// can forbid them). Without JavaScript the table under the chart shows the same numbers.
(() => {
  const BAR_COLOR = 'rgba(10, 88, 202, 0.85)';
  const BAND_COLOR = 'rgba(10, 88, 202, 0.25)';
  const HEIGHT = 260;

  function monthToSeconds(month) {
    const [y, m] = month.split('-').map(Number);
    return Date.UTC(y, m - 1, 1) / 1000;
  }

  function draw(el) {
    let data;
    try {
      data = JSON.parse(el.getAttribute('data-chart') || '');
    } catch {
      return;
    }
    if (!data || !Array.isArray(data.months) || data.months.length === 0 || typeof uPlot !== 'function')
      return;
    const xs = data.months.map(monthToSeconds);
    const width = Math.max(280, el.clientWidth || 600);
    const bars = uPlot.paths.bars({ size: [0.6, 48] });
    const fmt = new Intl.NumberFormat('en-US');
    const opts = {
      width,
      height: HEIGHT,
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(10, max * 1.1)] } },
      axes: [{}, { values: (_u, ticks) => ticks.map((t) => fmt.format(t)), size: 72 }],
      series: [
        { label: 'Month', value: (_u, v) => (v == null ? '' : new Date(v * 1000).toISOString().slice(0, 7)) },
        {
          label: 'High estimate',
          stroke: BAND_COLOR,
          fill: BAND_COLOR,
          paths: bars,
          points: { show: false },
          value: (_u, v) => (v == null ? '' : fmt.format(v)),
        },
        {
          label: 'Low estimate',
          stroke: BAR_COLOR,
          fill: BAR_COLOR,
          paths: bars,
          points: { show: false },
          value: (_u, v) => (v == null ? '' : fmt.format(v)),
        },
      ],
      legend: { live: true },
    };
    el.textContent = '';
    const plot = new uPlot(opts, [xs, data.high, data.low], el);
    let pending = 0;
    window.addEventListener('resize', () => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() =>
        plot.setSize({ width: Math.max(280, el.clientWidth), height: HEIGHT }),
      );
    });
  }

  function init() {
    for (const el of document.querySelectorAll('[data-chart]')) draw(el);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
