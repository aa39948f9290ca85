/**
 * A lab in a URL: the fragment `seed=N&script=B64` where B64 is the
 * script's UTF-8 in base64url (RFC 4648 §5, no padding). The fragment is
 * never sent to the server, so a static host serves any shared lab.
 */
export function encodeShare(script: string, seed: number): string {
  const bytes = new TextEncoder().encode(script);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  const b64 = btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `seed=${seed}&script=${b64}`;
}

export function decodeShare(fragment: string): { script: string; seed: number } | null {
  const p = new URLSearchParams(fragment);
  const b64 = p.get('script');
  if (!b64) return null;
  try {
    const bin = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return { script: new TextDecoder().decode(bytes), seed: Number(p.get('seed') ?? '1') || 1 };
  } catch {
    return null;
  }
}
