/** Offers a file to the browser's downloads through an object URL: nothing leaves the page. */
export function offerDownload(name: string, blob: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by then; the URL only keeps the bytes in memory.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
