/**
 * Posts a form with XMLHttpRequest, because fetch cannot report upload progress. Resolves with the status and parsed
 * JSON body; rejects when the server cannot be reached or `signal` aborts the upload.
 */
export function uploadForm(url: string, form: FormData, onProgress: (share: number) => void, signal?: AbortSignal): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => resolve({ status: request.status, body: request.response as unknown });
    request.onerror = () => reject(new Error("The server could not be reached; check the connection and try again."));
    request.onabort = () => reject(new Error("Upload cancelled; nothing of the file was saved."));
    signal?.addEventListener("abort", () => request.abort(), { once: true });
    request.send(form);
  });
}
