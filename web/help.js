// "Next steps" for each system, written for the key just made or opened. Text only: every
// piece is added with textContent, so nothing from a key file can become markup.

function steps(os, key) {
  const file = key.file_stem;          // e.g. id_ed25519
  const ppk = `${file}.ppk`;
  const dashboard = ["Copy the public key above and paste it where your host asks for an SSH key ",
    "(GitHub: Settings → SSH and GPG keys; GitLab: Preferences → SSH Keys; a server: a new line in ",
    { code: "~/.ssh/authorized_keys" }, ")."];
  const opensshWarning = key.openssh_accepts ? [] : [[
    `Note: OpenSSH does not accept ${key.type} keys. Use it with PuTTY, or make an Ed25519 key for OpenSSH.`]];
  const unixSetup = [
    ["Save the OpenSSH ", { strong: "private key" }, " and ", { strong: "public key" }, " into ",
      { code: "~/.ssh/" }, " as ", { code: file }, " and ", { code: `${file}.pub` }, "."],
    ["Make the private key readable only by you: ", { code: `chmod 600 ~/.ssh/${file}` },
      " (ssh refuses keys that others can read)."],
    dashboard,
  ];
  switch (os) {
    case "putty":
      return [
        ["Save the ", { strong: "PuTTY private key (.ppk)" }, ` as ${ppk} somewhere only you can read, `,
          "such as your Documents folder."],
        dashboard,
        ["Open Pageant (PuTTY's key agent, in the system tray), choose ", { strong: "Add Key" },
          ` and pick ${ppk}; PuTTY, WinSCP and FileZilla then use it automatically.`],
        ["Or, in PuTTY: Connection → SSH → Auth → Credentials → ", { strong: "Private key file for authentication" },
          `: ${ppk}. Save the session so you don't have to pick it again.`],
        ["Old PuTTY (before 0.75), WinSCP or FileZilla that say the file is not recognised: save again ",
          "with “Version 2 .ppk” ticked."],
      ];
    case "windows":
      return [
        ["Save the OpenSSH ", { strong: "private key" }, " and ", { strong: "public key" }, " into ",
          { code: `%USERPROFILE%\\.ssh\\` }, " (create the folder if needed) as ", { code: file }, " and ",
          { code: `${file}.pub` }, "."],
        dashboard,
        ["Optional, to type the passphrase once per session: in an administrator PowerShell run ",
          { code: "Get-Service ssh-agent | Set-Service -StartupType Automatic; Start-Service ssh-agent" },
          ", then as yourself ", { code: `ssh-add $env:USERPROFILE\\.ssh\\${file}` }, "."],
        ["Connect with ", { code: `ssh -i $env:USERPROFILE\\.ssh\\${file} user@host` },
          " (the -i is not needed when the file has this standard name)."],
        ...opensshWarning,
      ];
    case "macos":
      return [
        ...unixSetup,
        ["Keep the passphrase in your keychain: ", { code: `ssh-add --apple-use-keychain ~/.ssh/${file}` }, "."],
        ["Connect with ", { code: "ssh user@host" }, ", or copy the key to a server with ",
          { code: `ssh-copy-id -i ~/.ssh/${file}.pub user@host` }, "."],
        ...opensshWarning,
      ];
    default:
      return [
        ...unixSetup,
        ["Load it into your agent for this session: ", { code: `ssh-add ~/.ssh/${file}` }, "."],
        ["Copy the key to a server with ", { code: `ssh-copy-id -i ~/.ssh/${file}.pub user@host` },
          ", then connect with ", { code: "ssh user@host" }, "."],
        ...opensshWarning,
      ];
  }
}

export function renderHelp(container, os, key) {
  const list = document.createElement("ol");
  for (const step of steps(os, key)) {
    const item = document.createElement("li");
    for (const part of step) {
      if (typeof part === "string") {
        item.append(part);
      } else {
        const [tag, text] = Object.entries(part)[0];
        const el = document.createElement(tag);
        el.textContent = text;
        item.append(el);
      }
    }
    list.append(item);
  }
  container.replaceChildren(list);
}
