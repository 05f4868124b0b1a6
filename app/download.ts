// Saves a file the standard way: a click on an <a download> with an object URL; nothing is sent anywhere.

/** How long the object URL outlives the click: revoking at once can cancel a download that has not started reading. */
const REVOKE_AFTER_MS = 10_000;

/** Object URLs not yet revoked, each with the timer that will revoke it. */
const pending = new Map<string, ReturnType<typeof setTimeout>>();

function revoke(url: string): void {
  clearTimeout(pending.get(url));
  pending.delete(url);
  URL.revokeObjectURL(url);
}

export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  pending.set(url, setTimeout(() => revoke(url), REVOKE_AFTER_MS));
}

/** Revokes every download URL still alive now (Clear), so none of the images stays reachable in the page. */
export function revokeDownloadUrls(): void {
  for (const url of [...pending.keys()]) revoke(url);
}
