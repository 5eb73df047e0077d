// Follows a review being made in the background (the self-assessment page's #job panel): asks the
// server where it stands every second and a half, shows the step and the progress, and reloads the
// page when it has ended, so that the download (or why it failed) appears. Without JavaScript the
// panel's own link refreshes the page by hand.
const panel = document.getElementById('job');
if (panel && panel.dataset.status === 'RUNNING') {
  const stage = document.getElementById('jobStage');
  const progress = document.getElementById('jobProgress');
  const follow = async () => {
    try {
      const response = await fetch(panel.dataset.jobUrl, { headers: { Accept: 'application/json' } });
      if (response.ok) {
        const job = await response.json();
        if (job.status !== 'RUNNING') {
          window.location.reload();
          return;
        }
        stage.textContent = `Step ${job.step} of ${job.steps}: ${job.stage}`;
        progress.value = job.percent;
        progress.textContent = `${job.percent}%`;
      }
    } catch (e) {
      // A moment without the server: ask again at the next tick.
    }
    window.setTimeout(follow, 1500);
  };
  window.setTimeout(follow, 1500);
}
