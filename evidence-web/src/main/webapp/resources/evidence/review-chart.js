// A principle's chart on its self-assessment page, drawn by Chart.js from the same figures as the
// chart in the review PDF (ReviewChart). The bars' labels and values come in the canvas's
// data-chart attribute as JSON; the table beside it says the same for anyone who cannot see it.
const canvas = document.getElementById('figuresChart');
if (canvas && window.Chart) {
  const chart = JSON.parse(canvas.dataset.chart);
  new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: chart.bars.map((b) => b.label),
      datasets: [{ label: chart.title, data: chart.bars.map((b) => b.value), backgroundColor: '#1d70b8' }],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: false }, title: { display: false } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
}
