// Runs in the page's own JavaScript world (content_scripts "world": "MAIN"), because only
// there is an <open-badge> element's `report` property visible: the isolated world of
// content.js sees the element's DOM but not the properties the page's scripts define on it.
//
// It answers one question, asked by content.js with a `badgeverify-extension:query` event on
// an element: what does `element.report.verdict` say? The answer is a
// `badgeverify-extension:answer` event on the same element carrying that string (or null).
// This is the page's claim, not evidence: the page can answer anything here, and that is the
// point, since the extension compares the claim with its own verdict.
(() => {
  document.addEventListener(
    'badgeverify-extension:query',
    (event) => {
      const element = event.target;
      let verdict = null;
      try {
        const report = element.report;
        if (report && typeof report.verdict === 'string') verdict = report.verdict;
      } catch {
        verdict = null;
      }
      element.dispatchEvent(new CustomEvent('badgeverify-extension:answer', { detail: verdict }));
    },
    true,
  );
})();
