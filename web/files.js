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
