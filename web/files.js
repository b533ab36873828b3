import { t } from "./l10n.js";

// A file given to the page: chosen with a file input or dropped on its zone. One file at a time;
// the input is emptied afterwards, so that choosing the same file again is seen.
export function takeFiles(input, zone, handle) {
  input.addEventListener("change", async () => {
    const file = input.files[0];
    if (file) await handle(file);
    input.value = "";
  });
  zone.addEventListener("dragover", (e) => {
    e.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", async (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    const file = e.dataTransfer.files[0];
    if (file) await handle(file);
  });
}

// Key files and authorized_keys texts are a few KB: one above the worker's cap (limits.py, in
// its capabilities) is refused before it is read into memory. Resolves with the sentence that
// says so, or "" for a file of a sensible size. `id`: the message that says it, with the file's
// name and size in MB (file-too-big, file-too-big-authorized-keys).
export async function tooLarge(worker, file, id = "file-too-big") {
  const { limits } = await worker.ready;
  if (file.size <= limits.file_bytes) return "";
  return t(id, { name: file.name, size: file.size / 2 ** 20 });
}
