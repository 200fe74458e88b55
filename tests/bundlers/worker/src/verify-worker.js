// Verifies a real badge and a tampered copy inside the worker (did:key, offline, at NOW).
import { verify } from 'badgeverify';

const NOW = '2026-01-01T00:00:00Z';

async function verdictOf(path) {
  const bytes = new Uint8Array(await (await fetch(path)).arrayBuffer());
  return (await verify(bytes, { now: NOW, offline: true })).verdict;
}

self.onmessage = async (e) => {
  const [valid, tampered] = e.data;
  try {
    self.postMessage({ valid: await verdictOf(valid), tampered: await verdictOf(tampered), inWorker: typeof document === 'undefined' });
  } catch (err) {
    self.postMessage({ error: String((err && err.stack) || err) });
  }
};
