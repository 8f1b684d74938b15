import { unzipSync } from "fflate";

export type FileUser = { guid: string; name: string };

/**
 * The users a REFI-QDA project file (.qdpx or .qde) names, read in the browser so the supervisor can say who each one
 * is before anything is uploaded. Only the archive's .qde entry is inflated. An unreadable file gives no users: the
 * import then reports what is wrong with it.
 */
export async function readFileUsers(file: File): Promise<FileUser[]> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let xml: Uint8Array | undefined = bytes;
  if (file.name.toLowerCase().endsWith(".qdpx")) {
    try {
      const entries = unzipSync(bytes, { filter: (entry) => !entry.name.includes("/") && entry.name.toLowerCase().endsWith(".qde") });
      xml = Object.values(entries)[0];
    } catch {
      return [];
    }
  }
  if (xml === undefined) return [];
  const doc = new DOMParser().parseFromString(new TextDecoder().decode(xml), "application/xml");
  return [...doc.getElementsByTagNameNS("*", "User")].flatMap((user) => {
    const guid = user.getAttribute("guid");
    return guid === null ? [] : [{ guid, name: user.getAttribute("name") ?? user.getAttribute("id") ?? guid }];
  });
}
