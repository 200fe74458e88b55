// Hands the verification to a module worker, as the package README shows; the test reads
// the worker's verdicts from body[data-result].
const worker = new Worker(new URL('./verify-worker.js', import.meta.url), { type: 'module' });
worker.onmessage = (e) => {
  document.body.dataset.result = JSON.stringify(e.data);
};
worker.onerror = (e) => {
  document.body.dataset.result = JSON.stringify({ error: `worker: ${e.message}` });
};
worker.postMessage(['/badge.json', '/tampered.json']);
