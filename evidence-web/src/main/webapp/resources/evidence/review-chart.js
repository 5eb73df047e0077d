// A chart of the self-assessment's figures (a principle's page, the compliance home), drawn by
// Chart.js from the same figures as the review PDF's charts (ReviewChart). The bars' labels, values
// and any colours come in the canvas's data-chart attribute as JSON; the page says the same in
// words for anyone who cannot see it.
const canvas = document.getElementById('figuresChart');
if (canvas && window.Chart) {
  const chart = JSON.parse(canvas.dataset.chart);
  new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: chart.bars.map((b) => b.label),
      datasets: [{ label: chart.title, data: chart.bars.map((b) => b.value), backgroundColor: chart.colours || '#1d70b8' }],
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
