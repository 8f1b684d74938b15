/** Makes the browser save `content` as a file named `filename`. */
export function downloadFile(filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  // The browser reads the blob after click() returns; freeing it at once could cut the download short.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
