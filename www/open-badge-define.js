// Registers <open-badge> and re-exports the module: `<script type="module" src="open-badge-define.js">`.
import { OpenBadgeElement } from './open-badge.js';

export * from './open-badge.js';

OpenBadgeElement.define();
