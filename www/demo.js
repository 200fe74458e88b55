// The demo page's script (external, so the page runs under `script-src 'self'`).
import { OpenBadgeElement, scan } from './open-badge.js';

OpenBadgeElement.define();
scan(document, { now: '2026-01-01T00:00:00Z' });
