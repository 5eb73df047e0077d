// Follows the packages being built on a case's or a request's page (#packageBuilds): asks the
// server where each stands every two seconds and shows it; when one has been built, the page says
// so and offers to show the list again, rather than reloading under a form being filled in.
// Without JavaScript the panel's own link refreshes the page by hand.
const following = [...document.querySelectorAll('#packageBuilds [data-url]')].filter(
  (b) => b.dataset.status === 'QUEUED' || b.dataset.status === 'RUNNING');
const follow = async (build) => {
  try {
    const response = await fetch(build.dataset.url, { headers: { Accept: 'application/json' } });
    if (response.ok) {
      const now = await response.json();
      const id = build.id.substring('build-'.length);
      document.getElementById(`buildState-${id}`).textContent = now.state;
      const progress = document.getElementById(`buildProgress-${id}`);
      if (progress) {
        progress.value = now.percent;
        progress.textContent = `${now.percent}%`;
      }
      build.dataset.status = now.status;
      if (now.status !== 'QUEUED' && now.status !== 'RUNNING') {
        if (progress) {
          progress.remove();
        }
        document.getElementById('buildsRefresh').textContent = 'Show the packages as they are now';
        return;
      }
    }
  } catch (e) {
    // A moment without the server: ask again at the next tick.
  }
  window.setTimeout(() => follow(build), 2000);
};
following.forEach((build) => window.setTimeout(() => follow(build), 2000));
