// Saves a file the standard way: a click on an <a download> with an object URL; nothing is sent anywhere.

/** How long the object URL outlives the click: revoking at once can cancel a download that has not started reading. */
const REVOKE_AFTER_MS = 10_000;

export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
