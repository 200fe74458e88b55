// Collects the two elements' verdicts (and verify() through the widget's loadVerifier(): from
// window.OpenBadge, which the classic script defines, or from the widget module) into
// body[data-result] for the test. Loaded before the widget so that no event is missed; no
// inline script (the page runs under a strict CSP).
(() => {
  const verdicts = {};
  let direct = null;
  function publish() {
    if (!('good' in verdicts) || !('tampered' in verdicts) || direct === null) return;
    document.body.dataset.result = JSON.stringify({ widget: verdicts.good, widgetTampered: verdicts.tampered, valid: direct });
  }
  for (const type of ['open-badge:verified', 'open-badge:failed']) {
    document.addEventListener(type, (e) => {
      verdicts[e.target.id] = e.detail.verdict;
      publish();
    });
  }
  document.addEventListener('DOMContentLoaded', async () => {
    try {
      const widget = window.OpenBadge ?? (await import('./widget.js'));
      const pkg = await widget.loadVerifier();
      const bytes = new Uint8Array(await (await fetch('/badge.json')).arrayBuffer());
      direct = (await pkg.verify(bytes, { now: '2026-01-01T00:00:00Z', offline: true })).verdict;
    } catch (e) {
      direct = `error: ${e}`;
    }
    publish();
  });
})();
