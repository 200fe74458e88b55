// Runs the Wycheproof groups of tests/node/wycheproof-cases.mjs through a `verifySignature`
// (wasm/js/webcrypto.js, or the fallback build through `viaCheckSignature`). Kept apart,
// without Node imports, so the browser test can load it into a page
// (tests/browser/wycheproof-webcrypto.test.mjs) and run the very same loop there.

/**
 * Runs every vector through `verifySignature` (the module's export; here or in a page):
 * a vector is accepted when one of its group's keys verifies it. Resolves to
 * `{file: {tcId: boolean}}`. Also records any exception, which must never happen.
 */
export async function runGroups(groups, verifySignature) {
  const hexBytes = (hex) => new Uint8Array(hex.match(/../g)?.map((h) => parseInt(h, 16)) ?? []);
  const verdicts = {};
  const thrown = [];
  for (const group of groups) {
    const byId = (verdicts[group.file] ??= {});
    for (const t of group.tests) {
      let accepted = false;
      if (t.sig !== null) {
        for (const key of group.keys) {
          try {
            const ok = await verifySignature({ alg: t.alg, key, message: hexBytes(t.msg), signature: hexBytes(t.sig) });
            if (typeof ok !== 'boolean') thrown.push(`${group.file} ${t.tcId}: returned ${ok}`);
            accepted ||= ok === true;
          } catch (e) {
            thrown.push(`${group.file} ${t.tcId}: threw ${e}`);
          }
        }
      }
      byId[t.tcId] = accepted;
    }
  }
  return { verdicts, thrown };
}

/**
 * A `verifySignature` made of the fallback build's `checkSignature` (pkg/badgeverify_full.js,
 * initialised): each check is handed over as the core asks it, one element of a step's
 * `signatures`, with the message and signature in base64url.
 */
export function viaCheckSignature(full) {
  const b64u = (bytes) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join('')).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return async ({ alg, key, message, signature }) =>
    full.checkSignature(JSON.stringify({ id: 'wycheproof', alg, key, message: b64u(message), signature: b64u(signature) }));
}
