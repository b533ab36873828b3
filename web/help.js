// "Next steps" for each system, written for the key just made or opened: one catalog message a
// step, the file names and command lines its placeables (never translated). Text only: every
// piece is added with textContent (dom.js's richMessage), so nothing from a key file can become
// markup.
import { richMessage } from "./dom.js";

// Each step: [message id, its placeables].
function steps(os, key) {
  const file = key.file_stem;          // e.g. id_ed25519
  const ppk = `${file}.ppk`;
  const dashboard = ["help-dashboard", { authorized: "~/.ssh/authorized_keys" }];
  const opensshWarning = key.openssh_accepts ? [] : [["help-openssh-refuses", { type: key.type }]];
  const unixSetup = [
    ["help-save-openssh", { folder: "~/.ssh/", file, pub: `${file}.pub` }],
    ["help-chmod", { command: `chmod 600 ~/.ssh/${file}` }],
    dashboard,
  ];
  switch (os) {
    case "putty":
      return [
        ["help-putty-save", { ppk }],
        dashboard,
        ["help-putty-pageant", { ppk }],
        ["help-putty-auth", { ppk }],
        ["help-putty-old", {}],
      ];
    case "windows":
      return [
        ["help-save-openssh-windows", { folder: `%USERPROFILE%\\.ssh\\`, file, pub: `${file}.pub` }],
        dashboard,
        ["help-windows-agent", {
          service: "Get-Service ssh-agent | Set-Service -StartupType Automatic; Start-Service ssh-agent",
          add: `ssh-add $env:USERPROFILE\\.ssh\\${file}` }],
        ["help-windows-connect", { command: `ssh -i $env:USERPROFILE\\.ssh\\${file} user@host` }],
        ...opensshWarning,
      ];
    case "macos":
      return [
        ...unixSetup,
        ["help-macos-keychain", { command: `ssh-add --apple-use-keychain ~/.ssh/${file}` }],
        ["help-macos-connect", { ssh: "ssh user@host", copy: `ssh-copy-id -i ~/.ssh/${file}.pub user@host` }],
        ...opensshWarning,
      ];
    default:
      return [
        ...unixSetup,
        ["help-linux-agent", { command: `ssh-add ~/.ssh/${file}` }],
        ["help-linux-connect", { copy: `ssh-copy-id -i ~/.ssh/${file}.pub user@host`, ssh: "ssh user@host" }],
        ...opensshWarning,
      ];
  }
}

// Each step is a [data-l10n-rich] item: a change of language translates it again.
export function renderHelp(container, os, key) {
  const list = document.createElement("ol");
  for (const [id, args] of steps(os, key)) {
    const item = document.createElement("li");
    richMessage(item, id, args);
    list.append(item);
  }
  container.replaceChildren(list);
}
